"""More commands of the command-line edge (issue 20); like ``__main__``, this module may do I/O.

``__main__`` registers them (`registreer`): ``intake`` (R-LC-2, R-LC-7), ``signalen`` (R-LPW-8,
R-LC-3, R-LC-8, R-REG-3), ``jaarcijfers`` (R-RAP) and ``leerplicht-bulk`` (R-LPW-1 … R-LPW-4, CSV
in, CSV or JSON out). It also names the program as it was started (`programmanaam`) and finds a
public type for ``schema`` by its name in any case (`schema_type`).

Bad input raises `InvalidValueError` naming the field (or the CSV line); the CLI prints it and
exits 2. A pupil's name or BSN is never read: the bulk command takes a reference and a birth date.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Final

import attrs

import gedragswerk_core
from gedragswerk_core.besluit import Besluit, Uitkomst
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.interventie.hulpvraag import Hulpvraag, beoordeel_intake
from gedragswerk_core.interventie.interventie import Interventie
from gedragswerk_core.interventie.signalen import signaleer
from gedragswerk_core.leerplicht.bulk import leerplicht_status_bulk
from gedragswerk_core.rapportage.contact import Contact
from gedragswerk_core.rapportage.jaarcijfers import jaarcijfers
from gedragswerk_core.schooljaar import Schooljaar
from gedragswerk_core.serialisatie.converter import from_dict, to_dict

__all__ = ["SCHEMA_TYPES", "programmanaam", "registreer", "schema_type"]

OK, GEVONDEN = 0, 1  # exit codes: allowed / no findings; refused / findings (as in __main__)
ONBESLIST = 3  # exit code: undecided, a statement the decision rests on is missing
UITGANG: Final = {
    Uitkomst.TOEGESTAAN: OK,
    Uitkomst.GEWEIGERD: GEVONDEN,
    Uitkomst.ONBESLIST: ONBESLIST,
}
"""The exit code of a decision's outcome (the CLI's checks use this one table)."""
BULK_KOLOMMEN: Final = (
    "ref",
    "categorie",
    "begin_leerplicht",
    "einde_leerplicht",
    "einde_kwalificatieplicht",
    "einde_rmc",
)

SCHEMA_TYPES: Final[dict[str, type]] = {
    naam.lower(): obj
    for naam in sorted(gedragswerk_core.__all__)
    if isinstance(obj := getattr(gedragswerk_core, naam), type) and attrs.has(obj)
}
"""Every public value class with a dict form, by its name in lower case (for ``schema``)."""


def programmanaam(argv0: str | None = None) -> str:
    """The name the program was started as: ``gedragswerk``, or ``python -m gedragswerk_core``.

    The installed script (``gedragswerk``, ``gedragswerk.exe``) goes by its own name; started
    any other way (``python -m``, or `main` called from Python) the module's name is the one
    that works.
    """
    naam = (sys.argv[0] if argv0 is None else argv0).replace("\\", "/").rpartition("/")[2]
    return naam if naam.startswith("gedragswerk") else "python -m gedragswerk_core"


def schema_type(naam: str) -> type:
    """The public type called ``naam``, in any case; an unknown name lists the known ones."""
    cls = SCHEMA_TYPES.get(naam.lower())
    if cls is None:
        namen = ", ".join(c.__name__ for c in SCHEMA_TYPES.values())
        raise InvalidValueError(f"unknown type {naam!r}; choose from {namen}", field="TYPE")
    return cls


# --- reading and writing -------------------------------------------------------------------------


def _tekst(bron: str) -> str:
    try:
        return sys.stdin.read() if bron == "-" else Path(bron).read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidValueError(f"cannot read it: {exc.strerror or exc}", field=bron) from None
    except UnicodeDecodeError:
        raise InvalidValueError("not UTF-8 text", field=bron) from None


def _json(bron: str) -> object:
    try:
        return json.loads(_tekst(bron))
    except json.JSONDecodeError as exc:
        raise InvalidValueError(
            f"not valid JSON (line {exc.lineno}, column {exc.colno})", field=bron
        ) from None


def _datum(tekst: str, naam: str) -> dt.date:
    try:
        return dt.date.fromisoformat(tekst.strip())
    except ValueError:
        raise InvalidValueError(
            f"expected a date as YYYY-MM-DD, got {tekst!r}", field=naam
        ) from None


def _schrijf_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _lijst(data: object, naam: str) -> list[object]:
    if not isinstance(data, list):
        raise InvalidValueError(f"expected a JSON array, got {type(data).__name__}", field=naam)
    return data


# --- the commands --------------------------------------------------------------------------------


def _intake(args: argparse.Namespace) -> int:
    besluit: Besluit = beoordeel_intake(from_dict(Hulpvraag, _json(args.file)))
    if args.format == "json":
        _schrijf_json(to_dict(besluit))
    else:
        sys.stdout.write(f"{besluit}\n")
    return UITGANG[besluit.uitkomst]


def _signalen(args: argparse.Namespace) -> int:
    data = _json(args.file)
    vormen = data if isinstance(data, list) else [data]
    peildatum = _datum(args.peildatum, "--peildatum")
    rijen = [
        (i, signaal)
        for i, vorm in enumerate(vormen)
        for signaal in signaleer(from_dict(Interventie, vorm), peildatum)
    ]
    if args.format == "json":
        _schrijf_json([{"interventie": i, "regel": s.regel} | to_dict(s) for i, s in rijen])
    else:
        sys.stdout.write("".join(f"[{i}] {s}\n" for i, s in rijen) or "no signals\n")
    return GEVONDEN if rijen else OK


def _jaarcijfers(args: argparse.Namespace) -> int:
    data = _json(args.file)
    if not isinstance(data, dict):
        data = {"interventies": data}
    interventies = _lijst(data.get("interventies"), "$.interventies")
    contacten = _lijst(data.get("contacten", []), "$.contacten")
    cijfers = jaarcijfers(
        [from_dict(Interventie, vorm) for vorm in interventies],
        Schooljaar(args.schooljaar),
        [from_dict(Contact, vorm) for vorm in contacten],
    )
    if args.format == "json":
        _schrijf_json(to_dict(cijfers))
    else:
        sys.stdout.write(cijfers.to_markdown() + "\n")
    return OK


def _bulk_invoer(bron: str) -> tuple[list[str], list[dt.date]]:
    lezer = csv.DictReader(_tekst(bron).splitlines())
    plek = "stdin" if bron == "-" else bron
    ontbreekt = {"ref", "geboortedatum"} - set(lezer.fieldnames or ())
    if ontbreekt:
        raise InvalidValueError(
            f"the CSV header lacks {', '.join(sorted(ontbreekt))}", field=f"{plek} line 1"
        )
    refs: list[str] = []
    data: list[dt.date] = []
    for rij in lezer:
        veld = f"{plek} line {lezer.line_num}: geboortedatum"
        refs.append(rij["ref"] or "")
        data.append(_datum(rij["geboortedatum"] or "", veld))
    return refs, data


def _leerplicht_bulk(args: argparse.Namespace) -> int:
    refs, geboortedata = _bulk_invoer(args.file)
    peildatum = _datum(args.peildatum, "--peildatum")
    rijen = [
        {
            "ref": ref,
            "categorie": categorie.value,
            **{
                kolom: dt.date.fromordinal(ordinaal).isoformat()
                for kolom, ordinaal in zip(BULK_KOLOMMEN[2:], ordinalen, strict=True)
            },
        }
        for ref, (categorie, *ordinalen) in zip(
            refs, leerplicht_status_bulk(geboortedata, peildatum), strict=True
        )
    ]
    if args.format == "json":
        _schrijf_json(rijen)
    else:
        schrijver = csv.DictWriter(sys.stdout, fieldnames=BULK_KOLOMMEN, lineterminator="\n")
        schrijver.writeheader()
        schrijver.writerows(rijen)
    return OK


# --- registration --------------------------------------------------------------------------------

_Opdracht = tuple[str, Callable[[argparse.Namespace], int], str, str, tuple[str, ...]]
_OPDRACHTEN: Final[tuple[_Opdracht, ...]] = (
    (
        "intake",
        _intake,
        "may Gedragswerk take this hulpvraag on? (R-LC-2, R-LC-7)",
        "Read a Hulpvraag as JSON; exit 1 when the caller must be referred.",
        ("text", "json"),
    ),
    (
        "signalen",
        _signalen,
        "the signals of interventions on a date (R-LPW-8, R-LC-3, R-LC-8, R-REG-3)",
        "Read an Interventie, or a JSON array of them; exit 1 when there are signals.",
        ("text", "json"),
    ),
    (
        "jaarcijfers",
        _jaarcijfers,
        "the annual figures of a school year (R-RAP)",
        (
            "Read a JSON object with interventies (and optionally contacten), or an array of "
            "interventies."
        ),
        ("text", "json"),
    ),
    (
        "leerplicht-bulk",
        _leerplicht_bulk,
        "the Leerplichtwet status of many pupils: CSV in, CSV or JSON out (R-LPW-1 … R-LPW-4)",
        "Read a CSV with the columns ref and geboortedatum (YYYY-MM-DD; other columns are "
        "ignored) and write one row per pupil: " + ", ".join(BULK_KOLOMMEN) + ".",
        ("csv", "json"),
    ),
)
_EXTRA: Final[dict[str, tuple[str, str, str]]] = {
    "signalen": ("--peildatum", "YYYY-MM-DD", "the reference date"),
    "leerplicht-bulk": ("--peildatum", "YYYY-MM-DD", "the reference date"),
    "jaarcijfers": ("--schooljaar", "YEAR", "the first calendar year: 2015 for 2015–2016"),
}


def registreer(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the CLI's subparsers (``parser.add_subparsers()``)."""
    for naam, run, hulp, beschrijving, formaten in _OPDRACHTEN:
        sub = commands.add_parser(naam, help=hulp, description=beschrijving)
        sub.add_argument("file", metavar="FILE", help="a file, or - for standard input")
        sub.add_argument("--format", choices=formaten, default=formaten[0])
        if naam in _EXTRA:
            optie, metavar, uitleg = _EXTRA[naam]
            soort = int if optie == "--schooljaar" else str
            sub.add_argument(optie, required=True, metavar=metavar, help=uitleg, type=soort)
        sub.set_defaults(run=run)
