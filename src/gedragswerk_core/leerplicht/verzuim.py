"""Verzuim for one pupil: every report due (R-LPW-10), langdurig relatief verzuim, thuiszitters.

The caller passes the pupil's `Leerplichtstatus`, absence records (`Afwezigheid`, per lesson or
per day), the school calendar and any leave granted. `verzuimmeldingen` gives every report the
school must (or may) file with DUO; `beoordeel_verzuim` adds langdurig relatief verzuim
(R-LPW-5) and whether the pupil counts as a thuiszitter, with the three-months signal (R-LPW-8).
Absence covered by a vrijstelling or leave is no verzuim (R-LPW-11, `verlof.gedekt`). Minutes
are whole numbers, so sums are exact.

The readings where sources differ are `Verzuimregels`; the counting is in
`gedragswerk_core.leerplicht.afwezigheid` and `gedragswerk_core.leerplicht.meldingen`, with the
sources.

* R-LPW-8: the OCW letter of 3 February 2016 (Kamerstuk 26695 nr. 108) makes thuiszitters the
  sum of langdurig relatief verzuim and absoluut verzuim of pupils under the Leerplichtwet; the
  Thuiszitterspact norm is no child longer than three months at home without a fitting offer
  (``norm_maanden=3``, as in `signaleer`).
* R-LPW-10: a 16-hour report is a duty for pupils under the Leerplichtwet and may be made for
  older pupils (DUO); the RMC report is a duty for enrolled pupils in the RMC age group absent
  four weeks or more (Kamerstuk 32356 nr. 3; WEB art. 8.1.8).

Changed in 0.3: `Verzuimbeoordeling.meldingen` holds every kind of report, not only 16 hours;
`langdurig_relatief_verzuim_sinds` is computed for enrolled pupils in the RMC age group too.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, final

import pendulum
from attrs import frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core._tijd import as_date
from gedragswerk_core.besluit import Reden
from gedragswerk_core.leerplicht import afwezigheid as _a
from gedragswerk_core.leerplicht import meldingen as _m
from gedragswerk_core.leerplicht.afwezigheid import Afwezigheid, Verzuimregels
from gedragswerk_core.leerplicht.feit import Feit, als_redenen

# Melding, langdurig_relatief_verzuim_sinds and meldingen_16_uur lived here before 0.3.
from gedragswerk_core.leerplicht.meldingen import (
    Melding,
    Meldingsoort,
    langdurig_relatief_verzuim_sinds,
    meldingen_16_uur,
)
from gedragswerk_core.leerplicht.schoolkalender import Schoolkalender
from gedragswerk_core.leerplicht.status import Categorie, Leerplichtstatus
from gedragswerk_core.leerplicht.teksten import feit
from gedragswerk_core.leerplicht.verlof import gedekt
from gedragswerk_core.leerplicht.vrijstelling import Vrijstelling

__all__ = [
    "NORM_MAANDEN",
    "Afwezigheid",  # defined in afwezigheid: the verzuim API in one place
    "Melding",  # this and the next two defined in meldingen, likewise
    "Verzuimbeoordeling",
    "beoordeel_verzuim",
    "langdurig_relatief_verzuim_sinds",
    "langer_thuis_dan_norm",
    "meldingen_16_uur",
    "verzuimmeldingen",
]

_MAXIMUM: Final = 1200

NORM_MAANDEN: Final = 3
"""The Thuiszitterspact norm (R-LPW-8): no child longer than three months at home without a
fitting offer of education or care (OCW letter of 3 February 2016, Kamerstuk 26695-108)."""


def langer_thuis_dan_norm(
    sinds: pendulum.Date, dag: pendulum.Date, maanden: int = NORM_MAANDEN
) -> bool:
    """Whether a pupil at home since ``sinds`` has been so longer than the norm on ``dag``.

    The one place the norm of R-LPW-8 is applied: by `beoordeel_verzuim`, `tel_thuiszitters`
    and the intervention's signals (`gedragswerk_core.interventie.signaleer`).

    Examples:
        >>> langer_thuis_dan_norm(pendulum.date(2016, 1, 4), pendulum.date(2016, 4, 4))
        False
        >>> langer_thuis_dan_norm(pendulum.date(2016, 1, 4), pendulum.date(2016, 4, 5))
        True
    """
    return dag > sinds.add(months=maanden)


def _status(status: object) -> Leerplichtstatus:
    return v.require(
        status,
        Leerplichtstatus,
        "status",
        hint="make it with leerplicht_status(geboortedatum, peildatum, ...)",
    )


def verzuimmeldingen(
    status: Leerplichtstatus,
    afwezigheden: Iterable[Afwezigheid],
    kalender: Schoolkalender | None = None,
    *,
    vrijstellingen: Iterable[Vrijstelling] = (),
    laatste_melding_tot: object = None,
    regels: Verzuimregels | None = None,
) -> tuple[Melding, ...]:
    """Every report due on ``status.peildatum``, of every kind, in date order (R-LPW-10).

    Absence on days covered by a vrijstelling or leave — those in force in ``status`` and those
    passed in ``vrijstellingen`` — is authorised and reported by none (R-LPW-11). Then:

    * 16 hours in four lesweken (R-LPW-6): a duty under the Leerplichtwet, else may be made;
    * langdurig relatief verzuim (R-LPW-5): enrolled and under the Leerplichtwet;
    * RMC (R-LPW-10): enrolled, in the RMC age group, absent four weeks or more: a duty;
    * luxe verzuim (art. 13a): records marked ``luxe``, under the Leerplichtwet: a duty.

    Args:
        status: the pupil's `Leerplichtstatus` on the reference date.
        afwezigheden: the absence records; those after the reference date are ignored.
        kalender: the school's holidays (``None``: none).
        vrijstellingen: leave and vrijstellingen granted, in force or not on the reference date.
        laatste_melding_tot: the end date of the last 16-hour report already made.
        regels: the readings (`Verzuimregels`).

    Examples:
        >>> from gedragswerk_core.leerplicht.status import leerplicht_status
        >>> status = leerplicht_status(pendulum.date(2004, 5, 1), pendulum.date(2016, 2, 5))
        >>> dagen = [pendulum.date(2016, 1, 7), pendulum.date(2016, 1, 8), pendulum.date(2016, 2, 1)]
        >>> weg = [Afwezigheid(d, m, False) for d, m in zip(dagen, (360, 360, 240))]
        >>> [str(m) for m in verzuimmeldingen(status, weg)]
        ['R-LPW-6: 16.0 hours unauthorised from 2016-01-07 to 2016-02-01']
    """  # noqa: E501
    s = _status(status)
    r = _m.regels_met(regels)
    kal = _a.kalender_of_geen(kalender)
    verleend = s.vrijstellingen + tuple(
        v.require_items(vrijstellingen, Vrijstelling, "vrijstellingen", regel="R-LPW-11")
    )
    lijst = gedekt(_a.records(afwezigheden), verleend)
    onder_lpw = s.categorie.onder_leerplichtwet
    ingeschreven = s.ingeschreven is not False
    peil = s.peildatum
    laatste = (
        None if laatste_melding_tot is None else as_date(laatste_melding_tot, "laatste_melding_tot")
    )
    uit = list(
        _m.meldingen_16_uur(lijst, kal, na=laatste, tot_en_met=peil, regels=r, verplicht=onder_lpw)
    )
    lang = {
        Meldingsoort.LANGDURIG_RELATIEF_VERZUIM: onder_lpw and ingeschreven,
        Meldingsoort.RMC: s.categorie is Categorie.RMC_DOELGROEP and ingeschreven,
    }
    for soort, geldt in lang.items():
        melding = _m.lange_melding(lijst, peil, kal, soort, r) if geldt else None
        uit.extend(() if melding is None else (melding,))
    if onder_lpw:  # luxe verzuim is verzuim of art. 13a, under the Leerplichtwet only
        uit.extend(_m.luxe_meldingen(lijst, peil, kal, r))
    return tuple(sorted(uit, key=lambda m: (m.begin, list(Meldingsoort).index(m.soort))))


@final
@frozen
class Verzuimbeoordeling:
    """What the absence records mean on ``peildatum`` (R-LPW-5, R-LPW-6, R-LPW-8, R-LPW-10).

    Derived by `beoordeel_verzuim`, never built by hand.

    Attributes:
        peildatum: the reference date.
        meldingen: every report due (`verzuimmeldingen`; 16-hour reports since the last one
            made). Before 0.3 only the 16-hour reports.
        melding_verplicht: whether one of the ``meldingen`` is a duty (R-LPW-10: 16 hours, luxe
            verzuim and langdurig relatief verzuim under the Leerplichtwet, RMC after it).
        langdurig_relatief_verzuim_sinds: see `langdurig_relatief_verzuim_sinds`, or ``None``;
            for enrolled pupils under the Leerplichtwet or in the RMC age group.
        absoluut_verzuim: under the Leerplichtwet, not enrolled, no vrijstelling (R-LPW-5).
        thuiszitter: langdurig relatief verzuim under the Leerplichtwet, or absoluut verzuim
            (R-LPW-8).
        thuis_sinds: since when the thuiszitter has been at home, if known.
        langer_dan_norm: at home for longer than the norm (three months by default, R-LPW-8).
        feiten: the rules weighed, as facts (`Feit`).
    """

    peildatum: pendulum.Date
    meldingen: tuple[Melding, ...]
    melding_verplicht: bool
    langdurig_relatief_verzuim_sinds: pendulum.Date | None
    absoluut_verzuim: bool
    thuiszitter: bool
    thuis_sinds: pendulum.Date | None
    langer_dan_norm: bool
    feiten: tuple[Feit, ...]

    @property
    def redenen(self) -> tuple[Reden, ...]:
        """Deprecated (0.2): `feiten` as `Reden` values, ``geldt`` as ``voldaan``."""
        return als_redenen(self.feiten, "Verzuimbeoordeling")


def _melding_feiten(meldingen: tuple[Melding, ...], r: Verzuimregels) -> tuple[Feit, ...]:
    zestien = [m for m in meldingen if m.soort is Meldingsoort.ZESTIEN_UUR]
    plicht = "geen_plicht" if zestien and not zestien[0].verplicht else "plicht"
    feiten = [
        feit(
            f"R-LPW-6.melding/{plicht}",
            any(m.verplicht for m in zestien),
            aantal=str(len(zestien)),
            uren=f"{r.drempel_uren:g}",
        )
    ]
    feiten.extend(_melding_feit(m) for m in meldingen if m.soort is not Meldingsoort.ZESTIEN_UUR)
    return tuple(feiten)


_JA_NEE: Final = {True: "ja", False: "nee"}


def _melding_feit(m: Melding) -> Feit:
    """R-LPW-10: a report to DUO other than the 16 hours, due from its first day."""
    labels = {"soort": m.soort.value, "begin": m.begin.isoformat(), "artikel": m.artikel}
    if m.einde is None:
        return feit("R-LPW-10.melding/open", m.verplicht, **labels)
    return feit("R-LPW-10.melding/tot", m.verplicht, **labels, einde=m.einde.isoformat())


def _lrv_feit(sinds: pendulum.Date | None) -> Feit:
    if sinds is None:
        return feit("R-LPW-5.langdurig_relatief/nee", False)
    return feit("R-LPW-5.langdurig_relatief/ja", True, sinds=sinds.isoformat())


def _thuiszitter_feit(
    thuiszitter: bool, sinds: pendulum.Date | None, langer_dan: int | None
) -> Feit:
    """R-LPW-8; ``langer_dan`` is the norm in months when the pupil is at home longer."""
    if sinds is None:
        return feit("R-LPW-8.thuiszitter/" + ("onbekend" if thuiszitter else "nee"), thuiszitter)
    if langer_dan is None:
        return feit("R-LPW-8.thuiszitter/sinds", thuiszitter, sinds=sinds.isoformat())
    return feit(
        "R-LPW-8.thuiszitter/langer",
        thuiszitter,
        sinds=sinds.isoformat(),
        maanden=str(langer_dan),
    )


def beoordeel_verzuim(
    status: Leerplichtstatus,
    afwezigheden: Iterable[Afwezigheid],
    kalender: Schoolkalender | None = None,
    *,
    niet_ingeschreven_sinds: object = None,
    laatste_melding_tot: object = None,
    drempel_uren: float | None = None,
    meer_dan_drempel: bool | None = None,
    lrv_weken: float | None = None,
    lrv_meer_dan: bool | None = None,
    norm_maanden: int = NORM_MAANDEN,
    vrijstellingen: Iterable[Vrijstelling] = (),
    regels: Verzuimregels | None = None,
) -> Verzuimbeoordeling:
    """Reports due, langdurig relatief verzuim, thuiszitter — on ``status.peildatum``.

    Args:
        status: the pupil's `Leerplichtstatus` on the reference date; its ``ingeschreven`` and
            vrijstellingen decide absoluut verzuim.
        afwezigheden: the absence records; those after the reference date are ignored.
        kalender: the school's holidays (``None``: none).
        niet_ingeschreven_sinds: for a pupil not enrolled, since when (for the three months).
        laatste_melding_tot: the end date of the last 16-hour report already made.
        drempel_uren: overrides ``regels.drempel_uren`` (see `Verzuimregels`).
        meer_dan_drempel: overrides ``regels.meer_dan_drempel``.
        lrv_weken: overrides ``regels.lrv_weken``.
        lrv_meer_dan: overrides ``regels.lrv_meer_dan``.
        norm_maanden: the Thuiszitterspact norm in months (R-LPW-8).
        vrijstellingen: leave and vrijstellingen granted (see `verzuimmeldingen`).
        regels: the readings (`Verzuimregels`).

    Examples:
        >>> from gedragswerk_core.leerplicht.status import leerplicht_status
        >>> status = leerplicht_status(
        ...     pendulum.date(2004, 5, 1), pendulum.date(2016, 4, 15), ingeschreven=False
        ... )
        >>> b = beoordeel_verzuim(status, (), niet_ingeschreven_sinds=pendulum.date(2016, 1, 4))
        >>> b.absoluut_verzuim, b.thuiszitter, b.langer_dan_norm
        (True, True, True)
    """
    s = _status(status)
    peil = s.peildatum
    maanden = v.require_whole(norm_maanden, "norm_maanden", minimum=1, maximum=_MAXIMUM)
    uit = (
        None
        if niet_ingeschreven_sinds is None
        else as_date(niet_ingeschreven_sinds, "niet_ingeschreven_sinds")
    )
    lijst = _a.records(afwezigheden)  # read once: a generator is walked twice below
    verleend = v.require_items(vrijstellingen, Vrijstelling, "vrijstellingen", regel="R-LPW-11")
    r = _m.regels_met(
        regels,
        drempel_uren=drempel_uren,
        meer_dan_drempel=meer_dan_drempel,
        lrv_weken=lrv_weken,
        lrv_meer_dan=lrv_meer_dan,
    )
    meldingen = verzuimmeldingen(
        s,
        lijst,
        kalender,
        vrijstellingen=verleend,
        laatste_melding_tot=laatste_melding_tot,
        regels=r,
    )
    onder_lpw = s.categorie.onder_leerplichtwet
    lrv = _lrv(s, meldingen, lijst, kalender, vrijstellingen=verleend, r=r)
    absoluut = s.absoluut_verzuim is True
    thuiszitter = absoluut or (onder_lpw and lrv is not None)
    thuis_sinds = _thuis_sinds(uit, lrv, absoluut=absoluut, thuiszitter=thuiszitter)
    langer = thuis_sinds is not None and langer_thuis_dan_norm(thuis_sinds, peil, maanden)
    feiten = (
        *_melding_feiten(meldingen, r)[:1],
        _lrv_feit(lrv),
        feit("R-LPW-5.absoluut/" + _JA_NEE[absoluut], absoluut),
        _thuiszitter_feit(thuiszitter, thuis_sinds, maanden if langer else None),
        *_melding_feiten(meldingen, r)[1:],
    )
    return Verzuimbeoordeling(
        peildatum=peil,
        meldingen=meldingen,
        melding_verplicht=any(m.verplicht for m in meldingen),
        langdurig_relatief_verzuim_sinds=lrv,
        absoluut_verzuim=absoluut,
        thuiszitter=thuiszitter,
        thuis_sinds=thuis_sinds,
        langer_dan_norm=langer,
        feiten=feiten,
    )


def _thuis_sinds(
    uit: pendulum.Date | None, lrv: pendulum.Date | None, *, absoluut: bool, thuiszitter: bool
) -> pendulum.Date | None:
    if absoluut:
        return uit
    return lrv if thuiszitter else None


def _lrv(
    s: Leerplichtstatus,
    meldingen: tuple[Melding, ...],
    afwezigheden: Iterable[Afwezigheid],
    kalender: Schoolkalender | None,
    *,
    vrijstellingen: Iterable[Vrijstelling],
    r: Verzuimregels,
) -> pendulum.Date | None:
    """Langdurig relatief verzuim: from its report, or for the RMC age group (R-LPW-5, -10)."""
    soort = Meldingsoort.LANGDURIG_RELATIEF_VERZUIM
    lrv = next((m.begin for m in meldingen if m.soort is soort), None)
    if lrv is not None or s.categorie is not Categorie.RMC_DOELGROEP or s.ingeschreven is False:
        return lrv
    lijst = gedekt(_a.records(afwezigheden), (*s.vrijstellingen, *vrijstellingen))
    melding = _m.lange_melding(lijst, s.peildatum, _a.kalender_of_geen(kalender), soort, r)
    return None if melding is None else melding.begin
