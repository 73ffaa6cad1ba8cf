package eval

import (
	"math"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestNorm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Jane Doe", "jane doe"},
		{"  The   Mayor ", "mayor"},
		{"the the mayor", "the mayor"}, // one article only
		{"A North Korean official", "north korean official"},
		{"An aide", "aide"},
		{"an", "an"},
		{"Anne Smith", "anne smith"},
		{"Theo", "theo"},
		{"Recep Tayyip Erdoğan", "recep tayyip erdogan"},
		{"Tóm Bäker Jr.", "tom baker jr"},
		{"O’Brien", "o'brien"},
		{"Jean-Luc Picard", "jean-luc picard"},
		{"Gov. Mike Pence (R-IN)", "gov mike pence r-in"},
		{"Sen. Smith, D–N.Y.", "sen smith d n y"}, // an en dash is not '-'
		{"snake_case 42", "snake_case 42"},
		{"ﬁnance ½", "finance 1 2"},         // NFKD: the ligature splits, ½ becomes 1⁄2
		{"ΟΔΥΣΣΕΥΣ", "οδυσσευς"},            // Python's final sigma
		{"ΣΑΣ.", "σας"},                     // final before a full stop
		{"İstanbul", "istanbul"},            // İ lowers to i and a dot, which is dropped
		{"ℌello", "Hello"},                  // lower() first, then NFKD: the H stays upper case
		{"ที่นี่", "ท น"},                   // Thai marks of class 0 are not \w in Python
		{"x\u00a0b\u2003c\x1cd", "x b c d"}, // Unicode spaces and U+001C are \s
		{"\u200bx", "x"},                    // a zero-width space is not \s but not \w either
		{"", ""},
		{"!!!", ""},
	}
	for _, tt := range tests {
		if got := Norm(tt.in); got != tt.want {
			t.Errorf("Norm(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSpeakerOK(t *testing.T) {
	visser := &Quote{Speaker: "Piet Visser", Aliases: []string{"harbour master"}}
	baker := &Quote{Speaker: "Tom Baker Jr."}
	official := &Quote{Speaker: "a North Korean official"}
	letters := &Quote{Speaker: "Bob Smith", Aliases: []string{"b", "o"}} // list("bo"), as score.py reads "aliases": "bo"
	harbour := map[string]bool{"visser": true, "santos": true, "jr": true}
	tests := []struct {
		pred string
		gold *Quote
		want bool
	}{
		{"Piet Visser", visser, true},
		{"PIET VISSER", visser, true},
		{"Harbour Master", visser, true},
		{"the harbour master", visser, true},
		{"Visser", visser, true},
		{"harbour master Piet Visser", visser, true},
		{"Santos and Visser", visser, true},
		{"Visser, Santos", visser, false},   // Santos is another gold speaker
		{"Visser Jr.", visser, true},        // a suffix does not count
		{"Visser and others", visser, true}, // not surnames
		{"Piet", visser, false},             // the first name is not enough
		{"Vissers", visser, false},          // whole words only
		{"", visser, false},                 // no speaker
		{"he", visser, false},
		{"the man next to Piet Visser who runs the harbour", visser, false}, // more than 8 words
		{"one two three four five six seven Visser", visser, true},          // 8 words
		{"Tom Baker", baker, false},                                         // the last word of "Tom Baker Jr." is "jr"
		{"Baker Jr", baker, true},
		{"Jr.", baker, true},
		{"North Korean official", official, true},
		{"an official", official, true},
		{"officials", official, false},
		{"B", letters, true},
		{"Smith", letters, true},
	}
	for _, tt := range tests {
		if got := SpeakerOK(tt.pred, tt.gold, harbour); got != tt.want {
			t.Errorf("SpeakerOK(%q, %q) = %v, want %v", tt.pred, tt.gold.Speaker, got, tt.want)
		}
	}
}

// fixture is one scoring of a prediction file in testdata against a gold
// file, with what score.py prints for it.
type fixture struct {
	name  string
	gold  string // in testdata; default gold.jsonl
	pred  string // in testdata
	docs  bool   // --docs=testdata/docs
	kinds []string
	want  Result
}

// fixtures: every expected Result was printed by
// python3 /work/shared/eval/score.py GOLD PRED [--docs=docs] [--kinds=...] --json
// run in testdata, and is pasted here as it came.
var fixtures = []fixture{
	{name: "split", pred: "split.jsonl", docs: true, want: Result{
		Gold: 11, Pred: 4, Unplaced: 0,
		ExtractP: 1.0, ExtractR: 0.2727272727272727, ExtractF1: 0.42857142857142855,
		SpeakerJudged: 4, SpeakerAcc: 1.0,
		E2EP: 1.0, E2ER: 0.3333333333333333, E2EF1: 0.5}},
	// Without the documents, paragraphs of one quote are not joined.
	{name: "split without docs", pred: "split.jsonl", want: Result{
		Gold: 11, Pred: 6, Unplaced: 0,
		ExtractP: 1.0, ExtractR: 0.2727272727272727, ExtractF1: 0.42857142857142855,
		SpeakerJudged: 6, SpeakerAcc: 0.8333333333333334,
		E2EP: 0.8333333333333334, E2ER: 0.3333333333333333, E2EF1: 0.47619047619047616}},
	{name: "duplicates", pred: "duplicates.jsonl", docs: true, want: Result{
		Gold: 11, Pred: 6, Unplaced: 0,
		ExtractP: 0.5, ExtractR: 0.2727272727272727, ExtractF1: 0.3529411764705882,
		SpeakerJudged: 3, SpeakerAcc: 0.6666666666666666,
		E2EP: 0.3333333333333333, E2ER: 0.2222222222222222, E2EF1: 0.26666666666666666}},
	{name: "partial", pred: "partial.jsonl", docs: true, want: Result{
		Gold: 11, Pred: 3, Unplaced: 0,
		ExtractP: 1.0, ExtractR: 0.18181818181818182, ExtractF1: 0.3076923076923077,
		SpeakerJudged: 2, SpeakerAcc: 1.0,
		E2EP: 1.0, E2ER: 0.1111111111111111, E2EF1: 0.19999999999999998}},
	{name: "partial only", pred: "partial.jsonl", docs: true, kinds: []string{"partial"}, want: Result{
		Gold: 2, Pred: 2, Unplaced: 0,
		ExtractP: 1.0, ExtractR: 1.0, ExtractF1: 1.0,
		SpeakerJudged: 1, SpeakerAcc: 1.0,
		E2EP: 1.0, E2ER: 1.0, E2EF1: 1.0}},
	{name: "pronoun", pred: "pronoun.jsonl", docs: true, want: Result{
		Gold: 11, Pred: 4, Unplaced: 0,
		ExtractP: 0.75, ExtractR: 0.2727272727272727, ExtractF1: 0.39999999999999997,
		SpeakerJudged: 1, SpeakerAcc: 1.0,
		E2EP: 1.0, E2ER: 0.1111111111111111, E2EF1: 0.19999999999999998}},
	{name: "placed", pred: "placed.jsonl", docs: true, want: Result{
		Gold: 11, Pred: 5, Unplaced: 0,
		ExtractP: 1.0, ExtractR: 0.45454545454545453, ExtractF1: 0.625,
		SpeakerJudged: 4, SpeakerAcc: 0.75,
		E2EP: 0.75, E2ER: 0.3333333333333333, E2EF1: 0.46153846153846156}},
	{name: "alias", pred: "alias.jsonl", docs: true, want: Result{
		Gold: 11, Pred: 5, Unplaced: 0,
		ExtractP: 1.0, ExtractR: 0.45454545454545453, ExtractF1: 0.625,
		SpeakerJudged: 5, SpeakerAcc: 1.0,
		E2EP: 1.0, E2ER: 0.5555555555555556, E2EF1: 0.7142857142857143}},
	{name: "surname", pred: "surname.jsonl", docs: true, want: Result{
		Gold: 11, Pred: 9, Unplaced: 0,
		ExtractP: 1.0, ExtractR: 0.8181818181818182, ExtractF1: 0.9,
		SpeakerJudged: 9, SpeakerAcc: 0.4444444444444444,
		E2EP: 0.4444444444444444, E2ER: 0.4444444444444444, E2EF1: 0.4444444444444444}},
	{name: "surname direct,partial", pred: "surname.jsonl", docs: true, kinds: []string{"direct", "partial"}, want: Result{
		Gold: 9, Pred: 7, Unplaced: 0,
		ExtractP: 1.0, ExtractR: 0.7777777777777778, ExtractF1: 0.8750000000000001,
		SpeakerJudged: 7, SpeakerAcc: 0.2857142857142857,
		E2EP: 0.2857142857142857, E2ER: 0.2857142857142857, E2EF1: 0.2857142857142857}},
	{name: "surname indirect", pred: "surname.jsonl", docs: true, kinds: []string{"indirect"}, want: Result{
		Gold: 2, Pred: 2, Unplaced: 0,
		ExtractP: 1.0, ExtractR: 1.0, ExtractF1: 1.0,
		SpeakerJudged: 2, SpeakerAcc: 1.0,
		E2EP: 1.0, E2ER: 1.0, E2EF1: 1.0}},
	{name: "unplaced", pred: "unplaced.jsonl", docs: true, want: Result{
		Gold: 11, Pred: 3, Unplaced: 2,
		ExtractP: 0.3333333333333333, ExtractR: 0.09090909090909091, ExtractF1: 0.14285714285714288,
		SpeakerJudged: 1, SpeakerAcc: 1.0,
		E2EP: 0.3333333333333333, E2ER: 0.1111111111111111, E2EF1: 0.16666666666666666}},
	{name: "unplaced without docs", pred: "unplaced.jsonl", want: Result{
		Gold: 11, Pred: 3, Unplaced: 2,
		ExtractP: 0.3333333333333333, ExtractR: 0.09090909090909091, ExtractF1: 0.14285714285714288,
		SpeakerJudged: 1, SpeakerAcc: 1.0,
		E2EP: 0.3333333333333333, E2ER: 0.1111111111111111, E2EF1: 0.16666666666666666}},
	{name: "two sources", gold: "twosources/gold.jsonl", pred: "twosources/pred.jsonl", docs: true, want: Result{
		Gold: 4, Pred: 2, Unplaced: 0,
		ExtractP: 1.0, ExtractR: 0.75, ExtractF1: 0.8571428571428571,
		SpeakerJudged: 2, SpeakerAcc: 0.0,
		E2EP: 0.0, E2ER: 0.0, E2EF1: 0.0}},
}

func (f fixture) load(t *testing.T) (gold, pred []Quote, docs string) {
	t.Helper()
	g := f.gold
	if g == "" {
		g = "gold.jsonl"
	}
	gold, err := LoadGold(filepath.Join("testdata", g))
	if err != nil {
		t.Fatal(err)
	}
	pred, err = Load(filepath.Join("testdata", f.pred))
	if err != nil {
		t.Fatal(err)
	}
	if f.docs {
		docs = filepath.Join("testdata", "docs")
	}
	return gold, pred, docs
}

func TestScore(t *testing.T) {
	for _, f := range fixtures {
		t.Run(f.name, func(t *testing.T) {
			gold, pred, docs := f.load(t)
			if got := Score(gold, pred, docs, f.kinds); got != f.want {
				t.Errorf("got  %+v\nwant %+v", got, f.want)
			}
		})
	}
}

func TestBreakdown(t *testing.T) {
	gold, pred, docs := fixtures[0].load(t)
	got := Breakdown(gold, pred, docs)
	var names []string
	for _, k := range got {
		names = append(names, k.Name)
		if want := Score(gold, pred, docs, k.Kinds); k.Result != want {
			t.Errorf("%s: %+v, want %+v", k.Name, k.Result, want)
		}
	}
	if want := []string{"direct", "partial", "direct,partial", "indirect"}; !reflect.DeepEqual(names, want) {
		t.Errorf("kinds %q, want %q", names, want)
	}
}

func TestErrors(t *testing.T) {
	heads := func(errs []Error) []string {
		var hs []string
		for _, e := range errs {
			hs = append(hs, strings.SplitN(e.String(), "\n", 2)[0])
		}
		return hs
	}
	gold, pred, docs := fixtures[8].load(t) // surname
	errs := Errors(gold, pred, docs, nil)
	want := []string{
		`WRONG harbour.txt [190,256) "The pier is falling into the water, and someone has to pay for it.": said "Visser, Santos", gold "Piet Visser" (rule said-after; evidence he → Visser, Santos)`,
		`WRONG harbour.txt [332,359) "a tax on the smallest boats": said "Santos and Visser", gold "Maria Santos"`,
		`MISSED harbour.txt [433,466) "We cannot pay more than we catch," (gold speaker "she")`,
		`WRONG harbour.txt [480,495) "It is not fair,": said "Tom Baker", gold "Tom Baker Jr."`,
		`WRONG harbour.txt [541,576) "Ask Santos. Ask anyone on the quay.": said "Baker Jr. and Visser", gold "Tom Baker Jr."`,
		`WRONG bridge.txt [169,242) "We spent two winters on the foundations.\n\n“The deck went on in a month.": said "the mayor of the small river town of Riverton, Jane Doe", gold "Jane Doe"`,
		`MISSED bridge.txt [356,377) "a lesson we paid for." (gold speaker "he")`,
	}
	if got := heads(errs); !reflect.DeepEqual(got, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The context line shows the span in its text, on one line.
	if want := "\n    …to the water, and someone has to pay for it.\" Maria Santos, who chairs the fishermen's association, said the rise was \"«a tax on the smallest boats»\" and that the council had never asked the association what it thought. \"We cannot pay more than we catch,\" she said.…"; !strings.HasSuffix(errs[1].String(), want) {
		t.Errorf("context:\n%s\nwant it to end\n%s", errs[1], want)
	}
	if want := "\n    …ill be open before the summer fair,” Mayor Jane Doe said, “and nobody in this town will need another detour.” “«We spent two winters on the foundations. “The deck went on in a month.»” Council member"; !strings.Contains(errs[5].String(), want) {
		t.Errorf("context:\n%s\nwant it to hold\n%s", errs[5], want)
	}

	gold, pred, docs = fixtures[2].load(t) // duplicates
	want = []string{
		`FALSE harbour.txt [134,174) "We have not raised them in twenty years," (duplicate)`,
		`FALSE harbour.txt [146,157) "raised them" (duplicate)`,
		`MISSED harbour.txt [190,256) "The pier is falling into the water, and someone has to pay for it." (gold speaker "Piet Visser")`,
		`MISSED harbour.txt [433,466) "We cannot pay more than we catch," (gold speaker "she")`,
		`FALSE harbour.txt [483,505) "is not fair,\" said Tom" (duplicate)`,
		`WRONG harbour.txt [541,552) "Ask Santos.": said "Baker", gold "Tom Baker Jr."`,
		`MISSED bridge.txt [37,161) "The bridge will be open before the summer fair,” Mayor Jane Doe said, “and nobody in this town will need another detour." (gold speaker "Jane Doe")`,
		`MISSED bridge.txt [169,242) "We spent two winters on the foundations.\n\n“The deck went on in a month." (gold speaker "Jane Doe")`,
	}
	if got := heads(Errors(gold, pred, docs, []string{"direct"})); !reflect.DeepEqual(got, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	gold, pred, docs = fixtures[11].load(t) // unplaced
	errs = Errors(gold, pred, docs, []string{"direct"})
	want = []string{
		`FALSE harbour.txt "It is not fair at all," (unplaced: no offsets, and the text is not in the document)`,
		`FALSE harbour.txt "" (unplaced: no offsets, and the text is not in the document)`,
	}
	if got := heads(errs)[:2]; !reflect.DeepEqual(got, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if errs[0].Context != "" || errs[0].Start != -1 {
		t.Errorf("unplaced: %+v", errs[0])
	}
}

func TestParse(t *testing.T) {
	in := "\ufeff"[:0] + // (no BOM: Python refuses one too)
		`{"doc": "a/b.txt", "kind": "direct", "text": "x", "start": 3, "end": 9, "speaker": "Jo", "confidence": NaN}` + "\r\n" +
		"\n" +
		`  {"doc": 7, "start": 3.0, "end": 1e1, "speaker": null, "kind": null, "named": 0, "aliases": "ab", "evidence": ["a", "b"]}  ` + "\r" +
		`{"doc": null, "kind": "", "start": true, "end": -0, "speaker_is_pronoun": "yes", "speaker": ["x"], "text": "\ud83d\ude00\u00e9\/"}`
	qs, err := Parse("p.jsonl", []byte(in), false)
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != 3 {
		t.Fatalf("%d quotes, want 3", len(qs))
	}
	q0, q1, q2 := qs[0], qs[1], qs[2]
	if q0.Line != 1 || base(q0.Doc) != "b.txt" || q0.Kind != "direct" || *q0.Start != 3 || *q0.End != 9 || q0.Speaker != "Jo" || !math.IsNaN(*q0.Confidence) || !q0.IsNamed() {
		t.Errorf("line 1: %+v", q0)
	}
	if q1.Line != 3 || q1.Doc != "7" || q1.Start != nil || q1.End != nil || q1.Kind != BadKind || q1.IsNamed() ||
		!reflect.DeepEqual(q1.Aliases, []string{"a", "b"}) || !reflect.DeepEqual(q1.Evidence, []string{"a", "b"}) {
		t.Errorf("line 3: %+v", q1)
	}
	if q2.Line != 4 || q2.Doc != "" || q2.Kind != BadKind || q2.Start != nil || *q2.End != 0 || !q2.SpeakerIsPronoun || q2.Speaker != "" || q2.Text != "😀é/" {
		t.Errorf("line 4: %+v", q2)
	}

	for _, tt := range []struct {
		in   string
		gold bool
		want string
	}{
		{"{}\n{\"doc\": \"a\",}\n", false, `x.jsonl:2: not JSON: expecting property name enclosed in double quotes at column 13`},
		{"\n\n[1]", false, `x.jsonl:3: not a JSON object`},
		{`{"doc": "a"} x`, false, `x.jsonl:1: not JSON: extra data at column 14`},
		{`{"doc": 'a'}`, false, `x.jsonl:1: not JSON: expecting value at column 9`},
		{`{"doc": "a", "start": 1, "end": 2}` + "\n" + `{"start": 1, "end": 2}`, true, `x.jsonl:2: no doc`},
		{`{"doc": "a", "start": 1.5, "end": 2}`, true, `x.jsonl:1: start is not an integer`},
		{`{"doc": "a", "start": 1}`, true, `x.jsonl:1: no end`},
		{`{"doc": "a", "start": 1, "end": 2, "aliases": 3}`, true, `x.jsonl:1: aliases is not a list`},
		{`{"doc": "a", "start": 99999999999999999999, "end": 2}`, false, `x.jsonl:1: start 99999999999999999999 is out of range`},
		{`{"doc": ["a"]}`, false, `x.jsonl:1: doc is not a string`},
		{"{\"doc\": \"\xff\"}", false, `x.jsonl: not UTF-8`},
	} {
		_, err := Parse("x.jsonl", []byte(tt.in), tt.gold)
		if err == nil || err.Error() != tt.want {
			t.Errorf("Parse(%q): %v, want %s", tt.in, err, tt.want)
		}
	}
}

func TestPyFloat(t *testing.T) {
	for f, want := range map[float64]string{1: "1.0", 0.5: "0.5", 1e16: "1e+16", 1.5e-5: "1.5e-05", 0.0001: "0.0001", 123456789012345.6: "123456789012345.6", -2.5: "-2.5"} {
		if got := pyFloat(f); got != want {
			t.Errorf("pyFloat(%v) = %q, want %q", f, got, want)
		}
	}
}

func TestWordless(t *testing.T) {
	doc := []byte("“One.”\n\n“Two,” he said.")
	for _, tt := range []struct {
		s, e int
		want bool
	}{
		{7, 12, true},   // ”\n\n“
		{15, 22, false}, // ” he sa
		{8, 100, false}, // cut at the end, as a Python slice
		{40, 100, true}, // nothing left: no word in it
		{1, 2, true},    // inside “: U+FFFD is not a word character
	} {
		if got := wordless(doc, tt.s, tt.e); got != tt.want {
			t.Errorf("wordless(%d, %d) = %v, want %v", tt.s, tt.e, got, tt.want)
		}
	}
	if wordless(nil, 0, 1) {
		t.Error("wordless of no document")
	}
}
