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
