"""Private: a school calendar as a table of day numbers, for joins (R-LPW-1, R-LPW-6, R-LPW-9).

For every day from ``eerste`` through ``laatste`` (polars day numbers): whether it is a lesdag,
and three running counts that turn the verzuim rules' loops over days into subtractions:

* ``lesdagnr``: the lesdagen up to and including the day (two lesdagen follow each other without
  a lesdag between them when their numbers differ by one);
* ``schooldagnr``: the days outside the holidays up to and including the day — four lesweken
  from a day are the days whose ``schooldagnr`` is less than 28 higher (`Venster.LESWEKEN`: the
  weekends count, the holidays do not);
* ``weeknr``: the calendar weeks with a lesdag up to and including the day's week
  (`Venster.KALENDERWEKEN`: four such weeks from the week of the first day).
"""

from __future__ import annotations

from typing import Final

import numpy as np
import polars as pl

from gedragswerk_core.frames._kolommen import EPOCH
from gedragswerk_core.leerplicht import Schoolkalender

_ZATERDAG: Final = 5
_DONDERDAG: Final = 3  # 1970-01-01, day 0, was a Thursday (Monday is 0)


def kalendertabel(kalender: Schoolkalender, eerste: int, laatste: int) -> pl.DataFrame:
    """The days ``eerste`` through ``laatste`` with their running counts (module docstring)."""
    eerste -= (eerste + _DONDERDAG) % 7  # from a Monday, so that every week is whole
    dagen = np.arange(eerste, laatste + 1, dtype=np.int32)
    vakantie = np.zeros(len(dagen), dtype=bool)
    for p in kalender.vakanties:
        b = max(p.begin.toordinal() - EPOCH - eerste, 0)
        e = min(p.einde.toordinal() - EPOCH - eerste + 1, len(dagen))
        if b < e:
            vakantie[b:e] = True
    weekdag = (dagen + _DONDERDAG) % 7
    lesdag = (weekdag < _ZATERDAG) & ~vakantie
    week = (dagen - eerste) // 7
    telt = np.zeros(week[-1] + 1 if len(week) else 0, dtype=np.int32)
    np.maximum.at(telt, week, lesdag.astype(np.int32))
    return pl.DataFrame(
        {
            "dag": dagen,
            "lesdag": lesdag,
            "lesdagnr": np.cumsum(lesdag, dtype=np.int32),
            "schooldagnr": np.cumsum(~vakantie, dtype=np.int32),
            "weeknr": np.cumsum(telt, dtype=np.int32)[week],
        }
    )
