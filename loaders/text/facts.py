"""Facts as RDF, in the shapes of ontology/README.md, for the document's named graph.

- ``holds_office``: an ``org:Membership`` with ``pg:post`` (the post is minted when the graph has none);
- ``member_of``: an ``org:Membership`` with ``org:role role:member`` and no post;
- ``resigned``: an ``org:Membership`` that ends (``schema:endDate``) on the day of the resignation, with
  ``pg:endReason end:resigned``; it held the day before, which is its ``pg:observedOn``;
- ``controls``: a ``pg:Control`` with ``pg:council`` the controlled council, or ``pg:controlOf`` the
  party body a faction holds a majority on;
- ``decided``: a ``pg:Decision``; ``signed``/``opposed``: a ``pg:Statement`` with ``pg:signedBy``,
  ``pg:opposes`` and its author as ``dcterms:creator``;
- ``part_of``: ``org:unitOf`` (a party's body) or ``org:subOrganizationOf``, reified as an
  ``rdf:Statement`` so that it too carries its evidence.

Every fact node has ``pg:evidence`` (quote, offsets, rule, confidence, ``dcterms:source`` the source).
Dates: ``schema:startDate`` (with ``pg:datePrecision`` when coarser than a day) when the text says
when it began; otherwise ``pg:observedOn`` the publication date; an expression that could not be
resolved is kept as ``pg:unresolvedDate`` and no date is invented for it.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox
from rdflib import namespace as rdflib_namespace

from ...ontology import namespaces, uris
from .dates import When
from .extract import Extraction
from .sentence import Fact

Triple = tuple  # of pyoxigraph terms, as the store writes them (graph.sources.OxTriple)


class _Terms:
    """A namespace's terms as pyoxigraph nodes, each made once. The graph is built in pyoxigraph's
    terms, which the store writes as they are: building rdflib terms and converting them was a fifth
    of the cost of loading a document."""

    def __init__(self, namespace):  # type: ignore[no-untyped-def]
        self._namespace = namespace

    def __getattr__(self, name: str) -> ox.NamedNode:
        term = ox.NamedNode(str(getattr(self._namespace, name)))
        setattr(self, name, term)
        return term


PG, END, SCHEMA = _Terms(namespaces.PG), _Terms(namespaces.END), _Terms(namespaces.SCHEMA)
DCTERMS, ORG, RDF = _Terms(rdflib_namespace.DCTERMS), _Terms(rdflib_namespace.ORG), _Terms(rdflib_namespace.RDF)
RDFS, SKOS, XSD = _Terms(rdflib_namespace.RDFS), _Terms(rdflib_namespace.SKOS), _Terms(rdflib_namespace.XSD)


@lru_cache(maxsize=65536)
def _node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _named(iri: object) -> ox.NamedNode:
    """An IRI the ontology's helpers minted (an rdflib URIRef) as a pyoxigraph node."""
    return ox.NamedNode(str(iri))


@lru_cache(maxsize=65536)
def _integer(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=XSD.integer)


@lru_cache(maxsize=8192)
def _day(day: date) -> ox.Literal:
    return ox.Literal(day.isoformat(), datatype=XSD.date)


@lru_cache(maxsize=4096)
def _text(value: str) -> ox.Literal:
    return ox.Literal(value)


@lru_cache(maxsize=256)
def _confidence(value: float) -> ox.Literal:
    return ox.Literal(str(Decimal(str(round(value, 2)))), datatype=XSD.decimal)


@lru_cache(maxsize=1024)
def _role(slug: str) -> ox.NamedNode:
    return _named(uris.role(slug))


@lru_cache(maxsize=256)
def _action(slug: str) -> ox.NamedNode:
    return _named(uris.action(slug))


_MAJORITY = _named(uris.control_kind("majority"))


def triples(extraction: Extraction) -> list[Triple]:
    """Every triple the document's graph holds: minted things, facts and their evidence (a triple two
    facts share is given twice)."""
    source = ox.NamedNode(extraction.source_iri)
    published = extraction.document.published
    out: list[tuple] = []
    roles_seen: set[str] = set()
    for fact in extraction.facts:
        node, body = _fact(fact, published, roles_seen)
        out += body
        ev = _named(uris.evidence(extraction.source_iri, fact.start, fact.end, fact.rule))
        quote = extraction.document.text[fact.start:fact.end]
        out += [(node, PG.evidence, ev), (ev, RDF.type, PG.Evidence), (ev, DCTERMS.source, source),
                (ev, PG.quote, ox.Literal(quote)), (ev, PG.startOffset, _integer(fact.start)),
                (ev, PG.endOffset, _integer(fact.end)), (ev, PG.rule, _text(fact.rule)),
                (ev, PG.confidence, _confidence(fact.confidence))]
    out += extraction.linker.triples()
    return out  # (facts share posts, roles and evidence: Content.of_ox keeps each triple once)


#: What a fact is dated by when the document gives no date for it and has no publication date either
#: (a resignation: no date for the end): never a guessed day.
UNDATED = "undated: the document gives no date for this"


def _dated(node: ox.NamedNode, when: When | None, published: date | None, is_start: bool,
           predicate=None) -> list[Triple]:  # type: ignore[no-untyped-def]
    predicate = predicate if predicate is not None else SCHEMA.startDate
    out: list[Triple] = []
    if when is not None and when.resolved and is_start:
        out.append((node, predicate, _day(when.day)))
        if when.precision in ("month", "year"):
            out.append((node, PG.datePrecision, _text(when.precision)))
        return out
    if when is not None and not when.resolved:
        out.append((node, PG.unresolvedDate, ox.Literal(when.expression)))
    if when is not None and when.resolved and not is_start:
        out.append((node, PG.observedOn, _day(when.day)))
    elif published is not None:
        out.append((node, PG.observedOn, _day(published)))
    elif when is None:
        out.append((node, PG.unresolvedDate, ox.Literal(UNDATED)))
    return out


def _fact(fact: Fact, published: date | None, roles_seen: set[str]) -> tuple[ox.NamedNode, list[tuple]]:
    s, o = _node(fact.subject.iri), _node(fact.object.iri)
    s_iri, o_iri = fact.subject.iri, fact.object.iri
    day = fact.when.day if fact.when is not None and fact.when.resolved else None
    if fact.relation in ("holds_office", "member_of"):
        role_slug = fact.extra.get("printed_role") or fact.role or "member"  # "acting leader" as written
        role = _role(role_slug)
        post = _named(uris.post(o_iri, role_slug)) if fact.seat else None
        node = _named(uris.membership(s_iri, o_iri, role_slug, day if fact.is_start else None,
                                      post.value if post else None))
        out = [(node, RDF.type, ORG.Membership), (node, ORG.member, s), (node, ORG.organization, o),
               (node, ORG.role, role), _label(node, fact.subject.label, _role_label(role_slug), fact.object.label)]
        if post is not None:
            out += [(node, PG.post, post), (post, RDF.type, ORG.Post), (post, ORG.postIn, o), (post, ORG.role, role),
                    (post, RDFS.label, ox.Literal(f"{_role_label(role_slug).capitalize()} of {fact.object.label}"))]
        if role_slug not in roles_seen:
            roles_seen.add(role_slug)
            out.append((role, SKOS.prefLabel, ox.Literal(fact.extra.get("role_label") or _role_label(role_slug),
                                                         language="en")))
        out += _dated(node, fact.when, published, fact.is_start)
        return node, out
    if fact.relation == "resigned":
        role_slug = fact.role or "member"
        node = _named(uris.membership(s_iri, o_iri, role_slug, None, None, end=day))
        out = [(node, RDF.type, ORG.Membership), (node, ORG.member, s), (node, ORG.organization, o),
               (node, ORG.role, _role(role_slug)), (node, PG.endReason, END.resigned),
               _label(node, fact.subject.label, _role_label(role_slug), fact.object.label)]
        if day is not None:
            out += [(node, SCHEMA.endDate, _day(day)),
                    (node, PG.observedOn, _day(day - timedelta(days=1)))]
            if fact.when and fact.when.precision in ("month", "year"):
                out.append((node, PG.datePrecision, _text(fact.when.precision)))
        elif fact.when is not None:
            out.append((node, PG.unresolvedDate, ox.Literal(fact.when.expression)))
        else:
            out.append((node, PG.unresolvedDate, ox.Literal(UNDATED)))
        return node, out
    if fact.relation == "controls":
        node = _named(uris.control(o_iri, s_iri, day))
        of = PG.council if fact.object.kind == "COUNCIL" else PG.controlOf
        out = [(node, RDF.type, PG.Control), (node, of, o), (node, PG.controlledBy, s),
               _label(node, fact.subject.label, "control", fact.object.label)]
        if fact.seats is not None and fact.total:
            out += [(node, PG.seats, _integer(fact.seats)), (node, PG.totalSeats, _integer(fact.total))]
            if fact.seats * 2 > fact.total:
                out.append((node, PG.controlKind, _MAJORITY))
        elif "majority" in fact.rule:
            out.append((node, PG.controlKind, _MAJORITY))
        out += _dated(node, fact.when, published, True)
        return node, out
    if fact.relation == "decided":
        node = _named(uris.decision(s_iri, fact.action or "intervene", o_iri, day))
        out = [(node, RDF.type, PG.Decision), (node, PG.decidedBy, s), (node, PG.action, _action(fact.action)),
               (node, PG.affects, o), _label(node, fact.subject.label, fact.action or "intervene", fact.object.label)]
        out += _dated(node, fact.when, published, True)
        return node, out
    if fact.relation in ("signed", "opposed"):
        assert fact.statement is not None
        node = _node(fact.statement.iri)
        out = [(node, RDF.type, PG.Statement), (node, RDFS.label, ox.Literal(fact.statement.label))]
        if fact.creator is not None:
            out.append((node, DCTERMS.creator, _node(fact.creator.iri)))
            if fact.creator.count:
                out.append((node, PG.signatoryCount, _integer(fact.creator.count)))
        out.append((node, PG.signedBy if fact.relation == "signed" else PG.opposes,
                    s if fact.relation == "signed" else o))
        if fact.relation == "opposed" and fact.creator is None:
            out.append((node, PG.signedBy, s))
        out += _dated(node, fact.when, published, True, DCTERMS.date)
        return node, out
    if fact.relation == "part_of":
        predicate = ORG.unitOf if fact.object.kind == "PARTY" else ORG.subOrganizationOf
        node = _named(uris.iri(f"assertion/{uris.digest(s_iri, predicate.value, o_iri)}"))
        return node, [(s, predicate, o), (node, RDF.type, RDF.Statement), (node, RDF.subject, s),
                      (node, RDF.predicate, predicate), (node, RDF.object, o)]
    raise ValueError(f"unknown relation {fact.relation!r}")


def _label(node: ox.NamedNode, subject: str, what: str, obj: str) -> tuple:
    """A name for an n-ary node built from its parts, for pages and tables ("National Executive
    Committee of the Labour Party: request, London Borough of Haringey")."""
    return (node, RDFS.label, ox.Literal(f"{subject}: {what}, {obj}"))


def _role_label(slug: str) -> str:
    return slug.replace("-", " ") if slug != "vice-chair" else "vice-chair"
