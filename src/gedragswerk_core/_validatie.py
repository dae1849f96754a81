"""Private attrs validators and converters that raise library errors, never bare builtins.

``attrs.validators.instance_of`` raises ``TypeError``; the brief asks for one error tree, so the
public value classes use these instead. Messages name the class and field, never the value
(the value may be personal data).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

import attrs
import pendulum

from gedragswerk_core._tijd import as_date, as_moment
from gedragswerk_core.errors import InvalidValueError

T = TypeVar("T")
Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

SPECS: WeakKeyDictionary[Callable[..., Any], tuple[Any, ...]] = WeakKeyDictionary()
"""What each validator made here checks, for the generated readers of ``_fastpath``.

A reader that has itself made sure of a value's type may check the rest of the spec inline
instead of calling the validator; a validator missing from this table is always called:

- ``("type", types)``: ``type(value)`` is one of ``types`` (or a subclass; ``bool`` is no ``int``);
- ``("optional_type", types)``: ``None``, or as ``"type"``;
- ``("text", max_length)``: a non-blank ``str`` of at most ``max_length`` characters;
- ``("optional_text", max_length)``: ``None``, or as ``"text"``;
- ``("tuple", item_types, min_length)``: a tuple of at least ``min_length`` such items;
- ``("count",)``: an ``int`` (not a ``bool``) of at least 0;
- ``("moment",)``: a ``pendulum.DateTime`` with a time zone.

Keyed by the validator function itself, so an entry lives as long as its validator.
"""


def _spec(check: Validator, *spec: Any) -> Validator:
    SPECS[check] = spec
    return check


def _where(inst: object, attribute: attrs.Attribute[Any]) -> str:
    return f"{type(inst).__name__}.{attribute.name}"


def instance_of(*types: type) -> Validator:
    """Validator: the value is an instance of one of ``types`` (``bool`` is not an ``int``)."""
    names = " or ".join(t.__name__ for t in types)
    exact = frozenset(types)

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) in exact:
            return  # the common case, checked first and cheaply
        bool_as_int = isinstance(value, bool) and bool not in types
        if bool_as_int or not isinstance(value, types):
            raise InvalidValueError(
                f"expected {names}, got {type(value).__name__}", field=_where(inst, attribute)
            )

    return _spec(check, "type", exact)


def aantal(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a count — a whole number of at least 0 (``bool`` is not a number)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidValueError(
            "must be a whole number of at least 0", field=_where(inst, attribute)
        )


_spec(aantal, "count")


def optional_instance_of(*types: type) -> Validator:
    """Validator: ``None`` or an instance of one of ``types``."""
    inner = instance_of(*types)

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            inner(inst, attribute, value)

    return _spec(check, "optional_type", frozenset(types))


def text(*, max_length: int = 10_000) -> Validator:
    """Validator: a non-blank ``str`` of at most ``max_length`` characters."""

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, str) and value and len(value) <= max_length and not value.isspace():
            return  # the common case, checked first and cheaply
        where = _where(inst, attribute)
        if not isinstance(value, str):
            raise InvalidValueError(f"expected text, got {type(value).__name__}", field=where)
        if len(value) > max_length:
            raise InvalidValueError(f"longer than {max_length} characters", field=where)
        raise InvalidValueError("must not be empty or blank", field=where)

    return _spec(check, "text", max_length)


def optional_text(*, max_length: int = 10_000) -> Validator:
    """Validator: ``None`` or `text`."""
    inner = text(max_length=max_length)

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            inner(inst, attribute, value)

    return _spec(check, "optional_text", max_length)


def tuple_of(item_type: type | tuple[type, ...], *, min_length: int = 0) -> Validator:
    """Validator: a tuple whose items are all ``item_type``, with at least ``min_length``."""
    name = (
        " or ".join(t.__name__ for t in item_type)
        if isinstance(item_type, tuple)
        else item_type.__name__
    )

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if (
            isinstance(value, tuple)
            and len(value) >= min_length
            and all(isinstance(item, item_type) for item in value)
        ):
            return  # the common case, checked first and cheaply
        where = _where(inst, attribute)
        if not isinstance(value, tuple):
            raise InvalidValueError(f"expected a tuple, got {type(value).__name__}", field=where)
        if len(value) < min_length:
            raise InvalidValueError(f"needs at least {min_length} item(s)", field=where)
        i, item = next((i, x) for i, x in enumerate(value) if not isinstance(x, item_type))
        raise InvalidValueError(
            f"expected {name}, got {type(item).__name__}", field=f"{where}[{i}]"
        )

    items = frozenset(item_type if isinstance(item_type, tuple) else (item_type,))
    return _spec(check, "tuple", items, min_length)


def labels(*, max_length: int = 200) -> Validator:
    """Validator: distinct, non-blank, trimmed labels in sorted order (use after `tuple_of`)."""
    item = text(max_length=max_length)

    def check(inst: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
        for label in value:
            item(inst, attribute, label)
            if label != label.strip():
                raise InvalidValueError(
                    "a label must not start or end with spaces",
                    field=_where(inst, attribute),
                    hint="strip the labels",
                )
        if list(value) != sorted(set(value)):
            raise InvalidValueError(
                "labels must be distinct and in sorted order",
                field=_where(inst, attribute),
                hint="e.g. tuple(sorted(set(labels)))",
            )

    return check


def to_tuple(value: object) -> object:
    """Converter: lists and other non-string iterables become tuples; anything else is kept."""
    if isinstance(value, tuple | str | bytes | dict):
        return value
    if isinstance(value, Iterable):
        return tuple(value)
    return value


def to_date(value: object) -> object:
    """Converter: dates and aware moments become ``pendulum.Date``; others are left to fail."""
    try:
        return as_date(value, "date")
    except InvalidValueError:
        return value


def to_moment(value: object) -> object:
    """Converter: dates and aware moments become their instant in UTC (`as_moment`).

    Others are left to fail.
    """
    try:
        return as_moment(value, "moment")
    except InvalidValueError:
        return value


def is_date(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a ``pendulum.Date`` (use with the `to_date` converter)."""
    if type(value) is not pendulum.Date:
        as_date(value, _where(inst, attribute))  # raises the explaining error


def is_moment(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: an aware ``pendulum.DateTime`` (use with the `to_moment` converter)."""
    if not isinstance(value, pendulum.DateTime) or value.tzinfo is None:
        as_moment(value, _where(inst, attribute))  # raises the explaining error


def optional_date(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``None`` or a ``pendulum.Date`` (use with the `to_date` converter).

    A naive moment is refused with R-LPW-9, as by `is_date`; ``optional_instance_of`` would take
    it, a ``pendulum.DateTime`` being a ``pendulum.Date`` too.
    """
    if value is not None:
        is_date(inst, attribute, value)


_spec(is_date, "type", frozenset({pendulum.Date}))
_spec(optional_date, "optional_type", frozenset({pendulum.Date}))
_spec(is_moment, "moment")
