"""Round 32: a party's group on a council as what a person leads ("who leads Sinn Féin's group on the council",
"Labour's group, led by X", "Labour, led locally by X"), and the one succeeded in an office ("X succeeded Y
as leader"). Each mechanism on synthetic text, with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of


def _leaders(facts: list[dict]) -> dict[str, str]:
    return {f["subject"]["label"]: f["object"]["label"] for f in facts
            if f["relation"] == "holds_office" and f["role"] == "leader"}


def test_who_leads_a_party_s_group_leads_its_group_on_the_council(sample_store):
    text = "Bramford Borough Council met on Tuesday.\n\nAda Quint, who leads Labour's group on the council, spoke."
    leaders = _leaders(_facts_of(text, sample_store))
    assert "Ada Quint" in leaders and leaders["Ada Quint"] != "Labour Party", leaders
    assert "group" in leaders["Ada Quint"].lower() and "Bramford" in leaders["Ada Quint"], leaders
    # a group on a council the graph does not know is no group of the council in context
    text = "Bramford Borough Council met on Tuesday.\n\nAda Quint, who leads the party's group on the Vale council, spoke."
    assert "Ada Quint" not in _leaders(_facts_of(text, sample_store)), text


def test_a_party_s_group_or_a_party_led_locally_is_its_council_group(sample_store):
    for text in ("Bramford Borough Council met on Tuesday.\n\nLabour's group, led by Ada Quint, voted against.",
                 "Bramford Borough Council met on Tuesday.\n\nLabour, led locally by Ada Quint, gained two seats."):
        leaders = _leaders(_facts_of(text, sample_store))
        assert "Ada Quint" in leaders and "group" in leaders["Ada Quint"].lower(), (text, leaders)
    # the party itself, led by its national leader, stays the party
    text = "Bramford Borough Council met on Tuesday.\n\nLabour, led by Keir Starmer, lost seats."
    assert _leaders(_facts_of(text, sample_store)).get("Keir Starmer") == "Labour Party", text


def test_the_one_succeeded_as_an_office_held_it(sample_store):
    text = "Bramford Borough Council met on Tuesday.\n\nAda Quint succeeded Tomas Reyland as leader of the council."
    leaders = _leaders(_facts_of(text, sample_store))
    assert leaders.get("Ada Quint") == leaders.get("Tomas Reyland") == "Bramford Borough Council", leaders
    # chosen to succeed someone is a succession; a contest to succeed someone is none yet
    text = "Bramford Borough Council met on Tuesday.\n\nThe group chose Ada Quint to succeed Tomas Reyland as its leader."
    assert "Tomas Reyland" in _leaders(_facts_of(text, sample_store)), text
    text = ("Bramford Borough Council met on Tuesday.\n\nAda Quint will not stand in the contest to succeed Tomas "
            "Reyland as leader of the council.")
    assert "Tomas Reyland" not in _leaders(_facts_of(text, sample_store)), text
    text = "Bramford Borough Council met on Tuesday.\n\nAda Quint may succeed Tomas Reyland as leader of the council."
    assert "Tomas Reyland" not in _leaders(_facts_of(text, sample_store)), text


def test_carrying_on_in_an_office_holds_it_and_a_call_to_resign_is_no_resignation(sample_store):
    text = ("Bramford Borough Council met on Tuesday.\n\nA motion called for Ada Quint's immediate resignation. "
            "It failed, and Ada Quint will carry on as leader of the council.")
    facts = _facts_of(text, sample_store)
    assert _leaders(facts).get("Ada Quint") == "Bramford Borough Council", facts
    assert not any(f["relation"] == "resigned" for f in facts), facts
    # a plan to take an office is no office held
    text = "Bramford Borough Council met on Tuesday.\n\nAda Quint will become leader of the council if she wins."
    assert "Ada Quint" not in _leaders(_facts_of(text, sample_store)), text


def test_party_officers_named_by_their_office(sample_store):
    text = ("Labour's selections were paused.\n\nAda Quint, the Labour Party's regional director, wrote to members. "
            "Tomas Reyland, the SNP's business convener, said nothing. Mair Ellison, the party's Westminster "
            "leader, spoke.")
    offices = {(f["subject"]["label"], f["role"]): f["object"]["label"] for f in _facts_of(text, sample_store)
               if f["relation"] == "holds_office"}
    assert offices.get(("Ada Quint", "regional director")) == "Labour Party", offices
    assert offices.get(("Tomas Reyland", "business convener")) == "Scottish National Party", offices
    assert ("Mair Ellison", "westminster leader") in offices, offices
    # a director of something else is no party's regional director
    text = "Labour's selections were paused.\n\nAda Quint, the director of a charity, wrote to members."
    assert not any(f["relation"] == "holds_office" and f["role"] == "regional director"
                   for f in _facts_of(text, sample_store)), text


def test_the_council_s_first_elected_mayor_is_its_mayor_from_then(sample_store):
    for said in ("became the borough's first directly elected mayor in 2002",
                 "became Durham County Council's first elected mayor in 2002"):
        text = f"Durham County Council met on Tuesday.\n\nAda Quint, who {said}, retired."
        mayors = {(f["subject"]["label"], f["object"]["label"], f["date"]) for f in _facts_of(text, sample_store)
                  if f["relation"] == "holds_office" and f["role"] == "mayor"}
        assert mayors == {("Ada Quint", "Durham County Council", "2002-01-01")}, (said, mayors)
    # the first mayor of an authority the sentence does not name is no office read
    text = "Durham County Council met on Tuesday.\n\nAda Quint became the first mayor in 2002."
    assert not any(f["relation"] == "holds_office" and f["role"] == "mayor" for f in _facts_of(text, sample_store)), text


def test_who_led_the_outgoing_administration_led_the_council(sample_store):
    text = ("Durham County Council changed hands on Friday.\n\nAda Quint, who led the outgoing Labour "
            "administration, lost her seat.")
    assert _leaders(_facts_of(text, sample_store, published="2022-05-20")).get("Ada Quint") == "Durham County Council"
    # an administration in another verb's object is nobody's lead
    text = "Durham County Council changed hands on Friday.\n\nAda Quint criticised the outgoing Labour administration."
    assert "Ada Quint" not in _leaders(_facts_of(text, sample_store, published="2022-05-20")), text


def test_a_group_described_by_its_size_or_its_town_is_the_council_s_group(sample_store):
    for said in ("leads the 19-strong Labour group", "has led the town's Labour group for two decades"):
        text = f"Durham County Council met on Tuesday.\n\nAda Quint, who {said}, spoke."
        leaders = _leaders(_facts_of(text, sample_store))
        assert "Ada Quint" in leaders and "Durham" in leaders["Ada Quint"] and "group" in leaders["Ada Quint"].lower(), \
            (said, leaders)


def test_a_committee_the_graph_does_not_know_is_chaired_by_name(sample_store):
    text = "Parliament sat on Tuesday.\n\nAda Quint, who chairs the Commons energy and climate change committee, spoke."
    chairs = {(f["subject"]["label"], f["object"]["label"]) for f in _facts_of(text, sample_store)
              if f["relation"] == "holds_office" and f["role"] == "chair"}
    assert chairs == {("Ada Quint", "Commons energy and climate change committee")}, chairs
    text = "Parliament sat on Tuesday.\n\nAda Quint, who chaired the Commons culture, media and sport committee, spoke."
    chairs = {f["object"]["label"] for f in _facts_of(text, sample_store)
              if f["relation"] == "holds_office" and f["role"] == "chair"}
    assert chairs == {"Commons culture, media and sport committee"}, chairs
    # a party's name that begins another body's is not the party led
    text = "Parliament sat on Tuesday.\n\nAda Quint, who chairs Labour Friends of Israel, spoke."
    assert not any(f["relation"] == "holds_office" and f["object"]["label"] == "Labour Party"
                   for f in _facts_of(text, sample_store)), text
    # a meeting she chaired is no body
    text = "Parliament sat on Tuesday.\n\nAda Quint, who chaired the meeting, spoke."
    assert not any(f["relation"] == "holds_office" and f["role"] == "chair" for f in _facts_of(text, sample_store)), text
