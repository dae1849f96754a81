"""Progress of a werkagenda on a reference date: per phase, what is overdue, the PDCA moments.

Progress never reads a clock: the reference date (``peildatum``) is passed in, and days are
calendar days in Europe/Amsterdam (R-LPW-9). An activity is overdue when it is still open
(planned or in progress) and its period ended before the reference date. The evaluation moments
are the phase-5 activities tagged with a Plan-Do-Check-Act step (R-WA-3): where each stands on
the reference date, and which comes next.

References:
    - R-WA-1: every activity says when it is done, and its concrete result (seed 003).
    - R-WA-2: the five phases, in order (seed 003).
    - R-WA-3: Activeren carries out, monitors, evaluates and learns in a Plan-Do-Check-Act cycle
      (seed 003).
"""

from __future__ import annotations

from enum import Enum, unique
from typing import Final, final

import pendulum
from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core._tijd import Datum, as_date
from gedragswerk_core._weergave import periodetekst
from gedragswerk_core.leerplicht.schoolkalender import Periode
from gedragswerk_core.werkagenda.activiteit import (
    Activiteit,
    Fase,
    PdcaStap,
    Uitvoeringsstatus,
)
from gedragswerk_core.werkagenda.werkagenda import Werkagenda

__all__ = ["Evaluatiemoment", "FaseVoortgang", "Stand", "Voortgang", "voortgang"]


@unique
class Stand(Enum):
    """Where a moment stands on the reference date."""

    VOORBIJ = "voorbij"
    """Its period ended before the reference date."""
    NU = "nu"
    """The reference date falls within its period."""
    KOMEND = "komend"
    """Its period starts after the reference date."""
    ONGEPLAND = "ongepland"
    """No date or period yet (R-WA-1)."""


def _stand(wanneer: Periode | None, dag: pendulum.Date) -> Stand:
    if wanneer is None:
        return Stand.ONGEPLAND
    if wanneer.einde < dag:
        return Stand.VOORBIJ
    return Stand.KOMEND if wanneer.begin > dag else Stand.NU


@final
@frozen
class FaseVoortgang:
    """The progress of one phase (R-WA-2): activities per status and the overdue ones.

    Attributes:
        fase: the phase.
        gepland, in_uitvoering, gerealiseerd, vervallen: the number of activities per status.
        te_laat: the codes of the open activities whose period has ended.
    """

    fase: Fase = field(validator=v.instance_of(Fase))
    gepland: int = field(validator=v.aantal)
    in_uitvoering: int = field(validator=v.aantal)
    gerealiseerd: int = field(validator=v.aantal)
    vervallen: int = field(validator=v.aantal)
    te_laat: tuple[str, ...] = field(converter=v.to_tuple, validator=v.tuple_of(str))

    @property
    def totaal(self) -> int:
        """All activities of the phase, dropped ones included."""
        return self.gepland + self.in_uitvoering + self.gerealiseerd + self.vervallen

    @property
    def aandeel_gerealiseerd(self) -> float | None:
        """Realised activities as a share of those not dropped; ``None`` when there are none."""
        telt = self.totaal - self.vervallen
        return self.gerealiseerd / telt if telt else None

    def __str__(self) -> str:
        """``2. Betrekken: 1/3 gerealiseerd, 1 in uitvoering, te laat: WA-2.2``."""
        telt = self.totaal - self.vervallen
        tekst = f"{self.fase.label}: {self.gerealiseerd}/{telt} gerealiseerd"
        if self.in_uitvoering:
            tekst += f", {self.in_uitvoering} in uitvoering"
        if self.te_laat:
            tekst += f", te laat: {', '.join(self.te_laat)}"
        return tekst


@final
@frozen
class Evaluatiemoment:
    """A Plan-Do-Check-Act moment of phase 5 (R-WA-3) and where it stands on the reference date."""

    activiteit: str = field(validator=v.text(max_length=40))
    stap: PdcaStap = field(validator=v.instance_of(PdcaStap))
    wanneer: Periode | None = field(validator=v.optional_instance_of(Periode))
    status: Uitvoeringsstatus = field(validator=v.instance_of(Uitvoeringsstatus))
    stand: Stand = field(validator=v.instance_of(Stand))

    @property
    def is_te_laat(self) -> bool:
        """Past its period and still open."""
        return self.stand is Stand.VOORBIJ and self.status.is_open

    def __str__(self) -> str:
        """``CHECK WA-5.2 2017-01-15 (komend, gepland)``."""
        w = self.wanneer
        wanneer = f" {periodetekst(w.begin, w.einde)}" if w else ""
        stand = f"{self.stand.value}, {self.status.value}"
        return f"{self.stap.name} {self.activiteit}{wanneer} ({stand})"


@final
@frozen
class Voortgang:
    """The progress of a werkagenda on ``peildatum``.

    Attributes:
        peildatum: the reference date.
        fasen: the progress of each of the five phases, in order.
        te_laat: the codes of every overdue activity, also those without a phase.
        evaluatiemomenten: the phase-5 PDCA moments, by date (unplanned ones last).
    """

    peildatum: pendulum.Date = field(converter=v.to_date, validator=v.is_date)
    fasen: tuple[FaseVoortgang, ...] = field(
        converter=v.to_tuple, validator=v.tuple_of(FaseVoortgang)
    )
    te_laat: tuple[str, ...] = field(converter=v.to_tuple, validator=v.tuple_of(str))
    evaluatiemomenten: tuple[Evaluatiemoment, ...] = field(
        converter=v.to_tuple, validator=v.tuple_of(Evaluatiemoment)
    )

    @property
    def volgend_evaluatiemoment(self) -> Evaluatiemoment | None:
        """The first open PDCA moment that is under way or still to come, if any."""
        return next(
            (
                m
                for m in self.evaluatiemomenten
                if m.status.is_open and m.stand in (Stand.NU, Stand.KOMEND)
            ),
            None,
        )

    def __str__(self) -> str:
        """A readable, multi-line summary."""
        regels = [f"voortgang op {self.peildatum.isoformat()}"]
        regels += [f"  {f}" for f in self.fasen]
        regels.append(f"  te laat: {', '.join(self.te_laat) or 'niets'}")
        regels += [f"  evaluatiemoment {m}" for m in self.evaluatiemomenten]
        return "\n".join(regels)


_NOG_TE_PLANNEN: Final = pendulum.Date.max


def _is_te_laat(a: Activiteit, dag: pendulum.Date) -> bool:
    return a.status.is_open and a.wanneer is not None and a.wanneer.einde < dag


def _fase(fase: Fase, activiteiten: list[Activiteit], dag: pendulum.Date) -> FaseVoortgang:
    eigen = [a for a in activiteiten if a.fase is fase]
    aantal = {s: sum(a.status is s for a in eigen) for s in Uitvoeringsstatus}
    return FaseVoortgang(
        fase,
        aantal[Uitvoeringsstatus.GEPLAND],
        aantal[Uitvoeringsstatus.IN_UITVOERING],
        aantal[Uitvoeringsstatus.GEREALISEERD],
        aantal[Uitvoeringsstatus.VERVALLEN],
        tuple(a.code for a in eigen if _is_te_laat(a, dag)),
    )


def _evaluatiemomenten(
    activiteiten: list[Activiteit], dag: pendulum.Date
) -> tuple[Evaluatiemoment, ...]:
    """The PDCA steps of phase 5 not dropped, by start date; those without a date last."""
    momenten = [
        Evaluatiemoment(a.code, a.pdca, a.wanneer, a.status, _stand(a.wanneer, dag))
        for a in activiteiten
        if a.fase is Fase.ACTIVEREN
        and a.pdca is not None
        and a.status is not Uitvoeringsstatus.VERVALLEN
    ]
    return tuple(
        sorted(
            momenten,
            key=lambda m: (m.wanneer.begin if m.wanneer else _NOG_TE_PLANNEN, m.activiteit),
        )
    )


def voortgang(werkagenda: Werkagenda, peildatum: Datum) -> Voortgang:
    """The progress of ``werkagenda`` on ``peildatum`` (a date, or a moment's Amsterdam day).

    Examples:
        >>> from gedragswerk_core.werkagenda.werkagenda import Werkagenda
        >>> agenda = Werkagenda("Tiel", (
        ...     Activiteit("A-1", fase=1, wanneer=pendulum.date(2016, 9, 30)),
        ...     Activiteit("E-1", fase=5, pdca=PdcaStap.CHECK, wanneer=pendulum.date(2017, 1, 15)),
        ... ))
        >>> v = voortgang(agenda, pendulum.date(2016, 10, 1))
        >>> v.te_laat, str(v.volgend_evaluatiemoment)
        (('A-1',), 'CHECK E-1 2017-01-15 (komend, gepland)')

    Raises:
        InvalidValueError: not a `Werkagenda`, or ``peildatum`` is not a date.
    """
    v.require(werkagenda, Werkagenda, "werkagenda")
    dag = as_date(peildatum, "peildatum")
    activiteiten = list(werkagenda.activiteiten)
    return Voortgang(
        dag,
        tuple(_fase(f, activiteiten, dag) for f in Fase),
        tuple(a.code for a in activiteiten if _is_te_laat(a, dag)),
        _evaluatiemomenten(activiteiten, dag),
    )
