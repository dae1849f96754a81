"""Strategies for the accountability values: rule sources, receipts and the why-not menu."""

from __future__ import annotations

import datetime as dt
from functools import cache

from hypothesis import strategies as st

from gedragswerk_core.besluit import Besluit
from gedragswerk_core.interventie.interventie import Interventie
from gedragswerk_core.strategies._basis import besluiten, momenten
from gedragswerk_core.strategies._interventie import interventies
from gedragswerk_core.verantwoording import (
    REGELBRONNEN,
    Mogelijkheid,
    Ontvangstbewijs,
    Regelbron,
    ontvangstbewijs,
    waarom_niet,
)

__all__ = ["mogelijkheden", "ontvangstbewijzen", "regelbronnen"]


@cache
def regelbronnen() -> st.SearchStrategy[Regelbron]:
    """The sources of the rules the library cites."""
    return st.sampled_from(tuple(REGELBRONNEN.values()))


def _bewijs(besluit: Besluit, moment: dt.datetime) -> Ontvangstbewijs:
    return ontvangstbewijs(besluit, moment, {"besluit": besluit})


@cache
def ontvangstbewijzen() -> st.SearchStrategy[Ontvangstbewijs]:
    """Receipts of decisions, each with the decision itself as its input."""
    return st.builds(_bewijs, besluiten(), momenten())


def _menu(interventie: Interventie) -> st.SearchStrategy[Mogelijkheid]:
    return st.sampled_from(waarom_niet(interventie))


@cache
def mogelijkheden() -> st.SearchStrategy[Mogelijkheid]:
    """Steps of the why-not menu of interventions in any status."""
    return interventies(max_stappen=6).flatmap(_menu)
