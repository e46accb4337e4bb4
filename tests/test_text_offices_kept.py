"""Round 35: offices told as kept, given back or listed, in the forms minutes and reports use: "would continue as
leader" in reported speech is a state that goes on (not a plan), and "the meeting returned X as Leader of the
Council" gives the office as "elected X as" does, "A and B, councillors for X" seats both, and a party's leader
in a council story who is not the party's national leader on the day leads locally (the council the text gives
the party, else its group there); "Coun X" is a councillor's title as "Cllr X" is; "Cyngor Gwynedd" is
Gwynedd Council; "the Essex new town" places a town and is no council in context. Each mechanism on synthetic text, with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of, _offices


def test_an_office_that_would_continue_in_reported_speech_is_held(sample_store):
    text = ("The meeting noted that Councillor Ada Quint would continue as leader of the Liberal Democrat group on "
            "Fife Council.")
    offices = _offices(_facts_of(text, sample_store, published="2012-05-18"))
    assert any(s == "Ada Quint" and r == "leader" for s, r, _ in offices), offices
    # a condition still hedges it
    text = "He said Councillor Ada Quint would continue as leader of the group on Fife Council if she won the vote."
    offices = _offices(_facts_of(text, sample_store, published="2012-05-18"))
    assert not any(r == "leader" for _, r, _ in offices), offices


def test_a_meeting_that_returned_someone_as_leader_elected_them(sample_store):
    text = "The same meeting returned Ada Quint as Leader of Glasgow City Council."
    facts = _facts_of(text, sample_store, published="2012-05-18")
    assert ("Ada Quint", "leader", "Glasgow City Council") in _offices(facts), facts
    assert any(f["action"] == "elect" and f["object"]["label"] == "Ada Quint" for f in facts), facts
    # a party that returned councillors elected no one to anything
    text = "Labour returned 40 councillors to Glasgow City Council."
    facts = _facts_of(text, sample_store, published="2012-05-18")
    assert not any(f["action"] == "elect" for f in facts), facts


def test_people_listed_before_councillors_for_a_place_sit_on_the_council(sample_store):
    text = ("Dumfries and Galloway Council met yesterday.\n\n"
            "Ada Quint and Tom Hale, councillors for Mid Galloway and Wigtown West, set up a new group.")
    offices = _offices(_facts_of(text, sample_store, published="2025-06-17"))
    assert {("Ada Quint", "councillor", "Dumfries and Galloway Council"),
            ("Tom Hale", "councillor", "Dumfries and Galloway Council")} <= offices, offices
    # former councillors sit nowhere
    text = ("Dumfries and Galloway Council met yesterday.\n\n"
            "Ada Quint and Tom Hale, former councillors for Mid Galloway, set up a new group.")
    assert not any(r == "councillor" for _, r, _ in _offices(_facts_of(text, sample_store, published="2025-06-17")))


def test_a_partys_leader_in_a_council_story_who_is_not_its_national_leader_is_local(sample_store):
    # (the reference data has Jeremy Corbyn as Labour's leader in May 2016)
    text = ("Labour took control of Dudley Council last night.\n\n"
            "The Conservative leader, Ada Quint, lost her seat.")
    offices = _offices(_facts_of(text, sample_store, published="2016-05-06"))
    assert any(s == "Ada Quint" and r == "leader" and o.startswith("Dudley") and o.endswith("group")
               for s, r, o in offices), offices
    text = ("The Conservatives held Dudley Council last night.\n\n"
            "The Conservative leader, Ada Quint, kept her seat.")
    offices = _offices(_facts_of(text, sample_store, published="2016-05-06"))
    assert any(s == "Ada Quint" and r == "leader" and o.startswith("Dudley") and not o.endswith("group")
               for s, r, o in offices), offices
    # the party's own leader stays the party's
    text = ("Labour took control of Dudley Council last night.\n\n"
            "The Labour leader, Jeremy Corbyn, visited the town.")
    offices = _offices(_facts_of(text, sample_store, published="2016-05-06"))
    assert ("Jeremy Corbyn", "leader", "Labour Party") in offices, offices


def test_coun_is_a_councillors_title(sample_store):
    text = ("Hartlepool Borough Council met last night.\n\n"
            "Coun Ada Quint was the only serious contender.")
    facts = _facts_of(text, sample_store, published="2019-05-22")
    assert ("Ada Quint", "councillor", "Hartlepool Borough Council") in _offices(facts), facts
    assert not any(f["subject"]["label"].startswith("Coun ") for f in facts), facts



def test_a_welsh_council_is_named_by_its_welsh_style_too():
    # (the test store has no Welsh council: the names the ruler is given, from a register's patterns)
    from partygraph.loaders.text.pipeline import _short_council_names

    iri = "https://w3id.org/partygraph/id/council/"
    patterns = [{"label": "COUNCIL", "pattern": "Gwynedd Council", "id": iri + "W06000002"},
                {"label": "COUNCIL", "pattern": "Kent County Council", "id": iri + "E10000016"}]
    names = {p["pattern"]: p["id"] for p in _short_council_names(patterns)}
    assert names.get("Cyngor Gwynedd") == iri + "W06000002", names
    assert "Cyngor Kent" not in names, names


def test_a_county_placing_a_town_is_not_the_council_in_context(sample_store):
    # (the test store knows Newcastle City Council and Durham County Council, no district of Durham)
    text = ("Newcastle City Council changed hands.\n\n"
            "Its new leader grew up in the Durham market town of Stanley. The Labour leader of the council, Ada "
            "Quint, lost her seat.")
    offices = _offices(_facts_of(text, sample_store, published="2021-05-28"))
    assert ("Ada Quint", "leader", "Newcastle City Council") in offices, offices
    assert not any(o.startswith("Durham") for _, _, o in offices), offices
