package eval

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Quote is one line of a gold or prediction file: a quote in a document,
// and who said it.
//
// Fields hold what score.py makes of the line, so that Score treats a
// line as score.py does: a field of the wrong type is read as score.py
// reads it (a speaker that is not a string is no speaker; an offset that
// is not an integer is no offset).
type Quote struct {
	// Line is the line of the file the quote was read from, from 1; 0 for
	// a quote not read from a file.
	Line int `json:"line,omitempty"`
	// Doc names the document; only the part after the last '/' counts.
	Doc string `json:"doc"`
	// Kind is "direct", "partial" or "indirect". Empty means the line has
	// none, which a kinds filter takes for "direct" (as score.py does) but
	// which is not "partial". A kind that is present but null, empty or not
	// a string is BadKind, which no kinds filter selects.
	Kind string `json:"kind,omitempty"`
	// Text is the quote's text; a prediction without usable offsets is
	// placed where its text first occurs in the document.
	Text string `json:"text"`
	// Start and End are UTF-8 byte offsets [Start, End) into the document;
	// nil when missing or not an integer. A prediction's offsets are usable
	// when 0 <= Start < End; a gold quote must have both.
	Start *int `json:"start"`
	End   *int `json:"end"`
	// Speaker is who said it: a name, a description, or empty.
	Speaker string `json:"speaker"`
	// Aliases (gold) are other names the speaker goes by.
	Aliases []string `json:"aliases,omitempty"`
	// Named (gold) says whether the speaker is named; nil means true. Only
	// named speakers' surnames stop a prediction that lists names.
	Named *bool `json:"named,omitempty"`
	// SpeakerIsPronoun (gold) marks a speaker that is a pronoun ("he"): it
	// cannot be judged by name.
	SpeakerIsPronoun bool `json:"speaker_is_pronoun,omitempty"`
	// SpeakerMention is the words that name the speaker in the text.
	SpeakerMention string `json:"speaker_mention,omitempty"`
	// Rule, Evidence and Confidence are passed through from predictions
	// that have them, for listing errors; they are not scored.
	Rule       string   `json:"rule,omitempty"`
	Evidence   []string `json:"evidence,omitempty"`
	Confidence *float64 `json:"confidence,omitempty"`
}

// BadKind is the Kind of a line whose kind is null, empty or not a
// string. No kinds filter selects it, and it is not "partial".
const BadKind = "(no kind)"

// IsNamed reports whether the speaker is named (Named, nil meaning true).
func (q *Quote) IsNamed() bool { return q.Named == nil || *q.Named }

// span returns the quote's offsets, and whether it has both.
func (q *Quote) span() (int, int, bool) {
	if q.Start == nil || q.End == nil {
		return 0, 0, false
	}
	return *q.Start, *q.End, true
}

// Load reads a prediction file: JSON Lines, one quote a line, blank lines
// skipped. It fails on the first line that is not a JSON object, naming
// it: "pred.jsonl:3: not JSON: ...".
func Load(path string) ([]Quote, error) {
	return load(path, false)
}

// LoadGold reads a gold file as Load does, and also fails on a line that
// score.py could not score: one without a doc, or whose start or end is
// not an integer, or whose aliases are not a list.
func LoadGold(path string) ([]Quote, error) {
	return load(path, true)
}

func load(path string, gold bool) ([]Quote, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data, gold)
}

// Parse reads quotes from data, a file of JSON Lines named name (for
// errors), as Load (gold false) or LoadGold (gold true) do.
//
// Lines are read as Python reads a text file: "\n", "\r\n" and "\r" end
// one, and white space around one is ignored.
func Parse(name string, data []byte, gold bool) ([]Quote, error) {
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%s: not UTF-8", name)
	}
	var qs []Quote
	n := 0
	for len(data) > 0 {
		n++
		var line []byte
		i := bytes.IndexAny(data, "\r\n")
		if i < 0 {
			line, data = data, nil
		} else {
			line = data[:i]
			if data[i] == '\r' && i+1 < len(data) && data[i+1] == '\n' {
				i++
			}
			data = data[i+1:]
		}
		s := strings.TrimFunc(string(line), isSpace)
		if s == "" {
			continue
		}
		v, err := parseJSON(s)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: not JSON: %v", name, n, err)
		}
		o, ok := v.(*jsonObject)
		if !ok {
			return nil, fmt.Errorf("%s:%d: not a JSON object", name, n)
		}
		q, err := quoteOf(o, gold)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		q.Line = n
		qs = append(qs, q)
	}
	return qs, nil
}

// maxOffset bounds offsets, so that arithmetic on them cannot overflow.
const maxOffset = 1 << 52

func quoteOf(o *jsonObject, gold bool) (Quote, error) {
	var q Quote
	str := func(k string) string {
		v, _ := o.get(k)
		s, _ := v.(string)
		return s
	}

	// doc: str(doc or "").
	v, ok := o.get("doc")
	if !ok && gold {
		return q, fmt.Errorf("no doc")
	}
	doc, ok := pyStr(v)
	if !ok {
		return q, fmt.Errorf("doc is not a string")
	}
	q.Doc = doc

	if v, ok := o.get("kind"); ok {
		if s, _ := v.(string); s != "" {
			q.Kind = s
		} else {
			q.Kind = BadKind
		}
	}
	q.Text = str("text")

	for _, f := range []struct {
		key string
		p   **int
	}{{"start", &q.Start}, {"end", &q.End}} {
		v, ok := o.get(f.key)
		lit, isInt := v.(jsonInt)
		if !isInt {
			if gold {
				if !ok {
					return q, fmt.Errorf("no %s", f.key)
				}
				return q, fmt.Errorf("%s is not an integer", f.key)
			}
			continue
		}
		n, err := strconv.ParseInt(string(lit), 10, 64)
		if err != nil || n > maxOffset || n < -maxOffset {
			return q, fmt.Errorf("%s %s is out of range", f.key, lit)
		}
		i := int(n)
		*f.p = &i
	}

	q.Speaker = str("speaker")
	// list(aliases or []): a string is its characters, an object its keys.
	switch a, _ := o.get("aliases"); a := a.(type) {
	case []any:
		for _, x := range a {
			s, _ := x.(string)
			q.Aliases = append(q.Aliases, s)
		}
	case string:
		for _, r := range a {
			q.Aliases = append(q.Aliases, string(r))
		}
	case *jsonObject:
		q.Aliases = append(q.Aliases, a.keys...)
	default:
		if truthy(a) && gold {
			return q, fmt.Errorf("aliases is not a list")
		}
	}
	if v, ok := o.get("named"); ok {
		named := truthy(v)
		q.Named = &named
	}
	v, _ = o.get("speaker_is_pronoun")
	q.SpeakerIsPronoun = truthy(v)
	q.SpeakerMention = str("speaker_mention")

	q.Rule = str("rule")
	switch ev, _ := o.get("evidence"); ev := ev.(type) {
	case []any:
		for _, x := range ev {
			if s, ok := x.(string); ok {
				q.Evidence = append(q.Evidence, s)
			}
		}
	case string:
		if ev != "" {
			q.Evidence = []string{ev}
		}
	}
	switch c, _ := o.get("confidence"); c := c.(type) {
	case float64:
		q.Confidence = &c
	case jsonInt:
		f, _ := strconv.ParseFloat(string(c), 64)
		q.Confidence = &f
	}
	return q, nil
}

// pyStr is Python's str(v or "") for a JSON scalar; false for a non-empty
// list or object, which no file names a document with.
func pyStr(v any) (string, bool) {
	if !truthy(v) {
		return "", true
	}
	switch v := v.(type) {
	case string:
		return v, true
	case bool:
		return "True", true
	case jsonInt:
		return string(v), true
	case float64:
		return pyFloat(v), true
	}
	return "", false
}

// pyFloat is Python's repr of a float.
func pyFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // "-d.ddde±XX"
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if exp < -4 || exp >= 16 {
		return e
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}
