"""The leerplicht status of a frame of pupils on a peildatum, as polars columns (R-LPW-1..4, -13).

The same rules as `gedragswerk_core.leerplicht.leerplicht_status`, written as polars expressions
so that a country's pupils (about three million) take a fraction of a second, lazily over a
Parquet scan if need be. The tests in ``tests/test_frames_leerplicht.py`` generate pupils with
Hypothesis and require the frame and the scalar rules to agree on every row.

Input columns (a `polars.DataFrame` or `polars.LazyFrame`; other columns are kept):

* ``geboortedatum`` (``Date``, required);
* ``schoolbegin``, ``basisschool_versneld_afgerond``, ``startkwalificatie``,
  ``praktijkonderwijs_of_vso`` (``Date``, optional, ``null`` when unknown): the facts of the same
  name in `leerplicht_status`;
* ``ingeschreven`` (``Boolean``, optional, ``null`` when unknown).

Added columns: ``categorie`` (a polars ``Enum`` of the `Categorie` values), ``begin_leerplicht``,
``einde_leerplicht``, ``begin_kwalificatieplicht`` and ``einde_kwalificatieplicht`` (``null``
when that period does not apply), ``begin_rmc`` and ``einde_rmc`` (likewise), ``wetsversie`` (the
id of the version of the law in force on the peildatum, R-LPW-13) and, with ``ingeschreven``,
``absoluut_verzuim`` (R-LPW-5). Every ``einde`` is the last day included.

Where `leerplicht_status` refuses a pupil (a birth year outside 1900-2199, a fact's year outside
1900-2217, schooling before the fourth birthday, a startkwalificatie not after birth, or a
leerplicht that would end before it begins), that row's added columns are ``null``: a lazy frame
cannot raise for one row without reading all of them, and a national file should not stop at one
typing error. Filter them with ``pl.col("categorie").is_null()``.

Not in the frame: vrijstellingen (R-LPW-7; give the pupils concerned to `leerplicht_status`) and
school calendars: the first school day of a month is its first weekday, and a schoolbegin counts
its school year as full up to ``schoolbegin_telt_volledig_tot`` (as with ``schoolkalender=None``).
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import polars as pl

from gedragswerk_core.frames import _kolommen as _k
from gedragswerk_core.frames._kolommen import Frame
from gedragswerk_core.leerplicht import (
    Categorie,
    Schrikkeldag,
    wetsversie_op,
)
from gedragswerk_core.leerplicht._datums import volledig_tot as _volledig_tot
from gedragswerk_core.leerplicht.status import _schrikkel

__all__ = ["CATEGORIE", "leerplicht_statussen"]

CATEGORIE: Final = pl.Enum([c.value for c in Categorie])
"""The polars type of the ``categorie`` column: the values of `Categorie`, in its order."""

_FEITEN: Final = (
    "schoolbegin",
    "basisschool_versneld_afgerond",
    "startkwalificatie",
    "praktijkonderwijs_of_vso",
)
_GEBOORTE: Final = (1900, 2199)  # leerplicht._datums: BASIS, GEBOORTE_MAX
_FEIT_JAREN: Final = (1900, 2217)  # leerplicht._datums: BASIS, TABEL_MAX - SCHOOLJAREN
_START, _EINDE, _SCHOOLJAREN, _BASIS, _KWAL, _RMC, _SCHOOL = 5, 16, 12, 8, 18, 23, 4
_AUGUSTUS: Final = 8
_UITVOER: Final = (
    "categorie",
    "begin_leerplicht",
    "einde_leerplicht",
    "begin_kwalificatieplicht",
    "einde_kwalificatieplicht",
    "begin_rmc",
    "einde_rmc",
    "wetsversie",
)


def _verjaardag(leeftijd: int, maart: bool) -> pl.Expr:
    """The day number of the birthday at ``leeftijd``; 29 February in other years per ``maart``."""
    g = pl.col("geboortedatum")
    j, m, d = g.dt.year().cast(pl.Int32) + leeftijd, g.dt.month(), g.dt.day()
    schuif = (m == 2) & (d == 29) & ~_k.schrikkeljaar(j)
    dag = _k.dagnummer(pl.date(j, m, pl.when(schuif).then(28).otherwise(d)))
    return dag + (schuif & maart).cast(pl.Int32)


def _begin(maart: bool) -> pl.Expr:
    """The first weekday of the month after the month of the fifth birthday (R-LPW-1)."""
    g = pl.col("geboortedatum")
    j, m, d = g.dt.year().cast(pl.Int32) + _START, g.dt.month().cast(pl.Int32), g.dt.day()
    maart_telt = (m == 2) & (d == 29) & ~_k.schrikkeljaar(j) & maart
    return _k.eerste_werkdag(_k.eerste_van_maand(j, m + 1 + maart_telt.cast(pl.Int32)))


def _einde(present: set[str], tot: tuple[int, int]) -> pl.Expr:
    """The end of volledige leerplicht: the three routes of art. 3, the first to end (R-LPW-2)."""
    g = pl.col("geboortedatum")
    jaar = g.dt.year().cast(pl.Int32) + _EINDE + (g.dt.month() >= _AUGUSTUS).cast(pl.Int32)
    routes = [_k.juli31(jaar)]
    if "schoolbegin" in present:  # art. 3 lid 1 onder a: twelve full school years
        sb = _k.dagnummer("schoolbegin")
        sj = _k.startjaar(sb)
        laatste = _k.dagnummer(pl.date(sj, tot[0], tot[1]))
        routes.append(_k.juli31(sj + (sb > laatste).cast(pl.Int32) + _SCHOOLJAREN))
    if "basisschool_versneld_afgerond" in present:  # art. 3 lid 2: counts as eight years
        sj = _k.startjaar(_k.dagnummer("basisschool_versneld_afgerond"))
        routes.append(_k.juli31(sj + _SCHOOLJAREN - _BASIS + 1))
    return pl.min_horizontal(routes)


def _geldig(present: set[str]) -> pl.Expr:
    """Whether `leerplicht_status` accepts the row's facts (see the module docstring)."""
    jaar = pl.col("geboortedatum").dt.year()
    ok = jaar.is_between(*_GEBOORTE) & (pl.col("_lp_einde") >= pl.col("_lp_begin"))
    for feit in set(_FEITEN) & present:
        j = pl.col(feit).dt.year()
        ok &= j.is_null() | j.is_between(*_FEIT_JAREN)
    vier = _verjaardag(_SCHOOL, True)
    for feit in {"schoolbegin", "basisschool_versneld_afgerond"} & present:
        ok &= pl.col(feit).is_null() | (_k.dagnummer(feit) >= vier)
    if "startkwalificatie" in present:
        sk = pl.col("startkwalificatie")
        ok &= sk.is_null() | (sk > pl.col("geboortedatum"))
    return ok.fill_null(value=False)


def _periode(begin: pl.Expr, einde: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """Begin and end as dates, both ``null`` when the period ends before it begins."""
    geldt = einde >= begin
    return (
        _k.als_datum(pl.when(geldt).then(begin)),
        _k.als_datum(pl.when(geldt).then(einde)),
    )


def leerplicht_statussen(
    leerlingen: Frame,
    peildatum: dt.date,
    *,
    schrikkeldag: Schrikkeldag = Schrikkeldag.EERSTE_MAART,
    schoolbegin_telt_volledig_tot: tuple[int, int] = (9, 6),
) -> Frame:
    """The pupils' statuses on ``peildatum`` as added columns (R-LPW-1..4, R-LPW-5, R-LPW-13).

    Args:
        leerlingen: a frame with the columns of the module docstring; eager or lazy (a lazy
            frame stays lazy: ``.collect(engine="streaming")`` reads a larger-than-memory scan).
        peildatum: the reference date; the version of the law in force that day decides whether
            there is a kwalificatieplicht (R-LPW-13).
        schrikkeldag: how a 29 February birthday ages in other years (default: 1 March).
        schoolbegin_telt_volledig_tot: see `gedragswerk_core.leerplicht.einde_leerplicht`.

    Returns:
        The frame with the columns of the module docstring added, of the kind given.

    Examples:
        >>> df = pl.DataFrame({"geboortedatum": [dt.date(2010, 9, 2), dt.date(2000, 3, 15)]})
        >>> uit = leerplicht_statussen(df, dt.date(2017, 1, 9))
        >>> uit["categorie"].to_list(), uit["begin_leerplicht"].to_list()[0]
        (['volledig_leerplichtig', 'kwalificatieplichtig'], datetime.date(2015, 10, 1))

    Raises:
        InvalidValueError: ``leerlingen`` is not a polars frame, ``geboortedatum`` is missing,
            a column has the wrong type, or an argument is not of its kind.
    """
    present = _k.vereis(
        leerlingen,
        "leerlingen",
        {"geboortedatum": pl.Date},
        {**dict.fromkeys(_FEITEN, pl.Date), "ingeschreven": pl.Boolean},
    )
    peil = _k.dag(peildatum, "peildatum")
    maart = _schrikkel(schrikkeldag)
    tot = _volledig_tot(schoolbegin_telt_volledig_tot)
    versie = wetsversie_op(peildatum)
    kp = _verjaardag(_KWAL, maart) - 1
    if not versie.kwalificatieplicht:  # R-LPW-13: the RMC age group follows leerplicht
        kp = pl.col("_lp_einde")
    rmc = _verjaardag(_RMC, maart) - 1
    for feit in {"praktijkonderwijs_of_vso", "startkwalificatie"} & present:
        kp = pl.min_horizontal(kp, _k.dagnummer(feit) - 1)  # R-LPW-3; art. 4a lid 2
    if "startkwalificatie" in present:
        rmc = pl.min_horizontal(rmc, _k.dagnummer("startkwalificatie") - 1)  # R-LPW-4
    stap1 = leerlingen.with_columns(_lp_begin=_begin(maart), _lp_einde=_einde(present, tot))
    stap2 = stap1.with_columns(_geldig=_geldig(present), _kp_einde=kp, _rmc_einde=rmc)
    lp_b, lp_e = pl.col("_lp_begin"), pl.col("_lp_einde")
    kp_b, kp_e = lp_e + 1, pl.col("_kp_einde")
    rmc_b, rmc_e = pl.max_horizontal(lp_e, kp_e) + 1, pl.col("_rmc_einde")
    categorie = (
        pl.when(lp_b.le(peil) & lp_e.ge(peil))
        .then(pl.lit(Categorie.VOLLEDIG_LEERPLICHTIG.value))
        .when(kp_b.le(peil) & kp_e.ge(peil))
        .then(pl.lit(Categorie.KWALIFICATIEPLICHTIG.value))
        .when(rmc_b.le(peil) & rmc_e.ge(peil))
        .then(pl.lit(Categorie.RMC_DOELGROEP.value))
        .otherwise(pl.lit(Categorie.NIET_GEDEKT.value))
        .cast(CATEGORIE)
    )
    kolommen = {
        "categorie": categorie,
        "begin_leerplicht": _k.als_datum(lp_b),
        "einde_leerplicht": _k.als_datum(lp_e),
        "begin_kwalificatieplicht": _periode(kp_b, kp_e)[0],
        "einde_kwalificatieplicht": _periode(kp_b, kp_e)[1],
        "begin_rmc": _periode(rmc_b, rmc_e)[0],
        "einde_rmc": _periode(rmc_b, rmc_e)[1],
        "wetsversie": pl.lit(versie.id),
    }
    geldig = pl.col("_geldig")
    uit = stap2.with_columns(**{k: pl.when(geldig).then(e) for k, e in kolommen.items()})
    if "ingeschreven" in present:  # R-LPW-5: under the Leerplichtwet and not enrolled
        onder_lpw = pl.col("categorie").cast(pl.String).is_in(_ONDER_LPW)
        uit = uit.with_columns(
            absoluut_verzuim=pl.when(pl.col("categorie").is_not_null()).then(
                onder_lpw & ~pl.col("ingeschreven")
            )
        )
    return uit.drop("_lp_begin", "_lp_einde", "_geldig", "_kp_einde", "_rmc_einde")


_ONDER_LPW: Final = [Categorie.VOLLEDIG_LEERPLICHTIG.value, Categorie.KWALIFICATIEPLICHTIG.value]
