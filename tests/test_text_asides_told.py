"""Round 36: a verb after an aside on a person ("Alison Teal, the street trees campaigner who was once the
Green Party's choice to fight Sheffield Central, has resigned") has that person as its subject; and names that
open with "St" or end with "Central" ("St Mawgan", "Sheffield Central") are places, never people. On
synthetic text."""

from __future__ import annotations

import pytest
from test_text_lists_titled import _resigned
from test_text_loader import _facts_of


@pytest.mark.parametrize("aside", ["who was once the Green Party's choice to fight Sheffield Central",
                                   "the street trees campaigner who was once the Green Party's choice"])
def test_the_person_before_an_aside_resigned(sample_store, aside):
    facts = _facts_of(f"Alison Teal, {aside}, has resigned from the party.", sample_store)
    assert _resigned(facts) == {("Alison Teal", "Green Party")}, facts


def test_places_in_a_list_of_wards_are_no_one(sample_store):
    facts = _facts_of("Rowland O'Connor, the councillor for St Columb Major, St Mawgan and St Wenn, resigned from "
                      "Reform UK.", sample_store)
    assert _resigned(facts) == {("Rowland O'Connor", "Reform UK")}, facts
