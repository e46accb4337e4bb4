"""Linked data: minted IRIs dereference at /id/... (HTML or RDF by Accept, 404, 406), /dump streams
every quad as gzip-compressed N-Quads, and /.well-known/void describes the dataset."""

from __future__ import annotations

import socket
import threading
import time
import tracemalloc
import zlib

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from fastapi.testclient import TestClient
from http_live import live_server
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, VOID

from partygraph import loaders
from partygraph.api.app import create_app
from partygraph.data import sample_files
from partygraph.graph.store import open_store
from partygraph.ontology import uris
from partygraph.ontology.namespaces import PG

BROWSER = {"accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
HARINGEY = str(uris.council("E09000014"))


@pytest.fixture
def client(sample_store):
    return TestClient(create_app(sample_store))


def outgoing(store, iri: str) -> set[tuple]:
    return {(rdflib.URIRef(iri), rdflib.URIRef(r["p"].value), _rdflib(r["o"]))
            for r in store.query(f"SELECT DISTINCT ?p ?o WHERE {{ <{iri}> ?p ?o }}")}


def _rdflib(term):
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    if term.datatype.value == str(rdflib.XSD.string):
        return rdflib.Literal(term.value)  # rdflib keeps plain and xsd:string literals apart
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


# ---------------------------------------------------------------------- /id/...

def test_rdf_by_accept_holds_every_statement_about_the_iri(client, sample_store):
    expected = outgoing(sample_store, HARINGEY)
    for media, fmt in [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                       ("application/n-triples", "nt"), ("application/rdf+xml", "xml")]:
        response = client.get("/id/council/E09000014", headers={"accept": media})
        assert response.status_code == 200, media
        assert response.headers["content-type"].split(";")[0] == media
        assert response.headers["vary"] == "Accept"
        graph = rdflib.Graph().parse(data=response.text, format=fmt)
        assert expected <= set(graph), media
        # What points at the council comes too: its Labour group sits on it.
        assert (rdflib.URIRef(str(uris.council_group("labour", "E09000014"))), rdflib.URIRef(str(PG.groupOn)),
                rdflib.URIRef(HARINGEY)) in graph


@pytest.mark.parametrize(("accept", "expected"), [
    ("", "text/turtle"),
    ("*/*", "text/turtle"),
    ("application/ld+json;q=0.5, text/turtle;q=0.9", "text/turtle"),
    ("text/turtle;q=0, application/n-triples", "application/n-triples"),
    ("application/*;q=0.2, text/html;q=0.1", "application/ld+json"),
    (BROWSER["accept"], "text/html"),
])
def test_q_values_decide_the_format(client, accept, expected):
    response = client.get("/id/party/labour", headers={"accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == expected


def test_nothing_acceptable_is_406_and_unknown_is_404(client):
    refused = client.get("/id/party/labour", headers={"accept": "image/png, application/pdf"})
    assert refused.status_code == 406 and "text/turtle" in refused.text
    assert client.get("/id/party/no-such-party").status_code == 404
    page = client.get("/id/party/no-such-party", headers=BROWSER)
    assert page.status_code == 404 and "nothing is known about" in page.text
    assert client.get("/id/").status_code == 404
    head = client.head("/id/party/labour", headers={"accept": "application/ld+json"})
    assert head.status_code == 200 and head.headers["content-type"] == "application/ld+json" and not head.content
    assert client.get("/id/council/E09000014%20x").status_code == 404


def test_the_html_page_shows_label_types_links_incoming_and_sources(client):
    response = client.get("/id/council/E09000014", headers=BROWSER)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    html = response.text
    assert "<h1>Haringey London Borough Council</h1>" in html
    assert 'title="https://w3id.org/partygraph/ontology#Council"' in html  # its type, by label
    # owl:sameAs links out, to Wikidata and the ONS
    assert 'href="http://www.wikidata.org/entity/Q213560"' in html
    assert 'href="http://statistics.data.gov.uk/id/statistical-geography/E09000014"' in html
    # what links here: the Labour group, linked on this server
    assert 'href="http://testserver/id/body/labour/group/E09000014"' in html and "Haringey Labour group" in html
    assert "labour-haringey-2018.ttl" in html  # the source the facts were loaded from
    assert 'href="http://testserver/explore/councils/' in html  # who governs it
    assert "<script" not in html.split("</header>")[1]  # a plain page


def test_labels_are_escaped_in_html(memory_store):
    iri = str(uris.person("mallory"))
    memory_store.update(f'INSERT DATA {{ GRAPH <urn:g> {{ <{iri}> <http://www.w3.org/2000/01/rdf-schema#label> '
                        f'"<script>alert(1)</script>" }} }}')
    html = TestClient(create_app(memory_store)).get("/id/person/mallory", headers=BROWSER).text
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_base_iri_moves_with_partygraph_base(monkeypatch):
    monkeypatch.setenv("PARTYGRAPH_BASE", "http://data.example.org/pg/")
    store = open_store(None)
    loaders.ingest(store, sample_files())
    client = TestClient(create_app(store))
    response = client.get("/id/council/E09000014", headers={"accept": "application/n-triples"})
    assert response.status_code == 200
    assert "<http://data.example.org/pg/id/council/E09000014>" in response.text
    assert "https://w3id.org/partygraph/id/" not in response.text
    html = client.get("/id/council/E09000014", headers=BROWSER).text
    assert 'href="http://testserver/id/body/labour/group/E09000014"' in html
    store.close()


def test_many_incoming_links_are_capped_and_paged_by_fragments(memory_store):
    target = str(uris.party("big"))
    memory_store.update(
        "INSERT { GRAPH <urn:g> { ?m <https://w3id.org/partygraph/ontology#onBehalfOf> <" + target + "> } } "
        "WHERE { VALUES ?a { 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 } VALUES ?b { 0 1 2 3 4 5 6 7 8 9 } "
        "BIND (IRI(CONCAT('urn:m:', STR(?a), ':', STR(?b))) AS ?m) }")
    memory_store.update(f'INSERT DATA {{ GRAPH <urn:g> {{ <{target}> <{RDFS.label}> "Big" }} }}')
    client = TestClient(create_app(memory_store))
    html = client.get("/id/party/big", headers=BROWSER).text
    assert "Referenced by (150)" in html
    assert html.count('href="urn:m:') == 150
    from partygraph.api import linked_data
    monkeypatched = linked_data.INCOMING
    try:
        linked_data.INCOMING = 100
        graph = rdflib.Graph().parse(data=client.get("/id/party/big").text, format="turtle")
        assert len(list(graph.subjects(rdflib.URIRef(str(PG.onBehalfOf)), rdflib.URIRef(target)))) == 100
    finally:
        linked_data.INCOMING = monkeypatched


# ---------------------------------------------------------------------- /dump

def all_quads(store) -> set[ox.Quad]:
    return {ox.Quad(r["s"], r["p"], r["o"], r["g"])
            for r in store.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}


def test_dump_is_every_quad_as_gzip_n_quads(client, sample_store):
    response = client.get("/dump")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/n-quads")
    assert response.headers["content-encoding"] == "gzip"
    # httpx has already undone the content coding; the quads are those of the store, graphs and all
    quads = set(ox.parse(response.content, format=ox.RdfFormat.N_QUADS))
    assert quads == all_quads(sample_store)
    assert any(q.graph_name.value == str(uris.provenance_graph()) for q in quads)


def big_store():
    """216,000 quads whose literals are hashes, so the dump stays big once compressed (about 23 MB
    of N-Quads, 9 MB gzipped: far more than the dump's queue holds)."""
    store = open_store(None)
    numbers = " ".join(str(i) for i in range(60))
    store.update(
        "INSERT { GRAPH <urn:big> { ?s <urn:p> ?o } } WHERE { "
        f"VALUES ?a {{ {numbers} }} VALUES ?b {{ {numbers} }} VALUES ?c {{ {numbers} }} "
        "BIND (IRI(CONCAT('urn:s:', STR(?a), ':', STR(?b), ':', STR(?c))) AS ?s) "
        "BIND (SHA256(CONCAT(STR(?a), '/', STR(?b), '/', STR(?c))) AS ?o) }")
    return store


@pytest.mark.slow
def test_dump_streams_with_flat_memory_over_a_real_server():
    store = big_store()
    try:
        with live_server(create_app(store)) as base:
            tracemalloc.start()
            unpack, size, lines, chunks = zlib.decompressobj(wbits=31), 0, 0, 0
            with httpx.Client() as http, http.stream("GET", base + "dump") as response:
                assert response.status_code == 200
                assert "content-length" not in response.headers  # chunked: not built before sending
                for chunk in response.iter_raw():
                    text = unpack.decompress(chunk)
                    size, lines, chunks = size + len(text), lines + text.count(b"\n"), chunks + 1
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        assert unpack.eof and lines == 216_000 and chunks > 10
        # Everything Python held at once (queued chunks, buffers) stays far below the dump's size.
        assert peak < size / 5, (peak, size)
    finally:
        store.close()


@pytest.mark.slow
def test_a_client_that_goes_away_stops_the_dump():
    store = big_store()

    def dumping() -> bool:
        return any(t.name == "partygraph-dump" for t in threading.enumerate())

    try:
        with live_server(create_app(store)) as base:
            host, port = base.split("//")[1].rstrip("/").split(":")
            # A client with a small receive window, so the socket buffers cannot swallow the 9 MB dump.
            with socket.socket() as client:
                client.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8192)
                client.connect((host, int(port)))
                client.sendall(b"GET /dump HTTP/1.1\r\nHost: test\r\n\r\n")
                assert client.recv(4096).startswith(b"HTTP/1.1 200")  # one read, then stop reading...
                time.sleep(1.0)
                assert dumping()  # ...so the dump waits on its full queue
            # ...and hang up
            deadline = time.monotonic() + 10
            while dumping():
                assert time.monotonic() < deadline, "the dump thread kept running"
                time.sleep(0.05)
    finally:
        store.close()


# ---------------------------------------------------------------------- /.well-known/void

def test_void_describes_the_dataset_and_its_sources(client, sample_store):
    response = client.get("/.well-known/void")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=response.text, format="turtle")
    dataset = rdflib.URIRef("http://testserver/.well-known/void#dataset")
    assert (dataset, RDF.type, VOID.Dataset) in graph
    assert graph.value(dataset, VOID.triples).toPython() == len(all_quads(sample_store))
    assert graph.value(dataset, VOID.sparqlEndpoint) == rdflib.URIRef("http://testserver/sparql")
    assert graph.value(dataset, VOID.dataDump) == rdflib.URIRef("http://testserver/dump")
    assert str(graph.value(dataset, VOID.uriSpace)) == f"{uris.base()}id/"
    assert graph.value(dataset, DCTERMS.license) is not None
    vocabularies = {str(v) for v in graph.objects(dataset, VOID.vocabulary)}
    assert {"http://www.w3.org/ns/org#", "http://xmlns.com/foaf/0.1/", "http://schema.org/",
            "https://w3id.org/partygraph/ontology#", str(OWL)} <= vocabularies
    subsets = {s: graph.value(s, DCTERMS.title).toPython() for s in graph.objects(dataset, VOID.subset)}
    loaded = {src.graph: src for src in sample_store.sources()}
    assert {str(s) for s in subsets} == set(loaded)
    for subset in subsets:
        assert graph.value(subset, VOID.triples).toPython() == loaded[str(subset)].triples
        assert subsets[subset] == loaded[str(subset)].title
    councils = [p for p in graph.objects(dataset, VOID.classPartition)
                if graph.value(p, VOID["class"]) == rdflib.URIRef(str(PG.Council))]
    expected = sample_store.query("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a <%s> }" % PG.Council)
    assert len(councils) == 1
    assert graph.value(councils[0], VOID.entities).toPython() == int(next(iter(expected))["n"].value) > 0
    assert graph.value(dataset, rdflib.URIRef("http://www.w3.org/ns/hydra/core#search")) is not None
    labels = set(graph.objects(None, RDFS.label))
    assert not labels  # VoID metadata only, no data


def test_void_formats_and_refusal(client):
    jsonld = client.get("/.well-known/void", headers={"accept": "application/ld+json"})
    assert jsonld.status_code == 200
    assert len(rdflib.Graph().parse(data=jsonld.text, format="json-ld")) > 20
    assert client.get("/.well-known/void", headers={"accept": "text/csv"}).status_code == 406
