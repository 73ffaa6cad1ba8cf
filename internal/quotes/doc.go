// Package quotes finds quoted and reported speech: the spans of quotes in
// marks, whether each is direct or partial, and reported clauses with their
// cue ("said that ...", "according to ...").
//
// Marks are read as they are written, in every common style: curly and
// straight double marks, doubled apostrophes and doubled backticks (as
// newspaper archives write them), „…“ and «…», single marks inside double
// ones, and single-mark dialogue ('Good night,' said he) told apart from
// apostrophes. Each mark is classed by what flanks it, as CommonMark does
// for emphasis: a mark with space before and a letter after can open, one
// with a letter before and space or punctuation after can close; a curly
// mark's own direction settles what flanking leaves open. Marks are paired
// per paragraph with a stack, so an unclosed mark never reaches past its
// paragraph; when the next paragraph reopens the mark, the quote goes on
// there (the convention for a quote of several paragraphs).
//
// Reported clauses are found from their cue verb and the words around it:
// "said (that) CLAUSE", "CLAUSE, he said", "CLAUSE, sources said, GOES
// ON", "asked him how ...", "a poll shows ...", "according to X, ...".
// The entities stage's mentions are used twice: a headline's "NAME:
// CLAIM", where only a whole name before the colon makes the rest a claim,
// and a transcript's label ("TAPPER: …", "“PENCE: …”"), a name in capitals
// that makes the rest of its paragraph, or of its quote, the line. An
// interview labels its answers with the full name in mixed case or its
// initials ("Natasha Gownaris: …", "NG: …"); two such paragraphs for one
// person make them lines too, where one alone is a heading.
package quotes
