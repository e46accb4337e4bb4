"""The SPARQL 1.1 Protocol endpoint at ``/sparql``: query for everyone, update with the token.

One route reads the request (:mod:`sparql_protocol`), negotiates the result format from ``Accept``
(q-values, wildcards; SPARQL JSON by default for SELECT/ASK, Turtle for CONSTRUCT/DESCRIBE) and hands
the work to :class:`sparql_exec.SparqlRunner`. Status codes: 200 with results, 204 after an update,
400 for a malformed or refused request (the parser's message names the position), 401/403 for an
update without the right token, 406 when no acceptable format exists, 413 for a request over the size
limit, 415 for a body in a media type the protocol does not define, 503 past the query timeout.
"""

from __future__ import annotations

import hmac

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from ..graph import formats
from ..graph.formats import Format
from . import accept, service_description
from .settings import Settings
from .sparql_exec import Failure, Offer, SparqlRunner
from .sparql_protocol import FORM, QUERY, UPDATE, read_operation

router = APIRouter(tags=["sparql"])

_F = formats.by_name
#: What a SELECT or ASK result can be written as, by media type; on a tie the earlier wins.
RESULT_OFFERS: dict[str, Format] = {
    "application/sparql-results+json": _F("json"), "application/sparql-results+xml": _F("xml"),
    "text/csv": _F("csv"), "text/tab-separated-values": _F("tsv"),
    "application/json": _F("json"), "application/xml": _F("xml"), "text/xml": _F("xml"),
}
#: What a CONSTRUCT or DESCRIBE result (and the service description) can be written as.
GRAPH_OFFERS: dict[str, Format] = {
    "text/turtle": _F("turtle"), "application/n-triples": _F("ntriples"), "application/ld+json": _F("jsonld"),
    "application/rdf+xml": _F("rdfxml"), "application/n-quads": _F("nquads"), "application/trig": _F("trig"),
    "application/x-turtle": _F("turtle"), "text/plain": _F("ntriples"), "application/xml": _F("rdfxml"),
    "application/json": _F("jsonld"),
}
#: GET /sparql without a query: the service description for machines, the query page for browsers.
PAGE_OFFERS = tuple(GRAPH_OFFERS) + (accept.HTML,)

#: Choices on the query page: label and the Accept header it sends.
PAGE_FORMATS = [("SPARQL JSON", "application/sparql-results+json, text/turtle;q=0.9"),
                ("SPARQL XML", "application/sparql-results+xml, application/rdf+xml;q=0.9"),
                ("CSV", "text/csv, text/turtle;q=0.9"), ("TSV", "text/tab-separated-values, text/turtle;q=0.9"),
                ("Turtle (graphs)", "text/turtle, application/sparql-results+json;q=0.9"),
                ("N-Triples (graphs)", "application/n-triples, application/sparql-results+json;q=0.9"),
                ("JSON-LD (graphs)", "application/ld+json, application/sparql-results+json;q=0.9")]

_PARAMETERS = [
    {"name": "query", "in": "query", "schema": {"type": "string"},
     "description": "A SPARQL 1.1 query. Without it, GET answers the service description (or the query page)."},
    {"name": "default-graph-uri", "in": "query", "schema": {"type": "array", "items": {"type": "string"}},
     "style": "form", "explode": True, "description": "A graph of the query's default graph (repeatable)."},
    {"name": "named-graph-uri", "in": "query", "schema": {"type": "array", "items": {"type": "string"}},
     "style": "form", "explode": True, "description": "A named graph of the query's dataset (repeatable)."},
]
_OPENAPI_GET = {"parameters": _PARAMETERS}
_OPENAPI_POST = {
    "parameters": _PARAMETERS[1:] + [
        {"name": "using-graph-uri", "in": "query", "schema": {"type": "array", "items": {"type": "string"}},
         "style": "form", "explode": True, "description": "A graph of the update's default graph (repeatable)."},
        {"name": "using-named-graph-uri", "in": "query", "schema": {"type": "array", "items": {"type": "string"}},
         "style": "form", "explode": True, "description": "A named graph for the update's WHERE (repeatable)."},
    ],
    "requestBody": {"required": True, "content": {
        QUERY: {"schema": {"type": "string"}},
        UPDATE: {"schema": {"type": "string"}},
        FORM: {"schema": {"type": "object", "properties": {"query": {"type": "string"}, "update": {"type": "string"}}}},
    }},
}


async def sparql(request: Request) -> Response:
    """The SPARQL 1.1 Protocol. See the module docstring for the statuses."""
    settings: Settings = request.app.state.settings
    runner: SparqlRunner = request.app.state.sparql
    note: dict[str, object] = {}
    request.state.sparql = note
    try:
        operation = await read_operation(request, settings.max_request_bytes)
        note["operation"] = operation.kind
        if operation.kind == "none":
            if request.method == "POST":
                raise Failure(400, "the request carries no query and no update")
            return _service(request, settings)
        endpoint = _endpoint(request)
        if operation.kind == "update":
            _authorize(request, settings)
            return await runner.update(operation.text, operation.dataset, endpoint, note)
        offer = _negotiate(request)
        return await runner.query(operation.text, operation.dataset, endpoint, offer, note)
    except Failure as failure:
        note["outcome"] = f"error {failure.status}"
        return failure.response()


# The endpoint is served by a plain Starlette route: FastAPI's per-request dependency solving costs
# about 50 µs, a tenth of a fast query. The two FastAPI routes after it only describe it in the OpenAPI
# schema (the first matching route serves a request, so they are never reached; they name the same
# function all the same).
router.add_route("/sparql", sparql, methods=["GET", "POST"], include_in_schema=False)
router.add_api_route("/sparql", sparql, methods=["GET"], response_class=Response, openapi_extra=_OPENAPI_GET,
                     summary="SPARQL 1.1 query by GET, or the service description")
router.add_api_route("/sparql", sparql, methods=["POST"], response_class=Response, openapi_extra=_OPENAPI_POST,
                     summary="SPARQL 1.1 query or update by POST (form or direct body)")


def _endpoint(request: Request) -> str:
    """The endpoint's own URL, used as the base IRI of queries and updates (relative IRIs resolve
    against it, as the protocol suggests)."""
    scope = request.scope
    path = f"{scope.get('root_path', '')}{scope['path']}"
    host = request.headers.get("host")
    if host:
        url = f"{scope['scheme']}://{host}{path}"
        try:
            ox.NamedNode(url)
            return url
        except ValueError:  # a Host header no IRI can hold: fall back to the address served on
            pass
    server = scope.get("server") or ("localhost", None)
    return f"{scope['scheme']}://{server[0]}{f':{server[1]}' if server[1] else ''}{path}"


def _negotiate(request: Request) -> Offer:
    """The formats the request's ``Accept`` header prefers for each kind of result. Remembered per
    header value (clients send the same few), since parsing one costs tens of microseconds."""
    header = request.headers.get("accept", "")
    offer = _OFFERS.get(header)
    if offer is None:
        results = accept.choose(request, tuple(RESULT_OFFERS))
        graph = accept.choose(request, tuple(GRAPH_OFFERS))
        offer = Offer(results=(RESULT_OFFERS[results], results) if results else None,
                      graph=(GRAPH_OFFERS[graph], graph) if graph else None)
        if len(_OFFERS) >= 512:
            _OFFERS.clear()
        _OFFERS[header] = offer
    if offer.results is None and offer.graph is None:
        raise Failure(406, "no result format the request accepts; SELECT/ASK results are written as "
                           f"{', '.join(RESULT_OFFERS)}; graphs as {', '.join(GRAPH_OFFERS)}", {"Vary": "Accept"})
    return offer


_OFFERS: dict[str, Offer] = {}


def _authorize(request: Request, settings: Settings) -> None:
    """Updates need ``Authorization: Bearer <PARTYGRAPH_UPDATE_TOKEN>``: 403 when updates are off or
    the token is wrong, 401 when no bearer token is given. The comparison takes constant time."""
    if settings.update_token is None:
        raise Failure(403, "SPARQL Update is disabled on this server (it is read-only unless "
                           "PARTYGRAPH_UPDATE_TOKEN is set)")
    scheme, _, given = request.headers.get("authorization", "").strip().partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise Failure(401, "SPARQL Update needs Authorization: Bearer <token>",
                      {"WWW-Authenticate": 'Bearer realm="partygraph SPARQL update"'})
    expected = settings.update_token.get_secret_value().encode("utf-8")
    if not hmac.compare_digest(given.strip().encode("utf-8"), expected):
        raise Failure(403, "the update token is not valid")


def _service(request: Request, settings: Settings) -> Response:
    chosen = accept.choose(request, PAGE_OFFERS)
    if chosen is None:
        raise Failure(406, f"the service description is written as {', '.join(PAGE_OFFERS)}", {"Vary": "Accept"})
    endpoint = _endpoint(request)
    if chosen == accept.HTML:
        return _page(request, settings, endpoint)
    fmt = GRAPH_OFFERS[chosen]
    body = service_description.describe(request.app.state.store, settings, endpoint, fmt)
    return Response(body, media_type=chosen, headers={"Vary": "Accept"})


def _page(request: Request, settings: Settings, endpoint: str) -> HTMLResponse:
    from .views import templates  # the HTML pages' shared Jinja2 environment

    examples = service_description.examples()
    first = next((e for e in examples if e.name == "stats-classes"), examples[0] if examples else None)
    initial = first.text if first else ""
    html = templates.get_template("sparql.html").render(
        request=request, endpoint=endpoint, updates=settings.updates_enabled, timeout=f"{settings.query_timeout:g}",
        max_rows=settings.max_rows, formats=PAGE_FORMATS, examples=examples, initial=initial,
        example_texts=[e.text for e in examples])
    return HTMLResponse(html, headers={"Vary": "Accept"})

