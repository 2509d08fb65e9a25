"""Span cleaning of one entity (``actor_spans._clean``) on sentences written for these tests,
with the entity's words and label set by the test so only the rule is exercised."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from generator.actor_rules import name_key
from generator.actor_spans import Candidate, _clean
from generator.actor_votes import strip_leading_words
from generator.actors import build_actors


def _cleaned(nlp, text: str, words: str, label: str) -> tuple[str | None, str | None]:
    doc = nlp(text)
    start = text.index(words)
    span = doc.char_span(start, start + len(words), label=label)
    assert span is not None, [t.text for t in doc]
    doc.ents = [span, *(e for e in doc.ents if e.end <= span.start or e.start >= span.end)]
    out = _clean(doc, span.start, span.end, label)
    if out is None:
        return None, None
    i, j, new_label, _ = out
    return doc[i:j].text, new_label


def _actors(analyse, texts: list[str]):
    """The actors of ``texts``, one document each ("d0", "d1", ...)."""
    return build_actors([analyse(t, doc_id=f"d{i}") for i, t in enumerate(texts)])


def _owners(actors) -> dict[str, str]:
    """Each mention's text -> the name of the actor it belongs to."""
    return {m.text: a.name for a in actors for m in a.mentions}


CLEANED = [
    # (text, entity words, label, expected name or None: dropped, expected label or None: any)
    # an adverb opening a sentence, after a quote too
    ("Her lead is safe, he said.  ''Realistically, the most important part is the math.''", "Realistically", "ORG",
     None, None),
    ("Happily, the vote passed on Monday.", "Happily", "PERSON", None, None),
    ("Kelly won the race on Monday.", "Kelly", "PERSON", "Kelly", "PERSON"),  # a name ending in "ly"
    # a letter of the hyphenated word after a name
    ("Voters with Bernie Sanders T-shirts stood near the stage.", "Bernie Sanders T", "PERSON", "Bernie Sanders", "PERSON"),
    # a gerund opening a sentence the parser runs on into after a quote
    ("Patti Doyle said Donald Trump has “the issue of the email server, which makes it a much harder climb.”\n\n"
     "Bashing Trump may be job one, but the spotlight will be on her.", "Bashing Trump", "PERSON", "Trump", "PERSON"),
    # an occupation before a name makes it a person's, whatever the tagger said
    ("The keeper was beaten. Midfielder Edu scored twice for the club.", "Midfielder Edu", "ORG", "Edu", "PERSON"),
    ("Newcomer Ciara has four nominations this year.", "Newcomer Ciara", "PERSON", "Ciara", "PERSON"),
    ("Teenager Ann Berg won the race in Oslo.", "Teenager Ann Berg", "PERSON", "Ann Berg", "PERSON"),
    ("Producer Price Index figures rose in May.", "Producer Price Index", "ORG", "Producer Price Index", "ORG"),
    # "X the Y" is one name; "X the builder" is X
    ("Members of King Crimson and Mott the Hoople played.", "Mott the Hoople", "PERSON", "Mott the Hoople", "PERSON"),
    ("Members of the band and Alexander the Great came.", "Alexander the Great", "PERSON", "Alexander the Great", None),
    ("Bob the builder came round on Monday.", "Bob the builder", "PERSON", "Bob", "PERSON"),
    ("Veterans Paul Simon and Ann Berg were tenth, said Tom Lee.", "Veterans Paul Simon", "PERSON", "Paul Simon", "PERSON"),
    # an adverb opening a sentence
    ("Nationally, house prices rose at an annual rate of 10%.", "Nationally", "PERSON", None, None),
    ("Kelly, the new chief, said prices rose.", "Kelly", "PERSON", "Kelly", "PERSON"),
    # a match score the tagger ran into a name
    ("They won a third round replay at Craven Cottage 1-0 on 13 January.", "Craven Cottage 1-0", "ORG", "Craven Cottage", None),
    ("Mr Kim beat Rafael Nadal 6-2 6-7 in Dubai.", "Rafael Nadal 6-2 6-7", "PERSON", "Rafael Nadal", "PERSON"),
    # a title's short form after a body is the title of the person named next
    ("The plan was backed by Army Capt. Tom Hale, who served in Iraq.", "Army Capt", "ORG", "Army", None),
    ("He won with his debut Garden State. Michael Moore won too.", "Garden State", "ORG", "Garden State", None),
    ("Pastor Darrell Scott spoke at the rally in Leeds.", "Pastor Darrell Scott", "ORG", "Darrell Scott", "PERSON"),
    # a first name and a surname after a title are a person's, whatever the tagger said; not a body's name
    ("Former Hewlett-Packard CEO Carly Fiorina named a Washington favorite.", "Carly Fiorina", "ORG", "Carly Fiorina", "PERSON"),
    ("An analyst at fund manager Matrix Asset Advisors said so.", "Matrix Asset Advisors", "ORG", "Matrix Asset Advisors", "ORG"),
    # a tower is a building
    ("During his visit to Trump Tower, LeVell said he saw it.", "Trump Tower", "PERSON", "Trump Tower", "FAC"),
    # a figure the tagger ran into a name: a poll's share, a year after a place, the ordinal of a rank
    ("Officers favored Trump 46 percent to 32 percent.", "Trump 46 percent", "ORG", "Trump", None),
    ("A poll found Ann Berg would beat Trump 46 to 40 percent in a race.", "Trump 46 to 40 percent", "LAW", "Trump", None),
    ("Think of John McCain in New Hampshire 2000 for a start.", "New Hampshire 2000", "GPE", "New Hampshire", None),
    ("Sales of Windows 2000 rose in May.", "Windows 2000", "GPE", "Windows 2000", None),  # no place: a product's number
    ("It was a risk, said Air Force 1st Lt. Tom Hale on Monday.", "Air Force 1st", "ORG", "Air Force", None),
    # a title before a person's name is the person's
    ("The daughter of Sandy Hook Elementary Principal Dawn Hochsprung spoke.", "Sandy Hook Elementary Principal",
     "PERSON", "Sandy Hook Elementary", None),
    # a person after a body's possessive
    ("It will have an impact, National Review's Ian Tuttle wrote Friday.", "National Review's Ian Tuttle", "ORG",
     "Ian Tuttle", "PERSON"),
    # a common term's first word is no part of the name before it; the term's last word may be
    ("The Ted Cruz Super PAC has no ties to the campaign.", "The Ted Cruz Super", "ORG", "Ted Cruz", None),
    ("Mersey TV made the show in Liverpool.", "Mersey TV", "ORG", "Mersey TV", None),
    # a verb glued to a name by a lost space
    ("Everybody is laughing at Jeb Bush-spent $100 million and is at the bottom.", "Jeb Bush-spent", "PERSON",
     "Jeb Bush", "PERSON"),
    # plural titles, "aka", a shouted word, a portfolio after "Secretary of" before a name
    ("Together, Senators Rubio and Cruz voted no.", "Senators Rubio", "PERSON", "Rubio", "PERSON"),
    ("Brian Burton, AKA Danger Mouse, made the album.", "AKA Danger Mouse", "PERSON", "Danger Mouse", "PERSON"),
    ("EXPLOSION Turkish police said three people died.", "EXPLOSION Turkish", "PERSON", "Turkish", None),
    ("Former Secretary of State Clinton backed the deal.", "State Clinton", "PERSON", "Clinton", "PERSON"),
    ("Secretary of Defense Leon Panetta spoke on Monday.", "Defense Leon Panetta", "ORG", "Leon Panetta", None),
    ("Secretary of State John Kerry spoke on Monday.", "John Kerry", "PERSON", "John Kerry", "PERSON"),
    # a rank before a surname tagged as a body
    ("He said General Petraeus got in trouble for less.", "General Petraeus", "ORG", "Petraeus", "PERSON"),
    # a middle initial the tagger ended the name at
    ("Fed chairman Ben S. Bernanke said rates would rise.", "Ben S.", "PERSON", "Ben S. Bernanke", "PERSON"),
    # a body's head after a person's full name makes the body's name
    ("He spoke on Aaron Klein Investigative Radio on Sunday.", "Aaron Klein Investigative", "PERSON",
     "Aaron Klein Investigative Radio", "ORG"),
    # a hashtag is a slogan's label; an acronym after "#" still names its body
    ("Ann Berg signed off with #Justdoit on Monday.", "Justdoit", "PERSON", None, None),
    ("Shop the look from her #RNC speech, said Ann Berg.", "RNC", "ORG", "RNC", None),
    # half of a dotted name ("One.Tel")
    ("Firms such as TalkTalk and One.Tel route calls, said Ann Berg.", "Tel", "PERSON", None, None),
    # more descriptions before a name
    ("Irishmen John Magnier and JP McManus own the stake.", "Irishmen John Magnier", "PERSON", "John Magnier", "PERSON"),
    ("Entrepreneur Sir Richard Branson's show is a flop.", "Entrepreneur Sir Richard Branson", "PERSON", "Richard Branson", None),
    ("Farmer Geoff Brooks said he would fight on.", "Farmer Geoff Brooks", "PERSON", "Geoff Brooks", "PERSON"),
    ("The policing of Gen Pervez Musharraf's visit was reviewed.", "Gen Pervez Musharraf's", "ORG", "Pervez Musharraf", "PERSON"),
    ("General Motors cut jobs in Detroit on Monday.", "General Motors", "ORG", "General Motors", "ORG"),
    ("Sprinter Kelly Holmes won in Athens.", "Sprinter Kelly Holmes", "PERSON", "Kelly Holmes", "PERSON"),
    # half of a compound adjective, and an illness named after someone
    ("MPs held a debate on Anglo-American relations on Wednesday.", "Anglo", "NORP", None, None),
    ("There was an outbreak of Legionnaire's disease in the building.", "Legionnaire", "ORG", None, None),
    ("Tony Blair's visit was a success.", "Tony Blair", "PERSON", "Tony Blair", "PERSON"),
    # a foreign particle and the capitalised words after it; not a particle at the end of a sentence
    ("Morgan was pushing hard for a start at Stade de France on Saturday.", "Stade", "GPE", "Stade de France", None),
    ("The deal was signed by Banca Nazionale del Lavoro in Rome.", "Banca Nazionale", "ORG", "Banca Nazionale del Lavoro",
     "ORG"),
    # a slogan's verb before a name; a first name that is also a verb
    ('"I have a new slogan. Vote Blair, Get Brown. That is it," he said.', "Vote Blair", "PERSON", "Blair", "PERSON"),
    ('"I have a new slogan. Vote Blair, Get Brown. That is it," he said.', "Get Brown", "PERSON", "Brown", "PERSON"),
    ("Will Young sang in Leeds on Monday.", "Will Young", "PERSON", "Will Young", "PERSON"),
    # a first name before its surname in brackets; a surname before its club in a squad list
    ("We have gone for Olly (Barkley) because of the kicking.", "Olly", "PERSON", None, None),
    ("Coyne (Burnley), Jones (Wolves) and Roberts (Wrexham) make debuts.", "Coyne", "PERSON", "Coyne", "PERSON"),
    ('"Gethin [Jenkins] won\'t be intimidated tomorrow," he said.', "Gethin", "PERSON", None, None),
    # an occupation or a trade before a name
    ("Cinematographer John Mathieson is nominated again.", "Cinematographer John Mathieson", "PERSON", "John Mathieson",
     "PERSON"),
    ("Organiser Mean Fiddler said tickets sold out.", "Organiser Mean Fiddler", "ORG", "Mean Fiddler", "ORG"),
    # a small word in capitals names nothing; a known short name in capitals does
    ("Play it now.\n\nTOO FAST TOO FURIOUS (DIGITAL BRIDGES)\n\nIt is fun.", "TOO", "ORG", None, None),
    ("He said the US would act.", "US", "GPE", "US", "GPE"),
    # a saint's name with a possessive names a place
    ("A spokeswoman for the St David's Shopping Centre in Cardiff said so.", "the St David's", "ORG",
     "St David's Shopping Centre", "FAC"),
    ("The call was made from St Katherine's dock to Newbury.", "St Katherine's", "PERSON", "St Katherine", "FAC"),
    ("St Paul wrote to them in a letter.", "St Paul", "PERSON", "St Paul", "PERSON"),
    # a surname's particle and the first name before it
    ("He destroyed South Africa's Os du Randt in the scrum.", "Randt", "PERSON", "Os du Randt", "PERSON"),
    ("The ruling by Judge van Dyke was upheld.", "Dyke", "PERSON", "Dyke", "PERSON"),
    # a Roman numeral alone; an honorific that starts the next name
    ("He is sure to make the starting XV against New Zealand, said Ann Berg.", "XV", "PERSON", None, None),
    ("A Labour source told the Sunday Times Mr Campbell would lead it.", "Times Mr", "ORG", "Times", "ORG"),
    # a body's acronym glued to a person's name the text gives with an honorific; a position before a player
    ("The co-head of aerospace group EADS Philippe Camus is to leave. Mr Camus said so.", "EADS Philippe Camus", "ORG",
     "Philippe Camus", "PERSON"),
    ("The co-head of aerospace group EADS Philippe Camus is to leave, it said.", "EADS Philippe Camus", "ORG",
     "EADS Philippe Camus", "ORG"),
    ("Prop Martin Castrogiovanni scored a try in Rome.", "Prop Martin Castrogiovanni", "PERSON", "Martin Castrogiovanni",
     "PERSON"),
    # a compound adjective before a name the text also uses alone; a name that starts with one
    ("Is it ironic that Euro-Sceptic Kilroy-Silk chose Latin? Mr Kilroy-Silk said no.", "Euro-Sceptic Kilroy-Silk",
     "ORG", "Kilroy-Silk", None),
    ("He was banned by the Anti-Doping Agency. The Anti-Doping Agency said so.", "Anti-Doping Agency", "ORG",
     "Anti-Doping Agency", "ORG"),
    # a portfolio before a title, and a place code that starts a body's name
    ("Culture, Media and Sport Secretary Tessa Jowell backed it.", "Culture", "GPE", None, None),
    ("Kamal Nath, Commerce and Industry Minister, said so.", "Kamal Nath", "PERSON", "Kamal Nath", "PERSON"),
    ("Mr Darling was in Edinburgh, Wales Secretary Peter Hain in Cardiff.", "Edinburgh", "GPE", "Edinburgh", None),
    ("The show was up against the UK Music Hall of Fame series.", "Music Hall of Fame", "FAC", "UK Music Hall of Fame", None),
    # a preposition or a participle opening a sentence
    ("Across Wales, pickets were held by striking civil servants.", "Across Wales", "PERSON", "Wales", None),
    ("Hounded by the press, Tevez grew tired of his life.", "Hounded", "PERSON", None, None),
    ("Reading won the match by two goals.", "Reading", "ORG", "Reading", "ORG"),
    # a department's list cut at its comma; not a list of bodies after "the"
    ("A spokesman for the Department for Culture, Media and Sport said no.", "Department for Culture", "ORG",
     "Department for Culture, Media and Sport", None),
    ("The Department of Health, the Treasury and Ofsted met.", "Department of Health", "ORG", "Department of Health", None),
    # a post-nominal alone, a personal pronoun inside a title ("Charles I" is a king)
    ("It was Nottingham University's Uncle Roy All Around You.", "Roy All Around You", "PERSON", None, None),
    ("The death warrant for Charles I was shown.", "Charles I", "PERSON", "Charles I", "PERSON"),
    ("Model Anna Nicole Smith was there, and Matchwinner Keane smiled.", "Model Anna Nicole Smith", "PERSON",
     "Anna Nicole Smith", "PERSON"),
    # a word cited, not named
    ("Users text the word GOODPUB to 85130 for a list.", "GOODPUB", "ORG", None, None),
    ("Users text GOODPUB to 85130 for a list.", "GOODPUB", "ORG", "GOODPUB", "ORG"),
    # a possessive before a work's title names the owner
    ("Stam told Uefa's Champions magazine that he was sad.", "Uefa's Champions", "ORG", "Uefa", "ORG"),
    ("It beat Uefa's Champions League rivals in May.", "Uefa's Champions League", "ORG", "Uefa's Champions League", "ORG"),
    # a one-word "person" that starts a title with a possessive
    ("Beyonce, Prince, Destiny's Child and Jill Scott won two awards each.", "Destiny", "PERSON", None, None),
    ("Critics said Blair's Government had failed the test.", "Blair", "PERSON", "Blair", "PERSON"),
    ("It was a song from Beyonce's album, he said.", "Beyonce", "PERSON", "Beyonce", "PERSON"),
    # a capitalised determiner inside a sentence starts a band's name
    ("Performances came from No Doubt singer Gwen Stefani and others.", "Doubt", "PERSON", "No Doubt", "PERSON"),
    ('He said: "No Labour MP voted for it."', "Labour", "ORG", "Labour", "ORG"),
    # a first name the tagger left out of a three-word name after a comma
    (
        "Barristers Nicholas Blake QC, Andrew Nicol QC, Manjit Singh Gill QC and Rick Scannell quit.",
        "Singh Gill",
        "PERSON",
        "Manjit Singh Gill",
        "PERSON",
    ),
    ("They thanked the city, Minister Ann Berg and Tom Lee.", "Ann Berg", "PERSON", "Ann Berg", "PERSON"),
    # the second half of a double-barrelled name the text writes in full elsewhere
    ("Owusu-Abeyie then scored. Wenger had sent on Quincy Owusu-Abeyie at half-time.", "Owusu", "GPE", "Owusu-Abeyie", None),
    ("Fans filled the Scotland-England match at Murrayfield.", "Scotland", "GPE", "Scotland", None),
    ("He will be partnered by Arturo Lupoli or Quincy Owusu-Abeyie on Sunday.", "Quincy Owusu", "PERSON", "Quincy Owusu-Abeyie",
     "PERSON"),
    ("The Tony Blair-Brown feud grew, and Brown said nothing.", "Tony Blair", "PERSON", "Tony Blair", "PERSON"),
    # a span of geological time; not a place named after one
    ("We learn from the Cenozoic, the Pliocene and the Holocene.", "Pliocene", "PERSON", None, None),
    ("We learn from the Cenozoic, the Pliocene and the Holocene.", "Cenozoic", "GPE", None, None),
    ("Oil output in the Permian Basin rose.", "Permian Basin", "LOC", "Permian Basin", None),
    # an adverb; a transcript's note of laughter; a heading in capitals run into a sentence
    ("The schools were Federally aided.", "Federally", "PERSON", None, None),
    ("That was a joke. (Laughter.) Now to work.", "Laughter", "PERSON", None, None),
    ("Tom Lyle (Labour) asked a question.", "Labour", "ORG", "Labour", None),
    ("INTERNATIONAL TRADE World trade is essential.", "INTERNATIONAL TRADE World", "ORG", None, None),
    ("He won the ABN AMRO World Tennis Tournament in May.", "ABN AMRO World Tennis Tournament", "EVENT",
     "ABN AMRO World Tennis Tournament", None),
    ("We brought together the HOPE NOW Alliance in May.", "HOPE NOW Alliance", "ORG", "HOPE NOW Alliance", None),
    # a question's verb before its subject; a time zone; a body's officer; a role alone
    ("Are Tom Hale and Ann Berg really closing the port because of agents?", "Are Tom Hale", "ORG", "Tom Hale", None),
    ("Are Tom Hale and Ann Berg closing the port because of agents.", "Are Tom Hale", "ORG", "Are Tom Hale", None),
    ("Correction 8/29/10 7:05 a.m. PDT: A previous version misstated his title.", "PDT", "PERSON", None, None),
    ("At the home of Tidewater CIO Per Olsen, executives showed off a new app.", "Tidewater CIO", "ORG", "Tidewater", None),
    ("Q&A With Per Olsen, Cofounder of Tidewater", "Cofounder", "PERSON", None, None),
    ("Q&A With Per Olsen, Cofounder Tom Hale and others", "Cofounder Tom Hale", "PERSON", "Tom Hale", None),
    # the plural of a name the text gives a person: a kind of person, not the person
    ("Thomas Hale fought Per Olsen. Watch out for the Thomas Hales of the world.", "Thomas Hales", "FAC", None, None),
    ("Watch out for the Thomas Hales of the world.", "Thomas Hales", "PERSON", "Thomas Hales", None),
    # a name that begins with a greeting's word, inside a sentence; a name cut before an article
    ("He says Per Olsen is like Hello Kitty. Hello Kitty has no mouth.", "Hello Kitty", "ORG", "Hello Kitty", None),
    ("Her book, Go Home: The Misadventures of a Harbour Pilot, sold well.", "The Misadventures of a", "ORG", None, None),
    # a plural royal title before a list of names; not a place's name
    ("We thank Kings Olaf and Harald for their help.", "Kings Olaf", "PERSON", "Olaf", None),
    ("We thank Kings Lysmark for their help.", "Kings Lysmark", "PERSON", "Kings Lysmark", None),
    # a strait's name the tagger cut before "of" and a name it took for a person
    ("Ships came close to the Straits of Lysmark, a waterway for oil.", "Straits", "LOC", "Straits of Lysmark", None),
    # a minister's field after "Minister of"; not a body after "minister of"
    ("We welcome the new Minister of Harbour Affairs, Dr. Ann Berg.", "Harbour Affairs", "ORG", None, None),
    ("He met the energy minister of Lysmark Oil on Monday.", "Lysmark Oil", "ORG", "Lysmark Oil", None),
    # a capitalised common noun after a possessive or a demonstrative; not a body of one's own
    ("The flag flies again over our Embassy in Oslo.", "Embassy", "ORG", None, None),
    ("The last time we met in this Chamber, we spoke.", "Chamber", "ORG", None, None),
    ("Our Navy is patrolling the coast of Lysmark.", "Navy", "ORG", "Navy", None),
    ("The talks in our Lysmark office went well.", "Lysmark", "GPE", "Lysmark", None),
    ("It will let drivers test its Lysmark and Vauxhall models.", "Lysmark", "ORG", "Lysmark", None),
    ("They need the release of their Lysmark-based players.", "Lysmark", "GPE", "Lysmark", None),
    ("I recommend that this Commission report soon on the work of the Harbour Joint Commission.", "Commission", "ORG",
     "Commission", None),
    ("We in this Union enter the decade thankful. Our tie to the Soviet Union is important.", "Union", "ORG", None, None),
    # a place and a people's adjective joined by a hyphen before a noun; not a person
    ("I want a lasting basis for U.S.-Soviet cooperation.", "U.S.-Soviet", "ORG", None, None),
    ("Franco-German ties matter.", "Franco-German", "NORP", None, None),
    ("Jean-Christian said no.", "Jean-Christian", "PERSON", "Jean-Christian", None),
    # a one-word name before "bill" or "grants": the law or the scheme; a body's head word in the plural
    ("The Hale bill has already stopped 4,000 sales.", "Hale", "PERSON", None, None),
    ("More students get Pell grants now.", "Pell", "ORG", None, None),
    ("Bill Hale said so.", "Bill Hale", "PERSON", "Bill Hale", None),
    ("When both Commissions have reported, I shall decide.", "Commissions", "ORG", None, None),
    ("The Agencies reported.", "Agencies", "ORG", None, None),
    ("Chambers won the race. Tom Chambers is fast.", "Chambers", "ORG", "Chambers", None),
    ("Lysmark Services reported.", "Lysmark Services", "ORG", "Lysmark Services", None),
    # a body's name that goes on after "on" with "a" or "of the"
    ("It went to a special Advisory Committee on a National Highway Program, composed of leaders.", "Advisory Committee",
     "ORG", "Advisory Committee on a National Highway Program", None),
    ("The Commission on Organization of the Executive Branch reported.", "Commission on Organization", "ORG",
     "Commission on Organization of the Executive Branch", None),
    ("The Panel on Climate Change and the Board met.", "Panel on Climate Change", "ORG", "Panel on Climate Change", None),
    # a body's head word before "of the" and capitalised words the tagger left out
    ("Funds for the Executive Office of the President are needed.", "Executive Office", "ORG",
     "Executive Office of the President", None),
    # a link's imperative before its source's name
    ("The oil is left, he said. (Watch Tidewater's video \"Empty Quays.\")", "Watch Tidewater", "ORG", "Tidewater", None),
    ("Read Tidewater's report on the strike here.", "Read Tidewater", "ORG", "Tidewater", None),
    ("Read Hastings founded the firm.", "Read Hastings", "PERSON", "Read Hastings", None),
    # "for an" inside a body's name, as "for a"
    ("Tom Hale of the liberal Harbour Committee for an Effective Parliament, which tracks votes, said so.",
     "Harbour Committee", "ORG", "Harbour Committee for an Effective Parliament", None),
    ("The newly created Nordic Centre for a Modern Baltic was governed by a board.", "Nordic Centre", "ORG",
     "Nordic Centre for a Modern Baltic", None),
    # a plural title before a person's name tagged as a body
    ("Representatives Walter Capps and Sonny Bono shared a love for this House.", "Representatives Walter Capps", "ORG",
     "Walter Capps", "PERSON"),
    # a hyphen typed for a dash before a small word; not a given name's last syllable
    ("As they signed, Benjamin Franklin-the oldest delegate-looked over.", "Benjamin Franklin", "PERSON",
     "Benjamin Franklin", "PERSON"),
    ("Then Moon Jae-in met him.", "Moon Jae", "PERSON", "Moon Jae-in", "PERSON"),
    # a law's name with "to" in it; a name that ends with a number after "No."
    ("Congress should pass the Protect the Right to Organize Act now.", "Protect the Right to Organize Act", "ORG",
     "Protect the Right to Organize Act", None),
    ("It went to the Trade Council to Organize Shipping in May.", "Trade Council to Organize Shipping", "ORG",
     "Trade Council", None),
    ("Oil comes from the Naval Petroleum Reserve No. 4 in Alaska.", "Naval Petroleum Reserve No", "ORG",
     "Naval Petroleum Reserve No. 4", None),
    # a byline's imperative before a handle
    ("Pizza was searched more.\n\n-- By Michael Russell Follow @tdmrussell", "Michael Russell Follow", "PERSON",
     "Michael Russell", "PERSON"),
    # two surnames of people the text names in full, joined by a hyphen
    ("Samuel Alito asked. Elizabeth Prelogar replied. Not all Alito-Prelogar matchups end so.", "Alito-Prelogar", "PERSON",
     None, None),
    ("Quincy Owusu-Abeyie scored. Kofi Owusu watched. Owusu-Abeyie left.", "Owusu-Abeyie", "PERSON", "Owusu-Abeyie", None),
    ("Not all Alito-Prelogar matchups end so, said Samuel Alito. Elizabeth Prelogar agreed. The arguments offered "
     "several Alito-Prelogar moments of tension.", "Alito", "PERSON", "Alito", "PERSON"),
    # the halves of a name linked by a small word and hyphens, not by "to"
    ("India blamed Lashkar-e-Taiba and Jaish-e-Mohammad for it.", "Jaish", "PERSON", "Jaish-e-Mohammad", None),
    ("He moved to Stoke-on-Trent in May.", "Stoke", "GPE", "Stoke-on-Trent", None),
    ("He said of Mar-a-Lago that it was worth more.", "Mar", "PERSON", "Mar-a-Lago", None),
    ("The Blair-to-Brown handover was slow.", "Blair", "PERSON", "Blair", None),
    # a participle joined by a hyphen describes what follows
    ("The Ian Murray-skippered boat won the race.", "Ian Murray-skippered", "PERSON", "Ian Murray", "PERSON"),
    ("The game feels Harbour Lights-ian in places.", "Harbour Lights-ian", "ORG", "Harbour Lights", None),
    ("His plan felt Tom Hale-ish to us.", "Tom Hale-ish", "PERSON", "Tom Hale", None),
    ("The Ann Berg-Smith boat won the race.", "Ann Berg-Smith", "PERSON", "Ann Berg-Smith", "PERSON"),
    # the lowercase second half of a given name, after a nickname too; not an English word
    ("Lee “Faker” Sang-hyeok won it again.", "Lee", "PERSON", "Lee “Faker” Sang-hyeok", "PERSON"),
    ("Then Bae Seong-woong took the stage.", "Bae Seong", "PERSON", "Bae Seong-woong", "PERSON"),
    # a first name and a nickname in quotes the tagger left out before a surname
    ("Later Wei “Weiwei” Bo-Han looked more comfortable.", "Bo-Han", "NORP", "Wei “Weiwei” Bo-Han", "PERSON"),
    ("He said 'Hello' Jones was there.", "Jones", "PERSON", "Jones", "PERSON"),
    ("The Tony Blair-loving crowd cheered.", "Tony Blair", "PERSON", "Tony Blair", "PERSON"),
    # a person's name after a title inside a span tagged as a body; not a body after an
    # adjective that is also a title
    ("Federal Labor MP Carmen Lawrence says it is wrong.", "Federal Labor MP Carmen Lawrence", "ORG",
     "Carmen Lawrence", "PERSON"),
    ("It met at the International Solid State Circuits Conference in May.",
     "International Solid State Circuits Conference", "ORG", "International Solid State Circuits Conference", None),
    ("Coroner Graeme Johnston said his findings were clear.", "Coroner Graeme Johnston", "PERSON", "Graeme Johnston",
     "PERSON"),
    # an adjective of a faith after a place modifies the noun after it; a people's after a hyphen stays
    ("Abuse claims at a Toowoomba Anglican school grew.", "Toowoomba Anglican", "ORG", "Toowoomba", None),
    ("Talks at Anglo-Irish Bank began.", "Anglo-Irish Bank", "ORG", "Anglo-Irish Bank", None),
    # an epithet after "the" completes a name; a party after "the" does not
    ("Fire has damaged part of St John the Divine cathedral in New York.", "St John", "PERSON", "St John the Divine",
     None),
    ("He beat Clinton the Democrat in May.", "Clinton", "PERSON", "Clinton", "PERSON"),
    # a body goes on with "for" and what it is for, not with a second body it works for
    ("The report was written by the Open University for the Scottish Funding Council last year.", "Open University",
     "ORG", "Open University", None),
    ("The Global Alliance for Digital Inclusion met in May.", "Global Alliance", "ORG",
     "Global Alliance for Digital Inclusion", None),
    # an inquiry goes on with "into" and what it looks into; a bank does not
    ("Officials gave evidence at the Royal Commission into the Building Industry on Monday.", "Royal Commission", "ORG",
     "Royal Commission into the Building Industry", None),
    ("Money went from the Royal Bank into the Building Industry fund.", "Royal Bank", "ORG", "Royal Bank", None),
    # a judge's title before a surname tagged as a body; not a department of justice
    ('"You are a glib and cunning liar," Justice Curtis said.', "Justice Curtis", "ORG", "Curtis", "PERSON"),
    ("The Justice Department said so.", "Justice Department", "ORG", "Justice Department", "ORG"),
    # an order of chivalry goes on with "of"
    ("He was made a companion of the New Zealand Order of Merit.", "New Zealand Order", "ORG",
     "New Zealand Order of Merit", None),
    ("The race is between himself, Dutchman Arnoud Okken and Ola Berg.", "Arnoud Okken", "PERSON", "Arnoud Okken", "PERSON"),
    ("Spaniard Ana Ruiz beat Ola Berg in Doha.", "Spaniard Ana Ruiz", "PERSON", "Ana Ruiz", "PERSON"),
    # things named after a person or a place, tagged as people, are not people
    ("Friends met at the school's Johnny Carlson Theater on Sunday.", "Johnny Carlson Theater", "PERSON",
     "Johnny Carlson Theater", "FAC"),
    ("It was the toughest budget of the Bush Presidency, said Ann Berg.", "Bush Presidency", "PERSON",
     "Bush Presidency", "ORG"),
    ("It was the toughest budget of the Bush Presidency, said Ann Berg.", "Bush", "PERSON", "Bush", "PERSON"),
    ("She gave the Adam Smith Lecture in Kirkcaldy.", "Adam Smith Lecture", "PERSON", "Adam Smith Lecture", "ORG"),
    ("The team at the University of Surrey built it.", "University of Surrey", "PERSON", "University of Surrey", "ORG"),
    ("Mr Kennedy will visit Leicester South on Friday.", "Leicester South", "PERSON", "Leicester South", "FAC"),
    ("Seats such as Surrey South West are at stake.", "Surrey South West", "PERSON", "Surrey South West", "FAC"),
    ("Voters in North Devon went to the polls.", "North Devon", "PERSON", "North Devon", "FAC"),
    # ... but a surname that is a compass word, or a place word after a first name, is kept
    ("The album by Kanye West came out on Monday.", "Kanye West", "PERSON", "Kanye West", "PERSON"),
    ("The rapper Ann Museum sang.", "Ann Museum", "PERSON", "Ann Museum", "FAC"),
    # a noun for a kind of business before its name; not a body's own first word
    ("Bookmakers Ladbrokes says the singer has even odds.", "Bookmakers Ladbrokes", "ORG", "Ladbrokes", "ORG"),
    ("Bookmaker Hills said it would go on taking bets.", "Bookmaker Hills", "PERSON", "Hills", "ORG"),
    ("The International Airlines Association met in Oslo.", "Airlines Association", "ORG", "Airlines Association", "ORG"),
    # an occupation the tagger took into a full name; a body named with the same word stays
    ("Comic Joe Pasquale remains odds on favourite to win.", "Comic Joe Pasquale", "PERSON", "Joe Pasquale", "PERSON"),
    ("Comic Relief raised money on Friday.", "Comic Relief", "ORG", "Comic Relief", "ORG"),
    # a name of one word said twice
    ("They sounded like Duran Duran or The Strokes.", "Duran", "GPE", "Duran Duran", None),
    ("They sounded like Duran Duran or The Strokes.", "Duran Duran", "ORG", "Duran Duran", None),
    # a first name in brackets before the surname is no name of its own
    ("Because of the way (Dietmar) Hamann and (Igor) Biscan played, we won.", "Dietmar", "PERSON", None, None),
    ("The coach (Dietmar) said so.", "Dietmar", "PERSON", "Dietmar", "PERSON"),
    # a nation's adjective after a name, before the noun it qualifies
    ("They own the Tampa Bay Buccaneers American football team.", "Tampa Bay Buccaneers American", "FAC",
     "Tampa Bay Buccaneers", None),
    ("It held cash in a Bank of American offshore account.", "Bank of American", "ORG", "Bank of American", None),
    # a body's head word and "for" before the words the tagger kept
    ("He said so. The Alliance for Digital Inclusion, a new body, met.", "Digital Inclusion", "ORG",
     "Alliance for Digital Inclusion", "ORG"),
    ("He said so. The Global Alliance for Digital Inclusion met.", "Global Alliance", "ORG",
     "Global Alliance for Digital Inclusion", "ORG"),
    ("He said so. Support for Digital Inclusion grew.", "Digital Inclusion", "ORG", "Digital Inclusion", "ORG"),
    ("He said so. Council for Ann Berg lost.", "Ann Berg", "PERSON", "Ann Berg", "PERSON"),
    # a word cut at its apostrophe; not a plural's possessive
    ("The final was won by Blazin' Squad rapper Kenzie.", "Blazin", "ORG", "Blazin' Squad", "ORG"),
    ("He has shown that, said Ladbrokes' Warren Lush.", "Ladbrokes", "ORG", "Ladbrokes", "ORG"),
    # a band's name cut before "and the"; a second party is another name
    ("They supported Interpol and Echo and the Bunnymen on tour.", "Echo", "GPE", "Echo and the Bunnymen", None),
    ("He criticised Labour and the Tories on Monday.", "Labour", "ORG", "Labour", None),
    ("Franz Ferdinand beat Kasabian and The Libertines to it.", "Kasabian", "ORG", "Kasabian", None),
    ("The relation between the Lords and the Commons is tense.", "Lords", "ORG", "Lords", None),
    ("Trade between Britain and the Netherlands grew.", "Britain", "GPE", "Britain", None),
    # a number word before a plural name at a sentence's start
    ("Three Degrees star Sheila Ferguson is the favourite.", "Degrees", "ORG", "Three Degrees", None),
    ("Two Britons were hurt. Three Britons died.", "Britons", "NORP", "Britons", None),
    # a body's name that goes on with "on" after its head word; not a day
    ("The Parliamentary Group on Betting and Gaming held an inquiry.", "Parliamentary Group on Betting", "ORG",
     "Parliamentary Group on Betting and Gaming", "ORG"),
    ("The Parliamentary Group on Betting and Gaming held an inquiry.", "Parliamentary Group", "ORG",
     "Parliamentary Group on Betting and Gaming", "ORG"),
    ("He spoke to the Parliamentary Group on Monday.", "Parliamentary Group", "ORG", "Parliamentary Group", "ORG"),
    ("The U.N. Intergovernmental Panel on Climate Change warned of it.", "U.N. Intergovernmental Panel on Climate Change",
     "ORG", "U.N. Intergovernmental Panel on Climate Change", "ORG"),
    ("The Intergovernmental Panel on Climate Change warned of it.", "Intergovernmental Panel", "ORG",
     "Intergovernmental Panel on Climate Change", "ORG"),
    ("She told the Senate Panel on Tuesday it was wrong.", "Senate Panel", "ORG", "Senate Panel", "ORG"),
    ("It follows the UN Convention on Seafarers' Identity Documents of June 2003.", "UN Convention", "ORG",
     "UN Convention on Seafarers' Identity Documents", "ORG"),
    # a capitalised comparison the tagger ran a name into (a full stop lost)
    ("Sales rose, according to analysts Gartner More than 167 million handsets were sold.", "Gartner More", "ORG",
     "Gartner", "ORG"),
    # the title of someone's job after a possessive; not a body named with the same word
    ("Mike Lee, the venue's Promotions Coordinator, said so.", "Promotions Coordinator", "ORG", None, None),
    ("He works for the Office of the Deputy Prime Minister in London.", "Office of the Deputy Prime Minister", "ORG",
     "Office of the Deputy Prime Minister", "ORG"),
    ("The Health and Safety Executive said so.", "Health and Safety Executive", "ORG", "Health and Safety Executive", "ORG"),
    # an adverb opening a quote or a sentence before a name
    ('He said: "Symbolically, a higher penalty might be right."', "Symbolically", "PERSON", None, None),
    ("Nevertheless Franz Ferdinand were the only UK band to win.", "Nevertheless Franz Ferdinand", "PERSON",
     "Franz Ferdinand", "PERSON"),
    # a portfolio of two fields, and one tagged as a people, before a title and a name
    ("It was raised by Trade and Industry Secretary Patricia Hewitt.", "Trade and Industry", "ORG", None, None),
    ('"They deserve it," said Culture Secretary Tessa Jowell.', "Culture", "NORP", None, None),
    ("It was raised by Welsh Secretary Peter Hain on Monday.", "Welsh", "NORP", "Welsh", "NORP"),
    # a time zone before a name; an amount of money; an award's category; a heading in capitals
    ("By 1300 GMT Carnival's shares were down a penny.", "GMT Carnival", "ORG", "Carnival", "ORG"),
    ("Sales fell to HK$6.31bn in the year.", "HK$6.31bn", "GPE", None, None),
    ("She won Best Urban Act and Best Breakthrough Artist.", "Breakthrough Artist", "PERSON", None, None),
    ("Released in March. DEAD OR ALIVE ULTIMATE is back.", "DEAD", "ORG", None, None),
    ("It was the case with the US NEA, when funds fell.", "NEA", "ORG", "NEA", "ORG"),
    # a French name with its elided article
    ("It's at the Cote d'Azur I feel at home.", "Cote", "PERSON", "Cote d'Azur", None),
    ("The party included Valery Giscard d'Estaing and his wife.", "Valery Giscard", "PERSON", "Valery Giscard d'Estaing",
     "PERSON"),
    # a body's head word and "for" before a place
    ("He cited the United Nations Economic Commission for Europe on Monday.", "United Nations Economic Commission", "ORG",
     "United Nations Economic Commission for Europe", "ORG"),
    ("He said Apple for Europe was late.", "Apple", "ORG", "Apple", "ORG"),
    # a title cut at a capitalised small word; not a person's name in a list in capitals
    ("He sang the ballad Georgia On My Mind and more.", "Georgia", "GPE", "Georgia On My Mind", None),
    ("I pray they never remake Chorlton And The Wheelies on TV.", "Chorlton", "ORG", "Chorlton And The Wheelies", None),
    ("Nominees: Shane Meadows for Dead Man's Shoes, Roger Michell For Enduring Love.", "Roger Michell", "PERSON",
     "Roger Michell", "PERSON"),
    ("He lives in Georgia and works in Texas.", "Georgia", "GPE", "Georgia", None),
    # an acronym before a full name; not a body's name
    ("On Monday MSP Karen Whitefield said so.", "MSP Karen Whitefield", "PERSON", "Karen Whitefield", "PERSON"),
    ("Ruddock told BBC Sport Wales on Monday.", "BBC Sport Wales", "PERSON", "BBC Sport Wales", None),
    # a one-word name after "Mr" is a person's, whatever the tagger said
    ('Mr Katwala added: "This is long overdue."', "Katwala", "GPE", "Katwala", "PERSON"),
    # an acronym glued to an honorific and a surname
    ("During his keynote speech at GDC Mr Allard, who heads games, spoke.", "GDC Mr Allard", "ORG", "Allard", "PERSON"),
    # an untagged acronym before a body's name; plural honorifics before a list of names
    ("It started trading on the OTC Bulletin Board, which lists rare stocks.", "Bulletin Board", "ORG",
     "OTC Bulletin Board", None),
    ("Lady Hale, sitting with Lords Bingham, Steyn, Hope and Carswell, said so.", "Lords Bingham", "PERSON", "Bingham",
     "PERSON"),
    # a plural noun for people with its apostrophe inside a body's name
    ("He won five awards from the London Critics' Circle on Wednesday night.", "London Critics'", "ORG",
     "London Critics' Circle", None),
    ("The Writers' Guild of America gave him an award.", "Writers' Guild of America", "ORG",
     "Writers' Guild of America", None),
    # an owner the text names alone before a name; not before a company's suffix
    ("Ireland recall Connacht's Bernard Jackman and Munster's Shaun Payne. Munster beat Leinster on Friday.",
     "Munster's Shaun Payne", "ORG", "Shaun Payne", None),
    ("It bought the wine arm of brewing giant Foster's Group. Foster said it was pleased.", "Foster's Group", "ORG",
     "Foster's Group", None),
    # initials and a surname's particle make a person in a team sheet
    (": H Shimange, CJ van der Linde, G Britz, D Rossouw.", "CJ van der Linde", "ORG", "CJ van der Linde", "PERSON"),
    # a verb opening its sentence: a participle before "by", a verb before its particle
    ("Stung by the score, the South Africans almost replied.", "Stung", "PERSON", None, None),
    ("Calm down it is only in their opinion.", "Calm", "PERSON", None, None),
    # a body cut before "of" and a place
    ("He is among the nominees at the Directors Guild of Great Britain awards.", "Directors Guild", "ORG",
     "Directors Guild of Great Britain", None),
    # a nationality of two words before a name
    ("It was the Lions tour of 2001, when New Zealander Graham Henry was the head coach.", "New Zealander Graham Henry",
     "NORP", "Graham Henry", "PERSON"),
    ("It was the Lions tour of 2001, when New Zealander Graham Henry was the head coach.", "New Zealander Graham Henry",
     "PERSON", "Graham Henry", "PERSON"),
    # a portfolio before "Commissioner" and a name
    ("The EU's Humanitarian Aid Commissioner, Louis Michel, was quoted.", "Humanitarian Aid", "PERSON", None, None),
    ("Trade Commissioner Peter Mandelson said it was wrong.", "Trade", "ORG", None, None),
    # an adverb of degree at the start of a sentence
    ("I want to see Noggin the Nog on The Big Screen!! Very Scandinavian...", "Very Scandinavian", "PERSON",
     "Scandinavian", None),
    # a verb of saying before its speaker at the start of a sentence
    ('Said Wales assistant coach Scott Johnson: "We are positive about him."', "Said Wales", "PERSON", "Wales", None),
    # a portfolio with "New" before it, before a name
    ("New Home Secretary Charles Clarke said he would consider it.", "New Home", "ORG", None, None),
    ("New Home Secretary Charles Clarke said he would consider it.", "Charles Clarke", "PERSON", "Charles Clarke", None),
    # "Mr" inside a span starts a person's name: the words before it name something else
    ("On top of the relief deal with Kenya Mr Hale said more offers would follow.", "Kenya Mr Hale", "PERSON",
     "Hale", "PERSON"),
    ("In a speech to the Global Policy Forum Mr Dale said he was calm.", "Global Policy Forum Mr Dale", "ORG",
     "Dale", "PERSON"),
    # a two-word noun for a nationality before a name tagged as a body
    ("He lost his starting place to New Zealander Tom Brice last month.", "New Zealander Tom Brice", "ORG",
     "Tom Brice", "PERSON"),
    # a noun for a trade before a company's name tagged as a person
    ("Jeweller Zeller also felt little Christmas cheer in December.", "Jeweller Zeller", "PERSON", "Zeller", "ORG"),
    # a building named after someone is a place
    ("He bought the Trump Plaza in 1989, said Ann Berg.", "Trump Plaza", "PERSON", "Trump Plaza", "FAC"),
    # a town and its state's abbreviation: the town
    ("He grew up in Staunton Va. and later moved away.", "Staunton Va.", "GPE", "Staunton", "GPE"),
    # a verb opening its sentence before a name the text tags alone; not a town's name
    ("His first bid to enter Westminster failed in 1979. Entering Westminster, he shared an office with Ann Lee.",
     "Entering Westminster", "ORG", "Westminster", None),
    ("Reading Festival organisers said tickets sold out.", "Reading Festival", "ORG", "Reading Festival", None),
    # a nation's quality is no actor; a place that ends the same way is
    ("Mark Lee said Britishness had long been a theme of his speeches.", "Britishness", "PERSON", None, None),
    ("Mark Lee flew to Inverness on Monday for the talks.", "Inverness", "GPE", "Inverness", "GPE"),
    # a name cut after a particle takes the rest of the name
    ("The chairman and production chief Walter van der Berg resigned.", "Walter van", "PERSON",
     "Walter van der Berg", "PERSON"),
    # a century's ordinal belongs to the name it starts; an edition's number does not
    ("It owns the 20th Century Fox film studio in Los Angeles.", "Century Fox", "ORG", "20th Century Fox", "ORG"),
    ("He delivered the 14th Adam Smith Lecture in Kirkcaldy.", "Adam Smith Lecture", "ORG", "Adam Smith Lecture", None),
    # a question's verb is no first name; a statement's first name is
    ("Will Lee's plan work any better? Probably not.", "Will Lee", "PERSON", "Lee", None),
    ("Will Lee's plan worked well, said Ann Berg.", "Will Lee", "PERSON", "Will Lee", None),
    # a stance for or against someone is no actor; a body's name with "Anti-" is
    ("A Pro-Berg group bought ads in Ohio.", "Pro-Berg", "ORG", None, None),
    ("The World Anti-Doping Agency said so.", "World Anti-Doping Agency", "ORG", "World Anti-Doping Agency", None),
    # a party's adjective before a chamber: the chamber
    ("Senator Rubio and the Republican Congress passed bills.", "Republican Congress", "ORG", "Congress", "ORG"),
    # a word English only uses as an adjective, alone at a sentence's start, is no name
    ("Disconsolate Republican operatives spent the weekend in dismay.", "Disconsolate", "ORG", None, None),
    ("Celtic won the league on Sunday, said Ann Berg.", "Celtic", "ORG", "Celtic", None),
    # a headline's verb after a semicolon; not a town that ends in "s"
    ("Lee's winning streak continues; Takes Ohio, but Berg still leads.", "Takes Ohio", "PERSON", "Ohio", None),
    ("The seats are: Bristol West; Leeds North West, and Bath.", "Leeds North West", "GPE", "Leeds North West", None),
    # a quoted headline's verb after a name the text names alone; a modal and its verb
    ("‘Ann Berg Leads’ gets more clicks than ‘Who Knows’. Ann Berg said so.", "Ann Berg Leads", "PERSON", "Ann Berg", None),
    ("Nobody knows ‘What Will Happen.’ Ann Berg said so.", "Will Happen", "PERSON", None, None),
    # the first word of a two-word title before a person belongs to the title
    ("The host and Acme News Executive Chairman Tom Lee said so.", "Acme News Executive", "ORG", "Acme News", "ORG"),
    # a slogan's verb before a name the slogan is about
    ("Here is why the Stop Berg movement should be hopeful, Tom Lee said.", "Stop Berg", "PERSON", "Berg", None),
    # a month before a body's word; an adjective before a widely known name
    ("He will fight on to the July Democratic convention, Ann Berg said.", "Democratic", "NORP", "Democratic", None),
    ("LEADERS MEET IN OSLO; Presumptive GOP nominee steals the show.", "GOP", "ORG", "GOP", None),
    # a person with a well-known first name after a body's possessive
    ("Critics such as the Daily Wire's Ben Shapiro said so.", "Daily Wire's Ben Shapiro", "ORG", "Ben Shapiro", "PERSON"),
    # a title before a second title's short form and a person's name; a date after a name
    ("Tim Lee is challenging Democratic National Committee Chair Rep. Debbie Wasserman Schultz in Florida.",
     "Democratic National Committee Chair", "ORG", "Democratic National Committee", None),
    ("He had nothing but praise for Christie’s Nov. 14 speech in Orlando.", "Christie’s Nov.", "ORG", "Christie", None),
    # or any first name after the possessive of a body named so ("Network", "Council"), before a surname
    ("She told FOX Business Network’s Maria Bartiromo so.", "FOX Business Network’s Maria Bartiromo", "ORG",
     "Maria Bartiromo", "PERSON"),
    ("She told the Fox Business Network’s Morning Show so.", "Fox Business Network’s Morning Show", "ORG",
     "Fox Business Network’s Morning Show", None),
    ("It won the People's Choice Awards in May.", "People's Choice Awards", "ORG", "People's Choice Awards", None),
    # a plural's apostrophe before a body's head word inside its name
    ("The Lysmark Pilots' Association Board of Directors also opposes the plan.",
     "The Lysmark Pilots' Association Board of Directors", "ORG", "Lysmark Pilots' Association Board of Directors", None),
    # an irregular plural's possessive inside a body's name
    ("They played like the U.S. Men's National Soccer Team. He left.", "U.S. Men's National Soccer Team", "ORG",
     "U.S. Men's National Soccer Team", None),
]


@pytest.mark.parametrize("text,words,label,name,new_label", CLEANED)
def test_clean(nlp, text, words, label, name, new_label):
    got_name, got_label = _cleaned(nlp, text, words, label)
    assert got_name == name
    if new_label is not None:
        assert got_label == new_label


def test_adjective_and_plural_noun_of_a_people_are_one_group(analyse):
    texts = ["The Jewish community in Leeds met on Monday.", "Jews in Leeds marked the day, said Ann Berg."]
    actors = _actors(analyse, texts)
    owners = [a for a in actors if {"Jewish", "Jews"} & {a.name, *a.aliases}]
    assert len(owners) == 1 and owners[0].kind == "group", [(a.name, a.aliases) for a in actors]


def test_people_of_a_named_place_tagged_as_a_person_are_one_group(analyse):
    texts = ["The shootout took place 50 kilometres south of the Kashmiri summer capital Srinagar. Kashmir is tense.",
             '"We want to make it clear that Kashmiris have no connection with this attack," said Ann Berg.']
    actors = _actors(analyse, texts)
    owners = [a for a in actors if {"Kashmiri", "Kashmiris"} & {a.name, *a.aliases}]
    assert len(owners) == 1 and owners[0].kind == "group", [(a.name, a.aliases, a.kind) for a in actors]


@pytest.mark.parametrize("text,word", [
    ("Ann Berg allegedly used abusive language towards the Kiwi number 10 batsman.", "Kiwi"),
    ("The New Zealander won the America's Cup twice, said Ann Berg.", "New Zealander"),
])
def test_noun_for_a_national_alone_is_a_group(analyse, text, word):
    actors = _actors(analyse, [text])
    assert [a.kind for a in actors if a.name == word] == ["group"], [(a.name, a.kind) for a in actors]


@pytest.mark.parametrize("texts,person,member", [
    # a member of a band or a team the corpus names, before a person's name
    (["Mourners gathered for former Beatle George Harrison in India. The Beatles' former lead guitarist died.",
      "George Harrison's ashes were scattered, said Ann Berg."], "George Harrison", "Beatle"),
    # ... but not a first name that a firm's name ends in an "s" after
    (["Shares in Philips rose, said Ann Berg.", "The book by Philip van Doren Stern sold well, said Tom Lee.",
      "Van Doren Stern wrote it in 1943."], "Philip van Doren Stern", None),
])
def test_member_of_a_band_before_a_name_is_cut(analyse, texts, person, member):
    actors = _actors(analyse, texts)
    names = {a.name for a in actors}
    assert person in names and (member is None or f"{member} {person}" not in names), names


def test_latino_voters_and_latinos_are_one_group(analyse):
    texts = ["Trump got 20 percent support from Latino voters, Ann Berg said.",
             "Latino Decisions polled 500 people in Ohio, said Ann Berg.",
             "Clinton is losing support among Latinos, Tom Lee said."]
    actors = _actors(analyse, texts)
    owner = {m.text: a for a in actors for m in a.mentions}
    assert owner["Latino"] is owner["Latinos"] and owner["Latino"].kind == "group", [(a.name, a.aliases) for a in actors]


def test_short_name_of_the_federal_reserve_is_known(analyse):
    texts = ["The US Federal Reserve raised rates on Monday.", "The Fed said inflation was low, said Ann Berg."]
    actors = _actors(analyse, texts)
    owners = [a for a in actors if {"Fed", "US Federal Reserve"} & {a.name, *a.aliases}]
    assert len(owners) == 1 and owners[0].name == "Federal Reserve", [(a.name, a.aliases) for a in actors]


@pytest.mark.parametrize("text,split,whole", [
    # a one-word company and the one-word "person" after it
    ("Boeing was sued by Lockheed Martin after its rival accused it of industrial espionage.",
     [("Lockheed", "ORG"), ("Martin", "PERSON")], "Lockheed Martin"),
    # a name ending in a plural's possessive and the body after it
    ("The foundation donated it primarily to St. Jude Children's Research Hospital, said Ann Berg.",
     [("St. Jude Children's", "FAC"), ("Research Hospital", "ORG")], "St. Jude Children's Research Hospital"),
])
def test_two_entities_the_tagger_split_are_one_name(analyse, text, split, whole):
    doc = analyse(text, doc_id="d0")
    pieces = {words for words, _ in split}
    assert [(e.text, e.label_) for e in doc.doc.ents if e.text in pieces] == split  # the tagger's split the rule repairs
    names = {a.name for a in build_actors([doc])}
    assert whole in names and not pieces & names, names


def test_british_spelling_of_a_known_name_is_the_known_name(analyse):
    texts = ["Talks on the World Trade Organisation went well in Geneva.", "The WTO said so, according to Ann Berg."]
    actors = _actors(analyse, texts)
    owners = [a for a in actors if {"World Trade Organisation", "WTO"} & {a.name, *a.aliases}]
    assert len(owners) == 1 and owners[0].name == "World Trade Organization", [(a.name, a.aliases) for a in actors]


def _cand(doc: str, start: int, text: str, kind: str = "person") -> Candidate:
    return Candidate(doc, 0, start, start + len(text), text, "PERSON", kind, name_key(text))


@pytest.mark.parametrize(
    "text,rest",
    [
        ("Irishmen Jan McManus", "Jan McManus"),  # a plural noun for a nationality
        ("Kenyan Jan McManus", "Jan McManus"),  # an adjective for one
        ("Janek Jan McManus", "Janek Jan McManus"),  # no description: a three-word name
    ],
)
def test_leading_nationality_is_cut_off_a_name_the_corpus_uses(text, rest):
    long, short, place = _cand("d0", 0, text), _cand("d1", 0, "Jan McManus"), _cand("d1", 20, "Kenya", "place")
    strip_leading_words([[long], [short, place]], Counter(), Counter(), frozenset())
    assert long.text == rest


@pytest.mark.parametrize(
    "text,lower,became,kind",
    [
        ("Kenyan Daventry", (), "Daventry", "person"),  # a surname of a full name of its text
        ("Kenyan Anna Lorrimer", (), "Anna Lorrimer", "person"),  # a first name of the corpus
        ("Briton Gil Lorrimer", (), "Gil Lorrimer", "person"),  # after a noun for a national
        ("Kenyan Gil Lorrimer", (), "Kenyan Gil Lorrimer", "organization"),  # an adjective, no known first name
        ("Jan Lorrimer of Kenya", (), "Jan Lorrimer", "person"),  # a person of the corpus "of" a country
        ("Kenyan Airways", ("airways",), "Kenyan Airways", "organization"),  # a common word
        ("Kenyan Dairy Board", (), "Kenyan Dairy Board", "organization"),  # a body's head word
        ("Kenyan Re", (), "Kenyan Re", "organization"),  # two letters are no surname
        ("Bank of Kenya", (), "Bank of Kenya", "organization"),
        ("Anders Jan Lorrimer", (), "Anders Jan Lorrimer", "person"),  # a first name before a person of the corpus
        ("New Jan Lorrimer", (), "New Jan Lorrimer", "organization"),  # an English word: a title
        ("Kenya Jan Lorrimer", (), "Kenya Jan Lorrimer", "organization"),  # a place's name
    ],
)
def test_person_tagged_as_a_body_beside_a_nationality(text, lower, became, kind):
    body = _cand("d0", 30, text, "organization")
    known = [_cand("d0", 0, "Dan Daventry"), _cand("d0", 12, "Al Re"), _cand("d1", 0, "Anna Berg"),
             _cand("d1", 10, "Jan Lorrimer"), _cand("d1", 30, "Kenya", "place")]
    strip_leading_words([[*known[:2], body], known[2:]], Counter(lower), Counter(), frozenset())
    assert (body.text, body.kind) == (became, kind)
    assert body.end - body.start == len(body.text)


@pytest.mark.parametrize(
    "text,others,rest",
    [
        ("Crooked Jan Lorrimer", [("d1", "Jan Lorrimer")], "Jan Lorrimer"),  # an adjective before a known name
        ("Injecting Lorrimer", [("d0", "Jan Lorrimer")], "Lorrimer"),  # a verb before a surname of its text
        ("Crooked Jan", [("d0", "Jan Lorrimer")], "Jan"),  # ... or before a first name of its text
        ("Crooked Jan", [("d1", "Jan Lorrimer")], "Jan"),  # ... or of another text's full name
        ("Spirited Away", [("d1", "Cast Away")], "Spirited Away"),  # not a word written in lowercase
        ("Frank Lorrimer", [("d0", "Jan Lorrimer")], "Frank Lorrimer"),  # "frank" is a noun too: a first name
        ("Sandy Lorrimer", [("d0", "Jan Lorrimer")], "Sandy Lorrimer"),  # a bare adjective: a first name too
        ("Harry Lorrimer", [("d0", "Jan Lorrimer"), ("d1", "Harry Dale")], "Harry Lorrimer"),  # starts two names
        ("Big Brother", [("d0", "Celebrity Big Brother")], "Big Brother"),  # a longer form of itself
    ],
)
def test_word_that_only_describes_is_cut_off_a_name(text, others, rest):
    long = _cand("d0", 40, text)
    strip_leading_words([[long, *(_cand(d, 0, t) for d, t in others if d == "d0")],
                         [_cand(d, 0, t) for d, t in others if d == "d1"]], Counter({"away": 3}), Counter(), frozenset())
    assert long.text == rest


@pytest.mark.parametrize("text,became,kind", [
    ("Lorrimer Town Hall", "Town Hall", "organization"),  # a leader's surname before a body of the corpus
    ("Lorrimer Town Square", "Lorrimer Town Square", "person"),  # no body the corpus names alone
])
def test_leaders_surname_is_cut_off_a_body(text, became, kind):
    long = _cand("d0", 40, text)
    others = [_cand("d1", 0, "Town Hall", "organization"), _cand("d1", 20, "Jan Lorrimer")]
    strip_leading_words([[long], others], Counter(), Counter(), frozenset())
    assert (long.text, long.kind) == (became, kind)


@pytest.mark.parametrize("text,became", [
    ("Lorrimer Town Hall", "Town Hall"),  # tagged as a body: a surname the corpus uses alone for a person
    ("Western Town Hall", "Western Town Hall"),  # a word that is a surname too, never a person alone
])
def test_leaders_surname_is_cut_off_a_body_tagged_as_one(text, became):
    long = _cand("d0", 40, text, "organization")
    others = [_cand("d1", 0, "Town Hall", "organization"), _cand("d1", 20, "Jan Lorrimer"),
              _cand("d1", 40, "Ann Western"), _cand("d2", 0, "Lorrimer")]
    strip_leading_words([[long], others], Counter(), Counter(), frozenset())
    assert long.text == became


def test_post_nominal_alone_is_no_actor(analyse):
    text = "Ann Berg was awarded the CBE for services to drama, and a QC read the citation."
    names = {a.name for a in build_actors([analyse(text, doc_id="d0")])}
    assert "Ann Berg" in names and not names & {"CBE", "QC"}, names


def test_person_is_not_merged_into_what_is_named_after_them(analyse):
    text = ("Fans paid tribute to the late TV host Johnny Carlson in Omaha. Old friends gathered at the "
            "school's Johnny Carlson Theater. Carlson died in January.")
    actors = build_actors([analyse(text, doc_id="d0")])
    person = next(a for a in actors if a.name == "Johnny Carlson")
    assert person.kind == "person" and "Johnny Carlson Theater" not in person.aliases, [(a.name, a.aliases) for a in actors]


def test_known_party_is_not_filed_under_a_longer_body_it_ends(analyse):
    text = ("Mr Blair spoke at the meeting of the Parliamentary Labour Party on Monday. He said nothing would "
            "get in the way of a unified Labour Party, Ann Berg reported.")
    actors = build_actors([analyse(text, doc_id="d0")])
    by_form = {f: a.name for a in actors for f in (a.name, *a.aliases)}
    assert by_form["Labour Party"] == "Labour Party" and by_form["Parliamentary Labour Party"] == "Parliamentary Labour Party"
    assert len([a for a in actors if a.name == "Labour Party"]) == 1


def test_bare_name_of_many_texts_is_not_filed_under_a_full_name_of_one(analyse):
    texts = ["US envoy John Bolton met officials in London on Monday, Ann Berg said."] + [
        f"Bolton beat Everton {n}-0 at home on Saturday, said Tom Lee." for n in (1, 2, 3)
    ]
    actors = _actors(analyse, texts)
    docs = {a.name: sorted({m.doc for m in a.mentions}) for a in actors}
    assert docs["John Bolton"] == ["d0"] and docs["Bolton"] == ["d1", "d2", "d3"], docs


def test_bare_name_of_many_texts_sharing_a_title_with_the_full_name_is_merged(analyse):
    texts = ["President Barack Obama met officials in London on Monday, Ann Berg said."] + [
        f"President Obama met {n} governors in Ohio on Saturday, said Tom Lee." for n in ("two", "three", "four")
    ]
    actors = _actors(analyse, texts)
    docs = {a.name: sorted({m.doc for m in a.mentions}) for a in actors}
    assert docs["Barack Obama"] == ["d0", "d1", "d2", "d3"] and "Obama" not in docs, docs


def test_bare_surname_of_two_full_names_goes_to_the_one_with_its_title(analyse):
    texts = [
        "President Barack Obama met officials in London on Monday, Ann Berg said.",
        "Michelle Obama met students in Chicago on Tuesday, Ann Berg said.",
        "President Obama met two governors in Ohio on Saturday, said Tom Lee.",
        "Critics of President Obama gathered in Texas on Sunday, said Tom Lee.",
    ]
    actors = _actors(analyse, texts)
    docs = {a.name: sorted({m.doc for m in a.mentions}) for a in actors}
    assert docs["Barack Obama"] == ["d0", "d2", "d3"] and docs["Michelle Obama"] == ["d1"], docs


def test_a_family_is_not_the_one_member_named_in_full(analyse):
    texts = [
        "Hillary Clinton met officials in London on Monday, Ann Berg said.",
        "Voters retain a large degree of fondness for the Clintons, Ann Berg said.",
        "Clinton met two governors in Ohio on Saturday, said Tom Lee.",
    ]
    actors = _actors(analyse, texts)
    forms = {a.name: {m.text for m in a.mentions} for a in actors}
    assert forms["Hillary Clinton"] == {"Hillary Clinton", "Clinton"}, forms


def test_postal_code_after_a_town_is_the_state(analyse):
    texts = [
        "Kasich spoke at a college in Berea, OH, after winning Ohio on Tuesday.",
        "The veterans' agency, the VA, said so on Monday, Tom Lee said.",
    ]
    actors = _actors(analyse, texts)
    forms = {a.name: {m.text for m in a.mentions} for a in actors}
    assert forms["Ohio"] == {"Ohio", "OH"}, forms
    assert "Virginia" not in forms, forms  # "VA" alone is not read as a state


@pytest.mark.parametrize("papers,joined", [(["the Wall Street Journal"], True),
                                            (["the Wall Street Journal", "the Ohio State Journal"], False)])
def test_papers_last_word_after_the_is_the_one_paper_it_ends(analyse, papers, joined):
    texts = [f"Ann Berg wrote for {p} on Monday, said Tom Lee." for p in papers]
    texts.append("Trump told The Journal on Friday that he would win, said Tom Lee.")
    actors = _actors(analyse, texts)
    names = _owners(actors)
    assert (names["Journal"] == "Wall Street Journal") is joined, names


def test_department_of_x_and_x_department_are_one_body(analyse):
    texts = ["The Department of Labor issued the rule on Monday, Ann Berg said.",
             "The Labor Department said so on Friday, Tom Lee said.",
             "The Department of Energy said so on Friday, Tom Lee said."]
    actors = _actors(analyse, texts)
    owner = _owners(actors)
    assert owner["Department of Labor"] == owner["Labor Department"] != owner["Department of Energy"], owner


def test_states_nickname_is_the_state_but_not_the_states_party(analyse):
    texts = ["Voters in the Granite State went to the polls, Ann Berg said.",
             "New Hampshire voted on Tuesday, Tom Lee said.",
             "The Ohio Republican Party met in Columbus, Tom Lee said. The Republican Party did not."]
    actors = _actors(analyse, texts)
    owner = _owners(actors)
    assert owner["Granite State"] == owner["New Hampshire"] == "New Hampshire", owner
    assert owner["Ohio Republican Party"] != owner["Republican Party"], owner


@pytest.mark.parametrize("text,short,long", [
    ("Trayvon Martin was shot in Sanford in 2012. The parents of Trayvon spoke in Miami on Monday.", "Trayvon", "Trayvon Martin"),
    ("Jordan Lee was shot in Sanford in 2012. The parents of Jordan Lee flew to Jordan on Monday.", "Jordan", "Jordan"),
    # a first name English also lists as a word
    ("Nick Hale is here today with his boss, Tom Lee. Tom owns Punch Pizza in Oslo, and Nick helps make the dough.",
     "Nick", "Nick Hale"),
])
def test_first_name_tagged_as_a_place_is_the_one_full_name_it_starts(analyse, text, short, long):
    actors = build_actors([analyse(text, doc_id="d0")])
    owner = {(m.text, m.start): a.name for a in actors for m in a.mentions}
    assert owner[short, text.rindex(short)] == long, owner


def _resolved(cands: list[Candidate]) -> dict[str, str]:
    from generator.actors import _resolve_across, _UnionFind

    uf = _UnionFind()
    for c in cands:
        uf.add(c.key)
    _resolve_across(uf, cands, frozenset(), frozenset())
    return {c.key: uf.find(c.key) for c in cands}


@pytest.mark.parametrize("label,joined", [("GPE", False), ("PERSON", True)])
def test_first_word_tagged_as_a_place_is_no_first_name(label, joined):
    full = _cand("d0", 0, "Manchester Rovers")
    short = [Candidate(d, 0, 0, 10, "Manchester", label, "person", "manchester") for d in ("d1", "d2")]
    roots = _resolved([full, *short])
    assert (roots["manchester"] == roots["manchester rovers"]) is joined


@pytest.mark.parametrize("text,words,parts", [
    ("It will show Comedy Central, VH1 and Country Music TV on phones.", "VH1 and Country Music TV",
     ["VH1", "Country Music TV"]),
    ("The Department for Culture, Media and Sport said so.", "Media and Sport", ["Media and Sport"]),
    ("It will show VH1 and Country Music TV on phones.", "VH1 and Country Music TV", ["VH1 and Country Music TV"]),
    ("Firms such as Dell and Hewlett-Packard fight. Dell said so.", "Dell and Hewlett-Packard", ["Dell", "Hewlett-Packard"]),
])
def test_last_item_of_a_list_of_names_is_split_at_and(nlp, text, words, parts):
    from generator.actor_fragments import conjuncts

    doc = nlp(text)
    start = text.index(words)
    span = doc.char_span(start, start + len(words), label="ORG")
    doc.ents = [span, *(e for e in doc.ents if e.end <= span.start or e.start >= span.end)]
    assert [doc[a:b].text for a, b in conjuncts(doc, span.start, span.end, "ORG")] == parts


@pytest.mark.parametrize("text,joined", [
    ("Rafael Benitez picked his side in Leeds. Rafa is doing a good job, said Tom Lee.", True),
    ("Rafael Benitez and Rafael Nadal met in Leeds. Rafa is doing a good job, said Tom Lee.", False),
    ("Rafael Benitez and Rafa Nadal met in Leeds. Rafa is doing a good job, said Tom Lee.", False),
])
def test_short_first_name_joins_the_one_full_name_of_its_text(analyse, text, joined):
    actors = build_actors([analyse(text, doc_id="d0")])
    owner = next((a for a in actors if "Rafa" in (a.name, *a.aliases)), None)
    assert (owner is not None and owner.name == "Rafael Benitez") is joined, [(a.name, a.aliases) for a in actors]


@pytest.mark.parametrize("a,b,joined", [
    (("Real Sociedad", "place"), ("Real Socieded", "organization"), True),  # the tagger mixes places and bodies
    (("North America", "place"), ("North American", "group"), False),  # a place and its people
])
def test_spelling_variants_of_places_and_bodies(a, b, joined):
    from generator.actor_variants import variant_pairs

    cands = [Candidate(f"d{n}", 0, 0, len(t), t, "ORG", kind, name_key(t)) for n, (t, kind) in enumerate((a, b))]
    assert bool(variant_pairs(cands)) is joined


@pytest.mark.parametrize("text,names", [
    # a headline in Title Case glues words to names; the names the text below repeats stay
    ("One Tweet Sums Up The Absurd Double Standard Clinton And Trump Face.\n\nHillary Clinton needs to tell "
     "more jokes, said Ann Berg. Donald Trump does not.", {"Ann Berg", "Donald Trump", "Hillary Clinton"}),
    # a middle initial is no end of a sentence before a surname and its generational suffix
    ("Chief Justice John G. Roberts Jr. spoke of the legacy of racism.", {"John G. Roberts Jr."}),
    # Title Case may leave a small word in lowercase
    ("Hillary Camp Declining To Debate Bernie – What ever Happened To Debating Anytime.\n\nHillary Clinton will "
     "not debate Bernie Sanders, said Ann Berg.", {"Ann Berg", "Bernie Sanders", "Hillary Clinton"}),
    # a middle initial inside a body's name ends no sentence
    ("The Peter G. Peterson Foundation paid for the study, said Ann Berg.", {"Ann Berg", "Peter G. Peterson Foundation"}),
    # a page footer's imperative
    ("Ann Berg wrote the report in Leeds.\n\nFollow Tom Hale on Twitter.", {"Ann Berg", "Leeds", "Tom Hale"}),
    # "AG" (attorney general) is a title
    ("AG Lynch said the inquiry was closed, said Ann Berg. Loretta Lynch spoke in Leeds.",
     {"Ann Berg", "Leeds", "Loretta Lynch"}),
    # a possessive written with the opening quote; a tag left in the text; a Twitter handle
    ("Donald Trump‘s plan was praised in Leeds, said Ann Berg. Trump agreed.", {"Ann Berg", "Donald Trump", "Leeds"}),
    ("Ann Berg tweeted from San Bernardino.</tweet> Tom Hale replied on Monday.",
     {"Ann Berg", "San Bernardino", "Tom Hale"}),
    # a pageant's title after "Miss" is neither a person nor part of one's name
    ("Tom Hale mocked former Miss Universe Alicia Marsh on Monday. Miss Universe is run from Leeds, said Ann Berg.",
     {"Alicia Marsh", "Ann Berg", "Leeds", "Tom Hale"}),
    # a photo credit: a person's name and the platform or agency, joined by a slash
    ("Tom Hale, 40, was on the flight.\n\nFacebook/Tom Hale.\n\nHale worked in Leeds, said Ann Berg.",
     {"Ann Berg", "Facebook", "Leeds", "Tom Hale"}),
    ("Ann Berg spoke in Leeds on Monday.\n\nJonathan Marsh / Reuters.\n\nThe crowd cheered her.",
     {"Ann Berg", "Jonathan Marsh", "Leeds", "Reuters"}),
    # "Islamic" is the start of a widely known name, not a people
    ("Ann Berg said the Islamic State lost ground near Mosul. ISIS denied it.", {"Ann Berg", "Islamic State", "Mosul"}),
    # a conjunction or a gerund opening a sentence is no part of the name after it
    ('Bernard Sanders spoke in Leeds on Monday. "That is not enough to win a nomination."\n\nThough Sanders '
     "began organizing far later than Ann Berg, he won.", {"Ann Berg", "Bernard Sanders", "Leeds"}),
    ("Tom Hale spoke in Leeds.\n\nPainting Hale as a threat to workers, Ann Berg attacked him.",
     {"Ann Berg", "Leeds", "Tom Hale"}),
    # a place's name before a surname of the text is no part of a name
    ("Bernard Sanders spoke in Concord on Monday. Tom Hale, a fellow New Hampshire Sanders veteran, agreed, "
     "said Ann Berg.", {"Ann Berg", "Bernard Sanders", "Concord", "New Hampshire", "Tom Hale"}),
    # two places joined by a hyphen; a movement widely known
    ("Ann Berg spoke of a wall on the U.S.-Mexico border. The U.S. and Mexico disagree.",
     {"Ann Berg", "Mexico", "United States"}),
    ("It may be the first time Republicans and the Black Lives Matter movement have ever agreed, said Ann Berg.",
     {"Ann Berg", "Black Lives Matter", "Republican Party"}),
    # a word glued to a surname by a lost space; halves of one name the text never writes apart
    ("Story by Ann Berg. Video produced by Jon StraussCinematography by Jon Strauss and Sam WilkesAssociate "
     "production by Tom Hale.", {"Ann Berg", "Jon Strauss", "Sam Wilkes", "Tom Hale"}),
    ("Joao Silva, a husband and father of four, was a civil engineer with Mota-Engil based in Johannesburg, said "
     "Ann Berg.", {"Ann Berg", "Joao Silva", "Johannesburg", "Mota-Engil"}),
    # "Pres." is a title
    ("Like the page:\n\nThe candidate also discussed Pres. Obama's plan, said Ann Berg. Barack Obama spoke in Leeds.",
     {"Ann Berg", "Barack Obama", "Leeds"}),
])
def test_names_of_american_news_style(analyse, text, names):
    assert {a.name for a in build_actors([analyse(text, doc_id="d0")])} == names


@pytest.mark.parametrize("longer,joined", [
    (["Leeds Tax Policy Center"], True),  # texts file the short name under one longer name: that body
    (["Leeds Tax Policy Center", "York Tax Policy Center"], False),  # under two: left alone
])
def test_body_named_alone_joins_the_one_longer_name_texts_file_it_under(analyse, longer, joined):
    texts = [f"The {name} said so on Monday, said Ann Berg. The Tax Policy Center added more figures." for name in longer]
    texts.append("The Tax Policy Center said taxes would rise, said Tom Hale.")
    actors = _actors(analyse, texts)
    assert ("Tax Policy Center" not in {a.name for a in actors}) is joined, [(a.name, a.aliases) for a in actors]


@pytest.mark.parametrize("forms,kind,name", [
    (["NEW HAVEN", "NEW HAVEN", "New Haven"], "place", "New Haven"),  # a dateline's capitals are no spelling
    (["BBC", "BBC", "Bbc"], "organization", "BBC"),  # an acronym is written in capitals
    (["ABN AMRO", "ABN AMRO", "ABN Amro"], "organization", "ABN AMRO"),  # as is a name of acronyms
])
def test_display_name_is_not_a_datelines_capitals(forms, kind, name):
    from generator.actors import _name

    cands = [_cand(f"d{n}", 0, f, kind) for n, f in enumerate(forms)]
    assert _name(cands, kind, {c.key for c in cands}, {}) == name


@pytest.mark.parametrize("texts,short,long", [
    # a body's word that is a name of its own elsewhere is not the party or house it starts or ends
    (["India's Congress Party won the vote in Delhi, said Ann Berg.",
      "The president urged Congress to cut the deficit, said Tom Hale."], "Congress", "Congress Party"),
    (["The House voted on the bill on Monday, said Ann Berg.",
      "The White House said the House bill was weak, said Tom Hale."], "House", "White House"),
    # one word after "U.S.": a state's senate is a "Senate" too
    (["She ran for the U.S. Senate in 2014, said Ann Berg.",
      "The Ohio Senate passed the bill, and the Senate then went home, said Tom Hale."], "Senate", "U.S. Senate"),
])
def test_body_word_named_alone_is_not_a_longer_body(analyse, texts, short, long):
    actors = _actors(analyse, texts)
    (owner,) = [a for a in actors if a.name == long]
    assert short not in owner.aliases, [(a.name, a.aliases) for a in actors]


def test_body_word_under_a_countrys_body_is_that_body_where_named_alone(analyse):
    texts = ["India's Congress Party won the vote in Delhi, said Ann Berg.",
             "The US Congress passed the bill, said Ann Berg. Congress then went home.",
             "Congress voted on Monday, said Tom Hale."]
    actors = _actors(analyse, texts)
    (owner,) = [a for a in actors if "Congress" in (a.name, *a.aliases)]
    assert owner.name == "US Congress" and len(owner.mentions) == 3, [(a.name, a.aliases) for a in actors]


@pytest.mark.parametrize("texts,form,name", [
    (["Ann Berg lives in Richmond, Va. Tom Hale left Virginia for Ohio."], "Va.", "Virginia"),  # a state's abbreviation
    (["A veteran dies every hour and the VA could do more, said Ann Berg. Tom Hale lives in Virginia."], "VA", "VA"),
    (["The Democrat won in Ohio, said Ann Berg. Democrats met Tom Hale in Leeds."], "Democrat", "Democratic Party"),
    (["The Dems won in Ohio, said Ann Berg. Democrats met Tom Hale in Leeds."], "Dems", "Democratic Party"),
    (["If the undeclared take Dem ballots, Ann Berg should win, said Tom Hale."], "Dem", "Democratic Party"),
    (["The DNC met in Ohio, said Ann Berg."], "DNC", "Democratic National Committee"),
    (["Tom Hale told the AP on Monday that he would run."], "AP", "Associated Press"),
    (["A spokesman told The Huffington Post on Monday. Tom Hale said in an interview with HuffPost that he would run."],
     "HuffPost", "Huffington Post"),
])
def test_known_short_forms(analyse, texts, form, name):
    actors = _actors(analyse, texts)
    (owner,) = [a for a in actors if form in (a.name, *a.aliases)]
    assert owner.name == name, [(a.name, a.aliases) for a in actors]


def _variants_joined(cands) -> bool:
    """Does the variant merge put the first two of ``cands`` into one actor?"""
    from generator.actors import _merge_variants, _UnionFind

    uf = _UnionFind()
    for c in cands:
        uf.add(c.key)
    _merge_variants(uf, cands, [], frozenset(), set(), Counter())
    return uf.find(cands[0].key) == uf.find(cands[1].key)


@pytest.mark.parametrize("long,short,others,joined", [
    ("Hillary Rodham Clinton", "Hillary Clinton", [], True),  # a family name in the middle
    ("Jerry Lee Lewis", "Jerry Lewis", ["Lee Bowyer"], False),  # a first name in the middle: someone else
    ("Clive Stafford-Smith", "Clive Smith", [], False),  # half of a hyphenated surname
])
def test_middle_family_name_across_texts(long, short, others, joined):
    assert _variants_joined([_cand(f"d{n}", 0, t) for n, t in enumerate([long, short, *others])]) is joined


@pytest.mark.parametrize("long,kind,joined", [
    ("Karl J. Lorrimer", "organization", True),  # a person's name with a middle initial, tagged as a body
    ("Karl J. Lorrimer Library", "organization", False),  # a body named after the person
    ("Karl J. Lorrimer", "person", True),
])
def test_middle_initial_dropped_across_texts_and_kinds(long, kind, joined):
    assert _variants_joined([_cand("d0", 0, long, kind), _cand("d1", 0, "Karl Lorrimer")]) is joined


@pytest.mark.parametrize("long,short,kind,joined", [
    ("Brenview Partners", "Brenview", "organization", True),  # a firm's name without its last word
    ("Lakeford Institution", "Lakeford", "organization", True),
    ("Lakeford Institute", "Lakeford", "organization", True),
    ("Lakeford Institution", "Lakeford", "person", False),  # a person the institution is named after
    ("Midlands Institute", "Midlands", "organization", False),  # a word English lists: a region
    ("Brenview Magazine", "Brenview", "organization", True),  # a magazine named with its title
    ("Wired Magazine", "Wired", "organization", False),  # "wired": a word English lists
    ("Harbour Times Magazine", "Harbour Times", "organization", False),  # a paper's magazine: a section of it
])
def test_firm_named_without_its_last_word_across_texts(long, short, kind, joined):
    assert _variants_joined([_cand("d0", 0, long, "organization"), _cand("d1", 0, short, kind)]) is joined


def test_hyphenated_surname_is_not_split_into_two_people():
    from generator.actor_widen import split_known_pairs

    mention = _cand("d0", 0, "Day-Lewis")
    others = [_cand("d1", 0, "Day"), _cand("d1", 10, "Lewis")]
    assert [c.text for c in split_known_pairs([[mention], others])[0]] == ["Day-Lewis"]


@pytest.mark.parametrize("plural,singular,joined", [
    ("Grand Slams", "Grand Slam", True),  # the plural of a place's name of two words
    ("Highlands", "Highland", False),  # one word: a region and a council are two places
])
def test_plural_of_a_place_name_joins_the_singular(plural, singular, joined):
    assert _variants_joined([_cand("d0", 0, plural, "place"), _cand("d1", 0, singular, "place")]) is joined


@pytest.mark.parametrize("text,form,country", [
    ("It costs £69 in the Uk, said Ann Berg.", "Uk", "United Kingdom"),
    ("Us too, said Ann Berg.", "Us", None),  # a headline's pronoun, not the US
])
def test_country_code_in_mixed_case_after_the_is_the_country(analyse, text, form, country):
    actors = build_actors([analyse(text, doc_id="d0")])
    owner = next((a for a in actors if form in (a.name, *a.aliases)), None)
    assert (owner.name if owner else None) in ({country} if country else {None, form}), [(a.name, a.aliases) for a in actors]


NO_ACTORS = [
    # (text, name, kept): terms, their long forms and doctrines are no actors
    ("Ann Berg won best R&B act in Oslo. Her R&B album sold well.", "R&B", False),
    ("The posters beam data to any phone with an IR port, said Ann Berg.", "IR", False),
    ("The band led a Britpop revival in Leeds, said Ann Berg.", "Britpop", False),
    ("Indie Rock group Muse won, said Ann Berg.", "Indie Rock", False),
    ("It should include Hip-Hop and soul, said Ann Berg.", "Hip-Hop", False),
    ("Her choice for VP has given Tom Lee another opening, said Ann Berg.", "VP", False),  # a title's abbreviation
    ("A cow was infected with mad cow disease (BSE) in the US, said Ann Berg.", "BSE", False),
    ("The band started out with a DIY ethic, said Ann Berg.", "DIY", False),
    ("Fears about Nazism in Austria grew, said Ann Berg.", "Nazism", False),
    ("It is vital for regional, EU, and Euro-Atlantic integration, said Ann Berg.", "Euro-", False),  # half a word
    ("China raised its capacity to 440,700 megawatts (MW), said Ann Berg. The dam will produce 12,600 MW.", "MW", False),
    ("It is based on Bill Cosby's TV cartoon, said Ann Berg.", "TV", False),
    # the long form of a common term in words the corpus writes in lowercase; a name that spells one
    ("The players use Digital Rights Management to stop copying, said Ann Berg. The rights and the management "
     "of digital music matter.", "Digital Rights Management", False),
    ("Gustavo Parente Sanchez said the data helps, said Ann Berg.", "Gustavo Parente Sanchez", True),
    # a feast is a date; a name negated by "Non-" names everyone else
    ("You don't get a true picture of trading until about Easter, said Ann Berg.", "Easter", False),
    ("EU exports rose 2%. Non-EU exports shot up 7.5%, said Ann Berg.", "Non-EU", False),
    # a political action committee is a kind of body, not one; a named one is
    ("The PAC raised $5m in May, and the Mayday PAC raised more, said Ann Berg.", "PAC", False),
    # a bracket glued to a name in a team sheet: "(c)" for captain is no part of it
    ("Australia: Matthew Hayden, Steve Waugh(c), Adam Gilchrist(vc), Shane Warne. Coach: Ann Berg.",
     "Steve Waugh(c", False),
    ("Australia: Matthew Hayden, Steve Waugh(c), Adam Gilchrist(vc), Shane Warne. Coach: Ann Berg.",
     "Adam Gilchrist", True),
    ('"I was sitting with Dr. Ahmad Abu-al-(Khair)," said Ann Berg.', "Ahmad Abu-al-(Khair", False),
    # a capitalised word ending in "-ed" inside a name is no verb in a headline
    ("The delegate from the Peshawar group, Sayed Hamed Gailani, summed up the mood, said Ann Berg.",
     "Sayed Hamed Gailani", True),
    # a nationality before a first name English knows and a surname, tagged as a body
    ("American Ed Moses won the men's 50 metres breaststroke. The American team cheered, said Ann Berg.", "Ed Moses", True),
    # the first word of a minister's field, cut off by the tagger; not a body before a rank
    ("The warning, from Fair Trading Minister John Aquilina, came today, said Ann Berg.", "Fair", False),
    ('"It is the way to do it," said Treasury Under Secretary John Taylor. Ann Berg agreed.', "Treasury", True),
    # "to be confirmed" in a team sheet
    ("Ireland: Murphy, Horgan, TBC, D'Arcy, Hickie, O'Gara. Coach: Ann Berg.", "TBC", False),
]


@pytest.mark.parametrize("text,name,kept", NO_ACTORS)
def test_terms_are_no_actors(analyse, text, name, kept):
    names = {a.name for a in build_actors([analyse(text, doc_id="d0")])}
    assert (name in names) is kept and "Ann Berg" in names, names


ONE_ACTOR = [
    # (texts, forms that must be one actor, its name or None)
    (["Rafael Benitez picked Ann Berg for the match in Leeds.", "Rafa Benitez said Liverpool would win, said Tom Lee."],
     {"Rafa Benitez", "Rafael Benitez"}, None),
    (["Robin van Persie scored twice for Ajax in Leeds.", "Van Persie was suspended, said Tom Lee.",
      "Van Persie is fit again, said Ann Berg."], {"Robin van Persie", "Van Persie"}, "Robin van Persie"),
    (["The album sold 500,000 in the States, said Ann Berg.", "The US market grew, said Tom Lee."],
     {"States", "US"}, "United States"),
    (["Manchester City Football Club said so on Monday, said Ann Berg.", "Manchester City lost 2-0 at home, said Tom Lee."],
     {"Manchester City", "Manchester City Football Club"}, None),
    (["The bill passed the House of Commons on Monday, said Ann Berg.", "MPs in the Commons voted 90 to 12, said Tom Lee."],
     {"House of Commons", "Commons"}, "House of Commons"),
    (["MPs voted on Monday. Peers in the Lords rejected it, said Ola Berg."], {"Lords"}, "House of Lords"),
    # an initial and a surname in a team sheet: the one full name with that initial
    (["Ronan O'Gara kicked three penalties in Dublin, said Ann Berg.",
      "Ireland: G Murphy; S Horgan, B O'Driscoll; R O'Gara, P Stringer; M Horan, F Sheahan."],
     {"Ronan O'Gara", "R O'Gara"}, "Ronan O'Gara"),
    (["Adam Jones played well in Cardiff, said Ann Berg.",
      "Coach Mike Ruddock picked Stephen Jones at fly-half.\n\nWales: G Thomas; S Jones, D Peel; G Jenkins, A Jones; B Cockbain."],
     {"Adam Jones", "A Jones"}, "Adam Jones"),  # "A" is an initial there, not the article
    # a name without its middle names, and a word from inside a long name, in the same text
    (["Sir Anthony Meyer, the Tory backbencher, has died. Sir Anthony John Charles Meyer was born in 1920. "
      "Meyer was an MP for Flint, said Ann Berg."], {"Anthony Meyer", "Anthony John Charles Meyer", "Meyer"}, None),
    (["The bill was approved by President Luiz Inacio Lula da Silva on Monday. But President Lula became a defender "
      "of the reforms, said Ann Berg."], {"Lula", "Luiz Inacio Lula da Silva"}, "Luiz Inacio Lula da Silva"),
    # a known other name of an award
    (["Sky first scooped Oscar rights from the BBC in 1999, said Ann Berg.",
      "It was nominated for best foreign film at the Oscars on Sunday.",
      "The Academy Awards ceremony will be held in Hollywood."], {"Oscar", "Oscars", "Academy Awards"}, "Academy Awards"),
    # a place's branch of a body named by its acronym
    (["The Norse Independence Party (NIP) won seats in Oslo, said Ann Berg.",
      "Eight members of Oslo NIP quit on Monday, said Tom Lee. NIP said they had been disloyal."],
     {"Norse Independence Party", "Oslo NIP", "NIP"}, "Norse Independence Party"),
    # a number written as a word and as a figure
    (["The film was shown on Channel Four on Monday, said Ann Berg.", "Channel 4 showed the film again, said Tom Lee."],
     {"Channel Four", "Channel 4"}, None),
    # a short first name and a full one with a middle initial or "Jr." (in other texts)
    (["Benjamin J. Rhodes, a deputy national security adviser, spoke in Oslo on Monday.",
      "Ben Rhodes said the deal holds, said Ann Berg."], {"Benjamin J. Rhodes", "Ben Rhodes"}, None),
    (["Joseph R. Biden Jr. spoke in Ohio on Monday.", "Joe Biden said the deal holds, said Ann Berg."],
     {"Joseph R. Biden Jr.", "Joe Biden"}, None),
    (["Rudolph W. Giuliani spoke in Ohio on Monday.", "Rudy Giuliani said the deal holds, said Ann Berg."],
     {"Rudolph W. Giuliani", "Rudy Giuliani"}, None),
    (["Sandra Lee, 78, arrived at the polls on Tuesday. Sandy Lee and Tom Hale stand in front of a school."],
     {"Sandra Lee", "Sandy Lee"}, None),
    # ... and a full name with a middle name in the same text, when no full name without it fits
    (["Larry Hale founded Tidewater in 1998, said Ann Berg. Lawrence Edward Hale was born in Oslo in 1973."],
     {"Larry Hale", "Lawrence Edward Hale"}, None),
    # ... and the plain full name beside its form with an initial
    (["James B. Comey testified in Washington on Monday.", "James Comey said the inquiry is over, said Ann Berg.",
      "Jim Comey left the room, said Tom Lee."], {"James B. Comey", "James Comey", "Jim Comey"}, None),
    # a place's head word alone after the one place of its text that it ends
    (["Troops reached the Persian Gulf in May. The Gulf is calm, said Ann Berg."], {"Persian Gulf", "Gulf"},
     "Persian Gulf"),
    # a state university's short name, in another text
    (["Saban coached at Lysmark State and at LSU, said Ann Berg.",
      "Lysmark State University raised its fees on Monday, said Tom Lee."], {"Lysmark State", "Lysmark State University"},
     "Lysmark State University"),
    # a body's head word alone after its name with "of" in the same text
    (["The ads are paid for by the U.S. Chamber of Commerce, said Ann Berg. \"We're gearing up,\" said Scott Reed, "
      "the Chamber's chief political strategist."], {"U.S. Chamber of Commerce", "Chamber"}, "U.S. Chamber of Commerce"),
    # a body of one word and its name with "Department" or "Bureau", in another text
    (["Scott Morris, a former Treasury official, said so on Monday.",
      "The Treasury Department issued new rules on Monday, said Tom Lee."], {"Treasury", "Treasury Department"}, None),
    # "U.S." before a body of two words or more, which the key spells as two words
    (["The U.S. State Department issued a travel warning on Monday, said Ann Berg.",
      "The State Department said the warning stands, and the State Department will not review it, said Tom Lee."],
     {"U.S. State Department", "State Department"}, "U.S. State Department"),  # the fuller name, as "US Congress"
]


@pytest.mark.parametrize("texts,kept,joined", [
    # a sovereign called by the first name of the full name the text writes after the title
    (["Spain's King Juan Carlos said the attacks opened a new stage in the fight. However, King Juan said the "
      "world's response showed no tolerance."], "Juan Carlos", True),
    # ... but not another person's first name that the title never precedes
    (["On Thursday, Prince Charles met Charles Kennedy in London. Prince Charles said little."],
     "Charles Kennedy", False),
])
def test_sovereign_called_by_first_name(analyse, texts, kept, joined):
    actors = _actors(analyse, texts)
    owner = next(a for a in actors if a.name == kept)
    assert ({"King Juan", "Prince Charles"} & set(owner.aliases) != set()) is joined, [(a.name, a.aliases) for a in actors]


ONE_ACTOR += [
    # a body named without the place its one longer name starts, in texts that name the place
    (["The New South Wales Rural Fire Service says conditions eased, said Ann Berg.",
      "More than 100 fires are burning across New South Wales. The Rural Fire Service says the change may help."],
     {"Rural Fire Service", "New South Wales Rural Fire Service"}, "New South Wales Rural Fire Service"),
    # given names' initials written as one word in capitals
    (["India's Home Minister Lal Krishna Advani released details, said Ann Berg.", "LK Advani said more, said Tom Lee."],
     {"LK Advani", "Lal Krishna Advani"}, "Lal Krishna Advani"),
    # a body named by a list of words, before its acronym and a possessive
    (["Key union figures, including Construction, Forestry, Mining and Energy Union (CFMEU) secretary Ann Berg, spoke.",
      "The Construction, Forestry, Mining and Energy Union's (CFMEU) Tom Lee says the focus is wrong."],
     {"Construction, Forestry, Mining and Energy Union"}, "Construction, Forestry, Mining and Energy Union"),
    # an abbreviated first word of a place is the word in full
    (["The plane landed at Mt Gambier on Monday, said Ann Berg.", "The crash near Mount Gambier hurt two, said Tom Lee."],
     {"Mt Gambier", "Mount Gambier"}, None),
]


def test_body_named_without_a_place_in_a_text_without_it_stays_apart(analyse):
    texts = ["The Scottish Football Association met, said Ann Berg.",
             "The Football Association fined Chelsea. Fans in Scotland laughed.",
             "The Football Association fined Arsenal, said Tom Lee."]
    actors = _actors(analyse, texts)
    owners = {a.name for a in actors if {"Football Association", "Scottish Football Association"} & {a.name, *a.aliases}}
    assert owners == {"Football Association", "Scottish Football Association"}, [(a.name, a.aliases) for a in actors]


@pytest.mark.parametrize("texts,forms,name", ONE_ACTOR)
def test_forms_of_one_actor(analyse, texts, forms, name):
    actors = _actors(analyse, texts)
    owners = [a for a in actors if forms & {a.name, *a.aliases}]
    assert len(owners) == 1 and forms <= {owners[0].name, *owners[0].aliases}, [(a.name, a.aliases) for a in actors]
    assert name is None or owners[0].name == name


def test_place_head_word_alone_beside_two_places_it_ends_is_neither(analyse):
    actors = _actors(analyse, ["Ships left the Persian Gulf in May, then the Mexican Gulf in June. "
                               "The Gulf was calm, said Ann Berg."])
    owner = _owners(actors)
    assert owner["Gulf"] == "Gulf", owner


def test_short_first_name_is_not_a_full_name_with_a_middle_name_in_another_text(analyse):
    actors = _actors(analyse, ["Alex Hale, whose trial at the Old Bailey ended on Monday, was cleared, said Ann Berg.",
                               "The firm was founded in 1875 by the inventor Alexander Graham Hale, said Tom Lee."])
    owners = {a.name for a in actors if {"Alex Hale", "Alexander Graham Hale"} & {a.name, *a.aliases}}
    assert owners == {"Alex Hale", "Alexander Graham Hale"}, [(a.name, a.aliases) for a in actors]


@pytest.mark.parametrize("texts,initial,fulls", [
    # an initial that fits two full names stays open
    (["Shane Williams scored in Cardiff, said Ann Berg.", "Serena Williams won in Melbourne, said Tom Lee.",
      "Wales: G Thomas; S Williams, D Peel; G Jenkins, A Jones; B Cockbain."], "S Williams",
     {"Shane Williams", "Serena Williams"}),
])
def test_initial_fitting_two_full_names_stays_open(analyse, texts, initial, fulls):
    actors = _actors(analyse, texts)
    assert not [a for a in actors if initial in (a.name, *a.aliases)], [(a.name, a.aliases) for a in actors]
    assert {a.name for a in actors if initial in [m.text for m in a.unresolved]} == fulls


def test_initial_in_running_text_is_not_a_list_entry(analyse):
    texts = ["Ruth Kelly, the education secretary, spoke in Leeds, said Ann Berg.",
             "Singer R Kelly has cancelled his tour of Europe, said Tom Lee."]
    actors = _actors(analyse, texts)
    owner = next(a for a in actors if a.name == "Ruth Kelly")
    assert "R Kelly" not in owner.aliases, [(a.name, a.aliases) for a in actors]


@pytest.mark.parametrize("text,words,parts", [
    ("Replacements: Everitt for Mapletoft (53), Wheatley for Hatley (71), Paice for Walt (60).", "Wheatley for Hatley",
     ["Wheatley", "Hatley"]),
    ("Replacements: Danaher for Gustard 66, Reid for Murphy 47.", "Danaher for Gustard", ["Danaher", "Gustard"]),
    ("The Office for Statistics (ONS) said so on Monday.", "Office for Statistics", None),
    ("Wheatley for Hatley was the only change, said Ann Berg.", "Wheatley for Hatley", None),
])
def test_substitution_in_a_team_sheet_is_two_players(nlp, text, words, parts):
    from generator.actor_fragments import substitutes

    doc = nlp(text)
    start = text.index(words)
    span = doc.char_span(start, start + len(words), label="ORG")
    out = substitutes(doc, span.start, span.end)
    assert (out and [doc[a:b].text for a, b in out]) == (parts or None)


def test_country_is_not_the_tail_of_a_body_named_after_it(analyse):
    text = ("Wales coach Mike Ruddock told BBC Sport Wales he was pleased. The centre was Wales' hero in the win, "
            "said Ann Berg.")
    actors = build_actors([analyse(text, doc_id="d0")])
    owner = next(a for a in actors if a.name == "BBC Sport Wales")
    assert "Wales" not in owner.aliases, [(a.name, a.aliases) for a in actors]


@pytest.mark.parametrize("text,words,person", [
    ("Prop Martin Castrogiovanni scored a try in Rome.", "Prop Martin Castrogiovanni", True),
    ("Singer Joss Stone won in Leeds.", "Singer Joss Stone", True),
    ("Prop forward Martin Castrogiovanni scored.", "Prop forward Martin", False),  # a common noun inside
    ("Singer sewing machines sold well.", "Singer", False),
])
def test_occupation_before_a_name_makes_a_person_whatever_the_label(nlp, text, words, person):
    from generator.actor_spans import _role_and_name

    doc = nlp(text)
    start = text.index(words)
    span = doc.char_span(start, start + len(words))
    assert _role_and_name(doc, span.start, span.end) is person


@pytest.mark.parametrize("text,names", [
    ("A Labour source told the Sunday Times Mr Campbell would lead it.", {"Sunday Times", "Campbell"}),
    ("The book, by Sunday Telegraph journalist Robert Peston, is out.", {"Sunday Telegraph", "Robert Peston"}),
    ("On Thursday Intel said its profits had doubled.", {"Intel"}),
])
def test_weekday_before_a_body_names_a_paper_not_a_date(analyse, text, names):
    from generator.actor_spans import extract

    found = {c.text for c in extract(analyse(text, doc_id="d0"))[0]}
    assert names <= found and not {n for n in found if n.split()[0] in ("Sunday", "Thursday")} - names, found


def test_word_inside_two_long_names_of_a_text_joins_neither(analyse):
    text = "Ana Maria Lula Santos met Jose Carlos Lula Pereira in Lisbon. Lula said no, said Ann Berg."
    actors = build_actors([analyse(text, doc_id="d0")])
    longs = [a for a in actors if "Lula" in a.name.split()[1:-1]]
    assert len(longs) == 2 and not any("Lula" in a.aliases for a in longs), [(a.name, a.aliases) for a in actors]


@pytest.mark.parametrize("kind,listed,joined", [
    ("person", True, True),
    ("place", True, True),  # the tagger took the full name for a place
    ("person", False, False),  # an initial in running text may be someone else ("R Kelly")
])
def test_listed_initial_joins_the_one_full_name_with_it(kind, listed, joined):
    full = Candidate("d0", 0, 0, 14, "Gethin Jenkins", "GPE" if kind == "place" else "PERSON", kind, "gethin jenkins")
    short = Candidate("d1", 0, 0, 9, "G Jenkins", "PERSON", "person", "g jenkins", listed=listed)
    roots = _resolved([full, short])
    assert (roots["g jenkins"] == roots["gethin jenkins"]) is joined


@pytest.mark.parametrize("short,kind,listed,joined", [
    ("Mi Bergamasco", "organization", True, "Mirco Bergamasco"),  # two letters in a team sheet tagged as a body
    ("Ma Bergamasco", "person", True, "Mauro Bergamasco"),
    ("Ma Bergamasco", "person", False, None),  # in running text it may be another name
])
def test_two_letters_of_a_first_name_in_a_list(short, kind, listed, joined):
    fulls = [_cand("d0", 0, "Mirco Bergamasco"), _cand("d1", 0, "Mauro Bergamasco")]
    cand = Candidate("d2", 0, 0, len(short), short, "ORG", kind, name_key(short), listed=listed)
    roots = _resolved([*fulls, cand])
    owner = [f.text for f in fulls if roots[f.key] == roots[cand.key]]
    assert owner == ([joined] if joined else [])


@pytest.mark.parametrize("kind,texts", [
    ("organization", 1),  # the full name tagged as a body
    ("person", 3),  # the initial in three team sheets, the full name in one text: still that player
])
def test_listed_initial_of_many_texts_joins_a_full_name_of_any_kind(kind, texts):
    full = Candidate("d0", 0, 0, 13, "Cobus Visagie", "ORG" if kind == "organization" else "PERSON", kind, "cobus visagie")
    short = [Candidate(f"s{n}", 0, 0, 9, "C Visagie", "PERSON", "person", "c visagie", listed=True) for n in range(texts)]
    roots = _resolved([full, *short])
    assert roots["c visagie"] == roots["cobus visagie"]


WIDENED = [
    # (text of the document, mention inside it, a name another text tags, what the mention becomes)
    ("Tarantino wanted the Casino Royale project.", "Casino", "Casino Royale", "Casino Royale"),
    ("It is up against Eternal Sunshine of the Spotless Mind.", "Spotless Mind",
     "Eternal Sunshine of the Spotless Mind", "Eternal Sunshine of the Spotless Mind"),
    ("Mr Iain Duncan Smith spoke.", "Duncan Smith", "Iain Duncan Smith", "Iain Duncan Smith"),
    ("Shares in Casino fell.", "Casino", "Casino Royale", "Casino"),  # the text does not go on with the name
    ("Sales of Casino Royales fell.", "Casino", "Casino Royale", "Casino"),  # nor as whole words
    ("Labour MPs met.", "Labour", "Labour MP", "Labour"),  # a name with a title after it is no name
    ("Then Mr Allard spoke.", "Allard", "Mr Allard", "Allard"),  # nor one with a title before it
    ("She won for Aviator and Million Dollar Baby.", "Aviator", "Aviator and Million Dollar Baby", "Aviator"),
    ("The Food and Drug Administration said so.", "Drug Administration", "Food and Drug Administration",
     "Food and Drug Administration"),  # "Food" is no name of its own
    ("American Taylor Dent won.", "American", "American Taylor Dent", "American"),  # a nationality, then a name
]


@pytest.mark.parametrize("text,inside,known,became", WIDENED)
def test_mention_cut_short_of_a_name_the_corpus_tags_takes_that_name(text, inside, known, became):
    from generator.actor_widen import widen_to_known_names

    kind = "group" if inside == "American" else "organization"
    mention = _cand("d0", text.index(inside), inside, kind)
    others = [_cand("d1", 0, known, "person" if known.startswith(("Iain", "American")) else "organization"),
              _cand("d1", 40, "Aviator", "organization")]
    texts = {"d0": text, "d1": known + " " * 40 + "Aviator won."}
    out = widen_to_known_names(texts, [[mention], others])
    assert [c.text for c in out[0]] == [became]
    assert text[out[0][0].start : out[0][0].end] == became


def test_two_halves_of_one_cut_name_become_one_mention():
    from generator.actor_widen import widen_to_known_names

    text = "It is up against Eternal Sunshine of the Spotless Mind."
    halves = [_cand("d0", text.index("Eternal"), "Eternal Sunshine", "organization"),
              _cand("d0", text.index("Spotless"), "Spotless Mind", "place")]
    whole = _cand("d1", 0, "Eternal Sunshine of the Spotless Mind", "organization")
    out = widen_to_known_names({"d0": text, "d1": whole.text}, [halves, [whole]])
    assert [(c.text, c.kind) for c in out[0]] == [("Eternal Sunshine of the Spotless Mind", "organization")]


@pytest.mark.parametrize("texts,name", [
    (["Tarantino had talked of wanting to take on the Casino Royale project, said Ann Berg.",
      "Casino Royale is the next Bond film, said Tom Lee."], "Casino Royale"),  # "Casino" tagged alone
    (["Mr Blair told BBC One's Breakfast programme on Sunday, said Ann Berg.",
      "BBC One showed the film in Leeds, said Tom Lee."], "BBC One"),  # "BBC" tagged alone
])
def test_name_tagged_whole_in_one_text_is_whole_in_the_other(analyse, texts, name):
    actors = _actors(analyse, texts)
    owner = next(a for a in actors if a.name == name)
    assert sorted(m.doc for m in owner.mentions) == ["d0", "d1"], [(a.name, a.aliases) for a in actors]
    assert not {a.name for a in actors} & {"Casino", "BBC"}


@pytest.mark.parametrize("text,name,pieces", [
    ("Tourism gives jobs to 19 million people, according to the World Travel and Tourism Council (WTTC), said Ann Berg.",
     "World Travel and Tourism Council", {"World Travel", "Tourism Council"}),
    ("The African Growth and Opportunity Act (AGOA) helped exports, said Ann Berg.",
     "African Growth and Opportunity Act", {"African Growth"}),
])
def test_pieces_of_a_name_an_acronym_spells_are_one_name(analyse, text, name, pieces):
    actors = build_actors([analyse(text, doc_id="d0")])
    names = {a.name for a in actors}
    assert name in names and not names & pieces, names


def test_body_of_a_place_and_another_place_is_one_body(analyse):
    text = ("Responding to the plans, the chairman of the Police Federation of England and Wales, which represents "
            "rank and file officers, said it was wrong, Ann Berg reported.")
    names = {a.name for a in build_actors([analyse(text, doc_id="d0")])}
    assert "Police Federation of England and Wales" in names, names


@pytest.mark.parametrize("text,titles", [
    ("She took best actress for the Colombian drama Maria Full of Grace on Sunday.", ["Maria Full of Grace"]),
    ("Keane topped the chart with the album Hopes and Fears last year.", ["Hopes and Fears"]),
    ("He saw the film Million Dollar Baby at the Berlin Film Festival.", ["Million Dollar Baby"]),  # not "at the ..."
    ("The film Ray won.", []),  # one word: a title, or a name
    ("Hopefuls include the biopic Ray and Mike Leigh's drama Vera Drake.", ["Vera Drake"]),  # a person after "and"
    ("Everyone saw the film, then Tom Lee left.", []),
    ("Figures show Roger Federer won.", []),  # a verb, not a noun for a work
    ("A single AAA Battery lasts a year.", []),  # an adjective
    ("Every song Robbie Williams has released sold well.", []),  # the subject of a clause
    # a title in quotes, after "called" or "titled" too, in any language and with any small word
    ('Comedians perform a popular play called "Los Hijos de Vera," or "Sons of Vera," in Lima.', ["Los Hijos de Vera"]),
    ("He starred in the film “The Long Goodbye” last year.", ["The Long Goodbye"]),
    ("She wrote a book titled 'Hard Choices' in 2014.", ["Hard Choices"]),
    ('The song "Hello" topped the charts.', []),  # one word: a title, or a name
    ('Tim Lee runs a group called "Citizens for Vera" in Lima.', []),  # a group is no work
])
def test_titles_after_a_noun_for_a_work(nlp, text, titles):
    from generator.actor_fragments import work_titles

    assert work_titles(nlp(text)) == titles


def test_pieces_of_a_title_the_corpus_names_are_no_actors(analyse):
    texts = ["Catalina Sandino Moreno took best actress for her role in the Colombian drama Maria Full of Grace.",
             "The best first screenplay award went to Joshua Marston for Maria Full of Grace, said Ann Berg."]
    names = {a.name for a in _actors(analyse, texts)}
    assert "Joshua Marston" in names and not {n for n in names if "Maria" in n or "Grace" in n}, names


@pytest.mark.parametrize("joined,alone,parts", [
    ("Film Council and Channel 4", ["Film Council", "Channel 4"], ["Film Council", "Channel 4"]),
    ("Cable & Wireless", ["Cable", "Wireless"], ["Cable & Wireless"]),  # "&" joins one name
    ("Marks and Spencer", ["Spencer"], ["Marks and Spencer"]),  # "Marks" is never named alone
    ("University of the Highlands and Islands", ["University of the Highlands", "Islands"],
     ["University of the Highlands and Islands"]),  # a word after a body "of" something
    ("Hale/Dale", ["Hale", "Dale"], ["Hale", "Dale"]),  # a slash joins two names
    ("Filthy/Gorgeous", ["Gorgeous"], ["Filthy/Gorgeous"]),  # one side never named alone: one title
    ("NBC News-Wall Street Journal", ["NBC News", "Wall Street Journal"], ["NBC News", "Wall Street Journal"]),
    ("Post-ABC", ["Post", "ABC"], ["Post", "ABC"]),  # a hyphen joins two bodies of a poll
    ("Neath-Swansea", ["Neath", "Swansea"], ["Neath-Swansea"]),  # two words, no acronym: one name
    # two names of two words or more each, one named alone: a poll of two bodies
    ("Harbour Post-Nordic News", ["Harbour Post"], ["Harbour Post", "Nordic News"]),
    ("Bank of Oslo-Vostok Holdings", ["Bank of Oslo"], ["Bank of Oslo-Vostok Holdings"]),  # one bank
    ("Nordic-Harbour News", ["Harbour News"], ["Nordic-Harbour News"]),  # one word on one side
    ("Harbour Voters Action and Count the Vote", ["Harbour Voters Action"], ["Harbour Voters Action", "Count the Vote"]),
    ("Department for Harbour and Coastal Affairs", ["Department for Harbour"], ["Department for Harbour and Coastal Affairs"]),
    # a brand written with a capital inside, joined to a body by a hyphen: a poll of two
    ("Harbour Press-PollKit", ["Harbour Press"], ["Harbour Press", "PollKit"]),
    ("Post-PollKit", [], ["Post", "PollKit"]),
    ("McKinsey-Harbour", ["Harbour"], ["McKinsey-Harbour"]),  # a surname's prefix
    ("Vostok/NetPoll", [], ["Vostok/NetPoll"]),  # a slash may join the halves of one firm
])
def test_two_names_joined_by_and_are_split_when_the_corpus_names_each(joined, alone, parts):
    from generator.actor_widen import split_known_pairs

    text = f"It was backed by {joined} on Monday."
    mention = _cand("d0", text.index(joined), joined, "organization")
    others = [_cand("d1", 10 * n, name, "organization") for n, name in enumerate(alone)]
    out = split_known_pairs([[mention], others])
    assert [c.text for c in out[0]] == parts
    assert all(text[c.start : c.end] == c.text for c in out[0])


@pytest.mark.parametrize("text,body,person", [
    # a body named "for" a person is not that person, and keeps its first word
    ("Donald Trump spoke in Ohio on Monday. Tim Selaty, organizer of a group called Citizens for Trump, "
     "expects 5,000 to attend. Mr. Trump will be confronted by left-wing demonstrators in Cleveland.",
     "Citizens for Trump", "Donald Trump"),
])
def test_body_named_for_a_person_is_no_person(analyse, text, body, person):
    actors = _actors(analyse, [text])
    owners = _owners(actors)
    assert owners.get(body) == body, [(a.name, a.kind, a.aliases) for a in actors]
    assert owners["Trump"] == person
    assert not [a for a in actors if a.name.split()[0].islower()]


@pytest.mark.parametrize("text,dateline", [
    ("Sanders says his meeting is no endorsement.\n\nROME - Bernie Sanders met privately with Pope Francis "
     "on Saturday, a day after he spoke at a Vatican conference.", "ROME"),
    ("Rubio tours the state.\n\nKEENE, N.H. - Marco Rubio spoke to voters in a diner on Monday.", "KEENE"),
])
def test_capitals_opening_a_paragraph_before_a_dash_are_a_datelines_place(analyse, text, dateline):
    actors = _actors(analyse, [text])
    kinds = {m.text: a.kind for a in actors for m in a.mentions}
    assert kinds.get(dateline) == "place", [(a.name, a.kind) for a in actors]


@pytest.mark.parametrize("texts,dropped,kept", [
    # a line in capitals says nothing of where a name ends
    (["Five things to know today.\n\n5. TALIBAN CLOSING RANKS AROUND NEW LEADER.\n\nThe move could split the group, "
      "said Ann Berg.\n\n10. SUPER BOWL ADVERTISERS STICKING TO CLASSICS.\n\nMarketers hope to win viewers."],
     {"TALIBAN CLOSING", "BOWL", "SUPER BOWL"}, {"Ann Berg"}),
    # unless the corpus writes the name in mixed case too, or the name stands in brackets
    (["Games of the week.\n\nTOO FAST TOO FURIOUS (DIGITAL BRIDGES)\n\nAs soon as I start playing I crash, said Tom Hale.",
      "Five things to know.\n\n3. WHY TRUMP IS WINNING IN IOWA\n\nDonald Trump leads in Iowa, said Ann Berg."],
     set(), {"DIGITAL BRIDGES", "TRUMP"}),
])
def test_names_of_a_line_in_capitals_need_the_corpus_to_write_them(analyse, texts, dropped, kept):
    forms = {m.text for a in _actors(analyse, texts) for m in a.mentions}
    assert not forms & dropped and kept <= forms, forms


@pytest.mark.parametrize("texts,glued,name", [
    # a capitalised verb of a headline inside a name: the name keeps the words the corpus writes
    (["Debate night, hour by hour.\n\n9:33PM The National Review Crowd Does Not Like Donald Trump\n\n"
      "Rich Lowry of National Review said the candidate was no conservative. Donald Trump said he did not "
      "care what National Review wrote."], "National Review Crowd Does Not Like", "National Review"),
    # a verb in the past after a person's name the corpus writes: the name ends before it
    (["Ten Latino stars spoke out this year.\n\n4\nJane Morales Explained Why She Felt Invisible As A Child.\n\n"
      "Getty.\nThe journalist Jane Morales said she had felt invisible at school. Morales now hosts a radio show."],
     "Jane Morales Explained", "Jane Morales"),
])
def test_name_run_into_a_headline_keeps_the_words_the_corpus_writes(analyse, texts, glued, name):
    actors = _actors(analyse, texts)
    assert glued not in {a.name for a in actors} | {al for a in actors for al in a.aliases}, [a.name for a in actors]
    assert len([m for a in actors if a.name == name for m in a.mentions]) == 3


@pytest.mark.parametrize("text,glued,owner", [
    # a preposition opening a sentence before a name the text writes is no part of the name
    ("Beneath Clinton's wins, signs of trouble remain. Hillary Clinton spoke in Ohio.", "Beneath Clinton", "Hillary Clinton"),
    ("Amid Obama's push, Barack Obama spoke in Ohio.", "Amid Obama", "Barack Obama"),
    ("Analysts at the bank Lakeview Partners listened. Most would work at Lakeview later. Besides Lakeview, the "
     "list includes Lazard.", "Besides Lakeview", "Lakeview Partners"),
])
def test_preposition_opening_a_sentence_is_cut_off_a_name(analyse, text, glued, owner):
    actors = _actors(analyse, [text])
    assert glued not in {a.name for a in actors} and _owners(actors)[glued.split()[1]] == owner


@pytest.mark.parametrize("text,words", [
    # a title in quotes joining capitalised words with "and" names a show or a song, not two actors
    ('In an interview with "Fox and Friends," Donald Trump pointed to China. Fox News aired it on Monday.',
     {"Fox", "Friends"}),
    ("“We’re like ‘Ebony and Ivory,’” he explained with a smile, said Ann Berg.", {"Ebony", "Ivory"}),
    # a slogan with "or", in the doubled apostrophes of a paper's archive
    ("Leaders worry about an unmollified ''Karl or Bust'' contingent, said Ann Berg.", {"Bust"}),
])
def test_words_of_a_quoted_title_with_and_are_no_actors(analyse, text, words):
    forms = {m.text for a in _actors(analyse, [text]) for m in a.mentions}
    assert not forms & words, forms


def test_quoted_title_with_and_keeps_a_company_with_ampersand():
    from generator.actor_fragments import quoted_pair_titles

    assert quoted_pair_titles("She praised the “Marks & Spencer” brand and “Fox and Friends,” he said.") == ["Fox and Friends"]


def test_common_word_of_a_name_in_a_title_case_line_needs_the_corpus(analyse):
    # in a line with every word capitalised, "Latino Community" is the group and a common word
    text = ("Ten Latino stars spoke out this year.\n\n15\nJaime Rivera’s Perfect Analogy For Hollywood’s Latino Problem."
            "\n\nGetty.\n\nThe actor Jaime Rivera said the problem is old, and Latino actors get few roles.\n\n17\n"
            "Eva Ortiz Discussed Factions Within The Latino Community.\n\nGetty.\n\nActress Eva Ortiz said the "
            "community is divided.")
    actors = _actors(analyse, [text])
    assert "Latino Community" not in {a.name for a in actors} and _owners(actors).get("Latino") == "Latinos"


def test_ok_after_a_surname_is_no_part_of_the_name(analyse):
    actors = _actors(analyse, ["Hale introduced Berg to the boss of Lysmark, Karl Schmidt. Berg liked Schmidt OK. "
                               "Unlike most bosses, Schmidt had been a pilot."])
    assert "Schmidt OK" not in {n for a in actors for n in (a.name, *a.aliases)}, [(a.name, a.aliases) for a in actors]


def test_small_word_of_a_name_in_a_title_case_line_needs_the_corpus(analyse):
    # "Something", a small word, glued to a foreign word in a subheading
    text = ("You can forgo a unit, said Ann Berg.\n\nHabla Something Other Than Norse\n\n"
            "Unless you passed your language test, you need help, said Tom Hale.")
    actors = _actors(analyse, [text])
    assert not {"Habla Something", "Habla"} & {a.name for a in actors}, [a.name for a in actors]


def test_name_introduced_as_a_relative_is_a_person(analyse):
    # "his wife, Melania," tagged as a place: the person's first name, open beside her full name
    texts = ["Melania Trump spoke in Ohio on Monday, said Ann Berg.",
             "Donald Trump spoke in Iowa on Tuesday. He said his wife, Melania, \"said right from the beginning, "
             "'You know, if you run you will win.'\" Corey Lewandowski agreed."]
    actors = _actors(analyse, texts)
    assert not [a for a in actors if a.name == "Melania"], [(a.name, a.kind) for a in actors]
    (wife,) = [a for a in actors if a.name == "Melania Trump"]
    assert "Melania" in {m.text for m in wife.mentions + wife.unresolved}


def test_surname_that_reads_as_a_verb_in_the_past_stays(analyse):
    text = ("Engineers at the studio said so, says Andy Quested, from the BBC's high-definition team. "
            "According to Mr Quested, this could help Europe.")
    assert _owners(_actors(analyse, [text])).get("Quested") == "Andy Quested"


@pytest.mark.parametrize("texts,long,name", [
    # a noun for a doer before a full name of the corpus is no first name
    (["Cuba stops jailing people for speaking out.\n\nModerator Hugh Lane also confronted the candidates with the math.",
      "According to conservative columnist Hugh Lane, the movie lacks the president."], "Moderator Hugh Lane", "Hugh Lane"),
])
def test_doers_noun_before_a_full_name_is_cut(analyse, texts, long, name):
    actors = _actors(analyse, texts)
    assert long not in {a.name for a in actors} and name in {a.name for a in actors}, [a.name for a in actors]


@pytest.mark.parametrize("text,glued,owner", [
    # a common word before the surname of a full name of the text is no first name
    ("Hillary Clinton leads the race in Ohio. The team met on Monday, and the team said the team would win. "
     "Then Team Clinton went into overdrive, and Clinton spoke in Columbus.", "Team Clinton", "Hillary Clinton"),
    ("Hillary Clinton leads the race in Ohio. The longtime aides met, and the longtime donors said the longtime "
     "voters would stay. Longtime Clinton adviser Tom Lee said Clinton would win.", "Longtime Clinton", "Hillary Clinton"),
])
def test_common_word_before_a_surname_of_the_text_is_cut(analyse, text, glued, owner):
    actors = _actors(analyse, [text])
    assert glued not in {a.name for a in actors}, [(a.name, a.aliases) for a in actors]
    assert _owners(actors)[glued.split()[-1]] == owner


@pytest.mark.parametrize("text,name,place", [
    # "King" after a first name and an initial, or a first name, then "of" a place is a surname
    ("''It's not going to be easy for him,'' said Representative Peter T. King of New York, who endorsed "
     "Mr. Rubio on Tuesday. Mr. King held off until Mr. Bush left.", "Peter T. King", "New York"),
    ("The novelist Stephen King of Maine said he would vote. King wrote a column.", "Stephen King", "Maine"),
])
def test_surname_that_is_a_noble_title_does_not_take_the_place_after_it(analyse, text, name, place):
    actors = _actors(analyse, [text])
    owners = _owners(actors)
    assert owners.get(name) == name and owners.get("King") == name, owners
    assert owners.get(place) == place


@pytest.mark.parametrize("text,name", [
    # a noble title alone or after one first name takes its "of": one name
    ("The Queen and Duke of Edinburgh said the news had made them happy.", "Duke of Edinburgh"),
    ("A film about Mary Queen of Scots opened in Edinburgh on Friday, said Ann Berg.", "Mary Queen of Scots"),
])
def test_noble_title_keeps_its_of(analyse, text, name):
    assert name in {a.name for a in _actors(analyse, [text])}


@pytest.mark.parametrize("text,name", [
    # the tagger's name is not run on into the letter of a hyphenated word
    ("At rallies in Maine, voters with Bernie Sanders T-shirts stood near people wearing hats.", "Bernie Sanders"),
    # a soft hyphen the source left inside a name is no part of its display name
    ("Spokesman Doug \u00adAndres said the speaker would not attend, said Ann Berg.", "Doug Andres"),
])
def test_display_name_of_a_person_written_with_stray_characters(analyse, text, name):
    assert name in {a.name for a in _actors(analyse, [text])}


def test_states_county_after_its_possessive_is_the_county(analyse):
    text = ("Doubts remain among some Republicans in North Carolina’s Wake County, a wealthy county, said Ann Berg. "
            "Our organization here in Wake County is a team, said Tom Lee.")
    actors = _actors(analyse, [text])
    (county,) = [a for a in actors if a.name == "Wake County"]
    assert len(county.mentions) == 2 and not [a for a in actors if "’s" in a.name], [a.name for a in actors]


@pytest.mark.parametrize("text,county", [
    # a state's possessive before a word that "counties" follows: the word is a county, a place
    ("Strategists watch Wisconsin’s Brown and Racine counties (both voted for Ted Cruz) and Iowa’s Scott and "
     "Polk counties (Rubio), among others. Tim Scott spoke in Iowa.", "Scott"),
    ("Strategists watch Wisconsin’s Brown and Racine counties (both voted for Ted Cruz) and Iowa’s Scott and "
     "Polk counties (Rubio), among others. Tim Scott spoke in Iowa.", "Brown"),
])
def test_word_of_a_states_counties_is_a_place(analyse, text, county):
    kinds = {m.text: a.kind for a in _actors(analyse, [text]) for m in a.mentions}
    assert kinds.get(county) == "place" and not [k for k in kinds if "’s" in k], kinds


def test_every_us_state_is_a_known_place():
    from generator.actor_rules import US_STATES, is_known_place

    assert len(US_STATES) == 50
    assert all(is_known_place(k) for k in ("iowa", "ohio", "maine", "utah", "alaska", "new hampshire"))


@pytest.mark.parametrize("words,label,kept", [
    # a day named after someone or something, or a greeting, is no actor
    ("Martin Luther King Day", "PERSON", False),
    ("Veteran’s Day", "GPE", False),
    ("Bastille Day", "GPE", False),
    ("Merry Christmas", "PERSON", False),
    ("Doris Day", "PERSON", True),  # a person whose surname is Day
    ("Day", "PERSON", True),
    # a time zone is no actor either
    ("Eastern Standard Time", "ORG", False),
    ("Pacific Time", "ORG", False),
    ("Greenwich Mean Time", "LOC", False),
    ("Time Warner", "ORG", True),
    ("New York Times", "ORG", True),
])
def test_days_greetings_and_time_zones_are_no_actors(words, label, kept):
    from generator.actor_spans import _looks_like_name

    assert _looks_like_name(words, name_key(words), label) is kept


@pytest.mark.parametrize("text,glued,owner", [
    # a body's name run into the field of a title before a person keeps the words the corpus writes
    ("That quote from Alabama Securities Commissioner Ann Berg appeared on the front page.", "Alabama Securities", "Alabama"),
    ("Ohio Health Services Director Ann Berg spoke. Ohio Health Services said no.", None, "Ohio Health Services"),
    ("Justice Department spokesman Peter Carr said no.", None, "Justice Department"),  # a body's head word
    # a field with no name in it, before a comma and the person, is no actor
    ("The Federal Privacy Commissioner, Ann Berg, says the law is weak.", "Federal Privacy", "Ann Berg"),
    # a field's last word the tagger left out, before a minister's title
    ("Strong winds lifted roofs. New South Wales Emergency Services Minister Ann Berg says crews are out. Towns in "
     "New South Wales are wet.", "New South Wales Emergency", "New South Wales"),
])
def test_field_of_a_title_is_cut_off_a_body(analyse, text, glued, owner):
    actors = _actors(analyse, [text])
    names = {a.name for a in actors} | {al for a in actors for al in a.aliases}
    assert glued not in names and owner in names, names


def test_dash_typed_without_spaces_and_plural_title_are_no_part_of_a_name(analyse):
    texts = [
        "We invest 2 percent of our product in America—2 percent of it.",
        'Another great son of Texas, Sam Rayburn-"Mr. Sam"-sat in your chair.',
        "The Senate will vote on reform proposed by Senators McCain and Feingold.",
    ]
    names = {a.name for a in _actors(analyse, texts)}
    assert {"United States", "Sam Rayburn", "McCain", "Feingold"} <= names, names
    assert not any("—" in n or '"' in n or n.startswith("Senators") for n in names), names


def _with_places(analysis, word: str):
    """``analysis`` with every ``word`` that is not followed by a space and a capital tagged as a place."""
    text, doc = analysis.document.text, analysis.doc
    spans = [doc.char_span(m.start(), m.end(), label="GPE") for m in re.finditer(rf"\b{word}\b(?! [A-Z])", text)]
    doc.ents = [*spans, *(e for e in doc.ents if all(e.end <= s.start or e.start >= s.end for s in spans))]
    return analysis


@pytest.mark.parametrize("texts,word,joined", [
    # a firm's name tagged as a place, beside its full name in the same text
    (["Lysmark Communications is prepping a new TV app. Lysmark executives showed it in Oslo on Monday, "
      "and Lysmark will offer rentals, said Ann Berg."], "Lysmark", True),
    # ... but not in another text, where it may be the town
    (["Lysmark Communications is prepping a new TV app, said Ann Berg.",
      "Ferries to Lysmark ran late on Monday, said Tom Lee."], "Lysmark", False),
    # ... and not a region named by a compass point
    (["Southwest Airlines cut its fares in May, said Ann Berg. Snow fell across the Southwest on Monday, said Tom Lee."],
     "Southwest", False),
])
def test_firm_tagged_as_a_place_joins_its_full_name_in_its_text(analyse, texts, word, joined):
    analyses = [_with_places(analyse(t, doc_id=f"d{i}"), word) for i, t in enumerate(texts)]
    actors = build_actors(analyses)
    owner = next(a for a in actors if a.name.startswith(word + " "))
    assert (word in owner.aliases) is joined, [(a.name, a.kind, a.aliases) for a in actors]
    assert owner.kind == "organization"
