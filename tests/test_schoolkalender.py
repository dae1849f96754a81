"""Periods and the school calendar: lesdagen, holidays, the first school day (R-LPW-1, R-LPW-6)."""

import datetime as dt

import pendulum
import pytest
from hypothesis import given

from gedragswerk_core import strategies as gst
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.leerplicht.schoolkalender import Periode, Schoolkalender

D = pendulum.date
KERST = Periode(D(2015, 12, 19), D(2016, 1, 3))


def test_een_periode_telt_beide_randen_mee():
    assert KERST.dagen == 16
    assert KERST.bevat(D(2015, 12, 19))
    assert KERST.bevat(pendulum.datetime(2016, 1, 3, 22, 59, tz="UTC"))  # 23:59 in Amsterdam
    assert not KERST.bevat(D(2016, 1, 4))
    assert str(KERST) == "2015-12-19 t/m 2016-01-03"


def test_een_periode_eindigt_niet_voor_ze_begint():
    with pytest.raises(InvalidValueError) as info:
        Periode(D(2016, 1, 3), D(2015, 12, 19))
    assert info.value.field == "Periode.einde"
    with pytest.raises(InvalidValueError) as info:
        Periode("2016-01-03", D(2016, 1, 4))
    assert info.value.field == "Periode.begin"


@given(gst.perioden())
def test_een_periode_bevat_precies_haar_dagen(periode):
    binnen = [periode.begin + dt.timedelta(days=n) for n in range(periode.dagen)]
    assert all(periode.bevat(d) for d in binnen)
    assert not periode.bevat(periode.begin - dt.timedelta(days=1))
    assert not periode.bevat(periode.einde + dt.timedelta(days=1))


@pytest.mark.parametrize(
    ("dag", "lesdag", "vakantie"),
    [
        (D(2015, 12, 18), True, False),  # Friday before the holiday
        (D(2015, 12, 19), False, True),  # Saturday, first holiday day
        (D(2015, 12, 21), False, True),  # Monday in the holiday
        (D(2016, 1, 4), True, False),  # Monday after
        (D(2016, 1, 9), False, False),  # an ordinary Saturday
        (D(2016, 1, 10), False, False),  # and Sunday
    ],
)
def test_lesdagen_zijn_werkdagen_buiten_de_vakantie(dag, lesdag, vakantie):
    kalender = Schoolkalender((KERST,))
    assert kalender.is_lesdag(dag) is lesdag
    assert kalender.is_vakantie(dag) is vakantie


@given(gst.datums())
def test_zonder_vakanties_is_elke_werkdag_een_lesdag(dag):
    assert Schoolkalender().is_lesdag(dag) == (dag.weekday() < 5)


def test_r_lpw_1_de_eerste_schooldag_van_een_maand():
    kalender = Schoolkalender([KERST, Periode(D(2016, 2, 1), D(2016, 2, 5))])
    assert kalender.eerste_schooldag(2016, 1) == D(2016, 1, 4)  # 1-3 Jan: holiday
    assert kalender.eerste_schooldag(2016, 2) == D(2016, 2, 8)  # first week of Feb off
    assert kalender.eerste_schooldag(2015, 11) == D(2015, 11, 2)  # 1 Nov 2015: a Sunday


def test_een_maand_zonder_lesdag_geeft_de_eerste_lesdag_erna():
    kalender = Schoolkalender([Periode(D(2016, 7, 1), D(2016, 8, 14))])
    assert kalender.eerste_schooldag(2016, 7) == D(2016, 8, 15)


def test_een_kalender_zonder_lesdagen_binnen_twee_maanden_wordt_geweigerd():
    kalender = Schoolkalender([Periode(D(2016, 7, 1), D(2016, 9, 30))])
    with pytest.raises(InvalidValueError) as info:
        kalender.eerste_schooldag(2016, 7)
    assert info.value.regel == "R-LPW-1"


@pytest.mark.parametrize(("jaar", "maand"), [(2016, 13), (2016, 0), (2016.0, 1), (True, 1), (0, 1)])
def test_eerste_schooldag_vraagt_een_jaar_en_maand(jaar, maand):
    with pytest.raises(InvalidValueError):
        Schoolkalender().eerste_schooldag(jaar, maand)


def test_vakanties_overlappen_niet():
    with pytest.raises(InvalidValueError) as info:
        Schoolkalender([KERST, Periode(D(2016, 1, 3), D(2016, 1, 5))])
    assert info.value.field == "Schoolkalender.vakanties"
    with pytest.raises(InvalidValueError):
        Schoolkalender(["kerst"])
    assert Schoolkalender([KERST, Periode(D(2016, 1, 4), D(2016, 1, 5))]).vakanties[0] == KERST
