"""Triple Pattern Fragments at /fragments, checked against the Hydra TPF specification: data,
metadata (void:triples, hydra:totalItems), the hydra:search control, paging, formats, status codes.

The central test is a hypermedia-driven client: it knows only the start URL, reads the IRI template
from the response (RFC 6570, expanded by the `uritemplate` library), follows hydra:next to the end,
and must get back exactly the distinct triples the store holds."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
import uritemplate
from fastapi.testclient import TestClient
from http_live import live_server

from partygraph.api.app import create_app
from partygraph.api.fragments import PAGE_SIZE
from partygraph.ontology import uris

HYDRA = "http://www.w3.org/ns/hydra/core#"
VOID = "http://rdfs.org/ns/void#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
FOAF_TOPIC = "http://xmlns.com/foaf/0.1/primaryTopic"
HARINGEY = str(uris.council("E09000014"))
TRIG = {"accept": "application/trig"}


@pytest.fixture
def client(sample_store):
    return TestClient(create_app(sample_store))


def split(body: bytes) -> tuple[set[ox.Triple], set[ox.Triple], set[str]]:
    """A TriG page as (data triples, metadata triples, names of the metadata graphs)."""
    data, meta, graphs = set(), set(), set()
    for q in ox.parse(body, format=ox.RdfFormat.TRIG):
        triple = ox.Triple(q.subject, q.predicate, q.object)
        if isinstance(q.graph_name, ox.DefaultGraph):
            data.add(triple)
        else:
            meta.add(triple)
            graphs.add(q.graph_name.value)
    return data, meta, graphs


def objects(triples: set[ox.Triple], subject: str, predicate: str) -> list:
    return [t.object for t in triples if t.subject == ox.NamedNode(subject) and t.predicate.value == predicate]


def store_triples(store, where: str = "?s ?p ?o") -> set[ox.Triple]:
    result = store.query(f"SELECT DISTINCT ?s ?p ?o WHERE {{ {where} }}")
    return {ox.Triple(r["s"], r["p"], r["o"]) for r in result}


def search_template(meta: set[ox.Triple]) -> str:
    searches = [t.object for t in meta if t.predicate.value == HYDRA + "search"]
    assert len(searches) == 1
    (template,) = [t.object.value for t in meta if t.subject == searches[0] and t.predicate.value == HYDRA + "template"]
    mappings = {t.object for t in meta if t.subject == searches[0] and t.predicate.value == HYDRA + "mapping"}
    variables = {t.object.value: next(u.object.value for u in meta if u.subject == t.subject
                                      and u.predicate.value == HYDRA + "property")
                 for t in meta if t.subject in mappings and t.predicate.value == HYDRA + "variable"}
    assert variables == {"subject": RDF + "subject", "predicate": RDF + "predicate", "object": RDF + "object"}
    representation = [t.object.value for t in meta if t.subject == searches[0]
                      and t.predicate.value == HYDRA + "variableRepresentation"]
    assert representation == [HYDRA + "ExplicitRepresentation"]
    return template


def test_a_hypermedia_client_reads_the_whole_dataset_page_by_page(client, sample_store):
    url, seen, pages = "http://testserver/fragments", set(), 0
    first = client.get(url, headers=TRIG)
    assert first.status_code == 200
    _, meta, _ = split(first.content)
    total = int(objects(meta, url, VOID + "triples")[0].value)
    assert int(objects(meta, url, HYDRA + "totalItems")[0].value) == total
    while url:
        response = client.get(url, headers=TRIG)
        assert response.status_code == 200
        data, meta, graphs = split(response.content)
        assert graphs == {f"{url}#metadata"}
        assert ox.Triple(ox.NamedNode(f"{url}#metadata"), ox.NamedNode(FOAF_TOPIC), ox.NamedNode(url)) in meta
        assert objects(meta, url, VOID + "triples")  # every page carries the count
        nexts = objects(meta, url, HYDRA + "next")
        assert len(data) == PAGE_SIZE or not nexts  # only the last page is short
        assert not (data & seen), "a triple appeared on two pages"
        seen |= data
        pages += 1
        url = nexts[0].value if nexts else None
    expected = store_triples(sample_store)
    assert seen == expected
    assert pages == -(-len(expected) // PAGE_SIZE)
    assert total >= len(expected)  # an estimate counting each graph's copy: never below the truth


def test_the_search_template_selects_any_pattern(client, sample_store):
    _, meta, _ = split(client.get("/fragments", headers=TRIG).content)
    template = search_template(meta)
    cases = {
        (HARINGEY, None, None): f"<{HARINGEY}> ?p ?o BIND(<{HARINGEY}> AS ?s)",
        (None, "http://www.w3.org/2000/01/rdf-schema#label", '"Haringey London Borough Council"'):
            '?s <http://www.w3.org/2000/01/rdf-schema#label> "Haringey London Borough Council" '
            'BIND(<http://www.w3.org/2000/01/rdf-schema#label> AS ?p) BIND("Haringey London Borough Council" AS ?o)',
        (None, None, '"political party"@en'): '?s ?p "political party"@en BIND("political party"@en AS ?o)',
        (None, None, '"49"^^http://www.w3.org/2001/XMLSchema#integer'):
            '?s ?p 49 BIND(49 AS ?o)',
        (None, "https://w3id.org/partygraph/ontology#groupOn", HARINGEY):
            f'?s <https://w3id.org/partygraph/ontology#groupOn> <{HARINGEY}> '
            f'BIND(<https://w3id.org/partygraph/ontology#groupOn> AS ?p) BIND(<{HARINGEY}> AS ?o)',
    }
    for (s, p, o), where in cases.items():
        url = uritemplate.expand(template, {k: v for k, v in (("subject", s), ("predicate", p), ("object", o)) if v})
        response = client.get(url, headers=TRIG)
        assert response.status_code == 200, url
        data, meta, _ = split(response.content)
        expected = store_triples(sample_store, where)
        assert expected and data == expected, url
        assert int(objects(meta, url, VOID + "triples")[0].value) == len(expected)


def test_turtle_is_the_default_and_puts_data_and_metadata_in_one_graph(client):
    response = client.get("/fragments", params={"subject": HARINGEY})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/turtle")
    assert response.headers["access-control-allow-origin"] == "*"
    graph = rdflib.Graph().parse(data=response.text, format="turtle")
    council = rdflib.URIRef(HARINGEY)
    assert (council, rdflib.RDFS.label, rdflib.Literal("Haringey London Borough Council")) in graph
    page = rdflib.URIRef(str(response.url))
    assert graph.value(page, rdflib.URIRef(VOID + "triples")).toPython() == len(list(graph.predicate_objects(council)))
    assert graph.value(page, rdflib.URIRef(HYDRA + "itemsPerPage")).toPython() == PAGE_SIZE
    datasets = list(graph.subjects(rdflib.URIRef(VOID + "subset"), page))
    assert datasets and graph.value(datasets[0], rdflib.URIRef(HYDRA + "search")) is not None


def test_json_ld_keeps_the_metadata_in_its_own_graph(client):
    response = client.get("/fragments", params={"predicate": "http://www.w3.org/2002/07/owl#sameAs"},
                          headers={"accept": "application/ld+json"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/ld+json")
    json.loads(response.text)
    dataset = rdflib.Dataset().parse(data=response.text, format="json-ld")
    metadata = dataset.graph(rdflib.URIRef(f"{response.url}#metadata"))
    assert (None, rdflib.URIRef(HYDRA + "search"), None) in metadata
    same_as = list(dataset.default_graph.triples((None, rdflib.OWL.sameAs, None)))
    assert same_as and all(t[1] == rdflib.OWL.sameAs for t in dataset.default_graph)


def test_paging_links_point_both_ways_and_name_the_url_asked_for(client):
    asked = "http://testserver/fragments?page=2&predicate=http%3A%2F%2Fwww.w3.org%2F1999%2F02%2F22-rdf-syntax-ns%23type"
    response = client.get(asked, headers=TRIG)
    assert response.status_code == 200
    _, meta, graphs = split(response.content)
    assert graphs == {f"{asked}#metadata"}  # the page is named by the URL exactly as requested
    canonical = "http://testserver/fragments?predicate=http%3A%2F%2Fwww.w3.org%2F1999%2F02%2F22-rdf-syntax-ns%23type"
    assert [o.value for o in objects(meta, asked, HYDRA + "previous")] == [canonical]
    assert [o.value for o in objects(meta, asked, HYDRA + "first")] == [canonical]
    assert ox.Triple(ox.NamedNode(canonical), ox.NamedNode(VOID + "subset"), ox.NamedNode(asked)) in meta
    nexts = objects(meta, asked, HYDRA + "next")
    if nexts:
        assert nexts[0].value == canonical + "&page=3"


def test_repeated_variable_names_are_one_variable(memory_store):
    memory_store.update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:p> <urn:a> . <urn:a> <urn:p> <urn:b> . "
                        "<urn:p> <urn:p> <urn:c> } }")
    client = TestClient(create_app(memory_store))
    same = split(client.get("/fragments", params={"subject": "?x", "object": "?x"}, headers=TRIG).content)[0]
    assert same == {ox.Triple(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.NamedNode("urn:a"))}
    sp = split(client.get("/fragments", params={"subject": "?x", "predicate": "?x"}, headers=TRIG).content)[0]
    assert sp == {ox.Triple(ox.NamedNode("urn:p"), ox.NamedNode("urn:p"), ox.NamedNode("urn:c"))}
    distinct = split(client.get("/fragments", params={"subject": "?x", "object": "?y"}, headers=TRIG).content)[0]
    assert len(distinct) == 3


def test_counts_follow_the_store_when_it_changes(memory_store):
    memory_store.update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:p> 1 } }")
    client = TestClient(create_app(memory_store))
    ask = {"subject": "urn:a"}
    assert 'void:triples 1 ' in client.get("/fragments", params=ask).text
    memory_store.update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:p> 2 } }")
    assert 'void:triples 2 ' in client.get("/fragments", params=ask).text


def test_an_empty_fragment_has_no_data_but_keeps_its_controls(client):
    # 200, as the reference server answers and the reference client (Comunica) needs; see api/fragments.py
    response = client.get("/fragments", params={"subject": "https://example.org/nothing"}, headers=TRIG)
    assert response.status_code == 200
    data, meta, _ = split(response.content)
    assert not data
    assert search_template(meta).endswith("fragments{?subject,predicate,object}")
    assert [o.value for o in objects(meta, str(response.url), VOID + "triples")] == ["0"]


@pytest.mark.parametrize("params", [
    {"subject": '"a literal"'},
    {"predicate": '"a literal"@en'},
    {"subject": "_:b0"},
    {"subject": "not-an-iri"},
    {"object": '"unterminated'},
    {"object": '"x"^^not an iri'},
])
def test_an_invalid_selector_is_404_with_the_reason(client, params):
    response = client.get("/fragments", params=params)
    assert response.status_code == 404
    assert response.text.startswith("invalid selector:")
    assert response.headers["access-control-allow-origin"] == "*"


def test_pages_past_the_end_are_404_and_bad_page_numbers_are_refused(client):
    assert client.get("/fragments", params={"subject": HARINGEY, "page": 2}).status_code == 404
    assert client.get("/fragments", params={"page": 0}).status_code == 422
    assert client.get("/fragments", params={"page": "x"}).status_code == 422


def test_head_and_unacceptable_types(client):
    head = client.head("/fragments", params={"subject": HARINGEY})
    assert head.status_code == 200 and head.headers["content-type"].startswith("text/turtle")
    assert head.content == b""
    # The specification prefers a triple-based answer to a 406.
    png = client.get("/fragments", params={"subject": HARINGEY}, headers={"accept": "image/png"})
    assert png.status_code == 200 and png.headers["content-type"].startswith("text/turtle")
    nt = client.get("/fragments", params={"subject": HARINGEY},
                    headers={"accept": "application/n-triples;q=0.9, text/turtle;q=0.1"})
    assert nt.headers["content-type"].startswith("application/n-triples")
    assert len(list(ox.parse(nt.content, format=ox.RdfFormat.N_TRIPLES))) > 10


def test_browsers_get_a_form_and_a_table(client, sample_store):
    response = client.get("/fragments", params={"subject": HARINGEY},
                          headers={"accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert '<form class="tpf"' in response.text
    about = store_triples(sample_store, f"<{HARINGEY}> ?p ?o BIND(<{HARINGEY}> AS ?s)")
    assert response.text.count("<tr><td>") == len(about)
    assert 'href="http://testserver/id/council/E09000014"' in response.text


COMUNICA = Path(__file__).resolve().parent / "clients" / "node_modules" / ".bin" / "comunica-sparql"
QUERIES = [
    # the Labour groups and the councils they sit on: three patterns joined by the client
    """PREFIX pg: <https://w3id.org/partygraph/ontology#>
       PREFIX org: <http://www.w3.org/ns/org#>
       PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
       SELECT DISTINCT ?group ?label ?council WHERE {
         ?group pg:groupOn ?council ; org:unitOf <https://w3id.org/partygraph/id/party/labour> ; rdfs:label ?label }""",
    # who held which post in Haringey, with the dates
    """PREFIX org: <http://www.w3.org/ns/org#>
       PREFIX pg: <https://w3id.org/partygraph/ontology#>
       PREFIX schema: <http://schema.org/>
       SELECT DISTINCT ?person ?post ?start WHERE {
         ?m org:organization <https://w3id.org/partygraph/id/council/E09000014> ; org:member ?person ;
            pg:post ?post ; schema:startDate ?start }""",
]


@pytest.mark.slow
@pytest.mark.parametrize("query", QUERIES)
def test_comunica_answers_sparql_over_the_fragments_alone(sample_store, query):
    """Comunica, a third-party TPF client, finds the fragments interface from its hypermedia controls,
    asks only triple patterns, and must get what our own SPARQL engine gets."""
    if not COMUNICA.exists():
        pytest.skip(f"needs Comunica in {COMUNICA.parent.parent.parent} (make setup runs npm ci there)")
    expected = {tuple(sorted((k, v.value) for k, v in row.items())) for row in sample_store.query(query)}
    assert expected
    app = create_app(sample_store)
    asked: list[str] = []

    @app.middleware("http")
    async def record(request, call_next):  # type: ignore[no-untyped-def]
        asked.append(request.url.path)
        return await call_next(request)

    with live_server(app) as base:
        out = subprocess.run([str(COMUNICA), f"{base}fragments", query, "-t", "application/sparql-results+json"],
                             capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    got = {tuple(sorted((k, v["value"]) for k, v in b.items())) for b in json.loads(out.stdout)["results"]["bindings"]}
    assert got == expected
    assert set(asked) == {"/fragments"} and len(asked) > 2  # patterns only: never the SPARQL endpoint
