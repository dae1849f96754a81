"""Vrijstellingen as values with their article (R-LPW-7), and who decides on leave."""

import datetime as dt

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.leerplicht.vrijstelling import (
    Beslisser,
    Vrijstelling,
    Vrijstellingsgrond,
    Vrijstellingssoort,
    beslisser_verlof,
)

G = Vrijstellingsgrond
S = Vrijstellingssoort
D = pendulum.date


@pytest.mark.parametrize(
    ("grond", "artikel", "soort", "leerplicht", "kwalificatieplicht"),
    [
        (G.LICHAMELIJK_OF_PSYCHISCH, "5 onder a", S.INSCHRIJVING, True, True),
        (G.RICHTINGBEZWAAR, "5 onder b", S.INSCHRIJVING, True, True),
        (G.SCHOOL_BUITENLAND, "5 onder c", S.INSCHRIJVING, True, True),
        (G.TREKKEND_BESTAAN, "5a", S.INSCHRIJVING, True, False),  # art. 5a: a school only
        (G.ANDER_ONDERWIJS, "15", S.INSCHRIJVING, False, True),  # art. 15: the art. 4a duties
        (G.SCHOOL_GESLOTEN, "11 onder a", S.SCHOOLBEZOEK, True, True),
        (G.BEZOEK_VERBODEN, "11 onder b", S.SCHOOLBEZOEK, True, True),
        (G.TUCHTMAATREGEL, "11 onder c", S.SCHOOLBEZOEK, True, True),
        (G.ZIEKTE, "11 onder d", S.SCHOOLBEZOEK, True, True),
        (G.GODSDIENST, "11 onder e", S.SCHOOLBEZOEK, True, True),
        (G.VAKANTIE_BEROEP, "11 onder f en 13a", S.SCHOOLBEZOEK, True, True),
        (G.GEWICHTIGE_OMSTANDIGHEDEN, "11 onder g en 14", S.SCHOOLBEZOEK, True, True),
        (G.JONGER_DAN_ZES, "11a", S.SCHOOLBEZOEK, True, False),
        (G.VERVANGENDE_LEERPLICHT, "3a", S.VERVANGENDE_LEERPLICHT, True, False),
        (G.VERVANGENDE_LEERPLICHT_LAATSTE_JAAR, "3b", S.VERVANGENDE_LEERPLICHT, True, False),
        (G.PRAKTIJKONDERWIJS_OF_VSO, "4a lid 2", S.UITZONDERING, False, True),
    ],
)
def test_r_lpw_7_elke_grond_noemt_zijn_artikel(
    grond, artikel, soort, leerplicht, kwalificatieplicht
):
    assert grond.artikel == f"BWBR0002628 art. {artikel}"
    assert grond.soort is soort
    assert grond.voor_leerplicht is leerplicht
    assert grond.voor_kwalificatieplicht is kwalificatieplicht


IN_GEBRUIK = [g for g in G if g is not G.PRAKTIJKONDERWIJS_OF_VSO]  # deprecated: warns


@given(
    st.sampled_from(IN_GEBRUIK),
    st.dates(dt.date(1900, 1, 1), dt.date(2999, 12, 31)),
    st.none() | st.integers(0, 400),
)
def test_r_lpw_7_een_vrijstelling_geldt_van_begin_tot_en_met_einde(grond, begin, duur):
    einde = None if duur is None else begin + dt.timedelta(days=duur)
    vr = Vrijstelling(grond, begin, einde)
    assert vr.artikel == grond.artikel
    assert vr.soort is grond.soort
    assert vr.geldt_op(begin)
    assert not vr.geldt_op(begin - dt.timedelta(days=1))
    assert vr.geldt_op(begin + dt.timedelta(days=10_000 if duur is None else duur))
    if einde is not None:
        assert not vr.geldt_op(einde + dt.timedelta(days=1))


def test_een_vrijstelling_eindigt_niet_voor_ze_begint():
    with pytest.raises(InvalidValueError) as info:
        Vrijstelling(G.ZIEKTE, D(2016, 1, 5), D(2016, 1, 4))
    assert info.value.field == "Vrijstelling.einde"
    assert info.value.regel == "R-LPW-7"
    with pytest.raises(InvalidValueError) as info:
        Vrijstelling("ziekte", D(2016, 1, 5))
    assert info.value.field == "Vrijstelling.grond"


@pytest.mark.parametrize(
    ("grond", "dagen", "verwacht"),
    [
        (G.GEWICHTIGE_OMSTANDIGHEDEN, 1, Beslisser.HOOFD),
        (G.GEWICHTIGE_OMSTANDIGHEDEN, 10, Beslisser.HOOFD),  # art. 14 lid 3: up to ten days
        (G.GEWICHTIGE_OMSTANDIGHEDEN, 11, Beslisser.LEERPLICHTAMBTENAAR),
        (G.VAKANTIE_BEROEP, 10, Beslisser.HOOFD),  # art. 13a lid 2
    ],
)
def test_r_lpw_7_het_hoofd_beslist_tot_tien_dagen(grond, dagen, verwacht):
    assert beslisser_verlof(grond, dagen) is verwacht


@pytest.mark.parametrize(
    ("grond", "dagen", "veld"),
    [
        (G.VAKANTIE_BEROEP, 11, "schooldagen"),  # art. 13a lid 2: at most ten days
        (G.ZIEKTE, 2, "grond"),  # no leave is asked for illness
        ("vakantie", 2, "grond"),
        (G.GEWICHTIGE_OMSTANDIGHEDEN, 0, "schooldagen"),
        (G.GEWICHTIGE_OMSTANDIGHEDEN, True, "schooldagen"),
        (G.GEWICHTIGE_OMSTANDIGHEDEN, 2.5, "schooldagen"),
    ],
)
def test_verlof_dat_niet_kan_wordt_geweigerd(grond, dagen, veld):
    with pytest.raises(InvalidValueError) as info:
        beslisser_verlof(grond, dagen)
    assert info.value.field == veld


# --- art. 11a: under six, hours a week (issue 23 point 10) ----------------------------------------


@pytest.mark.parametrize(
    ("uren", "verwacht", "verlengd"),
    [
        (None, 5, False),  # art. 11a lid 1: the parents' notice, at most five hours a week
        (1, 1, False),
        (5, 5, False),
        (6, 6, True),  # lid 2: over five only with the head's extension
        (10, 10, True),  # five plus at most five more
    ],
)
def test_art_11a_een_vrijstelling_onder_zes_heeft_uren(uren, verwacht, verlengd):
    vr = Vrijstelling(G.JONGER_DAN_ZES, D(2015, 10, 1), uren_per_week=uren)
    assert vr.uren == verwacht
    assert vr.verlengd is verlengd


@pytest.mark.parametrize(
    ("grond", "uren"),
    [
        (G.JONGER_DAN_ZES, 11),  # art. 11a lid 1 + 2: at most ten
        (G.JONGER_DAN_ZES, 0),
        (G.JONGER_DAN_ZES, True),
        (G.ZIEKTE, 2),  # hours belong to art. 11a only
        (G.TREKKEND_BESTAAN, 5),
    ],
)
def test_art_11a_te_veel_uren_of_uren_bij_een_andere_grond_worden_geweigerd(grond, uren):
    with pytest.raises(InvalidValueError) as info:
        Vrijstelling(grond, D(2015, 10, 1), uren_per_week=uren)
    assert info.value.field == "Vrijstelling.uren_per_week"
    assert info.value.regel == "R-LPW-7"


@given(st.sampled_from([g for g in IN_GEBRUIK if g is not G.JONGER_DAN_ZES]))
def test_andere_gronden_hebben_geen_uren(grond):
    assert Vrijstelling(grond, D(2015, 10, 1)).uren is None
