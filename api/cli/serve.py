"""Serving: ``serve`` runs the HTTP API over a store; ``demo`` loads the sample data first."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Annotated

import typer

from ... import loaders
from ...data import demo_stages
from . import app
from .common import StoreOption, console, opened, reported

HostOption = Annotated[str, typer.Option(help="Address to listen on.")]
PortOption = Annotated[int, typer.Option(help="Port to listen on.")]

#: Where the shared registers and documents live beside a checkout.
DEFAULT_SHARED = Path("..") / "shared"


def run_server(store, host: str, port: int) -> None:  # type: ignore[no-untyped-def]
    """Serve ``store`` with uvicorn in this process (the store folder admits one process): httptools
    and uvloop when installed, partygraph's JSON access log instead of uvicorn's. Settings come from
    ``PARTYGRAPH_*`` (see :mod:`partygraph.api.settings`)."""
    import importlib.util

    import uvicorn
    from pydantic import ValidationError

    from ..access_log import configure
    from ..app import create_app
    from ..settings import Settings

    try:
        settings = Settings()
    except ValidationError as e:
        raise ValueError(f"bad PARTYGRAPH_* setting: {e.errors()[0]['loc'][0]}: {e.errors()[0]['msg']}") from None
    configure()
    threading.Thread(target=_warm, args=(store,), name="partygraph-warm-up", daemon=True).start()
    mode = "read-write (update token set)" if settings.updates_enabled else "read-only"
    console.print(f"serving SPARQL at http://{host}:{port}/sparql, {mode}  (Ctrl-C to stop)", highlight=False)
    uvicorn.run(create_app(store, settings), host=host, port=port, log_level="warning", access_log=False,
                http="httptools" if importlib.util.find_spec("httptools") else "h11",
                loop="uvloop" if importlib.util.find_spec("uvloop") else "asyncio",
                server_header=False, timeout_keep_alive=30)


def _warm(store) -> None:  # type: ignore[no-untyped-def]
    """Build, in the background, what the first requests would otherwise wait for: the name index and
    today's influence projection (seconds on a store of millions of triples). Best effort: a failure
    here only means the first request builds it."""
    from ...graph import influence, lookup

    try:
        lookup.prepare(store)
        influence.project(store)
    except Exception as e:  # noqa: BLE001 - a warm-up must never take the server down
        console.print(f"warm-up skipped: {e}", highlight=False)


@app.command()
def serve(store: StoreOption = None, host: HostOption = "127.0.0.1", port: PortOption = 8000) -> None:
    """Serve the store over HTTP: SPARQL 1.1 at /sparql (settings: PARTYGRAPH_* variables, see docs/http.md)."""
    with reported(), opened(store) as st:
        run_server(st, host, port)


@app.command()
def demo(
    store: StoreOption = None,
    no_serve: Annotated[bool, typer.Option("--no-serve", help="Load the sample data and stop.")] = False,
    shared: Annotated[Path | None, typer.Option(
        help="A folder laid out like ../shared whose registers and documents to load too "
             "(default: ../shared when it exists).")] = None,
    host: HostOption = "127.0.0.1",
    port: PortOption = 8000,
) -> None:
    """Load the bundled sample data (vocabulary, reference facts, documents; with ../shared, the
    council register, councillor lists and election results too), then serve it."""
    if shared is None and DEFAULT_SHARED.is_dir():
        shared = DEFAULT_SHARED
    with reported(), opened(store) as st:
        for stage, paths in demo_stages(shared):
            console.print(f"[bold]{stage}[/]")
            for item, replacement in loaders.ingest(st, paths, jobs=loaders.workers.default_jobs()):
                verb = "unchanged" if replacement.unchanged else "loaded"
                console.print(f"  {verb} {item.record.title}: {replacement.triples} triples", highlight=False)
        if not no_serve:
            run_server(st, host, port)
