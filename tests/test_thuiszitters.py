"""Thuiszitter counts for a region on a peildatum (R-LPW-14): langdurig relatief verzuim,
absoluut verzuim and vrijstelling art. 5 onder a apart, with the Thuiszitterspact indicator
(OCW letter of 3 February 2016, Kamerstuk 26695 nr. 108: thuiszitters are LRV plus absoluut
verzuim; no child longer than three months at home without a fitting offer).
"""

import datetime as dt

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import strategies as gst
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.leerplicht.afwezigheid import Afwezigheid
from gedragswerk_core.leerplicht.status import leerplicht_status
from gedragswerk_core.leerplicht.thuiszitters import Leerlingverzuim, tel_thuiszitters
from gedragswerk_core.leerplicht.verzuim import beoordeel_verzuim
from gedragswerk_core.leerplicht.vrijstelling import Vrijstelling, Vrijstellingsgrond

D = pendulum.date
PEIL = D(2016, 4, 15)
JAN4 = D(2016, 1, 4)
GEBOREN = D(2006, 5, 1)


def heel(van, tot):
    dagen = [van.add(days=n) for n in range((tot - van).days + 1)]
    return tuple(Afwezigheid.per_dag(d, 300) for d in dagen if d.weekday() < 5)


def leerling(ingeschreven=True, afwezig=(), sinds=None, aanbod=False, vrijstellingen=()):
    status = leerplicht_status(
        GEBOREN, PEIL, ingeschreven=ingeschreven, vrijstellingen=vrijstellingen
    )
    return Leerlingverzuim(status, afwezig, sinds, aanbod)


def test_r_lpw_14_de_kolommen_apart():
    regio = [
        leerling(afwezig=heel(JAN4, PEIL)),  # LRV since 4 Jan: longer than three months
        leerling(afwezig=heel(JAN4, PEIL), aanbod=True),  # the same, with an offer
        leerling(afwezig=heel(D(2016, 3, 1), PEIL)),  # LRV, six weeks
        leerling(ingeschreven=False, sinds=D(2016, 1, 15)),  # absoluut verzuim, 3 months
        leerling(ingeschreven=False),  # absoluut verzuim since an unknown day
        leerling(
            ingeschreven=False,
            vrijstellingen=[Vrijstelling(Vrijstellingsgrond.LICHAMELIJK_OF_PSYCHISCH, JAN4)],
        ),  # art. 5 onder a: not a thuiszitter, counted beside them
        leerling(afwezig=heel(D(2016, 4, 1), PEIL)),  # two weeks: no LRV
    ]
    t = tel_thuiszitters(regio, PEIL)
    assert (t.leerlingen, t.langdurig_relatief_verzuim, t.absoluut_verzuim) == (7, 3, 2)
    assert t.vrijstelling_5_onder_a == 1
    assert t.thuiszitters == 5
    assert t.langer_dan_norm_zonder_aanbod == 1  # only the first: 4 Jan to 15 Apr, no offer


@pytest.mark.parametrize(
    ("sinds", "teller"),
    [(D(2016, 1, 15), 0), (D(2016, 1, 14), 1)],  # 15 Apr: exactly three months is not more
)
def test_r_lpw_14_de_norm_is_meer_dan_drie_maanden(sinds, teller):
    t = tel_thuiszitters([leerling(ingeschreven=False, sinds=sinds)], PEIL)
    assert t.langer_dan_norm_zonder_aanbod == teller


def test_r_lpw_14_elke_status_op_de_peildatum():
    ander = Leerlingverzuim(leerplicht_status(GEBOREN, D(2016, 4, 14), ingeschreven=False))
    with pytest.raises(InvalidValueError) as info:
        tel_thuiszitters([leerling(), ander], PEIL)
    assert info.value.field == "leerlingen[1].status"
    with pytest.raises(InvalidValueError) as info:
        tel_thuiszitters(["leerling"], PEIL)
    assert info.value.field == "leerlingen[0]"


@given(st.lists(gst.leerlingverzuimen(dt.date(2016, 4, 15)), max_size=6))
def test_r_lpw_14_de_telling_volgt_de_beoordelingen(regio):
    t = tel_thuiszitters(regio, PEIL)
    beoordelingen = [
        beoordeel_verzuim(lv.status, lv.afwezigheden, niet_ingeschreven_sinds=lv_sinds)
        for lv, lv_sinds in ((lv, lv.niet_ingeschreven_sinds) for lv in regio)
    ]
    assert t.leerlingen == len(regio)
    assert t.thuiszitters == sum(b.thuiszitter for b in beoordelingen)
    assert t.absoluut_verzuim == sum(b.absoluut_verzuim for b in beoordelingen)
    assert t.langer_dan_norm_zonder_aanbod == sum(
        b.langer_dan_norm and not lv.aanbod for b, lv in zip(beoordelingen, regio, strict=True)
    )
    assert t.langer_dan_norm_zonder_aanbod <= t.thuiszitters
