// Package lexicon holds the word lists the analysis stages share: speech
// verbs, titles and role nouns, pronouns, given names, places and the
// words that mark an organisation.
//
// It is data, not a stage: stages may import it, and it imports nothing of
// the project. Every list is general English news vocabulary; none is drawn
// from, or keyed to, a particular article or evaluation set.
package lexicon
