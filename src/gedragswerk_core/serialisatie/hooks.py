"""The converter's hooks for containers, and the quick read that checks the input limits in them.

`from_dict` first reads a dict form the quick way: with cattrs' plain generated readers, whose
hooks also check issue 18's input limits on what they read (see `grenzen`): each text its
length and lone surrogates, each number its size, each dict that it is a plain ``dict`` (so
reading can never write to it: a ``defaultdict`` adds a missing key), each list that it is a
plain list or tuple of at most `KORTE_LIJST` items. Unknown keys are refused anyway, so every
value of an input read this way went through one of these hooks, and its depth and number of
values are bounded by its type (`snel_leesbaar`). Whatever the quick read refuses — a limit, a
bad value, anything unusual — is read again the careful way: the walk of `controleer_grenzen`
(which names the limit and its place, or makes a plain copy), then the plain and the detailed
readers, which name every problem with its field path. So the quick read changes no answer,
only the cost of the common one: one walk over the input less.

The quick read applies to a type only when every value it can hold is one the hooks check
(texts, numbers, yes/no, dates, moments, enums, pupil references, the library's attrs classes,
tuples and optional values of them) and its dict form is bounded: at most `MAX_DIEPTE` levels
and `MAX_WAARDEN` values with lists of `KORTE_LIJST` items. Any other type (a caller's own
attrs class with a field of type ``Any``, say) is read the careful way only.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from enum import Enum
from types import UnionType
from typing import Any, Final, Union, get_args, get_origin, get_type_hints

import attrs
import cattrs
import pendulum
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn

from gedragswerk_core.leerling import LeerlingRef
from gedragswerk_core.serialisatie.grenzen import MAX_DIEPTE, MAX_GETAL, MAX_WAARDEN

__all__ = [
    "KORTE_LIJST",
    "registreer_containers",
    "registreer_snel_lezen",
    "registreer_unions",
    "snel_leesbaar",
]

KORTE_LIJST: Final = 128
"""The most items of a list the quick read takes; a longer one is read the careful way."""


def _is_homogeneous_tuple(tp: Any) -> bool:
    args = get_args(tp)
    return get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis  # noqa: PLR2004


def _tuple_factory(tp: Any, converter: cattrs.BaseConverter) -> Callable[[Any, Any], Any]:
    if converter.detailed_validation:  # cattrs' own, which names the index of each problem
        inner = homogenous_tuple_structure_factory(tp, converter)

        def hook(value: Any, target: Any) -> Any:
            if not isinstance(value, list | tuple):  # a text is iterable too, but no list
                raise TypeError("expected a list")
            return inner(value, target)

        return hook
    item = get_args(tp)[0]
    read = converter.get_structure_hook(item)

    def plain(value: Any, _: Any) -> Any:  # as cattrs' own plain hook, with the check above
        if not isinstance(value, list | tuple):
            raise TypeError("expected a list")
        return tuple([read(x, item) for x in value])

    return plain


def _tuple_unstructure_factory(tp: Any, converter: cattrs.BaseConverter) -> Callable[[Any], Any]:
    # A list, by a list comprehension: cattrs' own hook builds it from a generator, slower.
    item = converter.get_unstructure_hook(get_args(tp)[0])
    return lambda items: [item(x) for x in items]


def _is_optional(tp: Any) -> bool:
    args = get_args(tp)
    return get_origin(tp) in {UnionType, Union} and len(args) == 2 and type(None) in args  # noqa: PLR2004


def _optional_factory(tp: Any, converter: cattrs.BaseConverter) -> Callable[[Any, Any], Any]:
    # ``X | None`` with X's hook looked up once: cattrs' own optional hook looks it up per call.
    (inner,) = (arg for arg in get_args(tp) if arg is not type(None))
    read = converter.get_structure_hook(inner)
    return lambda value, _: None if value is None else read(value, inner)


def _optional_unstructure_factory(tp: Any, converter: cattrs.BaseConverter) -> Callable[[Any], Any]:
    # ``X | None`` written as X's hook writes it; when that is the value itself (a text, a
    # number), so is this, and cattrs' generated writer then takes the attribute as it is.
    (inner,) = (arg for arg in get_args(tp) if arg is not type(None))
    write = converter.get_unstructure_hook(inner)
    return identity if write is identity else lambda value: None if value is None else write(value)


def _is_frozenset(tp: Any) -> bool:
    return get_origin(tp) is frozenset


def _frozenset_factory(tp: Any, converter: cattrs.BaseConverter) -> Callable[[Any, Any], Any]:
    (item,) = get_args(tp)
    inner = converter.get_structure_hook(item)

    def hook(value: Any, _: Any) -> Any:
        if not isinstance(value, list | tuple):
            raise TypeError("expected a list")
        return frozenset(inner(x, item) for x in value)

    return hook


def registreer_unions(c: cattrs.Converter, unions: tuple[Any, ...]) -> None:
    """Write the members of the tagged ``unions`` with their tag ``"type"``, the class name.

    Register after cattrs' `configure_tagged_union`, which reads them. Each member's own writer
    is looked up on its first write (so a hook registered for it later is the one used) and
    kept; cattrs' own union writer calls through two functions per value.
    """
    for union in unions:
        writers: dict[type, tuple[Callable[[Any], Any], str]] = {}

        def write(value: Any, writers: dict[type, Any] = writers) -> Any:
            cl = value.__class__
            found = writers.get(cl)
            if found is None:
                found = writers.setdefault(cl, (c.get_unstructure_hook(cl), cl.__name__))
            writer, tag = found
            data = writer(value)
            data["type"] = tag
            return data

        c.register_unstructure_hook(union, write)


def registreer_containers(c: cattrs.Converter) -> None:
    """Register the hooks of tuples, optional values and frozensets on ``c``."""
    c.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_factory)
    c.register_unstructure_hook_factory(_is_homogeneous_tuple, _tuple_unstructure_factory)
    c.register_structure_hook_factory(_is_optional, _optional_factory)
    c.register_unstructure_hook_factory(_is_optional, _optional_unstructure_factory)
    c.register_structure_hook_factory(_is_frozenset, _frozenset_factory)
    c.register_unstructure_hook_func(_is_frozenset, lambda s: sorted(c.unstructure(x) for x in s))


# --- the quick read ------------------------------------------------------------------------------


class _Anders(Exception):  # noqa: N818 - internal signal: read this input the careful way
    """Raised by a quick hook; `from_dict` then reads the input the careful way."""


def _korte_lijst(value: object) -> bool:
    return (type(value) is list or type(value) is tuple) and len(value) <= KORTE_LIJST


def _anders() -> Any:
    raise _Anders


def _snel_tuple(tp: Any, converter: cattrs.BaseConverter) -> Callable[[Any, Any], Any]:
    item = get_args(tp)[0]
    read = converter.get_structure_hook(item)
    ruw = _RUW.get(read)
    if ruw is not None:  # items of an attrs class: their plain dicts checked in line

        def items(value: Any, _: Any) -> Any:
            if not _korte_lijst(value):
                raise _Anders
            return tuple([ruw(x, item) if type(x) is dict else _anders() for x in value])

        return items

    def hook(value: Any, _: Any) -> Any:
        if not _korte_lijst(value):
            raise _Anders
        return tuple([read(x, item) for x in value])

    return hook


def _snel_frozenset(tp: Any, converter: cattrs.BaseConverter) -> Callable[[Any, Any], Any]:
    (item,) = get_args(tp)
    read = converter.get_structure_hook(item)

    def hook(value: Any, _: Any) -> Any:
        if not _korte_lijst(value):
            raise _Anders
        return frozenset([read(x, item) for x in value])

    return hook


def _snel_attrs(cl: type, converter: cattrs.BaseConverter) -> Callable[[Any, Any], Any]:
    # cattrs' own generated reader, given only a plain dict: a lookup in a defaultdict would
    # add the missing key to the caller's data.
    read: Callable[[Any, Any], Any] = make_dict_structure_fn(cl, converter)

    def hook(value: Any, _: Any) -> Any:
        if type(value) is not dict:
            raise _Anders
        return read(value, cl)

    _RUW[hook] = read
    return hook


_RUW: Final[dict[Callable[[Any, Any], Any], Callable[[Any, Any], Any]]] = {}
"""The quick read's hook of an attrs class -> cattrs' reader inside it, for a caller that has
checked the plain dict itself."""


def _snel_float(value: Any, _: Any) -> float:
    # A finite float or an integer within the limits; anything else (a text, say, which
    # cattrs' own float hook would parse) is read the careful way.
    if (type(value) is float and math.isfinite(value)) or (
        type(value) is int and -MAX_GETAL <= value <= MAX_GETAL
    ):
        return float(value)
    raise _Anders


def _snel_tagged(union: Any, converter: cattrs.BaseConverter) -> Callable[[Any, Any], Any]:
    # The class named by the tag ``"type"``, read from a copy without the tag (as cattrs' own
    # tagged union hook does), from a plain dict only.
    eigen = {cl: converter.get_structure_hook(cl) for cl in get_args(union)}
    readers = {cl.__name__: (_RUW.get(lees, lees), cl) for cl, lees in eigen.items()}

    def hook(value: Any, _: Any) -> Any:
        if type(value) is not dict:
            raise _Anders
        body = value.copy()
        read, cl = readers[body.pop("type")]
        return read(body, cl)

    return hook


def registreer_snel_lezen(c: cattrs.Converter, unions: tuple[Any, ...]) -> None:
    """Make ``c`` the quick reader: its hooks refuse what the input limits or a copy need.

    Register after the scalar hooks and the tagged unions, before any hook that looks a reader
    up: these take precedence over the plain ones. ``unions`` are the tagged unions of event
    classes (tag ``"type"``, the class name).
    """
    c.register_structure_hook_factory(attrs.has, _snel_attrs)
    c.register_structure_hook_factory(_is_homogeneous_tuple, _snel_tuple)
    c.register_structure_hook_factory(_is_frozenset, _snel_frozenset)
    c.register_structure_hook(float, _snel_float)
    for union in unions:
        c.register_structure_hook(union, _snel_tagged(union, c))


SNELLE_FOUTEN: Final = (_Anders,)
"""What the quick read raises besides the errors of reading itself."""

_BLADEREN: Final = frozenset({str, int, bool, float, type(None), pendulum.Date, pendulum.DateTime})
"""The scalar types whose hooks check the input limits (with enums and `LeerlingRef`)."""


class _Onbegrensd(Exception):  # noqa: N818 - internal signal
    """A type whose dict form the quick read cannot bound."""


def _is_blad(tp: Any) -> bool:
    return tp in _BLADEREN or tp is LeerlingRef or (isinstance(tp, type) and issubclass(tp, Enum))


def _is_attrs(tp: Any) -> bool:
    return isinstance(tp, type) and attrs.has(tp)


def _is_union(tp: Any) -> bool:
    return get_origin(tp) in {UnionType, Union}


_Maat = tuple[int, int]
"""The most levels and values below the top of a dict form (see `_maat`)."""


def _attrs_maat(tp: Any, vormen: Mapping[type, type], bezig: frozenset[object]) -> _Maat:
    try:
        hints = get_type_hints(tp)
        soorten = [hints[a.name] for a in attrs.fields(tp) if a.init]
    except (NameError, KeyError, TypeError):  # an unknown name, a field without a type
        raise _Onbegrensd from None  # left to the careful read
    velden = [_maat(soort, vormen, bezig) for soort in soorten]
    # Each field a key and a value, and the tag and version keys besides.
    diepte = 1 + max((d for d, _ in velden), default=0)
    return diepte, 2 * len(velden) + 2 + sum(n for _, n in velden)


def _lijst_maat(tp: Any, vormen: Mapping[type, type], bezig: frozenset[object]) -> _Maat:
    diepte, waarden = _maat(get_args(tp)[0], vormen, bezig)
    return 1 + diepte, KORTE_LIJST * (1 + waarden)


def _union_maat(tp: Any, vormen: Mapping[type, type], bezig: frozenset[object]) -> _Maat:
    maten = [_maat(a, vormen, bezig) for a in get_args(tp)]
    return max(d for d, _ in maten), max(n for _, n in maten)


_MATEN: Final = (
    (_is_attrs, _attrs_maat),
    (_is_homogeneous_tuple, _lijst_maat),
    (_is_frozenset, _lijst_maat),
    (_is_union, _union_maat),
)
"""The kinds of type the quick read takes besides scalars, each with its bound."""


def _maat(tp: Any, vormen: Mapping[type, type], bezig: frozenset[object]) -> _Maat:
    """The most levels and values below the top of a dict form of ``tp`` the quick read takes.

    ``bezig``: the types being measured around this one (a type that holds itself has no bound).
    """
    tp = vormen.get(tp, tp) if isinstance(tp, type) else tp
    if _is_blad(tp):
        return 0, 0
    if tp in bezig:
        raise _Onbegrensd
    for past, maat in _MATEN:
        if past(tp):
            return maat(tp, vormen, bezig | {tp})
    raise _Onbegrensd


_LEESBAAR: Final[dict[object, bool]] = {}
"""Per type read: whether the quick read applies (`snel_leesbaar`)."""


def snel_leesbaar(tp: object, vormen: Mapping[type, type]) -> bool:
    """Whether every dict form of ``tp`` the quick read accepts is within the input limits.

    ``vormen`` gives the attrs class describing the dict form of a type that is no attrs class.
    """
    known = _LEESBAAR.get(tp)
    if known is None:
        try:
            diepte, waarden = _maat(tp, vormen, frozenset())
        except _Onbegrensd:
            known = False
        else:
            known = 1 + diepte <= MAX_DIEPTE and 1 + waarden <= MAX_WAARDEN
        known = _LEESBAAR.setdefault(tp, known)
    return known
