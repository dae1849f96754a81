"""Private argument checks that raise library errors, never bare builtins.

One set of checks in two forms. *Function arguments*: `require` (a type), `require_whole` (a
whole number in a range), `require_number`, `require_iterable` and `require_items` (a collection
of one type) return the value checked, so a public function reads ``n = require_whole(n, "n")``.
*attrs fields*: `instance_of`, `optional_instance_of`, `whole`, `aantal`, `text`,
`optional_text`, `texts`, `tuple_of`, `unique`, `labels` and the date and moment validators.

``attrs.validators.instance_of`` raises ``TypeError``; the brief asks for one error tree, so the
public values and functions use these instead. Each error names the field (``Class.field``, or
the argument's name) and, where one applies, the rule (``regel``); never the value, which may be
personal data.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable
from itertools import repeat
from typing import Any, NoReturn, TypeVar, overload

import attrs
import pendulum

from gedragswerk_core._tijd import as_date, as_moment
from gedragswerk_core.errors import InvalidValueError

T = TypeVar("T")
Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _where(inst: object, attribute: attrs.Attribute[Any]) -> str:
    return f"{type(inst).__name__}.{attribute.name}"


# --- function arguments ------------------------------------------------------------------------


def _names(types: tuple[type, ...]) -> str:
    return " or ".join(t.__name__ for t in types)


def _is_a(value: object, types: tuple[type, ...]) -> bool:
    """``isinstance``, but ``True`` and ``False`` are no numbers unless ``bool`` is asked."""
    if isinstance(value, bool) and bool not in types:
        return False
    return isinstance(value, types)


def _wrong_type(
    expected: str, value: object, field: str, *, regel: str | None = None, hint: str | None = None
) -> NoReturn:
    raise InvalidValueError(
        f"expected {expected}, got {type(value).__name__}", field=field, regel=regel, hint=hint
    )


@overload
def require(
    value: object, types: type[T], field: str, *, regel: str | None = ..., hint: str | None = ...
) -> T: ...
@overload
def require(
    value: object,
    types: tuple[type, ...],
    field: str,
    *,
    regel: str | None = ...,
    hint: str | None = ...,
) -> Any: ...
def require(
    value: object,
    types: type | tuple[type, ...],
    field: str,
    *,
    regel: str | None = None,
    hint: str | None = None,
) -> Any:
    """``value`` if it is one of ``types`` (``bool`` is no ``int``); else `InvalidValueError`."""
    soorten = types if isinstance(types, tuple) else (types,)
    if not _is_a(value, soorten):
        _wrong_type(_names(soorten), value, field, regel=regel, hint=hint)
    return value


def require_whole(
    value: object,
    field: str,
    *,
    minimum: int = 0,
    maximum: int | None = None,
    regel: str | None = None,
    hint: str | None = None,
) -> int:
    """``value`` if it is an ``int`` (not a ``bool``) from ``minimum`` to ``maximum``."""
    bereik = f"of at least {minimum}" if maximum is None else f"from {minimum} to {maximum}"
    if not _is_a(value, (int,)):
        _wrong_type(f"a whole number {bereik}", value, field, regel=regel, hint=hint)
    assert isinstance(value, int)  # noqa: S101 — for the type checker; _is_a made sure
    if value < minimum or (maximum is not None and value > maximum):
        raise InvalidValueError(
            f"must be a whole number {bereik}", field=field, regel=regel, hint=hint
        )
    return value


def require_number(
    value: object, field: str, *, minimum: float, maximum: float, hint: str | None = None
) -> float:
    """``value`` if it is an ``int`` or ``float`` from ``minimum`` to ``maximum`` (not NaN)."""
    if not _is_a(value, (int, float)):
        _wrong_type("a number", value, field, hint=hint)
    assert isinstance(value, int | float)  # noqa: S101 — for the type checker
    if math.isnan(value) or not minimum <= value <= maximum:
        raise InvalidValueError(
            f"must be a number from {minimum:g} to {maximum:g}", field=field, hint=hint
        )
    return value


def require_iterable(
    value: object, field: str, *, of: str, hint: str | None = None
) -> Iterable[Any]:
    """``value`` if it is an iterable other than a text (``of`` names what it should hold).

    The items are the caller's to check (`require_items` checks their type).
    """
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        _wrong_type(f"an iterable of {of}", value, field, hint=hint)
    return value


def require_items(
    value: object,
    types: type[T],
    field: str,
    *,
    regel: str | None = None,
    hint: str | None = None,
) -> tuple[T, ...]:
    """``value`` as a tuple, if it is an iterable of ``types``; a bad item is named by index."""
    items = tuple(require_iterable(value, field, of=types.__name__, hint=hint))
    for i, item in enumerate(items):
        if not isinstance(item, types):
            _wrong_type(types.__name__, item, f"{field}[{i}]", regel=regel, hint=hint)
    return items


# --- attrs validators --------------------------------------------------------------------------


def instance_of(*types: type, regel: str | None = None, hint: str | None = None) -> Validator:
    """Validator: the value is an instance of one of ``types`` (``bool`` is not an ``int``)."""
    names = _names(types)
    exact = frozenset(types)

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) in exact:
            return  # the common case, checked first and cheaply
        if not _is_a(value, types):
            _wrong_type(names, value, _where(inst, attribute), regel=regel, hint=hint)

    return check


def whole(
    *,
    minimum: int = 0,
    maximum: int | None = None,
    regel: str | None = None,
    hint: str | None = None,
) -> Validator:
    """Validator: as `require_whole`."""

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        require_whole(
            value,
            _where(inst, attribute),
            minimum=minimum,
            maximum=maximum,
            regel=regel,
            hint=hint,
        )

    return check


def aantal(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a count — a whole number of at least 0 (``bool`` is not a number)."""
    require_whole(value, _where(inst, attribute))


def unique(
    what: str,
    *,
    key: Callable[[Any], Hashable] | None = None,
    hint: str | None = None,
    name_twice: bool = False,
) -> Validator:
    """Validator: no item of the tuple (or no ``key`` of one) is listed twice.

    Use after `tuple_of`. ``name_twice`` lists the repeated keys in the message: only for keys
    that are no personal data, such as activity codes.
    """

    def check(inst: object, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
        keys = value if key is None else tuple(map(key, value))
        if len(set(keys)) == len(keys):
            return
        article = "an" if what[0] in "aeiou" else "a"
        message = f"{article} {what} is listed twice"
        if name_twice:
            twice = sorted({str(k) for k in keys if keys.count(k) > 1})
            message += f": {', '.join(twice)}"
        raise InvalidValueError(
            message, field=_where(inst, attribute), hint=hint or f"list each {what} once"
        )

    return check


def optional_instance_of(
    *types: type, regel: str | None = None, hint: str | None = None
) -> Validator:
    """Validator: ``None`` or an instance of one of ``types``."""
    inner = instance_of(*types, regel=regel, hint=hint)

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            inner(inst, attribute, value)

    return check


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

    return check


def optional_text(*, max_length: int = 10_000) -> Validator:
    """Validator: ``None`` or `text`."""
    inner = text(max_length=max_length)

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            inner(inst, attribute, value)

    return check


def texts(*, max_length: int = 10_000) -> Validator:
    """Validator: a tuple of `text` items; a bad item is named by its index."""

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        where = _where(inst, attribute)
        if not isinstance(value, tuple):
            _wrong_type("a tuple", value, where)
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip() or len(item) > max_length:
                raise InvalidValueError(
                    f"expected a non-blank text of at most {max_length} characters",
                    field=f"{where}[{i}]",
                )

    return check


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
            and all(map(isinstance, value, repeat(item_type)))  # a generator costs 2.5x
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

    return check


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
    if value is None or type(value) is pendulum.Date:
        return value  # nothing to convert (None, for an optional date: no error raised and caught)
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
