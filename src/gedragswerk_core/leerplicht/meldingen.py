"""The reports a school files with DUO (R-LPW-10): 16 uur, langdurig relatief verzuim, luxe, RMC.

Each report is a `Melding` with its kind (`Meldingsoort`), begin date, end date when known, and
rule. This module computes each kind from the absence records; `verzuim.verzuimmeldingen` puts
them together for one pupil with the pupil's status and granted leave.

References:
    - R-LPW-6: BWBR0002628 art. 21 lid 1, art. 21a lid 1, 2 ("in totaal zestien uren" in four
      consecutive lesweken; verified in a mirror of wetten.overheid.nl of about 2015). DUO
      "Soorten verzuim": the begin date is the first day of absence, the end date the day the
      16 hours are reached; "De dag na de einddatum van de 1e melding begint u opnieuw te
      tellen". DUO verzuimhulp: after the first report, one repeat a week, up to four. The
      Inspectie: report "onverwijld (binnen 5 werkdagen)".
    - R-LPW-5: langdurig relatief verzuim, "langer dan 4 weken" (DUO; Kamerstuk 26695 nr. 108).
    - R-LPW-10: the kinds and their end dates (DUO, "Verzuim digitaal melden"); luxe verzuim is a
      holiday outside the school holidays without leave (art. 13a); the RMC report is a duty for
      pupils no longer under the Lpw and under 23 without a startkwalificatie, after four weeks
      of absence (Kamerstuk 32356 nr. 3; WEB art. 8.1.8, lid not verified; DUO lists it under
      "U bent wettelijk verplicht … te melden").
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum, unique
from typing import Any, Final, final

import attrs
import pendulum
from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core._tijd import Datum, as_date
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.leerplicht import afwezigheid as _a
from gedragswerk_core.leerplicht.afwezigheid import Afwezigheid, Verzuimregels
from gedragswerk_core.leerplicht.schoolkalender import Schoolkalender

__all__ = [
    "Melding",
    "Meldingsoort",
    "langdurig_relatief_verzuim_sinds",
    "meldingen_16_uur",
]

_MAX_ORDINAAL: Final = pendulum.Date.max.toordinal()
_MELDTERMIJN_WERKDAGEN: Final = 5  # Inspectie: "onverwijld (binnen 5 werkdagen)"
_LAATSTE_EINDE: Final = pendulum.Date(9999, 12, 20)  # room for the deadline after it


@unique
class Meldingsoort(Enum):
    """The kinds of report DUO takes (R-LPW-10), each with its rule and article."""

    ZESTIEN_UUR = "16_uur"
    """16 hours of unauthorised absence in four lesweken (R-LPW-6; art. 21a)."""
    LANGDURIG_RELATIEF_VERZUIM = "langdurig_relatief_verzuim"
    """Unauthorised absence of whole days for longer than four weeks (R-LPW-5)."""
    LUXE_VERZUIM = "luxe_verzuim"
    """A holiday outside the school holidays without leave (art. 13a)."""
    RMC = "rmc"
    """Absence of four weeks or more of a pupil in the RMC age group (Kamerstuk 32356 nr. 3)."""

    @property
    def regel(self) -> str:
        """The rule id, e.g. ``"R-LPW-6"``."""
        return _REGEL[self]

    @property
    def artikel(self) -> str:
        """The article or source the report rests on."""
        return _ARTIKEL[self]


_S = Meldingsoort
_REGEL: Final = {
    _S.ZESTIEN_UUR: "R-LPW-6",
    _S.LANGDURIG_RELATIEF_VERZUIM: "R-LPW-5",
    _S.LUXE_VERZUIM: "R-LPW-10",
    _S.RMC: "R-LPW-10",
}
_ARTIKEL: Final = {
    _S.ZESTIEN_UUR: "BWBR0002628 art. 21a",
    _S.LANGDURIG_RELATIEF_VERZUIM: "BWBR0002628 art. 21a; Kamerstuk 26695 nr. 108",
    _S.LUXE_VERZUIM: "BWBR0002628 art. 13a en 21a",
    _S.RMC: "WEB art. 8.1.8; Kamerstuk 32356 nr. 3",
}


@final
@frozen
class Melding:
    """A report of unauthorised absence that is due (R-LPW-10).

    Attributes:
        begin: the first day of absence counted (DUO's begindatum).
        einde: the end date: for 16 hours the day the threshold was reached (counting starts
            again the day after); for luxe verzuim the last day recorded; ``None`` while the
            absence goes on (langdurig relatief verzuim, RMC).
        minuten: the unauthorised minutes counted from ``begin`` through ``einde`` (or the
            reference date), as the school counts them (`Telwijze`).
        soort: the kind; 16 hours for a report written before 0.3 without one.
        herhaling: 0 for a first report, 1 to 4 for a repeat during continuous absence.
        verplicht: whether the school must report (a 16-hour report of a pupil no longer under
            the Leerplichtwet may be made, DUO).

    Examples:
        >>> m = Melding(pendulum.date(2016, 1, 4), pendulum.date(2016, 1, 7), 960)
        >>> m.regel, m.uiterlijk_melden
        ('R-LPW-6', Date(2016, 1, 14))
    """

    begin: pendulum.Date = field(converter=v.to_date, validator=v.is_date)
    einde: pendulum.Date | None = field(converter=v.to_date, validator=v.optional_date)
    minuten: int = field(validator=v.aantal)
    soort: Meldingsoort = field(
        default=Meldingsoort.ZESTIEN_UUR, validator=v.instance_of(Meldingsoort)
    )
    herhaling: int = field(default=0, validator=v.whole(maximum=100))
    verplicht: bool = field(default=True, validator=v.instance_of(bool))

    def __attrs_post_init__(self) -> None:
        """A known end date lies on or after the begin date (and leaves room for the deadline)."""
        if self.einde is not None and not self.begin <= self.einde <= _LAATSTE_EINDE:
            raise InvalidValueError(
                "must lie on or after the begin date",
                field="Melding.einde",
                regel=self.regel,
                hint="a report runs from its first day of absence to its last (DUO)",
            )

    @property
    def regel(self) -> str:
        """The rule id of the kind, e.g. ``"R-LPW-6"``."""
        return self.soort.regel

    @property
    def artikel(self) -> str:
        """The article of the kind."""
        return self.soort.artikel

    @property
    def uiterlijk_melden(self) -> pendulum.Date | None:
        """For 16 hours: five working days after ``einde`` (Inspectie); else ``None``."""
        if self.soort is not Meldingsoort.ZESTIEN_UUR or self.einde is None:
            return None
        o, over = self.einde.toordinal(), _MELDTERMIJN_WERKDAGEN
        while over:
            o += 1
            over -= (o - 1) % 7 < 5  # noqa: PLR2004 — Monday to Friday
        return pendulum.Date.fromordinal(o)

    def __str__(self) -> str:
        """``R-LPW-6: 16.0 hours unauthorised from 2016-01-04 to 2016-01-20``."""
        tot = "on" if self.einde is None else f"to {self.einde.isoformat()}"
        return (
            f"{self.regel}: {self.minuten / 60:.1f} hours unauthorised from "
            f"{self.begin.isoformat()} {tot}"
            + ("" if self.soort is Meldingsoort.ZESTIEN_UUR else f" ({self.soort.value})")
        )


# --- 16 hours (R-LPW-6) ------------------------------------------------------------------------


def regels_met(regels: object, **los: object) -> Verzuimregels:
    """``regels`` (default `Verzuimregels`) with the readings given one by one, each checked."""
    basis = Verzuimregels() if regels is None else v.require(regels, Verzuimregels, "regels")
    gegeven: dict[str, Any] = {k: w for k, w in los.items() if w is not None}
    for naam, waarde in gegeven.items():
        if isinstance(getattr(basis, naam), bool):
            v.require(waarde, bool, naam)
        else:
            v.require_number(waarde, naam, minimum=1 / 60, maximum=_a._MAXIMUM)  # noqa: SLF001
    return attrs.evolve(basis, **gegeven)


def meldingen_16_uur(
    afwezigheden: Iterable[Afwezigheid],
    kalender: Schoolkalender | None = None,
    *,
    na: object = None,
    tot_en_met: object = None,
    drempel_uren: float | None = None,
    meer_dan_drempel: bool | None = None,
    regels: Verzuimregels | None = None,
    verplicht: bool = True,
) -> tuple[Melding, ...]:
    """The 16-hour reports due (R-LPW-6; BWBR0002628 art. 21, 21a; DUO).

    The unauthorised absence on lesdagen is counted as the school counts it (``regels.telwijze``)
    in a window of four lesweken that starts at a day of absence (``regels.venster``). A report
    is due on the first day the window reaches ``drempel_uren``; it begins on the window's first
    day of absence. Counting then starts again the day after the report's end. While the pupil
    stays away — every lesdag since the last report has unauthorised absence — a repeat
    report is due no sooner than ``regels.herhaal_min_dagen`` days after the last one, and at
    most ``regels.max_herhaalmeldingen`` times.

    Args:
        afwezigheden: the pupil's absence records, in any order.
        kalender: the school's holidays; ``None``: every weekday is a lesdag.
        na: the end date of the last report already made; only later absence counts.
        tot_en_met: ignore records after this day (the reference date).
        drempel_uren: overrides ``regels.drempel_uren``.
        meer_dan_drempel: overrides ``regels.meer_dan_drempel``.
        regels: the readings (`Verzuimregels`; default: the sources' defaults).
        verplicht: whether the school must report (sets `Melding.verplicht`).

    Examples:
        >>> dagen = [pendulum.date(2016, 1, 4), pendulum.date(2016, 1, 5)]
        >>> lessen = [Afwezigheid.per_les(d, 45) for d in dagen for _ in range(8)]
        >>> meldingen_16_uur(lessen)  # 16 x 45 minutes = 12 clock hours
        ()
        >>> r = Verzuimregels(telwijze=_a.Telwijze.LESUREN)
        >>> [str(m) for m in meldingen_16_uur(lessen, regels=r)]
        ['R-LPW-6: 16.0 hours unauthorised from 2016-01-04 to 2016-01-05']
    """
    lijst = _a.records(afwezigheden)
    kal = _a.kalender_of_geen(kalender)
    r = regels_met(regels, drempel_uren=drempel_uren, meer_dan_drempel=meer_dan_drempel)
    start = -1 if na is None else as_date(na, "na").toordinal()
    stop = _MAX_ORDINAAL if tot_en_met is None else as_date(tot_en_met, "tot_en_met").toordinal()
    per_dag = _per_lesdag(lijst, kal, r, start, stop)
    return tuple(_Teller(per_dag, kal, r, verplicht=verplicht).meldingen())


def _per_lesdag(
    lijst: tuple[Afwezigheid, ...], kal: Schoolkalender, r: Verzuimregels, na: int, tot: int
) -> dict[int, int]:
    """The unauthorised minutes counted per lesdag after ``na`` through ``tot`` (ordinals)."""
    per_dag: dict[int, int] = {}
    for a in lijst:
        o = a.datum.toordinal()
        if not a.geoorloofd and na < o <= tot and kal._is_lesdag(o):  # noqa: SLF001
            per_dag[o] = per_dag.get(o, 0) + a.telminuten(r.telwijze)
    return per_dag


class _Teller:
    """Walks the days of absence once, sliding the window and making the reports."""

    def __init__(
        self, per_dag: dict[int, int], kal: Schoolkalender, r: Verzuimregels, *, verplicht: bool
    ) -> None:
        self.per_dag, self.kal, self.r, self.verplicht = per_dag, kal, r, verplicht
        self.dagen = sorted(per_dag)

    def _lesdag_zonder_verzuim(self, van: int, tot: int) -> bool:
        return any(
            self.kal._is_lesdag(o) and o not in self.per_dag  # noqa: SLF001
            for o in range(van + 1, tot)
        )

    def meldingen(self) -> list[Melding]:
        dagen, r = self.dagen, self.r
        uit: list[Melding] = []
        van, som = 0, 0
        eind = _a.venster_einde(dagen[0], r.venster, self.kal) if dagen else 0
        vorige: Melding | None = None  # the last report, while the absence goes on
        for i, o in enumerate(dagen):
            if vorige is not None and self._lesdag_zonder_verzuim(dagen[i - 1], o):
                vorige = None  # the pupil came to school: the next report is a first one
            som += self.per_dag[o]
            if van == i:  # a new window starts at this day
                eind = _a.venster_einde(o, r.venster, self.kal)
            while o >= eind:  # the window's first day falls out; it starts at the next one
                som -= self.per_dag[dagen[van]]
                van += 1
                eind = _a.venster_einde(dagen[van], r.venster, self.kal)
            if not r.bereikt(som) or not self._mag_herhalen(vorige, o):
                continue
            herhaling = 0 if vorige is None else vorige.herhaling + 1
            vorige = Melding(
                pendulum.Date.fromordinal(dagen[van]),
                pendulum.Date.fromordinal(o),
                som,
                herhaling=herhaling,
                verplicht=self.verplicht,
            )
            uit.append(vorige)
            van, som = i + 1, 0  # counting starts again the day after the report's end
        return uit

    def _mag_herhalen(self, vorige: Melding | None, o: int) -> bool:
        if vorige is None or vorige.einde is None:
            return True
        return (
            vorige.herhaling < self.r.max_herhaalmeldingen
            and o >= vorige.einde.toordinal() + self.r.herhaal_min_dagen
        )


# --- langdurig relatief verzuim (R-LPW-5) and RMC (R-LPW-10) ----------------------------------


def langdurig_relatief_verzuim_sinds(
    afwezigheden: Iterable[Afwezigheid],
    peildatum: Datum,
    kalender: Schoolkalender | None = None,
    *,
    lrv_weken: float = 4,
    lrv_meer_dan: bool = True,
) -> pendulum.Date | None:
    """Since when the pupil is in langdurig relatief verzuim on ``peildatum``, or ``None`` (R-LPW-5).

    Langdurig relatief verzuim: enrolled, and absent without valid reason for whole school days,
    on every lesdag, for longer than ``lrv_weken`` weeks up to ``peildatum`` (or that long or
    longer with ``lrv_meer_dan=False``). Weekends and holidays do not break the run; holiday days
    do not count towards the weeks. A lesdag without a whole-day unauthorised record — the pupil
    came, or the absence was authorised — ends it. Whether the pupil is enrolled is for the
    caller (or `beoordeel_verzuim`) to know.

    Examples:
        >>> weg = [Afwezigheid(pendulum.date(2016, 1, 4).add(days=n), 300, False, hele_dag=True)
        ...        for n in range(40)]
        >>> langdurig_relatief_verzuim_sinds(weg, pendulum.date(2016, 2, 1))
        Date(2016, 1, 4)
        >>> langdurig_relatief_verzuim_sinds(weg, pendulum.date(2016, 1, 31)) is None
        True
    """  # noqa: E501
    lijst = _a.records(afwezigheden)
    peil = as_date(peildatum, "peildatum").toordinal()
    kal = _a.kalender_of_geen(kalender)
    weken = v.require_number(lrv_weken, "lrv_weken", minimum=0, maximum=_a._MAXIMUM)  # noqa: SLF001
    strikt = v.require(lrv_meer_dan, bool, "lrv_meer_dan")
    sinds = _begin_van_de_reeks(lijst, peil, kal)
    if sinds is None:
        return None
    vakantie = sum(1 for d in range(sinds, peil + 1) if kal._is_vakantiedag(d))  # noqa: SLF001
    duur = peil - sinds + 1 - vakantie
    dagen = weken * 7
    if duur > dagen or (duur == dagen and not strikt):
        return pendulum.Date.fromordinal(sinds)
    return None


def _begin_van_de_reeks(
    lijst: tuple[Afwezigheid, ...], peil: int, kal: Schoolkalender
) -> int | None:
    """The first lesdag of the unbroken run of whole unauthorised days up to ``peil``, or None.

    Counting back from ``peil``: a lesdag without a whole-day unauthorised record, or with an
    authorised one, ends the run; weekends and holidays do not.
    """
    geoorloofd = {a.datum.toordinal() for a in lijst if a.geoorloofd}
    weg = {a.datum.toordinal() for a in lijst if a.hele_dag} - geoorloofd
    sinds = None
    for o in range(peil, min(weg, default=peil) - 1, -1):
        if kal._is_lesdag(o):  # noqa: SLF001 — same package
            if o not in weg:
                break
            sinds = o
    return sinds


def lange_melding(
    lijst: tuple[Afwezigheid, ...],
    peil: pendulum.Date,
    kal: Schoolkalender,
    soort: Meldingsoort,
    r: Verzuimregels,
) -> Melding | None:
    """The langdurig relatief verzuim or RMC report open on ``peil``, or ``None``."""
    rmc = soort is Meldingsoort.RMC
    sinds = langdurig_relatief_verzuim_sinds(
        lijst,
        peil,
        kal,
        lrv_weken=r.rmc_weken if rmc else r.lrv_weken,
        lrv_meer_dan=r.rmc_meer_dan if rmc else r.lrv_meer_dan,
    )
    if sinds is None:
        return None
    minuten = sum(
        a.telminuten(r.telwijze) for a in lijst if not a.geoorloofd and sinds <= a.datum <= peil
    )
    return Melding(sinds, None, minuten, soort=soort)


# --- luxe verzuim (R-LPW-10, art. 13a) ---------------------------------------------------------


def luxe_meldingen(
    lijst: tuple[Afwezigheid, ...], peil: pendulum.Date, kal: Schoolkalender, r: Verzuimregels
) -> tuple[Melding, ...]:
    """One report per run of lesdagen with unauthorised luxe absence up to ``peil``.

    A run ends at a lesdag without such a record; weekends and holidays do not break it.
    """
    laatste = peil.toordinal()
    per_dag: dict[int, int] = {}
    for a in (a for a in lijst if a.luxe and not a.geoorloofd):
        o = a.datum.toordinal()
        if o <= laatste and kal._is_lesdag(o):  # noqa: SLF001
            per_dag[o] = per_dag.get(o, 0) + a.telminuten(r.telwijze)
    return tuple(
        Melding(
            pendulum.Date.fromordinal(reeks[0]),
            pendulum.Date.fromordinal(reeks[-1]),
            sum(per_dag[d] for d in reeks),
            soort=Meldingsoort.LUXE_VERZUIM,
        )
        for reeks in _reeksen(sorted(per_dag), kal)
    )


def _reeksen(dagen: list[int], kal: Schoolkalender) -> list[list[int]]:
    """The days in runs: a lesdag between two days ends a run; weekends and holidays do not."""
    reeksen: list[list[int]] = []
    for o in dagen:
        if reeksen and not any(
            kal._is_lesdag(d)  # noqa: SLF001
            for d in range(reeksen[-1][-1] + 1, o)
        ):
            reeksen[-1].append(o)
        else:
            reeksen.append([o])
    return reeksen
