"""Who governs a council on a date: the controlling party (or coalition, or no overall control) with
its seats, the leader or elected mayor, the executive, the party group and the party bodies above it,
and the sources all of that rests on.

``who_governs`` is the one library function behind ``partygraph governs`` and
``GET /councils/{id}/governance``; its answer is a pydantic model whose JSON is the API's contract.

How it chooses, when the graph says several things at once:

- **control**: of the controls that hold on the day (``ontology/README.md``'s date test), the one that
  started - or was observed - last. An old register's control is open-ended ("still true as far as
  that register knew"); a later control supersedes it. Coalition partners are the other parties it
  names (``pg:controlledBy``); ``party`` is the lead party, or the one with the majority.
- **leader**: the holder of the council's elected-mayor post if there is one, else of its leader post;
  if neither is held that day (between a leader's going and the next's swearing-in), the leader of the
  controlling party's group on the council. Ties again go to the latest start.
- **executive**: the holders, that day, of the council's mayor, leader, deputy-leader and
  cabinet-member posts (the civic mayor and committee chairs are not the executive); of several
  holders of one post, those who began (or were seen) last.
- **group**: the council group of the controlling (or lead) party; **bodies_above**: the holders of
  each ``pg:Authority`` over that group or over every council group of its party.
- a council that had ceased to exist by the day (its ``schema:endDate``, from the register) is
  governed by nobody: the answer names it, with ``until``, and nothing else.

Cost: seven small named queries (``governance-*.rq``), each an index scan of one council's facts, and
a label probe (``governance-labels``) for each thing the answer names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from pydantic import BaseModel, Field

from ..ontology import uris
from ..ontology.namespaces import CONTROL, ROLE
from .lookup import resolve
from .store import OxigraphStore

#: The roles of a council's executive, in the order an answer lists them.
EXECUTIVE_ROLES = ("mayor", "leader", "deputy-leader", "cabinet-member")


class Ref(BaseModel):
    """A thing in the graph: its IRI and display label."""

    iri: str
    label: str


class CouncilRef(Ref):
    gss: str | None = None
    until: date | None = Field(None, description="the day the council ceased to exist, if it has")


class SeatCount(BaseModel):
    party: Ref
    seats: int


class Control(BaseModel):
    """Political control on the day: ``kind`` is majority, minority, coalition or no-overall-control."""

    iri: str
    kind: str | None = None
    party: Ref | None = Field(None, description="the party with the majority, or the lead party")
    partners: list[Ref] = Field(default_factory=list, description="the other parties of a coalition")
    seats: int | None = None
    total_seats: int | None = None
    composition: list[SeatCount] = Field(default_factory=list)
    since: date | None = None
    observed_on: date | None = None
    until: date | None = None


class Holder(BaseModel):
    """Someone holding a post on the day: since when, or, when the start is unknown, the day a
    source saw them in it (``observed_on``)."""

    person: Ref
    post: Ref
    role: str | None = None
    party: Ref | None = None
    since: date | None = None
    observed_on: date | None = None


class BodyAbove(Ref):
    """A party body with authority over the council group, and the rule it rests on."""

    rule: Ref | None = None


class SourceRef(BaseModel):
    """A loaded source whose graph states part of the answer, with the public pages its facts cite."""

    iri: str
    title: str
    url: str | None = None
    pages: list[str] = Field(default_factory=list)


class Governance(BaseModel):
    council: CouncilRef
    at: date
    control: Control | None = None
    leader: Holder | None = None
    executive: list[Holder] = Field(default_factory=list)
    group: Ref | None = None
    bodies_above: list[BodyAbove] = Field(default_factory=list)
    sources: list[SourceRef] = Field(default_factory=list)


def who_governs(store: OxigraphStore, council: str, at: date | None = None) -> Governance:
    """Who governs ``council`` (a GSS code, a name or alias, or an IRI) on ``at`` (default today).

    Raises :class:`partygraph.graph.lookup.NotFound` when no council matches and
    :class:`partygraph.graph.lookup.Ambiguous` (with the candidates) when several do."""
    day = at or date.today()
    iri = resolve(store, council, ["council"]).iri
    labels = _Labels(store)
    head = store.rows("governance-council", council=iri)
    gss = next((str(r["gss"]) for r in head if r.get("gss")), None)
    ended = min((r["end"] for r in head if isinstance(r.get("end"), date)), default=None)
    council_ref = CouncilRef(iri=iri, label=labels[iri], gss=gss, until=ended)
    if ended is not None and day >= ended:
        return Governance(council=council_ref, at=day)  # abolished: nobody governs it
    facts: list[str] = []

    control = _control(store, iri, day, labels, facts)
    offices = _offices(store, iri, day)
    groups = store.rows("governance-groups", council=iri)
    lead_party = control.party.iri if control and control.party else None
    group_row = next((g for g in groups if lead_party and str(g.get("party")) == lead_party), None)
    group = str(group_row["group"]) if group_row else None
    if group:
        facts.append(group)

    leader_rows = ([o for o in offices if o["role_slug"] == "mayor" and o["organisation"] == iri]
                   or [o for o in offices if o["role_slug"] == "leader" and o["organisation"] == iri]
                   or [o for o in offices if o["role_slug"] == "leader" and group and o["organisation"] == group])
    leader = _latest(_holders(leader_rows, labels))
    in_executive = _latest_per_post([o for o in offices if o["role_slug"] in EXECUTIVE_ROLES and o["organisation"] == iri])
    executive = _holders(in_executive, labels)
    facts += [str(o["membership"]) for o in [*in_executive, *leader_rows]]

    bodies: list[BodyAbove] = []
    if group and lead_party:
        seen_bodies: set[str] = set()
        for row in store.rows("governance-bodies-above", group=group, party=lead_party, at=day):
            facts.append(str(row["authority"]))
            body = str(row["body"])
            if body in seen_bodies:
                continue
            seen_bodies.add(body)
            rule = str(row["rule"]) if row.get("rule") else None
            bodies.append(BodyAbove(iri=body, label=labels[body], rule=Ref(iri=rule, label=labels[rule]) if rule else None))

    return Governance(
        council=council_ref,
        at=day,
        control=control,
        leader=leader,
        executive=executive,
        group=Ref(iri=group, label=labels[group]) if group else None,
        bodies_above=bodies,
        sources=_sources(store, facts),
    )


# ---------------------------------------------------------------- pieces

def _control(store: OxigraphStore, council: str, day: date, labels: _Labels, facts: list[str]) -> Control | None:
    rows = store.rows("governance-controls", council=council, at=day)
    if not rows:
        return None
    by_control: dict[str, list[dict[str, object]]] = defaultdict(list)
    for row in rows:
        by_control[str(row["control"])].append(row)

    chosen, chosen_rows = _current_control(by_control)
    first = chosen_rows[0]
    controllers = sorted({str(r["controller"]) for r in chosen_rows if r.get("controller")})
    lead = str(first["lead"]) if first.get("lead") else (controllers[0] if len(controllers) == 1 else None)
    partners = [c for c in controllers if c != lead]
    composition = [SeatCount(party=Ref(iri=str(r["party"]), label=labels[str(r["party"])]), seats=int(r["seats"]))  # type: ignore[arg-type]
                   for r in store.rows("governance-composition", control=chosen)]
    facts.append(chosen)
    kind = str(first["kind"]) if first.get("kind") else None
    return Control(
        iri=chosen,
        kind=kind[len(str(CONTROL)):] if kind and kind.startswith(str(CONTROL)) else kind,
        party=Ref(iri=lead, label=labels[lead]) if lead else None,
        partners=[Ref(iri=p, label=labels[p]) for p in partners],
        seats=int(first["seats"]) if first.get("seats") is not None else None,  # type: ignore[arg-type]
        total_seats=int(first["total"]) if first.get("total") is not None else None,  # type: ignore[arg-type]
        composition=composition,
        since=first.get("start"),  # type: ignore[arg-type]
        observed_on=first.get("seen"),  # type: ignore[arg-type]
        until=first.get("end"),  # type: ignore[arg-type]
    )


def _current_control(by_control: dict[str, list[dict[str, object]]]) -> tuple[str, list[dict[str, object]]]:
    """Of the controls holding on the day, the one that describes it best. A dated control (one with
    a start) holds until a later one starts. A control only *seen* on a day (a register read then, an
    article calling the council "Labour-run") takes over only when it is newer than the latest dated
    one and either disagrees with it (control changed) or carries seat counts (newer figures); an
    article that merely confirms the party in control does not hide the dated record's seats."""
    def controllers(rows: list[dict[str, object]]) -> frozenset[str]:
        return frozenset(str(r["controller"]) for r in rows if r.get("controller"))

    dated = [(rows[0]["start"], iri) for iri, rows in by_control.items() if rows[0].get("start")]
    latest = max(dated)[1] if dated else None
    since = by_control[latest][0]["start"] if latest else date.min
    newer = [(rows[0]["seen"], rows[0].get("seats") is not None, iri) for iri, rows in by_control.items()
             if not rows[0].get("start") and rows[0].get("seen") and rows[0]["seen"] >= since  # type: ignore[operator]
             and (latest is None or rows[0].get("seats") is not None
                  or controllers(rows) != controllers(by_control[latest]))]
    chosen = max(newer)[2] if newer else latest
    if chosen is None:  # only undated controls: take any, deterministically
        chosen = max(by_control)
    return chosen, by_control[chosen]


def _offices(store: OxigraphStore, council: str, day: date) -> list[dict[str, object]]:
    out = []
    for row in store.rows("governance-offices", council=council, at=day):
        role = str(row.get("role") or "")
        row["role_slug"] = role[len(str(ROLE)):] if role.startswith(str(ROLE)) else None
        row["organisation"] = str(row["organisation"])
        out.append(row)
    return out


def _latest_per_post(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """For each post, the holdings of the person (or people) who came to it last: a person came to a
    post at their earliest known start, or, with no start known, when a source first saw them in it.
    So an old register's open-ended holder gives way to a newer holder, while an article that sees the
    long-standing holder in post does not make them look new."""
    starts: dict[tuple[str, str], list[date]] = defaultdict(list)
    seens: dict[tuple[str, str], list[date]] = defaultdict(list)
    for row in rows:
        key = (str(row["post"]), str(row["person"]))
        if isinstance(row.get("start"), date):
            starts[key].append(row["start"])  # type: ignore[arg-type]
        if isinstance(row.get("seen"), date):
            seens[key].append(row["seen"])  # type: ignore[arg-type]
    keys = {(str(r["post"]), str(r["person"])) for r in rows}
    came = {k: min(starts[k]) if starts[k] else min(seens[k], default=date.min) for k in keys}
    newest: dict[str, date] = {}
    for (post, _), when in came.items():
        newest[post] = max(newest.get(post, date.min), when)
    return [r for r in rows if came[(str(r["post"]), str(r["person"]))] == newest[str(r["post"])]]


def _holders(rows: Iterable[dict[str, object]], labels: _Labels) -> list[Holder]:
    """One holder per person and post (several sources may say the same), with the earliest start
    and earliest sighting, in the order of :data:`EXECUTIVE_ROLES` and then by name."""
    merged: dict[tuple[str, str], Holder] = {}
    for row in rows:
        person, post = str(row["person"]), str(row["post"])
        start, seen = row.get("start"), row.get("seen")
        party = str(row["party"]) if row.get("party") else None
        holder = merged.setdefault((person, post), Holder(
            person=Ref(iri=person, label=labels[person]), post=Ref(iri=post, label=labels[post]),
            role=row.get("role_slug"), party=Ref(iri=party, label=labels[party]) if party else None))  # type: ignore[arg-type]
        if isinstance(start, date) and (holder.since is None or start < holder.since):
            holder.since = start
        if isinstance(seen, date) and (holder.observed_on is None or seen < holder.observed_on):
            holder.observed_on = seen
    order = {role: i for i, role in enumerate(EXECUTIVE_ROLES)}
    return sorted(merged.values(), key=lambda h: (order.get(h.role or "", 99), h.person.label, h.post.label))


def _latest(holders: list[Holder]) -> Holder | None:
    if not holders:
        return None
    return max(holders, key=lambda h: (h.since or h.observed_on or date.min, h.person.iri))


def _sources(store: OxigraphStore, facts: list[str]) -> list[SourceRef]:
    if not facts:
        return []
    out: dict[str, SourceRef] = {}
    for row in store.rows("governance-sources", facts=sorted(set(facts)), provenance=uris.provenance_graph()):
        source = str(row["source"])
        ref = out.setdefault(source, SourceRef(iri=source, title=str(row["title"]),
                                               url=str(row["url"]) if row.get("url") else None))
        page = str(row["page"]) if row.get("page") else None
        if page and page not in ref.pages:
            ref.pages.append(page)
    return sorted(out.values(), key=lambda s: s.title)


class _Labels:
    """Display labels, fetched on demand (one query per thing) and cached for one answer. Of several
    labels (two sources naming a thing differently) the shortest, then the first alphabetically, is
    shown, so the answer does not depend on load order."""

    def __init__(self, store: OxigraphStore):
        self.store = store
        self.cache: dict[str, str] = {}

    def __getitem__(self, iri: str) -> str:
        if iri not in self.cache:
            rows = self.store.rows("governance-labels", things=[iri])
            names = sorted((str(r["label"]) for r in rows), key=lambda n: (len(n), n))
            self.cache[iri] = names[0] if names else (uris.local_path(iri) or iri)
        return self.cache[iri]


__all__ = ["BodyAbove", "Control", "CouncilRef", "Governance", "Holder", "Ref", "SeatCount", "SourceRef", "who_governs"]
