package attribution

// Quoted words that are not speech: titles of works and names.

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/news"
)

// tongues are languages that no people's name names ("Latin", "Arabic"):
// "Latin for “…”" glosses words, as "Russian for “…”" does.
var tongues = map[string]bool{"Latin": true, "Arabic": true, "Hebrew": true, "Yiddish": true,
	"Mandarin": true, "Cantonese": true, "Swahili": true, "Sanskrit": true, "Esperanto": true}

// thinkingVerbs report what goes on in someone's head, by lemma.
var thinkingVerbs = map[string]bool{"think": true, "wonder": true, "feel": true, "know": true,
	"believe": true, "reflect": true, "muse": true, "suppose": true, "imagine": true, "fancy": true,
	"realize": true, "realise": true, "remember": true, "dream": true, "hope": true, "fear": true,
	"suspect": true, "doubt": true, "guess": true, "reckon": true}

// namingWords introduce a name, not speech: "a man who goes by the name
// “Shorty”", "the so-called “Gang of Eight”".
var namingWords = map[string]bool{"name": true, "named": true, "nicknamed": true, "dubbed": true,
	"titled": true, "entitled": true, "so-called": true, "known": true, "called": false, "as": false,
	"pseudonym": true, "alias": true, "moniker": true, "nickname": true, "handle": true, "codename": true}

// notSpeech marks quoted words that are not speech. A name in title case
// woven into a sentence ("star of “Thelma and Louise,”") is the title of
// a work, a show or a slogan unless a speech verb right by it says
// someone spoke it; words right after "named", "dubbed" or "goes by the
// name" are a name. Such quotes keep their span, but are not who-said-what.
func (a *attributor) notSpeech(q *news.Quote) {
	if q.Kind == news.Indirect {
		// "She thought it best to change the topic", "his timidity
		// seemed to pass off": in a story, what someone thinks, feels or
		// knows, and what seems so, are the narration's, not speech.
		// (News reports beliefs as a source's: "Sanders thinks the
		// system is rigged".)
		if a.dialogue && !q.Cue.Empty() {
			cue := q.Cue.In(a.doc.Text)
			cue = cue[strings.LastIndexByte(cue, ' ')+1:] // "did not think": the verb
			lemma, ok := lexicon.ClauseVerb(cue)
			if !ok {
				lemma, ok = lexicon.SpeechVerb(cue)
			}
			if ok && thinkingVerbs[lemma] || q.Rule == RuleHedged {
				q.NotSpeech = "thought"
				a.unattribute(q)
			}
		}
		return
	}
	open := a.tokenAt(q.Outer.Start)
	if open >= 2 && strings.EqualFold(a.word(open-1), "for") && (lexicon.Demonym(a.word(open-2)) || tongues[a.word(open-2)]) {
		// "''Do svidaniya!'' - Russian for ''goodbye.''", "Latin for “if
		// you wish peace, prepare for war”": what words of another
		// tongue mean, the writer's gloss.
		q.NotSpeech = "gloss"
		a.unattribute(q)
		return
	}
	if kind := a.nameOrWork(q, open); kind != "" {
		q.NotSpeech = kind
		a.unattribute(q)
		return
	}
	if a.titleInSentence(q) || a.headlineBy(q) {
		q.NotSpeech = "title"
		a.unattribute(q)
		return
	}
	if q.Kind == news.Partial && q.Speaker < 0 && scare(q.In(a.doc.Text)) {
		// A word in lower case that no cue claims: the writer's scare
		// quotes ("a two-year “pause”"), not anyone's speech.
		q.NotSpeech = "scare"
		return
	}
	// A title a preposition or "told" brings in may end the sentence, with
	// its full stop inside the marks: 'in an interview with “Fox News
	// Sunday.”', 'on CBS' “60 Minutes.”'. One word may be an exclamation
	// ('followed it up with “Humbug.”').
	title := titleCase(q.In(a.doc.Text))
	if !title && open > 0 && len(strings.Fields(q.In(a.doc.Text))) > 1 {
		if w := strings.ToLower(a.word(open - 1)); prepositions[w] || w == "told" || w == "’s" || w == "'s" {
			title = titleCase(strings.TrimSuffix(q.In(a.doc.Text), "."))
		}
	}
	// "a play called “Los Hijos de Trump,”": a thing's name in title case,
	// which may end in a comma as a line does.
	if q.Kind == news.Direct && title {
		for k := open - 1; k >= 0 && k >= open-2; k-- {
			if a.thingCalled(k, q) {
				q.NotSpeech = "name"
				a.unattribute(q)
				return
			}
			if w := strings.ToLower(a.word(k)); w != "the" && w != "a" {
				break
			}
		}
	}
	if q.Kind != news.Partial && !(q.Kind == news.Direct && open > 0 && title &&
		(lexicon.In(prepositions, a.word(open-1)) || strings.EqualFold(a.word(open-1), "told"))) {
		return
	}
	strong := q.Rule == RuleCueAdjacent || q.Rule == RuleAccordingTo || q.Rule == RuleColon
	for k := open - 1; k >= 0 && k >= open-2; k-- {
		w := strings.ToLower(a.word(k))
		if namingWords[w] && !a.activeNaming(k) || a.passiveNaming(k, q, strong) || a.thingCalled(k, q) {
			q.NotSpeech = "name"
			a.unattribute(q)
			return
		}
		if a.doc.Tokens[k].Kind != news.Word || (w != "the" && w != "a") {
			break
		}
	}
	if strong && q.Mention < 0 && title {
		// A subject phrase that names no one claims a chant ("about 200
		// protesters …, chanting “Dump Trump.”"), not a name that
		// qualifies the noun after it ("those put forth by the defeated
		// “Remain” side", "broadcasting his “Miss Universe” pageant").
		if close := a.tokenAt(q.Outer.End); close < len(a.doc.Tokens) && a.tokenPara(close) == q.Paragraph {
			w := a.word(close)
			strong = !(isLowerWord(w) && !lexicon.FunctionWord(w) && !a.isCue(close) && !strings.HasSuffix(w, "ly"))
		}
	}
	// A title right after a preposition or "told" names a show or a work
	// even where a cue is near: 'told "Fox and Friends,"', 'on ABC's "This
	// Week,"'.
	if open > 0 && title {
		if w := strings.ToLower(a.word(open - 1)); prepositions[w] || w == "told" || w == "’s" || w == "'s" {
			strong = false
		}
	}
	if !strong && title {
		q.NotSpeech = "title"
		a.unattribute(q)
	}
}

// titleInSentence reports whether a quote in title case is a noun of the
// sentence around it, as a work's title is and a line of speech is not:
// "“Opening Belle,” which will be in bookstores", "roles in “How the
// Grinch Stole Christmas,” “Apollo 13,” and …". One word is not enough
// ("“No,” was all he said"), nor is a following cue ("“Good Morning,”
// said Tom"), which the words listed here are not.
func (a *attributor) titleInSentence(q *news.Quote) bool {
	text := q.In(a.doc.Text)
	if q.Kind != news.Direct || !titleCase(text) || len(strings.Fields(text)) < 2 {
		return false
	}
	if q.Rule == RuleCueAdjacent || q.Rule == RuleColon {
		return false // 'tweeted, “Thank you Indiana!” on Friday'
	}
	close := a.tokenAt(q.Outer.End)
	if close >= len(a.doc.Tokens) || a.tokenPara(close) != q.Paragraph {
		return false
	}
	if titleFollowers[a.word(close)] || a.kindOfWorkAfter(close) {
		return true
	}
	// One of a list of titles: the quote before it, with only a comma or
	// "and" between, is a title. Quotes are in order of their start.
	i := sort.Search(len(a.doc.Quotes), func(i int) bool { return a.doc.Quotes[i].Outer.Start >= q.Outer.Start })
	if i == 0 {
		return false
	}
	p := &a.doc.Quotes[i-1]
	if p.NotSpeech != "title" || p.Paragraph != q.Paragraph || p.Outer.End > q.Outer.Start {
		return false
	}
	switch strings.Join(strings.Fields(a.doc.Text[p.Outer.End:q.Outer.Start]), " ") {
	case "", ",", "and", ", and":
		return true
	}
	return false
}

// kindOfWorkAfter reports whether the words from token k set a kind of
// work beside the quote before them: "“Tales From the Crypt,” an HBO
// series that first aired in 1989".
func (a *attributor) kindOfWorkAfter(k int) bool {
	if k >= len(a.doc.Tokens) || !asArticle[strings.ToLower(a.word(k))] || strings.EqualFold(a.word(k), "as") {
		return false
	}
	if !strings.HasSuffix(strings.TrimRight(a.doc.Text[:a.doc.Tokens[k].Start], " ”’'\"»"), ",") {
		return false // the comma sets the phrase off: not "“Home Again” the fans cried"
	}
	for j := k + 1; j < len(a.doc.Tokens) && j <= k+4; j++ {
		w := a.word(j)
		if workNouns[strings.ToLower(w)] && isLowerWord(w) {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) {
			return false
		}
	}
	return false
}

// headlineBy reports whether a quote is the headline of a piece its
// writer is then named for, as a digest lists one: "“Sam Mendes leaves
// ‘Chocolate Factory’ on its way to Broadway,” by Times' Michael Paulson:".
func (a *attributor) headlineBy(q *news.Quote) bool {
	text := q.In(a.doc.Text)
	if first, _ := utf8.DecodeRuneInString(strings.TrimLeft(text, "‘'")); q.Kind == news.Indirect || !strings.HasSuffix(text, ",") || !unicode.IsUpper(first) {
		return false // a fragment "by Trump" is his: 'the “ugliness of utterances,” by Trump'
	}
	close := a.tokenAt(q.Outer.End)
	if close+1 >= len(a.doc.Tokens) || !strings.EqualFold(a.word(close), "by") {
		return false
	}
	return isUpperWord(a.word(close + 1))
}

// titleFollowers are words that, right after a quote in title case,
// carry its sentence on with the quote as a noun: a relative pronoun,
// the verb of which the title is the subject, or a preposition placing
// it ("“The Lead with Jake Tapper” on CNN").
var titleFollowers = map[string]bool{
	"which": true, "is": true, "was": true, "will": true, "has": true, "had": true, "are": true,
	"were": true, "whose": true, "on": true, "at": true, "from": true, "by": true, "for": true,
}

// activeNaming reports whether the naming verb at k has a subject who
// names: "Trump, who dubbed him “the little senator”" is Trump speaking,
// where "is dubbed", "was named" and "the so-called" are not.
func (a *attributor) activeNaming(k int) bool {
	switch strings.ToLower(a.word(k)) {
	case "dubbed", "named", "nicknamed":
	default:
		return false
	}
	if k == 0 {
		return false
	}
	switch strings.ToLower(a.word(k - 1)) {
	case "is", "was", "were", "be", "been", "being", "are", "informally", "often", "widely", "also":
		return false
	}
	_, ok := a.subjectBefore(k, max(0, k-6))
	return ok
}

// passiveNaming reports whether the verb at k gives a name in the
// passive, with no one who gives it: "H1N1 was commonly called “swine
// flu.”", "what had been called the “Golden Week”". Its subject is the
// thing named, so the verb is no cue of it; another strong rule (a cue
// after the quote, "according to") still makes the words someone's, and
// so does an agent after the quote ("has been called “strategic
// ambiguity” by Joshua Hendrick").
func (a *attributor) passiveNaming(k int, q *news.Quote, strong bool) bool {
	switch strings.ToLower(a.word(k)) {
	case "called", "termed", "labeled", "labelled":
	default:
		return false
	}
	if k == 0 || !passiveMarkers[strings.ToLower(a.word(k-1))] {
		return false
	}
	if strong && !(q.Rule == RuleCueAdjacent && q.Cue.Start == a.doc.Tokens[k].Start) {
		return false
	}
	close := a.tokenAt(q.Outer.End)
	return close >= len(a.doc.Tokens) || !strings.EqualFold(a.word(close), "by")
}

// thingCalled reports whether the "called" at k names a thing the words
// before it bring in: "a website called “Cape Breton If Donald Trump
// Wins”", "a play called “Los Hijos de Trump”", "an account called
// “Hypo-Cruz”" — an indefinite phrase ending in a noun, where "Trump
// called Clinton “…”" has a subject and an object. A cue after the quote
// still makes it someone's words; this "called" taken for the cue does
// not.
func (a *attributor) thingCalled(k int, q *news.Quote) bool {
	if !strings.EqualFold(a.word(k), "called") || k < 2 {
		return false
	}
	if (q.Rule == RuleCueAdjacent || q.Rule == RuleAccordingTo || q.Rule == RuleColon) && q.Cue.Start != a.doc.Tokens[k].Start {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := a.word(j)
		if j < k-1 && (strings.EqualFold(w, "a") || strings.EqualFold(w, "an")) {
			return true
		}
		if a.doc.Tokens[j].Kind != news.Word || !isLowerWord(w) || lexicon.FunctionWord(w) || a.isCue(j) {
			return false
		}
	}
	return false
}

// passiveMarkers stand before a passive naming verb: "was called",
// "commonly called".
var passiveMarkers = map[string]bool{"is": true, "was": true, "were": true, "are": true, "be": true,
	"been": true, "being": true, "commonly": true, "often": true, "widely": true, "also": true,
	"sometimes": true, "informally": true, "popularly": true, "usually": true}

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
	words, minor, long := 0, false, false
	for _, w := range strings.Fields(s) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if w == "" {
			continue
		}
		words++
		if utf8.RuneCountInString(w) <= 3 {
			continue
		}
		switch {
		case isUpperWord(w):
			long = true
		case titleMinorWords[w]:
			minor = true
		default:
			return false
		}
	}
	first, _ := utf8.DecodeRuneInString(s)
	// A minor word in lower case reads as a title only beside a long
	// capitalised one: "I'm with her" is a chant.
	return words > 0 && words <= 10 && unicode.IsUpper(first) && (long || !minor)
}

// titleMinorWords stay in lower case inside a title for all their
// length: "The Lead with Jake Tapper", "Letters from Iwo Jima".
var titleMinorWords = map[string]bool{"with": true, "from": true, "into": true, "onto": true, "upon": true, "over": true, "than": true}

// workNouns are the kinds of work whose title follows them: "his new
// book, “Doomed to Succeed,”", "the documentary “Weiner.”", "his event,
// “Storm Area 51, They Can't Stop All of Us”". Only words in title case
// count, so "the report “found no evidence”" stays speech.
var workNouns = map[string]bool{
	"book": true, "memoir": true, "novel": true, "documentary": true, "film": true, "movie": true,
	"show": true, "series": true, "sitcom": true, "song": true, "album": true, "play": true,
	"musical": true, "podcast": true, "biopic": true, "autobiography": true, "opera": true,
	"poem": true, "episode": true, "bestseller": true, "program": true, "programme": true,
	"ad": true, "spot": true, "video": true, "commercial": true, "column": true, "essay": true,
	"op-ed": true, "event": true, "festival": true, "exhibition": true, "conference": true, "tour": true,
	"game": true, "app": true, "website": true, "blog": true, "newsletter": true, "magazine": true,
	"report": true, "study": true, "paper": true, "article": true,
	"anthem": true, "hymn": true, "ballad": true, "anthology": true, "drama": true, "thriller": true,
	"comedy": true, "biography": true, "miniseries": true, "sequel": true, "serial": true,
}

// workPeople follow the title of their work: "“Orange is the New Black”
// star Selenis Leyva".
var workPeople = map[string]bool{
	"star": true, "stars": true, "host": true, "actor": true, "actress": true, "creator": true,
	"author": true, "director": true, "producer": true, "co-star": true, "showrunner": true,
}

// nameOrWork tells a nickname set inside a name (Gov. C.L. “Butch” Otter)
// and the title of a work named as one ("the documentary “Weiner.”",
// "“Orange is the New Black” star") from speech, whatever cue is near:
// "name", "title" or "".
func (a *attributor) nameOrWork(q *news.Quote, open int) string {
	if q.Kind == news.Indirect {
		return ""
	}
	text := strings.TrimRight(q.In(a.doc.Text), ".,;: ")
	if !titleCase(text) {
		return ""
	}
	close := a.tokenAt(q.Outer.End)
	after := ""
	if close < len(a.doc.Tokens) && a.tokenPara(close) == q.Paragraph {
		after = a.word(close)
	}
	if workPeople[strings.ToLower(after)] || a.workNounAfter(close) {
		return "title" // "“Orange is the New Black” star", "“Keepin' It Real” radio program"
	}
	if open <= 0 {
		return ""
	}
	if a.insideName(q.Outer) {
		return "name" // "Marcia “Cia” Price": the name finder took it in
	}
	if before := a.word(open - 1); len(strings.Fields(text)) <= 2 && isUpperWord(before) && a.doc.Tokens[open-1].Kind == news.Word &&
		isUpperWord(after) && !lexicon.FunctionWord(after) && !startsSentenceAt(a, open-1) {
		return "name" // between a given name and a surname
	}
	for k := open - 1; k >= 0 && k >= open-3; k-- {
		w := strings.ToLower(a.word(k))
		if workNouns[w] {
			return "title"
		}
		if w != "," && w != "new" && w != "latest" && w != "recent" && w != "first" && w != "hit" {
			break
		}
	}
	return ""
}

// workNounAfter reports whether a kind of work in lower case follows
// token k, at once or after one word: "“Keepin' It Real” radio program".
func (a *attributor) workNounAfter(k int) bool {
	for j := k; j < len(a.doc.Tokens) && j <= k+1; j++ {
		w := a.word(j)
		if !isLowerWord(w) || a.inQuote[j] {
			return false
		}
		if workNouns[w] {
			return true
		}
	}
	return false
}

// insideName reports whether span sp lies inside the span of a name.
func (a *attributor) insideName(sp news.Span) bool {
	ms := a.doc.Mentions // in text order
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start > sp.Start })
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if ms[k].Kind == news.Name && ms[k].End >= sp.End {
			return true
		}
	}
	return false
}

// startsSentenceAt reports whether token k opens its sentence, where any
// word is capitalised.
func startsSentenceAt(a *attributor, k int) bool {
	return a.doc.Sentences[a.sentenceOf(k)].First == k
}

// scare reports whether quoted words read as scare quotes: one word in
// lower case. (Two words were tried: on PolNeAR half the quotes it took
// were annotated as someone's words.)
func scare(s string) bool {
	s = strings.TrimRight(s, ".,;:!? ")
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r) && len(strings.Fields(s)) <= 1
}
