// Package ingest owns the first step of whosaid's pipeline: turning what the
// user names on the command line (files, folders walked recursively, "-" for
// standard input, JSON Lines feeds, web pages) into news.Article values.
//
// It keeps each article's text exactly as read, byte for byte, because every
// offset whosaid reports must point into the file the user has; the only
// change it makes is decoding UTF-16 files to UTF-8. Web pages are the
// exception: readability extracts their main text (navigation, scripts and
// footers left out), and that text, one paragraph to a line with blank lines
// between, is the article's Text that offsets point into. Cleaning the text up
// (invalid UTF-8, NFC, quote marks) is the normaliser's job, which keeps an
// offset map back to this text. Alongside the text, ingest picks up the
// metadata a source states plainly: a title, a date, a URL and, for JSON
// Lines and web pages, an outlet (and for JSON Lines an id, with field names
// the caller may rename). It does no analysis of the prose.
//
// A problem with one input (an unreadable file, a broken JSON line) is
// reported as an *Error and reading goes on, so one bad file never costs the
// user the rest of a folder.
package ingest
