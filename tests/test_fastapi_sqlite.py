"""Issue 20: the FastAPI + SQLite example, end to end against a real uvicorn process."""

import importlib.util
import json
import os
import pathlib
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from gedragswerk_core import (
    Geaccepteerd,
    GesprekGevoerd,
    HulpvraagOntvangen,
    SparringRol,
    to_dict,
    voorbeeld,
)

ROOT = pathlib.Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "fastapi_sqlite", ROOT / "examples/fastapi_sqlite.py"
)
app_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(app_module)


def _vrije_poort():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def basis(tmp_path_factory):
    poort = _vrije_poort()
    db = tmp_path_factory.mktemp("db") / "interventies.db"
    proces = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--app-dir",
            str(ROOT / "examples"),
            "--factory",
            "fastapi_sqlite:maak_app",
            "--port",
            str(poort),
            "--log-level",
            "warning",
        ],
        env={**os.environ, "GEDRAGSWERK_DB": str(db)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{poort}"
    for _ in range(300):
        try:
            socket.create_connection(("127.0.0.1", poort), timeout=1).close()
            break
        except OSError:
            time.sleep(0.05)
    else:
        proces.kill()
        proces.wait(timeout=10)
        pytest.fail("uvicorn did not start")
    yield url
    proces.terminate()
    proces.wait(timeout=10)


def test_de_demo_van_het_voorbeeld(basis):
    assert app_module.demo(basis) == [
        "the hulpvraag comes in: 201 version 1, ontvangen",
        (
            "accepted before it came in: 422 A value is not acceptable "
            "[('$.gebeurtenis.moment', 'R-GEB-1')]"
        ),
        "accepted: 201 version 2, lopend",
        "accepted again, by a stale client: 409 Version conflict []",
        "accepted again: 409 The methodiek does not allow this step [('$.gebeurtenis', 'R-LC-2')]",
        "read back: 200 lopend, 2 events",
    ]


def _post(basis, pad, body):
    return app_module._verstuur(basis, "POST", pad, body)


def test_twee_gelijktijdige_toevoegingen_aan_dezelfde_versie_een_wint(basis):
    pad = "/interventies/I-2/gebeurtenissen"
    start = to_dict(HulpvraagOntvangen(voorbeeld.moment(2015, 9, 14), voorbeeld.hulpvraag()))
    assert _post(basis, pad, {"verwachte_versie": 0, "gebeurtenis": start})[0] == 201
    assert (
        _post(
            basis,
            pad,
            {
                "verwachte_versie": 1,
                "gebeurtenis": to_dict(Geaccepteerd(voorbeeld.moment(2015, 9, 15))),
            },
        )[0]
        == 201
    )
    gesprekken = [
        to_dict(
            GesprekGevoerd(
                voorbeeld.moment(2015, 9, 16 + k),
                (voorbeeld.partijen()["swv"],),
                SparringRol.ADVISEUR,
            )
        )
        for k in range(8)
    ]
    with ThreadPoolExecutor(8) as pool:
        statussen = list(
            pool.map(
                lambda g: _post(basis, pad, {"verwachte_versie": 2, "gebeurtenis": g})[0],
                gesprekken,
            )
        )
    assert sorted(statussen) == [201] + [409] * 7
    status, body = app_module._verstuur(basis, "GET", "/interventies/I-2")
    assert (status, body["versie"]) == (200, 3)


def test_onleesbaar_en_onbekend(basis):
    status, body = _post(
        basis,
        "/interventies/I-3/gebeurtenissen",
        {"verwachte_versie": 0, "gebeurtenis": {"type": "Geaccepteerd"}},
    )
    assert status == 422
    assert body["errors"][0]["location"] == "$.gebeurtenis.moment"
    verzoek = urllib.request.Request(  # noqa: S310
        basis + "/interventies/I-3/gebeurtenissen",
        data=b"[",
        method="POST",
    )
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(verzoek, timeout=10)  # noqa: S310
    assert info.value.code == 400
    assert json.loads(info.value.read())["status"] == 400
    assert app_module._verstuur(basis, "GET", "/interventies/I-404")[0] == 404
