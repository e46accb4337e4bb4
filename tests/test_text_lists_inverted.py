"""Round 35: decisions told with the people they were done to named after the verb: "The Tameside councillors
suspended are A, B and C" (a participle after the group it is said of, then the list) is the party's
suspension of A, B and C, not a suspension taken by the councillors. Each mechanism on synthetic text, with
the reading it must not make."""

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
