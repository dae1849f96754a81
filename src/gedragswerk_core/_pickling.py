"""Private: values that hold moments pickle as their dict form.

pendulum's ``DateTime.__reduce_ex__`` leaves the fold out, so a moment in the hour repeated when
summer time ends (fold 1) came back from ``pickle`` (and ``copy.copy``) an hour early, while
``==`` still called the two equal (in one zone the fold is not compared, PEP 495). The value
classes that hold moments therefore pickle as their `serialisatie.to_dict` form, which keeps
every moment's instant and zone (R-LPW-9), and are read back by `serialisatie.from_dict`, with
every check, as the dict form of any stored value is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["pickled_as_dict"]

T = TypeVar("T", bound=type)


def _reduce(value: object) -> tuple[Callable[[Any, Any], Any], tuple[type, dict[str, Any]]]:
    # Imported here: the serialisation machinery loads on first use (import time stays low).
    from gedragswerk_core.serialisatie.converter import from_dict, to_dict  # noqa: PLC0415

    return from_dict, (type(value), to_dict(value))


def pickled_as_dict(cls: T) -> T:
    """Class decorator: ``pickle`` and ``copy`` go through the dict form (see the module)."""
    cls.__reduce__ = _reduce  # type: ignore[assignment]
    return cls
