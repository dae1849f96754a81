"""The CLI edge: the demo walks the example case and never shows a name or BSN."""

import subprocess
import sys

import pytest

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
