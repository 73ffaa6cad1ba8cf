package quotes

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/internal/news"
	"github.com/whosaid/whosaid/internal/segment"
)

// analyse runs the stages this one needs.
func analyse(text string) *news.Document {
	doc := &news.Document{Text: text}
	segment.Split(doc)
	Find(doc)
	return doc
}

// describe renders each quote as kind:text, with + for a continuation and
// ! for an unclosed quote.
func describe(doc *news.Document) []string {
	var out []string
	for _, q := range doc.Quotes {
		s := q.Kind.String() + ":" + q.In(doc.Text)
		if q.Continues >= 0 {
			s = "+" + s
		}
		if q.Unclosed {
			s += "!"
		}
		if q.Kind == news.Indirect {
			s += " [" + q.Cue.In(doc.Text) + "]"
		}
		out = append(out, s)
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"curly direct", `“Stop,” an official said.`, []string{"direct:Stop,"}},
		{"straight direct", `"Stop," an official said.`, []string{"direct:Stop,"}},
		{"split around attribution",
			`“No, we have a protocol,” the official says in Russian. “We invite you to the table.”`,
			[]string{"direct:No, we have a protocol,", "direct:We invite you to the table."}},
		{"doubled apostrophes", `''We will win,'' Mr. Cruz said. ''Today.''`,
			[]string{"direct:We will win,", "direct:Today."}},
		{"backticks", "``We will win,'' he said.", []string{"direct:We will win,"}},
		{"single inside double", `“He told me ‘never again,’ and left,” she said.`,
			[]string{"direct:He told me ‘never again,’ and left,"}},
		{"curly marks nested in straight ones", `"Lynch is suing North Carolina over its “Bathroom Bill,” which is wrong," Ward said.`,
			[]string{"direct:Lynch is suing North Carolina over its “Bathroom Bill,” which is wrong,"}},
		{"a right mark with no space after still closes", `“Some comments were mean-spirited,”Clinton said.`,
			[]string{"direct:Some comments were mean-spirited,"}},
		{"a spaced straight mark closes", `"They say, 'Oh, this is important,' " Magel said. "But nobody cares."`,
			[]string{"direct:They say, 'Oh, this is important,'", "direct:But nobody cares."}},
		{"guillemets", `«Nous gagnerons», a-t-il dit.`, []string{"direct:Nous gagnerons"}},
		{"low-high", `„Wir schaffen das“, sagte sie.`, []string{"direct:Wir schaffen das"}},
		{"single-mark dialogue", `'Good night,' said he. 'Sleep well.'`,
			[]string{"direct:Good night,", "direct:Sleep well."}},
		{"apostrophes are not marks", `The students' union and Putin's 'best' friend in the '90s don't agree.`,
			[]string{"partial:best"}},
		{"a plural's possessive apostrophe inside single marks closes nothing, if a close comes after",
			`‘It’s the workers’ money,’ said Sharon Graham. He called it ‘a series of lies’ and left, saying ‘it’s over’.`,
			[]string{"direct:It’s the workers’ money,", "partial:a series of lies", "partial:it’s over"}},
		{"partial", `Putin hailed it as a “breakthrough.”`, []string{"partial:breakthrough."}},
		{"a split quote goes on in lower case, and is direct", `“I talk,” Arthur said, “when there is something to say.”`,
			[]string{"direct:I talk,", "direct:when there is something to say."}},
		{"and so it is after an adverb", `‘That,’ said Wren softly, ‘is a different question.’`,
			[]string{"direct:That,", "direct:is a different question."}},
		{"partial with cue and object", `Kim called Putin the “dearest friend of the Korean people” and left.`,
			[]string{"partial:dearest friend of the Korean people"}},
		{"colon", `A representative asks in response: “Why did we come in, then?”`,
			[]string{"direct:Why did we come in, then?"}},
		{"unclosed mark stays in its paragraph",
			"He said “this never closes.\n\nThe next paragraph has “a quote” of its own.",
			[]string{"partial:this never closes.!", "partial:a quote"}},
		{"multi-paragraph quote",
			"“First paragraph of the speech.\n\n“Second paragraph,” she said.",
			[]string{"direct:First paragraph of the speech.", "+direct:Second paragraph,"}},
		{"empty marks", `He said “” and “ ”.`, nil},
		{"reported that", `Lavrov was complaining that he had gotten dirty with something.`,
			[]string{"indirect:he had gotten dirty with something [complaining]"}},
		{"reported bare", `The senator said he would run again next year.`,
			[]string{"indirect:he would run again next year [said]"}},
		{"reported trailing", `The economy is stronger than ever, he said.`,
			[]string{"indirect:The economy is stronger than ever [said]"}},
		{"but not a clause joined on with 'and' (its answer is what was said)", `A family in Ohio took him in, and he said so.`,
			[]string{"indirect:so [said]"}},
		{"according to, after", `The plan was dropped in May, according to two officials.`,
			[]string{"indirect:The plan was dropped in May [according to]"}},
		{"what is asked: a question past a time, or an errand with 'to'; a lead-in with its own subject ends at its comma",
			`Ryan was asked in May if he would endorse Trump. Trump asked the network to donate the profits. Asked by Stephanopoulos to respond, Carson smiled. When I asked Bernie Sanders if he would run, he looked away.`,
			[]string{"indirect:if he would endorse Trump [asked]", "indirect:to donate the profits [asked]", "indirect:to respond [Asked]", "indirect:if he would run [asked]"}},
		{"a sentence that opens in a document reports what follows it, unless a verb of its own does",
			`In the new Morning Consult poll, conducted March 11-13, 40 percent of voters back Sanders. In a statement, the company said it would appeal. In the poll room, it was cold.`,
			[]string{"indirect:40 percent of voters back Sanders [In]", "indirect:it would appeal [said]"}},
		{"a part 'of' something opens a bare clause, and 'that' is looked for further past an adjunct",
			`Adelson said much of his discussion was about Israel. She said much. Estrosi said in one of a series of Twitter messages that the truck was carrying arms.`,
			[]string{"indirect:much of his discussion was about Israel [said]", "indirect:the truck was carrying arms [said]"}},
		{"according to, inside the one clause: the whole sentence",
			`Since last November, according to Human Rights Watch, forces have killed 400 people. Fundraising, according to the campaign, has surged. Trump has posted 5,000 times, according to CrowdTangle, a social analytics tool.`,
			[]string{"indirect:Since last November, according to Human Rights Watch, forces have killed 400 people [according to]",
				"indirect:Fundraising, according to the campaign, has surged [according to]", "indirect:Trump has posted 5,000 times [according to]"}},
		{"according to, before", `According to the report, the plan was dropped in May.`,
			[]string{"indirect:the plan was dropped in May [According to]"}},
		{"according to a role, past the name set beside it", `According to the city's finance director, Janet Cho, the budget closes the gap.`,
			[]string{"indirect:the budget closes the gap [According to]"}},
		{"but not past a name that is the clause's subject", `According to police, Smith, 34, was arrested.`,
			[]string{"indirect:Smith, 34, was arrested [According to]"}},
		{"clause holding a quote is partial, not indirect", `Putin said Russia “does not rule out cooperation,” referring to the treaty.`,
			[]string{"partial:does not rule out cooperation,"}},
		{"quotes in a title-case headline are left out",
			"Mayor Says ‘No Bridge Today’\n\nThe mayor said “no bridge today” on Monday.",
			[]string{"partial:no bridge today"}},
		{"inverted attribution with a lower-case role is no clause",
			`"Islanders are being abandoned," said councillor Rhys Morgan.`,
			[]string{"direct:Islanders are being abandoned,"}},
		{"a dateline is no part of the clause", `RIVERTON — The bridge will reopen in May, city officials said.`,
			[]string{"indirect:The bridge will reopen in May [said]"}},
		{"a closing mark then 'said' names a speaker, not a clause",
			`"We are treating it as one long day," said Rubio's deputy campaign manager, Rich Beeson, who oversaw the ground game.`,
			[]string{"direct:We are treating it as one long day,"}},
		{"after a closing mark, 'said' and a clause with its verb reports it",
			`Mr. Manafort, citing “the unique magic of Trump,” said the candidate could be competitive. “It is over,” said the campaign's chairman.`,
			[]string{"partial:the unique magic of Trump,", "indirect:the candidate could be competitive [said]", "direct:It is over,"}},
		{"a denied cue reports nothing said, only the question it leaves open", `Sanders hasn't said whether he has a strategy.`,
			[]string{"indirect:whether he has a strategy [hasn't said]"}},
		{"but an act denied still has its object, and its cue keeps the denial",
			`Clinton has not mentioned Machado by name. Sanders would never support the deep cuts. He did not say that it was over.`,
			[]string{"indirect:Machado by name [not mentioned]", "indirect:the deep cuts [never support]"}},
		{"a new clause after 'but' is not part of the one before (its own act reports its own)",
			`Brian Sandoval said Tuesday that he had voted for Mr. Rubio, but cautioned against reading much into it.`,
			[]string{"indirect:he had voted for Mr. Rubio [said]", "indirect:Mr. Rubio [voted]", "indirect:reading much into it [cautioned]"}},
		{"asked about a topic, which ends at the comma of a new clause",
			`When the AP asked Bennett about Carson’s comments, the campaign manager said nothing.`,
			[]string{"indirect:Carson’s comments [asked]"}},
		{"the state is a polity, and a tag's name no cue",
			`Sanders won in the state that helped revive her campaign. <tweet author="x">the vote was close</tweet>`,
			nil},
		{"but a law states", `The law states that the vote was close.`,
			[]string{"indirect:the vote was close [states]"}},
		{"an object with an adjective is no clause", `She told a cheering crowd, then left.`, nil},
		{"told with object", `She told reporters that the talks had failed.`,
			[]string{"indirect:the talks had failed [told]"}},
		{"a second cue after a semicolon reports its own clause",
			`Six in 10 said they were tired; 46 percent said they were unenthusiastic about the race.`,
			[]string{"indirect:they were tired [said]", "indirect:they were unenthusiastic about the race [said]"}},
		{"a name after a comma and 'said' then a verb is a clause, not an inverted speaker",
			`Rep. Jason Chaffetz, R-Utah, said the questioning will start with Comey.`,
			[]string{"indirect:the questioning will start with Comey [said]"}},
		{"an attribution inside the sentence reports both sides of it",
			`The deficits, the budget office said, will go up more sharply after 2018.`,
			[]string{"indirect:The deficits [said]", "indirect:will go up more sharply after 2018 [said]"}},
		{"'As X said,' reports what follows",
			`As the mayor said, the bridge will reopen in May.`,
			[]string{"indirect:the bridge will reopen in May [said]"}},
		{"'according to' after a reported clause gives it once",
			`Whitfield said the union would stay out, according to a statement.`,
			[]string{"indirect:the union would stay out [said]"}},
		{"a number opens a clause", `He says 31,000 jobs could be lost.`,
			[]string{"indirect:31,000 jobs could be lost [says]"}},
		{"', but that' goes on with the same verb's clause",
			`She said that they had left early, but that they met the Bushes.`,
			[]string{"indirect:they had left early, but that they met the Bushes [said]"}},
		{"'and said' opens a clause of its own",
			`The mayor praised the crews and said the bridge would reopen.`,
			[]string{"indirect:the crews [praised]", "indirect:the bridge would reopen [said]"}},
		{"a clause reported with 'declaring' stops at 'and said'",
			`The mayor, declaring the storm over and said the bridge would reopen.`,
			[]string{"indirect:the storm over [declaring]", "indirect:the bridge would reopen [said]"}},
		{"a reported question runs from its question word",
			`A reporter asked Sanders how he is feeling on caucus day.`,
			[]string{"indirect:how he is feeling on caucus day [asked]"}},
		{"a cue that opens the sentence reports up to its comma",
			`Asked if he had encouraged violence, Trump said that maybe so.`,
			[]string{"indirect:he had encouraged violence [Asked]", "indirect:maybe so [said]"}},
		{"a poll that heads a longer subject shows a bare clause too, but not one of another clause",
			`The poll by the Public Policy Institute of California showed Clinton leading Sanders. A CNN/ORC poll last month showed Trump leading Cruz. The poll that he cited showed the crowd.`,
			[]string{"indirect:Clinton leading Sanders [showed]", "indirect:Trump leading Cruz [showed]"}},
		{"a poll shows a bare clause", `The latest poll showed Trump leading the field.`,
			[]string{"indirect:Trump leading the field [showed]"}},
		{"a person shows none", `He showed the crowd his hands.`, nil},
		{"'reported' takes a bare clause", `The Times reported the email came hours later.`,
			[]string{"indirect:the email came hours later [reported]"}},
		{"a day and a short adjunct before the clause are skipped",
			`The group said in a statement Thursday night they pulled the listing. The senator said Tuesday he would run.`,
			[]string{"indirect:they pulled the listing [said]", "indirect:he would run [said]"}},
		{"an inverted attribution in mid-sentence reports both sides",
			`The contrast with Trump, said Doyle and others, would be clear.`,
			[]string{"indirect:The contrast with Trump [said]", "indirect:would be clear [said]"}},
		{"an attribution set inside a clause that goes on by a phrase of its own reports both sides; one about the saying, only the first",
			`The argument would be aided, Devine said, by the upcoming primary calendar. The effects are hard to predict, economists say, because there is no precedent. The plan is sound, Sen. Tom Reyes said, in an interview on Monday.`,
			[]string{"indirect:The argument would be aided [said]", "indirect:by the upcoming primary calendar [said]",
				"indirect:The effects are hard to predict [say]", "indirect:because there is no precedent [say]", "indirect:The plan is sound [said]"}},
		{"'nearly every' opens a bare clause, and 'both … and' joins its subject; 'about all' is a preposition's object",
			`Mike Shields said nearly every conversation centers on the need for a firewall. Cruz said both he and Rubio promised to lead the fight. “We are ready,” Paris said about all the activity.`,
			[]string{"indirect:nearly every conversation centers on the need for a firewall [said]", "indirect:both he and Rubio promised to lead the fight [said]", "direct:We are ready,"}},
		{"an object verb turned round after the line a sentence opens with names who spoke, no object; inside a sentence it takes one",
			`“We will win,” noted John Smith. Mr. Scott, who has called it “racially toxic,” portrayed the nominee as a passing affliction.`,
			[]string{"direct:We will win,", "partial:racially toxic,", "indirect:the nominee as a passing affliction [portrayed]"}},
		{"'according to' a source that ends the sentence reports what comes before it, with or without a comma",
			`Clinton is ahead 46 percent to 39 percent according to a CBS poll released Monday. The group is spending money on mailings, according to FEC filings.`,
			[]string{"indirect:Clinton is ahead 46 percent to 39 percent [according to]", "indirect:The group is spending money on mailings [according to]"}},
		{"a long title and name between the comma and the cue still close the tail; a name and its appositive are not taken into the clause",
			`The union will likely sit out the election altogether, UMWA Director of Government Affairs Phil Smith told The Hill. The count was fair, Sam Lau, the communications director for the Iowa Democratic Party said in a statement.`,
			[]string{"indirect:The union will likely sit out the election altogether [told]"}},
		{"a question asked past where and when it was asked, but not what one was asked to do",
			`Asked during a January debate why he trailed so badly, Sanders said he would go on. She asked him to call Mr. Chagoury immediately if possible.`,
			[]string{"indirect:why he trailed so badly [Asked]", "indirect:he would go on [said]", "indirect:to call Mr. Chagoury immediately if possible [asked]"}},
		{"a cue inside a lead-in stops at its comma too",
			`Asked if she believed Putin wanted it, Clinton said she would not guess.`,
			[]string{"indirect:she believed Putin wanted it [Asked]", "indirect:Putin wanted it [believed]", "indirect:she would not guess [said]"}},
		{"a cue that a sentence opens with after a question in marks names its speaker",
			`"Why me?" tweeted Prince Alwaleed, the nephew of the late king.`,
			[]string{"direct:Why me?"}},
		{"after ', said X, a description' the clause before is reported",
			`The race will be tight, said Dan Gerstein, director of Gotham Ghostwriters.`,
			[]string{"indirect:The race will be tight [said]"}},
		{"and a quote in marks is no clause",
			`„Wir brauchen diese Energie“, said Karl Brenner, a German engineer who advises the project.`,
			[]string{"direct:Wir brauchen diese Energie"}},
		{"an act of speech reports its object", `Trump called for a special prosecutor on Tuesday.`,
			[]string{"indirect:a special prosecutor [called]"}},
		{"past the particle and a day", `Obama announced Monday a series of steps to tighten sales.`,
			[]string{"indirect:a series of steps to tighten sales [announced]"}},
		{"an object pronoun and an infinitive", `She urged him to resign.`,
			[]string{"indirect:him to resign [urged]"}},
		{"'according to' a long source, then the clause",
			`According to early results of exit polls conducted for The Associated Press and television networks by Edison Research, nearly half of voters were black.`,
			[]string{"indirect:nearly half of voters were black [According to]"}},
		{"a title-case headline's cue is one whatever its case",
			"Trump Says His Plan Will Not Allow People To Die\n\nHe spoke on Tuesday.",
			[]string{"indirect:His Plan Will Not Allow People To Die [Says]"}},
		{"', and' and a past tense is the subject's next act",
			`Rand Paul said the plan would give money to immigrants, and called him weak.`,
			[]string{"indirect:the plan would give money to immigrants [said]", "indirect:him weak [called]"}},
		{"a topic of speech", `Clinton talked about the wage gap in Iowa.`,
			[]string{"indirect:the wage gap in Iowa [talked]"}},
		{"stances taken with a particle: votes, pushes, worries",
			`Half of them would vote for Clinton. Cruz pushed for a vote on the bill. Voters worried about the economy. The votes for the bill were counted.`,
			[]string{"indirect:Clinton [vote]", "indirect:a vote on the bill [pushed]", "indirect:the economy [worried]"}},
		{"what 'call' names someone, but not a call made, nor a name given",
			`O'Malley has been calling Trump a fascist. Sanders called him divisive. He calls himself a democratic socialist. Trump called him on Tuesday. Cruz called Yahoo News to ask. They called an emergency session. A super PAC called Future45 gave money. Bush's calling him a jerk hurt.`,
			[]string{"indirect:Trump a fascist [calling]", "indirect:him divisive [called]", "indirect:himself a democratic socialist [calls]", "indirect:him a jerk hurt [calling]"}},
		{"a verb surely used as one takes a bare noun; a form that may be a noun, or a past that is an adjective, does not",
			`Rubio opposes abortion rights. Trump has attacked women voters. They oppose abortion rights. A big question remains open. Voters whose support appeared steady stayed. Clinton leads by 271 pledged delegates. The support grew fast. The poll that he cited showed the crowd.`,
			[]string{"indirect:abortion rights [opposes]", "indirect:women voters [attacked]", "indirect:abortion rights [oppose]"}},
		{"what someone is told or asked to do, past a long or listed object",
			`Trump told Jeb Bush to quiet down. Officials have told Flint residents not to drink the water. Clinton asks her assistant to print the list. The department asked Mills, Sullivan and Abedin to search their files. Wilson told The Post and Courier newspaper of Charleston on Saturday that he voted early.`,
			[]string{"indirect:Jeb Bush to quiet down [told]", "indirect:Flint residents not to drink the water [told]", "indirect:to print the list [asks]",
				"indirect:to search their files [asked]", "indirect:he voted early [told]"}},
		{"an object ends where the time or the scene of the act begins",
			`Trump endorsed the plan during a rally in Ohio. She refused to speak to reporters as she left. Clinton praised the deal amid protests. Sanders called for a ban following the attack.`,
			[]string{"indirect:the plan [endorsed]", "indirect:to speak to reporters [refused]", "indirect:the deal [praised]", "indirect:a ban [called]"}},
		{"phrasal acts of speech, a question word's object, and stances named by a noun",
			`Sanders pointed out that veterans' issues were ignored. Trump laid out his vision for America. She has spoken out about issues of race. He won by talking about how he would build a wall. He doubled down on his support for harsher interrogation. Republicans voiced their opposition to the plan.`,
			[]string{"indirect:veterans' issues were ignored [pointed]", "indirect:his vision for America [laid]", "indirect:issues of race [spoken]",
				"indirect:how he would build a wall [talking]", "indirect:harsher interrogation [support]", "indirect:their opposition to the plan [voiced]"}},
		{"offers, what is brought up or talked up, swipes taken, and a people in the plural as a bare form's subject",
			`Kasich offered his early assessment of the race. She was the first to bring up the Flint water crisis. His wife has been talking up his candidacy. Bush took multiple swipes at Jeb Bush. Republicans support deportation of criminals.`,
			[]string{"indirect:his early assessment of the race [offered]", "indirect:the Flint water crisis [bring]", "indirect:his candidacy [talking]",
				"indirect:Jeb Bush [swipes]", "indirect:deportation of criminals [support]"}},
		{"siding, agreeing, lashing out, arguing and warning against; views, stances and assessments",
			`Kasich agreed with the decision to delay the vote. Graham lashed out at Donald Trump. She argued against the merger of the banks. His views on illegal immigration were clear. Romney offered his assessment of the race.`,
			[]string{"indirect:the decision to delay the vote [agreed]", "indirect:Donald Trump [lashed]", "indirect:the merger of the banks [argued]",
				"indirect:illegal immigration [views]", "indirect:his assessment of the race [offered]"}},
		{"a verb's form after a determiner is a noun", `The talks about the budget failed.`, nil},
		{"not without its particle; in the passive its object is its subject", `He called the plan. The plan was praised by many. The plan was praised.`,
			[]string{"indirect:The plan [praised]"}},
		{"an object in marks is the partial quote's", `Tom Okafor hailed the vote as “fantastic,” telling reporters it was a great thing.`,
			[]string{"partial:fantastic,", "indirect:it was a great thing [telling]"}},
		{"a participle after the attribution is not carried on",
			`The plan, he said, adding that it would pass.`,
			[]string{"indirect:The plan [said]", "indirect:it would pass [adding]"}},
		{"a participle after a comma ends the clause, but 'including' goes on",
			`Packer said the focus is taking a toll, pointing to Cruz's victories. He said jobs were lost, including 500 in Ohio. She said talks went on, Beijing officials agreeing.`,
			[]string{"indirect:the focus is taking a toll [said]", "indirect:Cruz's victories [pointing]", "indirect:jobs were lost, including 500 in Ohio [said]", "indirect:talks went on, Beijing officials agreeing [said]"}},
		{"a number, in words or about, opens a clause",
			`Trump has said four of his kids will speak. The office said about half of the rise reflected tax cuts.`,
			[]string{"indirect:four of his kids will speak [said]", "indirect:about half of the rise reflected tax cuts [said]"}},
		{"acts of speech with one of several particles, or none",
			`Trump called on Congress to act. Sanders railed against the banks. She complained about the heat. Cruz attacked the deal.`,
			[]string{"indirect:Congress to act [called]", "indirect:the banks [railed]", "indirect:the heat [complained]", "indirect:the deal [attacked]"}},
		{"stances and aims are reported as their object: support, oppose, seek, want, plan",
			`Sanders supported the bill. Cruz opposed the deal. She sought to rally older voters. Trump wants to simplify the tax code. Okafor, who opposed the closure, said he had changed his mind. Obama plans to send a nominee. His plans for the wall were vague.`,
			[]string{"indirect:the bill [supported]", "indirect:the deal [opposed]", "indirect:to rally older voters [sought]",
				"indirect:to simplify the tax code [wants]", "indirect:the closure [opposed]", "indirect:he had changed his mind [said]", "indirect:to send a nominee [plans]"}},
		{"backing and expressing report their object, which for 'express' may be a bare noun; a reflexive opens an object",
			`Those voters backed Mr. Sanders. He expressed solidarity for her. Attendees described themselves as liberals. He went back to the hotel.`,
			[]string{"indirect:Mr. Sanders [backed]", "indirect:solidarity for her [expressed]", "indirect:themselves as liberals [described]"}},
		{"what is declined or refused is an act; a fall is no speech",
			`The campaign declined to comment. Rubio refused to endorse Mr. Trump. Fees declined to $281 million. Sales declined 5 percent. Turnout declined to the lowest level.`,
			[]string{"indirect:to comment [declined]", "indirect:to endorse Mr. Trump [refused]"}},
		{"an object ends at a dash, a clause of its own and the time it closes with",
			`Obama endorsed her – they appeared together. Portman endorsed the marriage bill after his son came out. Blackwell endorsed Cruz last week. Sanders supported the plan, which failed. They praised the best year.`,
			[]string{"indirect:her [endorsed]", "indirect:the marriage bill [endorsed]", "indirect:Cruz [endorsed]", "indirect:the plan [supported]", "indirect:the best year [praised]"}},
		{"an act of speech named by a noun, its object up to the sentence's verb",
			`Trump's attacks on Hillary Clinton were sharper. Clinton answered questions about her emails. His call for a wall drew cheers.`,
			[]string{"indirect:Hillary Clinton [attacks]", "indirect:her emails [questions]", "indirect:a wall drew cheers [call]"}},
		{"a noun opening the sentence has no owner", `Questions about her emails persisted. Calls for calm failed.`, nil},
		{"an attack is speech only when someone's", `Trump's attacks on Clinton grew. Flowers were laid after the attack on the nightclub.`,
			[]string{"indirect:Clinton grew [attacks]"}},
		{"an attribution set inside, or an adverbial after a comma, ends the clause",
			`He said the party should take it up, despite the potential for a feud. They talked about the wage gap, he said.`,
			[]string{"indirect:the party should take it up [said]", "indirect:They talked about the wage gap [said]", "indirect:the wage gap [talked]"}},
		{"a speaker with a lower-case role among capitals is no clause",
			`The group is short of money, said former Pennsylvania governor Ed Rendell, who chairs it.`,
			[]string{"indirect:The group is short of money [said]"}},
		{"another subject's act of speech ends a clause",
			`Islamic State claimed responsibility for the attack but U.S. officials have said they do not believe it. One company says there are 2,400, another says there are 1,800. Clinton said hackers broke in and she accused Trump of helping.`,
			[]string{"indirect:responsibility for the attack [claimed]", "indirect:they do not believe it [said]",
				"indirect:there are 2,400 [says]", "indirect:there are 1,800 [says]",
				"indirect:hackers broke in [said]", "indirect:Trump of helping [accused]"}},
		{"a negated or qualified verb after 'and' goes on with the clause, having no subject of its own",
			`Canova said he has not held dinners and never called a donor. He said the fuss was overblown, partly because disputes are common.`,
			[]string{"indirect:he has not held dinners and never called a donor [said]", "indirect:the fuss was overblown, partly because disputes are common [said]"}},
		{"the object of 'told' is no clause, however long its name",
			`Trump told The Wall Street Journal. Obama told his closest advisers as he worked. He told his aides he would run.`,
			[]string{"indirect:he would run [told]"}},
		{"the predicate of a relative clause is what its subject said, up to its comma",
			`The changes, which officials said will go into effect soon, will not apply to all. It was a finish that he said defied expectations.`,
			[]string{"indirect:will go into effect soon [said]", "indirect:defied expectations [said]"}},
		{"a past verb after the clause's first comma is the subject's next act, but not after an aside",
			`Sanders said he would debate her, criticized Clinton and left. He said the letter, postmarked in May, reached Eric.`,
			[]string{"indirect:he would debate her [said]", "indirect:Clinton and left [criticized]", "indirect:the letter, postmarked in May, reached Eric [said]"}},
		{"an object ends where 'and' and the subject's next act in the past begin",
			`Clinton praised Judge Garland and said the Senate should act. She vowed to keep it legal and celebrated the ruling.`,
			[]string{"indirect:Judge Garland [praised]", "indirect:the Senate should act [said]", "indirect:to keep it legal [vowed]"}},
		{"a participle after a trailing cue leaves the clause before it whole",
			`Washington did not complain about it, a Chinese official said, adding that growth helped.`,
			[]string{"indirect:Washington did not complain about it [said]", "indirect:growth helped [adding]"}},
		{"a hedge reports its whole clause with its subject; a verb of speech after it, a source after it, a relative subject or none, do not",
			`That lesson appears to be reverberating nationally. Even as Sanders rises, Republicans appear to be salivating. The House is expected to pass the bill. Cruz seemed to blame the network. The bill is expected to pass, officials said. He expected to win. It seems to me fine. An official who appeared to be angered left.`,
			[]string{"indirect:That lesson appears to be reverberating nationally [appears]",
				"indirect:Republicans appear to be salivating [appear]", "indirect:The House is expected to pass the bill [expected]",
				"indirect:the network [blame]", "indirect:The bill is expected to pass [said]"}},
		{"stances echoed, denounced, favoured or recalled are their objects; a noun form is not a verb",
			`Cruz echoed her concerns. The mayor denounced the attack on the mosque. Most voters favor a ban. She recalled her first campaign. The challenge was great. He signed the bill.`,
			[]string{"indirect:her concerns [echoed]", "indirect:the attack on the mosque [denounced]", "indirect:a ban [favor]", "indirect:her first campaign [recalled]"}},
		{"stances decried, reiterated, ignored, likened, congratulated are their objects",
			`Obama decried the violence in Dallas. She reiterated her support for the deal. Trump ignored the question. He likened the plan to theft. Sanders congratulated Clinton on her win.`,
			[]string{"indirect:the violence in Dallas [decried]", "indirect:her support for the deal [reiterated]", "indirect:the question [ignored]",
				"indirect:the plan to theft [likened]", "indirect:Clinton on her win [congratulated]"}},
		{"acts and hopes with their objects; a skill learned, and a determiner cut off alone, are none",
			`Senate Democrats blocked the funding package. She hopes to win Iowa. He had learned to wait. The palace issued the following statement from the king: “She retains her status.”`,
			[]string{"indirect:the funding package [blocked]", "indirect:to win Iowa [hopes]", "direct:She retains her status."}},
		{"nouns of decision, proposal and doubt name their object",
			`Trump's decision to skip the debate surprised many. Her proposal for free college tuition gained votes. The senator has doubts about the deal.`,
			[]string{"indirect:skip the debate [decision]", "indirect:free college tuition [proposal]", "indirect:the deal [doubts]"}},
		{"a view held of something is its object and what follows its 'as'; a passive or a sight is none",
			`Voters see Clinton as the stronger candidate. Israel regards all of Jerusalem as its capital. He is seen as a leader. I saw him at the store as it closed. They saw him, as expected.`,
			[]string{"indirect:Clinton as the stronger candidate [see]", "indirect:all of Jerusalem as its capital [regards]"}},
		{"a relative running to the clause's end, and a dash before a concession, are the writer's",
			`He said he would quarantine people over fears of the Zika virus, which is spread by mosquitoes. She said he will seek reelection in 2018 - though it is unclear whether he can win. He said the attention helped Clinton, who does not need it. He said the plan, which passed in May, was bad.`,
			[]string{"indirect:he would quarantine people over fears of the Zika virus [said]", "indirect:he will seek reelection in 2018 [said]",
				"indirect:the attention helped Clinton [said]",
				"indirect:the plan, which passed in May, was bad [said]"}},
		{"a passive hedge past a denial, a seeming without 'to', and what an empty 'it' seems",
			`The bill is not expected to pass. Clinton seemed irritated. It now seems inevitable that Rubio will attack Trump.`,
			[]string{"indirect:The bill is not expected to pass [expected]", "indirect:Clinton seemed irritated [seemed]",
				"indirect:inevitable that Rubio will attack Trump [seems]"}},
		{"after a determiner a cue is a noun: its 'that' reports only where a subject follows",
			`Senators have courts in their states that desperately need judges. It was a feeling that cuts across ideology. He stood by his claim that he had been offered a scholarship.`,
			[]string{"indirect:he had been offered a scholarship [claim]"}},
		{"a stance named by an adjective after a copula is held toward its object",
			`Trump was critical of Obama's leadership. Voters remain deeply concerned about the economy. She is confident that she will win. A critical vote of confidence passed.`,
			[]string{"indirect:Obama's leadership [critical]", "indirect:the economy [concerned]", "indirect:she will win [confident]"}},
		{"what is noted may be an object",
			`CNN also noted the relatively sparse attendance. He noted that turnout was low.`,
			[]string{"indirect:the relatively sparse attendance [noted]", "indirect:turnout was low [noted]"}},
		{"a lead-in 'as X noted,' after a conjunction, and 'As reported by X,'",
			`But as a Politico reporter noted, he did not fill the place. As reported by Western Journalism, the secretary was made aware of her duty.`,
			[]string{"indirect:he did not fill the place [noted]", "indirect:the secretary was made aware of her duty [reported]"}},
		{"what is made clear, and what is explained",
			`He made it clear that he felt they should drop out. Some Republicans made clear that they would back him. She explained how she would pay for it. The rule made clear skies rare.`,
			[]string{"indirect:he felt they should drop out [made it clear]", "indirect:they would back him [made clear]", "indirect:how she would pay for it [explained]"}},
		{"'stating' is a verb wherever it stands, and 'states that' before a subject",
			`Cruz praised Trump, stating that there was a benefit to having him in the race. Byrne — states that an assignment was prized. Swing states that matter voted early.`,
			[]string{"indirect:Trump [praised]", "indirect:there was a benefit to having him in the race [stating]", "indirect:an assignment was prized [states]"}},
		{"a passive act of speech with its agent reports its subject",
			`These policy proposals have been applauded by Wall Street critics. Sanders’ stridency was echoed by Martin O’Malley. The company is owned by its funds.`,
			[]string{"indirect:These policy proposals [applauded]", "indirect:Sanders’ stridency [echoed]"}},
		{"acts of speech with a particle: responding to, hinting at, alluding to, insisting on",
			`Trump responded to the criticism. She hinted at a run. He alluded to the scandal. They insisted on a recount. He responded quickly.`,
			[]string{"indirect:the criticism [responded]", "indirect:a run [hinted]", "indirect:the scandal [alluded]", "indirect:a recount [insisted]"}},
		{"a one-word answer is what was said, 'no.' too",
			`Most Democrats said yes, but others disagreed. Asked if he was bullied, the candidate said no. I think so.`,
			[]string{"indirect:yes [said]", "indirect:he was bullied [Asked]", "indirect:no [said]", "indirect:so [think]"}},
		{"an act named by its '-ing' form is an object",
			`Sanders supports raising the minimum wage. Trump has proposed barring all Muslims. She backed the plan, including its tax.`,
			[]string{"indirect:raising the minimum wage [supports]", "indirect:barring all Muslims [proposed]", "indirect:the plan, including its tax [backed]"}},
		{"disputes, rebuttals and counters are their objects",
			`Trump disputed the account. She refuted the claim. The senator countered the argument. He implied immigrants were to blame.`,
			[]string{"indirect:the account [disputed]", "indirect:the claim [refuted]", "indirect:the argument [countered]", "indirect:immigrants were to blame [implied]"}},
		{"a sentence that opens in a document, past a slash, a participle or a conjunction",
			`He spoke. In the most recent YouGov/Economist survey, 71 percent of his supporters approved of Obama. But in the latest CNN poll released Wednesday, he fell to 10 percent. In the poll room, it was cold.`,
			[]string{"indirect:71 percent of his supporters approved of Obama [In]", "indirect:he fell to 10 percent [in]"}},
		{"a clause ends at ', and' after three words of its own, unless 'that' goes on",
			`Rubio said the bill would pass easily, and rumors that he would run spread. She said the deal was fair to workers, and that it would pass.`,
			[]string{"indirect:the bill would pass easily [said]", "indirect:the deal was fair to workers, and that it would pass [said]"}},
		{"a clause ends before the writer's gloss of it after a comma",
			`They say the state should move to clean energy by 2030, an ambitious goal that would need a leader.`,
			[]string{"indirect:the state should move to clean energy by 2030 [say]"}},
		{"an object's list goes on past its commas; a clause after a comma does not",
			`Obama praised the former hopefuls, Sen. John McCain and former Gov. George Romney. Trump criticized the plan, the senators were furious.`,
			[]string{"indirect:the former hopefuls, Sen. John McCain and former Gov. George Romney [praised]", "indirect:the plan [criticized]"}},
		{"a clause may open on a number by comparison, and ends where 'but' opens another act of speech",
			`Aides said more than 1 million donors gave. Suu Kyi said it was too early to congratulate winners but added that she was pleased.`,
			[]string{"indirect:more than 1 million donors gave [said]", "indirect:it was too early to congratulate winners [said]", "indirect:she was pleased [added]"}},
		{"a clause after a place or time opens on its subject, 'it' too",
			`Pence said in politics it takes time to build trust. She said on Monday they would vote.`,
			[]string{"indirect:it takes time to build trust [said]", "indirect:they would vote [said]"}},
		{"a denied 'say' reports the question it leaves, not a 'that' clause",
			`Cook did not say when. He would not say if he voted. She did not say that she would run.`,
			[]string{"indirect:when [not say]", "indirect:if he voted [not say]"}},
		{"a phrase that sets the scene before 'X said' is not what was said; a clause is",
			`Speaking to reporters, Warren said: “No.” Building a wall is wrong, he said.`,
			[]string{"direct:No.", "indirect:Building a wall is wrong [said]"}},
		{"appositives before 'said:' are the subject's, not what was said",
			`Mr Smith, 45, from Leeds, said: "It was terrifying. I thought we were going to die." The economy is strong, he said.`,
			[]string{"direct:It was terrifying. I thought we were going to die.", "indirect:The economy is strong [said]"}},
		{"a 'that' after the clause's subject is the clause's own",
			`Ms. Sherry said she considered how that would play to readers.`,
			[]string{"indirect:she considered how that would play to readers [said]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := describe(analyse(tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("quotes in %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestUnclosedMarkIsDiagnosed(t *testing.T) {
	doc := analyse("He said “this never closes.\n\nNext.")
	if len(doc.Diagnostics) != 1 || !strings.Contains(doc.Diagnostics[0].Message, "never closed") {
		t.Fatalf("diagnostics = %v, want one about the unclosed mark", doc.Diagnostics)
	}
}

func TestSpansPointAtQuotedWords(t *testing.T) {
	doc := analyse("“Stop,” he said. He added that “we go,” and left.")
	for _, q := range doc.Quotes {
		if !q.Outer.Contains(q.Span) {
			t.Errorf("quote %q: outer %v does not contain %v", q.In(doc.Text), q.Outer, q.Span)
		}
	}
}

// TestHeadlineColon: a headline's "NAME: CLAIM" is the named speaker's
// claim only when a whole name stands before the colon.
func TestHeadlineColon(t *testing.T) {
	tests := []struct {
		name, text string
		mention    string // the mention the entities stage found at the start, if any
		kind       news.MentionKind
		want       []string
	}{
		{"a name speaks", "John McCain: Populist Anger Appeals to Bad Angels.\n\nHe spoke.", "John McCain", news.Name,
			[]string{"indirect:Populist Anger Appeals to Bad Angels [:]"}},
		{"an organisation speaks", "NY Daily News: Paris Attacks Highlight Threat.\n\nIt ran.", "NY Daily News", news.Organisation,
			[]string{"indirect:Paris Attacks Highlight Threat [:]"}},
		{"a place does not", "Iowa: Caucus Night Begins Early.\n\nIt did.", "Iowa", news.Place, nil},
		{"a title is no speaker", "The Ninth Circle: The Hellish View from Inside the Beltway.\n\nWe mocked.", "", 0, nil},
		{"a titled name speaks", "Dr. Ben Carson: Clinton Not Fit To Serve.\n\nHe said so.", "Dr. Ben Carson", news.Name,
			[]string{"indirect:Clinton Not Fit To Serve [:]", "indirect:so [said]"}},
		{"capitalised words that name no one known speak for themselves", "Historians: Clinton, Obama Linked No Matter What.\n\nThey wrote.", "", 0,
			[]string{"indirect:Clinton, Obama Linked No Matter What [:]"}},
		{"a kicker labels the piece", "ANALYSIS: Clinton Gains In Polls.\n\nShe did.", "", 0, nil},
		{"a name that is only part of the prefix is not", "Clinton Aides Say: Wait.\n\nThey did.", "Clinton", news.Name, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &news.Document{Text: tt.text}
			segment.Split(doc)
			if tt.mention != "" {
				m := news.Mention{Span: news.Span{Start: 0, End: len(tt.mention)}, Kind: tt.kind, Person: 0}
				if title, _, ok := strings.Cut(tt.mention, ". "); ok {
					// The entities stage gives a title as the mention's role.
					m.Role = news.Span{Start: 0, End: len(title) + 1}
					m.Start = len(title) + 2
				}
				doc.Mentions = []news.Mention{m}
			}
			Find(doc)
			if diff := cmp.Diff(tt.want, describe(doc)); diff != "" {
				t.Errorf("quotes in %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// Every form listed for an object verb names a verb that objectVerbs
// has, so that no form stands without its particles: a form whose lemma
// is missing would take any object ("counted the votes").
func TestObjectFormsHaveTheirVerb(t *testing.T) {
	for form, lemma := range objectForms {
		if _, ok := objectVerbs[lemma]; !ok {
			t.Errorf("objectForms[%q] = %q, which objectVerbs does not have", form, lemma)
		}
	}
}
