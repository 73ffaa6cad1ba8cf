package ingest

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
)

// Error is a problem with one input: a file that cannot be read, a file that
// is not text, or a broken line of a JSON Lines feed.
type Error struct {
	Path string // the path as the user gave it (or as found in a folder), "-" for stdin
	Line int    // the line of a JSON Lines feed, 1-based; 0 when the whole input is at fault
	Err  error
}

// Error returns one lower-case line. A failed read says "read PATH: ...", like
// the os package, while a problem with what was read names the place as
// PATH: or PATH:LINE:, the way compilers do, so editors can jump to it.
func (e *Error) Error() string {
	var c *contentError
	switch {
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	case errors.As(e.Err, &c):
		return fmt.Sprintf("%s: %v", e.Path, e.Err)
	default:
		return fmt.Sprintf("read %s: %v", e.Path, e.Err)
	}
}

func (e *Error) Unwrap() error { return e.Err }

// contentError is a problem with what an input holds rather than with
// reading it; Error.Error uses the type to tell the two apart.
type contentError struct {
	msg string
	err error
}

func (e *contentError) Error() string {
	if e.err != nil {
		return e.msg + ": " + e.err.Error()
	}
	return e.msg
}

func (e *contentError) Unwrap() error { return e.err }

var (
	errNoText = &contentError{msg: "no text"}
	errBinary = &contentError{msg: "binary file, not text"}
	errUTF32  = &contentError{msg: "UTF-32 text is not supported; convert it to UTF-8"}
	errJSONL  = &contentError{msg: "a JSON Lines file holds many articles; read it with ReadJSONL"}
)

func tooLarge(limit int64) error {
	return &contentError{msg: "larger than the " + sizeString(limit) + " limit"}
}

// sizeString writes a byte count the way a user would set it.
func sizeString(n int64) string {
	const kib, mib, gib = 1 << 10, 1 << 20, 1 << 30
	switch {
	case n >= gib && n%gib == 0:
		return strconv.FormatInt(n/gib, 10) + " GiB"
	case n >= mib && n%mib == 0:
		return strconv.FormatInt(n/mib, 10) + " MiB"
	case n >= kib && n%kib == 0:
		return strconv.FormatInt(n/kib, 10) + " KiB"
	case n == 1:
		return "1 byte"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// readError wraps a failed read of path. Go's own errors already say
// "open PATH: ..."; the operation and path are dropped so that the message
// names the path once, as the user gave it.
func readError(path string, err error) *Error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &Error{Path: path, Err: err}
}
