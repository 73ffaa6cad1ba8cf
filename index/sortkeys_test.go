package index

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// TestSortKeys: the keys sort as the date (newest first, or oldest first;
// undated last), then the article ID, the start and the quote ID, compared
// as bleve compared those fields.
func TestSortKeys(t *testing.T) {
	type q struct {
		date          *time.Time
		article, id   string
		start         int
		newest, oldst string
	}
	r := rand.New(rand.NewPCG(1, 2))
	days := []string{"", "0999-12-31", "2019-01-04", "2019-01-05", "2020-12-25", "9999-12-31"}
	articles := []string{"", "a", "a\x00", "a\x00b", "a\x01", "ab", "b", "copy1/x", "copy10/x", "copy2/x"}
	var qs []q
	for range 2000 {
		x := q{date: parseDate(days[r.IntN(len(days))]), article: articles[r.IntN(len(articles))],
			start: r.IntN(3) * 1000, id: fmt.Sprintf("%x", r.IntN(16))}
		x.newest, x.oldst = sortKeys(x.date, x.article, x.start, x.id)
		qs = append(qs, x)
	}
	byRest := func(a, b q) int {
		return cmp.Or(cmp.Compare(a.article, b.article), cmp.Compare(a.start, b.start), cmp.Compare(a.id, b.id))
	}
	undated := func(a, b q) int { // undated last
		n := func(x q) int {
			if x.date == nil {
				return 1
			}
			return 0
		}
		return cmp.Compare(n(a), n(b))
	}
	newest := func(a, b q) int {
		c := undated(a, b)
		if c == 0 && a.date != nil {
			c = b.date.Compare(*a.date)
		}
		return cmp.Or(c, byRest(a, b))
	}
	oldest := func(a, b q) int {
		c := undated(a, b)
		if c == 0 && a.date != nil {
			c = a.date.Compare(*b.date)
		}
		return cmp.Or(c, byRest(a, b))
	}
	for i, a := range qs {
		b := qs[(i*7+1)%len(qs)]
		if got, want := cmp.Compare(a.newest, b.newest), newest(a, b); got != want {
			t.Errorf("newest: %q vs %q: %d, want %d", a.newest, b.newest, got, want)
		}
		if got, want := cmp.Compare(a.oldst, b.oldst), oldest(a, b); got != want {
			t.Errorf("oldest: %q vs %q: %d, want %d", a.oldst, b.oldst, got, want)
		}
	}
}
