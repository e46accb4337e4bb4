"""Round 33: dates told around an aside or in an earlier paragraph: a relative clause closed by a comma does
not own the date after it ("elected X, who represents Y, as its leader at a meeting yesterday"), and "the
same day" in a new paragraph counts from the last day told, not from a month named in passing since. Each
mechanism on synthetic text, with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of


def _dates(facts: list[dict], relation: str) -> dict[str, str | None]:
    return {f["object"]["label"] if relation == "decided" else f["subject"]["label"]: f["date"]
            for f in facts if f["relation"] == relation}


def test_a_closed_relative_clause_leaves_the_date_to_the_event(sample_store):
    text = ("Bramford Borough Council's Labour group met yesterday.\n\n"
            "The group elected Ada Quint, who represents Castle ward, as its leader at a meeting on Monday.")
    elected = _dates(_facts_of(text, sample_store, published="2022-07-07"), "decided")
    assert elected.get("Ada Quint") == "2022-07-04", elected
    # a clause still open at the date dates its own verb
    text = ("Bramford Borough Council met on Tuesday.\n\n"
            "Labour suspended Ada Quint, the councillor who until the end of last year chaired the committee.")
    suspended = _dates(_facts_of(text, sample_store, published="2022-07-07"), "decided")
    assert suspended.get("Ada Quint") != "2021-12-31", suspended


def test_the_same_day_in_a_new_paragraph_is_the_last_day_told(sample_store):
    text = ("On Wednesday the Bramford Borough Council administration fell apart.\n\n"
            "The trigger was Labour's success at the general election in July.\n\n"
            "Earlier the same day, two councillors, Ada Quint and Tomas Reyland, resigned from the Labour Party.")
    resigned = _dates(_facts_of(text, sample_store, published="2024-08-30"), "resigned")
    assert resigned.get("Ada Quint") == "2024-08-28", resigned
    # in the month's own paragraph, that month's day stays unknown to the day
    text = ("Bramford Borough Council met on Wednesday.\n\n"
            "In April 2023 Ada Quint wrote to a newspaper. She apologised the same day, but Labour suspended her "
            "regardless.")
    suspended = _dates(_facts_of(text, sample_store, published="2024-08-30"), "decided")
    assert (suspended.get("Ada Quint") or "")[:7] == "2023-04", suspended


def test_a_release_line_gives_no_story_time(sample_store):
    text = ("BRAMFORD LABOUR - NEWS RELEASE\n\nFor immediate use: Friday 27 February 2015\n\n"
            "Councillor Ada Quint has been elected leader of the Labour group on Bramford Borough Council.\n\n"
            "Labour councillors voted on Monday evening, 23 February, to choose a successor to Tomas Reyland.")
    facts = _facts_of(text, sample_store, published="2015-02-27", kind="press-release")
    led = {f["date"] for f in facts if f["relation"] == "holds_office" and f["role"] == "leader"
           and f["subject"]["label"] == "Ada Quint"}
    assert led == {"2015-02-23"}, facts
