package attribution

// Naming: the people a text only described, and a story's narrator, get
// the names the text shows are theirs — relatives and epithets once the
// lines' own tags are read (joinDescribed), the rest after the sieve.

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/news"
)

// nameDescribed gives a person the text only described ("a young woman in
// a green coat", "the boy") the name it shows is theirs, after the sieve:
// the one they introduce themselves as ("My name is Clara Wynn.") or, in
// a story, the one the next speaker answers them by ("'Pa, I'm hungry,'
// the boy said. / 'You're always hungry, Eli.'"). Their lines become the
// named person's. (Relatives and epithets were joined before the sieve
// passed the word: see joinDescribed.)
func (a *attributor) nameDescribed() {
	// Renames are gathered, then made in one pass over the quotes, so
	// that an article of many quotes costs no more than their number.
	to := map[int]int{}
	who := func(p int) int {
		for n := 0; n <= len(to); n++ {
			next, ok := to[p]
			if !ok {
				break
			}
			p = next
		}
		return p
	}
	rename := func(from, p int) {
		if _, ok := to[from]; !ok && who(p) != from {
			to[from] = p
		}
	}
	for qi := range a.doc.Quotes {
		q := &a.doc.Quotes[qi]
		if q.Kind == news.Indirect || q.Speaker < 0 {
			continue
		}
		speaker := who(q.Speaker)
		named := a.selfNamed(qi)
		if p := named; p >= 0 && p != speaker && a.doc.People[speaker].Named && guessed[q.Rule] {
			// "'My name is Hareton Earnshaw,' growled the other": a line
			// that gives its speaker's name outweighs the turns and the
			// scene that guessed someone else.
			a.claim(qi, p)
			continue
		}
		if p := named; p >= 0 && !a.doc.People[speaker].Named {
			rename(speaker, p)
			// In a talk of two the name answers for the one whose turn it
			// is, however this line's tag describes them: "“If Cordelia
			// isn't your name, what is?” / “Anne Shirley,” reluctantly
			// faltered forth the owner of that name" is the child's.
			if t := a.turnBeforeLast(qi); a.dialogue && t >= 0 {
				if t = who(t); t != p && !a.doc.People[t].Named && !a.doc.People[t].Organisation && t != a.narratorAt {
					rename(t, p)
				}
			}
			continue
		}
		if !a.dialogue {
			continue
		}
		// Only a reply names the one it answers: a line that opens its
		// paragraph ("When they reached the bank, a young man was waiting.
		// 'Ada! I had given you up.'" answers no one).
		p := a.addressee(qi)
		if p < 0 || who(p) == speaker || q.Paragraph == 0 || !a.isTurn(q.Paragraph) {
			continue
		}
		first, last := a.quotesOf(q.Paragraph - 1)
		for j := last - 1; j >= first; j-- {
			d := a.doc.Quotes[j]
			if d.Kind == news.Indirect || d.Speaker < 0 {
				continue
			}
			// The line answered must have its speaker from its own words,
			// not from the turns: a wrong turn would rename the wrong one.
			ds := who(d.Speaker)
			if ds != speaker && !a.doc.People[ds].Named && !a.doc.People[ds].Organisation &&
				ds != a.narratorAt && a.sameGender(ds, p) && !fromTurns[d.Rule] {
				rename(ds, p)
			}
			break
		}
	}
	if a.dialogue {
		for d, p := range a.handoffs() {
			rename(d, p)
		}
	}
	if len(to) == 0 {
		return
	}
	for i := range a.doc.Quotes {
		q := &a.doc.Quotes[i]
		if q.Speaker < 0 {
			continue
		}
		if p := who(q.Speaker); p != q.Speaker {
			q.Speaker = p
			q.Evidence = append(q.Evidence, a.doc.People[p].Name)
		}
	}
}

// handoffs finds, in a story, the described newcomers whom the narration
// names as the talk goes on: "The appearance of our visitor was a
// surprise to me. … “I am so very glad,” said he." — three lines with
// Holmes — then "“Dear, dear, that's bad!” said Holmes. / Dr. Mortimer
// blinked …" and Dr. Mortimer answers Holmes from then on. The visitor
// (d) is the named one (p) when p takes over d's place in a talk with one
// other (d, X, p in turn, d's last line then p's first), is first named
// outside quotes after d was first described, and d speaks no more. It
// maps each such d to p.
func (a *attributor) handoffs() map[int]int {
	// The speakers of the lines in marks, a run of one speaker's lines
	// counted once.
	var turns []int
	var first, last []int // per turn, the paragraphs of its first and last line
	for _, q := range a.doc.Quotes {
		if q.Kind == news.Indirect || q.Speaker < 0 || q.NotSpeech != "" {
			continue
		}
		if len(turns) == 0 || turns[len(turns)-1] != q.Speaker {
			turns = append(turns, q.Speaker)
			first = append(first, q.Paragraph)
			last = append(last, q.Paragraph)
		}
		last[len(last)-1] = q.Paragraph
	}
	lastTurn, firstTurn := map[int]int{}, map[int]int{}
	for i, p := range turns {
		lastTurn[p] = i
		if _, ok := firstTurn[p]; !ok {
			firstTurn[p] = i
		}
	}
	tags := map[int]bool{} // where the mentions that tag a line start
	for _, q := range a.doc.Quotes {
		if q.Mention >= 0 && !q.Cue.Empty() {
			tags[a.doc.Mentions[q.Mention].Start] = true
		}
	}
	out := map[int]int{}
	for d, i := range lastTurn {
		per := a.doc.People[d]
		if per.Named || per.Organisation || d == a.narratorAt || i+2 >= len(turns) || i == 0 {
			continue
		}
		x, p := turns[i+1], turns[i+2]
		if first[i+2]-last[i] > handoffParagraphs {
			continue // a talk taken up again later, not handed over
		}
		if turns[i-1] != x || firstTurn[p] != i+2 || p == d || p == a.narratorAt ||
			!a.doc.People[p].Named || a.doc.People[p].Organisation || !a.sameGender(d, p) {
			continue
		}
		if at := a.firstOutside(p); at < a.firstOutside(d) || tags[at] {
			// Named in the narration before d, he is someone else; named
			// first in a line's tag ("“I have not,” said the Provincial
			// Mayor"), someone new.
			continue
		}
		out[d] = p
	}
	return out
}

// handoffParagraphs is how many paragraphs a described speaker's last
// line and the named one's first may be apart: a line, the narration that
// names him, his line.
const handoffParagraphs = 4

// firstOutside is the start of person p's first mention outside quotes,
// or the text's length if none.
func (a *attributor) firstOutside(p int) int {
	for _, mi := range a.doc.People[p].Mentions {
		if !a.inQuote[a.mFirst[mi]] {
			return a.doc.Mentions[mi].Start
		}
	}
	return len(a.doc.Text)
}

// guessed are the rules that find a line's speaker from the scene and
// the turns, not from its own words.
var guessed = map[string]bool{RuleActionBeat: true, RuleTurn: true, RuleAlternation: true,
	RuleNearest: true, RuleAnswer: true, RulePreviousCue: true}

// claim gives line qi, and the lines of its paragraph that went on from
// it, to person p, who it says it is.
func (a *attributor) claim(qi, p int) {
	was := a.doc.Quotes[qi].Speaker
	for j := qi; j < len(a.doc.Quotes) && a.doc.Quotes[j].Paragraph == a.doc.Quotes[qi].Paragraph; j++ {
		q := &a.doc.Quotes[j]
		if j > qi && (q.Speaker != was || q.Rule != RuleSplit) {
			break
		}
		q.Speaker, q.Mention, q.Rule = p, -1, RuleSelfNamed
		q.Evidence = []string{a.doc.People[p].Name}
	}
}

// joinDescribed makes one person of someone only described and the named
// person the story shows they are: a relative ("her husband", where she
// is Mrs. John Dashwood and Mr. Dashwood is named) or, in a story, an
// epithet for one of the talk ("said the lady"). It runs once the lines'
// own tags are read, before the rules that pass the word from speaker to
// speaker, which need to know that the lady and Mrs. John Dashwood are
// one.
func (a *attributor) joinDescribed() {
	bySurname := a.bySurname()
	tagged := map[int]int{} // the line each mention tags, by mention
	for qi, q := range a.doc.Quotes {
		// Lines only: "The man who drove the cart said he expected …"
		// reports, and brings in someone new.
		if q.Mention >= 0 && q.Kind != news.Indirect {
			if _, ok := tagged[q.Mention]; !ok {
				tagged[q.Mention] = qi
			}
		}
	}
	to := map[int]int{}
	for d := range a.doc.People {
		p := a.kinOf(d, bySurname)
		if p < 0 && a.dialogue {
			p = a.epithetOf(d, tagged)
		}
		if p < 0 {
			p = a.addedBy(d, tagged)
		}
		if p >= 0 && p != d {
			a.merge(d, p)
			to[d] = p
		}
	}
	// The lines move in one pass: an article of many quotes costs no more
	// than their number. (The named never merge on: no chains.)
	if len(to) == 0 {
		return
	}
	for i := range a.doc.Quotes {
		q := &a.doc.Quotes[i]
		if p, ok := to[q.Speaker]; ok {
			q.Speaker = p
			q.Evidence = append(q.Evidence, a.doc.People[p].Name)
		}
	}
}

// addedBy finds, for someone described only once, where that one
// description tags a line that goes on ("The Wooster professor added,
// “…”"), the named speaker of the line before it: "said study co-author
// Karen Alley. The Wooster professor added, …". A description that
// brings someone new in says "said"; one that adds to the last line
// tells more of its speaker.
func (a *attributor) addedBy(d int, tagged map[int]int) int {
	per := a.doc.People[d]
	if per.Named || per.Organisation || len(per.Mentions) != 1 {
		return -1
	}
	m := per.Mentions[0]
	qi, ok := tagged[m]
	if !ok || a.doc.Mentions[m].Kind != news.Description {
		return -1
	}
	q := a.doc.Quotes[qi]
	words := strings.Fields(strings.ToLower(a.doc.Mentions[m].In(a.doc.Text)))
	if words[0] != "the" || q.Cue.Empty() || !goesOn[strings.ToLower(q.Cue.In(a.doc.Text))] {
		return -1
	}
	for j := qi - 1; j >= 0 && a.doc.Quotes[j].Paragraph >= q.Paragraph-1; j-- {
		p := a.doc.Quotes[j]
		if p.Kind == news.Indirect || p.NotSpeech != "" {
			continue
		}
		if p.Speaker < 0 || p.Speaker == d || !a.doc.People[p.Speaker].Named || a.doc.People[p.Speaker].Organisation {
			return -1
		}
		return p.Speaker
	}
	return -1
}

// merge moves person d's mentions to person p (the caller moves the
// lines).
func (a *attributor) merge(d, p int) {
	for _, mi := range a.doc.People[d].Mentions {
		a.doc.Mentions[mi].Person = p
	}
	a.doc.People[p].Mentions = append(a.doc.People[p].Mentions, a.doc.People[d].Mentions...)
	slices.Sort(a.doc.People[p].Mentions)
	a.doc.People[d].Mentions = nil
	if a.gender[p] == news.Unknown {
		a.gender[p] = a.gender[d]
	}
}

// epithetOf is the named person a story's "the lady" or "the old man"
// is: one described only so, first in the tag of a line ("“There is no
// knowing,” said the lady"), where just one named person of that gender
// spoke in the lines before — the lady of a talk between Mr. and Mrs.
// Dashwood is Mrs. Dashwood. One brought in by the narration first ("the
// old man came in") is someone new, and stays unnamed. Otherwise -1.
func (a *attributor) epithetOf(d int, tagged map[int]int) int {
	per := a.doc.People[d]
	if per.Named || per.Organisation || len(per.Mentions) == 0 {
		return -1
	}
	var g news.Gender
	for _, mi := range per.Mentions {
		m := a.doc.Mentions[mi]
		words := strings.Fields(strings.ToLower(m.In(a.doc.Text)))
		if m.Kind != news.Description || len(words) < 2 || words[0] != "the" {
			return -1
		}
		male, female := lexicon.WordGender(words[len(words)-1])
		switch {
		case male && !female:
			g = news.Male
		case female && !male:
			g = news.Female
		default:
			return -1
		}
	}
	// One brought in a little before by the same word ("a man made
	// entirely of tin" … "answered the tin man") is the one meant: someone
	// new, not one of the talk.
	// So is one of a group brought in so ("two portly gentlemen" …
	// "said the gentleman").
	first := per.Mentions[0]
	head := strings.ToLower(lastField(a.doc.Mentions[first].In(a.doc.Text)))
	plural := head + "s"
	if strings.HasSuffix(head, "man") {
		plural = strings.TrimSuffix(head, "man") + "men"
	}
	for i := first - 1; i >= 0 && i >= first-maxReach; i-- {
		c := a.doc.Mentions[i]
		if c.Kind != news.Description || c.Person < 0 || c.Person == d || a.doc.People[c.Person].Named || a.inQuote[a.mFirst[i]] {
			continue
		}
		if text := " " + strings.ToLower(c.In(a.doc.Text)) + " "; strings.Contains(text, " "+head+" ") || strings.Contains(text, " "+plural+" ") {
			return -1
		}
	}
	if qi, ok := tagged[first]; ok {
		found, _, ok := a.onlySpeaker(qi, g, d)
		if !ok {
			return -1 // two of that gender spoke
		}
		if found < 0 && plainEpithet(a.doc.Mentions[first].In(a.doc.Text)) {
			found = a.onlyNamedNear(first, g)
		}
		return found
	}
	return -1
}

// onlyNamedNear is the one named person of gender g the narration (not
// the lines) mentions in the paragraphs just before mention i — "Wren
// laughed." … "“I'll go,” said the girl" — or -1 if none or more than one.
func (a *attributor) onlyNamedNear(i int, g news.Gender) int {
	para := a.tokenPara(a.mFirst[i])
	found := -1
	for j := i - 1; j >= 0 && j >= i-maxReach; j-- {
		c := a.doc.Mentions[j]
		if a.tokenPara(a.mFirst[j]) < para-epithetParagraphs {
			break
		}
		if c.Kind != news.Name || c.Person < 0 || a.inQuote[a.mFirst[j]] {
			continue
		}
		per := a.doc.People[c.Person]
		if !per.Named || per.Organisation || a.gender[c.Person] != g {
			continue
		}
		if found >= 0 && found != c.Person {
			return -1
		}
		found = c.Person
	}
	return found
}

// plainEpithet reports whether a description names someone by sex and
// age alone ("the girl", "the old man"), as a story calls one it has
// named; "the parson's wife" is someone's relation, and may be new.
func plainEpithet(d string) bool {
	words := strings.Fields(strings.ToLower(d))
	for _, w := range words {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return false
		}
	}
	return plainHeads[words[len(words)-1]]
}

var plainHeads = map[string]bool{"girl": true, "boy": true, "man": true, "woman": true, "lady": true,
	"gentleman": true, "lad": true, "lass": true, "fellow": true}

// epithetParagraphs is how many paragraphs back onlyNamedNear looks.
const epithetParagraphs = 6

// epithetLines is how many lines back the speakers of a talk are looked
// for when an epithet joins it.
const epithetLines = 8

// bySurname lists the named people by the last word of their names, in
// lower case.
func (a *attributor) bySurname() map[string][]int {
	out := map[string][]int{}
	for p, per := range a.doc.People {
		if per.Named && !per.Organisation {
			s := strings.ToLower(lastField(per.Name))
			out[s] = append(out[s], p)
		}
	}
	return out
}

// fromTurns are the rules that find a speaker from the turns of a
// dialogue rather than from the words around the line.
var fromTurns = map[string]bool{RuleTurn: true, RuleAddressed: true, RuleAnswer: true, RuleParagraph: true}

// sameGender reports whether nothing known of persons p and o's genders
// tells them apart.
func (a *attributor) sameGender(p, o int) bool {
	gp, go_ := a.gender[p], a.gender[o]
	return gp == news.Unknown || go_ == news.Unknown || gp == go_
}

// kin are the words for a relative, with the relative's gender.
var kin = map[string]news.Gender{
	"wife": news.Female, "husband": news.Male, "mother": news.Female, "father": news.Male,
	"son": news.Male, "daughter": news.Female, "brother": news.Male, "sister": news.Female,
	"aunt": news.Female, "uncle": news.Male, "lady": news.Female,
}

// parents are the kin a child or a spouse in a story's one family has:
// "her mother", where she is Elizabeth, is Mrs. Bennet.
var parents = map[string]bool{"mother": true, "father": true, "wife": true, "husband": true, "lady": true}

// kinOf is the named person an unnamed person d is, when d is described
// as someone's relative ("his wife", where he is Mr. Harcourt) and just
// one other person of the relative's gender bears the owner's surname
// (Mrs. Harcourt); otherwise -1.
func (a *attributor) kinOf(d int, bySurname map[string][]int) int {
	per := a.doc.People[d]
	if per.Named || per.Organisation {
		return -1
	}
	for _, mi := range per.Mentions {
		m := a.doc.Mentions[mi]
		if m.Kind != news.Description {
			continue
		}
		word := strings.ToLower(lastField(m.In(a.doc.Text)))
		g, ok := kin[word]
		owner := -1
		if mi > 0 && a.doc.Mentions[mi-1].Start == m.Start && a.doc.Mentions[mi-1].Kind == news.Pronoun {
			owner = a.personOf(mi - 1) // "his wife": "his" opens the description
		}
		if ok && owner < 0 && word != "lady" && parents[word] && strings.HasPrefix(strings.ToLower(m.In(a.doc.Text)), "the ") {
			// "David and Louise Turpin … The father said": of the text's
			// one couple, the one of the word's gender.
			if p := a.familyMember(g, bySurname); p >= 0 {
				return p
			}
			continue
		}
		if !ok || owner < 0 || !a.doc.People[owner].Named {
			continue
		}
		name := a.doc.People[owner].Name
		if parents[word] && len(strings.Fields(name)) == 1 {
			// One known by a given name alone: of the story's one family,
			// or the one she was brought in as kin of ("Thomas Whitlow …
			// his daughter Ruth … said her father").
			if p := a.familyMember(g, bySurname); p >= 0 {
				return p
			}
			if p := a.introducedKin(owner, word, g); p >= 0 {
				return p
			}
			continue
		}
		if p := a.relative(owner, word, g, bySurname); p >= 0 {
			return p
		}
	}
	return -1
}

// inverseKin gives, for the word a person is brought in by ("his
// daughter Ruth"), the words by which that person calls the one the
// possessive stands for ("her father").
var inverseKin = map[string][]string{
	"daughter": {"father", "mother"}, "son": {"father", "mother"},
	"wife": {"husband"}, "husband": {"wife"},
}

// introducedKin is the person of gender g whom owner was first brought in
// as kin of — "his daughter Ruth", where "his" is Thomas Whitlow — when
// word names that person from owner's side ("her father"); or -1.
func (a *attributor) introducedKin(owner int, word string, g news.Gender) int {
	ms := a.doc.People[owner].Mentions
	if len(ms) == 0 {
		return -1
	}
	k := a.mFirst[ms[0]]
	if k < 2 || !slices.Contains(inverseKin[strings.ToLower(a.word(k-1))], word) {
		return -1
	}
	pm, ok := a.startsAt[k-2]
	if !ok || a.doc.Mentions[pm].Kind != news.Pronoun || !possessivePronouns[strings.ToLower(a.word(k-2))] {
		return -1
	}
	if p := a.personOf(pm); p >= 0 && p != owner && a.gender[p] == g {
		return p
	}
	return -1
}

// relative is the one person of gender g other than owner who bears the
// owner's surname, the owner's relative by word ("wife"); or -1. Of
// several, a wife is the one named as a wife: of Mrs. Dashwood and Mrs.
// John Dashwood, Mr. Dashwood's wife is Mrs. John Dashwood.
func (a *attributor) relative(owner int, word string, g news.Gender, bySurname map[string][]int) int {
	var found, wives []int
	for _, p := range bySurname[strings.ToLower(lastField(a.doc.People[owner].Name))] {
		if p == owner || a.gender[p] != g {
			continue
		}
		found = append(found, p)
		if word == "wife" && byHusband(a.doc.People[p].Name) {
			wives = append(wives, p)
		}
	}
	switch {
	case len(found) == 1:
		return found[0]
	case len(wives) == 1:
		return wives[0]
	}
	return -1
}

// byHusband reports whether a name is a wife's by her husband's: "Mrs.
// John Dashwood".
func byHusband(name string) bool {
	f := strings.Fields(name)
	if len(f) < 3 || !strings.EqualFold(strings.TrimSuffix(f[0], "."), "mrs") {
		return false
	}
	_, male, _ := lexicon.GivenName(f[1])
	return male
}

// familyMember is the person of gender g in the story's one family — the
// one surname borne by a man and a woman and no one else (Mr. and Mrs.
// Bennet) — or -1 where there is no such family or more than one.
func (a *attributor) familyMember(g news.Gender, bySurname map[string][]int) int {
	found := -1
	for _, ps := range bySurname {
		if len(ps) != 2 || a.gender[ps[0]] == a.gender[ps[1]] || a.gender[ps[0]] == news.Unknown || a.gender[ps[1]] == news.Unknown {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = ps[0]
		if a.gender[ps[1]] == g {
			found = ps[1]
		}
	}
	if found >= 0 && a.gender[found] != g {
		return -1
	}
	return found
}

// selfNamed is the person a quote introduces its speaker as — "My name
// is Clara Wynn", "I am Walter Briggs", "I'm Briggs", or a name that
// answers the line asking it ("“Tell us your name!” said the man. / “Pip,
// sir.”") — or -1.
func (a *attributor) selfNamed(qi int) int {
	q := a.doc.Quotes[qi]
	first, last := a.mentionsIn(q.Span)
	for i := first; i < last; i++ {
		m := a.doc.Mentions[i]
		if m.Kind != news.Name || m.Person < 0 || !a.doc.People[m.Person].Named {
			continue
		}
		if m.Start == q.Start && a.namesAsked(qi) {
			return m.Person
		}
		start := m.Start
		if r := mentionRole(a.doc, m); !r.Empty() && r.Start >= q.Start && r.Start < start {
			start = r.Start // "address me as the Count Von Kramm"
		}
		before := strings.ToLower(strings.TrimSpace(a.doc.Text[q.Start:start]))
		before = strings.TrimSuffix(before, " the")
		for _, intro := range []string{"my name is", "i am", "i'm", "i’m", "name's", "name’s"} {
			if before == intro || strings.HasSuffix(before, ". "+intro) || strings.HasSuffix(before, ", "+intro) {
				return m.Person
			}
		}
		// "You may address me as the Count Von Kramm". (Not "call me":
		// "Will you please call me Cordelia?" asks for a name that is not
		// hers.)
		if strings.HasSuffix(before, "address me as") {
			return m.Person
		}
		// "that man is going to be your servant, Franklin P. Scudder",
		// "Yours truly, John Smith": the formula that signs a line.
		for _, formula := range signingFormulas {
			if before == formula || strings.HasSuffix(before, " "+formula) {
				return m.Person
			}
		}
	}
	return -1
}

// signingFormulas sign a line with the speaker's name after them.
var signingFormulas = []string{"your servant,", "your humble servant,", "your obedient servant,",
	"yours truly,", "yours faithfully,", "yours sincerely,"}

// turnBeforeLast is the speaker of the turn before the last one before
// quote qi, in the few paragraphs before it, when the last was someone
// else's: in a talk of two, the one whose turn quote qi is. It is -1 when
// there is none.
func (a *attributor) turnBeforeLast(qi int) int {
	q := a.doc.Quotes[qi]
	last := -1
	for j := qi - 1; j >= 0 && a.doc.Quotes[j].Paragraph >= q.Paragraph-turnReach; j-- {
		p := a.doc.Quotes[j]
		if p.Kind == news.Indirect || p.Speaker < 0 || p.Paragraph == q.Paragraph {
			continue
		}
		switch {
		case last < 0 && p.Speaker != q.Speaker:
			last = p.Speaker
		case last >= 0 && p.Speaker != last:
			return p.Speaker
		}
	}
	return -1
}

// turnReach is how many paragraphs back turnBeforeLast looks.
const turnReach = 6

// namesAsked reports whether a line of the turn before quote qi's, by
// someone else, asks for a name: "Tell us your name!", "What is your
// name?", "Who are you?".
func (a *attributor) namesAsked(qi int) bool {
	q := a.doc.Quotes[qi]
	for j := qi - 1; j >= 0 && j >= qi-3; j-- {
		p := a.doc.Quotes[j]
		if p.Paragraph != q.Paragraph-1 {
			if p.Paragraph < q.Paragraph-1 {
				break
			}
			continue
		}
		if p.Kind == news.Indirect || p.Speaker == q.Speaker && p.Speaker >= 0 {
			continue
		}
		line := strings.ToLower(p.In(a.doc.Text))
		if strings.Contains(line, "your name") || strings.Contains(line, "who are you") {
			return true
		}
	}
	return false
}

// nameNarrator gives the one who tells a story in the first person the
// name the others call them by. In such a story the narrator's name is
// never in the narration, only in what the others say to them ("'So you
// are Mr. Lane,' said the vicar."), so the one person named only inside
// quotes and addressed there, if there is exactly one, is the narrator:
// the narrator's lines become theirs.
func (a *attributor) nameNarrator() {
	if a.narratorAt < 0 {
		return
	}
	// Outside a text read as dialogue (Dickens tags nearly every line,
	// in long paragraphs), a narrator who speaks several lines tells a
	// story too; a columnist's "I" seldom speaks in marks.
	lines := 0
	for _, q := range a.doc.Quotes {
		if q.Kind != news.Indirect && q.Speaker == a.narratorAt {
			lines++
		}
	}
	if !a.dialogue && lines < minNarratorLines {
		return
	}
	// Who is addressed, how often, and above all how often right beside a
	// line of the narrator's: in "“Jim,” he said, …" / "“I want none of
	// your money,” said I" the narrator answers to Jim; the blind man's
	// "Bill" is answered by the captain.
	addressed := map[int]int{}
	for qi, q := range a.doc.Quotes {
		if q.Kind == news.Indirect || q.Speaker == a.narratorAt {
			continue
		}
		// Every name a line calls, not only the first: "And now, Master
		// Billy Bones, … the colour of your blood. Jim," answers to Jim.
		var called []int
		vocatives := a.vocatives(&a.doc.Quotes[qi])
		self := -1
		if len(vocatives) > 0 {
			self = a.selfNamed(qi) // "…, your servant, Franklin P. Scudder." calls no one
		}
		for _, m := range vocatives {
			if p := a.personOf(m); p >= 0 && p != self {
				called = append(called, p)
			}
		}
		if p := a.titleAddressee(&a.doc.Quotes[qi]); len(called) == 0 && p >= 0 {
			called = append(called, p)
		}
		for _, p := range called {
			n := addressed[p] + 1
			if a.besideNarrator(qi) {
				n += besideNarratorWeight
			}
			addressed[p] = n
		}
	}
	name, best, tie := -1, -1, false
	for p, n := range addressed {
		if a.doc.People[p].Organisation || !a.doc.People[p].Named || !a.onlyQuoted(p) {
			continue
		}
		switch {
		case n > best:
			name, best, tie = p, n, false
		case n == best:
			tie = true
		}
	}
	// The one person called beside the narrator's lines most; else a word
	// called there that names no one yet ("“Perhaps you are right,
	// Watson,” he said."); else the one person called most anywhere ("So
	// you are Mr. Lane," said the vicar, of a narrator who tags no line).
	// Two people alike leave the narrator unnamed.
	if name < 0 || tie || best < besideNarratorWeight {
		if w := a.calledBesideNarrator(); w != "" {
			per := &a.doc.People[a.narratorAt]
			per.Name, per.Named = w, true
			for i := range a.doc.Quotes {
				if q := &a.doc.Quotes[i]; q.Speaker == a.narratorAt {
					q.Evidence = append(q.Evidence, w)
				}
			}
			return
		}
	}
	if name < 0 || tie {
		return
	}
	for i := range a.doc.Quotes {
		if q := &a.doc.Quotes[i]; q.Speaker == a.narratorAt {
			q.Speaker = name
			q.Evidence = append(q.Evidence, a.doc.People[name].Name)
		}
	}
}

// calledBesideNarrator is the one word the lines beside the narrator's
// call someone by, where no mention is: a capitalised word set off as a
// call is ("…, Watson,", "“Pip, …"), which no list knows as another kind
// of word and the text never writes in lower case. It is "" when there is
// none, or more than one.
func (a *attributor) calledBesideNarrator() string {
	found := ""
	var lower map[string]bool // the words the text writes in lower case, made on first need
	for qi, q := range a.doc.Quotes {
		if q.Kind == news.Indirect || q.Speaker == a.narratorAt || !a.besideNarrator(qi) {
			continue
		}
		for k := a.tokenAt(q.Start); k >= 0 && k < len(a.doc.Tokens) && a.doc.Tokens[k].End <= q.End; k++ {
			w := a.word(k)
			if _, mention := a.startsAt[k]; mention || a.doc.Tokens[k].Kind != news.Word || !unicode.IsUpper([]rune(w)[0]) {
				continue
			}
			before := ""
			if k > 0 && a.doc.Tokens[k-1].Start >= q.Start {
				before = a.word(k - 1)
			}
			after := ""
			if k+1 < len(a.doc.Tokens) && a.doc.Tokens[k+1].End <= q.End {
				after = a.word(k + 1)
			}
			if before != "," || (after != "" && after != "," && after != "." && after != "!" && after != "?") || !callable(w) {
				continue
			}
			if lower == nil {
				lower = map[string]bool{}
				for _, t := range a.doc.Tokens {
					if t.Kind == news.Word && isLowerWord(t.In(a.doc.Text)) {
						lower[t.In(a.doc.Text)] = true
					}
				}
			}
			if lower[strings.ToLower(w)] {
				continue
			}
			if found != "" && found != w {
				return "" // two words called: which is the narrator's is not known
			}
			found = w
		}
	}
	return found
}

// callable reports whether a capitalised word can be a name someone is
// called by: no function word, interjection, word of a family's, title,
// role, place, people or body.
func callable(w string) bool {
	return !lexicon.FunctionWord(w) && !lexicon.Interjection(w) && !lexicon.FamilyCall(w) && !lexicon.TitleHead(w) &&
		!lexicon.Honorific(w) && !lexicon.RoleNoun(w) && !lexicon.Place(w) && !lexicon.Demonym(w) && !lexicon.OrgHead(w)
}

// besideNarratorWeight is what a call beside a line of the narrator's
// counts for over any other call: the narrator's name is the one called
// beside them more than any other, and then the one called most.
const besideNarratorWeight = 100

// minNarratorLines is how many lines a first-person narrator speaks
// before a text not read as dialogue is taken for a story told by them.
const minNarratorLines = 3

// besideNarrator reports whether the line before or after quote qi, in
// the paragraphs next to its own, is the narrator's.
func (a *attributor) besideNarrator(qi int) bool {
	q := a.doc.Quotes[qi]
	for _, j := range []int{qi - 1, qi + 1} {
		for j >= 0 && j < len(a.doc.Quotes) && a.doc.Quotes[j].Paragraph == q.Paragraph {
			if j < qi {
				j--
			} else {
				j++
			}
		}
		if j < 0 || j >= len(a.doc.Quotes) {
			continue
		}
		if p := a.doc.Quotes[j]; p.Kind != news.Indirect && p.Speaker == a.narratorAt && abs(p.Paragraph-q.Paragraph) == 1 {
			return true
		}
	}
	return false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// onlyQuoted reports whether every mention of person p is inside a quote.
func (a *attributor) onlyQuoted(p int) bool {
	for _, m := range a.doc.People[p].Mentions {
		if !a.inQuote[a.mFirst[m]] && !a.inReported(a.doc.Mentions[m].Span) {
			return false
		}
	}
	return len(a.doc.People[p].Mentions) > 0
}

// inReported reports whether span s lies in a reported clause: "Mr. Kenge
// inquired whether Miss Summerson's boxes had been sent on" names her in
// what he asked, not in the narration's own words.
func (a *attributor) inReported(s news.Span) bool {
	i := sort.Search(len(a.doc.Quotes), func(i int) bool { return a.doc.Quotes[i].Outer.End > s.Start })
	for ; i < len(a.doc.Quotes) && a.doc.Quotes[i].Outer.Start <= s.Start; i++ {
		if q := a.doc.Quotes[i]; q.Kind == news.Indirect && q.Span.Contains(s) {
			return true
		}
	}
	// A clause that holds words in marks is no reported quote of its own
	// ("inquired whether Miss Summerson's boxes had been “sent round”"):
	// its verb and "whether", "if" or "that" before the name say so.
	k := a.tokenAt(s.Start)
	sent := a.doc.Sentences[a.sentenceOf(k)]
	for j := k - 1; j > sent.First && j >= k-8; j-- {
		if w := strings.ToLower(a.word(j)); w == "whether" || w == "if" || w == "that" {
			_, ok := lexicon.ClauseVerb(a.word(j - 1))
			return ok && isLowerWord(a.word(j-1))
		}
	}
	return false
}
