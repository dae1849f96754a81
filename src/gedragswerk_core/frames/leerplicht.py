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
from functools import cache
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


def _einde_16() -> pl.Expr:
    """31 July of the school year of the 16th birthday (art. 3 lid 1 onder b, R-LPW-2)."""
    g = pl.col("geboortedatum")
    return _k.juli31(
        g.dt.year().cast(pl.Int32) + _EINDE + (g.dt.month() >= _AUGUSTUS).cast(pl.Int32)
    )


def _einde_schoolbegin(tot: tuple[int, int]) -> pl.Expr:
    """After twelve full school years from ``schoolbegin`` (art. 3 lid 1 onder a, R-LPW-2)."""
    sb = _k.dagnummer("schoolbegin")
    sj = _k.startjaar(sb)
    laatste = _k.dagnummer(pl.date(sj, tot[0], tot[1]))
    return _k.juli31(sj + (sb > laatste).cast(pl.Int32) + _SCHOOLJAREN)


def _einde_versneld() -> pl.Expr:
    """Basisschool in fewer than eight years counts as eight (art. 3 lid 2, R-LPW-2)."""
    sj = _k.startjaar(_k.dagnummer("basisschool_versneld_afgerond"))
    return _k.juli31(sj + _SCHOOLJAREN - _BASIS + 1)


# --- tables: each rule evaluated once per day of the supported range, then looked up --------------

_GEBOORTE_VAN: Final = _k.dag(dt.date(_GEBOORTE[0], 1, 1), "")
_FEIT_VAN: Final = _k.dag(dt.date(_FEIT_JAREN[0], 1, 1), "")


def _dagen(kolommen: tuple[str, ...], laatste_jaar: int) -> pl.DataFrame:
    dagen = pl.date_range(dt.date(_GEBOORTE[0], 1, 1), dt.date(laatste_jaar, 12, 31), eager=True)
    return pl.DataFrame(dict.fromkeys(kolommen, dagen))


@cache
def _geboortetabel(maart: bool) -> dict[str, pl.Series]:
    """Per birth day from 1900 to 2199: the dates that depend on the birth date alone."""
    t = _dagen(("geboortedatum",), _GEBOORTE[1]).select(
        begin=_begin(maart),
        einde=_einde_16(),
        kp=_verjaardag(_KWAL, maart) - 1,
        rmc=_verjaardag(_RMC, maart) - 1,
        vier=_verjaardag(_SCHOOL, True),  # as the scalar rule: a 29 February child on 1 March
    )
    return {k: t[k] for k in t.columns}


@cache
def _feittabel(tot: tuple[int, int]) -> dict[str, pl.Series]:
    """Per day from 1900 to 2217: the end of leerplicht by the routes of a fact's date."""
    t = _dagen(("schoolbegin", "basisschool_versneld_afgerond"), _FEIT_JAREN[1]).select(
        schoolbegin=_einde_schoolbegin(tot), basisschool_versneld_afgerond=_einde_versneld()
    )
    return {k: t[k] for k in t.columns}


def _index(dagnr: pl.Expr, van: int, tabel: pl.Series) -> pl.Expr:
    """The row of day number ``dagnr`` in ``tabel``, clipped (`_binnen` says whether it was in)."""
    return (dagnr - van).clip(0, len(tabel) - 1)


def _binnen(dagnr: pl.Expr, van: int, tabel: pl.Series) -> pl.Expr:
    """Whether day number ``dagnr`` lies in ``tabel`` (which starts at ``van``), or is null."""
    return dagnr.is_null() | (dagnr - van).is_between(0, len(tabel) - 1)


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
    feiten = sorted(set(_FEITEN) & present)
    # an eager frame goes through the lazy engine too: one plan, no stage materialised apart
    stap = leerlingen.lazy().with_columns(
        _g=_k.dagnummer("geboortedatum"), **{f"_{f}": _k.dagnummer(f) for f in feiten}
    )
    stap, geldig = _leerplicht(stap, feiten, _geboortetabel(maart), _feittabel(tot))
    kp, rmc = _na_leerplicht(present, kwalificatieplicht=versie.kwalificatieplicht)
    stap = stap.with_columns(_geldig=geldig.fill_null(value=False), _kp_einde=kp, _rmc_einde=rmc)
    uit = stap.with_columns(
        **{k: pl.when(pl.col("_geldig")).then(e) for k, e in _kolommen(peil, versie.id).items()}
    )
    if "ingeschreven" in present:  # R-LPW-5: under the Leerplichtwet and not enrolled
        onder_lpw = pl.col("categorie").cast(pl.String).is_in(_ONDER_LPW)
        uit = uit.with_columns(
            absoluut_verzuim=pl.when(pl.col("categorie").is_not_null()).then(
                onder_lpw & ~pl.col("ingeschreven")
            )
        )
    uit = uit.drop(c for c in uit.collect_schema() if c.startswith("_"))
    return uit.collect() if isinstance(leerlingen, pl.DataFrame) else uit


def _leerplicht(
    stap: pl.LazyFrame, feiten: list[str], geb: dict[str, pl.Series], feit: dict[str, pl.Series]
) -> tuple[pl.LazyFrame, pl.Expr]:
    """The tables' dates looked up, ``_lp_einde`` by the first route to end, and validity."""
    c = pl.col
    g = c("_g")
    # the rows of the tables; a day outside them is clipped here and made null by _geldig
    stap = stap.with_columns(
        _i=_index(g, _GEBOORTE_VAN, geb["begin"]),
        **{f"_i_{f}": _index(c(f"_{f}"), _FEIT_VAN, feit[f]) for f in feiten if f in feit},
    )
    opgezocht = {f"_{k}": pl.lit(geb[k]).gather(c("_i")) for k in geb}
    geldig = ~g.is_null() & _binnen(g, _GEBOORTE_VAN, geb["begin"])
    routes = [c("_einde")]
    for f in feiten:
        geldig &= _binnen(c(f"_{f}"), _FEIT_VAN, feit["schoolbegin"])
    for f in (f for f in feiten if f in feit):  # the routes of art. 3 (R-LPW-2)
        opgezocht[f"_{f}_einde"] = pl.lit(feit[f]).gather(c(f"_i_{f}"))
        routes.append(c(f"_{f}_einde"))
        geldig &= c(f"_{f}").is_null() | (c(f"_{f}") >= c("_vier"))  # not before age four
    if "startkwalificatie" in feiten:  # obtained after birth
        geldig &= c("_startkwalificatie").is_null() | (c("_startkwalificatie") > g)
    stap = stap.with_columns(**opgezocht).with_columns(_lp_einde=pl.min_horizontal(routes))
    return stap, geldig & (c("_lp_einde") >= c("_begin"))


def _na_leerplicht(present: set[str], *, kwalificatieplicht: bool) -> tuple[pl.Expr, pl.Expr]:
    """The last days of kwalificatieplicht and of the RMC age group (R-LPW-3, -4, -13)."""
    c = pl.col
    kp = c("_kp") if kwalificatieplicht else c("_lp_einde")  # R-LPW-13
    rmc = c("_rmc")
    for f in sorted({"praktijkonderwijs_of_vso", "startkwalificatie"} & present):
        kp = pl.min_horizontal(kp, c(f"_{f}") - 1)  # R-LPW-3; art. 4a lid 2
    if "startkwalificatie" in present:
        rmc = pl.min_horizontal(rmc, c("_startkwalificatie") - 1)  # R-LPW-4
    return kp, rmc


def _kolommen(peil: int, wetsversie: str) -> dict[str, pl.Expr]:
    """The added columns, from the periods' day numbers: the category on ``peil`` first."""
    lp_b, lp_e = pl.col("_begin"), pl.col("_lp_einde")
    kp_b, kp_e = lp_e + 1, pl.col("_kp_einde")
    rmc_b, rmc_e = pl.max_horizontal(lp_e, kp_e) + 1, pl.col("_rmc_einde")
    categorie = (
        pl.when(lp_b.le(peil) & lp_e.ge(peil))
        .then(_categorie(Categorie.VOLLEDIG_LEERPLICHTIG))
        .when(kp_b.le(peil) & kp_e.ge(peil))
        .then(_categorie(Categorie.KWALIFICATIEPLICHTIG))
        .when(rmc_b.le(peil) & rmc_e.ge(peil))
        .then(_categorie(Categorie.RMC_DOELGROEP))
        .otherwise(_categorie(Categorie.NIET_GEDEKT))
    )
    kp, rmc = _periode(kp_b, kp_e), _periode(rmc_b, rmc_e)
    return {
        "categorie": categorie,
        "begin_leerplicht": _k.als_datum(lp_b),
        "einde_leerplicht": _k.als_datum(lp_e),
        "begin_kwalificatieplicht": kp[0],
        "einde_kwalificatieplicht": kp[1],
        "begin_rmc": rmc[0],
        "einde_rmc": rmc[1],
        "wetsversie": pl.lit(wetsversie),
    }


def _categorie(categorie: Categorie) -> pl.Expr:
    return pl.lit(categorie.value, dtype=CATEGORIE)


_ONDER_LPW: Final = [Categorie.VOLLEDIG_LEERPLICHTIG.value, Categorie.KWALIFICATIEPLICHTIG.value]
