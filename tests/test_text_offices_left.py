"""Round 30: an office left in government ("quit as universities minister"), a nation's office ("Scotland's
finance secretary") and who left it when the clause opens with its time ("the day X quit"). Each mechanism
on synthetic text, with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of, _offices


def _resigned(facts: list[dict]) -> set[tuple[str, str]]:
    return {(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "resigned"}


def test_a_government_office_left_was_held(sample_store):
    facts = _facts_of("Ada Quint quit as universities minister yesterday.", sample_store)
    assert ("Ada Quint", "universities minister", "UK Government") in _offices(facts), facts
    assert ("Ada Quint", "UK Government") in _resigned(facts), facts
    # an office of the one the role names ("the prime minister's champion") is not that role
    facts = _facts_of("Ada Quint resigned as the prime minister's anti-corruption champion.", sample_store)
    assert not any(role == "prime minister" for _, role, _ in _offices(facts)), facts


def test_a_nations_office_is_its_governments(sample_store):
    facts = _facts_of("Ada Quint resigned as Scotland's finance secretary.", sample_store)
    assert ("Ada Quint", "finance secretary", "Scottish Government") in _offices(facts), facts
    assert ("Ada Quint", "Scottish Government") in _resigned(facts), facts
    facts = _facts_of("Wales's education minister, Ada Quint, spoke.", sample_store)
    assert ("Ada Quint", "education minister", "Welsh Government") in _offices(facts), facts


def test_the_one_who_quit_on_the_day_a_clause_names(sample_store):
    text = "Tomas Reyland wrote his letter a month ago, the day Ada Quint quit as Brexit secretary."
    facts = _facts_of(text, sample_store, published="2018-12-13")
    assert _resigned(facts) == {("Ada Quint", "UK Government")}, facts


def test_removed_from_the_office_of_a_role_held_it(sample_store):
    text = "Bramford Borough Council met.\n\nCouncillor Ada Quint was removed from the office of Leader of the Council."
    facts = _facts_of(text, sample_store)
    assert ("Ada Quint", "leader", "Bramford Borough Council") in _offices(facts), facts
    # an office the text names apart from any leaving is no office left
    text = "Bramford Borough Council met.\n\nCouncillor Ada Quint was removed from the room by the office of the Leader."
    assert not any(role == "leader" for _, role, _ in _offices(_facts_of(text, sample_store)))


def test_a_resignation_said_to_follow_a_condition_is_not_one(sample_store):
    # Round 31: reported speech states a decision ("said that she would step down"), but not one under a
    # condition ("if he won")
    text = ("Ada Quint served as a minister under Gordon Brown. She left the shadow cabinet in May to concentrate "
            "on the mayoral race, and said during the campaign that she would give up her seat in the Commons if "
            "she won City Hall.")
    assert ("Ada Quint", "UK Government") not in _resigned(_facts_of(text, sample_store, published="2015-09-12"))
    facts = _facts_of("Ada Quint told the group on Monday that she would stand down as leader of Bramford Borough "
                      "Council.", sample_store)
    assert ("Ada Quint", "Bramford Borough Council") in _resigned(facts), facts
