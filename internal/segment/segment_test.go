package segment

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/internal/news"
)

func texts(text string, spans []news.Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, s.In(text))
	}
	return out
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"blank lines and line breaks", "One.\nTwo.\n\n  Three.  \n\n\n\nFour.", []string{"One.", "Two.", "Three.", "Four."}},
		{"hard-wrapped text keeps its lines together",
			"This paragraph is wrapped at a fixed width of about sixty\ncharacters, as plain-text mail and some archives are, so a\nline break inside it is no paragraph break at all.\n\nThe second paragraph is wrapped the same way, at about\nsixty characters, and it ends here with a full stop.",
			[]string{"This paragraph is wrapped at a fixed width of about sixty\ncharacters, as plain-text mail and some archives are, so a\nline break inside it is no paragraph break at all.",
				"The second paragraph is wrapped the same way, at about\nsixty characters, and it ends here with a full stop."}},
		{"crlf", "One.\r\n\r\nTwo.\r\n", []string{"One.", "Two."}},
		{"no blank line: one per line", "One.\nTwo.\nThree.", []string{"One.", "Two.", "Three."}},
		{"blank line with spaces", "One.\n \t \nTwo.", []string{"One.", "Two."}},
		{"empty", "  \n\n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(tt.text, Paragraphs(tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Paragraphs mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		text string
		want string // tokens joined by |
	}{
		{"Putin's visit", "Putin|'s|visit"},
		{"Putin’s visit", "Putin|’s|visit"},
		{"Mr. O'Brien don't", "Mr.|O'Brien|don't"},
		{"the U.S. and D.C. today.", "the|U.S.|and|D.C.|today|."},
		{"George H. W. Bush", "George|H.|W.|Bush"},
		{"military-technical 1,000.5 AT&T", "military-technical|1,000.5|AT&T"},
		{"''Stop,'' he said", "''|Stop|,|''|he|said"},
		{"``Stop,'' he said", "``|Stop|,|''|he|said"},
		{"“Stop,” he said...", "“|Stop|,|”|he|said|..."},
		{"students' union", "students|'|union"},
		{"Harry Reid (D-Nev.) said", "Harry|Reid|(|D-Nev.|)|said"},
		{"Glenn Thompson, R-Pa., said", "Glenn|Thompson|,|R-Pa.|,|said"},
		{"case No. 14-915; he said no.", "case|No.|14-915|;|he|said|no|."},
		{"Erdoğan said", "Erdoğan|said"},
		{"“A week,” said I. “I can't.”", "“|A|week|,|”|said|I|.|“|I|can't|.|”"},
		{"Inspector General I. Charles McCullough", "Inspector|General|I.|Charles|McCullough"},
		{"architect I. M. Pei", "architect|I.|M.|Pei"},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokens(tt.text, news.Span{Start: 0, End: len(tt.text)}) {
			got = append(got, tok.In(tt.text))
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("Tokens(%q) = %s, want %s", tt.text, g, tt.want)
		}
	}
}

func TestSplitSentencesStayInParagraphs(t *testing.T) {
	text := "Sen. John Smith arrived. He said “No.” Then he left.\n\nA new paragraph, with no end"
	doc := &news.Document{Text: text}
	Split(doc)
	got := texts(text, spansOf(doc.Sentences))
	want := []string{"Sen. John Smith arrived.", "He said “No.”", "Then he left.", "A new paragraph, with no end"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("sentences mismatch (-want +got):\n%s", diff)
	}
	for i, s := range doc.Sentences {
		for _, tok := range doc.Tokens[s.First:s.Last] {
			if !s.Contains(tok.Span) {
				t.Errorf("sentence %d holds token %q outside it", i, tok.In(text))
			}
		}
	}
	if doc.Sentences[3].Paragraph != 1 {
		t.Errorf("last sentence in paragraph %d, want 1", doc.Sentences[3].Paragraph)
	}
}

func spansOf(ss []news.Sentence) []news.Span {
	var out []news.Span
	for _, s := range ss {
		out = append(out, s.Span)
	}
	return out
}

// TestSentencesGoOnInLowerCase: Punkt ends a sentence at an abbreviation
// in parentheses; what starts in lower case goes on with it.
func TestSentencesGoOnInLowerCase(t *testing.T) {
	text := "Sen. Marco Rubio (R-Fla.) said Trump is “unelectable now.” Sen. Ted Cruz agreed."
	got := texts(text, Sentences(text, news.Span{Start: 0, End: len(text)}))
	want := []string{"Sen. Marco Rubio (R-Fla.) said Trump is “unelectable now.”", "Sen. Ted Cruz agreed."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sentences mismatch (-want +got):\n%s", diff)
	}
}

// A title's abbreviation never ends a sentence: Punkt ends one after
// "Capt.", though not after "Lt.".
func TestSentencesGoOnAfterTitle(t *testing.T) {
	for _, text := range []string{
		"“We will go,” said Navy Capt. Jeff Davis, a Pentagon spokesman. He left.",
		"“We will go,” said Army Sgt. Maj. Ann Lee. He left.",
		"“We will go,” said Det. Insp. Ann Lee. He left.",
		"“Mr. Selden, what good luck!” He left.", // right after a mark of several bytes
	} {
		got := texts(text, Sentences(text, news.Span{Start: 0, End: len(text)}))
		want := []string{text[:strings.Index(text, " He left.")], "He left."}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("sentences mismatch (-want +got):\n%s", diff)
		}
	}
	// Other abbreviations may end one.
	text := "He works for Acme Inc. He left."
	if got := texts(text, Sentences(text, news.Span{Start: 0, End: len(text)})); len(got) != 2 {
		t.Errorf("%q: %q", text, got)
	}
}
