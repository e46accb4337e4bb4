"""Relation rules for control: which party controls (runs, leads, has a majority on) a council.

Read without a trigger: "a Labour-run council" (``controlled``), "The councils Reform now runs are A,
B and C" (``councils_listed``), "won Shropshire Council from the Conservatives" (``council_won``),
"won 38 of the 54 seats" (``majority_won``), "Labour has run Leicester City Council since 2019"
(``council_run``) and a party's administration (``administration``). With a trigger: "majority on",
"won control of", "took", "holds" ... (``rule_control``), where "a majority of the seats" or "the
chamber" stands for the council in context.
"""

from __future__ import annotations

import re

from .linking import Entity, Mention
from .sentence import HEDGES, Fact, Sentence, _coordinated_from, _kind
from .words import ASSEMBLY_WORDS, BE, NEGATION

CONTROL_VERBS = {"won", "wins", "win", "winning", "secured", "kept", "keeps", "retained", "retains", "took", "takes", "gained", "gains", "holds",
                 "held", "holding", "has", "have", "regained", "lost"}
#: Words before a control won that make it a wish or a failure: "hopes to win a majority on the council".
WISHING = {"hopes", "hoped", "hoping", "aims", "aimed", "aiming", "seeks", "sought", "seeking", "bid", "chance",
           "try", "tried", "trying", "failed", "fails", "fail", "needs", "needed", "target", "targets"}
#: "Labour remains firmly in control of X", "was in control of": verbs before "in control of".
_IN_CONTROL_VERBS = {"remains", "remain", "remained", "stays", "stayed", "is", "was", "are", "were", "been"}
#: "a majority of the seats", "a majority in the chamber": words after a control trigger that name the
#: council in context without naming it.
CHAMBER_WORDS = {"seats", "chamber", "town", "council", "authority"}
#: "Labour will run the council", "Labour has run Leicester City Council since 2019", "Labour will also
#: govern X", "took over the running of the authority": the verb, the auxiliaries (and "the" of "the
#: running") between a party or person and it, and the nouns that stand for the council in context.
RUN_FORMS = {"run", "runs", "ran", "running", "govern", "governs", "governed", "governing"}
RUN_AUX = {"will", "has", "have", "had", "is", "was", "been", "now", "already", "still", "also", "continue", "the",
           "continues", "continued", "to", "and", "then", "carry", "carries", "on", "keep", "keeps", "go", "goes"}
#: Words between the article and the party of an administration: "a new minority Labour administration".
ADMINISTRATION_MODIFIERS = {"new", "minority", "majority", "single-party", "stable", "fresh"}
RUN_OBJECTS = {"city", "council", "authority", "borough", "county", "town", "district"}
#: "a Liberal Democrat and Green administration", "the previous Conservative administration", "twenty years of
#: Conservative administration": the words between the parties of an administration, and before the first.
_ADMINISTRATION = frozenset({"administration"})
_BETWEEN_PARTIES = {"and", ",", "minority", "majority", "new", "independent", "independents", "-", "led"}
_BEFORE_ADMINISTRATION = {"a", "an", "the", "its", "of", "previous", "former", "outgoing"}
#: "a Labour administration could follow": a modal after the noun makes the administration a prospect.
_MODALS_AFTER = {"could", "would", "might", "may", "will", "should"}
#: Verbs of forming an administration: "formed a minority administration", "forms the administration".
FORMING = {"form", "forms", "formed", "forming"}
#: "Jo Lovelock had led a minority Labour administration": the verbs of heading an administration.
HEADING_VERBS = {"led", "leads", "leading", "heads", "headed", "heading"}
#: "The Plaid Cymru group ... leads the new administration": the largest group's administration.
LEADING = {"leads", "led", "lead"}
_RUN_OR_CONTROL = RUN_FORMS | {"controlled", "controls"}  # made once: run_relative looks every word up
#: "Labour controls Sunderland City Council", "had controlled Edinburgh since 1984": council_run's verbs.
_RUN_OR_CONTROL_VERBS = _RUN_OR_CONTROL | {"control"}
#: "The councils Reform now runs are A, B and C": a head noun naming councils, a party that runs them,
#: and the list after "are" / "include" / ":". Each listed name is a council the party controls.
COUNCIL_NOUNS = {"councils", "authorities", "boroughs"}
RUNS_VERBS = {"runs", "run", "controls", "control", "controlled", "leads", "led", "won", "took", "gained", "holds",
              "held"}
#: "won 38 of the 54 seats", "walked away with 57 of the 81 seats": the words before a count of seats won.
SEAT_WIN_VERBS = {"won", "took", "with", "gained", "secured", "captured", "holds", "held", "has", "had", "taking",
                  "winning"}
#: "holds an overall majority": the verbs of a majority held, and the words that may stand between it and "majority".
HOLD_VERBS = {"holds", "held", "has", "had", "have", "retains", "retained", "keeps", "kept"}
#: "In Monmouthshire the Conservatives won an outright majority": a majority won, read as one held (not
#: beside an election: a general election's majority is a House's).
MAJORITY_WIN_VERBS = {"won", "wins", "secured", "gained", "regained"}
#: Verbs a majority is won by with "to": "the Liberal Democrats swept to a 42-seat majority".
MAJORITY_SWEPT = {"swept", "sweeps", "romped", "surged"}
MAJORITY_QUALIFIERS = {"an", "a", "overall", "clear", "outright", "absolute", "working", "comfortable", "commanding",
                       "large", "big", "healthy", "huge", "slim", "narrow", "small", "thin", "overwhelming", "solid",
                       "strong", "workable"}
LIST_OPENERS = {"are", "were", "include", "included", "including", ":"}
#: "won Shropshire Council from the Conservatives": a council won outright, named at once after the verb.
COUNCIL_WIN_VERBS = {"won", "wins", "took", "takes", "gained", "gains", "captured", "seized", "regained"}
#: "Newcastle fell to Labour", "Ealing swung back to Labour": a council passed to a party.
PASSED_TO_VERBS = {"fell", "falls", "swung", "swings", "returned", "returns", "passed", "passes", "went", "switched",
                   "reverted", "changed"}
#: "Labour held Newport", "kept Caerphilly": a council kept at an election.
COUNCIL_KEEP_VERBS = {"held", "holds", "kept", "keeps", "retained", "retains"}


#: Words that say groups share an administration.
SHARED_POWER = ("share power", "shared power", "sharing power", "joint administration", "partnership administration",
                "coalition administration", "administration would be formed", "administration will be formed",
                "form a coalition", "formed a coalition", "form an administration", "formed an administration")


#: Verbs of a party's grip on a council kept ("kept its grip on X"; not "lost its grip on X").
GRIP_KEPT = {"kept", "keeps", "tightened", "tightens", "retained", "retains", "strengthened", "strengthens"}

#: Nouns after "under PARTY" that make it the party's council: "under SNP leadership".
UNDER_NOUNS = {"control", "leadership", "rule"}
#: Words between a council and "under" that keep it the clause's subject: "is now back under Labour control".
UNDER_VERBS = {"is", "was", "came", "comes", "fell", "falls", "remains", "remained", "stays", "stayed", "now",
               "again", "back", "firmly", "still", "has", "had", "been", "once", "more", "returned", "returns"}

class ControlRules:
    """Rules for a party's control of a council."""

    def controlled(self, s: Sentence) -> None:
        """"a Labour-run council – Haringey", "the Labour-run authority": the party controls it."""
        for m in s.mentions:
            if m.label != "CONTROLLED" or m.entity is None or m.possessor is None:
                continue
            a, b = self.evidence_span(s, m.first - 1 if m.first else 0, m.last)
            named = s.at(m.last + 2) if m.last + 2 < s.n and s.lower[m.last + 1] in ("–", "-", "—", ",") else None
            if named is not None and named.entity is not None:
                b = s.char_end(named.last)
            self.add(Fact("controls", m.possessor, m.entity, a, b, "controls-run", 0.8, is_start=False))

    def controlled_predicate(self, s: Sentence) -> None:
        """"Oxfordshire County Council is Conservative-led", "the council remains Labour-run": a party's
        "-led" or "-run" said of the council named before the verb (a council, a place the graph's council is
        named after, or "the council" in context) controls it; not an adjective before a noun ("a
        Labour-led administration", read by the other rules), nor a hedged or negated clause. Cost: a look
        at each party mention."""
        for m in s.mentions:
            k = m.last + 1
            if _kind(m) != "PARTY" or m.entity is None or m.first < 2 or k + 1 >= s.n or s.lower[k] != "-" or \
                    s.lower[k + 1] not in ("led", "run", "controlled") or \
                    (k + 2 < s.n and s.lower[k + 2] not in (".", ",", ";", "and", "but", "–", "—")):
                continue
            v = m.first - 1
            while v > 0 and s.lower[v] in ("still", "now", "also", "firmly", "again"):
                v -= 1
            if s.lower[v] not in BE | {"remains", "remained", "stays", "stayed"} or s.hedged(v) or \
                    any(w in NEGATION for w in s.lower[max(0, v - 2):m.first]):
                continue
            council = self._council_before(s, v)
            if council is None:
                continue
            when, _ = self.date_near(s, v)
            a, b = self.evidence_span(s, max(0, v - 4), k + 1)
            self.add(Fact("controls", m.entity, council, a, b, "controls-passive", 0.75, when=when, is_start=False))

    def controlled_by(self, s: Sentence) -> None:
        """"Leeds City Council is controlled by Labour", "Essex, which is also controlled by the
        Conservatives", "Bolton Council has been run by the Conservatives since 2019": the party (or its
        council group) named at once after "controlled by" / "run by" controls the council named just before
        the verb (a council, or a place whose council the graph knows); "led by the Liberal Democrats" (a
        party only), "run by a Green-led administration". Only after a form of "be" (so "a campaign run by
        Labour" is nothing); negated and hedged sentences give nothing, but for what minutes report as
        settled. Cost: a look only at "controlled", "run" or "led" followed by "by"."""
        for k in s.positions(("controlled", "run", "led"), 1, s.n - 2):
            by = k + 1 + (s.lower[k + 1] == "jointly")  # "is run jointly by Labour and the Independent group"
            if by >= s.n - 1 or s.lower[by] != "by":
                continue
            v = k - 1
            while v > 0 and s.lower[v] in ("also", "still", "now", "currently", "long", "jointly", "again"):
                v -= 1
            if s.lower[v] not in BE or s.hedged(v) and not (self.minutes and _reported(s, v + 1)) or \
                    any(w in NEGATION for w in s.lower[max(0, v - 2):k]):
                continue
            party = s.at(by + 1 + (s.lower[by + 1] in ("the", "a", "an") and by + 2 < s.n))
            if party is not None and party.label == "CONTROLLED" and party.possessor is not None and \
                    s.lower[party.last] in ("administration", "majority", "coalition"):
                # "has been run by a Green-led administration": the party that leads it
                party = Mention(party.start, party.end, party.text, "PARTY", party.first, party.last, party.possessor)
            if party is None or party.entity is None or _kind(party) not in ("PARTY", "GROUP") or \
                    s.lower[k] == "led" and _kind(party) != "PARTY":
                continue
            council = self._council_before(s, v)
            if council is None:
                continue
            when, _ = self.date_near(s, k)
            parties = _coordinated_from(s, party)  # "was run by the Liberal Democrats and the SNP"
            a, b = self.evidence_span(s, max(0, v - 6), parties[-1].last)
            for party in parties:
                self.add(Fact("controls", party.entity, council, a, b, "controls-passive", 0.75, when=when,
                              is_start=False))

    def _council_before(self, s: Sentence, v: int) -> Entity | None:
        """The council named just before the verb group ending at token ``v`` ("Leeds City Council is",
        "Essex, which is", "Bolton Council has been"): a council mention, or a place the graph's council is
        named after."""
        j = v - 1
        while j > 0 and s.lower[j] in BE | {"has", "have", "had", "which", ",", "that"}:
            j -= 1
        m = s.at(j)
        if m is not None and m.last == j and m.entity is not None and _kind(m) == "COUNCIL":
            return m.entity
        if j >= 1 and s.lower[j] in RUN_OBJECTS and s.lower[j - 1] == "the" and m is None:
            council = self.linker.last({"COUNCIL"})  # "the city was run by": the council in context
            return council if council is not None and council.kind == "COUNCIL" else None
        first = j
        while first > 0 and s.title(first - 1):
            first -= 1
        if not s.title(j) or (m is not None and m.entity is not None and _kind(m) != "PLACE"):
            return None
        council = self.linker.council_named(" ".join(s.words[first:j + 1]))
        return council if council is not None and council.kind == "COUNCIL" else None

    def councils_listed(self, s: Sentence) -> None:
        """"The councils Reform now runs are Kent, Durham and Doncaster", "councils Labour controls
        include A and B": each name in the list is a council the party controls. Cost: one pass over
        the sentence's words, only past a plural council noun."""
        for k in s.positions(COUNCIL_NOUNS, 0, s.n - 3):
            opener = next((j for j in range(k + 1, min(s.n, k + 8)) if s.lower[j] in LIST_OPENERS), None)
            if opener is None:
                return
            party = next((m for m in s.mentions if k < m.first < opener and _kind(m) == "PARTY"
                          and m.entity is not None), None)
            if party is None or not any(w in RUNS_VERBS for w in s.lower[party.last + 1:opener]) or \
                    s.hedged(opener):
                return
            when, _ = self.date_near(s, opener, event=True)
            for first, last in self._title_list(s, opener + 1):
                m = s.at(first)
                council = m.entity if m is not None and m.entity is not None and _kind(m) == "COUNCIL" and \
                    m.first == first else self.linker.organisation(" ".join(s.words[first:last + 1]), "COUNCIL")
                a, b = self.evidence_span(s, k, last)
                self.add(Fact("controls", party.entity, council, a, b, "controls-listed", 0.75, when=when,
                              is_start=False))
            return

    @staticmethod
    def _title_list(s: Sentence, k: int) -> list[tuple[int, int]]:
        """The capitalised names listed from token ``k`` ("Kent, Durham, North Northamptonshire and
        Doncaster"), as (first, last) token pairs; stops at the first word that is neither a name nor a
        separator."""
        items: list[tuple[int, int]] = []
        while k < s.n and s.title(k):
            first = k
            while k + 1 < s.n and s.title(k + 1):
                k += 1
            items.append((first, k))
            k += 1
            while k < s.n and s.lower[k] in (",", "and"):
                k += 1
        return items

    def council_won(self, s: Sentence) -> None:
        """"the Liberal Democrats won Shropshire Council from them", "Labour held on to Enfield Council":
        a party took or kept a council outright (the council named at once after the verb; "won a seat
        on X Council" is not this). A bare place ("Labour also held Newport", "Caerphilly, which Labour
        kept") is its council only in a story that has already named a council, and never beside a
        by-election, a general election or a seat (a constituency is held and won too)."""
        for m in s.mentions:
            if _kind(m) != "COUNCIL" or m.entity is None:
                continue
            verb = _list_start(s, m) - 1  # "took Wandsworth, Westminster and Barnet": each of the list
            if verb >= 3 and s.lower[verb] in ("to", "onto") and s.lower[verb - 1] == "on":
                verb -= 2  # "held on to X"
            elif verb >= 4 and s.lower[verb - 2:verb + 1] in (["its", "grip", "on"], ["their", "grip", "on"]) and \
                    s.lower[verb - 3] in GRIP_KEPT:
                verb -= 3  # "kept its grip on Durham County Council", "tightened its grip on Merton"
            if verb < 1 or s.lower[verb] not in COUNCIL_WIN_VERBS | COUNCIL_KEEP_VERBS:
                kept = self._kept_after(s, m)
                if kept is None:
                    continue
                party, verb = kept
            else:
                party = next(iter(s.before(verb, {"PARTY", "GROUP"}, limit=4)), None) or self._shared_subject(s, verb)
            if party is None or party.entity is None or s.hedged(verb) or \
                    not (m.text.lower().endswith("council") or self._place_is_council(s)):
                continue
            when, _ = self.date_near(s, verb, event=True)
            a, b = self.evidence_span(s, party.first, m.last)
            self.add(Fact("controls", party.entity, m.entity, a, b, "controls-won", 0.8, when=when, is_start=False))
            for k in _unlinked_in_list(s, m):
                # "held Barnet, Wandsworth and Westminster": a name the linker leaves alone (also Parliament)
                # is a council in a list of councils
                council = self.linker.council_named(s.words[k])
                if council is not None and council.kind == "COUNCIL":
                    a, b = self.evidence_span(s, party.first, max(k, m.last))
                    self.add(Fact("controls", party.entity, council, a, b, "controls-won", 0.75, when=when,
                                  is_start=False))

    @staticmethod
    def _shared_subject(s: Sentence, verb: int) -> Mention | None:
        """"The Conservatives held Barnet and Wandsworth comfortably and took Richmond from the Liberal
        Democrats": the party of the verb of winning or keeping that "and" joins this one to, when no other
        party, group or person stands between them."""
        k = verb - 1
        if k < 1 or s.lower[k] != "and":
            return None
        earlier = next((v for v in range(k - 1, 0, -1) if s.lower[v] in COUNCIL_WIN_VERBS | COUNCIL_KEEP_VERBS), None)
        if earlier is None or s.before(verb, {"PARTY", "GROUP", "PERSON"}, limit=verb - earlier):
            return None
        return next(iter(s.before(earlier, {"PARTY", "GROUP"}, limit=4)), None)

    def in_hands(self, s: Sentence) -> None:
        """"Blaenau Gwent is back in Labour hands", "the county stayed in Conservative hands": the party
        controls the council the clause is about (the council named before the verb, else none). A
        negation or a hedge gives nothing ("no longer in Labour hands"). Cost: a look only where "hands"
        is a word of the sentence."""
        for k in s.positions(("hands",), 2):
            party = s.at(k - 1)
            if party is None or party.entity is None or _kind(party) != "PARTY" or party.last != k - 1 or \
                    party.first < 1 or s.lower[party.first - 1] not in ("in", "into") or s.hedged(k) or \
                    any(w in NEGATION | {"longer", "out"} for w in s.lower[max(0, party.first - 5):party.first]):
                continue
            council = next(iter(s.before(party.first, {"COUNCIL"}, limit=6)), None)
            if council is None or council.entity is None or _kind(council) != "COUNCIL":
                continue
            when, _ = self.date_near(s, party.first, event=True)
            a, b = self.evidence_span(s, council.first, k)
            self.add(Fact("controls", party.entity, council.entity, a, b, "controls-won", 0.75, when=when,
                          is_start=False))

    def under_party(self, s: Sentence) -> None:
        """"Dumfries and Galloway Council is under SNP leadership again", "the county came under Labour
        control in 2012": the party controls the council that is the clause's subject (named before the
        verb, or "the council" in context). A negation, "no longer" or a hedge gives nothing. Cost: a look
        only where "under" is a word of the sentence."""
        for k in s.positions(("under",), 2, s.n - 2):
            party = s.at(k + 1)
            if party is None or party.first != k + 1 or party.entity is None or _kind(party) != "PARTY" or \
                    party.last + 1 >= s.n or s.lower[party.last + 1] not in UNDER_NOUNS or s.hedged(k):
                continue
            v = k - 1
            while v > 0 and s.lower[v] in UNDER_VERBS:
                v -= 1
            if v == k - 1 or any(w in NEGATION | {"longer"} for w in s.lower[v:k]):
                continue  # (no verb: "a council under Labour control" describes, it does not state)
            m = s.at(v)
            council = m.entity if m is not None and m.last == v and m.entity is not None and _kind(m) == "COUNCIL" \
                else self.linker.council_in_context() if s.lower[v] in ("council", "authority", "it") else None
            if council is None or council.kind != "COUNCIL":
                continue
            when, _ = self.date_near(s, k, event=True)
            a, b = self.evidence_span(s, m.first if m is not None and m.last == v else v, party.last + 1)
            self.add(Fact("controls", party.entity, council, a, b, "controls-under", 0.75, when=when, is_start=False))

    def fell_to(self, s: Sentence) -> None:
        """"Newcastle also fell to Labour", "Ealing swung back to Labour with 40 seats", "Enfield returned to
        Labour after eight years": the council before the verb passed to the party named after "to" (past
        "from the Conservatives"). A bare place is its council only as ``council_won`` reads one; a hedge
        or a negation gives nothing. Cost: a look only at the verbs of passing."""
        for v in s.positions(PASSED_TO_VERBS, 1, s.n - 2):
            j = v - 1
            while j > 0 and s.lower[j] in ("also", "duly", "finally", "then", "narrowly", "comfortably", "eventually"):
                j -= 1
            council = s.at(j)
            if council is None or council.last != j or council.entity is None or _kind(council) != "COUNCIL" or \
                    not (council.text.lower().endswith("council") or self._place_is_council(s)) or s.hedged(j) or \
                    any(w in NEGATION for w in s.lower[max(0, j - 3):v]):
                continue
            k = v + 1 + (s.lower[v + 1] == "back")
            if k < s.n and s.lower[k] == "from":
                former = s.at(k + 1 + (s.lower[k + 1] == "the"))
                k = former.last + 1 if former is not None and _kind(former) == "PARTY" else s.n
            if k + 1 >= s.n or s.lower[k] != "to":
                continue
            party = s.at(k + 1 + (s.lower[k + 1] == "the"))
            if party is None or party.entity is None or _kind(party) != "PARTY":
                continue
            when, _ = self.date_near(s, v, event=True)
            a, b = self.evidence_span(s, council.first, party.last)
            self.add(Fact("controls", party.entity, council.entity, a, b, "controls-fell-to", 0.75, when=when,
                          is_start=False))

    def _place_is_council(self, s: Sentence) -> bool:
        """Whether a place a party won or kept in ``s`` is its council: a sentence before named a council,
        and ``s`` names no by-election, general election, seat or parliament. Cost: a pass over the
        earlier sentences' mentions, made only for a place after a verb of winning or keeping."""
        text = s.text.lower()
        if any(w in text for w in ("by-election", "general election", "seat", "constituency", " mp ", "parliament")):
            return False
        return any(_kind(m) == "COUNCIL" for p in self.sentences if p is not s for m in p.mentions)

    def _kept_after(self, s: Sentence, council: Mention) -> tuple[Mention, int] | None:
        """"Caerphilly, which Labour kept": the party of a relative clause on the council, and its verb."""
        k = council.last + 1
        if k + 3 >= s.n or s.lower[k] != "," or s.lower[k + 1] != "which":
            return None
        party = s.at(k + 2)
        if party is None or _kind(party) != "PARTY" or party.first != k + 2:
            return None
        verb = party.last + 1 + (s.lower[party.last + 1] in ("also", "narrowly", "comfortably"))
        return (party, verb) if verb < s.n and s.lower[verb] in COUNCIL_WIN_VERBS | COUNCIL_KEEP_VERBS else None

    def majority_won(self, s: Sentence) -> None:
        """"Labour took 38 of the 54 seats", "Aspire won 24 of the 45 seats, a majority": a party (or its
        council group: "the Reform UK group holds 65 of the 98 seats") that won
        more than half of a council's seats controls it (the council the sentence names after the count,
        else the council in context; no council, no fact). A House's seats are not a council's: no
        sentence naming a parliament or an assembly is read. Cost: one pass over the sentence's words,
        only where "seats" is one of them."""
        if "seats" not in s.lower or any(w in ASSEMBLY_WORDS for w in s.words):
            return
        self._majority_in_words(s)
        for k in range(s.n - 3):
            won, of = s.lower[k], s.lower[k + 1]
            if not won.isdigit() or of != "of":
                continue
            j = k + 2 + (s.lower[k + 2] == "the")
            if j + 2 < s.n and s.lower[j + 1] in ("'s", "’s") and s.lower[j] in RUN_OBJECTS:
                j += 2  # "45 of the council's 69 seats"
            elif s.lower[j] == "its":
                j += 1
            if j + 1 >= s.n or not s.lower[j].isdigit() or s.lower[j + 1] != "seats" or \
                    2 * int(won) <= int(s.lower[j]):
                continue
            verb = next((v for v in range(max(0, k - 4), k) if s.lower[v] in SEAT_WIN_VERBS), None)
            if verb is None or s.hedged(verb):
                continue
            # "The Reform UK group holds 65 of the 98 seats": a party's council group holding a majority;
            # "Reform swept the Conservatives out of County Hall, taking 40 of the 66 seats": the clause's
            # subject, not the party named last
            party = next(iter(s.before(verb, {"PARTY", "GROUP"}, limit=4)), None) if s.lower[verb - 1] != "," \
                else next((m for m in s.mentions if m.last < verb and _kind(m) in ("PARTY", "GROUP")), None)
            if party is None or party.entity is None:
                continue
            named = next((m for m in s.after(j + 1, {"COUNCIL"}, limit=6) if m.entity is not None), None)
            council = named.entity if named is not None else self.linker.last({"COUNCIL"})
            if council is None or council.kind != "COUNCIL" or any(
                    f.relation == "controls" and f.subject == party.entity and f.object == council for f in self.facts):
                continue  # (a count of seats after the text gave the control: the same state, not another)
            when, _ = self.date_near(s, verb, event=True)
            a, b = self.evidence_span(s, party.first, j + 1)
            self.add(Fact("controls", party.entity, council, a, b, "controls-majority", 0.75, when=when,
                          is_start=False))

    def majority_held(self, s: Sentence) -> None:
        """"The Reform UK Group accordingly holds an overall majority of the 64 seats", "with 15 of the 29
        seats, the SNP group holds an overall majority": a party or its council group that holds (has,
        retains) a majority, with no council named after it, controls the council in context. Only a
        majority qualified by nothing but "overall", "clear" and the like ("no overall majority", "short
        of a majority" give nothing), closing its clause or naming seats after it ("of the 64 seats";
        "a majority on X Council" is ``rule_control``'s). No sentence naming a parliament or an assembly is
        read. Cost: a look only where "majority" is one of the sentence's words."""
        if "majority" not in s.lower or any(w in ASSEMBLY_WORDS for w in s.words):
            return
        k = s.lower.index("majority")
        verb = k - 1
        while verb > 0 and (s.lower[verb] in MAJORITY_QUALIFIERS | {"seat", "-"} or s.lower[verb].isdigit()):
            verb -= 1  # (past "a 42-seat": its size)
        if verb > 1 and s.lower[verb] == "to" and s.lower[verb - 1] in MAJORITY_SWEPT:
            verb -= 1  # "the Liberal Democrats swept to a 42-seat majority": won it
        won = s.lower[verb] in MAJORITY_WIN_VERBS | MAJORITY_SWEPT and "election" not in s.lower[max(0, k - 12):k]
        if verb < 1 or not (s.lower[verb] in HOLD_VERBS or won) or s.hedged(verb) or \
                any(w in NEGATION for w in s.lower[max(0, verb - 3):verb]):
            return
        after = [w for w in s.lower[k + 1:k + 5] if w != "the"]
        # ("a commanding majority at County Hall": the council's building says whose seats)
        closes = not after or after[0] in (".", ",", ";", ":", "and", "but", "while", "as") or \
            after[0] == "at" and len(after) > 1 and \
            (after[1] in ("county", "town", "city", "guildhall", "civic") or s.at(k + 2) is not None and
             _kind(s.at(k + 2)) == "COUNCIL")
        seats = len(after) >= 3 and after[0] == "of" and after[1].isdigit() and after[2] == "seats"
        if not (closes or seats):
            return
        j = verb - 1
        while j > 0 and (s.lower[j] in ("now", "still", "also", "therefore", "thus") or s.lower[j].endswith("ly")):
            j -= 1  # "the group accordingly holds", "Labour now has"
        if j > 1 and s.lower[j] == "which" and s.lower[j - 1] == ",":
            j -= 2  # "The Conservative group, which holds a commanding majority"
        party = s.at(j)
        if party is None or party.last != j or party.entity is None or _kind(party) not in ("PARTY", "GROUP"):
            return
        council = self.linker.council_in_context()
        if council is None or council.kind != "COUNCIL":
            return
        when, _ = self.date_near(s, verb, event=True)
        a, b = self.evidence_span(s, party.first, k + (s.lower[k + 1:k + 5].index("seats") + 1 if seats else 0))
        self.add(Fact("controls", party.entity, council, a, b, "controls-majority-held", 0.75, when=when,
                      is_start=False))

    def _majority_in_words(self, s: Sentence) -> None:
        """"Labour holds all but a couple of the seats on the council", "it won all 54 council seats",
        "Reform UK won 44 seats, a clear majority": a majority of a council's seats said in words. The
        party is the nearest before the verb (a pronoun's party after a colon: "Labour dominates the
        borough: it won ..."); the council the one in context."""
        seats = s.lower.index("seats")
        verb = next((v for v in range(max(0, seats - 9), seats) if s.lower[v] in SEAT_WIN_VERBS), None)
        if verb is None or s.hedged(verb) or any(w in NEGATION for w in s.lower[max(0, verb - 3):verb]):
            return
        between = s.lower[verb + 1:seats]
        after = s.lower[seats + 1:seats + 6]
        all_of = between[:1] == ["all"] and not any(w in ("their", "its", "his", "her") for w in between)
        majority = after[:1] == [","] and "majority" in after and not {"short", "no", "without"} & set(after)
        if not (all_of or majority):
            return
        party = next(iter(s.before(verb, {"PARTY", "GROUP"}, limit=12)), None)
        if party is None or party.entity is None:
            return
        council = self.linker.council_in_context()
        if council is None or council.kind != "COUNCIL":
            return
        when, _ = self.date_near(s, verb, event=True)
        a, b = self.evidence_span(s, party.first, seats + (after.index("majority") + 1 if majority else 0))
        self.add(Fact("controls", party.entity, council, a, b, "controls-majority-words", 0.7, when=when,
                      is_start=False))

    def council_run(self, s: Sentence) -> None:
        """"Labour will run the City of Edinburgh Council as a minority administration", "Labour has run
        Leicester City Council since 2019": a party that runs a council (named at once after the verb, or
        "the city" / "the council" for the council in context) controls it; so does a party's group that
        is the verb's own subject ("the Labour group, which runs the city"). The party must be the
        nearest party, group or person before the verb; a negation, a hedge before the auxiliaries, a
        shared ("in coalition") or past ("the previous council") administration gives nothing. Cost:
        one look at each form of "run"."""
        for k in s.positions(_RUN_OR_CONTROL_VERBS, 1, s.n - 1):
            if s.words[k - 1] == "-":
                continue
            council = self._run_object(s, k)
            after = s.lower[k:k + 10]
            if council is None or any(w in ("coalition", "jointly", "if", "unless") for w in after):
                continue
            j = k - 1
            while j >= 0 and s.lower[j] in RUN_AUX:
                j -= 1
            if s.hedged(j + 1) or any(w in ("not", "never", "no", "n't") for w in s.lower[max(0, k - 4):k]):
                continue
            subject = next((m for m in s.before(k, {"PARTY", "GROUP", "PERSON"}, limit=25)
                            if not (m.label == "PRON" and m.text.lower() in ("it", "its", "they"))), None)
            subject = _titled_person(s, subject) or subject
            if subject is not None and subject.entity is not None and subject.entity.kind == "PERSON":
                self._council_led(s, subject, k, council)
                continue
            if subject is None or subject.entity is None or _kind(subject) not in ("PARTY", "GROUP") or \
                    _kind(subject) == "GROUP" and (subject.entity.kind != "GROUP" or not _right_before(s, subject, j)):
                continue  # (a party's group that runs the council: "The Labour group, which runs the city")
            when, _ = self.date_near(s, k, event=True)
            parties = [subject] + _parties_joined_before(s, subject)  # "Labour and the SNP are to run ..."
            a, b = self.evidence_span(s, min(p.first for p in parties), min(s.n - 1, k + 2))
            for party in parties:
                self.add(Fact("controls", party.entity, council, a, b, "controls-run", 0.75, when=when,
                              is_start=False))

    def run_relative(self, s: Sentence) -> None:
        """"Hull City Council, a council the Lib Dems have run since 2022", "the council, which Labour has
        controlled since 2014", "an authority that the Greens run": a party that runs a council told in
        a relative clause on the council (the verb's object is the council before the clause) controls it.
        The party must come just before the verb (over "has", "have", "now" ...) and the council just before
        the party (over "which" / "that"); a hedge or a negation gives nothing."""
        for k in s.positions(_RUN_OR_CONTROL, 2):
            if self._run_object(s, k) is not None:
                continue
            j = k - 1
            while j >= 0 and s.lower[j] in RUN_AUX - {"to", "and", "then"}:
                j -= 1
            party = s.at(j) if j >= 0 else None
            if party is None or party.last != j or party.entity is None or _kind(party) != "PARTY" or \
                    s.hedged(party.first) or any(w in ("not", "never", "no", "n't") for w in s.lower[j:k]):
                continue
            first = party.first - (1 if party.first and s.lower[party.first - 1] == "the" else 0)
            council = self._relative_council(s, first - 1)
            if council is None:
                continue
            when, _ = self.date_near(s, k, event=True)
            a, b = self.evidence_span(s, party.first, k)
            self.add(Fact("controls", party.entity, council, a, b, "controls-run-relative", 0.7, when=when,
                          is_start=False))

    def _relative_council(self, s: Sentence, k: int) -> Entity | None:
        """The council a relative clause ending at ``k`` (the token before its subject) hangs on: ",
        which" / "that" after a council's name, or "a council" / "an authority" (the council named just
        before its comma, or the council in context)."""
        if k >= 0 and s.lower[k] in ("which", "that"):
            k -= 1
            if k >= 0 and s.lower[k] == ",":
                k -= 1
        m = s.at(k) if k >= 0 else None
        if m is not None and m.last == k and m.entity is not None and _kind(m) == "COUNCIL" and \
                s.lower[m.first] not in ("a", "an"):
            return m.entity
        if k >= 1 and s.lower[k] in ("council", "authority") and s.lower[k - 1] in ("a", "an"):
            before = s.at(k - 3) if k >= 3 and s.lower[k - 2] == "," else None
            if before is not None and before.entity is not None and _kind(before) == "COUNCIL":
                return before.entity  # "Hull City Council, a council the Lib Dems have run"
            return self.linker.council_in_context()
        return None

    def administration_led(self, s: Sentence) -> None:
        """"Jo Lovelock had led a minority Labour administration", "Jennifer Mein now heads a minority
        Labour administration", "Labour had run a minority administration under Keith Wakefield", "the
        council had been run since 2007 under the SNP's Brian Lawson": the person who leads (or under
        whom runs) the administration of the council in context leads the council. Only where a council
        is in context (not a mayor's or combined authority); a hedge gives nothing. Cost: a look only at
        "under" and the verbs of heading."""
        council = self.linker.council_in_context()
        if council is None or council.is_authority:
            return
        for k in s.positions(HEADING_VERBS, 1, s.n - 2):
            j = k + 1
            while j < s.n and j <= k + 7 and (s.lower[j] in _BEFORE_ADMINISTRATION | ADMINISTRATION_MODIFIERS |
                                              _BETWEEN_PARTIES or (s.at(j) is not None and _kind(s.at(j)) == "PARTY")):
                j += 1
            if j >= s.n or s.lower[j] not in ("administration", "coalition") or s.hedged(k):
                continue
            v = k - 1
            while v > 0 and s.lower[v] in RUN_AUX | {"who", "successfully", "previously", "briefly"}:
                v -= 1
            person = s.at(v)
            if person is not None and person.last == v and person.entity is not None and _kind(person) == "PERSON":
                self._council_led(s, person, k, council)
        for k in s.positions(("under",), 2, s.n - 1):
            if not any(w in ("administration", "coalition", "run", "ran", "runs", "controlled", "control")
                       for w in s.lower[max(0, k - 10):k]) or any(w in (",", ";") for w in s.lower[max(0, k - 3):k]):
                continue
            j = k + 1 + (s.lower[k + 1] == "the")
            person = None
            while j < s.n and j <= k + 6:
                m = s.at(j)
                if m is None and s.lower[j] in ("'s", "’s", "leader", "council"):
                    j += 1
                    continue
                if m is None or m.entity is None:
                    break
                if _kind(m) == "PERSON":
                    person = m
                    break
                if _kind(m) != "PARTY" and m.label != "ROLE":
                    break
                j = m.last + 1
            if person is None or s.hedged(k):
                continue
            a, b = self.evidence_span(s, max(0, k - 6), person.last)
            self.add(Fact("holds_office", person.entity, council, a, b, "leader-under", 0.65, role="leader",
                          is_start=False, seat=True))

    def _council_led(self, s: Sentence, person: Mention, k: int, council: Entity) -> None:
        """"Amanda Rowe, who ran the council from 2004 until 2014", "Cllr Shah first took charge of the
        authority in May 2021": a person who runs a council leads it (dated by "since" or "in" a date just
        after, when the running began). Not a verb of a clause the person is only the object of."""
        if any(s.lower[j] in (",", ";", "and", "but") for j in range(person.last + 1, k)) and \
                "who" not in s.lower[person.last + 1:k]:
            return  # "X said the party ran the council": another clause's subject
        if any(w in ("commissioners", "commissioner", "officials", "administrators") for w in s.lower[person.last + 1:k]):
            return  # "Eric Pickles sent in commissioners to run Rotherham Council": they run it, for him
        since = next((d for d in s.dates() if k < d.first <= k + 5 and
                      d.text.lower().startswith(("since", "in", "from"))), None)
        when = self.when_of(since, s, since.first) if since is not None else None
        a, b = self.evidence_span(s, person.first, since.last if since is not None else k + 2)
        self.add(Fact("holds_office", person.entity, council, a, b, "leader-ran", 0.7, role="leader", when=when,
                      is_start=when is not None, seat=True))

    def _group_led(self, s: Sentence, person: Mention, k: int) -> None:
        """"X takes charge of the Reform group": a person in charge of a council group (named at once after
        "of") leads it, from its clause's date if it has one (unless the text already gave them that office)."""
        j = k + 2 + (k + 2 < s.n and s.lower[k + 2] == "the")
        group = s.at(j) if j < s.n else None
        if group is None or group.first not in (k + 2, j) or _kind(group) != "GROUP" or group.entity is None or \
                any(f.relation == "holds_office" and f.subject == person.entity and f.object == group.entity
                    and f.role == "leader" for f in self.facts):
            return  # (an office the text already gave: "X is the new leader ... He takes charge of the group")
        dated = [d for d in s.dates() if s.segment(d.first) == s.segment(k)]  # (only its own clause's date)
        when = self.when_of(dated[0], s, k) if dated else None
        a, b = self.evidence_span(s, person.first, group.last)
        self.add(Fact("holds_office", person.entity, group.entity, a, b, "leader-in-charge", 0.7, role="leader",
                      when=when, is_start=when is not None, seat=True))

    def charge_taken(self, s: Sentence) -> None:
        """"X took charge of the authority in May 2021", "X has been in charge of Leeds City Council since
        2019": a person in charge of a council leads it; "the Greens took charge of the council", "Plaid,
        the largest group, is in charge for the first time" (the council in context): a party in charge of
        a council controls it."""
        for k in s.positions(("charge",), 2, s.n - 1):
            if s.lower[k - 1] not in ("took", "take", "takes", "taken", "taking", "in"):
                continue
            if s.hedged(k - 1) or any(w in ("not", "never", "no", "n't") for w in s.lower[max(0, k - 4):k]):
                continue
            subject = next((m for m in s.before(k, {"PARTY", "GROUP", "PERSON"}, limit=14)), None)
            if subject is None or subject.entity is None:
                continue
            if self.group_taken_over(s, subject, k):
                if subject.entity.kind == "PERSON":
                    self._group_led(s, subject, k)  # "He takes charge of the Reform group at once"
                continue
            if s.lower[k + 1] == "of":
                council = self._run_object(s, k + 1)
            elif s.lower[k - 1] == "in" and subject.entity.kind in ("PARTY", "GROUP"):
                council = self.linker.council_in_context()  # "is in charge for the first time"
            else:
                council = None
            if council is None:
                continue
            if subject.entity.kind == "PERSON":
                self._council_led(s, subject, k, council)
            elif subject.entity.kind in ("PARTY", "GROUP") and s.lower[subject.last + 1] not in ("and", "with") and \
                    not self._party_before_and(s, subject.first) and \
                    not any(w in ("jointly", "together", "coalition", "partnership") for w in s.lower[max(0, k - 6):k + 6]):
                # not "Labour and the SNP took charge", "... took charge together" (a shared administration)
                a, b = self.evidence_span(s, subject.first, k)
                self.add(Fact("controls", subject.entity, council, a, b, "controls-in-charge", 0.7, is_start=False))

    @staticmethod
    def _party_before_and(s: Sentence, first: int) -> bool:
        """Whether a party stands coordinated just before ``first`` ("Labour and the Greens"): two
        parties sharing what the verb says ("Labour and the SNP will run the council")."""
        k = first - 1
        if k >= 0 and s.lower[k] == "the":
            k -= 1
        if k < 1 or s.lower[k] != "and":
            return False
        before = s.at(k - 1)
        return before is not None and _kind(before) in ("PARTY", "GROUP")

    def administration(self, s: Sentence) -> None:
        """"at the head of an SNP minority administration", "Newcastle's ruling Labour group": a party
        whose administration (or ruling group) it is controls the council in context. Not a past one
        ("the previous Conservative administration"), nor a shared one, nor a hedged one: those are read by
        ``administrations_named``, which names each party and the council."""
        for m in s.mentions:
            if m.entity is not None and m.entity.kind == "GROUP" and m.entity.party is not None and m.first > 0 and \
                    s.lower[m.first - 1] == "ruling" and not s.hedged(m.first):
                # "the borough's ruling Conservative group": its party runs its council
                a, b = self.evidence_span(s, m.first - 1, m.last)
                self.add(Fact("controls", m.entity.party, m.entity.council, a, b, "controls-administration", 0.7,
                              when=self.date_near(s, m.first)[0], is_start=False))
                continue
            owned = m.last + 1 < s.n and s.lower[m.last + 1] in ("'s", "’s")  # "The SNP's minority administration"
            if m.entity is None or m.entity.kind != "PARTY" or m.first == 0 and not owned:
                continue
            k = m.last + 1 + owned
            if k < s.n and s.lower[k] in ("minority", "majority"):
                k += 1
            head = s.lower[k] if k < s.n else ""
            j = m.first - 1
            while j > 0 and s.lower[j] in ADMINISTRATION_MODIFIERS:
                j -= 1  # "a new minority Labour administration"
            before = "the" if owned else s.lower[j] if head == "administration" else s.lower[m.first - 1]
            if not ((head == "administration" and before in ("a", "an", "the", "its")) or
                    (head == "group" and before == "ruling")):
                continue
            window = s.lower[max(0, j - 3):m.first]  # "who had run a minority Conservative administration": ended
            if any(w in ("previous", "former", "outgoing", "last", "old", "coalition", "joint", "had") for w in window) or \
                    s.hedged(m.first) or (k + 1 < s.n and s.lower[k + 1] in {"and", "with"} | _MODALS_AFTER):
                continue  # (nor "a Labour administration could follow")
            named = s.at(k + 2) if k + 2 < s.n and s.lower[k + 1] in ("in", "on") else None
            council = named.entity if _kind(named) == "COUNCIL" and named.first == k + 2 else \
                self.linker.council_in_context()
            if council is None:
                continue
            when, _ = self.date_near(s, m.first)
            a, b = self.evidence_span(s, m.first - 1, k)
            self.add(Fact("controls", m.entity, council, a, b, "controls-administration", 0.7, when=when,
                          is_start=False))

    def administrations_named(self, s: Sentence) -> None:
        """"a Liberal Democrat and Green administration", "a minority administration of Greens and Liberal
        Democrats", "after twenty years of Conservative administration", "the previous Conservative
        administration": each party the text names as (one of) the administration controls (or controlled:
        the gold guide counts control held) the council the sentence names after it, else the council in
        context. Not hedged or negated. Cost: a look only where "administration" is a word of the sentence."""
        for k in s.positions(_ADMINISTRATION, 1, s.n):
            parties: list[Mention] = []
            j = k - 1
            while j >= 0:
                m = s.at(j)
                if m is not None and m.entity is not None and _kind(m) in ("PARTY", "GROUP"):
                    parties.append(m)
                    j = m.first - 1
                elif s.lower[j] in _BETWEEN_PARTIES:
                    j -= 1
                else:
                    break
            if not parties or j < 0 or s.lower[j] not in _BEFORE_ADMINISTRATION:
                parties = []
            if k + 2 < s.n and s.lower[k + 1] == "of":
                first = s.at(k + 2) if s.lower[k + 2] != "the" else s.at(k + 3)
                if first is not None and first.entity is not None and _kind(first) in ("PARTY", "GROUP"):
                    parties += _coordinated_from(s, first)
            shared = k + 1 < s.n and s.lower[k + 1] in ("and", "with") and any(
                _kind(m) == "PARTY" and k + 1 < m.first <= k + 3 for m in s.mentions)
            if not parties or shared or s.hedged(k) or any(w in NEGATION for w in s.lower[max(0, k - 6):k]) or \
                    k + 1 < s.n and s.lower[k + 1] in _MODALS_AFTER:
                continue  # (nor "a Labour administration could follow", "a Labour administration and the Greens")
            named = next(iter(s.after(k, {"COUNCIL"}, limit=8)), None)
            council = named.entity if named is not None and named.entity is not None else self.linker.council_in_context()
            if council is None:
                continue
            when, _ = self.date_near(s, k)
            a, b = self.evidence_span(s, min([k] + [m.first for m in parties]), max([k] + [m.last for m in parties]))
            for m in parties:
                self.add(Fact("controls", m.entity, council, a, b, "controls-administration-named", 0.7, when=when,
                              is_start=False))

    def administration_formed(self, s: Sentence) -> None:
        """"The Liberal Democrats formed a minority administration", "Labour formed a new administration with
        the support of the Greens": the party that forms the administration controls the council in
        context; in minutes, also one reported as settled ("reported that the SNP group would form a
        minority administration"). Not one formed with another party ("with Labour": shared), hedged,
        future ("will form"), negated or wanted ("hopes to form"). Cost: a look only where "administration" is a word of the
        sentence."""
        if "administration" not in s.lower:
            return
        for k in s.positions(FORMING | LEADING, 1, s.n - 2):
            if s.lower[k + 1] not in ("a", "an", "the") or s.hedged(k) and not (self.minutes and _reported(s, k)) or \
                    any(w in NEGATION | {"to"} for w in s.lower[max(0, k - 2):k]):
                continue
            j = k + 2
            while j < s.n and s.lower[j] in ADMINISTRATION_MODIFIERS:
                j += 1
            if j >= s.n or s.lower[j] != "administration":
                continue
            shared = next((x for x in range(j + 1, min(s.n, j + 3)) if s.lower[x] in ("with", "alongside")), None)
            if shared is not None and any(_kind(m) == "PARTY" and shared < m.first <= shared + 2 for m in s.mentions):
                continue  # "formed an administration with Labour": shared
            party = self.subject_before(s, k, {"PARTY", "GROUP"})
            council = self.linker.council_in_context()
            if party is None or party.entity is None or council is None or _kind(party) not in ("PARTY", "GROUP") or \
                    any(f.relation == "controls" and f.object == council and _same_side(f.subject, party.entity)
                        for f in self.facts):
                continue  # (nor again, when the text gave the party or its group control of the council)
            when, _ = self.date_near(s, k, event=True)
            a, b = self.evidence_span(s, party.first, j)
            self.add(Fact("controls", party.entity, council, a, b, "controls-administration-formed", 0.7, when=when,
                          is_start=False))

    def coalition_run(self, s: Sentence) -> None:
        """"Bolton Council is run by a coalition of Labour and the Liberal Democrats", "has been run by a
        Labour and Liberal Democrat coalition since 2019", "Labour formed a coalition with the Greens":
        each party of a coalition that runs (or was formed to run) a council controls it (the council the
        sentence names, else the one in context). Not hedged, negated or future. Cost: a look only where
        "coalition" is a word of the sentence."""
        if "coalition" not in s.lower or any(w in NEGATION for w in s.lower):
            return
        k = s.lower.index("coalition")
        verb = next((v for v in range(max(0, k - 6), k) if s.lower[v] in RUN_FORMS | FORMING | {"controlled", "led"}),
                    None)
        if verb is None or s.hedged(verb) or s.lower[verb] in ("form", "run") and s.lower[verb - 1] in ("to", "will"):
            return
        parties = [m for m in s.mentions if _kind(m) == "PARTY" and m.entity is not None and (
            verb < m.last < k or k < m.first <= k + 8 and all(
                s.lower[x] in ("of", "between", "with", "and", "the", ",", "-") or _kind(s.at(x)) == "PARTY"
                for x in range(k + 1, m.first)))]
        if parties and parties[-1].first > k:
            parties += [m for m in _coordinated_from(s, parties[-1])[1:] if m.entity is not None]
        if s.lower[verb] in FORMING:
            subject = self.subject_before(s, verb, {"PARTY"})
            parties = ([subject] if subject is not None and subject.entity is not None else []) + parties
        council = next((m.entity for m in s.mentions if m.entity is not None and m.entity.kind == "COUNCIL"
                        and m.label != "DEF"), None) or self.linker.council_in_context()
        if len({p.entity.iri for p in parties}) < 2 or council is None or council.kind != "COUNCIL":
            return
        when, _ = self.date_near(s, verb)
        a, b = self.evidence_span(s, min([verb] + [p.first for p in parties]), max(p.last for p in parties))
        for p in {p.entity.iri: p for p in parties}.values():
            self.add(Fact("controls", p.entity, council, a, b, "controls-coalition", 0.7, when=when, is_start=False))

    def power_shared(self, s: Sentence) -> None:
        """"the administration would be formed by the Labour and Liberal Democrat groups", "the Independent,
        Plaid Cymru and Dyffryn Independent groups ... agreed to share power", "a Joint Administration of
        the Liberal Democrat, Conservative and independent groups": each group of a shared administration
        controls the council in context (its party's group on it). Not a negated one ("will not share
        power"). Cost: a look for the cue words, then a pass over the mentions before "groups"."""
        text = " ".join(s.lower)
        if not any(cue in text for cue in SHARED_POWER) or any(w in NEGATION for w in s.lower):
            return
        council = next((m.entity for m in s.mentions if m.entity is not None and m.entity.kind == "COUNCIL"
                        and m.label != "DEF"), None) or self.linker.council_in_context()
        if council is None or council.kind != "COUNCIL":
            return
        groups: list[tuple[Mention, Entity]] = []
        for k in s.positions(("groups", "group")):
            named = [m for m in s.mentions if m.last < k and m.last >= k - 12 and _kind(m) in ("PARTY", "GROUP", "BODY")
                     and m.entity is not None]
            if s.lower[k] == "groups":
                # "the Labour and Liberal Democrat groups": the parties listed before the plural
                listed = [m for m in named if all(s.lower[j] in (",", "and", "the") or s.at(j) is not None
                                                  for j in range(m.last + 1, k))]
                groups += [(m, m.entity) for m in listed if _kind(m) == "PARTY"]
            elif named and named[-1].last == k - 1 and _kind(named[-1]) == "PARTY":
                groups.append((named[-1], named[-1].entity))  # "the Liberal Democrat Group and the Independent Group"
        for m in s.mentions:
            if m.label == "GROUP" and m.entity is not None and m.entity.kind in ("GROUP", "BODY") and \
                    not any(m is g for g, _ in groups):
                groups.append((m, m.entity))
        seen = {}
        for m, entity in groups:
            if entity.kind == "PARTY":
                entity = self.linker.council_group(entity, council)  # (independents' too: a group of its own)
            seen.setdefault(entity.iri, (m, entity))
        if len(seen) < 2:
            return  # power shared by one is no sharing: read by the other control rules
        named = self._named_administration(s)
        if named is not None:
            # "..., to be known as the Co-operative Alliance, which would run the Council": the named
            # administration controls, as one
            alliance, first, last = named
            a, b = self.evidence_span(s, first, last)
            self.add(Fact("controls", alliance, council, a, b, "controls-shared-named", 0.7, when=self.meeting,
                          is_start=False))
            return
        for m, entity in seen.values():
            a, b = self.evidence_span(s, m.first, m.last)
            self.add(Fact("controls", entity, council, a, b, "controls-shared", 0.7, when=self.meeting,
                          is_start=False))

    def _named_administration(self, s: Sentence) -> tuple[Entity, int, int] | None:
        """The administration a sentence names after "known as" ("to be known as the Co-operative
        Alliance"), with the tokens from "known" to the name's end; None when it names none."""
        k = next((k for k in range(1, s.n - 1) if s.lower[k - 1] == "known" and s.lower[k] == "as"), None)
        if k is None:
            return None
        first = k + 1 + (s.lower[k + 1] == "the")
        if first >= s.n or not s.title(first):
            return None
        last = first
        while last + 1 < s.n and (s.title(last + 1) or s.lower[last + 1] in ("-", "and", "of") and
                                  last + 2 < s.n and (s.title(last + 2) or s.lower[last + 1] == "-")):
            last += 1 if s.lower[last + 1] != "-" else 2  # ("Co-operative": the tokenizer splits the hyphen)
        name = s.text[s.char(first) - s.char(0):s.char_end(last) - s.char(0)]
        return self.linker.organisation(name, "BODY"), k - 1, last

    def _run_object(self, s: Sentence, k: int) -> Entity | None:
        """The council after the verb of running at ``k``: a council named at once ("ran Haringey
        Council", "run the City of Edinburgh Council"), or "the city" / "the council" (the council in
        context); else None ("ran for mayor", "run the previous council")."""
        if s.lower[k] == "running" and s.lower[k - 1] == "the":
            if s.lower[k + 1] != "of" or k < 2 or s.lower[k - 2] not in ("over", "assumed", "assumes"):
                return None  # not "criticised the running of the council"
            k += 1  # "took over the running of the authority"
        j = k + 1 + (s.lower[k + 1] == "the")
        m = s.at(j) if j < s.n else None
        if m is not None and m.first in (k + 1, j) and m.entity is not None and _kind(m) == "COUNCIL":
            return m.entity
        administration = s.lower[k + 1] in ("a", "an") and "administration" in s.lower[k + 2:k + 5] and \
            not any(w in ("previous", "former", "national") for w in s.lower[k + 2:k + 5]) and \
            (s.lower[k] in ("ran", "runs") or s.lower[k - 1] in ("has", "had", "have") or
             s.lower[k] == "running" and s.lower[k - 1] in ("is", "are", "was", "were"))  # not "enough to run a ..."
        if (s.lower[k + 1] == "the" and j < s.n and s.lower[j] in RUN_OBJECTS and (m is None or m.first > j)) or \
                administration:  # "had run a minority administration": the council in context's
            council = self.linker.last({"COUNCIL"})
            return council if council is not None and council.kind == "COUNCIL" else None
        return None

    def rule_control(self, s: Sentence, name: str, start: int, end: int) -> None:
        """"Labour kept control of the council", "won a majority on the committee"."""
        verbs = CONTROL_VERBS | (_IN_CONTROL_VERBS if start and s.lower[start - 1] == "in" else set())
        verb = next((k for k in range(start - 1, max(-1, start - 5), -1) if s.lower[k] in verbs), None)
        owner = _majority_owner(s, start)
        before = s.lower[max(0, start - 6):start]
        if any(w in WISHING | {"lost", "loses", "losing", "lose"} for w in before):
            return  # "Labour hopes to win a majority on the council", "failed to win a majority", "lost its majority"
        if owner is not None and not s.hedged(start) and not any(w in NEGATION | {"no", "without"} for w in before):
            controller = [owner]  # "a Green majority on Mid Suffolk District Council", "Labour's majority in the chamber"
        elif verb is None or s.lower[verb] == "lost" or s.hedged(verb) or \
                any(w in NEGATION for w in s.lower[max(0, verb - 3):verb]):
            return  # (not "the Conservatives do not have a majority on the council")
        else:
            # ("swept the board and went on to win a majority": a party or its group wins one, no board)
            kinds = {"PARTY", "GROUP"} if s.lower[verb] in ("win", "winning", "secured") else {"PARTY", "BODY", "ORG", "GROUP"}
            controller = [m for m in s.before(verb, kinds, limit=10)]
        target = next(iter(s.after(end - 1, {"COUNCIL", "BODY", "PARTY", "GROUP", "ORG"}, limit=3)), None)
        if target is None and controller and _kind(controller[0]) == "PARTY":
            target = self._chamber(s, end)
        if not controller or target is None or controller[0].entity is None or target.entity is None:
            return
        text = s.text
        seats = re.search(r"(\d+) of the (\d+) seats", text)
        when, _ = self.date_near(s, start if verb is None else verb)
        # "took control of Cardiff, Swansea and Newport": each council of the list
        targets = [m for m in _coordinated_from(s, target) if m.entity is not None and _kind(m) == "COUNCIL"] \
            if _kind(target) == "COUNCIL" and s.at(target.first) is target else [target]
        for target in targets:
            a, b = self.evidence_span(s, controller[0].first, target.last)
            if seats:
                b = s.offset + seats.end()
            fact = Fact("controls", controller[0].entity, target.entity, a, b, "controls-majority", 0.8, when=when,
                        is_start=False)
            if seats:
                fact.seats, fact.total = int(seats.group(1)), int(seats.group(2))
            self.add(fact)

    def _chamber(self, s: Sentence, end: int) -> Mention | None:
        """"Labour holds a majority of the seats", "holding a comfortable majority in the chamber": the
        council in context, as a mention-like target, when the words after the trigger name seats or a
        chamber and the sentence names no parliament or assembly (whose seats are not a council's)."""
        words = [w for w in s.lower[end:end + 3] if w != "the"]
        if not words or words[0] not in CHAMBER_WORDS or any(w in ASSEMBLY_WORDS for w in s.words):
            return None
        council = self.linker.last({"COUNCIL"})
        if council is None or council.kind != "COUNCIL":
            return None
        last = min(s.n - 1, end + 2)
        return Mention(s.char(end), s.char_end(last), council.label, "COUNCIL", end, last, council)


def _majority_owner(s: Sentence, start: int) -> Mention | None:
    """The party whose majority the trigger at ``start`` names by an adjective or a possessive: "a Green
    majority on X", "Labour's majority in the chamber", "a clear Labour majority"; None otherwise (not "no
    overall majority", nor a majority with no party before it)."""
    if s.lower[start] != "majority":
        return None
    k = start - 1
    if k >= 1 and s.lower[k] in ("'s", "’s"):
        k -= 1
    party = s.at(k) if k >= 0 else None
    if party is None or party.last != k or party.entity is None or _kind(party) != "PARTY" or party.label == "PRON":
        return None
    return party


def _right_before(s: Sentence, m: Mention, j: int) -> bool:
    """Whether ``m`` is the subject just before the verb group ending at ``j``: "the Labour group has run",
    "the Labour group, which runs"."""
    return m.last == j or m.last + 2 == j and s.lower[m.last + 1] == "," and s.lower[j] in ("which", "that")


def _reported(s: Sentence, k: int) -> bool:
    """"The Leader reported that the SNP group would form a minority administration": in a meeting's
    minutes, what was reported to it as settled ("would" the only hedge, no condition in the sentence). A
    future in a news story ("will form the administration") is no fact (docs/text-gold-guide.md)."""
    hedges = [w for w in s.lower[max(0, k - 5):k] if w in HEDGES]
    return bool(hedges) and all(w == "would" for w in hedges) and \
        not any(w in ("if", "unless", "whether", "could", "might", "may") for w in s.lower)


def _parties_joined_before(s: Sentence, party: Mention) -> list[Mention]:
    """The parties "and" joins before ``party``: "Labour and the SNP", "the Welsh Liberal Democrats and
    Welsh Labour" (each named; a comma list too)."""
    out: list[Mention] = []
    k = party.first - 1
    if k >= 0 and s.lower[k] == "the":
        k -= 1
    if k < 1 or s.lower[k] != "and":
        return out
    k -= 1
    while k >= 0:
        m = s.at(k)
        if m is None or m.entity is None or _kind(m) != "PARTY" or m is party:
            break
        out.append(m)
        k = m.first - 1
        if k >= 0 and s.lower[k] == "the":
            k -= 1
        if k < 1 or s.lower[k] != ",":
            break
        k -= 1
    return out


def _titled_person(s: Sentence, party: Mention | None) -> Mention | None:
    """"X, the Conservative leader who has run the council": the person whose title the party is in, when
    "who" follows the title (the relative clause is the person's, not the party's); else None."""
    if party is None or _kind(party) != "PARTY" or party.last + 2 >= s.n:
        return None
    title = s.at(party.last + 1)
    if title is None or title.label != "ROLE" or title.last + 1 >= s.n or s.lower[title.last + 1] != "who":
        return None
    k = party.first - (1 if party.first > 0 and s.lower[party.first - 1] in ("the", "a") else 0)
    person = s.at(k - 2) if k >= 2 and s.lower[k - 1] == "," else None
    return person if person is not None and _kind(person) == "PERSON" else None


def _same_side(a: Entity, b: Entity) -> bool:
    """Whether two controllers are one: the same party or group, or a party and its group on a council
    (whose IRI is the party's: ``body/<party>/group/<council>``)."""
    if a.iri == b.iri:
        return True
    for party, group in ((a, b), (b, a)):
        if party.kind == "PARTY" and group.kind == "GROUP" and \
                f"/{party.iri.rstrip('/').rsplit('/', 1)[-1]}/group/" in group.iri:
            return True
    return False


def _unlinked_in_list(s: Sentence, council: Mention) -> list[int]:
    """The one-word capitalised names the linker left alone in the list of councils ``council`` ends, for
    the list's last council only (so each is read once): "Barnet, Wandsworth and Westminster",
    "Westminster and Wandsworth"."""
    nxt = council.last + 1
    if nxt + 1 < s.n and s.lower[nxt] in (",", "and") and \
            (s.at(nxt + 1) is not None and _kind(s.at(nxt + 1)) == "COUNCIL" or
             nxt + 2 < s.n and s.lower[nxt + 1] == "and" and s.at(nxt + 2) is not None and _kind(s.at(nxt + 2)) == "COUNCIL"):
        return []  # another council follows: the list's last reads it
    out, k = [], council.last + 1
    while k + 1 < s.n and s.lower[k] in (",", "and") and s.at(k + 1) is None and s.title(k + 1) and \
            (k + 2 >= s.n or not s.title(k + 2)):
        out.append(k + 1)  # "Wandsworth and Westminster": after the council
        k += 2
    k = _list_start(s, council)
    out += [j for j in range(k, council.first) if s.at(j) is None and s.title(j) and
            not s.title(j - 1) and not (j + 1 < s.n and s.title(j + 1))]
    return out


def _list_start(s: Sentence, council: Mention) -> int:
    """The first token of the list of councils ``council`` ends or stands in ("Wandsworth, Westminster
    and Barnet"): its own first token when no council is named just before it, past a comma or "and".
    A capitalised word the linker left alone stands in a list too ("Westminster", also Parliament)."""
    first = council.first
    while first >= 2 and s.lower[first - 1] in (",", "and"):
        before = s.at(first - 2)
        if before is not None and _kind(before) == "COUNCIL" and before.last == first - 2:
            first = before.first
        elif before is None and s.title(first - 2):
            first -= 2
        else:
            break
    return first
