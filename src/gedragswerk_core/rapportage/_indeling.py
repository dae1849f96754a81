"""Private helper: in which month of a school year a moment falls, the day taken in Amsterdam.

The annual figures put up to millions of moments into a school year and a month (R-LPW-9).
Every moment the library holds is a UTC instant (`gedragswerk_core._tijd.as_moment`), and
Amsterdam is one or two hours ahead of UTC, so a moment's Amsterdam day is its UTC day or the
day after. Only a moment on the last UTC day before the 1st of a month can fall in the next month
in Amsterdam: those days are marked *twijfel* (doubt) in a lookup table and placed exactly; every
other day maps straight to its month, without converting the moment.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from typing import Final, final

import pendulum

from gedragswerk_core._tijd import day_in_amsterdam
from gedragswerk_core.schooljaar import Schooljaar

__all__ = ["BUITEN", "MARGE", "TWIJFEL", "Jaarindeling", "amsterdam_ordinal"]

BUITEN: Final = -2
"""Month index for a moment outside the school year."""
TWIJFEL: Final = -1
"""Table entry for a day near a month boundary: place the moment exactly."""

MARGE: Final = 1
"""UTC days before a boundary whose moments may lie after it in Amsterdam."""
_toordinal: Final = dt.datetime.toordinal


def amsterdam_ordinal(moment: pendulum.DateTime) -> int:
    """The proleptic ordinal of the Amsterdam day of ``moment`` (exact, slower)."""
    return day_in_amsterdam(moment).toordinal()


@final
class Jaarindeling:
    """The twelve months of one school year, August … July, as day ordinals.

    Attributes:
        grenzen: the ordinals of the 1st of August, September, …, July, and of the next
            1st of August (13 values; the last one is the first day after the year).
        tabel: day ordinal → month index 0–11, or `TWIJFEL` near a boundary; days absent from
            the table lie outside the year, whatever the time zone.
        einde: the ordinal of the first day after the year (``grenzen[-1]``).
    """

    __slots__ = ("einde", "grenzen", "tabel")

    def __init__(self, schooljaar: Schooljaar) -> None:
        """Build the table for ``schooljaar``."""
        jaar = schooljaar.startjaar
        self.grenzen: tuple[int, ...] = (
            *(
                dt.date(jaar + (maand < 8), maand, 1).toordinal()  # noqa: PLR2004 - August
                for maand in (8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7)
            ),
            dt.date(jaar + 1, 8, 1).toordinal(),
        )
        self.einde: int = self.grenzen[-1]
        tabel: dict[int, int] = {}
        for index in range(12):
            for dag in range(self.grenzen[index], self.grenzen[index + 1]):
                tabel[dag] = index
        for grens in self.grenzen:
            for dag in range(grens - MARGE, grens):
                tabel[dag] = TWIJFEL
        self.tabel: dict[int, int] = tabel

    def maand_exact(self, moment: pendulum.DateTime) -> int:
        """The month index 0–11 of ``moment``'s Amsterdam day, or `BUITEN`."""
        dag = amsterdam_ordinal(moment)
        if not self.grenzen[0] <= dag < self.einde:
            return BUITEN
        return bisect_right(self.grenzen, dag) - 1

    def maand(self, moment: pendulum.DateTime) -> int:
        """The month index 0–11 of ``moment`` in this school year, or `BUITEN`."""
        index = self.tabel.get(_toordinal(moment), BUITEN)
        return self.maand_exact(moment) if index == TWIJFEL else index
