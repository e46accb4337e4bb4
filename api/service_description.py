"""What ``GET /sparql`` without a query answers: the SPARQL 1.1 Service Description
(https://www.w3.org/TR/sparql11-service-description/) for machines, a query page for browsers.

The description says what the endpoint speaks (SPARQL 1.1 Query, and Update when a token is set), the
result formats it writes, that the default graph is the union of all graphs, and which named graph
holds each loaded source, with its size. The query page offers the named queries of
``graph/queries/*.rq`` as examples, their ``?_name`` parameters left as variables.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from ..graph import queries
from ..graph.formats import Format
from ..graph.store import OxigraphStore
from ..ontology.namespaces import RDF, SD, VOID, XSD
from .settings import Settings

FORMATS_NS = "http://www.w3.org/ns/formats/"
#: The W3C format IRI of each format the endpoint writes, by its short name in graph.formats.
FORMAT_IRIS = {
    "json": "SPARQL_Results_JSON", "xml": "SPARQL_Results_XML", "csv": "SPARQL_Results_CSV",
    "tsv": "SPARQL_Results_TSV", "turtle": "Turtle", "ntriples": "N-Triples", "jsonld": "JSON-LD",
    "rdfxml": "RDF_XML", "nquads": "N-Quads", "trig": "TriG",
}
PREFIXES = {"sd": str(SD), "void": str(VOID), "formats": FORMATS_NS}


def describe(store: OxigraphStore, settings: Settings, endpoint: str, fmt: Format) -> bytes:
    """The service description of the endpoint at ``endpoint``, written in ``fmt``. Cost: one
    provenance query (the loaded sources)."""
    service = ox.NamedNode(endpoint)

    def n(iri: object) -> ox.NamedNode:
        return ox.NamedNode(str(iri))

    triples = [
        ox.Triple(service, n(RDF.type), n(SD.Service)),
        ox.Triple(service, n(SD.endpoint), service),
        ox.Triple(service, n(SD.supportedLanguage), n(SD.SPARQL11Query)),
        ox.Triple(service, n(SD.feature), n(SD.UnionDefaultGraph)),
        ox.Triple(service, n(SD.defaultEntailmentRegime), n("http://www.w3.org/ns/entailment/Simple")),
    ]
    if settings.updates_enabled:
        triples.append(ox.Triple(service, n(SD.supportedLanguage), n(SD.SPARQL11Update)))
    if settings.service_hosts:
        triples.append(ox.Triple(service, n(SD.feature), n(SD.BasicFederatedQuery)))
    triples += [ox.Triple(service, n(SD.resultFormat), n(FORMATS_NS + name)) for name in FORMAT_IRIS.values()]
    dataset, default = ox.BlankNode(), ox.BlankNode()
    triples += [
        ox.Triple(service, n(SD.defaultDataset), dataset),
        ox.Triple(dataset, n(RDF.type), n(SD.Dataset)),
        ox.Triple(dataset, n(SD.defaultGraph), default),
        ox.Triple(default, n(RDF.type), n(SD.Graph)),
    ]
    total = 0
    for source in store.sources():
        named, graph = ox.BlankNode(), ox.BlankNode()
        total += source.triples
        triples += [
            ox.Triple(dataset, n(SD.namedGraph), named),
            ox.Triple(named, n(RDF.type), n(SD.NamedGraph)),
            ox.Triple(named, n(SD.name), n(source.graph)),
            ox.Triple(named, n(SD.graph), graph),
            ox.Triple(graph, n(RDF.type), n(SD.Graph)),
            ox.Triple(graph, n(VOID.triples), ox.Literal(str(source.triples), datatype=n(XSD.integer))),
        ]
    triples.append(ox.Triple(default, n(VOID.triples), ox.Literal(str(total), datatype=n(XSD.integer))))
    assert fmt.rdf is not None
    if fmt.is_dataset:
        quads = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples]
        return ox.serialize(quads, format=fmt.rdf, prefixes=PREFIXES)
    return ox.serialize(triples, format=fmt.rdf, prefixes=PREFIXES)


@dataclass(frozen=True)
class Example:
    name: str
    description: str
    text: str


def examples() -> list[Example]:
    """The named queries (not updates) as examples for the query page."""
    return [Example(q.name, q.description, q.text) for q in queries.catalogue().values() if not q.is_update]
