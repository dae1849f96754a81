"""JSON Schema (draft 2020-12) for the dict forms of the library's values, made from the classes.

The schema is derived from the attrs fields and their type annotations — the same information the
converter in `serialisatie` uses — so it cannot drift from what `to_dict` writes. It describes the
*shape* (types, required fields, enums, date formats, the ``"type"`` tag of events); rules that
span fields (R-LC-6 and so on) are checked by the library when the dict is read, not by the schema.

Examples:
    >>> from gedragswerk_core import Schooljaar
    >>> schema = json_schema(Schooljaar)
    >>> schema["properties"]["startjaar"], schema["required"]
    ({'type': 'integer'}, ['startjaar'])
"""

from __future__ import annotations

import types
from enum import Enum
from typing import Any, Final, Union, get_args, get_origin

import attrs
import pendulum

from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.interventie.gebeurtenissen import GEBEURTENISSEN, Gebeurtenis
from gedragswerk_core.leerling import LeerlingRef
from gedragswerk_core.serialisatie.converter import MOMENT_PATTERN, SCHEMA_VERSION, _vormen

__all__ = ["json_schema"]

_DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"
_SCALARS: Final[dict[object, dict[str, Any]]] = {
    str: {"type": "string"},
    bool: {"type": "boolean"},
    int: {"type": "integer"},
    float: {"type": "number"},
    pendulum.Date: {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
    pendulum.DateTime: {
        "type": "string",
        "format": "date-time",
        # The offset is required: a moment without a time zone is refused (R-LPW-9).
        "pattern": f"^{MOMENT_PATTERN}$",
        "description": (
            "a moment in RFC 3339 with its UTC offset (any offset is read); written in UTC, "
            "e.g. 2015-09-14T08:00:00Z"
        ),
    },
    LeerlingRef: {
        "type": "string",
        "pattern": "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$",
        "description": "a pseudonymous pupil reference, never a name or BSN",
    },
}


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}

    def of(self, tp: object) -> dict[str, Any]:
        if tp in _SCALARS:
            return dict(_SCALARS[tp])
        if isinstance(tp, type):
            tp = _vormen().get(tp, tp)  # an Interventie is written as its dict form
        if isinstance(tp, type) and issubclass(tp, Enum):
            return {"enum": [member.value for member in tp]}
        origin: object = get_origin(tp)
        args = get_args(tp)
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:  # noqa: PLR2004
            return {"type": "array", "items": self.of(args[0])}
        if origin is frozenset:
            return {"type": "array", "items": self.of(args[0]), "uniqueItems": True}
        if origin is Union or origin is types.UnionType:
            return self._union(args)
        if isinstance(tp, type) and attrs.has(tp):
            return self._ref(tp)
        raise InvalidValueError(
            f"no JSON Schema for the type {tp!r}", field="cls", hint="pass a library value class"
        )

    def _union(self, args: tuple[object, ...]) -> dict[str, Any]:
        options = [a for a in args if a is not type(None)]
        classes = [a for a in options if isinstance(a, type) and attrs.has(a)]
        if len(options) > 1 and len(classes) == len(options):
            # A tagged union (the events): each member carries its class name under "type".
            schema: dict[str, Any] = {"oneOf": [self._ref(a, tagged=True) for a in classes]}
        else:
            schema = (
                self.of(options[0])
                if len(options) == 1
                else {"anyOf": [self.of(a) for a in options]}
            )
        if len(options) < len(args):
            return {"anyOf": [schema, {"type": "null"}]}
        return schema

    def _ref(self, cls: type, *, tagged: bool = False) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # placeholder against recursion
            self.defs[name] = self._object(cls, tagged=tagged)
        return {"$ref": f"#/$defs/{name}"}

    def _object(self, cls: type, *, tagged: bool = False) -> dict[str, Any]:
        attrs.resolve_types(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for a in attrs.fields(cls):
            if not a.init:
                continue
            properties[a.name] = self.of(a.type)
            if a.default is attrs.NOTHING:
                required.append(a.name)
        if tagged:
            properties = {"type": {"const": cls.__name__}, **properties}
            required.insert(0, "type")
        schema: dict[str, Any] = {
            "type": "object",
            "title": cls.__name__,
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }
        doc = (cls.__doc__ or "").strip().splitlines()
        if doc:
            schema["description"] = doc[0]
        return schema


def json_schema(cls: object) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``to_dict(value)`` for a value of class ``cls``.

    The top level also allows the ``schema_version`` that `to_dict` adds. ``Gebeurtenis`` (the
    union of the events) gives a ``oneOf`` of the events, each with its ``"type"`` tag.

    Examples:
        >>> from gedragswerk_core import Periode
        >>> schema = json_schema(Periode)
        >>> schema["required"], schema["properties"]["begin"]["format"]
        (['begin', 'einde'], 'date')

    Raises:
        InvalidValueError: ``cls`` is not one of the library's value classes.
    """
    if cls is Gebeurtenis:
        return _gebeurtenis_schema()
    if isinstance(cls, type):
        cls = _vormen().get(cls, cls)  # an Interventie is written as its dict form
    if not (isinstance(cls, type) and attrs.has(cls)):
        raise InvalidValueError(
            # The type's name, never the value: a text passed by mistake may be a person's name.
            f"expected a library value class, got {type(cls).__name__}",
            field="cls",
            hint="e.g. json_schema(Interventie)",
        )
    builder = _Builder()
    if cls is LeerlingRef:
        top: dict[str, Any] = {
            "type": "object",
            "properties": {"waarde": builder.of(LeerlingRef)},
            "required": ["waarde"],
            "additionalProperties": False,
        }
    else:
        # An event on its own carries its tag (to_dict writes it; from_dict also reads it absent).
        top = builder._object(cls, tagged=cls in GEBEURTENISSEN)  # noqa: SLF001 - its own builder
        if cls in GEBEURTENISSEN:
            top["required"].remove("type")
    top["properties"]["schema_version"] = {"const": SCHEMA_VERSION}
    schema = {"$schema": _DIALECT, "$id": f"urn:gedragswerk-core:{cls.__name__}", **top}
    if builder.defs:
        schema["$defs"] = builder.defs
    return schema


def _gebeurtenis_schema() -> dict[str, Any]:
    """The schema of one event on its own: one of the events, told apart by its ``"type"``."""
    builder = _Builder()
    keuzes = []
    for soort in GEBEURTENISSEN:
        keuze = builder._object(soort, tagged=True)  # noqa: SLF001 - this module's own builder
        keuze["properties"]["schema_version"] = {"const": SCHEMA_VERSION}
        keuzes.append(keuze)
    schema: dict[str, Any] = {
        "$schema": _DIALECT,
        "$id": "urn:gedragswerk-core:Gebeurtenis",
        "title": "Gebeurtenis",
        "description": "One event of an intervention, told apart by its type tag.",
        "oneOf": keuzes,
        "$defs": builder.defs,  # the parties, the hulpvraag and the rest the events hold
    }
    return schema
