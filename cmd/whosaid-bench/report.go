package main

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// report prints the figures as Markdown, ready for the README.
func report(w io.Writer, c config, r result, load0, load1 string) {
	p := func(format string, args ...any) { fmt.Fprintf(w, format+"\n", args...) }
	cp := r.corpus
	p("## whosaid-bench, %s", time.Now().UTC().Format("2006-01-02 15:04 UTC"))
	p("")
	p("Machine: %s. Load average before %s, after %s (other work on the machine slows the wall times; CPU time is what whosaid itself spent).", machine(c), load0, load1)
	p("")
	p("Corpus: %s: %d articles, %.2f MB of text. Each figure on it is the median of %d runs.",
		strings.Join(c.dirs, ", "), cp.articles, mb(cp.bytes), c.runs)
	p("")
	p("| what | time | MB/s | articles/s | CPU time | cores busy | peak memory |")
	p("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
	row := func(what string, t timing, bytes int64, articles int) {
		p("| %s | %.2f s | %.2f | %.0f | %.2f s | %.2f | %s |", what, t.wall.Seconds(), t.mbps(bytes),
			float64(articles)/t.wall.Seconds(), t.cpu.Seconds(), t.cpu.Seconds()/t.wall.Seconds(), mib(t.maxRSS))
	}
	row(fmt.Sprintf("`whosaid extract` (%d quotes)", r.extract.lines), r.extract, cp.bytes, cp.articles)
	row("`whosaid ingest` (extract + index)", r.ingest, cp.bytes, cp.articles)
	var peerMBps float64
	if c.peer != "" && r.peerErr == nil {
		t := r.peer
		peerMBps = mb(t.peerBytes) / t.peerSecs
		p("| wink-nlp, tokens and tags only (its own timing, without node's start and model load) | %.2f s | %.2f | %.0f | | | |",
			t.peerSecs, peerMBps, float64(t.lines)/t.peerSecs)
		row("wink-nlp, the whole node process", t, t.peerBytes, t.lines)
	} else if c.peer != "" {
		p("| wink-nlp | failed: %s | | | | | |", oneLineErr(r.peerErr))
	}
	p("| bare regular-expression quote finder (in process, %d quotes; no files read) | %.2f s | %.2f | %.0f | | 1 | |",
		r.regexQuotes, r.regex.Seconds(), mb(cp.bytes)/r.regex.Seconds(), float64(cp.articles)/r.regex.Seconds())
	p("")
	if peerMBps > 0 {
		p("whosaid extract runs at %.1f× and ingest at %.1f× wink-nlp's speed.",
			r.extract.mbps(cp.bytes)/peerMBps, r.ingest.mbps(cp.bytes)/peerMBps)
		p("")
	}
	p("The index ingest wrote takes %s on disk.", mib(r.indexBytes))
	p("")

	if len(r.scales) > 0 {
		p("### Time and memory against corpus size")
		p("")
		p("The corpus repeated under new article ids (JSON Lines, one file per copy), so that every copy is indexed.")
		p("")
		p("| corpus | articles | MB | extract | MB/s | peak memory | ingest | MB/s | peak memory |")
		p("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
		for _, s := range r.scales {
			p("| %d× | %d | %.1f | %.2f s | %.2f | %s | %.2f s | %.2f | %s |", s.n, s.articles, mb(s.bytes),
				s.extract.wall.Seconds(), s.extract.mbps(s.bytes), mib(s.extract.maxRSS),
				s.ingest.wall.Seconds(), s.ingest.mbps(s.bytes), mib(s.ingest.maxRSS))
		}
		p("")
	}

	if r.search != nil {
		reportSearch(w, c, r.search)
	}
}

func reportSearch(w io.Writer, c config, s *searchResult) {
	p := func(format string, args ...any) { fmt.Fprintf(w, format+"\n", args...) }
	{
		p("### Search")
		p("")
		how := "reused from an earlier run"
		if s.built {
			how = fmt.Sprintf("built in %s", s.build.Round(time.Second))
		}
		p("An index of %d quotes in %d articles: the corpus analysed once and its articles, quotes and people added %d times under new ids (real text, repeated); %s on disk, %s.",
			s.quotes, s.articles, s.copies, mib(s.indexBytes), how)
		p("Searches run one at a time in one process, through the `index` package as `whosaid search` calls it, %d of each kind, cycling through 10 queries made from the corpus (its common words, its most quoted people, phrases they said, the year they spoke most), 10 hits a page, after one untimed pass.", c.queries)
		p("")
		p("| query | e.g. | p50 | p99 | max | matches (median) |")
		p("| --- | --- | ---: | ---: | ---: | ---: |")
		for _, k := range s.kinds {
			p("| %s | %s | %s | %s | %s | %d |", k.name, k.example, ms(k.p50), ms(k.p99), ms(k.max), k.hits)
		}
		p("| **all** | | **%s** | **%s** | | |", ms(s.p50), ms(s.p99))
		p("")
		p("Opening the index and the first search (which loads the index's people): %s. A whole `whosaid search WORD` process (start, open, search, print): %s (median of 5).",
			ms(s.open), ms(s.cli))
		p("")
		p("Commands that read the whole index, one run each. Peak memory is the peak resident set, which counts the pages of the index's files mapped in memory; the peak of the rest (heap and stacks: RssAnon, sampled every 10 ms) is apart:")
		p("")
		p("| command | time | CPU time | lines | peak memory | of which not the index's files |")
		p("| --- | ---: | ---: | ---: | ---: | ---: |")
		for _, w := range s.whole {
			p("| `%s` | %.1f s | %.1f s | %d | %.0f MB | %.0f MB |", w.command, w.t.wall.Seconds(), w.t.cpu.Seconds(), w.t.lines, mb(w.t.maxRSS), mb(w.t.maxAnon))
		}
		p("")
	}
}

func mb(b int64) float64 { return float64(b) / 1e6 }

func oneLineErr(err error) string { return strings.Join(strings.Fields(err.Error()), " ") }
