package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"time"

	"github.com/whosaid/whosaid/internal/news"
)

// ReadJSONL yields the articles of a JSON Lines stream, one per line, errors
// naming the line number. A broken line costs only itself: reading goes on
// with the next. Blank lines are skipped. maxBytes caps one line (0 means
// the default, 64 MiB); a longer line is reported and skipped without being
// held in memory.
//
// Each line is an object with a "text" string and optionally "id" (string
// or number), "title", "url", "date", and "outlet" or "publisher".
func ReadJSONL(name string, r io.Reader, maxBytes int64) iter.Seq2[*news.Article, error] {
	return func(yield func(*news.Article, error) bool) {
		for s, err := range readJSONL(name, r, limitOf(maxBytes), nil) {
			if !yield(s.Article, err) {
				return
			}
		}
	}
}

// readJSONL is ReadJSONL with the fields renamed as Options.Fields says,
// yielding each article with its line number.
func readJSONL(name string, r io.Reader, limit int64, fields map[string]string) iter.Seq2[Source, error] {
	return func(yield func(Source, error) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		for n := 1; ; n++ {
			line, long, err := readLine(br, limit)
			if n == 1 {
				line = bytes.TrimPrefix(line, []byte(bom))
			}
			switch {
			case long:
				e := &contentError{msg: "line " + tooLarge(limit).Error()}
				if !yield(Source{Path: name, Line: n}, &Error{Path: name, Line: n, Err: e}) {
					return
				}
			case len(bytes.TrimSpace(line)) > 0:
				a, e := record(name, n, line, fields)
				if e != nil {
					a = nil
				}
				if !yield(Source{Article: a, Path: name, Line: n}, e) {
					return
				}
			}
			if err == io.EOF {
				return
			}
			if err != nil {
				yield(Source{Path: name}, readError(name, err))
				return
			}
		}
	}
}

// defaultMaxBytes is the default cap on a file or record: larger than any
// article, small enough that a stray disk image is refused, not loaded.
const defaultMaxBytes = 64 << 20

func limitOf(maxBytes int64) int64 {
	if maxBytes <= 0 {
		return defaultMaxBytes
	}
	return maxBytes
}

// readLine reads one line without its line ending. A line longer than limit
// is read to its end and dropped, and long is true. err is io.EOF after the
// last line.
func readLine(br *bufio.Reader, limit int64) (line []byte, long bool, err error) {
	for {
		frag, e := br.ReadSlice('\n')
		// Stop keeping bytes once the line is known to be too long, so a
		// runaway line does not use more memory than a good one.
		if int64(len(line)) <= limit+2 {
			line = append(line, frag...)
		}
		if e != bufio.ErrBufferFull {
			err = e
			break
		}
	}
	line = bytes.TrimSuffix(line, []byte("\n"))
	line = bytes.TrimSuffix(line, []byte("\r"))
	if int64(len(line)) > limit {
		return nil, true, err
	}
	return line, false, err
}

var errNotObject = &contentError{msg: "not a JSON object"}

// JSONLFields are the fields of an article a JSON Lines record may give,
// by their usual names; Options.Fields can rename each.
var JSONLFields = []string{"text", "id", "title", "url", "date", "outlet"}

// defaultNames are the names each field is read from unless renamed: an
// outlet may also be called "publisher".
var defaultNames = map[string][]string{
	"text": {"text"}, "id": {"id"}, "title": {"title"}, "url": {"url"},
	"date": {"date"}, "outlet": {"outlet", "publisher"},
}

// ParseFields reads renamings written as FIELD=NAME ("text=body"), as the
// --field flag takes them, one or more to a string separated by commas.
func ParseFields(specs []string) (map[string]string, error) {
	out := map[string]string{}
	for _, spec := range specs {
		for _, kv := range strings.Split(spec, ",") {
			k, v, ok := strings.Cut(strings.TrimSpace(kv), "=")
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			if !ok || k == "" || v == "" {
				return nil, fmt.Errorf("field %q is not FIELD=NAME, such as text=body", kv)
			}
			if defaultNames[k] == nil {
				return nil, fmt.Errorf("unknown field %q in %q: want one of %s", k, kv, strings.Join(JSONLFields, ", "))
			}
			if prev, dup := out[k]; dup && prev != v {
				return nil, fmt.Errorf("field %q named twice, as %q and %q", k, prev, v)
			}
			out[k] = v
		}
	}
	return out, nil
}

// names returns the names field f is read from.
func names(fields map[string]string, f string) []string {
	if n, ok := fields[f]; ok {
		return []string{n}
	}
	return defaultNames[f]
}

// record makes an article of line n of a JSON Lines stream, reading its
// fields from the names fields gives.
func record(name string, n int, line []byte, fields map[string]string) (*news.Article, error) {
	fail := func(err error) (*news.Article, error) {
		return nil, &Error{Path: name, Line: n, Err: err}
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(line, &m); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return fail(&contentError{msg: "not JSON", err: err})
		}
		return fail(errNotObject)
	}
	if m == nil { // the line was null
		return fail(errNotObject)
	}
	// get reads field f from the first of its names that is non-empty.
	get := func(f string) (string, bool, error) {
		found := false
		for _, nm := range names(fields, f) {
			s, ok, err := stringField(m, nm)
			if err != nil || s != "" {
				return s, ok, err
			}
			found = found || ok
		}
		return "", found, nil
	}
	textName := names(fields, "text")[0]
	text, ok, err := get("text")
	switch {
	case err != nil:
		return fail(err)
	case !ok:
		return fail(&contentError{msg: "no " + strconv.Quote(textName) + " field"})
	case strings.TrimSpace(strings.TrimPrefix(text, bom)) == "":
		return fail(errNoText)
	}
	a := &news.Article{Format: "text", Text: text}
	if a.ID, err = idField(m[names(fields, "id")[0]], names(fields, "id")[0]); err != nil {
		return fail(err)
	}
	if a.Title, _, err = get("title"); err != nil {
		return fail(err)
	}
	if a.URL, _, err = get("url"); err != nil {
		return fail(err)
	}
	if a.Outlet, _, err = get("outlet"); err != nil {
		return fail(err)
	}
	date, _, err := get("date")
	if err != nil {
		return fail(err)
	}
	if date != "" {
		if a.Date, ok = parseRecordDate(date); !ok {
			return fail(&contentError{msg: strconv.Quote(names(fields, "date")[0]) + " " + strconv.Quote(date) +
				` is not a date like 2006-01-02, 2006-01-02T15:04:05Z07:00 or January 2, 2006`})
		}
	}
	a.Doc = a.ID
	if a.Doc == "" {
		a.Doc = name + ":" + strconv.Itoa(n)
	}
	if a.ID == "" {
		a.ID = ID(a)
	}
	return a, nil
}

// stringField returns field f of m if it is a string. A missing field and
// null are both absent; any other type is an error, since a feed that
// puts, say, a number in "title" has a bug its author should hear of.
func stringField(m map[string]json.RawMessage, f string) (string, bool, error) {
	raw, ok := m[f]
	if !ok || string(raw) == "null" {
		return "", false, nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", false, &contentError{msg: strconv.Quote(f) + " field is not a string"}
	}
	return s, true, nil
}

// idField reads an id given as a string or a number; a number keeps its
// spelling, so 0042 and 42 stay apart as the feed wrote them.
func idField(raw json.RawMessage, name string) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	switch c := raw[0]; {
	case c == '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", err
		}
		return s, nil
	case c == '-' || ('0' <= c && c <= '9'):
		return string(raw), nil
	}
	return "", &contentError{msg: strconv.Quote(name) + " field is not a string or number"}
}

// recordDateLayouts are the machine formats a feed's "date" may use; the
// dateline formats of parseDate are accepted too.
var recordDateLayouts = []string{"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05"}

// parseRecordDate reads a feed's date. A timestamp keeps the calendar day it
// names in its own zone, the day a reader of the source saw, as midnight UTC.
func parseRecordDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range recordDateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
		}
	}
	return parseDate(s)
}
