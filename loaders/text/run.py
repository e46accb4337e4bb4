"""What ``partygraph extract`` and ``partygraph evaluate`` do, as library functions the CLI and the
API share.

:func:`extract_documents` builds every document's graph first (a bad document stops the batch before
anything is written), then stores them, each replacing its source's graph atomically, and renders
each summary from the store. A dry run writes the same triples to a scratch in-memory store instead,
with the labels of the linked things, so the summary still comes from a stored graph and the real
store is not touched.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from ...graph.sources import Content, SourceRecord
from ...graph.store import OxigraphStore, Replacement, open_store
from ...ontology import uris
from ..base import LoadContext, Loaded, SourceError
from . import build
from .evaluate import Score, gold_for, read_gold, score
from .summary import summary

if TYPE_CHECKING:
    from .extract import Extraction


@dataclass
class Extracted:
    path: Path
    extraction: Extraction
    loaded: Loaded
    graph: str
    summary: dict
    replacement: Replacement | None = None
    scratch: OxigraphStore | None = None  # a dry run's scratch store, for --format turtle|trig


def extract_documents(paths: Sequence[Path], store: OxigraphStore | None, options: dict[str, str] | None = None,
                      dry_run: bool = False, source_iri: str | None = None,
                      summarise: bool = True) -> list[Extracted]:
    """Extract, store (unless ``dry_run``; all documents in one transaction) and, unless told not
    to, summarise each document from the store."""
    context = LoadContext(store=store, options=dict(options or {}), source_iri=source_iri)
    built: list[tuple[Path, Extraction, Loaded]] = []
    for path in paths:
        if not path.exists():
            raise SourceError(f"{path}: no such file")
        if path.is_dir():
            raise SourceError(f"{path}: is a folder, not a document")
        extraction, loaded = build(path, context)
        built.append((path, extraction, loaded))
    keys = [loaded.record.iri for _, _, loaded in built]
    if len(set(keys)) != len(keys):
        raise SourceError("two of the documents are the same source; extract them one at a time")
    out: list[Extracted] = []
    if dry_run or store is None:
        for path, extraction, loaded in built:
            scratch = open_store(None)
            replacement = scratch.replace_source(loaded.record, loaded.content)
            _labels(scratch, extraction)
            out.append(Extracted(path, extraction, loaded, replacement.graph,
                                 summary(scratch, replacement.graph, path.name) if summarise else {}, None, scratch))
        return out
    replacements = store.replace_sources([(loaded.record, loaded.content) for _, _, loaded in built])
    for (path, extraction, loaded), replacement in zip(built, replacements):
        out.append(Extracted(path, extraction, loaded, replacement.graph,
                             summary(store, replacement.graph, path.name) if summarise else {}, replacement))
    return out


def _labels(scratch: OxigraphStore, extraction: Extraction) -> None:
    """The labels of the linked (not minted) things, in a graph of their own, for the summary."""
    triples = [(URIRef(e.iri), RDFS.label, Literal(e.label)) for e in extraction.linker.entities.values()
               if not e.minted]
    if triples:
        record = SourceRecord(key="text/linked-labels", title="labels of linked things", loader="text")
        scratch.replace_source(record, Content(triples=triples))


def graph_text(holder: OxigraphStore, graph: str, fmt: str) -> bytes:
    """The document's graph as Turtle, or as TriG with its name."""
    name = ox.NamedNode(graph)
    quads = holder.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {name} {{ ?s ?p ?o }} }}")
    triples = list(quads)
    if fmt == "trig":
        return ox.serialize([ox.Quad(t.subject, t.predicate, t.object, name) for t in triples],
                            format=ox.RdfFormat.TRIG, prefixes=_prefixes()) or b""
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=_prefixes()) or b""


def _prefixes() -> dict[str, str]:
    from ...ontology.namespaces import PREFIXES

    return {**PREFIXES, "id": f"{uris.base()}id/"}


def documents_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in (".md", ".markdown", ".txt",
                                                                                     ".html", ".htm"))


def evaluate_corpus(folders: Sequence[Path], store: OxigraphStore | None,
                    gold_dirs: Sequence[Path] | None = None) -> tuple[Score, dict[str, Score]]:
    """Extract (dry run) every document of the folders that has a gold file and score it. Returns the
    corpus total and the score of each document."""
    total, per_document = Score(), {}
    for i, folder in enumerate(folders):
        if not folder.is_dir():
            raise SourceError(f"{folder}: not a folder")
        gold_dir = gold_dirs[i] if gold_dirs and i < len(gold_dirs) else folder / "gold"
        docs = [(d, gold_for(d, gold_dir)) for d in documents_in(folder)]
        docs = [(d, g) for d, g in docs if g is not None]
        if not docs:
            raise SourceError(f"{folder}: no document has a gold file in {gold_dir}")
        for extracted, (_, gold_path) in zip(extract_documents([d for d, _ in docs], store, dry_run=True), docs):
            result = score(extracted.summary["facts"], read_gold(gold_path))
            per_document[extracted.path.name] = result
            total.add(result)
    return total, per_document
