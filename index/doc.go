// Package index stores what whosaid finds in the news — who said what, where
// and when — in a full-text index on disk, and answers questions about it.
//
// # Records
//
// An Entry is one analysed article: the Article (its id, source, title, URL,
// date, outlet and full text), its Quotes and its People. A Quote is a span
// of the article's text (Start and End are byte offsets into Article.Text)
// with its Kind ("direct" for a full quotation, "partial" for a quoted
// fragment inside reported speech, "indirect" for reported speech), the
// Speaker it is attributed to (a canonical name, or a description such as
// "North Korean official" with Anonymous set), the speaker's Role, the Cue
// that introduces it ("said", "according to"), and how sure the attribution
// is (Rule, Confidence, Evidence). A Person is one person of one article,
// with the roles and aliases that article gives them. These records are
// also what `whosaid extract` prints as JSON.
//
// # Opening
//
// An index is a directory. Open creates it on first use:
//
//	ix, err := index.Open("news.idx", index.Options{})
//	...
//	defer ix.Close()
//
// An open index is locked: while a process writes to it no other can open
// it, and while processes read it (Options.ReadOnly) none can write. Open
// waits Options.LockTimeout (2s by default) and then fails with ErrLocked.
// An index written by another version of the layout (SchemaVersion) is
// refused with ErrSchema; remove it and ingest again.
//
// # Adding
//
// Add stores entries. An entry replaces everything stored for the same
// article ID, so ingesting the same news twice, or a corrected analysis of
// it, leaves one copy:
//
//	err = ix.Add(ctx, entries...)
//
// # Searching
//
// Search returns quotes, best first, a page at a time:
//
//	res, err := ix.Search(ctx, index.Query{Text: `sanctions "dead end"`, Speaker: "lavrov"})
//	for _, h := range res.Hits {
//		fmt.Println(h.Quote.Speaker, index.Mark(h.Fragments[0], "[", "]"))
//	}
//
// Query.Text searches the quote text, in English (so "sanction" also finds
// "sanctions"), with bleve's query-string syntax changed so that every word
// is required:
//
//	sanctions europe          both words
//	"dead end"                the phrase
//	sanctions -europe         the first word and not the second
//	missile OR nuclear        either
//	sanct*  missle~1          prefix, spelling within one edit
//	kind:indirect             a field (see below)
//
// Speaker and Role match by words, ignoring case and accents: "Putin",
// "putin" and "Vladimir Putin" all select Vladimir Putin's quotes. Kind and
// Article are exact. Fields a query string can name are: text (the default),
// speaker, role, kind, article, doc, cue (exact values, e.g.
// speaker:"Vladimir Putin"), speaker_words and role_words (by word), date
// (date:>="2024-03-01"), and start, end and confidence (confidence:>0.8).
//
// Each Hit carries its Quote and Fragments: the quote text with every
// matched word between MarkStart and MarkEnd, which Mark replaces with
// whatever the display needs.
//
// Quote and Article fetch one record by ID (ErrNotFound if there is none);
// Article includes the full text, so a quote can be shown in context with
// Article.Text[q.Start:q.End]. Stats counts articles, quotes, distinct people
// and the most quoted speakers, and People lists people with their records
// from every article added up.
//
// # Layout
//
// Quotes, people and articles are documents of one bleve index, told apart
// by a type field. Article text is stored but not indexed, so that a quote
// search finds quotes only. Each document also stores its record as JSON,
// which is what the methods give back.
package index
