"""Round 34: whose office a bare leadership is, and how a shared office is printed: a House last named is no
organisation of a deputy leader ("his predecessor was elected to Parliament ... Rai became deputy leader in
2018"), and an office a text calls shared in one telling ("the party's co-leaders, A and B") is printed so
when a dated telling ("A and B were elected in October 2021") is the one kept. Each mechanism on synthetic
text, with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of, _offices


def test_a_house_named_before_is_no_organisation_of_a_leadership(sample_store):
    text = ("Ada Quint was confirmed as leader of Birmingham City Council last night, three weeks after her "
            "predecessor was elected to Parliament.\n\n"
            "Quint, the councillor for Castle ward, became deputy leader in 2018.")
    offices = _offices(_facts_of(text, sample_store, published="2024-07-26"))
    assert not any(o in ("Parliament", "House of Commons") and r == "deputy leader" for _, r, o in offices), offices
    # a House's own leader is named so, and stays the House's
    text = "Lucy Powell was appointed Leader of the House of Commons in July."
    offices = _offices(_facts_of(text, sample_store, published="2024-09-01"))
    assert any(s == "Lucy Powell" and o == "House of Commons" for s, _, o in offices), offices


def test_a_shared_office_is_printed_shared_in_its_dated_telling(sample_store):
    text = ("The Green Party thanked the party's co-leaders, Ada Quint and Tom Hale.\n\n"
            "Notes to editors: Ada Quint and Tom Hale were elected in October 2021.")
    facts = [f for f in _facts_of(text, sample_store, published="2022-09-07")
             if f["relation"] == "holds_office" and f["subject"]["label"] in ("Ada Quint", "Tom Hale")]
    assert facts and all(f["role"] == "co leader" and f["date"] == "2021-10-01" for f in facts), facts
    # a leader never called shared stays a leader
    text = ("The Green Party thanked the party's leader, Ada Quint.\n\n"
            "Notes to editors: Ada Quint was elected in October 2021.")
    facts = [f for f in _facts_of(text, sample_store, published="2022-09-07") if f["relation"] == "holds_office"]
    assert facts and all(f["role"] == "leader" for f in facts), facts


def test_councillors_voting_in_a_council_leader_are_the_council(sample_store):
    text = ("So Labour are running a minority administration on Birmingham City Council, and councillors voted Ada "
            "Quint in as leader of the council.")
    choosers = {f["subject"]["label"] for f in _facts_of(text, sample_store)
                if f["relation"] == "decided" and f["object"]["label"] == "Ada Quint"}
    assert choosers == {"Birmingham City Council"}, choosers
    # a party's councillors are its group
    text = "Birmingham City Council met on Monday.\n\nLabour councillors voted Ada Quint in as leader of the council."
    choosers = {f["subject"]["label"] for f in _facts_of(text, sample_store)
                if f["relation"] == "decided" and f["object"]["label"] == "Ada Quint"}
    assert "Birmingham City Council" not in choosers, choosers
