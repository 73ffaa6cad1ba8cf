package roles

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/news"
)

// Find gives doc's name mentions their roles, adds the descriptions of
// unnamed people as mentions, and groups the mentions of people into
// doc.People. It needs doc's tokens, sentences and mentions.
func Find(doc *news.Document) {
	var apposites []news.Span
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Kind != news.Name {
			continue
		}
		if m.Role.Empty() {
			m.Role = roleBefore(doc, *m)
		}
		if m.Role.Empty() || onlyHonorific(doc, m.Role) {
			if r := appositive(doc, *m); !r.Empty() {
				m.Role = r
				apposites = append(apposites, r)
			}
		}
	}
	doc.Mentions = slices.DeleteFunc(doc.Mentions, func(m news.Mention) bool { return titleOnly(doc, m, apposites) })
	doc.Mentions = append(doc.Mentions, descriptions(doc)...)
	slices.SortStableFunc(doc.Mentions, func(a, b news.Mention) int { return a.Start - b.Start })
	cluster(doc, apposed(doc))
}

// titleOnly reports whether name mention m is only the title a name
// before it takes as its role ("Delfin Lorenzana, the Defence Secretary;"):
// the same person, named by office, who must not stand for anyone else.
func titleOnly(doc *news.Document, m news.Mention, apposites []news.Span) bool {
	if m.Kind != news.Name {
		return false
	}
	words := strings.Fields(m.In(doc.Text))
	last := words[len(words)-1]
	if !lexicon.RoleNoun(last) && !lexicon.TitleHead(last) {
		return false
	}
	// The roles come in the text's order: the one that may hold m is the
	// last to start at or before it.
	i := sort.Search(len(apposites), func(i int) bool { return apposites[i].Start > m.Start }) - 1
	return i >= 0 && m.End <= apposites[i].End
}

// apposed finds descriptions set beside a name — "The port's chief
// executive, Martin Grell, said", "the mayor of Lakeside, Ines Carvalho,",
// "a quick girl named Wren" — gives the name the description as its role
// (but for "named" and "called"), and returns, per such description, the
// name mention it stands for.
func apposed(doc *news.Document) map[int]int {
	out := map[int]int{}
	for i, d := range doc.Mentions {
		if d.Kind != news.Description {
			continue
		}
		if n, ok := nameBefore(doc, i); ok {
			// "Sen. Maria Lopez, a Democrat from New Mexico, and …": set
			// beside a name that has its title already, a description is
			// that person too, not someone else.
			out[i] = n
			continue
		}
		j := i + 1
		for j < len(doc.Mentions) && doc.Mentions[j].Start < d.End {
			j++ // mentions inside the description: "the mayor of Lakeside"
		}
		if j+1 < len(doc.Mentions) && doc.Mentions[j].Kind == news.Pronoun {
			if w := strings.ToLower(doc.Mentions[j].In(doc.Text)); w == "himself" || w == "herself" {
				j++ // "the artist himself, Basil Hallward"
			}
		}
		if j >= len(doc.Mentions) {
			continue
		}
		// "Her niece, a pale girl called Dora": a description set beside
		// one that brings a name in is that name's too.
		if doc.Mentions[j].Kind == news.Description && strings.TrimSpace(doc.Text[d.End:doc.Mentions[j].Start]) == "," {
			if k := introducedName(doc, j); k >= 0 {
				out[i] = k
				continue
			}
		}
		n := doc.Mentions[j]
		if n.Kind != news.Name || d.Sentence != n.Sentence {
			continue
		}
		_, _, head := descriptionParts(doc, d)
		if lexicon.DocumentNoun(head) {
			continue // "According to the statement, Kelly met …": a writing is no one's role
		}
		nameStart := n.Start
		if !n.Role.Empty() && n.Role.End <= n.Start && n.Role.Start >= d.End {
			nameStart = n.Role.Start // "the vicar's sister, Miss Eleanor Crane"
		}
		between := strings.TrimSpace(doc.Text[d.End:nameStart])
		// "the artist himself, Basil Hallward": a reflexive stresses the
		// description, which the name still sets off.
		for _, r := range []string{"himself", "herself"} {
			if rest, ok := strings.CutPrefix(between, r); ok {
				between = strings.TrimSpace(rest)
			}
		}
		// "a quick girl named Wren", "a tall man called Arthur Brisk": the
		// story's way of bringing someone in. The description is the
		// person, but no role of theirs.
		introduced := between == "named" || between == "called"
		dashed := between == "--" || between == "—" || between == "–" // "A former Republican presidential candidate -- John McCain, who lost …"
		if between != "," && !dashed && !introduced {
			continue
		}
		if k := tokenAt(doc, d.Start); k >= 2 && strings.EqualFold(doc.Tokens[k-2].In(doc.Text), "according") && strings.EqualFold(doc.Tokens[k-1].In(doc.Text), "to") {
			// "According to his doctor, Trump had …": the source, then the
			// clause's subject, unless a comma closes the name as it does
			// an aside ("According to its spokesman, John Roe, the plant").
			if e, _ := slices.BinarySearchFunc(doc.Tokens, n.End, func(t news.Token, i int) int { return t.Start - i }); e >= len(doc.Tokens) || doc.Tokens[e].Kind != news.Punct {
				continue
			}
		}
		if dashed && strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") {
			continue // "three economists — David Autor, David Dorn and …": a list, not one of them
		}
		k := tokenAt(doc, d.Start)
		if k < 0 {
			continue
		}
		det := strings.ToLower(doc.Tokens[k].In(doc.Text))
		possessed := k+1 < len(doc.Tokens) && (doc.Tokens[k+1].In(doc.Text) == "’s" || doc.Tokens[k+1].In(doc.Text) == "'s")
		closed := strings.HasPrefix(strings.TrimLeft(doc.Text[n.End:], " "), ",") // "a spokesperson, Morgan Ortagus, indicated"
		if !definite[det] && !possessed && !introduced && !dashed && det != "one" && det != "another" && !(indefinite[det] && closed) {
			continue // "a spokesman, John Roe" is rarer and less sure; "another critic, Laurence Tribe," is as sure as "one"
		}
		// "How is your mother, Peter?": the name after "your …" or before a
		// question or exclamation mark is the one spoken to.
		if next := strings.TrimSpace(doc.Text[n.End:min(len(doc.Text), n.End+2)]); det == "your" ||
			strings.HasPrefix(next, "?") || strings.HasPrefix(next, "!") {
			continue
		}
		out[i] = j
		if doc.Mentions[j].Role.Empty() && !introduced {
			doc.Mentions[j].Role = roleOfDescription(doc, d)
		}
	}
	predicates(doc, out)
	return out
}

// nameBefore is the name mention right before description i, with only
// a comma between them in one sentence, the description opening with an
// article and closed by a comma or the sentence's end: "Sen. Maria
// Lopez, a Democrat from New Mexico,".
func nameBefore(doc *news.Document, i int) (int, bool) {
	d := doc.Mentions[i]
	if i == 0 || doc.Mentions[i-1].Kind != news.Name || doc.Mentions[i-1].Sentence != d.Sentence || doc.Mentions[i-1].End > d.Start ||
		strings.TrimSpace(doc.Text[doc.Mentions[i-1].End:d.Start]) != "," {
		return -1, false
	}
	k := tokenAt(doc, d.Start)
	if k < 0 {
		return -1, false
	}
	switch strings.ToLower(doc.Tokens[k].In(doc.Text)) {
	case "a", "an", "the":
	default:
		return -1, false
	}
	s := doc.Sentences[d.Sentence]
	rest := strings.TrimLeft(doc.Text[d.End:s.End], " ")
	if rest == "" || strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ".") {
		return i - 1, true
	}
	// "a Democrat from New Mexico,": a place's phrase, then the comma.
	ws := strings.Fields(rest)
	if len(ws) < 2 || ws[0] != "from" && ws[0] != "of" && ws[0] != "in" {
		return -1, false // "Lopez, the senator who …" may go on to someone else
	}
	for _, w := range ws[1:min(len(ws), 5)] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return -1, false
		}
		if strings.HasSuffix(w, ",") {
			return i - 1, true
		}
	}
	return -1, false
}

// introducedName is the name description j brings in ("a pale girl
// called Dora"), or -1.
func introducedName(doc *news.Document, j int) int {
	d := doc.Mentions[j]
	k := j + 1
	for k < len(doc.Mentions) && doc.Mentions[k].Start < d.End {
		k++
	}
	if k >= len(doc.Mentions) || doc.Mentions[k].Kind != news.Name || doc.Mentions[k].Sentence != d.Sentence {
		return -1
	}
	switch strings.TrimSpace(doc.Text[d.End:doc.Mentions[k].Start]) {
	case "called", "named":
		return k
	}
	return -1
}

// predicates adds to apposed the descriptions said of a name or a
// definite description by "was" or "is": "The doctor was a young man
// with spectacles", "Martha was a quick girl" — the same person.
func predicates(doc *news.Document, apposed map[int]int) {
	for i, d := range doc.Mentions {
		if d.Kind != news.Description || i == 0 {
			continue
		}
		if _, ok := apposed[i]; ok {
			continue
		}
		k := tokenAt(doc, d.Start)
		if k < 2 || !indefinite[strings.ToLower(doc.Tokens[k].In(doc.Text))] {
			continue
		}
		switch strings.ToLower(doc.Tokens[k-1].In(doc.Text)) {
		case "was", "is":
		default:
			continue
		}
		s := doc.Mentions[i-1]
		if s.End != doc.Tokens[k-2].End || s.Sentence != d.Sentence || s.Start != doc.Sentences[s.Sentence].Start {
			continue // the sentence's subject, and only it: "The doctor was a young man"
		}
		if s.Kind == news.Name {
			apposed[i] = i - 1
		} else if j := tokenAt(doc, s.Start); s.Kind == news.Description && j >= 0 && definite[strings.ToLower(doc.Tokens[j].In(doc.Text))] {
			apposed[i] = i - 1
		}
	}
}

// roleOfDescription is the part of a description that names a role: its
// words after the determiner and any possessor ("the port's chief
// executive" → "chief executive").
func roleOfDescription(doc *news.Document, d news.Mention) news.Span {
	start := d.Start
	k := tokenAt(doc, d.Start)
	for ; k >= 0 && k < len(doc.Tokens) && doc.Tokens[k].Start < d.End; k++ {
		w := strings.ToLower(doc.Tokens[k].In(doc.Text))
		if definite[w] || indefinite[w] {
			start = doc.Tokens[k].End
			continue
		}
		if w == "’s" || w == "'s" {
			start = doc.Tokens[k].End
		}
	}
	return news.Span{Start: start, End: d.End}.TrimSpace(doc.Text)
}

// tokenAt returns the index of the token starting at byte i, or -1.
func tokenAt(doc *news.Document, i int) int {
	k, found := slices.BinarySearchFunc(doc.Tokens, i, func(t news.Token, i int) int { return t.Start - i })
	if !found {
		return -1
	}
	return k
}

// roleBefore finds a lower-case role right before a name — "leader Kim
// Jong Un", "Roscosmos head Yuri Borisov", "Kremlin spokesman Dmitry
// Peskov" — with the capitalised words that qualify it.
func roleBefore(doc *news.Document, m news.Mention) news.Span {
	k := tokenAt(doc, m.Start)
	s := doc.Sentences[m.Sentence]
	if k <= s.First {
		return news.Span{}
	}
	head := doc.Tokens[k-1]
	end := head.End
	// "chief of staff Reince Priebus", "secretary of state Hillary
	// Clinton": a role noun with a bare noun after "of" is one title.
	if h := k - 3; h >= s.First && isLower(head.In(doc.Text)) && !lexicon.FunctionWord(head.In(doc.Text)) && doc.Tokens[h+1].In(doc.Text) == "of" && lexicon.RoleNoun(doc.Tokens[h].In(doc.Text)) {
		k, head = h+1, doc.Tokens[h]
	}
	w := head.In(doc.Text)
	// "Actress Denise Crosby is set to appear": capitalised only because
	// it opens the sentence.
	opening := k-1 == s.First && isUpper(w)
	if !lexicon.RoleNoun(w) || !isLower(w) && !opening {
		return news.Span{}
	}
	if opening {
		return news.Span{Start: head.Start, End: end}
	}
	start := k - 1
	if k-2 >= s.First && lexicon.In(possessive, doc.Tokens[k-2].In(doc.Text)) {
		return news.Span{} // "his host Kim": a relation, not a role
	}
	for j := k - 2; j >= s.First; j-- {
		t := doc.Tokens[j]
		tw := t.In(doc.Text)
		if t.Kind != news.Word || lexicon.FunctionWord(tw) {
			break
		}
		if !isUpper(tw) && !lexicon.TitleModifier(tw) && !lexicon.RoleNoun(tw) {
			break
		}
		start = j
	}
	return news.Span{Start: doc.Tokens[start].Start, End: end}
}

// appositive finds a role set off by commas after a name: "Jane Doe, the
// company's chief executive, said" or "John Roe, a spokesman for the
// party,".
func appositive(doc *news.Document, m news.Mention) news.Span {
	k := tokenAt(doc, m.End)
	if k < 0 {
		// The name's end is not a token start: find the token after it.
		k, _ = slices.BinarySearchFunc(doc.Tokens, m.End, func(t news.Token, i int) int { return t.Start - i })
	}
	s := doc.Sentences[m.Sentence]
	if k >= s.Last || doc.Tokens[k].In(doc.Text) != "," {
		return news.Span{}
	}
	j := k + 1
	if j < s.Last {
		switch strings.ToLower(doc.Tokens[j].In(doc.Text)) {
		case "the", "a", "an":
			j++
		}
	}
	start := j
	if j < s.Last && strings.EqualFold(doc.Tokens[j].In(doc.Text), "according") {
		return news.Span{} // "approve of Obama, according to HuffPost Pollster": a source, no role
	}
	hasRole := false
	for ; j < s.Last && j < start+9; j++ {
		t := doc.Tokens[j]
		w := t.In(doc.Text)
		if w == "," || (t.Kind == news.Punct && w != "’s" && w != "'s" && w != "-") {
			break
		}
		if lw := strings.ToLower(w); lw == "who" || lw == "which" || lw == "that" || lw == "whose" {
			break // "a German engineer who advises the project": the role ends
		}
		if _, ok := lexicon.SpeechVerb(w); ok && !lexicon.RoleNoun(w) {
			return news.Span{}
		}
		if j < start+4 && (lexicon.RoleNoun(w) || lexicon.TitleHead(w)) {
			hasRole = true
		}
	}
	if !hasRole || j-start > 6 {
		return news.Span{}
	}
	return news.Span{Start: doc.Tokens[start].Start, End: doc.Tokens[j-1].End}
}

var possessive = map[string]bool{"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true}

func onlyHonorific(doc *news.Document, role news.Span) bool {
	for _, w := range strings.Fields(role.In(doc.Text)) {
		if !lexicon.Honorific(w) {
			return false
		}
	}
	return true
}

func isLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

func isUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
