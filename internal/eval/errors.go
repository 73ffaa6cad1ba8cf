package eval

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Error is one thing a prediction file got wrong, in Score's terms.
type Error struct {
	// Kind is Missed, False or Wrong.
	Kind ErrorKind `json:"kind"`
	// Doc is the document's name (the part of doc after the last '/').
	Doc string `json:"doc"`
	// Start and End are the span of the gold quote (Missed) or of the
	// prediction (False, Wrong); both -1 for an unplaced prediction.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Why says why a prediction is false: Outside, Duplicate or Unplaced.
	Why string `json:"why,omitempty"`
	// Speaker is the predicted speaker (False, Wrong), GoldSpeaker the
	// gold one (Missed, Wrong).
	Speaker     string `json:"speaker,omitempty"`
	GoldSpeaker string `json:"gold_speaker,omitempty"`
	// Rule and Evidence are the prediction's, when it has them.
	Rule     string   `json:"rule,omitempty"`
	Evidence []string `json:"evidence,omitempty"`
	// Context is the text around the span, the span marked «like this»;
	// empty without the document.
	Context string `json:"context,omitempty"`
}

// ErrorKind is a kind of error.
type ErrorKind string

// The kinds of error.
const (
	Missed ErrorKind = "missed" // a gold quote not found
	False  ErrorKind = "false"  // a prediction that is not a gold quote, or repeats one
	Wrong  ErrorKind = "wrong"  // a matched prediction whose speaker is wrong
)

// Why a prediction is false.
const (
	Outside   = "outside"   // mostly outside every gold quote
	Duplicate = "duplicate" // mostly over a gold quote's bytes already covered
	Unplaced  = "unplaced"  // no offsets, and its text is not in the document
)

// contextBytes is how much text Error.Context shows either side.
const contextBytes = 120

// Errors lists what pred got wrong against gold for kinds (nil for all),
// with the documents in docsDir (empty for none): each gold quote missed,
// each false prediction (outside every gold quote, a duplicate, or
// unplaced), and each matched prediction whose speaker is wrong where the
// gold speaker can be judged. Errors are in the order of the gold's
// documents, then of their span.
func Errors(gold, pred []Quote, docsDir string, kinds []string) []Error {
	return (&Scorer{Gold: gold, Docs: Dir(docsDir)}).Errors(pred, kinds)
}

// Errors lists what pred got wrong, as the function Errors does.
func (s *Scorer) Errors(pred []Quote, kinds []string) []Error {
	_, d := s.run(pred, kinds)
	docRank := map[string]int{}
	var errs []Error
	add := func(e Error, q *Quote) {
		e.Doc = base(q.Doc)
		e.Text = q.Text
		if _, ok := docRank[e.Doc]; !ok {
			docRank[e.Doc] = len(docRank)
		}
		if e.Start >= 0 {
			e.Context = context(s.doc(e.Doc), e.Start, e.End)
		}
		errs = append(errs, e)
	}
	for _, g := range d.gold {
		if st, en, ok := g.q.span(); ok && !g.found {
			add(Error{Kind: Missed, Start: st, End: en, GoldSpeaker: g.q.Speaker}, g.q)
		} else if !ok {
			add(Error{Kind: Missed, Start: -1, End: -1, GoldSpeaker: g.q.Speaker}, g.q)
		}
	}
	for _, o := range d.pred {
		e := Error{Kind: False, Start: o.start, End: o.end, Speaker: o.q.Speaker, Rule: o.q.Rule, Evidence: o.q.Evidence}
		switch {
		case o.fate == unplaced:
			e.Why, e.Start, e.End = Unplaced, -1, -1
		case o.fate == outside:
			e.Why = Outside
		case o.fate == duplicate:
			e.Why = Duplicate
		case o.fate == counted && o.judged && !o.ok:
			e.Kind = Wrong
			e.GoldSpeaker = d.gold[o.gold].q.Speaker
		default:
			continue
		}
		add(e, o.q)
	}
	rank := map[ErrorKind]int{Missed: 0, Wrong: 1, False: 2}
	slices.SortStableFunc(errs, func(a, b Error) int {
		return cmp.Or(
			cmp.Compare(docRank[a.Doc], docRank[b.Doc]),
			cmp.Compare(a.Start, b.Start),
			cmp.Compare(a.End, b.End),
			cmp.Compare(rank[a.Kind], rank[b.Kind]))
	})
	return errs
}

// String writes the error as a line, with its context on a second,
// indented line when there is one:
//
//	WRONG doc.txt [10,52) "…": said "Tom Baker", gold "Jane Doe" (rule R; evidence a → b)
//	    … text before «the quote» text after …
func (e Error) String() string {
	var b strings.Builder
	b.WriteString(strings.ToUpper(string(e.Kind)))
	b.WriteString(" ")
	b.WriteString(e.Doc)
	if e.Start >= 0 {
		fmt.Fprintf(&b, " [%d,%d)", e.Start, e.End)
	}
	b.WriteString(" ")
	b.WriteString(strconv.Quote(clip(e.Text, 160)))
	switch e.Kind {
	case Missed:
		if e.GoldSpeaker != "" {
			fmt.Fprintf(&b, " (gold speaker %q)", e.GoldSpeaker)
		} else {
			b.WriteString(" (no gold speaker)")
		}
	case False:
		switch e.Why {
		case Duplicate:
			b.WriteString(" (duplicate)")
		case Unplaced:
			b.WriteString(" (unplaced: no offsets, and the text is not in the document)")
		}
	case Wrong:
		said := strconv.Quote(e.Speaker)
		if strings.TrimSpace(e.Speaker) == "" {
			said = "nobody"
		}
		fmt.Fprintf(&b, ": said %s, gold %q", said, e.GoldSpeaker)
		var why []string
		if e.Rule != "" {
			why = append(why, "rule "+e.Rule)
		}
		if len(e.Evidence) > 0 {
			why = append(why, "evidence "+strings.Join(e.Evidence, " → "))
		}
		if len(why) > 0 {
			fmt.Fprintf(&b, " (%s)", strings.Join(why, "; "))
		}
	}
	if e.Context != "" {
		b.WriteString("\n    ")
		b.WriteString(e.Context)
	}
	return b.String()
}

// context is the text around doc[s:e] on one line, contextBytes either
// side, the span marked «»; a long span keeps its beginning and end.
func context(doc []byte, s, e int) string {
	if s < 0 || s >= len(doc) || e <= s {
		return ""
	}
	e = min(e, len(doc))
	from, to := max(s-contextBytes, 0), min(e+contextBytes, len(doc))
	for from < s && !utf8.RuneStart(doc[from]) {
		from++
	}
	for to < len(doc) && to > e && !utf8.RuneStart(doc[to]) {
		to--
	}
	quote := squash(string(doc[s:e]))
	if len(quote) > 2*contextBytes+20 {
		quote = cutBytes(quote, contextBytes, true) + " … " + cutBytes(quote, contextBytes, false)
	}
	before := strings.TrimLeftFunc(squash(string(doc[from:s])), unicode.IsSpace)
	after := strings.TrimRightFunc(squash(string(doc[e:to])), unicode.IsSpace)
	if from > 0 && before != "" {
		before = "…" + before
	}
	if to < len(doc) && after != "" {
		after += "…"
	}
	return before + "«" + quote + "»" + after
}

// squash makes each run of white space (line breaks included) one space.
func squash(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// cutBytes keeps about n bytes of the start (or end) of s, whole runes.
func cutBytes(s string, n int, start bool) string {
	if start {
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		return s[:n]
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// clip cuts s to n runes, marking the cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}
