package index

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// A person is named differently from article to article: "Russian President
// Vladimir Putin" in one, "Putin" in the next, "Vladimir V. Putin" in a
// third. The index keeps each quote's speaker as its article wrote it, and
// matches people across articles by a key:
//
//   - nameKey normalises a name: case, accents, titles in front ("President
//     Putin"), middle initials ("Donald J. Trump") and full stops go, so
//     "Donald J. Trump" and "donald trump" have one key.
//   - A key with a given name before the surname is a full name, and is a
//     person of its own. "Mrs." stays in front of two names or more: "Mrs.
//     John Dashwood" is his wife, not John Dashwood, and not the one a bare
//     "Dashwood" stands for. A woman's title stays before a surname alone
//     too: "Mrs. Harcourt" is not "Mr. Harcourt", though both are the one
//     full name with that surname the index knows, if there is just one.
//   - A key that is only a surname ("putin") stands for the one full name
//     with that surname the index knows, if there is exactly one. With two
//     ("Hillary Clinton", "Bill Clinton") a bare "clinton" stays itself:
//     the index does not guess. (An article that names Hillary Clinton and
//     then says "Clinton" has already said whom it means: its quotes carry
//     the full name.)
//
// Keys are resolved when the index is read, against every person it holds
// then, never when an article is added: stored quotes are not rewritten,
// and what a search finds does not depend on the order articles came in.

// titles are words before a name that are not part of it. They are dropped
// only from the front, and never the last word: "Major Tom" is "tom", but
// "John Major" is "john major".
var titles = setOf(`mr mrs ms miss mx dr prof professor sir dame lord lady
	rev reverend fr hon president vice prime minister chancellor premier
	senator sen representative rep congressman congresswoman governor gov
	mayor general gen lt lieutenant colonel col major maj captain capt
	sergeant sgt admiral adm commander judge justice ambassador secretary
	king queen prince princess sheikh emir ayatollah imam rabbi pope
	cardinal bishop archbishop deputy chief inspector detective det officer
	councillor councilor alderman`)

// particles belong to the surname they precede: "von der leyen", "da silva".
var particles = setOf(`von van der den de del della di da du la le dos das do
	bin ibn al el ter ten`)

// suffixes follow a surname without being it: "king jr".
var suffixes = setOf(`jr sr ii iii iv`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// foldCase lower-cases s and strips its accents: "Erdoğan" → "erdogan".
func foldCase(s string) string {
	t := transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}

// nameKey is the key a person's name is matched by across articles: folded
// words, without titles in front, middle initials or full stops.
func nameKey(name string) string {
	name = strings.NewReplacer("’", "'", "‘", "'").Replace(foldCase(name))
	var words []string
	for _, w := range strings.Fields(name) {
		w = strings.TrimFunc(w, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
		})
		w = strings.ReplaceAll(w, ".", "")
		if w != "" {
			words = append(words, w)
		}
	}
	for len(words) > 1 && titles[words[0]] {
		if words[0] == "mrs" && len(words) > 2 {
			break // "Mrs. John Dashwood" is named by her husband's name, and is not him
		}
		if womens[words[0]] && len(words) == 2 {
			break // "Mrs. Harcourt" is not the "Mr. Harcourt" of her story
		}
		words = words[1:]
	}
	if len(words) > 2 {
		kept := []string{words[0]}
		for _, w := range words[1 : len(words)-1] {
			if !isInitial(w) {
				kept = append(kept, w)
			}
		}
		words = append(kept, words[len(words)-1])
	}
	return strings.Join(words, " ")
}

func isInitial(w string) bool {
	n := 0
	for range w {
		n++
	}
	return n == 1
}

// womens are the titles a woman is named by before her surname alone,
// which the key keeps.
var womens = setOf("mrs ms miss")

// surnameOf is the surname of a key: its last word (before any suffix),
// with the particles in front of it.
func surnameOf(key string) string {
	words := strings.Fields(key)
	if len(words) == 2 && womens[words[0]] {
		return words[1]
	}
	for len(words) > 1 && suffixes[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return ""
	}
	i := len(words) - 1
	for i > 0 && particles[words[i-1]] {
		i--
	}
	return strings.Join(words[i:], " ")
}

// isFullName reports whether a key has a given name before its surname.
func isFullName(key string) bool {
	words := strings.Fields(key)
	if len(words) == 2 && womens[words[0]] {
		return false // "mrs harcourt": a surname, with her title
	}
	for len(words) > 1 && suffixes[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	return surnameOf(key) != strings.Join(words, " ")
}

// registry is every person an index holds, by key, to resolve keys with.
type registry struct {
	// names are the names each key is written as, and in how many
	// articles.
	names map[string]map[string]int
	// full are the full-name keys by surname.
	full map[string][]string
	// byWord are the keys whose resolved key has a word, in order, for
	// speakerQuery; made once all names are added.
	byWord     map[string][]string
	byWordOnce sync.Once
}

func newRegistry() *registry {
	return &registry{names: map[string]map[string]int{}, full: map[string][]string{}}
}

// add records that n articles name a person name.
func (r *registry) add(name string, n int) {
	k := nameKey(name)
	if k == "" {
		return
	}
	if r.names[k] == nil {
		r.names[k] = map[string]int{}
		// A wife by her husband's name is not the one "Dashwood" stands
		// for: that surname is his, and their family's.
		if isFullName(k) && !strings.HasPrefix(k, "mrs ") {
			s := surnameOf(k)
			r.full[s] = append(r.full[s], k)
		}
	}
	r.names[k][name] += n
}

// resolve returns the key of the person key stands for: the one full name
// with its surname if key is a bare surname and there is one, else key.
func (r *registry) resolve(key string) string {
	if isFullName(key) {
		return key
	}
	if f := r.full[surnameOf(key)]; len(f) == 1 {
		return f[0]
	}
	return key
}

// name is how a resolved key is shown: the name articles give it most;
// of two as common, the one of fewer words (without a title or initial),
// then the longer ("Erdoğan" over "Erdogan"); fallback if no article names
// it.
func (r *registry) name(key, fallback string) string {
	best, bestN := "", 0
	for n, c := range r.names[key] {
		better := c > bestN
		if c == bestN {
			better = cmp.Or(cmp.Compare(len(strings.Fields(best)), len(strings.Fields(n))),
				cmp.Compare(len(n), len(best)), cmp.Compare(best, n)) > 0
		}
		if better {
			best, bestN = n, c
		}
	}
	if best == "" {
		return fallback
	}
	return best
}

// keys returns every key the registry holds.
func (r *registry) keys() []string {
	out := make([]string, 0, len(r.names))
	for k := range r.names {
		out = append(out, k)
	}
	return out
}

// containsWords reports whether have holds every word of want; both are
// keys, words separated by single spaces.
func containsWords(have, want string) bool {
	hw := strings.Fields(have)
	for _, w := range strings.Fields(want) {
		found := false
		for _, h := range hw {
			if h == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// words splits s into folded words as the words analyser does, for
// matching roles in Go: "Foreign Minister" → [foreign minister].
func words(s string) []string {
	return strings.FieldsFunc(foldCase(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// registry returns the people the index holds, loading them with one
// facet over the names of named people if Add or Remove changed them since
// last time.
func (ix *Index) registry(ctx context.Context) (*registry, error) {
	ix.regMu.Lock()
	if r := ix.reg; r != nil {
		ix.regMu.Unlock()
		return r, nil
	}
	gen := ix.regGen
	ix.regMu.Unlock()

	q := query.NewConjunctionQuery([]query.Query{term("type", typePerson), boolTerm("named", true)})
	req := bleve.NewSearchRequestOptions(q, 0, 0, false)
	req.AddFacet("name", bleve.NewFacetRequest("name", math.MaxInt32))
	res, err := ix.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("read people: %w", err)
	}
	r := newRegistry()
	if f := res.Facets["name"]; f != nil && f.Terms != nil {
		for _, t := range f.Terms.Terms() {
			r.add(t.Term, t.Count)
		}
	}
	ix.regMu.Lock()
	if ix.regGen == gen { // else an Add came in between: load again next time
		ix.reg = r
	}
	ix.regMu.Unlock()
	return r, nil
}

// forget drops the loaded registry, day counts and facet columns after
// articles were added or removed.
func (ix *Index) forget() {
	ix.regMu.Lock()
	ix.reg, ix.days = nil, nil
	ix.regGen++
	ix.regMu.Unlock()
	// An error here is from closing an old snapshot's files, which
	// loses nothing the index holds.
	_ = ix.dropColumns()
}

func boolTerm(field string, v bool) *query.BoolFieldQuery {
	q := query.NewBoolFieldQuery(v)
	q.SetField(field)
	return q
}

// fill sets q.Person, which Add left as the speaker's name in the article
// if the speaker is a person, to the name of the person that is.
func (r *registry) fill(q *Quote) {
	if q.Person == "" {
		return
	}
	if k := nameKey(q.Person); k != "" {
		q.Person = r.name(r.resolve(k), q.Person)
	}
}

// speakerQuery selects the quotes of every speaker name could mean: the
// persons whose key, resolved, has every word of name's key, and the other
// named or unnamed speakers whose name as written has every word of name.
// It is made of terms only, none of them negated, so that bleve can search
// it unscored as one bitmap of documents. A name without words selects
// nothing.
func (r *registry) speakerQuery(name string) query.Query {
	persons, other := r.speakerParts(name)
	if len(persons) == 0 {
		return other
	}
	qs := make([]query.Query, 0, len(persons)+1)
	for _, k := range persons {
		qs = append(qs, term(fieldWho, k))
	}
	return query.NewDisjunctionQuery(append(qs, other))
}

// speakerParts are the two halves of speakerQuery: the fieldWho terms of
// the persons name could mean, and the query for other speakers. A quote
// has one fieldWho term, so the persons' quotes are as many as their
// terms' postings together.
func (r *registry) speakerParts(name string) (persons []string, other query.Query) {
	if want := nameKey(name); want != "" {
		r.byWordOnce.Do(func() {
			keys := r.keys()
			slices.Sort(keys)
			r.byWord = map[string][]string{}
			for _, k := range keys {
				ws := strings.Fields(r.resolve(k))
				slices.Sort(ws)
				for _, w := range slices.Compact(ws) {
					r.byWord[w] = append(r.byWord[w], k)
				}
			}
		})
		// The keys of one word of want, the rarest, that have the rest.
		var keys []string
		for i, w := range strings.Fields(want) {
			if ks := r.byWord[w]; i == 0 || len(ks) < len(keys) {
				keys = ks
			}
		}
		for _, k := range keys {
			if containsWords(r.resolve(k), want) {
				persons = append(persons, whoPerson+k)
			}
		}
	}
	// Not a person: anonymous, or another named speaker (an unattributed
	// quote has no speaker's words). Each is intersected with the words
	// apart, as the union of the two types is most of the index.
	words := allWords(fieldSpeakerWords, name)
	other = query.NewDisjunctionQuery([]query.Query{
		query.NewConjunctionQuery([]query.Query{words, term(fieldSpeakerType, speakerAnonymous)}),
		query.NewConjunctionQuery([]query.Query{words, term(fieldSpeakerType, speakerOther)}),
	})
	return persons, other
}
