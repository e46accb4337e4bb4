"""The store commands end to end: load, query, update, export, validate, stats, demo, serve; each with
its failures (one readable line, non-zero exit, store unchanged)."""

from __future__ import annotations

import gzip
import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from partygraph.api.cli import app
from partygraph.graph.store import open_store

EX = "http://example.org/"
CLI = str(Path(sys.executable).with_name("partygraph"))
runner = CliRunner()


def run(*args: str, input: str | None = None):
    return runner.invoke(app, [str(a) for a in args], input=input)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def turtle(tmp_path: Path) -> Path:
    path = tmp_path / "things.ttl"
    path.write_text(f"@prefix ex: <{EX}> .\nex:a ex:says 'hello' ; ex:count 3 .\nex:b ex:says 'world' .\n")
    return path


def quads(store: Path) -> list[str]:
    with open_store(store) as st:
        return sorted(str(q) for q in st._store)


def test_load_then_query_in_every_format(store, turtle):
    loaded = run("load", turtle, "--store", store)
    assert loaded.exit_code == 0, loaded.output
    assert "loaded things.ttl: 3 triples" in loaded.output
    select = f"SELECT ?s ?v WHERE {{ ?s <{EX}says> ?v }} ORDER BY ?v"
    table = run("query", select, "--store", store)
    assert table.exit_code == 0 and "hello" in table.output and "2 row(s)" in table.output
    as_json = json.loads(run("query", select, "--store", store, "--format", "json").output)
    assert [b["v"]["value"] for b in as_json["results"]["bindings"]] == ["hello", "world"]
    assert run("query", select, "--store", store, "--format", "csv").output.splitlines()[0] == "s,v"
    assert run("query", select, "--store", store, "--format", "tsv").output.splitlines()[0] == "?s\t?v"
    assert "<sparql" in run("query", select, "--store", store, "--format", "xml").output
    assert run("query", f"ASK {{ <{EX}a> ?p ?o }}", "--store", store).output.strip() == "true"
    construct = f"CONSTRUCT {{ ?s <{EX}said> ?v }} WHERE {{ ?s <{EX}says> ?v }}"
    for fmt, probe in (("turtle", "said"), ("ntriples", f"<{EX}said>"), ("jsonld", '"@id"')):
        out = run("query", construct, "--store", store, "--format", fmt)
        assert out.exit_code == 0 and probe in out.output, (fmt, out.output)


def test_query_from_a_file_and_stdin(store, turtle, tmp_path):
    run("load", turtle, "--store", store)
    q = tmp_path / "count.rq"
    q.write_text(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{EX}says> ?v }}")
    assert "2" in run("query", f"@{q}", "--store", store, "--format", "csv").output
    assert "2" in run("query", "@-", "--store", store, "--format", "csv", input=q.read_text()).output
    missing = run("query", f"@{tmp_path}/nope.rq", "--store", store)
    assert missing.exit_code == 1 and "nope.rq: no such file" in missing.output


def test_reloading_is_idempotent(store, turtle):
    run("load", turtle, "--store", store)
    before = quads(store)
    again = run("load", turtle, "--store", store)
    assert again.exit_code == 0 and "unchanged things.ttl" in again.output
    assert quads(store) == before


def test_a_malformed_file_names_file_line_and_column_and_changes_nothing(store, turtle, tmp_path):
    run("load", turtle, "--store", store)
    before = quads(store)
    bad = tmp_path / "bad.ttl"
    bad.write_text(f"<{EX}a> <{EX}b> 'c' .\n<{EX}a> <{EX}b> .\n")
    result = run("load", bad, "--store", store)
    assert result.exit_code == 1
    assert f"{bad}:2:" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert quads(store) == before


def test_one_bad_file_in_a_batch_writes_nothing(store, turtle, tmp_path):
    bad = tmp_path / "bad.nt"
    bad.write_text("<http://a> <http://b> \"unterminated .\n")
    result = run("load", turtle, bad, "--store", store)
    assert result.exit_code == 1 and "bad.nt:1:" in result.output
    with open_store(store) as st:
        assert st.sources() == []


@pytest.mark.parametrize("name, content, message", [
    ("missing.ttl", None, "no such file"),
    ("notes.docx", b"PK\x03\x04 binary", "unknown format"),
])
def test_unloadable_files(store, tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = run("load", path, "--store", store)
    assert result.exit_code == 1 and message in result.output


def test_graph_option_names_the_source(store, turtle):
    result = run("load", turtle, "--store", store, "--graph", "http://example.org/my-source")
    assert result.exit_code == 0, result.output
    with open_store(store) as st:
        assert [s.source for s in st.sources()] == ["http://example.org/my-source"]


def test_update_and_its_failures(store, turtle):
    run("load", turtle, "--store", store)
    ok = run("update", f"INSERT DATA {{ <{EX}c> <{EX}says> 'added' }}", "--store", store)
    assert ok.exit_code == 0
    assert "added" in run("query", f"SELECT ?v {{ <{EX}c> <{EX}says> ?v }}", "--store", store).output
    before = quads(store)
    bad = run("update", "INSERT DATA { <a> ", "--store", store)
    assert bad.exit_code == 1 and "malformed update" in bad.output
    assert quads(store) == before


def test_malformed_query_reports_position(store):
    result = run("query", "SELECT * WHERE { ?s ?p }", "--store", store)
    assert result.exit_code == 1 and "malformed query: error at 1:" in result.output


def test_unknown_query_format(store):
    result = run("query", "ASK {}", "--store", store, "--format", "yaml")
    assert result.exit_code == 2 and "unknown format" in result.output


def test_export(store, turtle, tmp_path):
    run("load", turtle, "--store", store)
    nq = run("export", "--store", store)
    assert nq.exit_code == 0
    parsed = list(ox.parse(nq.stdout_bytes, format=ox.RdfFormat.N_QUADS))
    assert any(q.object == ox.Literal("hello") for q in parsed)
    out = tmp_path / "dump.trig.gz"
    assert run("export", "--store", store, "--format", "trig", "--out", out).exit_code == 0
    trig = list(ox.parse(gzip.decompress(out.read_bytes()), format=ox.RdfFormat.TRIG))
    assert len(trig) == len(parsed)
    wrong = run("export", "--store", store, "--format", "turtle")
    assert wrong.exit_code == 2 and "nquads or trig" in wrong.output


def test_validate_store_and_file(store, tmp_path):
    assert run("demo", "--no-serve", "--store", store).exit_code == 0
    ok = run("validate", "--store", store)
    assert ok.exit_code == 0 and "conforms" in ok.output
    broken = tmp_path / "broken.ttl"
    broken.write_text("""@prefix pg: <https://w3id.org/partygraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<council/X> a pg:Council ; rdfs:label "Nowhere" ; pg:gssCode "12345" .
""")
    bad = run("validate", "--file", broken)
    assert bad.exit_code == 1
    assert "a council has exactly one GSS code like E09000014" in bad.output and "Nowhere" in bad.output
    assert "1 violation(s)" in bad.output
    assert run("validate", "--file", tmp_path / "none.ttl").exit_code == 1


def test_stats(store, turtle):
    run("load", turtle, "--store", store)
    result = run("stats", "--store", store)
    assert result.exit_code == 0
    assert "from 1 sources" in result.output and "things.ttl" in result.output


def test_demo_loads_the_sample_data_once(store):
    first = run("demo", "--no-serve", "--store", store)
    assert first.exit_code == 0 and "loaded parties.ttl" in first.output
    second = run("demo", "--no-serve", "--store", store)
    assert "unchanged parties.ttl" in second.output
    answer = run("query", "SELECT ?l { <https://w3id.org/partygraph/id/party/labour> "
                 "<http://www.w3.org/2000/01/rdf-schema#label> ?l }", "--store", store, "--format", "csv")
    assert "Labour Party" in answer.output


def test_store_option_comes_from_the_environment(store, turtle, monkeypatch):
    monkeypatch.setenv("PARTYGRAPH_STORE", str(store))
    assert run("load", turtle).exit_code == 0
    assert store.is_dir()


def test_every_command_has_help():
    for command in ("load", "query", "update", "export", "validate", "stats", "serve", "demo"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "--store" in result.output, command


# ---------------------------------------------------------------- real processes


def test_a_locked_store_is_a_one_line_error(store, turtle):
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from partygraph.graph.store import open_store; "
        f"s = open_store({str(store)!r}); print('open', flush=True); time.sleep(30)")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        result = subprocess.run([CLI, "load", str(turtle), "--store", str(store)], capture_output=True, text=True)
        assert result.returncode == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "in use by another process" in lines[0]
    finally:
        holder.kill()
        holder.wait()


def test_an_unusable_store_folder_is_a_one_line_error(tmp_path, turtle):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = subprocess.run([CLI, "load", str(turtle), "--store", str(blocker / "store")],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "cannot create store folder" in result.stderr


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_answers_sparql(store, turtle):
    assert run("load", turtle, "--store", store).exit_code == 0
    port = free_port()
    server = subprocess.Popen([CLI, "serve", "--store", str(store), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/sparql",
                                     params={"query": f"SELECT ?v {{ <{EX}a> <{EX}says> ?v }}"},
                                     headers={"Accept": "application/sparql-results+json"}, timeout=5)
                break
            except httpx.TransportError:
                if time.time() > deadline:
                    raise
                time.sleep(0.2)
        assert response.status_code == 200
        assert response.json()["results"]["bindings"][0]["v"]["value"] == "hello"
    finally:
        server.terminate()
        server.wait(timeout=30)
