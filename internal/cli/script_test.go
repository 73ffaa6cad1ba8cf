package cli_test

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/whosaid/whosaid/internal/cli"
)

// TestMain lets the test binary run as the whosaid command inside scripts.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"whosaid": func() {
			os.Exit(cli.Main(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
		},
	})
}

var updateScripts = flag.Bool("update-scripts", false, "rewrite the files that scripts cmp their output with (regular expressions are left to mend by hand)")

// TestScripts runs the scripts in testdata/script: whosaid as users run
// it, with small articles written out in each script, and the corpus of
// testdata/corpus (articles from several outlets and dates, in every input
// format) copied to $WORK/corpus.
func TestScripts(t *testing.T) {
	t.Parallel()
	corpus, err := filepath.Abs(filepath.Join("..", "..", "testdata", "corpus"))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		UpdateScripts:       *updateScripts,
		Setup: func(env *testscript.Env) error {
			return os.CopyFS(filepath.Join(env.WorkDir, "corpus"), os.DirFS(corpus))
		},
	})
}
