"""The 2015–2016 example: every published figure reproduced, every figure marked (R-RAP-3).

The expected values are the report's own (seed 002), written here by hand, not read from the
code under test.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from gedragswerk_core import InvalidValueError
from gedragswerk_core.voorbeelden.kengetallen import Kengetal, kengetallen

ROOT = Path(__file__).resolve().parents[1]

GEPUBLICEERD = {
    # seed 002 §3.1.1
    "interventions carried out in the year (R-RAP-2)": "178",
    "regions": "132",
    "afgerond in the year": "112 (63%)",
    "longer-running involvement on 31 July": "66",  # "in de overige gevallen"
    "pupils with passend onderwijs": "90",  # "circa 90 kinderen"
    "actietafels taken part in (R-TAF-1)": "19",
    "telephone contacts": "232",
    "contacts: professional": "120",
    "contacts: leerplichtambtenaar": "64",
    "contacts: ouder": "48",
    # seed 002 §3.1.2.7
    "cases of the interventieteam (R-IT-1)": "25",
    # seed 002 §3.3
    "survey responses": "87",
    "knowledge increased": "72.4%",
    "skills developed": "67.8%",
    "motivation increased": "67.8%",
    "cooperation: its quality": "90.0%",
    "cooperation: its result": "80.2%",
    "cooperation: active participation": "80.2%",
}


def test_elk_gepubliceerd_cijfer_komt_uit_het_logboek():
    waarden = {k.naam: k.waarde for k in kengetallen() if k.gepubliceerd}
    for naam, waarde in GEPUBLICEERD.items():
        assert waarden[naam] == waarde, naam
    assert waarden["survey respondents by type"] == (
        "primair_onderwijs 28%, voortgezet_onderwijs 32%, gemeente 25%, ouder 15%"
    )


def test_elk_cijfer_is_gemarkeerd_met_een_bron():
    # R-RAP-3: published figures cite their seed section; the rest say they are illustrative
    for k in kengetallen():
        if k.gepubliceerd:
            assert k.bron.startswith("seed 002 §")
        else:
            assert "illustrative" in k.bron or "reports no" in k.bron
    illustratief = {k.naam for k in kengetallen() if not k.gepubliceerd}
    assert {"intake per month", "escalations to an actietafel", "overgedragen"} <= illustratief


def test_geen_cijfer_spreekt_de_bron_tegen():
    # seed 002 §3.1.1: "In de overige gevallen is sprake van een langer durende betrokkenheid":
    # none of the 66 is handed over or referred in the log.
    waarden = {k.naam: k.waarde for k in kengetallen()}
    assert waarden["overgedragen"] == "0"
    assert waarden["doorverwezen"] == "0"


def test_een_kengetal_wordt_gecontroleerd():
    with pytest.raises(InvalidValueError):
        Kengetal("regions", "132", "ja", "seed 002 §3.1.1")


def test_het_voorbeeld_drukt_af_welke_cijfers_illustratief_zijn():
    uit = subprocess.run(  # noqa: S603 - our own interpreter and example
        [sys.executable, str(ROOT / "examples" / "jaarverslag_2015_2016.py")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=120,
    ).stdout
    deel = uit.split("Illustrative figures")[1]
    assert "intake per month" in deel
    assert "escalations to an actietafel: 25" in deel
    assert "actietafels taken part in (R-TAF-1): 19  [seed 002 §3.1.1" in uit
