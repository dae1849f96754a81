"""Absence per lesson and per day, counted as klokuren or lesuren (R-LPW-6, issue 23 point 1).

Source of the tables: the Inspectie van het onderwijs, "Registreren en melden van ongeoorloofd
verzuim": "PO-scholen melden bij 16 klokuren […] VO-scholen melden bij 16 lesuren […] (mits dit
lesuur korter dan of gelijk aan 60 minuten is)".
"""

import datetime as dt

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import strategies as gst
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.leerplicht.afwezigheid import Afwezigheid, Telwijze, Venster, Verzuimregels
from gedragswerk_core.leerplicht.meldingen import meldingen_16_uur

D = pendulum.date
DAGEN = [D(2016, 1, 4), D(2016, 1, 5), D(2016, 1, 6), D(2016, 1, 7)]  # Monday to Thursday
LESUREN = Verzuimregels(telwijze=Telwijze.LESUREN)


def lessen(minuten, aantal_per_dag=4, dagen=DAGEN):
    return [Afwezigheid.per_les(d, minuten) for d in dagen for _ in range(aantal_per_dag)]


@pytest.mark.parametrize(
    ("minuten", "per_dag", "telwijze", "gemeld"),
    [
        (45, 4, Telwijze.LESUREN, True),  # the issue: 16 lessons of 45 minutes in secondary
        (45, 4, Telwijze.KLOKUREN, False),  # 12 clock hours in primary
        (60, 4, Telwijze.KLOKUREN, True),  # 16 lessons of an hour are 16 clock hours
        (60, 4, Telwijze.LESUREN, True),  # "korter dan of gelijk aan 60 minuten": one lesuur
        (50, 3, Telwijze.LESUREN, False),  # 12 lesuren
    ],
)
def test_r_lpw_6_vo_telt_lesuren_po_klokuren(minuten, per_dag, telwijze, gemeld):
    regels = Verzuimregels(telwijze=telwijze)
    assert bool(meldingen_16_uur(lessen(minuten, per_dag), regels=regels)) is gemeld


def test_r_lpw_6_vijftien_lessen_is_geen_melding_zestien_wel():
    vijftien = lessen(45)[:-1]
    assert meldingen_16_uur(vijftien, regels=LESUREN) == ()
    (melding,) = meldingen_16_uur(lessen(45), regels=LESUREN)
    assert (melding.begin, melding.einde, melding.minuten) == (DAGEN[0], DAGEN[-1], 16 * 60)


@pytest.mark.parametrize(
    ("record", "klok", "les"),
    [
        (Afwezigheid.per_les(D(2016, 1, 4), 45), 45, 60),
        (Afwezigheid.per_les(D(2016, 1, 4), 60), 60, 60),  # the edge: 60 minutes is one lesuur
        (Afwezigheid.per_les(D(2016, 1, 4), 61), 61, 61),  # longer: its minutes (no source)
        (Afwezigheid.per_dag(D(2016, 1, 4), 300), 300, 300),  # a day counts its lesson time
        (Afwezigheid(D(2016, 1, 4), 45, False), 45, 45),  # minutes without lesson: as given
    ],
)
def test_telminuten_per_record(record, klok, les):
    assert record.telminuten(Telwijze.KLOKUREN) == klok
    assert record.telminuten(Telwijze.LESUREN) == les


def test_een_dagrecord_is_een_hele_dag_en_een_les_niet():
    dag = Afwezigheid.per_dag(D(2016, 1, 4), 300, luxe=True)
    assert (dag.hele_dag, dag.les, dag.luxe, dag.geoorloofd) == (True, False, True, False)
    les = Afwezigheid.per_les(D(2016, 1, 4), 50, geoorloofd=True)
    assert (les.hele_dag, les.les, les.geoorloofd) == (False, True, True)


def test_het_advies_van_0_75_uur_per_les_is_weg():
    assert "0.75" not in (Afwezigheid.van_uren.__doc__ or "")
    assert "per_les" in (Afwezigheid.van_uren.__doc__ or "")


def test_de_standaardlezing_volgt_de_bronnen():
    r = Verzuimregels()
    assert (r.telwijze, r.venster, r.drempel_uren, r.meer_dan_drempel) == (
        Telwijze.KLOKUREN,
        Venster.LESWEKEN,
        16,
        False,
    )
    assert (r.herhaal_min_dagen, r.max_herhaalmeldingen) == (7, 4)
    assert (r.lrv_weken, r.lrv_meer_dan, r.rmc_weken, r.rmc_meer_dan) == (4, True, 4, False)


@pytest.mark.parametrize(
    ("veld", "waarde"),
    [
        ("telwijze", "lesuren"),
        ("venster", None),
        ("drempel_uren", 0),
        ("drempel_uren", float("nan")),
        ("herhaal_min_dagen", -1),
        ("max_herhaalmeldingen", 1.5),
        ("lrv_meer_dan", 1),
        ("rmc_weken", True),
    ],
)
def test_verkeerde_regels_noemen_het_veld(veld, waarde):
    with pytest.raises(InvalidValueError) as info:
        Verzuimregels(**{veld: waarde})
    assert info.value.field == f"Verzuimregels.{veld}"


RECORDS = st.lists(gst.afwezigheden(dt.date(2016, 1, 1), dt.date(2016, 3, 31)), max_size=40)


@given(gst.afwezigheden())
def test_lesuren_tellen_nooit_minder_dan_klokuren(record):
    klok, les = record.telminuten(Telwijze.KLOKUREN), record.telminuten(Telwijze.LESUREN)
    assert klok == record.minuten
    assert les >= klok
    assert les == (60 if record.les and record.minuten <= 60 else record.minuten)


@given(RECORDS, gst.schoolkalenders(dt.date(2016, 1, 1), dt.date(2016, 3, 31), max_vakanties=1))
def test_met_lesuren_komt_de_eerste_melding_niet_later(records, kalender):
    klok = meldingen_16_uur(records, kalender)
    les = meldingen_16_uur(records, kalender, regels=LESUREN)
    if klok:
        assert les
        assert les[0].einde <= klok[0].einde
