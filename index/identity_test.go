package index

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"
)

func TestNameKey(t *testing.T) {
	for _, tt := range []struct{ name, key, surname string }{
		{"Vladimir Putin", "vladimir putin", "putin"},
		{"Putin", "putin", "putin"},
		{"PUTIN", "putin", "putin"},
		{"President Putin", "putin", "putin"},
		{"Mr. Putin", "putin", "putin"},
		{"Donald J. Trump", "donald trump", "trump"},
		{"Donald J Trump", "donald trump", "trump"},
		{"George H. W. Bush", "george bush", "bush"},
		{"Recep Tayyip Erdoğan", "recep tayyip erdogan", "erdogan"},
		{"Erdogan", "erdogan", "erdogan"},
		{"Ursula von der Leyen", "ursula von der leyen", "von der leyen"},
		{"von der Leyen", "von der leyen", "von der leyen"},
		{"Martin Luther King Jr.", "martin luther king jr", "king"},
		{"Conan O’Brien", "conan o'brien", "o'brien"},
		{"John Major", "john major", "major"},
		{"Major", "major", "major"},
		{"  Sofia   Brandt ", "sofia brandt", "brandt"},
		{"Mrs. John Dashwood", "mrs john dashwood", "dashwood"},
		{"Mrs. Dashwood", "mrs dashwood", "dashwood"},
		{"Mr. Harcourt", "harcourt", "harcourt"},
		{"Ms. Boxer", "ms boxer", "boxer"},
		{"", "", ""},
	} {
		if got := nameKey(tt.name); got != tt.key {
			t.Errorf("nameKey(%q) = %q, want %q", tt.name, got, tt.key)
		}
		if got := surnameOf(tt.key); got != tt.surname {
			t.Errorf("surnameOf(%q) = %q, want %q", tt.key, got, tt.surname)
		}
	}
	for key, full := range map[string]bool{
		"vladimir putin": true, "putin": false, "von der leyen": false,
		"ursula von der leyen": true, "king jr": false, "martin luther king jr": true,
	} {
		if isFullName(key) != full {
			t.Errorf("isFullName(%q) = %v", key, !full)
		}
	}
}

func TestRegistryResolve(t *testing.T) {
	r := newRegistry()
	for _, n := range []string{"Vladimir Putin", "Putin", "Hillary Clinton", "Bill Clinton", "Clinton",
		"Donald J. Trump", "Donald Trump", "Trump", "von der Leyen", "Ursula von der Leyen", "Mrs. John Dashwood", "Mr. Dashwood",
		"Mr. Harcourt", "Mrs. Harcourt", "Barbara Boxer", "Ms. Boxer"} {
		r.add(n, 1)
	}
	r.add("Donald Trump", 1) // now the more common spelling
	for key, want := range map[string]string{
		"putin":                "vladimir putin",
		"vladimir putin":       "vladimir putin",
		"clinton":              "clinton", // two Clintons: not guessed
		"hillary clinton":      "hillary clinton",
		"trump":                "donald trump",
		"von der leyen":        "ursula von der leyen",
		"lavrov":               "lavrov", // nobody of that name
		"ursula von der leyen": "ursula von der leyen",
		"dashwood":             "dashwood", // not his wife, named by his name
		"mrs john dashwood":    "mrs john dashwood",
		"harcourt":             "harcourt", // Mr. and Mrs. Harcourt stay two
		"mrs harcourt":         "mrs harcourt",
		"ms boxer":             "barbara boxer", // the one Boxer of the index
	} {
		if got := r.resolve(key); got != want {
			t.Errorf("resolve(%q) = %q, want %q", key, got, want)
		}
	}
	if got := r.name("donald trump", ""); got != "Donald Trump" {
		t.Errorf("name of the Trumps %q, want the commoner spelling", got)
	}
	if got := r.name("vladimir putin", ""); got != "Vladimir Putin" {
		t.Errorf("name %q", got)
	}
	if got := r.name("nobody", "Nobody"); got != "Nobody" {
		t.Errorf("fallback name %q", got)
	}
}

// TestSpeakerQueryKeys: the persons a speaker selects are every key whose
// resolved key has all the words, in order of key.
func TestSpeakerQueryKeys(t *testing.T) {
	r := newRegistry()
	names := []string{"Vladimir Putin", "Putin", "Hillary Clinton", "Bill Clinton", "Clinton",
		"Donald J. Trump", "Donald Trump", "Trump", "Donald Trump Jr", "von der Leyen",
		"Ursula von der Leyen", "Donald Tusk", "Tusk", "Anna Donald"}
	for _, n := range names {
		r.add(n, 1)
	}
	for _, want := range append(names, "donald", "von", "x", "trump donald", "der leyen ursula", "—") {
		var got []string
		if d, ok := r.speakerQuery(want).(*query.DisjunctionQuery); ok {
			for _, q := range d.Disjuncts {
				if tq, ok := q.(*query.TermQuery); ok {
					got = append(got, strings.TrimPrefix(tq.Term, whoPerson))
				}
			}
		}
		var all []string
		if k := nameKey(want); k != "" {
			for _, key := range r.keys() {
				if containsWords(r.resolve(key), k) {
					all = append(all, key)
				}
			}
		}
		slices.Sort(all)
		if !slices.Equal(got, all) {
			t.Errorf("%q: keys %q, want %q", want, got, all)
		}
	}
}

// article makes an entry of one article with one quote per speaker; a
// speaker named in people is a person of the article.
func article(id, date, outlet string, speakers []string, people ...string) Entry {
	a := Article{ID: id, Doc: id + ".txt", Date: date, Outlet: outlet, Title: "Article " + id}
	var qs []Quote
	for i, sp := range speakers {
		qs = append(qs, quote(&a, id+"-"+string(rune('a'+i)), "direct", sp, "", "Words of "+sp+" in "+id+"."))
		qs[i].Anonymous = sp == "official"
	}
	var ps []Person
	for _, p := range people {
		ps = append(ps, Person{Name: p, Named: true, Roles: []string{}, Aliases: []string{}, Mentions: 1, Quotes: 1})
	}
	return Entry{Article: a, Quotes: qs, People: ps}
}

func speakerIDs(t *testing.T, ix *Index, speaker string) []string {
	t.Helper()
	res, err := ix.Search(context.Background(), Query{Speaker: speaker, Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	return sorted(ids(res))
}

// One person across articles: full name in one, surname in another, with
// a middle initial in a third; --speaker by either name finds all.
func TestPersonAcrossArticles(t *testing.T) {
	entries := []Entry{
		article("a1", "2024-01-10", "Post", []string{"Putin"}, "Putin"),
		article("a2", "2024-02-10", "Wire", []string{"Vladimir Putin"}, "Vladimir Putin"),
		article("a3", "2024-03-10", "Wire", []string{"Vladimir V. Putin", "Kremlin"}, "Vladimir V. Putin"),
	}
	// In either order: identity is worked out when the index is read.
	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}} {
		ix := openTest(t, t.TempDir())
		for _, i := range order {
			if err := ix.Add(context.Background(), entries[i]); err != nil {
				t.Fatal(err)
			}
		}
		all := []string{"a1-a", "a2-a", "a3-a"}
		for _, sp := range []string{"Putin", "Vladimir Putin", "vladimir putin", "President Putin", "Vladimir V. Putin", "Vladimir"} {
			if got := speakerIDs(t, ix, sp); !slices.Equal(got, all) {
				t.Errorf("order %v: --speaker %q found %v, want %v", order, sp, got, all)
			}
		}
		// The organisation is not a person, and is found by its own name.
		if got := speakerIDs(t, ix, "kremlin"); !slices.Equal(got, []string{"a3-b"}) {
			t.Errorf("kremlin: %v", got)
		}
		q, err := ix.Quote(context.Background(), "a1-a")
		if err != nil || q.Speaker != "Putin" || q.Person != "Vladimir Putin" {
			t.Errorf("quote of the bare surname: speaker %q person %q, %v", q.Speaker, q.Person, err)
		}
		people, err := ix.People(context.Background(), "")
		if err != nil {
			t.Fatal(err)
		}
		want := []PersonSummary{{Name: "Vladimir Putin", Named: true, Roles: []string{}, Aliases: []string{"Putin", "Vladimir V. Putin"},
			Articles: 3, Mentions: 3, Quotes: 3, FirstSeen: "2024-01-10", LastSeen: "2024-03-10"}}
		if !reflect.DeepEqual(people, want) {
			t.Errorf("people:\n got %+v\nwant %+v", people, want)
		}
		res, err := ix.Search(context.Background(), Query{Facets: []string{FacetSpeaker}})
		if err != nil {
			t.Fatal(err)
		}
		wantFacet := Facet{Values: []FacetCount{{"Vladimir Putin", 3}, {"Kremlin", 1}}}
		if got := res.Facets[FacetSpeaker]; !reflect.DeepEqual(got, wantFacet) {
			t.Errorf("speaker facet %+v, want %+v", got, wantFacet)
		}
	}
}

// Two people with one surname are kept apart; a bare surname stays as
// written unless its own article said whom it meant.
func TestTwoPeopleOneSurname(t *testing.T) {
	ix := openTest(t, t.TempDir())
	err := ix.Add(context.Background(),
		article("h", "2016-05-01", "", []string{"Hillary Clinton"}, "Hillary Clinton"),
		article("b", "1998-05-01", "", []string{"Bill Clinton"}, "Bill Clinton"),
		// The article says only "Clinton".
		article("c", "2016-06-01", "", []string{"Clinton"}, "Clinton"),
		// The article named Hillary Clinton first: its "Clinton" quote is
		// attributed to her full name by the analysis.
		article("r", "2016-07-01", "", []string{"Hillary Clinton"}, "Hillary Clinton"),
	)
	if err != nil {
		t.Fatal(err)
	}
	for sp, want := range map[string][]string{
		"Hillary Clinton": {"h-a", "r-a"},
		"hillary":         {"h-a", "r-a"},
		"Bill Clinton":    {"b-a"},
		"Clinton":         {"b-a", "c-a", "h-a", "r-a"}, // every Clinton, none merged
	} {
		if got := speakerIDs(t, ix, sp); !slices.Equal(got, want) {
			t.Errorf("--speaker %q found %v, want %v", sp, got, want)
		}
	}
	q, err := ix.Quote(context.Background(), "c-a")
	if err != nil || q.Person != "Clinton" {
		t.Errorf("the bare Clinton became %q, %v", q.Person, err)
	}
	people, err := ix.People(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range people {
		names = append(names, p.Name)
	}
	if want := []string{"Hillary Clinton", "Bill Clinton", "Clinton"}; !slices.Equal(names, want) {
		t.Errorf("people %v, want %v", names, want)
	}
	res, err := ix.Search(context.Background(), Query{Facets: []string{FacetSpeaker}})
	if err != nil {
		t.Fatal(err)
	}
	want := Facet{Values: []FacetCount{{"Hillary Clinton", 2}, {"Bill Clinton", 1}, {"Clinton", 1}}}
	if got := res.Facets[FacetSpeaker]; !reflect.DeepEqual(got, want) {
		t.Errorf("facet %+v, want %+v", got, want)
	}

	// Remove Bill Clinton's article: Clinton is Hillary Clinton again.
	if _, err := ix.Remove(context.Background(), "b"); err != nil {
		t.Fatal(err)
	}
	if got := speakerIDs(t, ix, "Hillary Clinton"); !slices.Equal(got, []string{"c-a", "h-a", "r-a"}) {
		t.Errorf("after removing Bill Clinton: %v", got)
	}
}

// Unnamed speakers are never one person across articles.
func TestAnonymousNeverMerged(t *testing.T) {
	ix := openTest(t, t.TempDir())
	one := article("x", "2024-01-01", "", []string{"official"})
	two := article("y", "2024-01-02", "", []string{"official"})
	one.People = []Person{{Name: "official", Roles: []string{"official"}}}
	two.People = []Person{{Name: "official", Roles: []string{"official"}}}
	if err := ix.Add(context.Background(), one, two); err != nil {
		t.Fatal(err)
	}
	people, err := ix.People(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(people) != 2 || people[0].Articles != 1 || people[1].Articles != 1 {
		t.Errorf("unnamed people merged: %+v", people)
	}
	res, err := ix.Search(context.Background(), Query{Facets: []string{FacetSpeaker}})
	if err != nil {
		t.Fatal(err)
	}
	if f := res.Facets[FacetSpeaker]; len(f.Values) != 0 || f.Missing != 2 {
		t.Errorf("facet %+v, want two unnamed quotes", f)
	}
	q, _ := ix.Quote(context.Background(), "x-a")
	if q.Person != "" {
		t.Errorf("unnamed speaker has a person %q", q.Person)
	}
	// They are still found by their description.
	if got := speakerIDs(t, ix, "official"); !slices.Equal(got, []string{"x-a", "y-a"}) {
		t.Errorf("--speaker official: %v", got)
	}
}
