"""Structured access logs: one JSON object per request on the ``partygraph.access`` logger.

Each line carries the time, a request id (also sent back as ``X-Request-ID``), method, path, status,
bytes sent, duration, client address and user agent, and what the SPARQL endpoint noted about the
request (operation, result kind, outcome: ``ok``, ``streamed``, ``timeout``, ``cut at deadline``,
``error 400``...). Query text is not logged: it can be long and can carry personal data.
:func:`configure` sends these lines, and the server's errors with their tracebacks, to stderr.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
import uuid
from datetime import UTC, datetime

from starlette.types import ASGIApp, Message, Receive, Scope, Send

access = logging.getLogger("partygraph.access")
_GOOD_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class AccessLog:
    """ASGI middleware writing the access log and the ``X-Request-ID`` header."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = _request_id(scope)
        state = scope.setdefault("state", {})
        state["request_id"] = request_id
        facts: dict[str, object] = {"status": 500, "bytes": 0}

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                facts["status"] = message["status"]
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [(b"x-request-id", request_id.encode())]
            elif message["type"] == "http.response.body":
                facts["bytes"] = int(facts["bytes"]) + len(message.get("body", b""))  # type: ignore[call-overload]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            if access.isEnabledFor(logging.INFO):
                access.info(json.dumps(_entry(scope, state, facts, request_id, started), ensure_ascii=False))


def _request_id(scope: Scope) -> str:
    for name, value in scope.get("headers", ()):
        if name == b"x-request-id":
            given = value.decode("latin-1")
            if _GOOD_ID.match(given):
                return given
    return uuid.uuid4().hex[:16]


def _entry(scope: Scope, state: dict, facts: dict[str, object], request_id: str, started: float) -> dict:
    headers = dict(scope.get("headers", ()))
    client = scope.get("client")
    entry: dict[str, object] = {
        "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "request_id": request_id,
        "method": scope["method"],
        "path": scope["path"],
        "status": facts["status"],
        "bytes": facts["bytes"],
        "ms": round((time.perf_counter() - started) * 1000, 2),
        "client": client[0] if client else None,
        "agent": headers.get(b"user-agent", b"").decode("latin-1")[:200] or None,
    }
    note = state.get("sparql")
    if note:
        entry["sparql"] = note
    return entry


class JsonFormatter(logging.Formatter):
    """Log records as JSON lines; an access record's message is already a JSON object."""

    def format(self, record: logging.LogRecord) -> str:
        if record.name == access.name:
            return record.getMessage()
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["traceback"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure(level: int = logging.INFO) -> None:
    """Send partygraph's logs (access lines, errors) to stderr as JSON lines."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger("partygraph")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False
