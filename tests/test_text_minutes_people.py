"""Round 30: the people council minutes name by title and surname ("Councillor Harker"), before or
without their full name, by the titles before a name ("the retiring Leader", "County Councillor"), and
by the office that reports its own act ("The Leader informed Council that he had appointed ..."), and
the meeting that confirms someone in an office ("The Council confirmed Councillor X as Leader"), and
offices given respectively ("Councillors A and B be appointed Leader and Depute Leader respectively"). Each mechanism on synthetic text, with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of


def _offices(facts: list[dict], role: str) -> set[tuple[str, str]]:
    return {(f["subject"]["label"], f["object"]["label"]) for f in facts
            if f["relation"] == "holds_office" and f["role"] == role}


def test_a_councillor_named_by_surname_alone_is_a_person(sample_store):
    text = ("BRAMFORD BOROUGH COUNCIL\n\nCouncillor Ostrick moved that Councillor Vantler, Leader of the Labour "
            "Group, be appointed as Leader of Bramford Borough Council.\n\nRESOLVED – That Councillor Vantler be "
            "appointed as Leader of Bramford Borough Council.")
    facts = _facts_of(text, sample_store, kind="minutes")
    assert ("Vantler", "Bramford Borough Council") in _offices(facts, "leader"), facts
    assert {"Ostrick", "Vantler"} <= {s for s, _ in _offices(facts, "councillor")}, facts
    # a title before a capitalised common word is no one's
    facts = _facts_of("Councillor Allowances were reviewed by Bramford Borough Council.", sample_store)
    assert not _offices(facts, "councillor"), facts


def test_a_surname_before_its_full_name_is_the_same_person(sample_store):
    text = ("Proposed by Councillor Quellan, seconded by Councillor Ostrick, and agreed.\n\nCouncillor Dana "
            "Quellan was elected Leader of Bramford Borough Council.")
    facts = _facts_of(text, sample_store, kind="minutes")
    councillors = {s for s, _ in _offices(facts, "councillor")}
    assert "Dana Quellan" in councillors and "Quellan" not in councillors, facts
    assert ("Dana Quellan", "Bramford Borough Council") in _offices(facts, "leader"), facts


def test_a_retiring_holder_and_a_county_councillor_title_name_the_holder(sample_store):
    # round 30: "the retiring Leader" still holds the office; "County Councillor" is a title before the name
    text = "Bramford Borough Council met.\n\nCouncillor Ada Quint, the retiring Leader of the Council, spoke."
    assert ("Ada Quint", "Bramford Borough Council") in _offices(_facts_of(text, sample_store), "leader")
    text = "Bramford Borough Council met.\n\nThe outgoing Leader, County Councillor Ada Quint, spoke."
    facts = _facts_of(text, sample_store)
    assert _offices(facts, "leader") == {("Ada Quint", "Bramford Borough Council")}, facts


def test_the_office_that_reports_its_own_appointment_made_it(sample_store):
    # round 30: "The Leader informed Council that he had appointed X": the Leader the minutes elected, not
    # the last member they named
    text = ("BRAMFORD BOROUGH COUNCIL\n\nRESOLVED that Councillor Tomas Reyland be elected Leader of Bramford "
            "Borough Council.\n\nCouncillor Ada Quint thanked members.\n\nThe Leader informed Council that he had "
            "appointed Councillor Bea Lund as Deputy Leader.")
    facts = _facts_of(text, sample_store, kind="minutes")
    appointers = {f["subject"]["label"] for f in facts if f["relation"] == "decided" and f["object"]["label"] == "Bea Lund"}
    assert appointers == {"Tomas Reyland"}, facts


def test_surnames_listed_after_councillors_are_people(sample_store):
    # round 30: "supported by Councillors Quellan, Ostrick and Vantler": each a councillor
    text = ("BRAMFORD BOROUGH COUNCIL\n\nThe motion was moved by Councillor Dunmore and supported by Councillors "
            "Quellan, Ostrick and Vantler.")
    councillors = {s for s, _ in _offices(_facts_of(text, sample_store, kind="minutes"), "councillor")}
    assert {"Dunmore", "Quellan", "Ostrick", "Vantler"} <= councillors, councillors
    # full names after "Councillors" stay full names
    text = "BRAMFORD BOROUGH COUNCIL\n\nCouncillors Ada Quint and Bea Lund left the meeting."
    assert {"Ada Quint", "Bea Lund"} <= {s for s, _ in _offices(_facts_of(text, sample_store, kind="minutes"),
                                                                "councillor")}


def test_confirming_someone_as_an_office_appoints_them(sample_store):
    # round 30: "the Council confirmed Councillor X as Leader": its choice (the gold files: appoint, with
    # elect or approve besides)
    text = "BRAMFORD BOROUGH COUNCIL\n\nThe Council confirmed Councillor Ada Quint as Leader of the Council."
    facts = _facts_of(text, sample_store, kind="minutes")
    assert [(f["subject"]["label"], f["action"]) for f in facts if f["relation"] == "decided"] == \
        [("Bramford Borough Council", "appoint")], facts
    # what is confirmed otherwise is no appointment
    for text in ("Labour confirmed Ada Quint would sit as a Labour MP.",
                 "The party confirmed that Ada Quint had been chosen."):
        assert not [f for f in _facts_of(text, sample_store) if f["relation"] == "decided" and
                    f["action"] == "appoint"], text


def test_appointed_to_the_position_of_an_office(sample_store):
    # round 30: "RESOLVED to appoint Councillor X to the position of Leader of the Council", as "as Leader"
    text = ("BRAMFORD BOROUGH COUNCIL\n\nCouncil RESOLVED to appoint Councillor Ada Quint to the position of Leader "
            "of the Council.")
    facts = _facts_of(text, sample_store, kind="minutes")
    assert ("Ada Quint", "Bramford Borough Council") in _offices(facts, "leader"), facts
    assert [(f["subject"]["label"], f["action"]) for f in facts if f["relation"] == "decided"] == \
        [("Bramford Borough Council", "appoint")], facts


def test_offices_given_respectively(sample_store):
    # round 30: "Councillors A and B be appointed Leader and Depute Leader of the Council respectively":
    # each their own office, in order (not both the first)
    text = ("BRAMFORD BOROUGH COUNCIL\n\nDECIDED: that Councillors Ada Quint and Bea Lund be appointed Leader and "
            "Depute Leader of the Council respectively.")
    facts = _facts_of(text, sample_store, kind="minutes")
    assert _offices(facts, "leader") == {("Ada Quint", "Bramford Borough Council")}, facts
    assert _offices(facts, "depute leader") == {("Bea Lund", "Bramford Borough Council")}, facts


def test_a_title_in_a_story_mostly_about_one_council_is_a_seat_on_it(sample_store):
    # Round 31: no council in the title or the sentence, and the person holds no council office: the council
    # the document names twice as often as any other
    text = ("Bramford Borough Council has a new leader. The new leader of Bramford Borough Council also sits on "
            "Wessex County Council.\n\nBramford Borough Council met yesterday. Cllr Ada Quint takes finance.")
    seats = {(f["subject"]["label"], f["object"]["label"]) for f in _facts_of(text, sample_store)
             if f["relation"] == "holds_office" and f["role"] == "councillor"}
    assert ("Ada Quint", "Bramford Borough Council") in seats, seats
    # a round-up naming two councils as often: no guess
    text = "Bramford Borough Council and Wessex County Council both changed hands.\n\nCllr Ada Quint takes finance."
    assert not any(f["relation"] == "holds_office" and f["subject"]["label"] == "Ada Quint"
                   for f in _facts_of(text, sample_store))


def test_minutes_below_their_headings_are_dated_by_the_meeting_day(sample_store):
    # round 32: the meeting's day in the third paragraph, after two headings
    text = ("**BRAMFORD BOROUGH COUNCIL**\n\n**COUNCIL**\n\n**Wednesday 17 July 2024, Council Chamber**\n\n"
            "Present: The Mayor and Members of the Council.\n\n**29. Announcements**\n\nThere were none.\n\n"
            "**30. Leader of the Council**\n\nRESOLVED – That Councillor Ada Quint be elected Leader of Bramford Borough Council.")
    facts = _facts_of(text, sample_store, published="2024-07-26", kind="minutes")
    leader = [f for f in facts if f["relation"] == "holds_office" and f["role"] == "leader"]
    assert leader and all(f["date"] == "2024-07-17" for f in leader), facts
    # a month alone there is no meeting's day
    text = ("**BRAMFORD BOROUGH COUNCIL**\n\n**COUNCIL**\n\n**The work programme for July**\n\n"
            "RESOLVED – That Councillor Ada Quint be elected Leader of Bramford Borough Council.")
    facts = _facts_of(text, sample_store, published="2024-07-26", kind="minutes")
    assert not any(f["date"] and f["date"].startswith("2024-07-01") for f in facts), facts
