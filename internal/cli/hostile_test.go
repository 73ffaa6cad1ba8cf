package cli

import (
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/whosaid/whosaid/index"
)

// hostileFiles are what a folder scraped from the web holds besides news:
// name → content. Each article among them has one quote, or more, that
// must be found and attributed (hostileQuotes).
func hostileFiles() map[string][]byte {
	utf16File := func(s string, order binary.AppendByteOrder) []byte {
		b := order.AppendUint16(nil, 0xFEFF)
		for _, u := range utf16.Encode([]rune(s)) {
			b = order.AppendUint16(b, u)
		}
		return b
	}
	var big strings.Builder
	big.WriteString("Council marathon\n\n")
	for big.Len() < 20<<20 {
		big.WriteString(`The council met again. "We will decide soon," said Mayor Elena Marsh. The vote was put off.` + "\n\n")
	}
	return map[string][]byte{
		"good.txt":     []byte("Bridge closes\n\n\"We will rebuild the bridge,\" Mayor Elena Marsh said.\n"),
		"good.md":      []byte("# Harbour fees\n\n\"We cannot pay more than we catch,\" said Maria Santos.\n"),
		"empty.txt":    nil,
		"blank.md":     []byte(" \n\n\t\n"),
		"picture.txt":  append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 4096)...),
		"latin1.txt":   []byte("Caf\xe9 closes\n\n\"Le caf\xe9 est ferm\xe9,\" said Jean Dupont.\n"),
		"utf16le.txt":  utf16File("Ferry news\n\n“We are open,” said Anna Berg.\n", binary.LittleEndian),
		"utf16be.md":   utf16File("# Ferry news\n\n“We are closed,” said Otto Berg.\n", binary.BigEndian),
		"windows.txt":  []byte("Windows news\r\n\r\n\"Line endings matter,\" said Bill Gates.\r\n\r\n\"So do tests,\" he added.\r\n"),
		"big.txt":      []byte(big.String()),
		"paragraph.md": []byte("# One paragraph\n\n" + strings.Repeat("word ", 200_000) + "\"Done,\" said Tom Baker.\n"),
		"longquote.txt": []byte("Long quote\n\n\"" + strings.Repeat("word ", 40_000) +
			"\n\n\"After the long one,\" said Tom Baker.\n"),
		"unclosed.txt": []byte("Unclosed\n\nMayor Elena Marsh opened the meeting. \"This quote is never closed, she said, and the paragraph ends.\n\n" +
			"Council member Tom Baker disagreed. \"The budget is fine,\" Baker said.\n\n" +
			"\"We will vote on Friday,\" said Mayor Elena Marsh.\n"),
		"nested.txt": []byte("Nested\n\n" + strings.Repeat("\"“", 1000) + "deep" + strings.Repeat("”\"", 1000) +
			" said Tom Baker.\n\n\"After nesting,\" said Mayor Elena Marsh.\n"),
		"feed.jsonl": []byte(`{"id": "f1", "text": "\"First record,\" said Anna Berg."}` + "\n" +
			`{"id": "f2", "text": "broken` + "\n" +
			`{"id": "f3", "text": "\"Third record,\" said Otto Berg."}` + "\n"),
	}
}

// hostileQuotes are quotes that must be in the index after ingesting
// hostileFiles, with their speakers.
var hostileQuotes = map[string]string{
	"We will rebuild the bridge,":       "Elena Marsh",
	"We cannot pay more than we catch,": "Maria Santos",
	"We are open,":                      "Anna Berg",
	"We are closed,":                    "Otto Berg",
	"Line endings matter,":              "Bill Gates",
	"So do tests,":                      "Bill Gates",
	"We will decide soon,":              "Elena Marsh",
	"Done,":                             "Tom Baker",
	"After the long one,":               "Tom Baker",
	"The budget is fine,":               "Tom Baker",
	"We will vote on Friday,":           "Elena Marsh",
	"After nesting,":                    "Elena Marsh",
	"First record,":                     "Anna Berg",
	"Third record,":                     "Otto Berg",
	"Le caf\xe9 est ferm\xe9,":          "Jean Dupont", // as the file has it
	"This quote is never closed, she said, and the paragraph ends.": "",
}

// Hostile files among good ones: nothing panics or hangs, each bad file is
// named once with the reason, each limit met is a warning naming the
// article, every article is indexed with its quotes found and attributed
// at offsets that hold them, and ingest exits 1 with a count of what it
// skipped.
func TestIngestHostileFolder(t *testing.T) {
	dir := t.TempDir()
	news := filepath.Join(dir, "news")
	if err := os.Mkdir(news, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, content := range hostileFiles() {
		if err := os.WriteFile(filepath.Join(news, name), content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	idx := filepath.Join(dir, "idx")

	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e, stdout, stderr := testEnv("", nil)
	start := time.Now()
	code := run(ctx, []string{"ingest", "--index", idx, "--workers", "2", "news"}, e)
	took := time.Since(start)
	t.Logf("ingested the hostile folder in %v", took.Round(time.Millisecond))
	if ctx.Err() != nil {
		t.Fatalf("ingest did not end within 3 minutes")
	}
	if code != exitError {
		t.Errorf("exit status %d, want %d", code, exitError)
	}
	wantErr := []string{
		"whosaid: news/big.txt: 20.0 MiB, over the 1 MiB analysis limit (--max-article): quotes were looked for in its first 1 MiB only",
		"whosaid: news/blank.md: no text",
		"whosaid: news/empty.txt: no text",
		"whosaid: news/feed.jsonl:2: not JSON: unexpected end of JSON input",
		"whosaid: news/longquote.txt: 1 quote longer than the 64 KiB limit (--max-quote) cut short",
		"whosaid: news/picture.txt: binary file, not text",
		"whosaid: skipped 3 files and 1 record",
	}
	if got := strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n"); !slices.Equal(got, wantErr) {
		t.Errorf("stderr:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantErr, "\n"))
	}
	if !strings.HasPrefix(stdout.String(), "ingested 13 articles: ") {
		t.Errorf("stdout: %s", stdout)
	}

	ix, err := index.Open(idx, index.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	found := map[string]string{}
	texts := map[string]string{}
	for h, err := range ix.All(ctx, index.Query{}) {
		if err != nil {
			t.Fatal(err)
		}
		q := h.Quote
		text, ok := texts[q.Article]
		if !ok {
			a, err := ix.Article(ctx, q.Article)
			if err != nil {
				t.Fatalf("quote %s: %v", q.ID, err)
			}
			text, texts[q.Article] = a.Text, a.Text
		}
		if q.Start < 0 || q.End > len(text) || q.Start > q.End || text[q.Start:q.End] != q.Text {
			t.Fatalf("quote %s of %s at [%d, %d) is not its text %.60q", q.ID, q.Doc, q.Start, q.End, q.Text)
		}
		if q.End-q.Start > 64<<10 {
			t.Errorf("quote %s of %s is %d bytes long", q.ID, q.Doc, q.End-q.Start)
		}
		found[q.Text] = q.Speaker
	}
	for text, speaker := range hostileQuotes {
		got, ok := found[text]
		switch {
		case !ok:
			t.Errorf("quote %q not found", text)
		case speaker != "" && got != speaker:
			t.Errorf("quote %q attributed to %q, want %q", text, got, speaker)
		}
	}
	if big, err := os.ReadFile("news/big.txt"); err != nil {
		t.Fatal(err)
	} else if arts, err := ix.ArticlesFrom(ctx, "news/big.txt"); err != nil || len(arts) != 1 {
		t.Errorf("big.txt stored as %v, %v", arts, err)
	} else if a, err := ix.Article(ctx, arts[0].ID); err != nil || a.Text != string(big) {
		t.Errorf("big.txt not stored whole: %d bytes of %d, %v", len(a.Text), len(big), err)
	}
}

// The limits are flags, checked like the others.
func TestLimitFlags(t *testing.T) {
	dir := t.TempDir()
	long := filepath.Join(dir, "long.txt")
	text := "Long\n\n\"" + strings.Repeat("word ", 400) + "\" said Tom Baker.\n\n" + strings.Repeat("More words here. ", 100) + "\n"
	if err := os.WriteFile(long, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"extract", "--max-quote", "1KiB", long}, exitOK,
			"whosaid: " + long + ": 1 quote longer than the 1 KiB limit (--max-quote) cut short\n"},
		{[]string{"extract", "--max-article", "2k", long}, exitOK,
			"whosaid: " + long + ": 3.6 KiB, over the 2 KiB analysis limit (--max-article): quotes were looked for in its first 2 KiB only\n"},
		{[]string{"extract", "--max-quote", "65537", long}, exitUsage,
			"whosaid: --max-quote must be between 1 byte and 64 KiB\nrun 'whosaid extract --help' for usage\n"},
		{[]string{"ingest", "--max-article", "0", long}, exitUsage,
			"whosaid: --max-article must be at least 1 byte\nrun 'whosaid ingest --help' for usage\n"},
		{[]string{"ingest", "--max-article", "lots", long}, exitUsage,
			"whosaid: invalid value \"lots\" for --max-article: not a size such as 65536, 64KiB or 8MiB\nrun 'whosaid ingest --help' for usage\n"},
	} {
		e, stdout, stderr := testEnv("", map[string]string{"WHOSAID_INDEX": filepath.Join(dir, "idx")})
		if code := run(context.Background(), tt.args, e); code != tt.code || stderr.String() != tt.stderr {
			t.Errorf("%v: exit %d, stderr %q; want %d, %q", tt.args, code, stderr, tt.code, tt.stderr)
		}
		if tt.code == exitOK && !strings.Contains(stdout.String(), `"speaker":"Tom Baker"`) {
			t.Errorf("%v: stdout %s", tt.args, stdout)
		}
	}
}

func TestParseSize(t *testing.T) {
	for s, want := range map[string]int{
		"0": 0, "100": 100, "1k": 1 << 10, "64KiB": 64 << 10, "8MiB": 8 << 20, "8M": 8 << 20,
		"8mb": 8 << 20, "2G": 2 << 30, " 3 KiB ": 3 << 10, "5B": 5,
	} {
		if got, err := parseSize(s); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", s, got, err, want)
		}
	}
	for _, s := range []string{"", "K", "-1", "1.5M", "1T", "lots", "9999999999G"} {
		if got, err := parseSize(s); err == nil {
			t.Errorf("parseSize(%q) = %d, want an error", s, got)
		}
	}
}

func TestCutArticle(t *testing.T) {
	for _, tt := range []struct {
		text  string
		limit int
		want  string
	}{
		{"short", 10, "short"},
		{"one two\n\nthree four", 14, "one two\n\n"},
		{"one two\nthree four", 14, "one two\n"},
		{"one two three four", 14, "one two three "},
		{"onetwothreefour", 7, "onetwot"},
		{"aé", 2, "a"},                                      // not inside a character
		{"x\n\nyyyyyyyyyyyyyyyyyyyy", 12, "x\n\nyyyyyyyyy"}, // a break too early is not used
	} {
		if got := tt.text[:cutArticle(tt.text, tt.limit)]; got != tt.want {
			t.Errorf("cutArticle(%q, %d) keeps %q, want %q", tt.text, tt.limit, got, tt.want)
		}
	}
}

// An analysis that takes too long is given up: the article is named and
// skipped, and the others are still analysed.
func TestAnalysisTimeout(t *testing.T) {
	defer func(d time.Duration) { analysisTimeout = d }(analysisTimeout)
	analysisTimeout = 20 * time.Millisecond
	dir := t.TempDir()
	// Long enough to take more than 20ms, some tenths of a second: a
	// megabyte of names and places.
	unit := "Tom Baker met Elena Marsh in Riverton. "
	slow := "Slow\n\n" + strings.Repeat(unit, defaultMaxArticle/len(unit)-1) + "\n"
	for name, text := range map[string]string{"a.txt": "A\n\n\"Fine,\" said Tom Baker.\n", "slow.txt": slow} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	e, stdout, stderr := testEnv("", nil)
	code := run(context.Background(), []string{"extract", dir}, e)
	want := fmt.Sprintf("whosaid: %s: analysis took longer than 20ms and was given up (a bug in whosaid: please report it)\nwhosaid: skipped 1 article\n",
		filepath.Join(dir, "slow.txt"))
	if code != exitError || stderr.String() != want {
		t.Errorf("exit %d, stderr %q; want %q", code, stderr, want)
	}
	if !strings.Contains(stdout.String(), `"text":"Fine,"`) {
		t.Errorf("stdout %s", stdout)
	}

	// Many such articles, in one worker: each is given up, while at most
	// two analyses run at once, and the run ends.
	for i := range 5 {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("slow%d.txt", i)), []byte(slow+strings.Repeat("x", i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	e, _, stderr = testEnv("", nil)
	if code := run(context.Background(), []string{"extract", "-j", "1", dir}, e); code != exitError ||
		strings.Count(stderr.String(), "was given up") != 6 || !strings.HasSuffix(stderr.String(), "whosaid: skipped 6 articles\n") {
		t.Errorf("exit %d, stderr %s", code, stderr)
	}
}

// Escape sequences in an article reach a terminal as text: they cannot
// clear it, move its cursor or set its title. whosaid's own bold and
// colours pass.
func TestTerminalSafe(t *testing.T) {
	for in, want := range map[string]string{
		"plain «text», tabs\tand\nlines":       "plain «text», tabs\tand\nlines",
		"\x1b[1mbold\x1b[0m \x1b[2mdim\x1b[0m": "\x1b[1mbold\x1b[0m \x1b[2mdim\x1b[0m",
		"clear\x1b[2J screen":                  "clear^[[2J screen",
		"title\x1b]0;pwned\x07":                "title^[]0;pwned^G",
		"back\rspace\b del\x7f":                "back^Mspace^H del^?",
		"csi\u009b2J":                          "csi\uFFFD2J",
		"cut\x1b[1":                            "cut^[[1",
		"bad \xff byte":                        "bad \xff byte",
	} {
		if got := terminalSafe(in); got != want {
			t.Errorf("terminalSafe(%q) = %q, want %q", in, got, want)
		}
		var b strings.Builder
		if n, err := (safeTerminal{&b}).Write([]byte(in)); n != len(in) || err != nil || b.String() != want {
			t.Errorf("Write(%q) = %d, %v, wrote %q", in, n, err, b.String())
		}
	}
	if got := oneLine("news/\x1b[2Jevil.txt: no\ntext"); got != "news/^[[2Jevil.txt: no text" {
		t.Errorf("oneLine: %q", got)
	}
}
