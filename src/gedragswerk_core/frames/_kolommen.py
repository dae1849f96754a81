"""Private: checking a frame's columns, and the date helpers every frame module shares.

Dates in the frames are polars ``Date`` columns; the rules compute on them as whole days since
1 January 1970 (``Int32``, polars' own storage), so ``min``, ``max`` and ``+ 1`` are integer
operations and a missing fact (``null``) drops out of ``min_horizontal`` by itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Final, TypeVar

import polars as pl

from gedragswerk_core._tijd import as_date
from gedragswerk_core.errors import InvalidValueError

Frame = TypeVar("Frame", pl.DataFrame, pl.LazyFrame)
"""A polars frame, eager or lazy: every function returns the kind it was given."""

EPOCH: Final = dt.date(1970, 1, 1).toordinal()
"""The proleptic ordinal of day 0 of a polars ``Date``."""


def schema(frame: object, naam: str) -> pl.Schema:
    """The schema of ``frame`` (a polars DataFrame or LazyFrame), checked to be one."""
    if isinstance(frame, pl.LazyFrame):
        return frame.collect_schema()
    if isinstance(frame, pl.DataFrame):
        return frame.schema
    raise InvalidValueError(
        f"expected a polars DataFrame or LazyFrame, got {type(frame).__name__}",
        field=naam,
        hint="e.g. pl.scan_parquet(path) or pl.DataFrame({...})",
    )


def vereis(
    frame: object,
    naam: str,
    verplicht: Mapping[str, type[pl.DataType]],
    optioneel: Mapping[str, type[pl.DataType]],
) -> set[str]:
    """Check the columns' types; return the names of the optional ones present.

    Raises:
        InvalidValueError: a required column is missing, or a column has another type.
    """
    s = schema(frame, naam)
    for kolom, soort in verplicht.items():
        if kolom not in s:
            raise InvalidValueError(
                f"the column {kolom!r} is missing",
                field=f"{naam}.{kolom}",
                hint=f"add a {soort.__name__} column {kolom!r}",
            )
    for kolom, soort in {**verplicht, **optioneel}.items():
        if kolom in s and not isinstance(s[kolom], soort):
            raise InvalidValueError(
                f"the column {kolom!r} has type {s[kolom]}, not {soort.__name__}",
                field=f"{naam}.{kolom}",
                hint=f"cast it, e.g. pl.col({kolom!r}).cast(pl.{soort.__name__})",
            )
    return {k for k in optioneel if k in s}


def dag(value: object, naam: str) -> int:
    """``value`` (a date) as whole days since 1970-01-01, a polars ``Date``'s number."""
    return as_date(value, naam).toordinal() - EPOCH


def dagnummer(kolom: str | pl.Expr) -> pl.Expr:
    """A ``Date`` column as its day number (``Int32``)."""
    expr = pl.col(kolom) if isinstance(kolom, str) else kolom
    return expr.cast(pl.Int32)


def als_datum(expr: pl.Expr) -> pl.Expr:
    """A day number back as a ``Date``."""
    return expr.cast(pl.Date)


def schrikkeljaar(jaar: pl.Expr) -> pl.Expr:
    """Whether ``jaar`` is a leap year (the Gregorian rule, as ``calendar.isleap``)."""
    return (jaar % 4 == 0) & ((jaar % 100 != 0) | (jaar % 400 == 0))


def eerste_van_maand(jaar: pl.Expr, maand: pl.Expr) -> pl.Expr:
    """The day number of the first of ``maand`` in ``jaar``; ``maand`` may pass 12."""
    return dagnummer(pl.date(jaar + (maand - 1) // 12, (maand - 1) % 12 + 1, 1))


def eerste_werkdag(dagnr: pl.Expr) -> pl.Expr:
    """The first weekday (Monday to Friday) on or after day number ``dagnr`` (R-LPW-1)."""
    weekdag = (dagnr + 3) % 7  # 1970-01-01 was a Thursday: Monday is 0
    return dagnr + pl.when(weekdag >= 5).then(7 - weekdag).otherwise(0)


def startjaar(dagnr: pl.Expr) -> pl.Expr:
    """The first calendar year of the school year of day number ``dagnr`` (R-LPW-9)."""
    d = als_datum(dagnr)
    return d.dt.year().cast(pl.Int32) - (d.dt.month() < 8).cast(pl.Int32)


def juli31(jaar: pl.Expr) -> pl.Expr:
    """The day number of 31 July of ``jaar``: the last day of a school year (R-LPW-9)."""
    return dagnummer(pl.date(jaar, 7, 31))
