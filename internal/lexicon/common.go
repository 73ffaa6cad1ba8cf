package lexicon

import "strings"

// functionWords are words that are capitalised only because they start a
// sentence or a heading. A capitalised stretch starting with one is not a
// name from that word on. Months and days are here too: "June 19" names a
// date, not a person.
const functionWords = `
a an the this that these those there here it its it's i we you he she they
his her their our my your
and or but nor neither either so yet for of in on at by to from with without into onto upon
about above after against along among around before behind below beneath
beside besides between beyond during except inside near off outside over
since through throughout till toward towards under until up via within
as if when whenever where wherever while because although though unless
whether than then once now also still even just only already again
not no yes all any both each every few more most other some such many much
what which who whom whose why how
is are was were be been being am do does did done have has had
can could may might must shall should will would
one two three four five six seven eight nine ten
first second third last next new old
mr mrs ms
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
today yesterday tomorrow tonight
following according despite instead meanwhile however therefore thus
earlier later recently currently previously sometimes often always never overall
afterwards afterward nonetheless nevertheless moreover furthermore likewise
asked speaking writing talking
but
stop please thank thanks
o oh
original
`

var functionWordSet = words(functionWords)

// FunctionWord reports whether w (any case) is a function word, month or
// day: capitalised only by position, never the start of a name.
func FunctionWord(w string) bool { return In(functionWordSet, w) }

// kickers label the kind of piece a headline opens: "ANALYSIS: …",
// "Q&A: The new schools chief on …", "EXCLUSIVE: …". Before a colon they
// are no one speaking.
const kickers = `
analysis opinion exclusive interview breaking update updated editorial commentary
explainer op-ed q&a watch live video photos podcast letters review recap factbox
`

var kickerSet = words(kickers)

// Kicker reports whether w (any case) labels the kind of a piece.
func Kicker(w string) bool { return In(kickerSet, w) }

// monthNames are the months in full; monthAbbreviations as news writes
// them short ("Nov. 8").
var (
	monthNames         = words("january february march april may june july august september october november december")
	monthAbbreviations = words("jan feb mar apr jun jul aug sep sept oct nov dec")
)

// weekdays are the days of the week.
var weekdays = words("monday tuesday wednesday thursday friday saturday sunday")

// Weekday reports whether w (any case) names a day of the week.
func Weekday(w string) bool { return In(weekdays, w) }

// MonthName reports whether w (any case) is a month's name in full.
func MonthName(w string) bool { return In(monthNames, w) }

// Month reports whether w (any case, a period after it or not) is a
// month's name or its abbreviation: "November", "Nov.".
func Month(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return In(monthNames, w) || In(monthAbbreviations, w)
}
