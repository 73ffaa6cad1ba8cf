package lexicon

import (
	"strings"
	"unicode"
)

// negatingPrefixes make no role of the role after them: "anti-president",
// "non-member", "pseudo-expert".
var negatingPrefixes = map[string]bool{"anti": true, "non": true, "pro": true, "pseudo": true, "quasi": true, "would-be": true}

// titleHeads are the words that end a title before a name: "Foreign
// Minister", "Deputy Prime Minister", "Sen.". They are matched
// case-insensitively where capitalised in the text.
const titleHeads = `
president minister premier chancellor secretary undersecretary under-secretary senator sen. sen representative rep. rep
congressman congresswoman congressmember assemblyman assemblywoman assemblymember governor gov. gov mayor leader
councillor councilor councilman councilwoman alderman
chairman chairwoman chair chairperson director ambassador envoy commissioner
spokesman spokeswoman spokesperson adviser advisor aide
king queen prince princess emperor empress sultan emir sheikh pope cardinal bishop
archbishop rabbi imam ayatollah mullah patriarch pastor reverend rev. father
general gen. gen colonel col. lieutenant lt. captain capt. major maj. sergeant sgt.
admiral adm. commander marshal corporal cpl. private pvt.
judge justice attorney prosecutor sheriff inspector detective officer constable
professor prof. dr. doctor mr. mrs. ms. miss mx. sir dame lord lady
chief ceo cfo coo cto executive founder head
coach manager
candidate nominee hopeful
speaker whip
treasurer comptroller auditor
superintendent
`

// titleModifiers come before a title head: "Deputy Prime Minister",
// "Former Defense Secretary".
const titleModifiers = `
first deputy vice prime foreign interior defense defence health finance
economy economic trade justice education energy environment agriculture
labor labour transport transportation culture home state homeland security
acting former then-president then interim chief executive senior junior
supreme grand great crown lt. lieutenant general attorney district
majority minority house senate assistant associate principal managing
national international regional federal presidential press
u.s. us staff police communications operations
`

// roleNouns are lowercase nouns that stand for a person by office or
// part: "Roscosmos head Yuri Borisov", "a North Korean official". The head
// of a description of an unnamed speaker is one of these.
const roleNouns = `
official officials spokesman spokeswoman spokesperson representative
delegate envoy diplomat ambassador minister secretary president leader head chief
chairman chairwoman director executive manager adviser advisor aide
officer lawmaker legislator senator congressman congresswoman governor mayor
analyst expert economist researcher scientist professor doctor lawyer attorney
prosecutor judge witness resident source insider observer critic
member supporter opponent activist organizer organiser campaigner
journalist reporter correspondent editor commentator columnist
man woman boy girl person voter worker employee farmer student teacher
soldier airman commander general colonel captain
candidate nominee strategist pollster consultant operative staffer
founder owner investor banker trader
father mother son daughter wife husband brother sister friend neighbour neighbor
host guest narrator announcer voice-over voiceover
negotiator mediator
president-elect
king queen prince princess emperor empress monarch
engineer inspector planner architect designer developer programmer technician mechanic
pilot driver sailor captain crew family fisherman ferryman boatman farmer rancher miner
nurse surgeon physician practitioner paramedic firefighter policeman policewoman detective constable
guard officer sheriff deputy clerk secretary assistant receptionist
keeper jailer gaoler warder turnkey prisoner convict inmate
priest parson vicar pastor preacher minister rabbi imam monk nun bishop
teacher principal headmaster lecturer tutor pupil
shopkeeper merchant trader vendor waiter waitress cook chef baker butcher butler maid servant
landlord landlady innkeeper tenant owner passenger traveller traveler stranger visitor tourist
lady gentleman child kid baby grandmother grandfather grandson granddaughter uncle aunt
cousin nephew niece widow widower bride groom
player coach referee fan athlete
striker midfielder defender goalkeeper goalie winger quarterback pitcher catcher linebacker batsman bowler jockey
singer actor actress artist writer author poet musician director producer curator
historian lawyer solicitor barrister
scholar academic sociologist psychologist demographer epidemiologist specialist
protester protestor demonstrator marcher picketer rioter crowd audience onlooker bystander
participant attendee
boss chief staffer spokespeople councillor councilor councilman councilwoman
headteacher headmistress harbourmaster harbormaster master alderman selectman people residents voters workers officials
ally allies backer backers donor donors surrogate surrogates
`

// gendered role nouns and titles tell a person's gender.
var (
	maleWords   = words("mr. mr sir lord king prince emperor sultan emir sheikh pope father brother son husband man boy spokesman chairman congressman uncle nephew grandfather grandson widower duke earl baron monk ayatollah mullah cardinal patriarch abbot friar monsignor gentleman lad schoolboy bridegroom groom parson vicar rector curate lama")
	femaleWords = words("mrs. mrs ms. ms miss dame lady queen princess empress mother sister daughter wife woman girl spokeswoman chairwoman congresswoman aunt niece grandmother granddaughter widow duchess countess baroness nun landlady lass schoolgirl governess mistress madam bride maid actress hostess waitress heroine")
)

var (
	titleHeadSet = words(titleHeads)
	titleModSet  = words(titleModifiers)
	roleNounSet  = words(roleNouns)
)

// TitleHead reports whether w (any case) ends a title: "Minister", "Sen.".
func TitleHead(w string) bool {
	if In(titleHeadSet, w) {
		return true
	}
	// "Secretary-General", "Attorney-General", "Vice-President",
	// "Co-Chair": a title joined to "general" or after a role's prefix.
	if !strings.Contains(w, "-") {
		return false
	}
	pre, head, _ := strings.Cut(strings.ToLower(w), "-")
	return head == "general" && In(titleHeadSet, pre) || rolePrefixes[pre] && In(titleHeadSet, head)
}

// TitleModifier reports whether w may stand before a title head.
func TitleModifier(w string) bool { return In(titleModSet, w) }

// capitalRoles are roles only when capitalised: "Marine John Tiegen" is
// a marine, "a marine ecologist" is not one. Matched as written.
var capitalRoles = map[string]bool{"Marine": true}

// CapitalRole reports whether w, as written, is a role that a capital
// letter alone makes one.
func CapitalRole(w string) bool { return capitalRoles[w] }

// RoleNoun reports whether w (lower case in the text) stands for a person
// by office or part.
func RoleNoun(w string) bool {
	l := strings.ToLower(w)
	if roleNounSet[l] {
		return true
	}
	// "co-host", "ex-president", "vice-chair": a prefix that makes a role
	// of a role.
	if pre, head, ok := strings.Cut(l, "-"); ok && rolePrefixes[pre] {
		return RoleNoun(head)
	}
	// "prison-keeper", "fellow-prisoner": a compound whose last part is a
	// role is that role.
	if i := strings.LastIndex(l, "-"); i > 0 && i+1 < len(l) && !strings.ContainsFunc(l[:i], unicode.IsDigit) && roleNounSet[l[i+1:]] &&
		!negatingPrefixes[l[:i]] {
		return true
	}
	// Plurals: "officials", "spokesmen", "women".
	switch {
	case strings.HasSuffix(l, "men"):
		return roleNounSet[l[:len(l)-3]+"man"]
	case strings.HasSuffix(l, "ies"):
		return roleNounSet[l[:len(l)-3]+"y"]
	case strings.HasSuffix(l, "s"):
		return roleNounSet[l[:len(l)-1]]
	}
	return false
}

var rolePrefixes = words("co ex vice deputy acting former interim")

// PartyMember reports whether w, capitalised, stands for a member of a
// party or movement: "a New Hampshire Republican".
func PartyMember(w string) bool {
	switch strings.ToLower(w) {
	case "republican", "republicans", "democrat", "democrats", "conservative", "conservatives",
		"liberal", "liberals", "progressive", "progressives", "independent", "independents",
		"socialist", "socialists", "libertarian", "libertarians":
		return true
	}
	return false
}

// PersonSuffix reports whether a lower-case noun reads as one for a person
// by its ending: "-er", "-ist", "-man". The guess is only safe where the
// word is the subject of a speech verb ("the engineer said"), which is the
// only place the caller uses it.
func PersonSuffix(w string) bool {
	w = strings.ToLower(w)
	for _, suf := range []string{"er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "man", "men", "ant", "ants", "ent", "ents"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// WordGender tells the gender a title or role word implies.
func WordGender(w string) (male, female bool) {
	return In(maleWords, w), In(femaleWords, w)
}

// Honorific reports whether w is a courtesy title that is not a role:
// "Mr.", "Ms.", "Dr.", and the kin titles a story calls people by, "Aunt
// Polly", "Uncle Henry". It belongs with the name, not in the person's
// roles.
func Honorific(w string) bool {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "aunt", "uncle", "missis", "missus":
		return true
	}
	return false
}

// PronounInfo describes a personal pronoun.
type PronounInfo struct {
	Male, Female, Plural, First, Second bool
	// Subject is true for the forms that can be the subject of a verb.
	Subject bool
}

var pronouns = map[string]PronounInfo{
	"he": {Male: true, Subject: true}, "him": {Male: true}, "his": {Male: true}, "himself": {Male: true},
	"she": {Female: true, Subject: true}, "her": {Female: true}, "hers": {Female: true}, "herself": {Female: true},
	"they": {Plural: true, Subject: true}, "them": {Plural: true}, "their": {Plural: true},
	"i": {First: true, Subject: true}, "me": {First: true}, "my": {First: true},
	"we": {First: true, Plural: true, Subject: true}, "us": {First: true, Plural: true}, "our": {First: true, Plural: true},
	"you": {Second: true, Subject: true},
}

// Pronoun reports whether w is a personal pronoun, and what it tells.
func Pronoun(w string) (PronounInfo, bool) {
	return Lookup(pronouns, w)
}

// nameParticles are lower-case words that may sit inside a name:
// "Ursula von der Leyen", "Osama bin Laden".
var nameParticles = words("de da di del della der den van von la le du dos das bin ibn al el ben y zu ten ter")

// NameParticle reports whether w may sit inside a name in lower case.
func NameParticle(w string) bool { return nameParticles[w] }

// nameSuffixes end a name without being its surname.
var nameSuffixes = words("jr. jr sr. sr ii iii iv")

// NameSuffix reports whether w is a generational suffix: "Jr.", "III".
func NameSuffix(w string) bool { return In(nameSuffixes, w) }

// roleWords maps a title's short forms, and the nouns a story uses for
// the holder of a title, to one word, so that "the doctor" finds "Dr.
// Mortimer" and "the vicar" finds "the Reverend Robert Crane". Political
// titles are left out: "the Vermont senator" must not find "Sen. Ralph
// Alvarado" of Kentucky, and a role's modifiers are not compared.
var roleWords = map[string]string{
	"col.": "colonel", "lt.": "lieutenant", "capt.": "captain", "maj.": "major",
	"sgt.": "sergeant", "adm.": "admiral", "prof.": "professor", "dr.": "doctor", "dr": "doctor",
	"rev.": "reverend", "rev": "reverend", "vicar": "reverend", "parson": "reverend",
	"rector": "reverend", "curate": "reverend", "clergyman": "reverend", "chaplain": "reverend",
	"painter": "artist", "physician": "doctor", "surgeon": "doctor",
	"sen.": "senator", "gov.": "governor", "rep.": "representative", "gen.": "general",
	"supt.": "superintendent", "det.": "detective", "cmdr.": "commander",
	"congressman": "representative", "congresswoman": "representative",
}

// RoleWord is the one word for role word w (lower case): "doctor" for
// "dr.", "reverend" for "vicar"; w itself for the rest.
func RoleWord(w string) string {
	if r, ok := roleWords[w]; ok {
		return r
	}
	return w
}

// documentNouns name writings that speak ("the statement read", "the
// poll found") but are never a person, so never a role set beside a name:
// "According to the statement, Kelly met with Trump".
const documentNouns = `
statement statements letter letters memo memos release email emails e-mail note notes
report reports poll polls survey surveys study studies tweet tweets post posts
ad ads advertisement document documents lawsuit complaint filing order ruling bill
law constitution policy rule editorial article story message messages transcript
`

var documentNounSet = words(documentNouns)

// DocumentNoun reports whether w (any case) names a writing rather than a
// person.
func DocumentNoun(w string) bool { return In(documentNounSet, w) }

// evidenceNouns are documents and figures that report what they show: the
// subjects of "show", "find", "suggest" ("a poll shows Sanders leading",
// "FEC records show").
const evidenceNouns = `
poll polls polling survey surveys study studies record records data results report reports
analysis video footage documents filings figures numbers review research audit investigation
emails memo letter estimates
`

var evidenceNounSet = words(evidenceNouns)

// EvidenceNoun reports whether w (any case) names a document or a figure
// that shows something.
func EvidenceNoun(w string) bool { return In(evidenceNounSet, w) }

// evidenceVerbForms are the forms of the verbs a document shows with.
var evidenceVerbForms = map[string]bool{
	"show": true, "shows": true, "showed": true, "shown": true, "find": true, "finds": true, "found": true,
	"suggest": true, "suggests": true, "suggested": true, "indicate": true, "indicates": true, "indicated": true,
}

// EvidenceVerb reports whether w is a form of a verb a document shows
// with: "shows", "found", "suggested".
func EvidenceVerb(w string) bool { return evidenceVerbForms[w] }
