"""Word lists used by several families of relation rules (and by ``sentence``).

Each list is read by more than one module: the kinds of mention a decision may be taken by or be
about, the forms of "be", negations, parliamentary and government offices, determiners and
honorifics, the words that open or follow an object pronoun, and the like.
"""

from __future__ import annotations

DECIDERS = {"PARTY", "BODY", "COUNCIL", "GROUP", "ORG", "COLLECTIVE"}
TARGETS = {"PARTY", "BODY", "COUNCIL", "GROUP", "ORG", "COLLECTIVE", "PERSON", "POLICY", "POST"}
PEOPLE = {"PERSON"}
NEGATION = {"not", "never", "n't"}
SEAT_ROLES = {"member-of-parliament", "member-of-the-scottish-parliament", "member-of-the-senedd",
              "member-of-the-legislative-assembly", "member-of-the-european-parliament",
              # as read when the text's "the" is dropped from the role ("a Member of the Scottish Parliament")
              "member-of-scottish-parliament", "member-of-senedd"}
GOVERNMENT_ROLES = {*SEAT_ROLES, "prime-minister",
                    "first-minister", "counsel-general", "attorney-general", "solicitor-general", "lord-advocate"}
BE = {"was", "were", "been", "be", "is", "are", "being"}
INCLUDE_WORDS = {"include", "included", "includes", "including"}
#: Offices whose holder's call on someone to go is a request, not opposition.
LEADING_ROLES = {"leader", "party-leader", "first-minister", "prime-minister", "chief-whip", "co-leader",
                 "deputy-leader", "chair", "chairman", "general-secretary"}
#: "called on X to step down": what a call that opposes its object asks of them.
GO_WORDS = {"step", "stand", "resign", "quit", "go", "leave"}


# ------------------------------------------------------------------ helpers

#: Words after "her" that make it an object pronoun ("blocked her from standing"), not a determiner.
OBJECT_FOLLOWERS = {"from", "to", "as", "in", "on", "at", "for", "with", "by", "of", "over", "after", "before", "and",
                    "or", ",", ".", ";", ":", "–", "—", "-", "last", "yesterday", "today", "pending", "again", "until",
                    "because", "when", "while", "since", "without", "following", "immediately", "temporarily"}
#: Adverbs after "her" that leave it the object ("suspended her regardless", "sacked her outright"): a
#: possessive "her" is followed by its noun, and these are never one.
ADVERB_FOLLOWERS = {"regardless", "anyway", "outright", "instead", "too", "once", "twice", "altogether", "out", "off",
                    "back", "down", "up", "this", "that", "then", "now", "later", "earlier", "overnight", "forthwith"}
#: Words ending in "-ly" that are not adverbs.
_NOT_ADVERBS = {"only", "early", "family", "ally", "july", "rally", "assembly"}


def object_pronoun_before(word: str) -> bool:
    """Whether "her" followed by ``word`` (lower case) is the object pronoun, not the possessive: a
    preposition, conjunction, punctuation, time word or adverb follows an object, a noun a possessive."""
    return word in OBJECT_FOLLOWERS or word in ADVERB_FOLLOWERS or word.endswith("ly") and word not in _NOT_ADVERBS


#: Elected bodies whose members hold a seat (an office), not a plain membership.
ASSEMBLY_WORDS = {"Assembly", "Parliament", "Senedd", "Commons", "Lords"}
DETERMINER_WORDS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"}
HONORIFIC_WORDS = {"sir", "dame", "baroness", "baron", "lord", "lady", "dr", "professor", "mr", "mrs", "ms", "miss",
                   "councillor", "cllr", "cllrs", "cllr.", "cllrs.", "coun"}
#: A councillor's title before a name, as written: "Councillor X", "Cllr X", "Coun X" (the North East's).
COUNCILLOR_TITLES = frozenset({"Councillor", "Cllr", "Cllr.", "Coun"})

_VERB_GROUP = BE | {"had", "has", "have", "having", "not", "also", "again", "then", "later", "since", "n't", "just",
                   "already", "now", "quickly", "formally", "temporarily", "subsequently", "originally"}


#: The seat a member of an elected chamber holds, by a word of the chamber's name, most specific first
#: ("the European Parliament" before "Parliament", "the London Assembly" has none of its own).
_CHAMBER_SEATS = (("European Parliament", None), ("London Assembly", None), ("Senedd", "member-of-the-senedd"),
                  ("Welsh Assembly", "member-of-the-senedd"), ("Scottish Parliament", "member-of-the-scottish-parliament"),
                  ("Holyrood", "member-of-the-scottish-parliament"), ("Lords", None),
                  ("Assembly", "member-of-the-legislative-assembly"), ("Stormont", "member-of-the-legislative-assembly"),
                  ("Commons", "member-of-parliament"), ("Parliament", "member-of-parliament"))


def seat_role(label: str, kind: str) -> str:
    """The office a seat on a body is: "elected to Cannock Chase District Council" is a councillor's, "elected to
    the Assembly" a member of the (Northern Ireland) Legislative Assembly's, "elected to Parliament" a member of
    parliament's; any other body's seat is a plain "member" (the European Parliament's and the Lords' too)."""
    if kind == "COUNCIL":
        return "councillor"
    for words, role in _CHAMBER_SEATS:
        if words in label:
            return role or "member"
    return "member"


_SMALL_COUNTS = ("both", "two", "three", "four", "five", "six")
#: Collective nouns that are a group only when counted, with the words that count them ("both men", "the three
#: women", "the pair"); alone ("the men who run the party") they name no one. Such a group stands for the
#: people the text lists, never for a group of its own.
COUNTED_NOUNS = {"men": _SMALL_COUNTS, "women": _SMALL_COUNTS, "pair": ("the",)}
