"""JSON-ready dicts and back, through one configured ``cattrs`` converter.

``to_dict(value)`` gives plain dicts, lists, strings, numbers and booleans, ready for
``json.dumps``; ``from_dict(Type, data)`` reads them back and checks every value with the same
validators as the constructors. Dates are ISO strings (``"2016-07-31"``), moments ISO 8601 with
their UTC offset (``"2016-07-31T23:30:00+00:00"``), enums their value, pupil references plain
strings, and events carry a ``"type"`` tag with their class name.

A moment in a named time zone other than Europe/Amsterdam (and UTC) is followed by the zone's
name, as RFC 9557 writes it: ``"2015-10-25T01:30:00+00:00[Europe/London]"``; it is read back
in that zone. Any other moment is read back in Europe/Amsterdam when its offset is Amsterdam's at
that instant, and otherwise with its fixed offset. In the hour repeated when summer time ends,
Python never calls a moment in a zone with summer time equal to the same instant with a fixed
offset (PEP 495); so there a moment with a fixed offset (or in UTC) that Amsterdam has too is
followed by that offset as its zone, ``"2015-10-25T02:30:00+01:00[+01:00]"``, and read back
with it. An offset with a fraction of a second is written and read as ``datetime.isoformat``
writes it (``+01:00:00.500000``). So a moment made in Amsterdam, in another named zone or with
a fixed offset reads back equal, also in that hour. (Not a wall time that the clocks skip when
summer time starts, which ``pendulum.datetime`` never makes: it reads back as the instant its
offset says. Nor, in its own repeated hour, a moment in a ``zoneinfo`` zone made outside the
zone cache, with ``no_cache`` or from a file: it reads back in pendulum's zone of that name.)

An `Interventie` (a tuple of its events) is written as ``{"gebeurtenissen": [...]}`` and read
back by replaying its events with every lifecycle check. Equal party dicts with all their
fields (as `to_dict` writes them) are read once: they give the very same `Partij` value (parties
recur across the events of a case and the cases of a region; see `_fast`).

The converter defines the dict forms and the errors. The work is done by readers and writers
generated from it once per class (``_fastpath``): each reads a whole class with the converter's
type checks inline and then runs the rest of the class's checks, without checking a type twice.
They accept exactly what the converter accepts and give equal values
(``tests/test_fastpath.py``). Whatever they do not take (a field left out for its default, say)
goes to the converter, and data that fails is read again with the converter's detailed
validation, only to say where every problem is.

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
import operator
import re
import zoneinfo
from collections.abc import Callable, Mapping
from enum import Enum, IntEnum
from functools import cache, lru_cache
from operator import attrgetter
from types import MappingProxyType
from typing import Any, Final, TypeVar, get_args, get_origin

import attrs
import cattrs
import pendulum

from gedragswerk_core._tijd import AMSTERDAM, fixed_zone
from gedragswerk_core.errors import GedragswerkError, StructureError
from gedragswerk_core.leerling import LeerlingRef, lees_ref
from gedragswerk_core.serialisatie._fastpath import FastPath, homogeneous_item, is_enum

__all__ = ["SCHEMA_VERSION", "from_dict", "to_dict"]

SCHEMA_VERSION: Final = 1
"""The version of the dict forms written by `to_dict`."""

_VERSION_KEY: Final = "schema_version"
T = TypeVar("T")


def _strict(kind: type, name: str) -> Callable[[Any, Any], Any]:
    def hook(value: Any, _: Any) -> Any:
        if type(value) is not kind:
            raise TypeError(f"expected {name}")
        return value

    return hook


def _structure_int(value: Any, _: Any) -> int:
    if type(value) is not int:
        raise TypeError("expected an integer")
    return value


def _structure_date(value: Any, _: Any) -> pendulum.Date:
    # YYYY-MM-DD only: fromisoformat would also take a week date (2015-W23-1) and other forms.
    if type(value) is not str or len(value) != 10 or value[4] != "-" or value[7] != "-":  # noqa: PLR2004
        raise ValueError("expected a date as YYYY-MM-DD")
    # datetime.date's own parser, in C, making a pendulum.Date directly.
    return pendulum.Date.fromisoformat(value)


# Moments are read and written by the C methods of plain datetimes: the zone's C methods read a
# pendulum value's fields through Python calls, a plain datetime's directly. The functions below
# run for every moment; they are bound here, once (module globals are looked up faster than
# keyword defaults are filled in).
_parse_moment: Final = dt.datetime.fromisoformat
_combine: Final = dt.datetime.combine
_timetz: Final = dt.datetime.timetz
_time: Final = dt.datetime.time
_date_text: Final = dt.date.isoformat
_time_text: Final = dt.time.isoformat
_text: Final = dt.datetime.isoformat
_DateTime: Final = pendulum.DateTime
_state: Final = dt.datetime.__reduce_ex__
"""A datetime's pickled state, ``(type, (bytes, zone))``; with protocol 4 the bytes hold the fold.

Unpickled as a ``pendulum.DateTime`` (``DateTime(bytes, zone)``, datetime's own C constructor)
it gives the pendulum value with the fields, zone and fold of a plain one, twice as fast as
calling the constructor with the fields (or ``datetime.combine`` for the class)."""


def _structure_moment(value: Any, _: Any) -> pendulum.DateTime:
    if type(value) is not str:
        raise TypeError("expected a moment as an ISO 8601 string")
    try:
        given = _parse_moment(value)
    except ValueError:
        return _structure_zoned_moment(value)
    offset = given.utcoffset()
    if offset is None:
        raise ValueError(_NO_OFFSET)
    if offset.microseconds or not offset:
        given = _exact_offset(value, given)
        offset = given.utcoffset()
    # A moment whose offset is Amsterdam's at that instant (every moment the library makes) is
    # read back in Europe/Amsterdam, with the fold that offset implies: in the hour repeated when
    # summer time ends, a moment in a fixed-offset zone never equals the same moment in a zone
    # whose offset depends on the fold (PEP 495), so only this reading round-trips it (R-LPW-9).
    local = given.astimezone(AMSTERDAM)
    if AMSTERDAM.utcoffset(local) != offset:
        # The offset is all the string carries: a fixed-offset zone (as pendulum.instance would
        # give, but keeping a fraction of a second), built directly, about ten times faster
        # than instance().
        local = given.replace(tzinfo=fixed_zone(offset))
    return _DateTime(*_state(local, 4)[1])


_NO_OFFSET: Final = "expected a moment with a UTC offset, e.g. +02:00 or Z"
_OFFSET_TEXT: Final = re.compile(
    r"([+-])([01][0-9]|2[0-3]):([0-5][0-9])(?::([0-5][0-9])(?:\.([0-9]{6}))?)?", re.ASCII
)
"""A UTC offset as ``datetime.isoformat`` writes one: ``+01:00``, ``+00:19:32``, and with a
fraction of a second ``+00:00:00.500000``."""
_BAD_OFFSET: Final = "expected a UTC offset as +HH:MM, +HH:MM:SS or +HH:MM:SS.ffffff"


def _offset_in(text: str) -> dt.timedelta | None:
    """The offset ``text`` writes (`_OFFSET_TEXT`), or ``None``."""
    match = _OFFSET_TEXT.fullmatch(text)
    if match is None:
        return None
    sign, hours, minutes, seconds, micro = match.groups()
    offset = dt.timedelta(
        hours=int(hours),
        minutes=int(minutes),
        seconds=int(seconds or 0),
        microseconds=int(micro or 0),
    )
    return -offset if sign == "-" else offset


def _exact_offset(value: str, given: dt.datetime) -> dt.datetime:
    """``given`` (parsed from ``value``) with the offset ``value`` gives, fraction and all.

    Python 3.11's ``fromisoformat`` reads an offset under a second (``+00:00:00.000001``) as
    ``+00:00`` (CPython gh-152079). An offset with a fraction of a second is read here from the
    text instead, in the one form ``datetime.isoformat`` writes it (six digits).
    """
    sign = max(value.rfind("+"), value.rfind("-"))  # the offset's, if after the date's dashes
    tail = value[sign:]
    if sign <= _DATE_LENGTH or ("." not in tail and "," not in tail):
        return given  # no fraction in the offset (or Z): fromisoformat read it right
    offset = _offset_in(tail)
    if offset is None:
        raise ValueError(_BAD_OFFSET)
    return given.replace(tzinfo=dt.timezone(offset))


_DATE_LENGTH: Final = 10


_ZONE_NAME: Final = re.compile(r"[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*")
"""An IANA time zone name as RFC 9557 allows it in brackets (``Europe/London``)."""
_ZONE_NAME_MAX: Final = 64
_HOST_ZONES: Final = frozenset({"localtime", "posixrules", "Factory"})
"""Files in a time zone database that are no zone of their own: what they say depends on the
host (its local zone, its defaults); so do the ``posix/`` and ``right/`` copies of the zones."""


def _is_zone_name(name: str) -> bool:
    """Whether ``name`` is a time zone name that reads the same on every host."""
    return (
        len(name) <= _ZONE_NAME_MAX
        and _ZONE_NAME.fullmatch(name) is not None
        and name not in _HOST_ZONES
        and not name.startswith(("posix/", "right/"))
    )


def _structure_zoned_moment(value: str) -> pendulum.DateTime:
    """A moment with its zone's name after the offset (RFC 9557), as `to_dict` writes one.

    The offset fixes the instant; the name gives the zone to show it in, with the fold that
    instant has there. (Should the zone's rules have changed since it was written, the instant
    is kept.)
    """
    text, bracket, rest = value.partition("[")
    name = rest[:-1]
    if not bracket or rest[-1:] != "]":
        raise ValueError(_NOT_ISO)
    if name[:1] in ("+", "-"):
        zone = _offset_zone(name)
    elif _is_zone_name(name):
        zone = _named_zone(name)
    else:
        raise ValueError("expected a time zone name in brackets, e.g. [Europe/London]")
    try:
        given = _parse_moment(text)
    except ValueError:
        raise ValueError(_NOT_ISO) from None
    offset = given.utcoffset()
    if offset is None:
        raise ValueError(_NO_OFFSET)
    if offset.microseconds or not offset:
        given = _exact_offset(text, given)
    return _DateTime(*_state(given.astimezone(zone), 4)[1])


def _offset_zone(text: str) -> dt.tzinfo:
    """The fixed-offset zone ``text`` names (RFC 9557's ``[+01:00]``, or `_OFFSET_TEXT`)."""
    offset = _offset_in(text)
    if offset is None:
        raise ValueError("expected a UTC offset in brackets, e.g. [+01:00]")
    return fixed_zone(offset)


_NOT_ISO: Final = "expected a moment as ISO 8601 with a UTC offset, e.g. 2015-09-14T10:00:00+02:00"


@lru_cache(maxsize=64)
def _named_zone(name: str) -> dt.tzinfo:
    # The zone's rules come from the time zone database (zoneinfo), as Europe/Amsterdam's do.
    try:
        zone: dt.tzinfo = pendulum.timezone(name)
    except (ValueError, LookupError, OSError):
        raise ValueError("expected a known time zone name, e.g. [Europe/London]") from None
    return zone


def _unstructure_moment(moment: pendulum.DateTime) -> str:
    # ``moment.isoformat()``, made by the C methods of plain datetimes. In Europe/Amsterdam (the
    # zone of every moment the library makes): the wall time as a naive plain datetime, with the
    # moment's fields and fold, whose ISO text is one C call, and Amsterdam's offset for that
    # wall time and fold (a zone's utcoffset reads only the fields and the fold).
    zone = moment.tzinfo
    if zone is AMSTERDAM:
        local = _combine(moment, _time(moment))
        known = _OFFSETS.get(AMSTERDAM.utcoffset(local))  # type: ignore[arg-type]
        if known is not None:
            return _text(local) + known
    # Otherwise in three parts: the offset taken from a plain datetime with the same fields,
    # zone and fold. A zone with a name other than Europe/Amsterdam (and UTC) is named after
    # it, as RFC 9557 does: only then does a moment in its repeated autumn hour read back equal
    # (PEP 495).
    plain = _combine(moment, _timetz(moment))
    offset = zone.utcoffset(plain)  # type: ignore[union-attr]
    text = _OFFSETS.get(offset)  # type: ignore[arg-type]
    if text is None:
        text = _offset_text(offset)
    if zone is AMSTERDAM:
        return f"{_date_text(moment)}T{_time_text(_time(moment))}{text}"
    suffix = _zone_suffix(zone, plain, offset)
    return f"{_date_text(moment)}T{_time_text(_time(moment))}{text}{suffix}"


_FIXED_ZONES: Final = (pendulum.FixedTimezone, dt.timezone)


def _zone_suffix(zone: object, plain: dt.datetime, offset: dt.timedelta | None) -> str:
    if type(zone) in _FIXED_ZONES and offset is not None:
        return _fixed_suffix(plain, offset)
    name = zone.key if isinstance(zone, zoneinfo.ZoneInfo) else None
    if name == "UTC" and offset is not None:
        return _fixed_suffix(plain, offset)  # read back with its offset: equal
    if name is None or name == "Europe/Amsterdam":
        return ""  # read back as Amsterdam's, or with its offset
    if not _is_zone_name(name):
        return ""  # not a name the reader takes: the instant, with its offset
    return f"[{name}]"


def _fixed_suffix(plain: dt.datetime, offset: dt.timedelta) -> str:
    """``[+01:00]`` after a moment with a fixed offset (or in UTC) in Amsterdam's repeated hour.

    The reader reads a moment with Amsterdam's offset at that instant back in Amsterdam, and in
    the hour repeated when summer time ends no moment in Amsterdam equals one with a fixed
    offset (PEP 495). There the offset is written as the zone too, as RFC 9557 allows, and read
    back as that fixed offset. Anywhere else the moment reads back equal without it.
    """
    try:
        local = plain.astimezone(AMSTERDAM)
    except OverflowError:  # at the ends of the calendar (year 1, 9999): no such hour there
        return ""
    if AMSTERDAM.utcoffset(local) != offset:
        return ""  # read back with its fixed offset anyway
    other = local.replace(fold=1 - local.fold)
    if AMSTERDAM.utcoffset(other) == offset:
        return ""  # not in the repeated hour: read back in Amsterdam, and equal
    return f"[{_offset_text(offset)}]"


_OFFSETS: Final[dict[dt.timedelta, str]] = {
    dt.timedelta(hours=hours): f"+{hours:02}:00" for hours in (0, 1, 2)
}
"""The offsets of Europe/Amsterdam and UTC, written (others: `_offset_text`)."""


@lru_cache(maxsize=128)
def _offset_text(offset: dt.timedelta | None) -> str:
    """A UTC offset as ``datetime.isoformat`` writes it (``+02:00``), or ``""`` for none."""
    if offset is None:
        return ""
    return dt.datetime(2000, 1, 1, tzinfo=dt.timezone(offset)).isoformat()[19:]


@cache
def _enum_structure(tp: type[Enum]) -> Callable[[Any, Any], Any]:
    # Built once per enum: value -> (member, type of the value). ``member.value`` is a
    # descriptor that costs more than the whole lookup, so it is not read per call.
    members = {member.value: (member, type(member.value)) for member in tp}
    expected = f"expected one of {sorted(map(str, members))}"

    def hook(value: Any, _: Any) -> Any:
        try:
            member, kind = members[value]
        except (KeyError, TypeError):
            raise ValueError(expected) from None
        if type(value) is not kind:  # True is not 1, nor 1.0
            raise ValueError(expected)
        return member

    return hook


def _enum_hook(tp: type[Enum], _: cattrs.BaseConverter) -> Callable[[Any, Any], Any]:
    return _enum_structure(tp)


def _structure_int_enum(value: Any, tp: type[IntEnum]) -> Any:
    return _enum_structure(tp)(value, tp)


def _tuple_factory(tp: Any, converter: cattrs.BaseConverter) -> Callable[[Any, Any], Any]:
    from cattrs.cols import homogenous_tuple_structure_factory  # noqa: PLC0415 - see _converter

    inner = homogenous_tuple_structure_factory(tp, converter)

    def hook(value: Any, target: Any) -> Any:
        if not isinstance(value, list | tuple):
            raise TypeError("expected a list")
        return inner(value, target)

    return hook


def _is_homogeneous_tuple(tp: Any) -> bool:
    return homogeneous_item(tp) is not None


def _is_frozenset(tp: Any) -> bool:
    origin: object = get_origin(tp)
    return origin is frozenset


def _frozenset_factory(tp: Any, converter: cattrs.BaseConverter) -> Callable[[Any, Any], Any]:
    (item,) = get_args(tp)
    inner = converter.get_structure_hook(item)

    def hook(value: Any, _: Any) -> Any:
        if not isinstance(value, list | tuple):
            raise TypeError("expected a list")
        return frozenset(inner(x, item) for x in value)

    return hook


_PARTIJEN_MAX: Final = 1024
"""How many distinct parties the reader remembers (see `_fast`)."""


@cache
def _vormen() -> Mapping[type, type]:
    """The dict forms of the values that are not attrs classes, as attrs classes.

    An `Interventie` is a tuple of its events; its dict form is ``{"gebeurtenissen": [...]}``,
    described by an attrs class with that one field, which the converter and
    `json_schema` both read.
    """
    from gedragswerk_core.interventie.gebeurtenissen import Gebeurtenis  # noqa: PLC0415
    from gedragswerk_core.interventie.interventie import Interventie  # noqa: PLC0415

    vorm = attrs.make_class(
        "Interventie",
        {"gebeurtenissen": attrs.field(type=tuple[Gebeurtenis, ...])},
        frozen=True,
    )
    vorm.__doc__ = Interventie.__doc__
    return MappingProxyType({Interventie: vorm})


def _make_converter(*, detailed: bool) -> cattrs.Converter:
    # Imported here, not at the top: building the converter is deferred to first use so that
    # `import gedragswerk_core` stays light (benchmarks/test_import_time.py).
    from cattrs.strategies import configure_tagged_union  # noqa: PLC0415

    from gedragswerk_core.interventie.gebeurtenissen import Gebeurtenis  # noqa: PLC0415
    from gedragswerk_core.interventie.interventie import Interventie  # noqa: PLC0415

    c = cattrs.Converter(detailed_validation=detailed, forbid_extra_keys=True)
    c.register_structure_hook(str, _strict(str, "text"))
    c.register_structure_hook(bool, _strict(bool, "true or false"))
    c.register_structure_hook(int, _structure_int)
    c.register_structure_hook(pendulum.Date, _structure_date)
    # The C methods of the datetime base classes give the same ISO text, faster.
    c.register_unstructure_hook(pendulum.Date, dt.date.isoformat)
    c.register_structure_hook(pendulum.DateTime, _structure_moment)
    c.register_unstructure_hook(pendulum.DateTime, _unstructure_moment)
    c.register_structure_hook_factory(is_enum, _enum_hook)
    # ``member.value`` is a descriptor; the plain attribute behind it is read in C.
    c.register_unstructure_hook_func(is_enum, attrgetter("_value_"))
    # An IntEnum is an int too, and hooks registered by class (int above) come before those
    # found by a test like is_enum: this hook, also by class, is the closer match.
    c.register_structure_hook(IntEnum, _structure_int_enum)
    c.register_structure_hook(LeerlingRef, lambda value, _: lees_ref(value))
    c.register_unstructure_hook(LeerlingRef, lambda ref: ref.waarde)
    c.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_factory)
    c.register_structure_hook_factory(_is_frozenset, _frozenset_factory)
    c.register_unstructure_hook_func(_is_frozenset, lambda s: sorted(c.unstructure(x) for x in s))
    configure_tagged_union(Gebeurtenis, c, tag_name="type", tag_generator=lambda cl: cl.__name__)
    vorm = _vormen()[Interventie]
    lees_vorm = c.get_structure_hook(vorm)
    schrijf_gebeurtenissen = c.get_unstructure_hook(tuple[Gebeurtenis, ...])
    c.register_structure_hook(
        Interventie, lambda data, _: Interventie(lees_vorm(data, vorm).gebeurtenissen)
    )
    c.register_unstructure_hook(
        Interventie, lambda i: {"gebeurtenissen": schrijf_gebeurtenissen(i.gebeurtenissen)}
    )
    return c


@cache
def _converter(*, detailed: bool = False) -> cattrs.Converter:
    """The converter, built on first use so that importing the library stays fast."""
    return _make_converter(detailed=detailed)


@cache
def _fast() -> FastPath:
    """Readers and writers generated per class from the converter (see `_fastpath`).

    Parties are read once: parties recur (in one intervention the same three or four appear in
    the hulpvraag, every conversation and the werkagenda, and across the interventions of a
    region), and a `Partij` is an immutable value, so a party dict with all its fields, equal to
    those of one read before (as exact texts and enum values), gives that very same value. (A
    dict that leaves a field out, or one inside a dict that does, is read by the converter, as a
    new value.) At most
    ``_PARTIJEN_MAX`` distinct parties are remembered, the least recently used out first; a
    party that fails its checks is never remembered.

    An `Interventie` is made from the events its readers made by replaying them
    (`interventie._uit_gelezen`), without the constructor's second type check of each event.
    """
    from gedragswerk_core.interventie.gebeurtenissen import Gebeurtenis  # noqa: PLC0415 - see _converter
    from gedragswerk_core.interventie.interventie import Interventie  # noqa: PLC0415
    from gedragswerk_core.partijen import Partij  # noqa: PLC0415

    c = _converter()
    return FastPath(
        c.get_structure_hook,
        c.get_unstructure_hook,
        tagged={Gebeurtenis: "type"},
        memo={Partij: _PARTIJEN_MAX},
        forms=_vormen(),
        makers={Interventie: Interventie},
    )


def to_dict(value: object) -> dict[str, Any]:
    """A JSON-ready dict of any public value of the library, with its ``schema_version``.

    Examples:
        >>> from gedragswerk_core import Periode
        >>> to_dict(Periode(pendulum.date(2015, 10, 17), pendulum.date(2015, 10, 25)))
        {'begin': '2015-10-17', 'einde': '2015-10-25', 'schema_version': 1}

    Raises:
        StructureError: ``value`` is not a library value that forms a dict.
    """
    data = _fast().writer(type(value))(value)
    if not isinstance(data, dict):
        fields = getattr(type(value), "__attrs_attrs__", None)
        if fields is None or len(fields) != 1:
            raise StructureError(type(value).__name__, ["not a library value with fields @ $"])
        # A one-field value written as a scalar when nested (LeerlingRef) is a dict on top.
        data = {fields[0].name: data}
    data[_VERSION_KEY] = SCHEMA_VERSION
    return data


def _format(exc: BaseException, tp: type | None) -> str:
    if isinstance(exc, GedragswerkError):
        return str(exc)
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"unknown field(s): {', '.join(sorted(exc.extra_fields))}"
    expected = getattr(tp, "__name__", None) or str(tp)
    if (
        isinstance(exc, TypeError | ValueError)
        and exc.args
        and str(exc.args[0]).startswith("expected")
    ):
        return str(exc.args[0])
    return f"invalid value, expected {expected}" if tp is not None else "invalid value"


def _errors(exc: BaseException) -> list[str]:
    if isinstance(exc, cattrs.BaseValidationError):
        return cattrs.transform_error(exc, path="$", format_exception=_format)
    return [f"{_format(exc, None)} @ $"]


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


def from_dict(cls: type[T], data: object) -> T:
    """Read a value of type ``cls`` from a dict made by `to_dict` (or parsed JSON).

    Examples:
        >>> from gedragswerk_core import Geescaleerd
        >>> data = {"moment": "2015-10-25T02:30:00+01:00", "naar": "actietafel"}
        >>> g = from_dict(Geescaleerd, data)
        >>> g.moment.timezone_name, str(g.moment.in_timezone("UTC"))
        ('Europe/Amsterdam', '2015-10-25 01:30:00+00:00')
        >>> try:
        ...     from_dict(Geescaleerd, {"moment": "2015-10-25T02:30:00", "naar": "actietafel"})
        ... except StructureError as fout:
        ...     print(fout.errors)
        ('expected a moment with a UTC offset, e.g. +02:00 or Z @ $.moment',)

    Raises:
        StructureError: the data does not describe a valid ``cls``; ``error.errors`` lists every
            problem found, each with its field path.
    """
    lees = _READERS.get(cls) if isinstance(cls, type) else None
    if lees is None:
        lees = _first_reader(cls)
    if not isinstance(data, dict):
        raise StructureError(
            _name(cls), [f"expected an object (dict), got {type(data).__name__} @ $"]
        )
    body = dict(data)
    version = body.pop(_VERSION_KEY, SCHEMA_VERSION)
    if version != SCHEMA_VERSION or type(version) is not int:
        raise StructureError(
            _name(cls), [f"unsupported schema_version, this library reads {SCHEMA_VERSION} @ $"]
        )
    target: object = body
    if cls is LeerlingRef:  # the one value written as a plain string when nested
        target = body.pop("waarde", None)
        if body or target is None:
            raise StructureError(_name(cls), ["expected exactly the field 'waarde' @ $"])
    try:
        result: T = lees(target)
    except _READ_ERRORS:
        return _read_carefully(cls, lees, target)  # type: ignore[no-any-return]
    return result


def _read_carefully(cls: type, lees: Callable[[Any], Any], target: object) -> Any:
    """What the generated reader ``lees`` refused: read it otherwise, or say what is wrong."""
    try:
        # Whatever the generated readers refuse goes to the converter itself: it refuses it too
        # (tests/test_fastpath.py), except for what they cannot take at all (an unhashable
        # type) or take differently on purpose (they run the validators themselves, also while
        # attrs's are switched off by attrs.validators.disabled()).
        return _converter().structure(target, cls)
    except _READ_ERRORS:
        pass
    plain = _plain_texts(target)
    if plain is not target:
        # Texts of a str subclass (numpy.str_, say), which the readers take as exactly str only,
        # are read as the plain texts they hold, as the constructors take them.
        try:
            return lees(plain)
        except _READ_ERRORS:
            return _read_carefully(cls, lees, plain)  # it has no such text: no further round
    # Read again with detailed validation, only to say where every problem is.
    try:
        _converter(detailed=True).structure(target, cls)
    except _READ_ERRORS as exc:
        raise StructureError(_name(cls), _errors(exc)) from None
    raise StructureError(_name(cls), ["inconsistent data @ $"])  # pragma: no cover - defensive


def _plain_texts(data: object, depth: int = 0) -> object:
    """``data`` with each text of a ``str`` subclass as a plain ``str`` (``data`` if none).

    Only as deep as a dict form goes (`_DEPTH`): deeper data is no value's and stays as it is.
    """
    if isinstance(data, str):
        return data if type(data) is str else str.__str__(data)
    if depth > _DEPTH:
        return data
    if isinstance(data, dict):
        items = {key: _plain_texts(value, depth + 1) for key, value in data.items()}
        same = all(items[key] is value for key, value in data.items())
        return data if same and type(data) is dict else items
    if isinstance(data, list | tuple):
        values = [_plain_texts(value, depth + 1) for value in data]
        return data if all(map(operator.is_, values, data)) else values
    return data


_DEPTH: Final = 32
"""Deeper than any dict form (an intervention's is six levels deep)."""


_READERS: Final[dict[type, Callable[[Any], Any]]] = {}
"""The reader of each class `from_dict` was asked for (`_first_reader`)."""


def _name(cls: object) -> str:
    # The class's name, never the text of whatever else was passed (it might be personal data).
    name = getattr(cls, "__name__", None)
    return name if isinstance(name, str) else f"a {type(cls).__name__}"


def _first_reader(cls: object) -> Callable[[Any], Any]:
    """The reader of ``cls``, checked to be a library value type with fields, and kept."""
    if not isinstance(cls, type) or not (attrs.has(cls) or cls in _vormen()):
        raise StructureError(_name(cls), ["not a library value type with fields @ $"])
    return _READERS.setdefault(cls, _fast().reader(cls))
