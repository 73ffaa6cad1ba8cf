package segment

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/english"

	"github.com/whosaid/whosaid/internal/news"
)

// Split fills in doc's paragraphs, sentences and tokens from doc.Text.
// The tokens go straight into doc.Tokens, sized for the text at the
// start (news runs about one token to every five bytes), rather than
// being made per paragraph and copied: splitting is a quarter of the
// analysis, and most of that was growing slices.
func Split(doc *news.Document) {
	doc.Paragraphs = Paragraphs(doc.Text)
	doc.Sentences = doc.Sentences[:0]
	if want := len(doc.Text)/5 + 1; cap(doc.Tokens) < want {
		doc.Tokens = make([]news.Token, 0, want)
	}
	doc.Tokens = doc.Tokens[:0]
	for pi, p := range doc.Paragraphs {
		ti := len(doc.Tokens)
		doc.Tokens = appendTokens(doc.Tokens, doc.Text, p)
		for _, s := range Sentences(doc.Text, p) {
			first := ti
			for ti < len(doc.Tokens) && doc.Tokens[ti].Start < s.End {
				ti++
			}
			doc.Sentences = append(doc.Sentences, news.Sentence{
				Span: s, Paragraph: pi, First: first, Last: ti,
			})
		}
		// A token past the last sentence belongs to none: drop it, as
		// every stage after reads tokens through their sentence.
		doc.Tokens = doc.Tokens[:ti]
	}
}

// Paragraphs returns the paragraphs of text, trimmed of surrounding
// space. A paragraph ends at a blank line, and at every line break unless
// the text is hard-wrapped (most lines of a similar, modest length), where
// a line break is only the wrap.
func Paragraphs(text string) []news.Span {
	blank := hasBlankLine(text) && hardWrapped(text)
	var out []news.Span
	start := -1 // start of the current paragraph, -1 between paragraphs
	lineStart := 0
	for lineStart <= len(text) {
		end := strings.IndexByte(text[lineStart:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += lineStart
		}
		line := text[lineStart:end]
		empty := strings.TrimSpace(line) == ""
		switch {
		case empty && start >= 0:
			out = appendTrimmed(out, text, start, lineStart)
			start = -1
		case !empty && start < 0:
			start = lineStart
		case !empty && !blank:
			out = appendTrimmed(out, text, start, lineStart)
			start = lineStart
		}
		lineStart = end + 1
	}
	if start >= 0 {
		out = appendTrimmed(out, text, start, len(text))
	}
	return out
}

// hardWrapped reports whether text is wrapped at a fixed width: at least
// five lines, four in five of them 40 to 90 bytes long.
func hardWrapped(text string) bool {
	lines, wrapped := 0, 0
	for rest := text; rest != ""; {
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		n := len(strings.TrimSpace(line))
		if n == 0 {
			continue
		}
		lines++
		if n >= 40 && n <= 90 {
			wrapped++
		}
	}
	return lines >= 5 && wrapped*5 >= lines*4
}

// hasBlankLine reports whether a line of text between two others holds
// nothing but white space.
func hasBlankLine(text string) bool {
	text = strings.TrimSpace(text)
	for {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			return false
		}
		text = text[i+1:]
		j := strings.IndexByte(text, '\n')
		if j < 0 {
			return false
		}
		if strings.TrimSpace(text[:j]) == "" {
			return true
		}
	}
}

func appendTrimmed(out []news.Span, text string, start, end int) []news.Span {
	s := news.Span{Start: start, End: end}.TrimSpace(text)
	if !s.Empty() {
		out = append(out, s)
	}
	return out
}

var (
	punktOnce sync.Once
	punkt     *sentences.DefaultSentenceTokenizer
)

// splitter loads the Punkt model once: loading it takes milliseconds and
// prose would do it on every call.
func splitter() *sentences.DefaultSentenceTokenizer {
	punktOnce.Do(func() {
		var err error
		punkt, err = english.NewSentenceTokenizer(nil)
		if err != nil {
			panic("segment: the bundled Punkt model does not load: " + err.Error())
		}
	})
	return punkt
}

// Sentences returns the sentences of paragraph p of text.
func Sentences(text string, p news.Span) []news.Span {
	para := text[p.Start:p.End]
	var out []news.Span
	for _, s := range splitter().Tokenize(para) {
		sp := news.Span{Start: p.Start + s.Start, End: p.Start + s.End}.TrimSpace(text)
		if sp.Empty() {
			continue
		}
		// Punkt ends a sentence at an abbreviation in parentheses
		// ("Marco Rubio (R-Fla.) said ..."); a sentence does not start in
		// lower case, so what follows goes on with it.
		if r, _ := utf8.DecodeRuneInString(sp.In(text)); len(out) > 0 && (unicode.IsLower(r) || endsWithTitle(out[len(out)-1].In(text))) {
			out[len(out)-1].End = sp.End
			continue
		}
		out = append(out, sp)
	}
	if len(out) == 0 {
		out = append(out, p)
	}
	return out
}

// endsWithTitle reports whether sentence s ends with a title's
// abbreviation: "… said Navy Capt.". Punkt knows some ("Mr.", "Lt.") but
// not others, and ended "said Navy Capt." before "Jeff Davis".
func endsWithTitle(s string) bool {
	s, ok := strings.CutSuffix(s, ".")
	if !ok {
		return false
	}
	word := s
	if i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		word = s[i+size:] // past the whole of a mark of several bytes: "“Mr."
	}
	return titleAbbreviations[strings.ToLower(word)]
}
