"""Rich renderings of the views that are more than a plain table: the person profile and the timeline."""
from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from kabar_cli.views import Event, Profile

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
STATUS_WORDS = {"candidate": "calon", "acting": "pelaksana", "former": "mantan", "current": ""}


def human_date(value: str | None) -> str:
    """ISO value as written in Indonesian: '2022-10' -> 'Oktober 2022', '2010/2019' -> '2010 – 2019'."""
    if not value:
        return ""
    if "/" in value:
        first, last = value.split("/", 1)
        return f"{human_date(first) if first != '..' else '…'} – {human_date(last) if last != '..' else 'sekarang'}"
    parts = value.split("-")
    if len(parts) == 1:
        return value
    month = MONTHS[int(parts[1]) - 1] if parts[1].isdigit() and 1 <= int(parts[1]) <= 12 else parts[1]
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{int(parts[2])} {month} {parts[0]}"


def print_profile(profile: Profile, console: Console | None = None) -> None:
    console = console or Console()
    head = Text(profile.name, style="bold")
    if profile.aliases:
        head.append(f"  ({', '.join(profile.aliases)})", style="dim")
    lines = [head]
    if profile.born:
        lines.append(Text(f"Lahir: {human_date(profile.born.date)}" + (f", {profile.born.place}" if profile.born.place else "")))
    lines.append(_positions(profile))
    if profile.quotes:
        lines.append(Text(f"Kutipan ({len(profile.quotes)})", style="bold"))
        for quote in profile.quotes:
            lines.append(Text(f"“{_short(quote.text)}” — {quote.article}" + (f", {quote.date}" if quote.date else "")))
    lines.append(Text(f"Artikel: {', '.join(profile.articles)}", style="dim"))
    console.print(Panel(Group(*lines), expand=False, width=min(console.width, 100)))


def _positions(profile: Profile) -> Table:
    table = Table(title="Jabatan", title_justify="left", expand=False)
    for column in ("jabatan", "instansi/wilayah", "status", "periode", "per tanggal"):
        table.add_column(column, overflow="fold")
    for pos in profile.positions:
        period = human_date(f"{pos.start or '..'}/{pos.end or '..'}") if pos.start or pos.end else ""
        table.add_row(pos.title, pos.of or "", pos.status, period, ", ".join(pos.as_of))
    return table


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def print_timeline(events: list[Event], console: Console | None = None) -> None:
    table = Table(expand=False)
    for column in ("tanggal", "peristiwa", "orang", "artikel"):
        table.add_column(column, overflow="fold")
    for event in events:
        table.add_row(human_date(event.date), _short(event.text, 200), ", ".join(event.persons), event.article)
    (console or Console()).print(table)
