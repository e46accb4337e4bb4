"""Round 35: accusations whose accuser is the sentence's subject, told in two more forms: a pronoun after an
opening phrase of time ("Before polling day she had accused the Lib Dems of ..."), and a subject that said
something first ("He said the new administration had inherited ... and accused Labour of ..."). Each mechanism
on synthetic text, with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of


def _oppositions(facts: list[dict]) -> set[tuple[str, str]]:
    return {(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "opposed"}


def test_a_pronoun_after_an_opening_time_phrase_accuses(sample_store):
    text = ("Ada Quint now leads the council.\n\n"
            "Before polling day she had accused the Lib Dems of planning a deal with the Conservatives.")
    assert ("Ada Quint", "Liberal Democrats") in _oppositions(_facts_of(text, sample_store))
    # a pronoun inside a clause of its own is not read: whose it is, the clause decides
    text = ("Ada Quint now leads the council.\n\n"
            "When Tom Hale spoke, she accused the Lib Dems of planning a deal.")
    assert not _oppositions(_facts_of(text, sample_store))


def test_the_one_who_said_something_and_accused_is_the_accuser(sample_store):
    text = ("Ada Quint leads the Liberal Democrat group.\n\n"
            "She said the new administration had inherited a council in good shape and accused Labour of "
            "making promises it could not keep.")
    assert ("Ada Quint", "Labour Party") in _oppositions(_facts_of(text, sample_store))


def test_an_accusation_past_a_title_and_a_possessor(sample_store):
    # Round 36: "accused Ms Aitken of": the person past the title; "Scottish Labour's Jackie Baillie said ...
    # but accused Ms Sturgeon of": the person the party possesses, not the party
    text = ("Nicola Sturgeon said she had done the right thing.\n\nScottish Labour's Jackie Baillie said the MP was "
            "right to go but accused Ms Sturgeon of failing to act sooner.")
    opposed = {(f["subject"]["label"], f["object"]["label"]) for f in _facts_of(text, sample_store)
               if f["relation"] == "opposed"}
    assert opposed == {("Jackie Baillie", "Nicola Sturgeon")}, opposed


def test_him_in_a_persons_own_relative_clause_is_someone_else(sample_store):
    # Round 36: "Kerr, who went to the meeting with him, announced that she had resigned. She ... accused X":
    # "him" is not Kerr, so "she" still is
    text = ("Michael Cullen was called in by the council leader.\n\nElspeth Kerr, who went to the meeting with him, "
            "announced that she had resigned from the SNP.\n\nShe accused Ms Aitken of running the council as a "
            "dictatorship. Susan Aitken denied it.")
    opposed = {(f["subject"]["label"], f["object"]["label"]) for f in _facts_of(text, sample_store)
               if f["relation"] == "opposed"}
    assert ("Elspeth Kerr", "Aitken") in {(a, b.split()[-1]) for a, b in opposed}, opposed
