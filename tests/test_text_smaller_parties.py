"""Round 36: the smaller UK parties are parties even where the graph has no record of them (the TUV, Mebyon
Kernow, People Before Profit, the English Democrats, Llais Gwynedd ...): "the party leader" after one is its
leader, not an office of an unknown body or of the council in context. On synthetic text."""

from __future__ import annotations

import pytest
from test_text_loader import _facts_of, _offices


@pytest.mark.parametrize("party", ["Traditional Unionist Voice", "Mebyon Kernow", "People Before Profit",
                                   "English Democrats", "Llais Gwynedd"])
def test_a_smaller_partys_leader_is_its_leader(sample_store, party):
    facts = _facts_of(f"{party} is standing candidates in May.\n\nThe party leader, Jim Allister, said so.",
                      sample_store)
    assert ("Jim Allister", "leader", party) in _offices(facts), facts
