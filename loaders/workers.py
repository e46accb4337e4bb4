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
import logging
import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import ModuleType

from .base import LoadContext, Loaded, SourceError

log = logging.getLogger(__name__)

#: Below this many files a batch is built in the calling process: starting workers (a fork and a
#: read-only store handle each, about 50 ms) would cost more than they save.
MIN_PARALLEL = 8

#: How long the workers may go without finishing a chunk before the batch is built in this process
#: instead (a chunk of ordinary documents takes a second or two; a worker forked while another thread held
#: a lock can wait forever).
STALL_SECONDS = 120

#: How long a worker may take to exit once the batch is built (an idle worker exits at once).
EXIT_SECONDS = 10

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
    with a :class:`SourceError`, and nothing is built; workers that finish nothing for
    :data:`STALL_SECONDS` are killed, and the batch is built here; a worker that never took a task is
    killed once the others have built it."""
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
            built = _in_workers(len(tasks), jobs)
        finally:
            _tasks, _checkpoints = (), {}
    if built is None:  # the workers stalled: build here, as for one process
        log.warning("workers building the batch stalled for %d s; building it in this process", STALL_SECONDS)
        return [module.load(path, context) for module, path, context in tasks]
    return built


def _in_workers(count: int, jobs: int) -> list[Loaded] | None:
    """The first ``count`` tasks built by ``jobs`` forked workers, in order; None when no worker has
    finished a chunk for :data:`STALL_SECONDS` (the workers are killed). An executor, not a Pool: a worker
    that dies (killed, out of memory) fails the batch with BrokenProcessPool instead of leaving it
    waiting for a result forever."""
    size = max(1, count // (jobs * 4))
    pool = ProcessPoolExecutor(min(jobs, count), mp_context=multiprocessing.get_context("fork"),
                               initializer=_start_worker)
    stalled = False
    try:
        futures = [pool.submit(_build_chunk, range(i, min(i + size, count))) for i in range(0, count, size)]
        pending = set(futures)
        while pending and not stalled:
            done, pending = wait(pending, timeout=STALL_SECONDS, return_when=FIRST_COMPLETED)
            stalled = not done
        if stalled:
            return None
        # in order: the first failing file's error is raised, as a sequential build raises it
        return [item for future in futures for item in future.result()]
    except BrokenProcessPool:
        raise SourceError("a worker building the batch stopped (killed, or out of memory); nothing was "
                          "written; load with --jobs 1 to build in one process") from None
    finally:
        processes = list((getattr(pool, "_processes", None) or {}).values())
        if stalled:
            # a worker forked while another thread of this process held a lock may wait on it forever
            for process in processes:
                process.kill()
        pool.shutdown(wait=False, cancel_futures=True)
        # a worker that never started (forked while RocksDB's thread pool lock was held, it waits forever
        # to open its read-only store) leaves the others to build the batch but never exits: given
        # EXIT_SECONDS to take its stop signal, then killed, instead of waited for
        for process in processes:
            process.join(EXIT_SECONDS)
            if process.is_alive():
                process.kill()
                process.join(5)


def _start_worker() -> None:
    for _, _, context in _tasks:
        if context.store is not None and id(context.store) in _checkpoints:
            context.store.reopen_read_only(_checkpoints.pop(id(context.store)))


def _build_chunk(indices: range) -> list[Loaded]:
    return [_build(i) for i in indices]


def _build(index: int) -> Loaded:
    module, path, context = _tasks[index]
    loaded = module.load(path, context)
    loaded.content.digest()  # here, on a worker's core, rather than in the parent that writes the batch
    return loaded
