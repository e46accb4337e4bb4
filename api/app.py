"""The HTTP application: ``create_app(store)`` builds the FastAPI app over an open store."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse, Response

from ..graph import formats
from ..graph.store import OxigraphStore, QueryError


def create_app(store: OxigraphStore) -> FastAPI:
    app = FastAPI(title="partygraph", version="0.1.0",
                  description="A knowledge graph of UK party bodies, councils, officeholders and decisions.")
    app.state.store = store

    @app.api_route("/sparql", methods=["GET", "POST"])
    async def sparql(request: Request) -> Response:
        if request.method == "GET":
            text = request.query_params.get("query")
        elif request.headers.get("content-type", "").startswith("application/sparql-query"):
            text = (await request.body()).decode("utf-8")
        else:
            text = (await request.form()).get("query")  # type: ignore[assignment]
        if not text:
            return PlainTextResponse("no query given", status_code=400)
        try:
            result = store.query(str(text))
        except QueryError as e:
            return PlainTextResponse(str(e), status_code=400)
        fmt = formats.by_name("turtle" if result.kind == "graph" else "json")
        return Response(result.serialize(None, fmt), media_type=fmt.media_type)

    return app
