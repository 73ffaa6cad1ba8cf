package index

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"testing"
	"time"
)

// TestDateOrder: the sort keys sort as the date (newest first, or oldest
// first; undated last), then the hash of the article ID, the article ID,
// the start and the quote ID; pos is the day's number, then the hash, so
// that a range of pos is a range of the keys.
func TestDateOrder(t *testing.T) {
	type q struct {
		date        *time.Time
		article, id string
		start       int
		o           dateOrder
	}
	r := rand.New(rand.NewPCG(1, 2))
	days := []string{"", "0000-01-01", "0999-12-31", "2019-01-04", "2019-01-05", "2020-12-25", "9999-12-31"}
	articles := []string{"", "a", "a\x00", "a\x00b", "a\x01", "ab", "b", "copy1/x", "copy10/x", "copy2/x"}
	hash := func(s string) uint64 {
		h := fnv.New64a()
		h.Write([]byte(s))
		return h.Sum64()
	}
	var qs []q
	for range 3000 {
		x := q{date: parseDate(days[r.IntN(len(days))]), article: articles[r.IntN(len(articles))],
			start: r.IntN(3) * 1000, id: fmt.Sprintf("%x", r.IntN(16))}
		x.o = newDateOrder(x.date, x.article, x.start, x.id)
		qs = append(qs, x)
	}
	num := func(x q) int64 {
		if x.date == nil {
			return undatedNum
		}
		return x.date.Unix()/86400 - day0
	}
	byRest := func(a, b q) int {
		return cmp.Or(cmp.Compare(hash(a.article), hash(b.article)), cmp.Compare(a.article, b.article),
			cmp.Compare(a.start, b.start), cmp.Compare(a.id, b.id))
	}
	newest := func(a, b q) int {
		c := cmp.Compare(num(b), num(a))
		if a.date == nil || b.date == nil {
			c = cmp.Compare(num(a), num(b)) // undated last
		}
		return cmp.Or(c, byRest(a, b))
	}
	oldest := func(a, b q) int { return cmp.Or(cmp.Compare(num(a), num(b)), byRest(a, b)) }
	for i, a := range qs {
		b := qs[(i*7+1)%len(qs)]
		if got, want := cmp.Compare(a.o.newest, b.o.newest), newest(a, b); got != want {
			t.Errorf("newest: %q vs %q: %d, want %d", a.o.newest, b.o.newest, got, want)
		}
		if got, want := cmp.Compare(a.o.oldest, b.o.oldest), oldest(a, b); got != want {
			t.Errorf("oldest: %q vs %q: %d, want %d", a.o.oldest, b.o.oldest, got, want)
		}
		if p := int64(a.o.pos); p>>28 != num(a) || float64(p) != a.o.pos {
			t.Errorf("pos %v of day %d", a.o.pos, num(a))
		}
		if c := cmp.Compare(a.o.oldest, b.o.oldest); c != 0 && cmp.Compare(a.o.pos, b.o.pos) == -c {
			t.Errorf("pos %v, %v in the other order than %q, %q", a.o.pos, b.o.pos, a.o.oldest, b.o.oldest)
		}
		wantDay := undated
		if a.date != nil {
			wantDay = a.date.Format(time.DateOnly)
		}
		if a.o.day != wantDay {
			t.Errorf("day %q of %v", a.o.day, a.date)
		}
	}
}
