"""Linked data: every minted IRI dereferences at ``/id/...``; the whole graph at ``/dump``; a VoID
description of the dataset at ``/.well-known/void``.

``GET /id/council/E09000014`` answers for the IRI ``{PARTYGRAPH_BASE}id/council/E09000014``, whatever
host serves it: HTML for browsers (label, types, properties with links, what links here, ``owl:sameAs``
links out, the sources), or Turtle, JSON-LD, N-Triples or RDF/XML by ``Accept`` (q-values honoured;
406 when none fits; 404 when the graph says nothing about the IRI). The RDF is every triple about the
IRI and up to :data:`INCOMING` triples pointing at it, serialised by Oxigraph.

``/dump`` streams every quad (every source graph and the provenance graph) as gzip-compressed N-Quads
from Oxigraph's own dumper, through a bounded queue: memory stays flat however big the store is.
"""

from __future__ import annotations

import gzip
import io
import queue
import threading
import weakref
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response, StreamingResponse

from ..graph import formats
from ..graph.store import OxigraphStore
from ..ontology import uris
from ..ontology.namespaces import DCTERMS, FOAF, HYDRA, OWL, PG, RDF, RDFS, SD, SKOS, VOID, XSD
from . import accept
from .deps import StoreDep
from .fragments import PREFIXES_OUT, Pattern, dataset_iri, estimate
from .views import TermView, quote_all, templates, term_view

router = APIRouter(tags=["linked data"])

INCOMING = 1000  # incoming triples in an RDF description
INCOMING_SHOWN = 200  # incoming links listed on an HTML page
#: The licence of the dataset as a whole; each source's own licence is on its VoID subset.
LICENCE = "https://creativecommons.org/licenses/by/4.0/"

RDF_OFFERED = (accept.TURTLE, accept.JSONLD, accept.NTRIPLES, accept.RDFXML)
RESOURCE_OFFERED = (*RDF_OFFERED, accept.HTML)
WRITERS = {accept.TURTLE: ox.RdfFormat.TURTLE, accept.JSONLD: ox.RdfFormat.JSON_LD,
           accept.NTRIPLES: ox.RdfFormat.N_TRIPLES, accept.RDFXML: ox.RdfFormat.RDF_XML}
LABELS = (str(RDFS.label), str(SKOS.prefLabel), str(FOAF.name))


def _serialize(triples: object, media: str) -> bytes:
    return ox.serialize(triples, format=WRITERS[media], prefixes=PREFIXES_OUT)  # type: ignore[arg-type]


# ---------------------------------------------------------------------- /id/...

@dataclass
class Value:
    term: TermView
    graphs: set[str] = field(default_factory=set)


@dataclass
class Property:
    predicate: TermView
    values: list[Value] = field(default_factory=list)


def _resource_page(request: Request, store: OxigraphStore, iri: str) -> str:
    """The HTML page of a resource. Cost: three small indexed queries and the list of sources."""
    properties: dict[str, Property] = {}
    labels: list[str] = []
    types: list[TermView] = []
    same_as: list[TermView] = []
    graphs: set[str] = set()
    for row in store.named("http-resource-out", iri=iri):
        p, o, g = row["p"], row["o"], row["g"].value
        graphs.add(g)
        plabel = row["plabel"].value if "plabel" in row else None
        olabel = row["olabel"].value if "olabel" in row else None
        prop = properties.setdefault(p.value, Property(term_view(request, p, plabel)))
        view = term_view(request, o, olabel)
        if prop.values and prop.values[-1].term == view:  # the same value stated by another source
            prop.values[-1].graphs.add(g)
            continue
        prop.values.append(Value(view, {g}))
        if p.value in LABELS and isinstance(o, ox.Literal) and o.value not in labels:
            labels.append(o.value)
        elif p.value == str(RDF.type) and view not in types:
            types.append(view)
        elif p.value == str(OWL.sameAs):
            same_as.append(view)
    incoming = [(term_view(request, r["s"], r["slabel"].value if "slabel" in r else None),
                 term_view(request, r["p"], r["plabel"].value if "plabel" in r else None))
                for r in store.named("http-resource-in", iri=iri, limit=INCOMING_SHOWN)]
    incoming_total = estimate(store, Pattern(object=ox.NamedNode(iri)))
    sources = {s["graph"]: s for s in store.rows("http-void-sources", provenance=uris.provenance_graph())}
    shown_sources = [sources.get(g, {"graph": g, "title": g}) for g in sorted(graphs)]
    for prop in properties.values():
        for value in prop.values:
            value.graphs = {sources[g]["title"] if g in sources else g for g in value.graphs}  # type: ignore[misc]
    is_council = str(PG.Council) in {t.title for t in types}
    return templates.get_template("resource.html").render(
        request=request, iri=iri, label=labels[0] if labels else uris.local_path(iri) or iri,
        other_labels=labels[1:], types=types, same_as=same_as,
        properties=sorted(properties.values(), key=lambda p: (p.predicate.title != str(RDF.type), p.predicate.text)),
        incoming=incoming, incoming_total=incoming_total,
        incoming_more=f"{request.base_url}fragments?object={quote_all(iri)}" if incoming_total > len(incoming) else None,
        sources=shown_sources, council_page=f"{request.base_url}explore/councils/{quote_all(iri)}" if is_council else None)


@router.head("/id/{path:path}", include_in_schema=False)
@router.get("/id/{path:path}", summary="Dereference a minted IRI",
                  response_class=Response,
                  responses={200: {"description": "The resource, as HTML or RDF",
                                   "content": {m: {} for m in RESOURCE_OFFERED}},
                             404: {"description": "The graph says nothing about this IRI"},
                             406: {"description": "None of the requested media types is available"}})
def resource(path: str, request: Request, store: StoreDep) -> Response:
    """The description of ``{PARTYGRAPH_BASE}id/{path}``: HTML for browsers, RDF by ``Accept``."""
    iri = f"{uris.base()}id/{path}"
    media = accept.choose(request, RESOURCE_OFFERED)
    try:
        known = bool(path) and store.named("http-resource-exists", iri=iri).boolean
    except ValueError:  # not a valid IRI once the base is put in front
        known = False
    headers = {"Vary": "Accept"}
    if not known:
        message = f"nothing is known about <{iri}>"
        if media == accept.HTML:
            html = templates.get_template("error.html").render(request=request, status=404, message=message)
            return HTMLResponse(html, status_code=404, headers=headers)
        return PlainTextResponse(message + "\n", status_code=404, headers=headers)
    if media is None:
        return accept.not_acceptable(RESOURCE_OFFERED)
    if media == accept.HTML:
        return HTMLResponse(_resource_page(request, store, iri), headers=headers)
    result = store.named("http-resource-describe", iri=iri, incoming=INCOMING)
    return Response(_serialize(result, media), media_type=media, headers=headers)


# ---------------------------------------------------------------------- /dump

class _Pipe(io.RawIOBase):
    """A write-only file whose bytes go, in chunks, to a bounded queue a response reads from.
    Writing blocks while the queue is full; it fails once the reader has gone."""

    def __init__(self, chunks: queue.Queue[bytes | BaseException | None], gone: threading.Event):
        self._chunks, self._gone = chunks, gone

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[no-untyped-def,override]
        chunk = bytes(data)
        while True:
            if self._gone.is_set():
                raise BrokenPipeError("the client went away")
            try:
                self._chunks.put(chunk, timeout=0.5)
                return len(chunk)
            except queue.Full:
                continue


class DumpStream:
    """The whole store as gzip-compressed N-Quads, chunk by chunk, written by Oxigraph in a thread.
    At most ``depth`` chunks of ``chunk_size`` bytes wait in memory. :meth:`close` stops the dump
    (the response calls it however it ends, the client hanging up included)."""

    def __init__(self, store: OxigraphStore, chunk_size: int = 1 << 16, depth: int = 16):
        self._chunks: queue.Queue[bytes | BaseException | None] = queue.Queue(maxsize=depth)
        self._gone = threading.Event()
        self._store, self._chunk_size = store, chunk_size
        threading.Thread(target=self._produce, name="partygraph-dump", daemon=True).start()

    def _produce(self) -> None:
        try:
            with io.BufferedWriter(_Pipe(self._chunks, self._gone), buffer_size=self._chunk_size) as pipe, \
                    gzip.GzipFile(fileobj=pipe, mode="wb", compresslevel=6) as packed:
                self._store.export(packed, formats.by_name("nquads"))
        except BaseException as e:  # handed to the reader, which raises it and so cuts the response
            if not self._gone.is_set():
                self._chunks.put(e)
            return
        self._chunks.put(None)

    def __iter__(self) -> Iterator[bytes]:
        try:
            while True:
                item = self._chunks.get()
                if item is None:
                    return
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            self.close()

    def close(self) -> None:
        self._gone.set()


class _ClosingResponse(StreamingResponse):
    """A streaming response that closes its :class:`DumpStream` when it ends, however it ends: a
    generator abandoned by a client that hung up is otherwise only closed by the garbage collector."""

    def __init__(self, content: DumpStream, **kwargs: object):
        super().__init__(content, **kwargs)  # type: ignore[arg-type]
        self._dump = content

    async def __call__(self, scope, receive, send) -> None:  # type: ignore[no-untyped-def]
        try:
            await super().__call__(scope, receive, send)
        finally:
            self._dump.close()


@router.get("/dump", summary="The whole graph as gzip-compressed N-Quads", response_class=StreamingResponse,
            responses={200: {"description": "Every quad of every graph (N-Quads, gzip content coding)",
                             "content": {accept.NQUADS: {}}}})
def dump(store: StoreDep) -> StreamingResponse:
    """Every quad of the store, streamed as N-Quads with gzip content coding."""
    return _ClosingResponse(DumpStream(store), media_type=accept.NQUADS,
                            headers={"Content-Encoding": "gzip",
                                     "Content-Disposition": 'attachment; filename="partygraph.nq"'})


# ---------------------------------------------------------------------- /.well-known/void

#: Per store (dropped with it): the VoID triples by (store version, server URL, data base).
_void_cache: weakref.WeakKeyDictionary[OxigraphStore, OrderedDict[tuple[int, str, str], list[ox.Triple]]] = \
    weakref.WeakKeyDictionary()
_void_lock = threading.Lock()


def _namespace(iri: str) -> str:
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[: cut + 1]


def void_description(request: Request, store: OxigraphStore) -> list[ox.Triple]:
    """The VoID description of the dataset. Cost: a scan of the predicates, the class counts and the
    sources, once per store version (cached)."""
    key = (store.version, str(request.base_url), uris.base())
    with _void_lock:
        cached = _void_cache.get(store)
        if cached is not None and key in cached:
            return cached[key]
    base = str(request.base_url)
    n, lit = ox.NamedNode, ox.Literal

    def integer(value: object) -> ox.Literal:
        return lit(str(value), datatype=n(str(XSD.integer)))

    ds = n(dataset_iri(request))
    out = [
        ox.Triple(ds, n(str(RDF.type)), n(str(VOID.Dataset))),
        ox.Triple(ds, n(str(DCTERMS.title)), lit("partygraph")),
        ox.Triple(ds, n(str(DCTERMS.description)), lit(
            "A knowledge graph of UK party bodies, councils, officeholders and the decisions between them, "
            "with the source of every fact.")),
        ox.Triple(ds, n(str(DCTERMS.license)), n(LICENCE)),
        ox.Triple(ds, n(str(VOID.triples)), integer(estimate(store, Pattern()))),
        ox.Triple(ds, n(str(VOID.sparqlEndpoint)), n(f"{base}sparql")),
        ox.Triple(ds, n(str(VOID.dataDump)), n(f"{base}dump")),
        ox.Triple(ds, n(str(VOID.uriSpace)), lit(f"{uris.base()}id/")),
        ox.Triple(ds, n(str(VOID.uriLookupEndpoint)), n(f"{base}fragments?subject=")),
        ox.Triple(ds, n(str(VOID.feature)), n("http://www.w3.org/ns/formats/N-Quads")),
        ox.Triple(ds, n(str(VOID.feature)), n("http://www.w3.org/ns/formats/Turtle")),
        ox.Triple(ds, n(str(VOID.feature)), n("http://www.w3.org/ns/formats/JSON-LD")),
    ]
    search = ox.BlankNode("search")
    out += [ox.Triple(ds, n(str(HYDRA.search)), search),
            ox.Triple(search, n(str(HYDRA.template)), lit(f"{base}fragments{{?subject,predicate,object}}")),
            ox.Triple(search, n(str(HYDRA.variableRepresentation)), n(str(HYDRA.ExplicitRepresentation)))]
    for name, prop in (("subject", RDF.subject), ("predicate", RDF.predicate), ("object", RDF.object)):
        mapping = ox.BlankNode(name)
        out += [ox.Triple(search, n(str(HYDRA.mapping)), mapping),
                ox.Triple(mapping, n(str(HYDRA.variable)), lit(name)),
                ox.Triple(mapping, n(str(HYDRA.property)), n(str(prop)))]
    vocabularies = {_namespace(str(r["p"])) for r in store.rows("http-void-predicates")}
    classes = store.rows("stats-classes")
    vocabularies |= {_namespace(str(r["class"])) for r in classes}
    out += [ox.Triple(ds, n(str(VOID.vocabulary)), n(v)) for v in sorted(vocabularies) if v]
    out.append(ox.Triple(ds, n(str(VOID.classes)), integer(len(classes))))
    for i, row in enumerate(classes):
        part = ox.BlankNode(f"class{i}")
        out += [ox.Triple(ds, n(str(VOID.classPartition)), part),
                ox.Triple(part, n(str(VOID["class"])), n(str(row["class"]))),
                ox.Triple(part, n(str(VOID.entities)), integer(row["count"]))]
    for row in store.rows("http-void-sources", provenance=uris.provenance_graph()):
        graph = n(str(row["graph"]))
        out += [ox.Triple(ds, n(str(VOID.subset)), graph),
                ox.Triple(graph, n(str(RDF.type)), n(str(VOID.Dataset))),
                ox.Triple(graph, n(str(DCTERMS.title)), lit(str(row["title"]))),
                ox.Triple(graph, n(str(VOID.triples)), integer(row["triples"])),
                ox.Triple(graph, n(str(DCTERMS.modified)),
                          lit(row["loaded"].isoformat(), datatype=n(str(XSD.dateTime)))),
                ox.Triple(graph, n(str(SD.name)), graph),
                ox.Triple(graph, n("http://www.w3.org/ns/prov#specializationOf"), n(str(row["source"])))]
        if row.get("url"):
            out.append(ox.Triple(graph, n(str(DCTERMS.source)), n(str(row["url"]))))
        if row.get("licence"):
            out.append(ox.Triple(graph, n(str(DCTERMS.license)), n(str(row["licence"]))))
        if row.get("credit"):
            out.append(ox.Triple(graph, n(str(DCTERMS.bibliographicCitation)), lit(str(row["credit"]))))
        if row.get("issued"):
            out.append(ox.Triple(graph, n(str(DCTERMS.issued)), lit(str(row["issued"]), datatype=n(str(XSD.date)))))
    with _void_lock:
        cached = _void_cache.setdefault(store, OrderedDict())
        cached[key] = out
        while len(cached) > 8:
            cached.popitem(last=False)
    return out


@router.get("/.well-known/void", summary="VoID description of the dataset", response_class=Response,
            responses={200: {"description": "The VoID description", "content": {m: {} for m in RDF_OFFERED}},
                       406: {"description": "None of the requested media types is available"}})
def void(request: Request, store: StoreDep) -> Response:
    """The dataset: size, SPARQL endpoint, dump, URI space, vocabularies, licence, classes, and each
    loaded source as a subset (its graph, size, public URL, licence)."""
    media = accept.choose(request, RDF_OFFERED)
    if media is None:
        return accept.not_acceptable(RDF_OFFERED)
    body = _serialize(void_description(request, store), media)
    return Response(body, media_type=media, headers={"Vary": "Accept"})


