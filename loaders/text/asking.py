"""Requests and interventions told in ways the decision grammar alone misreads.

A head of government asking a member to leave the government or the cabinet removes them
(``_sent_away``); "X confirmed the intervention" is X's intervention in the council in context
(``_intervention_announced``).
"""

from __future__ import annotations

from .event_subjects import _entity
from .linking import Entity, Mention
from .sentence import Sentence, _kind
from .words import DECIDERS, DETERMINER_WORDS

#: Verbs that make public a decision named by a noun: "confirmed the intervention".
ANNOUNCING = {"confirmed", "confirms", "announced", "announces", "approved", "ordered", "ordering"}


class AskingRules:
    """Requests that remove, and interventions announced."""

    def _sent_away(self, s: Sentence, asker: Mention | Entity, targets: list[Mention]) -> bool:
        """"The First Minister asked X to leave the government", "she asked him to leave her cabinet": a
        person asking a member to leave a government or a cabinet removes them (only its head can ask it,
        and the member cannot refuse). "asked X to leave the party" or "to step down" stays a request."""
        person = _entity(asker)
        if len(targets) != 1 or _kind(targets[0]) != "PERSON" or person is None or person.kind != "PERSON":
            return False
        k = targets[0].last + 1
        if not (k + 2 < s.n and s.lower[k] == "to" and s.lower[k + 1] == "leave"):
            return False
        j = k + 2
        while j < s.n and j < k + 5 and s.at(j) is None and s.lower[j] in DETERMINER_WORDS | {"his", "her", "my"}:
            j += 1
        body = s.at(j) if j < s.n else None
        return body is not None and (body.entity is not None and body.entity.kind == "GOVERNMENT" or
                                     s.lower[body.last] in ("government", "cabinet"))

    def _intervention_announced(self, s: Sentence, start: int) -> tuple[list[Mention], list[Mention]] | None:
        """"X confirmed / announced the intervention": X decided it, in the council in context."""
        k = start - 1
        if k < 1 or s.lower[k] not in ("the", "an", "its", "this") or s.lower[k - 1] not in ANNOUNCING:
            return None
        subject = self.subject_before(s, k - 1, DECIDERS | {"PERSON"})
        council = self.linker.last({"COUNCIL"})
        if subject is None or council is None:
            return None
        return [subject], [Mention(0, 0, council.label, "CONTEXT", start, start, council)]
