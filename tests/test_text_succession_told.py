"""Round 36: "Nicola Sturgeon succeeded Alex Salmond as SNP leader": the office named by a party before its
role is the party's, held by both; "the favourite to succeed Ms Sturgeon as SNP leader" is a prospect, not an
office taken. On synthetic text."""

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
