"""Round 33: a resolution under its own "RESOLVED:" ("THAT Councillor X be elected Chairman"), the place a
meeting was held is no council ("the full council in Melton"), and a member named by initial and by full name
is one person ("M. Kelly", "Michelle Kelly"). Each mechanism on synthetic text, with the reading it must not
make."""

from __future__ import annotations

from test_text_loader import _facts_of, _offices


def test_a_resolution_under_its_own_heading_is_done(sample_store):
    text = ("Bramford Borough Council: minutes of the annual meeting, 19 May 2021.\n\nRESOLVED:\n\n"
            "THAT Councillor Ada Quint be elected Chairman of the Council for the ensuing municipal year.")
    facts = _facts_of(text, sample_store)
    assert any(s == "Ada Quint" and "Bramford" in o for s, _, o in _offices(facts) if _ != "councillor"), facts
    assert any(f["relation"] == "decided" and f["action"] == "elect" and f["object"]["label"] == "Ada Quint"
               for f in facts), facts
    # a wish is no resolution: "that X be elected" said after a verb of hoping
    text = "Bramford Borough Council met on Tuesday.\n\nShe hoped that Councillor Ada Quint be elected Chairman one day."
    assert not any(f["relation"] == "decided" for f in _facts_of(text, sample_store)), text


def test_the_town_a_meeting_was_held_in_is_no_council(sample_store):
    text = ("Bramford Borough Council has a new leader. At last night's meeting of the full council in Walsall, "
            "councillors elected Ada Quint as Leader of the Council.")
    offices = _offices(_facts_of(text, sample_store))
    assert ("Ada Quint", "leader", "Bramford Borough Council") in offices, offices
    assert not any("Walsall" in o for _, _, o in offices), offices


def test_an_initial_and_a_full_first_name_are_one_person(sample_store):
    text = ("Bramford Borough Council met on Tuesday.\n\nPresent: Councillors Reyland, A. Quint and Penhallow.\n\n"
            "That Councillor Ada Quint be elected Chair of the Council.")
    people = {s for s, _, _ in _offices(_facts_of(text, sample_store))}
    assert "A. Quint" in people or "Ada Quint" in people, people
    assert not {"A. Quint", "Ada Quint"} <= people, people
    # another initial is another person
    text = ("Bramford Borough Council met on Tuesday.\n\nPresent: Councillors Reyland, T. Quint and Penhallow.\n\n"
            "That Councillor Ada Quint be elected Chair of the Council.")
    people = {s for s, _, _ in _offices(_facts_of(text, sample_store))}
    assert {"T. Quint", "Ada Quint"} <= people, people
