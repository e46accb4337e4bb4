"""Round 36: names of organisations the graph does not know. A local party named after its place ("the South
Derbyshire Conservative Association", "Bexhill and Battle Conservative Association") is one organisation, so
its officers hold office in it, not in the national party, the council of that place or the place; a
capitalised head with "of" and a name ("the Board of Deputies of British Jews") is a body of its own, not a
reference to one in context. On synthetic text."""

from __future__ import annotations

from test_text_loader import _facts_of, _offices

from partygraph.loaders.text.pipeline import Pipeline


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


def test_a_capitalised_body_named_with_of_is_its_own_organisation(sample_store):
    # (not "the Board" in context, which the party the story is about would be)
    facts = _facts_of("Labour has expelled Tony Greenstein. Jonathan Arkush, president of the Board of Deputies of "
                      "British Jews, said it was right.", sample_store)
    assert ("Jonathan Arkush", "president", "Board of Deputies of British Jews") in _offices(facts), facts
    assert not any(f["relation"] == "holds_office" and f["object"]["label"] == "Labour Party" for f in facts), facts


def test_a_partys_former_leader_in_a_council_story_led_the_party(sample_store):
    # Round 36: the reference data has Jeremy Corbyn as Labour's leader (2015-2020), though not on the day
    # printed: "when he led the party" in a story about a Labour council is the party's office, not the council's
    facts = _facts_of("Labour runs Haringey Council.\n\nMost of those affected were broadly supportive of Jeremy "
                      "Corbyn when he led the party.", sample_store, published="2022-03-04")
    assert ("Jeremy Corbyn", "leader", "Labour Party") in _offices(facts), facts
    assert not any(o == "Haringey London Borough Council" for p, _, o in _offices(facts) if p == "Jeremy Corbyn")


def test_a_party_named_after_its_place_is_one_party():
    # Round 36: "the West Dunbartonshire Community Party": one party, not the council (whose name the graph's
    # patterns give) and a "Community Party"
    pipeline = Pipeline(None)
    pipeline.nlp.get_pipe("partygraph_mentions").add_names(
        [{"label": "COUNCIL", "pattern": "West Dunbartonshire", "id": "https://example.org/council/wd"}])
    doc, = pipeline(["Jim Bollan of the West Dunbartonshire Community Party voted against."])
    assert [(e.text, e.label_) for e in doc.ents if e.label_ != "NAME"] == \
        [("West Dunbartonshire Community Party", "ORG")], doc.ents


def test_a_plural_party_before_listed_names_is_each_ones(sample_store):
    facts = _facts_of("The seats went to the Conservatives Chris Ridgers and Steve Double.", sample_store)
    assert {(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "member_of"} == \
        {("Chris Ridgers", "Conservative and Unionist Party"), ("Steve Double", "Conservative and Unionist Party")}, facts
