"""Private: the Leerplichtwet's dates as integers (proleptic ordinals), from tables built once.

`leerplicht.status` converts to and from ``pendulum.Date`` at its boundary; everything
here works on ``int`` ordinals (as ``datetime.date.toordinal``) so that the status of a million
pupils costs about a microsecond each. The rule ids are cited in the public module.
"""

from __future__ import annotations

import datetime as dt
from calendar import isleap, monthrange
from collections.abc import Callable, Iterable
from typing import Final, TypeAlias

import pendulum

from gedragswerk_core import _validatie as v
from gedragswerk_core._tijd import as_date
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.leerplicht.schoolkalender import Schoolkalender
from gedragswerk_core.leerplicht.vrijstelling import Vrijstelling, Vrijstellingsgrond

# --- the integer date tables -------------------------------------------------------------------

BASIS: Final = 1900  # first year in the tables
GEBOORTE_MAX: Final = 2199  # last birth year accepted
TABEL_MAX: Final = GEBOORTE_MAX + 30  # birth + 23 years, and school years after it
EERSTE: Final = tuple(
    dt.date(j, m, 1).toordinal() for j in range(BASIS, TABEL_MAX + 2) for m in range(1, 13)
)
"""Ordinal of the first day of month k, k = (year - BASIS) * 12 + month - 1."""
ZATERDAG: Final = 5  # (ordinal - 1) % 7: Monday is 0 (1 January of year 1 was a Monday)


def eerste_werkdag(o: int) -> int:
    """The first weekday (Monday to Friday) on or after ordinal ``o`` (R-LPW-1, no calendar)."""
    dag = (o - 1) % 7
    return o if dag < ZATERDAG else o + 7 - dag


EERSTE_WERKDAG: Final = tuple(eerste_werkdag(o) for o in EERSTE)
"""Ordinal of the first weekday of month k: the first school day when no calendar is known."""
JULI31: Final = tuple(dt.date(j, 7, 31).toordinal() for j in range(BASIS, TABEL_MAX + 2))
"""Ordinal of 31 July of year - BASIS: the last day of a school year (R-LPW-9)."""
AUGUSTUS: Final = 8  # first month of a school year (R-LPW-9)
LEEFTIJD_START: Final = 5  # R-LPW-1
LEEFTIJD_EINDE: Final = 16  # R-LPW-2
SCHOOLJAREN: Final = 12  # R-LPW-2
BASISSCHOOLJAREN: Final = 8  # R-LPW-2, art. 3 lid 2
LEEFTIJD_EIGEN_PLICHT: Final = 12  # art. 2 lid 3
LEEFTIJD_ZES: Final = 6  # art. 11a
LEEFTIJD_KWALIFICATIE: Final = 18  # R-LPW-3
LEEFTIJD_RMC: Final = 23  # R-LPW-4
LEEFTIJD_SCHOOL: Final = 4  # the earliest age at which a child starts school (validation only)
ZOEKDAGEN: Final = 62


def maand_index(jaar: int, maand: int) -> int:
    return (jaar - BASIS) * 12 + maand - 1


def verjaardag_ord(j: int, m: int, d: int, leeftijd: int, maart: bool) -> int:
    jj = j + leeftijd
    if m == 2 and d == 29 and not isleap(jj):  # noqa: PLR2004 — 29 February
        return EERSTE[maand_index(jj, 3)] if maart else EERSTE[maand_index(jj, 2)] + 27
    return EERSTE[maand_index(jj, m)] + d - 1


def begin_ord(j: int, m: int, d: int, maart: bool) -> int:
    """First day of the month after the month of the fifth birthday (R-LPW-1)."""
    jj = j + LEEFTIJD_START
    if m == 2 and d == 29 and not isleap(jj):  # noqa: PLR2004 — 29 February
        m = 3 if maart else 2
    return EERSTE[maand_index(jj, m) + 1]


def startjaar(dag: dt.date) -> int:
    return dag.year if dag.month >= AUGUSTUS else dag.year - 1


# --- input --------------------------------------------------------------------------------------

Kalender: TypeAlias = Schoolkalender | Callable[[pendulum.Date], object] | Iterable[object] | None
"""A school calendar for R-LPW-1: a `Schoolkalender`, a function from the first of a month to
that month's first school day, or a collection of first school days; ``None``: the first
weekday on or after the 1st (holidays unknown)."""

VOLLEDIG_TOT: Final = (9, 6)
"""Without a calendar, a schoolbegin on or before 6 September counts its school year as full
(R-LPW-2): the last region's summer holiday ends with ISO week 35, so no first lesdag after the
summer falls later than the Monday of week 36, at the latest 6 September."""


def eerste_schooldag(eerste: int, kalender: Kalender) -> int:
    """The first school day on or after the first of a month (R-LPW-1), as an ordinal."""
    if kalender is None:
        return eerste_werkdag(eerste)
    if isinstance(kalender, Schoolkalender):
        return kalender._eerste_lesdag_vanaf(eerste)  # noqa: SLF001 — same package
    if callable(kalender):
        dag = as_date(kalender(pendulum.Date.fromordinal(eerste)), "schoolkalender()")
        kandidaten = [dag.toordinal()]
    elif isinstance(kalender, Iterable) and not isinstance(kalender, str | bytes):
        kandidaten = [as_date(d, "schoolkalender[]").toordinal() for d in kalender]
    else:
        raise InvalidValueError(
            f"expected a school calendar, got {type(kalender).__name__}",
            field="schoolkalender",
            hint="pass a Schoolkalender, a function of the first of a month, or first school days",
        )
    binnen = [o for o in kandidaten if eerste <= o < eerste + ZOEKDAGEN]
    if not binnen:
        raise InvalidValueError(
            f"the calendar gives no first school day for the month of "
            f"{pendulum.Date.fromordinal(eerste).isoformat()}",
            field="schoolkalender",
            regel="R-LPW-1",
            hint="give, for that month, its first school day (on or after the 1st)",
        )
    return min(binnen)


def datum(value: object, field: str, *, geboorte: bool = False) -> pendulum.Date:
    dag = as_date(value, field)
    laatste = GEBOORTE_MAX if geboorte else TABEL_MAX - SCHOOLJAREN
    if not BASIS <= dag.year <= laatste:
        raise InvalidValueError(
            f"dates from {BASIS} to {laatste} are supported",
            field=field,
            hint="check the year",
        )
    return dag


def niet_voor_vierde_verjaardag(dag: pendulum.Date, geboren: pendulum.Date, field: str) -> None:
    vier = verjaardag_ord(geboren.year, geboren.month, geboren.day, LEEFTIJD_SCHOOL, True)
    if dag.toordinal() < vier:
        raise InvalidValueError(
            "a child starts school at four at the earliest",
            field=field,
            regel="R-LPW-2",
            hint="give the date on or after the fourth birthday",
        )


def volledig_tot(value: object) -> tuple[int, int]:
    """Check ``schoolbegin_telt_volledig_tot``: a (month, day) from August to December."""
    hint = "a (maand, dag) pair from August to December, e.g. (9, 6)"
    if not (isinstance(value, tuple) and len(value) == 2):  # noqa: PLR2004 — a pair
        raise InvalidValueError(
            "expected a (maand, dag) pair", field="schoolbegin_telt_volledig_tot", hint=hint
        )
    maand = v.require_whole(
        value[0], "schoolbegin_telt_volledig_tot[0]", minimum=AUGUSTUS, maximum=12, hint=hint
    )
    dag = v.require_whole(
        value[1],
        "schoolbegin_telt_volledig_tot[1]",
        minimum=1,
        maximum=monthrange(2001, maand)[1],
        hint=hint,
    )
    return maand, dag


def einde_leerplicht_ord(
    geboren: pendulum.Date,
    schoolbegin: pendulum.Date | None,
    versneld: pendulum.Date | None,
    kalender: Kalender,
    tot: tuple[int, int] = VOLLEDIG_TOT,
) -> int:
    j, m = geboren.year, geboren.month
    # art. 3 lid 1 onder b: the school year in which the 16th birthday falls (29 February
    # birthdays fall in February or March either way, so the month decides alone).
    einde = JULI31[j + LEEFTIJD_EINDE + (m >= AUGUSTUS) - BASIS]
    if schoolbegin is not None:  # art. 3 lid 1 onder a: twelve full school years
        sj = startjaar(schoolbegin)
        if kalender is None:  # the latest first lesdag the school can have had
            eerste = EERSTE[maand_index(sj, tot[0])] + tot[1] - 1
        else:
            eerste = eerste_schooldag(EERSTE[maand_index(sj, AUGUSTUS)], kalender)
        volledig_vanaf = sj if schoolbegin.toordinal() <= eerste else sj + 1
        einde = min(einde, JULI31[volledig_vanaf + SCHOOLJAREN - BASIS])
    if versneld is not None:  # art. 3 lid 2: basisschool in fewer than eight years counts as 8
        jaren_na = SCHOOLJAREN - BASISSCHOOLJAREN
        einde = min(einde, JULI31[startjaar(versneld) + jaren_na + 1 - BASIS])
    return einde


def schoolfeiten(
    geboren: pendulum.Date, schoolbegin: object, versneld: object
) -> tuple[pendulum.Date | None, pendulum.Date | None]:
    begin = None if schoolbegin is None else datum(schoolbegin, "schoolbegin")
    afgerond = None if versneld is None else datum(versneld, "basisschool_versneld_afgerond")
    for dag, naam in ((begin, "schoolbegin"), (afgerond, "basisschool_versneld_afgerond")):
        if dag is not None:
            niet_voor_vierde_verjaardag(dag, geboren, naam)
    return begin, afgerond


def na_leerplicht_ord(
    geboren: pendulum.Date,
    lp_einde: int,
    startkwalificatie: pendulum.Date | None,
    uitzondering: pendulum.Date | None,
    maart: bool,
    *,
    kwalificatieplicht: bool = True,
) -> tuple[int, int, int]:
    """Last day of kwalificatieplicht, first and last day of the RMC target group.

    A period whose last day precedes its first does not apply. The kwalificatieplicht ends on
    the 18th birthday, a startkwalificatie or an art. 4a lid 2 certificate, whichever is first
    (R-LPW-3); the RMC target group follows until the 23rd birthday or a startkwalificatie
    (R-LPW-4). In a version of the law without kwalificatieplicht (R-LPW-13) the RMC target
    group follows leerplicht directly.
    """
    j, m, d = geboren.year, geboren.month, geboren.day
    kp_einde = verjaardag_ord(j, m, d, LEEFTIJD_KWALIFICATIE, maart) - 1
    if not kwalificatieplicht:
        kp_einde = lp_einde
    rmc_einde = verjaardag_ord(j, m, d, LEEFTIJD_RMC, maart) - 1
    if uitzondering is not None:
        kp_einde = min(kp_einde, uitzondering.toordinal() - 1)
    if startkwalificatie is not None:
        kp_einde = min(kp_einde, startkwalificatie.toordinal() - 1)
        rmc_einde = min(rmc_einde, startkwalificatie.toordinal() - 1)
    return kp_einde, max(lp_einde, kp_einde) + 1, rmc_einde


def startkwalificatie(value: object, geboren: pendulum.Date) -> pendulum.Date | None:
    sk = None if value is None else datum(value, "startkwalificatie")
    if sk is not None and sk <= geboren:
        raise InvalidValueError(
            "a startkwalificatie is obtained after birth", field="startkwalificatie"
        )
    return sk


def uitzondering_4a_lid_2(value: object, alle: tuple[Vrijstelling, ...]) -> pendulum.Date | None:
    """The first day art. 4a lid 2 holds: the fact, or a deprecated vrijstelling's begin."""
    dagen = [vr.begin for vr in alle if vr.grond is Vrijstellingsgrond.PRAKTIJKONDERWIJS_OF_VSO]
    if value is not None:
        dagen.append(datum(value, "praktijkonderwijs_of_vso"))
    return min(dagen, default=None)
