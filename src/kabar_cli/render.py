"""Rich renderings of the views that are more than a plain table: profile, timeline, search hits, one article.

Everything is laid out to read well in an 80-column terminal: no fixed widths, long text folds.
"""

from __future__ import annotations

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from kabar_cli.views import ArticleView, Event, Position, Profile, QuoteRow, SearchHit

MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
STATUS_WORDS = {"candidate": "calon", "acting": "pelaksana", "former": "mantan", "current": "menjabat"}
LABEL_STYLES = {
    "PERSON": "bold cyan",
    "ORG": "green",
    "PLACE": "magenta",
    "TITLE": "yellow",
    "DATE": "bold blue",
}
QUOTES_SHOWN = 5


def human_date(value: str | None) -> str:
    """ISO value as written in Indonesian: '2022-10' -> 'Oktober 2022', '2010/2019' -> '2010 – 2019'."""
    if not value:
        return ""
    if "/" in value:
        first, last = value.split("/", 1)
        return (
            f"{human_date(first) if first != '..' else '…'} – "
            f"{human_date(last) if last != '..' else 'sekarang'}"
        )
    parts = value.split("-")
    if len(parts) == 1:
        return value
    month = MONTHS[int(parts[1]) - 1] if parts[1].isdigit() and 1 <= int(parts[1]) <= 12 else parts[1]
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{int(parts[2])} {month} {parts[0]}"


def _console(console: Console | None) -> Console:
    return console or Console()


def _heading(text: str) -> Text:
    return Text(text, style="bold underline")


def print_profile(profile: Profile, console: Console | None = None) -> None:
    console = _console(console)
    parts: list = [_identity(profile)]
    if profile.positions:
        parts += [Text(""), _heading("Jabatan"), _career(profile.positions)]
    if profile.education:
        parts += [Text(""), _heading("Pendidikan")]
        parts += [
            Text(
                f"• {e.institution}"
                + (f" ({e.level})" if e.level else "")
                + (f", {human_date(e.start or e.end)}" if e.start or e.end else "")
            )
            for e in profile.education
        ]
    if profile.awards:
        parts += [Text(""), _heading("Penghargaan")]
        parts += [
            Text(
                f"• {a.name}" + (f" ({a.year})" if a.year else "") + (f", dari {a.giver}" if a.giver else "")
            )
            for a in profile.awards
        ]
    if profile.appears_with:
        parts += [
            Text(""),
            _heading("Sering muncul bersama"),
            Text(", ".join(f"{c.name} ({c.articles})" for c in profile.appears_with)),
        ]
    if profile.quotes:
        parts += [Text(""), _heading(f"Kutipan ({len(profile.quotes)}, terbaru dulu)")]
        parts += [
            Text(f"“{_short(q.text, 150)}” — {q.date or q.article}") for q in profile.quotes[:QUOTES_SHOWN]
        ]
        if len(profile.quotes) > QUOTES_SHOWN:
            parts.append(
                Text(
                    f'… dan {len(profile.quotes) - QUOTES_SHOWN} lagi (kabar quotes "{profile.name}")',
                    style="dim",
                )
            )
    parts += [
        Text(""),
        Text(f"Artikel ({len(profile.articles)}): {', '.join(profile.articles)}", style="dim"),
    ]
    console.print(
        Panel(
            Group(*parts),
            title=Text(profile.name, style="bold"),
            title_align="left",
            box=box.ROUNDED,
            width=min(console.width, 80),
        )
    )


def _identity(profile: Profile) -> Text:
    text = Text()
    if profile.aliases:
        text.append("Nama lain: ", style="dim").append(", ".join(profile.aliases) + "\n")
    if profile.born and (profile.born.date or profile.born.place):
        born = ", ".join(filter(None, [profile.born.place, human_date(profile.born.date)]))
        text.append("Lahir: ", style="dim").append(born + "\n")
    text.append("Artikel: ", style="dim").append(str(len(profile.articles)))
    return text


def _career(positions: list[Position]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=True, padding=(0, 1))
    table.add_column("periode", overflow="fold", ratio=2)
    table.add_column("jabatan", overflow="fold", ratio=5)
    table.add_column("status", overflow="fold", ratio=2)
    for pos in positions:
        title = Text(pos.title, style="bold")
        if pos.of:
            title.append(f"\n{pos.of}", style="dim")
        table.add_row(period(pos), title, STATUS_WORDS.get(pos.status, pos.status))
    return table


def period(pos: Position) -> str:
    """'2019 – 2024', '2019 – sekarang', 'per 28 Januari 2026', '2007 – sebelum 2010'."""
    if pos.start or pos.end:
        last = pos.end or (
            f"sebelum {human_date(pos.left_by)}"
            if pos.left_by
            else "sekarang"
            if pos.status in ("current", "acting")
            else "…"
        )
        return f"{human_date(pos.start) or '…'} – {human_date(last) if pos.end else last}"
    if pos.left_by and pos.status != "candidate":
        held = pos.last_held or (pos.as_of[-1] if pos.as_of else None)
        return (
            f"per {human_date(held)} – sebelum {human_date(pos.left_by)}"
            if held
            else f"sebelum {human_date(pos.left_by)}"
        )
    return f"per {human_date(pos.as_of[-1])}" if pos.as_of else ""


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def print_timeline(events: list[Event], console: Console | None = None) -> None:
    """Two columns, so the sentence gets the width: the date as written, then the sentence with the persons
    it names and its article on the line below."""
    table = Table(box=box.SIMPLE_HEAD, expand=False)
    table.add_column("tanggal", no_wrap=True)
    table.add_column("peristiwa", overflow="fold")
    for event in events:
        cell = Text(_short(event.text, 200))
        cell.append("\n" + ", ".join(event.persons) + (" · " if event.persons else ""), "cyan")
        cell.append(event.article, "dim")
        table.add_row(human_date(event.date), cell)
    _console(console).print(table)


def print_quotes(quotes: list[QuoteRow], console: Console | None = None) -> None:
    table = Table(expand=False)
    for column in ("tanggal", "pembicara", "kutipan", "artikel"):
        table.add_column(column, overflow="fold")
    for quote in quotes:
        table.add_row(human_date(quote.date), quote.speaker, f"“{_short(quote.text, 240)}”", quote.article)
    _console(console).print(table)


def marked(text: str, spans: list[tuple[int, int, str]]) -> Text:
    """Text with each (start, end, style) span styled; overlapping spans keep the first."""
    out, pos = Text(), 0
    for start, end, style in sorted(spans):
        if start < pos:
            continue
        out.append(text[pos:start])
        out.append(text[start:end], style=style)
        pos = end
    out.append(text[pos:])
    return out


def print_hits(hits: list[SearchHit], console: Console | None = None) -> None:
    table = Table(expand=False)
    for column in ("artikel", "kalimat", "skor"):
        table.add_column(column, overflow="fold")
    for hit in hits:
        table.add_row(
            f"{hit.article}\n#{hit.sentence}",
            marked(hit.text, [(a, b, "bold reverse") for a, b in hit.matches]),
            f"{hit.score:.2f}",
        )
    _console(console).print(table)


def print_article(view: ArticleView, console: Console | None = None) -> None:
    console = _console(console)
    head = " · ".join(filter(None, [view.outlet, human_date(view.published or view.anchor)]))
    console.print(Rule(Text(view.headline or view.id, style="bold")))
    console.print(Text(f"{view.id}  {head}", style="dim"))
    legend = Text("  ").join(Text(label, style=style) for label, style in LABEL_STYLES.items())
    console.print(Text("tanda: ").append(legend))
    console.print(marked(view.text, [(m.start, m.end, LABEL_STYLES.get(m.label, "")) for m in view.mentions]))
    table = Table(title="Fakta", title_justify="left", expand=False)
    for column in ("predikat", "subjek", "objek", "keterangan"):
        table.add_column(column, overflow="fold")
    for fact in view.facts:
        extra = ", ".join(filter(None, [fact.of, fact.status, fact.place, _span(fact.start, fact.end)]))
        table.add_row(fact.predicate, fact.subject, _short(fact.object or "", 120), extra)
    console.print(table)


def _span(start: str | None, end: str | None) -> str | None:
    if not start and not end:
        return None
    return human_date(f"{start or '..'}/{end or '..'}")
