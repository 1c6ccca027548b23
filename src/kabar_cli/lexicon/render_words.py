"""render.json as one typed, frozen view: the Indonesian words the query commands print.

The query commands never import spaCy, dateparser or pydantic: this module reads its file with the package's
`load_json` and builds plain tuples and mappings, nothing more.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from kabar_cli.lexicon import load_json
from kabar_cli.lexicon.dates import load_date_lexicon


@dataclass(frozen=True)
class RenderWords:
    """Everything render.json says, and the month names of dates.json as printed ('Januari')."""

    months: tuple[str, ...]  # the twelve month names, January first, capitalised: 'Januari' ... 'Desember'
    statuses: Mapping[str, str]  # a position's status -> its word: 'former' -> 'mantan'
    headings: Mapping[str, str]  # a profile's part -> its heading: 'positions' -> 'Jabatan'
    labels: Mapping[str, str]  # 'aliases' -> 'Nama lain: '
    columns: Mapping[
        str, tuple[str, ...]
    ]  # a table -> its column names: 'timeline' -> ('tanggal', 'peristiwa')
    phrases: Mapping[str, str]  # 'now' -> 'sekarang', 'as_of' -> 'per {date}'


@cache
def render_words() -> RenderWords:
    data = load_json("render.json")
    return RenderWords(
        months=_months(),
        statuses=MappingProxyType(dict(data["statuses"])),
        headings=MappingProxyType(dict(data["headings"])),
        labels=MappingProxyType(dict(data["labels"])),
        columns=MappingProxyType({table: tuple(names) for table, names in data["columns"].items()}),
        phrases=MappingProxyType(dict(data["phrases"])),
    )


def _months() -> tuple[str, ...]:
    """The first name dates.json lists for each month (its standard spelling: 'februari', not 'pebruari'),
    capitalised."""
    first: dict[int, str] = {}
    for name, month in load_date_lexicon().month_names.items():
        first.setdefault(month, name)
    return tuple(first[month].capitalize() for month in range(1, 13))
