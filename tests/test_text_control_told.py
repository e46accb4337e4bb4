"""Round 34: control and lists told past a clause: "a coalition of the Conservatives, who hold 39 seats, and
the Liberal Democrats" (a relative clause between two coordinated names). Each mechanism on synthetic text,
with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _controls, _facts_of


def test_a_list_goes_on_past_a_relative_clause(sample_store):
    text = ("Birmingham City Council is run by a coalition of the Conservatives, who hold 39 seats, and the "
            "Liberal Democrats.")
    controls = _controls(_facts_of(text, sample_store))
    assert {party for party, council in controls if council == "Birmingham City Council"} == {
        "Conservative and Unionist Party", "Liberal Democrats"}, controls
    # a clause that does not close before "and" is no list's aside
    text = ("Birmingham City Council is run by a coalition of the Conservatives, who hold 39 seats and want the "
            "Liberal Democrats to stay.")
    assert {party for party, _ in _controls(_facts_of(text, sample_store))} <= {"Conservative and Unionist Party"}


def test_parties_named_as_their_groups_sign_as_the_groups(sample_store):
    text = ("The SNP and Labour groups on Birmingham City Council signed their coalition agreement at the Council "
            "House yesterday.")
    signers = {f["subject"]["label"] for f in _facts_of(text, sample_store) if f["relation"] == "signed"}
    assert signers and all(name.endswith("group") and "Birmingham" in name for name in signers), signers
    assert len(signers) == 2, signers
    # parties named as parties sign as parties
    text = "The SNP and Labour signed their coalition agreement at the Council House yesterday."
    signers = {f["subject"]["label"] for f in _facts_of(text, sample_store) if f["relation"] == "signed"}
    assert signers == {"Scottish National Party", "Labour Party"}, signers
