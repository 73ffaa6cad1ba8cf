package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"strings"

	"github.com/whosaid/whosaid/index"
	"github.com/whosaid/whosaid/internal/attribution"
	"github.com/whosaid/whosaid/internal/entities"
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/news"
	"github.com/whosaid/whosaid/internal/normalise"
	"github.com/whosaid/whosaid/internal/quotes"
	"github.com/whosaid/whosaid/internal/roles"
	"github.com/whosaid/whosaid/internal/segment"
)

// Options configure the analysis.
type Options struct {
	// Model asks prose's entity model about the longer capitalised names
	// that the rules leave undecided where someone speaks. Measured on
	// PolNeAR's train split it makes attribution no better (speaker
	// accuracy 0.830 either way) and the analysis about 1.7 times slower,
	// so it is off by default; it may still tell a firm from a person in
	// people lists a little better.
	Model bool
}

// EntryOptions say what of an analysed document becomes records.
type EntryOptions struct {
	// NotSpeech keeps quoted words that are not speech (titles, names),
	// marked with their reason; by default they are left out.
	NotSpeech bool
}

// Analyser runs the stages over articles. It is safe for concurrent use.
type Analyser struct {
	classifier entities.Classifier
}

// New returns an Analyser.
func New(opts Options) *Analyser {
	a := &Analyser{}
	if opts.Model {
		a.classifier = entities.Prose{}
	}
	return a
}

// Analyse runs every stage over one article.
func (a *Analyser) Analyse(art *news.Article) *news.Document {
	doc := &news.Document{Article: art}
	doc.Text, doc.Offsets = normalise.Text(art)
	segment.Split(doc)
	entities.Find(doc, a.classifier)
	roles.Find(doc)
	quotes.Find(doc)
	// Names are settled once the quotes are known: an epithet a speaker
	// gives ("Crooked Hillary Clinton") is no one's name.
	roles.NameOutsideQuotes(doc)
	attribution.Attribute(doc)
	return doc
}

// Entry maps an analysed document to the records the index stores and
// `whosaid extract` prints, with offsets into the article as read.
func Entry(doc *news.Document, opts ...EntryOptions) index.Entry {
	var o EntryOptions
	if len(opts) > 0 {
		o = opts[0]
	}
	art := doc.Article
	e := index.Entry{Article: index.Article{
		ID: art.ID, Doc: art.Doc, Title: art.Title, URL: art.URL,
		Date: dateString(art), Outlet: art.Outlet, Text: art.Text,
	}}
	quoteCount := make([]int, len(doc.People))
	for _, q := range doc.Quotes {
		if q.NotSpeech != "" && !o.NotSpeech {
			continue
		}
		raw := doc.Offsets.SpanToRaw(q.Span)
		rec := index.Quote{
			ID:      QuoteID(art.ID, raw),
			Doc:     art.Doc,
			Article: art.ID,
			Kind:    q.Kind.String(),
			Text:    raw.In(art.Text),
			Start:   raw.Start,
			End:     raw.End,
			Cue:     spanText(doc, q.Cue),
			Rule:    q.Rule,
			Title:   art.Title, URL: art.URL, Date: e.Article.Date,
			Confidence: math.Round(q.Confidence*100) / 100,
			NotSpeech:  q.NotSpeech,
			Evidence:   q.Evidence,
		}
		if q.Mention >= 0 {
			rec.SpeakerMention = spanText(doc, doc.Mentions[q.Mention].Span)
		}
		if q.Speaker >= 0 {
			p := doc.People[q.Speaker]
			rec.Speaker = p.Name
			rec.Anonymous = !p.Named && !p.Organisation
			switch {
			case p.Organisation:
				rec.SpeakerType = "organisation"
			case !p.Named:
				rec.SpeakerType = "unnamed"
				rec.Affiliation = p.Affiliation
			default:
				rec.SpeakerType = "person"
			}
			rec.Role = speakerRole(doc, q)
			quoteCount[q.Speaker]++
		}
		e.Quotes = append(e.Quotes, rec)
	}
	for i, p := range doc.People {
		if !p.Named || p.Organisation || len(p.Mentions) == 0 {
			continue // people are named persons; bodies and descriptions speak only; one merged into another is gone
		}
		e.People = append(e.People, index.Person{
			Doc: art.Doc, Article: art.ID, Name: p.Name, Named: p.Named,
			Roles: nonNil(p.Roles), Aliases: nonNil(p.Aliases),
			Mentions: len(p.Mentions), Quotes: quoteCount[i],
		})
	}
	return e
}

// speakerRole is the role the speaker has in the article: the one given
// at the attributing mention if any, else the first one given.
func speakerRole(doc *news.Document, q news.Quote) string {
	if q.Mention >= 0 {
		if r := doc.Mentions[q.Mention].Role; !r.Empty() {
			if role := roleWithoutHonorific(r.In(doc.Text)); role != "" {
				return role
			}
		}
	}
	if p := doc.People[q.Speaker]; len(p.Roles) > 0 {
		return p.Roles[0]
	}
	return ""
}

// roleWithoutHonorific drops "Mr.", "Dr." and the like, which are not
// roles.
func roleWithoutHonorific(role string) string {
	var out []string
	for _, w := range strings.Fields(role) {
		if !lexicon.Honorific(w) {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// QuoteID is a quote's stable id: the same article and span give the same
// id, however often the article is ingested.
func QuoteID(articleID string, s news.Span) string {
	h := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d\x00%d", articleID, s.Start, s.End)))
	return hex.EncodeToString(h[:6])
}

func spanText(doc *news.Document, s news.Span) string {
	if s.Empty() {
		return ""
	}
	return strings.Join(strings.Fields(s.In(doc.Text)), " ")
}

func dateString(a *news.Article) string {
	if a.Date.IsZero() {
		return ""
	}
	return a.Date.Format("2006-01-02")
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
