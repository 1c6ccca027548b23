"""Find article files and decode them into RawArticle records.

Text is stored as kabar reads it: decoded (UTF-8, UTF-8/16 with BOM, else cp1252, else latin-1), line
ends normalised to "\\n". Every offset kabar reports points into that stored text.

Nothing a file holds stops a run: a file that cannot be an article comes back as `Skipped` with a
one-line reason. Only a path that does not exist at all is a usage error.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kabar_cli.errors import UsageError
from kabar_cli.records import RawArticle

SUFFIXES = (".txt", ".md")
MAX_CHARS = 100_000
"""The article limit: at most this many characters after decoding (news articles run 2,000-20,000).
Longer files are skipped with a note naming the limit, so extraction time per file stays bounded."""
MAX_BYTES = 4 * MAX_CHARS + 4
"""No encoding kabar reads spends more than 4 bytes on a stored character (UTF-16 CRLF, 4-byte UTF-8),
so a file larger than this is over the character limit without being read."""
LIMIT_NOTE = f"longer than the {MAX_CHARS:,}-character article limit"


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


def discover(paths: Iterable[str | Path], resolved: dict[str, str] | None = None) -> Iterator[Path | Skipped]:
    """Every article file under the given files and folders, each once, in a stable order. `resolved`, when
    given, is told each file's real path (ArticleIds reads it instead of resolving the path again)."""
    seen: set[str] = set()
    for given in paths:
        path = Path(given)
        if not path.exists() and not path.is_symlink():
            raise UsageError(f"no such file or folder: {path}")
        real_folders: dict[str, str] = {}
        for found in _walk(path):
            if isinstance(found, Skipped):
                yield found
                continue
            key = _real_path(found, real_folders)
            if resolved is not None:
                resolved[str(found)] = key
            if key not in seen:
                seen.add(key)
                yield found


def _real_path(path: Path, real_folders: dict[str, str]) -> str:
    """`os.path.realpath(path)`, the folder resolved once for all its files (a file that is not a link
    resolves to its folder's real path joined with its name)."""
    if path.is_symlink():
        return os.path.realpath(path)
    folder = str(path.parent)
    if folder not in real_folders:
        real_folders[folder] = os.path.realpath(folder)
    return os.path.join(real_folders[folder], path.name)


def _walk(path: Path) -> Iterator[Path | Skipped]:
    if path.is_dir():
        unreadable: list[OSError] = []
        for root, dirs, files in os.walk(path, followlinks=False, onerror=unreadable.append):
            dirs.sort()
            for name in sorted(files):
                yield from _walk_file(Path(root) / name)
            while unreadable:
                error = unreadable.pop(0)
                yield Skipped(str(error.filename or root), f"folder not readable: {error.strerror or error}")
        for error in unreadable:
            yield Skipped(str(error.filename or path), f"folder not readable: {error.strerror or error}")
    else:
        yield from _walk_file(path)


def _walk_file(path: Path) -> Iterator[Path | Skipped]:
    link = _link_problem(path)
    if link:
        yield Skipped(str(path), link)
    elif path.suffix.lower() not in SUFFIXES:
        yield Skipped(str(path), f"not a {'/'.join(SUFFIXES)} file")
    else:
        yield path


def _link_problem(path: Path) -> str | None:
    """Why a symbolic link cannot be followed ('broken', a loop), or None."""
    if not path.is_symlink():
        return None
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        return "broken symbolic link"
    return None


def decode(data: bytes) -> str:
    """Bytes to text: BOMs honoured, UTF-8 preferred, cp1252 (then latin-1) as the fallback. Never raises."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(
                encoding, errors="replace"
            )  # the BOM names the encoding; bad units become U+FFFD
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def normalise_text(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


CONTROLS = re.compile(r"[\x01-\x08\x0e-\x1f\x7f-\x9f]")


def _mostly_controls(text: str) -> bool:
    """Text no writer produces: more than one character in twenty a control code."""
    return len(CONTROLS.findall(text[:10_000])) * 20 > min(len(text), 10_000)


def hashed_id(path: Path, resolved: str | None = None) -> str:
    """The id of a file whose stem another path already holds: 'stem~' and 8 hex digits of
    sha1(resolved path). `resolved`: `os.path.realpath(path)` when the caller has it."""
    where = resolved if resolved is not None else os.path.realpath(path)
    return f"{path.stem}~{hashlib.sha1(where.encode('utf-8')).hexdigest()[:8]}"


class ArticleIds:
    """Unique, stable article ids: the file's stem when no other path holds it in the store, else `hashed_id`.

    `stored` maps the store's ids to the paths stored for them; ids handed out are remembered, so two files
    with one stem in the same run get two ids, and each keeps its id on every later run."""

    def __init__(self, stored: dict[str, str] | None = None, resolved: dict[str, str] | None = None) -> None:
        self.holders = {article_id: os.path.realpath(path) for article_id, path in (stored or {}).items()}
        self.resolved = (
            resolved if resolved is not None else {}
        )  # path -> real path, as discover() found them

    def id_for(self, path: Path) -> str:
        where = self.resolved.get(str(path)) or os.path.realpath(path)
        hashed = hashed_id(path, where)
        if self.holders.get(hashed) == where:
            return hashed
        holder = self.holders.setdefault(path.stem, where)
        if holder == where:
            return path.stem
        self.holders[hashed] = where
        return hashed


def read_article(path: Path, article_id: str | None = None) -> RawArticle | Skipped:
    """One file as a RawArticle (id `article_id`, by default the file's stem), or the reason it cannot be one.
    Never raises."""
    link = _link_problem(path)
    if link:
        return Skipped(str(path), link)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return Skipped(str(path), "not a regular file")
        if info.st_size > MAX_BYTES:
            return Skipped(str(path), LIMIT_NOTE)
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # the file may have grown since stat()
    except OSError as exc:
        return Skipped(str(path), f"cannot read: {exc.strerror or exc}")
    text = normalise_text(decode(data))
    if "\x00" in text or _mostly_controls(text):
        return Skipped(str(path), "binary file")
    if not text.strip():
        return Skipped(str(path), "empty file")
    if len(data) > MAX_BYTES or len(text) > MAX_CHARS:
        return Skipped(str(path), LIMIT_NOTE)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return RawArticle(id=article_id or path.stem, path=str(path), text=text, sha256=digest)
