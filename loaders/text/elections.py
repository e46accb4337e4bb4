"""Who elected: the body whose decision an election to an office was (``decided`` with action ``elect``).

An election is a body's decision when the text names the body or when the office is one its holder's
body fills by its own vote:

- named: "X was elected leader by the council", "Councillors elected X as leader", "the Labour group
  chose X as its leader", "X was elected Leader of the Alliance Party at a special meeting of the party
  council";
- the office's own body: a council elects its leader ("X was elected leader of the council at the annual
  meeting"); a party's group on a council or in a parliament elects its leader ("X was elected leader
  of the Labour group"). A directly elected mayor's authority and a seat won at the polls are no body's
  decision, nor is a party's leadership (its members or its conference decide, and the text says so or
  not);
- a council's own resolution, its minutes or a meeting the text names make the council the chooser of
  any office it fills ("RESOLVED that Councillor X be elected Vice-Chairman of the Council", "that
  Councillor Y be appointed Leader", "At the same meeting Z was elected Chair"): ``elect`` for an
  election, ``appoint`` for an appointment (docs/text-gold-guide.md, "Who chose an office-holder").

The holder's office itself is printed by the office rules (offices.py); this adds the decision, dated
as the election.
"""

from __future__ import annotations

from .dates import When
from .linking import Entity, Mention
from .sentence import RESOLVING, Fact, Sentence, _kind
from .words import ASSEMBLY_WORDS, SEAT_ROLES

#: First words of the ELECT triggers that are votes (not appointments, nominations or confirmations).
VOTE_VERBS = {"elected", "re-elected", "reelected", "chosen", "chose", "voted", "picked", "returned"}
#: Offices whose election a council's or a group's vote decides even when the text names no chooser: its
#: leadership. (A chair, a mayor or a deputy is the body's decision only where the text names the body,
#: its meeting or its resolution.)
BODY_ELECTED = {"leader", "co-leader", "lord-mayor"}
#: First words of the ELECT triggers that are appointments: the council's decision only in its resolution,
#: its minutes or a meeting the sentence names, with no maker named.
APPOINT_VERBS = {"appointed", "re-appointed", "reappointed", "installed", "confirmed"}
#: Words after "at a ... meeting of" that name the electing body.
MEETING_WORDS = {"meeting", "session", "conference", "hustings", "vote", "ballot"}


class ElectionRules:
    """The body that elected someone to an office."""

    def elector(self, s: Sentence, start: int, end: int, passive: bool, people: list[Mention],
                org: Entity, role: str) -> Entity | None:
        """The body that took the election at ``start`` (a vote verb) to ``role`` in ``org``: named as the
        agent ("by the council"), as the subject ("Councillors elected X"), as the meeting ("at a
        meeting of the party council"), else the office's own body (see the module docstring)."""
        if role in SEAT_ROLES or role == "councillor":
            return None
        if org.kind == "COUNCIL" and org.noun != "authority" and (
                _resolved(s, start) or self.minutes or _at_a_meeting(s)):
            # "RESOLVED that Councillor X be elected Vice-Chairman of the Council"; "Councillor Y was elected
            # Chair of the Council" in its minutes; "At the same meeting Z was elected Chair": the council
            return org
        if org.kind == "BODY" and self.minutes and ASSEMBLY_WORDS & set(org.label.split()):
            # "X was elected Deputy Speaker" in the Assembly's own minutes: the Assembly
            return org
        if org.kind == "COUNCIL" and org.noun != "authority" and not passive and start > 0 and \
                s.lower[start - 1] == "councillors" and (s.at(start - 1) is None or s.at(start - 1).first == start - 1):
            return org  # "and councillors voted X in as leader of the council": its councillors, the council
        named = self._named_elector(s, start, end, passive, people)
        if named is not None and not (org.kind == "COUNCIL" and org.noun == "authority"):
            return named  # "The council also elected X as its new Chair": whatever the office
        if org.kind in ("COUNCIL", "GROUP") and (role not in BODY_ELECTED or org.noun == "authority"):
            return None
        return org if org.kind in ("COUNCIL", "GROUP") else None

    def _named_elector(self, s: Sentence, start: int, end: int, passive: bool,
                       people: list[Mention]) -> Entity | None:
        """The body the text names as voting: the agent of a passive ("by the council"), the subject of an
        active verb ("Councillors elected X"), or the body whose meeting it was."""
        if passive:
            agent = self.agent(s, start, end, "elect")
            found = agent.entity if isinstance(agent, Mention) else agent
        else:
            subject = self.subject_before(s, start, {"COUNCIL", "GROUP", "BODY", "PARTY", "COLLECTIVE"})
            found = subject.entity if subject is not None and subject not in people else None
        if found is None:
            found = self._meeting_of(s, end)
        return self._as_body(found) if found is not None else None

    @staticmethod
    def _meeting_of(s: Sentence, end: int) -> Entity | None:
        """"at a special meeting of the party council", "at the annual meeting of Bolton Council", "in a
        ballot of members", "the members' vote": the body whose meeting or vote it was."""
        for k in range(end, s.n):
            owner = s.at(k - 2) if s.lower[k] in ("vote", "votes", "ballot") and s.lower[k - 1] in ("'", "’", "'s", "’s") \
                else None
            if owner is not None and owner.entity is not None and _kind(owner) == "COLLECTIVE":
                return owner.entity  # "beating X with 63.5 per cent of the members' vote": the members voted
        for k in range(end, min(s.n - 2, end + 24)):
            if k >= end + 14 and s.lower[k] not in ("ballot", "vote"):
                continue  # "elected leader yesterday, defeating X by 53,806 votes to 41,388 in a ballot of party members"
            if s.lower[k] in MEETING_WORDS and s.lower[k + 1] == "of":
                for j in range(k + 2, min(s.n, k + 7)):
                    m = s.at(j)
                    # ("in a vote of members": the members, a whole that votes)
                    if m is not None and m.entity is not None and _kind(m) in ("COUNCIL", "BODY", "GROUP", "COLLECTIVE") and \
                            not (m.last + 1 < s.n and s.lower[m.last + 1] in ("'s", "’s")):
                        return m.entity  # not "the party's" in "a meeting of the party's federal board"
                return None
        return None

    def _as_body(self, entity: Entity) -> Entity | None:
        """A people named as a whole stand for the body they vote in: "Labour councillors" for the party's
        group on the council in context, "councillors" for the council; other wholes ("the party's
        members") are the electors themselves. A person is no elector here (an appointment is)."""
        if entity.kind == "PERSON":
            return None
        if entity.kind != "COLLECTIVE":
            return entity
        if entity.noun == "councillors":
            council = entity.council or self.linker.council_in_context()
            if council is None:
                return None
            return self.linker.council_group(entity.party, council) if entity.party is not None else council
        return entity

    def election_decided(self, s: Sentence, start: int, end: int, passive: bool, people: list[Mention],
                         org: Entity, role: str, when: When | None, a: int, b: int) -> None:
        """Add "ELECTOR decided elect PERSON" for an election to an office; "decided appoint" for an
        appointment told without its maker in a council's resolution, minutes or named meeting ("that
        Councillor X be appointed Leader", "X was installed as Lord Mayor at the annual meeting")."""
        verb = _verb(s, start)
        resolved_to = _resolved_to(s, start)
        appointed = verb in APPOINT_VERBS and (_resolved(s, start) or passive and (
            self.minutes or _at_a_meeting(s)) and not _by_after(s, end)) or \
            verb in ("appoint", "reappoint") and resolved_to
        if verb not in VOTE_VERBS and not appointed and not resolved_to:
            return
        elector = self.elector(s, start, end, passive, people, org, role)
        if elector is None:
            return
        for p in people:
            if p.entity is None or p.entity.kind != "PERSON" or p.entity == elector or any(
                    f.relation == "decided" and f.object == p.entity and f.subject == elector for f in self.facts):
                continue  # "the group chose X": read as an appointment already
            action = "appoint" if appointed else "elect"
            self.add(Fact("decided", elector, p.entity, a, b, f"decided-{action}", 0.7, action=action, when=when))


def _verb(s: Sentence, start: int) -> str:
    """The verb at ``start`` as one word ("re-elected", which the tokenizer splits at its hyphen)."""
    if s.lower[start] == "re" and start + 2 < s.n and s.lower[start + 1] == "-":
        return f"re-{s.lower[start + 2]}"
    return s.lower[start]


def _resolved_to(s: Sentence, start: int) -> bool:
    """"RESOLVED to elect Councillor X as Leader", "the council voted to elect X", "The Council AGREED to
    appoint X as Depute Provost": an election or appointment decided."""
    return s.lower[start] in ("elect", "appoint", "reappoint") and start >= 2 and s.lower[start - 1] == "to" and \
        s.lower[start - 2] in RESOLVING


def _at_a_meeting(s: Sentence) -> bool:
    """Whether the sentence places its election at a meeting ("at the annual meeting", "at the same
    meeting", "at last night's full council meeting", "The meeting also elected X"): the body meeting chose."""
    return any(k > 0 and s.lower[k - 1] in ("same", "annual", "council", "first", "statutory", "full", "general")
               or k <= 2 and s.lower[k - 1] == "the" for k in s.positions(("meeting",)))


def _by_after(s: Sentence, end: int) -> bool:
    """Whether a passive's agent follows ("was appointed by the Leader"): its maker, read elsewhere."""
    return "by" in s.lower[end:end + 8]


def _resolved(s: Sentence, start: int) -> bool:
    """Whether the verb at ``start`` is a meeting's resolution ("RESOLVED that X be elected ...")."""
    return start > 0 and s.lower[start - 1] == "be" and s.resolution(start)
