"""Entity linking: before a structured loader mints a person, party or council, find the one already
in the graph. It reads the store (named queries, :mod:`partygraph.graph.lookup`) and never writes.

People are linked in this order, and the first rule that decides wins:

1. **override**: an entry of the override file for this record (see :func:`read_overrides`);
2. **identifier**: another source gave the same identifier (``moderngov:lambeth.gov.uk:8918``,
   ``democracyclub:person:12318``, a Wikidata QID);
3. **name**: the same normalised name (:func:`partygraph.graph.lookup.normalise`) among the people
   who held an office in the same organisation (the council, its groups and wards) - never across
   organisations, since "John Smith" in two councils is two people until something says otherwise;
4. **fuzzy**: among those same people, a name that scores at least :data:`FUZZY_THRESHOLD` with
   rapidfuzz's ``token_sort_ratio`` (spelling: "Danial"/"Daniel"), or that keeps the first and last
   word and adds or drops middle names ("Roger Noel Davison"/"Roger Davison", scored 95);
5. otherwise a new person is **minted** at ``id/person/{slug}``, or ``{slug}-{hash}`` when that IRI
   already belongs to someone else (in the graph, or in this load).

**Conflicts.** A candidate found by name is never taken when its seats and the record's seats
conflict: they could not be one person's. Two council seats conflict when the sources say both were
held on a common day and they are either on two different councils of the same tier (two districts,
two counties; a county seat beside a district seat is the normal "twin-hatted" councillor, so it does
not conflict) or for two differently named wards of one council (a councillor sits for one ward at a
time: a councillor who moves ward holds the two seats one after the other). "The sources say it was
held" means from its start (or ``pg:observedOn``) to the day before its end - or, when it has no end,
up to the date of the source that vouches for it (its ``dcterms:issued``), never into the future: an
open end means "still true as far as that source knew", not "true today".

Within one load a person already claimed by one record is not given to a second record with a
different identifier. Every decision is kept (:attr:`Linker.decisions`): loaders print it in their
notes and write it as ``pg:evidence`` of the person (``pg:rule "link-name"`` ...), which
``partygraph explain-link`` reads back. A wrong merge is undone by reloading the source with an
override file that says ``distinct: true`` (or ``same_as``) for the record.

Cost: one query per identifier, one per organisation (cached for the load), one per candidate's
seats; a load of 63 councillors makes about 70 small queries.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import yaml
from rapidfuzz import fuzz
from rdflib import Literal, URIRef

from ..graph import lookup
from ..graph.lookup import normalise
from ..graph.store import OxigraphStore
from ..ontology import uris
from ..ontology.namespaces import DCTERMS, FOAF, PG, RDF, RDFS, XSD
from .base import SourceError
from .entities import Triples

FUZZY_THRESHOLD = 90.0
#: The score of a name that keeps first and last word and differs only in middle names.
MIDDLE_NAME_SCORE = 95.0
#: The tiers of local government whose seats one person does not hold twice at a time.
_COUNTY_TYPES = {"county", "county council"}
_NO_SEAT_TYPES = {"combined authority", "strategic regional authority"}


# ---------------------------------------------------------------- overrides

@dataclass(frozen=True)
class Override:
    """One entry of an override file: for the record it names, link to ``same_as``, or mint a
    person of its own (``distinct``), or never link to any of ``not_``."""

    record: str | None
    name: str | None
    same_as: str | None = None
    distinct: bool = False
    not_: frozenset[str] = frozenset()
    where: str = ""


def read_overrides(path: str | Path | None) -> list[Override]:
    """Read an override file (YAML): a list of entries, each naming a record by ``record`` (an
    identifier the source gives it, ``democracyclub:person:12318``) or ``name``, and saying one of
    ``same_as: IRI``, ``distinct: true`` or ``not: [IRI, ...]``::

        - record: democracyclub:person:12318
          distinct: true            # never merge this record with anyone: mint its own person
        - name: Lib Peck
          same_as: https://w3id.org/partygraph/id/person/lib-peck
        - record: moderngov:rotherham.gov.uk:176
          not: [https://w3id.org/partygraph/id/person/john-turner]

    Raises :class:`SourceError` naming the file and entry for anything else."""
    if path is None:
        return []
    file = Path(path)
    if not file.is_file():
        raise SourceError(f"{file}: no such override file")
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{file}:{mark.line + 1}" if mark else str(file)
        raise SourceError(f"{where}: not YAML: {getattr(e, 'problem', e)}") from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise SourceError(f"{file}: an override file is a list of entries (- record: ... / same_as: ...)")
    out = []
    for i, entry in enumerate(data, start=1):
        where = f"{file}: entry {i}"
        if not isinstance(entry, dict):
            raise SourceError(f"{where}: an entry is a mapping with record or name, and same_as, distinct or not")
        unknown = set(entry) - {"record", "name", "same_as", "distinct", "not"}
        if unknown:
            raise SourceError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
        if not entry.get("record") and not entry.get("name"):
            raise SourceError(f"{where}: says neither record nor name")
        nots = entry.get("not") or []
        nots = [nots] if isinstance(nots, str) else nots
        actions = sum(bool(x) for x in (entry.get("same_as"), entry.get("distinct"), nots))
        if actions != 1:
            raise SourceError(f"{where}: give exactly one of same_as, distinct or not")
        for iri in [entry.get("same_as"), *nots]:
            if iri and not str(iri).startswith(("http://", "https://", "urn:")):
                raise SourceError(f"{where}: {iri!r} is not an IRI")
        out.append(Override(str(entry["record"]) if entry.get("record") else None,
                            str(entry["name"]) if entry.get("name") else None,
                            str(entry["same_as"]) if entry.get("same_as") else None,
                            bool(entry.get("distinct")), frozenset(map(str, nots)), where))
    return out


# ---------------------------------------------------------------- seats and conflicts

@dataclass(frozen=True)
class Seat:
    """A council seat a record holds (or held), as far as linking needs to know it."""

    council: str
    ward: str | None = None  # the ward's name, normalised
    start: date | None = None
    end: date | None = None  # the first day it no longer held
    seen: date | None = None  # the last day a source vouches for it when it has no end
    tier: str | None = None  # "district", "county" or None (no seats of its own: combined authorities)
    council_label: str = ""

    def known(self) -> tuple[date, date] | None:
        """The days the sources say the seat was held (first, last), or ``None`` if undated."""
        first = self.start or self.seen
        if first is None:
            return None
        last = self.end - timedelta(days=1) if self.end else max(first, self.seen or first)
        return first, last


def tier(authority_type: str | None) -> str | None:
    """The tier of a kind of authority (the register's type names): ``county``, ``district`` (every
    principal council below a county: districts, boroughs, unitaries), or ``None``."""
    if not authority_type:
        return "district"
    kind = authority_type.strip().lower()
    if kind in _NO_SEAT_TYPES:
        return None
    return "county" if kind in _COUNTY_TYPES else "district"


def conflict(a: Seat, b: Seat) -> str | None:
    """Why one person could not hold both seats, or ``None`` if one could (module docstring)."""
    ka, kb = a.known(), b.known()
    if ka is None or kb is None or ka[0] > kb[1] or kb[0] > ka[1]:
        return None
    day = max(ka[0], kb[0]).isoformat()
    if a.council != b.council:
        if a.tier is None or b.tier is None or a.tier != b.tier:
            return None
        return (f"councillor on {a.council_label or a.council} and on {b.council_label or b.council} "
                f"on {day}")
    if a.ward and b.ward and a.ward != b.ward:
        return f"councillor for two wards ({a.ward}, {b.ward}) of {a.council_label or a.council} on {day}"
    return None


# ---------------------------------------------------------------- decisions

@dataclass(frozen=True)
class Decision:
    """How one record was linked: to which IRI, by which rule, with what score and why."""

    record: str
    name: str
    iri: str
    how: str  # override, identifier, name, fuzzy, minted
    score: float
    detail: str
    notable: bool = True  # worth a line in the notes (not a plain identifier match or a plain mint)

    def __str__(self) -> str:
        path = uris.local_path(self.iri) or self.iri
        verb = "minted" if self.how == "minted" else f"linked by {self.how}"
        # no square brackets: the CLI prints notes through rich, which would read them as markup
        return f"{self.name} ({self.record}): {verb} -> {path}; {self.detail}"


@dataclass
class _Person:
    iri: str
    names: set[str] = field(default_factory=set)


class Linker:
    """Links the people (and parties) of one source to those already in the graph.

    ``exclude`` are the graphs left out: the current version of the source being loaded and of the
    other sources loaded with it (see :func:`partygraph.loaders.prepare`). What they said last time
    does not count, so a reload decides afresh and gives the same answer as a first load.
    ``store`` may be ``None`` (nothing to link against: everyone is minted)."""

    def __init__(self, store: OxigraphStore | None, exclude: Sequence[str] = (),
                 overrides: Sequence[Override] = ()):
        self.store = store
        self.exclude = sorted(set(exclude)) or [str(uris.iri("graph/none"))]
        self.overrides = list(overrides)
        self.decisions: list[Decision] = []
        self._by_record: dict[str, str] = {}
        self._claimed: dict[str, str] = {}  # iri -> record that took it in this load
        self._minted: set[str] = set()
        self._contexts: dict[str, list[_Person]] = {}
        self._seats: dict[str, list[Seat]] = {}
        self._labels: dict[str, str] = {}
        self._existing: dict[tuple[str, ...], URIRef | None] = {}  # (kind, name, identifiers) -> found

    @classmethod
    def for_source(cls, store: OxigraphStore | None, source_iri: str, overrides: Sequence[Override] = (),
                   batch: Sequence[str] = ()) -> Linker:
        """A linker that leaves out the current graph of ``source_iri`` and the graphs ``batch``."""
        current = store.current_graph(source_iri) if store is not None else None
        return cls(store, [*batch, *([current] if current else [])], overrides)

    # ------------------------------------------------------------ people

    def person(self, *, record: str, name: str, identifiers: Sequence[str] = (), contexts: Sequence[str] = (),
               seats: Sequence[Seat] = ()) -> URIRef:
        """The IRI of the person a record describes: found by the rules of the module docstring, or
        minted. ``record`` is the source's own key for the record (its first identifier, say);
        ``contexts`` the organisations the record holds office in; ``seats`` its council seats."""
        if record in self._by_record:
            return URIRef(self._by_record[record])
        override = self._override(record, name, identifiers)
        excluded: set[str] = set(override.not_) if override else set()
        decision: Decision | None = None
        reasons = ""
        if override and override.same_as:
            decision = Decision(record, name, override.same_as, "override", 100.0, f"same_as in {override.where}")
        elif not (override and override.distinct):
            decision = self._by_identifier(record, name, identifiers, excluded)
            if decision is None:
                decision, reasons = self._by_name(record, name, contexts, seats, excluded)
        if decision is None:
            forced = f"distinct in {override.where}" if override and override.distinct else ""
            decision = self._mint(record, name, forced or reasons, bool(forced))
        if excluded:
            passed = ", ".join(sorted(uris.local_path(i) or i for i in excluded))
            decision = dataclasses.replace(decision, detail=f"{decision.detail}; not {passed} by {override.where}",  # type: ignore[union-attr]
                                           notable=True)
        self.decisions.append(decision)
        self._by_record[record] = decision.iri
        self._claimed.setdefault(decision.iri, record)
        return URIRef(decision.iri)

    def _override(self, record: str, name: str, identifiers: Sequence[str]) -> Override | None:
        keys = {record, *identifiers}
        for entry in self.overrides:
            if entry.record and entry.record in keys:
                return entry
        for entry in self.overrides:
            if entry.name and not entry.record and normalise(entry.name) == normalise(name):
                return entry
        return None

    def _free(self, iri: str, record: str, excluded: set[str]) -> bool:
        return iri not in excluded and self._claimed.get(iri, record) == record

    def _by_identifier(self, record: str, name: str, identifiers: Sequence[str], excluded: set[str]) -> Decision | None:
        if self.store is None:
            return None
        for identifier in identifiers:
            rows = self.store.rows("linking-identifier", value=identifier, exclude=self.exclude)
            people = sorted({str(r["thing"]) for r in rows if str(r.get("type")) == str(FOAF.Person)})
            people = [p for p in people if self._free(p, record, excluded)]
            if people:
                more = f"; {len(people) - 1} other(s) share it" if len(people) > 1 else ""
                return Decision(record, name, people[0], "identifier", 100.0, f"{identifier}{more}", notable=bool(more))
        return None

    def _by_name(self, record: str, name: str, contexts: Sequence[str], seats: Sequence[Seat],
                 excluded: set[str]) -> tuple[Decision | None, str]:
        """The one person of the record's organisations with the same or a similar name whose seats
        do not conflict, and the reasons any others were passed over."""
        key = normalise(name)
        if not key or self.store is None:
            return None, ""
        scored: dict[str, tuple[float, str]] = {}
        for context in contexts:
            for person in self._people_in(context):
                if not self._free(person.iri, record, excluded):
                    continue
                score = max(_name_score(key, other) for other in person.names)
                if score >= FUZZY_THRESHOLD and score > scored.get(person.iri, (0.0, ""))[0]:
                    scored[person.iri] = (score, context)
        if not scored:
            return None, ""
        rejected = []
        fitting: list[tuple[float, bool, str, str]] = []
        for iri, (score, context) in scored.items():
            theirs = self._seats_of(iri)
            reason = next((r for mine in seats for their in theirs if (r := conflict(mine, their))), None)
            if reason:
                rejected.append(f"not {uris.local_path(iri) or iri}: {reason}")
                continue
            same_ward = any(m.ward and m.council == t.council and m.ward == t.ward for m in seats for t in theirs)
            fitting.append((score, same_ward, iri, context))
        if not fitting:
            return None, "; ".join(rejected)
        fitting.sort(key=lambda f: (-f[0], not f[1], f[2]))
        best = fitting[0]
        rivals = [f for f in fitting[1:] if f[0] == best[0] and f[1] == best[1]]
        if rivals:
            names = ", ".join(uris.local_path(f[2]) or f[2] for f in [best, *rivals])
            return None, "; ".join([*rejected, f"ambiguous between {names}"])
        how = "name" if best[0] >= 100.0 else "fuzzy"
        context_label = self._label(best[3])
        detail = f"{'same name' if how == 'name' else f'similar name (score {best[0]:.0f})'} in {context_label}"
        if best[1]:
            detail += ", same ward"
        if rejected:
            detail += "; " + "; ".join(rejected)
        return Decision(record, name, best[2], how, best[0], detail), ""

    def _mint(self, record: str, name: str, why: str, forced: bool) -> Decision:
        """A new person: ``person/{slug}``, or ``person/{slug}-{hash of the record}`` when that IRI is
        taken (someone in another graph, or another record of this load)."""
        slug = uris.slugify(name)
        iri = str(uris.person(slug))
        reason = f"no match: {why}" if why and not forced else (why or "no person in the graph matched")
        notable = bool(why)
        if iri in self._minted or iri in self._claimed or self.known(iri):
            iri = str(uris.person(f"{slug}-{uris.digest(record, length=6)}"))
            reason += f"; {uris.local_path(str(uris.person(slug)))} is taken"
            notable = True
        self._minted.add(iri)
        return Decision(record, name, iri, "minted", 100.0, reason, notable=notable)

    def known(self, iri: str) -> bool:
        """Whether a graph other than the excluded ones says anything about ``iri``."""
        return self.store is not None and self.store.named("linking-person-known", thing=iri,
                                                            exclude=self.exclude).boolean

    def _people_in(self, context: str) -> list[_Person]:
        if context not in self._contexts:
            people: dict[str, _Person] = {}
            assert self.store is not None
            for row in self.store.rows("linking-people-in-context", context=context, exclude=self.exclude):
                person = people.setdefault(str(row["person"]), _Person(str(row["person"])))
                person.names.add(normalise(str(row["name"])))
            self._contexts[context] = list(people.values())
        return self._contexts[context]

    def _seats_of(self, person: str) -> list[Seat]:
        if person not in self._seats:
            assert self.store is not None
            seats = []
            for row in self.store.rows("linking-person-seats", person=person, exclude=self.exclude,
                                       provenance=uris.provenance_graph()):
                start, end, seen, issued = (_day(row.get(k)) for k in ("start", "end", "seen", "issued"))
                vouched = max(d for d in (seen, issued, start) if d) if (seen or issued or start) else None
                seats.append(Seat(str(row["council"]), normalise(str(row["ward"])) if row.get("ward") else None,
                                  start, end, vouched if not end else seen, tier(_text(row.get("type"))),
                                  self._label(str(row["council"]))))
            self._seats[person] = seats
        return self._seats[person]

    def _label(self, iri: str) -> str:
        if iri not in self._labels:
            rows = self.store.rows("linking-council", council=iri) if self.store is not None else []
            self._labels[iri] = str(rows[0]["label"]) if rows and rows[0].get("label") else (uris.local_path(iri) or iri)
        return self._labels[iri]

    # ------------------------------------------------------------ parties

    def party(self, name: str | None, identifiers: Sequence[str] = ()) -> URIRef | None:
        """The party already in the graph with one of ``identifiers`` or exactly this name (a label
        or alternative label: never a fuzzy match, since "Independent Group" is not "Independent");
        ``None`` when there is none, for the caller to mint."""
        return self.existing(name, identifiers, "party")

    def existing(self, name: str | None, identifiers: Sequence[str] = (), kind: str = "body") -> URIRef | None:
        """The one thing of ``kind`` (a :data:`partygraph.graph.lookup.KINDS` key) in the graph with
        one of ``identifiers`` or exactly this name, else ``None``. Cached for the load."""
        key = (kind, name or "", *identifiers)
        if key in self._existing:
            return self._existing[key]
        found = None
        if self.store is not None:
            for reference in [*identifiers, name or ""]:
                if not reference.strip():
                    continue
                # lookup.find reads every graph; a thing that only the excluded graphs describe (the
                # source's own last version, say) is not there yet, or every reload would flip between
                # declaring it and not.
                candidates = [c for c in lookup.find(self.store, reference, [kind])
                              if c.matched in ("iri", "identifier", "label", "alias")]
                if len(candidates) == 1 and self.known(candidates[0].iri):
                    found = URIRef(candidates[0].iri)
                    break
        self._existing[key] = found
        return found

    # ------------------------------------------------------------ reporting

    def notes(self) -> list[str]:
        """A summary of the decisions and one line for each notable one (all but plain identifier
        matches and plain mints)."""
        counts = Counter(d.how for d in self.decisions)
        if not counts:
            return []
        order = ["override", "identifier", "name", "fuzzy", "minted"]
        summary = ", ".join(f"{counts[k]} by {k}" if k != "minted" else f"{counts[k]} minted" for k in order if counts[k])
        lines = [f"people: {summary}"]
        lines += [f"  {d}" for d in self.decisions if d.notable]
        return lines

    def evidence(self, triples: Triples, source: URIRef) -> None:
        """Write each decision as ``pg:evidence`` of the person: rule ``link-{how}``, the name as the
        source wrote it (``pg:quote``), the record (``dcterms:identifier``), score and reason."""
        for d in self.decisions:
            node = uris.iri(f"evidence/{uris.digest(source, d.record, d.iri, 'link')}")
            person = URIRef(d.iri)
            triples.add(person, PG.evidence, node)
            triples.add(node, RDF.type, PG.Evidence)
            triples.add(node, DCTERMS.source, source)
            triples.add(node, PG.rule, f"link-{d.how}")
            triples.add(node, PG.confidence, Literal(f"{d.score / 100:.2f}", datatype=XSD.decimal))
            triples.add(node, PG.quote, d.name)
            triples.add(node, DCTERMS.identifier, d.record)
            triples.add(node, RDFS.comment, d.detail)


def _name_score(key: str, other: str) -> float:
    if key == other:
        return 100.0
    a, b = key.split(), other.split()
    if len(a) >= 2 and len(b) >= 2 and a[0] == b[0] and a[-1] == b[-1]:
        return MIDDLE_NAME_SCORE
    return float(fuzz.token_sort_ratio(key, other))


def _day(value: object) -> date | None:
    return value if isinstance(value, date) else None


def _text(value: object) -> str | None:
    return str(value) if value is not None else None


# ---------------------------------------------------------------- councils

def council_info(store: OxigraphStore, council: str) -> dict[str, object]:
    """Label, GSS code, register code, kind and end of a council in the graph (``linking-council``)."""
    rows = store.rows("linking-council", council=council)
    if not rows:
        raise SourceError(f"{council} is not a council in the graph")
    info = dict(rows[0])
    info["iri"] = council
    return info


def resolve_council(store: OxigraphStore | None, reference: str, where: str) -> str:
    """The IRI of the council ``reference`` names (a GSS code, a register code, a name or an IRI).
    Raises :class:`SourceError` naming ``where`` when none or several match."""
    if store is None:
        raise SourceError(f"{where}: cannot look up council {reference!r} without a store")
    try:
        found = lookup.resolve(store, reference, ["council"])
    except lookup.Ambiguous as e:
        listed = "; ".join(f"{c.label} ({uris.local_path(c.iri) or c.iri})" for c in e.candidates[:8])
        raise SourceError(f"{where}: council {reference!r} is ambiguous: {listed}; give its GSS code") from None
    except lookup.NotFound:
        raise SourceError(f"{where}: no council {reference!r} in the graph "
                          "(load the local-authority register first, in an earlier `partygraph load`)") from None
    return found.iri


def councils_called(store: OxigraphStore | None, key: str) -> list[str]:
    """Councils whose register slug (``govuk:{key}``) or exact name is ``key`` ("lambeth"), current
    councils first: used to read a council from a file name. No fuzzy matching: a guess here would
    put a whole council's councillors on the wrong council."""
    if store is None or not key:
        return []
    by_slug = sorted(c.iri for c in lookup.find(store, f"govuk:{key}", ["council"]) if c.matched == "identifier")
    if by_slug:
        return by_slug
    exact = sorted(c.iri for c in lookup.find(store, key, ["council"]) if c.matched in ("label", "alias"))
    current = [iri for iri in exact if not store.rows("linking-council", council=iri)[0].get("end")]
    return current or exact


def wards_of(store: OxigraphStore | None, council: str, exclude: Sequence[str]) -> dict[str, str]:
    """The wards of a council in graphs other than ``exclude``, by normalised name -> IRI (the lowest
    IRI when two wards share a name, so the choice is stable)."""
    if store is None:
        return {}
    out: dict[str, str] = {}
    for row in store.rows("linking-wards", council=council, exclude=exclude):
        key = normalise(str(row["name"]))
        if key and (key not in out or str(row["ward"]) < out[key]):
            out[key] = str(row["ward"])
    return out


def explain(store: OxigraphStore, thing: str) -> list[dict[str, object]]:
    """The link evidence of ``thing``: one row per source that named it, with the rule, the name as
    that source wrote it, the score and the reason (``linking-explain``)."""
    return store.rows("linking-explain", thing=thing, provenance=uris.provenance_graph())


__all__ = ["Decision", "Linker", "Override", "Seat", "conflict", "council_info", "councils_called", "explain",
           "read_overrides", "resolve_council", "tier", "wards_of"]
