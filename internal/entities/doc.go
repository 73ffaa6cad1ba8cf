// Package entities finds the names in an article — people, organisations
// and places — and the pronouns that may stand for people, as mentions
// with spans.
//
// Names are found by rule first and by model second. A stretch of
// capitalised words is a candidate; words capitalised only because they
// start a sentence are dropped, a title in front ("Foreign Minister",
// "Sen.") is split off into the mention's role, and the rest is classed:
// a known place or a demonym is a place, a word that ends an organisation's
// name ("Ministry", "Post") or a known acronym is an organisation, and a
// title or a known given name makes a person. Only when those rules leave a
// stretch undecided is prose's entity model asked, one sentence at a time,
// with its model loaded once: it is slow (about 0.04 MB/s) and often wrong
// on its own ("North Korea" as a person), so it is a tie-breaker, not the
// judge. A single word is a person when it is part of a person's name found
// elsewhere in the article ("Lavrov" after "Sergei Lavrov"), when a
// speech verb stands by it ("Romney said", "“…,” said the Dormouse"), or
// when the text's lines call someone by it twice ("…, Pip." "Pip, old
// chap!") and it is no word the lexicon knows for something else (an
// interjection, a word for family, a title, a place).
//
// Headlines in title case ("Putin's Ministers Ejected From ...") capitalise
// every word; there only words of names found in the body count.
package entities
