"""Round 35: a party's members told by what they are besides: "Nik Johnson, a Labour paediatrician," (any
noun for a person after the party, in apposition) and "a 27-year-old Labour activist" (past an age). Each
mechanism on synthetic text, with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of


def _members(facts: list[dict]) -> set[tuple[str, str]]:
    return {(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "member_of"}


def test_a_party_before_any_noun_for_a_person_is_theirs(sample_store):
    members = _members(_facts_of("Ada Quint, a Labour paediatrician, won the mayoralty.", sample_store))
    assert ("Ada Quint", "Labour Party") in members, members
    members = _members(_facts_of("Tom Hale, a 27-year-old Labour activist, spoke to the paper.", sample_store))
    assert ("Tom Hale", "Labour Party") in members, members
    # a place a party holds is no member of it
    assert not _members(_facts_of("Hartlepool, a Labour stronghold, fell to Reform.", sample_store))


def test_a_party_before_a_seat_in_a_relative_clause_is_the_holders(sample_store):
    members = _members(_facts_of("Ada Quint, who is also an SNP councillor in Renfrewshire, spoke.", sample_store))
    assert ("Ada Quint", "Scottish National Party") in members, members
    # a party's own leadership is no membership the text states
    members = _members(_facts_of("Tom Hale, who became SNP leader last month, spoke.", sample_store))
    assert ("Tom Hale", "Scottish National Party") not in members, members


def test_people_named_after_a_counted_group_of_a_partys_people_are_its_members(sample_store):
    text = "The three Labour members for Aston, Ada Quint, Tom Hale and Rhian Powys, were suspended."
    members = _members(_facts_of(text, sample_store))
    assert {("Ada Quint", "Labour Party"), ("Tom Hale", "Labour Party"), ("Rhian Powys", "Labour Party")} <= members
    members = _members(_facts_of("Two Conservative veterans, Ada Quint and Tom Hale, lost their seats.", sample_store))
    assert {("Ada Quint", "Conservative and Unionist Party"), ("Tom Hale", "Conservative and Unionist Party")} <= members
    # a party labelling seats states no membership; nor does a former party
    assert not _members(_facts_of("Four Labour MSPs, Ada Quint, Tom Hale, Rhian Powys and Ben Cole, spoke.",
                                  sample_store))
    assert not _members(_facts_of("Two former Labour members, Ada Quint and Tom Hale, stood.", sample_store))


def test_the_people_who_formed_a_group_are_its_members(sample_store):
    text = ("Dumfries and Galloway Council met on Monday.\n\n"
            "Ada Quint and Tom Hale set up a new group called Novantae.")
    assert {("Ada Quint", "Novantae"), ("Tom Hale", "Novantae")} <= _members(_facts_of(text, sample_store))
    text = ("Eastleigh Borough Council met on Monday.\n\n"
            "Three councillors, Ada Quint, Tom Hale and Rhian Powys, left the party to form the Independent Party "
            "of Eastleigh Councillors.")
    members = _members(_facts_of(text, sample_store))
    assert {p for p, g in members if g == "Independent Party of Eastleigh Councillors"} == \
        {"Ada Quint", "Tom Hale", "Rhian Powys"}, members
    # a coalition formed with a party, or a board set up, has no members here; nor has a party founded long ago
    assert not _members(_facts_of("Ada Quint formed a coalition with the Conservatives.", sample_store))
    assert not _members(_facts_of("Ada Quint set up a Recovery Board to support the council.", sample_store))
    assert not _members(_facts_of("Ada Quint founded the Social Democratic Party in 1981.", sample_store))
