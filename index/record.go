package index

// Quote is one quote as whosaid reports it: the line `whosaid extract`
// prints, the record the index stores and the hit a search returns.
// Offsets are UTF-8 byte offsets into the article as read, so that the
// article's bytes [Start:End) are Text.
type Quote struct {
	// ID is stable for a given article and span, so that `whosaid show ID`
	// keeps working after the article is ingested again unchanged.
	ID string `json:"id"`
	// Doc is where the article came from: the path as given, or the JSON
	// Lines record's id.
	Doc string `json:"doc"`
	// Article is the ID of the article the quote belongs to.
	Article string `json:"article"`
	// Kind is "direct", "partial" or "indirect".
	Kind  string `json:"kind"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Speaker is the canonical name ("Sergei Lavrov"), or for an unnamed
	// speaker its description ("North Korean official"); empty if unknown.
	Speaker string `json:"speaker"`
	// Person is who the speaker is across articles, filled in by the index
	// on quotes it returns: the name that speaker goes by in the index
	// ("Sergei Lavrov" for a quote whose article said only "Lavrov", when
	// the index knows one Lavrov). It is empty for a speaker who is not one
	// of the article's People (an unnamed speaker, an organisation), and in
	// what `whosaid extract` prints. Add ignores it.
	Person string `json:"person,omitempty"`
	// SpeakerMention is the words that attribute the quote: "he",
	// "Lavrov", "the North Korean official".
	SpeakerMention string `json:"speaker_mention"`
	// Anonymous is true for an unnamed speaker.
	Anonymous bool `json:"anonymous,omitempty"`
	// SpeakerType is "person", "organisation" (a body that speaks: "the
	// White House said") or "unnamed"; empty when no speaker was found.
	SpeakerType string `json:"speaker_type,omitempty"`
	// Affiliation is what the article says an unnamed speaker belongs to:
	// "North Korean", "the Russian delegation".
	Affiliation string `json:"affiliation,omitempty"`
	// Role is the speaker's title in the article ("Foreign Minister").
	Role string `json:"role"`
	// Cue is the verb or phrase that introduces the speech: "says",
	// "hailed", "according to".
	Cue string `json:"cue"`
	// Rule names the attribution rule that chose the speaker, Confidence
	// says how sure it is (0 to 1) and Evidence is the chain of mentions
	// from the attributing words to the name.
	Rule       string   `json:"rule,omitempty"`
	Confidence float64  `json:"confidence"`
	Evidence   []string `json:"evidence,omitempty"`
	// NotSpeech says why quoted words are not speech ("title", "name",
	// "scare", "gloss", "thought"); such quotes appear only when asked for
	// (extract --all), and whosaid ingest does not index them.
	NotSpeech string `json:"not_speech,omitempty"`

	// The article's title, URL, date (YYYY-MM-DD) and outlet, when it
	// has them.
	Title  string `json:"title,omitempty"`
	URL    string `json:"url,omitempty"`
	Date   string `json:"date,omitempty"`
	Outlet string `json:"outlet,omitempty"`
}

// Person is one person of one article, with what the article calls them.
type Person struct {
	Doc     string   `json:"doc"`
	Article string   `json:"article"`
	Name    string   `json:"name"`
	Roles   []string `json:"roles"`
	Aliases []string `json:"aliases"`
	// Named is false for an unnamed speaker such as "a North Korean
	// official".
	Named    bool `json:"named"`
	Mentions int  `json:"mentions"`
	Quotes   int  `json:"quotes"`
	// Date is the article's date (YYYY-MM-DD), filled in by Add.
	Date string `json:"date,omitempty"`
}

// Article is one analysed article. Its Text is stored so that a quote can
// be shown in its paragraph.
type Article struct {
	ID     string `json:"id"`
	Doc    string `json:"doc"`
	Title  string `json:"title,omitempty"`
	URL    string `json:"url,omitempty"`
	Date   string `json:"date,omitempty"`
	Outlet string `json:"outlet,omitempty"`
	// Source, if set, is where the article was read from, such as the
	// absolute path of its file: Add replaces any article from the same
	// Source, so that a file whose text (and so whose ID) changed does not
	// leave its old version behind.
	Source string `json:"source,omitempty"`
	Text   string `json:"text,omitempty"`
}

// Entry is everything whosaid found in one article: what Index.Add stores
// and what replaces an earlier version of the same article.
type Entry struct {
	Article Article
	Quotes  []Quote
	People  []Person
}
