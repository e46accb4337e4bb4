"""Round 34: tenure told from an election: "who has led the council since the elections of May 2023", "has run
the council since the local elections on 7 May 2015" date the office or control from the election's day; "who
had led the city since 2019" is a leadership of the council in context. On synthetic text, with the reading it
must not make."""

from __future__ import annotations

from test_text_loader import _facts_of


def _dated(facts: list[dict], relation: str) -> dict[str, str | None]:
    return {f["subject"]["label"]: f["date"] for f in facts if f["relation"] == relation}


def test_since_an_election_dates_a_tenure_from_it(sample_store):
    text = ("Birmingham City Council met last night.\n\n"
            "Ada Quint, who has led the council since the elections of May 2023, told members she was in talks.")
    leaders = _dated(_facts_of(text, sample_store, published="2025-08-06"), "holds_office")
    assert (leaders.get("Ada Quint") or "").startswith("2023-05"), leaders
    text = "Labour has run Birmingham City Council since the local elections on 7 May 2015."
    control = _dated(_facts_of(text, sample_store, published="2025-08-06"), "controls")
    assert control.get("Labour Party") == "2015-05-07", control
    # an election without a date told dates nothing
    text = "Labour has run Birmingham City Council since the last elections."
    control = _dated(_facts_of(text, sample_store, published="2025-08-06"), "controls")
    assert control.get("Labour Party") in (None, "2025-08-06"), control


def test_led_the_city_since_is_the_council_in_context(sample_store):
    text = ("Birmingham City Council has a new leader.\n\n"
            "Cllr Ada Quint, who had led the city since 2019, remains a councillor for Castle ward.")
    leaders = {f["subject"]["label"]: (f["object"]["label"], f["date"]) for f in _facts_of(text, sample_store)
               if f["relation"] == "holds_office" and f["role"] == "leader"}
    assert leaders.get("Ada Quint") == ("Birmingham City Council", "2019-01-01"), leaders
    # "the city's Liberal Democrats" is the party's people there, not the council
    text = ("Birmingham City Council has a new leader.\n\n"
            "Cllr Ada Quint, who leads the city's Liberal Democrats, called the result a vote for change.")
    leaders = {f["subject"]["label"]: f["object"]["label"] for f in _facts_of(text, sample_store)
               if f["relation"] == "holds_office" and f["role"] == "leader"}
    assert leaders.get("Ada Quint") != "Birmingham City Council", leaders
