"""Triple Pattern Fragments at ``/fragments``, per the Hydra Community Group's specification
(https://www.hydra-cg.com/spec/latest/triple-pattern-fragments/).

A fragment is every triple of the dataset (the union of all graphs) matching one pattern
``subject predicate object``; each position is a constant or a variable. A page carries

- the data: up to :data:`PAGE_SIZE` distinct matching triples, in a stable order;
- metadata: ``void:triples`` and ``hydra:totalItems`` (the estimated number of matches, see the
  ``http-fragment-count`` query), ``hydra:itemsPerPage``, and ``void:subset`` from the dataset to
  the fragment and from the fragment to the page;
- controls: the dataset's ``hydra:search`` IRI template with its three mappings (explicit
  representation: IRIs as they are, literals quoted), and ``hydra:first``/``hydra:previous``/
  ``hydra:next`` between pages.

Turtle (the default), N-Triples and HTML write data and metadata into one graph; TriG, N-Quads and
JSON-LD put the metadata into its own named graph ``<page#metadata>`` (with ``foaf:primaryTopic``
the page), so a client can tell the two apart, as the specification asks.

Status codes: 200 for a page of a fragment, empty or not; 404 for a page past the end of a
fragment and for an invalid selector (a literal as subject, a malformed IRI); every response carries
``Access-Control-Allow-Origin: *``. The specification's draft asks for 404 on an *empty* fragment
too, but the reference server (LDF Server.js) answers 200, and the reference client (Comunica) aborts
a whole query on a 404, so an empty fragment is a 200 with ``void:triples 0`` and all its controls.

Cost of a page: one index scan for the count (cached per store version and pattern) and one for the
page, which skips ``offset`` triples first.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections import OrderedDict
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlencode

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from ..graph.store import OxigraphStore
from ..ontology.namespaces import DCTERMS, FOAF, HYDRA, PREFIXES, RDF, VOID, XSD
from . import accept
from .deps import StoreDep
from .views import templates, term_view

router = APIRouter(tags=["fragments"])

PAGE_SIZE = 100
#: Deeper pages cost a scan of everything before them; no client needs more than ten million triples in.
MAX_PAGE = 100_000
COUNT_CACHE_SIZE = 1024

OFFERED = (accept.TURTLE, accept.TRIG, accept.JSONLD, accept.NTRIPLES, accept.NQUADS, accept.HTML)
FORMATS = {accept.TURTLE: ox.RdfFormat.TURTLE, accept.TRIG: ox.RdfFormat.TRIG, accept.JSONLD: ox.RdfFormat.JSON_LD,
           accept.NTRIPLES: ox.RdfFormat.N_TRIPLES, accept.NQUADS: ox.RdfFormat.N_QUADS}
CORS = {"Access-Control-Allow-Origin": "*", "Vary": "Accept"}
_VARIABLE = re.compile(r"^\?\w+$")
_LITERAL = re.compile(r'^"(?P<value>.*)"(?:@(?P<lang>[A-Za-z]+(?:-[A-Za-z0-9]+)*)|\^\^<?(?P<type>[^<>]+?)>?)?$',
                      re.DOTALL)


class InvalidSelector(ValueError):
    """A parameter outside the selector's domain: answered 404, as the specification says."""


@dataclass(frozen=True)
class Pattern:
    """A triple pattern: ``None`` is a variable; ``same_*`` ties two variable positions together."""

    subject: ox.NamedNode | None = None
    predicate: ox.NamedNode | None = None
    object: ox.NamedNode | ox.Literal | None = None
    same_sp: bool = False
    same_so: bool = False
    same_po: bool = False

    def params(self) -> dict[str, object]:
        return {"subject": self.subject.value if self.subject else None,
                "predicate": self.predicate.value if self.predicate else None,
                "object": self.object, "same_sp": self.same_sp, "same_so": self.same_so, "same_po": self.same_po}


def parse_term(text: str | None, position: str) -> ox.NamedNode | ox.Literal | str | None:
    """A selector parameter in the explicit representation: ``None`` (a fresh variable), a variable
    name (``"?x"``), an IRI, or (objects only) a literal ``"v"``, ``"v"@lang`` or ``"v"^^IRI``.
    Raises :class:`InvalidSelector` for anything else."""
    if text is None or text == "":
        return None
    if _VARIABLE.match(text):
        return text
    if text.startswith('"'):
        if position != "object":
            raise InvalidSelector(f"{position}: a literal can only be an object")
        m = _LITERAL.match(text)
        if m is None:
            raise InvalidSelector(f"{position}: {text!r} is not a literal in the explicit representation")
        try:
            if m.group("lang"):
                return ox.Literal(m.group("value"), language=m.group("lang").lower())
            if m.group("type"):
                return ox.Literal(m.group("value"), datatype=ox.NamedNode(m.group("type")))
            return ox.Literal(m.group("value"))
        except ValueError as e:
            raise InvalidSelector(f"{position}: {text!r}: {e}") from None
    if text.startswith("_:"):
        raise InvalidSelector(f"{position}: blank nodes cannot be selected")
    try:
        node = ox.NamedNode(text)
    except ValueError as e:
        raise InvalidSelector(f"{position}: {text!r} is not an absolute IRI ({e})") from None
    if ":" not in text:
        raise InvalidSelector(f"{position}: {text!r} is not an absolute IRI")
    return node


def parse_pattern(subject: str | None, predicate: str | None, obj: str | None) -> Pattern:
    """The pattern the three query parameters select. Identically named variables are one variable."""
    terms = {pos: parse_term(text, pos) for pos, text in (("subject", subject), ("predicate", predicate),
                                                           ("object", obj))}
    names = {pos: t for pos, t in terms.items() if isinstance(t, str)}

    def same(a: str, b: str) -> bool:
        return a in names and names.get(a) == names.get(b)

    constant = {pos: (None if isinstance(t, str) else t) for pos, t in terms.items()}
    return Pattern(constant["subject"], constant["predicate"], constant["object"],  # type: ignore[arg-type]
                   same("subject", "predicate"), same("subject", "object"), same("predicate", "object"))


# ---------------------------------------------------------------------- counting (cached)

#: Per store (dropped with it): the store version the counts are for, and the counts, least recent first.
_counts: weakref.WeakKeyDictionary[OxigraphStore, tuple[int, OrderedDict[Pattern, int]]] = weakref.WeakKeyDictionary()
_counts_lock = threading.Lock()


def estimate(store: OxigraphStore, pattern: Pattern) -> int:
    """The estimated number of triples matching ``pattern`` (see ``http-fragment-count``), cached per
    store version, so the pages of one fragment cost one count."""
    with _counts_lock:
        version, counts = _counts.get(store, (None, None))
        if version == store.version and pattern in counts:  # type: ignore[operator]
            counts.move_to_end(pattern)  # type: ignore[union-attr]
            return counts[pattern]  # type: ignore[index]
    rows = store.rows("http-fragment-count", **pattern.params())
    count = int(rows[0]["triples"]) if rows else 0  # type: ignore[call-overload]
    with _counts_lock:
        version, counts = _counts.get(store, (None, None))
        if version != store.version or counts is None:
            counts = OrderedDict()
            _counts[store] = (store.version, counts)
        counts[pattern] = count
        while len(counts) > COUNT_CACHE_SIZE:
            counts.popitem(last=False)
    return count


def page_triples(store: OxigraphStore, pattern: Pattern, page: int) -> tuple[list[ox.Triple], bool]:
    """The triples of page ``page`` (1-based) and whether another page follows."""
    offset = (page - 1) * PAGE_SIZE
    rows = list(store.named("http-fragment-page", limit=PAGE_SIZE + 1, offset=offset, **pattern.params()))
    triples = [ox.Triple(r["s"], r["p"], r["o"]) for r in rows[:PAGE_SIZE]]
    return triples, len(rows) > PAGE_SIZE


# ---------------------------------------------------------------------- the response

def _url(base: str, subject: str | None, predicate: str | None, obj: str | None, page: int | None = None) -> str:
    """The canonical URL of a fragment or of one of its pages (its first page is the fragment itself)."""
    params = [(k, v) for k, v in (("subject", subject), ("predicate", predicate), ("object", obj)) if v]
    if page is not None and page > 1:
        params.append(("page", str(page)))
    return f"{base}fragments" + (f"?{urlencode(params)}" if params else "")


def dataset_iri(request: Request) -> str:
    """The dataset the fragments partition: the one the VoID description at ``/.well-known/void`` describes."""
    return f"{request.base_url}.well-known/void#dataset"


def controls(request: Request, fragment: str, page_url: str, count: int, page: int, has_next: bool,
             given: tuple[str | None, str | None, str | None]) -> list[ox.Triple]:
    """The metadata and hypermedia controls of one page."""
    base = str(request.base_url)
    n = ox.NamedNode
    dataset, frag, here = n(dataset_iri(request)), n(fragment), n(page_url)
    search = ox.BlankNode("search")
    out = [
        ox.Triple(dataset, n(str(RDF.type)), n(str(VOID.Dataset))),
        ox.Triple(dataset, n(str(RDF.type)), n(str(HYDRA.Collection))),
        ox.Triple(dataset, n(str(VOID.subset)), frag),
        ox.Triple(dataset, n(str(HYDRA.search)), search),
        ox.Triple(search, n(str(HYDRA.template)), ox.Literal(f"{base}fragments{{?subject,predicate,object}}")),
        ox.Triple(search, n(str(HYDRA.variableRepresentation)), n(str(HYDRA.ExplicitRepresentation))),
    ]
    for name, prop in (("subject", RDF.subject), ("predicate", RDF.predicate), ("object", RDF.object)):
        mapping = ox.BlankNode(name)
        out += [ox.Triple(search, n(str(HYDRA.mapping)), mapping),
                ox.Triple(mapping, n(str(HYDRA.variable)), ox.Literal(name)),
                ox.Triple(mapping, n(str(HYDRA.property)), n(str(prop)))]
    described = [frag] if frag == here else [frag, here]
    if frag != here:
        out += [ox.Triple(dataset, n(str(VOID.subset)), here), ox.Triple(frag, n(str(VOID.subset)), here)]
    total = ox.Literal(str(count), datatype=n(str(XSD.integer)))
    for node in described:
        out += [ox.Triple(node, n(str(VOID.triples)), total), ox.Triple(node, n(str(HYDRA.totalItems)), total)]
    first = n(_url(base, *given, page=1))
    out += [
        ox.Triple(here, n(str(RDF.type)), n(str(HYDRA.PartialCollectionView))),
        ox.Triple(here, n(str(DCTERMS.title)), ox.Literal(_title(given))),
        ox.Triple(here, n(str(DCTERMS.source)), dataset),
        ox.Triple(here, n(str(HYDRA.itemsPerPage)), ox.Literal(str(PAGE_SIZE), datatype=n(str(XSD.integer)))),
        ox.Triple(here, n(str(HYDRA.first)), first),
    ]
    if page > 1:
        out.append(ox.Triple(here, n(str(HYDRA.previous)), n(_url(base, *given, page=page - 1))))
    if has_next:
        out.append(ox.Triple(here, n(str(HYDRA.next)), n(_url(base, *given, page=page + 1))))
    return out


def _title(given: tuple[str | None, str | None, str | None]) -> str:
    shown = [g if g else f"?{pos}" for g, pos in zip(given, ("s", "p", "o"))]
    return "Triple pattern fragment { " + " ".join(shown) + " }"


PREFIXES_OUT = {**PREFIXES, "hydra": str(HYDRA), "foaf": str(FOAF)}


@router.head("/fragments", include_in_schema=False)
@router.get("/fragments", summary="Triple Pattern Fragments",
                  response_class=Response,
                  responses={200: {"description": "A page of the fragment, with metadata and controls",
                                   "content": {m: {} for m in OFFERED}},
                             404: {"description": "A page past the end of the fragment, or an invalid selector"},
                             406: {"description": "None of the requested media types is available"}})
def fragment(
    request: Request,
    store: StoreDep,
    subject: Annotated[str | None, Query(description="An IRI, or a variable (empty or ?name)")] = None,
    predicate: Annotated[str | None, Query(description="An IRI, or a variable (empty or ?name)")] = None,
    object: Annotated[str | None, Query(description='An IRI, a literal ("v", "v"@en, "v"^^IRI), or a variable')] = None,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE, description="The page, from 1")] = 1,
) -> Response:
    """One page of the triple pattern fragment ``subject predicate object`` of the whole dataset."""
    media = accept.choose(request, OFFERED)
    if media is None:
        # The specification prefers a triple-based answer to a 406.
        media = accept.TURTLE
    try:
        pattern = parse_pattern(subject, predicate, object)
    except InvalidSelector as e:
        return Response(f"invalid selector: {e}\n", status_code=404, media_type="text/plain", headers=CORS)
    given = tuple(None if (t is None or t == "" or _VARIABLE.match(t)) else t for t in (subject, predicate, object))
    count = estimate(store, pattern)
    triples, has_next = page_triples(store, pattern, page) if count else ([], False)
    if triples and not has_next and page == 1:
        count = len(triples)  # the whole fragment is on this page: the estimate can be exact
    base = str(request.base_url)
    page_url = str(request.url)
    # The specification wants the URL the client used: for the fragment itself when no page is asked.
    fragment_url = page_url if "page" not in request.query_params else _url(base, *given)  # type: ignore[arg-type]
    meta = controls(request, fragment_url, page_url, count, page, has_next, given)  # type: ignore[arg-type]
    status = 200 if triples or page == 1 else 404
    if media == accept.HTML:
        html = templates.get_template("fragment.html").render(
            request=request, triples=[tuple(term_view(request, t) for t in tr) for tr in triples],
            count=count, page=page, subject=subject or "", predicate=predicate or "", object=object or "",
            previous=_url(base, *given, page=page - 1) if page > 1 else None,  # type: ignore[arg-type]
            next=_url(base, *given, page=page + 1) if has_next else None)  # type: ignore[arg-type]
        return HTMLResponse(html, status_code=status, headers=CORS)
    fmt = FORMATS[media]
    if fmt.supports_datasets:
        graph = ox.NamedNode(f"{page_url}#metadata")
        quads = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples]
        quads.append(ox.Quad(graph, ox.NamedNode(str(FOAF.primaryTopic)), ox.NamedNode(page_url), graph))
        quads += [ox.Quad(t.subject, t.predicate, t.object, graph) for t in meta]
        body = ox.serialize(quads, format=fmt, prefixes=PREFIXES_OUT)
    else:
        body = ox.serialize([*triples, *meta], format=fmt, prefixes=PREFIXES_OUT)
    return Response(body, status_code=status, media_type=media, headers=CORS)
