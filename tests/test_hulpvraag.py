"""The hulpvraag (R-LC-1) and the intake: accept (R-LC-2) or refer (R-LC-7)."""

import attrs
import pendulum
import pytest
from hypothesis import assume, given

from gedragswerk_core import (
    BetrokkenLeerling,
    Hulpvraag,
    InvalidValueError,
    Kanaal,
    LeerlingSituatie,
    Partij,
    Rol,
    beoordeel_doorverwijzing,
    beoordeel_intake,
    voorbeeld,
)
from gedragswerk_core import strategies as gst

OUDERS = Partij("ouders L-9", Rol.OUDER)
SWV = Partij("SWV Rivierenland", Rol.SWV_COORDINATOR)
JEUGDZORG = Partij("Jeugdzorg Tiel", Rol.ZORG)


def vraag(*, consulenten, systemisch, **kwargs):
    defaults = {
        "vrager": OUDERS,
        "leerlingen": (BetrokkenLeerling("L-9", LeerlingSituatie.THUISZITTER),),
        "regio": "Tiel",
        "kanaal": Kanaal.TELEFOON,
        "consulenten_betrokken": consulenten,
        "systemisch_aspect": systemisch,
    }
    return Hulpvraag(**{**defaults, **kwargs})


def test_r_lc_7_arm_1_consulenten_nog_niet_ingeschakeld_dan_doorverwijzen():
    # seed 002 §3.1.1: always referred when at first contact the consulenten were not yet engaged
    h = vraag(consulenten=False, systemisch=True)
    assert not beoordeel_intake(h).toegestaan
    assert beoordeel_intake(h).bezwaren[0].regel == "R-LC-7"
    assert "not yet engaged" in beoordeel_intake(h).bezwaren[0].uitleg
    assert beoordeel_doorverwijzing(h).toegestaan


def test_r_lc_7_arm_2_geen_systemisch_aspect_dan_doorverwijzen():
    # seed 002 §3.1.1: … or when the question clearly has no systemic aspect
    h = vraag(consulenten=True, systemisch=False)
    assert not beoordeel_intake(h).toegestaan
    assert "no systemic aspect" in beoordeel_intake(h).bezwaren[0].uitleg
    assert beoordeel_doorverwijzing(h).toegestaan


def test_r_lc_2_met_consulenten_en_systemisch_aspect_heeft_gedragswerk_een_rol():
    # seed 002 §3.1.1: no referral required; Gedragswerk may still refer, to another agency
    h = vraag(consulenten=True, systemisch=True)
    assert beoordeel_intake(h).toegestaan
    assert beoordeel_intake(h).regels == ("R-LC-7",)
    vrij = beoordeel_doorverwijzing(h, naar=JEUGDZORG)
    assert vrij.toegestaan
    assert vrij.regels == ("R-LC-7", "R-LC-2")


def test_actietafelvraag_zonder_consulenten_wordt_aanvaard():
    # seed 002 §3.1.1: the referral is decided "tijdens het eerste contact"; a case an SWV
    # coordinator brings in at an actietafel is no first contact and is taken on its merits
    h = vraag(consulenten=False, systemisch=True, vrager=SWV, kanaal=Kanaal.ACTIETAFEL)
    besluit = beoordeel_intake(h)
    assert besluit.toegestaan
    assert besluit.regels == ("R-LC-7",)
    assert "not a first-contact call" in besluit.redenen[0].uitleg


def test_vraag_van_het_interventieteam_zonder_consulenten_en_systeemaspect_wordt_aanvaard():
    # seed 002 §3.1.1 (first contact only) and §3.1.2.7 (the interventieteam brings cases in)
    h = vraag(consulenten=False, systemisch=False, kanaal=Kanaal.INTERVENTIETEAM)
    assert beoordeel_intake(h).toegestaan


def test_gedragswerk_werkt_naast_ingeschakelde_consulenten():
    # seed 002 §2 (the paragraph on the onderwijsconsulenten): "toenemend met hen samengewerkt"
    for kanaal in (Kanaal.TELEFOON, Kanaal.ACTIETAFEL):
        h = vraag(consulenten=True, systemisch=True, kanaal=kanaal)
        besluit = beoordeel_intake(h)
        assert besluit.toegestaan
        assert "alongside the engaged consulenten" in besluit.redenen[0].uitleg


def test_telefonische_vraag_zonder_consulenten_wordt_naar_de_consulenten_verwezen():
    # seed 002 §3.1.1: always sent on to the consulenten when at first contact not yet engaged
    h = vraag(consulenten=False, systemisch=True)
    besluit = beoordeel_doorverwijzing(h)
    assert besluit.toegestaan
    assert "referral required" in besluit.redenen[1].uitleg


def test_verplichte_doorverwijzing_naar_een_andere_instantie_dan_de_consulenten_wordt_geweigerd():
    # seed 002 §3.1.1: when an arm applies the caller is sent to the consulenten ("altijd")
    h = vraag(consulenten=False, systemisch=True)
    besluit = beoordeel_doorverwijzing(h, naar=JEUGDZORG)
    assert not besluit.toegestaan
    assert [r.regel for r in besluit.bezwaren] == ["R-LC-7"]
    assert "to the onderwijszorgconsulenten" in besluit.bezwaren[0].uitleg


def test_vrije_doorverwijzing_naar_een_andere_instantie_bij_eerste_contact_wordt_aanvaard():
    # seed 002 §3.1.1: questions were taken up or "doorverwezen naar andere instanties"
    h = vraag(consulenten=True, systemisch=True, kanaal=Kanaal.EMAIL)
    assert beoordeel_doorverwijzing(h, naar=JEUGDZORG).toegestaan


def test_doorverwijzen_naar_gedragswerk_zelf_wordt_geweigerd_met_r_lc_4():
    # seed 002 §2: Gedragswerk never takes over the region's responsibility
    h = vraag(consulenten=True, systemisch=True)
    besluit = beoordeel_doorverwijzing(h, naar=Partij("Gedragswerk", Rol.SPARRING_PARTNER))
    assert [r.regel for r in besluit.bezwaren] == ["R-LC-4"]


def test_een_tafelvraag_doorverwijzen_wordt_geweigerd_en_wijst_op_overdracht():
    # seed 002 §3.1.1: a referral is a first-contact decision; later, R-LC-6 hands over
    h = vraag(consulenten=False, systemisch=False, kanaal=Kanaal.ACTIETAFEL)
    besluit = beoordeel_doorverwijzing(h)
    assert not besluit.toegestaan
    assert besluit.bezwaren[0].regel == "R-LC-7"
    assert "draag_over" in besluit.bezwaren[0].uitleg


@given(gst.hulpvragen(), gst.regionale_partijen())
def test_bij_eerste_contact_zijn_intake_en_verplichte_doorverwijzing_elkaars_spiegelbeeld(
    h, andere
):
    # seed 002 §3.1.1: at first contact an arm of R-LC-7 makes the referral to the consulenten
    # required (and the intake impossible); without one the intake is open
    assume(h.kanaal.is_eerste_contact and andere.rol is not Rol.ONDERWIJSCONSULENT)
    intake = beoordeel_intake(h)
    accepteren = intake.toegestaan
    assert accepteren == (h.consulenten_betrokken and h.systemisch_aspect is True)
    assert beoordeel_doorverwijzing(h).toegestaan
    elders = beoordeel_doorverwijzing(h, naar=andere)
    assert elders.toegestaan == accepteren
    # R-VKL-1: with the consulenten engaged and the systemic aspect not established, both wait
    # for the same statement
    wacht = h.consulenten_betrokken and h.systemisch_aspect is None
    assert intake.onbeslist == elders.onbeslist == wacht
    assert intake.ontbreekt == elders.ontbreekt == (("R-LC-7.systemisch",) if wacht else ())


@given(gst.hulpvragen())
def test_een_vraag_via_tafel_of_interventieteam_wordt_nooit_om_r_lc_7_geweigerd(h):
    # seed 002 §3.1.1: R-LC-7 is a decision at first contact, not a gate on every hulpvraag
    assume(not h.kanaal.is_eerste_contact)
    assert h.kanaal in (Kanaal.ACTIETAFEL, Kanaal.INTERVENTIETEAM)
    assert beoordeel_intake(h).toegestaan
    assert not beoordeel_doorverwijzing(h).toegestaan


def test_alleen_tafel_en_interventieteam_zijn_geen_eerste_contact():
    assert {k for k in Kanaal if not k.is_eerste_contact} == {
        Kanaal.ACTIETAFEL,
        Kanaal.INTERVENTIETEAM,
    }


def test_een_hulpvraag_gaat_over_minstens_een_leerling():
    with pytest.raises(InvalidValueError) as info:
        vraag(consulenten=True, systemisch=True, leerlingen=())
    assert info.value.field == "Hulpvraag.leerlingen"


def test_een_leerling_staat_maar_een_keer_in_de_hulpvraag():
    dubbel = (
        BetrokkenLeerling("L-9", LeerlingSituatie.THUISZITTER),
        BetrokkenLeerling("L-9", LeerlingSituatie.DREIGENDE_THUISZITTER),
    )
    with pytest.raises(InvalidValueError, match="twice"):
        vraag(consulenten=True, systemisch=True, leerlingen=dubbel)


def test_alleen_een_thuiszitter_heeft_een_thuis_sinds_datum():
    with pytest.raises(InvalidValueError) as info:
        BetrokkenLeerling(
            "L-9", LeerlingSituatie.DREIGENDE_THUISZITTER, thuis_sinds=pendulum.date(2016, 1, 1)
        )
    assert info.value.regel == "R-LC-1"


def test_thuis_sinds_mag_een_gewone_datum_zijn():
    import datetime as dt  # noqa: PLC0415

    b = BetrokkenLeerling("L-9", LeerlingSituatie.THUISZITTER, thuis_sinds=dt.date(2016, 1, 1))
    assert b.thuis_sinds == pendulum.date(2016, 1, 1)
    assert type(b.thuis_sinds) is pendulum.Date


@given(gst.hulpvragen(), gst.namen())
def test_de_omschrijving_is_gevoelig_en_staat_niet_in_repr(h, naam):
    met = attrs.evolve(h, omschrijving=f"Zorgen over {naam}, thuis sinds de zomer")
    zonder = attrs.evolve(h, omschrijving=None)
    assert repr(met) == repr(zonder)
    assert str(met) == str(zonder)
    assert met.omschrijving is not None


def test_voorbeeld_hulpvraag_noemt_zijn_leerlingen():
    h = voorbeeld.hulpvraag()
    assert {str(r) for r in h.refs} == {"L-2015-017", "L-2015-018"}


@pytest.mark.parametrize("functie", [beoordeel_intake, beoordeel_doorverwijzing])
def test_beoordelen_vraagt_een_hulpvraag(functie):
    with pytest.raises(InvalidValueError, match="expected a Hulpvraag"):
        functie({"regio": "Tiel"})


def test_een_doorverwijzing_vraagt_een_partij_als_doel():
    with pytest.raises(InvalidValueError) as info:
        beoordeel_doorverwijzing(vraag(consulenten=False, systemisch=True), naar="Jeugdzorg")
    assert info.value.field == "naar"
