"""Real SPARQL clients against a real server: ``partygraph serve`` in a subprocess on loopback, over a
store on disk holding the bundled sample data. SPARQLWrapper in every return format by GET and POST
(form and direct), rdflib's SPARQLStore for reading and SPARQLUpdateStore for writing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from xml.dom.minidom import Document

import pytest
from live_server import process_server
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore
from SPARQLWrapper import (
    CSV,
    GET,
    JSON,
    JSONLD,
    N3,
    POST,
    POSTDIRECTLY,
    RDFXML,
    TSV,
    TURTLE,
    URLENCODED,
    XML,
    SPARQLWrapper,
)
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, Unauthorized

from partygraph import loaders
from partygraph.data import sample_files
from partygraph.graph.store import open_store

TOKEN = "client-test-token"
LABOUR = "https://w3id.org/partygraph/id/party/labour"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SELECT = f"SELECT ?p ?o WHERE {{ <{LABOUR}> ?p ?o }} ORDER BY ?p ?o"
ASK = f"ASK {{ <{LABOUR}> <{LABEL}> ?label }}"
CONSTRUCT = f"CONSTRUCT {{ <{LABOUR}> ?p ?o }} WHERE {{ <{LABOUR}> ?p ?o }}"
DESCRIBE = f"DESCRIBE <{LABOUR}>"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("served") / "store"
    store = open_store(folder)
    loaders.ingest(store, sample_files())
    store.close()
    with process_server(folder, {"PARTYGRAPH_UPDATE_TOKEN": TOKEN, "PARTYGRAPH_QUERY_TIMEOUT": "20"}) as url:
        yield url


@pytest.fixture(scope="module")
def labour_facts(server: str) -> set[tuple[str, str]]:
    """What the server holds about the Labour Party, read once with SPARQLWrapper's JSON."""
    client = SPARQLWrapper(f"{server}/sparql", returnFormat=JSON)
    client.setQuery(SELECT)
    bindings = client.queryAndConvert()["results"]["bindings"]  # type: ignore[index]
    facts = {(b["p"]["value"], b["o"]["value"]) for b in bindings}
    assert (LABEL, "Labour Party") in facts
    return facts


def wrapper(server: str, fmt: str, method: str, request_method: str = URLENCODED) -> SPARQLWrapper:
    client = SPARQLWrapper(f"{server}/sparql")
    client.setReturnFormat(fmt)
    client.setMethod(method)
    client.setRequestMethod(request_method)
    return client


METHODS = [(GET, URLENCODED), (POST, URLENCODED), (POST, POSTDIRECTLY)]


@pytest.mark.parametrize(("method", "request_method"), METHODS)
@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_select(server: str, labour_facts: set[tuple[str, str]], fmt: str, method: str,
                              request_method: str) -> None:
    client = wrapper(server, fmt, method, request_method)
    client.setQuery(SELECT)
    converted = client.queryAndConvert()
    if fmt == JSON:
        rows = {(b["p"]["value"], b["o"]["value"]) for b in converted["results"]["bindings"]}  # type: ignore[index]
    elif fmt == XML:
        assert isinstance(converted, Document)
        rows = set()
        for result in converted.getElementsByTagName("result"):
            values = {b.getAttribute("name"): b.firstChild.firstChild.nodeValue  # type: ignore[union-attr]
                      for b in result.getElementsByTagName("binding")}
            rows.add((values["p"], values["o"]))
    else:
        separator = "," if fmt == CSV else "\t"
        lines = converted.decode("utf-8").strip().splitlines()  # type: ignore[union-attr]
        assert lines[0].replace("?", "") == f"p{separator}o"
        rows = {tuple(_unquote(v, fmt) for v in line.split(separator, 1)) for line in lines[1:]}  # type: ignore[misc]
    assert rows == labour_facts


def _unquote(value: str, fmt: str) -> str:
    """A CSV value is the plain string; a TSV value is a term (``<iri>`` or ``"literal"``)."""
    if fmt == CSV:
        return value.strip('"')
    if value.startswith("<"):
        return value[1:-1]
    return value[1:value.rindex('"')] if value.startswith('"') else value


@pytest.mark.parametrize(("method", "request_method"), METHODS)
@pytest.mark.parametrize("fmt", [JSON, XML])
def test_sparqlwrapper_ask(server: str, fmt: str, method: str, request_method: str) -> None:
    client = wrapper(server, fmt, method, request_method)
    client.setQuery(ASK)
    converted = client.queryAndConvert()
    if fmt == JSON:
        assert converted["boolean"] is True  # type: ignore[index]
    else:
        assert converted.getElementsByTagName("boolean")[0].firstChild.nodeValue == "true"  # type: ignore[union-attr]


@pytest.mark.parametrize(("method", "request_method"), METHODS)
@pytest.mark.parametrize("fmt", [TURTLE, N3, RDFXML, XML, JSONLD, JSON])
@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE])
@pytest.mark.filterwarnings("ignore::RuntimeWarning", "ignore::DeprecationWarning")
def test_sparqlwrapper_graphs(server: str, labour_facts: set[tuple[str, str]], query: str, fmt: str, method: str,
                              request_method: str) -> None:
    client = wrapper(server, fmt, method, request_method)
    client.setQuery(query)
    response = client.query()
    content_type = response.info()["content-type"].split(";")[0]
    converted = response.convert()
    if fmt == JSON:  # SPARQLWrapper sends Accept: */* (and format=json, ignored): the default, Turtle
        assert content_type == "text/turtle"
        graph = Graph().parse(data=converted, format="turtle")
    elif isinstance(converted, Graph):
        graph = converted
    else:
        graph = Graph().parse(data=converted, format={"text/turtle": "turtle", "application/n-triples": "nt"}[content_type])
    facts = {(str(p), str(o)) for s, p, o in graph if str(s) == LABOUR}
    assert facts >= labour_facts if query == DESCRIBE else facts == labour_facts


def test_sparqlwrapper_reports_a_bad_query(server: str) -> None:
    client = wrapper(server, JSON, GET)
    client.setQuery("SELECT ?x WHERE { ?x ")
    with pytest.raises(QueryBadFormed, match="malformed query: error at 1:"):
        client.query()


def test_sparqlwrapper_updates_with_the_token(server: str) -> None:
    client = SPARQLWrapper(f"{server}/sparql")
    client.setMethod(POST)
    client.setQuery('INSERT DATA { GRAPH <http://example.org/wrapper> { <http://example.org/w> <http://example.org/p> "via SPARQLWrapper" } }')
    with pytest.raises(Unauthorized):
        client.query()
    client.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
    assert client.query().response.status == 204
    check = SPARQLWrapper(f"{server}/sparql", returnFormat=JSON)
    check.setQuery('ASK { <http://example.org/w> <http://example.org/p> "via SPARQLWrapper" }')
    assert check.queryAndConvert()["boolean"] is True  # type: ignore[index]


@pytest.mark.parametrize("return_format", ["xml", "json"])
@pytest.mark.parametrize("method", ["GET", "POST", "POST_FORM"])
def test_rdflib_sparqlstore_reads(server: str, labour_facts: set[tuple[str, str]], return_format: str,
                                  method: str) -> None:
    store = SPARQLStore(f"{server}/sparql", returnFormat=return_format, method=method)
    graph = Graph(store=store)
    rows = {(str(p), str(o)) for p, o in graph.query(SELECT)}  # type: ignore[misc]
    assert rows == labour_facts
    assert {(str(p), str(o)) for _, p, o in graph.triples((URIRef(LABOUR), None, None))} == labour_facts
    assert bool(graph.query(ASK)) is True
    assert Literal("Labour Party") in set(graph.objects(URIRef(LABOUR), URIRef(LABEL)))
    store.close()


def test_rdflib_sparqlupdatestore_writes(server: str) -> None:
    endpoint = f"{server}/sparql"
    named = URIRef("http://example.org/updatestore")
    subject, predicate = URIRef("http://example.org/thing"), URIRef("http://example.org/says")

    refused = SPARQLUpdateStore(endpoint, endpoint, headers={"Authorization": "Bearer wrong"})
    with pytest.raises(Exception, match="403"):
        Graph(store=refused, identifier=named).add((subject, predicate, Literal("nope")))

    store = SPARQLUpdateStore(endpoint, endpoint, headers={"Authorization": f"Bearer {TOKEN}"})
    graph = Graph(store=store, identifier=named)
    graph.add((subject, predicate, Literal("hello")))
    graph.add((subject, predicate, Literal("world", lang="en")))
    assert set(graph.objects(subject, predicate)) == {Literal("hello"), Literal("world", lang="en")}
    graph.remove((subject, predicate, Literal("hello")))
    assert set(graph.objects(subject, predicate)) == {Literal("world", lang="en")}
    assert len(graph) == 1
    reader = Graph(store=SPARQLStore(endpoint))
    assert set(reader.objects(subject, predicate)) == {Literal("world", lang="en")}  # seen in the union too
    store.close()


def test_the_server_survives_a_client_that_leaves(server: str) -> None:
    """A client that closes its connection mid-request leaves the server answering others."""
    import socket

    host, port = server.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as raw:
        raw.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                    b"Content-Length: 1000\r\n\r\nSELECT")
    client = SPARQLWrapper(f"{server}/sparql", returnFormat=JSON)
    client.setQuery(ASK)
    assert client.queryAndConvert()["boolean"] is True  # type: ignore[index]


def test_access_log_is_written(server: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    log = next(Path(tmp_path_factory.getbasetemp()).glob("served*/serve.log"))
    entries = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    requests = [e for e in entries if e.get("path") == "/sparql"]
    assert requests and all({"request_id", "status", "ms", "client"} <= e.keys() for e in requests)
    assert any(e["status"] == 204 and e["sparql"]["operation"] == "update" for e in requests)

