"""Reading a document: its text and its metadata (title, url, publisher, published, kind).

Markdown and plain text may open with YAML front matter (read by python-frontmatter); HTML is reduced
to its main text by trafilatura (with its own baseline extractor as the fallback for pages it cannot
classify), never by regexes. Options from the command line override the front matter.

Character offsets in evidence count Unicode code points in :attr:`Document.text`, the body after
the front matter (or the extracted main text of an HTML page).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import frontmatter
import yaml

from ..base import SourceError

TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
KINDS = {"article", "letter", "minutes", "statement", "report", "press-release", "blog"}


@dataclass(frozen=True)
class Document:
    """A document ready for extraction."""

    path: Path
    text: str
    title: str
    url: str | None = None
    publisher: str | None = None
    published: date | None = None
    kind: str = "article"


def is_html(path: Path, head: bytes) -> bool:
    if path.suffix.lower() in HTML_SUFFIXES:
        return True
    sample = head.lstrip(b"\xef\xbb\xbf").lstrip()[:200].lower()
    return sample.startswith((b"<!doctype html", b"<html")) or b"<body" in head[:4096].lower()


def read(path: Path, options: dict[str, str] | None = None) -> Document:
    """The document at ``path``. Raises :class:`SourceError` (naming the file) for a file that is
    missing, binary, not UTF-8, empty, or has unreadable front matter or a bad date.

    Cost: one read of the file; trafilatura's extraction for HTML (a few ms for an article)."""
    options = options or {}
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise SourceError(f"{path}: cannot read: {e.strerror or e}") from None
    if b"\x00" in raw[:8192]:
        raise SourceError(f"{path}: a binary file, not a text document")
    try:
        decoded = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise SourceError(f"{path}:{line}: not UTF-8 text (byte {e.start}); save the document as UTF-8") from None
    meta: dict[str, object] = {}
    if is_html(path, raw[:8192]):
        text, meta = _html(decoded)
    else:
        try:
            post = frontmatter.loads(decoded)
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
            raise SourceError(f"{where}: unreadable front matter: {getattr(e, 'problem', None) or e}") from None
        text, meta = post.content, dict(post.metadata)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise SourceError(f"{path}: the document has no text")
    merged = {**{k: v for k, v in meta.items() if v not in (None, "")},
              **{k: v for k, v in options.items() if v not in (None, "")}}
    published = _date(merged.get("published") or merged.get("date"), path)
    kind = str(merged.get("kind") or "article").strip().lower()
    return Document(path=path, text=text, title=str(merged.get("title") or path.name).strip(),
                    url=_str(merged.get("url")), publisher=_str(merged.get("publisher")),
                    published=published, kind=kind)


def _str(value: object) -> str | None:
    return str(value).strip() if value not in (None, "") else None


def _date(value: object, path: Path) -> date | None:
    """A publication date from front matter (YAML may already have made it a date) or an option."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise SourceError(f"{path}: publication date {text!r} is not a date (write YYYY-MM-DD)") from None


def _html(markup: str) -> tuple[str, dict[str, object]]:
    """Main text and metadata of an HTML page. Broken markup is tolerated (lxml repairs it); a page
    with no recoverable text comes back empty, which :func:`read` reports."""
    import trafilatura  # slow to import; only HTML needs it
    from trafilatura.metadata import extract_metadata

    text = trafilatura.extract(markup, include_comments=False, include_tables=False, favor_recall=True) or ""
    if not text.strip():
        _, text, _ = trafilatura.baseline(markup)
    meta: dict[str, object] = {}
    try:
        found = extract_metadata(markup)
    except Exception:  # noqa: BLE001 - metadata is optional; a page whose head lxml cannot read has none
        found = None
    if found is not None:
        meta = {"title": found.title, "url": found.url, "publisher": found.sitename, "published": found.date}
    return text or "", meta
