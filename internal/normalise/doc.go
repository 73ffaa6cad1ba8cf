// Package normalise turns an article's text as read into the text every
// later stage analyses, and keeps the map back.
//
// It owns the byte-level fixes that must happen once, before any stage
// looks at the text: a byte-order mark dropped, invalid UTF-8 replaced by
// U+FFFD, mojibake read as meant ("FranÃ§ois", UTF-8 once read as
// Windows-1252, is "François" again), Unicode composed to NFC (so "é" is
// one code point however it was typed), and markup hidden. Markup is hidden by overwriting it with spaces
// of the same length, so a Markdown link or heading mark is never read as
// prose yet no offset moves. Whatever changes length is recorded in a
// news.OffsetMap, so spans found later map back to the bytes of the file.
//
// Quote marks are deliberately left as they are: the quotes stage reads
// every style (curly, straight, doubled apostrophes, guillemets) itself, and
// rewriting them here would lose the direction a curly mark carries.
package normalise
