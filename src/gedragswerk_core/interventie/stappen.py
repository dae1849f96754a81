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

from collections.abc import Iterable, Mapping
from enum import Enum, unique
from types import MappingProxyType
from typing import Final, final

from attrs import Factory, field, frozen

from gedragswerk_core.besluit import Reden, reden_uit
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.interventie import voorwaarden as vw
from gedragswerk_core.interventie.gebeurtenissen import (
    Afgerond,
    Doorverwezen,
    Geaccepteerd,
    Gebeurtenis,
    Gecorrigeerd,
    Geescaleerd,
    GesprekGevoerd,
    Heropend,
    HulpvraagOntvangen,
    Overgedragen,
    ResultaatGeboekt,
    SystemischeVraagOpgepakt,
    Verklaard,
    WerkagendaAfgesproken,
)
from gedragswerk_core.interventie.teksten import TEKSTEN

__all__ = [
    "OVERGANGEN",
    "STAPPEN",
    "Stap",
    "Status",
    "corrigeer_geschiedenis",
    "eerste_bezwaar",
    "redenen",
    "status_na",
    "toestandsdiagram",
]


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


# Why a step is not possible in a status, when the step itself says nothing (`Stap.elders`):
# the rule and the key of its text in the catalogue.
_NIET_IN: Final[Mapping[Status, tuple[str, str]]] = MappingProxyType(
    {
        Status.ONTVANGEN: ("R-LC-2", "status/ontvangen"),
        Status.LOPEND: ("R-LC-2", "status/lopend"),
        Status.DOORVERWEZEN: ("R-LC-7", "status/doorverwezen"),
        Status.AFGEROND: ("R-LC-5", "status/afgerond"),
        Status.OVERGEDRAGEN: ("R-LC-6", "status/overgedragen"),
    }
)


def _status_redenen(stap: Stap) -> Mapping[Status, Reden]:
    """The reason for (or against) taking ``stap`` in each status, built once per row."""
    redenen = {}
    for status in Status:
        if status in stap.overgangen:
            regel, sleutel, voldaan = stap.regel, "status/toegestaan", True
        else:
            (regel, sleutel), voldaan = stap.elders or _NIET_IN[status], False
        redenen[status] = reden_uit(
            TEKSTEN[sleutel],
            f"{regel}.status",
            voldaan,
            {"status": status.value},
            status=status.value,
        )
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
        elders: the rule and the key of its text in `TEKSTEN` when it is tried in a status it
            is not allowed in, if the status's own explanation does not fit.
        status_redenen: per status, the reason the status gives (derived from the above).
    """

    gebeurtenis: type[Gebeurtenis]
    naam: str
    commando: str
    regel: str
    overgangen: Mapping[Status | None, Status]
    voorwaarden: tuple[vw.Voorwaarde, ...] = ()
    elders: tuple[str, str] | None = None
    status_redenen: Mapping[Status, Reden] = field(
        init=False, eq=False, repr=False, default=Factory(_status_redenen, takes_self=True)
    )

    @property
    def toegestaan_in(self) -> frozenset[Status]:
        """The statuses the step is allowed in."""
        return frozenset(s for s in self.overgangen if s is not None)


# --- a correction (R-GEB-4): the corrected history must pass every check of the table ------------


def _redenen_correctie() -> Mapping[str, Reden]:
    sleutels = {
        "R-GEB-4.positie": False,
        "R-GEB-4.soort": False,
        "R-GEB-2.vervanging": False,
        "R-GEB-1.volgorde": False,
        "R-GEB-4.onbeslist": False,
        "R-GEB-4.geldig": True,
    }
    return MappingProxyType(
        {code: reden_uit(TEKSTEN[code], code, ok, {"geldig": ok}) for code, ok in sleutels.items()}
    )


_CORRECTIE: Final = _redenen_correctie()


def eerste_bezwaar(geschiedenis: tuple[Gebeurtenis, ...]) -> Reden | None:
    """The first rule a history without corrections breaks, replayed by `STAPPEN`; or ``None``.

    The check `Interventie` makes of each step, as a reason: the moments in order (R-GEB-1),
    the status, then each condition of the step's row.
    """
    status = Status.ONTVANGEN
    for index in range(1, len(geschiedenis)):
        g = geschiedenis[index]
        if g.moment < geschiedenis[index - 1].moment:
            return _CORRECTIE["R-GEB-1.volgorde"]
        bezwaar = next((r for r in redenen(status, geschiedenis[:index], g) if not r.voldaan), None)
        if bezwaar is not None:
            return bezwaar
        status = STAPPEN[type(g)].overgangen[status]
    return None


def _correctie(eerdere: tuple[Gebeurtenis, ...], c: Gecorrigeerd) -> Reden:
    """R-GEB-4: an event of the history at ``positie``, of the same type, still a valid history.

    ``eerdere`` is the history with the corrections so far applied (corrections not counted).
    The replacement is recorded by the correction, so it cannot have happened after it (R-GEB-2).
    """
    if c.positie >= len(eerdere):
        return _CORRECTIE["R-GEB-4.positie"]
    if type(c.vervanging) is not type(eerdere[c.positie]):
        return _CORRECTIE["R-GEB-4.soort"]
    if c.vervanging.moment > c.moment:
        return _CORRECTIE["R-GEB-2.vervanging"]
    bezwaar = eerste_bezwaar(corrigeer_geschiedenis(eerdere, c))
    if bezwaar is not None and bezwaar.voldaan is None:
        # A step already taken cannot wait for a statement: the corrected history is invalid.
        return _CORRECTIE["R-GEB-4.onbeslist"]
    return bezwaar or _CORRECTIE["R-GEB-4.geldig"]


def corrigeer_geschiedenis(
    eerdere: tuple[Gebeurtenis, ...], c: Gecorrigeerd
) -> tuple[Gebeurtenis, ...]:
    """``eerdere`` (corrections applied, not counted) with the correction ``c`` applied."""
    return (*eerdere[: c.positie], c.vervanging, *eerdere[c.positie + 1 :])


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
                elders=("R-LC-1", "status/tweede_hulpvraag"),
            ),
            Stap(
                Geaccepteerd,
                "acceptatie",
                "accepteer",
                "R-LC-2",
                {_O: _L},
                (vw.Voorwaarde("R-LC-7.verwijzing", vw.intake),),
            ),
            Stap(
                Doorverwezen,
                "doorverwijzing",
                "verwijs_door",
                "R-LC-7",
                {_O: _D},
                (
                    vw.Voorwaarde("R-LC-7.eerste_contact", vw.eerste_contact),
                    vw.Voorwaarde("R-LC-7.doel", vw.doel, ("naar.rol",)),
                ),
            ),
            Stap(
                GesprekGevoerd,
                "gesprek",
                "voer_gesprek",
                "R-LC-3",
                {_L: _L},
                (vw.Voorwaarde("R-LC-3.regionaal", vw.gesprek_regionaal, ("deelnemers",)),),
            ),
            Stap(
                WerkagendaAfgesproken,
                "werkagenda",
                "spreek_werkagenda_af",
                "R-LC-3",
                {_L: _L},
                (vw.Voorwaarde("R-WA-5.regionaal", vw.werkagenda_regionaal, ("partijen",)),),
            ),
            Stap(
                ResultaatGeboekt,
                "resultaat",
                "boek_resultaat",
                "R-LC-3",
                {_L: _L},
                (vw.Voorwaarde("R-LC-3.resultaat", vw.resultaat, ("leerling",)),),
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
                (
                    vw.Voorwaarde("R-LC-5.afronding", vw.afronding, ("verklaring",)),
                    vw.Voorwaarde("R-KKW-3.herbeoordeling", vw.herbeoordeling, ("herbeoordeling",)),
                ),
            ),
            Stap(
                Overgedragen,
                "overdracht",
                "draag_over",
                "R-LC-6",
                {_O: _G, _L: _G},
                (
                    vw.Voorwaarde("R-LC-6.ander", vw.ontvanger_is_ander, ("voorstel.ontvanger",)),
                    vw.Voorwaarde(
                        "R-LC-6.meer", vw.meer_aan_ontvanger, ("voorstel.meer_aan_ontvanger",)
                    ),
                    vw.Voorwaarde("R-LC-6.kan", vw.ontvanger_kan, ("voorstel.ontvanger_kan",)),
                    vw.Voorwaarde("R-LC-6.wil", vw.ontvanger_wil, ("voorstel.ontvanger_wil",)),
                ),
            ),
            # R-VKL-1: a party's statement, while open; the status stays as it is.
            Stap(
                Verklaard,
                "verklaring",
                "verklaar",
                "R-VKL-1",
                {_O: _O, _L: _L},
                (vw.Voorwaarde("R-LC-4.verklaarder", vw.verklaarder, ("door.rol", "uitspraak")),),
            ),
            # R-LC-8: reopening a referral goes back to the intake, anything else to lopend.
            Stap(
                Heropend,
                "heropening",
                "heropen",
                "R-LC-8",
                {_D: _O, _A: _L, _G: _L},
                elders=("R-LC-8", "status/niets_te_heropenen"),
            ),
            # R-GEB-4: a correction amends an earlier event in any status and changes none;
            # the corrected history is replayed with every check of this table (`_correctie`).
            Stap(
                Gecorrigeerd,
                "correctie",
                "corrigeer",
                "R-GEB-4",
                {status: status for status in Status},
                (vw.Voorwaarde("R-GEB-4.geldig", _correctie, ("positie", "vervanging")),),
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
    gewogen = [v.toets(eerdere, g) for v in stap.voorwaarden]
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
    the one to the other; ``[*]`` is the start. A correction (R-GEB-4), possible in every
    status and changing none, is not drawn. The diagram in docs/methodiek.md is this text.

    Examples:
        >>> print(toestandsdiagram().splitlines()[1])
            [*] --> ONTVANGEN: ontvang (R-LC-1)
    """
    pijlen: dict[tuple[str, str], list[str]] = {}
    for stap in STAPPEN.values():
        if stap.gebeurtenis is Gecorrigeerd:
            continue  # allowed in every status and changes none: no arrow of the lifecycle
        for van, naar in stap.overgangen.items():
            bron = "[*]" if van is None else van.name
            pijlen.setdefault((bron, naar.name), []).append(f"{stap.commando} ({stap.regel})")
    regels = [
        f"    {van} --> {naar}: {', '.join(labels)}" for (van, naar), labels in pijlen.items()
    ]
    return "\n".join(["stateDiagram-v2", *regels])
