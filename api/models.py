"""The response models of the REST routes: the OpenAPI schema at ``/docs`` is built from these, so
they are the contract. Dates are ISO dates; every thing is named by its IRI and a display label.
The governance and chain models belong to :mod:`partygraph.graph.governance` and
:mod:`partygraph.graph.influence` and are served as they are."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field


class Ref(BaseModel):
    """A thing in the graph: its IRI and display label."""

    iri: str
    label: str


class Problem(BaseModel):
    """Why a request failed."""

    detail: str


class Candidate(BaseModel):
    """One of the things a reference could mean."""

    iri: str
    label: str
    types: list[str] = Field(default_factory=list)
    matched: str = Field(description="how it matched: iri, identifier, label, alias or fuzzy")
    score: float


class Choices(Problem):
    """A reference that names several things equally well (answered 300 Multiple Choices): ask
    again with one of the candidates' IRIs."""

    parameter: str | None = Field(None, description="the query parameter that was ambiguous, if one was")
    candidates: list[Candidate]


class Council(BaseModel):
    iri: str
    label: str
    gss: str | None = Field(None, description="ONS GSS code, E09000014")
    code: str | None = Field(None, description="three-letter register code, HRY")
    nation: str | None = None
    region: str | None = None
    type: str | None = Field(None, description="the kind of authority, as the register writes it")
    start: dt.date | None = None
    end: dt.date | None = Field(None, description="the first day it no longer existed")
    current: bool
    same_as: list[str] = Field(default_factory=list, description="owl:sameAs IRIs (Wikidata, ONS)")


class CouncilPage(BaseModel):
    total: int = Field(description="councils matching the filters")
    limit: int
    offset: int
    items: list[Council]


class Membership(BaseModel):
    """Holding an office (``post`` set) or being a member, over a period. ``end`` is the first day
    it no longer held; no ``end`` means it still holds as far as the sources say."""

    iri: str
    member: Ref
    organisation: Ref
    post: Ref | None = None
    role: Ref | None = None
    on_behalf_of: Ref | None = Field(None, description="the party represented")
    ward: Ref | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    observed: dt.date | None = Field(None, description="a day it was seen to hold, when the start is unknown")
    precision: str | None = Field(None, description='"year" or "month" when the start is that coarse')
    derived: bool = Field(False, description="a council-group membership that follows from a councillor's")
    sources: list[str] = Field(default_factory=list, description="public pages or source records behind it")


class Person(BaseModel):
    iri: str
    label: str
    identifiers: list[str] = Field(default_factory=list)
    same_as: list[str] = Field(default_factory=list)
    offices: list[Membership] = Field(description="posts held, oldest first")
    memberships: list[Membership] = Field(description="plain memberships, oldest first")


class Authority(BaseModel):
    """Authority under a rule book, over one body (``over``) or every group of a party (``over_groups_of``)."""

    iri: str
    label: str | None = None
    over: Ref | None = None
    over_groups_of: Ref | None = None
    rule: Ref | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    sources: list[str] = Field(default_factory=list)


class Evidence(BaseModel):
    source: str | None = None
    quote: str | None = None


class Decision(BaseModel):
    iri: str
    label: str | None = None
    decided_by: Ref
    action: Ref | None = None
    affects: list[Ref] = Field(default_factory=list)
    date: dt.date | None = None
    rule: Ref | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    sources: list[str] = Field(default_factory=list, description="public pages the decision rests on")
    evidence: list[Evidence] = Field(default_factory=list, description="quotes from the documents it was read from")


class DecisionPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[Decision]


class Body(BaseModel):
    """A party body (or a party, faction or council group): what it is part of, the authority it
    holds, its members and office holders, and the decisions it took."""

    iri: str
    label: str
    types: list[str]
    party: Ref | None = Field(None, description="the party it is a unit of")
    council: Ref | None = Field(None, description="for a council group, the council it sits on")
    authority: list[Authority]
    members: list[Membership]
    decisions: list[Decision]


class SearchHit(BaseModel):
    iri: str
    label: str
    types: list[str]
    matched: str
    score: float
