"""Input limits, checked before any data is read into a library value (issue 18).

A dict form given to `from_dict` (or JSON given to the command line) is first walked once,
without recursion, and refused with a `StructureError` when it passes one of these limits; only
then is it read. Reading never writes to the caller's data: plain dicts and lists are only read
(the top dict is copied, for the schema version is taken out of it), and data holding anything
else — a ``defaultdict`` or any other ``dict`` subclass, a tuple — is read from a plain copy the
walk makes, so a missing key stays missing ("required field missing") instead of being added to
the caller's dict by the lookup.

The limits are far above anything a real case needs, and low enough that refusing an input that
passes one takes a fraction of a second:

==========================  =============  ===============================================
limit                       value          why
==========================  =============  ===============================================
`MAX_TEKST`                 100,000 chars  the longest text field holds 10,000 characters
`MAX_GETAL`                 2**53          integers JSON keeps exact in every reader
`MAX_DIEPTE`                32 levels      the deepest dict form nests about 8 levels
`MAX_GEBEURTENISSEN`        10,000 events  a case's history has tens of events
`MAX_WAARDEN`               1,000,000      all values in one input together
==========================  =============  ===============================================

Messages name the limit and the field path, never the value.

Examples:
    >>> controleer_grenzen({"naam": "x" * 200_000}, "Partij", frozenset({"naam"}))
    Traceback (most recent call last):
    ...
    gedragswerk_core.errors.StructureError: $.naam: cannot read Partij from this data: text \
longer than 100000 characters @ $.naam — compare the data with to_dict() of a valid value
    >>> controleer_grenzen({"Sanne de Vries": "x" * 200_000}, "Partij")
    Traceback (most recent call last):
    ...
    gedragswerk_core.errors.StructureError: $[<str key>]: cannot read Partij from this data: \
text longer than 100000 characters @ $[<str key>] — compare the data with to_dict() of a valid value
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import Final, get_args, get_type_hints

import attrs

from gedragswerk_core.errors import StructureError

__all__ = [
    "MAX_DIEPTE",
    "MAX_GEBEURTENISSEN",
    "MAX_GETAL",
    "MAX_TEKST",
    "MAX_WAARDEN",
    "controleer_grenzen",
    "tekst_past",
    "veldnamen",
]

MAX_TEKST: Final = 100_000
"""The most characters one text (or one key) may have."""
MAX_GETAL: Final = 2**53
"""The largest magnitude of an integer; a float must be finite."""
MAX_DIEPTE: Final = 32
"""The most levels of dicts and lists inside one another (the top dict is level 1)."""
MAX_GEBEURTENISSEN: Final = 10_000
"""The most events in one list under the key ``"gebeurtenissen"``."""
MAX_WAARDEN: Final = 1_000_000
"""The most values (dicts, lists, texts, numbers, ...) in one input."""

_EVENTS_KEY: Final = "gebeurtenissen"


_Plek = tuple["_Plek | None", object, bool] | None
"""Where a value is: its container's place, its key or index, and whether that is a dict's key;
``None`` for the top."""


class _Grens(Exception):  # noqa: N818 - internal signal, turned into a StructureError below
    """A limit passed at a place: raised inside the walk, caught in `controleer_grenzen`."""

    def __init__(self, message: str, plek: _Plek) -> None:
        super().__init__(message)
        self.message = message
        self.plek = plek


def _path(plek: _Plek, sleutels: frozenset[str]) -> str:
    keys: list[tuple[object, bool]] = []
    while plek is not None:
        plek, key, is_key = plek
        keys.append((key, is_key))
    path = "$"
    for key, is_key in reversed(keys):
        if not is_key:
            path += f"[{key}]"
        # A key is named in a path only when it is a field of the dict form: a key the caller
        # made up may be a pupil's name or BSN (or no text at all), so is shown by its type.
        elif isinstance(key, str) and key in sleutels:
            path += f".{key}"
        else:
            path += f"[<{type(key).__name__} key>]"
    return path


_SURROGAAT: Final = re.compile("[\ud800-\udfff]")


def _text(value: str, what: str, plek: _Plek) -> None:
    if len(value) > MAX_TEKST:
        raise _Grens(f"{what} longer than {MAX_TEKST} characters", plek)
    if not value.isascii() and _SURROGAAT.search(value) is not None:
        raise _Grens(f"{what} with a lone surrogate (not Unicode text)", plek)


def _scalar(value: object, plek: _Plek) -> None:
    if isinstance(value, str):
        _text(value, "text", plek)
    elif isinstance(value, bool):
        return
    elif isinstance(value, int):
        if not -MAX_GETAL <= value <= MAX_GETAL:
            raise _Grens(f"integer beyond 2**53 ({MAX_GETAL}) either way", plek)
    elif isinstance(value, float) and not math.isfinite(value):
        raise _Grens("number not finite (NaN or infinity)", plek)


_Container = dict[object, object] | list[object]
_Bron = dict[object, object] | list[object] | tuple[object, ...]


_Todo = list[tuple[_Bron, _Container, int, _Plek]]
"""The containers still to fill: each source, its copy, its depth and its place."""


def _child(item: object, depth: int, plek: _Plek, todo: _Todo) -> object:
    """What the copy holds for ``item``: a new container to fill (noted in ``todo``), or itself."""
    if isinstance(item, dict):
        leeg: dict[object, object] = {}
        todo.append((item, leeg, depth + 1, plek))
        return leeg
    if isinstance(item, list | tuple):
        lijst: list[object] = []
        todo.append((item, lijst, depth + 1, plek))
        return lijst
    _scalar(item, plek)
    return item


def _key(key: object, item: object, plek: _Plek) -> None:
    if isinstance(key, str):
        _text(key, "key", plek)
    if key == _EVENTS_KEY and isinstance(item, list | tuple) and len(item) > MAX_GEBEURTENISSEN:
        raise _Grens(f"more than {MAX_GEBEURTENISSEN} events", (plek, key, True))


def _fill(source: _Bron, copy: _Container, depth: int, plek: _Plek) -> _Todo:
    """Copy the items of ``source`` into ``copy``, checked; return the containers still to fill."""
    if depth > MAX_DIEPTE:
        raise _Grens(f"nested deeper than {MAX_DIEPTE} levels", plek)
    todo: _Todo = []
    if isinstance(copy, dict):
        for key, item in source.items():  # type: ignore[union-attr]  # a dict's copy is a dict
            _key(key, item, plek)
            copy[key] = _child(item, depth, (plek, key, True), todo)
    else:
        copy.extend(_child(item, depth, (plek, i, False), todo) for i, item in enumerate(source))
    return todo


def _count(count: int) -> None:
    if count > MAX_WAARDEN:
        raise _Grens(f"more than {MAX_WAARDEN} values", None)


class _Voorbij(Exception):  # noqa: N818 - internal signal: a limit passed, place unknown
    """Raised by the quick walk; the careful walk then finds the place and says it."""


def tekst_past(tekst: str) -> bool:
    """Whether the text ``tekst`` is within the limits: not too long, no lone surrogate."""
    return len(tekst) <= MAX_TEKST and (tekst.isascii() or _SURROGAAT.search(tekst) is None)


def _snel_kind(item: object, depth: int, stack: list[tuple[_Bron, int]]) -> None:
    """Check an item that is no plain text, int or bool; a plain dict or list goes on ``stack``."""
    soort = type(item)
    if soort is dict or soort is list:
        if depth >= MAX_DIEPTE:
            raise _Voorbij
        stack.append((item, depth + 1))  # type: ignore[arg-type]
    elif isinstance(item, dict | list | tuple):
        raise _Voorbij  # a subclass or a tuple: the careful walk copies it as a plain one
    elif item is not None:
        _scalar(item, None)  # a float, a subclass of str or int, anything else: as `_fill`


def _sleutels_ok(source: dict[object, object]) -> None:
    for key in source:
        # Most keys are short ASCII field names: tested in line, the rest in full.
        if (
            type(key) is str
            and not (len(key) <= MAX_TEKST and key.isascii())
            and not tekst_past(key)
        ):
            raise _Voorbij
    events = source.get(_EVENTS_KEY)
    if isinstance(events, list | tuple) and len(events) > MAX_GEBEURTENISSEN:
        raise _Voorbij


def _snel(data: _Bron) -> None:
    """Check ``data`` against every limit, when it holds only plain dicts and lists.

    The same limits as `_fill`, in a tighter loop that copies nothing and tracks no places: the
    check every input pays, so the common texts and numbers are tested in line. It raises
    `_Voorbij` (or `_Grens`) when a limit is passed or a container is not a plain dict or list;
    the careful walk then names the place, or makes the plain copy.
    """
    stack: list[tuple[_Bron, int]] = [(data, 1)]
    count = 1
    while stack:
        source, depth = stack.pop()  # the depth is checked when an item is put on the stack
        if type(source) is dict:
            _sleutels_ok(source)
            items: Iterable[object] = source.values()
        else:
            items = source
        for item in items:
            soort = type(item)
            if soort is str:
                if not (len(item) <= MAX_TEKST and item.isascii()) and not tekst_past(item):  # type: ignore[attr-defined, arg-type]
                    raise _Voorbij
            elif soort is int:
                if not -MAX_GETAL <= item <= MAX_GETAL:  # type: ignore[operator]
                    raise _Voorbij
            elif soort is not bool:
                _snel_kind(item, depth, stack)
        count += len(source)
        if count > MAX_WAARDEN:
            raise _Voorbij


def controleer_grenzen(data: object, target: str, sleutels: frozenset[str] = frozenset()) -> object:
    """Check ``data`` against the input limits; return a plain copy of it to read.

    The copy has plain dicts for dicts of any subclass and lists for lists and tuples; texts,
    numbers and anything else are the same objects. ``target`` is the name of the type being
    read, for the error; a path in it names the keys in ``sleutels`` (see `veldnamen`), and any
    other key only by its type.

    Raises:
        StructureError: ``data`` passes a limit; the message names the limit and the field path.
    """
    try:
        if not isinstance(data, dict | list | tuple):
            _scalar(data, None)
            return data
        if type(data) is dict or type(data) is list:
            try:
                _snel(data)
            except (_Voorbij, _Grens):
                pass  # walked again with every place tracked: the message and path, or the copy
            else:
                # Only plain dicts and lists inside, which reading never writes to: the top is
                # copied, for from_dict takes the schema version out of it.
                return dict(data) if isinstance(data, dict) else list(data)
        top: _Container = {} if isinstance(data, dict) else []
        stack: list[tuple[_Bron, _Container, int, _Plek]] = [(data, top, 1, None)]
        count = 1
        while stack:
            source, copy, depth, plek = stack.pop()
            stack.extend(_fill(source, copy, depth, plek))
            count += len(copy)
            _count(count)
    except _Grens as grens:
        raise StructureError(target, [f"{grens.message} @ {_path(grens.plek, sleutels)}"]) from None
    return top


def veldnamen(cls: object, vormen: Mapping[type, type] | None = None) -> frozenset[str]:
    """The keys the dict form of ``cls`` may hold anywhere inside: its fields, theirs, and so on.

    ``vormen`` gives the attrs class describing the dict form of a type that is no attrs class
    itself. The keys ``"type"`` (of an event) and ``"schema_version"`` are always included.
    """
    vormen = vormen or {}
    namen = {"type", "schema_version"}
    gezien: set[object] = set()
    todo: list[object] = [cls]
    while todo:
        tp = todo.pop()
        if tp in gezien:
            continue
        gezien.add(tp)
        tp = vormen.get(tp, tp) if isinstance(tp, type) else tp
        if isinstance(tp, type) and attrs.has(tp):
            hints = get_type_hints(tp)
            namen.update(a.name for a in attrs.fields(tp))
            todo.extend(hints[a.name] for a in attrs.fields(tp) if a.name in hints)
        else:
            todo.extend(get_args(tp))
    return frozenset(namen)
