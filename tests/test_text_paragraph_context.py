"""Round 27: what a paragraph is about. A round-up takes one council per paragraph ("Kingston upon
Thames. The most dramatic swing ..."); an office named without its council there is that paragraph's
council's, not the council the story named most. Each mechanism on synthetic text, with the reading it
must not make."""

from __future__ import annotations

from test_text_loader import _facts_of


def _office(facts: list[dict], person: str) -> list[tuple[str, str]]:
    return sorted((f["role"], f["object"]["label"]) for f in facts
                  if f["relation"] == "holds_office" and person in f["subject"]["label"])


ROUND_UP = ("Birmingham. Labour held Birmingham City Council with a larger majority, and the leader of "
            "Birmingham City Council, Ada Quint, thanked voters at the count.\n\n"
            "Bolton. The closest result of the night. Labour lost four seats. The leader of the council, "
            "Tomas Reyland, kept his own seat by eleven votes.\n\n"
            "Elsewhere the picture was calmer. The council leader, Jo Lamb, said turnout had held up.")


def test_an_office_without_its_council_is_the_council_its_paragraph_named(sample_store):
    facts = _facts_of(ROUND_UP, sample_store, title="Where the night's results landed")
    assert _office(facts, "Tomas Reyland") == [("leader", "Bolton Metropolitan Borough Council")], facts
    assert _office(facts, "Ada Quint") == [("leader", "Birmingham City Council")], facts


def test_a_paragraph_naming_no_council_falls_back_to_the_story_council(sample_store):
    facts = _facts_of(ROUND_UP, sample_store, title="Where the night's results landed")
    # the last paragraph names no council: the one the text named most, not the paragraph before's
    assert _office(facts, "Jo Lamb") == [("leader", "Birmingham City Council")], facts


def test_a_title_council_outweighs_a_council_named_in_passing_in_the_paragraph(sample_store):
    text = ("The annual meeting elected Ada Quint as leader. Tomas Reyland, a former officer of Bolton Council, "
            "attended. The minutes of the last meeting were agreed. The deputy leader of the council, Jo Lamb, "
            "seconded the motion.")
    facts = _facts_of(text, sample_store, title="Birmingham City Council: annual meeting", kind="minutes")
    assert _office(facts, "Jo Lamb") == [("deputy leader", "Birmingham City Council")], facts
