"""School years: 1 August – 31 July, Amsterdam's midnight as the boundary (R-LPW-9)."""

import datetime as dt

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import InvalidValueError, Schooljaar, schooljaar_van
from gedragswerk_core import strategies as gst


@pytest.mark.parametrize(
    ("moment", "startjaar"),
    [
        (pendulum.datetime(2016, 7, 31, 23, 30, tz="UTC"), 2016),  # 01:30 on 1 Aug in Amsterdam
        (pendulum.datetime(2016, 7, 31, 21, 59, tz="UTC"), 2015),  # 23:59 on 31 Jul (CEST)
        (pendulum.datetime(2016, 7, 31, 22, 0, tz="UTC"), 2016),  # midnight in Amsterdam
        (pendulum.date(2016, 7, 31), 2015),
        (pendulum.date(2016, 8, 1), 2016),
        (dt.date(2016, 1, 1), 2015),
        (dt.datetime(2016, 8, 1, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))), 2016),
        (dt.datetime(2016, 7, 31, 23, 30, tzinfo=dt.UTC), 2016),
    ],
)
def test_schooljaar_van_een_moment_volgt_de_dag_in_amsterdam(moment, startjaar):
    assert schooljaar_van(moment) == Schooljaar(startjaar)


def test_een_moment_zonder_tijdzone_is_dubbelzinnig_en_wordt_geweigerd():
    with pytest.raises(InvalidValueError) as info:
        schooljaar_van(dt.datetime(2016, 7, 31, 23, 30))  # noqa: DTZ001
    assert info.value.regel == "R-LPW-9"


@pytest.mark.parametrize("waarde", ["2016-07-31", 20160731, None])
def test_geen_datum_geeft_een_bibliotheekfout(waarde):
    with pytest.raises(InvalidValueError):
        schooljaar_van(waarde)


@given(gst.momenten())
def test_elk_moment_valt_in_precies_zijn_schooljaar(moment):
    sj = schooljaar_van(moment)
    dag = moment.in_timezone("Europe/Amsterdam").date()
    assert sj.begin <= dag <= sj.einde
    assert sj.bevat(moment)
    assert not sj.volgende().bevat(moment)
    assert not sj.vorige().bevat(moment)


@given(gst.schooljaren())
def test_een_schooljaar_loopt_van_1_augustus_tot_31_juli(sj):
    assert (sj.begin.month, sj.begin.day) == (8, 1)
    assert (sj.einde.month, sj.einde.day) == (7, 31)
    assert sj.einde.year == sj.begin.year + 1
    assert sj.volgende().begin == sj.einde.add(days=1)
    assert Schooljaar.from_string(str(sj)) == sj
    assert sj.vorige() < sj < sj.volgende()


@pytest.mark.parametrize("tekst", ["2015-2016", "2015–2016", "2015/2016", " 2015 - 2016 "])
def test_schooljaar_lezen(tekst):
    assert Schooljaar.from_string(tekst) == Schooljaar(2015)


@pytest.mark.parametrize("tekst", ["2015-2017", "2015", "abcd-efgh", "", 2015])
def test_schooljaar_lezen_weigert_onzin(tekst):
    with pytest.raises(InvalidValueError):
        Schooljaar.from_string(tekst)


@pytest.mark.parametrize("startjaar", [1899, 3000, "2015", 2015.0, True])
def test_startjaar_moet_een_redelijk_jaartal_zijn(startjaar):
    with pytest.raises(InvalidValueError) as info:
        Schooljaar(startjaar)
    assert info.value.field == "Schooljaar.startjaar"


@given(st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2998, 12, 31)))
def test_gewone_datums_worden_geaccepteerd(dag):
    sj = schooljaar_van(dag)
    assert sj.begin <= pendulum.Date(dag.year, dag.month, dag.day) <= sj.einde
