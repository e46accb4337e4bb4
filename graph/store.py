"""The store: one named graph per source, replaced atomically; SPARQL 1.1 query and update; export.

:class:`Store` is the interface the rest of partygraph uses. :class:`OxigraphStore` implements it over
an embedded Oxigraph (pyoxigraph): persistent in a folder (RocksDB underneath) or in memory. The
interface speaks SPARQL and serialised results only, so a remote SPARQL 1.1 endpoint can implement it.

How a replace stays atomic and still runs at bulk-load speed
-------------------------------------------------------------
Oxigraph's transactional writes (``Store.load``/``extend``) run at about a third of the speed of its
bulk loader, and the bulk loader is not atomic. So a source's facts never overwrite its graph in
place. Each version of a source goes to its *own* named graph, whose IRI ends in a digest of the
content (``id/graph/{key}/{digest}``):

1. the new graph is entered in the journal graph as *staging*, in a small transaction;
2. the content is bulk-loaded into it (fast, not atomic, invisible to the source's record);
3. one small transaction is the commit point: the source's PROV record now names the new graph as
   ``pg:currentGraph``, the old graph is marked *retired*, the new one leaves staging;
4. the retired graph is removed, then forgotten by the journal.

Killed anywhere, the store reopens with either the old or the new version as the source's graph:
:meth:`OxigraphStore.open` removes every graph the journal lists as staging or retired before it
answers anything. Loading the same content again finds its digest already current and writes
nothing, so reloading is idempotent: same named graph, same triples.
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from ..ontology import uris
from ..ontology.namespaces import DCTERMS, PG, PROV, RDF, RDFS, VOID, XSD
from . import queries
from .formats import Format, describe_syntax_error
from .sources import Content, SourceRecord

#: In-memory content up to this many triples (per batch) is written in one transaction; more goes to
#: the bulk loader through a staging graph.
SMALL_CONTENT = 20_000
#: A batch of small sources with at least this many triples in all goes through the bulk loader too:
#: its fixed cost (about 17 ms a call here) is repaid from about 2,000 triples, above which it writes
#: twice as fast as a transaction (measured: 29k quads, 0.19 s against 0.37 s on disk).
BULK_BATCH = 2_000

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
Row = dict[str, Term]


class StoreError(Exception):
    """A store failure worth one line to the user."""


class StoreLocked(StoreError):
    pass


class QueryError(StoreError):
    """A malformed query or update; the message names the position (``line:column``)."""


class LoadError(StoreError):
    """A source that could not be written; the message names the file and line. The store is unchanged."""


@dataclass
class Result:
    """A SPARQL result: ``kind`` is ``select``, ``ask`` or ``graph`` (CONSTRUCT/DESCRIBE).

    Iterate a select result for rows (``dict`` of variable name to pyoxigraph term, unbound variables
    left out) and a graph result for triples. :meth:`serialize` streams the engine's own serialiser."""

    kind: str
    _inner: object
    variables: list[str] = field(default_factory=list)

    @property
    def boolean(self) -> bool:
        if self.kind != "ask":
            raise TypeError("only an ASK result has a boolean")
        return bool(self._inner)

    def __iter__(self) -> Iterator:
        if self.kind == "select":
            names = self.variables
            for solution in self._inner:  # type: ignore[attr-defined]
                row = {}
                for name, value in zip(names, solution):
                    if value is not None:
                        row[name] = value
                yield row
        elif self.kind == "graph":
            yield from self._inner  # type: ignore[misc]
        else:
            raise TypeError("an ASK result has no rows")

    def serialize(self, output: IO[bytes] | None, fmt: Format) -> bytes | None:
        """Write the result in ``fmt`` (a results format for select/ask, an RDF format for graphs)."""
        if self.kind == "graph":
            if fmt.rdf is None:
                raise StoreError(f"a graph result cannot be written as {fmt.name}")
            return self._inner.serialize(output, format=fmt.rdf)  # type: ignore[attr-defined]
        if fmt.results is None:
            raise StoreError(f"a {self.kind} result cannot be written as {fmt.name}")
        return self._inner.serialize(output, format=fmt.results)  # type: ignore[attr-defined]


def wrap(raw: object) -> Result:
    if isinstance(raw, ox.QuerySolutions):
        return Result("select", raw, [v.value for v in raw.variables])
    if isinstance(raw, ox.QueryBoolean):
        return Result("ask", raw)
    return Result("graph", raw)


@dataclass(frozen=True)
class LoadedSource:
    source: str
    graph: str
    title: str
    loader: str
    triples: int
    loaded: str
    url: str | None = None


@dataclass(frozen=True)
class Replacement:
    """What :meth:`Store.replace_source` did."""

    source: str
    graph: str
    triples: int
    unchanged: bool  # the same content was already the source's graph: nothing was written
    replaced: str | None = None  # the graph it replaced, if any
    seconds: float = 0.0


@dataclass(frozen=True)
class Stats:
    triples: int
    graphs: int
    sources: list[LoadedSource]
    classes: list[tuple[str, int]]


class Store(ABC):
    """What partygraph needs from a store. Everything above SPARQL (named queries, rows as Python
    values) is written here once, over :meth:`query`, so any SPARQL 1.1 Query/Update endpoint can
    implement the rest."""

    @abstractmethod
    def query(self, sparql: str, *, default_graph: list[str] | None = None, named_graphs: list[str] | None = None,
              base_iri: str | None = None) -> Result: ...

    @abstractmethod
    def update(self, sparql: str, *, base_iri: str | None = None) -> None: ...

    @abstractmethod
    def replace_source(self, record: SourceRecord, content: Content, *,
                       progress: Callable[[int, int], None] | None = None) -> Replacement: ...

    @abstractmethod
    def replace_sources(self, items: list[tuple[SourceRecord, Content]], *,
                        progress: Callable[[SourceRecord, int, int], None] | None = None) -> list[Replacement]: ...

    @abstractmethod
    def forget_source(self, source_iri: str) -> bool: ...

    @abstractmethod
    def export(self, output: IO[bytes], fmt: Format) -> None: ...

    @abstractmethod
    def stats(self) -> Stats: ...

    @property
    @abstractmethod
    def version(self) -> int:
        """Changes whenever this process writes, so derived data (the influence projection, the name
        index) knows when to rebuild."""

    @abstractmethod
    def close(self) -> None: ...

    def named(self, name: str, **params: object) -> Result:
        """Run the named query ``name`` (``graph/queries/{name}.rq``) with its parameters bound."""
        return self.query(queries.get(name).bind(**params))

    def rows(self, name: str, **params: object) -> list[dict[str, object]]:
        """The rows of a named select query as plain Python values (see :func:`python_value`)."""
        return [{k: python_value(v) for k, v in row.items()} for row in self.named(name, **params)]

    def sources(self) -> list[LoadedSource]:
        """Every loaded source with its current graph, from the provenance graph."""
        return [LoadedSource(source=str(r["source"]), graph=str(r["graph"]), title=str(r["title"]),
                             loader=str(r["loader"]), triples=int(r["triples"]), loaded=str(r["loaded"]),
                             url=str(r["url"]) if r.get("url") else None)
                for r in self.rows("provenance-sources", provenance=uris.provenance_graph())]

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class OxigraphStore(Store):
    """An embedded Oxigraph store. ``OxigraphStore.open(path)`` for a folder, ``OxigraphStore.open(None)``
    for memory. Queries see the union of all graphs as their default graph unless told otherwise."""

    def __init__(self, inner: ox.Store, path: Path | None):
        self._store = inner
        self.path = path
        self._write_lock = threading.RLock()
        self._version = 0

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None) -> OxigraphStore:
        """Open (creating if needed) the store in ``path``, or an in-memory store for ``None``, and
        finish or undo whatever a killed replace left behind. Raises :class:`StoreLocked` when another
        process holds the folder and :class:`StoreError` when it cannot be created or written."""
        if path is None:
            return cls(ox.Store(), None)
        folder = Path(path).expanduser()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"cannot create store folder {folder}: {e.strerror or e}") from None
        if not os.access(folder, os.W_OK | os.X_OK):
            raise StoreError(f"store folder {folder} is not writable")
        try:
            inner = ox.Store(str(folder))
        except OSError as e:
            message = str(e)
            if "lock" in message.lower():
                raise StoreLocked(f"store {folder} is in use by another process "
                                  "(is `partygraph serve` running on it?)") from None
            raise StoreError(f"cannot open store {folder}: {message.splitlines()[0]}") from None
        store = cls(inner, folder)
        store.recover()
        for stale in folder.parent.glob(f".{folder.name}.checkpoint-*"):  # left by a killed load's workers
            shutil.rmtree(stale, ignore_errors=True)
        return store

    def close(self) -> None:
        with self._write_lock:
            if self.path is not None:
                self._store.flush()
            del self._store

    @contextmanager
    def checkpoint(self) -> Iterator[Path | None]:
        """A frozen copy of the store as it is now, for readers in other processes (the workers of
        :mod:`partygraph.loaders.workers`): a RocksDB checkpoint beside the store's folder (hard links to
        its files: a few milliseconds), removed afterwards. ``None`` for a memory store, which a forked
        worker has its own copy of. (A read-only handle on the live folder would be undefined behaviour
        while this process's RocksDB compacts it in the background; a checkpoint never changes.)"""
        if self.path is None:
            yield None
            return
        target = Path(tempfile.mkdtemp(prefix=f".{self.path.name}.checkpoint-", dir=self.path.parent))
        try:
            target.rmdir()  # the checkpoint makes its own folder
            with self._write_lock:
                self._store.backup(str(target))
            yield target
        finally:
            shutil.rmtree(target, ignore_errors=True)

    def reopen_read_only(self, checkpoint: Path | None) -> None:
        """In a forked worker process: read the ``checkpoint`` (from :meth:`checkpoint`) from now on. The
        parent's handle, inherited with the fork, is kept but never used or closed here: closing it
        would act on RocksDB state that belongs to the parent."""
        if checkpoint is None:
            return
        self._inherited = self._store
        self._store = ox.Store.read_only(str(checkpoint))

    @property
    def version(self) -> int:
        return self._version

    # ------------------------------------------------------------------ SPARQL

    def query(self, sparql: str, *, default_graph: list[str] | None = None, named_graphs: list[str] | None = None,
              base_iri: str | None = None, union_default_graph: bool = True) -> Result:
        """Run a SPARQL 1.1 query. With no ``default_graph`` the default graph is the union of all
        graphs, unless ``union_default_graph`` is false: then the query's own ``FROM`` clauses (which
        the union would override) or the store's default graph. Raises :class:`QueryError` naming
        the position of a syntax error."""
        kwargs: dict[str, object] = {"base_iri": base_iri}
        if default_graph is not None:
            kwargs["default_graph"] = [_graph_term(g) for g in default_graph]
        elif union_default_graph:
            kwargs["use_default_graph_as_union"] = True
        if named_graphs is not None:
            kwargs["named_graphs"] = [_graph_term(g) for g in named_graphs]
        try:
            return wrap(self._store.query(sparql, **kwargs))
        except SyntaxError as e:
            raise QueryError(f"malformed query: {e}") from None

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Run a SPARQL 1.1 update in one transaction."""
        with self._write_lock:
            try:
                self._store.update(sparql, base_iri=base_iri)
            except SyntaxError as e:
                raise QueryError(f"malformed update: {e}") from None
            except OSError as e:
                raise StoreError(f"update failed: {e}") from None
            self._version += 1

    def _named_update(self, name: str, **params: object) -> None:
        self._store.update(queries.get(name).bind(**params))

    # ------------------------------------------------------------------ sources

    def replace_source(self, record: SourceRecord, content: Content, *,
                       progress: Callable[[int, int], None] | None = None) -> Replacement:
        """Make ``content`` the source's graph, atomically (see the module docstring)."""
        report = (lambda _record, done, total: progress(done, total)) if progress else None
        return self.replace_sources([(record, content)], progress=report)[0]

    def replace_sources(self, items: list[tuple[SourceRecord, Content]], *,
                        progress: Callable[[SourceRecord, int, int], None] | None = None) -> list[Replacement]:
        """Make each content its source's graph. Each source is replaced atomically; small in-memory
        sources (up to :data:`SMALL_CONTENT` triples in all) are written together, in one transaction or
        (from :data:`BULK_BATCH` triples) one bulk load behind staging marks, and committed together, so a
        batch of documents costs one commit, not one per document.

        Cost: a digest pass over each content; then one transaction for the small ones, or for a big
        one a bulk load (about 100k triples/s here) plus two small transactions and the removal of
        its old version (Oxigraph removes about 20k triples/s). Identical content writes nothing."""
        results: list[Replacement | None] = [None] * len(items)
        batch: list[tuple[int, SourceRecord, Content, str, str, str | None]] = []
        batch_size = 0
        with self._write_lock:
            for i, (record, content) in enumerate(items):
                started = time.perf_counter()
                digest = content.digest()
                graph = str(uris.source_graph(record.key, digest))
                current = self.current_graph(record.iri)
                if current == graph:
                    results[i] = Replacement(str(record.iri), graph, self._graph_size(graph), True, None,
                                             time.perf_counter() - started)
                elif content.file is None and len(content) <= SMALL_CONTENT:
                    if batch and batch_size + len(content) > SMALL_CONTENT:
                        self._commit_small(batch, results)
                        batch, batch_size = [], 0
                    batch.append((i, record, content, digest, graph, current))
                    batch_size += len(content)
                else:
                    report = (lambda done, total, record=record: progress(record, done, total)) if progress else None
                    results[i] = self._replace_big(record, content, digest, graph, current, report)
            if batch:
                self._commit_small(batch, results)
        return [r for r in results if r is not None]

    def _commit_small(self, batch: list[tuple[int, SourceRecord, Content, str, str, str | None]],
                      results: list[Replacement | None]) -> None:
        """Replace small sources in two transactions for the whole batch: their new graphs (marked
        staging in the journal) in one ``extend``; then one SPARQL update that makes each the source's
        current graph, drops the old and clears the journal. Killed between the two, the store
        reopens with the old versions (the staging graphs are removed on open). A batch of
        :data:`BULK_BATCH` triples or more marks its graphs staging first, then bulk-loads them."""
        started = time.perf_counter()
        started_at = datetime.now(UTC)
        journal, staging, state = (ox.NamedNode(str(uris.journal_graph())), ox.NamedNode(str(PG.loadState)),
                                   ox.NamedNode(str(PG.Staging)))
        quads: list[ox.Quad] = []
        marks: list[ox.Quad] = []
        operations = []
        for _, record, content, digest, graph, current in batch:
            node = ox.NamedNode(graph)
            marks.append(ox.Quad(node, staging, state, journal))
            quads += [ox.Quad(s, p, o, node) for s, p, o in content.ox_triples()]
            if current is not None:
                operations.append(queries.get("graph-drop").bind(graph=current))
            operations.append(queries.get("provenance-replace").bind(
                provenance=uris.provenance_graph(), journal=uris.journal_graph(), source=record.iri, graph=graph,
                record=_provenance_record(record, graph, digest, len(content), started_at)))
        bulk = len(quads) >= BULK_BATCH
        try:
            if bulk:
                self._store.extend(marks)  # committed before the bulk write, so a crash leaves only staging
                self._store.bulk_extend(quads)
            else:
                self._store.extend(marks + quads)
            self._store.update(queries.join_updates(operations))
        except BaseException as e:
            if bulk:
                for mark in marks:
                    self._discard(mark.subject)
            if not isinstance(e, (SyntaxError, OSError)):
                raise
            raise LoadError(f"{batch[0][1].file_name or batch[0][1].key}: could not write: {e}") from None
        self._version += 1
        seconds = (time.perf_counter() - started) / len(batch)
        for i, record, content, _, graph, current in batch:
            results[i] = Replacement(str(record.iri), graph, len(content), False, current, seconds)

    def _replace_big(self, record: SourceRecord, content: Content, digest: str, graph: str, current: str | None,
                     progress: Callable[[int, int], None] | None) -> Replacement:
        """Bulk-load into a staging graph, then switch in one small transaction (module docstring)."""
        started = time.perf_counter()
        started_at = datetime.now(UTC)
        self._named_update("journal-add", journal=uris.journal_graph(), graph=graph, state=PG.Staging)
        try:
            written = self._write(content, ox.NamedNode(graph), progress)
        except BaseException as e:
            self._discard(graph)
            if isinstance(e, SyntaxError):
                raise LoadError(describe_syntax_error(content.file or "content", e)) from None
            if isinstance(e, (OSError, ValueError)):
                where = content.file or record.file_name or record.key
                raise LoadError(f"{where}: {e}") from None
            raise
        triples = written if written is not None else self._graph_size(graph)
        record_triples = _provenance_record(record, graph, digest, triples, started_at)
        self._named_update("provenance-switch", provenance=uris.provenance_graph(),
                           journal=uris.journal_graph(), source=record.iri, graph=graph, record=record_triples)
        self._version += 1
        if current is not None:
            self._discard(current)
        return Replacement(str(record.iri), graph, triples, False, current, time.perf_counter() - started)

    def forget_source(self, source_iri: str) -> bool:
        """Remove a source and its graph. Returns whether it was loaded."""
        with self._write_lock:
            current = self.current_graph(source_iri)
            if current is None:
                return False
            self._named_update("provenance-forget", provenance=uris.provenance_graph(),
                               journal=uris.journal_graph(), source=source_iri)
            self._version += 1
            self._discard(current)
            return True

    def recover(self) -> list[str]:
        """Remove the graphs a killed replace left (staging or retired). Returns their IRIs."""
        with self._write_lock:
            leftovers = [str(r["graph"]) for r in self.rows("journal-entries", journal=uris.journal_graph())]
            for graph in leftovers:
                self._discard(graph)
            if leftovers:
                self._version += 1
            return leftovers

    def _write(self, content: Content, graph: ox.NamedNode,
               progress: Callable[[int, int], None] | None) -> int | None:
        """Write content into ``graph``. Returns the triple count when known without a scan."""
        if content.file is not None:
            assert content.format is not None and content.format.rdf is not None
            size = content.file.stat().st_size
            with open(content.file, "rb") as raw:
                source: IO[bytes] = _Progress(raw, size, progress) if progress else raw
                if content.format.is_dataset:
                    # Quads keep their own graph names in the bulk loader; a source is one graph.
                    self._store.bulk_extend(
                        ox.Quad(q.subject, q.predicate, q.object, graph)
                        for q in ox.parse(source, format=content.format.rdf, base_iri=content.base_iri))
                else:
                    self._store.bulk_load(source, format=content.format.rdf, base_iri=content.base_iri,
                                          to_graph=graph)
            return None
        triples = content.ox_triples()
        self._store.bulk_extend(ox.Quad(s, p, o, graph) for s, p, o in triples)
        if progress:
            progress(len(triples), len(triples))
        return len(triples)

    def _discard(self, graph: str | ox.NamedNode) -> None:
        node = graph if isinstance(graph, ox.NamedNode) else ox.NamedNode(str(graph))
        self._store.remove_graph(node)
        self._named_update("journal-remove", journal=uris.journal_graph(), graph=node.value)

    def current_graph(self, source_iri: str) -> str | None:
        """The named graph that holds the current version of a source, if it is loaded."""
        rows = self.rows("provenance-current-graph", source=source_iri, provenance=uris.provenance_graph())
        return str(rows[0]["graph"]) if rows else None

    def _graph_size(self, graph: str) -> int:
        return int(self.rows("graph-size", graph=graph)[0]["triples"])  # type: ignore[arg-type]

    # ------------------------------------------------------------------ export and stats

    def export(self, output: IO[bytes], fmt: Format) -> None:
        """Write every graph (with the provenance graph) as N-Quads or TriG, serialised by Oxigraph."""
        if not fmt.is_dataset:
            raise StoreError(f"export writes datasets (nquads, trig), not {fmt.name}")
        self._store.dump(output, format=fmt.rdf)

    def stats(self) -> Stats:
        """Totals, loaded sources and class counts. Cost: a scan of the store and of ``rdf:type``."""
        classes = [(str(r["class"]), int(r["count"])) for r in self.rows("stats-classes")]  # type: ignore[arg-type]
        graphs = sum(1 for _ in self._store.named_graphs())
        return Stats(triples=len(self._store), graphs=graphs, sources=self.sources(), classes=classes)


class _Progress(io.RawIOBase):
    """A file wrapper that reports bytes read, so a bulk load can drive a progress bar."""

    def __init__(self, raw: IO[bytes], total: int, report: Callable[[int, int], None] | None):
        self._raw, self._total, self._report, self._done = raw, total, report, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        n = self._raw.readinto(buffer)
        self._done += n or 0
        if self._report:
            self._report(self._done, self._total)
        return n or 0


def _graph_term(iri: str) -> ox.NamedNode | ox.DefaultGraph:
    return ox.DefaultGraph() if iri in ("", "urn:x-arq:DefaultGraph") else ox.NamedNode(iri)


def _provenance_record(record: SourceRecord, graph: str, digest: str, triples: int,
                       started: datetime) -> list[ox.Triple]:
    """The PROV description of one load: the source, the graph it produced and the load activity."""
    src, g = ox.NamedNode(str(record.iri)), ox.NamedNode(str(graph))
    load = ox.NamedNode(str(uris.load_activity(record.key, digest)))

    def n(term: object) -> ox.NamedNode:
        return ox.NamedNode(str(term))

    def lit(value: object, datatype: object = None) -> ox.Literal:
        return ox.Literal(str(value), datatype=n(datatype)) if datatype else ox.Literal(str(value))

    now = datetime.now(UTC)
    out = [
        ox.Triple(src, n(RDF.type), n(PG.Source)),
        ox.Triple(src, n(RDF.type), n(PROV.Entity)),
        ox.Triple(src, n(DCTERMS.title), lit(record.title)),
        ox.Triple(src, n(RDFS.label), lit(record.title)),
        ox.Triple(src, n(PG.currentGraph), g),
        ox.Triple(g, n(RDF.type), n(PG.SourceGraph)),
        ox.Triple(g, n(PROV.specializationOf), src),
        ox.Triple(g, n(PROV.wasGeneratedBy), load),
        ox.Triple(g, n(VOID.triples), lit(triples, XSD.integer)),
        ox.Triple(g, n(PG.digest), lit(f"sha256:{digest}")),
        ox.Triple(load, n(RDF.type), n(PROV.Activity)),
        ox.Triple(load, n(PROV.used), src),
        ox.Triple(load, n(PG.loader), lit(record.loader)),
        ox.Triple(load, n(PROV.startedAtTime), lit(started.isoformat(), XSD.dateTime)),
        ox.Triple(load, n(PROV.endedAtTime), lit(now.isoformat(), XSD.dateTime)),
    ]
    optional = [
        (DCTERMS.source, n(record.url) if record.url else None),
        (DCTERMS.publisher, lit(record.publisher) if record.publisher else None),
        (DCTERMS.issued, lit(record.issued.isoformat(), XSD.date) if record.issued else None),
        (PG.sourceKind, lit(record.kind) if record.kind else None),
        (DCTERMS.license, n(record.licence) if record.licence else None),
        (DCTERMS.bibliographicCitation, lit(record.credit) if record.credit else None),
        (PG.fileName, lit(record.file_name) if record.file_name else None),
    ]
    out += [ox.Triple(src, n(p), o) for p, o in optional if o is not None]
    return out


#: How :func:`python_value` reads a literal of each datatype (made once: it runs for every cell of
#: every row that :meth:`Store.rows` returns).
_FROM_LEXICAL: dict[str, Callable[[str], object]] = {
    **dict.fromkeys((str(XSD.integer), str(XSD.int), str(XSD.long), str(XSD.nonNegativeInteger)), int),
    str(XSD.decimal): Decimal,
    str(XSD.double): float,
    str(XSD.float): float,
    str(XSD.boolean): lambda text: text in ("true", "1"),
    str(XSD.date): lambda text: date.fromisoformat(text[:10]),
    str(XSD.dateTime): lambda text: datetime.fromisoformat(text.replace("Z", "+00:00")),
}


def python_value(term: object) -> object:
    """A pyoxigraph term as a plain Python value: IRIs as ``str``, typed literals as ``int``,
    ``Decimal``, ``float``, ``bool``, ``date`` or ``datetime``, other literals as ``str``."""
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        text = term.value
        convert = _FROM_LEXICAL.get(term.datatype.value)
        if convert is None:
            return text
        try:
            return convert(text)
        except ValueError:
            return text
    return term


def open_store(location: str | os.PathLike[str] | None) -> OxigraphStore:
    """Open the store at ``location`` (a folder), or in memory for ``None`` or ``":memory:"``."""
    if location is None or str(location) == ":memory:":
        return OxigraphStore.open(None)
    if str(location).startswith(("http://", "https://")):
        raise StoreError(f"{location}: remote SPARQL stores are not supported yet; give a folder")
    return OxigraphStore.open(location)
