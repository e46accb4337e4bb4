"""Round 34: a group of people named right after a time ("On Friday 11 October four councillors ...", "in 2019
three councillors ...") does not take the time into its name: the time stays the event's. On synthetic text,
with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of


def test_a_time_before_a_group_stays_the_events(sample_store):
    text = ("Birmingham City Council met on Monday.\n\n"
            "On Friday 11 October four councillors, Ada Quint, Tom Hale, Sam Roe and Lee Vance, resigned from the "
            "Labour Party.")
    resigned = {f["subject"]["label"]: f["date"] for f in _facts_of(text, sample_store, published="2024-10-20")
                if f["relation"] == "resigned"}
    assert resigned and all(day == "2024-10-11" for day in resigned.values()), resigned
    assert not any("Friday" in name or "October" in name for name in resigned), resigned
    # nor after a year told with "in"
    text = ("Birmingham City Council met on Monday.\n\n"
            "In 2019 three councillors, Ada Quint, Tom Hale and Sam Roe, resigned from the Labour Party.")
    resigned = {f["subject"]["label"]: f["date"] for f in _facts_of(text, sample_store, published="2024-10-20")
                if f["relation"] == "resigned"}
    assert resigned and all((day or "").startswith("2019") for day in resigned.values()), resigned
