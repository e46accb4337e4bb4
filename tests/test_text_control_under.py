"""Round 35: control told by "under": "Dumfries and Galloway Council is under SNP leadership again", "the
council came under Labour control in 2012" (the council is the clause's subject); not "no longer under", and
not a council described by it ("a council under Labour control cut its budget" states no control of a council
the text names). On synthetic text."""

from __future__ import annotations

from test_text_loader import _controls, _facts_of


def test_a_council_under_a_partys_leadership_is_its(sample_store):
    text = "Dumfries and Galloway Council is under SNP leadership again after the administration collapsed."
    assert ("Scottish National Party", "Dumfries and Galloway Council") in _controls(_facts_of(text, sample_store))
    facts = _facts_of("Dumfries and Galloway Council came under Labour control in 2012.", sample_store)
    assert [f["date"] for f in facts if f["relation"] == "controls"] == ["2012-01-01"], facts
    assert not _controls(_facts_of("Dumfries and Galloway Council is no longer under SNP control.", sample_store))


def test_a_ruling_group_is_its_partys_control_of_its_council(sample_store):
    # Round 36: "the borough's ruling Conservative group": the party runs the group's council
    text = "Haringey Council met on Monday. Jane Smith told the borough's ruling Labour group that she would stand aside."
    assert ("Labour Party", "Haringey London Borough Council") in _controls(_facts_of(text, sample_store))
    text = "Haringey Council met on Monday. Jane Smith told the Labour group that she would stand aside."
    assert not _controls(_facts_of(text, sample_store))


def test_a_council_named_city_of_after_party_run_is_that_council(sample_store):
    # Round 36: "the Labour-run City of Wolverhampton Council" (a name opening with "City", which alone is a
    # description: "the Labour-run city")
    text = "Jane Smith leads the Labour-run City of Wolverhampton Council."
    assert ("Labour Party", "City of Wolverhampton Council") in _controls(_facts_of(text, sample_store))


def test_a_partys_own_administration_in_a_council_is_its_control(sample_store):
    # Round 36: "The SNP's minority administration in Glasgow has lost two councillors"
    text = "Labour's minority administration in Haringey has lost two councillors."
    assert ("Labour Party", "Haringey London Borough Council") in _controls(_facts_of(text, sample_store))


def test_a_majority_swept_to_with_its_size(sample_store):
    # Round 36: "the Liberal Democrats swept to a 42-seat majority and the Conservatives were reduced to seven"
    text = ("Haringey Council held its elections on Thursday.\n\nThe Liberal Democrats swept to a 42-seat majority "
            "and the Conservatives were reduced to seven.")
    assert ("Liberal Democrats", "Haringey London Borough Council") in _controls(_facts_of(text, sample_store))
    text = "Haringey Council held its elections on Thursday.\n\nThe Liberal Democrats fell short of a 42-seat majority."
    assert not _controls(_facts_of(text, sample_store))
