package lexicon

import "strings"

// speechVerbs are verbs that report speech or writing, by lemma. Their
// inflections are made by inflect, with the irregular ones listed in
// irregular.
const speechVerbs = `
say tell add ask answer reply respond explain note observe remark comment
state declare announce claim assert argue contend maintain insist
suggest propose recommend urge warn caution threaten promise pledge vow
admit acknowledge concede confess deny dispute reject
complain protest object grumble lament bemoan criticize criticise
praise hail applaud welcome commend thank
call describe dub label brand term cite
write tweet post blog text email
report reveal disclose confirm testify recount recall
predict forecast estimate
emphasize emphasise stress underscore
shout yell scream cry whisper mutter murmur exclaim
joke quip tease laugh sigh snap bark jeer taunt heckle
boast brag
question wonder query demand
agree concur disagree
allege accuse charge blame
conclude continue
instruct
announce proclaim
repeat reiterate echo
counter retort rebut
concede
inform assure reassure
caution
advise
acknowledge
press interject interrupt chime retaliate scoff snort fume marvel muse gush rave exult
rail lash fire blast slam chide scold rebuke lambast mock deride ridicule dismiss
huff groan plead beg implore reflect venture offer volunteer speculate guess reason
theorize theorise posit inquire gasp sob chant sing read announce tout vouch
point indicate signal hint suggest observe recall remember recount relate
rejoin interpose ejaculate persist falter stammer stutter drawl hiss growl snarl
bellow shriek croak rasp sneer
enquire grunt chuckle giggle mumble whimper squeak wail moan sniff
remonstrate expostulate assent coax soothe
opine editorialize editorialise
pant breathe thunder howl wheeze splutter sputter blurt purr coo lisp snicker titter
assail denounce castigate excoriate berate decry chastise condemn
`

// irregular maps irregular past forms to their lemma.
var irregular = map[string]string{
	"said": "say", "told": "tell", "wrote": "write", "written": "write",
	"began": "begin", "begun": "begin", "spoke": "speak", "spoken": "speak",
	"thought": "think", "felt": "feel", "knew": "know", "known": "know",
	"found": "find", "heard": "hear", "saw": "see", "seen": "see", "shown": "show",
	"understood": "understand", "learnt": "learn", "learned": "learn", "held": "hold",
	"swore": "swear", "sworn": "swear", "cried": "cry", "replied": "reply",
	"testified": "testify", "criticized": "criticize", "criticised": "criticise",
	"quipped": "quip", "snapped": "snap", "barked": "bark", "blogged": "blog",
	"referred": "refer", "admitted": "admit", "committed": "commit",
	"sang": "sing", "sung": "sing", "read": "read", "fired": "fire", "slammed": "slam",
	"chimed": "chime", "pleaded": "plead", "pled": "plead", "begged": "beg",
	"queried": "query", "sighed": "sigh", "retorted": "retort",
}

// clauseVerbs report speech or thought and take a clause: "he said (that)
// ...", "she warned that ...". They are the cues of indirect speech; verbs
// such as "hail" or "call" take a quoted phrase, not a clause.
const clauseVerbs = `
say tell add explain note observe remark comment state declare announce
claim assert argue contend maintain insist suggest propose recommend warn
caution threaten promise pledge vow admit acknowledge concede confess deny
dispute complain protest object lament write tweet post report reveal
disclose confirm testify recount recall predict forecast estimate emphasize
emphasise stress underscore boast brag agree concur conclude reiterate
repeat counter retort inform assure reassure advise allege accuse charge
speculate hint indicate signal allow grant reckon figure
think believe feel expect hope fear worry know show find reveal recognize recognise
realize realise understand learn hear see doubt suspect assume guess estimate calculate
project insist demonstrate prove acknowledge concede contend observe ask inquire enquire wonder question
determine decide judge rule hold
`

var (
	speech = words(speechVerbs + " speak")
	clause = words(clauseVerbs)
	// Every form of every verb above, made once: the stages ask about
	// nearly every word, and one map lookup is far cheaper than guessing
	// lemmas each time.
	speechForms = forms(speech)
	clauseForms = forms(clause)
)

// SpeechVerb reports whether word (any case) is a form of a verb that
// reports speech, and returns its lemma.
func SpeechVerb(word string) (lemma string, ok bool) {
	lemma, ok = Lookup(speechForms, word)
	return lemma, ok
}

// ClauseVerb reports whether word is a form of a verb that introduces a
// reported clause ("said that ..."), and returns its lemma.
func ClauseVerb(word string) (lemma string, ok bool) {
	lemma, ok = Lookup(clauseForms, word)
	return lemma, ok
}

// forms makes every inflected form of the lemmas in set, keeping those
// lemmaIn maps back to a lemma of set: the same answers, made once.
func forms(set map[string]bool) map[string]string {
	out := map[string]string{}
	try := func(w string) {
		if l, ok := lemmaIn(w, set); ok {
			out[w] = l
		}
	}
	for l := range set {
		last := l[len(l)-1:]
		cands := []string{l, l + "s", l + "es", l + "ed", l + "ing", l + last + "ed", l + last + "ing"}
		if strings.HasSuffix(l, "e") {
			cands = append(cands, l+"d", l[:len(l)-1]+"ing")
		}
		if strings.HasSuffix(l, "y") {
			cands = append(cands, l[:len(l)-1]+"ies", l[:len(l)-1]+"ied")
		}
		for _, w := range cands {
			try(w)
		}
	}
	for w := range irregular {
		try(w)
	}
	return out
}

func lemmaIn(word string, set map[string]bool) (string, bool) {
	w := strings.ToLower(word)
	if l, ok := irregular[w]; ok {
		return l, set[l]
	}
	for _, l := range lemmas(w) {
		if set[l] {
			return l, true
		}
	}
	return "", false
}

// lemmas proposes the lemmas an inflected verb form may come from; the
// caller keeps the one its list knows. Guessing several and checking is
// simpler and safer than a full morphology.
func lemmas(w string) []string {
	out := []string{w}
	cut := func(suffix string) (string, bool) {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix)+1 {
			return w[:len(w)-len(suffix)], true
		}
		return "", false
	}
	if s, ok := cut("ies"); ok {
		out = append(out, s+"y")
	}
	if s, ok := cut("ied"); ok {
		out = append(out, s+"y")
	}
	if s, ok := cut("es"); ok {
		out = append(out, s)
	}
	if s, ok := cut("s"); ok {
		out = append(out, s)
	}
	for _, suf := range []string{"ed", "ing"} {
		if s, ok := cut(suf); ok {
			out = append(out, s, s+"e")
			if n := len(s); n > 2 && s[n-1] == s[n-2] { // "admitted" → "admit"
				out = append(out, s[:n-1])
			}
		}
	}
	return out
}

// Nounable reports whether a speech verb's form is also a noun's:
// "remarks", "comments", "claims", "reports" (but never "said" or "says").
func Nounable(w string) bool {
	l := strings.ToLower(w)
	if l == "says" || l == "said" {
		return false
	}
	lemma, ok := SpeechVerb(l)
	if !ok || l != lemma && l != lemma+"s" {
		return false
	}
	return nounableLemmas[lemma]
}

var nounableLemmas = words(`remark comment claim answer note report call demand question reply
promise pledge vow warn threat joke quip boast tweet post text blog email attack blast slam
charge praise complaint statement offer plea response respond term`)

// TagVerb reports whether w is a verb that reports speech only in a
// quote's tag, a few words after its closing mark: "“Nephew!” returned
// the uncle", "“Clearly,” the Time Traveller proceeded". Elsewhere such
// verbs are other verbs or nouns: "in return for", "proceeded to hand
// down", "pursued the case".
func TagVerb(w string) bool { return tagVerbs[w] }

var tagVerbs = map[string]bool{"returned": true, "pursued": true, "resumed": true,
	"proceeded": true, "corrected": true, "commenced": true, "exhorted": true, "crowed": true}

// PhrasalCue reports whether w and the word after it report speech
// together: "went on", "shot back", "fired back", "cut in", "broke in",
// "piped up", "spoke up".
func PhrasalCue(w, next string) bool {
	p, ok := particleCues[w]
	return ok && next == p
}

var particleCues = map[string]string{
	"went": "on", "goes": "on", "go": "on", "going": "on",
	"shot": "back", "shoots": "back", "fired": "back", "fires": "back", "hit": "back", "hits": "back",
	"snapped": "back", "snaps": "back", "struck": "back", "strikes": "back",
	"cut": "in", "cuts": "in", "broke": "in", "breaks": "in", "butted": "in",
	"piped": "up", "pipes": "up", "spoke": "up", "speaks": "up",
}

// GoesOnTo reports whether three words stand between a subject and the
// speech verb it goes on with: "went on to say", "goes on to note".
func GoesOnTo(w1, w2, w3 string) bool {
	switch strings.ToLower(w1) {
	case "went", "goes", "go", "going":
		return w2 == "on" && w3 == "to"
	}
	return false
}

// Participle reports whether a verb form is a present participle
// ("saying"), whose subject is the clause's subject rather than the
// nearest noun before it.
func Participle(word string) bool {
	return strings.HasSuffix(strings.ToLower(word), "ing")
}

// AccordingTo is the phrase that attributes speech to what follows it.
const AccordingTo = "according to"

// words splits a whitespace-separated list into a set.
func words(list string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// hedges say that something looks so, or is expected, without saying who
// thinks it: "appears to", "is expected to".
var hedges = map[string]bool{
	"appear": true, "appears": true, "appeared": true,
	"seem": true, "seems": true, "seemed": true, "expected": true,
}

// Hedge reports whether word (any case) is a hedge: a verb with which the
// writer claims something without naming its source ("Sanders appears to
// lead").
func Hedge(word string) bool { return In(hedges, word) }
