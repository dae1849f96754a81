"""The CLI edge: the demo walks the example case and never shows a name or BSN."""

import contextlib
import io
import json
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import Overdrachtsvoorstel, to_dict, voorbeeld
from gedragswerk_core.__main__ import demo, main


def test_de_demo_doorloopt_de_methodiek(capsys):
    assert main([]) == 0
    uit = capsys.readouterr().out
    for kop in ("R-LC-1", "R-LC-2", "R-LC-5", "R-LC-6", "R-LC-7", "R-LPW-8"):
        assert kop in uit
    assert "afronding: geweigerd" in uit
    assert "afronding: toegestaan" in uit
    assert "overdracht: toegestaan" in uit
    assert "one more conversation is refused: R-LC-5" in uit


def test_de_demo_toont_geen_naam_of_bsn():
    tekst = demo()
    assert "111222333" not in tekst
    assert "never shows" not in tekst


def test_versie(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert "gedragswerk_core" in capsys.readouterr().out


def test_python_m_gedragswerk_core_werkt_als_programma():
    klaar = subprocess.run(
        [sys.executable, "-m", "gedragswerk_core"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert klaar.returncode == 0, klaar.stderr
    assert "R-LC-6" in klaar.stdout
    assert klaar.stderr == ""


# --- the checks: JSON in, a decision out, exit codes 0 / 1 / 2 ------------------------------------


def overdracht_json(wil=True):
    interventie = voorbeeld.interventie_na_intake()
    voorstel = Overdrachtsvoorstel(voorbeeld.partijen()["consulent"], True, True, wil)
    return {"interventie": to_dict(interventie), "voorstel": to_dict(voorstel)}


def run(argv, stdin_text, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin_text))
    code = main(argv)
    uit = capsys.readouterr()
    return code, uit.out, uit.err


def test_overdracht_toegestaan_geeft_exitcode_0(monkeypatch, capsys):
    code, out, err = run(["overdracht", "-"], json.dumps(overdracht_json()), monkeypatch, capsys)
    assert code == 0
    assert out.startswith("overdracht: toegestaan")
    assert err == ""


def test_overdracht_geweigerd_geeft_exitcode_1_en_json_met_redenen(monkeypatch, capsys):
    code, out, _ = run(
        ["overdracht", "-", "--format", "json"],
        json.dumps(overdracht_json(wil=False)),
        monkeypatch,
        capsys,
    )
    assert code == 1
    besluit = json.loads(out)
    assert besluit["toegestaan"] is False
    assert any(not r["voldaan"] and r["regel"] == "R-LC-6" for r in besluit["redenen"])


@pytest.mark.parametrize(
    ("verklaring", "exitcode"),
    [
        # the actors state they do not want to go on alone: refused (1)
        ({"oplossing_gevonden": False, "kunnen_zelf_verder": True, "willen_zelf_verder": False}, 1),
        # "want" not stated, and no statement in the history: undecided (3, R-VKL-1)
        ({"oplossing_gevonden": False, "kunnen_zelf_verder": True}, 3),
        ({"oplossing_gevonden": True}, 0),
    ],
)
def test_afronding_via_de_cli(verklaring, exitcode, monkeypatch, capsys):
    data = {"interventie": to_dict(voorbeeld.interventie_na_intake()), "verklaring": verklaring}
    code, out, _ = run(["afronding", "-"], json.dumps(data), monkeypatch, capsys)
    assert code == exitcode
    assert "R-LC-5" in out


@pytest.mark.parametrize(
    ("invoer", "veld"),
    [
        ("niet json", "not valid JSON"),
        ("[]", "expected a JSON object"),
        ("{}", "$.interventie: required field missing"),
        ('{"interventie": {}, "voorstel": {}}', "$.interventie.gebeurtenissen"),
    ],
)
def test_slechte_invoer_geeft_exitcode_2_en_noemt_het_veld(invoer, veld, monkeypatch, capsys):
    code, out, err = run(["overdracht", "-"], invoer, monkeypatch, capsys)
    assert code == 2
    assert out == ""
    assert veld in err


def test_een_ontbrekend_bestand_geeft_exitcode_2(capsys, tmp_path):
    assert main(["overdracht", str(tmp_path / "geen.json")]) == 2
    assert "cannot read" in capsys.readouterr().err
    kapot = tmp_path / "kapot.json"
    kapot.write_bytes(b"\xff\xfe")
    assert main(["overdracht", str(kapot)]) == 2
    assert "UTF-8" in capsys.readouterr().err


def test_schema_via_de_cli(capsys):
    assert main(["schema", "Interventie"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Interventie"
    assert main(["schema", "Onbekend"]) == 2
    assert "unknown type" in capsys.readouterr().err


json_waarden = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda kind: (
        st.lists(kind, max_size=3) | st.dictionaries(st.text(max_size=10), kind, max_size=3)
    ),
    max_leaves=15,
)


@given(
    st.sampled_from(["overdracht", "afronding"]),
    json_waarden | st.fixed_dictionaries({"interventie": json_waarden, "voorstel": json_waarden}),
)
def test_willekeurige_json_geeft_alleen_exitcode_2_nooit_een_traceback(commando, data):
    fout, uit = io.StringIO(), io.StringIO()
    stdin = io.StringIO(json.dumps(data))
    with (
        contextlib.redirect_stderr(fout),
        contextlib.redirect_stdout(uit),
        pytest.MonkeyPatch.context() as mp,
    ):
        mp.setattr("sys.stdin", stdin)
        code = main([commando, "-"])
    assert code == 2
    assert fout.getvalue().startswith("error: ")
    assert "Traceback" not in fout.getvalue()


def test_de_cli_als_programma_op_goede_en_slechte_bestanden(tmp_path):
    goed = tmp_path / "goed.json"
    goed.write_text(json.dumps(overdracht_json()), encoding="utf-8")
    slecht = tmp_path / "slecht.json"
    slecht.write_text('{"interventie": 5}', encoding="utf-8")
    for pad, verwacht in ((goed, 0), (slecht, 2)):
        klaar = subprocess.run(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "gedragswerk_core", "overdracht", str(pad)],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        assert klaar.returncode == verwacht, klaar.stderr
        assert "Traceback" not in klaar.stderr


def test_de_demo_toont_diagnose_werkagenda_en_leerplicht(capsys):
    assert main([]) == 0
    uit = capsys.readouterr().out
    assert "knelpunten: kennen, willen" in uit
    assert "Gemeente Tiel: willen knelpunt -> in_orde" in uit
    assert "fout R-WA-1" in uit
    # born 2008-03-15: leerplichtig from 1 April 2013 (R-LPW-1) to 31 July 2024 (R-LPW-2)
    assert "leerplichtig 2013-04-01 … 2024-07-31" in uit


def test_werkagenda_via_de_cli_noemt_bevindingen(monkeypatch, capsys):
    from gedragswerk_core import concept_werkagenda  # noqa: PLC0415

    data = json.dumps(to_dict(concept_werkagenda("Tiel", ["WA-1.1"])))
    code, out, _ = run(["werkagenda", "-"], data, monkeypatch, capsys)
    assert code == 1
    assert "R-WA-1" in out
    code, out, _ = run(["werkagenda", "-", "--format", "json"], data, monkeypatch, capsys)
    assert code == 1
    rijen = json.loads(out)
    assert {r["regel"] for r in rijen} >= {"R-WA-1", "R-WA-6"}
    code, _, err = run(["werkagenda", "-"], '{"regio": 5}', monkeypatch, capsys)
    assert code == 2
    assert "$.werkagenda" in err


def test_leerplicht_via_de_cli(capsys):
    assert main(["leerplicht", "--geboortedatum", "2008-03-15", "--peildatum", "2016-01-04"]) == 0
    uit = capsys.readouterr().out
    assert "leerplicht: 2013-04-01 … 2024-07-31" in uit
    args = ["leerplicht", "--geboortedatum", "2008-03-15", "--peildatum", "2025-01-04"]
    assert main([*args, "--startkwalificatie", "2024-12-01", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["startkwalificatie"] == "2024-12-01"
    assert main(["leerplicht", "--geboortedatum", "15-03-2008", "--peildatum", "2016-01-04"]) == 2
    assert "--geboortedatum" in capsys.readouterr().err


# --- issue 18: every read, parse and encode failure is exit 2 with a message ---------------------


def _met_bytes(argv, data, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code = main(argv)
    uit = capsys.readouterr()
    return code, uit.out, uit.err


@pytest.mark.parametrize(
    ("data", "melding"),
    [
        (b'{"interventie": ' + b"1" * 5000 + b"}", "more than 16 digits"),
        (b'{"interventie": -' + b"9" * 17 + b"}", "more than 16 digits"),
        (b'{"interventie": NaN}', "NaN is not a JSON number"),
        (b'{"interventie": -Infinity}', "-Infinity is not a JSON number"),
        (b'{"interventie": 1e999}', "not finite"),
        (b'{"interventie": "\\ud800"}', "lone surrogate"),
        (b"[" * 33 + b"]" * 33, "nested deeper than 32"),
        (b"[" * 100_000 + b"]" * 100_000, "nested deeper than 32"),
        (b'{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}', "$.interventie: required field"),
        (b"\xff\xfe{}", "is not UTF-8 text"),
        (b'{"interventie": "\xed\xa0\x80"}', "is not UTF-8 text"),
        (b'{"interventie": 1', "not valid JSON (line 1"),
        (b"[]", "expected a JSON object at the top, got list"),
    ],
)
def test_slechte_invoer_geeft_exitcode_2_met_een_melding(data, melding, monkeypatch, capsys):
    code, out, err = _met_bytes(["overdracht", "-"], data, monkeypatch, capsys)
    assert code == 2
    assert out == ""
    assert err.startswith("error: ")
    assert melding in err
    assert "Traceback" not in err


def test_te_veel_invoer_wordt_niet_gelezen(monkeypatch, capsys):
    from gedragswerk_core.__main__ import MAX_INVOER  # noqa: PLC0415

    code, _, err = _met_bytes(["werkagenda", "-"], b" " * (MAX_INVOER + 1), monkeypatch, capsys)
    assert code == 2
    assert f"more than {MAX_INVOER} bytes" in err


def test_een_map_of_een_onleesbare_naam_geeft_exitcode_2(tmp_path, capsys):
    assert main(["werkagenda", str(tmp_path)]) == 2
    assert capsys.readouterr().err.startswith(f"error: cannot read {str(tmp_path)!r}")
    assert main(["werkagenda", "naam\x00met-nul"]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_uitvoer_die_de_terminal_niet_kan_schrijven_geeft_exitcode_2(monkeypatch, capsys):
    ascii_uit = io.TextIOWrapper(io.BytesIO(), encoding="ascii", write_through=True)
    monkeypatch.setattr("sys.stdout", ascii_uit)
    code = main(["demo"])  # its title holds an em dash
    assert code == 2
    assert "cannot be written as ascii" in capsys.readouterr().err
