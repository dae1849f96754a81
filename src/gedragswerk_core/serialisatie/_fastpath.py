"""Private: generated readers and writers for the dict forms, the fast path of `serialisatie`.

The cattrs converter reads a class by calling one hook per field, and each hook is a Python call.
This module generates, once per class, one Python function that reads (or writes) the whole class
with the type checks of those hooks written inline. It covers the field types of the library's
values: texts, integers, booleans, enums, dates, moments, pupil references, tuples and frozensets,
nested value classes, ``X | None`` of these, and tagged unions (the events). Any other field type
is read and written by the converter's own hook for it.

A reader then makes the value as attrs's generated ``__init__`` would, less what the reading
already made sure of: ``object.__new__`` and the slot setters, the value part of each validator
inline (non-blank text, lengths, minimum counts, from ``_validatie.SPECS``), every other validator
called, then ``__attrs_post_init__``. A class this cannot copy exactly (its own ``__init__`` or
``__new__``, a cached hash, a converter that might change the value, no slots) is made by calling
its constructor, which converts and validates everything itself.

It accepts exactly what the converter accepts, and gives equal values:

- a dict whose keys are not exactly the fields (a missing field with a default, an unknown key)
  is handed to the converter's hook for that class, which knows the defaults and the errors;
- a value of a wrong type makes it raise (``_fail``), and `serialisatie.from_dict` then reads
  the data with the converter, which refuses it too, and with the detailed converter, only to
  say where every problem is.

``tests/test_fastpath.py`` checks both claims on generated values and on mutated dicts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from functools import lru_cache
from types import MemberDescriptorType, NoneType, UnionType
from typing import Any, Final, Union, get_args, get_origin

import attrs
import pendulum

from gedragswerk_core import _validatie
from gedragswerk_core.leerling import LeerlingRef, als_ref, lees_ref

__all__ = ["FastPath", "homogeneous_item", "is_enum"]

Hook = Callable[..., Any]

_SEQUENCE: Final = (list, tuple)
_PLAIN: Final = (str, int, bool)


def _fail() -> Any:
    """Raised from generated code: the detailed reader will then locate the problem."""
    raise TypeError("expected another value")


def _optional_inner(tp: Any) -> Any | None:
    """``X`` for ``X | None``; ``None`` for anything else."""
    if get_origin(tp) not in (Union, UnionType):
        return None
    args = [a for a in get_args(tp) if a is not NoneType]
    if len(args) != 1 or len(get_args(tp)) != 2:  # noqa: PLR2004 - X and None
        return None
    return args[0]


def homogeneous_item(tp: Any) -> Any | None:
    """``X`` for ``tuple[X, ...]``; ``None`` for anything else."""
    args = get_args(tp)
    if get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis:  # noqa: PLR2004
        return args[0]
    return None


def _frozenset_item(tp: Any) -> Any | None:
    args = get_args(tp)
    return args[0] if get_origin(tp) is frozenset and len(args) == 1 else None


def _plain_fields(cls: type) -> tuple[attrs.Attribute[Any], ...] | None:
    """The fields of an attrs class whose dict form is exactly its fields, or ``None``."""
    if not (isinstance(cls, type) and attrs.has(cls)) or cls is LeerlingRef:
        return None  # a pupil reference is written as its plain text (see `serialisatie`)
    attrs.resolve_types(cls)
    fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(cls)
    if any(not f.init or f.alias != f.name for f in fields):
        return None
    return fields


def _str_enum(tp: Any) -> bool:
    return (
        isinstance(tp, type)
        and issubclass(tp, Enum)
        and all(type(m.value) is str for m in tp)
        and not issubclass(tp, str | int)
    )


class _Source:
    """The source text and namespace of one generated function."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.lines: list[str] = []
        self.namespace: dict[str, Any] = {"_fail": _fail, "_seq": _SEQUENCE}
        self._names = 0

    def name(self, value: object, hint: str = "v") -> str:
        name = f"_{hint}{self._names}"
        self._names += 1
        self.namespace[name] = value
        return name

    def compile(self, name: str) -> Hook:
        # Named after its class, so that tracebacks and profiles say which one it is.
        code = compile("\n".join(self.lines), f"<_fastpath {name} {self.label}>", "exec")
        exec(code, self.namespace)  # noqa: S102 - our own generated source
        function: Hook = self.namespace[name]
        return function


Building = frozenset[Any]
"""The types whose function is being generated further up (a type that contains itself)."""


class FastPath:
    """The generated readers and writers of one converter, made on first use per type.

    ``tagged`` maps a union type to its tag key (``{Gebeurtenis: "type"}``); the tag's value is
    the class name, as in `serialisatie`.

    ``memo`` maps a class to how many of its values to remember: a dict with exactly its fields,
    all equal (and of the same exact types) to those of one read before, gives that very same
    value again; the least recently used goes out first. Only a class whose fields are all read
    to values equal only to themselves is remembered (`_key_safe`: no moments, for one); any
    other is made anew each time.

    ``forms`` maps a value type to the attrs class that describes its dict form (an
    `Interventie`). ``makers`` maps a class to the function that makes it from the values its
    field readers made, in field order, instead of its constructor (an `Interventie` from the
    events its readers made, which need no second type check).

    Safe to share between threads: two threads that build the same function at once each build
    one, and both then use the first one stored; a class's remembered values are one cache.
    """

    def __init__(
        self,
        structure: Callable[[Any], Hook],
        unstructure: Callable[[Any], Hook],
        *,
        tagged: Mapping[Any, str],
        memo: Mapping[type, int],
        forms: Mapping[type, type],
        makers: Mapping[type, Hook] | None = None,
    ) -> None:
        self._structure = structure
        self._unstructure = unstructure
        self._tagged = dict(tagged)
        self._memo = dict(memo)
        self._forms = dict(forms)
        self._makers = dict(makers or {})
        self._readers: dict[Any, Hook] = {}
        self._writers: dict[Any, Hook] = {}
        self._memos: dict[type, Hook] = {}

    # --- writing ---------------------------------------------------------------------------

    def writer(self, tp: Any) -> Hook:
        """A one-argument function giving the JSON-ready form of a value of ``tp``."""
        try:
            return self._writers[tp]
        except KeyError:
            return self._writer(tp, frozenset())

    def _writer(self, tp: Any, building: Building) -> Hook:
        if tp in self._writers:
            return self._writers[tp]
        form = self._forms.get(tp, tp)
        fields = _plain_fields(form)
        if tp in building:
            return self._unstructure(tp)  # not stored while building: not the final one
        if fields is None:
            hook = self._unstructure(tp)
        else:
            hook = self._class_writer(form, fields, None, building | {tp})
        return self._writers.setdefault(tp, hook)

    def _class_writer(
        self,
        form: type,
        fields: tuple[attrs.Attribute[Any], ...],
        tag: tuple[str, str] | None,
        building: Building,
    ) -> Hook:
        src = _Source(form.__name__)
        items = []
        src.lines.append("def write(v):")
        for i, f in enumerate(fields):
            src.lines.append(f"    x{i} = v.{f.name}")
            items.append(f"{f.name!r}: {self._write_expr(f.type, f'x{i}', src, 0, building)}")
        if tag is not None:
            items.append(f"{tag[0]!r}: {tag[1]!r}")
        src.lines.append(f"    return {{{', '.join(items)}}}")
        return src.compile("write")

    def _write_expr(  # noqa: PLR0911
        self, tp: Any, x: str, src: _Source, depth: int, building: Building
    ) -> str:
        if tp in _PLAIN or tp is NoneType:
            return x
        inner = _optional_inner(tp)
        if inner is not None:
            expr = self._write_expr(inner, x, src, depth, building)
            return x if expr == x else f"(None if {x} is None else {expr})"
        if is_enum(tp):
            return f"{x}._value_"
        if tp in (pendulum.Date, pendulum.DateTime):
            return f"{src.name(self._unstructure(tp), 'write')}({x})"
        if tp is LeerlingRef:
            return f"{x}.waarde"
        y = f"y{depth}"
        item = homogeneous_item(tp)
        if item is not None:
            return f"[{self._write_expr(item, y, src, depth + 1, building)} for {y} in {x}]"
        item = _frozenset_item(tp)
        if item is not None:
            expr = self._write_expr(item, y, src, depth + 1, building)
            return f"sorted([{expr} for {y} in {x}])"
        if tp in self._tagged:
            writers = {
                cls: self._class_writer(cls, _must(cls), (self._tagged[tp], cls.__name__), building)
                for cls in get_args(tp)
            }
            return f"{src.name(writers, 'union')}[type({x})]({x})"
        return f"{src.name(self._writer(tp, building), 'write')}({x})"

    # --- reading ---------------------------------------------------------------------------

    def reader(self, tp: Any) -> Hook:
        """A one-argument function reading a value of ``tp`` from its JSON-ready form."""
        try:
            return self._readers[tp]
        except KeyError:
            return self._reader(tp, frozenset())

    def _reader(self, tp: Any, building: Building) -> Hook:
        if tp in self._readers:
            return self._readers[tp]
        form = self._forms.get(tp, tp)
        fields = _plain_fields(form)
        slow = _bind(self._structure(tp), tp)
        if tp in building:
            return slow  # not stored while building: not the final one
        if tp in self._tagged:
            key, readers, other = self._tagged[tp], self._union_readers(tp, building), slow

            def hook(o: Any, _: Any = None) -> Any:
                return readers[o[key]](o) if type(o) is dict else other(o)

        elif fields is None:
            hook = slow
        else:
            hook = self._class_reader(form, fields, tp, slow, tag=None, building=building | {tp})
        return self._readers.setdefault(tp, hook)

    def _class_reader(
        self,
        form: type,
        fields: tuple[attrs.Attribute[Any], ...],
        build: Any,
        slow: Hook,
        *,
        tag: str | None,
        building: Building,
    ) -> Hook:
        src = _Source(form.__name__)
        size = len(fields) + (tag is not None)
        src.lines += [
            "def read(o, _=None):",
            f"    if type(o) is not dict or len(o) != {size}:",
            f"        return {src.name(slow, 'slow')}(o)",
        ]
        reads = [self._read_expr(f.type, f"x{i}", src, 0, building) for i, f in enumerate(fields)]
        made = [kind for _, kind in reads]
        remember = build in self._memo and all(map(_key_safe, made))
        make = _Source(form.__name__)
        names = ", ".join(f"x{i}" for i in range(len(fields)))
        make.lines = [f"def make({names}):"]
        for i, (f, (expr, _)) in enumerate(zip(fields, reads, strict=True)):
            x = f"x{i}"
            src.lines.append(f"    {x} = o[{f.name!r}]")
            if remember and _str_enum(f.type):
                # Remembered by the member's text (exactly a str, equal only to itself): the
                # member is looked up only to make a value not remembered.
                src.lines.append(f"    {x} = ({x} if type({x}) is str else _fail())")
                enum: Any = f.type
                members = {m.value: m for m in enum}
                make.lines.append(f"    {x} = {make.name(members, 'enum')}[{x}]")
            else:
                src.lines.append(f"    {x} = {expr}")
        if remember:
            # A value read before, from equal fields, is given again (see ``memo``). Each field
            # is read to one exact type, whose equality is that of its value: no need to key
            # the cache by type too (``typed``).
            make.lines += self._construction(form, fields, build, made, make)
            cached = lru_cache(maxsize=self._memo[build], typed=False)(make.compile("make"))
            memo = self._memos.setdefault(build, cached)
            src.lines.append(f"    return {src.name(memo, 'memo')}({names})")
        else:
            src.lines += self._construction(form, fields, build, made, src)
        return src.compile("read")

    def _construction(
        self,
        form: type,
        fields: tuple[attrs.Attribute[Any], ...],
        build: Any,
        made: list[_Kind],
        src: _Source,
    ) -> list[str]:
        """The lines that make the value of ``x0``, ``x1``, … and return it."""
        if build in self._makers:
            names = ", ".join(f"x{i}" for i in range(len(fields)))
            return [f"    return {src.name(self._makers[build], 'maker')}({names})"]
        setters = _slot_setters(build, fields) if build is form else None
        if setters is None or not all(
            _converter_passes(f, k) for f, k in zip(fields, made, strict=True)
        ):
            # The constructor itself: it converts and validates every field.
            args = [f"{f.name}=x{i}" if f.kw_only else f"x{i}" for i, f in enumerate(fields)]
            return [f"    return {src.name(build, 'cls')}({', '.join(args)})"]
        # As attrs's __init__ does, less the checks the reading made: the value checks inline,
        # then set every field, run the remaining validators, and the post-init.
        lines = []
        called = []
        for i, (f, kind) in enumerate(zip(fields, made, strict=True)):
            for check in _validators(f):
                inline = _inline_check(_validatie.SPECS.get(check), kind, f"x{i}")
                if inline is None:
                    field = src.name(f, "field")
                    called.append(f"    {src.name(check, 'check')}(v, {field}, x{i})")
                elif inline:
                    lines += [f"    if {inline}:", "        _fail()"]
        lines.append(f"    v = {src.name(object.__new__, 'new')}({src.name(build, 'cls')})")
        lines += [f"    {src.name(s, 'set')}(v, x{i})" for i, s in enumerate(setters)]
        lines += called
        if hasattr(build, "__attrs_post_init__"):
            lines.append("    v.__attrs_post_init__()")
        lines.append("    return v")
        return lines

    def _read_expr(  # noqa: PLR0911
        self, tp: Any, x: str, src: _Source, depth: int, building: Building
    ) -> tuple[str, _Kind]:
        """An expression reading ``x`` as ``tp``, and what it makes (`_Kind`)."""
        if tp in _PLAIN:
            return f"({x} if type({x}) is {tp.__name__} else _fail())", _Kind(tp)
        inner = _optional_inner(tp)
        if inner is not None:
            expr, kind = self._read_expr(inner, x, src, depth, building)
            return f"(None if {x} is None else {expr})", attrs.evolve(kind, optional=True)
        if _str_enum(tp):
            members = {m.value: m for m in tp}
            expr = f"({src.name(members, 'enum')}[{x}] if type({x}) is str else _fail())"
            return expr, _Kind(tp)
        if tp is LeerlingRef:
            return f"{src.name(lees_ref, 'ref')}({x})", _Kind(tp)
        for origin, item in ((tuple, homogeneous_item(tp)), (frozenset, _frozenset_item(tp))):
            if item is not None:
                y = f"y{depth}"
                expr, kind = self._read_expr(item, y, src, depth + 1, building)
                expr = f"{origin.__name__}([{expr} for {y} in {x}])"
                expr = f"({expr} if isinstance({x}, _seq) else _fail())"
                return expr, _Kind(origin, item=kind.type if not kind.optional else None)
        if tp in self._tagged:
            key = self._tagged[tp]
            union = src.name(self._union_readers(tp, building), "union")
            other = src.name(self._structure(tp), "hook")
            expr = f"({union}[{x}[{key!r}]]({x}) if type({x}) is dict else {other}({x}, None))"
            return expr, _Kind(None)
        if isinstance(tp, type) and attrs.has(tp):
            return f"{src.name(self._reader(tp, building), 'read')}({x})", _Kind(tp)
        # Dates, moments, other enums and anything else: the converter's own hook, which
        # makes a value of ``tp`` (for the types of this module) or raises.
        hook = f"{src.name(self._structure(tp), 'hook')}({x}, {src.name(tp, 'type')})"
        known = tp in (pendulum.Date, pendulum.DateTime) or is_enum(tp)
        return hook, _Kind(tp if known else None)

    def _union_readers(self, tp: Any, building: Building) -> dict[str, Hook]:
        key = self._tagged[tp]
        return {
            cls.__name__: self._class_reader(
                cls,
                _must(cls),
                cls,
                _untagged(self._structure(cls), cls, key),
                tag=key,
                building=building,
            )
            for cls in get_args(tp)
        }


def _must(cls: type) -> tuple[attrs.Attribute[Any], ...]:
    """The fields of a member of a tagged union, which must be a plain attrs class."""
    fields = _plain_fields(cls)
    if fields is None:  # pragma: no cover - every event class is plain
        raise TypeError(f"{cls.__name__} in a tagged union is not a plain attrs class")
    return fields


@attrs.frozen
class _Kind:
    """What a generated expression makes.

    Exactly a value of ``type`` (``None``: not known), or ``None`` when ``optional``; for a
    tuple or frozenset, ``item`` is the exact type of its items.
    """

    type: Any
    optional: bool = False
    item: Any = None


_KEY_TYPES: Final = (str, int, bool, pendulum.Date, LeerlingRef)


def _key_safe(kind: _Kind) -> bool:
    """Whether the values of ``kind`` are equal only when they are the same value.

    Exact texts, numbers, booleans, enum members, dates and pupil references, and tuples of
    them, are; moments are not (one instant in two zones is equal), nor are values of a type
    not known exactly (``1 == True``).
    """
    if kind.type in (tuple, frozenset):
        return kind.item in _KEY_TYPES or is_enum(kind.item)
    return kind.type in _KEY_TYPES or is_enum(kind.type)


def is_enum(tp: Any) -> bool:
    """Whether ``tp`` is an enum class."""
    return isinstance(tp, type) and issubclass(tp, Enum)


_PASS_THROUGH: Final[dict[object, tuple[type, ...]]] = {
    _validatie.to_tuple: (tuple,),
    _validatie.to_date: (pendulum.Date, NoneType),
    _validatie.to_moment: (pendulum.DateTime,),
    als_ref: (LeerlingRef,),
}
"""Converters that give back unchanged any value of these exact types (moments: aware ones)."""


def _converter_passes(f: attrs.Attribute[Any], kind: _Kind) -> bool:
    if f.converter is None:
        return True
    passes = _PASS_THROUGH.get(f.converter)
    made = {kind.type} | ({NoneType} if kind.optional else set())
    return passes is not None and kind.type is not None and made <= set(passes)


def _validators(f: attrs.Attribute[Any]) -> tuple[Callable[..., Any], ...]:
    if f.validator is None:
        return ()
    if type(f.validator).__name__ == "_AndValidator":
        inner: tuple[Callable[..., Any], ...] = getattr(f.validator, "_validators", ())
        return inner or (f.validator,)
    return (f.validator,)


def _inline_check(spec: tuple[Any, ...] | None, kind: _Kind, x: str) -> str | None:  # noqa: PLR0911
    """The inline condition that fails ``x``, ``""`` for none, or ``None``: call the validator."""
    if spec is None or kind.type is None:
        return None
    known = kind.type
    if spec[0] == "type" and not kind.optional and known in spec[1]:
        return ""
    if spec[0] == "optional_type" and known in spec[1]:
        return ""
    if spec[0] == "moment" and not kind.optional and known is pendulum.DateTime:
        return ""
    if spec[0] == "text" and not kind.optional and known is str:
        return f"not {x} or len({x}) > {spec[1]} or {x}.isspace()"
    if spec[0] == "optional_text" and known is str:
        text = f"not {x} or len({x}) > {spec[1]} or {x}.isspace()"
        return f"{x} is not None and ({text})" if kind.optional else text
    if spec[0] == "tuple" and not kind.optional and known is tuple and kind.item in spec[1]:
        return f"len({x}) < {spec[2]}" if spec[2] else ""
    if spec[0] == "count" and not kind.optional and known is int:
        return f"{x} < 0"
    return None


def _slot_setters(cls: type, fields: tuple[attrs.Attribute[Any], ...]) -> list[Hook] | None:
    """The slot setters of ``cls``'s fields, if ``object.__new__`` and them make a whole value."""
    new: object = cls.__new__
    init = getattr(getattr(cls, "__init__", None), "__code__", None)
    generated = init is not None and init.co_filename.startswith("<attrs generated")
    if new is not object.__new__ or not generated or hasattr(cls, "__attrs_pre_init__"):
        return None  # its own __new__ or __init__, or a pre-init: the constructor
    slots = {s for k in cls.__mro__ for s in getattr(k, "__slots__", ())} - {"__weakref__"}
    unset = slots - {f.name for f in fields}
    # Slots left unset by attrs's __init__ too: those of cached properties, which the class's
    # __getattr__ fills on first use. Any other (a cached hash): the constructor.
    if unset and ("__getattr__" not in cls.__dict__ or "_attrs_cached_hash" in unset):
        return None
    setters = []
    for f in fields:
        descriptor = next((k.__dict__[f.name] for k in cls.__mro__ if f.name in k.__dict__), None)
        if type(descriptor) is not MemberDescriptorType:
            return None
        setters.append(descriptor.__set__)
    return setters


def _bind(hook: Hook, tp: Any) -> Hook:
    def read(o: Any, _: Any = None) -> Any:
        return hook(o, tp)

    return read


def _untagged(hook: Hook, cls: type, key: str) -> Hook:
    def read(o: Any, _: Any = None) -> Any:
        return hook({k: v for k, v in o.items() if k != key}, cls)

    return read
