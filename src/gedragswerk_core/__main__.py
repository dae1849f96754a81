"""The command-line edge: the only module of gedragswerk-core that reads or writes.

``python -m gedragswerk_core`` walks the built-in example case through the methodiek and prints
it; it needs no file and no network. The commands check a case given as JSON (a file, or ``-``
for standard input): ``overdracht`` (R-LC-6), ``afronding`` (R-LC-5), ``werkagenda`` (R-WA-*),
``leerplicht`` for one pupil (R-LPW-*), and ``schema`` prints the JSON Schema of a dict form.
Exit codes: 0 allowed, 1 refused, 2 bad input (stderr names the field).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final, TypeVar

import pendulum

from gedragswerk_core import __version__, _opdrachten, voorbeeld
from gedragswerk_core.besluit import Besluit
from gedragswerk_core.diagnose.effect import vergelijk
from gedragswerk_core.errors import GedragswerkError, RefusedError, StructureError
from gedragswerk_core.interventie.gebeurtenissen import Afrondingsverklaring, Overdrachtsvoorstel
from gedragswerk_core.interventie.hulpvraag import (
    beoordeel_doorverwijzing,
    beoordeel_intake,
)
from gedragswerk_core.interventie.interventie import (
    Interventie,
    beoordeel_afronding,
    beoordeel_overdracht,
    ontvang,
    voer_gesprek,
)
from gedragswerk_core.interventie.signalen import signaleer
from gedragswerk_core.leerling import Leerling
from gedragswerk_core.leerplicht.status import leerplicht_status
from gedragswerk_core.partijen import SparringRol
from gedragswerk_core.schooljaar import schooljaar_van
from gedragswerk_core.serialisatie.converter import from_dict, to_dict
from gedragswerk_core.serialisatie.grenzen import MAX_DIEPTE, MAX_GETAL, controleer_grenzen
from gedragswerk_core.serialisatie.schema import json_schema
from gedragswerk_core.werkagenda.catalogus import concept_werkagenda
from gedragswerk_core.werkagenda.werkagenda import Werkagenda, controleer

T = TypeVar("T")


def _kop(titel: str) -> str:
    return f"\n{titel}\n{'=' * len(titel)}"


def _besluit(besluit: Besluit) -> str:
    return "\n".join(f"  {regel}" for regel in str(besluit).splitlines())


def _verloop(interventie: Interventie) -> list[str]:
    return [
        f"  {g.moment.in_timezone('Europe/Amsterdam'):%Y-%m-%d %H:%M}  {type(g).__name__}"
        for g in interventie.gebeurtenissen
    ]


def _diagnose_sectie() -> list[str]:
    uit = [_kop("7. Why it was stuck: kennen, kunnen, willen per party (R-KKW-1, R-KKW-2)")]
    voor, na = voorbeeld.diagnose_voor(), voorbeeld.diagnose_na()
    uit.extend(f"  {regel}" for regel in voor.to_markdown().splitlines())
    uit.append(f"  knelpunten: {', '.join(d.value for d in voor.knelpuntdimensies)}")
    uit.append("  reassessed at the afronding (R-KKW-3):")
    uit.extend(
        f"    {w.partij.naam}: {w.dimensie.value} {w.voor.value} -> {w.na.value}"
        for w in vergelijk(voor, na).opgelost
    )
    return uit


def _werkagenda_sectie() -> list[str]:
    uit = [_kop("8. The region's werkagenda (R-WA-1 … R-WA-6)")]
    agenda = concept_werkagenda(voorbeeld.REGIO)
    fouten = [b for b in controleer(agenda) if b.is_fout]
    uit.append(
        f"  a draft from the catalogue: {len(agenda.activiteiten)} activities in 5 phases; "
        f"{len(fouten)} findings to resolve before it can be agreed, such as:"
    )
    uit.extend(f"    {b}" for b in fouten[:3])
    return uit


def _leerplicht_sectie() -> list[str]:
    uit = [_kop("9. Leerplicht (R-LPW-1 … R-LPW-3)")]
    status = leerplicht_status(pendulum.date(2008, 3, 15), pendulum.date(2016, 1, 4))
    uit.append(f"  a pupil born 2008-03-15, on 2016-01-04: {status}")
    uit.append(f"  leerplichtig {status.leerplicht.begin} … {status.leerplicht.einde}")
    return uit


def demo() -> str:
    """The walk-through of the example case, as text (the caller prints it)."""
    uit: list[str] = [f"gedragswerk-core {__version__} — a fictional case, step by step"]
    p = voorbeeld.partijen()
    vraag = voorbeeld.hulpvraag()
    kind = Leerling("L-2015-017", naam="(a name the library never shows)", bsn="111222333")

    uit.append(_kop("1. The hulpvraag (R-LC-1)"))
    uit.append(f"  from {vraag.vrager.naam} ({vraag.vrager.rol.value}) in region {vraag.regio}")
    for b in vraag.leerlingen:
        sinds = f", at home since {b.thuis_sinds}" if b.thuis_sinds else ""
        uit.append(f"  pupil {b.ref}: {b.situatie.value}{sinds}")
    uit.append(f"  a pupil record keeps name and BSN out of sight: {kind!r}")

    uit.append(_kop("2. Intake: does Gedragswerk have a role? (R-LC-2, R-LC-7)"))
    uit.append(_besluit(beoordeel_intake(vraag)))
    start = voorbeeld.interventie_na_intake()
    uit.append(f"  school year of the hulpvraag: {schooljaar_van(start.toestand.begin)}")

    uit.append(_kop("3. Signals on 4 January 2016 (R-LPW-8, R-LC-3)"))
    uit.extend(f"  {s}" for s in signaleer(start, voorbeeld.moment(2016, 1, 4)))

    uit.append(_kop("4. Conversations, werkagenda, results (R-LC-3, R-LC-9, R-LC-11)"))
    klaar = voorbeeld.afgeronde_interventie()
    uit.extend(_verloop(klaar))

    uit.append(_kop("5. Afronding (R-LC-5)"))
    lopend = Interventie(klaar.gebeurtenissen[:-1])
    nog_niet = Afrondingsverklaring(
        oplossing_gevonden=False, kunnen_zelf_verder=True, willen_zelf_verder=False
    )
    uit.append("  the actors can, but do not want to, go on alone:")
    uit.append(_besluit(beoordeel_afronding(lopend, nog_niet)))
    uit.append("  a solution was found:")
    uit.append(_besluit(beoordeel_afronding(lopend, Afrondingsverklaring(oplossing_gevonden=True))))
    uit.append(f"  status after afronding: {klaar.status.value}")
    try:
        voer_gesprek(klaar, voorbeeld.moment(2016, 3, 2), (p["swv"],), SparringRol.ADVISEUR)
    except RefusedError as fout:
        uit.append(f"  one more conversation is refused: {fout.regel}")

    uit.append(_kop("6. Parents call: doorverwijzing or overdracht (R-LC-7, R-LC-6)"))
    ouders = voorbeeld.ouders_hulpvraag()
    uit.append(_besluit(beoordeel_doorverwijzing(ouders)))
    ontvangen = ontvang(ouders, voorbeeld.moment(2016, 3, 7))
    voorstel = Overdrachtsvoorstel(
        p["consulent"], meer_aan_ontvanger=True, ontvanger_kan=True, ontvanger_wil=True
    )
    uit.append("  hand it to the onderwijsconsulent, who can and wants to take it on:")
    uit.append(_besluit(beoordeel_overdracht(ontvangen, voorstel)))
    overgedragen = voorbeeld.overgedragen_interventie()
    uit.append(f"  status: {overgedragen.status.value}; the sparring partner withdraws")

    uit.extend(_diagnose_sectie())
    uit.extend(_werkagenda_sectie())
    uit.extend(_leerplicht_sectie())
    uit.append(_kop("10. As JSON-ready data"))
    data = to_dict(klaar)
    uit.append(f"  {len(klaar.gebeurtenissen)} events, schema_version {data['schema_version']}")
    return "\n".join(uit)


# --- the checks: JSON in, a decision out ---------------------------------------------------------

EXIT_OK: Final = 0
"""Allowed, or no findings."""
EXIT_REFUSED: Final = 1
"""Refused, or findings."""
EXIT_BAD_INPUT: Final = 2
"""The input could not be read; stderr names the field."""
EXIT_UNDECIDED: Final = _opdrachten.ONBESLIST
"""Undecided: a party's statement the decision rests on is missing (the output names it)."""


class _BadInputError(Exception):
    """Input that cannot be read: the message names the field."""


MAX_INVOER: Final = 10_000_000
"""The most bytes of JSON a command reads (issue 18: checked before parsing)."""
_MAX_CIJFERS: Final = len(str(MAX_GETAL))
"""Digits in a JSON integer beyond which it cannot be within `MAX_GETAL`: refused unparsed."""
_STRING: Final = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET: Final = re.compile(r"[^\[\]{}]+")


def _read_bytes(source: str) -> bytes:
    """At most `MAX_INVOER` + 1 bytes of ``source`` (a path, or - for standard input)."""
    try:
        if source == "-":
            stdin = getattr(sys.stdin, "buffer", None)  # a StringIO (in tests) has no buffer
            if stdin is None:
                return sys.stdin.read(MAX_INVOER + 1).encode("utf-8", "surrogatepass")
            return bytes(stdin.read(MAX_INVOER + 1))
        with Path(source).open("rb") as file:
            return file.read(MAX_INVOER + 1)
    except OSError as exc:
        raise _BadInputError(
            f"cannot read {source!r}: {exc.strerror or type(exc).__name__}"
        ) from None
    except (UnicodeError, ValueError):  # a name Python cannot pass to the system, say
        raise _BadInputError(f"cannot read {source!r}") from None


def _depth(text: str) -> int:
    """The deepest nesting of brackets in JSON ``text``, not counting brackets inside texts."""
    depth = deepest = 0
    for bracket in _NOT_BRACKET.sub("", _STRING.sub("", text)):
        depth += 1 if bracket in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def _integer(digits: str) -> int:
    if len(digits.lstrip("-")) > _MAX_CIJFERS:
        raise _BadInputError(f"a number with more than {_MAX_CIJFERS} digits (the limit is 2**53)")
    return int(digits)


def _constant(name: str) -> float:
    raise _BadInputError(f"{name} is not a JSON number")


def _read_json(source: str) -> dict[str, Any]:
    """The JSON object in ``source``, checked against the input limits before it is parsed.

    Every failure to read, decode or parse is a `_BadInputError` (exit 2): a file that cannot
    be read, more than `MAX_INVOER` bytes, bad UTF-8, nesting deeper than `MAX_DIEPTE`, a
    number of more digits than `MAX_GETAL` has, NaN or Infinity, a lone surrogate, bad JSON.
    """
    raw = _read_bytes(source)
    if len(raw) > MAX_INVOER:
        raise _BadInputError(f"{source!r}: more than {MAX_INVOER} bytes")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _BadInputError(f"{source!r} is not UTF-8 text") from None
    if _depth(text) > MAX_DIEPTE:
        raise _BadInputError(f"JSON nested deeper than {MAX_DIEPTE} levels")
    try:
        data = json.loads(text, parse_int=_integer, parse_constant=_constant)
    except json.JSONDecodeError as exc:
        raise _BadInputError(f"not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    except (ValueError, RecursionError):  # defence in depth: the checks above come first
        raise _BadInputError("not valid JSON") from None
    if not isinstance(data, dict):
        raise _BadInputError(f"expected a JSON object at the top, got {type(data).__name__}")
    try:
        controleer_grenzen(data, "JSON")
    except StructureError as exc:
        raise _BadInputError("; ".join(exc.errors)) from None
    return data


def _field(data: dict[str, Any], name: str) -> object:
    if name not in data:
        raise _BadInputError(f"$.{name}: required field missing")
    return data[name]


def _read(cls: type[T], data: dict[str, Any], name: str) -> T:
    try:
        return from_dict(cls, _field(data, name))
    except StructureError as exc:
        lines = [line.replace(" @ $", f" @ $.{name}", 1) for line in exc.errors]
        raise _BadInputError("; ".join(lines)) from None


def _print_besluit(besluit: Besluit, fmt: str) -> int:
    if fmt == "json":
        sys.stdout.write(json.dumps(to_dict(besluit), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(str(besluit) + "\n")
    return _opdrachten.UITGANG[besluit.uitkomst]


def _overdracht(args: argparse.Namespace) -> int:
    data = _read_json(args.file)
    interventie = _read(Interventie, data, "interventie")
    voorstel = _read(Overdrachtsvoorstel, data, "voorstel")
    return _print_besluit(beoordeel_overdracht(interventie, voorstel), args.format)


def _afronding(args: argparse.Namespace) -> int:
    data = _read_json(args.file)
    interventie = _read(Interventie, data, "interventie")
    verklaring = _read(Afrondingsverklaring, data, "verklaring")
    return _print_besluit(beoordeel_afronding(interventie, verklaring), args.format)


def _werkagenda(args: argparse.Namespace) -> int:
    data = _read_json(args.file)
    agenda = _read(Werkagenda, {"werkagenda": data}, "werkagenda")
    bevindingen = controleer(agenda)
    if args.format == "json":
        rows = [to_dict(b) for b in bevindingen]
        for row in rows:
            row.pop("schema_version", None)
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write("".join(f"{b}\n" for b in bevindingen) or "no findings\n")
    return EXIT_REFUSED if bevindingen else EXIT_OK


def _datum(text: str, name: str) -> pendulum.Date:
    try:
        d = dt.date.fromisoformat(text)
    except ValueError:
        raise _BadInputError(f"--{name}: expected a date as YYYY-MM-DD") from None
    return pendulum.Date(d.year, d.month, d.day)


def _leerplicht(args: argparse.Namespace) -> int:
    status = leerplicht_status(
        _datum(args.geboortedatum, "geboortedatum"),
        _datum(args.peildatum, "peildatum"),
        startkwalificatie=_datum(args.startkwalificatie, "startkwalificatie")
        if args.startkwalificatie
        else None,
    )
    if args.format == "json":
        sys.stdout.write(json.dumps(to_dict(status), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(f"{status}\n")
        for naam in ("leerplicht", "kwalificatieplicht", "rmc"):
            periode = getattr(status, naam)
            if periode is not None:
                sys.stdout.write(f"  {naam}: {periode.begin} … {periode.einde}\n")
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    cls = _opdrachten.schema_type(args.type)
    sys.stdout.write(json.dumps(json_schema(cls), ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    del args
    sys.stdout.write(demo() + "\n")
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    from gedragswerk_core.server import serve  # noqa: PLC0415 - the optional [server] extra

    serve(args.host, args.port)
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_opdrachten.programmanaam(),
        description="The Gedragswerk methodiek as code. Without a command: walk the built-in "
        "example case through the methodiek.",
        epilog="Exit codes: 0 allowed / no findings, 1 refused / findings, 2 bad input.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.set_defaults(run=_demo)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    commands.add_parser("demo", help="walk the example case (the default)").set_defaults(run=_demo)
    for name, run, second in (
        (
            "overdracht",
            _overdracht,
            "voorstel (an Overdrachtsvoorstel): may it be handed over (R-LC-6)?",
        ),
        (
            "afronding",
            _afronding,
            "verklaring (an Afrondingsverklaring): may it be closed (R-LC-5)?",
        ),
    ):
        sub = commands.add_parser(
            name,
            help=f"check a proposed {name}",
            description=f"Read a JSON object with interventie (an Interventie) and {second}",
        )
        sub.add_argument("file", metavar="FILE", help="a JSON file, or - for standard input")
        sub.add_argument("--format", choices=("text", "json"), default="text")
        sub.set_defaults(run=run)
    werk = commands.add_parser(
        "werkagenda",
        help="check a werkagenda: every finding (R-WA-1 … R-WA-6)",
        description="Read a Werkagenda as JSON and list every finding; exit 1 when there are any.",
    )
    werk.add_argument("file", metavar="FILE", help="a JSON file, or - for standard input")
    werk.add_argument("--format", choices=("text", "json"), default="text")
    werk.set_defaults(run=_werkagenda)
    plicht = commands.add_parser(
        "leerplicht",
        help="the Leerplichtwet status of one pupil (R-LPW-1 … R-LPW-4)",
        description="Give the birth date and the reference date as YYYY-MM-DD.",
    )
    plicht.add_argument("--geboortedatum", required=True, metavar="YYYY-MM-DD")
    plicht.add_argument("--peildatum", required=True, metavar="YYYY-MM-DD")
    plicht.add_argument("--startkwalificatie", metavar="YYYY-MM-DD", help="date obtained, if any")
    plicht.add_argument("--format", choices=("text", "json"), default="text")
    plicht.set_defaults(run=_leerplicht)
    schema = commands.add_parser("schema", help="print the JSON Schema of a dict form")
    schema.add_argument("type", metavar="TYPE", help="a public type, such as Interventie")
    schema.set_defaults(run=_schema)
    _serve_parser(commands.add_parser)
    _opdrachten.registreer(commands)
    return parser


def _serve_parser(add_parser: Callable[..., argparse.ArgumentParser]) -> None:
    serve = add_parser("serve", help="run the decision service (HTTP, the [server] extra)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(run=_serve)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the exit code: 0 allowed, 1 refused, 2 bad input, 3 undecided."""
    args = _parser().parse_args(argv)
    try:
        code: int = args.run(args)
    except _BadInputError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return EXIT_BAD_INPUT
    except GedragswerkError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return EXIT_BAD_INPUT
    except UnicodeEncodeError as exc:  # output the terminal's encoding cannot hold
        sys.stderr.write(f"error: the output cannot be written as {exc.encoding}\n")
        return EXIT_BAD_INPUT
    return code


if __name__ == "__main__":  # pragma: no cover - exercised as a subprocess in the tests
    sys.exit(main())
