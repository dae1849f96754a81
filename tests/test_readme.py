"""The README works on PyPI and its commands stay true (issue 20).

PyPI shows the README without the repository around it: a relative link there leads nowhere.
README command 2 installs the ``test`` extra and runs ``pytest``: that extra must hold every
third-party package ``tests/`` imports, and CI runs the command literally.
"""

import ast
import importlib.metadata
import pathlib
import re
import sys
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
LINK = re.compile(r"\]\(([^)]+)\)")
NAAM = re.compile(r"[A-Za-z0-9._-]+")  # a requirement's distribution name, before [extras] or >=


def _namen(eisen: list[str]) -> set[str]:
    return {_norm(NAAM.match(eis).group()) for eis in eisen}


def _norm(naam: str) -> str:
    return re.sub(r"[-_.]+", "-", naam).lower()


def test_de_readme_linkt_alleen_absoluut():
    links = LINK.findall(README)
    assert links
    relatief = [link for link in links if not link.startswith(("https://", "#"))]
    assert not relatief, f"relative links break on PyPI: {relatief}"


def test_de_readme_zegt_hoe_te_installeren_van_pypi():
    assert "pip install gedragswerk-core" in README


def test_pyproject_noemt_bron_en_issues():
    urls = PYPROJECT["project"]["urls"]
    assert urls["Source"].startswith("https://")
    assert urls["Issues"].startswith("https://")


def test_ci_draait_readme_commando_2_letterlijk():
    commando = next(
        regel
        for regel in README.splitlines()
        if regel.startswith("python3 -m venv") and "pytest" in regel
    )
    assert commando in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def _geimporteerde_pakketten(map_: pathlib.Path) -> set[str]:
    modules: set[str] = set()
    for bestand in map_.glob("*.py"):
        for knoop in ast.walk(ast.parse(bestand.read_text(encoding="utf-8"))):
            if isinstance(knoop, ast.Import):
                modules.update(alias.name.split(".")[0] for alias in knoop.names)
            elif isinstance(knoop, ast.ImportFrom) and knoop.module and not knoop.level:
                modules.add(knoop.module.split(".")[0])
    eigen = {bestand.stem for bestand in map_.glob("*.py")}  # helper modules beside the tests
    modules -= set(sys.stdlib_module_names) | {"gedragswerk_core"} | eigen
    # Installed packages say which distribution holds a module; for those not installed here
    # (the bench extra's, during README command 2) the names that differ are listed.
    distributies = {"statemachine": ["python-statemachine"]}
    distributies |= importlib.metadata.packages_distributions()
    return {
        _norm(distributie)
        for module in modules
        for distributie in distributies.get(module, [module])
    }


def test_de_test_extra_heeft_alles_wat_de_tests_importeren():
    project = PYPROJECT["project"]
    gedeclareerd = _namen(project["dependencies"]) | _namen(
        project["optional-dependencies"]["test"]
    )
    ontbreekt = _geimporteerde_pakketten(ROOT / "tests") - gedeclareerd
    assert not ontbreekt, f"tests/ imports packages the test extra lacks: {ontbreekt}"


def test_de_vergelijkingsbibliotheken_staan_in_bench_niet_in_test():
    extras = PYPROJECT["project"]["optional-dependencies"]
    peers = {"pydantic", "msgspec", "transitions", "python-statemachine", "pytest-benchmark"}
    assert peers <= _namen(extras["bench"])
    assert not peers & _namen(extras["test"])
    ontbreekt = _geimporteerde_pakketten(ROOT / "benchmarks") - _namen(
        [*PYPROJECT["project"]["dependencies"], *extras["bench"], *extras["test"]]
    )
    assert not ontbreekt, f"benchmarks/ import packages the bench extra lacks: {ontbreekt}"
