"""Standing tables: the actietafel of a region and the interventieteam (R-TAF-1, R-IT-1)."""

from gedragswerk_core.tafels.gebeurtenissen import (
    CasusAfgesloten,
    CasusIngebracht,
    LidToegetreden,
    LidVertrokken,
    OverlegGehouden,
    TafelIngesteld,
    Teamdoel,
    TeamGestart,
)
from gedragswerk_core.tafels.tafel import (
    BESPREEKTERMIJN_DAGEN,
    Actietafel,
    Interventieteam,
    Tafelstand,
    beoordeel_tafelstap,
    breng_in,
    houd_overleg,
    sluit_casus,
    start_interventieteam,
    stel_actietafel_in,
    treed_toe,
    vertrek,
)

__all__ = [
    "BESPREEKTERMIJN_DAGEN",
    "Actietafel",
    "CasusAfgesloten",
    "CasusIngebracht",
    "Interventieteam",
    "LidToegetreden",
    "LidVertrokken",
    "OverlegGehouden",
    "TafelIngesteld",
    "Tafelstand",
    "TeamGestart",
    "Teamdoel",
    "beoordeel_tafelstap",
    "breng_in",
    "houd_overleg",
    "sluit_casus",
    "start_interventieteam",
    "stel_actietafel_in",
    "treed_toe",
    "vertrek",
]
