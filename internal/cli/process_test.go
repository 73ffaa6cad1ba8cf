package cli_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/index"
)

// whosaidCommand returns a command that runs whosaid in a process of its
// own: this test binary under the name whosaid, which TestMain runs as the
// command line.
func whosaidCommand(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "whosaid")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	if err := os.Symlink(exe, bin); err != nil {
		data, err := os.ReadFile(exe)
		if err == nil {
			err = os.WriteFile(bin, data, 0o755)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	return cmd
}

// writeNews writes n generated articles to dir/news, plain text and
// Markdown files and a JSON Lines feed, each with a few quotes by a few
// speakers, and returns dir/news.
func writeNews(t *testing.T, dir string, n int) string {
	t.Helper()
	news := filepath.Join(dir, "news")
	if err := os.MkdirAll(news, 0o755); err != nil {
		t.Fatal(err)
	}
	people := []struct{ role, name string }{
		{"Mayor", "Elena Marsh"}, {"Council member", "Tom Baker"}, {"Harbour master", "Piet Visser"},
		{"Union leader", "Sofia Brandt"}, {"Finance Minister", "Tomas Keller"},
	}
	topics := strings.Fields("bridge harbour budget ferry school strike fees roads water rail")
	var feed strings.Builder
	for i := range n {
		p, q := people[i%len(people)], people[(i+2)%len(people)]
		topic := topics[i%len(topics)]
		title := fmt.Sprintf("Council %d debates the %s", i, topic)
		body := fmt.Sprintf("%s %s opened the session on the %s, item %d.\n\n"+
			"\"We will fix the %s before the winter,\" %s said. \"Nobody wants another delay.\"\n\n"+
			"%s %s said the plan for item %d would cost twice as much as promised.\n\n"+
			"\"That is simply not true,\" said %s, who added that the %s was safe.\n",
			p.role, p.name, topic, i, topic, p.name, q.role, q.name, i, p.name, topic)
		switch i % 5 {
		case 0:
			feed.WriteString(fmt.Sprintf(`{"id": "wire-%d", "title": %q, "text": %q}`+"\n", i, title, body))
		case 1:
			writeFile(t, filepath.Join(news, fmt.Sprintf("%04d.md", i)), "# "+title+"\n\n"+body)
		default:
			writeFile(t, filepath.Join(news, fmt.Sprintf("%04d.txt", i)), title+"\n\n"+body)
		}
	}
	writeFile(t, filepath.Join(news, "wire.jsonl"), feed.String())
	return news
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// indexQuotes returns the quote IDs of every article the index at path
// holds, by article, and the articles' IDs; an index that does not exist
// yet holds nothing.
func indexQuotes(t *testing.T, path string, articleIDs []string) (map[string][]string, int) {
	t.Helper()
	ctx := context.Background()
	ix, err := index.Open(path, index.Options{ReadOnly: true})
	if errors.Is(err, os.ErrNotExist) {
		return map[string][]string{}, 0
	}
	if err != nil {
		t.Fatalf("open after the kill: %v", err)
	}
	defer ix.Close()
	// It searches.
	if _, err := ix.Search(ctx, index.Query{Text: "bridge OR harbour", Speaker: "Elena Marsh"}); err != nil {
		t.Fatalf("search after the kill: %v", err)
	}
	if _, err := ix.Stats(ctx); err != nil {
		t.Fatalf("stats after the kill: %v", err)
	}
	byArticle := map[string][]string{}
	for h, err := range ix.All(ctx, index.Query{}) {
		if err != nil {
			t.Fatal(err)
		}
		byArticle[h.Quote.Article] = append(byArticle[h.Quote.Article], h.Quote.ID)
	}
	articles := 0
	for _, id := range articleIDs {
		if _, err := ix.Article(ctx, id); err == nil {
			articles++
			if _, ok := byArticle[id]; !ok {
				byArticle[id] = nil
			}
		} else if !errors.Is(err, index.ErrNotFound) {
			t.Fatal(err)
		}
	}
	for _, ids := range byArticle {
		slices.Sort(ids)
	}
	return byArticle, articles
}

// Kill -9 at any point of an ingest leaves an index that opens and
// searches, holding whole articles only; the same ingest run again ends
// with exactly the quotes of a clean run.
func TestIngestKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a few ingests: not in -short")
	}
	t.Parallel()
	dir := t.TempDir()
	news := writeNews(t, dir, 400)

	clean := filepath.Join(dir, "clean")
	start := time.Now()
	if out, err := whosaidCommand(t, "--index", clean, "ingest", "-q", news).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}
	took := time.Since(start)
	ix, err := index.Open(clean, index.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	want := map[string][]string{}
	for h, err := range ix.All(ctx, index.Query{}) {
		if err != nil {
			t.Fatal(err)
		}
		want[h.Quote.Article] = append(want[h.Quote.Article], h.Quote.ID)
	}
	st, err := ix.Stats(ctx)
	ix.Close()
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 400 || len(want) != 400 {
		t.Fatalf("the clean run stored %d articles, %d with quotes; want 400", st.Articles, len(want))
	}
	var articleIDs []string
	for id, ids := range want {
		slices.Sort(ids)
		articleIDs = append(articleIDs, id)
	}
	t.Logf("clean ingest of 400 articles (%d quotes): %v", st.Quotes, took.Round(time.Millisecond))

	seed := time.Now().UnixNano()
	rng := rand.New(rand.NewPCG(uint64(seed), 0))
	// From before the index exists to the last batch; more rounds, at
	// random, with WHOSAID_KILL_ROUNDS=n.
	fractions := []float64{0, 0.01, 0.1, 0.3, 0.5, 0.7, 0.85, 0.95}
	if n, err := strconv.Atoi(os.Getenv("WHOSAID_KILL_ROUNDS")); err == nil {
		for len(fractions) < n {
			fractions = append(fractions, rng.Float64())
		}
	}
	for round, f := range fractions {
		delay := time.Duration((f + 0.05*rng.Float64()) * float64(took))
		path := filepath.Join(dir, fmt.Sprintf("killed%d", round))
		cmd := whosaidCommand(t, "--index", path, "ingest", "-q", news)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		if err := cmd.Process.Kill(); err != nil { // SIGKILL: no goodbyes
			t.Fatal(err)
		}
		err := cmd.Wait()
		got, articles := indexQuotes(t, path, articleIDs)
		// Whole articles or nothing: every article held has all its quotes.
		for id, ids := range got {
			if !slices.Equal(ids, want[id]) {
				t.Errorf("round %d (seed %d): killed after %v, article %s has %d of its %d quotes", round, seed, delay, id, len(ids), len(want[id]))
			}
		}
		t.Logf("round %d: killed after %v (%v): %d of 400 articles stored", round, delay.Round(time.Millisecond), err, articles)

		// Again, to the end: exactly the clean run's quotes.
		if out, err := whosaidCommand(t, "--index", path, "ingest", "-q", news).CombinedOutput(); err != nil {
			t.Fatalf("round %d: ingest again: %v\n%s", round, err, out)
		}
		got, articles = indexQuotes(t, path, articleIDs)
		if articles != 400 || len(got) != len(want) {
			t.Errorf("round %d (seed %d): after ingesting again, %d articles with quotes, want %d", round, seed, len(got), len(want))
		}
		for id, ids := range want {
			if !slices.Equal(got[id], ids) {
				t.Errorf("round %d (seed %d): after ingesting again, article %s has quotes %v, want %v", round, seed, id, got[id], ids)
			}
		}
	}
}

// While one whosaid writes the index, another's search, stats, ingest or
// remove answers within seconds with one clear line; once the writer is
// done, they work.
func TestSecondProcess(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	news := writeNews(t, dir, 5)
	idx := filepath.Join(dir, "idx")

	// An ingest reading standard input holds the index open for writing
	// until its input ends.
	writer := whosaidCommand(t, "--index", idx, "ingest", "-q", "-")
	in, err := writer.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var writerErr bytes.Buffer
	writer.Stderr = &writerErr
	if err := writer.Start(); err != nil {
		t.Fatal(err)
	}
	defer writer.Process.Kill()
	deadline := time.Now().Add(30 * time.Second)
	for {
		ix, err := index.Open(idx, index.Options{ReadOnly: true, LockTimeout: 20 * time.Millisecond})
		if errors.Is(err, index.ErrLocked) {
			break
		}
		if err == nil {
			ix.Close()
		}
		if time.Now().After(deadline) {
			t.Fatalf("the writer never opened the index: %v; %s", err, writerErr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}

	locked := "whosaid: index " + idx + " is being written by another whosaid; try again when it has finished\n"
	for _, args := range [][]string{
		{"search", "bridge"},
		{"stats"},
		{"people"},
		{"export"},
		{"ingest", "-q", news},
		{"remove", "wire-0"},
	} {
		cmd := whosaidCommand(t, append([]string{"--index", idx}, args...)...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		start := time.Now()
		err := cmd.Run()
		took := time.Since(start)
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 1 || stderr.String() != locked || stdout.Len() > 0 {
			t.Errorf("%v while another whosaid writes: %v\nstdout %q\nstderr %q\nwant %q", args, err, stdout.String(), stderr.String(), locked)
		}
		if took > 10*time.Second {
			t.Errorf("%v took %v to answer", args, took)
		}
		t.Logf("%v answered in %v", args, took.Round(time.Millisecond))
	}

	// The writer finishes; then everyone may.
	if _, err := io.WriteString(in, "Ferry back\n\n\"The ferry runs again,\" said Anna Berg.\n"); err != nil {
		t.Fatal(err)
	}
	in.Close()
	if err := writer.Wait(); err != nil {
		t.Fatalf("the writer: %v; %s", err, writerErr.String())
	}
	if out, err := whosaidCommand(t, "--index", idx, "ingest", "-q", news).CombinedOutput(); err != nil {
		t.Fatalf("ingest after: %v\n%s", err, out)
	}
	out, err := whosaidCommand(t, "--index", idx, "search", "ferry").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "The ferry runs again") {
		t.Errorf("search after: %v\n%s", err, out)
	}
}
