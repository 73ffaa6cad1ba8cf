package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/whosaid/whosaid/index"
	"github.com/whosaid/whosaid/internal/ingest"
	"github.com/whosaid/whosaid/internal/news"
	"github.com/whosaid/whosaid/internal/pipeline"
)

// searchResult is the search latencies on the large index.
type searchResult struct {
	quotes, articles int // in the index
	copies           int // of the corpus it holds
	built            bool
	build            time.Duration
	indexBytes       int64
	open             time.Duration // Open and the first search, which loads the people
	kinds            []kindResult
	p50, p99         time.Duration // over every kind
	cli              time.Duration // median wall time of `whosaid search WORD`
	// whole are the commands that read the whole index, timed once each.
	whole []wholeResult
}

// wholeResult is one run of a command that reads the whole index.
type wholeResult struct {
	command string
	t       timing
}

type kindResult struct {
	name     string
	example  string
	n        int
	p50, p99 time.Duration
	max      time.Duration
	hits     uint64 // median total matches
}

// buildInfo is kept beside the index, so that -reuse knows what it holds.
type buildInfo struct {
	Quotes, Articles, Copies int
	Dirs                     []string // absolute
	Build                    time.Duration
	Schema                   int // index.SchemaVersion
}

// searchBench builds (or reuses) an index of at least c.quotes quotes made
// of the corpus repeated under new article ids, then times typical
// searches on it, in this process, one at a time.
func searchBench(ctx context.Context, c config) (*searchResult, error) {
	entries, err := analyseCorpus(ctx, c.dirs)
	if err != nil {
		return nil, err
	}
	perCopy := 0
	for _, e := range entries {
		perCopy += len(e.Quotes)
	}
	if perCopy == 0 {
		return nil, fmt.Errorf("the corpus has no quotes to search")
	}
	copies := (c.quotes + perCopy - 1) / perCopy
	path := filepath.Join(c.work, fmt.Sprintf("search-%d.bleve", c.quotes))
	infoPath := path + ".json"
	r := &searchResult{copies: copies}

	var dirs []string
	for _, d := range c.dirs {
		abs, err := filepath.Abs(d)
		if err != nil {
			return nil, err
		}
		dirs = append(dirs, filepath.Clean(abs))
	}
	var info buildInfo
	if b, err := os.ReadFile(infoPath); c.reuse && err == nil && json.Unmarshal(b, &info) == nil &&
		info.Copies == copies && slices.Equal(info.Dirs, dirs) && info.Schema == index.SchemaVersion {
		logf("search: reusing %s (%d quotes)", path, info.Quotes)
	} else {
		if c.reuse {
			logf("search: %s is not one of %d copies of %s at schema %d: building it again", path, copies, strings.Join(c.dirs, " "), index.SchemaVersion)
		}
		r.built = true
		if info, err = buildIndex(ctx, path, entries, copies); err != nil {
			return nil, err
		}
		info.Dirs, info.Schema = dirs, index.SchemaVersion
		b, _ := json.Marshal(info)
		if err := os.WriteFile(infoPath, b, 0o644); err != nil {
			return nil, err
		}
	}
	r.quotes, r.articles, r.build = info.Quotes, info.Articles, info.Build
	r.indexBytes = dirSize(path)

	start := time.Now()
	ix, err := index.Open(path, index.Options{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	closed := false
	defer func() {
		if !closed {
			ix.Close()
		}
	}()
	if _, err := ix.Search(ctx, index.Query{Text: "said", Limit: 10}); err != nil {
		return nil, err
	}
	r.open = time.Since(start)
	// The quotes the index holds, as it counts them: the entries' count
	// includes quotes a later one of the same ID in an article replaced.
	held, err := ix.Search(ctx, index.Query{Limit: 1})
	if err != nil {
		return nil, err
	}
	r.quotes = int(held.Total)

	kinds := searchKinds(entries)
	if c.searchKinds != "" {
		kinds = slices.DeleteFunc(kinds, func(k searchKind) bool { return !strings.Contains(k.name, c.searchKinds) })
		if len(kinds) == 0 {
			return nil, fmt.Errorf("no kind of search is named like %q", c.searchKinds)
		}
	}
	// One untimed pass, so that every kind starts with the same warm cache.
	for _, k := range kinds {
		for _, q := range k.queries {
			if _, err := ix.Search(ctx, q); err != nil {
				return nil, fmt.Errorf("search %+v: %w", q, err)
			}
		}
	}
	if c.searchProfile != "" {
		f, err := os.Create(c.searchProfile)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return nil, err
		}
	}
	var all []time.Duration
	for _, k := range kinds {
		var ds []time.Duration
		var totals []uint64
		for i := range c.queries {
			q := k.queries[i%len(k.queries)]
			t0 := time.Now()
			res, err := ix.Search(ctx, q)
			d := time.Since(t0)
			if err != nil {
				return nil, err
			}
			ds = append(ds, d)
			totals = append(totals, res.Total)
		}
		all = append(all, ds...)
		slices.Sort(ds)
		slices.Sort(totals)
		kr := kindResult{name: k.name, example: k.example, n: len(ds),
			p50: pct(ds, 50), p99: pct(ds, 99), max: ds[len(ds)-1], hits: totals[len(totals)/2]}
		logf("search %s: p50 %s p99 %s max %s (median %d matches)", kr.name, ms(kr.p50), ms(kr.p99), ms(kr.max), kr.hits)
		r.kinds = append(r.kinds, kr)
	}
	if c.searchProfile != "" {
		pprof.StopCPUProfile()
	}
	slices.Sort(all)
	r.p50, r.p99 = pct(all, 50), pct(all, 99)

	// A whole `whosaid search` process: start, open, load people, search.
	closed = true
	if err := ix.Close(); err != nil {
		return nil, err
	}
	word := kinds[0].queries[0].Text
	var cli []timing
	for range 5 {
		t, err := measure(ctx, nil, c.whosaid, "search", "--index", path, word)
		if err != nil {
			return nil, err
		}
		cli = append(cli, t)
	}
	r.cli = median(cli).wall

	// The commands that read the whole index: they must take time in
	// proportion to it, not to its square.
	for _, cmd := range [][]string{{"people"}, {"stats"}, {"export"}} {
		logf("whole index: whosaid %s", cmd[0])
		t, err := measure(ctx, nil, c.whosaid, append(cmd, "--index", path)...)
		if err != nil {
			return nil, err
		}
		r.whole = append(r.whole, wholeResult{"whosaid " + strings.Join(cmd, " "), t})
	}
	return r, nil
}

func pct(sorted []time.Duration, p int) time.Duration {
	i := (len(sorted)*p + 99) / 100
	return sorted[min(max(i-1, 0), len(sorted)-1)]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d.Microseconds())/1000) }

// analyseCorpus analyses every article under dirs on every core.
func analyseCorpus(ctx context.Context, dirs []string) ([]index.Entry, error) {
	var arts []*news.Article
	for a, err := range ingest.Articles(ctx, dirs, ingest.Options{}) {
		if err != nil {
			return nil, err
		}
		arts = append(arts, a)
	}
	an := pipeline.New(pipeline.Options{})
	entries := make([]index.Entry, len(arts))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Go(func() {
			for i := range next {
				entries[i] = pipeline.Entry(an.Analyse(arts[i]))
			}
		})
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	return entries, nil
}

// buildIndex writes copies of entries to a new index at path, each copy
// under new article and quote ids ("copy7/<id>"): real articles and
// quotes, repeated.
func buildIndex(ctx context.Context, path string, entries []index.Entry, copies int) (buildInfo, error) {
	if err := os.RemoveAll(path); err != nil {
		return buildInfo{}, err
	}
	ix, err := index.Open(path, index.Options{})
	if err != nil {
		return buildInfo{}, err
	}
	start := time.Now()
	var info buildInfo
	const perAdd = 500
	batch := make([]index.Entry, 0, perAdd)
	flush := func() error {
		err := ix.Add(ctx, batch...)
		batch = batch[:0]
		return err
	}
	for k := range copies {
		for _, e := range entries {
			batch = append(batch, renamed(e, k))
			info.Articles++
			info.Quotes += len(e.Quotes)
			if len(batch) == perAdd {
				if err := flush(); err != nil {
					ix.Close()
					return info, err
				}
			}
		}
		if (k+1)%5 == 0 || k+1 == copies {
			logf("search index: %d of %d copies, %d quotes, %s", k+1, copies, info.Quotes, time.Since(start).Round(time.Second))
		}
	}
	if err := flush(); err != nil {
		ix.Close()
		return info, err
	}
	if err := ix.Close(); err != nil {
		return info, err
	}
	info.Copies = copies
	info.Build = time.Since(start)
	return info, nil
}

// renamed is copy k of e: the same article, quotes and people under new ids.
func renamed(e index.Entry, k int) index.Entry {
	id := fmt.Sprintf("copy%d/%s", k, e.Article.ID)
	out := index.Entry{Article: e.Article}
	out.Article.ID = id
	out.Quotes = make([]index.Quote, len(e.Quotes))
	for i, q := range e.Quotes {
		q.ID = pipeline.QuoteID(id, news.Span{Start: q.Start, End: q.End})
		q.Article = id
		out.Quotes[i] = q
	}
	out.People = make([]index.Person, len(e.People))
	for i, p := range e.People {
		p.Article = id
		out.People[i] = p
	}
	return out
}

type searchKind struct {
	name, example string
	queries       []index.Query
}

// searchKinds makes the typical queries from the corpus itself: its common
// words, its most quoted people, phrases they said, the years they spoke
// in.
func searchKinds(entries []index.Entry) []searchKind {
	words := map[string]int{}
	speakers := map[string]int{}
	years := map[string]map[int]int{} // speaker → year → quotes
	said := map[string][]string{}     // speaker → quote texts
	for _, e := range entries {
		named := map[string]bool{}
		for _, p := range e.People {
			named[p.Name] = true
		}
		for _, q := range e.Quotes {
			for _, w := range strings.FieldsFunc(strings.ToLower(q.Text), func(r rune) bool { return !unicode.IsLetter(r) }) {
				if len(w) >= 5 {
					words[w]++
				}
			}
			if q.Speaker == "" || q.Anonymous || !named[q.Speaker] {
				continue
			}
			speakers[q.Speaker]++
			said[q.Speaker] = append(said[q.Speaker], q.Text)
			if t, err := time.Parse(time.DateOnly, q.Date); err == nil {
				if years[q.Speaker] == nil {
					years[q.Speaker] = map[int]int{}
				}
				years[q.Speaker][t.Year()]++
			}
		}
	}
	common := byCount(words)
	var ws []string // every tenth of the 200 commonest long words
	for i := 20; i < min(len(common), 220); i += 20 {
		ws = append(ws, common[i])
	}
	top := byCount(speakers)
	top = top[:min(len(top), 10)]

	var k [5]searchKind
	k[0] = searchKind{name: "a word", example: "`" + ws[0] + "`"}
	k[1] = searchKind{name: "a speaker", example: "`--speaker \"" + top[0] + "\"`"}
	k[2] = searchKind{name: "a phrase"}
	k[3] = searchKind{name: "a speaker and a year"}
	k[4] = searchKind{name: "a word, with the speaker facet", example: "`--facet speaker " + ws[0] + "`"}
	for _, w := range ws {
		k[0].queries = append(k[0].queries, index.Query{Text: w, Limit: 10})
		k[4].queries = append(k[4].queries, index.Query{Text: w, Limit: 10, Facets: []string{index.FacetSpeaker}})
	}
	for _, s := range top {
		k[1].queries = append(k[1].queries, index.Query{Speaker: s, Limit: 10})
		if p := phrase(said[s]); p != "" {
			k[2].queries = append(k[2].queries, index.Query{Text: p, Limit: 10})
		}
	}
	dated := byCount(countOf(years))
	for _, s := range dated[:min(len(dated), 10)] {
		y := byCountInt(years[s])
		since := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		k[3].queries = append(k[3].queries, index.Query{Speaker: s, Since: since, Before: since.AddDate(1, 0, 0), Limit: 10})
	}
	if len(k[2].queries) > 0 {
		k[2].example = "`'" + k[2].queries[0].Text + "'`"
	}
	if len(k[3].queries) > 0 {
		q := k[3].queries[0]
		k[3].example = fmt.Sprintf("`--speaker \"%s\" --since %d --until %d`", q.Speaker, q.Since.Year(), q.Since.Year())
	}
	var out []searchKind
	for _, x := range k {
		if len(x.queries) > 0 {
			out = append(out, x)
		}
	}
	return out
}

// phrase is two words from the middle of the first long enough quote, in
// double quotes: a phrase search.
func phrase(texts []string) string {
	for _, t := range texts {
		ws := strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
		for i := len(ws) / 2; i+1 < len(ws); i++ {
			if len(ws[i]) >= 4 && len(ws[i+1]) >= 4 {
				return `"` + ws[i] + " " + ws[i+1] + `"`
			}
		}
	}
	return ""
}

func countOf(m map[string]map[int]int) map[string]int {
	out := map[string]int{}
	for k, v := range m {
		for _, n := range v {
			out[k] += n
		}
	}
	return out
}

// byCount returns the keys of m, most counted first, then in order.
func byCount(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(m[b], m[a]), cmp.Compare(a, b)) })
	return keys
}

func byCountInt(m map[int]int) int {
	best, n := 0, -1
	for k, v := range m {
		if v > n || v == n && k < best {
			best, n = k, v
		}
	}
	return best
}
