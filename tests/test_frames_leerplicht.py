"""Differential tests: `frames.leerplicht_statussen` equals `leerplicht_status` on every row.

Hypothesis generates frames of pupils — 29 February birthdays, 31 July and 1 August, facts of
every kind and out-of-range dates among them — and peildata at and around the law-version
boundaries (R-LPW-13); every row must carry the scalar status's category and periods, or
``null`` where the scalar rule refuses the pupil (R-LPW-1..4, R-LPW-5).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

pl = pytest.importorskip("polars")

from gedragswerk_core.errors import GedragswerkError, InvalidValueError  # noqa: E402
from gedragswerk_core.frames import CATEGORIE, leerplicht_statussen  # noqa: E402
from gedragswerk_core.leerplicht import (  # noqa: E402
    WETSVERSIES,
    Schrikkeldag,
    leerplicht_status,
)

FEITEN = ("schoolbegin", "basisschool_versneld_afgerond", "startkwalificatie")
FEITEN_ALLE = (*FEITEN, "praktijkonderwijs_of_vso")
GRENZEN = sorted({d for vr in WETSVERSIES for d in (vr.geldt_vanaf, vr.geldt_tot) if d is not None})


@st.composite
def geboortedata(draw):
    """Birth dates with the hard days over-represented (29 February, 31 July, 1 August)."""
    jaar = draw(st.integers(1895, 2205))
    maand, dag = draw(
        st.one_of(
            st.sampled_from([(2, 29), (2, 28), (3, 1), (7, 31), (8, 1), (8, 20), (9, 6), (12, 31)]),
            st.tuples(st.integers(1, 12), st.integers(1, 28)),
        )
    )
    if (maand, dag) == (2, 29) and not (jaar % 4 == 0 and (jaar % 100 != 0 or jaar % 400 == 0)):
        jaar -= jaar % 4  # a leap year near it (2100 and 1900 are not: fall back a further 4)
        if jaar % 100 == 0 and jaar % 400 != 0:
            jaar -= 4
    return dt.date(jaar, maand, dag)


@st.composite
def leerlingen(draw):
    geboren = draw(geboortedata())
    rij = {"geboortedatum": geboren}
    for feit in FEITEN_ALLE:
        na = draw(st.none() | st.integers(-400, 30 * 366))
        rij[feit] = None if na is None else geboren + dt.timedelta(days=na)
        if draw(st.booleans()):  # a school-year boundary: 31 July, 1 August, 6 and 7 September
            maand, dag = draw(st.sampled_from([(7, 31), (8, 1), (9, 5), (9, 6), (9, 7)]))
            jaren = draw(st.one_of(st.just(4), st.integers(3, 20)))
            rij[feit] = dt.date(geboren.year + jaren, maand, dag)
    rij["ingeschreven"] = draw(st.none() | st.booleans())
    return rij


peildata = st.one_of(
    st.sampled_from(GRENZEN),
    st.sampled_from(GRENZEN).map(lambda d: d - dt.timedelta(days=1)),
    st.dates(dt.date(1900, 1, 1), dt.date(2240, 12, 31)),
)


def _scalar(rij, peil, schrikkeldag, gebruikt):
    try:
        s = leerplicht_status(
            rij["geboortedatum"],
            peil,
            ingeschreven=rij["ingeschreven"],
            schrikkeldag=schrikkeldag,
            **{k: rij[k] for k in gebruikt},
        )
    except InvalidValueError:
        return None
    return s


def _verwacht(s):
    if s is None:
        return dict.fromkeys(
            (
                "categorie",
                "begin_leerplicht",
                "einde_leerplicht",
                "begin_kwalificatieplicht",
                "einde_kwalificatieplicht",
                "begin_rmc",
                "einde_rmc",
                "wetsversie",
                "absoluut_verzuim",
            )
        )
    kp, rmc = s.kwalificatieplicht, s.rmc
    return {
        "categorie": s.categorie.value,
        "begin_leerplicht": s.leerplicht.begin,
        "einde_leerplicht": s.leerplicht.einde,
        "begin_kwalificatieplicht": None if kp is None else kp.begin,
        "einde_kwalificatieplicht": None if kp is None else kp.einde,
        "begin_rmc": None if rmc is None else rmc.begin,
        "einde_rmc": None if rmc is None else rmc.einde,
        "wetsversie": s.wetsversie,
        "absoluut_verzuim": s.absoluut_verzuim,
    }


@given(
    rijen=st.lists(leerlingen(), min_size=1, max_size=12),
    peil=peildata,
    schrikkeldag=st.sampled_from(Schrikkeldag),
    gebruikt=st.sets(st.sampled_from(FEITEN_ALLE)),
    lui=st.booleans(),
)
@example(
    rijen=[
        {"geboortedatum": dt.date(2000, 2, 29), "ingeschreven": False} | dict.fromkeys(FEITEN_ALLE)
    ],
    peil=dt.date(2007, 8, 1),
    schrikkeldag=Schrikkeldag.EERSTE_MAART,
    gebruikt=set(),
    lui=False,
)
@example(
    rijen=[  # twelve full school years from 6 September 2004 (R-LPW-2): ends 31 July 2016
        {"geboortedatum": dt.date(2000, 8, 20), "ingeschreven": True}
        | dict.fromkeys(FEITEN_ALLE)
        | {"schoolbegin": dt.date(2004, 9, 6)}
    ],
    peil=dt.date(2016, 9, 1),
    schrikkeldag=Schrikkeldag.EERSTE_MAART,
    gebruikt={"schoolbegin"},
    lui=True,
)
def test_frame_equals_the_scalar_rule_on_every_row(rijen, peil, schrikkeldag, gebruikt, lui):
    schema = {"geboortedatum": pl.Date, "ingeschreven": pl.Boolean}
    schema |= dict.fromkeys(sorted(gebruikt), pl.Date)
    df = pl.DataFrame([{k: r[k] for k in schema} for r in rijen], schema=schema, orient="row")
    frame = df.lazy() if lui else df
    uit = leerplicht_statussen(frame, peil, schrikkeldag=schrikkeldag)
    if lui:
        assert isinstance(uit, pl.LazyFrame)
        uit = uit.collect()
    assert uit["categorie"].dtype == CATEGORIE
    for i, rij in enumerate(rijen):
        verwacht = _verwacht(_scalar(rij, peil, schrikkeldag, gebruikt))
        gekregen = {k: uit[k][i] for k in verwacht}
        assert gekregen == verwacht, (rij, peil)


@given(geboren=st.dates(dt.date(1990, 1, 1), dt.date(2012, 12, 31)), peil=peildata)
def test_agrees_with_the_bulk_rule(geboren, peil):
    from gedragswerk_core.leerplicht import leerplicht_status_bulk  # noqa: PLC0415

    ((cat, begin, einde, kp, rmc),) = leerplicht_status_bulk([geboren], peil)
    uit = leerplicht_statussen(pl.DataFrame({"geboortedatum": [geboren]}), peil).row(0, named=True)
    assert uit["categorie"] == cat.value
    assert uit["begin_leerplicht"].toordinal() == begin
    assert uit["einde_leerplicht"].toordinal() == einde
    assert uit["einde_rmc"].toordinal() == rmc
    if uit["einde_kwalificatieplicht"] is not None:
        assert uit["einde_kwalificatieplicht"].toordinal() == kp


def test_other_columns_are_kept_and_no_facts_are_needed():
    df = pl.DataFrame({"leerling": ["a"], "geboortedatum": [dt.date(2004, 5, 1)]})
    uit = leerplicht_statussen(df, dt.date(2016, 2, 5))
    assert uit.columns[:2] == ["leerling", "geboortedatum"]
    assert "absoluut_verzuim" not in uit.columns
    assert uit["categorie"].to_list() == ["volledig_leerplichtig"]


@pytest.mark.parametrize(
    ("frame", "veld"),
    [
        ("geen frame", "leerlingen"),
        (pl.DataFrame({"x": [1]}), "leerlingen.geboortedatum"),
        (pl.DataFrame({"geboortedatum": ["2004-05-01"]}), "leerlingen.geboortedatum"),
        (
            pl.DataFrame({"geboortedatum": [dt.date(2004, 5, 1)], "ingeschreven": [1]}),
            "leerlingen.ingeschreven",
        ),
    ],
)
def test_a_wrong_frame_names_the_column(frame, veld):
    with pytest.raises(GedragswerkError) as e:
        leerplicht_statussen(frame, dt.date(2016, 1, 1))
    assert e.value.field == veld


def test_wrong_arguments_are_refused():
    df = pl.DataFrame({"geboortedatum": [dt.date(2004, 5, 1)]})
    with pytest.raises(InvalidValueError):
        leerplicht_statussen(df, "2016-01-01")
    with pytest.raises(InvalidValueError):
        leerplicht_statussen(df, dt.date(2016, 1, 1), schrikkeldag="maart")
    with pytest.raises(InvalidValueError):
        leerplicht_statussen(df, dt.date(2016, 1, 1), schoolbegin_telt_volledig_tot=(7, 1))
