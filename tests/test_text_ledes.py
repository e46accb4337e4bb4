"""Round 36: a news story's lede describes whom its next sentences name ("A Sunderland Labour councillor has
been suspended ... Councillor Jane Smith ..."): the description is that person. And "has left the Alliance
Party for the Ulster Unionists": joined the other. On synthetic text."""

from __future__ import annotations

from test_text_loader import _facts_of


def _told(facts: list[dict], relation: str) -> set[tuple[str, str]]:
    return {(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == relation}


def test_an_opening_description_is_the_person_named_next(sample_store):
    text = ("A Haringey Labour councillor has left the Labour Party and joined the Green Party.\n\n"
            "Councillor Jane Smith, who represents Bruce Grove, confirmed the move yesterday.")
    facts = _facts_of(text, sample_store)
    assert ("Jane Smith", "Labour Party") in _told(facts, "resigned"), facts
    assert ("Jane Smith", "Green Party") in _told(facts, "member_of"), facts


def test_no_one_named_after_it_leaves_the_description_alone(sample_store):
    text = ("A Haringey Labour councillor has left the Labour Party and joined the Green Party.\n\n"
            "The party said it was disappointed.")
    assert not _told(_facts_of(text, sample_store), "resigned")


def test_a_description_that_names_its_person_is_not_read_forward(sample_store):
    text = ("A Haringey councillor, Tom Brown, has left the Labour Party.\n\n"
            "Councillor Jane Smith said she was sorry to see him go.")
    assert _told(_facts_of(text, sample_store), "resigned") == {("Tom Brown", "Labour Party")}


def test_leaving_one_party_for_another_joins_it(sample_store):
    facts = _facts_of("Carole Howard has left the Alliance Party for the Ulster Unionists.", sample_store)
    assert ("Carole Howard", "Ulster Unionist Party") in _told(facts, "member_of"), facts
    assert not _told(_facts_of("John Smith left Labour for good.", sample_store), "member_of")
