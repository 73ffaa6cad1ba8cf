#!/usr/bin/env bash
# The whosaid benchmark: builds whosaid and whosaid-bench, installs the
# wink-nlp peer (if node and npm are here), and times extract, ingest, the
# peer, the corpus at 1×, 4× and 16×, and search on an index of a million
# quotes. Prints a Markdown report on stdout, progress on stderr.
#
#   bench/run.sh                      # Wikinews and PolNeAR from ../shared/eval/data
#   bench/run.sh ~/news               # any folders of articles
#   BENCH_FLAGS='-quotes 0 -scale 1' bench/run.sh ~/news   # quicker: no search index
#
# Scratch files (generated corpora, indexes) go under $BENCH_WORK, by
# default /tmp/whosaid-bench; the million-quote index takes a few GB and
# some minutes to build, and is kept for BENCH_FLAGS=-reuse.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${BENCH_WORK:-${TMPDIR:-/tmp}/whosaid-bench}"
mkdir -p "$work/bin"

if [ $# -eq 0 ]; then
	data="$repo/../shared/eval/data"
	set -- "$data/wikinews/text" "$data/polnear/text"
fi

cd "$repo"
go build -o "$work/bin/whosaid" ./cmd/whosaid
go build -o "$work/bin/whosaid-bench" ./cmd/whosaid-bench

peer=()
if command -v node >/dev/null && command -v npm >/dev/null; then
	if [ ! -d bench/peer/node_modules/wink-nlp ]; then
		(cd bench/peer && npm install --no-audit --no-fund --loglevel=error >&2)
	fi
	peer=(-peer "$repo/bench/peer/wink.js")
else
	echo "run.sh: no node or npm here: timing whosaid without the wink-nlp peer" >&2
fi

# shellcheck disable=SC2086 # BENCH_FLAGS is words on purpose
exec "$work/bin/whosaid-bench" run -whosaid "$work/bin/whosaid" -work "$work" "${peer[@]}" ${BENCH_FLAGS:-} "$@"
