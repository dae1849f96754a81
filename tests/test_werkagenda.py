"""The werkagenda: every finding at once (R-WA-1, -2, -3, -5, -6), agreeing it, rendering it."""

import re
from html.parser import HTMLParser

import pendulum
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from gedragswerk_core import (
    InvalidValueError,
    Partij,
    RefusedError,
    Rol,
    from_dict,
    to_dict,
)
from gedragswerk_core import strategies as gst
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
from gedragswerk_core.werkagenda.controle import Bevinding, Ernst
from gedragswerk_core.werkagenda.werkagenda import (
    Afspraak,
    Werkagenda,
    beoordeel_instemming,
    controleer,
    stem_in,
)

SWV = Partij("SWV Rivierenland", Rol.SAMENWERKINGSVERBAND)
GEMEENTE = Partij("Gemeente Tiel", Rol.GEMEENTELIJK_BELEIDSAMBTENAAR)
LEERPLICHT = Partij("Leerplicht Tiel", Rol.LEERPLICHTAMBTENAAR)
GEDRAGSWERK = Partij("Gedragswerk", Rol.SPARRING_PARTNER)


def d(maand, dag, jaar=2016):
    return pendulum.date(jaar, maand, dag)


def rij(code, fase, thema, begin, **kwargs):
    """A complete row: every column filled, carried by the SWV."""
    kolommen = {
        "fase": fase,
        "thema": thema,
        "omschrijving": f"activity {code}",
        "wie": (SWV,),
        "wanneer": Periode(begin, begin.add(days=30)),
        "instrumenten": ("overleg",),
        "resultaat": "a result",
        "doel": "a goal",
    }
    return Activiteit(code, **{**kolommen, **kwargs})


def goede_agenda():
    """Five complete rows, one per phase, each starting a month after the one before."""
    return Werkagenda(
        "Rivierenland",
        (
            rij("V-1", Fase.VERKENNEN, Thema.TELLEN_VOLGEN_EN_KENNEN, d(9, 1)),
            rij("B-1", Fase.BETREKKEN, Thema.COMMUNICEREN, d(10, 1)),
            rij("O-1", Fase.ONTWIKKELEN, Thema.SAMEN_TEMPO_MAKEN, d(11, 1), preventief=True),
            rij("A-1", Fase.ARRANGEREN, Thema.DOORGAANDE_LIJN, d(12, 1)),
            rij(
                "E-1",
                Fase.ACTIVEREN,
                Thema.UITVOEREN_EN_LEREN,
                d(1, 16, 2017),
                pdca=PdcaStap.CHECK,
            ),
        ),
    )


def met(agenda, code, **kolommen):
    return agenda.vervang(agenda.activiteit(code).met(**kolommen))


def regels(bevindingen):
    return sorted(
        (b.regel, b.ernst.value, b.fase and b.fase.nummer, b.activiteit, b.kolom)
        for b in bevindingen
    )


def test_een_goede_agenda_heeft_geen_bevindingen():
    assert controleer(goede_agenda()) == ()


# --- R-WA-1: every column filled -----------------------------------------------------------------


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
def test_r_wa_1_een_ontbrekende_kolom_wordt_genoemd_met_fase_activiteit_en_regel(veld, leeg, kolom):
    agenda = met(goede_agenda(), "B-1", **{veld: leeg})
    fouten = [b for b in controleer(agenda) if b.is_fout]
    (bevinding,) = fouten
    fase = None if veld == "fase" else Fase.BETREKKEN
    assert bevinding.regel == "R-WA-1"
    assert (bevinding.fase, bevinding.activiteit, bevinding.kolom) == (fase, "B-1", kolom)


def test_r_wa_1_alle_ontbrekende_kolommen_tegelijk():
    agenda = goede_agenda().voeg_toe(Activiteit("LEEG"))
    gevonden = [b for b in controleer(agenda) if b.activiteit == "LEEG"]
    assert [b.kolom for b in gevonden] == list(KOLOMMEN)
    assert {b.regel for b in gevonden} == {"R-WA-1"}


def test_r_wa_1_zonder_fase_wijst_het_thema_de_fase_aan():
    agenda = met(goede_agenda(), "B-1", fase=None)
    # B-1 lost its phase, so phase 2 is now empty too (an R-WA-2 warning)
    zonder_fase, lege_fase = controleer(agenda)
    assert "2. Betrekken" in zonder_fase.uitleg
    assert str(zonder_fase).startswith("fout R-WA-1 [B-1 / fase]: no phase")
    assert (lege_fase.regel, lege_fase.fase, lege_fase.ernst) == (
        "R-WA-2",
        Fase.BETREKKEN,
        Ernst.WAARSCHUWING,
    )


def test_r_wa_1_gerealiseerd_zonder_bewijs_is_een_waarschuwing():
    agenda = goede_agenda().meld_status("V-1", Uitvoeringsstatus.GEREALISEERD)
    (bevinding,) = controleer(agenda)
    assert (bevinding.regel, bevinding.ernst, bevinding.kolom) == (
        "R-WA-1",
        Ernst.WAARSCHUWING,
        Kolom.BEWIJS,
    )
    bewezen = goede_agenda().meld_status("V-1", Uitvoeringsstatus.GEREALISEERD, "verslag 30 sep")
    assert controleer(bewezen) == ()


# --- R-WA-2: five phases, in order ---------------------------------------------------------------


def test_r_wa_2_een_latere_fase_die_voor_alle_eerdere_begint_geeft_een_waarschuwing():
    # Betrekken starts on 31 August, before anything of Verkennen (1 September) has started.
    agenda = met(goede_agenda(), "B-1", wanneer=Periode(d(8, 31), d(9, 30)))
    (bevinding,) = controleer(agenda)
    assert (bevinding.regel, bevinding.ernst) == ("R-WA-2", Ernst.WAARSCHUWING)
    assert (bevinding.fase, bevinding.activiteit, bevinding.kolom) == (
        Fase.BETREKKEN,
        "B-1",
        Kolom.WANNEER,
    )
    assert "1. Verkennen" in bevinding.uitleg
    assert "2016-09-01" in bevinding.uitleg


def test_r_wa_2_fasen_mogen_overlappen_en_op_dezelfde_dag_beginnen():
    agenda = met(goede_agenda(), "B-1", wanneer=Periode(d(9, 1), d(9, 30)))
    assert controleer(agenda) == ()
    # Activeren starting the day Arrangeren starts, while Arrangeren runs on
    agenda = met(goede_agenda(), "E-1", wanneer=Periode(d(12, 1), d(12, 1)))
    assert controleer(agenda) == ()


def test_r_wa_2_de_eerste_eerdere_fase_die_nog_niet_begon_wordt_genoemd():
    # Ontwikkelen on 15 September: after Verkennen (1 Sep), before Betrekken (1 Oct).
    agenda = met(goede_agenda(), "O-1", wanneer=Periode(d(9, 15), d(9, 15)))
    (bevinding,) = controleer(agenda)
    assert bevinding.activiteit == "O-1"
    assert "2. Betrekken" in bevinding.uitleg
    assert "1. Verkennen" not in bevinding.uitleg


def test_r_wa_2_een_fase_zonder_activiteiten_geeft_een_waarschuwing():
    agenda = goede_agenda().verwijder("B-1")
    (bevinding,) = controleer(agenda)
    assert (bevinding.regel, bevinding.ernst, bevinding.fase) == (
        "R-WA-2",
        Ernst.WAARSCHUWING,
        Fase.BETREKKEN,
    )
    assert (bevinding.activiteit, bevinding.kolom) == (None, None)
    assert bevinding.plaats == "2. Betrekken"


def test_r_wa_2_een_onbekende_fase_komt_niet_in_een_agenda():
    with pytest.raises(InvalidValueError) as info:
        goede_agenda().voeg_toe(Activiteit("X", fase=6))
    assert info.value.regel == "R-WA-2"


# --- R-WA-3: themes and PDCA steps in their own phase --------------------------------------------


def test_r_wa_3_een_thema_van_een_andere_fase():
    agenda = met(goede_agenda(), "B-1", thema=Thema.KWALITEIT_BEWAKEN)
    (bevinding,) = controleer(agenda)
    assert (bevinding.regel, bevinding.ernst, bevinding.kolom) == (
        "R-WA-3",
        Ernst.FOUT,
        Kolom.THEMA,
    )
    assert "4. Arrangeren" in bevinding.uitleg
    assert "communiceren" in bevinding.uitleg  # the theme to choose instead


def test_r_wa_3_een_pdca_stap_hoort_in_fase_5():
    agenda = met(goede_agenda(), "V-1", pdca=PdcaStap.PLAN)
    (bevinding,) = controleer(agenda)
    assert (bevinding.regel, bevinding.kolom, bevinding.activiteit) == (
        "R-WA-3",
        Kolom.PDCA,
        "V-1",
    )


# --- R-WA-5: carried by the region ---------------------------------------------------------------


def test_r_wa_5_een_activiteit_alleen_van_de_sparring_partner():
    agenda = met(goede_agenda(), "O-1", wie=(GEDRAGSWERK,))
    (bevinding,) = controleer(agenda)
    assert (bevinding.regel, bevinding.ernst) == ("R-WA-5", Ernst.FOUT)
    assert (bevinding.fase, bevinding.activiteit, bevinding.kolom) == (
        Fase.ONTWIKKELEN,
        "O-1",
        Kolom.WIE,
    )


def test_activiteit_alleen_door_de_sparring_partner_noemt_r_lc_4_en_r_wa_5():
    # seed 002 §2: carried out IN and BY the region; Gedragswerk supports without taking over
    # the regional parties' responsibility
    agenda = met(goede_agenda(), "O-1", wie=(GEDRAGSWERK,))
    (bevinding,) = controleer(agenda)
    assert bevinding.regel == "R-WA-5"
    assert "R-LC-4" in bevinding.uitleg
    bezwaren = beoordeel_instemming(agenda, (GEMEENTE,)).bezwaren
    assert any(r.regel == "R-WA-5" and "R-LC-4" in r.uitleg for r in bezwaren)


def test_r_wa_5_de_sparring_partner_mag_naast_een_regionale_partner_staan():
    assert controleer(met(goede_agenda(), "O-1", wie=(GEDRAGSWERK, GEMEENTE))) == ()


def test_r_wa_5_niemand_is_een_lege_kolom_en_geen_r_wa_5():
    (bevinding,) = controleer(met(goede_agenda(), "O-1", wie=()))
    assert bevinding.regel == "R-WA-1"


# --- R-WA-6: prevention --------------------------------------------------------------------------


def test_r_wa_6_een_agenda_zonder_preventie():
    agenda = met(goede_agenda(), "O-1", preventief=False)
    (bevinding,) = controleer(agenda)
    assert (bevinding.regel, bevinding.ernst, bevinding.kolom) == (
        "R-WA-6",
        Ernst.FOUT,
        Kolom.PREVENTIE,
    )
    assert (bevinding.fase, bevinding.activiteit) == (None, None)
    assert bevinding.plaats == "werkagenda / preventie"


def test_r_wa_6_een_vervallen_preventie_telt_niet():
    agenda = goede_agenda().meld_status("O-1", Uitvoeringsstatus.VERVALLEN)
    assert {b.regel for b in controleer(agenda) if b.is_fout} == {"R-WA-6"}


def test_een_lege_agenda_mist_preventie_en_alle_fasen():
    gevonden = controleer(Werkagenda("Tiel"))
    assert regels(gevonden) == [
        ("R-WA-2", "waarschuwing", n, None, None) for n in (1, 2, 3, 4, 5)
    ] + [("R-WA-6", "fout", None, None, Kolom.PREVENTIE)]


# --- all findings at once ------------------------------------------------------------------------


def test_alle_bevindingen_tegelijk_en_vervallen_activiteiten_tellen_niet_mee():
    agenda = Werkagenda(
        "Tiel",
        (
            Activiteit("A-2", fase=2, thema=Thema.DOORGAANDE_LIJN, wie=(GEDRAGSWERK,)),
            Activiteit("A-10", status=Uitvoeringsstatus.VERVALLEN),
        ),
    )
    gevonden = controleer(agenda)
    # five empty columns (R-WA-1), a theme of phase 4 (R-WA-3), only Gedragswerk (R-WA-5),
    # in column order: thema, activiteit, wie, wanneer, instrumenten, resultaat, doel.
    # The agenda: no prevention (R-WA-6), phases 1, 3, 4, 5 empty (R-WA-2). A-10 is dropped.
    assert [b.regel for b in gevonden if b.activiteit == "A-2"] == [
        "R-WA-3",
        "R-WA-1",
        "R-WA-5",
        "R-WA-1",
        "R-WA-1",
        "R-WA-1",
        "R-WA-1",
    ]
    assert not [b for b in gevonden if b.activiteit == "A-10"]
    assert sum(b.regel == "R-WA-2" for b in gevonden) == 4
    assert sum(b.regel == "R-WA-6" for b in gevonden) == 1


def test_bevindingen_staan_per_fase_en_codes_op_hun_nummer():
    agenda = Werkagenda(
        "Tiel",
        (
            Activiteit("X-10", fase=1),
            Activiteit("X-9", fase=1),
            Activiteit("X-2", fase=2),
            Activiteit("ZONDER"),
        ),
    )
    plekken = []
    for b in controleer(agenda):
        plek = (b.fase, b.activiteit)
        if not plekken or plekken[-1] != plek:
            plekken.append(plek)
    assert plekken == [
        (None, None),  # the werkagenda as a whole: no prevention
        (None, "ZONDER"),
        (Fase.VERKENNEN, "X-9"),
        (Fase.VERKENNEN, "X-10"),
        (Fase.BETREKKEN, "X-2"),
        (Fase.ONTWIKKELEN, None),
        (Fase.ARRANGEREN, None),
        (Fase.ACTIVEREN, None),
    ]


@given(gst.werkagendas(), st.data())
def test_bevindingen_hangen_niet_af_van_de_volgorde_van_de_activiteiten(agenda, data):
    geschud = data.draw(st.permutations(agenda.activiteiten))
    assert controleer(Werkagenda(agenda.regio, tuple(geschud))) == controleer(agenda)


@given(gst.werkagendas())
def test_elke_bevinding_noemt_een_regel_en_een_bestaande_plek(agenda):
    codes = {a.code for a in agenda.activiteiten}
    for b in controleer(agenda):
        assert re.fullmatch(r"R-WA-[1-6]", b.regel)
        assert b.activiteit is None or b.activiteit in codes
        assert b.regel in str(b)


@given(gst.ingevulde_werkagendas())
def test_een_agenda_uit_de_catalogus_met_alle_kolommen_heeft_geen_r_wa_1(agenda):
    assert [b for b in controleer(agenda) if b.regel == "R-WA-1"] == []


def test_controleer_wil_een_werkagenda():
    with pytest.raises(InvalidValueError) as info:
        controleer((Activiteit("A"),))
    assert info.value.field == "werkagenda"


def test_een_bevinding_is_een_gecontroleerde_waarde():
    with pytest.raises(InvalidValueError):
        Bevinding("R-WA-1", "fout", "x")


# --- agreeing (R-WA-5) ---------------------------------------------------------------------------


def test_een_agenda_met_fouten_wordt_niet_afgesproken():
    agenda = met(goede_agenda(), "O-1", preventief=False, wie=(GEDRAGSWERK,), doel=None)
    fouten = [b for b in controleer(agenda) if b.is_fout]
    with pytest.raises(RefusedError) as info:
        stem_in(agenda, d(8, 29), (SWV, GEDRAGSWERK))
    besluit = info.value.besluit
    assert not besluit.toegestaan
    assert besluit == beoordeel_instemming(agenda, (SWV, GEDRAGSWERK))
    # one unmet reason per error, each citing its finding's rule
    assert sorted(r.regel for r in besluit.bezwaren) == sorted(b.regel for b in fouten)
    assert sorted(r.regel for r in besluit.bezwaren) == ["R-WA-1", "R-WA-5", "R-WA-6"]
    assert any("O-1 / doel" in r.uitleg for r in besluit.bezwaren)
    assert info.value.regel in {"R-WA-1", "R-WA-5", "R-WA-6"}


def test_een_agenda_zonder_fouten_wordt_afgesproken_door_de_partijen():
    afgesproken = stem_in(goede_agenda(), d(8, 29), [SWV, GEMEENTE])
    assert afgesproken.is_afgesproken
    assert afgesproken.afspraak == Afspraak(d(8, 29), (SWV, GEMEENTE))
    assert afgesproken.activiteiten == goede_agenda().activiteiten
    assert not goede_agenda().is_afgesproken
    besluit = beoordeel_instemming(goede_agenda(), (SWV,))
    assert besluit.toegestaan
    assert set(besluit.regels) == {"R-WA-1", "R-WA-3", "R-WA-5", "R-WA-6"}


def test_waarschuwingen_houden_de_afspraak_niet_tegen():
    agenda = goede_agenda().verwijder("B-1")  # an empty phase: R-WA-2 warning
    assert [b.ernst for b in controleer(agenda)] == [Ernst.WAARSCHUWING]
    assert stem_in(agenda, d(8, 29), (SWV,)).is_afgesproken


def test_r_wa_5_de_sparring_partner_alleen_kan_niet_afspreken():
    besluit = beoordeel_instemming(goede_agenda(), (GEDRAGSWERK,))
    assert [r.regel for r in besluit.bezwaren] == ["R-WA-5", "R-WA-5"]
    assert "only the sparring partner agrees" in besluit.bezwaren[0].uitleg


def test_r_wa_5_wie_een_activiteit_draagt_moet_instemmen():
    agenda = met(goede_agenda(), "V-1", wie=(SWV, LEERPLICHT))
    besluit = beoordeel_instemming(agenda, (SWV,))
    (bezwaar,) = besluit.bezwaren
    assert bezwaar.regel == "R-WA-5"
    assert (
        "1 party carrying an activity does not agree (roles: leerplichtambtenaar)" in bezwaar.uitleg
    )
    assert "Leerplicht Tiel" not in bezwaar.uitleg  # names stay out of reasons (privacy)
    assert beoordeel_instemming(agenda, (SWV, LEERPLICHT)).toegestaan


def test_r_wa_5_veel_ontbrekende_partijen_met_lange_namen_geven_een_korte_weigering():
    partijen = tuple(Partij(f"School {i} " + "x" * 190, Rol.SCHOOLLEIDER) for i in range(7))
    agenda = met(goede_agenda(), "V-1", wie=(SWV, *partijen))
    (bezwaar,) = beoordeel_instemming(agenda, (SWV,)).bezwaren
    assert bezwaar.uitleg.startswith("7 parties carrying an activity do not agree")
    assert "School" not in bezwaar.uitleg


def test_r_wa_5_een_vervallen_activiteit_hoeft_niet_te_worden_afgesproken():
    agenda = met(goede_agenda(), "V-1", wie=(SWV, LEERPLICHT)).meld_status(
        "V-1", Uitvoeringsstatus.VERVALLEN
    )
    assert beoordeel_instemming(agenda, (SWV,)).toegestaan


def test_een_afspraak_in_de_constructor_wordt_ook_gecontroleerd():
    agenda = met(goede_agenda(), "O-1", preventief=False)
    with pytest.raises(RefusedError) as info:
        Werkagenda(agenda.regio, agenda.activiteiten, Afspraak(d(8, 29), (SWV,)))
    assert info.value.regel == "R-WA-6"


def test_de_plannen_veranderen_laat_de_afspraak_vervallen_een_status_niet():
    afgesproken = stem_in(goede_agenda(), d(8, 29), (SWV,))
    assert afgesproken.meld_status("V-1", Uitvoeringsstatus.IN_UITVOERING).is_afgesproken
    assert not afgesproken.voeg_toe(rij("V-2", 1, Thema.INITIATIEF_EN_REGIE, d(9, 1))).afspraak
    assert not afgesproken.vervang(afgesproken.activiteit("V-1").met(doel="other")).afspraak
    assert not afgesproken.verwijder("V-1").is_afgesproken


def test_de_enige_preventie_van_een_afgesproken_agenda_laten_vervallen_wordt_geweigerd():
    afgesproken = stem_in(goede_agenda(), d(8, 29), (SWV,))
    with pytest.raises(RefusedError) as info:
        afgesproken.meld_status("O-1", Uitvoeringsstatus.VERVALLEN)
    assert info.value.regel == "R-WA-6"
    concept = goede_agenda().meld_status("O-1", Uitvoeringsstatus.VERVALLEN)
    assert concept.activiteit("O-1").status is Uitvoeringsstatus.VERVALLEN


@pytest.mark.parametrize(
    ("partijen", "veld"),
    [
        ((), "partijen"),
        (None, "partijen"),
        (SWV, "partijen"),
        ((SWV, "gemeente"), "partijen[1]"),
    ],
)
def test_instemmen_wil_een_rij_partijen(partijen, veld):
    with pytest.raises(InvalidValueError) as info:
        beoordeel_instemming(goede_agenda(), partijen)
    assert info.value.field == veld


def test_instemmen_wil_een_agenda_en_een_datum():
    with pytest.raises(InvalidValueError) as info:
        beoordeel_instemming("agenda", (SWV,))
    assert info.value.field == "werkagenda"
    with pytest.raises(InvalidValueError) as info:
        stem_in(goede_agenda(), "2016-08-29", (SWV,))
    assert info.value.field == "datum"
    with pytest.raises(InvalidValueError, match="twice"):
        stem_in(goede_agenda(), d(8, 29), (SWV, SWV))


def test_instemmen_met_een_moment_neemt_de_dag_in_amsterdam():
    laat = pendulum.datetime(2016, 8, 28, 22, 30, tz="UTC")  # 00:30 on 29 August in Amsterdam
    assert stem_in(goede_agenda(), laat, (SWV,)).afspraak.datum == d(8, 29)


# --- editing -------------------------------------------------------------------------------------


def test_codes_zijn_uniek_binnen_een_agenda():
    with pytest.raises(InvalidValueError, match="V-1") as info:
        goede_agenda().voeg_toe(Activiteit("V-1"))
    assert info.value.field == "Werkagenda.activiteiten"


def test_een_onbekende_code_wordt_gemeld():
    for poging in (
        lambda a: a.activiteit("NIEUW"),
        lambda a: a.verwijder("NIEUW"),
        lambda a: a.vervang(Activiteit("NIEUW")),
        lambda a: a.meld_status("NIEUW", Uitvoeringsstatus.GEPLAND),
    ):
        with pytest.raises(InvalidValueError) as info:
            poging(goede_agenda())
        assert info.value.field == "code"


def test_vervangen_wil_een_activiteit():
    with pytest.raises(InvalidValueError) as info:
        goede_agenda().vervang("V-1")
    assert info.value.field == "activiteit"


def test_vervangen_houdt_de_plaats():
    agenda = met(goede_agenda(), "B-1", doel="new goal")
    assert [a.code for a in agenda.activiteiten] == ["V-1", "B-1", "O-1", "A-1", "E-1"]
    assert agenda.activiteit("B-1").doel == "new goal"


def test_een_afgesproken_agenda_gaat_heen_en_terug_als_dict():
    afgesproken = stem_in(goede_agenda(), d(8, 29), (SWV, GEMEENTE)).meld_status(
        "V-1", Uitvoeringsstatus.GEREALISEERD, "verslag"
    )
    data = to_dict(afgesproken)
    assert data["afspraak"]["datum"] == "2016-08-29"
    assert data["activiteiten"][0]["wanneer"] == {"begin": "2016-09-01", "einde": "2016-10-01"}
    assert data["activiteiten"][0]["fase"] == "verkennen"
    assert from_dict(Werkagenda, data) == afgesproken


# --- rendering -----------------------------------------------------------------------------------


def test_markdown_geeft_per_fase_de_tabel_met_acht_kolommen():
    tekst = goede_agenda().voeg_toe(Activiteit("LOS")).to_markdown()
    koppen = re.findall(r"^### (.*)$", tekst, flags=re.MULTILINE)
    assert koppen == [
        "1. Verkennen",
        "2. Betrekken",
        "3. Ontwikkelen",
        "4. Arrangeren",
        "5. Activeren",
        "zonder fase",
    ]
    kop = "| Fase | Thema | Activiteit | Wie | Wanneer | Instrumenten | Concreet resultaat | Doel |"
    assert tekst.count(kop) == 6
    assert "Concept: nog niet afgesproken." in tekst
    assert (
        "| 3. Ontwikkelen | samen tempo maken | O-1: activity O-1 (preventie) | "
        "SWV Rivierenland (samenwerkingsverband) | 2016-11-01 t/m 2016-12-01 | overleg | "
        "a result | a goal |"
    ) in tekst
    assert "| ontbreekt | ontbreekt | LOS: ontbreekt | ontbreekt |" in tekst


def test_markdown_ontsnapt_pijpen_en_regeleinden_van_de_gebruiker():
    agenda = met(goede_agenda(), "V-1", omschrijving="tel | volg\nken", doel="<b>doel</b>")
    regel = next(r for r in agenda.to_markdown().splitlines() if "V-1:" in r)
    assert "V-1: tel \\| volg ken" in regel
    assert "\\<b\\>doel\\</b\\>" in regel


def test_markdown_en_html_noemen_de_afspraak():
    afgesproken = stem_in(goede_agenda(), d(8, 29), (SWV, GEMEENTE))
    verwacht = (
        "Afgesproken op 2016-08-29 door SWV Rivierenland (samenwerkingsverband); "
        "Gemeente Tiel (gemeentelijk beleidsambtenaar)."
    )
    assert verwacht in afgesproken.to_html()
    assert "Afgesproken op 2016-08-29 door SWV Rivierenland" in afgesproken.to_markdown()


def test_html_geeft_per_fase_een_tabel_met_caption():
    html = goede_agenda()._repr_html_()
    assert html == goede_agenda().to_html()
    assert re.findall(r"<caption>(.*?)</caption>", html) == [f.label for f in Fase]
    assert html.startswith('<div class="gedragswerk-werkagenda"><h3>Werkagenda Rivierenland</h3>')
    assert "gerealiseerd" not in html


class Lezer(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.tekst = []

    def handle_starttag(self, tag, attrs):  # noqa: ARG002 - the attributes do not matter here
        self.tags.append(tag)

    def handle_data(self, data):
        self.tekst.append(data)


_injecties = st.one_of(
    st.text(min_size=1, max_size=30).filter(lambda s: s.strip()),
    st.sampled_from(
        ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "a & b \"c\" 'd'", "</td>"]
    ),
)


@given(_injecties, st.sampled_from(["regio", "omschrijving", "resultaat", "doel", "instrument"]))
def test_elke_tekst_komt_ontsnapt_uit_de_html(tekst, waar):
    agenda = goede_agenda()
    if waar == "regio":
        agenda = Werkagenda(tekst, agenda.activiteiten)
    elif waar == "instrument":
        agenda = met(agenda, "B-1", instrumenten=(tekst,))
    else:
        agenda = met(agenda, "B-1", **{waar: tekst})
    html = agenda._repr_html_()
    tags, inhoud = html_tags_en_tekst(html)
    assert tags <= _TABELTAGS
    assert tekst in inhoud
    assert "<script" not in html


def html_tags_en_tekst(html):
    lezer = Lezer()
    lezer.feed(html)
    lezer.close()
    return set(lezer.tags), "".join(lezer.tekst)


_TABELTAGS = {"div", "h3", "p", "table", "caption", "thead", "tbody", "tr", "th", "td"}


@given(gst.regionale_partijen(), _injecties)
def test_partijnamen_en_codes_komen_ook_ontsnapt_uit_de_html(partij, tekst):
    assume(partij.rol is not Rol.LEERLING)  # a pupil is named by a pseudonym only (R-ACT-4)
    naam = Partij(tekst[:200], partij.rol, omschrijving=partij.omschrijving)
    code = tekst[:40]
    agenda = goede_agenda().voeg_toe(
        rij(code, Fase.VERKENNEN, Thema.INITIATIEF_EN_REGIE, d(9, 1), wie=(naam,))
    )
    tags, inhoud = html_tags_en_tekst(agenda.to_html())
    assert tags <= _TABELTAGS
    assert f"{code}: activity {code}" in inhoud
    assert f"{naam.naam} (" in inhoud


def test_r_wa_2_een_activiteit_zonder_datum_stopt_de_volgordecontrole_niet():
    # issue 18 (a mutant turned `continue` into `break`): V-1 has no date; O-1 (Ontwikkelen, 15
    # September) still starts before anything of Betrekken (1 October).
    agenda = met(
        met(goede_agenda(), "V-1", wanneer=None), "O-1", wanneer=Periode(d(9, 15), d(9, 15))
    )
    volgorde = [b for b in controleer(agenda) if b.regel == "R-WA-2"]
    assert [(b.activiteit, b.kolom) for b in volgorde] == [("O-1", Kolom.WANNEER)]
    assert "2. Betrekken" in volgorde[0].uitleg


def test_r_wa_2_de_eerste_start_van_een_fase_is_de_vroegste_van_haar_activiteiten():
    # issue 18: V-2 starts after V-1; Betrekken on 20 September is after Verkennen began (1 Sep)
    agenda = goede_agenda()
    agenda = Werkagenda(
        agenda.regio,
        (
            *agenda.activiteiten[:1],
            rij("V-2", Fase.VERKENNEN, Thema.TELLEN_VOLGEN_EN_KENNEN, d(10, 15)),
            *agenda.activiteiten[1:],
        ),
    )
    agenda = met(agenda, "B-1", wanneer=Periode(d(9, 20), d(9, 30)))
    assert [b for b in controleer(agenda) if b.regel == "R-WA-2"] == []


def test_r_wa_5_de_uitleg_zegt_of_een_regionale_partij_instemt():
    from gedragswerk_core.werkagenda.controle import instemmingsredenen  # noqa: PLC0415

    gedragswerk = Partij("Gedragswerk", Rol.SPARRING_PARTNER)
    # the regional agreement is the last but one reason (the docstring of instemmingsredenen)
    regionaal_met = instemmingsredenen(goede_agenda().activiteiten, (SWV,))[-2]
    regionaal_zonder = instemmingsredenen(goede_agenda().activiteiten, (gedragswerk,))[-2]
    assert (regionaal_met.regel, regionaal_zonder.regel) == ("R-WA-5", "R-WA-5")
    assert (regionaal_met.voldaan, regionaal_zonder.voldaan) == (True, False)
    assert "only the sparring partner" not in regionaal_met.uitleg
    assert "only the sparring partner" in regionaal_zonder.uitleg
