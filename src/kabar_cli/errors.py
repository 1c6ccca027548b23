"""Domain errors, and the one place that turns them into exit codes.

0: everything read; 1: the run finished but something was skipped or not found;
2: usage errors (bad arguments, missing paths, a store kabar cannot open).
"""
from __future__ import annotations

EXIT_OK = 0
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
