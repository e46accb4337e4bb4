"""Round 26: an office list's second holder ("A as their leader and B as their deputy leader"), a
deputy named after the office given ("with B as depute leader"), party members as electors told far
from the verb, a councillor's title tied by a council office, a first name that is a stop word, the
party whose members chose an officer, and a year-only time that stays in its paragraph. Each mechanism
on synthetic text, with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of, _has


def _office(facts: list[dict], person: str) -> list[tuple[str, str]]:
    return sorted((f["role"], f["object"]["label"]) for f in facts
                  if f["relation"] == "holds_office" and person in f["subject"]["label"])


def test_each_holder_of_an_office_list_takes_the_group_office_after_them(sample_store):
    facts = _facts_of("Labour councillors on Leeds City Council elected Ada Quint as their leader and Tomas Reyland "
                      "as their deputy leader.", sample_store)
    assert _office(facts, "Tomas Reyland") == [("deputy leader", "Leeds City Council Labour Party group")], facts
    assert _office(facts, "Ada Quint") == [("leader", "Leeds City Council Labour Party group")], facts
    assert _has(facts, "decided", "Labour Party group", "Tomas Reyland", "elect"), facts


def test_a_deputy_named_after_the_office_given_holds_office_in_the_same_organisation(sample_store):
    facts = _facts_of("Under the agreement, Ada Quint becomes leader of Leeds City Council, with Tomas Reyland as "
                      "deputy leader.", sample_store)
    assert _office(facts, "Tomas Reyland") == [("deputy leader", "Leeds City Council")], facts
    # past a description of the deputy, and past the organisation's name
    facts = _facts_of("Ada Quint was elected leader of the Labour group on Leeds City Council, with her predecessor, "
                      "Tomas Reyland, as her deputy.", sample_store)
    assert _office(facts, "Tomas Reyland") == [("deputy leader", "Labour group")], facts
    quote = next(f["quote"] for f in facts if "Tomas Reyland" in f["subject"]["label"])
    assert quote.startswith("with her predecessor"), quote
    # a deputy with an office of their own is not read as this one's
    facts = _facts_of("Ada Quint becomes leader of Leeds City Council, with Tomas Reyland as leader of the "
                      "opposition.", sample_store)
    assert ("deputy leader", "Leeds City Council") not in _office(facts, "Tomas Reyland"), facts


def test_party_members_elect_when_their_ballot_is_told_late_in_the_sentence(sample_store):
    facts = _facts_of("Ada Quint was elected leader of the Green Party on Saturday, beating Tomas Reyland by 5,806 "
                      "votes to 4,388 in a ballot of party members.", sample_store)
    assert _has(facts, "decided", "party members", "Ada Quint", "elect"), facts
    facts = _facts_of("Ada Quint won the Green Party leadership on 5 July, beating Tomas Reyland in a vote of party "
                      "members.", sample_store)
    assert _has(facts, "decided", "party members", "Ada Quint", "elect"), facts
    # a leadership won with no electors named is no one's decision
    facts = _facts_of("Ada Quint won the Green Party leadership on 5 July, beating Tomas Reyland.", sample_store)
    assert not [f for f in facts if f["relation"] == "decided"], facts


def test_a_councillors_title_takes_the_council_of_the_office_the_document_gives_them(sample_store):
    facts = _facts_of("Ada Quint, the leader of Leeds City Council, met officials from Sheffield City Council on "
                      "Monday. Later, Councillor Ada Quint said the plan was sound. Councillor Jo Lamb agreed.",
                      sample_store)
    assert ("councillor", "Leeds City Council") in _office(facts, "Ada Quint"), facts
    # a titled person with no council office in a document naming two councils: no seat guessed
    assert _office(facts, "Jo Lamb") == [], facts


def test_will_is_a_first_name_inside_a_sentence_before_a_surname(sample_store):
    facts = _facts_of("Councillors Ada Quint, Will Mylet and Tomas Reyland were suspended by the Labour Party on "
                      "Monday.", sample_store)
    assert _has(facts, "decided", "Labour Party", "Will Mylet", "suspend"), facts
    facts = _facts_of("Will Labour suspend Tomas Reyland? The party will decide on Monday.", sample_store)
    assert not [f for f in facts if "Will" in f["subject"]["label"] + f["object"]["label"]], facts


def test_members_choosing_an_officer_choose_their_partys_not_the_holders_councils(sample_store):
    facts = _facts_of("Ada Quint is the new leader of the Green Party. The result of the members' postal ballot was "
                      "declared today.\n\nIn a separate ballot, members chose Councillor Jo Lamb of Dudley as deputy "
                      "leader.", sample_store)
    assert ("deputy leader", "Green Party") in _office(facts, "Jo Lamb"), facts
    assert not [o for r, o in _office(facts, "Jo Lamb") if r == "deputy leader" and o != "Green Party"], facts


def test_a_year_told_in_one_paragraph_does_not_date_the_next_paragraphs_news(sample_store):
    text = ("Ada Quint was elected leader of the Green Party on Saturday.\n\nBorn in Leeds, she stood for the "
            "Senedd in 2021.\n\nIn a separate ballot, members chose Jo Lamb as deputy leader of the Green Party.")
    facts = _facts_of(text, sample_store, published="2022-07-07")
    dates = {f["date"] for f in facts if f["relation"] == "holds_office" and "Jo Lamb" in f["subject"]["label"]}
    assert dates and "2021-01-01" not in dates, facts
    # a day told in the paragraph before still carries over
    facts = _facts_of("The Green Party met on 2 July.\n\nMembers chose Jo Lamb as deputy leader of the Green Party.",
                      sample_store, published="2022-07-07")
    assert {f["date"] for f in facts if "Jo Lamb" in f["subject"]["label"]} == {"2022-07-02"}, facts


def test_a_party_is_never_what_a_body_approves_or_ends(sample_store):
    facts = _facts_of("Belfast City Council backed a compromise put forward by the Alliance Party.", sample_store)
    assert not [f for f in facts if f["relation"] == "decided" and "Alliance" in f["object"]["label"]], facts
    facts = _facts_of("The Liberal Democrats ended Labour's long grip on Leeds City Council.", sample_store)
    assert not [f for f in facts if f["relation"] == "decided" and f["object"]["label"] == "Labour Party"], facts
    # a thing is still approved
    facts = _facts_of("Leeds City Council approved the budget put forward by the Alliance Party.", sample_store)
    assert _has(facts, "decided", "Leeds City Council", "budget", "approve"), facts


def test_the_one_named_between_commas_before_a_passive_is_its_subject(sample_store):
    facts = _facts_of("The leader of Leeds City Council, Ada Quint, has been suspended by the Labour Party.",
                      sample_store)
    assert _has(facts, "decided", "Labour Party", "Ada Quint", "suspend"), facts
    assert not [f for f in facts if f["relation"] == "decided" and "Council" in f["object"]["label"]], facts


def test_a_body_that_voted_to_replace_its_leader_chose_the_successor(sample_store):
    facts = _facts_of("Labour councillors on Leeds City Council voted by 21 votes to 19 to replace Tomas Reyland as "
                      "their leader with Cllr Ada Quint.", sample_store)
    assert _has(facts, "decided", "Labour Party group", "Ada Quint", "elect"), facts
    assert _has(facts, "decided", "Labour Party group", "Tomas Reyland", "remove"), facts
    assert ("leader", "Leeds City Council") in _office(facts, "Ada Quint") or \
        any(r == "leader" for r, _ in _office(facts, "Ada Quint")), facts
    # without a vote, an appointment; the successor takes the office the document gave the one replaced
    facts = _facts_of("Jo Lamb led the Conservative group for a year. The Conservative group on Leeds City Council "
                      "replaced her with Ada Quint.", sample_store)
    assert _has(facts, "decided", "Conservative group", "Ada Quint", "appoint"), facts
    assert ("leader", "Conservative group") in _office(facts, "Ada Quint"), facts
    # a wish to replace is no decision
    facts = _facts_of("The Labour group on Leeds City Council wants to replace Tomas Reyland with Ada Quint.",
                      sample_store)
    assert not [f for f in facts if f["relation"] == "decided"], facts


def test_holders_named_after_a_body_filled_its_offices_were_its_choice(sample_store):
    text = ("Labour councillors on Leeds City Council elected two deputy leaders and their other officers last "
            "night.\n\nJo Lamb was chosen as deputy leader of the group. Ada Quint was elected deputy leader of "
            "the group in 2015.")
    facts = _facts_of(text, sample_store)
    assert _has(facts, "decided", "Labour Party group", "Jo Lamb", "elect"), facts
    # an office taken another year is not this choice
    assert not _has(facts, "decided", "Labour Party group", "Ada Quint"), facts
    # two paragraphs on, the choice no longer reaches
    text = ("Labour councillors on Leeds City Council elected their officers last night.\n\nThe vote was close."
            "\n\nIn other news, the council met.\n\nJo Lamb was chosen as deputy leader of the group.")
    assert not _has(_facts_of(text, sample_store), "decided", "Labour Party group", "Jo Lamb"), text


def test_voted_into_the_post_at_the_councils_meeting_is_the_councils_election(sample_store):
    facts = _facts_of("Ada Quint is the new leader of Leeds City Council. She was voted into the post at the "
                      "authority's annual general meeting last night.", sample_store)
    assert _has(facts, "decided", "Leeds City Council", "Ada Quint", "elect"), facts
    # a chair voted into the post with no meeting or chooser named: the office only
    facts = _facts_of("Ada Quint is the new chair of Leeds City Council. She was voted into the post last night.",
                      sample_store)
    assert not [f for f in facts if f["relation"] == "decided"], facts


def test_a_re_election_and_a_resolution_to_elect_are_the_councils_in_its_minutes(sample_store):
    facts = _facts_of("Councillor Ada Quint was nominated and seconded and, there being no other nomination, was "
                      "declared re-elected Provost of Leeds City Council.", sample_store, kind="minutes")
    assert _has(facts, "decided", "Leeds City Council", "Ada Quint", "elect"), facts
    facts = _facts_of("RESOLVED to elect Councillor Ada Quint as Leader of Leeds City Council.", sample_store,
                      kind="minutes")
    assert _has(facts, "decided", "Leeds City Council", "Ada Quint", "elect"), facts
    assert ("leader", "Leeds City Council") in _office(facts, "Ada Quint"), facts
    # a wish to elect is no election
    facts = _facts_of("The Labour group wants to elect Ada Quint as Leader of Leeds City Council.", sample_store)
    assert not [f for f in facts if f["relation"] == "decided"], facts


def test_a_deputy_named_with_a_choice_the_text_gives_a_chooser_for_is_the_same_bodys_choice(sample_store):
    facts = _facts_of("Leeds City Council also elected Ada Quint as its new Chair, with Jo Lamb as Vice-Chair.",
                      sample_store)
    assert _has(facts, "decided", "Leeds City Council", "Jo Lamb", "elect"), facts
    assert ("vice-chair", "Leeds City Council") in _office(facts, "Jo Lamb"), facts
    # no chooser named: the offices only; and the deputy's office is not the leader's
    facts = _facts_of("Ada Quint was elected leader of Leeds City Council, with Jo Lamb as his depute.", sample_store)
    assert not _has(facts, "decided", "Leeds City Council", "Jo Lamb"), facts
    assert _office(facts, "Ada Quint") == [("leader", "Leeds City Council")], facts
    assert _office(facts, "Jo Lamb") == [("deputy leader", "Leeds City Council")], facts


def test_an_administration_reported_to_a_meeting_is_control(sample_store):
    facts = _facts_of("Leeds City Council met on Thursday. The Leader reported that the SNP would form a minority "
                      "administration.", sample_store, kind="minutes")
    assert _has(facts, "controls", "Scottish National Party", "Leeds City Council"), facts
    # a future in a news story, a condition or a possibility is no control
    for text in ("At Leeds City Council, the Conservatives will now form the administration.",
                 "Leeds City Council met on Thursday. The Leader said the SNP would form a minority administration.",
                 "At Leeds City Council, the Conservatives could form the administration if the Greens agree."):
        facts = _facts_of(text, sample_store)
        assert not [f for f in facts if f["relation"] == "controls"], (text, facts)


def test_a_partys_group_that_runs_the_council_controls_it(sample_store):
    facts = _facts_of("Labour councillors on Leeds City Council met yesterday. The Labour group, which runs Leeds City "
                      "Council with a comfortable majority, chose a new leader.", sample_store)
    assert _has(facts, "controls", "Labour group", "Leeds City Council"), facts
    # a group named in the clause of the person who ran the council is not its subject
    facts = _facts_of("Ada Quint, who led the Labour group from 2005 and ran Leeds City Council from 2014, resigned.",
                      sample_store)
    assert not [f for f in facts if f["relation"] == "controls"], facts


def test_a_party_run_council_named_in_full_after_the_adjective_is_controlled(sample_store):
    facts = _facts_of("Jack Hopkins, the leader of Labour-run Lambeth Council, resigned.", sample_store)
    assert _has(facts, "controls", "Labour Party", "Lambeth"), facts
    # a council the graph does not know is not minted from the adjective
    facts = _facts_of("Officials at the Labour-run Madeup Borough Council met.", sample_store)
    assert not [f for f in facts if f["relation"] == "controls"], facts


def test_a_council_run_by_a_party_led_administration_is_that_partys(sample_store):
    facts = _facts_of("Since May 2023 Lambeth Council has been run by a Green-led administration.", sample_store)
    assert _has(facts, "controls", "Green Party", "Lambeth"), facts
    facts = _facts_of("From today Lambeth Council is led by the Liberal Democrats as a minority administration.",
                      sample_store)
    assert _has(facts, "controls", "Liberal Democrats", "Lambeth"), facts
    facts = _facts_of("Officials at the Green-run Lambeth Council met.", sample_store)
    assert _has(facts, "controls", "Green Party", "Lambeth"), facts
    # a campaign led by a party, and a council that could or will be run by one, are no control
    facts = _facts_of("Lambeth Council could be led by the Liberal Democrats. The campaign was led by the Liberal "
                      "Democrats. Lambeth Council will be run by a Green-led administration.", sample_store)
    assert not [f for f in facts if f["relation"] == "controls"], facts


def test_became_the_councils_first_female_leader_is_that_councils_office(sample_store):
    facts = _facts_of("Lambeth Council met. Ada Quint, who became the council's first female leader in 2017, resigned.",
                      sample_store)
    assert ("leader", "London Borough of Lambeth") in _office(facts, "Ada Quint"), facts
    assert [f["date"] for f in facts if f["relation"] == "holds_office" and f["role"] == "leader"] == ["2017-01-01"]
    # the party's candidate is no office
    facts = _facts_of("Ada Quint became the Labour Party's candidate for the seat.", sample_store)
    assert not [f for f in facts if f["relation"] == "holds_office" and f["role"] == "candidate"], facts


def test_the_one_a_holder_was_succeeded_by_takes_the_office(sample_store):
    facts = _facts_of("Tomas Reyland was replaced as chair of the Green Party by Ada Quint in May.", sample_store)
    assert _office(facts, "Ada Quint") == [("chair", "Green Party")], facts
    facts = _facts_of("Tomas Reyland led Lambeth Council. He was succeeded as leader of Lambeth Council by Ada Quint.",
                      sample_store)
    assert ("leader", "London Borough of Lambeth") in _office(facts, "Ada Quint"), facts
    # the one succeeded is not given the successor's office twice, nor the successor the predecessor's seat
    assert _office(facts, "Tomas Reyland") == [("leader", "London Borough of Lambeth")], facts


def test_will_continue_as_an_office_is_the_office_held(sample_store):
    facts = _facts_of("Ada Quint and Tomas Reyland will continue as co-leaders of the Green Party.", sample_store)
    assert _office(facts, "Ada Quint") == [("co leader", "Green Party")], facts
    assert _office(facts, "Tomas Reyland") == [("co leader", "Green Party")], facts
    # a future office is not held
    facts = _facts_of("Ada Quint will become leader of the Green Party.", sample_store)
    assert _office(facts, "Ada Quint") == [], facts


def test_the_one_named_after_an_office_held_already_is_the_one_chosen(sample_store):
    # Round 31: "installed the Labour group leader, X, as leader of the council"
    text = "Bramford Borough Council changed hands last night.\n\nCouncillors then installed the Labour group " \
           "leader, Councillor Ada Quint, as leader of the council."
    facts = _facts_of(text, sample_store, published="2018-09-27")
    assert ("Ada Quint", "leader", "Bramford Borough Council") in {
        (f["subject"]["label"], f["role"], f["object"]["label"]) for f in facts if f["relation"] == "holds_office"}, facts
    assert any(f["relation"] == "decided" and f["object"]["label"] == "Ada Quint" and
               f["subject"]["label"] == "Bramford Borough Council" for f in facts), facts
    # an aside that goes on past the name is not the office's apposition
    text = "Bramford Borough Council met.\n\nCouncillors thanked the Labour group leader, Ada Quint, for her work."
    assert not any(f["relation"] == "decided" for f in _facts_of(text, sample_store)), text


def test_a_leader_voted_out_named_after_the_party_and_office(sample_store):
    # Round 31: "voted out its Conservative leader, X": X, past the holder's party and the office
    facts = _facts_of("Bramford Borough Council voted out its Conservative leader, Ada Quint, yesterday.", sample_store)
    assert ("Bramford Borough Council", "remove", "Ada Quint") in {
        (f["subject"]["label"], f["action"], f["object"]["label"]) for f in facts if f["relation"] == "decided"}, facts
    # the party is not what was removed
    assert not any(f["relation"] == "decided" and f["object"]["label"] == "Conservative and Unionist Party"
                   for f in facts), facts
