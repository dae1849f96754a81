"""Issue 21: the decision service, in process (every branch) and as a real uvicorn process."""

import asyncio
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_spec_validator import validate

import gedragswerk_core.__main__ as cli
from gedragswerk_core import (
    Afrondingsverklaring,
    Overdrachtsvoorstel,
    Overgedragen,
    beoordeel_afronding,
    beoordeel_intake,
    beoordeel_overdracht,
    to_dict,
    verantwoord,
    voorbeeld,
    waarom_niet,
)
from gedragswerk_core.server import maak_app, openapi
from gedragswerk_core.server.app import MAX_BODY
from gedragswerk_core.server.eindpunten import EINDPUNTEN

APP = maak_app()


def post(pad, body=None, *, ruw=None, methode="POST"):
    async def vraag():
        transport = httpx.ASGITransport(app=APP)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            inhoud = ruw if ruw is not None else json.dumps(body).encode()
            return await client.request(methode, pad, content=inhoud)

    return asyncio.run(vraag())


def _voorstel(*, wil):
    return Overdrachtsvoorstel(voorbeeld.partijen()["consulent"], True, True, ontvanger_wil=wil)


def _verzoek(*, wil):
    return {
        "interventie": to_dict(voorbeeld.interventie_na_intake()),
        "voorstel": to_dict(_voorstel(wil=wil)),
    }


# --- OpenAPI -------------------------------------------------------------------------------------


def test_het_openapi_document_is_geldig_en_deelt_zijn_schemas():
    document = openapi()
    validate(document)
    assert document["openapi"] == "3.1.0"
    schemas = document["components"]["schemas"]
    assert {"Interventie", "Overdrachtsvoorstel", "Besluit", "Partij", "Probleem"} <= set(schemas)
    assert {"DuoVerzuimmelding", "Zaak"} <= set(schemas)
    tekst = json.dumps(document)
    assert "#/$defs/" not in tekst
    assert set(document["paths"]) == {e.pad for e in EINDPUNTEN} | {"/health"}


def test_openapi_json_wordt_geserveerd():
    r = post("/openapi.json", methode="GET", ruw=b"")
    assert r.status_code == 200
    assert r.json() == json.loads(json.dumps(openapi()))


def test_health():
    r = post("/health", methode="GET", ruw=b"")
    assert r.json()["status"] == "ok"


# --- decisions -----------------------------------------------------------------------------------


@pytest.mark.parametrize("wil", [True, False])
def test_overdracht_geeft_het_besluit_van_de_bibliotheek(wil):
    r = post("/overdracht", _verzoek(wil=wil))
    verwacht = beoordeel_overdracht(voorbeeld.interventie_na_intake(), _voorstel(wil=wil))
    assert r.status_code == 200
    assert r.json() == to_dict(verwacht)


def test_intake_doorverwijzing_afronding():
    hulpvraag = to_dict(voorbeeld.hulpvraag())
    assert post("/intake", {"hulpvraag": hulpvraag}).json() == to_dict(
        beoordeel_intake(voorbeeld.hulpvraag())
    )
    r = post("/doorverwijzing", {"hulpvraag": hulpvraag})
    assert r.json()["handeling"] == "doorverwijzing"
    naar = to_dict(voorbeeld.partijen()["consulent"])
    assert post("/doorverwijzing", {"hulpvraag": hulpvraag, "naar": naar}).status_code == 200
    verklaring = Afrondingsverklaring(oplossing_gevonden=True)
    r = post(
        "/afronding",
        {
            "interventie": to_dict(voorbeeld.interventie_na_intake()),
            "verklaring": to_dict(verklaring),
        },
    )
    assert r.json() == to_dict(beoordeel_afronding(voorbeeld.interventie_na_intake(), verklaring))


def test_signalen_leerplicht_verzuim_duo_zgw():
    i = to_dict(voorbeeld.interventie_na_intake())
    r = post("/signalen", {"interventie": i, "peildatum": "2016-01-04"})
    assert {s["soort"] for s in r.json()} >= {"geen_gesprek"}
    pupil = {"geboortedatum": "2004-03-15", "peildatum": "2016-02-01", "ingeschreven": True}
    assert post("/leerplicht/status", pupil).json()["categorie"] == "volledig_leerplichtig"
    dagen = [f"2016-01-{d:02d}" for d in (4, 5, 6, 7)]
    afwezig = [{"datum": d, "minuten": 300, "geoorloofd": False} for d in dagen]
    meldingen = post("/verzuim/meldingen", {**pupil, "afwezigheden": afwezig}).json()
    assert [m["soort"] for m in meldingen] == ["16_uur"]
    duo = post("/duo/verzuimmeldingen", {**pupil, "afwezigheden": afwezig}).json()
    assert duo[0]["soortVerzuim"] == "zestien uur in vier weken"
    assert post("/zgw/zaak", {"interventie": i}).json()["status"] == "lopend"


def test_het_waarom_niet_menu_en_het_ontvangstbewijs_over_http():
    # Issue 21 with issue 19: the menu and the receipt, as the library gives them.
    interventie = voorbeeld.interventie_na_intake()
    i = to_dict(interventie)
    menu = post("/waarom-niet", {"interventie": i})
    assert menu.status_code == 200
    assert menu.json() == [to_dict(m) for m in waarom_niet(interventie)]
    g = Overgedragen(voorbeeld.moment(2015, 10, 1), _voorstel(wil=False))
    met = post("/waarom-niet", {"interventie": i, "voorstellen": [to_dict(g)]}).json()
    assert {m["stap"]: m["uitkomst"] for m in met}["overdracht"] == "geweigerd"
    bewijs = post("/verantwoord", {"interventie": i, "gebeurtenis": to_dict(g)})
    assert bewijs.status_code == 200
    assert bewijs.json() == to_dict(verantwoord(interventie, g)[1])
    twee = post("/waarom-niet", {"interventie": i, "voorstellen": [to_dict(g)] * 2})
    assert twee.status_code == 422
    assert twee.json()["errors"][0]["location"].startswith("$.voorstellen[1]")


# --- bad input: problem details, never a 500 -----------------------------------------------------


def test_geen_json_is_400():
    r = post("/overdracht", ruw=b"{")
    assert r.status_code == 400
    assert r.headers["content-type"] == "application/problem+json"
    assert post("/overdracht", [1, 2]).status_code == 400
    assert post("/overdracht", ruw=b"\xff").status_code == 400


def test_te_groot_is_413():
    assert post("/overdracht", ruw=b" " * (MAX_BODY + 1)).status_code == 413


def test_foute_velden_zijn_422_met_paden():
    verzoek = _verzoek(wil=True)
    verzoek["interventie"]["gebeurtenissen"][0]["moment"] = "2015-09-14T10:00:00"
    del verzoek["voorstel"]["meer_aan_ontvanger"]
    verzoek["geheim"] = "Sanne de Vries"
    r = post("/overdracht", verzoek)
    assert r.status_code == 422
    body = r.json()
    locaties = [f["location"] for f in body["errors"]]
    assert locaties == [
        "$",
        "$.interventie.gebeurtenissen[0].moment",
        "$.voorstel.meer_aan_ontvanger",
    ]
    assert "Sanne" not in r.text
    assert "geheim" not in r.text


def test_datums_lijsten_en_booleans_worden_gecontroleerd():
    r = post("/leerplicht/status", {"geboortedatum": "2004-02-30", "peildatum": 5})
    assert [f["location"] for f in r.json()["errors"]] == ["$.geboortedatum", "$.peildatum"]
    r = post("/leerplicht/status", {"peildatum": "2016-01-01", "ingeschreven": "ja"})
    assert [f["location"] for f in r.json()["errors"]] == ["$.geboortedatum", "$.ingeschreven"]
    pupil = {"geboortedatum": "2004-03-15", "peildatum": "2016-02-01"}
    r = post("/verzuim/meldingen", {**pupil, "afwezigheden": {}})
    assert r.json()["errors"][0]["location"] == "$.afwezigheden"
    r = post("/verzuim/meldingen", {**pupil, "afwezigheden": [{"datum": "2016-01-04"}]})
    assert r.json()["errors"][0]["location"] == "$.afwezigheden[0].minuten"


def test_een_fout_van_de_bibliotheek_bij_het_beslissen_is_een_probleem_met_zijn_veld():
    pupil = {"geboortedatum": "2004-03-15", "peildatum": "2016-02-01"}
    r = post("/leerplicht/status", {**pupil, "startkwalificatie": "2000-01-01"})
    assert r.status_code == 422
    assert r.headers["content-type"] == "application/problem+json"
    assert [f["location"] for f in r.json()["errors"]] == ["$.startkwalificatie"]


def test_onbekend_pad_en_methode_zijn_problemen():
    assert post("/nergens", {}).json()["status"] == 404
    assert post("/intake", methode="GET", ruw=b"").json()["status"] == 405


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda kind: (
        st.lists(kind, max_size=3) | st.dictionaries(st.text(max_size=5), kind, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(EINDPUNTEN),
    st.dictionaries(
        st.sampled_from(
            [
                "interventie",
                "voorstel",
                "hulpvraag",
                "peildatum",
                "geboortedatum",
                "afwezigheden",
                "verklaring",
                "naar",
            ]
        ),
        JSON,
    ),
)
def test_willekeurige_invoer_geeft_nooit_een_500(eindpunt, body):
    r = post(eindpunt.pad, body)
    assert r.status_code in {200, 400, 409, 422}, r.text


def test_de_cli_start_de_dienst(monkeypatch):
    gezien = {}
    monkeypatch.setattr(
        "gedragswerk_core.server.serve", lambda host, port: gezien.update(h=host, p=port)
    )
    assert cli.main(["serve", "--port", "9999"]) == 0
    assert gezien == {"h": "127.0.0.1", "p": 9999}


def test_de_kern_laadt_de_dienst_niet():
    code = (
        "import sys, gedragswerk_core; "
        "print('gedragswerk_core.server' in sys.modules, 'starlette' in sys.modules)"
    )
    uit = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert uit.stdout.split() == ["False", "False"]


# --- a real uvicorn process, real HTTP -----------------------------------------------------------


def _vrije_poort():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def dienst():
    poort = _vrije_poort()
    proces = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "gedragswerk_core", "serve", "--port", str(poort)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    basis = f"http://127.0.0.1:{poort}"
    for _ in range(200):
        try:
            with urllib.request.urlopen(f"{basis}/health", timeout=1):  # noqa: S310
                break
        except OSError:
            time.sleep(0.05)
    else:
        proces.kill()
        proces.wait(timeout=10)
        proces.stderr.close()
        pytest.fail(f"the server did not start: {proces.stderr.read().decode()}")
    yield basis
    proces.terminate()
    proces.wait(timeout=10)
    proces.stderr.close()


def _http(basis, pad, body):
    verzoek = urllib.request.Request(  # noqa: S310
        basis + pad, data=body, headers={"Content-Type": "application/json"}, method="POST"
    )
    try:
        with urllib.request.urlopen(verzoek, timeout=10) as antwoord:  # noqa: S310
            return antwoord.status, antwoord.headers["Content-Type"], json.loads(antwoord.read())
    except urllib.error.HTTPError as fout:
        return fout.code, fout.headers["Content-Type"], json.loads(fout.read())


def test_een_echte_uvicorn_geeft_over_http_het_besluit_van_de_bibliotheek(dienst):
    for wil in (True, False):
        status, _, body = _http(dienst, "/overdracht", json.dumps(_verzoek(wil=wil)).encode())
        verwacht = beoordeel_overdracht(voorbeeld.interventie_na_intake(), _voorstel(wil=wil))
        assert (status, body) == (200, to_dict(verwacht))


def test_een_echte_uvicorn_geeft_problemen_en_nooit_een_500(dienst):
    status, soort, body = _http(dienst, "/overdracht", b"{not json")
    assert (status, soort, body["status"]) == (400, "application/problem+json", 400)
    kapot = _verzoek(wil=True)
    kapot["voorstel"]["ontvanger_kan"] = "ja"  # optional, but when given a yes or no
    status, soort, body = _http(dienst, "/overdracht", json.dumps(kapot).encode())
    assert status == 422
    assert body["errors"][0]["location"] == "$.voorstel.ontvanger_kan"
    with urllib.request.urlopen(f"{dienst}/openapi.json", timeout=10) as antwoord:  # noqa: S310
        validate(json.loads(antwoord.read()))
