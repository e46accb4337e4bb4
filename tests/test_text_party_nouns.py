"""Round 30: a party named as a noun for one of its members ("the Conservative who has led the
council", "the sitting Conservative, X"), a party's group named with its council ("the SNP group on
the council is led by X") and a party's councillors named with its possessive ("Labour's newly elected
councillors"), a body named with its party after it ("the National Executive Committee of Plaid
Cymru"), another party's body of a name the graph gives Labour's ("the SNP's NEC") and a membership
restored ("Labour readmitted X"), and a party's people listed or titled ("Labour's A and B", "the DUP
candidate, Councillor X"). Each mechanism on synthetic text, with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of, _pairs


def test_the_party_as_a_noun_before_a_relative_clause(sample_store):
    facts = _facts_of("Ada Quint, the Conservative who had led the council since 2009, lost her seat.", sample_store)
    assert ("Ada Quint", "Conservative and Unionist Party") in _pairs(facts, "member_of"), facts
    # the plural is the party's people, not hers
    facts = _facts_of("Ada Quint, the Conservatives who spoke said, lost her seat.", sample_store)
    assert not _pairs(facts, "member_of"), facts


def test_the_party_as_a_noun_with_an_adjective_then_the_name(sample_store):
    facts = _facts_of("He lost Bury North to the sitting Conservative, Ada Quint, in 1992.", sample_store)
    assert ("Ada Quint", "Conservative and Unionist Party") in _pairs(facts, "member_of"), facts
    # a former member is none now
    facts = _facts_of("He lost Bury North to the former Conservative, Ada Quint, in 1992.", sample_store)
    assert not _pairs(facts, "member_of"), facts


def _offices(facts: list[dict], role: str) -> set[tuple[str, str]]:
    return {(f["subject"]["label"], f["object"]["label"]) for f in facts
            if f["relation"] == "holds_office" and f["role"] == role}


def test_a_party_group_on_the_council_is_what_its_leader_leads(sample_store):
    # round 30: the group named with its council ("on the council") is led, not the council
    facts = _facts_of("Bramford Borough Council met. The SNP group on the council is led by Ada Quint.", sample_store)
    led = _offices(facts, "leader")
    assert led and all(o.endswith("group") for _, o in led) and {p for p, _ in led} == {"Ada Quint"}, facts
    facts = _facts_of("Bramford Borough Council met. The DUP's group leader on the council, Councillor Ada Quint, "
                      "spoke.", sample_store)
    led = _offices(facts, "leader")
    assert led and all(o.endswith("group") for _, o in led) and {p for p, _ in led} == {"Ada Quint"}, facts
    # the council itself led by someone is still the council's leader
    facts = _facts_of("Bramford Borough Council is led by Ada Quint.", sample_store)
    assert ("Ada Quint", "Bramford Borough Council") in _offices(facts, "leader"), facts


def test_a_partys_councillors_named_with_its_possessive_are_its_group(sample_store):
    # round 30: "Labour's newly elected councillors chose X": the party's group chose, not the council
    for text in ("Bramford Borough Council met. Labour's newly elected councillors met and chose Ada Quint as "
                 "their group leader.",
                 "Bramford Borough Council met. Labour's new group of councillors met on Saturday and chose Ada "
                 "Quint as group leader."):
        facts = _facts_of(text, sample_store)
        choosers = {f["subject"]["label"] for f in facts if f["relation"] == "decided" and
                    f["object"]["label"] == "Ada Quint"}
        assert choosers and all("Labour" in c and c.endswith("group") for c in choosers), (text, facts)
    # a possessive that is no party's leaves the councillors the council's
    facts = _facts_of("Bramford Borough Council met. The town's new councillors met and chose Ada Quint as leader.",
                      sample_store)
    assert not any("Labour" in f["subject"]["label"] for f in facts if f["relation"] == "decided"), facts


def test_a_body_of_a_party_named_after_it_is_part_of_it(sample_store):
    # round 30: "the National Executive Committee of Plaid Cymru": that party's own committee (not the
    # graph's Labour NEC, which a bare "National Executive Committee" names)
    facts = _facts_of("Ada Quint wrote to the National Executive Committee of Plaid Cymru yesterday.", sample_store)
    parts = [f for f in facts if f["relation"] == "part_of"]
    assert [(f["object"]["label"]) for f in parts] == ["Plaid Cymru"], facts
    assert "/labour/" not in parts[0]["subject"]["iri"], parts
    # parties listed after "of", and a party's officer after it, own no body
    for text in ("Ada Quint led a Joint Administration of the Liberal Democrat, Conservative and Green groups.",
                 "The letter came from the Office of the Liberal Democrat Chief Whip."):
        assert not _pairs(_facts_of(text, sample_store), "part_of"), text


def test_another_partys_executive_is_not_labours(sample_store):
    # round 30: the graph files "National Executive Committee" / "NEC" under Labour; named as the SNP's, it
    # is the SNP's own committee, one body however it is named
    for text in ("The SNP's NEC expelled Ada Quint yesterday.",
                 "The SNP's National Executive Committee expelled Ada Quint yesterday."):
        facts = _facts_of(text, sample_store)
        deciders = {f["subject"]["iri"] for f in facts if f["relation"] == "decided"}
        assert len(deciders) == 1 and "/labour/" not in next(iter(deciders)), (text, facts)
        # the graph's own SNP committee (data/reference/parties.ttl), by any of the party's names
        assert ("SNP National Executive Committee", "Scottish National Party") in _pairs(facts, "part_of"), facts
    # Labour's is still the graph's
    facts = _facts_of("Labour's NEC expelled Ada Quint yesterday.", sample_store)
    assert {f["subject"]["iri"] for f in facts if f["relation"] == "decided"} == \
        {"https://w3id.org/partygraph/id/body/labour/nec"}, facts


def test_a_readmission_restores_a_membership(sample_store):
    # round 30: the gold guide's "readmitting someone is no action of its own: state the membership restored"
    for text, org in (("Labour readmitted Ada Quint in March.", "Labour Party"),
                      ("Ada Quint had already been readmitted to the Labour group on Bramford Borough Council in "
                       "March.", "group"),
                      ("The Conservatives suspended Ada Quint in May. She was restored to membership after thirteen "
                       "days.", "Conservative and Unionist Party")):
        memberships = _pairs(_facts_of(text, sample_store), "member_of")
        assert any(p == "Ada Quint" and org in o for p, o in memberships), (text, memberships)
    # an office given back, and a readmission refused or hedged, are no membership restored
    for text in ("Labour reinstated Ada Quint as leader in March.", "Labour refused to reinstate Ada Quint.",
                 "Ada Quint would be readmitted to the Labour Party if she apologised."):
        assert not _pairs(_facts_of(text, sample_store), "member_of"), text


def test_a_partys_people_named_in_lists_and_with_titles(sample_store):
    # round 30: "Labour's A and B" (both), "a Conservative from X" (closed by "from"), "the DUP candidate,
    # Councillor X" (past the title), "the Ulster Unionist councillor X" (the party's adjective)
    for text, person, party in (("Labour's Ada Quint and Bea Lund won seats.", "Bea Lund", "Labour Party"),
                                ("Councillor Ada Quint, a Conservative from Illtyd ward, spoke.", "Ada Quint",
                                 "Conservative and Unionist Party"),
                                ("The DUP candidate, Councillor Ada Quint, won.", "Ada Quint",
                                 "Democratic Unionist Party"),
                                ("The Ulster Unionist councillor Ada Quint held the office in 1981.", "Ada Quint",
                                 "Ulster Unionist Party"),
                                ("The Democratic Unionist councillor Ada Quint spoke.", "Ada Quint",
                                 "Democratic Unionist Party"),
                                ("The Scottish Green councillor Ada Quint spoke.", "Ada Quint", "Scottish Greens")):
        assert (person, party) in _pairs(_facts_of(text, sample_store), "member_of"), text
    # "Labour's A and the Conservatives' B": each their own party's
    facts = _facts_of("Labour's Ada Quint and the Conservative Bea Lund won seats.", sample_store)
    assert ("Bea Lund", "Labour Party") not in _pairs(facts, "member_of"), facts


def test_a_party_before_mep_is_the_members_party(sample_store):
    # Round 31: "MEP" is a seat's role, as "MP" is (not an organisation of its own), and no office in the
    # region its seat is for
    facts = _facts_of("Ada Quint, the UKIP MEP for the West Midlands, agreed.", sample_store)
    assert ("Ada Quint", "UK Independence Party") in {(f["subject"]["label"], f["object"]["label"]) for f in facts
                                                      if f["relation"] == "member_of"}, facts
    assert not any(f["relation"] == "holds_office" for f in facts), facts
    assert not any(f["relation"] == "part_of" for f in facts), facts


def test_alliance_is_a_party_in_northern_ireland_and_the_bnp_one_everywhere(sample_store):
    # Round 31: bare "Alliance" names the party only in a text about Northern Ireland
    ni = "Belfast City Council met at City Hall. The DUP and Sinn Féin backed the motion.\n\n"
    facts = _facts_of(ni + "Alliance councillor Ada Quint was elected Deputy Lord Mayor.", sample_store)
    assert ("Ada Quint", "Alliance Party of Northern Ireland") in _members(facts), facts
    facts = _facts_of("Bramford Borough Council met.\n\nAlliance councillor Ada Quint spoke.", sample_store)
    assert not any(party.startswith("Alliance") for _, party in _members(facts)), facts
    facts = _facts_of("The BNP's Ada Quint replied.", sample_store)
    assert ("Ada Quint", "British National Party") in _members(facts), facts


def _members(facts: list[dict]) -> set[tuple[str, str]]:
    return {(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "member_of"}


def test_a_party_bodys_full_name_states_its_party(sample_store):
    # Round 31: the graph's NEC named in full, "... of the Labour Party", is the party's (one mention)
    facts = _facts_of("The letter went to the National Executive Committee of the Labour Party.", sample_store)
    assert ("National Executive Committee of the Labour Party", "Labour Party") in {
        (f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "part_of"}, facts


def test_a_party_council_leader_leads_the_council_and_is_of_the_party(sample_store):
    # Round 31: "the Reform council leader, X": the council's office, the holder's party (not the party's office)
    text = "Bramford Borough Council met yesterday.\n\nThe Reform council leader, Ada Quint, spoke."
    facts = _facts_of(text, sample_store)
    assert ("Ada Quint", "leader", "Bramford Borough Council") in {
        (f["subject"]["label"], f["role"], f["object"]["label"]) for f in facts if f["relation"] == "holds_office"}, facts
    assert ("Ada Quint", "Reform UK") in _members(facts), facts
    assert not any(f["relation"] == "holds_office" and f["object"]["label"] == "Reform UK" for f in facts), facts
