"""Finding things by what people call them: an IRI, an identifier (GSS code, Wikidata QID,
``scheme:value``), or a name (label, alternative label, alias), exactly or fuzzily.

Shared by every command and route that takes a name (``governs Haringey``, ``chain "Labour NEC" ...``)
and by loaders linking mentions. Names are compared after :func:`normalise`; fuzzy matching uses
rapidfuzz. The name index is built with two queries per store version and kept until the store changes
(cost: a scan of the names and one of the classes, about 0.1 s per 100k names here; a lookup after that
is a dict probe, or a rapidfuzz pass over the names of the kinds asked for when nothing matches exactly).
"""

from __future__ import annotations

import re
import threading
import unicodedata
import weakref
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from ..ontology.namespaces import FOAF, ORG, PG
from .store import OxigraphStore

#: Kinds of thing a lookup can be narrowed to, by their classes.
KINDS: dict[str, frozenset[str]] = {
    "council": frozenset({str(PG.Council)}),
    "party": frozenset({str(PG.PoliticalParty)}),
    "body": frozenset({str(PG.PartyBody), str(PG.CouncilGroup), str(PG.Faction), str(PG.PoliticalParty),
                       str(PG.Council), str(ORG.Organization), str(ORG.FormalOrganization),
                       str(ORG.OrganizationalUnit), str(PG.Coalition)}),
    "person": frozenset({str(FOAF.Person)}),
    "post": frozenset({str(ORG.Post)}),
    "policy": frozenset({str(PG.Policy)}),
    "ward": frozenset({str(PG.Ward)}),
}
KINDS["organisation"] = KINDS["body"]

FUZZY_THRESHOLD = 88.0
_GSS = re.compile(r"^[EWSNK]\d{8}$", re.I)
_QID = re.compile(r"^Q\d+$", re.I)
_POSSESSIVE = re.compile(r"['’]s\b")
_NON_WORD = re.compile(r"[^a-z0-9]+")


class LookupError_(LookupError):
    pass


class NotFound(LookupError_):
    def __init__(self, reference: str, kinds: Iterable[str] | None = None):
        what = "/".join(kinds) if kinds else "thing"
        super().__init__(f"no {what} called {reference!r} in the graph")
        self.reference = reference


class Ambiguous(LookupError_):
    def __init__(self, reference: str, candidates: list[Candidate]):
        listed = "; ".join(f"{c.label} <{c.iri}>" for c in candidates[:10])
        super().__init__(f"{reference!r} is ambiguous: {listed}")
        self.reference = reference
        self.candidates = candidates


@dataclass(frozen=True)
class Candidate:
    iri: str
    label: str
    types: frozenset[str] = field(default_factory=frozenset)
    matched: str = "label"  # iri, identifier, label, alias or fuzzy
    score: float = 100.0


def normalise(name: str) -> str:
    """Lowercase ASCII words: accents folded, possessive 's and punctuation dropped, a leading "the"
    dropped, "&" read as "and". "The Labour Party's NEC" -> "labour party nec"."""
    text = name if name.isascii() else unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = _POSSESSIVE.sub("", text.lower().replace("&", " and "))
    text = _NON_WORD.sub(" ", text).strip()
    return text[4:] if text.startswith("the ") else text


@dataclass
class _Index:
    by_name: dict[str, list[tuple[str, bool]]]  # normalised name -> [(iri, preferred)]
    labels: dict[str, str]  # iri -> display label
    types: dict[str, frozenset[str]]
    names: list[tuple[str, str]]  # (normalised name, iri) for fuzzy matching
    pools: dict[frozenset[str] | None, tuple[list[str], list[str]]] = field(default_factory=dict)

    def pool(self, wanted: frozenset[str] | None) -> tuple[list[str], list[str]]:
        """The names (and whose they are) of the things of the classes wanted, made once per set of
        classes: fuzzy matching then costs one rapidfuzz pass."""
        if wanted not in self.pools:
            chosen = [(name, iri) for name, iri in self.names if _allowed(self.types.get(iri), wanted)]
            self.pools[wanted] = ([n for n, _ in chosen], [i for _, i in chosen])
        return self.pools[wanted]


_cache: weakref.WeakKeyDictionary[OxigraphStore, tuple[int, _Index]] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def _index(store: OxigraphStore) -> _Index:
    """The name index of ``store`` at its current version: built from two scans (the names, and the
    classes of the things a lookup may find), then kept until the store changes. Names of other
    things (memberships, evidence, seat counts) are left out."""
    with _lock:
        cached = _cache.get(store)
        if cached and cached[0] == store.version:
            return cached[1]
    types: dict[str, set[str]] = defaultdict(set)
    for row in store.named("lookup-types"):
        types[row["thing"].value].add(row["type"].value)
    by_name: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    labels: dict[str, str] = {}
    seen: set[tuple[str, str]] = set()
    for row in store.named("lookup-names"):
        iri = row["thing"].value
        if iri not in types:
            continue
        name = row["name"].value
        preferred = row["preferred"].value == "true"
        if preferred and (iri not in labels or len(name) > len(labels[iri])):
            labels[iri] = name
        key = normalise(name)
        if key and (key, iri) not in seen:
            seen.add((key, iri))
            by_name[key].append((iri, preferred))
    for items in by_name.values():
        for thing, _ in items:
            labels.setdefault(thing, thing)
    index = _Index(dict(by_name), labels, {k: frozenset(v) for k, v in types.items()},
                   [(name, iri) for name, items in by_name.items() for iri, _ in items])
    with _lock:
        _cache[store] = (store.version, index)
    return index


def prepare(store: OxigraphStore) -> None:
    """Build the name index now (a server does this at start, so its first lookup does not wait)."""
    _index(store)


def _wanted(kinds: Iterable[str] | None) -> frozenset[str] | None:
    """The classes of the kinds asked for; ``None`` for any kind."""
    kinds = list(kinds or [])
    return frozenset().union(*(KINDS[k] for k in kinds)) if kinds else None


def _allowed(types: frozenset[str] | None, wanted: frozenset[str] | None) -> bool:
    return wanted is None or bool(types and types & wanted)


def find(store: OxigraphStore, reference: str, kinds: Iterable[str] | None = None, limit: int = 10) -> list[Candidate]:
    """Candidates for ``reference``, best first: by IRI, then identifier, then exact name (preferred
    labels before alternative ones), then fuzzy name. Only the best tier that matches is returned."""
    kinds = list(kinds or [])
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise ValueError(f"unknown kind(s) {unknown} (known: {', '.join(sorted(KINDS))})")
    ref = reference.strip()
    if not ref:
        return []
    if ref.startswith(("http://", "https://", "urn:")):
        # an IRI names itself: the graph knows it or it does not (it is never a fuzzy name)
        return _rows_to_candidates(store.rows("lookup-iri", iri=ref), "iri", kinds)[:limit]
    if _GSS.match(ref) or _QID.match(ref) or (":" in ref and " " not in ref):
        value = ref.upper() if (_GSS.match(ref) or _QID.match(ref)) else ref
        found = _rows_to_candidates(store.rows("lookup-identifier", value=value), "identifier", kinds)
        if found:
            return found[:limit]
    index = _index(store)
    key = normalise(ref)
    wanted = _wanted(kinds)
    exact = [(iri, pref) for iri, pref in index.by_name.get(key, []) if _allowed(index.types.get(iri), wanted)]
    if exact:
        best_pref = any(p for _, p in exact)
        chosen = dict.fromkeys(iri for iri, p in exact if p or not best_pref)
        return [Candidate(iri, index.labels.get(iri, iri), index.types.get(iri, frozenset()),
                          "label" if best_pref else "alias", 100.0 if best_pref else 99.0)
                for iri in chosen][:limit]
    names, things = index.pool(wanted)
    matches = process.extract(key, names, scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=FUZZY_THRESHOLD)
    best: dict[str, float] = {}
    for _, score, i in matches:
        iri = things[i]
        best[iri] = max(best.get(iri, 0.0), float(score))
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    return [Candidate(iri, index.labels.get(iri, iri), index.types.get(iri, frozenset()), "fuzzy", score)
            for iri, score in ranked][:limit]


def resolve(store: OxigraphStore, reference: str, kinds: Iterable[str] | None = None) -> Candidate:
    """The one thing ``reference`` names. Raises :class:`NotFound`, or :class:`Ambiguous` listing the
    candidates when several match equally well."""
    candidates = find(store, reference, kinds)
    if not candidates:
        raise NotFound(reference, kinds)
    top = [c for c in candidates if c.score == candidates[0].score]
    if len(top) > 1:
        raise Ambiguous(reference, candidates)
    return candidates[0]


def _rows_to_candidates(rows: list[dict[str, object]], how: str, kinds: list[str]) -> list[Candidate]:
    grouped: dict[str, tuple[str, set[str]]] = {}
    for row in rows:
        iri = str(row["thing"])
        label, types = grouped.get(iri, (str(row.get("label") or iri), set()))
        if row.get("type"):
            types.add(str(row["type"]))
        grouped[iri] = (label, types)
    return [Candidate(iri, label, frozenset(types), how) for iri, (label, types) in grouped.items()
            if _allowed(frozenset(types), _wanted(kinds))]
