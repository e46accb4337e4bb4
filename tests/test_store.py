"""The store: atomic, idempotent source replacement with PROV records; SPARQL in and out; export; stats."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from partygraph.graph import formats
from partygraph.graph.sources import Content, SourceRecord
from partygraph.graph.store import LoadError, OxigraphStore, QueryError, StoreError, StoreLocked, open_store
from partygraph.ontology import uris

EX = "http://example.org/"


def triples(*values: str) -> list:
    return [(URIRef(f"{EX}thing"), URIRef(f"{EX}says"), Literal(v)) for v in values]


def record(key: str = "test/source") -> SourceRecord:
    return SourceRecord(key=key, title="A test source", loader="test", url="https://example.org/page")


def graph_values(store: OxigraphStore, graph: str) -> set[str]:
    rows = store.query(f"SELECT ?v WHERE {{ GRAPH <{graph}> {{ ?s <{EX}says> ?v }} }}")
    return {row["v"].value for row in rows}


def test_replace_puts_content_in_a_named_graph_with_its_prov_record(memory_store):
    result = memory_store.replace_source(record(), Content(triples=triples("a", "b")))
    assert not result.unchanged and result.triples == 2
    assert result.graph.startswith(str(uris.iri("graph/test/source/")))
    assert graph_values(memory_store, result.graph) == {"a", "b"}
    [loaded] = memory_store.sources()
    assert loaded.source == str(uris.source("test/source"))
    assert loaded.graph == result.graph and loaded.triples == 2 and loaded.loader == "test"
    assert loaded.url == "https://example.org/page"
    prov = memory_store.query(f"""
        PREFIX prov: <http://www.w3.org/ns/prov#>
        ASK {{ GRAPH <{uris.provenance_graph()}> {{
            <{result.graph}> prov:specializationOf <{loaded.source}> ; prov:wasGeneratedBy ?load .
            ?load a prov:Activity ; prov:startedAtTime ?start ; prov:endedAtTime ?end ; prov:used <{loaded.source}> .
        }} }}""")
    assert prov.boolean


def test_reloading_the_same_content_changes_nothing(memory_store):
    first = memory_store.replace_source(record(), Content(triples=triples("a", "b")))
    before = sorted(str(q) for q in memory_store._store)
    version = memory_store.version
    again = memory_store.replace_source(record(), Content(triples=list(reversed(triples("a", "b")))))
    assert again.unchanged and again.graph == first.graph and again.triples == 2
    assert sorted(str(q) for q in memory_store._store) == before
    assert memory_store.version == version


def test_new_content_replaces_the_old_graph_entirely(memory_store):
    first = memory_store.replace_source(record(), Content(triples=triples("a", "b")))
    second = memory_store.replace_source(record(), Content(triples=triples("c")))
    assert second.replaced == first.graph and second.graph != first.graph
    assert graph_values(memory_store, second.graph) == {"c"}
    assert graph_values(memory_store, first.graph) == set()
    assert [s.graph for s in memory_store.sources()] == [second.graph]
    assert {row["v"].value for row in memory_store.query(f"SELECT ?v {{ ?s <{EX}says> ?v }}")} == {"c"}


def test_sources_are_independent(memory_store):
    memory_store.replace_source(record("test/one"), Content(triples=triples("one")))
    memory_store.replace_source(record("test/two"), Content(triples=triples("two")))
    memory_store.replace_source(record("test/one"), Content(triples=triples("uno")))
    values = {row["v"].value for row in memory_store.query(f"SELECT ?v {{ ?s <{EX}says> ?v }}")}
    assert values == {"uno", "two"}


def test_forget_source_removes_graph_and_record(memory_store):
    result = memory_store.replace_source(record(), Content(triples=triples("a")))
    assert memory_store.forget_source(result.source)
    assert memory_store.sources() == []
    assert graph_values(memory_store, result.graph) == set()
    assert not memory_store.forget_source(result.source)


def test_a_malformed_file_changes_nothing(disk_store, tmp_path):
    memory = disk_store
    good = tmp_path / "data.ttl"
    good.write_text(f"<{EX}thing> <{EX}says> 'old' .\n")
    fmt = formats.by_name("turtle")
    memory.replace_source(record(), Content(file=good, format=fmt))
    before = sorted(str(q) for q in memory._store)
    bad = tmp_path / "bad.ttl"
    bad.write_text("".join(f"<{EX}t{i}> <{EX}says> 'new' .\n" for i in range(5000)) + "<broken> <x .\n")
    with pytest.raises(LoadError) as caught:
        memory.replace_source(record(), Content(file=bad, format=fmt))
    assert f"{bad}:5001:" in str(caught.value)
    assert sorted(str(q) for q in memory._store) == before


def test_big_in_memory_content_goes_through_the_bulk_path(memory_store, monkeypatch):
    monkeypatch.setattr("partygraph.graph.store.SMALL_CONTENT", 10)
    many = triples(*(str(i) for i in range(50)))
    result = memory_store.replace_source(record(), Content(triples=many))
    assert result.triples == 50 and len(graph_values(memory_store, result.graph)) == 50


def test_a_batch_of_small_sources_above_the_bulk_threshold_is_bulk_loaded_whole(disk_store, monkeypatch):
    monkeypatch.setattr("partygraph.graph.store.BULK_BATCH", 5)
    old = disk_store.replace_source(record("test/a"), Content(triples=triples("old")))
    done = disk_store.replace_sources([(record("test/a"), Content(triples=triples("a1", "a2", "a3"))),
                                       (record("test/b"), Content(triples=triples("b1", "b2", "b3")))])
    assert [graph_values(disk_store, r.graph) for r in done] == [{"a1", "a2", "a3"}, {"b1", "b2", "b3"}]
    assert graph_values(disk_store, old.graph) == set()
    assert disk_store.rows("journal-entries", journal=uris.journal_graph()) == []


def test_a_failed_bulk_write_of_a_batch_changes_nothing(disk_store, monkeypatch):
    monkeypatch.setattr("partygraph.graph.store.BULK_BATCH", 5)
    disk_store.replace_source(record("test/a"), Content(triples=triples("old")))
    before = sorted(str(q) for q in disk_store._store)

    class FullDisk:  # the engine's own failure (a full disk) cannot be provoked here; its effect can
        def __init__(self, store):
            self.store = store

        def __getattr__(self, name):
            return getattr(self.store, name)

        def bulk_extend(self, quads):
            self.store.bulk_extend(list(quads)[:3])
            raise OSError("No space left on device")

    engine = disk_store._store
    disk_store._store = FullDisk(engine)
    with pytest.raises(LoadError, match="a.md: could not write: No space left"):
        disk_store.replace_sources([(replace(record("test/a"), file_name="a.md"), Content(triples=triples("a1", "a2", "a3"))),
                                    (record("test/b"), Content(triples=triples("b1", "b2", "b3")))])
    assert sorted(str(q) for q in engine) == before


def test_query_forms_and_engine_serialisation(memory_store):
    memory_store.replace_source(record(), Content(triples=triples("a")))
    select = memory_store.query(f"SELECT ?v WHERE {{ ?s <{EX}says> ?v }}")
    assert select.kind == "select" and select.variables == ["v"]
    out = select.serialize(None, formats.by_name("json"))
    assert b'"value":"a"' in out
    assert memory_store.query(f"ASK {{ ?s <{EX}says> 'a' }}").boolean is True
    graph = memory_store.query(f"CONSTRUCT {{ ?s <{EX}said> ?v }} WHERE {{ ?s <{EX}says> ?v }}")
    assert graph.kind == "graph"
    assert f"<{EX}said>".encode() in graph.serialize(None, formats.by_name("ntriples"))
    with pytest.raises(StoreError):
        graph.serialize(None, formats.by_name("csv"))


def test_default_graph_is_the_union_unless_given(memory_store):
    a = memory_store.replace_source(record("test/a"), Content(triples=triples("a")))
    memory_store.replace_source(record("test/b"), Content(triples=triples("b")))
    everything = {r["v"].value for r in memory_store.query(f"SELECT ?v {{ ?s <{EX}says> ?v }}")}
    only_a = {r["v"].value for r in memory_store.query(f"SELECT ?v {{ ?s <{EX}says> ?v }}", default_graph=[a.graph])}
    assert everything == {"a", "b"} and only_a == {"a"}


def test_malformed_query_names_the_position(memory_store):
    with pytest.raises(QueryError) as caught:
        memory_store.query("SELECT ?s WHERE { ?s ?p }")
    assert "1:" in str(caught.value)


def test_update_runs_in_one_transaction(memory_store):
    with pytest.raises(QueryError):
        memory_store.update(f"INSERT DATA {{ <{EX}a> <{EX}b> 'c' }} ; INSERT DATA {{ broken")
    assert memory_store.query(f"ASK {{ <{EX}a> ?p ?o }}").boolean is False
    version = memory_store.version
    memory_store.update(f"INSERT DATA {{ <{EX}a> <{EX}b> 'c' }}")
    assert memory_store.query(f"ASK {{ <{EX}a> ?p ?o }}").boolean is True
    assert memory_store.version > version


def test_export_writes_graphs_and_provenance(memory_store):
    result = memory_store.replace_source(record(), Content(triples=triples("a")))
    for name in ("nquads", "trig"):
        out = io.BytesIO()
        memory_store.export(out, formats.by_name(name))
        quads = list(ox.parse(out.getvalue(), format=formats.by_name(name).rdf))
        graphs = {q.graph_name.value for q in quads}
        assert result.graph in graphs and str(uris.provenance_graph()) in graphs


def test_stats(memory_store):
    memory_store.replace_source(record(), Content(triples=triples("a", "b")))
    stats = memory_store.stats()
    assert stats.triples > 2 and len(stats.sources) == 1
    assert dict(stats.classes)["https://w3id.org/partygraph/ontology#Source"] == 1


def test_a_persistent_store_keeps_its_sources(tmp_path):
    folder = tmp_path / "store"
    with open_store(folder) as store:
        result = store.replace_source(record(), Content(triples=triples("kept")))
    with open_store(folder) as store:
        assert graph_values(store, result.graph) == {"kept"}
        assert [s.graph for s in store.sources()] == [result.graph]


def test_a_store_in_use_is_refused(tmp_path):
    folder = tmp_path / "store"
    with open_store(folder), pytest.raises(StoreLocked) as caught:
        open_store(folder)
    assert "in use" in str(caught.value)


def test_recovery_removes_what_a_killed_replace_left(tmp_path):
    """A staging graph in the journal (a load killed before its commit point) is removed on open."""
    folder = tmp_path / "store"
    staging = str(uris.source_graph("test/source", "f" * 64))
    with open_store(folder) as store:
        kept = store.replace_source(record(), Content(triples=triples("old")))
        store._named_update("journal-add", journal=uris.journal_graph(), graph=staging,
                            state="https://w3id.org/partygraph/ontology#Staging")
        store._store.add(ox.Quad(ox.NamedNode(f"{EX}x"), ox.NamedNode(f"{EX}says"), ox.Literal("partial"),
                                 ox.NamedNode(staging)))
    with open_store(folder) as store:
        assert graph_values(store, staging) == set()
        assert {r["v"].value for r in store.query(f"SELECT ?v {{ ?s <{EX}says> ?v }}")} == {"old"}
        assert [s.graph for s in store.sources()] == [kept.graph]
        assert store.rows("journal-entries", journal=uris.journal_graph()) == []


def test_remote_locations_are_refused_clearly():
    with pytest.raises(Exception) as caught:
        open_store("https://example.org/sparql")
    assert "not supported" in str(caught.value)


def test_unusable_store_folder_is_a_clear_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(Exception) as caught:
        open_store(blocker / "store")
    assert "cannot create store folder" in str(caught.value)
    assert Path(blocker).read_text() == "not a folder"
