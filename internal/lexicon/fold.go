package lexicon

import (
	"strings"
	"unicode/utf8"
)

// Lookup looks w up, in any case, in m, whose keys are lower case. Every
// stage asks the word lists about nearly every token, and most tokens in
// news are capitalised somewhere; lowering an ASCII word into a buffer on
// the stack, rather than with strings.ToLower, makes those questions
// cost no allocation (the compiler does not copy string(buf) used as a
// map key).
func Lookup[V any](m map[string]V, w string) (V, bool) {
	var buf [32]byte
	if len(w) > len(buf) {
		v, ok := m[strings.ToLower(w)]
		return v, ok
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			v, ok := m[strings.ToLower(w)]
			return v, ok
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	v, ok := m[string(buf[:len(w)])]
	return v, ok
}

// In reports whether w, in any case, is in set, whose words are lower
// case: Lookup for the word lists that are sets.
func In(set map[string]bool, w string) bool {
	v, _ := Lookup(set, w)
	return v
}
