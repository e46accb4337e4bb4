"""What a load hands to the store: the source's record (for its PROV description) and its content.

Loaders build these; the store writes them (:meth:`partygraph.graph.store.Store.replace_source`).
They live in ``graph/`` because the store owns their meaning and ``graph/`` never imports ``loaders/``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from ..ontology import uris
from .formats import Format

Triple = tuple[Node, Node, Node]
OxTriple = tuple[ox.NamedNode | ox.BlankNode, ox.NamedNode, ox.NamedNode | ox.BlankNode | ox.Literal]


@dataclass(frozen=True)
class SourceRecord:
    """Who and what a source is. ``key`` (``{kind}/{slug}``) names it; the same key is the same source,
    so loading it again replaces its graph."""

    key: str
    title: str
    loader: str
    url: str | None = None
    publisher: str | None = None
    issued: date | None = None
    kind: str | None = None
    licence: str | None = None
    credit: str | None = None
    file_name: str | None = None
    iri_override: str | None = None  # a source IRI chosen by the user (``--graph``)

    @property
    def iri(self) -> URIRef:
        return URIRef(self.iri_override) if self.iri_override else uris.source(self.key)


@dataclass
class Content:
    """The triples a load produced: either an RDF file to stream into the store as it is (fast, for
    big files), or triples built in memory by a loader. Never both."""

    file: Path | None = None
    format: Format | None = None
    base_iri: str | None = None
    triples: list[Triple] = field(default_factory=list)
    _ox: list[OxTriple] | None = field(default=None, repr=False, compare=False)
    _digest: str | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of_ox(cls, triples: list[OxTriple]) -> Content:
        """Content a loader built in pyoxigraph's own terms: nothing to convert on the way to the store.
        Each triple is kept once (the store hashes and writes every one it is given)."""
        content = cls()
        content._ox = list(dict.fromkeys(triples))
        return content

    def ox_triples(self) -> list[OxTriple]:
        """The distinct in-memory triples as tuples of pyoxigraph terms, converted once. (Tuples, not
        ``ox.Triple``: the store makes quads of them, and building a Triple first costs as much again.)"""
        if self._ox is None:
            self._ox = [(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in set(self.triples)]
        return self._ox

    def digest(self) -> str:
        """sha256 of what will be written: the file's bytes (with its format and base), or the
        sorted N-Triples of the in-memory triples. Equal digests mean equal graphs.

        Cost: one pass over the file (about 1 GB/s), or a sort of the triples, made once (a worker
        that builds the content makes it there, and it travels with the content)."""
        if self._digest is not None:
            return self._digest
        h = hashlib.sha256()
        if self.file is not None:
            h.update(f"{self.format.name if self.format else ''}\x1f{self.base_iri or ''}\x1f".encode())
            with open(self.file, "rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    h.update(block)
        else:
            h.update("\n".join(sorted(f"{s} {p} {o}" for s, p, o in self.ox_triples())).encode("utf-8"))
            self._digest = h.hexdigest()  # in-memory triples are not changed once built; a file may be
            return self._digest
        return h.hexdigest()

    def __len__(self) -> int:
        """How many distinct triples (0 for a file, which is counted once written)."""
        return len(self.ox_triples()) if self.file is None else 0


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def ntriples_line(triple: Triple) -> str:
    s, p, o = (to_ox(t) for t in triple)
    return f"{s} {p} {o} .\n"
