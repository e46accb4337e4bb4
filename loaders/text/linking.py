"""Linking mentions to things: IRIs already in the graph where one fits, minted IRIs otherwise.

A :class:`Linker` reads one document. It keeps the document's context as it goes (the council,
party, body, person, proposal and collective mentioned last, and the person each sentence is about),
so definite descriptions ("the council", "the committee", "the deal"), pronouns and bare surnames
("Ejiofor") resolve to what the text was talking about. Pronouns are resolved by position (the
person a sentence is about), never by guessing anyone's gender from their name. Names the
pipeline matched from the graph carry their IRI already; other names are looked up with
:mod:`partygraph.graph.lookup` (exact, then fuzzy for councils) before an IRI is minted with
:mod:`partygraph.ontology.uris`. Role mentions resolve through time: the leader of a
council on the publication date is the person the graph says held its leader post then. Lookups
that only depend on the graph (a council by name, who held a post on a day) are cached on the
pipeline, which lives as long as that version of the store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import FOAF, ORG, RDF, RDFS

from ...graph import lookup
from ...graph.sources import to_ox
from ...graph.store import OxigraphStore
from ...ontology import uris
from ...ontology.namespaces import PG
from .pipeline import COMPASS, PEERAGE, POST_NOMINALS, TEXT_GRAPHS, Pipeline, party_names, party_units

ORG_KINDS = {"PARTY", "BODY", "COUNCIL", "GROUP", "ORG", "COLLECTIVE"}
PRONOUNS_OBJECT = {"him", "her", "them", "it"}
PRONOUNS_PERSON = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
PRONOUNS_THING = {"it", "its"}
PRONOUNS_PLURAL = {"they", "them", "their", "theirs"}
_QUANTITY = re.compile(r"^(?:(?:more|fewer|less) than|over|almost|nearly|some|about|around|dozens of|scores of|of|"
                       r"hundreds of|a swathe of|a number of|all|the|a|an|its|his|her|their|[\w’']+['’]s own|own|"
                       r"one|both|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|\d[\d,]*)\s+",
                       re.IGNORECASE)
_NUMBER_WORDS = {"both": 2, "pair": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_GSS_PATH = re.compile(r"council/([EWSNK]\d{8})$")
#: First words of "... Council" names that are a party's or a movement's body, not a local council
#: ("Plaid's National Council", "the Federal Council").
BODY_COUNCILS = {"National", "Federal", "General", "Executive", "Regional", "Party", "Privy", "Security", "European",
                 "Arts", "Research", "Scottish", "Welsh", "Central", "Grand", "Supreme", "Governing"}
#: The body a group of members acts for when it votes.
#: The devolved governments, by nation: their offices ("the First Minister", "Cabinet Secretary for
#: Finance") belong to the government of the nation the text is about.
DEVOLVED_GOVERNMENTS = {"scotland": "Scottish Government", "wales": "Welsh Government",
                        "northern-ireland": "Northern Ireland Executive"}
#: A party's slug in its IRI ("/id/party/snp"), and in the IRI of one of its bodies ("/id/body/labour/nec").
_PARTY_SLUG = re.compile(r"/id/party/([^/]+)")
PARTY_BODY_IRI = re.compile(r"/id/body/([^/]+)/")


def party_slug(iri: str) -> str | None:
    """The slug of a party's IRI ("snp" of ".../id/party/snp"); None for anything else (a party's Scottish
    or Welsh unit is one of its bodies)."""
    hit = _PARTY_SLUG.search(iri)
    return hit.group(1) if hit is not None else None
#: A devolved nation owning the office after it: "Scotland's finance secretary" (its government's).
NATION_OWNED = re.compile(r"^(Scotland|Wales|Northern Ireland)['’]s?\s")
#: Words that place a text in a devolved nation (its name, its parliament, its members, its own parties).
_NATION_CUES = {
    "scotland": re.compile(r"\b(?:Scotland|Scottish|Holyrood|MSPs?|SNP)\b"),
    "wales": re.compile(r"\b(?:Wales|Welsh|Senedd|Cymru|Plaid)\b"),
    "northern-ireland": re.compile(r"\b(?:Northern Ireland|Stormont|MLAs?|DUP|Sinn F[ée]in|SDLP|Ulster)\b"),
}
INSTITUTIONS = {"mps": "House of Commons", "msps": "Scottish Parliament", "mss": "Senedd", "ams": "Senedd",
                "mlas": "Northern Ireland Assembly", "peers": "House of Lords"}


@dataclass
class Entity:
    """A thing a document talks about: its IRI, display label and kind (an entity label of the
    pipeline). ``minted`` things get a type and label in the document's graph."""

    iri: str
    label: str
    kind: str
    minted: bool = False
    types: tuple[str, ...] = ()
    extra: list[tuple] = field(default_factory=list)
    # collectives: the party and council they belong to, how many they are, their members
    party: Entity | None = None
    council: Entity | None = None
    count: int | None = None
    noun: str | None = None
    members: list[Entity] = field(default_factory=list)
    members_span: tuple[int, int] | None = None  # where the document names the members

    @property
    def is_authority(self) -> bool:
        """A mayor's or a combined authority: no leader, no councillors of its own."""
        return self.noun == "authority" or "Authority" in self.label

    def __hash__(self) -> int:
        return hash(self.iri)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Entity) and other.iri == self.iri


#: A label that is an identifier rather than a name ("party:90 group on Sheffield City Council").
_RAW_ID = re.compile(r"^[a-z]+:\S+")


@dataclass
class Mention:
    """A stretch of the document (character offsets into the document text) naming an entity."""

    start: int
    end: int
    text: str
    label: str  # the pipeline's entity label, or PRON / SURNAME
    first: int  # token indices in the sentence
    last: int
    entity: Entity | None = None
    possessor: Entity | None = None  # "Labour's National Executive Committee" -> Labour
    role: str | None = None  # ROLE mentions: the role slug
    role_text: str | None = None
    antecedent: Mention | None = None  # "the post" after "appointed deputy chairman of the party": that office


def uncounted(text: str) -> str:
    """``text`` without the words that count or quantify it ("more than 70 Labour council leaders": "Labour
    council leaders", "Six Liverpool city councillors": "Liverpool city councillors")."""
    while True:
        stripped = _QUANTITY.sub("", text)
        if stripped == text:
            return text
        text = stripped


def nation_of(text: str) -> str | None:
    """The devolved nation a text is about: the one whose words it uses most, at least twice and more
    than any other's; None for a text about none (or about Westminster)."""
    counts = sorted(((len(cue.findall(text)), nation) for nation, cue in _NATION_CUES.items()), reverse=True)
    (best, nation), (second, _) = counts[0], counts[1]
    return nation if best >= 2 and best > second else None


class Linker:
    """Resolves one document's mentions. Cost per mention: a dict probe; a lookup (index probe or a
    rapidfuzz pass) only for names the graph's patterns did not match."""

    def __init__(self, store: OxigraphStore | None, pipeline: Pipeline, published: date | None, doc_key: str):
        self.store = store
        self.pipeline = pipeline
        self.published = published
        self.doc_key = doc_key
        self.entities: dict[str, Entity] = {}
        self.recent: list[Entity] = []
        self.surnames: dict[str, Entity] = {}
        self.full_names: dict[str, str] = {}  # surname -> the one full name the whole text gives it
        self.collectives: list[Entity] = []
        self.role_labels: dict[str, str] = {}  # role slug -> the words the text used, where a slug loses them
        self.topic: Entity | None = None  # the party the document is about (named in its title)
        self.home: Entity | None = None  # the council the document is about (named in its title)
        self.nation: str | None = None  # the devolved nation the document is about, if any (nation_of)
        self.seen: dict[str, int] = {}  # entity IRI -> the sentence it was last named in
        self.times: dict[str, int] = {}  # entity IRI -> how often the text has named it
        self.subjects: list[Entity | None] = []  # per sentence read so far: the person it is about
        self.org_subjects: list[Entity | None] = []  # per sentence: the organisation it opens with, as its subject
        self.paragraph = 0  # the paragraph of the sentence being read
        self.paragraphs: list[int] = []  # per sentence read so far: its paragraph
        self.sentence_parties: list[list[Entity]] = []  # per sentence read so far: the parties it named
        self.in_lists: set[str] = set()  # councils a sentence named among three or more
        self.named_alone: set[str] = set()  # councils a sentence named among fewer than three
        self.gender: dict[str, str] = {}  # person IRI -> "m" / "f", as the text's pronouns and titles show
        self._iris: dict[tuple[str, str], str] = {}
        self._people: dict[str, Entity] = {}

    # ------------------------------------------------------------------ context

    def note(self, entity: Entity | None) -> None:
        if entity is not None:
            self.recent.append(entity)
            self.seen[entity.iri] = len(self.subjects)
            self.times[entity.iri] = self.times.get(entity.iri, 0) + 1

    def council_in_context(self) -> Entity | None:
        """What "the council" and a council's office named without one ("the council leader, X", "X,
        mayor since 2018") refer to: the council named in this sentence or the one before, else the
        council the document is about (its title's, else the one it names most), not a council named
        in passing paragraphs before ("a former finance director at Essex County Council")."""
        last = self.last({"COUNCIL"})
        main = self.home or self._most_named("COUNCIL", lambda e: not self._only_listed(e))
        if last is None or main is None or last == main:
            return last or main
        if self._only_listed(last):
            return main  # "support packages for Warrington, Nottingham, Cheshire East and Newham": a list
        if self.seen.get(last.iri, -2) >= len(self.subjects) - 1:
            return last
        # "Kingston upon Thames. The most dramatic swing ... The outgoing leader of the council, X": in a
        # text whose title names no council, a paragraph that named a council (and no other since) is about it
        return self.paragraph_council() or main

    def paragraph_council(self) -> Entity | None:
        """In a text whose title names no council (a round-up), the council this paragraph named last,
        if it named one alone (not only in a list): what the paragraph is about ("Barnet. ... Richard
        Cornelius stays on as leader")."""
        last = self.last({"COUNCIL"})
        if self.home is not None or last is None or self._only_listed(last):
            return None
        seen = self.seen[last.iri]  # (the sentence being read has no paragraph noted yet: it is this one)
        return last if seen >= len(self.paragraphs) or self.paragraphs[seen] == self.paragraph else None

    def _only_listed(self, council: Entity) -> bool:
        """Whether the text has named a council only in lists of three or more (not a council it is about)."""
        return council.iri in self.in_lists and council.iri not in self.named_alone

    def _most_named(self, kind: str, keep=lambda e: True) -> Entity | None:  # type: ignore[no-untyped-def]
        """The entity of ``kind`` (that ``keep`` accepts) the text has named most so far."""
        return max((e for e in self.entities.values() if e.kind == kind and e.iri in self.times and keep(e)),
                   key=lambda e: self.times[e.iri], default=None)

    def last(self, kinds: set[str], contains: str | None = None, before: int | None = None) -> Entity | None:
        """The entity of one of ``kinds`` mentioned most recently (optionally whose label contains a word)."""
        pool = self.recent if before is None else self.recent[:before]
        for entity in reversed(pool):
            if entity.kind in kinds and (contains is None or contains in entity.label.lower()):
                return entity
        return None

    def party_before(self) -> Entity | None:
        """What "the party" refers to: the party the sentence before named last, unless it also named
        the party the document is about (its title's), which a passing mention does not displace
        ("Labour expelled X because he had voted Liberal Democrat. ... into the party"); else the
        document's party, else the last party named."""
        before = self.sentence_parties[-1] if self.sentence_parties else []
        if self.topic is not None and self.topic in before:
            return self.topic
        return (before[-1] if before else None) or self.topic or self.last({"PARTY"})

    def party_in_context(self) -> Entity | None:
        """The party an office named without one belongs to ("Tom Watson, the deputy leader"): the
        last party named, unless the sentence that named it also named the party the document is
        about (a passing mention, "he had voted Liberal Democrat", does not displace it)."""
        for named in reversed(self.sentence_parties):
            if named:
                return self.topic if self.topic is not None and self.topic in named else named[-1]
        return self.topic

    def party_of_office(self) -> Entity | None:
        """The party an office named "party leader" or "the president" belongs to: the last party
        named, unless the sentence that named it also named the party the document is about (its
        title's, else the party it names most): "... the Liberal Democrats would stand against
        Reform's politics. Party leader Ed Davey ..." is the Liberal Democrats' leader."""
        main = self.topic or self._most_named("PARTY", lambda e: not e.label.lower().startswith("independent"))
        for named in reversed(self.sentence_parties):
            # "sits as an independent" names no party whose offices there are
            named = [e for e in named if not e.label.lower().startswith("independent")]
            if named:
                return main if main is not None and main in named else named[-1]
        return main

    def last_subject(self, excluding: Entity | None = None, gender: str | None = None) -> Entity | None:
        """The person the last sentence that had one was about (its subject), of the ``gender`` a
        pronoun has if the text has shown theirs."""
        def fits(entity: Entity | None) -> bool:
            return entity is not None and entity != excluding and (
                gender is None or self.gender.get(entity.iri, gender) == gender)

        for entity in reversed(self.subjects[-3:]):
            if fits(entity):
                return entity
        return next((e for e in reversed(self.recent) if e.kind == "PERSON" and fits(e)), None)

    # ------------------------------------------------------------------ entities

    def known(self, iri: str, kind: str) -> Entity:
        if iri not in self.entities:
            self.entities[iri] = Entity(iri, self.pipeline.labels.get(iri, iri), kind)
        return self.entities[iri]

    def mint(self, iri: str, label: str, kind: str, types: tuple[str, ...]) -> Entity:
        if iri in self.entities:
            return self.entities[iri]
        # Minted again even when an earlier load wrote it: each document's graph carries the type and
        # label of what it mints, so re-extracting gives the same graph (idempotent).
        entity = Entity(str(iri), label, kind, minted=True, types=types)
        self.entities[str(iri)] = entity
        return entity

    def party_iri(self, slug: str) -> str:
        """The IRI of a party (made once per document: minting an IRI reads the base from the environment)."""
        key = ("party", slug)
        if key not in self._iris:
            self._iris[key] = str(uris.party(slug))
        return self._iris[key]

    def national(self, entity: Entity, name: str) -> Entity:
        """The party of the document's nation a party name stands for: in Scotland the Greens are the
        Scottish Greens (not the Green Party of England and Wales, unless named so)."""
        if entity.iri == self.party_iri("green") and self._scottish_greens(name):
            return self.party("scottish-green", name)
        return entity

    def _scottish_greens(self, name: str) -> bool:
        """Whether a Green party named so in this text is the Scottish Greens: in a Scottish text, unless
        the name says England."""
        return self.nation == "scotland" and "england" not in name.lower()

    def party(self, slug: str, name: str) -> Entity:
        if slug == "green" and self._scottish_greens(name):
            slug = "scottish-green"
        iri = self.party_iri(slug)
        # written into the document's graph either way (with the graph's label when it has one), so that
        # extracting the same document again yields the same graph
        label = self.pipeline.labels.get(iri) or party_names().get(slug, [name])[0]
        return self.mint(iri, label, "PARTY", (str(PG.PoliticalParty),))

    def unit(self, slug: str) -> Entity:
        """The Scottish or Welsh part of a UK party ("Scottish Labour"): a party body, unit of the party,
        linked like a party in the text."""
        unit = party_units()[slug]
        iri = str(uris.body(unit["party"], slug))
        if iri in self.pipeline.labels:
            return self.known(iri, "PARTY")
        entity = self.mint(iri, unit["names"][0], "PARTY", (str(PG.PartyBody),))
        if not entity.extra:
            entity.extra = [(URIRef(iri), ORG.unitOf, URIRef(self.party_iri(unit["party"])))]
        if entity.party is None:
            parent = self.party_iri(unit["party"])
            entity.party = self.known(parent, "PARTY") if parent in self.pipeline.labels else \
                self.party(unit["party"], party_names()[unit["party"]][0])
        return entity

    def policy(self, name: str) -> Entity:
        """A named policy, agreement or project ("the Bute House Agreement"): the graph's, or a new one."""
        name = re.sub(r"^(?:the|The)\s+", "", " ".join(name.split()))
        found = self._find(name, ["policy"])
        return found or self.mint(str(uris.policy(uris.slugify(name))), name, "POLICY", (str(PG.Policy),))

    def thing(self, text: str) -> Entity:
        """A proposal, agreement or notice described, not named ("the deal", "a section 114 notice"): a
        definite description is the last one of its kind the document spoke of; an indefinite one, or
        a definite one with nothing before it, is new (and the document's own)."""
        words = " ".join(text.split()).split()
        head = words[-1].lower()
        if " of " in f" {' '.join(words).lower()} ":
            head = words[[w.lower() for w in words].index("of") - 1].lower()
        label = " ".join(words[1:]) if words[0].lower() in ("the", "a", "an", "its", "their", "this", "that", "his",
                                                            "her") else " ".join(words)
        if words[0].lower() not in ("a", "an"):
            for entity in reversed(self.recent):
                if entity.kind == "POLICY" and (head in entity.label.lower() or head in ("deal", "agreement", "pact")
                                                and any(h in entity.label.lower() for h in ("deal", "agreement",
                                                                                             "pact"))):
                    return entity
        iri = str(uris.policy(f"{self.doc_key}-{uris.slugify(label)}"))
        return self.mint(iri, label, "POLICY", (str(PG.Policy),))

    def institution(self, noun: str, council: Entity | None) -> Entity | None:
        """The body a group of its members acts for: councillors for their council, MPs for the House of
        Commons ("councillors voted to accept the notice")."""
        if noun == "councillors":
            return council or self.last({"COUNCIL"})
        name = INSTITUTIONS.get(noun)
        if name is None:
            return None
        found = self._find(name, ["organisation"])
        return found or self.mint(str(uris.organisation(uris.slugify(name))), name, "BODY",
                                  (str(ORG.FormalOrganization),))

    def person(self, name: str) -> Entity:
        """A person by the name the text gives, honours after it left out ("Tudor Evans OBE" is Tudor Evans):
        the same person as the surname, the first name or the name read before, one the graph knows, or
        a new one."""
        name = " ".join(w for w in name.split() if w not in POST_NOMINALS) or " ".join(name.split())
        if " " not in name and name in self.surnames:  # "Mr Gething" after "Vaughan Gething"
            return self.surnames[name]
        parts = name.split()
        if len(parts) == 2 and parts[0] in PEERAGE and parts[1] in self.surnames and \
                self.surnames[parts[1]].kind == "PERSON":
            return self.surnames[parts[1]]  # "Baroness Warsi" after "Sayeeda Warsi": the peer, by title and surname
        if " " not in name and name not in self._people:
            entity = self.first_name(name)
            if entity is not None:
                self._people[name] = entity
                return entity
        if name in self._people:
            return self._people[name]
        self._people[name] = entity = self._person(name)
        return entity

    def first_name(self, name: str) -> Entity | None:
        """The one person the text named in full with this first name: "Sir Patrick" after "Sir Patrick
        McLoughlin" (a knight is named by his first name), "Greg joined in 1986" in a release about Greg
        Hands. None when no one or more than one was. Cost: a scan of the people named so far."""
        named = {e.iri: e for e in self.surnames.values()
                 if e.kind == "PERSON" and " " in e.label and e.label.split()[0] == name}
        return next(iter(named.values())) if len(named) == 1 else None

    def _person(self, name: str) -> Entity:
        surname = name.split()[-1].rstrip("’'s") if name else name
        if surname in self.surnames and _same_first(self.surnames[surname].label.split()[0], name.split()[0]):
            return self.surnames[surname]
        found = self._find(name, ["person"])
        entity = found or self.mint(str(uris.person(uris.slugify(name))), name, "PERSON", (str(FOAF.Person),))
        self.surnames.setdefault(entity.label.split()[-1], entity)
        return entity

    def organisation(self, name: str, kind: str = "BODY") -> Entity:
        """An organisation by name: a council (by its name without "Council", exactly or fuzzily), a
        body or party the graph knows, or a new organisation."""
        name = re.sub(r"^(?:the|The)\s+", "", " ".join(name.split()))
        if name.endswith(" Council"):
            # "(the Labour and Green) Groups on Oxfordshire County Council", "Members of Hull City Council":
            # people on the council, named by it; the council is what the name links to
            name = _MEMBERS_ON.sub("", name)
        if (kind == "COUNCIL" or name.endswith(" Council")) and name.split()[0] not in BODY_COUNCILS:
            council = self.council(name) or next(
                (e for e in self.entities.values() if e.kind == "COUNCIL" and (e.label.startswith(name + " ")
                 or _bare_council(e.label) == _bare_council(name)) and e.label.endswith("Council")), None)
            # "Woking" after "Woking Borough Council"; "Woking Borough Council" after "Woking Council"
            if council is None and not _place_words(name):
                council = self.council_in_context()  # "the County Council" of a county's own minutes
            if council is not None:
                return council
            return self.mint(str(uris.organisation(uris.slugify(name))), name, "COUNCIL",
                             (str(ORG.FormalOrganization),))
        found = self._find(name, ["organisation"])
        if found is not None:
            return found
        if name.isupper() and 2 <= len(name) <= 6:
            # "the DUP" after "the Democratic Unionist Party": the initials of a name the text gave
            for entity in reversed(list(self.entities.values())):
                if entity.kind in ("PARTY", "BODY") and _initials(entity.label) == name:
                    return entity
        if name.endswith(" Party") and len(name.split()) >= 2:
            # a party the graph does not know ("the Democratic Unionist Party"): a party all the same
            return self.mint(str(uris.party(uris.slugify(name[:-6]))), name, "PARTY", (str(PG.PoliticalParty),))
        for slug, names in party_names().items():
            if name in names:
                return self.party(slug, name)
        return self.mint(str(uris.organisation(uris.slugify(name))), name, kind if kind != "ORG" else "BODY",
                         (str(ORG.Organization),))

    def council(self, name: str) -> Entity | None:
        """A council the graph knows by this name, by the name without "Council" or "City Council", or
        fuzzily; ``None`` when the graph has none."""
        if self.store is None:
            return None
        if name in self.pipeline.councils:
            hit = self.pipeline.councils[name]
            return self.known(hit, "COUNCIL") if hit else None
        # a name the text's patterns give one council ("Kingston Council"), before the graph's fuzzy lookup
        named = {iri for iri, kind in self.pipeline.names.get(lookup.normalise(name), ()) if kind == "COUNCIL"}
        found = next(iter(named)) if len(named) == 1 else self._council(name)
        self.pipeline.councils[name] = found
        return self.known(found, "COUNCIL") if found else None

    def council_named(self, name: str) -> Entity | None:
        """The graph's council of a place the text names, only when the council's name shares a word
        of the place's ("Cyngor Gwynedd": Gwynedd Council; a fuzzy hit on "Hull and East Yorkshire"
        is no council of York)."""
        found = self.council(name)
        words = _place_words(name)
        # every word of the place's name in the council's: "Greater Manchester" is no Manchester City Council
        return found if found and words and words <= set(found.label.split()) else None

    def _council(self, name: str) -> str | None:
        bare = _bare_council(name)
        words = _place_words(name)
        for candidate in dict.fromkeys([name, bare, f"{bare} Council", f"{bare} City Council"]):
            # lookup.find reads every graph; keep the councils named outside text documents (see TEXT_GRAPHS)
            found = [c for c in lookup.find(self.store, candidate, ["council"], limit=3) if c.iri in self.pipeline.labels]
            if found and found[0].matched in ("label", "alias"):
                return found[0].iri
            # a fuzzy hit only with every word of the name in the council's: the scorer's partial match
            # finds Bury in the ward "Charlbury and Wychwood", Greenwich in "the Green group" and North
            # Devon in the ward "North, West and Central Sutherland"
            if len(found) == 1 and words - COMPASS and words <= set(found[0].label.split()):
                return found[0].iri
        return None

    def _find(self, name: str, kinds: list[str]) -> Entity | None:
        """The one thing the graph calls ``name`` (after normalising), of the wanted kinds. A dict probe:
        names the ruler matched verbatim never get here, and fuzzy matching is kept for councils."""
        wanted = {"person": {"PERSON"}, "party": {"PARTY"}, "organisation": {"PARTY", "BODY", "COUNCIL", "GROUP"},
                  "policy": {"POLICY"}}
        allowed = set().union(*(wanted.get(k, set()) for k in kinds))
        found = {(iri, kind) for iri, kind in self.pipeline.names.get(lookup.normalise(name), ()) if kind in allowed}
        if len({iri for iri, _ in found}) != 1:
            return None
        iri, kind = next(iter(found))
        return self.known(iri, kind)

    def collective(self, text: str, party: Entity | None, council: Entity | None) -> Entity:
        """A group of people a document counts or names as a whole ("more than 70 Labour council
        leaders"). A later mention with the same head noun and party is the same group."""
        label = uncounted(text).strip() or text
        noun = label.split()[-1].lower()
        count = _count(text)
        for group in reversed(self.collectives):
            if group.noun == noun and (party is None or group.party in (None, party)) and (
                    council is None or group.council in (None, council)) and (
                    count is None or group.count in (None, count)):  # (not "two members" and "26 local members")
                return group
        entity = self.mint(str(uris.organisation(f"{self.doc_key}-{uris.slugify(label)}")), label, "COLLECTIVE",
                           (str(FOAF.Group),))
        entity.party, entity.council, entity.count, entity.noun = party, council, count, noun
        self.collectives.append(entity)
        return entity

    def council_group(self, party: Entity, council: Entity, name: str | None = None) -> Entity:
        """A party's group on a council, labelled with the party's name as the text gives it ("the SNP
        group": "Aberdeen SNP group"), else the party's label; it knows its party and council."""
        group = self._council_group(party, council, name)
        group.party, group.council = group.party or party, group.council or council
        return group

    def _council_group(self, party: Entity, council: Entity, name: str | None) -> Entity:
        gss = _GSS_PATH.search(council.iri)
        words = name or party.label
        party_slug = party.iri.rstrip("/").rsplit("/", 1)[-1]
        if gss:
            iri = str(uris.council_group(party_slug, gss.group(1)))
            short = re.sub(r"\s+(London Borough|Metropolitan Borough|City|County|Borough)?\s*Council$", "",
                           council.label)
            if iri in self.pipeline.labels:
                entity = self.known(iri, "GROUP")
                if _RAW_ID.match(entity.label):
                    # a loader labelled the group with a party's id ("party:90 group on ..."): name it
                    entity.label = f"{short} {words} group"
                return entity
            entity = self.mint(iri, f"{short} {words} group", "GROUP", (str(PG.CouncilGroup),))
            if not entity.extra:
                entity.extra = [(URIRef(iri), ORG.unitOf, URIRef(party.iri)),
                                (URIRef(iri), PG.groupOn, URIRef(council.iri))]
            return entity
        return self.mint(str(uris.organisation(uris.slugify(f"{council.label} {party.label} group"))),
                         f"{council.label} {words} group", "GROUP", (str(ORG.Organization),))

    def described_body(self, description: str, owner: Entity, by_aliases: bool = False) -> Entity:
        """A body described by its owner ("the party's management board"): the graph's body of that
        name ("Green Party Executive"; with ``by_aliases``, by any of a party's names: "SNP National
        Executive Committee") if there is one, else a new one named after the owner."""
        description = re.sub(r"^(?:the|The)\s+", "", description)
        slug = party_slug(owner.iri) if by_aliases else None
        aliases = party_names().get(slug, ()) if slug is not None else ()
        for name in (f"{owner.label} {description}", f"{description} of {owner.label}",
                     f"{owner.label} {description}".replace(" Party ", " "), *(f"{a} {description}" for a in aliases)):
            found = self._find(name, ["organisation"])
            if found is not None and found.kind == "BODY":
                return found
        # a name ("SDLP Management Committee") after its owner, a description ("management board of the
        # Scottish Conservatives") before
        name = f"{owner.label} {description}" if description[:1].isupper() else f"{description} of {owner.label}"
        # minted as a body even when its name ends in "Party" ("national executive committee of UK
        # Independence Party"), which ``organisation`` would take for a party of its own
        return self.mint(str(uris.organisation(uris.slugify(name))), name, "BODY", (str(ORG.Organization),))

    def authority(self, name: str, mayor: bool = False) -> Entity:
        """The authority of a place the text names as one ("the Mayor of Hull and East Yorkshire"): the
        graph's council of it, an organisation of that name, else a new body (not the place itself)."""
        found = self.council_named(name) or (self.council_named(f"Greater {name} Authority") if mayor else None) \
            or self.organisation(name)
        if found.kind != "PLACE":
            return found  # (the Mayor of London's is the Greater London Authority)
        entity = self.mint(str(uris.organisation(uris.slugify(f"{name} authority"))), name, "BODY",
                           (str(ORG.Organization),))
        if mayor:
            entity.noun = "authority"  # a mayor's: no other office of the text's is in it
        return entity

    def constituency(self, name: str) -> Entity:
        """A parliamentary constituency named in the text ("the MP for Ashfield"), the document's own."""
        return self.mint(str(uris.organisation(uris.slugify(name))), name, "PLACE", ())

    def government(self, nation: str | None = None) -> Entity:
        """The government of a devolved ``nation`` ("wales": the Welsh Government), else the UK's."""
        name = DEVOLVED_GOVERNMENTS.get(nation or "", "UK Government")
        return self._find(name, ["organisation"]) or self.mint(
            str(uris.organisation(uris.slugify(name))), name, "BODY", (str(ORG.Organization),))

    def leader_of(self, council: Entity) -> Entity:
        """Who led ``council`` on the publication date: the holder of its leader post if the graph knows
        one, else the post itself (an existing one, or one minted in the document's graph)."""
        if self.store is not None and not council.minted:
            # A council run by a directly elected mayor is led by its mayor (the Mayor of Lewisham).
            for role in ("leader", "mayor"):
                person = self.holder_on(council, role)
                if person is not None:
                    return person
                posts = {str(r["post"]): str(r.get("postLabel") or r["post"]) for r in self._post_rows(council, role)}
                if len(posts) == 1:
                    iri, label = next(iter(posts.items()))
                    return self.entities.setdefault(iri, Entity(iri, label, "POST"))
        post = str(uris.post(council.iri, "leader"))
        entity = self.mint(post, f"Leader of {council.label}", "POST", (str(ORG.Post),))
        if not entity.extra:
            entity.extra = [(URIRef(post), ORG.postIn, URIRef(council.iri)),
                            (URIRef(post), ORG.role, uris.role("leader"))]
        return entity

    def holder_on(self, organisation: Entity, role: str) -> Entity | None:
        """The one person the reference data says held ``role`` in ``organisation`` on the publication
        date ("the Labour leader" in a story of June 2018: Jeremy Corbyn), else None. Cost: one query
        per organisation, role and day, cached across documents."""
        if self.store is None or organisation.minted or self.published is None:
            return None
        people = {str(r["person"]): str(r.get("personLabel") or r["person"])
                  for r in self._post_rows(organisation, role) if r.get("person")}
        if len(people) != 1:
            return None
        iri, label = next(iter(people.items()))
        return self.entities.setdefault(iri, Entity(iri, label, "PERSON"))

    def ever_held(self, organisation: Entity, role: str, person: Entity) -> bool:
        """Whether the reference data has ``person`` holding ``role`` in ``organisation`` at any time ("when
        he led the party" of a former leader). Cost: one query per organisation and role, cached across
        documents."""
        if self.store is None or organisation.minted:
            return False
        key = (organisation.iri, role, None)  # (a day's holders are cached by their day: never None)
        people = self.pipeline.holders.get(key)
        if people is None:
            people = self.pipeline.holders[key] = [str(r["person"]) for r in self.store.rows(
                "text-post-holders-ever", organisation=organisation.iri, role=uris.role(role),
                text_graphs=TEXT_GRAPHS)]
        return person.iri in people

    def _post_rows(self, organisation: Entity, role: str) -> list[dict]:
        """The posts of ``role`` in ``organisation`` and their holders on the publication date, from
        the graphs other than text documents' (text-post-holder.rq), cached in the pipeline."""
        key = (organisation.iri, role, self.published)
        rows = self.pipeline.holders.get(key)
        if rows is None:
            rows = self.pipeline.holders[key] = self.store.rows(
                "text-post-holder", organisation=organisation.iri, role=uris.role(role), at=self.published,
                text_graphs=TEXT_GRAPHS)
        return rows

    # ------------------------------------------------------------------ triples for minted things

    def triples(self) -> list[tuple]:
        """The type and names of every thing this document mints (its graph must say what they are), as
        pyoxigraph terms (the document's graph is built in the store's own terms)."""
        out: list[tuple] = []
        for entity in self.entities.values():
            if not entity.minted:
                continue
            node = ox.NamedNode(entity.iri)
            out += [(node, _TYPE, _class(t)) for t in entity.types]
            label = ox.Literal(entity.label)
            out.append((node, _LABEL, label))
            if entity.kind == "PERSON":
                out.append((node, _NAME, label))
            out += [tuple(map(to_ox, triple)) for triple in entity.extra]
        return out


_TYPE, _LABEL, _NAME = (ox.NamedNode(str(term)) for term in (RDF.type, RDFS.label, FOAF.name))


@lru_cache(maxsize=256)
def _class(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _kind_of(types: frozenset[str]) -> str:
    from .pipeline import KIND_OF_TYPE

    return next((k for t, k in KIND_OF_TYPE if t in types), "BODY")


_MEMBERS_ON = re.compile(r"^(?:Groups|Members|Councillors|Leaders|Officers)\s+(?:on|of)\s+", re.IGNORECASE)


_GENERIC_PLACE_WORDS = frozenset({"City", "County", "Borough", "District", "Council", "Of", "Cyngor", "The"})


def _place_words(name: str) -> set[str]:
    """The capitalised words that make a place's name its own ("Woking" of "Woking Borough Council")."""
    return {w for w in name.split() if w[:1].isupper()} - _GENERIC_PLACE_WORDS


def _bare_council(name: str) -> str:
    """A council's name without its kind: "Woking Borough Council" and "Woking Council" are "Woking"."""
    return re.sub(r"\s+(?:(?:City|County|Borough|District|Metropolitan Borough|London Borough)\s+)?Council$", "",
                  name).strip()


def _initials(label: str) -> str:
    return "".join(w[0] for w in label.split() if w[:1].isupper() and w not in ("Of", "And", "The"))


def _count(text: str) -> int | None:
    m = re.search(r"\b(\d[\d,]*)\b", text)
    if m:
        return int(m.group(1).replace(",", ""))
    for word in text.lower().split():
        if word in _NUMBER_WORDS:
            return _NUMBER_WORDS[word]
    return None


def _same_first(known: str, given: str) -> bool:
    """Whether two first names of one surname name one person: the same word, or an initial and a name it
    begins ("M. Kelly" and "Michelle Kelly", either first: minutes list members by initial)."""
    if known == given:
        return True
    short, full = sorted((known, given), key=len)
    return len(short.rstrip(".")) == 1 and short[:1].isupper() and full[:1] == short[:1] and len(full) > 2 and \
        not full.endswith(".")
