package index

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// A writer kept out by readers is told so, not that someone is writing.
func TestLockedByReader(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	ro, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	start := time.Now()
	_, err = Open(dir, Options{LockTimeout: 200 * time.Millisecond})
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("got %v, want ErrLocked", err)
	}
	if want := "index " + dir + " is being read by another whosaid; try again when it has finished"; err.Error() != want {
		t.Errorf("got %q, want %q", err, want)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("took %v", d)
	}
}

// A new index appears whole or not at all: it is built beside its path and
// renamed into place, leaving nothing else behind.
func TestCreateLeavesNothingBehind(t *testing.T) {
	parent := t.TempDir()
	path := filepath.Join(parent, "index.bleve")
	// What a process killed while creating an index leaves: an old
	// temporary directory, removed, and a fresh one, left to its owner.
	stale := filepath.Join(parent, ".index.bleve"+tmpInfix+"1")
	fresh := filepath.Join(parent, ".index.bleve"+tmpInfix+"2")
	for _, d := range []string{stale, fresh} {
		if err := os.MkdirAll(filepath.Join(d, "store"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(stale, old, old); err != nil {
		t.Fatal(err)
	}
	ix := openTest(t, path)
	if err := ix.Add(context.Background(), fixtures()...); err != nil {
		t.Fatal(err)
	}
	names, err := os.ReadDir(parent)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, n := range names {
		got = append(got, n.Name())
	}
	if want := []string{filepath.Base(fresh), "index.bleve"}; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("beside the index: %v, want %v", got, want)
	}
}

// An empty directory given as the index, even the working directory or one
// reached through a symbolic link, receives the index.
func TestCreateInEmptyDirectory(t *testing.T) {
	t.Run("working directory", func(t *testing.T) {
		dir := t.TempDir()
		t.Chdir(dir)
		ix := openTest(t, ".")
		if err := ix.Add(context.Background(), fixtures()...); err != nil {
			t.Fatal(err)
		}
		wd, err := os.Getwd()
		if err != nil || !sameDir(wd, dir) {
			t.Fatalf("working directory lost: %q, %v", wd, err)
		}
		if _, err := os.Stat("index_meta.json"); err != nil {
			t.Error(err)
		}
	})
	t.Run("symbolic link", func(t *testing.T) {
		real := filepath.Join(t.TempDir(), "real")
		if err := os.Mkdir(real, 0o755); err != nil {
			t.Fatal(err)
		}
		link := filepath.Join(t.TempDir(), "link")
		if err := os.Symlink(real, link); err != nil {
			t.Skipf("no symbolic links: %v", err)
		}
		ix := openTest(t, link)
		if err := ix.Add(context.Background(), fixtures()...); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Errorf("the link was replaced: %v, %v", fi, err)
		}
		if _, err := os.Stat(filepath.Join(real, "index_meta.json")); err != nil {
			t.Error(err)
		}
	})
}

// Processes racing to create one index all end up with the same index:
// each either opens it or is told it is locked; none sees half of it.
func TestCreateRace(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.bleve")
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Go(func() {
			ix, err := Open(path, Options{LockTimeout: 5 * time.Second})
			if err == nil {
				err = ix.Add(context.Background(), fixtures()[i%2])
				ix.Close()
			}
			errs[i] = err
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil && !errors.Is(err, ErrLocked) {
			t.Errorf("opener %d: %v", i, err)
		}
	}
	ix, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	st, err := ix.Stats(context.Background())
	if err != nil || st.Articles == 0 {
		t.Errorf("stats %+v, %v", st, err)
	}
}

// An index whose creation an older whosaid did not finish is called
// damaged, with what to do.
func TestDamaged(t *testing.T) {
	for name, files := range map[string]map[string]string{
		"metadata only":  {"index_meta.json": `{"storage":"boltdb","index_type":"scorch","config":{}}`},
		"empty metadata": {"index_meta.json": ""},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			for f, content := range files {
				if err := os.WriteFile(filepath.Join(dir, f), []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			_, err := Open(dir, Options{})
			if err == nil {
				t.Fatal("opened")
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "open index "+dir+": ") ||
				!strings.HasSuffix(msg, ": the index is damaged; remove it (rm -r "+dir+") and ingest the articles again") {
				t.Errorf("got %q", msg)
			}
		})
	}
}

// A bad query is one line that says what is wrong; the fields and escapes
// that are right still work.
func TestQueryMessages(t *testing.T) {
	ix := filled(t)
	ctx := context.Background()
	for text, want := range map[string]string{
		`(missile`:                  `bad query: unbalanced parenthesis in "(missile"`,
		`missile) test`:             `bad query: unbalanced parenthesis in "missile) test"`,
		`(missile OR test) warning`: `bad query: parentheses do not group words in "(missile OR test) warning": leave them out (OR separates whole alternatives: a b OR c is a b, or c)`,
		`title:missile`:             `bad query: no field "title" in "title:missile": fields are ` + strings.Join(QueryFields, ", ") + ` (write a colon that is not a field's as \:)`,
		`missile -frobnicate:x`:     `bad query: no field "frobnicate" in "missile -frobnicate:x": fields are ` + strings.Join(QueryFields, ", ") + ` (write a colon that is not a field's as \:)`,
		`"dead end`:                 `bad query: unbalanced quote in "\"dead end"`,
		`speaker:`:                  `bad query: cannot read "speaker:": syntax error`,
		`/missile$/`:                `bad query: regular expression /missile$/: zero width assertions not allowed`,
		`missile~3`:                 `bad query: ~3 in "missile~3": words can be spelt at most 2 edits away (~1 or ~2)`,
	} {
		_, err := ix.Search(ctx, Query{Text: text})
		if err == nil || err.Error() != want {
			t.Errorf("%s: got %v\nwant %s", text, err, want)
		}
	}
	for text, n := range map[string]int{
		`missile`:                      1,
		`"(missile)"`:                  1,
		`\(missile\)`:                  1,
		`speaker:putin`:                3,
		`person:putin kind:direct`:     2,
		`date:>="2024-03-02"`:          2,
		`confidence:>0.5 kind:DIRECT`:  4,
		`doc:korea.txt article:a2`:     2,
		`text:sanctions -role:foreign`: 1,
		`https\://example.org`:         0,
	} {
		res, err := ix.Search(ctx, Query{Text: text})
		if err != nil || int(res.Total) != n {
			t.Errorf("%s: %v, %v; want %d hits", text, res, err, n)
		}
	}
}

// An article that is not valid UTF-8 (a Latin-1 file) comes back byte for
// byte, so that its quotes' offsets still hold.
func TestArticleTextKeptByteForByte(t *testing.T) {
	ix := openTest(t, t.TempDir())
	ctx := context.Background()
	a := Article{ID: "latin1", Doc: "cafe.txt", Text: "Caf\xe9 news\n\n\"Le caf\xe9 est ferm\xe9,\" said Jean Dupont.\n"}
	start := strings.Index(a.Text, "Le")
	end := strings.Index(a.Text, ",") + 1
	q := Quote{ID: "q", Kind: "direct", Text: a.Text[start:end], Start: start, End: end, Speaker: "Jean Dupont"}
	if err := ix.Add(ctx, Entry{Article: a, Quotes: []Quote{q}}); err != nil {
		t.Fatal(err)
	}
	got, err := ix.Article(ctx, "latin1")
	if err != nil || got.Text != a.Text {
		t.Fatalf("article text %q, %v; want %q", got.Text, err, a.Text)
	}
	gq, err := ix.Quote(ctx, "q")
	if err != nil || gq.Text != got.Text[gq.Start:gq.End] {
		t.Errorf("quote %q at [%d, %d), %v; the article there has %q", gq.Text, gq.Start, gq.End, err, got.Text[gq.Start:gq.End])
	}
}
