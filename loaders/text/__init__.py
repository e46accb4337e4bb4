"""The text loader: news articles, letters and minutes become dated, evidenced facts.

Entry point of the loader contract (:mod:`partygraph.loaders.base`): ``sniff`` claims Markdown,
plain text and HTML (and any file that opens with front matter); ``load`` reads the document
(:mod:`.document`), finds and links its mentions (:mod:`.pipeline`, :mod:`.linking`), reads its facts
(:mod:`.relations`, dates by :mod:`.dates`) and builds the document's graph (:mod:`.facts`) before
anything is written. :func:`summarise` renders what a stored document graph holds
(:mod:`.summary`); :mod:`.evaluate` scores summaries against gold files.

The registry imports this module for every command, so it imports only what ``sniff`` needs:
spaCy, dateparser and the rest of the extraction stack are imported on the first extraction (about
0.8 s), not when a command starts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ...graph.sources import Content, SourceRecord
from ..base import LoadContext, Loaded
from .document import HTML_SUFFIXES, TEXT_SUFFIXES, Document, is_html, read

if TYPE_CHECKING:
    from ...graph.store import OxigraphStore
    from .extract import Extraction

NAME = "text"
#: Documents of a batch are built independently of each other, so workers may build them
#: (:mod:`partygraph.loaders.workers`).
PARALLEL = True
DESCRIPTION = "documents: news articles, letters, minutes (Markdown or plain text with front matter, HTML)"

__all__ = ["DESCRIPTION", "NAME", "Document", "Extraction", "build", "extract", "load", "read", "sniff", "warm"]


def sniff(path: Path, head: bytes) -> float:
    """0.7 for a text or HTML file, 0.75 with front matter, 0 otherwise (RDF files score 0.8+ in the
    RDF loader, so they stay its own)."""
    if b"\x00" in head:
        return 0.0
    suffix = path.suffix.lower()
    front = head.lstrip(b"\xef\xbb\xbf").startswith(b"---")
    if suffix in TEXT_SUFFIXES:
        return 0.75 if front else 0.7
    if suffix in HTML_SUFFIXES or is_html(path, head):
        return 0.7
    return 0.6 if front else 0.0


def build(path: Path, context: LoadContext) -> tuple[Extraction, Loaded]:
    """Read and extract one document and build what the store will write. Nothing is written."""
    from .extract import extract
    from .facts import triples

    options = {k: v for k, v in context.options.items() if k in ("title", "url", "publisher", "published", "kind")}
    document = read(path, options)
    extraction = extract(document, context.store, context.source_iri)
    record = SourceRecord(key=extraction.key, title=document.title, loader=NAME, url=document.url,
                          publisher=document.publisher, issued=document.published, kind=document.kind,
                          file_name=path.name, iri_override=context.source_iri)
    content = triples(extraction)
    if str(record.iri) != extraction.source_iri:
        content = _retarget(content, extraction.source_iri, str(record.iri))
    loaded = Loaded(record, Content.of_ox(content), notes=list(extraction.notes))
    loaded.notes.insert(0, f"{len(extraction.facts)} facts about {len(extraction.linker.entities)} things")
    return extraction, loaded


def _retarget(content: list[tuple], old: str, new: str) -> list[tuple]:
    """Evidence names the source by the IRI the user gave (``--graph``)."""
    before, after = ox.NamedNode(old), ox.NamedNode(new)
    return [tuple(after if term == before else term for term in triple) for triple in content]


def warm(context: LoadContext) -> None:
    """Build the extraction pipeline for the context's store in this process before workers fork, so
    that they inherit it rather than each build its own (seconds on the demo store)."""
    from .pipeline import for_store

    for_store(context.store)


def load(path: Path, context: LoadContext) -> Loaded:
    """The loader entry point: the document's graph, built in full before the store writes it."""
    return build(path, context)[1]


def __getattr__(name: str):  # type: ignore[no-untyped-def]
    """``extract`` and ``Extraction``, imported on first use (they bring spaCy)."""
    if name in ("extract", "Extraction"):
        from . import extract as module

        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def summarise(store: OxigraphStore, graph: str, document: str) -> dict:
    from .summary import summary

    return summary(store, graph, document)
