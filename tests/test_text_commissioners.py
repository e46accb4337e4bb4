"""Round 34: a government's intervention in a council told by its commissioners: "sent commissioners into the
London Borough of Tower Hamlets", "appointed commissioners to oversee Croydon Council", "the council has worked
under commissioners sent in by Eric Pickles", "has taken formal powers over Spelthorne Borough Council"; and
one who sends commissioners to run a council does not lead it. Each mechanism on synthetic text, with the
reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of


def _interventions(text: str, store) -> set[tuple[str, str]]:
    return {(f["subject"]["label"], f["object"]["label"]) for f in _facts_of(text, store)
            if f["relation"] == "decided" and f["action"] == "intervene"}


def test_commissioners_sent_into_a_council_are_an_intervention(sample_store):
    text = "The Local Government Secretary, Ada Quint, today sent commissioners into Birmingham City Council."
    assert _interventions(text, sample_store) == {("Ada Quint", "Birmingham City Council")}
    text = "Since December Birmingham City Council has worked under commissioners sent in by Ada Quint."
    assert _interventions(text, sample_store) == {("Ada Quint", "Birmingham City Council")}
    text = "Ada Quint has taken formal powers over Birmingham City Council."
    assert _interventions(text, sample_store) == {("Ada Quint", "Birmingham City Council")}
    # a threat is no intervention
    text = "Ada Quint may send commissioners into Birmingham City Council."
    assert not _interventions(text, sample_store)


def test_who_sends_commissioners_to_run_a_council_does_not_lead_it(sample_store):
    text = "Ada Quint sent in commissioners to run Birmingham City Council."
    facts = _facts_of(text, sample_store)
    assert not any(f["relation"] == "holds_office" and f["subject"]["label"] == "Ada Quint" for f in facts), facts
    assert ("Ada Quint", "Birmingham City Council") in _interventions(text, sample_store)
