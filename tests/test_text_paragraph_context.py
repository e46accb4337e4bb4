"""Round 27: what a paragraph is about. A round-up takes one council per paragraph ("Kingston upon
Thames. The most dramatic swing ..."); an office named without its council there is that paragraph's
council's, not the council the story named most. Also the short names a text gives a council ("Kingston
Council", "Westminster City Council") and a group of people reached only by a pronoun ("they are
resigning"). Each mechanism on synthetic text, with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of


def _office(facts: list[dict], person: str) -> list[tuple[str, str]]:
    return sorted((f["role"], f["object"]["label"]) for f in facts
                  if f["relation"] == "holds_office" and person in f["subject"]["label"])


ROUND_UP = ("Birmingham. Labour held Birmingham City Council with a larger majority, and the leader of "
            "Birmingham City Council, Ada Quint, thanked voters at the count.\n\n"
            "Bolton. The closest result of the night. Labour lost four seats. The leader of the council, "
            "Tomas Reyland, kept his own seat by eleven votes.\n\n"
            "Elsewhere the picture was calmer. The council leader, Jo Lamb, said turnout had held up.")


def test_an_office_without_its_council_is_the_council_its_paragraph_named(sample_store):
    facts = _facts_of(ROUND_UP, sample_store, title="Where the night's results landed")
    assert _office(facts, "Tomas Reyland") == [("leader", "Bolton Metropolitan Borough Council")], facts
    assert _office(facts, "Ada Quint") == [("leader", "Birmingham City Council")], facts


def test_a_paragraph_naming_no_council_falls_back_to_the_story_council(sample_store):
    facts = _facts_of(ROUND_UP, sample_store, title="Where the night's results landed")
    # the last paragraph names no council: the one the text named most, not the paragraph before's
    assert _office(facts, "Jo Lamb") == [("leader", "Birmingham City Council")], facts


def test_a_title_council_outweighs_a_council_named_in_passing_in_the_paragraph(sample_store):
    text = ("The annual meeting elected Ada Quint as leader. Tomas Reyland, a former officer of Bolton Council, "
            "attended. The minutes of the last meeting were agreed. The deputy leader of the council, Jo Lamb, "
            "seconded the motion.")
    facts = _facts_of(text, sample_store, title="Birmingham City Council: annual meeting", kind="minutes")
    assert _office(facts, "Jo Lamb") == [("deputy leader", "Birmingham City Council")], facts


def test_a_borough_or_city_named_place_first_has_its_short_names():
    from partygraph.loaders.text.pipeline import _short_council_names

    patterns = [{"label": "COUNCIL", "pattern": "Royal Borough of Kingston upon Thames", "id": "k"},
                {"label": "COUNCIL", "pattern": "City of Westminster", "id": "w"},
                {"label": "COUNCIL", "pattern": "London Borough of Barnet", "id": "b"},
                {"label": "COUNCIL", "pattern": "Barnet Council", "id": "b"},
                {"label": "COUNCIL", "pattern": "London Borough of Richmond upon Thames", "id": "r1"},
                {"label": "COUNCIL", "pattern": "Richmond Borough Council", "id": "r2"}]
    short = {p["pattern"]: p["id"] for p in _short_council_names(patterns)}
    assert short["Kingston Council"] == "k" and short["Kingston upon Thames Council"] == "k"
    assert short["Westminster City Council"] == "w" and short["Westminster Council"] == "w"
    assert "Barnet Council" not in short  # the graph's own name already
    assert "Richmond Council" not in short  # two councils shorten to it: no one's


def test_a_title_names_the_council_its_short_name_gives(sample_store):
    from partygraph.loaders.text.extract import _council_in_title
    from partygraph.loaders.text.linking import Linker
    from partygraph.loaders.text.pipeline import for_store

    pipeline = for_store(sample_store)
    linker = Linker(sample_store, pipeline, None, "doc")
    found = _council_in_title("Change of leadership at Lewisham Council", linker)
    assert found is not None and found.label == "London Borough of Lewisham", found


def test_a_group_reached_only_by_a_pronoun_did_not_resign(sample_store):
    facts = _facts_of("Seven Labour councillors met the leader on Monday. They say they are resigning from the "
                      "party.", sample_store)
    assert not [f for f in facts if f["relation"] == "resigned"], facts
    # the group named in the sentence, with its members: the members resigned
    facts = _facts_of("Two Cabinet ministers, Ada Quint and Tomas Reyland, did so this morning when they resigned "
                      "from the Government.", sample_store)
    resigned = sorted(f["subject"]["label"] for f in facts if f["relation"] == "resigned")
    assert resigned == ["Ada Quint", "Tomas Reyland"], facts


def test_a_party_leader_of_the_council_is_the_councils_office_even_when_no_council_is_known():
    facts = _facts_of("The Liberal Democrat leader of the council, Ada Quint, lost her seat.", None)
    # no council is known: no office, rather than the party's
    assert ("leader", "Liberal Democrats") not in _office(facts, "Ada Quint"), facts


def test_a_party_membership_is_no_office(sample_store):
    facts = _facts_of("Ada Quint has lost the Labour whip but remains a member of the Labour Party.", sample_store)
    assert not [f for f in facts if f["relation"] == "holds_office" and f["role"] == "member"], facts
    assert [(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "member_of"] == \
        [("Ada Quint", "Labour Party")], facts


def test_a_leadership_told_by_its_party_is_the_council_one_the_text_gives(sample_store):
    facts = _facts_of("Ada Quint, the Conservative leader, conceded defeat. Quint had been leader of Haringey Council "
                      "since 2018.", sample_store)
    assert _office(facts, "Ada Quint") == [("leader", "Haringey London Borough Council")], facts
    # with no council office in the text, the party's leader stays the party's
    facts = _facts_of("Ada Quint, the Conservative leader, conceded defeat.", sample_store)
    assert _office(facts, "Ada Quint") == [("leader", "Conservative and Unionist Party")], facts


def test_a_bare_leadership_in_a_round_up_paragraph_is_its_councils(sample_store):
    text = ("Birmingham. Labour held Birmingham City Council with a larger majority.\n\n"
            "Bolton. The Conservatives strengthened their hold and won a comfortable majority. Ada Quint stays on "
            "as leader.")
    facts = _facts_of(text, sample_store, title="Where the night's results landed")
    assert _office(facts, "Ada Quint") == [("leader", "Bolton Metropolitan Borough Council")], facts


def test_an_office_carried_on_or_taken_back_is_held(sample_store):
    for text in ("Ada Quint carries on as leader of Haringey Council.", "Ada Quint is back as Leader of Haringey Council."):
        facts = _facts_of(text, sample_store)
        assert _office(facts, "Ada Quint") == [("leader", "Haringey London Borough Council")], (text, facts)
    facts = _facts_of("Labour is back in control of Haringey Council.", sample_store)
    assert not [f for f in facts if f["relation"] == "holds_office"], facts


def test_the_one_taken_over_from_past_a_description_held_the_office(sample_store):
    facts = _facts_of("Ada Quint was installed as leader of Haringey Council on 18 May, taking over from the "
                      "Conservative Tomas Reyland.", sample_store)
    assert _office(facts, "Tomas Reyland") == [("leader", "Haringey London Borough Council")], facts


def test_the_councils_party_leader_is_the_councils_leader(sample_store):
    facts = _facts_of("Haringey Council met on Monday. The council's Labour leader, Ada Quint, welcomed the vote.",
                      sample_store)
    assert _office(facts, "Ada Quint") == [("leader", "Haringey London Borough Council")], facts
    assert ("Ada Quint", "Labour Party") in {(f["subject"]["label"], f["object"]["label"]) for f in facts
                                             if f["relation"] == "member_of"}, facts


def test_no_appointment_of_members_at_large_nor_of_a_nominee(sample_store):
    facts = _facts_of("Ada Quint, who was the only person nominated for leader, announced a cabinet made up "
                      "entirely of Reform councillors.", sample_store)
    assert not [f for f in facts if f["relation"] == "decided" and f["action"] == "appoint"], facts
    facts = _facts_of("At the meeting of Haringey Council, Ada Quint was nominated.", sample_store)
    assert not [f for f in facts if f["relation"] == "decided"], facts
    # the people appointed, named, stay appointed
    facts = _facts_of("Ada Quint appointed Tomas Reyland as her deputy leader.", sample_store)
    assert [(f["subject"]["label"], f["object"]["label"]) for f in facts
            if f["relation"] == "decided" and f["action"] == "appoint"] == [("Ada Quint", "Tomas Reyland")], facts


def test_a_party_is_not_suspended_expelled_or_removed(sample_store):
    facts = _facts_of("Labour won a majority for the first time, ousting the Conservatives after forty years.",
                      sample_store)
    assert not [f for f in facts if f["relation"] == "decided" and f["object"]["label"].startswith("Conservative")], \
        facts
    facts = _facts_of("Labour suspended Ada Quint on Monday.", sample_store)
    assert [(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "decided"] == \
        [("Labour Party", "Ada Quint")], facts


def test_a_places_name_is_no_person(sample_store):
    facts = _facts_of("Adrian McQuillan, a Causeway Coast and Glens Borough councillor and former MLA, has resigned "
                      "from the DUP.", sample_store)
    assert {f["subject"]["label"] for f in facts if f["relation"] == "resigned"} == {"Adrian McQuillan"}, facts


def test_now_and_final_are_no_part_of_an_office(sample_store):
    facts = _facts_of("Mark Drakeford, now First Minister of Wales, said so.", sample_store)
    assert [f["role"] for f in facts if f["relation"] == "holds_office"] == ["first minister"], facts


def test_another_countrys_minister_is_no_uk_government_office(sample_store):
    facts = _facts_of("Ireland's foreign affairs minister, Simon Coveney, said so.", sample_store)
    assert not [f for f in facts if f["relation"] == "holds_office"], facts
    facts = _facts_of("The communities secretary, Simon Coveney, said so.", sample_store)
    assert [f["object"]["label"] for f in facts if f["relation"] == "holds_office"] == ["UK Government"], facts


def test_a_councils_name_in_capitals_in_a_mixed_heading_is_found(sample_store):
    facts = _facts_of("**MINUTES of the ANNUAL MEETING of WESSEX COUNTY COUNCIL held on TUESDAY 16 MAY 2023**\n\n"
                      "The Council elected Councillor Ada Quint as Chairman of the Council.", sample_store,
                      published="2023-06-01", title="Minutes", kind="minutes")
    assert ("chair", "Wessex County Council") in _office(facts, "Ada Quint"), facts
