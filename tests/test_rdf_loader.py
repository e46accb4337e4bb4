"""The RDF loader and the registry: every RDF syntax, format detection, relative IRIs, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from partygraph import loaders
from partygraph.loaders import rdf
from partygraph.loaders.base import LoadContext, SourceError
from partygraph.ontology import uris

EX = "http://example.org/"

SAMPLES = {
    "data.ttl": f"@prefix ex: <{EX}> . ex:a ex:says 'hi' .",
    "data.nt": f"<{EX}a> <{EX}says> \"hi\" .\n",
    "data.nq": f"<{EX}a> <{EX}says> \"hi\" <{EX}g1> .\n<{EX}b> <{EX}says> \"there\" <{EX}g2> .\n",
    "data.trig": f"@prefix ex: <{EX}> . ex:g1 {{ ex:a ex:says 'hi' }} ex:g2 {{ ex:b ex:says 'there' }}",
    "data.jsonld": '{"@id": "http://example.org/a", "http://example.org/says": "hi"}',
    "data.rdf": ('<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                 'xmlns:ex="http://example.org/"><rdf:Description rdf:about="http://example.org/a">'
                 '<ex:says>hi</ex:says></rdf:Description></rdf:RDF>'),
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_rdf_syntax_loads_into_one_source_graph(memory_store, tmp_path, name):
    path = tmp_path / name
    path.write_text(SAMPLES[name])
    [(item, result)] = loaders.ingest(memory_store, [path])
    assert item.record.loader == "rdf"
    values = {r["v"].value for r in memory_store.query(
        f"SELECT ?v WHERE {{ GRAPH <{result.graph}> {{ ?s <{EX}says> ?v }} }}")}
    assert "hi" in values
    if name in ("data.nq", "data.trig"):
        assert values == {"hi", "there"}  # a dataset file becomes one source graph


def test_format_is_sniffed_when_the_name_does_not_say(tmp_path):
    path = tmp_path / "data.txt"
    path.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n")
    assert loaders.pick(path) is rdf


def test_relative_iris_resolve_against_the_data_base(memory_store, tmp_path):
    path = tmp_path / "rel.ttl"
    path.write_text("<party/labour> <http://www.w3.org/2000/01/rdf-schema#label> 'Labour' .")
    loaders.ingest(memory_store, [path])
    assert memory_store.query(f"ASK {{ <{uris.party('labour')}> ?p ?o }}").boolean


def test_syntax_errors_name_file_line_and_column(tmp_path):
    path = tmp_path / "broken.ttl"
    path.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b .\n")
    with pytest.raises(SourceError) as caught:
        rdf.load(path, LoadContext())
    assert str(caught.value).startswith(f"{path}:3:")


def test_explicit_format_wins_and_unknown_format_is_refused(tmp_path):
    path = tmp_path / "data.bin"
    path.write_text(f"<{EX}a> <{EX}b> <{EX}c> .\n")
    loaded = rdf.load(path, LoadContext(options={"format": "ntriples"}))
    assert loaded.content.format.name == "ntriples"
    with pytest.raises(SourceError, match="unknown format"):
        rdf.load(path, LoadContext(options={"format": "excel"}))


def test_the_registry_refuses_what_no_loader_knows(tmp_path: Path):
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(SourceError, match="unknown format"):
        loaders.pick(path)
    with pytest.raises(SourceError, match="is a folder"):
        loaders.pick(tmp_path)
    with pytest.raises(SourceError, match="no loader called"):
        loaders.by_name("excel")


def test_the_same_file_twice_in_a_batch_is_refused(memory_store, tmp_path):
    path = tmp_path / "data.ttl"
    path.write_text(SAMPLES["data.ttl"])
    with pytest.raises(SourceError, match="same source"):
        loaders.ingest(memory_store, [path, path])
    assert memory_store.sources() == []
