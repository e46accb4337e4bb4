"""Round 32: offices given to the people listed after a colon ("named three commissioners: A, B and C"), a
year in a law's name that dates nothing ("the Local Government Act 1999"), Westminster in a list of councils,
and a letter's writer elected ("I was elected Leader", under a "To everyone ...," salutation). Each mechanism
on synthetic text, with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of, _offices


def _appointed(facts: list[dict]) -> set[tuple[str, str]]:
    return {(f["subject"]["label"], f["object"]["label"]) for f in facts
            if f["relation"] == "decided" and f["action"] == "appoint"}


def test_the_people_listed_after_a_plural_office_each_hold_it(sample_store):
    text = ("Bramford Borough Council has failed its best value duty.\n\nThe minister, Ada Quint, named three "
            "commissioners for Bramford Borough Council: Tomas Reyland, a former chief executive; Mair Ellison; "
            "and Jon Pettifer.")
    facts = _facts_of(text, sample_store, published="2023-05-26")
    listed = {"Tomas Reyland", "Mair Ellison", "Jon Pettifer"}
    assert {(p, "commissioner", "Bramford Borough Council") for p in listed} <= _offices(facts), facts
    assert {("Ada Quint", p) for p in listed} <= _appointed(facts), facts
    # the plural itself is no one appointed
    assert not any(o == "commissioners" for _, o in _appointed(facts)), facts


def test_the_people_listed_after_a_plural_office_of_the_lexicon_each_hold_it(sample_store):
    text = ("Durham County Council met on Tuesday.\n\nThe leader, Amanda Hopgood, appointed two deputy leaders: "
            "Ada Quint and Tomas Reyland.")
    facts = _facts_of(text, sample_store, published="2023-05-26")
    assert {("Ada Quint", "deputy leader", "Durham County Council"),
            ("Tomas Reyland", "deputy leader", "Durham County Council")} <= _offices(facts), facts
    assert {("Amanda Hopgood", "Ada Quint"), ("Amanda Hopgood", "Tomas Reyland")} <= _appointed(facts), facts


def test_no_list_after_the_plural_names_no_one(sample_store):
    text = ("Bramford Borough Council has failed its best value duty.\n\nThe minister, Ada Quint, named three "
            "commissioners. Tomas Reyland welcomed the news.")
    facts = _facts_of(text, sample_store, published="2023-05-26")
    assert not any(role == "commissioner" for _, role, _ in _offices(facts)), facts
    assert ("Ada Quint", "Tomas Reyland") not in _appointed(facts), facts


def test_a_year_in_a_law_s_name_dates_nothing(sample_store):
    text = ("Bramford Borough Council has failed its best value duty.\n\nAda Quint, the minister, suspended "
            "Tomas Reyland under the Local Government Act 1999.")
    facts = _facts_of(text, sample_store, published="2023-05-26")
    dates = [f["date"] for f in facts if f["relation"] == "decided"]
    assert dates and "1999-01-01" not in dates, facts
    # a year of its own still dates the event
    text = ("Bramford Borough Council has failed its best value duty.\n\nIn 1999 Ada Quint, the minister, "
            "suspended Tomas Reyland.")
    facts = _facts_of(text, sample_store, published="2023-05-26")
    assert "1999-01-01" in [f["date"] for f in facts if f["relation"] == "decided"], facts


def _controlled(facts: list[dict]) -> set[str]:
    return {f["object"]["label"] for f in facts if f["relation"] == "controls"}


def test_westminster_in_a_list_of_councils_is_its_council(every_council):
    text = ("Results came in for Camden Council overnight.\n\nThe Conservatives held Barnet, Wandsworth and "
            "Westminster comfortably.")
    controlled = _controlled(_facts_of(text, every_council, published="2014-05-23"))
    assert any("Westminster" in c for c in controlled), controlled
    # alone after a verb of winning, it is still Parliament's (a seat is won there too)
    text = "Results came in for Camden Council overnight.\n\nThe Conservatives won Westminster and held Barnet."
    controlled = _controlled(_facts_of(text, every_council, published="2014-05-23"))
    assert not any("Westminster" in c for c in controlled), controlled


def test_a_letter_s_writer_elected_is_its_signatory(sample_store):
    text = ("To everyone who lives and works in Bramford,\n\nOn Wednesday evening, at the annual meeting of "
            "Bramford Borough Council, I was elected Leader of the Council.\n\nWith best wishes,\n\nAda Quint\n")
    facts = _facts_of(text, sample_store, published="2023-05-26", kind="letter")
    leader = [f for f in facts if f["relation"] == "holds_office" and f["role"] == "leader"]
    assert [(f["subject"]["label"], f["date"]) for f in leader] == [("Ada Quint", "2023-05-24")], facts
    assert any(f["relation"] == "signed" and f["subject"]["label"] == "Ada Quint" for f in facts), facts
    # the writer as the object: "councillors elected me Leader of the Council"
    text = ("Dear residents,\n\nOn Tuesday evening, at the first meeting of Bramford Borough Council, councillors "
            "elected me Leader of the Council.\n\nYours sincerely,\n\nAda Quint\n")
    facts = _facts_of(text, sample_store, published="2023-05-26", kind="letter")
    assert ("Bramford Borough Council", "Ada Quint") in {(f["subject"]["label"], f["object"]["label"]) for f in facts
                                                         if f["relation"] == "decided" and f["action"] == "elect"}, facts
    # "I" in a report that no one signs is no one
    text = ("Bramford Borough Council met on Wednesday.\n\nAda Quint spoke. \"I was elected Leader of the Council "
            "to change things,\" one councillor said.")
    facts = _facts_of(text, sample_store, published="2023-05-26")
    assert not any(f["relation"] == "holds_office" and f["role"] == "leader" for f in facts), facts


def test_the_people_named_among_those_who_put_their_names_to_a_letter_signed_it(sample_store):
    text = ("Durham County Council met on Tuesday.\n\nForty-one MPs have put their names to the letter, among them "
            "Ada Quint and Tomas Reyland.")
    signers = {f["subject"]["label"] for f in _facts_of(text, sample_store) if f["relation"] == "signed"}
    assert {"Ada Quint", "Tomas Reyland"} <= signers, signers
    # people named after the letter for something else did not sign it
    text = ("Durham County Council met on Tuesday.\n\nForty-one MPs have put their names to the letter, which "
            "Ada Quint dismissed.")
    signers = {f["subject"]["label"] for f in _facts_of(text, sample_store) if f["relation"] == "signed"}
    assert "Ada Quint" not in signers, signers
