"""Domain errors, and the one place that turns them into exit codes.

0: everything read; 1: the run finished but something was skipped or not found;
2: usage errors (bad arguments, missing paths, a store kabar cannot open or write);
130: interrupted (Ctrl-C). Errors never print a traceback unless --debug is given.
"""

from __future__ import annotations

EXIT_PARTIAL = 1
EXIT_USAGE = 2


class KabarError(Exception):
    """An error a user can act on; printed as one line on stderr."""

    exit_code = EXIT_USAGE


class UsageError(KabarError):
    exit_code = EXIT_USAGE


class StoreError(KabarError):
    exit_code = EXIT_USAGE


class NotFound(KabarError):
    exit_code = EXIT_PARTIAL


class Ambiguous(KabarError):
    exit_code = EXIT_PARTIAL

    def __init__(self, message: str, candidates: list[str]):
        super().__init__(message)
        self.candidates = candidates


class Interrupted(KabarError):
    exit_code = 130


def bad_arguments(argv: list[str]) -> str | None:
    """An argument the shell passed as bytes that are not UTF-8 (surrogate-escaped), or None."""
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            return f"argument is not valid UTF-8: {arg.encode('utf-8', 'surrogateescape')!r}"
    return None


def one_line(message: str, limit: int = 300) -> str:
    """A message as one printable line: control characters escaped, user-supplied text cut at `limit`
    characters."""
    import unicodedata

    shown = "".join(
        repr(ch)[1:-1] if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in message
    )
    return shown if len(shown) <= limit else shown[:limit] + f"… ({len(shown) - limit} more characters)"
