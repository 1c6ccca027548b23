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

from kabar_cli.lexicon.render_words import render_words
from kabar_cli.views import ArticleView, Event, Position, Profile, QuoteRow, SearchHit

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
            f"{human_date(last) if last != '..' else render_words().phrases['now']}"
        )
    parts = value.split("-")
    if len(parts) == 1:
        return value
    months = render_words().months
    month = months[int(parts[1]) - 1] if parts[1].isdigit() and 1 <= int(parts[1]) <= 12 else parts[1]
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{int(parts[2])} {month} {parts[0]}"


def _console(console: Console | None) -> Console:
    return console or Console()


def _heading(text: str) -> Text:
    return Text(text, style="bold underline")


def print_profile(profile: Profile, console: Console | None = None) -> None:
    console, words = _console(console), render_words()
    headings, phrases = words.headings, words.phrases
    parts: list = [_identity(profile)]
    if profile.positions:
        parts += [Text(""), _heading(headings["positions"]), _career(profile.positions)]
    if profile.education:
        parts += [Text(""), _heading(headings["education"])]
        parts += [
            Text(
                f"• {e.institution}"
                + (f" ({e.level})" if e.level else "")
                + (f", {human_date(e.start or e.end)}" if e.start or e.end else "")
            )
            for e in profile.education
        ]
    if profile.awards:
        parts += [Text(""), _heading(headings["awards"])]
        parts += [
            Text(
                f"• {a.name}"
                + (f" ({a.year})" if a.year else "")
                + (phrases["giver"].format(giver=a.giver) if a.giver else "")
            )
            for a in profile.awards
        ]
    if profile.appears_with:
        parts += [
            Text(""),
            _heading(headings["appears_with"]),
            Text(", ".join(f"{c.name} ({c.articles})" for c in profile.appears_with)),
        ]
    if profile.quotes:
        parts += [Text(""), _heading(headings["quotes"].format(count=len(profile.quotes)))]
        parts += [
            Text(f"“{_short(q.text, 150)}” — {q.date or q.article}") for q in profile.quotes[:QUOTES_SHOWN]
        ]
        if len(profile.quotes) > QUOTES_SHOWN:
            parts.append(
                Text(
                    phrases["more_quotes"].format(
                        count=len(profile.quotes) - QUOTES_SHOWN, name=profile.name
                    ),
                    style="dim",
                )
            )
    parts += [
        Text(""),
        Text(
            phrases["article_list"].format(count=len(profile.articles), ids=", ".join(profile.articles)),
            style="dim",
        ),
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
    text, labels = Text(), render_words().labels
    if profile.aliases:
        text.append(labels["aliases"], style="dim").append(", ".join(profile.aliases) + "\n")
    if profile.born and (profile.born.date or profile.born.place):
        born = ", ".join(filter(None, [profile.born.place, human_date(profile.born.date)]))
        text.append(labels["born"], style="dim").append(born + "\n")
    text.append(labels["articles"], style="dim").append(str(len(profile.articles)))
    return text


def _career(positions: list[Position]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=True, padding=(0, 1))
    for name, ratio in zip(render_words().columns["career"], (2, 5, 2), strict=True):
        table.add_column(name, overflow="fold", ratio=ratio)
    statuses = render_words().statuses
    for pos in positions:
        title = Text(pos.title, style="bold")
        if pos.of:
            title.append(f"\n{pos.of}", style="dim")
        table.add_row(period(pos), title, statuses.get(pos.status, pos.status))
    return table


def period(pos: Position) -> str:
    """'2019 – 2024', '2019 – sekarang', 'per 28 Januari 2026', '2007 – sebelum 2010'."""
    phrases = render_words().phrases
    if pos.start or pos.end:
        last = pos.end or (
            phrases["before"].format(date=human_date(pos.left_by))
            if pos.left_by
            else phrases["now"]
            if pos.status in ("current", "acting")
            else "…"
        )
        return f"{human_date(pos.start) or '…'} – {human_date(last) if pos.end else last}"
    if pos.left_by and pos.status != "candidate":
        held = pos.last_held or (pos.as_of[-1] if pos.as_of else None)
        before = phrases["before"].format(date=human_date(pos.left_by))
        return f"{phrases['as_of'].format(date=human_date(held))} – {before}" if held else before
    return phrases["as_of"].format(date=human_date(pos.as_of[-1])) if pos.as_of else ""


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def print_timeline(events: list[Event], console: Console | None = None) -> None:
    """Two columns, so the sentence gets the width: the date as written, then the sentence with the persons
    it names and its article on the line below."""
    table = Table(box=box.SIMPLE_HEAD, expand=False)
    when, what = render_words().columns["timeline"]
    table.add_column(when, no_wrap=True)
    table.add_column(what, overflow="fold")
    for event in events:
        cell = Text(_short(event.text, 200))
        cell.append("\n" + ", ".join(event.persons) + (" · " if event.persons else ""), "cyan")
        cell.append(event.article, "dim")
        table.add_row(human_date(event.date), cell)
    _console(console).print(table)


def print_quotes(quotes: list[QuoteRow], console: Console | None = None) -> None:
    table = Table(expand=False)
    for column in render_words().columns["quotes"]:
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
    for column in render_words().columns["hits"]:
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
    console.print(Text(render_words().labels["legend"]).append(legend))
    console.print(marked(view.text, [(m.start, m.end, LABEL_STYLES.get(m.label, "")) for m in view.mentions]))
    table = Table(title=render_words().headings["facts"], title_justify="left", expand=False)
    for column in render_words().columns["facts"]:
        table.add_column(column, overflow="fold")
    for fact in view.facts:
        extra = ", ".join(filter(None, [fact.of, fact.status, fact.place, _span(fact.start, fact.end)]))
        table.add_row(fact.predicate, fact.subject, _short(fact.object or "", 120), extra)
    console.print(table)


def _span(start: str | None, end: str | None) -> str | None:
    if not start and not end:
        return None
    return human_date(f"{start or '..'}/{end or '..'}")
