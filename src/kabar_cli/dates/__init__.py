"""Indonesian date normaliser: find date expressions and give them FORMAT.md values.

    >>> import datetime as dt
    >>> [m.value for m in find_dates("Rombongan berada di sana 8-9 Maret 2022.", None)]
    ['2022-03-08/2022-03-09']

dateparser is not imported here; the rules of ``rules.py`` (compiled by ``grammar.py`` with the
words of ``lexicon/dates.json``) cover the expressions kabar needs.  ``scan_dates(text)`` is run
once per article and its result handed to ``find_published``, ``infer_anchor`` and ``find_dates``.
"""

from kabar_cli.dates.anchor import find_published, infer_anchor
from kabar_cli.dates.model import DateMatch
from kabar_cli.dates.resolve import find_dates
from kabar_cli.dates.scan import Scanned, scan_dates

__all__ = ["DateMatch", "Scanned", "find_dates", "find_published", "infer_anchor", "scan_dates"]
