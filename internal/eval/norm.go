package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Norm normalises a name for comparison exactly as score.py's norm does:
// lower case (Python's, with its final sigma), ’ as ', accents folded
// (NFKD, then every character of a non-zero canonical combining class
// dropped), every character that is not a word character (Python's \w:
// letters, digits, numbers and _), white space, ' or - made a space, white
// space collapsed and trimmed, and a leading "the ", "a " or "an " removed.
//
// Python's \w does not take combining marks: a mark that NFKD leaves with
// combining class 0 (a Thai or Devanagari vowel sign) becomes a space.
func Norm(s string) string {
	s = pyLower(s)
	s = strings.ReplaceAll(s, "\u2019", "'")

	var b strings.Builder
	var buf [utf8.UTFMax]byte
	for _, r := range norm.NFKD.String(s) {
		n := utf8.EncodeRune(buf[:], r)
		if norm.NFKD.Properties(buf[:n]).CCC() != 0 {
			continue // unicodedata.combining(c)
		}
		if !isWord(r) && !isSpace(r) && r != '\'' && r != '-' {
			r = ' '
		}
		b.WriteRune(r)
	}

	// re.sub(r"\s+", " ", s).strip()
	s = strings.Join(strings.FieldsFunc(b.String(), isSpace), " ")

	// ^(the|a|an)\s+, where \s+ can now only be one space.
	for _, a := range []string{"the ", "a ", "an "} {
		if strings.HasPrefix(s, a) {
			return s[len(a):]
		}
	}
	return s
}

// isWord is Python's \w for a str pattern: a character for which
// str.isalnum() holds (categories L and N), or _.
func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_'
}

// isSpace is Python's str.isspace() for one character (and \s): Unicode
// white space and the separators U+001C to U+001F.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || 0x1c <= r && r <= 0x1f
}

// pyLower is Python's str.lower(): the full lower-case mapping, where İ
// becomes i and a combining dot, and Σ becomes ς at the end of a word.
func pyLower(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r == 'İ' || r == 'Σ' }) {
		return strings.Map(unicode.ToLower, s)
	}
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		switch r {
		case 'İ':
			b.WriteString("i\u0307")
		case 'Σ':
			if finalSigma(rs, i) {
				b.WriteRune('ς')
			} else {
				b.WriteRune('σ')
			}
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// finalSigma reports whether the Σ at rs[i] is in the Final_Sigma context:
// a cased letter before it and none after it, skipping case-ignorable
// characters both ways (as CPython's handle_capital_sigma).
func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && caseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !cased(rs[j]) {
		return false
	}
	j = i + 1
	for j < len(rs) && caseIgnorable(rs[j]) {
		j++
	}
	return j == len(rs) || !cased(rs[j])
}

// cased is Unicode's Cased property.
func cased(r rune) bool {
	return unicode.In(r, unicode.Lu, unicode.Ll, unicode.Lt, unicode.Other_Lowercase, unicode.Other_Uppercase)
}

// caseIgnorable is Unicode's Case_Ignorable property: marks, format
// characters, modifiers, and the Word_Break classes MidLetter, MidNumLet
// and Single_Quote.
func caseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '·', 0x0387, 0x055F, 0x05F4, 0x2018, 0x2019, 0x2024, 0x2027,
		0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}
