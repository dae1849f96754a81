"""Shares with their denominator: exact fractions, percentages rounded half up (R-RAP, R-KKW-3)."""

from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import InvalidValueError, from_dict, to_dict
from gedragswerk_core import strategies as gst
from gedragswerk_core.rapportage.aandeel import Aandeel

# --- the published shares, worked out by hand ----------------------------------------------------


@pytest.mark.parametrize(
    ("teller", "noemer", "decimalen", "verwacht"),
    [
        (112, 178, 0, "63"),  # 62.921… (seed 002 §3.1.1: 63%)
        (112, 178, 1, "62.9"),
        (63, 87, 1, "72.4"),  # 72.413… (seed 002 §3.3: knowledge)
        (59, 87, 1, "67.8"),  # 67.816… (skills and motivation)
        (24, 87, 0, "28"),  # 27.586…
        (28, 87, 0, "32"),  # 32.183…
        (22, 87, 0, "25"),  # 25.287…
        (13, 87, 0, "15"),  # 14.942…
        (1, 8, 1, "12.5"),  # exactly 12.5
        (1, 8, 0, "13"),  # 12.5: half up
        (1, 200, 0, "1"),  # 0.5: half up
        (1, 400, 0, "0"),  # 0.25
        (2, 3, 2, "66.67"),
        (0, 5, 1, "0.0"),
        (5, 5, 0, "100"),
    ],
)
def test_percentages_worden_half_naar_boven_afgerond(teller, noemer, decimalen, verwacht):
    assert Aandeel(teller, noemer, "x").percentage(decimalen) == Decimal(verwacht)
    assert str(Aandeel(teller, noemer, "x").percentage(decimalen)) == verwacht


def test_het_aandeel_is_exact_en_noemt_zijn_noemer():
    afgerond = Aandeel(112, 178, "interventions carried out in the school year")
    assert afgerond.fraction == Fraction(56, 89)
    assert afgerond.procent == Decimal("62.9")
    assert str(afgerond) == "112 of 178 interventions carried out in the school year (62.9%)"


def test_niets_van_niets_heeft_geen_percentage():
    leeg = Aandeel(0, 0, "respondents")
    assert leeg.fraction is None
    assert leeg.procent is None
    assert leeg.percentage(0) is None
    assert str(leeg) == "0 of 0 respondents (n/a)"


@pytest.mark.parametrize(
    ("teller", "noemer", "omschrijving", "veld"),
    [
        (3, 2, "x", "Aandeel.teller"),
        (-1, 2, "x", "Aandeel.teller"),
        (1, -2, "x", "Aandeel.noemer"),
        (True, 2, "x", "Aandeel.teller"),
        (1.0, 2, "x", "Aandeel.teller"),
        (1, "2", "x", "Aandeel.noemer"),
        (1, 2, " ", "Aandeel.noemer_omschrijving"),
        (1, 2, None, "Aandeel.noemer_omschrijving"),
    ],
)
def test_een_onmogelijk_aandeel_wordt_geweigerd(teller, noemer, omschrijving, veld):
    with pytest.raises(InvalidValueError) as info:
        Aandeel(teller, noemer, omschrijving)
    assert info.value.field == veld


def test_een_teller_boven_de_noemer_noemt_de_regel():
    with pytest.raises(InvalidValueError) as info:
        Aandeel(88, 87, "respondents")
    assert info.value.regel == "R-RAP"


@pytest.mark.parametrize("decimalen", [-1, 11, True, 1.5, "1"])
def test_decimalen_worden_gecontroleerd(decimalen):
    with pytest.raises(InvalidValueError) as info:
        Aandeel(1, 3, "x").percentage(decimalen)
    assert info.value.field == "decimalen"


def test_aandelen_van_dezelfde_soort_tellen_op():
    assert Aandeel(1, 3, "x") + Aandeel(2, 5, "x") == Aandeel(3, 8, "x")


@pytest.mark.parametrize("ander", [Aandeel(1, 3, "y"), 1, "x"])
def test_aandelen_van_een_andere_soort_tellen_niet_op(ander):
    with pytest.raises(InvalidValueError):
        Aandeel(1, 3, "x") + ander


def test_een_aandeel_gaat_heen_en_terug_als_dict():
    a = Aandeel(63, 87, "respondents who answered on knowledge")
    assert to_dict(a) == {
        "teller": 63,
        "noemer": 87,
        "noemer_omschrijving": "respondents who answered on knowledge",
        "schema_version": 1,
    }
    assert from_dict(Aandeel, to_dict(a)) == a


# --- properties ---------------------------------------------------------------------------------


@given(gst.aandelen(), st.integers(0, 10))
def test_het_percentage_is_het_decimaal_afgeronde_exacte_aandeel(aandeel, decimalen):
    procent = aandeel.percentage(decimalen)
    if aandeel.noemer == 0:
        assert procent is None
        return
    # An independent oracle: decimal division at 60 digits, then ROUND_HALF_UP.
    with localcontext() as ctx:
        ctx.prec = 60
        verwacht = (Decimal(100 * aandeel.teller) / Decimal(aandeel.noemer)).quantize(
            Decimal(1).scaleb(-decimalen), rounding=ROUND_HALF_UP
        )
    assert procent == verwacht
    assert abs(Fraction(procent) - 100 * aandeel.fraction) <= Fraction(1, 2 * 10**decimalen)


@given(gst.aandelen("respondents"), gst.aandelen("respondents"))
def test_optellen_telt_tellers_en_noemers_op(a, b):
    som = a + b
    assert (som.teller, som.noemer) == (a.teller + b.teller, a.noemer + b.noemer)
    assert som == b + a
