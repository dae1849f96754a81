"""Signals on a reference date: R-LPW-8, R-LC-3 (b), R-LC-8, R-REG-3."""

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import (
    BetrokkenLeerling,
    Hulpvraag,
    InvalidValueError,
    Kanaal,
    LeerlingSituatie,
    Partij,
    Rol,
    Signaalsoort,
    SparringRol,
    Status,
    SystemischeVraagOpgepakt,
    accepteer,
    beoordeel,
    boek_resultaat,
    ontvang,
    pak_systemische_vraag_op,
    signaleer,
    voer_gesprek,
    voorbeeld,
)
from gedragswerk_core import strategies as gst

# The example: L-2015-017 at home since 2015-06-01; received 2015-09-14, accepted 2015-09-15.


def soorten(interventie, dag, **kwargs):
    return [s.soort for s in signaleer(interventie, dag, **kwargs)]


@pytest.mark.parametrize(
    ("dag", "verwacht"),
    [
        (pendulum.date(2015, 9, 1), False),  # exactly three months: not yet longer
        (pendulum.date(2015, 9, 2), True),  # one day longer than three months
    ],
)
def test_r_lpw_8_langer_dan_drie_maanden_thuis(dag, verwacht):
    i = voorbeeld.interventie_na_intake()
    signalen = [s for s in signaleer(i, dag) if s.soort is Signaalsoort.THUISZITTER_LANGER_DAN_NORM]
    assert bool(signalen) == verwacht
    if verwacht:
        assert str(signalen[0].leerling) == "L-2015-017"
        assert signalen[0].regel == "R-LPW-8"


def test_r_lpw_8_de_norm_is_een_parameter():
    i = voorbeeld.interventie_na_intake()
    dag = pendulum.date(2015, 8, 15)
    assert Signaalsoort.THUISZITTER_LANGER_DAN_NORM not in soorten(i, dag)
    assert Signaalsoort.THUISZITTER_LANGER_DAN_NORM in soorten(i, dag, thuiszit_maanden=2)


def test_r_lpw_8_geen_signaal_meer_na_passend_onderwijs():
    i = boek_resultaat(
        voorbeeld.interventie_na_intake(), voorbeeld.moment(2015, 10, 1), "L-2015-017"
    )
    assert Signaalsoort.THUISZITTER_LANGER_DAN_NORM not in soorten(i, pendulum.date(2015, 12, 1))


@pytest.mark.parametrize(
    ("dag", "weken", "verwacht"),
    [
        (pendulum.date(2015, 10, 26), 6, False),  # 14 Sep + 6 weeks = 26 Oct
        (pendulum.date(2015, 10, 27), 6, True),
        (pendulum.date(2015, 9, 22), 1, True),
        (pendulum.date(2015, 9, 21), 1, False),
    ],
)
def test_r_lc_3b_te_lang_geen_gesprek(dag, weken, verwacht):
    i = voorbeeld.interventie_na_intake()
    assert (Signaalsoort.GEEN_GESPREK in soorten(i, dag, stilte_weken=weken)) == verwacht


def test_r_lc_3b_een_gesprek_zet_de_klok_terug():
    i = voorbeeld.interventie_na_intake()
    i = voer_gesprek(
        i, voorbeeld.moment(2015, 10, 20), (voorbeeld.partijen()["swv"],), SparringRol.REGISSEUR
    )
    assert Signaalsoort.GEEN_GESPREK not in soorten(i, pendulum.date(2015, 11, 1))
    signaal = next(s for s in signaleer(i, pendulum.date(2015, 12, 2)) if s.regel == "R-LC-3")
    assert "2015-10-20" in signaal.uitleg


def test_r_lc_8_langer_dan_een_jaar_open():
    i = voorbeeld.interventie_na_intake()
    assert Signaalsoort.LANGER_DAN_SCHOOLJAAR not in soorten(i, pendulum.date(2016, 9, 14))
    assert Signaalsoort.LANGER_DAN_SCHOOLJAAR in soorten(i, pendulum.date(2016, 9, 15))


def systeemsignalen(interventie, dag):
    return [s for s in signaleer(interventie, dag) if s.soort is Signaalsoort.SYSTEEM_VOOR_INDIVIDU]


DRIE = Hulpvraag(
    vrager=Partij("SWV Rivierenland", Rol.SWV_COORDINATOR),
    leerlingen=tuple(
        BetrokkenLeerling(ref, LeerlingSituatie.THUISZITTER) for ref in ("L-1", "L-2", "L-3")
    ),
    regio="Rivierenland",
    kanaal=Kanaal.ACTIETAFEL,
    consulenten_betrokken=False,
    systemisch_aspect=True,
)


def test_systeemvraag_met_een_van_drie_leerlingen_geplaatst_wordt_gesignaleerd():
    # seed 002 §3.1.1, "Pas als dat gelukt was": system measures once passend onderwijs is
    # realised for *these* children; one placed pupil of three does not clear the other two
    i = accepteer(ontvang(DRIE, voorbeeld.moment(2015, 9, 1)), voorbeeld.moment(2015, 9, 2))
    i = boek_resultaat(i, voorbeeld.moment(2015, 9, 10), "L-2")
    i = pak_systemische_vraag_op(i, voorbeeld.moment(2015, 9, 11), "wachtlijsten so")
    signalen = systeemsignalen(i, pendulum.date(2015, 9, 12))
    assert len(signalen) == 2
    assert {str(s.leerling) for s in signalen} == {"L-1", "L-3"}
    assert all(s.regel == "R-REG-3" for s in signalen)
    assert "2 of 3 pupils" in signalen[0].uitleg


def test_systeemvraag_nadat_alle_leerlingen_geplaatst_zijn_geeft_geen_signaal():
    # seed 002 §3.1.1: once it succeeded for every named pupil, the system gets its turn
    i = pak_systemische_vraag_op(
        voorbeeld.interventie_na_intake(), voorbeeld.moment(2015, 9, 20), "Wat is wiens rol?"
    )
    assert len(systeemsignalen(i, pendulum.date(2015, 9, 21))) == 2
    i = boek_resultaat(i, voorbeeld.moment(2015, 9, 22), "L-2015-018")
    assert [str(s.leerling) for s in systeemsignalen(i, pendulum.date(2015, 9, 23))] == [
        "L-2015-017"
    ]
    i = boek_resultaat(i, voorbeeld.moment(2015, 9, 24), "L-2015-017")
    assert systeemsignalen(i, pendulum.date(2015, 9, 25)) == []


def test_een_systeemvraag_wordt_aanvaard_ook_zonder_geplaatste_leerling():
    # seed 002 §3.1.1: systemic questions come up in every intervention (R-LC-11): a signal,
    # never a refusal
    i = voorbeeld.interventie_na_intake()
    assert beoordeel(i, SystemischeVraagOpgepakt(voorbeeld.moment(2015, 9, 20), "x")).toegestaan


@given(gst.interventies(), gst.momenten())
def test_r_reg_3_een_signaal_per_leerling_zonder_passend_onderwijs(interventie, peil):
    # seed 002 §3.1.1: per pupil, independently of the other pupils of the hulpvraag
    t = interventie.toestand
    verwacht = set()
    if t.status.is_open and t.systemische_vragen:
        verwacht = {b.ref for b in t.hulpvraag.leerlingen} - set(t.gerealiseerd)
    signalen = [s for s in signaleer(interventie, peil) if s.regel == "R-REG-3"]
    assert len(signalen) == len(verwacht)
    assert {s.leerling for s in signalen} == verwacht


def test_een_peildatum_mag_een_moment_zijn_en_telt_in_amsterdam():
    i = voorbeeld.interventie_na_intake()
    # 2015-10-26T23:30Z is 27 Oct in Amsterdam: one day past six weeks.
    assert Signaalsoort.GEEN_GESPREK in soorten(
        i, pendulum.datetime(2015, 10, 26, 23, 30, tz="UTC")
    )


@given(gst.interventies(), gst.momenten())
def test_gesloten_interventies_geven_geen_signalen(interventie, peil):
    signalen = signaleer(interventie, peil)
    if not interventie.status.is_open:
        assert signalen == ()
    for s in signalen:
        assert s.regel in {"R-LPW-8", "R-LC-3", "R-LC-8", "R-REG-3"}
        assert str(s).startswith(s.regel)
    if interventie.status is not Status.LOPEND:
        assert all(s.soort is not Signaalsoort.GEEN_GESPREK for s in signalen)


@given(st.sampled_from(["x", 0, -1, True, 1.5]))
def test_parameters_worden_gecontroleerd(waarde):
    i = voorbeeld.interventie_na_intake()
    with pytest.raises(InvalidValueError):
        signaleer(i, pendulum.date(2016, 1, 1), stilte_weken=waarde)
    with pytest.raises(InvalidValueError):
        signaleer(i, pendulum.date(2016, 1, 1), thuiszit_maanden=waarde)


def test_verkeerde_invoer():
    with pytest.raises(InvalidValueError):
        signaleer("interventie", pendulum.date(2016, 1, 1))
    with pytest.raises(InvalidValueError):
        signaleer(voorbeeld.interventie_na_intake(), "2016-01-01")


@pytest.mark.parametrize("waarde", [1201, 10**6])
def test_parameters_hebben_een_bovengrens_en_lopen_niet_over(waarde):
    i = voorbeeld.interventie_na_intake()
    with pytest.raises(InvalidValueError, match="1 to 1200"):
        signaleer(i, pendulum.date(2016, 1, 1), stilte_weken=waarde)
    assert signaleer(i, pendulum.date(2016, 1, 1), thuiszit_maanden=1200) == (
        signaleer(i, pendulum.date(2016, 1, 1), thuiszit_maanden=1200)
    )
