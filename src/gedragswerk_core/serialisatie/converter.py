"""JSON-ready dicts and back, through one configured ``cattrs`` converter.

``to_dict(value)`` gives plain dicts, lists, strings, numbers and booleans, ready for
``json.dumps``; ``from_dict(Type, data)`` reads them back through the classes' constructors, so
with the same converters and validators as any other value. Dates are ISO strings
(``"2016-07-31"``), moments RFC 3339 in UTC (``"2016-07-31T21:30:00Z"``), enums their value,
pupil references plain strings, and events carry a ``"type"`` tag with their class name.

A moment is kept as its instant in UTC (see `_tijd`), and written so. Any RFC 3339 offset is
read (``"2015-10-25T02:30:00+01:00"``, the second 02:30 in Amsterdam that night) and the moment
kept as the instant it names: a round trip gives an equal value, with an equal hash.

An `Interventie` is written as ``{"gebeurtenissen": [...]}`` and read back through its
constructor, which replays its events with every lifecycle check.

The converter is cattrs' own: it generates a reader and a writer per attrs class
(``cattrs.gen.make_dict_structure_fn`` / ``make_dict_unstructure_fn``); the hooks registered
here say how the library's scalars (texts, numbers, dates, moments, enums, pupil references)
look in a dict. Data that does not read is read again by a converter with the same hooks that
validates in detail, so that a failure names every problem's field path.

The top-level dict has a ``"schema_version"``; reading accepts a missing version (taken as the
current one) and refuses any other. Anything that cannot be read raises
`StructureError` with one line per problem and its field path —
never a bare ``KeyError``/``TypeError``. Messages name fields and types, never the values.

Examples:
    >>> from gedragswerk_core import Schooljaar
    >>> to_dict(Schooljaar(2015))
    {'startjaar': 2015, 'schema_version': 1}
    >>> from_dict(Schooljaar, {"startjaar": 2015})
    Schooljaar(startjaar=2015)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from enum import Enum, IntEnum
from functools import cache
from operator import attrgetter
from types import MappingProxyType, UnionType
from typing import Any, Final, TypeVar, cast, overload

import attrs
import cattrs
import pendulum
from cattrs.strategies import configure_tagged_union

from gedragswerk_core._tijd import UTC, as_moment
from gedragswerk_core.errors import (
    ErrorDetail,
    GedragswerkError,
    RefusedError,
    StructureError,
    as_location,
)
from gedragswerk_core.interventie.gebeurtenissen import (
    GEBEURTENISSEN,
    Feitgebeurtenis,
    Gebeurtenis,
)
from gedragswerk_core.interventie.interventie import Interventie
from gedragswerk_core.interventie.vastlegging import Vastleggingen
from gedragswerk_core.leerling import Leerling, LeerlingRef
from gedragswerk_core.serialisatie._vastlegging import lezer, schrijver
from gedragswerk_core.serialisatie.grenzen import (
    MAX_GETAL,
    MAX_TEKST,
    controleer_grenzen,
    tekst_past,
    veldnamen,
)
from gedragswerk_core.serialisatie.hooks import (
    SNELLE_FOUTEN,
    registreer_containers,
    registreer_snel_lezen,
    registreer_unions,
    snel_leesbaar,
)
from gedragswerk_core.serialisatie.typen import JsonObject
from gedragswerk_core.tafels.gebeurtenissen import Tafelgebeurtenis

__all__ = ["SCHEMA_VERSION", "from_dict", "to_dict"]

SCHEMA_VERSION: Final = 1
"""The version of the dict forms written by `to_dict`."""

_VERSION_KEY: Final = "schema_version"
T = TypeVar("T")


def _structure_str(value: Any, _: Any) -> str:
    tekst: str = value
    if type(tekst) is not str:
        if not isinstance(tekst, str):
            raise TypeError("expected text")
        # A text of a str subclass (numpy.str_, say) is read as the plain text it holds.
        tekst = str.__str__(tekst)
    # Past the input limits (a long text, a lone surrogate): only in the quick read (hooks).
    if not (len(tekst) <= MAX_TEKST and tekst.isascii()) and not tekst_past(tekst):
        raise ValueError("expected text within the input limits")
    return tekst


def _structure_bool(value: Any, _: Any) -> bool:
    if type(value) is not bool:
        raise TypeError("expected true or false")
    return value


def _structure_int(value: Any, _: Any) -> int:
    if type(value) is not int:
        raise TypeError("expected an integer")
    if not -MAX_GETAL <= value <= MAX_GETAL:  # past the input limit: only in the quick read
        raise ValueError("expected an integer within the input limits")
    return value


def _structure_label_or_bool(value: Any, _: Any) -> str | bool:
    # A fact's value (`Gegeven.waarde`): a label or a yes/no, each as it is.
    if type(value) is bool:
        return value
    if not isinstance(value, str):
        raise TypeError("expected text or true/false")
    return _structure_str(value, str)


def _structure_ref(value: Any, _: Any) -> LeerlingRef:
    # Through the constructor, whose validator explains what is wrong (never echoing the value);
    # a text of a str subclass as the plain text it holds.
    return LeerlingRef(_structure_str(value, str) if isinstance(value, str) else value)


def _structure_date(value: Any, _: Any) -> pendulum.Date:
    # YYYY-MM-DD only: fromisoformat would also take a week date (2015-W23-1) and other forms.
    if not isinstance(value, str) or _DATE.fullmatch(value) is None:
        raise ValueError("expected a date as YYYY-MM-DD")
    return pendulum.Date.fromisoformat(value)


_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
MOMENT_PATTERN: Final = (
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?"
    r"(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])"
)
"""A moment as read: an RFC 3339 date-time, with upper-case ``T`` and ``Z`` and at most six
digits of a second (what a moment holds). Also the pattern of `json_schema`."""
_MOMENT: Final = re.compile(MOMENT_PATTERN, re.ASCII)
_NOT_A_MOMENT: Final = "expected a moment with a UTC offset, e.g. +02:00 or Z"
"""(RFC 3339: ``2015-09-14T10:00:00+02:00``; the offset is what a wrong text usually lacks.)"""


def _structure_moment(value: Any, _: Any) -> pendulum.DateTime:
    if not isinstance(value, str) or _MOMENT.fullmatch(value) is None:
        raise ValueError(_NOT_A_MOMENT)
    try:
        given = dt.datetime.fromisoformat(value)
    except ValueError:  # a day or time that does not exist (2015-02-30, 24:00:00)
        raise ValueError(_NOT_A_MOMENT) from None
    return as_moment(given, "moment")


def _unstructure_moment(moment: dt.datetime) -> str:
    # Every value holds its moments in UTC already (as_moment): its UTC wall time, with Z.
    utc = moment if moment.tzinfo is UTC else as_moment(moment, "moment")
    return f"{dt.datetime.isoformat(dt.datetime.combine(utc, dt.datetime.time(utc)))}Z"


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, Enum)


@cache
def _enum_structure(tp: type[Enum]) -> Callable[[Any, Any], Any]:
    # value -> (member, type of the value), to refuse a value that is only equal to it.
    members = {member.value: (member, type(member.value)) for member in tp}
    expected = f"expected one of {sorted(map(str, members))}"

    def hook(value: Any, _: Any) -> Any:
        try:
            member, kind = members[value]
        except (KeyError, TypeError):
            raise ValueError(expected) from None
        if type(value) is not kind and not (kind is str and isinstance(value, str)):
            raise ValueError(expected)  # True is not 1, nor 1.0; a str subclass is a text
        return member

    return hook


def _enum_hook(tp: type[Enum], _: cattrs.BaseConverter) -> Callable[[Any, Any], Any]:
    return _enum_structure(tp)


def _structure_int_enum(value: Any, tp: type[IntEnum]) -> Any:
    return _enum_structure(tp)(value, tp)


@cache
def _vormen() -> Mapping[type, type]:
    """The dict forms of the values that are not attrs classes, as attrs classes.

    An `Interventie` is written as ``{"gebeurtenissen": [...]}``, described by an attrs class
    with that one field, which the converter and `json_schema` both read.
    """
    vorm = attrs.make_class(
        "Interventie",
        {
            "gebeurtenissen": attrs.field(type=tuple[Gebeurtenis, ...]),
            "vastgelegd": attrs.field(type=Vastleggingen | None, default=None),  # type: ignore[arg-type]
        },
        frozen=True,
    )
    vorm.__doc__ = Interventie.__doc__
    return MappingProxyType({Interventie: vorm})


@cache
def _converter(*, detailed: bool = False, snel: bool = False) -> cattrs.Converter:
    """The converter, built on first use; cattrs generates each class's hooks on first use.

    Built three times from the same hooks: the quick reader (``snel``: cattrs' plain generated
    code whose hooks also check the input limits, see `hooks`), used first; the plain reader,
    used on data the limit walk has checked; and one validating in detail (cattrs collects every
    problem with its field path), used to explain a failure. All build every value through its
    constructor.
    """
    c = cattrs.Converter(detailed_validation=detailed, forbid_extra_keys=True)
    c.register_structure_hook(str, _structure_str)
    c.register_structure_hook(bool, _structure_bool)
    c.register_structure_hook(int, _structure_int)
    c.register_structure_hook(str | bool, _structure_label_or_bool)
    c.register_structure_hook(pendulum.Date, _structure_date)
    c.register_unstructure_hook(pendulum.Date, dt.date.isoformat)
    c.register_structure_hook(pendulum.DateTime, _structure_moment)
    c.register_unstructure_hook(pendulum.DateTime, _unstructure_moment)
    c.register_structure_hook_factory(_is_enum, _enum_hook)
    # ``member.value`` is a property; the plain attribute behind it is read in C.
    c.register_unstructure_hook_func(_is_enum, attrgetter("_value_"))
    # An IntEnum is an int too, and hooks registered by class (int above) come before those
    # found by a test like _is_enum: this hook, also by class, is the closer match.
    c.register_structure_hook(IntEnum, _structure_int_enum)
    c.register_structure_hook(LeerlingRef, _structure_ref)
    c.register_unstructure_hook(LeerlingRef, lambda ref: ref.waarde)
    # A pupil's name and BSN stay out of the dict form unless asked for (to_dict's keyword).
    c.register_unstructure_hook(Leerling, lambda kind: {"ref": kind.ref.waarde})
    registreer_containers(c)
    # The events a correction can replace first (a correction holds one), then all, the tables.
    unions = (Feitgebeurtenis, Gebeurtenis, Tafelgebeurtenis)
    for union in unions:
        configure_tagged_union(union, c, tag_name="type", tag_generator=lambda cl: cl.__name__)
    registreer_unions(c, unions)
    if snel:
        registreer_snel_lezen(c, unions)
    vorm = _vormen()[Interventie]  # with "vastgelegd" only when an event was recorded late
    c.register_structure_hook(Interventie, lezer(c, vorm))
    c.register_unstructure_hook(Interventie, schrijver(c, vorm))
    return c


def to_dict(value: object, *, persoonsgegevens: bool = False) -> JsonObject:
    """A JSON-ready dict of any public value of the library, with its ``schema_version``.

    A `Leerling` is written as its pseudonymous reference only: its name and BSN are personal
    data and go into the dict form only when the caller asks for them with
    ``persoonsgegevens=True`` (to store them in its own, protected, pupil administration).

    Examples:
        >>> from gedragswerk_core import Leerling, Periode
        >>> to_dict(Periode(pendulum.date(2015, 10, 17), pendulum.date(2015, 10, 25)))
        {'begin': '2015-10-17', 'einde': '2015-10-25', 'schema_version': 1}
        >>> kind = Leerling("L-017", naam="Sanne de Vries", bsn="111222333")
        >>> to_dict(kind)
        {'ref': 'L-017', 'schema_version': 1}
        >>> sorted(to_dict(kind, persoonsgegevens=True))
        ['bsn', 'naam', 'ref', 'schema_version']

    Raises:
        StructureError: ``value`` is not a library value that forms a dict.
    """
    c = _converter()
    persoon = persoonsgegevens is True and type(value) is Leerling
    data = c.unstructure_attrs_asdict(value) if persoon else c.unstructure(value)
    if not isinstance(data, dict):
        fields = getattr(type(value), "__attrs_attrs__", None)
        if fields is None or len(fields) != 1:
            raise StructureError(type(value).__name__, ["not a library value with fields @ $"])
        # A one-field value written as a scalar when nested (LeerlingRef) is a dict on top.
        data = {fields[0].name: data}
    if type(value) in _EVENT_TYPES:  # an event on its own carries its tag, as in a history
        data = {_TAG: type(value).__name__, **data}
    data[_VERSION_KEY] = SCHEMA_VERSION
    return data


_TAG: Final = "type"
_EVENT_TYPES: Final = frozenset(GEBEURTENISSEN)
_EVENT_NAMES: Final = frozenset(t.__name__ for t in GEBEURTENISSEN)


_MARK: Final = "\x1f"  # separates the parts of a library error's line until it is parsed


def _library_line(exc: GedragswerkError) -> str:
    """A library error's parts, to be parsed by `_detail` once its path is known."""
    # Its own field path continues the path where it was raised ("Partij.naam" under
    # "$.ontvanger" is "$.ontvanger.naam"); a plain name is that field itself.
    rest = as_location(exc.field)[1:] if exc.field and exc.field[0].isupper() else ""
    soort = "refused" if isinstance(exc, RefusedError) else "invalid"
    return _MARK.join((exc.message, rest, exc.regel or "", soort))


def _format(exc: BaseException, tp: type | None) -> str:
    if isinstance(exc, GedragswerkError):
        return _library_line(exc)
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        # The unknown keys are not repeated: a key may be a pupil's name or BSN, and need not
        # even be text. The fields the class does have are named instead.
        known = ", ".join(a.name for a in attrs.fields(exc.cl)) if attrs.has(exc.cl) else "none"
        return f"{len(exc.extra_fields)} unknown field(s); the fields are: {known}"
    if (
        isinstance(exc, TypeError | ValueError)
        and exc.args
        and str(exc.args[0]).startswith("expected")
    ):
        return str(exc.args[0])
    # Anything else (a message of Python's own might quote the value): only the type expected.
    expected = getattr(tp, "__name__", None) or str(tp)
    return f"invalid value, expected {expected}" if tp is not None else "invalid value"


def _errors(exc: BaseException) -> list[str]:
    if isinstance(exc, cattrs.BaseValidationError):
        return cattrs.transform_error(exc, path="$", format_exception=_format)
    return [f"{_format(exc, None)} @ $"]


def _detail(line: str) -> tuple[str, ErrorDetail]:
    """A line of `_errors` as the error's line (``message [regel] @ path``) and its detail."""
    message, _, path = line.rpartition(" @ ")
    if _MARK not in message:
        soort = "missing" if message == "required field missing" else "invalid"
        soort = "unknown_field" if "unknown field" in message else soort
        return line, ErrorDetail(path, message, soort)
    message, rest, regel, soort = message.split(_MARK)
    location = path + rest
    met_regel = f"{message} [{regel}]" if regel else message
    return f"{met_regel} @ {location}", ErrorDetail(location, message, soort, regel or None)


def _structure_error(cls: object, exc: BaseException) -> StructureError:
    lines, details = zip(*map(_detail, _errors(exc)), strict=True)
    return StructureError(_name(cls), lines, details=details)


_READ_ERRORS: Final = (
    cattrs.BaseValidationError,
    cattrs.StructureHandlerNotFoundError,
    cattrs.ForbiddenExtraKeysError,
    GedragswerkError,
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    IndexError,
    OverflowError,
)


@overload
def from_dict(cls: type[T], data: object) -> T: ...


@overload
def from_dict(cls: UnionType, data: object) -> Gebeurtenis: ...


def from_dict(cls: type[T] | UnionType, data: object) -> T | Gebeurtenis:
    """Read a value of type ``cls`` from a dict made by `to_dict` (or parsed JSON).

    Examples:
        >>> from gedragswerk_core import Geescaleerd
        >>> data = {"moment": "2015-10-25T02:30:00+01:00", "naar": "actietafel"}
        >>> from_dict(Geescaleerd, data).moment
        DateTime(2015, 10, 25, 1, 30, 0, tzinfo=Timezone('UTC'))
        >>> try:
        ...     from_dict(Geescaleerd, {"moment": "2015-10-25T02:30:00", "naar": "actietafel"})
        ... except StructureError as fout:
        ...     print(fout.errors)
        ('expected a moment with a UTC offset, e.g. +02:00 or Z @ $.moment',)

    Raises:
        StructureError: the data does not describe a valid ``cls``; ``error.errors`` lists every
            problem found, each with its field path.
    """
    if not _readable(cls):
        raise StructureError(_name(cls), ["not a library value type with fields @ $"])
    if type(data) is dict and snel_leesbaar(cls, _vormen()):
        # The quick read, whose hooks check the input limits; anything it refuses is read
        # again below: walked against the limits, then read, then explained (see hooks).
        try:
            return _converter(snel=True).structure(_target(cls, dict(data)), cls)  # type: ignore[arg-type]
        except (*_READ_ERRORS, *SNELLE_FOUTEN):
            pass
    if not isinstance(data, dict):
        raise StructureError(
            _name(cls), [f"expected an object (dict), got {type(data).__name__} @ $"]
        )
    # Checked against the input limits before it is read, and read from a plain copy: the
    # caller's data (a defaultdict, say) is never written to (issue 18).
    body = cast("dict[str, Any]", controleer_grenzen(data, _name(cls), _sleutels(cls)))
    target = _target(cls, body)
    try:
        result: T | Gebeurtenis = _converter().structure(target, cls)  # type: ignore[arg-type]
    except _READ_ERRORS:
        pass  # read again, in detail, for every problem with its field path
    else:
        return result
    try:
        result = _converter(detailed=True).structure(target, cls)  # type: ignore[arg-type]
    except _READ_ERRORS as exc:
        raise _structure_error(cls, exc) from None
    return result  # pragma: no cover - the same hooks refuse the same data


def _target(cls: object, body: dict[str, Any]) -> object:
    """What to structure from ``body`` (changed): without its version and its own event tag."""
    version = body.pop(_VERSION_KEY, SCHEMA_VERSION)
    if version != SCHEMA_VERSION or type(version) is not int:
        raise StructureError(
            _name(cls), [f"unsupported schema_version, this library reads {SCHEMA_VERSION} @ $"]
        )
    _check_tag(cls, body)
    if cls is not LeerlingRef:
        return body
    target = body.pop("waarde", None)  # the one value written as a plain string when nested
    if body or target is None:
        raise StructureError(_name(cls), ["expected exactly the field 'waarde' @ $"])
    return target


def _readable(cls: object) -> bool:
    return cls is Gebeurtenis or (isinstance(cls, type) and (attrs.has(cls) or cls in _vormen()))


def _check_tag(cls: object, body: dict[str, Any]) -> None:
    """The type tag of an event: required to read `Gebeurtenis`; an event class drops its own."""
    tag = body.get(_TAG)
    if cls is Gebeurtenis and not (isinstance(tag, str) and tag in _EVENT_NAMES):
        raise StructureError(_name(cls), [f"expected one of {sorted(_EVENT_NAMES)} @ $.{_TAG}"])
    if cls in _EVENT_TYPES and body.pop(_TAG, _name(cls)) != _name(cls):
        raise StructureError(_name(cls), [f"expected {_name(cls)!r} @ $.{_TAG}"])


_SLEUTELS: Final[dict[object, frozenset[str]]] = {}
"""Per type read: the keys its dict form may hold (`veldnamen`), named in a path of an error."""


def _sleutels(cls: object) -> frozenset[str]:
    known = _SLEUTELS.get(cls)
    return known if known is not None else _SLEUTELS.setdefault(cls, veldnamen(cls, _vormen()))


def _name(cls: object) -> str:
    # The class's name, never the text of whatever else was passed (it might be personal data).
    name = "Gebeurtenis" if cls is Gebeurtenis else getattr(cls, "__name__", None)
    return name if isinstance(name, str) else f"a {type(cls).__name__}"
