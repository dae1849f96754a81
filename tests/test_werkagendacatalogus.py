"""The catalogue of the handreiking's recommended activities (R-WA-4), to start a draft from."""

import re

import pytest
from hypothesis import given

from gedragswerk_core import InvalidValueError
from gedragswerk_core import strategies as gst
from gedragswerk_core.werkagenda.activiteit import KOLOMMEN, Fase, Kolom, PdcaStap, Thema
from gedragswerk_core.werkagenda.catalogus import (
    AANBEVELINGEN,
    Aanbeveling,
    aanbeveling,
    aanbevelingen_voor,
    concept_werkagenda,
)
from gedragswerk_core.werkagenda.werkagenda import controleer


def test_r_wa_4_de_catalogus_dekt_alle_vijf_fasen():
    assert {a.fase for a in AANBEVELINGEN} == set(Fase)


def test_r_wa_4_de_catalogus_dekt_elk_thema_van_r_wa_3():
    assert {a.thema for a in AANBEVELINGEN} == set(Thema)


def test_r_wa_4_de_activiteiten_per_fase_in_de_handreiking():
    # seed 003: 4 recommended activities under Verkennen, 3 under Betrekken, 4 under Ontwikkelen,
    # 11 under Arrangeren and 3 under Activeren.
    assert [len(aanbevelingen_voor(f)) for f in Fase] == [4, 3, 4, 11, 3]
    assert len(AANBEVELINGEN) == 25


@pytest.mark.parametrize("a", AANBEVELINGEN, ids=str)
def test_r_wa_4_elke_aanbeveling_noemt_haar_bron(a):
    assert a.bron == f"seed 003, {a.fase.label}"
    assert a.label
    assert a.omschrijving


@pytest.mark.parametrize("a", AANBEVELINGEN, ids=str)
def test_r_wa_4_de_code_noemt_de_fase_van_het_thema(a):
    fase, _ = re.fullmatch(r"WA-(\d)\.(\d+)", a.code).groups()
    assert int(fase) == a.thema.fase.nummer


def test_r_wa_4_codes_zijn_uniek_en_doorgenummerd_per_fase():
    for f in Fase:
        nummers = [int(a.code.split(".")[1]) for a in aanbevelingen_voor(f)]
        assert nummers == list(range(1, len(nummers) + 1))
    assert len({a.code for a in AANBEVELINGEN}) == len(AANBEVELINGEN)


def test_r_wa_4_de_catalogus_is_op_volgorde_van_de_fasen():
    assert [a.fase.nummer for a in AANBEVELINGEN] == sorted(a.fase.nummer for a in AANBEVELINGEN)


def test_r_wa_6_de_catalogus_bevat_preventie():
    # seed 003 phase 4: transitions to pro, vso and mbo are organised to prevent new thuiszitters
    assert aanbeveling("WA-4.9").preventief
    assert aanbeveling("WA-3.3").preventief  # protocols for absence and sitting at home
    assert not aanbeveling("WA-1.3").preventief  # the list of names is about today's pupils


def test_r_wa_3_de_pdca_cyclus_staat_in_activeren():
    met_stap = [a for a in AANBEVELINGEN if a.pdca is not None]
    assert [(a.code, a.pdca) for a in met_stap] == [("WA-5.2", PdcaStap.CHECK)]


def test_de_routekaart_is_het_instrument_bij_het_verkennen():
    # seed 003 phase 1 names the route map of Ingrado and Gedragswerk as the tool
    assert aanbeveling("WA-1.4").instrumenten == (
        "routekaart passend onderwijs zonder thuiszitters",
    )


@pytest.mark.parametrize("code", ["wa-4.9", " WA-4.9 ", "WA-4.9"])
def test_een_aanbeveling_opzoeken_op_code(code):
    assert str(aanbeveling(code)) == "WA-4.9 overstap en overdracht"


@pytest.mark.parametrize("code", ["WA-6.1", "WA-1.99", "", None, 41])
def test_een_onbekende_code_wordt_geweigerd(code):
    with pytest.raises(InvalidValueError) as info:
        aanbeveling(code)
    assert (info.value.field, info.value.regel) == ("code", "R-WA-4")


def test_aanbevelingen_per_fase_ook_op_nummer():
    assert aanbevelingen_voor(2) == aanbevelingen_voor(Fase.BETREKKEN)
    with pytest.raises(InvalidValueError) as info:
        aanbevelingen_voor(7)
    assert info.value.regel == "R-WA-2"


# --- starting a draft -----------------------------------------------------------------------------


def test_een_concept_uit_de_hele_catalogus():
    concept = concept_werkagenda("Tiel")
    assert concept.regio == "Tiel"
    assert [a.code for a in concept.activiteiten] == [a.code for a in AANBEVELINGEN]
    assert not concept.is_afgesproken
    gevonden = controleer(concept)
    # every phase has activities and there is prevention: only empty columns are left
    assert {b.regel for b in gevonden} == {"R-WA-1"}
    assert {b.kolom for b in gevonden} == {
        Kolom.WIE,
        Kolom.WANNEER,
        Kolom.INSTRUMENTEN,
        Kolom.RESULTAAT,
        Kolom.DOEL,
    }


def test_een_concept_uit_gekozen_aanbevelingen_houdt_de_volgorde():
    concept = concept_werkagenda("Tiel", ("WA-5.1", "wa-1.1"))
    assert [a.code for a in concept.activiteiten] == ["WA-5.1", "WA-1.1"]


@pytest.mark.parametrize(
    ("codes", "veld"),
    [
        ("WA-1.1", "codes"),
        (3, "codes"),
        (["WA-9.9"], "code"),
        (["WA-1.1", "WA-1.1"], "Werkagenda.activiteiten"),
    ],
)
def test_een_concept_met_verkeerde_codes_wordt_geweigerd(codes, veld):
    with pytest.raises(InvalidValueError) as info:
        concept_werkagenda("Tiel", codes)
    assert info.value.field == veld


@given(gst.aanbevelingscodes())
def test_een_activiteit_uit_de_catalogus_neemt_de_kolommen_van_de_aanbeveling(code):
    a = aanbeveling(code)
    rij = a.als_activiteit()
    assert (rij.code, rij.bron, rij.fase, rij.thema) == (a.code, a.code, a.fase, a.thema)
    assert (rij.omschrijving, rij.preventief, rij.pdca) == (a.omschrijving, a.preventief, a.pdca)
    assert rij.instrumenten == a.instrumenten
    ontbreekt = {Kolom.WIE, Kolom.WANNEER, Kolom.RESULTAAT, Kolom.DOEL}
    if not a.instrumenten:
        ontbreekt.add(Kolom.INSTRUMENTEN)
    assert set(rij.ontbrekende_kolommen) == ontbreekt
    assert [k for k in KOLOMMEN if k in ontbreekt] == list(rij.ontbrekende_kolommen)


def test_een_activiteit_uit_de_catalogus_met_eigen_code_en_kolommen():
    rij = aanbeveling("WA-5.2").als_activiteit("WA-5.2-B", doel="Learn", pdca=PdcaStap.ACT)
    assert (rij.code, rij.bron, rij.doel, rij.pdca) == ("WA-5.2-B", "WA-5.2", "Learn", PdcaStap.ACT)
    with pytest.raises(InvalidValueError, match="unknown field"):
        aanbeveling("WA-5.2").als_activiteit(kleur="rood")


# --- the entry as a value -------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["WA-1", "WA-0.1", "WA-1.0", "X-1.1", 11])
def test_een_catalogus_code_heeft_de_vorm_wa_fase_nummer(code):
    with pytest.raises(InvalidValueError) as info:
        Aanbeveling(code, Thema.COMMUNICEREN, "label", "omschrijving")
    assert (info.value.field, info.value.regel) == ("Aanbeveling.code", "R-WA-4")


def test_de_fase_in_de_code_is_die_van_het_thema():
    with pytest.raises(InvalidValueError) as info:
        Aanbeveling("WA-1.9", Thema.COMMUNICEREN, "label", "omschrijving")
    assert info.value.regel == "R-WA-3"
    assert Aanbeveling("WA-2.9", Thema.COMMUNICEREN, "l", "o").bron == "seed 003, 2. Betrekken"


def test_een_aanbeveling_zonder_geldig_thema_wordt_geweigerd():
    with pytest.raises(InvalidValueError) as info:
        Aanbeveling("WA-2.9", "communiceren", "l", "o")
    assert info.value.field == "Aanbeveling.thema"
