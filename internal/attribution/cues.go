package attribution

// Which words are cues: speech verbs used as verbs, speech nouns, and the
// phrases that report speech.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/news"
)

// isCue reports whether token k is a speech verb outside quote marks.
func (a *attributor) isCue(k int) bool {
	t := a.doc.Tokens[k]
	if t.Kind != news.Word || a.inQuote[k] {
		return false
	}
	w := t.In(a.doc.Text)
	if k+1 < len(a.doc.Tokens) && lexicon.PhrasalCue(w, a.word(k+1)) {
		return true // "Trump went on", "Hillary shot back", "her husband cut in"
	}
	if (w == "put" || w == "puts") && k+1 < len(a.doc.Tokens) && a.word(k+1) == "it" {
		return true // "as John Cornyn put it:"
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) && !(leadParticiple(w) && startsSentenceAt(a, k)) {
		return false // "Calling it “…”, she said" opens on a cue; "Call" mid-sentence is a name
	}
	if lexicon.TagVerb(w) && a.inTag(k) && (k+1 >= len(a.doc.Tokens) || a.word(k+1) != "to") {
		return true // "“Nephew!” returned the uncle"
	}
	if _, ok := lexicon.SpeechVerb(w); !ok {
		return false
	}
	// After a determiner or a possessive the word is a noun: "the union's
	// demands", "his answer"; before a role it is part of a title: "press
	// secretary".
	if k > 0 && lexicon.In(nounMarkers, a.word(k-1)) {
		return false
	}
	// Right after a preposition a form that is not a gerund is a noun:
	// "greeted with chants of", "amid cries of".
	if k > 0 && nounAfter[strings.ToLower(a.word(k-1))] && !strings.HasSuffix(w, "ing") {
		return false
	}
	// "his anti-Muslim remarks": a form that is also a noun, after a
	// determiner and a word or two.
	if lexicon.Nounable(w) {
		for j := k - 2; j >= 0 && j >= k-3; j-- {
			if lexicon.In(nounMarkers, a.word(j)) {
				return false
			}
			if a.doc.Tokens[j+1].Kind != news.Word || !isLowerWord(a.word(j+1)) {
				break
			}
		}
	}
	if lemma, _ := lexicon.SpeechVerb(w); strings.EqualFold(lemma, w) && k+1 < len(a.doc.Tokens) &&
		lexicon.RoleNoun(a.word(k+1)) && isLowerWord(a.word(k+1)) {
		return false // the bare word before a role: "press secretary"
	}
	return true
}

// inTag reports whether token k follows a quote's closing mark with at
// most four words between, none of them punctuation: where a tag verb
// ("returned", "pursued") reports speech.
func (a *attributor) inTag(k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if a.inQuote[j] {
			return a.doc.Tokens[j].Kind == news.Punct
		}
		if a.doc.Tokens[j].Kind != news.Word {
			return false
		}
	}
	return false
}

// speechNouns name what someone said: "Trump's pledge", "her remarks".
var speechNouns = map[string]bool{"assertion": true, "claim": true, "claims": true,
	"statement": true, "remarks": true, "remark": true, "comments": true, "comment": true,
	"words": true, "pledge": true, "promise": true, "vow": true, "call": true, "warning": true,
	"suggestion": true, "insistence": true, "argument": true, "answer": true, "response": true,
	"reply": true, "description": true, "characterization": true, "declaration": true,
	"announcement": true, "accusation": true, "criticism": true, "complaint": true,
	"denial": true, "admission": true, "boast": true, "quip": true, "joke": true,
	"tweet": true, "speech": true, "testimony": true, "message": true, "slogan": true,
	"prediction": true, "praise": true, "insult": true, "attack": true, "demand": true,
	"quote": true, "quotes": true, "broadside": true, "rejection": true, "critique": true,
	"condemnation": true, "denunciation": true, "dismissal": true, "defense": true, "defence": true,
	"retort": true, "rebuke": true, "plea": true, "appeal": true, "slogans": true, "motto": true,
	"mantra": true, "dictum": true, "refrain": true, "catchphrase": true, "phrase": true, "messages": true,
	"rejoinder": true, "inquiry": true, "enquiry": true, "exclamation": true, "observation": true}

var nounMarkers = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true,
	"their": true, "its": true, "our": true, "my": true, "your": true, "’s": true, "'s": true,
	"this": true, "these": true, "those": true, "every": true, "no": true}

// nounAfter are prepositions after which a speech verb's form is a noun
// unless it is a gerund: "with chants of", "amid cries of", "among
// complaints". ("by", "after" and the like take gerunds and clauses.)
var nounAfter = map[string]bool{"with": true, "amid": true, "among": true, "of": true}

// sayingVerbs report the words themselves, so that one right after a
// quote names its speaker even when a cue stands before it.
var sayingVerbs = map[string]bool{"say": true, "add": true, "tell": true, "ask": true,
	"note": true, "explain": true, "write": true, "continue": true, "insist": true,
	"argue": true, "claim": true, "reply": true, "respond": true, "answer": true,
	"state": true, "declare": true, "tweet": true, "recall": true, "conclude": true,
	"remark": true, "observe": true, "comment": true, "quip": true, "joke": true}

// takesObjectAfter reports whether what follows a cue verb is its object:
// a participle ("saying", "telling") or a verb of telling ("told", "asked").
func takesObjectAfter(w string) bool {
	if lexicon.Participle(w) {
		return true
	}
	lemma, _ := lexicon.SpeechVerb(w)
	switch lemma {
	case "tell", "urge", "warn", "inform", "remind", "assure", "blame", "call", "accuse", "thank", "praise":
		return true
	}
	return false
}
