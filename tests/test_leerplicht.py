"""Leerplicht, kwalificatieplicht and the RMC target group: R-LPW-1..4, R-LPW-7, R-LPW-9.

Every expected date below is worked out by hand from the law (BWBR0002628 art. 3, 4a, 4b) as
the comment on its row says, not taken from the code.
"""

import datetime as dt

import pendulum
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from gedragswerk_core import strategies as gst
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.leerplicht.bulk import leerplicht_status_bulk
from gedragswerk_core.leerplicht.feit import Feit
from gedragswerk_core.leerplicht.schoolkalender import Periode, Schoolkalender
from gedragswerk_core.leerplicht.status import (
    Categorie,
    Leerplichtstatus,
    Schrikkeldag,
    begin_leerplicht,
    einde_leerplicht,
    leerplicht_status,
    verjaardag,
)
from gedragswerk_core.leerplicht.vrijstelling import Vrijstelling, Vrijstellingsgrond

# The birth and reference dates the properties below draw from; 29 February in between.
GEBOORTEDATA = gst.datums(dt.date(1990, 1, 1), dt.date(2030, 12, 31))
PEILDATA = gst.datums(dt.date(1990, 1, 1), dt.date(2060, 12, 31))
SCHRIKKELKINDEREN = gst.schrikkeldatums(dt.date(1990, 1, 1), dt.date(2030, 12, 31))

D = pendulum.date
EEN_DAG = dt.timedelta(days=1)
MAART = Schrikkeldag.EERSTE_MAART
FEBRUARI = Schrikkeldag.ACHTENTWINTIG_FEBRUARI


def jarig(geboren: dt.date, leeftijd: int, schrikkeldag=MAART) -> dt.date:
    """The birthday worked out independently: the same day and month, or the leap-day rule."""
    try:
        return dt.date(geboren.year + leeftijd, geboren.month, geboren.day)
    except ValueError:  # 29 February in a year without it
        if schrikkeldag is MAART:
            return dt.date(geboren.year + leeftijd, 3, 1)
        return dt.date(geboren.year + leeftijd, 2, 28)


# --- R-LPW-1: the first school day of the month after the fifth birthday ----------------------
# Without a calendar the first school day is the first weekday on or after the 1st (issue 23
# point 7; the research note cites a school's "leerplichtig vanaf donderdag 1 oktober",
# https://www.leerplein-mzk.nl/faqs/onze-dochter-wordt-op-2-september-2015-vijf-jaar-vanaf-wanneer-is-zij-leerplichtig/).


@pytest.mark.parametrize(
    ("geboren", "schrikkeldag", "verwacht"),
    [
        (D(2010, 9, 2), MAART, D(2015, 10, 1)),  # the law's example: 2 Sept -> 1 Oct
        (D(2010, 9, 1), MAART, D(2015, 10, 1)),  # born on the 1st: still the next month
        (D(2010, 9, 30), MAART, D(2015, 10, 1)),  # last day of the month
        (D(2010, 12, 31), MAART, D(2016, 1, 1)),  # last day of the year: into January
        (D(2010, 7, 31), MAART, D(2015, 8, 3)),  # 1 August 2015 a Saturday: Monday 3 August
        (D(2010, 8, 1), MAART, D(2015, 9, 1)),  # 1 August
        (D(2011, 1, 31), MAART, D(2016, 2, 1)),
        (D(2012, 2, 28), MAART, D(2017, 3, 1)),
        (D(2012, 2, 29), MAART, D(2017, 4, 3)),  # five on 1 March 2017 -> April; 1 April a Sat.
        (D(2012, 2, 29), FEBRUARI, D(2017, 3, 1)),  # five on 28 February 2017 -> March
        (D(2012, 3, 1), MAART, D(2017, 4, 3)),  # the case: not Saturday 1 April 2017
        (D(2010, 10, 9), MAART, D(2015, 11, 2)),  # 1 November 2015 a Sunday: Monday 2 November
    ],
)
def test_r_lpw_1_leerplicht_begint_de_maand_na_de_vijfde_verjaardag(
    geboren, schrikkeldag, verwacht
):
    assert begin_leerplicht(geboren, schrikkeldag=schrikkeldag) == verwacht


@given(GEBOORTEDATA | SCHRIKKELKINDEREN, st.sampled_from(Schrikkeldag))
def test_r_lpw_1_zonder_kalender_is_de_eerste_schooldag_de_eerste_werkdag(geboren, sd):
    begin = begin_leerplicht(geboren, schrikkeldag=sd)
    eerste = dt.date(begin.year, begin.month, 1)
    assert begin.weekday() < 5  # never a Saturday or Sunday
    assert all(eerste.replace(day=n).weekday() >= 5 for n in range(1, begin.day))
    assert begin.day <= 3
    assert jarig(geboren, 5, sd) < eerste  # the month after the fifth birthday's month
    assert eerste - dt.timedelta(days=31) <= jarig(geboren, 5, sd)


def test_r_lpw_1_met_een_schoolkalender_telt_de_eerste_schooldag():
    zomer = Periode(D(2015, 7, 11), D(2015, 8, 23))  # school starts Monday 24 August
    kalender = Schoolkalender((zomer,))
    assert begin_leerplicht(D(2010, 7, 20), schoolkalender=kalender) == D(2015, 8, 24)
    # 1 October 2015 was a Thursday, so a calendar without holidays keeps it.
    assert begin_leerplicht(D(2010, 9, 2), schoolkalender=Schoolkalender()) == D(2015, 10, 1)
    # 1 November 2015 was a Sunday: the first school day is Monday 2 November.
    assert begin_leerplicht(D(2010, 10, 9), schoolkalender=Schoolkalender()) == D(2015, 11, 2)


def test_r_lpw_1_een_functie_of_een_verzameling_eerste_schooldagen_mag_ook():
    assert begin_leerplicht(D(2010, 9, 2), schoolkalender=lambda eerste: eerste.add(days=4)) == D(
        2015, 10, 5
    )
    eerste_dagen = [dt.date(2015, 9, 1), dt.date(2015, 10, 5), dt.date(2015, 11, 2)]
    assert begin_leerplicht(D(2010, 9, 2), schoolkalender=eerste_dagen) == D(2015, 10, 5)


@pytest.mark.parametrize(
    "kalender",
    [
        [dt.date(2015, 9, 1)],  # no first school day for October
        lambda eerste: eerste.subtract(days=1),  # a day before the month
        42,  # not a calendar
        "2015-10-01",
    ],
)
def test_r_lpw_1_een_kalender_zonder_antwoord_wordt_geweigerd(kalender):
    with pytest.raises(InvalidValueError) as info:
        begin_leerplicht(D(2010, 9, 2), schoolkalender=kalender)
    assert info.value.field == "schoolkalender"


# --- R-LPW-2: the end of the school year of the 16th birthday, or of twelve school years --------


@pytest.mark.parametrize(
    ("geboren", "verwacht"),
    [
        (D(2010, 7, 31), D(2026, 7, 31)),  # 16 on the last day of school year 2025-2026
        (D(2010, 8, 1), D(2027, 7, 31)),  # 16 on the first day of 2026-2027
        (D(2010, 1, 1), D(2026, 7, 31)),
        (D(2010, 12, 31), D(2027, 7, 31)),
        (D(2010, 9, 1), D(2027, 7, 31)),
        (D(2012, 2, 29), D(2028, 7, 31)),  # 16 on 29 February 2028, a leap year
    ],
)
def test_r_lpw_2_leerplicht_eindigt_met_het_schooljaar_van_de_zestiende_verjaardag(
    geboren, verwacht
):
    assert einde_leerplicht(geboren) == verwacht


@pytest.mark.parametrize(
    ("geboren", "schoolbegin", "kalender", "verwacht"),
    [
        # School from 1 August 2014: full years 2014-15 .. 2025-26; 16 only in 2026-27.
        (D(2010, 8, 1), D(2014, 8, 1), None, D(2026, 7, 31)),
        # The example (point 2): no calendar, start 18 August 2014, right after the
        # summer: 2014-15 is full, the twelfth ends 2026-07-31 (the age route gives 2027).
        (D(2010, 8, 15), D(2014, 8, 18), None, D(2026, 7, 31)),
        # Without a calendar a start up to 6 September counts (the last region's first lesdag
        # is the Monday of ISO week 36 at the latest); 7 September does not.
        (D(2010, 8, 15), D(2014, 9, 6), None, D(2026, 7, 31)),
        (D(2010, 8, 15), D(2014, 9, 7), None, D(2027, 7, 31)),
        # With a calendar whose first lesdag is 18 August 2014: that day counts, the 19th not.
        (D(2010, 8, 15), D(2014, 8, 18), "18-aug", D(2026, 7, 31)),
        (D(2010, 8, 15), D(2014, 8, 19), "18-aug", D(2027, 7, 31)),
        # An October child starting at four: twelve years end together with the age route.
        (D(2010, 10, 9), D(2014, 10, 9), None, D(2027, 7, 31)),
    ],
)
def test_r_lpw_2_twaalf_volledige_schooljaren(geboren, schoolbegin, kalender, verwacht):
    if kalender == "18-aug":
        zomer = Periode(D(2014, 7, 5), D(2014, 8, 17))
        kalender = Schoolkalender((zomer,))
    assert einde_leerplicht(geboren, schoolbegin=schoolbegin, schoolkalender=kalender) == verwacht


def test_r_lpw_2_de_status_van_het_voorbeeld_is_kwalificatieplichtig():
    # issue 23 point 2: leerplicht ends 2026-07-31 by art. 3 lid 1 onder a, so on 1 September
    # 2026 the pupil is kwalificatieplichtig (art. 4a, 4b), no longer volledig leerplichtig.
    status = leerplicht_status(D(2010, 8, 15), D(2026, 9, 1), schoolbegin=D(2014, 8, 18))
    assert status.categorie is Categorie.KWALIFICATIEPLICHTIG
    assert status.leerplicht.einde == D(2026, 7, 31)


@pytest.mark.parametrize(
    ("tot", "schoolbegin", "verwacht"),
    [
        ((8, 31), D(2014, 8, 31), D(2026, 7, 31)),  # a stricter cut-off: 31 August counts
        ((8, 31), D(2014, 9, 1), D(2027, 7, 31)),  # and 1 September not
        ((12, 31), D(2014, 12, 31), D(2026, 7, 31)),  # the last day one may give
    ],
)
def test_r_lpw_2_de_grens_voor_een_volledig_schooljaar_is_een_parameter(tot, schoolbegin, verwacht):
    einde = einde_leerplicht(
        D(2010, 8, 15), schoolbegin=schoolbegin, schoolbegin_telt_volledig_tot=tot
    )
    assert einde == verwacht


@pytest.mark.parametrize("tot", [(7, 31), (9, 31), (13, 1), "9-6", (9,), (9, 6, 1), (True, 1)])
def test_r_lpw_2_een_verkeerde_grens_wordt_geweigerd(tot):
    with pytest.raises(InvalidValueError) as info:
        einde_leerplicht(
            D(2010, 8, 15), schoolbegin=D(2014, 9, 1), schoolbegin_telt_volledig_tot=tot
        )
    assert info.value.field.startswith("schoolbegin_telt_volledig_tot")


@given(GEBOORTEDATA, st.integers(4 * 365 + 1, 7 * 365))
def test_r_lpw_2_een_start_tot_en_met_6_september_telt_het_schooljaar_volledig(geboren, na):
    begin = geboren + dt.timedelta(days=na)
    sj = begin.year if begin.month >= 8 else begin.year - 1
    eerste_volledige = sj if begin <= dt.date(sj, 9, 6) else sj + 1
    leeftijd = dt.date(geboren.year + 16 + (geboren.month >= 8), 7, 31)
    verwacht = min(leeftijd, dt.date(eerste_volledige + 12, 7, 31))
    assert einde_leerplicht(geboren, schoolbegin=begin) == verwacht


def test_r_lpw_2_basisschool_in_minder_dan_acht_jaar_telt_als_acht():
    # Basisschool done in school year 2019-2020: eight years then, twelve after 2023-2024.
    einde = einde_leerplicht(D(2010, 3, 1), basisschool_versneld_afgerond=D(2020, 7, 10))
    assert einde == D(2024, 7, 31)
    assert einde_leerplicht(D(2010, 3, 1)) == D(2026, 7, 31)


@pytest.mark.parametrize("veld", ["schoolbegin", "basisschool_versneld_afgerond"])
def test_r_lpw_2_school_voor_de_vierde_verjaardag_wordt_geweigerd(veld):
    with pytest.raises(InvalidValueError) as info:
        einde_leerplicht(D(2010, 3, 1), **{veld: D(2014, 2, 28)})
    assert info.value.field == veld
    assert einde_leerplicht(D(2010, 3, 1), **{veld: D(2014, 3, 1)}) <= D(2026, 7, 31)


# --- the status on a reference date (R-LPW-1..4) ------------------------------------------------


@pytest.mark.parametrize(
    ("peil", "verwacht"),
    [
        (D(2005, 3, 31), Categorie.NIET_GEDEKT),  # five on 15 March 2005, leerplichtig 1 April
        (D(2005, 4, 1), Categorie.VOLLEDIG_LEERPLICHTIG),
        (D(2016, 7, 31), Categorie.VOLLEDIG_LEERPLICHTIG),  # 16 in school year 2015-2016
        (D(2016, 8, 1), Categorie.KWALIFICATIEPLICHTIG),
        (D(2018, 3, 14), Categorie.KWALIFICATIEPLICHTIG),
        (D(2018, 3, 15), Categorie.RMC_DOELGROEP),  # 18th birthday
        (D(2023, 3, 14), Categorie.RMC_DOELGROEP),
        (D(2023, 3, 15), Categorie.NIET_GEDEKT),  # 23rd birthday
    ],
)
def test_de_status_volgt_de_leeftijd(peil, verwacht):
    status = leerplicht_status(D(2000, 3, 15), peil)
    assert status.categorie is verwacht
    assert status.leerplicht == Periode(D(2005, 4, 1), D(2016, 7, 31))
    if peil < D(2007, 8, 1):  # the law of that day has no kwalificatieplicht (R-LPW-13)
        assert status.kwalificatieplicht is None
        assert status.rmc == Periode(D(2016, 8, 1), D(2023, 3, 14))
    else:
        assert status.kwalificatieplicht == Periode(D(2016, 8, 1), D(2018, 3, 14))
        assert status.rmc == Periode(D(2018, 3, 15), D(2023, 3, 14))


@pytest.mark.parametrize(
    ("schrikkeldag", "kp_einde", "rmc_einde"),
    [(MAART, D(2018, 2, 28), D(2023, 2, 28)), (FEBRUARI, D(2018, 2, 27), D(2023, 2, 27))],
)
def test_geboren_op_29_februari(schrikkeldag, kp_einde, rmc_einde):
    status = leerplicht_status(D(2000, 2, 29), D(2018, 2, 28), schrikkeldag=schrikkeldag)
    assert status.kwalificatieplicht.einde == kp_einde
    assert status.rmc.einde == rmc_einde
    assert status.leerplicht.einde == D(2016, 7, 31)  # 16 on 29 February 2016
    assert (status.categorie is Categorie.KWALIFICATIEPLICHTIG) == (schrikkeldag is MAART)


def test_r_lpw_3_een_startkwalificatie_beeindigt_de_kwalificatieplicht_eerder():
    status = leerplicht_status(D(2000, 3, 15), D(2017, 7, 1), startkwalificatie=D(2017, 6, 20))
    assert status.kwalificatieplicht == Periode(D(2016, 8, 1), D(2017, 6, 19))
    assert status.rmc is None
    assert status.categorie is Categorie.NIET_GEDEKT
    assert status.regels == ("R-LPW-3", "R-LPW-4")
    assert status.startkwalificatie == D(2017, 6, 20)


def test_r_lpw_3_een_startkwalificatie_voor_de_kwalificatieplicht_laat_de_leerplicht_staan():
    # art. 3 ends leerplicht by age or school years only; art. 4a then does not start.
    geboren, diploma = D(2000, 3, 15), D(2016, 6, 30)
    status = leerplicht_status(geboren, D(2016, 7, 15), startkwalificatie=diploma)
    assert status.categorie is Categorie.VOLLEDIG_LEERPLICHTIG
    assert status.kwalificatieplicht is None
    assert status.rmc is None
    na = leerplicht_status(geboren, D(2016, 8, 1), startkwalificatie=diploma)
    assert na.categorie is Categorie.NIET_GEDEKT


def test_r_lpw_4_rmc_eindigt_met_een_startkwalificatie():
    status = leerplicht_status(D(2000, 3, 15), D(2019, 1, 1), startkwalificatie=D(2020, 7, 1))
    assert status.categorie is Categorie.RMC_DOELGROEP
    assert status.rmc == Periode(D(2018, 3, 15), D(2020, 6, 30))
    assert status.regels == ("R-LPW-3", "R-LPW-4")


def test_r_lpw_3_praktijkonderwijs_kent_geen_kwalificatieplicht():
    # art. 4a lid 2: the kwalificatieplicht "geldt niet": an exception, not a vrijstelling.
    status = leerplicht_status(
        D(2000, 3, 15), D(2016, 9, 1), praktijkonderwijs_of_vso=D(2016, 7, 1)
    )
    assert status.kwalificatieplicht is None
    assert status.rmc == Periode(D(2016, 8, 1), D(2023, 3, 14))
    assert status.categorie is Categorie.RMC_DOELGROEP
    assert status.vrijstellingen == ()
    assert status.praktijkonderwijs_of_vso == D(2016, 7, 1)
    # The certificate during the kwalificatieplicht ends it there.
    status = leerplicht_status(
        D(2000, 3, 15), D(2017, 7, 1), praktijkonderwijs_of_vso=D(2017, 7, 1)
    )
    assert status.kwalificatieplicht == Periode(D(2016, 8, 1), D(2017, 6, 30))
    assert status.categorie is Categorie.RMC_DOELGROEP


def test_r_lpw_3_de_oude_vrijstelling_praktijkonderwijs_waarschuwt_en_telt_als_het_feit():
    with pytest.warns(DeprecationWarning, match="praktijkonderwijs_of_vso"):
        oud = Vrijstelling(Vrijstellingsgrond.PRAKTIJKONDERWIJS_OF_VSO, D(2017, 7, 1))
    status = leerplicht_status(D(2000, 3, 15), D(2017, 7, 1), vrijstellingen=[oud])
    nieuw = leerplicht_status(D(2000, 3, 15), D(2017, 7, 1), praktijkonderwijs_of_vso=D(2017, 7, 1))
    assert status.kwalificatieplicht == nieuw.kwalificatieplicht
    assert status.praktijkonderwijs_of_vso == D(2017, 7, 1)
    assert status.vrijstellingen == ()


@pytest.mark.parametrize(
    ("peil", "ingeschreven", "verwacht"),
    [
        (D(2019, 1, 1), False, True),  # 18 on 15 March 2018: RMC age group, not enrolled
        (D(2019, 1, 1), True, False),  # enrolled: in the age group, not a voortijdig schoolverlater
        (D(2019, 1, 1), None, None),  # enrolment unknown
        (D(2017, 1, 1), False, False),  # kwalificatieplichtig: absoluut verzuim, not RMC (R-LPW-4)
        (D(2023, 3, 15), False, False),  # 23rd birthday: past the RMC age group
    ],
)
def test_r_lpw_4_een_voortijdig_schoolverlater_is_niet_ingeschreven(peil, ingeschreven, verwacht):
    status = leerplicht_status(D(2000, 3, 15), peil, ingeschreven=ingeschreven)
    assert status.voortijdig_schoolverlater is verwacht


# --- R-LPW-7: vrijstellingen in the status ------------------------------------------------------

TREKKEND = Vrijstelling(Vrijstellingsgrond.TREKKEND_BESTAAN, D(2015, 8, 1), D(2016, 7, 31))
ANDER_ONDERWIJS = Vrijstelling(Vrijstellingsgrond.ANDER_ONDERWIJS, D(2015, 8, 1))
ZIEK = Vrijstelling(Vrijstellingsgrond.ZIEKTE, D(2016, 1, 4), D(2016, 1, 8))


@pytest.mark.parametrize(
    ("geboren", "peil", "vrijstelling", "in_kracht", "inschrijfplicht"),
    [
        (D(2008, 5, 1), D(2016, 1, 5), TREKKEND, True, False),  # art. 5a: no enrolment duty
        (D(2008, 5, 1), D(2016, 8, 1), TREKKEND, False, True),  # after its end
        (D(2008, 5, 1), D(2016, 1, 5), ANDER_ONDERWIJS, False, True),  # art. 15: not leerplicht
        (D(2000, 3, 15), D(2017, 1, 5), ANDER_ONDERWIJS, True, False),  # art. 15: kwalificatie
        (D(2000, 3, 15), D(2017, 1, 5), TREKKEND, False, True),  # art. 5a: not kwalificatie
        (D(2008, 5, 1), D(2016, 1, 5), ZIEK, True, True),  # art. 11 d: attendance, not enrolment
    ],
)
def test_r_lpw_7_een_vrijstelling_van_inschrijving_heft_de_inschrijfplicht_op(
    geboren, peil, vrijstelling, in_kracht, inschrijfplicht
):
    status = leerplicht_status(geboren, peil, ingeschreven=False, vrijstellingen=(vrijstelling,))
    assert (status.vrijstellingen == (vrijstelling,)) == in_kracht
    assert ("R-LPW-7" in status.regels) == in_kracht
    assert status.inschrijfplicht == inschrijfplicht
    assert status.absoluut_verzuim == inschrijfplicht
    assert any(r.regel == "R-LPW-7" for r in status.feiten) == in_kracht


@pytest.mark.parametrize(
    ("peil", "ingeschreven", "verwacht"),
    [
        (D(2016, 1, 5), False, True),
        (D(2016, 1, 5), True, False),
        (D(2016, 1, 5), None, None),  # unknown enrolment: unknown
        (D(2012, 1, 5), False, False),  # not yet leerplichtig: no duty to enrol
    ],
)
def test_r_lpw_5_absoluut_verzuim_is_niet_ingeschreven_zonder_vrijstelling(
    peil, ingeschreven, verwacht
):
    status = leerplicht_status(D(2008, 5, 1), peil, ingeschreven=ingeschreven)
    assert status.absoluut_verzuim is verwacht


def test_de_status_legt_zich_uit_met_regels_en_data():
    status = leerplicht_status(D(2000, 3, 15), pendulum.datetime(2017, 1, 8, 23, 30, tz="UTC"))
    assert status.peildatum == D(2017, 1, 9)  # 00:30 in Amsterdam
    assert str(status) == "kwalificatieplichtig on 2017-01-09 (R-LPW-2, R-LPW-3, R-LPW-9)"
    feiten = {f.regel: f for f in status.feiten}
    assert list(feiten) == ["R-LPW-1", "R-LPW-2", "R-LPW-3", "R-LPW-4"]
    assert "2005-04-01" in feiten["R-LPW-1"].uitleg
    assert "2016-07-31" in feiten["R-LPW-2"].uitleg
    assert feiten["R-LPW-3"].geldt
    assert not feiten["R-LPW-4"].geldt
    zonder = leerplicht_status(D(2000, 3, 15), D(2017, 1, 9), startkwalificatie=D(2016, 6, 1))
    uitleg = {r.regel: r.uitleg for r in zonder.feiten}
    assert "no kwalificatieplicht" in uitleg["R-LPW-3"]
    assert "not in the RMC target group" in uitleg["R-LPW-4"]
    assert leerplicht_status(D(2010, 1, 1), D(2014, 1, 1)).regels == ("R-LPW-1",)


@pytest.mark.parametrize(
    ("leeftijd", "schrikkeldag", "verwacht"),
    [
        (5, MAART, D(2017, 3, 1)),
        (5, FEBRUARI, D(2017, 2, 28)),
        (16, MAART, D(2028, 2, 29)),  # a leap year: the day itself
        (18, MAART, D(2030, 3, 1)),
        (0, FEBRUARI, D(2012, 2, 29)),
    ],
)
def test_verjaardag_van_een_schrikkelkind(leeftijd, schrikkeldag, verwacht):
    assert verjaardag(D(2012, 2, 29), leeftijd, schrikkeldag=schrikkeldag) == verwacht


# --- properties ---------------------------------------------------------------------------------


@st.composite
def feiten(draw):
    """A birth date with optional school facts that the law allows."""
    geboren = draw(GEBOORTEDATA)
    vier = jarig(geboren, 4)
    schoolbegin = draw(st.none() | st.dates(vier, vier + dt.timedelta(days=3000)))
    versneld = draw(st.none() | st.dates(vier, vier + dt.timedelta(days=5000)))
    return geboren, schoolbegin, versneld


@given(feiten(), PEILDATA, st.sampled_from(Schrikkeldag))
def test_r_lpw_2_het_einde_ligt_nooit_voor_het_begin(feit, peil, schrikkeldag):
    geboren, schoolbegin, versneld = feit
    status = leerplicht_status(
        geboren,
        peil,
        schoolbegin=schoolbegin,
        basisschool_versneld_afgerond=versneld,
        schrikkeldag=schrikkeldag,
    )
    lp = status.leerplicht
    assert lp.begin < lp.einde
    assert (lp.einde.month, lp.einde.day) == (7, 31)  # always the end of a school year
    assert lp.begin.day <= 3
    assert lp.einde <= einde_leerplicht(geboren)  # the other routes only end it earlier
    assert lp.begin == begin_leerplicht(geboren, schrikkeldag=schrikkeldag)


@given(GEBOORTEDATA, GEBOORTEDATA, PEILDATA, st.sampled_from(Schrikkeldag))
def test_r_lpw_1_een_ouder_kind_is_nooit_later_leerplichtig_dan_een_jonger(a, b, peil, sd):
    ouder, jonger = min(a, b), max(a, b)
    assert begin_leerplicht(ouder, schrikkeldag=sd) <= begin_leerplicht(jonger, schrikkeldag=sd)
    assert einde_leerplicht(ouder) <= einde_leerplicht(jonger)
    nog_niet = leerplicht_status(ouder, peil, schrikkeldag=sd).categorie is Categorie.NIET_GEDEKT
    if nog_niet and peil < begin_leerplicht(ouder, schrikkeldag=sd):
        assert leerplicht_status(jonger, peil, schrikkeldag=sd).categorie is Categorie.NIET_GEDEKT


@given(GEBOORTEDATA | SCHRIKKELKINDEREN, st.sampled_from(Schrikkeldag))
def test_r_lpw_3_zonder_startkwalificatie_eindigt_de_kwalificatieplicht_op_de_18e_verjaardag(
    geboren, sd
):
    achttien = jarig(geboren, 18, sd)
    status = leerplicht_status(geboren, achttien, schrikkeldag=sd)
    assert status.kwalificatieplicht.einde == achttien - EEN_DAG
    assert status.kwalificatieplicht.begin == status.leerplicht.einde + EEN_DAG
    assert status.categorie is Categorie.RMC_DOELGROEP
    dag_ervoor = leerplicht_status(geboren, achttien - EEN_DAG, schrikkeldag=sd)
    assert dag_ervoor.categorie is Categorie.KWALIFICATIEPLICHTIG


@given(GEBOORTEDATA, st.integers(0, 900))
def test_r_lpw_3_een_startkwalificatie_in_de_kwalificatieplicht_beeindigt_haar_die_dag(
    geboren, dagen
):
    kp = leerplicht_status(geboren, D(2060, 1, 1)).kwalificatieplicht  # a law with it (R-LPW-13)
    diploma = kp.begin + dt.timedelta(days=dagen)
    assume(diploma <= kp.einde)
    assume(diploma >= dt.date(2007, 8, 1))  # the law of that day has the kwalificatieplicht
    status = leerplicht_status(geboren, diploma, startkwalificatie=diploma)
    assert status.categorie is Categorie.NIET_GEDEKT
    assert status.rmc is None
    if diploma > kp.begin:
        assert status.kwalificatieplicht.einde == diploma - EEN_DAG
    else:
        assert status.kwalificatieplicht is None


@given(
    st.lists(GEBOORTEDATA | SCHRIKKELKINDEREN, max_size=20),
    PEILDATA,
    st.sampled_from(Schrikkeldag),
)
def test_bulk_geeft_hetzelfde_als_de_status_per_leerling(geboren, peil, sd):
    rijen = leerplicht_status_bulk(geboren, peil, schrikkeldag=sd)
    assert len(rijen) == len(geboren)
    for b, (categorie, begin, einde_lp, einde_kp, einde_rmc) in zip(geboren, rijen, strict=True):
        status = leerplicht_status(b, peil, schrikkeldag=sd)
        assert categorie is status.categorie
        assert begin == status.leerplicht.begin.toordinal()
        assert einde_lp == status.leerplicht.einde.toordinal()
        if status.kwalificatieplicht is None:  # before 1 August 2007 (R-LPW-13)
            assert einde_kp == einde_lp
        else:
            assert einde_kp == status.kwalificatieplicht.einde.toordinal()
        assert einde_rmc == status.rmc.einde.toordinal()


def test_bulk_neemt_ook_momenten_en_pendulum_data():
    rijen = leerplicht_status_bulk(
        [pendulum.datetime(2010, 9, 1, 23, 30, tz="UTC"), D(2010, 9, 2)], D(2016, 1, 1)
    )
    assert [r[1] for r in rijen] == [D(2015, 10, 1).toordinal()] * 2  # 2 Sept in Amsterdam


# --- validation ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "veld"),
    [
        ({"geboortedatum": "2010-01-01"}, "geboortedatum"),
        ({"geboortedatum": D(1899, 12, 31)}, "geboortedatum"),
        ({"geboortedatum": D(2200, 1, 1)}, "geboortedatum"),
        ({"peildatum": 20160101}, "peildatum"),
        ({"ingeschreven": "ja"}, "ingeschreven"),
        ({"startkwalificatie": D(2009, 1, 1)}, "startkwalificatie"),
        ({"startkwalificatie": D(2250, 1, 1)}, "startkwalificatie"),
        ({"vrijstellingen": [Vrijstellingsgrond.ZIEKTE]}, "vrijstellingen[0]"),
        ({"vrijstellingen": 3}, "vrijstellingen"),
        ({"schrikkeldag": "1 maart"}, "schrikkeldag"),
        ({"schoolbegin": "2014-08-01"}, "schoolbegin"),
    ],
)
def test_verkeerde_invoer_noemt_het_veld(kwargs, veld):
    args = {"geboortedatum": D(2010, 1, 1), "peildatum": D(2016, 1, 1), **kwargs}
    with pytest.raises(InvalidValueError) as info:
        leerplicht_status(**args)
    assert info.value.field == veld


@pytest.mark.parametrize("leeftijd", [-1, 31, 5.0, True])
def test_een_leeftijd_is_een_heel_getal(leeftijd):
    with pytest.raises(InvalidValueError) as info:
        verjaardag(D(2010, 1, 1), leeftijd)
    assert info.value.field == "leeftijd"


@pytest.mark.parametrize(
    ("geboortedata", "veld"),
    [
        ([D(2010, 1, 1), "2010-01-02"], "geboortedata[1]"),
        ([D(2010, 1, 1), D(2010, 1, 1), D(1850, 1, 1)], "geboortedata[2]"),
        ([dt.datetime(2010, 1, 1, 12)], "geboortedata[0]"),  # noqa: DTZ001 — naive on purpose
        ("2010-01-01", "geboortedata"),
        (None, "geboortedata"),
    ],
)
def test_bulk_noemt_de_plaats_van_een_verkeerde_datum(geboortedata, veld):
    with pytest.raises(InvalidValueError) as info:
        leerplicht_status_bulk(geboortedata, D(2016, 1, 1))
    assert info.value.field == veld


def test_een_status_is_een_waarde():
    status = leerplicht_status(D(2008, 5, 1), D(2016, 1, 5))
    assert isinstance(status, Leerplichtstatus)
    assert status == leerplicht_status(dt.date(2008, 5, 1), dt.date(2016, 1, 5))


def test_de_feiten_van_de_status_zijn_geen_redenen_van_een_besluit():
    status = leerplicht_status(D(2000, 3, 15), D(2017, 1, 9))
    assert all(type(f) is Feit for f in status.feiten)
    assert str(status.feiten[2]).startswith("✓ R-LPW-3: kwalificatieplicht 2016-08-01")


def test_redenen_van_de_status_is_een_verouderde_naam_voor_de_feiten():
    status = leerplicht_status(D(2000, 3, 15), D(2017, 1, 9))
    with pytest.warns(DeprecationWarning, match=r"Leerplichtstatus\.redenen is deprecated"):
        redenen = status.redenen
    assert [(r.regel, r.uitleg, r.voldaan) for r in redenen] == [
        (f.regel, f.uitleg, f.geldt) for f in status.feiten
    ]
    # the codes, facts and Dutch texts come along (issue 19)
    assert [r.code for r in redenen][:4] == [
        "R-LPW-1.begin",
        "R-LPW-2.einde",
        "R-LPW-3.kwalificatieplicht",
        "R-LPW-4.rmc",
    ]
    assert all(r.nl for r in redenen)


@pytest.mark.parametrize(
    ("kwargs", "veld"),
    [
        ({"regel": ""}, "Feit.regel"),
        ({"uitleg": 3}, "Feit.uitleg"),
        ({"geldt": 1}, "Feit.geldt"),
    ],
)
def test_een_feit_controleert_zijn_velden(kwargs, veld):
    with pytest.raises(InvalidValueError) as info:
        Feit(**{"regel": "R-LPW-1", "uitleg": "starts", "geldt": True, **kwargs})
    assert info.value.field == veld


# --- art. 2 lid 3 and art. 4c: the pupil's own duty (issue 23 point 11) -------------------------


@pytest.mark.parametrize(
    ("peil", "eigen_plicht", "categorie"),
    [
        (
            D(2020, 3, 14),
            False,
            Categorie.VOLLEDIG_LEERPLICHTIG,
        ),  # the day before the 12th birthday
        (
            D(2020, 3, 15),
            True,
            Categorie.VOLLEDIG_LEERPLICHTIG,
        ),  # art. 2 lid 3: "bereikt", that day
        (D(2024, 7, 31), True, Categorie.VOLLEDIG_LEERPLICHTIG),  # last day of leerplicht
        (D(2024, 8, 1), True, Categorie.KWALIFICATIEPLICHTIG),  # art. 4c: own duty
        (D(2026, 3, 15), False, Categorie.RMC_DOELGROEP),  # 18: no longer under the Lpw
        (D(2013, 4, 1), False, Categorie.VOLLEDIG_LEERPLICHTIG),  # five
    ],
)
def test_art_2_lid_3_vanaf_twaalf_een_eigen_plicht(peil, eigen_plicht, categorie):
    status = leerplicht_status(D(2008, 3, 15), peil)
    assert status.categorie is categorie
    assert status.eigen_plicht is eigen_plicht


@given(GEBOORTEDATA | SCHRIKKELKINDEREN, PEILDATA, st.sampled_from(Schrikkeldag))
def test_art_2_lid_3_de_eigen_plicht_volgt_leeftijd_en_categorie(geboren, peil, sd):
    status = leerplicht_status(geboren, peil, schrikkeldag=sd)
    verwacht = status.categorie is Categorie.KWALIFICATIEPLICHTIG or (
        status.categorie is Categorie.VOLLEDIG_LEERPLICHTIG and peil >= jarig(geboren, 12, sd)
    )
    assert status.eigen_plicht is verwacht


# --- art. 11a in the status: hours, and only until the sixth birthday (issue 23 point 10) ------

ONDER_ZES = Vrijstellingsgrond.JONGER_DAN_ZES


@pytest.mark.parametrize(
    ("peil", "uren", "einde", "verwacht"),
    [
        (D(2015, 10, 1), None, None, 5),  # lid 1: five hours
        (D(2015, 10, 1), 10, None, 10),  # lid 2: five more by the head
        (D(2016, 9, 1), 10, None, 10),  # the day before the sixth birthday
        (D(2016, 9, 2), 10, None, 0),  # sixth birthday: "nog niet de leeftijd van zes jaar"
        (D(2020, 9, 2), 5, None, 0),  # open-ended, at ten: not in force
        (D(2016, 9, 2), 5, D(2017, 7, 31), 0),  # an einde after the birthday does not extend it
        (D(2016, 1, 5), 5, D(2016, 1, 4), 0),  # ended by its own einde before
    ],
)
def test_art_11a_een_vrijstelling_onder_zes_geldt_tot_de_zesde_verjaardag(
    peil, uren, einde, verwacht
):
    vr = Vrijstelling(ONDER_ZES, D(2015, 10, 1), einde, uren_per_week=uren)
    status = leerplicht_status(D(2010, 9, 2), peil, vrijstellingen=[vr])
    assert status.uren_vrijgesteld_per_week == verwacht
    assert (vr in status.vrijstellingen) == (verwacht > 0)


@given(GEBOORTEDATA, PEILDATA, st.integers(1, 10))
def test_art_11a_nooit_vanaf_de_zesde_verjaardag(geboren, peil, uren):
    vr = Vrijstelling(ONDER_ZES, begin_leerplicht(geboren), uren_per_week=uren)
    status = leerplicht_status(geboren, peil, vrijstellingen=[vr])
    in_kracht = status.uren_vrijgesteld_per_week > 0
    assert in_kracht == (status.leerplicht.begin <= peil < jarig(geboren, 6))
    assert status.uren_vrijgesteld_per_week in (0, uren)


# --- the cross-check with MinBZK's RegelRecht (features/leerplichtwet.feature) ------------------
# Its 20 scenarios give an age and a number of school years on 2024-06-01; each row below turns
# them into a birth date (and a schoolbegin or art. 3 lid 2 date for the school years), worked
# out by hand. Scenarios 6 and 12 assert the law's answer, not RegelRecht's: see their comments.

RR_PEIL = D(2024, 6, 1)
VERSNELD_2019 = {"basisschool_versneld_afgerond": D(2019, 7, 1)}  # art. 3 lid 2: 8 in 2018-19
VERSNELD_2020 = {"basisschool_versneld_afgerond": D(2020, 7, 1)}  # 8 in 2019-20, 12 in 2023-24


@pytest.mark.parametrize(
    ("scenario", "geboren", "feiten", "leerplichtig", "kwalificatieplichtig"),
    [
        (1, D(2020, 1, 15), {}, False, False),  # age 4: leerplichtig from Mon 3 Feb 2025
        (2, D(2019, 1, 15), {}, True, False),  # age 5, five on 15 Jan: leerplichtig 1 Feb 2024
        (3, D(2014, 1, 15), {}, True, False),  # age 10
        (4, D(2009, 1, 15), VERSNELD_2020, True, False),  # 15, 11 years: twelfth ends 2024-07-31
        (5, D(2009, 1, 15), VERSNELD_2019, False, True),  # 15, 12 years: ended 2023-07-31
        # 6: age 16, 10 years. RegelRecht: "16 means ended" (false). Art. 3 lid 1 onder b: 16 on
        # 15 January 2024, so leerplicht runs to the end of school year 2023-24: true.
        (6, D(2008, 1, 15), {}, True, False),
        (7, D(2007, 9, 1), {"schoolbegin": D(2011, 9, 1)}, False, True),  # 16; 12 years 2011-23
        (11, D(2010, 1, 15), {}, True, False),  # age 14, 9 years: leerplichtig, not kwalificatie
        # 12: age 16, 10 years, no SK. RegelRecht: kwalificatieplichtig (true). Art. 3 lid 1
        # onder b keeps the pupil volledig leerplichtig until 2024-07-31 (as 6): false.
        (12, D(2008, 1, 15), {}, True, False),
        (13, D(2007, 1, 15), {}, False, True),  # 17: leerplicht ended 2023-07-31
        (14, D(2007, 1, 15), {"startkwalificatie": D(2024, 5, 1)}, False, False),  # 17 with SK
        (15, D(2006, 1, 15), {}, False, False),  # 18 on 15 January 2024: RMC age group
        (16, D(2009, 1, 15), VERSNELD_2019, False, True),  # 15, 12 years, no SK
    ],
)
def test_regelrecht_art_3_en_4b(scenario, geboren, feiten, leerplichtig, kwalificatieplichtig):
    status = leerplicht_status(geboren, RR_PEIL, **feiten)
    assert (status.categorie is Categorie.VOLLEDIG_LEERPLICHTIG) is leerplichtig, scenario
    assert (status.categorie is Categorie.KWALIFICATIEPLICHTIG) is kwalificatieplichtig, scenario


@pytest.mark.parametrize(
    ("scenario", "geboren", "eigen_plicht"),
    [
        (8, D(2013, 1, 15), False),  # age 11 (art. 2 lid 3)
        (9, D(2012, 1, 15), True),  # age 12
        (10, D(2009, 1, 15), True),  # age 15
    ],
)
def test_regelrecht_art_2_eigen_schoolplicht(scenario, geboren, eigen_plicht):
    assert leerplicht_status(geboren, RR_PEIL).eigen_plicht is eigen_plicht, scenario


@pytest.mark.parametrize(
    ("scenario", "geboren", "uren", "verwacht"),
    [
        (17, D(2019, 1, 15), None, 5),  # age 5, no extension (art. 11a lid 1)
        (18, D(2019, 1, 15), 10, 10),  # age 5, extension (lid 2)
        (19, D(2018, 1, 15), 10, 0),  # age 6: "nog niet de leeftijd van zes jaar" no longer
        (20, D(2014, 1, 15), 5, 0),  # age 10
    ],
)
def test_regelrecht_art_11a_uren_per_week(scenario, geboren, uren, verwacht):
    vr = Vrijstelling(ONDER_ZES, begin_leerplicht(geboren), uren_per_week=uren)  # open-ended
    status = leerplicht_status(geboren, RR_PEIL, vrijstellingen=[vr])
    assert status.uren_vrijgesteld_per_week == verwacht, scenario
