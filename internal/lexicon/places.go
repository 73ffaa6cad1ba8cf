package lexicon

import "strings"

// places are names of countries, regions, states and large cities, in
// lower case, one to a line when they have several words. A capitalised
// stretch that is one of them names a place, not a person.
const places = `
afghanistan
africa
alabama
alaska
albania
algeria
america
americas
amsterdam
angola
ankara
antarctica
arctic
argentina
arizona
arkansas
armenia
asia
athens
atlanta
australia
austria
azerbaijan
baghdad
bahrain
baltimore
bangladesh
bangkok
beijing
beirut
belarus
belgium
berlin
bolivia
bosnia
boston
brazil
britain
brussels
budapest
buenos aires
bulgaria
cairo
california
cambodia
cameroon
canada
caracas
caribbean
chechnya
chicago
chile
china
colombia
colorado
congo
connecticut
crimea
croatia
cuba
cyprus
czech republic
damascus
dallas
delaware
delhi
denmark
detroit
donbas
donetsk
dubai
dublin
east
ecuador
egypt
england
estonia
ethiopia
europe
finland
florida
france
gaza
geneva
georgia
germany
ghana
greece
guatemala
haiti
havana
hawaii
hong kong
houston
hungary
iceland
idaho
illinois
india
indiana
indonesia
iowa
iran
iraq
ireland
israel
istanbul
italy
jakarta
japan
jerusalem
jordan
kabul
kansas
kazakhstan
kentucky
kenya
kharkiv
kyiv
kiev
korea
kosovo
kuwait
kyrgyzstan
laos
las vegas
latvia
lebanon
libya
lithuania
london
los angeles
louisiana
luxembourg
madrid
maine
malaysia
mali
manhattan
maryland
massachusetts
mexico
miami
michigan
middle east
minnesota
minsk
mississippi
missouri
moldova
mongolia
montana
montenegro
morocco
moscow
mumbai
myanmar
nebraska
nepal
netherlands
nevada
new hampshire
new jersey
new mexico
new york
new zealand
nicaragua
niger
nigeria
north carolina
north dakota
north korea
norway
ohio
oklahoma
oman
oregon
pakistan
palestine
panama
paris
pennsylvania
persian gulf
peru
philadelphia
philippines
poland
portugal
pyongyang
qatar
rhode island
riyadh
rome
romania
russia
rwanda
san francisco
saudi arabia
scotland
seattle
senegal
seoul
serbia
shanghai
siberia
singapore
slovakia
slovenia
somalia
south africa
south carolina
south dakota
south korea
soviet union
spain
sri lanka
st. petersburg
sudan
sweden
switzerland
syria
taipei
taiwan
tajikistan
tehran
tel aviv
tennessee
texas
thailand
tibet
tokyo
toronto
tunisia
turkey
turkmenistan
uganda
ukraine
united kingdom
united states
uruguay
us
u.s.
usa
u.s.a.
uk
u.k.
utah
uzbekistan
vatican
venezuela
vermont
vienna
vietnam
virginia
wales
warsaw
washington
washington d.c.
west
west bank
west virginia
wisconsin
wyoming
yemen
zambia
zimbabwe
dprk
n.c.
n.y.
n.j.
n.h.
n.m.
n.d.
s.c.
s.d.
r.i.
d.c.
w.va.
`

// demonyms are the adjectives of places and peoples. "North Korean" and
// "Russian" describe; they never name a person on their own.
const demonyms = `
afghan african albanian algerian american argentine argentinian armenian asian australian austrian
azerbaijani belarusian belgian bolivian bosnian brazilian british bulgarian cambodian canadian
chechen chilean chinese colombian croatian cuban cypriot czech danish dutch ecuadorian egyptian
emirati english estonian ethiopian european filipino finnish french georgian german ghanaian greek
guatemalan haitian hungarian icelandic indian indonesian iranian iraqi irish israeli italian japanese
jordanian kazakh kenyan korean kosovar kurdish kuwaiti kyrgyz latvian lebanese libyan lithuanian
malaysian mexican moldovan mongolian moroccan nepali nigerian norwegian pakistani palestinian
panamanian peruvian polish portuguese qatari romanian russian rwandan saudi scottish senegalese
serbian singaporean slovak slovenian somali soviet spanish sudanese swedish swiss syrian taiwanese
thai tibetan tunisian turkish ukrainian uzbek venezuelan vietnamese welsh yemeni zimbabwean
western eastern northern southern arab muslim christian jewish catholic
republican democratic democrat republicans democrats
`

// orgHeads are words that end the name of an organisation: "Defense
// Ministry", "Washington Post", "Republican Party".
const orgHeads = `
ministry department agency administration office bureau service services commission committee state
council board authority court parliament congress senate house assembly duma legislature cabinet
government party union league federation association alliance coalition organization
organisation foundation institute institution university college school academy hospital
center centre centers centres program programme project fund bank reserve exchange market
company corporation corp corp. inc inc. ltd ltd. llc plc group holdings co co. firm
times post news journal herald tribune gazette telegraph guardian press review magazine
ledger courier chronicle observer daily weekly register mirror standard express bulletin
dispatch examiner inquirer sentinel globe monitor wire
network channel radio television tv agency
army navy force forces guard police military troops
campaign team club church mosque temple partnership trust society charity consortium cooperative
airlines airways motors lines shipping logistics energy partners capital ventures
council
network newspaper website site blog show program podcast outlet
convention conference caucus caucuses summit forum debate rally primary
`

// placeWords start or end the name of a place: "Port Calder", "Tessa
// River", "Mount Hood".
var placeWords = words(`port mount mt. lake river cape fort bay island islands street avenue
road county valley beach park square bridge airport station hills harbor harbour strait
gulf sea ocean peninsula province district village cove creek wharf quay`)

// PlaceWord reports whether w starts or ends a place's name.
func PlaceWord(w string) bool { return In(placeWords, w) }

// facilityWords end the name of a building or a ground, which a body's
// name may open: "Bank of America Stadium", "Reagan National Airport".
var facilityWords = words(`stadium arena ballpark coliseum colosseum amphitheater amphitheatre
speedway raceway racecourse plaza mall boulevard highway motorway freeway expressway tunnel
terminal pier airport station tower`)

// FacilityWord reports whether w ends the name of a building or a
// ground, whatever body's name comes before it.
func FacilityWord(w string) bool { return In(facilityWords, w) }

// orgNames are well-known organisations that carry no head word, the
// seats of government that speak for one among them ("Downing Street
// said"). Spaces inside a name are written "_".
const orgNames = `
un nato eu who imf opec fbi cia nsa nasa roscosmos kremlin pentagon
downing_street whitehall elysee élysée elysee_palace élysée_palace zhongnanhai
blue_house knesset bundestag
reuters afp ap bbc cnn nbc abc cbs fox msnbc npr pbs tass interfax ria xinhua kcna
google apple microsoft amazon facebook meta twitter tesla boeing gazprom rosneft
hamas hezbollah taliban isis isil al-qaeda
gop
`

var (
	placeSet   = words(strings.ReplaceAll(places, " ", "_"))
	demonymSet = words(demonyms)
	orgHeadSet = words(orgHeads)
	orgNameSet = spaced(words(orgNames))
)

// Place reports whether name (any case, words separated by single spaces)
// is a known place.
func Place(name string) bool {
	return placeSet[strings.ReplaceAll(strings.ToLower(name), " ", "_")]
}

// Demonym reports whether w is the adjective of a place or people:
// "Russian", "North Korean" (pass the last word), "Republican".
func Demonym(w string) bool { return In(demonymSet, w) }

// OrgHead reports whether w ends the name of an organisation.
func OrgHead(w string) bool { return In(orgHeadSet, w) }

// OrgName reports whether name is a well-known organisation.
func OrgName(name string) bool { return orgNameSet[strings.ToLower(name)] }

// spaced writes the "_" of a list's names as the spaces they stand for.
func spaced(set map[string]bool) map[string]bool {
	out := make(map[string]bool, len(set))
	for w := range set {
		out[strings.ReplaceAll(w, "_", " ")] = true
	}
	return out
}

// CommonCaps reports whether w, written in capitals, is a common word or
// abbreviation rather than a body's initials: "TV" in "a campaign TV
// ad", "CEO", "GDP", "COVID".
func CommonCaps(w string) bool { return commonCaps[w] }

var commonCaps = words(`TV CEO CEOs CFO COO CTO GDP DNA HIV AIDS OK PR ID IDs VIP MVP GPS ATM SUV USB
PDF URL COVID ICU ER IPO DIY AM PM FAQ LGBT LGBTQ ASAP RIP TBD IQ AC DC`)

// stateAbbreviations are the US states' abbreviations in the AP's style
// and the Postal Service's, as a party tag writes them ("Sen. Jon Tester
// (D-Mont.)", "Rep. Paul Ryan (R-WI)"), keyed in lower case without
// stops, with the state's name.
var stateAbbreviations = func() map[string]string {
	m := map[string]string{}
	for _, row := range strings.Fields(`
alabama:ala:al alaska::ak arizona:ariz:az arkansas:ark:ar california:calif:ca
colorado:colo:co connecticut:conn:ct delaware:del:de florida:fla:fl georgia:ga:ga
hawaii::hi idaho::id illinois:ill:il indiana:ind:in iowa::ia kansas:kan:ks
kentucky:ky:ky louisiana:la:la maine::me maryland:md:md massachusetts:mass:ma
michigan:mich:mi minnesota:minn:mn mississippi:miss:ms missouri:mo:mo montana:mont:mt
nebraska:neb:ne nevada:nev:nv new_hampshire:nh:nh new_jersey:nj:nj new_mexico:nm:nm
new_york:ny:ny north_carolina:nc:nc north_dakota:nd:nd ohio::oh oklahoma:okla:ok
oregon:ore:or pennsylvania:pa:pa rhode_island:ri:ri south_carolina:sc:sc
south_dakota:sd:sd tennessee:tenn:tn texas:tex:tx utah::ut vermont:vt:vt
virginia:va:va washington:wash:wa west_virginia:wva:wv wisconsin:wis:wi wyoming:wyo:wy`) {
		f := strings.Split(row, ":")
		name := strings.ReplaceAll(f[0], "_", " ")
		m[strings.ReplaceAll(f[0], "_", "")] = name
		for _, a := range f[1:] {
			if a != "" {
				m[a] = name
			}
		}
	}
	return m
}()

// StateOf is the name, in lower case, of the US state that abbreviation
// a stands for ("Fla.", "N.Y.", "WI", "Ohio"), or "".
func StateOf(a string) string {
	return stateAbbreviations[strings.ToLower(strings.ReplaceAll(a, ".", ""))]
}
