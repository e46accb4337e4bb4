"""A sentence with its linked mentions, the fact read from it, and helpers that only read a sentence.

``Fact`` is one fact read from a sentence, before it becomes RDF. ``Sentence`` holds a sentence's
words and linked mentions and looks around a token: the mention at a position, the dates in it,
whether a trigger is hedged, part of a request or of a meeting's resolution, or in the past perfect.
The module's functions read its clauses ("who", "which", "when", ", and" ...), asides between
commas, passive and present verbs, heads of noun phrases and lists of names, and what a relation
and a duration are.

Hedged and future statements are not facts: a trigger after "would", "will", "expected to", "could",
"until" ... is skipped (except in reported speech: "told MPs that the government would intervene").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .dates import SEASON_MONTHS, When
from .linking import Entity, Mention
from .pipeline import HONORIFICS, Arrays, role_lexicon
from .words import _VERB_GROUP, BE, HONORIFIC_WORDS, TARGETS

HEDGES = {"would", "will", "could", "might", "may", "should", "expected", "likely", "set", "due",
          "unless", "if", "whether", "promised", "pledged", "committed", "intend", "intends", "plans", "threatened",
          "threatening", "can", "cannot", "ca", "wo", "risk", "pain", "proposed", "wants", "want", "rather", "minded",
          "ought"}
SPEECH = {"told", "said", "announced", "confirmed", "says", "tells", "announces", "confirms"}
#: A resignation's verbs in the present: "X resigns", "Y steps down", "Z announces her resignation".
PRESENT_FORMS = {"resigns", "quits", "steps", "stands", "leaves", "announces", "tenders", "hands", "submits"}
#: Verbs of a meeting's resolution: "RESOLVED that X be elected", "the council agreed that Y be appointed".
RESOLVING = {"resolved", "agreed", "decided", "voted"}
REQUEST_WORDS = {"asked", "asking", "asks", "ask", "called", "calling", "calls", "urged", "urging", "urges", "told",
                 "pressed", "pressing", "wanted", "wants", "invited", "demanded", "demanding", "expected", "encouraged",
                 "advised", "ordered", "instructed", "forced", "pressure"}


# ------------------------------------------------------------------ facts

@dataclass
class Fact:
    """One fact read from a sentence, before it becomes RDF."""

    relation: str
    subject: Entity
    object: Entity
    start: int
    end: int
    rule: str
    confidence: float
    role: str | None = None
    action: str | None = None
    when: When | None = None
    is_start: bool = True  # the date is when it began (false: when it was seen to hold)
    seat: bool = False  # a post (holds_office), not a plain membership
    seats: int | None = None
    total: int | None = None
    statement: Entity | None = None
    creator: Entity | None = None
    extra: dict = field(default_factory=dict)

    @property
    def key(self) -> tuple:
        return (self.relation, self.subject.iri, self.object.iri, self.role, self.action)


# ------------------------------------------------------------------ the sentence

class Sentence:
    """A sentence with its linked mentions and helpers to look around a token (token indices count
    from the sentence's first token)."""

    def __init__(self, arrays: Arrays, start: int, end: int, offset: int, mentions: list[Mention], index: int,
                 paragraph: int = 0, text: str = ""):
        self.arrays = arrays
        self.base = start
        self.n = end - start
        self.offset_in_doc = offset  # document offset of the paragraph
        self.offset = offset + arrays.idx[start]  # document offset of the sentence's first character
        self.mentions = mentions
        self.index = index
        self.paragraph = paragraph
        self.text = text
        self.lower = arrays.lowers[start:end]
        self.words = arrays.words[start:end]
        self.inherit: When | None = None  # the time the paragraph was talking about before this sentence
        self.triggers: list[int] = []  # where the sentence's relation triggers start
        self._vocabulary: frozenset[str] | None = None  # its words, lower case (positions)
        self._dates = [m for m in mentions if m.label == "DATE"]
        # words no hedge can be: a date's ("in May") and a name's ("Theresa May has appointed")
        self._unhedging = {k for m in mentions if m.label == "DATE" or _kind(m) == "PERSON"
                         for k in range(m.first, m.last + 1)}

    def positions(self, words: frozenset[str] | set[str] | tuple[str, ...], start: int = 0,
                  end: int | None = None) -> list[int]:
        """The tokens from ``start`` to before ``end`` whose lower-case form is one of ``words``, in order.
        A rule that looks only at such words asks here: most sentences have none of them, which a set
        of the sentence's words (made once) tells without a loop over its tokens."""
        vocabulary = self._vocabulary
        if vocabulary is None:
            vocabulary = self._vocabulary = frozenset(self.lower)
        if vocabulary.isdisjoint(words):
            return []
        lower = self.lower
        return [k for k in range(start, self.n if end is None else end) if lower[k] in words]

    def char(self, token: int) -> int:
        return self.offset_in_doc + self.arrays.idx[self.base + token]

    def char_end(self, token: int) -> int:
        return self.offset_in_doc + self.arrays.ends[self.base + token]

    def title(self, token: int) -> bool:
        w = self.words[token]
        return w[:1].isupper() and w.istitle()

    def at(self, token: int) -> Mention | None:
        for m in self.mentions:
            if m.first <= token <= m.last:
                return m
        return None

    def only_after(self, entity: Entity, token: int | None) -> bool:
        """Whether the sentence names ``entity`` only from ``token`` on (an organisation named later in the
        sentence is no context for what comes before it; a pronoun names what was named before)."""
        spots = [m for m in self.mentions if m.entity is not None and m.entity.iri == entity.iri and m.label != "PRON"]
        return token is not None and bool(spots) and all(m.first >= token for m in spots)

    def before(self, token: int, kinds: set[str], limit: int = 40) -> list[Mention]:
        return [m for m in reversed(self.mentions) if m.last < token and token - m.last <= limit and _kind(m) in kinds]

    def after(self, token: int, kinds: set[str], limit: int = 14) -> list[Mention]:
        return [m for m in self.mentions if m.first > token and m.first - token <= limit and _kind(m) in kinds]

    def dates(self) -> list[Mention]:
        return self._dates

    def hedged(self, token: int, window: int = 5) -> bool:
        """Whether the words just before ``token`` make it hypothetical or future."""
        lo = max(0, token - window)
        words = [w for k, w in enumerate(self.lower[lo:token], lo) if k not in self._unhedging]
        if "until" in words and any(w in ("has", "have", "is", "are") for w in words[words.index("until"):]):
            return True  # "until the SNP has chosen his successor": not yet
        if not any(w in HEDGES for w in words):
            return False
        # ("will continue as co-leaders": the verb itself, when it is the token asked about; "would continue
        # as leader" is the same state told in reported speech)
        modal = next((w for w in ("will", "would") if w in words), None)
        after_will = (words[words.index(modal) + 1:][:1] or ([self.lower[token]] if self.lower[token] in
                                                              ("continue", "carry") else [])) if modal else []
        if after_will in (["continue"], ["go"], ["remain"], ["stay"], ["carry"]) and \
                not any(w in HEDGES for w in words if w != modal) and \
                not any(w in ("if", "unless") for w in self.lower[token + 1:token + 12]):
            return False  # "Labour will go on running the council": a state that goes on, not a plan
        # Reported speech states a decision: "told MPs that the government would intervene".
        if "would" in words or "will" in words:
            before = self.lower[:token]
            if any(w in SPEECH for w in before) and "that" in before and \
                    not any(w in ("if", "unless") for w in self.lower[token + 1:token + 12]):
                return False  # (not "said that he would give up his seat if he won": a condition)
        return True

    def clausal_and(self, k: int) -> bool:
        """Whether ", and" / ", but" at ``k`` joins two clauses (a trigger on each side), not a list."""
        if not (self.lower[k] in ("and", "but") and k > 0 and self.lower[k - 1] == ","):
            return False
        if any(t < k - 1 for t in self.triggers) and any(t > k for t in self.triggers):
            return True
        # "A called them glory hunters, and June Mummery accused Harris of ...": a new subject named at
        # once after ", and", its verb a trigger straight after the name
        subject = self.at(k + 1) if k + 1 < self.n else None
        return subject is not None and subject.first == k + 1 and _kind(subject) == "PERSON" and \
            subject.label != "PRON" and subject.last + 1 in self.triggers

    def segment(self, token: int) -> tuple[int, int]:
        """The clause-level part of the sentence ``token`` is in, between ";" and clausal ", and"."""
        lo, hi = 0, self.n
        for k in range(token - 1, -1, -1):
            if self.lower[k] == ";" or self.clausal_and(k):
                lo = k + 1
                break
        for k in range(token + 1, self.n):
            if self.lower[k] == ";" or self.clausal_and(k):
                hi = k
                break
        return lo, hi

    def requested(self, token: int) -> bool:
        """"called on her to resign", "asked him to stand down", "called on the constituency's MP, X, to
        stand down", "said it was time for X to resign": what someone was asked to do, not done."""
        if token < 1 or self.lower[token - 1] != "to":
            return False
        window = self.lower[max(0, token - 12):token - 1]
        if "that" in window:  # "told MPs that he intended to intervene": his own plan, no one asked
            window = window[len(window) - window[::-1].index("that"):]
        return any(w in REQUEST_WORDS for w in window) or any(
            w == "time" and v == "for" for w, v in zip(window, window[1:]))

    def resolution(self, token: int) -> bool:
        """"RESOLVED: that X be elected Leader", "agreed that Y be appointed": what a meeting decided,
        in the subjunctive of a resolution, is done; so is a sentence that opens with it, the resolution's
        words under a "RESOLVED:" of their own ("THAT Councillor X be elected Chairman")."""
        before = self.lower[:token]
        return "that" in before and (before[0] == "that" or any(w in RESOLVING for w in before[:before.index("that")]))

    def pluperfect(self, token: int) -> bool:
        """"had stood down", "had been suspended": an event placed before the story's time."""
        return "had" in self.lower[max(0, token - 3):token]


def relational(m: Mention, s: Sentence) -> bool:
    """"a month after the council declared itself bankrupt", "the day before the result": a time
    counted from an event named after it, which dates the sentence only when that event's own date
    follows ("the day after the election on 4 July")."""
    return m.text.lower().endswith(("after", "before")) and m.last + 1 < s.n and s.words[m.last + 1][:1].isalpha()


def _anchored(m: Mention, s: Sentence) -> bool:
    """"the day after the party's defeat at the election on 4 July": a relational time whose event's own
    date follows in the same phrase, no comma between ("four days after the count, the group ... since
    March 2014" is not one)."""
    return any(m.last < d.first <= m.last + 12 and "," not in s.lower[m.last + 1:d.first] for d in s.dates())


def duration(m: Mention, s: Sentence) -> bool:
    """"suspended for one week after a hearing", "for six months": how long, not when; "elected chair for
    the municipal year 2021-22", "for the year 2023/24": a term, not the day of the election."""
    if m.text.lower().startswith(("in ", "on ", "since ")):
        return False
    k = m.first - 1
    while k > 0 and m.first - k <= 4 and s.lower[k] in TERM_WORDS:
        k -= 1
    return k >= 0 and s.lower[k] == "for"


def season_of_a_thing(m: Mention, s: Sentence) -> bool:
    """"at the autumn conference", "before the summer recess": a season that names an event, not the
    time of the clause (which may give its own: "late last night, at the autumn conference")."""
    return s.lower[m.last] in SEASON_MONTHS and m.last + 1 < s.n and s.lower[m.last + 1] in SEASONAL_THINGS


SEASONAL_THINGS = frozenset({"conference", "conferences", "recess", "session", "elections", "election", "reshuffle",
                             "statement", "budget", "term", "congress", "assembly", "campaign", "meeting"})


#: Words between "for" and a year that name a term: "for the municipal year 2021-22".
TERM_WORDS = {"the", "municipal", "financial", "civic", "council", "academic", "parliamentary", "year", "term",
              "session"}


def when_clause_date(s: Sentence, token: int) -> Mention | None:
    """"until October last year, when she resigned", "in 2010, when the NEC removed him": the date just
    before ", when" is the time of the when-clause's event (``token`` in that clause)."""
    for m in s.dates():
        k = m.last + 2
        if k < token <= k + 10 and s.lower[k - 1] == "," and s.lower[k] == "when" and "," not in s.lower[k:token] \
                and _clause_end(s, k + 1) > token and not any(k < d.first < token for d in s.dates()):
            return m
    return None


#: Modal verbs that make a verb a few words on hypothetical: "said he should 'do the decent thing and resign'".
#: ("would" and "will" are read by ``Sentence.hedged``, which lets reported speech through: "announced
#: that he would stand down" is a resignation).
MODALS = {"should", "could", "might", "must", "ought"}


def _modal_before(s: Sentence, start: int) -> bool:
    """Whether a modal verb stands in the eight words before ``start`` with no comma between."""
    for k in range(start - 1, max(-1, start - 9), -1):
        if s.lower[k] in (",", ";"):
            return False
        if s.lower[k] in MODALS:
            return True
    return False


#: "refused to resign", "declined to step down": not done.
REFUSALS = {"refused", "refuses", "refusing", "declined", "declines", "declining", "resisted", "resists", "resisting"}

#: Words that may follow an organisation left without being part of a longer noun phrase.
AFTER_LEFT = {"and", "or", "but", "to", "in", "on", "at", "for", "after", "before", "over", "with", "without", "by",
              "from", "of", "as", "amid", "following", "since", "until", "when", "because", "while", "who", "which",
              "whose", "that", "where", "yesterday", "today", "tonight", "last", "this", "earlier", "altogether",
              "entirely", "just", "only", "nearly", "almost", "shortly", "soon", "once", "twice", "again", "too",
              "saying", "citing", "complaining", "claiming"}


def _noun_follows(s: Sentence, k: int) -> bool:
    """Whether a lowercase word that can carry on a noun phrase follows at ``k`` ("the Labour Party
    conference", "the group meeting")."""
    return k < s.n and s.words[k].isalpha() and s.words[k].islower() and s.lower[k] not in AFTER_LEFT


def _refused(s: Sentence, start: int) -> bool:
    """"He refused to resign", "has declined to stand down": what someone would not do."""
    return start >= 2 and s.lower[start - 1] == "to" and \
        any(w in REFUSALS for w in s.lower[max(0, start - 4):start - 1])


def _present(s: Sentence, start: int) -> bool:
    """"resigns", "is resigning", "steps down": a verb in the present, not in a subordinate "if"."""
    word = s.lower[start]
    if word.endswith("ing"):
        return start > 0 and s.lower[start - 1] in ("is", "are")
    return word in PRESENT_FORMS and "if" not in s.lower[max(0, start - 4):start]


def _passive(s: Sentence, start: int) -> bool:
    """"was suspended", "had been quickly expelled" - but not "had been right to expel"."""
    window = s.lower[max(0, start - 3):start]
    if s.lower[start].endswith("ing"):
        return False  # "has been investigating": progressive, not passive
    return any(w in BE for w in window) and "to" not in window[-2:]


def _kind(m: Mention | None) -> str | None:
    """What a mention names (its entity's kind, else its label); None for no mention, as ``Sentence.at``
    gives for a word no mention covers."""
    if m is None:
        return None
    if m.entity is not None:
        return m.entity.kind
    return m.label


# ------------------------------------------------------------------ helpers

CLAUSE_BOUNDARIES = {":", "where", "who", "which", "whom", "whose", "while", "whereas", "because", "although",
                     ";", "–", "—", "after", "before", "when", "but", "that", "until", "since", "once"}
CLAUSE_ENDS = {"who", "which", "where", "while", "whereas", "because", "although", ";", "–", "—", "when", "but",
               "that", "until", "after", "before"}
FRONTED = {"after", "before", "when", "while", "although", "because", "once", "until", "since"}

#: Words that open an aside between commas ("X, who has led the group since 2014, was elected").
RELATIVES = {"who", "which", "whose"}
ASIDE_OPENERS = {"the", "a", "an", "then", "its", "his", "her", "their"}


def _aside_opening(s: Sentence, m: Mention) -> int | None:
    """The comma that may open an aside around mention ``m``. An aside may run long (", who stood down as
    Scotland's finance secretary on the eve of his own budget last year,"): it is looked for up to 25
    words before (``_in_aside`` looks for its closing comma up to 12 after)."""
    return next((k for k in range(m.first - 1, max(-1, m.first - 25), -1) if s.lower[k] == ","), None)


def _in_aside(s: Sentence, m: Mention, token: int) -> bool:
    """Whether date mention ``m`` sits in a comma-bounded aside opened by a relative pronoun or a
    noun phrase (", who has led it since 2014,", ", the party's leader since 2017,") that ``token`` is
    not in. Cost: a look at the words between the date and the nearest commas."""
    opening = _aside_opening(s, m)
    closing = next((k for k in range(m.last + 1, min(s.n, m.last + 30)) if s.lower[k] == ","), None)
    if closing is None and opening is not None and opening + 1 < s.n and s.lower[opening + 1] in RELATIVES and \
            all(w not in (",", ";") for w in s.lower[m.last + 1:]):
        closing = s.n  # "... and dropped Phil Bale, who had led the council since March 2014.": to the end
    if opening is None or closing is None or opening < token < closing or opening + 1 >= s.n:
        return False
    opener = s.lower[opening + 1]
    # a relative clause always; a noun phrase only with "since" (", the party's leader since 2017,"):
    # ", the party announced today," dates the sentence's news
    return opening > 0 and (opener in RELATIVES or opener in ASIDE_OPENERS and m.text.lower().startswith("since"))


def _clause_start(s: Sentence, token: int) -> int:
    """The first token of the clause ``token`` is in: after the last boundary word before it, or
    after ", and" / ", but" joining two clauses."""
    for k in range(token - 1, -1, -1):
        if k == 0 and s.lower[0] == "according":
            # "According to the letter he received, the general secretary suspended him": past the source
            comma = next((c for c in range(1, token) if s.lower[c] == ","), None)
            return comma + 1 if comma is not None else 0
        if s.lower[k] in CLAUSE_BOUNDARIES:
            if s.lower[k] == "since" and k + 1 < s.n and s.at(k + 1) is not None and s.at(k + 1).label == "DATE":
                continue
            if s.lower[k] == "since" and k > 0 and s.lower[k - 1] in ("has", "have", "had"):
                continue  # "has since joined the Conservatives": an adverb, no clause of its own
            if s.lower[k] in FRONTED and (k == 0 or s.lower[k - 1] == ","):
                # "Two days later, after MPs protested, Formby suspended him": the clause the verb is
                # in starts after the fronted one's comma
                comma = next((c for c in range(k + 1, token) if s.lower[c] == ","), None)
                if comma is not None:
                    return comma + 1
            return k + 1
        if s.clausal_and(k):
            return k + 1
    return 0


def _before_aside_who(s: Sentence, start: int) -> list[Mention] | None:
    """"Jane Smith, the children's minister, who had been sent out to repeat Downing Street's account,
    resigned": a verb right after a comma that closes a ", who ..." aside has the person the aside hangs
    on as its subject, not a name inside the aside (none when the text names no one before the aside;
    None when the verb follows no such aside)."""
    k = start - 1
    while k > 0 and s.lower[k] in ("then", "also", "later", "finally", "promptly", "has", "have", "had"):
        k -= 1  # (", has resigned")
    if k < 2 or s.lower[k] != ",":
        return None
    who = next((w for w in range(k - 1, 0, -1) if s.lower[w] in ("who", "whose") and _aside_opens(s, w)), None)
    if who is None or any(s.lower[c] in (";", ":") for c in range(who, k)):
        return None
    head = [m for m in s.mentions if m.last < who and _kind(m) in ("PERSON", "COLLECTIVE") and m.label != "PRON"
            and m.entity is not None and m.first >= _clause_start(s, m.first + 1)]
    # the nearest before the aside: "X was chosen after Y, who had led it for years, stood down": Y
    return head[-1:]


def _aside_opens(s: Sentence, who: int) -> bool:
    """Whether the "who" at ``who`` opens an aside on a person: right after its comma (", who ...") or
    after a noun in apposition (", the street trees campaigner who ...")."""
    if s.lower[who - 1] == ",":
        return True
    comma = next((c for c in range(who - 1, max(0, who - 6), -1) if s.lower[c] == ","), None)
    return comma is not None and s.lower[comma + 1] in ("the", "a", "an") and \
        all(s.at(c) is None or s.at(c).label == "ROLE" for c in range(comma + 1, who)) and \
        _kind(s.at(comma - 1)) == "PERSON"


def _clause_end(s: Sentence, token: int) -> int:
    """The first token after the clause that starts at ``token``."""
    for k in range(token, s.n):
        if s.lower[k] in CLAUSE_ENDS or (k + 1 < s.n and s.lower[k] == "," and s.clausal_and(k + 1)):
            return k
    return s.n


def _head_after(s: Sentence, token: int, kinds: set[str], limit: int) -> Mention | None:
    """The first mention of ``kinds`` after ``token``, passing over possessors ("the party's
    Scottish Executive Committee" is the committee)."""
    for m in s.after(token, kinds, limit=limit + 4):
        if m.last + 1 < s.n and s.lower[m.last + 1] in ("'s", "’s"):
            continue
        return m if m.first - token <= limit + 3 else None
    return None


def _passive_subject(s: Sentence, start: int) -> Mention | None:
    """The subject of a passive verb at ``start``: the first mention of its clause ("he had been
    suspended" after "announced that"), or, when a comma closes an aside just before the verb group,
    the mention the aside describes ("Shaheen, an economist who lost to X in 2019, was selected")."""
    k = start - 1
    while k >= 0 and s.lower[k] in _VERB_GROUP:
        k -= 1
    if k < 0:
        return None
    if s.lower[k] == ",":
        for c in range(1, k):
            if s.lower[c] != ",":
                continue
            m = s.at(c - 1)
            named = s.at(c + 1)
            if m is not None and _kind(m) != "PERSON" and named is not None and named.first == c + 1 and \
                    named.last == k - 1 and _kind(named) == "PERSON" and named.label != "PRON":
                return named  # "The leader of Sandwell Council, Steve Eling, has been suspended": the one named
            if m is not None and _kind(m) in TARGETS and m.label != "DATE":
                first = m
                while first.first > 0 and s.at(first.first - 1) is None and s.lower[first.first - 1] in ("and", ","):
                    prev = s.at(first.first - 2) if first.first >= 2 else None
                    if prev is None or _kind(prev) != _kind(m):
                        break
                    first = prev
                return first
    boundary = _clause_start(s, k + 1)
    if boundary >= 2 and s.lower[boundary - 1] in ("who", "that") and _finite(s, boundary, k):
        # "Four Labour MPs who voted against the bill were suspended": the relative clause has its own
        # verb, so the passive verb is the main clause's and its subject the noun the clause hangs on
        head = s.at(boundary - 2)
        if head is not None and _kind(head) in ("PERSON", "COLLECTIVE"):
            return head
    found = [m for m in s.mentions if boundary <= m.first and m.last <= k and (_kind(m) in TARGETS or m.label == "ROLE")]
    return _person_head(s, found[0]) if found else None


def _finite(s: Sentence, lo: int, hi: int) -> bool:
    """Whether a past-tense verb opens the clause ``lo``..``hi`` ("who voted against", "who had
    backed"), after its auxiliaries."""
    k = lo
    while k <= hi and s.lower[k] in _VERB_GROUP:
        k += 1
    return k < hi and s.at(k) is None and s.words[k].islower() and s.lower[k].endswith("ed")


def _person_head(s: Sentence, first: Mention) -> Mention:
    """The person a noun phrase opening with ``first`` names: "Burnley MP Oliver Ryan", "Labour's Jane
    Smith" are Oliver Ryan and Jane Smith (the mentions run on with no word between, or a possessive
    "'s"), else ``first``."""
    m, k = first, first.last + 1
    while _kind(m) != "PERSON":
        if k < s.n and s.lower[k] in ("'s", "’s"):
            k += 1
        nxt = s.at(k) if k < s.n else None
        if nxt is None or nxt.first != k:
            return first
        m, k = nxt, nxt.last + 1
    return m


def _people_listed(s: Sentence, token: int) -> list[Mention]:
    """The people listed after ``token`` ("were two former chancellors, A and B, as well as C, D and E"),
    leaving out those named inside an apposition ("the grandson of Winston Churchill")."""
    out = []
    for m in s.mentions:
        if m.first <= token or m.entity is None or m.entity.kind != "PERSON":
            continue
        if m.first > 0 and s.lower[m.first - 1] in ("of", "to", "with", "by", "for", "from"):
            continue
        out.append(m)
    return out


def _portfolio(words: list[str]) -> bool:
    heads = role_lexicon()["portfolio_heads"]
    return bool(words) and words[-1] in heads and not (len(words) >= 2 and words[-2] == "general")


def _council_role(role: str | None) -> bool:
    """A council's office: a councillor, a provost, a convener, a civic mayor, a cabinet member, or one of
    them with a modifier ("depute-provost", "deputy-lord-provost")."""
    heads = role_lexicon()["council_roles"] + ["mayor"]  # a mayor is a council's (or an authority's, named)
    role = role.split("-for-")[0] if role is not None else None  # "cabinet-member-for-finance"
    # a bare "Convener" is a Scottish council's civic head; a "co-convener" or "business convener" a party's
    return role is not None and (role in heads or role == "convener" or any(role.endswith("-" + h) for h in heads))


def _coordinated(s: Sentence, who: int) -> list[Mention]:
    """The people a relative pronoun at ``who`` refers to: the coordinated list just before it."""
    k = who - 1
    if k >= 0 and s.lower[k] == ",":
        k -= 1
    m = s.at(k) if k >= 0 else None
    if m is None or _kind(m) not in ("PERSON", "COLLECTIVE", "BODY", "PARTY", "COUNCIL", "GROUP"):
        return []
    group = [m]
    k = m.first - 1
    while k >= 1 and s.lower[k] in (",", "and"):
        prev = s.at(k - 1)
        if prev is None or _kind(prev) != _kind(m):
            break
        group.insert(0, prev)
        k = prev.first - 1
    return group


#: Words an apposition between two coordinated names may open with.
APPOSITION_OPENERS = {"the", "a", "an", "his", "her", "its", "their", "our", "now", "then", "also", "both",
                      "former", "deputy", "acting", "interim", "shadow"}


def _coordinated_from(s: Sentence, first: Mention) -> list[Mention]:
    """``first`` and the mentions of the same kind coordinated after it: "A, B and C"."""
    group = [first]
    k = first.last + 1
    while True:
        after = s.at(k) if k < s.n else None
        if after is not None and after.label == "ROLE" and after.first == k:
            k = after.last + 1  # "appointed A levelling up secretary, B education secretary and C ..."
        if k < s.n and s.lower[k] == "(" and _kind(first) == "PERSON":
            # "Councillors A (Kilburn), B (Harlesden and Kensal Green) and C": past a ward or party in brackets
            # (a ward's name is a capitalised name too: "Kensal Green")
            k = next((x + 1 for x in range(k + 1, min(s.n, k + 9)) if s.lower[x] == ")"), k)
        if not (k + 1 < s.n and s.lower[k] in (",", "and", ";")):
            break
        j = k + 1
        if s.lower[k] in (",", ";"):
            # "A, the deputy leader, and ...", "A, the former Labour defence secretary, and B": step over
            # an apposition (a phrase with a role and no person, up to the next comma)
            close = next((x for x in range(j, min(s.n, j + 9)) if s.lower[x] in (",", ";")), None)
            inner = [s.at(x) for x in range(j, close)] if close is not None else []
            # an apposition opens with a determiner or a name ("the deputy leader", "Labour's X"), not
            # a verb: ", was voted in as council leader yesterday, beating ..., B" is no list
            opens = s.lower[j] in APPOSITION_OPENERS or s.at(j) is not None
            if close is not None and opens and any(x is not None and x.label == "ROLE" for x in inner) and not any(
                    x is not None and _kind(x) == "PERSON" for x in inner):
                k = close
                continue
            if s.lower[j] in ("who", "which"):
                # "the Conservatives, who hold 39 seats, and the Liberal Democrats": a relative clause, which runs
                # longer than an apposition ("A, who has been a Plaid Cymru councillor for 28 years, and B")
                close = next((x for x in range(j, min(s.n, j + 18)) if s.lower[x] in (",", ";")), None)
                if close is not None and close + 1 < s.n and s.lower[close + 1] == "and":
                    k = close
                    continue
        if s.lower[k] in (",", ";") and j < s.n and s.lower[j] == "and":
            j += 1
        while j < s.n and s.lower[j] in ("the", "a", "an") and s.at(j) is None:
            j += 1  # "the 1922 Committee and the Conservative Party Board"
        role = s.at(j)
        if role is not None and role.label == "ROLE" and role.last + 1 < s.n and s.lower[role.last + 1] == ",":
            j = role.last + 2  # "and the party president, Baroness Sal Brinton"
        elif role is not None and role.label == "ROLE" and role.last + 1 < s.n and \
                _kind(named := s.at(role.last + 1)) == "PERSON" and named.first == role.last + 1:
            j = role.last + 1  # "A, the depute provost B, C and D": a title before the name
        while j < s.n and s.lower[j] in HONORIFIC_WORDS:
            j += 1
        nxt = s.at(j)
        if nxt is None or _kind(nxt) != _kind(first) or nxt.label == "PRON":
            break
        group.append(nxt)
        k = nxt.last + 1
    return group


def _relative_head(s: Sentence, who: int) -> Mention | None:
    """The person a relative clause opening with ", who" at ``who`` describes: the mention just before
    the comma, or, past a short apposition ("Caroline Lucas, MP for Brighton Pavilion, who ..."), the
    person it describes; after "and who", the person the first relative clause describes ("X, who has led
    Welsh Labour since 2009 and who has been First Minister")."""
    if s.lower[who - 1] == "and":
        first = next((c for c in range(who - 2, 1, -1) if s.lower[c] == "who" and s.lower[c - 1] == ","), None)
        return _relative_head(s, first) if first is not None else None
    head = s.at(who - 2)
    if head is not None and _kind(head) == "PERSON":
        return head
    opening = next((c for c in range(who - 2, max(0, who - 10), -1) if s.lower[c] == ","), None)
    if opening is None or opening < 1 or any(s.lower[c] in ("who", "which", "and") for c in range(opening, who - 1)):
        return None
    head = s.at(opening - 1)
    return head if head is not None and _kind(head) == "PERSON" else None


def _relative_object(s: Sentence, start: int) -> list[Mention] | None:
    """The people a "whom" clause with the verb at ``start`` is about: "Councillors A and B, whom the
    Labour group had elected as her deputies" (A and B), "Yvonne Davies, whom Labour suspended in 2020";
    None when the verb's clause is no such clause."""
    k = _clause_start(s, start)
    if k < 3 or s.lower[k - 1] != "whom" or s.lower[k - 2] != ",":
        return None
    last = s.at(k - 3)
    if last is None or last.last != k - 3 or last.label == "PRON" or _kind(last) != "PERSON":
        return None
    first = last
    while first.first >= 2 and s.lower[first.first - 1] in ("and", ",") and (prev := s.at(first.first - 2)) is not None \
            and prev.last == first.first - 2 and prev.label != "PRON" and _kind(prev) == "PERSON":
        first = prev
    return [m for m in _coordinated_from(s, first) if m.first <= last.first] or [last]


def _person_named_at(s: Sentence, k: int) -> Mention | None:
    """The person named at ``k``, past any titles ("Councillor Michael Payne", "Cllrs A and B"), else None."""
    while k < s.n and (s.words[k] in HONORIFICS or s.words[k] == "Councillors"):
        k += 1
    m = s.at(k) if k < s.n else None
    return m if m is not None and m.first == k and _kind(m) == "PERSON" and m.label != "PRON" else None
