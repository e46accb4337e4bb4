"""The spaCy pipeline that finds what a document mentions.

spaCy's blank English pipeline (tokenizer, sentencizer) with no downloaded model, then:

- an EntityRuler fed from the graph's own names (labels, alternative labels, aliases, from the
  ``lookup-labels`` named query), each pattern carrying the IRI it names as its ``id``, plus generic
  patterns (``patterns/*.json`` and below): party names for an empty graph, roles ("the council
  leader", "general secretary"), temporal expressions, definite descriptions ("the committee"),
  collectives ("more than 70 Labour council leaders") and "Labour-run council";
- ``proper_names``: runs of capitalised words no pattern claimed, read as people (a known given
  name, or an honorific before them: gender-guesser's name list, not a list of our own) or as
  organisations (ending in "Committee", "Union", "Group" ...) or newspapers.

If a statistical English model happens to be installed (``en_core_web_sm`` ...), its tagger and NER
are not needed and not loaded: the rules must work without it, so they are the only path.

Building the pipeline costs one pass over the graph's names (about 1 s per 20k names); it is built
once per store version and shared (:func:`for_store`).
"""

from __future__ import annotations

import json
import re
import threading
import weakref
from collections import defaultdict
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from ...graph.store import OxigraphStore
from ...ontology.namespaces import FOAF, ORG, PG

HERE = Path(__file__).resolve().parent
PATTERNS = HERE / "patterns"

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

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "several", "few"]
HONORIFICS = {"Sir", "Dame", "Baroness", "Baron", "Lord", "Lady", "Dr", "Professor", "Prof", "Mr", "Mrs", "Ms",
              "Miss", "Councillor", "Cllr", "Rev", "Revd"}
ORG_HEADS = {"Committee", "Council", "Party", "Union", "Board", "Group", "Panel", "Executive", "Association",
             "Federation", "Congress", "Society", "Trust", "Foundation", "Commission", "Assembly", "Conference",
             "Government", "Cabinet", "Office", "Department", "Institute", "Left", "Forum", "Movement",
             "Campaign", "Network", "Alliance", "Coalition", "Authority", "Agency", "Company", "Ltd", "plc"}
NEWS_HEADS = {"Times", "Guardian", "Telegraph", "Mail", "Mirror", "Observer", "Standard", "Express", "Herald",
              "Post", "Echo", "Chronicle", "Gazette", "Scotsman", "Record", "News", "Sun"}
CONNECTORS = {"of", "and", "for", "the", "on", "&"}
COLLECTIVE_NOUNS = ["councillors", "mps", "msps", "ams", "leaders", "members", "ministers", "peers", "activists",
                    "candidates", "officials", "officers", "trustees", "delegates"]
DEFINITE_HEADS = ["council", "authority", "committee", "board", "panel", "party", "group", "government",
                  "cabinet", "administration", "executive", "union", "body"]


@cache
def role_lexicon() -> dict:
    return json.loads((PATTERNS / "roles.json").read_text(encoding="utf-8"))


@cache
def party_names() -> dict[str, list[str]]:
    data = json.loads((PATTERNS / "parties.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@cache
def _given_names():
    import gender_guesser.detector as detector

    return detector.Detector(case_sensitive=True)


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a first name in gender-guesser's list of about 40,000 names."""
    return _given_names().get_gender(word) != "unknown"


# ------------------------------------------------------------------ generic patterns

def generic_patterns(known_names: set[str]) -> list[dict]:
    """The patterns that need no graph. Party names the graph already knows are left to the graph."""
    out: list[dict] = []
    for slug, names in party_names().items():
        for name in names:
            if name not in known_names:
                out.append({"label": "PARTY", "pattern": name, "id": f"party:{slug}"})
    # Patterns start at the expression itself; a leading optional token would make the matcher try
    # every pattern at every token. The preposition before it ("since 2008") is added by _widen.
    month = {"ORTH": {"IN": MONTHS + [m.upper() for m in MONTHS]}}
    weekday = {"ORTH": {"IN": WEEKDAYS + [w.upper() for w in WEEKDAYS]}}
    year = {"TEXT": {"REGEX": r"^(1[89]\d\d|20\d\d)$"}}
    daynum = {"TEXT": {"REGEX": r"^([12]?\d|3[01])(st|nd|rd|th)?$"}}
    units = {"LOWER": {"IN": ["day", "days", "week", "weeks", "fortnight", "month", "months", "year", "years"]}}
    dates = [
        [{"LOWER": {"IN": ["yesterday", "today", "tomorrow"]}}],
        [{"LOWER": {"IN": NUMBER_WORDS}, "OP": "?"}, {"LIKE_NUM": True, "OP": "?"}, units, {"LOWER": "ago"}],
        [{"LOWER": {"IN": ["earlier", "later"]}, "OP": "?"},
         {"LOWER": {"IN": ["last", "next", "this"]}}, {"LOWER": {"IN": ["week", "month", "year", "night",
                                                                       "weekend", "autumn", "spring", "summer",
                                                                       "winter"]}}],
        [{"LOWER": {"IN": ["last", "next", "this"]}}, {"ORTH": {"IN": MONTHS + WEEKDAYS}}],
        [weekday, {"ORTH": ",", "OP": "?"}, daynum, month, {"ORTH": ",", "OP": "?"}, year],
        [weekday],
        [daynum, month, {"ORTH": ",", "OP": "?"}, year],
        [daynum, month],
        [month, daynum, {"ORTH": ",", "OP": "?"}, year],
        [month, year],
        [month, {"LOWER": {"IN": ["last", "next"]}}, {"LOWER": "year"}],
        [month],
        [year],
    ]
    out += [{"label": "DATE", "pattern": p} for p in dates]
    roles = role_lexicon()
    # Role phrases are grouped by their token count into one pattern each (a token set per position),
    # so the matcher follows a handful of patterns rather than one per phrase.
    by_length: dict[int, list[set[str]]] = {}
    for phrase in roles["roles"]:
        toks = [part for w in phrase.split() for part in re.split(r"(-)", w) if part]
        if len(toks) == 1:
            by_length.setdefault(1, [set()])[0].add(toks[0])
        else:
            # multi-word phrases stay exact: a token set per position would invent "deputy secretary"
            out.append({"label": "ROLE", "pattern": [{"LOWER": w} for w in toks]})
    out.append({"label": "ROLE", "pattern": [{"LOWER": {"IN": sorted(by_length[1][0])}}]})
    for head in ("council", "party", "group"):  # "the council leader" rather than "the council" + "leader"
        out.append({"label": "ROLE", "pattern": [{"LOWER": {"IN": ["the", "its", "his", "her"]}}, {"LOWER": head},
                                                  {"LOWER": {"IN": ["leader", "president", "chair", "secretary",
                                                                    "treasurer", "whip"]}}]})
    out.append({"label": "ROLE", "pattern": [
        {"LOWER": {"IN": ["shadow", "former"]}, "OP": "?"},
        {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["general", "the", "a", "an", "his", "her", "its", "their", "party",
                                                "group", "cabinet", "permanent"]}},
        {"LOWER": {"IN": ["secretary", "minister", "spokesperson", "spokesman", "spokeswoman"]}}]})
    out += [{"label": "ROLE", "pattern": [{"LOWER": w} for w in phrase.split()]} for phrase in roles["government_roles"]]
    determiners = ["the", "its", "his", "her", "their"]
    modifier = {"IS_TITLE": False, "ORTH": {"NOT_IN": [",", ".", ";", ":", "(", ")", "'s", "’s"]}, "LOWER": {"NOT_IN": DEFINITE_HEADS + [
        "of", "and", "or", "in", "on", "to", "for", "with", "by", "the", "a", "that", "which", "who", "was", "is"]},
                "OP": "?"}
    out.append({"label": "DEF", "pattern": [{"LOWER": {"IN": determiners}}, {"LOWER": {"IN": DEFINITE_HEADS}}]})
    out.append({"label": "DEF", "pattern": [{"LOWER": {"IN": ["the"]}}, modifier, modifier,
                                            {"LOWER": {"IN": ["enlarged", "new", "ruling", "national", "full",
                                                              "whole", "local", "disciplinary"]}},
                                            modifier, modifier, modifier, {"LOWER": {"IN": DEFINITE_HEADS}}]})
    out.append({"label": "DEF", "pattern": [{"LOWER": {"IN": determiners}}, {"LOWER": "governing"}, {"LOWER": "body"}]})
    out.append({"label": "GROUP", "pattern": [{"LOWER": "the", "OP": "?"}, {"IS_TITLE": True},
                                              {"LOWER": "group"}], "id": "generic:group"})
    out.append({"label": "COLLECTIVE", "pattern": [{"LOWER": {"IN": COLLECTIVE_NOUNS}}]})  # widened by _widen
    out.append({"label": "CONTROLLED", "pattern": [
        {"IS_TITLE": True, "OP": "+"}, {"ORTH": "-"}, {"LOWER": {"IN": ["run", "led", "controlled", "dominated"]}},
        {"LOWER": {"IN": ["council", "authority", "borough", "administration", "county"]}}]})
    return out


# ------------------------------------------------------------------ graph patterns

def graph_names(store: OxigraphStore | None) -> tuple[list[dict], dict[str, str], dict[str, set[str]],
                                                     dict[str, set[str]], dict[str, set[str]]]:
    """EntityRuler patterns for every name of every thing of a kind we link to, the label of each IRI,
    and a surname index (last word of a person's name -> IRIs). One scan of ``lookup-labels``."""
    if store is None:
        return [], {}, {}, {}, {}
    types: dict[str, set[str]] = defaultdict(set)
    graphs: dict[str, set[str]] = defaultdict(set)
    names: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    for row in store.named("text-labels"):
        thing, name = row["thing"].value, row["name"].value
        graphs[thing].add(row["graph"].value)
        if "type" in row:
            types[thing].add(row["type"].value)
        names[thing].add(name)
        if row["preferred"].value == "true" and (thing not in labels or len(name) > len(labels[thing])):
            labels[thing] = name
    patterns: list[dict] = []
    surnames: dict[str, set[str]] = defaultdict(set)
    for thing, its_names in names.items():
        kind = next((k for t, k in KIND_OF_TYPE if t in types[thing]), None)
        if kind is None:
            continue
        for name in its_names:
            name = name.strip()
            if len(name) < 2 or (kind == "PERSON" and " " not in name):
                continue
            patterns.append({"label": kind, "pattern": name, "id": thing})
            if kind == "PERSON":
                surnames[name.split()[-1]].add(thing)
        labels.setdefault(thing, sorted(its_names)[0])
    return patterns, labels, dict(surnames), dict(graphs), dict(types)


def name_index(patterns: list[dict]) -> dict[str, set[tuple[str, str]]]:
    """Normalised name -> {(IRI, label)}, for exact lookups of names the ruler did not meet verbatim."""
    from ...graph.lookup import normalise

    index: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for p in patterns:
        index[normalise(p["pattern"])].add((p["id"], p["label"]))
    return dict(index)


# ------------------------------------------------------------------ proper names

QUANTITY_WORDS = {"more", "than", "over", "almost", "nearly", "some", "dozens", "scores", "hundreds", "of", "a",
                  "swathe", "number", "all", "the", "seven", "six", "five", "four", "three", "two", "eight", "nine",
                  "ten", "several", "many", "own", "council", "local", "party", "'s", "’s"}
ROLE_QUALIFIERS = {"acting", "interim", "joint", "former", "national", "shadow", "outgoing", "new", "the", "a", "an",
                   "its", "his", "her", "their", "deputy"}
DATE_PREPOSITIONS = {"on", "in", "since", "from", "by", "until", "during", "before", "after", "of"}


def _widen(doc: Doc, spans: list[Span]) -> list[Span]:
    """Grow matched spans leftwards over the words that belong to them, in Python rather than as
    optional leading pattern tokens (which cost the matcher a state per pattern per token): "more than
    70 Labour council leaders", "the acting leader", "since 2008"."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    owner = {i: s for s in spans for i in range(s.start, s.end)}
    dropped: set[int] = set()
    out = []
    for s in spans:
        start = s.start
        if s.label_ == "COLLECTIVE":
            while start > 0:
                left = owner.get(start - 1)
                if left is not None and left.label_ == "PARTY" and left.end == start:
                    dropped.add(id(left))  # "Seven Labour MPs", "Haringey's Labour councillors": one mention
                    start = left.start
                    continue
                if (start - 1) in taken or not (
                        doc[start - 1].lower_ in QUANTITY_WORDS or doc[start - 1].like_num
                        or (doc[start - 1].is_title and not doc[start - 1].is_sent_start)):
                    break
                start -= 1
            while start < s.start and doc[start].lower_ in ("of", "'s", "’s"):
                start += 1
        elif s.label_ == "ROLE":
            while start > 0 and (start - 1) not in taken and doc[start - 1].lower_ in ROLE_QUALIFIERS and \
                    not (doc[start - 1].lower_ == "deputy" and s.text.lower() == "deputy"):
                start -= 1
        elif s.label_ == "DATE":
            if start > 0 and (start - 1) not in taken and doc[start - 1].lower_ in DATE_PREPOSITIONS:
                start -= 1
        if start != s.start:
            taken.update(range(start, s.start))
            s = Span(doc, start, s.end, label=s.label_, span_id=s.id_)
        out.append(s)
    return [s for s in out if id(s) not in dropped]


@Language.component("proper_names")
def proper_names(doc: Doc) -> Doc:
    """Label runs of capitalised words that no pattern claimed: people, organisations, newspapers."""
    spans = _widen(doc, list(doc.ents))
    # "Theresa May": a capitalised "May" after a given name is a surname, not the month.
    spans = [s for s in spans if not (s.label_ == "DATE" and s.text == "May" and s.start > 0
                                      and doc[s.start - 1].is_title and is_given_name(doc[s.start - 1].text))]
    # "yesterday's Sunday Times": a weekday before a newspaper's name is part of the name.
    spans = [s for s in spans if not (s.label_ == "DATE" and s.end < len(doc) and doc[s.end].text in NEWS_HEADS
                                      and doc[s.end - 1].text in WEEKDAYS)]
    taken = [False] * len(doc)
    for s in spans:
        for i in range(s.start, s.end):
            taken[i] = True
    i = 0
    new: list[Span] = []
    while i < len(doc):
        if taken[i] or not _capitalised(doc[i]) or (doc[i].is_stop and doc[i].text not in HONORIFICS):
            i += 1
            continue
        j = i
        while j + 1 < len(doc) and not taken[j + 1] and (
                _capitalised(doc[j + 1]) or (_joins(doc, i, j + 1) and j + 2 < len(doc)
                                             and not taken[j + 2] and _capitalised(doc[j + 2]))):
            j += 1
        while j > i and doc[j].lower_ in CONNECTORS:
            j -= 1
        new += _classify(doc, i, j + 1)
        i = j + 1
    doc.ents = sorted(spans + new, key=lambda s: s.start)
    return doc


def _joins(doc: Doc, start: int, k: int) -> bool:
    """Whether the lowercase word at ``k`` joins one name ("National Union of Teachers"). "and" joins
    only after an "of" ("Green Party of England and Wales"); elsewhere it separates two names."""
    word = doc[k].lower_
    if word == "and" or word == "&":
        return any(doc[m].lower_ in ("of", "for") for m in range(start, k))
    return word in CONNECTORS


def _capitalised(token) -> bool:  # type: ignore[no-untyped-def]
    text = token.text
    if not text[:1].isupper() or not any(c.isalpha() for c in text):
        return False
    return token.is_title or (token.is_upper and 2 <= len(text) <= 6) or bool(re.match(r"^(Mc|Mac|O')[A-Z]", text))


def _classify(doc: Doc, start: int, end: int) -> list[Span]:
    """The names in a run of capitalised words (and connectors): "Jim Kennedy of Unite" is a person
    and, after "of", an organisation; "the National Union of Teachers" is one organisation."""
    words = [t.lower_ for t in doc[start:end]]
    before = doc[start - 1].lower_ if start > 0 else ""
    last = doc[end - 1].text
    joined = last in ORG_HEADS or before == "the" or (start < end and doc[start].text in ORG_HEADS)
    cut = next((k for k, w in enumerate(words) if w in CONNECTORS), None)
    if cut is not None and cut > 0 and not joined:
        out = []
        one = _classify_one(doc, start, start + cut)
        if one is not None:
            out.append(one)
        return out + _classify(doc, start + cut + 1, end) if start + cut + 1 < end else out
    one = _classify_one(doc, start, end)
    return [one] if one is not None else []


def _classify_one(doc: Doc, start: int, end: int) -> Span | None:
    # Honorifics introduce a person but are not part of the name.
    if doc[start].text in HONORIFICS and end - start >= 2:
        start += 1
    words = [t.text for t in doc[start:end]]
    if not words:
        return None
    last = words[-1]
    before = doc[start - 1].text if start > 0 else ""
    titled = before in HONORIFICS or (start > 0 and doc[start - 1].lower_ in ("councillor", "cllr"))
    if start >= 2 and doc[start - 1].lower_ == "for" and (
            doc[start - 2].lower_ in ("councillor", "mp", "msp", "member", "am") or doc[start - 2].ent_type_ == "ROLE"):
        return Span(doc, start, end, label="PLACE")  # "the councillor for Bruce Grove": a ward or seat
    if last in NEWS_HEADS and len(words) >= 2:
        return Span(doc, start, end, label="NEWS")
    if last in ORG_HEADS or (len(words) == 1 and doc[start].is_upper and len(last) >= 2):
        return Span(doc, start, end, label="ORG")
    if any(w.lower() in CONNECTORS for w in words):
        return Span(doc, start, end, label="ORG") if before.lower() == "the" else None
    if 2 <= len(words) <= 3 and (titled or is_given_name(words[0])) and not any(
            w in MONTHS or w in WEEKDAYS for w in words):
        return Span(doc, start, end, label="PERSON")
    if before.lower() == "the" and len(words) >= 2:
        return Span(doc, start, end, label="ORG")
    following = doc[end] if end < len(doc) else None
    opens_list = following is not None and following.text == ","
    if 2 <= len(words) <= 3 and all(t.is_title for t in doc[start:end]) and (
            (start > 0 and not doc[start].is_sent_start) or opens_list
            or (following is not None and following.is_lower and not following.is_stop is False)):
        # A capitalised pair mid-sentence that is not an organisation: most often a name whose first
        # name gender-guesser does not know ("Chuka Umunna"); linking decides with the context.
        return Span(doc, start, end, label="NAME")
    return None


# ------------------------------------------------------------------ building and caching

class Pipeline:
    """A spaCy pipeline for one version of the graph, with the graph's labels and surnames."""

    def __init__(self, store: OxigraphStore | None):
        patterns, self.labels, self.surnames, self.graphs, self.types = graph_names(store)
        self.names = name_index(patterns)
        known = {p["pattern"] for p in patterns if isinstance(p["pattern"], str)}
        self.nlp = spacy.blank("en")
        self.nlp.max_length = 2_000_000
        self.nlp.add_pipe("sentencizer")
        ruler = self.nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
        with self.nlp.select_pipes(enable=[]):
            ruler.add_patterns(patterns + generic_patterns(known))  # type: ignore[attr-defined]
        self.nlp.add_pipe("proper_names")

    def __call__(self, texts: list[str]) -> list[Doc]:
        return list(self.nlp.pipe(texts, batch_size=64))


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
