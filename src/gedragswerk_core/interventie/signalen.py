"""Signals (signalen): what needs attention in an intervention on a reference date.

Signals never read a clock: the reference date (``peildatum``) is passed in. Days are counted in
Europe/Amsterdam (R-LPW-9). A signal is advice, not a refusal.

References:
    - R-LPW-8: the Thuiszitterspact norm — no child longer than three months at home without a
      fitting offer of education and/or care (OCW letter of 3 Feb 2016, Kamerstuk 26695-108).
    - R-LC-3 (b): conversations are kept going as long as needed (seed 000, seed 002 §2).
    - R-LC-8: interventions that also take up systemic questions tend to run longer; a long
      open intervention is "langer durende betrokkenheid", flagged here, not judged.
    - R-REG-3: individual cases before the system, per pupil: systemic measures get attention
      once passend onderwijs is realised for the named pupils (seed 002 §3.1.1).
"""

from __future__ import annotations

from typing import Final

import pendulum

from gedragswerk_core._tijd import Datum, Moment, as_date, day_in_amsterdam
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.interventie.interventie import Interventie, Status, Toestand
from gedragswerk_core.leerplicht.verzuim import NORM_MAANDEN, langer_thuis_dan_norm
from gedragswerk_core.signaal import Signaal, Signaalsoort

__all__ = ["signaleer"]


_MAX_PARAMETER: Final = 1200  # a century in months; far beyond any norm, and no date overflow


def _positive(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= _MAX_PARAMETER:
        raise InvalidValueError(f"must be a whole number from 1 to {_MAX_PARAMETER}", field=name)
    return value


def signaleer(
    interventie: Interventie,
    peildatum: Datum,
    *,
    stilte_weken: int = 6,
    thuiszit_maanden: int = NORM_MAANDEN,
    bekend_op: Moment | None = None,
) -> tuple[Signaal, ...]:
    """The signals for ``interventie`` on ``peildatum`` (a date, or a moment's Amsterdam day).

    Only open interventions give signals.

    Args:
        interventie: the intervention to look at.
        peildatum: the reference date; never read from a clock.
        stilte_weken: weeks without a conversation before `GEEN_GESPREK`
            (R-LC-3 b). The methodiek gives no number; 6 is this library's default.
        thuiszit_maanden: the norm of R-LPW-8, three months by default (Thuiszitterspact).
        bekend_op: the signals as they were given at this moment: from the intervention as
            known then (`Interventie.bekend_op`: the events recorded by then, R-GEB-3, R-GEB-4);
            none when it was not known yet. ``None``: as known now.

    Examples:
        >>> import pendulum
        >>> from gedragswerk_core import voorbeeld
        >>> i = voorbeeld.interventie_na_intake()
        >>> [s.regel for s in signaleer(i, pendulum.date(2016, 1, 4))]
        ['R-LPW-8', 'R-LC-3']
    """
    if not isinstance(interventie, Interventie):
        raise InvalidValueError(
            f"expected an Interventie, got {type(interventie).__name__}", field="interventie"
        )
    dag = as_date(peildatum, "peildatum")
    weken = _positive(stilte_weken, "stilte_weken")
    maanden = _positive(thuiszit_maanden, "thuiszit_maanden")
    bekend = interventie if bekend_op is None else interventie.bekend_op(bekend_op)
    if bekend is None:
        return ()
    t = bekend.toestand
    if not t.status.is_open:
        return ()
    return (
        *_thuiszitters(t, dag, maanden),
        *_stilte(t, dag, weken),
        *_lang_open(t, dag),
        *_systeem_voor_individu(t),
    )


def _thuiszitters(t: Toestand, dag: pendulum.Date, maanden: int) -> list[Signaal]:
    """R-LPW-8: pupils at home longer than the norm, without passend onderwijs booked."""
    signalen = []
    for betrokken in t.hulpvraag.leerlingen:
        sinds = betrokken.thuis_sinds
        if sinds is None or betrokken.ref in t.gerealiseerd:
            continue
        if langer_thuis_dan_norm(sinds, dag, maanden):
            signalen.append(
                Signaal(
                    Signaalsoort.THUISZITTER_LANGER_DAN_NORM,
                    f"at home since {sinds.isoformat()}, longer than {maanden} months "
                    "without passend onderwijs",
                    betrokken.ref,
                )
            )
    return signalen


def _stilte(t: Toestand, dag: pendulum.Date, weken: int) -> list[Signaal]:
    """R-LC-3 (b): a lopend intervention without a conversation for too long."""
    if t.status is not Status.LOPEND:
        return []
    sinds_gesprek = day_in_amsterdam(t.laatste_gesprek or t.begin)
    if dag <= sinds_gesprek.add(weeks=weken):
        return []
    wat = "the last conversation" if t.laatste_gesprek else "the hulpvraag came in"
    return [
        Signaal(
            Signaalsoort.GEEN_GESPREK,
            f"no conversation for more than {weken} weeks since {wat} "
            f"({sinds_gesprek.isoformat()})",
        )
    ]


def _lang_open(t: Toestand, dag: pendulum.Date) -> list[Signaal]:
    """R-LC-8: open for more than a year, ongoing involvement."""
    begin = day_in_amsterdam(t.begin)
    if dag <= begin.add(years=1):
        return []
    return [
        Signaal(
            Signaalsoort.LANGER_DAN_SCHOOLJAAR,
            f"open since {begin.isoformat()}, more than a year: ongoing involvement, "
            "often because of systemic questions",
        )
    ]


def _systeem_voor_individu(t: Toestand) -> list[Signaal]:
    """R-REG-3, per pupil: a signal for each pupil without passend onderwijs, systemic work on."""
    if not t.systemische_vragen:
        return []
    zonder = [b.ref for b in t.hulpvraag.leerlingen if b.ref not in t.gerealiseerd]
    uitleg = (
        f"systemic questions are taken up while {len(zonder)} of "
        f"{len(t.hulpvraag.leerlingen)} pupils still have no passend onderwijs; this pupil comes "
        "first"
    )
    return [Signaal(Signaalsoort.SYSTEEM_VOOR_INDIVIDU, uitleg, ref) for ref in zonder]
