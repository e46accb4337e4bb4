"""Round 35: a party's members deciding decide as the party: "X was voted out by the party's members" is the
party's removal of X, not a decision by a group named "members" (and "Assembly Members", who are no party's
members, decide nothing here); and a party's sanction falls on people, never on a council ("suspended Bolton
Council's Ada Quint" suspends no council). On synthetic text."""

from __future__ import annotations

from test_text_loader import _facts_of


def test_a_partys_members_decide_as_the_party(sample_store):
    text = "At the weekend Ada Quint was voted out by UKIP's members."
    facts = [f for f in _facts_of(text, sample_store, published="2018-02-20") if f["relation"] == "decided"]
    assert facts and {f["subject"]["label"] for f in facts} == {"UK Independence Party"}, facts
    assert not any(f["subject"]["label"].endswith("members") for f in facts), facts


def test_a_partys_sanction_never_falls_on_a_council(sample_store):
    text = "The Liberal Democrats suspended Bolton Council's Ada Quint last night."
    facts = [f for f in _facts_of(text, sample_store, published="2017-11-13")
             if f["relation"] == "decided" and f["action"] in ("suspend", "expel", "remove", "deselect")]
    assert not any("Council" in f["object"]["label"] for f in facts), facts
