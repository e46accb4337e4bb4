"""Round 33: "councillors" as the title of the names after it ("Councillors A and B resigned", "deselected
councillors A and B"), a return to a party's group (a membership, no seat won), and a pronoun after a vote
that cannot be one of the voters. Each mechanism on synthetic text, with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of


def _pairs(facts: list[dict], relation: str, action: str | None = None) -> set[tuple[str, str]]:
    return {(f["subject"]["label"], f["object"]["label"]) for f in facts
            if f["relation"] == relation and (action is None or f["action"] == action)}


def test_plural_title_makes_each_name_the_subject(sample_store):
    text = "Bramford Borough Council met on Tuesday.\n\nCouncillors Ada Quint and Tomas Reyland resigned from the Labour Party."
    resigned = _pairs(_facts_of(text, sample_store), "resigned")
    assert {("Ada Quint", "Labour Party"), ("Tomas Reyland", "Labour Party")} <= resigned, resigned
    assert not any(subject.lower() == "councillors" for subject, _ in resigned), resigned


def test_lower_case_plural_title_before_names(sample_store):
    text = "Bramford Borough Council met on Tuesday.\n\nLabour deselected councillors Ada Quint and Tomas Reyland."
    facts = _facts_of(text, sample_store)
    deselected = {o for _, o in _pairs(facts, "decided", "deselect")}
    assert {"Ada Quint", "Tomas Reyland"} <= deselected and "councillors" not in deselected, deselected
    seats = _pairs(facts, "holds_office")
    assert ("Ada Quint", "Bramford Borough Council") in seats, seats
    # the councillors an email went to are not the sender
    text = "Bramford Borough Council met on Tuesday.\n\nIn an email to councillors Mr Reyland accepted the blame."
    assert not _pairs(_facts_of(text, sample_store), "holds_office"), text


def test_returning_to_a_group_is_membership_not_a_seat(sample_store):
    text = ("Bramford Borough Council met on Tuesday.\n\n"
            "Councillors Ada Quint and Tomas Reyland have returned to the Labour group on Bramford Borough Council.")
    facts = _facts_of(text, sample_store)
    members = _pairs(facts, "member_of")
    assert any(s == "Ada Quint" and "group" in o.lower() for s, o in members), members
    assert not any(f["relation"] == "holds_office" and f["role"] == "member" for f in facts), facts


def test_a_pronoun_after_a_vote_is_none_of_the_voters(sample_store):
    text = ("Bramford Borough Council met on Tuesday.\n\n"
            "Councillors Ada Quint, Tomas Reyland and Mary Penhallow voted against her.")
    opposed = _pairs(_facts_of(text, sample_store), "opposed")
    assert not any(o in ("Ada Quint", "Tomas Reyland", "Mary Penhallow") for _, o in opposed), opposed


def test_a_list_of_names_goes_on_past_each_ward_in_brackets(sample_store):
    text = ("Bramford Borough Council met on Tuesday.\n\nThe four were Councillors Ada Quint (Castle), Tomas Reyland "
            "(Kings Hill and Mill End), Mary Penhallow (Northfield) and Owen Tregear (Southgate).")
    seated = {s for s, o in _pairs(_facts_of(text, sample_store), "holds_office") if "Bramford" in o}
    assert {"Ada Quint", "Tomas Reyland", "Mary Penhallow", "Owen Tregear"} <= seated, seated


def test_deputy_speakers_are_deputy_speakers_not_deputy_leaders(sample_store):
    text = "Ada Quint and Tomas Reyland were elected Deputy Speakers of the Northern Ireland Assembly."
    roles = {f["role"] for f in _facts_of(text, sample_store, published="2020-01-11")
             if f["relation"] == "holds_office" and f["subject"]["label"] in ("Ada Quint", "Tomas Reyland")}
    assert roles == {"deputy speaker"}, roles


def test_a_decision_word_used_as_an_adjective_is_no_decision(sample_store):
    for text in ("Birmingham City Council is run by independent and suspended Labour councillors.",
                 "Birmingham City Council has two suspended Labour councillors."):
        assert not any(f["relation"] == "decided" for f in _facts_of(text, sample_store)), text
    # a verb after a number's noun is still a decision
    text = "Labour suspended two councillors and expelled Ada Quint."
    expelled = _pairs(_facts_of(text, sample_store), "decided", "expel")
    assert ("Labour Party", "Ada Quint") in expelled, expelled


def test_made_clear_is_no_appointment(sample_store):
    for text in ("Ada Quint, the Labour leader, made clear that Tomas Reyland would stay as her deputy.",
                 "Ada Quint had made false statements about Tomas Reyland, the judge found."):
        assert not _pairs(_facts_of(text, sample_store), "decided", "appoint"), text
    text = "Birmingham City Council met on Monday. The Labour group made Ada Quint its leader."
    assert any(o == "Ada Quint" for _, o in _pairs(_facts_of(text, sample_store), "decided")), text


def test_people_among_a_group_a_decision_names_are_its_targets(sample_store):
    text = "Councillors Ada Quint and Tomas Reyland were among four councillors suspended by Labour on 20 October."
    suspended = {o for _, o in _pairs(_facts_of(text, sample_store), "decided", "suspend")}
    assert {"Ada Quint", "Tomas Reyland"} <= suspended, suspended
    # the group they suspended is not the people who decided
    text = "Ada Quint and Tomas Reyland suspended four councillors on 20 October."
    assert not any(o in ("Ada Quint", "Tomas Reyland") for _, o in _pairs(_facts_of(text, sample_store), "decided")), text
