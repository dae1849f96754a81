"""Standing tables and the interventieteam (R-TAF-1, R-IT-1): events, fold, decisions.

Seed 002 §3.1.1 ("structureel deelgenomen aan 19 actie- of thuiszitterstafels"), §3.2
("Hulpmiddel actietafel thuiszitters": the table puts the right people in position) and
§3.1.2.7 (the interventieteam: three aims, 25 situations, discussed every two weeks).
"""

import itertools

import pendulum
import pytest
from hypothesis import given

from gedragswerk_core import (
    Actietafel,
    CasusAfgesloten,
    CasusIngebracht,
    InterventieRef,
    Interventieteam,
    InvalidValueError,
    LidToegetreden,
    OverlegGehouden,
    Partij,
    RefusedError,
    Rol,
    Schooljaar,
    TafelIngesteld,
    Teamdoel,
    TeamGestart,
    beoordeel_tafelstap,
    breng_in,
    houd_overleg,
    jaarverslag2015,
    sluit_casus,
    start_interventieteam,
    stel_actietafel_in,
    treed_toe,
    vertrek,
)
from gedragswerk_core import strategies as gst

AMS = "Europe/Amsterdam"
GW = Partij("Gedragswerk", Rol.SPARRING_PARTNER)
LPA = Partij("Leerplicht Tiel", Rol.LEERPLICHTAMBTENAAR)
SWV = Partij("SWV Rivierenland", Rol.SAMENWERKINGSVERBAND)
OCW = Partij("Ministerie van OCW", Rol.OVERIG, omschrijving="ministerie")


def _m(*args, tz=AMS):
    return pendulum.datetime(*args, tz=tz)


def _tafel():
    t = stel_actietafel_in("Tiel", "Rivierenland", _m(2015, 9, 1), ritme_weken=4)
    for p in (LPA, SWV, GW):
        t = treed_toe(t, _m(2015, 9, 1), p)
    return t


# --- R-TAF-1: a standing multi-party table -------------------------------------------------------


def test_een_actietafel_heeft_leden_casussen_en_overleggen_in_een_ritme():
    # seed 002 §3.2: a standing table for pupils without education; seed 002 §3.1.1: structural
    t = breng_in(_tafel(), _m(2015, 9, 8), "L-017", LPA, interventie="GW-2015-017")
    t = houd_overleg(t, _m(2015, 9, 29), (LPA, SWV, GW), ("L-017",))
    assert (t.naam, t.regio, t.ritme_weken) == ("Tiel", "Rivierenland", 4)
    assert t.leden == (LPA, SWV, GW)
    assert [str(r) for r in t.open_casussen] == ["L-017"]
    assert t.interventies() == (InterventieRef("GW-2015-017"),)
    assert t.volgend_overleg == pendulum.date(2015, 10, 27)
    t = sluit_casus(t, _m(2015, 10, 27), "L-017", passend_onderwijs=True)
    assert t.open_casussen == ()
    assert t.stand.passend_onderwijs == 1
    assert len(t.stand.ingebracht) == 1
    assert Actietafel(t.gebeurtenissen) == t  # the constructor replays the history


@pytest.mark.parametrize(
    ("stap", "regel", "uitleg"),
    [
        # seed 002 §3.2: the table brings the right people in position: its members bring cases
        (lambda t: breng_in(t, _m(2015, 9, 8), "L-1", OCW), "R-TAF-1", "by a member"),
        (lambda t: treed_toe(t, _m(2015, 9, 8), LPA), "R-TAF-1", "member of the table once"),
        (lambda t: vertrek(t, _m(2015, 9, 8), OCW), "R-TAF-1", "only a member leaves"),
        # multi-party: two members at least, none from outside
        (lambda t: houd_overleg(t, _m(2015, 9, 8), (LPA,)), "R-TAF-1", "at least two"),
        (lambda t: houd_overleg(t, _m(2015, 9, 8), (LPA, OCW)), "R-TAF-1", "is a member"),
        # R-LC-4 (seed 002 §2 point 5): Gedragswerk supports, the region carries the table
        (lambda t: houd_overleg(t, _m(2015, 9, 8), (GW,)), "R-LC-4", "not only Gedragswerk"),
        (lambda t: houd_overleg(t, _m(2015, 9, 8), (LPA, GW), ("L-9",)), "R-TAF-1", "open cases"),
        (
            lambda t: sluit_casus(t, _m(2015, 9, 8), "L-9", passend_onderwijs=False),
            "R-TAF-1",
            "open",
        ),
        (
            lambda t: breng_in(breng_in(t, _m(2015, 9, 8), "L-1", LPA), _m(2015, 9, 9), "L-1", SWV),
            "R-TAF-1",
            "open at the table once",
        ),
    ],
)
def test_een_stap_tegen_de_regels_wordt_geweigerd_met_de_regel(stap, regel, uitleg):
    with pytest.raises(RefusedError) as info:
        stap(_tafel())
    bezwaren = info.value.besluit.bezwaren
    assert any(b.regel == regel and uitleg in b.uitleg for b in bezwaren), bezwaren


def test_een_tafel_begint_met_een_eigen_eerste_gebeurtenis():
    # R-TAF-1, R-IT-1: an actietafel is set up once; the team starts once
    with pytest.raises(RefusedError):
        Actietafel((TeamGestart(_m(2016, 1, 11)),))
    with pytest.raises(RefusedError):
        Interventieteam((TafelIngesteld(_m(2016, 1, 11), "Tiel", "Tiel"),))
    tweede = TafelIngesteld(_m(2016, 1, 12), "Tiel", "Tiel")
    besluit = beoordeel_tafelstap(_tafel(), tweede)
    assert not besluit.toegestaan
    assert besluit.regels == ("R-TAF-1",)


@pytest.mark.parametrize(
    ("gebeurtenissen", "veld"),
    [
        ((), "gebeurtenissen"),
        ("geen rij", "gebeurtenissen"),
        ((TafelIngesteld(_m(2015, 9, 1), "Tiel", "Tiel"), "x"), "gebeurtenissen[1]"),
        (
            (
                TafelIngesteld(_m(2015, 9, 2), "Tiel", "Tiel"),
                LidToegetreden(_m(2015, 9, 1), LPA),
            ),
            "gebeurtenissen[1].moment",
        ),
    ],
)
def test_een_onmogelijke_geschiedenis_noemt_het_veld(gebeurtenissen, veld):
    with pytest.raises(InvalidValueError) as info:
        Actietafel(gebeurtenissen)
    assert info.value.field == veld


def test_verkeerde_argumenten_noemen_het_veld():
    with pytest.raises(InvalidValueError) as info:
        beoordeel_tafelstap("tafel", TeamGestart(_m(2016, 1, 1)))
    assert info.value.field == "tafel"
    with pytest.raises(InvalidValueError) as info:
        beoordeel_tafelstap(_tafel(), "stap")
    assert info.value.field == "gebeurtenis"
    with pytest.raises(InvalidValueError) as info:
        _tafel().deelname_in(2015)
    assert info.value.field == "schooljaar"
    with pytest.raises(InvalidValueError):
        TafelIngesteld(_m(2015, 9, 1), "Tiel", "Tiel", ritme_weken=0)


@pytest.mark.parametrize(
    ("toe", "af", "deelgenomen"),
    [
        (_m(2014, 9, 1), None, True),  # a member since before the year
        (_m(2016, 7, 31, 23, 59), None, True),  # joined on the last day (Amsterdam)
        (_m(2016, 7, 31, 22, 0, tz="UTC"), None, False),  # 00:00 on 1 August 2016
        (_m(2014, 9, 1), _m(2015, 7, 31, 23, 59), False),  # left before the year
        (_m(2014, 9, 1), _m(2015, 7, 31, 22, 0, tz="UTC"), True),  # left on 1 August 2015
    ],
)
def test_deelname_is_lidmaatschap_op_een_dag_van_het_schooljaar(toe, af, deelgenomen):
    # R-TAF-1 (seed 002 §3.1.1: "structureel deelgenomen"); days in Amsterdam (R-LPW-9)
    t = treed_toe(stel_actietafel_in("Ede", "Ede", _m(2014, 1, 1)), toe, GW)
    if af is not None:
        t = vertrek(t, af, GW)
    assert t.deelname_in(Schooljaar(2015)) is deelgenomen
    assert t.deelname_in(Schooljaar(2015), Rol.LEERPLICHTAMBTENAAR) is False


def test_wie_vertrekt_en_terugkomt_neemt_deel_in_het_jaar_van_terugkeer():
    t = treed_toe(stel_actietafel_in("Ede", "Ede", _m(2013, 1, 1)), _m(2013, 9, 1), GW)
    t = treed_toe(vertrek(t, _m(2014, 3, 1), GW), _m(2016, 3, 1), GW)
    assert [t.deelname_in(Schooljaar(j)) for j in (2012, 2013, 2014, 2015)] == [
        False,
        True,
        False,
        True,
    ]


# --- R-IT-1: the interventieteam -----------------------------------------------------------------


def _team():
    t = start_interventieteam(_m(2016, 1, 11))
    for p in (OCW, GW):
        t = treed_toe(t, _m(2016, 1, 11), p)
    return t


def test_het_interventieteam_heeft_drie_doelen():
    # seed 002 §3.1.2.7: solve complex cases; a learning effect; bottlenecks solved and put on
    # the agenda
    assert _team().doelen == (Teamdoel.OPLOSSEN, Teamdoel.LEEREFFECT, Teamdoel.KNELPUNTEN)


def test_casussen_komen_van_buiten_het_team_en_worden_twee_wekelijks_besproken():
    # seed 002 §3.1.2.7: cases are registered with the team; all discussed every two weeks
    t = breng_in(_team(), _m(2016, 1, 12), "L-1", SWV, interventie="GW-2015-071")
    t = breng_in(t, _m(2016, 1, 20), "L-2", LPA)
    assert t.niet_besproken(pendulum.date(2016, 1, 26)) == ()  # 14 days: on time
    assert [str(r) for r in t.niet_besproken(pendulum.date(2016, 1, 27))] == ["L-1"]
    t = houd_overleg(t, _m(2016, 1, 26), (OCW, GW), ("L-1",))
    assert t.niet_besproken(pendulum.date(2016, 2, 3)) == ()  # L-2: 14 days after 20 January
    assert [str(r) for r in t.niet_besproken(_m(2016, 2, 4, 12))] == ["L-2"]
    assert [str(r) for r in t.niet_besproken(pendulum.date(2016, 2, 10))] == ["L-1", "L-2"]
    t = sluit_casus(t, _m(2016, 2, 9), "L-2", passend_onderwijs=True)
    assert [str(r) for r in t.niet_besproken(pendulum.date(2016, 2, 10))] == ["L-1"]
    with pytest.raises(InvalidValueError) as info:
        t.niet_besproken("gisteren")
    assert info.value.field == "peildatum"


def test_het_interventieteam_van_2015_2016():
    # seed 002 §3.1.2.7: from January 2016, 25 complex situations, every one discussed two-weekly
    team = jaarverslag2015.interventieteam()
    assert team.gebeurtenissen[0].moment.in_timezone(AMS).date() == pendulum.date(2016, 1, 11)
    assert len(team.stand.ingebracht) == 25
    assert team.niet_besproken(pendulum.date(2016, 7, 15)) == ()
    assert len(team.interventies()) == 3
    dagen = [m.in_timezone(AMS).date() for m in team.stand.overleggen]
    assert {(b - a).days for a, b in itertools.pairwise(dagen)} == {14}


def test_de_19_tafels_van_2015_2016():
    # seed 002 §3.1.1: 19 tables by name; two more around the year do not count
    tafels = jaarverslag2015.actietafels()
    namen = [t.naam for t in tafels if t.deelname_in(Schooljaar(2015))]
    assert sorted(namen) == sorted(jaarverslag2015.ACTIETAFELS)
    assert len(tafels) == 21


# --- properties ---------------------------------------------------------------------------------


@given(gst.actietafels())
def test_de_vouw_klopt_met_een_eenvoudig_model(tafel):
    leden, open_ = [], []
    for g in tafel.gebeurtenissen:
        if type(g) is LidToegetreden:
            leden.append(g.partij)
        elif type(g).__name__ == "LidVertrokken":
            leden.remove(g.partij)
        elif type(g) is CasusIngebracht:
            open_.append(g.leerling)
        elif type(g) is CasusAfgesloten:
            open_.remove(g.leerling)
        elif type(g) is OverlegGehouden:
            assert len(g.aanwezigen) >= 2
            assert set(g.aanwezigen) <= set(leden)
    assert list(tafel.leden) == leden
    assert list(tafel.open_casussen) == open_
    assert Actietafel(tafel.gebeurtenissen) == tafel


@given(gst.interventieteams())
def test_een_team_herspeelt_en_elke_casus_is_een_keer_open(team):
    assert Interventieteam(team.gebeurtenissen) == team
    assert len(set(team.open_casussen)) == len(team.open_casussen)
    assert team.niet_besproken(pendulum.date(2041, 1, 1)) == team.open_casussen


def test_een_tafel_komt_via_de_constructor_uit_pickle_en_copy():
    import copy  # noqa: PLC0415
    import pickle  # noqa: PLC0415

    tafel = breng_in(_tafel(), _m(2015, 9, 8), "L-017", LPA)
    assert pickle.loads(pickle.dumps(tafel)) == tafel  # noqa: S301 - our own value
    assert copy.deepcopy(tafel) == tafel
    assert tafel.volgend_overleg == pendulum.date(2015, 9, 29)  # no meeting yet: from the start


def test_een_gebeurtenis_van_een_tafel_voor_de_vorige_noemt_plaats_en_regel():
    # R-GEB-1, as for an intervention: a table's events come in the order they happened.
    t = _tafel()
    eerder = treed_toe(t, _m(2015, 9, 2), OCW).gebeurtenissen[-1]
    vroeg = LidToegetreden(_m(2015, 8, 1), eerder.partij)
    with pytest.raises(InvalidValueError) as info:
        Actietafel((*t.gebeurtenissen, vroeg))
    assert (info.value.field, info.value.regel) == (
        f"gebeurtenissen[{len(t.gebeurtenissen)}].moment",
        "R-GEB-1",
    )
