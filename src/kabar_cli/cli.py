"""kabar's command line: parse arguments, call the library, render. No SQL and no spaCy here."""

from __future__ import annotations

import functools
import sqlite3
import sys
from typing import Annotated

import typer
from rich.console import Console

from kabar_cli import errors, output
from kabar_cli.store.db import describe

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Extract facts about officials from Indonesian news articles, and query them.",
)
stderr = Console(stderr=True, soft_wrap=True)  # one message, one line: never wrapped
state = {"debug": False}

DbOption = Annotated[str | None, typer.Option("--db", help="Store path (default: $KABAR_DB or ./kabar.db).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON document.")]
JsonlOption = Annotated[bool, typer.Option("--jsonl", help="Print one JSON object per line.")]


def handles_errors(command):
    """Domain errors become one line on stderr and their exit code; --debug shows the traceback instead."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except BrokenPipeError:  # the reader went away (`kabar articles --json | head`): stop quietly
            _quiet_stdout()
            raise typer.Exit(0) from None
        except (errors.KabarError, OSError, sqlite3.Error, KeyboardInterrupt) as exc:
            if state["debug"]:
                raise
            exc = as_kabar_error(exc)
            stderr.print(f"kabar: {errors.one_line(str(exc))}", markup=False, highlight=False)
            for name in getattr(exc, "candidates", []):
                stderr.print(f"  {name}", markup=False, highlight=False)
            raise typer.Exit(exc.exit_code) from None

    return wrapper


def as_kabar_error(exc: BaseException) -> errors.KabarError:
    """Errors from the environment (the store, the file system, Ctrl-C) as the one line a user can act on."""
    if isinstance(exc, errors.KabarError):
        return exc
    if isinstance(exc, KeyboardInterrupt):
        return errors.Interrupted(
            "interrupted; the store keeps every batch written so far (run the same command again)"
        )
    if isinstance(exc, sqlite3.Error):
        return errors.StoreError(describe(exc))
    if isinstance(exc, OSError):
        where = f": {exc.filename}" if exc.filename else ""
        return errors.StoreError(f"{exc.strerror or exc}{where}")
    return errors.KabarError(str(exc))


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail on the closed pipe again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


@app.callback()
def main_options(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False) -> None:
    state["debug"] = debug


@app.command()
@handles_errors
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files or folders of .txt/.md articles.")],
    db: DbOption = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, help="Worker processes extracting in parallel.")
    ] = 1,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="ADDRESS",
            help="Extract on the Dask cluster at ADDRESS ('local': a cluster on this machine); "
            "needs the dask extra.",
        ),
    ] = None,
    jsonl_out: Annotated[
        str | None,
        typer.Option(
            "--jsonl-out",
            metavar="FILE",
            help="Write the records to FILE (JSON lines) instead of the store; "
            "'kabar load FILE' stores them.",
        ),
    ] = None,
) -> None:
    """Read every article under PATHS and build the fact store."""
    from kabar_cli.run import extract_paths

    summary = _with_progress(
        "extracting",
        lambda on_file: extract_paths(paths, db, on_file, jobs=jobs, dask=dask, jsonl_out=jsonl_out),
    )
    _report(summary, "extracted")


@app.command()
@handles_errors
def load(
    files: Annotated[list[str], typer.Argument(help="JSONL files written by 'kabar extract --jsonl-out'.")],
    db: DbOption = None,
) -> None:
    """Store records extracted elsewhere (shards from 'kabar extract --jsonl-out' merge into one store)."""
    from kabar_cli.run import load_jsonl

    summary = _with_progress(
        "loading", lambda on_item: load_jsonl(files, db, lambda where: on_item(where, 0))
    )
    _report(summary, "loaded")


def _with_progress(label: str, job):
    from rich.progress import Progress

    with Progress(
        console=stderr, transient=True, disable=not stderr.is_terminal
    ) as progress:  # no bar in a log
        task = progress.add_task(label, total=None)

        def on_item(path: str, total: int) -> None:
            progress.update(task, total=total or None, advance=1, description=path[-40:])

        return job(on_item)


def _report(summary, verb: str) -> None:
    for skipped in summary.skipped:
        stderr.print(f"skipped {skipped.path}: {skipped.reason}", markup=False, highlight=False)
    stderr.print(
        f"articles: {summary.articles} {verb}, {summary.unchanged} unchanged; persons: {summary.persons}; "
        f"facts: {summary.facts}; skipped: {len(summary.skipped)}",
        highlight=False,
    )
    if summary.skipped:
        raise typer.Exit(errors.EXIT_PARTIAL)


def _store(db: str | None):
    from kabar_cli.store import open_store

    return open_store(db)


@app.command()
@handles_errors
def articles(db: DbOption = None, json: JsonOption = False, jsonl: JsonlOption = False) -> None:
    """List the stored articles: outlet, headline, publication date and the anchor date."""
    from kabar_cli.query import articles as list_articles

    rows = list_articles(_store(db))  # streamed
    output.emit(rows, ["id", "outlet", "published", "anchor", "anchor_source", "headline"], json, jsonl)


@app.command()
@handles_errors
def mentions(
    article: Annotated[str | None, typer.Option(help="Only this article id.")] = None,
    label: Annotated[str | None, typer.Option(help="PERSON, ORG, PLACE, TITLE or DATE.")] = None,
    db: DbOption = None,
    json: JsonOption = False,
    jsonl: JsonlOption = False,
) -> None:
    """List mentions of persons, institutions, places, titles and dates, with offsets."""
    from kabar_cli.query import mentions as list_mentions

    rows = list_mentions(_store(db), article, label)  # streamed
    output.emit(rows, ["article", "label", "text", "start", "end", "value", "entity"], json, jsonl)


@app.command()
@handles_errors
def facts(
    predicate: Annotated[str | None, typer.Option(help="holds_title, said or born.")] = None,
    article: Annotated[str | None, typer.Option(help="Only this article id.")] = None,
    db: DbOption = None,
    json: JsonOption = False,
    jsonl: JsonlOption = False,
) -> None:
    """List extracted facts with their evidence."""
    from kabar_cli.query import facts as list_facts

    rows = list_facts(_store(db), predicate, article)  # streamed
    output.emit(
        rows, ["article", "predicate", "subject", "object", "of", "status", "start", "end"], json, jsonl
    )


@app.command()
@handles_errors
def who(
    name: Annotated[str, typer.Argument(help="A person's name or alias.")],
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """One person: positions over time, birth, quotes and the articles that name them."""
    from kabar_cli.query import profile
    from kabar_cli.render import print_profile

    result = profile(_store(db), name)
    output.emit_json(result) if json else print_profile(result)


@app.command()
@handles_errors
def timeline(
    year: Annotated[
        int | None, typer.Option(help="Events in or overlapping this year.", min=1, max=9999)
    ] = None,
    from_: Annotated[
        str | None, typer.Option("--from", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    ] = None,
    to: Annotated[str | None, typer.Option("--to", help="Up to this date.")] = None,
    person: Annotated[str | None, typer.Option(help="Only events naming this person.")] = None,
    place: Annotated[
        str | None, typer.Option(help="Only events naming this place (or a body named after it).")
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option(
            help="At most N events (table default 100; 0: all; --json/--jsonl: all unless given).", min=0
        ),
    ] = None,
    db: DbOption = None,
    json: JsonOption = False,
    jsonl: JsonlOption = False,
) -> None:
    """Dated events in time order."""
    from kabar_cli.query import timeline_events

    for given in (from_, to):
        if given and not _iso_prefix(given):
            raise errors.UsageError(f"not a date: {given!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    if from_ and to and from_[: len(to)] > to[: len(from_)]:
        raise errors.UsageError(f"--from {from_} is after --to {to}")
    shown = limit if limit is not None else (None if json or jsonl else TIMELINE_ROWS)
    counted = {"total": 0}
    events = timeline_events(_store(db), year, from_, to, person, place, limit=shown or None, counted=counted)
    if json or jsonl:
        output.emit(events, [], json, jsonl)
        return
    from kabar_cli.render import print_timeline
    from kabar_cli.views import Event

    rows = [Event(**event) for event in events]
    more = counted["total"] - len(rows)
    print_timeline(rows)
    if more > 0:
        stderr.print(
            f"… {more:,} more events not shown; see them with --limit 0 (or --limit N, --json, --jsonl)",
            markup=False,
            highlight=False,
        )


@app.command()
@handles_errors
def quotes(
    name: Annotated[str | None, typer.Argument(help="Only this person's quotes.")] = None,
    db: DbOption = None,
    json: JsonOption = False,
    jsonl: JsonlOption = False,
) -> None:
    """Attributed quotes, newest first."""
    from kabar_cli.query import quotes as find_quotes
    from kabar_cli.render import print_quotes

    rows = find_quotes(_store(db), name)
    output.emit_json(rows) if json else output.emit_jsonl(rows) if jsonl else print_quotes(rows)


@app.command()
@handles_errors
def entities(
    label: Annotated[str | None, typer.Option(help="PERSON, ORG or PLACE.")] = None,
    db: DbOption = None,
    json: JsonOption = False,
    jsonl: JsonlOption = False,
) -> None:
    """Persons, institutions and places across all articles, with article and mention counts."""
    from kabar_cli.query import entities as list_entities

    output.emit(
        list_entities(_store(db), label), ["name", "label", "articles", "mentions", "aliases"], json, jsonl
    )


@app.command()
@handles_errors
def search(
    text: Annotated[str, typer.Argument(help="Words to find (all of them, any case or accent).")],
    limit: Annotated[int, typer.Option(help="At most this many sentences.", min=1)] = 20,
    db: DbOption = None,
    json: JsonOption = False,
    jsonl: JsonlOption = False,
) -> None:
    """Full-text search over the stored sentences, best match first."""
    from kabar_cli.query import search as find
    from kabar_cli.render import print_hits

    hits = find(_store(db), text, limit)
    output.emit_json(hits) if json else output.emit_jsonl(hits) if jsonl else print_hits(hits)


@app.command()
@handles_errors
def show(
    article: Annotated[str, typer.Argument(help="Article id (a unique prefix is enough).")],
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """One article: its text with the mentions marked, and its facts."""
    from kabar_cli.query import show as show_article
    from kabar_cli.render import print_article

    view = show_article(_store(db), article)
    output.emit_json(view) if json else print_article(view)


@app.command()
@handles_errors
def schema(
    command: Annotated[
        str | None, typer.Argument(help="A command with --json output; all when left out.")
    ] = None,
) -> None:
    """Print the JSON Schema of a command's --json output."""
    from kabar_cli.schema import schema as one
    from kabar_cli.schema import schemas

    output.emit_json(one(command) if command else schemas())


TIMELINE_ROWS = 100  # events the timeline table shows unless --limit says otherwise


def _iso_prefix(value: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar day, month or year."""
    import datetime
    import re

    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return False
    year, month, day = (value.split("-") + ["01", "01"])[:3]
    try:
        datetime.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def main() -> None:
    problem = errors.bad_arguments(sys.argv[1:])
    if problem:
        stderr.print(f"kabar: {problem}", markup=False, highlight=False)
        sys.exit(errors.EXIT_USAGE)
    try:
        app()
    except errors.KabarError as exc:  # errors raised outside a command body
        if state["debug"]:
            raise
        stderr.print(f"kabar: {exc}", markup=False)
        sys.exit(exc.exit_code)
