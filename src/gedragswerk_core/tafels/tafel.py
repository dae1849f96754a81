"""Standing tables: the actietafel of a region and the national interventieteam (R-TAF-1, R-IT-1).

An `Actietafel` (actie- or thuiszitterstafel) and the `Interventieteam` are values that hold
their events (`gedragswerk_core.tafels.gebeurtenissen`), like an intervention: members join and
leave, cases are brought in and closed, the table meets in its rhythm. Their members, open cases
and meetings are a fold of the events. Commands (`treed_toe`, `breng_in`, `houd_overleg`, …)
check the step with `beoordeel_tafelstap` — the same check the constructor replays on stored
events — and return a new value, or raise `RefusedError` with the refusing `Besluit`.

The checks (every one cites its rule):
    - R-TAF-1 / R-IT-1: a table starts with its own first event (`TafelIngesteld`,
      `TeamGestart`) and has only one; a party is a member once; only a member leaves; a case is
      open once at a time and only an open case is discussed or closed.
    - R-TAF-1: a case is brought to an actietafel by one of its members (the table puts the right
      people in position); a meeting is multi-party: at least two members present, none who is
      not a member. (Cases come to the interventieteam from outside: no member check there.)
    - R-LC-4: Gedragswerk takes part, the region carries the table: a meeting with only the
      sparring partner present is refused.

The year's table count (R-TAF-1: Gedragswerk took part structurally in 19 tables in 2015–2016)
comes from participation: `Actietafel.deelname_in` — the sparring partner was a member on a day
of the school year — which `gedragswerk_core.rapportage.jaarcijfers` reads.

References:
    - R-TAF-1 (seed 002 §3.1.1, §3.2 "Hulpmiddel actietafel thuiszitters").
    - R-IT-1 (seed 002 §3.1.2.7): three aims; a member talks with the parties; the cases are
      discussed every two weeks.
    - R-LC-4 (seed 002 §2 point 5).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Final, TypeVar, final

import pendulum
from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core._tijd import Datum, Moment, as_date, day_in_amsterdam
from gedragswerk_core.besluit import Besluit, Reden
from gedragswerk_core.errors import InvalidValueError, RefusedError
from gedragswerk_core.koppeling import InterventieRef
from gedragswerk_core.leerling import LeerlingRef
from gedragswerk_core.partijen import Partij, Rol, heeft_regionale_partij
from gedragswerk_core.schooljaar import Schooljaar
from gedragswerk_core.tafels.gebeurtenissen import (
    TAFELGEBEURTENISSEN,
    CasusAfgesloten,
    CasusIngebracht,
    LidToegetreden,
    LidVertrokken,
    OverlegGehouden,
    Tafelgebeurtenis,
    TafelIngesteld,
    Teamdoel,
    TeamGestart,
)
from gedragswerk_core.tafels.teksten import reden

__all__ = [
    "BESPREEKTERMIJN_DAGEN",
    "Actietafel",
    "Interventieteam",
    "Tafelstand",
    "beoordeel_tafelstap",
    "breng_in",
    "houd_overleg",
    "sluit_casus",
    "start_interventieteam",
    "stel_actietafel_in",
    "treed_toe",
    "vertrek",
]

BESPREEKTERMIJN_DAGEN: Final = 14
"""The interventieteam discusses its cases every two weeks (R-IT-1)."""


@final
@frozen(weakref_slot=False)
class Tafelstand:
    """The state of a table, folded from its events (never set directly).

    Attributes:
        leden: the current members, in the order they joined.
        open_casussen: the pupils whose case is open, in the order brought in.
        ingebracht: every case brought in (a pupil brought in twice counts twice).
        overleggen: the moments of the meetings.
        passend_onderwijs: cases closed with the pupil back in fitting education.
    """

    leden: tuple[Partij, ...] = ()
    open_casussen: tuple[LeerlingRef, ...] = ()
    ingebracht: tuple[CasusIngebracht, ...] = ()
    overleggen: tuple[pendulum.DateTime, ...] = ()
    passend_onderwijs: int = 0


def _stand(gebeurtenissen: Iterable[Tafelgebeurtenis]) -> Tafelstand:
    leden: list[Partij] = []
    open_: list[LeerlingRef] = []
    ingebracht: list[CasusIngebracht] = []
    overleggen: list[pendulum.DateTime] = []
    passend = 0
    for g in gebeurtenissen:
        match g:
            case LidToegetreden(partij=p):
                leden.append(p)
            case LidVertrokken(partij=p):
                leden.remove(p)
            case CasusIngebracht(leerling=ref):
                open_.append(ref)
                ingebracht.append(g)
            case OverlegGehouden(moment=m):
                overleggen.append(m)
            case CasusAfgesloten(leerling=ref, passend_onderwijs=ok):
                open_.remove(ref)
                passend += ok
    return Tafelstand(tuple(leden), tuple(open_), tuple(ingebracht), tuple(overleggen), passend)


# --- the checks: one reason per condition, each citing its rule ----------------------------------


def _lid_redenen(stand: Tafelstand, g: LidToegetreden | LidVertrokken, regel: str) -> list[Reden]:
    lid = g.partij in stand.leden
    if type(g) is LidToegetreden:
        return [reden(regel, "lid", not lid)]
    return [reden(regel, "vertrek", lid)]


def _casus_redenen(
    stand: Tafelstand, g: CasusIngebracht, regel: str, *, door_lid: bool
) -> list[Reden]:
    redenen = [reden(regel, "casus", g.leerling not in stand.open_casussen)]
    if door_lid:
        redenen.append(reden(regel, "inbreng", g.door in stand.leden))
    return redenen


def _overleg_redenen(stand: Tafelstand, g: OverlegGehouden, regel: str) -> list[Reden]:
    return [
        reden(regel, "aanwezig", len(g.aanwezigen) >= 2),  # noqa: PLR2004
        reden(regel, "leden", all(p in stand.leden for p in g.aanwezigen)),
        reden("R-LC-4", "regionaal", heeft_regionale_partij(g.aanwezigen)),
        reden(regel, "besproken", all(r in stand.open_casussen for r in g.besproken)),
    ]


def _redenen(
    eerste: type, stand: Tafelstand | None, g: Tafelgebeurtenis, regel: str
) -> list[Reden]:
    """Every reason for appending ``g`` to a table of kind ``eerste`` in ``stand``."""
    if stand is None or type(g) in (TafelIngesteld, TeamGestart):
        return [reden(regel, "begin", stand is None and type(g) is eerste, eerste.__name__)]
    match g:
        case LidToegetreden() | LidVertrokken():
            return _lid_redenen(stand, g, regel)
        case CasusIngebracht():
            return _casus_redenen(stand, g, regel, door_lid=eerste is TafelIngesteld)
        case OverlegGehouden():
            return _overleg_redenen(stand, g, regel)
        case _:  # CasusAfgesloten
            open_ = getattr(g, "leerling", None) in stand.open_casussen
            return [reden(regel, "afsluiting", open_)]


def _besluit(eerste: type, rij: tuple[Tafelgebeurtenis, ...], g: Tafelgebeurtenis) -> Besluit:
    regel = "R-TAF-1" if eerste is TafelIngesteld else "R-IT-1"
    stand = _stand(rij) if rij else None
    return Besluit.uit_redenen(type(g).__name__, tuple(_redenen(eerste, stand, g, regel)))


def _geschiedenis(eerste: type, waarde: object) -> tuple[Tafelgebeurtenis, ...]:
    rij = v.to_tuple(waarde)
    if not isinstance(rij, tuple) or not rij:
        raise InvalidValueError(
            f"expected a non-empty tuple of events, starting with {eerste.__name__}",
            field="gebeurtenissen",
        )
    for index, g in enumerate(rij):
        if type(g) not in TAFELGEBEURTENISSEN:
            raise InvalidValueError(
                f"expected an event of a table, got {type(g).__name__}",
                field=f"gebeurtenissen[{index}]",
            )
        if index and g.moment < rij[index - 1].moment:
            raise InvalidValueError(
                "an event cannot be earlier than the event before it",
                field=f"gebeurtenissen[{index}].moment",
                regel="R-GEB-1",
                hint="events are appended in the order they happened",
            )
        besluit = _besluit(eerste, rij[:index], g)
        if not besluit.toegestaan:
            raise RefusedError(besluit)
    return rij


def _actietafel_geschiedenis(waarde: object) -> tuple[Tafelgebeurtenis, ...]:
    return _geschiedenis(TafelIngesteld, waarde)


def _team_geschiedenis(waarde: object) -> tuple[Tafelgebeurtenis, ...]:
    return _geschiedenis(TeamGestart, waarde)


class _Tafel:
    """What an actietafel and the interventieteam share: members, cases, meetings."""

    __slots__ = ()
    gebeurtenissen: tuple[Tafelgebeurtenis, ...]

    def __reduce__(self) -> tuple[type, tuple[tuple[Tafelgebeurtenis, ...]]]:
        """Pickle and copy through the constructor, so the history is checked again."""
        return (type(self), (self.gebeurtenissen,))

    @property
    def stand(self) -> Tafelstand:
        """The state, folded from the events (computed on each access)."""
        return _stand(self.gebeurtenissen)

    @property
    def leden(self) -> tuple[Partij, ...]:
        """The current members."""
        return self.stand.leden

    @property
    def open_casussen(self) -> tuple[LeerlingRef, ...]:
        """The pupils whose case is open at the table."""
        return self.stand.open_casussen

    def interventies(self) -> tuple[InterventieRef, ...]:
        """The interventions linked to the cases brought in, in order, each once."""
        refs = (c.interventie for c in self.stand.ingebracht if c.interventie is not None)
        return tuple(dict.fromkeys(refs))

    def deelname_in(self, schooljaar: Schooljaar, rol: Rol = Rol.SPARRING_PARTNER) -> bool:
        """Whether a party with ``rol`` was a member on a day of ``schooljaar`` (R-TAF-1).

        Gedragswerk's structural participation is its membership as sparring partner; days are
        taken in Europe/Amsterdam (R-LPW-9).

        Raises:
            InvalidValueError: ``schooljaar`` is not a `Schooljaar` or ``rol`` not a `Rol`.
        """
        v.require(schooljaar, Schooljaar, "schooljaar", hint="e.g. Schooljaar(2015)")
        v.require(rol, Rol, "rol", hint="e.g. Rol.SPARRING_PARTNER")
        vanaf: dict[Partij, dt.date] = {}
        for g in self.gebeurtenissen:
            if type(g) is LidToegetreden and g.partij.rol is rol:
                vanaf[g.partij] = day_in_amsterdam(g.moment)
            elif type(g) is LidVertrokken and g.partij in vanaf:
                if (
                    day_in_amsterdam(g.moment) >= schooljaar.begin
                    and vanaf[g.partij] <= schooljaar.einde
                ):
                    return True
                del vanaf[g.partij]
        return any(dag <= schooljaar.einde for dag in vanaf.values())


@final
@frozen(weakref_slot=False)
class Actietafel(_Tafel):
    """A standing actie- or thuiszitterstafel of a region (R-TAF-1): its events, and nothing else.

    Start one with `stel_actietafel_in`; members, cases and meetings follow with the commands.

    Examples:
        >>> from gedragswerk_core import Partij, Rol, voorbeeld
        >>> tafel = stel_actietafel_in("Tiel", "Rivierenland", voorbeeld.moment(2015, 9, 1))
        >>> lpa = Partij("Leerplicht Tiel", Rol.LEERPLICHTAMBTENAAR)
        >>> gw = Partij("Gedragswerk", Rol.SPARRING_PARTNER)
        >>> tafel = treed_toe(treed_toe(tafel, voorbeeld.moment(2015, 9, 1), lpa), voorbeeld.moment(2015, 9, 1), gw)
        >>> tafel = breng_in(tafel, voorbeeld.moment(2015, 9, 8), "L-2015-017", lpa)
        >>> tafel = houd_overleg(tafel, voorbeeld.moment(2015, 9, 29), (lpa, gw), ("L-2015-017",))
        >>> tafel.naam, len(tafel.leden), [str(r) for r in tafel.open_casussen]
        ('Tiel', 2, ['L-2015-017'])
        >>> from gedragswerk_core import Schooljaar
        >>> tafel.deelname_in(Schooljaar(2015)), tafel.volgend_overleg.isoformat()
        (True, '2015-10-27')

    Raises:
        InvalidValueError: not a tuple of table events, or one earlier than the one before it.
        RefusedError: a step in the history is not allowed; ``error.besluit`` says why.
    """  # noqa: E501

    gebeurtenissen: tuple[Tafelgebeurtenis, ...] = field(converter=_actietafel_geschiedenis)

    @property
    def _ingesteld(self) -> TafelIngesteld:
        return self.gebeurtenissen[0]  # type: ignore[return-value]

    @property
    def naam(self) -> str:
        """The table's label, usually its place."""
        return self._ingesteld.naam

    @property
    def regio(self) -> str:
        """The region the table serves (R-REG-4)."""
        return self._ingesteld.regio

    @property
    def ritme_weken(self) -> int:
        """The weeks between two meetings."""
        return self._ingesteld.ritme_weken

    @property
    def volgend_overleg(self) -> pendulum.Date:
        """The day the next meeting is due: the last one (or the start) plus the rhythm."""
        laatste = max(
            (g.moment for g in self.gebeurtenissen if type(g) is OverlegGehouden),
            default=self._ingesteld.moment,
        )
        return day_in_amsterdam(laatste).add(weeks=self.ritme_weken)


@final
@frozen(weakref_slot=False)
class Interventieteam(_Tafel):
    """The interventieteam onderwijs-zorg of OCW and VWS (R-IT-1): its events, and nothing else.

    Its three aims are `Teamdoel`; its cases are reviewed every two weeks
    (`BESPREEKTERMIJN_DAGEN`), and `niet_besproken` names the open cases that are overdue.

    Examples:
        >>> from gedragswerk_core import Partij, Rol, voorbeeld
        >>> team = start_interventieteam(voorbeeld.moment(2016, 1, 11))
        >>> ocw = Partij("OCW", Rol.OVERIG, omschrijving="ministerie")
        >>> gw = Partij("Gedragswerk", Rol.SPARRING_PARTNER)
        >>> team = treed_toe(treed_toe(team, voorbeeld.moment(2016, 1, 11), ocw), voorbeeld.moment(2016, 1, 11), gw)
        >>> team = breng_in(team, voorbeeld.moment(2016, 1, 12), "L-2016-003", Partij("SWV Utrecht", Rol.SAMENWERKINGSVERBAND))
        >>> [str(r) for r in team.niet_besproken(pendulum.date(2016, 1, 27))]
        ['L-2016-003']
        >>> [d.value for d in team.doelen]
        ['oplossen', 'leereffect', 'knelpunten']
    """  # noqa: E501

    gebeurtenissen: tuple[Tafelgebeurtenis, ...] = field(converter=_team_geschiedenis)

    @property
    def doelen(self) -> tuple[Teamdoel, ...]:
        """The team's three aims (R-IT-1)."""
        return tuple(Teamdoel)

    def niet_besproken(self, peildatum: Datum) -> tuple[LeerlingRef, ...]:
        """The open cases not discussed within two weeks before ``peildatum`` (R-IT-1).

        A case counts from the day it was brought in; ``peildatum`` is a date, or a moment's
        Amsterdam day, never read from a clock.

        Raises:
            InvalidValueError: ``peildatum`` is not a date or an aware moment.
        """
        dag = as_date(peildatum, "peildatum")
        laatst: dict[LeerlingRef, pendulum.Date] = {}
        for g in self.gebeurtenissen:
            if type(g) is CasusIngebracht:
                laatst[g.leerling] = day_in_amsterdam(g.moment)
            elif type(g) is OverlegGehouden:
                laatst.update(dict.fromkeys(g.besproken, day_in_amsterdam(g.moment)))
        return tuple(
            r for r in self.open_casussen if (dag - laatst[r]).days > BESPREEKTERMIJN_DAGEN
        )


Tafel = Actietafel | Interventieteam
T = TypeVar("T", Actietafel, Interventieteam)


def _vereist_tafel(tafel: object) -> None:
    if type(tafel) not in (Actietafel, Interventieteam):
        raise InvalidValueError(
            f"expected an Actietafel or the Interventieteam, got {type(tafel).__name__}",
            field="tafel",
        )


def beoordeel_tafelstap(tafel: Tafel, gebeurtenis: Tafelgebeurtenis) -> Besluit:
    """May ``gebeurtenis`` be appended to ``tafel``? Every rule weighed, nothing changed.

    Raises:
        InvalidValueError: ``tafel`` is no table or ``gebeurtenis`` no event of a table.
    """
    _vereist_tafel(tafel)
    if type(gebeurtenis) not in TAFELGEBEURTENISSEN:
        raise InvalidValueError(
            f"expected an event of a table, got {type(gebeurtenis).__name__}", field="gebeurtenis"
        )
    eerste = TafelIngesteld if type(tafel) is Actietafel else TeamGestart
    return _besluit(eerste, tafel.gebeurtenissen, gebeurtenis)


def _voeg_toe(tafel: T, g: Tafelgebeurtenis) -> T:
    besluit = beoordeel_tafelstap(tafel, g)
    if not besluit.toegestaan:
        raise RefusedError(besluit)
    return type(tafel)((*tafel.gebeurtenissen, g))


def stel_actietafel_in(
    naam: str, regio: str, moment: Moment, *, ritme_weken: int = 4
) -> Actietafel:
    """Set up a standing actietafel for ``regio``, meeting every ``ritme_weken`` weeks (R-TAF-1)."""
    return Actietafel((TafelIngesteld(moment, naam, regio, ritme_weken),))


def start_interventieteam(moment: Moment) -> Interventieteam:
    """Start the interventieteam onderwijs-zorg (R-IT-1)."""
    return Interventieteam((TeamGestart(moment),))


def treed_toe(tafel: T, moment: Moment, partij: Partij) -> T:
    """``partij`` joins the table as a member (R-TAF-1, R-IT-1)."""
    return _voeg_toe(tafel, LidToegetreden(moment, partij))


def vertrek(tafel: T, moment: Moment, partij: Partij) -> T:
    """The member ``partij`` leaves the table."""
    return _voeg_toe(tafel, LidVertrokken(moment, partij))


def breng_in(
    tafel: T, moment: Moment, leerling: object, door: Partij, *, interventie: object = None
) -> T:
    """Bring a pupil's case to the table (R-TAF-1: by a member of an actietafel; R-IT-1)."""
    return _voeg_toe(tafel, CasusIngebracht(moment, leerling, door, interventie))


def houd_overleg(
    tafel: T, moment: Moment, aanwezigen: tuple[Partij, ...], besproken: tuple[object, ...] = ()
) -> T:
    """Record a meeting: the members present and the open cases discussed (R-TAF-1, R-IT-1)."""
    return _voeg_toe(tafel, OverlegGehouden(moment, aanwezigen, besproken))


def sluit_casus(tafel: T, moment: Moment, leerling: object, *, passend_onderwijs: bool) -> T:
    """Close an open case; ``passend_onderwijs``: the pupil is back in fitting education."""
    return _voeg_toe(tafel, CasusAfgesloten(moment, leerling, passend_onderwijs))
