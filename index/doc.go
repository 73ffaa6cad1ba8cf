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
// also what `whosaid extract` prints as JSON; the index adds to a quote the
// article's outlet and who its speaker is across articles (Person).
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
// waits Options.LockTimeout (2s by default) and then fails with ErrLocked,
// whose message says whether another process is writing or reading.
// An index written by another version of the layout (SchemaVersion, stored
// in the index) is refused with ErrSchema, never misread: an older one is
// removed and its articles ingested again, a newer one left for the newer
// whosaid.
//
// # Crashes
//
// A new index is built beside its path and renamed into place, so a
// process killed while creating it leaves no index or an empty one. Each
// Add is committed in batches of whole articles (bleve's scorch writes a
// batch's segment and then, in one bolt transaction, the snapshot that
// includes it), and Add returns only once they are on disk: a process
// killed during Add leaves an index that opens and holds every article of
// the batches committed before, each whole, and none of the others. Adding
// the same entries again completes it, since an entry replaces what its
// article had.
//
// # Adding
//
// Add stores entries. An entry replaces everything stored for the same
// article ID (and for the same Article.Source, such as the file it was read
// from), so ingesting the same news twice, or a corrected analysis of it,
// leaves one copy; Remove deletes articles:
//
//	err = ix.Add(ctx, entries...)
//	removed, err := ix.Remove(ctx, "article-id")
//
// # One person across articles
//
// Articles name people differently: "Russian President Vladimir Putin" in
// one, "Putin" in the next. Each quote keeps its Speaker as its article
// wrote it; the index adds Quote.Person, who that is across articles:
//
//   - Names are matched by a key that ignores case, accents, titles in front
//     ("President Putin") and middle initials ("Donald J. Trump" is "Donald
//     Trump").
//   - A bare surname ("Putin") is the one full name with that surname in
//     the index ("Vladimir Putin"), if there is exactly one.
//   - With two people of one surname ("Hillary Clinton", "Bill Clinton") a
//     bare "Clinton" stays "Clinton": the index does not guess. An article
//     that names Hillary Clinton and then says "Clinton" has already said
//     whom it means, and its quotes carry her full name.
//   - Unnamed speakers ("North Korean official") are never the same person
//     as one of another article, and organisations ("White House") are not
//     persons: they are matched by name as written.
//
// Who a bare surname is gets worked out when the index is read, against
// every person it holds then, so stored quotes are never rewritten and an
// answer does not depend on the order articles were added in: ingest an
// article that names "Vladimir Putin" after one that says only "Putin", and
// the earlier quotes are his from then on.
//
// # Searching
//
// Search returns quotes, a page at a time, and All every quote, a page at a
// time behind an iterator:
//
//	res, err := ix.Search(ctx, index.Query{Text: `sanctions "dead end"`, Speaker: "lavrov"})
//	for _, h := range res.Hits {
//		fmt.Println(h.Quote.Speaker, index.Mark(h.Fragments[0], "[", "]"))
//	}
//	for h, err := range ix.All(ctx, index.Query{Speaker: "Vladimir Putin", Sort: index.SortOldest}) {
//		...
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
//	speaker:putin kind:direct a field (see below)
//
// Speaker selects the quotes of every person whose name across articles has
// all its words ("Putin", "putin" and "Vladimir Putin" all select Vladimir
// Putin's quotes, from every article), and of other speakers whose name as
// written has them ("korean official"). Role and Outlet match by words,
// ignoring case and accents; Kind and Article are exact; Since and Before
// select by the article's date. In Text, speaker:, role:, outlet: and cue:
// match the same way, kind: ignores case, and article, doc, date
// (date:>="2024-03-01"), start, end and confidence (confidence:>0.8) are
// bleve's own.
//
// Query.Sort orders hits best first (SortScore, the default with Text;
// equal scores in the index's order, which holds while the index is
// unchanged), newest first (SortDate, the default without) or oldest first
// (SortOldest); within an article, in the order of the text, and articles
// of one date in a fixed order. The filters
// (Speaker and the other fields) select without changing a hit's score.
// Query.Facets counts every matching quote by speaker (by person across
// articles), role, outlet or kind, in Results.Facets. The first search
// with a facet reads that field of every document into memory (4 bytes a
// document, about 80 ms for a million quotes), which later searches count
// from until Add or Remove changes the index.
//
// Each Hit carries its Quote and Fragments: the quote text with every
// matched word between MarkStart and MarkEnd, which Mark replaces with
// whatever the display needs.
//
// Quote and Article fetch one record by ID (ErrNotFound if there is none);
// Article includes the full text, so a quote can be shown in context with
// Article.Text[q.Start:q.End]. ArticlesFrom finds articles by the file they
// came from. Stats counts articles, quotes, people and the most quoted
// speakers, and People lists people across articles with their roles,
// aliases, quote counts and the dates they were first and last seen.
//
// # Layout
//
// Quotes, people and articles are documents of one bleve index, told apart
// by a type field. Article text is stored but not indexed, so that a quote
// search finds quotes only. Each document also stores its record as JSON,
// which is what the methods give back. A quote document also indexes who
// its speaker is: the name's key for a person, the name for an
// organisation, nothing for an unnamed speaker; and two keys to sort it by
// in order of date, each the date, article, start and quote ID in one
// term, kept so that reading one costs a search little, with the date and
// article as a number, by which a search in order of date looks at the
// newest (or oldest) days first.
package index
