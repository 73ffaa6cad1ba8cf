// Package attribution decides who said each quote, and says why.
//
// It is a sieve: ordered rules, from the most certain to the least, each
// tried on every quote the rules before it left without a speaker. A
// quote records the rule that decided it, the chain of mentions from the
// attributing words to the name ("he" → "Lavrov" → "Sergei Lavrov") and
// a confidence.
//
//	quote ──► 1 cue-adjacent     “…,” Lavrov said / said Lavrov / the official says
//	  │                          Lavrov said: “…” / Putin hailed it as a “…”
//	  │                          (the cue verb and its subject in the quote's own
//	  │                          clause: the writer's own link between the words and
//	  │                          the speaker, so it is tried first)
//	  ├─► 2 according-to         “…,” according to Lavrov
//	  ├─► 3 reported-clause      Lavrov complained that …; …, he said (indirect)
//	  ├─► 4 colon-intro          Lavrov, asked about it: “…” (a colon ends a clause
//	  │                          whose subject is the speaker, verb or not)
//	  ├─► 5 split-continuation   “…,” he says. “…” (the next quote of the
//	  │                          paragraph with no cue of its own goes on)
//	  ├─► 6 paragraph-continuation  a paragraph that reopens a long quote, or
//	  │                          a quote-only paragraph after an attributed one
//	  └─► 7 nearest-subject      the subject of the nearest sentence before it
//	                             in the paragraph (low confidence)
//
// A subject is found from the cue outwards: the mention that ends just
// before the cue (allowing adverbs, auxiliaries and an appositive between
// commas), else the one just after it ("said Lavrov"); a participle cue
// after a comma or dash ("…, saying") and a verb joined by "and" take the
// sentence's subject. Mentions inside quote marks never speak for the
// quote. Pronouns are resolved to the nearest earlier person of matching
// gender outside quotes, preferring the same sentence, then the subject of
// the sentences before.
package attribution
