"""Differential tests: `frames.thuiszitters_per_regio` counts as `tel_thuiszitters` (R-LPW-14).

Hypothesis generates regions of pupils in every category, enrolled or not, with or without an
offer or a vrijstelling of art. 5 onder a, with runs of whole days of absence; per region the
frame's columns must equal the scalar count on the same peildatum (R-LPW-8).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

pl = pytest.importorskip("polars")

from gedragswerk_core.errors import InvalidValueError  # noqa: E402
from gedragswerk_core.frames import thuiszitters_per_regio, verzuimmeldingen_frame  # noqa: E402
from gedragswerk_core.leerplicht import (  # noqa: E402
    Afwezigheid,
    Leerlingverzuim,
    Vrijstelling,
    Vrijstellingsgrond,
    leerplicht_status,
    tel_thuiszitters,
)

GEBOORTE = (dt.date(2004, 5, 1), dt.date(1999, 3, 1), dt.date(1995, 5, 1), dt.date(1990, 1, 1))
REGIO = ("Utrecht", "Zwolle", "Venlo")


@st.composite
def leerlingen(draw, peil):
    weg_dagen = draw(st.sampled_from([0, 10, 27, 28, 29, 40, 95, 120]))
    return {
        "regio": draw(st.sampled_from(REGIO)),
        "geboren": draw(st.sampled_from(GEBOORTE)),
        "ingeschreven": draw(st.none() | st.booleans()),
        "sinds": draw(st.none() | st.integers(30, 150).map(lambda n: peil - dt.timedelta(days=n))),
        "aanbod": draw(st.booleans()),
        "art5a": draw(st.booleans()),
        "records": [
            Afwezigheid.per_dag(peil - dt.timedelta(days=n), 300) for n in range(weg_dagen)
        ],
    }


@st.composite
def scenario(draw):
    peil = dt.date(2016, 1, 4) + dt.timedelta(days=draw(st.integers(0, 200)))
    return peil, draw(st.lists(leerlingen(peil), min_size=1, max_size=8))


@given(scenario(), st.sampled_from([3, 1, 2]))
def test_frame_counts_equal_the_scalar_counts(peil_lln, norm):
    peil, lln = peil_lln
    statussen = [
        leerplicht_status(
            ll["geboren"],
            peil,
            ingeschreven=ll["ingeschreven"],
            vrijstellingen=(
                (
                    Vrijstelling(
                        Vrijstellingsgrond.LICHAMELIJK_OF_PSYCHISCH, peil - dt.timedelta(days=400)
                    ),
                )
                if ll["art5a"]
                else ()
            ),
        )
        for ll in lln
    ]
    pupils = pl.DataFrame(
        {
            "leerling": list(range(len(lln))),
            "regio": [ll["regio"] for ll in lln],
            "categorie": [s.categorie.value for s in statussen],
            "ingeschreven": [ll["ingeschreven"] for ll in lln],
            "niet_ingeschreven_sinds": [ll["sinds"] for ll in lln],
            "aanbod": [ll["aanbod"] for ll in lln],
            "vrijstelling_5_onder_a": [ll["art5a"] for ll in lln],
        },
        schema_overrides={"ingeschreven": pl.Boolean, "niet_ingeschreven_sinds": pl.Date},
    )
    weg = pl.DataFrame(
        [
            {
                "leerling": i,
                "datum": a.datum,
                "minuten": a.minuten,
                "geoorloofd": False,
                "hele_dag": True,
            }
            for i, ll in enumerate(lln)
            for a in ll["records"]
        ],
        schema={
            "leerling": pl.Int64,
            "datum": pl.Date,
            "minuten": pl.Int64,
            "geoorloofd": pl.Boolean,
            "hele_dag": pl.Boolean,
        },
        orient="row",
    )
    meldingen = verzuimmeldingen_frame(weg, pupils, peil)
    uit = thuiszitters_per_regio(pupils.lazy(), meldingen.lazy(), peil, norm_maanden=norm)
    for rij in uit.iter_rows(named=True):
        t = tel_thuiszitters(
            [
                Leerlingverzuim(
                    s, ll["records"], niet_ingeschreven_sinds=ll["sinds"], aanbod=ll["aanbod"]
                )
                for s, ll in zip(statussen, lln, strict=True)
                if ll["regio"] == rij["regio"]
            ],
            peil,
            norm_maanden=norm,
        )
        assert rij == {
            "regio": rij["regio"],
            "leerlingen": t.leerlingen,
            "langdurig_relatief_verzuim": t.langdurig_relatief_verzuim,
            "absoluut_verzuim": t.absoluut_verzuim,
            "vrijstelling_5_onder_a": t.vrijstelling_5_onder_a,
            "langer_dan_norm_zonder_aanbod": t.langer_dan_norm_zonder_aanbod,
            "thuiszitters": t.thuiszitters,
        }
    assert sorted(uit["regio"]) == sorted({ll["regio"] for ll in lln})


def test_only_the_required_columns():
    lln = pl.DataFrame(
        {"leerling": [1], "regio": ["Utrecht"], "categorie": ["volledig_leerplichtig"]}
    )
    geen = pl.DataFrame(schema={"leerling": pl.Int64, "soort": pl.String, "begin": pl.Date})
    uit = thuiszitters_per_regio(lln, geen, dt.date(2016, 1, 4))
    assert uit.row(0) == ("Utrecht", 1, 0, 0, 0, 0, 0)


def test_wrong_input_is_refused():
    lln = pl.DataFrame(
        {"leerling": [1], "regio": ["Utrecht"], "categorie": ["volledig_leerplichtig"]}
    )
    geen = pl.DataFrame(schema={"leerling": pl.Int64, "soort": pl.String, "begin": pl.Date})
    with pytest.raises(InvalidValueError) as e:
        thuiszitters_per_regio(lln.drop("regio"), geen, dt.date(2016, 1, 4))
    assert e.value.field == "leerlingen.regio"
    with pytest.raises(InvalidValueError) as e:
        thuiszitters_per_regio(lln, geen.drop("begin"), dt.date(2016, 1, 4))
    assert e.value.field == "meldingen.begin"
    with pytest.raises(InvalidValueError):
        thuiszitters_per_regio(lln, geen, dt.date(2016, 1, 4), norm_maanden=0)
