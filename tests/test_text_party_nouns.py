"""Round 30: a party named as a noun for one of its members ("the Conservative who has led the
council", "the sitting Conservative, X"). Each mechanism on synthetic text, with the reading it must
not make."""

from __future__ import annotations

from test_text_loader import _facts_of, _pairs


def test_the_party_as_a_noun_before_a_relative_clause(sample_store):
    facts = _facts_of("Ada Quint, the Conservative who had led the council since 2009, lost her seat.", sample_store)
    assert ("Ada Quint", "Conservative and Unionist Party") in _pairs(facts, "member_of"), facts
    # the plural is the party's people, not hers
    facts = _facts_of("Ada Quint, the Conservatives who spoke said, lost her seat.", sample_store)
    assert not _pairs(facts, "member_of"), facts


def test_the_party_as_a_noun_with_an_adjective_then_the_name(sample_store):
    facts = _facts_of("He lost Bury North to the sitting Conservative, Ada Quint, in 1992.", sample_store)
    assert ("Ada Quint", "Conservative and Unionist Party") in _pairs(facts, "member_of"), facts
    # a former member is none now
    facts = _facts_of("He lost Bury North to the former Conservative, Ada Quint, in 1992.", sample_store)
    assert not _pairs(facts, "member_of"), facts
