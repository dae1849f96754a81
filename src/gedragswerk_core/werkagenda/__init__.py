"""The werkagenda: phases, activities, checks, catalogue and progress (R-WA-*)."""

from gedragswerk_core.werkagenda.activiteit import (
    KOLOMMEN,
    Activiteit,
    Fase,
    Kolom,
    PdcaStap,
    Thema,
    Uitvoeringsstatus,
)
from gedragswerk_core.werkagenda.catalogus import (
    AANBEVELINGEN,
    Aanbeveling,
    aanbeveling,
    aanbevelingen_voor,
    concept_werkagenda,
)
from gedragswerk_core.werkagenda.controle import (
    Bevinding,
    Ernst,
    bevindingen,
    instemmingsredenen,
)
from gedragswerk_core.werkagenda.voortgang import (
    Evaluatiemoment,
    FaseVoortgang,
    Stand,
    Voortgang,
    voortgang,
)
from gedragswerk_core.werkagenda.werkagenda import (
    Afspraak,
    Werkagenda,
    beoordeel_instemming,
    controleer,
    stem_in,
)

__all__ = [
    "AANBEVELINGEN",
    "KOLOMMEN",
    "Aanbeveling",
    "Activiteit",
    "Afspraak",
    "Bevinding",
    "Ernst",
    "Evaluatiemoment",
    "Fase",
    "FaseVoortgang",
    "Kolom",
    "PdcaStap",
    "Stand",
    "Thema",
    "Uitvoeringsstatus",
    "Voortgang",
    "Werkagenda",
    "aanbeveling",
    "aanbevelingen_voor",
    "beoordeel_instemming",
    "bevindingen",
    "concept_werkagenda",
    "controleer",
    "instemmingsredenen",
    "stem_in",
    "voortgang",
]
