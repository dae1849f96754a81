"""The regio (R-REG-4) and its exploration along the six questions (R-REG-1 … R-REG-3)."""

import pendulum
import pytest
from hypothesis import given

from gedragswerk_core import (
    InvalidValueError,
    LeerlingRef,
    Partij,
    RefusedError,
    Rol,
    Signaalsoort,
    StructureError,
    from_dict,
    to_dict,
)
from gedragswerk_core import strategies as gst
from gedragswerk_core.regio.regio import (
    Antwoord,
    Regio,
    RegionaleVraag,
    Schaal,
    Verkenning,
    Vraagstand,
    beantwoord,
    beoordeel_antwoord,
    beoordeel_plaatsing,
    boek_plaatsing,
)

Q = RegionaleVraag
LEERPLICHT = Partij("Leerplicht Tiel", Rol.LEERPLICHTAMBTENAAR)
SWV = Partij("SWV Rivierenland", Rol.SAMENWERKINGSVERBAND)
REGIO = Regio("Rivierenland", Schaal.REGIO, (LEERPLICHT, SWV))


def antwoord(vraag, dag=1, maand=9, jaar=2015, **kwargs):
    if vraag == Q.THUISZITTERS:
        kwargs.setdefault("leerlingen", ("L-1",))  # R-REG-2: question 1 names its pupils
    return Antwoord(
        vraag, pendulum.date(jaar, maand, dag), kwargs.pop("bron", "actietafel"), "tekst", **kwargs
    )


def verken(*vragen):
    v = Verkenning(REGIO)
    for dag, vraag in enumerate(vragen, start=1):
        v = beantwoord(v, antwoord(vraag, dag))
    return v


# --- R-REG-2: question 1 first -------------------------------------------------------------------


def test_vraag_5_voor_vraag_1_wordt_geweigerd_met_vraag_1_en_r_reg_2():
    v = Verkenning(REGIO)
    with pytest.raises(RefusedError) as info:
        beantwoord(v, antwoord(Q.SYSTEEMMAATREGELEN))
    fout = info.value
    assert fout.regel == "R-REG-2"
    assert "vraag 1" in str(fout)
    assert "R-REG-2" in str(fout)
    assert fout.besluit.bezwaren[0].regel == "R-REG-2"
    assert fout.besluit == beoordeel_antwoord(v, antwoord(Q.SYSTEEMMAATREGELEN))
    assert v.antwoorden == ()  # nothing changed


@pytest.mark.parametrize("vraag", [2, 3, 4, 5, 6])
def test_geen_enkele_andere_vraag_gaat_voor_vraag_1(vraag):
    besluit = beoordeel_antwoord(Verkenning(REGIO), antwoord(vraag))
    assert not besluit.toegestaan
    assert besluit.handeling == f"antwoord op vraag {vraag}"
    assert f"before vraag {vraag}" in besluit.bezwaren[0].uitleg


def test_na_vraag_1_mag_elke_volgorde():
    v = verken(Q.THUISZITTERS, Q.UITVOERING, Q.OORZAKEN, Q.THUISZITTERS, Q.PARTIJEN)
    assert [a.vraag.value for a in v.antwoorden] == [1, 6, 2, 1, 4]
    assert beoordeel_antwoord(v, antwoord(Q.OPLOSSINGEN, 30)).regels == ("R-REG-2",)


@given(gst.antwoordreeksen())
def test_een_reeks_wordt_aanvaard_precies_als_vraag_1_eerst_komt_en_leerlingen_noemt(reeks):
    # seed 002 §2 point 2: the pupils are known by name, and mapping them is always the first step
    geldig = (not reeks or reeks[0].vraag is Q.THUISZITTERS) and all(
        a.leerlingen for a in reeks if a.vraag is Q.THUISZITTERS
    )

    def bouw():
        v = Verkenning(REGIO)
        for a in reeks:
            v = beantwoord(v, a)
        return v

    if geldig:
        v = bouw()
        assert v.antwoorden == reeks
        assert Verkenning(REGIO, reeks) == v  # the constructor replays the same check
    else:
        with pytest.raises(RefusedError) as info:
            bouw()
        assert info.value.regel == "R-REG-2"
        with pytest.raises(RefusedError):
            Verkenning(REGIO, reeks)


def test_opgeslagen_antwoorden_worden_opnieuw_gecontroleerd():
    with pytest.raises(RefusedError) as info:
        Verkenning(REGIO, (antwoord(Q.OORZAKEN),))
    assert info.value.regel == "R-REG-2"
    data = to_dict(verken(Q.THUISZITTERS))
    data["antwoorden"][0]["vraag"] = 2
    with pytest.raises(StructureError, match="R-REG-2"):
        from_dict(Verkenning, data)


def test_vraag_1_zonder_leerlingen_wordt_geweigerd_met_r_reg_2():
    # seed 002 §2 point 2 ("met naam en toenaam"), seed 003 phase 1 (names and numbers first)
    besluit = beoordeel_antwoord(Verkenning(REGIO), antwoord(Q.THUISZITTERS, leerlingen=()))
    assert not besluit.toegestaan
    assert besluit.bezwaren[0].regel == "R-REG-2"
    assert "by name" in besluit.bezwaren[0].uitleg
    with pytest.raises(RefusedError):
        beantwoord(verken(Q.THUISZITTERS), antwoord(Q.THUISZITTERS, 5, leerlingen=()))


def test_opgeslagen_vraag_1_zonder_leerlingen_wordt_bij_inlezen_geweigerd():
    # seed 002 §2 point 2: a stored exploration is checked as a new one is
    data = to_dict(verken(Q.THUISZITTERS))
    data["antwoorden"][0]["leerlingen"] = []
    with pytest.raises(StructureError, match="R-REG-2"):
        from_dict(Verkenning, data)


def test_een_antwoord_kan_niet_eerder_gedateerd_zijn_dan_het_vorige():
    v = verken(Q.THUISZITTERS, Q.OORZAKEN)  # dated 1 and 2 September
    with pytest.raises(InvalidValueError) as info:
        beantwoord(v, antwoord(Q.OPLOSSINGEN, dag=1))
    assert info.value.field == "Verkenning.antwoorden[2].datum"
    assert beantwoord(v, antwoord(Q.OPLOSSINGEN, dag=2)).is_beantwoord(Q.OPLOSSINGEN)
    with pytest.raises(InvalidValueError):
        Verkenning(REGIO, (antwoord(1, dag=5), antwoord(2, dag=4)))


# --- R-REG-3: individual cases before the system, per pupil: accepted and signalled ------------


def drie_leerlingen():
    v = beantwoord(Verkenning(REGIO), antwoord(Q.THUISZITTERS, leerlingen=("L-1", "L-2", "L-3")))
    return beantwoord(v, antwoord(Q.OPLOSSINGEN, 2))


def test_vraag_5_in_volgorde_met_een_ongeplaatste_leerling_wordt_gesignaleerd():
    # seed 002 §3.1.1, "Pas als dat gelukt was": answering vraag 3 is not placing the pupils;
    # with one of three placed, the two others are signalled when vraag 5 is answered
    v = boek_plaatsing(drie_leerlingen(), "L-2")
    v = beantwoord(v, antwoord(Q.SYSTEEMMAATREGELEN, 3))
    assert v.is_beantwoord(Q.SYSTEEMMAATREGELEN)
    signalen = v.signalen
    assert [str(s.leerling) for s in signalen] == ["L-1", "L-3"]
    assert all(s.soort is Signaalsoort.SYSTEEM_VOOR_INDIVIDU for s in signalen)
    assert all(s.regel == "R-REG-3" for s in signalen)
    assert "2 of 3 pupils" in signalen[0].uitleg


def test_vraag_5_nadat_alle_leerlingen_geplaatst_zijn_geeft_geen_signaal():
    # seed 002 §3.1.1: once passend onderwijs is realised for these children, the system's turn
    v = beantwoord(drie_leerlingen(), antwoord(Q.SYSTEEMMAATREGELEN, 3))
    assert len(v.signalen) == 3
    for ref in ("L-3", "L-1", "L-2"):
        v = boek_plaatsing(v, ref)
    assert v.signalen == ()
    assert v.geplaatst == (LeerlingRef("L-3"), LeerlingRef("L-1"), LeerlingRef("L-2"))


def test_zonder_vraag_5_geen_signaal():
    assert drie_leerlingen().signalen == ()
    assert verken(Q.THUISZITTERS).signalen == ()


def test_een_plaatsing_van_een_leerling_buiten_vraag_1_wordt_geweigerd():
    # seed 002 §2 point 2: the pupils of a region are those mapped by name under vraag 1
    with pytest.raises(RefusedError) as info:
        boek_plaatsing(drie_leerlingen(), "L-9")
    assert info.value.regel == "R-REG-2"
    assert beoordeel_plaatsing(drie_leerlingen(), "L-1").toegestaan


def test_een_leerling_wordt_maar_een_keer_geplaatst():
    v = boek_plaatsing(drie_leerlingen(), "L-1")
    with pytest.raises(RefusedError) as info:
        boek_plaatsing(v, "L-1")
    assert info.value.regel == "R-REG-3"
    with pytest.raises(RefusedError):
        Verkenning(REGIO, v.antwoorden, ("L-1", "L-1"))


def test_opgeslagen_plaatsingen_worden_opnieuw_gecontroleerd():
    data = to_dict(boek_plaatsing(drie_leerlingen(), "L-1"))
    assert from_dict(Verkenning, data).geplaatst == (LeerlingRef("L-1"),)
    data["geplaatst"] = ["L-7"]
    with pytest.raises(StructureError, match="R-REG-2"):
        from_dict(Verkenning, data)


def test_een_plaatsing_vraagt_een_verkenning_en_een_leerlingreferentie():
    with pytest.raises(InvalidValueError):
        boek_plaatsing("verkenning", "L-1")
    with pytest.raises(InvalidValueError):
        boek_plaatsing(drie_leerlingen(), 17)


@given(gst.verkenningen())
def test_r_reg_3_een_signaal_per_genoemde_leerling_zonder_plaatsing_zodra_vraag_5_beantwoord_is(v):
    # seed 002 §3.1.1: per pupil, and a signal, never a refusal
    vragen = {a.vraag for a in v.antwoorden}
    genoemd = {r for a in v.antwoorden if a.vraag is Q.THUISZITTERS for r in a.leerlingen}
    verwacht = genoemd - set(v.geplaatst) if Q.SYSTEEMMAATREGELEN in vragen else set()
    assert {s.leerling for s in v.signalen} == verwacht
    assert len(v.signalen) == len(verwacht)
    assert all(s.regel == "R-REG-3" for s in v.signalen)


# --- completeness per question (R-REG-1) ---------------------------------------------------------


def test_de_stand_per_vraag():
    v = verken(Q.THUISZITTERS, Q.OORZAKEN, Q.THUISZITTERS)  # 1, 2 and 3 September
    stand = v.stand
    assert [s.vraag for s in stand] == list(RegionaleVraag)
    assert (stand[0].antwoorden, stand[0].laatst) == (2, pendulum.date(2015, 9, 3))
    assert (stand[1].antwoorden, stand[1].laatst) == (1, pendulum.date(2015, 9, 2))
    assert [s.is_beantwoord for s in stand] == [True, True, False, False, False, False]
    assert v.open_vragen == (Q.OPLOSSINGEN, Q.PARTIJEN, Q.SYSTEEMMAATREGELEN, Q.UITVOERING)
    assert not v.is_volledig
    assert verken(1, 2, 3, 4, 5, 6).is_volledig


@given(gst.verkenningen())
def test_de_stand_telt_elk_antwoord_een_keer(v):
    assert sum(s.antwoorden for s in v.stand) == len(v.antwoorden)
    assert v.is_volledig == all(s.is_beantwoord for s in v.stand)
    assert set(v.open_vragen) == {s.vraag for s in v.stand if not s.is_beantwoord}
    for s in v.stand:
        eigen = [a.datum for a in v.antwoorden if a.vraag is s.vraag]
        assert s.laatst == (max(eigen) if eigen else None)


def test_leerlingen_van_vraag_1_bij_naam_elk_een_keer():
    v = Verkenning(REGIO)
    v = beantwoord(v, antwoord(1, 1, leerlingen=["L-1", "L-2"]))
    v = beantwoord(v, antwoord(2, 2, leerlingen=["L-9"]))  # not question 1: not counted
    v = beantwoord(v, antwoord(1, 3, leerlingen=[LeerlingRef("L-2"), "L-3"]))
    assert [str(r) for r in v.leerlingen] == ["L-1", "L-2", "L-3"]


def test_antwoorden_op_een_vraag_mag_ook_met_haar_nummer():
    v = verken(1, 2, 1)
    assert v.antwoorden_op(1) == v.antwoorden_op(Q.THUISZITTERS)
    assert len(v.antwoorden_op(Q.THUISZITTERS)) == 2


# --- the six questions as an ordered enum with Dutch labels --------------------------------------


def test_de_zes_vragen_staan_in_volgorde():
    assert [int(q) for q in RegionaleVraag] == [1, 2, 3, 4, 5, 6]
    assert Q.THUISZITTERS < Q.OPLOSSINGEN < Q.SYSTEEMMAATREGELEN
    assert sorted([Q.UITVOERING, Q.THUISZITTERS, Q.PARTIJEN]) == [1, 4, 6]


@pytest.mark.parametrize(
    ("vraag", "label", "woord"),
    [
        (Q.THUISZITTERS, "vraag 1: wie het betreft", "by name"),
        (Q.OORZAKEN, "vraag 2: oorzaken van uitval", "without education"),
        (Q.OPLOSSINGEN, "vraag 3: oplossing per leerling", "own cases"),
        (Q.PARTIJEN, "vraag 4: benodigde partijen", "parties"),
        (Q.SYSTEEMMAATREGELEN, "vraag 5: systeemmaatregelen", "system"),
        (Q.UITVOERING, "vraag 6: uitvoering", "Gedragswerk"),
    ],
)
def test_elke_vraag_heeft_een_nederlands_label_en_een_omschrijving(vraag, label, woord):
    assert vraag.label == label
    assert woord in vraag.omschrijving


@given(gst.namen())
def test_de_antwoordtekst_is_gevoelig_en_staat_niet_in_repr(naam):
    a = Antwoord(1, pendulum.date(2015, 9, 1), "leerplicht", f"{naam} zit thuis", ["L-1"])
    v = beantwoord(Verkenning(REGIO), a)
    assert naam not in repr(a)
    assert naam not in repr(v)
    assert naam in a.tekst


@given(gst.verkenningen())
def test_een_verkenning_overleeft_de_heen_en_terugweg_als_dict(v):
    assert from_dict(Verkenning, to_dict(v)) == v


# --- the regio (R-REG-4) -------------------------------------------------------------------------


@pytest.mark.parametrize("schaal", ["dorp", "stad", "gemeente", "regio", "provincie"])
def test_een_regio_heeft_een_schaal_van_dorp_tot_provincie(schaal):
    regio = Regio("Ergens", Schaal(schaal))
    assert regio.partijen == ()
    assert regio.met_partij(SWV).partijen == (SWV,)


def test_een_regio_noemt_elke_partij_een_keer():
    with pytest.raises(InvalidValueError) as info:
        REGIO.met_partij(SWV)
    assert info.value.field == "Regio.partijen"


# --- validation ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("maak", "veld"),
    [
        (lambda: Regio(" ", Schaal.DORP), "Regio.naam"),
        (lambda: Regio("Tiel", "stad"), "Regio.schaal"),
        (lambda: Regio("Tiel", Schaal.STAD, ("SWV",)), "Regio.partijen[0]"),
        (lambda: Antwoord(7, pendulum.date(2016, 1, 1), "b", "t"), "Antwoord.vraag"),
        (lambda: Antwoord(True, pendulum.date(2016, 1, 1), "b", "t"), "Antwoord.vraag"),
        (lambda: Antwoord(1, "2016-01-01", "b", "t"), "Antwoord.datum"),
        (lambda: Antwoord(1, pendulum.date(2016, 1, 1), "", "t"), "Antwoord.bron"),
        (lambda: Antwoord(1, pendulum.date(2016, 1, 1), "b", None), "Antwoord.tekst"),
        (lambda: Antwoord(1, pendulum.date(2016, 1, 1), "b", "t", [1]), "Antwoord.leerlingen[0]"),
        (lambda: Antwoord(1, pendulum.date(2016, 1, 1), "b", "t", 5), "Antwoord.leerlingen"),
        (lambda: Verkenning("Tiel"), "Verkenning.regio"),
        (lambda: Verkenning(REGIO, ("x",)), "Verkenning.antwoorden[0]"),
        (lambda: beantwoord("v", antwoord(1)), "verkenning"),
        (lambda: beoordeel_antwoord(Verkenning(REGIO), 1), "antwoord"),
        (lambda: Verkenning(REGIO).antwoorden_op(7), "vraag"),
        (lambda: Verkenning(REGIO).is_beantwoord("vraag 1"), "vraag"),
        (lambda: Vraagstand(Q.OORZAKEN, 0, pendulum.date(2016, 1, 1)), "Vraagstand.laatst"),
        (lambda: Vraagstand(Q.OORZAKEN, 1, None), "Vraagstand.laatst"),
        (lambda: Vraagstand(Q.OORZAKEN, -1, None), "Vraagstand.antwoorden"),
        (lambda: Vraagstand(3, 0, None), "Vraagstand.vraag"),
    ],
)
def test_verkeerde_invoer_geeft_een_bibliotheekfout_met_het_veld(maak, veld):
    with pytest.raises(InvalidValueError) as info:
        maak()
    assert info.value.field == veld


def test_een_verkeerde_vraag_noemt_de_zes_vragen():
    with pytest.raises(InvalidValueError) as info:
        Verkenning(REGIO).antwoorden_op(0)
    assert info.value.regel == "R-REG-1"
    assert "1–6" in info.value.hint


def test_de_laatste_datum_van_een_moment_is_de_dag_in_amsterdam_en_overleeft_de_rondgang():
    # 23:30 UTC on 31 Dec is already 1 January in Amsterdam (R-LPW-9).
    moment = pendulum.datetime(2015, 12, 31, 23, 30, tz="UTC")
    stand = Vraagstand(Q.OORZAKEN, 1, moment)
    assert stand.laatst == pendulum.date(2016, 1, 1)
    assert type(stand.laatst) is pendulum.Date
    assert from_dict(Vraagstand, to_dict(stand)) == stand
