package normalise

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"github.com/whosaid/whosaid/internal/news"
)

// Mojibake is UTF-8 that was read once as Windows-1252 (or Latin-1) and
// written out again as UTF-8: "François" becomes "FranÃ§ois", "’"
// becomes "â€™". Each character of such a stretch stands for one byte of
// the text as it was meant, and those bytes are valid UTF-8 again. A
// stretch of real accented letters ("café", "São Paulo") almost never
// is: UTF-8 wants a lead byte followed by continuation bytes, which in
// Windows-1252 are symbols and marks, not letters.
//
// The characters that stand for a lead byte (0xC2 to 0xF4) are U+00C2 to
// U+00F4, all written in UTF-8 with the byte 0xC3 first: a text without
// that byte has no mojibake, and costs one scan.
const mangledLead = 0xC3

// hasMojibake reports whether s holds a stretch that reads as mojibake.
func hasMojibake(s string) bool {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], mangledLead)
		if j < 0 {
			return false
		}
		i += j
		if _, used := unmangle(s[i:]); used > 0 {
			return true
		}
		i++
	}
}

// unmangle reads the character that the mojibake opening s stands for,
// and the bytes of s it takes; used is 0 where s opens no mojibake.
func unmangle(s string) (fixed string, used int) {
	r, used := utf8.DecodeRuneInString(s)
	lead, ok := byteOf(r)
	if !ok {
		return "", 0
	}
	var want int
	switch {
	case lead >= 0xC2 && lead <= 0xDF:
		want = 2
	case lead >= 0xE0 && lead <= 0xEF:
		want = 3
	case lead >= 0xF0 && lead <= 0xF4:
		want = 4
	default:
		return "", 0
	}
	buf := [4]byte{lead}
	for k := 1; k < want; k++ {
		c, n := utf8.DecodeRuneInString(s[used:])
		b, ok := byteOf(c)
		if n == 0 || !ok || b > 0xBF {
			return "", 0
		}
		buf[k] = b
		used += n
	}
	fr, size := utf8.DecodeRune(buf[:want])
	if fr == utf8.RuneError || size != want {
		return "", 0
	}
	return string(fr), used
}

// byteOf is the byte, 0x80 or above, that r stands for in text read as
// Windows-1252, or as Latin-1 for the bytes Windows-1252 leaves undefined
// (U+0081, U+008D, …).
func byteOf(r rune) (byte, bool) {
	if r < 0x80 {
		return 0, false
	}
	if b, ok := charmap.Windows1252.EncodeRune(r); ok {
		return b, true
	}
	if r <= 0xFF {
		return byte(r), true
	}
	return 0, false
}

// unmojibake appends valid UTF-8 s to b with its mojibake read as meant
// and the rest composed to NFC. A run of mangled characters is read until
// none is left, for text mangled twice ("Ã\u0083Â©").
func unmojibake(b *news.OffsetBuilder, s string) {
	start := 0 // of the text not yet appended
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], mangledLead)
		if j < 0 {
			break
		}
		i += j
		_, used := unmangle(s[i:])
		if used == 0 {
			i++
			continue
		}
		for { // the whole run of mangled characters
			_, u := unmangle(s[i+used:])
			if u == 0 {
				break
			}
			used += u
		}
		compose(b, s[start:i])
		b.Replace(used, norm.NFC.String(readAgain(s[i:i+used])))
		i += used
		start = i
	}
	compose(b, s[start:])
}

// readAgain reads the mojibake in s, and what that leaves, until there is
// none.
func readAgain(s string) string {
	for hasMojibake(s) {
		var sb strings.Builder
		for i := 0; i < len(s); {
			if f, u := unmangle(s[i:]); u > 0 {
				sb.WriteString(f)
				i += u
				continue
			}
			_, n := utf8.DecodeRuneInString(s[i:])
			sb.WriteString(s[i : i+n])
			i += n
		}
		s = sb.String()
	}
	return s
}
