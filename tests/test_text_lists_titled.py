"""Round 36: a list of people with a title before one of its names ("Mr Campbell, the depute provost Mary
Kilpatrick, Gavin Scott and Mr Pollock have all resigned") is one list; "leaving the Tory group with seven
councillors" tells what is left of a group, not that anyone left it; "Both men have since resigned", "the pair"
are the two people named before. On synthetic text."""

from __future__ import annotations

from test_text_loader import _facts_of


def _resigned(facts: list[dict]) -> set[tuple[str, str]]:
    return {(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "resigned"}


def test_a_title_before_a_listed_name_keeps_the_list(sample_store):
    facts = _facts_of("Jane Smith, the depute provost Mary Kilpatrick, Gavin Scott and Bob Pollock have all resigned "
                      "from the Conservative Party.", sample_store)
    assert {p for p, _ in _resigned(facts)} == {"Jane Smith", "Mary Kilpatrick", "Gavin Scott", "Bob Pollock"}, facts


def test_leaving_a_group_with_a_number_is_what_is_left(sample_store):
    facts = _facts_of("Jane Smith and Gavin Scott have resigned from the Conservative Party, leaving the Haringey "
                      "Conservative group with seven councillors.", sample_store)
    assert _resigned(facts) == {("Jane Smith", "Conservative and Unionist Party"),
                                ("Gavin Scott", "Conservative and Unionist Party")}, facts


def test_both_men_are_the_two_named(sample_store):
    facts = _facts_of("Sinn Féin suspended Sean Mag Uidhir and Caolan McGinley in May.\n\nBoth men have since "
                      "resigned from Sinn Féin.", sample_store)
    assert _resigned(facts) == {("Sean Mag Uidhir", "Sinn Féin"), ("Caolan McGinley", "Sinn Féin")}, facts
    facts = _facts_of("Labour suspended Jane Smith and Ann Brown in May.\n\nThe pair were expelled by the party in "
                      "June.", sample_store)
    assert {f["object"]["label"] for f in facts if f.get("action") == "expel"} == {"Jane Smith", "Ann Brown"}, facts


def test_men_uncounted_are_no_group(sample_store):
    facts = _facts_of("The men who run the party resigned from Sinn Féin.", sample_store)
    assert not _resigned(facts), facts


def test_a_long_relative_clause_between_two_names_keeps_the_list(sample_store):
    facts = _facts_of("Plaid Cymru has suspended two members.\n\nGwyn Hopkins, who has been a Plaid Cymru councillor "
                      "for 28 years, and Meilyr Hughes had complained.", sample_store)
    suspended = {f["object"]["label"] for f in facts if f.get("action") == "suspend"}
    assert {"Gwyn Hopkins", "Meilyr Hughes"} <= suspended, facts


def test_groups_counted_differently_are_different_groups(sample_store):
    # Round 36: "two councillors" and "26 councillors" are not one group: the second's resignation is not the
    # two named members'
    facts = _facts_of("Labour suspended two councillors, Jane Smith and Tom Brown, on Monday.\n\nIn March 26 "
                      "councillors had resigned from the Labour Party.", sample_store)
    assert not {p for p, _ in _resigned(facts)} & {"Jane Smith", "Tom Brown"}, facts
