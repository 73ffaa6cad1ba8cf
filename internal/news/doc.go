// Package news holds whosaid's domain: articles, the spans that point into
// them, and what the analysis finds there (sentences, tokens, mentions,
// people, quotes and the evidence for each quote's speaker).
//
// It depends on the standard library only, so that every stage of the
// pipeline can share these types without importing one another. Every value
// that refers to text does so by byte offsets (a Span) into Document.Text,
// never by a copy, so any answer can be shown in its context; Document.Offsets
// maps those offsets back to the article as it was read.
package news
