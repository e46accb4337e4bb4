"""REST routes over the named queries and the analysis functions, with pydantic response models
(:mod:`partygraph.api.models`), so the OpenAPI schema at ``/docs`` is the contract.

``{id}`` in a path is a GSS code, a slug (the path of a minted IRI: ``claire-kober``,
``labour/nec``), a name or an IRI (see :func:`partygraph.api.records.resolve`). A reference that
matches nothing is answered 404; one that matches several things equally well is answered
300 Multiple Choices with the candidates, so the client can ask again by IRI.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Coroutine
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute

from ..graph import influence, lookup
from ..graph.drawing import chain_svg
from ..graph.governance import Governance, who_governs
from ..graph.queries import BadParameter
from ..graph.store import OxigraphStore
from . import records
from .deps import StoreDep
from .models import Body, Candidate, Choices, Council, CouncilPage, DecisionPage, Person, Problem, SearchHit


class AmbiguousParameter(lookup.Ambiguous):
    """An ambiguous reference given as the query parameter ``parameter``."""

    def __init__(self, parameter: str, error: lookup.Ambiguous):
        super().__init__(error.reference, error.candidates)
        self.parameter = parameter


def resolve_parameter(store: OxigraphStore, parameter: str, reference: str, kinds: list[str]) -> lookup.Candidate:
    """:func:`records.resolve` for a query parameter, so an ambiguity names the parameter."""
    try:
        return records.resolve(store, reference, kinds)
    except lookup.Ambiguous as e:
        raise AmbiguousParameter(parameter, e) from None


class LookupErrors(APIRoute):
    """Answers the lookup failures of any route of this router: 404, 300 with candidates, 400."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def answer(request: Request) -> Response:
            try:
                return await handler(request)
            except lookup.Ambiguous as e:
                return choices(e)
            except lookup.NotFound as e:
                return JSONResponse(Problem(detail=str(e)).model_dump(), status_code=404)
            except BadParameter as e:
                return JSONResponse(Problem(detail=str(e)).model_dump(), status_code=400)

        return answer


def choices(e: lookup.Ambiguous) -> JSONResponse:
    candidates = [Candidate(iri=c.iri, label=c.label, types=sorted(c.types), matched=c.matched, score=c.score)
                  for c in e.candidates]
    body = Choices(detail=f"{e.reference!r} names several things; ask again with one of their IRIs",
                   parameter=getattr(e, "parameter", None), candidates=candidates)
    return JSONResponse(body.model_dump(), status_code=300)


router = APIRouter(tags=["rest"], route_class=LookupErrors)

NOT_FOUND = {404: {"model": Problem, "description": "Nothing matches the reference"}}
AMBIGUOUS = {300: {"model": Choices, "description": "The reference names several things: the candidates"}}
BAD = {400: {"model": Problem, "description": "A parameter the graph cannot use"}}
Ident = Annotated[str, Path(description="a GSS code, a slug (claire-kober, labour/nec), a name or an IRI")]
Limit = Annotated[int, Query(ge=1, le=500, description="page size")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="items to skip")]
Kind = Literal["council", "party", "body", "person", "post", "policy", "ward"]


# ---------------------------------------------------------------------- councils

@router.get("/councils", response_model=CouncilPage, summary="Councils, filtered")
def list_councils(
    store: StoreDep,
    name: Annotated[str | None, Query(max_length=200, description="part of any of its names, any case")] = None,
    nation: Annotated[str | None, Query(max_length=100, description="England, Scotland, Wales or Northern Ireland")
                      ] = None,
    region: Annotated[str | None, Query(max_length=100, description="the region, any case")] = None,
    type: Annotated[str | None, Query(max_length=100, description="the authority type, any case")] = None,
    current: Annotated[bool | None, Query(description="only current (true) or only former (false) councils")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> CouncilPage:
    """Councils by name, with their register details. Every filter left out matches everything."""
    found = records.councils(store, name=name, nation=nation, region=region, type=type, current=current)
    return CouncilPage(total=len(found), limit=limit, offset=offset, items=found[offset:offset + limit])


@router.get("/councils/{id:path}/governance", response_model=Governance, responses={**NOT_FOUND, **AMBIGUOUS},
            summary="Who governs a council on a date")
def get_governance(
    id: Ident,
    store: StoreDep,
    at: Annotated[dt.date | None, Query(description="the day asked about (default today)")] = None,
) -> Governance:
    """The controlling party or coalition and its seats, the leader or mayor, the executive, the
    party group, the party bodies with authority over it, and the sources of each fact."""
    return who_governs(store, records.resolve(store, id, ["council"]).iri, at)


@router.get("/councils/{id:path}", response_model=Council, responses={**NOT_FOUND, **AMBIGUOUS},
            summary="One council")
def get_council(id: Ident, store: StoreDep) -> Council:
    """A council by GSS code, name or IRI, with its ``owl:sameAs`` links."""
    found = records.councils(store, council=records.resolve(store, id, ["council"]).iri)
    if not found:
        raise lookup.NotFound(id, ["council"])
    return found[0]


# ---------------------------------------------------------------------- people and bodies

@router.get("/people/{id:path}", response_model=Person, responses={**NOT_FOUND, **AMBIGUOUS},
            summary="A person's offices and memberships over time")
def get_person(id: Ident, store: StoreDep) -> Person:
    return records.person(store, records.resolve(store, id, ["person"]))


@router.get("/bodies/{id:path}", response_model=Body, responses={**NOT_FOUND, **AMBIGUOUS},
            summary="A party body: its party, authority, members and decisions")
def get_body(id: Ident, store: StoreDep) -> Body:
    return records.body(store, records.resolve(store, id, ["body"]))


# ---------------------------------------------------------------------- decisions

@router.get("/decisions", response_model=DecisionPage, responses={**NOT_FOUND, **AMBIGUOUS, **BAD},
            summary="Decisions by a body, about a thing, between dates")
def list_decisions(
    store: StoreDep,
    by: Annotated[str | None, Query(max_length=500, description="the body that decided (slug, name or IRI)")] = None,
    affects: Annotated[str | None, Query(max_length=500, description="a thing affected (GSS, slug, name, IRI)")] = None,
    start: Annotated[dt.date | None, Query(alias="from", description="earliest date, inclusive")] = None,
    end: Annotated[dt.date | None, Query(alias="to", description="latest date, inclusive")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> DecisionPage | JSONResponse:
    """Decisions, oldest first, each with what it affects and its sources."""
    if start and end and start > end:
        return JSONResponse(Problem(detail=f"from ({start}) is after to ({end})").model_dump(), status_code=400)
    by_iri = resolve_parameter(store, "by", by, ["body"]).iri if by else None
    affects_iri = resolve_parameter(store, "affects", affects, []).iri if affects else None
    return records.decisions(store, by=by_iri, affects=affects_iri, start=start, end=end, limit=limit, offset=offset)


# ---------------------------------------------------------------------- search

@router.get("/search", response_model=list[SearchHit], summary="Find things by name (autocomplete)")
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="a name, identifier or IRI")],
    kind: Annotated[list[Kind] | None, Query(description="only things of these kinds")] = None,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> list[SearchHit]:
    """Things whose name, identifier or IRI matches ``q``, best first; fuzzy when nothing matches exactly."""
    return records.search(store, q, kind, limit)


# ---------------------------------------------------------------------- chains

From = Annotated[str, Query(alias="from", min_length=1, max_length=500,
                            description="where chains start: a body, person, post or policy (name, slug, IRI)")]
To = Annotated[str, Query(alias="to", min_length=1, max_length=500, description="where chains end (name, GSS, IRI)")]
At = Annotated[dt.date | None, Query(description="the day asked about (default today)")]
K = Annotated[int, Query(ge=1, le=20, description="how many chains, best first")]
MaxHops = Annotated[int, Query(ge=1, le=10, description="the most steps in a chain")]


def _chains(store: OxigraphStore, source: str, target: str, at: dt.date | None, k: int,
            max_hops: int) -> influence.ChainResult:
    start = resolve_parameter(store, "from", source, influence.NODE_KINDS)
    end = resolve_parameter(store, "to", target, influence.NODE_KINDS)
    return influence.chains(store, start.iri, end.iri, at, k, max_hops)


@router.get("/chains", response_model=influence.ChainResult, responses={**NOT_FOUND, **AMBIGUOUS},
            summary="Control chains from one thing to another on a date")
def get_chains(store: StoreDep, source: From, target: To, at: At = None, k: K = 5,
               max_hops: MaxHops = 6) -> influence.ChainResult:
    """The ``k`` best chains, each step typed (authority, controls, holds, decided, ...), dated and
    evidenced. No chain is an empty list, not an error."""
    return _chains(store, source, target, at, k, max_hops)


@router.get("/chains.svg", response_class=Response, responses={
    200: {"description": "The chains drawn by Graphviz, layered top to bottom", "content": {"image/svg+xml": {}}},
    **NOT_FOUND, **AMBIGUOUS}, summary="The same chains as an SVG picture")
def get_chains_svg(store: StoreDep, source: From, target: To, at: At = None, k: K = 5,
                   max_hops: MaxHops = 6) -> Response:
    result = _chains(store, source, target, at, k, max_hops)
    return Response(chain_svg(result), media_type="image/svg+xml",
                    headers={"Content-Disposition": 'inline; filename="chains.svg"'})
