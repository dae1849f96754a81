"""Progress on a reference date: per phase (R-WA-2), overdue rows (R-WA-1), PDCA steps (R-WA-3)."""

import pendulum
import pytest
from hypothesis import given

from gedragswerk_core import InvalidValueError
from gedragswerk_core import strategies as gst
from gedragswerk_core.leerplicht.schoolkalender import Periode
from gedragswerk_core.werkagenda.activiteit import (
    Activiteit,
    Fase,
    PdcaStap,
    Uitvoeringsstatus,
)
from gedragswerk_core.werkagenda.voortgang import (
    Evaluatiemoment,
    FaseVoortgang,
    Stand,
    Voortgang,
    voortgang,
)
from gedragswerk_core.werkagenda.werkagenda import Werkagenda

# The agendas and reference dates of the property below: 2016 and 2017.
AGENDAS = gst.lopende_werkagendas(pendulum.date(2016, 1, 1), pendulum.date(2017, 12, 31))
PEILDATA = gst.datums(pendulum.date(2016, 1, 1), pendulum.date(2017, 12, 31))

D = pendulum.date
PEIL = D(2016, 12, 1)


def rij(code, fase, begin, einde, status=Uitvoeringsstatus.GEPLAND, **kwargs):
    bewijs = "verslag" if status is Uitvoeringsstatus.GEREALISEERD else None
    return Activiteit(
        code, fase=fase, wanneer=Periode(begin, einde), status=status, bewijs=bewijs, **kwargs
    )


@pytest.mark.parametrize(
    ("einde", "status", "te_laat"),
    [
        (D(2016, 11, 30), Uitvoeringsstatus.GEPLAND, True),  # ended the day before
        (D(2016, 11, 30), Uitvoeringsstatus.IN_UITVOERING, True),
        (D(2016, 12, 1), Uitvoeringsstatus.GEPLAND, False),  # ends on the reference date
        (D(2016, 11, 30), Uitvoeringsstatus.GEREALISEERD, False),
        (D(2016, 11, 30), Uitvoeringsstatus.VERVALLEN, False),
    ],
)
def test_te_laat_is_open_en_voorbij_het_einde(einde, status, te_laat):
    agenda = Werkagenda("Tiel", (rij("A", Fase.BETREKKEN, D(2016, 10, 1), einde, status),))
    stand = voortgang(agenda, PEIL)
    assert (stand.te_laat == ("A",)) is te_laat
    assert (stand.fasen[1].te_laat == ("A",)) is te_laat


def test_zonder_datum_is_niets_te_laat():
    stand = voortgang(Werkagenda("Tiel", (Activiteit("A", fase=1),)), PEIL)
    assert stand.te_laat == ()


def test_per_fase_de_aantallen_per_status():
    agenda = Werkagenda(
        "Tiel",
        (
            rij("V-1", 1, D(2016, 9, 1), D(2016, 9, 30), Uitvoeringsstatus.GEREALISEERD),
            rij("V-2", 1, D(2016, 9, 1), D(2016, 9, 30), Uitvoeringsstatus.IN_UITVOERING),
            rij("V-3", 1, D(2016, 9, 1), D(2016, 9, 30), Uitvoeringsstatus.VERVALLEN),
            rij("V-4", 1, D(2017, 1, 1), D(2017, 1, 31)),
            rij("B-1", 2, D(2016, 10, 1), D(2016, 10, 31)),
            Activiteit("LOS"),
        ),
    )
    stand = voortgang(agenda, PEIL)
    assert [f.fase for f in stand.fasen] == list(Fase)
    verkennen = stand.fasen[0]
    assert (
        verkennen.gepland,
        verkennen.in_uitvoering,
        verkennen.gerealiseerd,
        verkennen.vervallen,
    ) == (1, 1, 1, 1)
    assert verkennen.totaal == 4
    assert verkennen.aandeel_gerealiseerd == pytest.approx(1 / 3)  # the dropped one not counted
    assert verkennen.te_laat == ("V-2",)
    assert stand.te_laat == ("V-2", "B-1")
    assert stand.fasen[2].aandeel_gerealiseerd is None  # nothing planned in Ontwikkelen
    assert str(verkennen) == "1. Verkennen: 1/3 gerealiseerd, 1 in uitvoering, te laat: V-2"
    assert str(stand.fasen[2]) == "3. Ontwikkelen: 0/0 gerealiseerd"


@pytest.mark.parametrize(
    ("wanneer", "stand"),
    [
        (Periode(D(2016, 11, 1), D(2016, 11, 30)), Stand.VOORBIJ),
        (Periode(D(2016, 11, 1), D(2016, 12, 1)), Stand.NU),
        (Periode(D(2016, 12, 1), D(2016, 12, 1)), Stand.NU),
        (Periode(D(2016, 12, 2), D(2016, 12, 2)), Stand.KOMEND),
        (None, Stand.ONGEPLAND),
    ],
)
def test_r_wa_3_de_stand_van_een_evaluatiemoment(wanneer, stand):
    agenda = Werkagenda("Tiel", (Activiteit("E", fase=5, pdca=PdcaStap.CHECK, wanneer=wanneer),))
    (moment,) = voortgang(agenda, PEIL).evaluatiemomenten
    assert (moment.activiteit, moment.stap, moment.stand) == ("E", PdcaStap.CHECK, stand)
    assert moment.is_te_laat is (stand is Stand.VOORBIJ)


def test_r_wa_3_evaluatiemomenten_op_datum_en_het_volgende():
    agenda = Werkagenda(
        "Tiel",
        (
            Activiteit("E-ACT", fase=5, pdca=PdcaStap.ACT, wanneer=D(2017, 6, 19)),
            Activiteit("E-LOS", fase=5, pdca=PdcaStap.DO),
            Activiteit(
                "E-PLAN",
                fase=5,
                pdca=PdcaStap.PLAN,
                wanneer=D(2016, 9, 1),
                status=Uitvoeringsstatus.GEREALISEERD,
                bewijs="plan",
            ),
            Activiteit("E-CHECK", fase=5, pdca=PdcaStap.CHECK, wanneer=D(2017, 1, 16)),
            Activiteit(
                "E-WEG",
                fase=5,
                pdca=PdcaStap.CHECK,
                wanneer=D(2016, 12, 15),
                status=Uitvoeringsstatus.VERVALLEN,
            ),
            Activiteit("GEEN-PDCA", fase=5, wanneer=D(2016, 12, 5)),
            Activiteit("ELDERS", fase=4, pdca=PdcaStap.CHECK, wanneer=D(2016, 12, 5)),
        ),
    )
    stand = voortgang(agenda, PEIL)
    assert [m.activiteit for m in stand.evaluatiemomenten] == [
        "E-PLAN",
        "E-CHECK",
        "E-ACT",
        "E-LOS",
    ]
    assert stand.volgend_evaluatiemoment.activiteit == "E-CHECK"
    assert str(stand.volgend_evaluatiemoment) == "CHECK E-CHECK 2017-01-16 (komend, gepland)"
    assert str(stand.evaluatiemomenten[-1]) == "DO E-LOS (ongepland, gepland)"


def test_zonder_komend_moment_is_er_geen_volgend():
    agenda = Werkagenda(
        "Tiel", (Activiteit("E", fase=5, pdca=PdcaStap.ACT, wanneer=D(2016, 1, 1)),)
    )
    stand = voortgang(agenda, PEIL)
    assert stand.volgend_evaluatiemoment is None
    assert stand.evaluatiemomenten[0].is_te_laat


def test_de_peildatum_van_een_moment_is_de_dag_in_amsterdam():
    agenda = Werkagenda("Tiel", (rij("A", 1, D(2016, 11, 1), D(2016, 11, 30)),))
    laat = pendulum.datetime(2016, 11, 30, 23, 30, tz="UTC")  # 00:30 on 1 December in Amsterdam
    assert voortgang(agenda, laat).te_laat == ("A",)
    vroeg = pendulum.datetime(2016, 11, 30, 22, 30, tz="UTC")  # 23:30 on 30 November
    assert voortgang(agenda, vroeg).te_laat == ()


def test_de_voortgang_als_tekst():
    agenda = Werkagenda(
        "Tiel",
        (
            rij("A", 1, D(2016, 11, 1), D(2016, 11, 30)),
            Activiteit("E", fase=5, pdca=PdcaStap.CHECK, wanneer=D(2017, 1, 16)),
        ),
    )
    regels = str(voortgang(agenda, PEIL)).splitlines()
    assert regels[0] == "voortgang op 2016-12-01"
    assert regels[1] == "  1. Verkennen: 0/1 gerealiseerd, te laat: A"
    assert regels[6] == "  te laat: A"
    assert regels[7] == "  evaluatiemoment CHECK E 2017-01-16 (komend, gepland)"
    assert "te laat: niets" in str(voortgang(Werkagenda("Tiel"), PEIL))


@pytest.mark.parametrize(
    ("agenda", "peildatum", "veld"),
    [
        ("agenda", PEIL, "werkagenda"),
        (Werkagenda("Tiel"), "2016-12-01", "peildatum"),
        (Werkagenda("Tiel"), pendulum.naive(2016, 12, 1), "peildatum"),
    ],
)
def test_voortgang_wil_een_agenda_en_een_peildatum(agenda, peildatum, veld):
    with pytest.raises(InvalidValueError) as info:
        voortgang(agenda, peildatum)
    assert info.value.field == veld


def test_de_voortgangswaarden_zijn_gecontroleerd():
    with pytest.raises(InvalidValueError):
        FaseVoortgang(Fase.VERKENNEN, 1, 0, 0, True, ())
    with pytest.raises(InvalidValueError) as info:
        FaseVoortgang(Fase.VERKENNEN, 1, 0, 0, 0, (1,))
    assert info.value.field == "FaseVoortgang.te_laat[0]"
    with pytest.raises(InvalidValueError):
        Evaluatiemoment("E", "check", None, Uitvoeringsstatus.GEPLAND, Stand.KOMEND)
    with pytest.raises(InvalidValueError):
        Voortgang(PEIL, (), (), ("moment",))


@given(AGENDAS, PEILDATA)
def test_elke_activiteit_met_fase_telt_een_keer_mee(agenda, peildatum):
    stand = voortgang(agenda, peildatum)
    assert sum(f.totaal for f in stand.fasen) == sum(
        a.fase is not None for a in agenda.activiteiten
    )
    per_fase = [c for f in stand.fasen for c in f.te_laat]
    assert set(per_fase) <= set(stand.te_laat)
    for code in stand.te_laat:
        a = agenda.activiteit(code)
        assert a.status.is_open
        assert a.wanneer.einde < peildatum
    for m in stand.evaluatiemomenten:
        assert agenda.activiteit(m.activiteit).fase is Fase.ACTIVEREN
    volgend = stand.volgend_evaluatiemoment
    assert volgend is None or volgend.stand in {Stand.NU, Stand.KOMEND}


@pytest.mark.parametrize("aantal", [-1, True, 1.0, "1"])
def test_een_fasevoortgang_telt_in_hele_getallen_vanaf_nul(aantal):
    from gedragswerk_core import Fase, FaseVoortgang, InvalidValueError  # noqa: PLC0415

    with pytest.raises(InvalidValueError, match="at least 0"):
        FaseVoortgang(Fase.VERKENNEN, aantal, 0, 0, 0, ())
