package normalise

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/whosaid/whosaid/internal/news"
)

const bom = "\uFEFF"

// Text returns the normalised text of an article and the map from its
// offsets back to the article's own.
func Text(a *news.Article) (string, news.OffsetMap) {
	raw := a.Text
	var b news.OffsetBuilder
	if strings.HasPrefix(raw, bom) {
		b.Replace(len(bom), "")
		raw = raw[len(bom):]
	}
	if utf8.ValidString(raw) && norm.NFC.IsNormalString(raw) && !hasMojibake(raw) {
		if !b.Changed() {
			return mask(a.Format, a.Text), news.OffsetMap{}
		}
		b.Keep(raw)
	} else {
		composeValid(&b, raw)
	}
	text, m := b.Result()
	return mask(a.Format, text), m
}

// composeValid appends raw to b, replacing invalid UTF-8, reading
// mojibake as meant and composing to NFC, one stretch at a time so that
// only the stretches that change get anchors in the offset map.
func composeValid(b *news.OffsetBuilder, raw string) {
	for len(raw) > 0 {
		// The longest valid prefix, up to the next invalid byte.
		n := 0
		for n < len(raw) {
			r, size := utf8.DecodeRuneInString(raw[n:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			n += size
		}
		unmojibake(b, raw[:n])
		raw = raw[n:]
		if len(raw) > 0 {
			b.Replace(1, string(utf8.RuneError))
			raw = raw[1:]
		}
	}
}

// compose appends valid UTF-8 s in NFC.
func compose(b *news.OffsetBuilder, s string) {
	for len(s) > 0 {
		n := norm.NFC.QuickSpanString(s)
		b.Keep(s[:n])
		s = s[n:]
		if len(s) == 0 {
			return
		}
		// Compose the stretch up to the next boundary after which the text
		// is normal again. Boundaries come before a starter, so one
		// segment at a time keeps replacements small.
		var it norm.Iter
		it.InitString(norm.NFC, s)
		seg := it.Next()
		used := it.Pos()
		if used <= 0 { // cannot happen for valid UTF-8; never loop forever
			b.Keep(s)
			return
		}
		if string(seg) == s[:used] {
			b.Keep(s[:used])
		} else {
			b.Replace(used, string(seg))
		}
		s = s[used:]
	}
}
