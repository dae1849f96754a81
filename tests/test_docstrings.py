"""Every public name has a docstring, and the main entry points show a runnable example.

Stricter than the docstring test in test_publieke_api.py, which looks at runtime objects: this
one reads the source, so

- a class without a docstring of its own is caught (``inspect.getdoc`` would borrow the docstring
  of a base class such as ``Enum``);
- properties, cached properties (which attrs turns into slots), class and static methods count;
- constants and type aliases (``SYSTEEMVRAGEN``, ``BulkRij``) need the string literal after
  their assignment that mkdocstrings shows — without one, the API reference leaves them out;
- every failure names the file and line to fix.

The examples themselves are run by test_publieke_api.py (doctest) and the docs build.
"""

import ast
import functools
import importlib
import inspect
import pathlib
import pkgutil
import re

import pytest

import gedragswerk_core


def _publieke_modules() -> list[str]:
    """The public modules below the package (no ``_private`` part, no packages, no CLI)."""
    return sorted(
        info.name.removeprefix("gedragswerk_core.")
        for info in pkgutil.walk_packages(gedragswerk_core.__path__, "gedragswerk_core.")
        if not info.ispkg and not any(deel.startswith("_") for deel in info.name.split("."))
    )


# The functions and classes a newcomer starts from: each shows a ``>>>`` example under an
# ``Examples:`` section (Google style), so the reference page of each has one to copy.
HOOFDINGANGEN = (
    # the lifecycle: start, the intake, the three ways out, signals
    "ontvang",
    "beoordeel_intake",
    "beoordeel_doorverwijzing",
    "beoordeel_overdracht",
    "beoordeel_afronding",
    "signaleer",
    "Interventie",
    "Besluit",
    # the diagnosis and its effect (R-KKW)
    "Diagnose",
    "vergelijk",
    "meet_effect",
    # the region and the six questions (R-REG)
    "Verkenning",
    "beoordeel_antwoord",
    # the werkagenda (R-WA)
    "Werkagenda",
    "controleer",
    "beoordeel_instemming",
    "stem_in",
    "concept_werkagenda",
    "voortgang",
    # the Leerplichtwet (R-LPW)
    "leerplicht_status",
    "leerplicht_status_bulk",
    "beoordeel_verzuim",
    # data in and out
    "to_dict",
    "from_dict",
    "json_schema",
)

_SECTIE = re.compile(r"^([A-Z][A-Za-z ]*):\s*$", re.MULTILINE)


@functools.cache
def _bron(module_naam: str) -> tuple[pathlib.Path, ast.Module]:
    module = importlib.import_module(module_naam)
    pad = pathlib.Path(inspect.getsourcefile(module) or "")
    return pad, ast.parse(pad.read_text(encoding="utf-8"))


def _waar(pad: pathlib.Path, regel: int) -> str:
    return f"{pad.relative_to(pad.parents[2])}:{regel}"


def _toplevel(module_naam: str, naam: str):
    """The top-level statement that defines ``naam``, and the statement after it (or None)."""
    _, boom = _bron(module_naam)
    for i, knoop in enumerate(boom.body):
        if isinstance(knoop, ast.ClassDef | ast.FunctionDef) and knoop.name == naam:
            if any(getattr(d, "id", None) == "overload" for d in knoop.decorator_list):
                continue  # a typing overload: the implementation below has the docstring
            return knoop, None
        doelen = (
            knoop.targets
            if isinstance(knoop, ast.Assign)
            else [knoop.target]
            if isinstance(knoop, ast.AnnAssign)
            else []
        )
        if any(isinstance(d, ast.Name) and d.id == naam for d in doelen):
            volgend = boom.body[i + 1] if i + 1 < len(boom.body) else None
            return knoop, volgend
    return None, None


def _definitie(naam: str) -> tuple[str, ast.stmt, ast.stmt | None]:
    """Which public module defines ``naam`` (it is in that module's ``__all__``), and where."""
    for kort in _publieke_modules():
        module_naam = f"gedragswerk_core.{kort}"
        if naam not in getattr(importlib.import_module(module_naam), "__all__", ()):
            continue
        knoop, volgend = _toplevel(module_naam, naam)
        if knoop is not None:
            return module_naam, knoop, volgend
    pytest.fail(f"{naam} is in gedragswerk_core.__all__ but no public module defines it")


def _attribuut_docstring(volgend: ast.stmt | None) -> str | None:
    if (
        isinstance(volgend, ast.Expr)
        and isinstance(volgend.value, ast.Constant)
        and isinstance(volgend.value.value, str)
    ):
        return volgend.value.value
    return None


def _ontbrekend(pad: pathlib.Path, knoop: ast.stmt, volgend: ast.stmt | None) -> list[str]:
    """``file:line name`` for the definition and each public member without a docstring."""
    if isinstance(knoop, ast.FunctionDef):
        return [] if ast.get_docstring(knoop) else [f"{_waar(pad, knoop.lineno)} {knoop.name}"]
    if isinstance(knoop, ast.ClassDef):
        ontbreekt = [] if ast.get_docstring(knoop) else [f"{_waar(pad, knoop.lineno)} {knoop.name}"]
        # methods, properties, cached properties, class and static methods
        ontbreekt += [
            f"{_waar(pad, lid.lineno)} {knoop.name}.{lid.name}"
            for lid in knoop.body
            if isinstance(lid, ast.FunctionDef)
            and not lid.name.startswith("_")
            and not ast.get_docstring(lid)
        ]
        return ontbreekt
    doel = knoop.targets[0] if isinstance(knoop, ast.Assign) else getattr(knoop, "target", None)
    naam = getattr(doel, "id", "?")
    if _attribuut_docstring(volgend):
        return []
    return [f"{_waar(pad, knoop.lineno)} {naam} (a constant: put a string literal after it)"]


NEPMODULE = '''
class Zonder:
    @property
    def kenmerk(self):
        return 1

    def _prive(self):
        return 2


class Met:
    """Documented."""

    @classmethod
    def maak(cls):
        return cls()


def functie():
    pass


CONSTANTE = 1
GOED = 2
"""Documented."""
'''


def test_de_controle_vindt_precies_wat_ontbreekt():
    body = ast.parse(NEPMODULE).body
    pad = pathlib.Path("/repo/src/gedragswerk_core/nep.py")
    gevonden = [
        regel.split(" ")[:2]
        for i, knoop in enumerate(body)
        if not isinstance(knoop, ast.Expr)
        for regel in _ontbrekend(pad, knoop, body[i + 1] if i + 1 < len(body) else None)
    ]
    nep = "src/gedragswerk_core/nep.py"
    assert gevonden == [
        [f"{nep}:2", "Zonder"],
        [f"{nep}:4", "Zonder.kenmerk"],
        [f"{nep}:15", "Met.maak"],
        [f"{nep}:19", "functie"],
        [f"{nep}:23", "CONSTANTE"],
    ]


def test_de_voorbeeldsectie_loopt_tot_de_volgende_sectie():
    doc = "Sum.\n\nExamples:\n    >>> 1\n    1\n\nRaises:\n    X: when.\n"
    assert _voorbeeldsectie(doc) == "\n    >>> 1\n    1\n\n"
    assert _voorbeeldsectie("Sum.\n\n    >>> 1\n") is None


def _publieke_namen():
    for naam in gedragswerk_core.__all__:
        if naam.startswith("__"):
            continue  # __version__
        if inspect.ismodule(getattr(gedragswerk_core, naam)):
            continue  # the voorbeeld module: see its own test
        yield naam


@pytest.mark.parametrize("naam", list(_publieke_namen()))
def test_elke_publieke_naam_en_elk_publiek_lid_heeft_een_eigen_docstring(naam):
    module_naam, knoop, volgend = _definitie(naam)
    ontbreekt = _ontbrekend(_bron(module_naam)[0], knoop, volgend)
    assert not ontbreekt, "no docstring:\n  " + "\n  ".join(ontbreekt)


def test_de_voorbeeldmodule_en_wat_ze_biedt_hebben_docstrings():
    module_naam = "gedragswerk_core.voorbeelden.voorbeeld"
    pad, boom = _bron(module_naam)
    ontbreekt = [] if ast.get_docstring(boom) else [f"{_waar(pad, 1)} (module)"]
    for naam in importlib.import_module(module_naam).__all__:
        knoop, volgend = _toplevel(module_naam, naam)
        assert knoop is not None, naam
        ontbreekt += _ontbrekend(pad, knoop, volgend)
    assert not ontbreekt, "no docstring:\n  " + "\n  ".join(ontbreekt)


@pytest.mark.parametrize("kort", _publieke_modules())
def test_elke_publieke_module_heeft_een_docstring(kort):
    pad, boom = _bron(f"gedragswerk_core.{kort}")
    assert ast.get_docstring(boom), f"{_waar(pad, 1)}: the module has no docstring"


def test_de_hoofdingangen_zijn_publiek():
    assert set(HOOFDINGANGEN) <= set(gedragswerk_core.__all__), sorted(
        set(HOOFDINGANGEN) - set(gedragswerk_core.__all__)
    )


def _voorbeeldsectie(doc: str) -> str | None:
    """The text of the ``Examples:`` section of a Google-style docstring, if there is one."""
    secties = list(_SECTIE.finditer(doc))
    for i, sectie in enumerate(secties):
        if sectie.group(1) == "Examples":
            einde = secties[i + 1].start() if i + 1 < len(secties) else len(doc)
            return doc[sectie.end() : einde]
    return None


@pytest.mark.parametrize("naam", HOOFDINGANGEN)
def test_elke_hoofdingang_toont_een_voorbeeld_onder_examples(naam):
    module_naam, knoop, _ = _definitie(naam)
    pad, _ = _bron(module_naam)
    assert isinstance(knoop, ast.ClassDef | ast.FunctionDef), naam
    sectie = _voorbeeldsectie(ast.get_docstring(knoop) or "") or ""
    assert ">>>" in sectie, (
        f"{_waar(pad, knoop.lineno)} {naam}: no `>>>` example under an `Examples:` section"
    )


def _alle_docstrings():
    for kort in _publieke_modules():
        pad, boom = _bron(f"gedragswerk_core.{kort}")
        for knoop in ast.walk(boom):
            if isinstance(knoop, ast.Module | ast.ClassDef | ast.FunctionDef):
                doc = ast.get_docstring(knoop)
                if doc:
                    yield _waar(pad, getattr(knoop, "lineno", 1)), knoop, doc


def test_voorbeelden_staan_altijd_onder_examples():
    """A ``>>>`` outside an ``Examples:`` section is not rendered as an example by mkdocstrings."""
    fout = []
    for waar, _, doc in _alle_docstrings():
        if ">>>" in doc:
            sectie = _voorbeeldsectie(doc)
            if sectie is None or doc.count(">>>") != sectie.count(">>>"):
                fout.append(waar)
    assert not fout, "`>>>` outside an `Examples:` section:\n  " + "\n  ".join(fout)


def test_args_noemt_alleen_echte_parameters():
    """An ``Args:`` entry that is not a parameter is stale (and a docs-build warning)."""
    fout = []
    for waar, knoop, doc in _alle_docstrings():
        if not isinstance(knoop, ast.FunctionDef):
            continue
        sectie = next((s for s in _SECTIE.finditer(doc) if s.group(1) == "Args"), None)
        if sectie is None:
            continue
        rest = doc[sectie.end() :]
        volgende = _SECTIE.search(rest)
        blok = rest[: volgende.start()] if volgende else rest
        genoemd = re.findall(r"^    (\w+)(?: \([^)]*\))?:", blok, re.MULTILINE)
        a = knoop.args
        echt = {p.arg for p in [*a.posonlyargs, *a.args, *a.kwonlyargs]}
        echt |= {p.arg for p in (a.vararg, a.kwarg) if p is not None}
        fout += [f"{waar} {knoop.name}: {n}" for n in genoemd if n not in echt]
    assert not fout, "Args: names that are not parameters:\n  " + "\n  ".join(fout)
