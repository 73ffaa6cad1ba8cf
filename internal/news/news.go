package news

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) into a text.
type Span struct {
	Start, End int
}

// Len is the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Empty reports whether the span covers no bytes.
func (s Span) Empty() bool { return s.End <= s.Start }

// Contains reports whether o lies wholly inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// In returns the bytes of text the span covers.
func (s Span) In(text string) string { return text[s.Start:s.End] }

// TrimSpace narrows s to exclude the white space at either end of the
// text it covers.
func (s Span) TrimSpace(text string) Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}

// Article is one news article as read from its source, before analysis.
type Article struct {
	// ID is the article's stable identity: the source's own id, else its
	// URL, else a hash of its text. Re-ingesting an article with the same ID
	// replaces it.
	ID string
	// Doc names where the article came from: the path as given on the
	// command line, "-" for standard input, or a JSON Lines record's id.
	Doc    string
	Title  string
	URL    string
	Date   time.Time // zero when the source gives none
	Outlet string    // the publisher, when the source says
	// Format is how Text is written: "text", "markdown" or "html"; the
	// normaliser hides markup so that it is never read as prose.
	Format string
	// Text is the article as read, decoded to UTF-8. Offsets reported to
	// users point into it.
	Text string
}

// Document is an article under analysis. Each stage of the pipeline fills in
// one part of it; every Span in it points into Text.
type Document struct {
	Article *Article
	// Text is the normalised text the stages read. It differs from
	// Article.Text only where normalisation had to change bytes (invalid
	// UTF-8, NFC composition); Offsets maps back.
	Text        string
	Offsets     OffsetMap
	Paragraphs  []Span
	Sentences   []Sentence
	Tokens      []Token
	Mentions    []Mention
	People      []Person
	Quotes      []Quote
	Diagnostics []Diagnostic
}

// TokenKind tells words from numbers and punctuation.
type TokenKind uint8

const (
	Word TokenKind = iota
	Number
	Punct
)

// Token is a word, number or punctuation mark.
type Token struct {
	Span
	Kind TokenKind
	// Tag is a Penn Treebank part-of-speech tag when the sentence was
	// tagged, else empty.
	Tag string
}

// Sentence is a sentence inside one paragraph.
type Sentence struct {
	Span
	Paragraph int
	// Tokens are the indexes [First, Last) of its tokens in Document.Tokens.
	First, Last int
}

// MentionKind says what sort of thing a mention names.
type MentionKind uint8

const (
	// Name is a proper name of a person: "Sergei Lavrov", "Lavrov".
	Name MentionKind = iota
	// Pronoun is a personal pronoun that may refer to a person: "he", "she".
	Pronoun
	// Description is a common noun phrase that stands for a person:
	// "a North Korean official", "the Russian representative".
	Description
	// Organisation is the name of an organisation: "Roscosmos", "the UN".
	Organisation
	// Place is the name of a place: "Pyongyang", "North Korea".
	Place
)

var mentionKindNames = [...]string{"name", "pronoun", "description", "organisation", "place"}

func (k MentionKind) String() string {
	if int(k) < len(mentionKindNames) {
		return mentionKindNames[k]
	}
	return "unknown"
}

// Mention is a stretch of text that refers to a person, an organisation or
// a place.
type Mention struct {
	Span
	Kind MentionKind
	// Role is the title or description the text gives the person at this
	// mention ("Foreign Minister", "Roscosmos head"); empty if none.
	Role Span
	// Person is the index in Document.People of the person this mention
	// refers to, or -1.
	Person   int
	Sentence int
}

// Gender is what the text tells of a person's grammatical gender, used to
// resolve pronouns.
type Gender uint8

const (
	Unknown Gender = iota
	Male
	Female
)

// Person is one person an article speaks of: every mention of them, their
// names and roles. Unnamed speakers ("a North Korean official") are people
// too, with Named false and their description as Name.
type Person struct {
	// Name is the canonical name: the fullest name the article gives, or
	// for an unnamed person the description without its article.
	Name    string
	Aliases []string
	Roles   []string
	Named   bool
	// Organisation is true for a body that speaks ("the White House
	// said"): it is a speaker but not a person.
	Organisation bool
	Gender       Gender
	// Affiliation is the country or body an unnamed person belongs to,
	// where the article says ("North Korean", "the Russian delegation").
	Affiliation string
	// Mentions are indexes into Document.Mentions, in text order.
	Mentions []int
}

// QuoteKind says how a quote is reported.
type QuoteKind uint8

const (
	// Direct is speech given in quote marks as a whole sentence or more.
	Direct QuoteKind = iota
	// Partial is a quoted fragment inside the writer's own sentence:
	// hailed it as a "breakthrough".
	Partial
	// Indirect is reported speech with no marks: he said that ...
	Indirect
)

var quoteKindNames = [...]string{"direct", "partial", "indirect"}

func (k QuoteKind) String() string {
	if int(k) < len(quoteKindNames) {
		return quoteKindNames[k]
	}
	return "unknown"
}

// ParseQuoteKind is the inverse of QuoteKind.String.
func ParseQuoteKind(s string) (QuoteKind, bool) {
	for i, n := range quoteKindNames {
		if n == s {
			return QuoteKind(i), true
		}
	}
	return 0, false
}

// Quote is one stretch of reported speech.
type Quote struct {
	// Span covers the quoted words without their marks (for indirect
	// speech, the reported clause).
	Span
	// Outer covers the words with their marks; equal to Span for indirect
	// speech and for a quote whose mark was never closed at its end.
	Outer     Span
	Kind      QuoteKind
	Paragraph int
	Sentence  int
	// Continues is the index of the earlier quote this one carries on (the
	// second half of a split quote, the next paragraph of a long one), or
	// -1.
	Continues int
	// Unclosed is true when the quote's mark was never closed, so the quote
	// was cut at the end of its paragraph.
	Unclosed bool
	// NotSpeech says why quoted words are not speech, when they are not:
	// "title" for the name of a work or a slogan in title case, "name" for
	// a nickname ("goes by the name “Shorty”"), "scare" for a word in scare
	// quotes that no one is said to have said, "gloss" for what words of
	// another tongue mean ("Latin for “if you wish peace”"), "thought" for
	// a story's reported thinking or seeming ("Martha thought it best to
	// sit down", "his temper seemed to pass off"). Empty for speech.
	NotSpeech string
	Attribution
}

// Attribution is who said a quote and why whosaid thinks so.
type Attribution struct {
	// Speaker is the index in Document.People of the speaker, or -1.
	Speaker int
	// Mention is the index in Document.Mentions of the words that attribute
	// the quote ("he", "Lavrov"), or -1.
	Mention int
	// Cue covers the verb or phrase that introduces the speech ("says",
	// "according to"); empty if none.
	Cue Span
	// Rule names the attribution rule that decided the speaker.
	Rule string
	// Confidence is how sure the rule is, from 0 to 1.
	Confidence float64
	// Evidence is the chain of mentions from the attributing words to the
	// canonical name: "he" → "Lavrov" → "Sergei Lavrov".
	Evidence []string
}

// Diagnostic is a problem the analysis met but worked around, such as a
// quote mark that is never closed.
type Diagnostic struct {
	Span
	Message string
}

// NamedInFull reports whether name mention m, or the person it names,
// has a given name and a surname: "Velasquez" where the article names
// Maria Velasquez is, as an interview's label.
func NamedInFull(doc *Document, m Mention) bool {
	return len(strings.Fields(m.In(doc.Text))) >= 2 || m.Person >= 0 && len(strings.Fields(doc.People[m.Person].Name)) >= 2
}

// InitialsOf is the one named person of doc whose name's capitalised
// words begin with the letters of initials ("NG" for Natasha Gownaris),
// as an interview labels their answers; -1 if none or more than one.
func InitialsOf(doc *Document, initials string) int {
	found := -1
	for p, per := range doc.People {
		if !per.Named || per.Organisation {
			continue
		}
		var b strings.Builder
		for _, w := range strings.Fields(per.Name) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				b.WriteRune(r)
			}
		}
		if b.String() != initials {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = p
	}
	return found
}
