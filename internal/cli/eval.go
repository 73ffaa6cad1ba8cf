package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strings"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/index"
	"github.com/whosaid/whosaid/internal/eval"
	"github.com/whosaid/whosaid/internal/ingest"
	"github.com/whosaid/whosaid/internal/news"
)

// evalOptions are the flags and arguments of `whosaid eval`.
type evalOptions struct {
	Gold  string   // the gold quotes, JSON Lines
	Pred  string   // predictions to score, JSON Lines; or
	Paths []string // articles to analyse and score whosaid's quotes of
	// Docs is the folder of the documents; empty means none with --pred,
	// and the articles read with PATHs.
	Docs    string
	Kinds   []string // the kinds of quote scored; nil for all
	JSON    bool     // one JSON object instead of text
	Errors  bool     // list what went wrong
	Workers int      // articles analysed at once
}

const evalLong = `Eval scores quote extraction and speaker attribution against gold
quotes, by the definitions of the project's reference scorer, score.py,
and with the same figures to the last decimal.

GOLD and PRED are JSON Lines, one quote a line: doc, kind (direct, partial
or indirect), text, start and end (UTF-8 byte offsets into the document),
speaker. Gold lines may add aliases (other names of the speaker), named,
and speaker_is_pronoun. Documents are matched by file name, the part of
doc after the last '/'; predictions for documents the gold does not have
are left out.

With --pred, eval scores that file: another tool's quotes, or saved
output of whosaid extract. With PATHs instead, it analyses the articles
there as extract does (only those the gold names) and scores whosaid.

A predicted quote matches the gold quote it lies mostly inside. A gold
quote is found when its predictions cover half of it, or for a partial
quote when any does; pieces of one quote count as one prediction, and a
repeat as a false one. A speaker is right when it is the gold speaker or
an alias, ignoring case, accents and punctuation, or holds the gold
speaker's last word. Gold speakers that are pronouns ("he") are left out
of the speaker figures.

  extraction         P: matched predictions; R: gold quotes found
  speaker accuracy   right speakers among matched predictions
  end-to-end         P: right speakers among predictions naming one;
                     R: gold quotes found with a right speaker

The figures are for --kinds (default all), and the table after them is
for each kind. --errors then lists each gold quote missed, each false
prediction and each wrong speaker, with its text in context.

--docs DIR is where the documents are: to place predictions that have no
offsets by their text, to join the paragraphs of one quote, and to show
context. With PATHs it defaults to the articles read.`

const evalExample = `  # Score another tool's quotes.
  whosaid eval --gold gold.jsonl --pred theirs.jsonl --docs articles/

  # Score whosaid on PolNeAR's dev split, direct and partial quotes.
  jq -c 'select(.split == "dev")' polnear/gold.jsonl > dev.jsonl
  whosaid eval --gold dev.jsonl --kinds direct,partial polnear/text

  # See what it got wrong.
  whosaid eval --gold dev.jsonl --errors polnear/text | less`

func newEvalCmd(e *env) *cobra.Command {
	opts := evalOptions{Workers: runtime.NumCPU()}
	var kinds string
	cmd := &cobra.Command{
		Use:     "eval --gold GOLD.jsonl (--pred PRED.jsonl | PATH...)",
		Short:   "Score quotes and speakers against gold quotes",
		Long:    evalLong,
		Example: evalExample,
		Args:    cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Gold == "" {
				return usagef("eval needs --gold GOLD.jsonl, the gold quotes")
			}
			switch {
			case opts.Pred != "" && len(args) > 0:
				return usagef("eval scores --pred PRED.jsonl or the articles at PATHs, not both")
			case opts.Pred == "" && len(args) == 0:
				return usagef("eval needs --pred PRED.jsonl, or PATHs of articles to analyse")
			}
			if cmd.Flags().Changed("kinds") {
				k, err := eval.ParseKinds(kinds)
				if err != nil {
					return usagef("--kinds: %v", err)
				}
				opts.Kinds = k
			}
			if opts.Workers < 1 {
				return usagef("--workers must be at least 1, got %d", opts.Workers)
			}
			opts.Paths = args
			return runEval(cmd.Context(), e, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Gold, "gold", "", "read the gold quotes from `GOLD.jsonl`")
	f.StringVar(&opts.Pred, "pred", "", "score the quotes in `PRED.jsonl` instead of analysing PATHs")
	f.StringVar(&opts.Docs, "docs", "", "find the documents in the folder `DIR`")
	f.StringVar(&kinds, "kinds", "", "score only the kinds `K,...` of quote (direct, partial, indirect)")
	f.BoolVar(&opts.JSON, "json", false, "print one JSON object, with score.py's keys")
	f.BoolVar(&opts.Errors, "errors", false, "list the quotes missed, false and wrongly attributed")
	f.IntVarP(&opts.Workers, "workers", "j", opts.Workers, "articles to analyse at once")
	return cmd
}

func runEval(ctx context.Context, e *env, opts evalOptions) error {
	gold, err := eval.LoadGold(opts.Gold)
	if err != nil {
		return err
	}
	scorer := &eval.Scorer{Gold: gold, Docs: eval.Dir(opts.Docs)}
	var pred []eval.Quote
	var skips skipped
	if opts.Pred != "" {
		if pred, err = eval.Load(opts.Pred); err != nil {
			return err
		}
	} else {
		var texts eval.Texts
		pred, texts, err = analyseForEval(ctx, e, opts, gold, &skips)
		if err != nil {
			return err
		}
		if opts.Docs == "" {
			scorer.Docs = texts
		}
	}

	r := scorer.Score(pred, opts.Kinds)
	byKind := scorer.Breakdown(pred)
	var errs []eval.Error
	if opts.Errors {
		errs = scorer.Errors(pred, opts.Kinds)
	}
	out := bufio.NewWriter(e.stdout)
	if opts.JSON {
		err = writeEvalJSON(out, r, byKind, errs, opts.Errors)
	} else {
		err = writeEval(out, r, byKind, errs, opts.Errors)
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	return skips.err()
}

// analyseForEval analyses the articles at opts.Paths that gold names and
// returns their quotes, and their texts by name.
func analyseForEval(ctx context.Context, e *env, opts evalOptions, gold []eval.Quote, skips *skipped) ([]eval.Quote, eval.Texts, error) {
	gdocs := map[string]bool{}
	var example string
	for _, g := range gold {
		name := eval.DocName(g.Doc)
		if example == "" {
			example = name
		}
		gdocs[name] = true
	}
	keep := func(a *news.Article) bool { return gdocs[eval.DocName(a.Doc)] }
	var pred []eval.Quote
	texts := eval.Texts{}
	err := analyseSome(ctx, opts.Paths, ingest.Options{Stdin: e.stdin}, opts.Workers, defaultLimits(), keep, func(a analysed) error {
		if a.err != nil {
			skips.add(e.stderr, a.err)
			return nil
		}
		warn(e.stderr, a)
		speechOnly(&a.entry)
		if name := eval.DocName(a.art.Doc); texts[name] == nil {
			texts[name] = []byte(a.art.Text)
		}
		for _, q := range a.entry.Quotes {
			pred = append(pred, evalQuote(q))
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	switch {
	case len(texts) == 0 && len(gdocs) > 0:
		return nil, nil, fmt.Errorf("no article read is a document of %s, which names documents by file name, such as %q", opts.Gold, example)
	case len(texts) < len(gdocs):
		fmt.Fprintf(e.stderr, "whosaid: note: %d of the %d documents of %s were not among the articles read; their quotes count as missed\n",
			len(gdocs)-len(texts), len(gdocs), opts.Gold)
	}
	return pred, texts, nil
}

// evalQuote is a quote whosaid found, for scoring.
func evalQuote(q index.Quote) eval.Quote {
	start, end := q.Start, q.End
	conf := q.Confidence
	return eval.Quote{
		Doc: q.Doc, Kind: q.Kind, Text: q.Text, Start: &start, End: &end,
		Speaker: q.Speaker, SpeakerMention: q.SpeakerMention,
		Rule: q.Rule, Evidence: q.Evidence, Confidence: &conf,
	}
}

// kindLabels name the rows of the table of kinds.
var kindLabels = map[string]string{"direct,partial": "direct+partial"}

// writeEval writes the figures as score.py prints them, then a table of
// them by kind, then the errors when listErrors:
//
//	gold 11  predicted 4  unplaced 0
//	extraction   P 1.000  R 0.273  F1 0.429
//	speaker accuracy on 4 matched quotes whose speaker can be judged 1.000
//	end-to-end   P 1.000  R 0.333  F1 0.500
//
//	kind             gold  predicted  extraction F1  speaker accuracy  end-to-end F1
//	direct              6          3          0.667             1.000          0.750
//	...
func writeEval(w io.Writer, r eval.Result, byKind []eval.KindResult, errs []eval.Error, listErrors bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "gold %d  predicted %d  unplaced %d\n", r.Gold, r.Pred, r.Unplaced)
	fmt.Fprintf(&b, "extraction   P %.3f  R %.3f  F1 %.3f\n", r.ExtractP, r.ExtractR, r.ExtractF1)
	fmt.Fprintf(&b, "speaker accuracy on %d matched quotes whose speaker can be judged %.3f\n", r.SpeakerJudged, r.SpeakerAcc)
	fmt.Fprintf(&b, "end-to-end   P %.3f  R %.3f  F1 %.3f\n", r.E2EP, r.E2ER, r.E2EF1)

	const row = "%-15s %5v  %9v  %13v  %16v  %13v\n"
	fmt.Fprintf(&b, "\n"+row, "kind", "gold", "predicted", "extraction F1", "speaker accuracy", "end-to-end F1")
	for _, k := range byKind {
		label := k.Name
		if l, ok := kindLabels[label]; ok {
			label = l
		}
		f := func(x float64) string { return fmt.Sprintf("%.3f", x) }
		fmt.Fprintf(&b, row, label, k.Gold, k.Pred, f(k.ExtractF1), f(k.SpeakerAcc), f(k.E2EF1))
	}

	if listErrors {
		n := map[eval.ErrorKind]int{}
		for _, e := range errs {
			n[e.Kind]++
		}
		fmt.Fprintf(&b, "\n%s missed, %s, %s\n", plural(n[eval.Missed], "gold quote"),
			plural(n[eval.False], "false quote"), plural(n[eval.Wrong], "wrong speaker"))
		for _, e := range errs {
			b.WriteString(e.String())
			b.WriteByte('\n')
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeEvalJSON writes one JSON object: score.py's keys, then "by_kind"
// with the same for each kind, then "errors" when listErrors.
func writeEvalJSON(w io.Writer, r eval.Result, byKind []eval.KindResult, errs []eval.Error, listErrors bool) error {
	marshal := func(v any) []byte {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			panic(err) // plain structs and strings
		}
		return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	}
	var b bytes.Buffer
	b.Write(bytes.TrimSuffix(marshal(r), []byte("}")))
	b.WriteString(`,"by_kind":{`)
	for i, k := range byKind {
		if i > 0 {
			b.WriteByte(',')
		}
		b.Write(marshal(k.Name))
		b.WriteByte(':')
		b.Write(marshal(k.Result))
	}
	b.WriteByte('}')
	if listErrors {
		if errs == nil {
			errs = []eval.Error{}
		}
		b.WriteString(`,"errors":`)
		b.Write(marshal(errs))
	}
	b.WriteString("}\n")
	_, err := w.Write(b.Bytes())
	return err
}
