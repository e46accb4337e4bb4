"""Round 35: control told by "under": "Dumfries and Galloway Council is under SNP leadership again", "the
council came under Labour control in 2012" (the council is the clause's subject); not "no longer under", and
not a council described by it ("a council under Labour control cut its budget" states no control of a council
the text names). On synthetic text."""

from __future__ import annotations

from test_text_loader import _controls, _facts_of


def test_a_council_under_a_partys_leadership_is_its(sample_store):
    text = "Dumfries and Galloway Council is under SNP leadership again after the administration collapsed."
    assert ("Scottish National Party", "Dumfries and Galloway Council") in _controls(_facts_of(text, sample_store))
    facts = _facts_of("Dumfries and Galloway Council came under Labour control in 2012.", sample_store)
    assert [f["date"] for f in facts if f["relation"] == "controls"] == ["2012-01-01"], facts
    assert not _controls(_facts_of("Dumfries and Galloway Council is no longer under SNP control.", sample_store))
