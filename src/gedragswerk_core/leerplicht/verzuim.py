"""Verzuim: from absence records to the 16-hour report, langdurig relatief verzuim and thuiszitters.

The caller passes the pupil's absence records (`Afwezigheid`: day, minutes, authorised or not),
the school calendar (holidays) and the pupil's `Leerplichtstatus`. `beoordeel_verzuim` then says
whether a report of 16 hours in four school weeks is due (R-LPW-6), whether there is langdurig
relatief verzuim (R-LPW-5), and whether the pupil counts as a thuiszitter, with the three-months
signal (R-LPW-8). Minutes are whole numbers, so sums are exact.

Disputed thresholds are parameters; their defaults and sources:

* R-LPW-6, *16 hours or more*: the law says the absence "amounts to sixteen hours in total" in
  four consecutive lesweken (BWBR0002628 art. 21 lid 1 and art. 21a lid 1, 2, verified in a
  mirror of wetten.overheid.nl of about 2015; later amendments were not checked) and DUO
  ("Soorten verzuim") says at least 16 hours; another DUO page says more than 16
  (``meer_dan_drempel=True``). Holiday days do not count; after a report, counting starts again
  the day after its end date, which is the day the threshold was reached (DUO, secondary source).
* R-LPW-5, *longer than four weeks*: the OCW letter of 3 February 2016 (Kamerstuk 26695 nr. 108)
  introduces langdurig relatief verzuim as relatief verzuim longer than four weeks and, a few
  lines earlier, as four weeks or longer; DUO says longer than four weeks. Default: longer
  (``lrv_meer_dan=True``). The weeks are calendar weeks without the holiday days (this library's
  choice, by analogy with R-LPW-6), and the absence must be for whole school days.
* R-LPW-8: that letter makes thuiszitters the sum of langdurig relatief verzuim and absoluut
  verzuim (verified in Kamerstuk 26695 nr. 108); the Thuiszitterspact norm is no child longer
  than three months at home without a fitting offer (``norm_maanden=3``, as in `signaleer`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, final

import pendulum
from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core._tijd import as_date
from gedragswerk_core.besluit import Reden
from gedragswerk_core.leerplicht.feit import Feit, als_redenen
from gedragswerk_core.leerplicht.schoolkalender import Schoolkalender
from gedragswerk_core.leerplicht.status import Leerplichtstatus

__all__ = [
    "Afwezigheid",
    "Melding",
    "Verzuimbeoordeling",
    "beoordeel_verzuim",
    "langdurig_relatief_verzuim_sinds",
    "meldingen_16_uur",
]

_MINUTEN_PER_DAG: Final = 24 * 60
_MAX_ORDINAAL: Final = pendulum.Date.max.toordinal()
_WEKEN_VENSTER: Final = 4  # R-LPW-6: four consecutive lesweken
_GEEN_VAKANTIES: Final = Schoolkalender()


@final
@frozen
class Afwezigheid:
    """One absence record: on ``datum``, ``minuten`` of lesson time, authorised or not.

    Attributes:
        datum: the school day.
        minuten: the lesson time missed, in whole minutes.
        geoorloofd: whether the absence has a valid reason (a vrijstelling of art. 11, e.g.
            illness, or leave); only unauthorised absence counts as verzuim.
        hele_dag: whether the pupil missed the whole school day; langdurig relatief verzuim
            (R-LPW-5) needs whole days.
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

    @classmethod
    def van_uren(
        cls, datum: object, uren: float, geoorloofd: bool, *, hele_dag: bool = False
    ) -> Afwezigheid:
        """A record from hours (``0.75`` for a 45-minute lesson), rounded to whole minutes."""
        v.require_number(uren, "uren", minimum=0, maximum=24, hint="the hours missed on one day")
        return cls(datum, round(uren * 60), geoorloofd, hele_dag=hele_dag)


@final
@frozen
class Melding:
    """A report of unauthorised absence that is due (R-LPW-6; BWBR0002628 art. 21, 21a).

    Attributes:
        begin: the first day of absence counted.
        einde: the day the threshold was reached; counting starts again the day after.
        minuten: the unauthorised minutes counted from ``begin`` through ``einde``.
    """

    begin: pendulum.Date
    einde: pendulum.Date
    minuten: int

    @property
    def regel(self) -> str:
        """The rule id: ``"R-LPW-6"``."""
        return "R-LPW-6"

    def __str__(self) -> str:
        """``R-LPW-6: 16.0 hours unauthorised from 2016-01-04 to 2016-01-20``."""
        return (
            f"R-LPW-6: {self.minuten / 60:.1f} hours unauthorised from "
            f"{self.begin.isoformat()} to {self.einde.isoformat()}"
        )


def _records(afwezigheden: object) -> tuple[Afwezigheid, ...]:
    return v.require_items(
        afwezigheden,
        Afwezigheid,
        "afwezigheden",
        hint="e.g. [Afwezigheid(pendulum.date(2016, 1, 4), 300, geoorloofd=False)]",
    )


def _kalender(kalender: object) -> Schoolkalender:
    if kalender is None:
        return _GEEN_VAKANTIES
    return v.require(kalender, Schoolkalender, "kalender", hint="pass a Schoolkalender or None")


_MAXIMUM: Final = 1200  # far beyond any threshold (hours, weeks, months), and no date overflow


def meldingen_16_uur(
    afwezigheden: Iterable[Afwezigheid],
    kalender: Schoolkalender | None = None,
    *,
    na: object = None,
    tot_en_met: object = None,
    drempel_uren: float = 16,
    meer_dan_drempel: bool = False,
) -> tuple[Melding, ...]:
    """The reports of unauthorised absence due (R-LPW-6; BWBR0002628 art. 21, 21a).

    A report is due when the unauthorised absence within four consecutive lesweken — calendar
    weeks, Monday to Sunday, with at least one lesdag, so holiday weeks are skipped — reaches
    ``drempel_uren``. Absence on a
    day that is no lesdag is not counted. After each report counting starts again the day after
    it ends, so a pupil who stays away gets a new report each time the threshold is reached.

    Args:
        afwezigheden: the pupil's absence records, in any order.
        kalender: the school's holidays; ``None``: every weekday is a lesdag.
        na: the end date of the last report already made; only later absence counts.
        tot_en_met: ignore records after this day (the reference date).
        drempel_uren: the threshold, 16 hours by default.
        meer_dan_drempel: report only when *more* than the threshold (default: reaching it).

    Examples:
        >>> dagen = [pendulum.date(2016, 1, d) for d in (4, 5, 6, 7)]
        >>> [str(m) for m in meldingen_16_uur(Afwezigheid(d, 240, False) for d in dagen)]
        ['R-LPW-6: 16.0 hours unauthorised from 2016-01-04 to 2016-01-07']
    """
    records = _records(afwezigheden)
    kal = _kalender(kalender)
    drempel = round(
        v.require_number(drempel_uren, "drempel_uren", minimum=1 / 60, maximum=_MAXIMUM) * 60
    )
    strikt = v.require(meer_dan_drempel, bool, "meer_dan_drempel")
    start = -1 if na is None else as_date(na, "na").toordinal()
    stop = None if tot_en_met is None else as_date(tot_en_met, "tot_en_met").toordinal()
    per_dag = _ongeoorloofd_per_lesdag(records, kal, start, stop)
    return _meldingen(per_dag, _lesweeknummers(sorted(per_dag), kal), drempel, strikt=strikt)


def _ongeoorloofd_per_lesdag(
    records: tuple[Afwezigheid, ...], kal: Schoolkalender, na: int, tot_en_met: int | None
) -> dict[int, int]:
    """The unauthorised minutes per lesdag after ``na`` through ``tot_en_met`` (ordinals)."""
    per_dag: dict[int, int] = {}
    laatste = _MAX_ORDINAAL if tot_en_met is None else tot_en_met
    for a in records:
        o = a.datum.toordinal()
        if not a.geoorloofd and na < o <= laatste and kal._is_lesdag(o):  # noqa: SLF001
            per_dag[o] = per_dag.get(o, 0) + a.minuten
    return per_dag


def _meldingen(
    per_dag: dict[int, int], weken: dict[int, int], drempel: int, *, strikt: bool
) -> tuple[Melding, ...]:
    """Slide a window of four lesweken over the days; report when it reaches ``drempel``."""
    dagen = sorted(per_dag)
    meldingen: list[Melding] = []
    van = 0  # the first record in the window
    som = 0
    for i, o in enumerate(dagen):
        som += per_dag[o]
        while weken[dagen[van]] < weken[o] - (_WEKEN_VENSTER - 1):
            som -= per_dag[dagen[van]]
            van += 1
        if som > drempel or (som == drempel and not strikt):
            begin = pendulum.Date.fromordinal(dagen[van])
            meldingen.append(Melding(begin, pendulum.Date.fromordinal(o), som))
            van, som = i + 1, 0  # counting starts again the day after the report's end
    return tuple(meldingen)


def _lesweeknummers(dagen: list[int], kal: Schoolkalender) -> dict[int, int]:
    """Number the weeks (Monday to Sunday) that have a lesdag, consecutively; per day given."""
    if not dagen:
        return {}
    maandag = dagen[0] - (dagen[0] - 1) % 7
    nummer, nummers = 0, {}
    weeknummer: dict[int, int] = {}
    while maandag <= dagen[-1]:
        if any(kal._is_lesdag(maandag + k) for k in range(5)):  # noqa: SLF001 — same package
            nummer += 1
        weeknummer[maandag] = nummer
        maandag += 7
    for o in dagen:
        nummers[o] = weeknummer[o - (o - 1) % 7]
    return nummers


def langdurig_relatief_verzuim_sinds(
    afwezigheden: Iterable[Afwezigheid],
    peildatum: object,
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
    records = _records(afwezigheden)
    peil = as_date(peildatum, "peildatum").toordinal()
    kal = _kalender(kalender)
    dagen = v.require_number(lrv_weken, "lrv_weken", minimum=0, maximum=_MAXIMUM) * 7
    strikt = v.require(lrv_meer_dan, bool, "lrv_meer_dan")
    sinds = _begin_van_de_reeks(records, peil, kal)
    if sinds is None:
        return None
    vakantie = sum(1 for d in range(sinds, peil + 1) if kal._is_vakantiedag(d))  # noqa: SLF001
    duur = peil - sinds + 1 - vakantie
    if duur > dagen or (duur == dagen and not strikt):
        return pendulum.Date.fromordinal(sinds)
    return None


def _begin_van_de_reeks(
    records: tuple[Afwezigheid, ...], peil: int, kal: Schoolkalender
) -> int | None:
    """The first lesdag of the unbroken run of whole unauthorised days up to ``peil``, or None.

    Counting back from ``peil``: a lesdag without a whole-day unauthorised record, or with an
    authorised one, ends the run; weekends and holidays do not.
    """
    geoorloofd = {a.datum.toordinal() for a in records if a.geoorloofd}
    weg = {a.datum.toordinal() for a in records if a.hele_dag} - geoorloofd
    sinds = None
    for o in range(peil, min(weg, default=peil) - 1, -1):
        if kal._is_lesdag(o):  # noqa: SLF001 — same package
            if o not in weg:
                break
            sinds = o
    return sinds


@final
@frozen
class Verzuimbeoordeling:
    """What the absence records mean on ``peildatum`` (R-LPW-5, R-LPW-6, R-LPW-8).

    Derived by `beoordeel_verzuim`, never built by hand.

    Attributes:
        peildatum: the reference date.
        meldingen: the 16-hour reports due since the last one made (R-LPW-6).
        melding_verplicht: whether the school must report: there are ``meldingen`` and the pupil
            is under the Leerplichtwet (art. 21, 21a apply to leerplichtigen and
            kwalificatieplichtigen; for older pupils a report is voluntary).
        langdurig_relatief_verzuim_sinds: see `langdurig_relatief_verzuim_sinds`, or ``None``.
        absoluut_verzuim: under the Leerplichtwet, not enrolled, no vrijstelling (R-LPW-5).
        thuiszitter: langdurig relatief verzuim or absoluut verzuim (R-LPW-8).
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


def _melding_feit(aantal: int, drempel_uren: float, *, onder_lpw: bool) -> Feit:
    uitleg = f"{aantal} report(s) of {drempel_uren} hours in four lesweken due"
    if not onder_lpw:
        uitleg += "; voluntary: the pupil is no longer under the Leerplichtwet"
    return Feit("R-LPW-6", uitleg, aantal > 0 and onder_lpw)


def _lrv_feit(sinds: pendulum.Date | None) -> Feit:
    if sinds is None:
        return Feit("R-LPW-5", "no langdurig relatief verzuim", False)
    return Feit("R-LPW-5", f"langdurig relatief verzuim since {sinds.isoformat()}", True)


def _thuiszitter_feit(
    thuiszitter: bool, sinds: pendulum.Date | None, langer_dan: int | None
) -> Feit:
    """R-LPW-8; ``langer_dan`` is the norm in months when the pupil is at home longer."""
    if sinds is None:
        uitleg = "thuiszitter, since an unknown day" if thuiszitter else "not a thuiszitter"
    else:
        uitleg = f"thuiszitter since {sinds.isoformat()}"
        if langer_dan is not None:
            uitleg += f", longer than {langer_dan} months"
    return Feit("R-LPW-8", uitleg, thuiszitter)


def beoordeel_verzuim(
    status: Leerplichtstatus,
    afwezigheden: Iterable[Afwezigheid],
    kalender: Schoolkalender | None = None,
    *,
    niet_ingeschreven_sinds: object = None,
    laatste_melding_tot: object = None,
    drempel_uren: float = 16,
    meer_dan_drempel: bool = False,
    lrv_weken: float = 4,
    lrv_meer_dan: bool = True,
    norm_maanden: int = 3,
) -> Verzuimbeoordeling:
    """Report due, langdurig relatief verzuim, thuiszitter — on ``status.peildatum``.

    Args:
        status: the pupil's `Leerplichtstatus` on the reference date; its ``ingeschreven`` and
            vrijstellingen decide absoluut verzuim.
        afwezigheden: the absence records; those after the reference date are ignored.
        kalender: the school's holidays (``None``: none).
        niet_ingeschreven_sinds: for a pupil not enrolled, since when (for the three months).
        laatste_melding_tot: the end date of the last 16-hour report already made.
        drempel_uren: see `meldingen_16_uur`.
        meer_dan_drempel: see `meldingen_16_uur`.
        lrv_weken: see `langdurig_relatief_verzuim_sinds`.
        lrv_meer_dan: see `langdurig_relatief_verzuim_sinds`.
        norm_maanden: the Thuiszitterspact norm in months (R-LPW-8).

    Examples:
        >>> from gedragswerk_core.leerplicht.status import leerplicht_status
        >>> status = leerplicht_status(
        ...     pendulum.date(2004, 5, 1), pendulum.date(2016, 4, 15), ingeschreven=False
        ... )
        >>> b = beoordeel_verzuim(status, (), niet_ingeschreven_sinds=pendulum.date(2016, 1, 4))
        >>> b.absoluut_verzuim, b.thuiszitter, b.langer_dan_norm
        (True, True, True)
    """
    v.require(
        status,
        Leerplichtstatus,
        "status",
        hint="make it with leerplicht_status(geboortedatum, peildatum, ...)",
    )
    peil = status.peildatum
    maanden = v.require_whole(norm_maanden, "norm_maanden", minimum=1, maximum=_MAXIMUM)
    uit = None if niet_ingeschreven_sinds is None else as_date(niet_ingeschreven_sinds, "sinds")
    records = _records(afwezigheden)
    meldingen = meldingen_16_uur(
        records,
        kalender,
        na=laatste_melding_tot,
        tot_en_met=peil,
        drempel_uren=drempel_uren,
        meer_dan_drempel=meer_dan_drempel,
    )
    onder_lpw = status.categorie.onder_leerplichtwet
    verplicht = bool(meldingen) and onder_lpw
    ingeschreven = status.ingeschreven is not False
    lrv = (
        langdurig_relatief_verzuim_sinds(
            records, peil, kalender, lrv_weken=lrv_weken, lrv_meer_dan=lrv_meer_dan
        )
        if onder_lpw and ingeschreven
        else None
    )
    absoluut = status.absoluut_verzuim is True
    thuiszitter = absoluut or lrv is not None
    thuis_sinds = uit if absoluut else lrv
    langer = thuis_sinds is not None and peil > thuis_sinds.add(months=maanden)
    feiten = (
        _melding_feit(len(meldingen), drempel_uren, onder_lpw=onder_lpw),
        _lrv_feit(lrv),
        Feit("R-LPW-5", f"absoluut verzuim: {'yes' if absoluut else 'no'}", absoluut),
        _thuiszitter_feit(thuiszitter, thuis_sinds, maanden if langer else None),
    )
    return Verzuimbeoordeling(
        peildatum=peil,
        meldingen=meldingen,
        melding_verplicht=verplicht,
        langdurig_relatief_verzuim_sinds=lrv,
        absoluut_verzuim=absoluut,
        thuiszitter=thuiszitter,
        thuis_sinds=thuis_sinds,
        langer_dan_norm=langer,
        feiten=feiten,
    )
