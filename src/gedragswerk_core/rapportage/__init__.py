"""Reporting: annual figures, contacts and the evaluation survey (R-RAP-*, R-KKW-3)."""

from gedragswerk_core.rapportage.aandeel import (
    Aandeel,
)
from gedragswerk_core.rapportage.contact import (
    Bellertype,
    Contact,
    Contacttelling,
    Contactuitkomst,
    tel_contacten,
)
from gedragswerk_core.rapportage.enquete import (
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
from gedragswerk_core.rapportage.jaarcijfers import (
    Jaarcijfers,
    Labeltelling,
    Maandtelling,
    Systeemvraagtelling,
    jaarcijfers,
)

__all__ = [
    "Aandeel",
    "Bellertype",
    "Contact",
    "Contacttelling",
    "Contactuitkomst",
    "Effectantwoord",
    "Effectoordeel",
    "Effectvraag",
    "EnqueteRespons",
    "EnqueteUitkomsten",
    "Jaarcijfers",
    "Labeltelling",
    "Maandtelling",
    "Respondenttype",
    "Systeemvraagtelling",
    "Typeaandeel",
    "Vraaguitkomst",
    "enquete_uitkomsten",
    "jaarcijfers",
    "tel_contacten",
]
