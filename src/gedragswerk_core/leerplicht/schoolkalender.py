"""Periods and the school calendar: which days are lesdagen, and the first school day of a month.

The Leerplichtwet counts in school days and school weeks: leerplicht starts on the *first school
day* of a month (R-LPW-1) and unauthorised absence is counted over *consecutive school weeks*, in
which holidays do not count (R-LPW-6). Which days those are differs per school and region, so the
caller passes them in as a `Schoolkalender`: the holidays, with Monday to Friday outside them as
lesdagen.

References:
    - R-LPW-1: Leerplichtwet 1969 (BWBR0002628) art. 3 lid 1 — the duty to enrol starts on the
      first school day of the month after the month in which the child turns five.
    - R-LPW-6: art. 21 and 21a — unauthorised absence counted over four consecutive lesweken;
      holiday days do not count (DUO, "Soorten verzuim", secondary source).
    - R-LPW-9: days are calendar days in Europe/Amsterdam.
"""

from __future__ import annotations

from functools import cached_property
from itertools import pairwise
from typing import Final, final

import pendulum
from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core._tijd import Datum, as_date
from gedragswerk_core.errors import InvalidValueError

__all__ = ["Periode", "Schoolkalender"]

_ZATERDAG: Final = 5  # date.weekday(): Monday is 0, Saturday 5
_MAX_ZOEKDAGEN: Final = 62  # a month plus the next: never that long without a lesdag


@final
@frozen(order=True)
class Periode:
    """A run of calendar days, ``begin`` and ``einde`` both included.

    Examples:
        >>> herfst = Periode(pendulum.date(2015, 10, 17), pendulum.date(2015, 10, 25))
        >>> herfst.dagen, herfst.bevat(pendulum.date(2015, 10, 25)), str(herfst)
        (9, True, '2015-10-17 t/m 2015-10-25')
    """

    begin: pendulum.Date = field(converter=v.to_date, validator=v.is_date)
    einde: pendulum.Date = field(converter=v.to_date, validator=v.is_date)

    def __attrs_post_init__(self) -> None:
        """A period does not end before it begins."""
        if self.einde < self.begin:
            raise InvalidValueError(
                "a period cannot end before it begins",
                field="Periode.einde",
                hint="swap begin and einde, or give one day as Periode(dag, dag)",
            )

    @property
    def dagen(self) -> int:
        """The number of calendar days, both ends counted."""
        return self.einde.toordinal() - self.begin.toordinal() + 1

    def bevat(self, dag: Datum) -> bool:
        """Whether ``dag`` (a date, or a moment's Amsterdam day) falls in this period."""
        return self.begin <= as_date(dag, "dag") <= self.einde

    def __str__(self) -> str:
        """``2015-10-17 t/m 2015-10-25``."""
        return f"{self.begin.isoformat()} t/m {self.einde.isoformat()}"


def _geen_overlap(inst: object, attribute: object, value: tuple[Periode, ...]) -> None:
    del inst, attribute
    ordered = sorted(value)
    for vorige, volgende in pairwise(ordered):
        if volgende.begin <= vorige.einde:
            raise InvalidValueError(
                f"the holidays {vorige} and {volgende} overlap",
                field="Schoolkalender.vakanties",
                hint="merge overlapping holidays into one Periode",
            )


@final
@frozen
class Schoolkalender:
    """The school's calendar: lesdagen are Monday to Friday outside the ``vakanties``.

    Holidays include single free days (Easter Monday, King's Day) as one-day periods. Saturday
    lessons are not modelled. Without holidays every weekday is a lesdag.

    Examples:
        >>> kalender = Schoolkalender((Periode(pendulum.date(2015, 8, 1), pendulum.date(2015, 8, 16)),))
        >>> kalender.eerste_schooldag(2015, 8)
        Date(2015, 8, 17)
        >>> kalender.is_lesdag(pendulum.date(2015, 8, 14)), kalender.is_lesdag(pendulum.date(2015, 8, 18))
        (False, True)
    """  # noqa: E501

    vakanties: tuple[Periode, ...] = field(
        default=(), converter=v.to_tuple, validator=[v.tuple_of(Periode), _geen_overlap]
    )

    @cached_property
    def _vakantiedagen(self) -> frozenset[int]:
        return frozenset(
            o for p in self.vakanties for o in range(p.begin.toordinal(), p.einde.toordinal() + 1)
        )

    def _is_lesdag(self, ordinal: int) -> bool:
        # 1 January of year 1 (ordinal 1) was a Monday, so (ordinal - 1) % 7 is the weekday.
        return (ordinal - 1) % 7 < _ZATERDAG and ordinal not in self._vakantiedagen

    def _is_vakantiedag(self, ordinal: int) -> bool:
        return ordinal in self._vakantiedagen

    def is_lesdag(self, dag: Datum) -> bool:
        """Whether ``dag`` is a school day: a weekday outside the holidays (R-LPW-6)."""
        return self._is_lesdag(as_date(dag, "dag").toordinal())

    def is_vakantie(self, dag: Datum) -> bool:
        """Whether ``dag`` falls in one of the holidays."""
        return self._is_vakantiedag(as_date(dag, "dag").toordinal())

    def _eerste_lesdag_vanaf(self, ordinal: int) -> int:
        for o in range(ordinal, ordinal + _MAX_ZOEKDAGEN):
            if self._is_lesdag(o):
                return o
        raise InvalidValueError(
            f"no school day within {_MAX_ZOEKDAGEN} days from "
            f"{pendulum.Date.fromordinal(ordinal).isoformat()}",
            field="Schoolkalender.vakanties",
            regel="R-LPW-1",
            hint="check the holidays: they should leave school days in every month",
        )

    def eerste_schooldag(self, jaar: int, maand: int) -> pendulum.Date:
        """The first lesdag on or after the first of ``maand`` in ``jaar`` (R-LPW-1).

        In practice that day lies in the month itself; if a month had no lesdag at all, the
        first lesdag after it is returned.

        Raises:
            InvalidValueError: ``jaar``/``maand`` is not a month, or no lesdag follows soon.
        """
        hint = "e.g. kalender.eerste_schooldag(2015, 10)"
        v.require_whole(jaar, "jaar", minimum=1, maximum=9998, hint=hint)  # datetime.date's range
        v.require_whole(maand, "maand", minimum=1, maximum=12, hint=hint)
        start = pendulum.Date(jaar, maand, 1).toordinal()
        return pendulum.Date.fromordinal(self._eerste_lesdag_vanaf(start))
