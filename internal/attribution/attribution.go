package attribution

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/news"
)

// The rules of the sieve, in the order they are tried.
const (
	RuleCueAdjacent = "cue-adjacent"
	RuleAccordingTo = "according-to"
	RuleReported    = "reported-clause"
	RuleColon       = "colon-intro"
	RuleSentenceCue = "sentence-cue"
	RuleSpeechNoun  = "speech-noun"
	RuleSplit       = "split-continuation"
	RuleParagraph   = "paragraph-continuation"
	RuleTurn        = "dialogue-turn"
	RuleAddressed   = "addressed-reply"
	RulePreviousCue = "previous-cue"
	RuleActionBeat  = "action-beat"
	RuleNearest     = "nearest-subject"
)

// maxReach is how many tokens any rule looks away from a quote or cue:
// longer than any clause, short enough that a paragraph of a hundred
// thousand quotes costs no more than a hundred thousand short ones.
const maxReach = 80

// How sure each rule is. A speaker named outright is surer than one
// reached through a pronoun; the further a rule reaches from the quote,
// the less sure it is.
const (
	confNamed       = 0.95
	confDescribed   = 0.9
	confPronoun     = 0.8
	confAccordingTo = 0.9
	confReported    = 0.85
	confColon       = 0.8
	confSentenceCue = 0.75
	confSpeechNoun  = 0.65
	confSplit       = 0.85
	confParagraph   = 0.7
	confTurn        = 0.6
	confAddressed   = 0.65
	confNearestCue  = 0.6
	confActionBeat  = 0.5
	confNearest     = 0.35
)

// Attribute fills in the Attribution of each of doc's quotes. It needs
// doc's tokens, sentences, mentions, people and quotes.
func Attribute(doc *news.Document) {
	a := newAttributor(doc)
	for i := range doc.Quotes {
		a.direct(i)
	}
	for i := range doc.Quotes {
		if doc.Quotes[i].Speaker < 0 && doc.Quotes[i].Kind != news.Indirect {
			a.sentenceCue(i)
		}
		if doc.Quotes[i].Speaker < 0 && doc.Quotes[i].Kind != news.Indirect {
			a.speechNoun(i)
		}
	}
	// Titles and names are told from speech before the rules that carry a
	// speaker on from quote to quote, so that a show's name between two
	// quotes ('on NBC's “Meet the Press.” “You don't have to ...”') does not
	// break the run.
	for i := range doc.Quotes {
		a.notSpeech(&doc.Quotes[i])
	}
	for i := range doc.Quotes {
		if doc.Quotes[i].Speaker < 0 && doc.Quotes[i].Kind != news.Indirect && doc.Quotes[i].NotSpeech == "" {
			a.continuation(i)
		}
	}
	for i := range doc.Quotes {
		if doc.Quotes[i].Speaker < 0 && doc.Quotes[i].Kind != news.Indirect && doc.Quotes[i].NotSpeech == "" {
			a.nearest(i)
		}
	}
	for i := range doc.Quotes {
		a.notSpeech(&doc.Quotes[i])
	}
}

// namingWords introduce a name, not speech: "a man who goes by the name
// “Shorty”", "the so-called “Gang of Eight”".
var namingWords = map[string]bool{"name": true, "named": true, "nicknamed": true, "dubbed": true,
	"titled": true, "entitled": true, "so-called": true, "known": true, "called": false, "as": false}

// notSpeech marks quoted words that are not speech. A name in title case
// woven into a sentence ("star of “Thelma and Louise,”") is the title of
// a work, a show or a slogan unless a speech verb right by it says
// someone spoke it; words right after "named", "dubbed" or "goes by the
// name" are a name. Such quotes keep their span, but are not who-said-what.
func (a *attributor) notSpeech(q *news.Quote) {
	open := a.tokenAt(q.Outer.Start)
	if q.Kind != news.Partial && !(q.Kind == news.Direct && open > 0 && titleCase(q.In(a.doc.Text)) &&
		(prepositions[strings.ToLower(a.word(open-1))] || strings.EqualFold(a.word(open-1), "told"))) {
		return
	}
	for k := open - 1; k >= 0 && k >= open-2; k-- {
		w := strings.ToLower(a.word(k))
		if namingWords[w] {
			q.NotSpeech = "name"
			a.unattribute(q)
			return
		}
		if a.doc.Tokens[k].Kind != news.Word || (w != "the" && w != "a") {
			break
		}
	}
	strong := q.Rule == RuleCueAdjacent || q.Rule == RuleAccordingTo || q.Rule == RuleColon
	// A title right after a preposition or "told" names a show or a work
	// even where a cue is near: 'told "Fox and Friends,"', 'on ABC's "This
	// Week,"'.
	if open > 0 && titleCase(q.In(a.doc.Text)) {
		if w := strings.ToLower(a.word(open - 1)); prepositions[w] || w == "told" || w == "’s" || w == "'s" {
			strong = false
		}
	}
	if !strong && titleCase(q.In(a.doc.Text)) {
		q.NotSpeech = "title"
		a.unattribute(q)
	}
}

func (a *attributor) unattribute(q *news.Quote) {
	q.Attribution = news.Attribution{Speaker: -1, Mention: -1}
}

// titleCase reports whether words read as a title: every word of more
// than three letters capitalised, and no sentence end.
func titleCase(s string) bool {
	s = strings.TrimRight(s, ",;: ")
	if r, _ := utf8.DecodeLastRuneInString(s); r == '.' || r == '!' || r == '?' {
		return false
	}
	words := 0
	for _, w := range strings.Fields(s) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if w == "" {
			continue
		}
		words++
		if utf8.RuneCountInString(w) > 3 && !isUpperWord(w) {
			return false
		}
	}
	first, _ := utf8.DecodeRuneInString(s)
	return words > 0 && words <= 10 && unicode.IsUpper(first)
}

type attributor struct {
	doc      *news.Document
	inQuote  []bool // per token: inside the marks of a quote
	mFirst   []int  // per mention: its first token
	mLast    []int  // per mention: one past its last token
	endsAt   map[int]int
	startsAt map[int]int
	// antecedent is, per pronoun mention, the mention it was resolved to
	// (-1 none); resolved marks which pronouns have been tried.
	antecedent []int
	resolved   []bool
	gender     []news.Gender // per person, learnt from pronouns as they resolve
	narratorAt int           // the person "I" narrates as, or -1 until needed
	// paraQuotes[p] is the index of the first quote of paragraph p (the
	// quotes are in text order), so that no rule scans every quote.
	paraQuotes []int
}

func newAttributor(doc *news.Document) *attributor {
	a := &attributor{
		doc:        doc,
		inQuote:    make([]bool, len(doc.Tokens)),
		mFirst:     make([]int, len(doc.Mentions)),
		mLast:      make([]int, len(doc.Mentions)),
		endsAt:     map[int]int{},
		startsAt:   map[int]int{},
		antecedent: make([]int, len(doc.Mentions)),
		resolved:   make([]bool, len(doc.Mentions)),
		gender:     make([]news.Gender, len(doc.People)),
		narratorAt: -1,
	}
	for _, q := range doc.Quotes {
		if q.Kind == news.Indirect {
			continue
		}
		for k := a.tokenAt(q.Outer.Start); k < len(doc.Tokens) && doc.Tokens[k].Start < q.Outer.End; k++ {
			a.inQuote[k] = true
		}
	}
	for i, m := range doc.Mentions {
		a.mFirst[i] = a.tokenAt(m.Start)
		last := a.tokenAt(m.End)
		a.mLast[i] = last
		// Of mentions that end (or start) at one token, the longest wins:
		// "a representative of the Russian delegation" over "Russian".
		if j, ok := a.endsAt[last-1]; !ok || doc.Mentions[j].Len() < m.Len() {
			a.endsAt[last-1] = i
		}
		if j, ok := a.startsAt[a.mFirst[i]]; !ok || doc.Mentions[j].Len() < m.Len() {
			a.startsAt[a.mFirst[i]] = i
		}
		a.antecedent[i] = -1
	}
	for p, per := range doc.People {
		a.gender[p] = per.Gender
	}
	a.paraQuotes = make([]int, len(doc.Paragraphs)+1)
	qi := 0
	for p := range doc.Paragraphs {
		for qi < len(doc.Quotes) && doc.Quotes[qi].Paragraph < p {
			qi++
		}
		a.paraQuotes[p] = qi
	}
	a.paraQuotes[len(doc.Paragraphs)] = len(doc.Quotes)
	return a
}

// quotesOf returns the indexes [first, last) of paragraph p's quotes.
func (a *attributor) quotesOf(p int) (int, int) {
	first := a.paraQuotes[p]
	last := first
	for last < len(a.doc.Quotes) && a.doc.Quotes[last].Paragraph == p {
		last++
	}
	return first, last
}

// mentionsIn returns the indexes [first, last) of the mentions that start
// inside span s (mentions are in text order).
func (a *attributor) mentionsIn(s news.Span) (int, int) {
	ms := a.doc.Mentions
	first := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= s.Start })
	last := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= s.End })
	return first, last
}

// tokenAt is the index of the first token that starts at or after byte i.
func (a *attributor) tokenAt(i int) int {
	k, _ := slices.BinarySearchFunc(a.doc.Tokens, i, func(t news.Token, i int) int { return t.Start - i })
	return k
}

func (a *attributor) word(k int) string { return a.doc.Tokens[k].In(a.doc.Text) }

// isCue reports whether token k is a speech verb outside quote marks.
func (a *attributor) isCue(k int) bool {
	t := a.doc.Tokens[k]
	if t.Kind != news.Word || a.inQuote[k] {
		return false
	}
	w := t.In(a.doc.Text)
	if phrasalCue(w) && k+1 < len(a.doc.Tokens) && a.word(k+1) == "on" {
		return true // "Trump went on"
	}
	if (w == "put" || w == "puts") && k+1 < len(a.doc.Tokens) && a.word(k+1) == "it" {
		return true // "as John Cornyn put it:"
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) {
		return false
	}
	if _, ok := lexicon.SpeechVerb(w); !ok {
		return false
	}
	// After a determiner or a possessive the word is a noun: "the union's
	// demands", "his answer"; before a role it is part of a title: "press
	// secretary".
	if k > 0 && nounMarkers[strings.ToLower(a.word(k-1))] {
		return false
	}
	// "his anti-Muslim remarks": a form that is also a noun, after a
	// determiner and a word or two.
	if lexicon.Nounable(w) {
		for j := k - 2; j >= 0 && j >= k-3; j-- {
			if nounMarkers[strings.ToLower(a.word(j))] {
				return false
			}
			if a.doc.Tokens[j+1].Kind != news.Word || !isLowerWord(a.word(j+1)) {
				break
			}
		}
	}
	if lemma, _ := lexicon.SpeechVerb(w); strings.EqualFold(lemma, w) && k+1 < len(a.doc.Tokens) &&
		lexicon.RoleNoun(a.word(k+1)) && isLowerWord(a.word(k+1)) {
		return false // the bare word before a role: "press secretary"
	}
	return true
}

// speechNouns name what someone said: "Trump's pledge", "her remarks".
var speechNouns = map[string]bool{"assertion": true, "claim": true, "claims": true,
	"statement": true, "remarks": true, "remark": true, "comments": true, "comment": true,
	"words": true, "pledge": true, "promise": true, "vow": true, "call": true, "warning": true,
	"suggestion": true, "insistence": true, "argument": true, "answer": true, "response": true,
	"reply": true, "description": true, "characterization": true, "declaration": true,
	"announcement": true, "accusation": true, "criticism": true, "complaint": true,
	"denial": true, "admission": true, "boast": true, "quip": true, "joke": true,
	"tweet": true, "speech": true, "testimony": true, "message": true, "slogan": true,
	"prediction": true, "praise": true, "insult": true, "attack": true, "demand": true}

// phrasalCue: forms of "go" that report speech with "on": "he went on".
func phrasalCue(w string) bool {
	switch w {
	case "went", "goes", "go", "going":
		return true
	}
	return false
}

var nounMarkers = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true,
	"their": true, "its": true, "our": true, "my": true, "your": true, "’s": true, "'s": true,
	"this": true, "these": true, "those": true, "every": true, "no": true}

// speaks reports whether mention i can be a speaker: a person's name or
// description, or a pronoun that may refer to one.
func (a *attributor) speaks(i int) bool {
	m := a.doc.Mentions[i]
	switch m.Kind {
	case news.Name, news.Description, news.Organisation:
		return m.Person >= 0
	case news.Pronoun:
		p, _ := lexicon.Pronoun(m.In(a.doc.Text))
		return p.Subject
	}
	return false
}

// narrator is the person "I" or "we" outside quotes stand for: the one who
// tells the story, named as such. It is made on first need.
func (a *attributor) narrator() int {
	if a.narratorAt < 0 {
		a.doc.People = append(a.doc.People, news.Person{Name: "narrator"})
		a.gender = append(a.gender, news.Unknown)
		a.narratorAt = len(a.doc.People) - 1
	}
	return a.narratorAt
}

// direct tries the rules that read the quote's own sentence: 1 to 4.
func (a *attributor) direct(qi int) {
	q := &a.doc.Quotes[qi]
	if q.Kind == news.Indirect {
		a.reportedClause(q)
		return
	}
	open, close := a.tokenAt(q.Outer.Start), a.tokenAt(q.Outer.End)
	trailing := func() bool { return a.trailing(q, close) }
	leading := func() bool { return a.leading(q, open) }
	// A direct quote is most often attributed after it ("“…,” she said");
	// a partial one by the clause it sits in ("she called it “…”").
	if q.Kind == news.Direct || a.tightTrailing(q, close) {
		// "Comey cannot say that “from his perspective,” Lewandowski
		// added": a comma inside the marks and the cue right after
		// attribute even a partial quote over any cue before it.
		_ = trailing() || leading()
	} else {
		_ = leading() || trailing()
	}
}

// tightTrailing reports whether a quote ending in a comma is followed
// within four words by a cue with a name or pronoun next to it.
func (a *attributor) tightTrailing(q *news.Quote, close int) bool {
	if !strings.HasSuffix(q.In(a.doc.Text), ",") {
		return false
	}
	if end := a.windowEnd(close, 12); end < len(a.doc.Tokens) && a.word(end) == ":" {
		return false // "“…,” Trump said: “…”" introduces the next quote
	}
	for c := close; c < len(a.doc.Tokens) && c < close+4; c++ {
		if a.inQuote[c] {
			return false
		}
		if a.isCue(c) {
			if lemma, _ := lexicon.SpeechVerb(a.word(c)); !sayingVerbs[lemma] {
				return false // "“…,” the crowd applauded" does not say who spoke
			}
			if _, ok := a.subjectBefore(c, close); ok {
				return true
			}
			_, ok := a.subjectAfter(c, min(len(a.doc.Tokens), c+9))
			return ok && (c == close || a.word(c-1) == ",")
		}
	}
	return false
}

// trailing looks for "“…,” X said", "“…,” said X" and "“…,” according to
// X" right after the quote.
func (a *attributor) trailing(q *news.Quote, k int) bool {
	toks := a.doc.Tokens
	if k >= len(toks) || a.tokenPara(k) != q.Paragraph {
		return false
	}
	// A quote that ends its sentence with a period is not attributed by
	// what follows unless the next word goes on in lower case.
	if strings.HasSuffix(q.In(a.doc.Text), ".") && isUpperWord(a.word(k)) {
		return false
	}
	end := a.windowEnd(k, 30)
	if strings.EqualFold(a.word(k), "according") && k+1 < end && a.word(k+1) == "to" {
		if m, ok := a.mentionWithin(k+2, end); ok {
			a.set(q, m, news.Span{Start: toks[k].Start, End: toks[k+1].End}, RuleAccordingTo, confAccordingTo)
			return true
		}
		return false
	}
	for c := k; c < end && c < k+24; c++ {
		if !a.isCue(c) {
			continue
		}
		if m, ok := a.subjectBefore(c, k); ok {
			a.set(q, m, toks[c].Span, RuleCueAdjacent, 0)
			return true
		}
		// "“…,” said X" and "“…” about Y, said X": the cue opens an
		// inverted attribution right after the quote or after a comma.
		if c == k || a.word(c-1) == "," {
			if m, ok := a.subjectAfter(c, end); ok {
				a.set(q, m, toks[c].Span, RuleCueAdjacent, 0)
				return true
			}
		}
		// A cue with no subject next to it may sit in a relative clause of
		// its own ("an intelligence source, who was not authorized to
		// speak on the record, told Fox News"): look on past it, but past
		// nothing else.
		if !a.inRelativeClause(c, k) {
			return false
		}
	}
	return false
}

// inRelativeClause reports whether the cue at c follows "who", "which" or
// "that" within a few words, no further back than from.
func (a *attributor) inRelativeClause(c, from int) bool {
	for j := c - 1; j >= from && j >= c-6; j-- {
		switch strings.ToLower(a.word(j)) {
		case "who", "which", "that":
			return true
		case ",", ".", ";":
			return false
		}
	}
	return false
}

// leading looks for the cue in the quote's own sentence before it:
// "X said: “…”", "X hailed it as a “…”", "X, asked why: “…”".
func (a *attributor) leading(q *news.Quote, open int) bool {
	from := a.leadStart(q, open)
	for c := open - 1; c >= from; c-- {
		if !a.isCue(c) {
			continue
		}
		if m, ok := a.cueSubject(c, from); ok {
			a.set(q, m, a.doc.Tokens[c].Span, RuleCueAdjacent, 0)
			return true
		}
		break
	}
	// A colon ends a clause whose subject is the speaker.
	if open > from && a.word(open-1) == ":" {
		// The subject may stand before an earlier quote of the sentence:
		// "Donald Trump, former host of “The Apprentice,” listed …:".
		if m, ok := a.firstSubject(a.doc.Sentences[a.sentenceOf(open-1)].First, open-1); ok {
			a.set(q, m, news.Span{}, RuleColon, confColon)
			return true
		}
	}
	// A paragraph that ends in a colon introduces the quote that opens the
	// next one: "In a 1963 speech, he declared:".
	if open == from && a.paraStartToken(q.Paragraph) == open && q.Paragraph > 0 {
		prevEnd := a.tokenAt(a.doc.Paragraphs[q.Paragraph-1].End) // one past its last token
		if prevEnd > 0 && a.word(prevEnd-1) == ":" {
			s := a.sentenceOf(prevEnd - 1)
			start := a.doc.Sentences[s].First
			for c := prevEnd - 2; c >= start; c-- {
				if a.isCue(c) {
					if m, ok := a.cueSubject(c, start); ok {
						a.set(q, m, a.doc.Tokens[c].Span, RuleColon, 0)
						return true
					}
					break
				}
			}
			if m, ok := a.firstSubject(start, prevEnd-1); ok {
				a.set(q, m, news.Span{}, RuleColon, confColon)
				return true
			}
		}
	}
	return false
}

// reportedClause attributes indirect speech from the cue the quotes stage
// found with it.
func (a *attributor) reportedClause(q *news.Quote) {
	if q.Cue.Empty() {
		return
	}
	c := a.tokenAt(q.Cue.Start)
	s := a.doc.Sentences[q.Sentence]
	if strings.HasPrefix(strings.ToLower(q.Cue.In(a.doc.Text)), "according") {
		if m, ok := a.mentionWithin(c+2, s.Last); ok {
			a.set(q, m, q.Cue, RuleAccordingTo, confAccordingTo)
		}
		return
	}
	if q.End <= q.Cue.Start {
		// "CLAUSE, he said": the subject is next to the cue.
		if m, ok := a.subjectBefore(c, a.tokenAt(q.End)); ok {
			a.set(q, m, q.Cue, RuleReported, confReported)
		} else if m, ok := a.subjectAfter(c, s.Last); ok {
			a.set(q, m, q.Cue, RuleReported, confReported)
		}
		return
	}
	if m, ok := a.cueSubject(c, s.First); ok {
		a.set(q, m, q.Cue, RuleReported, confReported)
	}
}

// cueSubject finds the subject of the cue at token c, looking no further
// back than from. A participle after a comma or dash, or a verb joined by
// "and", shares the sentence's subject: "Putin thanked Kim, saying …".
func (a *attributor) cueSubject(c, from int) (int, bool) {
	s := a.doc.Sentences[a.sentenceOf(c)]
	prev := ""
	if c-1 >= s.First {
		prev = strings.ToLower(a.word(c - 1))
	}
	participleAfter := map[string]bool{",": true, "—": true, "–": true, "-": true, "while": true,
		"by": true, "after": true, "before": true, "without": true, "when": true, "in": true}
	shared := prev == "and" || (lexicon.Participle(a.word(c)) && participleAfter[prev])
	if !shared {
		if m, ok := a.subjectBefore(c, from); ok {
			return m, true
		}
	}
	// "X called Putin … and said", "with Trump tweeting that … and asking":
	// a verb joined by "and" shares the subject of the cue before it.
	if prev == "and" {
		for c2 := c - 2; c2 >= max(s.First, from) && c2 >= c-maxReach; c2-- {
			if a.isCue(c2) {
				return a.cueSubject(c2, from)
			}
		}
	}
	return a.firstSubject(max(s.First, from), c)
}

// subjectBefore finds the mention that ends just before the cue at token
// c, no further back than from: "Lavrov said", "the official off-screen
// can be heard telling", "Smith, the mayor, said".
func (a *attributor) subjectBefore(c, from int) (int, bool) {
	skipped := 0
	for k := c - 1; k >= from; k-- {
		if a.inQuote[k] {
			return -1, false
		}
		if m, ok := a.endsAt[k]; ok {
			if a.prepositionObject(m) && (!a.onlyAdverbsBetween(k, c) || !a.conjunctionBefore(m)) {
				// "on Twitter before claiming": an object, not the subject;
				// but "with Gorka noting", "before he spoke": right before
				// the verb, the subject.
				k = a.mFirst[m]
				skipped++
				continue
			}
			return a.speaker(m)
		}
		w := a.word(k)
		switch {
		case w == ")":
			// "Harry Reid (D-Nev.) said".
			if k = a.openParen(k, from); k < 0 {
				return -1, false
			}
		case w == ",":
			// The name right before the comma: "The port's chief executive,
			// Martin Grell, said", "Gov. John Kasich (R-OH), said".
			before := -1
			j := k - 1
			if j >= from && a.word(j) == ")" {
				if j = a.openParen(j, from); j < 0 {
					return -1, false
				}
				j--
			}
			if m, ok := a.endsAt[j]; ok && j >= from && a.doc.Mentions[m].Kind == news.Name && !a.prepositionObject(m) {
				before = m
			}
			// An appositive: "Smith, the mayor, said", "Mary Susan, clad in
			// a cape that formed the name Trump, said" — the mention before
			// the comma that opens it is the subject, unless it only
			// describes the name before this comma.
			// Hop back over up to four commas, to the mention that opens the
			// chain of appositives: "Harry Bond, 30, of Raleigh, N.C., who
			// was among those polled, said", "Tom Fitton, the president of
			// Judicial Watch, a conservative group ..., said".
			earliest := -1
			j = k
			for hop := 0; hop < 4; hop++ {
				j--
				for j >= from && j > k-40 && a.word(j) != "," && !a.inQuote[j] {
					j--
				}
				if j < from+1 || a.word(j) != "," || a.inQuote[j] {
					break
				}
				m, ok := a.endsAt[j-1]
				if !ok || a.doc.Mentions[m].Kind == news.Place || a.qualifiesRole(m) || a.prepositionObject(m) && !a.conjunctionBefore(m) {
					continue // "a top Clinton fundraiser,", "a luncheon of senators,"
				}
				if before >= 0 && a.doc.Mentions[m].Kind != news.Name {
					continue
				}
				if earliest >= 0 && a.doc.Mentions[earliest].Kind == news.Name && a.doc.Mentions[m].Kind != news.Name {
					break // a name already found beats a description further back
				}
				earliest = m
			}
			if earliest >= 0 {
				return a.speaker(earliest)
			}
			if before >= 0 {
				return a.speaker(before)
			}
			return -1, false
		case quantifiers[strings.ToLower(w)]:
			return -1, false // "many believe", "some say": no one named speaks
		case a.doc.Tokens[k].Kind == news.Word && isLowerWord(w) && skipped < 5 && !clauseBreak[strings.ToLower(w)]:
			skipped++ // an adverb or auxiliary: "also said", "can be heard telling"
		case timeWords[strings.ToLower(w)] && skipped < 5:
			skipped++ // "Trump on Saturday tweeted"
		default:
			return -1, false
		}
	}
	return -1, false
}

// openParen returns the index of the "(" that the ")" at k closes, or -1.
func (a *attributor) openParen(k, from int) int {
	for j := k - 1; j >= from && j > k-12; j-- {
		if a.word(j) == "(" {
			return j
		}
	}
	return -1
}

// quantifiers stand for people without naming them: "many believe",
// "others say". A cue whose subject is one of them has no speaker to name.
var quantifiers = map[string]bool{"many": true, "some": true, "most": true, "few": true,
	"several": true, "others": true, "all": true, "both": true, "everyone": true,
	"everybody": true, "nobody": true, "someone": true, "somebody": true, "anyone": true,
	"anybody": true, "none": true, "people": true, "they": false}

var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "yesterday": true, "tonight": true,
}

// prepositions make the noun after them an object: "with CNN", "on Twitter".
var prepositions = map[string]bool{"on": true, "in": true, "at": true, "with": true, "from": true,
	"by": true, "to": true, "for": true, "of": true, "about": true, "against": true, "into": true,
	"over": true, "under": true, "after": true, "before": true, "during": true, "via": true,
	"through": true, "toward": true, "towards": true, "like": true, "than": true}

// prepositionObject reports whether mention m is the object of a
// preposition, so that it is no verb's subject.
func (a *attributor) prepositionObject(m int) bool {
	mention := a.doc.Mentions[m]
	if mention.Kind == news.Pronoun {
		p, _ := lexicon.Pronoun(mention.In(a.doc.Text))
		if p.Subject {
			return false // "before he spoke": "he" is never an object
		}
	}
	start := a.mFirst[m]
	if r := mention.Role; !r.Empty() && r.Start < mention.Start && (pureTitle(r.In(a.doc.Text)) || isLowerWord(r.In(a.doc.Text))) {
		start = a.tokenAt(r.Start) // "Secretary of State Madeleine Albright", "with journalist Matei Rosca"
	}
	k := start - 1
	return k >= 0 && prepositions[strings.ToLower(a.word(k))]
}

// clauseBreak words end the search for a subject: what comes before them
// belongs to another clause.
var clauseBreak = map[string]bool{"that": true, "which": true, "who": true, "whom": true,
	"and": true, "but": true, "or": true, "because": true, "when": true, "while": true, "if": true}

// subjectAfter finds the mention right after the cue: "said Lavrov",
// "says the official".
func (a *attributor) subjectAfter(c, end int) (int, bool) {
	if takesObjectAfter(a.word(c)) {
		return -1, false // "telling reporters", "blaming Michael Bloomberg": objects, not subjects
	}
	// The subject after the cue is the first name there that is not just
	// qualifying a role ("said Clinton ally James Carville", "said former
	// Obama adviser David Axelrod", "said former secretary of state Hillary
	// Clinton"); failing a name, the mention right after the cue.
	first := -1
	for k := c + 1; k < end && k < c+9; k++ {
		if a.inQuote[k] || a.doc.Tokens[k].Kind != news.Word {
			break
		}
		if _, ok := lexicon.SpeechVerb(a.word(k)); ok && isLowerWord(a.word(k)) {
			break
		}
		m, ok := a.startsAt[k]
		if !ok {
			if k == c+1 || isLowerWord(a.word(k)) || isUpperWord(a.word(k)) {
				continue
			}
			break
		}
		if first < 0 {
			first = m
		}
		if a.doc.Mentions[m].Kind == news.Name && !a.qualifiesRole(m) {
			return a.speaker(m)
		}
		k = a.mLast[m] - 1
	}
	if first >= 0 && a.mFirst[first] == c+1 {
		return a.speaker(first)
	}
	return -1, false
}

// sayingVerbs report the words themselves, so that one right after a
// quote names its speaker even when a cue stands before it.
var sayingVerbs = map[string]bool{"say": true, "add": true, "tell": true, "ask": true,
	"note": true, "explain": true, "write": true, "continue": true, "insist": true,
	"argue": true, "claim": true, "reply": true, "respond": true, "answer": true,
	"state": true, "declare": true, "tweet": true, "recall": true, "conclude": true,
	"remark": true, "observe": true, "comment": true, "quip": true, "joke": true}

// takesObjectAfter reports whether what follows a cue verb is its object:
// a participle ("saying", "telling") or a verb of telling ("told", "asked").
func takesObjectAfter(w string) bool {
	if lexicon.Participle(w) {
		return true
	}
	lemma, _ := lexicon.SpeechVerb(w)
	switch lemma {
	case "tell", "urge", "warn", "inform", "remind", "assure", "blame", "call", "accuse", "thank", "praise":
		return true
	}
	return false
}

// qualifiesRole reports whether mention m only qualifies a role after it:
// "Clinton" in "Clinton ally James Carville", "Obama" in "Obama adviser".
func (a *attributor) qualifiesRole(m int) bool {
	k := a.mLast[m]
	return k < len(a.doc.Tokens) && isLowerWord(a.word(k)) && lexicon.RoleNoun(a.word(k))
}

// subordinators open a clause that comes before the main one: "When
// asked whom she supported, Ms. Sherry smiled and said ...".
var subordinators = map[string]bool{"when": true, "while": true, "after": true, "before": true,
	"as": true, "although": true, "though": true, "if": true, "because": true, "since": true,
	"asked": true, "once": true, "until": true, "unless": true, "whether": true}

// firstSubject is the first mention that can speak in tokens [from, to),
// outside quotes: the subject of a clause written subject first. A clause
// that opens with a subordinator is passed over to its comma.
func (a *attributor) firstSubject(from, to int) (int, bool) {
	from = max(from, to-maxReach) // no clause is longer; a run-on "sentence" must not cost its square
	if from < to && isUpperWord(a.word(from)) && (subordinators[strings.ToLower(a.word(from))] || prepositions[strings.ToLower(a.word(from))]) {
		// "When asked ..., X said", "In an interview with Y last year, X
		// said": the clause or phrase before the comma has no subject.
		for k := from + 1; k < to-1 && k < from+25; k++ {
			if a.word(k) == "," && !a.inQuote[k] {
				if m, ok := a.firstSubject(k+1, to); ok {
					return m, true
				}
				break
			}
		}
	}
	for k := from; k < to; k++ {
		if a.inQuote[k] {
			continue
		}
		if m, ok := a.startsAt[k]; ok {
			if a.possessor(m) || a.prepositionObject(m) || k > 0 && a.word(k-1) == "(" {
				continue // "Iowa State University's Dianne Bystrom", "In an interview with CNN, Trump"
			}
			if a.speaks(m) {
				return a.speaker(m)
			}
		}
	}
	return -1, false
}

// pureTitle reports whether a role is made of title words only ("Former
// Secretary of State"), not of an organisation's name.
func pureTitle(role string) bool {
	for _, w := range strings.Fields(role) {
		if w != "of" && !lexicon.TitleHead(w) && !lexicon.TitleModifier(w) && !lexicon.Honorific(w) {
			return false
		}
	}
	return true
}

// onlyAdverbsBetween reports whether tokens (k, c) are adverbs at most:
// "with Trump reportedly yelling".
func (a *attributor) onlyAdverbsBetween(k, c int) bool {
	for j := k + 1; j < c; j++ {
		if !strings.HasSuffix(strings.ToLower(a.word(j)), "ly") {
			return false
		}
	}
	return true
}

// conjunctionBefore reports whether the word before mention m may join a
// clause rather than an object: "with Gorka noting", "before he spoke".
func (a *attributor) conjunctionBefore(m int) bool {
	k := a.mFirst[m] - 1
	if k < 0 {
		return false
	}
	switch strings.ToLower(a.word(k)) {
	case "with", "before", "after", "since", "as", "than", "like", "until":
		return true
	}
	return false
}

// mentionWithin is the speaker named in the phrase that starts at token
// k: "according to Lavrov", or further in, "according to a court document
// filed by state attorney Dave Aronberg".
func (a *attributor) mentionWithin(k, end int) (int, bool) {
	for j := k; j < end && j < k+10; j++ {
		if a.inQuote[j] || a.doc.Tokens[j].Kind == news.Punct && a.word(j) != "’s" && a.word(j) != "'s" {
			break
		}
		if m, ok := a.startsAt[j]; ok && a.speaks(m) && !a.possessor(m) {
			return a.speaker(m)
		}
	}
	return -1, false
}

// possessor reports whether mention m owns what follows it ("Powell's
// office"), so that it is not the subject itself.
func (a *attributor) possessor(m int) bool {
	k := a.mLast[m]
	if k >= len(a.doc.Tokens) {
		return false
	}
	w := a.word(k)
	return w == "’s" || w == "'s"
}

// mentionAt is the speaker named by the mention starting at token k.
func (a *attributor) mentionAt(k int) (int, bool) {
	if m, ok := a.startsAt[k]; ok {
		return a.speaker(m)
	}
	return -1, false
}

// speaker checks that mention m can speak, resolving a pronoun; it
// returns m itself, whose person (or antecedent's person) is the speaker.
func (a *attributor) speaker(m int) (int, bool) {
	if !a.speaks(m) {
		return -1, false
	}
	if a.personOf(m) < 0 {
		return -1, false
	}
	return m, true
}

// personOf is the person mention m refers to, resolving pronouns.
func (a *attributor) personOf(m int) int {
	if a.doc.Mentions[m].Kind != news.Pronoun {
		return a.doc.Mentions[m].Person
	}
	if p, _ := lexicon.Pronoun(a.doc.Mentions[m].In(a.doc.Text)); p.First {
		return a.narrator() // “Come in,” I said.
	}
	ant := a.resolve(m)
	if ant < 0 {
		return -1
	}
	return a.doc.Mentions[ant].Person
}

// set records the attribution of q to the speaker of mention m.
func (a *attributor) set(q *news.Quote, m int, cue news.Span, rule string, conf float64) {
	p := a.personOf(m)
	if p < 0 {
		return
	}
	q.Speaker, q.Mention, q.Cue, q.Rule = p, m, cue, rule
	if conf == 0 {
		switch a.doc.Mentions[m].Kind {
		case news.Name:
			conf = confNamed
		case news.Description:
			conf = confDescribed
		default:
			conf = confPronoun
		}
	} else if a.doc.Mentions[m].Kind == news.Pronoun {
		conf *= confPronoun / confNamed
	}
	q.Confidence = conf
	q.Evidence = a.evidence(m, p)
}

// evidence is the chain from the attributing words to the name:
// "he" → "Lavrov" → "Sergei Lavrov".
func (a *attributor) evidence(m, p int) []string {
	var chain []string
	add := func(s string) {
		s = strings.Join(strings.Fields(s), " ")
		if len(chain) == 0 || chain[len(chain)-1] != s {
			chain = append(chain, s)
		}
	}
	for m >= 0 {
		add(a.doc.Mentions[m].In(a.doc.Text))
		if a.doc.Mentions[m].Kind != news.Pronoun {
			break
		}
		m = a.antecedent[m]
	}
	add(a.doc.People[p].Name)
	return chain
}

// copyFrom gives q the speaker of quote src, by rule.
func (a *attributor) copyFrom(q *news.Quote, src news.Quote, rule string, conf float64) {
	q.Speaker, q.Mention, q.Rule = src.Speaker, src.Mention, rule
	if q.Cue.Empty() {
		q.Cue = src.Cue
	}
	q.Confidence = min(conf, src.Confidence)
	q.Evidence = append([]string(nil), src.Evidence...)
}

// sentenceCue is rule 4b: a cue elsewhere in the quote's sentence, past
// other quotes — "did not find “ties of any consequence,” aside from
// “casually,” said the bureau's director" — nearest first.
func (a *attributor) sentenceCue(qi int) {
	q := &a.doc.Quotes[qi]
	open, close := a.tokenAt(q.Outer.Start), a.tokenAt(q.Outer.End)
	s := a.doc.Sentences[a.sentenceOf(open)]
	for d := 1; d < s.Last-s.First && d <= maxReach; d++ {
		for _, c := range []int{close + d - 1, open - d} {
			if c < s.First || c >= s.Last || !a.isCue(c) {
				continue
			}
			var m int
			var ok bool
			if c < open {
				m, ok = a.cueSubject(c, s.First)
			} else if m, ok = a.subjectBefore(c, close); !ok {
				m, ok = a.subjectAfter(c, s.Last)
			}
			if ok {
				a.set(q, m, a.doc.Tokens[c].Span, RuleSentenceCue, confSentenceCue)
			}
			return
		}
	}
}

// speechNoun is rule 4c: "Trump's recent assertion that “thousands”
// ...", "Trump's pledge to be “neutral”" — a speech noun before the quote
// in its sentence, whose possessor is the speaker.
func (a *attributor) speechNoun(qi int) {
	q := &a.doc.Quotes[qi]
	open := a.tokenAt(q.Outer.Start)
	from := a.leadStart(q, open)
	for c := open - 1; c >= from && c >= open-12; c-- {
		if !speechNouns[strings.ToLower(a.word(c))] || a.inQuote[c] {
			continue
		}
		for j := c - 1; j >= from && j >= c-4; j-- {
			if w := a.word(j); w == "’s" || w == "'s" {
				if m, ok := a.endsAt[j-1]; ok && a.speaks(m) {
					if m, ok := a.speaker(m); ok {
						a.set(q, m, a.doc.Tokens[c].Span, RuleSpeechNoun, confSpeechNoun)
					}
				}
				return
			}
		}
		return
	}
}

// continuation tries rules 5 and 6: a quote with no cue of its own goes on
// from the quote before it in the paragraph, or from the paragraph before.
func (a *attributor) continuation(qi int) {
	doc := a.doc
	q := &doc.Quotes[qi]
	// The next paragraph of a long quote.
	if q.Continues >= 0 && doc.Quotes[q.Continues].Speaker >= 0 {
		a.copyFrom(q, doc.Quotes[q.Continues], RuleParagraph, confParagraph+0.1)
		return
	}
	// A long quote attributed only in a later paragraph.
	for j := qi + 1; j < len(doc.Quotes) && doc.Quotes[j].Continues == j-1; j++ {
		if doc.Quotes[j].Speaker >= 0 {
			a.copyFrom(q, doc.Quotes[j], RuleParagraph, confParagraph+0.1)
			return
		}
	}
	// The quote before it in its paragraph, when no one else is named as
	// a subject between them.
	for j := qi - 1; j >= 0 && doc.Quotes[j].Paragraph == q.Paragraph; j-- {
		p := doc.Quotes[j]
		if p.Kind == news.Indirect || p.NotSpeech != "" {
			continue
		}
		if p.Speaker >= 0 && !a.newSubjectBetween(p.Outer.End, q.Outer.Start, p.Speaker) {
			a.copyFrom(q, p, RuleSplit, confSplit)
			return
		}
		break
	}
	// A paragraph that opens with a quote and names no one goes on from
	// the last attributed quote of the paragraph before — unless it is a
	// turn in a quick exchange, where speakers take turns.
	if q.Paragraph == 0 || q.Outer.Start != doc.Paragraphs[q.Paragraph].Start {
		return
	}
	if a.namesSomeone(q.Paragraph) {
		return
	}
	if m, ok := a.addressedBefore(q.Paragraph); ok && a.addressee(qi) != a.personOf(m) {
		a.set(q, m, news.Span{}, RuleAddressed, confAddressed)
		return
	}
	if src, ok := a.turnBefore(q.Paragraph); ok && a.addressee(qi) != doc.Quotes[src].Speaker {
		a.copyFrom(q, doc.Quotes[src], RuleTurn, confTurn)
		return
	}
	for j := qi - 1; j >= 0; j-- {
		p := doc.Quotes[j]
		if p.Paragraph < q.Paragraph-1 {
			break
		}
		if p.Paragraph == q.Paragraph-1 && p.Speaker >= 0 && p.Kind != news.Indirect {
			a.copyFrom(q, p, RuleParagraph, confParagraph)
			return
		}
	}
}

// maxTurnBytes is the longest paragraph read as a turn of dialogue: a
// line or two. A news quote that runs on is longer, and goes on from its
// speaker rather than passing the word.
const maxTurnBytes = 160

// turnBefore finds, for a paragraph pi that is a short unattributed turn
// after two short turns by different speakers (A, then B), the quote of
// A's turn: the word passes back to A. It reports false outside such an
// exchange.
func (a *attributor) turnBefore(pi int) (int, bool) {
	if pi < 2 || !a.isTurn(pi) || !a.isTurn(pi-1) {
		return -1, false
	}
	b := a.turnQuote(pi - 1)
	if b < 0 {
		return -1, false
	}
	// The other speaker is the last one before B within a few
	// paragraphs, past narration between the turns ("She stood by the
	// fire while he fetched a cloth.").
	sb := a.doc.Quotes[b].Speaker
	for p := pi - 2; p >= 0 && p >= pi-5; p-- {
		first, last := a.quotesOf(p)
		for i := last - 1; i >= first; i-- {
			q := a.doc.Quotes[i]
			if q.Kind == news.Indirect || q.Speaker < 0 {
				continue
			}
			if q.Speaker == sb || a.doc.People[q.Speaker].Organisation {
				return -1, false // B spoke twice running: no exchange to follow
			}
			return i, true
		}
	}
	return -1, false
}

// addressedBefore finds, for a short turn pi, the name that the turn
// before it addressed ("'Come in, Harriet,' said the parson."): the one
// spoken to answers.
func (a *attributor) addressedBefore(pi int) (int, bool) {
	if pi < 1 || !a.isTurn(pi) || !a.isTurn(pi-1) {
		return -1, false
	}
	prev := a.turnQuote(pi - 1)
	if prev < 0 {
		return -1, false
	}
	m := a.vocative(prev)
	if m < 0 || a.personOf(m) < 0 || a.personOf(m) == a.doc.Quotes[prev].Speaker {
		return -1, false
	}
	return m, true
}

// addressee is the person quote qi speaks to by name, or -1.
func (a *attributor) addressee(qi int) int {
	if m := a.vocative(qi); m >= 0 {
		return a.personOf(m)
	}
	return -1
}

// vocative is the mention of a name that quote qi addresses — set off by a
// comma inside the quote and followed by its end or a stop: "Come in,
// Harriet," or "Harriet, come in." — or -1.
func (a *attributor) vocative(qi int) int {
	q := a.doc.Quotes[qi]
	first, last := a.mentionsIn(q.Span)
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
		opens := before == "" || strings.HasSuffix(before, ",")
		closes := after == "" || strings.ContainsAny(after[:1], ",.!?")
		if opens && closes && (before != "" || strings.HasPrefix(after, ",")) {
			return i
		}
	}
	return -1
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
	if p.Len() > maxTurnBytes {
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

// newSubjectBetween reports whether a sentence that starts in [from, to)
// has someone other than person p as its subject: then the quote after it
// no longer goes on from p.
func (a *attributor) newSubjectBetween(from, to, p int) bool {
	ss := a.doc.Sentences
	first := sort.Search(len(ss), func(i int) bool { return ss[i].Start >= from })
	for _, s := range ss[first:] {
		if s.Start >= to {
			break
		}
		if m, ok := a.firstSubject(s.First, min(s.Last, a.tokenAt(to))); ok && a.personOf(m) != p {
			return true
		}
	}
	return false
}

// namesSomeone reports whether paragraph pi mentions a person outside
// quotes.
func (a *attributor) namesSomeone(pi int) bool {
	first, last := a.mentionsIn(a.doc.Paragraphs[pi])
	for i := first; i < last; i++ {
		if a.speaks(i) && !a.inQuote[a.mFirst[i]] {
			return true
		}
	}
	return false
}

// nearest is rule 7: a quote that opens its sentence right after one with
// a speech verb ("Or maybe Jeb Bush, consultant Phil Musser says. “…”")
// is that verb's subject's; otherwise the subject of the nearest sentence
// before the quote in its paragraph.
func (a *attributor) nearest(qi int) {
	q := &a.doc.Quotes[qi]
	open := a.tokenAt(q.Outer.Start)
	s := a.sentenceOf(open)
	// "'Very well.' Harriet turned to go.": a quote that opens its
	// paragraph, with no cue anywhere, is the speaker's whose action the
	// next sentence tells.
	if q.Outer.Start == a.doc.Paragraphs[q.Paragraph].Start {
		close := a.tokenAt(q.Outer.End)
		if close < len(a.doc.Tokens) && a.tokenPara(close) == q.Paragraph {
			next := a.doc.Sentences[a.sentenceOf(close)]
			from := close
			if next.First > close {
				from = next.First
			}
			if m, ok := a.firstSubject(from, min(next.Last, from+12)); ok && a.doc.Mentions[m].Kind != news.Organisation {
				a.set(q, m, news.Span{}, RuleActionBeat, confActionBeat)
				return
			}
		}
	}
	if open == a.doc.Sentences[s].First && s > 0 && a.doc.Sentences[s-1].Paragraph >= q.Paragraph-1 {
		prev := a.doc.Sentences[s-1]
		for c := prev.Last - 1; c >= prev.First; c-- {
			if a.isCue(c) {
				if m, ok := a.cueSubject(c, prev.First); ok {
					a.set(q, m, a.doc.Tokens[c].Span, RulePreviousCue, confNearestCue)
					return
				}
				break
			}
		}
	}
	for si := s; si >= 0 && a.doc.Sentences[si].Paragraph == q.Paragraph; si-- {
		sent := a.doc.Sentences[si]
		to := sent.Last
		if si == s {
			to = open
		}
		if m, ok := a.firstSubject(sent.First, to); ok {
			a.set(q, m, news.Span{}, RuleNearest, confNearest)
			return
		}
	}
}

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
		if c.Kind == news.Description && pluralHead(c.In(a.doc.Text)) {
			return false // "Republicans" is no "she"
		}
		if i == relHead {
			return false // "Trump, whom he called": he is not Trump
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
	// A person whose gender the text has told, within the last few
	// paragraphs, beats a nearer description whose gender is unknown:
	// "she" after Martha Quill and "the stranger" is Martha.
	if info.Male || info.Female {
		want := news.Female
		if info.Male {
			want = news.Male
		}
		minPara := a.doc.Sentences[pm.Sentence].Paragraph - 2
		for i := m - 1; i >= 0 && i >= m-maxReach && a.doc.Sentences[a.doc.Mentions[i].Sentence].Paragraph >= minPara; i-- {
			if !fits(i) {
				continue
			}
			p := a.doc.Mentions[i].Person
			if a.doc.Mentions[i].Kind == news.Pronoun {
				p = a.personOf(i)
			}
			if a.gender[p] == want {
				return choose(i)
			}
			if a.doc.Mentions[i].Kind == news.Name {
				break // a name of unknown gender is likelier missing from the lists than wrong
			}
		}
	}
	// The same sentence, nearest first.
	for i := m - 1; i >= 0 && i >= m-maxReach && a.doc.Mentions[i].Sentence == pm.Sentence; i-- {
		if fits(i) {
			return choose(i)
		}
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
	return -1
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

// pluralHead reports whether a description's last word is plural.
func pluralHead(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(f[len(f)-1])
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "men") || w == "people"
}

// windowEnd is where a trailing attribution can reach: the end of the
// sentence, the next quote mark or limit tokens, whichever comes first.
func (a *attributor) windowEnd(k, limit int) int {
	toks := a.doc.Tokens
	for j := k; j < len(toks) && j < k+limit; j++ {
		if a.inQuote[j] {
			return j
		}
		w := toks[j].In(a.doc.Text)
		if w == "." || w == "?" || w == "!" || w == ";" || w == ":" {
			return j
		}
		if a.tokenPara(j) != a.tokenPara(k) {
			return j
		}
	}
	return min(k+limit, len(toks))
}

// leadStart is where the words before a quote that may attribute it
// begin: its sentence's start, or the end of an earlier quote in it.
func (a *attributor) leadStart(q *news.Quote, open int) int {
	s := a.doc.Sentences[a.sentenceOf(open)]
	from := s.First
	for k := open - 1; k >= s.First; k-- {
		if a.inQuote[k] {
			return k + 1
		}
	}
	return from
}

// sentenceOf is the index of the sentence holding token k.
func (a *attributor) sentenceOf(k int) int {
	ss := a.doc.Sentences
	i, _ := slices.BinarySearchFunc(ss, k, func(s news.Sentence, k int) int {
		switch {
		case s.Last <= k:
			return -1
		case s.First > k:
			return 1
		}
		return 0
	})
	return min(i, len(ss)-1)
}

func (a *attributor) tokenPara(k int) int {
	return a.doc.Sentences[a.sentenceOf(k)].Paragraph
}

// paraStartToken is the first token of paragraph pi.
func (a *attributor) paraStartToken(pi int) int {
	return a.tokenAt(a.doc.Paragraphs[pi].Start)
}

func isUpperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}
