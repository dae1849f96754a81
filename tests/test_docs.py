"""Every code block in the README and docs runs, and shows what the docs say it shows.

- A ``python`` block runs; a ``text`` block right after it is its output.
- A ``console`` block is a terminal session of the command line: each ``$ python -m
  gedragswerk_core …`` line runs (from the repository root), and the lines under it are its
  output (stdout and stderr, as a terminal shows them); ``$ echo $?`` shows the exit code.
- An example script included with ``--8<-- "examples/….py"`` runs and exits 0.
- Every API module has a reference page in the nav.
"""

import contextlib
import io
import pathlib
import pkgutil
import re
import shlex
import subprocess
import sys

import pytest

import gedragswerk_core


def _publieke_modules() -> list[str]:
    """The public modules below the package (no ``_private`` part, no packages, no CLI)."""
    return sorted(
        info.name.removeprefix("gedragswerk_core.")
        for info in pkgutil.walk_packages(gedragswerk_core.__path__, "gedragswerk_core.")
        if not info.ispkg and not any(deel.startswith("_") for deel in info.name.split("."))
    )


ROOT = pathlib.Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"```(python|text)\n(.*?)```", re.DOTALL)
CONSOLE = re.compile(r"```console\n(.*?)```", re.DOTALL)
FENCE = re.compile(r"^ *```(\S*)", re.MULTILINE)
INGESLOTEN = re.compile(r'--8<-- "(examples/[^"]+\.py)"')
PAGINAS = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
# Fences that are not run, and why: install commands (run by .ci/run), diagrams, and ``py``
# blocks that only include an example script (run below).
NIET_UITGEVOERD = {"bash", "mermaid", "py"}


def _voorbeelden():
    for pad in PAGINAS:
        blokken = BLOCK.findall(pad.read_text(encoding="utf-8"))
        for i, (soort, code) in enumerate(blokken):
            if soort != "python":
                continue
            volgend = blokken[i + 1] if i + 1 < len(blokken) else None
            uitvoer = volgend[1] if volgend and volgend[0] == "text" else None
            yield pytest.param(code, uitvoer, id=f"{pad.relative_to(ROOT)}#{i}")


VOORBEELDEN = list(_voorbeelden())


def test_er_zijn_voorbeelden():
    assert len(VOORBEELDEN) >= 5


@pytest.mark.parametrize(("code", "uitvoer"), VOORBEELDEN)
def test_codeblok_draait_en_toont_wat_de_docs_zeggen(code, uitvoer):
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        exec(compile(code, "<docs>", "exec"), {"__name__": "__docs__"})  # noqa: S102
    if uitvoer is not None:
        assert buffer.getvalue().strip() == uitvoer.strip()


def test_elk_codeblok_is_van_een_soort_die_de_tests_kennen():
    onbekend = [
        f"{pad.relative_to(ROOT)}: ```{soort}"
        for pad in PAGINAS
        for soort in FENCE.findall(pad.read_text(encoding="utf-8"))[::2]  # opening fences
        if soort not in {"python", "text", "console", *NIET_UITGEVOERD}
    ]
    assert not onbekend, "a code block no test runs or explains:\n" + "\n".join(onbekend)


def test_een_py_blok_sluit_alleen_een_voorbeeldscript_in():
    for pad in PAGINAS:
        for blok in re.findall(r"```py\n(.*?)```", pad.read_text(encoding="utf-8"), re.DOTALL):
            assert INGESLOTEN.fullmatch(blok.strip()), f"{pad.relative_to(ROOT)}: {blok[:60]!r}"


# --- terminal sessions -----------------------------------------------------------------------


def _sessies():
    for pad in PAGINAS:
        for i, sessie in enumerate(CONSOLE.findall(pad.read_text(encoding="utf-8"))):
            yield pytest.param(sessie, id=f"{pad.relative_to(ROOT)}#console{i}")


SESSIES = list(_sessies())


def _stappen(sessie: str) -> list[tuple[str, list[str]]]:
    stappen: list[tuple[str, list[str]]] = []
    for regel in sessie.splitlines():
        if regel.startswith("$ "):
            stappen.append((regel[2:], []))
        else:
            assert stappen, f"output before the first command: {regel!r}"
            stappen[-1][1].append(regel)
    return stappen


@pytest.mark.parametrize("sessie", SESSIES)
def test_terminalsessie_geeft_wat_de_docs_zeggen(sessie):
    code = None
    for opdracht, verwacht in _stappen(sessie):
        if opdracht == "echo $?":
            uit = f"{code}\n"
        else:
            argv = shlex.split(opdracht)
            assert argv[:3] == ["python", "-m", "gedragswerk_core"], (
                f"only the library's own command line runs in the docs: {opdracht!r}"
            )
            klaar = subprocess.run(  # noqa: S603 - our own interpreter and module
                [sys.executable, *argv[1:]],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                encoding="utf-8",
                check=False,
                timeout=60,
            )
            code, uit = klaar.returncode, klaar.stdout
        assert uit.strip() == "\n".join(verwacht).strip(), opdracht


# --- example scripts included in the docs ----------------------------------------------------

SCRIPTS = sorted(
    {naam for pad in PAGINAS for naam in INGESLOTEN.findall(pad.read_text(encoding="utf-8"))}
)


@pytest.mark.parametrize("script", SCRIPTS)
def test_ingesloten_voorbeeldscript_draait(script):
    klaar = subprocess.run(  # noqa: S603 - our own interpreter and example
        [sys.executable, str(ROOT / script)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
    )
    assert klaar.returncode == 0, klaar.stderr
    assert klaar.stdout.strip(), f"{script} printed nothing"


# --- the API reference -----------------------------------------------------------------------


@pytest.mark.parametrize("module", _publieke_modules())
def test_elke_module_heeft_een_referentiepagina_in_de_nav(module):
    pagina = ROOT / "docs" / "reference" / (module.replace(".", "/") + ".md")
    assert pagina.is_file(), f"{pagina.relative_to(ROOT)} is missing"
    assert f"::: gedragswerk_core.{module}" in pagina.read_text(encoding="utf-8")
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert f"reference/{pagina.relative_to(ROOT / 'docs' / 'reference').as_posix()}" in nav
