"""Words and token helpers shared by the stance rules (``confidence``, ``signatures``, ``criticism``).

Lexicons of opposition and signing (verbs of criticism, damning verdicts, statement nouns, motion nouns)
and small readers of a sentence's tokens: a relative clause's head, "no confidence", the person facing a
motion, "signed by A and B", "as did B", the writer of "her letter to", a statement's IRI.
"""

from __future__ import annotations

import re

from .dates import When
from .linking import ORG_KINDS, Entity, Mention
from .sentence import (
    Sentence,
    _coordinated_from,
    _kind,
)
from .words import (
    HONORIFIC_WORDS,
)

#: "passed a vote of no confidence in him", "submitted a letter of no confidence in Sunak": the verbs by
#: which a person or a body states it (not "survived" or "faces", said of the object).
NO_CONFIDENCE_VERBS = {"submitted", "submit", "submits", "passed", "pass", "passes", "backed", "backs", "sent",
                       "tabled", "moved", "supported", "signed", "carried", "lodged", "wrote", "put"}
#: Verbs by which a motion is put or carried, read with an agent after "by" too: "a motion moved by A".
MOVING_VERBS = {"moved", "tabled", "submitted", "brought", "proposed", "lodged", "passed", "carried", "put",
                "seconded"}
#: Verbs by which a motion is put in writing, which its movers sign: "a motion submitted by A and B".
SIGNING_VERBS = {"submitted", "tabled", "lodged", "signed", "co-signed"}
#: What is moved: "a motion of no confidence", "a vote of no confidence", "a letter of no confidence".
MOTION_NOUNS = {"motion", "vote", "letter", "letters", "resolution", "motions"}
#: What an agreement is called: "coalition agreement", "power-sharing deal", "pact", "accord".
AGREEMENT_NOUNS = {"agreement", "deal", "pact", "accord", "compact", "concordat", "memorandum", "agreements"}
#: Counts of the parties to an agreement: "the two groups", "both parties", "all three groups".
COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}
#: Verbs of a verdict on a motion: "called the motion a disgrace", "branded it shameful".
MOTION_VERDICTS = {"called", "branded", "brands", "described", "labelled", "labeled", "dismissed"}
#: Verbs of a speech or a vote against a motion: "spoke against the motion".
SPEAKING = {"spoke", "speaks", "argued", "argues", "voted", "votes"}
#: Words between "no" and "confidence": "no longer had trust and confidence in".
CONFIDENCE_GAP = {"longer", "has", "have", "had", "trust", "and", "any", "full"}
#: Opening quotation marks a quoted motion may start with.
QUOTES = {'"', "“", "'", "‘"}
#: Words of address before a name: "the Rev Stuart Piper", "Councillor Nick Kelly".
HONORIFICS = HONORIFIC_WORDS | {"rev", "reverend", "rt", "hon", "."}
#: Words between a subject and "called" that leave it the subject ("he and X jointly called on").
CALL_ADVERBS = {"jointly", "also", "publicly", "repeatedly", "openly", "then", "have", "has", "had", "last", "night"}


#: Nouns of those who signed: "its signatories were A and B".
SIGNATORY_NOUNS = {"signatories", "signatory", "signers", "co-signatories", "cosignatories"}
#: Verbs of putting one's name to a text: "had put their names to a statement".
PUTTING = {"put", "puts", "putting", "added", "add", "adds", "adding", "lent", "lend", "lends"}
POSSESSIVES = {"their", "his", "her", "my", "our"}
#: Verbs said of the person a no-confidence motion is against: "X faces a vote of no confidence".
FACING = {"faced", "faces", "facing", "face"}
#: Verbs of a text bearing names: "it carried the names of 20 MLAs".
BEARING = {"carried", "carries", "bore", "bears", "had", "has", "with", "gathered", "collected"}
#: Participles of writing a text, before "by" and its authors: "a statement published by A".
AUTHORING = {"published", "issued", "written", "drafted", "released", "penned", "organised", "organized",
             "co-ordinated", "coordinated"}
#: What is signed: a letter or a statement (an agreement is read by ``_agreement_signed``).
STATEMENT_NOUNS = {"letter", "statement", "letters", "statements", "declaration", "petition", "pledge", "papers"}
#: Words that say what kind of statement was signed: "a joint statement", "an open letter".
STATEMENT_MODIFIERS = {"joint", "open", "resignation", "public"}

#: Verbs that state an opposition by criticism: "has publicly criticised X", "condemned the decision".
CRITICISM = {"criticised", "criticized", "criticises", "criticizes", "criticising", "criticizing", "condemned",
             "condemns", "condemning", "attacked", "attacks", "denounced", "denounces", "lambasted", "hit", "hits",
             "rounded", "opposed", "opposes", "critical", "scathing", "rebuked", "clashed", "clashes", "clashing", "turned", "turns"}
#: Verbs of a clash with someone ("had clashed with X", "turned on X"): said of people and parties only.
CLASHING = {"clashed", "clashes", "clashing", "turned", "turns"}
#: Verbs of an accusation, read only as "A accused B of ...": "accused the First Minister of playing for time".
ACCUSING = {"accused", "accuses", "accusing"}
#: Verbs of a verdict like "called": "branded the process unfair", "labelled the decision a disgrace".
BRANDING = {"branded", "brands", "branding", "labelled", "labels", "labeled", "dubbed", "dubs"}

#: What a damning verdict is passed on ("called the decision perverse"): a decision or its handling.
VERDICT_NOUNS = {"decision", "move", "result", "delay", "hearing", "inquiry", "investigation", "proceedings", "suspension", "expulsion", "deselection", "handling",
                 "process", "intervention", "removal", "sacking", "ruling", "verdict", "decisions", "timing"}
SPOKESPEOPLE = {"spokesperson", "spokesman", "spokeswoman", "source", "insider"}
#: Someone's words or deeds, on which a verdict opposes them: "called his words deeply offensive".
SAYINGS = {"words", "comments", "remarks", "remark", "comment", "chant", "behaviour", "behavior", "conduct",
           "tweet", "tweets", "post", "posts", "speech", "outburst", "language", "claims", "attack"}
#: A leaving, on which a verdict opposes the one who left: "called the defection disappointing".
DEPARTURES = {"defection", "departure", "walkout", "walk-out", "exit"}
#: Words of a damning verdict: "a disgrace", "frankly appalling", "a betrayal of women".
DAMNING = {"inexplicable", "harmful", "offensive", "inappropriate", "shambles", "kangaroo", "damaging", "divisive",
           "hypocritical", "irresponsible", "misguided", "disastrous", "unjustified", "unwarranted", "draconian",
           "vindictive", "dangerous", "racist", "antisemitic", "sexist", "abhorrent", "vile", "despicable",
           "unforgivable", "baseless", "nonsense", "grotesque", "disgrace", "disgraceful", "appalling", "perverse", "disappointing", "chaotic", "betrayal", "shame",
           "shameful", "outrageous", "scandal", "scandalous", "unacceptable", "undemocratic", "stitch-up", "farce",
           "circus", "travesty", "mistake", "insult", "absurd", "ridiculous", "deplorable", "indefensible", "sham",
           "cowardly", "unfair", "unjust", "reckless", "wrong", "bad", "shocking", "woeful", "pathetic", "spineless",
           "grubby", "petty", "shabby", "disgusting", "insulting", "bizarre", "baffling", "regrettable",
           "heavy-handed", "flawed", "false", "misleading", "unworkable",
           "hysterical", "pointless", "sordid", "squalid", "cynical", "callous", "cruel"}
#: Words that make a verdict praise, or mixed: "the right decision", "a sensible move".
PRAISE = {"right", "correct", "good", "welcome", "sensible", "honour", "proud", "brave", "courageous", "fair"}
#: Damning words a letter says of its addressee: "the disgraceful way in which you have conducted yourself".
LETTER_DAMNING = {"disgraceful", "appalling", "shameful", "outrageous", "deplorable", "indefensible", "scandalous"}
#: Verbs of opposition only in a letter's first person: "We reject the legislation".
LETTER_CRITICISM = {"reject"}
#: Words before "against" that make it a contest with a person: "stood against him as the candidate".
CONTEST_WORDS = {"stood", "stand", "stands", "standing"}
#: Verbs that make a future contest a declared challenge: "declared that they would stand against X".
DECLARING = {"declared", "declares", "announced", "announces", "confirmed", "confirms"}
#: Words before "against" that make it a vote or a contest: "voted against the bill".
VOTE_WORDS = {"voted", "vote", "votes", "voting", "campaigned", "campaigning", "campaigns"}


#: Verbs of a letter's writer after "In a letter to X, A ...": "said", "wrote", "told", "warned".
LETTER_SAYING = {"said", "says", "wrote", "writes", "told", "tells", "warned", "warns", "argued", "argues",
                 "explained", "explains", "insisted", "added", "stated", "described", "accused", "urged", "asked"}
#: Modals of a reported call to go: "said he should resign", "insisted she must step down".
CALL_MODALS = {"should", "must"}
#: Verbs that report such a call ("A said B should resign"); not "asked" (a question) nor "denied".
SAYING_VERBS = {"said", "says", "insisted", "insists", "argued", "argues", "believes", "believed", "thinks",
                "demanded", "demands", "demanding",
                "added", "declared", "stated"}
#: Words of leaving after a modal: "should resign", "must go"; "step" and "stand" only with "down" or "aside".
LEAVING = {"resign", "go", "quit", "leave"}
#: A sanction asked for in the passive: "B should be suspended", "demanded that B be expelled".
SANCTIONED = {"suspended", "expelled", "sacked", "removed", "banned", "barred", "deselected", "disciplined",
              "dismissed", "fired"}
#: Adverbs between a modal and the leaving: "should now resign", "must immediately step down".
CALL_GAP = {"now", "immediately", "also", "simply", "finally", "therefore", "consider", "considering"}


def _letter_sender(s: Sentence, start: int, end: int) -> Mention | None:
    """The named person a letter is told to come from when no possessor says so: "a letter from A"
    (the person right after "from"), or an opening "In a letter to the party chair, A said ..." / "In his
    resignation letter, A wrote ..." (the person right after the phrase's comma, before a verb of
    saying). A body's letter ("a letter from the council") and "a letter to A" alone name no signer."""
    if s.lower[end - 1] == "from":
        j = end
        while j < s.n and s.lower[j] in HONORIFICS:
            j += 1  # "a letter from Sir Jeffrey Donaldson"
        m = s.at(j) if j < s.n else None
        return m if m is not None and m.first == j and m.label != "PRON" and _kind(m) == "PERSON" and \
            m.entity is not None else None
    if not (0 < start <= 3 and s.lower[0] == "in"):
        return None
    comma = next((j for j in range(end, min(s.n, end + 12)) if s.lower[j] == ","), None)
    if comma is None:
        return None
    j = comma + 1
    while j < s.n and s.lower[j] in HONORIFICS:
        j += 1
    m = s.at(j) if j < s.n else None
    if m is None or m.first != j or m.label == "PRON" or m.entity is None or _kind(m) != "PERSON":
        return None
    nxt = s.at(m.last + 2) if m.last + 2 < s.n and s.lower[m.last + 1] == "," else None
    if nxt is not None and nxt.first == m.last + 2 and nxt.label != "PRON" and nxt.entity is not None and \
            _kind(nxt) == "PERSON" and nxt.last + 1 < s.n and s.lower[nxt.last + 1] in LETTER_SAYING:
        m = nxt  # "In a letter to the party chair, C, A said": C names the addressee, A writes
    verb = m.last + 1
    if verb < s.n and s.lower[verb] == ",":
        # "In a letter to X, A, the party's leader, said": past an apposition
        verb = next((x + 1 for x in range(verb + 1, min(s.n, verb + 10)) if s.lower[x] == ","), verb)
    return m if verb < s.n and s.lower[verb] in LETTER_SAYING else None


def _go_follows(s: Sentence, k: int) -> bool:
    """Whether a leaving follows the modal before ``k``: "resign", "go" (not "go ahead", "go further"),
    "quit", "step down", "stand aside", a sanction ("be suspended"), past an adverb or a quotation mark,
    or the idiom "do the decent (honourable, right) thing and resign"."""
    while k < s.n and (s.lower[k] in CALL_GAP or s.lower[k] in QUOTES):
        k += 1
    if k + 1 < s.n and s.lower[k] == "do" and s.lower[k + 1] == "the":
        k = next((j + 1 for j in range(k + 2, min(s.n - 1, k + 6)) if s.lower[j] == "and"), s.n)
    if k >= s.n:
        return False
    word, nxt = s.lower[k], s.lower[k + 1] if k + 1 < s.n else "."
    if word == "be" and nxt in SANCTIONED or k > 0 and s.lower[k - 1] == "be" and word in SANCTIONED:
        return True  # "should be suspended", "demanded that B be expelled"
    if word in ("step", "stand", "stepped"):
        return nxt in ("down", "aside")
    if word == "go":
        return nxt in (".", ",", ";", "and", "now", "immediately", '"', "”", "'", "’")
    return word in LEAVING


def _agreement(m: Mention) -> bool:
    """Whether mention ``m`` names an agreement: "a coalition agreement", "the deal", "the Power Sharing
    Agreement", "a pact"."""
    words = m.text.lower().split() + (m.entity.label.lower().split() if m.entity is not None else [])
    return m.label in ("POLICY", "THING") and any(w in AGREEMENT_NOUNS for w in words)


def _head_of_relative(s: Sentence, k: int) -> Mention | None:
    """"A, who took over from B in 2018, called the motion a disgrace": the person the sentence opens with,
    when a relative clause on them ends before the verb at ``k`` (not B, inside it)."""
    first = next((m for m in s.mentions if m.first <= 2 and _kind(m) == "PERSON"), None)
    if first is None or first.label == "PRON" or first.last + 2 >= k:
        return None
    if s.lower[first.last + 1] != "," or s.lower[first.last + 2] not in ("who", "whose"):
        return None
    return first if s.lower[k - 1] == "," else None


def _no_confidence(s: Sentence, k: int) -> bool:
    """Whether "confidence" at ``k`` is denied: "no confidence", "no longer had trust and confidence",
    "lost confidence" (not "a motion of confidence", not "survived a vote of no confidence")."""
    j = k - 1
    while j >= 0 and k - j <= 5 and s.lower[j] in CONFIDENCE_GAP:
        j -= 1
    if j < 0 or s.lower[j] not in ("no", "lost", "loses", "lose", "losing"):
        return False
    return not any(w in ("survived", "survives", "survive", "won", "wins", "defeated") for w in s.lower[max(0, j - 6):j])


def _joined_past_roles(s: Sentence, first: Mention, verb: int) -> list[Mention]:
    """"the former leader A and the former deputy leader B, have criticised X": the people joined to
    the subject ``first`` by "and" (or a comma) past a role of their own before the verb; a person in an
    aside ("A, an ally of B, criticised X") is not joined."""
    joined = []
    for m in s.mentions:
        if not (first.last < m.first < verb) or _kind(m) != "PERSON" or m.label in ("PRON", "ROLE"):
            continue
        k = m.first - 1
        role = s.at(k) if k >= 0 else None
        if role is None or role.label != "ROLE":
            continue  # only "and the former deputy leader B": a role of B's own just before B
        k = role.first - 1
        while k > first.last and s.lower[k] in ("the", "former", "then", "a", "its", "their"):
            k -= 1
        if k > first.last and s.lower[k] == "and":
            joined.append(m)
    return joined


def _facing(s: Sentence, k: int) -> Mention | None:
    """The person facing a motion or vote of no confidence (``k`` is "confidence") that names no one after
    "in": the subject of "faced", "faces" or "survived" before it ("X faces a vote of no confidence tabled by
    Y"), or, after an opening "Faced with ..." / "Facing ...", the person the main clause names right after a
    comma ("Faced with motions of no confidence tabled by A and by B, Mr X resigned")."""
    verb = next((j for j in range(k - 1, max(-1, k - 7), -1) if s.lower[j] in FACING), None)
    if verb is None:
        return None
    if verb > 0:
        m = next((m for m in reversed(s.mentions) if m.last < verb and m.last >= verb - 3), None)
        return m if m is not None and m.entity is not None and _kind(m) == "PERSON" and m.label != "PRON" else None
    for m in s.mentions:
        if m.first <= k or m.entity is None or _kind(m) != "PERSON" or m.label in ("PRON", "ROLE"):
            continue
        c = m.first - 1
        while c > k and s.lower[c] in HONORIFICS:
            c -= 1
        if s.lower[c] == ",":
            return m
    return None


def _and_by(s: Sentence, agent: Mention) -> list[Mention]:
    """A second agent joined to the first: "tabled by the Conservatives and by Labour", "by A and B"."""
    k = agent.last + 1
    if k >= s.n or s.lower[k] != "and":
        return []
    k += 1
    while k < s.n and s.lower[k] in ("by", "the"):
        k += 1
    m = s.at(k) if k < s.n else None
    return [m] if m is not None and m.first == k and m.entity is not None and m.label != "PRON" and \
        _kind(m) in ORG_KINDS else []


def _possessed(s: Sentence, k: int) -> bool:
    """Whether a named person at ``k`` owns what follows ("Y's remarks")."""
    m = s.at(k) if k < s.n else None
    return m is not None and m.first == k and _kind(m) == "PERSON" and m.label != "PRON" and \
        m.last + 1 < s.n and s.lower[m.last + 1] in ("'s", "’s")


def _bare_signature(s: Sentence, k: int) -> bool:
    """"A also signed, as did B", "B signed too.": "signed" with no object, closed by punctuation, "too",
    "as well" or "as did" (not "signed the deal", "signed for the club")."""
    nxt = s.lower[k + 1] if k + 1 < s.n else "."
    return nxt in (",", ".", ";", "too") or s.lower[k + 1:k + 3] in (["as", "did"], ["as", "well"])


def _signed_by(s: Sentence, by: int) -> list[Mention]:
    """The people after "signed by" at ``by``: named right after it ("by A, B and C"), or after "among them",
    "including" within ten words ("by colleagues across the party, among them A")."""
    first = s.at(by + 1) if by + 1 < s.n else None
    if first is None or first.first != by + 1 or _kind(first) != "PERSON" or first.label == "PRON":
        marker = next((j for j in range(by + 1, min(s.n - 1, by + 10))
                       if s.lower[j] == "including" or s.lower[j:j + 2] in (["among", "them"], ["among", "whom"])),
                      None)
        if marker is None:
            return []
        j = marker + (1 if s.lower[marker] == "including" else 2)
        first = next((m for m in s.mentions if j <= m.first <= j + 6 and _kind(m) == "PERSON" and m.label != "PRON"),
                     None)
        if first is None:
            return []
    return _coordinated_from(s, first)


def _as_did(s: Sentence, k: int) -> list[Mention]:
    """"A also signed, as did B and C": the people after "as did" within four words of ``k``."""
    j = next((x for x in range(k + 1, min(s.n - 2, k + 4)) if s.lower[x] == "as" and s.lower[x + 1] == "did"), None)
    if j is None:
        return []
    first = s.at(j + 2)
    return _coordinated_from(s, first) if first is not None and _kind(first) == "PERSON" else []


def _same_noun(statement: Entity, s: Sentence) -> bool:
    """Whether the sentence's letter or statement noun is the statement's own ("the statement" again)."""
    head = statement.label.split(" of ")[0].lower().split()[-1]
    return head in s.lower


def _statement_noun(s: Sentence, k: int) -> str:
    """What the text calls the statement signed, from ``k`` on: "a joint statement", "an open letter"
    (a letter when it does not say)."""
    for j in range(k, min(s.n, k + 5)):
        if s.lower[j] in STATEMENT_NOUNS:
            mods = [w for w in s.lower[max(k, j - 2):j] if w in STATEMENT_MODIFIERS]
            return " ".join(mods + [s.lower[j]])
    return "letter"


def title_statement_noun(title: str | None, kind: str | None) -> str | None:
    """What a document says it is, for the statement its signatories signed when no sentence near
    their list names one: the statement noun of its title with its modifiers ("Open letter from Labour
    peers" -> "open letter"), else "letter" for a document of kind letter, else None."""
    words = re.findall(r"[a-z]+", (title or "").lower())
    for j, w in enumerate(words):
        if w in STATEMENT_NOUNS:
            return " ".join([x for x in words[max(0, j - 2):j] if x in STATEMENT_MODIFIERS] + [w.rstrip("s")])
    return "letter" if kind == "letter" else None


def _writer_of(s: Sentence, start: int) -> Mention | None:
    """"Her letter to", "Jane Smith's letter to": the person whose letter it is."""
    k = start - 1
    if k >= 0 and s.lower[k] in ("resignation", "open"):
        k -= 1
    if k >= 0 and s.lower[k] in ("'s", "’s"):
        k -= 1
    m = s.at(k) if k >= 0 else None
    if m is None or m.entity is None or m.entity.kind != "PERSON" or m.last != k:
        return None
    return m


def _statement_iri(doc_key: str, creator: str, when: When | None) -> str:
    from ...ontology import uris

    return str(uris.statement(f"{doc_key}|{creator}", when.day if when and when.day else None))
