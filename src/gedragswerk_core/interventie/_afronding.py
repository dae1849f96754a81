"""Private: the conditions of the afronding step (R-LC-5, R-LC-4, R-KKW-3), for `stappen`.

The reasons are a small, finite set of values, built once; the same fact always reads the
same way.
"""

from __future__ import annotations

from itertools import product
from typing import Final

from gedragswerk_core.besluit import Reden
from gedragswerk_core.interventie.gebeurtenissen import Afgerond, Gebeurtenis, Partijverklaring
from gedragswerk_core.partijen import Rol

__all__ = ["afronding", "herbeoordeling"]

_ONWAAR_WAAR: Final = (False, True)


def _afronding_reden(oplossing: bool, kunnen: bool, willen: bool) -> Reden:
    if oplossing:
        return Reden("R-LC-5", "a solution was found for the problem on the table", True)
    if kunnen and willen:
        return Reden("R-LC-5", "the actors state they can and want to go on on their own", True)
    ontbreekt = [w for w, ok in (("can", kunnen), ("want to", willen)) if not ok]
    return Reden(
        "R-LC-5",
        "no solution was found and the actors do not state they "
        + " and ".join(ontbreekt)
        + " go on on their own",
        False,
    )


_AFRONDING: Final = {f: _afronding_reden(*f) for f in product(_ONWAAR_WAAR, repeat=3)}


_NIET_VOOR_DE_REGIO: Final = Reden(
    "R-LC-4",
    "Gedragswerk cannot state for the region that it can and wants to go on: only the regional "
    "parties make that statement",
    False,
)


def afronding(_: tuple[Gebeurtenis, ...], g: Afgerond) -> Reden:
    v = g.verklaring  # R-LC-5; R-LC-4: never Gedragswerk stating for the region
    reden = _AFRONDING[v.oplossing_gevonden, v.kunnen_zelf_verder, v.willen_zelf_verder]
    if v.verklaringen:
        if any(p.partij.rol is Rol.SPARRING_PARTNER for p in v.verklaringen):
            return _NIET_VOOR_DE_REGIO
        if not reden.voldaan:
            return _wie_verklaarde_niet(v.verklaringen)
    return reden


_HERBEOORDELING: Final = {
    "ja": Reden(
        "R-KKW-3", "the reassessment of kennen, kunnen and willen at afronding is recorded", True
    ),
    "ander": Reden(
        "R-KKW-3", "the reassessment belongs to another intervention (another kenmerk)", False
    ),
}


def herbeoordeling(eerdere: tuple[Gebeurtenis, ...], g: Afgerond) -> Reden | None:
    h = g.herbeoordeling  # R-KKW-3: the afronding carries the reassessment, when made
    if h is None:
        return None  # no reassessment made: nothing to weigh
    eigen = eerdere[0].kenmerk  # type: ignore[union-attr]
    if h.interventie is not None and eigen is not None and h.interventie != eigen:
        return _HERBEOORDELING["ander"]
    return _HERBEOORDELING["ja"]


def _wie_verklaarde_niet(verklaringen: tuple[Partijverklaring, ...]) -> Reden:
    """R-LC-5: which parties (by role, never by name) did not state which part."""
    delen = [
        f"{p.partij.rol.value} does not state it "
        + " and ".join(w for w, ok in (("can", p.kan), ("wants to", p.wil)) if not ok)
        for p in verklaringen
        if not (p.kan and p.wil)
    ]
    return Reden(
        "R-LC-5",
        "no solution was found and not every party states it can and wants to go on on its "
        "own: " + "; ".join(delen),
        False,
    )
