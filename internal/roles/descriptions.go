package roles

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/news"
)

// determiners open a description; the definite ones refer back to someone
// already spoken of.
var (
	indefinite = map[string]bool{"a": true, "an": true, "one": true, "another": true, "two": true,
		"three": true, "four": true, "several": true, "some": true, "many": true}
	definite = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true,
		"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true}
)

// bodyRoles are role nouns that are also parts of the body, which a
// possessive pronoun before them makes: "the Dormouse shook its head".
var bodyRoles = map[string]bool{"head": true, "heads": true}

// describers are lower-case words that may qualify a role noun in a
// description: "a senior administration official".
var describers = map[string]bool{
	"senior": true, "junior": true, "top": true, "former": true, "high-ranking": true,
	"local": true, "unnamed": true, "anonymous": true, "other": true, "administration": true,
	"government": true, "campaign": true, "military": true, "police": true, "state": true,
	"company": true, "party": true, "defense": true, "defence": true, "foreign": true,
	"federal": true, "regional": true, "city": true, "county": true, "white": true, "house": true,
	"intelligence": true, "security": true, "election": true, "health": true, "press": true,
	"chief": true, "deputy": true, "acting": true, "veteran": true, "longtime": true,
	"western": true, "european": true, "american": true, "us": true, "u.s.": true,
	"old": true, "young": true, "elderly": true, "little": true, "tall": true, "first": true,
	"second": true, "third": true, "last": true, "new": true, "retired": true, "fellow": true,
	"same": true,
}

// descriptions finds the noun phrases that stand for a person by role
// ("a North Korean official", "the Russian representative"), except those
// that are the title of a name that follows them.
func descriptions(doc *news.Document) []news.Mention {
	// The bytes of names and their roles, which no description may take.
	taken := make([]bool, len(doc.Text)+1)
	for _, m := range doc.Mentions {
		if m.Kind == news.Name {
			for _, sp := range []news.Span{m.Span, m.Role} {
				for b := sp.Start; b < sp.End; b++ {
					taken[b] = true
				}
			}
		}
	}
	inTaken := func(s news.Span) bool {
		for b := s.Start; b < s.End; b++ {
			if taken[b] {
				return true
			}
		}
		return false
	}
	spoke := speakingHeads(doc)
	var out []news.Mention
	for si, s := range doc.Sentences {
		for k := s.First; k < s.Last; k++ {
			t := doc.Tokens[k]
			w := t.In(doc.Text)
			if t.Kind == news.Punct || t.Kind == news.Number && !strings.ContainsFunc(w, unicode.IsLetter) || inTaken(t.Span) {
				continue
			}
			party := lexicon.PartyMember(w) && isUpper(w)
			numberWord := t.Kind == news.Number // with letters, as above: "the 46-year-old"
			heard := isLower(w) && spoke[w] && k > s.First && strings.EqualFold(doc.Tokens[k-1].In(doc.Text), "the")
			people := peopleSpeaking(doc, s, k)
			if !lexicon.RoleNoun(w) && !party && !heard && !people && !((isLower(w) || numberWord) && speakingNoun(doc, s, k)) {
				continue
			}
			if !isLower(w) && !numberWord && !startsAt(doc, s, k) && !party && !titleAlone(doc, s, k) && !people {
				continue // a capitalised role mid-sentence is a title or a name
			}
			if k+1 < s.Last && isUpper(doc.Tokens[k+1].In(doc.Text)) && doc.Tokens[k+1].Kind == news.Word {
				continue // a title before a name: "leader Kim Jong Un"
			}
			if party && roleNounWithin(doc, s, k+1, 3) {
				continue // "The Republican presidential nominee": the party qualifies the role after it
			}
			// A compound role is one head: "chief executive", "deputy director".
			for k+1 < s.Last && lexicon.RoleNoun(doc.Tokens[k+1].In(doc.Text)) && isLower(doc.Tokens[k+1].In(doc.Text)) {
				k++
			}
			// "an official government Twitter account", "the official
			// party position": "official" before a body or a writing is
			// an adjective, and names no one.
			if k+1 < s.Last && strings.EqualFold(doc.Tokens[k].In(doc.Text), "official") {
				if next := doc.Tokens[k+1].In(doc.Text); isLower(next) && (lexicon.OrgHead(next) || lexicon.DocumentNoun(next)) {
					continue
				}
			}
			start, det := describedFrom(doc, s, k)
			if det == "" && !strings.HasSuffix(strings.ToLower(w), "s") && start == k {
				continue // a bare singular role noun: "as head of", not a person
			}
			if possessive[det] && bodyRoles[strings.ToLower(doc.Tokens[k].In(doc.Text))] {
				continue // "shook its head", "shook their heads": no one's office
			}
			end := postModifierEnd(doc, s, ofPhraseEnd(doc, s, k))
			if e := taggedPhraseEnd(doc, s, k); e > end {
				end = e // "a welcome message on the website reads": the whole phrase is who spoke
			}
			m := news.Mention{
				Span:     news.Span{Start: doc.Tokens[start].Start, End: doc.Tokens[end-1].End},
				Kind:     news.Description,
				Person:   -1,
				Sentence: si,
			}
			out = append(out, m)
			k = end - 1
		}
	}
	return out
}

// peopleSpeaking reports whether the token at k is a people's name in
// the plural after "the" that speaks: "“…,” the Russians said", "the
// Saudis state in the white paper" — a nation speaking as one, as its
// government does.
func peopleSpeaking(doc *news.Document, s news.Sentence, k int) bool {
	w := doc.Tokens[k].In(doc.Text)
	if k == s.First || !isUpper(w) || !strings.HasSuffix(w, "s") || !strings.EqualFold(doc.Tokens[k-1].In(doc.Text), "the") ||
		!lexicon.Demonym(strings.TrimSuffix(w, "s")) {
		return false
	}
	if k+1 < s.Last {
		if v := doc.Tokens[k+1].In(doc.Text); isLower(v) {
			if _, ok := lexicon.SpeechVerb(v); ok {
				return true
			}
		}
	}
	return afterTurnedCue(doc, s, k)
}

// speakingHeads are the nouns in lower case no list knows as a person's
// that the article has speak ("“…,” stammered the lama"), writings and
// bodies aside: the same noun after "the" is then that speaker wherever
// it stands ("The lama mounted a pair of spectacles"), as a role noun is.
// One in capitals ("the Hatter continued") is a name.
func speakingHeads(doc *news.Document) map[string]bool {
	out := map[string]bool{}
	for _, s := range doc.Sentences {
		for k := s.First + 1; k < s.Last; k++ {
			// The cheap tests first: this looks at every word.
			w := doc.Tokens[k].In(doc.Text)
			if doc.Tokens[k].Kind != news.Word || !isLower(w) || out[w] || !strings.EqualFold(doc.Tokens[k-1].In(doc.Text), "the") || !markBefore(doc, s, k) {
				continue
			}
			if lexicon.RoleNoun(w) || lexicon.DocumentNoun(w) || lexicon.OrgHead(w) || lexicon.EvidenceNoun(w) || collectiveNouns[w] {
				continue
			}
			if tagsLine(doc, s, k) && speakingNoun(doc, s, k) {
				out[w] = true
			}
		}
	}
	return out
}

// markBefore reports whether a closing mark stands a few tokens before
// k, as one must before a line's tag: a cheap test before tagsLine's.
func markBefore(doc *news.Document, s news.Sentence, k int) bool {
	for j := k - 1; j >= s.First && j >= k-8; j-- {
		if closingMark(doc.Tokens[j].In(doc.Text)) {
			return true
		}
	}
	return false
}

// closingMark reports whether token w closes a line: a curly double or
// single mark (the single may also be an apostrophe), a straight double
// mark, or the two apostrophes some papers close with.
func closingMark(w string) bool {
	return w == "”" || w == "’" || w == "\"" || w == "''"
}

// tagsLine reports whether the phrase the noun at k heads stands in a
// line's tag, right after its closing mark or after a verb that does:
// "“…,” the lama said", "“…,” stammered the lama". A story's people speak
// so; "The book accuses Bob" is a claim.
func tagsLine(doc *news.Document, s news.Sentence, k int) bool {
	start, _ := describedFrom(doc, s, k)
	for j := start - 1; j >= s.First && j >= start-2; j-- {
		w := doc.Tokens[j].In(doc.Text)
		if closingMark(w) {
			return true
		}
		if _, verb := lexicon.SpeechVerb(w); !verb || !isLower(w) {
			return false
		}
	}
	return false
}

// titleAlone reports whether the capitalised role noun at k stands for
// its holder after "the", with no name after it: "said the Curator", "the
// Vice President said".
func titleAlone(doc *news.Document, s news.Sentence, k int) bool {
	j := k - 1
	for j > s.First && lexicon.TitleModifier(doc.Tokens[j].In(doc.Text)) && isUpper(doc.Tokens[j].In(doc.Text)) {
		j-- // "the Vice President"
	}
	if j < s.First || !strings.EqualFold(doc.Tokens[j].In(doc.Text), "the") {
		return false
	}
	if end := doc.Tokens[s.Last-1].In(doc.Text); doc.Tokens[s.Last-1].Kind != news.Punct || end == ":" {
		return false // a heading, "The Ferryman's Daughter": every word of it in capitals
	}
	return k+1 >= s.Last || doc.Tokens[k+1].Kind != news.Word || !isUpper(doc.Tokens[k+1].In(doc.Text))
}

// roleNounWithin reports whether a lower-case role noun stands among the
// n words from token k, with only lower-case words before it.
func roleNounWithin(doc *news.Document, s news.Sentence, k, n int) bool {
	for j := k; j < s.Last && j < k+n; j++ {
		w := doc.Tokens[j].In(doc.Text)
		if doc.Tokens[j].Kind != news.Word || !isLower(w) || lexicon.FunctionWord(w) {
			return false
		}
		if lexicon.RoleNoun(w) {
			return true
		}
	}
	return false
}

// describedFrom walks back from the role noun at k over the words that
// qualify it, to its determiner if it has one. It returns the first token
// of the description and its determiner (lower case, "" if none).
func describedFrom(doc *news.Document, s news.Sentence, k int) (int, string) {
	start := k
	known := true // every word so far qualifies the head by the lists
	for j := k - 1; j >= s.First && j >= k-6; j-- {
		t := doc.Tokens[j]
		w := t.In(doc.Text)
		lw := strings.ToLower(w)
		if indefinite[lw] || definite[lw] {
			return j, lw
		}
		if j > s.First && (w == "’s" || w == "'s" || (w == "'" || w == "’") && strings.HasSuffix(doc.Tokens[j-1].In(doc.Text), "s")) {
			// A possessor: "Russia's top diplomat", "the port's chief
			// executive" — its word, then perhaps its determiner.
			j--
			start = j
			if j-1 >= s.First {
				if d := strings.ToLower(doc.Tokens[j-1].In(doc.Text)); definite[d] || indefinite[d] {
					return j - 1, d
				}
			}
			return start, "the"
		}
		if t.Kind == news.Punct {
			break
		}
		if lexicon.FunctionWord(w) && !lexicon.Demonym(w) && !describers[lw] && !(lexicon.Weekday(w) && isUpper(w) && lexicon.DocumentNoun(doc.Tokens[k].In(doc.Text))) { // "a Wednesday editorial", not "the Saturday debate said"
			if o, ok := bodyAround(doc, t.Span); ok && known && o.Start < t.Start && o.End > t.End {
				// "A Department for Education spokesperson": a body's name
				// with a "for" or "of" of its own qualifies the head whole.
				for j > s.First && doc.Tokens[j-1].Start >= o.Start {
					j--
				}
				start = j
				continue
			}
			break
		}
		// Another role noun, not right before this one as in "attorney
		// general", heads a phrase of its own, which this one cannot reach
		// back past: "Clinton’s right-hand woman rallied supporters" is two.
		if j < k-1 && isLower(w) && lexicon.RoleNoun(w) && !describers[lw] {
			break
		}
		if _, verb := lexicon.SpeechVerb(w); verb && isLower(w) && !(j == k-1 && lexicon.DocumentNoun(doc.Tokens[k].In(doc.Text)) &&
			j-1 >= s.First && indefinite[strings.ToLower(doc.Tokens[j-1].In(doc.Text))]) {
			break // "the board said officials": the verb ends the phrase; "a welcome message" it qualifies
		}
		if known && (isUpper(w) || describers[lw] || lexicon.TitleModifier(lw) || lexicon.Demonym(w) || strings.Contains(w, "-")) {
			start = j
			continue
		}
		// After "that" or "this", a word no list knows is most often a
		// verb of a relative clause: "a clause that requires staffers".
		if j-1 >= s.First && relativeLike[strings.ToLower(doc.Tokens[j-1].In(doc.Text))] {
			return k, ""
		}
		// Other words and numbers ("the real estate developer", "one former
		// GOP leadership aide", "a 2008 Clinton veteran") belong to the
		// description only if a determiner comes before them.
		known = false
	}
	return start, ""
}

// bodyAround is the organisation or place the entities stage found that
// holds span sp, if any.
func bodyAround(doc *news.Document, sp news.Span) (news.Mention, bool) {
	i, _ := slices.BinarySearchFunc(doc.Mentions, sp.Start+1, func(m news.Mention, b int) int { return cmp.Compare(m.Start, b) })
	for i--; i >= 0; i-- {
		m := doc.Mentions[i]
		if (m.Kind == news.Organisation || m.Kind == news.Place) && m.End >= sp.End {
			return m, true
		}
		if m.End < sp.Start {
			break
		}
	}
	return news.Mention{}, false
}

// postModifiers open the phrase after an unnamed source that says where
// they stand: "a person close to the Clintons", "a source familiar with
// Cruz's thinking", "officials with knowledge of the talks".
var postModifiers = [][]string{
	{"close", "to"}, {"familiar", "with"}, {"with", "knowledge", "of"},
	{"with", "direct", "knowledge", "of"}, {"involved", "in"}, {"briefed", "on"},
}

// fromNamed reports whether the words from token j name a place or a
// body in capitals, perhaps after "the": "representatives from Iran",
// "officials from the Interior Ministry" say who they are; "a man from
// the crowd" says where he stood.
func fromNamed(doc *news.Document, s news.Sentence, j int) bool {
	if j < s.Last && strings.EqualFold(doc.Tokens[j].In(doc.Text), "the") {
		j++
	}
	return j < s.Last && doc.Tokens[j].Kind == news.Word && isUpper(doc.Tokens[j].In(doc.Text))
}

// postModifierEnd extends a description ending before token j over a
// phrase of postModifiers and up to five words after it, to before a
// comma, a verb or a function word other than "the" and "of". It returns
// the index after the description's last token.
func postModifierEnd(doc *news.Document, s news.Sentence, j int) int {
	for _, pm := range postModifiers {
		if j+len(pm) >= s.Last {
			continue
		}
		ok := true
		for n, w := range pm {
			if !strings.EqualFold(doc.Tokens[j+n].In(doc.Text), w) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		end := -1
		for k := j + len(pm); k < s.Last && k < j+len(pm)+5; k++ {
			t := doc.Tokens[k]
			w := t.In(doc.Text)
			lw := strings.ToLower(w)
			if w == "’s" || w == "'s" {
				continue
			}
			if t.Kind != news.Word || lexicon.FunctionWord(w) && lw != "the" && lw != "of" {
				break
			}
			if _, verb := lexicon.SpeechVerb(w); verb && isLower(w) || isLower(w) && strings.HasSuffix(lw, "ed") {
				break
			}
			if lw != "the" && lw != "of" {
				end = k + 1
			}
		}
		if end > 0 {
			return end
		}
		return j
	}
	return j
}

// servingRoles are roles held toward a person, named after "to": "an
// adviser to the president", "ambassador to France".
var servingRoles = map[string]bool{"aide": true, "aides": true, "adviser": true, "advisers": true,
	"advisor": true, "advisors": true, "assistant": true, "assistants": true, "counselor": true,
	"counsel": true, "envoy": true, "ambassador": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "consultant": true, "consultants": true, "confidant": true, "heir": true,
	"successor": true}

// relativeLike are determiners that are also relative or demonstrative
// pronouns.
var relativeLike = map[string]bool{"that": true, "this": true, "which": true}

// ofPhraseEnd extends a description over an "of" or "for" phrase that
// says whose role it is: "a representative of the Russian delegation",
// or a "to" phrase after a role that serves someone: "aides to Mr.
// Sanders", "an adviser to the governor". It returns the index after the
// description's last token.
func ofPhraseEnd(doc *news.Document, s news.Sentence, k int) int {
	j := k + 1
	if j >= s.Last {
		return j
	}
	p := doc.Tokens[j].In(doc.Text)
	if p == "from" && j+1 < s.Last && !fromNamed(doc, s, j+1) {
		return j
	}
	if p != "of" && p != "for" && p != "from" && !(p == "to" && lexicon.In(servingRoles, doc.Tokens[k].In(doc.Text))) {
		return j
	}
	j++
	if j < s.Last && strings.EqualFold(doc.Tokens[j].In(doc.Text), "the") {
		j++
	}
	end := -1
	for n := 0; j < s.Last && n < 4; j, n = j+1, n+1 {
		t := doc.Tokens[j]
		w := t.In(doc.Text)
		if n == 0 && lexicon.Honorific(w) && j+1 < s.Last && isUpper(doc.Tokens[j+1].In(doc.Text)) {
			continue // "aides to Mr. Sanders"
		}
		if t.Kind == news.Number && n > 0 && lexicon.Month(doc.Tokens[j-1].In(doc.Text)) {
			return k + 1 // "the nominee for the Nov. 8 election": a date, not whose role it is
		}
		if t.Kind != news.Word || lexicon.FunctionWord(w) {
			break
		}
		// A verb's form right after "of" is a noun: "the former
		// secretary of state".
		if _, ok := lexicon.SpeechVerb(w); ok && isLower(w) && n > 0 || n > 0 && isLower(w) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || lexicon.EvidenceVerb(w)) {
			break // "a representative of the delegation said", "the secretary of state talked", "a video of the episode shows", "a user from Hanover going by"
		}
		end = j + 1
	}
	if end < 0 {
		return k + 1
	}
	// "a spokesman for Democratic presidential candidate Hillary Clinton":
	// a name the word limit cut goes on to its end.
	for n := 0; n < 3 && end < s.Last && isUpper(doc.Tokens[end-1].In(doc.Text)) &&
		doc.Tokens[end].Kind == news.Word && isUpper(doc.Tokens[end].In(doc.Text)); n++ {
		end++
	}
	// "a spokesperson for the Royal College of Nursing": a body's name
	// found already runs on past an "of" of its own.
	if e := nameRunsOn(doc, s, end); e > end {
		end = e
	}
	return end
}

// nameRunsOn returns, where the name, body or place found by the entities
// stage that holds the token before end goes on past it, the index after
// its last token within sentence s; else end.
func nameRunsOn(doc *news.Document, s news.Sentence, end int) int {
	last := doc.Tokens[end-1]
	i, _ := slices.BinarySearchFunc(doc.Mentions, last.End, func(m news.Mention, b int) int { return cmp.Compare(m.Start, b) })
	for i--; i >= 0 && doc.Mentions[i].End > last.Start; i-- {
		m := doc.Mentions[i]
		if m.Kind == news.Description || m.Kind == news.Pronoun || m.End <= last.End {
			continue
		}
		for end < s.Last && doc.Tokens[end].End <= m.End {
			end++
		}
		return end
	}
	return end
}

// tagPlaces are the words that may follow a speaker inverted after a
// line's verb: "said an elderly rabbit at the gap".
var tagPlaces = map[string]bool{"at": true, "in": true, "on": true, "from": true, "by": true, "with": true, "behind": true, "beside": true}

// speakingNoun reports whether the lower-case noun at k heads a noun
// phrase that speaks: right before a speech verb ("the company said",
// "the editorial read", "the engineer says") or right after one that
// follows a comma or a closing mark ("…,” said the website"). Whatever
// speaks is a speaker, though no list of role nouns has it.
// timeNouns name a stretch of time, which a speech verb may follow
// without it speaking.
var timeNouns = map[string]bool{"week": true, "weeks": true, "month": true, "months": true, "year": true,
	"years": true, "day": true, "days": true, "night": true, "morning": true, "afternoon": true,
	"evening": true, "weekend": true, "time": true, "hour": true, "hours": true, "moment": true, "moments": true,
	"minute": true, "minutes": true, "instant": true, "while": true}

func speakingNoun(doc *news.Document, s news.Sentence, k int) bool {
	w := doc.Tokens[k].In(doc.Text)
	numberWord := doc.Tokens[k].Kind == news.Number && strings.ContainsFunc(w, unicode.IsLetter) // "the 46-year-old"
	if len(w) < 2 || lexicon.FunctionWord(w) || doc.Tokens[k].Kind != news.Word && !numberWord {
		return false
	}
	if _, ok := lexicon.Pronoun(w); ok || qualifyingParticiple(doc, s, k) {
		return false // "a neighboring state": an -ing word qualifies, it does not speak
	}
	if timeNouns[strings.ToLower(w)] {
		return false // "sent a letter this week urging …": when, not who
	}
	if subjectVerbAdverbs[w] {
		return false // "the lama half sobbed": the noun is before it
	}
	if _, ok := lexicon.SpeechVerb(w); ok && !(lexicon.Nounable(w) && k > s.First &&
		(lexicon.In(articles, doc.Tokens[k-1].In(doc.Text)) || qualifiedNounSays(doc, s, k))) {
		// A verb form is a noun only after "the": "the report said", "the
		// email said" — or after "a" where the phrase is who spoke a line
		// before it: "…,” noted a report by the council".
		return lexicon.Nounable(w) && k > s.First && indefinite[strings.ToLower(doc.Tokens[k-1].In(doc.Text))] &&
			(afterTurnedCue(doc, s, k) || writingBringsLine(doc, s, k)) // "an email to donors saying: “…”"
	}
	if lexicon.EvidenceNoun(w) && isLower(w) && showsAfter(doc, s, k) {
		return true // "The poll by the Public Policy Institute of California showed …", "FEC records show"
	}
	if k > s.First {
		d := strings.ToLower(doc.Tokens[k-1].In(doc.Text))
		possessed := d == "’s" || d == "'s" || d == "'" || d == "’"
		if !definite[d] && !indefinite[d] && !possessed && !lexicon.PersonSuffix(w) {
			// A bare noun: only a word for a person will do ("engineers
			// said"), unless a determiner further back opens its phrase
			// ("the billionaire business mogul told", "the conservative
			// website said").
			if !farDeterminer(doc, s, k) {
				return false
			}
		}
		if (d == "that" || d == "this") && k-2 >= s.First {
			if _, ok := lexicon.SpeechVerb(doc.Tokens[k-2].In(doc.Text)); ok {
				return false // "said that fact speaks": inside the reported clause
			}
		}
	}
	// "the editorial board recently wrote", "the company also said": after
	// an adverb, a speech verb's form can only be the verb.
	if j := k + 1; j < s.Last && adverb(doc.Tokens[j].In(doc.Text)) {
		for j < s.Last && j < k+3 && adverb(doc.Tokens[j].In(doc.Text)) {
			j++
		}
		if j < s.Last {
			if v := doc.Tokens[j].In(doc.Text); isLower(v) {
				if _, ok := lexicon.SpeechVerb(v); ok {
					return true
				}
			}
		}
	}
	if writingBringsLine(doc, s, k) {
		return true
	}
	// "The email goes on to say: “…”".
	if k+4 < s.Last && lexicon.GoesOnTo(doc.Tokens[k+1].In(doc.Text), doc.Tokens[k+2].In(doc.Text), doc.Tokens[k+3].In(doc.Text)) {
		if _, ok := lexicon.SpeechVerb(doc.Tokens[k+4].In(doc.Text)); ok {
			return true
		}
	}
	if k+1 < s.Last {
		if v := doc.Tokens[k+1].In(doc.Text); isLower(v) {
			if lemma, ok := lexicon.SpeechVerb(v); ok && nounCompound(doc, s, k, v, lemma) {
				return false // "the golf venture", "the key states of Florida": the verb's form is a noun
			}
			if _, ok := lexicon.SpeechVerb(v); ok && !lexicon.Nounable(v) {
				// "Clinton opened the debate saying: “…”": an event says
				// nothing; its participle is the sentence's subject's. Nor
				// does an adjective: "waved off the objectionable calling".
				return !(lexicon.Participle(v) && (events[strings.ToLower(w)] || surelyAdjective(w)))
			}
			// A form that is also a noun ("tweet", "remarks", "report")
			// after an adjective or before a copula is that noun: "a
			// controversial tweet by", "his anti-Muslim remarks were".
			if _, ok := lexicon.SpeechVerb(v); ok && !adjectiveLike(w) &&
				!(k+2 < s.Last && lexicon.In(copula, doc.Tokens[k+2].In(doc.Text))) {
				return true
			}
		}
	}
	// "From the report: “…”", "More from the study: “…”": the source a
	// sentence opens by coming from, before its colon.
	if k+1 < s.Last && doc.Tokens[k+1].In(doc.Text) == ":" {
		if start, det := describedFrom(doc, s, k); det != "" && start-1 >= s.First && strings.EqualFold(doc.Tokens[start-1].In(doc.Text), "from") &&
			(start-1 == s.First || start-2 == s.First && strings.EqualFold(doc.Tokens[s.First].In(doc.Text), "more")) {
			return true
		}
	}
	// "according to the newspaper, …": the source of what the sentence
	// says speaks, whatever its noun.
	if k+1 >= s.Last || doc.Tokens[k+1].Kind == news.Punct {
		if start, det := describedFrom(doc, s, k); det != "" && start-2 >= s.First &&
			strings.EqualFold(doc.Tokens[start-2].In(doc.Text), "according") && doc.Tokens[start-1].In(doc.Text) == "to" {
			return true
		}
	}
	// "…,” said the website", "…,” says the ad’s narrator, going on",
	// "“Hold up!” said an elderly rabbit at the gap": a speech verb after
	// a closing mark (which may end the sentence before), the noun's
	// phrase, then punctuation, a preposition or the sentence's end.
	return afterTurnedCue(doc, s, k) || beforeTrailingCue(doc, s, k)
}

// beforeTrailingCue reports whether the noun at k heads a phrase that
// opens right after a line's closing mark and goes on by a preposition to
// a speech verb that ends the sentence: "“…!” a welcome message on the
// website reads." Right before its verb, a noun is found without this.
func beforeTrailingCue(doc *news.Document, s news.Sentence, k int) bool {
	if k+1 >= s.Last || !tagPlaces[doc.Tokens[k+1].In(doc.Text)] && !turnedCuePrepositions[doc.Tokens[k+1].In(doc.Text)] {
		return false
	}
	start, det := describedFrom(doc, s, k)
	if det == "" || start-2 < s.First {
		return false
	}
	if end := doc.Tokens[start-2].In(doc.Text); !closingMark(doc.Tokens[start-1].In(doc.Text)) || end != "," && end != "!" && end != "?" {
		return false
	}
	return trailingVerbAt(doc, s, k) >= 0
}

// trailingVerbAt finds the speech verb that ends the sentence a few words
// after the noun at k and its preposition: "a welcome message on the
// website reads." Its index, or -1.
func trailingVerbAt(doc *news.Document, s news.Sentence, k int) int {
	for j := k + 2; j < s.Last && j <= k+7; j++ {
		w := doc.Tokens[j].In(doc.Text)
		if doc.Tokens[j].Kind != news.Word {
			return -1
		}
		if _, ok := lexicon.SpeechVerb(w); ok && isLower(w) && !lexicon.Participle(w) {
			if j+1 >= s.Last || doc.Tokens[j+1].Kind == news.Punct {
				return j
			}
			return -1
		}
	}
	return -1
}

// phrasePrepositions go on with a phrase of who spoke, where the others
// tell where it was said: "a voice-over in the ad", "one Democratic
// source on the panel", "a report for Oxfam", "a report by the council".
var phrasePrepositions = map[string]bool{"in": true, "on": true, "for": true, "by": true}

// taggedPhraseEnd is where the phrase of who spoke ends when the noun at
// k heads it in a line's tag and a preposition goes on with it: before
// the verb that ends the sentence ("a welcome message on the website
// reads"), or, after a turned verb, at the sentence's end where no stop
// comes before it within 14 words ("noted a report for Oxfam on
// Germany's energy policies by the environmental nonprofit E3G."). 0
// where no such phrase is.
func taggedPhraseEnd(doc *news.Document, s news.Sentence, k int) int {
	if k+1 >= s.Last || !phrasePrepositions[doc.Tokens[k+1].In(doc.Text)] {
		return 0 // "said an elderly rabbit at the gap", "cried the parson's wife from the stair": where, not who
	}
	if beforeTrailingCue(doc, s, k) {
		return trailingVerbAt(doc, s, k)
	}
	if !afterTurnedCue(doc, s, k) {
		return 0
	}
	for j := k + 2; j < s.Last && j <= k+14; j++ {
		if t := doc.Tokens[j]; t.Kind == news.Punct && t.In(doc.Text) != "’s" && t.In(doc.Text) != "'s" {
			if j+1 >= s.Last {
				return j
			}
			return 0
		}
	}
	if k+14 >= s.Last {
		return s.Last
	}
	return 0
}

// turnedCuePrepositions go on with the phrase of who spoke, after a turned
// cue, besides tagPlaces: "noted a report for Oxfam", "reads a sign
// outside the hall".
var turnedCuePrepositions = map[string]bool{"for": true, "outside": true, "inside": true, "near": true, "above": true}

// afterTurnedCue reports whether the noun at k heads the phrase after a
// speech verb turned round after a closing mark or a comma, the phrase
// then ending or going on by a preposition: "…,” said the website",
// "…,” noted a report by the council".
func afterTurnedCue(doc *news.Document, s news.Sentence, k int) bool {
	if k+1 < s.Last && doc.Tokens[k+1].Kind != news.Punct && !tagPlaces[doc.Tokens[k+1].In(doc.Text)] && !turnedCuePrepositions[doc.Tokens[k+1].In(doc.Text)] {
		return false
	}
	start, det := describedFrom(doc, s, k)
	if det == "" || start-2 < s.First-1 || start-2 < 0 {
		return false
	}
	v := doc.Tokens[start-1].In(doc.Text)
	_, ok := lexicon.SpeechVerb(v)
	return ok && isLower(v) && doc.Tokens[start-2].Kind == news.Punct
}

// showsAfter reports whether the document noun at k is the subject of a
// verb it shows with: right after it, or after the words that qualify it
// ("by the Public Policy Institute of California", "last month", ", released
// on Wednesday night by …,"), with no stop, auxiliary, speech verb or
// relative pronoun between — the same subject the quotes stage reads.
func showsAfter(doc *news.Document, s news.Sentence, k int) bool {
	for j := k + 1; j < s.Last && j <= k+14; j++ {
		w := doc.Tokens[j].In(doc.Text)
		if lexicon.EvidenceVerb(w) {
			return true
		}
		if doc.Tokens[j].Kind == news.Punct && w != "," && w != "/" && w != "-" || lexicon.In(copula, w) {
			return false
		}
		switch strings.ToLower(w) {
		case "that", "which", "who", "whom":
			return false
		}
		if _, ok := lexicon.SpeechVerb(w); ok && isLower(w) {
			return false
		}
	}
	return false
}

// nounCompound reports whether the speech verb's form v after the noun at
// k is a noun of the same phrase: a bare lemma after a singular noun
// ("the golf venture"; but "the police say"), or a form followed by "of"
// ("the key states of Florida").
func nounCompound(doc *news.Document, s news.Sentence, k int, v, lemma string) bool {
	if k+2 < s.Last && strings.EqualFold(doc.Tokens[k+2].In(doc.Text), "of") {
		return true
	}
	w := strings.ToLower(doc.Tokens[k].In(doc.Text))
	return v == lemma && v != "read" && !strings.HasSuffix(w, "s") && !collectiveNouns[w] // "the email read": a past
}

// collectiveNouns take a plural verb in the bare form: "the police say".
var collectiveNouns = map[string]bool{
	"police": true, "people": true, "staff": true, "media": true, "public": true,
	"crowd": true, "team": true, "family": true, "government": true, "press": true,
	"clergy": true, "faculty": true, "jury": true, "panel": true, "committee": true,
	"men": true, "women": true, "children": true, "folks": true, "administration": true,
}

// pluralModifiers look plural but qualify the noun after them: "the
// rights group said", "the news agency reported".
var pluralModifiers = map[string]bool{"rights": true, "news": true, "arms": true, "sports": true, "affairs": true, "savings": true, "services": true}

// farDeterminer reports whether the noun at k, with no determiner right
// before it, has one further back that opens its phrase, and reads as a
// noun that speaks: "the billionaire business mogul told", "said the
// conservative website". Without tags to go on, it refuses what reads as
// a verb or an adverb instead: "the media finally said" (-ly), "the
// news organization raised" (-ed), "the
// figures include pledged delegates" (a plural before it), "the last
// thing state Representative Macer wants" (a bare lemma after it),
// "as the meeting began vowing" (a participle after it).
func farDeterminer(doc *news.Document, s news.Sentence, k int) bool {
	start, det := describedFrom(doc, s, k)
	if det == "" {
		return false
	}
	if start > s.First && objectPrepositions[strings.ToLower(doc.Tokens[start-1].In(doc.Text))] {
		return false // "the nominee for the Nov. 8 election later said": an object, not who said
	}
	w := strings.ToLower(doc.Tokens[k].In(doc.Text))
	prev := strings.ToLower(doc.Tokens[k-1].In(doc.Text))
	if strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") || strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss") && !pluralModifiers[prev] {
		return false
	}
	if k+1 < s.Last && doc.Tokens[k+1].Kind == news.Word {
		v := strings.ToLower(doc.Tokens[k+1].In(doc.Text))
		if lemma, ok := lexicon.SpeechVerb(v); ok && (v == lemma && v != "read" || lexicon.Participle(v) && !writingBringsLine(doc, s, k)) {
			return false // "the golf venture"; but "a welcome message read" is a past, "a text message saying: “…”" speaks
		}
	}
	return true
}

// writingBringsLine reports whether the writing at k brings a line in by
// a participle, at once or past whom it went to: "a text message saying:
// “…”", "an email to donors saying: “…”". Another noun ("their ninth
// debate saying “of course” …") is no one who says.
func writingBringsLine(doc *news.Document, s news.Sentence, k int) bool {
	if !lexicon.DocumentNoun(doc.Tokens[k].In(doc.Text)) {
		return false
	}
	j := k + 1
	if j < s.Last && doc.Tokens[j].In(doc.Text) == "to" {
		for j++; j < s.Last && j <= k+4 && doc.Tokens[j].Kind == news.Word && isLower(doc.Tokens[j].In(doc.Text)) && !lexicon.Participle(doc.Tokens[j].In(doc.Text)); j++ {
		}
	}
	if j >= s.Last {
		return false
	}
	v := doc.Tokens[j].In(doc.Text)
	_, ok := lexicon.SpeechVerb(v)
	return ok && lexicon.Participle(v) && linesAfter(doc, s, j+1)
}

// events are occasions, which a participle after them does not make
// speak: "opened the debate saying", "ended the rally calling".
var events = map[string]bool{"debate": true, "debates": true, "rally": true, "rallies": true, "interview": true,
	"conference": true, "meeting": true, "hearing": true, "event": true, "session": true, "primary": true,
	"election": true, "race": true, "visit": true, "tour": true, "trip": true, "campaign": true, "program": true, "show": true}

// linesAfter reports whether an opening mark stands at token j, or a
// colon or a comma and then one: a participle before it brings in a line
// ("a text message saying: “…”").
func linesAfter(doc *news.Document, s news.Sentence, j int) bool {
	if j < s.Last && (doc.Tokens[j].In(doc.Text) == ":" || doc.Tokens[j].In(doc.Text) == ",") {
		j++
	}
	if j >= s.Last {
		return false
	}
	switch doc.Tokens[j].In(doc.Text) {
	case "“", "\"", "‘", "''", "``":
		return true
	}
	return false
}

// objectPrepositions make the phrase after them an object, no speaker.
var objectPrepositions = map[string]bool{"for": true, "of": true, "in": true, "on": true, "at": true,
	"with": true, "about": true, "into": true, "during": true, "over": true, "against": true}

// articles: "the report said" is a report; "his remarks calling" are his
// and "a report suggesting" is too unsure.
var articles = map[string]bool{"the": true, "this": true}

// qualifiedNounSays reports whether the verb's form at k that is also a
// noun is that noun, qualified and spoken by: "the congressional report
// said", "the annual report says" — an article opens its phrase and a form
// that is only a verb's ("said", "says") follows it. "A report
// suggesting" stays unsure.
func qualifiedNounSays(doc *news.Document, s news.Sentence, k int) bool {
	if k+1 >= s.Last {
		return false
	}
	if _, det := describedFrom(doc, s, k); !articles[det] {
		return false
	}
	v := doc.Tokens[k+1].In(doc.Text)
	_, speech := lexicon.SpeechVerb(v)
	return speech && isLower(v) && !lexicon.Nounable(v)
}

// qualifyingParticiple reports whether the word at k is an -ing word
// before a lower-case noun, which it qualifies ("said a neighboring
// state"), rather than a noun that speaks itself ("said the ruling", "the
// ruling says"); or an owner's -ed word before one ("Trump's failed
// ventures").
func qualifyingParticiple(doc *news.Document, s news.Sentence, k int) bool {
	if k+1 >= s.Last || doc.Tokens[k+1].Kind != news.Word {
		return false
	}
	if w := doc.Tokens[k].In(doc.Text); strings.HasSuffix(w, "ed") && k > s.First && isLower(doc.Tokens[k+1].In(doc.Text)) {
		// "Trump’s failed ventures", "Clinton's leaked emails": after an
		// owner, a past participle qualifies the noun after it.
		if d := doc.Tokens[k-1].In(doc.Text); d == "’s" || d == "'s" {
			return true
		}
	}
	if !strings.HasSuffix(doc.Tokens[k].In(doc.Text), "ing") {
		return false
	}
	next := doc.Tokens[k+1].In(doc.Text)
	if !isLower(next) {
		return false
	}
	if _, speech := lexicon.SpeechVerb(next); !speech {
		return true
	}
	// The next word is a verb's form and may be a noun too: it is the
	// noun when a verb or the sentence's end comes after it ("a
	// neighboring state said", "said a neighboring state.").
	if k+2 >= s.Last || doc.Tokens[k+2].Kind == news.Punct {
		return true
	}
	_, speech := lexicon.SpeechVerb(doc.Tokens[k+2].In(doc.Text))
	return speech
}

// adjectiveLike reports whether a word ends as adjectives do: "a
// controversial tweet", "the annual report", "a furious statement".
// surelyAdjective reports whether w ends as only adjectives do:
// "objectionable", "famous", "hopeful", "careless".
func surelyAdjective(w string) bool {
	w = strings.ToLower(w)
	for _, suf := range []string{"able", "ible", "ous", "ful", "less"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

func adjectiveLike(w string) bool {
	w = strings.ToLower(w)
	if strings.Contains(w, "-") {
		return true // "anti-Muslim", "long-awaited"
	}
	for _, suf := range []string{"al", "ous", "ive", "ic", "ful", "less", "able", "ible", "ary"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

var copula = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true,
	"have": true, "had": true, "will": true, "would": true, "could": true, "should": true}

func startsAt(doc *news.Document, s news.Sentence, k int) bool {
	for j := s.First; j < k; j++ {
		if doc.Tokens[j].Kind != news.Punct {
			return false
		}
	}
	return true
}

// adverb reports whether w is an adverb that may come between a subject
// and its verb: "recently", "also", "later".
func adverb(w string) bool {
	l := strings.ToLower(w)
	return isLower(w) && (len(l) > 4 && strings.HasSuffix(l, "ly") && !strings.HasSuffix(l, "ply") || subjectVerbAdverbs[l])
}

var subjectVerbAdverbs = map[string]bool{"also": true, "later": true, "then": true, "again": true, "once": true, "never": true, "often": true, "still": true, "since": true,
	"half": true, "almost": true, "nearly": true, "just": true, "barely": true}
