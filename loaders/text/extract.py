"""From a document to facts: paragraphs through the pipeline, mentions linked, rules applied.

The text is cut into paragraphs (blank lines; very long paragraphs at line ends, then at about
100,000 characters) so spaCy never sees more than it can hold, and a heading in capitals ("MINUTES OF
THE MEETING OF THE CABINET HELD ON TUESDAY, 17 JULY 2018") is read in title case (same length, so
offsets still point into the original text).

Cost: linear in the text; about 1-2 ms per 100 words on this machine with a small graph, plus
dateparser for each distinct temporal expression.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ...graph.store import OxigraphStore
from ...ontology import uris
from . import dates
from .document import Document
from .linking import ORG_KINDS, PRONOUNS_PERSON, PRONOUNS_PLURAL, PRONOUNS_THING, Entity, Linker, Mention
from .pipeline import Pipeline, for_store, party_names, role_lexicon
from .relations import Fact, Rules, Sentence, matcher_for

CHUNK = 100_000
_FUTURE = {"will", "expected", "due", "next", "set", "shall", "tomorrow"}


@dataclass
class Extraction:
    """What a document says: its facts, the things they are about, and notes for the user."""

    document: Document
    key: str
    facts: list[Fact]
    linker: Linker
    notes: list[str] = field(default_factory=list)

    @property
    def source_iri(self) -> str:
        return str(uris.source(self.key))


def source_key(document: Document, source_iri: str | None = None) -> str:
    return f"text/{uris.slugify(source_iri or document.path.stem)}"


def extract(document: Document, store: OxigraphStore | None, source_iri: str | None = None) -> Extraction:
    """Read the facts of ``document``, linking to ``store`` (read-only; ``None`` links nothing)."""
    pipeline = for_store(store)
    key = source_key(document, source_iri)
    linker = Linker(store, pipeline, document.published, key.split("/", 1)[1])
    paragraphs = list(_paragraphs(document.text))
    docs = pipeline([_readable(p) for _, p in paragraphs])
    matcher = matcher_for(pipeline.nlp.vocab)
    meeting = None
    notes: list[str] = []
    unresolved: set[str] = set()

    def when_of(expression: str, s: Sentence, token: int) -> dates.When:
        future = any(w in _FUTURE for w in s.lower[max(0, token - 6):token + 1])
        when = dates.resolve(expression, document.published, future=future)
        if not when.resolved:
            unresolved.add(expression)
        return when

    if document.kind == "minutes" and docs:
        first = [e for d in docs[:2] for e in d.ents if e.label_ == "DATE"]
        if first:
            meeting = dates.resolve(first[0].text, document.published)
    linker.topic = _party_in(document.title, linker)
    rules = Rules(linker, meeting if meeting and meeting.resolved else None, when_of)
    index = 0
    for (offset, _), doc in zip(paragraphs, docs):
        for sent in doc.sents:
            mentions = _mentions(sent, offset, linker, pipeline)
            s = Sentence(sent, offset + sent.start_char, mentions, index)
            index += 1
            found = [(doc.vocab.strings[mid], start, end)
                     for mid, start, end in matcher(sent)]
            rules.apply(s, found)
    facts = rules.finish()
    if document.published is None and unresolved:
        notes.append(f"no publication date: {len(unresolved)} relative date(s) left unresolved "
                     f"({', '.join(sorted(unresolved)[:5])})")
    if not facts:
        notes.append("no facts found")
    return Extraction(document, key, facts, linker, notes)


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    for m in re.finditer(r"(?:[^\n]|\n(?!\s*\n))+", text):
        block, start = m.group(0), m.start()
        if not block.strip():
            continue
        if len(block) <= CHUNK:
            yield start, block
            continue
        # A very long paragraph: cut at line ends, then at spaces, so no piece exceeds CHUNK.
        pos = 0
        while pos < len(block):
            end = min(len(block), pos + CHUNK)
            if end < len(block):
                cut = max(block.rfind("\n", pos, end), block.rfind(". ", pos, end))
                end = cut + 1 if cut > pos else (block.rfind(" ", pos, end) + 1 or end)
            yield start + pos, block[pos:end]
            pos = end


def _readable(paragraph: str) -> str:
    """Capitals-only lines in title case (same length), so names in headings are found."""
    # Curly apostrophes read as straight ones, so "Labour’s" meets the graph's "Labour's" (same length).
    paragraph = paragraph.replace("’", "'")
    out = []
    for line in paragraph.split("\n"):
        letters = [c for c in line if c.isalpha()]
        if len(letters) > 12 and all(c.isupper() for c in letters):
            titled = line.title()
            line = titled if len(titled) == len(line) else line
        out.append(line)
    return "\n".join(out)


def _mentions(sent, offset: int, linker: Linker, pipeline: Pipeline) -> list[Mention]:  # type: ignore[no-untyped-def]
    """The sentence's mentions, each linked, in order; the context is updated as they are read."""
    out: list[Mention] = []
    base = sent.start
    covered: set[int] = set()
    spans = list(sent.ents)
    for ent in spans:
        covered.update(range(ent.start, ent.end))
    extra = []
    for tok in sent:
        if tok.i in covered:
            continue
        low = tok.lower_
        if low in PRONOUNS_PERSON or low in PRONOUNS_THING or low in PRONOUNS_PLURAL:
            extra.append((tok.i, tok.i + 1, "PRON"))
        elif tok.is_title and tok.text in linker.surnames:
            extra.append((tok.i, tok.i + 1, "SURNAME"))
        elif tok.is_title and len(pipeline.surnames.get(tok.text, ())) == 1:
            extra.append((tok.i, tok.i + 1, "SURNAME"))
        elif tok.is_title and not tok.is_sent_start and _org_slot(sent, tok):
            extra.append((tok.i, tok.i + 1, "ORG"))
    items = [(e.start, e.end, e.label_, e) for e in spans] + [(a, b, lab, None) for a, b, lab in extra]
    items.sort(key=lambda t: t[0])
    for start, end, label, ent in items:
        span = sent.doc[start:end]
        m = Mention(offset + span.start_char, offset + span.end_char, span.text, label, start - base, end - 1 - base)
        _link(m, ent, span, linker, pipeline, out)
        out.append(m)
        if m.entity is not None and label not in ("PRON",):
            linker.note(m.entity)
    return out


def _org_slot(sent, tok) -> bool:  # type: ignore[no-untyped-def]
    """A single capitalised word in a slot only an organisation fills: "Jim Kennedy of Unite",
    "a Unite official"."""
    doc = sent.doc
    prev = doc[tok.i - 1] if tok.i > sent.start else None
    nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
    if prev is not None and prev.lower_ == "of" and tok.i >= 2 and doc[tok.i - 2].ent_type_ in ("PERSON", "NAME"):
        return True
    return prev is not None and prev.lower_ in ("a", "an") and nxt is not None and nxt.lower_ in (
        "official", "member", "activist", "organiser", "organizer", "delegate", "representative", "steward")


def _link(m: Mention, ent, span, linker: Linker, pipeline: Pipeline, so_far: list[Mention]) -> None:  # type: ignore[no-untyped-def]
    label = m.label
    # a collective widened over a party's name keeps that name's id on its first token: not its own
    ent_id = ent.ent_id_ if ent is not None and label not in ("COLLECTIVE", "ROLE", "DATE") else ""
    text = m.text
    if ent_id.startswith(("http://", "https://")):
        m.entity = linker.known(ent_id, label)
        if label == "PERSON":
            linker.surnames.setdefault(m.entity.label.split()[-1], m.entity)
        _possessor_in_name(m, linker)
    elif ent_id.startswith("party:"):
        m.entity = linker.party(ent_id.split(":", 1)[1], text)
    elif label in ("ORG", "BODY"):
        m.entity = linker.organisation(text, "COUNCIL" if text.endswith("Council") else "BODY")
    elif label in ("PERSON", "NAME"):
        m.entity = linker.person(text)
    elif label == "SURNAME":
        m.entity = linker.surnames.get(text) or _graph_surname(text, linker, pipeline)
        m.label = "PERSON"
    elif label == "PLACE":
        m.entity = linker.mint(str(uris.organisation(uris.slugify(text))), text, "PLACE", ())
    elif label == "PRON":
        low = text.lower()
        if low in PRONOUNS_PERSON:
            m.entity = linker.last_person("female" if low in ("she", "her", "hers", "herself") else "male")
        elif low in PRONOUNS_THING:
            m.entity = linker.last(ORG_KINDS - {"COLLECTIVE"} | {"POLICY"})
        else:
            m.entity = linker.last({"COLLECTIVE"})
    elif label == "DEF":
        doc = span.doc
        if span.end + 1 < len(doc) and doc[span.end].lower_ == "of" and (doc[span.end + 1].is_title
                                                                         or doc[span.end + 1].ent_type_):
            m.entity = None  # "the national coordinating group of Momentum": a description, not a reference
        else:
            m.entity = _definite(text.lower().split()[-1], text.lower(), linker, sentence_start=so_far)
    elif label == "GROUP":
        party = _party_in(text, linker)
        council = linker.last({"COUNCIL"})
        if party is not None and council is not None:
            m.entity = linker.council_group(party, council)
        else:
            m.entity = linker.organisation(text, "BODY")
    elif label == "COLLECTIVE":
        party = _party_in(text, linker)
        council = _council_in(text, linker)
        if council is not None:
            linker.note(council)
        if party is not None:
            linker.note(party)
        m.entity = linker.collective(text, party, council)
    elif label == "CONTROLLED":
        m.possessor = _party_in(text.split("-")[0], linker)
        j = m.last + 1
        m.entity = None
        doc = span.doc
        k = span.end
        if k < len(doc) and doc[k].text in ("–", "-", "—", ",") and k + 1 < len(doc) and doc[k + 1].ent_type_:
            name = doc[k + 1].text
            m.entity = linker.council(name) or linker.organisation(f"{name} Council", "COUNCIL")
        elif span.start > 0 and doc[span.start - 1].lower_ == "the":
            m.entity = linker.last({"COUNCIL"})
    elif label == "ROLE":
        words = [w for w in re.split(r"\s+", text.lower()) if w not in ("the", "a", "an", "its", "his", "her", "acting",
                                                                         "interim", "joint", "former", "national",
                                                                         "outgoing", "new")]
        phrase = " ".join(words)
        roles = role_lexicon()["roles"]
        if phrase in roles:
            m.role = roles[phrase]
        elif words:
            m.role = uris.slugify(phrase)
        m.role_text = text
    # possessive: "Labour's National Executive Committee", "the SNP's chief executive"
    if so_far and ent is not None:
        doc = span.doc
        if span.start >= 2 and doc[span.start - 1].text in ("'s", "’s", "'", "’"):
            prev = so_far[-1]
            if prev.last == m.first - 2 and prev.entity is not None and prev.entity.kind in ORG_KINDS | {"PERSON"}:
                m.possessor = prev.entity
        elif span.start >= 3 and doc[span.start - 1].text in ("'s", "’s"):
            pass
    if label == "ROLE" and m.possessor is None:
        doc = span.doc
        inner = [t for t in span if t.text in ("'s", "’s")]
        if inner:
            head = doc[span.start:inner[0].i].text
            m.possessor = _party_in(head, linker) or _definite(head.lower().split()[-1], head.lower(), linker, so_far)


def _possessor_in_name(m: Mention, linker: Linker) -> None:
    """A graph name that opens with a party's possessive ("Labour's governing body") names a body of that party."""
    hit = re.match(r"^(.+?)['’]s\s", m.text)
    if hit:
        m.possessor = _party_in(hit.group(1), linker)


def _party_in(text: str, linker: Linker) -> Entity | None:
    for slug, names in party_names().items():
        for name in sorted(names, key=len, reverse=True):
            if re.search(rf"\b{re.escape(name)}\b", text):
                found = linker.pipeline.labels
                iri = str(uris.party(slug))
                if iri in found:
                    return linker.known(iri, "PARTY")
                graph = linker._find(name, ["party"])
                return graph or linker.party(slug, name)
    return None


def _council_in(text: str, linker: Linker) -> Entity | None:
    hit = re.match(r"^([A-Z][\w-]+(?: [A-Z][\w-]+)*)['’]s\b", text)
    if hit:
        return linker.council(hit.group(1))
    hit = re.match(r"^([A-Z][\w-]+) (?:council|Labour|Conservative|Liberal)", text)
    if hit and _party_in(hit.group(1), linker) is None:
        return linker.council(hit.group(1))
    return None


def _definite(head: str, text: str, linker: Linker, sentence_start: list[Mention] | None = None) -> Entity | None:
    if head in ("council", "authority", "administration", "cabinet"):
        return linker.last({"COUNCIL"})
    if head == "party":
        # "the party": a party named earlier in the sentence, else the party the document is about
        here = [m.entity for m in (sentence_start or []) if m.entity is not None and m.entity.kind == "PARTY"]
        if here:
            return here[-1]
        return linker.topic or linker.last({"PARTY"})
    if head == "group":
        return linker.last({"GROUP"})
    if head == "government":
        return linker.government()
    if head in ("committee", "board", "panel", "executive", "body", "union"):
        return linker.last({"BODY"}, contains=head if head != "body" else None) or linker.last({"BODY"})
    return None


def _graph_surname(text: str, linker: Linker, pipeline: Pipeline) -> Entity | None:
    iris = pipeline.surnames.get(text, set())
    if len(iris) != 1:
        return None
    iri = next(iter(iris))
    entity = linker.known(iri, "PERSON")
    linker.surnames.setdefault(text, entity)
    return entity
