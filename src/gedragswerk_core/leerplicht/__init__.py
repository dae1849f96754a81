"""The Leerplichtwet 1969: school calendars, exemptions, status and verzuim (R-LPW-*)."""

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
    NORM_MAANDEN,
    Afwezigheid,
    Melding,
    Verzuimbeoordeling,
    beoordeel_verzuim,
    langdurig_relatief_verzuim_sinds,
    langer_thuis_dan_norm,
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
from gedragswerk_core.leerplicht.wetsversies import (
    WETSVERSIES,
    Wetsversie,
    wetsversie_op,
)

__all__ = [
    "NORM_MAANDEN",
    "WETSVERSIES",
    "Afwezigheid",
    "Beslisser",
    "BulkRij",
    "Categorie",
    "Feit",
    "Leerlingverzuim",
    "Leerplichtstatus",
    "Melding",
    "Meldingsoort",
    "Periode",
    "Schoolkalender",
    "Schrikkeldag",
    "Telwijze",
    "Thuiszittertelling",
    "Venster",
    "Verzuimbeoordeling",
    "Verzuimregels",
    "Vrijstelling",
    "Vrijstellingsgrond",
    "Vrijstellingssoort",
    "Wetsversie",
    "begin_leerplicht",
    "beoordeel_verzuim",
    "beslisser_verlof",
    "einde_leerplicht",
    "gedekt",
    "langdurig_relatief_verzuim_sinds",
    "langer_thuis_dan_norm",
    "leerplicht_status",
    "leerplicht_status_bulk",
    "meldingen_16_uur",
    "tel_thuiszitters",
    "toets_verlof",
    "verjaardag",
    "verzuimmeldingen",
    "wetsversie_op",
]
