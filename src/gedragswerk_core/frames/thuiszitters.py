"""Thuiszitters per region on a peildatum (R-LPW-14), from a table of pupils and their reports.

The same count as `gedragswerk_core.leerplicht.tel_thuiszitters`, for every region of a table
at once: langdurig relatief verzuim, absoluut verzuim and the vrijstelling of art. 5 onder a in
separate columns, and the Thuiszitterspact indicator (R-LPW-8): thuiszitters at home for longer
than ``norm_maanden`` without a fitting offer. ``tests/test_frames_thuiszitters.py`` requires
equal counts to the scalar function.

``leerlingen`` has a row per pupil: ``leerling``, ``regio``, ``categorie`` (the `Categorie`
value on the peildatum), and optionally ``ingeschreven`` (``Boolean``, ``null``: unknown),
``niet_ingeschreven_sinds`` (``Date``), ``aanbod`` (``Boolean``: a fitting offer) and
``vrijstelling_5_onder_a`` (``Boolean``: such a vrijstelling in force on the peildatum; it
frees the pupil from enrolment and covers the absence, R-LPW-7, R-LPW-11). ``meldingen`` is the
table of `verzuimmeldingen_frame` on the same peildatum.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import polars as pl

from gedragswerk_core import _validatie as v
from gedragswerk_core.frames import _kolommen as _k
from gedragswerk_core.leerplicht import NORM_MAANDEN, Categorie, Meldingsoort

__all__ = ["thuiszitters_per_regio"]

_ONDER_LPW: Final = (Categorie.VOLLEDIG_LEERPLICHTIG.value, Categorie.KWALIFICATIEPLICHTIG.value)
_MAXIMUM: Final = 1200


def _kolom(naam: str, aanwezig: set[str], standaard: object) -> pl.Expr:
    return pl.col(naam) if naam in aanwezig else pl.lit(standaard)


def thuiszitters_per_regio(
    leerlingen: pl.DataFrame | pl.LazyFrame,
    meldingen: pl.DataFrame | pl.LazyFrame,
    peildatum: dt.date,
    *,
    norm_maanden: int = NORM_MAANDEN,
) -> pl.DataFrame:
    """The thuiszitter columns of every region on ``peildatum`` (R-LPW-8, R-LPW-14).

    Returns:
        One row per region, sorted: ``regio``, ``leerlingen``, ``langdurig_relatief_verzuim``,
        ``absoluut_verzuim``, ``vrijstelling_5_onder_a``, ``langer_dan_norm_zonder_aanbod``
        and ``thuiszitters`` (the first two summed), as the fields of `Thuiszittertelling`.

    Examples:
        >>> lln = pl.DataFrame({
        ...     "leerling": [1, 2], "regio": ["Utrecht", "Utrecht"],
        ...     "categorie": ["volledig_leerplichtig"] * 2, "ingeschreven": [False, True],
        ...     "niet_ingeschreven_sinds": [dt.date(2016, 1, 4), None],
        ... })
        >>> geen = pl.DataFrame(schema={"leerling": pl.Int64, "soort": pl.String, "begin": pl.Date})
        >>> t = thuiszitters_per_regio(lln, geen, dt.date(2016, 4, 15))
        >>> t.select("absoluut_verzuim", "thuiszitters", "langer_dan_norm_zonder_aanbod").row(0)
        (1, 1, 1)

    Raises:
        InvalidValueError: a frame or column is missing or of the wrong type, or an argument
            is not of its kind.
    """
    aanwezig = _k.vereis(
        leerlingen,
        "leerlingen",
        {"leerling": pl.DataType, "regio": pl.DataType, "categorie": pl.DataType},
        {
            "ingeschreven": pl.Boolean,
            "niet_ingeschreven_sinds": pl.Date,
            "aanbod": pl.Boolean,
            "vrijstelling_5_onder_a": pl.Boolean,
        },
    )
    _k.vereis(
        meldingen,
        "meldingen",
        {"leerling": pl.DataType, "soort": pl.DataType, "begin": pl.Date},
        {},
    )
    peil = _k.dag(peildatum, "peildatum")
    maanden = v.require_whole(norm_maanden, "norm_maanden", minimum=1, maximum=_MAXIMUM)
    lrv = (
        meldingen.lazy()
        .filter(pl.col("soort").cast(pl.String) == Meldingsoort.LANGDURIG_RELATIEF_VERZUIM.value)
        .group_by("leerling")
        .agg(pl.col("begin").min().alias("_lrv_sinds"))
    )
    onder_lpw = pl.col("categorie").cast(pl.String).is_in(_ONDER_LPW)
    art5a = _kolom("vrijstelling_5_onder_a", aanwezig, False).fill_null(value=False)
    niet_ingeschreven = _kolom("ingeschreven", aanwezig, None).cast(pl.Boolean).not_()
    absoluut = (onder_lpw & ~art5a & niet_ingeschreven).fill_null(value=False)  # R-LPW-5
    lang = pl.col("_lrv_sinds").is_not_null() & onder_lpw & ~art5a  # covered: R-LPW-11
    sinds = (
        pl.when(pl.col("_absoluut"))
        .then(_kolom("niet_ingeschreven_sinds", aanwezig, None).cast(pl.Date))
        .when(pl.col("_lang"))
        .then(pl.col("_lrv_sinds"))
    )
    langer = sinds.dt.offset_by(f"{maanden}mo").cast(pl.Int32) < peil  # R-LPW-8
    zonder_aanbod = ~_kolom("aanbod", aanwezig, False).fill_null(value=False)
    return (
        leerlingen.lazy()
        .join(lrv, on="leerling", how="left")
        .with_columns(_absoluut=absoluut, _lang=lang, _art5a=art5a & onder_lpw)
        .with_columns(_indicator=(langer.fill_null(value=False) & zonder_aanbod))
        .group_by("regio")
        .agg(
            pl.len().alias("leerlingen"),
            (pl.col("_lang") & ~pl.col("_absoluut")).sum().alias("langdurig_relatief_verzuim"),
            pl.col("_absoluut").sum().alias("absoluut_verzuim"),
            pl.col("_art5a").sum().alias("vrijstelling_5_onder_a"),
            pl.col("_indicator").sum().alias("langer_dan_norm_zonder_aanbod"),
        )
        .with_columns(
            thuiszitters=pl.col("langdurig_relatief_verzuim") + pl.col("absoluut_verzuim")
        )
        .sort("regio")
        .collect()
    )
