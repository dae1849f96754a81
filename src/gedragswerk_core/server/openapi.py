"""The OpenAPI 3.1 description of the service, from the endpoint table and the JSON Schemas.

The library's own JSON Schemas (`json_schema`) give every request and answer schema; each
library class appears once under ``components/schemas``.
"""

from __future__ import annotations

import json
from typing import Any, Final

from gedragswerk_core import __version__
from gedragswerk_core.serialisatie.problemen import PROBLEEM_TYPE
from gedragswerk_core.serialisatie.schema import json_schema
from gedragswerk_core.server.eindpunten import DATUM, EINDPUNTEN, Eindpunt, Veld

__all__ = ["openapi"]

_DATUM_SCHEMA: Final = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_SCALAR: Final = {bool: {"type": "boolean"}}
_PROBLEEM: Final = {
    "type": "object",
    "description": "RFC 9457 problem details; errors lists every problem with its location.",
    "properties": {
        "type": {"type": "string", "description": f"{PROBLEEM_TYPE}…"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
        "regel": {"type": ["string", "null"]},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "location": {"type": "string", "examples": ["$.voorstel.ontvanger_wil"]},
                    "message": {"type": "string"},
                    "type": {"enum": ["missing", "unknown_field", "invalid", "refused"]},
                    "regel": {"type": ["string", "null"]},
                },
                "required": ["location", "message", "type", "regel"],
            },
        },
    },
    "required": ["type", "title", "status", "detail", "errors"],
}


def _als_component(schema: dict[str, Any]) -> dict[str, Any]:
    text = json.dumps(schema).replace('"#/$defs/', '"#/components/schemas/')
    component: dict[str, Any] = json.loads(text)
    for key in ("$schema", "$id", "$defs"):
        component.pop(key, None)
    return component


class _Componenten:
    def __init__(self) -> None:
        self.schemas: dict[str, Any] = {"Probleem": _PROBLEEM}
        self._top: set[str] = set()

    def ref(self, cls: object) -> dict[str, Any]:
        naam = cls.__name__ if isinstance(cls, type) else "Gebeurtenis"  # the one union read
        if naam not in self._top:
            schema = json_schema(cls)
            for def_naam, sub in schema.get("$defs", {}).items():
                if def_naam not in self._top:
                    self.schemas[def_naam] = _als_component(sub)
            self.schemas[naam] = _als_component(schema)
            self._top.add(naam)
        return {"$ref": f"#/components/schemas/{naam}"}

    def eigen(self, e: Eindpunt) -> dict[str, Any]:
        """A schema of the endpoint's own (a DUO record, a zaak), under its title."""
        schema = dict(e.antwoordschema or {})
        naam = str(schema["title"])
        self.schemas[naam] = schema
        return {"$ref": f"#/components/schemas/{naam}"}

    def veld(self, veld: Veld) -> dict[str, Any]:
        if veld.soort == DATUM:
            schema: dict[str, Any] = dict(_DATUM_SCHEMA)
        elif veld.soort in _SCALAR:
            schema = dict(_SCALAR[veld.soort])
        else:
            schema = self.ref(veld.soort)
        if veld.lijst:
            schema = {"type": "array", "items": schema}
        return {**schema, "description": veld.uitleg} if "$ref" not in schema else schema


def _operatie(e: Eindpunt, c: _Componenten) -> dict[str, Any]:
    body = {
        "type": "object",
        "properties": {v.naam: c.veld(v) for v in e.velden},
        "required": [v.naam for v in e.velden if v.verplicht],
        "additionalProperties": False,
    }
    antwoord = c.ref(e.antwoordsoort) if e.antwoordsoort is not None else c.eigen(e)
    antwoord = {"type": "array", "items": antwoord} if e.lijst else antwoord
    probleem = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Probleem"}}}
    naam = e.pad.strip("/").replace("/", "_")
    return {
        "operationId": naam,
        "summary": e.samenvatting,
        "description": f"Rules: {e.regels}. Stateless: nothing is stored.",
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": body}},
        },
        "responses": {
            "200": {
                "description": "the answer (a refusal is an answer too)",
                "content": {"application/json": {"schema": antwoord}},
            },
            "400": {"description": "the body is not a JSON object", "content": probleem},
            "422": {"description": "a field is missing or wrong", "content": probleem},
        },
    }


def openapi() -> dict[str, Any]:
    """The OpenAPI 3.1 document of the service (``GET /openapi.json``)."""
    c = _Componenten()
    paden: dict[str, Any] = {e.pad: {"post": _operatie(e, c)} for e in EINDPUNTEN}
    paden["/health"] = {
        "get": {
            "operationId": "health",
            "summary": "Whether the service runs, and its version",
            "responses": {
                "200": {
                    "description": "it runs",
                    "content": {"application/json": {"schema": {"type": "object"}}},
                }
            },
        }
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "gedragswerk-core decision service",
            "version": __version__,
            "description": (
                "The Gedragswerk methodiek and the Leerplichtwet as stateless decisions. Every "
                "request carries its own moment or peildatum; errors are RFC 9457 problem details."
            ),
            "license": {"name": "EUPL-1.2", "identifier": "EUPL-1.2"},
        },
        "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
        "paths": paden,
        "components": {"schemas": c.schemas},
    }
