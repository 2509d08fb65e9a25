"""Tables and small pure helpers for the actor stage: name keys, titles, known aliases.

Everything here is data or a pure function of a string, so the rules can be read,
tested and extended without touching the clustering in :mod:`generator.actors`.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .text import normalize

#: spaCy entity label -> actor kind; labels not listed are not actors.
KIND_OF_LABEL = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}

#: Preference when votes tie (and the order kinds are listed in).
KIND_PRIORITY = ("person", "organization", "place", "group")

#: Titles and honorifics that precede a person's name; stripped from the name and kept
#: as a description ("President Putin" -> "Putin", described as "President").
TITLES = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady baroness baron rev reverend
    president vice-president premier chancellor minister pm senator sen rep representative
    governor gov mayor judge justice general gen colonel col major maj captain capt lieutenant
    lt sergeant sgt admiral adm commander cmdr marshal secretary ambassador commissioner
    imam rabbi cardinal bishop archbishop
    father brother sister chairman chairwoman chair ceo chief director deputy speaker
    spokesman spokeswoman spokesperson leader coach manager inspector detective officer
    agent councillor councilor mp mep supreme foreign defence defense prime
    interior finance home state first rt rev hon
    shadow uncle aunt auntie grandfather grandmother grandpa grandma
    ayatollah sheikh sheik constable superintendent corporal treasurer consort justices producer
    model supermodel matchwinner whip filmmaker ceo cfo cio cto coo ag ig pastor pres principal vp moderator
    assemblyman assemblywoman congressman congresswoman councilman councilwoman alderman legislator
    coroner magistrate sheriff
    """.split()
)

#: Titles of sovereigns and their children, who are called by their first names ("King
#: Juan" for King Juan Carlos, "Prince Charles").
ROYAL_TITLES = frozenset("king queen prince princess emperor empress".split())
#: Titles of the nobility, sovereigns' among them, written before a name or "of" a place
#: ("Duke of Edinburgh", "Mary Queen of Scots").
NOBLE_TITLES = ROYAL_TITLES | frozenset("duke duchess earl countess".split())

#: Occupations and descriptions before a name that make it a person's whatever the tagger
#: said ("Midfielder Edu" tagged as an organisation, "Newcomer Ciara", "Teenager Wayne Rooney").
PERSON_ROLES = frozenset(
    """
    novelist author writer actor actress singer dj mc keeper goalkeeper striker midfielder
    defender winger skipper veteran rapper drummer guitarist bassist frontman presenter
    broadcaster comedian songwriter singer-songwriter composer newcomer rookie debutant
    youngster teenager entrepreneur businessman businesswoman tycoon billionaire millionaire magnate
    farmer campaigner activist lawyer solicitor barrister sprinter runner athlete hurdler
    swimmer cyclist golfer boxer jockey skater rower prop flanker hooker
    cinematographer screenwriter choreographer designer magistrate candidate nominee
    """.split()
)
TITLES = TITLES | PERSON_ROLES

#: First halves of compound adjectives of peoples ("Anglo-American", "Sino-Japanese").
COMBINING_FORMS = frozenset("anglo franco sino afro indo euro russo greco austro judeo italo hispano luso".split())

#: Nouns for a nationality written before a name ("Briton Tim Henman", "Scot Kathy Butler").
DEMONYM_NOUNS = frozenset(
    """
    briton brit scot welshman welshwoman irishman irishwoman englishman englishwoman scotsman
    scotswoman frenchman frenchwoman dutchman kiwi aussie spaniard dane swede finn turk zealander
    """.split()
)


def is_demonym_noun(word: str) -> bool:
    """A noun for a nationality, singular or plural ("Briton", "Irishmen")."""
    w = word.lower()
    return w in DEMONYM_NOUNS or (w.endswith("men") and w[:-3] + "man" in DEMONYM_NOUNS)


#: Honorifics: a span starting with one names a person whatever the tagger said ("Mr Stone").
HONORIFICS = frozenset("mr mrs ms miss mx dr sir dame lord lady".split())

#: Trailing words of organisation names that do not change the organisation ("Altria Group").
ORG_SUFFIXES = frozenset(
    """
    party inc corp corporation co company ltd plc llc group com ag sa holdings systems
    technologies communications laboratories labs
    """.split()
)
#: Last words of a division's name, which may or may not be the company itself ("Nortel
#: Networks" is Nortel, "Sony Pictures" is not Sony).
DIVISION_SUFFIXES = frozenset("networks pictures studios airways airlines".split())

#: First words that never start a name ("My Own", "This Week").
NOT_FIRST = frozenset("my our your his her their its this that these those what when where how why".split())

#: Nouns that head a role phrase which may continue with "of"/"for" ("director for arms
#: control", "Secretary of State"); other nouns stop a description at a preposition.
ROLE_HEADS = frozenset(
    """
    president minister secretary director chairman chairwoman chair head chief leader
    spokesman spokeswoman spokesperson ambassador envoy adviser advisor member commissioner
    governor mayor professor editor correspondent analyst founder co-founder cofounder executive
    officer commander general chancellor premier representative president-elect deputy
    manager coach captain judge speaker lecturer fellow researcher expert counsel aide
    """.split()
)

#: Lowercase words allowed inside a name ("Ludwig van Beethoven", "Bank of England").
NAME_PARTICLES = frozenset("de da di del della der den van von la le du al el bin ibn bint ben y dos das".split())
ORG_PARTICLES = frozenset("of for and the & de du des der la le et".split())

#: Site chrome and boilerplate that NER picks up as entities.
CHROME = frozenset(
    w.strip()
    for w in     """
    google news|share on facebook|share on twitter|follow us|
    getty images|afp via getty images|ap photo|reuters photo|shutterstock|
    rss|email|share|print|comments|newsletter|advertisement|
    cookie policy|privacy policy|terms of service|read more|related|subscribe|home|menu
    """.replace("\n", "").split("|")
) - {""}

#: Words that never make an actor alone, whatever the tagger says.
NOT_NAMES = frozenset(
    """
    the a an this that these those it he she they we i you his her their our its
    north south east west northern southern eastern western central
    mr mrs ms dr sir gmt bst est tbc tba
    easter christmas xmas ramadan diwali hanukkah thanksgiving halloween passover
    """.split()
)

#: The world's countries and the UK's nations, as name keys (general knowledge: demonyms
#: such as "Kenyan" are read against it).
COUNTRIES = frozenset(
    w.strip()
    for w in """
    afghanistan, albania, algeria, andorra, angola, antigua, argentina, armenia, australia, austria,
    azerbaijan, bahamas, bahrain, bangladesh, barbados, belarus, belgium, belize, benin, bhutan, bolivia,
    bosnia, botswana, brazil, brunei, bulgaria, burkina faso, burundi, cambodia, cameroon, canada, chad,
    chile, china, colombia, comoros, congo, costa rica, croatia, cuba, cyprus, czech republic, denmark,
    djibouti, dominica, ecuador, egypt, el salvador, eritrea, estonia, eswatini, ethiopia, fiji, finland,
    france, gabon, gambia, georgia, germany, ghana, greece, grenada, guatemala, guinea, guyana, haiti,
    honduras, hungary, iceland, india, indonesia, iran, iraq, ireland, israel, italy, jamaica, japan,
    jordan, kazakhstan, kenya, kiribati, korea, kosovo, kuwait, kyrgyzstan, laos, latvia, lebanon, lesotho,
    liberia, libya, liechtenstein, lithuania, luxembourg, madagascar, malawi, malaysia, maldives, mali,
    malta, mauritania, mauritius, mexico, moldova, monaco, mongolia, montenegro, morocco, mozambique,
    myanmar, namibia, nauru, nepal, netherlands, new zealand, nicaragua, niger, nigeria, norway, oman,
    pakistan, palau, palestine, panama, paraguay, peru, philippines, poland, portugal, qatar, romania,
    russia, rwanda, samoa, san marino, saudi arabia, senegal, serbia, seychelles, sierra leone, singapore,
    slovakia, slovenia, somalia, south africa, spain, sri lanka, sudan, suriname, sweden, switzerland,
    syria, taiwan, tajikistan, tanzania, thailand, togo, tonga, trinidad, tunisia, turkey, turkmenistan,
    tuvalu, uganda, ukraine, uruguay, uzbekistan, vanuatu, venezuela, vietnam, yemen, zambia, zimbabwe,
    scotland, wales, england, holland, burma, ivory coast, east timor, north korea, south korea
    """.split(",")
)
#: Widely known acronyms and alternative names -> one canonical display name and kind.
KNOWN_ALIASES: dict[str, tuple[str, str]] = {}


def known_kind(key: str) -> str:
    """Kind of the widely known name with name key ``key`` ("place" for "us"), "" for none."""
    return KNOWN_ALIASES.get(key, ("", ""))[1]


def _known(canonical: str, kind: str, *forms: str) -> None:
    for form in (canonical, *forms):
        KNOWN_ALIASES[name_key(form)] = (canonical, kind)
        if "ization" in form:  # "World Trade Organisation", the British spelling
            KNOWN_ALIASES[name_key(form.replace("ization", "isation"))] = (canonical, kind)


# Filled below, once name_key is defined.


def fold(text: str) -> str:
    """ASCII-folded, quote-normalised text (accents dropped)."""
    text = normalize(text)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


_POSSESSIVE = re.compile(r"(?:'s|s'|')$", re.I)
_NON_WORD = re.compile(r"[^a-z0-9& ]+")


def strip_possessive(text: str) -> str:
    """``"North Korea's"`` -> ``"North Korea"``; ``"Reuters'"`` keeps its ``s``."""
    t = normalize(text).rstrip()
    if t.endswith("'s") or t.endswith("'S"):
        return text[: len(t) - 2].rstrip()
    if t.endswith("'"):
        return text[: len(t) - 1].rstrip()
    return text


@functools.lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """Matching key of a name: case, accents, hyphens, dots and spacing folded.

    ``"Kim Jong-un"`` and ``"Kim Jong Un"`` share a key, so do ``"M. K. Bhadrakumar"``
    and ``"M K Bhadrakumar"`` (``"M.K."`` is read as two initials).
    """
    t = fold(text).lower().replace("&", " and ")
    t = re.sub(r"'s\b", "", t)
    t = re.sub(r"[-./_]+", " ", t)
    t = " ".join(_NON_WORD.sub("", t).split())
    if t[2:3] == " " and t[:2] in _ABBREVIATIONS:
        t = _ABBREVIATIONS[t[:2]] + t[2:]  # "Mt Gambier": "mount gambier"
    return t


#: Abbreviated first words of places' names, read in full ("Mt Gambier" / "Mount Gambier",
#: "St Helens" / "Saint Helens", "Ft Worth" / "Fort Worth").
_ABBREVIATIONS = {"mt": "mount", "st": "saint", "ft": "fort"}


@functools.lru_cache(maxsize=1 << 16)
def key_tokens(text: str) -> tuple[str, ...]:
    """One matching token per written word: ``"Mark Lewis-Francis"`` -> ``("mark", "lewisfrancis")``.

    Used to find short forms (a surname is a whole written word, never half of a
    hyphenated one, but for the Arabic article: ``"Bashar al-Assad"`` -> ``("bashar",
    "assad")``, whose surname "Assad" is also written "Al-Assad"); full names are compared
    with :func:`name_key`.
    """
    tokens = tuple(t for t in (name_key(_ARTICLE.sub("", w)).replace(" ", "") for w in text.split()) if t)
    if len(tokens) > 1 and tokens[0] in _ABBREVIATIONS:
        return (_ABBREVIATIONS[tokens[0]], *tokens[1:])  # as in the name's key
    return tokens


#: The Arabic article before a surname ("al-Assad", "el-Erian").
_ARTICLE = re.compile(r"^(?:al|el)[-‐‑](?=\w{3})", re.IGNORECASE)


def initials_dropped(tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    """``("george", "w", "bush")`` -> ``("george", "bush")``; None when nothing to drop."""
    if len(tokens) < 3:
        return None
    kept = (tokens[0], *(t for t in tokens[1:-1] if len(t) > 1), tokens[-1])
    if len(kept) == len(tokens) or len(kept) < 2 or len(kept[0]) == 1:
        return None
    return kept


def initials_of(text: str) -> str:
    """Initials of a multi-word name, skipping small words: "United Nations Security Council" -> "unsc"."""
    words = [w for w in re.split(r"[\s\-]+", fold(text)) if w]
    letters = [w[0] for w in words if w.lower() not in ORG_PARTICLES and w[0].isalpha()]
    return "".join(letters).lower()


@functools.lru_cache(maxsize=1 << 16)
def is_acronym(text: str) -> bool:
    t = fold(text).replace(".", "")
    return 2 <= len(t) <= 6 and t.isalpha() and t.isupper()


#: Generational suffixes after a surname ("Charles Evans Jr" is "Mr Evans").
GENERATIONAL = frozenset("jr jnr sr snr ii iii iv".split())


def name_core(full: tuple[str, ...]) -> tuple[str, ...]:
    """Name tokens without a generational suffix ("charles evans jr" -> "charles evans")."""
    return full[:-1] if len(full) > 2 and full[-1] in GENERATIONAL else full


def is_part(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Is ``short`` a proper prefix or suffix of ``full`` (as name tokens), a generational
    suffix left aside ("Evans" of "Charles Evans Jr")?"""
    n = len(short)
    core = name_core(full)
    return 0 < n < len(full) and (full[:n] == short or full[-n:] == short or (n < len(core) and core[-n:] == short))


def parts(full: tuple[str, ...]) -> list[tuple[str, ...]]:
    """All proper prefixes and suffixes of a multi-token name (and of its core without a
    generational suffix)."""
    out = []
    for n in range(1, len(full)):
        out.append(full[:n])
        out.append(full[-n:])
    core = name_core(full)
    if core is not full:
        out.extend(core[-n:] for n in range(1, len(core)))
    return out


for _canon, _kind, *_forms in (
    ("United States", "place", "US", "U.S.", "USA", "U.S.A.", "United States of America", "America", "States"),
    ("United Kingdom", "place", "UK", "U.K.", "Britain", "Great Britain", "GB"),
    ("Russia", "place", "Russian Federation"),
    ("Soviet Union", "place", "USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"),
    ("North Korea", "place", "DPRK", "D.P.R.K.", "Democratic People's Republic of Korea"),
    ("South Korea", "place", "ROK", "Republic of Korea"),
    ("China", "place", "PRC", "People's Republic of China"),
    ("Taiwan", "place", "Republic of China"),
    ("United Arab Emirates", "place", "UAE"),
    ("United Nations", "organization", "UN", "U.N."),
    ("United Nations Security Council", "organization", "UNSC", "UN Security Council", "U.N. Security Council"),
    ("United Nations General Assembly", "organization", "UNGA", "UN General Assembly"),
    ("Korean Central News Agency", "organization", "KCNA"),
    ("European Union", "organization", "EU", "E.U."),
    ("European Commission", "organization", "EC"),
    ("NATO", "organization", "North Atlantic Treaty Organization", "Nato"),
    ("International Monetary Fund", "organization", "IMF"),
    ("World Health Organization", "organization", "WHO"),
    ("World Trade Organization", "organization", "WTO"),
    ("Federal Reserve", "organization", "Fed", "Federal Reserve Board", "US Federal Reserve"),
    ("House of Commons", "organization", "Commons"),
    ("House of Lords", "organization", "Lords"),
    ("Federal Bureau of Investigation", "organization", "FBI"),
    ("Central Intelligence Agency", "organization", "CIA"),
    ("BBC", "organization", "British Broadcasting Corporation"),
    ("Conservative Party", "organization", "Conservatives", "Tories", "Tory", "Tory Party", "Conservative party"),
    ("Labour Party", "organization", "Labour", "Labour party"),
    ("Liberal Democrats", "organization", "Lib Dems", "Lib Dem", "Liberal Democrat", "Liberal Democrat Party"),
    ("Democratic Party", "organization", "Democrats", "Democrat", "Dems", "Dem", "Democrat Party"),
    ("Republican Party", "organization", "Republicans", "GOP", "Grand Old Party"),
    ("Association of Southeast Asian Nations", "organization", "ASEAN"),
    ("Organization of the Petroleum Exporting Countries", "organization", "OPEC", "Opec"),
    ("Academy Awards", "organization", "Academy Award", "Oscars", "Oscar"),
    ("Islamic State", "organization", "ISIS", "ISIL", "Daesh", "Islamic State of Iraq and the Levant",
     "Islamic State of Iraq and Syria"),
    # the spellings of one transliteration ("Al Qaida" in US government texts)
    ("Al Qaeda", "organization", "Al Qaida", "Al-Qaeda", "Al-Qaida", "Al Qa'ida", "Al-Qa'ida"),
    ("Osama bin Laden", "person", "Usama bin Laden", "Osama Bin Laden", "Usama Bin Laden", "bin Laden", "Bin Laden"),
    # platforms a text names as a source or a credit ("Facebook/...", ".../LinkedIn")
    ("Facebook", "organization"), ("Twitter", "organization"), ("LinkedIn", "organization"),
    ("Instagram", "organization"), ("YouTube", "organization"), ("Getty Images", "organization", "Getty"),
    ("Black Lives Matter", "organization", "BLM"),
    ("Reuters", "organization"), ("Agence France-Presse", "organization", "AFP"),
    ("Associated Press", "organization", "AP"),
    ("Democratic National Committee", "organization", "DNC"),
    ("Huffington Post", "organization", "HuffPost", "HuffingtonPost"),
    # nouns for a people, filed under the adjective the corpus uses for the group
    ("British", "group", "Briton", "Britons", "Brit", "Brits"),
    ("Scottish", "group", "Scot", "Scots", "Scotsmen", "Scotswoman"),  # not "The Scotsman"
    ("Welsh", "group", "Welshman", "Welshmen", "Welshwoman"),
    ("English", "group", "Englishman", "Englishmen", "Englishwoman"),
    ("Irish", "group", "Irishman", "Irishmen", "Irishwoman"),
    ("French", "group", "Frenchman", "Frenchmen", "Frenchwoman"),
    ("Dutch", "group", "Dutchman", "Dutchmen", "Dutchwoman"),
    ("Swedish", "group", "Swede", "Swedes"),
    ("Danish", "group", "Danes"),  # not "Dane", a first name too
    ("Finnish", "group", "Finns"),
    ("Spanish", "group", "Spaniard", "Spaniards"),
    ("Turkish", "group", "Turk", "Turks"),
    ("Polish", "group", "Poles"),  # not "Pole", a pole of the Earth
    ("Jewish", "group", "Jew", "Jews"),
    ("Kurdish", "group", "Kurd", "Kurds"),
    ("Serbian", "group", "Serb", "Serbs"),
    ("Croatian", "group", "Croat", "Croats"),
    ("Latinos", "group", "Latino", "Latina", "Latinas"),
    ("Hispanics", "group", "Hispanic"),
):
    _known(_canon, _kind, *_forms)

# Nicknames of US states and cities, which political news uses for them; the names themselves
# stay unlisted (a state's name before a party names the state's party: "Ohio Republican Party").
for _canon, _nick in (
    ("New Hampshire", "Granite State"), ("Wisconsin", "Badger State"), ("Indiana", "Hoosier State"),
    ("Nevada", "Silver State"), ("Arizona", "Grand Canyon State"), ("Texas", "Lone Star State"),
    ("Ohio", "Buckeye State"), ("Florida", "Sunshine State"), ("Pennsylvania", "Keystone State"),
    ("Iowa", "Hawkeye State"), ("Michigan", "Wolverine State"), ("Massachusetts", "Bay State"),
    ("Las Vegas", "Vegas"),
):  # not "Garden State", a film too
    KNOWN_ALIASES[name_key(_nick)] = (_canon, "place")

#: The display name of every widely known actor, by its name key ("new hampshire").
KNOWN_NAMES = {name_key(canon): canon for canon, _ in KNOWN_ALIASES.values()}

#: US states as news agencies abbreviate them after a town ("Staunton, Va."), by the text
#: written, period included: "VA" (Veterans Affairs) or "Miss" are no states.
US_STATE_ABBREVIATIONS = {
    abbr: state
    for state, abbrs in (
        ("Alabama", "Ala."), ("Arizona", "Ariz."), ("Arkansas", "Ark."), ("California", "Calif. Cal."),
        ("Colorado", "Colo."), ("Connecticut", "Conn."), ("Delaware", "Del."), ("Florida", "Fla."),
        ("Georgia", "Ga."), ("Illinois", "Ill."), ("Indiana", "Ind."), ("Kansas", "Kan. Kans."),
        ("Kentucky", "Ky."), ("Louisiana", "La."), ("Maryland", "Md."), ("Massachusetts", "Mass."),
        ("Michigan", "Mich."), ("Minnesota", "Minn."), ("Mississippi", "Miss."), ("Missouri", "Mo."),
        ("Montana", "Mont."), ("Nebraska", "Neb. Nebr."), ("Nevada", "Nev."), ("New Hampshire", "N.H."),
        ("New Jersey", "N.J."), ("New Mexico", "N.M."), ("New York", "N.Y."), ("North Carolina", "N.C."),
        ("North Dakota", "N.D."), ("Oklahoma", "Okla."), ("Oregon", "Ore. Oreg."), ("Pennsylvania", "Pa. Penn."),
        ("Rhode Island", "R.I."), ("South Carolina", "S.C."), ("South Dakota", "S.D."), ("Tennessee", "Tenn."),
        ("Texas", "Tex."), ("Vermont", "Vt."), ("Virginia", "Va."), ("Washington", "Wash."),
        ("West Virginia", "W.Va. W.V."), ("Wisconsin", "Wis. Wisc."), ("Wyoming", "Wyo."),
    )
    for abbr in abbrs.split()
}


def is_known_place(key: str) -> bool:
    """Is the name key ``key`` a country, a US state or a widely known place?"""
    return key in COUNTRIES or key in US_STATES or known_kind(key) == "place"

#: The postal codes of the US states, read as a state only after a town and a comma ("Berea,
#: OH"): alone, "OR", "IN", "MO" or "LA" are often something else.
US_POSTAL_CODES = dict(zip(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
    "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split(),
    ("Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
     "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
     "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
     "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
     "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
     "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming"),
    strict=True,
))
#: The name keys of the fifty US states ("new hampshire", "iowa": news agencies abbreviate
#: only some of them).
US_STATES = frozenset(name_key(state) for state in US_POSTAL_CODES.values())
