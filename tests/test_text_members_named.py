"""Round 32: a party named beside a person in three more ways: "X, also Labour, ...", "Liberal Democrat
Councillor X", "Councillor X of the Labour group"; a letter's own resignation ("tender my resignation from the
government") signed by a peer named twice ("Sayeeda Warsi / Baroness Warsi": one person); a councillor
described by ward or as independent ("X, the Black Isle councillor", "an independent councillor for Y"). Each
mechanism on synthetic text, with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of


def _members(facts: list[dict]) -> set[tuple[str, str]]:
    return {(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "member_of"}


def test_also_a_party_in_apposition_is_the_person_s_party(sample_store):
    text = "Bramford Borough Council met on Tuesday.\n\nAda Quint, also Labour, was elected chair."
    assert ("Ada Quint", "Labour Party") in _members(_facts_of(text, sample_store)), text
    text = "Bramford Borough Council met on Tuesday.\n\nAda Quint, also a Conservative, spoke."
    assert ("Ada Quint", "Conservative and Unionist Party") in _members(_facts_of(text, sample_store)), text
    # a party that describes a noun is no apposition
    text = "Bramford Borough Council met on Tuesday.\n\nAda Quint, also a Labour-run council's chair, spoke."
    assert not _members(_facts_of(text, sample_store)), text


def test_a_party_before_a_councillor_s_title_is_the_councillor_s(sample_store):
    text = "Bramford Borough Council met on Tuesday.\n\nLiberal Democrat Councillor Ada Quint was elected chair."
    assert ("Ada Quint", "Liberal Democrats") in _members(_facts_of(text, sample_store)), text


def test_a_person_of_a_council_group_is_its_member(sample_store):
    text = "Bramford Borough Council met on Tuesday.\n\nCouncillor Ada Quint, of the Labour group, spoke first."
    members = _members(_facts_of(text, sample_store))
    assert any(p == "Ada Quint" and "Labour" in g and "group" in g for p, g in members), members
    # the leader of a group is its leader, read by the office rules, not a member named before "of"
    text = "Bramford Borough Council met on Tuesday.\n\nThe leader of the Labour group spoke first."
    assert not _members(_facts_of(text, sample_store)), text


def test_a_letter_s_my_resignation_is_its_writer_s_and_a_peer_by_title_is_the_same_person(sample_store):
    text = ("Dear Prime Minister,\n\nI am writing to tender my resignation from the government.\n\nYours ever,\n\n"
            "Ada Quint\nBaroness Quint\n")
    facts = _facts_of(text, sample_store, published="2014-08-05", kind="letter")
    resigned = {(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "resigned"}
    assert resigned == {("Ada Quint", "UK Government")}, facts
    assert {f["subject"]["label"] for f in facts if f["relation"] == "signed"} == {"Ada Quint"}, facts
    # a call for my resignation is none
    text = ("Dear Prime Minister,\n\nSome have called for my resignation from the government.\n\nYours ever,\n\n"
            "Ada Quint\n")
    facts = _facts_of(text, sample_store, published="2014-08-05", kind="letter")
    assert not any(f["relation"] == "resigned" for f in facts), facts


def _councillors(facts: list[dict]) -> set[str]:
    return {f["subject"]["label"] for f in facts if f["relation"] == "holds_office" and f["role"] == "councillor"}


def test_a_councillor_described_by_ward_or_as_independent_sits_on_the_council_in_context(sample_store):
    for said in ("an independent councillor for Carnoustie", "the Black Isle councillor", "a Wednesbury South councillor"):
        text = f"Durham County Council met on Tuesday.\n\nAda Quint, {said}, spoke first."
        assert "Ada Quint" in _councillors(_facts_of(text, sample_store)), text
    # no apposition, no office: meeting councillors is no seat
    text = "Durham County Council met on Tuesday.\n\nAda Quint met the Labour councillors."
    assert "Ada Quint" not in _councillors(_facts_of(text, sample_store)), text


def test_a_letter_writing_to_resign_and_a_councillor_who_left_the_council(sample_store):
    text = ("Dear Prime Minister,\n\nI am writing to resign from the government.\n\nYours sincerely,\n\nAda Quint\n")
    facts = _facts_of(text, sample_store, published="2025-02-28", kind="letter")
    assert ("Ada Quint", "UK Government") in {(f["subject"]["label"], f["object"]["label"]) for f in facts
                                              if f["relation"] == "resigned"}, facts
    text = "Durham County Council met on Tuesday.\n\nAda Quint left the council in 1998."
    resigned = [(f["subject"]["label"], f["object"]["label"], f["date"]) for f in _facts_of(text, sample_store)
                if f["relation"] == "resigned"]
    assert resigned == [("Ada Quint", "Durham County Council", "1998-01-01")], resigned
    # walking out of the chamber is no seat given up
    text = "Durham County Council met on Tuesday.\n\nAda Quint walked out of the council chamber in protest."
    assert not any(f["relation"] == "resigned" for f in _facts_of(text, sample_store)), text


def test_defecting_from_a_party_with_no_party_joined_is_leaving_it(sample_store):
    text = "Durham County Council met on Tuesday.\n\nAda Quint had defected from the Liberal Democrats in 2019."
    resigned = {(f["subject"]["label"], f["object"]["label"]) for f in _facts_of(text, sample_store)
                if f["relation"] == "resigned"}
    assert resigned == {("Ada Quint", "Liberal Democrats")}, resigned
    # a defection only threatened is none
    text = "Durham County Council met on Tuesday.\n\nAda Quint may defect from the Liberal Democrats."
    assert not any(f["relation"] == "resigned" for f in _facts_of(text, sample_store)), text


def test_thrown_out_of_a_party_is_expelled_by_it(sample_store):
    text = "Durham County Council met on Tuesday.\n\nAda Quint has been thrown out of the Liberal Democrats."
    expelled = {(f["subject"]["label"], f["object"]["label"]) for f in _facts_of(text, sample_store)
                if f["relation"] == "decided" and f["action"] == "expel"}
    assert expelled == {("Liberal Democrats", "Ada Quint")}, expelled
    # thrown out of a meeting: no party decided
    text = "Durham County Council met on Tuesday.\n\nAda Quint was thrown out of the meeting."
    assert not any(f["relation"] == "decided" for f in _facts_of(text, sample_store)), text
