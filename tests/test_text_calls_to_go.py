"""Round 34: calls to go on someone named past a title or a role ("called on Councillor Ben Duncan to resign",
"called on their leader, Richard Leonard, to resign"), and by the people a group names in apposition ("Four
Labour MSPs, A, B, C and D, called on him to go"). Each mechanism on synthetic text, with the reading it must
not make."""

from __future__ import annotations

from test_text_loader import _facts_of


def _opposed(text: str, store) -> set[tuple[str, str]]:
    return {(f["subject"]["label"], f["object"]["label"]) for f in _facts_of(text, store) if f["relation"] == "opposed"}


def test_a_call_on_someone_past_a_title_or_a_role(sample_store):
    text = "Tom Hale called on Councillor Ada Quint to resign her seat."
    assert _opposed(text, sample_store) == {("Tom Hale", "Ada Quint")}
    text = "Tom Hale called on their leader, Ada Quint, to resign."
    assert ("Tom Hale", "Ada Quint") in _opposed(text, sample_store)
    # a role with no one named, and no holder told, is no one called on
    text = "Tom Hale called on the leader to resign."
    assert not _opposed(text, sample_store)


def test_a_call_by_people_named_in_apposition_to_a_group(sample_store):
    text = "Four Labour MSPs, Tom Hale, Sam Roe, Lee Vance and Kim Wray, called on Ada Quint to step down."
    assert _opposed(text, sample_store) == {(p, "Ada Quint") for p in ("Tom Hale", "Sam Roe", "Lee Vance", "Kim Wray")}
