"""The ZGW standards (Zaakgericht Werken): an intervention as a zaak, and its catalogue.

An intervention as a zaak and back, its zaaktype catalogue, and the JSON Schemas as
objecttypes. Plain dicts in and out; no HTTP (a client posts them).
"""

from gedragswerk_core.zgw.catalogus import (
    AFGESLOTEN,
    ROLTYPEN,
    ZAAKTYPE,
    statustype_van,
    zaaktype_catalogus,
)
from gedragswerk_core.zgw.objecttypen import OBJECTTYPEN, objecttypen
from gedragswerk_core.zgw.zaak import ZAAK_SCHEMA, interventie_als_zaak, zaak_als_interventie

__all__ = [
    "AFGESLOTEN",
    "OBJECTTYPEN",
    "ROLTYPEN",
    "ZAAKTYPE",
    "ZAAK_SCHEMA",
    "interventie_als_zaak",
    "objecttypen",
    "statustype_van",
    "zaak_als_interventie",
    "zaaktype_catalogus",
]
