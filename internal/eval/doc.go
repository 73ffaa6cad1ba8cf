// Package eval scores quote extraction and speaker attribution against
// gold quotes, with exactly the definitions and figures of the project's
// reference scorer, score.py (../shared/eval/score.py beside the
// repository): the same matching, the same normalisation of names, the
// same arithmetic, so that both print the same numbers to the last
// decimal. The agreement tests check this against score.py itself.
//
// In short: a predicted quote matches the gold quote of its document that
// it overlaps most, when at least half of it lies inside; a gold quote is
// found when its predictions cover at least half of it (for a "partial"
// gold quote, when any prediction matches it). Among the predictions of
// one gold quote, in order of start (longer first), one mostly over bytes
// already covered is a duplicate (a false quote), and one that overlaps or
// merely continues the previous one (nothing but marks and spaces between)
// is counted with it. A speaker is right when, normalised, it equals the
// gold speaker or an alias, or holds the gold speaker's last word in at
// most 8 words with no other gold speaker's surname after it. Gold
// speakers that are missing or pronouns are left out of the speaker
// figures. See Score, SpeakerOK and Norm.
//
// Quirks of score.py that this package keeps, because the figures must be
// the same:
//
//   - A gold quote with start == end counts as found with no prediction.
//   - The surname rule takes the last word, suffix or not: "Tom Baker" is
//     not right for "Tom Baker Jr.", whose last word is "jr".
//   - The surnames that stop a list of names come from the gold quotes of
//     the kinds scored, so one prediction's speaker can be right for
//     --kinds direct and wrong for all kinds.
//   - Of gold quotes with one span, a prediction goes to the one with
//     fewer predictions so far, whoever its speaker.
//   - Predictions that cannot be placed, and duplicates, count as false
//     quotes; a prediction without a speaker is no claim end to end, but
//     is a wrong speaker in speaker accuracy.
package eval
