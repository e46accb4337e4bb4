"""From a document to facts: paragraphs through the pipeline, mentions linked, rules applied.

A document goes through the pipeline whole (a pipeline run has a fixed cost worth more than the
tokens of a paragraph); one longer than about 100,000 characters goes in pieces of whole paragraphs
(a very long paragraph cut at line ends, then at spaces) so spaCy never holds more than it can, all in
one ``nlp.pipe`` call. A heading in capitals ("MINUTES OF THE MEETING OF THE CABINET HELD ON TUESDAY,
17 JULY 2018") is read in title case (same length, so offsets still point into the original text).

Dates are read in order: each sentence's expressions against the publication date, and those that
count from the story's own time ("the following week", "the day before", "hours earlier") against
the nearest date of their sentence or, failing that, the last date the text gave.

Cost: linear in the text; about 1 ms per 100 words on this machine, RDF included, once the pipeline
for the store's version is built (docs/benchmarks/text.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from ...graph.store import OxigraphStore
from ...ontology import uris
from . import dates
from .descriptions import body_in_apposition, described_person
from .document import Document
from .linking import (
    NATION_OWNED,
    ORG_KINDS,
    PARTY_BODY_IRI,
    PRONOUNS_PERSON,
    PRONOUNS_PLURAL,
    PRONOUNS_THING,
    Entity,
    Linker,
    Mention,
    nation_of,
    party_slug,
    uncounted,
)
from .pipeline import (
    BODY_HEADS,
    COUNCIL_TYPES,
    HONORIFICS,
    ORG_HEADS,
    POST_NOMINALS,
    Arrays,
    Pipeline,
    for_store,
    party_names,
    party_units,
    role_lexicon,
)
from .posts import anaphoric_post
from .relations import Rules
from .sentence import Fact, Sentence, duration, relational, season_of_a_thing
from .stance_words import title_statement_noun

CHUNK = 100_000
_FUTURE = {"will", "expected", "due", "next", "set", "shall", "tomorrow"}
_PRONOUNS = PRONOUNS_PERSON | PRONOUNS_THING | PRONOUNS_PLURAL
_RELATIVE = {"who", "whom", "whose"}
_MALE = {"he", "him", "his", "himself"}
#: Titles before a surname that make it a person's ("Councillor Stirling", "Mr Durham").
_PERSON_TITLES = {"Councillor", "Cllr", "Cllr.", "Coun", "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Baroness"}
_TITLES = {"Sir": "m", "Lord": "m", "Mr": "m", "Baron": "m", "Dame": "f", "Baroness": "f", "Lady": "f", "Mrs": "f",
           "Ms": "f", "Miss": "f"}
_PREPOSITIONS = {"of", "at", "to", "by", "with", "from", "for", "in", "on", "about", "against", "over", "under",
                 "between", "among", "like", "than"}
#: Words that open a subordinate clause (a pronoun object in one may stand for the main clause's subject).
_SUBORDINATE = {"since", "after", "when", "because", "until", "while", "before", "once", "although", "though",
                "unless", "that", "as"}
_NOT_VERBS = {"the", "a", "an", "and", "or", "but", ",", ";", "that", "which", "who", "when", "while", "if",
              "because", "as", "so"}

#: Last words that make a capitalised name a place's, not a person's ("Glens Borough", "North Coast").
PLACE_HEADS = {"Borough", "Coast", "County", "Council", "District", "Division", "Valley"}


@dataclass
class Extraction:
    """What a document says: its facts, the things they are about, and notes for the user."""

    document: Document
    key: str
    facts: list[Fact]
    linker: Linker
    notes: list[str] = field(default_factory=list)

    @property
    def source_iri(self) -> str:
        return str(uris.source(self.key))


def source_key(document: Document, source_iri: str | None = None) -> str:
    return f"text/{uris.slugify(source_iri or document.path.stem)}"


class _Time:
    """The dates of one document, resolved in reading order."""

    def __init__(self, published):  # type: ignore[no-untyped-def]
        self.published = published
        self.narrative: dates.When | None = None  # the last date the text gave
        self.last_day: dates.When | None = None  # the last date to the day the text gave
        self.paragraph = -1  # the paragraph that date was in
        self.unresolved: set[str] = set()
        self._plain: dict[int, dates.When] = {}
        self.last_meeting: dates.When | None = None  # the time of the last sentence that told of a meeting

    def plain(self, m: Mention) -> dates.When:
        """A date mention read against the publication date (or, if anaphoric, not at all)."""
        key = id(m)
        if key not in self._plain:
            self._plain[key] = dates.resolve(m.text, self.published) if not dates.anaphoric(m.text) else \
                dates.When(None, "day", m.text)
        return self._plain[key]

    def of(self, m: Mention, s: Sentence, token: int) -> dates.When:
        """The date a rule reads from mention ``m`` for a trigger at ``token``."""
        future = any(w in _FUTURE for w in s.lower[max(0, token - 6):token + 1])
        if dates.anaphoric(m.text):
            when = dates.resolve(m.text, self.published, future, reference=self.reference(m, s))
        else:
            when = dates.resolve(m.text, self.published, future=future)
        if not when.resolved:
            self.unresolved.add(m.text)
        return when

    def reference(self, m: Mention, s: Sentence):  # type: ignore[no-untyped-def]
        """The day an anaphoric expression counts from: the nearest plain date of its sentence (one
        before it first), else the last date the text gave. "the day after the election on 4 July"
        counts from the date that follows it."""
        others = [d for d in s.dates() if d is not m and not dates.anaphoric(d.text)]
        later = sorted((d for d in others if d.first > m.first), key=lambda d: d.first)
        if relational(m, s):
            ordered = later
        else:
            ordered = sorted((d for d in others if d.first < m.first), key=lambda d: -d.first) + later
        for d in ordered:
            when = self.plain(d)
            if when.resolved:
                return when.day
        if self.narrative is not None and self.narrative.precision != "day" and self.last_day is not None and \
                _DAY_WORDS & set(m.text.lower().split()) and self.paragraph < s.paragraph:
            # "On Wednesday it came apart. || ... the general election in July ... || Earlier the same day":
            # a day, in a new paragraph, so the last day told, not a month told in passing since ("In April
            # 2023 she wrote ... and apologised the same day": that month's day, unknown)
            return self.last_day.day
        return self.narrative.day if self.narrative is not None else None

    def advance(self, s: Sentence) -> None:
        """After a sentence: the last date it gave for something that happened is now the story's time
        ("since 1970" dates a state, "a month after X" another event: neither moves it)."""
        told = None
        if _release_line(s):
            return  # "For immediate use: Friday 27 February 2015": the day it is issued, no story's time
        for m in s.dates():
            if m.text.lower().startswith(("since", "until")) or relational(m, s) or duration(m, s) or _aside(m, s):
                continue
            when = self.of(m, s, m.first) if dates.anaphoric(m.text) else self.plain(m)
            # a day after publication ("next month's election") is not when anything reported happened
            if when.resolved and (self.published is None or when.day <= self.published):
                self.narrative, self.paragraph = when, s.paragraph
                told = when
                if when.precision == "day":
                    self.last_day = when
        if s.positions(_MEETINGS) and not _same_meeting(s):
            self.last_meeting = told or s.inherit

    def inherited(self, s: Sentence) -> dates.When | None:
        """The story's time for a sentence that gives none: the last date of this paragraph or the one
        before (a new paragraph seldom moves a news story's time without saying so); for "at the same
        meeting" or "at that meeting", the time of the meeting told of last, however far back."""
        if self.last_meeting is not None and _same_meeting(s):
            return self.last_meeting
        if self.narrative is not None and self.narrative.precision == "year" and s.paragraph != self.paragraph:
            return None  # "was on the party's list this year." then "In a separate ballot, members chose X": not that year's
        return self.narrative if s.paragraph - self.paragraph <= 1 else None


_MEETINGS = frozenset({"meeting", "session", "conference"})
#: Words of an anaphoric time that count from a day ("the same day", "that evening").
_DAY_WORDS = frozenset({"day", "morning", "afternoon", "evening", "night"})


def _release_line(s: Sentence) -> bool:
    """Whether the sentence is a press release's issue line ("FOR IMMEDIATE RELEASE - Tuesday 24 March 2015",
    "Issued Wednesday 24 May 2006", "3 May 2024, embargoed until declaration")."""
    # (not "resigned with immediate effect": the words of a release line, side by side)
    return any(w == "immediate" and nxt in ("release", "use") for w, nxt in zip(s.lower, s.lower[1:])) or \
        "embargoed" in s.lower or s.n > 0 and s.lower[0] == "issued" and bool(s.dates())


def _same_meeting(s: Sentence) -> bool:
    """Whether the sentence points back to a meeting already told of ("at the same meeting")."""
    return any(k > 0 and s.lower[k - 1] in ("same", "that") for k in s.positions(_MEETINGS))


#: Words before a role that say whose it is, not what it is.
ROLE_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "my", "your"})
#: Words before a role that say when or how it is held, no part of the role's name ("the acting leader").
ROLE_QUALIFIERS = frozenset({"acting", "interim", "joint", "former", "national", "outgoing", "new", "then", "next",
                             "now", "final"})


def _aside(m: Mention, s: Sentence) -> bool:
    """Whether a date belongs to something said in passing, which does not move the story's time: a
    thing's date ("last week's elections", but not "elected at yesterday's meeting"), a relative clause
    ("Will Quince, who had been sent out on Monday, resigned"), an earlier event ("had been elected in
    May"), a clause opened by "since" ("since the authority was created in 2009"), a season naming a
    thing ("the autumn conference")."""
    if m.last + 1 < s.n and s.lower[m.last + 1] in ("'s", "’s") or m.text.lower().endswith(("'s", "’s")):
        # "won ten councils in Thursday's elections": after "in"/"at" the thing's day is when the
        # clause's event happened, so it is the story's time; "last week's elections" alone is not
        return not (m.text.lower().startswith(("in ", "at ")) or m.first > 0 and s.lower[m.first - 1] == "at")
    if "had" in s.lower[max(0, m.first - 4):m.first] or _planned_or_earlier(m, s):
        return True
    if season_of_a_thing(m, s):
        return True  # "at the autumn conference": a thing's name, like "last week's elections"
    opener = next((s.lower[k] for k in range(m.first - 1, -1, -1)
                   if s.lower[k] in _CLAUSE_MARKS or s.lower[k] in _SUBORDINATORS), None)
    if opener == "since":
        return True  # "the first to hold the post since the authority was created in 2009": a time long past
    for k in range(m.first - 1, -1, -1):
        if s.lower[k] in (",", ";", ":", "(", "—", "–"):
            return s.lower[k] == "," and k + 1 < m.first and s.lower[k + 1] in ("who", "which", "whose", "whom")
    return False


#: Words that put a clause before the story's time or in its future: "had been due to deliver his
#: first Budget on 11 March", "A fortnight ago he had said", "and will face the Prime Minister today", "said
#: she would stand down at the end of June" (a June to come, not the last).
_NOT_NOW = frozenset({"had", "due", "planned", "scheduled", "will", "shall", "would"})
_CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")", "—", "–"})
_SUBORDINATORS = frozenset({"since", "when", "after", "before", "because", "who", "which", "that", "until", "while"})


def _planned_or_earlier(m: Mention, s: Sentence) -> bool:
    """Whether the clause a date is in (between punctuation) has a past perfect or a plan in it."""
    for k in range(m.first - 1, -1, -1):
        if s.lower[k] in _CLAUSE_MARKS or s.lower[k] in _SUBORDINATORS:
            break  # "had been sitting as an independent since the party suspended him last month"
        if s.lower[k] in _NOT_NOW and _perfect(s, k):
            return True
    for k in range(m.last + 1, min(s.n, m.last + 4)):
        if s.lower[k] in _CLAUSE_MARKS:
            break
        if s.lower[k] == "had" and _perfect(s, k):
            return True
    return False


def _perfect(s: Sentence, k: int) -> bool:
    """"had been", "had said": a past perfect; "had the whip withdrawn" is something done to them."""
    return s.lower[k] != "had" or (k + 1 < s.n and s.lower[k + 1] not in _POSSESSED)


#: A date that names its day, month and year ("Wednesday 17 July 2024").
_FULL_DATE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\b")
_POSSESSED = frozenset({"the", "a", "an", "his", "her", "their", "its", "no", "to", "party"})


def extract(document: Document, store: OxigraphStore | None, source_iri: str | None = None) -> Extraction:
    """Read the facts of ``document``, linking to ``store`` (read-only; ``None`` links nothing)."""
    pipeline = for_store(store)
    key = source_key(document, source_iri)
    linker = Linker(store, pipeline, document.published, key.split("/", 1)[1])
    pieces = list(_pieces(document.text))
    docs = pipeline([_readable(p, pipeline.capitals) for _, p in pieces])
    time = _Time(document.published)
    notes: list[str] = []
    meeting = None
    if document.kind == "minutes" and docs:
        arrays0: Arrays = docs[0].user_data["arrays"]
        # the first date of its first two paragraphs: the day of the meeting; else, below headings, the first
        # full date (day, month and year) of its first five
        second, fifth = (next((s for s, p in zip(arrays0.sentences, arrays0.paragraphs) if p >= k), (arrays0.n, 0))[0]
                         for k in (2, 5))
        first = [e for e in docs[0].ents if e.label_ == "DATE" and e.start < second] or \
            [e for e in docs[0].ents if e.label_ == "DATE" and e.start < fifth and _FULL_DATE.search(e.text)]
        if first:
            meeting = dates.resolve(first[0].text, document.published)
    linker.full_names = _full_names(docs)
    linker.nation = nation_of(f"{document.title}\n{document.text}")
    linker.topic = _party_in(document.title, linker)
    linker.home = _council_in_title(document.title, linker)
    rules = Rules(linker, meeting if meeting and meeting.resolved else None, time.of, minutes=document.kind == "minutes",
                  title_noun=title_statement_noun(document.title, document.kind))
    index, paragraph_base = 0, 0
    for (offset, _), doc in zip(pieces, docs):
        arrays: Arrays = doc.user_data["arrays"]
        triggers = doc.user_data["triggers"]
        ents = list(doc.ents)
        text = arrays.text
        e = 0
        for (start, end), number in zip(arrays.sentences, arrays.paragraphs):
            here = []
            linker.paragraph = paragraph_base + number
            while e < len(ents) and ents[e].start < end:
                here.append(ents[e])
                e += 1
            mentions = anaphoric_post(_mentions(here, start, end, arrays, offset, linker, pipeline), arrays, start, end,
                                      offset, rules.post_office(paragraph_base + number, index))
            mentions = described_person(mentions, arrays, start, end, offset, linker, rules.new_holder_of,
                                        rules.lead_person())
            mentions = body_in_apposition(mentions, arrays, start)
            s = Sentence(arrays, start, end, offset, mentions, index, paragraph_base + number,
                         text[arrays.idx[start]:arrays.ends[end - 1]])
            s.inherit = time.inherited(s)
            index += 1
            found = [(k, a - start, b - start) for k, a, b in triggers if start <= a < end]
            s.triggers = sorted({a for _, a, _ in found})
            rules.apply(s, found)
            time.advance(s)
        paragraph_base += (arrays.paragraphs[-1] + 1) if arrays.paragraphs else 0
    facts = rules.finish()
    if document.published is None and time.unresolved:
        notes.append(f"no publication date: {len(time.unresolved)} relative date(s) left unresolved "
                     f"({', '.join(sorted(time.unresolved)[:5])})")
    if not facts:
        notes.append("no facts found")
    return Extraction(document, key, facts, linker, notes)


def _full_names(docs: list) -> dict[str, str]:
    """Surname -> full name, for the surnames the whole text gives one full name (a pass over the
    entities the pipeline found)."""
    names: dict[str, set[str]] = {}
    for doc in docs:
        for e in doc.ents:
            words = [w for w in e.text.split() if w not in HONORIFICS and w not in POST_NOMINALS]
            if e.label_ in ("PERSON", "NAME") and len(words) > 1 and words[-1][:1].isupper():
                names.setdefault(words[-1], set()).add(" ".join(words))
    return {surname: next(iter(full)) for surname, full in names.items() if len(full) == 1}


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """The text in pieces spaCy can hold: whole paragraphs, up to CHUNK characters a piece (a
    document of ordinary length is one piece)."""
    start = end = None
    for offset, paragraph in _paragraphs(text):
        if start is not None and offset + len(paragraph) - start > CHUNK:
            yield start, text[start:end]
            start = None
        if start is None:
            start = offset
        end = offset + len(paragraph)
    if start is not None:
        yield start, text[start:end]


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    for m in re.finditer(r"(?:[^\n]|\n(?!\s*\n))+", text):
        block, start = m.group(0), m.start()
        if not block.strip():
            continue
        if len(block) <= CHUNK:
            yield start, block
            continue
        # A very long paragraph: cut at line ends, then at spaces, so no piece exceeds CHUNK.
        pos = 0
        while pos < len(block):
            end = min(len(block), pos + CHUNK)
            if end < len(block):
                cut = max(block.rfind("\n", pos, end), block.rfind(". ", pos, end))
                end = cut + 1 if cut > pos else (block.rfind(" ", pos, end) + 1 or end)
            yield start + pos, block[pos:end]
            pos = end


#: A month or a weekday in capitals inside a line that has lowercase words ("held on THURSDAY 19 MAY 2022"):
#: a month only next to a day number or a year (a capitalised "MAY" alone may be the verb).
_CAPITAL_DATE = re.compile(r"\b(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\b"
                           r"|(?<=\d )(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
                           r"|DECEMBER)\b"
                           r"|\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
                           r"|DECEMBER)(?= \d)")


#: A council's name in capitals inside a mixed line ("MINUTES of the ANNUAL MEETING of WESSEX COUNTY COUNCIL"),
#: read in title case so the council is found.
_CAPITAL_COUNCIL = re.compile(r"\b(?:[A-Z][A-Z'&-]+ ){1,5}COUNCIL\b")
#: A paragraph's first word in capitals before a capitalised word, in the news style ("NEIL Coyle, the
#: Labour MP", "PEMBROKESHIRE County Council's leader").
_LEAD_CAPITALS = re.compile(r"(?m)^([A-Z]{4,})(?= [A-Z][a-z])")


def _readable(paragraph: str, capitals: frozenset[str] = frozenset()) -> str:
    """Capitals-only lines in title case (same length), so names in headings are found; a date in
    capitals inside a mixed line ("MINUTE of the meeting held on THURSDAY 19 MAY 2022") in title case, so
    the date patterns read the day, not the year alone (minutes are dated by that day); a paragraph's
    first word in capitals ("NEIL Coyle") in title case, unless the graph writes it so ("UKIP")."""
    # Curly apostrophes read as straight ones, so "Labour’s" meets the graph's "Labour's" (same length).
    paragraph = paragraph.replace("’", "'")
    paragraph = _CAPITAL_DATE.sub(lambda m: m.group(0).title(), paragraph)
    paragraph = _CAPITAL_COUNCIL.sub(lambda m: m.group(0).title(), paragraph)
    paragraph = _LEAD_CAPITALS.sub(lambda m: m.group(0) if m.group(0) in capitals else m.group(0).title(),
                                   paragraph)
    out = []
    for line in paragraph.split("\n"):
        # a line with no lowercase letter and more than 12 capitals (line.upper() is cheaper than a
        # scan of every character, and nearly every line fails it)
        if line == line.upper() and sum(c.isalpha() for c in line) > 12:
            titled = _title_case(line)
            line = titled if len(titled) == len(line) else line
        out.append(line)
    return "\n".join(out)


def _mentions(ents: list, start: int, end: int, a: Arrays, offset: int, linker: Linker,
              pipeline: Pipeline) -> list[Mention]:
    """The sentence's mentions, each linked, in order; the context is updated as they are read."""
    out: list[Mention] = []
    covered: set[int] = set()
    for ent in ents:
        covered.update(range(ent.start, ent.end))
    words, lowers = a.words, a.lowers
    items = [(e.start, e.end, e.label_, e) for e in ents]
    # surnames of people this sentence names in full, for a surname later in it ("appointed Councillor
    # John Howard as Deputy Leader, and ... Councillors Farooq, Howard and Harper")
    named_here = {words[e.end - 1]: e.start for e in ents if e.label_ in ("PERSON", "NAME") and e.end - e.start > 1}
    for i in range(start, end):
        low, w = lowers[i], words[i]
        if not (low in _PRONOUNS or w[:1].isupper()) or i in covered:
            continue
        if low in _PRONOUNS and (w.islower() or (i == start and w.istitle())):
            items.append((i, i + 1, "PRON", None))
        elif w[:1].isupper() and not w.isupper() and w not in HONORIFICS and (w in linker.surnames or (  # "McReynolds"
                w.istitle() and len(pipeline.surnames.get(w, ())) == 1) or named_here.get(w, i) < i):
            # (a graph's surname only if one person has it: "Sir" is no one's)
            items.append((i, i + 1, "SURNAME", None))
        elif _first_name_alone(a, start, end, i) and linker.first_name(w) is not None:
            items.append((i, i + 1, "PERSON", None))  # "Greg succeeds Nadhim Zahawi": Greg Hands, named before
        elif w[:1].isupper() and w.istitle() and i != start and _org_slot(a, start, end, i):
            items.append((i, i + 1, "COUNCIL" if _org_slot(a, start, end, i) == "COUNCIL" else "ORG", None))
    items.sort(key=lambda t: t[0])
    for first, last_excl, label, ent in items:
        m = Mention(offset + a.idx[first], offset + a.ends[last_excl - 1],
                    ent.text if ent is not None else words[first], label, first - start, last_excl - 1 - start)
        _link(m, ent, first, last_excl, a, start, linker, pipeline, out)
        out.append(m)
        if m.entity is not None and label not in ("PRON",) and not _background(m, out, a, start):
            linker.note(m.entity)
    people = [m for m in out if m.entity is not None and m.entity.kind == "PERSON"]
    for m in people:
        title = a.words[start + m.first - 1] if m.first > 0 else ""
        if title in _TITLES:
            linker.gender.setdefault(m.entity.iri, _TITLES[title])
        elif _woman_in_apposition(a, start + m.last + 1, end):
            # "Ballantyne, the party's social security spokeswoman": the text says she, as a title would
            linker.gender.setdefault(m.entity.iri, "f")
    # the person the sentence is about: its first person mention that is not a possessor ("X's report")
    # or inside a prepositional phrase ("At the launch of X's report, Y accused ...")
    subject = next((m for m in people if not (m.last + 1 < end - start and a.lowers[start + m.last + 1] in ("'s", "’s"))
                    and not (m.first > 0 and a.lowers[start + m.first - 1] in _PREPOSITIONS)),
                   people[0] if people else None)
    linker.subjects.append(subject.entity if subject is not None else None)
    # the organisation a sentence is about: its first mention, an organisation, not in a prepositional phrase
    # ("In January the Conservative group expelled X ...": what "It" in the next sentence is)
    first = next((m for m in out if m.entity is not None and m.label not in ("DATE", "PRON")), None)
    linker.org_subjects.append(first.entity if first is not None and first.entity.kind in ORG_KINDS - {"COLLECTIVE"}
                               and not (first.first > 0 and a.lowers[start + first.first - 1] in _PREPOSITIONS)
                               else None)
    linker.paragraphs.append(linker.paragraph)
    named = {m.entity.iri for m in out if m.entity is not None and m.entity.kind == "COUNCIL" and m.label != "DEF"}
    (linker.in_lists if len(named) >= 3 else linker.named_alone).update(named)
    linker.sentence_parties.append([m.entity for m in out if m.entity is not None and m.entity.kind == "PARTY"
                                    and m.label not in ("DEF", "PRON")])
    return out


def _first_name_alone(a: Arrays, start: int, end: int, i: int) -> bool:
    """Whether token ``i`` is a capitalised word standing alone, as a first name used for someone
    named in full before does ("Greg succeeds ...", "Caroline's win"): not run on to another
    capitalised word (a full name, "Greg Clark", or a place) and not a title's or a name's tail."""
    w = a.words[i]
    if not (w.istitle() and w.isalpha()) or a.lowers[i] in STOP_WORDS:
        return False
    if i + 1 < end and a.words[i + 1][:1].isupper():
        return False
    return i == start or not a.words[i - 1][:1].isupper()


def _background(m: Mention, so_far: list[Mention], a: Arrays, sent_start: int) -> bool:
    """A council named in an apposition that describes someone ("Biggs, the former Mayor of Tower
    Hamlets"), or a place named as a seat or a ward ("the MP for Braintree", "councillor for
    Kingswells", "the Byker councillor"): background, not what later "the council" refers to."""
    if m.entity is None or m.entity.kind != "COUNCIL":
        return False
    if _seat_slot(m, a, sent_start):
        return True
    if len(so_far) < 3:
        return False
    role, person = so_far[-2], so_far[-3]
    if role.label != "ROLE" or m.first != role.last + 2 or a.lowers[sent_start + role.last + 1] != "of":
        return False
    k = role.first - 1
    while k >= 0 and a.lowers[sent_start + k] in ("the", "a", "an", "former", "then"):
        k -= 1
    return k >= 0 and a.lowers[sent_start + k] == "," and person.entity is not None and \
        person.entity.kind == "PERSON" and person.last == k - 1


#: Words a seat's or a ward's name comes after ("the MP for Braintree") or before ("the Byker councillor").
_SEAT_BEFORE = frozenset({"mp", "msp", "ms", "mla", "mep", "councillor", "member", "cllr", "parliament", "senedd",
                          "assembly"})
_SEAT_AFTER = frozenset({"mp", "msp", "ms", "mla", "mep", "councillor", "ward", "constituency", "division", "seat"})


def _seat_slot(m: Mention, a: Arrays, sent_start: int) -> bool:
    """Whether a name stands where a constituency or a ward does: after "MP for" / "councillor for",
    or before "councillor", "MP" or "ward" without "city" or "county" between."""
    first, last = sent_start + m.first, sent_start + m.last
    if first >= 2 and a.lowers[first - 1] == "for" and a.lowers[first - 2] in _SEAT_BEFORE:
        return True
    return last + 1 < a.n and a.lowers[last + 1] in _SEAT_AFTER and not m.text.endswith("Council")


#: An authority named head first: "Royal Borough of Kensington and Chelsea", "City of Edinburgh" (not
#: "City of London Police": a name ending in another head is that head's).
_AUTHORITY_NAME = re.compile(r"^(?:(?:Royal|London|Metropolitan)\s+)?(?:Borough|City|County|District)\s+of\s+"
                             r"(?!.*\b(?:" + "|".join(sorted(ORG_HEADS - {"Council"})) + r")$)")


def _council_of_place(place: str, name: str, linker: Linker) -> Entity | None:
    """The council an authority named head first ("City and County of Bristol") is: the graph's, by
    its full name or its place, else the last council the document named whose name holds the place
    ("Bristol City Council" in a heading). Cost: a cached look-up, then a scan of the linked things."""
    found = linker.council(name) or linker.council(place)
    if found is not None:
        return found
    words = place.split()
    return next((e for e in reversed(list(linker.entities.values())) if e.kind == "COUNCIL" and e.label != name
                 and e.label.split()[:len(words)] == words), None)


#: Seat words a constituency's name comes before ("the Harrow East MP").
SEAT_WORDS = frozenset({"mp", "msp", "ms", "mla", "mep"})


def _org_slot(a: Arrays, start: int, end: int, i: int) -> bool | str:
    """A single capitalised word in a slot only an organisation fills: "Jim Kennedy of Unite",
    "a Unite official"."""
    prev = a.lowers[i - 1] if i > start else None
    nxt = a.lowers[i + 1] if i + 1 < end else None
    if prev == "of" and i >= 2 and a.label[i - 2] in ("PERSON", "NAME"):
        return True
    if prev in ("of", "on", "over") and i >= 2 and a.lowers[i - 2] in ("control", "majority"):
        return "COUNCIL"  # "won control of Woking"
    return prev in ("a", "an") and nxt in ("official", "member", "activist", "organiser", "organizer", "delegate",
                                           "representative", "steward")


def _party_naming_body(party: Mention, body: Mention, a: Arrays, sent_start: int) -> bool:
    """Whether ``party`` names the body described right after it ("the Scottish Conservative management
    board", "The SDLP Management Committee"): a party (not "Independent") just before, itself opening
    a phrase (not inside a longer name: "the Environment and Green Investment Committee")."""
    if party.entity is None or party.entity.kind != "PARTY" or party.last != body.first - 1 or \
            party.entity.label.lower().startswith("independent"):
        return False
    before = sent_start + party.first - 1
    return before < sent_start or a.lowers[before] in ("the", "a", "its", "their", ",", "(", ":", ";") or \
        not a.words[before].strip()


def _post_as_role(m: Mention, text: str, linker: Linker) -> bool:
    """"Leader of Monmouthshire County Council", "Leader of the Labour Party", a post the graph knows by
    that name: read as the role it is, of the council, party or body it names (the rules read offices
    from roles)."""
    head, _, rest = text.partition(" of ")
    role = role_lexicon()["roles"].get(re.sub(r"^(?:the|a)\s+", "", head.lower()).strip())
    if not role or not rest:
        return False
    rest = re.sub(r"^(?:the|The)\s+", "", rest)
    m.label, m.role, m.role_text, m.entity = "ROLE", role, head, None
    m.possessor = linker.council(rest) if rest.endswith("Council") else _party_in(rest, linker)
    m.possessor = m.possessor or linker.organisation(rest, "COUNCIL" if rest.endswith("Council") else "BODY")
    linker.note(m.possessor)
    return True


def _council_after(a: Arrays, end: int, linker: Linker) -> Entity | None:
    """The council named right after a group ("the Liberal Democrat group on Shropshire Council"): the
    graph's council of the capitalised words after "on" or "in" (before the group's own council in
    context, which the text may not have named yet)."""
    if end + 1 >= a.n or a.lowers[end] not in ("on", "in"):
        return None
    j = end + 1 + (a.lowers[end + 1] == "the")
    k = j
    while k < a.n and a.words[k][:1].isupper() and a.words[k].isalpha():
        k += 1
    return linker.council_named(" ".join(a.words[j:k])) if k > j and a.words[k - 1] == "Council" else None


#: Nouns for a settlement that a county's name before them places ("the Essex new town", "a Kent village").
SETTLEMENT_NOUNS = {"town", "new", "village", "market", "seaside", "port", "resort", "suburb", "coastal"}


def _link(m: Mention, ent, first: int, end: int, a: Arrays, sent_start: int, linker: Linker,  # type: ignore[no-untyped-def]
          pipeline: Pipeline, so_far: list[Mention]) -> None:
    label = m.label
    if end - first == 1 and first > sent_start and a.words[first - 1] in _PERSON_TITLES and \
            a.words[first] in linker.surnames and label != "PERSON":
        # "Councillor Stirling" after "Anne Stirling": the person, not the council the graph names so
        m.entity, m.label = linker.surnames[a.words[first]], "PERSON"
        return
    # a collective widened over a party's name keeps that name's id on its first token: not its own
    ent_id = ent.ent_id_ if ent is not None and label not in ("COLLECTIVE", "ROLE", "DATE") else ""
    text = m.text
    lowers = a.lowers
    if label == "POST" and _post_as_role(m, text, linker):
        return
    if label == "ORG" and text == "Alliance" and linker.nation == "northern-ireland":
        # "Alliance councillor X", "Alliance and the SDLP": in a text about Northern Ireland, its party
        m.entity, m.label = linker.party("alliance-ni", text), "PARTY"
    elif label in ("ORG", "BODY") and end < a.n and lowers[end] in ("councillor", "ward") and \
            not text.endswith("Council"):
        # "the West Fenham councillor": an organisation's name (not a council's) before "councillor"
        # is a ward, whatever the graph has filed under it
        m.entity = linker.mint(str(uris.organisation(uris.slugify(text))), text, "PLACE", ())
    elif label == "COUNCIL" and first > sent_start and lowers[first - 1] in ("the", "a", "an") and end + 1 < a.n and \
            lowers[end] in SETTLEMENT_NOUNS:
        # "the Essex new town", "a Kent village": a county naming where a place is, not its council
        m.entity = linker.mint(str(uris.organisation(uris.slugify(text))), text, "PLACE", ())
    elif ent_id.startswith(("http://", "https://")) and text in _unit_names():
        m.entity = linker.unit(_unit_names()[text])  # "Welsh Labour": linked like a party in a text
    elif ent_id.startswith(("http://", "https://")):
        m.entity = linker.known(ent_id, label)
        if label == "PARTY":
            m.entity = linker.national(m.entity, text)
        if label == "PERSON":
            linker.surnames.setdefault(m.entity.label.split()[-1], m.entity)
        _possessor_in_name(m, linker)
    elif ent_id.startswith("party:"):
        m.entity = linker.party(ent_id.split(":", 1)[1], text)
    elif ent_id.startswith("unit:"):
        m.entity = linker.unit(ent_id.split(":", 1)[1])
    elif label in ("ORG", "BODY") and end < a.n and lowers[end] in SEAT_WORDS and a.words[end].isupper():
        # "the Glasgow Central MP": a constituency, a place, not an organisation later offices are in
        m.entity = linker.constituency(text)
    elif label in ("ORG", "BODY") and text.split()[-1].lower() in BODY_HEADS and so_far and \
            _party_naming_body(so_far[-1], m, a, sent_start):
        # "The SDLP Management Committee": the party's body, named after it
        m.entity = linker.described_body(text, so_far[-1].entity)
        m.possessor = so_far[-1].entity
    elif label in ("ORG", "BODY") or (label == "COUNCIL" and ent is None):
        head_first = _AUTHORITY_NAME.match(text)
        council = text.endswith("Council") or label == "COUNCIL" or head_first is not None
        # "the City and County of Bristol", "County of Durham": the graph's council of that place,
        # by whatever name the graph gives it ("Bristol City Council"), before a new one is minted
        # or the council of that place the document has already named ("BRISTOL CITY COUNCIL" heading)
        m.entity = (head_first is not None and _council_of_place(text[head_first.end():], text, linker)) \
            or linker.organisation(text, "COUNCIL" if council else "BODY")
    elif label == "NAME" and text.split()[-1] in PLACE_HEADS:
        m.entity = None  # "a Causeway Coast and Glens Borough councillor": a place's name, no one's
    elif label in ("PERSON", "NAME"):
        m.entity = linker.person(text)
    elif label == "SURNAME":
        m.entity = linker.surnames.get(text) or _graph_surname(text, linker, pipeline)
        if m.entity is None and ent is not None:  # "Mr Gething", someone not named in full before
            # (minutes name "Councillor Thompson" before "Councillor Lucille Thompson": one person)
            m.entity = linker.person(linker.full_names.get(text, text))
        m.label = "PERSON"
    elif label == "POLICY":
        m.entity = linker.policy(text)
    elif label == "THING":
        m.entity = linker.thing(text)
    elif label == "PLACE":
        m.entity = linker.mint(str(uris.organisation(uris.slugify(text))), text, "PLACE", ())
    elif label == "PRON":
        m.entity = _pronoun(text.lower(), first, sent_start, a, linker, so_far)
    elif label == "DEF":
        owner = so_far[-1] if so_far and first >= 2 and a.words[first - 1] in ("'s", "’s") and \
            so_far[-1].last == m.first - 2 and so_far[-1].entity is not None else None
        if owner is None and so_far and _party_naming_body(so_far[-1], m, a, sent_start):
            owner = so_far[-1]  # "the Scottish Conservative management board": the party's body
        if end + 1 < a.n and lowers[end] == "of" and (a.words[end + 1][:1].isupper() or a.label[end + 1]):
            m.entity = None  # "the national coordinating group of Momentum": a description, not a reference
        elif owner is not None and owner.entity.kind in ORG_KINDS and lowers[first] not in ("the", "a", "an"):
            described = so_far[-2] if len(so_far) >= 2 and owner.first >= 2 and lowers[sent_start + owner.first - 1] in (
                ",", "the") and so_far[-2].entity is not None and so_far[-2].entity.kind == "BODY" else None
            if described is not None and so_far[-2].last >= owner.first - 3:
                # "The committee, Labour's highest disciplinary body, ...": the body just named
                m.entity = described.entity
            else:
                # "the party's management board": that party's body, by the graph's name for it if it
                # has one ("the Green Party's executive": the Green Party Executive), else of its own
                m.entity = linker.described_body(text, owner.entity)
                if text.split()[-1].lower() in BODY_HEADS:
                    m.possessor = m.possessor or owner.entity
        else:
            m.entity = _definite(text.lower().split()[-1], text.lower(), linker, sentence_start=so_far)
    elif label == "GROUP":
        party = _party_in(text, linker)
        council = _council_after(a, end, linker) or linker.council_in_context()
        named = _party_names_re()[0].search(text)
        # "the Green and Independent group": a joint group, its own organisation, not one party's group
        joint = re.search(r",|\band\b|&", _party_names_re()[0].sub("P", text)) is not None
        if party is not None and council is not None and not joint:
            m.entity = linker.council_group(party, council, named.group(0) if named else None)
        else:
            m.entity = linker.organisation(text, "BODY")
    elif label == "COLLECTIVE":
        party = _party_in(text, linker) or _possessing_party(first, a, sent_start, so_far)
        if party is None and re.match(r"^(?:the )?party['’]s ", text, re.IGNORECASE):
            party = _definite("party", "the party", linker, so_far)  # "the party's Senedd members"
        council = _council_in(text, linker)
        if council is not None:
            linker.note(council)
        if party is not None:
            linker.note(party)
        m.entity = linker.collective(text, party, council)
    elif label == "CONTROLLED":
        head = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE).split("-")[0]
        m.possessor = _party_in(head, linker) or (_party_in(f"{head}s", linker) if head == "Green" else None)  # "Green-led"
        m.entity = None
        k = end
        if k < a.n and a.words[k] in ("–", "-", "—", ",") and k + 1 < a.n and a.label[k + 1]:
            name = a.words[k + 1]
            m.entity = linker.council(name) or linker.organisation(f"{name} Council", "COUNCIL")
        elif k < a.n and a.words[k][:1].isupper() and a.words[k].isalpha():
            # "Labour-run Liverpool": the graph's council of that name, never a fuzzy or a minted one
            council = linker.council(a.words[k])
            m.entity = council if council is not None and council.label.startswith(a.words[k]) else None
            named = next((j for j in range(k + 1, min(a.n, k + 5)) if a.words[j] == "Council"
                          and all(w[:1].isupper() or w == "of" for w in a.words[k:j])), None)
            if m.entity is None and named is not None:
                # "Labour-run Lambeth Council", "the Labour-run City of Wolverhampton Council"
                m.entity = linker.council(" ".join(a.words[k:named + 1]))
        if m.entity is None and (text.lower().startswith("the ") or (first > 0 and lowers[first - 1] == "the")):
            m.entity = linker.last({"COUNCIL"})  # "the Labour-run authority": the council in context
    elif label == "ROLE":
        # determiners, possessives included ("their co-leaders", "our leader"), are no part of a role; nor is
        # the nation whose government's it is ("Scotland's finance secretary")
        text = NATION_OWNED.sub("", text)
        words = [w for w in re.split(r"\s+", text.lower()) if w not in ROLE_DETERMINERS and w not in ROLE_QUALIFIERS]
        phrase = " ".join(words)
        roles = role_lexicon()["roles"]
        whole = " ".join(w for w in text.lower().split() if w not in ROLE_DETERMINERS)
        lead = text.lower().split()
        while lead and (lead[0] in ROLE_DETERMINERS or lead[0] in ROLE_QUALIFIERS):
            # "the Leader of the Opposition", "a former Leader of the House": determiners inside a role's name
            # are its own
            lead = lead[1:]
        named = " ".join(lead)
        singular = re.sub(r"s$", "", phrase)
        # "the party chairman": the longest ending of the phrase that names a role
        ending = next((" ".join(words[k:]) for k in range(1, len(words)) if " ".join(words[k:]) in roles
                       and words[k - 1] in ("party", "council", "group", "uk", "national")), None)
        head, _, portfolio = phrase.partition(" for ")
        if not portfolio and phrase.startswith("minister of "):
            head, _, portfolio = phrase.partition(" of ")  # "Minister of Justice"
        if portfolio and head in role_lexicon()["portfolio_roles"]:
            # "the cabinet member for families, parks and leisure": the office with its portfolio, as written
            # ("Minister for the Economy" keeps its article)
            written = " ".join(w for w in lead if w not in ROLE_QUALIFIERS)
            m.role = uris.slugify(written)
            linker.role_labels[m.role] = re.sub(r"\s+([,'’])", r"\1", written)
        elif named in roles:
            m.role = roles[named]
        elif whole in roles:  # "acting leaders", "interim chief executive"
            m.role = roles[whole]
        elif phrase in roles:
            m.role = roles[phrase]
        elif singular in roles:  # "co-leaders"
            m.role = roles[singular]
        elif ending is not None:
            m.role = roles[ending]
        elif words:
            m.role = uris.slugify(phrase)
        m.role_text = text
    # possessive: "Labour's National Executive Committee", "the SNP's chief executive", "its committee"
    if so_far and ent is not None and first >= 2 and a.words[first - 1] in ("'s", "’s", "'", "’"):
        prev = so_far[-1]
        if prev.last == m.first - 2 and prev.entity is not None and prev.entity.kind in ORG_KINDS | {"PERSON"}:
            m.possessor = prev.entity
    elif so_far and ent is not None and first >= 1 and lowers[first - 1] in ("its", "their") and \
            label not in ("ROLE", "DATE"):
        prev = so_far[-1]
        if prev.last == m.first - 1 and prev.entity is not None and prev.entity.kind in ORG_KINDS:
            m.possessor = prev.entity
    _own_partys_body(m, linker)
    if label == "ROLE" and m.possessor is None:
        inner = [k for k in range(first, end) if a.words[k] in ("'s", "’s")]
        if inner:
            head = " ".join(a.words[first:inner[0]])
            m.possessor = _party_in(head, linker) or _definite(head.lower().split()[-1], head.lower(), linker, so_far)


def _own_partys_body(m: Mention, linker: Linker) -> None:
    """A body the graph files under one party ("National Executive Committee": Labour's), named as
    another party's ("the SNP's National Executive Committee", or bare in a story whose title names the
    SNP), is that other party's body of the name."""
    hit = PARTY_BODY_IRI.search(m.entity.iri) if m.entity is not None and m.entity.kind == "BODY" else None
    owner = m.possessor if m.possessor is not None else linker.topic
    if hit is None or owner is None or owner.kind != "PARTY":
        return
    slug = party_slug(owner.iri)
    if slug is not None and slug != hit.group(1) and _party_in(m.text, linker) is None:
        # by the graph's name for it without its party ("NEC": "National Executive Committee"), so that
        # every naming of the body is one body (the graph's own body of that party where it has one)
        name = re.sub(r"\s+of\s+the\s+.*$", "", m.entity.label) if m.text.isupper() else m.text
        m.entity = linker.described_body(name, owner, by_aliases=True)




def _possessing_party(first: int, a: Arrays, sent_start: int, so_far: list[Mention]) -> Entity | None:
    """The party whose people a plural noun at ``first`` names, past a few lower-case words: "Labour's
    newly elected councillors", "Plaid's new group of councillors". None when no party owns them."""
    k = first - 1
    while k >= sent_start and first - k <= 5 and a.words[k].replace("-", "").isalpha() and a.words[k].islower():
        k -= 1
    if k < sent_start or a.lowers[k] not in ("'s", "’s"):
        return None
    party = next((m for m in reversed(so_far) if m.last + sent_start == k - 1), None)
    return party.entity if party is not None and party.entity is not None and party.entity.kind == "PARTY" else None


def _pronoun(low: str, i: int, sent_start: int, a: Arrays, linker: Linker, so_far: list[Mention]) -> Entity | None:
    """What a pronoun stands for, by position: a person pronoun is the person its sentence is about
    (its first person) or, right after "X, who", that X; before any, the person the previous sentence
    was about. "it" as a subject is an organisation, as an object a proposal first. A person the text
    has already called "she" is not "he" (and the other way round): the text's own pronouns and
    titles say so, never a guess from a name."""
    if low in PRONOUNS_PERSON:
        gender = "m" if low in _MALE else "f"
        people = [m for m in so_far if m.entity is not None and m.entity.kind == "PERSON"
                  and linker.gender.get(m.entity.iri, gender) == gender]
        found = _person_pronoun(low, i, sent_start, a, linker, people, gender)
        if found is not None:
            linker.gender.setdefault(found.iri, gender)
        return found
    if low in PRONOUNS_THING:
        prev = a.lowers[i - 1] if i > sent_start else ""
        object_position = low == "it" and prev and prev not in _NOT_VERBS
        orgs = ORG_KINDS - {"COLLECTIVE"}
        if object_position:
            return linker.last({"POLICY"}) or linker.last(orgs)
        if i == sent_start and linker.org_subjects and linker.org_subjects[-1] is not None and \
                not (i + 1 < a.n and a.lowers[i + 1] in ("is", "was", "'s", "’s", "seems", "appears")):
            return linker.org_subjects[-1]  # "The group expelled X, who led the council. It suspended Y": the group
        return linker.last(orgs) or linker.last({"POLICY"})
    return linker.last({"COLLECTIVE"})


def _person_pronoun(low: str, i: int, sent_start: int, a: Arrays, linker: Linker, people: list[Mention],
                    gender: str) -> Entity | None:
    """A person pronoun (see :func:`_pronoun`); ``people`` are the sentence's people so far that it
    may stand for."""
    if not people:
        found = linker.last_subject(gender=gender)
        if found is not None and i == sent_start and low in ("he", "she") and _named_after(found, i, a):
            # "He has been interim leader since Davidson resigned": a sentence's opening pronoun is not
            # someone the sentence goes on to name
            found = linker.last_subject(excluding=found, gender=gender)
        return found
    last = people[-1]
    between = a.lowers[sent_start + last.last + 1:i]
    if any(w in _RELATIVE for w in between) or \
            any(w == "which" and v == "," for v, w in zip(between, between[1:])):
        # "X, who ...", "His deputy is Y, which must make her one of ...": the one just named (not "him":
        # "Kerr, who went to the meeting with him", the object of X's own clause is someone else)
        # (but "Khan, who has been deputy since Mrs Lucas chose him": another subject between, so X again)
        other = any(a.label[k] in ("PERSON", "NAME", "SURNAME") for k in range(sent_start + last.last + 1, i))
        return last.entity if low != "him" or other else linker.last_subject(excluding=last.entity, gender=gender)
    if low in ("him", "her") and i > sent_start and a.lowers[i - 1] not in _NOT_VERBS | {"of", "to", "for", "with",
                                                                                          "from"}:
        # the object of a verb is not its clause's subject ("Formby suspended him"), but may be the
        # subject of the clause around it ("Anderson had sat as an independent since the party
        # suspended him") or of the clause "but" joins ("She apologised, but the party suspended her")
        boundary = max((k for k in range(sent_start + people[0].last + 1, i) if a.lowers[k] in _SUBORDINATE
                        or a.lowers[k] in ("but", "yet")),
                       default=None)
        if boundary is not None and not any(sent_start + p.first > boundary for p in people) and \
                any(a.label[k] is not None for k in range(boundary + 1, i)):
            # (a clause with no subject of its own, "after challenging her", shares the main one's)
            return people[0].entity
        # nor the subject of the verb it follows ("He took the seat, and Sunak made him deputy chairman":
        # not Sunak), the person named just before it in its clause
        verb_subject = last.entity if not any(w in (",", ";", "and", "but") or w in _SUBORDINATE for w in between) \
            and last is not people[0] else None
        others = [p.entity for p in people[1:] if p.entity not in (people[0].entity, verb_subject)]
        if verb_subject is not None:
            return others[-1] if others else people[0].entity
        earlier = linker.last_subject(excluding=people[0].entity, gender=gender)
        return (others[-1] if others else None) or earlier or people[0].entity
    return people[0].entity


def _woman_in_apposition(a: Arrays, k: int, end: int) -> bool:
    """Whether the apposition opening at token ``k`` (", the group's chairwoman,") has a noun in "-woman"."""
    if k >= end or a.lowers[k] != ",":
        return False
    j = k + 1
    while j < min(end, k + 9) and a.lowers[j] not in (",", ";", ".", "and"):
        if a.lowers[j].endswith("woman"):
            return True
        j += 1
    return False


def _named_after(person: Entity, i: int, a: Arrays) -> bool:
    """Whether the sentence token ``i`` opens names ``person`` by surname after it (not as "X himself",
    which points back at the one already meant: "He called his predecessor ..., when Mr Gething himself
    was health minister")."""
    surname = person.label.split()[-1]
    k = i + 1
    while k < a.n and not a.starts[k]:
        if a.words[k] == surname and not (k + 1 < a.n and a.lowers[k + 1] in ("himself", "herself")):
            return True
        k += 1
    return False


def _possessor_in_name(m: Mention, linker: Linker) -> None:
    """A graph name that opens with a party's possessive ("Labour's governing body") names a body of that party."""
    hit = re.match(r"^(.+?)['’]s\s", m.text)
    if hit:
        m.possessor = _party_in(hit.group(1), linker)


@cache
def _party_names_re() -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    """One regular expression for every party and unit name, longest first, and what each names."""
    owner: dict[str, tuple[str, str]] = {}
    for slug, unit in party_units().items():
        for name in unit["names"]:
            owner.setdefault(name, ("unit", slug))
    for slug, names in party_names().items():
        for name in names:
            owner.setdefault(name, ("party", slug))
    alternatives = "|".join(re.escape(n) for n in sorted(owner, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b"), owner


@cache
def _unit_names() -> dict[str, str]:
    return {name: slug for slug, unit in party_units().items() for name in unit["names"]}


def _party_in(text: str, linker: Linker) -> Entity | None:
    """The party (or the Scottish or Welsh part of one) a piece of text names, longest name first."""
    pattern, owner = _party_names_re()
    hit = pattern.search(text)
    if hit is None:
        return None
    kind, slug = owner[hit.group(0)]
    if kind == "unit":
        return linker.unit(slug)
    iri = linker.party_iri(slug)
    if iri in linker.pipeline.labels:
        return linker.known(iri, "PARTY")
    return linker._find(hit.group(0), ["party"]) or linker.party(slug, hit.group(0))


def _council_in(text: str, linker: Linker) -> Entity | None:
    hit = re.match(r"^([A-Z][\w-]+(?: [A-Z][\w-]+)*)['’]s\b", text)
    if hit:
        return linker.council(hit.group(1))
    # "Haringey council leaders", not "Green councillors" (a party's councillors, not a council "Green")
    hit = re.match(r"^([A-Z][\w-]+) (?:council\b|Labour|Conservative|Liberal)", text)
    if hit and _party_in(hit.group(1), linker) is None:
        return linker.council(hit.group(1))
    # "Six Liverpool city councillors", "the Tameside councillors": the council of the place before them
    hit = re.search(r"\b([A-Z][\w-]+(?: [A-Z][\w-]+)*) (?:(?:city|county|borough|district|town) )?councill?ors\b",
                    uncounted(text))
    if hit and _party_in(hit.group(1), linker) is None:
        found = linker.council_named(hit.group(1))
        # (the graph's council of that name, never a near one: "Three councillors" is no "Three Rivers")
        return found if found is not None and found.kind == "COUNCIL" and \
            re.fullmatch(rf"(?:City of |Royal Borough of |London Borough of )?{re.escape(hit.group(1))}"
                         r"(?: (?:London|City|County|Borough|District|Metropolitan|Town))*(?: Council)?", found.label) \
            else None
    return None


#: Where a title names a council: "Wrexham council leader ...", "Monmouthshire County Council elects",
#: "elected Mayor of Lewisham", "Glasgow's SNP", "Commissioners sent into Slough".
_TITLE_COUNCIL = re.compile(
    r"\b([A-Z][\w-]+(?: (?:[A-Z][\w-]+|and|upon|on))*?) (?:(?:City|County|Borough|District) )?[Cc]ouncil\b"
    r"|\b(?:[Mm]ayor|[Ll]eader|[Pp]rovost) of (?:the )?([A-Z][\w-]+(?: [A-Z][\w-]+)*)"
    r"|\b([A-Z][\w-]+(?: [A-Z][\w-]+)*)['’]s\b"
    r"|\b(?:in|into|for|of|run) ([A-Z][\w-]+(?: [A-Z][\w-]+)*)"
    r"|\b([A-Z][\w-]+(?: (?:[A-Z][\w-]+|and|upon|on))*?) [Cc]ouncill?ors?\b"
    # "Glasgow SNP loses two councillors", "Harrow Labour dumps Shah": a headline opening with a place and
    # its party's local side
    r"|^([A-Z][\w-]+(?: (?:[A-Z][\w-]+|and|upon|on))*?) (?:SNP|Labour|Tory|Tories|Conservatives?|Lib Dems?|"
    r"Liberal Democrats?|Greens?|Plaid|Reform|UKIP|DUP|SDLP|Sinn|Independents?)\b")


def _council_in_title(title: str | None, linker: Linker) -> Entity | None:
    """The council a document's title names: the graph's council of a name the title gives it, or, for
    "X council" / "X County Council" in so many words, that council (new if the graph has none)."""
    for hit in _TITLE_COUNCIL.finditer(title or ""):
        name = next(g for g in hit.groups() if g)
        if _party_in(name, linker) is not None:
            continue
        if hit.group(5):
            # "Eight Brent councillors dropped": the place may follow a capitalised word of the headline
            # ("Tameside and Stockport councillors" are two councils' and no one place's)
            words = name.split()
            starts = range(words.index("and") if "and" in words else len(words))
            found = next(filter(None, (linker.council_named(" ".join(words[k:])) for k in starts)), None)
            if found is not None:
                return found
            continue
        found = linker.council_named(name)
        if found is not None:
            return found
        if hit.group(1):
            kind = hit.group(0)[len(name):].strip()
            return linker.organisation(f"{name} {kind[:1].upper()}{kind[1:]}", "COUNCIL")
    return None


def _definite(head: str, text: str, linker: Linker, sentence_start: list[Mention] | None = None) -> Entity | None:
    if head in ("council", "authority", "administration", "cabinet"):
        council = linker.council_in_context()
        kind = next((w for w in text.split() if w in COUNCIL_TYPES), None)
        if council is not None and kind is not None and kind not in council.label.lower().split():
            return None  # "the county council" in a story about a district council: another council
        return council
    if head == "party":
        if any(w in text.split() for w in ("uk", "british", "national")):
            # "the UK party": the whole party of which the one in context is the Scottish or Welsh part
            near = linker.topic or linker.last({"PARTY"})
            return (near.party or near) if near is not None else None
        # "the party": a party named earlier in the sentence, else the party the document is about
        here = [m.entity for m in (sentence_start or []) if m.entity is not None and m.entity.kind == "PARTY"]
        if here:
            return here[-1]
        # else the party the sentence before named last (a story moves from party to party sentence
        # by sentence: "... joined the Conservatives in 2018. He was made deputy chairman of the party"),
        # else the party the document is about
        return linker.party_before()
    if head == "group":
        # (or a group named on no council the graph knows: "Hull's ruling Labour group ... the group suspended X")
        group = linker.last({"GROUP"}) or linker.last({"BODY"}, contains="group")
        members = linker.last({"COLLECTIVE"})
        # "Manchester's Labour councillors chose X as the leader of their group": the members' party
        party = linker.last({"PARTY"}) or (members.party if members is not None else None)
        council = linker.council_in_context() or (members.council if members is not None else None)
        if group is None and party is not None and council is not None and \
                text.lower() in ("the group", "their group", "its group"):
            # "Labour won Wessex Council ... the group elected its officers": that party's group there
            return linker.council_group(party, council)
        return group
    if head == "government":
        return linker.government()
    if head in ("committee", "board", "panel", "executive", "body", "union"):
        # "Labour's disputes panel met. The panel expelled X": the body named last with that head (one
        # described by its party may carry the party's kind), else the body named last
        return linker.last({"BODY", "PARTY"}, contains=head if head != "body" else None) or linker.last({"BODY"})
    return None


def _graph_surname(text: str, linker: Linker, pipeline: Pipeline) -> Entity | None:
    iris = pipeline.surnames.get(text, set())
    if len(iris) != 1:
        return None
    iri = next(iter(iris))
    entity = linker.known(iri, "PERSON")
    linker.surnames.setdefault(text, entity)
    return entity


#: Words a name in title case keeps in lower case ("Royal Borough of Kensington and Chelsea").
_NAME_LINKS = frozenset({"Of", "And", "The", "For", "On", "In", "Upon", "At", "To", "By", "Under"})


def _title_case(line: str) -> str:
    """A heading in title case as names are written in the graph: joining words in lower case,
    except the first word of the line."""
    words = re.split(r"(\s+)", line.title())
    seen = False
    for i, w in enumerate(words):
        if not w or w.isspace():
            continue
        if seen and w in _NAME_LINKS:
            words[i] = w.lower()
        seen = True
    return "".join(words)
