package cli

import (
	"io"
	"strings"
	"unicode/utf8"
)

// safeTerminal writes to a terminal what articles hold without letting it
// drive the terminal: a web page or a feed can hold escape sequences that
// move the cursor, clear the screen, set the window title or write to the
// clipboard. Control characters other than tab and newline are written in
// caret notation (^[, ^M), and C1 controls as U+FFFD, except colour and
// bold (ESC [ digits m), which whosaid's own output uses. It expects each
// Write to hold whole sequences, as whosaid's writes do.
type safeTerminal struct {
	w io.Writer
}

// Fd lets whosaid see through the wrapper that its output is a terminal.
func (s safeTerminal) Fd() uintptr {
	if f, ok := s.w.(interface{ Fd() uintptr }); ok {
		return f.Fd()
	}
	return ^uintptr(0)
}

func (s safeTerminal) Write(p []byte) (int, error) {
	safe := terminalSafe(string(p))
	if len(safe) == len(p) && safe == string(p) {
		return s.w.Write(p)
	}
	if _, err := io.WriteString(s.w, safe); err != nil {
		return 0, err
	}
	return len(p), nil
}

// terminalSafe is s with its control characters made visible, except tab,
// newline and SGR sequences (colour, bold).
func terminalSafe(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f || c == 0xc2 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == 0x1b:
			if n := sgrLen(s[i:]); n > 0 {
				b.WriteString(s[i : i+n])
				i += n
				continue
			}
			b.WriteString("^[")
		case c < 0x20 && c != '\t' && c != '\n':
			b.WriteByte('^')
			b.WriteByte(c + '@')
		case c == 0x7f:
			b.WriteString("^?")
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r >= 0x80 && r <= 0x9f {
				b.WriteRune(utf8.RuneError)
			} else {
				b.WriteString(s[i : i+n])
			}
			i += n
			continue
		default:
			b.WriteByte(c)
		}
		i++
	}
	return b.String()
}

// sgrLen is the length of the SGR sequence s starts with (ESC [ digits
// and semicolons m), or 0.
func sgrLen(s string) int {
	if len(s) < 3 || s[0] != 0x1b || s[1] != '[' {
		return 0
	}
	for i := 2; i < len(s) && i < 32; i++ {
		switch c := s[i]; {
		case c == 'm':
			return i + 1
		case c != ';' && (c < '0' || c > '9'):
			return 0
		}
	}
	return 0
}
