"""Round 27: control as election round-ups tell it. A list after "took control of", a second verb
sharing the first's party ("held A and took B"), a council that "fell to" or "swung back to" a party,
a majority won ("In X the Conservatives won an outright majority"), and who heads the administration
("had led a minority Labour administration", "run under X"). Each mechanism on synthetic text, with the
reading it must not make."""

from __future__ import annotations

from test_text_loader import _controls, _facts_of

OPENING = "Labour won Haringey Council on Thursday. "


def test_each_council_of_a_list_after_took_control_of(sample_store):
    facts = _facts_of(OPENING + "Labour also took control of Birmingham, Lambeth and Bolton.", sample_store)
    assert {("Labour Party", c) for c in ("Birmingham City Council", "London Borough of Lambeth",
                                           "Bolton Metropolitan Borough Council")} <= _controls(facts), facts


def test_a_second_verb_of_winning_shares_the_first_ones_party(sample_store):
    facts = _facts_of(OPENING + "The Conservatives held Birmingham comfortably and took Lambeth from the "
                      "Liberal Democrats.", sample_store)
    controls = _controls(facts)
    assert ("Conservative and Unionist Party", "London Borough of Lambeth") in controls, facts
    assert ("Liberal Democrats", "London Borough of Lambeth") not in controls, facts
    # another subject between the verbs: the second verb is theirs
    facts = _facts_of(OPENING + "The Conservatives held Birmingham, while Ada Quint kept Lambeth for the "
                      "Liberal Democrats.", sample_store)
    assert ("Conservative and Unionist Party", "London Borough of Lambeth") not in _controls(facts), facts


def test_a_council_that_fell_to_a_party_is_that_partys(sample_store):
    for text in ("Lambeth also fell to Labour.", "Lambeth swung back to Labour after eight years.",
                 "Lambeth swung from the Conservatives to Labour."):
        facts = _facts_of(OPENING + text, sample_store)
        assert ("Labour Party", "London Borough of Lambeth") in _controls(facts), (text, facts)
        assert ("Conservative and Unionist Party", "London Borough of Lambeth") not in _controls(facts), facts
    # a person who returned to a party is no council's change of hands, nor is a prospect
    for text in ("Ada Quint returned to Labour in 2019.", "Lambeth could fall to Labour next year."):
        assert ("Labour Party", "London Borough of Lambeth") not in _controls(_facts_of(OPENING + text, sample_store))


def test_a_majority_won_is_the_council_in_contexts(sample_store):
    facts = _facts_of(OPENING + "In Lambeth the Conservatives won an outright majority.", sample_store)
    assert ("Conservative and Unionist Party", "London Borough of Lambeth") in _controls(facts), facts
    # a general election's majority is the Commons', not a council's
    facts = _facts_of(OPENING + "At the general election in Lambeth the Conservatives won a large majority.",
                      sample_store)
    assert ("Conservative and Unionist Party", "London Borough of Lambeth") not in _controls(facts), facts


def test_who_heads_or_runs_the_administration_leads_the_council(sample_store):
    for text in ("Ada Quint had led a minority Labour administration for the past year.",
                 "Ada Quint now heads a minority Labour administration at the town hall.",
                 "Labour had run a minority administration under Ada Quint since last year.",
                 "The council had been run since 2007 under Labour's Ada Quint."):
        facts = _facts_of(OPENING + text, sample_store)
        offices = {(f["role"], f["object"]["label"]) for f in facts
                   if f["relation"] == "holds_office" and f["subject"]["label"] == "Ada Quint"}
        assert offices == {("leader", "Haringey London Borough Council")}, (text, facts)
    # a prospect, and an administration named without a person at its head, give no leader
    for text in ("Ada Quint could lead a minority Labour administration.",
                 "Ada Quint said Labour had run a minority administration under pressure."):
        facts = _facts_of(OPENING + text, sample_store)
        assert not [f for f in facts if f["relation"] == "holds_office"], (text, facts)


def test_a_named_shared_administration_controls_as_one(sample_store):
    text = ("The Labour, Liberal Democrat and Green groups had signed an agreement to form a joint administration, "
            "to be known as the Co-operative Alliance, which would run the Council.")
    facts = _facts_of(text, sample_store, title="Haringey Council: minutes of the annual meeting", kind="minutes")
    assert {s for s, _ in _controls(facts)} == {"Co-operative Alliance"}, facts
    # unnamed, each group shares control
    facts = _facts_of(text.replace(", to be known as the Co-operative Alliance,", ""), sample_store,
                      title="Haringey Council: minutes of the annual meeting", kind="minutes")
    assert len(_controls(facts)) == 3, facts


def test_a_partys_majority_on_a_council_is_its_control(sample_store):
    """Round 28: a majority named by the party's adjective or possessive ("a Green majority on X",
    "Labour's majority on X"), and one won ("went on to win a majority on X"); not one hoped for, lost or
    denied."""
    for text, party in (("There is now a Green majority on Lambeth Council.", "Green Party"),
                        ("Labour's majority on Lambeth Council was cut to two.", "Labour Party"),
                        ("Labour went on to win a majority on Lambeth Council.", "Labour Party")):
        assert (party, "London Borough of Lambeth") in _controls(_facts_of(text, sample_store)), text
    for text in ("Labour hopes to win a majority on Lambeth Council.", "There was no Labour majority on Lambeth "
                 "Council.", "Labour lost its majority on Lambeth Council."):
        assert not _controls(_facts_of(text, sample_store)), text
    # a majority is won by a party, never by the board it swept
    controls = _controls(_facts_of("Labour swept the board and went on to win a majority on Lambeth Council.",
                                   sample_store))
    assert controls == {("Labour Party", "London Borough of Lambeth")}, controls


def test_a_grip_kept_on_a_council_is_control_and_a_grip_lost_is_not(sample_store):
    # Round 31
    text = "Results came in overnight.\n\nLabour kept its grip on Bramford Borough Council. The Greens lost " \
           "their grip on Wessex County Council."
    controls = {(f["subject"]["label"], f["object"]["label"]) for f in _facts_of(text, sample_store)
                if f["relation"] == "controls"}
    assert ("Labour Party", "Bramford Borough Council") in controls, controls
    assert not any(council == "Wessex County Council" for _, council in controls), controls
