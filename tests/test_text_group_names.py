"""Round 36: a party's group named in two more ways: "the Labour opposition group" (a word between the party
and "group") and "the Haringey Conservative Group" (the council's name before it): the office of its leader
is the group's, not the council's or no one's. And a headline opening with a place and its party ("Glasgow SNP
loses two councillors") names the council the story is about. On synthetic text."""

from __future__ import annotations

from test_text_loader import _facts_of, _offices


def test_the_opposition_group_is_the_partys_group(sample_store):
    facts = _facts_of("Haringey Council met on Monday.\n\nThe leader of the Conservative opposition group, Jane "
                      "Smith, said so.", sample_store)
    assert ("Jane Smith", "leader", "Haringey Conservative group") in _offices(facts), facts


def test_a_group_named_after_its_council_holds_its_leaders_office(sample_store):
    facts = _facts_of("Councillor Jane Smith, leader of the Haringey Conservative Group, said so.", sample_store)
    offices = _offices(facts)
    assert ("Jane Smith", "leader", "Haringey Conservative group") in offices, facts
    assert not any(o == "Haringey London Borough Council" and r == "leader" for _, r, o in offices), facts


def test_a_headline_opening_with_a_place_and_its_party_names_the_council(sample_store):
    # Round 36: "Haringey Labour loses two councillors": the story is about Haringey's council, so "the
    # council leader" is its leader though the text names only the place
    facts = _facts_of("Jane Smith was called in by the council leader, Tom Brown, after the party learned of the "
                      "charges.", sample_store, title="Haringey Labour loses two councillors")
    assert ("Tom Brown", "leader", "Haringey London Borough Council") in _offices(facts), facts


def test_the_named_members_of_a_councils_councillors_sit_on_it(sample_store):
    # Round 36: "Two Haringey borough councillors have been suspended ... Jane Smith and Tom Brown": each sits on
    # Haringey's council (the place before "borough councillors" is the council's, a count never is: "Three
    # councillors" names no "Three Rivers")
    facts = _facts_of("Two Haringey borough councillors have been suspended by the Labour Party.\n\nJane Smith and "
                      "Tom Brown were told on Monday.", sample_store)
    offices = _offices(facts)
    assert {("Jane Smith", "councillor", "Haringey London Borough Council"),
            ("Tom Brown", "councillor", "Haringey London Borough Council")} <= offices, facts
    facts = _facts_of("Three councillors have been suspended by the Labour Party.\n\nJane Smith, Tom Brown and Ann "
                      "Green were told on Monday.", sample_store)
    assert not [o for o in _offices(facts) if o[1] == "councillor"], facts
