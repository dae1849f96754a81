"""Regions: the six regional questions and the catalogue of systemic questions (R-REG-*)."""

from gedragswerk_core.regio.regio import (
    Antwoord,
    Regio,
    RegionaleVraag,
    Schaal,
    Verkenning,
    Vraagstand,
    beantwoord,
    beoordeel_antwoord,
    beoordeel_plaatsing,
    boek_plaatsing,
)
from gedragswerk_core.regio.systeemvragen import (
    SYSTEEMVRAGEN,
    Systeemvraag,
    is_systeemvraagcode,
    systeemvraag,
    tel_systeemvragen,
)

__all__ = [
    "SYSTEEMVRAGEN",
    "Antwoord",
    "Regio",
    "RegionaleVraag",
    "Schaal",
    "Systeemvraag",
    "Verkenning",
    "Vraagstand",
    "beantwoord",
    "beoordeel_antwoord",
    "beoordeel_plaatsing",
    "boek_plaatsing",
    "is_systeemvraagcode",
    "systeemvraag",
    "tel_systeemvragen",
]
