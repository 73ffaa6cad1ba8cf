package index_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/whosaid/whosaid/index"
)

func Example() {
	dir, err := os.MkdirTemp("", "whosaid")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()

	// Open creates the index (and its parent directories) on first use.
	ix, err := index.Open(filepath.Join(dir, "index"), index.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer ix.Close()

	text := `"Sanctions are a dead end," Foreign Minister Sergei Lavrov said.`
	err = ix.Add(ctx, index.Entry{
		Article: index.Article{ID: "a1", Doc: "moscow.txt", Date: "2024-03-01", Text: text},
		Quotes: []index.Quote{{
			ID: "a1-1", Kind: "direct", Text: "Sanctions are a dead end,",
			Start: 1, End: 26, Speaker: "Sergei Lavrov", SpeakerMention: "Sergei Lavrov",
			Role: "Foreign Minister", Cue: "said", Confidence: 0.95,
		}},
		People: []index.Person{{
			Name: "Sergei Lavrov", Roles: []string{"Foreign Minister"},
			Named: true, Mentions: 1, Quotes: 1,
		}},
	})
	if err != nil {
		log.Fatal(err)
	}

	// Every word is required; the speaker matches by any of their names.
	res, err := ix.Search(ctx, index.Query{Text: "dead sanctions", Speaker: "lavrov"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Total, "hit")
	for _, h := range res.Hits {
		q := h.Quote
		fmt.Printf("%s %s (%s, %s) %s: %s\n", q.ID, q.Speaker, q.Role, q.Date, q.Cue, q.Text)
		for _, f := range h.Fragments {
			fmt.Println(index.Mark(f, "[", "]"))
		}
	}
	// Output:
	// 1 hit
	// a1-1 Sergei Lavrov (Foreign Minister, 2024-03-01) said: Sanctions are a dead end,
	// [Sanctions] are a [dead] end,
}

func ExampleIndex_Stats() {
	dir, err := os.MkdirTemp("", "whosaid")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	ix, err := index.Open(dir, index.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer ix.Close()

	quote := func(id, speaker, text string) index.Quote {
		return index.Quote{ID: id, Kind: "direct", Speaker: speaker, Text: text}
	}
	err = ix.Add(ctx,
		index.Entry{
			Article: index.Article{ID: "a1"},
			Quotes:  []index.Quote{quote("a1-1", "Vladimir Putin", "We are ready."), quote("a1-2", "Sergei Lavrov", "Talks go on.")},
			People:  []index.Person{{Name: "Vladimir Putin", Named: true}, {Name: "Sergei Lavrov", Named: true}},
		},
		index.Entry{
			Article: index.Article{ID: "a2"},
			Quotes:  []index.Quote{quote("a2-1", "Vladimir Putin", "Nothing has changed.")},
			People:  []index.Person{{Name: "Vladimir Putin", Named: true}},
		},
	)
	if err != nil {
		log.Fatal(err)
	}
	st, err := ix.Stats(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d articles, %d quotes, %d people\n", st.Articles, st.Quotes, st.People)
	for _, s := range st.TopSpeakers {
		fmt.Println(s.Speaker, s.Quotes)
	}
	// Output:
	// 2 articles, 3 quotes, 2 people
	// Vladimir Putin 2
	// Sergei Lavrov 1
}

// news makes an entry the way whosaid's analysis does: each quote a span of
// the article's text, each speaker who is a person among its People.
func news(id, date, outlet, text string, speakers ...string) index.Entry {
	e := index.Entry{Article: index.Article{ID: id, Doc: id + ".txt", Date: date, Outlet: outlet, Text: text}}
	rest := text
	for i, sp := range speakers {
		// The quote is the words between the next pair of quote marks.
		open := strings.Index(rest, "\u201c") + len("\u201c")
		end := open + strings.Index(rest[open:], "\u201d")
		start := len(text) - len(rest) + open
		stop := len(text) - len(rest) + end
		rest = rest[end:]
		e.Quotes = append(e.Quotes, index.Quote{
			ID: fmt.Sprintf("%s-%d", id, i), Kind: "direct", Text: text[start:stop], Start: start, End: stop,
			Speaker: sp, SpeakerMention: sp, Cue: "said", Confidence: 0.95,
		})
		e.People = append(e.People, index.Person{Name: sp, Named: true, Mentions: 1, Quotes: 1})
	}
	return e
}

// A person across articles: one article names Vladimir Putin in full, the
// other says only "Putin". Searching for either name finds both quotes,
// and each comes back as the record `whosaid extract` prints, with the
// person the index found.
func Example_acrossArticles() {
	dir, err := os.MkdirTemp("", "whosaid")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	ix, err := index.Open(filepath.Join(dir, "index"), index.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer ix.Close()

	err = ix.Add(ctx,
		news("kremlin-1", "2024-03-01", "Example Wire", "\u201cSanctions will not break us,\u201d Russian President Vladimir Putin said.", "Vladimir Putin"),
		news("kremlin-2", "2024-04-12", "Daily Example", "\u201cThe sanctions have failed,\u201d Putin said on Friday.", "Putin"),
	)
	if err != nil {
		log.Fatal(err)
	}

	for _, speaker := range []string{"Putin", "Vladimir Putin"} {
		res, err := ix.Search(ctx, index.Query{Speaker: speaker, Text: "sanctions"})
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: %d quotes\n", speaker, res.Total)
	}

	// Every quote, oldest first, a page at a time.
	for h, err := range ix.All(ctx, index.Query{Speaker: "Vladimir Putin", Sort: index.SortOldest}) {
		if err != nil {
			log.Fatal(err)
		}
		line, _ := json.Marshal(h.Quote)
		fmt.Println(string(line))
	}
	// Output:
	// Putin: 2 quotes
	// Vladimir Putin: 2 quotes
	// {"id":"kremlin-1-0","doc":"kremlin-1.txt","article":"kremlin-1","kind":"direct","text":"Sanctions will not break us,","start":3,"end":31,"speaker":"Vladimir Putin","person":"Vladimir Putin","speaker_mention":"Vladimir Putin","role":"","cue":"said","confidence":0.95,"date":"2024-03-01","outlet":"Example Wire"}
	// {"id":"kremlin-2-0","doc":"kremlin-2.txt","article":"kremlin-2","kind":"direct","text":"The sanctions have failed,","start":3,"end":29,"speaker":"Putin","person":"Vladimir Putin","speaker_mention":"Putin","role":"","cue":"said","confidence":0.95,"date":"2024-04-12","outlet":"Daily Example"}
}

// Two people with one surname stay apart: a bare "Brandt" is not guessed.
// People lists each person across articles; Facets counts their quotes.
func ExampleIndex_People() {
	dir, err := os.MkdirTemp("", "whosaid")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	ix, err := index.Open(dir, index.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer ix.Close()

	err = ix.Add(ctx,
		news("a1", "2024-03-04", "", "\u201cA fair offer,\u201d Daniel Brandt said. \u201cNot enough,\u201d Sofia Brandt said.", "Daniel Brandt", "Sofia Brandt"),
		news("a2", "2024-04-02", "", "\u201cWe will sign nothing,\u201d Brandt said.", "Brandt"),
		news("a3", "2024-04-15", "", "\u201cA victory,\u201d said Sofia Brandt.", "Sofia Brandt"),
	)
	if err != nil {
		log.Fatal(err)
	}
	people, err := ix.People(ctx, "")
	if err != nil {
		log.Fatal(err)
	}
	for _, p := range people {
		fmt.Printf("%s: %d quotes, %s to %s\n", p.Name, p.Quotes, p.FirstSeen, p.LastSeen)
	}
	res, err := ix.Search(ctx, index.Query{Facets: []string{index.FacetSpeaker}})
	if err != nil {
		log.Fatal(err)
	}
	for _, v := range res.Facets[index.FacetSpeaker].Values {
		fmt.Println(v.Value, v.Count)
	}
	// Output:
	// Sofia Brandt: 2 quotes, 2024-03-04 to 2024-04-15
	// Brandt: 1 quotes, 2024-04-02 to 2024-04-02
	// Daniel Brandt: 1 quotes, 2024-03-04 to 2024-03-04
	// Sofia Brandt 2
	// Brandt 1
	// Daniel Brandt 1
}
