"""The command-line edge: the only module of gedragswerk-core that reads or writes.

``python -m gedragswerk_core`` walks the built-in example case through the methodiek and prints
it. It needs no file and no network.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from gedragswerk_core import __version__, voorbeeld
from gedragswerk_core.besluit import Besluit
from gedragswerk_core.errors import RefusedError
from gedragswerk_core.gebeurtenissen import Afrondingsverklaring, Overdrachtsvoorstel
from gedragswerk_core.hulpvraag import beoordeel_doorverwijzing, beoordeel_intake
from gedragswerk_core.interventie import (
    Interventie,
    beoordeel_afronding,
    beoordeel_overdracht,
    ontvang,
    voer_gesprek,
)
from gedragswerk_core.leerling import Leerling
from gedragswerk_core.partijen import SparringRol
from gedragswerk_core.schooljaar import schooljaar_van
from gedragswerk_core.serialisatie import to_dict
from gedragswerk_core.signalen import signaleer


def _kop(titel: str) -> str:
    return f"\n{titel}\n{'=' * len(titel)}"


def _besluit(besluit: Besluit) -> str:
    return "\n".join(f"  {regel}" for regel in str(besluit).splitlines())


def _verloop(interventie: Interventie) -> list[str]:
    return [
        f"  {g.moment.in_timezone('Europe/Amsterdam'):%Y-%m-%d %H:%M}  {type(g).__name__}"
        for g in interventie.gebeurtenissen
    ]


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
        uit.append(f"  one more conversation is refused: {fout.rule}")

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

    uit.append(_kop("7. As JSON-ready data"))
    data = to_dict(klaar)
    uit.append(f"  {len(data['gebeurtenissen'])} events, schema_version {data['schema_version']}")
    return "\n".join(uit)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m gedragswerk_core",
        description="Walk the built-in example case through the Gedragswerk methodiek.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.parse_args(argv)
    sys.stdout.write(demo() + "\n")
    return 0


if __name__ == "__main__":  # pragma: no cover - exercised as a subprocess in the tests
    sys.exit(main())
