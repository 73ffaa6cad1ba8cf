package normalise

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/news"
)

func TestTextKeepsCleanArticlesAsTheyAre(t *testing.T) {
	in := "“No, we have a protocol,” the official says in São Paulo, naïvely.\r\n\r\nNext: Ñuñoa, café."
	got, m := Text(&news.Article{Text: in, Format: "text"})
	if got != in || !m.Identity() {
		t.Fatalf("Text changed a clean article: %q", got)
	}
}

func TestTextMapsChangesBack(t *testing.T) {
	tests := []struct {
		name, raw, want string
		// a word of want and the bytes of raw it must map back to
		word, rawWord string
	}{
		{"bom", "\uFEFFHe said “yes.”", "He said “yes.”", "yes.", "yes."},
		{"invalid utf-8", "Bad \xff byte “quoted”", "Bad \uFFFD byte “quoted”", "quoted", "quoted"},
		{"decomposed accent", "Erdog\u0306an said “no”", "Erdoğan said “no”", "Erdoğan", "Erdog\u0306an"},
		{"accent then invalid", "Jose\u0301 \xfe“si”", "José \uFFFD“si”", "si", "si"},
		{"mojibake", "President FranÃ§ois Hollande said itâ€™s “fine.”", "President François Hollande said it’s “fine.”", "François", "FranÃ§ois"},
		{"mojibake of mojibake", "Jos\u00c3\u0083\u00c2\u00a9 said “no”", "José said “no”", "José", "Jos\u00c3\u0083\u00c2\u00a9"},
		{"mojibake then invalid", "Guant\u00c3\u00a1namo \xff “yes”", "Guantánamo \uFFFD “yes”", "yes", "yes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, m := Text(&news.Article{Text: tt.raw, Format: "text"})
			if got != tt.want {
				t.Fatalf("Text = %q, want %q", got, tt.want)
			}
			i := strings.Index(got, tt.word)
			span := m.SpanToRaw(news.Span{Start: i, End: i + len(tt.word)})
			if g := span.In(tt.raw); g != tt.rawWord {
				t.Errorf("%q maps back to %q, want %q", tt.word, g, tt.rawWord)
			}
		})
	}
}

func TestMarkdownMarkupIsMaskedInPlace(t *testing.T) {
	in := "# A *Title*\n\nSee [the site](https://example.com) and <https://x.org>.\n\n### **Embed:**\n"
	got, m := Text(&news.Article{Text: in, Format: "markdown"})
	want := "  A  Title \n\nSee  the site                       and                .\n\n      Embed:  \n"
	if got != want {
		t.Errorf("masked:\n%q\nwant\n%q", got, want)
	}
	if len(got) != len(in) || !m.Identity() {
		t.Error("masking must not move any byte")
	}
	plain, _ := Text(&news.Article{Text: in, Format: "text"})
	if plain != in {
		t.Error("plain text must not be masked")
	}
}

func FuzzText(f *testing.F) {
	for _, s := range []string{"plain", "\uFEFFbom", "bad\xff", "e\u0301e\u0301", "# h\n\n[a](b) *c*", "a\xc3"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, raw string, md bool) {
		format := "text"
		if md {
			format = "markdown"
		}
		text, m := Text(&news.Article{Text: raw, Format: format})
		if !utf8.ValidString(text) {
			t.Fatalf("normalised text is not valid UTF-8: %q", text)
		}
		whole := m.SpanToRaw(news.Span{Start: 0, End: len(text)})
		// A leading byte-order mark is dropped, so the start may move past it.
		if whole.Start > len(bom) || whole.End != len(raw) {
			t.Fatalf("whole text maps to %v, want [0 or past the BOM, %d)", whole, len(raw))
		}
		prev := 0
		for i := 0; i <= len(text); i++ {
			r := m.ToRaw(i)
			if r < prev || r > len(raw) {
				t.Fatalf("ToRaw(%d) = %d: not monotonic within [0,%d]", i, r, len(raw))
			}
			prev = r
		}
	})
}
