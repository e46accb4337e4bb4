"""Round 33: seats on a council told by where someone sits for: "has represented Sandbach Heath and East on
Cheshire East Council" (a place sat for on a council is a ward, whatever its name) and "X, the Oval ward
councillor" (a ward the graph knows, named before "ward"). Each mechanism on synthetic text, with the reading
it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of


def _seats(facts: list[dict]) -> set[tuple[str, str]]:
    return {(f["subject"]["label"], f["object"]["label"]) for f in facts
            if f["relation"] == "holds_office" and f["role"] == "councillor"}


def test_a_place_represented_on_a_council_is_a_ward_of_it(sample_store):
    # (a sentence that says MP too: the council named after "on" says which seat)
    text = "Ada Quint, a former MP, has represented Castle Hill and Mill End on Birmingham City Council since 2011."
    assert ("Ada Quint", "Birmingham City Council") in _seats(_facts_of(text, sample_store)), text
    # a seat in a House is no ward
    text = "Ada Quint has represented Castle Hill in the Senedd since 2011."
    assert not _seats(_facts_of(text, sample_store)), text


def test_a_ward_named_before_ward_councillor(sample_store):
    text = "Birmingham City Council met on Monday.\n\nAda Quint, the Castle Hill ward councillor, spoke."
    assert ("Ada Quint", "Birmingham City Council") in _seats(_facts_of(text, sample_store)), text


def test_an_office_said_also_or_still_in_apposition(sample_store):
    text = "Birmingham City Council met on Monday.\n\nAda Quint, also a Labour councillor, spoke."
    facts = _facts_of(text, sample_store)
    assert ("Ada Quint", "Birmingham City Council") in _seats(facts), facts
    assert any(f["relation"] == "member_of" and f["object"]["label"] == "Labour Party" for f in facts), facts
    text = "Birmingham City Council met on Monday.\n\nAda Quint, who is still the Labour leader, spoke."
    assert any(f["relation"] == "holds_office" and f["role"] == "leader" and f["subject"]["label"] == "Ada Quint"
               for f in _facts_of(text, sample_store)), text


def test_a_member_of_a_council_is_its_councillor_and_a_member_for_a_place_is_no_seat_on_it(sample_store):
    text = "Birmingham City Council met on Monday.\n\nAda Quint, a member of the council since 2012, spoke."
    roles = {f["role"] for f in _facts_of(text, sample_store)
             if f["relation"] == "holds_office" and f["object"]["label"] == "Birmingham City Council"}
    assert roles == {"councillor"}, roles
    text = "Tomas Reyland, the member for Walsall, voted against the bill."
    assert not any(f["relation"] == "holds_office" and "Walsall" in f["object"]["label"]
                   for f in _facts_of(text, sample_store)), text


def test_elected_for_a_place_is_no_office_but_a_seat(sample_store):
    text = ("Ada Quint is the new chairman of the Labour Party.\n\n"
            "Ada Quint was first elected for Castle Hill in 2015.")
    chaired = {f["date"] for f in _facts_of(text, sample_store)
               if f["relation"] == "holds_office" and f["role"] == "chair"}
    assert "2015-01-01" not in chaired, chaired
