"""A batch of documents built by worker processes: the same graphs as one process, errors as one process."""

from __future__ import annotations

import os
import shutil
import sys
import time
import types
from pathlib import Path

import pytest

from partygraph import loaders
from partygraph.data import sample_files
from partygraph.graph.sources import Content, SourceRecord
from partygraph.graph.store import open_store
from partygraph.loaders import workers
from partygraph.loaders.base import LoadContext, Loaded, SourceError

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = sorted((ROOT / "data" / "corpus").glob("*.md"))[:12]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="workers are forked; Windows has no fork")


def _graphs(store_path: Path | None, jobs: int) -> dict[str, str]:
    store = open_store(store_path)
    try:
        loaders.ingest(store, sample_files())
        return {str(item.record.iri): done.graph for item, done in loaders.ingest(store, DOCUMENTS, jobs=jobs)}
    finally:
        store.close()


@pytest.mark.parametrize("on_disk", [True, False])
def test_workers_write_the_graphs_one_process_writes(tmp_path, on_disk):
    # The graph IRI carries the digest of the graph's triples: equal IRIs, equal graphs.
    one = _graphs(tmp_path / "one" if on_disk else None, 1)
    two = _graphs(tmp_path / "two" if on_disk else None, 2)
    assert len(one) == len(DOCUMENTS)
    assert one == two
    assert sorted(p.name for p in tmp_path.iterdir()) == (["one", "two"] if on_disk else [])  # no checkpoint left


PERSON = "https://example.org/people/7"  # not the IRI a name would mint: found only through the store


def test_workers_read_what_the_parent_wrote_just_before(tmp_path):
    # The parent writes a person; the workers, which build their pipeline from a read-only handle of
    # their own, must see that write and link the documents' "Tomas Reyland" to the person's IRI.
    people = tmp_path / "people.ttl"
    people.write_text("@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                      f"<{PERSON}> a foaf:Person ; rdfs:label \"Tomas Reyland\" .\n")
    docs = []
    for i in range(workers.MIN_PARALLEL):
        doc = tmp_path / f"doc-{i}.md"
        doc.write_text(f"---\npublished: 2022-05-{10 + i}\n---\nTomas Reyland was elected leader of Bolton Council"
                       " on Thursday.\n")
        docs.append(doc)
    store = open_store(tmp_path / "store")
    try:
        loaders.ingest(store, [people])
        built = loaders.prepare(docs, LoadContext(store=store), jobs=2)
    finally:
        store.close()
    for item in built:
        assert any(str(o) == f"<{PERSON}>" for _, _, o in item.content.ox_triples()), item.record.file_name


def test_a_bad_document_among_workers_is_named_and_nothing_is_written(tmp_path):
    store = open_store(tmp_path / "store")
    bad = tmp_path / "bad.md"
    bad.write_text("---\npublished: last Thursday-ish\n---\nSome text.\n")
    try:
        before = len(store.sources())
        with pytest.raises(SourceError, match="bad.md: publication date"):
            loaders.ingest(store, [*DOCUMENTS[:9], bad, *DOCUMENTS[9:]], jobs=2)
        assert len(store.sources()) == before
        assert [p.name for p in tmp_path.iterdir() if "checkpoint" in p.name] == []
    finally:
        store.close()


def _pid_loader(parallel: bool) -> types.ModuleType:
    module = types.ModuleType("pid_loader")
    module.NAME = "pid"
    module.PARALLEL = parallel

    def warm(context: LoadContext) -> None:
        module.warmed_in = os.getpid()

    def load(path: Path, context: LoadContext) -> Loaded:
        return Loaded(SourceRecord(key=f"pid/{path.name}", title=path.name, loader="pid"), Content(),
                      notes=[str(os.getpid()), str(getattr(module, "warmed_in", None))])

    module.load, module.warm = load, warm
    return module


@pytest.mark.parametrize("parallel", [True, False])
def test_only_loaders_that_declare_it_are_built_in_workers(tmp_path, parallel):
    tasks = [(_pid_loader(parallel), tmp_path / f"{i}.md", LoadContext()) for i in range(workers.MIN_PARALLEL)]
    built = workers.build_all(tasks, jobs=2)
    assert [item.record.key for item in built] == [f"pid/{i}.md" for i in range(workers.MIN_PARALLEL)]  # in order
    pids = {item.notes[0] for item in built}
    assert (str(os.getpid()) not in pids) is parallel
    if parallel:  # warmed once, in this process, before the fork: every worker inherited it
        assert {item.notes[1] for item in built} == {str(os.getpid())}


def test_a_small_batch_stays_in_this_process(tmp_path):
    tasks = [(_pid_loader(True), tmp_path / f"{i}.md", LoadContext()) for i in range(workers.MIN_PARALLEL - 1)]
    assert {item.notes[0] for item in workers.build_all(tasks, jobs=2)} == {str(os.getpid())}


def test_a_checkpoint_a_killed_load_left_is_removed_when_the_store_reopens(tmp_path):
    store = open_store(tmp_path / "store")
    with store.checkpoint() as frozen:
        left = tmp_path / f"{frozen.name}-copy"
        shutil.copytree(frozen, left)  # as if the process had been killed inside the block
    store.close()
    assert left.is_dir()
    open_store(tmp_path / "store").close()
    assert not left.exists()


def test_a_worker_that_dies_fails_the_batch_instead_of_hanging(tmp_path):
    module = _pid_loader(True)

    def load(path: Path, context: LoadContext) -> Loaded:
        if path.name == "3.md":
            os._exit(3)  # as if killed, or out of memory
        return Loaded(SourceRecord(key=f"pid/{path.name}", title=path.name, loader="pid"), Content())

    module.load = load
    tasks = [(module, tmp_path / f"{i}.md", LoadContext()) for i in range(workers.MIN_PARALLEL)]
    with pytest.raises(SourceError, match="a worker building the batch stopped"):
        workers.build_all(tasks, jobs=2)


def test_stalled_workers_are_killed_and_the_batch_is_built_here(tmp_path, monkeypatch):
    # a worker forked while another thread held a lock can wait forever: after STALL_SECONDS without a
    # finished chunk the workers are killed and this process builds the batch
    parent = os.getpid()
    module = _pid_loader(True)

    def load(path: Path, context: LoadContext) -> Loaded:
        if os.getpid() != parent:
            (tmp_path / f"worker-{os.getpid()}").touch()
            time.sleep(3600)  # a worker that never finishes
        return Loaded(SourceRecord(key=f"pid/{path.name}", title=path.name, loader="pid"), Content(),
                      notes=[str(os.getpid())])

    module.load = load
    monkeypatch.setattr(workers, "STALL_SECONDS", 1)
    tasks = [(module, tmp_path / f"{i}.md", LoadContext()) for i in range(workers.MIN_PARALLEL)]
    started = time.monotonic()
    built = workers.build_all(tasks, jobs=2)
    assert [item.record.key for item in built] == [f"pid/{i}.md" for i in range(workers.MIN_PARALLEL)]
    assert {item.notes[0] for item in built} == {str(parent)}
    assert time.monotonic() - started < 30
    # the stalled workers are gone (the process table is what to ask: the executor's own thread can reap a
    # killed child before its Process object learns it has ended)
    stalled = [int(p.name.split("-")[1]) for p in tmp_path.glob("worker-*")]
    assert stalled and not [pid for pid in stalled if _running(pid)]


def _running(pid: int) -> bool:
    """Whether process ``pid`` exists and is not a zombie, within a few seconds (Linux's /proc)."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return False
        if state in ("Z", "X"):
            return False
        time.sleep(0.05)
    return True


def test_no_checkpoint_means_one_process_not_a_failed_load(tmp_path, monkeypatch):
    # A store whose folder's parent cannot take a checkpoint (read-only, full): the batch is built here.
    store = open_store(tmp_path / "store")

    def no_room(self):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(type(store), "checkpoint", no_room)
    tasks = [(_pid_loader(True), tmp_path / f"{i}.md", LoadContext(store=store)) for i in range(workers.MIN_PARALLEL)]
    try:
        assert {item.notes[0] for item in workers.build_all(tasks, jobs=2)} == {str(os.getpid())}
    finally:
        store.close()


def test_a_worker_stuck_before_its_first_task_does_not_hold_the_batch(tmp_path, monkeypatch):
    # Round 31: a worker forked while a RocksDB thread of this process held its thread pool's lock waited
    # forever to open its read-only store; the other worker built the whole batch, and the batch then waited
    # for the stuck one to exit, for ever (the pool's shutdown joins every worker). It is killed instead.
    module = _pid_loader(True)
    gate = tmp_path / "first"

    def start() -> None:
        try:
            os.close(os.open(gate, os.O_CREAT | os.O_EXCL))
        except FileExistsError:
            return
        (tmp_path / f"worker-{os.getpid()}").touch()
        time.sleep(3600)  # the first worker to start never takes a task

    monkeypatch.setattr(workers, "_start_worker", start)
    monkeypatch.setattr(workers, "EXIT_SECONDS", 1)
    tasks = [(module, tmp_path / f"{i}.md", LoadContext()) for i in range(workers.MIN_PARALLEL)]
    started = time.monotonic()
    built = workers.build_all(tasks, jobs=2)
    assert [item.record.key for item in built] == [f"pid/{i}.md" for i in range(workers.MIN_PARALLEL)]
    assert time.monotonic() - started < 30
    stuck = [int(p.name.split("-")[1]) for p in tmp_path.glob("worker-*")]
    assert stuck and not [pid for pid in stuck if _running(pid)]
