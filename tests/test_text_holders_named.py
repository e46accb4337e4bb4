"""Round 28: who holds what, where the text names it indirectly. A councillor's title in a story whose
headline names the council ("Eight Brent councillors dropped"), a former party leader described by the
party's name ("the former UKIP leader"), a party led on a named council ("leads the Conservatives on
Bedford Borough Council"), a decision about an office's holder named in apposition ("suspended the
leader of X Council, David Flagg"), a party in apposition ("a popular Labour backbencher") and a body left
named by its head ("resigned from Keir Starmer's shadow cabinet"). Each mechanism on synthetic text, with
the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of


def _held(facts: list[dict], role: str) -> set[tuple[str, str]]:
    return {(f["subject"]["label"], f["object"]["label"]) for f in facts
            if f["relation"] == "holds_office" and f["role"] == role}


def _leads_a_group_on(facts: list[dict], place: str) -> bool:
    return any(c.startswith(place) and c.endswith("group") for p, c in _held(facts, "leader") if p == "Ada Quint")


def _decided(facts: list[dict], action: str) -> set[tuple[str, str]]:
    return {(f["subject"]["label"], f["object"]["label"]) for f in facts
            if f["relation"] == "decided" and f["action"] == action}


LIST = ("The eight who have been left off include Councillor Ada Quint of Welsh Harp. Bella Sankey, the "
        "leader of Haringey Council, chaired the panel.")


def test_a_title_sits_on_the_council_the_headline_names(sample_store):
    facts = _facts_of(LIST, sample_store, title="Eight Birmingham councillors dropped by Labour")
    assert ("Ada Quint", "Birmingham City Council") in _held(facts, "councillor"), facts
    # the headline's council is the story's, also where the text names another council
    facts = _facts_of(LIST, sample_store, title="Birmingham City Council names its new cabinet")
    assert ("Ada Quint", "Birmingham City Council") in _held(facts, "councillor"), facts


def test_a_headline_of_two_places_councillors_names_no_council(sample_store):
    facts = _facts_of(LIST, sample_store, title="Labour suspends eleven Lambeth and Birmingham councillors")
    seats = {c for p, c in _held(facts, "councillor") if p == "Ada Quint"}
    assert not seats & {"London Borough of Lambeth", "Birmingham City Council"}, facts


def test_a_former_leader_named_by_the_partys_name_led_it(sample_store):
    facts = _facts_of("Ada Quint, the former UKIP leader, said she would stand again.", sample_store)
    led = _held(facts, "leader")
    assert ("Ada Quint", "UK Independence Party") in led, facts
    # a former minister's party is no part of the office
    facts = _facts_of("Ada Quint, the former Labour defence secretary, said she would stand again.", sample_store)
    assert not [f for f in facts if f["relation"] == "holds_office" and f["object"]["label"] == "Labour Party"], facts


def test_a_party_led_on_a_named_council_is_its_group_there(sample_store):
    facts = _facts_of("Councillor Ada Quint, who leads the Conservatives on Thanet District Council, said the "
                      "vote was a disgrace.", sample_store)
    assert _leads_a_group_on(facts, "Thanet"), facts
    assert ("Ada Quint", "Conservative and Unionist Party") not in _held(facts, "leader"), facts


def test_a_decision_about_an_office_is_about_its_holder_named_after_it(sample_store):
    facts = _facts_of("The Conservative Party has suspended the leader of Thanet District Council, Ada Quint, "
                      "after she opposed the merger.", sample_store)
    suspended = _decided(facts, "suspend")
    assert ("Conservative and Unionist Party", "Ada Quint") in suspended, facts
    assert ("Conservative and Unionist Party", "Thanet District Council") not in suspended, facts
    facts = _facts_of("Labour has suspended its deputy leader, Ada Quint.", sample_store)
    assert ("Labour Party", "Ada Quint") in _decided(facts, "suspend"), facts


def test_who_leads_a_party_named_in_the_plural_leads_its_group_on_the_council(sample_store):
    facts = _facts_of("Labour won Haringey Council. Ada Quint, who leads the Conservatives, talked about "
                      "difficult decisions.", sample_store)
    assert _leads_a_group_on(facts, "Haringey"), facts
    assert ("Ada Quint", "Conservative and Unionist Party") not in _held(facts, "leader"), facts
    # a chamber named after the party is no council's group
    facts = _facts_of("Labour won Haringey Council. Ada Quint, who leads the Conservatives at Holyrood, spoke.",
                      sample_store)
    assert not _leads_a_group_on(facts, "Haringey"), facts


def test_leader_of_a_places_party_or_of_the_party_opposition_leads_the_group(sample_store):
    facts = _facts_of("Ada Quint, leader of the Haringey Conservatives, conceded defeat.", sample_store)
    led = _held(facts, "leader")
    assert ("Ada Quint", "Haringey Conservatives group") in led, facts
    assert ("Ada Quint", "Conservative and Unionist Party") not in led, facts
    facts = _facts_of("Labour won Haringey Council. Ada Quint, leader of the Conservative opposition, conceded.",
                      sample_store)
    assert any(c.startswith("Haringey") and c.endswith("group") for p, c in _held(facts, "leader")), facts
    # a place's party association is a body of its own, not the group
    facts = _facts_of("Ada Quint, the chairman of the Haringey Conservative association, conceded.", sample_store)
    assert not any(c.endswith("group") for p, c in _held(facts, "chairman")), facts


def test_its_party_leader_after_a_council_is_the_councils(sample_store):
    facts = _facts_of("Haringey Council voted out its Labour leader, Ada Quint, yesterday.", sample_store)
    led = _held(facts, "leader")
    assert ("Ada Quint", "Haringey London Borough Council") in led, facts
    assert ("Ada Quint", "Labour Party") not in led, facts


def _members(facts: list[dict]) -> set[tuple[str, str]]:
    return {(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "member_of"}


def test_a_party_in_apposition_as_a_noun_or_with_its_rank_and_file_is_the_persons(sample_store):
    for text, party in (("Ada Quint, a popular Labour backbencher, spoke.", "Labour Party"),
                        ("Ada Quint, a Labour member of the Assembly, spoke.", "Labour Party"),
                        ("Ada Quint, the Liberal Democrat, won the seat.", "Liberal Democrats")):
        assert ("Ada Quint", party) in _members(_facts_of(text, sample_store)), text
    # a former member is none now, and a party named by its full name then a comma is no apposition
    facts = _facts_of("Ada Quint, a former Labour member of the city council, stood as an independent.",
                      sample_store)
    assert ("Ada Quint", "Labour Party") not in _members(facts), facts


def test_a_resignation_from_a_persons_cabinet_leaves_the_body_not_the_person(sample_store):
    def left(text: str) -> set[str]:
        return {f["object"]["label"] for f in _facts_of(text, sample_store) if f["relation"] == "resigned"}

    assert left("Ada Quint resigned from Keir Starmer's shadow cabinet in 2021.") == {"Labour shadow cabinet"}
    assert left("Nicola Sturgeon became First Minister of Scotland in 2014. Ada Quint resigned from Nicola "
                "Sturgeon's cabinet in 2020.") == {"Scottish Government"}
    assert left("Ada Quint resigned from Boris Johnson's government in 2022.") == {"UK Government"}


def test_a_whom_clause_decides_about_the_people_it_hangs_on(sample_store):
    facts = _facts_of("Labour won Haringey Council. Ada Quint and Jo Bell, whom the Labour group had elected as "
                      "her deputies, spoke.", sample_store)
    assert {("Haringey Labour group", p) for p in ("Ada Quint", "Jo Bell")} <= _decided(facts, "elect"), facts
    assert {("Ada Quint", "Haringey Labour group"), ("Jo Bell", "Haringey Labour group")} <= \
        _held(facts, "deputy leader"), facts
    facts = _facts_of("Yvonne Davies, whom Labour suspended in 2020 over social media posts, left.", sample_store)
    assert ("Labour Party", "Yvonne Davies") in _decided(facts, "suspend"), facts
    # "whom" as the object of another verb decides nothing
    facts = _facts_of("Jeremy Hunt, whom Labour called a formidable campaigner, was suspended by the party.",
                      sample_store)
    assert ("Labour Party", "Jeremy Hunt") not in _decided(facts, "elect") | _decided(facts, "appoint"), facts


def test_quitting_the_cabinet_with_no_council_in_the_story_leaves_the_governments(sample_store):
    facts = _facts_of("Within hours Ada Quint had quit the cabinet as home secretary.", sample_store)
    assert {f["object"]["label"] for f in facts if f["relation"] == "resigned"} == {"UK Cabinet"}, facts
    # a council's cabinet where the story is about a council
    facts = _facts_of("Labour won Haringey Council. Ada Quint resigned from the cabinet last week.", sample_store)
    assert "UK Cabinet" not in {f["object"]["label"] for f in facts if f["relation"] == "resigned"}, facts


def test_those_who_nominate_appoint_no_one(sample_store):
    facts = _facts_of("Ada Quint was one of the MPs who nominated Jo Bell for the leadership in 2015.", sample_store)
    assert not _decided(facts, "appoint"), facts


def test_an_office_whose_organisation_is_unknown_is_not_the_electors(sample_store):
    """A council's office, or one "of their group", where the story names no council the graph knows, is
    no one's office: never the electors' party or group."""
    for text in ("Labour's NEC chose Ada Quint to replace Jo Bell as leader of the council.",
                 "The SNP group installed Ada Quint, 27, as council leader.",
                 "Labour councillors chose Ada Quint, unopposed, as the leader of their group."):
        facts = _facts_of(text, sample_store)
        assert not [f for f in facts if f["relation"] == "holds_office" and f["role"] == "leader"], (text, facts)
    facts = _facts_of("Labour won Haringey Council. Labour councillors chose Ada Quint, unopposed, as the leader "
                      "of their group.", sample_store)
    assert ("Ada Quint", "Haringey Labour group") in _held(facts, "leader"), facts


def test_a_councils_name_with_and_is_one_name_until_council():
    from partygraph.loaders.text.pipeline import for_store

    doc, = for_store(None)(["Alan Reid, who sits on Argyll and Bute Council, met Labour and Plaid Cymru."])
    orgs = [(e.label_, e.text) for e in doc.ents if e.label_ in ("ORG", "COUNCIL", "PARTY")]
    assert ("ORG", "Argyll and Bute Council") in orgs, orgs
    assert ("ORG", "Bute Council") not in orgs, orgs
    # "and" between two parties joins nothing, nor between two councils' names
    assert {("PARTY", "Labour"), ("PARTY", "Plaid Cymru")} <= set(orgs), orgs
    doc, = for_store(None)(["Ada Quint led Camden Council and Hackney Council."])
    assert "Camden Council and Hackney Council" not in [e.text for e in doc.ents], doc.ents


def test_a_party_adjective_right_before_a_name_and_sitting_for_a_party(sample_store):
    for text, person, party in (("Liberal Democrat Ada Quint won the mayoralty.", "Ada Quint", "Liberal Democrats"),
                                ("He defeated his fellow Conservative Ada Quint.", "Ada Quint",
                                 "Conservative and Unionist Party"),
                                ("The two councillors, Jo Bell and Ada Quint, who sit for the Lib Dems, were "
                                 "suspended.", "Ada Quint", "Liberal Democrats")):
        assert (person, party) in _members(_facts_of(text, sample_store)), text
    # a party's regional office capitalised like a name is no person; a seat sat for is no party
    facts = _facts_of("Labour North West ruled the ballot void. Ada Quint sits for Cardiff Central.", sample_store)
    assert not _members(facts), facts


def test_the_speaker_is_the_speaker_of_the_house_the_story_names(sample_store):
    facts = _facts_of("The motion was accepted by the Speaker, Sir Ada Quint, on Monday.", sample_store)
    assert ("Ada Quint", "House of Commons") in _held(facts, "speaker"), facts
    facts = _facts_of("The Northern Ireland Assembly met. The Speaker, Ada Quint, opened it.", sample_store)
    assert ("Ada Quint", "Northern Ireland Assembly") in _held(facts, "speaker"), facts


def test_joining_an_organisation_as_an_office_holds_the_office(sample_store):
    facts = _facts_of("Ada Quint AM joins the Welsh Government as Cabinet Secretary for Education.", sample_store)
    assert ("Ada Quint", "Welsh Government") in _held(facts, "cabinet secretary for education"), facts
    assert ("Ada Quint", "Welsh Government") not in _members(facts), facts
    # joining as a member is a membership
    assert ("Ada Quint", "Labour Party") in _members(_facts_of("Ada Quint joined Labour as a member in 2010.",
                                                                sample_store))


def test_walking_out_as_an_office_resigns_it(sample_store):
    facts = _facts_of("Ada Quint walked out as Communities Secretary on Wednesday.", sample_store)
    assert {(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "resigned"} == \
        {("Ada Quint", "UK Government")}, facts
    # walking out of a meeting leaves nothing
    assert not [f for f in _facts_of("Ada Quint walked out of the meeting.", sample_store) if f["relation"] == "resigned"]


def test_an_office_told_with_its_start_is_printed_once(sample_store):
    # (minutes: the meeting's day dates what its record says of the present)
    facts = _facts_of("Minutes of the meeting of Haringey Council held on 21 March 2022.\n\nThe Leader of Haringey "
                      "Council, Councillor Ada Quint, presented the report. Ada Quint has been Leader of Haringey "
                      "Council since May 2021.", sample_store, published="2022-03-21", kind="minutes",
                      title="Haringey Council minutes, 21 March 2022")
    led = [f for f in facts if f["relation"] == "holds_office" and f["role"] == "leader"]
    assert [f["date"] for f in led] == ["2021-05-01"], led


def test_a_term_until_a_date_is_not_dated_by_its_end(sample_store):
    facts = _facts_of("MINUTES of the meeting of Haringey Council held on Thursday 12 February 2015.\n\nRESOLVED that "
                      "Councillor Ada Quint be elected Leader of the Council until the Annual Meeting of the Council "
                      "in May 2015.", sample_store, published="2015-02-12", kind="minutes",
                      title="Haringey Council: minutes of the Council meeting of 12 February 2015")
    dated = {(f["relation"], f["date"]) for f in facts if f["subject"]["label"] == "Ada Quint" or
             f["object"]["label"] == "Ada Quint"}
    assert ("holds_office", "2015-02-12") in dated and ("decided", "2015-02-12") in dated, facts
    assert not {d for r, d in dated if d == "2015-05-01"}, facts


def test_a_list_of_signatories_after_signed_by_signs_the_letter(sample_store):
    facts = _facts_of("The leaders have written to the government.\n\nThe letter is signed by:\n- Councillor Ada Quint, "
                      "Leader, Haringey Council\n- Jo Bell, Mayor of Lambeth\n\nCopies went to Amos Thiele.",
                      sample_store, kind="press-release")
    signed = {f["subject"]["label"] for f in facts if f["relation"] == "signed"}
    assert signed == {"Ada Quint", "Jo Bell"}, facts
    # a list after anything else is no list of signatories
    facts = _facts_of("The panel was made up of:\n- Ada Quint\n- Jo Bell", sample_store)
    assert not [f for f in facts if f["relation"] == "signed"], facts


def test_a_bare_leadership_in_a_councils_minutes_is_the_councils(sample_store):
    text = ("MINUTES of the meeting of Haringey Council held on Thursday 12 February 2015.\n\n1. ANNOUNCEMENTS\n\n"
            "The Chief Executive reported that the Labour Group had met, and that the Deputy Leader, Councillor Ada "
            "Quint, had written to him.")
    facts = _facts_of(text, sample_store, published="2015-02-12", kind="minutes",
                      title="Haringey Council: minutes of the Council meeting of 12 February 2015")
    led = _held(facts, "deputy leader")
    assert ("Ada Quint", "Haringey London Borough Council") in led, facts
    assert ("Ada Quint", "Labour Party") not in led, facts
