r"""The intervention (interventie): an event-sourced value with rules that explain themselves.

An `Interventie` is an append-only tuple of `gebeurtenissen`;
its `Toestand` (state) is derived by folding them. Commands are pure functions that check
the step with the same ``beoordeel_*`` function a caller can use, then return a *new*
intervention with one more event — or raise `RefusedError`
carrying the refusing `Besluit`.

The lifecycle::

    ONTVANGEN --accepteer (R-LC-2)--> LOPEND --rond_af (R-LC-5)--> AFGEROND
        |  \\--draag_over (R-LC-6)--> OVERGEDRAGEN <--draag_over (R-LC-6)-- LOPEND
        \\--verwijs_door (R-LC-7)--> DOORVERWEZEN
    AFGEROND / OVERGEDRAGEN --heropen--> LOPEND;  DOORVERWEZEN --heropen--> ONTVANGEN

While LOPEND: voer_gesprek (R-LC-3, R-LC-9), spreek_werkagenda_af (R-LC-3, R-WA-5),
boek_resultaat (R-LC-3), pak_systemische_vraag_op (R-LC-8, R-LC-11), escaleer.

Decision on R-REG-3 (individual cases before the system): taking up a systemic question before
any pupil has passend onderwijs is *accepted and signalled*, not refused. R-LC-11 asks the
preventive question in every intervention, and seed 002 §3.1.1 says systemic questions were
"often, but not always" prompted by a pupil's case; refusing would make the library stricter than
the methodiek. `signaleer` reports it with rule R-REG-3.
"""

from __future__ import annotations

from enum import Enum, unique
from functools import cache
from typing import Final, final

import pendulum
from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core._tijd import as_moment
from gedragswerk_core.besluit import Besluit, Reden, besluit_uit
from gedragswerk_core.errors import InvalidValueError, RefusedError
from gedragswerk_core.gebeurtenissen import (
    Afgerond,
    Afrondingsverklaring,
    Doorverwezen,
    Escalatie,
    Geaccepteerd,
    Gebeurtenis,
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
from gedragswerk_core.hulpvraag import Hulpvraag, doorverwijs_reden, intake_reden
from gedragswerk_core.leerling import LeerlingRef
from gedragswerk_core.partijen import Partij, Rol, SparringRol

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


@unique
class Status(Enum):
    """Where an intervention stands."""

    ONTVANGEN = "ontvangen"
    """The hulpvraag came in; the intake decision (R-LC-2, R-LC-7) is still to be made."""
    LOPEND = "lopend"
    """Gedragswerk is involved: conversations, werkagenda, results (R-LC-3)."""
    DOORVERWEZEN = "doorverwezen"
    """The caller was referred to the onderwijszorgconsulenten (R-LC-7)."""
    AFGEROND = "afgerond"
    """Closed: a solution was found, or the actors go on alone (R-LC-5)."""
    OVERGEDRAGEN = "overgedragen"
    """Handed over to another party; the sparring partner has withdrawn (R-LC-6)."""

    @property
    def is_open(self) -> bool:
        """Whether the intervention is still running (received or lopend)."""
        return self in (Status.ONTVANGEN, Status.LOPEND)


@final
@frozen(weakref_slot=False)
class Toestand:
    """The state of an intervention, derived by folding its events (never set directly).

    Attributes:
        status: where it stands.
        hulpvraag: the hulpvraag it started from.
        begin: the moment the hulpvraag came in.
        laatste: the moment of the latest event.
        laatste_gesprek: the moment of the latest conversation, if any (R-LC-3b).
        gerealiseerd: pupils for whom passend onderwijs was realised (R-LC-3c).
        systemische_vragen: the systemic questions taken up, in order (R-LC-11).
        escalaties: where the case was escalated to, in order.
        werkagenda_afgesproken: whether a werkagenda was agreed (R-LC-3).
    """

    status: Status
    hulpvraag: Hulpvraag
    begin: pendulum.DateTime
    laatste: pendulum.DateTime
    laatste_gesprek: pendulum.DateTime | None = None
    gerealiseerd: frozenset[LeerlingRef] = frozenset()
    systemische_vragen: tuple[str, ...] = field(default=(), repr=False)
    escalaties: tuple[Escalatie, ...] = ()
    werkagenda_afgesproken: bool = False


# --- the fold ----------------------------------------------------------------------------------

NIEUWE_STATUS: Final[dict[type, Status]] = {
    Geaccepteerd: Status.LOPEND,
    Doorverwezen: Status.DOORVERWEZEN,
    Afgerond: Status.AFGEROND,
    Overgedragen: Status.OVERGEDRAGEN,
}
"""The status each event leads to (R-LC-2, R-LC-5, R-LC-6, R-LC-7); see `_volgende` for reopen."""


def _volgende(t: Toestand, g: Gebeurtenis) -> Toestand:
    """The state after event ``g`` (assumed allowed). Builds the value with its constructor."""
    status = NIEUWE_STATUS.get(type(g), t.status)
    if type(g) is Heropend:
        status = Status.ONTVANGEN if t.status is Status.DOORVERWEZEN else Status.LOPEND
    gerealiseerd = t.gerealiseerd
    if type(g) is ResultaatGeboekt:
        gerealiseerd = gerealiseerd | {g.leerling}
    return Toestand(
        status,
        t.hulpvraag,
        t.begin,
        g.moment,
        g.moment if type(g) is GesprekGevoerd else t.laatste_gesprek,
        gerealiseerd,
        (*t.systemische_vragen, g.vraag)
        if type(g) is SystemischeVraagOpgepakt
        else t.systemische_vragen,
        (*t.escalaties, g.naar) if type(g) is Geescaleerd else t.escalaties,
        t.werkagenda_afgesproken or type(g) is WerkagendaAfgesproken,
    )


def _begin(g: HulpvraagOntvangen) -> Toestand:
    return Toestand(Status.ONTVANGEN, g.hulpvraag, g.moment, g.moment)


# --- the checks --------------------------------------------------------------------------------

# Why a step is not possible in a status: (rule, explanation).
_GESLOTEN: Final[dict[Status, tuple[str, str]]] = {
    Status.ONTVANGEN: (
        "R-LC-2",
        ("the hulpvraag has not been accepted yet: first establish whether Gedragswerk has a role"),
    ),
    Status.LOPEND: ("R-LC-2", "the intake decision has already been made"),
    Status.DOORVERWEZEN: (
        "R-LC-7",
        (
            "the caller was referred to the onderwijszorgconsulenten; only an explicit reopen "
            "is accepted"
        ),
    ),
    Status.AFGEROND: (
        "R-LC-5",
        "the intervention is afgerond; only an explicit reopen is accepted",
    ),
    Status.OVERGEDRAGEN: (
        "R-LC-6",
        (
            "the hulpvraag was handed over and the sparring partner has withdrawn; only an "
            "explicit reopen is accepted"
        ),
    ),
}

# Per event: (name of the step, statuses it is allowed in, rule behind the step).
_STAP: Final[dict[type, tuple[str, frozenset[Status], str]]] = {
    Geaccepteerd: ("acceptatie", frozenset({Status.ONTVANGEN}), "R-LC-2"),
    Doorverwezen: ("doorverwijzing", frozenset({Status.ONTVANGEN}), "R-LC-7"),
    GesprekGevoerd: ("gesprek", frozenset({Status.LOPEND}), "R-LC-3"),
    WerkagendaAfgesproken: ("werkagenda", frozenset({Status.LOPEND}), "R-LC-3"),
    ResultaatGeboekt: ("resultaat", frozenset({Status.LOPEND}), "R-LC-3"),
    SystemischeVraagOpgepakt: ("systemische vraag", frozenset({Status.LOPEND}), "R-LC-11"),
    Geescaleerd: ("escalatie", frozenset({Status.LOPEND}), "R-LC-3"),
    Afgerond: ("afronding", frozenset({Status.LOPEND}), "R-LC-5"),
    Overgedragen: ("overdracht", frozenset({Status.ONTVANGEN, Status.LOPEND}), "R-LC-6"),
    Heropend: (
        "heropening",
        frozenset({Status.DOORVERWEZEN, Status.AFGEROND, Status.OVERGEDRAGEN}),
        "R-LC-8",
    ),
}


# The reasons are a small, finite set of values: each builder is cached on plain facts, so a
# check builds no new objects on the hot path (and the same fact always reads the same way).


@cache
def _status_reden(status: Status, stap: type) -> Reden:
    _, toegestaan, regel = _STAP[stap]
    if status in toegestaan:
        return Reden(regel, f"the intervention is {status.value}", True)
    if stap is Heropend:
        return Reden(
            "R-LC-8",
            f"the intervention is {status.value}, not closed: an open intervention is "
            "ongoing involvement and there is nothing to reopen",
            False,
        )
    regel, uitleg = _GESLOTEN[status]
    return Reden(regel, uitleg, False)


@cache
def _regionale_partij(regionaal: bool, regel: str, wat: str) -> Reden:
    if regionaal:
        return Reden(regel, f"{wat} includes at least one regional party", True)
    return Reden(
        regel,
        f"{wat} has only the sparring partner; the work is done by regional parties, "
        "Gedragswerk supports",
        False,
    )


_SPARRING_PARTNER: Final = Rol.SPARRING_PARTNER


def _heeft_regionale_partij(partijen: tuple[Partij, ...]) -> bool:
    for partij in partijen:  # noqa: SIM110 - a plain loop: any() with a generator is 3x slower here
        if partij.rol is not _SPARRING_PARTNER:
            return True
    return False


@cache
def _afronding_reden(oplossing: bool, kunnen: bool, willen: bool) -> Reden:
    if oplossing:
        return Reden("R-LC-5", "a solution was found for the problem on the table", True)
    if kunnen and willen:
        return Reden("R-LC-5", "the actors state they can and want to go on on their own", True)
    missing = [w for w, ok in (("can", kunnen), ("want to", willen)) if not ok]
    return Reden(
        "R-LC-5",
        "no solution was found and the actors do not state they "
        + " and ".join(missing)
        + " go on on their own",
        False,
    )


@cache
def _overdracht_redenen(rol: Rol, meer: bool, kan: bool, wil: bool) -> tuple[Reden, Reden, Reden]:
    if rol is Rol.SPARRING_PARTNER:
        ander = Reden("R-LC-6", "the receiver must be a party other than Gedragswerk", False)
    else:
        ander = Reden("R-LC-6", f"the receiver is another party ({rol.value})", True)
    meer_reden = Reden(
        "R-LC-6",
        "it is more for the receiver to act"
        if meer
        else "it is not more for the receiver than for the current parties to act",
        meer,
    )
    missing = [w for w, ok in (("can", kan), ("wants to", wil)) if not ok]
    bereid = Reden(
        "R-LC-6",
        "the receiver states it can and wants to take the hulpvraag on"
        if not missing
        else "the receiver does not state it " + " and ".join(missing) + " take it on",
        not missing,
    )
    return (ander, meer_reden, bereid)


@cache
def _resultaat_reden(bekend: bool, al_geboekt: bool) -> Reden:
    if not bekend:
        return Reden("R-LC-1", "the pupil is not one the hulpvraag is about", False)
    if al_geboekt:
        return Reden("R-LC-3", "passend onderwijs was already booked for this pupil", False)
    return Reden("R-LC-3", "a concrete result for a pupil of the hulpvraag", True)


_TWEEDE_HULPVRAAG: Final = (
    Reden(
        "R-LC-1",
        "an intervention starts from exactly one hulpvraag; start a new intervention "
        "for a new hulpvraag",
        False,
    ),
)


def _redenen(t: Toestand, g: Gebeurtenis) -> tuple[Reden, ...]:  # noqa: PLR0911 - one per event
    """Every rule weighed for appending ``g`` to an intervention in state ``t``."""
    soort: type = type(g)
    if soort is HulpvraagOntvangen:
        return _TWEEDE_HULPVRAAG
    status = _status_reden(t.status, soort)
    h = t.hulpvraag
    if soort is Geaccepteerd:
        return (status, intake_reden(h.consulenten_betrokken, h.systemisch_aspect))
    if soort is Doorverwezen:
        return (status, doorverwijs_reden(h.consulenten_betrokken, h.systemisch_aspect))
    if soort is GesprekGevoerd:
        regionaal = _heeft_regionale_partij(g.deelnemers)  # type: ignore[union-attr]
        return (status, _regionale_partij(regionaal, "R-LC-3", "the conversation"))
    if soort is WerkagendaAfgesproken:
        regionaal = _heeft_regionale_partij(g.partijen)  # type: ignore[union-attr]
        return (status, _regionale_partij(regionaal, "R-WA-5", "the werkagenda"))
    if soort is ResultaatGeboekt:
        ref = g.leerling  # type: ignore[union-attr]
        return (status, _resultaat_reden(ref in h.refs, ref in t.gerealiseerd))
    if soort is Afgerond:
        v = g.verklaring  # type: ignore[union-attr]
        return (
            status,
            _afronding_reden(v.oplossing_gevonden, v.kunnen_zelf_verder, v.willen_zelf_verder),
        )
    if soort is Overgedragen:
        o = g.voorstel  # type: ignore[union-attr]
        return (
            status,
            *_overdracht_redenen(
                o.ontvanger.rol, o.meer_aan_ontvanger, o.ontvanger_kan, o.ontvanger_wil
            ),
        )
    return (status,)


def _besluit(t: Toestand, g: Gebeurtenis) -> Besluit:
    stap = _STAP.get(type(g), ("ontvangst", frozenset(), "R-LC-1"))[0]
    return besluit_uit(stap, _redenen(t, g))


# --- the value -----------------------------------------------------------------------------------


def _check_chronologie(t: Toestand, g: Gebeurtenis, index: int) -> None:
    if g.moment < t.laatste:
        raise InvalidValueError(
            "an event cannot be earlier than the event before it",
            field=f"Interventie.gebeurtenissen[{index}].moment",
            hint="events are appended in the order they happened",
        )


def _replay(gebeurtenissen: tuple[Gebeurtenis, ...]) -> Toestand:
    if not gebeurtenissen or type(gebeurtenissen[0]) is not HulpvraagOntvangen:
        raise InvalidValueError(
            "an intervention starts with a HulpvraagOntvangen event",
            field="Interventie.gebeurtenissen[0]",
            rule="R-LC-1",
            hint="start one with ontvang(hulpvraag, moment)",
        )
    t = _begin(gebeurtenissen[0])
    for index, g in enumerate(gebeurtenissen[1:], start=1):
        _check_chronologie(t, g, index)
        for reden in _redenen(t, g):
            if not reden.voldaan:
                raise RefusedError(_besluit(t, g))
        t = _volgende(t, g)
    return t


_GEBEURTENIS_TYPES: Final = (*_STAP, HulpvraagOntvangen)
_NOOIT: Final = pendulum.datetime(2000, 1, 1, tz="UTC")  # a placeholder moment for type checks


@final
@frozen(weakref_slot=False)
class Interventie:
    """Gedragswerk's involvement with one hulpvraag in one region: its events and derived state.

    Build one with `ontvang`, then apply commands. Constructing one from a tuple of events
    (e.g. read from storage) replays them with every check, so an impossible history is refused.

    Examples:
        >>> from gedragswerk_core import voorbeeld
        >>> i = ontvang(voorbeeld.hulpvraag(), pendulum.datetime(2015, 9, 14, 10, tz="Europe/Amsterdam"))
        >>> i = accepteer(i, pendulum.datetime(2015, 9, 15, tz="Europe/Amsterdam"))
        >>> i.status
        <Status.LOPEND: 'lopend'>
        >>> len(i.gebeurtenissen)
        2
    """  # noqa: E501

    gebeurtenissen: tuple[Gebeurtenis, ...] = field(
        converter=v.to_tuple, validator=v.tuple_of(_GEBEURTENIS_TYPES)
    )
    toestand: Toestand = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        """Derive the state by replaying the events with every check."""
        object.__setattr__(self, "toestand", _replay(self.gebeurtenissen))

    @property
    def status(self) -> Status:
        """Where the intervention stands."""
        return self.toestand.status

    @property
    def hulpvraag(self) -> Hulpvraag:
        """The hulpvraag it started from."""
        return self.toestand.hulpvraag

    @property
    def is_open(self) -> bool:
        """Whether it is still running (received or lopend)."""
        return self.toestand.status.is_open


def _met(interventie: Interventie, g: Gebeurtenis, t: Toestand) -> Interventie:
    """The next value, built without replaying the whole history."""
    nieuw = object.__new__(Interventie)
    object.__setattr__(nieuw, "gebeurtenissen", (*interventie.gebeurtenissen, g))
    object.__setattr__(nieuw, "toestand", t)
    return nieuw


# --- public checks and commands ----------------------------------------------------------------


def beoordeel(interventie: Interventie, gebeurtenis: Gebeurtenis) -> Besluit:
    """May ``gebeurtenis`` be appended to ``interventie``? Every rule weighed, nothing changed.

    This is the one check every command uses.

    Raises:
        InvalidValueError: ``interventie`` is not an `Interventie` or ``gebeurtenis`` no event.
    """
    _check_argumenten(interventie, gebeurtenis)
    return _besluit(interventie.toestand, gebeurtenis)


def _check_argumenten(interventie: object, gebeurtenis: object) -> None:
    if not isinstance(interventie, Interventie):
        raise InvalidValueError(
            f"expected an Interventie, got {type(interventie).__name__}", field="interventie"
        )
    if not isinstance(gebeurtenis, _GEBEURTENIS_TYPES):
        raise InvalidValueError(
            f"expected an event, got {type(gebeurtenis).__name__}", field="gebeurtenis"
        )


def pas_toe(interventie: Interventie, gebeurtenis: Gebeurtenis) -> Interventie:
    """Append ``gebeurtenis`` if `beoordeel` allows it; return the new intervention.

    Raises:
        RefusedError: the step is not allowed; ``error.besluit`` says why, rule by rule.
        InvalidValueError: the event is earlier than the latest one, or not an event.
    """
    _check_argumenten(interventie, gebeurtenis)
    t = interventie.toestand
    _check_chronologie(t, gebeurtenis, len(interventie.gebeurtenissen))
    # The same reasons `beoordeel` weighs; the Besluit value itself is only built to refuse.
    for reden in _redenen(t, gebeurtenis):
        if not reden.voldaan:
            raise RefusedError(_besluit(t, gebeurtenis))
    return _met(interventie, gebeurtenis, _volgende(t, gebeurtenis))


def ontvang(hulpvraag: Hulpvraag, moment: object) -> Interventie:
    """Start an intervention from a hulpvraag received at ``moment`` (R-LC-1).

    Examples:
        >>> from gedragswerk_core import voorbeeld
        >>> i = ontvang(voorbeeld.hulpvraag(), voorbeeld.moment(2015, 9, 14))
        >>> i.status, type(i.gebeurtenissen[0]).__name__
        (<Status.ONTVANGEN: 'ontvangen'>, 'HulpvraagOntvangen')
    """
    return Interventie((HulpvraagOntvangen(as_moment(moment, "moment"), hulpvraag),))


def accepteer(interventie: Interventie, moment: object) -> Interventie:
    """Accept the hulpvraag: Gedragswerk has a role (R-LC-2; refused when R-LC-7 applies)."""
    return pas_toe(interventie, Geaccepteerd(as_moment(moment, "moment")))


def verwijs_door(interventie: Interventie, moment: object) -> Interventie:
    """Refer the caller to the onderwijszorgconsulenten at first contact (R-LC-7)."""
    return pas_toe(interventie, Doorverwezen(as_moment(moment, "moment")))


def voer_gesprek(
    interventie: Interventie,
    moment: object,
    deelnemers: tuple[Partij, ...],
    rol: SparringRol,
    *,
    conflict: bool = False,
) -> Interventie:
    """Record a conversation between regional parties (R-LC-3, R-LC-9, R-LC-10)."""
    return pas_toe(
        interventie,
        GesprekGevoerd(as_moment(moment, "moment"), deelnemers, rol, conflict=conflict),
    )


def spreek_werkagenda_af(
    interventie: Interventie, moment: object, partijen: tuple[Partij, ...]
) -> Interventie:
    """Record that the parties agreed a werkagenda (R-LC-3, R-WA-5)."""
    return pas_toe(interventie, WerkagendaAfgesproken(as_moment(moment, "moment"), partijen))


def boek_resultaat(interventie: Interventie, moment: object, leerling: object) -> Interventie:
    """Book passend onderwijs realised for one pupil of the hulpvraag (R-LC-3c)."""
    return pas_toe(interventie, ResultaatGeboekt(as_moment(moment, "moment"), leerling))


def pak_systemische_vraag_op(interventie: Interventie, moment: object, vraag: str) -> Interventie:
    """Take up a systemic, preventive question (R-LC-8, R-LC-11; see R-REG-3 in the module doc)."""
    return pas_toe(interventie, SystemischeVraagOpgepakt(as_moment(moment, "moment"), vraag))


def escaleer(
    interventie: Interventie, moment: object, naar: Escalatie, *, tafel: str | None = None
) -> Interventie:
    """Escalate the case to an actietafel (``tafel``: its label) or the intervention team."""
    return pas_toe(interventie, Geescaleerd(as_moment(moment, "moment"), naar, tafel))


def beoordeel_afronding(interventie: Interventie, verklaring: Afrondingsverklaring) -> Besluit:
    """May the intervention be closed (R-LC-5)? The same check `rond_af` applies.

    Allowed when it is lopend and a solution was found, or the actors state they can *and*
    want to go on on their own.

    Examples:
        >>> from gedragswerk_core import voorbeeld
        >>> i = voorbeeld.interventie_na_intake()
        >>> alleen_kunnen = Afrondingsverklaring(False, kunnen_zelf_verder=True)
        >>> besluit = beoordeel_afronding(i, alleen_kunnen)
        >>> besluit.toegestaan, besluit.bezwaren[0].regel
        (False, 'R-LC-5')
        >>> besluit.bezwaren[0].uitleg
        'no solution was found and the actors do not state they want to go on on their own'
    """
    _check_argumenten(interventie, Geaccepteerd(_NOOIT))
    return beoordeel(interventie, Afgerond(interventie.toestand.laatste, verklaring))


def rond_af(
    interventie: Interventie, moment: object, verklaring: Afrondingsverklaring
) -> Interventie:
    """Close the intervention (afronding, R-LC-5)."""
    return pas_toe(interventie, Afgerond(as_moment(moment, "moment"), verklaring))


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
    _check_argumenten(interventie, Geaccepteerd(_NOOIT))
    return beoordeel(interventie, Overgedragen(interventie.toestand.laatste, voorstel))


def draag_over(
    interventie: Interventie, moment: object, voorstel: Overdrachtsvoorstel
) -> Interventie:
    """Hand the hulpvraag over; the sparring partner withdraws (overdracht, R-LC-6)."""
    return pas_toe(interventie, Overgedragen(as_moment(moment, "moment"), voorstel))


def heropen(interventie: Interventie, moment: object, reden: str) -> Interventie:
    """Explicitly reopen a closed, handed-over or referred intervention, with a reason."""
    return pas_toe(interventie, Heropend(as_moment(moment, "moment"), reden))
