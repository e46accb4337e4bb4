"""Scoring fact summaries against gold files, by the matching rules of the shared README
("The fact-summary form").

A printed fact matches a gold fact when the relation is the same; for ``decided`` the action is the
same (or one of ``alt_actions``); for ``holds_office`` the role is, after lowercasing and reading "-"
as a space (or one of ``alt_roles``); and the subject's and object's labels each match a name of the
gold entity (or of an ``alt_subjects``/``alt_objects`` entity): equal after normalising, or one
contains the other (both 5+ characters), or the words of the shorter (2+ words, not counting
of/on/in/for/and/to/at/by) all appear in the longer.

Each gold fact is matched at most once and each printed fact at most once (a maximum matching,
preferring non-optional gold facts and then matching dates, by networkx). Precision counts printed
facts, leaving out those that match only optional gold facts; recall counts the non-optional gold
facts found; date accuracy is the share of matched non-optional gold facts with a date whose printed
date is within ``date_window_days`` (a year alone means 1 January of it; a missing printed date misses).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

import networkx as nx
from rdflib import Graph
from rdflib.namespace import SKOS

from ...ontology import SCHEMES_FILE
from ...ontology.namespaces import ACTION

_STOP = {"of", "on", "in", "for", "and", "to", "at", "by"}
_ARTICLES = {"the", "a", "an"}


class GoldError(ValueError):
    """A gold file that cannot be read; the message names the file."""


def normalise(name: str) -> str:
    """Lowercase words without "the", "a", "an", possessive 's and punctuation."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"['’]s\b", "", text)
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    return " ".join(w for w in words if w not in _ARTICLES)


def names_match(label: str, name: str) -> bool:
    a, b = normalise(label), normalise(name)
    if not a or not b:
        return False
    if a == b:
        return True
    if len(a) >= 5 and len(b) >= 5 and (a in b or b in a):
        return True
    shorter, longer = (a, b) if len(a.split()) <= len(b.split()) else (b, a)
    words = [w for w in shorter.split() if w not in _STOP]
    return len(words) >= 2 and set(words) <= set(longer.split())


def _role(text: str | None) -> str:
    return (text or "").lower().replace("-", " ").strip()


def _gold_date(value: object) -> date | None:
    if value in (None, ""):
        return None
    text = str(value)
    return date(int(text), 1, 1) if re.fullmatch(r"\d{4}", text) else date.fromisoformat(text[:10])


def fact_matches(printed: dict, gold: dict, entities: dict[str, list[str]]) -> bool:
    if printed.get("relation") != gold["relation"]:
        return False
    if gold["relation"] == "decided" and printed.get("action") not in [gold.get("action"),
                                                                     *gold.get("alt_actions", [])]:
        return False
    if gold["relation"] == "holds_office" and _role(printed.get("role")) not in {
            _role(r) for r in [gold.get("role"), *gold.get("alt_roles", [])]}:
        return False
    for side, alts in (("subject", "alt_subjects"), ("object", "alt_objects")):
        label = (printed.get(side) or {}).get("label") or ""
        ids = [gold[side], *gold.get(alts, [])]
        if not any(names_match(label, name) for i in ids for name in entities.get(i, [])):
            return False
    return True


def date_ok(printed: dict, gold: dict) -> bool:
    wanted = _gold_date(gold.get("date"))
    if wanted is None:
        return True
    try:
        got = date.fromisoformat(str(printed.get("date"))[:10]) if printed.get("date") else None
    except ValueError:
        got = None
    return got is not None and abs((got - wanted).days) <= int(gold.get("date_window_days", 0))


@dataclass
class Score:
    """Counts for one document or a whole corpus."""

    printed: int = 0  # printed facts that count (not matching only optional gold facts)
    correct: int = 0
    gold: int = 0  # non-optional gold facts
    found: int = 0
    dated: int = 0  # found gold facts that have a date
    dated_right: int = 0
    missed: list[dict] = field(default_factory=list)
    wrong: list[dict] = field(default_factory=list)
    misdated: list[dict] = field(default_factory=list)  # found, but dated outside the gold date's window

    @property
    def precision(self) -> float:
        return self.correct / self.printed if self.printed else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.dated_right / self.dated if self.dated else 1.0

    def add(self, other: Score) -> None:
        for name in ("printed", "correct", "gold", "found", "dated", "dated_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.missed += other.missed
        self.wrong += other.wrong
        self.misdated += other.misdated

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "date_accuracy": round(self.date_accuracy, 3), "printed": self.printed, "correct": self.correct,
                "gold": self.gold, "found": self.found, "dated": self.dated, "dated_right": self.dated_right}


def score(printed: list[dict], gold: dict) -> Score:
    """Score one document's printed facts against its gold file (already parsed)."""
    entities = gold.get("entities", {})
    facts = gold.get("facts", [])
    graph = nx.Graph()
    for i, p in enumerate(printed):
        for j, g in enumerate(facts):
            if fact_matches(p, g, entities):
                weight = (10 if g.get("optional") else 100) + (1 if date_ok(p, g) else 0)
                graph.add_edge(("p", i), ("g", j), weight=weight)
    pairs = {}
    for a, b in nx.max_weight_matching(graph):
        (pi, gi) = (a[1], b[1]) if a[0] == "p" else (b[1], a[1])
        pairs[pi] = gi
    result = Score(gold=sum(1 for g in facts if not g.get("optional")))
    for i, p in enumerate(printed):
        j = pairs.get(i)
        if j is not None and facts[j].get("optional"):
            continue
        if j is None and any(fact_matches(p, g, entities) for g in facts) and all(
                facts[k].get("optional") for k in range(len(facts)) if fact_matches(p, facts[k], entities)):
            continue
        result.printed += 1
        if j is None:
            result.wrong.append({"document": gold.get("document"), **p})
            continue
        result.correct += 1
        result.found += 1
        if facts[j].get("date") not in (None, ""):
            result.dated += 1
            if date_ok(p, facts[j]):
                result.dated_right += 1
            else:
                result.misdated.append({"document": gold.get("document"), **p, "gold_date": str(facts[j]["date"]),
                                        "date_window_days": int(facts[j].get("date_window_days", 0))})
    matched = set(pairs.values())
    result.missed = [{"document": gold.get("document"), **g} for j, g in enumerate(facts)
                     if j not in matched and not g.get("optional")]
    return result


@cache
def _actions() -> frozenset[str]:
    """The decision actions of the action scheme (``ontology/schemes.ttl``): the only ones a printed
    fact can carry. Parsed once."""
    scheme = Graph().parse(SCHEMES_FILE, format="turtle")
    return frozenset(str(c)[len(str(ACTION)):] for c in scheme.subjects(SKOS.inScheme, None)
                     if str(c).startswith(str(ACTION)))


def read_gold(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise GoldError(f"{path}: cannot read: {e}") from None
    except json.JSONDecodeError as e:
        raise GoldError(f"{path}:{e.lineno}:{e.colno}: not JSON: {e.msg}") from None
    if not isinstance(data, dict) or not isinstance(data.get("facts"), list):
        raise GoldError(f"{path}: a gold file is an object with \"entities\" and \"facts\"")
    for n, fact in enumerate(data["facts"]):
        for key in ("relation", "subject", "object"):
            if key not in fact:
                raise GoldError(f"{path}: fact {n + 1} has no {key!r}")
        for side in ("subject", "object"):
            if fact[side] not in data.get("entities", {}):
                raise GoldError(f"{path}: fact {n + 1} names an unknown entity {fact[side]!r}")
        actions = [fact.get("action"), *(fact.get("alt_actions") or [])]
        if fact["relation"] == "decided" and not fact.get("optional") and not _actions() & set(actions):
            # a scored fact no printed fact can match would cost recall for nothing
            raise GoldError(f"{path}: fact {n + 1} is a decision with action {fact.get('action')!r}, not one of "
                            f"the action scheme's ({', '.join(sorted(_actions()))})")
    return data


def gold_for(document: Path, gold_dir: Path) -> Path | None:
    candidate = gold_dir / f"{document.stem}.json"
    return candidate if candidate.is_file() else None
