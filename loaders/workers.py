"""Building a batch's sources on every core: each file is read and extracted in a worker process.

Extraction is pure Python bound by one core, and the documents of a batch are independent of each
other (each is linked against the store, never against the others), so a batch of text documents
is split over forked workers. Fork, not spawn: a worker starts with the parent's imports and the
extraction pipeline it has already built for the store (building one again costs seconds), and sends
back only the finished :class:`~partygraph.loaders.base.Loaded` (about 15 kB pickled per document).

A worker reads the store through a read-only handle of its own on a checkpoint of it
(:meth:`OxigraphStore.checkpoint`), never through the parent's: the parent's RocksDB may have been
mid-way through background work when it forked. Nothing is written in a worker; the parent writes the
batch afterwards, as for one process.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import ModuleType

from .base import LoadContext, Loaded, SourceError

#: Below this many files a batch is built in the calling process: starting workers (a fork and a
#: read-only store handle each, about 50 ms) would cost more than they save.
MIN_PARALLEL = 8

#: What each worker builds, and the checkpoint each store is read from: set in the parent just before
#: the fork, so that workers inherit them and only an index crosses the pipe.
_tasks: Sequence[tuple[ModuleType, Path, LoadContext]] = ()
_checkpoints: dict[int, Path | None] = {}


def default_jobs() -> int:
    """Worker processes for a command-line load: one per core this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def build_all(tasks: Sequence[tuple[ModuleType, Path, LoadContext]], jobs: int = 1) -> list[Loaded]:
    """Each task's :class:`Loaded`, in order: ``module.load(path, context)``. With ``jobs`` > 1, a batch
    of at least :data:`MIN_PARALLEL` files whose loaders all declare ``PARALLEL = True`` is built by
    ``jobs`` forked workers, after each loader's optional ``warm(context)`` has run here. Raises the
    first failing file's error, as a sequential build does.

    Cost: the sequential build's divided by about ``jobs`` (on as many free cores), plus about 50 ms to
    start the workers and 0.4 ms a document to send its graph back. A worker that dies fails the batch
    with a :class:`SourceError`, and nothing is built."""
    global _tasks, _checkpoints
    parallel = jobs > 1 and len(tasks) >= MIN_PARALLEL and all(getattr(m, "PARALLEL", False) for m, _, _ in tasks) \
        and "fork" in multiprocessing.get_all_start_methods()
    if not parallel:
        return [module.load(path, context) for module, path, context in tasks]
    warmed = {(id(m), id(c)): (m, c) for m, _, c in tasks if hasattr(m, "warm")}
    for module, context in warmed.values():
        module.warm(context)  # once, here, for every worker to inherit (a text pipeline: seconds)
    stores = {id(c.store): c.store for _, _, c in tasks if c.store is not None}
    with contextlib.ExitStack() as stack:
        try:
            _checkpoints = {key: stack.enter_context(store.checkpoint()) for key, store in stores.items()}
        except OSError:  # no room or no right to write beside the store: build in this process instead
            return [module.load(path, context) for module, path, context in tasks]
        _tasks = tasks
        try:
            # an executor, not a Pool: a worker that dies (killed, out of memory) fails the batch with
            # BrokenProcessPool instead of leaving it waiting for a result forever
            with ProcessPoolExecutor(min(jobs, len(tasks)), mp_context=multiprocessing.get_context("fork"),
                                     initializer=_start_worker) as pool:
                return list(pool.map(_build, range(len(tasks)), chunksize=max(1, len(tasks) // (jobs * 4))))
        except BrokenProcessPool:
            raise SourceError("a worker building the batch stopped (killed, or out of memory); nothing was "
                              "written; load with --jobs 1 to build in one process") from None
        finally:
            _tasks, _checkpoints = (), {}


def _start_worker() -> None:
    for _, _, context in _tasks:
        if context.store is not None and id(context.store) in _checkpoints:
            context.store.reopen_read_only(_checkpoints.pop(id(context.store)))


def _build(index: int) -> Loaded:
    module, path, context = _tasks[index]
    loaded = module.load(path, context)
    loaded.content.digest()  # here, on a worker's core, rather than in the parent that writes the batch
    return loaded
