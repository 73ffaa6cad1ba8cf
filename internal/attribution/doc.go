// Package attribution decides who said each quote, and says why.
//
// It is a sieve: ordered rules, from the most certain to the least, each
// tried on every quote the rules before it left without a speaker. A
// quote records the rule that decided it, the chain of mentions from the
// attributing words to the name ("he" → "Lavrov" → "Sergei Lavrov") and
// a confidence.
//
//	quote ──► cue-adjacent       “…,” Lavrov said / said Lavrov / the official says /
//	  │        (0.8–0.95)        Lavrov said: “…” / Putin hailed it as a “…”
//	  │                          The cue verb and its subject in the quote's own
//	  │                          clause: the writer's own link between the words and
//	  │                          the speaker, so it is tried first — after the quote
//	  │                          for a direct quote, before it for a partial one
//	  │                          unless a saying verb follows its comma at once.
//	  │                          A fragment inside what an outer "said" reports
//	  │                          is the outer speaker's ("Israel said Clinton
//	  │                          called on members to be “…”"): the writer's
//	  │                          source for the words. A subject before the
//	  │                          cue that names no one the article knows
//	  │                          speaks as itself where it opens its clause
//	  │                          ("Multiple outlets reported …", "The
//	  │                          intelligence community has concluded that
//	  │                          “…”"), as in reported clauses, and so does
//	  │                          a short one before an appositive's commas
//	  │                          ("Others, reacting to …, shouted"). A cue
//	  │                          turned before a name that runs up to the
//	  │                          quote's comma is that name's ("explained
//	  │                          Rosenberg, “…”"); a cue past "while" or
//	  │                          "but" after the quote is another clause's.
//	  ├─► according-to (0.9)     “…,” according to Lavrov / According to Lavrov, “…” /
//	  │                          in the words of a senior adviser, “…” / “…,” in
//	  │                          Bolton’s view / In his view, it is “…” — and,
//	  │                          as a sentence-cue, an "according to X," set
//	  │                          off anywhere before the quote
//	  ├─► reported-clause (0.85) Lavrov complained that …; …, he said (indirect);
//	  │                          a passive's agent ("the plan was praised by
//	  │                          Wall Street critics"); with no one named, a
//	  │                          share of those polled ("Six in 10 say …")
//	  │                          speaks as an unnamed one, and so does the
//	  │                          phrase before the cue ("The Vatican says",
//	  │                          "Abortion rights advocates said") or after
//	  │                          "according to" (0.72: found by its place);
//	  │                          a clause that holds its own hedge ("Sanders
//	  │                          appears to lead", "the bill is expected to
//	  │                          pass") is the writer's claim, rule
//	  │                          hedged-claim (0.5), and names no one
//	  ├─► colon-intro (0.8)      Lavrov, asked about it: “…” — a colon ends a clause
//	  │                          whose subject is the speaker, verb or not
//	  ├─► sentence-cue (0.75)    a cue elsewhere in the quote's sentence, past
//	  │                          other quotes, nearest first
//	  ├─► speech-noun (0.65)     Trump's assertion that “…” / Trump's attacks on
//	  │                          Clinton (indirect) / “…,” was my reply: the
//	  │                          noun's owner ("my" is the narrator)
//	  ├─► signature (0.9)        a paragraph of quotes with "- Sanders." signed
//	  │                          under it, as pull quotes and epigraphs are
//	  │                          (a line signed "― Name" right after it is
//	  │                          tried before everything else)
//	  ├─► transcript-label       TAPPER: Do you think …? / “PENCE: Well, …” — a
//	  │    (0.95)                name in capitals and a colon opening a line,
//	  │                          in marks or not; tried before everything else;
//	  │                          an interview's "Natasha Gownaris: …" and
//	  │                          "NG: …" too, where two answers or more carry
//	  │                          the name or its initials
//	  ├─► relatives, epithets    not a rule but a join, so the turns below know
//	  │                          who is who: "his wife" is the one woman who
//	  │                          bears his surname (Mrs. Harcourt; of two, the
//	  │                          one named as a wife, Mrs. John Dashwood), "her
//	  │                          mother" of a girl known by her given name the
//	  │                          mother of the story's one family; in a story
//	  │                          "said the lady", tagging her first line, is
//	  │                          the one woman who spoke in the lines before;
//	  │                          and a description met once, tagging a line
//	  │                          that goes on ("The professor added, “…”"),
//	  │                          is the named speaker of the line before
//	  ├─► pronoun-turn (0.5)     in a story, '“…,” he answered' opening a new
//	  │                          paragraph is not the man who spoke the line
//	  │                          before, whom the "he" was taken for, but the
//	  │                          other one the turns give ("he added" goes on,
//	  │                          and so does one who acted after his line or
//	  │                          whose tag speaks "to the Mole", the other);
//	  │                          so is a line its own beat gave him ('“Alas!”
//	  │                          Then … he half turned'); tried here and
//	  │                          again after alternation
//	  ├─► split-continuation     “…,” he says. “…” — the next quote of the
//	  │    (0.85)                paragraph, with no cue of its own, goes on
//	  ├─► paragraph-continuation a paragraph that reopens a long quote, or a
//	  │    (0.7–0.8)             quote-only paragraph after an attributed one;
//	  │                          a reopening paragraph takes no other rule
//	  │                          below and waits for its quote's speaker, even
//	  │                          where it quotes others or calls its own
//	  │                          teller ("“‘Why that?’ I asks.")
//	  ├─► addressed-reply (0.65) 'Come in, Harriet,' said he. / 'Thank you.' —
//	  │                          in an exchange, the one spoken to answers, by
//	  │                          name or by title ('Captain, you exaggerate.')
//	  ├─► dialogue-turn (0.6)    in a story, turns pass the word back to the last
//	  │                          other one who spoke or acted in the narration
//	  ├─► answer (0.6)           'Is it far?' she asked. / 'An hour.' — a question
//	  │                          asked (not said: that one is rhetorical) is
//	  │                          answered by the other person in the scene
//	  ├─► action-beat (0.5)      'Very well.' Harriet turned to go. In a story, too,
//	  │                          a line after a paragraph of narration is the
//	  │                          last one who acted in it; in news, only where
//	  │                          that paragraph reports their view ("he sees
//	  │                          Cruz as a uniter")
//	  ├─► previous-cue (0.6)     a quote opening its sentence after one with a
//	  │                          speech verb is that verb's subject's
//	  ├─► nearest-subject (0.35) the subject of the nearest sentence before it
//	  │                          in the paragraph; in the quote's own
//	  │                          sentence a writing that opens it ("The ad
//	  │                          targets a “…”") before any mention after
//	  ├─► the replies again      addressed-reply, dialogue-turn and answer once
//	  │                          more, for a turn after one that only
//	  │                          nearest-subject could attribute
//	  ├─► alternation (0.3)      in a story, a line still no one's goes to the
//	  │                          one of the last two speakers who did not say
//	  │                          the line before it — unless the line before,
//	  │                          given its speaker only by alternation, called
//	  │                          someone by name: they answer (addressed-reply)
//	  └─► naming                 then the described and the narrator get names
//	                             (naming.go): 'My name is Clara Wynn', 'Address
//	                             me as the Count', '… your servant, Franklin
//	                             P. Scudder' name their speaker (and take
//	                             the line from one the turns or the scene
//	                             only guessed: self-named); in a story a
//	                             reply that addresses the one it answers ('You're
//	                             always hungry, Eli.') names them, a described
//	                             newcomer ("our visitor") is the one the
//	                             narration names as he takes over the talk
//	                             ("Dr. Mortimer blinked …"), and a
//	                             first-person narrator is the one person the
//	                             others address whom the narration never names,
//	                             the one called beside the narrator's lines
//	                             first, then the one called most — or a word
//	                             called there that names no one else ("Perhaps
//	                             you are right, Watson,"); outside dialogue,
//	                             once the narrator has spoken three lines
//
// News and fiction part ways at continuation: a quote-only paragraph in
// news goes on from its speaker, in dialogue it passes the word. A text
// is read as a story told in dialogue when short paragraphs opening with
// a quote are at least four in ten of its paragraphs, or untagged lines
// (a paragraph with no word outside its marks, as Austen's long speeches
// are) more than three in ten, or eight of its lines or more end in "!"
// (no news article we measured has more than four), or four or more are
// tagged by a narrator as their own ("“No, indeed,” I answered"; no news
// article has more than three), or three or more by a verb turned before
// its pronoun ("said he"; none has more than one), or five or more of
// its lines, a fifth of them, call someone by name (none has more than
// four that are a fifth of its lines), and its speech verbs
// are in the past
// ("said", not the "says" and "tells" of a news feature); only then do
// turns pass the word, a speech of any length or a long paragraph of
// narration closing on a line ends a turn, and a line closed in one
// paragraph is never carried into the next.
//
// A subject is found from the cue outwards: the mention that ends just
// before the cue (allowing adverbs, auxiliaries, a parenthesis and a chain
// of appositives between commas, whose first mention is the subject, even
// where the writer left out the last comma: "Erwin Chemerinsky, Dean of
// UC Berkeley School of Law called it"),
// else the name just after it ("said Lavrov", "said former Obama adviser
// David Axelrod") — never after a participle or a verb of telling, whose
// next noun is an object. A participle after a comma, dash or "by", and a
// verb joined by "and", share the subject of the clause or of the cue
// before them. An object of a preposition, a possessor and a word inside a
// parenthesis are never subjects; a quantifier ("many believe") means no
// one is named. A document that someone issued speaks for its issuer:
// "Trump and Ryan issued a statement calling it …" is Ryan's (and Trump's). Mentions inside quote marks never speak for the quote.
// Pronouns are resolved to the nearest earlier person of matching gender
// outside quotes — a repeated attribution ("…, he said") to its sentence's
// subject, a person of known gender before a nearer description of unknown
// gender — and a relative clause's pronoun never to its own head; a
// description said of someone ("was a nervous man", "made him the last
// man") stands for no pronoun after it, and a "he" or "she" nothing near
// names is whoever of that gender spoke one of the last eight quotes. In
// a story, one only spoken of ("such a life as his cousin Gertrude Farish
// had chosen") gives way to one of the same sentence who speaks in the
// scene or whom the narration keeps calling "she"; and a voice the text
// says is someone's ("that of Mrs. Gibson") is theirs.
//
// Quoted words that are not speech are marked so, not attributed: a
// title-case name of a work or slogan no cue claims, a title after the
// kind of work ("his new book, “Doomed to Succeed,”") or before its star,
// a nickname inside a name (Gov. C.L. “Butch” Otter), words after
// "dubbed", "titled" or "goes by the name", and, in a story, reported
// thinking and seeming ("she thought it best to go").
//
// Every rule looks at most maxReach tokens away, so an article costs time
// in proportion to its length whatever its shape.
package attribution
