"""How the command line talks to people: one-line errors with exit codes, tables, sizes.

Kept apart from kg.cli, which holds only the commands and their options.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NoReturn

import click

from kg import interrupts
from kg.errors import EXIT_ERROR, EXIT_INTERRUPTED, KgError, StageError, describe
from kg.pipeline.options import check_scheduler
from kg.pipeline.procs import Terminated, end_by
from kg.pipes import closed_outputs, pipe_guard

if TYPE_CHECKING:
    from kg.model.article import Article

# the context settings of every command: -h as well as --help, help up to 100 columns wide
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class KgGroup(click.Group):
    """Turns a KgError anywhere below into one line on stderr and its exit code.

    A reader that stops early (``kg articles | head -1``) closes our stdout: that is no
    error, so every command then ends quietly with 141 (128 + SIGPIPE, what a shell
    reports for any program stopped that way), with no traceback and no error line.
    """

    def make_context(self, *args, **kwargs) -> click.Context:
        """Parse the command line; ``--help`` and ``--version`` print here."""
        with pipe_guard():  # ``kg --help`` and ``kg --version`` print here
            try:
                return super().make_context(*args, **kwargs)
            except KeyboardInterrupt:  # (click would say "Aborted!" and exit with 1)
                interrupted()

    def invoke(self, ctx: click.Context):
        """Run the command, turning errors into one line and an exit code."""
        with pipe_guard():
            try:
                value = super().invoke(ctx)
                interrupts.check()  # one a library swallowed: the command must not end as if none came
                if sys.stdout is not None:
                    sys.stdout.flush()  # a pipe closed early must fail here, not in interpreter shutdown
                return value
            except StageError as exc:  # a bug after the per-file stages, named by stage and article
                click.echo(f"kg: {exc} (set KG_DEBUG=1 for details)", err=True)
                sys.exit(exc.exit_code)
            except KgError as exc:
                click.echo(f"kg: error: {exc}", err=True)
                sys.exit(exc.exit_code)
            except Terminated as exc:
                click.echo(f"kg: stopped by {signal.Signals(exc.signum).name}", err=True)
                end_by(exc.signum)
            except KeyboardInterrupt:
                interrupted()
            except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException, SystemExit):
                raise
            except Exception as exc:  # a bug: one line for users, the traceback with KG_DEBUG=1
                if isinstance(exc, BrokenPipeError) and closed_outputs():
                    raise
                if os.environ.get("KG_DEBUG"):
                    raise
                click.echo(f"kg: internal error: {describe(exc)} (set KG_DEBUG=1 for details)", err=True)
                sys.exit(EXIT_ERROR)


def interrupted() -> NoReturn:
    """Leave as an interrupted command does: one line, exit code 130."""
    interrupts.seen()
    click.echo("kg: interrupted", err=True)
    sys.exit(EXIT_INTERRUPTED)


def size_text(n: int) -> str:
    """A byte count as people read it: 512 bytes, 3.4 KiB, 12.0 MiB."""
    for unit in ("bytes", "KiB", "MiB"):
        if n < 1024 or unit == "MiB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n:.1f} GiB"


def article_rows(articles: Iterable[Article]) -> list[dict[str, Any]]:
    """What ``kg articles --json`` prints of each article."""
    return [
        {
            "headline": a.headline,
            "decks": a.decks,
            "reporters": a.reporters,
            "photographers": a.photographers,
            "byline": a.byline,
            "outlet": a.outlet,
            "date": a.date,
            "url": a.url,
            "source": a.source,
            "index": a.index,
            "chars": a.chars,
            "source_start": a.source_start,
            "source_end": a.source_end,
        }
        for a in articles
    ]


def article_line(a: Article) -> str:
    """One article as a line of the ``kg articles`` table (tab-separated)."""
    credits = "、".join(a.reporters) or "-"
    photos = "、".join(a.photographers) or "-"
    headline = a.headline or "(no headline)"
    return f"{a.source}#{a.index}\t{headline}\t记者 {credits}\t摄 {photos}\t{a.date or '-'}\t{a.chars}"


SCHEDULER_HELP = (
    "Run reading, NLP and extraction on this Dask cluster (local[:N]: start N worker processes here); "
    "see README, 'On a cluster'."
)


def scheduler_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """``kg build --scheduler``, checked (kg.pipeline.cluster): a usage error when malformed."""
    if value is None:
        return None
    try:
        return check_scheduler(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
