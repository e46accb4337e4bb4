"""Loaders turn sources into graphs with provenance; the registry here picks one for a file.

:func:`ingest` is the one library entry point the CLI and the API share: it reads and checks every
file first and writes only when all of them are good, so a bad file in a batch changes nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

from ..graph.store import OxigraphStore, Replacement
from . import democracyclub, moderngov, popolo, rdf, register, text, workers
from .base import LoadContext, Loaded, Loader, SourceError, source_iri

#: Every loader, most specific first: a file goes to the first that claims it with the highest score.
LOADERS: list[ModuleType] = [register, moderngov, democracyclub, popolo, rdf, text]
#: The loaders that link people to those of other sources (:mod:`partygraph.loaders.linking`).
LINKING: tuple[ModuleType, ...] = (moderngov, democracyclub, popolo)

HEAD_BYTES = 8192


def by_name(name: str) -> Loader:
    for module in LOADERS:
        if name == module.NAME:
            return module  # type: ignore[return-value]
    raise SourceError(f"no loader called {name!r} (known: {', '.join(m.NAME for m in LOADERS)})")


def pick(path: Path) -> Loader:
    """The loader that claims ``path`` most confidently. Raises :class:`SourceError` for a missing,
    unreadable or unrecognised file."""
    if not path.exists():
        raise SourceError(f"{path}: no such file")
    if path.is_dir():
        raise SourceError(f"{path}: is a folder, not a file")
    try:
        with open(path, "rb") as f:
            head = f.read(HEAD_BYTES)
    except OSError as e:
        raise SourceError(f"{path}: cannot read: {e.strerror or e}") from None
    scored = sorted(((m.sniff(path, head), i, m) for i, m in enumerate(LOADERS)), key=lambda t: (-t[0], t[1]))
    score, _, module = scored[0]
    if score <= 0:
        kinds = "; ".join(m.DESCRIPTION for m in LOADERS)
        raise SourceError(f"{path}: unknown format (partygraph loads: {kinds})")
    return module  # type: ignore[return-value]


def prepare(paths: Sequence[Path], context: LoadContext, loader: str | None = None, jobs: int = 1) -> list[Loaded]:
    """Read and check every file; nothing is written. Raises :class:`SourceError` at the first bad one.
    With ``jobs`` > 1 a batch of text documents is built by that many worker processes
    (:mod:`partygraph.loaders.workers`), with the same result.

    Sources that link people (:data:`LINKING`) are linked against the graph outside this batch: when
    the batch reloads sources already in the store, their current graphs are left out. Without that,
    two sources naming the same people (a council's councillor list and its election results) each
    linked to the other's previous graph, and every reload swapped their IRIs. Within a batch sources
    do not see each other (a name mints the same IRI on both sides, without the seat checks of
    :mod:`partygraph.loaders.linking`): load a list before the results that name its people, as
    ``partygraph demo`` does."""
    chosen = [by_name(loader) if loader else pick(path) for path in paths]
    linking = [(module, path) for module, path in zip(chosen, paths) if module in LINKING]
    batch = ()
    if len(linking) > 1 and context.store is not None:
        iris = (source_iri(module.NAME, path, context) for module, path in linking)
        batch = tuple(sorted(g for iri in iris if (g := context.store.current_graph(iri))))
    outside = dataclasses.replace(context, batch=batch)
    prepared = workers.build_all([(module, path, outside if module in LINKING else context)
                                  for module, path in zip(chosen, paths)], jobs)
    keys = [p.record.iri for p in prepared]
    if len(set(keys)) != len(keys):
        raise SourceError("two of the files are the same source; load them one at a time")
    return prepared


def ingest(store: OxigraphStore, paths: Sequence[Path], context: LoadContext | None = None, *,
           loader: str | None = None, jobs: int = 1,
           progress: Callable[[Loaded, int, int], None] | None = None) -> list[tuple[Loaded, Replacement]]:
    """Load files into the store, each replacing its source's graph atomically, after checking all.
    Small sources are written together in one transaction (see ``Store.replace_sources``). ``jobs``
    worker processes build a batch of text documents (the command line uses one per core; a
    library caller that runs threads, such as a server, keeps the default of one: workers are forked)."""
    context = context or LoadContext(store=store)
    if context.store is None:
        context.store = store
    prepared = prepare(paths, context, loader, jobs)
    by_record = {id(item.record): item for item in prepared}
    report = (lambda record, done, total: progress(by_record[id(record)], done, total)) if progress else None
    replacements = store.replace_sources([(item.record, item.content) for item in prepared], progress=report)
    return list(zip(prepared, replacements))


__all__ = ["LOADERS", "LoadContext", "Loaded", "Loader", "SourceError", "by_name", "ingest", "pick", "prepare"]
