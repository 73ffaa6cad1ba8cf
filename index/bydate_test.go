package index

import (
	"context"
	"fmt"
	"slices"
	"testing"
)

// TestSearchByDateInWindows: searched in windows of days, and of the
// articles of one day, hits and totals are those of one search.
func TestSearchByDateInWindows(t *testing.T) {
	ix := openTest(t, t.TempDir())
	ctx := context.Background()
	speakers := []string{"Vladimir Putin", "Sergei Lavrov", "Olaf Scholz"}
	days := []string{"2024-03-01", "2024-03-02", "2024-03-05", "2023-12-31", "", "1969-07-20", "2024-03-02"}
	var entries []Entry
	for i := range 140 {
		a := Article{ID: fmt.Sprintf("https://example.org/%d", i), Date: days[i%len(days)], Outlet: "Example"}
		if i%5 == 0 {
			a.Date = "2024-03-02" // a crowded day
		}
		var qs []Quote
		for j := range 1 + i%7 {
			qs = append(qs, quote(&a, fmt.Sprintf("q%d-%d", i, j), "direct", speakers[(i+j)%3], "", fmt.Sprintf("Words %d of talks.", j)))
		}
		if i%9 == 0 { // a speaker that is no person, with a person's name in it
			qs = append(qs, quote(&a, fmt.Sprintf("q%d-fund", i), "direct", "Putin Foundation", "", "Foundation words."))
		}
		if i%11 == 0 {
			qs = append(qs, quote(&a, fmt.Sprintf("q%d-anon", i), "direct", "North Korean official", "", "Unnamed words."))
		}
		switch a.Date { // speakers of undated articles only, of the oldest only
		case "":
			qs = append(qs, quote(&a, fmt.Sprintf("q%d-ada", i), "direct", "Ada Lovelace", "", "Undated words."))
		case "1969-07-20":
			qs = append(qs, quote(&a, fmt.Sprintf("q%d-buzz", i), "direct", "Buzz Aldrin", "", "Old words."))
		}
		entries = append(entries, Entry{Article: a, Quotes: qs, People: []Person{{Name: "Vladimir Putin", Named: true}, {Name: "Sergei Lavrov", Named: true}, {Name: "Olaf Scholz", Named: true}}})
	}
	if err := ix.Add(ctx, entries...); err != nil {
		t.Fatal(err)
	}
	var windows, partial int
	search := func(q Query, inWindows bool) ([]string, uint64, int) {
		defer func(from uint64, least float64) { windowedFrom, windowedLeast, searchedWindow = from, least, nil }(windowedFrom, windowedLeast)
		windowedFrom, windowedLeast = 1<<62, 1
		n := 0
		if inWindows {
			windowedFrom = 1
			searchedWindow = func(lo, hi int64) {
				n++
				if hi-lo < 1<<28 {
					partial++ // of one day's articles
				}
			}
		}
		res, err := ix.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		return ids(res), res.Total, n
	}
	queries := []Query{
		{},
		{Limit: 3},
		{Limit: 7, Offset: 5},
		{Speaker: "putin", Limit: 4},
		{Speaker: "lavrov", Limit: 30, Offset: 10},
		{Sort: SortOldest, Limit: 9},
		{Sort: SortOldest, Speaker: "scholz", Limit: 5, Offset: 2},
		{Text: "talks", Sort: SortDate, Limit: 6},
		{Text: "words 2", Sort: SortOldest, Limit: 6},
		{Since: day("2024-03-02"), Limit: 8},
		{Before: day("2024-03-02"), Limit: 8, Sort: SortOldest},
		{Since: day("2024-03-01"), Before: day("2024-03-03"), Speaker: "putin", Limit: 5},
		{Limit: 400},
		{Speaker: "ada", Limit: 3},
		{Speaker: "buzz", Limit: 3},
		{Speaker: "buzz", Limit: 3, Sort: SortOldest},
		{Text: "words", Limit: 5},
		{Text: "words", Speaker: "ada", Limit: 5, Sort: SortOldest},
		{Speaker: "nobody at all"},
		{Speaker: "official", Limit: 4},
	}
	check := func(when string) {
		for _, q := range queries {
			want, wantTotal, _ := search(q, false)
			got, total, n := search(q, true)
			if !slices.Equal(got, want) || total != wantTotal {
				t.Errorf("%s, %+v: in %d windows %v of %d, in one search %v of %d", when, q, n, got, total, want, wantTotal)
			}
			windows += n
		}
	}
	check("added")
	// Removed articles stay in the index's files, marked deleted, until a
	// merge: counts must leave them out.
	var gone []string
	for i := 0; i < 140; i += 4 {
		gone = append(gone, fmt.Sprintf("https://example.org/%d", i))
	}
	if _, err := ix.Remove(ctx, gone...); err != nil {
		t.Fatal(err)
	}
	check("after removing")
	if windows < 20 || partial == 0 {
		t.Errorf("%d windows, %d of part of a day", windows, partial)
	}
}
