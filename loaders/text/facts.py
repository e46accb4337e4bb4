"""Facts as RDF, in the shapes of ontology/README.md, for the document's named graph.

- ``holds_office``: an ``org:Membership`` with ``pg:post`` (the post is minted when the graph has none);
- ``member_of``: an ``org:Membership`` with ``org:role role:member`` and no post;
- ``resigned``: an ``org:Membership`` that ends (``schema:endDate``) on the day of the resignation; it
  held the day before, which is its ``pg:observedOn``;
- ``controls``: a ``pg:Control`` (``pg:council`` the controlled council, or the body a faction holds a
  majority on);
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

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, RDF, RDFS, SKOS, XSD

from ...ontology import uris
from ...ontology.namespaces import PG, SCHEMA
from .dates import When
from .extract import Extraction
from .relations import Fact

Triple = tuple


def triples(extraction: Extraction) -> list[Triple]:
    """Every triple the document's graph holds: minted things, facts and their evidence."""
    source = URIRef(extraction.source_iri)
    published = extraction.document.published
    out: list[Triple] = []
    roles_seen: set[str] = set()
    for fact in extraction.facts:
        node, body = _fact(fact, published, roles_seen)
        out += body
        ev = uris.evidence(str(source), fact.start, fact.end, fact.rule)
        quote = extraction.document.text[fact.start:fact.end]
        out += [(node, PG.evidence, ev), (ev, RDF.type, PG.Evidence), (ev, DCTERMS.source, source),
                (ev, PG.quote, Literal(quote)), (ev, PG.startOffset, Literal(fact.start, datatype=XSD.integer)),
                (ev, PG.endOffset, Literal(fact.end, datatype=XSD.integer)), (ev, PG.rule, Literal(fact.rule)),
                (ev, PG.confidence, Literal(Decimal(str(round(fact.confidence, 2))), datatype=XSD.decimal))]
    out += extraction.linker.triples()
    return out


def _dated(node: URIRef, when: When | None, published: date | None, is_start: bool,
           predicate=SCHEMA.startDate) -> list[Triple]:  # type: ignore[no-untyped-def]
    out: list[Triple] = []
    if when is not None and when.resolved and is_start:
        out.append((node, predicate, Literal(when.day, datatype=XSD.date)))
        if when.precision in ("month", "year"):
            out.append((node, PG.datePrecision, Literal(when.precision)))
        return out
    if when is not None and not when.resolved:
        out.append((node, PG.unresolvedDate, Literal(when.expression)))
    if when is not None and when.resolved and not is_start:
        out.append((node, PG.observedOn, Literal(when.day, datatype=XSD.date)))
    elif published is not None:
        out.append((node, PG.observedOn, Literal(published, datatype=XSD.date)))
    return out


def _fact(fact: Fact, published: date | None, roles_seen: set[str]) -> tuple[URIRef, list[Triple]]:
    s, o = URIRef(fact.subject.iri), URIRef(fact.object.iri)
    day = fact.when.day if fact.when is not None and fact.when.resolved else None
    if fact.relation in ("holds_office", "member_of"):
        role_slug = fact.role or "member"
        role = uris.role(role_slug)
        post = uris.post(str(o), role_slug) if fact.seat else None
        node = uris.membership(str(s), str(o), role_slug, day if fact.is_start else None,
                               str(post) if post else None)
        out = [(node, RDF.type, ORG.Membership), (node, ORG.member, s), (node, ORG.organization, o),
               (node, ORG.role, role)]
        if post is not None:
            out += [(node, PG.post, post), (post, RDF.type, ORG.Post), (post, ORG.postIn, o), (post, ORG.role, role),
                    (post, RDFS.label, Literal(f"{_role_label(role_slug).capitalize()} of {fact.object.label}"))]
        if role_slug not in roles_seen:
            roles_seen.add(role_slug)
            out.append((role, SKOS.prefLabel, Literal(_role_label(role_slug), lang="en")))
        out += _dated(node, fact.when, published, fact.is_start)
        return node, out
    if fact.relation == "resigned":
        role_slug = fact.role or "member"
        node = uris.membership(str(s), str(o), role_slug, None, None)
        out = [(node, RDF.type, ORG.Membership), (node, ORG.member, s), (node, ORG.organization, o),
               (node, ORG.role, uris.role(role_slug))]
        if day is not None:
            out += [(node, SCHEMA.endDate, Literal(day, datatype=XSD.date)),
                    (node, PG.observedOn, Literal(day - timedelta(days=1), datatype=XSD.date))]
            if fact.when and fact.when.precision in ("month", "year"):
                out.append((node, PG.datePrecision, Literal(fact.when.precision)))
        elif fact.when is not None:
            out.append((node, PG.unresolvedDate, Literal(fact.when.expression)))
        return node, out
    if fact.relation == "controls":
        node = uris.control(str(o), str(s), day)
        out = [(node, RDF.type, PG.Control), (node, PG.council, o), (node, PG.controlledBy, s)]
        if fact.seats is not None and fact.total:
            out += [(node, PG.seats, Literal(fact.seats, datatype=XSD.integer)),
                    (node, PG.totalSeats, Literal(fact.total, datatype=XSD.integer))]
            if fact.seats * 2 > fact.total:
                out.append((node, PG.controlKind, uris.control_kind("majority")))
        elif "majority" in fact.rule:
            out.append((node, PG.controlKind, uris.control_kind("majority")))
        out += _dated(node, fact.when, published, True)
        return node, out
    if fact.relation == "decided":
        node = uris.decision(str(s), fact.action or "intervene", str(o), day)
        out = [(node, RDF.type, PG.Decision), (node, PG.decidedBy, s), (node, PG.action, uris.action(fact.action)),
               (node, PG.affects, o)]
        out += _dated(node, fact.when, published, True)
        return node, out
    if fact.relation in ("signed", "opposed"):
        assert fact.statement is not None
        node = URIRef(fact.statement.iri)
        out = [(node, RDF.type, PG.Statement), (node, RDFS.label, Literal(fact.statement.label))]
        if fact.creator is not None:
            out.append((node, DCTERMS.creator, URIRef(fact.creator.iri)))
            if fact.creator.count:
                out.append((node, PG.signatoryCount, Literal(fact.creator.count, datatype=XSD.integer)))
        out.append((node, PG.signedBy if fact.relation == "signed" else PG.opposes,
                    s if fact.relation == "signed" else o))
        if fact.relation == "opposed" and fact.creator is None:
            out.append((node, PG.signedBy, s))
        out += _dated(node, fact.when, published, True, DCTERMS.date)
        return node, out
    if fact.relation == "part_of":
        predicate = ORG.unitOf if fact.object.kind == "PARTY" else ORG.subOrganizationOf
        node = uris.iri(f"assertion/{uris.digest(str(s), str(predicate), str(o))}")
        return node, [(s, predicate, o), (node, RDF.type, RDF.Statement), (node, RDF.subject, s),
                      (node, RDF.predicate, predicate), (node, RDF.object, o)]
    raise ValueError(f"unknown relation {fact.relation!r}")


def _role_label(slug: str) -> str:
    return slug.replace("-", " ") if slug != "vice-chair" else "vice-chair"
