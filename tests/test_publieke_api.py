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
