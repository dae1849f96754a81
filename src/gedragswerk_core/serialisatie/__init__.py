"""Serialisation: JSON-ready dict forms through one cattrs converter, and JSON Schema."""

from gedragswerk_core.serialisatie.converter import (
    SCHEMA_VERSION,
    from_dict,
    to_dict,
)
from gedragswerk_core.serialisatie.problemen import (
    PROBLEEM_TYPE,
    probleem,
    probleem_details,
)
from gedragswerk_core.serialisatie.schema import (
    json_schema,
)
from gedragswerk_core.serialisatie.typen import JsonObject, JsonValue

__all__ = [
    "PROBLEEM_TYPE",
    "SCHEMA_VERSION",
    "JsonObject",
    "JsonValue",
    "from_dict",
    "json_schema",
    "probleem",
    "probleem_details",
    "to_dict",
]
