package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/news"
)

// Classifier labels the words of a sentence with entity types ("PERSON",
// "GPE", "ORGANIZATION", ...), keyed by the word. It is how a model is
// asked about a stretch the rules cannot decide; Prose is the one whosaid
// uses, and tests may stand in their own.
type Classifier interface {
	Labels(sentence string) map[string]string
}

// verdict is what the rules make of a capitalised stretch.
type verdict uint8

const (
	skip verdict = iota
	person
	maybePerson // a person only if the model or the rest of the article says so
	organisation
	place
)

// run is a stretch of capitalised words in one sentence.
type run struct {
	sentence    int
	first, last int       // token indexes [first, last) of the name
	role        news.Span // the title split off its front, if any
	verdict     verdict
	headline    bool
}

// Find fills in doc.Mentions with the names and pronouns of doc, in text
// order. c may be nil, in which case undecided stretches are decided by
// the rest of the article alone.
func Find(doc *news.Document, c Classifier) {
	doc.Mentions = doc.Mentions[:0]
	headline := headlineParagraphs(doc)
	cases := wordCases(doc, headline)
	var runs []run
	for si, s := range doc.Sentences {
		runs = append(runs, sentenceRuns(doc, si, s, cases, headline[s.Paragraph])...)
	}
	decide(doc, runs, c)
	// The surnames the article gives in full make persons of words alone
	// that are other things too ("Israel said"), and of words the name
	// finder drops ("May said").
	surnames := knownSurnames(doc, runs)
	surnamesSpeak(doc, runs, surnames)
	calledNames(doc, runs, cases.lower)
	runs = append(runs, functionWordSurnames(doc, runs, headline, surnames)...)
	var out []news.Mention
	for _, r := range runs {
		var kind news.MentionKind
		switch r.verdict {
		case person:
			kind = news.Name
		case organisation:
			kind = news.Organisation
		case place:
			kind = news.Place
		default:
			continue
		}
		out = append(out, news.Mention{
			Span:     news.Span{Start: doc.Tokens[r.first].Start, End: doc.Tokens[r.last-1].End},
			Kind:     kind,
			Role:     r.role,
			Person:   -1,
			Sentence: r.sentence,
		})
	}
	out = append(out, pronouns(doc)...)
	sortMentions(out)
	doc.Mentions = out
}

// calledNames makes a person of a lone capitalised word no list knows
// that the text calls someone by twice or more, set off by commas or
// marks as a vocative is: "looking for you, Pip." "Pip, old chap!" A
// story's people are often named only so, by names no list holds. Words
// the text also writes in lower case, titles and roles ("Sir,",
// "Mother,"), places and bodies are left alone.
func calledNames(doc *news.Document, runs []run, lowercase map[string]bool) {
	called := map[string]int{}
	for i := range runs {
		if r := &runs[i]; r.last-r.first == 1 && r.verdict != person && vocativeAt(doc, r.first) {
			called[strings.ToLower(doc.Tokens[r.first].In(doc.Text))]++
		}
	}
	for i := range runs {
		r := &runs[i]
		if r.last-r.first != 1 || r.verdict == person || r.verdict == place || r.verdict == organisation || r.headline {
			continue
		}
		if w := doc.Tokens[r.first].In(doc.Text); called[strings.ToLower(w)] >= 2 && couldBeCalledName(w, lowercase) {
			r.verdict = person
		}
	}
}

// couldBeCalledName reports whether w, a word lines call someone by,
// can be a name: not a word the text also writes in lower case, nor an
// abbreviation ("Napa, Calif."), a word of a family's ("Mama,"), an
// interjection ("Oh,"), a title, a role, a place, a body or a people.
func couldBeCalledName(w string, lowercase map[string]bool) bool {
	return !strings.Contains(w, ".") && !lexicon.FamilyCall(w) && !lexicon.Interjection(w) && !lexicon.In(lowercase, w) &&
		!lexicon.FunctionWord(w) && !lexicon.RoleNoun(w) && !lexicon.TitleHead(w) && !lexicon.Honorific(w) &&
		!lexicon.Place(w) && !lexicon.OrgHead(w) && !lexicon.Demonym(w) && !acronym(w)
}

// vocativeAt reports whether token k stands as a vocative does: after a
// comma or an opening mark, before a comma, a stop or a closing mark.
func vocativeAt(doc *news.Document, k int) bool {
	if k == 0 || k+1 >= len(doc.Tokens) {
		return false
	}
	before, after := doc.Tokens[k-1].In(doc.Text), doc.Tokens[k+1].In(doc.Text)
	if before == "“" || before == "\"" {
		return after == "," // "Pip, old chap!" (but "Accounts!" is a line of one word)
	}
	closes := after == "," || after == "." || after == "!" || after == "?" || after == "”"
	// "Come on, old Badger!", "Dear old Badger!": words of fondness may
	// stand before the name called.
	j := k - 1
	for j > 0 && endearments[strings.ToLower(doc.Tokens[j].In(doc.Text))] {
		j--
	}
	if j < k-1 {
		b := doc.Tokens[j].In(doc.Text)
		return closes && (b == "," || b == "“" || b == "\"" || b == "." || b == "!" || b == "?")
	}
	return before == "," && closes
}

// endearments are the words of fondness that stand before a name called:
// "old Badger", "dear Jim".
var endearments = map[string]bool{"old": true, "dear": true, "poor": true, "good": true, "my": true}

// sentenceRuns finds the capitalised stretches of sentence si and gives
// each the verdict the rules alone can reach.
func sentenceRuns(doc *news.Document, si int, s news.Sentence, cases caseSets, headline bool) []run {
	var out []run
	text := doc.Text
	toks := doc.Tokens
	i := s.First
	for i < s.Last {
		if !capitalised(toks[i], text) {
			i++
			continue
		}
		j := i + 1
		bodyOf := false
		for j < s.Last {
			// "John “Tig” Tiegen", "Marcia "Cia" Price": a nickname in
			// quotation marks between given name and surname is the name's.
			if n := nicknameAt(doc, j, s.Last); n > 0 {
				j += n
				continue
			}
			t := toks[j]
			w := t.In(text)
			// "Why Sanders Is Not ...": in title case a verb or a
			// conjunction ends the name (in capitals, "THE FTC HAS
			// INVESTIGATED HIM", the words say nothing of their kind).
			breaks := lexicon.In(nameBreakers, w) && strings.ContainsFunc(w, unicode.IsLower) && postTo(doc, j, s.Last) == 0 &&
				capitalised(t, text) // in lower case the checks below decide: "Centers for Disease Control"
			if capitalised(t, text) && !breaks {
				j++
				continue
			}
			if breaks {
				break
			}
			// "The Alachua Sheriff's Office", "the Prime Minister's
			// Office": a title's office is one body's name.
			if (w == "’s" || w == "'s") && j+1 < s.Last && capitalised(toks[j+1], text) &&
				lexicon.OrgHead(toks[j+1].In(text)) && lexicon.TitleHead(toks[j-1].In(text)) {
				j += 2
				continue
			}
			// A particle inside a name ("von der Leyen") or "of" inside a
			// title ("Secretary of State") keeps the stretch going when a
			// capitalised word follows.
			if n := postTo(doc, j, s.Last); n > 0 {
				j += n
				continue
			}
			// "Ursula von der Leyen", "Vincent van der Berg": two particles.
			if lexicon.NameParticle(w) && j+2 < s.Last && lexicon.NameParticle(toks[j+1].In(text)) && capitalised(toks[j+2], text) {
				j += 3
				continue
			}
			if j+1 < s.Last && capitalised(toks[j+1], text) &&
				(lexicon.NameParticle(w) || ((w == "of" || w == "for") && (lexicon.TitleHead(toks[j-1].In(text)) || lexicon.OrgHead(toks[j-1].In(text))))) {
				bodyOf = bodyOf || w == "of" || w == "for"
				j += 2
				continue
			}
			// "the Office of the Director of National Intelligence", "the
			// Department of the Interior", "Secretary of the Treasury", "the
			// Court of Appeals for the 9th Circuit": "of the" or "for the"
			// after a body's or a title's head, then a capitalised word
			// (or an ordinal and one).
			if (w == "of" || w == "for") && j+2 < s.Last && toks[j+1].In(text) == "the" &&
				(bodyOf || lexicon.TitleHead(toks[j-1].In(text)) || lexicon.OrgHead(toks[j-1].In(text))) {
				n := j + 2
				if r, _ := utf8.DecodeRuneInString(toks[n].In(text)); unicode.IsDigit(r) && n+1 < s.Last {
					n++ // "3rd Circuit"
				}
				if capitalised(toks[n], text) && toks[n].Kind == news.Word {
					bodyOf = true
					j = n
					continue
				}
			}
			// "Department of Health and Human Services", "Centers for
			// Disease Control and Prevention", "High Court of England and
			// Wales": after a body's "of" or "for", "and" joins the words
			// that name its field — one capitalised word or two, then the
			// name ends ("the Department of Justice and the FBI" has "the").
			if w == "and" && bodyOf && !headline && andJoinsField(doc, j, s.Last) {
				j += 2
				continue
			}
			break
		}
		out = append(out, classify(doc, si, s, i, j, cases, headline)...)
		i = j
	}
	return out
}

// nicknameAt is the number of tokens of a nickname in quotation marks
// opening at token j (marks included) when a capitalised word follows
// it, as in "John “Tig” Tiegen"; otherwise 0. The nickname has one or
// two capitalised words.
func nicknameAt(doc *news.Document, j, last int) int {
	open := doc.Tokens[j].In(doc.Text)
	var close string
	switch open {
	case "“":
		close = "”"
	case "‘":
		close = "’"
	case "\"":
		close = "\""
	default:
		return 0
	}
	for words := 1; words <= 2; words++ {
		end := j + 1 + words // the closing mark's token
		if end+1 >= last || !capitalised(doc.Tokens[end-1], doc.Text) {
			return 0
		}
		if doc.Tokens[end].In(doc.Text) == close {
			if capitalised(doc.Tokens[end+1], doc.Text) && doc.Tokens[end].End == doc.Tokens[end-1].End+len(close) {
				return end + 1 - j
			}
			return 0
		}
	}
	return 0
}

// andJoinsField reports whether the "and" at token j is followed by one
// or two capitalised words, not an acronym, that end the name: "and
// Human Services said", "and Wales," — but not "and Wells Fargo Bank"
// or "and NATO".
func andJoinsField(doc *news.Document, j, last int) bool {
	k := j + 1
	for k < last && k < j+3 && doc.Tokens[k].Kind == news.Word && capitalised(doc.Tokens[k], doc.Text) &&
		!acronym(doc.Tokens[k].In(doc.Text)) && !allCaps(doc, k, k+1) {
		k++
	}
	return k > j+1 && (k >= last || !capitalised(doc.Tokens[k], doc.Text))
}

// postTo reports, for token j, the "to" or "for" of a post abroad inside
// a title, how many tokens the post takes: "US Ambassador to Germany
// Richard Grenell", "US Special Representative for Iran Brian Hook",
// "Former US Ambassador to the UN Nikki Haley". It is 0 for none.
func postTo(doc *news.Document, j, last int) int {
	w := doc.Tokens[j].In(doc.Text)
	if j == 0 || (w != "to" && w != "for") || !lexicon.TitleHead(doc.Tokens[j-1].In(doc.Text)) {
		return 0
	}
	k := j + 1
	if k < last && doc.Tokens[k].In(doc.Text) == "the" {
		// "to the UN", "to the United Nations": a body's initials, or a
		// place or body of up to three words.
		k++
		n := 0
		for m := min(3, last-k-1); m >= 1 && n == 0; m-- {
			words := make([]string, 0, m)
			for t := k; t < k+m; t++ {
				words = append(words, doc.Tokens[t].In(doc.Text))
			}
			name := strings.Join(words, " ")
			if lexicon.Place(name) || lexicon.OrgName(name) || m == 1 && acronym(name) {
				n = m
			}
		}
		// Else the body runs up to a given name that opens the name after
		// it: "to the United Nations Nikki Haley".
		for m := 1; m <= 3 && n == 0 && k+m+1 < last; m++ {
			if !capitalised(doc.Tokens[k+m-1], doc.Text) {
				break
			}
			if known, _, _ := lexicon.GivenName(doc.Tokens[k+m].In(doc.Text)); known && capitalised(doc.Tokens[k+m+1], doc.Text) {
				n = m
			}
		}
		if n == 0 {
			return 0
		}
		k += n - 1
	} else if k < last && !lexicon.Place(doc.Tokens[k].In(doc.Text)) {
		return 0
	}
	// A name after the post: "Chad's Ambassador to France confirmed" has none.
	if k+1 >= last || !capitalised(doc.Tokens[k+1], doc.Text) {
		return 0
	}
	return k + 1 - j
}

// nameBreakers are function words that, capitalised inside a stretch of
// capitals (a title-case headline), end a name rather than belong to it:
// "Sanders Is Not", "Clinton And Sanders Debate". Words that may be part
// of a name ("May", "Will", "New", "First") are not among them.
var nameBreakers = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true,
	"have": true, "had": true, "does": true, "did": true, "not": true, "and": true, "or": true,
	"but": true, "to": true, "for": true, "with": true, "from": true, "by": true, "at": true,
	"in": true, "on": true, "as": true, "than": true, "that": true, "it": true, "his": true,
	"her": true, "their": true, "says": true, "said": true, "vs": true, "vs.": true,
}

// modals are never capitalised inside a sentence: there, "Will" is a
// name ("…, Will described Trump as …", George Will).
var modals = map[string]bool{"Will": true, "Shall": true, "Can": true, "Could": true, "Would": true,
	"Should": true, "Might": true, "Must": true}

// classify splits a capitalised stretch [i, j) into its title and name
// and gives the name a verdict.
func classify(doc *news.Document, si int, s news.Sentence, i, j int, cases caseSets, headline bool) []run {
	text := doc.Text
	toks := doc.Tokens
	word := func(k int) string { return toks[k].In(text) }
	// A word capitalised only because it starts the sentence is no part
	// of a name: "Following", "Stop", "The".
	shouting := allCaps(doc, i, j) // "NEW YORK —": capitals say nothing of function words
	for i < j && !shouting && !opensTitle(doc, i, j) && !opensPlace(doc, i, j) && !givenAbbreviation(word(i), i+1 < j) &&
		(lexicon.FunctionWord(word(i)) && !(modals[word(i)] && !startsSentence(doc, s, i)) ||
			startsSentence(doc, s, i) && lexicon.In(cases.lower, word(i)) && !(i+1 < j && lexicon.NameParticle(strings.ToLower(word(i))))) {
		i++
	}
	// "“Ah Newton!” said she": an interjection before a name is no part
	// of it.
	for j-i > 1 && lexicon.Interjection(word(i)) && !acronym(word(i)) && !lexicon.TitleHead(word(i+1)) && !lexicon.Honorific(word(i+1)) {
		i++ // (not "OK Gov Fallin", a state's initials and a title)
	}
	// "Alachua Sheriff's Office": a title's office, which sentenceRuns
	// kept whole, is a body, title and all.
	for k := i + 1; k+1 < j; k++ {
		if w := word(k); w == "’s" || w == "'s" {
			return []run{{sentence: si, first: i, last: j, verdict: organisation, headline: headline}}
		}
	}
	// "Finally Marilla spoke": an adverb opening the sentence is no part
	// of a name, unless it is a given name (Emily, Kelly); nor is a
	// participle: "Assisting Oliver to rise, the gentleman …".
	if j-i > 1 && (startsSentence(doc, s, i) || afterOpeningMark(doc, i)) && (strings.HasSuffix(word(i), "ly") || len(word(i)) > 5 && strings.HasSuffix(word(i), "ing")) &&
		!lexicon.OrgName(text[toks[i].Start:toks[j-1].End]) { // "Downing Street said"
		if known, _, _ := lexicon.GivenName(word(i)); !known {
			i++
		}
	}
	// "Honest Jemima had all the bills": an epithet that opens the
	// sentence describes the one named.
	if j-i > 1 && startsSentence(doc, s, i) && !shouting && describesGiven(word(i), cases) {
		i++
	}
	// "But Mars Tom I's powerful 'fraid": the pronoun of a dialect "I's"
	// ends no name; nor does "I" after a word that is no given name ("all
	// the Latin I knew"), where it is the narrator, not a king's numeral
	// ("Charles I").
	if j-i > 1 && word(j-1) == "I" && (j < s.Last && (word(j) == "'s" || word(j) == "’s") || !knownGiven(word(j-2))) {
		j--
	}
	// "Trump Wednesday", "Sanders Tuesday": a day after a name dates the
	// sentence and is no part of the name.
	for j > i && lexicon.In(dateWords, word(j-1)) {
		j--
	}
	// "Barack Obama Election Day": a day named after someone is a day;
	// the name before it is the person's.
	if j-i > 2 && lexicon.Holiday(word(j-2)+" "+word(j-1)) {
		j -= 2
	}
	if i >= j {
		return nil
	}
	r := run{sentence: si, first: i, last: j, headline: headline}
	// The title in front: up to the last title head that leaves a name
	// behind. Capitalised words before the head belong to the title too
	// ("Harbor Commissioner Luis Ortega"), unless the stretch starts with a
	// given name, which would make it a name of its own.
	lastHead := -1
	givenFirst, _, _ := lexicon.GivenName(word(i))
	// "Virginia Gov. Terry McAuliffe", "Charlotte Mayor Jennifer Roberts":
	// a place that is a given name too, before a title, is the title's.
	if givenFirst && j-i > 2 && lexicon.Place(word(i)) && (lexicon.TitleHead(word(i+1)) || lexicon.Honorific(word(i+1))) {
		givenFirst = false
	}
	// "the Office of the Director of National Intelligence": a body's
	// head and its "of" or "for" open a body's name, whose title words
	// ("Director") are no title of a person.
	bodyName := j-i > 2 && lexicon.OrgHead(word(i)) && (word(i+1) == "of" || word(i+1) == "for")
	for k := i; k < j-1 && !bodyName; k++ {
		w := word(k)
		if lexicon.TitleHead(w) || lexicon.Honorific(w) {
			if lexicon.NameSuffix(word(k + 1)) {
				break
			}
			lastHead = k
			continue
		}
		if !titleWord(w) && w != "of" && (givenFirst || lastHead >= 0) {
			break
		}
	}
	// "Secretary of State John Kerry": the role goes on over "of" and the
	// title words after it, when a name is left.
	for lastHead >= 0 && lastHead+2 < j-1 && word(lastHead+1) == "of" && lexicon.TitleModifier(word(lastHead+2)) {
		lastHead += 2
	}
	// "Secretary of the Treasury Steven Mnuchin": over "of the" and the
	// capitalised words up to a given name; "Undersecretary for Political
	// Affairs Wendy Sherman": over "for" and the same.
	if lastHead >= 0 && lastHead+3 < j-1 && (word(lastHead+1) == "of" && word(lastHead+2) == "the" || word(lastHead+1) == "for") {
		from := lastHead + 3
		if word(lastHead+1) == "for" {
			from = lastHead + 2
		}
		k := from
		for k < j-1 {
			if known, _, _ := lexicon.GivenName(word(k)); known {
				break
			}
			k++
		}
		if k > from && k < j-1 {
			lastHead = k - 1
		}
	}
	// "US Ambassador to Germany Richard Grenell": a post's place is the
	// role's too.
	if lastHead >= 0 && lastHead+2 < j-1 {
		if n := postTo(doc, lastHead+1, j); n > 0 {
			lastHead += n
		}
	}
	// "Columnist George Will", "Pollster John Zogby", "Marine John
	// Tiegen": a role noun capitalised before a given name is the role,
	// as a title is. ("marine" is no role noun in lower case, where it
	// is most often "a marine ecologist".)
	// So is one further in, with the words before it ("House Republican
	// Thomas Massie", "Maricopa County Recorder Helen Purcell"), when a
	// given name and a surname follow it — but not in a title-case line,
	// whose capitals say nothing ("Benghazi Widow Dorothy Woods Defends
	// Trump …").
	if lastHead < 0 && j-i > 2 {
		for k := i; k+2 < j && (k == i || !headline); k++ {
			if w := word(k); lexicon.RoleNoun(strings.ToLower(w)) || lexicon.CapitalRole(w) || lexicon.PartyMember(w) {
				if known, _, _ := lexicon.GivenName(word(k + 1)); known {
					lastHead = k
				}
			}
		}
	}
	// "the Justice Department", "the Treasury Department": a title's word
	// before a body's head alone is the body's name, not a title.
	if lastHead >= 0 && lastHead == j-2 && lexicon.OrgHead(word(j-1)) && !lexicon.Honorific(word(lastHead)) {
		lastHead = -1
	}
	if lastHead >= 0 {
		r.role = news.Span{Start: toks[i].Start, End: toks[lastHead].End}
		r.first = lastHead + 1
		for r.first < j && word(r.first) == "of" {
			r.first++
		}
	}
	// In a title-case line every word has its capital. A speech verb's
	// form ends a name ("Mike Pence Calls for …"); so, after a title,
	// does a word the article writes in lower case and never capitalises
	// inside its prose ("President Obama Speech at …"). Without a title
	// the words may be a description's ("Charleston Church Shooting
	// Survivors Explain …"), and a role noun stays ("Former Clinton
	// Pollster Says …" names no Clinton).
	if headline && !shouting {
		for k := r.first + 1; k < r.last; k++ {
			w := word(k)
			common := strings.ContainsFunc(w, unicode.IsLower) && cases.lower[strings.ToLower(w)] && !cases.prose[w] &&
				!knownGiven(w) && !lexicon.RoleNoun(strings.ToLower(w))
			if speechVerbForm(w) && strings.ContainsFunc(w, unicode.IsLower) || common && !r.role.Empty() {
				r.last = k
				break
			}
		}
	}
	if r.first >= r.last {
		return nil
	}
	r.verdict = nameVerdict(doc, &r)
	if r.verdict == organisation && lastHead >= 0 && word(lastHead+1) == "of" {
		// "Anthony Anton, president and CEO of Washington Restaurant
		// Association": the title is the person's before it, not the
		// body's.
		r.role = news.Span{}
	}
	return []run{r}
}

// onlyTitleWords reports whether every word is a party's, a title's or a
// role's, the last a head: "Republican Assemblywoman", "Democratic
// Senator" (not "Homeland Security", a body's words).
func onlyTitleWords(words []string) bool {
	if last := words[len(words)-1]; !lexicon.TitleHead(last) && !lexicon.RoleNoun(strings.ToLower(last)) && !lexicon.CapitalRole(last) && !lexicon.PartyMember(last) {
		return false
	}
	for _, w := range words {
		if !lexicon.PartyMember(w) && !lexicon.TitleHead(w) && !lexicon.TitleModifier(w) &&
			!lexicon.RoleNoun(strings.ToLower(w)) && !lexicon.CapitalRole(w) {
			return false
		}
	}
	return true
}

// articleWords open a noun phrase: a run of capitals after one is a
// description's words, not a name, when it holds no name's word.
var articleWords = map[string]bool{"a": true, "an": true, "the": true}

// roleBefore reports whether a role in lower case stands right before
// the run's name, in its sentence: "leader Kim Jong Un", "Roscosmos head
// Yuri Borisov".
func roleBefore(doc *news.Document, r *run) bool {
	s := doc.Sentences[r.sentence]
	if r.first <= s.First || r.headline {
		return false
	}
	w := doc.Tokens[r.first-1].In(doc.Text)
	return lexicon.RoleNoun(w) && unicode.IsLower([]rune(w)[0])
}

// givenAbbreviation reports whether w, a month's abbreviation written
// without its point, is a given name because capitals follow it: "Jan
// Brewer", where a date would read "Jan. 5".
func givenAbbreviation(w string, capitalsFollow bool) bool {
	if !capitalsFollow || len(w) != 3 || !lexicon.FunctionWord(w) {
		return false
	}
	known, _, _ := lexicon.GivenName(w)
	return known
}

// dateWords end no name: days, and the months that are not also names
// ("Theresa May", "June Carter" keep theirs).
var dateWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "tonight": true, "yesterday": true,
	"tomorrow": true, "january": true, "february": true, "july": true, "september": true,
	"october": true, "november": true, "december": true,
}

// opensPlace reports whether tokens [i, j) start with the name of a
// known place of two or three words: "New York Times" keeps its "New"
// though "new" is a common word.
func opensPlace(doc *news.Document, i, j int) bool {
	name := doc.Tokens[i].In(doc.Text)
	for k := i + 1; k < j && k < i+3; k++ {
		name += " " + doc.Tokens[k].In(doc.Text)
		if lexicon.Place(name) {
			return true
		}
	}
	return false
}

// opensTitle reports whether tokens [i, j) start with a title that ends in
// a title head and leaves a name after it: "First Deputy Prime Minister
// Denis Manturov" keeps its "First" though "first" is a common word.
func opensTitle(doc *news.Document, i, j int) bool {
	for k := i; k < j-1; k++ {
		w := doc.Tokens[k].In(doc.Text)
		if lexicon.TitleHead(w) || lexicon.Honorific(w) {
			return true
		}
		if !lexicon.TitleModifier(w) {
			return false
		}
	}
	return false
}

// allCaps reports whether tokens [i, j) are all written in capitals, as
// datelines and some headlines are.
func allCaps(doc *news.Document, i, j int) bool {
	for k := i; k < j; k++ {
		if !acronym(doc.Tokens[k].In(doc.Text)) {
			return false
		}
	}
	return j-i > 1
}

// speechVerbForm reports whether w is a speech verb's inflected form
// ("Calls", "Says", "Warned"), not its bare lemma, which is also many a
// surname ("Call", "Ward").
func speechVerbForm(w string) bool {
	lemma, ok := lexicon.SpeechVerb(w)
	return ok && !strings.EqualFold(lemma, w)
}

// dateline reports whether run r opens its sentence in capitals before a
// dash, as a dateline does: "ORLANDO, Fla. (AP) —", "WASHINGTON —".
func dateline(doc *news.Document, r *run) bool {
	s := doc.Sentences[r.sentence]
	if r.first != s.First {
		return false
	}
	for k := r.first; k < r.last; k++ {
		w := doc.Tokens[k].In(doc.Text)
		if strings.ToUpper(w) != w {
			return false
		}
	}
	for k := r.last; k < s.Last && k < r.last+8; k++ {
		switch doc.Tokens[k].In(doc.Text) {
		case "—", "–", "--":
			return true
		}
	}
	return false
}

// givenThenDemonym reports whether a two-word name is a known given name
// and a singular demonym: a person whose surname names a people.
func givenThenDemonym(words []string) bool {
	if len(words) != 2 || strings.HasSuffix(words[1], "s") || !lexicon.Demonym(words[1]) {
		return false
	}
	known, _, _ := lexicon.GivenName(words[0])
	return known
}

// transcriptLabel reports whether run r is the speaker's label of a
// transcript's line: a name in capitals that opens its paragraph and a
// colon after it ("TRUMP:", "JAKE TAPPER:"). A body's name ("AP:",
// "HUFFPOLLSTER:") is no label, nor are two letters.
func transcriptLabel(doc *news.Document, r *run) bool {
	s := doc.Sentences[r.sentence]
	if r.last >= s.Last || doc.Tokens[r.last].In(doc.Text) != ":" || r.last-r.first > 3 || !startsSentence(doc, s, r.first) {
		return false
	}
	if s.Start != doc.Paragraphs[s.Paragraph].Start {
		return false
	}
	name := doc.Text[doc.Tokens[r.first].Start:doc.Tokens[r.last-1].End]
	if len(name) < 3 || lexicon.OrgName(name) || lexicon.Place(name) {
		return false
	}
	for k := r.first; k < r.last; k++ {
		if w := doc.Tokens[k].In(doc.Text); !acronym(w) || lexicon.OrgHead(w) {
			return false
		}
	}
	return true
}

// givenFirst reports whether a name's first word is a known given name.
func givenFirst(words []string) bool { return knownGiven(words[0]) }

// orgOf reports whether a name is an organisation's "HEAD of ..." or
// "HEAD for ...": the "American Federation of Teachers", the "Bank of
// America", the "Center for American Progress".
func orgOf(words []string) bool {
	for k := 1; k+1 < len(words); k++ {
		if (words[k] == "of" || words[k] == "for") && lexicon.OrgHead(words[k-1]) {
			return true
		}
	}
	return false
}

func titleWord(w string) bool {
	return lexicon.TitleHead(w) || lexicon.TitleModifier(w) || lexicon.Honorific(w)
}

// roleNounAfter reports whether a lower-case role noun follows run r:
// "governor" after "Former Arizona".
func roleNounAfter(doc *news.Document, r *run) bool {
	if r.last >= doc.Sentences[r.sentence].Last {
		return false
	}
	w := doc.Tokens[r.last].In(doc.Text)
	return lexicon.RoleNoun(w) && unicode.IsLower([]rune(w)[0])
}

// nameVerdict classes the name part of a run by the rules alone; for an
// organisation named with a lower-case noun it extends the run over it.
func nameVerdict(doc *news.Document, r *run) verdict {
	text := doc.Text
	toks := doc.Tokens
	words := make([]string, 0, r.last-r.first)
	for k := r.first; k < r.last; k++ {
		words = append(words, toks[k].In(text))
	}
	name := strings.Join(words, " ")
	last := words[len(words)-1]
	switch {
	case lexicon.Holiday(name):
		return skip // "Christmas Eve" is a day, not a woman called Eve
	case lexicon.Place(name) || dateline(doc, r):
		return place
	case givenThenDemonym(words):
		return person // "Mark Cuban", "Jack English": a surname that is also a people's
	case lexicon.Demonym(last) || lexicon.Demonym(strings.TrimSuffix(last, "s")):
		return skip // "North Korean", "Russians": they describe, they do not name
	case r.role.Empty() && len(words) > 1 && onlyTitleWords(words) && r.first > 0 && lexicon.In(articleWords, toks[r.first-1].In(text)):
		return skip // "A Republican Assemblywoman, Jill Tolles,": a description in capitals, no name
	case !r.role.Empty() && len(words) > 1 && givenFirst(words):
		return person // "Atlantic City Mayor Don Guardian": a title and a given name, whatever the surname
	case len(words) > 1 && lexicon.FacilityWord(last) && !lexicon.OrgName(name):
		return place // "Bank of America Stadium": a body's name, then a building's word
	case lexicon.OrgName(name) || len(words) > 1 && lexicon.OrgHead(last) || orgOf(words):
		return organisation
	case lexicon.TitleModifier(words[0]) && roleNounAfter(doc, r):
		return skip // "Former Arizona governor Jan Brewer": the stretch opens a title
	case r.headline && len(words) == 1 && speechVerbForm(last):
		return skip // "The Inspector Calls", "Mayor Says": in a headline, the verb
	case !r.role.Empty():
		return person
	case transcriptLabel(doc, r):
		return person // "TAPPER: And obviously, …": a transcript names who speaks in capitals
	case len(words) == 1 && acronym(last) && !lexicon.CommonCaps(last):
		return organisation
	case len(words) > 1 && len(words[0]) >= 3 && acronym(words[0]) && !strings.Contains(words[0], ".") &&
		strings.ContainsFunc(last, unicode.IsLower) && !givenFirst(words) && !r.headline:
		// "BBC Sport", "USC Dornsife": a body's initials open its name
		// (not a person's, "J.M. Berger", nor a line in capitals).
		return organisation
	case lexicon.PlaceWord(words[0]) || len(words) > 1 && lexicon.PlaceWord(last):
		// "Port Calder", "Tessa River" — but a given name and a word of
		// places, beside a role in lower case or a speech verb, is a
		// person: "pollster Mary Lake said", "Jim Fort spoke".
		if len(words) > 1 && givenFirst(words) && !lexicon.PlaceWord(words[0]) && (roleBefore(doc, r) || nextToSpeechVerb(doc, r)) {
			return person
		}
		return place
	}
	if known, _, _ := lexicon.GivenName(words[0]); known && len(words) > 1 && !r.headline {
		return person
	}
	// A role in lower case right before a name: "leader Kim Jong Un",
	// "Roscosmos head Yuri Borisov".
	if roleBefore(doc, r) {
		return person
	}
	// A name set off after a word for a person is that person's: "her
	// nephew, Giles,", "the butler, Jenkins".
	if s := doc.Sentences[r.sentence]; r.first-2 >= s.First && !r.headline && toks[r.first-1].In(text) == "," {
		if w := toks[r.first-2].In(text); lexicon.RoleNoun(w) && unicode.IsLower([]rune(w)[0]) {
			return person
		}
	}
	if lexicon.OrgHead(last) {
		// A lone "Party", "Times" is no name on its own — but "the Times
		// reported", "said the Post": a paper named short where it speaks.
		if len(words) == 1 && r.first > 0 && strings.EqualFold(toks[r.first-1].In(text), "the") && nextToSpeechVerb(doc, r) {
			return organisation
		}
		return skip
	}
	// A name followed by a lower-case word for a body is that body's name:
	// "Time magazine", "Breitbart website"; so is one that owns a body
	// with a capitalised name: "Lakeport Fishermen's Association".
	if s := doc.Sentences[r.sentence]; r.last < s.Last {
		w := toks[r.last].In(text)
		if lexicon.OrgHead(w) && unicode.IsLower([]rune(w)[0]) {
			r.last++ // "Time magazine", "the Clinton campaign": the body's name takes its noun
			return organisation
		}
		if (w == "’s" || w == "'s") && r.last+1 < s.Last && lexicon.OrgHead(toks[r.last+1].In(text)) &&
			unicode.IsUpper([]rune(toks[r.last+1].In(text))[0]) {
			return organisation
		}
	}
	return maybePerson
}

// decide settles the runs the rules left open: a word of a person's name
// found elsewhere in the article makes a person; otherwise the model is
// asked, one sentence at a time.
func decide(doc *news.Document, runs []run, c Classifier) {
	known := map[string]bool{} // lower-case words of the names of people
	learn := func() {
		for _, r := range runs {
			if r.verdict == person {
				for k := r.first; k < r.last; k++ {
					known[strings.ToLower(doc.Tokens[k].In(doc.Text))] = true
				}
			}
		}
	}
	// The model reads a window of a few words around the stretch, which is
	// all its features look at, rather than the whole sentence: its cost
	// grows with the words it reads.
	ask := func(r *run) map[string]string {
		if c == nil {
			return nil
		}
		s := doc.Sentences[r.sentence]
		from, to := max(s.First, r.first-modelWindow), min(s.Last, r.last+modelWindow)
		return c.Labels(doc.Text[doc.Tokens[from].Start:doc.Tokens[to-1].End])
	}
	allKnown := func(r *run) bool {
		for k := r.first; k < r.last; k++ {
			if !lexicon.In(known, doc.Tokens[k].In(doc.Text)) {
				return false
			}
		}
		return true
	}
	// The model is slow, and a name matters most where someone speaks: it
	// is asked only about sentences with a quote mark or a speech verb.
	// A longer stretch elsewhere waits, and is a person if its surname
	// turns out to be one where someone speaks.
	speech := speechSentences(doc)
	asked := map[string]verdict{}
	var deferred []*run
	// Longer stretches first, so that a name the model confirms ("Luis
	// Ortega") lends its words to the single words that follow.
	learn()
	for _, single := range []bool{false, true} {
		for n := range runs {
			r := &runs[n]
			if r.verdict != maybePerson || (r.last-r.first == 1) != single {
				continue
			}
			switch {
			case allKnown(r):
				r.verdict = person
			case r.headline:
				r.verdict = skip
			case single && givenName(doc, r):
				r.verdict = person // "Thomas has not written": a given name alone is a person
			case single && startsSentence(doc, doc.Sentences[r.sentence], r.first) && !nextToSpeechVerb(doc, r):
				// A lone capitalised word opening a sentence says nothing
				// by its capital; only the rest of the article can make it
				// a name — or its being a speaker ("Carvalho said").
				r.verdict = skip
			case !speech[r.sentence] || single && !nextToSpeechVerb(doc, r):
				// A lone word matters only as a speaker, right by its verb.
				r.verdict = skip
				if !single {
					deferred = append(deferred, r)
				}
			case nextToSpeechVerb(doc, r):
				// Right by a speech verb, a name that is no known place or
				// body is a speaker: "Romney said", "said Yuki Tanabe".
				r.verdict = person
			case c == nil:
				// A longer name where someone speaks, with no model to ask:
				// most often the speaker, named before a pronoun takes over.
				r.verdict = person
			default:
				// One verdict per name and article: the model is asked about
				// "Mitt Romney" once, however often he is named.
				key := strings.ToLower(doc.Text[doc.Tokens[r.first].Start:doc.Tokens[r.last-1].End])
				v, ok := asked[key]
				if !ok {
					v = modelVerdict(doc, r, ask(r))
					asked[key] = v
				}
				r.verdict = v
			}
		}
		learn()
	}
	// A deferred name whose surname speaks elsewhere is a person; so is
	// the surname ("The mayor, Ines Carvalho, ..." then "Carvalho said").
	speaking := map[string]bool{}
	for n := range runs {
		if r := &runs[n]; r.last-r.first == 1 && (nextToSpeechVerb(doc, r) || transcriptLabel(doc, r)) {
			speaking[strings.ToLower(doc.Tokens[r.first].In(doc.Text))] = true
		}
	}
	for _, r := range deferred {
		surname := strings.ToLower(doc.Tokens[r.last-1].In(doc.Text))
		if known[surname] || speaking[surname] {
			r.verdict = person
			known[surname] = true
		}
	}
	for n := range runs {
		if r := &runs[n]; r.verdict == skip && r.last-r.first == 1 && !r.headline &&
			lexicon.In(speaking, doc.Tokens[r.first].In(doc.Text)) &&
			lexicon.In(known, doc.Tokens[r.first].In(doc.Text)) {
			r.verdict = person
		}
	}
}

// surnamesSpeak makes a person of a lone word that names a place or a
// body, or reads as a common word, where it is the surname of someone the
// article names in full, with a given name or a title, and stands by a
// speech verb: "Rep. Steve Israel …
// “…,” Israel said", "Mayor Don Guardian … Guardian said".
func surnamesSpeak(doc *news.Document, runs []run, surnames map[string]bool) {
	if len(surnames) == 0 {
		return
	}
	for n := range runs {
		if r := &runs[n]; r.verdict != person && r.last-r.first == 1 && !r.headline &&
			lexicon.In(surnames, doc.Tokens[r.first].In(doc.Text)) && (nextToSpeechVerb(doc, r) || asideThenSpeech(doc, r)) {
			r.verdict = person
		}
	}
}

// asideThenSpeech reports whether a relative clause set off by commas
// stands between the name and its speech verb: "“…,” Paris, who used to
// work on Capitol Hill, said". Only a known surname is tried this far
// from its verb: a place may well have a "which" or "where" clause, not a
// "who".
func asideThenSpeech(doc *news.Document, r *run) bool {
	s := doc.Sentences[r.sentence]
	k := r.last
	if k+2 >= s.Last || doc.Tokens[k].In(doc.Text) != "," || doc.Tokens[k+1].In(doc.Text) != "who" {
		return false
	}
	for j := k + 2; j < s.Last && j < k+16; j++ {
		switch w := doc.Tokens[j].In(doc.Text); {
		case closesQuote(w) || w == "“" || w == "\"":
			return false
		case w == ",":
			return nextToSpeechVerb(doc, &run{sentence: r.sentence, first: j + 1, last: j + 1})
		}
	}
	return false
}

// knownSurnames are the last words of the names the article gives in
// full with a given name or a title: the surnames it may use alone. Only
// a name known as one counts, not "Several Twitter" or "Poor Mexico".
func knownSurnames(doc *news.Document, runs []run) map[string]bool {
	surnames := map[string]bool{}
	for _, r := range runs {
		if r.verdict != person || r.last-r.first < 2 || r.headline {
			continue
		}
		if known, _, _ := lexicon.GivenName(doc.Tokens[r.first].In(doc.Text)); known || !r.role.Empty() {
			surnames[strings.ToLower(doc.Tokens[r.last-1].In(doc.Text))] = true
		}
	}
	return surnames
}

// functionWordSurnames finds the surnames that are also a month, a modal
// or a preposition, which classify drops as words capitalised only by
// their place: "Prime Minister Theresa May … “…,” May said", "Al From …
// From said". Alone inside a sentence and next to a speech verb, such a
// word is the person — but not after a preposition or a determiner,
// where it is a month ("in May said"), nor before a figure ("said May
// 5").
func functionWordSurnames(doc *news.Document, runs []run, headline []bool, surnames map[string]bool) []run {
	if len(surnames) == 0 {
		return nil
	}
	// Runs come in the text's order: next walks them alongside the
	// tokens to tell whether one holds token k.
	next := 0
	taken := func(k int) bool {
		for next < len(runs) && runs[next].last <= k {
			next++
		}
		return next < len(runs) && runs[next].first <= k
	}
	var out []run
	for si, s := range doc.Sentences {
		if headline[s.Paragraph] {
			continue
		}
		for k := s.First + 1; k < s.Last; k++ {
			t := doc.Tokens[k]
			if t.Kind != news.Word || !capitalised(t, doc.Text) {
				continue
			}
			w := t.In(doc.Text)
			if !lexicon.In(surnames, w) || !lexicon.FunctionWord(w) || taken(k) || startsSentence(doc, s, k) {
				continue
			}
			if prev := doc.Tokens[k-1]; prev.Kind == news.Word && (capitalised(prev, doc.Text) || lexicon.In(monthMarkers, prev.In(doc.Text))) {
				continue
			}
			if k+1 < s.Last && (doc.Tokens[k+1].Kind == news.Number || capitalised(doc.Tokens[k+1], doc.Text)) {
				continue
			}
			r := run{sentence: si, first: k, last: k + 1, verdict: person}
			if nextToSpeechVerb(doc, &r) {
				out = append(out, r)
			}
		}
	}
	return out
}

// monthMarkers stand before a month: "in May", "since May", "last May".
var monthMarkers = map[string]bool{"in": true, "on": true, "of": true, "since": true, "until": true,
	"till": true, "by": true, "from": true, "during": true, "through": true, "last": true, "next": true,
	"early": true, "late": true, "mid": true, "this": true, "that": true, "every": true, "each": true,
	"before": true, "after": true, "between": true, "to": true, "for": true}

// modelWindow is how many words either side of a stretch the model reads.
const modelWindow = 3

// speechSentences marks the sentences that hold a quote mark or a speech
// verb: where speakers are named.
func speechSentences(doc *news.Document) []bool {
	out := make([]bool, len(doc.Sentences))
	for si, s := range doc.Sentences {
		if strings.ContainsAny(s.In(doc.Text), "\"“”«»„") || strings.Contains(s.In(doc.Text), "''") {
			out[si] = true
			continue
		}
		// "― Sonya Herridge" signs the line that ends the sentence before.
		if s.First < s.Last && signs(doc, s.First) {
			out[si] = true
			continue
		}
		for _, t := range doc.Tokens[s.First:s.Last] {
			if t.Kind != news.Word {
				continue
			}
			w := t.In(doc.Text)
			if _, ok := lexicon.SpeechVerb(w); ok && unicode.IsLower([]rune(w)[0]) {
				out[si] = true
				break
			}
			if strings.EqualFold(w, "according") {
				out[si] = true
				break
			}
		}
	}
	return out
}

func givenName(doc *news.Document, r *run) bool {
	known, _, _ := lexicon.GivenName(doc.Tokens[r.first].In(doc.Text))
	return known
}

// modelVerdict asks the model's labels of the run's sentence. A single
// word needs the model to call it a person; so does a longer stretch,
// unless a speech verb stands right by it (speakers are people).
func modelVerdict(doc *news.Document, r *run, labels map[string]string) verdict {
	votes := map[string]int{}
	for k := r.first; k < r.last; k++ {
		l := labels[doc.Tokens[k].In(doc.Text)]
		l = strings.TrimPrefix(strings.TrimPrefix(l, "B-"), "I-")
		votes[l]++
	}
	switch {
	case votes["PERSON"] > 0 && votes["PERSON"] >= votes["GPE"]+votes["ORGANIZATION"]:
		return person
	case votes["GPE"] > 0 || votes["LOCATION"] > 0:
		return place
	case votes["ORGANIZATION"] > 0:
		return organisation
	}
	if r.last-r.first > 1 && nextToSpeechVerb(doc, r) {
		return person
	}
	return skip
}

func nextToSpeechVerb(doc *news.Document, r *run) bool {
	s := doc.Sentences[r.sentence]
	k := r.last
	// "Cuban also said", "Trump has said": an adverb or an auxiliary
	// between the name and its verb.
	for k < s.Last && k < r.last+2 && isLowerWord(doc.Tokens[k].In(doc.Text)) &&
		(lexicon.In(verbFillers, doc.Tokens[k].In(doc.Text)) || strings.HasSuffix(doc.Tokens[k].In(doc.Text), "ly")) {
		k++
	}
	// "Bryne went on to say, “…”": the verb after "went on to".
	if k+3 < s.Last && lexicon.GoesOnTo(doc.Tokens[k].In(doc.Text), doc.Tokens[k+1].In(doc.Text), doc.Tokens[k+2].In(doc.Text)) {
		k += 3
	}
	if k < s.Last {
		if _, ok := lexicon.SpeechVerb(doc.Tokens[k].In(doc.Text)); ok {
			return true
		}
		// "but Jo cut in with a decided, “…”", "Meg piped up".
		if k+1 < s.Last && lexicon.PhrasalCue(doc.Tokens[k].In(doc.Text), doc.Tokens[k+1].In(doc.Text)) {
			return true
		}
		// "As Vulture put it, “…”"
		if w := doc.Tokens[k].In(doc.Text); (w == "put" || w == "puts") && k+1 < s.Last && doc.Tokens[k+1].In(doc.Text) == "it" {
			return true
		}
		// "Sanders compared himself to Clinton, saying, “…”": a past verb
		// whose clause goes on to a comma and "saying" speaks.
		if w := doc.Tokens[k].In(doc.Text); strings.HasSuffix(w, "ed") && isLowerWord(w) {
			for j := k + 1; j+1 < s.Last && j < k+10; j++ {
				if doc.Tokens[j].In(doc.Text) == "," {
					if v := strings.ToLower(doc.Tokens[j+1].In(doc.Text)); v == "saying" || v == "adding" || v == "telling" || v == "writing" {
						return true
					}
					break
				}
			}
		}
		// "In 2014, Pew found that “…”": what a body found, it reports.
		if w := doc.Tokens[k].In(doc.Text); (w == "found" || w == "finds") && k+1 < s.Last && doc.Tokens[k+1].In(doc.Text) == "that" {
			return true
		}
	}
	if r.first-1 >= s.First {
		w := doc.Tokens[r.first-1].In(doc.Text)
		if _, ok := lexicon.SpeechVerb(w); ok || lexicon.TagVerb(w) {
			return true // "said Jo", "returned Jo"
		}
	}
	// "“…,” said the Dormouse", "cried the Hatter": a story's character
	// named by a capitalised noun after "the", where the verb is turned
	// round after a line. Elsewhere "the Fed" after a verb is its object:
	// "he warned the Fed against buying bonds".
	if r.first-3 >= s.First && doc.Tokens[r.first-1].In(doc.Text) == "the" &&
		doc.Tokens[r.first-3].Kind == news.Punct && (r.last >= s.Last || doc.Tokens[r.last].Kind == news.Punct) {
		if _, ok := lexicon.SpeechVerb(doc.Tokens[r.first-2].In(doc.Text)); ok {
			return true
		}
	}
	return false
}

// verbFillers come between a subject and its verb: "also said", "has
// said", "later told".
var verbFillers = map[string]bool{
	"also": true, "later": true, "then": true, "again": true, "once": true, "has": true,
	"had": true, "have": true, "will": true, "would": true, "did": true, "does": true,
	"never": true, "often": true, "still": true, "quickly": true, "told": false,
}

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// capitalised reports whether a token can be part of a name: a word that
// starts with an upper-case letter and is no pronoun's contraction
// ("I'll", "You've").
func capitalised(t news.Token, text string) bool {
	if t.Kind != news.Word {
		return false
	}
	w := t.In(text)
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	if i := strings.IndexAny(w, "'’"); i > 0 {
		if _, ok := lexicon.Pronoun(w[:i]); ok || strings.EqualFold(w[:i], "let") || strings.EqualFold(w[:i], "it") {
			return false
		}
	}
	return true
}

// startsSentence reports whether token k begins sentence s, perhaps after
// opening marks or a dash.
// afterOpeningMark reports whether token k follows an opening quote
// mark, where a title or a line begins as a sentence does: the ad
// “Playing Trump” is no one called Playing.
func afterOpeningMark(doc *news.Document, k int) bool {
	if k == 0 {
		return false
	}
	switch doc.Tokens[k-1].In(doc.Text) {
	case "“", "\"", "‘", "''", "``":
		return doc.Tokens[k-1].End == doc.Tokens[k].Start
	}
	return false
}

func startsSentence(doc *news.Document, s news.Sentence, k int) bool {
	for j := s.First; j < k; j++ {
		if doc.Tokens[j].Kind != news.Punct {
			return false
		}
	}
	return true
}

func acronym(w string) bool {
	if len(w) >= 3 && len(w) <= 6 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-' {
		return false // "(R-WI)", "D-N.Y.": a party and a state, no body
	}
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// caseSets are the words an article writes in lower case, and the
// capitalised ones it writes inside a sentence, not at its start.
type caseSets struct {
	lower, inside map[string]bool
	// prose holds the words capitalised inside a sentence of a paragraph
	// that is no title-case line: there a capital says "name".
	prose map[string]bool
}

// wordCases collects an article's caseSets. A capitalised word at a
// sentence's start that is among the lower-case words is an ordinary
// word, not a name; one never capitalised inside a sentence may be one
// too.
func wordCases(doc *news.Document, headline []bool) caseSets {
	out := caseSets{lower: map[string]bool{}, inside: map[string]bool{}, prose: map[string]bool{}}
	for _, s := range doc.Sentences {
		opened := false // a word of the sentence came before
		for _, t := range doc.Tokens[s.First:s.Last] {
			if t.Kind == news.Punct {
				continue
			}
			w := t.In(doc.Text)
			r, _ := utf8.DecodeRuneInString(w)
			switch {
			case t.Kind == news.Word && unicode.IsLower(r):
				out.lower[w] = true
			case t.Kind == news.Word && unicode.IsUpper(r) && opened:
				out.inside[w] = true
				if !headline[s.Paragraph] {
					out.prose[w] = true
				}
			}
			opened = true
		}
	}
	return out
}

// describesGiven reports whether w, opening a sentence before a name,
// is an epithet said of the one named ("Honest Jemima", "Little Nell",
// "Poor Tom") rather than a part of the name: one of the adjectives
// stories put before names, neither a given name itself nor capitalised
// anywhere inside a sentence ("Young" is a surname as often).
func describesGiven(w string, cases caseSets) bool {
	if !lexicon.In(epithets, w) || cases.inside[w] {
		return false
	}
	known, _, _ := lexicon.GivenName(w)
	return !known
}

// epithets are adjectives that stories set before a character's name.
var epithets = map[string]bool{
	"honest": true, "little": true, "young": true, "old": true, "poor": true, "dear": true,
	"good": true, "sweet": true, "big": true, "fat": true, "tall": true, "pretty": true,
	"kind": true, "gentle": true, "faithful": true, "brave": true, "jolly": true, "wise": true,
	"silly": true, "lazy": true, "lame": true, "blind": true, "wicked": true, "stout": true,
	"grim": true, "worthy": true, "noble": true, "plain": true, "sly": true, "mad": true,
}

// headlineParagraphs marks the paragraphs written in title case, where
// capitals say nothing about names.
func headlineParagraphs(doc *news.Document) []bool {
	out := make([]bool, len(doc.Paragraphs))
	words := make([]int, len(doc.Paragraphs))
	caps := make([]int, len(doc.Paragraphs))
	tagged := make([]bool, len(doc.Paragraphs))
	for _, s := range doc.Sentences {
		for k, t := range doc.Tokens[s.First:s.Last] {
			if t.Kind != news.Word {
				continue
			}
			w := t.In(doc.Text)
			if k := s.First + k; k > 0 && isLowerWord(w) && closesQuote(doc.Tokens[k-1].In(doc.Text)) {
				if _, ok := lexicon.SpeechVerb(w); ok {
					tagged[s.Paragraph] = true
				}
			}
			// "“We need law and order.” ― Sonya Herridge": signed.
			if k := s.First + k; signs(doc, k-1) {
				tagged[s.Paragraph] = true
			}
			if lexicon.FunctionWord(w) && len(w) <= 3 {
				continue // "of", "a", "to" stay lower case in most headlines
			}
			words[s.Paragraph]++
			if capitalised(t, doc.Text) {
				caps[s.Paragraph]++
			}
		}
	}
	for p, para := range doc.Paragraphs {
		// A line tagged or signed as speech is prose however many of its
		// words are names: "“Hullo, Mole!” said the Water Rat."
		titleCase := words[p] >= 4 && caps[p]*10 >= words[p]*8 && !tagged[p]
		out[p] = titleCase || words[p] <= 12 && !endsLikeProse(para.In(doc.Text)) && !tagged[p]
	}
	return out
}

// signs reports whether token k is a dash right after a closing mark, as
// in "“…” ― Sonya Herridge": what follows signs the line.
func signs(doc *news.Document, k int) bool {
	return k > 0 && strings.ContainsAny(doc.Tokens[k].In(doc.Text), "―—–") && closesQuote(doc.Tokens[k-1].In(doc.Text))
}

// closesQuote reports whether token w is a closing quotation mark.
func closesQuote(w string) bool {
	return w == "”" || w == "\"" || w == "’" || w == "''"
}

// endsLikeProse reports whether a paragraph ends as a sentence does; a
// short line that does not is a heading, a caption or a byline.
func endsLikeProse(p string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(p, " *_"))
	return strings.ContainsRune(".!?:;…”\"’'»)", r)
}

// pronouns finds the pronouns that may refer to people: third-person ones,
// and "I" and "we", which may be a narrator speaking.
func pronouns(doc *news.Document) []news.Mention {
	var out []news.Mention
	for si, s := range doc.Sentences {
		for _, t := range doc.Tokens[s.First:s.Last] {
			if t.Kind != news.Word {
				continue
			}
			p, ok := lexicon.Pronoun(t.In(doc.Text))
			if !ok || p.Second || p.First && !p.Subject {
				continue // "I" and "we" may narrate and speak; "me", "you" do not
			}
			out = append(out, news.Mention{Span: t.Span, Kind: news.Pronoun, Person: -1, Sentence: si})
		}
	}
	return out
}

func sortMentions(ms []news.Mention) {
	slices.SortStableFunc(ms, func(a, b news.Mention) int { return a.Start - b.Start })
}

// knownGiven reports whether w is a known given name.
func knownGiven(w string) bool {
	known, _, _ := lexicon.GivenName(w)
	return known
}
