"""The versions of the Leerplichtwet and the status on a reference date (R-LPW-13, point 8).

Sources (research notes of issue 23): kwalificatieplicht from 1 August 2007 (wetten.overheid.nl,
BWBR0002628 "geldend van 30-12-2005 t/m 31-07-2007" has no §2a; Kamerstuk 33925 nr. 3);
the Wet terugdringen schoolverzuim (Kamerstuk 36663) has no date of entry into force yet.
"""

import datetime as dt
import itertools

import pendulum
import pytest
from hypothesis import given

from gedragswerk_core import strategies as gst
from gedragswerk_core.leerplicht.bulk import leerplicht_status_bulk
from gedragswerk_core.leerplicht.status import Categorie, leerplicht_status
from gedragswerk_core.leerplicht.wetsversies import WETSVERSIES, Wetsversie, wetsversie_op

D = pendulum.date
EEN_DAG = dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("dag", "versie", "kwalificatieplicht"),
    [
        (D(2002, 1, 1), "lpw-1969-voor-2007", False),  # the 2002 peildatum
        (D(2007, 7, 31), "lpw-1969-voor-2007", False),  # the last day without §2a
        (D(2007, 8, 1), "lpw-2007-kwalificatieplicht", True),  # art. 4a-4c in force
        (D(2009, 8, 1), "lpw-2009-besluit-verzuimmelding", True),
        (D(2016, 12, 31), "lpw-2009-besluit-verzuimmelding", True),
        (D(2017, 1, 1), "lpw-2017-po-vso-centraal", True),  # Stb. 2016, 487
        (D(2017, 7, 1), "lpw-2017-art-13a", True),  # Stb. 2017, 80
        (D(2023, 1, 1), "lpw-2023-register-onderwijsdeelnemers", True),  # Stb. 2022, 177
        (D(2060, 1, 1), "lpw-2023-register-onderwijsdeelnemers", True),  # 36663 has no date
    ],
)
def test_r_lpw_13_de_versie_die_op_een_dag_geldt(dag, versie, kwalificatieplicht):
    gevonden = wetsversie_op(dag)
    assert gevonden.id == versie
    assert gevonden.kwalificatieplicht is kwalificatieplicht


def test_r_lpw_13_de_wet_terugdringen_schoolverzuim_is_aangekondigd_zonder_datum():
    versie = {v.id: v for v in WETSVERSIES}["wet-terugdringen-schoolverzuim"]
    assert versie.geldt_vanaf is None
    assert versie.geldt_tot is None
    assert not versie.in_werking
    assert not versie.geldt_op(D(2030, 1, 1))
    assert "36663" in versie.bron


def test_r_lpw_13_de_versies_sluiten_op_elkaar_aan():
    in_werking = [v for v in WETSVERSIES if v.in_werking]
    assert in_werking[0].geldt_vanaf is None
    assert in_werking[-1].geldt_tot is None
    for vorige, volgende in itertools.pairwise(in_werking):
        assert vorige.geldt_tot + EEN_DAG == volgende.geldt_vanaf
    assert len({v.id for v in WETSVERSIES}) == len(WETSVERSIES)


@given(gst.datums(dt.date(1990, 1, 1), dt.date(2060, 12, 31)))
def test_r_lpw_13_op_elke_dag_geldt_precies_een_versie(dag):
    assert sum(v.geldt_op(dag) for v in WETSVERSIES) == 1
    assert wetsversie_op(dag).geldt_op(dag)


@pytest.mark.parametrize(
    ("peil", "categorie", "versie"),
    [
        # Born 15 March 1990: leerplicht ends 2006-07-31 (16 in 2005-06), 18 on 2008-03-15.
        (D(2007, 7, 31), Categorie.RMC_DOELGROEP, "lpw-1969-voor-2007"),  # no kwalificatieplicht
        (D(2007, 8, 1), Categorie.KWALIFICATIEPLICHTIG, "lpw-2007-kwalificatieplicht"),
        (D(2008, 3, 14), Categorie.KWALIFICATIEPLICHTIG, "lpw-2007-kwalificatieplicht"),
        (D(2008, 3, 15), Categorie.RMC_DOELGROEP, "lpw-2007-kwalificatieplicht"),
    ],
)
def test_r_lpw_13_voor_1_augustus_2007_geen_kwalificatieplicht(peil, categorie, versie):
    status = leerplicht_status(D(1990, 3, 15), peil)
    assert status.categorie is categorie
    assert status.wetsversie == versie
    if peil < D(2007, 8, 1):
        assert status.kwalificatieplicht is None
        assert status.rmc.begin == D(2006, 8, 1)  # right after leerplicht
        uitleg = {f.regel: f.uitleg for f in status.feiten}["R-LPW-3"]
        assert "lpw-1969-voor-2007" in uitleg


@given(gst.datums(dt.date(1990, 1, 1), dt.date(2060, 12, 31)))
def test_r_lpw_13_elke_status_noemt_de_versie_van_haar_peildatum(peil):
    status = leerplicht_status(D(1995, 6, 1), peil)
    assert status.wetsversie == wetsversie_op(peil).id
    if not wetsversie_op(peil).kwalificatieplicht:
        assert status.kwalificatieplicht is None
        assert status.categorie is not Categorie.KWALIFICATIEPLICHTIG


def test_r_lpw_13_bulk_gebruikt_dezelfde_versie():
    peil = D(2002, 1, 1)
    rij = leerplicht_status_bulk([D(1985, 3, 15)], peil)[0]
    assert rij[0] is Categorie.RMC_DOELGROEP  # 16 in 2001, no kwalificatieplicht in 2002
    assert rij[3] == rij[2]  # einde_kwalificatieplicht == einde_leerplicht: none


def test_een_wetsversie_is_een_waarde():
    versie = WETSVERSIES[1]
    kopie = Wetsversie(
        versie.id,
        versie.geldt_vanaf,
        versie.geldt_tot,
        versie.wijziging,
        versie.bron,
        versie.kwalificatieplicht,
    )
    assert kopie == versie
    assert hash(kopie) == hash(versie)
