"""HTML pages for people: a council page (who governs it on a date, with sources, and the decisions
about it) and the chain explorer (Cytoscape.js, layered dagre layout, with an SVG export by Graphviz
through ``/chains.svg``).

The browser libraries come from npm (``api/static/package.json``, installed by ``npm ci`` in
``make setup``) and are served from here: the pages load nothing from other hosts. Static files are
served from a fixed list, so no request path can reach any other file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, PlainTextResponse, Response

from ..graph import lookup
from ..graph.governance import who_governs
from ..ontology import uris
from . import records
from .deps import StoreDep
from .views import local_href, quote_all, templates

router = APIRouter(tags=["pages"], include_in_schema=False)

STATIC = Path(__file__).resolve().parent / "static"
NODE_MODULES = STATIC / "node_modules"
#: Every file the pages may load: URL name -> (file, media type).
ASSETS: dict[str, tuple[Path, str]] = {
    "style.css": (STATIC / "style.css", "text/css"),
    "explorer.js": (STATIC / "explorer.js", "text/javascript"),
    "cytoscape.min.js": (NODE_MODULES / "cytoscape" / "dist" / "cytoscape.min.js", "text/javascript"),
    "cytoscape-dagre.js": (NODE_MODULES / "cytoscape-dagre" / "dist" / "cytoscape-dagre.js", "text/javascript"),
}


@router.get("/static/{name}")
def static(name: str) -> Response:
    """One of :data:`ASSETS`; 404 for anything else, and a hint when npm's packages are missing."""
    if name not in ASSETS:
        return PlainTextResponse(f"no static file {name!r}\n", status_code=404)
    path, media = ASSETS[name]
    if not path.is_file():
        return PlainTextResponse(f"{name} is not installed: run `make setup` (npm ci in api/static)\n", status_code=404)
    return FileResponse(path, media_type=media, headers={"Cache-Control": "public, max-age=3600"})


def _error(request: Request, status: int, message: str, candidates: list[lookup.Candidate] | None = None,
           link: str = "") -> HTMLResponse:
    shown = [{"label": c.label, "iri": c.iri, "href": f"{link}{c.iri}" if link else local_href(request, c.iri)}
             for c in candidates or []]
    html = templates.get_template("error.html").render(request=request, status=status, message=message,
                                                       candidates=shown)
    return HTMLResponse(html, status_code=status)


@router.get("/")
def home(request: Request) -> HTMLResponse:
    """Where a browser starts: look up a council, open the chain explorer, find the machine interfaces."""
    html = templates.get_template("home.html").render(request=request, today=dt.date.today().isoformat(),
                                                      id_base=f"{uris.base()}id/")
    return HTMLResponse(html)


@router.get("/explore/councils/{id:path}")
def council_page(request: Request, id: str, store: StoreDep,
                 at: Annotated[dt.date | None, Query(description="the day asked about")] = None,
                 council_name: Annotated[str, Query(alias="council", max_length=500)] = "") -> HTMLResponse:
    """Who governs a council on a date (today by default), with the sources, and the decisions about it.
    The council is the path, or (from the home page's form) the ``council`` parameter."""
    at = at or dt.date.today()
    id = id or council_name
    if not id.strip():
        return _error(request, 404, "name a council: a GSS code, a name or an IRI")
    try:
        council = records.resolve(store, id, ["council"])
    except lookup.Ambiguous as e:
        return _error(request, 300, str(e), e.candidates, link=f"{request.base_url}explore/councils/")
    except lookup.NotFound as e:
        return _error(request, 404, str(e))
    governance = who_governs(store, council.iri, at).model_dump(mode="json")
    details = records.councils(store, council=council.iri)
    decisions = records.decisions(store, affects=council.iri, limit=100).items
    html = templates.get_template("council.html").render(
        request=request, council=details[0] if details else None, governance=governance, at=at.isoformat(),
        decisions=decisions, href=lambda iri: local_href(request, iri), quote=quote_all)
    return HTMLResponse(html)


@router.get("/explore/chains")
def chains_page(
    request: Request,
    source: Annotated[str, Query(alias="from", max_length=500)] = "",
    target: Annotated[str, Query(alias="to", max_length=500)] = "",
    at: Annotated[dt.date | None, Query()] = None,
    k: Annotated[int, Query(ge=1, le=20)] = 5,
) -> HTMLResponse:
    """The chain explorer; with ``from`` and ``to`` given it draws their chains as soon as it loads."""
    html = templates.get_template("chains.html").render(
        request=request, source=source, target=target, at=(at or dt.date.today()).isoformat(), k=k,
        id_base=f"{uris.base()}id/")
    return HTMLResponse(html)
