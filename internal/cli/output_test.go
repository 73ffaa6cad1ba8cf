package cli

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/index"
)

// m marks a word as a search match.
func m(w string) string { return index.MarkStart + w + index.MarkEnd }

func TestWrap(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		width    int
		maxLines int
		want     []string
	}{
		{"fits", "one two three", 20, 4, []string{"one two three"}},
		{"breaks at spaces", "one two three four", 9, 4, []string{"one two", "three", "four"}},
		{"collapses white space", "one\n two\t\tthree", 20, 4, []string{"one two three"}},
		{"marks take no room", m("one") + " two " + m("three"), 13, 4, []string{m("one") + " two " + m("three")}},
		{"cut with an ellipsis", "one two three four five six", 7, 2, []string{"one two", "three…"}},
		{"ellipsis within width", "aaaa bbbb cccc", 4, 2, []string{"aaaa", "bbb…"}},
		{"long word broken", "abcdefghij xy", 4, 5, []string{"abcd", "efgh", "ij", "xy"}},
		{"wide runes", "日本語のテキスト", 6, 4, []string{"日本語", "のテキ", "スト"}},
		{"empty", "", 10, 4, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := wrap(tt.text, tt.width, tt.maxLines)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			for _, l := range got {
				if w := textWidth(l); w > tt.width {
					t.Errorf("line %q is %d wide, more than %d", l, w, tt.width)
				}
			}
		})
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		s     string
		width int
		want  string
	}{
		{"short", 10, "short"},
		{"exactly ten", 11, "exactly ten"},
		{"a bit too long", 8, "a bit…"},
		{"héllo wörld", 7, "héllo…"},
	}
	for _, tt := range tests {
		if got := truncate(tt.s, tt.width); got != tt.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
		}
	}
}

func TestMarked(t *testing.T) {
	lines := []string{"a " + m("bc"), index.MarkStart + "de", "fg" + index.MarkEnd + " h"}
	plain := textStyle{}.marked(lines)
	if want := []string{"a bc", "de", "fg h"}; strings.Join(plain, "|") != strings.Join(want, "|") {
		t.Errorf("plain: got %q, want %q", plain, want)
	}
	// A match across lines is closed at each line's end and reopened.
	col := textStyle{color: true}.marked(lines)
	want := []string{
		"a " + ansiBold + "bc" + ansiReset,
		ansiBold + "de" + ansiReset,
		ansiBold + "fg" + ansiReset + " h",
	}
	if strings.Join(col, "|") != strings.Join(want, "|") {
		t.Errorf("colour: got %q, want %q", col, want)
	}
}

func TestWriteHits(t *testing.T) {
	res := &index.Results{Total: 7, Hits: []index.Hit{
		{
			Quote: index.Quote{
				ID: "5ff2e92593dd", Kind: "direct", Text: "The bridge will be open before the summer fair,",
				Speaker: "Jane Doe", Role: "Mayor", Title: "Riverton bridge to reopen in May", Date: "2024-06-19",
			},
			Fragments: []string{"The " + m("bridge") + " will be open before the summer fair,"},
		},
		{
			Quote: index.Quote{
				ID: "0a1b2c3d4e5f", Kind: "indirect", Doc: "news/lakeport.md",
				Text: "the fees had not risen in twenty years, and that the harbour had been losing money on every boat moored there since the pier was built, long before anyone in the town council remembered, according to the books",
			},
		},
		{
			Quote: index.Quote{
				ID: "9f8e7d6c5b4a", Kind: "partial", Text: "a lesson we paid for.", Speaker: "Tom Baker",
				Person: "Thomas Baker", Outlet: "The Riverton Ledger and Evening Courier",
				Role:  "Council member for the Riverton East ward and chair of the finance committee",
				Title: "A very long title that goes on and on about the bridge and its repairs and the fair and the council", Date: "2024-06-19",
			},
		},
	}}
	var b bytes.Buffer
	if err := writeHits(&b, res, textStyle{width: 60}); err != nil {
		t.Fatal(err)
	}
	// The person across articles names the speaker; the title gives way
	// to the outlet (cut), the date and the ID.
	want := `Jane Doe, Mayor
  “The bridge will be open before the summer fair,”
  Riverton bridge to reopen in… · 2024-06-19 · 5ff2e92593dd

unknown · indirect
  the fees had not risen in twenty years, and that the
  harbour had been losing money on every boat moored there
  since the pier was built, long before anyone in the town
  council remembered, according to the books
  news/lakeport.md · 0a1b2c3d4e5f

Thomas Baker, Council member for the Riverton East ward and…
  “a lesson we paid for.”
  A very… · The Riverton Ledger… · 2024-06-19 · 9f8e7d6c5b4a

3 of 7 quotes
`
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", &b, want)
	}
	for l := range strings.Lines(b.String()) {
		if w := textWidth(strings.TrimSuffix(l, "\n")); w > 60 {
			t.Errorf("line %d wide: %q", w, l)
		}
	}

	b.Reset()
	res.Hits = res.Hits[:1]
	if err := writeHits(&b, res, textStyle{width: 80, color: true}); err != nil {
		t.Fatal(err)
	}
	if want := "  “The " + ansiBold + "bridge" + ansiReset + " will"; !strings.Contains(b.String(), want) {
		t.Errorf("no bold match in:\n%q", &b)
	}
	if want := "  " + ansiDim + "Riverton bridge to reopen in May · 2024-06-19 · 5ff2e92593dd" + ansiReset + "\n"; !strings.Contains(b.String(), want) {
		t.Errorf("source not dim in:\n%q", &b)
	}
}

func TestWriteHitsCutsLongQuotes(t *testing.T) {
	long := strings.Repeat("word ", 100)
	res := &index.Results{Total: 1, Hits: []index.Hit{{Quote: index.Quote{Kind: "direct", Text: long, Doc: "d"}}}}
	var b bytes.Buffer
	if err := writeHits(&b, res, textStyle{width: 80}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(b.String(), "\n")
	// speaker, 4 quote lines, source, blank, count, "".
	if len(lines) != 9 || !strings.HasSuffix(lines[4], "…") {
		t.Errorf("got:\n%s", &b)
	}
}

func TestWriteStats(t *testing.T) {
	st := index.Stats{Articles: 3, Quotes: 25, People: 14, TopSpeakers: []index.SpeakerCount{
		{Speaker: "Vladimir Putin", Quotes: 12}, {Speaker: "Jane Doe", Quotes: 2},
	}}
	var b bytes.Buffer
	if err := writeStats(&b, st); err != nil {
		t.Fatal(err)
	}
	want := "articles 3\nquotes 25\npeople 14\ntop speakers:\n  Vladimir Putin  12\n  Jane Doe         2\n"
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", &b, want)
	}

	b.Reset()
	if err := writeStatsJSON(&b, st); err != nil {
		t.Fatal(err)
	}
	want = `{"articles":3,"quotes":25,"people":14,"top_speakers":[{"speaker":"Vladimir Putin","quotes":12},{"speaker":"Jane Doe","quotes":2}]}` + "\n"
	if b.String() != want {
		t.Errorf("got %s, want %s", &b, want)
	}

	b.Reset()
	if err := writeStatsJSON(&b, index.Stats{}); err != nil {
		t.Fatal(err)
	}
	if want := `{"articles":0,"quotes":0,"people":0,"top_speakers":[]}` + "\n"; b.String() != want {
		t.Errorf("empty: got %s, want %s", &b, want)
	}
	b.Reset()
	if err := writeStats(&b, index.Stats{}); err != nil {
		t.Fatal(err)
	}
	if want := "articles 0\nquotes 0\npeople 0\n"; b.String() != want {
		t.Errorf("empty: got %q, want %q", &b, want)
	}
}

func TestOutputStyle(t *testing.T) {
	tests := []struct {
		name      string
		termWidth int
		terminal  bool
		vars      map[string]string
		want      textStyle
	}{
		{"pipe", 0, false, nil, textStyle{width: 80}},
		{"terminal", 120, true, nil, textStyle{color: true, width: 100}},
		{"narrow terminal", 60, true, nil, textStyle{color: true, width: 60}},
		{"unknown width", 0, true, nil, textStyle{color: true, width: 80}},
		{"NO_COLOR", 90, true, map[string]string{"NO_COLOR": "yes"}, textStyle{width: 90}},
		{"dumb", 90, true, map[string]string{"TERM": "dumb"}, textStyle{width: 90}},
	}
	for _, tt := range tests {
		e, _, _ := testEnv("", tt.vars)
		e.isTerminal = func(io.Writer) (int, bool) { return tt.termWidth, tt.terminal }
		if got := outputStyle(e, e.stdout); got != tt.want {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, tt.want)
		}
	}
}
