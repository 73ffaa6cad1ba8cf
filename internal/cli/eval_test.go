package cli

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// evalTestdata holds the eval package's fixtures: documents, a gold file
// and prediction files.
var evalTestdata = filepath.Join("..", "eval", "testdata")

// scoreKeys are the keys of score.py's --json output, in its order.
var scoreKeys = []string{"gold", "pred", "unplaced", "extract_p", "extract_r", "extract_f1",
	"speaker_judged", "speaker_acc", "e2e_p", "e2e_r", "e2e_f1"}

func runEvalCmd(t *testing.T, args ...string) string {
	t.Helper()
	e, stdout, stderr := testEnv("", nil)
	if code := run(context.Background(), append([]string{"eval"}, args...), e); code != exitOK {
		t.Fatalf("whosaid eval %s: exit %d\n%s", strings.Join(args, " "), code, stderr)
	}
	if stderr.Len() > 0 {
		t.Errorf("stderr: %s", stderr)
	}
	return stdout.String()
}

// TestEvalJSONKeys checks that --json has score.py's keys, and by_kind
// the same for each kind.
func TestEvalJSONKeys(t *testing.T) {
	gold, pred, docs := filepath.Join(evalTestdata, "gold.jsonl"), filepath.Join(evalTestdata, "split.jsonl"), filepath.Join(evalTestdata, "docs")
	for _, withErrors := range []bool{false, true} {
		args := []string{"--gold", gold, "--pred", pred, "--docs", docs, "--json"}
		if withErrors {
			args = append(args, "--errors")
		}
		out := runEvalCmd(t, args...)
		if strings.Count(out, "\n") != 1 || !strings.HasSuffix(out, "}\n") {
			t.Errorf("not one line of JSON: %q", out)
		}
		dec := json.NewDecoder(strings.NewReader(out))
		var keys []string
		var obj map[string]json.RawMessage
		if err := json.Unmarshal([]byte(out), &obj); err != nil {
			t.Fatal(err)
		}
		// keys in order
		if _, err := dec.Token(); err != nil {
			t.Fatal(err)
		}
		for dec.More() {
			k, err := dec.Token()
			if err != nil {
				t.Fatal(err)
			}
			keys = append(keys, k.(string))
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				t.Fatal(err)
			}
		}
		want := append(slices.Clone(scoreKeys), "by_kind")
		if withErrors {
			want = append(want, "errors")
		}
		if !reflect.DeepEqual(keys, want) {
			t.Errorf("keys %q, want %q", keys, want)
		}
		var byKind map[string]map[string]any
		if err := json.Unmarshal(obj["by_kind"], &byKind); err != nil {
			t.Fatal(err)
		}
		if len(byKind) != 4 {
			t.Errorf("by_kind has %d kinds, want 4", len(byKind))
		}
		for _, k := range []string{"direct", "partial", "direct,partial", "indirect"} {
			if len(byKind[k]) != len(scoreKeys) {
				t.Errorf("by_kind[%q] = %v", k, byKind[k])
			}
		}
	}
}

// TestEvalAgreesWithScorePy runs score.py, when it is there, on the eval
// package's fixtures and checks that whosaid eval prints the same four
// lines and the same JSON.
func TestEvalAgreesWithScorePy(t *testing.T) {
	script := filepath.Join("..", "..", "..", "shared", "eval", "score.py")
	if _, err := os.Stat(script); err != nil {
		t.Skipf("no reference scorer at %s (it lives outside the repository): %v", script, err)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skipf("python3 is needed to run the reference scorer %s: %v", script, err)
	}
	gold := filepath.Join(evalTestdata, "gold.jsonl")
	docs := filepath.Join(evalTestdata, "docs")
	for _, tt := range []struct {
		pred  string
		docs  bool
		kinds string
	}{
		{"split.jsonl", true, ""},
		{"split.jsonl", false, ""},
		{"duplicates.jsonl", true, "direct"},
		{"placed.jsonl", true, "direct,partial"},
		{"surname.jsonl", true, "indirect"},
		{"unplaced.jsonl", true, ""},
	} {
		pred := filepath.Join(evalTestdata, tt.pred)
		pyArgs := []string{"-B", script, gold, pred}
		args := []string{"--gold", gold, "--pred", pred}
		if tt.docs {
			pyArgs = append(pyArgs, "--docs="+docs)
			args = append(args, "--docs", docs)
		}
		if tt.kinds != "" {
			pyArgs = append(pyArgs, "--kinds="+tt.kinds)
			args = append(args, "--kinds", tt.kinds)
		}
		t.Run(strings.Join(args[2:], " "), func(t *testing.T) {
			t.Parallel() // python takes a while to start
			want, err := exec.Command(python, pyArgs...).Output()
			if err != nil {
				t.Fatalf("score.py: %v", err)
			}
			got := runEvalCmd(t, args...)
			if !strings.HasPrefix(got, string(want)+"\n") {
				t.Errorf("whosaid eval printed\n%s\nscore.py\n%s", got, want)
			}

			wantJSON, err := exec.Command(python, append(pyArgs, "--json")...).Output()
			if err != nil {
				t.Fatalf("score.py --json: %v", err)
			}
			var w, g map[string]any
			if err := json.Unmarshal(wantJSON, &w); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal([]byte(runEvalCmd(t, append(args, "--json")...)), &g); err != nil {
				t.Fatal(err)
			}
			delete(g, "by_kind")
			if !reflect.DeepEqual(g, w) {
				t.Errorf("whosaid eval --json: %v\nscore.py --json: %v", g, w)
			}
		})
	}
}

func TestEvalUsageErrors(t *testing.T) {
	tests := []struct {
		args   []string
		stderr string
	}{
		{[]string{"eval"}, "whosaid: eval needs --gold GOLD.jsonl, the gold quotes\n"},
		{[]string{"eval", "--gold", "g.jsonl"}, "whosaid: eval needs --pred PRED.jsonl, or PATHs of articles to analyse\n"},
		{[]string{"eval", "--gold", "g.jsonl", "--pred", "p.jsonl", "a.txt"}, "whosaid: eval scores --pred PRED.jsonl or the articles at PATHs, not both\n"},
		{[]string{"eval", "--gold", "g.jsonl", "--pred", "p.jsonl", "--kinds", "quoted"}, "whosaid: --kinds: want a list of direct, partial, indirect, not \"quoted\"\n"},
		{[]string{"eval", "--gold", "g.jsonl", "--pred", "p.jsonl", "--kinds", "direct,"}, "whosaid: --kinds: want a list of direct, partial, indirect, not \"direct,\"\n"},
		{[]string{"eval", "--gold", "g.jsonl", "-j", "0", "a.txt"}, "whosaid: --workers must be at least 1, got 0\n"},
		{[]string{"eval", "--gold"}, "whosaid: flag needs an argument: --gold\n"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			e, stdout, stderr := testEnv("", nil)
			if code := run(context.Background(), tt.args, e); code != exitUsage {
				t.Errorf("exit code %d, want %d", code, exitUsage)
			}
			if want := tt.stderr + "run 'whosaid eval --help' for usage\n"; stderr.String() != want {
				t.Errorf("stderr:\n%s\nwant:\n%s", stderr, want)
			}
			if stdout.Len() > 0 {
				t.Errorf("stdout: %q", stdout)
			}
		})
	}
}

// TestEvalPaths checks that scoring articles is scoring what extract
// prints for them.
func TestEvalPaths(t *testing.T) {
	dir, paths := writeArticles(t)
	gold := filepath.Join(dir, "gold.jsonl")
	// "The bridge will be open before the summer fair," in riverton.txt.
	line := `{"doc": "riverton.txt", "kind": "direct", "text": "The bridge will be open before the summer fair,", "start": 50, "end": 97, "speaker": "Jane Doe"}` + "\n"
	if err := os.WriteFile(gold, []byte(line), 0o666); err != nil {
		t.Fatal(err)
	}
	if got := riverton[50:97]; got != "The bridge will be open before the summer fair," {
		t.Fatalf("the gold line's offsets are wrong: %q", got)
	}
	e, stdout, stderr := testEnv("", nil)
	if err := runExtract(context.Background(), e, extractOptions{Paths: paths, Workers: 1}); err != nil {
		t.Fatalf("extract: %v %s", err, stderr)
	}
	pred := filepath.Join(dir, "pred.jsonl")
	if err := os.WriteFile(pred, stdout.Bytes(), 0o666); err != nil {
		t.Fatal(err)
	}
	fromPaths := runEvalCmd(t, "--gold", gold, "--errors", paths[0], paths[1])
	fromPred := runEvalCmd(t, "--gold", gold, "--errors", "--pred", pred, "--docs", dir)
	if fromPaths != fromPred {
		t.Errorf("eval PATHs:\n%s\neval --pred of extract's output:\n%s", fromPaths, fromPred)
	}
	// The other quotes of riverton.txt are false; lakeport.md has no gold.
	if !strings.HasPrefix(fromPaths, "gold 1  predicted ") || !strings.Contains(fromPaths, "  R 1.000  ") {
		t.Errorf("eval PATHs:\n%s", fromPaths)
	}
}
