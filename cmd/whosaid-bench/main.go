// Command whosaid-bench measures whosaid: extract and ingest end to end on
// any folders of articles (MB/s, articles/s, peak memory), the same on the
// corpus repeated, search latencies on an index of a million quotes, and a
// peer NLP library (wink-nlp) on the same files in the same run.
//
//	whosaid-bench run [flags] DIR...    everything, as a Markdown report
//	whosaid-bench profile -- extract DIR...
//	whosaid-bench corpus -n 16 -out /tmp/corpus-16x DIR...
//
// bench/run.sh builds whosaid and this command, installs the peer, and runs
// it on Wikinews and PolNeAR; see the README's "Performance".
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	switch os.Args[1] {
	case "run":
		err = runCmd(os.Args[2:])
	case "profile":
		err = profileCmd(os.Args[2:])
	case "corpus":
		err = corpusCmd(os.Args[2:])
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "whosaid-bench: %v\n", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, `usage:
  whosaid-bench run [flags] DIR...           time extract, ingest, the peer and search
  whosaid-bench profile [-cpu F] [-mem F] -- WHOSAID-ARGS...
  whosaid-bench corpus -n N -out DIR DIR...  the articles N times, under new ids, as JSON Lines
run 'whosaid-bench run -h' for its flags`)
	os.Exit(2)
}
