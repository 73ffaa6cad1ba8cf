package index_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

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
