"""A decision's receipt (ontvangstbewijs): enough to reconstruct it years later.

A municipality must be able to show, long after, on what a decision rested: which rules and
conditions were weighed and with what outcome, where each rule is written, which version of the
library and of its rule table decided, on which moment, and on which input. An
`Ontvangstbewijs` holds all of that as a plain value: JSON-ready through `to_dict`, with a JSON
Schema through `json_schema`, and deterministic — no run time, no clock, no random id — so the
same input always gives an equal receipt, and a rule change shows as another ``regelhash``.

The input is not stored, only its digest: the SHA-256 of its canonical JSON (the `to_dict`
forms, keys sorted, no spaces, UTF-8), which the caller can recompute from what it stored. The
rule table's hash covers the lifecycle table (`STAPPEN`: each step's event, name, command, rule,
transitions and conditions with what they read), its text catalogue, the text catalogues of the
other packages (`TEKSTCATALOGI`: leerplicht, regio, tafels, werkagenda) and the rule sources.

References:
    - Issue 19 (receipts with rule provenance); R-LPW-13 (the law version on the day).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final, final

import pendulum
from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core._tijd import Moment, as_moment, day_in_amsterdam
from gedragswerk_core._versie import __version__
from gedragswerk_core.besluit import (
    MERKEN,
    Besluit,
    Reden,
    Taal,
    Tekst,
    Uitkomst,
    uitkomst_tekst,
    uitkomst_van,
)
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.interventie import Gebeurtenis, Interventie, beoordeel
from gedragswerk_core.interventie.stappen import STAPPEN, Stap
from gedragswerk_core.interventie.teksten import TEKSTEN
from gedragswerk_core.leerplicht import Wetsversie, wetsversie_op
from gedragswerk_core.leerplicht import teksten as _leerplicht
from gedragswerk_core.regio import teksten as _regio
from gedragswerk_core.serialisatie import to_dict
from gedragswerk_core.tafels import teksten as _tafels
from gedragswerk_core.verantwoording.bronnen import REGELBRONNEN, Regelbron
from gedragswerk_core.werkagenda import teksten as _werkagenda

__all__ = ["TEKSTCATALOGI", "Ontvangstbewijs", "ontvangstbewijs", "regelhash", "verantwoord"]

TEKSTCATALOGI: Final[Mapping[str, Mapping[str, Tekst]]] = MappingProxyType(
    {
        "leerplicht": _leerplicht.TEKSTEN,
        "regio": _regio.TEKSTEN,
        "tafels": _tafels.TEKSTEN,
        "werkagenda": _werkagenda.TEKSTEN,
    }
)
"""The text catalogues besides the lifecycle's (`interventie.teksten.TEKSTEN`), by package."""


@final
@frozen
class Ontvangstbewijs:
    """The receipt of one decision: what was weighed, from which sources, on what input.

    Attributes:
        handeling: the decision's action (``"overdracht"``).
        toegestaan: whether it was allowed.
        redenen: every condition weighed, with its code, facts, outcome and texts.
        bronnen: the source of every rule weighed, in the order first weighed.
        moment: the moment the decision is about (the event's moment or the peildatum), in UTC.
        wetsversie: the Leerplichtwet version in force that day (Amsterdam), when a law rule
            (R-LPW-*) was weighed.
        bibliotheek: the version of gedragswerk-core that decided.
        regelhash: the SHA-256 of the rule table (see `regelhash`).
        invoer: the SHA-256 of the input's canonical JSON.
    """

    handeling: str = field(validator=v.text(max_length=80))
    toegestaan: bool = field(validator=v.instance_of(bool))
    redenen: tuple[Reden, ...] = field(converter=v.to_tuple, validator=v.tuple_of(Reden))
    bronnen: tuple[Regelbron, ...] = field(converter=v.to_tuple, validator=v.tuple_of(Regelbron))
    moment: pendulum.DateTime = field(converter=v.to_moment, validator=v.is_moment)
    wetsversie: Wetsversie | None = field(validator=v.optional_instance_of(Wetsversie))
    bibliotheek: str = field(validator=v.text(max_length=40))
    regelhash: str = field(validator=v.text(max_length=64))
    invoer: str = field(validator=v.text(max_length=64))

    @property
    def codes(self) -> tuple[str, ...]:
        """The condition codes weighed, in order."""
        return tuple(r.code for r in self.redenen)

    @property
    def uitkomst(self) -> Uitkomst:
        """Allowed, refused or undecided (a statement the decision rests on is missing)."""
        return uitkomst_van(self.redenen)

    def tekst(self, taal: Taal = "nl") -> str:
        """The receipt as lines of text, in Dutch (the default) or English."""
        regels = [
            f"{self.handeling}: {uitkomst_tekst(self.uitkomst, taal)}",
            *(f"  {MERKEN[r.voldaan]} {r.code}: {r.tekst(taal)}" for r in self.redenen),
            *(f"  {b.regel}: {b.bron}" for b in self.bronnen),
            f"  moment {self.moment.isoformat()}; gedragswerk-core {self.bibliotheek}",
            f"  regels {self.regelhash[:16]}…; invoer {self.invoer[:16]}…",
        ]
        if self.wetsversie is not None:
            regels.append(f"  Leerplichtwet: {self.wetsversie.id}")
        return "\n".join(regels)


def _canoniek(data: object) -> bytes:
    # JSON with sorted keys and no spaces: the same data always gives the same bytes.
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _sha256(data: object) -> str:
    return hashlib.sha256(_canoniek(data)).hexdigest()


def _stap(stap: Stap) -> dict[str, Any]:
    return {
        "gebeurtenis": stap.gebeurtenis.__name__,
        "naam": stap.naam,
        "commando": stap.commando,
        "regel": stap.regel,
        "overgangen": sorted(
            [van.value if van is not None else "", naar.value]
            for van, naar in stap.overgangen.items()
        ),
        "voorwaarden": [[w.code, list(w.vraagt)] for w in stap.voorwaarden],
        "elders": list(stap.elders) if stap.elders is not None else None,
    }


def regelhash(
    stappen: Mapping[type[Gebeurtenis], Stap] = STAPPEN,
    teksten: Mapping[str, Tekst] = TEKSTEN,
    bronnen: Mapping[str, Regelbron] = REGELBRONNEN,
    catalogi: Mapping[str, Mapping[str, Tekst]] = TEKSTCATALOGI,
) -> str:
    """The SHA-256 of the rule table: the lifecycle's steps, the texts and the rule sources.

    Any change to a row of `STAPPEN`, a text of a catalogue (the lifecycle's or one of
    `TEKSTCATALOGI`) or a rule's source changes it; a receipt carries it, so two decisions made
    under different tables can be told apart.
    """
    return _sha256(
        {
            "stappen": [_stap(stap) for stap in stappen.values()],
            "teksten": _teksten(teksten),
            "catalogi": {pakket: _teksten(c) for pakket, c in catalogi.items()},
            "bronnen": {regel: to_dict(bron) for regel, bron in bronnen.items()},
        }
    )


def _teksten(catalogus: Mapping[str, Tekst]) -> dict[str, list[str]]:
    return {sleutel: [t.nl, t.en] for sleutel, t in catalogus.items()}


def _invoer(invoer: Mapping[str, object]) -> str:
    if not isinstance(invoer, Mapping) or not all(isinstance(k, str) for k in invoer):
        raise InvalidValueError(
            "expected a mapping of names (texts) to library values", field="invoer"
        )
    return _sha256({naam: to_dict(waarde) for naam, waarde in invoer.items()})


def ontvangstbewijs(
    besluit: Besluit, moment: Moment, invoer: Mapping[str, object]
) -> Ontvangstbewijs:
    """The receipt of ``besluit``, made about ``moment`` from the library values ``invoer``.

    Examples:
        >>> from gedragswerk_core import beoordeel_intake, voorbeeld
        >>> vraag = voorbeeld.hulpvraag()
        >>> bewijs = ontvangstbewijs(
        ...     beoordeel_intake(vraag), voorbeeld.moment(2015, 9, 14), {"hulpvraag": vraag}
        ... )
        >>> bewijs.codes, bewijs.bronnen[0].bron
        (('R-LC-7.verwijzing',), 'seed 002 §2 en §3.1.1')

    Raises:
        InvalidValueError: ``besluit`` is no `Besluit`, ``moment`` no moment, or ``invoer`` not
            a mapping of names to library values.
        StructureError: a value of ``invoer`` has no dict form.
    """
    if not isinstance(besluit, Besluit):
        raise InvalidValueError(
            f"expected a Besluit, got {type(besluit).__name__}", field="besluit"
        )
    op = as_moment(moment, "moment")
    regels = dict.fromkeys(r.regel for r in besluit.redenen)
    bronnen = tuple(REGELBRONNEN[regel] for regel in regels if regel in REGELBRONNEN)
    wet = any(regel.startswith("R-LPW-") for regel in regels)
    return Ontvangstbewijs(
        handeling=besluit.handeling,
        toegestaan=besluit.toegestaan,
        redenen=besluit.redenen,
        bronnen=bronnen,
        moment=op,
        wetsversie=wetsversie_op(day_in_amsterdam(op)) if wet else None,
        bibliotheek=__version__,
        regelhash=regelhash(),
        invoer=_invoer(invoer),
    )


def verantwoord(
    interventie: Interventie, gebeurtenis: Gebeurtenis
) -> tuple[Besluit, Ontvangstbewijs]:
    """`beoordeel` a step, with its receipt: the intervention and the event are the input.

    Examples:
        >>> from gedragswerk_core import Geaccepteerd, ontvang, voorbeeld
        >>> i = ontvang(voorbeeld.hulpvraag(), voorbeeld.moment(2015, 9, 14))
        >>> besluit, bewijs = verantwoord(i, Geaccepteerd(voorbeeld.moment(2015, 9, 15)))
        >>> besluit.toegestaan == bewijs.toegestaan, bewijs.codes[0]
        (True, 'R-LC-2.status')
    """
    besluit = beoordeel(interventie, gebeurtenis)
    invoer = {"interventie": interventie, "gebeurtenis": gebeurtenis}
    return besluit, ontvangstbewijs(besluit, gebeurtenis.moment, invoer)
