// Package roles gives people their roles and groups mentions into people.
//
// It owns three things. Roles: the title the entities stage split off a
// name ("Foreign Minister Sergei Lavrov"), a lower-case role in front of a
// name ("Roscosmos head Yuri Borisov", "leader Kim Jong Un") and an
// appositive after it ("Jane Doe, the company's chief executive,").
// Descriptions: noun phrases that stand for a person the article does not
// name ("a North Korean official", "a representative of the Russian
// delegation"), found by their role noun. And people: each named person is
// one cluster of mentions — the fullest name, then shorter forms that share
// its words ("Lavrov", "Kim"), titled forms and honorifics — and each
// unnamed person is one cluster of descriptions, where a later definite
// description ("the Russian representative") joins the earlier one whose
// head noun it shares and whose words hold its modifiers; a lede's "a
// federal judge" is the one named with that title in the next paragraphs
// ("U.S. District Judge Gray Miller"). A woman named by
// her husband's name ("Mrs. John Dashwood", "Mrs. Joe" for short) is a
// person of her own, neither him nor a bare "Mrs. Dashwood".
//
// Once the quotes stage has run, NameOutsideQuotes settles names against
// them: a speaker's epithet inside quotation marks ("Crooked Hillary
// Clinton") is not the person's name, and a cluster named only so joins
// the writer's Hillary Clinton. It is the one step the pipeline runs out
// of the stages' order, because only the quotes tell whose words a name
// is written in.
//
// Pronouns are left alone: which person "he" is depends on who was last
// spoken of, which the attribution stage follows.
package roles
