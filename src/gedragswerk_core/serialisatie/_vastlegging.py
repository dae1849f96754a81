"""Private: the dict form of an `Interventie`, with its recording moments when one was late.

``{"gebeurtenissen": [...]}`` as before; ``"vastgelegd"`` (per event when it was recorded, R-GEB-2,
R-GEB-3) only when an event was recorded late, so that stored forms stay byte for byte the same
and the usual intervention is read and written as before (the round trip of issue 16).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import cattrs
from cattrs.gen import make_dict_unstructure_fn, override

from gedragswerk_core.interventie.gebeurtenissen import Gebeurtenis
from gedragswerk_core.interventie.interventie import Interventie

__all__ = ["lezer", "schrijver"]


def lezer(c: cattrs.Converter, vorm: type) -> Callable[[Any, Any], Interventie]:
    """The structure hook of `Interventie`: its dict form read, then its constructor."""
    lees_vorm = c.get_structure_hook(vorm)

    def lees(data: Any, _: Any) -> Interventie:  # noqa: ANN401 - what cattrs passes
        v = lees_vorm(data, vorm)
        if v.vastgelegd is None:
            return Interventie(v.gebeurtenissen)
        return Interventie.met_vastlegging(v.gebeurtenissen, v.vastgelegd)

    return lees


def schrijver(c: cattrs.Converter, vorm: type) -> Callable[[Interventie], dict[str, Any]]:
    """The unstructure hook of `Interventie`: ``vastgelegd`` written only when one was late."""
    schrijf_gebeurtenissen = c.get_unstructure_hook(tuple[Gebeurtenis, ...])
    weglaten = override(omit_if_default=True)
    schrijf_vorm: Callable[[Any], dict[str, Any]] = make_dict_unstructure_fn(
        vorm, c, vastgelegd=weglaten
    )

    def schrijf(i: Interventie) -> dict[str, Any]:
        if i.vastgelegd is None:
            return {"gebeurtenissen": schrijf_gebeurtenissen(i.gebeurtenissen)}
        return schrijf_vorm(vorm(i.gebeurtenissen, i.vastgelegd))

    return schrijf
