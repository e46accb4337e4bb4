"""Killing `partygraph load` mid-replace (a real process, a real SIGKILL) leaves the old or the new
version of the source's graph, never a mix, once the store is reopened."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from partygraph.graph import formats
from partygraph.graph.sources import Content
from partygraph.graph.store import open_store
from partygraph.ontology import uris

EX = "http://example.org/"
OLD, NEW = 100_000, 150_000
CLI = str(Path(sys.executable).with_name("partygraph"))

pytestmark = pytest.mark.slow


def write(path: Path, count: int, marker: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for i in range(count):
            f.write(f'<{EX}s{i}> <{EX}says> "{marker} {i}" .\n')


def load(path: Path, store: Path) -> subprocess.Popen:
    return subprocess.Popen([CLI, "load", str(path), "--store", str(store)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def expected_graph(path: Path) -> str:
    digest = Content(file=path, format=formats.by_name("ntriples"), base_iri=f"{uris.base()}id/").digest()
    return str(uris.source_graph("rdf/data-nt", digest))


def state(store_dir: Path) -> tuple[str, dict[str, int], int]:
    """(current graph, {marker: count} in it, number of non-bookkeeping graphs holding data)."""
    with open_store(store_dir) as store:
        [source] = store.sources()
        rows = store.query("""SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g""")
        data_graphs = {r["g"].value: int(r["n"].value) for r in rows}
        data_graphs.pop(str(uris.provenance_graph()), None)
        data_graphs.pop(str(uris.journal_graph()), None)
        markers: dict[str, int] = {}
        for r in store.query(f"SELECT ?v WHERE {{ GRAPH <{source.graph}> {{ ?s <{EX}says> ?v }} }}"):
            key = r["v"].value.split()[0]
            markers[key] = markers.get(key, 0) + 1
        assert store.rows("journal-entries", journal=uris.journal_graph()) == []
        return source.graph, markers, len(data_graphs)


def test_kill_during_replace_leaves_old_or_new(tmp_path):
    data = tmp_path / "data.nt"
    old_file, new_file = tmp_path / "old.nt", tmp_path / "new.nt"
    write(old_file, OLD, "old")
    write(new_file, NEW, "new")

    # How long a replace of this size takes here, up to its commit point (a load into an empty store).
    data.write_bytes(new_file.read_bytes())
    started = time.perf_counter()
    scratch = load(data, tmp_path / "scratch")
    assert scratch.wait(timeout=300) == 0
    to_commit = time.perf_counter() - started
    old_graph = None

    outcomes = []
    for fraction in (0.25, 0.6, 1.0, 1.3, 2.0):
        store_dir = tmp_path / f"store-{fraction}"
        data.write_bytes(old_file.read_bytes())
        assert load(data, store_dir).wait(timeout=300) == 0
        old_graph = expected_graph(data)
        data.write_bytes(new_file.read_bytes())
        new_graph = expected_graph(data)

        process = load(data, store_dir)
        time.sleep(to_commit * fraction)
        killed = process.poll() is None
        if killed:
            os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=60)

        current, markers, data_graphs = state(store_dir)
        assert data_graphs == 1, f"more than one version left after kill at {fraction}"
        if current == old_graph:
            assert markers == {"old": OLD}
            outcomes.append("old")
        else:
            assert current == new_graph
            assert markers == {"new": NEW}
            outcomes.append("new")
        assert killed or outcomes[-1] == "new"
    print("kill outcomes:", outcomes)
    assert "old" in outcomes and "new" in outcomes, outcomes
