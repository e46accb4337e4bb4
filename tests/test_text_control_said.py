"""Round 32: control said three more ways: "the SNP are running a minority administration" (the council in
context), "X is run jointly by Labour and ...", "X is Conservative-led". Each mechanism on synthetic text,
with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _controls, _facts_of


def test_a_party_running_a_minority_administration_controls_the_council_in_context(sample_store):
    text = "Durham County Council met on Tuesday.\n\nThe SNP are running a minority administration."
    assert ("Scottish National Party", "Durham County Council") in _controls(_facts_of(text, sample_store)), text
    # enough to run one is no administration yet
    text = "Durham County Council met on Tuesday.\n\nThe SNP have enough seats to run a minority administration."
    assert not _controls(_facts_of(text, sample_store)), text


def test_a_council_run_jointly_by_a_party_is_controlled_by_it(sample_store):
    text = "Durham County Council met on Tuesday.\n\nDurham County Council is run jointly by Labour and others."
    assert ("Labour Party", "Durham County Council") in _controls(_facts_of(text, sample_store)), text


def test_a_council_said_to_be_party_led_is_controlled_by_it(sample_store):
    text = "Durham County Council met on Tuesday.\n\nDurham County Council is Conservative-led."
    assert ("Conservative and Unionist Party", "Durham County Council") in _controls(_facts_of(text, sample_store)), text
    # a negated or a hedged one is not
    for said in ("is not Conservative-led", "may soon be Conservative-led"):
        text = f"Durham County Council met on Tuesday.\n\nDurham County Council {said}."
        assert not _controls(_facts_of(text, sample_store)), text
