package attribution

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/internal/entities"
	"github.com/whosaid/whosaid/internal/news"
	"github.com/whosaid/whosaid/internal/quotes"
	"github.com/whosaid/whosaid/internal/roles"
	"github.com/whosaid/whosaid/internal/segment"
)

// attribute runs the stages before this one, without prose's model, so
// that the rules here are tested on their own.
func attribute(text string) *news.Document {
	doc := &news.Document{Text: text}
	segment.Split(doc)
	entities.Find(doc, nil)
	roles.Find(doc)
	quotes.Find(doc)
	Attribute(doc)
	return doc
}

// who renders each quote as "text => speaker (rule)".
func who(doc *news.Document) []string {
	var out []string
	for _, q := range doc.Quotes {
		sp := "?"
		if q.Speaker >= 0 {
			sp = doc.People[q.Speaker].Name
		}
		out = append(out, q.In(doc.Text)+" => "+sp+" ("+q.Rule+")")
	}
	return out
}

func TestAttribute(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"name then cue after the quote", "“We will win,” Sergei Lavrov said.",
			[]string{"We will win, => Sergei Lavrov (cue-adjacent)"}},
		{"cue then name after the quote", "“We will win,” said Sergei Lavrov.",
			[]string{"We will win, => Sergei Lavrov (cue-adjacent)"}},
		{"short name resolved to the full one", "Sergei Lavrov arrived. “We will win,” Lavrov said.",
			[]string{"We will win, => Sergei Lavrov (cue-adjacent)"}},
		{"pronoun", "Sergei Lavrov arrived late. “We will win,” he said.",
			[]string{"We will win, => Sergei Lavrov (cue-adjacent)"}},
		{"a pronoun opening the clause a speech verb reports is its subject, if it names or brings in someone",
			"Donald Trump spoke in Cleveland. One California delegate said he tried to give away passes to the convention. He was unable to find a taker, he said, on condition of anonymity to speak freely about his party’s nominee. “Not even one,” he said.",
			[]string{"he tried to give away passes to the convention => California delegate (reported-clause)", "Not even one, => California delegate (cue-adjacent)"}},
		{"a clause opening the sentence does not displace the main clause's subject, named after its comma",
			"Hillary Clinton spoke to Rachel Maddow. Maddow said she was curious. When Maddow pointed out that Sanders refers to it as “Medicare for all,” Clinton seized upon the reference, repeating her line. “Medicare for all is not the same,” she said.",
			[]string{"she was curious => Rachel Maddow (reported-clause)", "Medicare for all, => Rachel Maddow (cue-adjacent)", "Medicare for all is not the same, => Hillary Clinton (cue-adjacent)"}},
		{"the main clause's pronoun after an opening clause is that clause's subject",
			"Marco Rubio and John Kasich said nothing. Ted Cruz spoke at a rally. Though he did not name Rubio or Kasich, he made it clear. He asked them to “prayerfully consider” the future.",
			[]string{"prayerfully consider => Ted Cruz (cue-adjacent)"}},
		{"an object of unknown gender in the pronoun's sentence does not end the search",
			"Carrier said it would move jobs. Mark Weddle, 55, started work at Carrier 24 years ago. “I have family in Mexico,” he said. But when it comes to Carrier, “we've all worked hard,” he said.",
			[]string{"it would move jobs => Carrier (reported-clause)", "I have family in Mexico, => Mark Weddle (cue-adjacent)", "we've all worked hard, => Mark Weddle (cue-adjacent)"}},
		{"a name a participle governs inside a description is no subject; the name beside it is",
			"Ted Cruz won. One pastor visiting Mr. Cruz, Darran Whiting of Liberty Baptist Church, said: “Find your polling place.”",
			[]string{"Find your polling place. => Darran Whiting (cue-adjacent)"}},
		{"a name whose appositive's closing comma is missing speaks, not the office after it",
			"Erwin Chemerinsky, Dean of UC Berkeley School of Law called it “a truly silly argument.” John Smith, a spokesman for the agency said “we are reviewing it.” Hillary Clinton, a top aide said, “is very confident in the contrast” with Trump.",
			[]string{"a truly silly argument. => Erwin Chemerinsky (cue-adjacent)", "we are reviewing it. => John Smith (cue-adjacent)", "is very confident in the contrast => top aide (cue-adjacent)"}},
		{"a verb joined by a comma and 'and' shares the main clause's subject, not the nearest clause's",
			"Brock Pierce said he was embarrassed by the questions politicians asked tech leaders, and argued the nation needs “visionary leadership.” Marco Rubio called Putin and said he was “a gangster.”",
			[]string{"he was embarrassed by the questions politicians asked tech leaders => Brock Pierce (reported-clause)", "visionary leadership. => Brock Pierce (cue-adjacent)", "a gangster. => Marco Rubio (cue-adjacent)"}},
		{"the object of 'of' or 'about' before an -ing cue does what it says",
			"Ben Carson spoke. What do you think of Carson privately saying “pray for him” in response? The movie depicts one of the security contractors asking, “For what?”",
			[]string{"pray for him => Ben Carson (cue-adjacent)", "For what? => security contractors (cue-adjacent)"}},
		{"a cue inside a clause of time or condition after a quote is that clause's, one after its comma the quote's",
			"The ad ends with footage of Donald Trump saying during the debate, “That makes me smart,” when Hillary Clinton objected. “It would seal the deal” if she won, said David Wasserman.",
			[]string{"That makes me smart, => Donald Trump (cue-adjacent)", "It would seal the deal => David Wasserman (cue-adjacent)"}},
		{"a name whose people and title follow a preposition is its object",
			"Rep. Adam Schiff called on President Obama to act.\n\nThis week, the president declined to threaten Moscow.\n\n“We have had problems with cyber intrusions from Russia in the past,” Obama said after meeting with Russian President Vladimir Putin. He did not suggest retaliation. “Our goal is not to duplicate a cycle of escalation.”",
			[]string{"President Obama to act => Adam Schiff (reported-clause)", "to threaten Moscow => Obama (reported-clause)", "We have had problems with cyber intrusions from Russia in the past, => Obama (cue-adjacent)",
				"Our goal is not to duplicate a cycle of escalation. => Obama (split-continuation)"}},
		{"a crowd and protesters speak in chants",
			"Mayor Jennifer Roberts set a curfew. Protesters marching through the streets chanted “What curfew?” When Trump came, the crowd chanted “Lock her up!”",
			[]string{"What curfew? => Protesters (cue-adjacent)", "Lock her up! => crowd (cue-adjacent)"}},
		{"a description said of a pronoun is no antecedent", "Tom Okafor came home late. He was a tired man. “No,” he said.",
			[]string{"No, => Tom Okafor (cue-adjacent)"}},
		{"a pronoun prefers the subject of the sentence before to its object",
			"Michael Makuei, the information minister, paid tribute to John Luk Jok. He said on the radio “It is a great loss.”",
			[]string{"It is a great loss. => Michael Makuei (cue-adjacent)"}},
		{"a subject whose gender no list knows beats a man who is only an object in its sentence",
			"Florida developer Mel Sembler grew pale at the thought of Donald Trump as the nominee. “I now fear it may happen,” he told the Times.",
			[]string{"I now fear it may happen, => Mel Sembler (cue-adjacent)"}},
		{"but not a name further into the sentence, where it may be an object or a clause's subject",
			"George Zimmerman sold the gun. Officer Timothy Smith holds up the gun as Dr. Trayvon Martin looks on at the trial that led to Zimmerman's acquittal. “The firearm is functional,” he added.",
			[]string{"The firearm is functional, => George Zimmerman (cue-adjacent)"}},
		{"a sentence that opens with its source gives it every quote with no cue of its own",
			"According to his doctor, Trump had “astonishingly excellent” results, shows “extraordinary” strength, and “will be the healthiest president.”",
			[]string{"astonishingly excellent => doctor (according-to)", "extraordinary => doctor (according-to)", "will be the healthiest president. => doctor (according-to)"}},
		{"a fragment inside what an outer 'said' reports is that speaker's report",
			"Rep. Steve Israel said Clinton called on members to be “closely coordinated.” While not everything Trump says is true, Kathleen Jamieson said Trump is “telling his supporters what they want.”",
			[]string{"closely coordinated. => Steve Israel (cue-adjacent)", "telling his supporters what they want. => Kathleen Jamieson (cue-adjacent)"}},
		{"verbs of attack report what they attack with",
			"The confrontation between Donald Trump and the Khan family echoes June, when Trump assailed a federal judge for his “Mexican heritage.”",
			[]string{"Mexican heritage. => Donald Trump (cue-adjacent)"}},
		{"a name after 'the' is a thing, no subject that beats a woman who is an object",
			"Volvo said the car was safe.\n\nIt was found that the Volvo had come from the base, and police spoke with Anne Sacoolas. She informed police “that she had no plans to leave.”",
			[]string{"the car was safe => Volvo (reported-clause)", "the Volvo had come from the base => ? ()", "that she had no plans to leave. => Anne Sacoolas (cue-adjacent)"}},
		{"a name before a noun for words owns them, but not an act",
			"Artists said they learned from failure. They cited the Chuck Jones quote that “every artist has thousands of bad drawings,” and went on. Fans of the group were sharing news of the Nice attack and “celebrating the massacre.”",
			[]string{"they learned from failure => Artists (reported-clause)", "every artist has thousands of bad drawings, => Chuck Jones (speech-noun)",
				"celebrating the massacre. => Fans of the group (nearest-subject)"}},
		{"a sentence that opens in a document is its maker's",
			"In a Des Moines Register poll last month, Mr. Cruz had a 10-point lead.",
			[]string{"Mr. Cruz had a 10-point lead => Des Moines Register (according-to)"}},
		{"the source is the name, not the body in its title",
			"According to Samoa Observer editor Keni Lesa, the movement was able to “really hammer home their message.”",
			[]string{"really hammer home their message. => Keni Lesa (according-to)"}},
		{"a partial quote in what an owned claim says is the owner's, whatever verb stands before",
			"Mike Pence blamed the media for the fuss over Donald Trump’s claim that Barack Obama “founded ISIS,” saying little.",
			[]string{"founded ISIS, => Donald Trump (speech-noun)"}},
		{"but not one the sentence says of the claim after its clause",
			"Catherine Frazier said that Marco Rubio's claim that Cruz favors amnesty is “simply not true.”",
			[]string{"simply not true. => Catherine Frazier (cue-adjacent)"}},
		{"a transcript's line is its label's, in marks or not, and holds no clause of its own",
			"Fallin on the campaign\n\nGov. Mary Fallin of Oklahoma sat down with the host Jake Tapper in May for an hour on the air in Washington.\n\nTAPPER: Do you think he campaigned as a healer?\n\nFALLIN: I think he is trying. He said it was hard.\n\n“PENCE: Well, look, it is an episode.”\n\nAP: Trump chair routed money.",
			[]string{"Do you think he campaigned as a healer? => Jake Tapper (transcript-label)",
				"I think he is trying. He said it was hard. => Mary Fallin (transcript-label)",
				"Well, look, it is an episode. => PENCE (transcript-label)"}},
		{"an owner after a trailing cue qualifies the speaker after it, unless it owns the words",
			"The warnings mounted. “Gun owners should leave their weapons at home,” opined Cleveland's Plain Dealer. “Men and women are now alike,” reads Judge Gray Miller's statement.",
			[]string{"Gun owners should leave their weapons at home, => Plain Dealer (cue-adjacent)", "Men and women are now alike, => Gray Miller (cue-adjacent)"}},
		{"a description that reports a clause first is someone new, not the one man who spoke before",
			"The Cart\n\n\"Is it far?\" asked Peter.\n\n\"Not far,\" said Mother.\n\n\"I am cold,\" said Peter.\n\n\"So am I,\" said Phyllis.\n\n\"Hush!\" said Mother.\n\nThe man who drove the cart said he expected the woman had gone home.\n\n\"You see your train was that late,\" said the man.",
			[]string{"Is it far? => Peter (cue-adjacent)", "Not far, => Mother (cue-adjacent)", "I am cold, => Peter (cue-adjacent)",
				"So am I, => Phyllis (cue-adjacent)", "Hush! => Mother (cue-adjacent)", "he expected the woman had gone home => man (reported-clause)",
				"You see your train was that late, => man (cue-adjacent)"}},
		{"a part of the people after 'said' speaks for them",
			"Aides met on Monday. “There won't be a path,” said one of those advisers, who spoke on the condition of anonymity.",
			[]string{"There won't be a path, => advisers (cue-adjacent)"}},
		{"the object of a relative clause before the cue is not its subject",
			"Advisers who have run the numbers argue that Clinton will win.",
			[]string{"Clinton will win => Advisers (reported-clause)"}},
		{"but a thing a clause with 'that' hangs from is no speaker either",
			"The group posted a message on Twitter that showed Islamic State fighters warning of an “atrocity” if Britain stayed.",
			[]string{"atrocity => Islamic State (cue-adjacent)"}},
		{"a title of a body after a name's comma is the name's",
			"Anthony Anton, president and CEO of Washington Restaurant Association stated, “It is a math problem.”",
			[]string{"It is a math problem. => Anthony Anton (cue-adjacent)"}},
		{"and takes no preposition's object for the subject",
			"Preceded at the lectern by Joe Arpaio, Donald Trump spoke of crime. “We will build a wall!” he said.",
			[]string{"We will build a wall! => Donald Trump (cue-adjacent)"}},
		{"pronoun by gender", "Elena Marsh met Tom Okafor. “No,” she said.",
			[]string{"No, => Elena Marsh (cue-adjacent)"}},
		{"split quote, one speaker",
			"“No, we have a protocol,” the North Korean official says in Russian. “We invite you to the table.”",
			[]string{"No, we have a protocol, => North Korean official (cue-adjacent)",
				"We invite you to the table. => North Korean official (split-continuation)"}},
		{"colon introduction", "A representative of the Russian delegation asks in response: “Why did we come in, then?”",
			[]string{"Why did we come in, then? => representative of the Russian delegation (cue-adjacent)"}},
		{"colon with no verb", "Elena Marsh, on the closure: “It had to be done.”",
			[]string{"It had to be done. => Elena Marsh (colon-intro)"}},
		{"partial with its cue before", "Kim Jong Un called Vladimir Putin the “dearest friend of the Korean people.”",
			[]string{"dearest friend of the Korean people. => Kim Jong Un (cue-adjacent)"}},
		{"participle takes the sentence's subject",
			"Vladimir Putin thanked his host Kim Jong Un, saying Moscow valued the “consistent” support.",
			[]string{"consistent => Vladimir Putin (cue-adjacent)"}},
		{"according to, before a quote", "According to Tom Okafor, “The plan was never going to work,” presumably because of the money.",
			[]string{"The plan was never going to work, => Tom Okafor (according-to)"}},
		{"according to", "The plan failed, according to Tom Okafor.",
			[]string{"The plan failed => Tom Okafor (according-to)"}},
		{"reported clause", "Sergei Lavrov was complaining that he had gotten dirty.",
			[]string{"he had gotten dirty => Sergei Lavrov (reported-clause)"}},
		{"reported clause after an appositive", "Dana Whitfield, the president of the union, said the strike would go on.",
			[]string{"the strike would go on => Dana Whitfield (reported-clause)"}},
		{"reported clause around an inverted attribution", "The contrast with Trump, said Jim Doyle, would be clear.",
			[]string{"The contrast with Trump => Jim Doyle (reported-clause)", "would be clear => Jim Doyle (reported-clause)"}},
		{"unnamed speaker referred back to",
			"A North Korean official can be heard. “Stop,” the official says.",
			[]string{"Stop, => North Korean official (cue-adjacent)"}},
		{"quote-only paragraph goes on from the one before",
			"“We will win,” Tom Okafor said.\n\n“Nobody can stop us.”",
			[]string{"We will win, => Tom Okafor (cue-adjacent)", "Nobody can stop us. => Tom Okafor (paragraph-continuation)"}},
		{"long quote over paragraphs", "“The first part.\n\n“The second part,” Elena Marsh said.",
			[]string{"The first part. => Elena Marsh (paragraph-continuation)", "The second part, => Elena Marsh (cue-adjacent)"}},
		{"paragraph ending in a colon", "In a 1963 speech, Tom Okafor declared:\n\n“Segregation forever.”",
			[]string{"Segregation forever. => Tom Okafor (colon-intro)"}},
		{"a noun is not a cue", "The union’s demands were “absurd,” Martin Grell said.",
			[]string{"absurd, => Martin Grell (cue-adjacent)"}},
		{"an organisation speaks as itself", "“We disagree,” the Washington Post said.",
			[]string{"We disagree, => Washington Post (cue-adjacent)"}},
		{"an organisation in a role is not the speaker", "“No comment,” Kremlin spokesman Dmitry Peskov said.",
			[]string{"No comment, => Dmitry Peskov (cue-adjacent)"}},
		{"a possessor is not the subject", "Iowa State University's Dianne Bystrom agreed: “It is late.”",
			[]string{"It is late. => Dianne Bystrom (cue-adjacent)"}},
		{"a subject pronoun after a conjunction is no object",
			"Ben Jealous told The Huffington Post before he spoke that it was up to Clinton “in the way Obama did.”",
			[]string{"in the way Obama did. => Ben Jealous (cue-adjacent)"}},
		{"a preposition's object is no subject",
			"In an interview with CNN, Tom Okafor questioned the plan, saying it could not “make deals.”",
			[]string{"the plan => Tom Okafor (reported-clause)", "make deals. => Tom Okafor (cue-adjacent)"}},
		{"a pronoun after the cue is its subject, and a name after 'to' is spoken to",
			"“Stop!” cried Jemima, rushing to the gate. “It is some sandwiches, my dear,” said she to Amelia.",
			[]string{"Stop! => Jemima (cue-adjacent)", "It is some sandwiches, my dear, => Jemima (cue-adjacent)"}},
		{"a number or a group of people speaks for them, as one of them does",
			"A number of senators condemned the act, citing the move as a “grave abuse of power”. A group of rabbis vowed to boycott the speech.",
			[]string{"the act => senators (reported-clause)", "grave abuse of power => senators (cue-adjacent)", "to boycott the speech => rabbis (reported-clause)"}},
		{"a description first met adding to a named speaker's line is that speaker; one that says brings someone new",
			"“The ice shelves melt fastest at their weakest points,” said study co-author Karen Alley. The Wooster professor added, “We do not yet know how much.” " +
				"“It is cold,” said Tom Reed. The spokesman said, “Nothing has changed.”",
			[]string{"The ice shelves melt fastest at their weakest points, => Karen Alley (cue-adjacent)", "We do not yet know how much. => Karen Alley (cue-adjacent)",
				"It is cold, => Tom Reed (cue-adjacent)", "Nothing has changed. => spokesman (cue-adjacent)"}},
		{"'as X put it' right after a fragment attributes it, over a cue further back",
			"A number of other members of Congress echo her concerns, because the requirement is a “lawful source of investment income,” as a Homeland Security memo put it.",
			[]string{"her concerns => other members of Congress (reported-clause)", "lawful source of investment income, => Homeland Security (cue-adjacent)"}},
		{"a share of the people speaks for them",
			"In Ohio, 62 percent of voters say the economy is weak. A third of Democrats want a switch to more liberal policies.",
			[]string{"the economy is weak => voters (reported-clause)", "a switch to more liberal policies => Democrats (reported-clause)"}},
		{"a share of those polled, named by its size alone, speaks",
			"Six in 10 say he is decisive. Thirty-seven percent would vote for Sanders, while only four percent would vote for O'Malley. " +
				"Among those polled, most are planning to support Clinton.",
			[]string{"he is decisive => Six in 10 (reported-clause)", "Sanders => Thirty-seven percent (reported-clause)",
				"O'Malley => Only four percent (reported-clause)", "to support Clinton => Most (reported-clause)"}},
		{"a broadside or a rejection is its owner's words",
			"Hillary Clinton spoke. But Clinton’s broadside against “printing money” leaves room. It was Barack Obama's lyrical rejection of “a politics of cynicism” that won.",
			[]string{"printing money => Hillary Clinton (speech-noun)", "a politics of cynicism => Barack Obama (speech-noun)"}},
		{"the owner before a fragment that names a comment after it said it",
			"Mitt Romney spoke. Mitt Romney’s “47 percent” comment was nearly as dismissive as Paul Ryan’s plan.",
			[]string{"47 percent => Mitt Romney (speech-noun)"}},
		{"a sentence that opens on whose view it gives is theirs",
			"Professor Brigid Harrison watched the speech. To Harrison, Gov. Chris Christie looked “sad and defeated” on stage. To date, the plan is “on track,” said the mayor.",
			[]string{"sad and defeated => Brigid Harrison (according-to)", "on track, => mayor (cue-adjacent)"}},
		{"'the father' and 'the mother' are the text's one couple",
			"Judge Bernard Schwartz sentenced David and Louise Turpin. David Turpin was also charged. The father said “I love my children.” The mother said “I am sorry.”",
			[]string{"I love my children. => David Turpin (cue-adjacent)", "I am sorry. => Louise Turpin (cue-adjacent)"}},
		{"a title with 'of'", "Former Secretary of State Madeleine Albright urged women to vote, saying, “There is a special place in hell.”",
			[]string{"women to vote => Madeleine Albright (reported-clause)", "There is a special place in hell. => Madeleine Albright (cue-adjacent)"}},
		{"according to, further in", "“No crime,” according to a court document filed by state attorney Dave Aronberg.",
			[]string{"No crime, => Dave Aronberg (according-to)"}},
		{"whatever speaks is a speaker", "“We have always sought a balance,” the company said.",
			[]string{"We have always sought a balance, => company (cue-adjacent)"}},
		{"speakers take turns in a quick exchange",
			"\"Tea?\" said Martha Quill.\n\n\"A bed,\" the stranger answered.\n\n\"There's the chair.\"\n\n\"That will do.\"",
			[]string{"Tea? => Martha Quill (cue-adjacent)", "A bed, => stranger (cue-adjacent)",
				"There's the chair. => Martha Quill (dialogue-turn)", "That will do. => stranger (dialogue-turn)"}},
		{"the one spoken to answers",
			"'Come in, Harriet Vane,' said the parson.\n\n'Thank you, sir.'",
			[]string{"Come in, Harriet Vane, => parson (cue-adjacent)", "Thank you, sir. => Harriet Vane (addressed-reply)"}},
		{"the one spoken to does not speak",
			"\"Tea?\" said Martha Quill.\n\n\"A bed,\" the stranger answered.\n\n\"Sit down, Martha Quill.\"",
			[]string{"Tea? => Martha Quill (cue-adjacent)", "A bed, => stranger (cue-adjacent)",
				"Sit down, Martha Quill. => stranger (paragraph-continuation)"}},
		{"she is the woman, not the nearer stranger",
			"Martha Quill watched the stranger climb the rocks. She laughed. 'Sorry,' she said.",
			[]string{"Sorry, => Martha Quill (cue-adjacent)"}},
		{"a comma in the marks and a saying verb right after beat a cue before",
			"Tom Okafor cannot say that “from his perspective,” Elena Marsh added.",
			[]string{"from his perspective, => Elena Marsh (cue-adjacent)"}},
		{"a chain of appositives opens with the speaker",
			"“Both scare me,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said.",
			[]string{"Both scare me, => Harry Bond (cue-adjacent)"}},
		{"a participle's object is no speaker",
			"Tom Okafor hailed the vote as “fantastic,” telling reporters it was a great thing.",
			[]string{"fantastic, => Tom Okafor (cue-adjacent)", "it was a great thing => Tom Okafor (reported-clause)"}},
		{"a pronoun repeating the attribution is the sentence's subject",
			"Spokesman Rick Tyler said that voters trust Elena Marsh and Tom Okafor to have “guiding principles,” he said.",
			[]string{"guiding principles, => Rick Tyler (cue-adjacent)"}},
		{"a verb joined by 'and' shares the subject of the cue before it",
			"Republicans chimed in, with Tom Okafor tweeting that it was a disaster and asking, “How can she lead?”",
			[]string{"How can she lead? => Tom Okafor (cue-adjacent)"}},
		{"a cue after the quote joined by 'and' shares the sentence's subject; the name after it is its object",
			"Tom Okafor met Obama. Okafor has used the phrase “radical renewal” often, and criticized Obama.",
			[]string{"radical renewal => Tom Okafor (sentence-cue)", "Obama => Tom Okafor (reported-clause)"}},
		{"a place's name in a subject no one names is the phrase's, 'New' and all",
			"Hillary Clinton spoke. The New York businessman says of Clinton, “She will sell the office.”",
			[]string{"She will sell the office. => New York businessman (cue-adjacent)"}},
		{"an adverb of frequency between a subject no one names and its cue",
			"At home, Mexicans often say, “Poor Mexico, so far from God.”",
			[]string{"Poor Mexico, so far from God. => Mexicans (cue-adjacent)"}},
		{"manner-of-speaking verbs are cues: the inverted subject after one speaks",
			"Tom Hale came in. “Come here,” panted the girl. “Now,” wheezed the old man. “Why?” Tom Hale blurted.",
			[]string{"Come here, => girl (cue-adjacent)", "Now, => old man (cue-adjacent)", "Why? => Tom Hale (cue-adjacent)"}},
		{"of two titled alike, 'the senator' is the one spoken of last",
			"Sen. Ann Wu and Sen. Bo Lee met on Monday. Wu spoke first. “We agree,” the senator said.",
			[]string{"We agree, => Ann Wu (cue-adjacent)"}},
		{"a line's tag after a long opening clause is its own, and its second half's",
			"Tom Hale came to the inn. “Which way is he gone?” And when I had pointed out the rock, and answered a few other questions, “Ah,” said he, “this will do.”",
			[]string{"Which way is he gone? => Tom Hale (nearest-subject)", "the rock => narrator (reported-clause)", "Ah, => Tom Hale (cue-adjacent)", "this will do. => Tom Hale (split-continuation)"}},
		{"'was X’s inquiry' after a line names its speaker, past the noun's qualifiers and a title",
			"Sir Walter Elliot sat with Mr Shepherd. “Very true, very true,” was Mr Shepherd’s rejoinder. Anne Elliot came in. “And who is Admiral Croft?” was Sir Walter’s cold suspicious inquiry.",
			[]string{"Very true, very true, => Shepherd (speech-noun)", "And who is Admiral Croft? => Walter Elliot (speech-noun)"}},
		{"a paragraph ending on 'X’s remark was—' gives the next line to X",
			"Sir Walter Elliot sat with Anne. “Very true,” said Anne. But Sir Walter’s remark was, soon afterwards—\n\n“The profession has its utility.”",
			[]string{"Very true, => Anne (cue-adjacent)", "The profession has its utility. => Walter Elliot (colon-intro)"}},
		{"'her father' is the one she was brought in as the daughter of",
			"The parson knocked at the door. Thomas Whitlow let him in, and his daughter Ruth set a cup on the table.\n\n“I will go down with a lantern,” said Ruth.\n\n“You will stay here,” said her father.",
			[]string{"I will go down with a lantern, => Ruth (cue-adjacent)", "You will stay here, => Thomas Whitlow (cue-adjacent)"}},
		{"words a possessive pronoun owns are its referent's",
			"Mr. Beebe sat down beside Lucy. “Don’t neglect the country round,” his advice concluded. “Drive up to Fiesole.”",
			[]string{"Don’t neglect the country round, => Beebe (cue-adjacent)", "Drive up to Fiesole. => Beebe (split-continuation)"}},
		{"a stretch of time before a cue does not speak",
			"Tom Hale sat down. He seemed thoughtful, and after a few moments added: “It will do.”",
			[]string{"He seemed thoughtful => ? (hedged-claim)", "It will do. => Tom Hale (cue-adjacent)"}},
		{"a participle after 'by' shares the sentence's subject",
			"Tom Okafor rallied supporters by warning that “the right is in danger.”",
			[]string{"the right is in danger. => Tom Okafor (cue-adjacent)"}},
		{"as X put it", "As John Cornyn, the No. 2 in the leadership, put it: “This person will not be confirmed.”",
			[]string{"This person will not be confirmed. => John Cornyn (cue-adjacent)"}},
		{"a body named with its noun", "The Clinton campaign, in a Q&A, worded it carefully: “Her emails were preserved.”",
			[]string{"Her emails were preserved. => Clinton campaign (colon-intro)"}},
		{"a quantifier names no one", "Tom Okafor spoke first. Many believe that the bridge is safe.",
			[]string{"the bridge is safe => ? ()"}},
		{"a possessed body speaks", "Sanders' team said the committee broke the rules.",
			[]string{"the committee broke the rules => Sanders' team (reported-clause)"}},
		{"an action after a quote tells who spoke", "Harriet Vane came in.\n\n'Very well.' Harriet turned to go.",
			[]string{"Very well. => Harriet Vane (action-beat)"}},
		{"turns pass over narration between them",
			"'Tea?' said Martha Quill.\n\n'A bed,' the stranger answered.\n\nShe stood by the fire.\n\n'Where from?' asked Martha Quill.\n\n'The mainland.'",
			[]string{"Tea? => Martha Quill (cue-adjacent)", "A bed, => stranger (cue-adjacent)",
				"Where from? => Martha Quill (cue-adjacent)", "The mainland. => stranger (dialogue-turn)"}},
		{"a show's name after 'told' is no speech", "Carly Fiorina told “Fox and Friends,” that he was fair game.",
			[]string{"Fox and Friends, => ? ()"}},
		{"nor a headline set before its writer's name",
			"BROADWAY BEAT—“Sam Mendes leaves the show,” by Times' Michael Paulson: “Sam Mendes is withdrawing as director.” “It was fun,” by all accounts, said Tom Okafor.",
			[]string{"Sam Mendes leaves the show, => ? ()", "Sam Mendes is withdrawing as director. => Michael Paulson (colon-intro)", "It was fun, => Tom Okafor (cue-adjacent)"}},
		{"nor one that ends the sentence with its full stop inside the marks",
			"“She made it up,” Trump said in an interview with “Fox News Sunday.” Clinton told Tom Okafor, “I did.”",
			[]string{"She made it up, => Trump (cue-adjacent)", "Fox News Sunday. => ? ()", "I did. => Clinton (cue-adjacent)"}},
		{"but one word so set may be an exclamation", "Ebenezer Scrooge, having no better answer ready, said, “Bah!” again; and followed it up with “Humbug.”",
			[]string{"Bah! => Ebenezer Scrooge (cue-adjacent)", "Humbug. => Ebenezer Scrooge (sentence-cue)"}},
		{"a description said of an object pronoun is no one a 'he' stands for",
			"Sherlock Holmes took his bottle down.\n\n“Well,” said Holmes.\n\nThere was that in his air which made him the last man one would cross.\n\n“It is cocaine,” he said.",
			[]string{"Well, => Sherlock Holmes (cue-adjacent)", "It is cocaine, => Sherlock Holmes (cue-adjacent)"}},
		{"a 'he' nothing near names is the last man who spoke",
			"Sherlock Holmes sat down by the fire.\n\n“Which is it to-day?” I asked.\n\n“It is cocaine,” said Holmes.\n\n“No, indeed,” I answered.\n\n" +
				"I said nothing more for a while. The rain beat upon the window.\n\nI thought of the campaign.\n\nThe fire had sunk to a red glow.\n\n“Why, hardly,” he answered.",
			[]string{"Which is it to-day? => narrator (cue-adjacent)", "It is cocaine, => Sherlock Holmes (cue-adjacent)",
				"No, indeed, => narrator (cue-adjacent)", "Why, hardly, => Sherlock Holmes (cue-adjacent)"}},
		{"a story told inside a story is its teller's, paragraph after paragraph, whoever it quotes or calls",
			"“What is your trade?” asked Holmes.\n\n“I keep a small shop,” said Jabez Wilson. “It does not pay much.\n\n" +
				"“The first thing that put us out was a notice. My assistant came down with the paper, and he says:\n\n" +
				"“‘I wish to the Lord, Mr. Wilson, that I had red hair.’\n\n“‘Why that?’ I asks.\n\n“‘Why,’ says he, ‘there is a place open.’”\n\n“Go on,” said Holmes.",
			[]string{"What is your trade? => Holmes (cue-adjacent)", "I keep a small shop, => Jabez Wilson (cue-adjacent)",
				"It does not pay much. => Jabez Wilson (split-continuation)",
				"The first thing that put us out was a notice. My assistant came down with the paper, and he says: => Jabez Wilson (paragraph-continuation)",
				"‘I wish to the Lord, Mr. Wilson, that I had red hair.’ => Jabez Wilson (paragraph-continuation)",
				"‘Why that?’ I asks. => Jabez Wilson (paragraph-continuation)",
				"‘Why,’ says he, ‘there is a place open.’ => Jabez Wilson (paragraph-continuation)", "Go on, => Holmes (cue-adjacent)"}},
		{"a line named after its close by the speech noun of its owner: 'was my reply', 'came his answer'",
			"Heathcliff stood by the fire. I knocked at the door.\n\n“Who is there?” asked Heathcliff.\n\n“I have shown no disrespect,” was my reply.\n\n“Sit down, then,” came his answer.",
			[]string{"Who is there? => Heathcliff (cue-adjacent)", "I have shown no disrespect, => narrator (speech-noun)", "Sit down, then, => Heathcliff (speech-noun)"}},
		{"a line that gives its speaker's name outweighs the scene's guess, and so does the rest of its paragraph",
			"“Who are you?” asked Heathcliff.\n\n“A visitor,” said Lockwood.\n\n“And this young man is—” said Lockwood.\n\n“Not my son,” said Heathcliff.\n\n" +
				"Heathcliff smiled again at the jest.\n\n“My name is Hareton Earnshaw,” growled the other; “and respect it!”",
			[]string{"Who are you? => Heathcliff (cue-adjacent)", "A visitor, => Lockwood (cue-adjacent)", "And this young man is— => Lockwood (cue-adjacent)",
				"Not my son, => Heathcliff (cue-adjacent)", "My name is Hareton Earnshaw, => Hareton Earnshaw (self-named)", "and respect it! => Hareton Earnshaw (self-named)"}},
		{"a name called with fondness is called: the one called answers",
			"“Good morning,” said Holmes.\n\n“Good morning,” said Watson.\n\n“Tea is ready,” said Mrs. Hudson.\n\n“Thank you,” said Holmes.\n\n" +
				"“I know, my dear Watson, that you share my love of the bizarre,” said Holmes.\n\n“Indeed I do.”",
			[]string{"Good morning, => Holmes (cue-adjacent)", "Good morning, => Watson (cue-adjacent)", "Tea is ready, => Hudson (cue-adjacent)",
				"Thank you, => Holmes (cue-adjacent)", "I know, my dear Watson, that you share my love of the bizarre, => Holmes (cue-adjacent)",
				"Indeed I do. => Watson (addressed-reply)"}},
		{"but one pitied calls no one",
			"Miss Taylor had married that morning.\n\n“Good morning,” said Mr. Woodhouse.\n\n“Good morning, papa,” said Emma.\n\n“It is cold,” said Mr. Woodhouse.\n\n" +
				"“It is, papa,” said Emma.\n\n“Poor Miss Taylor! I wish she were here again,” said Mr. Woodhouse.\n\n“I cannot agree with you, papa.”",
			[]string{"Good morning, => Woodhouse (cue-adjacent)", "Good morning, papa, => Emma (cue-adjacent)", "It is cold, => Woodhouse (cue-adjacent)",
				"It is, papa, => Emma (cue-adjacent)", "Poor Miss Taylor! I wish she were here again, => Woodhouse (cue-adjacent)",
				"I cannot agree with you, papa. => Emma (dialogue-turn)"}},
		{"a line that alternation gave a speaker calls the one who answers it",
			"“What do you say, Tom?” said Joe.\n\n“Nothing, Joe,” said Tom.\n\n“I must go,” said Jerry.\n\n“Go, then,” said Joe.\n\n" +
				"“Good night,” said Jerry, and rode off.\n\n“Tom!” softly over the coach roof.\n\n“Hallo, Joe.”",
			[]string{"What do you say, Tom? => Joe (cue-adjacent)", "Nothing, Joe, => Tom (cue-adjacent)", "I must go, => Jerry (cue-adjacent)",
				"Go, then, => Joe (cue-adjacent)", "Good night, => Jerry (cue-adjacent)", "Tom! => Joe (alternation)", "Hallo, Joe. => Tom (addressed-reply)"}},
		{"a paragraph that continues an open quote waits for it, rather than take a turn of the exchange",
			"“Good morning,” said Holmes.\n\n“Good morning,” said Jabez Wilson.\n\n“What is your trade?” asked Holmes.\n\n" +
				"“I keep a small shop, sir. It does not pay much.\n\n“The first thing that put us out was a notice. He came down with the paper, and he says:\n\n" +
				"“‘I wish to the Lord, Mr. Wilson, that I had red hair.’\n\n“‘Why that?’ I asks.”\n\n“Go on,” said Holmes.",
			[]string{"Good morning, => Holmes (cue-adjacent)", "Good morning, => Jabez Wilson (cue-adjacent)", "What is your trade? => Holmes (cue-adjacent)",
				"I keep a small shop, sir. It does not pay much. => Jabez Wilson (dialogue-turn)",
				"The first thing that put us out was a notice. He came down with the paper, and he says: => Jabez Wilson (paragraph-continuation)",
				"‘I wish to the Lord, Mr. Wilson, that I had red hair.’ => Jabez Wilson (paragraph-continuation)",
				"‘Why that?’ I asks. => Jabez Wilson (paragraph-continuation)", "Go on, => Holmes (cue-adjacent)"}},
		{"a name that answers the line asking for it is its speaker's, not the asker's",
			"“Stand still!” cried a rough voice.\n\nA fearful man seized me by the collar.\n\n“Please don’t hurt me, sir,” I begged.\n\n" +
				"“Tell us your name!” said the man. “Quick!”\n\n“Tobin, sir.”\n\n“Once more,” said the man.\n\n“Tobin, sir!”",
			[]string{"Stand still! => rough voice (cue-adjacent)", "Please don’t hurt me, sir, => Tobin (cue-adjacent)",
				"Tell us your name! => fearful man (cue-adjacent)", "Quick! => fearful man (split-continuation)",
				"Tobin, sir. => Tobin (dialogue-turn)", "Once more, => fearful man (cue-adjacent)", "Tobin, sir! => Tobin (dialogue-turn)"}},
		{"the narrator is the one called most beside their lines, by any name a line calls",
			"The doctor came in and set down his bag.\n\n“Now, Tom Okafor, we will look at that arm of yours. Dan,” said the doctor, “are you afraid of blood?”\n\n" +
				"“No, sir,” said I.\n\n“Then hold the basin,” said the doctor.\n\n“Is it bad?” I asked.\n\n“It will mend, Dan,” said the doctor.\n\n“Thank you, sir,” said I.",
			[]string{"Now, Tom Okafor, we will look at that arm of yours. Dan, => doctor (cue-adjacent)", "are you afraid of blood? => doctor (split-continuation)",
				"No, sir, => Dan (cue-adjacent)", "Then hold the basin, => doctor (cue-adjacent)", "Is it bad? => Dan (cue-adjacent)",
				"It will mend, Dan, => doctor (cue-adjacent)", "Thank you, sir, => Dan (cue-adjacent)"}},
		{"a narrator named by the narration only in what someone asks is still named only in lines",
			"The clerk came in.\n\nMr. Kenge inquired whether Miss Summerson's boxes had been “sent round.”\n\n“Good day, Miss Summerson,” said Mr. Kenge.\n\n“Good day, sir,” said I.\n\n“Do you know, Miss Summerson, the fog is thick?” said Mr. Kenge.\n\n“Very thick,” said I.",
			[]string{"sent round. => Kenge (cue-adjacent)", "Good day, Miss Summerson, => Kenge (cue-adjacent)", "Good day, sir, => Summerson (cue-adjacent)",
				"Do you know, Miss Summerson, the fog is thick? => Kenge (cue-adjacent)", "Very thick, => Summerson (cue-adjacent)"}},
		{"a name called beside the narrator's lines beats one called more often elsewhere",
			"The doctor came in and set down his bag.\n\n“Tom Okafor, sit still,” said the doctor.\n\n“Tom Okafor, I said sit!” said the doctor.\n\n" +
				"The boy sat still at last, and the room was quiet for a long while.\n\n“Can I help?” I asked.\n\n“Yes, Dan,” said the doctor.\n\n“Gladly,” said I.",
			[]string{"Tom Okafor, sit still, => doctor (cue-adjacent)", "Tom Okafor, I said sit! => doctor (cue-adjacent)",
				"Can I help? => Dan (cue-adjacent)", "Yes, Dan, => doctor (cue-adjacent)", "Gladly, => Dan (cue-adjacent)"}},
		{"the narrator takes a name called once beside their lines before one called elsewhere",
			"Sherlock Holmes sat by the fire.\n\n“Which is it to-day?” I asked.\n\n“It is cocaine,” said Holmes.\n\n“No, indeed,” I answered.\n\n" +
				"“Perhaps you are right, Quillan,” he said.\n\n“I am sure of it,” I said.\n\nThe landlady came in with a tray, and set it down upon the table by the window, and went out again.\n\n" +
				"Holmes rose from his chair and crossed the room.\n\n“Thank you, Mrs. Hudson,” said Holmes to the closed door.",
			[]string{"Which is it to-day? => Quillan (cue-adjacent)", "It is cocaine, => Sherlock Holmes (cue-adjacent)", "No, indeed, => Quillan (cue-adjacent)",
				"Perhaps you are right, Quillan, => Sherlock Holmes (cue-adjacent)", "I am sure of it, => Quillan (cue-adjacent)",
				"Thank you, Mrs. Hudson, => Sherlock Holmes (cue-adjacent)"}},
		{"but not a title called so",
			"Sherlock Holmes sat by the fire.\n\n“Which is it to-day?” I asked.\n\n“It is cocaine,” said Holmes.\n\n“No, indeed,” I answered.\n\n" +
				"“Perhaps you are right, Doctor,” he said.\n\n“I am sure of it,” I said.",
			[]string{"Which is it to-day? => narrator (cue-adjacent)", "It is cocaine, => Sherlock Holmes (cue-adjacent)", "No, indeed, => narrator (cue-adjacent)",
				"Perhaps you are right, Doctor, => Sherlock Holmes (cue-adjacent)", "I am sure of it, => narrator (cue-adjacent)"}},
		{"nor a word the text writes in lower case",
			"Sherlock Holmes sat by the fire in a brown coat.\n\n“Which is it to-day?” I asked.\n\n“It is cocaine,” said Holmes.\n\n“No, indeed,” I answered.\n\n" +
				"“Perhaps you are right, Brown,” he said.\n\n“I am sure of it,” I said.\n\n“Then stay, Quillan,” said Holmes.\n\n“Very well,” I said.",
			[]string{"Which is it to-day? => Quillan (cue-adjacent)", "It is cocaine, => Sherlock Holmes (cue-adjacent)", "No, indeed, => Quillan (cue-adjacent)",
				"Perhaps you are right, Brown, => Sherlock Holmes (cue-adjacent)", "I am sure of it, => Quillan (cue-adjacent)",
				"Then stay, Quillan, => Sherlock Holmes (cue-adjacent)", "Very well, => Quillan (cue-adjacent)"}},
		{"and of two words so called, neither",
			"Sherlock Holmes sat by the fire.\n\n“Which is it to-day?” I asked.\n\n“It is cocaine,” said Holmes.\n\n“No, indeed,” I answered.\n\n" +
				"“Perhaps you are right, Dunmore,” he said.\n\n“I am sure of it,” I said.\n\n“Then stay, Quillan,” said Holmes.\n\n“Very well,” I said.",
			[]string{"Which is it to-day? => narrator (cue-adjacent)", "It is cocaine, => Sherlock Holmes (cue-adjacent)", "No, indeed, => narrator (cue-adjacent)",
				"Perhaps you are right, Dunmore, => Sherlock Holmes (cue-adjacent)", "I am sure of it, => narrator (cue-adjacent)",
				"Then stay, Quillan, => Sherlock Holmes (cue-adjacent)", "Very well, => narrator (cue-adjacent)"}},
		{"a paragraph that ends in a dash introduces the line after it",
			"Mary Alder came down the stairs and looked at the broken vase.\n\nThen Mrs. Alder added—\n\n“Take her away to the cellar, and lock her in there.”",
			[]string{"Take her away to the cellar, and lock her in there. => Mary Alder (colon-intro)"}},
		{"an author named as a work's owner is no 'he' of the scene",
			"“Show the book,” said John Reed.\n\n“I was reading,” I said.\n\n“You have no business to take our books,” said he.\n\n“You are like a murderer!” I said.\n\n" +
				"I had read Goldsmith’s History of Rome, and had formed my opinion of Nero.\n\n“What! what!” he cried.",
			[]string{"Show the book, => John Reed (cue-adjacent)", "I was reading, => narrator (cue-adjacent)", "You have no business to take our books, => John Reed (cue-adjacent)",
				"You are like a murderer! => narrator (cue-adjacent)", "What! what! => John Reed (cue-adjacent)"}},
		{"a name that answers the question is the one whose turn it is, however the tag describes them",
			"“What's your name?” asked Marilla Cuthbert.\n\nThe child hesitated for a moment.\n\n“Will you please call me Rosalind?” she said eagerly.\n\n" +
				"“Call you Rosalind? Is that your name?”\n\n“No, it's not exactly my name.”\n\n“If Rosalind isn't your name, what is?”\n\n" +
				"“Nell Carrow,” faltered forth the owner of that name.\n\n“Nell is a good plain name,” said Marilla Cuthbert.",
			[]string{"What's your name? => Marilla Cuthbert (cue-adjacent)", "Will you please call me Rosalind? => Nell Carrow (cue-adjacent)",
				"Call you Rosalind? Is that your name? => Marilla Cuthbert (dialogue-turn)", "No, it's not exactly my name. => Nell Carrow (dialogue-turn)",
				"If Rosalind isn't your name, what is? => Marilla Cuthbert (dialogue-turn)", "Nell Carrow, => Nell Carrow (action-beat)",
				"Nell is a good plain name, => Marilla Cuthbert (cue-adjacent)"}},
		{"the narrator speaks as 'I'", "“Hello,” said Tom Okafor.\n\n“Come in,” I said.",
			[]string{"Hello, => Tom Okafor (cue-adjacent)", "Come in, => narrator (cue-adjacent)"}},
		{"a name someone gives is speech", "Tom Okafor mocked Marco Rubio, whom he dubbed “the little senator.”",
			// The object of "mocked" ends where "whom he dubbed" begins.
			[]string{"Marco Rubio => Tom Okafor (reported-clause)", "the little senator. => Tom Okafor (cue-adjacent)"}},
		{"a name something is given is not", "The project will be dubbed the “Defeat Crooked Hillary PAC” by its founders.",
			[]string{"Defeat Crooked Hillary PAC => ? ()"}},
		{"a nickname inside a name is no speech", "His campaign sent Gov. C.L. “Butch” Otter, who said little.",
			[]string{"Butch => ? ()"}},
		{"nor is one inside a name that shouts, and the name's lines are the person's",
			"The rally began. Marcia “Cia” Price shouted to the crowd: “The nation is watching.”",
			[]string{"Cia => ? ()", "The nation is watching. => Marcia Price (cue-adjacent)"}},
		{"a title after a work noun is no speech, though a cue is near", "In his new book, “Doomed to Succeed,” and in an interview, Dennis Ross said it.",
			[]string{"Doomed to Succeed, => ? ()"}},
		{"nor a title before its star", "“Orange is the New Black” star Selenis Leyva said so.",
			[]string{"Orange is the New Black => ? ()", "so => Selenis Leyva (reported-clause)"}},
		{"a title the sentence goes on from is no speech", "Ann Lee wrote it. “Opening Belle,” which will be in bookstores on Tuesday, is a novel.",
			[]string{"Opening Belle, => ? ()"}},
		{"nor is a title listed after one", "Ron Howard had roles in “How the Grinch Stole Christmas,” “Apollo 13,” and “Splash” over the years.",
			[]string{"How the Grinch Stole Christmas, => ? ()", "Apollo 13, => ? ()", "Splash => ? ()"}},
		{"a title may keep 'with' in lower case", "In an interview with CNN’s “The Lead with Jake Tapper,” on June 3, Trump spoke.",
			[]string{"The Lead with Jake Tapper, => ? ()"}},
		{"but a chant of short words is no title", "Supporters responded with chants of “I’m with her” until Hillary Clinton spoke.",
			[]string{"I’m with her => Supporters (cue-adjacent)"}},
		{"nor is a line a cue gives", "Ann Lee spoke first. Donald Trump tweeted, “Thank you Indiana! #Trump2016” on Friday.",
			[]string{"Thank you Indiana! #Trump2016 => Donald Trump (cue-adjacent)"}},
		{"a word in scare quotes that no cue claims is no speech", "The bill comes with a two-year “pause” in the tax.",
			[]string{"pause => ? ()"}},
		{"but a word a cue claims is", "Tom Okafor called the plan “disgusting.”",
			[]string{"disgusting. => Tom Okafor (cue-adjacent)"}},
		{"the name after an organisation and a rank speaks", "“I was hoping for more,” said Air Force 1st Lt. Tyler Livingston.",
			[]string{"I was hoping for more, => Tyler Livingston (cue-adjacent)"}},
		{"a participle shares the subject, not the name that qualifies its role",
			"Clinton campaign spokesman Brian Fallon responded on Twitter, calling the charge “pathetic.”",
			[]string{"pathetic. => Brian Fallon (cue-adjacent)"}},
		{"'with' and a titled name before an -ing verb opens a clause",
			"Republicans were irritated, with Sen. John McCain calling it a “Chinese menu.”",
			[]string{"Chinese menu. => John McCain (cue-adjacent)"}},
		{"a relative named in passing is not the next 'she'",
			"The miller’s daughter came out with a shawl over her head. Martha was nineteen and had her mother’s temper.\n\n“Come in,” she said.",
			[]string{"Come in, => Martha (cue-adjacent)"}},
		{"'the old man' is the one the story wrote as 'Old Jacob'; a bare 'the man' is no one named",
			"Old Jacob Penrose and Thomas Whitlow met at the mill. “No,” said the old man. “Yes,” said the man.",
			[]string{"No, => Jacob Penrose (cue-adjacent)", "Yes, => man (cue-adjacent)"}},
		{"in a story the word passes to the last other one who acted, and a new paragraph is a new speaker",
			"Thomas came in from the rain. Jacob stood at the door, and Sam sat by the stove.\n\n“Cold tonight,” said Jacob.\n\n“It is,” said Sam.\n\n“Colder than last year.”\n\n“Much colder.”\n\n" +
				"Thomas sat down by the fire. For a while nobody spoke. Then Jacob knocked out his pipe.\n\n" +
				"“I will tell you what it is,” he said. “That sluice was never right. Your grandfather built it crooked and your father left it crooked, and now the river has put it straight for you.”\n\n" +
				"“My father is not here to answer for it.”",
			[]string{"Cold tonight, => Jacob (cue-adjacent)", "It is, => Sam (cue-adjacent)", "Colder than last year. => Jacob (dialogue-turn)",
				"Much colder. => Sam (dialogue-turn)", "I will tell you what it is, => Jacob (cue-adjacent)",
				"That sluice was never right. Your grandfather built it crooked and your father left it crooked, and now the river has put it straight for you. => Jacob (split-continuation)",
				"My father is not here to answer for it. => Thomas (dialogue-turn)"}},
		{"in a story a closed line is not carried into the next paragraph, even before the lines around it have speakers",
			"“Go,” said Thomas.\n\n“No,” said Martha.\n\n“Then stay.”\n\n“I will.”\n\nThomas looked from one to the other. “I can go to Hobbs myself.”\n\n" +
				"“You!” Martha said. “He has not spoken to a Whitlow since the fence.”\n\n“What trouble?”",
			[]string{"Go, => Thomas (cue-adjacent)", "No, => Martha (cue-adjacent)", "Then stay. => Thomas (dialogue-turn)", "I will. => Martha (dialogue-turn)",
				"I can go to Hobbs myself. => Thomas (nearest-subject)", "You! => Martha (cue-adjacent)",
				"He has not spoken to a Whitlow since the fence. => Martha (split-continuation)", "What trouble? => Thomas (dialogue-turn)"}},
		{"news told in the present goes on from its speaker, however short its paragraphs",
			"“Cruz is the best,” Viguerie tells reporters.\n\n“He checks all our boxes.”\n\n“He is a fighter,” Bozell says.\n\n“He keeps his word.”",
			[]string{"Cruz is the best, => Viguerie (cue-adjacent)", "He checks all our boxes. => Viguerie (paragraph-continuation)",
				"He is a fighter, => Bozell (cue-adjacent)", "He keeps his word. => Bozell (paragraph-continuation)"}},
		{"a description set beside a titled name is that person, and so is its repeat",
			"The vicar’s sister, Miss Eleanor Crane, came in. “Sit down,” said the vicar’s sister.",
			[]string{"Sit down, => Eleanor Crane (cue-adjacent)"}},
		{"'the vicar' is the Reverend named since, not the vicar only named as an owner",
			"It was the vicar’s sister who came first. The Reverend Robert Crane came later.\n\n“Sit down,” said the vicar.",
			[]string{"Sit down, => Robert Crane (cue-adjacent)"}},
		{"the last one addressed answers, named at the start of a later sentence",
			"“Good evening, Mr. Lane,” said Robert. “Sit down. Eleanor, is there more tea?”\n\n“There is always more tea.”\n\n“Good.”\n\n“Thank you.”",
			[]string{"Good evening, Mr. Lane, => Robert (cue-adjacent)", "Sit down. Eleanor, is there more tea? => Robert (split-continuation)",
				"There is always more tea. => Eleanor (addressed-reply)", "Good. => Robert (dialogue-turn)", "Thank you. => Eleanor (dialogue-turn)"}},
		{"narration that reports speech is narration: its subject is the one the word passes to",
			"I had been at Fenwick a week. It was Eleanor who came first.\n\n“You are the new schoolmaster,” she said.\n\n“I am. Will you sit down?”\n\n“Only for a minute.”\n\n" +
				"She sat down. I waited for her to say something about the damp.\n\n“This room was always damp,” she said. “Mr. Pryor used to say it gave him rheumatism.”\n\n“Mr. Pryor?”",
			[]string{"You are the new schoolmaster, => Eleanor (cue-adjacent)", "I am. Will you sit down? => narrator (dialogue-turn)",
				"Only for a minute. => Eleanor (dialogue-turn)", "something about the damp => narrator (reported-clause)",
				"This room was always damp, => Eleanor (cue-adjacent)", "Mr. Pryor used to say it gave him rheumatism. => Eleanor (split-continuation)",
				"Mr. Pryor? => narrator (dialogue-turn)"}},
		{"a title's stop is no sentence's end: 'Mr. Khan' inside a quote is not addressed",
			"“We have been quiet,” Khizr Khan said. When they went out, the children asked.\n\n“They come to me and say, 'Mr. Khan, you are a lawyer. Will we be thrown out?'\n\n“We go to school and our friends taunt us.”",
			[]string{"We have been quiet, => Khizr Khan (cue-adjacent)",
				"They come to me and say, 'Mr. Khan, you are a lawyer. Will we be thrown out?' => Khizr Khan (paragraph-continuation)",
				"We go to school and our friends taunt us. => Khizr Khan (paragraph-continuation)"}},
		{"one described who introduces themselves is the one named",
			"A young woman in a green coat sat on the bench.\n\n“My name is Clara Wynn,” the young woman said.",
			[]string{"My name is Clara Wynn, => Clara Wynn (cue-adjacent)"}},
		{"one described who signs a line 'your servant, X' is X, and the narrator is not called X",
			"I was at my door when a man came up the stairs.\n\n‘Can I speak to you?’ he said.\n\nI got my door open and let him in.\n\n‘Is the door locked?’ he asked, and he fastened the chain.\n\n‘I’m very sorry,’ he said humbly.\n\n" +
				"‘Get on with your yarn,’ I said.\n\n‘I am in danger.’\n\n‘What does it feel like?’ I asked.\n\n‘No good. They might stuff your city with detectives. And that man is going to be your servant, Franklin P. Scudder.’\n\n‘Where did you find out this story?’ I asked.",
			[]string{"Can I speak to you? => Franklin P. Scudder (cue-adjacent)", "Is the door locked? => Franklin P. Scudder (cue-adjacent)", "I’m very sorry, => Franklin P. Scudder (cue-adjacent)",
				"Get on with your yarn, => narrator (cue-adjacent)", "I am in danger. => Franklin P. Scudder (dialogue-turn)", "What does it feel like? => narrator (cue-adjacent)", "No good. They might stuff your city with detectives. And that man is going to be your servant, Franklin P. Scudder. => Franklin P. Scudder (dialogue-turn)",
				"Where did you find out this story? => narrator (cue-adjacent)"}},
		{"a line after narration is the one who acted last, and named by the reply that addresses them",
			"Walter Briggs looked at the board.\n\n“It is late,” he said.\n\n“How late?” asked Clara.\n\n“Very.”\n\n" +
				"The door banged open and a big red-faced man stamped in, shaking snow from his hat.\n\n“Briggs! Is that train coming?”\n\n“Evening, Mr. Tolliver. It is coming.”\n\n“When?”",
			[]string{"It is late, => Walter Briggs (cue-adjacent)", "How late? => Clara (cue-adjacent)", "Very. => Walter Briggs (dialogue-turn)",
				"Briggs! Is that train coming? => Tolliver (action-beat)", "Evening, Mr. Tolliver. It is coming. => Walter Briggs (addressed-reply)",
				"When? => Tolliver (addressed-reply)"}},
		{"the one addressed is not the speaker before when their genders differ",
			"Ada Penrose came down to the landing, where the ferryman was coiling rope.\n\n“Is the boat going?” she asked.\n\n“Not tonight, miss,” said the old man.\n\n“Please.”\n\n“No.”\n\n“Ada, come home,” called Robert from the bank.",
			[]string{"Is the boat going? => Ada Penrose (cue-adjacent)", "Not tonight, miss, => old man (cue-adjacent)", "Please. => Ada Penrose (addressed-reply)",
				"No. => old man (dialogue-turn)", "Ada, come home, => Robert (action-beat)"}},
		{"'my aunt, Mrs. Agatha Marsh' is Agatha",
			"My aunt, Mrs. Agatha Marsh, came in. “Sit,” said my aunt.",
			[]string{"Sit, => Agatha Marsh (cue-adjacent)"}},
		{"a line whose speaker only the turns gave is not renamed by the reply",
			"The new doctor sat down. Mary Marsh poured the tea.\n\n“Is it fresh?” asked the doctor.\n\n“It is.”\n\n“Good.”\n\n“I never exaggerate, Mary,” said the captain.",
			[]string{"Is it fresh? => new doctor (cue-adjacent)", "It is. => Mary Marsh (dialogue-turn)", "Good. => new doctor (dialogue-turn)",
				"I never exaggerate, Mary, => captain (cue-adjacent)"}},
		{"the clause last joined on is the latest act",
			"Mary Marsh and the captain sat at supper.\n\n“Is it fresh?” asked Mary.\n\n“It is.”\n\n“Good.”\n\nI laughed, and the captain turned his eye on me.\n\n“What do you find so amusing?”",
			[]string{"Is it fresh? => Mary Marsh (cue-adjacent)", "It is. => captain (dialogue-turn)", "Good. => Mary Marsh (dialogue-turn)",
				"What do you find so amusing? => captain (action-beat)"}},
		{"one described as a doctor is the Dr. Hale named later, and 'was a young man' is them too",
			"The new doctor came in. The doctor was a young man with spectacles.\n\n“Good evening,” said the young man.\n\n“Pay him no mind, Dr. Hale,” said Mary Marsh.",
			[]string{"Good evening, => Hale (cue-adjacent)", "Pay him no mind, Dr. Hale, => Mary Marsh (cue-adjacent)"}},
		{"one called by a title is not the speaker",
			"“Is it fresh?” asked Mary Marsh.\n\n“It is,” said the captain.\n\n“Good.”\n\n“Very good.”\n\nMary Marsh watched as the captain stood up.\n\n“Captain, sit down.”",
			[]string{"Is it fresh? => Mary Marsh (cue-adjacent)", "It is, => captain (cue-adjacent)", "Good. => Mary Marsh (dialogue-turn)",
				"Very good. => captain (dialogue-turn)", "Captain, sit down. => Mary Marsh (action-beat)"}},
		{"his wife is Mrs. Harcourt, namesakes keep their honorifics, and lines no rule finds alternate",
			"Mr. Harcourt came down to breakfast.\n\n“Netherby Hall is let at last,” said his wife.\n\n“Is it?”\n\nThis was invitation enough. “It is taken by a Mr. Sinclair.”\n\n" +
				"“Is he married?”\n\n“Single, my dear!”\n\n“My dear Mr. Harcourt, you are tiresome,” said Mrs. Harcourt.",
			[]string{"Netherby Hall is let at last, => Mrs. Harcourt (cue-adjacent)", "Is it? => Mr. Harcourt (dialogue-turn)",
				"It is taken by a Mr. Sinclair. => Mrs. Harcourt (alternation)", "Is he married? => Mr. Harcourt (alternation)",
				"Single, my dear! => Mrs. Harcourt (alternation)", "My dear Mr. Harcourt, you are tiresome, => Mrs. Harcourt (cue-adjacent)"}},
		{"which of two women of the name is his wife is not known",
			"Mr. Harcourt came down with Jane Harcourt. Mary Harcourt followed them.\n\nHe sat. “Tea,” said his wife.",
			[]string{"Tea, => wife (cue-adjacent)"}},
		{"Lizzy is Elizabeth, and Edmund alone is a man",
			"Elizabeth Ashby sat by the window. Edmund came in.\n\n“Two for you, Lizzy,” said Edmund.\n\n“Thank you.”\n\nEdmund laughed. She turned the letters over. “One is from Bath.”",
			[]string{"Two for you, Lizzy, => Edmund (cue-adjacent)", "Thank you. => Elizabeth Ashby (addressed-reply)", "One is from Bath. => Elizabeth Ashby (nearest-subject)"}},
		{"a given name after 'of' is a town, and no 'she'",
			"Mary Thomas, 66, lives 25 miles south of Florence. “It is hard,” she said.",
			[]string{"It is hard, => Mary Thomas (cue-adjacent)"}},
		{"'your mother, Peter?' calls Peter; he is not the mother",
			"Peter Lane came in. “How is your mother, Peter?” asked the parson. “Better,” said Peter.",
			[]string{"How is your mother, Peter? => parson (cue-adjacent)", "Better, => Peter Lane (cue-adjacent)"}},
		{"a paragraph of quotes is the name signed under it",
			"“Boeing pays zero taxes.”\n\n- Bernie Sanders.\n\n“I went to Wall Street before the crash.”\n\n— Hillary Clinton, in Iowa.\n\nThe debate went on.\n\n- Amber Phillips.",
			[]string{"Boeing pays zero taxes. => Bernie Sanders (signature)", "I went to Wall Street before the crash. => Hillary Clinton (signature)"}},
		{"the narrator is the one named only in what the others say to them",
			"I came to the vicarage on Sunday.\n\n“So you are the schoolmaster,” said the vicar.\n\n“I am,” I said.\n\n“Sit down, Mr. Lane.”\n\n“Thank you.”",
			[]string{"So you are the schoolmaster, => vicar (cue-adjacent)", "I am, => Lane (cue-adjacent)",
				"Sit down, Mr. Lane. => vicar (dialogue-turn)", "Thank you. => Lane (addressed-reply)"}},
		{"a place does not speak, and no one else speaks for it",
			"Democrats allege it, but Moscow strongly denies “any involvement,” officials say.",
			[]string{"any involvement, => officials (cue-adjacent)"}},
		{"a writer of a publication is the writer", "George Zornick of The Nation wrote, “You have to demonstrate it.”",
			[]string{"You have to demonstrate it. => George Zornick (cue-adjacent)"}},
		{"an age speaks for the person", "“Donald is an amazing leader,” said the 46-year-old.",
			[]string{"Donald is an amazing leader, => 46-year-old (cue-adjacent)"}},
		{"a possessed noun after a trailing cue", "“It was morning,” says the ad’s narrator, going on.",
			[]string{"It was morning, => ad’s narrator (cue-adjacent)"}},
		{"a determiner further back opens the speaker's phrase",
			"“It was a success,” the billionaire business mogul told People. “I enjoyed it.”",
			[]string{"It was a success, => billionaire business mogul (cue-adjacent)", "I enjoyed it. => billionaire business mogul (split-continuation)"}},
		{"a noun that is also a verb's form speaks when qualified and followed by 'said', not a name further on",
			"“The computer had been hacked,” the congressional report said, referring to Sheila Bair.",
			[]string{"The computer had been hacked, => congressional report (cue-adjacent)", "Sheila Bair => congressional report (reported-clause)"}},
		{"a participle after a cue's clause is that cue's subject's, not the sentence's first subject's",
			"Omar Mateen came to pray. Mateen left as soon as prayers were finished, Salah Nefzi said, adding, “He was not very religious.” " +
				"Dana Jones said Rubio recites the same campaign points, calling him a “talented guy.”",
			[]string{"Mateen left as soon as prayers were finished => Salah Nefzi (reported-clause)", "He was not very religious. => Salah Nefzi (cue-adjacent)",
				"Rubio recites the same campaign points => Dana Jones (reported-clause)", "talented guy. => Dana Jones (cue-adjacent)"}},
		{"'in the words of X,' lends the quote after it to X, as 'according to' does",
			"Barack Obama spoke last. Mrs. Clinton was, in the words of a senior adviser, “the torchbearer” of his legacy.",
			[]string{"the torchbearer => senior adviser (according-to)"}},
		{"a writing that opens the quote's sentence is its subject, not a mention after it",
			"The Democratic National Committee cut off access. The complaint, which was filed in federal court, alleged that the DNC “failed to implement reasonable measures.” " +
				"In a separate email, Tom Band passed along a request for “a favor.”",
			[]string{"failed to implement reasonable measures. => complaint (cue-adjacent)", "a favor. => Tom Band (nearest-subject)"}},
		{"a writing that opens the quote's sentence is its subject where no cue is",
			"Karl Rove funds the group. The Rove ad hits Clinton for taking “54 times more money from Wall Street.”",
			[]string{"54 times more money from Wall Street. => Rove ad (nearest-subject)"}},
		{"a subject before the cue that names no one speaks as itself, where it opens its clause",
			"Donald Trump spoke. Multiple outlets reported on Wednesday the Secret Service had “more than one conversation” with Trump. " +
				"Hillary Clinton spoke. The intelligence community has concluded that “top secret” information was included. " +
				"Jill Stein arrived. Parents were told in a letter that classes would resume “as soon as the roads are clear.” " +
				"Dana Jones came. Buyers prefer low prices to paying more for items labeled “Made in the U.S.A.,” a poll found.",
			[]string{"more than one conversation => Multiple outlets (cue-adjacent)", "top secret => intelligence community (cue-adjacent)",
				"as soon as the roads are clear. => Jill Stein (nearest-subject)",
				"Made in the U.S.A., => Dana Jones (nearest-subject)"}},
		{"a short phrase before an appositive's commas is the cue's subject, not a name inside the appositive",
			"Tom Jones stood up. Others, reacting to the gap between the Van Dyke shooting and the release, shouted, “Stop the coverup!” " +
				"In 2015, Maria Lopez said, “We will vote.”",
			[]string{"Stop the coverup! => Others (cue-adjacent)", "We will vote. => Maria Lopez (cue-adjacent)"}},
		{"and of a reported clause, but not a participle's phrase",
			"Mike Cohen spoke. The administration, for its part, expressed confidence it was holding the better hand. " +
				"Arriving upon the scene, police began searching, believing there may be as many as three.",
			[]string{"confidence it was holding the better hand => administration (reported-clause)",
				"there may be as many as three => ? ()"}},
		{"a title that qualifies the noun after it is no chant, even with a phrase before the cue",
			"Messages of stability echo those put forth by the defeated “Remain” side.",
			[]string{"Remain => ? ()"}},
		{"after '!' or '?' a capitalised pronoun opens the next sentence, where a name still tags",
			"David Axelrod emailed Hillary Clinton, telling her, “We need you for the long run!” She replied that it was an honor. " +
				"“Who is there?” Tom asked.",
			[]string{"We need you for the long run! => David Axelrod (cue-adjacent)",
				"Who is there? => Tom (cue-adjacent)"}},
		{"'according to X' before the quote, at its sentence's start or between commas, with no one named",
			"Tim Kaine spoke. According to HuffPo: “Senator Tim Kaine has had a mixed record on abortion.” " +
				"Dana Jones spoke. Over the long term, according to the budget office, the rise in debt “is mainly attributable to the aging of the population.”",
			[]string{"Senator Tim Kaine has had a mixed record on abortion. => HuffPo (according-to)",
				"is mainly attributable to the aging of the population. => budget office (according-to)"}},
		{"a cue turned before its subject that runs up to the quote's comma or colon is that subject's",
			"Tom Perez spoke. Democrats crafted the calendar, explained Mark Rosenberg, “with this thing over by mid-March, it is hard.” " +
				"Nelson Diaz, a former aide, said of Mr. Rubio: “He is American 100 percent.” " +
				"In other words, explained CBS moderator Nancy Cordes: “What does that have to do with it?” For a moment, Clinton paused.",
			[]string{"Democrats crafted the calendar => Mark Rosenberg (reported-clause)", "with this thing over by mid-March, it is hard. => Mark Rosenberg (cue-adjacent)",
				"He is American 100 percent. => Nelson Diaz (cue-adjacent)",
				"What does that have to do with it? => Nancy Cordes (cue-adjacent)"}},
		{"a catchphrase, motto or dictum is its owner's",
			"Charlie Crist ran against Marco Rubio. Rubio’s catch phrase in that election against Crist was that Crist “would say or do anything to win.”",
			[]string{"would say or do anything to win. => Marco Rubio (speech-noun)"}},
		{"a cue past 'while' or 'but' after a quote is another clause's",
			"Walter Hewlett sniped that Carly Fiorina was “learning on the job,” while Fiorina and other HP leaders penned a series of excoriating letters.",
			[]string{"learning on the job, => Walter Hewlett (nearest-subject)"}},
		{"a name that ends a relative clause before the cue's comma is its object, not the subject",
			"Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said Sanders has pushed her to be a “stronger” candidate.",
			[]string{"Clinton => Claire McCaskill (reported-clause)",
				"stronger => Claire McCaskill (cue-adjacent)"}},
		{"the second of a list of fragments shares the first's cue, whatever cue comes after it",
			"Donald Trump spoke first. Tom Perez hammered Trump, calling him a “train wreck” and “outsourcer in chief,” and contrasted the candidate, whom he described as volatile, with Clinton.",
			[]string{"train wreck => Tom Perez (cue-adjacent)", "outsourcer in chief, => Tom Perez (cue-adjacent)"}},
		{"a capitalised name no one knows, opening the clause a colon ends, speaks as itself",
			"Filippo Grandi spoke. Article 33 affirms: “No Contracting State shall expel a refugee.” Respondents are obliged to disclose: “When did this person come?” " +
				"Dana Jones came. Giant screens glittered with a proclamation: “Over the Top.”",
			[]string{"No Contracting State shall expel a refugee. => Article 33 (colon-intro)", "When did this person come? => Respondents (colon-intro)",
				"Over the Top. => Dana Jones (nearest-subject)"}},
		{"a phrase of no one known, opened by a determiner and followed by its verb, is the quote's sentence's subject",
			"Carly Fiorina was hired. The board saw Fiorina as the driver to speed the “grandfather of Silicon Valley” into a new era. " +
				"Autism Speaks runs a prize. The non-profit is seeking “groundbreaking ideas” for housing. " +
				"Dana Jones spoke. The committee condemned the move as “a grave abuse.” " +
				"Tom Vilsack spoke. Those stances may help her, and though the group is “confident that she will continue,” she may split with it.",
			[]string{"grandfather of Silicon Valley => board (nearest-subject)", "groundbreaking ideas => non-profit (nearest-subject)", "a grave abuse. => committee (cue-adjacent)",
				"confident that she will continue, => Tom Vilsack (nearest-subject)"}},
		{"a statement whose issuer no one the article knows is that issuer's phrase",
			"The court ruled on Friday. The government of American Samoa issued a statement agreeing the issue should be decided by Congress: “imposition of citizenship would fail.”",
			[]string{"imposition of citizenship would fail. => government of American Samoa (cue-adjacent)"}},
		{"the one spoken to in a participle's phrase that opens the sentence is not its 'he'",
			"Crown Prince Mohammed bin Salman gave an interview. Speaking to Martin Smith of PBS, he said, “It happened under my watch.”",
			[]string{"It happened under my watch. => Mohammed bin Salman (cue-adjacent)"}},
		{"a verb that reports speech only in a tag: 'returned the uncle', 'he pursued'",
			"Scrooge sat by the fire. His nephew came in. “Don't be cross, uncle!” said the nephew. “Nephew!” returned the uncle, “keep Christmas in your own way.” Tom Fenn stood up. “Now,” he pursued, “you get home!”",
			[]string{"Don't be cross, uncle! => nephew (cue-adjacent)", "Nephew! => uncle (cue-adjacent)",
				"keep Christmas in your own way. => uncle (split-continuation)", "Now, => Tom Fenn (cue-adjacent)",
				"you get home! => Tom Fenn (cue-adjacent)"}},
		{"but not outside a tag: 'pursued' before a quote is no cue, so only the nearest subject speaks",
			"Dana Jones spoke first. “We won,” she said. Judge Tom Fenn pursued “the verdict,” in return for silence.",
			[]string{"We won, => Dana Jones (cue-adjacent)", "the verdict, => Tom Fenn (nearest-subject)"}},
		{"a body named after an inverted cue leaves its 'the' out of its name",
			"Dana Jones spoke first. “We won,” said the Bank of America. John Kasich tells the crowd he was the “first one” to say the Islamic State group needs to be destroyed.",
			[]string{"We won, => Bank of America (cue-adjacent)", "first one => John Kasich (cue-adjacent)"}},
		{"a relation a possessive sets before a name tells its gender: 'his granddaughter Wren' is no 'he'",
			"The Light\n\nOld Tom Fenn climbed the stair. His granddaughter Wren waited at the top.\n\n“You're late,” said Wren.\n\n“The tide was against me.” He set the lamp down.",
			[]string{"You're late, => Wren (cue-adjacent)", "The tide was against me. => Tom Fenn (action-beat)"}},
		{"a paper that speaks is no 'he'",
			"The Port\n\nMary Jones runs the port.\n\n“It is common here,” the British paper wrote.\n\nHe called it “a farce.”",
			[]string{"It is common here, => British paper (cue-adjacent)", "a farce. => ? ()"}},
		{"'cut in', 'broke in' and 'piped up' report speech",
			"The Talk\n\nMeg Hale sat by the fire.\n\n“I'm the oldest,” began Meg, but Jo March cut in, “I'm the man of the family.”\n\n“And I,” Beth Lane piped up, “shall bake.”",
			[]string{"I'm the oldest, => Meg Hale (action-beat)", "I'm the man of the family. => Jo March (cue-adjacent)",
				"And I, => Beth Lane (cue-adjacent)", "shall bake. => Beth Lane (cue-adjacent)"}},
		{"a passive set off by a dash or a comma names its agent right after the quote, past 'as a'",
			"Trey Gowdy spoke. The inquiry — often labeled as a “witch hunt” by Democrats — goes on. The plan, described as “reckless” by critics, passed. A blog, called the “Daily Feed,” anchored by five writers, grew.",
			[]string{"witch hunt => Democrats (cue-adjacent)", "reckless => critics (cue-adjacent)", "Daily Feed, => ? ()"}},
		{"a story's 'the girl' is the one girl the narration just named, though she spoke long before",
			"The Light\n\nOld Tom Fenn climbed the stair. His granddaughter Wren waited.\n\n“You're late,” said Wren.\n\n" +
				"“The tide,” said Tom.\n\n“The wind,” said Tom.\n\n“The rain,” said Tom.\n\n“The fog,” said Tom.\n\n“The cold,” said Tom.\n\n“The dark,” said Tom.\n\n“The boat,” said Tom.\n\n“The oars,” said Tom.\n\n" +
				"Wren frowned.\n\n“I'll go,” said the girl.",
			[]string{"You're late, => Wren (cue-adjacent)", "The tide, => Tom Fenn (cue-adjacent)", "The wind, => Tom Fenn (cue-adjacent)", "The rain, => Tom Fenn (cue-adjacent)",
				"The fog, => Tom Fenn (cue-adjacent)", "The cold, => Tom Fenn (cue-adjacent)", "The dark, => Tom Fenn (cue-adjacent)", "The boat, => Tom Fenn (cue-adjacent)",
				"The oars, => Tom Fenn (cue-adjacent)", "I'll go, => Wren (cue-adjacent)"}},
		{"the second half of a split line goes on from the first, not to the cue that opens the next line",
			"Peter Pan and Wendy Darling sat. “Now,” said he, “shall I give you a kiss?” and she replied with a slight primness, “If you please.”",
			[]string{"Now, => Peter Pan (cue-adjacent)", "shall I give you a kiss? => Peter Pan (split-continuation)", "If you please. => Wendy Darling (cue-adjacent)"}},
		{"epithets after an inverted cue run on past ', but' to the name",
			"“I will write,” said Miss Saltire. “Never mind the postage,” said the impetuous and woolly-headed, but generous and affectionate Miss Swartz.",
			[]string{"I will write, => Saltire (cue-adjacent)", "Never mind the postage, => Swartz (cue-adjacent)"}},
		{"an interview's answers under the speaker's name or initials are theirs; one 'Name:' alone is a heading",
			"Penguins\n\nWikinews spoke to biologist Natasha Gownaris about penguins.\n\n((WN)) What drew you to birds?\n\nNatasha Gownaris: I have wanted to study the sea since I was a child in New York.\n\n((WN)) How old is the study?\n\nNG: This study started in 1982, long before I joined the lab.\n\nJeb Bush: Student loans are a burden for families across the country.",
			[]string{"I have wanted to study the sea since I was a child in New York. => Natasha Gownaris (transcript-label)",
				"This study started in 1982, long before I joined the lab. => Natasha Gownaris (transcript-label)"}},
		{"an interview's answers under the surname of one it names in full are theirs; a kicker before a colon is no one",
			"Q&A: The new chief on testing\n\nSuperintendent Maria Velasquez took over in July.\n\nQ: What surprised you?\n\nVelasquez: How much the buildings need.\n\nQ: Will you cut testing?\n\nVelasquez: We will cut the tests that tell teachers nothing.",
			[]string{"How much the buildings need. => Maria Velasquez (transcript-label)",
				"We will cut the tests that tell teachers nothing. => Maria Velasquez (transcript-label)"}},
		{"a line that calls its hearer 'ma'am' is answered by the one woman who spoke before",
			"The Inn\n\nMr. Abel Pinch and Miss Clara Pinch got down; young Tom Raddle jumped down last.\n\n“Go and see to the bags, Tom,” said Miss Pinch.\n\n“We will take the rooms,” said Mr. Pinch.\n\nTom came back with the bags.\n\n“Is this where we stay, ma'am?”\n\n“It is, and you will mind your manners.”",
			[]string{"Go and see to the bags, Tom, => Clara Pinch (cue-adjacent)", "We will take the rooms, => Abel Pinch (cue-adjacent)",
				"Is this where we stay, ma'am? => Tom Raddle (action-beat)", "It is, and you will mind your manners. => Clara Pinch (addressed-reply)"}},
		{"a line that calls its hearer 'miss' is answered by the one woman who spoke before",
			"The House\n\n“Will you help me, Henry?” said Eleanor Vance.\n\n“Of course I will,” said Henry Vance.\n\nMrs. Dorling, the housekeeper, appeared in the doorway. “The carriage is ready, miss.”\n\n“Thank you, Mrs. Dorling.”",
			[]string{"Will you help me, Henry? => Eleanor Vance (cue-adjacent)", "Of course I will, => Henry Vance (cue-adjacent)",
				"The carriage is ready, miss. => Dorling (nearest-subject)", "Thank you, Mrs. Dorling. => Eleanor Vance (addressed-reply)"}},
		{"'shot back' and 'fired back' report a retort",
			"Hillary Clinton ran in 1992. After former California Gov. Jerry Brown criticized Bill Clinton during a debate, Hillary shot back, “I suppose I could have chosen to bake cookies.”",
			[]string{"Bill Clinton => Jerry Brown (reported-clause)", "I suppose I could have chosen to bake cookies. => Hillary Clinton (cue-adjacent)"}},
		{"a sentence opening 'From X:' quotes X",
			"The report was long. From the report: “Samples with more weighting were more accurate.” Dana Jones spoke. What it means - More from Jones: “The state is clear.”",
			[]string{"Samples with more weighting were more accurate. => report (colon-intro)", "The state is clear. => Dana Jones (colon-intro)"}},
		{"a writing's owner speaks from it", "Jeb Bush spoke in Miami. From Bush's Facebook post: “We must overcome the divisiveness.”",
			[]string{"We must overcome the divisiveness. => Jeb Bush (colon-intro)"}},
		{"a digest's heading, a dash, then the one quoted", "IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Jon Cohen: “The polls just ended too early.”",
			[]string{"The polls just ended too early. => Jon Cohen (colon-intro)"}},
		{"but not one that only ends so: the sentence's subject, here a writing, is the nearest", "Dana Jones was upset. The letter came from Tom Okafor: “The state is clear.”",
			[]string{"The state is clear. => letter (nearest-subject)"}},
		{"after a quote, 'said' and a clause's subject names no speaker",
			"Paul Manafort spoke. Mr. Manafort, citing “the unique magic of Trump,” said the candidate could be in a competitive situation.",
			[]string{"the unique magic of Trump, => Paul Manafort (cue-adjacent)", "the candidate could be in a competitive situation => Paul Manafort (reported-clause)"}},
		{"after a line that ends its sentence, a cue that opens the next quote is that quote's",
			"Hillary Clinton wrote to Cheryl Mills. Clinton responds to Mills with, “Why now? That was on my way to Libya?” Mills then writes back, “You look cute.” " +
				"“Bah!” said Ebenezer Scrooge, “Humbug!”",
			[]string{"Why now? That was on my way to Libya? => Hillary Clinton (cue-adjacent)", "You look cute. => Cheryl Mills (cue-adjacent)",
				"Bah! => Ebenezer Scrooge (cue-adjacent)", "Humbug! => Ebenezer Scrooge (split-continuation)"}},
		{"where a speaker is from, set off by commas, is no speaker; nor the one a place follows before a participle",
			"John Kasich is telling voters he is tough after a woman in Worcester, Massachusetts, told him she worries he is “too nice” to win. " +
				"Pastor Bradley Cranston stood at his pulpit and, citing Exodus (“select able men who fear God”), endorsed Senator Ted Cruz of Texas, urging his parishioners to vote.",
			[]string{"too nice => woman (cue-adjacent)", "select able men who fear God => Bradley Cranston (cue-adjacent)",
				"Senator Ted Cruz of Texas => Bradley Cranston (reported-clause)", "his parishioners to vote => Bradley Cranston (reported-clause)"}},
		{"an ad's voice-over speaks", "“They know Hillary is strong,” a voice-over in the ad states. “She will stand up to the gun lobby.”",
			[]string{"They know Hillary is strong, => voice-over in the ad (cue-adjacent)", "She will stand up to the gun lobby. => voice-over in the ad (split-continuation)"}},
		{"a document that goes on to say speaks", "The email goes on to say: “Trump wants to write racism into our law books.”",
			[]string{"Trump wants to write racism into our law books. => email (cue-adjacent)"}},
		{"a name set after the description of an inverted speaker is theirs",
			"“We are anxious,” said another Twitter user, Johanna Bayer. “We are fine,” said a neighbor, who asked not to be named.",
			[]string{"We are anxious, => Johanna Bayer (cue-adjacent)", "We are fine, => neighbor (cue-adjacent)"}},
		{"a cue in a clause set inside another's 'that' is not the quote's",
			"Mrs. Clinton said that when Ms. Warren railed against Wall Street, “she is speaking for all of us.”",
			[]string{"she is speaking for all of us. => Clinton (cue-adjacent)"}},
		{"a statement's words are its issuer's",
			"Ann Lee and Tom Okafor issued a statement calling the vote “a step forward.” The statement said “closed.”",
			[]string{"a step forward. => Tom Okafor (cue-adjacent)", "closed. => statement (cue-adjacent)"}},
		{"a speech noun's owner speaks its object",
			"Donald Trump spoke. Trump’s attacks on Hillary Clinton were sharper. The senator’s criticism of the deal was harsh.",
			[]string{"Hillary Clinton => Donald Trump (speech-noun)", "the deal => senator (speech-noun)"}},
		{"an adverb before the verb is no speaker, the noun before it is", "“No,” the media finally said.",
			[]string{"No, => media (cue-adjacent)"}},
		{"a question asked is answered by the other one there",
			"Ada Penrose stood on the landing, where the ferryman was coiling rope.\n\n“Is the boat going across?” she asked.\n\n“Not tonight, miss.”",
			[]string{"Is the boat going across? => Ada Penrose (cue-adjacent)", "Not tonight, miss. => ferryman (answer)"}},
		{"a question said is rhetorical, and the speaker goes on",
			"Tom Okafor spoke after Elena Marsh.\n\n“Are they small hands?” Okafor said.\n\n“No one has ever said so.”",
			[]string{"Are they small hands? => Tom Okafor (cue-adjacent)", "No one has ever said so. => Tom Okafor (paragraph-continuation)"}},
		{"a name called out is the one who answers, though the last rule found the caller",
			"Ada Penrose reached the bank. A young man was waiting with a lantern. “Ada! I had given you up.”\n\n“Robert! How is he?”",
			[]string{"Ada! I had given you up. => young man (nearest-subject)", "Robert! How is he? => Ada Penrose (addressed-reply)"}},
		{"no one calls themselves by name, and a question then attributed is a turn",
			"“I am never tired,” said Tom Okafor.\n\nElena Marsh came nearer. “Behind in what?” she faltered.\n\n“In everything, Miss Marsh.”",
			[]string{"I am never tired, => Tom Okafor (cue-adjacent)", "Behind in what? => Elena Marsh (cue-adjacent)", "In everything, Miss Marsh. => Tom Okafor (answer)"}},
		{"long untagged lines tell a story, and pass the word in turn",
			"The Roses\n\nThe summer came late to Helston that year, and the rain kept everyone indoors for the better part of June.\n\nThe garden suffered most of all. The beds by the wall were flattened, and the old gardener had given up the roses as lost.\n\nThe vicar called twice and was not received. The doctor called once and was.\n\nThe house grew quiet, as houses do in a wet summer.\n\nMr. Hale took it harder than anyone. He walked the paths every morning, and every morning he came back more silent than before.\n\nMargaret was reading by the fire when he came in on the tenth morning, wet to the knees and out of temper with the weather, the gardener and himself. He stood by the window for a long while, watching the rain run down the glass, before he spoke. The clock on the mantelpiece struck eleven, and then the quarter, and then the half, and still he stood there with his hands behind his back, as his father had stood before him in the same window, looking at the same garden in the same rain. Margaret turned a page she had not read, and then another, and waited, as she had learned to wait. At last Mr. Hale turned round and observed, “It is very cold for the time of year, my dear, and I do not think the roses will come to anything at all this summer.”\n\n“Not at all, papa. The roses are always late in this garden, and they always come in the end, whatever the weather may do to them in the months of May and June.”\n\n“I wish I could believe it.”\n\n“Then you must trust me instead, for I am right about the roses and about a great many other things in this house as well, as you very well know by now, papa.”\n\n“You are your mother's daughter.”\n\n“I hope so.”\n\n“Well, well. We shall see.”",
			[]string{"It is very cold for the time of year, my dear, and I do not think the roses will come to anything at all this summer. => Hale (cue-adjacent)",
				"Not at all, papa. The roses are always late in this garden, and they always come in the end, whatever the weather may do to them in the months of May and June. => Margaret (dialogue-turn)",
				"I wish I could believe it. => Hale (dialogue-turn)",
				"Then you must trust me instead, for I am right about the roses and about a great many other things in this house as well, as you very well know by now, papa. => Margaret (dialogue-turn)",
				"You are your mother's daughter. => Hale (dialogue-turn)",
				"I hope so. => Margaret (dialogue-turn)",
				"Well, well. We shall see. => Hale (dialogue-turn)"}},
		{"a line the turns give carries its paragraph with it, where the tag's pronoun is too far from any name",
			"The Lane\n\nTom Okafor came in from the rain, and Elena Marsh looked up from her book.\n\n“Is it raining still?”\n\n“It is.”\n\n“Hard?”\n\n“Very hard.”\n\n“Then you must stay.”\n\n“I cannot.”\n\n“Why not?”\n\n“The horse.”\n\n“The horse can wait.”\n\n“He cannot,” replied he; “he is old.”\n\n“So are you.”",
			[]string{"Is it raining still? => Elena Marsh (action-beat)", "It is. => Tom Okafor (dialogue-turn)", "Hard? => Elena Marsh (dialogue-turn)",
				"Very hard. => Tom Okafor (dialogue-turn)", "Then you must stay. => Elena Marsh (dialogue-turn)", "I cannot. => Tom Okafor (dialogue-turn)",
				"Why not? => Elena Marsh (dialogue-turn)", "The horse. => Tom Okafor (dialogue-turn)", "The horse can wait. => Elena Marsh (dialogue-turn)",
				"He cannot, => Tom Okafor (alternation)", "he is old. => Tom Okafor (split-continuation)", "So are you. => Elena Marsh (alternation)"}},
		{"the mother of one named by a given name alone is the mother of the story's one family",
			"Mr. Harcourt read the paper. Mrs. Harcourt poured the tea, and Mrs. Long talked. Kitty came down late.\n\n“You are late,” said her mother.",
			[]string{"You are late, => Mrs. Harcourt (cue-adjacent)"}},
		{"but with two families she is no one's known mother",
			"Mr. Harcourt read the paper. Mrs. Harcourt poured the tea. Mr. Bell and Mrs. Bell had come to dine. Kitty came down late.\n\n“You are late,” said her mother.",
			[]string{"You are late, => mother (cue-adjacent)"}},
		{"his lady is his wife", "Mrs. Bell was at the door when Mr. Bell came home.\n\n“You are late,” said his lady.",
			[]string{"You are late, => Mrs. Bell (cue-adjacent)"}},
		{"a phrase opening on an -ing verb is no subject's",
			"Calling it “just another apology”, Anna Franowska of a charity told Reuters “it appears prepared.”",
			[]string{"just another apology => Anna Franowska (cue-adjacent)", "it appears prepared. => Anna Franowska (cue-adjacent)"}},
		{"its cue's subject comes after it, though another speaker's line came before and a quote stands between",
			"“I am sorry,” said Archbishop Wojciech Polak. Calling it as “just another apology”, Anna Franowska of “Have no fear” told Reuters “it appears prepared.”",
			[]string{"I am sorry, => Wojciech Polak (cue-adjacent)", "just another apology => Anna Franowska (cue-adjacent)",
				"Have no fear => Anna Franowska (split-continuation)", "it appears prepared. => Anna Franowska (sentence-cue)"}},
		{"and the phrase may end inside a quote's marks",
			"Trump spoke. Bemoaning the “phony system,” Trump accused Holt of being a Democrat, though he is not.",
			[]string{"phony system, => Trump (cue-adjacent)", "Holt of being a Democrat => Trump (reported-clause)"}},
		{"nor is one before a colon",
			"Tom Okafor came in.\n\nObserving his daughter trimming a hat, he suddenly addressed her with:\n\n“I hope you will like it, Lizzy.”",
			[]string{"I hope you will like it, Lizzy. => Tom Okafor (colon-intro)"}},
		{"but 'according to' names its source",
			"According to a complaint filed by the Securities and Exchange Commission, the developers engaged in a “massive scheme.”",
			[]string{"massive scheme. => Exchange Commission (according-to)"}},
		{"an organisation owned after 'of' is the speaker's, not the speaker",
			"The study came out on Monday. Lead author Sally Wasef of Australia's Griffith University explained to the press, “The ibis was the god Thoth.”",
			[]string{"The ibis was the god Thoth. => Sally Wasef (cue-adjacent)"}},
		{"a passive cue's agent speaks",
			"Vladimir Putin visited the site. He was told by Emergencies Minister Yevgeny Zinichev of “40 people under the rubble”. Tom Okafor was called “a liar” by Ted Cruz.",
			[]string{"40 people under the rubble => Yevgeny Zinichev (cue-adjacent)", "a liar => Ted Cruz (cue-adjacent)"}},
		{"but not of a quote further on",
			"Ted Cruz faced criticism. Cruz belittled the issue of the $1 million in loans, calling it a “paperwork error” that was reported in a “hit piece” by The New York Times.",
			[]string{"the issue of the $1 million in loans => Ted Cruz (reported-clause)", "paperwork error => Ted Cruz (cue-adjacent)", "hit piece => Ted Cruz (sentence-cue)"}},
		{"a rank the description has, the title it stands for must have",
			"Vice President Joseph Biden spoke. President Barack Obama spoke. “I would have thrown my body in,” the vice president said.",
			[]string{"I would have thrown my body in, => Joseph Biden (cue-adjacent)"}},
		{"even where the rank stands before the title",
			"Former UN Ambassador John Bolton spoke. President Barack Obama spoke. “It is vast,” the former ambassador said.",
			[]string{"It is vast, => John Bolton (cue-adjacent)"}},
		{"a statement from someone, before a colon, is theirs",
			"King Maha Vajiralongkorn objected. The palace issued the following statement from the king: “She retains her status.”",
			[]string{"She retains her status. => Maha Vajiralongkorn (colon-intro)"}},
		{"a name introduced with a relative clause is not the one addressed; a visitor who says how to address him is named so",
			"A man entered, masked.\n\n“You had my note?” he asked.\n\n“We had,” said Sherlock Holmes.\n\n“And?”\n\n“And we are here. This is my friend, Dr. Watson, who helps me. Whom have I the honour to address?”\n\n“You may address me as the Count Von Kramm.”\n\n“Very good.”",
			[]string{"You had my note? => Count Von Kramm (cue-adjacent)", "We had, => Sherlock Holmes (cue-adjacent)", "And? => Count Von Kramm (dialogue-turn)",
				"And we are here. This is my friend, Dr. Watson, who helps me. Whom have I the honour to address? => Sherlock Holmes (dialogue-turn)",
				"You may address me as the Count Von Kramm. => Count Von Kramm (dialogue-turn)", "Very good. => Sherlock Holmes (dialogue-turn)"}},
		{"a pronoun tag on a new paragraph is the other one's turn, not the last speaker's",
			"The Studio\n\nBasil Hallward stood by the easel. Lord Henry Wotton lay on the divan, smoking.\n\n“It is your best work, Basil,” said Lord Henry. “You must send it to the Grosvenor.”\n\n“I do not think I shall send it anywhere,” he answered, tossing his head back.\n\n“Not send it anywhere? Why?”\n\n“I know you will laugh at me,” he replied, “but I really cannot exhibit it.”\n\n“I shall not laugh.”\n\n“You will.”",
			[]string{"It is your best work, Basil, => Henry Wotton (cue-adjacent)", "You must send it to the Grosvenor. => Henry Wotton (split-continuation)",
				"I do not think I shall send it anywhere, => Basil Hallward (pronoun-turn)", "Not send it anywhere? Why? => Henry Wotton (dialogue-turn)",
				"I know you will laugh at me, => Basil Hallward (pronoun-turn)", "but I really cannot exhibit it. => Basil Hallward (pronoun-turn)",
				"I shall not laugh. => Henry Wotton (alternation)", "You will. => Basil Hallward (alternation)"}},
		{"and so is a line's own beat whose pronoun was taken for the last speaker",
			"The Gun\n\nKim sat on the gun. The old man came up to the boys.\n\n“Can any enter?” he said.\n\n“All can enter,” said Kim.\n\n“Without payment?”\n\n“I am no banker,” laughed Kim.\n\n“Alas! I am an old man.” Then, fingering his rosary, he turned to the house.",
			[]string{"Can any enter? => old man (cue-adjacent)", "All can enter, => Kim (cue-adjacent)", "Without payment? => old man (dialogue-turn)",
				"I am no banker, => Kim (cue-adjacent)", "Alas! I am an old man. => old man (pronoun-turn)"}},
		{"a noun no list knows that speaks in a line's tag is that speaker after 'the' anywhere",
			"The Gun\n\nKim sat on the gun. A stranger came by.\n\n“Who is he?” said Kim.\n\n“I came from the Hills,” stammered the lama.\n\n“Where?” said Kim.\n\n“Ay, ay!” The lama mounted his spectacles.",
			[]string{"Who is he? => Kim (cue-adjacent)", "I came from the Hills, => lama (cue-adjacent)", "Where? => Kim (cue-adjacent)", "Ay, ay! => lama (action-beat)"}},
		{"a reflexive after a name tells its gender where nothing else does",
			"Wall\n\nAlice walked up to the wall. ‘Hello,’ said Humpty Dumpty. It was Humpty Dumpty himself.\n\n‘It can’t be anybody else!’ she said.",
			[]string{"Hello, => Humpty Dumpty (cue-adjacent)", "It can’t be anybody else! => Alice (cue-adjacent)"}},
		{"one of a group brought in by the narration is no epithet of the one man who spoke before",
			"The Office\n\n“Merry Christmas!” cried Mrs. Cratchit.\n\n“Humbug!” said Mr. Scrooge.\n\n“Good afternoon!” said Mrs. Cratchit.\n\nTwo portly gentlemen came in, with their hats off.\n\n“Mr. Scrooge, I believe,” said the gentleman.\n\n“He is dead,” Scrooge replied.",
			[]string{"Merry Christmas! => Cratchit (cue-adjacent)", "Humbug! => Scrooge (cue-adjacent)", "Good afternoon! => Cratchit (cue-adjacent)",
				"Mr. Scrooge, I believe, => gentleman (cue-adjacent)", "He is dead, => Scrooge (cue-adjacent)"}},
		{"and 'this gentleman' hands the talk over to no girl",
			"The School\n\nThomas Gradgrind stood by the desk.\n\n“Facts!” said Mr. Gradgrind.\n\nThe third gentleman now stepped forth.\n\n“Very well,” said this gentleman, smiling.\n\n“Facts alone,” said Mr. Gradgrind.\n\nAt the back Mary Jupe stood up.\n\n“I would fancy, sir,” said Mary.\n\n“You must not,” said Mr. Gradgrind.",
			[]string{"Facts! => Thomas Gradgrind (cue-adjacent)", "Very well, => third gentleman (cue-adjacent)", "Facts alone, => Thomas Gradgrind (cue-adjacent)",
				"I would fancy, sir, => Mary Jupe (cue-adjacent)", "You must not, => Thomas Gradgrind (cue-adjacent)"}},
		{"in talk, one who speaks beats one only spoken of in the sentence before",
			"The Flat\n\n“What a nice flat,” said Lily Bart.\n\n“It is small,” said Selden.\n\n“I love it,” said Lily.\n\nHe watched her hand, and he was struck with the irony of suggesting to Lily such a life as his cousin Gertrude Farish had chosen.\n\n“It was horrid of me to say that,” she said.\n\n“Not at all,” said Selden.",
			[]string{"What a nice flat, => Lily Bart (cue-adjacent)", "It is small, => Selden (cue-adjacent)", "I love it, => Lily Bart (cue-adjacent)",
				"It was horrid of me to say that, => Lily Bart (cue-adjacent)", "Not at all, => Selden (cue-adjacent)"}},
		{"a name a dash sets off where a line opens is called",
			"The Hall\n\nHarriet sat by the fire. Mr. Knightley came in.\n\n“Harriet—what good luck!” said he.\n\n“Thank you.”",
			[]string{"Harriet—what good luck! => Knightley (cue-adjacent)", "Thank you. => Harriet (addressed-reply)"}},
		{"and so does one the narration keeps calling 'she', whose lines later rules find",
			"The Flat\n\n“What a nice flat!” Lily Bart looked round.\n\n“It is small,” said Mr. Selden.\n\n“Oh, I love it.”\n\n“You may have it.”\n\nShe measured out the tea. He watched her hand, and he was struck with the irony of suggesting to her such a life as his cousin Gertrude Farish had chosen.\n\n“It was horrid of me to say that,” she said.\n\n“Not at all,” said Mr. Selden.",
			[]string{"What a nice flat! => Lily Bart (action-beat)", "It is small, => Selden (cue-adjacent)", "Oh, I love it. => Lily Bart (dialogue-turn)",
				"You may have it. => Selden (dialogue-turn)", "It was horrid of me to say that, => Lily Bart (cue-adjacent)", "Not at all, => Selden (cue-adjacent)"}},
		{"a voice the text says is someone's is theirs",
			"The Drawing-Room\n\nMrs. Shaw talked on. Margaret listened.\n\n“She is a lucky girl,” replied another voice, which Margaret knew to be that of Mrs. Gibson, a lady of the party. “Helen wanted a shawl.”",
			[]string{"She is a lucky girl, => Gibson (cue-adjacent)", "Helen wanted a shawl. => Gibson (split-continuation)"}},
		{"the subject of a clause a semicolon joins on is the 'his' of its own clause, and then the 'he'",
			"The Cell\n\nThe other man lay on the floor, covered with a coat.\n\n“Get up!” said the first man.\n\n“It is all one, master,” said the other man.\n\n“Is it noon?” said the first man.\n\n“Nearly,” said the other man.\n\nThe prattle of a sweet little voice mingled with the noise they made; and the prison-keeper appeared carrying his daughter, three or four years old, and a basket.\n\n“How goes the world this forenoon, gentlemen?”\n\nHe looked sharply at the birds himself, as he held the child up at the grate. “I have brought your bread,” said he.",
			[]string{"Get up! => first man (cue-adjacent)", "It is all one, master, => other man (cue-adjacent)", "Is it noon? => first man (cue-adjacent)",
				"Nearly, => other man (cue-adjacent)", "How goes the world this forenoon, gentlemen? => prison-keeper (action-beat)", "I have brought your bread, => prison-keeper (cue-adjacent)"}},
		{"but a tag that says the speaker goes on is left",
			"The Studio\n\nBasil Hallward stood by the easel. Lord Henry Wotton lay on the divan.\n\n“It is your best work,” said Lord Henry.\n\n“Is it?” said Basil.\n\n“It is,” said Lord Henry.\n\n“Send it to the Grosvenor,” he added.",
			[]string{"It is your best work, => Henry Wotton (cue-adjacent)", "Is it? => Basil Hallward (cue-adjacent)",
				"It is, => Henry Wotton (cue-adjacent)", "Send it to the Grosvenor, => Henry Wotton (cue-adjacent)"}},
		{"but not where the tag speaks to the other one",
			"The Boat\n\nThe Rat sat in the boat. The Mole sat on the bank.\n\n“Come aboard,” said the Rat.\n\n“I will,” said the Mole.\n\n“Mind the step,” said the Rat.\n\n“Put that under your seat,” he said to the Mole.",
			[]string{"Come aboard, => Rat (cue-adjacent)", "I will, => Mole (cue-adjacent)", "Mind the step, => Rat (cue-adjacent)",
				"Put that under your seat, => Rat (cue-adjacent)"}},
		{"nor where the last speaker went on acting after his line",
			"The Boat\n\nThe Rat sat in the boat. The Mole sat on the bank.\n\n“Come aboard,” said the Rat.\n\n“I will,” said the Mole.\n\n“Mind the step,” said the Rat. He reached up and lifted the basket down.\n\n“Put that under your seat,” he observed.",
			[]string{"Come aboard, => Rat (cue-adjacent)", "I will, => Mole (cue-adjacent)", "Mind the step, => Rat (cue-adjacent)",
				"Put that under your seat, => Rat (cue-adjacent)"}},
		{"in its own sentence a pronoun's subject comes before an owner",
			"Sherlock Holmes sat by the fire. Dr. Mortimer came in. As he entered, his eyes fell upon the stick in Holmes's hand, and he cried, “I am so very glad.”",
			[]string{"I am so very glad. => Mortimer (cue-adjacent)"}},
		{"and so where both are known to be men",
			"Tom Baker sat by the fire. John Smith came in. As he entered, his eyes fell upon the stick in Tom Baker's hand, and he cried, “I am so very glad.”",
			[]string{"I am so very glad. => John Smith (cue-adjacent)"}},
		{"in a story a described newcomer, subject of the sentence before, is the 'he'",
			"Baker Street\n\n“Come in!” said John Lane.\n\n“Who is it?” I asked.\n\n“A doctor,” said Lane. He nodded at the door.\n\n“How do you know?”\n\n“By his stick.”\n\nThe appearance of our visitor was a surprise to me. He was a very tall, thin man. “I am so very glad,” said he.\n\n“A presentation, I see,” said Lane.",
			[]string{"Come in! => John Lane (cue-adjacent)", "Who is it? => narrator (cue-adjacent)", "A doctor, => John Lane (cue-adjacent)",
				"How do you know? => narrator (dialogue-turn)", "By his stick. => John Lane (dialogue-turn)",
				"I am so very glad, => visitor (cue-adjacent)", "A presentation, I see, => John Lane (cue-adjacent)"}},
		{"relatives and epithets are the people of the talk: her husband, the lady, his wife",
			"Norland\n\nMrs. John Dashwood did not approve of what her husband meant to do for the Miss Dashwoods. Mr. Dashwood sat by the fire.\n\n“It was my father's last request,” replied her husband.\n\n“He did not know what he was talking of,” she said.\n\n“He asked it of me, my dear Fanny.”\n\n“Then give them something small,” said the lady.\n\n“Five hundred pounds?”\n\nHis wife hesitated a little.\n\n“To be sure,” said she, “it is better than nothing.”",
			[]string{"It was my father's last request, => Dashwood (cue-adjacent)", "He did not know what he was talking of, => Mrs. John Dashwood (cue-adjacent)",
				"He asked it of me, my dear Fanny. => Dashwood (dialogue-turn)", "Then give them something small, => Mrs. John Dashwood (cue-adjacent)",
				"Five hundred pounds? => Dashwood (dialogue-turn)", "To be sure, => Mrs. John Dashwood (cue-adjacent)",
				"it is better than nothing. => Mrs. John Dashwood (split-continuation)"}},
		{"a family named in the plural is no 'she'",
			"Norland\n\nMrs. John Dashwood frowned. What claim could the Miss Dashwoods have on his money? “None at all,” she said.",
			[]string{"None at all, => Mrs. John Dashwood (cue-adjacent)"}},
		{"his wife, opening her sentence, is its subject; of two Mrs. Dashwoods she is the one named as a wife",
			"Norland\n\nMr. Dashwood sat by the fire with Mrs. John Dashwood. Old Mrs. Dashwood was upstairs.\n\nHis wife hesitated. “To be sure,” said she.",
			[]string{"To be sure, => Mrs. John Dashwood (cue-adjacent)"}},
		{"a group that acted in the narration does not take the next turn",
			"The Study\n\n“Is it late?” said Filby.\n\n“Not yet,” said the Traveller.\n\n“Then go on.”\n\n“I will.”\n\nHe put it to us in this way, and we sat and lazily admired his earnestness.\n\n“You must follow me carefully.”",
			[]string{"Is it late? => Filby (cue-adjacent)", "Not yet, => Traveller (cue-adjacent)", "Then go on. => Filby (dialogue-turn)",
				"I will. => Traveller (dialogue-turn)", "You must follow me carefully. => Traveller (action-beat)"}},
		{"a narrator is not one of several called together",
			"The Nursery\n\n“Where is she?” said John Reed. “Lizzy! Georgy! She is not here. Lizzy, look in the hall.”\n\n“I am here,” said I.\n\n“Come out, Jane.”\n\n“I will not,” said I.",
			[]string{"Where is she? => John Reed (cue-adjacent)", "Lizzy! Georgy! She is not here. Lizzy, look in the hall. => John Reed (split-continuation)",
				"I am here, => Jane (cue-adjacent)", "Come out, Jane. => John Reed (dialogue-turn)", "I will not, => Jane (cue-adjacent)"}},
		{"a family speaks",
			"Radio host Don Imus died on Friday.\n\nImus is survived by his second wife and their two sons.\n\nThe family's statement on the death read: “Don loved his ranch.”",
			[]string{"Don loved his ranch. => family (speech-noun)"}},
		{"a family is no 'he'",
			"Kim Haines was born in Seoul. An American family took in Kim Haines, and he said “I never knew.”",
			[]string{"I never knew. => Kim Haines (cue-adjacent)"}},
		{"a described newcomer is the one the narration names as he goes on talking",
			"Baker Street\n\n“Come in!” said John Lane.\n\n“Who is it?” I asked.\n\n“A doctor,” said Lane. He nodded at the door.\n\n“How do you know?”\n\n“By his stick.”\n\nThe appearance of our visitor was a surprise to me. He was a very tall, thin man. “I am so very glad,” said he.\n\n“A presentation, I see,” said Lane.\n\n“Yes, sir.”\n\n“Dear, dear, that is bad!” said Lane.\n\nDr. Mortimer blinked in mild astonishment.\n\n“Why was it bad?”\n\n“Only that you have married.”",
			[]string{"Come in! => John Lane (cue-adjacent)", "Who is it? => narrator (cue-adjacent)", "A doctor, => John Lane (cue-adjacent)",
				"How do you know? => narrator (dialogue-turn)", "By his stick. => John Lane (dialogue-turn)",
				"I am so very glad, => Mortimer (cue-adjacent)", "A presentation, I see, => John Lane (cue-adjacent)", "Yes, sir. => Mortimer (dialogue-turn)",
				"Dear, dear, that is bad! => John Lane (cue-adjacent)", "Why was it bad? => Mortimer (action-beat)", "Only that you have married. => John Lane (dialogue-turn)"}},
		{"nor one who comes in long after",
			"The River\n\nThe Mole crossed the meadow.\n\n“Hold up!” said an elderly rabbit at the gap.\n\n“Onion sauce!” cried the Mole.\n\nHe ran on.\n\nHe ran past the hedge.\n\n“Spring!” he sang.\n\nHe came to the river.\n\nIt was the Water Rat!\n\n“Hullo, Mole!” said the Water Rat.",
			[]string{"Hold up! => elderly rabbit (cue-adjacent)", "Onion sauce! => Mole (cue-adjacent)", "Spring! => Mole (cue-adjacent)",
				"Hullo, Mole! => Water Rat (cue-adjacent)"}},
		{"but not one a tag brings in: he is someone new",
			"Baker Street\n\n“Come in!” said John Lane.\n\n“Who is it?” I asked.\n\n“A doctor,” said Lane. He nodded at the door.\n\n“How do you know?”\n\n“By his stick.”\n\nThe appearance of our visitor was a surprise to me. He was a very tall, thin man. “I am so very glad,” said he.\n\n“A presentation, I see,” said Lane.\n\n“Yes, sir.”\n\n“Dear, dear, that is bad!” said Lane.\n\n“Why was it bad?” said Dr. Mortimer.",
			[]string{"Come in! => John Lane (cue-adjacent)", "Who is it? => narrator (cue-adjacent)", "A doctor, => John Lane (cue-adjacent)",
				"How do you know? => narrator (dialogue-turn)", "By his stick. => John Lane (dialogue-turn)",
				"I am so very glad, => visitor (cue-adjacent)", "A presentation, I see, => John Lane (cue-adjacent)", "Yes, sir. => visitor (dialogue-turn)",
				"Dear, dear, that is bad! => John Lane (cue-adjacent)", "Why was it bad? => Mortimer (cue-adjacent)"}},
		{"a line signed after a dash is the signer's, whatever the words around it",
			"Voters speak\n\nReaders wrote in.\n\n“We need law and order.” ― Sonya Herridge\n“During the debate Trump said it.” ― Jacklyn Ashley.\n\nMore came in later.",
			[]string{"We need law and order. => Sonya Herridge (signature)", "During the debate Trump said it. => Jacklyn Ashley (signature)"}},
		{"in a story a described subject is her own sentence's 'her'",
			"Green Gables\n\n“Where is the boy?” asked Marilla.\n\n“There wasn't any boy,” said Matthew.\n\n“There must have been.”\n\n“Well, there wasn't.”\n\nDuring this talk the child had stood silent, her eyes roving from one to the other. She dropped her bag.\n\n“You don't want me!” she cried.",
			[]string{"Where is the boy? => Marilla (cue-adjacent)", "There wasn't any boy, => Matthew (cue-adjacent)", "There must have been. => Marilla (dialogue-turn)",
				"Well, there wasn't. => Matthew (dialogue-turn)", "You don't want me! => child (cue-adjacent)"}},
		{"but not a description of no one",
			"Baker Street\n\n“Come in,” said Sherlock Holmes. He smiled.\n\n“Thank you,” said I.\n\n“Sit down.”\n\n“I will.”\n\nWith hardly a word spoken, he waved me to an armchair. “Wedlock suits you,” he remarked.",
			[]string{"Come in, => Sherlock Holmes (cue-adjacent)", "Thank you, => narrator (cue-adjacent)", "Sit down. => Sherlock Holmes (dialogue-turn)",
				"I will. => narrator (dialogue-turn)", "Wedlock suits you, => Sherlock Holmes (cue-adjacent)"}},
		{"an epithet for one the narration just brought in stays his",
			"The Forest\n\n“Is it far?” asked Dorothy.\n\n“Not far,” said Tom Lane. He smiled.\n\n“Then come.”\n\n“I will.”\n\nBeside a tree stood a man made entirely of tin.\n\n“Did you groan?” asked Dorothy.\n\n“Yes,” answered the tin man.",
			[]string{"Is it far? => Dorothy (cue-adjacent)", "Not far, => Tom Lane (cue-adjacent)", "Then come. => Dorothy (dialogue-turn)",
				"I will. => Tom Lane (dialogue-turn)", "Did you groan? => Dorothy (cue-adjacent)", "Yes, => tin man (cue-adjacent)"}},
		{"a cue right before a quote is its link, over one further on",
			"The study was published. Carl Lipo spoke first. He went on to add “The exceptions to the rule are met by water there,” referring to caves, and that some historical evidence suggests this.",
			[]string{"The exceptions to the rule are met by water there, => Carl Lipo (cue-adjacent)"}},
		{"but not a participle's: its subject lies elsewhere",
			"The senator was rallying for an academic named Eric Kingson, who worked the crowd, praising “Bernie's genuineness” as he promised to defend Social Security.",
			[]string{"Bernie's genuineness => Eric Kingson (cue-adjacent)", "to defend Social Security => Eric Kingson (reported-clause)"}},
		{"a narrator who speaks in long paragraphs is the one the others call by a name no list knows",
			"The Forge\n\nJoe sat by the fire, and I sat by Joe, and the kitchen was warm, and the clock ticked on the wall as it always did in the evenings when my sister was out on one of her rampages. Joe looked at me for a long while. “She is out, Pip,” said Joe at last, “and she has got Tickler with her.”\n\nI thought about this for a long time, twisting the only button on my waistcoat round and round, and looking in great depression at the fire, which was low. “Has she been gone long, Joe?” said I.\n\nJoe glanced up at the clock and then at me, as though he were weighing what he should tell me of it. “Well, Pip,” said Joe, “she has been on the rampage this last spell about five minutes.”\n\nI was frightened, and said nothing more for a while, but at last I could bear it no longer and went to the door. “Is she coming, Joe?” said I. “I hear her,” said I again.",
			[]string{"She is out, Pip, => Joe (cue-adjacent)", "and she has got Tickler with her. => Joe (split-continuation)",
				"Has she been gone long, Joe? => Pip (cue-adjacent)", "Well, Pip, => Joe (cue-adjacent)",
				"she has been on the rampage this last spell about five minutes. => Joe (split-continuation)",
				"Is she coming, Joe? => Pip (cue-adjacent)", "I hear her, => Pip (cue-adjacent)"}},
		{"of two names only the lines call, the narrator's is the one called beside the narrator's lines",
			"The Inn\n\nThe captain lay in bed, and I sat by him.\n\n“Jim,” he said, “bring me rum.”\n\n“I will not,” said I.\n\n“Then I shall die, Jim.”\n\nA blind man came to the door and tapped.\n\n“Bill,” he said, “here is a friend for you.”\n\n“Go away,” said the captain.\n\n“No,” said I, “stay.”",
			[]string{"Jim, => captain (cue-adjacent)", "bring me rum. => captain (cue-adjacent)", "I will not, => Jim (cue-adjacent)",
				"Then I shall die, Jim. => captain (dialogue-turn)", "Bill, => blind man (cue-adjacent)", "here is a friend for you. => blind man (cue-adjacent)",
				"Go away, => captain (cue-adjacent)", "No, => Jim (cue-adjacent)", "stay. => Jim (split-continuation)"}},
		{"but a columnist's one line in marks leaves the writer unnamed",
			"The Vote\n\nI went to the council meeting on Tuesday, where the mayor spoke for an hour about the budget and the roads and the new library, which will open next year if the money holds. “Thank you, Bob,” said the mayor to the clerk at the end of it. “It was a long one,” I said to the man beside me, who did not answer.",
			[]string{"Thank you, Bob, => mayor (cue-adjacent)", "It was a long one, => narrator (cue-adjacent)"}},
		{"a line after narration that calls the one who acted is the other speaker's",
			"The Fence\n\nTom Sawyer came out with a bucket. Jim came skipping out at the gate.\n\n“Say, Jim, I will fetch the water if you will whitewash some.”\n\n“Can not, Mars Tom. Ole missis told me.”\n\n“She never licks anybody. I will give you a white alley!”\n\nJim began to waver.\n\n“White alley, Jim! And it is a bully taw.”\n\n“My! Dat is a mighty gay marvel, I tell you!”",
			[]string{"Say, Jim, I will fetch the water if you will whitewash some. => Tom Sawyer (action-beat)", "Can not, Mars Tom. Ole missis told me. => Jim (addressed-reply)",
				"She never licks anybody. I will give you a white alley! => Mars Tom (addressed-reply)", "White alley, Jim! And it is a bully taw. => Mars Tom (action-beat)",
				"My! Dat is a mighty gay marvel, I tell you! => Jim (addressed-reply)"}},
		{"one of a group speaks for it",
			"The parents were sentenced. One of the children said, “Sometimes I still have nightmares.”",
			[]string{"Sometimes I still have nightmares. => children (cue-adjacent)"}},
		{"but a name set beside one of a group is the one who speaks",
			"The frogs were surveyed. One of the study's authors, herpetologist David Blackburn, told a magazine the frequency of spiky skulls in unrelated frogs suggested a deep pattern: “These frogs are turning on ancient machinery.”",
			[]string{"These frogs are turning on ancient machinery. => David Blackburn (cue-adjacent)"}},
		{"but one of a group after a verb is its object",
			"The Parlour\n\nMr. Hale read. Mrs. Hale sewed.\n\n“It is cold,” said Mr. Hale.\n\n“It is,” said Mrs. Hale.\n\n“Very cold.”\n\n“Yes.”\n\nMrs. Hale sighed, and began scolding one of her daughters.\n\n“Do not keep coughing so!”",
			[]string{"It is cold, => Mr. Hale (cue-adjacent)", "It is, => Mrs. Hale (cue-adjacent)", "Very cold. => Mr. Hale (dialogue-turn)",
				"Yes. => Mrs. Hale (dialogue-turn)", "Do not keep coughing so! => Mrs. Hale (action-beat)"}},
		{"a hedged claim is the writer's, even with a person for its subject; a source set inside a clause is not a hedge",
			"Sanders appears to have a slight lead. Mayor Ann Cole is expected to sign the bill. Fundraising, according to the campaign, has surged.",
			[]string{"Sanders appears to have a slight lead => ? (hedged-claim)", "Mayor Ann Cole is expected to sign the bill => ? (hedged-claim)",
				"Fundraising, according to the campaign, has surged => campaign (according-to)"}},
		{"the agent of a passive act speaks of its subject",
			"Paul Krugman wrote. These policy proposals have been applauded by Paul Krugman. Her plan was praised by Wall Street critics.",
			[]string{"These policy proposals => Paul Krugman (reported-clause)", "Her plan => Wall Street critics (reported-clause)"}},
		{"what an empty 'it' seems is the writer's too",
			"Marco Rubio spoke. It now seems inevitable that Rubio will attack Trump.",
			[]string{"inevitable that Rubio will attack Trump => ? (hedged-claim)"}},
		{"a subject that names no one the article knows speaks as itself; a possessive's owner, past a denial",
			"Abortion rights advocates said the ruling made the fight critical. The group's appeals for a minimum-wage hike spread. " +
				"Primary turnout levels don’t offer a surefire forecast. Let's hope it stays that way. The couple lived in Angers, according to ouest-france.fr.",
			[]string{"the ruling made the fight critical => Abortion rights advocates (reported-clause)", "a minimum-wage hike spread => group (reported-clause)",
				"a surefire forecast => Primary turnout levels (reported-clause)", "it stays that way => ? ()",
				"The couple lived in Angers => ouest-france.fr (according-to)"}},
		{"a country that holds a view holds it as itself",
			"Robert Levinson disappeared in 2007. Iran insists it does not know his whereabouts.",
			[]string{"it does not know his whereabouts => Iran (reported-clause)"}},
		{"a document a body made is the source, not the body, where the source's words end on it",
			"The plane flew 333 hours, according to F.A.A. records. The two are tied, according to a Reuters/Ipsos poll. Trump leads, according to a poll by Suffolk University.",
			[]string{"The plane flew 333 hours => F.A.A. records (according-to)", "The two are tied => Reuters/Ipsos poll (according-to)",
				"Trump leads => Suffolk University (according-to)"}},
		{"and so does one after the clause",
			"Her fate hinges on the economy, longtime residents say. The plan, an inside source said, is to wait.",
			[]string{"Her fate hinges on the economy => longtime residents (reported-clause)", "The plan => source (reported-clause)"}},
		{"a relative clause's cue is the one it hangs from, though that one is an object",
			"The crowd cheered for Bernie Sanders, who said, “We will win this.”",
			[]string{"We will win this. => Bernie Sanders (cue-adjacent)"}},
		{"a relative clause hangs from a description's head, not a body the description names",
			"Republicans watched Donald Trump clash with Megyn Kelly, a star anchor at Fox News who called him “a bully.”",
			[]string{"a bully. => Megyn Kelly (cue-adjacent)"}},
		{"a description beside a name, after its place, is the name's",
			"“Expect delays,” said Gov. Tom Reyes of Ohio, a Republican who has called the plan “a disaster.”",
			[]string{"Expect delays, => Tom Reyes (cue-adjacent)", "a disaster. => Tom Reyes (cue-adjacent)"}},
		{"a head that is no mention hangs from the name it is set beside",
			"Ted Cruz, a graduate of Harvard Law School who has called the ruling “lawless,” spoke on Monday.",
			[]string{"lawless, => Ted Cruz (cue-adjacent)"}},
		{"a second description joined by 'and' is the name's too",
			"“We have a ton of work to do,” said Lionel Sosa, a Texas media consultant and an influential Hispanic Republican who said he would not vote for Mr. Cruz.",
			[]string{"We have a ton of work to do, => Lionel Sosa (cue-adjacent)", "he would not vote for Mr. Cruz => Lionel Sosa (reported-clause)"}},
		{"a description beside no name is the relative clause's own, past a name in another clause",
			"After meeting Jane Ruiz, Donald Trump thanked the Mexican president, who said NAFTA has been good for “the U.S. as well as Mexico.”",
			[]string{"the U.S. as well as Mexico. => Mexican president (cue-adjacent)"}},
		{"a person a preposition brings in is a relative clause's antecedent",
			"Bernie Sanders disavowed remarks made by a campaign surrogate, who said voters shouldn’t “elect corporate Democrats.”",
			[]string{"elect corporate Democrats. => campaign surrogate (cue-adjacent)"}},
		{"a cue in a relative clause after a quote is not the quote's",
			"Hillary Clinton began by slamming candidates who think they can “outsource” leadership to “dictators” and followed up with an attack on Donald Trump, who has said he wants to be a “neutral” broker.",
			[]string{"outsource => Hillary Clinton (cue-adjacent)", "dictators => Hillary Clinton (sentence-cue)", "neutral => Donald Trump (cue-adjacent)"}},
		{"what one cites in marks is one's words",
			"Several senior Democrats with ties to both Clintons cited another “trap” debate. Maria Ortiz cited Trump’s references to her as “Miss Piggy” and “Miss Housekeeping” as examples.",
			[]string{"trap => senior Democrats (cue-adjacent)", "Miss Piggy => Maria Ortiz (cue-adjacent)", "Miss Housekeeping => Maria Ortiz (cue-adjacent)"}},
		{"a speech verb's form after 'with' or 'of' is a noun, no cue",
			"Pressure is building on Terry McAuliffe, who was greeted with chants of “Bobby!” at a conference.",
			[]string{"Bobby! => ? ()"}},
		{"a passive's agent may stand after a long title, or a description joined to a titled name",
			"The plan was attacked by Republican leader and former secretary of transportation Gary Lind. The budget was attacked by Democratic front-runner and former secretary of state Hillary Clinton.",
			[]string{"The plan => Gary Lind (reported-clause)", "The budget => Hillary Clinton (reported-clause)"}},
		{"a view or words lent to their owner after the quote or opening its sentence",
			"“It’s an across-the-board failure” from diplomacy to the defense budget, in John Bolton’s view. But she doesn’t like “surprises,” in the words of one top staffer. In his view, it is “a disgrace.”",
			[]string{"It’s an across-the-board failure => John Bolton (according-to)", "surprises, => top staffer (according-to)", "a disgrace. => John Bolton (according-to)"}},
		{"in news, a line alone after a paragraph that reports someone's view is theirs; after one that only tells of them, no one's",
			"Richard Viguerie spoke.\n\nViguerie is upbeat about Cruz’s chances, in part because he sees Cruz as a uniter.\n\n“Not only can Ted Cruz win in November, he’s the one with the best chance.”\n\nMaria Lopez is upbeat about the race.\n\n“We can win this.”",
			[]string{"Cruz as a uniter => Richard Viguerie (reported-clause)", "Not only can Ted Cruz win in November, he’s the one with the best chance. => Richard Viguerie (action-beat)", "We can win this. => ? ()"}},
		{"a name set beside a description after its place is the speaker",
			"“It may have been his first attempt,” said his best friend at Lehigh, Bruce Turry. “It was,” said a spokesman for the group.",
			[]string{"It may have been his first attempt, => Bruce Turry (cue-adjacent)", "It was, => spokesman for the group (cue-adjacent)"}},
		{"'condemn' reports speech, and a participle after its clause shares its subject",
			"The network was shut down on Tuesday. A number of Senators condemned the act of the NTC, citing the move as a “grave abuse of governmental power” and “contrary to law”.",
			[]string{"the act of the NTC => Senators (reported-clause)", "grave abuse of governmental power => Senators (cue-adjacent)", "contrary to law => Senators (cue-adjacent)"}},
		{"a participle after a comma is the sentence's subject's act, past a quote between them",
			"On Saturday morning, representatives from Iran acknowledged their government had “unintentionally” shot down a Ukrainian passenger jet near Tehran, blaming “human error” and the fear of aggression.",
			[]string{"unintentionally => representatives from Iran (cue-adjacent)", "human error => representatives from Iran (cue-adjacent)"}},
		{"a body before a role in lower case and a name is no source, the name is",
			"According to Rutgers University political scholar Kelly Dittmar, “Women hold fewer than 30 percent of the seats.”",
			[]string{"Women hold fewer than 30 percent of the seats. => Kelly Dittmar (according-to)"}},
		{"one who hears is not the one who speaks",
			"Margaret sat by the fire.\n\n“I have spared no expense,” were the next words Margaret heard. “She has all the shawls.”",
			[]string{"I have spared no expense, => ? ()", "She has all the shawls. => ? ()"}},
		{"'according to' after the quote's clause, past other words, names the source; not for one word",
			"ALDI called it “unexpected”. Sales went up in a “sharp increase” last week, according to a Woolworths spokesperson. Most were at the “confidential” level, according to a State Department official.",
			[]string{"unexpected => ALDI (cue-adjacent)", "sharp increase => Woolworths spokesperson (according-to)", "confidential => ? ()"}},
		{"'it' is a body the sentence before had as its subject, never a person",
			"Alexei Leonov died on Friday. NASA interrupted its live coverage to mourn Leonov's passing. It also credited Leonov with making the spacewalk possible, noting on Twitter “his venture began the history of extravehicular activity”. The Justice Department opened an inquiry. It said the documents “raise serious questions.”",
			[]string{"Leonov's passing => NASA (reported-clause)", "his venture began the history of extravehicular activity => NASA (cue-adjacent)", "raise serious questions. => Justice Department (cue-adjacent)"}},
		{"friends who jeer speak",
			"Freddy circled the trawler as his friends jeered, “Do svidaniya!”",
			[]string{"Do svidaniya! => friends (cue-adjacent)"}},
		{"what words of another tongue mean is the writer's gloss, no one's words",
			"Freddy circled the trawler as his friends jeered, “Do svidaniya!” - Russian for “goodbye.” George Zimmerman ended the note with “Si vis pacem, para bellum,” Latin for “if you wish peace, prepare for war.”",
			[]string{"Do svidaniya! => friends (cue-adjacent)", "goodbye. => ? ()", "Si vis pacem, para bellum, => George Zimmerman (nearest-subject)", "if you wish peace, prepare for war. => ? ()"}},
		{"a message whose words bring a line in is its sender's; a debate is not the one saying (whosaid leaves it to no one)",
			"Sanders won on Tuesday. His campaign sent out a text message saying: “We won.”\n\nClinton lost. Her campaign sent an email to donors saying: “Give now.”\n\nRyan spoke. Her campaign quickly blasted out an email to supporters stating, “Ryan rebukes Trump.”\n\nThe debate began.\n\nSanders started out their ninth debate saying “of course” Clinton has the qualifications.",
			[]string{"We won. => His campaign (cue-adjacent)", "Give now. => Her campaign (cue-adjacent)", "Ryan rebukes Trump. => campaign (cue-adjacent)", "of course => ? ()"}},
		{"a new subject ends the run of a speaker",
			"“Yes,” Elena Marsh said. Tom Okafor shook his head. “Never.”",
			[]string{"Yes, => Elena Marsh (cue-adjacent)", "Never. => Tom Okafor (nearest-subject)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := who(attribute(tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("attribution in %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestEvidenceChain(t *testing.T) {
	doc := attribute("Foreign Minister Sergei Lavrov arrived. Later Lavrov sat down. “It is dirty,” he said.")
	q := doc.Quotes[0]
	if got := strings.Join(q.Evidence, " → "); got != "he → Lavrov → Sergei Lavrov" {
		t.Errorf("evidence %q, want he → Lavrov → Sergei Lavrov", got)
	}
	if q.Confidence <= 0 || q.Confidence >= 1 {
		t.Errorf("confidence %v, want in (0,1)", q.Confidence)
	}
}

func TestPrepositionObjectThroughPossessor(t *testing.T) {
	doc := attribute("Sally Wasef of Australia's Griffith University explained it. It came after CNBC's Becky Quick said so.")
	a := newAttributor(doc)
	want := map[string]bool{"Griffith University": true, "Becky Quick": false}
	for i, m := range doc.Mentions {
		name := m.In(doc.Text)
		if w, ok := want[name]; ok {
			if got := a.prepositionObject(i); got != w {
				t.Errorf("prepositionObject(%q) = %v, want %v", name, got, w)
			}
			delete(want, name)
		}
	}
	if len(want) > 0 {
		t.Errorf("mentions not found: %v", want)
	}
}

// The counts are those of real texts: chapters of novels, and the news
// articles nearest to them.
func TestCallsAsStory(t *testing.T) {
	tests := []struct {
		name                   string
		n, turns, bare, called int
		want                   bool
	}{
		{"Middlemarch's first chapter: lines that call each other by name", 52, 17, 11, 6, true},
		{"the news article with the most short quoted paragraphs, past tense", 50, 21, 8, 1, false},
		{"the news article calling most by name, in quotes of a show", 25, 2, 0, 9, false},
		{"a short text proves nothing", 12, 5, 2, 5, false},
	}
	for _, tt := range tests {
		if got := callsAsStory(tt.n, tt.turns, tt.bare, tt.called); got != tt.want {
			t.Errorf("%s: callsAsStory(%d, %d, %d, %d) = %v, want %v", tt.name, tt.n, tt.turns, tt.bare, tt.called, got, tt.want)
		}
	}
}

// The counts are those of real texts.
func TestTagsManner(t *testing.T) {
	tests := []struct {
		name                   string
		n, turns, bare, manner int
		want                   bool
	}{
		{"Anne of Avonlea's first chapter: long narration, tags by manner", 49, 10, 11, 7, true},
		{"the news article with most lines among those tagging by manner", 21, 8, 1, 3, false},
		{"a live blog tagging by manner, its lines few among many paragraphs", 156, 12, 2, 7, false},
		{"five tags and a third of paragraphs lines", 30, 6, 4, 5, true},
	}
	for _, tt := range tests {
		if got := tagsManner(tt.n, tt.turns, tt.bare, tt.manner); got != tt.want {
			t.Errorf("%s: tagsManner(%d, %d, %d, %d) = %v, want %v", tt.name, tt.n, tt.turns, tt.bare, tt.manner, got, tt.want)
		}
	}
}

func TestMannerTagsMakeAStory(t *testing.T) {
	narration := "The lane ran down between the fields to the shore, and the oats stood high on either side of it.\n\n"
	text := strings.Repeat(narration, 6) +
		"“Trouble enough, miss,” growled Mr. Harrison.\n\n“I am very sorry,” faltered Anne.\n\n" +
		"“I will keep her in,” pleaded Anne.\n\n“See that you do,” muttered Mr. Harrison.\n\n" +
		"“I promise,” whispered Anne.\n\n“Mind you do,” grumbled Mr. Harrison.\n\n" + strings.Repeat(narration, 6)
	doc := attribute(text)
	if a := newAttributor(doc); !a.dialogue {
		t.Errorf("a scene whose lines are tagged by how they are said does not read as a story")
	}
}

func TestCallsOften(t *testing.T) {
	tests := []struct {
		name          string
		lines, called int
		want          bool
	}{
		{"Vanity Fair's first chapter: dialogue between long narration", 30, 9, true},
		{"the news article calling most by name", 52, 7, false},
		{"a short news article whose few lines call", 8, 3, false},
		{"five of twenty-five", 25, 5, true},
		{"four are too few, however short the text", 10, 4, false},
	}
	for _, tt := range tests {
		if got := callsOften(tt.lines, tt.called); got != tt.want {
			t.Errorf("%s: callsOften(%d, %d) = %v, want %v", tt.name, tt.lines, tt.called, got, tt.want)
		}
	}
}

// The counts here too are those of real texts.
func TestReadsAsStory(t *testing.T) {
	tests := []struct {
		name                      string
		n, turns, bare, exclaimed int
		want                      bool
	}{
		{"Alice's tea party: short turns", 82, 57, 2, 21, true},
		{"Emma's first chapter: long untagged speeches", 44, 11, 17, 3, true},
		{"Dorian Gray's first chapter: neither share alone", 38, 15, 11, 0, true},
		{"The Wind in the Willows' first chapter: exclamations", 94, 29, 2, 38, true},
		{"a Trump interview quoted a paragraph at a time", 17, 6, 5, 0, false},
		{"the news article with the most exclamations", 309, 5, 0, 4, false},
		{"a news article of short quoted paragraphs", 12, 4, 1, 0, false},
		{"two bare lines are too few", 6, 1, 3, 0, false},
	}
	for _, tt := range tests {
		if got := readsAsStory(tt.n, tt.turns, tt.bare, tt.exclaimed); got != tt.want {
			t.Errorf("%s: readsAsStory(%d, %d, %d, %d) = %v, want %v", tt.name, tt.n, tt.turns, tt.bare, tt.exclaimed, got, tt.want)
		}
	}
}

// "dignified, solid, and reassuring" describes: "reassuring" is no speech
// verb whose subject speaks the next line.
func TestPreviousCueIsNoDescribingParticiple(t *testing.T) {
	doc := attribute("Holmes sat with his back to me.\n\nIt was such a stick as the old family practitioner used to carry: dignified, solid, and reassuring. “Well, what do you make of it?”")
	for _, q := range doc.Quotes {
		if q.Rule == RulePreviousCue {
			t.Errorf("%q attributed by %s to the cue %q", q.In(doc.Text), q.Rule, q.Cue.In(doc.Text))
		}
	}
}

// A line opening the paragraph after a tagged one goes on from that tag's
// subject in news ("Or maybe Jeb Bush, consultant Phil Musser says. /
// “…”"); in a story a new paragraph is a new turn, which the turn rules
// decide: "“Nothing!” Scrooge replied. / “You wish to be anonymous?”" is
// the gentleman's.
func TestPreviousCueStaysInItsParagraphInAStory(t *testing.T) {
	for _, dialogue := range []bool{false, true} {
		doc := attribute("“Nothing!” Ezra Hobb replied.\n\n“You wish to be anonymous?”")
		a := newAttributor(doc)
		a.dialogue = dialogue
		q := &doc.Quotes[1]
		q.Attribution = news.Attribution{Speaker: -1, Mention: -1}
		a.nearest(1)
		if got := q.Rule == RulePreviousCue; got == dialogue {
			t.Errorf("dialogue %v: %q attributed by %q to %d", dialogue, q.In(doc.Text), q.Rule, q.Speaker)
		}
	}
}

// A narrator who tags their own lines tells a story, whose paragraphs are
// turns however long: "“Your works?”" after Holmes's line is the
// narrator's, where news would carry Holmes on.
func TestNarratorsTagsMakeAStory(t *testing.T) {
	doc := attribute("Sherlock Holmes took his bottle from the corner of the mantel-piece. The fog lay thick upon the street outside, and the lamps had been lit early. The fire crackled in the grate, and the rain beat steadily against the windows of our sitting-room in Baker Street.\n\n“Which is it to-day?” I asked, for I could hold out no longer against the deliberation of his manner and the sight of that needle. The fire crackled in the grate, and the rain beat steadily against the windows of our sitting-room in Baker Street.\n\n“It is cocaine,” said Holmes, raising his eyes languidly from the old black-letter volume which he had opened upon his knee. The fire crackled in the grate, and the rain beat steadily against the windows of our sitting-room in Baker Street.\n\n“No, indeed,” I answered, brusquely, for my constitution had not got over the campaign, and I could afford to throw no extra strain upon it. The fire crackled in the grate, and the rain beat steadily against the windows of our sitting-room in Baker Street.\n\n“My mind rebels at stagnation,” said Holmes, putting his finger-tips together and leaning his elbows on the arms of his chair. The fire crackled in the grate, and the rain beat steadily against the windows of our sitting-room in Baker Street.\n\n“The only unofficial detective?” I said, raising my eyebrows, for I had never heard of such a profession in all my years in London. The fire crackled in the grate, and the rain beat steadily against the windows of our sitting-room in Baker Street.\n\n“I have written several monographs,” said Holmes, and he waved his hand towards the shelves where his papers lay in heaps. The fire crackled in the grate, and the rain beat steadily against the windows of our sitting-room in Baker Street.\n\n“Your works?”\n\n“Oh, didn’t you know?” he cried, laughing, and he reached for the nearest of them with evident pleasure. The fire crackled in the grate, and the rain beat steadily against the windows of our sitting-room in Baker Street.\n\n“Not at all,” I answered, earnestly, for the subject was of the greatest interest to me, and I said so again. The fire crackled in the grate, and the rain beat steadily against the windows of our sitting-room in Baker Street.")
	a := newAttributor(doc)
	if n, _ := a.storyTags(); n != 4 {
		t.Errorf("storyTags narrated %d, want 4", n)
	}
	for _, q := range doc.Quotes {
		if q.In(doc.Text) == "Your works?" && (q.Speaker < 0 || doc.People[q.Speaker].Name != "narrator") {
			t.Errorf("%q went to %d by %s, want the narrator", q.In(doc.Text), q.Speaker, q.Rule)
		}
	}
}

// A verb turned before its pronoun ("said he") tells a story, whose
// paragraphs are turns however long.
func TestInvertedTagsMakeAStory(t *testing.T) {
	doc := attribute("Captain Bones sat by the fire with his glass, and the stranger stood by the door. The fire crackled in the grate, and the rain beat steadily against the windows of the little parlour of the inn.\n\n“Come here, sonny,” says he, and he motioned me towards the table where the bottle stood. The fire crackled in the grate, and the rain beat steadily against the windows of the little parlour of the inn.\n\n“Is this here table for my mate?” said he, with a kind of leer that I did not like at all. The fire crackled in the grate, and the rain beat steadily against the windows of the little parlour of the inn.\n\n“I do not know your mate,” said Tom Okafor, who had come in from the yard behind the kitchen. The fire crackled in the grate, and the rain beat steadily against the windows of the little parlour of the inn.\n\n“Well,” said he, turning the glass in his hand, and looking long at the rock beyond the cove. The fire crackled in the grate, and the rain beat steadily against the windows of the little parlour of the inn.\n\n“Which way is he gone?”")
	a := newAttributor(doc)
	if _, n := a.storyTags(); n != 3 || !a.dialogue {
		t.Errorf("storyTags inverted %d, dialogue %v; want 3, true", n, a.dialogue)
	}
}

// A digest lists a piece by its headline and then its writer: the
// headline is a title, not anyone's words.
func TestHeadlineByWriterIsATitle(t *testing.T) {
	wantNotSpeech(t, "BROADWAY BEAT—“Sam Mendes leaves the show,” by Times' Michael Paulson: “Sam Mendes is withdrawing.” “It was fun,” by all accounts, said Tom Okafor. "+
		"Salceda said the “ugliness of utterances,” by Trump last week stood out.",
		map[string]string{"Sam Mendes leaves the show,": "title", "Sam Mendes is withdrawing.": "", "It was fun,": "", "ugliness of utterances,": ""})
}

func TestPhraseSpeakerIsABodyWhenCapitalised(t *testing.T) {
	doc := attribute("The Vatican says the pope has no plans to meet him. Abortion rights advocates said the ruling mattered.")
	kinds := map[string]bool{}
	for _, q := range doc.Quotes {
		if q.Speaker >= 0 {
			kinds[doc.People[q.Speaker].Name] = doc.People[q.Speaker].Organisation
		}
	}
	want := map[string]bool{"Vatican": true, "Abortion rights advocates": false}
	if diff := cmp.Diff(want, kinds); diff != "" {
		t.Errorf("organisation by speaker (-want +got):\n%s", diff)
	}
}

// An ad, a spot or a column named in marks after its kind is a title.
func TestAdAfterItsKindIsATitle(t *testing.T) {
	wantNotSpeech(t, "Ted Cruz spoke. The anti-Trump spot, “Trumpcare,” links his support to Clinton. It began with a 45-second Web ad, “Playing Trump,” in which children play. "+
		"Jeff Sessions wrote a column, “The Piling On Must Stop,” last week. Matty Roberts says his event, “Storm Area 51, They Can't Stop All of Us”, was a joke. "+
		"The group's new report, “Hidden in Plain Sight,” came out.",
		map[string]string{"Trumpcare,": "title", "Playing Trump,": "title", "The Piling On Must Stop,": "title",
			"Storm Area 51, They Can't Stop All of Us": "title", "Hidden in Plain Sight,": "title"})
}

// A title followed by the kind of work it is, or by "whose", is a title.
func TestKindOfWorkAfterATitle(t *testing.T) {
	wantNotSpeech(t, "Ann Lee spoke. “Tales From the Crypt,” an HBO series that first aired in 1989, will return. "+
		"“MTV Unplugged,” whose Eric Clapton heyday was in the 1990s, is back. “Home Again,” the fans cried, “Home Again.” "+
		"By 9 a.m. Sunday, the Rev. Al Sharpton began taking calls from black listeners to his \"Keepin' It Real\" radio program who said they had misgivings. She sang the civil rights anthem “A Change Is Gonna Come,” and wept. "+
		"He also stars in the PBS medical drama, “Mercy Street,” this spring.",
		map[string]string{"Tales From the Crypt,": "title", "MTV Unplugged,": "title", "Home Again,": "",
			"Keepin' It Real": "title", "A Change Is Gonna Come,": "title", "Mercy Street,": "title"})
}

func TestPassiveNamingIsAName(t *testing.T) {
	wantNotSpeech(t, "The guidelines cite the 2009 outbreak. That year's H1N1 was commonly called “swine flu.” Ohio eliminated what had been called the “Golden Week.” "+
		"Tom Fenn has been called “the fixer” by Dana Jones. The flu was called “a hoax,” Mayor Ines Carvalho said.",
		map[string]string{"swine flu.": "name", "Golden Week.": "name", "the fixer": "", "a hoax,": ""})
}

func TestThingCalledIsAName(t *testing.T) {
	wantNotSpeech(t, "Rob Calabrese has set up a website called “Cape Breton If Donald Trump Wins” that pitches the island. "+
		"Comedians perform a popular play called “Los Hijos de Trump,” in Mexico City. Anthony Weiner wrote under the pseudonym “Carlos Danger,” but lost. "+
		"Donald Trump called Jeb Bush “low energy” on Monday.",
		map[string]string{"Cape Breton If Donald Trump Wins": "name", "Los Hijos de Trump,": "name", "Carlos Danger,": "name", "low energy": ""})
}

func TestThingHeads(t *testing.T) {
	for w, want := range map[string]bool{"paper": true, "statement": true, "website": true, "campaign": true,
		"guard": false, "official": false, "man": false, "police": true} {
		if got := thingHead(w); got != want {
			t.Errorf("thingHead(%q) = %v, want %v", w, got, want)
		}
	}
}

// wantNotSpeech checks, for each quote of text named in want, its
// not_speech verdict ("" for speech), and that every one was found.
func wantNotSpeech(t *testing.T, text string, want map[string]string) {
	t.Helper()
	doc := attribute(text)
	for _, q := range doc.Quotes {
		if w, ok := want[q.In(doc.Text)]; ok && q.NotSpeech != w {
			t.Errorf("%q: not speech %q, want %q", q.In(doc.Text), q.NotSpeech, w)
		}
		delete(want, q.In(doc.Text))
	}
	for w := range want {
		t.Errorf("no quote %q", w)
	}
}

// An object pronoun is not the subject of its own clause: "Thomas
// Whitlow let him in" is the parson, but "Ruth set her cup down" is her
// own cup.
func TestObjectPronounIsNotItsSubject(t *testing.T) {
	doc := attribute("The parson came to the farm. Thomas Whitlow let him in. Ruth Whitlow set her cup down.")
	a := newAttributor(doc)
	want := map[string]string{"him": "parson", "her": "Ruth Whitlow"}
	for i, m := range doc.Mentions {
		w, ok := want[m.In(doc.Text)]
		if !ok {
			continue
		}
		got := "-"
		if p := a.personOf(i); p >= 0 {
			got = doc.People[p].Name
		}
		if got != w {
			t.Errorf("%q is %s, want %s", m.In(doc.Text), got, w)
		}
	}
}

// In a story what someone thinks, and what seems so, is the narration's;
// in news a belief is reported as a source's.
func TestThoughtIsNoSpeechInAStory(t *testing.T) {
	story := "The Garden\n\n“Come in,” said Mary.\n\n“I will,” said Martha.\n\n“Sit down,” said Mary.\n\nMartha thought it best to sit down. His temper seemed to have passed off.\n\n“Thank you,” said Martha.\n\nMary said she would bring tea."
	article := "Sanders spoke on Monday. Sanders thinks the system is rigged, his aides said."
	for _, tt := range []struct {
		text string
		want map[string]string // reported clause → not_speech
	}{
		{story, map[string]string{"it best to sit down": "thought", "His temper seemed to have passed off": "thought", "she would bring tea": ""}},
		{article, map[string]string{"the system is rigged": ""}},
	} {
		doc := attribute(tt.text)
		got := map[string]string{}
		for _, q := range doc.Quotes {
			if q.Kind == news.Indirect {
				got[q.In(doc.Text)] = q.NotSpeech
			}
		}
		for clause, want := range tt.want {
			if ns, ok := got[clause]; !ok || ns != want {
				t.Errorf("%q: clause %q not_speech %q (found %v), want %q; all %v", tt.text[:20], clause, ns, ok, want, got)
			}
		}
	}
}

// A sentence's first subject is found from its start, however long the
// sentence runs: "She looked at the two rows of English people …; at the
// row of bottles …; at the portraits …" is Lucy's look, and her line goes
// on after it.
func TestFirstSubjectOfALongSentence(t *testing.T) {
	list := strings.Repeat("; at the row of white bottles of water and red bottles of wine that ran between the English people", 6)
	text := "The Bertolini\n\n“And a Cockney, besides!” said Lucy. She looked at the two rows of English people who were sitting at the table" + list +
		". “Charlotte, don’t you feel that we might be in London?”"
	got := who(attribute(text))
	want := []string{"And a Cockney, besides! => Lucy (cue-adjacent)", "Charlotte, don’t you feel that we might be in London? => Lucy (split-continuation)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("attribution (-want +got):\n%s", diff)
	}
}
