"""Round 34: who a passive's "by" names past a possessive: "suspended by his fellow Liberal Democrat
councillors" (the party's group on the council, not the one suspended), "chosen by his Conservative
colleagues" (the group), and "voted out by her own colleagues barely a week after Labour gained two seats" (no
one the text names: not Labour); "the group" is a group named on no council the graph knows ("Hull's ruling Labour
group"). Each mechanism on synthetic text, with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of


def _deciders(facts: list[dict], person: str) -> set[str]:
    return {f["subject"]["label"] for f in facts if f["relation"] == "decided" and f["object"]["label"] == person}


def test_a_possessive_after_by_is_whose_they_are(sample_store):
    text = ("Birmingham City Council met on Tuesday.\n\n"
            "Tom Hale was suspended by his fellow Liberal Democrat councillors on Monday.")
    deciders = _deciders(_facts_of(text, sample_store), "Tom Hale")
    assert deciders and all(d.startswith("Birmingham") and d.endswith("group") for d in deciders), deciders
    text = ("Birmingham City Council met on Tuesday.\n\n"
            "Tom Hale had been chosen by his Conservative colleagues as leader of their group.")
    deciders = _deciders(_facts_of(text, sample_store), "Tom Hale")
    assert deciders and all(d.startswith("Birmingham") and d.endswith("group") for d in deciders), deciders


def test_a_possessive_with_no_one_named_after_it_names_no_agent(sample_store):
    text = ("Birmingham City Council met on Tuesday.\n\n"
            "Ada Quint has been voted out by her own colleagues barely a week after Labour gained two seats.")
    assert "Labour Party" not in _deciders(_facts_of(text, sample_store), "Ada Quint")


def test_the_group_is_a_group_named_on_no_council_the_graph_knows(sample_store):
    text = ("Bramford's ruling Labour group has turned on three of its own. At a disciplinary hearing this week the "
            "group suspended Councillor Ada Quint and Councillor Tom Hale indefinitely.")
    deciders = _deciders(_facts_of(text, sample_store), "Ada Quint") | _deciders(_facts_of(text, sample_store), "Tom Hale")
    assert deciders and all("group" in d for d in deciders), deciders
    assert "Ada Quint" not in _deciders(_facts_of(text, sample_store), "Tom Hale")
