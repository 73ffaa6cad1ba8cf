package roles

import (
	"cmp"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/news"
)

// cluster groups the name and description mentions of doc into
// doc.People, setting each mention's Person.
func cluster(doc *news.Document, apposed map[int]int) {
	doc.People = doc.People[:0]
	c := newClusterer(doc)
	// Full names first, so that a short name can find the full one even
	// when the short one comes first (a headline's "Putin").
	for i, m := range doc.Mentions {
		if m.Kind == news.Name && len(nameWords(doc, m)) > 1 {
			c.addFullName(i)
		}
	}
	for i, m := range doc.Mentions {
		switch {
		case m.Kind == news.Name && len(nameWords(doc, m)) == 1:
			c.addShortName(i)
		case m.Kind == news.Description:
			if n, ok := apposed[i]; !ok {
				c.addDescription(i)
			} else if p := doc.Mentions[n].Person; p >= 0 {
				// The name's person is known already (a full name): the
				// description joins it now, so that a later "the vicar's
				// sister" finds "the vicar's sister, Miss Eleanor Crane".
				c.join(p, i)
				c.describe(p, i)
				delete(apposed, i)
			}
		case m.Kind == news.Organisation:
			c.addOrganisation(i)
		}
	}
	// A description set beside a name is that person.
	for _, d := range slices.Sorted(maps.Keys(apposed)) {
		n := apposed[d]
		if p := doc.Mentions[n].Person; p >= 0 {
			c.join(p, d)
			c.doc.People[p].Mentions = sortedInts(c.doc.People[p].Mentions)
		} else {
			c.addDescription(d)
		}
	}
	c.finish()
}

type clusterer struct {
	doc   *news.Document
	words [][]string // per person: the lower-case words of its names
	heads []string   // per unnamed person: the head noun of its description
	// Indexes, so that no mention looks at every person: named people by
	// a word of their names, unnamed ones by head noun, bodies by name.
	byWord map[string][]int
	byHead map[string][]int
	byOrg  map[string]int
	// Per person, what its mentions so far say of its gender, and its
	// latest mention; fullAt holds, in text order, the mentions of full
	// names (joined first, ahead of the text's order).
	male, female []bool
	// stressedMale and stressedFemale hold what a reflexive after a name
	// says ("Humpty Dumpty himself"): taken only where nothing else tells,
	// for a bare surname may have joined a namesake of the other sex.
	stressedMale, stressedFemale []bool
	latest                       []int
	fullAt                       [][]int
	ends                         [][]string // per person: the last words of its full names, lower case, once each
	// roleHeads lists, per role head noun, the name mentions whose role
	// ends in it, in text order: "the mayor" looks only there.
	roleHeads map[string][]int
	// wife marks the people named by a husband's name ("Mrs. John
	// Dashwood"); wives finds them by that name, in lower case.
	wife  []bool
	wives map[string]int
	// missGiven holds the given names the text writes after "Miss"
	// alone ("Miss Jemima"), in lower case: a younger sister's form.
	missGiven map[string]bool
}

func newClusterer(doc *news.Document) *clusterer {
	c := &clusterer{doc: doc, byWord: map[string][]int{}, byHead: map[string][]int{},
		byOrg: map[string]int{}, roleHeads: map[string][]int{}, wives: map[string]int{}, missGiven: map[string]bool{}}
	for i, m := range doc.Mentions {
		if m.Kind == news.Name && !m.Role.Empty() {
			// "Republican Donald Trump" does not make every "the Wisconsin
			// Republican" Trump: a party is no office.
			if h := lexicon.RoleWord(roleHead(lower(strings.Fields(m.Role.In(doc.Text))))); !lexicon.PartyMember(h) {
				c.roleHeads[h] = append(c.roleHeads[h], i)
			}
			if ws := nameWords(doc, m); len(ws) == 1 && strings.EqualFold(m.Role.In(doc.Text), "miss") {
				if known, _, _ := lexicon.GivenName(ws[0]); known {
					c.missGiven[strings.ToLower(ws[0])] = true
				}
			}
		}
	}
	return c
}

// youngerSister reports whether person p, a woman the text calls "Miss"
// and her given name ("Miss Jemima"), cannot be the "Miss" and surname w
// of mention m: by the manners of the novels that write so, "Miss
// Pinkerton" is the eldest unmarried sister, and a younger one is "Miss
// Jemima".
func (c *clusterer) youngerSister(p int, m news.Mention, w string) bool {
	if !strings.EqualFold(m.Role.In(c.doc.Text), "miss") || len(c.missGiven) == 0 || !c.endsName(p, w) {
		return false
	}
	for _, given := range c.words[p] {
		if c.missGiven[given] && !c.endsName(p, given) {
			return true
		}
	}
	return false
}

func (c *clusterer) newPerson(i int, named bool) int { return c.newPersonAs(i, named, false) }

// newPersonAs makes a person of mention i; a wife is one named by her
// husband's name (see wifeName).
func (c *clusterer) newPersonAs(i int, named, wife bool) int {
	c.doc.People = append(c.doc.People, news.Person{Named: named})
	c.words = append(c.words, nil)
	c.heads = append(c.heads, "")
	c.male = append(c.male, false)
	c.female = append(c.female, false)
	c.stressedMale = append(c.stressedMale, false)
	c.stressedFemale = append(c.stressedFemale, false)
	c.latest = append(c.latest, -1)
	c.fullAt = append(c.fullAt, nil)
	c.ends = append(c.ends, nil)
	c.wife = append(c.wife, wife)
	return c.join(len(c.doc.People)-1, i)
}

func (c *clusterer) join(p, i int) int {
	m := &c.doc.Mentions[i]
	m.Person = p
	c.doc.People[p].Mentions = append(c.doc.People[p].Mentions, i)
	if m.Kind == news.Name {
		ws := nameWords(c.doc, *m)
		if c.wife[p] {
			ws = ws[len(ws)-1:] // her husband's given name is not hers
		}
		for _, w := range ws {
			lw := strings.ToLower(w)
			if !containsWord(c.words[p], lw) {
				c.words[p] = append(c.words[p], lw)
				c.byWord[lw] = append(c.byWord[lw], p)
			}
		}
		if len(ws) > 1 || c.wife[p] {
			c.fullAt[p] = append(c.fullAt[p], i)
			if last := strings.ToLower(lastWord(nameWords(c.doc, *m))); !containsWord(c.ends[p], last) {
				c.ends[p] = append(c.ends[p], last)
			}
		}
		if len(ws) > 1 {
			_, mm, ff := lexicon.GivenName(ws[0])
			c.male[p], c.female[p] = c.male[p] || mm, c.female[p] || ff
		}
		if m.Role.Empty() {
			mm, ff := relationGender(c.doc, *m)
			c.male[p], c.female[p] = c.male[p] || mm, c.female[p] || ff
		}
		mm, ff := reflexiveGender(c.doc, *m)
		c.stressedMale[p], c.stressedFemale[p] = c.stressedMale[p] || mm, c.stressedFemale[p] || ff
	}
	if m.Kind == news.Description {
		for _, w := range strings.Fields(m.In(c.doc.Text)) {
			mm, ff := lexicon.WordGender(w)
			c.male[p], c.female[p] = c.male[p] || mm, c.female[p] || ff
		}
	}
	mm, ff := roleGender(c.doc, m.Role)
	c.male[p], c.female[p] = c.male[p] || mm, c.female[p] || ff
	c.latest[p] = max(c.latest[p], i)
	return p
}

// reflexiveGender is the gender a reflexive right after name mention m
// stresses: "it was Humpty Dumpty himself".
func reflexiveGender(doc *news.Document, m news.Mention) (male, female bool) {
	rest := doc.Text[m.End:min(len(doc.Text), m.End+9)]
	if len(rest) == 9 && unicode.IsLetter(rune(rest[8])) {
		return false, false // a longer word
	}
	switch {
	case strings.HasPrefix(rest, " himself"):
		return true, false
	case strings.HasPrefix(rest, " herself"):
		return false, true
	}
	return false, false
}

// relationGender is the gender of the relation that a possessive sets
// right before name mention m, which is no role of theirs but tells
// whether they are a man or a woman: "His granddaughter Wren", "her
// husband Bill".
func relationGender(doc *news.Document, m news.Mention) (male, female bool) {
	// The two words before the name, found without splitting: this runs
	// for every name.
	text := doc.Text[max(0, m.Start-40):m.Start]
	if !strings.HasSuffix(text, " ") {
		return false, false
	}
	text = strings.TrimRight(text, " ")
	i := strings.LastIndexAny(text, " \n")
	if i < 0 || text[i] == '\n' {
		return false, false
	}
	rel := text[i+1:]
	if !isLower(rel) {
		return false, false
	}
	owner := strings.TrimRight(text[:i], " ")
	if j := strings.LastIndexAny(owner, " \n"); j >= 0 {
		owner = owner[j+1:]
	}
	if lexicon.In(possessive, owner) || strings.HasSuffix(owner, "'s") || strings.HasSuffix(owner, "’s") {
		return lexicon.WordGender(rel)
	}
	return false, false
}

// addFullName joins a name of two words or more to the person whose name
// it repeats or extends ("Donald J. Trump" and "Donald Trump": the same
// first and last words), or makes a new person.
func (c *clusterer) addFullName(i int) {
	ws := lower(nameWords(c.doc, c.doc.Mentions[i]))
	if wifeName(c.doc, c.doc.Mentions[i]) {
		// "Mrs. John Dashwood": a woman by her husband's name, neither
		// him nor the other Mrs. Dashwood of the story.
		key := strings.Join(ws, " ")
		if p, ok := c.wives[key]; ok {
			c.join(p, i)
			return
		}
		c.wives[key] = c.newPersonAs(i, true, true)
		c.wives["mrs. "+ws[0]] = c.wives[key] // "Mrs. Joe" is Mrs. Joe Gargery
		return
	}
	first, last := ws[0], lastWord(ws)
	for _, p := range c.byWord[first] {
		if c.doc.People[p].Named && len(c.words[p]) >= 2 && containsWord(c.words[p], last) {
			c.join(p, i)
			return
		}
	}
	c.newPerson(i, true)
}

// addShortName joins a one-word name to a person one of whose names holds
// that word: the surname ("Lavrov") or, for names written surname first,
// the first word ("Kim" of "Kim Jong Un"). Of several such people the one
// spoken of most recently wins, so two people sharing a surname are kept
// apart by who the text was just about; an honorific's gender ("Mrs.
// Clinton") rules out the others.
func (c *clusterer) addShortName(i int) {
	m := c.doc.Mentions[i]
	w := strings.ToLower(nameWords(c.doc, m)[0])
	if p, ok := c.wives["mrs. "+w]; ok && wifeTitle(c.doc, m) != "" {
		c.join(p, i)
		return
	}
	male, female := roleGender(c.doc, m.Role)
	best, bestAt, bestLast := -1, -1, false
	for _, p := range c.byWord[w] {
		if !c.doc.People[p].Named || c.doc.People[p].Organisation || c.wife[p] {
			continue
		}
		g := c.gender(p)
		if male && g == news.Female || female && g == news.Male {
			continue
		}
		if c.youngerSister(p, m, w) {
			continue // "Miss Pinkerton" is not "Miss Jemima" Pinkerton
		}
		if c.otherBearerFirst(p, i, w, g) {
			continue // "President Obama … Mr. Obama … the first lady, Michelle Obama"
		}
		// A surname is the last word of a name; a name that holds it
		// first ("Kim Jong Un") is its owner only when none holds it
		// last: "Canova" is Tim Canova, not the "Canova T-Shirt" someone
		// wore since.
		last := c.endsName(p, w)
		at := c.recentBefore(p, i)
		if best < 0 || last && !bestLast || last == bestLast && at > bestAt {
			best, bestAt, bestLast = p, at, last
		}
	}
	// "said Maria, a mother of three who asked that her last name not be
	// used": a given name the text introduces, by an age or an
	// indefinite description set beside it, is someone new, not the
	// Maria Zakharova named before.
	if best >= 0 && !bestLast && c.introduced(i) {
		best = -1
	}
	if best >= 0 {
		c.join(best, i)
		return
	}
	if p := c.petNameOf(i, w); p >= 0 {
		c.join(p, i)
		return
	}
	if p := c.describedAs(i); p >= 0 {
		c.doc.People[p].Named = true
		c.join(p, i)
		return
	}
	p := c.newPerson(i, true)
	// A given name alone tells its gender, as a full name's first word
	// does: "Edmund laughed. … She turned the letters over." is not him.
	// (Not after a preposition: "25 miles south of Florence" is a town.)
	if known, male, female := lexicon.GivenName(w); known && m.Role.Empty() && !c.afterPreposition(i) {
		c.male[p], c.female[p] = c.male[p] || male, c.female[p] || female
	}
}

// otherBearerFirst reports whether the short name w at mention i comes
// before person p's first full name, and between the two the text
// calls someone w under a role of the other gender: in "President Obama
// … Mr. Obama … the first lady, Michelle Obama", the text spoke of a
// man named Obama before it introduced Michelle, so the "President
// Obama" before her is not her. A short name after the full name, or
// one with nothing between to say otherwise (a headline's "Clinton"
// before "Hillary Clinton"), still joins it.
func (c *clusterer) otherBearerFirst(p, i int, w string, g news.Gender) bool {
	full := c.fullAt[p]
	if g == news.Unknown || len(full) == 0 || full[0] < i {
		return false
	}
	for k := i + 1; k < full[0]; k++ {
		m := c.doc.Mentions[k]
		if m.Kind != news.Name || m.Role.Empty() {
			continue
		}
		if ws := nameWords(c.doc, m); len(ws) != 1 || !strings.EqualFold(ws[0], w) {
			continue
		}
		if male, female := roleGender(c.doc, m.Role); male && g == news.Female || female && g == news.Male {
			return true
		}
	}
	return false
}

// introduced reports whether mention i is followed by a comma and an
// age or an indefinite description: "Maria, 34,", "Maria, a mother of
// three".
func (c *clusterer) introduced(i int) bool {
	rest, ok := strings.CutPrefix(c.doc.Text[c.doc.Mentions[i].End:], ", ")
	if !ok {
		return false
	}
	word, _, _ := strings.Cut(rest, " ")
	word = strings.TrimRight(word, ",")
	if word == "a" || word == "an" {
		return true
	}
	age, err := strconv.Atoi(word)
	return err == nil && age > 0 && age < 120
}

// endsName reports whether one of person p's full names ends in the
// lower-case word w.
func (c *clusterer) endsName(p int, w string) bool {
	return containsWord(c.ends[p], w)
}

// recentBefore is person p's most recent mention before mention i; if it
// has none before i, a negative number that ranks a person named sooner
// after i above one named later.
func (c *clusterer) recentBefore(p, i int) int {
	at := -1
	if c.latest[p] < i {
		at = c.latest[p]
	}
	full := c.fullAt[p]
	if k := sort.SearchInts(full, i) - 1; k >= 0 && full[k] > at {
		at = full[k]
	}
	for _, mi := range c.doc.People[p].Mentions {
		if at >= 0 {
			break
		}
		if mi < i {
			at = max(at, mi)
		}
	}
	if at < 0 && len(full) > 0 {
		return -1 - full[0]
	}
	if at < 0 {
		return -1 - c.doc.People[p].Mentions[0]
	}
	return at
}

// storyTitles are the titles by which a story describes someone it names
// later: "the doctor … Dr. Hale", "the captain … Captain Fenn".
var storyTitles = map[string]bool{"doctor": true, "captain": true, "colonel": true, "major": true,
	"lieutenant": true, "sergeant": true, "admiral": true, "professor": true, "reverend": true,
	"inspector": true, "constable": true}

// afterPreposition reports whether mention i follows a preposition of
// place: "of", "in", "at", "to", "from", "near".
func (c *clusterer) afterPreposition(i int) bool {
	f := strings.Fields(c.doc.Text[max(0, c.doc.Mentions[i].Start-8):c.doc.Mentions[i].Start])
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "of", "in", "at", "to", "from", "near":
		return true
	}
	return false
}

// petNameOf finds the one named person whose first name a pet name w is
// a form of ("Lizzy" for Elizabeth Ashby), or -1.
func (c *clusterer) petNameOf(i int, w string) int {
	found := -1
	for _, full := range lexicon.FullNames(w) {
		for _, p := range c.byWord[full] {
			per := c.doc.People[p]
			if !per.Named || per.Organisation || len(c.words[p]) < 2 || c.words[p][0] != full || p == found {
				continue
			}
			if found >= 0 {
				return -1
			}
			found = p
		}
	}
	return found
}

// describedAs finds the one unnamed person that name mention i's title
// describes — "Dr. Hale" after "the new doctor" — or -1: a story may
// describe someone first and name them later. With two or more such
// people, which one the name is is not known.
func (c *clusterer) describedAs(i int) int {
	m := c.doc.Mentions[i]
	if m.Role.Empty() {
		return -1
	}
	head := lexicon.RoleWord(roleHead(lower(strings.Fields(m.Role.In(c.doc.Text)))))
	if !storyTitles[head] {
		return -1 // "the judge … Judge Lamberth", "the vice president … President Obama": news has too many of each
	}
	found := -1
	for h, ps := range c.byHead {
		if lexicon.RoleWord(h) != head {
			continue
		}
		for _, p := range ps {
			if c.doc.People[p].Named || c.doc.People[p].Mentions[0] > i || p == found {
				continue
			}
			if found >= 0 {
				return -1
			}
			found = p
		}
	}
	return found
}

// addOrganisation joins an organisation's name to the body of the same
// name, or makes one: bodies speak too ("the White House said").
func (c *clusterer) addOrganisation(i int) {
	name := strings.ToLower(c.doc.Mentions[i].In(c.doc.Text))
	if p, ok := c.byOrg[name]; ok {
		c.join(p, i)
		return
	}
	p := c.newPerson(i, true)
	c.doc.People[p].Organisation = true
	c.words[p] = []string{name}
	c.byOrg[name] = p
}

// addDescription makes an unnamed person of an indefinite description ("a
// North Korean official") and joins a definite one ("the official", "the
// Russian representative") to the last described person with the same
// head noun whose words hold its modifiers, or to the last named person
// whose role has that noun ("the minister" for a Foreign Minister). A
// description repeated word for word ("city officials") is the same
// people.
func (c *clusterer) addDescription(i int) {
	m := c.doc.Mentions[i]
	det, mods, head := descriptionParts(c.doc, m)
	text := strings.ToLower(descriptionText(c.doc, m))
	named, namedAt := -1, -1
	if definite[det] {
		named, namedAt = c.titled(i, mods, head)
	}
	// A bare description with its qualifier, as a headline writes one
	// ("Saudi prince mocks Trump"), is the one the text then names with
	// that very title ("Saudi Prince Alwaleed Bin Talal").
	if det == "" && len(mods) > 0 {
		if p := c.titledAfter(i, head, strings.Fields(text)); p >= 0 {
			c.join(p, i)
			return
		}
	}
	// News opens on a description and names it after: "a federal judge
	// in Texas ruled …" / "U.S. District Judge Gray Miller ruled …".
	if det == "a" || det == "an" {
		if p := c.namedSoonAfter(i, head, mods); p >= 0 {
			c.join(p, i)
			return
		}
	}
	cands := c.byHead[head]
	if definite[det] || det == "" {
		for k := len(cands) - 1; k >= 0 && k >= len(cands)-maxCandidates; k-- {
			p := cands[k]
			if c.doc.People[p].Mentions[0] > i {
				continue
			}
			if definite[det] && c.holds(p, mods) || strings.Join(c.words[p], " ") == text {
				if named >= 0 && namedAt > c.latest[p] && c.onlyOwner(p) {
					// "the vicar's sister … The Reverend Robert Crane …
					// said the vicar": one only named as an owner is not
					// yet in the story; the one titled since is.
					break
				}
				c.join(p, i)
				return
			}
		}
	}
	if named >= 0 {
		c.join(named, i)
		return
	}
	if det == "the" && len(mods) == 0 {
		if p := c.bodyNamedBy(i, head); p >= 0 {
			c.join(p, i) // "Skyway Airlines … the airline said"
			return
		}
	}
	if det == "the" {
		if p := c.namedFor(i, mods, head); p >= 0 {
			c.join(p, i)
			return
		}
	}
	p := c.newPerson(i, false)
	c.heads[p] = head
	c.describe(p, i)
}

// bodyNamedBy is the organisation mentioned last before description i
// whose name ends in its head noun ("Skyway Airlines" for "the airline",
// "Harvard University" for "the university") or opens with it before an
// "of" ("Ministry of Health" for "the ministry"), or -1.
func (c *clusterer) bodyNamedBy(i int, head string) int {
	best, bestAt := -1, -1
	for name, p := range c.byOrg {
		last := name[strings.LastIndexByte(name, ' ')+1:] // no copy: this runs per body
		if last != head && last != head+"s" && !strings.HasPrefix(name, head+" of ") {
			continue
		}
		if at := c.recentBefore(p, i); at > bestAt {
			best, bestAt = p, at
		}
	}
	return best
}

// describe indexes person p under the head noun of description i and
// adds its words to p's, so that a later definite description with that
// head and those words finds p.
func (c *clusterer) describe(p, i int) {
	_, _, head := descriptionParts(c.doc, c.doc.Mentions[i])
	c.byHead[head] = append(c.byHead[head], p)
	for _, w := range strings.Fields(strings.ToLower(descriptionText(c.doc, c.doc.Mentions[i]))) {
		c.words[p] = append(c.words[p], strings.Trim(w, ",.’'"))
	}
	// "a Republican from Texas" is later "the Texas Republican".
	m := c.doc.Mentions[i]
	c.words[p] = append(c.words[p], placesAfter(placeWindow(c.doc, m), head)...)
}

// onlyOwner reports whether every mention of person p owns what follows
// it: "the vicar's sister".
func (c *clusterer) onlyOwner(p int) bool {
	for _, mi := range c.doc.People[p].Mentions {
		rest := strings.TrimLeft(c.doc.Text[c.doc.Mentions[mi].End:], " ")
		if !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s") {
			return false
		}
	}
	return true
}

// namedSoonAfter is the person a lede's indefinite description (in the
// first paragraphs) turns out to be: the first named, in the next two
// paragraphs, with a title of the description's head noun and no rank the
// description lacks ("a judge" is not "Deputy Judge …"); or -1.
func (c *clusterer) namedSoonAfter(i int, head string, mods []string) int {
	para := func(mi int) int { return c.doc.Sentences[c.doc.Mentions[mi].Sentence].Paragraph }
	at := para(i)
	if at > ledeParagraphs {
		return -1
	}
	rs := c.roleHeads[lexicon.RoleWord(head)]
	from := sort.SearchInts(rs, i+1)
	if from >= len(rs) || para(rs[from]) > at+2 {
		return -1
	}
	mi := rs[from]
	roleWords := lower(strings.Fields(c.doc.Mentions[mi].Role.In(c.doc.Text)))
	if p := c.doc.Mentions[mi].Person; p >= 0 && !lacksRank(mods, roleWords) && !lacksRank(roleWords, mods) {
		return p
	}
	return -1
}

// ledeParagraphs is the last paragraph (from 0, the headline) where a
// description may open the story before its person is named.
const ledeParagraphs = 2

// titledAfter finds the first person named after description i whose
// title holds every one of the description's words, or -1.
func (c *clusterer) titledAfter(i int, head string, words []string) int {
	rs := c.roleHeads[lexicon.RoleWord(head)]
	from := sort.SearchInts(rs, i+1)
	for k := from; k < len(rs) && k < from+maxCandidates; k++ {
		mi := rs[k]
		p := c.doc.Mentions[mi].Person
		if p >= 0 && allIn(words, lower(strings.Fields(c.doc.Mentions[mi].Role.In(c.doc.Text)))) {
			return p
		}
	}
	return -1
}

// lacksRank reports whether a description's modifiers hold a rank
// ("vice", "deputy", "former") that a title does not.
func lacksRank(mods, roleWords []string) bool {
	for _, m := range mods {
		if rankWords[m] && !containsWord(roleWords, m) {
			return true
		}
	}
	return false
}

// rankWords change which office a title is.
var rankWords = map[string]bool{"vice": true, "deputy": true, "assistant": true, "associate": true,
	"former": true, "acting": true, "interim": true, "lieutenant": true}

// officeWords are the modifiers of a description that name an office:
// capitalised in it, as a place or a body is ("the Florida senator"), or
// a portfolio ("the health minister"); "the two-term president" has none.
func officeWords(mods []string, description string) []string {
	capitalised := map[string]bool{}
	for _, w := range strings.Fields(description) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			capitalised[strings.ToLower(w)] = true
		}
	}
	var out []string
	for _, m := range mods {
		if capitalised[m] || portfolios[m] {
			out = append(out, m)
		}
	}
	return out
}

// placesAfter are the capitalised words of the "from" or "of" phrase
// right after a description's head, in lower case: "florida" of "the
// senator from Florida appeared". text runs from the description on.
func placesAfter(text, head string) []string {
	if !strings.Contains(text, " from ") && !strings.Contains(text, " of ") {
		return nil // most descriptions: no need to split the words
	}
	ws := strings.Fields(text)
	k := 0
	for k < len(ws) && !strings.EqualFold(strings.Trim(ws[k], ",.’'"), head) {
		k++
	}
	if k+2 >= len(ws) || ws[k+1] != "from" && ws[k+1] != "of" {
		return nil
	}
	var out []string
	for _, w := range ws[k+2:] {
		t := strings.Trim(w, ",.;:’'")
		if r, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(r) {
			break // capitalised, even a function word: "from New Mexico"
		}
		out = append(out, strings.ToLower(t))
		if t != w {
			break // a comma or a stop ends the phrase
		}
	}
	return out
}

// placeWindow is the text from mention m to a little past it, where a
// place's "from" or "of" phrase after it would be.
func placeWindow(doc *news.Document, m news.Mention) string {
	return doc.Text[m.Start:min(len(doc.Text), m.End+40)]
}

// taggedState is the state, in lower case, of the party tag that opens
// text ("(D-Mont.)", ", R-Fla.,", " (R-WI)"), or "".
func taggedState(text string) string {
	t := strings.TrimLeft(text, " ,(")
	if len(t) < 3 || !strings.ContainsRune("RDI", rune(t[0])) || t[1] != '-' {
		return ""
	}
	end := strings.IndexAny(t, "),")
	if end < 0 {
		return ""
	}
	return lexicon.StateOf(strings.TrimSpace(t[2:end]))
}

// otherOffice reports whether a description, with its modifiers and
// the office words among them, and a title each name what the other does
// not, so that they are two offices with one head noun: "the health
// minister" and "Civil Aviation Minister", "the Florida senator" and
// "Vermont Sen. Bernie Sanders".
func otherOffice(offices, mods, roleWords []string, head string) bool {
	own := false
	for _, m := range offices {
		if !containsWord(roleWords, m) {
			own = true
			break
		}
	}
	if !own {
		return false
	}
	for _, w := range roleWords {
		if lexicon.RoleWord(w) != lexicon.RoleWord(head) && !lexicon.Honorific(w) && !rankWords[w] && !containsWord(mods, w) {
			return true
		}
	}
	return false
}

// portfolios are the offices a minister, secretary or committee holds,
// written in lower case: "the health minister".
var portfolios = map[string]bool{"health": true, "defense": true, "defence": true, "finance": true, "foreign": true,
	"interior": true, "justice": true, "education": true, "transport": true, "transportation": true, "energy": true,
	"agriculture": true, "labor": true, "labour": true, "trade": true, "aviation": true, "environment": true,
	"home": true, "treasury": true, "commerce": true, "housing": true, "culture": true, "tourism": true}

// allIn reports whether every word of ws is among those of in.
func allIn(ws, in []string) bool {
	for _, w := range ws {
		if !containsWord(in, w) {
			return false
		}
	}
	return true
}

// titled finds the named person whose title has the head noun of
// definite description i, and the mention that gave the title. Of those
// named before it, one whose title says no more than the description
// does ("the mayor" is the Mayor, not the Deputy Mayor) wins; then the
// most recent. It returns -1, -1 when there is none.
func (c *clusterer) titled(i int, mods []string, head string) (int, int) {
	rs := c.roleHeads[lexicon.RoleWord(head)]
	end := sort.SearchInts(rs, i)
	offices := officeWords(mods, c.doc.Mentions[i].In(c.doc.Text))
	m := c.doc.Mentions[i]
	places := append(slices.Clip(offices), placesAfter(placeWindow(c.doc, m), head)...)
	best, bestAt, bestRank, bestExact := -1, -1, -1, false
	for k := end - 1; k >= 0 && k >= end-maxCandidates; k-- {
		mi := rs[k]
		p := c.doc.Mentions[mi].Person
		if p < 0 {
			continue
		}
		exact := true
		roleWords := lower(strings.Fields(c.doc.Mentions[mi].Role.In(c.doc.Text)))
		for _, w := range roleWords {
			if lexicon.RoleWord(w) != lexicon.RoleWord(head) && !containsWord(mods, w) && !lexicon.Honorific(w) {
				exact = false
			}
		}
		// "former UN Ambassador John Bolton" leaves "former" outside the
		// role: the word before it counts too.
		before := strings.Fields(c.doc.Text[max(0, c.doc.Mentions[mi].Role.Start-12):c.doc.Mentions[mi].Role.Start])
		ranks := roleWords
		if len(before) > 0 {
			ranks = append(lower(before[len(before)-1:]), roleWords...)
		}
		if lacksRank(mods, ranks) {
			continue // "the vice president" is not President Obama
		}
		if otherOffice(offices, mods, roleWords, head) {
			continue // "the local health minister" is not Civil Aviation Minister Puri
		}
		if !allIn(places, roleWords) && !c.writtenWith(p, places) && !c.holds(p, places) {
			continue // "the Florida senator" is not Sen. Bernie Sanders, titled with no state
		}
		// Of two senators, the one spoken of last: "Sen. Rubio … Sen.
		// Sanders … Rubio said … the senator added".
		at := max(mi, c.recentBefore(p, i))
		if exact && !bestExact || exact == bestExact && at > bestRank {
			best, bestAt, bestRank, bestExact = p, mi, at, exact
		}
	}
	return best, bestAt
}

// plainNouns name a person by sex and age alone, with their gender: "the
// old man", "the girl". Such a description, when no unnamed person has
// its head, is someone the story has named.
var plainNouns = map[string]news.Gender{
	"man": news.Male, "boy": news.Male, "lad": news.Male, "gentleman": news.Male, "fellow": news.Male,
	"woman": news.Female, "girl": news.Female, "lass": news.Female, "lady": news.Female,
}

// namedFor finds the named person that "the old man" (mention i, with
// its modifiers and head) stands for: of the named people of the head's
// gender mentioned before it, the most recent whose name is written with
// every modifier ("Old Jacob Penrose"). It returns -1 when none fits. A
// bare "the man" is left alone: in news it is as often someone
// unnamed ("a young child … asked the boy") as the last man named.
func (c *clusterer) namedFor(i int, mods []string, head string) int {
	g, ok := plainNouns[head]
	if !ok || len(mods) == 0 {
		return -1
	}
	best, bestAt := -1, -1
	for p := range c.doc.People {
		per := &c.doc.People[p]
		if !per.Named || per.Organisation || c.gender(p) != g {
			continue
		}
		at := c.recentBefore(p, i)
		if at <= bestAt {
			continue
		}
		if !c.writtenWith(p, mods) {
			continue
		}
		best, bestAt = p, at
	}
	return best
}

// writtenWith reports whether each word of mods stands right before one
// of person p's names or in its roles: "Old Jacob Penrose" is written
// with "old".
func (c *clusterer) writtenWith(p int, mods []string) bool {
	var near []string
	for _, mi := range c.doc.People[p].Mentions {
		m := c.doc.Mentions[mi]
		if m.Kind != news.Name {
			continue
		}
		if !m.Role.Empty() {
			near = append(near, lower(strings.Fields(m.Role.In(c.doc.Text)))...)
		}
		before := strings.Fields(c.doc.Text[max(0, m.Start-24):m.Start])
		if n := len(before); n > 0 && !strings.HasSuffix(c.doc.Text[:m.Start], "\n") {
			near = append(near, strings.ToLower(strings.Trim(before[n-1], ",.;:")))
		}
		// "Sen. Maria Lopez of Ohio": the place after the name.
		if ws := nameWords(c.doc, m); len(ws) > 0 {
			near = append(near, placesAfter(placeWindow(c.doc, m), ws[len(ws)-1])...)
		}
		// "Sen. Jon Tester (D-Mont.)": the state of a party tag.
		near = append(near, strings.Fields(taggedState(c.doc.Text[m.End:min(len(c.doc.Text), m.End+16)]))...)
	}
	for _, w := range mods {
		if !containsWord(near, w) {
			return false
		}
	}
	return true
}

// maxCandidates bounds how far back a description looks for the person
// it refers to: far enough for any article, not so far that a long one
// costs the square of its length.
const maxCandidates = 50

// holds reports whether every modifier appears among person p's words.
func (c *clusterer) holds(p int, mods []string) bool {
	for _, w := range mods {
		if !containsWord(c.words[p], w) {
			return false
		}
	}
	return true
}

// gender is what the mentions so far say of person p's gender.
func (c *clusterer) gender(p int) news.Gender {
	switch {
	case c.male[p] && !c.female[p]:
		return news.Male
	case c.female[p] && !c.male[p]:
		return news.Female
	}
	return news.Unknown
}

// finish fills in each person's name, aliases, roles and gender.
func (c *clusterer) finish() {
	doc := c.doc
	for p := range doc.People {
		per := &doc.People[p]
		var forms []string
		for _, mi := range per.Mentions {
			m := doc.Mentions[mi]
			var form string
			if m.Kind == news.Name {
				form = strings.Join(nameWords(doc, m), " ")
			} else {
				form = descriptionText(doc, m)
			}
			if !containsWord(forms, form) {
				forms = append(forms, form)
			}
			if r := roleText(doc, m.Role); r != "" && !containsFold(per.Roles, r) {
				per.Roles = append(per.Roles, r)
			}
		}
		if per.Organisation {
			per.Name = forms[0]
			continue
		}
		if per.Named && c.wife[p] {
			per.Name = canonical(keepNames(doc, per), true)
			for _, mi := range per.Mentions {
				if t := wifeTitle(doc, doc.Mentions[mi]); t != "" && doc.Mentions[mi].Kind == news.Name {
					per.Name = t + " " + per.Name
					break
				}
			}
		} else if per.Named {
			per.Name = canonical(keepNames(doc, per), true)
		} else {
			per.Name = canonical(forms, false)
		}
		for _, f := range forms {
			if f != per.Name {
				per.Aliases = append(per.Aliases, f)
			}
		}
		if per.Named && c.wife[p] {
			// A wife goes by her title and her husband's name, never by
			// his name or the surname alone, which are his and others'.
			per.Aliases = wifeAliases(doc, per)
		} else if per.Named {
			// What a named person is described as ("the minister") is said
			// by their mentions; aliases are their names.
			per.Aliases = keepNames(doc, per)
		}
		per.Gender = c.gender(p)
		if per.Gender == news.Unknown && c.stressedMale[p] != c.stressedFemale[p] {
			per.Gender = news.Female
			if c.stressedMale[p] {
				per.Gender = news.Male
			}
		}
		if !per.Named {
			per.Affiliation = affiliation(doc, doc.Mentions[per.Mentions[0]])
		}
	}
	c.titleNamesakes()
}

// wifeAliases lists the other names a wife goes by, each with its title:
// "Mrs. Joe" of Mrs. Joe Gargery.
func wifeAliases(doc *news.Document, per *news.Person) []string {
	return nameForms(doc, per, func(m news.Mention) string {
		if t := wifeTitle(doc, m); t != "" {
			return t + " " + strings.Join(nameWords(doc, m), " ")
		}
		return ""
	})
}

// nameForms lists, once each, the forms that form gives person per's
// name mentions, leaving out "" and the person's name.
func nameForms(doc *news.Document, per *news.Person, form func(news.Mention) string) []string {
	var out []string
	for _, mi := range per.Mentions {
		m := doc.Mentions[mi]
		if m.Kind != news.Name {
			continue
		}
		if f := form(m); f != "" && f != per.Name && !containsWord(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// wifeName reports whether name mention m is a married woman's by her
// husband's name: "Mrs. John Dashwood", a man's given name after "Mrs.".
func wifeName(doc *news.Document, m news.Mention) bool {
	if m.Role.Empty() || wifeTitle(doc, m) == "" {
		return false
	}
	ws := nameWords(doc, m)
	if len(ws) < 2 {
		return false
	}
	_, male, _ := lexicon.GivenName(ws[0])
	return male
}

// wifeTitle is the "Mrs." that ends name mention m's role, as written, or
// "".
func wifeTitle(doc *news.Document, m news.Mention) string {
	r := strings.Fields(m.Role.In(doc.Text))
	if len(r) == 0 {
		return ""
	}
	if t := r[len(r)-1]; strings.EqualFold(strings.TrimSuffix(t, "."), "mrs") {
		return t
	}
	return ""
}

// titleNamesakes keeps the honorific in the names of people the article
// names alike ("Mr. Harcourt" and "Mrs. Harcourt", both "Harcourt" by
// name), so that their quotes do not read as one person's.
func (c *clusterer) titleNamesakes() {
	doc := c.doc
	byName := map[string][]int{}
	for p, per := range doc.People {
		if per.Named && !per.Organisation {
			byName[per.Name] = append(byName[per.Name], p)
		}
	}
	for _, ps := range byName {
		if len(ps) < 2 {
			continue
		}
		for _, p := range ps {
			for _, mi := range doc.People[p].Mentions {
				r := doc.Mentions[mi].Role
				if w := strings.Fields(r.In(doc.Text)); len(w) == 1 && lexicon.Honorific(w[0]) {
					doc.People[p].Name = w[0] + " " + doc.People[p].Name
					break
				}
			}
		}
	}
}

// keepNames lists the other names a named person goes by.
func keepNames(doc *news.Document, per *news.Person) []string {
	out := nameForms(doc, per, func(m news.Mention) string { return strings.Join(nameWords(doc, m), " ") })
	// A full name given once is still searched for by its surname: when
	// the article never shortens it, the last word stands in.
	if ws := strings.Fields(per.Name); len(ws) > 1 && !hasShortForm(out) {
		out = append(out, lastWord(ws))
	}
	return out
}

func hasShortForm(forms []string) bool {
	for _, f := range forms {
		if len(strings.Fields(f)) == 1 {
			return true
		}
	}
	return false
}

// canonical picks a person's name: the form with the most words (the
// first such), since articles give the full name once and shorten it after.
func canonical(forms []string, named bool) string {
	best := ""
	for _, f := range forms {
		if len(strings.Fields(f)) > len(strings.Fields(best)) {
			best = f
		}
	}
	if !named && len(forms) > 0 {
		// An unnamed person is called what it was first described as.
		return forms[0]
	}
	return best
}

// roleText is a role without honorifics ("Mr." is no role) and with its
// first letter kept as written.
func roleText(doc *news.Document, r news.Span) string {
	if r.Empty() {
		return ""
	}
	var out []string
	for _, w := range strings.Fields(r.In(doc.Text)) {
		if !lexicon.Honorific(w) {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// roleGender is the gender a role's words imply ("Mrs.", "spokeswoman").
func roleGender(doc *news.Document, r news.Span) (male, female bool) {
	if r.Empty() {
		return false, false
	}
	for _, w := range strings.Fields(r.In(doc.Text)) {
		m, f := lexicon.WordGender(w)
		male, female = male || m, female || f
	}
	return male, female
}

// nameWords are the words of a name mention, without a possessive, and
// without a nickname in quotation marks ("John “Tig” Tiegen" is John
// Tiegen).
func nameWords(doc *news.Document, m news.Mention) []string {
	text := m.In(doc.Text)
	words := strings.Fields(text)
	if !strings.ContainsAny(text, "“‘\"") {
		return words // most names: no copy
	}
	out := words[:0:0]
	nick := false
	for _, w := range words {
		opens := strings.HasPrefix(w, "“") || strings.HasPrefix(w, "‘") || strings.HasPrefix(w, "\"")
		if opens && len(out) > 0 {
			nick = true
		}
		if !nick {
			out = append(out, w)
		}
		if nick && (strings.HasSuffix(w, "”") || strings.HasSuffix(w, "’") || strings.HasSuffix(w, "\"")) {
			nick = false
		}
	}
	if len(out) == 0 {
		return words
	}
	return out
}

// descriptionParts splits a description into its determiner, the words
// that qualify its head, and the head noun (singular, lower case).
func descriptionParts(doc *news.Document, m news.Mention) (det string, mods []string, head string) {
	ws := strings.Fields(strings.ToLower(m.In(doc.Text)))
	if len(ws) > 0 && (definite[ws[0]] || indefinite[ws[0]]) {
		det, ws = ws[0], ws[1:]
	}
	// The head is the last role noun before an "of", "for" or "from"
	// phrase, or failing one ("the statement"), the last word there.
	last := -1
	for i, w := range ws {
		w = strings.Trim(w, ",.’'")
		if w == "of" || w == "for" || w == "from" {
			break
		}
		last = i
		if lexicon.RoleNoun(w) {
			head = w
			mods = ws[:i]
		}
	}
	if head == "" && last >= 0 {
		head, mods = strings.Trim(ws[last], ",.’'"), ws[:last]
	}
	return det, mods, head
}

// descriptionText is a description without its determiner: "North Korean
// official" for "a North Korean official".
func descriptionText(doc *news.Document, m news.Mention) string {
	ws := strings.Fields(m.In(doc.Text))
	if len(ws) > 1 {
		l := strings.ToLower(ws[0])
		if definite[l] || indefinite[l] {
			ws = ws[1:]
		}
	}
	return strings.Join(ws, " ")
}

// affiliation is what an unnamed person's description says they belong
// to: its capitalised qualifiers or the object of its "of" phrase.
func affiliation(doc *news.Document, m news.Mention) string {
	text := descriptionText(doc, m)
	if i := strings.Index(text, " of "); i >= 0 {
		return strings.TrimSpace(text[i+len(" of "):])
	}
	if i := strings.Index(text, " for "); i >= 0 {
		return strings.TrimSpace(text[i+len(" for "):])
	}
	if i := strings.Index(text, " from "); i >= 0 {
		return strings.TrimSpace(text[i+len(" from "):])
	}
	var caps []string
	for _, w := range strings.Fields(text) {
		if r := []rune(w)[0]; unicode.IsUpper(r) {
			caps = append(caps, w)
		}
	}
	// "the Vice President", "Residents": a title or a role in capitals
	// is what its holder is, not what they belong to.
	for len(caps) > 0 && (lexicon.RoleNoun(caps[len(caps)-1]) || lexicon.TitleModifier(caps[len(caps)-1])) {
		caps = caps[:len(caps)-1]
	}
	return strings.Join(caps, " ")
}

// roleHead is the noun a role is about: its last word before an "of" or
// "for" phrase ("minister" of "Foreign Minister", "president" of
// "president of the union").
func roleHead(words []string) string {
	head := ""
	for _, w := range words {
		if w == "of" || w == "for" || w == "from" {
			break
		}
		head = w
	}
	return head
}

func sortedInts(xs []int) []int {
	slices.Sort(xs)
	return xs
}

func lower(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(w)
	}
	return out
}

func lastWord(ws []string) string {
	// A generational suffix is not the surname: "Martin Luther King Jr."
	for i := len(ws) - 1; i > 0; i-- {
		if !lexicon.NameSuffix(ws[i]) {
			return ws[i]
		}
	}
	return ws[0]
}

func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

func containsFold(ws []string, w string) bool {
	for _, x := range ws {
		if strings.EqualFold(x, w) {
			return true
		}
	}
	return false
}

// NameOutsideQuotes gives each named person the fullest name the writer
// gives them, where the fullest of all is only ever written inside
// quotation marks: a speaker's epithet ("Did Crooked Hillary Clinton
// help …", "Lyin' Ted Cruz") is someone's words, not the person's name.
// It runs once doc.Quotes are found, and only drops words the writer's
// own full name does not have: a name written in full only inside a
// quote ("“I met Hillary Clinton”", then "Clinton") stays.
func NameOutsideQuotes(doc *news.Document) {
	marks := quoteSpans(doc)
	for p := range doc.People {
		per := &doc.People[p]
		if !per.Named || per.Organisation {
			continue
		}
		var inside, outside []string
		for _, mi := range per.Mentions {
			m := doc.Mentions[mi]
			if m.Kind != news.Name {
				continue
			}
			f := strings.Join(nameWords(doc, m), " ")
			if inMarks(marks, m.Span) {
				inside = append(inside, f)
			} else {
				outside = append(outside, f)
			}
		}
		if !containsWord(inside, per.Name) || containsWord(outside, per.Name) {
			continue
		}
		if q := namesakeAfterEpithet(doc, p); q >= 0 {
			// "Crooked Hillary Clinton" and her "Clinton" were clustered
			// apart from the writer's Hillary Clinton: one person.
			for _, mi := range per.Mentions {
				doc.Mentions[mi].Person = q
			}
			doc.People[q].Mentions = append(doc.People[q].Mentions, per.Mentions...)
			slices.Sort(doc.People[q].Mentions)
			for _, r := range per.Roles {
				if !containsFold(doc.People[q].Roles, r) {
					doc.People[q].Roles = append(doc.People[q].Roles, r)
				}
			}
			per.Mentions, per.Roles, per.Aliases = nil, nil, nil
			continue
		}
		best := canonical(outside, true)
		if len(strings.Fields(best)) < 2 || !strings.HasSuffix(per.Name, " "+best) {
			continue // only an epithet before the writer's full name goes
		}
		old := per.Name
		per.Name = best
		var aliases []string
		for _, a := range per.Aliases {
			if a != best && a != old {
				aliases = append(aliases, a)
			}
		}
		per.Aliases = aliases
	}
}

// namesakeAfterEpithet finds the other named person whose full name ends
// person p's name ("Hillary Clinton" for "Crooked Hillary Clinton"), or -1.
func namesakeAfterEpithet(doc *news.Document, p int) int {
	name := doc.People[p].Name
	for q, o := range doc.People {
		if q != p && o.Named && !o.Organisation && len(o.Mentions) > 0 &&
			len(strings.Fields(o.Name)) >= 2 && strings.HasSuffix(name, " "+o.Name) {
			return q
		}
	}
	return -1
}

// quoteSpans are the outer spans of doc's quotes in marks, in order of
// their start.
func quoteSpans(doc *news.Document) []news.Span {
	var out []news.Span
	for _, q := range doc.Quotes {
		if q.Kind != news.Indirect {
			out = append(out, q.Outer)
		}
	}
	slices.SortFunc(out, func(a, b news.Span) int { return cmp.Compare(a.Start, b.Start) })
	return out
}

// inMarks reports whether span sp lies inside one of marks, sorted: the
// last few that start at or before it, since a quote nested in another
// ("“… ‘…’ …”") starts after the one that holds it.
func inMarks(marks []news.Span, sp news.Span) bool {
	i, _ := slices.BinarySearchFunc(marks, sp.Start+1, func(m news.Span, b int) int { return cmp.Compare(m.Start, b) })
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if sp.End <= marks[j].End {
			return true
		}
	}
	return false
}
