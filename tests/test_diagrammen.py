"""The docs' diagrams are drawn at build time, offline, from the library's tables (issue 20)."""

import importlib.util
import pathlib
import xml.etree.ElementTree as ET

import pytest

from gedragswerk_core.interventie.gebeurtenissen import Gecorrigeerd
from gedragswerk_core.interventie.stappen import STAPPEN, Status, toestandsdiagram
from gedragswerk_core.werkagenda.activiteit import Fase, PdcaStap

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _laad(naam):
    spec = importlib.util.spec_from_file_location(naam, ROOT / "docs_hooks" / f"{naam}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


diagrammen = _laad("diagrammen")
controleer_site = _laad("controleer_site")
SVG = "{http://www.w3.org/2000/svg}"


def _teksten(figuur: str) -> str:
    svg = ET.fromstring(figuur).find(f"{SVG}svg")  # noqa: S314 - our own output
    return " ".join("".join(t.itertext()) for t in svg.iter(f"{SVG}text"))


def test_de_levensloop_is_svg_met_elke_status_en_elk_commando():
    tekst = _teksten(diagrammen.levensloop_svg(toestandsdiagram()))
    for status in Status:
        assert status.name in tekst
    for stap in STAPPEN.values():
        if stap.gebeurtenis is Gecorrigeerd:  # changes no status: no arrow (R-GEB-4)
            continue
        assert f"{stap.commando} ({stap.regel})" in tekst


def test_de_fasen_zijn_svg_met_elke_fase_thema_en_pdca_stap():
    tekst = _teksten(diagrammen.fasen_svg())
    for fase in Fase:
        assert fase.label in tekst
        for thema in fase.themas:
            assert thema.label in tekst
    for stap in PdcaStap:
        assert stap.name.title() in tekst


def test_de_hook_vervangt_elk_mermaidblok_van_de_docs():
    pagina = (ROOT / "docs" / "methodiek.md").read_text(encoding="utf-8")
    assert pagina.count("```mermaid") == 2
    uit = diagrammen.on_page_markdown(pagina)
    assert "```mermaid" not in uit
    assert 'data-diagram="levensloop"' in uit
    assert 'data-diagram="werkagenda-fasen"' in uit


def test_een_onbekend_diagram_laat_de_bouw_falen():
    with pytest.raises(ValueError, match="cannot draw offline"):
        diagrammen.on_page_markdown("```mermaid\nsequenceDiagram\n    A->>B: hoi\n```\n")
    with pytest.raises(ValueError, match="cannot draw"):
        diagrammen.levensloop_svg("stateDiagram-v2\n    A --> B\n")


def _site(tmp_path, levensloop: str, andere: str = "<p>ok</p>") -> pathlib.Path:
    (tmp_path / "methodiek").mkdir()
    (tmp_path / "methodiek" / "index.html").write_text(levensloop, encoding="utf-8")
    (tmp_path / "index.html").write_text(andere, encoding="utf-8")
    return tmp_path


def test_de_sitecontrole_aanvaardt_een_getekend_diagram(tmp_path, capsys):
    site = _site(tmp_path, diagrammen.levensloop_svg(toestandsdiagram()))
    assert controleer_site.main(["x", str(site)]) == 0
    assert "0 problems" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("levensloop", "andere", "melding"),
    [
        ("<p>no diagram</p>", "", "no rendered lifecycle diagram"),
        ('<pre class="mermaid"><code>stateDiagram-v2</code></pre>', "", "a mermaid element"),
        ("LEVENSLOOP", '<script src="https://unpkg.com/mermaid@11"></script>', "another host"),
        ("LEVENSLOOP", '<link rel="stylesheet" href="//fonts.example/x.css">', "another host"),
    ],
)
def test_de_sitecontrole_weigert(tmp_path, capsys, levensloop, andere, melding):
    levensloop = levensloop.replace("LEVENSLOOP", diagrammen.levensloop_svg(toestandsdiagram()))
    site = _site(tmp_path, levensloop, andere)
    assert controleer_site.main(["x", str(site)]) == 1
    assert melding in capsys.readouterr().out


def test_de_sitecontrole_mist_de_levensloop_pagina(tmp_path):
    assert controleer_site.problemen(tmp_path) == ["methodiek/index.html: missing"]


def test_een_diagram_zonder_een_commando_valt_op(tmp_path):
    figuur = diagrammen.levensloop_svg(toestandsdiagram()).replace("heropen", "x")
    fouten = controleer_site.problemen(_site(tmp_path, figuur))
    assert fouten == ["methodiek/index.html: the diagram lacks heropen"]
