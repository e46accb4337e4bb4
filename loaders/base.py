"""The loader contract: a source in, its graph and provenance out.

Every loader is one module with one entry point (after OpenSanctions' crawlers)::

    NAME = "moderngov"                      # the loader's name, recorded in each load's PROV record
    DESCRIPTION = "ModernGov GetCouncillorsByWard XML"
    def sniff(path: Path, head: bytes) -> float: ...   # 0 (not mine) .. 1 (certainly mine)
    def load(path: Path, context: LoadContext) -> Loaded: ...
    PARALLEL = True                         # optional: a batch's files are independent of each other,
                                            # so worker processes may build them (loaders/workers.py)
    def warm(context: LoadContext) -> None: ...   # optional: what workers should inherit, built first

``load`` reads and checks the whole source and builds its triples *before* anything is written: a
bad source raises :class:`SourceError` naming the file and line (or record), and the store is never
touched. Writing is the store's job (:meth:`partygraph.graph.store.OxigraphStore.replace_source`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ..graph.sources import Content, SourceRecord
from ..graph.store import OxigraphStore
from ..ontology import uris


class SourceError(ValueError):
    """A source that cannot be loaded. The message starts with the file (and line or record)."""


@dataclass
class LoadContext:
    """What a loader may use besides the file: the store (read-only, to link entities to what is
    already there), options from the command line (``council``, ``published``, ``title`` ...), an
    explicit source IRI (``--graph``), and the current graphs of the sources loaded in the same batch,
    which linking leaves out (set by :func:`partygraph.loaders.prepare`)."""

    store: OxigraphStore | None = None
    options: dict[str, str] = field(default_factory=dict)
    source_iri: str | None = None
    batch: tuple[str, ...] = ()


@dataclass
class Loaded:
    """A source, ready to write: its record, its content, and notes for the user (linking decisions,
    skipped records) that are not facts."""

    record: SourceRecord
    content: Content
    notes: list[str] = field(default_factory=list)


def source_key(loader: str, path: Path, context: LoadContext) -> str:
    """The key of the source a file becomes, ``{loader}/{slug}``: the same file name (or ``--graph``
    IRI) loaded again is the same source, whose graph the load replaces."""
    return f"{loader}/{uris.slugify(context.source_iri or path.name)}"


def source_iri(loader: str, path: Path, context: LoadContext) -> str:
    """The IRI of the source a file becomes, known before the file is read."""
    return context.source_iri or str(uris.source(source_key(loader, path, context)))


def read_json(path: Path) -> Any:
    """The data of a JSON file. Text that is not UTF-8 or not JSON raises :class:`SourceError` naming
    the file (and the line and column of a syntax error)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as e:
        raise SourceError(f"{path}: not UTF-8 text (byte {e.start})") from None
    except json.JSONDecodeError as e:
        raise SourceError(f"{path}:{e.lineno}:{e.colno}: malformed JSON: {e.msg}") from None


class Loader(Protocol):
    NAME: str
    DESCRIPTION: str

    def sniff(self, path: Path, head: bytes) -> float: ...

    def load(self, path: Path, context: LoadContext) -> Loaded: ...
