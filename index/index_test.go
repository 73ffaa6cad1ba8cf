package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// quote makes a quote of article a whose text is appended to the article's
// text, so that offsets are true.
func quote(a *Article, id, kind, speaker, role, text string) Quote {
	if a.Text != "" {
		a.Text += " "
	}
	start := len(a.Text)
	a.Text += text
	return Quote{
		ID: id, Doc: a.Doc, Article: a.ID, Kind: kind, Text: text,
		Start: start, End: len(a.Text), Speaker: speaker,
		SpeakerMention: speaker, Anonymous: speaker == "North Korean official",
		Role: role, Cue: "said", Rule: "test", Confidence: 0.9,
		Evidence: []string{speaker}, Title: a.Title, URL: a.URL, Date: a.Date,
	}
}

// fixtures returns two articles: Putin and Lavrov in Moscow, and a North
// Korean official and Putin again in the second.
func fixtures() []Entry {
	a1 := Article{ID: "a1", Doc: "moscow.txt", Title: "Moscow talks", URL: "https://example.org/1", Date: "2024-03-01", Outlet: "Example"}
	q1 := quote(&a1, "q1", "direct", "Vladimir Putin", "President", "We will never accept sanctions against our people.")
	q2 := quote(&a1, "q2", "indirect", "Vladimir Putin", "President", "the talks were constructive and useful")
	q3 := quote(&a1, "q3", "direct", "Sergei Lavrov", "Foreign Minister", "Sanctions are a dead end for Europe.")
	q4 := quote(&a1, "q4", "partial", "Sergei Lavrov", "Foreign Minister", "a very constructive dialogue")
	a2 := Article{ID: "a2", Doc: "korea.txt", Title: "Missile test", Date: "2024-03-02"}
	q5 := quote(&a2, "q5", "direct", "North Korean official", "official", "The missile test was a warning to the United States.")
	q6 := quote(&a2, "q6", "direct", "Vladimir Putin", "Russian President", "Dialogue with Pyongyang is important for peace.")
	return []Entry{
		{Article: a1, Quotes: []Quote{q1, q2, q3, q4}, People: []Person{
			{Doc: a1.Doc, Article: "a1", Name: "Vladimir Putin", Roles: []string{"President"}, Aliases: []string{"Putin"}, Named: true, Mentions: 3, Quotes: 2},
			{Doc: a1.Doc, Article: "a1", Name: "Sergei Lavrov", Roles: []string{"Foreign Minister"}, Aliases: []string{"Lavrov"}, Named: true, Mentions: 2, Quotes: 2},
		}},
		{Article: a2, Quotes: []Quote{q5, q6}, People: []Person{
			{Doc: a2.Doc, Article: "a2", Name: "North Korean official", Roles: []string{"official"}, Named: false, Mentions: 1, Quotes: 1},
			{Doc: a2.Doc, Article: "a2", Name: "Vladimir Putin", Roles: []string{"Russian President"}, Aliases: []string{"Putin"}, Named: true, Mentions: 1, Quotes: 1},
		}},
	}
}

func openTest(t testing.TB, path string) *Index {
	t.Helper()
	ix, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func filled(t testing.TB) *Index {
	t.Helper()
	ix := openTest(t, filepath.Join(t.TempDir(), "deep", "index"))
	if err := ix.Add(context.Background(), fixtures()...); err != nil {
		t.Fatal(err)
	}
	return ix
}

func ids(res *Results) []string {
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.Quote.ID)
	}
	return out
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

func TestSearch(t *testing.T) {
	ix := filled(t)
	tests := []struct {
		name string
		q    Query
		want []string
	}{
		{"word, stemmed", Query{Text: "sanction"}, []string{"q1", "q3"}},
		{"phrase", Query{Text: `"dead end"`}, []string{"q3"}},
		{"phrase words apart", Query{Text: `"dead europe"`}, nil},
		{"all words required", Query{Text: "sanctions europe"}, []string{"q3"}},
		{"AND is a no-op", Query{Text: "sanctions AND europe"}, []string{"q3"}},
		{"OR", Query{Text: "missile OR europe"}, []string{"q3", "q5"}},
		{"exclude", Query{Text: "sanctions -europe"}, []string{"q1"}},
		{"only stop words", Query{Text: "the"}, nil},
		{"stop word and word", Query{Text: "the missile"}, []string{"q5"}},
		{"unknown word", Query{Text: "zebra"}, nil},
		{"field in text", Query{Text: "kind:partial"}, []string{"q4"}},
		{"speaker last name", Query{Speaker: "Putin"}, []string{"q1", "q2", "q6"}},
		{"speaker full name any case", Query{Speaker: "vladimir putin"}, []string{"q1", "q2", "q6"}},
		{"speaker words all required", Query{Speaker: "vladimir lavrov"}, nil},
		{"anonymous speaker", Query{Speaker: "korean official"}, []string{"q5"}},
		{"speaker without words", Query{Speaker: "—"}, nil},
		{"speaker without words in text", Query{Text: "missile speaker:—"}, nil},
		{"speaker and text", Query{Speaker: "putin", Text: "dialogue"}, []string{"q6"}},
		{"role", Query{Role: "foreign minister"}, []string{"q3", "q4"}},
		{"role word", Query{Role: "President"}, []string{"q1", "q2", "q6"}},
		{"kind", Query{Kind: "indirect"}, []string{"q2"}},
		{"article", Query{Article: "a2"}, []string{"q5", "q6"}},
		{"article and text", Query{Article: "a2", Text: "dialogue"}, []string{"q6"}},
		{"everything", Query{}, []string{"q1", "q2", "q3", "q4", "q5", "q6"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := sorted(ids(res)); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			if res.Total != uint64(len(tt.want)) {
				t.Errorf("total %d, want %d", res.Total, len(tt.want))
			}
		})
	}
}

func TestSearchOrderAndPaging(t *testing.T) {
	ix := filled(t)
	ctx := context.Background()
	// Without text: newest article first, then reading order.
	res, err := ix.Search(ctx, Query{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ids(res), []string{"q5", "q6", "q1", "q2", "q3", "q4"}; !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
	res, err = ix.Search(ctx, Query{Limit: 2, Offset: 1})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ids(res), []string{"q6", "q1"}; !slices.Equal(got, want) || res.Total != 6 {
		t.Errorf("page %v of %d, want %v of 6", got, res.Total, want)
	}
	// With text: best first; the quote with the word twice outranks.
	res, err = ix.Search(ctx, Query{Text: "constructive"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 2 || res.Hits[0].Score <= 0 || res.Hits[0].Score < res.Hits[1].Score {
		t.Errorf("hits not ranked: %+v", res.Hits)
	}
}

func TestHighlight(t *testing.T) {
	ix := filled(t)
	res, err := ix.Search(context.Background(), Query{Text: "missile warning"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 {
		t.Fatalf("hits %v", ids(res))
	}
	h := res.Hits[0]
	want := "The " + MarkStart + "missile" + MarkEnd + " test was a " + MarkStart + "warning" + MarkEnd + " to the United States."
	if !slices.Equal(h.Fragments, []string{want}) {
		t.Errorf("fragments %q, want %q", h.Fragments, want)
	}
	if got := Mark(h.Fragments[0], "[", "]"); got != "The [missile] test was a [warning] to the United States." {
		t.Errorf("Mark: %q", got)
	}
	if h.Quote.Text != "The missile test was a warning to the United States." {
		t.Errorf("text %q", h.Quote.Text)
	}
	// No text, nothing to highlight.
	res, err = ix.Search(context.Background(), Query{Speaker: "official"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 || res.Hits[0].Fragments != nil {
		t.Errorf("fragments without text: %+v", res.Hits)
	}
}

func TestBadQuery(t *testing.T) {
	ix := filled(t)
	for _, text := range []string{`"dead end`, `OR missile`, `missile OR`, `/[/`, `+`, `date:>"not a date"`,
		`(missile`, `missile)`, `)missile(`, `(missile OR test) warning`, `title:missile`, `https://example.org/1`, `speaker_words:putin`} {
		t.Run(text, func(t *testing.T) {
			_, err := ix.Search(context.Background(), Query{Text: text})
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			if !errors.Is(err, ErrBadQuery) || !strings.HasPrefix(msg, "bad query: ") || strings.Contains(msg, "\n") {
				t.Errorf("error %q", msg)
			}
		})
	}
}

func TestReAdd(t *testing.T) {
	ix := filled(t)
	ctx := context.Background()
	e := fixtures()[0]
	e.Quotes = slices.Delete(e.Quotes, 1, 2) // drop q2
	e.Quotes[0].Text = "We will never accept sanctions."
	e.People = e.People[:1]
	for range 2 { // and again: nothing doubles
		if err := ix.Add(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	res, err := ix.Search(ctx, Query{Speaker: "putin"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := sorted(ids(res)), []string{"q1", "q6"}; !slices.Equal(got, want) {
		t.Errorf("putin's quotes %v, want %v", got, want)
	}
	if _, err := ix.Quote(ctx, "q2"); !errors.Is(err, ErrNotFound) {
		t.Errorf("dropped quote: %v", err)
	}
	if q, err := ix.Quote(ctx, "q1"); err != nil || q.Text != "We will never accept sanctions." {
		t.Errorf("replaced quote %q, %v", q.Text, err)
	}
	res, err = ix.Search(ctx, Query{Text: "people"})
	if err != nil || res.Total != 0 {
		t.Errorf("old text still found: %v %v", ids(res), err)
	}
	st, err := ix.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 2 || st.Quotes != 5 || st.People != 2 {
		t.Errorf("stats %+v", st)
	}
}

func TestAddSameArticleTwiceInOneCall(t *testing.T) {
	ix := openTest(t, t.TempDir())
	ctx := context.Background()
	first := fixtures()[0]
	second := fixtures()[0]
	second.Quotes = second.Quotes[:1]
	second.People = nil
	if err := ix.Add(ctx, first, second); err != nil {
		t.Fatal(err)
	}
	st, err := ix.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 1 || st.Quotes != 1 || st.People != 0 {
		t.Errorf("stats %+v, want the last version only", st)
	}
}

func TestAddRejects(t *testing.T) {
	ix := openTest(t, t.TempDir())
	e := fixtures()[0]
	e.Quotes[1].Article = "other"
	err := ix.Add(context.Background(), e)
	if err == nil || !strings.HasPrefix(err.Error(), "add article a1: ") {
		t.Errorf("quote of another article: %v", err)
	}
	if err := ix.Add(context.Background(), Entry{Article: Article{Doc: "x.txt"}}); err == nil {
		t.Error("no error for an article without id")
	}
	st, _ := ix.Stats(context.Background())
	if st.Quotes != 0 {
		t.Errorf("a rejected Add wrote %d quotes", st.Quotes)
	}
}

func TestStats(t *testing.T) {
	ix := filled(t)
	st, err := ix.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// The unnamed official is a person, but not a speaker to count
	// across articles.
	want := Stats{Articles: 2, Quotes: 6, People: 3, TopSpeakers: []SpeakerCount{
		{"Vladimir Putin", 3}, {"Sergei Lavrov", 2},
	}}
	if !reflect.DeepEqual(st, want) {
		t.Errorf("got %+v\nwant %+v", st, want)
	}
	empty := openTest(t, t.TempDir())
	st, err = empty.Stats(context.Background())
	if err != nil || !reflect.DeepEqual(st, Stats{}) {
		t.Errorf("empty index: %+v, %v", st, err)
	}
}

func TestPeople(t *testing.T) {
	ix := filled(t)
	ctx := context.Background()
	got, err := ix.People(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	want := []PersonSummary{
		{Name: "Vladimir Putin", Named: true, Roles: []string{"President", "Russian President"}, Aliases: []string{"Putin"}, Articles: 2, Mentions: 4, Quotes: 3, FirstSeen: "2024-03-01", LastSeen: "2024-03-02"},
		{Name: "Sergei Lavrov", Named: true, Roles: []string{"Foreign Minister"}, Aliases: []string{"Lavrov"}, Articles: 1, Mentions: 2, Quotes: 2, FirstSeen: "2024-03-01", LastSeen: "2024-03-01"},
		{Name: "North Korean official", Roles: []string{"official"}, Aliases: []string{}, Articles: 1, Mentions: 1, Quotes: 1, FirstSeen: "2024-03-02", LastSeen: "2024-03-02"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	got, err = ix.People(ctx, "minister")
	if err != nil || len(got) != 1 || got[0].Name != "Sergei Lavrov" {
		t.Errorf("ministers: %+v, %v", got, err)
	}
}

func TestGet(t *testing.T) {
	ix := filled(t)
	ctx := context.Background()
	e := fixtures()
	q, err := ix.Quote(ctx, "q3")
	if err != nil {
		t.Fatal(err)
	}
	// The index fills in the article's outlet, and who the speaker is
	// across articles.
	want := e[0].Quotes[2]
	want.Outlet, want.Person = "Example", "Sergei Lavrov"
	if !reflect.DeepEqual(q, want) {
		t.Errorf("quote round trip:\n got %+v\nwant %+v", q, want)
	}
	a, err := ix.Article(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, e[0].Article) {
		t.Errorf("article round trip:\n got %+v\nwant %+v", a, e[0].Article)
	}
	if a.Text[q.Start:q.End] != q.Text {
		t.Errorf("offsets do not point at the quote")
	}
	for _, id := range []string{"nope", "a/a1", "p/a1/0"} {
		if _, err := ix.Quote(ctx, id); !errors.Is(err, ErrNotFound) {
			t.Errorf("Quote(%q): %v", id, err)
		}
	}
	if _, err := ix.Article(ctx, "q1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Article(q1): %v", err)
	}
}

func TestQuoteFilledFromArticle(t *testing.T) {
	ix := openTest(t, t.TempDir())
	ctx := context.Background()
	e := fixtures()[1]
	for i := range e.Quotes {
		q := &e.Quotes[i]
		q.Article, q.Doc, q.Title, q.URL, q.Date = "", "", "", "", ""
	}
	if err := ix.Add(ctx, e); err != nil {
		t.Fatal(err)
	}
	q, err := ix.Quote(ctx, "q5")
	if err != nil {
		t.Fatal(err)
	}
	if q.Article != "a2" || q.Doc != "korea.txt" || q.Title != "Missile test" || q.Date != "2024-03-02" {
		t.Errorf("quote not filled from its article: %+v", q)
	}
}

func TestReopen(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Add(context.Background(), fixtures()...); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ro, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	res, err := ro.Search(context.Background(), Query{Speaker: "lavrov"})
	if err != nil || res.Total != 2 {
		t.Errorf("after reopen: %v, %v", ids(res), err)
	}
	if err := ro.Add(context.Background(), fixtures()...); err == nil {
		t.Error("Add to a read-only index")
	}
	// Readers share the index.
	ro2, err := Open(dir, Options{ReadOnly: true, LockTimeout: 100 * time.Millisecond})
	if err != nil {
		t.Fatalf("second reader: %v", err)
	}
	ro2.Close()
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := Open(filepath.Join(dir, "missing"), Options{ReadOnly: true}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("read-only open of a missing index: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Open(dir, Options{})
	if err == nil || !strings.HasPrefix(err.Error(), "open index "+dir+": ") {
		t.Errorf("open of a directory of other things: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "index_meta.json")); err == nil {
		t.Error("an index was made among other files")
	}
}

func TestSchemaMismatch(t *testing.T) {
	for _, tt := range []struct {
		version string
		want    string
	}{
		{"99", "index %[1]s was written by a newer whosaid (schema 99; this one reads schema %[2]d): use that whosaid, or update this one; the index is left as it is"},
		{"1", "index %[1]s was written by an older whosaid (schema 1; this one reads schema %[2]d): remove it (rm -r %[1]s) and ingest the articles again"},
		{"", "index %[1]s was written by an older whosaid (schema 0; this one reads schema %[2]d): remove it (rm -r %[1]s) and ingest the articles again"},
	} {
		t.Run(tt.version, func(t *testing.T) {
			dir := t.TempDir()
			ix, err := Open(dir, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if tt.version == "" {
				err = ix.bleve.DeleteInternal([]byte(schemaKey))
			} else {
				err = ix.bleve.SetInternal([]byte(schemaKey), []byte(tt.version))
			}
			if err != nil {
				t.Fatal(err)
			}
			ix.Close()
			_, err = Open(dir, Options{})
			if !errors.Is(err, ErrSchema) {
				t.Fatalf("got %v, want ErrSchema", err)
			}
			if want := fmt.Sprintf(tt.want, dir, SchemaVersion); err.Error() != want {
				t.Errorf("got %q\nwant %q", err, want)
			}
			// The refused index was closed: it can be opened again (and refused).
			if _, err := Open(dir, Options{ReadOnly: true}); !errors.Is(err, ErrSchema) {
				t.Errorf("second open: %v", err)
			}
		})
	}
}

func TestLocked(t *testing.T) {
	dir := t.TempDir()
	ix := openTest(t, dir)
	_ = ix
	for _, opts := range []Options{{}, {ReadOnly: true}} {
		start := time.Now()
		_, err := Open(dir, Options{ReadOnly: opts.ReadOnly, LockTimeout: 300 * time.Millisecond})
		if !errors.Is(err, ErrLocked) {
			t.Fatalf("read-only %v: got %v, want ErrLocked", opts.ReadOnly, err)
		}
		if want := "index " + dir + " is being written by another whosaid; try again when it has finished"; err.Error() != want {
			t.Errorf("got %q, want %q", err, want)
		}
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("took %v", d)
		}
	}
}

// TestLockedProcess checks the lock between processes, as whosaid meets
// it: the helper process opens the index while this one holds it.
func TestLockedProcess(t *testing.T) {
	if os.Getenv("WHOSAID_INDEX_HELPER") != "" {
		t.Skip("in helper")
	}
	dir := t.TempDir()
	ix := openTest(t, dir)
	_ = ix
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), "WHOSAID_INDEX_HELPER="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("helper: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "LOCKED index "+dir+" is being written by another whosaid") {
		t.Errorf("helper said:\n%s", out)
	}
}

func TestHelperProcess(t *testing.T) {
	dir := os.Getenv("WHOSAID_INDEX_HELPER")
	if dir == "" {
		t.Skip("run by TestLockedProcess")
	}
	_, err := Open(dir, Options{ReadOnly: true, LockTimeout: 300 * time.Millisecond})
	if errors.Is(err, ErrLocked) {
		fmt.Println("LOCKED", err)
		return
	}
	t.Fatalf("got %v, want ErrLocked", err)
}

func TestContextCancelled(t *testing.T) {
	ix := openTest(t, t.TempDir())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := ix.Add(ctx, fixtures()...); !errors.Is(err, context.Canceled) {
		t.Errorf("Add: %v", err)
	}
	if _, err := ix.Search(ctx, Query{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Search: %v", err)
	}
}

func BenchmarkAdd(b *testing.B) {
	entries := benchEntries(100, 10) // 1,000 quotes
	ix := openTest(b, b.TempDir())
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if err := ix.Add(ctx, entries...); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSearch(b *testing.B) {
	ix := openTest(b, b.TempDir())
	ctx := context.Background()
	if err := ix.Add(ctx, benchEntries(1000, 10)...); err != nil {
		b.Fatal(err)
	}
	q := Query{Text: "sanctions europe", Speaker: "lavrov"}
	b.ReportAllocs()
	for b.Loop() {
		res, err := ix.Search(ctx, q)
		if err != nil || len(res.Hits) == 0 {
			b.Fatal(res, err)
		}
	}
}

// benchEntries makes n articles of k quotes each, by a handful of speakers.
func benchEntries(n, k int) []Entry {
	speakers := []string{"Vladimir Putin", "Sergei Lavrov", "North Korean official", "Olaf Scholz", "Emmanuel Macron"}
	words := strings.Fields("sanctions europe talks dialogue missile peace war trade energy gas border troops summit")
	var entries []Entry
	for i := range n {
		a := Article{ID: fmt.Sprintf("a%d", i), Doc: fmt.Sprintf("doc%d.txt", i), Date: "2024-03-01"}
		var qs []Quote
		for j := range k {
			text := fmt.Sprintf("We discussed %s and %s with our partners in %s.",
				words[(i+j)%len(words)], words[(i*j+1)%len(words)], words[(i+2*j)%len(words)])
			qs = append(qs, quote(&a, fmt.Sprintf("a%d-q%d", i, j), "direct", speakers[(i+j)%len(speakers)], "official", text))
		}
		entries = append(entries, Entry{Article: a, Quotes: qs})
	}
	return entries
}

// An unattributed quote in an undated article: it sorts last and does not
// count as a speaker or a person.
func TestUnknownSpeakerAndDate(t *testing.T) {
	ix := filled(t)
	ctx := context.Background()
	e := Entry{
		Article: Article{ID: "a3"},
		Quotes:  []Quote{{ID: "q7", Kind: "direct", Text: "Nobody knows who said this."}},
		People:  []Person{{Name: ""}},
	}
	if err := ix.Add(ctx, e); err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(ctx, Query{})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(res); len(got) != 7 || got[6] != "q7" {
		t.Errorf("order %v, want q7 last", got)
	}
	st, err := ix.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Quotes != 7 || st.People != 3 || len(st.TopSpeakers) != 2 {
		t.Errorf("stats %+v", st)
	}
}
