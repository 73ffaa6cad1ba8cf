package pipeline

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/index"
	"github.com/whosaid/whosaid/internal/ingest"
)

// seedDir is the hand-checked article the project started from. It lives
// outside the repository and is never copied into it.
const seedDir = "../../../shared/seed"

type goldQuote struct {
	Doc, Kind, Text, Cue, Speaker string
	Start, End                    int
	Aliases                       []string
}

type goldPerson struct {
	Name    string
	Roles   []string
	Aliases []string
}

func readJSONL[T any](t *testing.T, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, v)
	}
	return out
}

func seedEntry(t *testing.T) index.Entry {
	t.Helper()
	path := filepath.Join(seedDir, "moscow-times-2024-06-19.md")
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Skip("../shared is absent: the seed article is not here, so its test is skipped")
	}
	if err != nil {
		t.Fatal(err)
	}
	art, err := ingest.Read(path, data)
	if err != nil {
		t.Fatal(err)
	}
	art.ID = ingest.ID(art)
	return Entry(New(Options{}).Analyse(art))
}

func norm(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	for _, a := range []string{"the ", "a ", "an "} {
		s = strings.TrimPrefix(s, a)
	}
	return s
}

// TestSeedQuotes holds the floor of issue 2: every hand-checked quote of
// the seed article, at its exact offsets, with its kind and its speaker.
func TestSeedQuotes(t *testing.T) {
	e := seedEntry(t)
	gold := readJSONL[goldQuote](t, filepath.Join(seedDir, "gold-quotes.jsonl"))
	byStart := map[int]index.Quote{}
	for _, q := range e.Quotes {
		byStart[q.Start] = q
	}
	for _, g := range gold {
		q, ok := byStart[g.Start]
		if !ok || q.End != g.End {
			t.Errorf("quote %q [%d,%d) not found", g.Text, g.Start, g.End)
			continue
		}
		if q.Text != g.Text || q.Kind != g.Kind {
			t.Errorf("quote at %d: got %s %q, want %s %q", g.Start, q.Kind, q.Text, g.Kind, g.Text)
		}
		names := append([]string{g.Speaker}, g.Aliases...)
		ok = false
		for _, n := range names {
			ok = ok || norm(n) == norm(q.Speaker)
		}
		if !ok {
			t.Errorf("quote %q: speaker %q (by %s from %q), want %q", g.Text, q.Speaker, q.Rule, q.SpeakerMention, g.Speaker)
		}
	}
	if len(e.Quotes) != len(gold) {
		for _, q := range e.Quotes {
			t.Logf("found %s %q by %q", q.Kind, q.Text, q.Speaker)
		}
		t.Errorf("found %d quotes, want the %d of the gold", len(e.Quotes), len(gold))
	}
}

// TestSeedPeople: every hand-checked person with the roles the article
// gives them and no organisation or place taken for a person.
func TestSeedPeople(t *testing.T) {
	e := seedEntry(t)
	gold := readJSONL[goldPerson](t, filepath.Join(seedDir, "gold-people.jsonl"))
	byName := map[string]index.Person{}
	for _, p := range e.People {
		byName[p.Name] = p
	}
	for _, g := range gold {
		p, ok := byName[g.Name]
		if !ok {
			t.Errorf("person %q not found", g.Name)
			continue
		}
		if strings.Join(p.Roles, "|") != strings.Join(g.Roles, "|") {
			t.Errorf("%s: roles %q, want %q", g.Name, p.Roles, g.Roles)
		}
		for _, a := range g.Aliases {
			if !contains(p.Aliases, a) {
				t.Errorf("%s: aliases %q lack %q", g.Name, p.Aliases, a)
			}
		}
	}
	if len(e.People) != len(gold) {
		var names []string
		for _, p := range e.People {
			names = append(names, p.Name)
		}
		t.Errorf("found %d people %q, want the %d of the gold", len(e.People), names, len(gold))
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
