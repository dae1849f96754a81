"""School years (schooljaren): 1 August through 31 July, with Amsterdam's midnight as the boundary.

References:
    - R-LPW-9: the school year runs from 1 August through 31 July, as in the Dutch school acts
      and the Leerplichtwet 1969 (BWBR0002628); day boundaries in Europe/Amsterdam.
    - R-RAP: annual figures are counted per school year (seed 002 §3).
"""

from __future__ import annotations

import re
from typing import Final, final

import pendulum
from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core._tijd import Datum, Moment, as_date
from gedragswerk_core.errors import InvalidValueError

__all__ = ["Schooljaar", "schooljaar_van"]

_FIRST_MONTH: Final = 8  # August (R-LPW-9)
_PATTERN: Final = re.compile(r"(\d{4})\s*[-–/]\s*(\d{4})")
_MIN_YEAR: Final = 1900
_MAX_YEAR: Final = 2999


_startjaar_validator = v.whole(
    minimum=_MIN_YEAR,
    maximum=_MAX_YEAR,
    hint="give the calendar year of 1 August, e.g. 2015 for 2015–2016",
)


@final
@frozen(order=True)
class Schooljaar:
    """The school year that starts on 1 August of ``startjaar`` (R-LPW-9).

    Examples:
        >>> sj = Schooljaar(2015)
        >>> str(sj), sj.begin, sj.einde
        ('2015–2016', Date(2015, 8, 1), Date(2016, 7, 31))
        >>> Schooljaar.from_string("2015-2016") == sj
        True
    """

    startjaar: int = field(validator=_startjaar_validator)

    @classmethod
    def from_string(cls, text: str) -> Schooljaar:
        """Read ``"2015-2016"`` (hyphen, en dash or slash) as a school year.

        Raises:
            InvalidValueError: not two consecutive years.
        """
        match = _PATTERN.fullmatch(text.strip()) if isinstance(text, str) else None
        if match is None or int(match[2]) != int(match[1]) + 1:
            raise InvalidValueError(
                "a school year is written as two consecutive years",
                field="Schooljaar",
                hint="write it as '2015-2016'",
            )
        return cls(int(match[1]))

    @property
    def begin(self) -> pendulum.Date:
        """1 August, the first day (R-LPW-9)."""
        return pendulum.Date(self.startjaar, _FIRST_MONTH, 1)

    @property
    def einde(self) -> pendulum.Date:
        """31 July, the last day (R-LPW-9)."""
        return pendulum.Date(self.startjaar + 1, _FIRST_MONTH - 1, 31)

    def bevat(self, dag: Datum) -> bool:
        """Whether a date (or the Amsterdam day of a moment) falls in this school year."""
        return schooljaar_van(dag) == self

    def volgende(self) -> Schooljaar:
        """The school year after this one."""
        return Schooljaar(self.startjaar + 1)

    def vorige(self) -> Schooljaar:
        """The school year before this one."""
        return Schooljaar(self.startjaar - 1)

    def __str__(self) -> str:
        """``2015–2016``, with an en dash as in the sources."""
        return f"{self.startjaar}–{self.startjaar + 1}"


def schooljaar_van(moment: Moment) -> Schooljaar:
    """The school year a date or moment falls in, the day taken in Europe/Amsterdam (R-LPW-9).

    Accepts ``pendulum.Date``/``DateTime`` and plain ``datetime.date``/aware ``datetime``.

    Examples:
        >>> schooljaar_van(pendulum.datetime(2016, 7, 31, 23, 30, tz="UTC"))  # 01:30 in Amsterdam
        Schooljaar(startjaar=2016)
        >>> schooljaar_van(pendulum.date(2016, 7, 31))
        Schooljaar(startjaar=2015)

    Raises:
        InvalidValueError: not a date, or a ``datetime`` without a time zone.
    """
    dag = as_date(moment, "moment")
    return Schooljaar(dag.year if dag.month >= _FIRST_MONTH else dag.year - 1)
