"""Round 33: a party's candidate told in a relative clause ("X, who stood as the Labour candidate", "Y, who
was the Lib Dem candidate") or after a copula ("The Plaid candidate there is Z") is the party's member; so is
"a full member of", "a founder member of" a party. Round 34: people chosen "as their three candidates" or
"to stand" are selected, not appointed; "declined to reselect", "not to re-adopt" and "rescinded the
endorsements of" deselect, and "left X off the shortlist" rejects. Each mechanism on synthetic text, with the
reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of


def _members(text: str, store) -> set[tuple[str, str]]:
    return {(f["subject"]["label"], f["object"]["label"]) for f in _facts_of(text, store) if f["relation"] == "member_of"}


def test_a_candidate_in_a_relative_clause_is_the_partys_member(sample_store):
    for text in ("Ada Quint, who stood as the Labour candidate, won the seat.",
                 "Ada Quint, who was the Labour candidate in the first contest, spoke."):
        assert ("Ada Quint", "Labour Party") in _members(text, sample_store), text
    # a clause about someone else's candidacy says nothing of the one named before it
    text = "Ada Quint, who backed the Labour candidate, spoke."
    assert ("Ada Quint", "Labour Party") not in _members(text, sample_store), text


def test_a_candidate_named_after_a_copula_is_the_partys_member(sample_store):
    text = "The Labour candidate there is Ada Quint."
    assert ("Ada Quint", "Labour Party") in _members(text, sample_store), text


def test_a_member_with_a_word_of_standing_is_a_member(sample_store):
    for text in ("Ada Quint has been a full member of UKIP since 2011.", "Ada Quint was a founder member of UKIP."):
        assert ("Ada Quint", "UK Independence Party") in _members(text, sample_store), text
    text = "Ada Quint is no longer a full member of UKIP."
    assert ("Ada Quint", "UK Independence Party") not in _members(text, sample_store), text


def test_people_chosen_as_candidates_or_to_stand_are_selected(sample_store):
    text = "Labour members in Castle ward chose Ada Quint, Tom Hale and Sam Roe as their three candidates."
    chosen = {f["object"]["label"]: f["action"] for f in _facts_of(text, sample_store) if f["relation"] == "decided"}
    assert chosen == {"Ada Quint": "select", "Tom Hale": "select", "Sam Roe": "select"}, chosen
    text = "Labour members in Castle ward picked Ada Quint and Tom Hale to stand alongside the council leader."
    chosen = {f["object"]["label"]: f["action"] for f in _facts_of(text, sample_store) if f["relation"] == "decided"}
    assert chosen == {"Ada Quint": "select", "Tom Hale": "select"}, chosen
    # chosen as officers: an appointment, not a selection
    text = "The Labour group on Birmingham City Council chose Ada Quint as its leader."
    chosen = {f["object"]["label"]: f["action"] for f in _facts_of(text, sample_store) if f["relation"] == "decided"}
    assert chosen.get("Ada Quint") in ("appoint", "elect"), chosen


def test_declining_to_reselect_is_a_deselection(sample_store):
    text = "Labour members in Castle ward last night declined to reselect Councillor Dan Chapman."
    chosen = {f["object"]["label"]: f["action"] for f in _facts_of(text, sample_store) if f["relation"] == "decided"}
    assert chosen == {"Dan Chapman": "deselect"}, chosen
    # a wish to reselect is nothing done
    text = "Labour members in Castle ward hope to reselect Councillor Dan Chapman."
    assert not [f for f in _facts_of(text, sample_store) if f["relation"] == "decided"]


def test_endorsements_withdrawn_and_not_re_adopting_are_deselections(sample_store):
    text = ("Labour's National Executive Committee met.\n\n"
            "The panel rescinded the endorsements of three other Labour MPs, Ada Quint, Tom Hale and Sam Roe.")
    chosen = {f["object"]["label"]: f["action"] for f in _facts_of(text, sample_store) if f["relation"] == "decided"}
    assert chosen == {"Ada Quint": "deselect", "Tom Hale": "deselect", "Sam Roe": "deselect"}, chosen
    text = "The Labour Party voted in a secret ballot not to re-adopt Ada Quint."
    chosen = {f["object"]["label"]: f["action"] for f in _facts_of(text, sample_store) if f["relation"] == "decided"}
    assert chosen == {"Ada Quint": "deselect"}, chosen


def test_left_off_the_shortlist_is_a_rejection(sample_store):
    text = "In June a panel of Labour's National Executive Committee left Ada Quint off the shortlist."
    chosen = {(f["subject"]["label"], f["object"]["label"], f["action"]) for f in _facts_of(text, sample_store)
              if f["relation"] == "decided"}
    assert any(person == "Ada Quint" and action == "reject" and "National Executive" in body
               for body, person, action in chosen), chosen
    # a wish to leave someone off is nothing done
    text = "A panel of Labour's National Executive Committee may leave Ada Quint off the shortlist."
    assert not [f for f in _facts_of(text, sample_store) if f["relation"] == "decided"]
