"""The spaCy pipeline that finds what a document mentions.

spaCy's blank English pipeline (tokenizer, sentencizer) with no downloaded model, then one component,
``partygraph_mentions``, with two PhraseMatchers:

- entity names (``attr="ORTH"``): the graph's own names (labels, alternative labels, aliases, from
  the ``text-labels`` named query), each carrying the IRI it names, and the party names of
  ``patterns/parties.json`` the graph does not know yet; the longest match wins, as in spaCy's
  EntityRuler. (The EntityRuler itself was used before; its annotation step - a token scan per match
  and a write of ``doc.ents`` that this component then rewrites - cost ten times its PhraseMatcher.)
- lexicons (``attr="LOWER"``) of ``patterns/`` (role words, the head nouns of descriptions, groups
  and proposals, relation triggers) give anchors; the generic mentions are grown from them over plain
  token arrays: roles ("the acting leader", "the
  council leader"), definite descriptions ("the committee"), collectives ("more than 70 Labour council
  leaders"), proposals ("the deal", "a section 114 notice"), council groups; temporal expressions and
  "Labour-run council" are found by regular expressions over the text; runs of capitalised words no
  pattern claimed are read as people, places, organisations, named policies or newspapers. The
  relation triggers are kept on the doc (``doc.user_data["triggers"]``) for :mod:`.relations`.

Token-pattern Matchers are not used: with a state per pattern per token they cost most of the
extraction time; phrase lookups and a few Python checks around the anchors cost a fraction of it.

If a statistical English model happens to be installed (``en_core_web_sm`` ...), its tagger and NER
are not needed and not loaded: the rules must work without it, so they are the only path.

Building the pipeline costs one pass over the graph's names (about 1 s per 20k names); it is built
once per store version and shared (:func:`for_store`), with the lookups linking makes on that
version of the graph.
"""

from __future__ import annotations

import bisect
import json
import re
import threading
import weakref
from collections import defaultdict
from functools import cache
from pathlib import Path

import numpy
import spacy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, LOWER, ORTH, SENT_START
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ...graph.store import OxigraphStore
from ...ontology import uris
from ...ontology.namespaces import FOAF, ORG, PG
from .words import COUNCILLOR_TITLES, COUNTED_NOUNS

HERE = Path(__file__).resolve().parent
PATTERNS = HERE / "patterns"
#: What a document is read against: every graph but those of text documents (theirs start with this).
#: A document's facts then depend on the registers and reference data alone, not on which documents
#: were loaded before it: loading it again, or loading the corpus in another order, gives the same graph,
#: and a document's own earlier extraction never feeds the next.
TEXT_GRAPHS = str(uris.iri("graph/text/"))

#: Entity labels, by the classes a graph thing has (first match wins).
KIND_OF_TYPE: list[tuple[str, str]] = [
    (str(PG.CouncilGroup), "GROUP"),
    (str(PG.Council), "COUNCIL"),
    (str(PG.PoliticalParty), "PARTY"),
    (str(PG.PartyBody), "BODY"),
    (str(PG.Faction), "BODY"),
    (str(PG.Coalition), "BODY"),
    (str(FOAF.Person), "PERSON"),
    (str(ORG.Post), "POST"),
    (str(PG.Policy), "POLICY"),
    (str(PG.Ward), "WARD"),
    (str(ORG.FormalOrganization), "BODY"),
    (str(ORG.Organization), "BODY"),
    (str(ORG.OrganizationalUnit), "BODY"),
]

#: Surnames with a capital inside them: "MacNeil", "McAllister", "FitzGerald", "DeSouza".
_PREFIXED_NAME = re.compile(r"(?:Mc|Mac|Fitz|De|Di|La|Le)[A-Z][a-z]+")
#: Months that are also first names ("June Mummery", "April Preston"): names before a capitalised word.
FIRST_NAME_MONTHS = {"April", "May", "June"}
#: Stop words that are also first names ("Will Mylet").
FIRST_NAME_STOPS = {"Will"}
#: Words before a month that make it a date whatever follows: "in June", "last May", "since April".
DATE_PREPOSITIONS = {"in", "on", "since", "until", "till", "by", "from", "last", "next", "early", "late", "mid",
                     "of", "this", "that", "each", "every", "before", "after", "during", "between",
                     "through", "throughout", "end", "start", "beginning", "middle"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
HONORIFICS = {"Sir", "Dame", "Baroness", "Baron", "Lord", "Lady", "Dr", "Professor", "Prof", "Mr", "Mrs", "Ms",
              "Miss", "Councillor", "Cllr", "Cllr.", "Cllrs", "Cllrs.", "Coun", "Rev", "Revd", "Rt", "Hon"}
#: Honours and post-nominal letters after a person's name ("CBE", "DL"): read with the name, not counted as
#: a word of it, and dropped when it is linked. ("MP", "MSP" and "MEP" are roles the ruler reads, "the UKIP
#: MEP for the West Midlands"; after a name, and for the letters it does not read, "MLA", "AM", "MS", they
#: are honours here: "Naomi Long MLA" is Naomi Long.)
#: The titles of a seat's member, and the compass words that end a seat's name ("Blackpool South MP").
MEMBER_TITLES = {"MP", "MSP", "MLA", "MS", "AM"}
COMPASS = {"North", "South", "East", "West", "Central", "Northeast", "Northwest", "Southeast", "Southwest"}
POST_NOMINALS = {"CBE", "OBE", "MBE", "KBE", "DBE", "CB", "CMG", "KCMG", "DL", "JP", "KC", "QC", "FRS", "FRSE", "PC",
                 "BEM", "KCB", "GCB", "CH", "MLA", "MEP", "AM", "MS"}
#: Prefixes joined by a hyphen to a word in lower case inside a name ("the Co-operation Agreement").
HYPHEN_PREFIXES = {"Co", "Non", "Anti", "Pro", "Cross", "Inter"}
#: Verbs that, after the words of what looked like a portfolio's next item, show a clause instead.
CLAUSE_VERBS = {"is", "was", "has", "had", "will", "would", "said", "says", "becomes", "became"}
#: Addresses of government and councils that read like a person's name: a place (the words alone, "Street",
#: "Hall", are surnames too: Andy Street).
#: Places that, alone, stand for a seat of power in political text, not for the council of the place
#: ("two MPs at Westminster"); the council is "Westminster City Council" or "the City of Westminster".
SEATS_OF_POWER = {"Westminster"}
ADDRESSES = {"Downing Street", "Bute House", "Stormont Castle", "Cathays Park", "City Hall", "County Hall", "Town Hall",
             "Guildhall", "Holyrood"}
#: Plural heads of local parties and groups named after their place ("Ashfield Independents", "Thanet
#: Independents", "Havering Residents"): an organisation, not a person's name.
LOCAL_PARTY_HEADS = {"Independents", "Residents", "Ratepayers"}
#: Last words of a local party's name after a place and a party ("the Newark Conservative Association").
ASSOCIATION_HEADS = {"Association", "Federation"}
#: Last words of the name of a meeting or an assembly ("the party's Annual General Meeting", "Special Conference",
#: "the Central Council Meeting"): a gathering that decides, never a person's name.
MEETING_HEADS = {"Meeting", "Conference", "Congress", "Convention", "Hustings", "Assembly"}
PEERAGE = {"Lord", "Lady", "Baroness", "Baron"}  # "Lord Hutton": the title is part of how a peer is named
ORG_HEADS = {"Committee", "Council", "Party", "Union", "Board", "Group", "Panel", "Executive", "Association", "Administration",
             "Federation", "Congress", "Society", "Trust", "Foundation", "Commission", "Assembly", "Conference",
             "Government", "Cabinet", "Office", "Department", "Institute", "Left", "Forum", "Movement",
             "Campaign", "Network", "Alliance", "Coalition", "Authority", "Agency", "Company", "Ltd", "plc",
             "Parliament", "Senedd", "Court", "Tribunal", "Police", "Service", "Body"}
POLICY_HEADS = {"Agreement", "Pact", "Deal", "Plan", "Bill", "Act", "Vehicle", "Scheme", "Strategy", "Programme",
                "Review", "Report", "Notice", "Manifesto", "Project"}
POLICY_FIRST = {"Operation"}
NEWS_HEADS = {"Times", "Guardian", "Telegraph", "Mail", "Mirror", "Observer", "Standard", "Express", "Herald",
              "Post", "Echo", "Chronicle", "Gazette", "Scotsman", "Record", "News", "Sun", "Radio", "Television", "TV"}
CONNECTORS = {"of", "and", "for", "the", "on", "&"}
#: Words before a post's name that make it another office ("Deputy Leader of X" is not "Leader of X").
POST_MODIFIERS = {"deputy", "depute", "vice", "acting", "interim", "shadow", "assistant", "joint", "co"}
#: Nouns a person's name qualifies after "the" ("the Diane Abbott saga", "the Boris Johnson government"):
#: before them the name stays a person's, not an organisation's.
NAMED_AFTER = {"saga", "era", "government", "years", "camp", "affair", "row", "case", "administration", "leadership",
               "allies", "supporters", "loyalists"}
#: Lowercase particles inside a person's name, between a first name and a capitalised word ("Rhun ap Iorwerth",
#: "Luciana de Souza", "Mark van Dyke"): part of the name, not a break in it.
NAME_PARTICLES = {"ap", "ab", "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "bin", "al",
                  "le", "la", "ter"}
NUMBERS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
           "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
           "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "dozen", "dozens"]
COLLECTIVE_NOUNS = ["councillors", "mps", "msps", "ams", "mss", "mlas", "leaders", "members", "ministers", "peers",
                    "activists", "candidates", "officials", "officers", "trustees", "delegates", "commissioners",
                    "advisers", "rebels", "backbenchers", "men", "women", "pair"]
DEFINITE_HEADS = ["council", "authority", "committee", "board", "panel", "party", "group", "government",
                  "cabinet", "administration", "executive", "union", "body"]
#: Nouns for proposals, agreements and notices a body decides about ("the deal", "a section 114 notice").
THING_HEADS = ["deal", "agreement", "pact", "motion", "proposal", "plan", "budget", "notice", "policy", "scheme",
               "strategy", "programme", "bill", "amendment", "contract", "recommendation", "rules", "timetable",
               "shortlist", "longlist", "contest", "ballot", "manifesto", "procedures", "procedure", "arrangements"]
DETERMINERS = {"the", "its", "his", "her", "their"}
#: Heads that name a body on their own after a possessive ("the Green Party's executive").
BODY_HEADS = {"committee", "board", "panel", "executive"}
THING_DETERMINERS = {"the", "a", "an", "its", "their", "this", "that", "his", "her"}
#: Adjectives that make "the ADJ ... committee" a reference to a body named before ("the enlarged committee").
REFERRING_ADJECTIVES = {"enlarged", "new", "ruling", "national", "full", "whole", "local", "disciplinary",
                        "parliamentary", "governing", "executive", "same", "uk", "british"}
#: Kinds of council that make "the county council" a reference to a council named before (of that kind).
COUNCIL_TYPES = {"city", "county", "district", "borough", "town", "parish"}
NOT_MODIFIERS = {"of", "and", "or", "in", "on", "to", "for", "with", "by", "the", "a", "an", "that", "which", "who",
                 "was", "is", "were", "are", "has", "had", "have", "be", "been", "it", "he", "she", "they", "as",
                 "at", "from", "not", "this", "its", "his", "her", "their"}
QUANTITY_WORDS = {"more", "than", "over", "almost", "nearly", "some", "scores", "of", "a", "swathe", "number", "all",
                  "the", "several", "many", "own", "council", "local", "party", "'s", "’s", "its", "their", "his",
                  "her", "fewer", "about", "around", "-", *NUMBERS}
ROLE_QUALIFIERS = {"acting", "interim", "joint", "former", "national", "shadow", "outgoing", "new", "the", "a", "an",
                   "depute", "assistant",  # modifiers that make another office: "depute Lord Provost"
                   "next",  # "the party's next President": the office taken up
                   "its", "his", "her", "their", "deputy", "then"}
#: Verbs (not ending in -ed) that come before an office and are no part of it ("becomes minister").
VERBS_BEFORE_ROLE = {"becomes", "become", "became", "becoming", "remains", "remain", "serves", "serve", "whose",
                     "makes", "make", "made", "named", "is", "was"}
#: Words that end a portfolio after "cabinet member for": verbs and function words of the clause that goes on.
PORTFOLIO_STOPS = {"was", "is", "were", "are", "has", "had", "have", "will", "would", "who", "which", "that", "since",
                   "until", "from", "at", "on", "in", "to", "the", "a", "an", "and", "but", "said", "says", "becomes",
                   "became", "with", "as", "after", "before", "by", "of", "when", "while", "for", "resigned", "quit",
                   "stood", "left", "took", "told", "also", "lost", "won", "then", "now", "still"}
#: "no confidence in X": after these nouns "in" takes a person, not a place.
TRUST_NOUNS = {"confidence", "faith", "trust"}
PLACE_PREPOSITIONS = {"in", "at", "across", "near", "throughout", "around"}
SEAT_WORDS = {"councillor", "mp", "msp", "ms", "member", "am", "sits", "sat", "stood", "stands", "standing",
              "sitting", "candidate", "seat"}
PLACE_VERBS = {"represents", "represented", "representing", "represent", "contesting", "contested", "contest"}
SURNAME_NOT_AFTER = {"In", "On", "Since", "By", "Until", "From", "During", "Before", "After", "Early", "Late", "Mid",
                     "Last", "Next", "This", "Of"}

# ------------------------------------------------------------------ temporal expressions

_MONTH = "(?:" + "|".join(MONTHS) + ")"
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
_DAYNUM = r"(?:[12]?\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUM = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|\d{1,3})"
_UNIT = r"(?:days?|weeks?|fortnight|months?|years?|hours?|decades?)"
_PART = r"(?:morning|evening|night|afternoon)"
_PERIOD = r"(?:week|month|year|night|weekend|autumn|spring|summer|winter|morning|evening|afternoon|day)"
_SEASON = r"(?:spring|summer|autumn|winter)"
_PREP = r"(?:(?i:on|in|since|from|by|until|during|before|after|of)\s+)?"
_DATE_FORMS = [
    # "since the elections of May 2023", "since the borough elections on 4 May 2006": the election's date
    rf"(?i:since)\s+the\s+(?:[a-z]+\s+)?(?i:elections?)\s+(?i:of|on|in)\s+(?:{_WEEKDAY},?\s+)?(?:{_DAYNUM}\s+)?"
    rf"(?:{_MONTH}(?:,?\s+{_YEAR})?|{_YEAR})",
    r"(?i:yesterday|today|tomorrow|tonight)(?:['’]s)?",
    rf"(?:(?i:{_NUM})\s+)?(?i:{_UNIT})\s+(?i:ago)",
    rf"(?i:(?:earlier|later)\s+)?(?i:last|next|this|that)\s+(?i:{_PERIOD})",
    r"(?i:(?:earlier|later)\s+in\s+the\s+(?:week|month|year))",
    r"(?i:the\s+)?(?i:following|next|previous|same)\s+(?i:day|week|month|year|morning|evening|night|weekend|spring"
    r"|summer|autumn|winter)",
    r"(?i:the\s+)?(?i:day|week|month|year|night|morning|evening)\s+(?i:before|after|earlier|later)",
    rf"(?:(?i:{_NUM})\s+)?(?i:{_UNIT}|minutes)\s+(?i:later|earlier|before|after)",
    r"(?i:at|over)\s+the\s+(?i:weekend)",
    rf"(?i:(?:in\s+)?the\s+{_SEASON}(?:\s+of\s+{_YEAR})?)",
    rf"(?i:last|next|this)\s+(?:{_MONTH}|{_WEEKDAY})",
    rf"{_PREP}{_WEEKDAY}(?:,?\s+{_DAYNUM}\s+{_MONTH}(?:,?\s+{_YEAR})?)?(?:\s+(?i:{_PART}))?",
    rf"{_PREP}{_DAYNUM}\s+{_MONTH}(?:,?\s+{_YEAR})?",
    rf"{_PREP}{_MONTH}\s+{_DAYNUM}(?:,?\s+{_YEAR})",
    rf"{_PREP}(?:(?i:early|late|mid)[-\s]+)?{_MONTH}(?:,?\s+{_YEAR}|\s+(?i:last|next)\s+(?i:year))?",
    # "the Local Government Act 1999", "the 2011 Act": a year in a law's name is no time
    rf"(?<!\bAct\s){_PREP}{_YEAR}(?!\s+(?:Committee|Group|Club|Act|Agreement|Report)\b)",
]
DATE_RE = re.compile(r"(?<![\w£$€.,])(?:" + "|".join(_DATE_FORMS) + r")(?![\w%])")
#: The words a temporal expression has at least one of; the regular expression is tried only just
#: before them (scanned over the whole text it costs more than the rest of the pipeline).
DATE_ANCHORS = {m.lower() for m in MONTHS + WEEKDAYS} | {
    "yesterday", "today", "tomorrow", "tonight", "ago", "weekend", "spring", "summer", "autumn", "winter",
    "day", "days", "week", "weeks", "fortnight", "month", "months", "year", "years", "hours", "minutes", "night",
    "morning", "evening", "afternoon", "decade", "decades"}
_CENTURIES = {"18", "19", "20"}
#: Words a temporal expression can start with (besides numbers, months and weekdays).
DATE_STARTS = {"on", "in", "since", "from", "by", "until", "during", "before", "after", "of", "the", "a", "an", "one",
               "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several",
               "few", "yesterday", "today", "tomorrow", "tonight", "earlier", "later", "last", "next", "this", "that",
               "at", "over", "early", "late", "mid", "following", "previous", "same", "day", "week", "month", "year",
               "night", "morning", "evening", "hours", "minutes", "days", "weeks", "months", "years", "fortnight",
               "decade", "decades"} | {
    m.lower() for m in MONTHS + WEEKDAYS}
CONTROLLED_VERBS = {"run", "led", "controlled", "dominated"}
CONTROLLED_HEADS = {"council", "authority", "borough", "administration", "county"}


@cache
def portfolio_words() -> frozenset[str]:
    return frozenset(role_lexicon()["portfolio_words"])


@cache
def role_lexicon() -> dict:
    return json.loads((PATTERNS / "roles.json").read_text(encoding="utf-8"))


@cache
def _parties_file() -> dict:
    return json.loads((PATTERNS / "parties.json").read_text(encoding="utf-8"))


@cache
def party_names() -> dict[str, list[str]]:
    return {k: v for k, v in _parties_file().items() if not k.startswith("_")}


@cache
def party_units() -> dict[str, dict]:
    """The Scottish and Welsh parts of UK parties: slug -> {"party": parent slug, "names": [...]}."""
    return {k: v for k, v in _parties_file()["_units"].items() if not k.startswith("_")}


@cache
def trigger_lexicon() -> dict[str, list[str]]:
    data = json.loads((PATTERNS / "triggers.json").read_text(encoding="utf-8"))
    out: dict[str, list[str]] = {}
    for key, phrases in data.items():
        if key.startswith("_"):
            continue
        out[key] = [p.replace("{pos}", pos) for p in phrases for pos in (("his", "her", "their", "its")
                                                                         if "{pos}" in p else ("",))]
    return out


# ------------------------------------------------------------------ graph patterns

def graph_names(store: OxigraphStore | None) -> tuple[list[dict], dict[str, str], dict[str, set[str]]]:
    """EntityRuler patterns for every name of every thing of a kind we link to, the label of each IRI,
    and a surname index (last word of a person's name -> IRIs; not of those who held a national party's
    posts, see text-party-post-holders.rq). One scan of ``text-labels`` and one of the party posts,
    which leave out the graphs of text documents (see :data:`TEXT_GRAPHS`)."""
    if store is None:
        return [], {}, {}
    types: dict[str, set[str]] = defaultdict(set)
    names: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    for row in store.named("text-labels", text_graphs=TEXT_GRAPHS):
        thing, name = row["thing"].value, row["name"].value
        if "type" in row:
            types[thing].add(row["type"].value)
        names[thing].add(name)
        if row["preferred"].value == "true" and (thing not in labels or len(name) > len(labels[thing])):
            labels[thing] = name
    patterns: list[dict] = []
    surnames: dict[str, set[str]] = defaultdict(set)
    national = {row["person"].value for row in store.named("text-party-post-holders", text_graphs=TEXT_GRAPHS)}
    for thing, its_names in names.items():
        kind = next((k for t, k in KIND_OF_TYPE if t in types[thing]), None)
        if kind is None:
            continue
        for name in its_names:
            name = name.strip()
            if len(name) < 2 or (kind == "PERSON" and " " not in name) or (kind == "COUNCIL" and name in SEATS_OF_POWER):
                continue
            patterns.append({"label": kind, "pattern": name, "id": thing})
            if kind == "PERSON" and thing not in national:
                surnames[name.split()[-1]].add(thing)
        labels.setdefault(thing, min(its_names))
    patterns += _short_council_names(patterns)
    return patterns, labels, dict(surnames)


#: The words between a council's place and "Council" that a text may leave out ("Burnley Council" for
#: Burnley Borough Council).
_COUNCIL_STYLE = re.compile(r"^(?:The )?(.+?) (?:Metropolitan Borough|County Borough|Royal Borough|Borough|City|"
                            r"District|County) Council$")


#: Any council's name, its place before "Council" ("Gwynedd Council").
_PLAIN_COUNCIL = re.compile(r"^(?:The )?(.+?) Council$")


#: A London borough's or a city's name that puts the place last: "London Borough of Barnet", "City of
#: Westminster".
_BOROUGH_STYLE = re.compile(r"^(?:The )?(London Borough|Royal Borough|City) of ([A-Z][A-Za-z ]+)$")


def _short_council_names(patterns: list[dict]) -> list[dict]:
    """"Burnley Council" for Burnley Borough Council, "Bristol Council" for Bristol City Council: the
    short name a text uses for a council the graph names in full, when no other thing has that name and
    only one council shortens to it."""
    taken = {p["pattern"] for p in patterns}
    short: dict[str, set[str]] = defaultdict(set)
    for p in patterns:
        if p["label"] == "COUNCIL" and isinstance(p["pattern"], str):
            m = _COUNCIL_STYLE.match(p["pattern"])
            if m is not None:
                short[f"{m.group(1)} Council"].add(p["id"])
            m = m or _PLAIN_COUNCIL.match(p["pattern"])
            if m is not None and "/W06" in p["id"]:
                # "Cyngor Gwynedd": a Welsh council by its Welsh style, where the place's name is the same
                short[f"Cyngor {m.group(1)}"].add(p["id"])
            m = _BOROUGH_STYLE.match(p["pattern"])
            if m is not None:
                # "Barnet Council", "Westminster City Council", "Kingston Council" (the Royal Borough of
                # Kingston upon Thames calls itself so)
                place = m.group(2)
                for name in (place, place.split(" upon ")[0]):
                    short[f"{name} Council"].add(p["id"])
                if m.group(1) == "City":
                    short[f"{place} City Council"].add(p["id"])
    return [{"label": "COUNCIL", "pattern": name, "id": next(iter(ids))} for name, ids in sorted(short.items())
            if len(ids) == 1 and name not in taken]


def name_index(patterns: list[dict]) -> dict[str, set[tuple[str, str]]]:
    """Normalised name -> {(IRI, label)}, for exact lookups of names not met verbatim in a text."""
    from ...graph.lookup import normalise

    index: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for p in patterns:
        index[normalise(p["pattern"])].add((p["id"], p["label"]))
    return dict(index)


def party_patterns(known_names: set[str]) -> list[dict]:
    """Party names (and the Scottish and Welsh parties) the graph does not know, for an empty graph."""
    out = [{"label": "PARTY", "pattern": name, "id": f"party:{slug}"}
           for slug, names in party_names().items() for name in names if name not in known_names]
    out += [{"label": "PARTY", "pattern": name, "id": f"unit:{slug}"}
            for slug, unit in party_units().items() for name in unit["names"] if name not in known_names]
    return out


# ------------------------------------------------------------------ the mentions component

class Arrays:
    """A doc's tokens as plain lists, read in one ``Doc.to_array`` call: the rules index these lists
    instead of making a spaCy Token object per look (which costs more than all the rules).

    Sentences: the sentencizer's, with two changes for text read a document (not a paragraph) at a
    time: a blank line starts a new paragraph and so a new sentence (a heading has no full stop), and
    a sentence never starts on a whitespace token (it starts at the word after it)."""

    __slots__ = (
        "ends",
        "idx",
        "label",
        "lowers",
        "n",
        "paragraphs",
        "sent_first",
        "sentences",
        "starts",
        "text",
        "words",
    )

    def __init__(self, doc: Doc):
        # Doc.text joins a Token per token on every read; the tokenizer keeps the text it was given.
        self.text = text = doc.user_data.get("text") or doc.text
        array = doc.to_array([IDX, LENGTH, SENT_START, IS_SPACE])
        # one column at a time, as int64: a strided uint64 slice converts to Python ints slowly
        self.idx = array[:, 0].astype(numpy.int64).tolist()
        self.ends = (array[:, 0] + array[:, 1]).astype(numpy.int64).tolist()
        self.words = words = [text[a:b] for a, b in zip(self.idx, self.ends)]
        self.lowers = [w.lower() for w in words]
        self.n = n = len(self.idx)
        self.label: list[str | None] = [None] * n  # the label of the mention each token is in
        firsts = set(numpy.flatnonzero(array[:, 2] == 1).tolist())
        breaks = []
        lines = not _hard_wrapped(text)
        for i in numpy.flatnonzero(array[:, 3]).tolist():
            if i in firsts:
                firsts.discard(i)
                if i + 1 < n:
                    firsts.add(i + 1)
            newlines = words[i].count("\n")
            if newlines >= 2 and i + 1 < n:
                firsts.add(i + 1)
                breaks.append(i + 1)
            elif newlines == 1 and lines and i + 1 < n and not words[i + 1][:1].islower():
                firsts.add(i + 1)  # a line of its own: a signature, a list item, a minute's heading
        if n:
            firsts.add(0)
        ordered = sorted(firsts)
        self.starts = starts = [False] * n
        for i in ordered:
            starts[i] = True
        self.sentences = list(zip(ordered, ordered[1:] + [n]))  # (start, end) token ranges
        self.sent_first = ordered  # the first token of each sentence, in order
        # the paragraph (counted from 0 in this doc) each sentence is in
        self.paragraphs = [bisect.bisect_right(breaks, i) for i in ordered]

    def title(self, i: int) -> bool:
        w = self.words[i]
        # ("MacNeil", "McAllister": a surname's own capital inside it)
        return w[:1].isupper() and (w.istitle() or _PREFIXED_NAME.fullmatch(w) is not None)

    def token_range(self, start_char: int, end_char: int) -> tuple[int, int] | None:
        """The tokens covering exactly [start_char, end_char), or None when the span cuts a token."""
        a = bisect.bisect_left(self.idx, start_char)
        if a >= self.n or self.idx[a] != start_char:
            return None
        b = bisect.bisect_left(self.ends, end_char)
        if b >= self.n or self.ends[b] != end_char:
            return None
        return a, b + 1


def _hard_wrapped(text: str) -> bool:
    """Whether the text breaks its lines inside sentences (a quarter or more of its single line breaks go
    on in lower case), so that a line break is no sentence break. Unwrapped text (one line per paragraph,
    signature lines, list items) breaks sentences at every line break. Cost: one regex pass."""
    singles = _SINGLE_BREAK.findall(text)
    return bool(singles) and sum(1 for c in singles if c.islower()) * 4 >= len(singles)


_SINGLE_BREAK = re.compile(r"(?<=[^\n])\n[ \t]*([^\s])")


def _place_start(a: Arrays, end: int, ruled_at: dict) -> int:
    """Where the place name ending before ``end`` starts: a council or place the graph knows, or capitalised
    words, "and" between two ("Halesowen and Rowley Regis"); ``end`` when there is none."""
    start = end
    while start > 0 and not a.starts[start - 1]:
        left = ruled_at.get(start - 1)
        if left is not None:
            if left.label_ not in ("COUNCIL", "PLACE"):
                break
            start = left.start
        elif a.title(start - 1) and a.lowers[start - 1] not in STOP_WORDS:
            start -= 1
        elif a.lowers[start - 1] == "and" and start < end and start >= 2 and not a.starts[start - 2] and \
                (a.title(start - 2) or start - 2 in ruled_at):
            start -= 1  # "Halesowen and Rowley Regis"
        else:
            break
    return start


def _named_of(a: Arrays, head: int, ruled_at: dict) -> int | None:
    """Where the name ends that a capitalised head opens with "of" and a capitalised name the graph does not
    know ("Board of Deputies of British Jews"); None for a lowercase head, one at a sentence's start, or one
    of a name the graph knows ("the Board of the Conservative Party")."""
    end = head + 1
    if a.starts[head] or not a.title(head) or end + 1 >= a.n or a.lowers[end] != "of" or not a.title(end + 1) \
            or end + 1 in ruled_at:
        return None
    end += 2
    while end < a.n and end not in ruled_at and (a.title(end) or a.lowers[end] in ("of", "and") and
                                                 end + 1 < a.n and a.title(end + 1) and end + 1 not in ruled_at):
        end += 1
    return end


def _capitalised(w: str) -> bool:
    if not w[:1].isupper() or not any(c.isalpha() for c in w):
        return False
    return w.istitle() or (w.isupper() and 2 <= len(w) <= 6) or bool(re.match(r"^(Mc|Mac|O')[A-Z]", w))


ANCHORS = {"ROLE", "GOVROLE", "RHEAD", "DEFHEAD", "THING", "COLL"}
#: Words before a one-word council name that belong to the place ("County Durham"), and before a
#: one-word party name that name part of the party ("Scottish Conservative"), rather than making a
#: longer name of their own.
PLACE_QUALIFIERS = {"County", "City", "Greater", "North", "South", "East", "West", "Mid", "Central", "Royal", "Borough",
                    "Metropolitan", "London", "Upper", "Lower", "Great", "Inner", "Outer"}
PARTY_QUALIFIERS = {"Scottish", "Welsh", "English", "British", "Northern", "Irish", "Ulster", "Cornish", "Young", "New",
                    "Old", "Official", "London"}
#: Words after a one-word council name that still name the council (or the area) it is.
COUNCIL_TAILS = {"Council", "City", "County", "Borough", "District", "Metropolitan", "Town", "Unitary", "Combined",
                 "Authority", "Mayor", "Labour", "Conservative", "Conservatives", "Tories", "Liberal", "Lib", "Green",
                 "Greens", "Reform", "Independent", "Independents"}


#: Heads an authority's name may open with: "Royal Borough of Kensington and Chelsea", "City of Edinburgh".
HEAD_FIRST = {"Borough", "City", "County", "Council", "Union", "Federation", "Association", "Society"}


def _head_first(a: Arrays, start: int, cut: int | None) -> bool:
    """Whether the run of capitalised words at ``start`` is a name that opens with its head, the
    head just before its first "of": "Royal Borough of Kensington and Chelsea" is one authority,
    where "Jim Kennedy of Unite" is two names."""
    if cut is None:
        cut = next((k for k in range(a.n - start) if a.lowers[start + k] in CONNECTORS), None)
    return bool(cut) and a.lowers[start + cut] == "of" and a.words[start + cut - 1] in HEAD_FIRST


def _hyphen_chain(a: Arrays, k: int) -> int | None:
    """The last token of a hyphenated name going on from ``k`` ("-on-Trent" in "Stoke-on-Trent"), or
    None: hyphens with no space either side, ending on a capitalised word."""
    last = None
    while k + 1 < a.n and a.words[k] == "-" and a.ends[k - 1] == a.idx[k] and a.ends[k] == a.idx[k + 1]:
        word = a.words[k + 1]
        if word[:1].isupper() or a.words[k - 1] in HYPHEN_PREFIXES and k + 2 < a.n and a.words[k + 2][:1].isupper():
            last = k + 1  # (and "Co-operation Agreement": a prefix's word in a name)
        elif a.lowers[k + 1] not in ("on", "upon", "under", "le", "in", "by", "super", "de", "en", "sur"):
            break
        k += 2
    return last


def _after_councillors_title(a: Arrays, start: int) -> bool:
    """Whether the word at ``start`` follows a councillor's title the ruler read as an office: "Councillor
    Harker", or a surname of a list after "Councillors" ("Councillors Lamb, Elliott and Wilford")."""
    k = start - 1
    while k > 0 and a.lowers[k] in (",", "and") and a.label[k - 1] == "SURNAME":
        k -= 2  # back over "Lamb," and "Elliott and"
    return a.label[k] == "ROLE" and a.words[k] in COUNCILLOR_TITLES and k == start - 1 or \
        a.label[k] in ("ROLE", "COLLECTIVE") and a.words[k] in ("Councillors", "Cllrs")


def _plural_title(a: Arrays, k: int, ruled_at: dict) -> bool:
    """Whether "councillors" at ``k`` titles the names straight after it ("councillors Waheed Akbar and Asif
    Masood"): a capitalised word follows that the graph's ruler read as no council, party or body."""
    if a.lowers[k] not in ("councillors", "cllrs") or k + 1 >= a.n or not a.title(k + 1) or \
            a.lowers[k + 1] in ("mr", "mrs", "ms", "miss"):
        return False  # ("an email to councillors Mr Smith sent": the addressees, then the sender)
    ruled = ruled_at.get(k + 1)
    return ruled is None or ruled.label_ == "PERSON"


def _month_as_first_name(a: Arrays, k: int) -> bool:
    """Whether the month at ``k`` may be a first name ("June Mummery"): one that is a name too, not after a
    word that makes it a date ("in June", "last May")."""
    return a.words[k] in FIRST_NAME_MONTHS and (k == 0 or a.lowers[k - 1] not in DATE_PREPOSITIONS)


def _embedded(a: Arrays, start: int, end: int, label: str, taken: set[int]) -> bool:
    """Whether a one-word council or party name matched from the graph is only part of a longer name:
    a person's ("Simon Hart", "Lloyd Russell-Moyle"), a constituency's ("Derby North", "Chingford and
    Woodford Green") or another organisation's ("Ashfield Independents", "Durham Police")."""
    words, lowers = a.words, a.lowers
    if label == "COUNCIL" and end < a.n and words[end] in COMPASS and a.ends[end - 1] < a.idx[end]:
        return True  # "Stoke-on-Trent North": a constituency
    if label == "COUNCIL" and all(w in COMPASS for w in words[start:end]) and start and a.title(start - 1) \
            and start - 1 not in taken and lowers[start - 1] not in STOP_WORDS:
        return True  # "councillor for Thatcham North East": a ward's name, not the North East's authority
    if end - start != 1 or label not in ("COUNCIL", "PARTY", "WARD"):
        return False
    if label == "WARD":
        # a one-word ward name ("Wales", "Central", "Park") is read as a ward only before "ward"
        return not (end < a.n and lowers[end] in ("ward", "division"))
    if start >= 2 and words[start - 1] == "-" and a.title(start - 2):
        return True  # "Russell-Moyle"
    if label == "COUNCIL" and start >= 2 and lowers[start - 1] == "in" and lowers[start - 2] in VENUE_WORDS:
        return True  # "the annual meeting of the full council in Melton": where it met, a town
    if start and a.title(start - 1) and start - 1 not in taken and words[start - 1] not in HONORIFICS \
            and lowers[start - 1] not in STOP_WORDS and lowers[start - 1] not in DATE_STARTS \
            and words[start - 1] not in (PLACE_QUALIFIERS if label == "COUNCIL" else PARTY_QUALIFIERS):
        return True
    # "Derby North", "Ashfield Independents"
    return label == "COUNCIL" and end < a.n and a.title(end) and end not in taken and \
        words[end] not in COUNCIL_TAILS and lowers[end] not in STOP_WORDS and lowers[end] not in DATE_STARTS


#: Words before "in PLACE" that make the place where something met, not a council of that name.
VENUE_WORDS = {"meeting", "meetings", "conference", "met", "held", "council", "chamber", "hall", "offices", "rally",
               "hustings", "convened", "gathered"}

#: Words between a council's place name and "Council" ("Kensington and Chelsea Borough Council").
_COUNCIL_KINDS = {"City", "County", "Borough", "District", "Metropolitan", "Town"}


def _council_word_after(a: Arrays, end: int) -> int:
    """The end of a council's name matched by its place ("Hammersmith and Fulham") over the words
    naming it a council that follow ("... Council", "... Borough Council"), so "Council" is not read
    as a second organisation; ``end`` itself when none follow."""
    k = end
    while k < a.n and a.words[k] in _COUNCIL_KINDS:
        k += 1
    return k + 1 if k < a.n and a.words[k] == "Council" and a.words[end - 1] != "Council" else end


class Mentions:
    """The ``mentions`` pipeline component (see the module docstring)."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.vocab = nlp.vocab
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.name_keys: dict[int, tuple[str, str]] = {}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        make = nlp.make_doc
        roles = role_lexicon()
        self.portfolio_roles = set(roles["portfolio_roles"])
        lexicon: dict[str, list[str]] = {
            "ROLE": list(roles["roles"]),
            "GOVROLE": roles["government_roles"],
            "RHEAD": roles["portfolio_heads"],
            "DEFHEAD": DEFINITE_HEADS,
            "THING": THING_HEADS,
            "COLL": COLLECTIVE_NOUNS,
            **trigger_lexicon(),
        }
        for key, phrases in lexicon.items():
            self.matcher.add(key, [make(p) for p in phrases])
        self.keys = {self.vocab.strings[k]: k for k in lexicon}

    def add_names(self, patterns: list[dict]) -> None:
        """Entity names: ``{"label": kind, "pattern": name, "id": IRI or party:slug}``."""
        by_key: dict[str, list[str]] = defaultdict(list)
        for p in patterns:
            by_key[f"{p['label']}\x1f{p['id']}"].append(p["pattern"])
        tokenizer = self.nlp.tokenizer
        for key, names in by_key.items():
            self.names.add(key, [tokenizer(n) for n in names])
            self.name_keys[self.vocab.strings[key]] = tuple(key.split("\x1f"))  # type: ignore[assignment]

    def _named(self, doc: Doc, a: Arrays) -> list[Span]:
        """The entity names in ``doc``, longest first where they overlap, without one-word council and
        party names that are part of a longer name ("Simon Hart", "Woodford Green", "Derby North")."""
        matches = sorted(self.names(doc), key=lambda m: (m[1] - m[2], m[1]))
        taken: set[int] = set()
        out = []
        for key_id, start, end in matches:
            if any(i in taken for i in range(start, end)):
                continue
            label, ident = self.name_keys[key_id]
            if label == "POST" and start > 0 and a.lowers[start - 1] in POST_MODIFIERS:
                continue  # "Deputy Leader of the Labour Party": another office, which the role patterns read
            if label == "COUNCIL":
                end = _council_word_after(a, end)
            out.append(Span(doc, start, end, label=label, span_id=ident))
            taken.update(range(start, end))
        return sorted((s for s in out if not _embedded(a, s.start, s.end, s.label_, taken)), key=lambda s: s.start)

    def __call__(self, doc: Doc) -> Doc:
        a = Arrays(doc)
        doc.user_data["arrays"] = a
        anchors: dict[str, list[tuple[int, int]]] = defaultdict(list)
        triggers: list[tuple[str, int, int]] = []
        for key_id, start, end in self.matcher(doc):
            key = self.keys[key_id]
            if key in ANCHORS:
                anchors[key].append((start, end))
            else:
                triggers.append((key, start, end))
        doc.user_data["triggers"] = triggers
        ruled = self._named(doc, a)
        spans = filter_spans(self._generic(doc, a, anchors, ruled) + ruled)
        for s in spans:
            for i in range(s.start, s.end):
                a.label[i] = s.label_
        spans += self._names(doc, a)
        doc.ents = sorted(spans, key=lambda s: s.start)
        return doc

    # -- generic mentions

    def _generic(self, doc: Doc, a: Arrays, anchors: dict, ruled: list[Span]) -> list[Span]:
        ruled_at = {i: s for s in ruled for i in range(s.start, s.end)}
        out: list[Span] = []
        words, lowers = a.words, a.lowers
        for start, end in self._dates(a):
            # "Theresa May": a capitalised "May" after a name is a surname, not the month.
            if end - start == 1 and words[start] == "May" and start > 0 and (
                    start - 1 in ruled_at or (a.title(start - 1) and words[start - 1] not in SURNAME_NOT_AFTER
                                              and lowers[start - 1] not in STOP_WORDS)):
                continue
            # "June Mummery accused": a month that is also a first name, before a capitalised word and not
            # after a date's preposition ("in June Labour lost"), is a name.
            if end - start == 1 and _month_as_first_name(a, start) and end < a.n and a.title(end) and \
                    end not in ruled_at and words[end] not in MONTHS and words[end] not in WEEKDAYS and \
                    lowers[end] not in STOP_WORDS:
                continue
            # "yesterday's Sunday Times": a weekday before a newspaper's name is part of the name.
            if end < a.n and words[end] in NEWS_HEADS and words[end - 1] in WEEKDAYS:
                continue
            out.append(Span(doc, start, end, label="DATE"))
        local = range(1, a.n) if not LOCAL_PARTY_HEADS.isdisjoint(words) else ()  # (a look only where one is)
        for i in local:
            # "the Hastings Independents", "the City Independents": a local party named after its place, one
            # organisation (not the council of that place beside independents at large)
            if words[i] in LOCAL_PARTY_HEADS and a.title(i - 1) and not a.starts[i - 1] and \
                    words[i - 1] not in PARTY_QUALIFIERS and lowers[i - 1] not in STOP_WORDS:
                start = i - 1
                while start > 0 and a.title(start - 1) and not a.starts[start - 1] and lowers[start - 1] not in STOP_WORDS:
                    start -= 1
                end = i + 1
                while end < a.n and words[end] in ("Association", "Group", "Party", "Alliance", "Forum"):
                    end += 1  # "Havering Residents Association"
                out.append(Span(doc, start, end, label="ORG"))
        for i in range(2, a.n) if not ASSOCIATION_HEADS.isdisjoint(words) or "Party" in words else ():
            party = ruled_at.get(i - 1)
            if words[i] in ASSOCIATION_HEADS and party is not None and party.label_ == "PARTY":
                # "the South Derbyshire Conservative Association", "Bexhill and Battle Conservative
                # Association": the local party of that place, one organisation (not the council, the
                # national party and an association of no one)
                start = _place_start(a, party.start, ruled_at)
                if start < party.start:
                    out.append(Span(doc, start, i + 1, label="ORG"))
            elif words[i] == "Party" and i not in ruled_at and a.title(i - 1) and i - 1 not in ruled_at:
                # "the West Dunbartonshire Community Party": a party named after its place, one party
                named = i - 1
                while named > 0 and a.title(named - 1) and named - 1 not in ruled_at and not a.starts[named - 1]:
                    named -= 1
                start = _place_start(a, named, ruled_at)
                if start < named:
                    out.append(Span(doc, start, i + 1, label="ORG"))
        for i in range(2, a.n - 1):
            # "the Labour-run council", "a Conservative-led authority"
            # "Labour-run Liverpool": a place named after it (the span ends at the verb; the name is read
            # as the council it names, if the graph knows one)
            if lowers[i] not in CONTROLLED_VERBS or words[i - 1] != "-":
                continue
            council = ruled_at.get(i + 1)
            # ("the Labour-run City of Wolverhampton Council": a council's name, though it opens with "City")
            named = a.title(i + 1) and not a.starts[i + 1] and (
                lowers[i + 1] not in CONTROLLED_HEADS or
                council is not None and council.label_ == "COUNCIL" and council.start == i + 1)
            if (lowers[i + 1] in CONTROLLED_HEADS or named) and (a.title(i - 2) or i - 2 in ruled_at):
                start = ruled_at[i - 2].start if i - 2 in ruled_at else i - 2
                while start > 0 and a.title(start - 1) and (start - 1) not in ruled_at and not a.starts[start - 1]:
                    start -= 1
                if start > 0 and lowers[start - 1] in ("the", "a", "an"):
                    start -= 1
                out.append(Span(doc, start, i + 1 if named else i + 2, label="CONTROLLED"))
        for start, end in anchors["ROLE"] + anchors["GOVROLE"]:
            if lowers[start] == "candidate" and start > 0 and lowers[start - 1] in ("a", "an"):
                continue  # "a candidate": not someone's office
            if end - start == 1 and lowers[start] == "deputy" and end < a.n and lowers[end] in ("chief", "first"):
                continue
            if lowers[start] == "elected" and end - start > 1 and start > 0 and lowers[start - 1] in (
                    "be", "been", "was", "were", "is", "are", "being"):
                start += 1  # "be elected Mayor": the verb and the office, not the office "elected mayor"
            start = self._role_start(a, start, end)
            if any(" ".join(lowers[k:end]) in self.portfolio_roles for k in range(start, end)):
                end = self._portfolio_after(a, end, ruled_at)
            out.append(Span(doc, start, end, label="ROLE"))
        for start, end in anchors["RHEAD"]:
            span = self._portfolio(a, start, end, ruled_at)
            if span is not None:
                out.append(Span(doc, span[0], span[1], label="ROLE"))
        for start, _ in anchors["DEFHEAD"]:
            named = _named_of(a, start, ruled_at)
            if named is not None:
                # "the Board of Deputies of British Jews", "the Council of Europe": a body's own name, which
                # the graph does not know, not a reference to a board or a council in context
                out.append(Span(doc, start, named, label="ORG"))
                continue
            d = self._described(a, start, DETERMINERS, ruled_at)
            if d is None:
                d = self._possessed(a, start, ruled_at)
            if d is None:
                d = self._party_body(a, start, ruled_at)
            if d is not None:
                out.append(Span(doc, d, start + 1, label="DEF"))
            # ("the Labour opposition group": the party's group, as "the Labour group" is)
            owner = start - 1 - (start > 1 and lowers[start - 1] in ("opposition", "minority", "majority")
                                 and start - 2 in ruled_at and ruled_at[start - 2].label_ == "PARTY")
            if lowers[start] == "group" and start > 0 and (a.title(owner) or owner in ruled_at):
                first = ruled_at[owner].start if owner in ruled_at else owner
                first = self._named_group_start(a, first, ruled_at)
                first = self._joint_group_start(a, first, start, ruled_at)
                if first > 0 and lowers[first - 1] == "the":
                    first -= 1
                out.append(Span(doc, first, start + 1, label="GROUP", span_id="generic:group"))
        for start, _ in anchors["THING"]:
            d = self._described(a, start, THING_DETERMINERS, ruled_at, things=True)
            if d is not None:
                end = start + 1
                # "the rules of the contest": a short of-phrase belongs to the noun
                if end + 2 < a.n and lowers[end] == "of" and lowers[end + 1] in ("the", "a") and \
                        words[end + 2].isalpha() and words[end + 2].islower() and end + 2 not in ruled_at:
                    end += 3
                out.append(Span(doc, d, end, label="THING"))
        for start, _ in anchors["COLL"]:
            if lowers[start] in COUNTED_NOUNS:
                if start > 0 and lowers[start - 1] in COUNTED_NOUNS[lowers[start]]:
                    out.append(Span(doc, start - (lowers[start] != "pair"), start + 1, label="COLLECTIVE"))
                continue
            if _plural_title(a, start, ruled_at):
                # "Councillors Beca Brown and Dafydd Meurig resigned", "deselected councillors Waheed Akbar and
                # Asif Masood": a title of the names after it, as "Councillor" is, not a group of its own
                out.append(Span(doc, start, start + 1, label="ROLE"))
                continue
            out.append(Span(doc, self._collective_start(a, start, ruled_at), start + 1, label="COLLECTIVE"))
        return out

    @staticmethod
    def _named_group_start(a: Arrays, first: int, ruled_at: dict) -> int:
        """Where a named group begins: every capitalised word before its last one ("the European
        Research Group", "the Socialist Campaign Group", "the Northern Independent Group"), not only
        the word just before "Group". Stops at a word another pattern claimed, a stop word, a date word
        or a sentence start that is no part of the name."""
        while first > 0 and a.title(first - 1) and first - 1 not in ruled_at and not a.starts[first] and \
                a.lowers[first - 1] not in STOP_WORDS and a.words[first - 1] not in MONTHS and \
                a.words[first - 1] not in WEEKDAYS and a.words[first - 1] not in HONORIFICS:
            first -= 1
        return first

    @staticmethod
    def _joint_group_start(a: Arrays, first: int, head: int, ruled_at: dict) -> int:
        """Where a joint group begins: "the Green and Independent group", "the Green, Liberal Democrat and
        Independent group", "the Conservative and Unionist group" (one group, its singular head names
        the members' parties together). "the Labour and Conservative groups", plural, are two groups,
        and so are "the Labour and Conservative group leaders" (the head a modifier of a plural)."""
        if a.lowers[head] != "group" or (head + 1 < a.n and a.words[head + 1].isalpha() and
                                         a.words[head + 1].islower() and a.lowers[head + 1].endswith("s")):
            return first  # "the Conservative and Labour group leaders": each group's leader
        k = first
        while k >= 2 and a.lowers[k - 1] in ("and", ",", "&"):
            prev = k - 2
            if not (a.title(prev) or prev in ruled_at) or a.starts[k - 1]:
                break
            k = ruled_at[prev].start if prev in ruled_at else prev
            if a.lowers[first - 1] == "," and a.lowers[k - 1] not in ("and", ","):
                break
        # a list needs its "and": "Labour, Green group" is no joint name
        return k if "and" in a.lowers[k:first] or "&" in a.lowers[k:first] else first

    @staticmethod
    def _dates(a: Arrays) -> list[tuple[int, int]]:
        """Token ranges of the temporal expressions: DATE_RE tried at the few token starts before
        each anchor word, earliest first, the first match that reaches the anchor kept."""
        out: list[tuple[int, int]] = []
        covered = -1
        lowers, idx = a.lowers, a.idx
        for i, low in enumerate(lowers):
            if i <= covered or not (low in DATE_ANCHORS or (len(low) == 4 and low.isdigit() and low[:2] in _CENTURIES)):
                continue
            first = max(covered + 1, i - 6, 0)  # ("since the local elections on 7 May")
            for j in range(first, i + 1):
                if not (lowers[j] in DATE_STARTS or lowers[j][:1].isdigit()):
                    continue
                m = DATE_RE.match(a.text, idx[j])
                if m is None or m.end() < a.ends[i]:
                    continue
                r = a.token_range(m.start(), m.end())
                if r is not None:
                    out.append(r)
                    covered = r[1] - 1
                    break
        return out

    @staticmethod
    def _role_start(a: Arrays, start: int, end: int) -> int:
        """Grow a role leftwards over its qualifiers ("the acting leader") and "the council leader"."""
        lowers = a.lowers
        while start > 0 and lowers[start - 1] in ROLE_QUALIFIERS and not (
                lowers[start - 1] == "deputy" and end - start == 1 and lowers[start] == "deputy"):
            start -= 1
        if start > 1 and lowers[start - 1] in ("council", "party", "group") and lowers[start - 2] in DETERMINERS:
            start -= 2
        return start

    @staticmethod
    def _portfolio_after(a: Arrays, end: int, ruled_at: dict) -> int:
        """Where "cabinet member for families, parks and leisure" ends: "for" and a list of portfolio
        words (each item one to four words, all lower case or all capitalised, as the first item is;
        joined by commas and a last "and"), stopping at a verb or a function word ("..., was elected").
        Returns ``end`` unchanged when no portfolio follows."""
        lowers, words = a.lowers, a.words
        if end + 1 >= a.n or not (lowers[end] == "for" or (lowers[end] == "of" and lowers[end - 1] == "minister")):
            return end  # "Minister of Justice" as well as "Minister for Justice"
        if lowers[end + 1] == "the" and end + 2 < a.n and a.title(end + 2) and (end + 2) not in ruled_at:
            end += 1  # "Minister for the Economy": the portfolio's own article
        titled = a.title(end + 1)
        known = portfolio_words()
        if lowers[end - 1] in ("minister", "secretary", "state") and (
                lowers[end - 2] in ("prime", "first") or not (titled or lowers[end + 1] in known)):
            return end  # "First Minister for just a year": a government office's portfolio is named

        def name_at(i: int) -> bool:
            # "Minister for Social Partnership Hannah Blythyn": two capitalised words that are no
            # portfolio's are the holder's name, not more of the portfolio
            return titled and i + 1 < a.n and a.title(i) and a.title(i + 1) and \
                lowers[i] not in known and lowers[i + 1] not in known

        def word(k: int) -> bool:
            return k < a.n and k not in ruled_at and (words[k].isalpha() or lowers[k] in ("'s", "’s") or (
                lowers[k] in ("'", "’") and lowers[k - 1].endswith("s") and k + 1 < a.n and words[k + 1].isalpha())) and \
                lowers[k] not in PORTFOLIO_STOPS and words[k] not in HONORIFICS and \
                (a.title(k) == titled or lowers[k] in ("'s", "’s") or (titled and words[k].isupper()))  # "SEND"

        def short_item(k: int) -> bool:
            i = k
            while word(i) and i - k < 3:
                i += 1
            return i - k <= 2 and i < a.n and lowers[i] in (",", "and")

        def clause_at(k: int) -> bool:
            # "..., and Eluned is Minister for ...": the words after the comma open a clause of their own
            i = k
            while word(i) and i - k < 4:
                i += 1
            return i < a.n and lowers[i] in CLAUSE_VERBS

        def item_then_list(k: int, depth: int = 0) -> bool:
            # "Finance, Mark Drakeford, spoke" is no list: the items after a comma must end in "and"
            i = k
            while word(i) and i - k < 4:
                i += 1
            if i < a.n and lowers[i] == "and":
                return True
            return depth < 6 and i + 1 < a.n and lowers[i] == "," and (
                lowers[i + 1] == "and" or (word(i + 1) and item_then_list(i + 1, depth + 1)))

        k, last = end + 1, end
        while word(k):
            i = k
            while word(i) and i - k < 4 and not (i > k and name_at(i)):
                i += 1
            last = i
            if i < a.n and lowers[i] == "and" and word(i + 1):
                k = i + 1
            elif i + 1 < a.n and lowers[i] == "," and lowers[i + 1] == "and" and word(i + 2) and not name_at(i + 2) \
                    and not clause_at(i + 2):
                k = i + 2  # (not "for Health and Social Services, and Eluned is Minister": a clause after it)
            elif i + 1 < a.n and lowers[i] == "," and word(i + 1) and (titled or lowers[i + 1] in known or
                                                                      short_item(i + 1)) and item_then_list(i + 1):
                # "families, parks and leisure": a comma goes on only into a list that ends in "and", of
                # portfolio words or short items ("for transport, also lost his seat and ..." is no list)
                k = i + 1
            else:
                break
        return last

    @staticmethod
    def _portfolio(a: Arrays, start: int, end: int, ruled_at: dict) -> tuple[int, int] | None:
        """"health secretary", "shadow chancellor", "the Levelling Up Secretary": a portfolio before its head."""
        words, lowers = a.words, a.lowers
        lexical = Mentions._portfolio_words(a, start)
        if lexical < start:
            return Mentions._role_start(a, lexical, end), end
        head_title = a.title(start)
        j = start
        while j > 0 and j - start > -3 and (j - 1) not in ruled_at:
            w = words[j - 1]
            if lowers[j - 1] in ("general", "the", "a", "an", "his", "her", "its", "their", "party", "group",
                                 "cabinet", "permanent", "former", "shadow") or not w.isalpha():
                break
            if head_title and a.title(j - 1) and not a.starts[j - 1]:
                j -= 1
                continue
            if w.islower() and lowers[j - 1] not in NOT_MODIFIERS and lowers[j - 1] not in VERBS_BEFORE_ROLE and \
                    not lowers[j - 1].endswith("ed"):  # "remained First Minister", "served as"
                j -= 1
                if not head_title:
                    break
                continue
            break
        if j > 0 and lowers[j - 1] in ("shadow", "former"):
            j -= 1
        if j == start and lowers[start] != "chancellor":
            return None
        return Mentions._role_start(a, j, end), end

    @staticmethod
    def _portfolio_words(a: Arrays, head: int) -> int:
        """The first token of a portfolio made of lexicon words before ``head``, in any case and even
        where a word is also a graph name ("Welsh secretary", "Northern Ireland secretary", "housing and
        local government secretary", "children's minister"); ``head`` itself when there is none."""
        lowers = a.lowers
        known = portfolio_words()
        j, first = head, head
        while j > 0 and head - j < 8:
            low = lowers[j - 1]
            if low in known:
                j -= 1
                first = j
            elif low in ("'s", "’s") and j > 1 and lowers[j - 2] in known and first == j:
                j -= 1  # "children's minister": the possessive belongs to the portfolio
            elif low in ("and", ",", "&") and first == j and j > 1 and lowers[j - 2] in known:
                j -= 1
            else:
                break
        return first

    @staticmethod
    def _described(a: Arrays, head: int, determiners: set[str], ruled_at: dict, things: bool = False) -> int | None:
        """The first token of "DET (MODIFIER ...) HEAD" ending at ``head``, or None. A body head needs a
        referring adjective between ("the enlarged committee"); a proposal may have any modifiers ("a
        section 114 notice", "the power-sharing deal")."""
        words, lowers = a.words, a.lowers
        j, mods, referring = head - 1, 0, False
        while j >= 0 and mods <= 5:
            w, low = words[j], lowers[j]
            if low in determiners:
                if mods == 0 or referring or things:
                    return j
                return None
            if j in ruled_at or low in NOT_MODIFIERS or low in ("'s", "’s", ",", ".", ";", ":", "(", ")"):
                return None
            if not (w.islower() or w == "-" or w.isdigit() or (not things and w in ("UK", "British"))):
                return None
            referring = referring or low in REFERRING_ADJECTIVES or low in COUNCIL_TYPES and lowers[head] == "council"
            mods += 1
            j -= 1
        return None

    @staticmethod
    def _possessed(a: Arrays, head: int, ruled_at: dict) -> int | None:
        """The first modifier of "X's MODIFIER ... HEAD" ("the party's management board", "Labour's
        disciplinary panel"): a body described by its owner, not named."""
        lowers, words = a.lowers, a.words
        j = head - 1
        while j > 0 and head - j <= 3 and words[j].isalpha() and words[j].islower() and j not in ruled_at and \
                lowers[j] not in NOT_MODIFIERS:
            j -= 1
        if lowers[j] not in ("'s", "’s") or (j == head - 1 and lowers[head] not in BODY_HEADS):
            return None
        return j + 1

    @staticmethod
    def _party_body(a: Arrays, head: int, ruled_at: dict) -> int | None:
        """The first modifier of "PARTY MODIFIER ... HEAD" ("the Scottish Conservative management board",
        "the Labour national executive"): a party's body described, not named."""
        if a.lowers[head] not in BODY_HEADS:
            return None
        words = a.words
        j = head - 1
        while j > 0 and head - j <= 3 and words[j].isalpha() and words[j].islower() and j not in ruled_at:
            j -= 1
        party = ruled_at.get(j)
        if j == head - 1 or party is None or party.label_ != "PARTY" or party.end != j + 1:
            return None
        return j + 1

    @staticmethod
    def _collective_start(a: Arrays, head: int, ruled_at: dict) -> int:
        """Grow a collective leftwards: "more than 70 Labour council leaders", "Haringey's Labour councillors"."""
        words, lowers = a.words, a.lowers
        start = head
        while start > 0:
            left = ruled_at.get(start - 1)
            if left is not None:
                if left.label_ not in ("PARTY", "BODY", "COUNCIL"):
                    break
                start = left.start
                continue
            w = words[start - 1]
            if lowers[start - 1] == "and" and start >= 2 and lowers[start - 2] in COLLECTIVE_NOUNS:
                start -= 2  # "the party's MLAs and MPs": one group
                continue
            if not (lowers[start - 1] in QUANTITY_WORDS or w.replace(",", "").isdigit()
                    or (a.title(start - 1) and not a.starts[start - 1])
                    or lowers[start - 1] in COUNCIL_TYPES and start >= 2 and a.title(start - 2)) or \
                    _told_time(a, start - 1):
                break  # (on past "city" after a name: "Six Liverpool city councillors")
            start -= 1
        while start < head and lowers[start] in ("of", "'s", "’s", "-", "the"):
            start += 1
        return start

    # -- capitalised names

    def _names(self, doc: Doc, a: Arrays) -> list[Span]:
        """Label runs of capitalised words that no pattern claimed: people, places, organisations,
        named policies, newspapers."""
        words, label = a.words, a.label
        out: list[Span] = []
        caps = [w[:1].isupper() and _capitalised(w) for w in words]
        n = a.n
        done = -1
        for i in [k for k, c in enumerate(caps) if c]:
            if i <= done or label[i] is not None or (a.lowers[i] in STOP_WORDS and words[i] not in HONORIFICS
                                                     and not _first_name_stop(a, caps, i)):
                continue
            j = i
            while j + 1 < n and label[j + 1] is None:
                if caps[j + 1] or (self._joins(a, i, j + 1) and j + 2 < n and label[j + 2] is None and caps[j + 2]):
                    j += 1
                    continue
                chain = _hyphen_chain(a, j + 1)  # "Stoke-on-Trent", "Newcastle-under-Lyme"
                if chain is None or any(label[k] is not None for k in range(j + 1, chain + 1)):
                    break
                j = chain
            while j > i and a.lowers[j] in CONNECTORS:
                j -= 1
            found = self._classify(doc, a, i, j + 1)
            if found and found[0].label_ == "PLACE" and out and out[-1].label_ == "PLACE" and \
                    out[-1].end == found[0].start - 1 and a.lowers[found[0].start - 1] == "and":
                # "Hackney North and Stoke Newington": one constituency
                found[0] = Span(doc, out.pop().start, found[0].end, label="PLACE")
            for span in found:  # later runs read what earlier ones were ("Chingford and Woodford Green")
                for k in range(span.start, span.end):
                    label[k] = span.label_
            out += found
            done = j
        return out

    @staticmethod
    def _joins(a: Arrays, start: int, k: int) -> bool:
        """Whether the lowercase word at ``k`` joins one name ("National Union of Teachers"). "and" joins
        only after an "of" ("Green Party of England and Wales"); elsewhere it separates two names."""
        word = a.lowers[k]
        if word == "-":  # "Russell-Moyle": a hyphen with no space either side joins a double-barrelled name
            return 0 < k < a.n - 1 and a.ends[k - 1] == a.idx[k] and a.ends[k] == a.idx[k + 1]
        if word == "and" or word == "&":
            # "Argyll and Bute Council": a council's name that ends the run (not "Labour and Plaid Council")
            m = k + 1
            while m < a.n and a.words[m][:1].isupper() and a.words[m] not in ("Council", "Councils"):
                m += 1
            council = m < a.n and a.words[m] == "Council" and m > k + 1 and \
                not any(a.words[w] in ORG_HEADS for w in range(start, k))  # (not "Camden Council and Hackney Council")
            # "Bexhill and Battle Conservative Association": a local party named after a two-part seat
            association = m > k + 2 and a.words[m - 1] in ASSOCIATION_HEADS
            return council or association or any(a.lowers[m] in ("of", "for") for m in range(start, k))
        if word in NAME_PARTICLES:  # "Rhun ap Iorwerth": only as written, lowercase, after a first name
            return a.words[k] == word and k == start + 1
        return word in CONNECTORS

    def _classify(self, doc: Doc, a: Arrays, start: int, end: int) -> list[Span]:
        """The names in a run of capitalised words (and connectors): "Jim Kennedy of Unite" is a person
        and, after "of", an organisation; "the National Union of Teachers" is one organisation."""
        lowers = a.lowers
        words = lowers[start:end]
        before = lowers[start - 1] if start > 0 else ""
        cut = next((k for k, w in enumerate(words) if w in CONNECTORS), None)
        joined = a.words[end - 1] in ORG_HEADS or before == "the" or a.words[start] in ORG_HEADS or \
            _head_first(a, start, cut)
        if cut is not None and cut > 0 and not joined:
            out = []
            one = self._classify_one(doc, a, start, start + cut)
            if one is not None:
                out.append(one)
            return out + self._classify(doc, a, start + cut + 1, end) if start + cut + 1 < end else out
        one = self._classify_one(doc, a, start, end)
        return [one] if one is not None else []

    @staticmethod
    def _classify_one(doc: Doc, a: Arrays, start: int, end: int) -> Span | None:
        words_all, lowers = a.words, a.lowers
        honorific = None
        while words_all[start] in HONORIFICS and end - start >= 2:  # "the Rt Hon Sir Jane Smith": all titles
            honorific = words_all[start]
            start += 1
        if honorific and words_all[start] in HONORIFICS:
            return None  # "The Rt Hon" before a name the graph knows: titles, no one's surname
        # "Russell-Moyle" is one word of a name
        words = [w for w in words_all[start:end] if w != "-"]
        if not words:
            return None
        # "the former Brexit Party MEP": the name's last word before its letters ("Party": an organisation)
        last = next((w for w in reversed(words) if w not in POST_NOMINALS), words[-1])
        before = lowers[start - 1] if start > 0 else ""
        before_label = a.label[start - 2] if start >= 2 else None
        if not honorific and len(words) == 1 and start > 0 and _after_councillors_title(a, start) and last.istitle() and \
                (end >= a.n or lowers[end] not in ("are", "were", "have")):
            # "Councillor Harker": the ruler read the title as the office; the word after it is a surname
            # (council minutes often name members by title and surname only). "Councillor Allowances are
            # set": a plural noun, the business of councillors, no one's name
            return Span(doc, start, end, label="SURNAME")
        if honorific and len(words) == 1:
            if honorific in PEERAGE:
                return Span(doc, start - 1, end, label="PERSON")
            return Span(doc, start, end, label="SURNAME")
        if " ".join(words) in ADDRESSES:
            return Span(doc, start, end, label="PLACE")  # "Downing Street", "Bute House": an address
        if len(words) >= 2 and (words[0] in ("St", "St.") or words[-1] == "Central"):
            return Span(doc, start, end, label="PLACE")  # "St Mawgan and St Wenn", "Sheffield Central": places
        if words == ["Right", "Honourable"]:
            return None  # "the Right Honourable the Lord Mayor": a style of address, no organisation
        if last in NEWS_HEADS and len(words) >= 2:
            return Span(doc, start, end, label="NEWS")
        if last in POLICY_HEADS and len(words) >= 2 or (words[0] in POLICY_FIRST and len(words) >= 2):
            return Span(doc, start, end, label="POLICY")
        # "BBC Scotland", "NHS Tayside": an acronym of three letters or more opens an organisation's name,
        # never a person's (whose initials run to two: "JK Rowling"; "MLA Paula Bradley" is a title)
        if last in ORG_HEADS or (len(words) == 1 and words[0].isupper() and len(last) >= 2) or \
                (len(words) >= 2 and words[0].isupper() and words[0].isalpha() and len(words[0]) >= 3
                 and words[0] not in POST_NOMINALS | MEMBER_TITLES) or \
                (last in (LOCAL_PARTY_HEADS | MEETING_HEADS) and len(words) >= 2):
            return Span(doc, start, end, label="ORG")
        # "the councillor for Bruce Grove", "has sat for Rushcliffe", "in West Lothian", "the Clifton
        # Down ward": a place
        if start >= 2 and before == "for" and (lowers[start - 2] in SEAT_WORDS or before_label == "ROLE"):
            return Span(doc, start, end, label="PLACE")
        if end < a.n and lowers[end] in ("ward", "constituency", "division", "seat", "region"):
            return Span(doc, start, end, label="PLACE")
        if end + 1 < a.n and words_all[end] in MEMBER_TITLES and (
                words[-1] in COMPASS or words_all[end + 1][:1].isupper() and words_all[end + 1].isalpha()):
            # "Tories suspend Blackpool South MP", "Swansea West MP Geraint Davies": a seat before its member
            return Span(doc, start, end, label="PLACE")
        # "no confidence in Rishi Sunak", "faith in X": a person after "in", read as a name below
        trust = before == "in" and start >= 2 and lowers[start - 2] in TRUST_NOUNS
        if (before in PLACE_PREPOSITIONS and not honorific and not trust) or (before == "of" and before_label == "ROLE") or \
                before in PLACE_VERBS or (before in ("and", "or") and before_label == "PLACE"):
            # "in West Lothian", "has represented Brighton Kemptown", "Chingford and Woodford Green"
            return Span(doc, start, end, label="PLACE")
        if any(w.lower() in CONNECTORS for w in words):
            return Span(doc, start, end, label="ORG") if before == "the" or _head_first(a, start, None) else None
        if honorific and 2 <= len(words) <= 3:
            return Span(doc, start, end, label="PERSON")
        if before == "the" and len(words) >= 2 and not (len(words) <= 3 and end < a.n and lowers[end] in NAMED_AFTER):
            return Span(doc, start, end, label="ORG")
        # "Theresa May": a month after a first word is a surname (the date reading was dropped already)
        # "Rhun ap Iorwerth", "Kim Bromley-Derry CBE DL": particles and honours do not count (linking drops
        # the honours from the name)
        if 2 <= len([w for w in words if w not in NAME_PARTICLES and w not in POST_NOMINALS]) <= 3 and \
                (words[0] not in MONTHS or _month_as_first_name(a, start)) and \
                not any(w in WEEKDAYS for w in words):
            sent_end = a.sent_first[bisect.bisect_right(a.sent_first, start)] if \
                bisect.bisect_right(a.sent_first, start) < len(a.sent_first) else a.n
            alone = a.starts[start] and all(not w.isalnum() for w in words_all[end:sent_end]) and \
                not (sent_end < a.n and words_all[sent_end - 1].count("\n") == 1) and \
                not (start > 0 and words_all[start - 1].count("\n") == 1) and \
                any(w.isalnum() for w in words_all[sent_end:])
            if alone:
                # a heading (a paragraph of its own, with text after it), not a reference to someone; a
                # line of a block ("Jane Doe\nLeader of the Council", "Jane Doe\nJohn Roe") or the last
                # line of a letter is a signature
                return None
            # A capitalised pair or triple that is no organisation, place or policy: most often a
            # person's name; linking decides with the context.
            return Span(doc, start, end, label="NAME")
        return None


def _first_name_stop(a: Arrays, caps: list[bool], i: int) -> bool:
    """"Councillors Brian Lawson, Will Mylet and ...": a stop word that is also a first name, capitalised
    inside a sentence and before a capitalised word that is no stop word, begins a name (the modal is
    capitalised only where a sentence begins)."""
    return a.words[i] in FIRST_NAME_STOPS and not a.starts[i] and i + 1 < a.n and caps[i + 1] and \
        a.lowers[i + 1] not in STOP_WORDS


#: The lexical attributes a word is given when the vocabulary first meets it: lowercase (the phrase
#: matcher's and the rules' key), punctuation (the sentencizer's) and space (spaCy's joining of docs).
#: spaCy's English computes twenty more (shape, like_num, like_url, is_stop, ...) that nothing here
#: reads; on unseen words they were a tenth of tokenising. A rule that needs one adds it here.
LEXICAL_ATTRIBUTES = frozenset({LOWER, IS_PUNCT, IS_SPACE})


def _vocabulary() -> Vocab:
    vocab = spacy.blank("en").vocab
    for attr in set(vocab.lex_attr_getters) - LEXICAL_ATTRIBUTES:
        del vocab.lex_attr_getters[attr]
    return vocab


#: One vocabulary for every pipeline a process builds: a pipeline is rebuilt whenever the store
#: changes, and a new vocabulary makes the tokenizer describe every word again (a tenth of the cost of
#: a first pass over a batch). Words' lexical attributes do not depend on the graph.
_VOCAB = _vocabulary()


@Language.factory("partygraph_mentions")
def _make_mentions(nlp: Language, name: str) -> Mentions:
    return Mentions(nlp)


# ------------------------------------------------------------------ building and caching

class _KeepText:
    """spaCy's tokenizer, keeping the text it was given on the doc (``user_data["text"]``)."""

    def __init__(self, tokenizer):  # type: ignore[no-untyped-def]
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data["text"] = text
        return doc

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.tokenizer, name)


class Pipeline:
    """A spaCy pipeline for one version of the graph, with the graph's labels and surnames, and the
    lookups linking made against that version (councils by name, post holders on a day), so that a
    batch of documents asks the store each question once."""

    def __init__(self, store: OxigraphStore | None):
        patterns, self.labels, self.surnames = graph_names(store)
        self.names = name_index(patterns)
        known = {p["pattern"] for p in patterns if isinstance(p["pattern"], str)}
        patterns = patterns + party_patterns(known)
        # the names written in capitals ("UKIP", "SNP"), which a story's capitals-first style keeps
        self.capitals = frozenset(w for p in patterns if isinstance(p["pattern"], str)
                                  for w in p["pattern"].split() if w.isupper() and len(w) > 1)
        self.nlp = spacy.blank("en", vocab=_VOCAB)
        self.nlp.tokenizer = _tokenizer()
        self.nlp.max_length = 2_000_000
        self.nlp.add_pipe("sentencizer")
        mentions = self.nlp.add_pipe("partygraph_mentions")
        mentions.add_names(patterns)  # type: ignore[attr-defined]
        self.councils: dict[str, str | None] = {}
        self.holders: dict[tuple, list] = {}

    def __call__(self, texts: list[str]) -> list[Doc]:
        return list(self.nlp.pipe(texts, batch_size=256))


@cache
def _tokenizer() -> _KeepText:
    """One tokenizer for every pipeline a process builds, with its cache of the words it has split: it
    does not depend on the graph, and a new one splits every word again (with :data:`_VOCAB`, a sixth
    of a first pass over a batch)."""
    tokenizer = spacy.blank("en", vocab=_VOCAB).tokenizer
    for title in ("Cllr.", "Cllrs."):  # a councillor's title, not the end of a sentence
        tokenizer.add_special_case(title, [{ORTH: title}])
    return _KeepText(tokenizer)


_cache: weakref.WeakKeyDictionary[OxigraphStore, tuple[int, Pipeline]] = weakref.WeakKeyDictionary()
_empty: list[Pipeline] = []
_lock = threading.Lock()


def for_store(store: OxigraphStore | None) -> Pipeline:
    """The pipeline for the store as it is now: built on first use and again after the store changes."""
    with _lock:
        if store is None:
            if not _empty:
                _empty.append(Pipeline(None))
            return _empty[0]
        cached = _cache.get(store)
        if cached and cached[0] == store.version:
            return cached[1]
        built = Pipeline(store)
        _cache[store] = (store.version, built)
        return built


_TIME_WORDS = frozenset(m.lower() for m in MONTHS + WEEKDAYS)


def _told_time(a: Arrays, k: int) -> bool:
    """Whether the word at ``k`` tells a time ("On Friday 11 October four members", "in 2019 three
    councillors"): a month or a weekday, a day of a month, or a year after a preposition. No part of a
    group of people named after it."""
    low = a.lowers[k]
    if low in _TIME_WORDS:
        return True
    if not low.isdigit():
        return False
    return k + 1 < a.n and a.lowers[k + 1] in _TIME_WORDS or \
        len(low) == 4 and low[:2] in _CENTURIES and k > 0 and a.lowers[k - 1] in DATE_PREPOSITIONS
