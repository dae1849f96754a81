"""Verzuim: the 16-hour report (R-LPW-6), langdurig relatief verzuim (R-LPW-5), R-LPW-8.

January 2016 for reading the tables: Monday 4, 11, 18 and 25 January, Monday 1 February.
"""

import datetime as dt
from itertools import pairwise

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import strategies as gst
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.leerplicht.afwezigheid import Verzuimregels
from gedragswerk_core.leerplicht.meldingen import Meldingsoort
from gedragswerk_core.leerplicht.schoolkalender import Periode, Schoolkalender
from gedragswerk_core.leerplicht.status import Categorie, leerplicht_status
from gedragswerk_core.leerplicht.verzuim import (
    NORM_MAANDEN,
    Afwezigheid,
    Melding,
    beoordeel_verzuim,
    langdurig_relatief_verzuim_sinds,
    langer_thuis_dan_norm,
    meldingen_16_uur,
)
from gedragswerk_core.leerplicht.vrijstelling import Vrijstelling, Vrijstellingsgrond

# The term the properties below look at: absence from January to April 2016, no holiday or one
# of up to three weeks, and runs of whole days of unauthorised absence.
RECORDS = st.lists(gst.afwezigheden(dt.date(2016, 1, 1), dt.date(2016, 4, 30)), max_size=60)
KALENDERS = gst.schoolkalenders(
    dt.date(2016, 1, 1), dt.date(2016, 4, 10), max_vakanties=1, max_dagen=20
)
REEKSEN = gst.afwezigheidsreeksen(dt.date(2016, 1, 1), dt.date(2016, 3, 31), max_dagen=45)

D = pendulum.date
JAN4 = D(2016, 1, 4)


def werkdagen(van: pendulum.Date, tot: pendulum.Date) -> list[pendulum.Date]:
    dagen = []
    dag = van
    while dag <= tot:
        if dag.weekday() < 5:
            dagen.append(dag)
        dag = dag.add(days=1)
    return dagen


def weg(dagen, minuten=300, *, hele_dag=False):
    return [Afwezigheid(d, minuten, False, hele_dag=hele_dag) for d in dagen]


def heel(van, tot):
    return weg(werkdagen(van, tot), hele_dag=True)


# --- R-LPW-6: 16 hours in four consecutive lesweken ---------------------------------------------


def test_r_lpw_6_zestien_uur_in_een_week_moet_gemeld_worden():
    records = weg([JAN4, D(2016, 1, 5), D(2016, 1, 6), D(2016, 1, 7)], 240)  # 4 x 4 hours
    assert meldingen_16_uur(records) == (Melding(JAN4, D(2016, 1, 7), 960),)


@pytest.mark.parametrize(
    ("minuten", "meer_dan", "gemeld"),
    [
        (959, False, False),  # 15 h 59: not yet
        (960, False, True),  # exactly 16 hours: the law's "in total sixteen hours"
        (960, True, False),  # the "more than 16 hours" reading
        (961, True, True),
    ],
)
def test_r_lpw_6_de_drempel_en_zijn_lezing_zijn_parameters(minuten, meer_dan, gemeld):
    records = [Afwezigheid(JAN4, 480, False), Afwezigheid(D(2016, 1, 5), minuten - 480, False)]
    assert bool(meldingen_16_uur(records, meer_dan_drempel=meer_dan)) is gemeld


def test_r_lpw_6_een_andere_drempel():
    records = weg([JAN4, D(2016, 1, 5)], 300)  # 10 hours
    assert meldingen_16_uur(records, drempel_uren=10) == (Melding(JAN4, D(2016, 1, 5), 600),)
    assert meldingen_16_uur(records, drempel_uren=10.5) == ()


def test_r_lpw_6_vier_opeenvolgende_lesweken():
    maandagen = [JAN4, D(2016, 1, 11), D(2016, 1, 18), D(2016, 1, 25)]  # 4 h each
    assert meldingen_16_uur(weg(maandagen, 240)) == (Melding(JAN4, D(2016, 1, 25), 960),)
    # Without absence in the week of 25 January, the first week falls out of the window.
    gat = [JAN4, D(2016, 1, 11), D(2016, 1, 18), D(2016, 2, 1)]
    assert meldingen_16_uur(weg(gat, 240)) == ()


def test_r_lpw_6_vakantieweken_tellen_niet_mee():
    krokus = Schoolkalender([Periode(D(2016, 1, 23), D(2016, 1, 31))])
    maandagen = [JAN4, D(2016, 1, 11), D(2016, 1, 18), D(2016, 2, 1)]
    # The holiday week is no lesweek: 1 February is in the fourth lesweek from 4 January.
    assert meldingen_16_uur(weg(maandagen, 240), krokus) == (Melding(JAN4, D(2016, 2, 1), 960),)


def test_r_lpw_6_afwezigheid_op_dagen_zonder_les_telt_niet():
    kalender = Schoolkalender([Periode(D(2016, 1, 11), D(2016, 1, 15))])
    records = [
        *weg([JAN4, D(2016, 1, 5), D(2016, 1, 6)], 240),  # 12 h
        Afwezigheid(D(2016, 1, 9), 240, False),  # a Saturday
        Afwezigheid(D(2016, 1, 12), 240, False),  # in the holiday
        Afwezigheid(D(2016, 1, 7), 240, True),  # authorised
    ]
    assert meldingen_16_uur(records, kalender) == ()


def test_r_lpw_6_na_een_melding_begint_het_tellen_opnieuw():
    records = weg(werkdagen(JAN4, D(2016, 1, 22)), 300)  # 5 hours every school day
    # DUO verzuimhulp: during continuous absence one repeat a week at most, so the 16 hours
    # reached on 13 Jan wait for 14 Jan (7 days after 7 Jan), those of 20 Jan for 21 Jan.
    assert meldingen_16_uur(records) == (
        Melding(JAN4, D(2016, 1, 7), 1200),
        Melding(D(2016, 1, 8), D(2016, 1, 14), 1500, herhaling=1),
        Melding(D(2016, 1, 15), D(2016, 1, 21), 1500, herhaling=2),
    )
    # Without the weekly limit: 4, 5, 6, 7 Jan; then 8, 11, 12, 13; then 14, 15, 18, 19.
    assert meldingen_16_uur(records, regels=Verzuimregels(herhaal_min_dagen=0)) == (
        Melding(JAN4, D(2016, 1, 7), 1200),
        Melding(D(2016, 1, 8), D(2016, 1, 13), 1200, herhaling=1),
        Melding(D(2016, 1, 14), D(2016, 1, 19), 1200, herhaling=2),
    )
    assert meldingen_16_uur(records, na=D(2016, 1, 7))[0].begin == D(2016, 1, 8)
    assert meldingen_16_uur(records, tot_en_met=D(2016, 1, 12)) == (
        Melding(JAN4, D(2016, 1, 7), 1200),
    )


def test_r_lpw_6_records_op_een_dag_tellen_op():
    records = [Afwezigheid(JAN4, 480, False), Afwezigheid(JAN4, 480, False)]
    assert meldingen_16_uur(records) == (Melding(JAN4, JAN4, 960),)
    assert str(meldingen_16_uur(records)[0]) == (
        "R-LPW-6: 16.0 hours unauthorised from 2016-01-04 to 2016-01-04"
    )
    assert meldingen_16_uur(records)[0].regel == "R-LPW-6"


def test_uren_worden_minuten():
    assert Afwezigheid.van_uren(JAN4, 0.75, False).minuten == 45
    assert Afwezigheid.van_uren(JAN4, 5, True, hele_dag=True).minuten == 300
    with pytest.raises(InvalidValueError) as info:
        Afwezigheid.van_uren(JAN4, "5", False)
    assert info.value.field == "uren"


@pytest.mark.parametrize("minuten", [0, 1441, 30.0, True, "60"])
def test_een_afwezigheid_duurt_hele_minuten_binnen_een_dag(minuten):
    with pytest.raises(InvalidValueError) as info:
        Afwezigheid(JAN4, minuten, False)
    assert info.value.field == "Afwezigheid.minuten"


@given(RECORDS, KALENDERS, st.sampled_from([8, 16]), st.booleans())
def test_r_lpw_6_meldingen_volgen_elkaar_op_en_halen_de_drempel(records, kalender, uren, strikt):
    meldingen = meldingen_16_uur(records, kalender, drempel_uren=uren, meer_dan_drempel=strikt)
    ongeoorloofd = {a.datum for a in records if not a.geoorloofd and kalender.is_lesdag(a.datum)}
    for m in meldingen:
        assert m.minuten > uren * 60 if strikt else m.minuten >= uren * 60
        assert m.begin <= m.einde
        assert m.begin in ongeoorloofd
        assert m.einde in ongeoorloofd
    for eerdere, latere in pairwise(meldingen):
        assert eerdere.einde < latere.begin  # counting restarted after the report
    totaal = sum(a.minuten for a in records if a.datum in ongeoorloofd and not a.geoorloofd)
    assert sum(m.minuten for m in meldingen) <= totaal
    # Authorised absence never changes the reports.
    geoorloofd = [Afwezigheid(a.datum, a.minuten, True) for a in records]
    assert meldingen_16_uur([*records, *geoorloofd], kalender, drempel_uren=uren,
                            meer_dan_drempel=strikt) == meldingen  # fmt: skip


# --- R-LPW-5: langdurig relatief verzuim --------------------------------------------------------


@pytest.mark.parametrize(
    ("peil", "meer_dan", "verwacht"),
    [
        (D(2016, 1, 31), True, None),  # 4 Jan - 31 Jan: exactly four weeks, not longer
        (D(2016, 1, 31), False, JAN4),  # "four weeks or longer"
        (D(2016, 2, 1), True, JAN4),  # longer than four weeks
        (D(2016, 1, 30), False, None),
    ],
)
def test_r_lpw_5_langer_dan_vier_weken_hele_dagen_weg(peil, meer_dan, verwacht):
    records = heel(JAN4, D(2016, 3, 31))
    assert langdurig_relatief_verzuim_sinds(records, peil, lrv_meer_dan=meer_dan) == verwacht


def test_r_lpw_5_een_dag_op_school_of_geoorloofd_breekt_de_reeks():
    records = [r for r in heel(JAN4, D(2016, 2, 1)) if r.datum != D(2016, 1, 20)]
    assert langdurig_relatief_verzuim_sinds(records, D(2016, 2, 1)) is None
    # An authorised day (illness) breaks it too, even with an unauthorised record that day.
    ziek = [*heel(JAN4, D(2016, 2, 1)), Afwezigheid(D(2016, 1, 20), 300, True, hele_dag=True)]
    assert langdurig_relatief_verzuim_sinds(ziek, D(2016, 2, 1)) is None
    assert langdurig_relatief_verzuim_sinds(ziek, D(2016, 2, 1), lrv_weken=1) == D(2016, 1, 21)


def test_r_lpw_5_alleen_hele_dagen_tellen():
    deels = weg(werkdagen(JAN4, D(2016, 2, 29)), 120)
    assert langdurig_relatief_verzuim_sinds(deels, D(2016, 2, 29)) is None
    assert langdurig_relatief_verzuim_sinds([], D(2016, 2, 29)) is None


def test_r_lpw_5_vakantiedagen_tellen_niet_mee_maar_breken_niet():
    kalender = Schoolkalender([Periode(D(2016, 1, 23), D(2016, 1, 31))])  # nine days
    records = heel(JAN4, D(2016, 1, 22)) + heel(D(2016, 2, 1), D(2016, 2, 29))
    # 4 Jan - 9 Feb: 37 days, 9 of them holiday: 28, not longer than four weeks.
    assert langdurig_relatief_verzuim_sinds(records, D(2016, 2, 9), kalender) is None
    assert langdurig_relatief_verzuim_sinds(records, D(2016, 2, 10), kalender) == JAN4


def test_r_lpw_5_het_aantal_weken_is_een_parameter():
    records = heel(JAN4, D(2016, 1, 29))
    assert langdurig_relatief_verzuim_sinds(records, D(2016, 1, 18), lrv_weken=2) == JAN4
    assert langdurig_relatief_verzuim_sinds(records, D(2016, 1, 17), lrv_weken=2) is None


@given(RECORDS, KALENDERS, st.dates(dt.date(2016, 1, 1), dt.date(2016, 5, 31)))
def test_r_lpw_5_elke_lesdag_van_de_reeks_is_een_hele_dag_ongeoorloofd_weg(records, kalender, peil):
    sinds = langdurig_relatief_verzuim_sinds(records, peil, kalender, lrv_weken=1)
    if sinds is None:
        return
    weg_dagen = {a.datum for a in records if a.hele_dag and not a.geoorloofd}
    geoorloofd = {a.datum for a in records if a.geoorloofd}
    dagen = [sinds + dt.timedelta(days=n) for n in range((peil - sinds).days + 1)]
    lesdagen = [d for d in dagen if kalender.is_lesdag(d)]
    assert lesdagen[0] == sinds
    assert all(d in weg_dagen and d not in geoorloofd for d in lesdagen)
    assert len([d for d in dagen if not kalender.is_vakantie(d)]) > 7


@given(REEKSEN, KALENDERS, st.integers(1, 4), st.booleans())
def test_r_lpw_5_een_reeks_hele_dagen_telt_vanaf_de_eerste_lesdag(records, kalender, weken, strikt):
    start, einde = records[0].datum, records[-1].datum
    dagen = [start + dt.timedelta(days=n) for n in range((einde - start).days + 1)]
    lesdagen = [d for d in dagen if kalender.is_lesdag(d)]
    verwacht = None
    if lesdagen:
        duur = len([d for d in dagen if d >= lesdagen[0] and not kalender.is_vakantie(d)])
        if duur > weken * 7 or (duur == weken * 7 and not strikt):
            verwacht = lesdagen[0]
    sinds = langdurig_relatief_verzuim_sinds(
        records, einde, kalender, lrv_weken=weken, lrv_meer_dan=strikt
    )
    assert sinds == verwacht


# --- R-LPW-8: thuiszitters ----------------------------------------------------------------------

GEBOREN = D(2008, 5, 1)  # volledig leerplichtig throughout 2016


def status_op(peil, **feiten):
    return leerplicht_status(GEBOREN, peil, **feiten)


@pytest.mark.parametrize(
    ("peil", "langer"),
    [(D(2016, 4, 4), False), (D(2016, 4, 5), True)],  # three months after 4 January
)
def test_r_lpw_8_langdurig_relatief_verzuim_is_thuiszitten(peil, langer):
    records = heel(JAN4, D(2016, 4, 29))
    b = beoordeel_verzuim(status_op(peil, ingeschreven=True), records)
    assert b.thuiszitter
    assert b.langdurig_relatief_verzuim_sinds == JAN4
    assert b.thuis_sinds == JAN4
    assert not b.absoluut_verzuim
    assert b.langer_dan_norm is langer
    assert b.melding_verplicht  # the whole days also pass 16 hours
    assert b.peildatum == peil
    assert {r.regel for r in b.feiten} == {"R-LPW-5", "R-LPW-6", "R-LPW-8", "R-LPW-10"}


@pytest.mark.parametrize(
    ("peil", "langer"),
    [(D(2016, 4, 4), False), (D(2016, 4, 5), True)],
)
def test_r_lpw_8_absoluut_verzuim_is_thuiszitten(peil, langer):
    b = beoordeel_verzuim(status_op(peil, ingeschreven=False), (), niet_ingeschreven_sinds=JAN4)
    assert b.absoluut_verzuim
    assert b.thuiszitter
    assert b.thuis_sinds == JAN4
    assert b.langer_dan_norm is langer
    assert b.meldingen == ()
    assert not b.melding_verplicht


def test_r_lpw_8_de_norm_is_een_parameter_en_de_begindatum_mag_onbekend_zijn():
    status = status_op(D(2016, 2, 5), ingeschreven=False)
    assert beoordeel_verzuim(
        status, [], niet_ingeschreven_sinds=JAN4, norm_maanden=1
    ).langer_dan_norm
    onbekend = beoordeel_verzuim(status, [])
    assert onbekend.thuiszitter
    assert onbekend.thuis_sinds is None
    assert not onbekend.langer_dan_norm
    assert "unknown" in next(r.uitleg for r in onbekend.feiten if r.regel == "R-LPW-8")


def test_r_lpw_8_met_vrijstelling_van_inschrijving_geen_thuiszitter():
    trekkend = Vrijstelling(Vrijstellingsgrond.TREKKEND_BESTAAN, D(2015, 8, 1))
    status = status_op(D(2016, 4, 5), ingeschreven=False, vrijstellingen=[trekkend])
    b = beoordeel_verzuim(status, [], niet_ingeschreven_sinds=JAN4)
    assert not b.absoluut_verzuim
    assert not b.thuiszitter
    assert "not a thuiszitter" in next(r.uitleg for r in b.feiten if r.regel == "R-LPW-8")


def test_r_lpw_10_na_de_leerplichtwet_16_uur_mag_en_rmc_moet():
    # Kamerstuk 32356 nr. 3; DUO "Verzuim digitaal melden": the RMC report is a duty.
    status = leerplicht_status(D(1997, 1, 10), D(2016, 2, 1), ingeschreven=True)
    assert status.categorie is Categorie.RMC_DOELGROEP
    b = beoordeel_verzuim(status, heel(JAN4, D(2016, 2, 1)))
    zestien = [m for m in b.meldingen if m.soort is Meldingsoort.ZESTIEN_UUR]
    assert zestien
    assert not any(m.verplicht for m in zestien)
    assert [(m.soort, m.begin, m.einde) for m in b.meldingen if m.verplicht] == [
        (Meldingsoort.RMC, JAN4, None)
    ]
    assert b.melding_verplicht
    assert b.langdurig_relatief_verzuim_sinds == JAN4  # computed for the RMC age group too
    assert not b.thuiszitter  # R-LPW-8 counts pupils under the Leerplichtwet
    assert "not a duty" in next(r.uitleg for r in b.feiten if r.regel == "R-LPW-6")
    assert any(f.regel == "R-LPW-10" and f.geldt for f in b.feiten)


def test_r_lpw_6_een_eerdere_melding_telt_niet_opnieuw():
    status = status_op(D(2016, 1, 8), ingeschreven=True)
    records = weg([JAN4, D(2016, 1, 5), D(2016, 1, 6), D(2016, 1, 7)], 240)
    assert beoordeel_verzuim(status, records).melding_verplicht
    assert not beoordeel_verzuim(status, records, laatste_melding_tot=D(2016, 1, 7)).meldingen
    # Records after the reference date are not looked at.
    assert not beoordeel_verzuim(status_op(D(2016, 1, 6)), records).meldingen


@given(RECORDS, KALENDERS, st.booleans())
def test_r_lpw_8_thuiszitter_is_langdurig_relatief_of_absoluut_verzuim(records, kalender, ing):
    status = status_op(D(2016, 5, 2), ingeschreven=ing)
    b = beoordeel_verzuim(status, records, kalender, niet_ingeschreven_sinds=JAN4)
    assert b.absoluut_verzuim is (not ing)
    assert b.thuiszitter == (b.absoluut_verzuim or b.langdurig_relatief_verzuim_sinds is not None)
    assert b.melding_verplicht == bool(b.meldingen)
    if not ing:
        assert b.langdurig_relatief_verzuim_sinds is None


# --- validation ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "veld"),
    [
        ({"status": "status"}, "status"),
        ({"afwezigheden": ["4 januari"]}, "afwezigheden[0]"),
        ({"afwezigheden": 4}, "afwezigheden"),
        ({"kalender": [Periode(JAN4, JAN4)]}, "kalender"),
        ({"norm_maanden": 0}, "norm_maanden"),
        ({"norm_maanden": 2.5}, "norm_maanden"),
        ({"drempel_uren": 0}, "drempel_uren"),
        ({"drempel_uren": True}, "drempel_uren"),
        ({"meer_dan_drempel": 1}, "meer_dan_drempel"),
        ({"lrv_weken": -1}, "lrv_weken"),
        ({"lrv_meer_dan": "ja"}, "lrv_meer_dan"),
        ({"niet_ingeschreven_sinds": "2016-01-04"}, "niet_ingeschreven_sinds"),
        ({"laatste_melding_tot": 7}, "laatste_melding_tot"),
    ],
)
def test_verkeerde_invoer_noemt_het_veld(kwargs, veld):
    args = {"status": status_op(D(2016, 2, 1), ingeschreven=True), "afwezigheden": [], **kwargs}
    with pytest.raises(InvalidValueError) as info:
        beoordeel_verzuim(**args)
    assert info.value.field == veld


def test_een_peildatum_voor_lrv_is_een_datum():
    with pytest.raises(InvalidValueError) as info:
        langdurig_relatief_verzuim_sinds([], "2016-01-04")
    assert info.value.field == "peildatum"
    with pytest.raises(InvalidValueError) as info:
        meldingen_16_uur([], tot_en_met="2016-01-04")
    assert info.value.field == "tot_en_met"


@pytest.mark.parametrize("waarde", [float("nan"), float("inf"), -1.0, 25.0])
def test_uren_buiten_een_dag_of_geen_getal_worden_geweigerd(waarde):
    with pytest.raises(InvalidValueError):
        Afwezigheid.van_uren(pendulum.date(2016, 1, 4), waarde, geoorloofd=False)


@pytest.mark.parametrize("waarde", [float("nan"), float("inf"), 10**6])
def test_drempels_moeten_eindige_redelijke_getallen_zijn(waarde):
    with pytest.raises(InvalidValueError):
        meldingen_16_uur([], drempel_uren=waarde)


def test_redenen_van_de_beoordeling_is_een_verouderde_naam_voor_de_feiten():
    status = leerplicht_status(D(2004, 5, 1), D(2016, 4, 15), ingeschreven=False)
    b = beoordeel_verzuim(status, ())
    assert [f.regel for f in b.feiten] == ["R-LPW-6", "R-LPW-5", "R-LPW-5", "R-LPW-8"]
    with pytest.warns(DeprecationWarning, match=r"Verzuimbeoordeling\.redenen is deprecated"):
        redenen = b.redenen
    assert [(r.regel, r.voldaan) for r in redenen] == [(f.regel, f.geldt) for f in b.feiten]


def test_een_generator_van_afwezigheden_wordt_eenmaal_gelezen():
    status = leerplicht_status(D(1997, 1, 10), D(2016, 2, 1), ingeschreven=True)  # RMC age
    lijst = heel(JAN4, D(2016, 2, 1))
    uit_lijst = beoordeel_verzuim(status, lijst)
    assert beoordeel_verzuim(status, (a for a in lijst)) == uit_lijst
    assert uit_lijst.langdurig_relatief_verzuim_sinds == JAN4


@pytest.mark.parametrize(
    ("sinds", "dag", "langer"),
    [
        (D(2016, 1, 4), D(2016, 4, 4), False),  # exactly three months: not longer (R-LPW-8)
        (D(2016, 1, 4), D(2016, 4, 5), True),
        (D(2015, 11, 30), D(2016, 2, 29), False),  # three months from 30 Nov end on 29 Feb
        (D(2015, 11, 30), D(2016, 3, 1), True),
        (D(2016, 10, 31), D(2017, 1, 31), False),
        (D(2016, 10, 31), D(2017, 2, 1), True),
    ],
)
def test_r_lpw_8_langer_dan_drie_maanden_thuis(sinds, dag, langer):
    assert langer_thuis_dan_norm(sinds, dag) is langer
    assert NORM_MAANDEN == 3  # the Thuiszitterspact norm (Kamerstuk 26695-108)
