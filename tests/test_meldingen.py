"""The DUO reports (R-LPW-10): the 16-hour window and repeats (R-LPW-6, issue 23 point 6), every
kind of report from one function (point 4), and the RMC report as a duty (point 3).

Sources: DUO "Soorten verzuim" (the begin date is the first day of absence; holiday days do not
count; counting restarts the day after the end date), the Inspectie ("Vakanties tellen niet mee
als lesweek"; report within five working days), the DUO verzuimhulp (one repeat a week, up to
four), Kamerstuk 32356 nr. 3 and DUO "Verzuim digitaal melden" (the RMC report is a duty).
January/February 2016: Mondays 4, 11, 18, 25 January, 1, 8 February.
"""

import datetime as dt
from itertools import pairwise

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import InvalidValueError, from_dict, to_dict
from gedragswerk_core import strategies as gst
from gedragswerk_core.leerplicht.afwezigheid import Afwezigheid, Venster, Verzuimregels
from gedragswerk_core.leerplicht.meldingen import (
    Melding,
    Meldingsoort,
    langdurig_relatief_verzuim_sinds,
    meldingen_16_uur,
)
from gedragswerk_core.leerplicht.schoolkalender import Periode, Schoolkalender
from gedragswerk_core.leerplicht.status import Categorie, leerplicht_status
from gedragswerk_core.leerplicht.verzuim import verzuimmeldingen

D = pendulum.date
JAN4, JAN7 = D(2016, 1, 4), D(2016, 1, 7)
KERST = Schoolkalender([Periode(D(2015, 12, 19), D(2016, 1, 3))])
KROKUS = Schoolkalender([Periode(D(2016, 1, 23), D(2016, 1, 31))])  # nine days, in the window
KALENDERWEKEN = Verzuimregels(venster=Venster.KALENDERWEKEN)


def werkdagen(van, tot):
    return [van.add(days=n) for n in range((tot - van).days + 1) if van.add(days=n).weekday() < 5]


def uren(*paren):
    return [Afwezigheid(d, round(u * 60), False) for d, u in paren]


# --- point 6: the window starts at the first day of absence ------------------------------------

ISSUE = uren((JAN7, 6), (D(2016, 1, 8), 6), (D(2016, 2, 1), 4))


@pytest.mark.parametrize("kalender", [None, KERST], ids=["zonder vakantie", "kerstvakantie"])
def test_r_lpw_6_het_voorbeeld_uit_het_issue_geeft_een_melding(kalender):
    # DUO: the window runs from the first day of absence, 7 January, through 3 February.
    assert meldingen_16_uur(ISSUE, kalender) == (Melding(JAN7, D(2016, 2, 1), 960),)


def test_r_lpw_6_in_kalenderweken_geeft_het_voorbeeld_geen_melding():
    assert meldingen_16_uur(ISSUE, KERST, regels=KALENDERWEKEN) == ()


@pytest.mark.parametrize(
    ("laatste", "kalender", "gemeld"),
    [
        (D(2016, 2, 3), None, True),  # day 28 from 7 January: the last day of the fourth leswek
        (D(2016, 2, 4), None, False),  # day 29: outside
        (D(2016, 2, 12), KROKUS, True),  # nine holiday days do not count: the window stretches
        (D(2016, 2, 15), KROKUS, False),
    ],
)
def test_r_lpw_6_vier_lesweken_vanaf_de_eerste_verzuimdag(laatste, kalender, gemeld):
    records = uren((JAN7, 6), (D(2016, 1, 8), 6), (laatste, 4))
    assert bool(meldingen_16_uur(records, kalender)) is gemeld


def test_r_lpw_6_het_venster_schuift_naar_de_volgende_verzuimdag():
    # 4 h on 4 Jan falls out of the window that ends on 9 Feb, the one from 13 Jan does not.
    records = uren((JAN4, 4), (D(2016, 1, 13), 4), (D(2016, 1, 20), 4), (D(2016, 2, 9), 8))
    assert meldingen_16_uur(records) == (Melding(D(2016, 1, 13), D(2016, 2, 9), 960),)


@pytest.mark.parametrize(
    ("einde", "uiterlijk"),
    [(JAN7, D(2016, 1, 14)), (D(2016, 1, 8), D(2016, 1, 15)), (D(2016, 1, 9), D(2016, 1, 15))],
)
def test_r_lpw_6_melden_binnen_vijf_werkdagen(einde, uiterlijk):
    assert Melding(JAN4, einde, 960).uiterlijk_melden == uiterlijk  # Inspectie
    assert Melding(JAN4, einde, 960, soort=Meldingsoort.LUXE_VERZUIM).uiterlijk_melden is None


# --- point 6: repeats during continuous absence ------------------------------------------------


def test_r_lpw_6_bij_doorlopend_verzuim_wekelijks_een_herhaling_tot_vier():
    records = uren(*((d, 5) for d in werkdagen(JAN4, D(2016, 3, 31))))
    meldingen = meldingen_16_uur(records)
    assert [(m.begin, m.einde, m.herhaling) for m in meldingen] == [
        (JAN4, JAN7, 0),
        (D(2016, 1, 8), D(2016, 1, 14), 1),  # 16 h on 13 Jan, but a week after 7 Jan
        (D(2016, 1, 15), D(2016, 1, 21), 2),
        (D(2016, 1, 22), D(2016, 1, 28), 3),
        (D(2016, 1, 29), D(2016, 2, 4), 4),  # the fourth repeat is the last
    ]
    assert [m.herhaling for m in meldingen_16_uur(records, regels=Verzuimregels(
        max_herhaalmeldingen=1))] == [0, 1]  # fmt: skip


def test_r_lpw_6_na_een_dag_op_school_is_de_volgende_melding_een_eerste():
    dagen = [d for d in werkdagen(JAN4, D(2016, 2, 29)) if d != D(2016, 2, 8)]
    meldingen = meldingen_16_uur(uren(*((d, 5) for d in dagen)))
    assert (meldingen[5].begin, meldingen[5].einde, meldingen[5].herhaling) == (
        D(2016, 2, 5),
        D(2016, 2, 11),
        0,
    )


@given(
    st.lists(gst.afwezigheden(dt.date(2016, 1, 1), dt.date(2016, 4, 30)), max_size=60),
    gst.schoolkalenders(dt.date(2016, 1, 1), dt.date(2016, 4, 10), max_vakanties=2),
    gst.verzuimregels(),
)
def test_r_lpw_6_herhalingen_en_venster(records, kalender, regels):
    meldingen = meldingen_16_uur(records, kalender, regels=regels)
    for m in meldingen:
        assert regels.bereikt(m.minuten)
        assert 0 <= m.herhaling <= regels.max_herhaalmeldingen
        if regels.venster is Venster.LESWEKEN:  # begin and einde lie in four lesweken
            dagen = [m.begin.add(days=n) for n in range((m.einde - m.begin).days + 1)]
            assert sum(not kalender.is_vakantie(d) for d in dagen) <= 28
    for eerdere, latere in pairwise(meldingen):
        assert eerdere.einde < latere.begin
        if latere.herhaling:
            assert latere.herhaling == eerdere.herhaling + 1
            assert (latere.einde - eerdere.einde).days >= regels.herhaal_min_dagen


# --- point 4: every kind from one function -----------------------------------------------------

GEBOREN = D(2004, 5, 1)  # volledig leerplichtig in 2016


def test_r_lpw_10_elke_soort_uit_een_functie():
    luxe = [
        Afwezigheid.per_dag(d, 300, luxe=True) for d in werkdagen(D(2016, 1, 11), D(2016, 1, 15))
    ]
    lang = [Afwezigheid.per_dag(d, 300) for d in werkdagen(D(2016, 2, 1), D(2016, 3, 11))]
    status = leerplicht_status(GEBOREN, D(2016, 3, 11), ingeschreven=True)
    meldingen = verzuimmeldingen(status, [*luxe, *lang])
    soorten = [(m.soort, m.begin, m.einde) for m in meldingen]
    assert soorten[:2] == [
        (Meldingsoort.ZESTIEN_UUR, D(2016, 1, 11), D(2016, 1, 14)),  # 20 h: the holiday too
        (Meldingsoort.LUXE_VERZUIM, D(2016, 1, 11), D(2016, 1, 15)),  # art. 13a, a run of days
    ]
    assert (Meldingsoort.LANGDURIG_RELATIEF_VERZUIM, D(2016, 2, 1), None) in soorten
    assert all(m.verplicht for m in meldingen)
    assert {m.regel for m in meldingen} == {"R-LPW-6", "R-LPW-10", "R-LPW-5"}
    assert next(m for m in meldingen if m.soort is Meldingsoort.LUXE_VERZUIM).artikel == (
        "BWBR0002628 art. 13a en 21a"
    )


def test_r_lpw_10_een_oude_melding_leest_als_16_uur():
    oud = {"begin": "2016-01-04", "einde": "2016-01-07", "minuten": 960, "schema_version": 1}
    m = from_dict(Melding, oud)
    assert (m.soort, m.herhaling, m.verplicht) == (Meldingsoort.ZESTIEN_UUR, 0, True)
    assert to_dict(m) == {**oud, "soort": "16_uur", "herhaling": 0, "verplicht": True}
    assert str(Melding(JAN4, None, 600, soort=Meldingsoort.RMC)) == (
        "R-LPW-10: 10.0 hours unauthorised from 2016-01-04 on (rmc)"
    )


# --- point 3: the RMC report is a duty ---------------------------------------------------------

RMC_GEBOREN = D(1997, 1, 10)  # 19 in 2016, no startkwalificatie: RMC age group


@pytest.mark.parametrize(
    ("peil", "ingeschreven", "sk", "rmc"),
    [
        (D(2016, 1, 31), True, None, True),  # 28 days: "vier weken of meer" (Kamerstuk 32356-3)
        (D(2016, 1, 30), True, None, False),  # 27 days
        (D(2016, 1, 31), False, None, False),  # not enrolled: a voortijdig schoolverlater
        (D(2016, 1, 31), True, D(2015, 7, 1), False),  # a startkwalificatie: no RMC age group
    ],
)
def test_r_lpw_10_rmc_melding_na_vier_weken(peil, ingeschreven, sk, rmc):
    status = leerplicht_status(RMC_GEBOREN, peil, ingeschreven=ingeschreven, startkwalificatie=sk)
    records = [Afwezigheid.per_dag(d, 300) for d in werkdagen(JAN4, D(2016, 2, 29))]
    rmc_meldingen = [m for m in verzuimmeldingen(status, records) if m.soort is Meldingsoort.RMC]
    assert bool(rmc_meldingen) is rmc
    for m in rmc_meldingen:
        assert (m.begin, m.einde, m.verplicht, m.regel) == (JAN4, None, True, "R-LPW-10")
        assert "32356" in m.artikel


def test_r_lpw_10_een_kwalificatieplichtige_krijgt_geen_rmc_melding():
    status = leerplicht_status(D(1999, 3, 15), D(2016, 2, 1), ingeschreven=True)
    assert status.categorie is Categorie.KWALIFICATIEPLICHTIG
    records = [Afwezigheid.per_dag(d, 300) for d in werkdagen(JAN4, D(2016, 2, 1))]
    soorten = {m.soort for m in verzuimmeldingen(status, records)}
    assert Meldingsoort.RMC not in soorten
    assert Meldingsoort.LANGDURIG_RELATIEF_VERZUIM in soorten  # 29 days: longer than 4 weeks


def test_r_lpw_6_in_kalenderweken_wordt_een_vakantieweek_overgeslagen():
    maandagen = [JAN4, D(2016, 1, 11), D(2016, 1, 18), D(2016, 2, 1)]  # 25 Jan: krokus week
    records = uren(*((d, 4) for d in maandagen))
    assert meldingen_16_uur(records, KROKUS, regels=KALENDERWEKEN) == (
        Melding(JAN4, D(2016, 2, 1), 960),
    )
    assert meldingen_16_uur(records, regels=KALENDERWEKEN) == ()


@given(
    st.lists(gst.afwezigheden(dt.date(2016, 1, 1), dt.date(2016, 3, 31)), max_size=40),
    gst.afwezigheidsreeksen(dt.date(2016, 1, 1), dt.date(2016, 2, 15), max_dagen=45),
    st.sampled_from([RMC_GEBOREN, GEBOREN]),
    st.booleans(),
)
def test_r_lpw_10_rmc_alleen_na_de_leerplichtwet_en_luxe_alleen_op_luxe_dagen(
    records, reeks, geboren, ingeschreven
):
    peil = D(2016, 3, 31)
    status = leerplicht_status(geboren, peil, ingeschreven=ingeschreven)
    alle = [*records, *reeks]
    meldingen = verzuimmeldingen(status, alle)
    rmc = [m for m in meldingen if m.soort is Meldingsoort.RMC]
    lrv = [m for m in meldingen if m.soort is Meldingsoort.LANGDURIG_RELATIEF_VERZUIM]
    sinds = langdurig_relatief_verzuim_sinds(alle, peil, lrv_meer_dan=False)
    if status.categorie is Categorie.RMC_DOELGROEP and ingeschreven:
        assert [m.begin for m in rmc] == ([] if sinds is None else [sinds])
        assert all(m.verplicht for m in rmc)
    else:
        assert rmc == []
    if not status.categorie.onder_leerplichtwet or not ingeschreven:
        assert lrv == []
    luxe = {a.datum for a in alle if a.luxe and not a.geoorloofd}
    for m in meldingen:
        if m.soort is Meldingsoort.LUXE_VERZUIM:
            assert m.begin in luxe
            assert m.einde in luxe
        assert m.verplicht or m.soort is Meldingsoort.ZESTIEN_UUR


@pytest.mark.parametrize(
    ("begin", "einde"),
    [(D(2016, 1, 8), D(2016, 1, 7)), (D(2016, 1, 8), D(9999, 12, 31))],
    ids=["einde voor begin", "geen ruimte voor de meldtermijn"],
)
def test_r_lpw_10_een_melding_eindigt_niet_voor_haar_begin(begin, einde):
    with pytest.raises(InvalidValueError) as info:
        Melding(begin, einde, 960)
    assert info.value.field == "Melding.einde"
    assert info.value.regel == "R-LPW-6"


def test_r_lpw_10_een_melding_van_een_dag_mag():
    assert Melding(D(2016, 1, 8), D(2016, 1, 8), 960).uiterlijk_melden == D(2016, 1, 15)
