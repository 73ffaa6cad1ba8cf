package index

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// FuzzSearch searches a small index with any query string: the answer is
// hits or one line of error, and an error in the query itself is a bad
// query (ErrBadQuery), never a failed search.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{
		`sanctions`, `"dead end"`, `sanctions -europe`, `missile OR nuclear`, `sanct* missle~1`,
		`speaker:putin kind:direct`, `date:>="2024-03-01"`, `confidence:>0.8`, `/con.*/`, `+dialogue`,
		`"dead end`, `(a OR b)`, `title:x`, `\:`, `speaker:"Vladimir Putin"`, `role:foreign -outlet:x`,
		`a~3`, `start:>1000000000000000000000`, `"" OR ""`, `*`, `?`, `-`, `^2`, `a^-1`,
	} {
		f.Add(s)
	}
	ix := filled(f)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, text string) {
		res, err := ix.Search(ctx, Query{Text: text, Limit: 3})
		if err != nil {
			msg := err.Error()
			if !errors.Is(err, ErrBadQuery) || strings.Contains(msg, "\n") {
				t.Fatalf("Search(%q): %q is not one line of bad query", text, msg)
			}
			return
		}
		for _, h := range res.Hits {
			if h.Quote.ID == "" {
				t.Fatalf("Search(%q): a hit without a quote: %+v", text, h)
			}
		}
	})
}
