"""Round 33: who a sentence's opening "he" or "she" is: not someone the sentence goes on to name ("He has
been interim leader since Davidson resigned"), unless named as "X himself"; and a title in "-woman" tells
the text's "she" ("Ballantyne, the party's social security spokeswoman"). Round 34: an opening "He" or "She"
accuses ("She accused Ed Miliband of ..."), and a name in apposition to "his predecessor" is who resigned. Each
mechanism on synthetic text, with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of

STORY = ("Tomas Reyland was elected leader of the Bramford Labour group yesterday.\n\n"
         "Members gave him 40 votes to 12 for Mary Penhallow, the group's housing spokeswoman. Turnout was "
         "higher than in 2011, when Ada Quint won the job, a point Reyland made.\n\n")


def _leaders(facts: list[dict]) -> set[str]:
    return {f["subject"]["label"] for f in facts if f["relation"] == "holds_office" and "leader" in (f["role"] or "")}


def test_an_opening_pronoun_is_not_the_one_the_sentence_names(sample_store):
    text = STORY + "He has been interim leader since Quint resigned last August."
    interim = {f["subject"]["label"] for f in _facts_of(text, sample_store)
               if f["relation"] == "holds_office" and "interim leader" in f["quote"]}
    assert interim == {"Tomas Reyland"}, interim


def test_a_name_with_himself_is_the_one_the_pronoun_meant(sample_store):
    text = ("Tomas Reyland was elected leader of the Bramford Labour group yesterday.\n\n"
            "He thanked Ada Quint, who has led the group since 2018. He called her the right leader at the "
            "right time, when Mr Reyland himself was deputy leader.")
    deputies = {f["subject"]["label"] for f in _facts_of(text, sample_store)
                if f["relation"] == "holds_office" and f["role"] == "deputy leader"}
    assert "Ada Quint" not in deputies, deputies


def test_a_title_in_woman_says_she(sample_store):
    text = ("Tomas Reyland was elected leader of the Bramford Labour group yesterday.\n\n"
            "Mary Penhallow, the group's housing spokeswoman, congratulated the winner. "
            "He has been interim leader since March.")
    interim = {f["subject"]["label"] for f in _facts_of(text, sample_store)
               if f["relation"] == "holds_office" and "interim leader" in f["quote"]}
    assert interim == {"Tomas Reyland"}, interim


def test_an_opening_it_is_the_organisation_the_last_sentence_opened_with(sample_store):
    text = ("In January the Labour group on Birmingham City Council expelled Tomas Reyland, who led the council "
            "until April. It suspended two other councillors, Ada Quint and Mary Penhallow.")
    suspenders = {f["subject"]["label"] for f in _facts_of(text, sample_store)
                  if f["relation"] == "decided" and f["action"] == "suspend"}
    assert suspenders and all("group" in s.lower() for s in suspenders), suspenders


def test_an_opening_he_or_she_accuses(sample_store):
    text = "Ada Quint has defected to the Conservatives. She accused Tom Hale of failing to offer leadership."
    opposed = {(f["subject"]["label"], f["object"]["label"]) for f in _facts_of(text, sample_store)
               if f["relation"] == "opposed"}
    assert ("Ada Quint", "Tom Hale") in opposed, opposed
    # "It" opening a sentence is no person, and may be a report: nothing read for it
    text = "Birmingham City Council published the report. It accused Tom Hale of bullying."
    opposed = {(f["subject"]["label"], f["object"]["label"]) for f in _facts_of(text, sample_store)
               if f["relation"] == "opposed"}
    assert not opposed, opposed


def test_a_name_in_apposition_to_a_predecessor_is_who_resigned(sample_store):
    text = ("Ada Quint is the new leader of Birmingham City Council after her Conservative predecessor, Tom Hale, "
            "resigned at the start of the meeting.")
    resigned = {f["subject"]["label"] for f in _facts_of(text, sample_store) if f["relation"] == "resigned"}
    assert resigned == {"Tom Hale"}, resigned
