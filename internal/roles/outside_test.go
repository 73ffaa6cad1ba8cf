package roles_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/internal/entities"
	"github.com/whosaid/whosaid/internal/news"
	"github.com/whosaid/whosaid/internal/quotes"
	"github.com/whosaid/whosaid/internal/roles"
	"github.com/whosaid/whosaid/internal/segment"
)

// TestNameOutsideQuotes checks that a speaker's epithet for someone is
// not their name, whether the clusterer joined it to the writer's name
// or kept it apart, and that a name written in full only in a quote
// stays.
func TestNameOutsideQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"joined", "Donald Trump tweeted: “Did Crooked Hillary Clinton help her?”\n\nHillary Clinton spoke in Ohio. Clinton said no.",
			[]string{"Donald Trump", "Hillary Clinton"}},
		{"apart", "Hillary Clinton spoke in Ohio on Friday. She was cheered.\n\nDonald Trump said: “Working that microphone was harder than working Crooked Hillary Clinton.”\n\nClinton laughed.",
			[]string{"Hillary Clinton", "Donald Trump"}},
		{"in full only in a quote", "“I met Hillary Clinton once,” Donald Trump said. Clinton did not answer.",
			[]string{"Hillary Clinton", "Donald Trump"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &news.Document{Text: tt.text}
			segment.Split(doc)
			entities.Find(doc, nil)
			roles.Find(doc)
			quotes.Find(doc)
			roles.NameOutsideQuotes(doc)
			var got []string
			for _, p := range doc.People {
				if p.Named && len(p.Mentions) > 0 {
					got = append(got, p.Name)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("people of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
