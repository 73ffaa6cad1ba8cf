package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/unicode"

	"github.com/whosaid/whosaid/internal/news"
)

// binarySniff is how much of a file is searched for a NUL byte, the same
// rule git and grep use to call a file binary.
const binarySniff = 8 << 10

// Read parses one article from a file's bytes; name decides the format by
// extension (.md/.markdown = markdown, .html/.htm/.xhtml = a web page,
// anything else plain text; .jsonl is not allowed here). Exported for tests
// and fuzzing.
//
// The article's Text is data unchanged unless data is UTF-16 with a byte
// order mark, which is decoded to UTF-8 (without the mark). A web page is
// the exception: its Text is the main text readability extracts, and its
// Format is "text".
func Read(name string, data []byte) (*news.Article, error) {
	format := "text"
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case ext == ".md" || ext == ".markdown":
		format = "markdown"
	case ext == ".jsonl":
		return nil, &Error{Path: name, Err: errJSONL}
	case htmlExt[ext]:
		return readPage(name, data)
	}
	text, err := decode(data)
	if err != nil {
		return nil, &Error{Path: name, Err: err}
	}
	if strings.TrimSpace(strings.TrimPrefix(text, bom)) == "" {
		return nil, &Error{Path: name, Err: errNoText}
	}
	a := &news.Article{Doc: name, Format: format, Text: text}
	if format == "markdown" {
		a.Title = markdownTitle(text)
	} else {
		a.Title = textTitle(text)
	}
	a.Date = findDate(text)
	a.URL = findURL(text)
	a.ID = ID(a)
	return a, nil
}

const bom = "\uFEFF"

// decode returns a file's text. UTF-8 (and anything that is not obviously
// another encoding) is returned as is, so that offsets into Text are offsets
// into the file; invalid UTF-8 is left for the normaliser.
func decode(data []byte) (string, error) {
	var e unicode.Endianness
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0, 0}):
		// Also a UTF-16LE BOM followed by U+0000, but no text starts so.
		return "", errUTF32
	case bytes.HasPrefix(data, []byte{0, 0, 0xFE, 0xFF}):
		return "", errUTF32
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		e = unicode.LittleEndian
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		e = unicode.BigEndian
	default:
		if bytes.IndexByte(data[:min(len(data), binarySniff)], 0) >= 0 {
			return "", errBinary
		}
		return string(data), nil
	}
	// The decoder consumes the BOM and replaces unpaired surrogates and a
	// trailing odd byte with U+FFFD, so it fails only on a missing BOM,
	// which was checked above.
	out, err := unicode.UTF16(e, unicode.ExpectBOM).NewDecoder().Bytes(data)
	if err != nil {
		return "", &contentError{msg: "not valid UTF-16", err: err}
	}
	return string(out), nil
}

// readPage decodes a web page in the encoding it declares (UTF-8 unless a
// byte order mark or a <meta charset> says otherwise) and reads it.
func readPage(name string, data []byte) (*news.Article, error) {
	if bytes.IndexByte(data[:min(len(data), binarySniff)], 0) >= 0 &&
		!bytes.HasPrefix(data, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return nil, &Error{Path: name, Err: errBinary}
	}
	enc, _, _ := charset.DetermineEncoding(data, "text/html")
	page, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, &Error{Path: name, Err: &contentError{msg: "cannot decode the page", err: err}}
	}
	if strings.TrimSpace(strings.TrimPrefix(string(page), bom)) == "" {
		return nil, &Error{Path: name, Err: errNoText}
	}
	return readHTML(name, string(page))
}

// ID returns the id for an article without one: its URL if it has one, else
// "sha256:" + the first 16 hex digits of the SHA-256 of its text, so that
// ingesting the same article twice replaces it rather than adding a copy.
func ID(a *news.Article) string {
	if a == nil {
		return ""
	}
	if a.URL != "" {
		return a.URL
	}
	sum := sha256.Sum256([]byte(a.Text))
	return "sha256:" + hex.EncodeToString(sum[:8])
}

// lines yields the lines of text without their line endings, a leading BOM
// or surrounding white space. A carriage return alone ends a line too, as
// in old Mac files, so that no line yielded holds one.
func lines(text string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		first := true
		for l := range strings.Lines(text) {
			if first {
				l = strings.TrimPrefix(l, bom)
				first = false
			}
			l = strings.TrimSuffix(strings.TrimSuffix(l, "\n"), "\r")
			for part := range strings.SplitSeq(l, "\r") {
				if !yield(strings.TrimSpace(part)) {
					return
				}
			}
		}
	}
}

// markdownTitle returns the text of the first ATX heading, outside fenced
// code blocks, that has any text.
func markdownTitle(text string) string {
	fence := ""
	for l := range lines(text) {
		if fence != "" {
			if strings.HasPrefix(l, fence) && strings.Trim(l, fence[:1]) == "" {
				fence = ""
			}
			continue
		}
		if strings.HasPrefix(l, "```") || strings.HasPrefix(l, "~~~") {
			fence = l[:3]
			continue
		}
		if t, ok := atxHeading(l); ok && t != "" {
			return clean(t)
		}
	}
	return ""
}

// atxHeading returns the text of a line that is an ATX heading. Like
// CommonMark it wants a space after the opening #s, so "#hashtag" is not a
// heading; lines arrive trimmed, so indentation is not checked.
func atxHeading(l string) (string, bool) {
	n := 0
	for n < len(l) && l[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(l) && l[n] != ' ' && l[n] != '\t') {
		return "", false
	}
	t := strings.TrimSpace(l[n:])
	// An optional closing run of #s, if preceded by a space.
	if s := strings.TrimRight(t, "#"); s == "" {
		t = ""
	} else if len(s) < len(t) && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		t = s
	}
	return stripEmphasis(t), true
}

// stripEmphasis removes white space and matching *, _ runs around s:
// "**Title**" and "_ Title _" both become "Title".
func stripEmphasis(s string) string {
	s = strings.TrimSpace(s)
	for len(s) >= 2 && (s[0] == '*' || s[0] == '_') && s[len(s)-1] == s[0] {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	return s
}

// maxTitle is the longest first line of a plain text file taken as a title;
// anything longer is a paragraph.
const maxTitle = 200

// textTitle returns the first non-empty line of a plain text file if it is
// short and stands alone, followed by a blank line, as a headline does. A
// date or a "Source:" line is not a title.
func textTitle(text string) string {
	var title string
	seen := false
	for l := range lines(text) {
		switch {
		case !seen && l == "":
			continue
		case !seen:
			if len(l) > maxTitle {
				return ""
			}
			if _, ok := parseDate(l); ok {
				return ""
			}
			if _, ok := urlLabel(l); ok {
				return ""
			}
			title, seen = l, true
		case l == "":
			return clean(title)
		default:
			return ""
		}
	}
	return ""
}

// clean makes a metadata value safe to index and print as JSON: valid UTF-8.
// Text is never cleaned; see Read.
func clean(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}
