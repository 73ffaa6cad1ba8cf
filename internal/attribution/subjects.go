package attribution

// Finding the subject of a cue: before it, after it, or the clause's.

import (
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/news"
)

// cueSubject finds the subject of the cue at token c, looking no further
// back than from. A participle after a comma or dash, or a verb joined by
// "and", shares the sentence's subject: "Putin thanked Kim, saying …".
func (a *attributor) cueSubject(c, from int) (int, bool) {
	s := a.doc.Sentences[a.sentenceOf(c)]
	prev := ""
	if c-1 >= s.First {
		prev = strings.ToLower(a.word(c - 1))
	}
	// "he was told by Emergencies Minister Yevgeny Zinichev of “…”", "was
	// described by colleagues as “…”": a passive cue's speaker is its
	// agent.
	if m, ok := a.passiveAgent(c, s); ok {
		return m, true
	}
	// "Calling it “just another apology”, Anna Franowska … told Reuters":
	// an -ing cue that opens its sentence is the act of the subject after
	// its phrase.
	if c == s.First && leadParticiple(a.word(c)) {
		for k := c + 1; k < s.Last && k < c+25; k++ {
			// The comma may close a quote: 'Bemoaning the “phony system,”
			// Trump accused Holt'.
			if a.word(k) != "," {
				continue
			}
			j := k + 1
			for a.inQuote[k] && j < s.Last && strings.ContainsAny(a.word(j), "”\"’'»") {
				j++ // past the marks the comma closes
			}
			if j < s.Last && !a.inQuote[j] {
				return a.firstSubject(j, s.Last)
			}
		}
	}
	participleAfter := map[string]bool{",": true, "—": true, "–": true, "-": true, "while": true,
		"by": true, "after": true, "before": true, "without": true, "when": true, "in": true}
	shared := prev == "and" || (lexicon.Participle(a.word(c)) && participleAfter[prev])
	if !shared {
		if m, ok := a.subjectBefore(c, from); ok {
			return m, true
		}
		if prev == "," && !a.headPhrase(c-1, from).Empty() {
			// "Others, reacting to the Van Dyke shooting, shouted": the
			// subject before the commas is no mention, and no mention
			// inside them is the subject.
			return -1, false
		}
		if a.placeBefore(c, from) {
			// "Moscow strongly denies": a place is the subject, and no
			// quote in marks is a place's. A reported clause's view may be
			// ("Iran insists it does not know"): subjectPhrase gives it.
			return -1, false
		}
	}
	// "…, Nefzi said, adding, “…”": a participle right after a cue's
	// clause is that cue's subject's act, not the sentence's first
	// subject's.
	if shared && prev != "and" {
		for c2 := c - 2; c2 >= max(s.First, from, c-6); c2-- {
			if a.inQuote[c2] {
				break
			}
			if a.isCue(c2) && a.namedAround(c2) {
				if m, ok := a.cueSubject(c2, from); ok {
					return m, true
				}
				break
			}
			// Only the cue's own subject or a day may stand between it
			// and the comma ("said Mr. Manafort, adding", "said on
			// Monday, adding"); "recites the same points, calling" has
			// an object there, and the participle is the sentence's.
			if w := a.word(c2); isLowerWord(w) && !timeWords[strings.ToLower(w)] && w != "on" {
				break
			}
		}
	}
	// "X called Putin … and said", "with Trump tweeting that … and asking":
	// a verb joined by "and" shares the subject of the cue before it.
	if prev == "and" {
		if c-2 >= max(s.First, from) && a.word(c-2) == "," {
			// "Pierce said he was embarrassed by the questions politicians
			// asked, and argued the nation needs “…”": after a comma the
			// verb joins the main clause, whose subject opens the
			// sentence, not the clause nearest before it.
			if m, ok := a.firstSubject(max(s.First, from), c); ok {
				return m, true
			}
		}
		for c2 := c - 2; c2 >= max(s.First, from) && c2 >= c-maxReach; c2-- {
			if a.isCue(c2) {
				return a.cueSubject(c2, from)
			}
		}
	}
	if shared && prev != "and" {
		// "representatives from Iran acknowledged their government had
		// “unintentionally” shot down a … jet, blaming “human error”": a
		// participle after a comma is the sentence's subject's act,
		// though a quote stands between them.
		return a.firstSubject(s.First, c)
	}
	return a.firstSubject(max(s.First, from), c)
}

// namedAround reports whether the cue at c has a name or a pronoun
// right before it or a mention right after it ("Nefzi said", "he said",
// "said the imam"), so is a verb: in "recites the same campaign points"
// the word before is a description's and "points" is a noun.
func (a *attributor) namedAround(c int) bool {
	if m, ok := a.endsAt[c-1]; ok && a.doc.Mentions[m].Kind != news.Description {
		return true
	}
	_, ok := a.startsAt[c+1]
	return ok
}

// subjectBefore finds the mention that ends just before the cue at token
// c, no further back than from: "Lavrov said", "the official off-screen
// can be heard telling", "Smith, the mayor, said".
func (a *attributor) subjectBefore(c, from int) (int, bool) {
	skipped := 0
	for k := c - 1; k >= from; k-- {
		if a.inQuote[k] {
			return -1, false
		}
		if m, ok := a.endsAt[k]; ok {
			if a.prepositionObject(m) && (!a.onlyAdverbsBetween(k, c) || !a.conjunctionBefore(m) && !a.gerundOwner(m, c)) {
				// "on Twitter before claiming": an object, not the subject;
				// but "with Gorka noting", "before he spoke": right before
				// the verb, the subject.
				k = a.mFirst[m]
				skipped++
				continue
			}
			if r, ok := a.relativeObjectOf(m, from); ok {
				return a.speaker(r)
			}
			if n, ok := a.unclosedAppositiveHead(m, c); ok {
				return a.speaker(n)
			}
			return a.speaker(m)
		}
		w := a.word(k)
		switch {
		case w == ")":
			// "Harry Reid (D-Nev.) said".
			if k = a.openParen(k, from); k < 0 {
				return -1, false
			}
		case w == ",":
			// The name right before the comma: "The port's chief executive,
			// Martin Grell, said", "Gov. John Kasich (R-OH), said".
			before := -1
			j := k - 1
			if j >= from && a.word(j) == ")" {
				if j = a.openParen(j, from); j < 0 {
					return -1, false
				}
				j--
			}
			if m, ok := a.endsAt[j]; ok && j >= from && a.doc.Mentions[m].Kind == news.Name && !a.prepositionObject(m) && !a.inRelativeClause(a.mFirst[m], from) && !a.cueObject(m) {
				before = m
			}
			placed := j // where a place may end: "a woman in Worcester, Massachusetts, told"
			// An appositive: "Smith, the mayor, said", "Mary Susan, clad in
			// a cape that formed the name Trump, said" — the mention before
			// the comma that opens it is the subject, unless it only
			// describes the name before this comma.
			// Hop back over up to four commas, to the mention that opens the
			// chain of appositives: "Harry Bond, 30, of Raleigh, N.C., who
			// was among those polled, said", "Tom Fitton, the president of
			// Judicial Watch, a conservative group ..., said".
			earliest := -1
			j = k
			for hop := 0; hop < 4; hop++ {
				j--
				for j >= from && j > k-40 && a.word(j) != "," && !a.inQuote[j] {
					j--
				}
				if j < from+1 || a.word(j) != "," || a.inQuote[j] {
					break
				}
				m, ok := a.endsAt[j-1]
				if !ok || a.doc.Mentions[m].Kind == news.Place || a.qualifiesRole(m) || a.prepositionObject(m) && !a.conjunctionBefore(m) {
					continue // "a top Clinton fundraiser,", "a luncheon of senators,"
				}
				if before >= 0 && a.doc.Mentions[m].Kind != news.Name {
					continue
				}
				// "One pastor supporting Mr. Cruz, Darran Whiting of Liberty
				// Baptist Church, said": a name a participle governs is an
				// object inside the description; the name set beside the
				// description is the subject.
				if n, ok := a.startsAt[j+1]; ok && a.doc.Mentions[n].Kind == news.Name && a.participleObject(m) {
					earliest = n
					continue
				}
				if earliest >= 0 && a.doc.Mentions[earliest].Kind == news.Name && a.doc.Mentions[m].Kind != news.Name {
					break // a name already found beats a description further back
				}
				earliest = m
			}
			if earliest >= 0 {
				return a.speaker(earliest)
			}
			if before >= 0 {
				return a.speaker(before)
			}
			// "a woman in Worcester, Massachusetts, told him": where they
			// are from, set off by commas, after the one who speaks (not
			// before a participle, whose subject is the clause's: "endorsed
			// Senator Ted Cruz of Texas, urging").
			if o, ok := a.placedBefore(placed, from); ok && !lexicon.Participle(a.word(c)) {
				return a.speaker(o)
			}
			return -1, false
		case strings.EqualFold(w, "who"):
			// "cheered for Bernie Sanders, who said": the relative
			// clause's subject is the one it hangs from, wherever that
			// stands in its own clause.
			return a.relativeAntecedent(k, from)
		case strings.EqualFold(w, "it") && skipped <= 1 && (k == 0 || a.word(k-1) != "to" && a.word(k-1) != "put"):
			// "The ministry denied it. It said …": a body the sentence
			// before had as its subject.
			return a.itsBody(k)
		case lexicon.In(quantifiers, w):
			return -1, false // "many believe", "some say": no one named speaks
		case a.doc.Tokens[k].Kind == news.Word && isLowerWord(w) && skipped < 5 && !lexicon.In(clauseBreak, w):
			skipped++ // an adverb or auxiliary: "also said", "can be heard telling"
		case lexicon.In(timeWords, w) && skipped < 5:
			skipped++ // "Trump on Saturday tweeted"
		default:
			return -1, false
		}
	}
	return -1, false
}

// unclosedAppositiveHead finds, for the mention m right before the cue at
// c, the name that opens the sentence with m as its appositive, where the
// writer left out the comma that closes it: "Erwin Chemerinsky, Dean of
// UC Berkeley School of Law called it …", "John Smith, a spokesman for
// the agency said …". The description (or a capitalised office before
// "of", "at" or "for") says who the name is; the name speaks. A cue
// followed by a comma is a parenthesis inside someone else's clause
// ("Clinton, a top aide said, “is very confident …”") and keeps its own
// subject.
func (a *attributor) unclosedAppositiveHead(m, c int) (int, bool) {
	f := a.mFirst[m]
	if f < 2 || a.word(f-1) != "," || c+1 < len(a.doc.Tokens) && a.word(c+1) == "," {
		return -1, false
	}
	switch a.doc.Mentions[m].Kind {
	case news.Description:
	case news.Name:
		// "Dean of UC Berkeley School of Law": one capitalised word
		// heading a phrase of where the office is held.
		next := a.mLast[m]
		if next-f != 1 || next >= c || !lexicon.In(officeOf, a.word(next)) {
			return -1, false
		}
	default:
		return -1, false
	}
	n, ok := a.endsAt[f-2]
	if !ok {
		return -1, false
	}
	head := a.doc.Mentions[n]
	if head.Kind != news.Name || a.body(n) || a.mFirst[n] != a.doc.Sentences[a.sentenceOf(f)].First {
		return -1, false
	}
	return n, true
}

// officeOf are the prepositions that tie an office to where it is held:
// "Dean of", "Professor at", "Director for".
var officeOf = map[string]bool{"of": true, "at": true, "for": true}

// itsBody finds the body an "it" at token k stands for: the subject of
// the sentence before it in its paragraph or the one before, where that
// is a body ("NASA interrupted its live coverage …. It also credited
// Leonov"). A person is never "it".
func (a *attributor) itsBody(k int) (int, bool) {
	si := a.sentenceOf(k)
	if first := a.doc.Sentences[si].First; first < k {
		// "the State Department gave an “inaccurate” response … when it
		// told": the body that opens its own sentence.
		if m, ok := a.firstSubject(first, k); ok {
			if a.body(m) {
				return m, true
			}
			return -1, false
		}
	}
	if si == 0 {
		return -1, false
	}
	prev := a.doc.Sentences[si-1]
	if prev.Paragraph < a.doc.Sentences[si].Paragraph-1 {
		return -1, false
	}
	m, ok := a.firstSubject(prev.First, prev.Last)
	if !ok || !a.body(m) {
		return -1, false
	}
	return m, true
}

// relativeAntecedent finds the one the relative pronoun at token k
// ("who") hangs from: the mention right before it, or before the comma
// and party tag that set it off ("cheered for Bernie Sanders, who said",
// "Harry Reid (D-Nev.), who said"). Inside a description the clause hangs
// from the description's head, not from a body or place it names ("a star
// anchor at Fox News who questioned"), and a description set beside a
// name by a comma is that name's ("Parker Eaton, a nominal Republican who
// voted").
func (a *attributor) relativeAntecedent(k, from int) (int, bool) {
	j := k - 1
	if j >= from && a.word(j) == "," {
		j--
	}
	if j >= from && a.word(j) == ")" {
		if j = a.openParen(j, from); j < 0 {
			return -1, false
		}
		j--
	}
	m, ok := a.endsAt[j]
	if !ok || j < from {
		return -1, false
	}
	for hop := 0; hop < 3 && a.prepositionObject(m) && !a.aPerson(m); hop++ {
		// "a star anchor at Fox News who", "the executive director of the
		// Latino Partnership for Conservative Principles, who": back over
		// the preposition to the head it qualifies.
		p := a.prepositionBefore(m)
		if p-1 < from {
			return -1, false
		}
		h, ok := a.endsAt[p-1]
		if !ok {
			// A head that is no mention ("Cruz, a graduate of Harvard Law
			// School who"): the name it is set beside.
			if n, ok := a.apposedBefore(p-1, from); ok {
				return a.speaker(n)
			}
			return -1, false
		}
		m = h
	}
	if a.doc.Mentions[m].Kind == news.Description {
		if n, ok := a.apposedBefore(a.phraseStart(m)-1, from); ok {
			m = n
		}
	}
	if a.doc.Mentions[m].Kind == news.Place || a.prepositionObject(m) && !a.aPerson(m) {
		return -1, false
	}
	return a.speaker(m)
}

// personNamed reports whether mention m names a person, not a body.
func (a *attributor) personNamed(m int) bool {
	return a.doc.Mentions[m].Kind == news.Name && a.aPerson(m)
}

// aPerson reports whether mention m, a name or a description, is of a
// person, not a body or a place: "a lecture from the Mexican president,
// who" hangs from the president.
func (a *attributor) aPerson(m int) bool {
	mention := a.doc.Mentions[m]
	return (mention.Kind == news.Name || mention.Kind == news.Description) && mention.Person >= 0 && !a.doc.People[mention.Person].Organisation
}

// prepositionBefore is the token of the preposition whose object mention
// m is (past an article or "both"), or -1.
func (a *attributor) prepositionBefore(m int) int {
	k := a.phraseStart(m) - 1
	for k >= 0 && (strings.EqualFold(a.word(k), "the") || strings.EqualFold(a.word(k), "a") || strings.EqualFold(a.word(k), "both")) {
		k--
	}
	if k >= 0 && prepositions[strings.ToLower(a.word(k))] {
		return k
	}
	return -1
}

// apposedBefore finds the person a description ending at token end is
// set beside, after a comma: "Lionel Sosa, a Texas media consultant and
// an influential Hispanic Republican", "Gov. John Kasich of Ohio, a
// Republican". It looks back over the words of descriptions only, up to
// the comma.
func (a *attributor) apposedBefore(end, from int) (int, bool) {
	for k := end; k >= from && k > end-9; k-- {
		if a.inQuote[k] {
			return -1, false
		}
		w := a.word(k)
		if w == "," {
			n, ok := a.endsAt[k-1]
			if !ok || k-1 < from {
				return -1, false
			}
			if a.doc.Mentions[n].Kind == news.Place {
				// "of Ohio," after the name
				if p := a.prepositionBefore(n); p > from {
					n, ok = a.endsAt[p-1]
				}
			}
			if ok && a.personNamed(n) {
				return n, true
			}
			return -1, false
		}
		if a.doc.Tokens[k].Kind != news.Word || lexicon.In(clauseBreak, w) && w != "and" || prepositions[strings.ToLower(w)] {
			return -1, false
		}
		if n, ok := a.endsAt[k]; ok && a.doc.Mentions[n].Kind == news.Name {
			return -1, false // "Trump endured … a lecture from the Mexican president": another clause
		}
	}
	return -1, false
}

// placedBefore finds, for a place's name ending at token j ("Worcester,
// Massachusetts"), the one it places: the mention right before the
// preposition that opens the place ("a woman in"), if it can speak.
func (a *attributor) placedBefore(j, from int) (int, bool) {
	m, ok := a.endsAt[j]
	if !ok || j < from || a.doc.Mentions[m].Kind != news.Place {
		return -1, false
	}
	k := a.mFirst[m] - 1
	// "Worcester, Massachusetts": a town, known or not, and the state it is
	// in.
	if k-1 > from && a.word(k) == "," {
		if p, ok := a.endsAt[k-1]; ok && a.doc.Mentions[p].Kind == news.Place {
			k = a.mFirst[p] - 1
		} else if _, ok := a.endsAt[k-1]; !ok {
			// A town no list knows: back over its capitalised words.
			k--
			for k > from && k > a.mFirst[m]-6 && isUpperWord(a.word(k)) {
				k--
			}
		}
	}
	if k-1 < from || !lexicon.In(prepositions, a.word(k)) {
		return -1, false
	}
	o, ok := a.endsAt[k-1]
	if !ok || a.doc.Mentions[o].Kind == news.Place || a.doc.Mentions[o].Kind == news.Organisation || !a.speaks(o) {
		return -1, false
	}
	return o, true
}

// placeBefore reports whether a place's name stands right before the cue
// at c, with adverbs at most between.
func (a *attributor) placeBefore(c, from int) bool {
	for k := c - 1; k >= from && k >= c-3; k-- {
		if m, ok := a.endsAt[k]; ok {
			return a.doc.Mentions[m].Kind == news.Place
		}
		if !strings.HasSuffix(strings.ToLower(a.word(k)), "ly") {
			return false
		}
	}
	return false
}

// openParen returns the index of the "(" that the ")" at k closes, or -1.
func (a *attributor) openParen(k, from int) int {
	for j := k - 1; j >= from && j > k-12; j-- {
		if a.word(j) == "(" {
			return j
		}
	}
	return -1
}

// quantifiers stand for people without naming them: "many believe",
// "others say". A cue whose subject is one of them has no speaker to name.
var quantifiers = map[string]bool{"many": true, "some": true, "most": true, "few": true,
	"several": true, "others": true, "all": true, "both": true, "everyone": true,
	"everybody": true, "nobody": true, "someone": true, "somebody": true, "anyone": true,
	"anybody": true, "none": true, "people": true, "they": false}

var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "yesterday": true, "tonight": true,
}

// prepositions make the noun after them an object: "with CNN", "on Twitter".
var prepositions = map[string]bool{"on": true, "in": true, "at": true, "with": true, "from": true,
	"by": true, "to": true, "for": true, "of": true, "about": true, "against": true, "into": true,
	"over": true, "under": true, "after": true, "before": true, "during": true, "via": true,
	"through": true, "toward": true, "towards": true, "like": true, "than": true}

// prepositionObject reports whether mention m is the object of a
// preposition, so that it is no verb's subject.
func (a *attributor) prepositionObject(m int) bool {
	mention := a.doc.Mentions[m]
	if mention.Kind == news.Pronoun {
		p, _ := lexicon.Pronoun(mention.In(a.doc.Text))
		if p.Subject {
			return false // "before he spoke": "he" is never an object
		}
	}
	start := a.phraseStart(m)
	k := start - 1
	for k >= 0 && start == a.mFirst[m] && (strings.EqualFold(a.word(k), "the") || strings.EqualFold(a.word(k), "a") || strings.EqualFold(a.word(k), "both")) {
		k-- // "George Zornick of The Nation", "ties to both Clintons" (but a role's own words are the role's)
	}
	// "Sally Wasef of Australia's Griffith University": a possessor may
	// stand between "of" and its object. (Not after "after": "after
	// CNBC's Becky Quick said" opens a clause.)
	if k >= 1 && start == a.mFirst[m] && (a.word(k) == "’s" || a.word(k) == "'s") {
		if p, ok := a.endsAt[k-1]; ok && a.mFirst[p] >= 1 && strings.EqualFold(a.word(a.mFirst[p]-1), "of") {
			return true
		}
	}
	if k >= 1 && strings.EqualFold(a.word(k), "of") && partitives[strings.ToLower(a.word(k-1))] &&
		(k < 2 || !isLowerWord(a.word(k-2)) || quantities[strings.ToLower(a.word(k-1))] && nameArticles[strings.ToLower(a.word(k-2))]) &&
		(a.mLast[m] >= len(a.doc.Tokens) || a.word(a.mLast[m]) != ",") {
		// "One of the children said": the children speak, by one of them.
		// (Not after a verb: "began scolding one of her daughters"; nor
		// where a name is set beside it: "One of the study's authors,
		// herpetologist David Blackburn, told".)
		return false
	}
	return k >= 0 && lexicon.In(prepositions, a.word(k))
}

// partitives take a part of the people after "of": "one of the
// children", "some of the organisers".
var partitives = map[string]bool{"one": true, "some": true, "many": true, "several": true, "two": true,
	"three": true, "most": true, "each": true, "either": true, "neither": true, "none": true, "any": true, "few": true,
	"number": true, "majority": true, "group": true, "handful": true, "couple": true, "dozens": true,
	"hundreds": true, "thousands": true, "half": true, "percent": true, "%": true, "third": true, "thirds": true,
	"quarter": true, "quarters": true, "plurality": true, "minority": true}

// quantities are the partitives that are nouns, after an article: "a
// number of senators", "a majority of voters", "a group of parents".
var quantities = map[string]bool{"number": true, "majority": true, "group": true, "handful": true, "couple": true,
	"third": true, "quarter": true, "plurality": true, "minority": true}

// phraseStart is the first token of mention m's noun phrase: the
// mention's own, or its title's when a title of title words or a
// lower-case role stands before it: "Secretary of State Madeleine
// Albright", "journalist Matei Rosca".
func (a *attributor) phraseStart(m int) int {
	mention := a.doc.Mentions[m]
	if r := mention.Role; !r.Empty() && r.Start < mention.Start && (pureTitle(r.In(a.doc.Text)) || isLowerWord(r.In(a.doc.Text))) {
		return a.tokenAt(r.Start)
	}
	return a.mFirst[m]
}

// clauseBreak words end the search for a subject: what comes before them
// belongs to another clause.
var clauseBreak = map[string]bool{"that": true, "which": true, "who": true, "whom": true,
	"and": true, "but": true, "or": true, "because": true, "when": true, "while": true, "if": true}

// relativeObjectOf finds, for mention m right before a cue, the mention a
// relative clause whose object m is hangs from: "Advisers who have run
// the numbers argue" is the advisers arguing. It gives that mention when
// "who" and at most three lower-case words (the clause's verb) stand
// between it and m. ("that" may hang from a thing: "a message on Twitter
// that showed Islamic State fighters warning".)
func (a *attributor) relativeObjectOf(m, from int) (int, bool) {
	k := a.phraseStart(m) - 1
	for n := 0; n < 3 && k > from && isLowerWord(a.word(k)) && !strings.EqualFold(a.word(k), "who"); n++ {
		k--
	}
	if k <= from || k == a.phraseStart(m)-1 || !strings.EqualFold(a.word(k), "who") {
		return -1, false
	}
	r, ok := a.endsAt[k-1]
	if !ok || !a.speaks(r) {
		return -1, false
	}
	return r, true
}

// subjectAfter finds the mention right after the cue: "said Lavrov",
// "says the official".
func (a *attributor) subjectAfter(c, end int) (int, bool) {
	if takesObjectAfter(a.word(c)) {
		return -1, false // "telling reporters", "blaming Michael Bloomberg": objects, not subjects
	}
	// The subject after the cue is the first name there that is not just
	// qualifying a role ("said Clinton ally James Carville", "said former
	// Obama adviser David Axelrod", "said former secretary of state Hillary
	// Clinton"); failing a name, the mention right after the cue.
	first := -1
	reach := c + 9
	for k := c + 1; k < end && k < reach; k++ {
		if first < 0 && k+1 < end && a.word(k) == "," && (a.word(k+1) == "but" || a.word(k+1) == "and") && a.word(c+1) == "the" {
			// "said the impetuous and woolly-headed, but generous and
			// affectionate Miss Swartz": the epithets run on past a comma.
			reach = min(c+16, reach+4)
			continue
		}
		if a.inQuote[k] || a.doc.Tokens[k].Kind == news.Punct {
			break
		}
		if a.doc.Tokens[k].Kind == news.Number && !strings.ContainsFunc(a.word(k), unicode.IsLetter) {
			break // "said Air Force 1st Lt. Tyler Livingston" goes on over an ordinal, not a figure
		}
		if _, ok := lexicon.SpeechVerb(a.word(k)); ok && isLowerWord(a.word(k)) {
			break
		}
		m, ok := a.startsAt[k]
		if !ok {
			if k == c+1 || isLowerWord(a.word(k)) || isUpperWord(a.word(k)) || a.doc.Tokens[k].Kind == news.Number {
				continue
			}
			break
		}
		if a.possessor(m) && !(a.mLast[m]+1 < end && lexicon.In(wordsNouns, a.word(a.mLast[m]+1))) {
			// "opined Cleveland's Plain Dealer": the owner qualifies the
			// speaker after it — but "reads Judge Miller's statement" is
			// the owner's words.
			k = a.mLast[m]
			continue
		}
		if a.opensClause(m) {
			// "citing “…,” said the candidate could be …": the subject of
			// what was said, not its speaker.
			return -1, false
		}
		if first < 0 {
			first = m
			if k == c+1 && nominative[strings.ToLower(a.word(k))] {
				// "said she to Amelia": a pronoun in the subject's case
				// is the subject; a name after it is spoken to.
				return a.speaker(m)
			}
		}
		if a.doc.Mentions[m].Kind == news.Name && !a.qualifiesRole(m) {
			return a.speaker(m)
		}
		k = a.mLast[m] - 1
	}
	// "said one of those advisers": a part of the people after "of" speaks
	// for them.
	partOf := first >= 0 && a.mFirst[first] == c+3 && partitives[strings.ToLower(a.word(c+1))] && strings.EqualFold(a.word(c+2), "of")
	// "said the Bank of America.": a body's name leaves its "the" out.
	// Only where the name ends the clause: in "to say the Islamic State
	// group needs" it is the subject of what was said.
	body := first >= 0 && a.mFirst[first] == c+2 && strings.EqualFold(a.word(c+1), "the") &&
		a.doc.Mentions[first].Kind == news.Organisation &&
		(a.mLast[first] >= len(a.doc.Tokens) || a.doc.Tokens[a.mLast[first]].Kind == news.Punct)
	if first >= 0 && (a.mFirst[first] == c+1 || partOf || body) {
		// "said another Twitter user, Johanna Bayer.": a description
		// that a name follows as its appositive is that named person.
		d := a.mLast[first]
		if d < end && prepositions[strings.ToLower(a.word(d))] {
			// "said his best friend at Lehigh, Bruce Turry": past a
			// short phrase that places the description.
			for j := d + 1; j+1 < end && j <= d+5 && a.doc.Tokens[j].Kind == news.Word; j++ {
				if a.word(j+1) == "," {
					d = j + 1
					break
				}
			}
		}
		if a.doc.Mentions[first].Kind == news.Description && d+1 < end && a.word(d) == "," {
			if m, ok := a.startsAt[d+1]; ok && a.doc.Mentions[m].Kind == news.Name {
				if after := a.mLast[m]; after >= len(a.doc.Tokens) || a.doc.Tokens[after].Kind == news.Punct {
					if sp, ok := a.speaker(m); ok {
						return sp, true
					}
				}
			}
		}
		return a.speaker(first)
	}
	return -1, false
}

// nominative are the pronouns that can only be a subject.
var nominative = map[string]bool{"he": true, "she": true, "i": true, "we": true, "they": true}

// opensClause reports whether mention m is followed by a modal or an
// auxiliary verb, so is the subject of a clause of its own: "said the
// candidate could be", "said Trump would win".
func (a *attributor) opensClause(m int) bool {
	k := a.mLast[m]
	return k < len(a.doc.Tokens) && clauseAuxiliaries[a.word(k)]
}

// clauseAuxiliaries are the modals and auxiliaries that open a clause's
// verb after its subject.
var clauseAuxiliaries = map[string]bool{
	"could": true, "would": true, "will": true, "can": true, "should": true, "might": true,
	"must": true, "may": true, "was": true, "were": true, "is": true, "are": true, "has": true,
	"had": true, "have": true, "did": true, "does": true, "do": true,
}

// qualifiesRole reports whether mention m only qualifies a role after it:
// "Clinton" in "Clinton ally James Carville", "Obama" in "Obama adviser".
func (a *attributor) qualifiesRole(m int) bool {
	k := a.mLast[m]
	return k < len(a.doc.Tokens) && isLowerWord(a.word(k)) && lexicon.RoleNoun(a.word(k))
}

// subordinators open a clause that comes before the main one: "When
// asked whom she supported, Ms. Sherry smiled and said ...".
var subordinators = map[string]bool{"when": true, "while": true, "after": true, "before": true,
	"as": true, "although": true, "though": true, "if": true, "because": true, "since": true,
	"asked": true, "once": true, "until": true, "unless": true, "whether": true}

// firstSubject is the first mention that can speak in tokens [from, to),
// outside quotes: the subject of a clause written subject first. A clause
// that opens with a subordinator is passed over to its comma.
func (a *attributor) firstSubject(from, to int) (int, bool) {
	to = min(to, from+maxReach) // no clause is longer; a run-on "sentence" must not cost its square
	if from < to && a.word(from) == "It" && from+1 < to && isLowerWord(a.word(from+1)) && !lexicon.In(beForms, a.word(from+1)) {
		// "NASA interrupted its coverage … It also credited Leonov …,
		// noting": "It" is the body before, not the object after.
		return a.itsBody(from)
	}
	if from < to && isUpperWord(a.word(from)) && (lexicon.In(subordinators, a.word(from)) || lexicon.In(prepositions, a.word(from)) || leadParticiple(a.word(from))) {
		// "When asked ..., X said", "In an interview with Y last year, X
		// said": the clause or phrase before the comma has no subject.
		for k := from + 1; k < to-1 && k < from+25; k++ {
			if a.word(k) == "," && !a.inQuote[k] {
				if m, ok := a.firstSubject(k+1, to); ok {
					return m, true
				}
				break
			}
		}
	}
	for k := from; k < to; k++ {
		if a.inQuote[k] {
			continue
		}
		if m, ok := a.startsAt[k]; ok {
			if a.possessor(m) || a.prepositionObject(m) || k > 0 && a.word(k-1) == "(" || a.qualifiesRole(m) {
				continue // "Iowa State University's Dianne Bystrom", "In an interview with CNN, Trump", "Clinton campaign spokesman Brian Fallon"
			}
			if a.speaks(m) {
				return a.speaker(m)
			}
		}
	}
	return -1, false
}

// reducedPassive reports whether the participle at c opens a phrase of
// its own after a comma or a dash, past adverbs: "— often labeled as a
// “witch hunt” by Democrats —", ", described as “brilliant” by".
func (a *attributor) reducedPassive(c, first int) bool {
	b := c - 1
	for b > first && (strings.HasSuffix(strings.ToLower(a.word(b)), "ly") || lexicon.In(passiveAdverbs, a.word(b))) {
		b--
	}
	return b >= first && (a.word(b) == "," || a.word(b) == "(" || isDash(a.word(b)))
}

// passiveAdverbs may stand before a passive participle.
var passiveAdverbs = map[string]bool{"often": true, "also": true, "sometimes": true, "once": true, "long": true}

// asArticle may stand between a passive cue and its quote.
var asArticle = map[string]bool{"as": true, "a": true, "an": true, "the": true}

// passiveAgent finds, for a cue at c in the passive ("was told",
// "were warned", "has been described"), the speaker its "by" names
// within the sentence, past a quote between them ('was called “a
// liar” by Trump').
func (a *attributor) passiveAgent(c int, s news.Sentence) (int, bool) {
	w := strings.ToLower(a.word(c))
	if !strings.HasSuffix(w, "ed") && w != "told" && w != "written" {
		return -1, false
	}
	be := a.beforeBy(c, s.First)
	if !be && !a.reducedPassive(c, s.First) {
		return -1, false
	}
	// Only a quote right after the cue is passed over: in 'reported in
	// a “hit piece” by The New York Times' the quote is another's. "as"
	// and an article may come first, or no "was" at all, when "by" comes
	// right after the quote: '— often labeled as a “witch hunt” by
	// Democrats —' (not 'A blog, called the “Feed,” anchored by five
	// writers').
	k := c + 1
	tight := !be
	for k < s.Last && k <= c+2 && !a.inQuote[k] && lexicon.In(asArticle, a.word(k)) {
		k++
		tight = true
	}
	if !a.inQuote[min(k, len(a.inQuote)-1)] && tight {
		return -1, false
	}
	for k < s.Last && a.inQuote[k] {
		k++
	}
	if tight {
		if k < s.Last && strings.EqualFold(a.word(k), "by") {
			return a.mentionWithin(k+1, min(s.Last, k+7))
		}
		return -1, false
	}
	for ; k < s.Last-1 && k <= c+15; k++ {
		if a.inQuote[k] {
			return -1, false
		}
		switch strings.ToLower(a.word(k)) {
		case "by":
			return a.mentionWithin(k+1, min(s.Last, k+7))
		case ".", ";", "and", "but", "that":
			return -1, false
		}
	}
	return -1, false
}

// beForms are the forms of "be" that stand before a passive participle
// ("was told") or a predicate ("was a nervous man").
var beForms = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "be": true}

// leadParticiple reports whether a sentence's capitalised first word is
// an -ing form opening a phrase before its subject: "Observing his
// second daughter …, he addressed her with:", "Calling it “just another
// apology”, Anna Franowska told Reuters".
func leadParticiple(w string) bool {
	lw := strings.ToLower(w)
	// "According to X, …" names its source, "During the talks" is a
	// preposition's phrase; a word in capitals is a headline's.
	return len(lw) > 5 && strings.HasSuffix(lw, "ing") && !ingNouns[lw] && !prepositions[lw] && lw != "according" && w != strings.ToUpper(w)
}

// ingNouns end in "-ing" but open a sentence as its subject or a name:
// "Nothing was said", "King Charles said", "Morning came".
var ingNouns = map[string]bool{
	"nothing": true, "something": true, "anything": true, "everything": true, "morning": true,
	"evening": true, "spring": true, "beijing": true, "building": true, "meeting": true, "ceiling": true,
	"darling": true, "sterling": true, "viking": true, "wedding": true, "stocking": true, "pudding": true,
	"herring": true, "shilling": true, "farthing": true, "lightning": true, "wellington": true,
}

// pureTitle reports whether a role is made of title words only ("Former
// Secretary of State"), and of the people whose office it is ("Russian
// President"), not of an organisation's name.
func pureTitle(role string) bool {
	for _, w := range strings.Fields(role) {
		if w != "of" && !lexicon.TitleHead(w) && !lexicon.TitleModifier(w) && !lexicon.Honorific(w) && !lexicon.Demonym(w) {
			return false
		}
	}
	return true
}

// onlyAdverbsBetween reports whether tokens (k, c) are adverbs at most:
// "with Trump reportedly yelling".
func (a *attributor) onlyAdverbsBetween(k, c int) bool {
	for j := k + 1; j < c; j++ {
		if !strings.HasSuffix(strings.ToLower(a.word(j)), "ly") {
			return false
		}
	}
	return true
}

// conjunctionBefore reports whether the word before mention m may join a
// clause rather than an object: "with Gorka noting", "before he spoke".
func (a *attributor) conjunctionBefore(m int) bool {
	k := a.phraseStart(m) - 1 // "with Sen. John McCain calling it"
	if k < 0 {
		return false
	}
	switch strings.ToLower(a.word(k)) {
	case "with", "before", "after", "since", "as", "than", "like", "until":
		return true
	}
	return false
}

// gerundOwner reports whether mention m, the object of "of" or "about",
// does what the -ing cue at token c after it says: "footage of Trump
// saying", "what do you think of Carson privately saying".
func (a *attributor) gerundOwner(m, c int) bool {
	k := a.phraseStart(m) - 1
	if k < 0 || !strings.HasSuffix(strings.ToLower(a.word(c)), "ing") {
		return false
	}
	w := strings.ToLower(a.word(k))
	return w == "of" || w == "about"
}

// mentionWithin is the speaker named in the phrase that starts at token
// k: "according to Lavrov", or further in, "according to a court document
// filed by state attorney Dave Aronberg".
func (a *attributor) mentionWithin(k, end int) (int, bool) {
	for j := k; j < end && j < k+10; j++ {
		if a.inQuote[j] || a.doc.Tokens[j].Kind == news.Punct && a.word(j) != "’s" && a.word(j) != "'s" {
			break
		}
		if m, ok := a.startsAt[j]; ok && a.speaks(m) && !a.possessor(m) {
			// "by Republican leader and former secretary of transportation
			// Gary Lind": a bare description joined by "and" to a titled
			// name is that name's first title.
			if d := a.doc.Mentions[m]; d.Kind == news.Description && !nameArticles[strings.ToLower(a.word(j))] &&
				a.mLast[m] < end && strings.EqualFold(a.word(a.mLast[m]), "and") {
				if n, ok := a.titledFrom(a.mLast[m] + 1); ok && a.speaks(n) && !a.possessor(n) {
					return a.speaker(n)
				}
			}
			// "According to Samoa Observer editor Keni Lesa": a body that
			// is part of the title of the name after it is not the source;
			// nor is one before a role in lower case and a name ("According
			// to Rutgers University political scholar Kelly Dittmar").
			if n := m + 1; n < len(a.doc.Mentions) && a.doc.Mentions[n].Kind == news.Name {
				if r := a.doc.Mentions[n].Role; r.Start <= a.doc.Mentions[m].Start && a.doc.Mentions[m].End <= r.End {
					return a.speaker(n)
				}
				if a.body(m) && a.rolesBetween(a.mLast[m], a.mFirst[n]) {
					return a.speaker(n)
				}
			}
			return a.speaker(m)
		}
		if m, ok := a.titledFrom(j); ok && a.speaks(m) && !a.possessor(m) {
			// "attacked by … former secretary of state Hillary Clinton":
			// the title that opens here is the name's after it.
			return a.speaker(m)
		}
	}
	return -1, false
}

// body reports whether mention m is of a body, not a person.
func (a *attributor) body(m int) bool {
	mention := a.doc.Mentions[m]
	return mention.Kind == news.Organisation || mention.Person >= 0 && a.doc.People[mention.Person].Organisation
}

// rolesBetween reports whether tokens [from, to) are one to three words
// in lower case, the last a role noun: "political scholar".
func (a *attributor) rolesBetween(from, to int) bool {
	if to <= from || to-from > 3 {
		return false
	}
	for k := from; k < to; k++ {
		if a.doc.Tokens[k].Kind != news.Word || !isLowerWord(a.word(k)) || lexicon.FunctionWord(a.word(k)) {
			return false
		}
	}
	return lexicon.RoleNoun(a.word(to - 1))
}

// titledFrom finds the name whose title starts at token j ("former
// secretary of state" before "Hillary Clinton").
func (a *attributor) titledFrom(j int) (int, bool) {
	start := a.doc.Tokens[j].Start
	for k := j + 1; k < len(a.doc.Tokens) && k < j+8; k++ {
		if m, ok := a.startsAt[k]; ok {
			r := a.doc.Mentions[m].Role
			return m, !r.Empty() && r.Start == start && r.End <= a.doc.Mentions[m].Start
		}
	}
	return -1, false
}

// possessor reports whether mention m owns what follows it ("Powell's
// office"), so that it is not the subject itself.
func (a *attributor) possessor(m int) bool {
	k := a.mLast[m]
	if k >= len(a.doc.Tokens) {
		return false
	}
	w := a.word(k)
	return w == "’s" || w == "'s"
}

// mentionAt is the speaker named by the mention starting at token k.
func (a *attributor) mentionAt(k int) (int, bool) {
	if m, ok := a.startsAt[k]; ok {
		return a.speaker(m)
	}
	return -1, false
}

// speaker checks that mention m can speak, resolving a pronoun; it
// returns m itself, whose person (or antecedent's person) is the speaker.
func (a *attributor) speaker(m int) (int, bool) {
	if !a.speaks(m) {
		return -1, false
	}
	if issuer, ok := a.issuerOf(m); ok {
		return issuer, true
	}
	if owner, ok := a.ownerOfWords(m); ok && a.personOf(owner) >= 0 {
		return owner, true
	}
	if owner, ok := a.voiceOf(m); ok && a.personOf(owner) >= 0 {
		return owner, true
	}
	if a.personOf(m) < 0 {
		return -1, false
	}
	return m, true
}

// ownerOfWords finds, for a description of someone's words owned by a
// possessive pronoun ("his advice concluded", "her answer came"), the
// pronoun: the words are its referent's.
func (a *attributor) ownerOfWords(m int) (int, bool) {
	d := a.doc.Mentions[m]
	if d.Kind != news.Description || m == 0 {
		return -1, false
	}
	p := a.doc.Mentions[m-1]
	if p.Kind != news.Pronoun || p.Start != d.Start || !possessivePronouns[strings.ToLower(p.In(a.doc.Text))] {
		return -1, false
	}
	ws := strings.Fields(strings.ToLower(d.In(a.doc.Text)))
	if len(ws) != 2 || !speechNouns[ws[1]] && ws[1] != "voice" && ws[1] != "advice" {
		return -1, false
	}
	return m - 1, true
}

// voiceOf finds whose voice description m is, where the text says:
// "the voice of the clever lady", "another voice, which Margaret knew to
// be that of Mrs. Gibson" — the one named after "voice of" or "that of"
// a few words on in the sentence.
func (a *attributor) voiceOf(m int) (int, bool) {
	d := a.doc.Mentions[m]
	if d.Kind != news.Description || !strings.EqualFold(lastField(d.In(a.doc.Text)), "voice") {
		return -1, false
	}
	k := a.mLast[m]
	last := a.doc.Sentences[d.Sentence].Last
	for j := k; j < last && j < k+12; j++ {
		w := strings.ToLower(a.word(j))
		if w == ";" || w == ":" || a.inQuote[j] {
			break
		}
		if w != "of" || j+1 >= last || !(j == k || strings.EqualFold(a.word(j-1), "that")) {
			continue
		}
		for n := j + 1; n < last && n <= j+2; n++ {
			if o, ok := a.startsAt[n]; ok && a.speaks(o) {
				return o, true
			}
			if !strings.EqualFold(a.word(n), "the") && !lexicon.Honorific(a.word(n)) {
				break // "of the clever lady", "of Mrs. Gibson" (whose name starts after the title)
			}
		}
		break
	}
	return -1, false
}

// issuerOf finds who issued the document that mention m describes, when
// the document speaks: "Trump and Ryan issued a statement describing …",
// "His office put out a statement saying …" — the words are the
// issuer's, as PolNeAR and readers take them.
func (a *attributor) issuerOf(m int) (int, bool) {
	k, ok := a.issuingVerb(m)
	if !ok {
		return -1, false
	}
	return a.subjectBefore(k, a.doc.Sentences[a.sentenceOf(k)].First)
}

// issuingVerb finds the verb that issued the document mention m
// describes: "issued" in "Trump and Ryan issued a statement", "sent" in
// "sent out a statement".
func (a *attributor) issuingVerb(m int) (int, bool) {
	d := a.doc.Mentions[m]
	if d.Kind != news.Description {
		return -1, false
	}
	words := strings.Fields(strings.ToLower(d.In(a.doc.Text)))
	if len(words) == 0 || !documentNouns[words[len(words)-1]] {
		return -1, false
	}
	k := a.mFirst[m] - 1
	if k >= 0 && (strings.EqualFold(a.word(k), "out") || strings.EqualFold(a.word(k), "off")) {
		k-- // "put out", "sent out", "fired off"
	}
	s := a.doc.Sentences[a.sentenceOf(a.mFirst[m])]
	if k < s.First || !issuingVerbs[strings.ToLower(a.word(k))] {
		return -1, false
	}
	return k, true
}

// issuerPhrase is, for a document mention m whose issuer is no one the
// article knows ("The government of American Samoa issued a statement",
// "The town released a statement"), the phrase that issued it; empty
// otherwise.
func (a *attributor) issuerPhrase(m int) news.Span {
	k, ok := a.issuingVerb(m)
	if !ok {
		return news.Span{}
	}
	first := a.doc.Sentences[a.sentenceOf(k)].First
	if _, ok := a.subjectBefore(k, first); ok {
		return news.Span{}
	}
	if ph := a.subjectPhrase(k, first); !ph.Empty() && a.opensOwnClause(ph, first) {
		return ph
	}
	return news.Span{}
}

// documentNouns are documents whose words are their issuer's.
var documentNouns = map[string]bool{"statement": true, "letter": true, "memo": true, "release": true, "email": true, "note": true,
	"message": true, "tweet": true}

// issuingVerbs put a document out.
var issuingVerbs = map[string]bool{"issued": true, "released": true, "put": true, "sent": true, "posted": true, "published": true, "circulated": true, "distributed": true, "issues": true, "releases": true, "puts": true, "sends": true,
	"blasted": true, "fired": true, "dispatched": true, "emailed": true, "mailed": true} // "blasted out an email", "fired off a letter"

// phraseSkips stand between a subject and its cue: "have warned", "did
// not provide", "soon noted".
var phraseSkips = map[string]bool{"has": true, "have": true, "had": true, "is": true, "are": true,
	"was": true, "were": true, "been": true, "will": true, "would": true, "could": true, "can": true,
	"may": true, "might": true, "should": true, "must": true, "did": true, "does": true, "do": true,
	"not": true, "n't": true, "also": true, "still": true, "already": true, "now": true, "soon": true,
	"never": true, "just": true, "even": true, "then": true, "again": true, "first": true,
	"often": true, "sometimes": true, "always": true, "once": true, "too": true}

// phraseTimes are times, which say when and not who: "earlier in the
// day touted".
var phraseTimes = map[string]bool{"day": true, "days": true, "week": true, "weeks": true,
	"month": true, "months": true, "year": true, "years": true, "morning": true, "afternoon": true,
	"evening": true, "night": true, "time": true, "times": true}

// phraseOpeners open a subject phrase: "the new report", "their lawyers".
var phraseOpeners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "these": true,
	"those": true, "its": true, "their": true, "his": true, "her": true, "our": true, "some": true,
	"many": true, "most": true, "all": true, "both": true, "several": true, "other": true,
	"another": true, "each": true, "every": true}

// subjectPhrase finds the noun phrase right before the cue at token c,
// no further back than from, for a cue whose subject no mention is: "The
// Vatican says", "Abortion rights advocates said", "the new report
// demonstrates". Its last word is its head (a possessive's owner: "The
// group's appeals for"), and a pronoun, a function word, a time, a
// preposition, another cue or a contraction there is no subject.
func (a *attributor) subjectPhrase(c, from int) news.Span {
	k := c - 1
	for k >= from && (phraseSkip(a.word(k)) || isLowerWord(a.word(k)) && strings.HasSuffix(a.word(k), "ly")) {
		k--
	}
	// "Murphy’s opposition to", "The group's appeals for": a speech
	// noun's owner, without its "’s" ("let's" owns nothing).
	end := -1
	if k >= from {
		if w := a.word(k); (w == "’s" || w == "'s") && k > from {
			if strings.EqualFold(a.word(k-1), "let") {
				return news.Span{}
			}
			k--
		} else if base, ok := ownerWord(w); ok {
			end = a.doc.Tokens[k].Start + len(base)
		}
	}
	if k < from || a.inQuote[k] || a.doc.Tokens[k].Kind != news.Word {
		return news.Span{}
	}
	head := a.word(k)
	if end >= 0 {
		head = a.doc.Text[a.doc.Tokens[k].Start:end]
	}
	lower := strings.ToLower(head)
	if lexicon.FunctionWord(head) || timeWords[lower] || phraseTimes[head] || prepositions[lower] || a.isCue(k) || contraction(head) {
		return news.Span{} // "let's", "they're", "earlier in the day"
	}
	if _, ok := lexicon.Pronoun(head); ok {
		return news.Span{}
	}
	start := k
	for j := k - 1; j >= from && j > k-8 && !a.inQuote[j]; j-- {
		w := a.word(j)
		lw := strings.ToLower(w)
		if phraseOpeners[lw] {
			start = j
			break
		}
		if w == "’s" || w == "'s" || lw == "of" || a.doc.Tokens[j].Kind == news.Number {
			start = j
			continue
		}
		if m, ok := a.endsAt[j]; ok && a.doc.Mentions[m].Kind == news.Place && a.mFirst[m] > k-8 {
			// "The New York businessman": a place's name modifies the
			// head, "New" and all.
			start = a.mFirst[m]
			j = start
			continue
		}
		if a.doc.Tokens[j].Kind != news.Word || lexicon.FunctionWord(w) || a.isCue(j) {
			break
		}
		start = j
	}
	for start < k && strings.EqualFold(a.word(start), "of") {
		start++ // "… of" is no phrase's opening
	}
	if end < 0 {
		end = a.doc.Tokens[k].End
	}
	return news.Span{Start: a.doc.Tokens[start].Start, End: end}
}

// phraseSkip reports whether w stands between a subject and its cue:
// "have", "did not", "don’t".
func phraseSkip(w string) bool {
	w = strings.ReplaceAll(strings.ToLower(w), "’", "'")
	return phraseSkips[w] || negatedAuxiliaries[w]
}

// ownerWord returns the owner a possessive word names: "Murphy" of
// "Murphy’s".
func ownerWord(w string) (string, bool) {
	for _, s := range []string{"’s", "'s"} {
		if base, ok := strings.CutSuffix(w, s); ok && base != "" && !strings.EqualFold(base, "let") {
			return base, true
		}
	}
	return "", false
}

// negatedAuxiliaries are the contracted denials between a subject and
// its cue.
var negatedAuxiliaries = map[string]bool{"don't": true, "doesn't": true, "didn't": true, "won't": true,
	"can't": true, "couldn't": true, "wouldn't": true, "isn't": true, "aren't": true, "wasn't": true,
	"weren't": true, "hasn't": true, "haven't": true, "hadn't": true, "shouldn't": true}

// contraction reports whether w is or ends in a contraction: "'s" alone
// ("let's" split), "they're", "don't". "O'Malley" is a name.
func contraction(w string) bool {
	w = strings.ReplaceAll(strings.ToLower(w), "’", "'")
	for _, end := range []string{"'s", "n't", "'re", "'ll", "'ve", "'d", "'m"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// phraseAfter finds the source named from token k to the next mark, no
// further than end, when it holds no mention: "according to
// ouest-france.fr", "In the new Post-ABC poll,". At most eight words: a
// longer stretch is no name.
func (a *attributor) phraseAfter(k, end int) news.Span {
	last := -1
	for j := k; j < end && j < k+8; j++ {
		w := a.word(j)
		if a.inQuote[j] || a.doc.Tokens[j].Kind == news.Punct && w != "’s" && w != "'s" && w != "-" && w != "." && w != "/" {
			break
		}
		last = j
	}
	if last < 0 || last+1 < end && last+1 < len(a.doc.Tokens) && a.doc.Tokens[last+1].Kind == news.Word {
		return news.Span{} // it ran on past eight words
	}
	for last >= k && (a.word(last) == "." || lexicon.FunctionWord(a.word(last))) {
		last--
	}
	if last < k || timeWords[strings.ToLower(a.word(last))] {
		return news.Span{}
	}
	return news.Span{Start: a.doc.Tokens[k].Start, End: a.doc.Tokens[last].End}
}

// cueObject reports whether mention m is the object of the -ing cue
// right before it: "citing Exodus (“…”), endorsed" is the pastor's act.
func (a *attributor) cueObject(m int) bool {
	k := a.phraseStart(m) - 1
	return k >= 0 && strings.HasSuffix(a.word(k), "ing") && a.isCue(k)
}

// participleObject reports whether mention m, or the title before it,
// follows a participle in lower case, whose object it is: "supporting
// Mr. Cruz", "visiting Nice".
func (a *attributor) participleObject(m int) bool {
	mm := a.doc.Mentions[m]
	k := a.mFirst[m] - 1
	if !mm.Role.Empty() {
		for k >= 0 && a.doc.Tokens[k].End > mm.Role.Start {
			k--
		}
	}
	if k < 0 {
		return false
	}
	w := a.word(k)
	return isLowerWord(w) && len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && !lexicon.FunctionWord(w)
}
