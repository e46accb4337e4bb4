"""Round 36: "has left the Alliance Party for the Ulster Unionists": joined the other party. On synthetic
text."""

from __future__ import annotations

from test_text_loader import _facts_of


def _told(facts: list[dict], relation: str) -> set[tuple[str, str]]:
    return {(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == relation}


def test_leaving_one_party_for_another_joins_it(sample_store):
    facts = _facts_of("Carole Howard has left the Alliance Party for the Ulster Unionists.", sample_store)
    assert ("Carole Howard", "Ulster Unionist Party") in _told(facts, "member_of"), facts
    assert not _told(_facts_of("John Smith left Labour for good.", sample_store), "member_of")
