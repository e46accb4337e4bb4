"""Influence: the graph projected into networkx for a date, the chains from one thing to another, who
reaches which councils, and rankings.

The projection
--------------
:func:`project` turns the store into a :class:`networkx.MultiDiGraph` for one date. Nodes are
organisations (councils, parties, party bodies, council groups, factions), people, posts, policies
and statements, with a ``kind``. Edges are typed mechanisms, oriented the way influence flows — from
whoever can act to whatever is acted on:

============  =================================  =======================================================
mechanism     edge                               from
============  =================================  =======================================================
authority     holder -> body or council group    ``pg:Authority`` (``pg:overGroupsOf`` a party expands to
                                                 each council group of the party)
unit_of       party -> its unit                  ``org:unitOf`` / ``org:subOrganizationOf``: the whole
                                                 over its parts
controls      council group -> council           ``pg:Control``: each controlling party's group on the
                                                 council (the party itself when it has no group node);
                                                 a coalition gives one edge per partner
holds         person -> post                     ``org:Membership`` with ``pg:post``
post_in       post -> organisation               ``org:postIn``: an office acts for its organisation
member_of     organisation -> member             ``org:Membership`` without a post: a body over its
                                                 members (whip, discipline); also the *derived* council
                                                 group membership of anyone holding a membership of a
                                                 council on behalf of a party (ontology/README.md)
decided       body -> each thing affected        ``pg:Decision`` (any action but select/deselect)
selects       body -> person                     ``pg:Decision`` with ``action:select``
deselects     body -> person                     ``pg:Decision`` with ``action:deselect``
signed        signatory -> statement             ``pg:Statement`` ``pg:signedBy``
opposes       statement -> body or thing         ``pg:opposes``; a decision opposed stands for the body
                                                 that took it (the decision is kept in ``about``)
supports      statement -> body or thing         ``pg:supports``, likewise
============  =================================  =======================================================

Every edge carries ``fact`` (the IRI of the membership, control, decision, authority, post or unit it
comes from), ``graphs`` (the named graphs that state it), ``since``/``until`` and the mechanism's
details; :func:`evidence` fetches the ``dcterms:source`` pages and ``pg:evidence`` quotes of facts.

How it is built, and what it costs
----------------------------------
One pass of named queries (``graph/queries/influence-*.rq``) reads every fact that makes an edge,
*for all dates*, into a timeline held per (store, store version): about 3 s per million triples on an
on-disk store, 2 s in memory (docs/benchmarks/influence.md). The graph for one date is then cut from the
timeline in Python with the date test of ontology/README.md (:func:`holds`; the timeline is sorted by
start date, so edges that start later are skipped by bisection) and cached per (store, store version,
date): about 0.5 s for the synthetic benchmark graph (1.7 million triples), a tenth of the first. Writing to the store changes its version, and the next call rebuilds. Reading
every date's facts once, instead of filtering in SPARQL per date, is what makes moving through dates
(a date slider, ``--at`` after ``--at``) cheap; the price is holding the timeline in memory: about
0.7 KB per edge, 230 MB for the benchmark graph's 307,000 edges over twenty years with one date cut.

Chains, reach and rankings
--------------------------
A chain's cost is the sum of its edges' :data:`COSTS`: strong mechanisms (authority, control, office)
cost 1, acts on a thing (decisions) 1.5, structure (unit of a party) 2, weak ones (membership) 3, and
pressure (statements) 4. :func:`chains` returns the k cheapest *simple* chains (no node twice) of at
most ``max_hops`` steps, after Yen's algorithm (networkx ``shortest_simple_paths``) over the part of
the graph that lies within ``max_hops`` of both ends. :func:`reach` and :func:`over` list the councils a
body reaches, and the bodies that reach a council, within a cost budget (:data:`BUDGET`, 6: NEC ->
group -> councillor -> leader's post -> council fits, a letter of protest does not). :func:`rank`
ranks bodies and people by reach, PageRank or sampled betweenness.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import gc
import heapq
import itertools
import random
import threading
import time
import weakref
from collections import OrderedDict, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal, NamedTuple

import networkx as nx
from pydantic import BaseModel, ConfigDict, Field

from ..ontology.namespaces import ACTION, CONTROL, FOAF, ORG, PG
from . import lookup
from .formats import by_name as _format
from .store import OxigraphStore

#: The cost of one step by each mechanism: lower is a stronger hold.
COSTS: dict[str, float] = {
    "authority": 1.0, "controls": 1.0, "holds": 1.0, "post_in": 1.0,
    "decided": 1.5, "selects": 1.5, "deselects": 1.5,
    "unit_of": 2.0,
    "member_of": 3.0,
    "signed": 4.0, "opposes": 4.0, "supports": 4.0,
}
#: Mechanisms of pressure rather than command, left out of betweenness.
PRESSURE = frozenset({"signed", "opposes", "supports"})
#: The default cost budget of :func:`reach`, :func:`over` and reach rankings. Every step costs at
#: least 1, so a budget of 6 also means at most 6 steps.
BUDGET = 6.0
#: Node paths :func:`chains` examines at most, whatever k: bounds the time of a query whose ends are
#: joined by very many near-equal chains.
MAX_CANDIDATE_PATHS = 2_000
#: Dates kept per store (each a MultiDiGraph).
DATES_CACHED = 8

#: Node kinds by class, the first that matches winning.
_KIND_OF_CLASS: list[tuple[str, str]] = [
    (str(PG.Council), "council"), (str(PG.CouncilGroup), "group"), (str(PG.PartyBody), "body"),
    (str(PG.PoliticalParty), "party"), (str(PG.Faction), "faction"), (str(PG.Coalition), "coalition"),
    (str(FOAF.Person), "person"), (str(ORG.Post), "post"), (str(PG.Policy), "policy"),
    (str(PG.Statement), "statement"), (str(PG.Rule), "rule"),
    (str(ORG.OrganizationalUnit), "organisation"), (str(ORG.FormalOrganization), "organisation"),
    (str(ORG.Organization), "organisation"),
]
#: The kinds that count as bodies when asking who reaches a council.
BODY_KINDS = frozenset({"party", "body", "group", "faction", "coalition", "organisation", "council"})
_TSV = _format("tsv")


def holds(since: date | None, until: date | None, at: date) -> bool:
    """The date test of ontology/README.md: a fact holds on ``at`` when ``since <= at < until``, an
    absent start meaning "since before the sources say" and an absent end "still true"."""
    return (since is None or since <= at) and (until is None or at < until)


# ---------------------------------------------------------------- the timeline and the projection

class _Edge(NamedTuple):
    mechanism: str
    source: str
    target: str
    fact: str
    since: date | None
    until: date | None
    info: tuple[tuple[str, object], ...] = ()


@dataclass
class _Timeline:
    """Every edge the store implies, for all dates, and the kinds of the nodes."""

    version: int
    edges: list[tuple[_Edge, list[str]]]  # each edge with the graphs that state it, by start date
    starts: list[date]  # the start of each edge (date.min when none), for bisecting by date
    kinds: dict[str, str]
    sources: dict[str, tuple[str, str | None]]  # graph -> (source IRI, its public URL if any)
    seconds: float
    labels: dict[str, str | None] = field(default_factory=dict)  # filled on demand; None: unlabelled


@dataclass
class Projection:
    """The influence graph on one date. ``graph`` is a MultiDiGraph (see the module docstring);
    ``seconds`` is what building it cost, the timeline included when it was built for this call."""

    at: date
    version: int
    graph: nx.MultiDiGraph
    seconds: float
    timeline: _Timeline
    _simple: nx.DiGraph | None = None

    def simple(self) -> nx.DiGraph:
        """The graph with parallel edges collapsed to the cheapest: ``weight`` is its cost,
        ``strength`` its inverse, ``mechanism`` its mechanism. Built once per projection; cost linear
        in the edges."""
        if self._simple is None:
            simple = nx.DiGraph()
            simple.add_nodes_from(self.graph.nodes(data=True))
            for u, v, data in self.graph.edges(data=True):
                cost = data["cost"]
                if not simple.has_edge(u, v) or cost < simple[u][v]["weight"]:
                    simple.add_edge(u, v, weight=cost, strength=1.0 / cost, mechanism=data["mechanism"])
            self._simple = simple
        return self._simple

    def kind(self, node: str) -> str:
        return self.timeline.kinds.get(node, "other")


_timelines: weakref.WeakKeyDictionary[OxigraphStore, _Timeline] = weakref.WeakKeyDictionary()
_projections: weakref.WeakKeyDictionary[OxigraphStore, OrderedDict[date, Projection]] = weakref.WeakKeyDictionary()
_lock = threading.RLock()


def project(store: OxigraphStore, at: date | None = None) -> Projection:
    """The influence graph of ``store`` on ``at`` (default today), from the cache when the store has
    not changed since it was built. See the module docstring for what it holds and costs."""
    at = at.date() if isinstance(at, datetime) else (at or date.today())
    with _lock:
        timeline = _timelines.get(store)
        started = time.perf_counter()
        if timeline is None or timeline.version != store.version:
            with _no_cyclic_gc():
                timeline = _read_timeline(store)
            _timelines[store] = timeline
            _projections[store] = OrderedDict()
        cached = _projections.setdefault(store, OrderedDict())
        if at in cached:
            cached.move_to_end(at)
            return cached[at]
        with _no_cyclic_gc():
            graph = _cut(timeline, at)
        projection = Projection(at, timeline.version, graph, time.perf_counter() - started, timeline)
        cached[at] = projection
        while len(cached) > DATES_CACHED:
            cached.popitem(last=False)
        return projection


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while hundreds of thousands of objects are made: it
    would otherwise rescan them all again and again (a third of a projection's time, measured here).
    Reference counting still frees everything; only cycles wait until the collector resumes."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _cut(timeline: _Timeline, at: date) -> nx.MultiDiGraph:
    """The edges of the timeline that hold on ``at``, as a MultiDiGraph."""
    graph = nx.MultiDiGraph(at=at.isoformat())
    # edges are sorted by start: those starting after the date are never looked at
    for edge, graphs in itertools.islice(timeline.edges, bisect.bisect_right(timeline.starts, at)):
        if holds(edge.since, edge.until, at):
            info = dict(edge.info)
            key = _same_step(edge, info)
            if graph.has_edge(edge.source, edge.target, key):
                merged = graph.edges[edge.source, edge.target, key]
                if edge.fact not in merged["facts"]:
                    merged["facts"].append(edge.fact)
                    merged["graphs"] = [*merged["graphs"], *(g for g in graphs if g not in merged["graphs"])]
                    if merged.get("observed") and not info.get("observed"):
                        # a dated statement describes the step better than a mere sighting of it
                        for name in ("observed", "seats", "total", "kind", "lead"):
                            merged.pop(name, None)
                        merged.update(info, fact=edge.fact, since=edge.since, until=edge.until)
                continue
            for node in (edge.source, edge.target):
                if node not in graph:
                    graph.add_node(node, kind=timeline.kinds.get(node, "other"))
            graph.add_edge(edge.source, edge.target, key=key, mechanism=edge.mechanism,
                           cost=COSTS[edge.mechanism], fact=edge.fact, facts=[edge.fact], graphs=graphs,
                           since=edge.since, until=edge.until, **info)
    return graph


def _same_step(edge: _Edge, info: dict[str, object]) -> tuple:
    """What makes two facts one step: a councillor's several memberships on behalf of a party all
    imply one group membership; a group's control of a council, or a person's holding of a post, is
    one step; two sources reporting the same decision (same body, action, target
    and day: the reference data and an article, say) are one decision with the evidence of both.
    Anything else is its own step."""
    if info.get("derived"):
        return (edge.mechanism, "derived")
    if edge.mechanism in ("decided", "selects", "deselects") and edge.since is not None:
        return (edge.mechanism, info.get("action"), edge.since)
    if edge.mechanism in ("controls", "holds"):
        # A group's control of a council, or a person's holding of a post, on one day is one fact
        # however many sources state it; the earliest-starting statement (edges come in order of
        # start) keeps its seats and dates.
        return (edge.mechanism,)
    return (edge.mechanism, edge.fact)


def _read_timeline(store: OxigraphStore) -> _Timeline:
    """Run the influence queries once and turn their rows into edges for all dates."""
    started = time.perf_counter()
    version = store.version
    edges: dict[_Edge, list[str]] = {}

    def add(mechanism: str, source: str, target: str, fact: str, graph: str, since: str | None = None,
            until: str | None = None, **info: object) -> None:
        edge = _Edge(mechanism, source, target, fact, _day(since), _day(until),
                     tuple((k, v) for k, v in info.items() if v is not None) if info else ())
        graphs = edges.get(edge)
        if graphs is None:
            edges[edge] = [graph]
        elif graph not in graphs:
            graphs.append(graph)

    groups = {(r["council"], r["party"]): r["group"] for r in _rows(store, "influence-groups")}

    for r in _rows(store, "influence-authority"):
        add("authority", r["source"], r["target"], r["fact"], r["graph"], r.get("since"),
            r.get("end"), rule=r.get("rule"))
    for r in _rows(store, "influence-units"):
        add("unit_of", r["source"], r["target"], r["target"], r["graph"])
    for r in _rows(store, "influence-posts"):
        add("post_in", r["post"], r["organisation"], r["post"], r["graph"])
    for r in _rows(store, "influence-control"):
        council, controller = r["council"], r["controller"]
        add("controls", groups.get((council, controller), controller), council, r["fact"], r["graph"],
            r.get("since"), r.get("end"), kind=_local(r.get("kind"), CONTROL),
            controller=controller, lead=r.get("lead"), seats=_int(r.get("seats")), total=_int(r.get("total")),
            observed=r.get("observed") == "true" or None)
    for r in _rows(store, "influence-memberships"):
        person, organisation = r["person"], r["organisation"]
        since, until = r.get("since"), r.get("end")
        if r["post"]:
            add("holds", person, r["post"], r["fact"], r["graph"], since, until,
                observed=r.get("observed") == "true" or None)
        else:
            add("member_of", organisation, person, r["fact"], r["graph"], since, until)
        group = groups.get((organisation, r["party"] or ""))
        if group is not None and group != organisation:
            add("member_of", group, person, r["fact"], r["graph"], since, until, derived=True)
    for r in _rows(store, "influence-decisions"):
        action = _local(r.get("action"), ACTION)
        mechanism = {"select": "selects", "deselect": "deselects"}.get(action or "", "decided")
        add(mechanism, r["source"], r["target"], r["fact"], r["graph"], r.get("since"),
            r.get("end"), action=action, rule=r.get("rule"))
    for r in _rows(store, "influence-signatures"):
        add("signed", r["source"], r["fact"], r["fact"], r["graph"],
            r.get("since"), r.get("end"))
    for r in _rows(store, "influence-stances"):
        add(r["stance"], r["fact"], r.get("decider") or r["about"], r["fact"], r["graph"],
            r.get("since"), r.get("end"), about=r["about"])

    kinds: dict[str, str] = {}
    rank = {cls: i for i, (cls, _) in enumerate(_KIND_OF_CLASS)}
    kind_of = dict(_KIND_OF_CLASS)
    best: dict[str, int] = {}
    for row in _rows(store, "influence-nodes"):
        node, cls = row["node"], row["type"]
        if rank[cls] < best.get(node, len(rank)):
            best[node], kinds[node] = rank[cls], kind_of[cls]
    sources = {s.graph: (s.source, s.url) for s in store.sources()}
    ordered = sorted(edges.items(), key=lambda item: item[0].since or date.min)
    starts = [edge.since or date.min for edge, _ in ordered]
    return _Timeline(version, ordered, starts, kinds, sources, time.perf_counter() - started)


def _rows(store: OxigraphStore, name: str) -> Iterator[dict[str, str]]:
    """The rows of a named query as the lexical values of their terms (IRIs and literals alike are
    strings; :func:`_day` parses dates).

    The rows come through the store's SPARQL TSV serialiser rather than one Python object per
    solution: on the memberships of a million-triple store that is 0.35 s of overhead instead of 1.3 s
    (measured here), and a remote SPARQL store serialises results anyway. Reading the cells by hand is
    safe for what these queries return: IRIs, dates, integers and fixed words, none of which TSV
    escapes (labels and quotes, which could hold tabs, go through :meth:`OxigraphStore.rows`)."""
    text = store.named(name).serialize(None, _TSV).decode("utf-8")  # type: ignore[union-attr]
    lines = text.split("\n")
    names = [column.lstrip("?$") for column in lines[0].split("\t")]
    for line in lines[1:]:
        if line:
            yield dict(zip(names, map(_cell, line.split("\t"))))  # an unbound variable is None


def _cell(text: str) -> str | None:
    if not text:
        return None
    if text[0] == "<":
        return text[1:-1]
    if text[0] == '"':
        return text[1:text.rindex('"')]
    return text  # a bare number or boolean, or a blank node


@functools.lru_cache(maxsize=65536)
def _day(value: str | None) -> date | None:
    """An ``xsd:date`` lexical value as a date (a few thousand distinct days recur across a store's
    facts, hence the cache)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None  # a malformed date constrains nothing; SHACL validation reports it


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _local(iri: object, prefix: str) -> str | None:
    if iri is None:
        return None
    text = str(iri)
    return text.removeprefix(prefix)


# ---------------------------------------------------------------- labels and evidence

def labels(store: OxigraphStore, nodes: Iterable[str], fallback: bool = True) -> dict[str, str]:
    """Display labels of ``nodes`` (rdfs:label, else skos:prefLabel, else foaf:name), cached with the
    store's timeline. Unlabelled things get the last segment of their IRI, or are left out when
    ``fallback`` is false. Cost: one query per 500 things not yet cached."""
    timeline = _timelines.get(store)
    cache: dict[str, str | None] = (timeline.labels if timeline is not None and timeline.version == store.version
                                    else {})
    nodes = list(nodes)
    wanted = sorted({n for n in nodes if n and n not in cache})
    for chunk in _chunks(wanted, 500):
        found: dict[str, tuple[int, str]] = {}
        for row in store.rows("influence-labels", nodes=chunk):
            node, text = str(row["node"]), str(row["label"])
            preference = int(row["preferred"])  # type: ignore[call-overload]
            if node not in found or (preference, len(text)) < (found[node][0], len(found[node][1])):
                found[node] = (preference, text)
        for node in chunk:
            cache[node] = found[node][1] if node in found else None
    out: dict[str, str] = {}
    for node in nodes:
        label = cache.get(node)
        if label is not None:
            out[node] = label
        elif fallback:
            out[node] = node.rstrip("/").rsplit("/", 1)[-1]
    return out


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


class Evidence(BaseModel):
    """Where a step comes from: a public page or loaded source (``source``), and the words read
    there (``quote``) when the fact was read from a document."""

    source: str
    quote: str | None = None


def evidence(store: OxigraphStore, facts: Iterable[str]) -> dict[str, list[Evidence]]:
    """The evidence of each fact: quotes first (``pg:evidence``), then the pages it names
    (``dcterms:source``). Cost: one query per 500 facts."""
    found: dict[str, list[Evidence]] = defaultdict(list)
    quoted: dict[str, set[str]] = defaultdict(set)
    for chunk in _chunks(sorted(set(facts)), 500):
        rows = store.rows("influence-evidence", facts=chunk)
        for row in sorted(rows, key=lambda r: (r.get("quote") is None, str(r["source"]))):
            fact, source, quote = str(row["fact"]), str(row["source"]), row.get("quote")
            if quote is None and source in quoted[fact]:
                continue  # the page is already there with its quote
            item = Evidence(source=source, quote=str(quote) if quote is not None else None)
            if item not in found[fact]:
                found[fact].append(item)
                if quote is not None:
                    quoted[fact].add(source)
    return dict(found)


# ---------------------------------------------------------------- result models

class NodeRef(BaseModel):
    """A node of the projection: its IRI and label (``kind`` is for drawing, not part of the JSON)."""

    iri: str
    label: str
    kind: str = Field(default="other", exclude=True)


class ChainEdge(BaseModel):
    """One step of a chain. ``fact`` and ``detail`` (the kind of control, the action, the rule) are
    kept for tables and drawings; the JSON is the issue's contract."""

    source: NodeRef
    target: NodeRef
    mechanism: str
    since: date | None = None
    until: date | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    fact: str | None = Field(default=None, exclude=True)
    detail: str | None = Field(default=None, exclude=True)


class Chain(BaseModel):
    cost: float
    edges: list[ChainEdge]


class ChainResult(BaseModel):
    """The k best chains from one thing to another on a date, best first. Dumps as
    ``{"from", "to", "at", "chains"}``."""

    model_config = ConfigDict(validate_by_name=True, validate_by_alias=True, serialize_by_alias=True)

    from_: NodeRef = Field(alias="from")
    to: NodeRef
    at: date
    chains: list[Chain]


class Reached(BaseModel):
    """A node reached (or reaching), with the cheapest chain within the budget: its cost, steps, the
    mechanism of each step and the nodes in between."""

    node: NodeRef
    cost: float
    hops: int
    mechanisms: list[str]
    via: list[NodeRef]


class ReachResult(BaseModel):
    """The councils ``body`` reaches on ``at`` within the cost budget, cheapest first."""

    body: NodeRef
    at: date
    budget: float
    councils: list[Reached]


class OverResult(BaseModel):
    """The bodies (and, if asked, people) that reach ``council`` on ``at`` within the budget."""

    council: NodeRef
    at: date
    budget: float
    bodies: list[Reached]


class Ranked(BaseModel):
    node: NodeRef
    kind: str
    score: float
    councils: int


class RankResult(BaseModel):
    at: date
    by: str
    entries: list[Ranked]


# ---------------------------------------------------------------- resolving names

#: What a chain can start or end at.
NODE_KINDS = ["body", "person", "post", "policy"]


def resolve(store: OxigraphStore, reference: str, kinds: list[str] | None = None) -> lookup.Candidate:
    """The one node ``reference`` names (an IRI, a GSS code or other identifier, a label or alias).
    Raises :class:`lookup.NotFound` or :class:`lookup.Ambiguous` (with the candidates)."""
    return lookup.resolve(store, reference, kinds or NODE_KINDS)


def _ref(projection: Projection, node: str, names: dict[str, str]) -> NodeRef:
    return NodeRef(iri=node, label=names.get(node, node), kind=projection.kind(node))


# ---------------------------------------------------------------- chains

def chains(store: OxigraphStore, source: str, target: str, at: date | None = None, k: int = 5,
           max_hops: int = 6) -> ChainResult:
    """The ``k`` cheapest simple chains from ``source`` to ``target`` on ``at`` (default today), of at
    most ``max_hops`` steps, best first; ties go to fewer steps, then to a fixed order of mechanisms and facts.

    ``source`` and ``target`` are IRIs, identifiers (GSS codes) or names; a name that fits several
    things raises :class:`lookup.Ambiguous`. Cost, after the projection: two bounded breadth-first
    searches, then Yen's algorithm on the part of the graph within ``max_hops`` of both ends (a few
    milliseconds on the benchmark graph), then one query for labels and one for evidence."""
    if k < 1:
        raise ValueError("k must be at least 1")
    if max_hops < 1:
        raise ValueError("max_hops must be at least 1")
    projection = project(store, at)
    start, end = resolve(store, source), resolve(store, target)
    found = _best_chains(projection, start.iri, end.iri, k, max_hops)
    nodes = {start.iri, end.iri} | {n for chain in found for _, u, v, _ in chain for n in (u, v)}
    extra = {str(d[name]) for chain in found for _, _, _, d in chain
             for name in ("rule", "lead", "about") if d.get(name)}
    decisions = {d["fact"] for chain in found for _, _, _, d in chain if d["mechanism"] in
                 ("decided", "selects", "deselects")}
    names = labels(store, nodes | extra) | labels(store, decisions, fallback=False)
    names.setdefault(start.iri, start.label)
    names.setdefault(end.iri, end.label)
    proof = evidence(store, {f for chain in found for _, _, _, d in chain for f in d["facts"]})
    result = []
    for chain in found:
        steps = [ChainEdge(source=_ref(projection, u, names), target=_ref(projection, v, names),
                           mechanism=d["mechanism"], since=d["since"], until=d["until"],
                           evidence=_pooled(proof, d["facts"]) or _fallback(projection, d), fact=d["fact"],
                           detail=_detail(d, names))
                 for _, u, v, d in chain]
        result.append(Chain(cost=round(sum(c for c, *_ in chain), 6), edges=steps))
    at_day = projection.at
    return ChainResult(from_=_ref(projection, start.iri, names), to=_ref(projection, end.iri, names),
                       at=at_day, chains=result)


def _pooled(proof: dict[str, list[Evidence]], facts: list[str]) -> list[Evidence]:
    """The evidence of every fact a step stands for, each item once, quotes first."""
    items: list[Evidence] = []
    for fact in facts:
        items += [e for e in proof.get(fact, []) if e not in items]
    return sorted(items, key=lambda e: e.quote is None)


def _fallback(projection: Projection, data: dict) -> list[Evidence]:
    """When a fact names no page and no quote: the loaded source(s) of the graph(s) stating it."""
    out = []
    for graph in data.get("graphs", []):
        source, url = projection.timeline.sources.get(graph, (graph, None))
        out.append(Evidence(source=url or source))
    return out


def _detail(data: dict, names: dict[str, str]) -> str | None:
    """A short phrase for tables and drawings: the rule, the kind of control, the action."""
    mechanism = data["mechanism"]
    if mechanism == "authority" and data.get("rule"):
        return f"under {names.get(str(data['rule']), data['rule'])}"
    if mechanism == "controls":
        kind = str(data.get("kind") or "control").replace("-", " ")
        seats = f", {data['seats']} of {data['total']} seats" if data.get("seats") and data.get("total") else ""
        lead = data.get("lead")
        led = f", led by {names.get(str(lead), lead)}" if lead and lead != data.get("controller") else ""
        return f"{kind}{seats}{led}"
    if mechanism in ("decided", "selects", "deselects"):
        action = data.get("action") or mechanism
        name = names.get(data["fact"])
        # a name made of the step's own parts ("NEC: request, Haringey", as the text loader labels its
        # decisions) says nothing the step does not; a decision's own title ("Pause the HDV") does
        return f"{action}: {name}" if name and f": {action}, " not in name else action
    if mechanism in ("opposes", "supports") and data.get("about"):
        return names.get(str(data["about"]), str(data["about"]))
    if data.get("derived"):
        return "as a councillor of its party"
    return None


_Step = tuple[float, str, str, dict]


def _best_chains(projection: Projection, source: str, target: str, k: int, max_hops: int) -> list[list[_Step]]:
    graph = projection.graph
    if source == target or source not in graph or target not in graph:
        return []
    # Only nodes on some chain of at most max_hops steps matter: those whose distance from the
    # source plus distance to the target fits. Two breadth-first searches find them.
    to_target = dict(nx.single_target_shortest_path_length(graph, target, cutoff=max_hops))
    if source not in to_target:
        return []
    from_source = _bounded_bfs(graph, source, to_target, max_hops)
    keep = set(from_source)
    region = nx.DiGraph()
    for u in sorted(keep):  # sorted: Yen's order among equal costs must not depend on string hashing
        for v, parallel in graph.adj[u].items():
            if v in keep and from_source[u] + 1 + to_target[v] <= max_hops:
                region.add_edge(u, v, weight=min(d["cost"] for d in parallel.values()))

    def parallel_steps(u: str, v: str) -> list[_Step]:
        steps = [(d["cost"], u, v, d) for d in graph.adj[u][v].values()]
        return sorted(steps, key=lambda s: (s[0], s[3]["mechanism"], s[3]["fact"]))[:k]

    # Yen's algorithm yields node paths by their cheapest cost; each node path stands for every
    # choice of parallel edges along it, which costs at least as much. A chain is final once no
    # node path still to come can be as cheap (equal costs wait, to be ordered by fewer steps).
    found: list[list[_Step]] = []
    waiting: list[tuple[tuple, int, list[_Step]]] = []
    counter = itertools.count()
    seen_paths = 0
    for path in nx.shortest_simple_paths(region, source, target, weight="weight"):
        floor = sum(region[u][v]["weight"] for u, v in itertools.pairwise(path))
        while waiting and waiting[0][0][0] < floor and len(found) < k:
            found.append(heapq.heappop(waiting)[2])
        seen_paths += 1
        if len(found) >= k or seen_paths > MAX_CANDIDATE_PATHS:
            break
        if len(path) - 1 > max_hops:
            continue
        options = [parallel_steps(u, v) for u, v in itertools.pairwise(path)]
        for combo in itertools.islice(itertools.product(*options), 50 * k):
            order = (round(sum(step[0] for step in combo), 6), len(combo),
                     tuple((s[3]["mechanism"], s[3]["fact"]) for s in combo))
            heapq.heappush(waiting, (order, next(counter), list(combo)))
    while waiting and len(found) < k:
        found.append(heapq.heappop(waiting)[2])
    return found


def _bounded_bfs(graph: nx.MultiDiGraph, source: str, to_target: dict[str, int], max_hops: int) -> dict[str, int]:
    """Steps from ``source`` to each node that lies on some walk of at most ``max_hops`` steps to the
    target (``to_target``: steps from each node to the target). Hand-written because networkx's
    breadth-first searches cannot be told to stop at nodes too far from the target, and a subgraph
    view that hides them costs three times as much (measured on the benchmark graph)."""
    found = {source: 0}
    frontier = [source]
    for depth in range(1, max_hops + 1):
        following = []
        for node in frontier:
            for nxt in graph.adj[node]:
                if nxt not in found and depth + to_target.get(nxt, max_hops + 1) <= max_hops:
                    found[nxt] = depth
                    following.append(nxt)
        frontier = following
    return found


# ---------------------------------------------------------------- reach and over

def reach(store: OxigraphStore, body: str, at: date | None = None, budget: float = BUDGET) -> ReachResult:
    """The councils ``body`` reaches on ``at`` within ``budget``, cheapest first, each with how.
    Cost: one Dijkstra search from the body, bounded by the budget."""
    projection = project(store, at)
    start = resolve(store, body)
    found = _cheapest(projection, start.iri, budget, reverse=False)
    councils = {n: v for n, v in found.items() if projection.kind(n) == "council" and n != start.iri}
    return ReachResult(body=NodeRef(iri=start.iri, label=start.label, kind=projection.kind(start.iri)),
                       at=projection.at, budget=budget, councils=_reached(store, projection, councils))


def over(store: OxigraphStore, council: str, at: date | None = None, budget: float = BUDGET,
         people: bool = False) -> OverResult:
    """The bodies that reach ``council`` on ``at`` within ``budget`` (with ``people``, the people
    too), cheapest first, each with how. Cost: one Dijkstra search backwards from the council."""
    projection = project(store, at)
    end = resolve(store, council)
    wanted = BODY_KINDS | ({"person"} if people else set())
    found = _cheapest(projection, end.iri, budget, reverse=True)
    bodies = {n: v for n, v in found.items() if projection.kind(n) in wanted and n != end.iri}
    return OverResult(council=NodeRef(iri=end.iri, label=end.label, kind=projection.kind(end.iri)),
                      at=projection.at, budget=budget, bodies=_reached(store, projection, bodies))


def _cheapest(projection: Projection, node: str, budget: float, reverse: bool) -> dict[str, tuple[float, list[str]]]:
    """Node -> (cost, path from the start in influence order) for everything within ``budget``."""
    simple = projection.simple()
    if node not in simple:
        return {}
    graph = simple.reverse(copy=False) if reverse else simple
    costs, paths = nx.single_source_dijkstra(graph, node, cutoff=budget, weight="weight")
    return {n: (c, list(reversed(paths[n])) if reverse else paths[n]) for n, c in costs.items()}


def _reached(store: OxigraphStore, projection: Projection, found: dict[str, tuple[float, list[str]]]) -> list[Reached]:
    names = labels(store, {n for _, path in found.values() for n in path})
    simple = projection.simple()
    out = []
    for node, (cost, path) in sorted(found.items(), key=lambda kv: (kv[1][0], len(kv[1][1]), names.get(kv[0], ""))):
        mechanisms = [_cheapest_mechanism(projection, u, v, simple[u][v]["weight"]) for u, v in itertools.pairwise(path)]
        out.append(Reached(node=_ref(projection, node, names), cost=round(cost, 6), hops=len(path) - 1,
                           mechanisms=mechanisms, via=[_ref(projection, n, names) for n in path[1:-1]]))
    return out


def _cheapest_mechanism(projection: Projection, u: str, v: str, cost: float) -> str:
    return min(d["mechanism"] for d in projection.graph.adj[u][v].values() if d["cost"] == cost)


# ---------------------------------------------------------------- rankings

Ranking = Literal["reach", "pagerank", "betweenness"]


def rank(store: OxigraphStore, at: date | None = None, by: Ranking = "reach", limit: int = 20,
         budget: float = BUDGET, samples: int = 50, seed: int = 0) -> RankResult:
    """Bodies and people ranked by how much of the council landscape they command on ``at``.

    - ``reach``: how many councils each reaches within ``budget`` (:func:`reach`). Politically, the
      span of control: a national executive over every council its party runs scores hundreds; a
      council leader, one. Cost: one bounded Dijkstra per body or person with an outgoing edge
      (1.6 s on the benchmark graph: most councillors hold no office and are skipped).
    - ``pagerank``: PageRank on the reversed graph, edges weighted by strength (1/cost): a node
      scores for what it directs, weighted by how much *that* directs. Politically, standing at the
      top of long chains of command rather than many short ones. Cost: a few sparse power
      iterations (scipy), linear in the edges (0.35 s on the benchmark graph).
    - ``betweenness``: how often a node lies on the cheapest chains of command from party
      organisations (a seeded sample of ``samples`` of them: parties, their bodies and groups,
      factions) to every council. Letters and their stances (:data:`PRESSURE`) are left out: signing
      a protest against the NEC is no route to the councils the NEC directs. Politically, the
      brokers: the groups, offices and officeholders through whom a party's power reaches councils.
      Cost: one Dijkstra per sample (a few seconds for the default 50 on the benchmark graph).
    """
    if by not in ("reach", "pagerank", "betweenness"):
        raise ValueError(f"rank by reach, pagerank or betweenness, not {by!r}")
    if limit < 1:
        raise ValueError("limit must be at least 1")
    projection = project(store, at)
    simple = projection.simple()
    candidates = [n for n in simple if projection.kind(n) in (BODY_KINDS - {"council"}) | {"person"}
                  and simple.out_degree(n) > 0]
    councils = {n for n in simple if projection.kind(n) == "council"}
    reached: dict[str, int] = {}

    def count(node: str) -> int:
        if node not in reached:
            lengths = nx.single_source_dijkstra_path_length(simple, node, cutoff=budget, weight="weight")
            reached[node] = sum(1 for n in lengths if n in councils)
        return reached[node]

    if by == "reach":
        scores = {n: float(count(n)) for n in candidates}
    elif by == "pagerank":
        if simple.number_of_edges() == 0:
            scores = {}
        else:
            pr = nx.pagerank(simple.reverse(copy=False), weight="strength")
            scores = {n: pr[n] for n in candidates}
    else:
        pool = sorted(n for n in candidates if projection.kind(n) != "person")
        chosen = random.Random(seed).sample(pool, min(samples, len(pool)))
        command = nx.subgraph_view(simple, filter_edge=lambda u, v: simple[u][v]["mechanism"] not in PRESSURE)
        between = nx.betweenness_centrality_subset(command, sources=chosen, targets=sorted(councils),
                                                   normalized=False, weight="weight")
        pairs = max(1, len(chosen) * len(councils))
        scores = {n: between[n] / pairs for n in candidates}
    top = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    names = labels(store, [n for n, _ in top])
    entries = [Ranked(node=_ref(projection, n, names), kind=projection.kind(n), score=round(s, 9),
                      councils=count(n)) for n, s in top]
    return RankResult(at=projection.at, by=by, entries=entries)


__all__ = [
    "BUDGET", "COSTS", "PRESSURE", "Chain", "ChainEdge", "ChainResult", "Evidence", "NodeRef", "OverResult", "Projection",
    "RankResult", "Ranked", "ReachResult", "Reached", "chains", "evidence", "holds", "labels", "over",
    "project", "rank", "reach", "resolve",
]
