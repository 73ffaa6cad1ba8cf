package news

import "sort"

// OffsetMap maps byte offsets in a normalised text back to the text it was
// made from. The zero value is the identity, which is what almost every
// article needs: normalisation only changes bytes that must change.
//
// It is a list of anchors, one where each changed stretch starts and one
// where it ends; between anchors offsets move in step.
type OffsetMap struct {
	norm, raw []int
}

// Identity reports whether the map changes no offset.
func (m OffsetMap) Identity() bool { return len(m.norm) == 0 }

// ToRaw maps an offset in the normalised text to the original text. An
// offset inside a changed stretch maps to that stretch's start, so a span
// that starts there keeps the whole stretch.
func (m OffsetMap) ToRaw(off int) int { return m.toRaw(off, false) }

// SpanToRaw maps a span; an end inside a changed stretch maps to that
// stretch's end, so the span covers the stretch whole.
func (m OffsetMap) SpanToRaw(s Span) Span {
	return Span{m.toRaw(s.Start, false), m.toRaw(s.End, true)}
}

func (m OffsetMap) toRaw(off int, roundUp bool) int {
	i := sort.SearchInts(m.norm, off+1) - 1 // last anchor at or before off
	if i < 0 {
		return off
	}
	d := off - m.norm[i]
	if i+1 < len(m.norm) && m.norm[i+1]-m.norm[i] != m.raw[i+1]-m.raw[i] {
		// off lies inside a stretch that normalisation changed.
		if roundUp && d > 0 {
			return m.raw[i+1]
		}
		return m.raw[i]
	}
	return m.raw[i] + d
}

// OffsetBuilder builds a normalised text and its OffsetMap together.
type OffsetBuilder struct {
	buf     []byte
	raw     int // bytes of the original consumed so far
	m       OffsetMap
	changed bool
}

// Keep copies s, which is the next len(s) bytes of the original, unchanged.
func (b *OffsetBuilder) Keep(s string) {
	b.buf = append(b.buf, s...)
	b.raw += len(s)
}

// Replace stands repl for the next rawLen bytes of the original.
func (b *OffsetBuilder) Replace(rawLen int, repl string) {
	if rawLen == len(repl) {
		// Same length: offsets still move in step.
		b.buf = append(b.buf, repl...)
		b.raw += rawLen
		b.changed = true
		return
	}
	b.anchor()
	b.buf = append(b.buf, repl...)
	b.raw += rawLen
	b.changed = true
	b.anchor()
}

func (b *OffsetBuilder) anchor() {
	n := len(b.buf)
	if k := len(b.m.norm); k > 0 && b.m.norm[k-1] == n {
		b.m.raw[k-1] = b.raw
		return
	}
	b.m.norm = append(b.m.norm, n)
	b.m.raw = append(b.m.raw, b.raw)
}

// Changed reports whether any byte was replaced.
func (b *OffsetBuilder) Changed() bool { return b.changed }

// Result returns the normalised text and its map.
func (b *OffsetBuilder) Result() (string, OffsetMap) {
	return string(b.buf), b.m
}
