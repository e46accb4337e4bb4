"""What every command shares: the ``--store`` option, opening the store, reading ``--at``, and turning
errors into one readable line and an exit code (1 for a failure, 2 for a question that needs a better
answer from the user, such as an ambiguous name)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from ...graph.queries import BadParameter, QueryNotFound
from ...graph.store import OxigraphStore, StoreError, open_store
from ...loaders.base import SourceError

console = Console()
errors = Console(stderr=True)


def default_store() -> Path:
    """``$XDG_DATA_HOME/partygraph/store`` (``~/.local/share/partygraph/store``)."""
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "partygraph" / "store"


StoreOption = Annotated[
    Path | None,
    typer.Option("--store", envvar="PARTYGRAPH_STORE", show_envvar=True,
                 help="Store folder (created if missing). Default: $XDG_DATA_HOME/partygraph/store.",
                 rich_help_panel="Store"),
]


class UsageProblem(Exception):
    """The user's input needs correcting (an ambiguous name, say): exit code 2."""


def fail(message: str, code: int = 1) -> NoReturn:
    errors.print(f"[bold red]error:[/] {message}", highlight=False, markup=True, soft_wrap=True)
    raise typer.Exit(code)


def parse_at(text: str | None) -> date | None:
    """The ``--at`` option as a date (``None`` when not given); anything else than YYYY-MM-DD exits 2."""
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        fail(f"--at: {text!r} is not a date (YYYY-MM-DD)", 2)


@contextlib.contextmanager
def reported() -> Iterator[None]:
    """Run a command body, printing partygraph's own errors as one line with a non-zero exit."""
    try:
        yield
    except UsageProblem as e:
        fail(str(e), 2)
    except (StoreError, SourceError, BadParameter, QueryNotFound, ValueError) as e:
        fail(str(e).strip().splitlines()[0] if isinstance(e, QueryNotFound) else _one_line(str(e)))
    except OSError as e:
        fail(f"{e.filename + ': ' if e.filename else ''}{e.strerror or e}")


def _one_line(message: str) -> str:
    return " ".join(part.strip() for part in message.strip().splitlines() if part.strip()) or "failed"


@contextlib.contextmanager
def opened(location: Path | None) -> Iterator[OxigraphStore]:
    """The store at ``location`` (or the default), closed afterwards."""
    store = open_store(location if location is not None else default_store())
    try:
        yield store
    finally:
        store.close()


def read_text_argument(value: str) -> str:
    """A command-line argument that is either the text itself or ``@FILE`` (``@-`` for stdin)."""
    if value.startswith("@"):
        name = value[1:]
        if name == "-":
            return typer.get_text_stream("stdin").read()
        path = Path(name)
        if not path.is_file():
            raise SourceError(f"{name}: no such file")
        return path.read_text(encoding="utf-8")
    return value
