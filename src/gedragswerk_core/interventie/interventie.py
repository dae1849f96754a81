r"""The intervention (interventie): a value holding its events, with rules that explain themselves.

An `Interventie` holds an append-only tuple of `gebeurtenissen`; its status, hulpvraag and
`Toestand` (state) are derived from them by a fold. Which step is allowed where, what it checks
and which status it leaves is one table, `gedragswerk_core.interventie.stappen.STAPPEN`.
Commands are pure functions: they build the step's event with its constructor and append it
with `pas_toe`, which weighs the same reasons `beoordeel` gives a caller, then returns a *new*
intervention — or raises `RefusedError` carrying the refusing `Besluit`. The lifecycle is drawn
from the table by `stappen.toestandsdiagram` (docs/methodiek.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Final, final

import pendulum
from attrs import define, field, frozen

from gedragswerk_core._tijd import Moment, as_moment
from gedragswerk_core.besluit import Besluit
from gedragswerk_core.errors import InvalidValueError, RefusedError
from gedragswerk_core.interventie._weergave import interventie_html, interventie_repr
from gedragswerk_core.interventie.gebeurtenissen import (
    Afgerond,
    Afrondingsverklaring,
    Doorverwezen,
    Escalatie,
    Geaccepteerd,
    Gebeurtenis,
    Gecorrigeerd,
    Geescaleerd,
    GesprekGevoerd,
    Heropend,
    HulpvraagOntvangen,
    Overdrachtsvoorstel,
    Overgedragen,
    ResultaatGeboekt,
    SystemischeVraagOpgepakt,
    WerkagendaAfgesproken,
)
from gedragswerk_core.interventie.hulpvraag import ONDERWIJSZORGCONSULENTEN, Hulpvraag
from gedragswerk_core.interventie.stappen import (
    STAPPEN,
    Status,
    redenen,
    status_na,
)
from gedragswerk_core.interventie.toestand import Toestand, toestand_van
from gedragswerk_core.interventie.vastlegging import (
    Logboek,
    MetVastlegging,
    Vastlegging,
    Vastleggingen,
    als_rij,
    als_vastleggingen,
    bekend_tot,
    in_kracht,
    na_vastlegging,
    plek,
)
from gedragswerk_core.koppeling import Herbeoordeling, InterventieRef
from gedragswerk_core.leerling import LeerlingRef
from gedragswerk_core.partijen import Partij, SparringRol

__all__ = [
    "Interventie",
    "Status",
    "Toestand",
    "accepteer",
    "beoordeel",
    "beoordeel_afronding",
    "beoordeel_overdracht",
    "boek_resultaat",
    "draag_over",
    "escaleer",
    "heropen",
    "ontvang",
    "pak_systemische_vraag_op",
    "pas_toe",
    "rond_af",
    "spreek_werkagenda_af",
    "verwijs_door",
    "voer_gesprek",
]


# --- the checks of the history ------------------------------------------------------------------


def _besluit(status: Status, eerdere: tuple[Gebeurtenis, ...], g: Gebeurtenis) -> Besluit:
    return Besluit.uit_redenen(STAPPEN[type(g)].naam, redenen(status, eerdere, g))


VOLGORDE: Final = "R-GEB-1"
"""The library's rule that events are appended in the order they happened (no moment earlier
than the one before it): the append-only history the state is folded from."""


def _stap(
    status: Status, eerdere: tuple[Gebeurtenis, ...], g: Gebeurtenis, positie: int | None = None
) -> Status:
    """Check one step by its row in `STAPPEN`, after the valid history in force ``eerdere``.

    Returns the status it leaves; raises the error of the first check it fails: its moment is
    earlier than the last event's, or a reason of `beoordeel` is not met. ``positie``: the
    event's place in the log; ``None`` when it is appended on its own (`pas_toe`): the error
    then names its class, not a position.
    """
    # Every moment is a UTC instant (its constructor converts it), so < compares instants.
    if g.moment < eerdere[-1].moment:
        plek = len(eerdere) if positie is None else positie
        raise InvalidValueError(
            f"an event cannot be earlier than the event before it (gebeurtenissen[{plek - 1}])",
            field=f"{type(g).__name__}.moment"
            if positie is None
            else f"Interventie.gebeurtenissen[{positie}].moment",
            regel=VOLGORDE,
            hint="events are appended in the order they happened",
        )
    stap = STAPPEN[type(g)]
    if status not in stap.overgangen:
        raise RefusedError(_besluit(status, eerdere, g))
    for voorwaarde in stap.voorwaarden:
        reden = voorwaarde.toets(eerdere, g)
        if reden is not None and not reden.voldaan:
            raise RefusedError(_besluit(status, eerdere, g))
    return stap.overgangen[status]


@final
@define  # a private carrier into the constructor, never kept: mutable slots are the cheapest
class _Aanvulling:
    """The events of ``vorige``, then ``nieuw``: what `pas_toe` gives the constructor."""

    vorige: Interventie
    nieuw: Gebeurtenis
    vastgelegd: Moment | None = None

    def __iter__(self) -> Iterator[Gebeurtenis]:
        """The events, in order."""
        yield from (*self.vorige.gebeurtenissen, self.nieuw)


def _logboek(waarde: Iterable[Gebeurtenis]) -> Logboek:
    """The converter of `Interventie`'s one field: the log checked (of `_Aanvulling` its step)."""
    if type(waarde) is _Aanvulling:
        vorige, nieuw = waarde.vorige, waarde.nieuw
        log = vorige._log  # noqa: SLF001 - its own class
        if type(log) is tuple and waarde.vastgelegd is None and type(nieuw) is not Gecorrigeerd:
            _stap(status_na(log), log, nieuw)
            return (*log, nieuw)
        return _aanvulling(vorige, nieuw, waarde.vastgelegd)
    if type(waarde) is MetVastlegging:
        return _geschiedenis(waarde.gebeurtenissen, waarde.vastgelegd)
    return _geschiedenis(waarde, None)


def _aanvulling(vorige: Interventie, nieuw: Gebeurtenis, nu: Moment | None) -> Logboek:
    """The log of ``vorige`` with ``nieuw``, corrected or recorded late: the new step checked."""
    log, eerdere = vorige.gebeurtenissen, vorige.geldende_gebeurtenissen
    rij = (*log, nieuw)
    lijst = als_vastleggingen((*(vorige.vastgelegd or (None,) * len(log)), nu), rij)
    na_vastlegging(rij, lijst, len(log), "vastgelegd" if nu else f"{type(nieuw).__name__}.moment")
    _stap(status_na(eerdere), eerdere, nieuw)
    if lijst is None and type(vorige._log) is tuple and type(nieuw) is not Gecorrigeerd:  # noqa: SLF001
        return rij  # recorded when it happened after all: the plain log, as read from a dict
    return Vastlegging(rij, in_kracht(eerdere, nieuw), lijst)


def _geschiedenis(gebeurtenissen: Iterable[Gebeurtenis], vastgelegd: object) -> Logboek:
    """The log, every step replayed (R-GEB-1, the step's row; R-GEB-2, R-GEB-3; R-GEB-4)."""
    rij = als_rij(gebeurtenissen)
    lijst = als_vastleggingen(vastgelegd, rij)
    status = Status.ONTVANGEN
    geldend: tuple[Gebeurtenis, ...] | None = None  # None: no correction, it is rij[:index]
    for index in range(1, len(rij)):
        g = rij[index]
        eerdere = rij[:index] if geldend is None else geldend
        if lijst is not None or geldend is not None:  # else R-GEB-1 implies R-GEB-2 and 3
            na_vastlegging(rij, lijst, index, plek(lijst, index))
        status = _stap(status, eerdere, g, index)
        if geldend is not None or type(g) is Gecorrigeerd:
            geldend = in_kracht(eerdere, g)
    return rij if geldend is None and lijst is None else Vastlegging(rij, geldend or rij, lijst)


@final
@frozen(weakref_slot=False)
class Interventie:
    """Gedragswerk's involvement with one hulpvraag in one region: its events, and nothing else.

    An intervention *is* its history: an immutable tuple of `gebeurtenissen`, starting with a
    `HulpvraagOntvangen`. Everything else — `status`, `hulpvraag`, the whole `toestand` — is
    derived from the events in force (`geldende_gebeurtenissen`, corrections applied, R-GEB-4).

    Build one with `ontvang`, then apply commands. Constructing one from events (e.g. read from
    storage) replays them with every check, so an impossible history is refused. An intervention
    equals only another intervention with equal events and equal recording moments.

    Examples:
        >>> from gedragswerk_core import voorbeeld
        >>> i = ontvang(voorbeeld.hulpvraag(), pendulum.datetime(2015, 9, 14, 10, tz="Europe/Amsterdam"))
        >>> i = accepteer(i, pendulum.datetime(2015, 9, 15, tz="Europe/Amsterdam"))
        >>> i.status
        <Status.LOPEND: 'lopend'>
        >>> len(i.gebeurtenissen)
        2
        >>> Interventie(i.gebeurtenissen) == i
        True

    Raises:
        InvalidValueError: not a sequence of events, no `HulpvraagOntvangen` first (R-LC-1), an
            event earlier than the one before it (R-GEB-1), or recorded before the one before
            it (R-GEB-3).
        RefusedError: a step in the history is not allowed; ``error.besluit`` says why.
    """  # noqa: E501

    _log: Logboek = field(converter=_logboek, alias="gebeurtenissen")

    @classmethod
    def met_vastlegging(
        cls, gebeurtenissen: Iterable[Gebeurtenis], vastgelegd: Sequence[Moment | None] | None
    ) -> Interventie:
        """From its log and per event when it was recorded (``None``: as it happened; R-GEB-2/3)."""
        return cls(MetVastlegging(gebeurtenissen, vastgelegd))

    @property
    def gebeurtenissen(self) -> tuple[Gebeurtenis, ...]:
        """The log: every event as recorded, corrections included, in the order recorded."""
        log = self._log
        return log if type(log) is tuple else log.log  # type: ignore[union-attr]

    @property
    def geldende_gebeurtenissen(self) -> tuple[Gebeurtenis, ...]:
        """The history in force: corrections applied and left out (R-GEB-4); every fold reads it."""
        log = self._log
        return log if type(log) is tuple else log.geldend  # type: ignore[union-attr]

    @property
    def vastgelegd(self) -> Vastleggingen | None:
        """Per event of the log when it was recorded (``None``: when it happened); ``None``: all."""
        log = self._log
        return None if type(log) is tuple else log.vastgelegd  # type: ignore[union-attr]

    def bekend_op(self, moment: Moment) -> Interventie | None:
        """As known at ``moment``: the events recorded by then (a prefix of the log, R-GEB-3).

        Only the corrections recorded by then are applied; ``None`` when the hulpvraag was not
        recorded yet; at the last recording moment or later, this intervention.
        """
        lijst = self.vastgelegd
        n = bekend_tot(self.gebeurtenissen, lijst, as_moment(moment, "bekend_op"))
        if n == len(self.gebeurtenissen):
            return self
        deel = self.gebeurtenissen[:n]
        return Interventie.met_vastlegging(deel, lijst and lijst[:n]) if n else None

    @property
    def toestand(self) -> Toestand:
        """The state, folded from the events in force (computed on each access)."""
        return toestand_van(self.geldende_gebeurtenissen)

    @property
    def status(self) -> Status:
        """Where the intervention stands."""
        return status_na(self.geldende_gebeurtenissen)

    @property
    def hulpvraag(self) -> Hulpvraag:
        """The hulpvraag it started from (as corrected)."""
        return self.geldende_gebeurtenissen[0].hulpvraag  # type: ignore[union-attr]

    @property
    def kenmerk(self) -> InterventieRef | None:
        """The intervention's reference (case number), when given at `ontvang`."""
        return self.geldende_gebeurtenissen[0].kenmerk  # type: ignore[union-attr]

    @property
    def is_open(self) -> bool:
        """Whether it is still running (received or lopend)."""
        return self.status.is_open

    def __repr__(self) -> str:
        """A short summary: status, number of events, first and last day (not every event)."""
        return interventie_repr(self)

    def to_html(self, taal: str = "nl") -> str:
        """The history as an HTML timeline, in one language (``"nl"`` or ``"en"``)."""
        return interventie_html(self, taal)

    def _repr_html_(self) -> str:
        """Jupyter's view: `to_html` in Dutch."""
        return self.to_html()

    def __reduce__(self) -> tuple[type[Interventie], tuple[object]]:
        """Pickle and copy through the constructor, so the history is checked again."""
        log = self._log
        return (Interventie, (log if type(log) is tuple else log.als_invoer(),))  # type: ignore[union-attr]


# --- public checks and commands ------------------------------------------------------------------


def _vereist_interventie(interventie: object) -> None:
    if type(interventie) is not Interventie:
        raise InvalidValueError(
            f"expected an Interventie, got {type(interventie).__name__}", field="interventie"
        )


def _vereist(interventie: object, gebeurtenis: object) -> None:
    if type(interventie) is not Interventie:  # every command passes here: checked in line
        _vereist_interventie(interventie)
    if type(gebeurtenis) not in STAPPEN:
        raise InvalidValueError(
            f"expected an event, got {type(gebeurtenis).__name__}", field="gebeurtenis"
        )


def beoordeel(interventie: Interventie, gebeurtenis: Gebeurtenis) -> Besluit:
    """May ``gebeurtenis`` be appended to ``interventie``? Every rule weighed, nothing changed.

    This is the one check every command uses: the row of the step in `stappen.STAPPEN`.

    Raises:
        InvalidValueError: ``interventie`` is not an `Interventie` or ``gebeurtenis`` no event.
    """
    _vereist(interventie, gebeurtenis)
    return _besluit(interventie.status, interventie.geldende_gebeurtenissen, gebeurtenis)


def pas_toe(
    interventie: Interventie, gebeurtenis: Gebeurtenis, *, vastgelegd: Moment | None = None
) -> Interventie:
    """Append ``gebeurtenis`` if `beoordeel` allows it; return the new intervention.

    ``vastgelegd``: when it was recorded, if later than it happened (R-GEB-2); not before the
    event before it was recorded (R-GEB-3). ``None``: recorded when it happened.

    Raises:
        RefusedError: the step is not allowed; ``error.besluit`` says why, rule by rule.
        InvalidValueError: the event is earlier than the latest one (R-GEB-1), recorded before
            it happened (R-GEB-2) or before the one before it (R-GEB-3), or not an event.
    """
    _vereist(interventie, gebeurtenis)
    return Interventie(_Aanvulling(interventie, gebeurtenis, vastgelegd))


def ontvang(
    hulpvraag: Hulpvraag, moment: Moment, *, kenmerk: InterventieRef | str | None = None
) -> Interventie:
    """Start an intervention from a hulpvraag received at ``moment`` (R-LC-1).

    ``kenmerk`` (an `InterventieRef` or its text) is the intervention's case number, by which a
    diagnosis, a werkagenda and a case at a table link to it.

    Examples:
        >>> from gedragswerk_core import voorbeeld
        >>> i = ontvang(voorbeeld.hulpvraag(), voorbeeld.moment(2015, 9, 14))
        >>> i.status, type(i.gebeurtenissen[0]).__name__
        (<Status.ONTVANGEN: 'ontvangen'>, 'HulpvraagOntvangen')
    """
    return Interventie((HulpvraagOntvangen(moment, hulpvraag, kenmerk),))


def accepteer(interventie: Interventie, moment: Moment) -> Interventie:
    """Accept the hulpvraag: Gedragswerk has a role (R-LC-2; refused when R-LC-7 applies)."""
    return pas_toe(interventie, Geaccepteerd(moment))


def verwijs_door(
    interventie: Interventie, moment: Moment, naar: Partij = ONDERWIJSZORGCONSULENTEN
) -> Interventie:
    """Refer the caller at first contact to ``naar``, by default the consulenten (R-LC-7)."""
    return pas_toe(interventie, Doorverwezen(moment, naar))


def voer_gesprek(
    interventie: Interventie,
    moment: Moment,
    deelnemers: Sequence[Partij],
    rol: SparringRol,
    *,
    conflict: bool = False,
) -> Interventie:
    """Record a conversation between regional parties (R-LC-3, R-LC-9, R-LC-10)."""
    return pas_toe(interventie, GesprekGevoerd(moment, deelnemers, rol, conflict=conflict))


def spreek_werkagenda_af(
    interventie: Interventie, moment: Moment, partijen: Sequence[Partij]
) -> Interventie:
    """Record that the parties agreed a werkagenda (R-LC-3, R-WA-5)."""
    return pas_toe(interventie, WerkagendaAfgesproken(moment, partijen))


def boek_resultaat(
    interventie: Interventie, moment: Moment, leerling: LeerlingRef | str
) -> Interventie:
    """Book passend onderwijs realised for one pupil of the hulpvraag (R-LC-3c)."""
    return pas_toe(interventie, ResultaatGeboekt(moment, leerling))


def pak_systemische_vraag_op(interventie: Interventie, moment: Moment, vraag: str) -> Interventie:
    """Take up a systemic, preventive question (R-LC-8, R-LC-11; R-REG-3 is only signalled)."""
    return pas_toe(interventie, SystemischeVraagOpgepakt(moment, vraag))


def escaleer(
    interventie: Interventie, moment: Moment, naar: Escalatie, *, tafel: str | None = None
) -> Interventie:
    """Escalate the case to an actietafel (``tafel``: its label) or the intervention team."""
    return pas_toe(interventie, Geescaleerd(moment, naar, tafel))


def _laatste_moment(interventie: object) -> pendulum.DateTime:
    _vereist_interventie(interventie)
    return interventie.geldende_gebeurtenissen[-1].moment  # type: ignore[attr-defined, no-any-return]


def beoordeel_afronding(
    interventie: Interventie,
    verklaring: Afrondingsverklaring,
    herbeoordeling: Herbeoordeling | None = None,
) -> Besluit:
    """May the intervention be closed (R-LC-5)? The same check `rond_af` applies.

    Allowed when it is lopend and a solution was found, or the actors state they can *and*
    want to go on on their own. The decision also weighs the reassessment (R-KKW-3): it is
    recorded, or not made, and a reassessment of another intervention is refused. What the
    verklaring leaves out (``None``) the actors' statements in the history decide (R-VKL-1);
    with none the decision is undecided and names the statement it waits for.

    Examples:
        >>> from gedragswerk_core import voorbeeld
        >>> i = voorbeeld.interventie_na_intake()
        >>> willen_niet = Afrondingsverklaring(False, kunnen_zelf_verder=True, willen_zelf_verder=False)
        >>> besluit = beoordeel_afronding(i, willen_niet)
        >>> besluit.uitkomst, besluit.bezwaren[0].code
        (<Uitkomst.GEWEIGERD: 'geweigerd'>, 'R-LC-5.afronding')
        >>> besluit.bezwaren[0].uitleg
        'no solution was found and the actors do not state they want to go on on their own'
        >>> besluit = beoordeel_afronding(i, Afrondingsverklaring(False, kunnen_zelf_verder=True))
        >>> besluit.uitkomst, besluit.ontbreekt
        (<Uitkomst.ONBESLIST: 'onbeslist'>, ('R-LC-5.wil',))
    """  # noqa: E501
    return beoordeel(
        interventie, Afgerond(_laatste_moment(interventie), verklaring, herbeoordeling)
    )


def rond_af(
    interventie: Interventie,
    moment: Moment,
    verklaring: Afrondingsverklaring,
    *,
    herbeoordeling: Herbeoordeling | None = None,
) -> Interventie:
    """Close the intervention (afronding, R-LC-5), with the reassessment when made (R-KKW-3).

    ``herbeoordeling`` summarises the diagnosis made again at the end against the one at the
    start (`gedragswerk_core.diagnose.Vergelijking.herbeoordeling`); one that belongs to another
    intervention (another ``kenmerk``) is refused.
    """
    return pas_toe(interventie, Afgerond(moment, verklaring, herbeoordeling))


def beoordeel_overdracht(interventie: Interventie, voorstel: Overdrachtsvoorstel) -> Besluit:
    """May the hulpvraag be handed over (R-LC-6)? The same check `draag_over` applies.

    Allowed when the intervention is open, the receiver is another party, it is more for the
    receiver to act, and the receiver states it can *and* wants to take it on.

    Examples:
        >>> from gedragswerk_core import Rol, voorbeeld
        >>> i = voorbeeld.interventie_na_intake()
        >>> consulent = Partij("Onderwijsconsulenten", Rol.ONDERWIJSCONSULENT)
        >>> besluit = beoordeel_overdracht(i, Overdrachtsvoorstel(consulent, True, True, False))
        >>> besluit.toegestaan, besluit.bezwaren[0].regel
        (False, 'R-LC-6')
    """
    return beoordeel(interventie, Overgedragen(_laatste_moment(interventie), voorstel))


def draag_over(
    interventie: Interventie, moment: Moment, voorstel: Overdrachtsvoorstel
) -> Interventie:
    """Hand the hulpvraag over; the sparring partner withdraws (overdracht, R-LC-6)."""
    return pas_toe(interventie, Overgedragen(moment, voorstel))


def heropen(interventie: Interventie, moment: Moment, reden: str) -> Interventie:
    """Explicitly reopen a closed, handed-over or referred intervention, with a reason."""
    return pas_toe(interventie, Heropend(moment, reden))
