"""The HTTP application: ``create_app(store, settings)`` builds the FastAPI app over an open store.

The app holds the store (``app.state.store``), the settings (``app.state.settings``, from
``PARTYGRAPH_*``, see :mod:`.settings`) and the SPARQL runner with its worker threads
(``app.state.sparql``); routers reach them through :mod:`.deps`. Around every route, from the
outside in: the JSON access log, CORS (when origins are configured), the error shield (a generic 500,
never a stack trace) and the request-size limit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware

from ..graph.store import OxigraphStore
from . import fragments, linked_data, pages, rest, sparql
from .access_log import AccessLog
from .middleware import ErrorShield, RequestLimit
from .settings import Settings
from .sparql_exec import SparqlRunner


def create_app(store: OxigraphStore, settings: Settings | None = None) -> FastAPI:
    """The partygraph HTTP API over ``store``. Settings default to the environment's."""
    settings = settings or Settings()
    runner = SparqlRunner(store, settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        runner.close()

    app = FastAPI(title="partygraph", version="0.1.0", lifespan=lifespan,
                  description="A knowledge graph of UK party bodies, councils, officeholders and decisions: "
                              "SPARQL 1.1, triple pattern fragments, linked data and REST.")
    app.state.store = store
    app.state.settings = settings
    app.state.sparql = runner

    # Middleware: the last added runs outermost.
    app.add_middleware(RequestLimit, max_bytes=settings.max_request_bytes)
    app.add_middleware(ErrorShield)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Accept", "Authorization", "Content-Type"], max_age=600,
                           expose_headers=["X-Request-ID"])
    app.add_middleware(AccessLog)

    # ---- routers (one line each) ----
    app.include_router(sparql.router)
    app.include_router(fragments.router)
    app.include_router(linked_data.router)
    app.include_router(rest.router)
    app.include_router(pages.router)
    # ---- end of routers ----
    return app
