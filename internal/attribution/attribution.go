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
	RuleAnswer      = "answer"
	RulePreviousCue = "previous-cue"
	RuleActionBeat  = "action-beat"
	RuleNearest     = "nearest-subject"
	RuleAlternation = "alternation"
	RuleSignature   = "signature"
	RuleTurnPronoun = "pronoun-turn"
	RuleTranscript  = "transcript-label"
	RuleSelfNamed   = "self-named"
	RuleHedged      = "hedged-claim"
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
	confAnswer      = 0.6
	confNearestCue  = 0.6
	confActionBeat  = 0.5
	confNearest     = 0.35
	confAlternation = 0.3
	confSignature   = 0.9
	confTranscript  = 0.95
	confHedged      = 0.5
)

// Attribute fills in the Attribution of each of doc's quotes. It needs
// doc's tokens, sentences, mentions, people and quotes.
func Attribute(doc *news.Document) {
	a := newAttributor(doc)
	for i := range doc.Quotes {
		// A line signed with a name after a dash is that name's, whatever
		// the words around it: "“…” ― Christina Lastra".
		if m := a.signedAfter(&doc.Quotes[i]); m >= 0 && doc.Quotes[i].Kind != news.Indirect {
			a.set(&doc.Quotes[i], m, news.Span{}, RuleSignature, confSignature)
			continue
		}
		// A transcript's line is its label's: "PENCE: Well, look, …", in
		// marks or not.
		if m, colon := a.label(&doc.Quotes[i]); m >= 0 {
			a.set(&doc.Quotes[i], m, colon, RuleTranscript, confTranscript)
			continue
		}
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
	for i := range doc.Quotes {
		if doc.Quotes[i].Speaker < 0 && doc.Quotes[i].Kind != news.Indirect {
			a.signature(i)
		}
	}
	// Titles and names are told from speech before the rules that carry a
	// speaker on from quote to quote, so that a show's name between two
	// quotes ('on NBC's “Meet the Press.” “You don't have to ...”') does not
	// break the run.
	for i := range doc.Quotes {
		a.notSpeech(&doc.Quotes[i])
	}
	a.joinDescribed()
	// A pronoun tag taken for the speaker before is turned now, before the
	// rules that carry speakers on read it; and again at the end, once
	// those rules have found the lines before it.
	a.turnPronouns()
	for i := range doc.Quotes {
		if doc.Quotes[i].Speaker < 0 && doc.Quotes[i].Kind != news.Indirect && doc.Quotes[i].NotSpeech == "" {
			a.continuation(i)
		}
	}
	// undecided: a line still without a speaker. A paragraph that
	// continues an open quote is not one: it waits for its chain
	// (carryOn, below).
	undecided := func(i int) bool {
		q := doc.Quotes[i]
		return q.Speaker < 0 && q.Kind != news.Indirect && q.NotSpeech == "" && q.Continues < 0
	}
	for i := range doc.Quotes {
		if undecided(i) {
			a.nearest(i)
		}
	}
	// A reply to a turn whose speaker only the last rule found ("The old
	// man looked at her. 'Who is your father?'") is known only now.
	for i := range doc.Quotes {
		if undecided(i) {
			a.reply(i)
		}
	}
	// The replies may have found the line before a pronoun's tag: turn it
	// before alternation reads who spoke last.
	a.turnPronouns()
	for i := range doc.Quotes {
		// A line alternation gave a speaker may call the one who answers
		// it: the call decides before the word passes back.
		if undecided(i) && !a.answersCall(i) {
			a.alternate(i)
		}
		a.carryOn(i)
	}
	a.turnPronouns()
	for i := range doc.Quotes {
		a.notSpeech(&doc.Quotes[i])
	}
	a.nameNarrator()
	a.nameDescribed()
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
	// dialogue is whether the text reads as a story told in dialogue, where
	// a line after narration passes the word as a turn does.
	dialogue bool
	// paraQuotes[p] is the index of the first quote of paragraph p (the
	// quotes are in text order), so that no rule scans every quote.
	paraQuotes []int
	// titled holds, by a quote's start, the person it calls by a title
	// (-1 none), once asked.
	titled map[int]int
	// surnames are the last words of the named people's names, in lower
	// case, made on first need.
	surnames map[string]bool
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
		titled:     map[int]int{},
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
	turns, bare := 0, 0
	for p := range doc.Paragraphs {
		if a.isTurn(p) {
			turns++
		}
		if a.bareLine(p) {
			bare++
		}
	}
	exclaimed, lines := 0, 0
	for _, q := range doc.Quotes {
		if q.Kind == news.Indirect {
			continue
		}
		lines++
		if strings.HasSuffix(strings.TrimRight(q.In(doc.Text), " ,—–-"), "!") {
			exclaimed++
		}
	}
	// A story is told in the past: "said", "asked". News that quotes in
	// short paragraphs ("Ted Cruz is the best," Viguerie tells Breitbart
	// News. / "He checks all our boxes.") reports in the present, and its
	// paragraphs go on from one speaker rather than take turns.
	//
	// Lines with no word outside their marks tell a story too, where its
	// speeches run longer than a turn (Austen's): news names a speaker
	// by nearly every quote, and where it does not, the paragraph goes on
	// from the one before.
	//
	// Each share alone leaves a story just short (Dorian Gray's first
	// chapter: 39 short turns and 29 bare lines in a hundred paragraphs),
	// so their sum counts too.
	//
	// And news seldom exclaims: at most four lines ending in "!" in any
	// of 1,219 PolNeAR and Wikinews articles, where The Wind in the
	// Willows' first chapter, whose dialogue comes between long passages
	// of narration, has 38.
	//
	// And a narrator who tags their own lines ("“No, indeed,” I answered",
	// "said I") tells a story in the first person: no news article we
	// measured has more than three such lines, where The Sign of the
	// Four's first chapter has fourteen.
	//
	// So does a verb turned before its pronoun ("said he", "says she"),
	// which news does not write: at most once in any article we measured,
	// where Treasure Island's second chapter has nine.
	//
	// And a story tags its lines by how they are said ("implored Anne",
	// "muttered Mr. Harrison", "cried she"), where news says "said":
	// Anne of Avonlea's first chapter, whose narration runs long between
	// its dialogue (21 of 49 paragraphs lines), has seven such tags; no
	// news article we measured with a third of its paragraphs lines has
	// more than three.
	narrated, inverted := a.storyTags()
	called := a.calledLines()
	a.dialogue = (readsAsStory(len(doc.Paragraphs), turns, bare, exclaimed) ||
		callsAsStory(len(doc.Paragraphs), turns, bare, called) || callsOften(lines, called) ||
		narrated >= minNarratedLines || inverted >= minInvertedTags ||
		tagsManner(len(doc.Paragraphs), turns, bare, a.mannerTags())) && !a.toldInPresent()
	return a
}

// minNarratedLines is how many lines a narrator tags as their own ("I
// said") before a text is read as a story: one more than any news article
// we measured has. minInvertedTags is how many lines tagged "said he"
// do: twice the most any news article has, and one more.
const (
	minNarratedLines = 4
	minInvertedTags  = 3
)

// storyTags counts the lines in marks tagged right after their close by
// "I" and a speech verb or a speech verb and "I" (narrated: "“No,” I
// said", "“Yes, indeed,” said I"), and by a speech verb and a pronoun
// after it (inverted: "said he", "says she", "said I").
func (a *attributor) storyTags() (narrated, inverted int) {
	for _, q := range a.doc.Quotes {
		if q.Kind == news.Indirect {
			continue
		}
		k := a.tagStart(q)
		if k+1 >= len(a.doc.Tokens) {
			continue
		}
		first, second := a.word(k), a.word(k+1)
		_, verbFirst := lexicon.SpeechVerb(first)
		_, verbSecond := lexicon.SpeechVerb(second)
		verbFirst = verbFirst && isLowerWord(first)
		if first == "I" && verbSecond && isLowerWord(second) || second == "I" && verbFirst {
			narrated++
		}
		if verbFirst && (second == "he" || second == "she" || second == "I") {
			inverted++
		}
	}
	return narrated, inverted
}

// tagStart is the token where a tag after quote q would start: right
// after its close, past a comma set outside the marks.
func (a *attributor) tagStart(q news.Quote) int {
	k := a.tokenAt(q.Outer.End)
	if k < len(a.doc.Tokens) && a.word(k) == "," {
		k++
	}
	return k
}

// mannerTags counts the lines in marks tagged, within a few words after
// their close, by a verb that says how they were said ("implored",
// "muttered", "cried"), not only that they were ("said", "added",
// "asked").
func (a *attributor) mannerTags() int {
	n := 0
	for _, q := range a.doc.Quotes {
		if q.Kind == news.Indirect {
			continue
		}
		k := a.tagStart(q)
		for j := k; j < len(a.doc.Tokens) && j <= k+3 && a.doc.Tokens[j].Kind != news.Punct; j++ {
			if lemma, ok := lexicon.SpeechVerb(a.word(j)); ok && isLowerWord(a.word(j)) {
				if !plainTagVerbs[lemma] {
					n++
				}
				break
			}
		}
	}
	return n
}

// plainTagVerbs say only that words were said, as news tags them.
var plainTagVerbs = map[string]bool{"say": true, "tell": true, "add": true, "write": true, "note": true,
	"explain": true, "continue": true, "report": true, "state": true, "tweet": true, "post": true,
	"ask": true, "respond": true, "reply": true, "answer": true, "recall": true, "conclude": true,
	"argue": true, "insist": true, "claim": true, "declare": true, "announce": true}

// tagsManner reports whether a text of n paragraphs, turns and bare of
// them lines, with manner of its lines tagged by how they were said,
// reads as a story: five such tags or more, where a third of its
// paragraphs are lines (see mannerTags).
func tagsManner(n, turns, bare, manner int) bool {
	return manner >= minMannerTags && (turns+bare)*100 >= n*mannerLineShare
}

// minMannerTags and mannerLineShare: see tagsManner.
const (
	minMannerTags   = 5
	mannerLineShare = 33
)

// callsAsStory reports whether a text of n paragraphs, turns and bare of
// them short turns and bare lines, and called of its lines calling
// someone by name, reads as a story: its lines call one another by name,
// where news quotes speak to no one, and half its paragraphs are lines.
// Middlemarch's first chapter, whose long narration keeps it under every
// other share (28 of 52), has 6 such lines; no PolNeAR or Wikinews
// article with a third of its paragraphs lines has more than 2.
func callsAsStory(n, turns, bare, called int) bool {
	return n >= 20 && called >= minCalled && (turns+bare)*100 >= n*callsShare
}

// callsOften reports whether called of a text's lines (quotes in marks)
// calling someone by name make a story whatever its narration: five or
// more, and a fifth of its lines. Vanity Fair's first chapter, whose
// dialogue comes between long paragraphs of narration, has 9 of 30;
// no PolNeAR or Wikinews article has more than 4 that are a fifth of its
// lines (the most that call: 7 of 52, and 3 of 8).
func callsOften(lines, called int) bool {
	return called >= minCalledOften && called*100 >= lines*calledShare
}

// minCalledOften and calledShare: see callsOften.
const (
	minCalledOften = 5
	calledShare    = 20
)

// minCalled and callsShare: see callsAsStory.
const (
	minCalled  = 4
	callsShare = 50
)

// readsAsStory reports whether a text of n paragraphs, turns of them
// short lines opening with a quote and bare of them lines with no word
// outside their marks, and exclaimed of its lines ending in "!", reads as
// a story told in dialogue.
func readsAsStory(n, turns, bare, exclaimed int) bool {
	return turns >= 4 && (turns*10 >= n*dialogueShare || bare >= minBareLines && bare*100 > n*bareShare ||
		bare >= minBareLines && (turns+bare)*100 >= n*storyShare || exclaimed >= minExclaimed)
}

// minExclaimed is how many lines ending in "!" make a text a story: twice
// the most that any news article we measured has (four).
const minExclaimed = 8

// calledLines counts the lines (quotes in marks) that call someone by
// name: "What a wonderful little almanac you are, Celia!".
func (a *attributor) calledLines() int {
	n := 0
	for i := range a.doc.Quotes {
		if a.doc.Quotes[i].Kind != news.Indirect && a.vocative(i) >= 0 {
			n++
		}
	}
	return n
}

// toldInPresent reports whether more of the text's speech verbs outside
// quotes are in the present ("says", "tells") than in the past.
func (a *attributor) toldInPresent() bool {
	present, past := 0, 0
	for k := range a.doc.Tokens {
		if !a.isCue(k) {
			continue
		}
		w := strings.ToLower(a.word(k))
		lemma, _ := lexicon.SpeechVerb(w)
		switch {
		case w == lemma || strings.HasSuffix(w, "ing"):
		case strings.HasSuffix(w, "s"):
			present++
		default:
			past++
		}
	}
	return present > past
}

// dialogueShare is, in tenths, the share of paragraphs that are short
// turns (a line that opens with a quote) from which a text reads as a
// story told in dialogue rather than news: 4 to 6 tenths in the team's
// stories, none in most news and at most 3.5 in 99 articles of 100 of
// PolNeAR's news.
const dialogueShare = 4

// bareShare is, in hundredths, the share of paragraphs that are bare
// lines (see bareLine) above which a text reads as a story told in
// dialogue: 13 to 50 in the six real chapters we measured (39 in Emma's
// first, which only this tells), at most 29 in PolNeAR's and Wikinews'
// 1,219 articles (a Trump interview quoted a paragraph at a time: 25
// put it among the stories), and 12 in 99 of 100. minBareLines keeps a
// short article's two such paragraphs from counting.
const (
	bareShare    = 30
	minBareLines = 5
)

// storyShare is, in hundredths, the share of paragraphs that are short
// turns or bare lines, counted together, from which a text reads as a
// story where neither share alone does: Dorian Gray's chapter is at 68.
// The margin is thin: the Trump interview quoted a paragraph at a time
// (see bareShare) is at 65, and the news articles that reach more are
// read as stories by one share alone already (transcripts of questions
// and answers).
const storyShare = 66

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

// label finds the transcript's label that opens quote q, inside its
// marks or as its paragraph's first words: a name in capitals right
// before a colon right before the quote's words. It gives the label's
// mention and the colon, or -1.
func (a *attributor) label(q *news.Quote) (int, news.Span) {
	k := a.tokenAt(q.Span.Start)
	if k < 2 || a.word(k-1) != ":" {
		return -1, news.Span{}
	}
	para := a.doc.Paragraphs[q.Paragraph]
	if q.Kind == news.Indirect && a.doc.Tokens[k-2].Start == para.Start {
		// An interview's answer under its speaker's initials: "NG: This
		// study started …", given as their first named mention.
		if p := news.InitialsOf(a.doc, a.word(k-2)); p >= 0 && len(a.doc.People[p].Mentions) > 0 {
			return a.doc.People[p].Mentions[0], a.doc.Tokens[k-1].Span
		}
	}
	m, ok := a.endsAt[k-2]
	if !ok {
		return -1, news.Span{}
	}
	mm := a.doc.Mentions[m]
	if mm.Kind != news.Name || mm.Person < 0 {
		return -1, news.Span{}
	}
	// A name in capitals ("PENCE:"), or an interview's full name that
	// opens its paragraph ("Natasha Gownaris: I've wanted …"), where the
	// quotes stage found a line of an interview there.
	if strings.ContainsFunc(mm.In(a.doc.Text), unicode.IsLower) &&
		(q.Kind != news.Indirect || mm.Start != para.Start || !news.NamedInFull(a.doc, mm) || q.End != para.End) {
		return -1, news.Span{}
	}
	// The label opens the paragraph (a line given without marks) or the
	// quote's marks (nothing but the mark before it).
	opensQuote := mm.Start >= q.Outer.Start && !strings.ContainsFunc(a.doc.Text[q.Outer.Start:mm.Start], unicode.IsLetter)
	if mm.Start != a.doc.Paragraphs[q.Paragraph].Start && !opensQuote {
		return -1, news.Span{}
	}
	return m, a.doc.Tokens[k-1].Span
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
	if p < 0 || a.speaksTo(q, p) {
		return // no one calls themselves by name: a later rule finds the speaker
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
	if a.speaksTo(q, src.Speaker) {
		return // "In everything, Miss Dora." does not go on from Dora
	}
	q.Speaker, q.Mention, q.Rule = src.Speaker, src.Mention, rule
	if q.Cue.Empty() {
		q.Cue = src.Cue
	}
	q.Confidence = min(conf, src.Confidence)
	q.Evidence = append([]string(nil), src.Evidence...)
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
