"""A werkagenda row: phases (R-WA-2), themes (R-WA-3), the eight columns (R-WA-1), the activity."""

import datetime as dt

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import InvalidValueError, Partij, Rol
from gedragswerk_core.leerplicht.schoolkalender import Periode
from gedragswerk_core.werkagenda.activiteit import (
    KOLOMMEN,
    Activiteit,
    Fase,
    Kolom,
    PdcaStap,
    Thema,
    Uitvoeringsstatus,
)

SWV = Partij("SWV Rivierenland", Rol.SAMENWERKINGSVERBAND)
GEMEENTE = Partij("Gemeente Tiel", Rol.WETHOUDER)
SEPT = pendulum.date(2016, 9, 1)


def volledig(**kwargs):
    kolommen = {
        "fase": Fase.VERKENNEN,
        "thema": Thema.TELLEN_VOLGEN_EN_KENNEN,
        "omschrijving": "Count the pupils at home",
        "wie": (SWV,),
        "wanneer": Periode(SEPT, pendulum.date(2016, 9, 30)),
        "instrumenten": ("telformulier",),
        "resultaat": "A list",
        "doel": "Know who they are",
    }
    return Activiteit("A-1", **{**kolommen, **kwargs})


# --- R-WA-2: five phases, in order ---------------------------------------------------------------


def test_r_wa_2_vijf_fasen_in_hun_volgorde():
    # seed 003: 1 Verkennen, 2 Betrekken, 3 Ontwikkelen, 4 Arrangeren, 5 Activeren
    assert [f.label for f in Fase] == [
        "1. Verkennen",
        "2. Betrekken",
        "3. Ontwikkelen",
        "4. Arrangeren",
        "5. Activeren",
    ]
    assert [f.nummer for f in Fase] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    ("waarde", "fase"),
    [
        (1, Fase.VERKENNEN),
        (5, Fase.ACTIVEREN),
        ("betrekken", Fase.BETREKKEN),
        (" Ontwikkelen ", Fase.ONTWIKKELEN),
        ("4. Arrangeren", Fase.ARRANGEREN),
        ("4 arrangeren", Fase.ARRANGEREN),
        ("3", Fase.ONTWIKKELEN),
        (Fase.ACTIVEREN, Fase.ACTIVEREN),
    ],
)
def test_r_wa_2_een_fase_bij_nummer_of_naam(waarde, fase):
    assert Fase.van(waarde) is fase
    assert Activiteit("A-1", fase=waarde).fase is fase


@pytest.mark.parametrize("waarde", [0, 6, -1, "zesde", "", True, 1.0, None, "5. Verkennen"])
def test_r_wa_2_een_onbekende_fase_wordt_geweigerd(waarde):
    with pytest.raises(InvalidValueError) as info:
        Fase.van(waarde)
    assert info.value.regel == "R-WA-2"


@pytest.mark.parametrize("waarde", [0, 6, "zesde", True, 2.0])
def test_r_wa_2_een_activiteit_met_een_onbekende_fase_bestaat_niet(waarde):
    with pytest.raises(InvalidValueError) as info:
        Activiteit("A-1", fase=waarde)
    assert info.value.regel == "R-WA-2"
    assert info.value.field == "Activiteit.fase"


# --- R-WA-3: the themes of each phase ------------------------------------------------------------


def test_r_wa_3_de_themas_per_fase():
    # seed 003: Verkennen has two themes, Betrekken one, Ontwikkelen one, Arrangeren four,
    # Activeren one.
    assert [len(f.themas) for f in Fase] == [2, 1, 1, 4, 1]
    assert Fase.BETREKKEN.themas == (Thema.COMMUNICEREN,)
    assert set(Fase.ARRANGEREN.themas) == {
        Thema.OPERATIONELE_AANPAK,
        Thema.SAMENWERKEN_MET_WERKGEVERS,
        Thema.DOORGAANDE_LIJN,
        Thema.KWALITEIT_BEWAKEN,
    }
    assert Thema.UITVOEREN_EN_LEREN.fase is Fase.ACTIVEREN


@given(st.sampled_from(Thema))
def test_r_wa_3_elk_thema_hoort_bij_precies_een_fase(thema):
    assert [f for f in Fase if thema in f.themas] == [thema.fase]
    assert thema.label
    assert thema.label == thema.label.lower()


def test_r_wa_3_een_thema_mag_als_zijn_waarde():
    assert Activiteit("A-1", thema="communiceren").thema is Thema.COMMUNICEREN


@pytest.mark.parametrize("waarde", ["praten", 3])
def test_r_wa_3_een_onbekend_thema_wordt_geweigerd(waarde):
    with pytest.raises(InvalidValueError) as info:
        Activiteit("A-1", thema=waarde)
    assert info.value.regel == "R-WA-3"


# --- R-WA-1: the eight columns -------------------------------------------------------------------


def test_r_wa_1_de_acht_kolommen_van_de_handreiking():
    # seed 003: phase, themes, activities, who, when, instruments, concrete result, goal
    assert [k.value for k in KOLOMMEN] == [
        "fase",
        "thema",
        "activiteit",
        "wie",
        "wanneer",
        "instrumenten",
        "resultaat",
        "doel",
    ]
    assert [k.label for k in KOLOMMEN][-2:] == ["Concreet resultaat", "Doel"]
    assert Kolom.BEWIJS not in KOLOMMEN
    assert Kolom.PREVENTIE.label == "preventie"


def test_r_wa_1_een_concept_mag_kolommen_leeg_laten():
    leeg = Activiteit("A-1")
    assert leeg.ontbrekende_kolommen == KOLOMMEN
    assert volledig().ontbrekende_kolommen == ()


@pytest.mark.parametrize(
    ("veld", "leeg", "kolom"),
    [
        ("fase", None, Kolom.FASE),
        ("thema", None, Kolom.THEMA),
        ("omschrijving", None, Kolom.ACTIVITEIT),
        ("wie", (), Kolom.WIE),
        ("wanneer", None, Kolom.WANNEER),
        ("instrumenten", (), Kolom.INSTRUMENTEN),
        ("resultaat", None, Kolom.RESULTAAT),
        ("doel", None, Kolom.DOEL),
    ],
)
def test_r_wa_1_elke_lege_kolom_wordt_genoemd(veld, leeg, kolom):
    assert volledig(**{veld: leeg}).ontbrekende_kolommen == (kolom,)


# --- when: a date or a period --------------------------------------------------------------------


def test_wanneer_is_een_datum_of_een_periode():
    een_dag = Periode(SEPT, SEPT)
    assert Activiteit("A", wanneer=SEPT).wanneer == een_dag
    assert Activiteit("A", wanneer=dt.date(2016, 9, 1)).wanneer == een_dag
    assert Activiteit("A", wanneer=een_dag).wanneer is een_dag
    paar = Activiteit("A", wanneer=[SEPT, pendulum.date(2016, 10, 1)]).wanneer
    assert paar == Periode(SEPT, pendulum.date(2016, 10, 1))


def test_een_omgekeerd_paar_datums_is_geen_periode():
    with pytest.raises(InvalidValueError) as info:
        Activiteit("A", wanneer=(pendulum.date(2016, 10, 1), SEPT))
    assert info.value.field == "Periode.einde"


@pytest.mark.parametrize("waarde", ["2016-09-01", 20160901, (SEPT,)])
def test_wanneer_is_geen_tekst_of_getal(waarde):
    with pytest.raises(InvalidValueError) as info:
        Activiteit("A", wanneer=waarde)
    assert info.value.field == "Activiteit.wanneer"


def test_wanneer_van_een_moment_is_de_dag_in_amsterdam():
    laat = pendulum.datetime(2016, 8, 31, 23, 30, tz="UTC")  # 01:30 on 1 September in Amsterdam
    assert Activiteit("A", wanneer=laat).wanneer == Periode(SEPT, SEPT)


# --- the row as a value --------------------------------------------------------------------------


def test_vrije_tekst_staat_niet_in_de_repr():
    a = volledig(
        omschrijving="geheim-omschrijving",
        resultaat="geheim-resultaat",
        doel="geheim-doel",
        instrumenten=("geheim-instrument",),
        status=Uitvoeringsstatus.GEREALISEERD,
        bewijs="geheim-bewijs",
    )
    assert "geheim" not in repr(a)
    assert "A-1" in repr(a)


def test_bewijs_hoort_alleen_bij_een_gerealiseerd_resultaat():
    with pytest.raises(InvalidValueError) as info:
        Activiteit("A", bewijs="verslag")
    assert info.value.field == "Activiteit.bewijs"
    klaar = Activiteit("A").met_status(Uitvoeringsstatus.GEREALISEERD, "verslag")
    assert klaar.bewijs == "verslag"
    assert klaar.met_status(Uitvoeringsstatus.IN_UITVOERING).bewijs is None


@pytest.mark.parametrize(
    ("status", "open_"),
    [
        (Uitvoeringsstatus.GEPLAND, True),
        (Uitvoeringsstatus.IN_UITVOERING, True),
        (Uitvoeringsstatus.GEREALISEERD, False),
        (Uitvoeringsstatus.VERVALLEN, False),
    ],
)
def test_open_zijn_gepland_en_in_uitvoering(status, open_):
    assert status.is_open is open_


def test_een_partij_staat_maar_een_keer_bij_wie():
    with pytest.raises(InvalidValueError, match="twice"):
        Activiteit("A", wie=[SWV, SWV])
    assert Activiteit("A", wie=[SWV, GEMEENTE]).wie == (SWV, GEMEENTE)


@pytest.mark.parametrize(
    ("instrumenten", "veld"),
    [
        (("ok", ""), "Activiteit.instrumenten[1]"),
        (("  ",), "Activiteit.instrumenten[0]"),
        ((3,), "Activiteit.instrumenten[0]"),
        (("x" * 201,), "Activiteit.instrumenten[0]"),
        ("losse tekst", "Activiteit.instrumenten"),
    ],
)
def test_instrumenten_zijn_korte_teksten(instrumenten, veld):
    with pytest.raises(InvalidValueError) as info:
        Activiteit("A", instrumenten=instrumenten)
    assert info.value.field == veld


@pytest.mark.parametrize(
    ("veld", "waarde"),
    [
        ("code", ""),
        ("code", "x" * 41),
        ("preventief", 1),
        ("status", "gepland"),
        ("pdca", "check"),
        ("wie", ("SWV",)),
        ("omschrijving", " "),
    ],
)
def test_verkeerde_waarden_worden_geweigerd_met_het_veld(veld, waarde):
    velden = {"code": "A", veld: waarde}
    with pytest.raises(InvalidValueError) as info:
        Activiteit(**velden)
    assert info.value.field.startswith(f"Activiteit.{veld}")


def test_met_vult_kolommen_aan_en_controleert_opnieuw():
    a = Activiteit("A", fase=1).met(doel="Know", pdca=PdcaStap.PLAN)
    assert (a.fase, a.doel, a.pdca) == (Fase.VERKENNEN, "Know", PdcaStap.PLAN)
    with pytest.raises(InvalidValueError) as info:
        a.met(fase=9)
    assert info.value.regel == "R-WA-2"


def test_met_kent_alleen_de_velden_van_een_activiteit():
    with pytest.raises(InvalidValueError, match="unknown field"):
        Activiteit("A").met(kleur="rood", fase=1)


@given(st.sampled_from(Fase), st.sampled_from(Uitvoeringsstatus), st.booleans())
def test_een_activiteit_is_een_waarde(fase, status, preventief):
    a = Activiteit("A", fase=fase, status=status, preventief=preventief)
    assert a == attrs.evolve(a)
    assert hash(a) == hash(Activiteit("A", fase=fase, status=status, preventief=preventief))
