package eval

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A JSON reader that accepts what Python's json.loads accepts, so that a
// file score.py reads is read here too, and tells integers from floats as
// Python does (score.py uses offsets only when they are integers). Beyond
// encoding/json it takes NaN, Infinity and -Infinity (Python writes them
// for a NaN confidence), keeps integer literals apart from float ones, and
// remembers which keys an object has.
//
// Values are nil, bool, jsonInt, float64, string, []any and *jsonObject.

// jsonInt is an integer literal, as written ("-12").
type jsonInt string

// jsonObject is an object; a repeated key keeps its last value, as in
// Python.
type jsonObject struct {
	vals map[string]any
	keys []string // in order of first appearance
}

func (o *jsonObject) get(k string) (any, bool) {
	v, ok := o.vals[k]
	return v, ok
}

type jsonParser struct {
	s string
	i int
}

// parseJSON parses one JSON value filling all of s (JSON whitespace around
// it allowed).
func parseJSON(s string) (any, error) {
	p := &jsonParser{s: s}
	p.ws()
	v, err := p.value()
	if err != nil {
		return nil, err
	}
	p.ws()
	if p.i < len(p.s) {
		return nil, p.errorf("extra data")
	}
	return v, nil
}

func (p *jsonParser) errorf(format string, args ...any) error {
	// Python counts columns in characters, from 1.
	col := utf8.RuneCountInString(p.s[:min(p.i, len(p.s))]) + 1
	return fmt.Errorf("%s at column %d", fmt.Sprintf(format, args...), col)
}

func (p *jsonParser) ws() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *jsonParser) literal(word string, v any) (any, error) {
	if strings.HasPrefix(p.s[p.i:], word) {
		p.i += len(word)
		return v, nil
	}
	return nil, p.errorf("expecting value")
}

func (p *jsonParser) value() (any, error) {
	if p.i >= len(p.s) {
		return nil, p.errorf("expecting value")
	}
	switch c := p.s[p.i]; c {
	case '"':
		return p.str()
	case '{':
		return p.object()
	case '[':
		return p.array()
	case 'n':
		return p.literal("null", nil)
	case 't':
		return p.literal("true", true)
	case 'f':
		return p.literal("false", false)
	case 'N':
		return p.literal("NaN", math.NaN())
	case 'I':
		return p.literal("Infinity", math.Inf(1))
	case '-':
		if strings.HasPrefix(p.s[p.i:], "-Infinity") {
			p.i += len("-Infinity")
			return math.Inf(-1), nil
		}
	}
	return p.number()
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// number reads -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?, an integer when it
// has neither fraction nor exponent.
func (p *jsonParser) number() (any, error) {
	start, i := p.i, p.i
	s := p.s
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && '1' <= s[i] && s[i] <= '9':
		for i++; i < len(s) && isDigit(s[i]); i++ {
		}
	case i < len(s) && s[i] == '0':
		i++
	default:
		return nil, p.errorf("expecting value")
	}
	float := false
	if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		float = true
		for i += 2; i < len(s) && isDigit(s[i]); i++ {
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '-' || s[j] == '+') {
			j++
		}
		k := j
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if k > j {
			float = true
			i = k
		}
	}
	p.i = i
	lit := s[start:i]
	if !float {
		return jsonInt(lit), nil
	}
	f, _ := strconv.ParseFloat(lit, 64) // well formed; a huge exponent is ±Inf, as in Python
	return f, nil
}

func (p *jsonParser) str() (string, error) {
	p.i++ // the opening quote
	var b strings.Builder
	for {
		if p.i >= len(p.s) {
			return "", p.errorf("unterminated string")
		}
		c := p.s[p.i]
		switch {
		case c == '"':
			p.i++
			return b.String(), nil
		case c < 0x20:
			return "", p.errorf("invalid control character")
		case c != '\\':
			b.WriteByte(c)
			p.i++
			continue
		}
		p.i++ // the backslash
		if p.i >= len(p.s) {
			return "", p.errorf("unterminated string")
		}
		e := p.s[p.i]
		p.i++
		switch e {
		case '"', '\\', '/':
			b.WriteByte(e)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, err := p.hex4()
			if err != nil {
				return "", err
			}
			if 0xd800 <= r && r <= 0xdbff && strings.HasPrefix(p.s[p.i:], `\u`) {
				save := p.i
				p.i += 2
				r2, err := p.hex4()
				if err != nil {
					return "", err
				}
				if 0xdc00 <= r2 && r2 <= 0xdfff {
					r = 0x10000 + (r-0xd800)<<10 + (r2 - 0xdc00)
				} else {
					p.i = save // read on its own next
				}
			}
			// A lone surrogate cannot be UTF-8: it becomes U+FFFD, which
			// norm treats alike (neither is a word character).
			b.WriteRune(r)
		default:
			p.i -= 2
			return "", p.errorf("invalid \\escape")
		}
	}
}

func (p *jsonParser) hex4() (rune, error) {
	if p.i+4 > len(p.s) {
		return 0, p.errorf("invalid \\uXXXX escape")
	}
	n, err := strconv.ParseUint(p.s[p.i:p.i+4], 16, 32)
	if err != nil {
		return 0, p.errorf("invalid \\uXXXX escape")
	}
	p.i += 4
	return rune(n), nil
}

func (p *jsonParser) object() (*jsonObject, error) {
	p.i++ // {
	o := &jsonObject{vals: map[string]any{}}
	p.ws()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		return o, nil
	}
	for {
		if p.i >= len(p.s) || p.s[p.i] != '"' {
			return nil, p.errorf("expecting property name enclosed in double quotes")
		}
		k, err := p.str()
		if err != nil {
			return nil, err
		}
		p.ws()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return nil, p.errorf("expecting ':' delimiter")
		}
		p.i++
		p.ws()
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		if _, seen := o.vals[k]; !seen {
			o.keys = append(o.keys, k)
		}
		o.vals[k] = v
		p.ws()
		if p.i < len(p.s) && p.s[p.i] == '}' {
			p.i++
			return o, nil
		}
		if p.i >= len(p.s) || p.s[p.i] != ',' {
			return nil, p.errorf("expecting ',' delimiter")
		}
		p.i++
		p.ws()
	}
}

func (p *jsonParser) array() ([]any, error) {
	p.i++ // [
	a := []any{}
	p.ws()
	if p.i < len(p.s) && p.s[p.i] == ']' {
		p.i++
		return a, nil
	}
	for {
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		a = append(a, v)
		p.ws()
		if p.i < len(p.s) && p.s[p.i] == ']' {
			p.i++
			return a, nil
		}
		if p.i >= len(p.s) || p.s[p.i] != ',' {
			return nil, p.errorf("expecting ',' delimiter")
		}
		p.i++
		p.ws()
	}
}

// truthy is Python's truth value of a JSON value.
func truthy(v any) bool {
	switch v := v.(type) {
	case nil:
		return false
	case bool:
		return v
	case jsonInt:
		return strings.Trim(string(v), "-0") != ""
	case float64:
		return v != 0 // NaN is true, as in Python
	case string:
		return v != ""
	case []any:
		return len(v) > 0
	case *jsonObject:
		return len(v.keys) > 0
	}
	return true
}
