"""The hulpvraag (R-LC-1) and the intake: accept (R-LC-2) or refer (R-LC-7)."""

import attrs
import pendulum
import pytest
from hypothesis import given

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
    h = vraag(consulenten=True, systemisch=True)
    assert beoordeel_intake(h).toegestaan
    assert beoordeel_intake(h).regels == ("R-LC-7",)
    assert not beoordeel_doorverwijzing(h).toegestaan
    assert "R-LC-6" in beoordeel_doorverwijzing(h).bezwaren[0].uitleg


@given(gst.hulpvragen())
def test_intake_en_doorverwijzing_zijn_elkaars_spiegelbeeld(h):
    accepteren = beoordeel_intake(h).toegestaan
    assert accepteren == (h.consulenten_betrokken and h.systemisch_aspect)
    assert beoordeel_doorverwijzing(h).toegestaan == (not accepteren)


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
