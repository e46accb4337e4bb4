"""A real uvicorn server on a free loopback port, for tests that talk HTTP over a socket.

``ThreadServer`` runs an app in a thread of the test process (fast to start, shares the store with
the test); ``process_server`` runs ``partygraph serve`` as a subprocess, exactly as a user would.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Self

import httpx
import uvicorn


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ThreadServer:
    """``with ThreadServer(app) as server:`` serves ``app`` at ``server.url`` until the block ends."""

    def __init__(self, app: object):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", access_log=False,
                                http="httptools", loop="uvloop", lifespan="on")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(10)


@contextlib.contextmanager
def process_server(store: Path, env: dict[str, str] | None = None) -> Iterator[str]:
    """Run ``partygraph serve --store STORE`` on a free port; yields its base URL."""
    port = free_port()
    command = [str(Path(sys.executable).parent / "partygraph"), "serve", "--store", str(store),
               "--host", "127.0.0.1", "--port", str(port)]
    environment = {**os.environ, **(env or {})}
    log = store.parent / "serve.log"  # a file, not a pipe: a full pipe would stall the server's logging
    with open(log, "wb") as sink:
        process = subprocess.Popen(command, env=environment, stdout=sink, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"partygraph serve exited {process.returncode}: {log.read_text()[-2000:]}")
            try:
                httpx.get(f"{url}/sparql", headers={"accept": "text/turtle"}, timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise RuntimeError("partygraph serve did not start listening") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
