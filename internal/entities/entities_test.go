package entities

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/internal/news"
	"github.com/whosaid/whosaid/internal/segment"
)

// fakeModel labels the words it is told to, standing in for prose so the
// rules are tested on their own.
type fakeModel map[string]string

func (f fakeModel) Labels(string) map[string]string { return f }

func find(text string, c Classifier) []string {
	doc := &news.Document{Text: text}
	segment.Split(doc)
	Find(doc, c)
	var out []string
	for _, m := range doc.Mentions {
		s := m.Kind.String() + ":" + m.In(text)
		if !m.Role.Empty() {
			s += " [" + m.Role.In(text) + "]"
		}
		out = append(out, s)
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		model fakeModel
		want  []string
	}{
		{"title split off", "Foreign Minister Sergei Lavrov arrived.", nil,
			[]string{"name:Sergei Lavrov [Foreign Minister]"}},
		{"list of titled names",
			"Deputy Prime Minister Alexander Novak, Defense Minister Andrei Belousov and First Deputy Prime Minister Denis Manturov came.", nil,
			[]string{"name:Alexander Novak [Deputy Prime Minister]", "name:Andrei Belousov [Defense Minister]", "name:Denis Manturov [First Deputy Prime Minister]"}},
		{"capitalised words before a title", "Harbor Commissioner Luis Ortega spoke.", nil,
			[]string{"name:Luis Ortega [Harbor Commissioner]"}},
		{"honorific", "Mr. Cruz said so.", nil, []string{"name:Cruz [Mr.]"}},
		{"a kin title is one too: no name of its own", "Aunt Polly called. Uncle Henry came.", nil, []string{"name:Polly [Aunt]", "name:Henry [Uncle]"}},
		{"and so is a servant's 'Missis'", "Missis Jellyby came in.", nil, []string{"name:Jellyby [Missis]"}},
		{"a vocative's 'O' or 'Oh' is no part of the name", "Peter Pan came in. “O Peter, no wonder you were crying,” she said. “Oh Wendy, stop.”", nil,
			[]string{"name:Peter Pan", "name:Peter", "pronoun:she", "name:Wendy"}},
		{"a participle opening the sentence is no part of the name after it", "Assisting Oliver to rise, he smiled. Entrusting Donald Trump with it is risky. Sterling Brown spoke.", nil,
			[]string{"name:Oliver", "pronoun:he", "name:Donald Trump", "name:Sterling Brown"}},
		{"a title 'of' a body is the person's before it, not the body's", "Anthony Anton, president and CEO of Washington Restaurant Association, spoke.", nil,
			[]string{"name:Anthony Anton", "organisation:Washington Restaurant Association"}},
		{"a paper named short where it speaks is a body, but a lone 'Party' is nothing", "It was wrong, the Times reported. The Party met. Times change.", nil,
			[]string{"organisation:Times"}},
		{"a body's initials open its name, but not a person's", "Speaking to BBC Sport, Warholm said it was hard. J.M. Berger said so.", nil,
			[]string{"organisation:BBC Sport", "name:Warholm", "name:J.M. Berger"}},
		{"a title and a given name make a person, whatever the surname", "Atlantic City Mayor Don Guardian spoke.", nil,
			[]string{"name:Don Guardian [Atlantic City Mayor]"}},
		{"a place or a body by a speech verb is the surname of one named in full", "Rep. Steve Israel met them. Israel said no. Mayor Don Guardian agreed, Guardian said. Israel is far.", nil,
			[]string{"name:Steve Israel [Rep.]", "pronoun:them", "name:Israel", "name:Don Guardian [Mayor]", "name:Guardian", "place:Israel"}},
		{"so is it past a relative clause set off by commas, but not past a place's", "Jeremy Paris moved. “Yes,” Paris, who used to work in Ohio, said. Paris, which is big, said to be nice.", nil,
			[]string{"name:Jeremy Paris", "name:Paris", "place:Ohio", "place:Paris"}},
		{"but a stretch taken for a name with neither a given name nor a title ('Several Twitter') lends no surname", "Several Twitter users met. Twitter said no.", nil,
			[]string{"name:Several Twitter", "organisation:Twitter"}},
		{"places and demonyms are not people", "Officials in North Korea and Russian diplomats met in Pyongyang.", nil,
			[]string{"place:North Korea", "place:Pyongyang"}},
		{"organisations", "The Washington Post and the UN disagreed.", nil,
			[]string{"organisation:Washington Post", "organisation:UN"}},
		{"a given name and a word of places is a person beside a role or a speech verb, a place elsewhere",
			"Democratic pollster Mary Lake said no. Jim Fort spoke. They went to Crystal Lake.", nil,
			[]string{"name:Mary Lake", "name:Jim Fort", "pronoun:They", "place:Crystal Lake"}},
		{"a surname that is also a month or a modal, alone by a speech verb, is the person; a month is not",
			"Prime Minister Theresa May spoke. “We leave,” May said. “Yes,” said May. Talks began in May. Since May said nothing, we wait. He said May 5 was set.", nil,
			[]string{"name:Theresa May [Prime Minister]", "pronoun:We", "name:May", "name:May", "pronoun:we", "pronoun:He"}},
		{"a body's 'for' and 'and' join the field it names; a list of bodies stays two",
			"The Centers for Disease Control and Prevention agreed. The High Court of England and Wales ruled, and the Department of Health and Human Services spoke. The Department of Justice and the FBI declined. The Bank of America and NATO met.", nil,
			[]string{"organisation:Centers for Disease Control and Prevention", "organisation:High Court of England and Wales",
				"organisation:Department of Health and Human Services", "organisation:Department of Justice", "organisation:FBI",
				"organisation:Bank of America", "organisation:NATO"}},
		{"a hyphenated title is a title", "UN Secretary-General António Guterres spoke, and Vice-President Mike Pence left.", nil,
			[]string{"name:António Guterres [UN Secretary-General]", "name:Mike Pence [Vice-President]"}},
		{"a seat of government speaks for one; a cleric's title is a title",
			"Downing Street said no, and the Elysee agreed. Ayatollah Ali Khamenei warned them.", nil,
			[]string{"organisation:Downing Street", "organisation:Elysee", "name:Ali Khamenei [Ayatollah]", "pronoun:them"}},
		{"a word no list knows is a name by a tag verb or a cue with its particle",
			"“I'm the oldest,” said the girl, but Tarn cut in, “I am.” “Nonsense,” returned Quill.", nil,
			[]string{"name:Tarn", "pronoun:I", "name:Quill"}},
		{"'of the' and 'for the' go on inside a body's name and a title",
			"The U.S. Court of Appeals for the 3rd Circuit ruled. The Office of the Director of National Intelligence and the Department of the Interior agreed. Secretary of the Treasury Steven Mnuchin left.", nil,
			[]string{"organisation:U.S. Court of Appeals for the 3rd Circuit", "organisation:Office of the Director of National Intelligence",
				"organisation:Department of the Interior", "name:Steven Mnuchin [Secretary of the Treasury]"}},
		{"a title goes on over 'of' and a bare office ('Chief of Staff'), and over 'for' and capitals",
			"White House Chief of Staff John Kelly spoke. Undersecretary for Political Affairs Wendy Sherman left.", nil,
			[]string{"name:John Kelly [White House Chief of Staff]", "name:Wendy Sherman [Undersecretary for Political Affairs]"}},
		{"a partnership, a trust and a society are bodies",
			"The Mid Wales Tourism Partnership objected, and the National Trust and the Royal Society agreed.", nil,
			[]string{"organisation:Mid Wales Tourism Partnership", "organisation:National Trust", "organisation:Royal Society"}},
		{"a party and a title after an article describe, they do not name; an assemblywoman is titled",
			"A Republican Assemblywoman, Jill Tolles, spoke. Assemblywoman Claudia Tenney left.", nil,
			[]string{"name:Jill Tolles", "name:Claudia Tenney [Assemblywoman]"}},
		{"an interjection before a name is no part of it, but a state's initials before a title are",
			"“Ah Margaret!” said she. OK Gov Mary Fallin spoke.", nil,
			[]string{"name:Margaret", "pronoun:she", "name:Mary Fallin [OK Gov]"}},
		{"a common word in capitals is no body", "A campaign TV ad attacked the CEO, and NATO replied.", nil,
			[]string{"organisation:NATO"}},
		{"a participle after an opening mark begins a title, no name", "Donald Trump spoke. It began with a Web ad, “Playing Trump,” in which children play.", nil,
			[]string{"name:Donald Trump", "name:Trump"}},
		{"a title's word before a body's head alone names the body", "The Justice Department declined, and Justice Anthony Kennedy wrote.", nil,
			[]string{"organisation:Justice Department", "name:Anthony Kennedy [Justice]"}},
		{"two particles inside a name, and a particle opening a sentence", "Ursula von der Leyen spoke. Von der Leyen left. De Blasio said no.", nil,
			[]string{"name:Ursula von der Leyen", "name:Von der Leyen", "name:De Blasio"}},
		{"sports: a Dutch particle, a player's position as a role", "Erik ten Hag spoke, and Striker Marcus Rashford agreed.", nil,
			[]string{"name:Erik ten Hag", "name:Marcus Rashford [Striker]"}},
		{"a role noun capitalised before a given name is the role", "Columnist George Will wrote it.", nil,
			[]string{"name:George Will [Columnist]"}},
		{"a modal capitalised inside a sentence is a name, at its start a word", "Will it rain? Later, Will Smith spoke.", nil,
			[]string{"name:Will Smith"}},
		{"a state is a body, but a Secretary of State's title stays", "The Islamic State claimed it. Secretary of State John Kerry spoke.", nil,
			[]string{"organisation:Islamic State", "name:John Kerry [Secretary of State]"}},
		{"a common word that opens a place's name stays", "It cites a New York Times report. New York Gov. Andrew Cuomo agreed.", nil,
			[]string{"organisation:New York Times", "name:Andrew Cuomo [New York Gov.]"}},
		{"an organisation's 'HEAD of ...' is one name", "The American Federation of Teachers backed her. The Bank of America said no.", nil,
			[]string{"organisation:American Federation of Teachers", "pronoun:her", "organisation:Bank of America"}},
		{"a verb's form after a title in a headline is no name", "The Inspector Calls\n\nInspector Hale knocked.", nil,
			[]string{"name:Hale [Inspector]"}},
		{"in a headline a speech verb's form, or after a title a word the prose writes in lower case, ends a name",
			"Mike Pence Calls for Special Prosecutor\n\nWatch: President Obama Speech at Caucus Dinner\n\nHe gave a speech and calls for calm. Mike Pence said so.", nil,
			[]string{"name:Mike Pence", "name:Obama [President]", "pronoun:He", "name:Mike Pence"}},
		{"a place that is a given name too, before a title, is the title's", "Virginia Gov. Terry McAuliffe said so. Rep. Virginia Foxx said no.", nil,
			[]string{"name:Terry McAuliffe [Virginia Gov.]", "name:Virginia Foxx [Rep.]"}},
		{"a role noun or a party after other capitals, before a given name, ends the role", "House Republican Thomas Massie said on Tuesday that he would not vote for the bill, and Missouri Republican Roy Blunt said he agreed with him.", nil,
			[]string{"name:Thomas Massie [House Republican]", "pronoun:he", "name:Roy Blunt [Missouri Republican]", "pronoun:he", "pronoun:him"}},
		{"a building named after a body is a place", "Protesters marched past Bank of America Stadium while chanting, and Charlotte Mayor Jennifer Roberts said so.", nil,
			[]string{"place:Bank of America Stadium", "name:Jennifer Roberts [Charlotte Mayor]"}},
		{"a day named after someone is a day, and a holiday no name", "Since Labor Day she has been out every week campaigning for Barack Obama Election Day, the rally that Barack Obama said would matter most.", nil,
			[]string{"pronoun:she", "name:Barack Obama", "name:Barack Obama"}},
		{"a character after 'the' who speaks a line is a name", "“Wake up,” said the Dormouse. He warned the Fed against it, said the Fed chair.", nil,
			[]string{"name:Dormouse", "pronoun:He"}},
		{"a name called with words of fondness before it, twice, is a name",
			"The River\n\n“Come on, old Badger!” shouted Ratty. “Dear old Badger!” The Badger trotted off.", nil,
			[]string{"place:River", "name:Badger", "name:Ratty", "name:Badger", "name:Badger"}},
		{"one who 'put it' so speaks", "Bieber topped the chart. As Vulture put it, “Hello, it’s the Biebs.”", nil,
			[]string{"name:Vulture"}},
		{"one who found that something is so reports it", "Gun control is popular. In 2014, Pew found that “most Democrats favor it.” In May, Okafor found the hall empty, officials said.", nil,
			[]string{"name:Pew"}},
		{"one whose clause goes on to 'saying' speaks",
			"At the debate, Sanders compared himself to Clinton, saying, “I don’t get speaking fees.” Later Maple walked home, and rested.", nil,
			[]string{"name:Sanders", "pronoun:himself", "pronoun:I"}},
		{"one who goes on to say speaks", "The vote was close. Bryne went on to say, “From the bottom of my soul, I know this.”", nil,
			[]string{"name:Bryne", "pronoun:I"}},
		{"a short tagged line of names is no headline", "Chapter One\n\nThe two animals stood still.\n\n“Hullo, Mole!” said the Water Rat.", nil,
			[]string{"name:Water Rat"}},
		{"a post abroad is part of the title", "US Ambassador to Germany Richard Grenell alleged it. Japan's Ambassador to France confirmed.", nil,
			[]string{"name:Richard Grenell [US Ambassador to Germany]", "place:Japan", "place:France"}},
		{"so is a post at a body, named by initials or up to a given name",
			"Former US Ambassador to the UN Samantha Power agreed. Former US Ambassador to the United Nations Nikki Haley wrote it. The Ambassador to the Club said no.", nil,
			[]string{"name:Samantha Power [Former US Ambassador to the UN]", "name:Nikki Haley [Former US Ambassador to the United Nations]", "organisation:Club"}},
		{"so is a brief for a country", "US Special Representative for Iran Brian Hook said so.", nil,
			[]string{"name:Brian Hook [US Special Representative for Iran]"}},
		{"a cove is a place, though a speaker's line calls it", "“You are at the Admiral Benbow, Black Hill Cove, my good man,” said Jim Hawkins.", nil,
			[]string{"name:Benbow [Admiral]", "place:Black Hill Cove", "name:Jim Hawkins"}},
		{"a word lines call someone by twice is a name", "“She has been out looking for you, Pip.”\n\n“Oh, has she?”\n\n“Yes, Pip.” “Oh, no!”\n\n“Mama, come.” “Mama, no.” “Accounts.” “Accounts!”", nil,
			[]string{"pronoun:She", "name:Pip", "pronoun:she", "name:Pip"}},
		{"but not a state's abbreviation", "He lives in Fresno, Calif., where he works. She lives in Napa, Calif., too.", nil,
			[]string{"pronoun:He", "pronoun:he", "pronoun:She"}},
		{"the narrator's \"I\" after a word that is no given name ends a name",
			"It was about all the Latin I knew. From Norway I went to Paris.", nil,
			[]string{"pronoun:I", "place:Norway", "pronoun:I", "place:Paris"}},
		{"a dialect's \"I's\" ends a name", "“But Mars Tom I's powerful 'fraid,” said Jim.", nil,
			[]string{"name:Mars Tom", "pronoun:I", "name:Jim"}},
		{"a title's office is one body, but not a person's", "The Alachua Sheriff's Office tweeted it. Trump's Office spoke.", nil,
			[]string{"organisation:Alachua Sheriff's Office", "organisation:Trump"}},
		{"an adverb opening the sentence is no part of the name after it", "Finally Marilla Cuthbert spoke. Emily Dickinson wrote.", nil,
			[]string{"name:Marilla Cuthbert", "name:Emily Dickinson"}},
		{"an epithet opening the sentence is no part of the name, unless the text capitalises it inside", "Honest Jemima had all the bills. Young Kim spoke to Andy Young.", nil,
			[]string{"name:Jemima", "name:Young Kim", "name:Andy Young"}},
		{"a holiday is no person, whatever the model says", "A Carol\n\n“It is Christmas Eve,” said Scrooge.", fakeModel{"Christmas": "B-PERSON", "Eve": "I-PERSON"},
			[]string{"name:Scrooge"}},
		{"a month's abbreviation before a surname is a given name", "Former Arizona governor Jan Brewer spoke on Jan. 5.", nil,
			[]string{"name:Jan Brewer"}},
		{"a dateline is a place", "ORLANDO, Fla. (AP) — Barack Obama spoke. WASHINGTON — The senators agreed.", nil,
			[]string{"place:ORLANDO", "organisation:AP", "name:Barack Obama", "place:WASHINGTON"}},
		{"a given name and a people's name is a person", "Mark Cuban spoke. Cuban also said no. North Korean troops massed.", nil,
			[]string{"name:Mark Cuban", "name:Cuban"}},
		{"a day after a name is no part of it", "Sen. Ted Cruz Wednesday said no. Theresa May agreed.", nil,
			[]string{"name:Ted Cruz [Sen.]", "name:Theresa May"}},
		{"a name set off after a word for a person", "Her nephew, Giles, stood by the window.", nil,
			[]string{"pronoun:Her", "name:Giles"}},
		{"sentence-initial word is not a name", "Following the talks, nothing changed.", nil, nil},
		{"in title case a verb or a conjunction ends a name",
			"Why Sanders Is Not Winning\n\nBernie Sanders said no.", nil,
			[]string{"name:Sanders", "name:Bernie Sanders"}},
		{"neither and either open no name", "Neither Alan Grayson nor his aides answered. Either Ann Lee or Mary Dunn will.", nil,
			[]string{"name:Alan Grayson", "pronoun:his", "name:Ann Lee", "name:Mary Dunn"}},
		{"given name makes a person", "Later, Elena Marsh left.", nil, []string{"name:Elena Marsh"}},
		{"model decides an unknown name", "Then Yuki Tanabe said no.", fakeModel{"Yuki": "B-PERSON", "Tanabe": "I-PERSON"},
			[]string{"name:Yuki Tanabe"}},
		{"model's place", "He said the town of Elsewhere Vale was calm.", fakeModel{"Elsewhere": "B-GPE"}, []string{"pronoun:He", "place:Elsewhere Vale"}},
		{"a speaker needs no model", "Then Yuki Tanabe said no.", nil, []string{"name:Yuki Tanabe"}},
		{"a contraction is no name", "“I'll go,” he said. “You've told me.”", nil, []string{"pronoun:he"}},
		{"the model is not asked where no one speaks", "Then Yuki Tanabe left.", fakeModel{"Yuki": "B-PERSON", "Tanabe": "I-PERSON"}, nil},
		{"surname after full name", "Sergei Lavrov arrived. Later Lavrov left.", nil,
			[]string{"name:Sergei Lavrov", "name:Lavrov"}},
		{"headline words count only as known names",
			"Putin's Ministers Ejected From Negotiation Room\n\nPresident Vladimir Putin arrived.", nil,
			[]string{"name:Putin", "name:Vladimir Putin [President]"}},
		{"pronouns", "He said she would come.", nil, []string{"pronoun:He", "pronoun:she"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c Classifier
			if tt.model != nil {
				c = tt.model
			}
			got := find(tt.text, c)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mentions in %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestProseLabelsPeople(t *testing.T) {
	labels := Prose{}.Labels("Foreign Minister Sergei Lavrov met reporters.")
	if !strings.HasSuffix(labels["Lavrov"], "PERSON") {
		t.Errorf("prose labels %v, want Lavrov as a person", labels)
	}
}

func TestOnlyTitleWords(t *testing.T) {
	for _, tt := range []struct {
		words []string
		want  bool
	}{
		{[]string{"Republican", "Assemblywoman"}, true},
		{[]string{"Vice", "President"}, true},
		{[]string{"Homeland", "Security"}, false}, // a body's words, no title's head
		{[]string{"Republican", "Sheila"}, false},
	} {
		if got := onlyTitleWords(tt.words); got != tt.want {
			t.Errorf("onlyTitleWords(%q) = %v, want %v", tt.words, got, tt.want)
		}
	}
}
