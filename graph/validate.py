"""SHACL validation of the store or of a file against ``ontology/shapes.ttl``, with pyshacl.

Cost: the whole graph is copied into rdflib and checked in Python, about 20k triples/s here; meant
for the sample data, a single source or a CI check, not a hot path.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS, SH

from ..ontology import ONTOLOGY_FILE, SCHEMES_FILE, SHAPES_FILE, uris
from .formats import Format, by_name
from .store import OxigraphStore


@dataclass(frozen=True)
class Violation:
    focus: str
    label: str | None
    path: str | None
    message: str
    severity: str
    value: str | None

    def __str__(self) -> str:
        who = f"{self.focus} ({self.label})" if self.label else self.focus
        where = f" [{self.path}]" if self.path else ""
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: {who}{where}: {self.message}{value}"


def _vocabulary() -> Graph:
    g = Graph()
    g.parse(ONTOLOGY_FILE, format="turtle")
    g.parse(SCHEMES_FILE, format="turtle")
    return g


def _shapes() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


def store_graph(store: OxigraphStore) -> Graph:
    """Every triple of every graph of the store, as one rdflib graph."""
    nt = store.named("validate-triples").serialize(None, by_name("ntriples"))
    return Graph().parse(data=nt, format="nt")


def file_graph(path: Path, fmt: Format) -> Graph:
    """The triples of an RDF file (of every graph, for datasets), relative IRIs read as the RDF loader
    reads them (against ``{PARTYGRAPH_BASE}id/``)."""
    assert fmt.rdf is not None
    quads = ox.parse(path=str(path), format=fmt.rdf, base_iri=f"{uris.base()}id/")
    nt = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads), format=ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=nt, format="nt")


def validate_graph(data: Graph) -> list[Violation]:
    """Run the shapes over ``data`` (the vocabulary supplies the class hierarchy)."""
    conforms, report, _ = shacl_validate(data, shacl_graph=_shapes(), ont_graph=_vocabulary(),
                                         inference="none", abort_on_first=False, allow_warnings=True)
    if conforms:
        return []
    out = []
    for result in report.subjects(SH.resultSeverity, None):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        label = data.value(focus, RDFS.label) if focus is not None else None
        severity = str(report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
        value = report.value(result, SH.value)
        out.append(Violation(
            focus=str(focus), label=str(label) if label else None,
            path=_short(path) if isinstance(path, URIRef) else None,
            message=str(report.value(result, SH.resultMessage) or "does not conform"),
            severity=severity, value=str(value) if value is not None else None))
    return sorted(out, key=lambda v: (v.focus, v.path or "", v.message))


def _short(iri: URIRef) -> str:
    from ..ontology.namespaces import PREFIXES
    for prefix, ns in PREFIXES.items():
        if str(iri).startswith(ns):
            return f"{prefix}:{str(iri)[len(ns):]}"
    return str(iri)
