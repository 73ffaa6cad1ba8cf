package lexicon

// Common given names, by the gender they usually go with. They serve two
// purposes: a capitalised word that is a known given name starts a
// person's name (not a place's or a firm's), and its gender lets "he" and
// "she" find the person they refer to. The lists are general: names common
// in English-language news across many countries.
const maleNames = `
aaron abdul abdullah abe abraham adam adrian ahmad ahmed al alan albert alberto alejandro alex alexander alexandre alexei alexey ali alvin amir anders andre andrea andreas andrei andrew andrey andy angel angelo anthony antonio anton arnold arthur ashraf ashton ayman
barack barry bart ben benjamin benny bernard bernie bill billy bob bobby boris brad bradley brandon brendan brent brett brian bruce bryan
calvin cameron carl carlos cary cecil cedric chad charles charlie chris christian christopher chuck clarence claude clay clayton cliff clifford clint cody colin conor connor cory craig curt curtis cyril cyrus
dale dan daniel danny darius darrell darren dave david dean dennis denis derek desmond devin dick dieter dimitri dmitri dmitry domingo dominic don donald doug douglas duane duncan dustin dwayne dwight dylan
ed eddie edgar eduardo edward edwin eli elias elijah elliot elliott elon emil emile emmanuel enrique eric erik ernest ernesto ethan eugene evan evgeny
fabio faisal farid felipe felix fernando francesco francis francisco frank fred freddie frederick fyodor
gabriel gary gavin gene geoff geoffrey george gerald gerard gerhard giovanni giuseppe glenn gordon greg gregory guillermo gustavo
hamid hank hans harold harry harvey hassan hector heinz helmut henry herbert herman hiroshi howard hugh hugo hussein
ian igor ilya imran irving isaac ivan
jack jacob jaime jake james jamie jan jared jason javier jay jean jeb jeff jeffrey jens jeremy jerome jerry jesse jesus jim jimmy joe joel johan johann john johnny jon jonathan jorge jose josef joseph josh joshua juan julian julio justin
kamal karim karl keith ken kenneth kenji kevin khalid kirk klaus kurt kyle
lamar lance larry lars lawrence leo leon leonard leonid leroy lewis lloyd lorenzo louis luc luca lucas luis luke
malcolm manuel marc marco marcus mario mark martin marvin matt matteo matthew maurice max maxim maximilian michael michel miguel mike mikhail milton mitch mitchell mohamed mohammad mohammed muhammad moses murray mustafa
nathan neil nicholas nick nicolas nigel nikolai nikita noah norman
oleg oliver omar oscar otto owen
pablo paolo pat patrick paul pavel pedro pete peter phil philip philippe pierre piotr
rafael ralph ramon randall randy rashid ray raymond reggie reza ricardo richard rick ricky robert roberto rod rodney roger roland rolf roman ron ronald ross roy ruben rudy rudolph rupert ryan
salman sam samuel sanjay santiago saul scott sean sebastian sergei sergey sergio seth shane shawn sheldon sherrod sidney silvio simon stanley stefan stephen sterling steve steven stuart sven
ted terrence terry theodore thomas tim timothy toby todd tom tommy tony travis trent trevor troy tyler
valentin valery vasily victor viktor vince vincent vitaly vittorio vladimir vladislav volodymyr
walter wayne wesley william willie wolfgang
xavier
yaroslav yasser yevgeny yosef youssef yuri yusuf
zach zachary
`

const femaleNames = `
abigail ada adriana agnes aisha alexandra alexis alice alicia alison allison amanda amber amelia amy ana anastasia andrea angela angelina anita ann anna anne annette antonia ariana arlene ashley audrey ava
barbara beatrice becky belinda beth betsy betty beverly bonnie brenda bridget brittany brooke
camila candace carly carla carmen carol caroline carolyn catherine cathy cecilia charlotte chelsea cheryl chloe christina christine cindy claire clara claudia colleen connie cristina crystal cynthia
daisy dana danielle daphne darlene debbie deborah debra denise diana diane dolores donna doris dorothy
eileen elaine eleanor elena elisabeth elise eliza elizabeth ella ellen elsa emily emma erica erin esther eva evelyn
fatima fiona florence frances francesca
gabriela gabrielle gail gina gloria greta gretchen gwen
hannah harriet hazel heather heidi helen helena hillary hilary holly
ilhan ingrid irene iris irina isabel isabella
jackie jacqueline jane janet janice jasmine jean jeanne jennifer jenny jessica jill joan joanna jodi jody josephine joyce judith judy julia julie justine
kamala karen kate katherine kathleen kathryn kathy katie kelly kelli kimberly kirsten kristen kristin kristina
laura lauren leah lena lily linda lisa liz lori lorraine louise lucia lucy lydia lynn
madeleine madison maggie maria mariana marie marilyn marina marion marjorie martha mary maureen maxine megan melania melanie melissa meryl michele michelle mildred miriam molly monica
nadia nancy naomi natalia natalie natasha nicola nicole nikki nina nora
olga olivia
pam pamela patricia patty paula pauline peggy penny phyllis priscilla
rachel rebecca regina renee rita roberta robin rosa rosalind rose rosemary ruth
sabrina sally samantha sandra sara sarah sharon sheila shirley silvia sofia sonia sophia sophie stacey stella stephanie sue susan suzanne svetlana sylvia
tamara tammy tanya teresa theresa tiffany tina tracy tulsi
ursula
valentina valerie vanessa vera veronica vicki victoria violet virginia vivian
wanda wendy whitney
yelena yolanda yulia
zoe
`

// Given names of English-language fiction, and their pet forms, that the
// news lists above lack: a story's people are Kitty, Edmund and Meg as
// often as they are Kamala and Vladimir. Names that are also common words
// ("Grace", "Hope", "Will", "Pip", "Kit") are left out.
const storyMaleNames = `
abel ambrose amos archibald archie asa aubrey augustus barnaby bartholomew basil benedict bertie bertram
caleb clement cuthbert davy digby dudley ebenezer edmund egbert enoch ephraim eustace everard ezra
ferdinand gideon gilbert giles godfrey hal hiram horace hubert humphrey ichabod jabez jasper jem jemmy jethro
jonas josiah jeremiah lemuel leopold lionel lucius marmaduke matthias micah montague mordecai mortimer nat
nathaniel ned neville obadiah osbert oswald percival percy peregrine phineas quentin randolph reginald reuben
roderick rowland rufus septimus silas solomon theo tobias tristram uriah wilfred wilfrid
`

const storyFemaleNames = `
adela adelaide agatha arabella augusta beatrix bertha bessie cecily clarissa cordelia dinah dora dorothea
edith effie elinor eliza ella emmeline estella ethel eugenia evangeline fanny georgiana georgina gertrude
gwendolen henrietta hester hetty hilda honoria imogen jemima julia juliet kitty lavinia letitia lettice
lizzie lizzy lottie louisa lucinda mabel margaret marianne matilda maud maude meg millicent minnie nell nelly
octavia ophelia polly rosamond selina sibyl susanna susannah sophy tabitha theodora winifred zillah
`

var (
	maleNameSet   = words(maleNames + storyMaleNames)
	femaleNameSet = words(femaleNames + storyFemaleNames)
)

// GivenName reports whether w (any case) is a common given name, and the
// gender it usually goes with (both false when it is used for both).
func GivenName(w string) (known, male, female bool) {
	m, f := In(maleNameSet, w), In(femaleNameSet, w)
	if m && f {
		return true, false, false
	}
	return m || f, m, f
}

// petNames maps a pet form of a given name to its full forms: "Lizzy" is
// an Elizabeth, "Ned" an Edward or an Edmund.
var petNames = map[string][]string{
	"lizzy": {"elizabeth"}, "lizzie": {"elizabeth"}, "liz": {"elizabeth"}, "beth": {"elizabeth"},
	"betsy": {"elizabeth"}, "bess": {"elizabeth"}, "bessie": {"elizabeth"}, "eliza": {"elizabeth"},
	"tom": {"thomas"}, "tommy": {"thomas"}, "bea": {"beatrice"}, "ned": {"edward", "edmund"},
	"ted": {"edward", "theodore"}, "kitty": {"catherine", "katherine"}, "kate": {"catherine", "katherine"},
	"meg": {"margaret"}, "maggie": {"margaret"}, "peggy": {"margaret"}, "polly": {"mary"}, "molly": {"mary"},
	"jack": {"john"}, "johnny": {"john"}, "bill": {"william"}, "billy": {"william"}, "willie": {"william"},
	"bob": {"robert"}, "bobby": {"robert"}, "rob": {"robert"}, "dick": {"richard"}, "harry": {"henry", "harold"},
	"hal": {"henry"}, "jem": {"james"}, "jim": {"james"}, "jimmy": {"james"}, "nell": {"ellen", "eleanor", "helen"},
	"nelly": {"ellen", "eleanor", "helen"}, "fanny": {"frances"}, "sophy": {"sophia"}, "sally": {"sarah"},
	"patty": {"martha"}, "nat": {"nathaniel"}, "fred": {"frederick"}, "freddie": {"frederick"},
	"charlie": {"charles"}, "chuck": {"charles"}, "andy": {"andrew"}, "tony": {"anthony"}, "mike": {"michael"},
	"dan": {"daniel"}, "danny": {"daniel"}, "joe": {"joseph"}, "sam": {"samuel"}, "ben": {"benjamin"},
	"nick": {"nicholas"}, "steve": {"stephen", "steven"}, "matt": {"matthew"}, "chris": {"christopher"},
	"jenny": {"jennifer", "jane"}, "annie": {"anne", "ann"}, "nancy": {"anne", "ann"}, "lucy": {"lucinda"},
}

// FullNames are the full forms of a pet name ("elizabeth" for "Lizzy"),
// in lower case, or nil.
func FullNames(w string) []string {
	v, _ := Lookup(petNames, w)
	return v
}
