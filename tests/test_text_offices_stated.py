"""Round 20: offices stated with a copula in more of its forms ("has been", "was previously its ... and
...") and a portfolio's spokesperson, who speaks for a party. Each mechanism on synthetic text (names not
those of the development documents), with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of, _has


def _offices(facts: list[dict]) -> set[tuple[str, str, str]]:
    return {(f["subject"]["label"], f["role"], f["object"]["label"]) for f in facts if f["relation"] == "holds_office"}


def test_an_office_stated_with_has_been_is_held(sample_store):
    facts = _facts_of("Ada Quint has been the Labour group's leader since May.", sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Labour group", "leader"), facts
    # a negation states no office
    facts = _facts_of("Ada Quint has not been the Labour group's leader.", sample_store)
    assert not _offices(facts), facts


def test_an_adverb_between_the_verb_and_the_office_is_passed_over(sample_store):
    facts = _facts_of("The Labour group met. Ada Quint was previously its deputy leader.", sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Labour group", "deputy leader"), facts


def test_offices_joined_by_and_after_one_verb_are_each_held(sample_store):
    facts = _facts_of("The Labour group met. Ada Quint was previously its deputy leader and chief whip.", sample_store)
    assert {("Ada Quint", "deputy leader"), ("Ada Quint", "chief whip")} <= \
        {(who, role) for who, role, org in _offices(facts) if "Labour group" in org}, facts


def test_an_office_that_is_a_clause_of_its_own_is_not_joined_to_the_one_before(sample_store):
    facts = _facts_of("The Labour group met. Ada Quint is its leader and its chief whip is Tomas Reyland.",
                      sample_store)
    assert not [o for o in _offices(facts) if o[0] == "Ada Quint" and o[1] == "chief whip"], facts


def test_a_portfolio_spokesperson_speaks_for_the_party_not_the_government(sample_store):
    facts = _facts_of("The Liberal Democrats are in turmoil. Tomas Reyland, the education spokesman, said the "
                      "leader should go.", sample_store)
    assert _has(facts, "holds_office", "Tomas Reyland", "Liberal Democrats", "education spokesman"), facts
    assert not [o for o in _offices(facts) if "Government" in o[2]], facts
    # a portfolio without "spokesman" is still a government's office
    facts = _facts_of("Tomas Reyland, the education secretary, visited Bolton.", sample_store)
    assert [o for o in _offices(facts) if "Government" in o[2]], facts


def test_a_passive_without_its_auxiliary_takes_the_office(sample_store):
    facts = _facts_of("Ada Quint elected leader of Bolton Council at the first full meeting.", sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Bolton", "leader"), facts
    # someone named after the office is the one appointed: the person before appoints
    facts = _facts_of("Ada Quint appointed chief whip Tomas Reyland on Monday.", sample_store)
    assert not [o for o in _offices(facts) if o[0] == "Ada Quint"], facts
    # nor is a verb read so when something else opens the clause
    facts = _facts_of("Bolton Council says Ada Quint appointed leader of the group last year.", sample_store)
    assert not [o for o in _offices(facts) if o[0] == "Ada Quint" and o[1] == "leader"], facts
    # after "with", the absolute construction of reports
    facts = _facts_of("Reform UK took over Bolton Council yesterday, with Ada Quint elected leader of the council at "
                      "the first full meeting.", sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Bolton", "leader"), facts



def test_becoming_party_chair_is_an_office_in_the_party_in_context(sample_store):
    facts = _facts_of("The Scottish Conservatives named a new team on Monday. Ada Quint becomes party chairwoman.",
                      sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Scottish Conservatives"), facts
    # no party in the story: no office guessed
    assert not _facts_of("Ada Quint becomes party chairwoman.", sample_store)
