"""Round 32: an authority's member councils listed after a noun of members ("its member councils: A, B and C",
"the five constituent councils, A, B, ...", "the seven members of the combined authority are A, B, ...").
Each mechanism on synthetic text, with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of


def _parts(facts: list[dict]) -> set[tuple[str, str]]:
    return {(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "part_of"}


def test_councils_listed_after_a_noun_of_members_are_the_authority_s(every_council):
    for said in ("its member councils: Leeds City Council, Calderdale Council and Kirklees Council",
                 "the three constituent councils, Leeds City Council, Calderdale Council and Kirklees Council",
                 "the three members of the combined authority are Leeds City Council, Calderdale Council and "
                 "Kirklees Council"):
        text = f"The West Yorkshire Combined Authority met on Tuesday.\n\nThe mayor spoke for {said}."
        parts = _parts(_facts_of(text, every_council, published="2023-03-01"))
        assert len({p for p, whole in parts if "West Yorkshire" in whole}) == 3, (said, parts)
    # councils listed after the members of something else are not the authority's
    text = ("The West Yorkshire Combined Authority met on Tuesday.\n\nThe members of the audience were from "
            "Leeds City Council and Calderdale Council.")
    assert not _parts(_facts_of(text, every_council, published="2023-03-01")), text
