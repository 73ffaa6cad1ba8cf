package quotes

import (
	"unicode"
	"unicode/utf8"
)

type family uint8

const (
	double family = iota
	single
)

// mark is one quote mark in a paragraph and what it may do.
type mark struct {
	start, end  int // byte span of the mark itself
	fam         family
	style       style
	open, close bool
}

// style groups marks that pair with each other. Marks of one style nest
// inside marks of another ("He said “no”" in straight marks), but a mark
// that opens in the style of one already open means the first was never
// closed.
type style uint8

const (
	straight     style = iota // "
	curly                     // “ ” „
	guillemet                 // « »
	doubledStyle              // '' `` ‘‘ ’’
)

// contractions start with an apostrophe that opens nothing.
var contractions = map[string]bool{"em": true, "tis": true, "twas": true, "cause": true, "n": true, "til": true, "bout": true}

// lexMarks returns the quote marks of text[start:end] in order.
func lexMarks(text string, start, end int) []mark {
	var out []mark
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !isMarkRune(r) {
			i += n
			continue
		}
		m := mark{start: i, end: i + n}
		// Two apostrophes or two backticks in a row are one double mark.
		if r == '\'' || r == '’' || r == '‘' || r == '`' {
			if r2, n2 := utf8.DecodeRuneInString(text[i+n : end]); i+n < end && r2 == r {
				m.end = i + n + n2
				r = doubled(r)
			}
		}
		before, after := runeBefore(text, start, m.start), runeAfter(text, m.end, end)
		left := !isSpace(after) && (isSpace(before) || opensBefore(before))
		right := !isSpace(before) && (isSpace(after) || closesAfter(after))
		inWord := isWordRune(before) && isWordRune(after)
		switch r {
		case '“', '”', '„':
			m.style = curly
		case '«', '»':
			m.style = guillemet
		case dblApos, dblBacktick, dblLeftSingle, dblRightSingle:
			m.style = doubledStyle
		}
		switch r {
		case '“':
			// A left mark opens, unless it plainly closes: a word before it,
			// and space or punctuation after.
			closes := right && !left && (isSpace(after) || closesAfter(after))
			m.fam, m.open, m.close = double, !closes, closes
		case '”':
			// A right mark closes, unless it plainly opens: space before it
			// and a word after ("paranoia,”Clinton said" still closes).
			opens := left && !right && (isSpace(before) || before == '(' || before == '[')
			m.fam, m.open, m.close = double, opens, !opens
		case '„':
			m.fam, m.open = double, true
		case '«':
			m.fam, m.open, m.close = double, left || !right, right && !left
		case '»':
			m.fam, m.open, m.close = double, left && !right, right || !left
		case '"', dblApos:
			m.fam, m.open, m.close = double, left && !inWord, right && !inWord
			if isSpace(before) && isSpace(after) && i > start {
				// A mark with space on both sides ("…, Clinton,' " Magel
				// said") can only close what is open.
				m.close = true
			}
		case dblBacktick, dblLeftSingle:
			m.fam, m.open = double, true
		case dblRightSingle:
			m.fam, m.open, m.close = double, left && !right, right || !left
		case '‘', '‹':
			m.fam, m.open, m.close = single, left && !inWord, right && !left && !inWord
		case '’', '›':
			m.fam, m.open, m.close = single, left && !right && !inWord, right && !inWord
		case '\'':
			m.fam, m.open, m.close = single, left && !inWord, right && !inWord
		}
		if m.fam == single && m.open && !m.close && contraction(text, m.end, end) {
			m.open = false // 'em, '90s: an apostrophe, not a mark
		}
		if m.open || m.close {
			out = append(out, m)
		}
		i = m.end
	}
	return out
}

// Stand-ins for the two-character marks, outside the range of real text.
const (
	dblApos        = '\uE000' // '' or ’’ used as a double mark
	dblBacktick    = '\uE001' // ``
	dblLeftSingle  = '\uE002' // ‘‘
	dblRightSingle = '\uE003' // ’’
)

func doubled(r rune) rune {
	switch r {
	case '`':
		return dblBacktick
	case '‘':
		return dblLeftSingle
	case '’':
		return dblRightSingle
	}
	return dblApos
}

func isMarkRune(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '\'', '‘', '’', '‹', '›', '`':
		return true
	}
	return false
}

// contraction reports whether the word after an apostrophe is one that
// elides its start ('em, 'tis) or a number ('90s).
func contraction(text string, i, end int) bool {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		j += n
	}
	w := text[i:j]
	if w == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r) {
		return true
	}
	return contractions[lower(w)]
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// runeBefore is the rune before i, or a space at the start.
func runeBefore(text string, start, i int) rune {
	if i <= start {
		return ' '
	}
	r, _ := utf8.DecodeLastRuneInString(text[start:i])
	return r
}

// runeAfter is the rune at i, or a space at the end.
func runeAfter(text string, i, end int) rune {
	if i >= end {
		return ' '
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return r
}

func isSpace(r rune) bool { return unicode.IsSpace(r) }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// opensBefore: punctuation after which a mark may open: "(“", "—“".
func opensBefore(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':', ';', ',':
		return true
	}
	return isMarkRune(r)
}

// closesAfter: punctuation before which a mark may close: "”,", "”)".
func closesAfter(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '/', '…':
		return true
	}
	return isMarkRune(r)
}
