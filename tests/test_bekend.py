"""What was known when (issue 19 point 4): recording moments, corrections, "as known on".

Rules: R-GEB-1 (events in the order they happened), R-GEB-2 (not recorded before it happened),
R-GEB-3 (the log only grows), R-GEB-4 (a correction amends without reopening).
"""

import pickle

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import (
    Escalatie,
    Geaccepteerd,
    Gecorrigeerd,
    Geescaleerd,
    GesprekGevoerd,
    HulpvraagOntvangen,
    Interventie,
    InvalidValueError,
    RefusedError,
    ResultaatGeboekt,
    Schooljaar,
    Signaalsoort,
    SparringRol,
    Status,
    accepteer,
    beoordeel,
    corrigeer,
    escaleer,
    from_dict,
    jaarcijfers,
    json_schema,
    ontvang,
    pas_toe,
    signaleer,
    to_dict,
    voer_gesprek,
    voorbeeld,
)
from gedragswerk_core import strategies as gst
from gedragswerk_core.interventie.vastlegging import MetVastlegging, laatst_vastgelegd
from gedragswerk_core.verantwoording.bronnen import REGELBRONNEN, Bronsoort

P = voorbeeld.partijen()


def dag(year, month, day):
    return voorbeeld.moment(year, month, day)


def _afgerond_met_tikfout():
    """The example case, its hulpvraag recorded as in September 2015 but received in July."""
    i = voorbeeld.afgeronde_interventie()
    juli = HulpvraagOntvangen(dag(2015, 7, 14), i.hulpvraag, i.kenmerk)
    return i, corrigeer(i, dag(2016, 9, 20), 0, juli, "tikfout in de datum van binnenkomst")


# --- the must-show: an "as known on" annual figure that differs from today's ---------------------


def test_een_jaarcijfer_zoals_bekend_op_1_augustus_verschilt_van_nu_na_een_correctie():
    voor, na = _afgerond_met_tikfout()
    # As reported on 1 August 2016: the hulpvraag came in on 14 September 2015, in 2015-2016.
    toen = jaarcijfers([na], Schooljaar(2015), bekend_op=pendulum.date(2016, 8, 1))
    assert (toen.gestart, toen.interventies) == (1, 1)
    assert toen == jaarcijfers([voor], Schooljaar(2015))
    # Today, after the correction of 20 September 2016: it came in on 14 July 2015, in the
    # school year before; 2015-2016 still carried it out, but it did not start then.
    nu = jaarcijfers([na], Schooljaar(2015))
    assert (nu.gestart, nu.interventies) == (0, 1)
    assert nu != toen
    # And 2014-2015: not known at all on 1 August 2015 (recorded in September); now it is.
    toen_2014 = jaarcijfers([na], Schooljaar(2014), bekend_op=pendulum.date(2015, 8, 1))
    assert toen_2014.interventies == 0
    assert (jaarcijfers([na], Schooljaar(2014)).gestart, na.status) == (1, Status.AFGEROND)


def test_signalen_zoals_bekend_op_een_dag_voor_de_correctie():
    i = ontvang(voorbeeld.hulpvraag(), dag(2015, 9, 14))
    i = accepteer(i, dag(2015, 9, 15))
    i = voer_gesprek(i, dag(2015, 10, 20), (P["swv"],), SparringRol.ADVISEUR)
    gesprek = GesprekGevoerd(dag(2015, 9, 20), (P["swv"],), SparringRol.ADVISEUR)
    gecorrigeerd = corrigeer(i, dag(2015, 11, 25), 2, gesprek, "het gesprek was in september")
    peildatum = pendulum.date(2015, 11, 20)
    geen_gesprek = Signaalsoort.GEEN_GESPREK
    # Six weeks after 20 October is 1 December: no signal then; after 20 September: one.
    toen = signaleer(gecorrigeerd, peildatum, bekend_op=pendulum.date(2015, 11, 21))
    assert geen_gesprek not in {s.soort for s in toen}
    assert geen_gesprek in {s.soort for s in signaleer(gecorrigeerd, peildatum)}
    assert signaleer(gecorrigeerd, peildatum, bekend_op=dag(2015, 9, 1)) == ()  # not known yet


# --- corrections (R-GEB-4) ------------------------------------------------------------------------


def test_een_correctie_heropent_niet_en_de_laatste_correctie_geldt():
    voor, na = _afgerond_met_tikfout()
    assert na.status is Status.AFGEROND
    assert not na.is_open
    assert len(na.gebeurtenissen) == len(voor.gebeurtenissen) + 1
    assert na.geldende_gebeurtenissen[0].moment == dag(2015, 7, 14)
    assert na.geldende_gebeurtenissen[1:] == voor.gebeurtenissen[1:]
    augustus = HulpvraagOntvangen(dag(2015, 8, 14), na.hulpvraag, na.kenmerk)
    weer = corrigeer(na, dag(2016, 10, 1), 0, augustus, "toch augustus")
    assert weer.geldende_gebeurtenissen[0].moment == dag(2015, 8, 14)
    assert weer.toestand.begin == dag(2015, 8, 14)
    # As known before the second correction: the first one holds.
    assert weer.bekend_op(dag(2016, 9, 30)) == na


def test_een_correctie_die_een_regel_breekt_wordt_geweigerd_met_die_regel():
    i = voorbeeld.afgeronde_interventie()
    later = dag(2016, 9, 1)
    na_de_start = Geaccepteerd(dag(2015, 9, 1))  # before the hulpvraag came in (14 September)
    gevallen = {
        "R-GEB-1": Gecorrigeerd(later, 1, na_de_start, "r"),
        "R-GEB-4": Gecorrigeerd(later, 1, Geescaleerd(dag(2015, 9, 16), Escalatie.ACTIETAFEL), "r"),
        "R-GEB-2": Gecorrigeerd(later, 1, Geaccepteerd(dag(2016, 9, 2)), "r"),
    }
    for regel, correctie in gevallen.items():
        besluit = beoordeel(i, correctie)
        assert not besluit.toegestaan
        assert besluit.bezwaren[0].regel == regel
        with pytest.raises(RefusedError) as info:
            pas_toe(i, correctie)
        assert info.value.besluit == besluit
    # A position past the history in force.
    with pytest.raises(RefusedError) as info:
        pas_toe(i, Gecorrigeerd(later, 40, Geaccepteerd(dag(2015, 9, 16)), "r"))
    assert info.value.besluit.bezwaren[0].code == "R-GEB-4.positie"
    # A booked result for a pupil of the hulpvraag, corrected to a pupil it does not name.
    resultaat = next(n for n, g in enumerate(i.gebeurtenissen) if type(g) is ResultaatGeboekt)
    vreemd = attrs.evolve(i.gebeurtenissen[resultaat], leerling="L-9999-999")
    with pytest.raises(RefusedError) as info:
        corrigeer(i, later, resultaat, vreemd, "r")
    assert info.value.besluit.bezwaren[0].regel == "R-LC-1"


def test_een_correctie_van_een_correctie_kan_niet():
    eerste = Gecorrigeerd(dag(2015, 12, 1), 1, Geaccepteerd(dag(2015, 9, 15)), "r")
    with pytest.raises(InvalidValueError) as info:
        Gecorrigeerd(dag(2015, 12, 2), 2, eerste, "r")
    assert (info.value.field, info.value.regel) == ("Gecorrigeerd.vervanging", "R-GEB-4")
    for positie in (-1, True, 10_001):
        with pytest.raises(InvalidValueError) as info:
            Gecorrigeerd(dag(2015, 12, 2), positie, Geaccepteerd(dag(2015, 9, 15)), "r")
        assert info.value.field == "Gecorrigeerd.positie"


def test_de_reden_van_een_correctie_staat_niet_in_repr():
    _, na = _afgerond_met_tikfout()
    assert "tikfout" not in repr(na.gebeurtenissen[-1])


@given(st.data())
def test_een_toegestane_correctie_laat_de_status_en_de_rest_zoals_ze_waren(data):
    i = data.draw(gst.interventies(max_stappen=6))
    correctie = data.draw(gst.correcties(i))
    besluit = beoordeel(i, correctie)
    if not besluit.toegestaan:
        with pytest.raises(RefusedError):
            pas_toe(i, correctie)
        return
    na = pas_toe(i, correctie)
    assert na.status is i.status
    assert len(na.geldende_gebeurtenissen) == len(i.geldende_gebeurtenissen)
    assert na.geldende_gebeurtenissen[correctie.positie] == correctie.vervanging
    for k, (oud, nieuw) in enumerate(
        zip(i.geldende_gebeurtenissen, na.geldende_gebeurtenissen, strict=True)
    ):
        assert k == correctie.positie or oud is nieuw
    # Replayed from its log, the corrected intervention is the same.
    assert Interventie(na.gebeurtenissen) == na
    assert na.bekend_op(laatst_vastgelegd(i)) in (i, na)  # the correction may share its moment


# --- recording moments (R-GEB-2, R-GEB-3) ---------------------------------------------------------


def test_laat_vastgelegd_en_de_volgorde_van_vastleggen():
    i = voorbeeld.interventie_na_intake()
    laatste = i.toestand.laatste
    escalatie = Geescaleerd(laatste.add(days=1), Escalatie.ACTIETAFEL)
    with pytest.raises(InvalidValueError) as info:
        pas_toe(i, escalatie, vastgelegd=laatste)
    assert (info.value.field, info.value.regel) == ("vastgelegd", "R-GEB-2")
    laat = pas_toe(i, escalatie, vastgelegd=laatste.add(days=10))
    assert laat.vastgelegd == (*([None] * len(i.gebeurtenissen)), laatste.add(days=10))
    # Happened after the escalation, recorded before it was: the log would go back.
    with pytest.raises(InvalidValueError) as info:
        escaleer(laat, laatste.add(days=2), Escalatie.INTERVENTIETEAM)
    assert (info.value.field, info.value.regel) == ("Geescaleerd.moment", "R-GEB-3")
    tweede = Geescaleerd(laatste.add(days=2), Escalatie.INTERVENTIETEAM)
    verder = pas_toe(laat, tweede, vastgelegd=laatste.add(days=11))
    assert verder.bekend_op(laatste.add(days=10)) == laat
    assert verder.bekend_op(laatste.add(days=5)) == i
    # The recording moments are part of the value: the log alone is another intervention.
    assert Interventie(verder.gebeurtenissen) != verder
    assert Interventie.met_vastlegging(verder.gebeurtenissen, verder.vastgelegd) == verder


def test_vastgelegd_als_lijst_wordt_gecontroleerd():
    i = voorbeeld.interventie_na_intake()
    for fout in ("2015-01-01", [None], 5):
        with pytest.raises(InvalidValueError) as info:
            Interventie.met_vastlegging(i.gebeurtenissen, fout)
        assert info.value.field == "Interventie.vastgelegd"
    vroeg = [i.gebeurtenissen[0].moment.subtract(days=1), None]
    with pytest.raises(InvalidValueError) as info:
        Interventie.met_vastlegging(i.gebeurtenissen, vroeg)
    assert (info.value.field, info.value.regel) == ("Interventie.vastgelegd[0]", "R-GEB-2")
    te_vroeg = [None, i.gebeurtenissen[1].moment.subtract(seconds=1)]
    with pytest.raises(InvalidValueError) as info:
        Interventie.met_vastlegging(i.gebeurtenissen, te_vroeg)
    assert (info.value.field, info.value.regel) == ("Interventie.vastgelegd[1]", "R-GEB-2")
    assert Interventie.met_vastlegging(i.gebeurtenissen, [None, None]) == i
    assert Interventie.met_vastlegging(i.gebeurtenissen, [None, None]).vastgelegd is None


@given(gst.interventies(max_stappen=8, laat=True))
def test_bekend_op_het_laatste_vastleggen_is_de_interventie_van_nu(i):
    laatste = laatst_vastgelegd(i)
    assert i.bekend_op(laatste) is i
    assert i.bekend_op(laatste.add(years=3)) is i
    assert i.bekend_op(i.gebeurtenissen[0].moment.subtract(seconds=1)) is None


@given(gst.interventies(max_stappen=8, laat=True), st.data())
def test_bekend_op_een_eerder_moment_is_een_begin_van_het_logboek(i, data):
    k = data.draw(st.integers(0, len(i.gebeurtenissen) - 1))
    vastgelegd = i.vastgelegd[k] if i.vastgelegd and i.vastgelegd[k] else i.gebeurtenissen[k].moment
    toen = i.bekend_op(vastgelegd)
    assert toen is not None
    n = len(toen.gebeurtenissen)
    assert n > k
    assert toen.gebeurtenissen == i.gebeurtenissen[:n]
    assert jaarcijfers([toen], Schooljaar(2015)) == jaarcijfers(
        [i], Schooljaar(2015), bekend_op=vastgelegd
    )


# --- the dict form, the schema, pickle, the rule sources ------------------------------------------


@given(gst.interventies(max_stappen=8, laat=True))
def test_een_gecorrigeerde_en_laat_vastgelegde_geschiedenis_komt_heel_terug(i):
    data = to_dict(i)
    assert ("vastgelegd" in data) == (i.vastgelegd is not None)
    terug = from_dict(Interventie, data)
    assert terug == i
    assert terug.geldende_gebeurtenissen == i.geldende_gebeurtenissen
    assert pickle.loads(pickle.dumps(i)) == i  # noqa: S301 - our own value
    assert hash(terug) == hash(i)


@given(gst.interventies(max_stappen=8))
def test_zonder_late_vastlegging_blijft_de_dictvorm_zoals_hij_was(i):
    data = to_dict(i)
    assert sorted(data) == ["gebeurtenissen", "schema_version"]
    assert all("vastgelegd" not in g for g in data["gebeurtenissen"])


def test_het_schema_toont_vastgelegd_als_optioneel_en_de_correctie():
    schema = json_schema(Interventie)
    assert "vastgelegd" in schema["properties"]
    assert schema["required"] == ["gebeurtenissen"]
    correctie = json_schema(Gecorrigeerd)
    assert correctie["required"] == ["moment", "positie", "vervanging", "reden"]


def test_de_regels_van_de_geschiedenis_hebben_een_bron():
    for regel in ("R-GEB-1", "R-GEB-2", "R-GEB-3", "R-GEB-4"):
        assert REGELBRONNEN[regel].soort is Bronsoort.BIBLIOTHEEK


@pytest.mark.parametrize("moment", ["gisteren", pendulum.naive(2016, 1, 1), 20160101])
def test_bekend_op_met_iets_anders_dan_een_moment(moment):
    i = voorbeeld.afgeronde_interventie()
    with pytest.raises(InvalidValueError):
        i.bekend_op(moment)
    with pytest.raises(InvalidValueError):
        jaarcijfers([i], Schooljaar(2015), bekend_op=moment)


def test_de_drager_van_een_logboek_met_vastlegging_is_zijn_gebeurtenissen():
    i = voorbeeld.interventie_na_intake()
    assert tuple(MetVastlegging(i.gebeurtenissen, None)) == i.gebeurtenissen
    assert Interventie(MetVastlegging(i.gebeurtenissen, None)) == i


def test_vastgelegd_toen_het_gebeurde_is_geen_late_vastlegging_r_geb_2():
    i = voorbeeld.afgeronde_interventie()
    zelfde = Interventie.met_vastlegging(i.gebeurtenissen, [g.moment for g in i.gebeurtenissen])
    assert zelfde == i
    assert zelfde.vastgelegd is None
    assert "vastgelegd" not in to_dict(zelfde)
