package ingest

import (
	"net/url"
	"strconv"
	"strings"
	"time"
)

// dateLines is how far into an article a date line is looked for: a
// dateline sits under the headline, and a date further down is usually
// one the story mentions, not the day it was published.
const dateLines = 30

// findDate returns the date of the first of the article's first dateLines
// lines that holds a date and nothing else.
func findDate(text string) time.Time {
	n := 0
	for l := range lines(text) {
		if n++; n > dateLines {
			break
		}
		if d, ok := parseDate(l); ok {
			return d
		}
	}
	return time.Time{}
}

var months = map[string]time.Month{
	"january": time.January, "february": time.February, "march": time.March,
	"april": time.April, "may": time.May, "june": time.June, "july": time.July,
	"august": time.August, "september": time.September, "october": time.October,
	"november": time.November, "december": time.December,
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"jun": time.June, "jul": time.July, "aug": time.August, "sep": time.September,
	"sept": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true,
	"thurs": true, "fri": true, "sat": true, "sun": true,
}

// parseDate reads a line that is only a date, as datelines are written:
// "June 19, 2024", "Jun. 19, 2024", "19 June 2024", "2024-06-19", with an
// optional weekday before it ("Wednesday, June 19, 2024") and optional
// emphasis around it ("*June 19, 2024*"). The result is midnight UTC.
func parseDate(l string) (time.Time, bool) {
	l = stripEmphasis(l)
	if len(l) < len("2024-6-1") || len(l) > 40 {
		return time.Time{}, false
	}
	if d, err := time.Parse("2006-01-02", l); err == nil {
		return d, true
	}
	words := strings.FieldsFunc(l, func(r rune) bool { return r == ' ' || r == '\t' || r == ',' })
	if len(words) == 4 && weekdays[strings.ToLower(strings.TrimSuffix(words[0], "."))] {
		words = words[1:]
	}
	if len(words) != 3 {
		return time.Time{}, false
	}
	// Commas are separators only between the parts ("June 19, 2024"), and
	// FieldsFunc would also accept ",June,,19": check they sit after words.
	for _, bad := range []string{",,", ", ,", " ,"} {
		if strings.Contains(l, bad) {
			return time.Time{}, false
		}
	}
	m, d := words[0], words[1]
	if _, isMonth := month(m); !isMonth {
		m, d = d, m
	}
	mon, ok1 := month(m)
	day, ok2 := dayNumber(d)
	year, err := strconv.Atoi(words[2])
	if !ok1 || !ok2 || err != nil || len(words[2]) != 4 || !allDigits(words[2]) {
		return time.Time{}, false
	}
	t := time.Date(year, mon, day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day { // June 31 would roll over to July 1
		return time.Time{}, false
	}
	return t, true
}

// month reads a month name or its abbreviation, with or without a full stop.
func month(s string) (time.Month, bool) {
	m, ok := months[strings.ToLower(strings.TrimSuffix(s, "."))]
	return m, ok
}

// dayNumber reads "19" or "19th".
func dayNumber(s string) (int, bool) {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if len(s) > 2 && strings.EqualFold(s[len(s)-2:], suf) {
			s = s[:len(s)-2]
			break
		}
	}
	if len(s) == 0 || len(s) > 2 || !allDigits(s) {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 1 && n <= 31
}

// urlLabels start the lines that give an article's own address.
var urlLabels = []string{"original url", "url", "source"}

// urlLabel reports whether l starts with a URL label and colon ("Source:",
// "**Original url:**") and returns what follows it.
func urlLabel(l string) (string, bool) {
	s := strings.TrimLeft(l, "*_")
	for _, label := range urlLabels {
		if len(s) < len(label) || !strings.EqualFold(s[:len(label)], label) {
			continue
		}
		rest := strings.TrimLeft(s[len(label):], " \t")
		if !strings.HasPrefix(rest, ":") {
			continue
		}
		return strings.TrimSpace(strings.Trim(rest[1:], "*_ \t")), true
	}
	return "", false
}

// findURL returns the URL given by the first line such as "Source: URL" or
// "Original url:" with the URL on the next non-empty line.
func findURL(text string) string {
	wantNext := false
	for l := range lines(text) {
		if wantNext {
			if l == "" {
				continue
			}
			wantNext = false
			if u, ok := parseURL(l); ok {
				return u
			}
		}
		rest, ok := urlLabel(l)
		if !ok {
			continue
		}
		if rest == "" {
			wantNext = true
			continue
		}
		if u, ok := parseURL(rest); ok {
			return u
		}
	}
	return ""
}

// parseURL reads s as one http or https URL, written bare, in angle brackets
// or as a markdown link, and returns it as written.
func parseURL(s string) (string, bool) {
	switch {
	case strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">"):
		s = s[1 : len(s)-1]
	case strings.HasPrefix(s, "[") && strings.HasSuffix(s, ")"):
		i := strings.LastIndex(s, "](")
		if i < 0 {
			return "", false
		}
		s = strings.TrimSpace(s[i+2 : len(s)-1])
		// A link may carry a title: [text](url "title").
		if j := strings.IndexAny(s, " \t"); j >= 0 {
			s = s[:j]
		}
		s = strings.TrimSuffix(strings.TrimPrefix(s, "<"), ">")
	}
	if s == "" || strings.ContainsAny(s, " \t<>") {
		return "", false
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || (!strings.EqualFold(u.Scheme, "http") && !strings.EqualFold(u.Scheme, "https")) {
		return "", false
	}
	return clean(s), true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
