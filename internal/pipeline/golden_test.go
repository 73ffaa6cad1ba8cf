package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/internal/ingest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden from the current output")

// TestGolden runs the whole analysis over the team's own articles in
// testdata/articles and compares what `whosaid extract` would print (the
// quotes, then the people) with testdata/golden/NAME.jsonl. Run with
// -update to accept a change, and read the diff before committing it.
func TestGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "articles")
	files, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	an := New(Options{})
	for _, f := range files {
		name := f.Name()
		t.Run(name, func(t *testing.T) {
			var got bytes.Buffer
			enc := json.NewEncoder(&got)
			enc.SetEscapeHTML(false)
			path := filepath.Join(dir, name)
			for art, err := range ingest.Articles(context.Background(), []string{path}, ingest.Options{}) {
				if err != nil {
					t.Fatal(err)
				}
				if art.ID == "" {
					art.ID = ingest.ID(art)
				}
				// The doc is the path as given; keep the golden files free of
				// where the test runs from.
				art.Doc = strings.TrimPrefix(art.Doc, dir+string(filepath.Separator))
				e := Entry(an.Analyse(art))
				for _, q := range e.Quotes {
					if q.Text != art.Text[q.Start:q.End] {
						t.Errorf("quote %q: offsets [%d,%d) hold %q", q.Text, q.Start, q.End, art.Text[q.Start:q.End])
					}
					enc.Encode(q)
				}
				for _, p := range e.People {
					enc.Encode(p)
				}
			}
			golden := filepath.Join("..", "..", "testdata", "golden", strings.TrimSuffix(name, filepath.Ext(name))+".jsonl")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/pipeline -run TestGolden -update to create it)", err)
			}
			if diff := cmp.Diff(strings.Split(string(want), "\n"), strings.Split(got.String(), "\n")); diff != "" {
				t.Errorf("%s differs from %s (-want +got):\n%s", name, golden, diff)
			}
		})
	}
}
