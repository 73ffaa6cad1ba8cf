package attribution

// Dialogue: turns that pass the word, and the one addressed by name.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/news"
)

// maxTurnBytes is the longest paragraph read as a turn of dialogue: a
// line or two. A news quote that runs on is longer, and goes on from its
// speaker rather than passing the word.
const maxTurnBytes = 160

// dialogueTurnBytes is the longest paragraph that ends a turn in a story
// told in dialogue: a speech of a few sentences.
const dialogueTurnBytes = 640

// turnBefore finds, for a paragraph pi that is a short unattributed turn
// after a turn by B, the one the word passes back to: the last other
// person to speak or act in the few paragraphs before B's turn — the
// speaker of a quote (it returns the quote) or the subject of a sentence
// of narration ("Thomas sat down by the fire. … Then Jacob knocked out
// his pipe." before Jacob's turn: Thomas answers; it returns the
// mention). In a story told in dialogue, B's turn may follow narration
// ("Giles hesitated. 'He said he was afraid.'"). It reports false
// outside such an exchange.
func (a *attributor) turnBefore(pi int) (quote, mention int, ok bool) {
	// Outside a story the word does not pass: a news paragraph with no
	// cue goes on from the speaker before it.
	if pi < 2 || !a.dialogue || !a.isTurn(pi) || !a.endsTurn(pi-1) {
		return -1, -1, false
	}
	b := a.turnQuote(pi - 1)
	if b < 0 {
		return -1, -1, false
	}
	sb := a.doc.Quotes[b].Speaker
	// B's turn may open with narration of its own: "Margaret was reading
	// when he came in. … At last Mr. Hale observed, '…'" — Margaret
	// answers.
	if at := a.doc.Quotes[b].Outer.Start; at > a.doc.Paragraphs[pi-1].Start {
		if m := a.actor(pi-1, sb, at); m >= 0 {
			return -1, m, true
		}
	}
	for p := pi - 2; p >= 0 && p >= pi-5; p-- {
		first, last := a.quotesOf(p)
		for i := last - 1; i >= first; i-- {
			q := a.doc.Quotes[i]
			if q.Kind == news.Indirect || q.Speaker < 0 {
				continue
			}
			if q.Speaker == sb || a.doc.People[q.Speaker].Organisation {
				return -1, -1, false // B spoke twice running: no exchange to follow
			}
			return i, -1, true
		}
		if a.narration(p) {
			if m := a.actor(p, sb, a.doc.Paragraphs[p].End); m >= 0 {
				return -1, m, true
			}
		}
	}
	return -1, -1, false
}

// clauseStarts lists, last first, where the clauses of tokens [first,
// last) begin: after "and", "but", "when", "while" or "as" outside
// quotes, and at first.
func (a *attributor) clauseStarts(first, last int) []int {
	starts := []int{first}
	for k := first + 1; k < last-1; k++ {
		if a.inQuote[k] {
			continue
		}
		switch strings.ToLower(a.word(k)) {
		case "and", "but", "when", "while", "as":
			starts = append(starts, k+1)
		}
	}
	slices.Reverse(starts)
	return starts
}

// narration reports whether paragraph p holds no quote in marks.
func (a *attributor) narration(p int) bool {
	first, last := a.quotesOf(p)
	for _, q := range a.doc.Quotes[first:last] {
		if q.Kind != news.Indirect {
			return false
		}
	}
	return true
}

// alternate is the last rule, in a story only: a line no other rule
// attributed, first of its paragraph, goes to the one of the last two
// speakers who did not say the line before it, as the word passes back
// and forth between two people ("This was invitation enough. 'Why, my
// dear, it is taken …'").
func (a *attributor) alternate(qi int) {
	q := &a.doc.Quotes[qi]
	if !a.dialogue || q.Paragraph == 0 {
		return
	}
	if first, _ := a.quotesOf(q.Paragraph); first != qi {
		return
	}
	last := -1 // the speaker of the line before
	for j := qi - 1; j >= 0 && a.doc.Quotes[j].Paragraph >= q.Paragraph-6; j-- {
		p := a.doc.Quotes[j]
		if p.Kind == news.Indirect || p.NotSpeech != "" {
			continue
		}
		if p.Speaker < 0 || a.doc.People[p.Speaker].Organisation {
			return // the line before is no one's: the exchange is lost
		}
		if last < 0 {
			if p.Paragraph == q.Paragraph {
				return
			}
			last = p.Speaker
			continue
		}
		if p.Speaker != last && !a.speaksTo(q, p.Speaker) {
			a.copyFrom(q, p, RuleAlternation, confAlternation)
			a.restOfParagraph(qi)
			return
		}
	}
}

// turnPronouns corrects, in a story, a line that opens its paragraph
// with a pronoun for its tag ("'I don't think I shall send it
// anywhere,' he answered") where the pronoun was taken for the one who
// spoke the line before: a new paragraph is a new speaker, so the "he"
// is the other man in the exchange, the one the turns give. So is a line
// given by the beat after it ("“Alas! I am an old man.” Then, fingering
// his rosary, he half turned"). A tag that says the speaker goes on ("he
// added", "she went on") is left alone.
func (a *attributor) turnPronouns() {
	if !a.dialogue {
		return
	}
	for qi := range a.doc.Quotes {
		q := &a.doc.Quotes[qi]
		if q.Kind == news.Indirect || q.Speaker < 0 || q.Mention < 0 || q.Paragraph < 2 ||
			q.Outer.Start != a.doc.Paragraphs[q.Paragraph].Start || q.Rule != RuleCueAdjacent && q.Rule != RuleActionBeat {
			continue
		}
		m := a.doc.Mentions[q.Mention]
		info, ok := lexicon.Pronoun(m.In(a.doc.Text))
		if m.Kind != news.Pronoun || !ok || info.First || info.Second || info.Plural || goesOn[strings.ToLower(q.Cue.In(a.doc.Text))] {
			continue
		}
		if a.lastSpeaker(q.Paragraph-1) != q.Speaker {
			continue
		}
		src, mm, ok := a.turnBefore(q.Paragraph)
		if !ok {
			continue
		}
		other := -1
		if src >= 0 {
			other, mm = a.doc.Quotes[src].Speaker, a.doc.Quotes[src].Mention
		} else {
			other = a.personOf(mm)
		}
		// A "he" or "she" is never the narrator, who is "I".
		if other < 0 || other == q.Speaker || other == a.narratorAt || mm < 0 || a.doc.People[other].Organisation ||
			info.Male && a.gender[other] == news.Female || info.Female && a.gender[other] == news.Male {
			continue
		}
		// "'Shove that under your feet,' he observed to the Mole": the one
		// spoken to is not the speaker; and one who went on acting after
		// his line ("He looped the painter … and reappeared") keeps the
		// word.
		if a.toldTo(q.Cue) == other || a.actsAfterLine(q.Paragraph-1, q.Speaker) {
			continue
		}
		was, tag := q.Speaker, q.Mention
		evidence := a.evidence(mm, other)
		if len(evidence) == 0 || evidence[0] != m.In(a.doc.Text) {
			evidence = append([]string{m.In(a.doc.Text)}, evidence...)
		}
		// The line's other parts go with it: those its tag gives ("'I
		// know,' he replied, 'but …'") and those split from it.
		for j := qi; j < len(a.doc.Quotes) && a.doc.Quotes[j].Paragraph == q.Paragraph; j++ {
			if r := &a.doc.Quotes[j]; r.Speaker == was && (r.Mention == tag || r.Rule == RuleSplit) {
				r.Speaker, r.Mention, r.Rule = other, mm, RuleTurnPronoun
				r.Confidence = confTurn * confPronoun / confNamed
				r.Evidence = evidence
			}
		}
	}
}

// toldTo is the person a cue says the words were spoken to ("he
// observed to the Mole"), or -1.
func (a *attributor) toldTo(cue news.Span) int {
	if cue.Empty() {
		return -1
	}
	k := a.tokenAt(cue.End)
	if k+1 >= len(a.doc.Tokens) || !strings.EqualFold(a.word(k), "to") {
		return -1
	}
	if m, ok := a.startsAt[k+1]; ok {
		return a.personOf(m)
	}
	if k+2 < len(a.doc.Tokens) && strings.EqualFold(a.word(k+1), "the") {
		if m, ok := a.startsAt[k+2]; ok {
			return a.personOf(m)
		}
	}
	return -1
}

// actsAfterLine reports whether paragraph pi, after its last line and
// that line's tag, goes on with a sentence whose subject is person p.
func (a *attributor) actsAfterLine(pi, p int) bool {
	first, last := a.quotesOf(pi)
	if first == last {
		return false
	}
	q := a.doc.Quotes[last-1]
	from := a.tokenAt(q.Outer.End)
	if !q.Cue.Empty() && q.Cue.End > q.Outer.End {
		from = a.tokenAt(q.Cue.End)
	}
	end := a.tokenAt(a.doc.Paragraphs[pi].End)
	for s := a.sentenceOf(from) + 1; s < len(a.doc.Sentences) && a.doc.Sentences[s].First < end; s++ {
		sent := a.doc.Sentences[s]
		if m, ok := a.firstSubject(sent.First, min(sent.Last, sent.First+12)); ok && a.personOf(m) == p {
			return true
		}
	}
	return false
}

// goesOn are tags that say the speaker goes on rather than answers.
var goesOn = map[string]bool{"added": true, "continued": true, "resumed": true, "went": true, "repeated": true, "persisted": true}

// lastSpeaker is the speaker of paragraph pi's last attributed line, or
// -1.
func (a *attributor) lastSpeaker(pi int) int {
	first, last := a.quotesOf(pi)
	for i := last - 1; i >= first; i-- {
		if q := a.doc.Quotes[i]; q.Kind != news.Indirect && q.NotSpeech == "" && q.Speaker >= 0 {
			return q.Speaker
		}
	}
	return -1
}

// restOfParagraph gives the unattributed quotes after quote qi in its
// paragraph qi's speaker, as the split rule would have had qi been
// attributed when it ran: "'They have none of them,' replied he; 'they
// are all silly'", where the "he" was too far from any name.
func (a *attributor) restOfParagraph(qi int) {
	q := a.doc.Quotes[qi]
	for j := qi + 1; j < len(a.doc.Quotes) && a.doc.Quotes[j].Paragraph == q.Paragraph; j++ {
		r := &a.doc.Quotes[j]
		if r.Kind == news.Indirect || r.NotSpeech != "" {
			continue
		}
		if r.Speaker >= 0 || a.newSubjectBetween(q.Outer.End, r.Outer.Start, q.Speaker) {
			return
		}
		a.copyFrom(r, q, RuleSplit, confSplit)
	}
}

// actor is the subject of the last sentence of paragraph p that opens
// before byte end, who is someone other than person not.
func (a *attributor) actor(p, not, end int) int {
	ss := a.doc.Sentences
	for s := len(ss) - 1; s >= 0; s-- {
		if ss[s].Paragraph > p || a.doc.Tokens[ss[s].First].Start >= end {
			continue
		}
		if ss[s].Paragraph < p {
			break
		}
		// The clause last joined on is the latest act: "I laughed, and
		// the captain turned his eye on me", "He had hardly touched his
		// soup when my aunt turned to him".
		for _, from := range a.clauseStarts(ss[s].First, ss[s].Last) {
			if m, ok := a.firstSubject(from, ss[s].Last); ok && !a.plural(m) && !a.hears(m) {
				if who := a.personOf(m); who >= 0 && who != not && !a.doc.People[who].Organisation {
					return m
				}
			}
		}
	}
	return -1
}

// hears reports whether mention m is the subject of a verb of hearing
// ("which Margaret overheard", "the next words Margaret heard"): one who
// listens, not one who speaks.
func (a *attributor) hears(m int) bool {
	k := a.mLast[m]
	for n := 0; n < 2 && k < len(a.doc.Tokens) && (strings.HasSuffix(a.word(k), "ly") || a.word(k) == "had" || a.word(k) == "could"); n++ {
		k++
	}
	return k < len(a.doc.Tokens) && hearingVerbs[strings.ToLower(a.word(k))]
}

var hearingVerbs = map[string]bool{"heard": true, "hears": true, "overheard": true, "overhears": true,
	"listened": true, "listens": true, "eavesdropped": true}

// plural reports whether mention m stands for more than one ("we",
// "they", "the visitors"): a line is one person's, and a group that acted
// in the narration ("we sat and lazily admired his earnestness") does
// not take the next turn.
func (a *attributor) plural(m int) bool {
	c := a.doc.Mentions[m]
	switch c.Kind {
	case news.Pronoun:
		p, _ := lexicon.Pronoun(c.In(a.doc.Text))
		return p.Plural
	case news.Description:
		return pluralHead(c.In(a.doc.Text))
	}
	return false
}

// addressedBefore finds, for a short turn pi, the name that the turn
// before it addressed ("'Come in, Harriet,' said the parson."): the one
// spoken to answers.
func (a *attributor) addressedBefore(pi int) (int, bool) {
	if pi < 1 || !a.isTurn(pi) || !a.endsTurn(pi-1) {
		return -1, false
	}
	// The last one addressed: "'So you are Mr. Lane,' said the vicar.
	// 'Sit down. Eleanor, is there more tea?'" is answered by Eleanor.
	first, last := a.quotesOf(pi - 1)
	for prev := last - 1; prev >= first; prev-- {
		q := a.doc.Quotes[prev]
		if q.Kind == news.Indirect || q.Speaker < 0 {
			continue
		}
		if m := a.vocative(prev); m >= 0 {
			if a.personOf(m) < 0 || a.personOf(m) == q.Speaker {
				return -1, false
			}
			return m, true
		}
		// "Is this where we stay, ma'am?": called by sex alone, the one
		// person of that sex among those who spoke just before.
		if g := genderedCall(a.doc.Text[q.Start:q.End]); g != news.Unknown {
			if _, m, ok := a.onlySpeaker(prev, g, q.Speaker); ok && m >= 0 {
				return m, true
			}
			return -1, false
		}
	}
	return -1, false
}

// genderedCall is the sex a line calls its hearer by, "ma'am" or
// "madam", set off as a name is when called; Unknown if none. ("Sir" is
// said to too many men at once: measured, it cost more lines than it
// found.)
func genderedCall(line string) news.Gender {
	for _, f := range strings.FieldsFunc(line, func(r rune) bool { return r == ',' || r == '.' || r == '?' || r == '!' || r == ';' }) {
		switch strings.ToLower(strings.TrimSpace(f)) {
		case "ma'am", "ma’am", "madam", "madame", "miss", "my lady", "milady":
			return news.Female
		}
	}
	return news.Unknown
}

// onlySpeaker finds the one named person of gender g, other than person
// not, who spoke a line among the epithetLines before line qi, and the
// mention that named them in the earliest of those lines (-1 if none
// did). It reports false when
// two such people spoke; the person is -1 when none did.
func (a *attributor) onlySpeaker(qi int, g news.Gender, not int) (person, mention int, ok bool) {
	person, mention = -1, -1
	for j := qi - 1; j >= 0 && j >= qi-epithetLines; j-- {
		p := a.doc.Quotes[j]
		if p.Kind == news.Indirect || p.Speaker < 0 || p.Speaker == not {
			continue
		}
		per := a.doc.People[p.Speaker]
		if !per.Named || per.Organisation || a.gender[p.Speaker] != g {
			continue
		}
		if person >= 0 && person != p.Speaker {
			return -1, -1, false
		}
		person = p.Speaker
		if p.Mention >= 0 {
			mention = p.Mention // the earliest line that names them
		}
	}
	return person, mention, true
}

// answerBefore finds, for a short turn pi right after a turn that ends
// in a question, the one who answers: the last person other than the
// asker named or described outside quotes in the few paragraphs up to the
// question ("... the ferryman was coiling rope. / 'Is the boat going
// across?' she asked. / 'Not tonight, miss.'"). A question passes the
// word; it does not go on.
func (a *attributor) answerBefore(pi int) (int, bool) {
	if pi < 1 || !a.isTurn(pi) || !a.endsTurn(pi-1) {
		return -1, false
	}
	asked := a.turnQuote(pi - 1)
	if asked < 0 {
		return -1, false
	}
	first, last := a.quotesOf(pi - 1)
	question := false
	for i := last - 1; i >= first; i-- {
		if q := a.doc.Quotes[i]; q.Kind != news.Indirect {
			question = strings.HasSuffix(strings.TrimSpace(q.In(a.doc.Text)), "?")
			break
		}
	}
	// A question someone "said" is rhetorical, and the speaker goes on
	// ("'… are they small hands?' Trump said. / 'He referred to my
	// hands.'"); one "asked", or told with no cue, hands the word over.
	if cue := a.doc.Quotes[asked].Cue; !question || !cue.Empty() && isSay(cue.In(a.doc.Text)) {
		return -1, false
	}
	asker := a.doc.Quotes[asked].Speaker
	for p := pi - 1; p >= 0 && p >= pi-5; p-- {
		mf, ml := a.mentionsIn(a.doc.Paragraphs[p])
		for i := ml - 1; i >= mf; i-- {
			if a.inQuote[a.mFirst[i]] || !a.speaks(i) {
				continue
			}
			if who := a.personOf(i); who >= 0 && who != asker && !a.doc.People[who].Organisation {
				return i, true
			}
		}
	}
	return -1, false
}

func isSay(w string) bool {
	lemma, _ := lexicon.SpeechVerb(w)
	return lemma == "say"
}

// speaksTo reports whether quote q addresses person p by name: "In
// everything, Miss Dora." is not Dora's.
func (a *attributor) speaksTo(q *news.Quote, p int) bool {
	if p < 0 {
		return false
	}
	if m := a.vocativeOf(q); m >= 0 {
		return a.personOf(m) == p
	}
	return a.titleAddressee(q) == p
}

// addressee is the person quote qi speaks to by name or title, or -1.
func (a *attributor) addressee(qi int) int {
	if m := a.vocative(qi); m >= 0 {
		return a.personOf(m)
	}
	return a.titleAddressee(&a.doc.Quotes[qi])
}

// addressTitles are the titles a story's people are called by, as names
// are: "Captain, you exaggerate." (by lexicon.RoleWord's one word).
var addressTitles = map[string]bool{
	"doctor": true, "captain": true, "colonel": true, "major": true, "general": true,
	"sergeant": true, "lieutenant": true, "admiral": true, "inspector": true, "professor": true,
	"reverend": true, "judge": true, "constable": true, "nurse": true, "aunt": true, "uncle": true,
	"governor": true, "mayor": true, "senator": true,
}

// titleAddressee is the person quote q calls by a title ("Captain, you
// exaggerate.", "... to Greystones, Doctor?"): the one last given that
// title, or described by it, before the quote, outside quotes. It is -1
// when there is none. Asked of every quote a rule attributes, it looks
// at the quote's words only when one of them is such a title, and
// remembers its answer.
func (a *attributor) titleAddressee(q *news.Quote) int {
	if p, ok := a.titled[q.Start]; ok {
		return p
	}
	p := -1
	if t := a.vocativeTitle(q); t != "" {
		p = a.lastTitled(t, q.Start)
	}
	a.titled[q.Start] = p
	return p
}

// vocativeTitle is the title quote q calls someone by, in lexicon.RoleWord's
// one word, or "": a capitalised title set off as a name is when called,
// at the quote's start or after a comma or a stop, and before a comma, a
// stop or the quote's end.
func (a *attributor) vocativeTitle(q *news.Quote) string {
	first, last := a.tokenAt(q.Start), a.tokenAt(q.End)
	for k := first; k < last; k++ {
		w := a.word(k)
		if a.doc.Tokens[k].Kind != news.Word || !isUpperWord(w) {
			continue
		}
		t := lexicon.RoleWord(strings.ToLower(w))
		if !addressTitles[t] {
			continue
		}
		opens := k == first || strings.ContainsAny(a.word(k-1), ",.!?")
		closes := k+1 == last || strings.ContainsAny(a.word(k+1), ",.!?")
		if opens && closes {
			return t
		}
	}
	return ""
}

// lastTitled is the person last given title t, or described by it,
// before byte end, outside quotes, or -1.
func (a *attributor) lastTitled(t string, end int) int {
	_, before := a.mentionsIn(news.Span{Start: 0, End: end})
	for i := before - 1; i >= 0 && i >= before-maxReach; i-- {
		m := a.doc.Mentions[i]
		if a.inQuote[a.mFirst[i]] || m.Person < 0 {
			continue
		}
		var head string
		switch {
		case m.Kind == news.Name && !m.Role.Empty():
			head = lastField(m.Role.In(a.doc.Text))
		case m.Kind == news.Description:
			head = lastField(m.In(a.doc.Text))
		}
		if head != "" && lexicon.RoleWord(strings.ToLower(head)) == t {
			return m.Person
		}
	}
	return -1
}

func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ",.’'")
}

// vocative is the mention of a name that quote qi addresses — set off by a
// comma inside the quote and followed by its end or a stop: "Come in,
// Harriet," or "Harriet, come in." or "Robert! How is he?" — or -1.
func (a *attributor) vocative(qi int) int {
	return a.vocativeOf(&a.doc.Quotes[qi])
}

// vocativeOf is vocative for quote q.
func (a *attributor) vocativeOf(q *news.Quote) int {
	first, last := a.mentionsIn(q.Span)
	return a.vocativeFrom(q, first, last)
}

// vocatives are all the name mentions quote q calls, in order: "And now,
// Master Billy Bones, … we'll have a look at the colour of your blood.
// Jim,".
func (a *attributor) vocatives(q *news.Quote) []int {
	var out []int
	first, last := a.mentionsIn(q.Span)
	for first < last {
		i := a.vocativeFrom(q, first, last)
		if i < 0 {
			break
		}
		out = append(out, i)
		first = i + 1
	}
	return out
}

// vocativeFrom is the first name mention among mentions [first, last)
// that quote q calls, or -1.
func (a *attributor) vocativeFrom(q *news.Quote, first, last int) int {
	for i := first; i < last; i++ {
		m := a.doc.Mentions[i]
		if m.Kind != news.Name || !q.Span.Contains(m.Span) {
			continue
		}
		before := strings.TrimRight(a.doc.Text[q.Start:m.Start], " ")
		after := strings.TrimLeft(a.doc.Text[m.End:q.End], " ")
		if r := mentionRole(a.doc, m); !r.Empty() && r.Start >= q.Start {
			before = strings.TrimRight(a.doc.Text[q.Start:r.Start], " ") // "Thank you, Mr. Dale."
		}
		before = withoutEndearment(before) // "I know, my dear Watson, that …"
		if describedAfter(after) {
			continue // "Thomas Penrose, the schoolmaster.": a name given, not one called
		}
		opens := before == "" || strings.HasSuffix(before, ",")
		dashed := before == "" && (strings.HasPrefix(after, "—") || strings.HasPrefix(after, "--")) // "Mr. Selden—what good luck!"
		closes := after == "" || strings.ContainsAny(after[:1], ",.!?") || dashed
		if closes && rollCall(after) {
			return -1 // "Lizzy! Georgy!": two called, no one spoken to alone
		}
		if opens && closes && (before != "" || strings.HasPrefix(after, ",") || strings.HasPrefix(after, "!") || dashed) {
			return i
		}
		// A name that opens a later sentence of the quote: "Sit down, sit
		// down. Eleanor, is there more tea?"
		if strings.HasPrefix(after, ",") && endsSentence(before) {
			return i
		}
	}
	return -1
}

// withoutEndearment cuts from the words before a name the fondness that
// may come with a call: "my dear", "my good", "old", "dear" (not "poor":
// "Poor Miss Taylor!" pities her, and calls no one).
func withoutEndearment(before string) string {
	for {
		i := strings.LastIndexByte(before, ' ') + 1
		if !callEndearments[strings.ToLower(before[i:])] {
			return before
		}
		before = strings.TrimRight(before[:i], " ")
	}
}

// callEndearments are the words of fondness before a name called.
var callEndearments = map[string]bool{"my": true, "dear": true, "good": true, "old": true, "dearest": true}

// rollCall reports whether the words after a name called go on to call
// another: "! Georgy! (calling to his sisters)", ", Tom, come in".
func rollCall(after string) bool {
	if after == "" || !strings.ContainsAny(after[:1], ",!") {
		return false
	}
	f := strings.Fields(after[1:])
	if len(f) == 0 {
		return false
	}
	w := f[0]
	r, _ := utf8.DecodeRuneInString(w)
	word := strings.TrimRight(w, ",!")
	return unicode.IsUpper(r) && len(word) < len(w) && len(word) > 1 && !lexicon.Interjection(word) && !lexicon.FamilyCall(word)
}

// describedAfter reports whether the words after a name describe it, as
// an appositive or a relative clause does: ", the schoolmaster", ", a
// farmer", "This is my colleague, Dr. Watson, who is good enough …".
func describedAfter(after string) bool {
	rest, ok := strings.CutPrefix(after, ",")
	if !ok {
		return false
	}
	f := strings.Fields(strings.ToLower(rest))
	return len(f) > 1 && (f[0] == "the" || f[0] == "a" || f[0] == "an" || f[0] == "who" || f[0] == "whom" || f[0] == "whose")
}

// endsSentence reports whether s ends a sentence: a stop after a word
// that is not a title ("Mr.") or an initial.
func endsSentence(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	if !strings.ContainsAny(w[len(w)-1:], ".!?") {
		return false
	}
	word := strings.TrimLeft(strings.TrimRight(w, ".!?"), "'‘\"“")
	return len(word) > 1 && !lexicon.Honorific(word) && !lexicon.TitleHead(w)
}

func mentionRole(doc *news.Document, m news.Mention) news.Span {
	if !m.Role.Empty() && m.Role.End <= m.Start {
		return m.Role
	}
	return news.Span{}
}

// isTurn reports whether paragraph pi is short and opens with a quote.
func (a *attributor) isTurn(pi int) bool {
	p := a.doc.Paragraphs[pi]
	if p.Len() > maxTurnBytes && !(a.dialogue && p.Len() <= dialogueTurnBytes) {
		return false
	}
	first, last := a.quotesOf(pi)
	for _, q := range a.doc.Quotes[first:last] {
		if q.Kind != news.Indirect {
			return q.Outer.Start == p.Start
		}
	}
	return false
}

// bareLine reports whether paragraph pi is a speech of at most a few
// sentences with no word outside its marks: an untagged line.
func (a *attributor) bareLine(pi int) bool {
	p := a.doc.Paragraphs[pi]
	if p.Len() > dialogueTurnBytes {
		return false
	}
	first, last := a.quotesOf(pi)
	at, any := p.Start, false
	for _, q := range a.doc.Quotes[first:last] {
		if q.Kind == news.Indirect {
			continue
		}
		if hasWord(a.doc.Text[at:max(at, q.Outer.Start)]) {
			return false
		}
		at, any = max(at, q.Outer.End), true
	}
	return any && !hasWord(a.doc.Text[at:p.End])
}

// hasWord reports whether s holds a letter or a digit.
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// endsTurn reports whether paragraph pi is a turn, or short and ends
// with a quote, or with a quote and its attribution: "The old man looked
// at her. 'Who is your father?'" hands the word on as a turn does.
func (a *attributor) endsTurn(pi int) bool {
	if a.isTurn(pi) {
		return true
	}
	p := a.doc.Paragraphs[pi]
	// In a story told in dialogue a speech of several sentences ends a
	// turn too ("'I'll tell you what it is,' he said. 'That sluice was
	// never right. …'"), and so does a long paragraph of narration that
	// closes on a line ("… Mr. Woodhouse gratefully observed, 'It is very
	// kind of you.'"); in news a long paragraph runs on.
	if p.Len() > maxTurnBytes && !a.dialogue {
		return false
	}
	first, last := a.quotesOf(pi)
	for i := last - 1; i >= first; i-- {
		if q := a.doc.Quotes[i]; q.Kind != news.Indirect {
			// Its own attribution may close it: "“Behind in what, sir?”
			// she faltered."
			return q.Outer.End == p.End || len(strings.Fields(a.doc.Text[q.Outer.End:p.End])) <= 3 && !q.Cue.Empty() && q.Cue.Start >= q.Outer.End
		}
	}
	return false
}

// turnQuote is the first attributed quote in marks of paragraph pi, or -1.
func (a *attributor) turnQuote(pi int) int {
	first, last := a.quotesOf(pi)
	for i := first; i < last; i++ {
		if q := a.doc.Quotes[i]; q.Kind != news.Indirect && q.Speaker >= 0 {
			return i
		}
	}
	return -1
}
