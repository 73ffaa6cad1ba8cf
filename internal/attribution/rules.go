package attribution

// The rules of the sieve, in the order Attribute tries them.

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/news"
)

// direct tries the rules that read the quote's own sentence: 1 to 4.
func (a *attributor) direct(qi int) {
	q := &a.doc.Quotes[qi]
	if q.Kind == news.Indirect {
		a.reportedClause(q)
		return
	}
	open, close := a.tokenAt(q.Outer.Start), a.tokenAt(q.Outer.End)
	if p := a.listedAfter(qi); p >= 0 {
		// "calling him a “train wreck” and “outsourcer in chief,” and
		// contrasted …": the second of a list of fragments shares the
		// first's cue, whatever cue comes after it.
		a.copyFrom(q, a.doc.Quotes[p], a.doc.Quotes[p].Rule, a.doc.Quotes[p].Confidence)
		return
	}
	trailing := func() bool { return a.trailing(q, close) }
	leading := func() bool { return a.leading(q, open) }
	// The second half of a line split by its tag, followed by a cue that
	// opens the next line ("“Now,” said he, “shall I give you a kiss?”
	// and she replied, “If you please.”"), goes on from its first half:
	// the cue after it is the next line's.
	// (Only a second half, a tag's few words after the first: in "“Which
	// way is he gone?” And when I had … answered a few other questions,
	// “Ah,” said he, “this’ll be …”", "said he" is the tag of "Ah,".)
	if from := a.leadStart(q, open); from > 0 && a.inQuote[from-1] && open-from <= 6 && a.cueBetween(from, open) && a.nextCueOpensQuoteWithin(close, 8) {
		_ = leading() // else continuation gives it its first half's speaker
		return
	}
	// A direct quote is most often attributed after it ("“…,” she said");
	// a partial one by the clause it sits in ("she called it “…”").
	tight := a.tightTrailing(q, close)
	// "Clinton responds to Mills with, “Why now? …” Mills then writes back,
	// “You look cute.”": after a line that ends its sentence, a cue whose
	// clause opens the next quote is more likely that quote's; the cue
	// before this one comes first. ("“Bah!” said Scrooge, “Humbug!”" has
	// none before, and the cue after it takes both.)
	if t := q.In(a.doc.Text); q.Kind == news.Direct && (strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!")) && a.nextCueOpensQuote(close) {
		_ = leading() || trailing()
		return
	}
	if q.Kind == news.Direct && !tight && a.cueRightBefore(open) {
		// "He went on to add “…”, referring to caves, and that some
		// evidence suggests …": a cue right before the quote is the
		// writer's link to it; one further on is another clause's.
		_ = leading() || trailing()
	} else if q.Kind == news.Direct || tight {
		// "Comey cannot say that “from his perspective,” Lewandowski
		// added": a comma inside the marks and the cue right after
		// attribute even a partial quote over any cue before it.
		_ = trailing() || leading()
	} else {
		_ = leading() || trailing()
	}
}

// cueBetween reports whether a cue stands among tokens [from, to).
func (a *attributor) cueBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if a.isCue(k) {
			return true
		}
	}
	return false
}

// cueRightBefore reports whether a cue stands right before the quote
// opening at token open, or before the comma or colon there: "added
// “…”", "said: “…”".
func (a *attributor) cueRightBefore(open int) bool {
	k := open - 1
	if k >= 0 && (a.word(k) == "," || a.word(k) == ":") {
		k--
	}
	if k < 0 || !a.isCue(k) {
		return false
	}
	// Not a participle ("who worked the crowd, praising “…” as he
	// promised") nor a form that is also a noun ("the charged term,
	// “radical Islam,” which some want"): their subjects lie elsewhere.
	w := a.word(k)
	return !strings.HasSuffix(strings.ToLower(w), "ing") && !lexicon.Nounable(w)
}

// tightTrailing reports whether a quote ending in a comma (or a question
// or exclamation mark) is followed
// within four words by a cue with a name or pronoun next to it.
func (a *attributor) tightTrailing(q *news.Quote, close int) bool {
	if t := q.In(a.doc.Text); !strings.HasSuffix(t, ",") && !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "!") {
		return false
	}
	if end := a.windowEnd(close, 12); end < len(a.doc.Tokens) && a.word(end) == ":" {
		return false // "“…,” Trump said: “…”" introduces the next quote
	}
	reach := close + 4
	if close < len(a.doc.Tokens) && strings.EqualFold(a.word(close), "as") {
		reach = close + 8 // "“…,” as a Homeland Security memo put it"
	}
	for c := close; c < len(a.doc.Tokens) && c < reach; c++ {
		if a.inQuote[c] {
			return false
		}
		if a.isCue(c) {
			if lemma, _ := lexicon.SpeechVerb(a.word(c)); !sayingVerbs[lemma] && !puts(a.word(c)) && !lexicon.TagVerb(a.word(c)) {
				return false // "“…,” the crowd applauded" does not say who spoke; "as X put it" does
			}
			if _, ok := a.subjectBefore(c, close); ok {
				return true
			}
			_, ok := a.subjectAfter(c, min(len(a.doc.Tokens), c+9))
			return ok && (c == close || a.word(c-1) == ",")
		}
	}
	return false
}

// puts reports whether w is the verb of "as X put it", which isCue
// takes only with its "it".
func puts(w string) bool {
	return strings.EqualFold(w, "put") || strings.EqualFold(w, "puts")
}

// trailing looks for "“…,” X said", "“…,” said X" and "“…,” according to
// X" right after the quote.
func (a *attributor) trailing(q *news.Quote, k int) bool {
	toks := a.doc.Tokens
	if k >= len(toks) || a.tokenPara(k) != q.Paragraph {
		return false
	}
	// A quote that ends its sentence with a period is not attributed by
	// what follows unless the next word goes on in lower case.
	if strings.HasSuffix(q.In(a.doc.Text), ".") && isUpperWord(a.word(k)) {
		return false
	}
	// After "!" or "?" a name still tags ("“Who?” Tom asked", "“Why?” I
	// asked"), but another capitalised pronoun opens the next sentence:
	// "“… for the long run!” She replied to him that …" is not hers.
	if t := q.In(a.doc.Text); (strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")) && a.word(k) != "I" && isUpperWord(a.word(k)) && nominative[strings.ToLower(a.word(k))] {
		return false
	}
	end := a.windowEnd(k, 30)
	if strings.EqualFold(a.word(k), "according") && k+1 < end && a.word(k+1) == "to" {
		if m, ok := a.mentionWithin(k+2, end); ok {
			a.set(q, m, news.Span{Start: toks[k].Start, End: toks[k+1].End}, RuleAccordingTo, confAccordingTo)
			return true
		}
		return false
	}
	for c := k; c < end && c < k+24; c++ {
		w := strings.ToLower(a.word(c))
		if m, ok := a.viewSource(c, end); ok {
			// "“…” from diplomacy to the defense budget, in Bolton’s
			// view", "“…,” in the words of John Bolton".
			a.set(q, m, toks[c].Span, RuleAccordingTo, confAccordingTo)
			return true
		}
		if w == "according" && c > k && c+1 < end && a.word(c-1) == "," && a.word(c+1) == "to" && len(strings.Fields(q.In(a.doc.Text))) > 1 {
			// "Sales went up in a “sharp increase” last week, according
			// to a Woolworths spokesperson." (Not one word: "the
			// “confidential” level, according to …" is the writer's
			// term.) A document the source made is the source, as in
			// reported clauses.
			cue := news.Span{Start: toks[c].Start, End: toks[c+1].End}
			if ph := a.phraseAfter(c+2, end); !ph.Empty() && lexicon.EvidenceNoun(a.word(a.tokenAt(ph.End)-1)) {
				a.setPhraseCue(q, ph, cue, RuleAccordingTo)
				return true
			}
			if m, ok := a.mentionWithin(c+2, end); ok {
				a.set(q, m, cue, RuleAccordingTo, confAccordingTo)
				return true
			}
			return false
		}
		if trailingBreaks[w] {
			// "was “learning on the job,” while Fiorina and other HP
			// leaders penned …": a cue past "while" is another clause's.
			return false
		}
		if clauseBreaks[w] {
			// "“That makes me smart,” when Clinton blasted him": a cue in
			// a clause of time or condition is that clause's; one after
			// the clause's comma may still tag the quote ("“…” if she
			// didn't win by more, said David Wasserman").
			for c < end && a.word(c) != "," {
				c++
			}
			continue
		}
		if !a.isCue(c) {
			continue
		}
		// A cue in a relative clause after the quote is its antecedent's
		// ("“dictators” and followed up with an attack on Trump, who has
		// said"), not the quote's: look on past it.
		if a.whoseClause(c, k) {
			continue
		}
		if m, ok := a.subjectBefore(c, k); ok {
			a.set(q, m, toks[c].Span, RuleCueAdjacent, 0)
			return true
		}
		// "“…,” said X" and "“…” about Y, said X": the cue opens an
		// inverted attribution right after the quote or after a comma.
		if c == k || a.word(c-1) == "," {
			if m, ok := a.subjectAfter(c, end); ok {
				a.set(q, m, toks[c].Span, RuleCueAdjacent, 0)
				return true
			}
		}
		// A cue with no subject next to it may sit in a relative clause of
		// its own ("an intelligence source, who was not authorized to
		// speak on the record, told Fox News"): look on past it, but past
		// nothing else.
		if !a.inRelativeClause(c, k) {
			return false
		}
	}
	return false
}

// trailingBreaks open a clause of their own after a quote, so that no
// cue after them tags it.
var trailingBreaks = map[string]bool{"while": true, "whereas": true, "although": true, "though": true,
	"because": true, "but": true}

// clauseBreaks open a clause of time or condition after a quote: no cue
// inside it tags the quote, but one after the comma that ends it may.
var clauseBreaks = map[string]bool{"when": true, "after": true, "before": true, "if": true, "unless": true}

// nextCueOpensQuote reports whether the first cue within a few words
// after token close opens another quote: "Mills then writes back, “…”".
func (a *attributor) nextCueOpensQuote(close int) bool {
	return a.nextCueOpensQuoteWithin(close, 4)
}

// nextCueOpensQuoteWithin is nextCueOpensQuote with the cue's clause
// reaching up to reach words before the comma that opens the quote:
// "and she replied with a slight primness, “…”".
func (a *attributor) nextCueOpensQuoteWithin(close, reach int) bool {
	for c := close; c < len(a.doc.Tokens) && c < close+4; c++ {
		if a.inQuote[c] {
			return false
		}
		if a.isCue(c) {
			return a.opensNextQuoteWithin(c, reach)
		}
	}
	return false
}

// opensNextQuote reports whether the clause of the cue at c ends, within a
// few words, in a comma or colon and the opening mark of another quote:
// "Mills then writes back, “…”".
func (a *attributor) opensNextQuote(c int) bool { return a.opensNextQuoteWithin(c, 4) }

func (a *attributor) opensNextQuoteWithin(c, reach int) bool {
	for k := c + 1; k+1 < len(a.doc.Tokens) && k < c+reach; k++ {
		if a.inQuote[k] {
			return false
		}
		if w := a.word(k); w == "," || w == ":" {
			return a.inQuote[k+1] // the opening mark is inside the next quote's outer span
		}
	}
	return false
}

// inRelativeClause reports whether the cue at c follows "who", "which" or
// "that" within a few words, no further back than from.
func (a *attributor) inRelativeClause(c, from int) bool {
	for j := c - 1; j >= from && j >= c-6; j-- {
		switch strings.ToLower(a.word(j)) {
		case "who", "which", "that":
			return true
		case ",", ".", ";":
			return false
		}
	}
	return false
}

// whoseClause reports whether the cue at c is the verb of a relative
// clause opened by "who" ("who has said"), no further back than from.
func (a *attributor) whoseClause(c, from int) bool {
	for j := c - 1; j >= from && j >= c-4; j-- {
		w := a.word(j)
		if strings.EqualFold(w, "who") {
			return true
		}
		if !isLowerWord(w) {
			return false
		}
	}
	return false
}

// leading looks for the cue in the quote's own sentence before it:
// "X said: “…”", "X hailed it as a “…”", "X, asked why: “…”".
func (a *attributor) leading(q *news.Quote, open int) bool {
	from := a.leadStart(q, open)
	// "According to Woodward, “…”": the source before the quote.
	if open > 0 && (a.word(open-1) == "," || a.word(open-1) == ":") {
		s := a.doc.Sentences[a.sentenceOf(open-1)]
		for k := open - 2; k >= s.First && k >= open-14; k-- {
			if a.inQuote[k] {
				break
			}
			if strings.EqualFold(a.word(k), "according") && a.word(k+1) == "to" {
				if m, ok := a.mentionWithin(k+2, open-1); ok {
					a.set(q, m, news.Span{Start: a.doc.Tokens[k].Start, End: a.doc.Tokens[k+1].End}, RuleAccordingTo, confAccordingTo)
					return true
				}
				if ph := a.phraseAfter(k+2, open-1); !ph.Empty() {
					// "According to HuffPo: “…”": a source no one names.
					a.setPhraseCue(q, ph, news.Span{Start: a.doc.Tokens[k].Start, End: a.doc.Tokens[k+1].End}, RuleAccordingTo)
					return true
				}
				break
			}
		}
		if m, k, ok := a.inWordsOf(open-1, s.First); ok {
			a.set(q, m, news.Span{Start: a.doc.Tokens[k].Start, End: a.doc.Tokens[open-2].End}, RuleAccordingTo, confAccordingTo)
			return true
		}
	}
	// "In John Bolton’s view, it is “…”": a view that opens the sentence
	// is lent to the one whose it is, when no cue comes between.
	if s := a.doc.Sentences[a.sentenceOf(open)]; s.First < open {
		if m, ok := a.viewSource(s.First, open); ok && !a.cueBetween(s.First, open) {
			a.set(q, m, a.doc.Tokens[s.First].Span, RuleAccordingTo, confAccordingTo)
			return true
		}
	}
	for c := open - 1; c >= from; c-- {
		if q.Kind == news.Partial && lexicon.In(speechNouns, a.word(c)) && c+1 < open && open-c <= 6 &&
			(a.word(c+1) == "that" || a.word(c+1) == "to") && !a.copulaBetween(c+1, open) {
			// "blamed the media for making an issue out of Donald Trump’s
			// claim that President Barack Obama “founded ISIS”": the quote
			// is what the claim says, and the claim is its owner's,
			// whatever verb stands before it. Not where the clause has
			// ended and the sentence goes on about the claim: "Rubio's
			// claim that Cruz is in favor … is “simply not true.”"
			if m, ok := a.possessorOf(c, from); ok {
				a.set(q, m, a.doc.Tokens[c].Span, RuleSpeechNoun, confSpeechNoun)
				return true
			}
		}
		if !a.isCue(c) {
			continue
		}
		if a.inSubordinate(c, open) {
			// "Clinton said that when Warren railed against Wall Street,
			// “she is speaking for all of us”": the cue of a clause set
			// before the quote's own, whose speaker is the outer cue's.
			continue
		}
		if m, ok := a.invertedBefore(c, open); ok {
			// "Because of how Democrats crafted the schedule, explained
			// Rosenberg, “…”": the cue turned before its subject, which
			// runs up to the quote.
			a.set(q, m, a.doc.Tokens[c].Span, RuleCueAdjacent, 0)
			return true
		}
		if m, ok := a.cueSubject(c, from); ok {
			if ph := a.issuerPhrase(m); !ph.Empty() {
				// "The government of American Samoa issued a statement
				// agreeing …: “…”": the statement is its issuer's.
				a.setPhraseCue(q, ph, a.doc.Tokens[c].Span, RuleCueAdjacent)
				return true
			}
			if q.Kind == news.Partial {
				// "Rep. Steve Israel said Clinton called on members to be
				// “closely coordinated”": a fragment inside what an outer
				// "said" reports is the outer speaker's report.
				if c0, m0, ok := a.outerReporter(c, from); ok {
					a.set(q, m0, a.doc.Tokens[c0].Span, RuleCueAdjacent, 0)
					return true
				}
			}
			a.set(q, m, a.doc.Tokens[c].Span, RuleCueAdjacent, 0)
			return true
		}
		ph := a.subjectPhrase(c, from)
		if ph.Empty() && c > from && a.word(c-1) == "," {
			ph = a.headPhrase(c-1, from)
		}
		if !a.dialogue && !ph.Empty() && !a.beforeBy(c, from) && a.opensOwnClause(ph, from) {
			// "Hundreds of demonstrators marched, chanting “…”", "a
			// familiar voice celebrated …:": a subject that is no one the
			// article names speaks as itself, as in reported clauses —
			// not a passive's, who is told ("Parents were told").
			a.setPhraseCue(q, ph, a.doc.Tokens[c].Span, RuleCueAdjacent)
			return true
		}
		break
	}
	// "From the report: “…”", "More from Jones: “…”": the source a
	// sentence opens by coming from.
	if open > from && a.word(open-1) == ":" {
		first := a.doc.Sentences[a.sentenceOf(open-1)].First
		for f := open - 2; f >= first && f >= open-10; f-- {
			if !strings.EqualFold(a.word(f), "from") {
				continue
			}
			// The phrase opens the sentence, or follows a dash that sets
			// it off ("What that means - More from Jones:").
			b := f - 1
			if b >= first && strings.EqualFold(a.word(b), "more") {
				b--
			}
			if b >= first && !isDash(a.word(b)) {
				break
			}
			// "From Bush's Facebook post:": a writing speaks for its owner.
			if m, ok := a.startsAt[f+1]; ok && a.possessor(m) && lexicon.DocumentNoun(a.word(open-2)) {
				if m, ok := a.speaker(m); ok {
					a.set(q, m, a.doc.Tokens[f].Span, RuleColon, confColon)
					return true
				}
			}
			if m, ok := a.mentionWithin(f+1, open-1); ok && a.mLast[m] == open-1 {
				a.set(q, m, a.doc.Tokens[f].Span, RuleColon, confColon)
				return true
			}
			break
		}
	}
	// A colon ends a clause whose subject is the speaker — or which names
	// whose words follow: "The palace issued the following statement
	// from the king:".
	if open > from && a.word(open-1) == ":" {
		first := a.doc.Sentences[a.sentenceOf(open-1)].First
		// "IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Jon Cohen:": a
		// digest's heading, a dash, then the one quoted.
		for k := open - 2; k > first && k >= open-8; k-- {
			if isDash(a.word(k)) && !a.inQuote[k] {
				if m, ok := a.firstSubject(k+1, open-1); ok {
					a.set(q, m, news.Span{}, RuleColon, confColon)
					return true
				}
				break
			}
		}
		if m, ok := a.wordsFrom(first, open-1); ok {
			a.set(q, m, news.Span{}, RuleColon, confColon)
			return true
		}
		// The subject may stand before an earlier quote of the sentence:
		// "Donald Trump, former host of “The Apprentice,” listed …:".
		if m, ok := a.firstSubject(first, open-1); ok {
			a.set(q, m, news.Span{}, RuleColon, confColon)
			return true
		}
		// "Article 33 affirms:", "Isaiah 45:1 reads:": a capitalised
		// name no one the article knows, opening the clause the colon
		// ends, speaks as itself.
		if ph := a.capitalOpening(first, open-1); !ph.Empty() && !a.dialogue {
			a.setPhrase(q, ph, RuleColon)
			return true
		}
	}
	// A paragraph that ends in a colon, or a dash, introduces the quote
	// that opens the next one: "In a 1963 speech, he declared:", "Then
	// Mrs. Reed subjoined—".
	if open == from && a.paraStartToken(q.Paragraph) == open && q.Paragraph > 0 {
		prevEnd := a.tokenAt(a.doc.Paragraphs[q.Paragraph-1].End) // one past its last token
		if w := a.word(max(prevEnd-1, 0)); prevEnd > 0 && (w == ":" || w != "-" && isDash(w)) {
			s := a.sentenceOf(prevEnd - 1)
			start := a.doc.Sentences[s].First
			// "but Sir Walter’s remark was, soon afterwards—": the owner of
			// the speech noun the paragraph ends on.
			if m, c, ok := a.ownedNounBefore(prevEnd-1, start); ok {
				a.set(q, m, a.doc.Tokens[c].Span, RuleColon, confColon)
				return true
			}
			for c := prevEnd - 2; c >= start; c-- {
				if a.isCue(c) {
					if m, ok := a.cueSubject(c, start); ok {
						a.set(q, m, a.doc.Tokens[c].Span, RuleColon, 0)
						return true
					}
					break
				}
			}
			if m, ok := a.firstSubject(start, prevEnd-1); ok {
				a.set(q, m, news.Span{}, RuleColon, confColon)
				return true
			}
		}
	}
	return false
}

// ownedNounBefore finds, for the colon or dash at token end, a speech
// noun with its owner and "was" or "is" before it, past a few words
// ("soon afterwards"), no further back than from: "Sir Walter’s remark
// was, soon afterwards—". It gives the owner's speaker and the noun.
func (a *attributor) ownedNounBefore(end, from int) (int, int, bool) {
	for k := end - 1; k > from && k >= end-6; k-- {
		if a.inQuote[k] {
			return -1, -1, false
		}
		if w := strings.ToLower(a.word(k)); w != "was" && w != "is" {
			continue
		}
		if c := k - 1; c > from && lexicon.In(speechNouns, a.word(c)) {
			if m, ok := a.possessorOf(c, from); ok {
				return m, c, true
			}
		}
		return -1, -1, false
	}
	return -1, -1, false
}

// outerReporter finds, before the cue at c whose clause holds a quote, a
// "say" or "tell" of the same sentence whose reported clause c is in:
// "Meeks said Clinton reassured them that …", with the subject of that
// outer cue. Only a bare clause or one opened by "that" counts, with no
// punctuation between.
func (a *attributor) outerReporter(c, from int) (int, int, bool) {
	for k := c - 1; k >= from && k >= c-12; k-- {
		if a.doc.Tokens[k].Kind == news.Punct || a.inQuote[k] {
			return 0, 0, false // "While not everything Trump says is true, Jamieson said Trump is “…”": another clause
		}
		if !a.isCue(k) {
			continue
		}
		lemma, _ := lexicon.SpeechVerb(a.word(k))
		if lemma != "say" && lemma != "tell" {
			return 0, 0, false
		}
		if m, ok := a.cueSubject(k, from); ok {
			return k, m, true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// copulaBetween reports whether a form of "be" stands among tokens
// [from, to).
func (a *attributor) copulaBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if w := a.word(k); lexicon.In(beForms, w) || w == "’s" {
			return true
		}
	}
	return false
}

// wordsFrom finds, in tokens [from, to), a noun for words said or
// written followed by "from" or "by" and the speaker they name: "a
// statement from the king", "a letter by Ms. Lee".
func (a *attributor) wordsFrom(from, to int) (int, bool) {
	for k := from; k+2 < to; k++ {
		if !wordsNouns[strings.ToLower(a.word(k))] || a.inQuote[k] {
			continue
		}
		if w := strings.ToLower(a.word(k + 1)); w == "from" || w == "by" {
			if m, ok := a.mentionWithin(k+2, min(to, k+8)); ok {
				return m, true
			}
		}
	}
	return -1, false
}

// wordsNouns are nouns for words said or written.
var wordsNouns = map[string]bool{"statement": true, "message": true, "letter": true, "note": true,
	"remarks": true, "words": true, "announcement": true, "tweet": true, "post": true, "speech": true}

// reportedClause attributes indirect speech from the cue the quotes stage
// found with it.
func (a *attributor) reportedClause(q *news.Quote) {
	if q.Cue.Empty() {
		return
	}
	if lexicon.Hedge(q.Cue.In(a.doc.Text)) && (q.Start < q.Cue.Start && q.Cue.End <= q.End || a.emptySubject(a.tokenAt(q.Cue.Start))) {
		// "Sanders appears to have a slight lead", "It now seems
		// inevitable that …": a clause that holds its hedge and subject,
		// or follows a hedge of an empty "it", is the writer's claim, no
		// one's in the text. ("Rubio seemed hopeful that …" is Rubio's.)
		q.Rule, q.Confidence = RuleHedged, confHedged
		return
	}
	c := a.tokenAt(q.Cue.Start)
	s := a.doc.Sentences[q.Sentence]
	if strings.EqualFold(q.Cue.In(a.doc.Text), "in") && q.Start >= q.Cue.End {
		// "In a Des Moines Register poll last month, …": the document's
		// maker, or the document.
		if m, ok := a.mentionWithin(c+1, a.tokenAt(q.Start)); ok {
			a.set(q, m, q.Cue, RuleAccordingTo, confAccordingTo)
		} else if ph := a.phraseAfter(c+1, a.tokenAt(q.Start)); !ph.Empty() {
			a.setPhrase(q, ph, RuleAccordingTo)
		}
		return
	}
	if strings.HasPrefix(strings.ToLower(q.Cue.In(a.doc.Text)), "according") {
		if ph := a.phraseAfter(c+2, s.Last); !ph.Empty() && lexicon.EvidenceNoun(a.word(a.tokenAt(ph.End)-1)) {
			// "according to a Reuters/Ipsos poll", "according to FEC
			// records": a document the body made, which the mention in it
			// ("Reuters", "FEC") only qualifies. (Not "a poll by Suffolk
			// University": the phrase must end on the document.)
			a.setPhrase(q, ph, RuleAccordingTo)
		} else if m, ok := a.mentionWithin(c+2, s.Last); ok {
			a.set(q, m, q.Cue, RuleAccordingTo, confAccordingTo)
		} else if ph := a.phraseAfter(c+2, s.Last); !ph.Empty() {
			// "according to ouest-france.fr": a source no one names.
			a.setPhrase(q, ph, RuleAccordingTo)
		}
		return
	}
	if w := a.word(c); (lexicon.In(speechNouns, w) || lexicon.In(speechNouns, strings.TrimSuffix(w, "s"))) && q.Start >= q.Cue.End {
		// "Trump's attacks on Clinton", "his call for calm": a speech
		// noun's speaker owns it.
		if m, ok := a.possessorOf(c, s.First); ok {
			a.set(q, m, q.Cue, RuleSpeechNoun, confSpeechNoun)
			return
		}
	}
	if q.End <= q.Cue.Start {
		// "CLAUSE, he said": the subject is next to the cue.
		if m, ok := a.passiveAgent(c, s); ok {
			// "These proposals have been applauded by Paul Krugman": the
			// agent of a passive act speaks of its subject.
			a.set(q, m, q.Cue, RuleReported, confReported)
		} else if c+2 < s.Last && strings.EqualFold(a.word(c+1), "by") && a.beforeBy(c, s.First) {
			if ph := a.phraseAfter(c+2, s.Last); !ph.Empty() {
				a.setPhrase(q, ph, RuleReported) // "… applauded by Wall Street critics"
			}
		} else if m, ok := a.subjectBefore(c, a.tokenAt(q.End)); ok {
			a.set(q, m, q.Cue, RuleReported, confReported)
		} else if m, ok := a.subjectAfter(c, s.Last); ok {
			a.set(q, m, q.Cue, RuleReported, confReported)
		} else if ph := a.subjectPhrase(c, a.tokenAt(q.End)); !ph.Empty() {
			a.setPhrase(q, ph, RuleReported) // "…, analyst says"
		}
		return
	}
	if m, ok := a.cueSubject(c, s.First); ok {
		a.set(q, m, q.Cue, RuleReported, confReported)
	} else if m, ok := a.subjectAfter(c, a.tokenAt(q.Start)); ok {
		// "…, said Doyle and others, would be clear": the subject
		// between the cue and the clause.
		a.set(q, m, q.Cue, RuleReported, confReported)
	} else if share := a.shareBefore(c, s.First); !share.Empty() {
		// "Six in 10 say …", "Thirty-seven percent would vote for …": a
		// share of those polled, named by its size alone, speaks.
		q.Speaker, q.Mention, q.Rule = a.sharePerson(share), -1, RuleReported
		q.Confidence = confReported * confPronoun / confNamed
		q.Evidence = []string{share.In(a.doc.Text)}
	} else if ph := a.subjectPhrase(c, s.First); !ph.Empty() {
		// "The Vatican says …", "Abortion rights advocates said …": a
		// subject that is no one the article names speaks as itself.
		a.setPhrase(q, ph, RuleReported)
	} else if c > s.First && a.word(c-1) == "," {
		if ph := a.headPhrase(c-1, s.First); !ph.Empty() {
			a.setPhrase(q, ph, RuleReported) // "Simmons, an Obama supporter, said"
		}
	}
}

// setPhrase gives q the speaker a phrase names that holds no mention
// ("the new report", "Abortion rights advocates"), under rule. It is
// less sure than a mention: the phrase was found by its place alone.
func (a *attributor) setPhrase(q *news.Quote, ph news.Span, rule string) {
	q.Speaker, q.Mention, q.Rule = a.phrasePerson(ph), -1, rule
	q.Confidence = confReported * confPronoun / confNamed
	q.Evidence = []string{ph.In(a.doc.Text)}
}

// setPhraseCue is setPhrase for a quote in marks, whose cue the rule
// found with the phrase.
func (a *attributor) setPhraseCue(q *news.Quote, ph, cue news.Span, rule string) {
	a.setPhrase(q, ph, rule)
	q.Cue = cue
}

// shareBefore finds a share of people that is the subject of the cue at
// c and names no one, as a poll reports it: "Six in 10 say", "Thirty-
// seven percent would vote for", "About three-quarters support", "most
// are planning". Its words, or an empty span. A share with its people
// after "of" ("62 percent of voters") is theirs, found as a subject.
func (a *attributor) shareBefore(c, first int) news.Span {
	k := c - 1
	for k >= first && k >= c-3 && shareVerbsBefore[strings.ToLower(a.word(k))] {
		k-- // "now believe", "would vote for", "are planning"
	}
	if k < first {
		return news.Span{}
	}
	last := k
	switch w := strings.ToLower(a.word(k)); {
	case (w == "percent" || w == "%") && k-1 >= first && a.numeric(k-1):
		k--
	case k-2 >= first && w != "" && a.numeric(k) && strings.EqualFold(a.word(k-1), "in") && a.numeric(k-2):
		k -= 2 // "Six in 10"
	case shareWords[w]:
	default:
		return news.Span{}
	}
	for k-1 >= first && shareQualifiers[strings.ToLower(a.word(k-1))] {
		k-- // "About", "only", "a mere", "more than"
	}
	// The share opens its clause: the sentence, or after a comma,
	// semicolon or conjunction.
	if k > first && !shareOpeners[strings.ToLower(a.word(k-1))] {
		return news.Span{}
	}
	return news.Span{Start: a.doc.Tokens[k].Start, End: a.doc.Tokens[last].End}
}

// numeric reports whether token k is a number, in digits or words
// ("10", "Thirty-seven", "six").
func (a *attributor) numeric(k int) bool {
	if a.doc.Tokens[k].Kind == news.Number {
		return true
	}
	for _, part := range strings.Split(strings.ToLower(a.word(k)), "-") {
		if !numberNames[part] {
			return false
		}
	}
	return true
}

// sharePerson is the person a share of people stands for, one per
// wording in an article.
func (a *attributor) sharePerson(share news.Span) int {
	name := share.In(a.doc.Text)
	if r, size := utf8.DecodeRuneInString(name); unicode.IsLower(r) {
		name = string(unicode.ToUpper(r)) + name[size:]
	}
	return a.unnamedPerson(name)
}

// phrasePerson is the speaker a subject phrase names, without its
// article: "the new report" is "new report". A phrase whose last word is
// capitalised names a body ("The Vatican", "the Census Bureau"): no
// person the entity stage knew, so an organisation, not an anonymous
// speaker.
func (a *attributor) phrasePerson(ph news.Span) int {
	name := ph.In(a.doc.Text)
	for _, article := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
		name = strings.TrimPrefix(name, article)
	}
	p := a.unnamedPerson(name)
	if words := strings.Fields(name); len(words) > 0 && isUpperWord(words[len(words)-1]) {
		a.doc.People[p].Organisation = true
	}
	return p
}

// unnamedPerson is the person of no mention that name stands for, one
// per wording in an article.
func (a *attributor) unnamedPerson(name string) int {
	for p := range a.doc.People {
		if a.doc.People[p].Name == name && len(a.doc.People[p].Mentions) == 0 {
			return p
		}
	}
	a.doc.People = append(a.doc.People, news.Person{Name: name})
	a.gender = append(a.gender, news.Unknown)
	return len(a.doc.People) - 1
}

var (
	// shareVerbsBefore may stand between a share and its verb.
	shareVerbsBefore = map[string]bool{"now": true, "would": true, "will": true, "are": true, "also": true,
		"still": true, "already": true, "generally": true}
	// shareWords are shares named by one word.
	shareWords = map[string]bool{"most": true, "half": true, "three-quarters": true, "two-thirds": true,
		"three-fourths": true, "one-third": true, "one-quarter": true}
	// shareQualifiers come before a share: "About 4 in 10", "only four
	// percent", "a mere 9 percent", "More than six in 10".
	shareQualifiers = map[string]bool{"about": true, "some": true, "nearly": true, "only": true, "almost": true,
		"roughly": true, "just": true, "a": true, "mere": true, "full": true, "more": true, "less": true,
		"fewer": true, "than": true, "over": true, "under": true, "around": true}
	// shareOpeners may come right before a share that opens a clause.
	shareOpeners = map[string]bool{",": true, ";": true, "and": true, "but": true, "while": true, "—": true, ":": true}
	// numberNames are the numbers written as words, and the parts of
	// those written with a hyphen.
	numberNames = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
		"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "twenty": true,
		"thirty": true, "forty": true, "fifty": true, "sixty": true, "seventy": true, "eighty": true, "ninety": true}
)

// sentenceCue is rule 4b: a cue elsewhere in the quote's sentence, past
// other quotes — "did not find “ties of any consequence,” aside from
// “casually,” said the bureau's director" — nearest first.
func (a *attributor) sentenceCue(qi int) {
	q := &a.doc.Quotes[qi]
	open, close := a.tokenAt(q.Outer.Start), a.tokenAt(q.Outer.End)
	s := a.doc.Sentences[a.sentenceOf(open)]
	// "According to his longtime personal physician, the billionaire had
	// “astonishingly excellent” results, shows “extraordinary” strength,
	// and “will be the healthiest …”": a sentence that opens with its
	// source gives that source every quote it holds with no cue of its own.
	// So does one that sets its source off between commas before the
	// quote: "Over the long term, according to the budget office, the
	// rise in deficits ''is mainly attributable to …''".
	for k := max(s.First, open-maxReach); k+2 < open && s.Last-s.First > 3; k++ {
		if a.inQuote[k] || !strings.EqualFold(a.word(k), "according") || a.word(k+1) != "to" || k > s.First && a.word(k-1) != "," {
			continue
		}
		c := a.commaAfter(k+2, open)
		if c < 0 {
			break
		}
		cue := news.Span{Start: a.doc.Tokens[k].Start, End: a.doc.Tokens[k+1].End}
		if m, ok := a.mentionWithin(k+2, c); ok {
			a.set(q, m, cue, RuleAccordingTo, confAccordingTo)
			return
		}
		if ph := a.phraseAfter(k+2, c); !ph.Empty() {
			a.setPhraseCue(q, ph, cue, RuleAccordingTo)
			return
		}
		break
	}
	// "To Sharp, Trump is the “kind-hearted and caring” man": a sentence
	// that opens on whose view it gives is theirs.
	if q.Kind == news.Partial && s.Last-s.First > 3 && strings.EqualFold(a.word(s.First), "to") {
		if m, ok := a.startsAt[s.First+1]; ok && a.mLast[m] < open && a.word(a.mLast[m]) == "," && a.doc.Mentions[m].Kind == news.Name {
			a.set(q, m, a.doc.Tokens[s.First].Span, RuleAccordingTo, confAccordingTo)
			return
		}
	}
	// A cue past "while" or "but" after the quote is another clause's.
	last := s.Last
	for k := close; k < s.Last && k < close+maxReach; k++ {
		if !a.inQuote[k] && trailingBreaks[strings.ToLower(a.word(k))] {
			last = k
			break
		}
	}
	for d := 1; d < s.Last-s.First && d <= maxReach; d++ {
		for _, c := range []int{close + d - 1, open - d} {
			if c < s.First || c >= last || !a.isCue(c) {
				continue
			}
			if q.Kind == news.Direct && c >= close && a.opensNextQuoteWithin(c, 8) {
				// "“…,” said he, “…?” and she replied, “…”": after a line,
				// a cue whose clause opens the next line is that line's.
				continue
			}
			var m int
			var ok bool
			if c < open && c > 0 && a.inQuote[c-1] && qi > 0 && a.doc.Quotes[qi-1].Kind == news.Direct && a.tokenAt(a.doc.Quotes[qi-1].Outer.End) == c {
				// "“Ah,” said he, “this’ll be …”": the tag between the
				// halves of a line is the first half's; the continuation
				// rule gives the second half its speaker.
				return
			}
			if c < open || strings.EqualFold(a.word(c-1), "and") {
				// "Trump has used the phrase “…” often, and criticized
				// Obama": a verb joined by "and" shares the sentence's
				// subject, and what follows it is its object.
				m, ok = a.cueSubject(c, s.First)
			} else if m, ok = a.subjectBefore(c, close); !ok {
				m, ok = a.subjectAfter(c, s.Last)
			}
			if ok {
				a.set(q, m, a.doc.Tokens[c].Span, RuleSentenceCue, confSentenceCue)
			}
			return
		}
	}
}

// commaAfter is the first comma among tokens [from, to) outside quotes,
// or -1.
func (a *attributor) commaAfter(from, to int) int {
	for k := from; k < to; k++ {
		if a.inQuote[k] {
			return -1
		}
		if a.word(k) == "," {
			return k
		}
	}
	return -1
}

// speechNoun is rule 4c: "Trump's recent assertion that “thousands”
// ...", "Trump's pledge to be “neutral”" — a speech noun before the quote
// in its sentence, whose possessor is the speaker.
func (a *attributor) speechNoun(qi int) {
	q := &a.doc.Quotes[qi]
	open := a.tokenAt(q.Outer.Start)
	from := a.leadStart(q, open)
	for c := open - 1; c >= from && c >= open-12; c-- {
		if !lexicon.In(speechNouns, a.word(c)) || a.inQuote[c] {
			continue
		}
		if m, ok := a.possessorOf(c, from); ok {
			a.set(q, m, a.doc.Tokens[c].Span, RuleSpeechNoun, confSpeechNoun)
		}
		return
	}
	a.ownedAfter(q)
}

// ownedAfter gives a line the owner of the speech noun that names it
// right after its close: "“I've shown no disrespect,” was my reply",
// "“No,” came his answer". "my" is the narrator's.
func (a *attributor) ownedAfter(q *news.Quote) {
	// "Mitt Romney’s “47 percent” comment": the words name the noun
	// after them, which its owner before them said.
	if k, open := a.tokenAt(q.Outer.End), a.tokenAt(q.Outer.Start); k < len(a.doc.Tokens) && open >= 2 &&
		lexicon.In(speechNouns, a.word(k)) && (a.word(open-1) == "’s" || a.word(open-1) == "'s") {
		if m, ok := a.endsAt[open-2]; ok && a.speaks(m) {
			if sp, ok := a.speaker(m); ok {
				a.set(q, sp, a.doc.Tokens[k].Span, RuleSpeechNoun, confSpeechNoun)
				return
			}
		}
	}
	k := a.tokenAt(q.Outer.End)
	if k < len(a.doc.Tokens) && a.word(k) == "," {
		k++
	}
	if k+2 >= len(a.doc.Tokens) || !answerLinks[strings.ToLower(a.word(k))] || a.inQuote[k] {
		return
	}
	// "“…” was Sir Walter’s cold suspicious inquiry", "“Oh! certainly,”
	// was his daughter’s": a possessor named after the link, its noun of
	// speech after a few words that qualify it, or left out.
	at := k + 1
	if lexicon.Honorific(a.word(at)) {
		at++ // "Mr Shepherd’s", whose name's mention starts after its title
	}
	if m, ok := a.nounMentionAt(at); ok && a.possessor(m) {
		j := a.mLast[m] + 1 // past the "’s"
		for n := 0; n < 3 && j < len(a.doc.Tokens) && isLowerWord(a.word(j)) && !lexicon.In(speechNouns, a.word(j)); n++ {
			j++
		}
		if j < len(a.doc.Tokens) && (lexicon.In(speechNouns, a.word(j)) || j == a.mLast[m]+1 && a.doc.Tokens[j].Kind == news.Punct) {
			if sp, ok := a.speaker(m); ok {
				a.set(q, sp, a.doc.Tokens[k].Span, RuleSpeechNoun, confSpeechNoun)
			}
		}
		return
	}
	owner, noun := strings.ToLower(a.word(k+1)), a.doc.Tokens[k+2]
	if !lexicon.In(speechNouns, noun.In(a.doc.Text)) {
		return
	}
	switch {
	case owner == "my":
		q.Speaker, q.Mention, q.Cue, q.Rule = a.narrator(), -1, noun.Span, RuleSpeechNoun
		q.Confidence = confSpeechNoun * confPronoun / confNamed
		q.Evidence = []string{"my", a.doc.People[q.Speaker].Name}
	case possessivePronouns[owner]:
		if m, ok := a.startsAt[k+1]; ok {
			a.set(q, m, noun.Span, RuleSpeechNoun, confSpeechNoun)
		}
	}
}

// nounMentionAt is the mention other than a pronoun that starts at token
// k: "his daughter", not its "his".
func (a *attributor) nounMentionAt(k int) (int, bool) {
	start := a.doc.Tokens[k].Start
	i := sort.Search(len(a.doc.Mentions), func(i int) bool { return a.doc.Mentions[i].Start >= start })
	for ; i < len(a.doc.Mentions) && a.doc.Mentions[i].Start == start; i++ {
		if a.doc.Mentions[i].Kind != news.Pronoun {
			return i, true
		}
	}
	return -1, false
}

// answerLinks join a line to the noun after it that names it: "was my
// reply", "came his answer".
var answerLinks = map[string]bool{"was": true, "came": true}

// possessorOf finds the speaker who owns the speech noun at c, no further
// back than from: "Trump's recent assertion", "the senator's criticism",
// "his call for".
func (a *attributor) possessorOf(c, from int) (int, bool) {
	for j := c - 1; j >= from && j >= c-4; j-- {
		w := a.word(j)
		if w == "’s" || w == "'s" {
			if m, ok := a.endsAt[j-1]; ok && a.speaks(m) {
				return a.speaker(m)
			}
			return -1, false
		}
		if j == c-1 && possessivePronouns[strings.ToLower(w)] {
			if m, ok := a.startsAt[j]; ok {
				return a.speaker(m)
			}
			return -1, false
		}
		// "the Chuck Jones quote that …", "a Trump tweet": a name that
		// qualifies the noun, after its determiner, owns it too.
		if m, ok := a.endsAt[j]; ok && j == c-1 && a.doc.Mentions[m].Kind == news.Name && a.mFirst[m] > 0 &&
			nameArticles[strings.ToLower(a.word(a.mFirst[m]-1))] && wordsOwned[strings.ToLower(a.word(c))] {
			return a.speaker(m)
		}
	}
	return -1, false
}

var possessivePronouns = map[string]bool{"his": true, "her": true, "their": true}

// wordsOwned are the speech nouns a name before them owns: words, not an
// act ("the Nice attack" is no one's words).
var wordsOwned = map[string]bool{"quote": true, "quotes": true, "tweet": true, "tweets": true, "statement": true,
	"remarks": true, "comments": true, "comment": true, "claim": true, "claims": true, "words": true, "speech": true}

// nameArticles stand before a name that qualifies a noun: "the Chuck
// Jones quote", "a Trump tweet".
var nameArticles = map[string]bool{"the": true, "a": true, "an": true}

// continuation tries rules 5 and 6: a quote with no cue of its own goes on
// from the quote before it in the paragraph, or from the paragraph before.
func (a *attributor) continuation(qi int) {
	doc := a.doc
	q := &doc.Quotes[qi]
	// The next paragraph of a long quote.
	if q.Continues >= 0 && doc.Quotes[q.Continues].Speaker >= 0 {
		a.copyFrom(q, doc.Quotes[q.Continues], RuleParagraph, confParagraph+0.1)
		return
	}
	// A long quote attributed only in a later paragraph.
	for j := qi + 1; j < len(doc.Quotes) && doc.Quotes[j].Continues == j-1; j++ {
		if doc.Quotes[j].Speaker >= 0 {
			a.copyFrom(q, doc.Quotes[j], RuleParagraph, confParagraph+0.1)
			return
		}
	}
	if q.Continues >= 0 {
		// A paragraph that carries on a quote left open is its speaker's,
		// whoever it names or quotes inside ("“‘Why that?’ I asks."):
		// it waits for the quote it continues to find one.
		return
	}
	// The quote before it in its paragraph, when no one else is named as
	// a subject between them.
	for j := qi - 1; j >= 0 && doc.Quotes[j].Paragraph == q.Paragraph; j-- {
		p := doc.Quotes[j]
		if p.Kind == news.Indirect || p.NotSpeech != "" {
			continue
		}
		if p.Speaker >= 0 && !a.newSubjectBetween(p.Outer.End, q.Outer.Start, p.Speaker) {
			a.copyFrom(q, p, RuleSplit, confSplit)
			return
		}
		break
	}
	// A paragraph that opens with a quote and names no one goes on from
	// the last attributed quote of the paragraph before — unless it is a
	// turn in a quick exchange, where speakers take turns.
	if q.Paragraph == 0 || q.Outer.Start != doc.Paragraphs[q.Paragraph].Start {
		return
	}
	if a.namesSomeone(q.Paragraph) {
		return
	}
	if a.reply(qi) {
		return
	}
	if a.dialogue && a.endsTurn(q.Paragraph-1) {
		// In a story a new paragraph is a new speaker, whose turn the
		// replies decide once the lines around it have their speakers.
		return
	}
	for j := qi - 1; j >= 0; j-- {
		p := doc.Quotes[j]
		if p.Paragraph < q.Paragraph-1 {
			break
		}
		if p.Paragraph == q.Paragraph-1 && p.Speaker >= 0 && p.Kind != news.Indirect {
			a.copyFrom(q, p, RuleParagraph, confParagraph)
			return
		}
	}
}

// carryOn gives a paragraph that continues an open quote the speaker of
// the quote it continues, once the rules have found it: a story told
// inside a story ("“The first thing that put us out was that
// advertisement. … / “‘Why that?’ I asks.") runs over many paragraphs
// that quote others and call people by name, and each is still the
// teller's. Quotes are in text order, so one pass carries a speaker down
// a whole chain.
func (a *attributor) carryOn(qi int) {
	q := &a.doc.Quotes[qi]
	if q.Continues < 0 || q.Speaker >= 0 || q.NotSpeech != "" {
		return
	}
	p := a.doc.Quotes[q.Continues]
	if p.Speaker < 0 {
		return
	}
	if t := q.In(a.doc.Text); strings.HasPrefix(t, "‘") || strings.HasPrefix(t, "'") {
		// "“‘I wish to the Lord, Mr. Wilson, …’": a paragraph that opens
		// on the teller quoting another calls people in the other's
		// words; the one called may be the teller.
		q.Speaker, q.Mention, q.Rule, q.Cue = p.Speaker, p.Mention, RuleParagraph, p.Cue
		q.Confidence = min(confParagraph+0.1, p.Confidence)
		q.Evidence = append([]string(nil), p.Evidence...)
		return
	}
	a.copyFrom(q, p, RuleParagraph, confParagraph+0.1)
}

// answersCall tries the first rule of a reply: the one the turn before
// called by name answers ("“Tom!” softly over the coach roof. / “Hallo,
// Joe.”"). It reports whether it decided.
func (a *attributor) answersCall(qi int) bool {
	q := &a.doc.Quotes[qi]
	if q.Paragraph == 0 || q.Outer.Start != a.doc.Paragraphs[q.Paragraph].Start || a.namesSomeone(q.Paragraph) {
		return false
	}
	if m, ok := a.addressedBefore(q.Paragraph); ok && a.addressee(qi) != a.personOf(m) {
		a.set(q, m, news.Span{}, RuleAddressed, confAddressed)
		return q.Speaker >= 0
	}
	return false
}

// reply tries the rules for a turn that answers the ones before: the one
// the turn before addressed by name answers; in an exchange the word
// passes back; and a question is answered by the other person in the
// scene. It reports whether one decided.
func (a *attributor) reply(qi int) bool {
	q := &a.doc.Quotes[qi]
	if q.Paragraph == 0 || q.Outer.Start != a.doc.Paragraphs[q.Paragraph].Start || a.namesSomeone(q.Paragraph) {
		return false
	}
	if a.answersCall(qi) {
		return true
	}
	if src, m, ok := a.turnBefore(q.Paragraph); ok && src >= 0 && a.addressee(qi) != a.doc.Quotes[src].Speaker {
		a.copyFrom(q, a.doc.Quotes[src], RuleTurn, confTurn)
		return q.Speaker >= 0
	} else if ok && m >= 0 && a.addressee(qi) != a.personOf(m) {
		a.set(q, m, news.Span{}, RuleTurn, confTurn)
		return q.Speaker >= 0
	}
	if m, ok := a.answerBefore(q.Paragraph); ok && a.addressee(qi) != a.personOf(m) {
		a.set(q, m, news.Span{}, RuleAnswer, confAnswer)
		return q.Speaker >= 0
	}
	// In a story, a line after a paragraph of narration is the last one
	// who acted in it: "A big man stamped in, shaking snow from his hat.
	// He was followed by a boy. / 'Briggs! Is that train coming?'"
	if a.isTurn(q.Paragraph) && a.narration(q.Paragraph-1) {
		if m := a.actor(q.Paragraph-1, a.addressee(qi), a.doc.Paragraphs[q.Paragraph-1].End); m >= 0 && (a.dialogue || a.reportedIn(qi, a.personOf(m))) {
			a.set(q, m, news.Span{}, RuleActionBeat, confActionBeat)
			return q.Speaker >= 0
		}
		// "Jim began to waver. / 'White alley, Jim!'": the one who acted
		// is the one spoken to, so the line is the last other speaker's.
		if to := a.addressee(qi); to >= 0 {
			for j := qi - 1; j >= 0 && a.doc.Quotes[j].Paragraph >= q.Paragraph-4; j-- {
				p := a.doc.Quotes[j]
				if p.Kind == news.Indirect || p.NotSpeech != "" || p.Speaker < 0 {
					continue
				}
				if p.Speaker != to {
					a.copyFrom(q, p, RuleActionBeat, confActionBeat)
					return q.Speaker >= 0
				}
			}
		}
	}
	return false
}

// reportedIn reports whether person p speaks in a reported clause of
// the paragraph before quote qi's: in news, a line after a paragraph that
// tells what someone thinks or says ("Viguerie is upbeat …, in part
// because he sees Cruz as a uniter. / “Not only can Ted Cruz win …”")
// goes on with their words; after one that only tells of them, it may be
// anyone's.
func (a *attributor) reportedIn(qi, p int) bool {
	pi := a.doc.Quotes[qi].Paragraph - 1
	for j := qi - 1; p >= 0 && j >= 0 && a.doc.Quotes[j].Paragraph >= pi; j-- {
		if q := a.doc.Quotes[j]; q.Paragraph == pi && q.Kind == news.Indirect && q.Speaker == p {
			return true
		}
	}
	return false
}

// newSubjectBetween reports whether a sentence that starts in [from, to)
// has someone other than person p as its subject: then the quote after it
// no longer goes on from p.
func (a *attributor) newSubjectBetween(from, to, p int) bool {
	ss := a.doc.Sentences
	first := sort.Search(len(ss), func(i int) bool { return ss[i].Start >= from })
	for _, s := range ss[first:] {
		if s.Start >= to {
			break
		}
		if m, ok := a.firstSubject(s.First, min(s.Last, a.tokenAt(to))); ok && a.personOf(m) != p {
			return true
		}
	}
	return false
}

// namesSomeone reports whether paragraph pi mentions a person outside
// quotes.
func (a *attributor) namesSomeone(pi int) bool {
	first, last := a.mentionsIn(a.doc.Paragraphs[pi])
	for i := first; i < last; i++ {
		if a.speaks(i) && !a.inQuote[a.mFirst[i]] {
			return true
		}
	}
	return false
}

// nearestSentences is how many sentences back the last rule looks for a
// subject: a speaker named further back in the paragraph is not the one
// the reader would take, and looking further costs a long paragraph its
// square.
const nearestSentences = 5

// nearest is rule 7: a quote that opens its sentence right after one with
// a speech verb ("Or maybe Jeb Bush, consultant Phil Musser says. “…”")
// is that verb's subject's; otherwise the subject of the nearest sentence
// before the quote in its paragraph.
func (a *attributor) nearest(qi int) {
	q := &a.doc.Quotes[qi]
	open := a.tokenAt(q.Outer.Start)
	s := a.sentenceOf(open)
	// "'Very well.' Harriet turned to go.": a quote that opens its
	// paragraph, with no cue anywhere, is the speaker's whose action the
	// next sentence tells.
	if q.Outer.Start == a.doc.Paragraphs[q.Paragraph].Start {
		close := a.tokenAt(q.Outer.End)
		if close < len(a.doc.Tokens) && a.tokenPara(close) == q.Paragraph {
			next := a.doc.Sentences[a.sentenceOf(close)]
			from := close
			if next.First > close {
				from = next.First
			}
			if m, ok := a.firstSubject(from, min(next.Last, from+12)); ok && a.doc.Mentions[m].Kind != news.Organisation && !a.hears(m) {
				a.set(q, m, news.Span{}, RuleActionBeat, confActionBeat)
				return
			}
		}
	}
	if open == a.doc.Sentences[s].First && s > 0 && a.doc.Sentences[s-1].Paragraph >= q.Paragraph-1 &&
		!(a.dialogue && a.doc.Sentences[s-1].Paragraph < q.Paragraph) {
		prev := a.doc.Sentences[s-1]
		for c := prev.Last - 1; c >= prev.First; c-- {
			// Not an -ing form, which may describe ("dignified, solid, and
			// reassuring") rather than report.
			if a.isCue(c) && !strings.HasSuffix(strings.ToLower(a.word(c)), "ing") {
				if m, ok := a.cueSubject(c, prev.First); ok {
					a.set(q, m, a.doc.Tokens[c].Span, RulePreviousCue, confNearestCue)
					return
				}
				break
			}
		}
	}
	for si := s; si >= 0 && si >= s-nearestSentences && a.doc.Sentences[si].Paragraph == q.Paragraph; si-- {
		sent := a.doc.Sentences[si]
		to := sent.Last
		if si == s {
			to = open
		}
		if si == s && !a.dialogue {
			// "The ad targets a “corrupt political system …”", "The
			// complaint, filed in federal court, alleged that the DNC
			// “failed to …”": a writing that opens the quote's sentence
			// is its subject, whatever mention comes after.
			if ph := a.subjectOpening(sent.First, to); ph.End > ph.Start {
				a.setPhrase(q, ph, RuleNearest)
				q.Confidence = confNearest
				return
			}
		}
		if m, ok := a.firstSubject(sent.First, to); ok && !a.hears(m) {
			a.set(q, m, news.Span{}, RuleNearest, confNearest)
			return
		}
	}
}

// inSubordinate reports whether the cue at c is in a subordinate clause
// opened after "that" ("said that when Warren railed against Wall
// Street,") and closed by a comma right before the quote opening at open.
func (a *attributor) inSubordinate(c, open int) bool {
	comma := -1
	for k := c + 1; k < open; k++ {
		if a.word(k) == "," {
			comma = k
		}
	}
	if comma < 0 || comma != open-1 {
		return false
	}
	for k := c - 1; k >= 0 && k >= c-12; k-- {
		w := strings.ToLower(a.word(k))
		if lexicon.In(subordinators, w) && w != "asked" && w != "whether" {
			return k > 0 && strings.EqualFold(a.word(k-1), "that")
		}
		if a.doc.Tokens[k].Kind == news.Punct {
			return false
		}
	}
	return false
}

// signature attributes a paragraph of quotes only to the name signed
// under it, a pull quote's or an epigraph's way:
//
//	"Boeing and GE and other multinationals . . . pay zero taxes."
//
//	- Sanders.
func (a *attributor) signature(qi int) {
	q := &a.doc.Quotes[qi]
	pi := q.Paragraph
	if pi+1 >= len(a.doc.Paragraphs) || !a.quoteOnly(pi) {
		return
	}
	sig := a.doc.Paragraphs[pi+1]
	text := strings.TrimSpace(sig.In(a.doc.Text))
	if dash, _ := utf8.DecodeRuneInString(text); len(text) > 120 || !strings.ContainsRune("-—–―", dash) {
		return // (an empty text decodes to RuneError, no dash)
	}
	first, last := a.mentionsIn(sig)
	for i := first; i < last; i++ {
		if k := a.doc.Mentions[i].Kind; k == news.Name || k == news.Organisation {
			a.set(q, i, news.Span{}, RuleSignature, confSignature)
			return
		}
	}
}

// signedAfter is the name a quote is signed with on its own line: "“…
// you are a dictator.” ― Christina N Luis Olidem", a dash and a name
// after the closing mark, then the line's end. Otherwise -1.
func (a *attributor) signedAfter(q *news.Quote) int {
	rest := a.doc.Text[q.Outer.End:]
	trimmed := strings.TrimLeft(rest, " \u00a0")
	dash, n := utf8.DecodeRuneInString(trimmed)
	if n == 0 || !strings.ContainsRune("—–―", dash) {
		return -1
	}
	from := q.Outer.End + len(rest) - len(trimmed) + n
	first, last := a.mentionsIn(news.Span{Start: from, End: min(len(a.doc.Text), from+120)})
	if first == last {
		return -1
	}
	m := a.doc.Mentions[first]
	if m.Kind != news.Name || strings.TrimLeft(a.doc.Text[from:m.Start], " \u00a0") != "" {
		return -1
	}
	after := strings.TrimLeft(a.doc.Text[m.End:], ".")
	if after != "" && after[0] != '\n' {
		return -1
	}
	return first
}

// quoteOnly reports whether paragraph pi is quotes in marks and nothing
// else: it opens with a quote and its last quote closes it.
func (a *attributor) quoteOnly(pi int) bool {
	p := a.doc.Paragraphs[pi]
	first, last := a.quotesOf(pi)
	if first == last {
		return false
	}
	return a.doc.Quotes[first].Outer.Start == p.Start && a.doc.Quotes[last-1].Outer.End == p.End
}

// isDash reports whether w is a dash that sets off a phrase.
func isDash(w string) bool { return w == "-" || w == "–" || w == "—" || w == "--" }

// emptySubject reports whether the cue at token c has an empty "it" for
// its subject, past adverbs: "It now seems".
func (a *attributor) emptySubject(c int) bool {
	for k := c - 1; k >= 0 && k >= c-3; k-- {
		w := a.word(k)
		if strings.EqualFold(w, "it") {
			return true
		}
		if !strings.HasSuffix(w, "ly") && !strings.EqualFold(w, "now") && !strings.EqualFold(w, "still") {
			return false
		}
	}
	return false
}

// beforeBy reports whether the cue at token c is a passive: a form of
// "be" before it, past adverbs ("was repeatedly told"), no further back
// than first.
func (a *attributor) beforeBy(c, first int) bool {
	b := c - 1
	for b > first && strings.HasSuffix(strings.ToLower(a.word(b)), "ly") {
		b--
	}
	return b >= first && (beForms[strings.ToLower(a.word(b))] || strings.EqualFold(a.word(b), "being"))
}

// inWordsOf finds the source of "in the words of a senior adviser,"
// ending at the comma at token comma, no further back than first: the
// writer lending the quote that follows to its source, as "according to"
// does — the phrase viewSource reads, set before the quote. It gives the
// source's mention and the "in" that opens the phrase. ("in Forbes’
// words," is the speech noun's owner: speechNoun.)
func (a *attributor) inWordsOf(comma, first int) (int, int, bool) {
	for k := comma - 1; k > first && k >= comma-12; k-- {
		if a.inQuote[k] || a.word(k) == "," {
			return -1, -1, false
		}
		if !strings.EqualFold(a.word(k), "in") {
			continue
		}
		if m, ok := a.viewSource(k, comma); ok {
			return m, k, true // (past "in Kyiv" in "in the words of an official in Kyiv,")
		}
	}
	return -1, -1, false
}

// viewNouns name what is someone's own as words or judgment: "in
// Bolton's view", "in his words", "in the opinion of".
var viewNouns = map[string]bool{"view": true, "words": true, "opinion": true, "estimation": true,
	"judgment": true, "judgement": true, "assessment": true, "telling": true, "reckoning": true}

// viewSource finds, for "in" at token k (before end), the one whose view
// or words the phrase it opens gives: "in Bolton’s view", "in his
// words", "in the words of John Bolton", "in the view of the
// committee". It gives the mention, or a pronoun that stands for one.
func (a *attributor) viewSource(k, end int) (int, bool) {
	if !strings.EqualFold(a.word(k), "in") || k+3 >= end {
		return -1, false
	}
	if strings.EqualFold(a.word(k+1), "the") && viewNouns[strings.ToLower(a.word(k+2))] && strings.EqualFold(a.word(k+3), "of") {
		return a.mentionWithin(k+4, end)
	}
	for j := k + 1; j < end && j < k+7; j++ {
		m, ok := a.startsAt[j]
		if !ok {
			if a.doc.Tokens[j].Kind != news.Word || !isUpperWord(a.word(j)) && !lexicon.RoleNoun(a.word(j)) {
				return -1, false // only a title's words before the owner
			}
			continue
		}
		after := a.mLast[m]
		if after < end && (a.word(after) == "’s" || a.word(after) == "'s") {
			after++
		} else if a.doc.Mentions[m].Kind != news.Pronoun {
			return -1, false
		}
		if after >= end || !viewNouns[strings.ToLower(a.word(after))] {
			return -1, false
		}
		if a.doc.Mentions[m].Kind == news.Pronoun {
			return m, a.personOf(m) >= 0
		}
		return a.speaker(m)
	}
	return -1, false
}

// subjectOpening finds a subject phrase that opens the clause at token
// first, before to, and names no one the article knows: a determiner or
// an owner, at most three words, and a head that names a writing ("The
// ad", "A federal lawsuit", "Hoff’s letter", "One such document"),
// followed by a verb or a comma — a mention inside is no matter ("The
// Rove ad" is a writing: its head is "ad") — or a determiner and words
// with no mention, followed by an auxiliary or a common past ("The board
// saw", "The non-profit is seeking") in the quote's own clause. Its
// words, or an empty span.
func (a *attributor) subjectOpening(first, to int) news.Span {
	if w := strings.ToLower(a.word(first)); prepositions[w] || lexicon.In(subordinators, w) || leadParticiple(a.word(first)) || w == "based" {
		return news.Span{} // "In a separate email, Mr. Band …", "Based on the statement"
	}
	k := first
	for k < to && k < first+5 && !a.inQuote[k] {
		w := a.word(k)
		next := ""
		if k+1 < to {
			next = a.word(k + 1)
		}
		if k > first && lexicon.DocumentNoun(w) && isLowerWord(w) {
			if next == "," || isLowerWord(next) && !lexicon.FunctionWord(next) && !prepositions[next] {
				return news.Span{Start: a.doc.Tokens[first].Start, End: a.doc.Tokens[k].End}
			}
			return news.Span{}
		}
		// "The board saw Fiorina as …", "The non-profit is seeking “…”":
		// a phrase of no one the article knows, opened by a determiner,
		// whose verb follows it, is the sentence's subject too.
		if k > first && phraseOpeners[strings.ToLower(a.word(first))] && isLowerWord(w) && !lexicon.FunctionWord(w) && finiteVerb(next) {
			for j := first; j <= k; j++ {
				if _, ok := a.startsAt[j]; ok {
					return news.Span{}
				}
			}
			for j := k + 1; j < to && j < k+maxReach; j++ {
				if lw := strings.ToLower(a.word(j)); trailingBreaks[lw] || lw == ";" || clauseBreak[lw] && lw != "that" {
					return news.Span{} // "Those stances …, and though the group is “…”": another clause's
				}
			}
			return news.Span{Start: a.doc.Tokens[first].Start, End: a.doc.Tokens[k].End}
		}
		if a.doc.Tokens[k].Kind == news.Punct && w != "’s" && w != "'s" {
			return news.Span{}
		}
		k++
	}
	return news.Span{}
}

// finiteVerb reports whether w, after a subject, reads as its verb: an
// auxiliary ("is seeking", "has been"), a past in "-ed" ("condemned") or
// one of verbsAfterSubject ("saw", "took").
func finiteVerb(w string) bool {
	return clauseAuxiliaries[w] || verbsAfterSubject[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// verbsAfterSubject are verbs no suffix shows to be a subject's: common
// irregular pasts ("saw", "took") and the verbs of writings ("shows",
// "says").
var verbsAfterSubject = map[string]bool{"saw": true, "took": true, "made": true, "gave": true, "found": true,
	"thought": true, "knew": true, "came": true, "went": true, "got": true, "kept": true, "left": true,
	"held": true, "brought": true, "began": true, "ran": true, "became": true, "showed": true,
	"show": true, "shows": true, "says": true, "said": true, "wrote": true, "told": true}

// opensOwnClause reports whether the subject phrase ph opens a clause of
// its own, no further back than from: after the sentence's start, a
// comma, a colon or a conjunction, and itself opened by a determiner, a
// figure or a capital ("Hundreds of demonstrators", "his friends",
// "about 200 protesters"), not by a participle. A phrase inside another
// ("items labeled", "the rejection of the treaty signals", "carrying
// signs saying") is an object or a qualifier, not a speaker.
func (a *attributor) opensOwnClause(ph news.Span, from int) bool {
	k := a.tokenAt(ph.Start)
	if m, ok := a.endsAt[a.tokenAt(ph.End)-1]; ok && a.doc.Mentions[m].Kind == news.Place && k >= 2 && a.word(k-1) == "," && isUpperWord(a.word(k-2)) {
		return false // "Stacy Baker of Columbia, South Carolina says": a state after its city
	}
	w := a.word(k)
	lw := strings.ToLower(w)
	if strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed") {
		return false // "Holding signs calling", "named said"
	}
	if !phraseOpeners[lw] && !isUpperWord(w) && a.doc.Tokens[k].Kind != news.Number && !shareQualifiers[lw] {
		return false // "insecure email": no phrase opens so
	}
	if k <= from || k == a.doc.Sentences[a.sentenceOf(k)].First {
		return true
	}
	return clauseOpeners[strings.ToLower(a.word(k-1))]
}

// clauseOpeners may stand right before a subject that opens a clause.
var clauseOpeners = map[string]bool{",": true, ";": true, ":": true, "—": true, "–": true, "and": true,
	"but": true, "while": true, "as": true, "when": true, "after": true, "before": true, "because": true}

// headPhrase finds, for a cue after the comma at token comma that closes
// an appositive or a participle's phrase ("Others, reacting to the
// video, shouted"), the short phrase before the clause's first comma
// that is its subject: no further back than from, opening the sentence,
// at most five words, naming no one the article knows. Its words, or an
// empty span.
func (a *attributor) headPhrase(comma, from int) news.Span {
	s := a.doc.Sentences[a.sentenceOf(comma)]
	first := max(s.First, from)
	if first >= comma {
		return news.Span{}
	}
	if w := strings.ToLower(a.word(first)); prepositions[w] || lexicon.In(subordinators, w) || timeWords[w] ||
		lexicon.FunctionWord(a.word(first)) && !phraseOpeners[w] || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
		return news.Span{} // "In 2015,", "Arriving upon the scene,"
	}
	for k := first; k < comma && k <= first+5; k++ {
		if a.inQuote[k] {
			return news.Span{}
		}
		if _, ok := a.startsAt[k]; ok {
			return news.Span{} // a mention: subjectBefore's to find
		}
		if a.word(k) == "," {
			if k == first || k == comma {
				return news.Span{}
			}
			return news.Span{Start: a.doc.Tokens[first].Start, End: a.doc.Tokens[k-1].End}
		}
		if a.doc.Tokens[k].Kind == news.Punct || a.isCue(k) {
			return news.Span{}
		}
	}
	return news.Span{}
}

// invertedBefore finds the subject of a cue turned before it that runs
// up to the quote opening at open: "explained Rosenberg, “…”", "said CBS
// moderator Nancy Cordes: “…”". Not a verb of telling, whose next noun is
// its object ("told Rosenberg, “…”").
func (a *attributor) invertedBefore(c, open int) (int, bool) {
	if c+1 >= open || a.dialogue || c > 0 && a.inQuote[c-1] {
		return -1, false // "“Bah!” said Scrooge, “Humbug!”": the tag of the quote before
	}
	end := open - 1
	if w := a.word(end); w != "," && w != ":" {
		return -1, false // "said Hillary Clinton “caused death”": the reported clause's subject
	}
	m, ok := a.subjectAfter(c, end)
	if !ok || a.mLast[m] != end || a.doc.Mentions[m].Kind != news.Name {
		return -1, false
	}
	for k := c + 1; k < a.mFirst[m]; k++ {
		if prepositions[strings.ToLower(a.word(k))] || strings.EqualFold(a.word(k), "of") {
			return -1, false // "said of Mr. Rubio:", "wrote of Ms. Merkel:": whom the words are about
		}
	}
	return m, true
}

// listedAfter is, for a partial quote that follows another partial quote
// of its sentence with only "and", "or" or a comma between them ("a
// “train wreck” and “outsourcer in chief”"), that quote if it has a
// speaker; else -1.
func (a *attributor) listedAfter(qi int) int {
	q := &a.doc.Quotes[qi]
	if q.Kind != news.Partial {
		return -1
	}
	for p := qi - 1; p >= 0; p-- {
		prev := &a.doc.Quotes[p]
		if prev.Kind == news.Indirect {
			continue
		}
		if prev.Kind != news.Partial || prev.Sentence != q.Sentence || prev.Speaker < 0 || prev.Outer.End > q.Outer.Start {
			return -1
		}
		switch strings.Join(strings.Fields(a.doc.Text[prev.Outer.End:q.Outer.Start]), " ") {
		case "and", "or", ",", ", and", ", or":
			return p
		}
		return -1
	}
	return -1
}

// capitalOpening finds the capitalised words (and figures) that open the
// sentence at token first and are followed by a word in lower case,
// before to: "Article 33 affirms", "Isaiah 45:1 reads". Not a word that
// opens sentences anyway ("The", "In", "When"), nor one alone unless a
// verb of its own follows it ("Respondents are obliged to disclose:").
// Its words, or an empty span.
func (a *attributor) capitalOpening(first, to int) news.Span {
	k := first
	for k < to && k < first+5 && !a.inQuote[k] && (isUpperWord(a.word(k)) || a.doc.Tokens[k].Kind == news.Number) {
		k++
	}
	if k == first || k >= to || !isLowerWord(a.word(k)) {
		return news.Span{}
	}
	if k-first == 1 && !clauseAuxiliaries[a.word(k)] && !a.isCue(k) {
		return news.Span{} // "Giant screens glittered …:": any sentence opens on one capital
	}
	if lexicon.FunctionWord(a.word(first)) || prepositions[strings.ToLower(a.word(first))] || lexicon.In(subordinators, a.word(first)) {
		return news.Span{}
	}
	return news.Span{Start: a.doc.Tokens[first].Start, End: a.doc.Tokens[k-1].End}
}
