"""Round 31: when an office began, told by a "since" after the council ("has sat on Harrow Council since
2006"). Each mechanism on synthetic text, with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of


def _councillor_dates(facts: list[dict]) -> dict[str, str | None]:
    return {f["subject"]["label"]: f["date"] for f in facts
            if f["relation"] == "holds_office" and f["role"] == "councillor"}


def test_a_seat_on_a_council_since_a_year_began_then(sample_store):
    facts = _facts_of("Ada Quint has sat on Bramford Borough Council since 2006.", sample_store, published="2023-07-19")
    assert _councillor_dates(facts) == {"Ada Quint": "2006-01-01"}, facts
    # a date of something else in the sentence does not date the seat
    facts = _facts_of("Ada Quint, who sits on Bramford Borough Council, spoke on 3 May 2023.", sample_store,
                      published="2023-07-19")
    assert _councillor_dates(facts).get("Ada Quint") != "2023-05-03", facts


def _office_dates(facts: list[dict]) -> dict[tuple[str, str], str | None]:
    return {(f["subject"]["label"], f["role"]): f["date"] for f in facts if f["relation"] == "holds_office"}


def test_an_office_taken_over_or_served_in_a_year_began_then(sample_store):
    text = ("Bramford Borough Council has a new leader.\n\nAda Quint took over as council leader in 2010. Tomas "
            "Reyland served as Mayor of Bramford from 1993 to 1995.")
    dates = _office_dates(_facts_of(text, sample_store, published="2023-05-19"))
    assert dates[("Ada Quint", "leader")] == "2010-01-01", dates
    assert dates[("Tomas Reyland", "mayor")] == "1993-01-01", dates
    # a date of a later clause is not when the office was taken up
    text = "Bramford Borough Council met.\n\nAda Quint took over as council leader, and in 2015 she retired."
    dates = _office_dates(_facts_of(text, sample_store, published="2023-05-19"))
    assert dates.get(("Ada Quint", "leader")) != "2015-01-01", dates


def _seats(facts: list[dict]) -> dict[str, tuple[str, str | None]]:
    return {f["subject"]["label"]: (f["object"]["label"], f["date"]) for f in facts
            if f["relation"] == "holds_office" and f["role"] == "councillor"}


def test_the_district_council_is_the_district_council_of_the_story(sample_store):
    text = "Bramford District Council has a new chairman.\n\nAda Quint was first elected to the district council in 1995."
    assert _seats(_facts_of(text, sample_store, published="2023-05-19", title="Bramford District Council")) == \
        {"Ada Quint": ("Bramford District Council", "1995-01-01")}
    # the county council of a district council's story is another council, unnamed: no seat on the district
    text = "Bramford District Council has a new chairman.\n\nAda Quint was first elected to the county council in 1995."
    assert "Ada Quint" not in _seats(_facts_of(text, sample_store, published="2023-05-19",
                                               title="Bramford District Council"))


def test_another_and_a_long_serving_councillor_are_councillors(sample_store):
    # Round 31: "another" opens an apposition as "a" does; "long-serving" (three tokens) describes
    text = "Bramford Borough Council met.\n\nJohn Millar, the long-serving Leven councillor, agreed. Donald " \
           "Balsillie, another SNP councillor, objected."
    seats = _seats(_facts_of(text, sample_store))
    assert {name for name, (council, _) in seats.items() if council == "Bramford Borough Council"} >= \
        {"John Millar", "Donald Balsillie"}, seats


def test_no_fact_is_dated_after_its_publication(sample_store):
    # Round 31: "will run the council until 2027" dates nothing the text reports
    text = "Bramford Borough Council met yesterday.\n\nThe SNP will run Bramford Borough Council until 2027. Ada " \
           "Quint, who is standing down this summer, was elected leader of Bramford Borough Council yesterday."
    facts = _facts_of(text, sample_store, published="2022-05-26")
    assert all(f["date"] is None or f["date"] <= "2022-05-26" for f in facts), facts
    assert any(f["relation"] == "holds_office" and f["date"] == "2022-05-25" for f in facts), facts


def test_an_apposition_at_present_or_currently_states_the_office(sample_store):
    # Round 31
    text = "Tomas Reyland spoke for Ada Quint, at present the leader of Bramford Borough Council, and Mira Holt, " \
           "currently the chair of Bramford Borough Council."
    offices = {(f["subject"]["label"], f["role"]) for f in _facts_of(text, sample_store) if f["relation"] == "holds_office"}
    assert {("Ada Quint", "leader"), ("Mira Holt", "chair")} <= offices, offices
    assert not any(name == "Tomas Reyland" for name, _ in offices), offices


def test_an_office_taken_up_in_a_lead_of_one_sentence_is_dated_by_the_next_paragraph(sample_store):
    # Round 31: "X has been re-elected leader." / "The result was announced yesterday ..."
    text = "Ada Quint has been re-elected leader of the Labour Party.\n\nThe result was announced yesterday in Leeds."
    dates = _office_dates(_facts_of(text, sample_store, published="2016-09-25"))
    assert dates[("Ada Quint", "leader")] == "2016-09-24", dates
    # an older date next tells something else
    text = "Ada Quint has been re-elected leader of the Labour Party.\n\nShe joined the party in June 2015."
    dates = _office_dates(_facts_of(text, sample_store, published="2016-09-25"))
    assert dates[("Ada Quint", "leader")] != "2015-06-01", dates
