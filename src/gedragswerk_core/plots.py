"""Plots for notebooks and reports (the ``plots`` extra: ``pip install 'gedragswerk-core[plots]'``).

Three figures, each returned as a ``matplotlib.figure.Figure`` built without ``pyplot`` (no
global state, no window, no file): Jupyter shows it; ``fig.savefig(...)`` writes it where the
caller wants. Each speaks one language, Dutch by default (``taal="en"`` for English).

- `intake_per_maand`: the hulpvragen received per month (R-LC-1), from interventions.
- `tijdlijn`: one intervention's events on a time axis, its status in the title.
- `kkw_raster`: the kennen/kunnen/willen grid of a diagnosis, one cell per party and dimension
  (R-KKW-1, R-KKW-2), coloured by the assessment.

matplotlib is imported when a figure is made: without the extra, importing this module works
and making a figure raises `MissingExtraError`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from gedragswerk_core._tijd import AMSTERDAM
from gedragswerk_core.diagnose.diagnose import Diagnose, Dimensie, Oordeel
from gedragswerk_core.errors import InvalidValueError, MissingExtraError
from gedragswerk_core.interventie.interventie import Interventie

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

__all__ = ["intake_per_maand", "kkw_raster", "tijdlijn"]

_TEKSTEN: Final[dict[str, dict[str, str]]] = {
    "nl": {
        "intake": "Ontvangen hulpvragen per maand",
        "maand": "maand",
        "aantal": "aantal",
        "tijdlijn": "Tijdlijn van de interventie — status: {status}",
        "datum": "datum",
        "raster": "Kennen, kunnen, willen per partij",
        "partij": "partij",
    },
    "en": {
        "intake": "Hulpvragen received per month",
        "maand": "month",
        "aantal": "count",
        "tijdlijn": "Timeline of the intervention — status: {status}",
        "datum": "date",
        "raster": "Kennen, kunnen, willen per party",
        "partij": "party",
    },
}
# Colour per assessment: a bottleneck stands out, in order is calm, unknown is grey.
_KLEUR: Final = {
    Oordeel.KNELPUNT: "#d9534f",
    Oordeel.IN_ORDE: "#5cb85c",
    Oordeel.ONBEKEND: "#d3d3d3",
}


def _figuur(breedte: float, hoogte: float) -> Figure:
    try:
        from matplotlib.figure import Figure  # noqa: PLC0415 - only with the extra installed
    except ImportError as exc:
        raise MissingExtraError("gedragswerk_core.plots", "plots", "matplotlib") from exc
    return Figure(figsize=(breedte, hoogte), layout="constrained")


def _teksten(taal: str) -> dict[str, str]:
    if taal not in _TEKSTEN:
        raise InvalidValueError(f"unknown language {taal!r}; choose nl or en", field="taal")
    return _TEKSTEN[taal]


def _interventie(waarde: object, field: str) -> Interventie:
    if not isinstance(waarde, Interventie):
        raise InvalidValueError(
            f"expected an Interventie, got {type(waarde).__name__}", field=field
        )
    return waarde


def intake_per_maand(interventies: Iterable[Interventie], *, taal: str = "nl") -> Figure:
    """A bar per month: how many hulpvragen came in (the first event's day in Amsterdam).

    Months without a hulpvraag between the first and the last get a bar of zero.
    """
    t = _teksten(taal)
    maanden = Counter(
        (b.year, b.month)
        for i, w in enumerate(interventies)
        for b in [_interventie(w, f"interventies[{i}]").toestand.begin.in_timezone(AMSTERDAM)]
    )
    reeks: list[tuple[int, int]] = []
    if maanden:
        (j, m), laatste = min(maanden), max(maanden)
        while (j, m) <= laatste:
            reeks.append((j, m))
            j, m = (j + 1, 1) if m == 12 else (j, m + 1)  # noqa: PLR2004 - December
    fig = _figuur(max(4.0, 0.45 * len(reeks) + 1.5), 3.2)
    ax = fig.subplots()
    ax.bar([f"{j}-{m:02d}" for j, m in reeks], [maanden[jm] for jm in reeks], color="#00897b")
    ax.set_title(t["intake"])
    ax.set_xlabel(t["maand"])
    ax.set_ylabel(t["aantal"])
    ax.tick_params(axis="x", labelrotation=60)
    from matplotlib.ticker import MaxNLocator  # noqa: PLC0415 - there: _figuur ran

    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    return fig


def tijdlijn(interventie: Interventie, *, taal: str = "nl") -> Figure:
    """The events in force of ``interventie`` (corrections applied) on a time axis, one row each."""
    t = _teksten(taal)
    gebeurtenissen = _interventie(interventie, "interventie").geldende_gebeurtenissen
    fig = _figuur(7.0, 0.35 * len(gebeurtenissen) + 1.6)
    # matplotlib's date numbers: days since its default epoch, 1970-01-01 (wall time here).
    momenten = [
        (m.timestamp() + (m.offset or 0)) / 86400
        for m in (g.moment.in_timezone(AMSTERDAM) for g in gebeurtenissen)
    ]
    rijen = list(range(len(gebeurtenissen)))
    ax = fig.subplots()
    ax.plot(momenten, rijen, color="#9e9e9e", linewidth=1, zorder=1)
    ax.scatter(momenten, rijen, color="#00897b", zorder=2)
    ax.xaxis_date()
    ax.set_yticks(rijen, [type(g).__name__ for g in gebeurtenissen])
    ax.invert_yaxis()
    ax.set_xlabel(t["datum"])
    ax.set_title(t["tijdlijn"].format(status=interventie.status.value))
    ax.tick_params(axis="x", labelrotation=30)
    return fig


def kkw_raster(diagnose: Diagnose, *, taal: str = "nl") -> Figure:
    """The grid of a diagnosis: a row per party, a column per dimension, the assessment in it."""
    t = _teksten(taal)
    if not isinstance(diagnose, Diagnose):
        raise InvalidValueError(
            f"expected a Diagnose, got {type(diagnose).__name__}", field="diagnose"
        )
    dimensies = list(Dimensie)
    fig = _figuur(6.0, 0.5 * len(diagnose.partijen) + 1.4)
    ax = fig.subplots()
    for r, partij in enumerate(diagnose.partijen):
        for k, dimensie in enumerate(dimensies):
            oordeel = diagnose.oordeel(partij, dimensie)
            ax.add_patch(_cel(k, r, _KLEUR[oordeel]))
            ax.text(k + 0.5, r + 0.5, oordeel.value, ha="center", va="center", fontsize=9)
    ax.set_xlim(0, len(dimensies))
    ax.set_ylim(len(diagnose.partijen), 0)
    ax.set_xticks([k + 0.5 for k in range(len(dimensies))], [d.value for d in dimensies])
    ax.set_yticks(
        [r + 0.5 for r in range(len(diagnose.partijen))],
        [f"{p.naam} ({p.rol.value})" for p in diagnose.partijen],
    )
    ax.xaxis.tick_top()
    ax.set_ylabel(t["partij"])
    ax.set_title(t["raster"])
    return fig


def _cel(x: int, y: int, kleur: str) -> Rectangle:
    from matplotlib.patches import Rectangle  # noqa: PLC0415 - matplotlib is there: _figuur ran

    return Rectangle((x, y), 1, 1, facecolor=kleur, edgecolor="white", linewidth=2)
