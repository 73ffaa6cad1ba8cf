package ingest

import (
	"encoding/binary"
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// utf16Bytes encodes s as UTF-16 with a byte order mark.
func utf16Bytes(s string, order binary.ByteOrder) []byte {
	units := append([]uint16{0xFEFF}, utf16.Encode([]rune(s))...)
	b := make([]byte, 2*len(units))
	for i, u := range units {
		order.PutUint16(b[2*i:], u)
	}
	return b
}

func TestRead(t *testing.T) {
	const mtURL = "https://example.com/2024/06/19/story-a1"
	tests := []struct {
		name, file string
		data       []byte
		text       string // want Text; empty means the input unchanged
		format     string
		title      string
		date       time.Time
		url        string
	}{{
		name:   "markdown article",
		file:   "a.md",
		data:   []byte("\n\n# Ministers Ejected From Room\n\nJune 19, 2024\n\nBody text.\n\nOriginal url:\n\n<" + mtURL + ">"),
		format: "markdown", title: "Ministers Ejected From Room", date: day(2024, 6, 19), url: mtURL,
	}, {
		name:   "markdown heading level, emphasis and closing hashes",
		file:   "a.markdown",
		data:   []byte("Intro line\n\n### **Big _news_ today** ###\n\n# Second\n"),
		format: "markdown", title: "Big _news_ today",
	}, {
		name:   "markdown skips hashtags and fenced code",
		file:   "a.MD",
		data:   []byte("#hashtag\n```sh\n# not a title\n```\n## Real Title\n"),
		format: "markdown", title: "Real Title",
	}, {
		name:   "markdown has no plain-text title",
		file:   "a.md",
		data:   []byte("Headline\n\nBody.\n"),
		format: "markdown",
	}, {
		name:   "markdown link URL on the same line",
		file:   "a.md",
		data:   []byte("# T\n\nSource: [The Paper](" + mtURL + " \"title\")\n"),
		format: "markdown", title: "T", url: mtURL,
	}, {
		name:   "text title followed by blank line",
		file:   "a.txt",
		data:   []byte("  Headline Here  \n\nWednesday, June 19, 2024\n\nBody.\nURL: " + mtURL + "\n"),
		format: "text", title: "Headline Here", date: day(2024, 6, 19), url: mtURL,
	}, {
		name:   "text first line runs into the paragraph",
		file:   "a.txt",
		data:   []byte("This is a paragraph\nthat goes on.\n\nMore.\n"),
		format: "text",
	}, {
		name:   "text first line too long",
		file:   "a.txt",
		data:   []byte(strings.Repeat("x", 201) + "\n\nMore.\n"),
		format: "text",
	}, {
		name:   "text first line of exactly 200 bytes",
		file:   "notes",
		data:   []byte(strings.Repeat("x", 200) + "\n\nMore.\n"),
		format: "text", title: strings.Repeat("x", 200),
	}, {
		name:   "text date line is not a title",
		file:   "a.txt",
		data:   []byte("19 June 2024\n\nBody.\n"),
		format: "text", date: day(2024, 6, 19),
	}, {
		name:   "UTF-8 BOM kept, CRLF kept",
		file:   "a.txt",
		data:   []byte("\xEF\xBB\xBFTitle\r\n\r\n*Jun. 19, 2024*\r\n\r\nSource:\r\n\r\nhttps://example.com/x\r\n"),
		format: "text", title: "Title", date: day(2024, 6, 19), url: "https://example.com/x",
	}, {
		name:   "invalid UTF-8 kept",
		file:   "a.txt",
		data:   []byte("T\xffitle\n\nBody \xc3 here.\n"),
		format: "text", title: "T\uFFFDitle",
	}, {
		name:   "UTF-16LE decoded",
		file:   "a.md",
		data:   utf16Bytes("# Заголовок\r\n\r\n2024-06-19\r\n", binary.LittleEndian),
		text:   "# Заголовок\r\n\r\n2024-06-19\r\n",
		format: "markdown", title: "Заголовок", date: day(2024, 6, 19),
	}, {
		name:   "UTF-16BE decoded",
		file:   "a.txt",
		data:   utf16Bytes("Title “quoted” 😀\n\nBody.", binary.BigEndian),
		text:   "Title “quoted” 😀\n\nBody.",
		format: "text", title: "Title “quoted” 😀",
	}, {
		name:   "date after 30 lines ignored",
		file:   "a.txt",
		data:   []byte(strings.Repeat("line\n", 30) + "June 19, 2024\n"),
		format: "text",
	}, {
		name:   "only http and https URLs",
		file:   "a.txt",
		data:   []byte("Body\nmore.\n\nSource: ftp://example.com/x\nSource: Reuters\nurl:\nnot a url\nsource : <http://example.org/y>\n"),
		format: "text", url: "http://example.org/y",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Read(tt.file, tt.data)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			want := tt.text
			if want == "" {
				want = string(tt.data)
			}
			if a.Text != want {
				t.Errorf("Text = %q, want %q", a.Text, want)
			}
			if a.Format != tt.format {
				t.Errorf("Format = %q, want %q", a.Format, tt.format)
			}
			if a.Title != tt.title {
				t.Errorf("Title = %q, want %q", a.Title, tt.title)
			}
			if !a.Date.Equal(tt.date) || a.Date.Location() != time.UTC {
				t.Errorf("Date = %v, want %v", a.Date, tt.date)
			}
			if a.URL != tt.url {
				t.Errorf("URL = %q, want %q", a.URL, tt.url)
			}
			if a.Doc != tt.file {
				t.Errorf("Doc = %q, want %q", a.Doc, tt.file)
			}
			if a.ID != ID(a) || a.ID == "" {
				t.Errorf("ID = %q, want %q", a.ID, ID(a))
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, file string
		data       []byte
		want       string
	}{
		{"empty", "notes/empty.txt", nil, "notes/empty.txt: no text"},
		{"white space", "notes/empty.md", []byte(" \r\n\t\n"), "notes/empty.md: no text"},
		{"BOM only", "e.txt", []byte("\xEF\xBB\xBF\n"), "e.txt: no text"},
		{"UTF-16 white space", "e.txt", utf16Bytes(" \n", binary.LittleEndian), "e.txt: no text"},
		{"binary", "notes/x.bin", []byte("PK\x03\x04\x00\x00text"), "notes/x.bin: binary file, not text"},
		{"NUL late in a text file", "x.txt", []byte("text\n" + strings.Repeat("a", 8<<10) + "\x00"), ""},
		{"UTF-32", "x.txt", []byte("\xFF\xFE\x00\x00A\x00\x00\x00"), "x.txt: UTF-32 text is not supported; convert it to UTF-8"},
		{"JSON Lines", "feed.jsonl", []byte(`{"text":"x"}`), "feed.jsonl: a JSON Lines file holds many articles; read it with ReadJSONL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Read(tt.file, tt.data)
			if tt.want == "" {
				if err != nil || a == nil {
					t.Fatalf("Read = %v, %v; want an article", a, err)
				}
				return
			}
			if err == nil || a != nil {
				t.Fatalf("Read = %v, %v; want error %q", a, err, tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error = %q, want %q", err, tt.want)
			}
			var e *Error
			if !errors.As(err, &e) || e.Path != tt.file {
				t.Errorf("error %#v is not an *Error for %q", err, tt.file)
			}
		})
	}
}

func TestErrorMessages(t *testing.T) {
	tests := []struct {
		err  *Error
		want string
	}{
		{&Error{Path: "notes/a.txt", Err: fs.ErrPermission}, "read notes/a.txt: permission denied"},
		{readError("nope.txt", &fs.PathError{Op: "open", Path: "nope.txt", Err: fs.ErrNotExist}), "read nope.txt: file does not exist"},
		{&Error{Path: "notes/feed.jsonl", Line: 3, Err: &contentError{msg: "not JSON", err: errors.New("bad")}}, "notes/feed.jsonl:3: not JSON: bad"},
		{&Error{Path: "big.txt", Err: tooLarge(64 << 20)}, "big.txt: larger than the 64 MiB limit"},
		{&Error{Path: "big.txt", Err: tooLarge(1000)}, "big.txt: larger than the 1000 bytes limit"},
		{&Error{Path: "big.txt", Err: tooLarge(2048)}, "big.txt: larger than the 2 KiB limit"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
	if err := readError("x", &fs.PathError{Op: "open", Path: "x", Err: fs.ErrNotExist}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("errors.Is(%v, fs.ErrNotExist) = false; Unwrap is broken", err)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time // zero: not a date line
	}{
		{"June 19, 2024", day(2024, 6, 19)},
		{"Jun 19, 2024", day(2024, 6, 19)},
		{"Jun. 19, 2024", day(2024, 6, 19)},
		{"Sept. 3, 2024", day(2024, 9, 3)},
		{"june 19 2024", day(2024, 6, 19)},
		{"June 19th, 2024", day(2024, 6, 19)},
		{"19 June 2024", day(2024, 6, 19)},
		{"1 Jan 2025", day(2025, 1, 1)},
		{"2024-06-19", day(2024, 6, 19)},
		{"Wednesday, June 19, 2024", day(2024, 6, 19)},
		{"Wed, 19 June 2024", day(2024, 6, 19)},
		{"*June 19, 2024*", day(2024, 6, 19)},
		{"__19 June 2024__", day(2024, 6, 19)},
		{"June 31, 2024", time.Time{}},
		{"June 19, 24", time.Time{}},
		{"June 19, +202", time.Time{}},
		{"June +1, 2024", time.Time{}},
		{"On June 19, 2024", time.Time{}},
		{"June 19, 2024 at noon", time.Time{}},
		{"Wednesday June", time.Time{}},
		{"Smarch 19, 2024", time.Time{}},
		{"June, 19,, 2024", time.Time{}},
		{"2024-13-01", time.Time{}},
		{"", time.Time{}},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		if ok != !tt.want.IsZero() || !got.Equal(tt.want) {
			t.Errorf("parseDate(%q) = %v, %v; want %v", tt.in, got, ok, tt.want)
		}
	}
}

func TestFindURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Source: https://a.example/x", "https://a.example/x"},
		{"**Source:** https://a.example/x", "https://a.example/x"},
		{"ORIGINAL URL: <https://a.example/x?q=1>", "https://a.example/x?q=1"},
		{"Original url:\n\n\n<https://a.example/x>", "https://a.example/x"},
		{"URL: [link](https://a.example/x)", "https://a.example/x"},
		{"URL:\n[https://a.example/x](https://a.example/x)", "https://a.example/x"},
		{"Source:\nReuters\nhttps://a.example/x", ""},
		{"Source: https://a.example/x and more", ""},
		{"Source: mailto:a@example.com", ""},
		{"Source: https://", ""},
		{"Sourced: https://a.example/x", ""},
		{"The source: https://a.example/x", ""},
		{"Source: javascript:alert(1)\nURL: https://b.example/", "https://b.example/"},
	}
	for _, tt := range tests {
		if got := findURL(tt.in); got != tt.want {
			t.Errorf("findURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestID(t *testing.T) {
	a, err := Read("a.txt", []byte("hello\n"))
	if err != nil {
		t.Fatal(err)
	}
	// printf 'hello\n' | sha256sum
	if want := "sha256:5891b5b522d5df08"; a.ID != want {
		t.Errorf("ID = %q, want %q", a.ID, want)
	}
	a.URL = "https://example.com/a"
	if got := ID(a); got != a.URL {
		t.Errorf("ID with URL = %q, want the URL", got)
	}
}

// TestSeedArticle reads the shared seed article, which lives outside the
// repository and must never be copied into it.
func TestSeedArticle(t *testing.T) {
	const path = "../../../shared/seed/moscow-times-2024-06-19.md"
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("../shared is absent: no seed article to read")
	}
	if err != nil {
		t.Fatal(err)
	}
	a, err := Read(path, data)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Putin's Ministers Ejected From N. Korean Negotiation Room for Entering Before Kim Jong Un"; a.Title != want {
		t.Errorf("Title = %q, want %q", a.Title, want)
	}
	if want := day(2024, 6, 19); !a.Date.Equal(want) {
		t.Errorf("Date = %v, want %v", a.Date, want)
	}
	if want := "https://www.themoscowtimes.com/2024/06/19/putins-ministers-ejected-from-n-korean-negotiation-room-for-entering-before-kim-jong-un-a85466"; a.URL != want {
		t.Errorf("URL = %q, want %q", a.URL, want)
	}
	if a.Text != string(data) || a.Format != "markdown" || a.ID != a.URL {
		t.Errorf("Text changed, or Format = %q, ID = %q", a.Format, a.ID)
	}
}

func FuzzRead(f *testing.F) {
	seedFiles(f)
	f.Add([]byte("# Title\n\nJune 19, 2024\n\nSource: <https://example.com/a>\n"))
	f.Add([]byte("Title\r\n\r\nWed, 19 June 2024\r\nURL:\r\n[x](http://e.com)"))
	f.Add([]byte("\xEF\xBB\xBF“Quote,” he said.\xff"))
	f.Add(utf16Bytes("# T\n\nbody", binary.LittleEndian))
	f.Add(utf16Bytes("T\n\nbody", binary.BigEndian)[:9])
	f.Add([]byte("```\n# x\n~~~\n"))
	f.Add([]byte("\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"a.txt", "a.md"} {
			a, err := Read(name, data)
			if err != nil {
				var e *Error
				if a != nil || !errors.As(err, &e) {
					t.Fatalf("Read(%q) = %v, %v", name, a, err)
				}
				continue
			}
			utf16 := len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF)
			if !utf16 && a.Text != string(data) {
				t.Fatalf("Read(%q).Text = %q, want the input %q", name, a.Text, data)
			}
			if utf16 && !utf8.ValidString(a.Text) {
				t.Fatalf("decoded UTF-16 is not valid UTF-8: %q", a.Text)
			}
			for _, s := range []string{a.Title, a.URL} {
				if !utf8.ValidString(s) || strings.ContainsAny(s, "\r\n") {
					t.Fatalf("metadata %q is not one line of valid UTF-8", s)
				}
			}
			if a.ID == "" || a.Doc != name {
				t.Fatalf("ID = %q, Doc = %q", a.ID, a.Doc)
			}
		}
	})
}
