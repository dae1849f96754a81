"""Honest types (issue 20): a type checker refuses what the library refuses at run time.

mypy (in the test extra) checks a small probe file that uses the public API; the lines marked
``# fout`` must be reported, the others must pass. The run-time checks stay: the same calls raise
there.
"""

import datetime as dt
import pathlib
import subprocess
import sys
import textwrap

import pendulum
import pytest

from gedragswerk_core import (
    InvalidValueError,
    JsonObject,
    accepteer,
    leerplicht_status_bulk,
    ontvang,
    to_dict,
    voorbeeld,
)

PROBE = textwrap.dedent(
    """\
    import datetime as dt

    import pendulum

    from gedragswerk_core import (
        Afrondingsverklaring, JsonObject, Partij, Rol, SparringRol, accepteer, boek_resultaat,
        leerplicht_status, leerplicht_status_bulk, ontvang, rond_af, signaleer, to_dict,
        voer_gesprek, voorbeeld,
    )

    moment = pendulum.datetime(2015, 9, 14, 10, tz="Europe/Amsterdam")
    i = accepteer(ontvang(voorbeeld.hulpvraag(), moment), dt.date(2015, 9, 15))
    swv = Partij("SWV", Rol.SAMENWERKINGSVERBAND)
    i = voer_gesprek(i, moment.add(days=2), [swv], SparringRol.ADVISEUR)  # any sequence
    i = boek_resultaat(i, moment.add(days=3), "L-2015-017")
    d: JsonObject = to_dict(i)
    signaleer(i, dt.date(2016, 1, 4))
    leerplicht_status(dt.date(2008, 3, 15), pendulum.date(2016, 1, 4))
    leerplicht_status_bulk([dt.date(2008, 3, 15)], dt.date(2016, 1, 4))

    accepteer(i, "yesterday")  # fout
    rond_af(i, "2016-01-04", Afrondingsverklaring(oplossing_gevonden=True))  # fout
    signaleer(i, "2016-01-04")  # fout
    boek_resultaat(i, moment, 17)  # fout
    leerplicht_status_bulk(["2008-03-15"], dt.date(2016, 1, 4))  # fout
    n: int = d["gebeurtenissen"]  # fout
    """
)


def test_mypy_weigert_een_tekst_als_moment(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    klaar = subprocess.run(  # noqa: S603 - this Python, our own probe
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(probe)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        cwd=tmp_path,
    )
    assert klaar.returncode in {0, 1}, f"mypy itself failed (exit {klaar.returncode})"
    gemeld = {
        int(regel.split(":")[1])
        for regel in klaar.stdout.splitlines()
        if regel.startswith("probe.py:") and ": error:" in regel
    }
    verwacht = {nr for nr, regel in enumerate(PROBE.splitlines(), 1) if regel.endswith("# fout")}
    assert gemeld == verwacht, klaar.stdout


def test_de_looptijdcontroles_blijven():
    moment = pendulum.datetime(2015, 9, 14, 10, tz="Europe/Amsterdam")
    i = ontvang(voorbeeld.hulpvraag(), moment)
    with pytest.raises(InvalidValueError):
        accepteer(i, "yesterday")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        leerplicht_status_bulk(["2008-03-15"], dt.date(2016, 1, 4))  # type: ignore[list-item]
    vorm: JsonObject = to_dict(i)
    assert isinstance(vorm["gebeurtenissen"], list)


def test_typen_staan_in_de_api_referentie():
    pagina = pathlib.Path(__file__).resolve().parent.parent / "docs/reference/serialisatie/typen.md"
    assert "gedragswerk_core.serialisatie.typen" in pagina.read_text(encoding="utf-8")
