"""The ``partygraph`` command: a thin layer over the library. Each module here adds the commands of
one concern to :data:`app`; none holds logic the API does not share."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="partygraph",
    help="A knowledge graph of UK party bodies, councils, officeholders and the decisions between them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
    context_settings={"help_option_names": ["-h", "--help"]},
)

# Registering commands is importing their module.
from . import (  # noqa: E402,F401
    governance,  # noqa: E402,F401
    influence,  # noqa: E402,F401
    serve,
    store_commands,
    text,  # noqa: E402,F401
)


def main() -> None:
    app()
