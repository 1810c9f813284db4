"""Errors users see as one line, and the exit codes the CLI documents."""

from __future__ import annotations

# Exit codes (documented in the README).
EXIT_OK = 0
EXIT_ERROR = 1  # a bad input or output made the command fail
EXIT_USAGE = 2  # wrong arguments (click's own code)
EXIT_PARTIAL = 3  # the build finished but skipped one or more bad files
EXIT_INTERRUPTED = 130  # Ctrl-C (SIGINT)


class KgError(Exception):
    """An error whose message is fit to show a user as it is, on one line."""

    exit_code = EXIT_ERROR


class InputError(KgError):
    """A source file that cannot be read, decoded or understood."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class InputNote(InputError):
    """Something about an input that a user should know although nothing was skipped
    (bytes replaced while decoding, an article split): a warning, not a failure."""


class OutputError(KgError):
    """An output that cannot be written."""


def describe(exc: BaseException, limit: int = 300) -> str:
    """An unexpected exception as one short line: its type, and its message when it has one."""
    message = " ".join(str(exc).split())
    if len(message) > limit:
        message = message[: limit - 1] + "…"
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


class StageError(KgError):
    """A bug hit after the per-file stages (resolution, export), with the article whose
    facts revealed it when that could be found (kg.pipeline.blame)."""

    def __init__(self, stage: str, source: str | None, exc: BaseException) -> None:
        where = f" (in the facts of {source})" if source else ""
        super().__init__(f"internal error while {stage}{where}: {describe(exc)}")
        self.stage = stage
        self.source = source
