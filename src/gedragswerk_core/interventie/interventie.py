r"""The intervention (interventie): an event-sourced value with rules that explain themselves.

An `Interventie` *is* an append-only tuple of `gebeurtenissen` (a ``tuple`` subclass: one object
besides its events); its status, hulpvraag and `Toestand` (state) are derived from them.
Commands are pure functions that check the step with the same ``beoordeel_*`` function a caller
can use, then return a *new* intervention with one more event — or raise `RefusedError` carrying
the refusing `Besluit`.

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

from collections.abc import Callable, Iterable
from enum import Enum, unique
from functools import cache
from typing import Any, Final, final

import pendulum
from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core._tijd import as_moment
from gedragswerk_core.besluit import Besluit, Reden, besluit_uit
from gedragswerk_core.errors import InvalidValueError, RefusedError
from gedragswerk_core.interventie.gebeurtenissen import (
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
from gedragswerk_core.interventie.hulpvraag import Hulpvraag, doorverwijs_reden, intake_reden
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
        return self is Status.ONTVANGEN or self is Status.LOPEND

    # Members are singletons and compare by identity, so identity hashing agrees with ``==``;
    # it makes a status a C-speed dict key (Enum's own hash is Python code hashing the name).
    __hash__ = object.__hash__


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
"""The status each event leads to (R-LC-2, R-LC-5, R-LC-6, R-LC-7); see `_status_na` for reopen."""

_ONTVANGEN: Final = Status.ONTVANGEN
_LOPEND: Final = Status.LOPEND
_DOORVERWEZEN: Final = Status.DOORVERWEZEN


def _status_na(status: Status, soort: type) -> Status:
    """The status after an (allowed) event of type ``soort`` in ``status``.

    A reopening (R-LC-8) goes back to the intake after a referral, and to lopend otherwise.
    """
    nieuw = NIEUWE_STATUS.get(soort)
    if nieuw is not None:
        return nieuw
    if soort is Heropend:
        return _ONTVANGEN if status is _DOORVERWEZEN else _LOPEND
    return status


def _status(gebeurtenissen: tuple[Gebeurtenis, ...]) -> Status:
    """The status of a valid history: the one its last event leaves (`_STATUS_NA`).

    The same as folding `_status_na` over the events (the tests check it), in one lookup. Only
    a reopening (R-LC-8) looks one event back, at the closing it reopened — after a closing
    nothing but a reopening is accepted: after a referral it is back at the intake, otherwise
    lopend.
    """
    status = _STATUS_NA[type(gebeurtenissen[-1])]
    if status is None:
        return _ONTVANGEN if type(gebeurtenissen[-2]) is Doorverwezen else _LOPEND
    return status


def _toestand(gebeurtenissen: tuple[Gebeurtenis, ...]) -> Toestand:
    """Fold a valid history into its `Toestand`, in one pass."""
    eerste: HulpvraagOntvangen = gebeurtenissen[0]  # type: ignore[assignment]
    status = _ONTVANGEN
    laatste_gesprek = None
    gerealiseerd: set[LeerlingRef] = set()
    vragen: list[str] = []
    escalaties: list[Escalatie] = []
    werkagenda = False
    for g in gebeurtenissen[1:]:
        soort = type(g)
        status = _status_na(status, soort)
        if soort is GesprekGevoerd:
            laatste_gesprek = g.moment
        elif soort is ResultaatGeboekt:
            gerealiseerd.add(g.leerling)  # type: ignore[union-attr]
        elif soort is SystemischeVraagOpgepakt:
            vragen.append(g.vraag)  # type: ignore[union-attr]
        elif soort is Geescaleerd:
            escalaties.append(g.naar)  # type: ignore[union-attr]
        elif soort is WerkagendaAfgesproken:
            werkagenda = True
    return Toestand(
        status,
        eerste.hulpvraag,
        eerste.moment,
        gebeurtenissen[-1].moment,
        laatste_gesprek,
        frozenset(gerealiseerd),
        tuple(vragen),
        tuple(escalaties),
        werkagenda,
    )


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


def _laat_achter(soort: type) -> Status | None:
    """The status an event leaves in a valid history, or ``None`` for a reopening.

    A status-changing event leaves its new status (`NIEUWE_STATUS`); every other event except a
    reopening is allowed in exactly one status (`_STAP`: lopend) and leaves it as it was.
    """
    if soort in NIEUWE_STATUS:
        return NIEUWE_STATUS[soort]
    if soort is Heropend:
        return None
    (enige,) = _STAP[soort][1]
    return enige


_STATUS_NA: Final[dict[type, Status | None]] = {
    HulpvraagOntvangen: Status.ONTVANGEN,
    **{soort: _laat_achter(soort) for soort in _STAP},
}
"""Per event type: the status it leaves (``None``: a reopening, see `_status`)."""


# The reasons are a small, finite set of values, built once: a check builds no new objects on
# the hot path (and the same fact always reads the same way).


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


_STATUS_REDEN: Final[dict[type, dict[Status, Reden]]] = {
    stap: {status: _status_reden(status, stap) for status in Status} for stap in _STAP
}
"""Per event type and status: the reason for (or against) taking the step in that status."""


def _regionale_partij(regionaal: bool, regel: str, wat: str) -> Reden:
    if regionaal:
        return Reden(regel, f"{wat} includes at least one regional party", True)
    return Reden(
        regel,
        f"{wat} has only the sparring partner; the work is done by regional parties, "
        "Gedragswerk supports",
        False,
    )


# Indexed by "at least one regional party" (False, True): R-LC-3 for a conversation, R-WA-5 for
# a werkagenda.
_GESPREK_REGIONAAL: Final = tuple(
    _regionale_partij(b, "R-LC-3", "the conversation") for b in (False, True)
)
_WERKAGENDA_REGIONAAL: Final = tuple(
    _regionale_partij(b, "R-WA-5", "the werkagenda") for b in (False, True)
)

_SPARRING_PARTNER: Final = Rol.SPARRING_PARTNER


def _heeft_regionale_partij(partijen: tuple[Partij, ...]) -> bool:
    for partij in partijen:  # noqa: SIM110 - a plain loop: any() with a generator is 3x slower here
        if partij.rol is not _SPARRING_PARTNER:
            return True
    return False


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


def _ander_reden(rol: Rol) -> Reden:
    if rol is Rol.SPARRING_PARTNER:
        return Reden("R-LC-6", "the receiver must be a party other than Gedragswerk", False)
    return Reden("R-LC-6", f"the receiver is another party ({rol.value})", True)


def _meer_reden(meer: bool) -> Reden:
    if meer:
        return Reden("R-LC-6", "it is more for the receiver to act", True)
    return Reden(
        "R-LC-6", "it is not more for the receiver than for the current parties to act", False
    )


def _bereid_reden(kan: bool, wil: bool) -> Reden:
    missing = [w for w, ok in (("can", kan), ("wants to", wil)) if not ok]
    if not missing:
        return Reden(
            "R-LC-6", "the receiver states it can and wants to take the hulpvraag on", True
        )
    return Reden(
        "R-LC-6", "the receiver does not state it " + " and ".join(missing) + " take it on", False
    )


# R-LC-6's three reasons, by their facts: the receiver's role; more for the receiver (False,
# True); the receiver can (False, True) and wants to (False, True).
_ANDER: Final = {rol: _ander_reden(rol) for rol in Rol}
_MEER: Final = (_meer_reden(False), _meer_reden(True))
_BEREID: Final = tuple(tuple(_bereid_reden(k, w) for w in (False, True)) for k in (False, True))


@cache
def _resultaat_reden(bekend: bool, al_geboekt: bool) -> Reden:
    if not bekend:
        return Reden("R-LC-1", "the pupil is not one the hulpvraag is about", False)
    if al_geboekt:
        return Reden("R-LC-3", "passend onderwijs was already booked for this pupil", False)
    return Reden("R-LC-3", "a concrete result for a pupil of the hulpvraag", True)


def _al_geboekt(eerdere: tuple[Gebeurtenis, ...], ref: LeerlingRef) -> bool:
    for g in eerdere:  # noqa: SIM110 - a plain loop, as in _heeft_regionale_partij
        if type(g) is ResultaatGeboekt and g.leerling == ref:
            return True
    return False


_TWEEDE_HULPVRAAG: Final = (
    Reden(
        "R-LC-1",
        "an intervention starts from exactly one hulpvraag; start a new intervention "
        "for a new hulpvraag",
        False,
    ),
)


# One function per step: the rules weighed besides the status (``reden``, from _STATUS_REDEN) for
# appending event ``g`` to the valid history ``eerdere``.
_Regels = Callable[[Reden, tuple[Gebeurtenis, ...], Any], tuple[Reden, ...]]


def _hulpvraag_van(eerdere: tuple[Gebeurtenis, ...]) -> Hulpvraag:
    return eerdere[0].hulpvraag  # type: ignore[union-attr]


# The reasons of the two-valued facts, indexed by those facts (False, True): the same values the
# cached builders give, looked up without hashing.
_INTAKE: Final = tuple(tuple(intake_reden(c, s) for s in (False, True)) for c in (False, True))
_DOORVERWIJZING: Final = tuple(
    tuple(doorverwijs_reden(c, s) for s in (False, True)) for c in (False, True)
)
_AFRONDING: Final = tuple(
    tuple(tuple(_afronding_reden(o, k, w) for w in (False, True)) for k in (False, True))
    for o in (False, True)
)


def _bij_acceptatie(
    reden: Reden, eerdere: tuple[Gebeurtenis, ...], _: Geaccepteerd
) -> tuple[Reden, ...]:
    h: Hulpvraag = eerdere[0].hulpvraag  # type: ignore[union-attr]
    return (reden, _INTAKE[h.consulenten_betrokken][h.systemisch_aspect])  # R-LC-2, R-LC-7


def _bij_doorverwijzing(
    reden: Reden, eerdere: tuple[Gebeurtenis, ...], _: Doorverwezen
) -> tuple[Reden, ...]:
    h: Hulpvraag = eerdere[0].hulpvraag  # type: ignore[union-attr]
    return (reden, _DOORVERWIJZING[h.consulenten_betrokken][h.systemisch_aspect])  # R-LC-7


def _bij_gesprek(reden: Reden, _: tuple[Gebeurtenis, ...], g: GesprekGevoerd) -> tuple[Reden, ...]:
    # R-LC-3: at least one regional party (the loop of _heeft_regionale_partij, written out:
    # this is the hottest rule of the lifecycle).
    for partij in g.deelnemers:
        if partij.rol is not _SPARRING_PARTNER:
            return (reden, _GESPREK_REGIONAAL[1])
    return (reden, _GESPREK_REGIONAAL[0])


def _bij_werkagenda(
    reden: Reden, _: tuple[Gebeurtenis, ...], g: WerkagendaAfgesproken
) -> tuple[Reden, ...]:
    return (reden, _WERKAGENDA_REGIONAAL[_heeft_regionale_partij(g.partijen)])  # R-WA-5


def _bij_resultaat(
    reden: Reden, eerdere: tuple[Gebeurtenis, ...], g: ResultaatGeboekt
) -> tuple[Reden, ...]:
    ref = g.leerling  # R-LC-1: a pupil of the hulpvraag; R-LC-3: booked once
    return (reden, _resultaat_reden(ref in _hulpvraag_van(eerdere).refs, _al_geboekt(eerdere, ref)))


def _bij_afronding(reden: Reden, _: tuple[Gebeurtenis, ...], g: Afgerond) -> tuple[Reden, ...]:
    v = g.verklaring  # R-LC-5
    return (
        reden,
        _AFRONDING[v.oplossing_gevonden][v.kunnen_zelf_verder][v.willen_zelf_verder],
    )


def _bij_overdracht(reden: Reden, _: tuple[Gebeurtenis, ...], g: Overgedragen) -> tuple[Reden, ...]:
    o = g.voorstel  # R-LC-6
    return (
        reden,
        _ANDER[o.ontvanger.rol],
        _MEER[o.meer_aan_ontvanger],
        _BEREID[o.ontvanger_kan][o.ontvanger_wil],
    )


def _alleen_status(reden: Reden, _: tuple[Gebeurtenis, ...], __: object) -> tuple[Reden, ...]:
    return (reden,)


_REGELS: Final[dict[type, _Regels]] = {
    Geaccepteerd: _bij_acceptatie,
    Doorverwezen: _bij_doorverwijzing,
    GesprekGevoerd: _bij_gesprek,
    WerkagendaAfgesproken: _bij_werkagenda,
    ResultaatGeboekt: _bij_resultaat,
    SystemischeVraagOpgepakt: _alleen_status,  # R-LC-11; R-REG-3 is signalled, not refused
    Geescaleerd: _alleen_status,
    Afgerond: _bij_afronding,
    Overgedragen: _bij_overdracht,
    Heropend: _alleen_status,  # R-LC-8: the status says it all
}


_STAPREGELS: Final[dict[type, tuple[_Regels, dict[Status, Reden]]]] = {
    soort: (regels, _STATUS_REDEN[soort]) for soort, regels in _REGELS.items()
}
"""`_REGELS` and `_STATUS_REDEN` in one lookup, for `_voeg_toe`."""
_STAP_ACCEPTATIE: Final = _STAPREGELS[Geaccepteerd]
_STAP_GESPREK: Final = _STAPREGELS[GesprekGevoerd]
_STAP_AFRONDING: Final = _STAPREGELS[Afgerond]
_STAP_OVERDRACHT: Final = _STAPREGELS[Overgedragen]


def _redenen(status: Status, eerdere: tuple[Gebeurtenis, ...], g: Gebeurtenis) -> tuple[Reden, ...]:
    """Every rule weighed for appending ``g`` to the valid history ``eerdere`` in ``status``.

    Of ``eerdere`` the rules read the first event (the hulpvraag) and, for a `ResultaatGeboekt`
    only, the earlier results (`_replay` relies on that to stay linear).
    """
    soort: type = type(g)
    if soort is HulpvraagOntvangen:
        return _TWEEDE_HULPVRAAG
    return _REGELS[soort](_STATUS_REDEN[soort][status], eerdere, g)


def _besluit(status: Status, eerdere: tuple[Gebeurtenis, ...], g: Gebeurtenis) -> Besluit:
    stap = _STAP.get(type(g), ("ontvangst", frozenset(), "R-LC-1"))[0]
    return besluit_uit(stap, _redenen(status, eerdere, g))


# --- the value -----------------------------------------------------------------------------------


def _te_vroeg(index: int) -> InvalidValueError:
    return InvalidValueError(
        "an event cannot be earlier than the event before it",
        field=f"Interventie.gebeurtenissen[{index}].moment",
        hint="events are appended in the order they happened",
    )


def _replay(gebeurtenissen: tuple[Gebeurtenis, ...]) -> None:
    """Check a whole history: its start, its order in time, and every step's rules.

    Each step weighs what `_redenen` weighs (written out here, as in `_voeg_toe`: reading an
    intervention replays every event).
    """
    if not gebeurtenissen or type(gebeurtenissen[0]) is not HulpvraagOntvangen:
        raise InvalidValueError(
            "an intervention starts with a HulpvraagOntvangen event",
            field="Interventie.gebeurtenissen[0]",
            rule="R-LC-1",
            hint="start one with ontvang(hulpvraag, moment)",
        )
    status = _ONTVANGEN
    laatste = gebeurtenissen[0].moment
    for index in range(1, len(gebeurtenissen)):
        g = gebeurtenissen[index]
        soort = type(g)
        moment = g.moment
        if moment < laatste:
            raise _te_vroeg(index)
        stap = _STAPREGELS.get(soort)
        if stap is None:  # a second HulpvraagOntvangen (R-LC-1)
            raise RefusedError(_besluit(status, gebeurtenissen[:index], g))
        regels, status_reden = stap
        # The rules read the hulpvraag (the first event) and, for a result only, the earlier
        # results: only then is the history before ``g`` copied, so a replay stays linear.
        eerdere = gebeurtenissen[:index] if soort is ResultaatGeboekt else gebeurtenissen
        for reden in regels(status_reden[status], eerdere, g):
            if not reden.voldaan:
                raise RefusedError(_besluit(status, gebeurtenissen[:index], g))
        # The status the step leaves (`_status_na`, by `_STATUS_NA`: the step was allowed).
        status = _STATUS_NA[soort] or (_ONTVANGEN if status is _DOORVERWEZEN else _LOPEND)
        laatste = moment


def _uit_gelezen(gebeurtenissen: tuple[Gebeurtenis, ...]) -> Interventie:
    """An `Interventie` of events just read by ``serialisatie``'s readers, replayed.

    As the constructor, less its type check of each event: the readers make events only.
    """
    _replay(gebeurtenissen)
    return _maak(gebeurtenissen)


_GEBEURTENIS_TYPES: Final = (*_STAP, HulpvraagOntvangen)
_GEBEURTENIS_NAMEN: Final = " or ".join(t.__name__ for t in _GEBEURTENIS_TYPES)
_NOOIT: Final = pendulum.datetime(2000, 1, 1, tz="UTC")  # a placeholder moment for type checks


def _als_gebeurtenissen(waarde: object) -> tuple[Gebeurtenis, ...]:
    rij = v.to_tuple(waarde)
    if not isinstance(rij, tuple):
        raise InvalidValueError(
            f"expected a tuple of events, got {type(waarde).__name__}",
            field="Interventie.gebeurtenissen",
        )
    for index, g in enumerate(rij):
        if type(g) not in _GEBEURTENIS_TYPES:
            raise InvalidValueError(
                f"expected {_GEBEURTENIS_NAMEN}, got {type(g).__name__}",
                field=f"Interventie.gebeurtenissen[{index}]",
            )
    return rij


@final
class Interventie(tuple[Gebeurtenis, ...]):
    """Gedragswerk's involvement with one hulpvraag in one region: its events, and nothing else.

    An intervention *is* its history: an immutable tuple of `gebeurtenissen`, starting with a
    `HulpvraagOntvangen`. Everything else — `status`, `hulpvraag`, the whole `toestand` — is
    derived from the events. Being a tuple keeps one intervention at one object plus its events
    (280 bytes after four events, measured with tracemalloc); ``len``, indexing and iteration
    give the events.

    Build one with `ontvang`, then apply commands. Constructing one from events (e.g. read from
    storage) replays them with every check, so an impossible history is refused. An intervention
    equals only another intervention with equal events, never a plain tuple.

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
        InvalidValueError: not a sequence of events, no `HulpvraagOntvangen` first (R-LC-1), or
            an event earlier than the one before it.
        RefusedError: a step in the history is not allowed; ``error.besluit`` says why.
    """  # noqa: E501

    __slots__ = ()

    def __new__(cls, gebeurtenissen: Iterable[Gebeurtenis]) -> Interventie:
        """Check the history by replaying it (see the class docstring)."""
        rij = _als_gebeurtenissen(gebeurtenissen)
        _replay(rij)
        return _maak(rij)

    @property
    def gebeurtenissen(self) -> tuple[Gebeurtenis, ...]:
        """The events, in the order they happened, as a plain tuple."""
        return tuple(self)

    @property
    def toestand(self) -> Toestand:
        """The state, folded from the events (computed on each access)."""
        return _toestand(self)

    @property
    def status(self) -> Status:
        """Where the intervention stands."""
        return _status(self)

    @property
    def hulpvraag(self) -> Hulpvraag:
        """The hulpvraag it started from."""
        return self[0].hulpvraag  # type: ignore[union-attr]

    @property
    def is_open(self) -> bool:
        """Whether it is still running (received or lopend)."""
        return _status(self).is_open

    def __eq__(self, other: object) -> bool:
        """Equal to another `Interventie` with equal events; never to a plain tuple."""
        return type(other) is Interventie and tuple.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        """The opposite of ``==``."""
        return not self.__eq__(other)

    __hash__ = tuple.__hash__

    def __lt__(self, other: object) -> bool:
        """Interventions have no order (a tuple's would compare events): ``TypeError``.

        Raised here, not left to ``NotImplemented``: that would let a plain tuple's comparison
        answer instead.
        """
        msg = "interventions have no order; compare the moments of their events instead"
        raise TypeError(msg)

    __le__ = __gt__ = __ge__ = __lt__

    def __reduce__(self) -> tuple[type[Interventie], tuple[tuple[Gebeurtenis, ...]]]:
        """Pickle and copy through the constructor, so the history is checked again."""
        return (Interventie, (tuple(self),))

    def __repr__(self) -> str:
        """``Interventie(gebeurtenissen=(...))``; the events keep sensitive text out."""
        return f"Interventie(gebeurtenissen={tuple.__repr__(self)})"


_nieuwe_tuple: Final = tuple.__new__


def _maak(gebeurtenissen: tuple[Gebeurtenis, ...]) -> Interventie:
    """An `Interventie` of an already checked history (no replay)."""
    return _nieuwe_tuple(Interventie, gebeurtenissen)


def _voeg_toe(
    interventie: Interventie, g: Gebeurtenis, stap: tuple[_Regels, dict[Status, Reden]] | None
) -> Interventie:
    """Append the (valid) event ``g`` if every rule allows it; the heart of every command.

    ``stap`` is ``_STAPREGELS[type(g)]`` (the hot commands pass their own, known in advance).
    The same reasons `beoordeel` weighs (`_redenen`, written out here: this is the hot path);
    the `Besluit` value itself is only built to refuse.
    """
    if type(interventie) is not Interventie:
        _check_argumenten(interventie, g)  # type: ignore[unreachable] # raises
    laatste = interventie[-1]
    if g.moment < laatste.moment:
        raise _te_vroeg(len(interventie))
    status = _STATUS_NA[type(laatste)] or _status(interventie)
    if stap is None:  # a second HulpvraagOntvangen
        raise RefusedError(_besluit(status, interventie, g))
    regels, status_reden = stap
    for reden in regels(status_reden[status], interventie, g):
        if not reden.voldaan:
            raise RefusedError(_besluit(status, interventie, g))
    return _nieuwe_tuple(Interventie, interventie + (g,))  # noqa: RUF005 - concatenation is faster


# --- building events: validated once, at the command ---------------------------------------------
#
# The hot commands (ontvang, accepteer, voer_gesprek, rond_af, draag_over) check their arguments
# with plain exact-type tests and build their event without running the event class's
# validators a second time (the others simply call the event's constructor). Anything that is
# not exactly the expected type (a list for a tuple, a plain datetime, a wrong value; mypy calls
# those branches unreachable, callers reach them) goes through the event's own constructor, which
# converts it or raises the explaining error: both ways give equal events (tests/test_interventie.py
# checks it).

_DateTime: Final = pendulum.DateTime
_PENDULUM_ZONES: Final = frozenset({pendulum.Timezone, pendulum.FixedTimezone})
"""The zones a command keeps as given; a moment in any other (or none) goes through
`as_moment`, which refuses it (none), converts it (a plain ``zoneinfo`` zone) or keeps it."""
_nieuw_object: Final = object.__new__


def _zetter(cls: type, naam: str) -> Callable[[object, object], None]:
    zetter: Callable[[object, object], None] = cls.__dict__[naam].__set__
    return zetter


_ZET_GEACCEPTEERD: Final = _zetter(Geaccepteerd, "moment")


_ZET_GESPREK: Final = tuple(
    _zetter(GesprekGevoerd, naam) for naam in ("moment", "deelnemers", "rol", "conflict")
)


_ZET_AFGEROND: Final = (_zetter(Afgerond, "moment"), _zetter(Afgerond, "verklaring"))


_ZET_OVERGEDRAGEN: Final = (_zetter(Overgedragen, "moment"), _zetter(Overgedragen, "voorstel"))


_ZET_ONTVANGEN: Final = (
    _zetter(HulpvraagOntvangen, "moment"),
    _zetter(HulpvraagOntvangen, "hulpvraag"),
)


# --- public checks and commands ----------------------------------------------------------------


def beoordeel(interventie: Interventie, gebeurtenis: Gebeurtenis) -> Besluit:
    """May ``gebeurtenis`` be appended to ``interventie``? Every rule weighed, nothing changed.

    This is the one check every command uses.

    Raises:
        InvalidValueError: ``interventie`` is not an `Interventie` or ``gebeurtenis`` no event.
    """
    _check_argumenten(interventie, gebeurtenis)
    return _besluit(_status(interventie), interventie, gebeurtenis)


def _check_argumenten(interventie: object, gebeurtenis: object) -> None:
    if type(interventie) is not Interventie:
        raise InvalidValueError(
            f"expected an Interventie, got {type(interventie).__name__}", field="interventie"
        )
    if type(gebeurtenis) not in _GEBEURTENIS_TYPES:
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
    return _voeg_toe(interventie, gebeurtenis, _STAPREGELS.get(type(gebeurtenis)))


def ontvang(hulpvraag: Hulpvraag, moment: object) -> Interventie:
    """Start an intervention from a hulpvraag received at ``moment`` (R-LC-1).

    Examples:
        >>> from gedragswerk_core import voorbeeld
        >>> i = ontvang(voorbeeld.hulpvraag(), voorbeeld.moment(2015, 9, 14))
        >>> i.status, type(i.gebeurtenissen[0]).__name__
        (<Status.ONTVANGEN: 'ontvangen'>, 'HulpvraagOntvangen')
    """
    m = (
        moment
        if type(moment) is _DateTime and type(moment.tzinfo) in _PENDULUM_ZONES
        else as_moment(moment, "moment")
    )
    if type(hulpvraag) is not Hulpvraag:
        return _maak((HulpvraagOntvangen(m, hulpvraag),))  # type: ignore[unreachable]
    g: HulpvraagOntvangen = _nieuw_object(HulpvraagOntvangen)
    zet_moment, zet_hulpvraag = _ZET_ONTVANGEN
    zet_moment(g, m)
    zet_hulpvraag(g, hulpvraag)
    return _maak((g,))


def accepteer(interventie: Interventie, moment: object) -> Interventie:
    """Accept the hulpvraag: Gedragswerk has a role (R-LC-2; refused when R-LC-7 applies)."""
    m = (
        moment
        if type(moment) is _DateTime and type(moment.tzinfo) in _PENDULUM_ZONES
        else as_moment(moment, "moment")
    )
    g: Geaccepteerd = _nieuw_object(Geaccepteerd)
    _ZET_GEACCEPTEERD(g, m)
    return _voeg_toe(interventie, g, _STAP_ACCEPTATIE)


def verwijs_door(interventie: Interventie, moment: object) -> Interventie:
    """Refer the caller to the onderwijszorgconsulenten at first contact (R-LC-7)."""
    return _voeg_toe(
        interventie, Doorverwezen(as_moment(moment, "moment")), _STAPREGELS[Doorverwezen]
    )


def voer_gesprek(
    interventie: Interventie,
    moment: object,
    deelnemers: tuple[Partij, ...],
    rol: SparringRol,
    *,
    conflict: bool = False,
) -> Interventie:
    """Record a conversation between regional parties (R-LC-3, R-LC-9, R-LC-10)."""
    m = (
        moment
        if type(moment) is _DateTime and type(moment.tzinfo) in _PENDULUM_ZONES
        else as_moment(moment, "moment")
    )
    if (
        type(deelnemers) is tuple
        and deelnemers
        and type(rol) is SparringRol
        and type(conflict) is bool
    ):
        for partij in deelnemers:
            if type(partij) is not Partij:
                break  # type: ignore[unreachable]
        else:
            g: GesprekGevoerd = _nieuw_object(GesprekGevoerd)
            zet_moment, zet_deelnemers, zet_rol, zet_conflict = _ZET_GESPREK
            zet_moment(g, m)
            zet_deelnemers(g, deelnemers)
            zet_rol(g, rol)
            zet_conflict(g, conflict)
            return _voeg_toe(interventie, g, _STAP_GESPREK)
    return _voeg_toe(
        interventie, GesprekGevoerd(m, deelnemers, rol, conflict=conflict), _STAP_GESPREK
    )


def spreek_werkagenda_af(
    interventie: Interventie, moment: object, partijen: tuple[Partij, ...]
) -> Interventie:
    """Record that the parties agreed a werkagenda (R-LC-3, R-WA-5)."""
    return _voeg_toe(
        interventie,
        WerkagendaAfgesproken(as_moment(moment, "moment"), partijen),
        _STAPREGELS[WerkagendaAfgesproken],
    )


def boek_resultaat(interventie: Interventie, moment: object, leerling: object) -> Interventie:
    """Book passend onderwijs realised for one pupil of the hulpvraag (R-LC-3c)."""
    return _voeg_toe(
        interventie,
        ResultaatGeboekt(as_moment(moment, "moment"), leerling),
        _STAPREGELS[ResultaatGeboekt],
    )


def pak_systemische_vraag_op(interventie: Interventie, moment: object, vraag: str) -> Interventie:
    """Take up a systemic, preventive question (R-LC-8, R-LC-11; see R-REG-3 in the module doc)."""
    return _voeg_toe(
        interventie,
        SystemischeVraagOpgepakt(as_moment(moment, "moment"), vraag),
        _STAPREGELS[SystemischeVraagOpgepakt],
    )


def escaleer(
    interventie: Interventie, moment: object, naar: Escalatie, *, tafel: str | None = None
) -> Interventie:
    """Escalate the case to an actietafel (``tafel``: its label) or the intervention team."""
    return _voeg_toe(
        interventie, Geescaleerd(as_moment(moment, "moment"), naar, tafel), _STAPREGELS[Geescaleerd]
    )


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
    return beoordeel(interventie, Afgerond(interventie[-1].moment, verklaring))


def rond_af(
    interventie: Interventie, moment: object, verklaring: Afrondingsverklaring
) -> Interventie:
    """Close the intervention (afronding, R-LC-5)."""
    m = (
        moment
        if type(moment) is _DateTime and type(moment.tzinfo) in _PENDULUM_ZONES
        else as_moment(moment, "moment")
    )
    if type(verklaring) is not Afrondingsverklaring:
        return _voeg_toe(interventie, Afgerond(m, verklaring), _STAP_AFRONDING)  # type: ignore[unreachable]
    g: Afgerond = _nieuw_object(Afgerond)
    zet_moment, zet_verklaring = _ZET_AFGEROND
    zet_moment(g, m)
    zet_verklaring(g, verklaring)
    return _voeg_toe(interventie, g, _STAP_AFRONDING)


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
    return beoordeel(interventie, Overgedragen(interventie[-1].moment, voorstel))


def draag_over(
    interventie: Interventie, moment: object, voorstel: Overdrachtsvoorstel
) -> Interventie:
    """Hand the hulpvraag over; the sparring partner withdraws (overdracht, R-LC-6)."""
    m = (
        moment
        if type(moment) is _DateTime and type(moment.tzinfo) in _PENDULUM_ZONES
        else as_moment(moment, "moment")
    )
    if type(voorstel) is not Overdrachtsvoorstel:
        return _voeg_toe(interventie, Overgedragen(m, voorstel), _STAP_OVERDRACHT)  # type: ignore[unreachable]
    g: Overgedragen = _nieuw_object(Overgedragen)
    zet_moment, zet_voorstel = _ZET_OVERGEDRAGEN
    zet_moment(g, m)
    zet_voorstel(g, voorstel)
    return _voeg_toe(interventie, g, _STAP_OVERDRACHT)


def heropen(interventie: Interventie, moment: object, reden: str) -> Interventie:
    """Explicitly reopen a closed, handed-over or referred intervention, with a reason."""
    return _voeg_toe(
        interventie, Heropend(as_moment(moment, "moment"), reden), _STAPREGELS[Heropend]
    )
