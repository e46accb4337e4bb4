"""Minting the IRIs of partygraph's data, by the scheme of DESIGN.md section 4.

Every IRI is a pure function of identifying fields, so loading the same source twice mints the same
IRIs. Things with a public identifier use it (a council is ``id/council/{GSS}``); things without one
(memberships, decisions, evidence) get a short hash of the fields that identify them.

The base comes from ``PARTYGRAPH_BASE`` (default ``https://w3id.org/partygraph/``), read on each call
so tests and servers can set it per process.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from datetime import date

from rdflib import URIRef

from .namespaces import ACTION, CONTROL, ONS, ROLE, WD

DEFAULT_BASE = "https://w3id.org/partygraph/"


def base() -> str:
    """The data base IRI, always ending in ``/``."""
    value = os.environ.get("PARTYGRAPH_BASE", DEFAULT_BASE).strip() or DEFAULT_BASE
    return value if value.endswith("/") else value + "/"


def slugify(text: str) -> str:
    """Lowercase ASCII words joined by ``-``: "Claire Kober" -> "claire-kober", "Bishop's" -> "bishops".

    Accents are folded ("Ejiófor" -> "ejiofor"); apostrophes vanish rather than split words.
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    folded = re.sub(r"['’`]", "", folded.replace("&", " and "))
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    if not slug:
        raise ValueError(f"cannot make a slug from {text!r}")
    return slug


def digest(*parts: object, length: int = 16) -> str:
    """A short, stable hex digest of identifying fields (``None`` and dates included by value)."""
    joined = "\x1f".join("" if p is None else (p.isoformat() if isinstance(p, date) else str(p)) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def iri(path: str) -> URIRef:
    """``{base}id/{path}``: the IRI of anything partygraph mints."""
    return URIRef(f"{base()}id/{path.lstrip('/')}")


def local_path(uri: str) -> str | None:
    """The ``{path}`` of an IRI minted by :func:`iri`, or ``None`` for an IRI from elsewhere."""
    prefix = f"{base()}id/"
    return uri[len(prefix):] if uri.startswith(prefix) else None


# ---------------------------------------------------------------- organisations and people

def council(gss: str) -> URIRef:
    return iri(f"council/{gss.strip().upper()}")


def ons(gss: str) -> URIRef:
    """The ONS statistical-geography IRI for a GSS code, which councils are ``owl:sameAs``."""
    return ONS[gss.strip().upper()]


def wikidata(qid: str) -> URIRef:
    return WD[qid.strip().upper()]


def party(slug: str) -> URIRef:
    return iri(f"party/{slug}")


def body(party_slug: str, slug: str) -> URIRef:
    return iri(f"body/{party_slug}/{slug}")


def council_group(party_slug: str, gss: str) -> URIRef:
    return iri(f"body/{party_slug}/group/{gss.strip().upper()}")


def faction(slug: str) -> URIRef:
    return iri(f"faction/{slug}")


def organisation(slug: str) -> URIRef:
    """Any other organisation (a trade union, a developer, a newspaper)."""
    return iri(f"org/{slug}")


def person(slug: str) -> URIRef:
    """A person by slug. Linkers look for an existing person before minting (DESIGN.md section 4)."""
    return iri(f"person/{slug}")


def ward(council_gss: str, name: str, gss: str | None = None) -> URIRef:
    """A ward by its own GSS code when known, else by its council and name."""
    if gss:
        return iri(f"ward/{gss.strip().upper()}")
    return iri(f"ward/{council_gss.strip().upper()}/{slugify(name)}")


def post(organisation_iri: str, role_slug: str, qualifier: str | None = None) -> URIRef:
    """The post of ``role_slug`` in an organisation: ``id/post/council/E09000014/leader``.

    ``qualifier`` tells apart several posts of one role (a cabinet portfolio, a ward seat).
    """
    path = local_path(str(organisation_iri))
    if path is None:
        path = f"ext/{digest(organisation_iri)}"
    suffix = f"/{slugify(qualifier)}" if qualifier else ""
    return iri(f"post/{path}/{role_slug}{suffix}")


def policy(slug: str) -> URIRef:
    return iri(f"policy/{slug}")


def rule(party_slug: str, slug: str) -> URIRef:
    return iri(f"rule/{party_slug}/{slug}")


def coalition(council_gss: str, *party_slugs: str) -> URIRef:
    return iri(f"coalition/{council_gss.strip().upper()}/{'+'.join(sorted(party_slugs))}")


# ---------------------------------------------------------------- n-ary facts (hashed)

def membership(member: str, organisation_iri: str, role: str, start: date | str | None = None,
               post_iri: str | None = None, end: date | None = None) -> URIRef:
    """A membership by who, where, as what and from when; ``end`` only for a membership known by its end
    alone (a resignation), so that two sources giving different end dates make two claims, not one node
    with two ends."""
    parts: tuple[object, ...] = (member, organisation_iri, role, start, post_iri)
    return iri(f"membership/{digest(*parts, *(('end', end) if end is not None else ()))}")


def control(council_iri: str, controller: str, start: date | str | None = None) -> URIRef:
    return iri(f"control/{digest(council_iri, controller, start)}")


def authority(holder: str, over: str, rule_iri: str | None = None) -> URIRef:
    return iri(f"authority/{digest(holder, over, rule_iri)}")


def decision(decided_by: str, action_slug: str, affects: str, when: date | str | None = None) -> URIRef:
    return iri(f"decision/{digest(decided_by, action_slug, affects, when)}")


def statement(key: str, when: date | str | None = None) -> URIRef:
    return iri(f"statement/{digest(key, when)}")


def evidence(source_iri: str, start: int, end: int, rule_name: str) -> URIRef:
    return iri(f"evidence/{digest(source_iri, start, end, rule_name)}")


def election(slug: str) -> URIRef:
    return iri(f"election/{slug}")


def ballot(slug: str) -> URIRef:
    return iri(f"ballot/{slug}")


def candidacy(ballot_iri: str, person_iri: str) -> URIRef:
    return iri(f"candidacy/{digest(ballot_iri, person_iri)}")


# ---------------------------------------------------------------- sources and their graphs

def source(key: str) -> URIRef:
    """A loaded source (``prov:Entity``). ``key`` is ``{kind}/{slug}``, chosen by its loader."""
    return iri(f"source/{key}")


def source_graph(key: str, content_digest: str) -> URIRef:
    """The named graph holding one version of a source: the same content always gets the same graph."""
    return iri(f"graph/{key}/{content_digest[:16]}")


def load_activity(key: str, content_digest: str) -> URIRef:
    return iri(f"load/{key}/{content_digest[:16]}")


def provenance_graph() -> URIRef:
    """The named graph of the PROV records of all loads (which graph is each source's, and why)."""
    return iri("graph/provenance")


def journal_graph() -> URIRef:
    """Bookkeeping for atomic replace: graphs being written or being removed."""
    return iri("graph/journal")


# ---------------------------------------------------------------- concepts

def role(slug: str) -> URIRef:
    return ROLE[slugify(slug)]


def action(slug: str) -> URIRef:
    return ACTION[slugify(slug)]


def control_kind(slug: str) -> URIRef:
    return CONTROL[slugify(slug)]
