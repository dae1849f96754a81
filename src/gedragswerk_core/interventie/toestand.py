"""The state of an intervention (toestand): derived by folding its events, never set directly.

`Interventie.toestand` is this fold of its history: the status by the lifecycle's table
(`stappen.status_na`), the rest (the latest conversation, the pupils placed, the systemic
questions, the escalations, the werkagenda) by event, with ``match``.
"""

from __future__ import annotations

from typing import final

import pendulum
from attrs import field, frozen

from gedragswerk_core.interventie._weergave import toestand_html, toestand_repr
from gedragswerk_core.interventie.gebeurtenissen import (
    Escalatie,
    Gebeurtenis,
    Geescaleerd,
    GesprekGevoerd,
    HulpvraagOntvangen,
    ResultaatGeboekt,
    SystemischeVraagOpgepakt,
    WerkagendaAfgesproken,
)
from gedragswerk_core.interventie.hulpvraag import Hulpvraag
from gedragswerk_core.interventie.stappen import Status, status_na
from gedragswerk_core.leerling import LeerlingRef

__all__ = ["Toestand", "toestand_van"]


@final
@frozen(weakref_slot=False)
class Toestand:
    """The state of an intervention, derived by folding its events (never set directly).

    Attributes:
        status: where it stands.
        hulpvraag: the hulpvraag it started from.
        begin: the moment the hulpvraag came in.
        laatste: the moment of the latest event.
        laatste_gesprek: the moment of the latest conversation, if any (R-LC-3b).
        gerealiseerd: pupils for whom passend onderwijs was realised (R-LC-3c).
        systemische_vragen: the systemic questions taken up, in order (R-LC-11).
        escalaties: where the case was escalated to, in order.
        werkagenda_afgesproken: whether a werkagenda was agreed (R-LC-3).
    """

    status: Status
    hulpvraag: Hulpvraag
    begin: pendulum.DateTime
    laatste: pendulum.DateTime
    laatste_gesprek: pendulum.DateTime | None = None
    gerealiseerd: frozenset[LeerlingRef] = frozenset()
    systemische_vragen: tuple[str, ...] = field(default=(), repr=False)
    escalaties: tuple[Escalatie, ...] = ()
    werkagenda_afgesproken: bool = False

    def __repr__(self) -> str:
        """A short summary: status, since when, the latest event, pupils placed."""
        return toestand_repr(self)

    def to_html(self, taal: str = "nl") -> str:
        """The facts as an HTML table, in one language (``"nl"`` or ``"en"``)."""
        return toestand_html(self, taal)

    def _repr_html_(self) -> str:
        """Jupyter's view: `to_html` in Dutch."""
        return self.to_html()


def toestand_van(gebeurtenissen: tuple[Gebeurtenis, ...]) -> Toestand:
    """Fold a valid history into its `Toestand`: the status by the table, the rest by event."""
    eerste: HulpvraagOntvangen = gebeurtenissen[0]  # type: ignore[assignment]
    laatste_gesprek = None
    gerealiseerd: set[LeerlingRef] = set()
    vragen: list[str] = []
    escalaties: list[Escalatie] = []
    werkagenda = False
    for g in gebeurtenissen:
        match g:
            case GesprekGevoerd(moment=moment):
                laatste_gesprek = moment
            case ResultaatGeboekt(leerling=leerling):
                gerealiseerd.add(leerling)
            case SystemischeVraagOpgepakt(vraag=vraag):
                vragen.append(vraag)
            case Geescaleerd(naar=naar):
                escalaties.append(naar)
            case WerkagendaAfgesproken():
                werkagenda = True
    return Toestand(
        status_na(gebeurtenissen),
        eerste.hulpvraag,
        eerste.moment,
        gebeurtenissen[-1].moment,
        laatste_gesprek,
        frozenset(gerealiseerd),
        tuple(vragen),
        tuple(escalaties),
        werkagenda,
    )
