package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/whosaid/whosaid/internal/ingest"
)

// config is the flags of `whosaid-bench run`.
type config struct {
	whosaid string // the whosaid binary to time
	node    string // node, for the peer
	peer    string // the peer's script; empty for none
	runs    int    // runs of each 1× measurement; the median is reported
	scales  []int  // corpus multiples to time for linearity
	quotes  int    // quotes in the search index; 0 for no search figures
	queries int    // timed searches of each kind
	work    string // scratch folder
	reuse   bool   // keep a search index built earlier with the same size
	workers int    // --workers for extract and ingest; 0 for whosaid's default
	// searchOnly skips everything but the search latencies.
	searchOnly bool
	// searchProfile is where to write a CPU profile of the timed searches.
	searchProfile string
	// searchKinds, when set, times only the kinds of search whose names
	// contain it.
	searchKinds string
	dirs        []string // the corpus
}

func runCmd(args []string) error {
	fs := flag.NewFlagSet("run", flag.ExitOnError)
	var c config
	var scales string
	fs.StringVar(&c.whosaid, "whosaid", "whosaid", "the whosaid `binary` to time")
	fs.StringVar(&c.node, "node", "node", "the node `binary` that runs the peer")
	fs.StringVar(&c.peer, "peer", "", "the peer's `script` (bench/peer/wink.js); empty to skip the peer")
	fs.IntVar(&c.runs, "runs", 3, "runs of each measurement on the corpus; the median is reported")
	fs.StringVar(&scales, "scale", "1,4,16", "corpus `multiples` to time extract and ingest on; empty for none")
	fs.IntVar(&c.quotes, "quotes", 1_000_000, "quotes in the index searched for latencies; 0 to skip")
	fs.IntVar(&c.queries, "queries", 200, "timed searches of each kind")
	fs.StringVar(&c.work, "work", filepath.Join(os.TempDir(), "whosaid-bench"), "scratch `folder` for generated corpora and indexes")
	fs.BoolVar(&c.reuse, "reuse", false, "reuse the search index from an earlier run of the same -quotes")
	fs.IntVar(&c.workers, "workers", 0, "--workers for extract and ingest (0: whosaid's default, the number of cores)")
	fs.BoolVar(&c.searchOnly, "search-only", false, "time the searches only")
	fs.StringVar(&c.searchProfile, "search-profile", "", "write a CPU profile of the timed searches to `FILE`")
	fs.StringVar(&c.searchKinds, "search-kinds", "", "time only the kinds of search whose names contain `WORD` (word, speaker, phrase, year, facet)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: whosaid-bench run [flags] DIR...")
		fs.PrintDefaults()
	}
	_ = fs.Parse(args)
	c.dirs = fs.Args()
	if len(c.dirs) == 0 {
		fs.Usage()
		return errors.New("no corpus: give the folders of articles to time")
	}
	for _, f := range strings.Split(scales, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 {
			return fmt.Errorf("-scale: %q is not a positive whole number", f)
		}
		c.scales = append(c.scales, n)
	}
	if c.runs < 1 {
		c.runs = 1
	}
	if err := os.MkdirAll(c.work, 0o755); err != nil {
		return err
	}
	return run(context.Background(), c, os.Stdout)
}

// corpus is what the folders hold.
type corpus struct {
	articles int
	bytes    int64 // of article text as read
	texts    []string
}

func readCorpus(ctx context.Context, dirs []string) (corpus, error) {
	var c corpus
	for a, err := range ingest.Articles(ctx, dirs, ingest.Options{}) {
		if err != nil {
			return c, err
		}
		c.articles++
		c.bytes += int64(len(a.Text))
		c.texts = append(c.texts, a.Text)
	}
	if c.articles == 0 {
		return c, fmt.Errorf("no articles in %s", strings.Join(dirs, " "))
	}
	return c, nil
}

// timing is one run of a command.
type timing struct {
	wall      time.Duration
	cpu       time.Duration // user + system
	maxRSS    int64         // bytes
	maxAnon   int64         // bytes, sampled: see sampleAnon
	lines     int           // of standard output
	peerBytes int64         // for the peer: what it says it read,
	peerSecs  float64       // and how long its processing took
}

func (t timing) mbps(bytes int64) float64 { return float64(bytes) / 1e6 / t.wall.Seconds() }

// measure runs name with args, counting the lines it prints, and returns
// its wall time, CPU time and peak resident memory.
func measure(ctx context.Context, stdout io.Writer, name string, args ...string) (timing, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	lc := &lineCounter{w: stdout}
	cmd.Stdout = lc
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Start()
	var anon int64
	if err == nil {
		stop := make(chan struct{})
		sampled := make(chan int64)
		go func() { sampled <- sampleAnon(cmd.Process.Pid, stop) }()
		err = cmd.Wait()
		close(stop)
		anon = <-sampled
	}
	t := timing{wall: time.Since(start), lines: lc.n, maxAnon: anon}
	if err != nil {
		return t, fmt.Errorf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		t.maxRSS = ru.Maxrss * 1024 // kilobytes on Linux
		t.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	return t, nil
}

// sampleAnon returns the largest anonymous resident memory (the heap and
// stacks, without files mapped in memory, such as an index's) of process
// pid seen in /proc every 10 ms until stop is closed; 0 where there is no
// /proc.
func sampleAnon(pid int, stop <-chan struct{}) int64 {
	var most int64
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		if b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid)); err == nil {
			for line := range strings.Lines(string(b)) {
				if kb, ok := strings.CutPrefix(line, "RssAnon:"); ok {
					if n, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(kb), " kB"), 10, 64); err == nil {
						most = max(most, n*1024)
					}
				}
			}
		}
		select {
		case <-stop:
			return most
		case <-tick.C:
		}
	}
}

type lineCounter struct {
	w io.Writer
	n int
}

func (l *lineCounter) Write(p []byte) (int, error) {
	l.n += bytes.Count(p, []byte{'\n'})
	if l.w != nil {
		return l.w.Write(p)
	}
	return len(p), nil
}

// median returns the run of median wall time.
func median(ts []timing) timing {
	s := slices.Clone(ts)
	slices.SortFunc(s, func(a, b timing) int { return int(a.wall - b.wall) })
	return s[len(s)/2]
}

// repeat measures f c.runs times and returns the median run.
func (c config) repeat(what string, f func(i int) (timing, error)) (timing, error) {
	var ts []timing
	for i := range c.runs {
		t, err := f(i)
		if err != nil {
			return t, err
		}
		logf("%s run %d: %.2fs wall, %.2fs CPU, %s peak", what, i+1, t.wall.Seconds(), t.cpu.Seconds(), mib(t.maxRSS))
		ts = append(ts, t)
	}
	return median(ts), nil
}

func (c config) workerArgs() []string {
	if c.workers > 0 {
		return []string{"--workers", strconv.Itoa(c.workers)}
	}
	return nil
}

func (c config) extract(ctx context.Context, paths []string) (timing, error) {
	args := append(append([]string{"extract"}, c.workerArgs()...), paths...)
	return measure(ctx, nil, c.whosaid, args...)
}

func (c config) ingest(ctx context.Context, idx string, paths []string) (timing, error) {
	if err := os.RemoveAll(idx); err != nil {
		return timing{}, err
	}
	args := append(append([]string{"ingest", "--quiet", "--index", idx}, c.workerArgs()...), paths...)
	return measure(ctx, nil, c.whosaid, args...)
}

// peerResult is the line the peer prints.
type peerResult struct {
	Files   int     `json:"files"`
	Bytes   int64   `json:"bytes"`
	Tokens  int     `json:"tokens"`
	Seconds float64 `json:"seconds"`
	Load    float64 `json:"load_seconds"`
}

func (c config) runPeer(ctx context.Context) (timing, error) {
	var out bytes.Buffer
	t, err := measure(ctx, &out, c.node, append([]string{c.peer}, c.dirs...)...)
	if err != nil {
		return t, err
	}
	var r peerResult
	if err := json.Unmarshal(bytes.TrimSpace(out.Bytes()), &r); err != nil {
		return t, fmt.Errorf("peer printed %q: %v", out.String(), err)
	}
	t.peerBytes, t.peerSecs, t.lines = r.Bytes, r.Seconds, r.Files
	return t, nil
}

// quoteRE is a bare quote finder: text between double marks, straight or
// curly, within a paragraph. It is the floor any quote extractor is
// measured against.
var quoteRE = regexp.MustCompile(`"[^"\n]+"|“[^”\n]+”`)

func regexBaseline(cp corpus) (time.Duration, int) {
	start := time.Now()
	n := 0
	for _, t := range cp.texts {
		n += len(quoteRE.FindAllStringIndex(t, -1))
	}
	return time.Since(start), n
}

// result is what the report prints.
type result struct {
	corpus                corpus
	extract, ingest, peer timing
	peerErr               error
	regex                 time.Duration
	regexQuotes           int
	indexBytes            int64
	scales                []scaleResult
	search                *searchResult
}

type scaleResult struct {
	n               int
	articles        int
	bytes           int64
	extract, ingest timing
}

func run(ctx context.Context, c config, w io.Writer) error {
	load0 := loadAvg()
	cp, err := readCorpus(ctx, c.dirs)
	if err != nil {
		return err
	}
	logf("corpus: %d articles, %.2f MB of text in %s", cp.articles, float64(cp.bytes)/1e6, strings.Join(c.dirs, " "))
	r := result{corpus: cp}
	if c.searchOnly {
		if r.search, err = searchBench(ctx, c); err != nil {
			return err
		}
		reportSearch(w, c, r.search)
		return nil
	}

	r.regex, r.regexQuotes = regexBaseline(cp)

	if c.peer != "" {
		r.peer, r.peerErr = c.repeat("wink-nlp", func(int) (timing, error) { return c.runPeer(ctx) })
		if r.peerErr != nil {
			logf("peer: %v", r.peerErr)
		}
	}
	if r.extract, err = c.repeat("extract", func(int) (timing, error) { return c.extract(ctx, c.dirs) }); err != nil {
		return err
	}
	idx := filepath.Join(c.work, "ingest.bleve")
	if r.ingest, err = c.repeat("ingest", func(int) (timing, error) { return c.ingest(ctx, idx, c.dirs) }); err != nil {
		return err
	}
	r.indexBytes = dirSize(idx)

	for _, n := range c.scales {
		dir := filepath.Join(c.work, fmt.Sprintf("corpus-%dx", n))
		articles, bytes, err := writeCopies(ctx, c.dirs, dir, n)
		if err != nil {
			return err
		}
		s := scaleResult{n: n, articles: articles, bytes: bytes}
		if s.extract, err = c.extract(ctx, []string{dir}); err != nil {
			return err
		}
		logf("extract %d×: %.2fs, %s peak", n, s.extract.wall.Seconds(), mib(s.extract.maxRSS))
		if s.ingest, err = c.ingest(ctx, filepath.Join(c.work, fmt.Sprintf("ingest-%dx.bleve", n)), []string{dir}); err != nil {
			return err
		}
		logf("ingest %d×: %.2fs, %s peak", n, s.ingest.wall.Seconds(), mib(s.ingest.maxRSS))
		_ = os.RemoveAll(filepath.Join(c.work, fmt.Sprintf("ingest-%dx.bleve", n)))
		_ = os.RemoveAll(dir)
		r.scales = append(r.scales, s)
	}

	if c.quotes > 0 {
		if r.search, err = searchBench(ctx, c); err != nil {
			return err
		}
	}
	report(w, c, r, load0, loadAvg())
	return nil
}

// writeCopies writes n copies of the corpus under dir as JSON Lines, one
// file per copy, each article under a new id ("copy3/<id>") with its
// title, URL, date and text as read, so that ingesting them adds n times
// the articles rather than replacing one copy with the next.
func writeCopies(ctx context.Context, dirs []string, dir string, n int) (articles int, size int64, err error) {
	if err := os.RemoveAll(dir); err != nil {
		return 0, 0, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, 0, err
	}
	for k := range n {
		f, err := os.Create(filepath.Join(dir, fmt.Sprintf("copy%03d.jsonl", k)))
		if err != nil {
			return 0, 0, err
		}
		bw := bufio.NewWriter(f)
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		for a, err := range ingest.Articles(ctx, dirs, ingest.Options{}) {
			if err != nil {
				f.Close()
				return 0, 0, err
			}
			rec := map[string]string{
				"id":    fmt.Sprintf("copy%d/%s", k, a.ID),
				"title": a.Title, "url": a.URL, "outlet": a.Outlet, "text": a.Text,
			}
			if !a.Date.IsZero() {
				rec["date"] = a.Date.Format(time.DateOnly)
			}
			if err := enc.Encode(rec); err != nil {
				f.Close()
				return 0, 0, err
			}
			articles++
			size += int64(len(a.Text))
		}
		if err := bw.Flush(); err != nil {
			f.Close()
			return 0, 0, err
		}
		if err := f.Close(); err != nil {
			return 0, 0, err
		}
	}
	return articles, size, nil
}

func dirSize(dir string) int64 {
	var n int64
	_ = filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

func mib(b int64) string { return fmt.Sprintf("%d MB", (b+1<<19)>>20) }

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "whosaid-bench: "+format+"\n", args...)
}

// machine describes the computer: CPU model, cores, memory, Go and node.
func machine(c config) string {
	model := "?"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
				model = strings.TrimSpace(v)
				break
			}
		}
	}
	mem := ""
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		if f := strings.Fields(string(b)); len(f) > 1 {
			if kb, err := strconv.ParseInt(f[1], 10, 64); err == nil {
				mem = fmt.Sprintf(", %d GiB", (kb+1<<19)>>20)
			}
		}
	}
	node := ""
	if c.peer != "" {
		if out, err := exec.Command(c.node, "--version").Output(); err == nil {
			node = ", node " + strings.TrimSpace(string(out))
		}
	}
	return fmt.Sprintf("%s, %d cores%s, %s%s", model, runtime.NumCPU(), mem, runtime.Version(), node)
}

// corpusCmd writes the articles under some folders n times, under new ids.
func corpusCmd(args []string) error {
	fs := flag.NewFlagSet("corpus", flag.ExitOnError)
	n := fs.Int("n", 4, "copies to write")
	out := fs.String("out", "", "the `folder` to write them to (emptied first)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: whosaid-bench corpus -n N -out DIR DIR...")
		fs.PrintDefaults()
	}
	_ = fs.Parse(args)
	if *out == "" || fs.NArg() == 0 || *n < 1 {
		fs.Usage()
		os.Exit(2)
	}
	articles, size, err := writeCopies(context.Background(), fs.Args(), *out, *n)
	if err != nil {
		return err
	}
	logf("wrote %d articles, %.1f MB of text, to %s", articles, mb(size), *out)
	return nil
}
