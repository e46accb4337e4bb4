"""The SPARQL endpoint's routes and their failures, over the bundled sample data, in process.

(Real clients over a socket: test_http_clients.py; security and limits: test_http_security.py; the
W3C suites: test_w3c_protocol.py and test_w3c_query.py.)
"""

from __future__ import annotations

import json
import logging

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from partygraph.api.app import create_app
from partygraph.api.settings import Settings
from partygraph.graph import queries
from partygraph.graph.store import OxigraphStore

TOKEN = "test-token-1234"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
CONSTRUCT = "CONSTRUCT { ?s a ?type } WHERE { ?s a ?type } ORDER BY ?s LIMIT 20"


def settings(**changes: object) -> Settings:
    values: dict[str, object] = {"update_token": TOKEN, "query_timeout": 30, "max_rows": 100_000,
                                 "cors_origins": (), "service_hosts": ()}
    values.update(changes)
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture
def client(sample_store: OxigraphStore):
    with TestClient(create_app(sample_store, settings())) as c:
        yield c


def results(response) -> ox.QuerySolutions | ox.QueryBoolean:  # type: ignore[no-untyped-def]
    fmt = ox.QueryResultsFormat.from_media_type(response.headers["content-type"].split(";")[0])
    assert fmt is not None, response.headers["content-type"]
    return ox.parse_query_results(response.content, format=fmt)


def count(response) -> int:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.text
    return int(next(iter(results(response)))["n"].value)  # type: ignore[index]


def triples(response) -> set[ox.Triple]:  # type: ignore[no-untyped-def]
    fmt = ox.RdfFormat.from_media_type(response.headers["content-type"].split(";")[0])
    assert fmt is not None, response.headers["content-type"]
    return {q.triple for q in ox.parse(response.content, format=fmt)}


def graphs(store: OxigraphStore) -> list[str]:
    return [s.graph for s in store.sources()]


# ------------------------------------------------------------------ queries and formats


def test_get_select_answers_sparql_json_by_default(client: TestClient, sample_store: OxigraphStore) -> None:
    response = client.get("/sparql", params={"query": COUNT})
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    assert response.headers["vary"] == "Accept"
    assert count(response) == len(list(sample_store.query(
        "SELECT * WHERE { ?s ?p ?o }")))  # the default graph is the union of every source


@pytest.mark.parametrize(("accept", "media_type"), [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/json", "application/json"),
    ("text/xml", "text/xml"),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ("text/*", "text/csv"),
    ("*/*", "application/sparql-results+json"),
    ("application/sparql-results+json;q=0, */*;q=0.1", "application/sparql-results+xml"),
    ("image/png, text/tab-separated-values;q=0.2", "text/tab-separated-values"),
])
def test_select_negotiates_every_results_format(client: TestClient, accept: str, media_type: str) -> None:
    query = "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?s LIMIT 5"
    response = client.get("/sparql", params={"query": query}, headers={"accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == media_type
    if media_type in ("text/csv", "text/tab-separated-values"):
        lines = response.text.strip().splitlines()
        assert lines[0].replace("?", "").replace("\t", ",") == "s,label" and len(lines) == 6
    else:
        rows = list(results(response))  # type: ignore[arg-type]
        assert len(rows) == 5 and all(r["label"] is not None for r in rows)


@pytest.mark.parametrize("accept", ["text/turtle", "application/n-triples", "application/ld+json",
                                    "application/rdf+xml", "application/n-quads", "application/trig"])
def test_construct_negotiates_every_rdf_format(client: TestClient, accept: str) -> None:
    expected = triples(client.get("/sparql", params={"query": CONSTRUCT}, headers={"accept": "application/n-triples"}))
    response = client.get("/sparql", params={"query": CONSTRUCT}, headers={"accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == accept
    assert triples(response) == expected and len(expected) == 20


def test_construct_and_describe_default_to_turtle(client: TestClient) -> None:
    for query in (CONSTRUCT, "DESCRIBE <https://w3id.org/partygraph/id/party/labour>"):
        response = client.get("/sparql", params={"query": query})
        assert response.headers["content-type"].startswith("text/turtle")
        assert triples(response)


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "application/sparql-results+xml"])
def test_ask_answers_a_boolean(client: TestClient, accept: str) -> None:
    yes = client.get("/sparql", params={"query": "ASK { ?s a ?type }"}, headers={"accept": accept})
    no = client.get("/sparql", params={"query": "ASK { ?s a <http://example.org/Nothing> }"},
                    headers={"accept": accept})
    assert bool(results(yes)) is True and bool(results(no)) is False


def test_post_form_and_post_direct_answer_like_get(client: TestClient) -> None:
    by_get = count(client.get("/sparql", params={"query": COUNT}))
    by_form = count(client.post("/sparql", data={"query": COUNT}))
    by_direct = count(client.post("/sparql", content=COUNT.encode(),
                                  headers={"content-type": "application/sparql-query; charset=utf-8"}))
    assert by_get == by_form == by_direct > 0


def test_unknown_parameters_are_ignored(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": COUNT, "format": "xml", "output": "csv", "timeout": "1"},
                          headers={"accept": "application/sparql-results+json"})
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    assert count(response) > 0


def test_results_are_streamed_when_large(sample_store: OxigraphStore) -> None:
    with TestClient(create_app(sample_store, settings(max_rows=0))) as client:
        response = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"},
                              headers={"accept": "text/tab-separated-values"})
        small = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 3"})
    assert response.status_code == 200
    assert len(response.content) > 64 * 1024
    assert "content-length" not in response.headers  # sent in chunks as the engine wrote them
    assert len(response.text.strip().splitlines()) == 1 + len(list(sample_store.query("SELECT * { ?s ?p ?o }")))
    assert int(small.headers["content-length"]) == len(small.content)


# ------------------------------------------------------------------ datasets


def test_default_graph_uri_makes_the_default_graph(client: TestClient, sample_store: OxigraphStore) -> None:
    first, second = graphs(sample_store)[:2]
    one = count(client.get("/sparql", params={"query": COUNT, "default-graph-uri": first}))
    both = count(client.get("/sparql", params=[("query", COUNT), ("default-graph-uri", first),
                                               ("default-graph-uri", second)]))
    everything = count(client.get("/sparql", params={"query": COUNT}))
    assert 0 < one < both <= everything
    assert one == sample_store.sources()[0].triples


def test_named_graph_uri_limits_graph_patterns(client: TestClient, sample_store: OxigraphStore) -> None:
    first = graphs(sample_store)[0]
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    response = client.post("/sparql", data={"query": query, "named-graph-uri": first})
    assert [r["g"].value for r in results(response)] == [first]  # type: ignore[index]
    # only named graphs given: the default graph is empty
    assert count(client.post("/sparql", data={"query": COUNT, "named-graph-uri": first})) == 0


def test_from_in_the_query_is_respected(client: TestClient, sample_store: OxigraphStore) -> None:
    source = sample_store.sources()[0]
    query = f"SELECT (COUNT(*) AS ?n) FROM <{source.graph}> WHERE {{ ?s ?p ?o }}"
    assert count(client.get("/sparql", params={"query": query})) == source.triples


def test_a_bad_graph_iri_is_refused(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": COUNT, "default-graph-uri": "not an iri"})
    assert response.status_code == 400 and "default-graph-uri" in response.text


# ------------------------------------------------------------------ the row cap


@pytest.fixture
def capped(sample_store: OxigraphStore):
    with TestClient(create_app(sample_store, settings(max_rows=5))) as c:
        yield c


def tsv_rows(response) -> list[str]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.text
    return response.text.strip().splitlines()[1:]


@pytest.mark.parametrize(("query", "rows"), [
    ("SELECT ?s WHERE { ?s ?p ?o }", 5),
    ("SELECT ?s WHERE { ?s ?p ?o } LIMIT 3", 3),
    ("SELECT ?s WHERE { ?s ?p ?o } LIMIT 50", 5),
    ("SELECT ?s WHERE { ?s ?p ?o } OFFSET 2", 5),
    ("SELECT ?s WHERE { ?s ?p ?o } VALUES ?p { <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> }", 5),
    ("SELECT ?s WHERE { ?s ?p ?o } LIMIT 50 VALUES ?p { <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> }", 5),
    ("SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 40 } } # LIMIT 100", 5),
])
def test_results_are_capped_at_max_rows(capped: TestClient, query: str, rows: int) -> None:
    response = capped.get("/sparql", params={"query": query}, headers={"accept": "text/tab-separated-values"})
    assert len(tsv_rows(response)) == rows


def test_the_cap_keeps_the_order(capped: TestClient, client: TestClient) -> None:
    query = "SELECT ?s WHERE { ?s a ?type } ORDER BY DESC(?s) LIMIT 30"
    top = tsv_rows(client.get("/sparql", params={"query": query.replace("30", "5")},
                              headers={"accept": "text/tab-separated-values"}))
    assert tsv_rows(capped.get("/sparql", params={"query": query},
                               headers={"accept": "text/tab-separated-values"})) == top


def test_a_query_the_cap_cannot_be_put_into_is_refused(capped: TestClient) -> None:
    response = capped.get("/sparql", params={"query": "SELECT ?s WHERE { ?s ?p ?o } LIMIT10000"})
    assert response.status_code == 400
    assert "at most 5 rows" in response.text and "LIMIT 5" in response.text


# ------------------------------------------------------------------ updates


def update(client: TestClient, text: str, params: dict | None = None, token: str | None = TOKEN):  # type: ignore[no-untyped-def]
    headers = {"content-type": "application/sparql-update"}
    if token:
        headers["authorization"] = f"Bearer {token}"
    return client.post("/sparql", params=params, content=text.encode(), headers=headers)


def ask(client: TestClient, query: str) -> bool:
    return bool(results(client.get("/sparql", params={"query": query})))


def test_update_by_post_direct_and_form(client: TestClient) -> None:
    assert update(client, 'INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/p> "x" } }').status_code == 204
    assert ask(client, 'ASK { <http://example.org/a> <http://example.org/p> "x" }')
    response = client.post("/sparql", data={"update": "CLEAR GRAPH <http://example.org/g>"},
                           headers={"authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 204
    assert not ask(client, 'ASK { <http://example.org/a> <http://example.org/p> "x" }')


def test_update_with_using_graph_uri(client: TestClient, sample_store: OxigraphStore) -> None:
    first = graphs(sample_store)[0]
    text = "INSERT { GRAPH <http://example.org/out> { ?s a <http://example.org/Seen> } } WHERE { ?s a ?type }"
    assert update(client, text, {"using-graph-uri": first}).status_code == 204
    seen = count(client.get("/sparql", params={"query": "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH <http://example.org/out> { ?s ?p ?o } }"}))
    in_first = count(client.get("/sparql", params={"query": "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?type }",
                                                   "default-graph-uri": first}))
    everywhere = count(client.get("/sparql", params={"query": "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?type }"}))
    assert seen == in_first < everywhere


def test_update_dataset_conflict_is_refused(client: TestClient) -> None:
    response = update(client, "WITH <http://example.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
                      {"using-named-graph-uri": "http://example.org/h"})
    assert response.status_code == 400 and "USING or WITH" in response.text


def test_update_base_is_the_endpoint(client: TestClient) -> None:
    assert update(client, "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/p> <relative> } }").status_code == 204
    response = client.get("/sparql", params={"query": "SELECT ?o WHERE { <http://example.org/a> <http://example.org/p> ?o }"})
    assert [r["o"].value for r in results(response)] == ["http://testserver/relative"]  # type: ignore[index]


# ------------------------------------------------------------------ failures


def test_malformed_query_names_the_position(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "SELECT * WHERE {\n  ?s ?p \n"})
    assert response.status_code == 400
    assert response.text.startswith("malformed query: error at 3:1")


def test_malformed_update_names_the_position(client: TestClient) -> None:
    response = update(client, "INSERT DATA { <http://e/a> <http://e/b> }")
    assert response.status_code == 400 and response.text.startswith("malformed update: error at 1:")


def test_evaluation_error_is_the_query_s(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "SELECT (<http://example.org/f>(1) AS ?x) WHERE {}"})
    assert response.status_code == 400
    assert "query evaluation failed" in response.text and "not supported" in response.text


@pytest.mark.parametrize(("request_args", "status", "words"), [
    ({"method": "GET", "params": {"update": "CLEAR ALL"}}, 400, "POST"),
    ({"method": "GET", "params": [("query", "ASK {}"), ("query", "ASK {}")]}, 400, "not 2"),
    ({"method": "GET", "params": {"query": "   "}}, 400, "empty"),
    ({"method": "POST", "data": {"query": "ASK {}", "update": "CLEAR ALL"}}, 400, "not both"),
    ({"method": "POST", "data": {"nothing": "here"}}, 400, "no query"),
    ({"method": "POST", "content": b"ASK {}", "headers": {"content-type": "text/plain"}}, 415, "text/plain"),
    ({"method": "POST", "content": b"ASK {}"}, 415, "no Content-Type"),
    ({"method": "POST", "content": "ASK {}".encode("utf-16"),
      "headers": {"content-type": "application/sparql-query; charset=UTF-16"}}, 415, "UTF-8"),
    ({"method": "POST", "content": b"ASK { \xff }", "headers": {"content-type": "application/sparql-query"}},
     400, "not valid UTF-8"),
    ({"method": "POST", "content": b"query=ASK%20%7B%FF%7D",
      "headers": {"content-type": "application/x-www-form-urlencoded"}}, 400, "UTF-8"),
    ({"method": "PUT", "params": {"query": "ASK {}"}}, 405, ""),
    ({"method": "DELETE"}, 405, ""),
])
def test_protocol_errors(client: TestClient, request_args: dict, status: int, words: str) -> None:
    response = client.request(url="/sparql", **request_args)
    assert response.status_code == status, response.text
    assert words in response.text


def test_nothing_acceptable_is_406(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": COUNT}, headers={"accept": "image/png"})
    assert response.status_code == 406 and response.headers["vary"] == "Accept"
    graph_only = client.get("/sparql", params={"query": CONSTRUCT}, headers={"accept": "text/csv"})
    assert graph_only.status_code == 406 and "graph result" in graph_only.text
    table_only = client.get("/sparql", params={"query": COUNT}, headers={"accept": "text/turtle"})
    assert table_only.status_code == 406


# ------------------------------------------------------------------ the service description and page


def test_service_description_for_machines(client: TestClient) -> None:
    response = client.get("/sparql")  # no Accept: Turtle
    assert response.headers["content-type"].startswith("text/turtle")
    described = triples(response)
    sd = "http://www.w3.org/ns/sparql-service-description#"
    service = ox.NamedNode("http://testserver/sparql")
    assert ox.Triple(service, ox.NamedNode(RDF_TYPE), ox.NamedNode(sd + "Service")) in described
    assert ox.Triple(service, ox.NamedNode(sd + "endpoint"), service) in described
    languages = {t.object.value for t in described if t.predicate.value == sd + "supportedLanguage"}
    assert languages == {sd + "SPARQL11Query", sd + "SPARQL11Update"}
    formats = {t.object.value.rsplit("/", 1)[1] for t in described if t.predicate.value == sd + "resultFormat"}
    assert {"SPARQL_Results_JSON", "SPARQL_Results_CSV", "Turtle", "JSON-LD", "TriG"} <= formats
    names = {t.object.value for t in described if t.predicate.value == sd + "name"}
    assert names and all(name.startswith("https://w3id.org/partygraph/id/graph/") for name in names)
    json_ld = client.get("/sparql", headers={"accept": "application/ld+json"})
    assert json_ld.status_code == 200 and json.loads(json_ld.text)


def test_read_only_service_description_says_query_only(sample_store: OxigraphStore) -> None:
    with TestClient(create_app(sample_store, settings(update_token=None))) as client:
        described = triples(client.get("/sparql", headers={"accept": "text/turtle"}))
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert {t.object.value for t in described if t.predicate.value == sd + "supportedLanguage"} == {sd + "SPARQL11Query"}


def test_query_page_for_browsers(client: TestClient) -> None:
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = client.get("/sparql", headers={"accept": browser})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    page = response.text
    assert '<form id="sparql-form" method="get" action="http://testserver/sparql">' in page
    examples = [q for q in queries.catalogue().values() if not q.is_update]
    assert examples and all(q.name in page for q in examples)
    assert not any(q.name in page for q in queries.catalogue().values() if q.is_update)


def test_access_log_is_one_json_line(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="partygraph.access"):
        response = client.get("/sparql", params={"query": COUNT}, headers={"x-request-id": "abc-123"})
    assert response.headers["x-request-id"] == "abc-123"
    entries = [json.loads(r.getMessage()) for r in caplog.records if r.name == "partygraph.access"]
    assert len(entries) == 1
    entry = entries[0]
    assert entry["request_id"] == "abc-123" and entry["status"] == 200 and entry["path"] == "/sparql"
    assert entry["sparql"] == {"operation": "query", "kind": "select", "outcome": "ok"}
    assert entry["bytes"] == len(response.content) and entry["ms"] >= 0
    assert "query" not in entry  # the text is not logged


def test_a_bad_request_id_is_replaced(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "ASK {}"}, headers={"x-request-id": "x" * 100})
    assert response.headers["x-request-id"] != "x" * 100 and len(response.headers["x-request-id"]) == 16


def test_url_decoding_keeps_every_character(client: TestClient) -> None:
    """GET parameters are %-decoded in C; escapes in the query text itself survive intact."""
    query = 'SELECT ("tab\\there \\\\x41 \\u00e9 %41 + ✓" AS ?x) WHERE {}'
    by_post = client.post("/sparql", content=query.encode(), headers={"content-type": "application/sparql-query"})
    by_get = client.get("/sparql", params={"query": query})
    value = by_post.json()["results"]["bindings"][0]["x"]["value"]
    assert value == "tab\there \\x41 é %41 + ✓"
    assert by_get.json() == by_post.json()
    plus = client.get("/sparql?query=ASK+%7B%7D&other=%zz")  # a stray % elsewhere: the slow, lenient path
    assert plus.status_code == 200 and plus.json()["boolean"] is True


def test_a_host_header_no_iri_can_hold_falls_back(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "SELECT (<relative> AS ?x) WHERE {}"},
                          headers={"host": "bad host>"})
    assert response.status_code == 200
    assert response.json()["results"]["bindings"][0]["x"]["value"] == "http://testserver:80/relative"
