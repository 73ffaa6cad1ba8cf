package lexicon

import "strings"

// Words that stand where a name would, and are none: what a family calls
// its own, interjections, and days.

// holidays are days whose names read as a person's.
var holidays = map[string]bool{"christmas eve": true, "christmas day": true, "christmas": true,
	"new year's eve": true, "new year’s eve": true, "new year's day": true, "new year’s day": true,
	"easter sunday": true, "easter monday": true, "good friday": true, "boxing day": true,
	"midsummer eve": true, "midsummer day": true, "twelfth night": true, "all hallows": true,
	// and the days news dates things by
	"labor day": true, "labour day": true, "memorial day": true, "election day": true, "independence day": true,
	"veterans day": true, "presidents day": true, "columbus day": true, "inauguration day": true,
	"thanksgiving day": true, "mother's day": true, "mother’s day": true, "father's day": true, "father’s day": true,
	"valentine's day": true, "valentine’s day": true, "remembrance day": true, "armistice day": true,
	"anzac day": true, "victory day": true, "may day": true, "bastille day": true, "australia day": true,
	"canada day": true, "groundhog day": true, "super tuesday": true, "black friday": true,
	"cyber monday": true, "yom kippur": true, "rosh hashanah": true, "patriots day": true}

// familyCalls are what a family calls its own, which no name is.
var familyCalls = map[string]bool{"mama": true, "mamma": true, "mammy": true, "papa": true, "pa": true, "ma": true,
	"mum": true, "mummy": true, "mom": true, "mommy": true, "dad": true, "daddy": true, "granny": true, "grandma": true,
	"grandpa": true, "gran": true, "nan": true, "nanny": true, "madam": true, "ma'am": true, "ma’am": true, "darling": true}

// interjections open a line as a name does: "Oh, Basil", "Bah, humbug".
var interjections = map[string]bool{"oh": true, "o": true, "ah": true, "aha": true, "bah": true, "ha": true, "hah": true,
	"humbug": true, "well": true, "yes": true, "no": true, "nay": true, "aye": true, "alas": true, "hush": true,
	"hark": true, "pooh": true, "pshaw": true, "hello": true, "hallo": true, "halloa": true, "hey": true, "hi": true,
	"why": true, "come": true, "look": true, "say": true, "lord": true, "heavens": true, "goodness": true, "gracious": true,
	"mercy": true, "indeed": true, "nonsense": true, "thanks": true, "please": true, "okay": true, "ok": true, "wow": true}

// Interjection reports whether w is one, or a drawn-out cry ("Nooooo").
func Interjection(w string) bool {
	l := strings.ToLower(w)
	if interjections[l] {
		return true
	}
	run := 1
	for i := 1; i < len(l); i++ {
		if l[i] == l[i-1] {
			if run++; run >= 3 {
				return true
			}
		} else {
			run = 1
		}
	}
	return false
}

// FamilyCall reports whether w (any case) is what a family calls one
// of its own ("Mama", "Papa"), which no name is.
func FamilyCall(w string) bool { return familyCalls[strings.ToLower(w)] }

// Holiday reports whether name (any case) is a day's ("Christmas Eve"),
// which reads as a person's.
func Holiday(name string) bool { return holidays[strings.ToLower(name)] }
