package eval

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Result is what score.py prints with --json, key for key.
type Result struct {
	Gold     int `json:"gold"`     // gold quotes
	Pred     int `json:"pred"`     // predictions in the gold's documents, pieces of one quote counted once
	Unplaced int `json:"unplaced"` // predictions without offsets whose text is not in the document

	ExtractP  float64 `json:"extract_p"` // matched predictions / Pred
	ExtractR  float64 `json:"extract_r"` // found gold quotes / Gold
	ExtractF1 float64 `json:"extract_f1"`

	SpeakerJudged int     `json:"speaker_judged"` // matched predictions whose gold speaker can be judged
	SpeakerAcc    float64 `json:"speaker_acc"`    // right speakers / SpeakerJudged

	E2EP  float64 `json:"e2e_p"` // right speakers / predictions naming a speaker
	E2ER  float64 `json:"e2e_r"` // gold quotes found with a right speaker / gold quotes that can be judged
	E2EF1 float64 `json:"e2e_f1"`
}

// Kinds are the kinds of quote.
var Kinds = []string{"direct", "partial", "indirect"}

// Docs gives documents by name: the part of a quote's doc after the last
// '/'.
type Docs interface {
	// Doc returns the document's bytes, or nil if there is none.
	Doc(name string) []byte
}

// Dir is the documents in a directory, as score.py's --docs reads them,
// each file read once. Dir("") has none.
func Dir(path string) Docs {
	return &dirDocs{dir: path, cache: map[string][]byte{}}
}

type dirDocs struct {
	dir   string
	mu    sync.Mutex
	cache map[string][]byte
}

func (d *dirDocs) Doc(name string) []byte {
	if d.dir == "" {
		return nil
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	b, ok := d.cache[name]
	if !ok {
		b, _ = os.ReadFile(filepath.Join(d.dir, name))
		d.cache[name] = b
	}
	return b
}

// Texts is documents held in memory, by name.
type Texts map[string][]byte

// Doc returns the document called name.
func (t Texts) Doc(name string) []byte { return t[name] }

// A Scorer scores predictions against gold quotes, finding documents in
// Docs (nil for none: then predictions without offsets cannot be placed,
// and pieces of one quote are joined only when they touch).
type Scorer struct {
	Gold []Quote
	Docs Docs
}

// Score scores pred against gold as score.py does with --docs=docsDir
// (empty for none) and --kinds (nil for all).
func Score(gold, pred []Quote, docsDir string, kinds []string) Result {
	return (&Scorer{Gold: gold, Docs: Dir(docsDir)}).Score(pred, kinds)
}

// Breakdown scores pred against gold for each kind and for direct and
// partial quotes together.
func Breakdown(gold, pred []Quote, docsDir string) []KindResult {
	return (&Scorer{Gold: gold, Docs: Dir(docsDir)}).Breakdown(pred)
}

// KindResult is the result for some kinds of quote.
type KindResult struct {
	Name  string   // "direct", "partial", "direct,partial" or "indirect"
	Kinds []string // what Name lists
	Result
}

// Breakdown scores pred for direct, partial, direct and partial, and
// indirect quotes, in that order.
func (s *Scorer) Breakdown(pred []Quote) []KindResult {
	var out []KindResult
	for _, ks := range [][]string{{"direct"}, {"partial"}, {"direct", "partial"}, {"indirect"}} {
		out = append(out, KindResult{Name: strings.Join(ks, ","), Kinds: ks, Result: s.Score(pred, ks)})
	}
	return out
}

// Score scores pred for the quotes of kinds (nil or empty for all).
func (s *Scorer) Score(pred []Quote, kinds []string) Result {
	r, _ := s.run(pred, kinds)
	return r
}

func (s *Scorer) doc(name string) []byte {
	if s.Docs == nil {
		return nil
	}
	return s.Docs.Doc(name)
}

// DocName is the name documents are compared by: the part of doc after
// the last '/', as score.py's os.path.basename.
func DocName(doc string) string { return base(doc) }

func base(doc string) string {
	return doc[strings.LastIndexByte(doc, '/')+1:]
}

// selected is score.py's g.get("kind", "direct") in kinds.
func selected(q *Quote, kinds []string) bool {
	if len(kinds) == 0 {
		return true
	}
	k := q.Kind
	if k == "" {
		k = "direct"
	}
	return slices.Contains(kinds, k)
}

// What became of a prediction.
type fate int

const (
	unplaced  fate = iota // no offsets, and its text is not in the document
	outside               // mostly outside every gold quote
	duplicate             // mostly over bytes already covered
	merged                // continues the previous prediction: counted with it
	counted               // a matched prediction
)

type predOutcome struct {
	q          *Quote
	start, end int
	fate       fate
	gold       int  // the gold quote it matched (duplicate, merged, counted)
	judged, ok bool // counted: whether its speaker was judged, and right
}

type goldOutcome struct {
	q         *Quote
	found     bool
	judgeable bool
}

// details is how one run went, for Errors.
type details struct {
	gold []goldOutcome
	pred []predOutcome
}

// hit is a prediction matched to a gold quote: score.py's (ps0, -(pe0 -
// ps0), n, pe0, p), sorted in that order.
type hit struct {
	start, negLen, n, end int
	p                     int // index into the outcomes
}

// run is score.py's score(), statement for statement.
func (s *Scorer) run(predAll []Quote, kinds []string) (Result, *details) {
	d := &details{}
	gdocs := map[string]bool{}
	for i := range s.Gold {
		g := &s.Gold[i]
		if selected(g, kinds) {
			d.gold = append(d.gold, goldOutcome{q: g, judgeable: judgeable(g)})
			gdocs[base(g.Doc)] = true
		}
	}
	var pred []*Quote
	for i := range predAll {
		p := &predAll[i]
		if selected(p, kinds) && gdocs[base(p.Doc)] {
			pred = append(pred, p)
		}
	}

	type docQuotes struct {
		gs, ps []int // indexes into d.gold and d.pred
	}
	byDoc := map[string]*docQuotes{}
	var order []string
	for gi := range d.gold {
		name := base(d.gold[gi].q.Doc)
		dq := byDoc[name]
		if dq == nil {
			dq = &docQuotes{}
			byDoc[name] = dq
			order = append(order, name)
		}
		dq.gs = append(dq.gs, gi)
	}
	nunplaced := 0
	for _, p := range pred {
		o := predOutcome{q: p, fate: unplaced, gold: -1}
		if st, en, ok := s.place(p); ok {
			o.start, o.end, o.fate = st, en, outside
			byDoc[base(p.Doc)].ps = append(byDoc[base(p.Doc)].ps, len(d.pred))
		} else {
			nunplaced++
		}
		d.pred = append(d.pred, o)
	}

	matched, right, judged, claimsUnjudged, found, foundRight, nmerged, mergedClaims := 0, 0, 0, 0, 0, 0, 0, 0
	for _, name := range order {
		dq := byDoc[name]
		surnames := map[string]bool{}
		for _, gi := range dq.gs {
			g := d.gold[gi].q
			if d.gold[gi].judgeable && g.IsNamed() {
				surnames[lastWord(Norm(g.Speaker))] = true
			}
		}
		cover := make([]int, len(dq.gs))
		speakers := make([][]bool, len(dq.gs))
		hits := make([][]hit, len(dq.gs))
		for n, pi := range dq.ps {
			ps0, pe0 := d.pred[pi].start, d.pred[pi].end
			best, bi := 0, -1
			for gi, g := range dq.gs {
				gs0, ge0, ok := d.gold[g].q.span()
				if !ok {
					continue // score.py would fail; LoadGold refuses such a line
				}
				ov := min(ge0, pe0) - max(gs0, ps0)
				// of gold quotes with the same span (two sources), the one not yet matched
				if ov > best || (ov == best && best > 0 && len(hits[gi]) < len(hits[bi])) {
					best, bi = ov, gi
				}
			}
			if bi < 0 || best*2 < pe0-ps0 {
				continue // mostly outside every gold quote: a false quote
			}
			hits[bi] = append(hits[bi], hit{ps0, -(pe0 - ps0), n, pe0, pi})
		}
		for gi, hs := range hits {
			gs0, ge0, _ := d.gold[dq.gs[gi]].q.span()
			g := d.gold[dq.gs[gi]]
			slices.SortFunc(hs, func(a, b hit) int {
				if a.start != b.start {
					return a.start - b.start
				}
				if a.negLen != b.negLen {
					return a.negLen - b.negLen
				}
				return a.n - b.n
			})
			reach, reached := 0, false // the end of the predictions counted so far
			for _, h := range hs {
				o := &d.pred[h.p]
				o.gold = dq.gs[gi]
				ps0, pe0 := h.start, h.end
				a, b := max(ps0, gs0), min(pe0, ge0)
				var nw int
				if reached {
					nw = b - max(a, reach)
				} else {
					nw = b - a
				}
				if nw*2 < b-a {
					o.fate = duplicate // mostly over bytes already covered: a false quote
					continue
				}
				cover[gi] += max(nw, 0)
				if reached && (ps0 <= reach || wordless(s.doc(name), reach, ps0)) {
					reach = max(reach, pe0)
					o.fate = merged // continues the previous prediction: counted with it
					nmerged++
					if Norm(o.q.Speaker) != "" {
						mergedClaims++
					}
					continue
				}
				if reached {
					reach = max(reach, pe0)
				} else {
					reach, reached = pe0, true
				}
				o.fate = counted
				matched++
				if g.judgeable {
					judged++
					o.judged = true
					o.ok = speakerOK(o.q.Speaker, g.q, surnames)
					if o.ok {
						right++
					}
					speakers[gi] = append(speakers[gi], o.ok)
				} else if Norm(o.q.Speaker) != "" {
					claimsUnjudged++
				}
			}
		}
		for gi, g := range dq.gs {
			gs0, ge0, ok := d.gold[g].q.span()
			if !ok {
				continue
			}
			if cover[gi]*2 >= ge0-gs0 || (d.gold[g].q.Kind == "partial" && cover[gi] > 0) {
				d.gold[g].found = true
				found++
				if d.gold[g].judgeable && slices.Contains(speakers[gi], true) {
					foundRight++
				}
			}
		}
	}

	var r Result
	r.Gold = len(d.gold)
	r.Pred = len(pred) - nmerged
	r.Unplaced = nunplaced
	r.ExtractP = ratio(matched, len(pred)-nmerged)
	r.ExtractR = ratio(found, len(d.gold))
	r.ExtractF1 = f1(r.ExtractP, r.ExtractR)
	// end to end, over the gold quotes whose speaker can be judged by name: a
	// prediction with no speaker claims nothing, and one matched to a gold quote
	// whose speaker cannot be judged is neither right nor wrong
	claims := -mergedClaims
	for _, p := range pred {
		if Norm(p.Speaker) != "" {
			claims++
		}
	}
	r.E2EP = ratio(right, claims-claimsUnjudged)
	njudge := 0
	for _, g := range d.gold {
		if g.judgeable {
			njudge++
		}
	}
	r.E2ER = ratio(foundRight, njudge)
	r.E2EF1 = f1(r.E2EP, r.E2ER)
	r.SpeakerJudged = judged
	r.SpeakerAcc = ratio(right, judged)
	return r, d
}

// ratio is Python's a / b if b else 0.0: the correctly rounded quotient.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// f1 is 2 * p * r / (p + r) if p + r else 0.0, in Python's order.
func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return float64(2*p*r) / (p + r)
}

// place gives a prediction byte offsets if it lacks them, from its text.
func (s *Scorer) place(p *Quote) (int, int, bool) {
	if st, en, ok := p.span(); ok && 0 <= st && st < en {
		return st, en, true
	}
	if s.Docs == nil || p.Text == "" {
		return 0, 0, false
	}
	i := bytes.Index(s.doc(base(p.Doc)), []byte(p.Text))
	if i < 0 {
		return 0, 0, false
	}
	return i, i + len(p.Text), true
}

// wordless reports whether doc[s:e] is known and holds no letter or digit
// (marks, spaces, breaks). Offsets past the end are cut to it, as in a
// Python slice.
func wordless(doc []byte, s, e int) bool {
	if len(doc) == 0 {
		return false
	}
	s, e = min(max(s, 0), len(doc)), min(max(e, 0), len(doc))
	if s >= e {
		return true
	}
	for b := doc[s:e]; len(b) > 0; {
		r, n := utf8.DecodeRune(b) // invalid bytes are U+FFFD, as decode("utf-8", "replace")
		if isWord(r) {
			return false
		}
		b = b[n:]
	}
	return true
}

// Pronouns are the speakers that cannot be judged by name.
var pronouns = set("i", "me", "you", "he", "him", "she", "her", "it", "we", "us", "they",
	"them", "his", "its", "their", "our", "my", "your", "who", "which",
	"that", "this", "these", "those", "one", "someone")

// suffixes do not count as another speaker's surname.
var suffixes = []string{"jr", "sr", "ii", "iii", "iv"}

func set(words ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words {
		m[w] = true
	}
	return m
}

// judgeable reports whether a gold quote's speaker can be judged by name:
// it has one, and it is not a pronoun.
func judgeable(g *Quote) bool {
	n := Norm(g.Speaker)
	return n != "" && !pronouns[n] && !g.SpeakerIsPronoun
}

func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// SpeakerOK reports whether a predicted speaker is right for gold quote g,
// as score.py's speaker_ok: after Norm it equals the gold speaker or an
// alias, or it has at most 8 words and holds the gold speaker's last word
// with no word after that (the last time) that is one of surnames (the
// last words of the document's named gold speakers) and not a word of the
// gold speaker's names or a suffix such as "jr".
func SpeakerOK(speaker string, g *Quote, surnames map[string]bool) bool {
	return speakerOK(speaker, g, surnames)
}

func speakerOK(speaker string, g *Quote, surnames map[string]bool) bool {
	p := Norm(speaker)
	if p == "" {
		return false
	}
	names := append([]string{g.Speaker}, g.Aliases...)
	for _, n := range names {
		if n != "" && p == Norm(n) {
			return true
		}
	}
	gn := Norm(g.Speaker)
	words := strings.Split(p, " ")
	if gn == "" || len(words) > 8 {
		return false
	}
	// after the last time the gold speaker's last word is said
	i := len(words) - 1
	for i >= 0 && words[i] != lastWord(gn) {
		i--
	}
	if i < 0 {
		return false
	}
	own := set(suffixes...)
	for _, n := range names {
		for _, w := range strings.Fields(Norm(n)) {
			own[w] = true
		}
	}
	for _, w := range words[i+1:] {
		if surnames[w] && !own[w] {
			return false
		}
	}
	return true
}

// ParseKinds reads a comma-separated list of kinds, as score.py's
// --kinds: each of direct, partial and indirect, in any order. It returns
// them in that order, once each.
func ParseKinds(s string) ([]string, error) {
	want := map[string]bool{}
	for _, k := range strings.Split(s, ",") {
		if !slices.Contains(Kinds, k) {
			return nil, fmt.Errorf("want a list of %s, not %q", strings.Join(Kinds, ", "), s)
		}
		want[k] = true
	}
	var kinds []string
	for _, k := range Kinds {
		if want[k] {
			kinds = append(kinds, k)
		}
	}
	return kinds, nil
}
