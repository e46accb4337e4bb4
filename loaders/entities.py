"""Shared helpers of the structured loaders: build people, posts, memberships and controls the way
``ontology/README.md`` writes them, and read the dates and names that registers use.

After OpenSanctions' zavod helpers: a loader says *what* it read ("a membership of this person in
this council, from this date") and these helpers say it in triples, so every loader writes the same
shapes. Nothing here touches the store.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from functools import cache

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from ..graph.lookup import normalise
from ..graph.sources import Triple
from ..ontology import SCHEMES_FILE, uris
from ..ontology.namespaces import DCTERMS, FOAF, ORG, OWL, PG, RDF, RDFS, ROLE, SCHEMA, SKOS
from .base import SourceError

# Honours written after a name in council registers ("Peter John OBE"); kept out of the display name.
_POSTNOMINALS = {"MBE", "OBE", "CBE", "KBE", "DBE", "BEM", "JP", "DL", "MP", "MEP", "AM", "MS", "MSP", "MLA",
                 "QC", "KC", "FRSA", "PHD"}
# Forms of address written before a name; "Sir"/"Dame"/"Dr" stay in an alternative label.
_ADDRESS = re.compile(r"^(?:(?:councillor|cllr\.?|alderman|the\s+rt\.?\s+hon\.?|rt\.?\s+hon\.?)\s+)+", re.IGNORECASE)
_HONORIFIC = re.compile(r"^(?:sir|dame|dr\.?|lord|lady|baroness|baron)\s+", re.IGNORECASE)


class Triples:
    """The triples of one source, in the order they were added. ``None`` objects are skipped so
    optional fields need no ``if``; Python values become literals (``date`` -> ``xsd:date``)."""

    def __init__(self) -> None:
        self.items: list[Triple] = []

    def add(self, subject: Node, predicate: Node, obj: object) -> None:
        if obj is None or obj == "":
            return
        self.items.append((subject, predicate, obj if isinstance(obj, Node) else Literal(obj)))

    def many(self, subject: Node, predicate: Node, values: Iterable[object]) -> None:
        for value in values:
            self.add(subject, predicate, value)

    def names(self, thing: URIRef, label: str, alternatives: Iterable[str] = (), aliases: Iterable[str] = ()) -> None:
        """``rdfs:label`` and the other names, each written once: a name whose normalised form is
        already there is left out (``haringey`` beside ``Haringey``)."""
        seen = {normalise(label)}
        self.add(thing, RDFS.label, label)
        for predicate, names in ((SKOS.altLabel, alternatives), (PG.alias, aliases)):
            for name in names:
                key = normalise(name)
                if key and key not in seen:
                    seen.add(key)
                    self.add(thing, predicate, name.strip())

    def person(self, iri: URIRef, name: str, *, alternatives: Iterable[str] = (), identifiers: Iterable[str] = (),
               wikidata: str | None = None) -> URIRef:
        self.add(iri, RDF.type, FOAF.Person)
        self.names(iri, name, alternatives)
        self.add(iri, FOAF.name, name)
        self.many(iri, PG.identifier, identifiers)
        if wikidata:
            self.add(iri, PG.wikidata, wikidata)
            self.add(iri, OWL.sameAs, uris.wikidata(wikidata))
        return iri

    def post(self, organisation: URIRef, role_slug: str, label: str, qualifier: str | None = None) -> URIRef:
        """The post of a role in an organisation (``uris.post``), with its label."""
        iri = uris.post(organisation, role_slug, qualifier)
        self.add(iri, RDF.type, ORG.Post)
        self.add(iri, RDFS.label, label)
        self.add(iri, ORG.postIn, organisation)
        self.add(iri, ORG.role, uris.role(role_slug))
        return iri

    def membership(self, member: URIRef, organisation: URIRef, role_slug: str, *, post: URIRef | None = None,
                   party: URIRef | None = None, ward: URIRef | None = None, start: date | None = None,
                   end: date | None = None, observed: date | None = None, precision: str | None = None,
                   label: str | None = None, sources: Iterable[str] = ()) -> URIRef:
        """An ``org:Membership`` (holding a post when ``post`` is given), dated by ``start`` or, when
        the start is unknown, by ``observed``. Its IRI hashes member, organisation, role, start and
        post, so two sources that say the same thing mint the same membership."""
        iri = uris.membership(member, organisation, role_slug, start if start else observed, post)
        self.add(iri, RDF.type, ORG.Membership)
        self.add(iri, ORG.member, member)
        self.add(iri, ORG.organization, organisation)
        self.add(iri, ORG.role, uris.role(role_slug))
        self.add(iri, PG.post, post)
        self.add(iri, PG.onBehalfOf, party)
        self.add(iri, PG.ward, ward)
        self.add(iri, RDFS.label, label)
        self.dated(iri, start=start, end=end, observed=None if start else observed, precision=precision)
        for url in sources:
            self.add(iri, DCTERMS.source, URIRef(url))
        return iri

    def dated(self, thing: URIRef, *, start: date | None = None, end: date | None = None,
              observed: date | None = None, precision: str | None = None) -> None:
        self.add(thing, SCHEMA.startDate, start)
        self.add(thing, SCHEMA.endDate, end)
        self.add(thing, PG.observedOn, observed)
        if precision and precision != "day":
            self.add(thing, PG.datePrecision, precision)


# ---------------------------------------------------------------- names

def person_name(raw: str) -> tuple[str, list[str]]:
    """The display name of a person as registers write it, and the other forms worth keeping.

    "Councillor  Danial Adilypour" -> ("Danial Adilypour", []); "Peter John OBE" -> ("Peter John",
    ["Peter John OBE"]); "Sir Richard Leese" -> ("Richard Leese", ["Sir Richard Leese"]). Titles of
    office ("Mayor ...") are the caller's business: they carry meaning (see the ModernGov loader)."""
    text = " ".join(raw.split())
    text = _ADDRESS.sub("", text)
    alternatives = []
    words = text.split(" ")
    while len(words) > 2 and words[-1].strip(",.").upper() in _POSTNOMINALS:
        words.pop()
    core = " ".join(words).rstrip(",")
    if core != text:
        alternatives.append(text)
    bare = _HONORIFIC.sub("", core)
    if bare != core and len(bare.split()) >= 2:
        alternatives.append(core)
        core = bare
    return core, alternatives


# ---------------------------------------------------------------- dates

def day_after(day: date) -> date:
    return day + timedelta(days=1)


def parse_day(text: str, where: str, fmt: str = "%d/%m/%Y", shown: str = "dd/mm/yyyy") -> date:
    """A date written in ``fmt``; anything else is a :class:`SourceError` naming ``where``."""
    try:
        return datetime.strptime(text.strip(), fmt).date()
    except ValueError:
        raise SourceError(f"{where}: {text.strip()!r} is not a date ({shown})") from None


def parse_iso(text: str, where: str) -> date:
    """An ISO 8601 calendar date (``2021-05-06``)."""
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
            raise ValueError
        return date.fromisoformat(text.strip())
    except ValueError:
        raise SourceError(f"{where}: {text.strip()!r} is not a date (YYYY-MM-DD)") from None


def parse_partial(text: str, where: str) -> tuple[date, str]:
    """A Popolo date: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, as its first day and its precision."""
    value = text.strip()
    try:
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), "year"
        if re.fullmatch(r"\d{4}-\d{2}", value):
            return date(int(value[:4]), int(value[5:]), 1), "month"
        return parse_iso(value, where), "day"
    except (ValueError, SourceError):
        raise SourceError(f"{where}: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None


# ---------------------------------------------------------------- roles

@cache
def role_slugs() -> frozenset[str]:
    """The roles of the role scheme in ``ontology/schemes.ttl`` (``leader``, ``councillor``, ...)."""
    scheme = Graph().parse(SCHEMES_FILE, format="turtle")
    return frozenset(str(s)[len(str(ROLE)):] for s in scheme.subjects(RDF.type, ORG.Role) if str(s).startswith(str(ROLE)))


_ROLE_SYNONYMS = {
    "chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "vice-chairman": "vice-chair",
    "vice-chairwoman": "vice-chair", "deputy-chair": "vice-chair", "council-leader": "leader",
    "leader-of-the-council": "leader", "executive-mayor": "mayor", "elected-mayor": "mayor",
    "directly-elected-mayor": "mayor", "lord-mayor": "civic-mayor", "cabinet-member": "cabinet-member",
    "portfolio-holder": "cabinet-member", "executive-member": "cabinet-member", "cllr": "councillor",
    "secretary": "group-secretary", "general-secretary": "general-secretary",
}


def role_slug(text: str | None) -> str | None:
    """The role scheme's slug for a role as a source writes it ("Councillor" -> ``councillor``,
    "Chairman" -> ``chair``), or ``None`` when the scheme has no such role."""
    if not text or not text.strip():
        return None
    slug = uris.slugify(text)
    slug = _ROLE_SYNONYMS.get(slug, slug)
    return slug if slug in role_slugs() else None


def party_slug(party_iri: str) -> str:
    """The slug of a party minted by partygraph (``.../id/party/labour`` -> ``labour``)."""
    path = uris.local_path(str(party_iri)) or ""
    return path.split("/", 1)[1] if path.startswith("party/") else uris.digest(party_iri, length=10)
