package cli_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"github.com/whosaid/whosaid/index"
	"github.com/whosaid/whosaid/internal/cli"
)

// An index written by another version of whosaid is refused by every
// command with one line saying what to do, and left as it is.
func TestIndexOfAnotherVersion(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(article, []byte("Bridge\n\n\"We will rebuild the bridge,\" Mayor Elena Marsh said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	main := func(args ...string) (int, string, string) {
		var stdout, stderr bytes.Buffer
		code := cli.Main(context.Background(), args, strings.NewReader(""), &stdout, &stderr)
		return code, stdout.String(), stderr.String()
	}
	for _, tt := range []struct{ version, want string }{
		{"1", "whosaid: index %[1]s was written by an older whosaid (schema 1; this one reads schema %[2]d): remove it (rm -r %[1]s) and ingest the articles again\n"},
		{"99", "whosaid: index %[1]s was written by a newer whosaid (schema 99; this one reads schema %[2]d): use that whosaid, or update this one; the index is left as it is\n"},
	} {
		idx := filepath.Join(dir, "idx"+tt.version)
		if code, _, stderr := main("--index", idx, "ingest", "-q", article); code != 0 {
			t.Fatalf("ingest: %d %s", code, stderr)
		}
		// What whosaid of that version would have left: its version in
		// bleve's internal storage, under the key index.Open reads.
		bi, err := bleve.Open(idx)
		if err != nil {
			t.Fatal(err)
		}
		if err := bi.SetInternal([]byte("whosaid.schema"), []byte(tt.version)); err != nil {
			t.Fatal(err)
		}
		if err := bi.Close(); err != nil {
			t.Fatal(err)
		}
		want := fmt.Sprintf(tt.want, idx, index.SchemaVersion)
		for _, args := range [][]string{{"search", "bridge"}, {"stats"}, {"export"}, {"ingest", article}, {"remove", article}} {
			code, stdout, stderr := main(append([]string{"--index", idx}, args...)...)
			if code != 1 || stdout != "" || stderr != want {
				t.Errorf("schema %s, %v: exit %d, stdout %q, stderr %q; want 1 and %q", tt.version, args, code, stdout, stderr, want)
			}
		}
		// Left as it is: the version is still the other one.
		bi, err = bleve.Open(idx)
		if err != nil {
			t.Fatal(err)
		}
		v, err := bi.GetInternal([]byte("whosaid.schema"))
		bi.Close()
		if err != nil || string(v) != tt.version {
			t.Errorf("schema %s became %q, %v", tt.version, v, err)
		}
	}
}
