"""Round 35: a resignation reported by the ones resigning, in the plural: "A and B told a meeting of the
council earlier this week that they were leaving the party" (both leave, dated by the reporting clause); and a
list of names before ", resigned" is its subject, whole. On synthetic text, with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of


def test_they_who_said_they_were_leaving_are_the_speakers(sample_store):
    text = ("The DUP has lost its majority on the council.\n\n"
            "The mayor, Ada Quint, and Councillor Tom Hale told a meeting of the council earlier this week that "
            "they were leaving the party.")
    facts = [f for f in _facts_of(text, sample_store, published="2007-04-05") if f["relation"] == "resigned"]
    assert {f["subject"]["label"] for f in facts} == {"Ada Quint", "Tom Hale"}, facts
    assert {f["object"]["label"] for f in facts} == {"Democratic Unionist Party"}, facts
    # the people told are not the ones leaving
    text = ("The DUP has lost its majority on the council.\n\n"
            "Ada Quint told Tom Hale and Rhian Powys that they were leaving the party.")
    facts = [f for f in _facts_of(text, sample_store, published="2007-04-05") if f["relation"] == "resigned"]
    assert not {f["subject"]["label"] for f in facts} & {"Tom Hale", "Rhian Powys"}, facts


def test_a_list_of_names_before_the_verb_is_one_subject(sample_store):
    # (a relative "elected on the UKIP ticket" before the list is no clause of the list's own)
    text = ("On Thursday four of the councillors elected on the UKIP ticket, Ada Quint, Tom Hale, Rhian Powys "
            "and Ben Cole, resigned from the party.")
    facts = [f for f in _facts_of(text, sample_store, published="2015-09-21") if f["relation"] == "resigned"]
    assert {"Ada Quint", "Tom Hale", "Rhian Powys", "Ben Cole"} <= {f["subject"]["label"] for f in facts}, facts
