"""Round 35: decisions told with the people they were done to named away from the verb: "The Tameside
councillors suspended are A, B and C" (a participle after the group it is said of, then the list) is the
party's suspension of A, B and C, not a suspension taken by the councillors; "A, B and C were each given a
six-month suspension" suspends the ones given it. Each mechanism on synthetic text, with the reading it must
not make."""

from __future__ import annotations

from test_text_loader import _facts_of


def test_people_named_after_a_group_and_its_participle_are_the_ones_decided_about(sample_store):
    text = ("Labour has suspended eleven councillors in Greater Manchester over a WhatsApp group.\n\n"
            "Nine of them sit on Tameside Council and two on Stockport Council.\n\n"
            "The Tameside councillors suspended are Ada Quint, Tom Hale and Rhian Powys.")
    facts = [f for f in _facts_of(text, sample_store, published="2025-02-12", title="Labour suspends councillors")
             if f["action"] == "suspend" and f["object"]["label"] in ("Ada Quint", "Tom Hale", "Rhian Powys")]
    assert {f["object"]["label"] for f in facts} == {"Ada Quint", "Tom Hale", "Rhian Powys"}, facts
    assert {f["subject"]["label"] for f in facts} == {"Labour Party"}, facts
    # the councillors named as the ones who suspended are the subject
    text = "The Tameside councillors suspended Ada Quint from the group."
    facts = [f for f in _facts_of(text, sample_store, published="2025-02-12") if f["action"] == "suspend"]
    assert all(f["subject"]["label"] != "Labour Party" for f in facts), facts


def test_people_given_a_suspension_are_the_ones_suspended(sample_store):
    text = ("The Labour group on Fife Council expelled two councillors on Tuesday.\n\n"
            "On Wednesday Ada Quint, Tom Hale and Rhian Powys were each given a six-month suspension.")
    facts = [f for f in _facts_of(text, sample_store, published="2023-05-04", title="Labour group expels two")
             if f["action"] == "suspend"]
    assert {f["object"]["label"] for f in facts} == {"Ada Quint", "Tom Hale", "Rhian Powys"}, facts
    assert {f["date"] for f in facts} == {"2023-05-03"}, facts
    # a suspension only talked of gives nothing
    text = "Ada Quint said a suspension would be wrong."
    assert not [f for f in _facts_of(text, sample_store) if f["action"] == "suspend"]
