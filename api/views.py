"""What the HTML pages share: the Jinja2 environment (autoescaping on) and how an RDF term is shown.

An IRI minted under ``PARTYGRAPH_BASE`` links to this server's ``/id/...`` page, so the pages can be
browsed on any host, whatever the base; other IRIs link out as they are. Names are written with the
prefixes of :data:`partygraph.ontology.namespaces.PREFIXES` where one fits.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox
from fastapi import Request
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..ontology import uris
from ..ontology.namespaces import PREFIXES, XSD

TEMPLATES = Path(__file__).resolve().parent / "templates"

templates = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True),
                        trim_blocks=True, lstrip_blocks=True)

# Longest namespace first, so ``role:`` wins over ``pg:`` for role concepts.
_BY_LENGTH = sorted(((ns, prefix) for prefix, ns in PREFIXES.items()), key=lambda item: -len(item[0]))


@dataclass(frozen=True)
class TermView:
    text: str  # what to print
    href: str | None  # where it links, if anywhere
    kind: str  # iri, literal or blank
    title: str = ""  # the full IRI or datatype, for a tooltip


def local_href(request: Request, iri: str) -> str:
    """The URL of an IRI on this server: ``/id/...`` for minted IRIs, the IRI itself otherwise."""
    path = uris.local_path(iri)
    return f"{request.base_url}id/{path}" if path is not None else iri


def quote_all(text: str) -> str:
    """``text`` percent-encoded whole, ``/`` included: an IRI as one path segment or query value."""
    return quote(text, safe="")


def short(iri: str) -> str:
    """``prefix:local`` when a known namespace fits, else the IRI."""
    for ns, prefix in _BY_LENGTH:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def term_view(request: Request, term: object, label: str | None = None) -> TermView:
    if isinstance(term, ox.NamedNode):
        return TermView(label or short(term.value), local_href(request, term.value), "iri", term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return TermView(term.value, None, "literal", f"@{term.language}")
        datatype = term.datatype.value
        return TermView(term.value, None, "literal", "" if datatype == str(XSD.string) else short(datatype))
    if isinstance(term, ox.BlankNode):
        return TermView(f"_:{term.value}", None, "blank")
    return TermView(str(term), None, "other")
