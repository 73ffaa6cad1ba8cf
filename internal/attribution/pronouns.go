package attribution

// Resolving pronouns to the people they stand for.

import (
	"sort"
	"strings"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/news"
)

// resolve finds the mention pronoun m refers to: the nearest earlier
// person of matching gender in its sentence, else the first such person
// of the nearest sentence before that has one, within three paragraphs.
func (a *attributor) resolve(m int) int {
	if a.resolved[m] {
		return a.antecedent[m]
	}
	a.resolved[m] = true
	info, _ := lexicon.Pronoun(a.doc.Mentions[m].In(a.doc.Text))
	if info.Plural {
		return -1
	}
	pm := a.doc.Mentions[m]
	relHead := a.relativeHead(m)
	fits := func(i int) bool {
		c := a.doc.Mentions[i]
		if c.Kind != news.Name && c.Kind != news.Description && c.Kind != news.Pronoun {
			return false
		}
		if k := a.mFirst[i]; k < len(a.inQuote) && a.inQuote[k] {
			return false
		}
		p := c.Person
		if c.Kind == news.Pronoun {
			other, _ := lexicon.Pronoun(c.In(a.doc.Text))
			if other.Plural || other.First || other.Second || other.Male != info.Male {
				return false
			}
			if p = a.personOf(i); p < 0 {
				return false
			}
		}
		if p < 0 {
			return false
		}
		if c.Kind == news.Description && pluralHead(c.In(a.doc.Text)) || c.Kind == news.Name && a.family(i) {
			return false // "Republicans", "the Miss Dashwoods" are no "she"
		}
		if c.Kind == news.Description && a.predicate(i) {
			return false // "He was a nervous man": the man is the "he" before
		}
		if c.Kind == news.Description && (info.Male || info.Female) && thingHead(lastField(c.In(a.doc.Text))) {
			return false // "the British paper wrote … He called it": a paper is no "he"
		}
		if i == relHead {
			return false // "Trump, whom he called": he is not Trump
		}
		if a.clauseSubjectOfObject(i, m) {
			return false // "Thomas Whitlow let him in": "him" is not Thomas
		}
		if a.inLeadingPhrase(i, m) {
			return false // "Speaking to Martin Smith of PBS, he said": he is not Smith
		}
		if a.dialogue && c.Kind == news.Name && a.authorOf(i) {
			return false // "I had read Goldsmith’s History of Rome. / “What! what!” he cried": an author, not in the scene
		}
		g := a.gender[p]
		return !(info.Male && g == news.Female || info.Female && g == news.Male)
	}
	choose := func(i int) int {
		if a.doc.Mentions[i].Kind == news.Pronoun {
			i = a.antecedent[i]
		}
		p := a.doc.Mentions[i].Person
		if a.gender[p] == news.Unknown {
			if info.Male {
				a.gender[p] = news.Male
			} else if info.Female {
				a.gender[p] = news.Female
			}
		}
		a.antecedent[m] = i
		return i
	}
	// "Rick Tyler said that ... Cruz ..., he said": a pronoun that repeats
	// a sentence's attribution at its end is that sentence's subject.
	if k := a.mFirst[m]; k > 0 && (a.word(k-1) == "," || a.inQuote[k-1]) && k+1 < len(a.doc.Tokens) && a.isCue(k+1) {
		for i := m - 1; i >= 0 && i >= m-maxReach && a.doc.Mentions[i].Sentence == pm.Sentence; i-- {
			if i == 0 || a.doc.Mentions[i-1].Sentence != pm.Sentence {
				if fits(i) && !a.prepositionObject(i) && !a.possessor(i) {
					return choose(i)
				}
			}
		}
	}
	// "Though he did not mention Rubio or Kasich by name, he made it
	// clear …": the subject of a main clause after an opening one is, by
	// their parallel, the opening clause's subject when that may be it.
	if s := a.doc.Sentences[pm.Sentence]; info.Subject {
		if end := a.clauseEndBefore(s); end >= 0 && a.mFirst[m] == end+1 {
			if j, ok := a.startsAt[s.First+1]; ok && j < m && fits(j) && !a.objectLike(j) {
				return choose(j)
			}
		}
	}
	// "One California delegate said he tried …": a pronoun that opens the
	// clause a speech verb reports is the verb's subject, if that is a
	// name or someone the text brings in ("a", "one") who may be it —
	// before any person named further back whose gender the text has
	// told, which the search below would prefer. ("The Wisconsin
	// Republican said he …" is left to that search: in news such a
	// description is most often one more name for someone named before.)
	if k := a.mFirst[m]; k > 0 && info.Subject {
		c := k - 1
		if strings.EqualFold(a.word(c), "that") {
			c--
		}
		if first := a.doc.Sentences[pm.Sentence].First; c >= first && !a.inQuote[c] && a.isCue(c) {
			if s, ok := a.cueSubject(c, first); ok && s < m && a.doc.Mentions[s].Sentence == pm.Sentence && fits(s) && a.bringsIn(s) {
				return choose(s)
			}
		}
	}
	// A person whose gender the text has told, within the last few
	// paragraphs, beats a nearer description whose gender is unknown:
	// "she" after Martha Quill and "the stranger" is Martha.
	if info.Male || info.Female {
		want := news.Female
		if info.Male {
			want = news.Male
		}
		// In a story told in dialogue, turns of a line each stand between
		// a pronoun and its person: look further back.
		back := 2
		if a.dialogue {
			back = 6
		}
		minPara := a.doc.Sentences[pm.Sentence].Paragraph - back
		// The pronoun's own sentence nearest first; then each sentence
		// before, nearest first, from its start: its subject before its
		// objects ("Michael Makuei, the Information Minister, paid
		// tribute to Luk. He said …" is Makuei).
		best, nearest, sameObject := -1, -1, -1
		for i := m - 1; i >= 0 && i >= m-maxReach && a.doc.Sentences[a.doc.Mentions[i].Sentence].Paragraph >= minPara; i-- {
			if nearest >= 0 && a.doc.Mentions[i].Sentence != a.doc.Mentions[nearest].Sentence {
				break
			}
			if !fits(i) || a.relativeInPassing(i) {
				continue
			}
			p := a.doc.Mentions[i].Person
			if a.doc.Mentions[i].Kind == news.Pronoun {
				p = a.personOf(i)
			}
			if a.gender[p] == want {
				if a.doc.Mentions[i].Sentence == pm.Sentence {
					// In its own sentence, too, a subject before an object
					// or an owner: "As he entered his eyes fell upon the
					// stick in Holmes's hand, and he ran towards it".
					if !a.objectLike(i) {
						return choose(i)
					}
					if sameObject < 0 {
						sameObject = i
					}
					continue
				}
				if sameObject >= 0 {
					return choose(sameObject)
				}
				// An earlier one of its sentence may yet be its subject;
				// an object or an owner is one only if nothing else is:
				// "Preceded by Joe Arpaio, Trump launched into …", "In his
				// assessment of the magnate, Calderon intimated …".
				if nearest < 0 {
					nearest = i
				}
				// The subject of a clause that opens the sentence ("When
				// Maddow pointed out …, Clinton seized upon it") does not
				// displace the main clause's, named right after its comma.
				// (It does one that is not: "When Mary decided to get up,
				// the clothes Martha took …")
				if !a.objectLike(i) && !(best >= 0 && a.mFirst[best] == a.openingClauseEnd(i)+1) {
					best = i
				}
				continue
			}
			if a.doc.Mentions[i].Kind == news.Name {
				// A name of unknown gender is likelier missing from the
				// lists than wrong: it ends the search, and as its
				// sentence's subject, the first person the narration
				// names there, it beats a man or woman of the same
				// sentence who is only an object ("Mel Sembler expressed
				// dismay at the thought of Trump … he told"). Further in
				// it may be an object itself: "holds up the gun used by
				// George Zimmerman to kill Trayvon Martin".
				if nearest >= 0 && best < 0 && a.gender[p] == news.Unknown && !a.objectLike(i) &&
					a.doc.Mentions[i].Sentence == a.doc.Mentions[nearest].Sentence && a.firstOutsideQuotes(i) &&
					!(a.mFirst[i] > 0 && strings.EqualFold(a.word(a.mFirst[i]-1), "the")) {
					best = i // (not "the Volvo had come from RAF Croughton": a thing)
				}
				// An object of unknown gender in the pronoun's own sentence
				// does not end it: "But when it comes to Carrier, “…,” he
				// said" is the man of the sentence before.
				if a.doc.Mentions[i].Sentence == pm.Sentence && a.prepositionObject(i) {
					continue
				}
				break
			}
			// In a story, the subject of the pronoun's own sentence, a
			// person described and of no known gender yet, is the one
			// meant: "the child had remained silent, her eyes roving".
			// So is the subject of a clause joined on by a semicolon: "…;
			// and the prison-keeper appeared carrying his daughter".
			if c := a.doc.Mentions[i]; a.dialogue && c.Sentence == pm.Sentence && a.describedPerson(i) &&
				a.gender[p] == news.Unknown && !a.objectLike(i) && (i == 0 || a.doc.Mentions[i-1].Sentence != c.Sentence || a.opensJoinedClause(i)) {
				return choose(i)
			}
			// In a story, the subject of the sentence just before, a
			// person described but not yet known as a man or a woman, is
			// the one meant: "The appearance of our visitor was a surprise
			// to me. He was a very tall, thin man" is the visitor, not the
			// Holmes of the paragraphs before. (In news such a description
			// is most often one more name for someone named before it:
			// "The Vermont senator".)
			if c := a.doc.Mentions[i]; a.dialogue && nearest < 0 && sameObject < 0 && a.describedPerson(i) && a.gender[p] == news.Unknown &&
				c.Sentence == pm.Sentence-1 && (i == 0 || a.doc.Mentions[i-1].Sentence != c.Sentence) {
				return choose(i)
			}
		}
		if best < 0 {
			best = nearest
		}
		if best < 0 {
			best = sameObject
		}
		// In talk, one only spoken of ("such a life as his cousin
		// Gertrude Farish had chosen") is no "she" of the scene where the
		// sentence holds one who speaks in it ("to her", Lily Bart).
		if best >= 0 && a.dialogue {
			if alt := a.speakerOverMentioned(best, m, want, fits); alt >= 0 {
				best = alt
			}
		}
		if best >= 0 {
			return choose(best)
		}
	}
	// The same sentence, nearest first, a subject before an object or an
	// owner.
	object := -1
	for i := m - 1; i >= 0 && i >= m-maxReach && a.doc.Mentions[i].Sentence == pm.Sentence; i-- {
		if fits(i) {
			if !a.objectLike(i) {
				return choose(i)
			}
			if object < 0 {
				object = i
			}
		}
	}
	if object >= 0 {
		return choose(object)
	}
	// Earlier sentences, nearest sentence first, its first fitting
	// mention (the subject, as a rule) first.
	minPara := a.doc.Sentences[pm.Sentence].Paragraph - 3
	i := m - 1
	for i >= 0 && a.doc.Mentions[i].Sentence == pm.Sentence {
		i--
	}
	floor := max(0, m-maxReach) // never more than maxReach mentions back
	for i >= floor {
		s := a.doc.Mentions[i].Sentence
		if a.doc.Sentences[s].Paragraph < minPara {
			break
		}
		first := i
		for first-1 >= floor && a.doc.Mentions[first-1].Sentence == s {
			first--
		}
		for j := first; j <= i; j++ {
			if fits(j) {
				return choose(j)
			}
		}
		i = first - 1
	}
	// In talk, a "he" or "she" that nothing near names is the last one of
	// that gender who spoke: "“Why, hardly,” he answered" after a page of
	// lines between Holmes and the narrator, who named him pages ago.
	if info.Male || info.Female {
		if i := a.lastSpeaking(pm.Start, fits); i >= 0 {
			return choose(i)
		}
	}
	return -1
}

// clauseSubjectOfObject reports whether mention i is the subject of the
// clause whose object is pronoun m — "him", or "her" that owns no noun
// after it — with nothing between them that opens another clause: an
// object pronoun that is not reflexive is someone else ("Thomas Whitlow
// let him in", "Mrs. Reed sent her away").
func (a *attributor) clauseSubjectOfObject(i, m int) bool {
	w := strings.ToLower(a.doc.Mentions[m].In(a.doc.Text))
	if w != "him" && w != "her" || i >= m || a.doc.Mentions[i].Sentence != a.doc.Mentions[m].Sentence {
		return false
	}
	k := a.mFirst[m]
	if w == "her" && k+1 < len(a.doc.Tokens) && a.doc.Tokens[k+1].Kind == news.Word && !particles[strings.ToLower(a.word(k+1))] {
		return false // "Ruth set her cup down": her own
	}
	if a.possessor(i) || a.prepositionObject(i) || a.objectLike(i) {
		return false
	}
	for j := a.mLast[i]; j < k; j++ {
		if a.inQuote[j] || a.doc.Tokens[j].Kind == news.Punct || clauseOpenerWords[strings.ToLower(a.word(j))] {
			return false
		}
	}
	return true
}

// particles follow an object pronoun in a phrasal verb: "let her in".
var particles = map[string]bool{"in": true, "out": true, "up": true, "down": true, "away": true, "off": true,
	"back": true, "over": true, "on": true, "to": true, "at": true, "for": true, "with": true, "from": true}

// clauseOpenerWords open a clause of their own between a subject and a
// pronoun, after which the pronoun may be the subject again: "Tom said
// that Ann had seen him".
var clauseOpenerWords = map[string]bool{"that": true, "who": true, "which": true, "whom": true, "and": true,
	"but": true, "or": true, "because": true, "when": true, "while": true, "if": true, "as": true, "after": true,
	"before": true, "until": true, "since": true, "though": true, "although": true, "to": true}

// authorOf reports whether name mention i owns a work named in capitals
// after it, mid-sentence: "Goldsmith’s History of Rome", "Bewick’s
// History of British Birds".
func (a *attributor) authorOf(i int) bool {
	k := a.mLast[i]
	if !a.possessor(i) || k+1 >= len(a.doc.Tokens) || startsSentenceAt(a, a.mFirst[i]) {
		return false
	}
	_, mention := a.startsAt[k+1]
	return !mention && isUpperWord(a.word(k+1)) && !lexicon.FunctionWord(a.word(k+1))
}

// lastSpeaking is the mention that named the speaker of the nearest quote
// before byte at, among the few before it, that fits, or -1.
func (a *attributor) lastSpeaking(at int, fits func(int) bool) int {
	qi := a.quotesFrom(at)
	for j := qi - 1; j >= 0 && j >= qi-lastSpeakingReach; j-- {
		q := a.doc.Quotes[j]
		if q.Speaker < 0 || q.Mention < 0 {
			continue
		}
		if fits(q.Mention) {
			return q.Mention
		}
	}
	return -1
}

// quotesFrom is the index of the first quote that opens at or after
// byte at: the ones before it are the lines a pronoun there may look
// back to.
func (a *attributor) quotesFrom(at int) int {
	return sort.Search(len(a.doc.Quotes), func(i int) bool { return a.doc.Quotes[i].Outer.Start >= at })
}

// speakerOverMentioned is another mention of the sentence of candidate
// best, of gender want, that fits pronoun m and stands for one who spoke
// a line of the last few, where best's person spoke none of them; or -1.
func (a *attributor) speakerOverMentioned(best, m int, want news.Gender, fits func(int) bool) int {
	qi := a.quotesFrom(a.doc.Mentions[m].Start)
	spoke := func(p int) bool {
		for j := qi - 1; j >= 0 && j >= qi-lastSpeakingReach; j-- {
			if q := a.doc.Quotes[j]; q.Kind != news.Indirect && q.Speaker == p {
				return true
			}
		}
		return false
	}
	// Lines whose speakers later rules find have none yet: one the
	// narration keeps calling "he" or "she" around the pronoun ("her
	// hand", "her wrist", "she measured out the tea") is in the scene
	// too.
	present := func(p int) int {
		n := 0
		para := a.doc.Sentences[a.doc.Mentions[m].Sentence].Paragraph
		for i := m - 1; i >= 0 && i >= m-maxReach && a.doc.Sentences[a.doc.Mentions[i].Sentence].Paragraph >= para-1; i-- {
			if a.doc.Mentions[i].Kind == news.Pronoun && !a.inQuote[a.mFirst[i]] && a.personOf(i) == p {
				n++
			}
		}
		return n
	}
	if b := a.personOf(best); spoke(b) || present(b) > 1 {
		return -1
	}
	s := a.doc.Mentions[best].Sentence
	for i := best - 1; i >= 0 && a.doc.Mentions[i].Sentence == s; i-- {
		if k := a.mLast[i]; k < len(a.doc.Tokens) && lexicon.RoleNoun(a.word(k)) && possessivePronouns[strings.ToLower(a.doc.Mentions[i].In(a.doc.Text))] {
			continue // "Her niece, a pale girl called Dora": the owner is not the one she brings in
		}
		if p := a.personOf(i); p >= 0 && a.gender[p] == want && fits(i) && (spoke(p) || present(p) > 1) {
			return i
		}
	}
	return -1
}

// opensJoinedClause reports whether mention i opens a clause a semicolon
// joins on, "and" after it or not: "…; and the prison-keeper appeared".
func (a *attributor) opensJoinedClause(i int) bool {
	j := a.mFirst[i] - 1
	if j > 0 && strings.EqualFold(a.word(j), "and") {
		j--
	}
	return j >= 0 && a.word(j) == ";"
}

// lastSpeakingReach is how many quotes back lastSpeaking looks.
const lastSpeakingReach = 8

// thingHead reports whether a description's head noun names a body or
// a writing, which speaks but is no "he" or "she": "paper", "website",
// "statement", "campaign" — but not "the guard", a body's word that is
// a person's too.
func thingHead(w string) bool {
	w = strings.ToLower(w)
	return (lexicon.OrgHead(w) || lexicon.DocumentNoun(w) || w == "paper" || workNouns[w]) && !lexicon.RoleNoun(w)
}

// describedPerson reports whether mention i describes a person by a
// word for one ("the child", "our visitor"), not by a word that only
// stood by a speech verb ("hardly a word spoken").
func (a *attributor) describedPerson(i int) bool {
	c := a.doc.Mentions[i]
	return c.Kind == news.Description && lexicon.RoleNoun(strings.ToLower(lastField(c.In(a.doc.Text))))
}

// firstOutsideQuotes reports whether mention i is the first person its
// sentence names outside quotes: bodies and places before it ("WASHINGTON
// (AP) — Attorney General Loretta Lynch") do not count.
func (a *attributor) firstOutsideQuotes(i int) bool {
	for j := i - 1; j >= 0 && a.doc.Mentions[j].Sentence == a.doc.Mentions[i].Sentence; j-- {
		if k := a.mFirst[j]; k < len(a.inQuote) && a.inQuote[k] {
			continue
		}
		if p := a.doc.Mentions[j].Person; p >= 0 && !a.doc.People[p].Organisation {
			return false
		}
	}
	return true
}

// objectLike reports whether mention i is a preposition's object or an
// owner ("Trump's", "his"), which a sentence's subject is not.
func (a *attributor) objectLike(i int) bool {
	if a.prepositionObject(i) || a.possessor(i) {
		return true
	}
	if a.doc.Mentions[i].Kind == news.Pronoun {
		p, _ := lexicon.Pronoun(a.doc.Mentions[i].In(a.doc.Text))
		return !p.Subject
	}
	return false
}

// predicate reports whether description i is said of a subject, right
// after "was" or "is", or of an object, right after its pronoun ("which
// made him the last man with whom one would care to take a liberty"):
// it stands for that subject or object, never for a pronoun further on.
func (a *attributor) predicate(i int) bool {
	k := a.mFirst[i] - 1
	if k < 0 {
		return false
	}
	w := strings.ToLower(a.word(k))
	return beForms[w] || complementObjects[w]
}

// complementObjects are the object pronouns a description may follow as
// what is said of them: "made him the last man", "called her a fool".
var complementObjects = map[string]bool{"him": true, "her": true, "them": true}

// relativeInPassing reports whether mention i is a description owned by a
// pronoun after the start of its sentence: "her mother" in "Martha was
// nineteen and had her mother's temper". Such a relative is named in
// passing; the one the next "she" stands for is the owner, whose pronoun
// comes just before it.
func (a *attributor) relativeInPassing(i int) bool {
	m := a.doc.Mentions[i]
	if m.Kind != news.Description || i == 0 || a.doc.Mentions[i-1].Sentence != m.Sentence {
		return false
	}
	if a.mFirst[i] <= a.doc.Sentences[m.Sentence].First+1 && !a.possessor(i) {
		return false // "His wife hesitated": the subject, not in passing (but "His father's death")
	}
	// The owner's pronoun opens the description, or stands before it.
	for _, k := range []int{a.mFirst[i], a.mFirst[i] - 1} {
		if k < 0 {
			continue
		}
		switch strings.ToLower(a.word(k)) {
		case "his", "her", "their", "my", "your", "our":
			return true
		}
	}
	return false
}

// relativeHead is the mention a relative clause holding pronoun m hangs
// from ("Trump, whom he called"), which the pronoun cannot refer to, or -1.
func (a *attributor) relativeHead(m int) int {
	k := a.mFirst[m] - 1
	if k < 1 {
		return -1
	}
	switch strings.ToLower(a.word(k)) {
	case "whom", "who", "which", "that", "whose":
	default:
		return -1
	}
	k--
	if k >= 0 && a.word(k) == "," {
		k--
	}
	if h, ok := a.endsAt[k]; ok {
		return h
	}
	return -1
}

// family reports whether name mention i names a family, or sisters, by
// their surname in the plural: "the Bennets", "the Miss Dashwoods" (where
// a Dashwood is named too).
func (a *attributor) family(i int) bool {
	m := a.doc.Mentions[i]
	start := m.Start
	if !m.Role.Empty() && m.Role.Start < start {
		start = m.Role.Start
	}
	k := a.tokenAt(start)
	if k == 0 || !strings.EqualFold(a.word(k-1), "the") {
		return false
	}
	w := lastField(m.In(a.doc.Text))
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	if a.surnames == nil {
		a.surnames = map[string]bool{}
		for _, per := range a.doc.People {
			if per.Named {
				a.surnames[strings.ToLower(lastField(per.Name))] = true
			}
		}
	}
	return a.surnames[strings.ToLower(strings.TrimSuffix(w, "s"))]
}

// pluralHead reports whether a description's last word is plural, or a
// group.
func pluralHead(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(f[len(f)-1])
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "men") || w == "people" || groups[w]
}

// groups are the nouns for several people that take a singular verb: a
// "he" is no family.
var groups = map[string]bool{"family": true, "crew": true, "couple": true, "team": true, "staff": true}

// inLeadingPhrase reports whether mention i lies in a participle's
// phrase that opens the sentence of pronoun m, before the comma that
// closes it and m after it: "Speaking to Martin Smith of PBS, he said" —
// the participle's subject is the pronoun's, so the one spoken to is not
// it.
func (a *attributor) inLeadingPhrase(i, m int) bool {
	mi, mm := a.doc.Mentions[i], a.doc.Mentions[m]
	if mi.Sentence != mm.Sentence {
		return false
	}
	s := a.doc.Sentences[mi.Sentence]
	if s.Last-s.First < 3 || !leadParticiple(a.word(s.First)) {
		return false
	}
	for k := s.First + 1; k < s.Last && k < s.First+25; k++ {
		if a.word(k) == "," {
			return a.mFirst[i] < k && a.mFirst[m] > k
		}
	}
	return false
}

// openingConjunctions open a clause set before the main one.
var openingConjunctions = map[string]bool{"when": true, "while": true, "after": true, "before": true,
	"as": true, "although": true, "though": true, "if": true, "because": true, "since": true,
	"once": true, "until": true, "unless": true, "whereas": true}

// openingClauseEnd is the token of the comma that ends the clause mention
// i stands in, when that clause opens its sentence with a conjunction;
// otherwise -2.
func (a *attributor) openingClauseEnd(i int) int {
	if k := a.clauseEndBefore(a.doc.Sentences[a.doc.Mentions[i].Sentence]); k >= 0 && a.mFirst[i] < k {
		return k
	}
	return -2
}

// clauseEndBefore is the token of the comma that ends a clause opening
// sentence s with a conjunction ("When Maddow pointed out …,"), or -2.
func (a *attributor) clauseEndBefore(s news.Sentence) int {
	if s.Last-s.First < 3 || !openingConjunctions[strings.ToLower(a.word(s.First))] {
		return -2
	}
	for k := s.First + 1; k < s.Last && k < s.First+30; k++ {
		if a.word(k) != "," {
			continue
		}
		if !a.inQuote[k] {
			return k
		}
		// A quote's own comma may end the clause: "… refers to it as
		// “Medicare for all,” Clinton seized upon it" — the token after
		// it is the quote's last, its closing mark.
		if k+2 < s.Last && a.inQuote[k+1] && !a.inQuote[k+2] {
			return k + 1
		}
	}
	return -2
}

// bringsIn reports whether mention i names someone or brings someone
// new into the text ("a doctor", "one delegate"), rather than describing
// one it has named ("the senator").
func (a *attributor) bringsIn(i int) bool {
	switch c := a.doc.Mentions[i]; c.Kind {
	case news.Name, news.Pronoun:
		return true
	case news.Description:
		first, _, _ := strings.Cut(strings.ToLower(c.In(a.doc.Text)), " ")
		return first == "a" || first == "an" || first == "one" || first == "another"
	}
	return false
}
