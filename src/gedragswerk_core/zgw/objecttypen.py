"""The library's JSON Schemas as objecttypes for the Objects API (the Objecttypes API's form)."""

from __future__ import annotations

from typing import Any, Final

from gedragswerk_core.besluit import Besluit
from gedragswerk_core.interventie.gebeurtenissen import Gebeurtenis
from gedragswerk_core.interventie.hulpvraag import Hulpvraag
from gedragswerk_core.interventie.interventie import Interventie
from gedragswerk_core.leerplicht.meldingen import Melding
from gedragswerk_core.leerplicht.status import Leerplichtstatus
from gedragswerk_core.serialisatie.converter import SCHEMA_VERSION
from gedragswerk_core.serialisatie.schema import json_schema
from gedragswerk_core.werkagenda.werkagenda import Werkagenda

__all__ = ["OBJECTTYPEN", "objecttypen"]

OBJECTTYPEN: Final[dict[str, object]] = {
    "Interventie": Interventie,
    "Gebeurtenis": Gebeurtenis,
    "Hulpvraag": Hulpvraag,
    "Besluit": Besluit,
    "Werkagenda": Werkagenda,
    "Melding": Melding,
    "Leerplichtstatus": Leerplichtstatus,
}
"""The values exported as objecttypes, by name."""


def objecttypen() -> list[dict[str, Any]]:
    """One objecttype per value of `OBJECTTYPEN`, each with one published version: its schema.

    The fields are those of the Objecttypes API (``name``, ``namePlural``, ``description``,
    ``dataClassification``, ``versions`` with ``version``, ``status`` and ``jsonSchema``);
    the data is confidential (it concerns pupils, by reference only).

    Examples:
        >>> [t["name"] for t in objecttypen()][:3]
        ['Interventie', 'Gebeurtenis', 'Hulpvraag']
        >>> objecttypen()[0]["versions"][0]["jsonSchema"]["$id"]
        'urn:gedragswerk-core:Interventie'
    """
    uit = []
    for naam, soort in OBJECTTYPEN.items():
        schema = json_schema(soort)
        uit.append(
            {
                "name": naam,
                "namePlural": f"{naam} (gedragswerk-core)",
                "description": schema.get("description", naam),
                "dataClassification": "confidential",
                "source": "gedragswerk-core",
                "versions": [
                    {"version": SCHEMA_VERSION, "status": "published", "jsonSchema": schema}
                ],
            }
        )
    return uit
