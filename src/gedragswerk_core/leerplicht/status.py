"""Leerplicht and kwalificatieplicht: who is covered by the Leerplichtwet, from when, until when.

For a pupil's birth date, a reference date (``peildatum``) and the facts the caller knows
(enrolment, startkwalificatie, vrijstellingen, when schooling began) `leerplicht_status` says
whether the pupil is volledig leerplichtig, kwalificatieplichtig, in the RMC target group, or not
covered, with the periods of each and the rule ids behind them
(`gedragswerk_core.leerplicht.bulk` does the same for many pupils at once, with lighter results).

Dates are computed as integers (proleptic ordinals, as ``datetime.date.toordinal``) from tables
built once; ``pendulum.Date`` appears only at the API boundary. No clock is read.

References:
    Law text read in the Leerplichtwet 1969 (BWBR0002628) as mirrored from wetten.overheid.nl
    (repository statengeneraal/laws-markdown, wet/leerplichtwet/1969/BWBR0002628, a version of
    about 2015; municipal and DUO pages of 2023-2024 describe art. 3 and 4b the same way):

    - R-LPW-1: art. 3 lid 1 — the duty to enrol starts on the first school day of the month after
      the month in which the child reaches the age of five (verified).
    - R-LPW-2: art. 3 lid 1 onder a and b — it ends at the end of the school year after which the
      pupil has attended school for at least twelve full school years, or at the end of the school
      year in which the pupil reaches sixteen, whichever comes first; art. 3 lid 2 — a pupil who
      went through basisschool in fewer than eight school years counts as having had eight
      (verified). DOMAIN.md cites art. 4 here: art. 4 only ties regular attendance to enrolment.
    - R-LPW-3: art. 4a and 4b — the kwalificatieplicht starts right after leerplicht ends and
      ends on the 18th birthday or when a startkwalificatie is obtained; art. 1 onder f — a
      startkwalificatie is a havo or vwo diploma or an mbo diploma of level 2 or higher; art. 4a
      lid 2 — not for holders of a praktijkonderwijs certificate or certain vso profiles
      (verified).
    - R-LPW-4: the RMC function covers young people under 23 without a startkwalificatie who are
      no longer under the Leerplichtwet (DUO, "Verzuim digitaal melden"; secondary source). That
      is an age group; a voortijdig schoolverlater is one of them who is not enrolled (Ingrado,
      "RMC in vogelvlucht"; the RMC act of 2001, BWBR0013103).
    - Art. 2 lid 3: from the 12th birthday the pupil must attend the school, besides the parents'
      duty (lid 1); art. 4c: the kwalificatieplichtige's own duty (`Leerplichtstatus.eigen_plicht`).
    - R-LPW-13: the status uses the version of the law in force on ``peildatum``
      (`gedragswerk_core.leerplicht.wetsversies`): no kwalificatieplicht before 1 August 2007.
    - R-LPW-9: school years run 1 August to 31 July (`gedragswerk_core.schooljaar`).
    - Birthdays on 29 February (secondary source): in a year without 29 February the age is
      reached on 1 March by default — "legally one is a year older only on 1 March" (de
      Volkskrant, 29 February 2020); German law (BGB §188 lid 3) gives the same day. No Dutch
      statute or ruling was found, so `Schrikkeldag` makes it a parameter.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum, unique
from functools import cached_property
from typing import Final, final

import pendulum
from attrs import frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core._tijd import Datum, as_date
from gedragswerk_core.besluit import Reden
from gedragswerk_core.leerplicht import _datums as _d
from gedragswerk_core.leerplicht._datums import Kalender
from gedragswerk_core.leerplicht.feit import Feit, als_redenen
from gedragswerk_core.leerplicht.schoolkalender import Periode
from gedragswerk_core.leerplicht.teksten import feit
from gedragswerk_core.leerplicht.vrijstelling import (
    UREN_11A_MAX,
    Vrijstelling,
    Vrijstellingssoort,
    vrijstellingen_in_kracht,
)
from gedragswerk_core.leerplicht.wetsversies import WETSVERSIES, versie_op_ord

__all__ = [
    "Categorie",
    "Leerplichtstatus",
    "Schrikkeldag",
    "begin_leerplicht",
    "einde_leerplicht",
    "leerplicht_status",
    "verjaardag",
]


@unique
class Schrikkeldag(Enum):
    """On which day someone born on 29 February reaches an age in a year without that day."""

    EERSTE_MAART = "1_maart"
    """On 1 March (the default; see the module's references)."""
    ACHTENTWINTIG_FEBRUARI = "28_februari"
    """On 28 February."""


@unique
class Categorie(Enum):
    """Where the Leerplichtwet places a pupil on a reference date."""

    VOLLEDIG_LEERPLICHTIG = "volledig_leerplichtig"
    """Under volledige leerplicht (R-LPW-1, R-LPW-2)."""
    KWALIFICATIEPLICHTIG = "kwalificatieplichtig"
    """Under the kwalificatieplicht (R-LPW-3)."""
    RMC_DOELGROEP = "rmc_doelgroep"
    """The RMC age group: no longer under the Leerplichtwet, under 23, without a
    startkwalificatie, enrolled or not (R-LPW-4); see
    `Leerplichtstatus.voortijdig_schoolverlater`."""
    NIET_GEDEKT = "niet_gedekt"
    """None of these: not yet leerplichtig, or past them all."""

    @property
    def onder_leerplichtwet(self) -> bool:
        """Whether the Leerplichtwet's duties apply (volledig or kwalificatieplichtig)."""
        return self in _ONDER_LPW


_VERSIES: Final = {vr.id: vr for vr in WETSVERSIES}
_ONDER_LPW: Final = frozenset({Categorie.VOLLEDIG_LEERPLICHTIG, Categorie.KWALIFICATIEPLICHTIG})
_CATEGORIE_VAN: Final = {
    "R-LPW-3.kwalificatieplicht": Categorie.KWALIFICATIEPLICHTIG,
    "R-LPW-4.rmc": Categorie.RMC_DOELGROEP,
}


def _schrikkel(value: object) -> bool:
    hint = "pass Schrikkeldag.EERSTE_MAART or Schrikkeldag.ACHTENTWINTIG_FEBRUARI"
    return v.require(value, Schrikkeldag, "schrikkeldag", hint=hint) is Schrikkeldag.EERSTE_MAART


# --- the rules, one function each -------------------------------------------------------------


def verjaardag(
    geboortedatum: Datum, leeftijd: int, *, schrikkeldag: Schrikkeldag = Schrikkeldag.EERSTE_MAART
) -> pendulum.Date:
    """The day on which someone born on ``geboortedatum`` reaches ``leeftijd`` years.

    Born on 29 February: in a year without that day the age is reached on 1 March, or on
    28 February with `Schrikkeldag.ACHTENTWINTIG_FEBRUARI` (secondary source; see the module).

    Examples:
        >>> verjaardag(pendulum.date(2012, 2, 29), 5)
        Date(2017, 3, 1)
        >>> verjaardag(pendulum.date(2012, 2, 29), 5, schrikkeldag=Schrikkeldag.ACHTENTWINTIG_FEBRUARI)
        Date(2017, 2, 28)
    """  # noqa: E501
    geboren = _d.datum(geboortedatum, "geboortedatum", geboorte=True)
    v.require_whole(leeftijd, "leeftijd", maximum=30)
    o = _d.verjaardag_ord(
        geboren.year, geboren.month, geboren.day, leeftijd, _schrikkel(schrikkeldag)
    )
    return pendulum.Date.fromordinal(o)


def begin_leerplicht(
    geboortedatum: Datum,
    *,
    schoolkalender: Kalender = None,
    schrikkeldag: Schrikkeldag = Schrikkeldag.EERSTE_MAART,
) -> pendulum.Date:
    """The first day of leerplicht (R-LPW-1; BWBR0002628 art. 3 lid 1).

    The first school day of the month after the month in which the child turns five. Without a
    ``schoolkalender`` that is the first weekday (Monday to Friday) on or after the 1st: the
    holidays are not known, so a school closed that day is not seen; with one, its first school
    day on or after the 1st (a `Schoolkalender`, a function given the 1st of the month, or a
    collection of first school days).

    Examples:
        >>> begin_leerplicht(pendulum.date(2010, 9, 2))  # the law's example: 2 September
        Date(2015, 10, 1)
        >>> begin_leerplicht(pendulum.date(2012, 2, 29))  # 1 April 2017 was a Saturday
        Date(2017, 4, 3)
        >>> begin_leerplicht(pendulum.date(2010, 9, 2), schoolkalender={pendulum.date(2015, 10, 5)})
        Date(2015, 10, 5)
    """
    geboren = _d.datum(geboortedatum, "geboortedatum", geboorte=True)
    maart = _schrikkel(schrikkeldag)
    eerste = _d.begin_ord(geboren.year, geboren.month, geboren.day, maart)
    return pendulum.Date.fromordinal(_d.eerste_schooldag(eerste, schoolkalender))


def einde_leerplicht(
    geboortedatum: Datum,
    *,
    schoolbegin: Datum | None = None,
    basisschool_versneld_afgerond: Datum | None = None,
    schoolkalender: Kalender = None,
    schoolbegin_telt_volledig_tot: tuple[int, int] = _d.VOLLEDIG_TOT,
) -> pendulum.Date:
    """The last day of volledige leerplicht, always a 31 July (R-LPW-2; art. 3 lid 1 a/b, lid 2).

    The end of the school year in which the pupil turns 16, or — if earlier — the end of the
    school year after which the pupil has attended school for twelve full school years. A
    29 February birthday needs no `Schrikkeldag` here: the 16th birthday falls in February or
    March either way, in the same school year.

    Args:
        geboortedatum: the date of birth.
        schoolbegin: the day the pupil first went to school (optional). Its school year counts
            as full when the pupil started on or before the year's first lesdag (art. 3 lid 1
            onder a: "volledige schooljaren"; the law does not define them, this is the reading
            with the most support), else the next school year is the first full one. The first
            lesdag comes from ``schoolkalender`` (its first school day from 1 August).
        schoolkalender: as for `begin_leerplicht`.
        schoolbegin_telt_volledig_tot: without a ``schoolkalender``, the (month, day) up to
            which a schoolbegin counts its school year as full. Default (9, 6): the latest
            region's summer holiday ends with ISO week 35, so no school starts the year after
            6 September; a start in August or early September counts.
        basisschool_versneld_afgerond: the day a pupil who went through basisschool in fewer
            than eight school years completed it; the pupil then counts as having had eight
            school years at the end of that school year (art. 3 lid 2).

    Examples:
        >>> einde_leerplicht(pendulum.date(2010, 7, 31)), einde_leerplicht(pendulum.date(2010, 8, 1))
        (Date(2026, 7, 31), Date(2027, 7, 31))
        >>> einde_leerplicht(pendulum.date(2010, 8, 15), schoolbegin=pendulum.date(2014, 8, 18))
        Date(2026, 7, 31)
    """  # noqa: E501
    geboren = _d.datum(geboortedatum, "geboortedatum", geboorte=True)
    begin, versneld = _d.schoolfeiten(geboren, schoolbegin, basisschool_versneld_afgerond)
    tot = _d.volledig_tot(schoolbegin_telt_volledig_tot)
    o = _d.einde_leerplicht_ord(geboren, begin, versneld, schoolkalender, tot)
    return pendulum.Date.fromordinal(o)


# --- the status --------------------------------------------------------------------------------


@final
@frozen
class Leerplichtstatus:
    """Where the Leerplichtwet places a pupil on ``peildatum``, and the periods behind it.

    Derived by `leerplicht_status`, never built by hand. Every ``einde`` is the last day the
    period applies (included), as for `Periode`.

    Attributes:
        categorie: where the pupil stands on ``peildatum``.
        peildatum: the reference date.
        leerplicht: volledige leerplicht (R-LPW-1, R-LPW-2).
        kwalificatieplicht: the kwalificatieplicht (R-LPW-3), or ``None`` when it never applies
            (a startkwalificatie before it would start, or art. 4a lid 2).
        rmc: the RMC target group (R-LPW-4), or ``None`` (a startkwalificatie).
        startkwalificatie: the day a startkwalificatie was obtained, if known.
        ingeschreven: whether the pupil is enrolled at a school or instelling, if known.
        vrijstellingen: the vrijstellingen in force on ``peildatum`` that apply to the
            ``categorie`` (R-LPW-7); art. 11a only before the sixth birthday.
        regels: the rule ids behind the ``categorie``.
        wetsversie: the id of the version of the law used, the one in force on ``peildatum``
            (R-LPW-13; `gedragswerk_core.leerplicht.wetsversies.WETSVERSIES`).
        eigen_plicht: whether the pupil has a duty of their own to attend, besides the
            parents': from the 12th birthday while volledig leerplichtig (art. 2 lid 3), and
            while kwalificatieplichtig (art. 4c). The parents are addressed in every case under
            the Leerplichtwet (art. 2 lid 1); with ``eigen_plicht`` the pupil is too.
        praktijkonderwijs_of_vso: the day from which art. 4a lid 2 lifts the kwalificatieplicht
            (a praktijkonderwijs certificate, or vso in the profile arbeidsmarkt or
            dagbesteding), if given.
    """

    categorie: Categorie
    peildatum: pendulum.Date
    leerplicht: Periode
    kwalificatieplicht: Periode | None
    rmc: Periode | None
    startkwalificatie: pendulum.Date | None
    ingeschreven: bool | None
    vrijstellingen: tuple[Vrijstelling, ...]
    regels: tuple[str, ...]
    wetsversie: str
    eigen_plicht: bool
    praktijkonderwijs_of_vso: pendulum.Date | None

    @property
    def inschrijfplicht(self) -> bool:
        """Whether the pupil must be enrolled on ``peildatum`` (R-LPW-5, R-LPW-7).

        True when under the Leerplichtwet with no vrijstelling from enrolment in force.
        """
        return self.categorie.onder_leerplichtwet and not any(
            vr.soort is Vrijstellingssoort.INSCHRIJVING for vr in self.vrijstellingen
        )

    @property
    def absoluut_verzuim(self) -> bool | None:
        """Whether this is absoluut verzuim: must be enrolled and is not (R-LPW-5).

        ``None`` when it would depend on enrolment and ``ingeschreven`` is unknown.
        """
        if not self.inschrijfplicht:
            return False
        return None if self.ingeschreven is None else not self.ingeschreven

    @property
    def voortijdig_schoolverlater(self) -> bool | None:
        """In the RMC age group and not enrolled (R-LPW-4); ``None`` if enrolment is unknown."""
        if self.categorie is not Categorie.RMC_DOELGROEP:
            return False
        return None if self.ingeschreven is None else not self.ingeschreven

    @property
    def uren_vrijgesteld_per_week(self) -> int:
        """Hours a week the parents are free under art. 11a on ``peildatum`` (0 to 10)."""
        return min(UREN_11A_MAX, sum(vr.uren or 0 for vr in self.vrijstellingen))

    @cached_property
    def feiten(self) -> tuple[Feit, ...]:
        """The rules weighed, with the dates, as `Feit` values (built on first use)."""
        c = self.categorie
        lp = self.leerplicht
        feiten = [
            feit("R-LPW-1.begin", self.peildatum >= lp.begin, begin=lp.begin.isoformat()),
            feit("R-LPW-2.einde", c is Categorie.VOLLEDIG_LEERPLICHTIG, einde=lp.einde.isoformat()),
            self._periodefeit("R-LPW-3.kwalificatieplicht", self.kwalificatieplicht),
            self._periodefeit("R-LPW-4.rmc", self.rmc),
        ]
        feiten.extend(
            feit("R-LPW-7.vrijstelling", True, grond=vr.grond.value, artikel=vr.artikel)
            for vr in self.vrijstellingen
        )
        return tuple(feiten)

    def _periodefeit(self, code: str, periode: Periode | None) -> Feit:
        """R-LPW-3 or R-LPW-4: the period of the duty, or why there is none."""
        geldt = self.categorie is _CATEGORIE_VAN[code]
        if periode is not None:
            return feit(f"{code}/periode", geldt, periode=str(periode))
        if code.startswith("R-LPW-3") and not _VERSIES[self.wetsversie].kwalificatieplicht:
            return feit(f"{code}/niet_in_de_wet", geldt, wetsversie=self.wetsversie)
        return feit(f"{code}/geen", geldt)

    @property
    def redenen(self) -> tuple[Reden, ...]:
        """Deprecated (0.2): `feiten` as `Reden` values, ``geldt`` as ``voldaan``."""
        return als_redenen(self.feiten, "Leerplichtstatus")

    def __str__(self) -> str:
        """``volledig_leerplichtig on 2016-01-04 (R-LPW-1, R-LPW-2, R-LPW-9)``."""
        regels = ", ".join(self.regels)
        return f"{self.categorie.value} on {self.peildatum.isoformat()} ({regels})"


_REGELS: Final = {
    Categorie.VOLLEDIG_LEERPLICHTIG: ("R-LPW-1", "R-LPW-2", "R-LPW-9"),
    Categorie.KWALIFICATIEPLICHTIG: ("R-LPW-2", "R-LPW-3", "R-LPW-9"),
    Categorie.RMC_DOELGROEP: ("R-LPW-3", "R-LPW-4"),
}
_REGELS_VOOR: Final = ("R-LPW-1",)
_REGELS_NA: Final = ("R-LPW-3", "R-LPW-4")


def _vrijstellingen(value: object) -> tuple[Vrijstelling, ...]:
    return v.require_items(
        value,
        Vrijstelling,
        "vrijstellingen",
        regel="R-LPW-7",
        hint="e.g. (Vrijstelling(Vrijstellingsgrond.TREKKEND_BESTAAN, begin),)",
    )


def _periode(begin: int, einde: int) -> Periode | None:
    if einde < begin:
        return None
    return Periode(pendulum.Date.fromordinal(begin), pendulum.Date.fromordinal(einde))


def leerplicht_status(
    geboortedatum: Datum,
    peildatum: Datum,
    *,
    ingeschreven: bool | None = None,
    startkwalificatie: Datum | None = None,
    vrijstellingen: Iterable[Vrijstelling] = (),
    schoolbegin: Datum | None = None,
    basisschool_versneld_afgerond: Datum | None = None,
    schoolkalender: Kalender = None,
    schrikkeldag: Schrikkeldag = Schrikkeldag.EERSTE_MAART,
    praktijkonderwijs_of_vso: Datum | None = None,
    schoolbegin_telt_volledig_tot: tuple[int, int] = _d.VOLLEDIG_TOT,
) -> Leerplichtstatus:
    """The pupil's place under the Leerplichtwet on ``peildatum`` (R-LPW-1..4, R-LPW-7, R-LPW-13).

    The version of the law in force on ``peildatum`` decides which rules apply (R-LPW-13):
    before 1 August 2007 there is no kwalificatieplicht, so the RMC age group follows leerplicht.

    Args:
        geboortedatum: the date of birth.
        peildatum: the reference date (a date, or a moment's Amsterdam day); no clock is read.
        ingeschreven: whether the pupil is enrolled on ``peildatum``; ``None`` if unknown.
        startkwalificatie: the day a startkwalificatie was obtained (havo, vwo, mbo level 2+).
        vrijstellingen: the pupil's vrijstellingen (R-LPW-7), reported when in force; those
            from enrolment lift `Leerplichtstatus.inschrijfplicht`. An art. 11a one ends the day
            before the sixth birthday. (A deprecated ``PRAKTIJKONDERWIJS_OF_VSO`` one is read
            as ``praktijkonderwijs_of_vso`` from its begin.)
        schoolbegin: see `einde_leerplicht` (the twelve-school-years route).
        basisschool_versneld_afgerond: see `einde_leerplicht` (art. 3 lid 2).
        schoolkalender: see `begin_leerplicht`; also used for the first school day of August.
        schrikkeldag: how a 29 February birthday ages in other years (default: 1 March).
        praktijkonderwijs_of_vso: the day the pupil obtained a praktijkonderwijs certificate, or
            completed vso in the profile arbeidsmarkt or dagbesteding: the kwalificatieplicht
            "geldt niet" from then (art. 4a lid 2), an exception to the duty, not a vrijstelling.
        schoolbegin_telt_volledig_tot: see `einde_leerplicht`.

    Examples:
        >>> s = leerplicht_status(pendulum.date(2000, 3, 15), pendulum.date(2017, 1, 9))
        >>> s.categorie, str(s.kwalificatieplicht)
        (<Categorie.KWALIFICATIEPLICHTIG: 'kwalificatieplichtig'>, '2016-08-01 t/m 2018-03-14')
        >>> leerplicht_status(
        ...     pendulum.date(2000, 3, 15), pendulum.date(2017, 1, 9),
        ...     startkwalificatie=pendulum.date(2016, 12, 20),
        ... ).categorie
        <Categorie.NIET_GEDEKT: 'niet_gedekt'>

    Raises:
        InvalidValueError: a date is not a date or out of range, a fact is of the wrong type,
            or schooling began before the fourth birthday.
    """
    geboren = _d.datum(geboortedatum, "geboortedatum", geboorte=True)
    peil = as_date(peildatum, "peildatum")
    maart = _schrikkel(schrikkeldag)
    if ingeschreven is not None:
        v.require(ingeschreven, bool, "ingeschreven", hint="True, False, or None if unknown")
    sk = _d.startkwalificatie(startkwalificatie, geboren)
    alle = _vrijstellingen(vrijstellingen)
    begin, versneld = _d.schoolfeiten(geboren, schoolbegin, basisschool_versneld_afgerond)
    tot = _d.volledig_tot(schoolbegin_telt_volledig_tot)
    versie = versie_op_ord(peil.toordinal())
    j, m, d = geboren.year, geboren.month, geboren.day
    lp_begin = _d.eerste_schooldag(_d.begin_ord(j, m, d, maart), schoolkalender)
    lp_einde = _d.einde_leerplicht_ord(geboren, begin, versneld, schoolkalender, tot)
    uitzondering = _d.uitzondering_4a_lid_2(praktijkonderwijs_of_vso, alle)
    kp_einde, rmc_begin, rmc_einde = _d.na_leerplicht_ord(
        geboren, lp_einde, sk, uitzondering, maart, kwalificatieplicht=versie.kwalificatieplicht
    )
    leerplicht = Periode(pendulum.Date.fromordinal(lp_begin), pendulum.Date.fromordinal(lp_einde))
    kwalificatieplicht = _periode(lp_einde + 1, kp_einde)
    rmc = _periode(rmc_begin, rmc_einde)
    categorie = _categorie(peil.toordinal(), leerplicht, kwalificatieplicht, rmc)
    in_kracht, eigen_plicht = _plichten(alle, peil, categorie, geboren, maart)
    regels: tuple[str, ...]
    if categorie is Categorie.NIET_GEDEKT:
        regels = _REGELS_VOOR if peil < leerplicht.begin else _REGELS_NA
    else:
        regels = _REGELS[categorie] + (("R-LPW-7",) if in_kracht else ())
    return Leerplichtstatus(
        categorie=categorie,
        peildatum=peil,
        leerplicht=leerplicht,
        kwalificatieplicht=kwalificatieplicht,
        rmc=rmc,
        startkwalificatie=sk,
        ingeschreven=ingeschreven,
        vrijstellingen=in_kracht,
        regels=regels,
        wetsversie=versie.id,
        eigen_plicht=eigen_plicht,
        praktijkonderwijs_of_vso=uitzondering,
    )


def _plichten(
    alle: tuple[Vrijstelling, ...],
    peil: pendulum.Date,
    categorie: Categorie,
    geboren: pendulum.Date,
    maart: bool,
) -> tuple[tuple[Vrijstelling, ...], bool]:
    """The vrijstellingen in force (R-LPW-7, art. 11a) and the pupil's own duty (art. 2 lid 3)."""
    if not categorie.onder_leerplichtwet:
        return (), False
    j, m, d, p = geboren.year, geboren.month, geboren.day, peil.toordinal()
    zes = _d.verjaardag_ord(j, m, d, _d.LEEFTIJD_ZES, maart)  # art. 11a: before the 6th birthday
    volledig = categorie is Categorie.VOLLEDIG_LEERPLICHTIG
    in_kracht = vrijstellingen_in_kracht(alle, peil, volledig=volledig, onder_zes=p < zes)
    # art. 4c while kwalificatieplichtig; art. 2 lid 3 from the 12th birthday, that day included
    twaalf = _d.verjaardag_ord(j, m, d, _d.LEEFTIJD_EIGEN_PLICHT, maart)
    return in_kracht, not volledig or p >= twaalf


def _categorie(
    p: int, leerplicht: Periode, kwalificatieplicht: Periode | None, rmc: Periode | None
) -> Categorie:
    for periode, categorie in (
        (leerplicht, Categorie.VOLLEDIG_LEERPLICHTIG),
        (kwalificatieplicht, Categorie.KWALIFICATIEPLICHTIG),
        (rmc, Categorie.RMC_DOELGROEP),
    ):
        if periode is not None and periode.begin.toordinal() <= p <= periode.einde.toordinal():
            return categorie
    return Categorie.NIET_GEDEKT
