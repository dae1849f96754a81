"""Decisions a municipality can reconstruct years later: rule sources, receipts, the why-not menu.

`REGELBRONNEN` says where every rule is written; `ontvangstbewijs` and `verantwoord` give a
decision's receipt (what was weighed, from which sources, by which version, on what input);
`waarom_niet` lists every step of the lifecycle with allowed, refused or undecided and what is
missing. See docs/verantwoording.md.
"""

# `Uitkomst` moved to `besluit` (a decision's outcome); still importable from here.
from gedragswerk_core.besluit import Uitkomst as Uitkomst
from gedragswerk_core.verantwoording.bewijs import (
    Ontvangstbewijs,
    ontvangstbewijs,
    regelhash,
    verantwoord,
)
from gedragswerk_core.verantwoording.bronnen import (
    LEERPLICHTWET,
    REGELBRONNEN,
    Bronsoort,
    Regelbron,
)
from gedragswerk_core.verantwoording.menu import Mogelijkheid, waarom_niet

__all__ = [
    "LEERPLICHTWET",
    "REGELBRONNEN",
    "Bronsoort",
    "Mogelijkheid",
    "Ontvangstbewijs",
    "Regelbron",
    "ontvangstbewijs",
    "regelhash",
    "verantwoord",
    "waarom_niet",
]
