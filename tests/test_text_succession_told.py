"""Round 36: "Nicola Sturgeon succeeded Alex Salmond as SNP leader": the office named by a party before its
role is the party's, held by both; "the favourite to succeed Ms Sturgeon as SNP leader" is a prospect, not an
office taken; "The meeting also elected X as chair" is the council's choice. On synthetic text."""

from __future__ import annotations

from test_text_loader import _facts_of, _offices


def test_succeeding_as_a_partys_leader(sample_store):
    offices = _offices(_facts_of("Nicola Sturgeon succeeded Alex Salmond as SNP leader last month.", sample_store))
    assert {("Nicola Sturgeon", "leader", "Scottish National Party"),
            ("Alex Salmond", "leader", "Scottish National Party")} <= offices, offices


def test_the_favourite_to_succeed_has_not(sample_store):
    offices = _offices(_facts_of("Until this morning Derek Mackay was the favourite to succeed Nicola Sturgeon as "
                                 "SNP leader.", sample_store))
    assert not any(p == "Derek Mackay" for p, _, _ in offices), offices


def test_the_meeting_that_elected_is_the_councils(sample_store):
    # "The meeting also elected X as chair", "At the meeting, X was elected Provost": the council met chose
    for told in ("The meeting also elected Jane Smith as chair of the council.",
                 "At the meeting, Jane Smith was elected chair of the council."):
        facts = _facts_of(f"Haringey Council held its annual meeting yesterday.\n\n{told}", sample_store)
        chosen = {(f["subject"]["label"], f["object"]["label"]) for f in facts if f.get("action") == "elect"}
        assert chosen == {("Haringey London Borough Council", "Jane Smith")}, facts


def test_approved_before_a_noun_after_a_quantity_is_an_adjective(sample_store):
    # Round 36: "the party admitted that it did not have enough approved candidates": no approval decided
    facts = _facts_of("The Labour Party admitted in January that it did not have enough approved candidates to "
                      "contest every ward.", sample_store)
    assert not [f for f in facts if f["relation"] == "decided"], facts
