package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/index"
)

// showOptions are the flags and argument of `whosaid show`.
type showOptions struct {
	Index string // the index path, already resolved
	ID    string
	JSON  bool
}

const showLong = `Show prints one quote in its context: the paragraph of the article it is
in, the quote highlighted (bold on a terminal, between « and » otherwise),
then who said it and why whosaid thinks so (the rule, the evidence that
named the speaker and the confidence), and the article's title, date,
outlet and URL.

ID is a quote's id, as the search table and every JSON or CSV record give
it. --json prints one JSON object: the quote, the paragraph as "context"
with its byte offset "context_start" in the article, and the article's
metadata.`

const showExample = `  whosaid show 5ff2e92593dd
  whosaid show 5ff2e92593dd --json
  whosaid search --speaker Vasquez --json | jq -r .id | xargs -n1 whosaid show`

func newShowCmd(e *env, indexPath func() (string, error)) *cobra.Command {
	var opts showOptions
	cmd := &cobra.Command{
		Use:     "show ID",
		Short:   "Show a quote in its paragraph, with its speaker and article",
		Long:    showLong,
		Example: showExample,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usagef("show needs one quote ID, got %d arguments", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := indexPath()
			if err != nil {
				return err
			}
			opts.Index, opts.ID = p, args[0]
			return runShow(cmd.Context(), e, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print one JSON object")
	return cmd
}

// showJSON is `whosaid show --json`.
type showJSON struct {
	Quote        index.Quote   `json:"quote"`
	Context      string        `json:"context"`
	ContextStart int           `json:"context_start"`
	Article      index.Article `json:"article"`
}

func runShow(ctx context.Context, e *env, opts showOptions) error {
	ix, err := openIndex(opts.Index)
	if err != nil {
		return err
	}
	defer ix.Close()
	q, err := ix.Quote(ctx, opts.ID)
	if errors.Is(err, index.ErrNotFound) {
		return fmt.Errorf("no quote %s in the index (a quote's id is the last thing on its line in 'whosaid search')", opts.ID)
	}
	if err != nil {
		return err
	}
	a, err := ix.Article(ctx, q.Article)
	if err != nil {
		return err
	}
	start, end := q.Start, q.End
	if start < 0 || end > len(a.Text) || start > end {
		// Not offsets into this text: show the quote alone.
		a.Text, start, end = q.Text, 0, len(q.Text)
	}
	ps, pe := paragraph(a.Text, start, end)
	if opts.JSON {
		out := showJSON{Quote: q, Context: a.Text[ps:pe], ContextStart: ps, Article: a}
		out.Article.Text = ""
		return newJSONLines(e.stdout).Encode(out)
	}
	return writeShow(e.stdout, q, a, ps, pe, start, end, outputStyle(e, e.stdout))
}

// maxContext is the most bytes of context shown on either side of a quote
// in a long paragraph.
const maxContext = 600

// paragraph returns the bounds of the paragraph of text that holds [start,
// end): from the end of the blank line before it to the start of the blank
// line after it, cut to maxContext bytes on either side of the quote.
func paragraph(text string, start, end int) (int, int) {
	blank := func(from, to int) bool { return strings.TrimSpace(text[from:to]) == "" }
	// Back a line at a time to one after a blank line.
	ps := strings.LastIndexByte(text[:start], '\n') + 1
	for ps > 0 {
		prev := strings.LastIndexByte(text[:ps-1], '\n') + 1
		if blank(prev, ps-1) {
			break
		}
		ps = prev
	}
	// On a line at a time to one before a blank line.
	pe := len(text)
	if i := strings.IndexByte(text[end:], '\n'); i >= 0 {
		pe = end + i
	}
	for pe < len(text) {
		next := len(text)
		if i := strings.IndexByte(text[pe+1:], '\n'); i >= 0 {
			next = pe + 1 + i
		}
		if blank(pe+1, next) {
			break
		}
		pe = next
	}
	// A long paragraph is cut, at a space, around the quote.
	if start-ps > maxContext {
		ps = start - maxContext
		for ps < start && text[ps-1] != ' ' {
			ps++
		}
	}
	if pe-end > maxContext {
		pe = end + maxContext
		for pe > end && text[pe] != ' ' {
			pe--
		}
	}
	return ps, pe
}

// writeShow prints a quote in its paragraph, and what is known of it:
//
//	  Governor Elena Vasquez urged both sides to return to the table.
//	  "«Every day the cranes stand still costs this region dearly,»" Vasquez
//	  said.
//
//	speaker     Elena Vasquez
//	...
func writeShow(w io.Writer, q index.Quote, a index.Article, ps, pe, start, end int, st textStyle) error {
	var b strings.Builder
	open, close := "«", "»"
	if st.color {
		open, close = index.MarkStart, index.MarkEnd
	}
	text := a.Text[ps:start] + open + a.Text[start:end] + close + a.Text[end:pe]
	if ps > 0 && a.Text[ps-1] == ' ' { // cut in a long paragraph
		text = "…" + text
	}
	if pe < len(a.Text) && a.Text[pe] == ' ' {
		text += "…"
	}
	for _, l := range st.marked(wrap(text, st.width-len(hitIndent), 1<<20)) {
		b.WriteString(hitIndent + l + "\n")
	}
	b.WriteString("\n")

	const labelW = len("confidence") + 2
	row := func(label, value string) {
		if value == "" {
			return
		}
		lines := wrap(value, st.width-labelW, 1<<20)
		if label == "url" {
			lines = []string{value} // a URL stays whole, to be copied
		}
		for i, l := range lines {
			if i == 0 {
				b.WriteString(st.dim(label) + strings.Repeat(" ", labelW-len(label)))
			} else {
				b.WriteString(strings.Repeat(" ", labelW))
			}
			b.WriteString(l + "\n")
		}
	}
	row("speaker", speakerName(q))
	if q.Speaker != "" && q.Speaker != speakerName(q) {
		row("as named", q.Speaker)
	}
	if q.SpeakerMention != "" && q.SpeakerMention != q.Speaker {
		row("mention", q.SpeakerMention)
	}
	if q.Anonymous {
		row("unnamed", "yes: never the same speaker as in another article")
	}
	row("role", q.Role)
	row("kind", q.Kind)
	row("cue", q.Cue)
	row("rule", q.Rule)
	row("evidence", strings.Join(q.Evidence, evidenceSep))
	row("confidence", strconv.FormatFloat(q.Confidence, 'f', -1, 64))
	if q.NotSpeech != "" {
		row("not speech", q.NotSpeech)
	}
	b.WriteString("\n")
	row("title", a.Title)
	row("date", a.Date)
	row("outlet", a.Outlet)
	row("url", a.URL)
	row("doc", a.Doc)
	row("article", a.ID)
	row("quote", fmt.Sprintf("%s, bytes %d to %d", q.ID, q.Start, q.End))
	_, err := io.WriteString(w, b.String())
	return err
}
