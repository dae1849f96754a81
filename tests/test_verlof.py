"""Leave and vrijstellingen against absence (R-LPW-11, issue 23 point 5) and the leave check
(R-LPW-12): BWBR0002628 art. 11, 11a, 13a, 14; DUO withdraws reports overlapping a vrijstelling.
"""

import datetime as dt

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import strategies as gst
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.leerplicht.afwezigheid import Afwezigheid
from gedragswerk_core.leerplicht.schoolkalender import Periode, Schoolkalender
from gedragswerk_core.leerplicht.status import leerplicht_status
from gedragswerk_core.leerplicht.verlof import gedekt, toets_verlof
from gedragswerk_core.leerplicht.verzuim import beoordeel_verzuim, verzuimmeldingen
from gedragswerk_core.leerplicht.vrijstelling import Beslisser, Vrijstelling, Vrijstellingsgrond

D = pendulum.date
G = Vrijstellingsgrond
DAGEN = [D(2016, 1, 4), D(2016, 1, 5), D(2016, 1, 6), D(2016, 1, 7)]
VIER_KEER_VIER = [Afwezigheid(d, 240, False) for d in DAGEN]  # 16 hours


PEIL = D(2016, 1, 8)
GEBOREN = D(2008, 5, 1)


def status(peil=PEIL, geboren=GEBOREN, **kw):
    return leerplicht_status(geboren, peil, ingeschreven=True, **kw)


# --- R-LPW-11: covered absence is no verzuim -----------------------------------------------------


@pytest.mark.parametrize(
    ("vrijstelling", "gemeld"),
    [
        (None, True),
        (Vrijstelling(G.ZIEKTE, D(2016, 1, 7), D(2016, 1, 7)), False),  # art. 11 onder d
        (Vrijstelling(G.GEWICHTIGE_OMSTANDIGHEDEN, D(2016, 1, 6), D(2016, 1, 7)), False),  # 14
        (Vrijstelling(G.VAKANTIE_BEROEP, D(2016, 1, 4), D(2016, 1, 8)), False),  # art. 13a
        (Vrijstelling(G.GEWICHTIGE_OMSTANDIGHEDEN, D(2016, 1, 8), D(2016, 1, 8)), True),  # after
        (Vrijstelling(G.ZIEKTE, D(2016, 1, 3), D(2016, 1, 3)), True),  # the day before
    ],
)
def test_r_lpw_11_verleend_verlof_is_geen_verzuim(vrijstelling, gemeld):
    verleend = () if vrijstelling is None else (vrijstelling,)
    meldingen = verzuimmeldingen(status(), VIER_KEER_VIER, vrijstellingen=verleend)
    assert bool(meldingen) is gemeld


def test_r_lpw_11_een_vrijstelling_in_de_status_telt_zonder_ze_door_te_geven():
    verlof = Vrijstelling(G.GEWICHTIGE_OMSTANDIGHEDEN, D(2016, 1, 7), D(2016, 1, 8))
    s = status(vrijstellingen=[verlof])
    assert s.vrijstellingen == (verlof,)  # in force on the peildatum
    b = beoordeel_verzuim(s, VIER_KEER_VIER)
    assert b.meldingen == ()
    assert not b.melding_verplicht


@pytest.mark.parametrize(
    ("dagen", "gemeld"),
    [
        (4, False),  # 16 h, of which 4 h covered by art. 11a lid 1 (five hours a week): 12 h
        (5, True),  # 20 h, 4 covered: 16 h
    ],
)
def test_r_lpw_11_art_11a_dekt_vijf_uur_per_week(dagen, gemeld):
    geboren = D(2010, 9, 2)  # five, leerplichtig since 1 October 2015
    vrij = Vrijstelling(G.JONGER_DAN_ZES, D(2015, 10, 1))
    records = [Afwezigheid(D(2016, 1, 4).add(days=n), 240, False) for n in range(dagen)]
    s = status(D(2016, 1, 11), geboren, vrijstellingen=[vrij])
    assert bool(verzuimmeldingen(s, records)) is gemeld
    assert [a.geoorloofd for a in gedekt(records, [vrij])][:2] == [True, False]


def test_r_lpw_11_art_4a_lid_2_is_geen_verlof():
    # Art. 4a lid 2 is an exception to the duty, not an exemption: the ground is deprecated.
    with pytest.warns(DeprecationWarning, match="PRAKTIJKONDERWIJS_OF_VSO"):
        uitzondering = Vrijstelling(G.PRAKTIJKONDERWIJS_OF_VSO, D(2015, 1, 1))
    assert not any(a.geoorloofd for a in gedekt(VIER_KEER_VIER, [uitzondering]))


@given(
    st.lists(gst.afwezigheden(dt.date(2016, 1, 1), dt.date(2016, 3, 31)), max_size=30),
    st.lists(gst.vrijstellingen(dt.date(2015, 12, 1), dt.date(2016, 3, 31)), max_size=3),
)
def test_r_lpw_11_dekking_maakt_alleen_geoorloofd(records, vrijstellingen):
    uit = gedekt(records, vrijstellingen)
    for voor, na in zip(sorted(records, key=lambda a: a.datum), uit, strict=True):
        assert attrs.evolve(na, geoorloofd=voor.geoorloofd) == voor  # only the flag changes
        assert na.geoorloofd or not voor.geoorloofd  # and only to authorised
        if na.geoorloofd and not voor.geoorloofd:
            assert any(vr.geldt_op(voor.datum) for vr in vrijstellingen)
    heel = Vrijstelling(G.ZIEKTE, D(2015, 1, 1), D(2016, 12, 31))
    assert not any(verzuimmeldingen(status(D(2016, 3, 31)), records, vrijstellingen=[heel]))


# --- R-LPW-12: the leave check ------------------------------------------------------------------

ZOMER = Schoolkalender([Periode(D(2016, 7, 16), D(2016, 8, 28))])  # first lesdag Mon 29 Aug


@pytest.mark.parametrize(
    ("begin", "einde", "kalender", "mag"),
    [
        (D(2016, 9, 9), D(2016, 9, 16), ZOMER, False),  # in the second leswek (art. 13a lid 2)
        (D(2016, 9, 12), D(2016, 9, 16), ZOMER, True),  # the third leswek
        (D(2016, 8, 12), D(2016, 8, 16), None, False),  # no calendar: lesweken from 1 August
        (D(2016, 8, 15), D(2016, 8, 19), None, True),
        (D(2016, 10, 3), D(2016, 10, 14), None, True),  # ten school days
        (D(2016, 10, 3), D(2016, 10, 17), None, False),  # eleven
    ],
)
def test_r_lpw_12_art_13a_niet_in_de_eerste_twee_lesweken_hoogstens_tien_dagen(
    begin, einde, kalender, mag
):
    besluit = toets_verlof(G.VAKANTIE_BEROEP, begin, einde, kalender)
    assert besluit.toegestaan is mag
    assert set(besluit.regels) == {"R-LPW-12"}
    assert all("art. 13a" in r.uitleg for r in besluit.redenen)


@pytest.mark.parametrize(
    ("eerder_begin", "mag"),
    [(D(2016, 12, 19), False), (D(2016, 7, 4), True)],  # same school year / the one before
)
def test_r_lpw_12_art_13a_eens_per_schooljaar(eerder_begin, mag):
    eerder = Vrijstelling(G.VAKANTIE_BEROEP, eerder_begin, eerder_begin.add(days=4))
    besluit = toets_verlof(G.VAKANTIE_BEROEP, D(2017, 3, 6), D(2017, 3, 10), eerder=[eerder])
    assert besluit.toegestaan is mag


def test_r_lpw_12_art_13a_beslist_het_hoofd():
    besluit = toets_verlof(
        G.VAKANTIE_BEROEP, D(2017, 3, 6), D(2017, 3, 10), beslisser=Beslisser.LEERPLICHTAMBTENAAR
    )
    assert not besluit.toegestaan
    assert "art. 13a lid 1" in besluit.bezwaren[0].uitleg


@pytest.mark.parametrize(
    ("eerdere_dagen", "dagen", "bevoegd"),
    [
        (0, 10, Beslisser.HOOFD),  # art. 14 lid 3: up to ten the head
        (3, 7, Beslisser.HOOFD),
        (3, 8, Beslisser.LEERPLICHTAMBTENAAR),  # eleven in the school year
        (0, 11, Beslisser.LEERPLICHTAMBTENAAR),
    ],
)
def test_r_lpw_12_art_14_wie_beslist(eerdere_dagen, dagen, bevoegd):
    eerder = (
        [Vrijstelling(G.GEWICHTIGE_OMSTANDIGHEDEN, D(2016, 9, 5), D(2016, 9, 4 + eerdere_dagen))]
        if eerdere_dagen
        else []
    )
    einde = [d for d in (D(2016, 10, 3).add(days=n) for n in range(30)) if d.weekday() < 5][
        dagen - 1
    ]
    for beslisser in Beslisser:
        besluit = toets_verlof(
            G.GEWICHTIGE_OMSTANDIGHEDEN, D(2016, 10, 3), einde, eerder=eerder, beslisser=beslisser
        )
        assert besluit.toegestaan is (beslisser is bevoegd)
        assert "art. 14 lid 3" in besluit.redenen[0].uitleg


@pytest.mark.parametrize(
    ("kwargs", "veld"),
    [
        ({"grond": G.ZIEKTE}, "grond"),
        ({"grond": "vakantie"}, "grond"),
        ({"begin": "2016-10-03"}, "begin"),
        ({"einde": D(2016, 10, 1)}, "Vrijstelling.einde"),
        ({"beslisser": "hoofd"}, "beslisser"),
        ({"eerder": [1]}, "eerder[0]"),
        ({"kalender": []}, "kalender"),
    ],
)
def test_r_lpw_12_verkeerde_invoer_noemt_het_veld(kwargs, veld):
    args = {"grond": G.VAKANTIE_BEROEP, "begin": D(2016, 10, 3), "einde": D(2016, 10, 7)}
    with pytest.raises(InvalidValueError) as info:
        toets_verlof(**{**args, **kwargs})
    assert info.value.field == veld


@given(gst.datums(dt.date(2016, 9, 1), dt.date(2017, 6, 30)), st.integers(0, 20))
def test_r_lpw_12_art_14_precies_een_beslisser_is_bevoegd(begin, dagen):
    besluiten = [
        toets_verlof(G.GEWICHTIGE_OMSTANDIGHEDEN, begin, begin.add(days=dagen), beslisser=b)
        for b in Beslisser
    ]
    assert sum(b.toegestaan for b in besluiten) == 1


def test_r_lpw_11_art_11a_dekt_niet_buiten_zijn_looptijd():
    vrij = Vrijstelling(G.JONGER_DAN_ZES, D(2015, 10, 1), D(2016, 1, 3))
    assert [a.geoorloofd for a in gedekt(VIER_KEER_VIER[:1], [vrij])] == [False]
