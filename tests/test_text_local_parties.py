"""Round 36: a local party named after its place ("the South Derbyshire Conservative Association", "Bexhill and
Battle Conservative Association") is one organisation, so its officers hold office in it, not in the national
party, the council of that place or the place. On synthetic text."""

from __future__ import annotations

from test_text_loader import _facts_of, _offices


def test_an_associations_officer_holds_office_in_the_association(sample_store):
    # (Haringey is a council the graph knows, Conservative a party: the ruler names both)
    facts = _facts_of("Jane Smith, chairman of the Haringey Conservative Association, said the councillors had been "
                      "suspended.", sample_store)
    assert _offices(facts) == {("Jane Smith", "chair", "Haringey Conservative Association")}, facts


def test_a_two_part_seats_association_is_one_name(sample_store):
    facts = _facts_of("Tom Brown, president of Bexhill and Battle Conservative Association, backed the decision.",
                      sample_store)
    assert _offices(facts) == {("Tom Brown", "president", "Bexhill and Battle Conservative Association")}, facts


def test_parties_joined_by_and_are_not_one_association(sample_store):
    facts = _facts_of("Jane Smith, who chairs the Conservative Association, said Labour and the Conservatives "
                      "had agreed.", sample_store)
    assert all("Labour and" not in f["object"]["label"] for f in facts), facts
