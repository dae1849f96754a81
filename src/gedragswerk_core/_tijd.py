"""Private helpers: turning caller input into ``pendulum`` dates and moments.

The API takes ``pendulum`` values and also plain ``datetime.date`` / ``datetime.datetime``.
A moment (``datetime``) must carry a time zone: a naive one is ambiguous around midnight, and
midnight is exactly where school years and deadlines turn (R-LPW-9). Day boundaries are those of
Europe/Amsterdam.

Every moment is kept as the instant it is, in UTC (`as_moment`). Within one zone Python compares
wall times and ignores ``fold`` (PEP 495), so two moments in Amsterdam's repeated autumn hour
compare by their wall clock, not by when they happened; in UTC there is no such hour, and
equality, ordering, hashing, ``pickle`` and the dict form are all exact. Rules about days ask
for the day in Amsterdam (`day_in_amsterdam`).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Final, TypeAlias

import pendulum

from gedragswerk_core.errors import InvalidValueError

AMSTERDAM: Final = pendulum.timezone("Europe/Amsterdam")
"""The time zone whose midnight is the day boundary everywhere in the library (R-LPW-9)."""
UTC: Final = pendulum.UTC
"""The zone every moment is kept in: an instant, with no repeated or skipped hours."""

Datum: TypeAlias = dt.date
"""A day: ``datetime.date`` or ``pendulum.Date`` (an aware ``datetime`` counts as its Amsterdam
day). Parameters typed so still check at run time: a text is refused there too."""
Moment: TypeAlias = dt.datetime | dt.date
"""A moment: an aware ``datetime`` or ``pendulum.DateTime``, or a date (the start of that day in
Europe/Amsterdam). A naive ``datetime`` passes the type checker but is refused at run time."""


def as_date(value: object, field: str) -> pendulum.Date:
    """Return ``value`` as a ``pendulum.Date``; an aware moment becomes its Amsterdam day.

    Raises:
        InvalidValueError: ``value`` is not a date or an aware moment.
    """
    if isinstance(value, dt.datetime):
        return day_in_amsterdam(as_moment(value, field))
    if type(value) is pendulum.Date:
        return value
    if isinstance(value, dt.date):
        return pendulum.Date(value.year, value.month, value.day)
    raise InvalidValueError(
        f"expected a date, got {type(value).__name__}",
        field=field,
        hint="pass a pendulum.Date or datetime.date (or a time-zone aware datetime)",
    )


def as_moment(value: object, field: str) -> pendulum.DateTime:
    """Return ``value`` as the instant it is: a ``pendulum.DateTime`` in UTC.

    An aware moment in any zone or with any offset keeps its instant (in the repeated autumn
    hour its ``fold`` says which of the two). A plain date becomes the start of that day in
    Europe/Amsterdam.

    Raises:
        InvalidValueError: ``value`` is not a date or moment, it is a naive ``datetime``, or its
            instant lies outside the years 1-9999 in UTC.
    """
    if type(value) is pendulum.DateTime and value.tzinfo is UTC and not value.fold:
        return value
    if isinstance(value, dt.datetime):
        return _in_utc(value, field)
    if isinstance(value, dt.date):
        return _in_utc(pendulum.datetime(value.year, value.month, value.day, tz=AMSTERDAM), field)
    raise InvalidValueError(
        f"expected a moment (datetime) or date, got {type(value).__name__}",
        field=field,
        hint="pass a pendulum.DateTime or a time-zone aware datetime.datetime",
    )


def _in_utc(value: dt.datetime, field: str) -> pendulum.DateTime:
    # The wall time minus its offset, in plain datetime arithmetic: exact (also for an offset
    # with a fraction of a second, or in a repeated hour, where the offset reads the fold). For
    # a zoneinfo zone (pendulum's zones are ones) the standard library's offset of the plain wall
    # time: asked through a pendulum value it costs three times as much, and every command pays
    # it once (the lifecycle budget of 3 µs a transition, issue 16).
    zone = value.tzinfo
    if zone is dt.UTC:  # its wall time is the instant: a "Z" read from a dict form, say
        return pendulum.DateTime(
            value.year, value.month, value.day, value.hour, value.minute, value.second,
            value.microsecond, UTC,
        )  # fmt: skip
    wall = dt.datetime.combine(value, dt.datetime.time(value))
    offset = (
        _zoneinfo_offset(zone, wall) if isinstance(zone, zoneinfo.ZoneInfo) else value.utcoffset()
    )
    if offset is None:
        raise InvalidValueError(
            "a moment without a time zone is ambiguous",
            field=field,
            regel="R-LPW-9",
            hint="attach a time zone, e.g. pendulum.datetime(..., tz='Europe/Amsterdam')",
        )
    try:
        utc = wall - offset
    except OverflowError:
        raise InvalidValueError(
            "the moment lies outside the years 1-9999 in UTC",
            field=field,
            hint="pass a moment between 0001-01-02 and 9999-12-30",
        ) from None
    return pendulum.DateTime(
        utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second, utc.microsecond, UTC
    )


_zoneinfo_offset: Final = zoneinfo.ZoneInfo.utcoffset


_AMSTERDAM_ZONEINFO: Final = zoneinfo.ZoneInfo("Europe/Amsterdam")
# The standard library's zone, given a plain datetime: converting a pendulum value with
# ``astimezone`` goes through pendulum's Python constructor and costs about 25 times more,
# which the annual figures (one day per event, up to millions) feel.


def day_in_amsterdam(moment: dt.datetime) -> pendulum.Date:
    """The calendar day of ``moment`` in Europe/Amsterdam (R-LPW-9)."""
    utc = as_moment(moment, "moment")
    local = _AMSTERDAM_ZONEINFO.fromutc(
        dt.datetime(
            utc.year,
            utc.month,
            utc.day,
            utc.hour,
            utc.minute,
            utc.second,
            utc.microsecond,
            _AMSTERDAM_ZONEINFO,
        )
    )
    return pendulum.Date(local.year, local.month, local.day)
