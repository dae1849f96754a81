"""The types of the dict forms: JSON values, as `json.loads` returns and `json.dumps` takes them.

`to_dict` returns a `JsonObject`; a type checker then knows a dict form holds only texts,
numbers, booleans, ``None``, lists and objects, and asks the caller to check the kind of a value
before using it (``isinstance(d["gebeurtenissen"], list)``), as it would for parsed JSON.
"""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["JsonObject", "JsonValue"]

JsonValue: TypeAlias = "str | int | float | bool | list[JsonValue] | dict[str, JsonValue] | None"
"""One JSON value: a text, a number, a boolean, null, an array or an object."""
JsonObject: TypeAlias = "dict[str, JsonValue]"
"""A JSON object: the dict form of a value (`to_dict`), with its ``schema_version``."""
