"""The CLI's batch commands (issue 20): intake, signalen, jaarcijfers, leerplicht-bulk; the
program's name in its usage; ``schema`` for every public type in any case."""

import csv
import datetime as dt
import io
import json
import pathlib
import subprocess
import sys

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import gedragswerk_core
from gedragswerk_core import json_schema, leerplicht_status, to_dict, voorbeeld
from gedragswerk_core.__main__ import main
from gedragswerk_core._opdrachten import SCHEMA_TYPES, programmanaam


def _draai(capsys, monkeypatch, argv, invoer=None):
    if invoer is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(invoer))
    code = main(argv)
    uit = capsys.readouterr()
    return code, uit.out, uit.err


@pytest.mark.parametrize(
    ("argv0", "naam"),
    [
        ("/venv/bin/gedragswerk", "gedragswerk"),
        ("C:\\venv\\Scripts\\gedragswerk.exe", "gedragswerk.exe"),
        ("/site-packages/gedragswerk_core/__main__.py", "python -m gedragswerk_core"),
        ("-c", "python -m gedragswerk_core"),
        ("/venv/bin/pytest", "python -m gedragswerk_core"),
    ],
)
def test_de_programmanaam(argv0, naam):
    assert programmanaam(argv0) == naam


def test_het_gebruik_noemt_het_programma_zoals_het_gestart_is():
    script = pathlib.Path(sys.executable).parent / "gedragswerk"
    if not script.exists():  # pragma: no cover - the test extra installs the package with it
        pytest.skip("no gedragswerk script next to this Python")
    for commando, naam in (
        ([str(script)], "usage: gedragswerk "),
        ([sys.executable, "-m", "gedragswerk_core"], "usage: python -m gedragswerk_core "),
    ):
        klaar = subprocess.run(  # noqa: S603 - this Python and its own script
            [*commando, "--help"], capture_output=True, text=True, check=True, timeout=60
        )
        assert klaar.stdout.startswith(naam)


# --- intake --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("vraag", "code", "kop"),
    [
        (voorbeeld.hulpvraag, 0, "acceptatie: toegestaan"),
        (voorbeeld.ouders_hulpvraag, 1, "acceptatie: geweigerd"),
    ],
)
def test_intake(capsys, monkeypatch, vraag, code, kop):
    invoer = json.dumps(to_dict(vraag()))
    gekregen, uit, _ = _draai(capsys, monkeypatch, ["intake", "-"], invoer)
    assert (gekregen, uit.splitlines()[0]) == (code, kop)


def test_intake_als_json(capsys, monkeypatch):
    invoer = json.dumps(to_dict(voorbeeld.ouders_hulpvraag()))
    code, uit, _ = _draai(capsys, monkeypatch, ["intake", "-", "--format", "json"], invoer)
    assert code == 1
    besluit = json.loads(uit)
    assert besluit["toegestaan"] is False
    assert [r["regel"] for r in besluit["redenen"]] == ["R-LC-7"]


# --- signalen ------------------------------------------------------------------------------------


def test_signalen_van_een_reeks_interventies(capsys, monkeypatch, tmp_path):
    bestand = tmp_path / "interventies.json"
    vormen = [
        to_dict(voorbeeld.interventie_na_intake()),
        to_dict(voorbeeld.afgeronde_interventie()),
    ]
    bestand.write_text(json.dumps(vormen), encoding="utf-8")
    code, uit, _ = _draai(
        capsys, monkeypatch, ["signalen", str(bestand), "--peildatum", "2016-01-04"]
    )
    assert code == 1
    regels = uit.splitlines()
    assert [r.split(":")[0] for r in regels] == ["[0] R-LPW-8", "[0] R-LC-3"]  # closed: none


def test_signalen_als_json_en_zonder_signalen(capsys, monkeypatch):
    invoer = json.dumps(to_dict(voorbeeld.afgeronde_interventie()))
    argv = ["signalen", "-", "--peildatum", "2016-01-04"]
    assert _draai(capsys, monkeypatch, argv, invoer)[:2] == (0, "no signals\n")
    invoer = json.dumps(to_dict(voorbeeld.interventie_na_intake()))
    code, uit, _ = _draai(capsys, monkeypatch, [*argv, "--format", "json"], invoer)
    assert code == 1
    assert [(s["interventie"], s["regel"]) for s in json.loads(uit)] == [
        (0, "R-LPW-8"),
        (0, "R-LC-3"),
    ]


# --- jaarcijfers ---------------------------------------------------------------------------------


def test_jaarcijfers_van_een_lijst_en_van_een_object(capsys, monkeypatch):
    vormen = [
        to_dict(voorbeeld.afgeronde_interventie()),
        to_dict(voorbeeld.interventie_na_intake()),
    ]
    argv = ["jaarcijfers", "-", "--schooljaar", "2015"]
    code, uit, _ = _draai(capsys, monkeypatch, argv, json.dumps(vormen))
    assert code == 0
    assert uit.startswith("## Jaarcijfers 2015–2016")
    assert "| interventions carried out (R-RAP-2) | 2 |" in uit
    invoer = json.dumps({"interventies": vormen, "contacten": []})
    code, uit, _ = _draai(capsys, monkeypatch, [*argv, "--format", "json"], invoer)
    assert (code, json.loads(uit)["interventies"]) == (0, 2)
    code, uit, _ = _draai(capsys, monkeypatch, ["jaarcijfers", "-", "--schooljaar", "2016"], "[]")
    assert "| interventions carried out (R-RAP-2) | 0 |" in uit


def test_jaarcijfers_weigert_iets_anders_dan_een_lijst(capsys, monkeypatch):
    argv = ["jaarcijfers", "-", "--schooljaar", "2015"]
    code, _, fout = _draai(capsys, monkeypatch, argv, '{"interventies": 3}')
    assert code == 2
    assert fout.startswith("error: $.interventies: expected a JSON array")


# --- leerplicht-bulk -----------------------------------------------------------------------------


def _csv(data):
    regels = ["ref,geboortedatum,naam"]  # a name column is ignored, never echoed
    regels += [f"L-{i},{d.isoformat()},Naam{i}" for i, d in enumerate(data)]
    return "\n".join(regels) + "\n"


@given(st.lists(st.dates(dt.date(1995, 1, 1), dt.date(2020, 12, 31)), min_size=1, max_size=8))
def test_leerplicht_bulk_volgt_de_status_per_leerling(data):
    peildatum = dt.date(2017, 1, 9)
    uit = io.StringIO()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sys, "stdin", io.StringIO(_csv(data)))
        mp.setattr(sys, "stdout", uit)
        assert main(["leerplicht-bulk", "-", "--peildatum", peildatum.isoformat()]) == 0
    rijen = list(csv.DictReader(io.StringIO(uit.getvalue())))
    assert [r["ref"] for r in rijen] == [f"L-{i}" for i in range(len(data))]
    assert "Naam" not in uit.getvalue()
    for rij, geboren in zip(rijen, data, strict=True):
        status = leerplicht_status(geboren, peildatum)  # the full rules, one pupil at a time
        assert rij["categorie"] == status.categorie.value
        assert rij["begin_leerplicht"] == status.leerplicht.begin.isoformat()
        assert rij["einde_leerplicht"] == status.leerplicht.einde.isoformat()


def test_leerplicht_bulk_als_json(capsys, monkeypatch):
    argv = ["leerplicht-bulk", "-", "--peildatum", "2017-01-09", "--format", "json"]
    code, uit, _ = _draai(capsys, monkeypatch, argv, _csv([dt.date(2010, 9, 2)]))
    assert code == 0
    assert json.loads(uit) == [
        {
            "ref": "L-0",
            "categorie": "volledig_leerplichtig",
            "begin_leerplicht": "2015-10-01",
            "einde_leerplicht": "2027-07-31",
            "einde_kwalificatieplicht": "2028-09-01",
            "einde_rmc": "2033-09-01",
        }
    ]


@pytest.mark.parametrize(
    ("invoer", "melding"),
    [
        (
            "ref,geboorte\nL-1,2010-01-01\n",
            "error: stdin line 1: the CSV header lacks geboortedatum",
        ),
        (
            "ref,geboortedatum\nL-1,2010-01-01\nL-2,20-01-2010\n",
            "error: stdin line 3: geboortedatum:",
        ),
        ("ref,geboortedatum\nL-1,\n", "error: stdin line 2: geboortedatum: expected a date"),
    ],
)
def test_leerplicht_bulk_noemt_de_regel_van_een_fout(capsys, monkeypatch, invoer, melding):
    argv = ["leerplicht-bulk", "-", "--peildatum", "2017-01-09"]
    code, _, fout = _draai(capsys, monkeypatch, argv, invoer)
    assert code == 2
    assert fout.startswith(melding)


@pytest.mark.parametrize(
    ("argv", "invoer", "melding"),
    [
        (["intake", "-"], "{", "error: -: not valid JSON (line 1, column 2)"),
        (["intake", "/niet/daar.json"], None, "error: /niet/daar.json: cannot read it"),
        (["signalen", "-", "--peildatum", "4-1-2016"], "{}", "error: --peildatum: expected a date"),
    ],
)
def test_slechte_invoer_geeft_exitcode_2(capsys, monkeypatch, argv, invoer, melding):
    code, _, fout = _draai(capsys, monkeypatch, argv, invoer)
    assert code == 2
    assert fout.startswith(melding)


def test_geen_utf8(capsys, tmp_path, monkeypatch):
    bestand = tmp_path / "x.json"
    bestand.write_bytes(b"\xff\xfe{")
    code, _, fout = _draai(capsys, monkeypatch, ["intake", str(bestand)])
    assert (code, fout) == (2, f"error: {bestand}: not UTF-8 text\n")


# --- schema --------------------------------------------------------------------------------------


def test_schema_kent_elk_publiek_type():
    publiek = {
        naam
        for naam in gedragswerk_core.__all__
        if isinstance(getattr(gedragswerk_core, naam), type)
        and attrs.has(getattr(gedragswerk_core, naam))
    }
    assert {cls.__name__ for cls in SCHEMA_TYPES.values()} == publiek
    assert len(publiek) > 7
    for cls in SCHEMA_TYPES.values():
        assert json_schema(cls)["type"] == "object"


@pytest.mark.parametrize("naam", ["Interventie", "interventie", "INTERVENTIE", "leerplichtstatus"])
def test_schema_in_elke_schrijfwijze(capsys, monkeypatch, naam):
    code, uit, _ = _draai(capsys, monkeypatch, ["schema", naam])
    assert code == 0
    assert json.loads(uit)["$id"].lower() == f"urn:gedragswerk-core:{naam.lower()}"


def test_schema_van_een_onbekend_type(capsys, monkeypatch):
    code, _, fout = _draai(capsys, monkeypatch, ["schema", "Bestaatniet"])
    assert code == 2
    assert fout.startswith("error: TYPE: unknown type 'Bestaatniet'; choose from Aanbeveling,")
