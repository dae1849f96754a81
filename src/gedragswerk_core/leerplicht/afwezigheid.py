"""Absence records and how a school counts them: per lesson or per day, clock hours or lesuren.

A school records absence per lesson (`Afwezigheid.per_les`: the lesson's minutes) or per day
(`Afwezigheid.per_dag`: the minutes of lesson time missed that day). How the minutes count
towards the 16 hours of R-LPW-6 depends on the school (`Telwijze`), and where the sources differ
the reading is a parameter of `Verzuimregels`, with the source-backed default.

References:
    - R-LPW-6, *lesuren*: "PO-scholen melden bij 16 klokuren ongeoorloofde afwezigheid.
      VO-scholen melden bij 16 lesuren ongeoorloofde afwezigheid (mits dit lesuur korter dan of
      gelijk aan 60 minuten is)" (Inspectie van het onderwijs, "Registreren en melden van
      ongeoorloofd verzuim", quoted at kindindekijker.nl, story 1851). A missed lesson of at most
      60 minutes counts as one hour; a longer lesson counts its minutes (no source: the
      library's choice).
    - R-LPW-6, *the window*: "De begindatum is de 1e verzuimdag […] Vakantiedagen tellen niet
      mee" (DUO, "Soorten verzuim"); "Vakanties tellen niet mee als lesweek" (Inspectie, same
      page). Four lesweken from the first day of absence, holidays not counted
      (`Venster.LESWEKEN`); calendar weeks Monday to Sunday are kept as `Venster.KALENDERWEKEN`
      (no source).
    - R-LPW-6, *repeats*: "mag de school na de 1e melding wekelijks 1 herhaalmelding opvoeren.
      Dit mag de school doen tot er 4 herhaalmeldingen zijn gedaan" (DUO verzuimhulp).
    - R-LPW-5, R-LPW-10: langdurig relatief verzuim "langer dan 4 weken" (DUO; OCW letter of
      3 February 2016, Kamerstuk 26695 nr. 108); the RMC report after absence of "vier weken" or
      more (Kamerstuk 32356 nr. 3; DUO "Verzuim digitaal melden").
"""

from __future__ import annotations

from enum import Enum, unique
from typing import Final, final

import pendulum
from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core._tijd import Datum
from gedragswerk_core.leerplicht.schoolkalender import Schoolkalender

__all__ = ["Afwezigheid", "Telwijze", "Venster", "Verzuimregels"]

_MINUTEN_PER_DAG: Final = 24 * 60
_LESUUR: Final = 60  # Inspectie: a lesson of at most 60 minutes is one lesuur
_MAXIMUM: Final = 1200  # far beyond any threshold (hours, weeks), and no date overflow


@unique
class Telwijze(Enum):
    """How a school counts absence towards the 16 hours (R-LPW-6; Inspectie)."""

    KLOKUREN = "klokuren"
    """Clock hours: the minutes missed, divided by 60 (primary schools, mbo by default)."""
    LESUREN = "lesuren"
    """Lesuren: a missed lesson of at most 60 minutes counts as one hour (secondary schools)."""


@unique
class Venster(Enum):
    """Which four weeks the 16 hours are counted in (R-LPW-6)."""

    LESWEKEN = "lesweken"
    """Four lesweken from the first day of absence, holiday days not counted (DUO, default)."""
    KALENDERWEKEN = "kalenderweken"
    """Four consecutive calendar weeks (Monday to Sunday) with a lesdag (no source)."""


@final
@frozen
class Afwezigheid:
    """One absence record: on ``datum``, ``minuten`` of lesson time, authorised or not.

    Attributes:
        datum: the school day.
        minuten: the lesson time missed, in whole minutes (a lesson's length for a lesson).
        geoorloofd: whether the absence has a valid reason (illness, or a vrijstelling or leave
            the caller already knows of); only unauthorised absence counts as verzuim.
        hele_dag: whether the pupil missed the whole school day; langdurig relatief verzuim
            (R-LPW-5) needs whole days.
        les: whether the record is one lesson (`per_les`); with `Telwijze.LESUREN` a lesson of
            at most 60 minutes counts as one hour.
        luxe: whether the absence is a holiday outside the school holidays without leave:
            luxe verzuim (art. 13a; R-LPW-10). The school knows; the records cannot tell.

    Examples:
        >>> Afwezigheid.per_les(pendulum.date(2016, 1, 4), 45).telminuten(Telwijze.LESUREN)
        60
    """

    datum: pendulum.Date = field(converter=v.to_date, validator=v.is_date)
    minuten: int = field(
        validator=v.whole(
            minimum=1,
            maximum=_MINUTEN_PER_DAG,
            hint="an absence on one day lasts 1 to 1440 minutes; give hours with van_uren(...)",
        )
    )
    geoorloofd: bool = field(validator=v.instance_of(bool))
    hele_dag: bool = field(default=False, validator=v.instance_of(bool))
    les: bool = field(default=False, validator=v.instance_of(bool))
    luxe: bool = field(default=False, validator=v.instance_of(bool))

    @classmethod
    def van_uren(
        cls, datum: Datum, uren: float, geoorloofd: bool, *, hele_dag: bool = False
    ) -> Afwezigheid:
        """A record of clock hours on one day, rounded to whole minutes.

        Record missed lessons with `per_les`, so that a school counting lesuren counts them.
        """
        v.require_number(uren, "uren", minimum=0, maximum=24, hint="the hours missed on one day")
        return cls(datum, round(uren * 60), geoorloofd, hele_dag=hele_dag)

    @classmethod
    def per_les(
        cls, datum: Datum, minuten: int, *, geoorloofd: bool = False, luxe: bool = False
    ) -> Afwezigheid:
        """One missed lesson of ``minuten`` minutes (unauthorised unless ``geoorloofd``)."""
        return cls(datum, minuten, geoorloofd, les=True, luxe=luxe)

    @classmethod
    def per_dag(
        cls, datum: Datum, minuten: int, *, geoorloofd: bool = False, luxe: bool = False
    ) -> Afwezigheid:
        """A whole school day missed, of ``minuten`` minutes of lesson time."""
        return cls(datum, minuten, geoorloofd, hele_dag=True, luxe=luxe)

    def telminuten(self, telwijze: Telwijze) -> int:
        """The minutes this record counts for under ``telwijze`` (R-LPW-6; Inspectie).

        With lesuren, a lesson of at most 60 minutes counts as 60; anything else counts its
        minutes.
        """
        if telwijze is Telwijze.LESUREN and self.les and self.minuten <= _LESUUR:
            return _LESUUR
        return self.minuten


def _getal(maximum: float) -> v.Validator:
    def check(inst: object, attribute: object, value: object) -> None:
        del inst
        naam = f"Verzuimregels.{getattr(attribute, 'name', '')}"
        v.require_number(value, naam, minimum=1 / 60, maximum=maximum)

    return check


@final
@frozen
class Verzuimregels:
    """How absence is counted and reported: the readings where sources differ (R-LPW-5, -6, -10).

    The defaults follow the sources in the module's references.

    Attributes:
        telwijze: klokuren (primary) or lesuren (secondary school).
        venster: four lesweken from the first day of absence (DUO) or calendar weeks.
        drempel_uren: the 16 hours of art. 21a.
        meer_dan_drempel: report only above the threshold ("meer dan 16 uur", one DUO page);
            default: on reaching it ("in totaal zestien uren", art. 21a; "minimaal 16 uur", DUO).
        herhaal_min_dagen: during continuous absence, a repeat report at least this many days
            after the previous report's end (DUO: one a week).
        max_herhaalmeldingen: at most this many repeats during one continuous absence (DUO: 4).
        lrv_weken: langdurig relatief verzuim after this many weeks (R-LPW-5).
        lrv_meer_dan: longer than ``lrv_weken`` (DUO; default) or that long or longer.
        rmc_weken: the RMC report after this many weeks of absence (Kamerstuk 32356 nr. 3).
        rmc_meer_dan: longer than ``rmc_weken``; default: that long or longer ("vier weken of
            meer", NJI; "na afwezigheid van vier weken", Kamerstuk 32356 nr. 3).
    """

    telwijze: Telwijze = field(default=Telwijze.KLOKUREN, validator=v.instance_of(Telwijze))
    venster: Venster = field(default=Venster.LESWEKEN, validator=v.instance_of(Venster))
    drempel_uren: float = field(default=16, validator=_getal(_MAXIMUM))
    meer_dan_drempel: bool = field(default=False, validator=v.instance_of(bool))
    herhaal_min_dagen: int = field(default=7, validator=v.whole(maximum=366))
    max_herhaalmeldingen: int = field(default=4, validator=v.whole(maximum=100))
    lrv_weken: float = field(default=4, validator=_getal(_MAXIMUM))
    lrv_meer_dan: bool = field(default=True, validator=v.instance_of(bool))
    rmc_weken: float = field(default=4, validator=_getal(_MAXIMUM))
    rmc_meer_dan: bool = field(default=False, validator=v.instance_of(bool))

    @property
    def drempel_minuten(self) -> int:
        """The threshold in whole minutes."""
        return round(self.drempel_uren * 60)

    def bereikt(self, minuten: int) -> bool:
        """Whether ``minuten`` reach the 16-hour threshold under this reading."""
        d = self.drempel_minuten
        return minuten > d or (minuten == d and not self.meer_dan_drempel)


# --- counting school weeks (same package) ------------------------------------------------------

_WEKEN_VENSTER: Final = 4  # R-LPW-6: four consecutive lesweken
_GEEN_VAKANTIES: Final = Schoolkalender()


def kalender_of_geen(kalender: object) -> Schoolkalender:
    """``kalender``, checked, or a calendar without holidays for ``None``."""
    if kalender is None:
        return _GEEN_VAKANTIES
    return v.require(kalender, Schoolkalender, "kalender", hint="pass a Schoolkalender or None")


def records(afwezigheden: object) -> tuple[Afwezigheid, ...]:
    """``afwezigheden`` as a tuple of `Afwezigheid`, checked."""
    return v.require_items(
        afwezigheden,
        Afwezigheid,
        "afwezigheden",
        hint="e.g. [Afwezigheid.per_les(pendulum.date(2016, 1, 4), 50)]",
    )


def na_weken(begin: int, weken: float, kal: Schoolkalender) -> int:
    """The first day after ``weken`` weeks of non-holiday days from ``begin`` (ordinals).

    Holidays do not count as school weeks (Inspectie), so the weeks stretch over them.
    """
    nodig = round(weken * 7)
    o = begin
    while nodig > 0:
        if not kal._is_vakantiedag(o):  # noqa: SLF001 — same package
            nodig -= 1
        o += 1
    return o


def venster_einde(begin: int, venster: Venster, kal: Schoolkalender) -> int:
    """The first day after the four weeks counted from ``begin`` (ordinals; R-LPW-6)."""
    if venster is Venster.LESWEKEN:
        return na_weken(begin, _WEKEN_VENSTER, kal)
    maandag = begin - (begin - 1) % 7
    weken = 0
    while True:
        if any(kal._is_lesdag(maandag + k) for k in range(5)):  # noqa: SLF001
            weken += 1
        maandag += 7
        if weken == _WEKEN_VENSTER:
            return maandag
