"""Keeps SPARQL ``SERVICE`` and ``LOAD`` from reaching hosts outside an allow-list.

pyoxigraph evaluates ``SERVICE <iri>`` and ``LOAD <iri>`` with its own HTTP client, so a public
endpoint that ran them would fetch any URL a stranger names, inside our network included. pyoxigraph
exposes no syntax tree to inspect, so the check asks the engine's own parser instead of guessing:

1. A request whose text does not contain the letters ``service`` or ``load`` anywhere (any case)
   cannot use either keyword: it passes at the cost of one ``lower()``.
2. Otherwise every such letter run is broken (``SERV_ICE``, ``LO_AD``) and Oxigraph parses the result
   on an empty scratch store. A run inside an IRI, a string, a comment, a prefixed name, a variable or
   a blank node label stays valid with an underscore inside it; as a keyword it becomes a syntax
   error. So the broken text parses exactly when none of the runs was a keyword to Oxigraph, whatever
   prefixes, ``BASE``, escapes or missing spaces (``SERVICESILENT<...>``, ``1SERVICE``) the request
   plays with. The scratch store is empty and the broken text holds no keyword, so nothing is fetched.
3. If the broken text fails before the first run it changed, the request itself is malformed there:
   the parser's message is passed on. Otherwise a keyword is there (or the request does not parse
   after it), and with an empty allow-list (the default) the request is refused. With an
   allow-list, rdflib's SPARQL algebra names each target (prefixes and ``BASE`` resolved, relative
   IRIs against the request's base); a variable target (``SERVICE ?x``) is allowed only by ``*``, an
   IRI only when it is ``http(s)`` without user info and its ``host`` or ``host:port`` is listed.
   When rdflib cannot parse the request, finds no target although Oxigraph saw a keyword, or the text
   uses ``\\u`` escapes (which rdflib expands before parsing and Oxigraph does not), it is refused.

Cost: nothing for most requests; one parse on an empty store (tens of microseconds) when the letters
appear; about 20 ms of rdflib parsing when a keyword is really there and an allow-list is set.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pyoxigraph as ox
from rdflib.plugins.sparql.algebra import translateQuery, translateUpdate
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import Variable

_RUNS = re.compile(r"(serv)(ice)|(lo)(ad)", re.IGNORECASE)
_ESCAPE = re.compile(r"\\[uU]")


class Refused(ValueError):
    """The request would make the server reach a host it may not; answered 400."""


class RemoteGuard:
    """Checks queries and updates against the allow-list ``hosts`` (``host``, ``host:port`` or ``*``)."""

    def __init__(self, hosts: tuple[str, ...] = ()):
        self.hosts = frozenset(h.lower() for h in hosts)
        self._scratch = ox.Store()  # never written: queries only, so it stays empty

    def check_query(self, text: str, base_iri: str | None = None) -> None:
        """Raise :class:`Refused` if the query would reach a host outside the allow-list."""
        self._check(text, base_iri, update=False)

    def check_update(self, text: str, base_iri: str | None = None) -> None:
        """Raise :class:`Refused` if the update would reach a host outside the allow-list."""
        self._check(text, base_iri, update=True)

    def _check(self, text: str, base_iri: str | None, *, update: bool) -> None:
        lowered = text.lower()
        if "service" not in lowered and "load" not in lowered:
            return
        broken = _RUNS.sub(lambda m: "_".join(part for part in m.groups() if part), text)
        try:
            if update:
                ox.Store().update(broken, base_iri=base_iri)  # a fresh empty store: the update may write
            else:
                self._scratch.query(broken, base_iri=base_iri)
            return  # parses without the keywords: none was there
        except SyntaxError as e:
            _malformed_before_first_run(text, str(e), update)
        except Exception:  # noqa: BLE001 - it parsed; an evaluation error on empty data says nothing here
            return
        if not self.hosts:
            raise Refused("the request uses SERVICE or LOAD, which this server does not run "
                          "(PARTYGRAPH_SERVICE_HOSTS lists no host)")
        for target in self._targets(text, base_iri, update=update):
            self._allow(target)

    def _targets(self, text: str, base_iri: str | None, *, update: bool) -> list[object]:
        if _ESCAPE.search(text):
            raise Refused("SERVICE and LOAD targets cannot be checked in a request that uses \\u escapes")
        try:
            if update:
                algebra: object = translateUpdate(parseUpdate(text), base=base_iri).algebra
            else:
                algebra = translateQuery(parseQuery(text), base=base_iri).algebra
        except Exception as e:  # noqa: BLE001 - any parser failure means the targets are unknown
            raise Refused(f"could not check the SERVICE or LOAD targets of this request: {e}") from None
        found: list[object] = []
        _walk(algebra, found)
        if not found:
            raise Refused("could not find the SERVICE or LOAD targets of this request")
        return found

    def _allow(self, target: object) -> None:
        if "*" in self.hosts:
            return
        if isinstance(target, Variable):
            raise Refused(f"SERVICE ?{target} is refused: only listed hosts may be reached")
        iri = str(target)
        parts = urlsplit(iri)
        host = (parts.hostname or "").lower()
        if parts.scheme not in ("http", "https") or not host or "@" in parts.netloc:
            raise Refused(f"<{iri}> is refused: only http(s) URLs of listed hosts may be reached")
        try:
            port = parts.port
        except ValueError:
            raise Refused(f"<{iri}> is refused: bad port") from None
        named = host if port is None else f"{host}:{port}"
        if host not in self.hosts and named not in self.hosts:
            raise Refused(f"<{iri}> is refused: {named} is not among the hosts this server may reach")


class Malformed(ValueError):
    """The request does not parse, before any ``service`` or ``load`` in it: the parser's message."""


_POSITION = re.compile(r"error at (\d+):(\d+)")


def _malformed_before_first_run(text: str, message: str, update: bool) -> None:
    """Raise :class:`Malformed` when the broken text fails before the first letter run it changed:
    up to there it is the request itself, so the request is malformed, whatever follows."""
    found = _POSITION.search(message)
    first = _RUNS.search(text)
    if found is None or first is None:
        return
    line, column = int(found.group(1)), int(found.group(2))
    lines = text.split("\n")
    offset = sum(len(part) + 1 for part in lines[:line - 1]) + column - 1
    if offset < first.start():
        raise Malformed(f"malformed {'update' if update else 'query'}: {message}")


def _walk(node: object, found: list[object]) -> None:
    """Collect SERVICE and LOAD targets from rdflib's algebra (nested dicts and lists)."""
    if isinstance(node, CompValue):
        if node.name == "ServiceGraphPattern":
            found.append(node.get("term"))
        elif node.name == "Load":
            found.append(node.get("iri"))
        for value in node.values():
            _walk(value, found)
    elif isinstance(node, (list, tuple)):
        for value in node:
            _walk(value, found)
    elif isinstance(node, dict):
        for value in node.values():
            _walk(value, found)

