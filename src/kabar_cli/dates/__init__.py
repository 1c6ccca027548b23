"""Indonesian date normaliser: find date expressions and give them FORMAT.md values.

    >>> import datetime as dt
    >>> [m.value for m in find_dates("Rombongan berada di sana 8-9 Maret 2022.", None)]
    ['2022-03-08/2022-03-09']

dateparser is not imported here; the grammar in ``grammar.py`` (built from
``lexicon/dates.json``) covers the expressions kabar needs.
"""

from kabar_cli.dates.anchor import find_published, infer_anchor
from kabar_cli.dates.model import DateMatch
from kabar_cli.dates.resolve import find_dates

__all__ = ["DateMatch", "find_dates", "find_published", "infer_anchor"]
