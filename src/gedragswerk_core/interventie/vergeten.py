"""Forgetting one pupil: a history without its personal details that decides and counts the same.

An intervention's events hold a pupil only by its pseudonymous reference (`LeerlingRef`); the
name and BSN live in the caller's own pupil administration. But a reference is still personal
data while that administration can link it, and free texts (the hulpvraag in the caller's own
words, a reopen reason, a systemic question) may name the pupil. When a pupil's data must go
(the AVG's right to erasure, or the end of a retention period), `vergeet` gives the history with
that pupil's reference replaced by a new, unlinked one, the hulpvraag's free text left out when
it is about that pupil, and the pupil's name and BSN, when the caller passes its `Leerling`,
replaced in every other text. Every value is rebuilt through its constructor, so the result is a
valid history, and since the reference is replaced one for one it takes the same decisions and
is counted the same (a property test checks both).

References:
    - Issue 19 (privacy by construction); R-LC-1 (a hulpvraag names its pupils).
"""

from __future__ import annotations

import re
from typing import Any, Final

import attrs

from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.interventie.hulpvraag import Hulpvraag
from gedragswerk_core.interventie.interventie import Interventie
from gedragswerk_core.leerling import Leerling, LeerlingRef, als_ref

__all__ = ["VERWIJDERD", "vergeet"]

VERWIJDERD: Final = "[verwijderd]"
"""What a pupil's name or BSN becomes in a text of a forgotten history."""


class _Vervanging:
    """Replaces one pupil's reference, name and BSN in any value, through its constructor."""

    def __init__(self, oud: LeerlingRef, nieuw: LeerlingRef, geheimen: tuple[str, ...]) -> None:
        self.oud, self.nieuw, self.geheimen = oud, nieuw, geheimen
        self.patroon = _als_woord(oud.waarde)

    def tekst(self, tekst: str) -> str:
        # A label that names the pupil by reference ("ouders L-2015-017", a pupil as a party)
        # takes the new one (as a whole word: "L-1" is not part of "L-12"); a name or BSN is
        # removed.
        tekst = self.patroon.sub(self.nieuw.waarde, tekst)
        for geheim in self.geheimen:
            tekst = tekst.replace(geheim, VERWIJDERD)
        return tekst

    def waarde(self, waarde: Any) -> Any:  # noqa: ANN401 - any value of the library
        if isinstance(waarde, LeerlingRef):
            return self.nieuw if waarde == self.oud else waarde
        if isinstance(waarde, str):
            return self.tekst(waarde)
        if isinstance(waarde, tuple):
            return tuple(self.waarde(w) for w in waarde)
        if isinstance(waarde, Hulpvraag) and self.oud in waarde.refs:
            waarde = attrs.evolve(waarde, omschrijving=None)  # free text about the pupil
        if attrs.has(type(waarde)):
            velden = {
                a.name: self.waarde(getattr(waarde, a.name))
                for a in attrs.fields(type(waarde))
                if a.init
            }
            return attrs.evolve(waarde, **velden)
        return waarde


def vergeet(
    interventie: Interventie, leerling: Leerling | LeerlingRef | str, vervanging: LeerlingRef | str
) -> Interventie:
    """``interventie`` with the pupil ``leerling`` forgotten: it is ``vervanging`` from now on.

    ``leerling`` is the pupil's reference, or its `Leerling` (then its name and BSN are also
    removed from every text). ``vervanging`` is a new pseudonymous reference that nothing links
    to the pupil; it must not occur in the history already.

    Examples:
        >>> from gedragswerk_core import voorbeeld, to_dict
        >>> i = voorbeeld.afgeronde_interventie()
        >>> vergeten = vergeet(i, "L-2015-017", "V-0001")
        >>> "L-2015-017" in str(to_dict(vergeten)), vergeten.status == i.status
        (False, True)

    Raises:
        InvalidValueError: ``interventie`` is no `Interventie`, a reference is not valid, or
            ``vervanging`` already occurs in the history.
    """
    if not isinstance(interventie, Interventie):
        raise InvalidValueError(
            f"expected an Interventie, got {type(interventie).__name__}", field="interventie"
        )
    kind = leerling if isinstance(leerling, Leerling) else None
    oud = kind.ref if kind is not None else als_ref(leerling)
    nieuw = als_ref(vervanging)
    if not isinstance(oud, LeerlingRef) or not isinstance(nieuw, LeerlingRef):
        raise InvalidValueError(
            "expected a pupil reference (LeerlingRef or its text)",
            field="leerling" if not isinstance(oud, LeerlingRef) else "vervanging",
        )
    if _komt_voor(interventie.gebeurtenissen, _als_woord(nieuw.waarde)):
        raise InvalidValueError(
            "the new reference already occurs in the history",
            field="vervanging",
            hint="choose a reference nothing in this history uses",
        )
    geheimen = tuple(g for g in (kind.naam, kind.bsn) if g) if kind is not None else ()
    vervanging_ = _Vervanging(oud, nieuw, geheimen)
    vergeten = tuple(vervanging_.waarde(g) for g in interventie.gebeurtenissen)
    return Interventie.met_vastlegging(vergeten, interventie.vastgelegd)  # recorded as it was


def _als_woord(ref: str) -> re.Pattern[str]:
    # A reference as a whole word: not preceded or followed by a character a reference may hold.
    return re.compile(rf"(?<![A-Za-z0-9._:/-]){re.escape(ref)}(?![A-Za-z0-9._:/-])")


def _komt_voor(waarde: Any, patroon: re.Pattern[str]) -> bool:  # noqa: ANN401 - any value
    if isinstance(waarde, LeerlingRef):
        return patroon.search(waarde.waarde) is not None
    if isinstance(waarde, str):
        return patroon.search(waarde) is not None
    if isinstance(waarde, tuple):
        return any(_komt_voor(w, patroon) for w in waarde)
    if attrs.has(type(waarde)):
        return any(_komt_voor(getattr(waarde, a.name), patroon) for a in attrs.fields(type(waarde)))
    return False
