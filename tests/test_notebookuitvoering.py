"""examples/notebook_weergaven.py executed as a notebook shows every view and the plots.

Needs the notebook extra (jupytext, nbclient, ipykernel, matplotlib): CI installs it in a step
of its own and runs this module there; without it the test is skipped.
"""

import pathlib

import pytest

jupytext = pytest.importorskip("jupytext")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")

NOTEBOOK = pathlib.Path(__file__).resolve().parent.parent / "examples" / "notebook_weergaven.py"


@pytest.fixture(scope="module")
def uitvoer():
    nb = jupytext.read(NOTEBOOK)
    nbclient.NotebookClient(nb, kernel_name="python3", timeout=120).execute(
        cwd=str(NOTEBOOK.parent)
    )
    return [o for cel in nb.cells if cel.cell_type == "code" for o in cel.outputs]


def _html(uitvoer):
    return "".join(o.get("data", {}).get("text/html", "") for o in uitvoer)


@pytest.mark.parametrize("klasse", ["gw-besluit", "gw-interventie", "gw-toestand", "gw-hulpvraag"])
def test_elke_weergave_als_html(uitvoer, klasse):
    assert f'class="{klasse}"' in _html(uitvoer)


def test_de_weergaven_zijn_nederlands(uitvoer):
    html = _html(uitvoer)
    assert "geweigerd" in html
    assert "refused" not in html


def test_drie_figuren(uitvoer):
    plaatjes = [o for o in uitvoer if "image/png" in o.get("data", {})]
    assert len(plaatjes) == 3


def test_geen_fouten_en_korte_reprs(uitvoer):
    assert not [o for o in uitvoer if o.output_type == "error"]
    tekst = "".join(o.get("text", "") for o in uitvoer if o.output_type == "stream")
    assert "<Besluit overdracht: geweigerd" in tekst
    assert "<Interventie afgerond: 9 gebeurtenissen" in tekst
