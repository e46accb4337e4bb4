"""Round 29: who a mention is. An object "her" before an adverb ("suspended her regardless"), a
pronoun after "but" that stands for the subject of the clause before it, a broadcaster's name that is
no one's ("BBC Radio", "BBC Scotland"), and a person's name that qualifies a noun after "the" ("the Ada
Quint saga"). Each mechanism on synthetic text, with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of


def _suspended(facts: list[dict]) -> set[tuple[str, str]]:
    return {(f["subject"]["label"], f["object"]["label"]) for f in facts
            if f["relation"] == "decided" and f["action"] == "suspend"}


def _people(facts: list[dict]) -> set[str]:
    return {f[end]["label"] for f in facts for end in ("subject", "object") if "/person/" in (f[end]["iri"] or "")}


def test_her_before_an_adverb_is_the_object(sample_store):
    facts = _facts_of("Ada Quint joined Labour in 1990. The party suspended her regardless.", sample_store)
    assert ("Labour Party", "Ada Quint") in _suspended(facts), facts
    facts = _facts_of("Ada Quint joined Labour in 1990. The party suspended her immediately.", sample_store)
    assert ("Labour Party", "Ada Quint") in _suspended(facts), facts
    # a possessive "her" before its noun is no one the party suspended
    facts = _facts_of("Ada Quint joined Labour in 1990. The party suspended her husband.", sample_store)
    assert not _suspended(facts), facts


def test_a_pronoun_after_but_stands_for_the_subject_before_it(sample_store):
    text = ("Ada Quint joined Labour in 1990. Bob Roe said he had asked about her letter. She withdrew the "
            "remarks the same day, but the party suspended her regardless.")
    assert _suspended(_facts_of(text, sample_store)) == {("Labour Party", "Ada Quint")}
    # the object of a verb is still not its own clause's subject
    text = "Ada Quint joined Labour in 1990. Bob Roe spoke to her. She apologised, but Bob Roe suspended him."
    assert ("Bob Roe", "Bob Roe") not in _suspended(_facts_of(text, sample_store))


def test_a_broadcaster_is_no_person(sample_store):
    text = ("The row began with an interview for BBC Scotland. Ada Quint joined Labour in 1990. BBC Radio "
            "asked whether she regretted it. The party suspended her.")
    facts = _facts_of(text, sample_store)
    assert ("Labour Party", "Ada Quint") in _suspended(facts), facts
    assert not {"BBC Radio", "BBC Scotland"} & _people(facts), facts


def test_a_name_that_qualifies_a_noun_stays_a_person(sample_store):
    text = "The Ada Quint saga goes on. Labour suspended her on Tuesday."
    facts = _facts_of(text, sample_store)
    assert _suspended(facts) == {("Labour Party", "Ada Quint")}, facts
    assert "Ada Quint" in _people(facts)
    # an organisation's name after "the" is still one
    facts = _facts_of("The Hackney Society met on Tuesday. Labour suspended the Hackney Society.", sample_store)
    assert "Hackney Society" not in _people(facts), facts


def _leaders(facts: list[dict]) -> set[tuple[str, str]]:
    return {(f["subject"]["label"], f["object"]["label"]) for f in facts
            if f["relation"] == "holds_office" and f["role"] == "leader"}


def test_a_party_leader_named_by_the_office_is_who_led_the_party_that_day(sample_store):
    text = "Margaret Hodge approached the Labour leader behind the Speaker's chair."
    assert _leaders(_facts_of(text, sample_store, published="2018-08-07")) == {("Jeremy Corbyn", "Labour Party")}
    assert _leaders(_facts_of(text, sample_store, published="2021-08-07")) == {("Keir Starmer", "Labour Party")}
    # between Gordon Brown and Ed Miliband the party had only an acting leader: no one is guessed
    assert not _leaders(_facts_of(text, sample_store, published="2010-07-01"))
    text = "Hazel Blears accused the Conservative leader of dithering."
    assert _leaders(_facts_of(text, sample_store, published="2007-11-06")) == {("David Cameron", "Conservative and Unionist Party")}


def test_a_party_leader_of_a_council_or_a_nation_is_no_national_leader(sample_store):
    for text in ("The Labour leader of Haringey Council spoke on Tuesday.",
                 "The Labour leader in Wales spoke on Tuesday.",
                 "Haringey Council met on Monday. The Labour leader said the vote was lost."):
        assert ("Jeremy Corbyn", "Labour Party") not in _leaders(_facts_of(text, sample_store, published="2018-08-07"))


def test_a_national_figures_surname_alone_is_not_theirs(sample_store):
    # the reference data knows Gordon Brown and Kemi Badenoch; a councillor or a place of the same name
    # is not them
    text = ("Councillor Fryer moved, and Councillor Brown seconded, that Councillor Ada Quint be appointed "
            "Chair of Haringey Council. Ms Forbes, the MSP for Skye, Lochaber and Badenoch, spoke.")
    assert not {"Gordon Brown", "Kemi Badenoch"} & _people(_facts_of(text, sample_store, published="2022-05-17"))


def test_a_known_person_in_a_signature_block_keeps_the_office_below(sample_store):
    text = "The Rt Hon Boris Johnson MP\nPrime Minister\n\nDear Prime Minister,\n\nI am leaving the party."
    facts = _facts_of(text, sample_store, published="2019-09-03", kind="letter")
    assert any(f["relation"] == "holds_office" and f["role"] == "prime minister" and
               f["subject"]["label"] == "Boris Johnson" for f in facts), facts
    assert "Hon" not in _people(facts)


def _held(facts: list[dict]) -> set[tuple[str, str, str]]:
    return {(f["subject"]["label"], f["role"], f["object"]["label"]) for f in facts if f["relation"] == "holds_office"}


def test_with_a_person_as_an_office_holds_it(sample_store):
    text = "The SNP formed a minority administration on Haringey Council, with Ada Quint as council leader."
    assert ("Ada Quint", "leader", "Haringey London Borough Council") in _held(_facts_of(text, sample_store))
    text = "The Leader announced his Cabinet, with Councillor Ada Quint as Deputy Leader of Haringey Council."
    assert ("Ada Quint", "deputy leader", "Haringey London Borough Council") in _held(_facts_of(text, sample_store))


def test_with_a_person_as_an_office_of_no_named_council_is_not_guessed(sample_store):
    # a party in context is no organisation the bare office names; "her deputy" is someone's deputy
    for text in ("Labour gained twelve seats, with Ada Quint as leader.",
                 "Haringey Council met on Monday, with Ada Quint as her deputy."):
        assert not {h for h in _held(_facts_of(text, sample_store)) if h[0] == "Ada Quint"}, text


def test_a_coalition_listed_with_words_that_name_no_one_is_read_without_error(sample_store):
    # a word between the coalition's parties that no mention covers once stopped extraction with an error
    facts = _facts_of("Haringey Council is run by a coalition of Labour, local independents and the Greens.",
                      sample_store)
    assert all(f["relation"] != "controls" or f["subject"]["label"] in ("Labour Party", "Green Party") for f in facts)


def test_a_meeting_that_agreed_to_appoint_someone_appointed_them(sample_store):
    text = "The Council AGREED to appoint Councillor Ada Quint as Depute Provost."
    facts = _facts_of(text, sample_store, title="Haringey Council: annual meeting minutes", kind="minutes")
    assert ("Haringey London Borough Council", "Ada Quint") in {
        (f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "decided" and f["action"] == "appoint"}
    assert ("Ada Quint", "depute provost", "Haringey London Borough Council") in _held(facts)
    # wanting or planning to appoint someone appoints no one
    for text in ("Haringey Council wants to appoint Ada Quint as chair.", "The leader will appoint Ada Quint as chair."):
        assert not [f for f in _facts_of(text, sample_store) if f["relation"] == "decided"], text


def test_a_listed_appointment_holds_each_office_after_as(sample_store):
    text = ("Councillor Bob Roe was today elected Leader of Haringey Council.\n\nThe Leader will keep the "
            "Lake Lothing and Upper Orwell crossings in his own portfolio. He has appointed:\n\n"
            "- Councillor Ada Quint as Deputy Leader and Cabinet Member for Housing;\n"
            "- Councillor Cy Dane as Cabinet Member for Finance.\n\nThe meeting then closed.")
    facts = _facts_of(text, sample_store, published="2018-05-24", kind="press-release")
    council = "Haringey London Borough Council"
    assert {("Ada Quint", "deputy leader", council), ("Ada Quint", "cabinet member for housing", council),
            ("Cy Dane", "cabinet member for finance", council)} <= _held(facts), facts
    # the heading's "He" is the leader the story leads with, not a name the sentence before it gave
    assert {(f["subject"]["label"], f["object"]["label"]) for f in facts
            if f["relation"] == "decided" and f["action"] == "appoint"} == {("Bob Roe", "Ada Quint"), ("Bob Roe", "Cy Dane")}


def test_an_assembly_elects_the_officers_its_own_minutes_record(sample_store):
    text = ("Minutes of the sitting of the Northern Ireland Assembly on 11 January 2020.\n\n"
            "Ada Quint (Sinn Féin) was elected Speaker with cross-community support.")
    elected = {(f["subject"]["label"], f["object"]["label"]) for f in _facts_of(
        text, sample_store, title="Northern Ireland Assembly: minutes of proceedings", kind="minutes")
        if f["relation"] == "decided" and f["action"] == "elect"}
    assert elected == {("Northern Ireland Assembly", "Ada Quint")}
    # in a news story the one who elected a Speaker is not read from the office
    elected = [f for f in _facts_of(text, sample_store) if f["relation"] == "decided"]
    assert not elected, elected


def test_a_titled_party_colleague_is_a_member(sample_store):
    facts = _facts_of("Ada Quint handed the chair to her Labour colleague Councillor Bob Roe.", sample_store)
    members = {(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "member_of"}
    assert {("Bob Roe", "Labour Party"), ("Ada Quint", "Labour Party")} <= members, facts


def test_the_people_a_colon_lists_after_a_groups_resignation_resigned(sample_store):
    text = "Yesterday five of the party's councillors on Haringey Council resigned from the Lib Dems: Ada Quint, Bob Roe and Cy Dane."
    facts = [f for f in _facts_of(text, sample_store) if f["relation"] == "resigned"]
    assert {("Ada Quint", "Liberal Democrats"), ("Bob Roe", "Liberal Democrats"), ("Cy Dane", "Liberal Democrats")} <= {
        (f["subject"]["label"], f["object"]["label"]) for f in facts}
    assert all("Cy Dane" in f["quote"] for f in facts if f["subject"]["label"] == "Ada Quint")
    # a named person's resignation lists no one else
    text = "Ada Quint resigned from the Lib Dems: Bob Roe said she had been badly treated."
    assert {f["subject"]["label"] for f in _facts_of(text, sample_store) if f["relation"] == "resigned"} == {"Ada Quint"}


def _approved(facts: list[dict]) -> set[tuple[str, str]]:
    return {(f["subject"]["label"], f["object"]["label"]) for f in facts
            if f["relation"] == "decided" and f["action"] == "approve"}


def test_backing_a_person_is_support_and_ratifying_a_choice_is_a_decision(sample_store):
    facts = _facts_of("Ada Quint stood for provost. Labour and the Conservatives backed her.", sample_store)
    assert not _approved(facts), facts
    facts = _facts_of("The Labour group had accepted Councillor Ada Quint.", sample_store)
    assert not _approved(facts), facts
    facts = _facts_of("Labour's National Executive Committee ratified Ada Quint on Tuesday.", sample_store)
    assert _approved(facts) == {("National Executive Committee of the Labour Party", "Ada Quint")}, facts
