package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/whosaid/whosaid/index"
)

// newJSONLines returns an encoder that writes one JSON value per line,
// leaving <, > and & as they are: quotes are read by people too.
func newJSONLines(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}

// textStyle is how text output looks: with ANSI bold and dim on a
// terminal, plain otherwise.
type textStyle struct {
	color bool
	width int // columns to fit lines in
}

const (
	ansiBold  = "\x1b[1m"
	ansiDim   = "\x1b[2m"
	ansiReset = "\x1b[0m"

	defaultWidth = 80
	maxWidth     = 100 // wider lines are hard to read, however wide the terminal
	minWidth     = 20
)

// outputStyle chooses the style for w: colour on a terminal unless
// NO_COLOR is set or TERM is dumb, and the terminal's width.
func outputStyle(e *env, w io.Writer) textStyle {
	st := textStyle{width: defaultWidth}
	tw, ok := e.isTerminal(w)
	if !ok {
		return st
	}
	st.color = e.getenv("NO_COLOR") == "" && e.getenv("TERM") != "dumb"
	if tw >= minWidth {
		st.width = min(tw, maxWidth)
	}
	return st
}

func (s textStyle) dim(text string) string {
	if !s.color || text == "" {
		return text
	}
	return ansiDim + text + ansiReset
}

// marked turns the match marks of lines into bold, or drops them without
// colour. A match cut by a line break is closed at the end of its line and
// opened again on the next, so that no line leaves the terminal bold.
func (s textStyle) marked(lines []string) []string {
	out := make([]string, len(lines))
	in := false
	for i, l := range lines {
		if !s.color {
			out[i] = index.Mark(l, "", "")
			continue
		}
		var b strings.Builder
		if in {
			b.WriteString(ansiBold)
		}
		for _, r := range l {
			switch string(r) {
			case index.MarkStart:
				if !in {
					b.WriteString(ansiBold)
				}
				in = true
			case index.MarkEnd:
				if in {
					b.WriteString(ansiReset)
				}
				in = false
			default:
				b.WriteRune(r)
			}
		}
		if in {
			b.WriteString(ansiReset)
		}
		out[i] = b.String()
	}
	return out
}

// Layout of a search hit.
const (
	hitIndent      = "  "
	maxQuoteLines  = 4
	maxOutletWidth = 20
)

// speakerName is who said q as a table shows it: the person across
// articles, else the speaker as the article names them, else "unknown".
func speakerName(q index.Quote) string {
	switch {
	case q.Person != "":
		return q.Person
	case q.Speaker != "":
		return q.Speaker
	}
	return "unknown"
}

// writeHits prints search results as a table for people:
//
//	Jane Doe, Mayor
//	  “The bridge will be open before the summer fair,”
//	  Riverton bridge to reopen in May · Valley Wire · 2024-06-19 · 5ff2e92593dd
//
//	1 of 1 quote
//
// The speaker line names the speaker across articles (Quote.Person) and
// the kind of a quote that is not direct; an indirect quote has no quote
// marks, since those are not the speaker's words. The last line ends with
// the quote's ID, for `whosaid show`. The matched words are bold on a
// terminal.
func writeHits(w io.Writer, res *index.Results, st textStyle) error {
	var b strings.Builder
	inner := st.width - len(hitIndent)
	for i, h := range res.Hits {
		if i > 0 {
			b.WriteString("\n")
		}
		q := h.Quote
		head := speakerName(q)
		if q.Role != "" {
			head += ", " + q.Role
		}
		if q.Kind != "direct" && q.Kind != "" {
			head += " · " + q.Kind
		}
		b.WriteString(truncate(head, st.width) + "\n")

		text := q.Text
		if len(h.Fragments) > 0 {
			text = h.Fragments[0]
		}
		text = strings.Join(strings.Fields(text), " ")
		if q.Kind != "indirect" {
			text = "“" + text + "”"
		}
		for _, l := range st.marked(wrap(text, inner, maxQuoteLines)) {
			b.WriteString(hitIndent + l + "\n")
		}

		src := q.Title
		if src == "" {
			src = q.Doc
		}
		// The outlet, date and ID always show; a long title gives way.
		var tail string
		if q.Outlet != "" {
			tail += " · " + truncate(q.Outlet, maxOutletWidth)
		}
		if q.Date != "" {
			tail += " · " + q.Date
		}
		if q.ID != "" {
			tail += " · " + q.ID
		}
		src = truncate(src, max(inner-textWidth(tail), 10)) + tail
		b.WriteString(hitIndent + st.dim(truncate(src, inner)) + "\n")
	}
	fmt.Fprintf(&b, "\n%d of %s\n", len(res.Hits), plural(int(res.Total), "quote"))
	_, err := io.WriteString(w, b.String())
	return err
}

// writeStats prints the index's counts:
//
//	articles 3
//	quotes 25
//	people 14
//	top speakers:
//	  Jane Doe   4
//	  Tom Baker  2
func writeStats(w io.Writer, st index.Stats) error {
	var b strings.Builder
	fmt.Fprintf(&b, "articles %d\nquotes %d\npeople %d\n", st.Articles, st.Quotes, st.People)
	if len(st.TopSpeakers) > 0 {
		nameW, countW := 0, 0
		for _, s := range st.TopSpeakers {
			nameW = max(nameW, textWidth(s.Speaker))
			countW = max(countW, len(fmt.Sprint(s.Quotes)))
		}
		b.WriteString("top speakers:\n")
		for _, s := range st.TopSpeakers {
			pad := strings.Repeat(" ", nameW-textWidth(s.Speaker))
			fmt.Fprintf(&b, "  %s%s  %*d\n", s.Speaker, pad, countW, s.Quotes)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// statsJSON is `whosaid stats --json`.
type statsJSON struct {
	Articles    uint64        `json:"articles"`
	Quotes      uint64        `json:"quotes"`
	People      uint64        `json:"people"`
	TopSpeakers []speakerJSON `json:"top_speakers"`
}

type speakerJSON struct {
	Speaker string `json:"speaker"`
	Quotes  int    `json:"quotes"`
}

func writeStatsJSON(w io.Writer, st index.Stats) error {
	out := statsJSON{Articles: st.Articles, Quotes: st.Quotes, People: st.People, TopSpeakers: []speakerJSON{}}
	for _, s := range st.TopSpeakers {
		out.TopSpeakers = append(out.TopSpeakers, speakerJSON(s))
	}
	return newJSONLines(w).Encode(out)
}

// wrap breaks text at spaces into lines of at most width columns, and
// keeps at most maxLines of them, ending the last with "…" when text was
// cut. A word wider than a line is broken. Match marks take no room.
func wrap(text string, width, maxLines int) []string {
	width = max(width, 2)
	var lines []string
	var line strings.Builder
	lineW := 0
	endLine := func() {
		lines = append(lines, line.String())
		line.Reset()
		lineW = 0
	}
	for _, word := range strings.Fields(text) {
		ww := textWidth(word)
		if lineW > 0 && lineW+1+ww > width {
			endLine()
		}
		for ww > width {
			if lineW > 0 {
				endLine()
			}
			head := cut(word, width)
			if head == "" { // a rune wider than the line
				_, n := utf8.DecodeRuneInString(word)
				head = word[:n]
			}
			lines = append(lines, head)
			word = word[len(head):]
			ww = textWidth(word)
		}
		if lineW > 0 {
			line.WriteByte(' ')
			lineW++
		}
		line.WriteString(word)
		lineW += ww
	}
	if lineW > 0 {
		endLine()
	}
	if len(lines) > maxLines {
		lines = lines[:maxLines]
		// The line is cut even if it fits, since the text goes on.
		lines[maxLines-1] = cutWords(lines[maxLines-1]+" ", width-1) + "…"
	}
	return lines
}

// truncate fits s in width columns, ending it with "…" if it was cut.
func truncate(s string, width int) string {
	if textWidth(s) <= width {
		return s
	}
	return cutWords(s, width-1) + "…"
}

// cutWords is cut, but backs up to the end of a word when that loses
// less than half the room.
func cutWords(s string, width int) string {
	p := cut(s, width)
	if len(p) < len(s) && s[len(p)] != ' ' {
		if i := strings.LastIndexByte(p, ' '); i > len(p)/2 {
			p = p[:i]
		}
	}
	return strings.TrimRight(p, " ")
}

// cut returns the longest prefix of s that fits in width columns, with
// any marks that follow it.
func cut(s string, width int) string {
	w := 0
	for i, r := range s {
		rw := runeWidth(r)
		if w+rw > width {
			return s[:i]
		}
		w += rw
	}
	return s
}

// textWidth is the number of terminal columns s takes.
func textWidth(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

// runeWidth is the number of columns r takes: none for the match marks and
// other control and combining characters, two for wide East Asian ones.
func runeWidth(r rune) int {
	switch {
	case r == utf8.RuneError:
		return 1
	case unicode.IsControl(r), unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}
