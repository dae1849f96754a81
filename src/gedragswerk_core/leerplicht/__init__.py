"""The Leerplichtwet 1969: school calendars, exemptions, status and verzuim (R-LPW-*)."""

# --- verzuim, meldingen, verlof, thuiszitters (issue 23) ---
from gedragswerk_core.leerplicht.afwezigheid import Telwijze, Venster, Verzuimregels
from gedragswerk_core.leerplicht.bulk import BulkRij, leerplicht_status_bulk
from gedragswerk_core.leerplicht.feit import Feit
from gedragswerk_core.leerplicht.meldingen import Meldingsoort
from gedragswerk_core.leerplicht.schoolkalender import (
    Periode,
    Schoolkalender,
)
from gedragswerk_core.leerplicht.status import (
    Categorie,
    Leerplichtstatus,
    Schrikkeldag,
    begin_leerplicht,
    einde_leerplicht,
    leerplicht_status,
    verjaardag,
)
from gedragswerk_core.leerplicht.thuiszitters import (
    Leerlingverzuim,
    Thuiszittertelling,
    tel_thuiszitters,
)
from gedragswerk_core.leerplicht.verlof import gedekt, toets_verlof
from gedragswerk_core.leerplicht.verzuim import (
    Afwezigheid,
    Melding,
    Verzuimbeoordeling,
    beoordeel_verzuim,
    langdurig_relatief_verzuim_sinds,
    meldingen_16_uur,
    verzuimmeldingen,
)
from gedragswerk_core.leerplicht.vrijstelling import (
    Beslisser,
    Vrijstelling,
    Vrijstellingsgrond,
    Vrijstellingssoort,
    beslisser_verlof,
)

__all__ = [
    "Afwezigheid",
    "Beslisser",
    "BulkRij",
    "Categorie",
    "Feit",
    "Leerplichtstatus",
    "Melding",
    "Periode",
    "Schoolkalender",
    "Schrikkeldag",
    "Verzuimbeoordeling",
    "Vrijstelling",
    "Vrijstellingsgrond",
    "Vrijstellingssoort",
    "begin_leerplicht",
    "beoordeel_verzuim",
    "beslisser_verlof",
    "einde_leerplicht",
    "langdurig_relatief_verzuim_sinds",
    "leerplicht_status",
    "leerplicht_status_bulk",
    "meldingen_16_uur",
    "verjaardag",
]

__all__ += [
    "Leerlingverzuim",
    "Meldingsoort",
    "Telwijze",
    "Thuiszittertelling",
    "Venster",
    "Verzuimregels",
    "gedekt",
    "tel_thuiszitters",
    "toets_verlof",
    "verzuimmeldingen",
]
