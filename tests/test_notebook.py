"""The notebook walkthrough runs as a plain script and shows the HTML views of the case.

``examples/notebook_walkthrough.py`` is a notebook kept in the jupytext percent format: code
cells start with ``# %%``, markdown cells with ``# %% [markdown]`` and hold only comment lines.
The docs page docs/notebook.md includes it.
"""

import pathlib
import re
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "examples" / "notebook_walkthrough.py"
MARKER = re.compile(r"^# %%(?: \[(\w+)\])?\s*$")


def _cellen() -> list[tuple[str, str]]:
    """The cells as (kind, source); text before the first marker would be a cell of its own."""
    cellen: list[tuple[str, list[str]]] = []
    for regel in NOTEBOOK.read_text(encoding="utf-8").splitlines():
        gevonden = MARKER.match(regel)
        if gevonden:
            cellen.append((gevonden.group(1) or "code", []))
        elif cellen:
            cellen[-1][1].append(regel)
        else:
            assert not regel.strip(), f"text before the first cell marker: {regel!r}"
    return [(soort, "\n".join(bron).strip("\n")) for soort, bron in cellen]


@pytest.fixture(scope="module")
def uitvoer() -> str:
    klaar = subprocess.run(  # noqa: S603 - our own interpreter and example
        [sys.executable, str(NOTEBOOK)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
    )
    assert klaar.returncode == 0, klaar.stderr
    assert klaar.stderr == ""
    return klaar.stdout


def test_het_notebook_draait_als_script_en_toont_html_tabellen(uitvoer):
    assert "<table" in uitvoer


def test_het_notebook_toont_de_diagnose_en_de_werkagenda_als_html(uitvoer):
    assert '<table class="gedragswerk-diagnose">' in uitvoer
    assert '<div class="gedragswerk-werkagenda">' in uitvoer


def test_het_notebook_noemt_de_regels_die_het_laat_zien(uitvoer):
    for regel in ("R-LPW-8", "R-REG-3", "R-WA-2"):
        assert regel in uitvoer


def test_het_notebook_toont_geen_naam_of_bsn(uitvoer):
    # the example case knows pupils only by reference: no nine-digit number (a BSN) appears
    assert re.search(r"\b\d{9}\b", uitvoer) is None


def test_het_notebook_is_in_jupytext_percent_formaat():
    cellen = _cellen()
    soorten = [soort for soort, _ in cellen]
    assert set(soorten) == {"markdown", "code"}
    assert soorten[0] == "markdown", "a notebook opens with its title"
    assert soorten.count("code") >= 5
    for soort, bron in cellen:
        assert bron, "an empty cell"
        if soort == "markdown":
            assert all(r.startswith("#") or not r for r in bron.splitlines()), bron[:60]


def test_elke_codecel_is_op_zich_geldige_python():
    for i, (soort, bron) in enumerate(_cellen()):
        if soort == "code":
            compile(bron, f"<cell {i}>", "exec")


def test_wat_de_docs_van_het_notebook_laten_zien_staat_in_de_uitvoer(uitvoer):
    pagina = (ROOT / "docs" / "notebook.md").read_text(encoding="utf-8")
    blokken = re.findall(r"```text\n(.*?)```", pagina, re.DOTALL)
    assert blokken
    for blok in blokken:
        assert blok.strip() in uitvoer
