"""Find article files and decode them into RawArticle records.

Text is stored as kabar reads it: decoded (UTF-8, UTF-8/16 with BOM, else cp1252), line ends
normalised to "\\n". Every offset kabar reports points into that stored text.
"""
from __future__ import annotations

import codecs
import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kabar_cli.errors import UsageError
from kabar_cli.records import RawArticle

SUFFIXES = (".txt", ".md")
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


def discover(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """Every article file under the given files and folders, each once, in a stable order."""
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if not path.exists() and not path.is_symlink():
            raise UsageError(f"no such file or folder: {path}")
        for found in _walk(path):
            if isinstance(found, Skipped):
                yield found
                continue
            key = found.resolve()
            if key not in seen:
                seen.add(key)
                yield found


def _walk(path: Path) -> Iterator[Path | Skipped]:
    if path.is_symlink() and not path.exists():
        yield Skipped(str(path), "broken symbolic link")
    elif path.is_dir():
        for root, dirs, files in os.walk(path, followlinks=False):
            dirs.sort()
            for name in sorted(files):
                yield from _walk_file(Path(root) / name)
    else:
        yield from _walk_file(path)


def _walk_file(path: Path) -> Iterator[Path | Skipped]:
    if path.is_symlink() and not path.exists():
        yield Skipped(str(path), "broken symbolic link")
    elif path.suffix.lower() not in SUFFIXES:
        yield Skipped(str(path), f"not a {'/'.join(SUFFIXES)} file")
    else:
        yield path


def decode(data: bytes) -> str:
    """Bytes to text: BOMs honoured, UTF-8 preferred, cp1252 (then latin-1) as the fallback."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def normalise_text(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_article(path: Path) -> RawArticle | Skipped:
    """One file as a RawArticle, or the reason it cannot be one."""
    try:
        if path.stat().st_size > MAX_BYTES:
            return Skipped(str(path), f"larger than {MAX_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except OSError as exc:
        return Skipped(str(path), exc.strerror or str(exc))
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Skipped(str(path), "binary file")
    text = normalise_text(decode(data))
    if not text.strip():
        return Skipped(str(path), "empty file")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return RawArticle(id=path.stem, path=str(path), text=text, sha256=digest)
