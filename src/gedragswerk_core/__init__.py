"""gedragswerk-core: the Gedragswerk methodiek as code.

How Dutch regions get pupils who sit at home without education (thuiszitters) back into
passend onderwijs: the hulpvraag and intake, the intervention lifecycle with its afronding,
overdracht and doorverwijzing rules, and signals — each decision citing the rule ids of the
methodiek (``R-LC-6``, …). No I/O: every "now" is a parameter.

Examples:
    >>> from gedragswerk_core import beoordeel_intake, voorbeeld
    >>> beoordeel_intake(voorbeeld.hulpvraag()).toegestaan
    True
"""

import importlib
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from gedragswerk_core import jaarverslag2015, voorbeeld
    from gedragswerk_core.aandeel import Aandeel
    from gedragswerk_core.besluit import Besluit, Reden
    from gedragswerk_core.contact import (
        Bellertype,
        Contact,
        Contacttelling,
        Contactuitkomst,
        tel_contacten,
    )
    from gedragswerk_core.diagnose import Beoordeling, Diagnose, Dimensie, Oordeel
    from gedragswerk_core.effect import (
        Celwijziging,
        Effect,
        Verandering,
        Vergelijking,
        meet_effect,
        vergelijk,
    )
    from gedragswerk_core.enquete import (
        Effectantwoord,
        Effectoordeel,
        Effectvraag,
        EnqueteRespons,
        EnqueteUitkomsten,
        Respondenttype,
        Typeaandeel,
        Vraaguitkomst,
        enquete_uitkomsten,
    )
    from gedragswerk_core.errors import (
        GedragswerkError,
        InvalidBsnError,
        InvalidValueError,
        MissingExtraError,
        RefusedError,
        StructureError,
    )
    from gedragswerk_core.gebeurtenissen import (
        Afgerond,
        Afrondingsverklaring,
        Doorverwezen,
        Escalatie,
        Geaccepteerd,
        Gebeurtenis,
        Geescaleerd,
        GesprekGevoerd,
        Heropend,
        HulpvraagOntvangen,
        Overdrachtsvoorstel,
        Overgedragen,
        ResultaatGeboekt,
        SystemischeVraagOpgepakt,
        WerkagendaAfgesproken,
    )
    from gedragswerk_core.hulpvraag import (
        BetrokkenLeerling,
        Hulpvraag,
        Kanaal,
        LeerlingSituatie,
        beoordeel_doorverwijzing,
        beoordeel_intake,
    )
    from gedragswerk_core.interventie import (
        Interventie,
        Status,
        Toestand,
        accepteer,
        beoordeel,
        beoordeel_afronding,
        beoordeel_overdracht,
        boek_resultaat,
        draag_over,
        escaleer,
        heropen,
        ontvang,
        pak_systemische_vraag_op,
        pas_toe,
        rond_af,
        spreek_werkagenda_af,
        verwijs_door,
        voer_gesprek,
    )
    from gedragswerk_core.leerling import Leerling, LeerlingRef, controleer_bsn, is_geldig_bsn
    from gedragswerk_core.leerplicht import (
        BulkRij,
        Categorie,
        Leerplichtstatus,
        Schrikkeldag,
        begin_leerplicht,
        einde_leerplicht,
        leerplicht_status,
        leerplicht_status_bulk,
        verjaardag,
    )
    from gedragswerk_core.partijen import Niveau, Partij, Rol, SparringRol, Zorgstructuur
    from gedragswerk_core.rapportage import (
        Jaarcijfers,
        Labeltelling,
        Maandtelling,
        Systeemvraagtelling,
        jaarcijfers,
    )
    from gedragswerk_core.regio import (
        Antwoord,
        Regio,
        RegionaleVraag,
        Schaal,
        Verkenning,
        Vraagstand,
        beantwoord,
        beoordeel_antwoord,
    )
    from gedragswerk_core.schema import json_schema
    from gedragswerk_core.schooljaar import Schooljaar, schooljaar_van
    from gedragswerk_core.schoolkalender import Periode, Schoolkalender
    from gedragswerk_core.serialisatie import SCHEMA_VERSION, from_dict, to_dict
    from gedragswerk_core.signalen import Signaal, Signaalsoort, signaleer
    from gedragswerk_core.systeemvragen import (
        SYSTEEMVRAGEN,
        Systeemvraag,
        is_systeemvraagcode,
        systeemvraag,
        tel_systeemvragen,
    )
    from gedragswerk_core.verzuim import (
        Afwezigheid,
        Melding,
        Verzuimbeoordeling,
        beoordeel_verzuim,
        langdurig_relatief_verzuim_sinds,
        meldingen_16_uur,
    )
    from gedragswerk_core.vrijstelling import (
        Beslisser,
        Vrijstelling,
        Vrijstellingsgrond,
        Vrijstellingssoort,
        beslisser_verlof,
    )
    from gedragswerk_core.werkagenda import (
        Afspraak,
        Werkagenda,
        beoordeel_instemming,
        controleer,
        stem_in,
    )
    from gedragswerk_core.werkagendaactiviteit import (
        KOLOMMEN,
        Activiteit,
        Fase,
        Kolom,
        PdcaStap,
        Thema,
        Uitvoeringsstatus,
    )
    from gedragswerk_core.werkagendacatalogus import (
        AANBEVELINGEN,
        Aanbeveling,
        aanbeveling,
        aanbevelingen_voor,
        concept_werkagenda,
    )
    from gedragswerk_core.werkagendacontrole import Bevinding, Ernst
    from gedragswerk_core.werkagendavoortgang import (
        Evaluatiemoment,
        FaseVoortgang,
        Stand,
        Voortgang,
        voortgang,
    )

__version__ = "0.1.0"

# The modules behind the names in __all__. `import gedragswerk_core` loads none of them: the first
# public name asked for loads them all (PEP 562), so importing stays light for tools that only
# need the version, and nothing changes for users (benchmarks/test_import_time.py).
_MODULES: Final = (
    "errors",
    "leerling",
    "partijen",
    "schooljaar",
    "besluit",
    "diagnose",
    "effect",
    "hulpvraag",
    "gebeurtenissen",
    "interventie",
    "signalen",
    "regio",
    "systeemvragen",
    "schoolkalender",
    "vrijstelling",
    "leerplicht",
    "verzuim",
    "werkagendaactiviteit",
    "werkagendacontrole",
    "werkagenda",
    "werkagendacatalogus",
    "werkagendavoortgang",
    "aandeel",
    "contact",
    "enquete",
    "rapportage",
    "serialisatie",
    "schema",
    "voorbeeld",
    "jaarverslag2015",
)
_EXAMPLE_MODULES: Final = frozenset({"voorbeeld", "jaarverslag2015"})
"""Modules exported as modules: the built-in example data."""

__all__ = [
    # errors
    "GedragswerkError",
    "InvalidBsnError",
    "InvalidValueError",
    "MissingExtraError",
    "RefusedError",
    "StructureError",
    # pupils, parties, school years
    "Leerling",
    "LeerlingRef",
    "controleer_bsn",
    "is_geldig_bsn",
    "Niveau",
    "Partij",
    "Rol",
    "SparringRol",
    "Zorgstructuur",
    "Schooljaar",
    "schooljaar_van",
    # decisions
    "Besluit",
    "Reden",
    # the hulpvraag and the intake decision
    "BetrokkenLeerling",
    "Hulpvraag",
    "Kanaal",
    "LeerlingSituatie",
    "beoordeel_doorverwijzing",
    "beoordeel_intake",
    # intervention events
    "Afgerond",
    "Afrondingsverklaring",
    "Doorverwezen",
    "Escalatie",
    "Geaccepteerd",
    "Gebeurtenis",
    "Geescaleerd",
    "GesprekGevoerd",
    "Heropend",
    "HulpvraagOntvangen",
    "Overdrachtsvoorstel",
    "Overgedragen",
    "ResultaatGeboekt",
    "SystemischeVraagOpgepakt",
    "WerkagendaAfgesproken",
    # the intervention: value, checks and commands
    "Interventie",
    "Status",
    "Toestand",
    "accepteer",
    "beoordeel",
    "beoordeel_afronding",
    "beoordeel_overdracht",
    "boek_resultaat",
    "draag_over",
    "escaleer",
    "heropen",
    "ontvang",
    "pak_systemische_vraag_op",
    "pas_toe",
    "rond_af",
    "spreek_werkagenda_af",
    "verwijs_door",
    "voer_gesprek",
    # signals
    "Signaal",
    "Signaalsoort",
    "signaleer",
    # diagnosis: kennen, kunnen, willen per party (R-KKW-1, R-KKW-2) and its effect (R-KKW-3)
    "Beoordeling",
    "Diagnose",
    "Dimensie",
    "Oordeel",
    "Celwijziging",
    "Effect",
    "Verandering",
    "Vergelijking",
    "meet_effect",
    "vergelijk",
    # regions and the six regional questions (R-REG-1 … R-REG-4)
    "Antwoord",
    "Regio",
    "RegionaleVraag",
    "Schaal",
    "Verkenning",
    "Vraagstand",
    "beantwoord",
    "beoordeel_antwoord",
    # the catalogue of systemic questions (seed 002 §3.1.1)
    "SYSTEEMVRAGEN",
    "Systeemvraag",
    "is_systeemvraagcode",
    "systeemvraag",
    "tel_systeemvragen",
    # the werkagenda: phases, activities, checks, catalogue and progress (R-WA-1 … R-WA-6)
    "Fase",
    "Thema",
    "Kolom",
    "KOLOMMEN",
    "Uitvoeringsstatus",
    "PdcaStap",
    "Activiteit",
    "Werkagenda",
    "Afspraak",
    "Bevinding",
    "Ernst",
    "controleer",
    "beoordeel_instemming",
    "stem_in",
    "Aanbeveling",
    "AANBEVELINGEN",
    "aanbeveling",
    "aanbevelingen_voor",
    "concept_werkagenda",
    "Voortgang",
    "FaseVoortgang",
    "Evaluatiemoment",
    "Stand",
    "voortgang",
    # Leerplichtwet 1969: school calendars, exemptions, status and verzuim (R-LPW-*)
    "Periode",
    "Schoolkalender",
    "Beslisser",
    "Vrijstelling",
    "Vrijstellingsgrond",
    "Vrijstellingssoort",
    "beslisser_verlof",
    "BulkRij",
    "Categorie",
    "Leerplichtstatus",
    "Schrikkeldag",
    "begin_leerplicht",
    "einde_leerplicht",
    "leerplicht_status",
    "leerplicht_status_bulk",
    "verjaardag",
    "Afwezigheid",
    "Melding",
    "Verzuimbeoordeling",
    "beoordeel_verzuim",
    "langdurig_relatief_verzuim_sinds",
    "meldingen_16_uur",
    # reporting: annual figures, contacts and the evaluation survey (R-RAP, R-KKW-3)
    "Aandeel",
    "Jaarcijfers",
    "Labeltelling",
    "Maandtelling",
    "Systeemvraagtelling",
    "jaarcijfers",
    "Bellertype",
    "Contact",
    "Contacttelling",
    "Contactuitkomst",
    "tel_contacten",
    "Effectantwoord",
    "Effectoordeel",
    "Effectvraag",
    "EnqueteRespons",
    "EnqueteUitkomsten",
    "Respondenttype",
    "Typeaandeel",
    "Vraaguitkomst",
    "enquete_uitkomsten",
    # serialisation to JSON-ready dicts
    "SCHEMA_VERSION",
    "from_dict",
    "json_schema",
    "to_dict",
    # the built-in example case, and the 2015–2016 case log behind the published figures
    "voorbeeld",
    "jaarverslag2015",
    "__version__",
]


def _load() -> None:
    for name in _MODULES:
        module = importlib.import_module(f"gedragswerk_core.{name}")
        exported = (name,) if name in _EXAMPLE_MODULES else getattr(module, "__all__", ())
        for public in exported:
            if public in __all__:
                globals()[public] = module if public == name else getattr(module, public)


def __getattr__(name: str) -> object:
    """Load the public API on first use (PEP 562)."""
    if name in __all__:
        _load()
        return globals()[name]
    raise AttributeError(f"module 'gedragswerk_core' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The public API, for completion in notebooks and editors."""
    return sorted({*globals(), *__all__})
