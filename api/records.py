"""Reading the graph into the REST models: councils, people, bodies, decisions, search hits.

Each function runs a few ``http-*`` named queries and assembles their rows; none knows about HTTP,
so a command could print the same records. References (``{id}`` in a route) are resolved by
:func:`resolve`: the path of a minted IRI under the kind's folder (``claire-kober`` for
``id/person/claire-kober``, ``labour/nec`` for ``id/body/labour/nec``), then whatever
:func:`partygraph.graph.lookup.resolve` accepts (IRI, GSS code, QID, ``scheme:value``, name).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from ..graph import lookup
from ..graph.store import OxigraphStore
from ..ontology import uris
from ..ontology.namespaces import OWL
from .models import Authority, Body, Council, Decision, DecisionPage, Evidence, Membership, Person, Ref, SearchHit

#: The folders of minted IRIs a slug is tried under, by the kinds of thing a route asks for.
FOLDERS: dict[str, tuple[str, ...]] = {
    "council": ("council",),
    "person": ("person",),
    "body": ("body", "party", "faction", "org", "council"),
}


_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._~+-]*(?:/[A-Za-z0-9._~+-]+)*$")


def resolve(store: OxigraphStore, reference: str, kinds: Sequence[str]) -> lookup.Candidate:
    """The one thing ``reference`` names among ``kinds``. Raises :class:`lookup.NotFound` or
    :class:`lookup.Ambiguous`. Cost: an indexed probe per folder, then a lookup."""
    ref = reference.strip()
    if _SLUG.match(ref):
        for kind in kinds:
            for folder in FOLDERS.get(kind, ()):
                found = lookup.find(store, str(uris.iri(f"{folder}/{ref}")), kinds)
                if found and found[0].matched == "iri":
                    return found[0]
    return lookup.resolve(store, ref, kinds)


# ---------------------------------------------------------------------- helpers

def _label(iri: str, label: object) -> str:
    if label:
        return str(label)
    return uris.local_path(iri) or iri


def _ref(row: dict[str, object], key: str, label_key: str | None = None) -> Ref | None:
    value = row.get(key)
    if not value:
        return None
    return Ref(iri=str(value), label=_label(str(value), row.get(label_key or f"{key}Label")))


def _sources(row: dict[str, object]) -> list[str]:
    return sorted(set(str(row.get("sources") or "").split()))


def _date(value: object) -> dt.date | None:
    return value if isinstance(value, dt.date) else None


# ---------------------------------------------------------------------- councils

def councils(store: OxigraphStore, *, council: str | None = None, name: str | None = None,
             nation: str | None = None, region: str | None = None, type: str | None = None,
             current: bool | None = None, today: dt.date | None = None) -> list[Council]:
    """Councils matching the filters, by name. Cost: one pass over the councils, plus a probe for
    the ``owl:sameAs`` links of each one returned when a single council is asked for."""
    today = today or dt.date.today()
    rows = store.rows("http-councils", council=council, called=name or None, nation=nation or None,
                      region=region or None, type=type or None, current=current, today=today)
    out = []
    for row in rows:
        end = _date(row.get("end"))
        out.append(Council(iri=str(row["council"]), label=str(row["label"]), gss=row.get("gss"),  # type: ignore[arg-type]
                           code=row.get("code"), nation=row.get("nation"), region=row.get("region"),  # type: ignore[arg-type]
                           type=row.get("type"), start=_date(row.get("start")), end=end,  # type: ignore[arg-type]
                           current=end is None or end > today))
    if council is not None:
        for item in out:
            item.same_as = _identifiers(store, item.iri)[1]
    return out


def _identifiers(store: OxigraphStore, iri: str) -> tuple[list[str], list[str]]:
    """(identifiers as ``property:value`` strings, ``owl:sameAs`` IRIs) of a thing."""
    identifiers, same_as = [], []
    for row in store.rows("http-identifiers", thing=iri):
        prop, value = str(row["property"]), str(row["value"])
        if prop == str(OWL.sameAs):
            same_as.append(value)
        else:
            identifiers.append(f"{prop.rsplit('#', 1)[-1]}:{value}" if prop.endswith(("#gssCode", "#wikidata",
                                                                                       "#localAuthorityCode"))
                               else value)
    return identifiers, same_as


# ---------------------------------------------------------------------- memberships, people, bodies

def _membership(row: dict[str, object], derived: bool = False) -> Membership:
    return Membership(
        iri=str(row["membership"]), member=_ref(row, "member"),  # type: ignore[arg-type]
        organisation=_ref(row, "organisation") or Ref(iri="", label=""), post=_ref(row, "post"),
        role=_ref(row, "role"), on_behalf_of=_ref(row, "party"), ward=_ref(row, "ward"),
        start=_date(row.get("start")), end=_date(row.get("end")), observed=_date(row.get("observed")),
        precision=row.get("precision"), derived=derived, sources=_sources(row))  # type: ignore[arg-type]


def person(store: OxigraphStore, candidate: lookup.Candidate) -> Person:
    """A person's offices and memberships over time, oldest first, with identifiers and
    ``owl:sameAs`` links. Cost: two indexed queries."""
    memberships = [_membership(r) for r in store.rows("http-memberships", member=candidate.iri)]
    identifiers, same_as = _identifiers(store, candidate.iri)
    return Person(iri=candidate.iri, label=candidate.label, identifiers=identifiers, same_as=same_as,
                  offices=[m for m in memberships if m.post is not None],
                  memberships=[m for m in memberships if m.post is None])


def body(store: OxigraphStore, candidate: lookup.Candidate) -> Body:
    """A body: its party and council, the authority it holds, its members and office holders (for a
    council group, its councillors too), and every decision it took. Cost: five indexed queries."""
    rows = store.rows("http-body", body=candidate.iri)
    head = rows[0] if rows else {}
    members = [_membership(r) for r in store.rows("http-memberships", organisation=candidate.iri)]
    derived = store.rows("http-group-members", group=candidate.iri)
    for row in derived:
        row = {**row, "organisation": candidate.iri, "organisationLabel": candidate.label,
               "role": str(uris.role("councillor")), "roleLabel": "councillor"}
        members.append(_membership(row, derived=True))
    authority = [Authority(iri=str(r["authority"]), label=r.get("label"), over=_ref(r, "over"),  # type: ignore[arg-type]
                           over_groups_of=_ref(r, "groupsOf"), rule=_ref(r, "rule"), start=_date(r.get("start")),
                           end=_date(r.get("end")), sources=_sources(r))
                 for r in store.rows("http-authorities", holder=candidate.iri)]
    return Body(iri=candidate.iri, label=str(head.get("label") or candidate.label),
                types=sorted(set(str(head.get("types") or "").split())), party=_ref(head, "party"),
                council=_ref(head, "council"), authority=authority, members=members,
                decisions=decisions(store, by=candidate.iri, limit=10_000).items)


# ---------------------------------------------------------------------- decisions

def decisions(store: OxigraphStore, *, by: str | None = None, affects: str | None = None,
              start: dt.date | None = None, end: dt.date | None = None, limit: int = 50,
              offset: int = 0) -> DecisionPage:
    """A page of decisions, oldest first, with what each affects and its sources. Cost: a count, a
    page query and one query for the details of the page's decisions."""
    filters = {"by": by, "affects": affects, "from": start, "to": end}
    total = int(store.rows("http-decisions-count", **filters)[0]["decisions"])  # type: ignore[call-overload]
    page = store.rows("http-decisions", limit=limit, offset=offset, **filters) if total > offset else []
    items: dict[str, Decision] = {}
    for r in page:
        items[str(r["decision"])] = Decision(
            iri=str(r["decision"]), label=r.get("label"), decided_by=_ref(r, "by"), action=_ref(r, "action"),  # type: ignore[arg-type]
            date=_date(r.get("date")), rule=_ref(r, "rule"), votes_for=r.get("votesFor"),  # type: ignore[arg-type]
            votes_against=r.get("votesAgainst"))  # type: ignore[arg-type]
    if items:
        for r in store.rows("http-decision-details", decisions=list(items)):
            item = items[str(r["decision"])]
            if r.get("affected") and not any(a.iri == str(r["affected"]) for a in item.affects):
                item.affects.append(_ref(r, "affected"))  # type: ignore[arg-type]
            if r.get("source") and str(r["source"]) not in item.sources:
                item.sources.append(str(r["source"]))
            if r.get("evidenceSource") or r.get("quote"):
                item.evidence.append(Evidence(source=r.get("evidenceSource"), quote=r.get("quote")))  # type: ignore[arg-type]
        for item in items.values():
            item.affects.sort(key=lambda a: a.label)
            item.sources.sort()
    return DecisionPage(total=total, limit=limit, offset=offset, items=list(items.values()))


# ---------------------------------------------------------------------- search

def search(store: OxigraphStore, q: str, kinds: Iterable[str] | None = None, limit: int = 10) -> list[SearchHit]:
    """Things whose name, identifier or IRI matches ``q``, best first (for autocomplete)."""
    return [SearchHit(iri=c.iri, label=c.label, types=sorted(c.types), matched=c.matched, score=c.score)
            for c in lookup.find(store, q, kinds, limit)]
