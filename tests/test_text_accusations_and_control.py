"""Round 18: accusations, councils held and kept, a party's group led on the council in context, a
deputy named beside the leader, and memberships ended. Each mechanism on synthetic text (names not
those of the development documents), with the reading it must not make."""

from __future__ import annotations

import pytest
from test_text_loader import _facts_of, _has, _pairs

# ------------------------------------------------------------------ accusations


def test_an_accusation_of_someone_named_is_opposition(sample_store):
    facts = _facts_of("Tomas Reyland accused Ada Quint of playing for time.", sample_store)
    assert _has(facts, "opposed", "Tomas Reyland", "Ada Quint"), facts
    # past an apposition to "of", and after "but" the sentence's own subject
    facts = _facts_of("At the launch, Tomas Reyland accused Ada Quint, the MP for Bolton West, of working with a "
                      "reporter.", sample_store)
    assert _has(facts, "opposed", "Tomas Reyland", "Ada Quint"), facts
    facts = _facts_of("Tomas Reyland said the MP was right to go but accused Ada Quint of failing to act sooner.",
                      sample_store)
    assert _has(facts, "opposed", "Tomas Reyland", "Ada Quint"), facts


def test_an_accusation_that_is_a_reason_or_a_passive_is_no_opposition(sample_store):
    # "sacked her, accusing her of leaking": the sacking's reason, about a pronoun; "was accused of": no
    # accuser; "accused X" without "of": no accusation read
    for text in ("Tomas Reyland sacked Ada Quint, accusing her of leaking a message.",
                 "Ada Quint was accused of leaking a message by Tomas Reyland.",
                 "Tomas Reyland never accused Ada Quint of leaking.",
                 "Tomas Reyland accused Ada Quint yesterday."):
        facts = _facts_of(text, sample_store)
        assert not [f for f in facts if f["relation"] == "opposed"], (text, facts)


# ------------------------------------------------------------------ control


def test_a_council_held_or_kept_at_an_election_is_controlled(sample_store):
    facts = _facts_of("At the local elections on 3 May, Labour held on to Bolton Council.", sample_store)
    assert _has(facts, "controls", "Labour Party", "Bolton"), facts
    facts = _facts_of("Voters went to the polls for Walsall Council. Elsewhere the Conservatives also held "
                      "Rotherham.", sample_store)
    assert _has(facts, "controls", "Conservative", "Rotherham"), facts
    facts = _facts_of("Voters went to the polls for Walsall Council. In Rotherham, which Labour kept, the leader "
                      "was beaten in her ward.", sample_store)
    assert _has(facts, "controls", "Labour Party", "Rotherham"), facts


def test_a_place_held_at_a_general_election_is_a_seat_not_a_council(sample_store):
    for text in ("Voters went to the polls for Walsall Council. Labour held Rotherham at the general election.",
                 "Labour held Rotherham at the by-election.",
                 "Tomas Reyland held Rotherham for Labour."):
        facts = _facts_of(text, sample_store)
        assert not [f for f in facts if f["relation"] == "controls"], (text, facts)


def test_a_council_in_a_partys_hands_is_controlled_unless_no_longer(sample_store):
    facts = _facts_of("Bolton Council is back in Labour hands.", sample_store)
    assert _has(facts, "controls", "Labour Party", "Bolton"), facts
    facts = _facts_of("Bolton Council is no longer in Labour hands.", sample_store)
    assert not [f for f in facts if f["relation"] == "controls"], facts


# ------------------------------------------------------------------ groups led


def test_the_party_a_councillor_leads_on_the_council_is_its_group(sample_store):
    facts = _facts_of("Bolton Council changed hands. Tomas Reyland, who leads the borough's Liberal Democrats, "
                      "said it was a good night.", sample_store)
    assert _has(facts, "holds_office", "Tomas Reyland", "Bolton Liberal Democrats group", "leader"), facts
    facts = _facts_of("Walsall Council met. Tomas Reyland, who leads the Conservative opposition, spoke first.",
                      sample_store)
    assert _has(facts, "holds_office", "Tomas Reyland", "Walsall Conservative group", "leader"), facts
    facts = _facts_of("Walsall Council will be run by independents. Together with the nine Conservatives, led "
                      "by Tomas Reyland, they command a majority.", sample_store)
    assert _has(facts, "holds_office", "Tomas Reyland", "Walsall Conservatives group", "leader"), facts


def test_the_party_a_national_leader_leads_stays_the_party(sample_store):
    facts = _facts_of("Tomas Reyland, who leads the Labour Party, spoke.", sample_store)
    assert _has(facts, "holds_office", "Tomas Reyland", "Labour Party", "leader"), facts
    assert not [f for f in facts if "group" in f["object"]["label"]], facts


# ------------------------------------------------------------------ deputies


def test_a_deputy_named_beside_the_leader_is_the_leaders_deputy(sample_store):
    lead = "Ada Quint was confirmed as leader of Bolton Council last night. "
    for text in ("He named a cabinet, with Tomas Reyland as his deputy leader.",
                 "Tomas Reyland will be her deputy leader.",
                 "Councillor Tomas Reyland of Farnworth is her deputy."):
        facts = _facts_of(lead + text.replace("He named", "She named").replace("his", "her"), sample_store)
        assert _has(facts, "holds_office", "Tomas Reyland", "Bolton", "deputy leader"), (text, facts)


def test_a_deputy_who_may_be_named_is_no_deputy(sample_store):
    facts = _facts_of("Ada Quint was confirmed as leader of Bolton Council last night. Tomas Reyland could be her "
                      "deputy leader.", sample_store)
    assert not _has(facts, "holds_office", "Tomas Reyland", "", "deputy"), facts


# ------------------------------------------------------------------ memberships ended


def test_a_membership_terminated_or_cancelled_is_an_expulsion(sample_store):
    facts = _facts_of("The Green Party has terminated the membership of Tomas Reyland.", sample_store)
    assert _has(facts, "decided", "Green Party", "Tomas Reyland", "expel"), facts
    assert not _has(facts, "decided", "", "Tomas Reyland", "scrap"), facts
    facts = _facts_of("The Labour Party confirmed yesterday that the memberships of Tomas Reyland and Ada Quint had "
                      "been cancelled.", sample_store)
    assert _has(facts, "decided", "Labour Party", "Tomas Reyland", "expel"), facts
    assert _has(facts, "decided", "Labour Party", "Ada Quint", "expel"), facts
    facts = _facts_of("Tomas Reyland joined Reform UK in 2019. His membership was cancelled by Reform UK on Monday.",
                      sample_store)
    assert _has(facts, "decided", "Reform UK", "Tomas Reyland", "expel"), facts


def test_a_contract_terminated_is_no_expulsion(sample_store):
    facts = _facts_of("The Labour Party terminated the contract of its auditors.", sample_store)
    assert not [f for f in facts if f.get("action") == "expel"], facts


def test_a_whip_taken_away_is_a_suspension(sample_store):
    facts = _facts_of("Tomas Reyland is sitting as an independent after the Labour Party took away his whip "
                      "yesterday.", sample_store)
    assert _has(facts, "decided", "Labour Party", "Tomas Reyland", "suspend"), facts
    # asked about, not done: the hedge is before the verb, out of sight of the word "whip"
    facts = _facts_of("Ada Quint had written to the party asking whether Labour intended to withdraw the whip from "
                      "Tomas Reyland.", sample_store)
    assert not [f for f in facts if f["relation"] == "decided"], facts


# ------------------------------------------------------------------ offices led and civic heads


def test_a_council_which_she_led_is_led_by_the_sentences_person(sample_store):
    facts = _facts_of("Ada Quint began her career on Bolton Council, which she led for a year, before winning "
                      "a seat in Parliament.", sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Bolton", "leader"), facts
    facts = _facts_of("Ada Quint sat on Bolton Council, which she led from 2010 until 2014.", sample_store)
    assert [f["date"] for f in facts if f["relation"] == "holds_office" and f["role"] == "leader"] == \
        ["2010-01-01"], facts


def test_the_opposition_led_on_a_council_is_its_leadership_of_the_opposition(sample_store):
    facts = _facts_of("Tomas Reyland has led the opposition on Lambeth Council since May.", sample_store)
    assert _has(facts, "holds_office", "Tomas Reyland", "Lambeth", "leader of the opposition"), facts
    assert all(f["role"] != "leader" for f in facts if f["relation"] == "holds_office"), facts


def test_a_bare_convener_is_the_councils_and_a_boards_convener_the_boards(sample_store):
    minutes = ("Minutes of the statutory meeting of Bolton Council held on 19 May 2022.\n\n"
               "Councillor Ada Quint (Farnworth, Independent) and Councillor Jo Bell (Halliwell, SNP) were "
               "nominated.\n\nDECISION: Councillor Ada Quint was appointed Convener.\n")
    facts = _facts_of(minutes, sample_store, published="2022-05-19", kind="minutes")
    assert _has(facts, "holds_office", "Ada Quint", "Bolton", "convener"), facts
    assert not _has(facts, "holds_office", "Ada Quint", "Scottish National Party", "convener"), facts


def test_the_leader_of_our_group_is_no_party_the_text_names(sample_store):
    facts = _facts_of("Ada Quint, leader of our group, is now leader of Bolton Council, having beaten Labour's "
                      "Jo Bell by 31 votes to 25.", sample_store)
    assert not _has(facts, "holds_office", "Ada Quint", "Labour Party", "leader"), facts


# ------------------------------------------------------------------ who is who


def test_a_seat_before_its_members_title_is_no_person(sample_store):
    facts = _facts_of("Bolton South MP Tomas Reyland has been suspended by the Labour Party.", sample_store)
    assert _has(facts, "decided", "Labour Party", "Tomas Reyland", "suspend"), facts
    assert not [f for f in facts if "Bolton South" in f["object"]["label"]], facts
    facts = _facts_of("Labour suspends Bolton South MP after a sting", sample_store)
    assert not [f for f in facts if "Bolton South" in f["object"]["label"]], facts


def test_a_decider_never_decides_about_themselves(sample_store):
    # "him" is not the general secretary who suspended him, but the man the text was about
    facts = _facts_of("Tomas Reyland wrote to the party. According to the letter he received, the general "
                      "secretary, Ada Quint, suspended him as a matter of urgency.", sample_store)
    assert _has(facts, "decided", "Ada Quint", "Tomas Reyland", "suspend"), facts
    assert not _has(facts, "decided", "Tomas Reyland", "Ada Quint"), facts


def test_a_factions_backing_of_a_candidate_is_no_decision(sample_store):
    facts = _facts_of("Ada Quint, backed by Momentum, lost the deputy leadership contest.", sample_store)
    assert not [f for f in facts if f["relation"] == "decided"], facts


def test_who_after_an_aside_is_the_person_the_aside_describes(sample_store):
    # "who" is never the body of the aside ("chair of Momentum"), but the person before it
    facts = _facts_of("That drew an angry response from Tomas Reyland, chair of Momentum, who said the process "
                      "was a travesty and accused the Labour Party of limiting members' say.", sample_store)
    assert _has(facts, "opposed", "Tomas Reyland", "Labour Party"), facts
    assert not _has(facts, "opposed", "Momentum", "Labour Party"), facts


def test_the_councils_a_combined_authority_covers_are_its_parts(sample_store):
    facts = _facts_of("Ada Quint leads the West Midlands Combined Authority, which covers Birmingham City Council, "
                      "Walsall Council and the City of Wolverhampton Council.", sample_store)
    parts = {f["subject"]["label"] for f in facts if f["relation"] == "part_of"}
    assert {"Birmingham City Council", "Walsall Metropolitan Borough Council"} <= parts, facts
    # a county "covers" its districts: no parts read
    facts = _facts_of("Ada Quint leads Durham County Council, which covers Bolton Council and Walsall Council.",
                      sample_store)
    assert not [f for f in facts if f["relation"] == "part_of"], facts


def test_standing_for_a_party_is_membership_unless_barred(sample_store):
    for text in ("Tomas Reyland, who is standing for Labour, said he was shocked.",
                 "Tomas Reyland will stand for Labour in Bolton West.",
                 "Tomas Reyland, standing for Labour, was elected."):
        facts = _facts_of(text, sample_store)
        assert _has(facts, "member_of", "Tomas Reyland", "Labour Party"), (text, facts)
    facts = _facts_of("The NEC ruled that the town's MP, Tomas Reyland, could not stand for Labour again.",
                      sample_store)
    assert not _has(facts, "member_of", "Tomas Reyland", "Labour Party"), facts


# ------------------------------------------------------------------ dismissals and bars


def test_a_dismissive_verdict_is_opposition_and_a_dismissal_as_an_office_a_removal(sample_store):
    facts = _facts_of("Tomas Reyland dismissed Ada Quint as a fantasist.", sample_store)
    assert _has(facts, "opposed", "Tomas Reyland", "Ada Quint"), facts
    assert not [f for f in facts if f["relation"] == "decided"], facts
    facts = _facts_of("The Labour Party suspended Ada Quint. Tomas Reyland dismissed it as a cop-out.", sample_store)
    assert _has(facts, "opposed", "Tomas Reyland", "Labour Party"), facts
    for text in ("Tomas Reyland dismissed Ada Quint as chief whip.", "Ada Quint was dismissed as a fantasist."):
        facts = _facts_of(text, sample_store)
        assert not [f for f in facts if f["relation"] == "opposed"], (text, facts)


def test_barred_from_party_activity_is_a_suspension(sample_store):
    facts = _facts_of("The Green Party has barred Tomas Reyland from all party activity for three months.",
                      sample_store)
    assert _has(facts, "decided", "Green Party", "Tomas Reyland", "suspend"), facts
    facts = _facts_of("The Green Party has barred Tomas Reyland from standing.", sample_store)
    assert not _has(facts, "decided", "Green Party", "Tomas Reyland", "suspend"), facts


# ------------------------------------------------------------------ wards and capitals


def test_who_represents_a_place_in_a_council_story_is_a_councillor(sample_store):
    for text in ("Bolton Council met. Tomas Reyland, who represents Headington Hill and Northway, left Labour.",
                 "Bolton Council met. Tomas Reyland, who has sat for Rushey Mead for sixteen years, spoke."):
        facts = _facts_of(text, sample_store)
        assert _has(facts, "holds_office", "Tomas Reyland", "Bolton", "councillor"), (text, facts)


def test_who_represents_a_seat_in_a_house_is_no_councillor(sample_store):
    for text in ("Bolton Council met. The Conservative MP Tomas Reyland spoke. Reyland, who has represented "
                 "Newton Abbot since 2010, will sit as an independent.",
                 "Bolton Council met. Tomas Reyland has represented Cardiff West since 2011.",
                 "Bolton Council met. Tomas Reyland, who represents Ogmore in the Senedd, spoke.",
                 "Tomas Reyland, who represents Headington Hill and Northway, left Labour."):
        facts = _facts_of(text, sample_store)
        assert not _has(facts, "holds_office", "Tomas Reyland", "", "councillor"), (text, facts)


def test_a_paragraphs_first_word_in_capitals_is_read_as_a_name(sample_store):
    facts = _facts_of("BOLTON Council's leader, Tomas Reyland, survived an attempt to remove him yesterday.",
                      sample_store)
    assert _has(facts, "holds_office", "Tomas Reyland", "Bolton", "leader"), facts
    # the quote is the text's own, capitals and all
    assert any(f["quote"].startswith("BOLTON") for f in facts), facts
    facts = _facts_of("UKIP Leader Tomas Reyland resigned yesterday.", sample_store)
    assert _has(facts, "holds_office", "Tomas Reyland", "UK Independence Party", "leader"), facts


# ------------------------------------------------------------------ groups and their officers


def test_a_group_on_a_council_named_after_it_is_that_councils_group(sample_store):
    facts = _facts_of("The Liberal Democrat group on Bolton Council today announced that Councillor Ada Quint "
                      "will be its leader, with Councillor Tomas Reyland as her deputy.", sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Bolton Liberal Democrat group", "leader"), facts
    assert _has(facts, "holds_office", "Tomas Reyland", "Bolton Liberal Democrat group", "deputy leader"), facts


def test_an_office_that_will_be_held_is_stated_only_when_announced(sample_store):
    facts = _facts_of("The Labour group on Bolton Council may decide that Ada Quint will be its leader.",
                      sample_store)
    assert not _has(facts, "holds_office", "Ada Quint", "", "leader"), facts
    facts = _facts_of("The new mayor will chair the West Midlands Combined Authority.", sample_store)
    assert not [f for f in facts if f["relation"] == "holds_office" and f["role"] == "chair"], facts


def test_a_deputy_described_before_their_name(sample_store):
    facts = _facts_of("Tomas Reyland became leader of Bolton Council. His deputy is the Green councillor Ada Quint, "
                      "which must make her one of the most senior Greens in the county.", sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Bolton", "deputy leader"), facts
    assert not _has(facts, "holds_office", "Ada Quint", "Green Party", "deputy leader"), facts


def test_a_group_leader_chosen_is_the_leader_of_the_partys_group_on_the_council(sample_store):
    facts = _facts_of("Plaid Cymru won a majority on Bolton Council. Plaid's new group of councillors met on "
                      "Saturday and chose Tomas Reyland, the member for Farnworth, as group leader.", sample_store)
    assert _has(facts, "holds_office", "Tomas Reyland", "Bolton Plaid Cymru group", "leader"), facts


def test_a_chief_executive_in_a_council_story_is_the_councils(sample_store):
    facts = _facts_of("Bolton Council met. Tomas Reyland ordered the removal of the Progress Pride flag. He "
                      "instructed the chief executive, Ada Quint, to take it down.", sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Bolton", "chief executive"), facts


# ------------------------------------------------------------------ calls for a sanction


def test_a_call_for_someone_to_go_or_to_be_sanctioned_is_opposition(sample_store):
    for text in ("Tomas Reyland called for Ada Quint to go.",
                 "Tomas Reyland demanded that Ada Quint be suspended.",
                 "Tomas Reyland said Ada Quint should be banned from the party."):
        facts = _facts_of(text, sample_store)
        assert _has(facts, "opposed", "Tomas Reyland", "Ada Quint"), (text, facts)
    for text in ("Tomas Reyland called for Ada Quint to be given a second chance.",
                 "Tomas Reyland said that Ada Quint will be suspended.",
                 "Tomas Reyland said Ada Quint should not be suspended."):
        facts = _facts_of(text, sample_store)
        assert not _has(facts, "opposed", "Tomas Reyland", "Ada Quint"), (text, facts)


def test_an_authority_that_became_its_mayors_is_the_mayors_authority(sample_store):
    facts = _facts_of("Tomas Reyland has run Bolton for 23 years: he was leader of the council from 1995 and "
                      "became its first directly elected mayor in 2002.", sample_store)
    assert [f["date"] for f in facts if f["relation"] == "holds_office" and f["role"] == "mayor"
            and "Bolton" in f["object"]["label"]] == ["2002-01-01"], facts


# ------------------------------------------------------------------ interventions and bars in other words


def test_special_measures_and_a_group_taken_over_are_interventions(sample_store):
    facts = _facts_of("Labour's headquarters placed the Bolton Labour group in special measures on Friday.",
                      sample_store)
    assert _has(facts, "decided", "Labour Party", "Bolton Labour group", "intervene"), facts
    facts = _facts_of("The Labour Party's national leadership took charge of the city's Labour group on Bolton "
                      "Council.", sample_store)
    assert _has(facts, "decided", "Labour Party", "Bolton Labour group", "intervene"), facts
    assert not [f for f in facts if f["relation"] == "controls"], facts
    facts = _facts_of("The Greens took charge of Bolton Council.", sample_store)
    assert _has(facts, "controls", "Green Party", "Bolton"), facts


def test_a_body_that_will_not_let_someone_stand_deselects_them(sample_store):
    for text in ("The NEC refused to let the sitting MP, Tomas Reyland, stand under its banner again.",
                 "The party's National Executive Committee ruled that the town's MP, Tomas Reyland, could not "
                 "stand for Labour again."):
        facts = _facts_of(text, sample_store)
        assert _has(facts, "decided", "National Executive Committee", "Tomas Reyland", "deselect"), (text, facts)
    facts = _facts_of("Tomas Reyland said he could not stand for Labour again.", sample_store)
    assert not [f for f in facts if f["relation"] == "decided"], facts


def test_a_resignation_asked_for_is_no_resignation(sample_store):
    for text in ("Two parties today called on the constituency's MP, Tomas Reyland, to stand down.",
                 "Ada Quint said it was time for Tomas Reyland to resign."):
        facts = _facts_of(text, sample_store)
        assert not [f for f in facts if f["relation"] == "resigned"], (text, facts)
    # one's own plan told to others is not a request: "told MPs that he intended to intervene"
    facts = _facts_of("Tomas Reyland, the Secretary of State, told MPs on 19 September that he intended to "
                      "intervene in Bolton Council.", sample_store)
    assert _has(facts, "decided", "Tomas Reyland", "Bolton", "intervene"), facts


def test_westminster_alone_is_parliament_not_the_council(sample_store):
    facts = _facts_of("Ada Quint has left the SNP and joined Alba. She joins our two MPs at Westminster.",
                      sample_store)
    assert not [f for f in facts if "Westminster" in f["object"]["label"]], facts
    from partygraph.loaders.text.pipeline import SEATS_OF_POWER, graph_names

    patterns, _, _ = graph_names(sample_store)
    assert not [p for p in patterns if p["label"] == "COUNCIL" and p["pattern"] in SEATS_OF_POWER]


def test_the_subject_after_and_appoints_and_him_is_not_that_subject(sample_store):
    facts = _facts_of("Tomas Reyland was suspended yesterday. He joined the council in 2019, and Ada Quint made "
                      "him a deputy chairman of the party in February 2023.", sample_store)
    assert _has(facts, "decided", "Ada Quint", "Tomas Reyland", "appoint"), facts
    assert not _has(facts, "decided", "Tomas Reyland", "Ada Quint"), facts


def test_the_second_clauses_person_takes_the_second_office(sample_store):
    facts = _facts_of("At the same meeting Councillor Ada Quint was elected Lord Mayor of Bolton for the coming year "
                      "and Councillor Tomas Reyland was appointed Sheriff.", sample_store)
    assert _has(facts, "holds_office", "Tomas Reyland", "Bolton", "sheriff"), facts
    assert not _has(facts, "holds_office", "Ada Quint", "", "sheriff"), facts
    # two people named together both take it ("A and B were elected"): the "and" joins names, not clauses
    facts = _facts_of("Councillor Tomas Reyland and Councillor Jo Bell were elected joint leaders of Bolton Council.",
                      sample_store)
    assert _has(facts, "holds_office", "Tomas Reyland", "Bolton", "leader"), facts
    assert _has(facts, "holds_office", "Jo Bell", "Bolton", "leader"), facts


def test_an_office_held_also_or_still_is_stated(sample_store):
    facts = _facts_of("Ada Quint is still the chair of the Green Party.", sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Green Party", "chair"), facts


def test_has_since_joined_is_a_membership_of_the_clauses_subject(sample_store):
    facts = _facts_of("Tomas Reyland has since joined the Conservatives.", sample_store)
    assert _has(facts, "member_of", "Tomas Reyland", "Conservative"), facts
    # the object of "against" is not the one who joined
    facts = _facts_of("Ada Quint, who stood against Tomas Reyland for the leadership last year and has since joined "
                      "the Green Party, holds the deciding vote.", sample_store)
    assert _has(facts, "member_of", "Ada Quint", "Green Party"), facts
    assert not _has(facts, "member_of", "Tomas Reyland", "Green Party"), facts


def test_a_members_group_in_brackets_or_after_of(sample_store):
    facts = _facts_of("Bolton Council met. RESOLVED that Councillor Ada Quint (Farnworth Residents Association) be "
                      "appointed Deputy Mayor.", sample_store)
    assert _has(facts, "member_of", "Ada Quint", "Farnworth Residents Association"), facts
    facts = _facts_of("Bolton Council met. The Leader announced that he had appointed Councillor Ada Quint "
                      "(Roseland), of the Independent Group, as Deputy Leader of the Council.", sample_store)
    assert _has(facts, "member_of", "Ada Quint", "Independent Group"), facts
    # a ward in brackets is no organisation
    facts = _facts_of("Bolton Council met. Councillor Ada Quint (Farnworth) spoke.", sample_store)
    assert not [f for f in facts if f["relation"] == "member_of"], facts


def test_an_office_of_an_organisation_then_a_councillor_named_with_the_title(sample_store):
    facts = _facts_of("Bolton Council met. We have written to the Chairman of the Council, Councillor Ada Quint, "
                      "asking her to call a meeting.", sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Bolton", "chair"), facts


def test_the_people_of_a_joint_statement_sign_it(sample_store):
    facts = _facts_of("In a joint statement, Ada Quint and Reform's chief whip, Tomas Reyland, said the party had "
                      "received complaints.", sample_store)
    signed = {f["subject"]["label"]: f["object"]["label"] for f in facts if f["relation"] == "signed"}
    assert signed == {"Ada Quint": "Joint statement", "Tomas Reyland": "Joint statement"}, facts
    facts = _facts_of("In an article published by the Telegraph last night, Ada Quint, who chairs the European "
                      "Research Group, and Tomas Reyland likened themselves to the Spartans.", sample_store)
    assert {f["object"]["label"] for f in facts if f["relation"] == "signed"} == \
        {"Article published by the Telegraph last night"}, facts
    # one person's statement is no joint one; a letter to someone is its writer's, not its addressee's
    for text in ("In a statement, Ada Quint said she was sorry.",
                 "In a letter to the party chair, Tomas Reyland, Ada Quint said she no longer had support."):
        facts = _facts_of(text, sample_store)
        assert not _has(facts, "signed", "Tomas Reyland", ""), (text, facts)


def test_an_office_kept_then_another_persons_office_and_standing_orders(sample_store):
    facts = _facts_of("Bolton Council met. Ada Quint continues as provost, Tomas Reyland is depute provost and Jo "
                      "Bell becomes depute leader of the council.", sample_store)
    assert [f["role"] for f in facts if f["relation"] == "holds_office" and f["subject"]["label"] == "Tomas Reyland"] \
        == ["depute provost"], facts
    facts = _facts_of("Bolton Council met. A review of standing orders went through with backing from Tomas "
                      "Reyland.", sample_store)
    assert not [f for f in facts if f["relation"] == "decided"], facts


def test_a_sanction_demanded_is_not_taken_and_a_resolved_one_is(sample_store):
    facts = _facts_of("Ada Quint was criticised. Dozens of Labour MPs signed a letter to Tomas Reyland demanding "
                      "that she be suspended.", sample_store)
    assert not [f for f in facts if f.get("action") == "suspend"], facts
    minutes = ("Minutes of the meeting of Bolton Council held on 19 May 2022.\n\n"
               "RESOLVED that Councillor Ada Quint be removed from the office of Leader of the Council.\n")
    facts = _facts_of(minutes, sample_store, published="2022-05-19", kind="minutes")
    assert _has(facts, "decided", "Bolton", "Ada Quint", "remove"), facts


def test_a_decision_word_inside_a_name_is_no_decision(sample_store):
    facts = _facts_of("Ada Quint resigned hours after the Independent Inquiry into Child Sexual Abuse reported.",
                      sample_store)
    assert not [f for f in facts if f["relation"] == "decided"], facts


def test_a_person_backed_by_a_vote_count_is_elected(sample_store):
    facts = _facts_of("The Labour group on Bolton Council backed Ada Quint by 24 votes to 22.", sample_store)
    assert _has(facts, "decided", "Bolton Labour group", "Ada Quint", "elect"), facts
    assert not _has(facts, "decided", "", "Ada Quint", "approve"), facts


def test_she_who_opposed_in_reported_speech_is_the_speaker(sample_store):
    facts = _facts_of("Ada Quint, the cabinet member for transport, said on Thursday that she opposed the NEC's "
                      "decision to impose a leader.", sample_store)
    assert _has(facts, "opposed", "Ada Quint", "National Executive Committee"), facts


def test_running_carried_on_and_stepping_away(sample_store):
    facts = _facts_of("Labour will carry on running Bolton Council as a minority administration.", sample_store)
    assert _has(facts, "controls", "Labour Party", "Bolton"), facts
    facts = _facts_of("Tomas Reyland stepped away from his SNP membership yesterday.", sample_store)
    assert _has(facts, "resigned", "Tomas Reyland", "Scottish National Party"), facts


def test_the_councils_the_combined_authority_brings_together_past_a_description(sample_store):
    facts = _facts_of("Ada Quint is the first mayor of the West Midlands Combined Authority. The combined "
                      "authority brings together the three councils for the area, Birmingham City Council, "
                      "Walsall Council and the City of Wolverhampton Council.", sample_store)
    parts = {f["subject"]["label"] for f in facts if f["relation"] == "part_of"}
    assert {"Birmingham City Council", "Walsall Metropolitan Borough Council"} <= parts, facts


def test_the_first_party_councillor_in_apposition(sample_store):
    facts = _facts_of("Bolton Council met. Ada Quint, the first Green councillor elected in Bolton, spoke.",
                      sample_store)
    assert _has(facts, "holds_office", "Ada Quint", "Bolton", "councillor"), facts
    assert _has(facts, "member_of", "Ada Quint", "Green Party"), facts


# ------------------------------------------------------------------ round 22: lists of councils, criticism, defection

ROUND_22_READ = [
    # every council of the list after the verb, past a name the linker left alone ("Westminster")
    ("Labour won Bolton Council, Westminster and Wigan Council from the Tories.", "controls", "Labour Party", "Bolton"),
    ("Labour won Bolton Council, Westminster and Wigan Council from the Tories.", "controls", "Labour Party", "Wigan"),
    # an adjective, not a passive
    ("Tomas Reyland, the Green councillor, has been critical of Ada Quint.", "opposed", "Tomas Reyland", "Ada Quint"),
    ("Tomas Reyland has repeatedly clashed with Ada Quint over the budget.", "opposed", "Tomas Reyland", "Ada Quint"),
    ("Ada Quint left the Ulster Unionist Party in 2004, crossing to the DUP.", "member_of", "Ada Quint",
     "Democratic Unionist"),
    ("Ada Quint left the Ulster Unionist Party in 2004, crossing to the DUP.", "resigned", "Ada Quint", "Ulster Unionist"),
]
ROUND_22_NOT_READ = [
    ("Labour thanked Ada Quint, Tomas Reyland and Wigan Council for their work.", "controls"),  # a list of others
    ("Ada Quint was not critical of Tomas Reyland.", "opposed"),
    ("The road crossed to the north of Bolton before Ada Quint spoke.", "member_of"),
    ("Ada Quint turned on the radio before Tomas Reyland spoke.", "opposed"),
]


@pytest.mark.parametrize(("text", "relation", "subject", "obj"), ROUND_22_READ)
def test_round_22_reads(sample_store, text, relation, subject, obj):
    facts = _facts_of(text, sample_store)
    assert _has(facts, relation, subject, obj), facts


@pytest.mark.parametrize(("text", "relation"), ROUND_22_NOT_READ)
def test_round_22_does_not_read(sample_store, text, relation):
    facts = _facts_of(text, sample_store)
    assert not [f for f in facts if f["relation"] == relation], facts


def test_a_clash_is_the_person_s_not_a_body_a_relative_clause_brought(sample_store):
    facts = _facts_of("Tomas Reyland played a central part in the bid that brought Labour's National Executive "
                      "Committee to the city and had clashed with Ada Quint.", sample_store)
    assert not [f for f in facts if f["relation"] == "opposed" and "Executive" in f["subject"]["label"]], facts


def test_each_party_named_as_an_administration_controls_the_council(every_council):
    facts = _facts_of("A new Liberal Democrat and Green administration formally took charge of City of York "
                      "Council last night. It replaces four years of Conservative administration.", every_council)
    controls = _pairs(facts, "controls")
    assert {("Liberal Democrats", "City of York Council"), ("Green Party", "City of York Council"),
            ("Conservative and Unionist Party", "City of York Council")} <= controls, facts
    facts = _facts_of("Folkestone and Hythe District Council has a new leader. The outcome is a minority "
                      "administration of Greens and Liberal Democrats.", every_council)
    controls = _pairs(facts, "controls")
    assert controls == {("Green Party", "Folkestone and Hythe District Council"),
                        ("Liberal Democrats", "Folkestone and Hythe District Council")}, facts
    # hedged or denied: no control
    facts = _facts_of("City of York Council met. There will be no Liberal Democrat and Green administration. A "
                      "Labour administration could follow.", every_council)
    assert not [f for f in facts if f["relation"] == "controls"], facts


def test_control_in_active_passive_and_in_control_of(every_council):
    def controls(text: str) -> set[tuple[str, str]]:
        return _pairs(_facts_of(text, every_council), "controls")
    sunderland = ("Labour Party", "Sunderland City Council")
    assert controls("Labour controls Sunderland City Council.") == {sunderland}
    assert controls("Labour remains firmly in control of Sunderland City Council.") == {sunderland}
    assert controls("Folkestone and Hythe District Council has a new leader. The Conservatives, who had run the "
                    "district for sixteen years, lost.") == {("Conservative and Unionist Party",
                                                              "Folkestone and Hythe District Council")}
    assert controls("Aberdeen City Council has a new leader. For five years the city was run by the Liberal "
                    "Democrats and the SNP.") == {("Liberal Democrats", "Aberdeen City Council"),
                                                  ("Scottish National Party", "Aberdeen City Council")}
    # denied, wanted, lost: no control
    assert not controls("Labour does not control Sunderland City Council. The Greens want to control Sunderland "
                        "City Council. The Conservatives lost control of Sunderland City Council.")


def test_the_group_that_forms_or_leads_the_administration_controls_the_council(every_council):
    facts = _facts_of("Northumberland County Council met. The Conservative Group, as the largest group, forms the "
                      "administration.", every_council)
    assert [(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "controls"] == \
        [("Northumberland Conservative group", "Northumberland County Council")], facts
    facts = _facts_of("Isle of Anglesey County Council met. The Plaid Cymru group, as the largest group on the "
                      "Council, leads the new administration.", every_council)
    assert [f["object"]["label"] for f in facts if f["relation"] == "controls"] == \
        ["Isle of Anglesey County Council"], facts
    facts = _facts_of("Bolton Council met. Labour hopes to form the administration. The Greens will not lead the "
                      "administration.", every_council)
    assert not [f for f in facts if f["relation"] == "controls"], facts


def test_no_confidence_declared_in_words_is_opposition(sample_store):
    def opposed(text: str) -> set[tuple[str, str]]:
        return _pairs(_facts_of(text, sample_store), "opposed")
    assert opposed("Tomas Reyland, who lost to Ada Quint last year, said he had no confidence in Ms Quint as "
                   "leader.") == {("Tomas Reyland", "Ada Quint")}
    assert opposed("Kay Jones said her party had no confidence in Ada Quint either.") == {("Kay Jones", "Ada Quint")}
    # confidence kept, or a pronoun the sentence does not name: nothing
    assert not opposed("Tomas Reyland said the group had every confidence in Ada Quint.")
    assert not opposed("Tomas Reyland said he had no confidence in her.")


def test_a_group_voting_against_a_person_opposes_them(every_council):
    facts = _facts_of("Warwickshire County Council met. The Labour group voted against Ada Quint.", every_council)
    assert [(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "opposed"] == \
        [("Warwickshire Labour group", "Ada Quint")], facts


def test_a_party_calling_on_someone_to_go_opposes_them_and_requests_nothing(sample_store):
    # round 30: the gold guide's "called on to go", whoever calls (a party too, not only a person)
    facts = _facts_of("Tomas Reyland is the police commissioner. Labour called on Tomas Reyland to resign.",
                      sample_store)
    assert _has(facts, "opposed", "Labour Party", "Tomas Reyland"), facts
    assert not [f for f in facts if f["relation"] == "decided" and f["action"] == "request"], facts
    # a body calling on a council to act is still its request
    facts = _facts_of("The NEC called on Haringey Council to pause the scheme.", sample_store)
    assert [f for f in facts if f["relation"] == "decided" and f["action"] == "request"], facts


def test_a_call_to_go_told_with_an_adverb_or_a_time_between(sample_store):
    # round 30: "had called publicly last month for X to go": the call, past the words of how and when
    facts = _facts_of("Tomas Reyland had called publicly last month for Ada Quint to go.", sample_store)
    assert _has(facts, "opposed", "Tomas Reyland", "Ada Quint"), facts
    # a call for something else is no opposition
    assert not _pairs(_facts_of("Tomas Reyland called publicly last month for a debate.", sample_store), "opposed")


def test_scathing_about_and_an_accusation_with_its_time_oppose(sample_store):
    # Round 31: "was scathing about X" (an adjective, active) and "accused X last month of" (the time
    # between the accused and "of")
    facts = _facts_of("Ada Quint was scathing about Tomas Reyland. Mira Holt accused Tomas Reyland last month of "
                      "dishonesty.", sample_store)
    opposed = {(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "opposed"}
    assert {("Ada Quint", "Tomas Reyland"), ("Mira Holt", "Tomas Reyland")} <= opposed, facts
    # one others were scathing about is not the critic
    facts = _facts_of("Ada Quint was the target: Mira Holt was scathing about her.", sample_store)
    assert not any(f["relation"] == "opposed" and f["subject"]["label"] == "Ada Quint" for f in facts), facts
