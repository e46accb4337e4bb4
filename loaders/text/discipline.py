"""Sanctions on members told without a plain decision verb: the whip, bars from standing, removals in
words.

``rule_whip``: "had the whip withdrawn", "the party withdrew the whip from her" (a suspension, decided
by the party). ``rule_bar``: "barred X from standing" (a deselection). ``removed_in_words``: "councillors
voted to remove X", "got rid of its leader", "was taken off the planning committee". ``_sanction_here``:
who suspended or expelled a person earlier in the sentence (the body that investigates them).
"""

from __future__ import annotations

from .linking import Entity, Mention
from .sentence import SPEECH, Fact, Sentence, _coordinated_from, _passive
from .words import BE, DECIDERS

WHIP_VERBS = {"withdrawn", "withdrew", "withdraw", "withdrawing", "removed", "remove", "removing", "suspended",
              "suspend", "lost", "loses", "stripped", "strip", "away"}  # "took away his whip"
WHIP_RESTORED = {"restored", "restore", "restores", "regained", "returned", "given"}
#: Verbs of a body's decision before "to remove": "councillors voted to remove X", "the board agreed to oust him".
RESOLVING_VERBS = {"voted", "vote", "votes", "agreed", "agrees", "resolved", "resolves", "decided", "decides", "chose",
                   "opted"}
#: The infinitives of removal read after those verbs (the triggers hold only the finite forms).
REMOVE_INFINITIVES = {"remove", "oust", "sack", "dismiss", "depose", "topple"}
#: Vague counts of people: "more than a dozen MPs", "several councillors", "dozens of members".
VAGUE_COUNTS = {"dozen", "dozens", "several", "many", "scores", "hundreds", "number", "handful"}


_REMOVING = REMOVE_INFINITIVES | {"rid", "taken"}  # the words removed_in_words reads
#: A membership given back: "readmitted", "reinstated", "restored to membership".
READMITTING = {"readmitted", "readmits", "reinstated", "reinstates", "restored"}
#: Words near a whip's restoration that say it did not happen: "refused to restore the whip to him".
_NOT_RESTORED = {"not", "never", "yet", "n't", "until", "unless", "refused", "refuses", "refusing", "declined",
                 "declines", "blocked", "without"}


class DisciplineRules:
    """Rules for the whip, bars from standing and removals told in words."""

    def rule_whip(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"had the whip withdrawn", "the party withdrew the whip from her", "the whip had been removed
        from him": suspended from the party's group in parliament, a decision of the party."""
        inside = s.at(start)
        verb = next((k for k in range(max(0, start - 3), start) if s.lower[k] in WHIP_VERBS), None)
        if inside is not None and inside.label == "ROLE" or s.hedged(start) or verb is not None and s.hedged(verb):
            return  # (hedged before its verb too: "asking whether Labour intended to withdraw the whip")
        if any(w in ("himself", "herself", "themselves") for w in s.lower[start + 1:start + 4]):
            return  # "had removed the whip from himself": given up, not withdrawn by the party
        near = s.lower[max(0, start - 4):start + 5]
        if any(w in WHIP_RESTORED for w in near) or "back" in near:
            self._whip_restored(s, start)
            return
        if not any(w in WHIP_VERBS for w in near):
            return
        if _background_count(s, start):
            return
        target: list[Mention] = []
        for k in range(start + 1, min(s.n, start + 8)):
            if s.lower[k] == "from":
                m = s.at(k + 1) if k + 1 < s.n else None
                if m is not None and m.entity is not None and m.entity.kind in ("PERSON", "COLLECTIVE"):
                    target = _coordinated_from(s, m)
                break
        decider = None
        if not target and verb is not None and not _passive(s, verb) and s.lower[verb] not in ("lost", "loses"):
            # (the subject of "lost the whip" is the one suspended, read below)
            # "The chief whip, Simon Hart, suspended the whip": the subject decided; whose whip it was
            # is the person the story is about
            subject = self.subject_before(s, verb, {"PERSON", "PARTY", "BODY"})
            if subject is not None and subject.entity is not None and subject.entity.kind == "PERSON":
                about = self.linker.last_subject(excluding=subject.entity)
                if about is not None:
                    target = [Mention(0, 0, about.label, "CONTEXT", start, start, about)]
                    decider = subject.entity
        if not target:
            # (not the speaker: "the chief whip, X, who said the whip would remain suspended")
            target = [p for p in self.people_before(s, start) if p.entity is not None and
                      not any(w in SPEECH for w in s.lower[p.last + 1:start])]
        if not target:
            return
        k = start - 1
        while decider is None and k >= 0 and s.lower[k] in ("the", "its", "their", "his", "her", "party"):
            m = s.at(k)
            if m is not None and m.entity is not None and m.entity.kind == "PARTY":
                decider = m.entity
                break
            k -= 1
        prev = s.at(k) if k >= 0 and decider is None else None
        if prev is not None and prev.entity is not None and prev.entity.kind == "PARTY":
            decider = prev.entity
        if decider is None:
            # "the whip had been removed from him in the Parliamentary Labour Party"
            body = next((m for m in s.after(start, {"BODY"}, limit=8) if m.first > 0
                         and s.lower[m.first - 1] in ("in", "the") and "in" in s.lower[start:m.first]), None)
            decider = body.entity if body is not None and body.entity is not None else None
        if decider is None:
            subject = self.subject_before(s, start, {"PARTY", "BODY"})
            decider = subject.entity if subject is not None else None
        if decider is None:
            group = target[0].entity
            decider = (group.party if group.kind == "COLLECTIVE" else self.parties.get(group.iri)) or self.linker.topic
        if decider is None:
            return
        when, _ = self.date_near(s, start, event=True)
        spots = [m for m in target if m.label != "CONTEXT"]
        first = min([start] + [m.first for m in spots] + ([verb] if verb is not None else []))
        a, b = self.evidence_span(s, first, max([end - 1] + [m.last for m in spots]))
        for m in target:
            self.add(Fact("decided", decider, m.entity, a, b, "decided-whip", 0.75, action="suspend", when=when))

    def _whip_restored(self, s: Sentence, start: int) -> None:
        """"had the whip restored", "the party restored the whip to X", "got the whip back": a membership
        restored (the gold guide: a readmission is no decision of its own), of the party whose whip it is
        ("the Labour whip"), else the party in context. Not "had not been restored", "would be restored"."""
        near = s.lower[max(0, start - 5):start + 5]
        verb = next((k for k in range(max(0, start - 4), min(s.n, start + 5)) if s.lower[k] in WHIP_RESTORED | {"back"}),
                    start)
        if s.hedged(start) or s.hedged(verb) or any(w in _NOT_RESTORED for w in near) or \
                s.lower[verb] == "given" and verb + 1 < s.n and s.lower[verb + 1] == "up":
            return  # (nor "had given up the Labour whip": a resignation)
        target: list[Mention] = []
        for k in range(start + 1, min(s.n, start + 6)):
            if s.lower[k] == "to":  # "restored the whip to X"
                m = s.at(k + 1) if k + 1 < s.n else None
                if m is not None and m.entity is not None and m.entity.kind in ("PERSON", "COLLECTIVE"):
                    target = _coordinated_from(s, m)
                break
        if not target:
            # (not "accepted his offer, have had the whip restored": a possessive is not the one restored)
            target = [p for p in self.people_before(s, min(start, verb)) if p.entity is not None
                      and p.text.lower() not in ("his", "her", "their", "its")]
        before = s.at(start - 1) if start else None
        party = before.entity if before is not None and before.entity is not None and before.entity.kind == "PARTY" \
            else self.linker.party_in_context()
        if not target or party is None:
            return
        when, _ = self.date_near(s, start, event=True)
        spots = [m for m in target if m.label != "CONTEXT"]
        a, b = self.evidence_span(s, min([start, verb] + [m.first for m in spots]), max([start, verb] + [m.last for m in spots]))
        for m in target:
            if m.entity.kind == "PERSON":
                self.add(Fact("member_of", m.entity, party, a, b, "member-whip-restored", 0.7, when=when,
                              is_start=when is not None))

    def readmitted(self, s: Sentence) -> None:
        """"X had been readmitted to the group", "Labour reinstated X", "X, who was restored to membership":
        a membership restored (the gold guide: a readmission is no decision of its own), of the
        organisation after "to" / "of", else the one whose act it is, else the party the story is about or
        the one in context. Not an office given back ("reinstated as leader"), nor one hedged or denied
        ("would be readmitted", "refused to reinstate him"). Cost: a look only where one of its words is."""
        for k in s.positions(READMITTING, 0, s.n):
            if s.hedged(k) or any(w in _NOT_RESTORED for w in s.lower[max(0, k - 4):k]):
                continue
            after = s.lower[k + 1:k + 3]
            if s.lower[k] == "restored" and after[:2] != ["to", "membership"]:
                continue  # only "restored to membership"
            if after[:1] == ["as"] and s.lower[k + 2:k + 4] != ["a", "member"]:
                continue  # "reinstated as leader": an office, read by the office rules
            passive = _passive(s, k) or s.lower[k - 1] in ("who", "been") if k else False
            j = k + 1 + (2 if s.lower[k] == "restored" else 0)
            people: list[Mention] = []
            if passive:
                people = [p for p in self.people_before(s, k) if p.entity is not None]
                if not people:
                    group = self.subject_before(s, k, {"COLLECTIVE"})
                    people = [group] if group is not None else []
            else:
                m = s.at(j) if j < s.n else None
                people = _coordinated_from(s, m) if m is not None and m.first == j and m.entity is not None and \
                    m.entity.kind == "PERSON" else []
                j = (people[-1].last + 1) if people else j
                if s.lower[j:j + 1] == ["as"] and s.lower[j + 1:j + 3] != ["a", "member"]:
                    continue  # "reinstated X as leader": an office
            k2 = j + (1 if j < s.n and s.lower[j] in ("to", "of") else 0)
            k2 += 1 if k2 < s.n and s.lower[k2] == "the" else 0
            named = s.at(k2) if k2 < s.n and k2 > j else None
            org = named.entity if named is not None and named.entity is not None and \
                named.entity.kind in ("PARTY", "GROUP", "BODY") else None
            if org is None and not passive:
                subject = self.subject_before(s, k, {"PARTY", "GROUP"})
                org = subject.entity if subject is not None else None
            people = [p for p in people if p.entity is not None and p.entity.kind in ("PERSON", "COLLECTIVE")]
            # ("fifteen Conservative councillors ... had been readmitted": their own party)
            # (and readmitted to "the party": the one the story is about, before a party named in passing)
            org = org or (people[0].entity.party if people and people[0].entity.kind == "COLLECTIVE" else None) or \
                self.linker.topic or self.linker.party_in_context()
            if org is None or not people:
                continue
            when, _ = self.date_near(s, k, event=True)
            a, b = self.evidence_span(s, min([k] + [p.first for p in people]), max([k] + [p.last for p in people]))
            for p in people:
                self.add(Fact("member_of", p.entity, org, a, b, "member-readmitted", 0.7, when=when,
                              is_start=when is not None))

    def removed_in_words(self, s: Sentence) -> None:
        """Removals told without a removal trigger: "councillors voted to remove X" (a decision to remove,
        by a vote or a resolution: "voted", "agreed", "resolved", "decided" before "to remove", "to oust",
        "to sack"), "the group got rid of its leader X", "X was taken off the planning committee" (by whoever
        took the paragraph's last decision). Read as the removal trigger would be, with its hedges."""
        for k in s.positions(_REMOVING, 1, s.n - 1):
            word = s.lower[k]
            if word in REMOVE_INFINITIVES and s.lower[k - 1] == "to" and k >= 2 and s.lower[k - 2] in RESOLVING_VERBS:
                subject = self.subject_before(s, k - 2, DECIDERS | {"PERSON"})
                if subject is not None and subject.label != "PRON":
                    # ("he had decided to remove him": two pronouns, too often read as the wrong people)
                    self.rule_decide(s, "DECIDE_remove", k, k + 1)
            elif word == "rid" and s.lower[k - 1] in ("got", "gets", "get", "getting") and s.lower[k + 1] == "of":
                self.rule_decide(s, "DECIDE_remove", k - 1, k + 2)
            elif word == "taken" and s.lower[k + 1] == "off" and s.lower[k - 1] in BE and k + 2 < s.n and \
                    s.lower[k + 2] in ("the", "his", "her", "their") and \
                    any(w.startswith("committee") or w in ("cabinet", "board", "panel") for w in s.lower[k + 2:k + 12]):
                self.rule_decide(s, "DECIDE_remove", k, k + 2)

    def _sanction_here(self, s: Sentence, targets: list[Mention]) -> Entity | None:
        """Who took the suspension or expulsion this sentence has already told about the target."""
        if not targets or targets[0].entity is None:
            return None
        for fact in reversed(self.facts):
            if fact.start < s.offset:
                return None
            if fact.relation == "decided" and fact.action in ("suspend", "expel") and fact.object == targets[0].entity:
                return fact.subject
        return None

    def rule_bar(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"barred X from standing", "X was blocked from standing": a deselection; "Y and Z were also
        barred", after one, another; "barred X from all party activity": a suspension."""
        if s.hedged(start):
            return
        reach = end + 6
        aside = next((k for k in range(end, min(s.n - 1, end + 6)) if s.lower[k] == ","
                      and s.lower[k + 1] in ("who", "which", "whose")), None)
        if aside is not None:  # "blocked David Duguid, who was in hospital, from standing"
            close = next((k for k in range(aside + 2, min(s.n, aside + 25)) if s.lower[k] == ","), None)
            reach = close + 4 if close is not None else reach
        standing = any(s.lower[k] == "from" and k + 1 < s.n and s.lower[k + 1] in ("standing", "running", "contesting")
                       for k in range(end, min(s.n, reach)))
        if not standing and any(s.lower[k] == "from" and _party_activity(s.lower[k + 1:k + 4])
                                for k in range(end, min(s.n, reach))):
            self.rule_decide(s, "DECIDE_suspend", start, end)  # "barred X from all party activity"
            return
        if not standing and not (_passive(s, start) and self.actions.get(s.paragraph) == "deselect"):
            return
        self.rule_decide(s, "DECIDE_deselect", start, end)


def _party_activity(words: list[str]) -> bool:
    """"(from) all party activity", "party membership", "the party's activities": a suspension's words."""
    words = [w for w in words if w not in ("all", "the", "'s", "’s")]
    return words[:1] == ["party"] and len(words) > 1 and words[1] in ("activity", "activities", "membership", "meetings")


def _background_count(s: Sentence, start: int) -> bool:
    """"More than a dozen MPs have lost the whip since 2019", "Several councillors have had the whip
    removed over the years": a vague count of people over a period is background, not an event (no one
    is named, and the decisions are many)."""
    before = s.lower[max(0, start - 10):start]
    if not any(w in VAGUE_COUNTS for w in before) or not any(w in ("have", "has") for w in before):
        return False
    after = s.lower[start + 1:min(s.n, start + 10)]
    return "since" in after or "over" in after and "years" in after or "point" in after
