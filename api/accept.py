"""Content negotiation for the resource routers (fragments, linked data, VoID): which of the media
types a route offers the client's ``Accept`` header prefers, by q-values and specificity.

Parsing is Werkzeug's (``MIMEAccept``): q-values, wildcards, ``q=0`` refusals and malformed ranges
are handled there rather than by hand. A missing or blank header means ``*/*``, so the route's first
offer wins; ``None`` means nothing offered is acceptable (answer 406).
"""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import Request
from fastapi.responses import PlainTextResponse
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

#: The RDF media types the resource routers write, with the pyoxigraph format name of each.
TURTLE = "text/turtle"
TRIG = "application/trig"
JSONLD = "application/ld+json"
NTRIPLES = "application/n-triples"
NQUADS = "application/n-quads"
RDFXML = "application/rdf+xml"
HTML = "text/html"


def choose(request: Request, offered: Sequence[str]) -> str | None:
    """The offered media type the request prefers, or ``None`` when it accepts none of them.
    Ties go to the earlier offer. Cost: parsing one header."""
    header = request.headers.get("accept", "").strip()
    if not header:
        return offered[0]
    return parse_accept_header(header, MIMEAccept).best_match(offered, default=None)


def not_acceptable(offered: Sequence[str]) -> PlainTextResponse:
    """A 406 naming what the route can write."""
    return PlainTextResponse(f"none of the requested media types is available here; offered: {', '.join(offered)}\n",
                             status_code=406, headers={"Vary": "Accept"})
