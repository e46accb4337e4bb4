"""Round 10, part B: events and dates. Each mechanism on synthetic sentences (names, councils and parties
not those of the development documents)."""

from __future__ import annotations

from datetime import date

import pytest
from test_text_loader import _facts_of, _has

from partygraph.loaders.text.dates import resolve


def _dated(facts: list[dict], relation: str, subject: str, obj: str = "") -> list[str]:
    return [f.get("date") for f in facts if f["relation"] == relation and subject in f["subject"]["label"]
            and obj in f["object"]["label"]]


# ------------------------------------------------------------------ dates

def test_later_that_month_counts_from_the_story_time(sample_store):
    facts = _facts_of("Ruth Okafor left the Labour Party on 3 February 2023. The Green Party selected her as its "
                      "candidate later that month.", sample_store, published="2023-06-30")
    assert _dated(facts, "decided", "Green", "Okafor") == ["2023-02-03"], facts


def test_earlier_this_week_is_before_publication():
    # a Friday paper: Tuesday, not the publication day; on a Monday, the day itself
    assert resolve("earlier this week", date(2021, 3, 19)).day == date(2021, 3, 16)
    assert resolve("earlier this week", date(2021, 3, 15)).day == date(2021, 3, 15)
    assert resolve("this week", date(2021, 3, 19)).day == date(2021, 3, 19)


def test_a_duration_is_not_a_time(sample_store):
    facts = _facts_of("Ruth Okafor has been suspended from the Labour Party for one week after a hearing last night.",
                      sample_store, published="2021-03-19")
    assert _dated(facts, "decided", "Labour", "Okafor") == ["2021-03-18"], facts


def test_the_date_before_when_dates_the_when_clause(sample_store):
    facts = _facts_of("Tariq Mensah sat on the Labour Party's national executive until March 2019, when the party "
                      "expelled him.", sample_store, published="2021-03-19")
    assert _dated(facts, "decided", "Labour", "Mensah") == ["2019-03-01"], facts


def test_a_long_relative_aside_keeps_its_date(sample_store):
    # "last year" dates the aside's resignation, not the main clause's
    facts = _facts_of("Yusuf Brennan, who stood down as chair of the Green Party's finance committee at the end of "
                      "a difficult conference season last year, has been expelled by the Green Party this week.",
                      sample_store, published="2021-03-19")
    assert _dated(facts, "decided", "Green", "Brennan") == ["2021-03-19"], facts


def test_a_future_clause_does_not_move_the_story_time(sample_store):
    facts = _facts_of("The Green Party yesterday expelled Yusuf Brennan, and its leader will meet members today.\n\n"
                      "The party also suspended Ruth Okafor.", sample_store, published="2021-03-19")
    assert _dated(facts, "decided", "Green", "Okafor") == ["2021-03-18"], facts


def test_an_undated_event_later_in_the_story_takes_the_story_day(sample_store):
    facts = _facts_of("Wessex City Council met yesterday to choose its leader.\n\n"
                      "Nobody expected a contest. The count took an hour.\n\n"
                      "The Labour Party then suspended Ruth Okafor for her remarks.",
                      sample_store, published="2021-03-19")
    assert _dated(facts, "decided", "Labour", "Okafor") == ["2021-03-18"], facts


def test_an_old_first_date_is_not_the_story_day(sample_store):
    facts = _facts_of("Wessex City Council was formed in 1974.\n\nNobody expected a contest. The count took an "
                      "hour.\n\nThe Labour Party then suspended Ruth Okafor for her remarks.",
                      sample_store, published="2021-03-19")
    assert _dated(facts, "decided", "Labour", "Okafor") == ["2021-03-19"], facts


def test_a_date_in_a_relative_clause_on_the_object_is_the_clauses(sample_store):
    facts = _facts_of("The Labour Party has suspended Tariq Mensah, the councillor who until the end of last year "
                      "chaired the planning committee.", sample_store, published="2018-02-15")
    assert _dated(facts, "decided", "Labour", "Mensah") in ([None], ["2018-02-15"]), facts


def test_the_same_meeting_is_the_meeting_told_of_before(sample_store):
    # a date in the paragraph between (a life story) is not the meeting's
    facts = _facts_of("Ruth Okafor was installed as Lord Mayor of Wessex at the annual meeting of Wessex City "
                      "Council yesterday.\n\nShe moved to the city when her family left Lagos in 2000.\n\n"
                      "The Labour Party selected Tariq Mensah as its candidate at the same meeting.",
                      sample_store, published="2021-06-01")
    assert _dated(facts, "decided", "Labour", "Mensah") == ["2021-05-31"], facts


def test_an_event_at_a_days_meeting_moves_the_story_time(sample_store):
    # "at yesterday's meeting" dates the election, so the next sentence's appointment too; the clause
    # opened by "since" tells of a time long past
    facts = _facts_of("Ruth Okafor has become the first Green to lead Wessex City Council since the council was "
                      "created in 2009.\n\nShe was elected at yesterday's meeting of full council. Then the "
                      "Green Party selected Tariq Mensah as its candidate.", sample_store, published="2019-05-23")
    assert _dated(facts, "decided", "Green", "Mensah") == ["2019-05-22"], facts


def test_a_date_someone_would_act_on_does_not_move_the_story_time(sample_store):
    # "at the end of June" is a plan told in the past, not a June gone by
    facts = _facts_of("The Green Party yesterday expelled Yusuf Brennan.\n\nRuth Okafor said she would stand "
                      "down at the end of June. The Labour Party then suspended Tariq Mensah.",
                      sample_store, published="2021-05-15")
    assert _dated(facts, "decided", "Labour", "Mensah") == ["2021-05-14"], facts


def test_the_season_a_story_is_in_is_this_years():
    assert resolve("the autumn", date(2008, 9, 6)).day == date(2008, 9, 1)
    assert resolve("the autumn", date(2008, 7, 1)).day == date(2007, 10, 1)
    assert resolve("the winter", date(2009, 2, 10)).day == date(2009, 1, 1)
    assert resolve("the winter", date(2008, 12, 10)).day == date(2008, 12, 1)


def test_a_season_naming_a_conference_is_not_the_story_time(sample_store):
    facts = _facts_of("Late last night, at the autumn conference in Leeds, the Green Party suspended Tariq Mensah.\n\n"
                      "It was a long night.\n\nThe Labour Party then expelled Ruth Okafor.",
                      sample_store, published="2008-09-06")
    assert _dated(facts, "decided", "Green", "Mensah") == ["2008-09-05"], facts
    assert _dated(facts, "decided", "Labour", "Okafor") == ["2008-09-05"], facts


# ------------------------------------------------------------------ resignations

def test_walked_out_of_a_group_is_a_resignation(sample_store):
    facts = _facts_of("Jonas Achterberg walked out of the Green Party yesterday after a row over the budget.",
                      sample_store, published="2021-03-19")
    assert _has(facts, "resigned", "Achterberg", "Green"), facts
    assert _dated(facts, "resigned", "Achterberg") == ["2021-03-18"], facts


def test_walking_out_of_a_room_is_no_resignation(sample_store):
    facts = _facts_of("The Green Party met. Jonas Achterberg walked out of the meeting after a row.", sample_store)
    assert not [f for f in facts if f["relation"] == "resigned"], facts


def test_giving_up_the_whip_is_leaving_the_party(sample_store):
    facts = _facts_of("Constituents learned that their MP, Petra Lindqvist, had given up the Conservative whip.",
                      sample_store)
    assert _has(facts, "resigned", "Lindqvist", "Conservative"), facts


def test_those_leaving_are_listed_after_the_verb(sample_store):
    facts = _facts_of("Five Dorset councillors, among them the group's chair, Amos Thiele, walked out of the Labour "
                      "Party yesterday.\n\nBesides Mr Thiele, those leaving are Greta Oyelaran, Hamish Doyle, "
                      "who was mayor last year, Ines Varga and Tobias Renwick.", sample_store, published="2021-03-19")
    for name in ("Amos Thiele", "Greta Oyelaran", "Hamish Doyle", "Ines Varga", "Tobias Renwick"):
        assert _has(facts, "resigned", name, "Labour"), (name, facts)
        assert _dated(facts, "resigned", name) == ["2021-03-18"], (name, facts)


def test_a_call_to_resign_with_should_is_no_resignation(sample_store):
    facts = _facts_of("Tariq Mensah of the Labour Party said she should \"do the honourable thing and resign\".",
                      sample_store)
    assert not [f for f in facts if f["relation"] == "resigned"], facts


def test_a_seat_named_after_the_office_is_not_the_organisation_left(sample_store):
    facts = _facts_of("The Green Party met last week. The post fell vacant when Yusuf Brennan announced he was "
                      "stepping down as deputy leader, having lost his Wrexham seat.", sample_store)
    assert _has(facts, "resigned", "Brennan", "Green"), facts
    assert not _has(facts, "resigned", "Brennan", "Wrexham"), facts


def test_has_resigned_without_a_time_is_the_days_news(sample_store):
    facts = _facts_of("Petra Lindqvist has resigned from the Labour Party in protest at its policy.", sample_store,
                      published="2021-03-19")
    assert _dated(facts, "resigned", "Lindqvist", "Labour") == ["2021-03-19"], facts


# ------------------------------------------------------------------ decisions

def test_a_group_named_by_its_members_is_each_member(sample_store):
    facts = _facts_of("The Green Party yesterday withdrew its support from two of its council candidates, Amos Thiele "
                      "and Greta Oyelaran, who are being investigated by the Electoral Commission.", sample_store)
    for name in ("Amos Thiele", "Greta Oyelaran"):
        assert _has(facts, "decided", "Green", name, "deselect"), (name, facts)
        assert _has(facts, "decided", "Electoral Commission", name, "investigate"), (name, facts)


def test_an_investigation_pending_is_the_suspending_bodys(sample_store):
    facts = _facts_of("The First Minister told MSPs that Tariq Mensah had been suspended from the Green Party "
                      "pending an investigation.", sample_store)
    assert _has(facts, "decided", "Green", "Mensah", "investigate"), facts
    assert not [f for f in facts if f["relation"] == "decided" and f["action"] == "investigate"
                and "Green" not in f["subject"]["label"]], facts


def test_approving_a_motion_that_suspends_is_the_suspension(sample_store):
    facts = _facts_of("MPs last night approved a motion suspending Petra Lindqvist from the House of Commons.",
                      sample_store)
    assert _has(facts, "decided", "", "Lindqvist", "suspend"), facts
    assert not [f for f in facts if f["relation"] == "decided" and "otion" in f["object"]["label"]], facts


def test_a_person_backing_a_motion_or_a_person_decides_nothing(sample_store):
    facts = _facts_of("In June Jonas Achterberg backed a Green Party motion of no confidence in Ruth Okafor. Tariq "
                      "Mensah, the party's whip, backed Achterberg.", sample_store)
    assert not [f for f in facts if f["relation"] == "decided" and f["action"] == "approve"], facts


def test_a_freeze_as_a_noun_is_no_decision(sample_store):
    facts = _facts_of("The Green Party campaigned on a council tax freeze and on the cost of the Wessex bridge.",
                      sample_store)
    assert not [f for f in facts if f["relation"] == "decided"], facts


def test_the_object_of_which_is_not_after_the_verb(sample_store):
    facts = _facts_of("The inspection, which Petra Lindqvist ordered in December, was led by Tariq Mensah.",
                      sample_store)
    assert not _has(facts, "decided", "Lindqvist", "Mensah"), facts


def test_a_refusal_to_resign_is_no_resignation(sample_store):
    facts = _facts_of("The Green Party's executive passed a motion against Jonas Achterberg. He refused to resign and "
                      "went to the meeting.", sample_store)
    assert not [f for f in facts if f["relation"] == "resigned"], facts


def test_a_predecessor_left_the_office_the_story_is_about(sample_store):
    facts = _facts_of("Petra Lindqvist became leader of the Green Party last night, three days after Amos Thiele gave "
                      "up the post.\n\nThiele, who represents a seat in Wessex, stepped down on Tuesday.",
                      sample_store, published="2021-03-19")
    assert _has(facts, "resigned", "Thiele", "Green"), facts


def test_minded_to_is_a_hedge_and_a_confirmed_intervention_is_one(sample_store):
    facts = _facts_of("Commissioners take control of Wessex City Council from today.\n\nThe minister, Petra "
                      "Lindqvist, confirmed the intervention in a statement. In October she had said that ministers "
                      "were minded to step in.", sample_store, published="2021-12-01")
    interventions = [f for f in facts if f["relation"] == "decided" and f["action"] == "intervene"]
    assert [(f["subject"]["label"], f["date"]) for f in interventions] == [("Petra Lindqvist", "2021-12-01")], facts
    assert "Wessex" in interventions[0]["object"]["label"], facts


def test_a_lead_event_takes_this_week_from_the_next_sentence(sample_store):
    facts = _facts_of("Tariq Mensah has left the Green Party for good. In a letter to the party this week, he said "
                      "he would not seek membership again.", sample_store, published="2021-03-20")
    assert _dated(facts, "resigned", "Mensah", "Green") == ["2021-03-20"], facts


def test_in_the_afternoon_is_the_day_the_story_is_telling(sample_store):
    facts = _facts_of("The crisis deepened over three days.\n\nWednesday brought the junior ranks. In the afternoon "
                      "Amos Thiele and Greta Oyelaran signed a joint letter to the Green Party leader.",
                      sample_store, published="2022-07-08")
    assert _dated(facts, "signed", "Thiele") == ["2022-07-06"], facts


def test_a_relative_asides_date_is_not_the_story_day(sample_store):
    facts = _facts_of("Tariq Mensah, who resigned on Thursday night as the Green Party's whip, has now been "
                      "suspended by the party as well.\n\nNobody was surprised. The count took an hour.\n\n"
                      "The party also suspended Ruth Okafor.", sample_store, published="2022-07-02")
    assert _dated(facts, "decided", "Green", "Okafor") != ["2022-06-30"], facts


def test_dropped_a_person_is_a_removal_or_a_deselection(sample_store):
    facts = _facts_of("On Monday evening the Labour group met and dropped Amos Thiele, who had led the council since "
                      "March 2015.", sample_store, published="2021-03-19")
    assert _has(facts, "decided", "Labour", "Thiele", "remove"), facts
    assert _dated(facts, "decided", "Labour", "Thiele") == ["2021-03-15"], facts
    facts = _facts_of("The Green Party today dropped Greta Oyelaran, its candidate in Wessex, over old posts.",
                      sample_store)
    assert _has(facts, "decided", "Green", "Oyelaran", "deselect"), facts


def test_dropped_without_a_person_is_no_decision(sample_store):
    facts = _facts_of("The Green Party dropped the policy. Support for Amos Thiele dropped sharply. Greta Oyelaran "
                      "dropped out of the race.", sample_store)
    assert not [f for f in facts if f["relation"] == "decided"], facts


def test_the_passive_subject_is_the_person_the_phrase_names(sample_store):
    facts = _facts_of("Wessex City Council met. Wessex MP Tobias Renwick has also been suspended by the Labour "
                      "Party.", sample_store)
    assert _has(facts, "decided", "Labour", "Renwick", "suspend"), facts
    assert not _has(facts, "decided", "Labour", "Wessex", "suspend"), facts


def test_a_relational_time_counts_from_its_own_phrase(sample_store):
    facts = _facts_of("Barely four days after the count, the Labour group dropped Amos Thiele, who had led the "
                      "council since March 2015.", sample_store, published="2021-03-19")
    assert "2015-03-05" not in _dated(facts, "decided", "Labour", "Thiele"), facts


# ------------------------------------------------------------------ signatures

def test_the_statement_signed_is_named_as_the_text_names_it(sample_store):
    facts = _facts_of("Twelve Green Party councillors have signed a joint statement calling on the party to "
                      "readmit Amos Thiele.", sample_store)
    assert any(f["relation"] == "signed" and f["object"]["label"].startswith("Joint statement") for f in facts), facts


def test_a_persons_letter_to_someone_is_signed_by_them(sample_store):
    facts = _facts_of("Greta Oyelaran quit the Green Party. Her letter to the party leader, written on Saturday, "
                      "did not mince words.", sample_store, published="2024-10-01")
    assert _dated(facts, "signed", "Oyelaran") == ["2024-09-28"], facts


def test_a_letter_saying_they_will_vote_against_someone_opposes_them(sample_store):
    facts = _facts_of("Amos Thiele, the Green Party's leader, faces a vote tonight. Greta Oyelaran published a long "
                      "letter to him saying she could no longer support him and would vote against Thiele.",
                      sample_store)
    assert _has(facts, "opposed", "Oyelaran", "Thiele"), facts


def test_a_colon_opens_a_clause_of_its_own(sample_store):
    facts = _facts_of("The deal cost Wessex City Council's Labour councillors their membership: the party suspended "
                      "them in 2017.", sample_store)
    assert not [f for f in facts if f["relation"] == "decided" and "Council" in f["subject"]["label"]], facts


def test_one_resignation_told_twice_keeps_the_most_precise_date(sample_store):
    facts = _facts_of("Amos Thiele, who stood down as the Green Party's finance spokesman last year, was re-elected. "
                      "Thiele resigned as the Green Party's finance spokesman on 5 February 2020 after a row.",
                      sample_store, published="2021-03-20")
    resigned = [f for f in facts if f["relation"] == "resigned" and "Thiele" in f["subject"]["label"]]
    assert [f["date"] for f in resigned] == ["2020-02-05"], facts


def test_a_decision_told_again_more_vaguely_is_printed_once(sample_store):
    facts = _facts_of("Tobias Renwick announced on Saturday that he had been expelled by the Green Party. His "
                      "expulsion follows last month's meeting of the party's executive.", sample_store,
                      published="2021-08-16")
    assert _dated(facts, "decided", "Green", "Renwick") == ["2021-08-14"], facts


def test_a_body_named_by_its_owner_then_by_its_head_noun_decides(sample_store):
    facts = _facts_of("The Green Party's disputes panel met on Monday. The panel expelled Amos Thiele.", sample_store,
                      published="2021-03-19")
    assert _has(facts, "decided", "panel", "Thiele", "expel"), facts


def test_a_lifted_suspension_is_no_suspension(sample_store):
    facts = _facts_of("The Green Party's whip, Greta Oyelaran, said the party had lifted the suspension of Amos "
                      "Thiele.", sample_store)
    assert not [f for f in facts if f["relation"] == "decided" and f["action"] == "suspend"], facts


def test_walking_out_of_a_partys_conference_is_no_resignation(sample_store):
    facts = _facts_of("Jonas Achterberg walked out of the Green Party conference in protest. Tariq Mensah left the "
                      "Labour group meeting early.", sample_store)
    assert not [f for f in facts if f["relation"] == "resigned"], facts


def test_thanked_for_resigning_is_the_one_thanked(sample_store):
    facts = _facts_of("The Green Party's leader, Tobias Renwick, thanked Ines Varga for resigning from the Labour "
                      "Party.", sample_store)
    assert _has(facts, "resigned", "Varga", "Labour"), facts
    assert not _has(facts, "resigned", "Renwick", ""), facts


# ------------------------------------------------------------------ round 11

def test_a_decision_wanted_refused_or_asked_about_is_not_taken(sample_store):
    facts = _facts_of("The Green Party leader, Tobias Renwick, had resisted calls to suspend Ines Varga. Priya Lund "
                      "asked how the Labour Party could defend Amos Thiele. Jonas Achterberg said it was a privilege "
                      "to be asked to chair the Green Party.", sample_store)
    assert not [f for f in facts if f["relation"] == "decided" and f["action"] in ("suspend", "request")], facts


def test_people_described_by_a_participle_decide_nothing(sample_store):
    facts = _facts_of("Tariq Mensah was questioned by officers investigating the Labour Party's accounts.",
                      sample_store)
    assert not [f for f in facts if f["relation"] == "decided" and f["action"] == "investigate"], facts


def test_ought_to_is_a_hedge(sample_store):
    facts = _facts_of("Priya Lund argued that the Labour Party ought to intervene in Ambridge Council.", sample_store)
    assert not [f for f in facts if f["relation"] == "decided"], facts


def test_a_second_subject_and_one_unnamed_member_are_no_objects(sample_store):
    facts = _facts_of("Tobias Renwick has sacked one of his own ministers. The Green Party backed the plan, as did "
                      "Ines Varga.", sample_store)
    assert not [f for f in facts if f["relation"] == "decided" and f["object"]["label"] in ("ministers", "Ines Varga")
                or "one of" in f["object"]["label"]], facts


def test_the_passive_subject_is_the_noun_a_relative_clause_hangs_on(sample_store):
    facts = _facts_of("Three Green councillors who voted against the Labour Party's budget were suspended by the "
                      "Green Party yesterday.", sample_store)
    assert not [f for f in facts if f["relation"] == "decided" and "Labour" in f["object"]["label"]], facts


def test_criticism_verbs_state_opposition(sample_store):
    facts = _facts_of("In recent weeks the former leader Tobias Renwick has publicly criticised Ines Varga. The "
                      "Labour Party condemned Priya Lund.", sample_store)
    assert _has(facts, "opposed", "Renwick", "Varga"), facts
    assert _has(facts, "opposed", "Labour", "Lund"), facts


def test_a_criticism_hedged_or_denied_is_none(sample_store):
    facts = _facts_of("Tobias Renwick did not criticise Ines Varga. Priya Lund could have condemned Amos Thiele.",
                      sample_store)
    assert not [f for f in facts if f["relation"] == "opposed"], facts


def test_a_damning_verdict_on_a_decision_opposes_its_decider(sample_store):
    facts = _facts_of("The Green Party expelled Ines Varga on Monday. Tobias Renwick called the decision a "
                      "disgrace.", sample_store, published="2023-05-10")
    assert _has(facts, "opposed", "Renwick", "Green Party"), facts
    praise = _facts_of("The Green Party expelled Ines Varga on Monday. Tobias Renwick called it the right "
                       "decision.", sample_store, published="2023-05-10")
    assert not [f for f in praise if f["relation"] == "opposed"], praise


def test_a_letters_signatories_sign_it_and_are_its_first_person(sample_store):
    facts = _facts_of("Dear Prime Minister,\n\nI am writing to tell you that I have decided to resign from the "
                      "Labour Party. I have also written to the chair of my local branch, Amos Thiele, to resign "
                      "my membership.\n\nYours sincerely,\n\nIngrid Solberg\nMember of Parliament for Ambridge",
                      sample_store, published="2023-05-10")
    assert _has(facts, "signed", "Solberg", "Letter to the Prime Minister"), facts
    assert _has(facts, "resigned", "Solberg", "Labour"), facts
    assert _dated(facts, "resigned", "Solberg", "Labour") == ["2023-05-10"], facts
    assert not _has(facts, "resigned", "Thiele", ""), facts


def test_a_joint_letter_is_signed_by_each_line_of_its_signature(sample_store):
    facts = _facts_of("Dear Chancellor,\n\nWe write as councillors of three parties.\n\nYours sincerely,\n\n"
                      "Ingrid Solberg, Labour Party\nAmos Thiele, Green Party", sample_store, published="2023-05-10")
    for name in ("Solberg", "Thiele"):
        assert _has(facts, "signed", name, "Letter to the Chancellor"), facts


def test_first_person_without_a_signature_gives_nothing(sample_store):
    facts = _facts_of("I have decided to resign from the Labour Party.", sample_store)
    assert not [f for f in facts if f["relation"] == "resigned"], facts


def test_a_group_named_by_its_members_leaves_its_own_party(sample_store):
    facts = _facts_of("Earlier this week two Labour councillors, Ingrid Solberg and Amos Thiele, resigned from the "
                      "party. The Green Party now runs Ambridge.", sample_store, published="2023-05-12")
    for name in ("Solberg", "Thiele"):
        assert _has(facts, "resigned", name, "Labour"), facts
        assert not _has(facts, "resigned", name, "Green"), facts


def test_a_pronoun_object_is_the_person_of_the_last_event(sample_store):
    facts = _facts_of("On Saturday Tobias Renwick sacked Amos Thiele as a minister, and the Labour Party suspended "
                      "him.", sample_store)
    assert _has(facts, "decided", "Labour", "Thiele", "suspend"), facts
    assert not _has(facts, "decided", "Labour", "Renwick", "suspend"), facts


def test_a_decider_after_and_is_its_clauses_subject(sample_store):
    facts = _facts_of("Amos Thiele was arrested on 4 December, and the Labour Party suspended him the same day.",
                      sample_store, published="2023-01-10")
    assert _has(facts, "decided", "Labour", "Thiele", "suspend"), facts
    assert not [f for f in facts if f["relation"] == "decided" and "Thiele" in f["subject"]["label"]], facts


def test_a_whip_removed_from_oneself_is_no_suspension(sample_store):
    facts = _facts_of("Amos Thiele said he had removed the Green Party whip from himself pending an inquiry.",
                      sample_store)
    assert not [f for f in facts if f["relation"] == "decided" and f["action"] == "suspend"], facts


def test_members_of_a_cabinet_leave_the_cabinet(sample_store):
    facts = _facts_of("Ingrid Solberg resigned as leader of Ambridge Council today, hours after three members of her "
                      "cabinet resigned.", sample_store)
    assert [f for f in facts if f["relation"] == "resigned" and f["object"]["label"] == "Cabinet"], facts
    assert not [f for f in facts if f["relation"] == "resigned" and "members" in f["subject"]["label"]
                and "Council" in f["object"]["label"]], facts


def test_a_letters_we_reject_opposes_past_an_aside(sample_store):
    facts = _facts_of("Dear Minister,\n\nWe reject, in the strongest terms, the Green Party's budget.\n\n"
                      "Yours sincerely,\n\nIngrid Solberg\nAmos Thiele", sample_store, published="2023-05-10")
    for name in ("Solberg", "Thiele"):
        assert _has(facts, "opposed", name, "Green Party"), facts
    plain = _facts_of("The Labour Party will reject the Green Party's budget.", sample_store)
    assert not [f for f in plain if f["relation"] == "opposed"], plain


def test_who_lost_the_whip_was_suspended_and_decided_nothing(sample_store):
    facts = _facts_of("Amos Thiele is the second Green Party MP to go, after Ines Varga, who lost the whip in "
                      "March.", sample_store, published="2023-05-10")
    assert not [f for f in facts if f["relation"] == "decided" and f["subject"]["label"] in ("Ines Varga",
                                                                                             "Amos Thiele")], facts


def test_since_after_has_is_an_adverb(sample_store):
    facts = _facts_of("The Green Party has since selected Ines Varga. Amos Thiele has since resigned from the Labour "
                      "Party.", sample_store)
    assert _has(facts, "decided", "Green", "Varga", "select"), facts
    assert _has(facts, "resigned", "Thiele", "Labour"), facts


def test_the_subject_after_a_who_aside_is_the_one_it_hangs_on(sample_store):
    facts = _facts_of("Ines Varga, a Green Party councillor, who had defended Amos Thiele's budget, resigned from "
                      "the Green Party yesterday.", sample_store)
    assert _has(facts, "resigned", "Varga", "Green"), facts
    assert not _has(facts, "resigned", "Thiele", ""), facts



def test_a_pronoun_resigning_is_the_one_person_its_sentence_names(sample_store):
    facts = _facts_of("On Friday night Tobias Renwick, the Green Party's press officer, resigned, saying lines he had "
                      "given were wrong. By lunchtime yesterday his boss had gone too: Amos Thiele, chief executive "
                      "of the party since 1999, announced that he was standing down with immediate effect.",
                      sample_store, published="2023-05-10")
    assert _has(facts, "resigned", "Thiele", "Green"), facts


def test_a_place_inside_an_unnamed_object_is_not_the_object(sample_store):
    facts = _facts_of("The Green Party has also suspended one of its candidates in Wales.", sample_store)
    assert not [f for f in facts if f["relation"] == "decided" and "Wales" in f["object"]["label"]], facts


# ------------------------------------------------------------------ round 12

def test_a_contest_against_a_person_is_opposition(sample_store):
    facts = _facts_of("Amos Thiele, who stood against Tobias Renwick as the Green candidate in 2017, now sits on "
                      "Ambridge Council. Priya Lund declared that she would stand against Tobias Renwick. The "
                      "campaign against Ines Varga was led by Jonas Achterberg.", sample_store)
    opposed = {(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "opposed"}
    assert {("Amos Thiele", "Tobias Renwick"), ("Priya Lund", "Tobias Renwick"),
            ("Jonas Achterberg", "Ines Varga")} <= opposed, facts


def test_a_possible_or_denied_contest_is_no_opposition(sample_store):
    facts = _facts_of("Priya Lund might stand against Tobias Renwick. Amos Thiele did not stand against Ines Varga. "
                      "The campaign against Jonas Achterberg could be led by Tariq Mensah.", sample_store)
    assert not [f for f in facts if f["relation"] == "opposed"], facts


def test_a_vague_count_of_whips_lost_over_a_period_is_background(sample_store):
    facts = _facts_of("More than a dozen Green councillors have lost the whip at some point since 2019. Several "
                      "Labour councillors have had the whip removed since 2020. The Labour Party withdrew the whip "
                      "from Tobias Renwick yesterday.", sample_store)
    suspended = [f["object"]["label"] for f in facts if f["relation"] == "decided" and f["action"] == "suspend"]
    assert suspended == ["Tobias Renwick"], facts


def test_asking_a_minister_to_leave_the_government_removes_them(sample_store):
    facts = _facts_of("Tobias Renwick said that he had no alternative but to ask Priya Lund to leave the Welsh "
                      "Government.", sample_store)
    assert [f for f in facts if f["relation"] == "decided" and f["action"] == "remove" and
            f["subject"]["label"] == "Tobias Renwick" and f["object"]["label"] == "Priya Lund"], facts


def test_other_requests_to_leave_and_a_bare_ask_are_no_removal(sample_store):
    facts = _facts_of("Tobias Renwick asked Priya Lund to leave the Green Party. Amos Thiele said it was odd for a "
                      "party to ask Ines Varga to do what it would not do itself.", sample_store)
    decided = [f for f in facts if f["relation"] == "decided"]
    assert not [f for f in decided if f["action"] == "remove" or f["object"]["label"] == "Ines Varga"], facts


def test_those_who_followed_a_resignation_resigned_too(sample_store):
    facts = _facts_of("Priya Lund resigned from the Green Party, followed by Tobias Renwick and Ines Varga. Amos "
                      "Thiele resigned as health secretary on Tuesday, followed by a statement from Jonas Achterberg.",
                      sample_store)
    resigned = {(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "resigned"}
    assert {("Tobias Renwick", "Green Party"), ("Ines Varga", "Green Party")} <= resigned, facts
    assert not [r for r in resigned if r[0] == "Jonas Achterberg"], facts


def test_a_letters_damning_words_on_you_oppose_its_addressee(sample_store):
    facts = _facts_of("The Rt Hon Tobias Renwick MP\nPrime Minister\n\nDear Prime Minister,\n\nI have decided to "
                      "resign from the Labour Party. My decision goes beyond the shameful way in which you have "
                      "treated my constituents.\n\nYours sincerely,\n\nIngrid Solberg\nMember of Parliament for "
                      "Ambridge", sample_store, published="2023-05-10")
    assert _has(facts, "opposed", "Solberg", "Renwick"), facts


def test_a_letters_denied_or_unaddressed_damning_words_oppose_no_one(sample_store):
    denied = _facts_of("The Rt Hon Tobias Renwick MP\nPrime Minister\n\nDear Prime Minister,\n\nIt was not a "
                       "disgraceful thing you did.\n\nYours sincerely,\n\nIngrid Solberg", sample_store)
    plain = _facts_of("Tobias Renwick has been prime minister since 2019. Ingrid Solberg said the disgraceful way "
                      "you have behaved is a shame.", sample_store)
    assert not [f for f in denied + plain if f["relation"] == "opposed"], denied + plain


def test_critics_joined_past_their_own_roles_each_oppose(sample_store):
    facts = _facts_of("In recent weeks two of the party's senior figures, the former leader Amos Thiele and the "
                      "former deputy leader Ines Varga, have publicly criticised Tobias Renwick. Jonas Achterberg, "
                      "an ally of the former leader Priya Lund, criticised Tariq Mensah.", sample_store)
    opposed = {(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "opposed"}
    assert {("Amos Thiele", "Tobias Renwick"), ("Ines Varga", "Tobias Renwick")} <= opposed, facts
    assert not [o for o in opposed if o[0] == "Priya Lund"], facts


def test_those_resigning_along_with_someone_resigned_too(sample_store):
    facts = _facts_of("Tobias Renwick has resigned from the Labour Party along with Ines Varga. Amos Thiele resigned "
                      "from the Green Party together with a letter to Priya Lund.", sample_store)
    assert _has(facts, "resigned", "Ines Varga", "Labour Party"), facts
    assert not _has(facts, "resigned", "Priya Lund", ""), facts


def test_an_investigation_into_claims_about_a_person_is_about_them(sample_store):
    facts = _facts_of("The Green Party has suspended Tobias Renwick and opened an investigation into allegations "
                      "that he misused money. The Labour Party opened an investigation into claims that the council "
                      "misused money.", sample_store)
    investigated = [(f["subject"]["label"], f["object"]["label"]) for f in facts
                    if f["relation"] == "decided" and f["action"] == "investigate"]
    assert investigated == [("Green Party", "Tobias Renwick")], facts


# ------------------------------------------------------------------ round 13

def test_signatories_after_a_title_and_a_closing_other_than_yours(sample_store):
    titled = _facts_of("Dear Chair,\n\nWe ask for a special meeting of the council.\n\nYours faithfully,\n\n"
                       "Councillor Ingrid Solberg, Leader of the Green Group\nCllr Amos Thiele\nThe Rt Hon Ines Varga",
                       sample_store, published="2023-05-10")
    for name in ("Solberg", "Thiele", "Varga"):
        assert _has(titled, "signed", name, "Letter"), titled
    wishes = _facts_of("Dear Tobias,\n\nAfter much thought I am stepping down as chair of the Green Party.\n\n"
                       "With warm wishes for the future,\n\nIngrid\n\nIngrid Solberg\nChair of the Green Party",
                       sample_store, published="2023-05-10")
    assert _has(wishes, "signed", "Solberg", "Letter to Tobias"), wishes
    assert _has(wishes, "resigned", "Solberg", "Green Party"), wishes


def test_a_first_person_resignation_after_a_name_is_the_writers(sample_store):
    facts = _facts_of("Dear Tobias,\n\nI will campaign for Priya Lund in Ambridge, and I am also stepping down as "
                      "treasurer of the Green Party.\n\nBest regards,\n\nIngrid Solberg\nTreasurer of the Green Party",
                      sample_store)
    assert _has(facts, "resigned", "Solberg", "Green Party"), facts
    assert not _has(facts, "resigned", "Priya Lund", ""), facts


def test_who_moves_a_motion_of_no_confidence_opposes_its_person(sample_store):
    moved = _facts_of("Councillor Amos Thiele, leader of the Green group, moved a motion on behalf of the opposition "
                      "stating that the council no longer had trust and confidence in the Leader of the Council, "
                      "Councillor Tobias Renwick.", sample_store)
    agent = _facts_of("A motion of no confidence in Ines Varga was tabled by Priya Lund and Jonas Achterberg.",
                      sample_store)
    quoted = _facts_of("Councillor Greta Oyelaran moved the following motion:\n\n\"That this Council has no "
                       "confidence in Tariq Mensah.\"", sample_store)
    assert _has(moved, "opposed", "Amos Thiele", "Tobias Renwick"), moved
    assert _has(agent, "opposed", "Priya Lund", "Ines Varga") and _has(agent, "opposed", "Jonas Achterberg",
                                                                         "Ines Varga"), agent
    assert _has(quoted, "opposed", "Greta Oyelaran", "Tariq Mensah"), quoted


def test_a_hedged_or_survived_no_confidence_motion_opposes_no_one(sample_store):
    facts = _facts_of("Any five members may ask for a motion of no confidence in Tobias Renwick to be tabled by "
                      "Amos Thiele. Ines Varga survived a vote of no confidence passed by Priya Lund.", sample_store)
    assert not [f for f in facts if f["relation"] == "opposed"], facts


def test_a_removal_voted_or_told_in_idiom_is_a_decision(sample_store):
    facts = _facts_of("Ambridge Council has a new leader after councillors voted to remove the Conservative Tobias "
                      "Renwick last night. On Monday the Green Party, in a secret ballot, got rid of its chair Ines "
                      "Varga.", sample_store, published="2022-07-07")
    removed = {(f["subject"]["label"], f["object"]["label"]) for f in facts
               if f["relation"] == "decided" and f["action"] == "remove"}
    assert ("Green Party", "Ines Varga") in removed, facts
    assert [o for s, o in removed if o == "Tobias Renwick"], facts


def test_a_motions_quoted_terms_decide_nothing(sample_store):
    facts = _facts_of("Councillor Greta Oyelaran moved the following motion:\n\n\"That this Council removes "
                      "Councillor Tariq Mensah from the office of Leader.\"", sample_store)
    assert not [f for f in facts if f["relation"] == "decided"], facts


def test_speaking_against_a_no_confidence_motion_opposes_the_motion(sample_store):
    facts = _facts_of("Councillor Greta Oyelaran moved a motion of no confidence in Tariq Mensah. Councillor Amos "
                      "Thiele spoke against the motion. Councillor Ines Varga never spoke against the motion.",
                      sample_store)
    against = [(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "opposed"
               and f["object"]["label"].startswith("Motion")]
    assert against == [("Amos Thiele", "Motion of no confidence in Tariq Mensah")], facts


def test_a_term_after_for_is_not_the_day_of_an_election(sample_store):
    facts = _facts_of("It was resolved that Councillor Ines Varga be elected Chair of Ambridge Council for the "
                      "municipal year 2022-23.", sample_store, published="2022-05-17")
    assert "2022-01-01" not in _dated(facts, "holds_office", "Varga"), facts


def test_a_date_in_a_clause_on_the_object_dates_that_clause(sample_store):
    facts = _facts_of("Green Party members backed the coalition today, voting to endorse the agreement their "
                      "leaders struck last week.", sample_store, published="2022-05-16")
    assert _dated(facts, "decided", "Green Party", "agreement") == ["2022-05-16"], facts


def test_an_agreement_signed_by_groups_or_their_leaders(sample_store):
    counted = _facts_of("The Green Party and Plaid Cymru will run Ambridge Council together after the two groups "
                        "signed a coalition agreement last night.", sample_store, published="2022-05-10")
    assert _has(counted, "signed", "Green Party", "agreement") and _has(counted, "signed", "Plaid", "agreement"), \
        counted
    assert _dated(counted, "signed", "Green Party", "agreement") == ["2022-05-09"], counted
    leaders = _facts_of("The council noted the agreement for a joint administration signed on Friday 6 May by the "
                        "leaders of the Green and Plaid groups, Councillors Ines Varga and Amos Thiele.",
                        sample_store, published="2022-05-10")
    for name in ("Ines Varga", "Amos Thiele"):
        assert _has(leaders, "signed", name, "agreement"), leaders
    assert _dated(leaders, "signed", "Ines Varga", "agreement") == ["2022-05-06"], leaders


def test_an_agreement_not_signed_gives_no_signature(sample_store):
    facts = _facts_of("The Green Party and Plaid Cymru have not signed a coalition agreement. Ines Varga and Amos "
                      "Thiele could sign the deal next week.", sample_store)
    assert not [f for f in facts if f["relation"] == "signed"], facts


def test_a_part_of_a_month_is_a_day_in_it(sample_store):
    assert resolve("at the end of April", date(2021, 5, 17)).day == date(2021, 4, 28)
    assert resolve("mid-June", date(2021, 7, 1)).day == date(2021, 6, 15)
    assert resolve("late May 2019", date(2021, 7, 1)).day == date(2019, 5, 24)
    assert resolve("early June", date(2021, 7, 1)).day == date(2021, 6, 1)
    facts = _facts_of("Ines Varga announced at the end of April that she had resigned from the Green Party.",
                      sample_store, published="2021-05-17")
    assert _dated(facts, "resigned", "Varga", "Green") == ["2021-04-28"], facts


def test_a_resignation_told_as_a_noun(sample_store):
    facts = _facts_of("Councillor Ines Varga, Leader of Ambridge Council, who took up the post in March following "
                      "the resignation of Councillor Amos Thiele, said she was delighted.", sample_store,
                      published="2022-07-07")
    assert _has(facts, "resigned", "Amos Thiele", "Ambridge"), facts
    calls = _facts_of("Councillor Ines Varga, Leader of Ambridge Council, repeated her calls for the resignation of "
                      "Amos Thiele.", sample_store)
    assert not _has(calls, "resigned", "Amos Thiele", ""), calls


def test_the_person_before_a_who_aside_is_the_one_who_resigned(sample_store):
    facts = _facts_of("Ines Varga was chosen to lead the Green Party on Saturday, after Amos Thiele, who had led it "
                      "for seven years, stood down.", sample_store)
    assert _has(facts, "resigned", "Amos Thiele", "Green Party"), facts
    assert not _has(facts, "resigned", "Ines Varga", ""), facts


def test_not_doing_something_by_resigning_is_no_resignation(sample_store):
    facts = _facts_of("Amos Thiele, the leader of the Green Party, said that he would not betray the members by "
                      "resigning.", sample_store)
    assert not _has(facts, "resigned", "Amos Thiele", ""), facts


def test_a_verdict_branded_on_a_decision_opposes_its_decider(sample_store):
    facts = _facts_of("The Green Party expelled Ines Varga on Monday. Tobias Renwick branded the decision "
                      "undemocratic. Amos Thiele branded the decision sensible and fair.", sample_store)
    opposed = [(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "opposed"]
    assert opposed == [("Tobias Renwick", "Green Party")], facts


def test_a_decision_still_to_be_taken_or_a_remark_directed_at_someone_is_none(sample_store):
    facts = _facts_of("Amos Thiele was chosen as chair. His appointment still has to be ratified by the Green "
                      "Party. The mayor asked Ines Varga to withdraw a remark directed at Tobias Renwick. Varga "
                      "said the group offered a change of direction in policy.", sample_store)
    assert not [f for f in facts if f["relation"] == "decided" and f["action"] in ("approve", "instruct")], facts


def test_a_partys_councillors_decide_as_its_group_and_joined_bodies_decide_together(sample_store):
    group = _facts_of("The Liberal Democrats won 20 seats on Bristol City Council. Liberal Democrat councillors "
                      "then turned down a pact with Plaid Cymru.", sample_store)
    deciders = {f["subject"]["label"] for f in group if f["relation"] == "decided" and f["action"] == "reject"}
    assert deciders and all("group" in d for d in deciders), group
    joined = _facts_of("Both the Green Party and the Labour National Executive Committee had approved the deal on "
                       "Tuesday.", sample_store)
    approvers = {f["subject"]["label"] for f in joined if f["relation"] == "decided" and f["action"] == "approve"}
    assert len(approvers) == 2 and "Green Party" in approvers, joined


def test_a_possessive_resignation_dates_the_resignation(sample_store):
    facts = _facts_of("Tobias Renwick was today elected leader of the Green Party in a contest triggered by Ines "
                      "Varga's abrupt resignation in October. Varga quit after a row.", sample_store,
                      published="2022-12-13")
    assert _dated(facts, "resigned", "Varga", "Green Party") == ["2022-10-01"], facts


def test_those_who_submit_a_motion_or_letter_of_no_confidence_sign_it(sample_store):
    motion = _facts_of("On Friday 3 June the chair received a motion submitted by Priya Lund and Jonas Achterberg "
                       "in the following terms: \"That this group has no confidence in Ines Varga.\"", sample_store,
                       published="2022-06-07")
    for name in ("Priya Lund", "Jonas Achterberg"):
        assert _has(motion, "signed", name, "Motion of no confidence in Ines Varga"), motion
        assert _has(motion, "opposed", name, "Ines Varga"), motion
    assert _dated(motion, "signed", "Priya Lund", "Motion") == ["2022-06-03"], motion
    letter = _facts_of("Last night Amos Thiele said he had submitted a letter of no confidence in Tobias Renwick.",
                       sample_store, published="2022-06-07")
    assert _has(letter, "signed", "Amos Thiele", "Letter of no confidence in Tobias Renwick"), letter
    moved = _facts_of("Councillor Greta Oyelaran moved a motion of no confidence in Tariq Mensah.", sample_store)
    assert not [f for f in moved if f["relation"] == "signed"], moved


# ------------------------------------------------------------------ round 14

def test_signatories_listed_placed_among_or_named_after_by(sample_store):
    listed = _facts_of("The open letter was sent to the party's general secretary. Its signatories were Ingrid "
                       "Solberg, Amos Thiele and Priya Lund.", sample_store)
    included = _facts_of("Signatories to the statement included Tobias Renwick and Greta Oyelaran.", sample_store)
    among = _facts_of("Jonas Achterberg and Ines Varga were among the signatories of the letter.", sample_store)
    published = _facts_of("Their objections were set out in a statement published last week by Tariq Mensah.",
                          sample_store)
    as_did = _facts_of("The Green Party released a joint statement on housing. Yusuf Brennan also signed, as did "
                       "Ruth Okafor.", sample_store)
    for facts, names, noun in ((listed, ("Solberg", "Thiele", "Lund"), "etter"),
                               (included, ("Renwick", "Oyelaran"), "tatement"),
                               (among, ("Achterberg", "Varga"), "etter"), (published, ("Mensah",), "tatement"),
                               (as_did, ("Brennan", "Okafor"), "tatement")):
        for name in names:
            assert _has(facts, "signed", name, noun), (name, facts)


def test_names_put_to_a_text_are_signatures_and_refusals_are_not(sample_store):
    put = _facts_of("Nine Green councillors who had put their names to a letter criticising the leadership met "
                    "on Monday.", sample_store)
    carried = _facts_of("A letter of no confidence circulated among Green councillors. By Friday it carried the "
                        "names of Amos Thiele and Ines Varga.", sample_store)
    refused = _facts_of("Priya Lund refused to put her name to the statement.", sample_store)
    assert _has(put, "signed", "councillors", "etter"), put
    assert _has(carried, "signed", "Thiele", "etter") and _has(carried, "signed", "Varga", "etter"), carried
    assert not [f for f in refused if f["relation"] == "signed"], refused


def test_a_request_in_a_condition_or_to_a_listed_group_is_not_spread(sample_store):
    conditional = _facts_of("Tobias Renwick said he would stay on if the Green councillors asked him to.",
                            sample_store)
    without = _facts_of("Amos Thiele issued the statement without asking Ines Varga.", sample_store)
    assert not [f for f in conditional + without if f.get("action") == "request"], conditional + without
    group = _facts_of("The statement had five Green signatories: Ingrid Solberg, Amos Thiele, Priya Lund, Ines Varga "
                      "and Jonas Achterberg. The Green Party asked the five Green signatories to withdraw.",
                      sample_store)
    assert not any(f.get("action") == "request" and f["object"]["label"] in ("Ingrid Solberg", "Amos Thiele")
                   for f in group), group


def test_a_wish_or_an_offer_to_resign_is_no_resignation(sample_store):
    facts = _facts_of("Tobias Renwick told the Green group he wished to resign. Ines Varga offered to stand down as "
                      "treasurer of the Green Party.", sample_store)
    assert not [f for f in facts if f["relation"] == "resigned"], facts


def test_a_verdict_on_someones_words_or_defection_opposes_them(sample_store):
    words = _facts_of("The Green Party suspended Tobias Renwick last night. Ines Varga called his remarks "
                      "\"deeply offensive\".", sample_store, published="2023-05-10")
    named = _facts_of("Ines Varga branded Tobias Renwick's comments vile.", sample_store)
    defection = _facts_of("Amos Thiele has defected from the Green Party to Labour. Priya Lund called the defection "
                          "disappointing.", sample_store)
    unowned = _facts_of("Ines Varga called the comments offensive.", sample_store)
    assert _has(words, "opposed", "Varga", "Renwick"), words
    assert _dated(words, "opposed", "Varga", "Renwick") == ["2023-05-09"], words
    assert _has(named, "opposed", "Varga", "Renwick"), named
    assert _has(defection, "opposed", "Lund", "Thiele"), defection
    assert not [f for f in unowned if f["relation"] == "opposed"], unowned


def test_a_reported_resignation_is_the_speakers(sample_store):
    relative = _facts_of("She succeeds Ines Varga, a close ally of Tobias Renwick, who announced on 4 May that she "
                         "was standing down as chair of the Green Party.", sample_store, published="2023-06-01")
    plain = _facts_of("Amos Thiele met Priya Lund on Monday. Priya Lund confirmed on Tuesday that she would stand "
                      "down as treasurer of the Green Party.", sample_store, published="2023-06-01")
    assert _has(relative, "resigned", "Varga", "Green Party"), relative
    assert not _has(relative, "resigned", "Renwick", ""), relative
    assert _has(plain, "resigned", "Lund", "Green Party") and not _has(plain, "resigned", "Thiele", ""), plain


def test_a_motion_voted_down_is_rejected_by_the_voting_body(sample_store):
    counted = _facts_of("Wessex County Council met on Tuesday. Councillors voted 27 to 19 against a motion of no "
                        "confidence in Tobias Renwick, tabled by Ines Varga.", sample_store, published="2023-06-01")
    split = _facts_of("Wessex County Council met on Tuesday. Nine councillors voted for the motion to remove him from "
                      "office and 17 against.", sample_store, published="2023-06-01")
    defeated = _facts_of("At Wessex County Council the motion was defeated by 30 votes to 12.", sample_store)
    person = _facts_of("At Wessex County Council Ines Varga voted against the motion.", sample_store)
    carried = _facts_of("Wessex County Council met on Tuesday. Councillors voted 27 to 19 for the motion, and 19 "
                        "against.", sample_store)
    for facts in (counted, split, defeated):
        assert _has(facts, "decided", "Wessex", "Motion", "reject"), facts
    assert not [f for f in person + carried if f.get("action") == "reject"], person + carried


def test_a_party_office_left_in_a_party_story_is_the_partys(sample_store):
    facts = _facts_of("Tobias Renwick, a councillor on Wessex County Council, backed Ines Varga. The post fell vacant "
                      "in May when Priya Lund stood down as deputy leader, a year after losing her Ambridge seat.",
                      sample_store, title="Green Party chooses a new deputy leader")
    assert _has(facts, "resigned", "Lund", "Green Party"), facts
    assert not _has(facts, "resigned", "Lund", "Wessex"), facts


def test_a_party_leader_who_stands_down_leaves_the_party_not_a_legislature(sample_store):
    facts = _facts_of("Tobias Renwick was Leader of the House of Lords in 2019.\n\nThe contest began when Ines Varga "
                      "announced on 2 May that she would stand down as leader.", sample_store,
                      title="Green Party opens its leadership contest", published="2023-06-01")
    assert _has(facts, "resigned", "Varga", "Green Party"), facts
    assert not _has(facts, "resigned", "Varga", "Lords"), facts


def test_signed_by_people_named_or_among_them(sample_store):
    among = _facts_of("Her nomination papers were signed by councillors across the Green Party, among them the "
                      "deputy leader Amos Thiele.", sample_store)
    named = _facts_of("The letter was signed by Ines Varga and Priya Lund.", sample_store)
    assert _has(among, "signed", "Thiele", "apers"), among
    assert _has(named, "signed", "Varga", "etter") and _has(named, "signed", "Lund", "etter"), named


def test_dismissed_as_a_verdict_is_no_removal(sample_store):
    verdict = _facts_of("Tobias Renwick dismissed the councillors trying to unseat him as troublemakers.", sample_store)
    removal = _facts_of("Tobias Renwick dismissed Ines Varga as chief whip of the Green Party.", sample_store)
    assert not [f for f in verdict if f.get("action") == "remove"], verdict
    assert _has(removal, "decided", "Renwick", "Varga", "remove"), removal


def test_signers_of_a_letter_of_no_confidence_oppose_its_person(sample_store):
    facts = _facts_of("A letter of no confidence in Tobias Renwick began circulating among Green councillors on "
                      "Monday. By Wednesday it carried the names of Ines Varga and Amos Thiele.", sample_store)
    plain = _facts_of("A letter praising Tobias Renwick circulated on Monday. By Wednesday it carried the names of "
                      "Ines Varga and Amos Thiele.", sample_store)
    assert _has(facts, "opposed", "Varga", "Renwick") and _has(facts, "opposed", "Thiele", "Renwick"), facts
    assert not [f for f in plain if f["relation"] == "opposed"], plain


# ------------------------------------------------------------------ round 15

def test_minutes_are_dated_by_a_meeting_day_written_in_capitals(sample_store):
    facts = _facts_of("**MINUTES of the ANNUAL MEETING of WESSEX COUNTY COUNCIL held on TUESDAY 16 MAY 2023**\n\n"
                      "**Decision:** The Council elected Councillor Hester Quayle as Chairman of the Council.",
                      sample_store, published="2023-06-01", title="Minutes", kind="minutes")
    # (round 27: the heading's council is found, so the title "Councillor" gives a seat there too; the chair is
    # the office the meeting gave)
    assert [f["date"] for f in facts if f["relation"] == "holds_office" and f["role"] == "chair"] == ["2023-05-16"], \
        facts


def test_plural_decision_nouns_are_no_verbs(sample_store):
    facts = _facts_of("The Green Party said the suspensions concerned the councillors' failure to attend.", sample_store)
    assert not [f for f in facts if f["relation"] == "decided"], facts


def test_agreeing_with_and_withdrawing_from_a_contest_decide_nothing(sample_store):
    agreed = _facts_of("Hester Quayle said the Liberal Democrats would back the council where they agreed with it.",
                       sample_store)
    withdrew = _facts_of("Rafe Ostrander, a Green Party councillor who withdrew from the contest, backed Quayle.",
                         sample_store)
    assert not [f for f in agreed if f.get("action") == "approve"], agreed
    assert not [f for f in withdrew if f.get("action") == "scrap"], withdrew


def test_support_by_a_crowd_is_no_decision_but_a_vote_to_endorse_is(sample_store):
    support = _facts_of("Most Green Party members of the assembly backed Rafe Ostrander.", sample_store)
    figures = _facts_of("Senior Green Party figures endorsed the council's decision.", sample_store)
    vote = _facts_of("Green Party members voted at a special conference on Saturday to endorse the agreement.",
                     sample_store)
    assert not [f for f in support + figures if f["relation"] == "decided"], support + figures
    assert [f for f in vote if f.get("action") == "approve"], vote


def test_a_call_to_go_by_a_leader_is_opposition_in_any_party(sample_store):
    rival = _facts_of("Hester Quayle has been leader of the Liberal Democrats since 2019. Rafe Ostrander, leader of the "
                      "Green Party, called on her to step aside until the inquiry was over.", sample_store)
    own = _facts_of("Hester Quayle has been a member of the Green Party since 2019. Rafe Ostrander, leader of the "
                    "Green Party, called on her to step aside until the inquiry was over.", sample_store)
    for facts in (rival, own):
        assert _has(facts, "opposed", "Ostrander", "Quayle"), facts
        assert not [f for f in facts if f.get("action") == "request"], facts


def test_a_decision_noun_takes_its_agent_and_no_date_of_the_clause(sample_store):
    facts = _facts_of("Marlow Vale District Council chose Rafe Ostrander as its leader last night, after Hester Quayle "
                      "stood down following her suspension by the Green Party.\n\nThe Green Party suspended Quayle "
                      "on 2 May.", sample_store, published="2023-06-01")
    assert _dated(facts, "decided", "Green Party", "Quayle") == ["2023-05-02"], facts
    assert not _has(facts, "decided", "Marlow", "Ostrander", "suspend"), facts
    assert not _has(facts, "decided", "Marlow", "Quayle", "suspend"), facts


def test_suspended_from_a_councils_group_is_not_by_the_council(sample_store):
    facts = _facts_of("Rafe Ostrander has sat as an independent since he was suspended from the council's Green group "
                      "last year.", sample_store, title="Marlow Vale District Council")
    assert not [f for f in facts if f.get("action") == "suspend" and "Council" in f["subject"]["label"]], facts


def test_a_resignation_after_an_opening_phrase_is_the_named_persons(sample_store):
    facts = _facts_of("Faced with a motion of no confidence tabled by the Liberal Democrats, and with the Greens saying "
                      "they would vote against him, Mr Ostrander announced his resignation as party leader on 3 May.",
                      sample_store, title="Plaid Cymru looks for a new leader", published="2023-06-01")
    assert _has(facts, "resigned", "Ostrander", "Plaid"), facts
    assert not [f for f in facts if f["relation"] == "resigned" and "Ostrander" not in f["subject"]["label"]], facts
    assert not _has(facts, "resigned", "Ostrander", "Green"), facts


def test_names_floated_are_no_signatures(sample_store):
    floated = _facts_of("Green Party members are said to want a younger leader, with the names of Rafe Ostrander and "
                        "Hester Quayle both mentioned.", sample_store)
    petition = _facts_of("A petition with the names of Rafe Ostrander and Hester Quayle was handed in on Monday.",
                         sample_store)
    assert not [f for f in floated if f["relation"] == "signed"], floated
    assert _has(petition, "signed", "Ostrander", "etition"), petition


def test_a_no_confidence_motion_is_against_the_one_who_faces_it(sample_store):
    opener = _facts_of("Rafe Ostrander sacked Hester Quayle in March. Faced with motions of no confidence tabled by the "
                       "Liberal Democrats and by Plaid Cymru, Mr Ostrander resigned on 3 May.", sample_store,
                       published="2023-06-01")
    subject = _facts_of("Rafe Ostrander faces a motion of no confidence tabled by the Liberal Democrats.", sample_store)
    for facts in (opener, subject):
        assert _has(facts, "opposed", "Liberal Democrats", "Ostrander"), facts
        assert not _has(facts, "opposed", "Liberal Democrats", "Quayle"), facts
    assert _has(opener, "opposed", "Plaid", "Ostrander"), opener


def test_the_one_asked_follows_the_request_verb(sample_store):
    inside = _facts_of("Hester Quayle urged the leadership to listen to Green Party councillors.", sample_store)
    voters = _facts_of("Hester Quayle urged voters to give both their votes to the Green Party.", sample_store)
    direct = _facts_of("The Green Party asked Marlow Vale District Council to pause the sale.", sample_store)
    assert not [f for f in inside + voters if f.get("action") == "request"], inside + voters
    assert _has(direct, "decided", "Green", "Marlow", "request"), direct


def test_a_participle_after_a_name_with_its_agent_is_passive(sample_store):
    facts = _facts_of("Hester Quayle, expelled by the Green Party in 2019, was elected to Marlow Vale District Council "
                      "on Thursday.", sample_store)
    assert _has(facts, "decided", "Green Party", "Quayle", "expel"), facts
    assert not [f for f in facts if f.get("action") == "expel" and "Quayle" in f["subject"]["label"]], facts


def test_a_second_verb_after_and_is_not_decided_by_the_first_verbs_object(sample_store):
    facts = _facts_of("In the reshuffle the first minister made Rafe Ostrander finance secretary and removed Hester "
                      "Quayle from the cabinet.", sample_store)
    assert not _has(facts, "decided", "Ostrander", "Quayle"), facts
    plain = _facts_of("The Green Party praised Rafe Ostrander and expelled Hester Quayle.", sample_store)
    assert _has(plain, "decided", "Green Party", "Quayle", "expel"), plain


def test_resigning_from_the_front_bench_leaves_the_partys_front_bench(sample_store):
    facts = _facts_of("Hester Quayle served on the Liberal Democrats' front bench for two years, but resigned from the "
                      "front bench in March to fight the mayoral election.", sample_store,
                      title="Marlow Vale chooses its first mayor", published="2023-06-01")
    assert _has(facts, "resigned", "Quayle", "Liberal Democrats front bench"), facts


def test_the_resignation_of_a_styled_name_with_letters_after_it(sample_store):
    facts = _facts_of("Following the resignation of the Rt Hon Rafe Ostrander MP as Leader of the Green Party on "
                      "Monday 3 April, the party's executive agreed a timetable.", sample_store, published="2023-04-05")
    assert _dated(facts, "resigned", "Ostrander", "Green Party") == ["2023-04-03"], facts


def test_a_date_in_a_later_clause_of_its_own_does_not_date_the_event(sample_store):
    facts = _facts_of("Hester Quayle, who gave up the leadership of Marlow Vale District Council after she was elected "
                      "police and crime commissioner earlier this month, backed Rafe Ostrander.", sample_store,
                      published="2023-05-22")
    assert "2023-05-01" not in _dated(facts, "resigned", "Quayle"), facts
    when = _facts_of("Hester Quayle had the Green Party whip suspended when she joined a television show in 2012.",
                     sample_store)
    assert _dated(when, "decided", "Green", "Quayle") == ["2012-01-01"], when


def test_handing_the_leadership_to_a_successor_is_a_resignation(sample_store):
    facts = _facts_of("Rafe Ostrander, who handed the leadership to his deputy after ten years, told members he had "
                      "been proud to lead the party.", sample_store, title="Green Party chooses a new leader")
    assert _has(facts, "resigned", "Ostrander", "Green Party"), facts


def test_a_place_before_a_seat_names_the_member_not_a_council(sample_store):
    facts = _facts_of("Hester Quayle was the only candidate for the Green Party leadership. The Rotherham MP's "
                      "elevation was endorsed by the Green Party's national executive on Monday.", sample_store)
    assert not [f for f in facts if f.get("action") == "approve" and "Rotherham" in f["object"]["label"]], facts
    assert _has(facts, "decided", "executive", "Quayle", "approve"), facts


# ------------------------------------------------------------------ round 15 (C): oppositions and signatures

def test_a_reported_call_to_go_is_opposition(sample_store):
    facts = _facts_of("Hester Quayle, the Green Party leader, said that Rafe Ostrander must step down.", sample_store)
    assert _has(facts, "opposed", "Quayle", "Ostrander"), facts
    pronoun = _facts_of("Rafe Ostrander was suspended by the Green Party on Monday. Hester Quayle said he should "
                        "\"do the honourable thing and resign\".", sample_store)
    assert _has(pronoun, "opposed", "Quayle", "Ostrander"), pronoun


def test_a_question_or_a_negation_of_going_is_no_call(sample_store):
    for text in ("Hester Quayle asked whether Rafe Ostrander should resign.",
                 "Hester Quayle said Rafe Ostrander should not resign.",
                 "Hester Quayle said Rafe Ostrander should go ahead with the budget."):
        facts = _facts_of(text, sample_store)
        assert not [f for f in facts if f["relation"] == "opposed"], (text, facts)


def test_a_letter_told_by_its_sender_is_signed(sample_store):
    for text in ("In a letter to the party chair, Rafe Ostrander, Hester Quayle said that she no longer had the "
                 "support of her colleagues.",
                 "The executive has received a letter from Dame Hester Quayle confirming that she is resigning.",
                 "In her resignation letter, Hester Quayle wrote that the party had lost its way."):
        facts = _facts_of(text, sample_store)
        signed = [f for f in facts if f["relation"] == "signed"]
        assert [f["subject"]["label"] for f in signed] == ["Hester Quayle"], (text, facts)


def test_a_letter_to_someone_or_from_a_body_names_no_signer(sample_store):
    for text in ("The council received a letter from the Green Party about the budget.",
                 "In a letter to Rafe Ostrander, the party said he had been suspended."):
        facts = _facts_of(text, sample_store)
        assert not [f for f in facts if f["relation"] == "signed"], (text, facts)


def test_next_month_is_read_without_dateparser(monkeypatch):
    # "at next May's elections" is to come: no date, as dateparser reads it, but without its first call
    # (0.4 s a process); a story that says it must not pay for dateparser
    from partygraph.loaders.text import dates as dates_module
    monkeypatch.setattr(dates_module.dateparser, "parse", lambda *a, **k: pytest.fail("dateparser called"))
    dates_module._cached.cache_clear()
    assert resolve("next May", date(2018, 5, 23)).day is None


def test_a_whip_restored_is_the_membership_restored(sample_store):
    # the gold guide: a readmission is no decision of its own, but the membership restored
    facts = _facts_of("Ada Quint and Tomas Reyland were given the Conservative whip back yesterday. Labour has "
                      "restored the whip to Kay Jones. Ann Lee had already been readmitted to the Labour group in "
                      "March 2016.", sample_store)
    members = {(f["subject"]["label"], f["object"]["label"], f["date"]) for f in facts if f["relation"] == "member_of"}
    assert {("Ada Quint", "Conservative and Unionist Party", "2022-07-06"),
            ("Tomas Reyland", "Conservative and Unionist Party", "2022-07-06")} <= members, facts
    assert ("Kay Jones", "Labour Party") in {(s, o) for s, o, _ in members}, facts
    assert any(s == "Ann Lee" and "Labour group" in o and d == "2016-03-01" for s, o, d in members), facts
    # refused, not yet, given up, accepted someone's offer: no membership restored
    facts = _facts_of("Starmer refused to restore the Labour whip to Ada Quint. Tomas Reyland has not had the "
                      "Labour whip restored. Kay Jones had given up the Labour whip. Ten MPs accepted Ann Lee's "
                      "offer and have had the Conservative whip restored.", sample_store)
    assert not [f for f in facts if f["relation"] == "member_of"], facts


def test_a_defection_from_the_party_to_another(sample_store):
    # "from the SNP": the article before the party left it the old party, not the new one
    facts = _facts_of("Ada Quint, who defected from the SNP to the Alba Party last October, spoke.", sample_store)
    assert {(f["relation"], f["object"]["label"]) for f in facts if f["subject"]["label"] == "Ada Quint"} == \
        {("member_of", "Alba Party"), ("resigned", "Scottish National Party")}, facts


def test_a_persons_plea_or_endorsement_is_no_decision(sample_store):
    # a request or an approval is a body's decision; one person urging, asking or endorsing is not
    for text in ("Tomas Reyland urged members to back the deal.", "Ada Quint asked the party to think again.",
                 "Tomas Reyland endorsed the government's plan."):
        facts = _facts_of(text, sample_store)
        assert not [f for f in facts if f["relation"] == "decided"], (text, facts)
    facts = _facts_of("Labour's National Executive Committee passed a motion asking Bolton Council to pause the "
                      "plan.", sample_store)
    assert [f["action"] for f in facts if f["relation"] == "decided"] == ["request"], facts


def test_a_date_in_a_long_who_aside_does_not_date_the_verb_after_it(sample_store):
    facts = _facts_of("Tomas Reyland, who lost to Ada Quint in last year's leadership contest and was cautioned "
                      "by a party disciplinary panel earlier this year over remarks he had made to the media, "
                      "said he had no confidence in Ada Quint as leader.", sample_store, published="2013-02-16")
    opposed = [f for f in facts if f["relation"] == "opposed"]
    assert [(f["subject"]["label"], f["object"]["label"]) for f in opposed] == [("Tomas Reyland", "Ada Quint")], facts
    assert opposed[0]["date"] not in ("2012-01-01", "2013-01-01"), facts


def test_leaving_argued_about_is_no_resignation(sample_store):
    facts = _facts_of("Ada Quint clashed with Tomas Reyland over the prospect of leaving the Green Party.", sample_store)
    assert not [f for f in facts if f["relation"] == "resigned"], facts
    facts = _facts_of("Ada Quint has left the Green Party.", sample_store)
    assert [f["object"]["label"] for f in facts if f["relation"] == "resigned"] == ["Green Party"], facts


def test_councils_after_signed_by_signed_the_deal(every_council):
    facts = _facts_of("The authority was created under the devolution deal signed in November 2022 by the region's "
                      "councils: Derbyshire County Council and Nottingham City Council.", every_council,
                      published="2024-05-03")  # (a text of July 2022 could not tell a signing in November)
    signed = {(f["subject"]["label"], f["date"]) for f in facts if f["relation"] == "signed"}
    assert signed == {("Derbyshire County Council", "2022-11-01"), ("Nottingham City Council", "2022-11-01")}, facts


def test_seasons_and_decades_told_against_the_storys_own_time():
    """Round 28: "that autumn", "the following spring", "the previous summer" read against the story's
    time (a season by its middle month; a winter by its January), and decades counted like years."""
    from datetime import date

    from partygraph.loaders.text.dates import resolve

    may_2014 = date(2014, 5, 1)
    published = date(2022, 7, 7)
    expected = {"that autumn": date(2014, 10, 1), "the following spring": date(2015, 4, 1),
                "that winter": date(2015, 1, 1), "the previous summer": date(2013, 7, 1),
                "two decades later": date(2034, 1, 1)}
    for text, day in expected.items():
        assert resolve(text, published, reference=may_2014).day == day, text
    assert resolve("a decade ago", published).day == date(2012, 1, 1)
    # with no story time to count from, an anaphoric season is left unresolved, never guessed
    assert resolve("the following spring", published).day is None


def test_a_season_after_following_is_a_temporal_expression(sample_store):
    facts = _facts_of("Ada Quint was elected leader of Haringey Council in May 2014. The following spring she "
                      "resigned as leader.", sample_store)
    assert [f["date"] for f in facts if f["relation"] == "resigned"] == ["2015-04-01"], facts


def test_procedure_and_an_approved_noun_action_are_no_approval(sample_store):
    # round 30: "agreed a timetable" is a body's business, not a decision about anyone; "approved the
    # expulsion of X" is the expulsion, not an approval besides
    for text in ("The Federal Board agreed a timetable for the contest on Tuesday.",
                 "The Resources Committee agreed the Standing Orders on Tuesday.",
                 "The Federal Board approved the expulsion of Ada Quint on Tuesday."):
        facts = _facts_of(text, sample_store)
        assert not [f for f in facts if f["relation"] == "decided" and f["action"] == "approve"], (text, facts)
    # a budget approved is still an approval
    facts = _facts_of("The Federal Board approved the budget on Tuesday.", sample_store)
    assert [f for f in facts if f["relation"] == "decided" and f["action"] == "approve"], facts


def test_a_one_sentence_lead_is_dated_by_the_paragraph_after_it(sample_store):
    # round 30: news told in a lead of its own ("has expelled X") took place on the day the next paragraph
    # gives, if it is one of the days just before publication
    text = "Reform UK has expelled Ada Quint, one of its councillors.\n\nThe party acted yesterday, after a row."
    facts = _facts_of(text, sample_store, published="2025-07-18")
    assert [f["date"] for f in facts if f["relation"] == "decided"] == ["2025-07-17"], facts
    # an older date there is another story's: the news keeps the day it is printed
    text = "Reform UK has expelled Ada Quint, one of its councillors.\n\nShe was elected in May 2021."
    facts = _facts_of(text, sample_store, published="2025-07-18")
    assert [f["date"] for f in facts if f["relation"] == "decided"] == ["2025-07-18"], facts
