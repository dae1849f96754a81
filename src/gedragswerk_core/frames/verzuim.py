"""The DUO reports of a table of absence records (R-LPW-5, R-LPW-6, R-LPW-10), as one table.

The same rules as `gedragswerk_core.leerplicht.verzuimmeldingen`, for every pupil of a table
at once: the 16-hour reports in four lesweken with their repeats (R-LPW-6), langdurig relatief
verzuim (R-LPW-5), the RMC report and luxe verzuim (R-LPW-10). The records are reduced to one row
per pupil and day in polars (lazily and streaming, from a Parquet scan if need be); the rules then
work on those rows with running counts over the school calendar (``_kalender``), and the 16-hour
count, which restarts after each report, in NumPy over all pupils in lockstep (``_zestien``).
``tests/test_frames_verzuim.py`` requires the reports to equal the scalar ones, pupil by pupil.

``afwezigheden`` has a row per `Afwezigheid`: ``leerling`` (any type, the pupil's key),
``datum`` (``Date``), ``minuten`` (integer), ``geoorloofd`` (``Boolean``), and optionally
``hele_dag``, ``les`` and ``luxe`` (``Boolean``, false when absent). Absence covered by a
vrijstelling or leave is marked ``geoorloofd`` by the caller (R-LPW-11; `gedekt` does so for
one pupil).

``leerlingen`` has a row per pupil: ``leerling``, ``categorie`` (the `Categorie` value on the
peildatum, as `frames.leerplicht_statussen` gives it), and optionally ``ingeschreven``
(``Boolean``, ``null``: unknown, counted as enrolled as in the scalar rule) and
``laatste_melding_tot`` (``Date``: the end of the last 16-hour report already made). Records of
pupils not in ``leerlingen``, and records dated before 1900, are not read.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import polars as pl
from polars.datatypes import IntegerType

from gedragswerk_core.frames import _kolommen as _k
from gedragswerk_core.frames import _zestien
from gedragswerk_core.frames._kalender import kalendertabel
from gedragswerk_core.leerplicht import (
    Categorie,
    Meldingsoort,
    Schoolkalender,
    Telwijze,
    Venster,
    Verzuimregels,
)
from gedragswerk_core.leerplicht.afwezigheid import kalender_of_geen
from gedragswerk_core.leerplicht.meldingen import regels_met

__all__ = ["MELDINGSOORT", "verzuimmeldingen_frame"]

MELDINGSOORT: Final = pl.Enum([s.value for s in Meldingsoort])
"""The polars type of the ``soort`` column: the values of `Meldingsoort`, in its order."""

_LESUUR: Final = 60
_ONDER_LPW: Final = (Categorie.VOLLEDIG_LEERPLICHTIG.value, Categorie.KWALIFICATIEPLICHTIG.value)
_SCHEMA: Final[dict[str, pl.DataType | type[pl.DataType]]] = {
    "leerling": pl.Int64,
    "soort": MELDINGSOORT,
    "begin": pl.Date,
    "einde": pl.Date,
    "minuten": pl.Int64,
    "herhaling": pl.Int64,
    "verplicht": pl.Boolean,
}


_DAG0: Final = _k.dag(dt.date(1900, 1, 1), "")
_DAGBITS: Final = 17  # 2**17 days from 1900: to the year 2258
_ONGE, _LUXE, _HEEL, _GEOORLOOFD = 1, 2, 4, 8


def _per_dag(
    afwezigheden: pl.LazyFrame, optioneel: set[str], r: Verzuimregels, *, sleutel: bool
) -> pl.LazyFrame:
    """One row per pupil and day: unauthorised minutes, luxe minutes, what the day's records say.

    With an integer ``leerling`` (``sleutel``) pupil and day are grouped as one 64-bit key,
    three times as fast as two keys; the facts of a day are bits or-ed together.
    """

    def vlag(naam: str) -> pl.Expr:
        return pl.col(naam) if naam in optioneel else pl.lit(value=False)

    minuten = pl.col("minuten").cast(pl.Int64)
    if r.telwijze is Telwijze.LESUREN:  # a lesson of at most 60 minutes counts as 60
        minuten = pl.when(vlag("les") & (minuten <= _LESUUR)).then(_LESUUR).otherwise(minuten)
    onge = ~pl.col("geoorloofd")
    luxe = vlag("luxe") & onge
    bits = (
        onge.cast(pl.Int32) * _ONGE
        + luxe.cast(pl.Int32) * _LUXE
        + vlag("hele_dag").cast(pl.Int32) * _HEEL
        + pl.col("geoorloofd").cast(pl.Int32) * _GEOORLOOFD
    )
    dag = _k.dagnummer("datum")
    kolommen = {
        "dag": dag,
        "_m": pl.when(onge).then(minuten).otherwise(0),
        "_lm": pl.when(luxe).then(minuten).otherwise(0),
        "_b": bits,
    }
    sommen = (
        pl.col("_m").sum().alias("min_onge"),
        pl.col("_lm").sum().alias("min_luxe"),
        pl.col("_b").bitwise_or(),
    )
    if sleutel:
        key = pl.col("leerling").cast(pl.Int64) * (1 << _DAGBITS) + (dag - _DAG0)
        k, schuif = pl.col("_key"), 1 << _DAGBITS
        leerling = _k.schema(afwezigheden, "afwezigheden")["leerling"]
        per_dag = (
            afwezigheden.select(_key=key, **{k: e for k, e in kolommen.items() if k != "dag"})
            .group_by("_key")
            .agg(*sommen)
            .with_columns((k // schuif).cast(leerling).alias("leerling"))
            .with_columns(
                dag=(k - pl.col("leerling").cast(pl.Int64) * schuif + _DAG0).cast(pl.Int32)
            )
            .drop("_key")
        )
    else:
        per_dag = (
            afwezigheden.select("leerling", **kolommen).group_by("leerling", "dag").agg(*sommen)
        )
    b = pl.col("_b")
    return per_dag.with_columns(
        onge=(b & _ONGE) != 0,
        luxe=(b & _LUXE) != 0,
        weg=((b & _HEEL) != 0) & ((b & _GEOORLOOFD) == 0),
    ).drop("_b")


def verzuimmeldingen_frame(
    afwezigheden: pl.DataFrame | pl.LazyFrame,
    leerlingen: pl.DataFrame | pl.LazyFrame,
    peildatum: dt.date,
    kalender: Schoolkalender | None = None,
    *,
    regels: Verzuimregels | None = None,
) -> pl.DataFrame:
    """Every report due on ``peildatum``, of every pupil and kind (R-LPW-5, -6, -10).

    Args:
        afwezigheden: the absence records (module docstring); those after ``peildatum`` are
            not read.
        leerlingen: the pupils' status on ``peildatum`` (module docstring).
        peildatum: the reference date.
        kalender: the holidays, the same for every pupil (``None``: none).
        regels: the readings (`Verzuimregels`).

    Returns:
        One row per report: ``leerling``, ``soort`` (a `Meldingsoort` value), ``begin``,
        ``einde`` (``null`` while the absence goes on), ``minuten``, ``herhaling``,
        ``verplicht`` — as the fields of `Melding` — ordered by pupil, then as
        `verzuimmeldingen` orders one pupil's reports.

    Examples:
        >>> weg = pl.DataFrame({
        ...     "leerling": [1, 1, 1], "minuten": [360, 360, 240], "geoorloofd": [False] * 3,
        ...     "datum": [dt.date(2016, 1, 7), dt.date(2016, 1, 8), dt.date(2016, 2, 1)],
        ... })
        >>> lln = pl.DataFrame({"leerling": [1], "categorie": ["volledig_leerplichtig"]})
        >>> m = verzuimmeldingen_frame(weg, lln, dt.date(2016, 2, 5))
        >>> m.select("soort", "begin", "einde", "minuten").row(0)
        ('16_uur', datetime.date(2016, 1, 7), datetime.date(2016, 2, 1), 960)

    Raises:
        InvalidValueError: a frame or column is missing or of the wrong type, or an argument
            is not of its kind.
    """
    optioneel = _k.vereis(
        afwezigheden,
        "afwezigheden",
        {"leerling": pl.DataType, "datum": pl.Date, "minuten": IntegerType},
        {"geoorloofd": pl.Boolean, "hele_dag": pl.Boolean, "les": pl.Boolean, "luxe": pl.Boolean},
    )
    if "geoorloofd" not in optioneel:
        _k.vereis(afwezigheden, "afwezigheden", {"geoorloofd": pl.Boolean}, {})
    ll_optioneel = _k.vereis(
        leerlingen,
        "leerlingen",
        {"leerling": pl.DataType, "categorie": pl.DataType},
        {"ingeschreven": pl.Boolean, "laatste_melding_tot": pl.Date},
    )
    peil = _k.dag(peildatum, "peildatum")
    r = regels_met(regels)
    kal = kalender_of_geen(kalender)
    dagen = _dagen(afwezigheden, leerlingen, ll_optioneel, optioneel, peil, r)
    if dagen.height == 0:
        return _leeg(dagen.schema["leerling"])
    eerste = int(dagen["dag"].min())  # type: ignore[arg-type]
    tabel = kalendertabel(kal, eerste, peil)
    rij = pl.col("dag") - tabel["dag"][0]
    dagen = dagen.with_columns(
        pl.lit(tabel[k]).gather(rij).alias(k) for k in tabel.columns if k != "dag"
    ).sort("leerling", "dag")
    aan_peil = tabel.row(-1, named=True)
    delen = [_zestien_uur(dagen, r), _lang(dagen, aan_peil, r), _luxe(dagen)]
    schema = {**_SCHEMA, "leerling": dagen.schema["leerling"]}
    return pl.concat([d.select(pl.col(k).cast(t) for k, t in schema.items()) for d in delen]).sort(
        "leerling", "begin", "soort", maintain_order=True
    )


def _leeg(leerling: pl.DataType) -> pl.DataFrame:
    return pl.DataFrame(schema={**_SCHEMA, "leerling": leerling})


def _dagen(  # noqa: PLR0917 — private: the checked inputs of the one public function
    afwezigheden: pl.DataFrame | pl.LazyFrame,
    leerlingen: pl.DataFrame | pl.LazyFrame,
    ll_optioneel: set[str],
    optioneel: set[str],
    peil: int,
    r: Verzuimregels,
) -> pl.DataFrame:
    """The pupil-days up to ``peil`` with the pupil's status, read once (streaming if lazy)."""
    categorie = pl.col("categorie").cast(pl.String)
    ll = leerlingen.lazy().select(
        "leerling",
        onder_lpw=categorie.is_in(_ONDER_LPW),
        rmc_groep=categorie == Categorie.RMC_DOELGROEP.value,
        ingeschreven=(
            pl.col("ingeschreven").fill_null(value=True)
            if "ingeschreven" in ll_optioneel
            else pl.lit(value=True)
        ),
        na=(
            _k.dagnummer("laatste_melding_tot")
            if "laatste_melding_tot" in ll_optioneel
            else pl.lit(None, dtype=pl.Int32)
        ),
    )
    records = afwezigheden.lazy().filter(_k.dagnummer("datum").is_between(_DAG0, peil))
    sleutel = _k.schema(afwezigheden, "afwezigheden")["leerling"].is_integer()
    return (
        _per_dag(records, optioneel, r, sleutel=sleutel)
        .join(ll, on="leerling", how="inner")
        .collect(engine="streaming")
    )


def _nummer() -> pl.Expr:
    """Per row, the pupil's number 0, 1, 2 … in the sorted rows."""
    return _nieuw().cum_sum().cast(pl.Int64) - 1


def _nieuw() -> pl.Expr:
    """Whether a row (sorted by pupil and day) is its pupil's first."""
    return (pl.col("leerling") != pl.col("leerling").shift(1)).fill_null(value=True)


def _reeks() -> pl.Expr:
    """The run a lesdag belongs to, numbered over all pupils (rows sorted by pupil and day).

    A new pupil, or a lesdag between this day and the one before (lesdag numbers more than one
    apart), starts a new run.
    """
    tussen = (pl.col("lesdagnr") - pl.col("lesdagnr").shift(1)) != 1
    return (_nieuw() | tussen.fill_null(value=True)).cum_sum()


def _zestien_uur(dagen: pl.DataFrame, r: Verzuimregels) -> pl.DataFrame:
    """The 16-hour reports (R-LPW-6), with their repeats: see ``_zestien``."""
    rijen = dagen.filter(
        pl.col("lesdag")
        & pl.col("onge")
        & (pl.col("na").is_null() | (pl.col("dag") > pl.col("na")))
    ).with_columns(nr=_nummer())
    vorige = pl.col("lesdagnr").shift(1)
    aaneen = (
        (pl.col("lesdagnr") - vorige == 1) & (pl.col("nr") == pl.col("nr").shift(1))
    ).fill_null(value=False)
    lesweken = r.venster is Venster.LESWEKEN
    rijen = rijen.with_columns(aaneen=aaneen)
    m = _zestien.meldingen(
        _zestien.Dagen(
            rijen["nr"].to_numpy(),
            rijen["dag"].cast(pl.Int64).to_numpy(),
            rijen["min_onge"].cast(pl.Int64).to_numpy(),
            rijen["schooldagnr" if lesweken else "weeknr"].cast(pl.Int64).to_numpy(),
            rijen["aaneen"].to_numpy(),
        ),
        _zestien.Regels(
            venster=28 if lesweken else 4,
            drempel=r.drempel_minuten,
            meer_dan=r.meer_dan_drempel,
            herhaal_min_dagen=r.herhaal_min_dagen,
            max_herhalingen=r.max_herhaalmeldingen,
        ),
    )
    leerlingen = rijen.unique("nr", keep="first", maintain_order=True)
    return pl.DataFrame(
        {
            "leerling": leerlingen["leerling"].gather(m.leerling),
            "soort": pl.Series([Meldingsoort.ZESTIEN_UUR.value] * len(m.leerling)),
            "begin": pl.Series(m.begin, dtype=pl.Int32).cast(pl.Date),
            "einde": pl.Series(m.einde, dtype=pl.Int32).cast(pl.Date),
            "minuten": m.minuten,
            "herhaling": m.herhaling,
            "verplicht": leerlingen["onder_lpw"].gather(m.leerling),
        }
    )


def _lang(dagen: pl.DataFrame, aan_peil: dict[str, int], r: Verzuimregels) -> pl.DataFrame:
    """Langdurig relatief verzuim (R-LPW-5) and the RMC report (R-LPW-10), open on the peildatum.

    The run of lesdagen with a whole unauthorised day that reaches the last lesdag up to the
    peildatum; its length counts the days outside the holidays (``schooldagnr``).
    """
    reeks = (
        dagen.filter(pl.col("lesdag") & pl.col("weg"))
        .with_columns(reeks=_reeks())
        .group_by("reeks", maintain_order=True)
        .agg(
            pl.col("leerling").first(),
            pl.col("dag").min().alias("sinds"),
            pl.col("schooldagnr").min().alias("s_sinds"),
            pl.col("lesdagnr").max().alias("laatste"),
            pl.col("onder_lpw", "rmc_groep", "ingeschreven").first(),
        )
        .unique("leerling", keep="last", maintain_order=True)  # the pupil's last run
        .filter(pl.col("laatste") == aan_peil["lesdagnr"])
        .with_columns(duur=aan_peil["schooldagnr"] - pl.col("s_sinds") + 1)
    )

    def lang_genoeg(weken: float, meer_dan: bool) -> pl.Expr:
        dagen_nodig = weken * 7
        duur = pl.col("duur")
        return (duur > dagen_nodig) | ((duur == dagen_nodig) & (not meer_dan))

    soort = (
        pl.when(pl.col("onder_lpw") & lang_genoeg(r.lrv_weken, r.lrv_meer_dan))
        .then(pl.lit(Meldingsoort.LANGDURIG_RELATIEF_VERZUIM.value))
        .when(pl.col("rmc_groep") & lang_genoeg(r.rmc_weken, r.rmc_meer_dan))
        .then(pl.lit(Meldingsoort.RMC.value))
    )
    open_ = reeks.filter(pl.col("ingeschreven")).with_columns(soort=soort).drop_nulls("soort")
    minuten = (
        dagen.join(open_.select("leerling", "sinds"), on="leerling", how="inner")
        .filter(pl.col("dag") >= pl.col("sinds"))
        .group_by("leerling")
        .agg(pl.col("min_onge").sum().alias("minuten"))
    )
    return open_.join(minuten, on="leerling", how="left").select(
        "leerling",
        "soort",
        begin=_k.als_datum(pl.col("sinds")),
        einde=pl.lit(None, dtype=pl.Date),
        minuten=pl.col("minuten").fill_null(0),
        herhaling=pl.lit(0),
        verplicht=pl.lit(value=True),
    )


def _luxe(dagen: pl.DataFrame) -> pl.DataFrame:
    """Luxe verzuim (art. 13a, R-LPW-10): one report per run of lesdagen, under the Lpw."""
    return (
        dagen.filter(pl.col("lesdag") & pl.col("luxe") & pl.col("onder_lpw"))
        .with_columns(reeks=_reeks())
        .group_by("reeks", maintain_order=True)
        .agg(
            pl.col("leerling").first(),
            pl.col("dag").min().alias("begin"),
            pl.col("dag").max().alias("einde"),
            pl.col("min_luxe").sum().alias("minuten"),
        )
        .select(
            "leerling",
            "minuten",
            soort=pl.lit(Meldingsoort.LUXE_VERZUIM.value),
            begin=_k.als_datum(pl.col("begin")),
            einde=_k.als_datum(pl.col("einde")),
            herhaling=pl.lit(0),
            verplicht=pl.lit(value=True),
        )
    )
