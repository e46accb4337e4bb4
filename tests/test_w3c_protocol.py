"""The W3C SPARQL 1.1 Protocol tests (``../shared/conformance/w3c-sparql11/protocol/manifest.ttl``),
one pytest case per manifest entry, against a live uvicorn server on loopback.

Each request is sent as the manifest writes it (method, headers, body in its stated character
encoding) with only the path prefix ``/sparql/`` rewritten to ``/sparql``. Each test's ``ut:graphData``
is loaded first into the named graph its ``rdfs:label`` names. The update tests need updates allowed:
the server is configured with an update token and the harness adds ``Authorization: Bearer <token>``
to update requests, and nothing else. Checked per response: the status class (2xx/3xx/4xx), the
format (``boolean``, ``tabular``, ``RDF``: the body parses as that, in the media type the server
declared) and the boolean.
"""

from __future__ import annotations

import http.client
import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pyoxigraph as ox
import pytest
from live_server import ThreadServer
from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection

from partygraph.api.app import create_app
from partygraph.api.settings import Settings
from partygraph.graph.store import open_store

MANIFEST = Path("conformance/w3c-sparql11/protocol/manifest.ttl")
SHARED = Path(os.environ.get("PARTYGRAPH_SHARED", Path(__file__).resolve().parents[2] / "shared"))
BASE = "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/protocol/manifest.ttl"
TOKEN = "w3c-protocol-harness"

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")


@dataclass
class Request:
    method: str
    path: str
    headers: list[tuple[str, str]]
    body: bytes | None
    statuses: set[str]  # "2xx", "3xx", "4xx"
    format: str | None = None  # boolean, tabular, RDF
    boolean: bool | None = None


@dataclass
class Case:
    name: str
    title: str
    graph_data: list[tuple[Path, str]] = field(default_factory=list)
    requests: list[Request] = field(default_factory=list)


def read_manifest(path: Path) -> list[Case]:
    graph = Graph().parse(path, format="turtle", publicID=BASE)
    manifest = next(graph.subjects(RDF.type, MF.Manifest))
    cases = []
    for entry in Collection(graph, graph.value(manifest, MF.entries)):
        case = Case(str(entry).rsplit("#", 1)[1], str(graph.value(entry, MF.name)))
        for data in graph.objects(entry, UT.graphData):
            file = str(graph.value(data, UT.graph)).rsplit("/", 1)[1]
            case.graph_data.append((path.parent / file, str(graph.value(data, RDFS.label))))
        action = graph.value(entry, MF.action)
        for node in Collection(graph, graph.value(action, HT.requests)):
            headers = []
            if graph.value(node, HT.headers) is not None:
                headers = [(str(graph.value(h, HT.fieldName)), str(graph.value(h, HT.fieldValue)))
                           for h in Collection(graph, graph.value(node, HT.headers))]
            body = None
            if (content := graph.value(node, HT.body)) is not None:
                encoding = str(graph.value(content, CNT.characterEncoding) or "UTF-8")
                body = str(graph.value(content, CNT.chars)).encode(encoding)
            response = graph.value(node, HT.resp)
            statuses = {str(s).rsplit("StatusCode", 1)[1] for s in graph.objects(response, MF.expectedStatus)}
            fmt = graph.value(response, MF.expectedFormat)
            boolean = graph.value(response, MF.expectedBoolean)
            case.requests.append(Request(str(graph.value(node, HT.methodName)), str(graph.value(node, HT.absolutePath)),
                                         headers, body, statuses, str(fmt) if fmt is not None else None,
                                         boolean.toPython() if boolean is not None else None))
        cases.append(case)
    return cases


def _names() -> list[str]:
    if not (SHARED / MANIFEST).is_file():
        return ["shared-folder-missing"]
    return [case.name for case in read_manifest(SHARED / MANIFEST)]


@pytest.fixture(scope="module")
def cases(shared_dir: Path) -> dict[str, Case]:
    return {case.name: case for case in read_manifest(shared_dir / MANIFEST)}


@pytest.fixture(scope="module")
def server():
    store = open_store(None)
    app = create_app(store, Settings(update_token=TOKEN, query_timeout=30))
    with ThreadServer(app) as running:
        running.store = store  # type: ignore[attr-defined]
        yield running
    store.close()


def send(server: ThreadServer, request: Request) -> tuple[int, str, bytes]:
    path = request.path.replace("/sparql/", "/sparql", 1)
    headers = dict(request.headers)
    is_update = request.body is not None and (b"update=" in request.body or any(
        v.startswith("application/sparql-update") for _, v in request.headers))
    if is_update:
        headers["Authorization"] = f"Bearer {TOKEN}"
    connection = http.client.HTTPConnection("127.0.0.1", urlsplit(server.url).port, timeout=60)
    try:
        connection.request(request.method, path, body=request.body, headers=headers)
        response = connection.getresponse()
        return response.status, response.getheader("content-type", ""), response.read()
    finally:
        connection.close()


def read_body(content_type: str, body: bytes) -> tuple[str, object]:
    """What a response body is: ("boolean", value), ("tabular", rows), ("RDF", triples) or
    ("unknown", media type). pyoxigraph's objects stay in here (they may only be freed on the thread
    that made them, and a failed assertion would keep the caller's frame alive)."""
    media_type = content_type.split(";")[0].strip()
    if (results_format := ox.QueryResultsFormat.from_media_type(media_type)) is not None:
        parsed = ox.parse_query_results(body, format=results_format)
        if isinstance(parsed, ox.QueryBoolean):
            return "boolean", bool(parsed)
        return "tabular", len(list(parsed))
    if (rdf_format := ox.RdfFormat.from_media_type(media_type)) is not None:
        return "RDF", len(list(ox.parse(body, format=rdf_format)))
    return "unknown", media_type


def check_format(expected: str, content_type: str, body: bytes, boolean: bool | None) -> None:
    kind, value = read_body(content_type, body)
    assert kind == expected, f"expected a {expected} result, got {kind} {value}"
    if expected == "boolean" and boolean is not None:
        assert value is boolean


@pytest.mark.shared
@pytest.mark.parametrize("name", _names())
def test_protocol(name: str, cases: dict[str, Case], server: ThreadServer) -> None:
    case = cases[name]
    store = server.store  # type: ignore[attr-defined]
    store.update("DROP SILENT ALL")
    for file, graph in case.graph_data:
        triples = file.read_text(encoding="utf-8")
        store.update(f"INSERT DATA {{ GRAPH {URIRef(graph).n3()} {{ {triples} }} }}")
    for i, request in enumerate(case.requests, 1):
        status, content_type, body = send(server, request)
        where = f"{case.title}, request {i}: {request.method} {request.path[:80]} -> {status} {body[:300]!r}"
        assert f"{str(status)[0]}xx" in request.statuses, where
        if request.format is not None:
            check_format(request.format, content_type, body, request.boolean)


def test_manifest_has_every_test(shared_dir: Path) -> None:
    """The harness reads all 34 protocol tests, so none is silently skipped."""
    assert len(read_manifest(shared_dir / MANIFEST)) == 34
