package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The agreement tests run the project's reference scorer, score.py, and
// check that Score agrees with it. They need python3 and the shared
// evaluation directory next to the repository (../../../shared/eval from
// here); without them they are skipped.

var sharedEval = filepath.Join("..", "..", "..", "shared", "eval")

// scorePy returns the command that runs score.py, or skips the test.
func scorePy(t *testing.T) (python, script string) {
	t.Helper()
	script = filepath.Join(sharedEval, "score.py")
	if _, err := os.Stat(script); err != nil {
		t.Skipf("no reference scorer at %s (it lives outside the repository): %v", script, err)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skipf("python3 is needed to run the reference scorer %s: %v", script, err)
	}
	return python, script
}

// runScorePy scores with score.py --json.
func runScorePy(t *testing.T, gold, pred, docs string, kinds []string) Result {
	t.Helper()
	python, script := scorePy(t)
	args := []string{"-B", script, gold, pred, "--json"}
	if docs != "" {
		args = append(args, "--docs="+docs)
	}
	if len(kinds) > 0 {
		args = append(args, "--kinds="+strings.Join(kinds, ","))
	}
	out, err := exec.Command(python, args...).Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		t.Fatalf("score.py %s: %v\n%s", strings.Join(args[2:], " "), err, stderr)
	}
	return decodeResult(t, out)
}

func decodeResult(t *testing.T, out []byte) Result {
	t.Helper()
	var r Result
	dec := json.NewDecoder(bytes.NewReader(out))
	dec.DisallowUnknownFields() // the keys must be score.py's
	if err := dec.Decode(&r); err != nil {
		t.Fatalf("score.py's output %q: %v", out, err)
	}
	return r
}

// scoreJob is one scoring for runScorePyBatch.
type scoreJob struct {
	Gold  string   `json:"gold"`
	Pred  string   `json:"pred"`
	Docs  string   `json:"docs"`
	Kinds []string `json:"kinds"`
}

// batchDriver runs score.py's load and score as its main does
// (score(load(GOLD), load(PRED), --docs or None, set(--kinds) or None)),
// for many jobs in one python process, printing each result as --json.
const batchDriver = `
import json, sys
sys.path.insert(0, sys.argv[1])
import score
for job in json.load(sys.stdin):
    kinds = set(job["kinds"]) if job["kinds"] else None
    r = score.score(score.load(job["gold"]), score.load(job["pred"]), job["docs"] or None, kinds)
    print(json.dumps(r))
`

// runScorePyBatch scores jobs with score.py's own functions, in one
// process: starting python for each would make the tests slow.
func runScorePyBatch(t *testing.T, jobs []scoreJob) []Result {
	t.Helper()
	python, script := scorePy(t)
	in, err := json.Marshal(jobs)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(python, "-B", "-c", batchDriver, filepath.Dir(script))
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, stderr.String())
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != len(jobs) {
		t.Fatalf("score.py gave %d results for %d jobs:\n%s", len(lines), len(jobs), out)
	}
	rs := make([]Result, len(jobs))
	for i, l := range lines {
		rs[i] = decodeResult(t, []byte(l))
	}
	return rs
}

// differs reports how a and b differ, floats to within tol.
func differs(a, b Result, tol float64) string {
	var d []string
	ints := []struct {
		name string
		a, b int
	}{{"gold", a.Gold, b.Gold}, {"pred", a.Pred, b.Pred}, {"unplaced", a.Unplaced, b.Unplaced}, {"speaker_judged", a.SpeakerJudged, b.SpeakerJudged}}
	for _, f := range ints {
		if f.a != f.b {
			d = append(d, fmt.Sprintf("%s %d != %d", f.name, f.a, f.b))
		}
	}
	floats := []struct {
		name string
		a, b float64
	}{
		{"extract_p", a.ExtractP, b.ExtractP}, {"extract_r", a.ExtractR, b.ExtractR}, {"extract_f1", a.ExtractF1, b.ExtractF1},
		{"speaker_acc", a.SpeakerAcc, b.SpeakerAcc},
		{"e2e_p", a.E2EP, b.E2EP}, {"e2e_r", a.E2ER, b.E2ER}, {"e2e_f1", a.E2EF1, b.E2EF1},
	}
	for _, f := range floats {
		if math.Abs(f.a-f.b) > tol || (tol == 0 && f.a != f.b) {
			d = append(d, fmt.Sprintf("%s %v != %v", f.name, f.a, f.b))
		}
	}
	return strings.Join(d, ", ")
}

var kindSets = [][]string{nil, {"direct", "partial"}, {"indirect"}, {"direct"}, {"partial"}}

// TestAgreementFixtures scores every fixture with score.py and Score,
// for several kinds.
func TestAgreementFixtures(t *testing.T) {
	scorePy(t)
	type run struct {
		f     fixture
		kinds []string
	}
	var runs []run
	var jobs []scoreJob
	for _, f := range fixtures {
		for _, kinds := range kindSets {
			g := f.gold
			if g == "" {
				g = "gold.jsonl"
			}
			_, _, docs := f.load(t)
			runs = append(runs, run{f, kinds})
			jobs = append(jobs, scoreJob{filepath.Join("testdata", g), filepath.Join("testdata", f.pred), docs, kinds})
		}
	}
	// score.py's command line once, to be sure the batch runs it alike.
	if got, want := runScorePyBatch(t, jobs[:1])[0], runScorePy(t, jobs[0].Gold, jobs[0].Pred, jobs[0].Docs, jobs[0].Kinds); got != want {
		t.Fatalf("score.py's functions give %+v, its command line %+v", got, want)
	}
	for i, want := range runScorePyBatch(t, jobs) {
		r := runs[i]
		gold, pred, docs := r.f.load(t)
		if d := differs(Score(gold, pred, docs, r.kinds), want, 1e-12); d != "" {
			t.Errorf("%s, kinds %q: Score and score.py differ: %s", r.f.name, r.kinds, d)
		}
	}
}

// polnear is the PolNeAR data, or the test is skipped.
func polnear(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(sharedEval, "data", "polnear")
	if _, err := os.Stat(filepath.Join(dir, "gold.jsonl")); err != nil {
		t.Skipf("no PolNeAR data at %s: %v", dir, err)
	}
	return dir
}

// readJSONL reads a file of JSON objects, one a line.
func readJSONL(t *testing.T, path string) []map[string]any {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []map[string]any
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		rows = append(rows, m)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

func writeJSONL(t *testing.T, path string, rows []map[string]any) {
	t.Helper()
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o666); err != nil {
		t.Fatal(err)
	}
}

// devGold is the gold quotes of PolNeAR's dev split, whole documents in
// order, up to about max lines.
func devGold(t *testing.T, dir string, max int) []map[string]any {
	var gold []map[string]any
	last := ""
	for _, g := range readJSONL(t, filepath.Join(dir, "gold.jsonl")) {
		if g["split"] != "dev" {
			continue
		}
		if doc := g["doc"].(string); doc != last {
			if len(gold) >= max {
				break
			}
			last = doc
		}
		gold = append(gold, g)
	}
	return gold
}

// perturb makes predictions out of gold quotes, the way extractors go
// wrong: quotes dropped, offsets shifted, speakers swapped for another of
// the document or cut to a surname or listed with others, offsets stripped
// (so that the text must be found), quotes split in two around a space or
// a few words, repeated, or invented.
func perturb(gold []map[string]any, texts map[string][]byte, seed uint64) []map[string]any {
	rng := rand.New(rand.NewPCG(seed, 0))
	speakers := map[string][]string{}
	for _, g := range gold {
		if s, ok := g["speaker"].(string); ok && s != "" {
			speakers[g["doc"].(string)] = append(speakers[g["doc"].(string)], s)
		}
	}
	num := func(v any) int { return int(v.(float64)) }
	var pred []map[string]any
	for _, g := range gold {
		doc := g["doc"].(string)
		text := texts[doc]
		p := map[string]any{"doc": "polnear/text/" + doc, "kind": g["kind"], "text": g["text"],
			"start": g["start"], "end": g["end"], "speaker": g["speaker"], "rule": "test"}
		s, e := num(g["start"]), num(g["end"])
		others := speakers[doc]
		switch x := rng.Float64(); {
		case x < 0.12: // dropped
			continue
		case x < 0.24: // shifted
			s += rng.IntN(21) - 10
			e += rng.IntN(21) - 10
			if s < 0 {
				s = 0
			}
			p["start"], p["end"] = s, e
		case x < 0.36 && len(others) > 0: // another speaker of the document
			p["speaker"] = others[rng.IntN(len(others))]
		case x < 0.42: // a surname, or names in a list
			sp, _ := g["speaker"].(string)
			w := strings.Fields(sp)
			if len(w) > 0 && len(others) > 0 {
				if rng.IntN(2) == 0 {
					p["speaker"] = w[len(w)-1]
				} else {
					p["speaker"] = w[len(w)-1] + " and " + others[rng.IntN(len(others))]
				}
			}
		case x < 0.48: // no speaker
			if rng.IntN(2) == 0 {
				p["speaker"] = ""
			} else {
				delete(p, "speaker")
			}
		case x < 0.58: // no usable offsets: placed by text
			switch rng.IntN(4) {
			case 0:
				delete(p, "start")
				delete(p, "end")
			case 1:
				p["start"], p["end"] = nil, nil
			case 2:
				p["start"], p["end"] = float64(s)+0.5, float64(e)
			case 3:
				p["start"], p["end"] = e, s
			}
			if rng.IntN(8) == 0 {
				p["text"] = "not in the document at all"
			}
		case x < 0.70 && e-s > 20 && e <= len(text): // split in two
			m := s + (e-s)/2
			for m < e && text[m] != ' ' {
				m++
			}
			if m >= e-1 {
				break
			}
			gap := 1
			if rng.IntN(2) == 0 {
				for gap < e-m-1 && gap < 15 && text[m+gap] != ' ' {
					gap++
				}
			}
			q := map[string]any{}
			for k, v := range p {
				q[k] = v
			}
			p["start"], p["end"], p["text"] = s, m, string(text[s:m])
			q["start"], q["end"], q["text"] = m+gap, e, string(text[m+gap:e])
			if rng.IntN(3) == 0 {
				q["speaker"] = ""
			}
			pred = append(pred, p, q)
			continue
		case x < 0.75: // repeated, whole or in part
			q := map[string]any{}
			for k, v := range p {
				q[k] = v
			}
			if rng.IntN(2) == 0 && e-s > 4 {
				q["start"] = s + (e-s)/4
			}
			pred = append(pred, p, q)
			continue
		case x < 0.80: // the kind missing or wrong
			if rng.IntN(2) == 0 {
				delete(p, "kind")
			} else {
				p["kind"] = []string{"direct", "partial", "indirect"}[rng.IntN(3)]
			}
		case x < 0.85 && len(text) > 100: // invented
			a := rng.IntN(len(text) - 60)
			pred = append(pred, map[string]any{"doc": doc, "kind": "direct", "text": "", "start": a, "end": a + 10 + rng.IntN(50), "speaker": "Nobody"})
		}
		pred = append(pred, p)
	}
	rng.Shuffle(len(pred), func(i, j int) { pred[i], pred[j] = pred[j], pred[i] })
	return pred
}

// TestAgreementPolNeAR compares Score with score.py on PolNeAR's dev
// split: perturbed gold quotes, and the quotes of PolNeAR's other
// annotators.
func TestAgreementPolNeAR(t *testing.T) {
	scorePy(t)
	dir := polnear(t)
	docs := filepath.Join(dir, "text")
	tmp := t.TempDir()

	gold := devGold(t, dir, 400)
	texts := map[string][]byte{}
	for _, g := range gold {
		doc := g["doc"].(string)
		if texts[doc] == nil {
			b, err := os.ReadFile(filepath.Join(docs, doc))
			if err != nil {
				t.Fatal(err)
			}
			texts[doc] = b
		}
	}
	goldPath := filepath.Join(tmp, "gold.jsonl")
	writeJSONL(t, goldPath, gold)

	type set struct {
		name, gold, pred string
	}
	var sets []set
	for seed := range uint64(3) {
		p := filepath.Join(tmp, fmt.Sprintf("perturbed%d.jsonl", seed))
		writeJSONL(t, p, perturb(gold, texts, seed))
		sets = append(sets, set{fmt.Sprintf("perturbed %d", seed), goldPath, p})
	}

	// The other annotators' quotes, in score.py's format, against the gold
	// of their documents.
	var other []map[string]any
	odocs := map[string]bool{}
	for _, o := range readJSONL(t, filepath.Join(dir, "quotes_other_annotators.jsonl")) {
		if o["split"] != "dev" {
			continue
		}
		kind := o["quote_type"]
		if kind == "mixed" {
			kind = "partial"
		}
		doc := o["doc"].(string) + ".txt"
		odocs[doc] = true
		other = append(other, map[string]any{"doc": doc, "kind": kind, "text": o["quote"],
			"start": o["start_byte"], "end": o["end_byte"], "speaker": o["speaker"]})
	}
	if len(other) > 0 {
		var ogold []map[string]any
		for _, g := range readJSONL(t, filepath.Join(dir, "gold.jsonl")) {
			if odocs[g["doc"].(string)] {
				ogold = append(ogold, g)
			}
		}
		og, op := filepath.Join(tmp, "other-gold.jsonl"), filepath.Join(tmp, "other.jsonl")
		writeJSONL(t, og, ogold)
		writeJSONL(t, op, other)
		sets = append(sets, set{"other annotators", og, op})
	}

	var jobs []scoreJob
	for _, s := range sets {
		for _, kinds := range kindSets[:3] {
			jobs = append(jobs, scoreJob{s.gold, s.pred, docs, kinds})
		}
	}
	wants := runScorePyBatch(t, jobs)
	for i, s := range sets {
		g, err := LoadGold(s.gold)
		if err != nil {
			t.Fatal(err)
		}
		p, err := Load(s.pred)
		if err != nil {
			t.Fatal(err)
		}
		scorer := &Scorer{Gold: g, Docs: Dir(docs)}
		for j, kinds := range kindSets[:3] {
			want := wants[3*i+j]
			got := scorer.Score(p, kinds)
			if d := differs(got, want, 0); d != "" {
				t.Errorf("%s, kinds %q: Score and score.py differ: %s", s.name, kinds, d)
			} else {
				t.Logf("%s, kinds %q: %d gold, %d predicted (%d unplaced): agree (extraction F1 %.3f, speaker accuracy %.3f, end-to-end F1 %.3f)",
					s.name, kinds, got.Gold, got.Pred, got.Unplaced, got.ExtractF1, got.SpeakerAcc, got.E2EF1)
			}
		}
	}
}
