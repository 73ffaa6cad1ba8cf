package quotes

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/news"
)

// MaxQuoteBytes bounds a quote's length: a mark left open in a huge
// paragraph yields a quote cut here, with a diagnostic, rather than one
// that swallows the paragraph.
const MaxQuoteBytes = 64 << 10

// Find fills in doc.Quotes with the quotes in marks and the reported
// clauses of doc's paragraphs, in text order, and adds a diagnostic for
// each mark left open. It needs doc's paragraphs, sentences and tokens,
// and its mentions for the names that speak as labels and headlines.
func Find(doc *news.Document) {
	doc.Quotes = doc.Quotes[:0]
	var pending bool // the previous paragraph ended inside an open quote
	for pi, p := range doc.Paragraphs {
		if pi == 0 && headline(doc, p) {
			// A headline quotes without attribution what the body reports
			// with it; its quotes would only be unattributed duplicates.
			continue
		}
		pending = marked(doc, pi, p, pending)
	}
	interviewed := interviewees(doc)
	dropLabels(doc, interviewed)
	reported(doc, interviewed)
	sortQuotes(doc)
}

// marked appends the quotes in marks of paragraph pi. continued says the
// previous paragraph ended with a quote left open; it returns whether this
// one does.
func marked(doc *news.Document, pi int, p news.Span, continued bool) (open bool) {
	text := doc.Text
	marks := lexMarks(text, p.Start, p.End)
	var stack []mark
	lastEnd := p.Start // end of the previous top-level quote in the paragraph
	emit := func(o mark, closeAt int, closer *mark, unclosed bool) {
		inner := news.Span{Start: o.end, End: closeAt}.TrimSpace(text)
		outer := news.Span{Start: o.start, End: inner.End}
		if closer != nil {
			outer.End = closer.end
		}
		if inner.Empty() || !hasLetter(inner.In(text)) {
			return
		}
		if o.fam == single && !speechLike(text, inner) {
			return
		}
		if inner.Len() > MaxQuoteBytes {
			inner.End = cutAt(text, inner.Start+MaxQuoteBytes)
			doc.Diagnostics = append(doc.Diagnostics, news.Diagnostic{Span: inner,
				Message: fmt.Sprintf("quote longer than %d KiB cut short", MaxQuoteBytes>>10)})
		}
		q := news.Quote{
			Span: inner, Outer: outer, Paragraph: pi, Sentence: sentenceAt(doc, inner.Start),
			Continues: -1, Unclosed: unclosed, Attribution: news.Attribution{Speaker: -1, Mention: -1},
		}
		q.Kind = kindOf(text, p, lastEnd, o, inner)
		// The first quote of a paragraph that goes on from an open quote
		// in the paragraph before continues it.
		if continued && o.start == p.Start && len(doc.Quotes) > 0 {
			prev := len(doc.Quotes) - 1
			q.Continues = prev
			q.Kind = doc.Quotes[prev].Kind
		}
		doc.Quotes = append(doc.Quotes, q)
		lastEnd = outer.End
	}
	for i := range marks {
		m := marks[i]
		top := topDouble(stack)
		if same := openDouble(stack, m.style); m.fam == double && m.close && same >= 0 {
			top = same // a closing mark closes the open mark of its own style
		}
		switch {
		case m.fam == double && top >= 0 && m.close:
			o := stack[top]
			stack = stack[:top] // marks left open inside were apostrophes or strays
			if len(stack) == 0 {
				emit(o, m.start, &m, false)
			}
		case m.fam == double && m.open:
			if top >= 0 && stack[0].fam == double && openDouble(stack, m.style) == 0 {
				// A second opening mark of the first one's style while the
				// first is still open: the first was never closed. Cut it
				// before this one.
				o := stack[0]
				emit(o, m.start, nil, true)
				doc.Diagnostics = append(doc.Diagnostics, unclosedDiag(o))
				stack = stack[:0]
			}
			stack = append(stack, m)
		case m.fam == single:
			if topSingle(stack) >= 0 && m.close && pluralPossessive(text, m, p.End) && closesLater(marks[i+1:]) {
				continue // "‘It’s the workers’ money,’ said …": an apostrophe, the close comes after
			}
			if s := topSingle(stack); s >= 0 && m.close {
				o := stack[s]
				stack = stack[:s]
				if len(stack) == 0 {
					emit(o, m.start, &m, false)
				}
			} else if m.open {
				stack = append(stack, m)
			}
		}
	}
	// A double mark still open at the end of the paragraph: the quote runs
	// to the paragraph's end, and goes on if the next paragraph reopens it.
	if top := topDouble(stack); top == 0 {
		o := stack[0]
		next := pi+1 < len(doc.Paragraphs) && opensParagraph(text, doc.Paragraphs[pi+1])
		emit(o, p.End, nil, !next)
		if !next {
			doc.Diagnostics = append(doc.Diagnostics, unclosedDiag(o))
		}
		return next
	}
	return false
}

// pluralPossessive reports whether single mark m reads as the apostrophe
// of a plural's possessive: after an "s", before a space and a word in
// lower case ("the workers’ money").
func pluralPossessive(text string, m mark, end int) bool {
	if r, _ := utf8.DecodeLastRuneInString(text[:m.start]); r != 's' {
		return false
	}
	rest := text[m.end:end]
	trimmed := strings.TrimLeft(rest, " ")
	if len(trimmed) == len(rest) || trimmed == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(trimmed)
	return unicode.IsLower(r)
}

// closesLater reports whether a single mark among marks closes before
// another single mark opens.
func closesLater(marks []mark) bool {
	for _, m := range marks {
		if m.fam != single {
			continue
		}
		if m.close {
			return true
		}
		if m.open {
			return false
		}
	}
	return false
}

// headline reports whether paragraph p is the article's headline: its
// title, or a line in title case.
func headline(doc *news.Document, p news.Span) bool {
	if p.End-p.Start > maxHeadline {
		return false // a paragraph of prose: no need to read it word by word
	}
	text := strings.Join(strings.Fields(p.In(doc.Text)), " ")
	if doc.Article != nil && doc.Article.Title != "" && text == strings.Join(strings.Fields(doc.Article.Title), " ") &&
		!startsWithMark(text) {
		return true // a first line that opens with a quote is speech, whatever a reader took for its title
	}
	words, caps := 0, 0
	for _, w := range strings.Fields(text) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if utf8.RuneCountInString(w) < 4 {
			continue // "of", "a", "to" stay lower case in most headlines
		}
		words++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
		}
	}
	return words >= 3 && caps*5 >= words*4
}

// maxHeadline is the longest headline, in bytes.
const maxHeadline = 400

// openDouble is the innermost open double mark of style st, or -1.
func openDouble(stack []mark, st style) int {
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i].fam == double && stack[i].style == st {
			return i
		}
	}
	return -1
}

func startsWithMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isMarkRune(r)
}

func topDouble(stack []mark) int {
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i].fam == double {
			return i
		}
	}
	return -1
}

// topSingle is the innermost open single mark with no double mark opened
// after it: a single mark closes only a single mark of its own level.
func topSingle(stack []mark) int {
	if n := len(stack); n > 0 && stack[n-1].fam == single {
		return n - 1
	}
	return -1
}

func unclosedDiag(o mark) news.Diagnostic {
	return news.Diagnostic{Span: news.Span{Start: o.start, End: o.end},
		Message: "quote mark never closed; quote cut at the end of its paragraph"}
}

// opensParagraph reports whether paragraph p starts with an opening
// double mark, as each paragraph of a long quote does.
func opensParagraph(text string, p news.Span) bool {
	ms := lexMarks(text, p.Start, min(p.End, p.Start+8))
	return len(ms) > 0 && ms[0].start == p.Start && ms[0].fam == double && ms[0].open
}

// speechLike keeps single-mark pairs that read as speech or a quoted
// phrase rather than two stray apostrophes: at least two letters, and
// not a lone letter or number.
func speechLike(text string, s news.Span) bool {
	letters := 0
	for _, r := range s.In(text) {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// kindOf tells a direct quote, which stands as a sentence of its own or is
// introduced by a colon, a comma or a speech verb, from a partial quote
// woven into the writer's own sentence.
func kindOf(text string, p news.Span, lastEnd int, o mark, inner news.Span) news.QuoteKind {
	lead := strings.TrimRightFunc(text[max(p.Start, lastEnd):o.start], unicode.IsSpace)
	lead = strings.TrimRight(lead, "([—–- ")
	if lead == "" || strings.HasSuffix(lead, ":") || endsWithAny(lead, ".!?…") {
		return news.Direct
	}
	// "He added, “actually, ...”", "“I talk,” Arthur said, “when ...”",
	// "said Wren softly, “is ...”": a speech verb (and perhaps its adverb)
	// and a comma introduce speech, whatever its case.
	if strings.HasSuffix(lead, ",") && speechVerbEnds(lead) {
		return news.Direct
	}
	first, _ := utf8.DecodeRuneInString(inner.In(text))
	if !unicode.IsUpper(first) {
		return news.Partial
	}
	if strings.HasSuffix(lead, ",") {
		return news.Direct
	}
	if _, ok := lexicon.SpeechVerb(lastWord(lead)); ok {
		return news.Direct
	}
	return news.Partial
}

func endsWithAny(s, chars string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(chars, r)
}

// speechVerbEnds reports whether s ends with a speech verb, perhaps
// with its subject after it and an adverb: "Arthur said", "said Wren
// softly", "said he".
func speechVerbEnds(s string) bool {
	f := strings.Fields(s)
	for i := range f {
		f[i] = strings.TrimFunc(f[i], func(r rune) bool { return !unicode.IsLetter(r) })
	}
	if n := len(f); n > 0 && strings.HasSuffix(f[n-1], "ly") {
		f = f[:n-1]
	}
	n := len(f)
	if n == 0 {
		return false
	}
	if _, ok := lexicon.SpeechVerb(f[n-1]); ok {
		return true
	}
	first, _ := utf8.DecodeRuneInString(f[n-1])
	_, pronoun := lexicon.Pronoun(f[n-1])
	if n >= 2 && (unicode.IsUpper(first) || pronoun) {
		_, ok := lexicon.SpeechVerb(f[n-2])
		return ok
	}
	return false
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.TrimFunc(f[len(f)-1], func(r rune) bool { return !unicode.IsLetter(r) })
}

// endsSentence reports whether a quote's words end as a sentence does.
func endsSentence(text string, s news.Span) bool {
	r, _ := utf8.DecodeLastRuneInString(s.In(text))
	return r == '.' || r == '!' || r == '?' || r == '…'
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// cutAt backs i up to the start of a UTF-8 character.
func cutAt(text string, i int) int {
	for i > 0 && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// sentenceAt is the index of the sentence holding byte i, or the last one
// before it.
func sentenceAt(doc *news.Document, i int) int {
	lo, hi := 0, len(doc.Sentences)
	for lo < hi {
		mid := (lo + hi) / 2
		if doc.Sentences[mid].Start <= i {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return max(lo-1, 0)
}

// dropLabels takes a transcript's label out of the quote it opens:
// "“PENCE: Well, look, …”" quotes "Well, look, …", and the label, left
// inside the marks, names the speaker.
func dropLabels(doc *news.Document, interviewed map[int]bool) {
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		if k, ok := labelEnd(doc, q.Span.Start, interviewed); ok && k < q.Span.End {
			q.Span = news.Span{Start: k, End: q.Span.End}.TrimSpace(doc.Text)
		}
	}
}

// labelEnd reports whether a transcript's label — a name in capitals and
// a colon, "PENCE:", "JAKE TAPPER:" — starts at byte i, and where what
// follows it starts.
//
// An interview writes its answers so too, under the full name or its
// initials: "Natasha Gownaris: I've wanted …", "NG: This study
// started …" (news.InitialsOf finds whose initials they are).
func labelEnd(doc *news.Document, i int, interviewed map[int]bool) (int, bool) {
	if end, ok := initialsLabel(doc, i); ok && interviewed[labelPerson(doc, i)] {
		return end + 1, true
	}
	j := sort.Search(len(doc.Mentions), func(j int) bool { return doc.Mentions[j].Start >= i })
	if j >= len(doc.Mentions) || doc.Mentions[j].Start != i {
		return 0, false
	}
	m := doc.Mentions[j]
	if m.Kind != news.Name || !strings.HasPrefix(doc.Text[m.End:], ":") || lexicon.Kicker(m.In(doc.Text)) {
		return 0, false // not "INTERVIEW: The new schools chief on …"
	}
	if strings.ContainsFunc(m.In(doc.Text), unicode.IsLower) && !(interviewed[m.Person] && opensParagraphAt(doc, m.Start)) {
		return 0, false
	}
	return m.End + 1, true
}

// interviewees are the people whose answers an interview labels: two
// paragraphs or more open with their name in mixed case, or with their
// initials, and a colon ("Natasha Gownaris: …", "NG: …"). One label
// alone is a heading ("Jeb Bush: Student loans …").
func interviewees(doc *news.Document) map[int]bool {
	count := map[int]int{}
	m := 0
	for _, p := range doc.Paragraphs {
		if person := labelPerson(doc, p.Start); person >= 0 {
			count[person]++
			continue
		}
		for m < len(doc.Mentions) && doc.Mentions[m].Start < p.Start {
			m++
		}
		if m < len(doc.Mentions) && doc.Mentions[m].Start == p.Start && doc.Mentions[m].Kind == news.Name &&
			doc.Mentions[m].Person >= 0 && strings.HasPrefix(doc.Text[doc.Mentions[m].End:], ": ") &&
			news.NamedInFull(doc, doc.Mentions[m]) {
			// "Velasquez: …" counts as "Maria Velasquez: …" does where the
			// article names her in full.
			count[doc.Mentions[m].Person]++
		}
	}
	out := map[int]bool{}
	for p, n := range count {
		if n >= 2 {
			out[p] = true
		}
	}
	return out
}

// opensParagraphAt reports whether a paragraph of doc starts at byte i.
func opensParagraphAt(doc *news.Document, i int) bool {
	p := sort.Search(len(doc.Paragraphs), func(p int) bool { return doc.Paragraphs[p].End > i })
	return p < len(doc.Paragraphs) && doc.Paragraphs[p].Start == i
}

// initialsLabel reports whether two or three capitals and a colon open
// the paragraph at byte i, as an interview's "NG:" does, and where the
// initials end.
func initialsLabel(doc *news.Document, i int) (int, bool) {
	p := sort.Search(len(doc.Paragraphs), func(p int) bool { return doc.Paragraphs[p].End > i })
	if p >= len(doc.Paragraphs) || doc.Paragraphs[p].Start != i {
		return 0, false
	}
	k := i
	for k < len(doc.Text) && k-i < 4 && doc.Text[k] >= 'A' && doc.Text[k] <= 'Z' {
		k++
	}
	if n := k - i; n < 2 || n > 3 || !strings.HasPrefix(doc.Text[k:], ": ") {
		return 0, false
	}
	return k, true
}

// labelPerson is the person whose initials label the paragraph at byte
// i ("NG:" for Natasha Gownaris), or -1.
func labelPerson(doc *news.Document, i int) int {
	end, ok := initialsLabel(doc, i)
	if !ok {
		return -1
	}
	return news.InitialsOf(doc, doc.Text[i:end])
}
