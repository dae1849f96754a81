"""The regio package's text catalogue: the reasons of its decisions, in Dutch and English.

`regio` decides whether an answer to one of the six questions, or a placement, may be recorded;
this module only says how each reason reads. A key is the condition code (see `Reden.code`) and,
after a slash, the outcome; a text's ``{slots}`` take labels (a question's number). The Dutch
follows seed 002 §2: the pupils are known *met naam en toenaam*, and *passend onderwijs* is
realised for a pupil (*plaatsing*).

The codes:

- ``R-REG-2.leerlingen``: an answer to vraag 1 names the pupils it is about.
- ``R-REG-2.volgorde``: vraag 1 is answered before any other question.
- ``R-REG-2.genoemd``: a pupil placed is named under vraag 1.
- ``R-REG-3.plaatsing``: passend onderwijs is recorded for a pupil once.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from gedragswerk_core.besluit import Reden, Tekst, reden_uit

__all__ = ["TEKSTEN", "reden"]

_T = Tekst

TEKSTEN: Final = MappingProxyType(
    {
        "R-REG-2.leerlingen/ja": _T(
            "vraag 1 (wie de leerlingen zijn, met naam) is de eerste stap",
            "vraag 1 (who the pupils are, by name) is the first step",
        ),
        "R-REG-2.leerlingen/nee": _T(
            "vraag 1 brengt de leerlingen met naam in kaart: geef de referenties van de "
            "leerlingen om wie het gaat",
            "vraag 1 maps the pupils by name: give the references of the pupils it is about",
        ),
        "R-REG-2.volgorde/ja": _T(
            "vraag 1 (wie de leerlingen zijn, met naam) is beantwoord",
            "vraag 1 (who the pupils are, by name) has been answered",
        ),
        "R-REG-2.volgorde/nee": _T(
            "vraag 1 moet beantwoord zijn vóór vraag {vraag}: breng eerst de betrokken "
            "leerlingen met naam in kaart",
            "vraag 1 must be answered before vraag {vraag}: first map the pupils concerned, "
            "by name",
        ),
        "R-REG-2.genoemd/ja": _T(
            "de leerling is genoemd bij vraag 1", "the pupil is named under vraag 1"
        ),
        "R-REG-2.genoemd/nee": _T(
            "de leerling is niet genoemd bij vraag 1: breng daar eerst de leerlingen met naam "
            "in kaart",
            "the pupil is not named under vraag 1: map the pupils by name there first",
        ),
        "R-REG-3.plaatsing/ja": _T(
            "passend onderwijs gerealiseerd voor een genoemde leerling",
            "passend onderwijs realised for a named pupil",
        ),
        "R-REG-3.plaatsing/nee": _T(
            "passend onderwijs was voor deze leerling al vastgelegd",
            "passend onderwijs was already recorded for this pupil",
        ),
    }
)
"""Every text of the regio decisions, by key (see the module doc)."""


def reden(code: str, voldaan: bool, feit: str, **labels: str) -> Reden:
    """The reason ``code``, met or not, weighing the yes/no fact ``feit``; ``labels`` fill slots."""
    tekst = TEKSTEN[f"{code}/{'ja' if voldaan else 'nee'}"]
    return reden_uit(tekst, code, voldaan, {feit: voldaan, **labels}, **labels)
