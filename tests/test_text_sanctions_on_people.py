"""Round 35: a party's sanction falls on people, never on a council: "The Liberal Democrats suspended Bolton
Council's Ada Quint" suspends no council (the reading the gold files never give). On synthetic text."""

from __future__ import annotations

from test_text_loader import _facts_of


def test_a_partys_sanction_never_falls_on_a_council(sample_store):
    text = "The Liberal Democrats suspended Bolton Council's Ada Quint last night."
    facts = [f for f in _facts_of(text, sample_store, published="2017-11-13")
             if f["relation"] == "decided" and f["action"] in ("suspend", "expel", "remove", "deselect")]
    assert not any("Council" in f["object"]["label"] for f in facts), facts
