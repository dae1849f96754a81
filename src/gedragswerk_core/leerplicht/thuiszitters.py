"""Thuiszitters of a region on a peildatum (R-LPW-14): the columns OCW counts, kept apart.

`tel_thuiszitters` takes, per pupil, the `Leerplichtstatus` on the peildatum, the absence
records and whether the pupil has a fitting offer, and counts langdurig relatief verzuim,
absoluut verzuim and vrijstelling art. 5 onder a in separate columns, with the Thuiszitterspact
indicator: thuiszitters at home for longer than three months without a fitting offer.

References:
    - R-LPW-8: thuiszitters are langdurig relatief verzuim plus absoluut verzuim (OCW letter of
      3 February 2016, Kamerstuk 26695 nr. 108); the Thuiszitterspact norm: no child longer than
      three months at home without a fitting offer of education and/or care.
    - R-LPW-14: OCW's yearly figures keep langdurig relatief verzuim, absoluut verzuim and the
      vrijstelling of art. 5 onder a (BWBR0002628) apart; a pupil with that vrijstelling is no
      thuiszitter (no duty to enrol) but is counted beside them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import final

import pendulum
from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core._tijd import Datum, as_date
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.leerplicht.afwezigheid import Afwezigheid, Verzuimregels
from gedragswerk_core.leerplicht.schoolkalender import Schoolkalender
from gedragswerk_core.leerplicht.status import Leerplichtstatus
from gedragswerk_core.leerplicht.verzuim import NORM_MAANDEN, beoordeel_verzuim
from gedragswerk_core.leerplicht.vrijstelling import Vrijstellingsgrond

__all__ = ["Leerlingverzuim", "Thuiszittertelling", "tel_thuiszitters"]


@final
@frozen
class Leerlingverzuim:
    """One pupil's facts for the count: status on the peildatum, absence, offer (R-LPW-14).

    Attributes:
        status: the pupil's `Leerplichtstatus` on the peildatum.
        afwezigheden: the pupil's absence records.
        niet_ingeschreven_sinds: for a pupil not enrolled, since when, if known.
        aanbod: whether the pupil has a fitting offer of education and/or care (Thuiszitterspact).
    """

    status: Leerplichtstatus = field(validator=v.instance_of(Leerplichtstatus))
    afwezigheden: tuple[Afwezigheid, ...] = field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(Afwezigheid)
    )
    niet_ingeschreven_sinds: pendulum.Date | None = field(
        default=None, converter=v.to_date, validator=v.optional_date
    )
    aanbod: bool = field(default=False, validator=v.instance_of(bool))


@final
@frozen
class Thuiszittertelling:
    """The thuiszitter columns of a region on ``peildatum`` (R-LPW-14).

    Attributes:
        peildatum: the reference date.
        leerlingen: the pupils counted.
        langdurig_relatief_verzuim: enrolled, under the Leerplichtwet, langdurig relatief verzuim.
        absoluut_verzuim: under the Leerplichtwet, not enrolled, no vrijstelling from enrolment.
        vrijstelling_5_onder_a: with a vrijstelling of art. 5 onder a in force (not thuiszitters).
        langer_dan_norm_zonder_aanbod: thuiszitters at home longer than the norm (three months)
            without a fitting offer: the Thuiszitterspact indicator.
    """

    peildatum: pendulum.Date = field(converter=v.to_date, validator=v.is_date)
    leerlingen: int = field(validator=v.aantal)
    langdurig_relatief_verzuim: int = field(validator=v.aantal)
    absoluut_verzuim: int = field(validator=v.aantal)
    vrijstelling_5_onder_a: int = field(validator=v.aantal)
    langer_dan_norm_zonder_aanbod: int = field(validator=v.aantal)

    @property
    def thuiszitters(self) -> int:
        """Langdurig relatief verzuim plus absoluut verzuim (R-LPW-8)."""
        return self.langdurig_relatief_verzuim + self.absoluut_verzuim


def tel_thuiszitters(
    leerlingen: Iterable[Leerlingverzuim],
    peildatum: Datum,
    kalender: Schoolkalender | None = None,
    *,
    regels: Verzuimregels | None = None,
    norm_maanden: int = NORM_MAANDEN,
) -> Thuiszittertelling:
    """Count the region's thuiszitters on ``peildatum`` (R-LPW-14), each column apart.

    Every pupil's status must be on ``peildatum``. A pupil counts once per column that applies
    (`beoordeel_verzuim` decides langdurig relatief and absoluut verzuim); the indicator counts
    thuiszitters whose time at home, known, exceeds ``norm_maanden`` and who have no offer.

    Examples:
        >>> from gedragswerk_core.leerplicht.status import leerplicht_status
        >>> peil = pendulum.date(2016, 4, 15)
        >>> thuis = leerplicht_status(pendulum.date(2004, 5, 1), peil, ingeschreven=False)
        >>> t = tel_thuiszitters(
        ...     [Leerlingverzuim(thuis, niet_ingeschreven_sinds=pendulum.date(2016, 1, 4))], peil
        ... )
        >>> t.absoluut_verzuim, t.thuiszitters, t.langer_dan_norm_zonder_aanbod
        (1, 1, 1)

    Raises:
        InvalidValueError: a pupil's status is on another day, or an argument has the wrong type.
    """
    peil = as_date(peildatum, "peildatum")
    lijst = v.require_items(leerlingen, Leerlingverzuim, "leerlingen", regel="R-LPW-14")
    lrv = absoluut = art5a = indicator = 0
    for i, lv in enumerate(lijst):
        if lv.status.peildatum != peil:
            raise InvalidValueError(
                f"the status is on {lv.status.peildatum.isoformat()}, not on the peildatum",
                field=f"leerlingen[{i}].status",
                regel="R-LPW-14",
                hint="make every status with leerplicht_status(..., peildatum)",
            )
        b = beoordeel_verzuim(
            lv.status,
            lv.afwezigheden,
            kalender,
            niet_ingeschreven_sinds=lv.niet_ingeschreven_sinds,
            norm_maanden=norm_maanden,
            regels=regels,
        )
        lrv += b.thuiszitter and not b.absoluut_verzuim
        absoluut += b.absoluut_verzuim
        art5a += any(
            vr.grond is Vrijstellingsgrond.LICHAMELIJK_OF_PSYCHISCH
            for vr in lv.status.vrijstellingen
        )
        indicator += b.langer_dan_norm and not lv.aanbod
    return Thuiszittertelling(peil, len(lijst), lrv, absoluut, art5a, indicator)
