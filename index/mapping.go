package index

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// The three document types share one index and are told apart by the
// keyword field "type", which every search filters on.
const (
	typeQuote   = "quote"
	typePerson  = "person"
	typeArticle = "article"
)

// wordsAnalyzer splits names and roles into lower-case, accent-folded words
// without stemming or stop words, so that "putin" finds "Vladimir Putin" and
// "erdogan" finds "Erdoğan", but "state" does not find "statesman".
const wordsAnalyzer = "whosaid_words"

// Field names that are not simply a record's JSON name.
const (
	fieldJSON         = "json" // the record itself, stored, not indexed
	fieldSpeakerWords = "speaker_words"
	fieldRoleWords    = "role_words"
	fieldOutletWords  = "outlet_words"
	fieldCueWords     = "cue_words"
	fieldNameWords    = "name_words"
	fieldRolesWords   = "roles_words"
	// fieldWho is who a quote's speaker is across articles, for filters
	// and facets: "p " and the name's key for a person ("p vladimir
	// putin"), "o " and the name as written for another named speaker (an
	// organisation: "o White House"); absent for an unnamed or unknown
	// speaker, who is never the same as anyone in another article.
	fieldWho = "who"
	// fieldSpeakerType is "person", "anonymous", "other" (a named speaker
	// the article does not list among its people: an organisation) or
	// "none" (unattributed).
	fieldSpeakerType = "speaker_type"
	// fieldNewest and fieldOldest are what quotes are sorted by in order
	// of date, fieldDay and fieldPos what searchByDate plans and searches
	// windows of days by: see dateOrder.
	fieldNewest = "newest"
	fieldOldest = "oldest"
	fieldDay    = "day"
	fieldPos    = "pos"
)

// Values of fieldSpeakerType, and prefixes of fieldWho.
const (
	speakerPerson    = "person"
	speakerAnonymous = "anonymous"
	speakerOther     = "other"
	speakerNone      = "none"

	whoPerson = "p "
	whoOther  = "o "
)

// quoteDoc is what the index holds for a Quote. The public records carry no
// index plumbing; this wrapper adds the type and the stored record, and
// indexes the fields a search filters on. Text is stored in its own field
// (for highlighting) and left out of JSON, so it is stored once.
type quoteDoc struct {
	Type        string     `json:"type"`
	Text        string     `json:"text"`
	Speaker     string     `json:"speaker"`
	SpeakerType string     `json:"speaker_type"`
	Who         []string   `json:"who"` // none or one; a nil slice indexes nothing
	Role        string     `json:"role"`
	Kind        string     `json:"kind"`
	Doc         string     `json:"doc"`
	Article     string     `json:"article"`
	Outlet      []string   `json:"outlet"`
	Cue         string     `json:"cue"`
	Anonymous   bool       `json:"anonymous"`
	Date        *time.Time `json:"date"`
	Start       int        `json:"start"`
	End         int        `json:"end"`
	Confidence  float64    `json:"confidence"`
	Day         []string   `json:"day"`
	Pos         float64    `json:"pos"`
	JSON        string     `json:"json"`
	order       dateOrder  // its sort keys, which Add adds (unexported: not mapped)
}

type personDoc struct {
	Type     string     `json:"type"`
	Article  string     `json:"article"`
	Doc      string     `json:"doc"`
	Name     string     `json:"name"`
	Roles    []string   `json:"roles"`
	Aliases  []string   `json:"aliases"`
	Named    bool       `json:"named"`
	Mentions int        `json:"mentions"`
	Quotes   int        `json:"quotes"`
	Date     *time.Time `json:"date"`
	JSON     string     `json:"json"`
}

// articleDoc indexes an article's metadata only: its text is kept in JSON,
// stored but not indexed, so article bodies never match a quote search.
type articleDoc struct {
	Type    string     `json:"type"`
	Article string     `json:"article"`
	Doc     string     `json:"doc"`
	Title   string     `json:"title"`
	URL     string     `json:"url"`
	Outlet  string     `json:"outlet"`
	Source  string     `json:"source"`
	Date    *time.Time `json:"date"`
	JSON    string     `json:"json"`
}

// BleveType tells bleve which document mapping applies. (bleve finds its
// TypeField in maps and by Go field name, not by JSON name.)
func (quoteDoc) BleveType() string   { return typeQuote }
func (personDoc) BleveType() string  { return typePerson }
func (articleDoc) BleveType() string { return typeArticle }

func articleID(id string) string { return "a/" + id }
func personID(article string, n int) string {
	return "p/" + article + "/" + strconv.Itoa(n)
}

// newQuoteDoc makes the document of q. Its Person is set by Add: the
// speaker's name if the speaker is a person of the article, else empty.
func newQuoteDoc(q Quote) (quoteDoc, error) {
	text := q.Text
	q.Text = ""
	b, err := json.Marshal(q)
	if err != nil {
		return quoteDoc{}, err
	}
	d := quoteDoc{
		Type: typeQuote, Text: text, Speaker: q.Speaker, Role: q.Role,
		Kind: q.Kind, Doc: q.Doc, Article: q.Article, Cue: q.Cue,
		Anonymous: q.Anonymous, Date: parseDate(q.Date),
		Start: q.Start, End: q.End, Confidence: q.Confidence,
		JSON: string(b),
	}
	d.order = newDateOrder(d.Date, q.Article, q.Start, q.ID)
	d.Day, d.Pos = []string{d.order.day}, d.order.pos
	if d.order.day != undated {
		d.Day = append(d.Day, dated)
	}
	switch {
	case q.Person != "" && nameKey(q.Person) != "":
		d.SpeakerType = speakerPerson
		d.Who = []string{whoPerson + nameKey(q.Person)}
	case q.Anonymous:
		d.SpeakerType = speakerAnonymous
	case strings.TrimSpace(q.Speaker) != "":
		d.SpeakerType = speakerOther
		d.Who = []string{whoOther + q.Speaker}
	default:
		d.SpeakerType = speakerNone
	}
	if q.Outlet != "" {
		d.Outlet = []string{q.Outlet}
	}
	return d, nil
}

func newPersonDoc(p Person) (personDoc, error) {
	b, err := json.Marshal(p)
	if err != nil {
		return personDoc{}, err
	}
	return personDoc{
		Type: typePerson, Article: p.Article, Doc: p.Doc, Name: p.Name,
		Roles: p.Roles, Aliases: p.Aliases, Named: p.Named,
		Mentions: p.Mentions, Quotes: p.Quotes, Date: parseDate(p.Date),
		JSON: string(b),
	}, nil
}

// storedArticle is the JSON an article is stored as: the Article, and its
// text as bytes too when it is not valid UTF-8, which a JSON string cannot
// hold: json.Marshal replaces each bad byte with the three of U+FFFD, after
// which the quotes' offsets no longer hold. (The text stays in Text as
// well, as whosaid before TextBytes reads it.)
type storedArticle struct {
	Article
	TextBytes []byte `json:"text_bytes,omitempty"`
}

func marshalArticle(a Article) ([]byte, error) {
	sa := storedArticle{Article: a}
	if !utf8.ValidString(a.Text) {
		sa.TextBytes = []byte(a.Text)
	}
	return json.Marshal(sa)
}

func unmarshalArticle(b []byte) (Article, error) {
	var sa storedArticle
	if err := json.Unmarshal(b, &sa); err != nil {
		return Article{}, err
	}
	if sa.TextBytes != nil {
		sa.Text = string(sa.TextBytes)
	}
	return sa.Article, nil
}

func newArticleDoc(a Article) (articleDoc, error) {
	b, err := marshalArticle(a)
	if err != nil {
		return articleDoc{}, err
	}
	return articleDoc{
		Type: typeArticle, Article: a.ID, Doc: a.Doc, Title: a.Title,
		URL: a.URL, Outlet: a.Outlet, Source: a.Source, Date: parseDate(a.Date),
		JSON: string(b),
	}, nil
}

// Add puts fields in each quote's document besides the mapping's, which
// a mapping cannot make, with addedFieldOptions: the keys quotes are
// sorted by in order of date, fieldNewest and fieldOldest (see dateOrder),
// and the values facets count (see facetField).
//
// Sorting and counting read a value of every match, from the field's doc
// values. Doc values are kept in chunks of 1,024 documents, each
// compressed, and a numeric field such as the date has 16 terms a
// document: to sort 20,000 matches spread over the index by date, article
// and start, bleve decompressed most of the index's doc values for the
// three fields, and to count 6,000 matches by speaker most of the
// speakers'. These fields are one term a document, each stored alone and
// uncompressed, so that reading one costs what reading one document's
// does. The mapping's fields keep doc values only where they are read
// all together (the type and a person's name, counted over the index).
const addedFieldOptions = bleveindex.IndexField | bleveindex.DocValues | bleveindex.SkipFreqNorm |
	bleveindex.SkipDVCompression | bleveindex.SkipDVChunking

// facetField is the field a facet counts, one of FacetFields, whose terms
// are those of the quote's field of the same name (fieldWho for
// FacetSpeaker).
func facetField(facet string) string { return "facet_" + facet }

// dateOrder is where a quote comes in order of date: the article's day
// (descending for newest, undated last in both), then its article, in the
// order of a hash of the article's ID, then its start in the article, then
// its ID. Articles of one day are in the order of that hash, rather than
// of their IDs, which are URLs with long common prefixes, so that a day
// can be cut into windows of its articles (see searchByDate).
type dateOrder struct {
	// newest and oldest are the sort keys of fieldNewest and fieldOldest:
	// strings that sort in that order.
	newest, oldest string
	// day is the day, YYYY-MM-DD, or undated ("~"): fieldDay, whose terms
	// count the quotes of each day. (A dated quote's fieldDay also has
	// the term dated, which selects them all.)
	day string
	// pos is the day's number (undated the last) times 2^28 plus the top
	// 28 bits of the hash: fieldPos, by which a range of days, or of the
	// articles of one day, is searched.
	pos float64
}

const (
	undated    = "~" // after any digit
	dated      = "+"
	undatedNum = 1<<22 - 1
	// day0 is 0000-01-01 in days since 1970: days are numbered from it,
	// up to 9999-12-31, under 2^22.
	day0 = -719528
)

func newDateOrder(date *time.Time, article string, start int, id string) dateOrder {
	h := fnv.New64a()
	h.Write([]byte(article))
	hash := h.Sum64()
	// A NUL ends the article ID, and one in it is escaped as NUL SOH, so
	// that a shorter ID sorts first as it does alone: "a" < "a\x00b" < "ab".
	rest := fmt.Sprintf("%016x", hash) + strings.ReplaceAll(article, "\x00", "\x00\x01") + "\x00\x00" +
		fmt.Sprintf("%010d", min(max(int64(start), 0), 9_999_999_999)) + id
	o := dateOrder{newest: undated + rest, oldest: undated + rest, day: undated}
	num := int64(undatedNum)
	if date != nil {
		o.day = date.Format(time.DateOnly) // 0000-01-01 to 9999-12-31
		// Each digit d as 9-d: later days first.
		back := strings.Map(func(r rune) rune {
			if '0' <= r && r <= '9' {
				return '9' - r + '0'
			}
			return r
		}, o.day)
		o.newest, o.oldest = back+rest, o.day+rest
		num = date.Unix()/86400 - day0
	}
	o.pos = float64(num<<28 | int64(hash>>36))
	return o
}

// parseDate returns nil for an empty or malformed date, which bleve then
// leaves out of the date field instead of indexing year 1.
func parseDate(s string) *time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return nil
	}
	return &t
}

// newMapping builds the index mapping. It is stored in the index when the
// index is created; any change to it must bump SchemaVersion.
func newMapping() (*mapping.IndexMappingImpl, error) {
	im := mapping.NewIndexMapping()
	err := im.AddCustomAnalyzer(wordsAnalyzer, map[string]interface{}{
		"type":          custom.Name,
		"char_filters":  []interface{}{asciifolding.Name},
		"tokenizer":     unicode.Name,
		"token_filters": []interface{}{lowercase.Name},
	})
	if err != nil {
		return nil, err
	}
	im.TypeField = "type"
	im.DefaultType = "" // no catch-all: every document has a BleveType
	im.DefaultAnalyzer = en.AnalyzerName
	// Bare words in a query string search the quote text.
	im.DefaultField = "text"
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false
	im.DefaultMapping = mapping.NewDocumentDisabledMapping()

	quote := mapping.NewDocumentStaticMapping()
	add(quote, "type", counted(keywordField()))
	add(quote, "text", textField())
	add(quote, "speaker", keywordField(), wordsField(fieldSpeakerWords))
	add(quote, "role", keywordField(), wordsField(fieldRoleWords))
	add(quote, "outlet", keywordField(), wordsField(fieldOutletWords))
	add(quote, "cue", keywordField(), wordsField(fieldCueWords))
	for _, f := range []string{"kind", "doc", "article", fieldWho, fieldSpeakerType} {
		add(quote, f, keywordField())
	}
	add(quote, "anonymous", boolField())
	add(quote, "date", dateField())
	for _, f := range []string{"start", "end", "confidence"} {
		add(quote, f, numberField())
	}
	day := keywordField()
	day.IncludeTermVectors = false
	add(quote, fieldDay, day)
	add(quote, fieldPos, numberField())
	add(quote, fieldJSON, storedField())
	noAll(quote)
	im.AddDocumentMapping(typeQuote, quote)

	person := mapping.NewDocumentStaticMapping()
	add(person, "type", counted(keywordField()))
	for _, f := range []string{"article", "doc", "aliases"} {
		add(person, f, keywordField())
	}
	add(person, "name", counted(keywordField()), wordsField(fieldNameWords))
	add(person, "roles", keywordField(), wordsField(fieldRolesWords))
	add(person, "named", boolField())
	add(person, "mentions", numberField())
	add(person, "quotes", numberField())
	add(person, "date", dateField())
	add(person, fieldJSON, storedField())
	noAll(person)
	im.AddDocumentMapping(typePerson, person)

	article := mapping.NewDocumentStaticMapping()
	add(article, "type", counted(keywordField()))
	for _, f := range []string{"article", "doc", "url", "outlet", "source"} {
		add(article, f, keywordField())
	}
	title := textField()
	title.Store = false
	add(article, "title", title)
	add(article, "date", dateField())
	add(article, fieldJSON, storedField())
	noAll(article)
	im.AddDocumentMapping(typeArticle, article)

	return im, im.Validate()
}

// noAll leaves out bleve's "_all" field, which every document otherwise
// has: no field of ours is included in it, and the sort keys Add puts
// beside the mapping's fields would be.
func noAll(dm *mapping.DocumentMapping) {
	dm.AddSubDocumentMapping("_all", mapping.NewDocumentDisabledMapping())
}

func add(dm *mapping.DocumentMapping, property string, fms ...*mapping.FieldMapping) {
	dm.AddFieldMappingsAt(property, fms...)
}

// keywordField indexes the whole value as one term, with term vectors
// because bleve runs a quoted value (speaker:"Vladimir Putin" in a query
// string) as a phrase query, which needs them, and without doc values
// (see addedFieldOptions).
func keywordField() *mapping.FieldMapping {
	fm := mapping.NewKeywordFieldMapping()
	fm.Store = false
	fm.IncludeInAll = false
	fm.DocValues = false
	return fm
}

// counted is fm with doc values, for a facet over the whole index.
func counted(fm *mapping.FieldMapping) *mapping.FieldMapping {
	fm.DocValues = true
	return fm
}

// wordsField is a second, analysed copy of a keyword property under its
// own field name, for matching by words.
func wordsField(name string) *mapping.FieldMapping {
	fm := mapping.NewTextFieldMapping()
	fm.Name = name
	fm.Analyzer = wordsAnalyzer
	fm.Store = false
	fm.IncludeTermVectors = false
	fm.IncludeInAll = false
	fm.DocValues = false
	return fm
}

// textField is English full text, stored with term vectors so that
// phrase queries and highlighting work.
func textField() *mapping.FieldMapping {
	fm := mapping.NewTextFieldMapping()
	fm.Analyzer = en.AnalyzerName
	fm.IncludeInAll = false
	fm.DocValues = false
	return fm
}

// storedField keeps a value to give back, with nothing to search.
func storedField() *mapping.FieldMapping {
	fm := mapping.NewTextFieldMapping()
	fm.Analyzer = keyword.Name
	fm.Index = false
	fm.IncludeTermVectors = false
	fm.IncludeInAll = false
	fm.DocValues = false
	return fm
}

func numberField() *mapping.FieldMapping {
	fm := mapping.NewNumericFieldMapping()
	fm.Store = false
	fm.IncludeInAll = false
	fm.DocValues = false
	return fm
}

func dateField() *mapping.FieldMapping {
	fm := mapping.NewDateTimeFieldMapping()
	fm.Store = false
	fm.IncludeInAll = false
	fm.DocValues = false
	return fm
}

func boolField() *mapping.FieldMapping {
	fm := mapping.NewBooleanFieldMapping()
	fm.Store = false
	fm.IncludeInAll = false
	fm.DocValues = false
	return fm
}
