"""Motions voted down: "councillors voted 31 to 29 against a motion of no confidence", "eight voted for
the motion and 14 against", "the motion fell", "was not carried".

The body that voted rejected the motion (``MotionRules.motion_rejected``); a person's own vote against a
motion, and a motion carried, give nothing.
"""

from __future__ import annotations

from .event_subjects import _number
from .sentence import Fact, Sentence, _modal_before
from .stances import _statement_iri
from .words import BE, NEGATION

#: Words that tell a motion failed: "the motion was defeated", "the motion fell", "was not carried".
MOTION_FAILED = {"defeated", "lost", "rejected", "fell", "falls", "carried", "passed"}


_MOTION_WORDS = MOTION_FAILED | {"voted", "votes"}  # the words motion_rejected reads


class MotionRules:
    """Rules for motions voted down."""

    def motion_rejected(self, s: Sentence) -> None:
        """A motion voted down, told by the vote rather than by a verb of rejecting: "councillors voted 31 to
        29 against a motion of no confidence", "eight councillors voted for the motion and 14 against",
        "the motion was defeated by 30 votes to 12", "the motion fell". The body that voted rejected the
        motion: a council or body named as the clause's subject, else the council the document is about.
        A person's own vote against a motion ("Jones voted against the motion") is no decision."""
        for k in s.positions(_MOTION_WORDS, 1, s.n - 1):
            word = s.lower[k]
            if word in ("voted", "votes") and _motion_noun_near(s, k):
                if not (_vote_count(s, k) or _voted_down(s, k)):
                    continue
            elif word in MOTION_FAILED and s.lower[k - 1] in BE | NEGATION | {"motion"} and \
                    "motion" in s.lower[max(0, k - 5):k]:
                if word in ("carried", "passed") and s.lower[k - 1] not in NEGATION and \
                        not any(w in NEGATION for w in s.lower[max(0, k - 3):k]):
                    continue  # only "was not carried"
            else:
                continue
            if s.hedged(k) or _modal_before(s, k):
                continue
            self._reject_motion(s, k)
            return

    def _reject_motion(self, s: Sentence, k: int) -> None:
        """The decision that the motion told at ``k`` was rejected, by the voting body."""
        subject = self.subject_before(s, k, {"COUNCIL", "BODY"})
        body = subject.entity if subject is not None and subject.label != "PRON" else None
        body = body or self.linker.home or self.linker.last({"COUNCIL"})
        if body is None:
            return
        motion = self._motion(self.motion_target) if self.motion_target is not None else \
            self.linker.mint(_statement_iri(self.linker.doc_key, body.iri + "motion", None), _motion_label(s, k),
                             "POLICY", ())
        when, _ = self.date_near(s, k, event=True)
        a, b = self.evidence_span(s, max(0, k - 3), min(s.n - 1, k + 8))
        self.add(Fact("decided", body, motion, a, b, "decided-reject", 0.7, action="reject", when=when))


def _motion_noun_near(s: Sentence, k: int) -> bool:
    """Whether a motion is voted on right after ``k``: "voted 31 to 29 against a motion", "voted for the
    motion"."""
    return any(w in ("motion", "resolution") for w in s.lower[k + 1:k + 9])


def _motion_label(s: Sentence, k: int) -> str:
    """"Motion to remove her from office": the motion's own words after ``k``, to a comma or "and"."""
    j = next((x for x in range(max(0, k - 5), min(s.n, k + 9)) if s.lower[x] in ("motion", "resolution")), None)
    if j is None:
        return "Motion"
    words = []
    for w in s.words[j + 1:j + 8]:
        if w in (",", ".", ";") or w.lower() in ("and", "was", "were", "by"):
            break
        words.append(w)
    return " ".join([s.words[j].capitalize(), *words])


def _vote_count(s: Sentence, k: int) -> bool:
    """"voted 31 to 29 against a motion", "voted by 31 votes to 29 against": more votes against it."""
    words = s.lower[k + 1:k + 9]
    if "against" not in words:
        return False
    counts = [_number(w) for w in words[:words.index("against")]]
    counts = [c for c in counts if c is not None]
    return len(counts) >= 2 and counts[0] > counts[1]


def _voted_down(s: Sentence, k: int) -> bool:
    """"Eight councillors voted for the motion ... and 14 against": the count before "voted" and the count
    before a later "against", the second larger."""
    before = _number(s.lower[k - 1]) if k >= 1 else None
    if before is None and k >= 2:
        before = _number(s.lower[k - 2])  # "Eight councillors voted"
    if before is None or k + 1 >= s.n or s.lower[k + 1] != "for":
        return False
    against = next((j for j in range(k + 2, s.n) if s.lower[j] == "against"), None)
    after = _number(s.lower[against - 1]) if against is not None else None
    return after is not None and after > before
