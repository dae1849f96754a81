r"""The lifecycle of an intervention as one table: one row (`Stap`) per step.

Each row names the event type that records the step, the step's name (it heads the
`Besluit`), the command that takes it, its rule, the statuses it is allowed in and the status
it leaves there (``overgangen``), and the conditions it checks besides the status. The check
(`redenen`), the fold (`status_na`), the commands and the diagram in the documentation
(`toestandsdiagram`) all read this table; a rule of the lifecycle is changed here, once.

A condition is a function of the history so far and the new event that returns a `Reden`:
met or not, with the rule it follows. The reasons are a small, finite set of values, built once
below; the same fact always reads the same way.

Decision on R-REG-3 (individual cases before the system, per pupil): taking up a systemic
question while a named pupil still has no passend onderwijs is *accepted and signalled*, not
refused. R-LC-11 asks the
preventive question in every intervention, and seed 002 §3.1.1 says systemic questions were
"often, but not always" prompted by a pupil's case; refusing would make the library stricter than
the methodiek. `signaleer` reports it with rule R-REG-3, once per pupil still without it.

R-LC-4 (support never takes over the region's responsibility) is enforced here on three rows:
no referral to Gedragswerk itself, no handover to it, and no afronding statement made by it.

References:
    - R-LC-1 … R-LC-11, R-WA-5 (DOMAIN.md), seed 002 §2 and §3.1.1.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from enum import Enum, unique
from itertools import product
from types import MappingProxyType
from typing import Any, Final, final

from attrs import Factory, field, frozen

from gedragswerk_core.besluit import Reden
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.interventie._afronding import afronding, herbeoordeling
from gedragswerk_core.interventie.gebeurtenissen import (
    Afgerond,
    Doorverwezen,
    Geaccepteerd,
    Gebeurtenis,
    Geescaleerd,
    GesprekGevoerd,
    Heropend,
    HulpvraagOntvangen,
    Overgedragen,
    ResultaatGeboekt,
    SystemischeVraagOpgepakt,
    WerkagendaAfgesproken,
)
from gedragswerk_core.interventie.hulpvraag import (
    Hulpvraag,
    Kanaal,
    doel_reden,
    eerste_contact_reden,
    intake_reden,
    verplichte_gronden,
)
from gedragswerk_core.partijen import Rol, heeft_regionale_partij

__all__ = ["OVERGANGEN", "STAPPEN", "Stap", "Status", "redenen", "status_na", "toestandsdiagram"]


@unique
class Status(Enum):
    """Where an intervention stands."""

    # Members are singletons compared by identity, so the identity hash is a valid one; Enum's
    # own ``__hash__`` is Python code, and the fold looks a status up in a table at every event.
    __hash__ = object.__hash__

    ONTVANGEN = "ontvangen"
    """The hulpvraag came in; the intake decision (R-LC-2, R-LC-7) is still to be made."""
    LOPEND = "lopend"
    """Gedragswerk is involved: conversations, werkagenda, results (R-LC-3)."""
    DOORVERWEZEN = "doorverwezen"
    """The caller was referred elsewhere at first contact, mostly to the consulenten (R-LC-7)."""
    AFGEROND = "afgerond"
    """Closed: a solution was found, or the actors go on alone (R-LC-5)."""
    OVERGEDRAGEN = "overgedragen"
    """Handed over to another party; the sparring partner has withdrawn (R-LC-6)."""

    @property
    def is_open(self) -> bool:
        """Whether the intervention is still running (received or lopend)."""
        return self is Status.ONTVANGEN or self is Status.LOPEND


Voorwaarde = Callable[[tuple[Gebeurtenis, ...], Any], Reden | None]
"""A condition of a step: (the history so far, the new event) -> the reason, met or not; or
``None`` when the condition has nothing to weigh (a reassessment not made, R-KKW-3)."""

# Why a step is not possible in a status, when the step itself says nothing (`Stap.elders`).
_NIET_IN: Final[Mapping[Status, Reden]] = MappingProxyType(
    {
        Status.ONTVANGEN: Reden(
            "R-LC-2",
            "the hulpvraag has not been accepted yet: first establish whether Gedragswerk has "
            "a role",
            False,
        ),
        Status.LOPEND: Reden("R-LC-2", "the intake decision has already been made", False),
        Status.DOORVERWEZEN: Reden(
            "R-LC-7",
            "the caller was referred to another agency at first contact; only an explicit "
            "reopen is accepted",
            False,
        ),
        Status.AFGEROND: Reden(
            "R-LC-5", "the intervention is afgerond; only an explicit reopen is accepted", False
        ),
        Status.OVERGEDRAGEN: Reden(
            "R-LC-6",
            "the hulpvraag was handed over and the sparring partner has withdrawn; only an "
            "explicit reopen is accepted",
            False,
        ),
    }
)


def _status_redenen(stap: Stap) -> Mapping[Status, Reden]:
    """The reason for (or against) taking ``stap`` in each status, built once per row."""
    redenen = {}
    for status in Status:
        if status in stap.overgangen:
            redenen[status] = Reden(stap.regel, f"the intervention is {status.value}", True)
        elif stap.elders is not None:
            redenen[status] = Reden(stap.elders[0], stap.elders[1].format(status.value), False)
        else:
            redenen[status] = _NIET_IN[status]
    return MappingProxyType(redenen)


@final
@frozen
class Stap:
    """One step of the lifecycle: one row of `STAPPEN`.

    Attributes:
        gebeurtenis: the event type that records the step.
        naam: the step's name, the ``handeling`` of its `Besluit` (``"afronding"``).
        commando: the command that takes it (``"rond_af"``).
        regel: the rule behind the step, cited by the status reason.
        overgangen: the statuses it is allowed in, each with the status it leaves; ``None``
            stands for "no intervention yet" (only the start).
        voorwaarden: what it checks besides the status, each giving a `Reden`.
        elders: the rule and explanation (``{}``: the status) when it is tried in a status it is
            not allowed in, if the status's own explanation does not fit.
        status_redenen: per status, the reason the status gives (derived from the above).
    """

    gebeurtenis: type[Gebeurtenis]
    naam: str
    commando: str
    regel: str
    overgangen: Mapping[Status | None, Status]
    voorwaarden: tuple[Voorwaarde, ...] = ()
    elders: tuple[str, str] | None = None
    status_redenen: Mapping[Status, Reden] = field(
        init=False, eq=False, repr=False, default=Factory(_status_redenen, takes_self=True)
    )

    @property
    def toegestaan_in(self) -> frozenset[Status]:
        """The statuses the step is allowed in."""
        return frozenset(s for s in self.overgangen if s is not None)


# --- the conditions ------------------------------------------------------------------------------


def _hulpvraag(eerdere: tuple[Gebeurtenis, ...]) -> Hulpvraag:
    return eerdere[0].hulpvraag  # type: ignore[union-attr]  # R-LC-1: the first event


_ONWAAR_WAAR: Final = (False, True)

# R-LC-7 is decided at first contact only: the channel and the two facts (consulenten engaged,
# systemic aspect) key the reasons, built once.
_INTAKE: Final = {
    (kanaal, *feiten): intake_reden(kanaal.is_eerste_contact, *feiten)
    for kanaal in Kanaal
    for feiten in product(_ONWAAR_WAAR, repeat=2)
}
_DOEL: Final = {
    (kanaal, *feiten, rol): doel_reden(verplichte_gronden(kanaal.is_eerste_contact, *feiten), rol)
    for kanaal in Kanaal
    for feiten in product(_ONWAAR_WAAR, repeat=2)
    for rol in Rol
}


def _intake(eerdere: tuple[Gebeurtenis, ...], _: Geaccepteerd) -> Reden:
    h = _hulpvraag(eerdere)  # R-LC-2, R-LC-7
    return _INTAKE[h.kanaal, h.consulenten_betrokken, h.systemisch_aspect]


def _eerste_contact(eerdere: tuple[Gebeurtenis, ...], _: Doorverwezen) -> Reden:
    return eerste_contact_reden(_hulpvraag(eerdere).kanaal.is_eerste_contact)  # R-LC-7


def _doel(eerdere: tuple[Gebeurtenis, ...], g: Doorverwezen) -> Reden:
    h = _hulpvraag(eerdere)  # R-LC-7 (required: the consulenten); R-LC-2, R-LC-4 otherwise
    return _DOEL[h.kanaal, h.consulenten_betrokken, h.systemisch_aspect, g.naar.rol]


def _regionaal(regel: str, wat: str) -> dict[bool, Reden]:
    return {
        True: Reden(regel, f"{wat} includes at least one regional party", True),
        False: Reden(
            regel,
            f"{wat} has only the sparring partner; the work is done by regional parties, "
            "Gedragswerk supports",
            False,
        ),
    }


_GESPREK_REGIONAAL: Final = _regionaal("R-LC-3", "the conversation")
_WERKAGENDA_REGIONAAL: Final = _regionaal("R-WA-5", "the werkagenda")


def _gesprek_regionaal(_: tuple[Gebeurtenis, ...], g: GesprekGevoerd) -> Reden:
    return _GESPREK_REGIONAAL[heeft_regionale_partij(g.deelnemers)]  # R-LC-3


def _werkagenda_regionaal(_: tuple[Gebeurtenis, ...], g: WerkagendaAfgesproken) -> Reden:
    return _WERKAGENDA_REGIONAAL[heeft_regionale_partij(g.partijen)]  # R-WA-5


_RESULTAAT: Final = {
    # (a pupil of the hulpvraag, already booked)
    (False, False): Reden("R-LC-1", "the pupil is not one the hulpvraag is about", False),
    (True, True): Reden("R-LC-3", "passend onderwijs was already booked for this pupil", False),
    (True, False): Reden("R-LC-3", "a concrete result for a pupil of the hulpvraag", True),
}


def _resultaat(eerdere: tuple[Gebeurtenis, ...], g: ResultaatGeboekt) -> Reden:
    ref = g.leerling  # R-LC-1: a pupil of the hulpvraag; R-LC-3: booked once
    if ref not in _hulpvraag(eerdere).refs:
        return _RESULTAAT[False, False]
    geboekt = any(type(e) is ResultaatGeboekt and e.leerling == ref for e in eerdere)
    return _RESULTAAT[True, geboekt]


def _ander_reden(rol: Rol) -> Reden:
    if rol is Rol.SPARRING_PARTNER:
        return Reden(
            "R-LC-4",
            "a handover to Gedragswerk would leave it responsible: the receiver must be a party "
            "other than Gedragswerk (R-LC-6)",
            False,
        )
    return Reden("R-LC-6", f"the receiver is another party ({rol.value})", True)


def _bereid_reden(kan: bool, wil: bool) -> Reden:
    ontbreekt = [w for w, ok in (("can", kan), ("wants to", wil)) if not ok]
    if not ontbreekt:
        return Reden(
            "R-LC-6", "the receiver states it can and wants to take the hulpvraag on", True
        )
    return Reden(
        "R-LC-6", "the receiver does not state it " + " and ".join(ontbreekt) + " take it on", False
    )


_ANDER: Final = {rol: _ander_reden(rol) for rol in Rol}
_MEER: Final = {
    True: Reden("R-LC-6", "it is more for the receiver to act", True),
    False: Reden(
        "R-LC-6", "it is not more for the receiver than for the current parties to act", False
    ),
}
_BEREID: Final = {f: _bereid_reden(*f) for f in product(_ONWAAR_WAAR, repeat=2)}


def _ontvanger_is_ander(_: tuple[Gebeurtenis, ...], g: Overgedragen) -> Reden:
    return _ANDER[g.voorstel.ontvanger.rol]  # R-LC-6


def _meer_aan_ontvanger(_: tuple[Gebeurtenis, ...], g: Overgedragen) -> Reden:
    return _MEER[g.voorstel.meer_aan_ontvanger]  # R-LC-6 (1)


def _ontvanger_kan_en_wil(_: tuple[Gebeurtenis, ...], g: Overgedragen) -> Reden:
    return _BEREID[g.voorstel.ontvanger_kan, g.voorstel.ontvanger_wil]  # R-LC-6 (2)


# --- the table -----------------------------------------------------------------------------------

_O, _L = Status.ONTVANGEN, Status.LOPEND
_D, _A, _G = Status.DOORVERWEZEN, Status.AFGEROND, Status.OVERGEDRAGEN

STAPPEN: Final[Mapping[type[Gebeurtenis], Stap]] = MappingProxyType(
    {
        stap.gebeurtenis: stap
        for stap in (
            Stap(
                HulpvraagOntvangen,
                "ontvangst",
                "ontvang",
                "R-LC-1",
                {None: _O},
                elders=(
                    "R-LC-1",
                    (
                        "an intervention starts from exactly one hulpvraag; start a new "
                        "intervention for a new hulpvraag"
                    ),
                ),
            ),
            Stap(Geaccepteerd, "acceptatie", "accepteer", "R-LC-2", {_O: _L}, (_intake,)),
            Stap(
                Doorverwezen,
                "doorverwijzing",
                "verwijs_door",
                "R-LC-7",
                {_O: _D},
                (_eerste_contact, _doel),
            ),
            Stap(
                GesprekGevoerd, "gesprek", "voer_gesprek", "R-LC-3", {_L: _L}, (_gesprek_regionaal,)
            ),
            Stap(
                WerkagendaAfgesproken,
                "werkagenda",
                "spreek_werkagenda_af",
                "R-LC-3",
                {_L: _L},
                (_werkagenda_regionaal,),
            ),
            Stap(
                ResultaatGeboekt, "resultaat", "boek_resultaat", "R-LC-3", {_L: _L}, (_resultaat,)
            ),
            # R-LC-11; R-REG-3 is signalled, not refused (see the module doc).
            Stap(
                SystemischeVraagOpgepakt,
                "systemische vraag",
                "pak_systemische_vraag_op",
                "R-LC-11",
                {_L: _L},
            ),
            Stap(Geescaleerd, "escalatie", "escaleer", "R-LC-3", {_L: _L}),
            Stap(
                Afgerond,
                "afronding",
                "rond_af",
                "R-LC-5",
                {_L: _A},
                (afronding, herbeoordeling),
            ),
            Stap(
                Overgedragen,
                "overdracht",
                "draag_over",
                "R-LC-6",
                {_O: _G, _L: _G},
                (_ontvanger_is_ander, _meer_aan_ontvanger, _ontvanger_kan_en_wil),
            ),
            # R-LC-8: reopening a referral goes back to the intake, anything else to lopend.
            Stap(
                Heropend,
                "heropening",
                "heropen",
                "R-LC-8",
                {_D: _O, _A: _L, _G: _L},
                elders=(
                    "R-LC-8",
                    (
                        "the intervention is {}, not closed: an open intervention is ongoing "
                        "involvement and there is nothing to reopen"
                    ),
                ),
            ),
        )
    }
)
"""Every step of the lifecycle, by the event type that records it, in lifecycle order."""


# --- reading the table ---------------------------------------------------------------------------


def redenen(status: Status, eerdere: tuple[Gebeurtenis, ...], g: Gebeurtenis) -> tuple[Reden, ...]:
    """Every rule weighed for appending ``g`` to the valid history ``eerdere`` in ``status``.

    The status reason first, then each condition of the step's row.
    """
    stap = STAPPEN[type(g)]
    gewogen = (v(eerdere, g) for v in stap.voorwaarden)
    return (stap.status_redenen[status], *(r for r in gewogen if r is not None))


def _overgangen() -> Mapping[type, Mapping[Status | None, Status]]:
    return MappingProxyType({soort: stap.overgangen for soort, stap in STAPPEN.items()})


OVERGANGEN: Final = _overgangen()
"""Per event type, the status its step leaves from each status it is allowed in: the column of
`STAPPEN` the fold reads (``OVERGANGEN[type(g)][status]``), for `status_na` and the annual
figures' one pass over the events."""


def status_na(gebeurtenissen: Iterable[Gebeurtenis]) -> Status:
    """The status a valid history leaves: each event's row, from the start, folded.

    Raises:
        InvalidValueError: not a valid history: empty, or a step where it is not allowed (an
            `Interventie` is always valid; check others with ``Interventie(gebeurtenissen)``).
    """
    status: Status | None = None
    try:
        for g in gebeurtenissen:
            status = OVERGANGEN[type(g)][status]
    except KeyError:
        status = None
    if status is None:
        raise InvalidValueError(
            "not a valid history of an intervention",
            field="gebeurtenissen",
            hint="Interventie(gebeurtenissen) replays it and names the rule it breaks",
        )
    return status


def toestandsdiagram() -> str:
    """The lifecycle as a Mermaid ``stateDiagram-v2``, rendered from `STAPPEN`.

    One arrow per pair of statuses, labelled with the commands (and their rules) that go from
    the one to the other; ``[*]`` is the start. The diagram in docs/methodiek.md is this text.

    Examples:
        >>> print(toestandsdiagram().splitlines()[1])
            [*] --> ONTVANGEN: ontvang (R-LC-1)
    """
    pijlen: dict[tuple[str, str], list[str]] = {}
    for stap in STAPPEN.values():
        for van, naar in stap.overgangen.items():
            bron = "[*]" if van is None else van.name
            pijlen.setdefault((bron, naar.name), []).append(f"{stap.commando} ({stap.regel})")
    regels = [
        f"    {van} --> {naar}: {', '.join(labels)}" for (van, naar), labels in pijlen.items()
    ]
    return "\n".join(["stateDiagram-v2", *regels])
