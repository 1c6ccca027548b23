"""The article frame: web boilerplate, outlet, headline and reporter sign-off.

`read_frame` returns the text with every boilerplate line blanked by spaces (same length, so
offsets stay valid) plus what the frame says about the article. Extractors only see the clean text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from kabar_cli import lexicon
from kabar_cli.lexicon.dates import load_date_lexicon

DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:co\.id|com|co|id|net|org|news|tv)$", re.IGNORECASE)
DATELINE = re.compile(
    r"^(?P<head>(?:[^\s–—-]+\s+|[^\s–—-]+$|[^\s–—-]+(?=[–—-])){1,6}?)(?:[–—]|-{1,2})\s*(?=\S)"
)
# a line's end: blanks other than the line break, then the end of the line
SIGN_OFF = re.compile(
    r"[.!?”\"](?P<off>[^\S\n]*(?:\((?:\*|[A-Za-z]{1,15}(?:/[A-Za-z]{1,15})*)\)|\[[A-Za-z]{1,15}(?:/[A-Za-z]{1,15})*\])[^\S\n]*)$",
    re.MULTILINE,
)
TWO_LETTERS = re.compile(r"[A-Za-z]{2}")
DASHES = re.compile(r"[–—-]")
# a part of a dateline's head: one to three capitalised words between its commas and brackets
TOWN_PART = re.compile(r"(?<![\w(.])[A-Z][\w.'’-]*(?: [A-Z][\w'’-]*){0,2}(?![\w)])")


@dataclass(frozen=True)
class Frame:
    clean: str
    outlet: str | None
    headline: str | None


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = lexicon.boilerplate()
    line = re.compile("|".join(f"(?:{p})" for p in data["line"]), re.IGNORECASE)
    tail = re.compile("|".join(f"(?:{p})" for p in data["tail"]), re.IGNORECASE)
    return line, tail


def blank(text: str, start: int, end: int) -> str:
    """Replace text[start:end] by spaces, keeping newlines so line structure survives."""
    return blank_spans(text, [(start, end)])


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """`blank` for each of the sorted, disjoint `spans`, the text rebuilt once."""
    pieces, at = [], 0
    for start, end in spans:
        pieces += [text[at:start], "\n".join(" " * len(line) for line in text[start:end].split("\n"))]
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


def lines(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every line (of the first `limit` lines), without its newline. As a regex scan for
    runs of non-newlines finds them, a non-empty line is followed by an empty one at its newline (callers
    pass empty lines by); splitting the text is faster than that scan."""
    out: list[tuple[int, int]] = []
    start, size = 0, len(text)
    for line in text.split("\n", -1 if limit is None else limit):
        end = start + len(line)
        if start < size:
            out.append((start, end))
            if line and end < size:
                out.append((end, end))
        start = end + 1
    return out[:limit]


def remove_boilerplate(text: str) -> str:
    """Blank menu, share, follow and comment lines, and everything after a tail marker."""
    line_pat, tail_pat = _patterns()
    spans = []
    for start, end in lines(text):
        content = text[start:end].strip()
        if not content:
            continue
        if tail_pat.match(content):
            spans.append((start, len(text)))
            break
        if line_pat.match(content) or _is_chrome(content):
            spans.append((start, end))
    return blank_spans(text, spans)


def _is_chrome(line: str) -> bool:
    """Short lines that carry no words: bullets, counters, lone punctuation."""
    return len(line) <= 3 or not TWO_LETTERS.search(line)


def remove_sign_offs(text: str) -> str:
    """Blank the reporter's initials that close a paragraph: '... kota. (Kevin)', '.(*)', '[rin/suf]'."""
    return blank_spans(
        text, [match.span("off") for match in SIGN_OFF.finditer(text)]
    )  # blanking keeps every offset


@lru_cache(maxsize=1)  # read_frame asks, then dateline_town again for the same text
def find_outlet(clean: str) -> str | None:
    """The outlet named in the dateline ('Banyuwangi, Jatim (ANTARA) -') or on a masthead line near the
    top."""
    for start, end in lines(clean, 40):
        content = clean[start:end].strip()
        if not content:
            continue
        if _is_domain(content):
            return content
        match = _dateline(content)
        if match and len(content) > 60:
            return _outlet_in_dateline(match.group("head"))
    return None


def dateline_town(clean: str) -> tuple[int, int] | None:
    """Where the dateline names the town the story is filed from, beside its outlet: 'KASONGAN, (DayakNews)
    -', 'Maumere, Delegasi.com -', 'TRIBUNNEWS.COM, KUALA KAPUAS -'; a dateline without an outlet names it in
    capitals, in two words or more ('KUALA KAPUAS -'). Character offsets in `clean`."""
    for start, end in lines(clean, 40):
        content = clean[start:end].strip()
        match = _dateline(content) if content else None
        if match and len(content) > 60:
            offset = start + clean[start:end].index(content)
            return _town_in_head(match.group("head"), offset, find_outlet(clean))
        if content and _is_domain(content):
            return None
    return None


def _town_in_head(head: str, offset: int, outlet: str | None) -> tuple[int, int] | None:
    """The one part of a dateline's head that is not its outlet (`offset`: where the head starts); a head of
    one part is the town's alone when it is written in capitals, in two words or more, or is one word of
    letters that is not the article's outlet ('Putussibau -')."""
    parts = list(TOWN_PART.finditer(head))
    if len(parts) == 1 and "(" not in head:
        town = parts[0].group()
        alone = (town.isupper() and " " in town) or (town.istitle() and town != outlet and _town_word(town))
        return (offset + parts[0].start(), offset + parts[0].end()) if alone else None
    towns = [m for m in parts if m.group() != outlet and not _outlet_part(m.group())]
    return (offset + towns[0].start(), offset + towns[0].end()) if len(towns) == 1 else None


def _town_word(word: str) -> bool:
    """One word of letters that can be a town's name: no root word of the language ('Saat', 'Nama') and no
    title's short form ('Menpan')."""
    return word.isalpha() and word.lower() not in lexicon.root_words() and word not in _title_short_forms()


@cache
def _title_short_forms() -> frozenset[str]:
    return frozenset(lexicon.titles()["abbreviations"])


def _outlet_part(part: str) -> bool:
    """'Delegasi.com', 'VALORAnews', 'Manakarra Pos', 'HARIAN DISWAY BARU': a part of the head naming the
    outlet."""
    tails = lexicon.orgs()["outlets"]["tails"]
    return (
        _is_domain(part)
        or _mixed_case_brand(part)
        or (part.isupper() and len(part.split()) >= 3)
        or (" " in part and part.rsplit(" ", 1)[1] in tails)
    )


def _is_domain(text: str) -> bool:
    """'Delegasi.com', 'www.antaranews.com': DOMAIN, tried only on a text with a dot and no blank (most lines
    have blanks, and the pattern is slow to fail on them)."""
    return "." in text and " " not in text and DOMAIN.match(text) is not None


def _dateline(line: str) -> re.Match[str] | None:
    """DATELINE at the start of a line; most lines hold no dash in their first 100 characters and are passed
    by at once (the pattern's lazy repetition costs more)."""
    head = line[:100]
    return DATELINE.match(head) if DASHES.search(head) else None


def _outlet_in_dateline(head: str) -> str | None:
    bracket = re.search(r"\(([^)]+)\)", head)
    if bracket:
        return bracket.group(1).strip()
    for part in (p.strip() for p in head.split(",")):
        if _is_domain(part) or _mixed_case_brand(part):
            return part
        if part.isupper() and len(part.split()) >= 2:
            return part
    return None


def _mixed_case_brand(word: str) -> bool:
    """'VALORAnews', 'iNewsSurabaya': a single word with capitals after its first letter."""
    return (
        " " not in word
        and bool(re.search(r"[a-z]", word))
        and bool(re.search(r".[A-Z]", word))
        and not word.istitle()
    )


@cache
def _weekday_opening() -> re.Pattern[str]:
    """A line opening with a weekday ('Senin, 2 Mei ...') is a dateline, no headline: the first spelling
    dates.json gives each weekday ('jumat', not "jum'at"; 'minggu', not 'ahad')."""
    first: dict[int, str] = {}
    for word, day in load_date_lexicon().weekdays.items():
        first.setdefault(day, word)
    return re.compile(rf"^({'|'.join(re.escape(first[day]) for day in sorted(first))})\b", re.IGNORECASE)


def find_headline(clean: str) -> str | None:
    """The first short line before the body that is not a dateline paragraph and does not end a sentence."""
    for start, end in lines(clean, 30):
        content = clean[start:end].strip()
        if not content:
            continue
        words = content.split()
        if len(content) > 200 or _dateline(content) and len(content) > 60:
            return None
        if 3 <= len(words) <= 25 and not content.endswith((".", ":", "”", '"')) and not _is_domain(content):
            if not _weekday_opening().match(content):
                return content
    return None


def read_frame(text: str) -> Frame:
    clean = remove_sign_offs(remove_boilerplate(text))
    return Frame(clean=clean, outlet=find_outlet(clean), headline=find_headline(clean))
