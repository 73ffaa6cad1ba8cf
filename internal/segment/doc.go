// Package segment cuts a normalised text into paragraphs, sentences and
// tokens, each a span into the text.
//
// Paragraphs end at blank lines (or, in a text with no blank line at all,
// at every line break). Sentences come from the Punkt splitter of
// gopkg.in/neurosnap/sentences, loaded once and run per paragraph, so no
// sentence ever crosses a paragraph. Tokens come from a small scanner of our
// own, because prose's tokenizer reports no offsets: it keeps
// abbreviations ("Mr.", "U.S.") and inner apostrophes and hyphens inside a
// word, splits a possessive "'s", and keeps each quote mark (including the
// two-character marks of two backticks or two apostrophes) a token of its
// own.
package segment
