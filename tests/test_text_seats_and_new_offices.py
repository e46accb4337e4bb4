"""Round 19: what a resignation left when it names a seat or a purpose, and an office announced before its
holder is named ("Bolton Council has a new leader"). Each mechanism on synthetic text (names not those of
the development documents), with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of, _has


def _resigned(facts: list[dict]) -> dict[str, str]:
    return {f["subject"]["label"]: f["object"]["label"] for f in facts if f["relation"] == "resigned"}

# ------------------------------------------------------------------ resignations


def test_standing_down_as_a_member_leaves_the_house_not_the_constituency(sample_store):
    facts = _facts_of("Tomas Reyland announced last night that he was standing down as MP for Bolton West with "
                      "immediate effect.", sample_store)
    assert _resigned(facts) == {"Tomas Reyland": "House of Commons"}, facts
    facts = _facts_of("Ada Quint resigned as an MSP for Glasgow on Monday.", sample_store)
    assert _resigned(facts) == {"Ada Quint": "Scottish Parliament"}, facts


def test_a_seat_given_up_is_the_house_named_or_the_one_the_text_gave(sample_store):
    facts = _facts_of("Tomas Reyland gave up his Stormont seat in June.", sample_store)
    assert _resigned(facts) == {"Tomas Reyland": "Northern Ireland Assembly"}, facts
    # the member's title the text gave earlier, not the party it was read with
    facts = _facts_of("Tomas Reyland, the Conservative MP for Bolton West, resigned his seat yesterday.", sample_store)
    assert _resigned(facts) == {"Tomas Reyland": "House of Commons"}, facts
    # a councillor's seat is on the council
    facts = _facts_of("Ada Quint, a Reform councillor on Bolton Council, gave up the seat before the council first "
                      "met.", sample_store)
    assert _has(facts, "resigned", "Ada Quint", "Bolton"), facts
    # "gave up" with no seat or office after it is not a resignation
    facts = _facts_of("Ada Quint gave up her evenings to the campaign.", sample_store)
    assert not _resigned(facts), facts


def test_a_resignation_does_not_leave_what_its_purpose_or_reason_names(sample_store):
    # the Lords were joined, not left; the council in context was left
    facts = _facts_of("Bolton Council has a new leader after Ada Quint stepped down to take up a seat in the "
                      "House of Lords.", sample_store)
    assert _has(facts, "resigned", "Ada Quint", "Bolton"), facts
    assert not _has(facts, "resigned", "Ada Quint", "Lords"), facts
    # nor an organisation named in the clause of its reason
    facts = _facts_of("Bolton Council met. Councillor Tomas Reyland served as deputy until June, when he resigned as "
                      "deputy leader after travelling abroad while it was on the government's amber list.",
                      sample_store)
    assert _has(facts, "resigned", "Tomas Reyland", "Bolton"), facts
    assert not _has(facts, "resigned", "Tomas Reyland", "Government"), facts


# ------------------------------------------------------------------ an office announced


def test_the_post_after_a_new_office_is_announced_is_that_office(sample_store):
    facts = _facts_of("Bolton Council has a new leader after Halliwell councillor Ada Quint was voted into the post "
                      "at the annual meeting last night.", sample_store, published="2022-05-20")
    assert _has(facts, "holds_office", "Ada Quint", "Bolton", "leader"), facts
    # the title before her name is her seat, on the council in context (no "Halliwell Council")
    assert not [f for f in facts if "Halliwell" in f["object"]["label"]], facts
    assert _has(facts, "holds_office", "Ada Quint", "Bolton", "councillor"), facts


def test_a_successor_takes_the_office_just_announced(sample_store):
    facts = _facts_of("Bolton Council met on Tuesday. On the opposition benches, the Green group has a new leader "
                      "too. Ada Quint, the veteran Halliwell councillor, has taken over from Tomas Reyland.",
                      sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Green", "leader"), facts
    assert _has(facts, "holds_office", "Ada Quint", "Bolton", "councillor"), facts
    # with no office announced, a succession says nothing of one
    facts = _facts_of("Bolton Council met on Tuesday. Ada Quint has taken over from Tomas Reyland.", sample_store)
    assert not [f for f in facts if f["relation"] == "holds_office" and f.get("role") == "leader"], facts


def test_the_post_in_the_sentence_after_an_announcement_is_the_office_announced(sample_store):
    facts = _facts_of("Bolton Council has a new leader. Ada Quint was voted into the post at the annual meeting "
                      "yesterday.", sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Bolton", "leader"), facts


# ------------------------------------------------------------------ contests won by votes


def test_a_vote_won_against_a_rival_gives_the_office_contested(sample_store):
    # the leadership a council is "under" after the vote
    facts = _facts_of("Bolton Council is under Liberal Democrat leadership again after Ada Quint beat the "
                      "Conservative Tomas Reyland by 21 votes to 20 at yesterday's annual meeting.", sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Bolton", "leader"), facts
    assert not _has(facts, "holds_office", "Ada Quint", "Liberal Democrats"), facts
    # a group's leadership contest
    facts = _facts_of("Bolton Council met. In the Labour group's leadership contest, Ada Quint beat Tomas Reyland "
                      "by 22 votes to 13.", sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Labour group", "leader"), facts
    # the office the sentence before announced, and a deputy leadership
    facts = _facts_of("The Green Party has a new leader. Ada Quint defeated Tomas Reyland by 172 votes to 133 at "
                      "the party's annual conference last night.", sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Green Party", "leader"), facts
    facts = _facts_of("The Green Party met. In a separate contest for the deputy leadership, Ada Quint defeated "
                      "Tomas Reyland by 18 votes to 16.", sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Green Party", "deputy leader"), facts


def test_a_vote_with_no_office_named_or_announced_gives_none(sample_store):
    for text in ("Bolton Council met. Ada Quint beat Tomas Reyland by 22 votes to 13 in the pub quiz.",
                 "The Green Party has a new leader. Ada Quint did not beat Tomas Reyland by 22 votes to 13."):
        facts = _facts_of(text, sample_store)
        assert not [f for f in facts if f["relation"] == "holds_office" and f["subject"]["label"] == "Ada Quint"
                    and f.get("role") == "leader"], (text, facts)


# ------------------------------------------------------------------ running an administration


def test_who_ran_an_administration_led_the_council_in_context(sample_store):
    facts = _facts_of("Bolton Council met. Ada Quint, who had run a minority administration since 2019, resigned "
                      "as leader at the start of the meeting.", sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Bolton", "leader"), facts
    # the office she gave up is the one the text gave her, not a party's
    assert _has(facts, "resigned", "Ada Quint", "Bolton"), facts
    # "the Conservative leader who has run the council": the person's running, not the party's
    facts = _facts_of("Bolton Council met. Tomas Reyland, the Conservative leader who has run the town hall since "
                      "2011, spoke.", sample_store)
    assert _has(facts, "holds_office", "Tomas Reyland", "Bolton", "leader"), facts
    assert not [f for f in facts if f["relation"] == "controls"], facts
    # "enough goodwill to run a minority administration": wanted, not done
    facts = _facts_of("Bolton Council met. The Greens lack the numbers or enough goodwill to run a minority "
                      "administration.", sample_store)
    assert not [f for f in facts if f["relation"] == "controls"], facts


# ------------------------------------------------------------------ motions and signatures


def test_a_motion_of_no_confidence_passed_by_a_group_or_backed_by_members_opposes_its_target(sample_store):
    facts = _facts_of("A motion of no confidence in Ada Quint was passed by the Bolton Labour group in July.",
                      sample_store)
    assert _has(facts, "opposed", "Bolton Labour group", "Ada Quint"), facts
    facts = _facts_of("Labour MPs backed a motion of no confidence in Ada Quint by 172 votes to 40.", sample_store)
    assert _has(facts, "opposed", "Labour MPs", "Ada Quint"), facts
    # survived: no opposition read from the vote
    facts = _facts_of("Ada Quint survived a motion of no confidence passed by the Bolton Labour group.", sample_store)
    assert not [f for f in facts if f["relation"] == "opposed"], facts


def test_signatories_listed_with_no_letter_named_nearby_signed_what_the_title_says(sample_store):
    text = ("The peers say the party is no longer a safe place. They hold him accountable.\n\nOne more paragraph "
            "here.\n\nAnother paragraph.\n\nStill another.\n\nSignatories include Lord Quint and Lord Reyland.")
    facts = _facts_of(text, sample_store, title="Open letter from Labour peers to the leader", kind="article")
    signed = {f["object"]["label"] for f in facts if f["relation"] == "signed"}
    assert signed and all(label.startswith("Open letter") for label in signed), facts
    facts = _facts_of(text, sample_store, title="Peers to the leader", kind="letter")
    signed = {f["object"]["label"] for f in facts if f["relation"] == "signed"}
    assert signed and all(label.startswith("Letter") for label in signed), facts
    facts = _facts_of(text, sample_store, title="Peers and the leader", kind="article")
    signed = {f["object"]["label"] for f in facts if f["relation"] == "signed"}
    assert signed and all(label.startswith("Statement") for label in signed), facts


# ------------------------------------------------------------------ control


def test_most_of_the_councils_seats_won_is_control_by_the_clauses_subject(sample_store):
    facts = _facts_of("Voters went to the polls for Bolton Council. Labour won 45 of the council's 69 seats at the "
                      "election on 5 May.", sample_store)
    assert _has(facts, "controls", "Labour Party", "Bolton"), facts
    # after ", taking": the clause's subject, not the party it swept out
    facts = _facts_of("Voters went to the polls for Bolton Council. Reform swept the Conservatives out of the town "
                      "hall, taking 40 of the 66 seats.", sample_store)
    assert _has(facts, "controls", "Reform", "Bolton"), facts
    assert not _has(facts, "controls", "Conservative", "Bolton"), facts
    # not a majority: nothing
    facts = _facts_of("Voters went to the polls for Bolton Council. Labour won 30 of the council's 69 seats.",
                      sample_store)
    assert not [f for f in facts if f["relation"] == "controls"], facts


def test_a_party_that_governs_a_council_controls_it(sample_store):
    facts = _facts_of("Labour will also govern Bolton Council, where it is one short of a majority.", sample_store)
    assert _has(facts, "controls", "Labour Party", "Bolton"), facts
    facts = _facts_of("Labour would govern Bolton Council in coalition with the Greens.", sample_store)
    assert not _has(facts, "controls", "Labour Party", "Bolton"), facts


def test_councils_listed_after_the_authority_they_make_up_are_part_of_it(sample_store):
    facts = _facts_of("Ada Quint chairs the Irwell Valley Combined Authority. She will chair a board drawn from the "
                      "four boroughs that make up the combined authority, Bolton Council, Bury Council, Oldham Council "
                      "and Wigan Council.", sample_store)
    parts = {f["subject"]["label"] for f in facts if f["relation"] == "part_of"
             and f["object"]["label"] == "Irwell Valley Combined Authority"}
    assert len(parts) == 4 and any("Bolton" in p for p in parts), facts
    # a list after a council that is no authority's name is not its parts
    facts = _facts_of("Ada Quint chairs the Irwell Valley Combined Authority. The boroughs that make up the region "
                      "are proud, Bolton Council said.", sample_store)
    assert not [f for f in facts if f["relation"] == "part_of"], facts


def test_a_commanding_majority_at_the_town_hall_is_control_by_the_group_before_which(sample_store):
    facts = _facts_of("Bolton Council met. The Conservative group, which holds a commanding majority at the town "
                      "hall, met.", sample_store)
    assert _has(facts, "controls", "Conservative group", "Bolton"), facts
    facts = _facts_of("Bolton Council met. Labour holds a majority at Westminster.", sample_store)
    assert not [f for f in facts if f["relation"] == "controls"], facts


# ------------------------------------------------------------------ offices taken, run or kept


def test_voted_in_as_an_office_is_an_election_to_it(sample_store):
    facts = _facts_of("At yesterday's full meeting of Bolton Council, members voted Ada Quint in as Leader of Bolton "
                      "Council.", sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Bolton", "leader"), facts


def test_a_meeting_held_to_pick_someone_as_its_leader_elects_them(sample_store):
    facts = _facts_of("On 4 October the Conservative group on Bolton Council met to pick Ada Quint as its new "
                      "leader.", sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Conservative group", "leader"), facts
    # wanted or future: nothing
    for text in ("The Conservative group on Bolton Council wants to pick Ada Quint as its new leader.",
                 "The Conservative group on Bolton Council will elect Ada Quint as its new leader."):
        facts = _facts_of(text, sample_store)
        assert not [f for f in facts if f["relation"] == "holds_office" and f.get("role") == "leader"], (text, facts)


def test_taking_over_the_running_of_a_council_leads_it(sample_store):
    facts = _facts_of("Bolton Council met. Ada Quint took over the running of the authority yesterday.", sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Bolton", "leader"), facts
    facts = _facts_of("Bolton Council met. Ada Quint criticised the running of the council.", sample_store)
    assert not [f for f in facts if f["relation"] == "holds_office" and f.get("role") == "leader"], facts


def test_a_post_kept_is_held(sample_store):
    facts = _facts_of("Bolton Council met. Tomas Reyland keeps his post as deputy leader.", sample_store)
    assert _has(facts, "holds_office", "Tomas Reyland", "Bolton", "deputy leader"), facts
    facts = _facts_of("Bolton Council met. Tomas Reyland hopes to keep his post as deputy leader.", sample_store)
    assert not [f for f in facts if f["relation"] == "holds_office" and f.get("role") == "deputy-leader"], facts


def test_a_person_taking_charge_of_a_group_leads_it(sample_store):
    facts = _facts_of("Bolton Council met. Ada Quint takes charge of the Reform group at once.", sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Reform group", "leader"), facts
    # a party taking charge of a group intervenes in it, as before
    facts = _facts_of("Bolton Council met. Labour's national executive took charge of the city's Labour group.",
                      sample_store)
    assert _has(facts, "decided", "Labour", "Labour group", "intervene"), facts
    assert not [f for f in facts if f["relation"] == "holds_office" and f.get("role") == "leader"], facts


def test_procedures_agreed_by_a_body_are_approved(sample_store):
    facts = _facts_of("Labour's National Executive Committee met this afternoon and agreed the procedures and "
                      "timetable for electing a new Leader.", sample_store)
    assert _has(facts, "decided", "National Executive Committee", "procedures", "approve"), facts


def test_led_on_an_acting_basis_is_an_acting_leadership(sample_store):
    facts = _facts_of("Since October the Green Party has been led on an acting basis by Ada Quint.", sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Green Party", "acting leader"), facts


def test_a_damning_word_for_a_decision_opposes_its_decider(sample_store):
    facts = _facts_of("The Labour Party suspended Ada Quint on Monday. Tomas Reyland called the decision grubby.",
                      sample_store)
    assert _has(facts, "opposed", "Tomas Reyland", "Labour Party"), facts
    facts = _facts_of("The Labour Party suspended Ada Quint on Monday. Tomas Reyland called the decision right.",
                      sample_store)
    assert not [f for f in facts if f["relation"] == "opposed"], facts


def test_a_second_title_in_plain_words_before_a_name_in_apposition(sample_store):
    facts = _facts_of("Bolton Council met. The other hopefuls were the council's deputy leader and finance chief, "
                      "Tomas Reyland, and the highways portfolio holder Ada Quint.", sample_store)
    assert _has(facts, "holds_office", "Tomas Reyland", "Bolton", "deputy leader"), facts


# ------------------------------------------------------------------ party decisions


def test_the_party_in_a_candidacy_selects_or_bars(sample_store):
    facts = _facts_of("Ada Quint was selected as the Green Party candidate for Bolton West on Saturday.", sample_store)
    assert _has(facts, "decided", "Green Party", "Ada Quint", "select"), facts
    facts = _facts_of("Ada Quint was barred from standing for the Green Party at the next election.", sample_store)
    assert _has(facts, "decided", "Green Party", "Ada Quint", "deselect"), facts
    # a seat stood for is no decider
    facts = _facts_of("Ada Quint was barred from standing for Bolton West.", sample_store)
    assert not [f for f in facts if f["relation"] == "decided"], facts


def test_a_cabinet_listed_with_portfolios_in_brackets(sample_store):
    facts = _facts_of("Bolton Council met. The new cabinet includes Ada Quint (housing) and Tomas Reyland (finance "
                      "and resources).", sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Bolton", "cabinet member for housing"), facts
    assert _has(facts, "holds_office", "Tomas Reyland", "Bolton", "cabinet member for finance and resources"), facts
    facts = _facts_of("Bolton Council met. The new cabinet is as follows:\n\n- Ada Quint (housing)\n- Tomas Reyland "
                      "(finance)\n- Ivo Brant (children and young people)", sample_store)
    assert _has(facts, "holds_office", "Ivo Brant", "Bolton", "cabinet member for children and young people"), facts
    # a party or a ward in brackets is no portfolio
    facts = _facts_of("Bolton Council met. The cabinet members are Ada Quint (Labour) and Tomas Reyland (Halliwell).",
                      sample_store)
    assert not [f for f in facts if (f.get("role") or "").startswith("cabinet member")], facts


def test_a_party_forming_an_administration_controls_the_council(sample_store):
    facts = _facts_of("Bolton Council met. The Liberal Democrats formed a minority administration with the support "
                      "of the Greens.", sample_store)
    assert _has(facts, "controls", "Liberal Democrats", "Bolton"), facts
    assert not _has(facts, "controls", "Green", "Bolton"), facts
    for text in ("Bolton Council met. The Liberal Democrats formed an administration with Labour.",
                 "Bolton Council met. The Liberal Democrats hope to form a minority administration.",
                 "Bolton Council met. The Liberal Democrats will form a minority administration."):
        facts = _facts_of(text, sample_store)
        assert not [f for f in facts if f["relation"] == "controls"], (text, facts)


def test_each_party_of_a_coalition_that_runs_a_council_controls_it(sample_store):
    facts = _facts_of("Bolton Council is run by a coalition of Labour and the Liberal Democrats.", sample_store)
    assert _has(facts, "controls", "Labour Party", "Bolton") and _has(facts, "controls", "Liberal Democrats", "Bolton")
    facts = _facts_of("Bolton Council met. Labour formed a coalition with the Greens.", sample_store)
    assert _has(facts, "controls", "Labour Party", "Bolton") and _has(facts, "controls", "Green", "Bolton"), facts
    for text in ("Bolton Council met. Labour will form a coalition with the Greens.",
                 "Bolton Council met. Labour did not form a coalition with the Greens."):
        facts = _facts_of(text, sample_store)
        assert not [f for f in facts if f["relation"] == "controls"], (text, facts)


def test_no_majority_is_no_control(sample_store):
    facts = _facts_of("The Conservatives do not have a majority on Bolton Council.", sample_store)
    assert not [f for f in facts if f["relation"] == "controls"], facts
    facts = _facts_of("The Conservatives have a majority on Bolton Council.", sample_store)
    assert _has(facts, "controls", "Conservative", "Bolton"), facts


def test_the_office_of_an_organisation_is_the_person_named_after_is(sample_store):
    facts = _facts_of("The new leader of Bolton Council is Ada Quint, a councillor since 2010.", sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Bolton", "leader"), facts
    facts = _facts_of("Bolton Council's new leader is Ada Quint.", sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Bolton", "leader"), facts
    facts = _facts_of("Tomas Reyland said the leader of Bolton Council is Ada Quint's friend.", sample_store)
    assert not [f for f in facts if f["relation"] == "holds_office" and f.get("role") == "leader"], facts


def test_a_body_described_then_named_in_apposition_is_the_body_named(sample_store):
    facts = _facts_of("Labour's ruling body, the National Executive Committee, voted to expel Ada Quint.",
                      sample_store)
    assert _has(facts, "decided", "National Executive Committee", "Ada Quint", "expel"), facts
    assert not [f for f in facts if "ruling body" in f["subject"]["label"]], facts


def test_a_party_led_somewhere_by_someone_or_under_someone_is_led_by_them(sample_store):
    for text in ("The Green Party, led at Westminster by Ada Quint, will stand in every seat.",
                 "The Green Party, under Ada Quint, won five seats.",
                 "Under Ada Quint, the Green Party won five seats."):
        facts = _facts_of(text, sample_store)
        assert _has(facts, "holds_office", "Ada Quint", "Green Party", "leader"), (text, facts)
    for text in ("The Green Party, under pressure, dropped Ada Quint's plan.",
                 "Under the Green Party's rules, Ada Quint must stand down.",
                 "The Green Party met under Ada Quint's chairmanship."):
        facts = _facts_of(text, sample_store)
        assert not [f for f in facts if f["relation"] == "holds_office" and f.get("role") == "leader"], (text, facts)


def test_a_spokesman_is_a_partys_front_bench_never_the_governments(sample_store):
    facts = _facts_of("The Green Party met on Monday. Ada Quint, the education spokesman, signed the letter.",
                      sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Green Party", "education spokesman"), facts
    assert not _has(facts, "holds_office", "Ada Quint", "Government"), facts
