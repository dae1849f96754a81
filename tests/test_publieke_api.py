"""The public API: what __all__ lists exists, is documented, and its examples run."""

import doctest
import importlib
import inspect
import pkgutil

import pytest

import gedragswerk_core

MODULES = [
    "gedragswerk_core",
    *sorted(
        m.name
        for m in pkgutil.walk_packages(gedragswerk_core.__path__, "gedragswerk_core.")
        if m.name != "gedragswerk_core.__main__"
    ),
]


def test_alles_in_all_bestaat():
    for naam in gedragswerk_core.__all__:
        assert hasattr(gedragswerk_core, naam), naam


def test_elke_module_met_all_noemt_alleen_wat_ze_heeft():
    for naam in MODULES:
        module = importlib.import_module(naam)
        for publiek in getattr(module, "__all__", ()):
            assert hasattr(module, publiek), f"{naam}.{publiek}"


def _publieke_objecten():
    for naam in gedragswerk_core.__all__:
        obj = getattr(gedragswerk_core, naam)
        if inspect.isclass(obj) or inspect.isfunction(obj) or inspect.ismodule(obj):
            yield naam, obj
            if inspect.isclass(obj):
                for lid, waarde in vars(obj).items():
                    if not lid.startswith("_") and (
                        inspect.isfunction(waarde) or isinstance(waarde, property | classmethod)
                    ):
                        yield f"{naam}.{lid}", waarde


@pytest.mark.parametrize(("naam", "obj"), list(_publieke_objecten()), ids=lambda x: str(x)[:40])
def test_elke_publieke_naam_heeft_een_docstring(naam, obj):
    doc = inspect.getdoc(obj.__func__ if isinstance(obj, classmethod) else obj)
    assert doc, f"{naam} has no docstring"
    assert doc.strip() != "", naam


@pytest.mark.parametrize("naam", MODULES)
def test_de_voorbeelden_in_de_docstrings_kloppen(naam):
    module = importlib.import_module(naam)
    resultaat = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert resultaat.failed == 0


def test_er_zijn_voorbeelden_om_te_draaien():
    flags = doctest.NORMALIZE_WHITESPACE
    totaal = sum(
        doctest.testmod(importlib.import_module(n), optionflags=flags).attempted for n in MODULES
    )
    assert totaal >= 20


def test_versie_is_er_een():
    assert gedragswerk_core.__version__.count(".") == 2


def test_de_typing_imports_in_init_noemen_precies_all():
    import ast  # noqa: PLC0415
    import pathlib  # noqa: PLC0415

    bron = pathlib.Path(gedragswerk_core.__file__).read_text(encoding="utf-8")
    namen = set()
    for knoop in ast.walk(ast.parse(bron)):
        if isinstance(knoop, ast.If) and getattr(knoop.test, "id", "") == "TYPE_CHECKING":
            for imp in knoop.body:
                namen |= {a.asname or a.name for a in imp.names}
    assert namen == set(gedragswerk_core.__all__) - {"__version__"}


def test_importeren_laadt_de_modules_pas_bij_gebruik():
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    code = (
        "import sys, gedragswerk_core as g; "
        "before = 'gedragswerk_core.interventie' in sys.modules; "
        "g.Interventie; "
        "print(before, 'gedragswerk_core.interventie' in sys.modules, 'voorbeeld' in dir(g))"
    )
    uit = subprocess.run(  # noqa: S603 - our own interpreter, our own code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert uit.split() == ["False", "True", "True"]
    with pytest.raises(AttributeError, match="no attribute 'Bestaatniet'"):
        gedragswerk_core.Bestaatniet  # noqa: B018


def test_dir_toont_de_publieke_namen():
    assert set(gedragswerk_core.__all__) <= set(dir(gedragswerk_core))
