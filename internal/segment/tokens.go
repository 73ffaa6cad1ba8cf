package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/news"
)

// abbreviations, and titleAbbreviations, keep their final period inside
// the word, so that "Mr." and "Sen." stay whole and are not taken for sentence ends by the rules
// that read tokens.
var abbreviations = map[string]bool{
	"st": true, "jr": true, "sr": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "vs": true, "etc": true, "no": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "mt": true, "ft": true,
	"rep-elect": true,
	// The abbreviations of US states, as in "(D-Nev.)" and "Fla.".
	"ala": true, "ariz": true, "ark": true, "calif": true, "colo": true, "conn": true, "del": true,
	"fla": true, "ga": true, "ill": true, "ind": true, "kan": true, "kans": true, "ky": true, "la": true,
	"md": true, "mass": true, "mich": true, "minn": true, "miss": true, "mo": true, "mont": true,
	"neb": true, "nev": true, "okla": true, "ore": true, "pa": true, "tenn": true, "tex": true,
	"va": true, "vt": true, "wash": true, "wis": true, "wyo": true,
}

func init() {
	for w := range titleAbbreviations {
		abbreviations[w] = true
	}
}

// titleAbbreviations stand before a name and never end a sentence (see
// Sentences).
var titleAbbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "lt": true, "col": true, "capt": true, "sgt": true, "adm": true,
	"maj": true, "cpl": true, "pvt": true, "rev": true, "supt": true, "det": true, "insp": true,
	"atty": true, "pres": true,
}

// Tokens returns the tokens of span s of text.
func Tokens(text string, s news.Span) []news.Token {
	return appendTokens(nil, text, s)
}

// appendTokens appends the tokens of span s of text to out.
func appendTokens(out []news.Token, text string, s news.Span) []news.Token {
	i := s.Start
	for i < s.End {
		r, n := utf8.DecodeRuneInString(text[i:s.End])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			end := wordEnd(text, i, s.End)
			kind := news.Word
			if unicode.IsDigit(r) {
				kind = news.Number
			}
			out = append(out, news.Token{Span: news.Span{Start: i, End: end}, Kind: kind})
			i = end
		case isApostrophe(r) && possessive(text, i+n, s.End):
			// "'s" after a name: one token, so "Putin's" reads as Putin + 's.
			out = append(out, news.Token{Span: news.Span{Start: i, End: i + n + 1}, Kind: news.Word})
			i += n + 1
		default:
			end := punctEnd(text, i, s.End, r, n)
			out = append(out, news.Token{Span: news.Span{Start: i, End: end}, Kind: news.Punct})
			i = end
		}
	}
	return out
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// wordEnd returns where the word starting at i ends.
func wordEnd(text string, i, limit int) int {
	start := i
	for i < limit {
		r, n := utf8.DecodeRuneInString(text[i:limit])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			i += n
			continue
		}
		next, m := utf8.DecodeRuneInString(text[i+n : limit])
		nextOK := i+n < limit && (unicode.IsLetter(next) || unicode.IsDigit(next))
		switch {
		case isApostrophe(r) && nextOK && unicode.IsLetter(next):
			// A possessive "'s" is a token of its own; "don't", "O'Brien" stay whole.
			if (next == 's' || next == 'S') && !letterAt(text, i+n+m, limit) {
				return i
			}
			i += n
		case isHyphen(r) && nextOK:
			i += n
		case (r == ',' || r == '.') && nextOK && unicode.IsDigit(next) && unicode.IsDigit(lastRune(text[start:i])):
			i += n // 1,000.5
		case r == '&' && nextOK && unicode.IsLetter(next):
			i += n // AT&T
		case r == '.':
			word := text[start:i]
			switch {
			case nextOK && unicode.IsLetter(next) && i+n+m < limit && text[i+n+m] == '.':
				i += n // U.S., D.C.: the letters and periods go on
			case strings.Contains(word, "."):
				return i + n // the last period of U.S.
			case word == "I" && lowerBefore(text, start) && !initialFollows(text, i+n, limit):
				return i // "said I.": the pronoun ends the sentence (but "General I. Charles McCullough")
			case utf8.RuneCountInString(word) == 1 && unicode.IsUpper(lastRune(word)):
				return i + n // an initial: "George H. W. Bush"
			case strings.EqualFold(word, "no") && !digitFollows(text, i+n, limit):
				return i // "said no.": the answer, where "No. 14-915" numbers
			case lexicon.In(abbreviations, word) || lexicon.In(abbreviations, afterHyphen(word)):
				return i + n // "Sen.", "R-Pa."
			default:
				return i
			}
		default:
			return i
		}
	}
	return i
}

// initialFollows reports whether text[i:] (after spaces) opens with
// another initial, as "I. M. Pei" does.
func initialFollows(text string, i, limit int) bool {
	for i < limit && text[i] == ' ' {
		i++
	}
	return i+1 < limit && text[i] >= 'A' && text[i] <= 'Z' && text[i+1] == '.'
}

// lowerBefore reports whether the word before byte i starts in lower
// case: "said I." but "General I. Charles McCullough".
func lowerBefore(text string, i int) bool {
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	word := text[:j]
	word = word[strings.LastIndexFunc(word, func(r rune) bool { return !unicode.IsLetter(r) })+1:]
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsLower(r)
}

// possessive reports whether text[i:] starts with the "s" of a
// possessive "'s" that follows a word.
func possessive(text string, i, limit int) bool {
	return i < limit && (text[i] == 's' || text[i] == 'S') && !letterAt(text, i+1, limit) &&
		i >= 2 && letterBefore(text, i)
}

// letterBefore reports whether a letter or digit stands just before the
// apostrophe that ends at i.
func letterBefore(text string, i int) bool {
	_, n := utf8.DecodeLastRuneInString(text[:i])
	r, _ := utf8.DecodeLastRuneInString(text[:i-n])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// afterHyphen is the part of a word after its last hyphen: "Pa" of "R-Pa".
func afterHyphen(w string) string {
	if i := strings.LastIndexAny(w, "-‐‑"); i >= 0 {
		return w[i+1:]
	}
	return ""
}

func letterAt(text string, i, limit int) bool {
	if i >= limit {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:limit])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// punctEnd returns where the punctuation token starting at i ends:
// doubled quote marks (” “ ’’ ‘‘), ellipses and dashes made of several
// characters are one token.
func punctEnd(text string, i, limit int, r rune, n int) int {
	switch r {
	case '\'', '’', '‘', '`':
		if next, m := utf8.DecodeRuneInString(text[i+n : limit]); i+n < limit && next == r {
			return i + n + m
		}
	case '.', '-':
		j := i
		for j < limit && rune(text[j]) == r {
			j++
		}
		return j
	}
	return i + n
}

// digitFollows reports whether a digit comes next in text after i, past
// spaces, before limit.
func digitFollows(text string, i, limit int) bool {
	rest := strings.TrimLeft(text[i:limit], " \t")
	r, _ := utf8.DecodeRuneInString(rest)
	return rest != "" && unicode.IsDigit(r)
}
