"""Running SPARQL for the HTTP endpoint: worker threads, deadlines, the row cap and streamed results.

How a query runs
----------------
A query runs on one of a fixed number of worker threads (``PARTYGRAPH_QUERY_WORKERS``); pyoxigraph
releases the GIL while it evaluates, so the event loop keeps serving other requests meanwhile. In the
worker, the query is checked (``SERVICE``/``LOAD``, see :mod:`.sparql_guard`), Oxigraph evaluates it and
its own serialiser writes the result (no row is rebuilt in Python) into a sink that collects 64 KiB: a result that fits is sent whole with a ``Content-Length``; a larger one is
streamed chunk by chunk, with back-pressure (a worker never gets more than a few chunks ahead).

Deadlines
---------
Each request has a deadline (``PARTYGRAPH_QUERY_TIMEOUT``). A query with nothing to send by then is
answered 503; a stream still running then is cut (the client sees an incomplete response, and the
access log says so). pyoxigraph 0.5 has no way to interrupt an evaluation, so the worker stops at the
next point where control comes back to Python: the next 8 KiB Oxigraph writes. A query that computes
for long before writing anything (a sort, a group, a big join) keeps its worker until the engine is
done, and its result is then thrown away. That damage is bounded: at most ``query_workers`` threads
(and cores) can be held so; while all of them are, further queries are answered 503 at once; every
other route keeps being served; and the threads are daemons, so stopping the server never waits for
them.

The row cap
-----------
``PARTYGRAPH_MAX_ROWS`` is written into the query itself, so the engine stops early: ``LIMIT n`` is
appended, which Oxigraph's parser accepts exactly when the query has no top-level ``LIMIT`` or final
``VALUES`` of its own; otherwise :func:`sparql_text.cap_rows` lowers the query's ``LIMIT`` or inserts
one before its ``VALUES``. A result is never written from a query the cap could not be put into.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import threading
from collections.abc import AsyncIterator
from dataclasses import dataclass

from fastapi.responses import PlainTextResponse, Response, StreamingResponse

from ..graph.formats import Format
from ..graph.store import OxigraphStore, QueryError, Result, StoreError
from . import sparql_text
from .result_cache import ResultCache
from .settings import Settings
from .sparql_guard import Malformed, Refused, RemoteGuard

log = logging.getLogger("partygraph.sparql")

CHUNK = 64 * 1024  # bytes collected before a chunk is handed to the event loop
AHEAD = 8  # chunks a worker may write before the client has taken them


class Failure(Exception):
    """A request the endpoint answers with an error status and a one-line message."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}

    def response(self) -> PlainTextResponse:
        return PlainTextResponse(self.message.rstrip() + "\n", status_code=self.status, headers=self.headers)


@dataclass(frozen=True)
class Dataset:
    """The protocol's ``default-graph-uri`` and ``named-graph-uri`` (or ``using-graph-uri`` and
    ``using-named-graph-uri`` for updates); false when the request gave none of them."""

    default: tuple[str, ...] = ()
    named: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.default or self.named)


@dataclass(frozen=True)
class Offer:
    """The formats the client accepts for each kind of result (``None``: none acceptable)."""

    results: tuple[Format, str] | None  # (format, media type to send) for SELECT and ASK
    graph: tuple[Format, str] | None  # for CONSTRUCT and DESCRIBE

    def for_kind(self, kind: str) -> tuple[Format, str] | None:
        return self.graph if kind == "graph" else self.results


class _Stopped(Exception):
    """Raised inside the serialiser to stop it: the deadline passed or the client went away."""


class StreamCut(Exception):
    """Ends a streamed response early; the server closes the connection mid-body."""


class SparqlRunner:
    """Runs queries and updates for the endpoint against one store. Create one per app; ``close()``
    on shutdown."""

    def __init__(self, store: OxigraphStore, settings: Settings):
        self.store = store
        self.settings = settings
        self.guard = RemoteGuard(settings.service_hosts)
        self._pool = Workers(settings.query_workers)
        self._late = 0  # workers still busy with a query whose client has been answered
        self._late_lock = threading.Lock()
        self.cache = ResultCache(settings.cache_bytes)

    def close(self) -> None:
        self._pool.close()

    @property
    def late_workers(self) -> int:
        """Workers still evaluating a query that has already been answered 503."""
        return self._late

    # ------------------------------------------------------------------ queries

    async def query(self, text: str, dataset: Dataset, base_iri: str, offer: Offer,
                    note: dict[str, object]) -> Response:
        """Answer a query: the response (whole or streamed), or an error response. ``note`` collects
        facts for the access log (kind, outcome)."""
        key = (self.store.version, text, dataset, base_iri, offer)
        kept = self.cache.get(key) if self.cache.budget else None
        if kept is not None:
            note["outcome"] = "cached"
            return Response(kept[0], media_type=kept[1], headers={"Vary": "Accept", "X-Cache": "hit"})
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.settings.query_timeout
        if self._late >= self.settings.query_workers:
            note["outcome"] = "busy"
            return Failure(503, f"all {self.settings.query_workers} query workers are still busy with queries past "
                                "their deadline; try again later").response()
        job = _QueryJob(self, loop, text, dataset, base_iri, offer, note)
        future = self._pool.submit(loop, job.run)
        done, _ = await asyncio.wait({future, job.started}, timeout=max(deadline - loop.time(), 0),
                                     return_when=asyncio.FIRST_COMPLETED)
        if not done:
            job.stop()
            self._count_late(future)
            note["outcome"] = "timeout"
            return Failure(503, f"the query did not finish within {self.settings.query_timeout:g} s "
                                "(PARTYGRAPH_QUERY_TIMEOUT); narrow it or add a LIMIT").response()
        if job.started.done():
            media_type = job.started.result()
            note["outcome"] = "streamed"
            return StreamingResponse(job.stream(deadline, note), media_type=media_type,
                                     headers={"Vary": "Accept"})
        try:
            body, media_type = future.result()
        except Failure as failure:
            note["outcome"] = f"error {failure.status}"
            return failure.response()
        note["outcome"] = "ok"
        if self.cache.budget and key[0] == self.store.version:
            self.cache.put(key, body, media_type)
        return Response(body, media_type=media_type, headers={"Vary": "Accept"})

    def _count_late(self, future: asyncio.Future) -> None:
        with self._late_lock:
            self._late += 1

        def finished(_: object) -> None:
            with self._late_lock:
                self._late -= 1
            if not future.cancelled() and future.exception() is not None \
                    and not isinstance(future.exception(), (Failure, _Stopped)):
                log.warning("a query answered 503 later failed: %s", future.exception())

        future.add_done_callback(finished)

    def check(self, text: str, base_iri: str) -> None:
        """Refuse (400) a query that would reach a host outside the allow-list. Runs in a worker,
        before :meth:`evaluate` and not under it: the rdflib parser it may use leaves reference
        cycles through the frames below it, which must not hold pyoxigraph results."""
        try:
            self.guard.check_query(text, base_iri)
        except Refused as e:
            raise Failure(400, f"refused: {e}") from None
        except Malformed as e:
            raise Failure(400, str(e)) from None

    def evaluate(self, text: str, dataset: Dataset, base_iri: str) -> Result:
        """Evaluate a checked query with the row cap (see the module docstring). Raises
        :class:`Failure` for a malformed or uncappable query. Runs in a worker."""
        kwargs: dict[str, object] = {"base_iri": base_iri}
        if dataset:
            kwargs["default_graph"] = list(dataset.default)
            kwargs["named_graphs"] = list(dataset.named)
        elif sparql_text.has_dataset_clause(text):
            kwargs["union_default_graph"] = False
        cap = self.settings.max_rows
        if not cap:
            return self._run(text, kwargs)
        try:
            return self.store.query(f"{text}\nLIMIT {cap}", **kwargs)  # type: ignore[arg-type]
        except QueryError:
            pass  # the query ends in its own LIMIT or VALUES, or does not parse
        try:
            capped = sparql_text.cap_rows(text, cap)
        except sparql_text.CannotRewrite as e:
            self._run(text, kwargs)  # a malformed query raises its own error here
            raise Failure(400, str(e)) from None
        try:
            return self.store.query(capped, **kwargs)  # type: ignore[arg-type]
        except QueryError:
            self._run(text, kwargs)
            raise Failure(400, f"this server answers at most {cap} rows and could not add that limit to "
                               f"the query; end it with LIMIT {cap}") from None

    def _run(self, text: str, kwargs: dict[str, object]) -> Result:
        try:
            return self.store.query(text, **kwargs)  # type: ignore[arg-type]
        except QueryError as e:
            raise Failure(400, str(e)) from None
        except (ValueError, StoreError) as e:  # a bad graph IRI in the protocol dataset
            raise Failure(400, str(e)) from None

    # ------------------------------------------------------------------ updates

    async def update(self, text: str, using: Dataset, base_iri: str, note: dict[str, object]) -> Response:
        """Run an update (the caller has checked the token): 204 when done. An update cannot be
        interrupted, so past the deadline the client gets 503 while the update runs to its end."""
        loop = asyncio.get_running_loop()
        future = self._pool.submit(loop, self._update, text, using, base_iri)
        try:
            await asyncio.wait_for(asyncio.shield(future), self.settings.query_timeout)
        except TimeoutError:
            self._count_late(future)
            note["outcome"] = "timeout"
            return Failure(503, f"the update did not finish within {self.settings.query_timeout:g} s; it was "
                                "not cancelled and may still be applied").response()
        except Failure as failure:
            note["outcome"] = f"error {failure.status}"
            return failure.response()
        note["outcome"] = "ok"
        return Response(status_code=204)

    def _update(self, text: str, using: Dataset, base_iri: str) -> None:
        try:
            self.guard.check_update(text, base_iri)
        except Refused as e:
            raise Failure(400, f"refused: {e}") from None
        except Malformed as e:
            raise Failure(400, str(e)) from None
        if using:
            try:
                text = sparql_text.with_using(text, list(using.default), list(using.named))
            except sparql_text.CannotRewrite as e:
                raise Failure(400, str(e)) from None
            except ValueError as e:
                raise Failure(400, f"bad graph IRI in using-graph-uri or using-named-graph-uri: {e}") from None
        try:
            self.store.update(text, base_iri=base_iri)
        except QueryError as e:
            raise Failure(400, str(e)) from None
        except StoreError as e:
            raise Failure(500, str(e)) from None


class Workers:
    """A fixed set of daemon threads running jobs for the event loop.

    Not ``concurrent.futures.ThreadPoolExecutor``: its threads are joined when the interpreter exits,
    so one query the engine cannot interrupt would keep the server from stopping. A job's exception
    reaches the loop without its traceback: the frames would keep pyoxigraph result objects alive,
    and those may only be dropped on the thread that made them."""

    def __init__(self, count: int):
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._threads = [threading.Thread(target=self._work, name=f"sparql-{i}", daemon=True) for i in range(count)]
        for thread in self._threads:
            thread.start()

    def submit(self, loop: asyncio.AbstractEventLoop, fn, *args: object) -> asyncio.Future:  # type: ignore[no-untyped-def]
        future: asyncio.Future = loop.create_future()
        future.add_done_callback(_observe)
        self._jobs.put((loop, future, fn, args))
        return future

    def close(self) -> None:
        for _ in self._threads:
            self._jobs.put(None)

    def _work(self) -> None:
        while (item := self._jobs.get()) is not None:
            loop, future, fn, args = item
            try:
                outcome, failed = fn(*args), False
            except BaseException as e:  # noqa: BLE001 - handed to the waiting coroutine
                e.__traceback__ = e.__context__ = e.__cause__ = None
                outcome, failed = e, True
            with contextlib.suppress(RuntimeError):  # the loop has closed: nobody is waiting
                loop.call_soon_threadsafe(_settle, future, outcome, failed)
            del item, loop, future, fn, args, outcome


def _settle(future: asyncio.Future, outcome: object, failed: bool) -> None:
    if future.done():
        return
    if failed:
        future.set_exception(outcome)  # type: ignore[arg-type]
    else:
        future.set_result(outcome)


class _QueryJob:
    """One query: evaluated and serialised in a worker, handed to the event loop whole or in chunks."""

    def __init__(self, runner: SparqlRunner, loop: asyncio.AbstractEventLoop, text: str, dataset: Dataset,
                 base_iri: str, offer: Offer, note: dict[str, object]):
        self.runner, self.loop = runner, loop
        self.text, self.dataset, self.base_iri, self.offer, self.note = text, dataset, base_iri, offer, note
        self.started: asyncio.Future[str] = loop.create_future()  # set to the media type when streaming
        self.chunks: asyncio.Queue[bytes | BaseException | None] = asyncio.Queue()
        self._stopped = threading.Event()
        self._room = threading.Semaphore(AHEAD)
        self._buffer = bytearray()
        self._streaming = False

    def stop(self) -> None:
        self._stopped.set()

    # -------------------------------------------------------------- in the worker

    def run(self) -> tuple[bytes, str] | None:
        if self._stopped.is_set():
            raise _Stopped
        self.runner.check(self.text, self.base_iri)
        return self._answer()

    def _answer(self) -> tuple[bytes, str] | None:
        try:
            result = self.runner.evaluate(self.text, self.dataset, self.base_iri)
        except (RuntimeError, OSError) as e:  # the engine's evaluation errors
            raise _evaluation_failure(e) from None
        self.note["kind"] = result.kind
        chosen = self.offer.for_kind(result.kind)
        if chosen is None:
            raise Failure(406, f"a {'graph' if result.kind == 'graph' else result.kind} result cannot be written "
                               "in any media type the request accepts", {"Vary": "Accept"})
        fmt, self.media_type = chosen
        if self._stopped.is_set():
            raise _Stopped
        try:
            result.serialize(self, fmt)  # type: ignore[arg-type]
        except _Stopped:
            raise
        except Exception as e:
            if self._streaming:  # too late for an error status: the stream will be cut
                e.__traceback__ = None  # its frames hold the result, which must die on this thread
                self._push(e)
                return None
            if isinstance(e, (RuntimeError, OSError)):  # the engine's evaluation errors
                raise _evaluation_failure(e) from None
            raise
        if self._streaming:
            if self._buffer:
                self._push(bytes(self._buffer))
            self._push(None)
            return None
        return bytes(self._buffer), self.media_type

    # the sink protocol pyoxigraph's serialisers write to
    def write(self, data: bytes) -> int:
        if self._stopped.is_set():
            raise _Stopped
        self._buffer += data
        if len(self._buffer) >= CHUNK:
            if not self._streaming:
                self._streaming = True
                self.loop.call_soon_threadsafe(_set_result, self.started, self.media_type)
            chunk = bytes(self._buffer)
            self._buffer.clear()
            self._push(chunk)
        return len(data)

    def flush(self) -> None:
        return None

    def _push(self, item: bytes | BaseException | None) -> None:
        while not self._room.acquire(timeout=0.25):
            if self._stopped.is_set():
                raise _Stopped
        self.loop.call_soon_threadsafe(self.chunks.put_nowait, item)

    # -------------------------------------------------------------- on the event loop

    async def stream(self, deadline: float, note: dict[str, object]) -> AsyncIterator[bytes]:
        try:
            while True:
                remaining = deadline - self.loop.time()
                try:
                    if remaining <= 0:
                        raise TimeoutError
                    item = await asyncio.wait_for(self.chunks.get(), remaining)
                except TimeoutError:
                    note["outcome"] = "cut at deadline"
                    raise StreamCut("the query ran past its deadline while streaming") from None
                self._room.release()
                if item is None:
                    return
                if isinstance(item, BaseException):
                    note["outcome"] = "cut by an error"
                    raise StreamCut(f"query evaluation failed while streaming: {_one_line(item)}")
                yield item
        finally:
            self.stop()


def _observe(future: asyncio.Future) -> None:
    """Mark a worker's outcome as seen: a client that was answered (or left) early needs no more."""
    if not future.cancelled():
        future.exception()


def _set_result(future: asyncio.Future, value: object) -> None:
    if not future.done():
        future.set_result(value)


def _evaluation_failure(error: Exception) -> Failure:
    """An error pyoxigraph raised while evaluating: ``OSError`` (the store or a SERVICE call failing)
    is the server's problem (500); ``RuntimeError`` (an unbound SERVICE variable, an unsupported
    function) the query's (400). Anything else is a bug and reaches the error shield."""
    if isinstance(error, OSError):
        return Failure(500, f"the store or a SERVICE call failed: {_one_line(error)}")
    return Failure(400, f"query evaluation failed: {_one_line(error)}")


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__
