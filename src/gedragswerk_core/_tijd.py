"""Private helpers: turning caller input into ``pendulum`` dates and moments.

The API takes ``pendulum`` values and also plain ``datetime.date`` / ``datetime.datetime``.
A moment (``datetime``) must carry a time zone: a naive one is ambiguous around midnight, and
midnight is exactly where school years and deadlines turn (R-LPW-9). Day boundaries are those of
Europe/Amsterdam.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from functools import lru_cache
from typing import Final

import pendulum

from gedragswerk_core.errors import InvalidValueError

AMSTERDAM: Final = pendulum.timezone("Europe/Amsterdam")
"""The time zone whose midnight is the day boundary everywhere in the library (R-LPW-9)."""


def as_date(value: object, field: str) -> pendulum.Date:
    """Return ``value`` as a ``pendulum.Date``; an aware moment becomes its Amsterdam day.

    Raises:
        InvalidValueError: ``value`` is not a date or an aware moment.
    """
    if isinstance(value, dt.datetime):
        return as_moment(value, field).in_timezone(AMSTERDAM).date()
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
    """Return ``value`` as an aware ``pendulum.DateTime``.

    A plain date becomes the start of that day in Europe/Amsterdam.

    Raises:
        InvalidValueError: ``value`` is not a date or moment, or it is a naive ``datetime``.
    """
    if isinstance(value, pendulum.DateTime) and value.tzinfo is not None:
        if type(value.tzinfo) is zoneinfo.ZoneInfo:
            return _in_pendulum_zone(value)
        return value
    if isinstance(value, dt.datetime):
        offset = value.utcoffset()
        if offset is None:
            raise InvalidValueError(
                "a moment without a time zone is ambiguous",
                field=field,
                rule="R-LPW-9",
                hint="attach a time zone, e.g. pendulum.datetime(..., tz='Europe/Amsterdam')",
            )
        if offset.microseconds:
            # pendulum.instance would cut the offset to whole seconds, moving the instant.
            return pendulum.DateTime(
                value.year,
                value.month,
                value.day,
                value.hour,
                value.minute,
                value.second,
                value.microsecond,
                fixed_zone(offset),
                fold=value.fold,
            )
        return pendulum.instance(value)
    if isinstance(value, dt.date):
        return pendulum.datetime(value.year, value.month, value.day, tz=AMSTERDAM)
    raise InvalidValueError(
        f"expected a moment (datetime) or date, got {type(value).__name__}",
        field=field,
        hint="pass a pendulum.DateTime or a time-zone aware datetime.datetime",
    )


@lru_cache(maxsize=64)
def fixed_zone(offset: dt.timedelta) -> pendulum.FixedTimezone:
    """The pendulum zone of the fixed UTC ``offset``, also one with a fraction of a second.

    ``pendulum.FixedTimezone`` takes the offset in seconds: whole ones as an ``int`` (as
    ``pendulum.instance`` gives), a fraction as a ``float``, which holds every microsecond of an
    offset under a day exactly.
    """
    if offset.microseconds:
        return pendulum.FixedTimezone(offset.total_seconds())  # type: ignore[arg-type]
    return pendulum.FixedTimezone(int(offset.total_seconds()))


def _in_pendulum_zone(moment: pendulum.DateTime) -> pendulum.DateTime:
    """``moment`` with its plain ``zoneinfo`` zone replaced by pendulum's zone of that name.

    The same rules, fields and fold, as `pendulum.instance` gives for a plain ``datetime``: one
    zone object per name, so that a moment read back from its dict form (in pendulum's zone)
    equals it also in the hour repeated when summer time ends, where Python compares moments in
    two zone objects as moments in two zones (PEP 495). Only the database's own zone of a name
    (``zoneinfo.ZoneInfo(name)``) is replaced; one read from a file or made with ``no_cache`` is
    kept as it is.
    """
    zone = moment.tzinfo
    name = zone.key  # type: ignore[union-attr]
    try:
        if name is None or zoneinfo.ZoneInfo(name) is not zone:
            return moment
        pendulum_zone: dt.tzinfo = pendulum.timezone(name)
    except (ValueError, LookupError, OSError):
        return moment
    return dt.datetime.replace(moment, tzinfo=pendulum_zone)


def day_in_amsterdam(moment: pendulum.DateTime) -> pendulum.Date:
    """The calendar day of ``moment`` in Europe/Amsterdam (R-LPW-9)."""
    return moment.in_timezone(AMSTERDAM).date()
