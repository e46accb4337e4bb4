"""The app's protective middleware, as plain ASGI (no per-request task or body copy):

- :class:`RequestLimit`: a body or query string over ``PARTYGRAPH_MAX_REQUEST_BYTES`` is refused
  with 413 (or 414) before it is read into memory, whether or not it declares ``Content-Length``;
- :class:`ErrorShield`: an unexpected exception becomes a plain 500 naming only the request id; the
  traceback goes to the server's log, never to the client. A result stream cut at its deadline is
  logged as one line, not as an error.
"""

from __future__ import annotations

import logging

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .sparql_exec import StreamCut

errors = logging.getLogger("partygraph.errors")


class _TooLarge(Exception):
    pass


async def _plain(send: Send, status: int, text: str) -> None:
    body = (text.rstrip() + "\n").encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class RequestLimit:
    def __init__(self, app: ASGIApp, max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if len(scope.get("query_string", b"")) > self.max_bytes:
            await _plain(send, 414, f"the query string is over {self.max_bytes} bytes; POST the query instead")
            return
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await _plain(send, 400, "bad Content-Length")
                    return
                if declared > self.max_bytes:
                    await _plain(send, 413, f"the request body is over {self.max_bytes} bytes")
                    return
        received = 0
        started = False

        async def receiving() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _TooLarge
            return message

        async def sending(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receiving, sending)
        except _TooLarge:
            if not started:
                await _plain(send, 413, f"the request body is over {self.max_bytes} bytes")


class ErrorShield:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def sending(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except StreamCut as cut:
            errors.warning("response cut: %s (request %s)", cut, scope.get("state", {}).get("request_id"))
        except Exception:  # noqa: BLE001 - the last line of defence: whatever it is, answer 500
            request_id = scope.get("state", {}).get("request_id", "-")
            errors.exception("unhandled error in %s %s (request %s)", scope.get("method"), scope.get("path"),
                             request_id)
            if not started:
                await _plain(send, 500, f"internal server error (request {request_id})")
