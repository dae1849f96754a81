"""Differential tests: `frames.verzuimmeldingen_frame` equals `verzuimmeldingen`, pupil by pupil.

Hypothesis generates pupils in every category, runs of absence records (per lesson, per day,
authorised, luxe, whole days), school holidays and every reading of `Verzuimregels`; the frame's
reports must be the scalar ones, field by field (R-LPW-5, R-LPW-6, R-LPW-10).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

pl = pytest.importorskip("polars")

from gedragswerk_core.errors import InvalidValueError  # noqa: E402
from gedragswerk_core.frames import verzuimmeldingen_frame  # noqa: E402
from gedragswerk_core.leerplicht import (  # noqa: E402
    Afwezigheid,
    Periode,
    Schoolkalender,
    Telwijze,
    Venster,
    Verzuimregels,
    leerplicht_status,
    verzuimmeldingen,
)

BEGIN = dt.date(2015, 11, 2)
VAKANTIES = (  # candidate holidays; any subset is a valid calendar
    (dt.date(2015, 12, 19), dt.date(2016, 1, 3)),
    (dt.date(2016, 2, 20), dt.date(2016, 2, 28)),
    (dt.date(2016, 3, 28), dt.date(2016, 3, 28)),
    (dt.date(2016, 4, 23), dt.date(2016, 5, 8)),
    (dt.date(2015, 11, 11), dt.date(2015, 11, 11)),
    (dt.date(2016, 1, 20), dt.date(2016, 1, 22)),
)
GEBOORTE = (  # on 2016: volledig, kwalificatieplichtig, RMC, niet gedekt
    dt.date(2004, 5, 1),
    dt.date(1999, 3, 1),
    dt.date(1995, 5, 1),
    dt.date(1990, 1, 1),
    dt.date(2011, 9, 1),
)

regels = st.builds(
    Verzuimregels,
    telwijze=st.sampled_from(Telwijze),
    venster=st.sampled_from(Venster),
    drempel_uren=st.sampled_from([16, 4, 8, 2.5, 30]),
    meer_dan_drempel=st.booleans(),
    herhaal_min_dagen=st.sampled_from([7, 0, 3]),
    max_herhaalmeldingen=st.sampled_from([4, 0, 1, 2]),
    lrv_weken=st.sampled_from([4, 1, 0.5, 2]),
    lrv_meer_dan=st.booleans(),
    rmc_weken=st.sampled_from([4, 1, 2.5]),
    rmc_meer_dan=st.booleans(),
)


@st.composite
def blokken(draw, peil):
    """A run of days with the same kind of record (a lesson or a day missed), often up to peil."""
    tot_peil = (peil - BEGIN).days
    lengte = draw(st.integers(1, 70))
    start = draw(
        st.integers(0, 200) | st.integers(0, 6).map(lambda n: max(tot_peil - lengte + 1 + n, 0))
    )
    minuten = draw(st.sampled_from([45, 50, 60, 75, 300, 360, 1]) | st.integers(1, 480))
    soort = draw(st.sampled_from(["les", "dag", "uren"]))
    geoorloofd = draw(st.sampled_from([False, False, True]))
    luxe = draw(st.booleans()) and soort != "uren"
    per_dag = draw(st.integers(1, 3))
    uit = []
    for n in range(lengte):
        d = BEGIN + dt.timedelta(days=start + n)
        for _ in range(per_dag):
            if soort == "les":
                uit.append(Afwezigheid.per_les(d, minuten, geoorloofd=geoorloofd, luxe=luxe))
            elif soort == "dag":
                uit.append(Afwezigheid.per_dag(d, minuten, geoorloofd=geoorloofd, luxe=luxe))
            else:
                uit.append(Afwezigheid(d, minuten, geoorloofd))
    return uit


@st.composite
def leerlingen(draw, peil):
    return {
        "geboren": draw(st.sampled_from(GEBOORTE)),
        "ingeschreven": draw(st.none() | st.booleans()),
        "records": [a for b in draw(st.lists(blokken(peil), max_size=4)) for a in b],
        "laatste": draw(
            st.none() | st.integers(0, 150).map(lambda n: BEGIN + dt.timedelta(days=n))
        ),
    }


def _frames(lln, peil, lui, getal=False):
    sleutel = (lambda i: i) if getal else (lambda i: f"L{i}")
    statussen = [
        leerplicht_status(ll["geboren"], peil, ingeschreven=ll["ingeschreven"]) for ll in lln
    ]
    weg = pl.DataFrame(
        [
            {
                "leerling": sleutel(i),
                "datum": a.datum,
                "minuten": a.minuten,
                "geoorloofd": a.geoorloofd,
                "hele_dag": a.hele_dag,
                "les": a.les,
                "luxe": a.luxe,
            }
            for i, ll in enumerate(lln)
            for a in ll["records"]
        ],
        schema={
            "leerling": pl.Int64 if getal else pl.String,
            "datum": pl.Date,
            "minuten": pl.Int32,
            "geoorloofd": pl.Boolean,
            "hele_dag": pl.Boolean,
            "les": pl.Boolean,
            "luxe": pl.Boolean,
        },
        orient="row",
    )
    pupils = pl.DataFrame(
        {
            "leerling": [sleutel(i) for i in range(len(lln))],
            "categorie": [s.categorie.value for s in statussen],
            "ingeschreven": [ll["ingeschreven"] for ll in lln],
            "laatste_melding_tot": [ll["laatste"] for ll in lln],
        },
        schema={
            "leerling": pl.Int64 if getal else pl.String,
            "categorie": pl.String,
            "ingeschreven": pl.Boolean,
            "laatste_melding_tot": pl.Date,
        },
    )
    if lui:
        return statussen, weg.lazy(), pupils.lazy()
    return statussen, weg, pupils


@st.composite
def scenario(draw):
    peil = BEGIN + dt.timedelta(days=draw(st.integers(20, 230)))
    return peil, draw(st.lists(leerlingen(peil), min_size=1, max_size=5))


@given(
    peil_lln=scenario(),
    vakanties=st.sets(st.sampled_from(VAKANTIES)),
    r=regels,
    lui=st.booleans(),
    getal=st.booleans(),
)
def test_frame_reports_equal_the_scalar_reports(peil_lln, vakanties, r, lui, getal):
    peil, lln = peil_lln
    kal = Schoolkalender(tuple(Periode(b, e) for b, e in sorted(vakanties)))
    statussen, weg, pupils = _frames(lln, peil, lui, getal)
    uit = verzuimmeldingen_frame(weg, pupils, peil, kal, regels=r)
    for i, (ll, s) in enumerate(zip(lln, statussen, strict=True)):
        verwacht = [
            (m.soort.value, m.begin, m.einde, m.minuten, m.herhaling, m.verplicht)
            for m in verzuimmeldingen(
                s, ll["records"], kal, laatste_melding_tot=ll["laatste"], regels=r
            )
        ]
        gekregen = (
            uit.filter(pl.col("leerling") == (i if getal else f"L{i}"))
            .select("soort", "begin", "einde", "minuten", "herhaling", "verplicht")
            .rows()
        )
        assert gekregen == verwacht, (i, s.categorie)


def test_no_records_no_reports():
    pupils = pl.DataFrame({"leerling": [1], "categorie": ["volledig_leerplichtig"]})
    weg = pl.DataFrame(
        schema={
            "leerling": pl.Int64,
            "datum": pl.Date,
            "minuten": pl.Int64,
            "geoorloofd": pl.Boolean,
        }
    )
    uit = verzuimmeldingen_frame(weg, pupils, dt.date(2016, 1, 1))
    assert uit.height == 0
    assert uit.columns == [
        "leerling",
        "soort",
        "begin",
        "einde",
        "minuten",
        "herhaling",
        "verplicht",
    ]


def test_only_authorised_absence_reports_nothing():
    pupils = pl.DataFrame({"leerling": [1], "categorie": ["volledig_leerplichtig"]})
    weg = pl.DataFrame(
        {
            "leerling": [1] * 5,
            "datum": [dt.date(2016, 1, 4) + dt.timedelta(days=n) for n in range(5)],
            "minuten": [360] * 5,
            "geoorloofd": [True] * 5,
        }
    )
    assert verzuimmeldingen_frame(weg, pupils, dt.date(2016, 2, 1)).height == 0


@pytest.mark.parametrize(
    ("weg", "veld"),
    [
        (
            pl.DataFrame({"leerling": [1], "datum": [dt.date(2016, 1, 4)], "minuten": [60]}),
            "afwezigheden.geoorloofd",
        ),
        (
            pl.DataFrame(
                {
                    "leerling": [1],
                    "datum": [dt.date(2016, 1, 4)],
                    "minuten": ["60"],
                    "geoorloofd": [False],
                }
            ),
            "afwezigheden.minuten",
        ),
        ([], "afwezigheden"),
    ],
)
def test_a_wrong_table_names_the_column(weg, veld):
    pupils = pl.DataFrame({"leerling": [1], "categorie": ["volledig_leerplichtig"]})
    with pytest.raises(InvalidValueError) as e:
        verzuimmeldingen_frame(weg, pupils, dt.date(2016, 2, 1))
    assert e.value.field == veld


@pytest.mark.parametrize("weken", [4, 4 + 1 / 7, 4 + 2 / 7, 5])
@pytest.mark.parametrize("meer_dan", [True, False])
@pytest.mark.parametrize("ingeschreven", [True, None, False])
def test_langdurig_relatief_verzuim_at_its_boundary(weken, meer_dan, ingeschreven):
    # two runs of whole days; the second reaches the peildatum and lasts 29 days (R-LPW-5)
    peil = dt.date(2016, 3, 4)
    eerste = [dt.date(2016, 1, 4) + dt.timedelta(days=n) for n in range(10)]
    tweede = [peil - dt.timedelta(days=n) for n in range(29)]
    records = [Afwezigheid.per_dag(d, 300) for d in eerste + tweede]
    lln = [
        {"geboren": g, "ingeschreven": ingeschreven, "records": records, "laatste": None}
        for g in GEBOORTE
    ]
    r = Verzuimregels(
        lrv_weken=weken, lrv_meer_dan=meer_dan, rmc_weken=weken, rmc_meer_dan=meer_dan
    )
    statussen, weg, pupils = _frames(lln, peil, lui=False)
    uit = verzuimmeldingen_frame(weg, pupils, peil, regels=r)
    for i, s in enumerate(statussen):
        verwacht = [
            (m.soort.value, m.begin, m.minuten) for m in verzuimmeldingen(s, records, regels=r)
        ]
        gekregen = (
            uit.filter(pl.col("leerling") == f"L{i}").select("soort", "begin", "minuten").rows()
        )
        assert gekregen == verwacht
