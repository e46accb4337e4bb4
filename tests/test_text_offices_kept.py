"""Round 35: offices told as kept or given back, in the forms minutes and reports use: "would continue as
leader" in reported speech is a state that goes on (not a plan), and "the meeting returned X as Leader of the
Council" gives the office as "elected X as" does. Each mechanism on synthetic text, with the reading it must
not make."""

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
