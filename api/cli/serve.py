"""Serving: ``serve`` runs the HTTP API over a store; ``demo`` loads the sample data first."""

from __future__ import annotations

from typing import Annotated

import typer

from ... import loaders
from ...data import sample_files
from . import app
from .common import StoreOption, console, opened, reported

HostOption = Annotated[str, typer.Option(help="Address to listen on.")]
PortOption = Annotated[int, typer.Option(help="Port to listen on.")]


def run_server(store, host: str, port: int) -> None:  # type: ignore[no-untyped-def]
    import uvicorn

    from ..app import create_app

    console.print(f"serving SPARQL at http://{host}:{port}/sparql  (Ctrl-C to stop)", highlight=False)
    uvicorn.run(create_app(store), host=host, port=port, log_level="info")


@app.command()
def serve(store: StoreOption = None, host: HostOption = "127.0.0.1", port: PortOption = 8000) -> None:
    """Serve the store over HTTP: SPARQL 1.1 at /sparql."""
    with reported(), opened(store) as st:
        run_server(st, host, port)


@app.command()
def demo(
    store: StoreOption = None,
    no_serve: Annotated[bool, typer.Option("--no-serve", help="Load the sample data and stop.")] = False,
    host: HostOption = "127.0.0.1",
    port: PortOption = 8000,
) -> None:
    """Load the bundled sample data (vocabulary and reference facts), then serve it."""
    with reported(), opened(store) as st:
        for item, replacement in loaders.ingest(st, sample_files()):
            verb = "unchanged" if replacement.unchanged else "loaded"
            console.print(f"{verb} {item.record.title}: {replacement.triples} triples", highlight=False)
        if not no_serve:
            run_server(st, host, port)
