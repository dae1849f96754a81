"""Shipped strategies: every public value class covered, values valid, bounds kept."""

import datetime as dt
import doctest
import importlib
import inspect
import sys
from collections import Counter

import attrs
import pendulum
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import gedragswerk_core
from gedragswerk_core import (
    Bellertype,
    InvalidValueError,
    MissingExtraError,
    Partij,
    RegionaleVraag,
    Rol,
    Schooljaar,
    Uitvoeringsstatus,
    controleer,
    jaarcijfers,
    voorbeeld,
)
from gedragswerk_core import strategies as gst
from gedragswerk_core.interventie.gebeurtenissen import GEBEURTENISSEN, Heropend
from gedragswerk_core.interventie.stappen import Status
from gedragswerk_core.serialisatie.converter import _vormen

D = pendulum.date


def geexporteerde_waardeklassen():
    """Every exported value class: the attrs classes, and those with a dict form (Interventie)."""
    return {
        obj
        for naam in gedragswerk_core.__all__
        if isinstance(obj := getattr(gedragswerk_core, naam), type)
        and (attrs.has(obj) or obj in _vormen())
    }


# --- coverage of the public value classes --------------------------------------------------------


def test_elke_geexporteerde_waardeklasse_heeft_een_strategie():
    gedekt = set(gst.waardetypen())
    assert geexporteerde_waardeklassen() - gedekt == set()  # none left out
    assert gedekt <= geexporteerde_waardeklassen()  # no stale or private class in the table
    assert len(gedekt) == len(gst.waardetypen())  # each class once


@pytest.mark.parametrize("cls", gst.waardetypen(), ids=lambda c: c.__name__)
@settings(max_examples=10)
@given(data=st.data())
def test_de_strategie_van_een_klasse_maakt_waarden_van_die_klasse(cls, data):
    assert type(data.draw(gst.waarden(cls))) is cls


@pytest.mark.parametrize("cls", [object, int, "Interventie", None, [], Rol])
def test_waarden_van_iets_anders_dan_een_waardeklasse_geeft_een_bibliotheekfout(cls):
    with pytest.raises(InvalidValueError) as info:
        gst.waarden(cls)
    assert info.value.field == "cls"
    assert "waardetypen" in info.value.hint


def test_de_voorbeelden_in_de_module_draaien():
    resultaat = doctest.testmod(gst, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert resultaat.attempted >= 6  # the module docstring's and waarden's
    assert resultaat.failed == 0


def test_zonder_hypothesis_zegt_de_fout_welke_extra_nodig_is(monkeypatch):
    monkeypatch.setitem(sys.modules, "hypothesis", None)
    monkeypatch.delitem(sys.modules, "gedragswerk_core.strategies")
    with pytest.raises(MissingExtraError) as info:
        importlib.import_module("gedragswerk_core.strategies")
    assert isinstance(info.value, ImportError)
    assert "gedragswerk-core[strategies]" in info.value.hint


ZONDER_ARGUMENTEN = sorted(
    set(gst.__all__) - {"waarden", "waardetypen", "gebeurtenissen_na", "correcties"}
)


@pytest.mark.parametrize("naam", ZONDER_ARGUMENTEN)
def test_elke_strategie_is_beschreven_en_werkt_zonder_argumenten(naam):
    functie = getattr(gst, naam)
    assert inspect.getdoc(functie)
    strategie = functie()
    assert isinstance(strategie, st.SearchStrategy)
    if not inspect.signature(functie).parameters:
        assert functie() is strategie  # built once and shared


# --- bounds and options --------------------------------------------------------------------------


@given(st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)), st.integers(0, 400), st.data())
def test_datums_perioden_en_momenten_blijven_binnen_de_grenzen(begin, lengte, data):
    einde = begin + dt.timedelta(days=lengte)
    dag = data.draw(gst.datums(begin, einde))
    assert type(dag) is pendulum.Date
    assert begin <= dag <= einde
    periode = data.draw(gst.perioden(begin, einde, max_dagen=10))
    assert begin <= periode.begin <= einde
    assert periode.dagen <= 11
    van = pendulum.datetime(begin.year, begin.month, begin.day, tz="Europe/Amsterdam")
    moment = data.draw(gst.momenten(van, van.add(days=lengte)))
    assert van <= moment <= van.add(days=lengte)
    assert moment.timezone_name == "Europe/Amsterdam"


@given(gst.schoolkalenders(D(2016, 1, 1), D(2016, 6, 30), max_vakanties=4, max_dagen=10))
def test_schoolkalenders_hebben_hoogstens_zoveel_vakanties_binnen_de_grenzen(kalender):
    assert len(kalender.vakanties) <= 4
    for vakantie in kalender.vakanties:
        assert D(2016, 1, 1) <= vakantie.begin <= D(2016, 6, 30)
        assert vakantie.dagen <= 11


@given(gst.schrikkeldatums(dt.date(1990, 3, 1), dt.date(2028, 2, 28)), gst.schrikkeldatums())
def test_schrikkeldatums_zijn_29_februari_binnen_de_grenzen(binnen, standaard):
    assert (binnen.month, binnen.day) == (2, 29)
    assert 1992 <= binnen.year <= 2024  # 1988 and 2028 fall outside the bounds
    assert (standaard.month, standaard.day) == (2, 29)
    assert 2000 <= standaard.year <= 2040


@given(gst.afwezigheidsreeksen(D(2016, 1, 1), D(2016, 3, 31), max_dagen=10))
def test_een_afwezigheidsreeks_is_elke_dag_heel_en_ongeoorloofd(reeks):
    dagen = [a.datum for a in reeks]
    assert D(2016, 1, 1) <= dagen[0] <= D(2016, 3, 31)
    assert dagen == [dagen[0].add(days=n) for n in range(len(dagen))]
    assert 1 <= len(dagen) <= 11
    assert all(a.hele_dag and not a.geoorloofd for a in reeks)


@given(gst.afwezigheden(D(2016, 1, 1), D(2016, 1, 31)), gst.vrijstellingen(D(2016, 1, 1)))
def test_afwezigheden_en_vrijstellingen_beginnen_binnen_de_grenzen(afwezigheid, vrijstelling):
    assert D(2016, 1, 1) <= afwezigheid.datum <= D(2016, 1, 31)
    assert 15 <= afwezigheid.minuten <= 480
    assert vrijstelling.begin >= D(2016, 1, 1)


@given(gst.afgesproken_werkagendas())
def test_een_afgesproken_werkagenda_heeft_geen_fouten_en_een_preventie_item(agenda):
    # R-WA-5: agreed by every party that carries an activity; R-WA-6: a prevention item
    assert agenda.is_afgesproken
    assert not [b for b in controleer(agenda) if b.is_fout]
    dragers = {p for a in agenda.activiteiten for p in a.wie}
    assert dragers == set(agenda.afspraak.partijen)
    assert any(
        a.preventief and a.status is not Uitvoeringsstatus.VERVALLEN for a in agenda.activiteiten
    )


@given(gst.werkagendas(max_activiteiten=2, min_value=D(2016, 1, 1), max_value=D(2016, 12, 31)))
def test_werkagendas_houden_zich_aan_het_aantal_en_de_periode(agenda):
    assert len(agenda.activiteiten) <= 2
    for a in agenda.activiteiten:
        assert a.wanneer is None or D(2016, 1, 1) <= a.wanneer.begin <= D(2016, 12, 31)
        assert a.bewijs is None or a.status is Uitvoeringsstatus.GEREALISEERD


@given(gst.activiteiten("X-1", max_dagen=0), gst.lopende_werkagendas(max_activiteiten=3))
def test_een_vaste_code_en_lopende_agendas_met_alleen_wat_voortgang_ziet(activiteit, agenda):
    assert activiteit.code == "X-1"
    assert activiteit.wanneer is None or activiteit.wanneer.dagen == 1
    assert len(agenda.activiteiten) <= 3
    assert all(a.omschrijving is None and a.wie == () for a in agenda.activiteiten)


SCHOOL = Partij("Het Lingecollege", Rol.SCHOOLLEIDER)


@given(gst.diagnoses((SCHOOL,), max_beoordelingen=3), gst.beoordelingen((SCHOOL,)))
def test_diagnoses_en_beoordelingen_over_de_gegeven_partijen(diagnose, beoordeling):
    assert diagnose.partijen == (SCHOOL,)
    assert len(diagnose.beoordelingen) <= 3
    assert beoordeling.partij == SCHOOL


@given(gst.verkenningen(max_antwoorden=3), gst.antwoorden(D(2016, 1, 1), D(2016, 1, 31)))
def test_verkenningen_beginnen_met_vraag_1_en_antwoorden_binnen_de_grenzen(verkenning, antwoord):
    assert len(verkenning.antwoorden) <= 4  # one more when question 1 had to be put first
    if verkenning.antwoorden:
        assert verkenning.antwoorden[0].vraag is RegionaleVraag.THUISZITTERS
    assert D(2016, 1, 1) <= antwoord.datum <= D(2016, 1, 31)


@given(gst.geschreven_systeemvraagcodes())
def test_geschreven_codes_zijn_codes_van_de_catalogus(code):
    assert code.strip().upper() in {f"SYS-{n:02d}" for n in range(1, 17)}


@given(
    gst.hulpvragen(consulenten_betrokken=True, systemisch_aspect=False),
    gst.partijen(st.just(Rol.OVERIG)),
    gst.regionale_partijen(),
)
def test_vaste_feiten_en_rollen_worden_gevolgd(hulpvraag, overig, regionaal):
    assert (hulpvraag.consulenten_betrokken, hulpvraag.systemisch_aspect) == (True, False)
    assert overig.omschrijving is not None
    assert regionaal.rol is not Rol.SPARRING_PARTNER


@given(gst.gebeurtenissen(Heropend), gst.gebeurtenissen())
def test_gebeurtenissen_van_een_soort_of_van_elke_soort(heropend, gebeurtenis):
    assert type(heropend) is Heropend
    assert type(gebeurtenis) in GEBEURTENISSEN


@given(st.data())
def test_een_gebeurtenis_na_een_interventie_ligt_er_niet_voor(data):
    interventie = voorbeeld.interventie_na_intake()
    stap = pendulum.duration(days=2)
    g = data.draw(gst.gebeurtenissen_na(interventie, max_stap=stap))
    laatste = interventie.toestand.laatste
    assert laatste <= g.moment <= laatste + stap


# --- reporting: shares, contacts, the survey, the annual figures ---------------------------------

VAN = pendulum.datetime(2015, 7, 1, tz="UTC")
TOT = pendulum.datetime(2015, 9, 1, tz="UTC")
# Midnight of 1 August 2015 in Amsterdam: the one school-year boundary between VAN and TOT.
GRENS = pendulum.datetime(2015, 8, 1, tz="Europe/Amsterdam")


@given(gst.contacten(VAN, TOT))
def test_contacten_liggen_binnen_de_grenzen_in_een_van_de_vier_zones(contact):
    assert VAN <= contact.moment <= TOT
    assert contact.moment.timezone_name in {
        "Europe/Amsterdam",
        "UTC",
        "Etc/GMT+12",
        "Pacific/Kiritimati",
    }


def test_de_helft_van_de_contacten_valt_rond_het_begin_van_een_schooljaar():
    # Drawn from the strategy 200 times: near the boundary, by chance alone, would be 6 of 62 days.
    momenten = []

    @settings(max_examples=200, derandomize=True, database=None)
    @given(gst.contacten(VAN, TOT))
    def verzamel(contact):
        momenten.append(contact.moment)

    verzamel()
    dichtbij = sum(abs((m - GRENS).total_seconds()) <= 3 * 86_400 for m in momenten)
    assert dichtbij >= len(momenten) // 4


@given(gst.aandelen("of whom", max_noemer=5), gst.contacttellingen(Bellertype.OUDER))
def test_aandelen_en_contacttellingen_volgen_omschrijving_grens_en_beller(aandeel, telling):
    assert aandeel.noemer_omschrijving == "of whom"
    assert 0 <= aandeel.teller <= aandeel.noemer <= 5
    assert telling.beller is Bellertype.OUDER


@given(gst.enqueteuitkomsten(max_responsen=2))
def test_enqueteuitkomsten_tellen_hoogstens_zoveel_responsen(uitkomsten):
    assert uitkomsten.respondenten <= 2


@given(gst.jaarcijfers_waarden(Schooljaar(2015)))
def test_jaarcijfers_zijn_van_het_gevraagde_jaar_en_zoals_jaarcijfers_ze_schrijft(cijfers):
    assert cijfers.schooljaar == Schooljaar(2015)
    # Adding an empty year rebuilds the value the way `jaarcijfers` builds it: labels trimmed
    # and sorted, rankings in order, months August to July; nothing may change.
    assert jaarcijfers([], Schooljaar(2015)) + cijfers == cijfers


@pytest.mark.parametrize("schooljaar", [2015, "2015-2016", D(2015, 8, 1)])
def test_jaarcijfers_van_iets_anders_dan_een_schooljaar_geeft_een_bibliotheekfout(schooljaar):
    with pytest.raises(InvalidValueError) as info:
        gst.jaarcijfers_waarden(schooljaar)
    assert info.value.field == "schooljaar"


def test_interventies_bereiken_elke_status_met_weinig_geschiedenissen_van_een_gebeurtenis():
    # issue 18: a history that stops after its first event (64 % of draws before) reaches no
    # closing or handover; the strategy now draws commands the status allows.
    statussen: Counter[Status] = Counter()
    lengtes: Counter[bool] = Counter()

    @settings(
        max_examples=400,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(gst.interventies())
    def trek(interventie):
        statussen[interventie.status] += 1
        lengtes[len(interventie.gebeurtenissen) == 1] += 1

    trek()
    getrokken = sum(lengtes.values())
    assert getrokken >= 300
    assert set(statussen) == set(Status), statussen
    assert lengtes[True] < 0.10 * getrokken, lengtes
