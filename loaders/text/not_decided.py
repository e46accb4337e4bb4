"""Decision words that state no decision taken: refused, wanted, proposed, conditional, questioned,
still to be taken, a verdict, a motion's terms.

Each predicate reads the words around a decision trigger and says the decision was not taken by anyone
the sentence names; ``decisions.DecisionRules.rule_decide`` then prints nothing.
"""

from __future__ import annotations

from .sentence import Sentence, _refused
from .words import BE, DETERMINER_WORDS, GO_WORDS

PREPOSITIONS = {"in", "on", "at", "by", "for", "with", "from", "of", "under", "during", "after", "before", "through",
                "to", "against", "over"}
#: Nouns whose "to"-infinitive is a decision wanted or proposed, not taken: "resisted calls to suspend X",
#: "under pressure to expel her", "a bid to deselect him".
PROPOSAL_NOUNS = {"calls", "call", "demands", "demand", "pressure", "bid", "bids", "attempt", "attempts", "plan",
                  "plans", "proposal", "proposals", "campaign", "motion", "petition", "pressing", "efforts", "effort"}
#: Words after "asked" that make it a question, not a request: "asked how X could ...", "asked why".
QUESTION_WORDS = {"how", "why", "whether", "if", "what", "when", "where", "who", "which"}
#: Words before an "-ing" form that make it the verb of a clause ("is investigating", "has been looking
#: into"), not a participle describing the noun before it ("detectives investigating the party").
ING_LEADS = BE | {"has", "have", "had", "also", "now", "still", "already", "and", "then", "not", "formally", ",",
                  "publicly", "currently", "reportedly"}
#: Words that open a condition or a means not taken: "if the councillors asked him to", "without asking them".
CONDITIONS = {"if", "unless", "without"}


def _not_taken(s: Sentence, start: int, end: int, action: str) -> bool:
    """Decision words that state no decision taken by anyone the sentence names:
    - a decision refused or wanted: "had resisted calls to suspend X", "refused to expel her", "called on
      the party to suspend him" (the call itself is read as a request or an opposition, at its own verb);
    - a question: "asked how Mrs X could call herself ..." (no one is asked to do anything);
    - an offer of an office: "was asked to chair the party", "an honour to be asked to lead it";
    - a participle describing a common noun: "arrested by detectives investigating the party's finances"
      (the detectives investigate, not the sentence's subject)."""
    word = s.lower[start]
    if start >= 2 and s.lower[start - 1] == "to" and (
            _refused(s, start) or s.lower[start - 2] in PROPOSAL_NOUNS or
            (action not in ("request", "instruct") and s.requested(start))):
        return True
    if action == "request":
        if end < s.n and s.lower[end] in QUESTION_WORDS:
            return True
        complement = next((k for k in range(end, min(s.n, end + 8)) if s.lower[k] == "to"), None)
        if any(w in BE for w in s.lower[max(0, start - 3):start]) and complement is not None and \
                complement + 1 < s.n and s.lower[complement + 1] not in GO_WORDS:
            return True  # "was asked to chair the party"; "was asked to stand down" is a request
    # people described ("officers investigating"); not "a motion suspending X", which is read as taken
    before = s.at(start - 1) if start > 0 else None
    plain = before is None or (before.label == "COLLECTIVE" and before.first == before.last)  # "officers"
    return word.endswith("ing") and start > 0 and plain and s.words[start - 1].isalpha() and \
        s.words[start - 1].islower() and s.lower[start - 1] not in ING_LEADS | PREPOSITIONS | DETERMINER_WORDS \
        and (s.lower[start - 1].endswith("s") or s.lower[start - 1] == "police")


def _conditional(s: Sentence, start: int) -> bool:
    """Whether the verb at ``start`` is in a condition or a means not taken: "if the other councillors
    asked him to", "unless the group asks her", "sent it without asking them" (its clause, back to a
    comma, opens with "if", "unless" or "without", within eight words)."""
    for k in range(start - 1, max(-1, start - 9), -1):
        if s.lower[k] in (",", ";", "and", "but"):
            return False
        if s.lower[k] in CONDITIONS:
            return True
    return False


def _dismissed_as_verdict(s: Sentence, end: int) -> bool:
    """Whether "dismissed" is a verdict, not a removal: "as" within twelve words, followed by what is not an
    office ("dismissed the MPs trying to unseat her as extremists"; "was dismissed as chief whip" removes)."""
    k = next((j for j in range(end, min(s.n - 1, end + 12)) if s.lower[j] == "as"), None)
    if k is None:
        return False
    j = k + 1
    while j < s.n and s.lower[j] in DETERMINER_WORDS | {"his", "her", "their", "its"}:
        j += 1
    m = s.at(j) if j < s.n else None
    return m is None or m.label != "ROLE"


def _yet_to_be(s: Sentence, start: int) -> bool:
    """"His appointment still has to be ratified by the party", "needs to be approved", "is yet to be
    endorsed": a decision still to be taken."""
    return start >= 3 and s.lower[start - 1] == "be" and s.lower[start - 2] == "to" and \
        s.lower[start - 3] in ("has", "have", "had", "needs", "need", "yet", "remains", "remain", "due")


def _motion_terms(s: Sentence) -> bool:
    """A motion's terms quoted as moved ('"That this Council has no confidence in X, removes him from
    office and ..."'): what it would decide, not a decision (the minutes tell whether it was carried)."""
    return s.n > 1 and s.lower[0] in ('"', "“") and s.lower[1] == "that"
