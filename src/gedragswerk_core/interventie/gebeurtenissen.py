"""The events (gebeurtenissen) of an intervention: plain frozen values, named in the past tense.

An `Interventie` holds an append-only tuple of these events;
its state is derived by folding them. Each event records one fact of the methodiek's lifecycle
and carries the moment it happened. When it was recorded is kept by the intervention beside its
log (`Interventie.vastgelegd`, R-GEB-2, R-GEB-3): the recording moment belongs to the entry
in the log, not to the fact. A `Gecorrigeerd` event amends an earlier event without reopening
the case (R-GEB-4).

References:
    - R-LC-1 … R-LC-11 (DOMAIN.md), seed 002 §2 and §3.1.1.
    - R-GEB-1 … R-GEB-4: the library's own rules of the history (docs/verantwoording.md).
"""

from __future__ import annotations

from enum import Enum, unique
from typing import Any, Final, final

import attrs
import pendulum
from attrs import Factory, field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.interventie.hulpvraag import ONDERWIJSZORGCONSULENTEN, Hulpvraag
from gedragswerk_core.koppeling import Herbeoordeling, InterventieRef, als_interventieref
from gedragswerk_core.leerling import LeerlingRef, als_ref
from gedragswerk_core.partijen import Partij, SparringRol

__all__ = [
    "Afgerond",
    "Afrondingsverklaring",
    "Doorverwezen",
    "Escalatie",
    "Feitgebeurtenis",
    "Geaccepteerd",
    "Gebeurtenis",
    "Gecorrigeerd",
    "Geescaleerd",
    "GesprekGevoerd",
    "Heropend",
    "HulpvraagOntvangen",
    "Overdrachtsvoorstel",
    "Overgedragen",
    "Partijverklaring",
    "ResultaatGeboekt",
    "SystemischeVraagOpgepakt",
    "Uitspraak",
    "Verklaard",
    "WerkagendaAfgesproken",
]


@unique
class Escalatie(Enum):
    """Where a stuck case is escalated to."""

    ACTIETAFEL = "actietafel"
    """A standing multi-party actietafel / thuiszitterstafel (seed 002 §3.1.1)."""
    INTERVENTIETEAM = "interventieteam"
    """The national intervention team of OCW and VWS (seed 002 §3.1.2.7)."""


@unique
class Uitspraak(Enum):
    """What a party can state, on which a decision rests (R-LC-5, R-LC-6, R-LC-7).

    Each has the code of the condition it answers (`code`): a decision that needs a statement
    not made is undecided and names that code (`Besluit.ontbreekt`).
    """

    KAN_OVERNEMEN = "kan_overnemen"
    """The receiver of a handover can take the hulpvraag on (R-LC-6 (2))."""
    WIL_OVERNEMEN = "wil_overnemen"
    """The receiver of a handover wants to take the hulpvraag on (R-LC-6 (2))."""
    KAN_ZELF_VERDER = "kan_zelf_verder"
    """This actor can go on on its own strength (R-LC-5)."""
    WIL_ZELF_VERDER = "wil_zelf_verder"
    """This actor wants to go on on its own strength (R-LC-5)."""
    SYSTEMISCH_ASPECT = "systemisch_aspect"
    """The question has a systemic aspect (R-LC-7, at first contact)."""

    @property
    def code(self) -> str:
        """The code of the condition this statement answers (``"R-LC-6.wil"``)."""
        return _UITSPRAAK_CODES[self]


_UITSPRAAK_CODES: Final = {
    Uitspraak.KAN_OVERNEMEN: "R-LC-6.kan",
    Uitspraak.WIL_OVERNEMEN: "R-LC-6.wil",
    Uitspraak.KAN_ZELF_VERDER: "R-LC-5.kan",
    Uitspraak.WIL_ZELF_VERDER: "R-LC-5.wil",
    Uitspraak.SYSTEMISCH_ASPECT: "R-LC-7.systemisch",
}


@final
@frozen(weakref_slot=False)
class Partijverklaring:
    """What one party states at the afronding: that it can, and wants to, go on alone (R-LC-5)."""

    partij: Partij = field(validator=v.instance_of(Partij))
    kan: bool = field(validator=v.instance_of(bool))
    wil: bool = field(validator=v.instance_of(bool))


def _allen(verklaringen: tuple[Partijverklaring, ...], wat: str) -> bool | None:
    if not verklaringen:
        return None  # not stated here: the parties' statements in the history decide (R-VKL-1)
    return all(getattr(p, wat) for p in verklaringen)


@final
@frozen(weakref_slot=False)
class Afrondingsverklaring:
    """What the actors state when an intervention is to be closed (R-LC-5).

    Closing is allowed when ``oplossing_gevonden``, or when the actors state they *can* and
    *want* to go on on their own strength. ``verklaringen`` records who stated what, one
    `Partijverklaring` per regional party (seed 002 §3.1.1: the actors *state* it); then
    ``kunnen_zelf_verder`` and ``willen_zelf_verder`` follow from them (every party stated it)
    and need not be given. Without ``verklaringen`` the two booleans are the statement, as
    stored before the parties were recorded; a boolean left out (``None``) is not stated here,
    and the parties' statements recorded in the history (`Verklaard`, R-VKL-1) decide it: with
    none, the afronding is undecided (`Besluit.ontbreekt` names ``R-LC-5.kan``/``R-LC-5.wil``).

    Examples:
        >>> from gedragswerk_core import Partij, Rol
        >>> swv = Partij("SWV Rivierenland", Rol.SAMENWERKINGSVERBAND)
        >>> v = Afrondingsverklaring(False, verklaringen=(Partijverklaring(swv, True, True),))
        >>> v.kunnen_zelf_verder, v.willen_zelf_verder
        (True, True)

    Raises:
        InvalidValueError: a boolean given that disagrees with ``verklaringen``.
    """

    oplossing_gevonden: bool = field(validator=v.instance_of(bool))
    # Before the booleans: their defaults are derived from it (it stays keyword-only).
    verklaringen: tuple[Partijverklaring, ...] = field(
        default=(), kw_only=True, converter=v.to_tuple, validator=v.tuple_of(Partijverklaring)
    )
    kunnen_zelf_verder: bool | None = field(
        default=Factory(lambda s: _allen(s.verklaringen, "kan"), takes_self=True),
        validator=v.optional_instance_of(bool),
    )
    willen_zelf_verder: bool | None = field(
        default=Factory(lambda s: _allen(s.verklaringen, "wil"), takes_self=True),
        validator=v.optional_instance_of(bool),
    )

    def __attrs_post_init__(self) -> None:
        """With parties' statements the booleans follow from them."""
        if self.verklaringen and (
            self.kunnen_zelf_verder != _allen(self.verklaringen, "kan")
            or self.willen_zelf_verder != _allen(self.verklaringen, "wil")
        ):
            raise InvalidValueError(
                "kunnen_zelf_verder and willen_zelf_verder follow from the parties' statements",
                field="Afrondingsverklaring.kunnen_zelf_verder",
                regel="R-LC-5",
                hint="leave the two booleans out when giving verklaringen",
            )


@final
@frozen(weakref_slot=False)
class Overdrachtsvoorstel:
    """A proposed handover of the hulpvraag to another party (R-LC-6).

    Allowed when it is more for ``ontvanger`` to act (``meer_aan_ontvanger``) and the receiver
    states it can (``ontvanger_kan``) and wants to (``ontvanger_wil``) take it on. Left out
    (``None``), a statement is the receiver's own, recorded in the history (`Verklaard` with
    `Uitspraak.KAN_OVERNEMEN` / `Uitspraak.WIL_OVERNEMEN`, R-VKL-1); with none recorded the
    handover is undecided and names what is missing.
    """

    ontvanger: Partij = field(validator=v.instance_of(Partij))
    meer_aan_ontvanger: bool = field(validator=v.instance_of(bool))
    ontvanger_kan: bool | None = field(default=None, validator=v.optional_instance_of(bool))
    ontvanger_wil: bool | None = field(default=None, validator=v.optional_instance_of(bool))


@final
@frozen(weakref_slot=False)
class HulpvraagOntvangen:
    """A hulpvraag came in; always the first event (R-LC-1).

    ``kenmerk`` is the intervention's reference (case number), when the caller gives one: a
    diagnosis, a werkagenda and a case at a table link to the intervention by it.
    """

    moment: pendulum.DateTime = field(converter=v.to_moment, validator=v.is_moment)
    hulpvraag: Hulpvraag = field(validator=v.instance_of(Hulpvraag))
    kenmerk: InterventieRef | None = field(
        default=None,
        converter=als_interventieref,
        validator=v.optional_instance_of(InterventieRef),
    )


@final
@frozen(weakref_slot=False)
class Geaccepteerd:
    """Gedragswerk has a role and takes the hulpvraag on (R-LC-2)."""

    moment: pendulum.DateTime = field(converter=v.to_moment, validator=v.is_moment)


@final
@frozen(weakref_slot=False)
class Doorverwezen:
    """The caller was referred elsewhere at first contact (R-LC-7).

    ``naar`` is the agency referred to; by default, and in data stored before it was recorded,
    the onderwijszorgconsulenten.
    """

    moment: pendulum.DateTime = field(converter=v.to_moment, validator=v.is_moment)
    naar: Partij = field(default=ONDERWIJSZORGCONSULENTEN, validator=v.instance_of(Partij))


@final
@frozen(weakref_slot=False)
class GesprekGevoerd:
    """A conversation was held between regional parties (R-LC-3a/b).

    ``rol`` is the sparring partner's role in it (R-LC-9); ``conflict`` marks a conversation under
    pressure or in conflict (R-LC-10).
    """

    moment: pendulum.DateTime = field(converter=v.to_moment, validator=v.is_moment)
    deelnemers: tuple[Partij, ...] = field(
        converter=v.to_tuple, validator=v.tuple_of(Partij, min_length=1)
    )
    rol: SparringRol = field(validator=v.instance_of(SparringRol))
    conflict: bool = field(default=False, validator=v.instance_of(bool))


@final
@frozen(weakref_slot=False)
class WerkagendaAfgesproken:
    """The parties agreed a werkagenda, to be carried out in and by the region (R-LC-3, R-WA-5)."""

    moment: pendulum.DateTime = field(converter=v.to_moment, validator=v.is_moment)
    partijen: tuple[Partij, ...] = field(
        converter=v.to_tuple, validator=v.tuple_of(Partij, min_length=1)
    )


@final
@frozen(weakref_slot=False)
class ResultaatGeboekt:
    """Passend onderwijs was realised for one pupil of the hulpvraag (R-LC-3c)."""

    moment: pendulum.DateTime = field(converter=v.to_moment, validator=v.is_moment)
    leerling: LeerlingRef = field(converter=als_ref, validator=v.instance_of(LeerlingRef))


@final
@frozen(weakref_slot=False)
class SystemischeVraagOpgepakt:
    """A systemic (preventive) question was taken up (R-LC-8, R-LC-11).

    ``vraag`` is a short label or a catalogue code of the systemic question, not case notes.
    """

    moment: pendulum.DateTime = field(converter=v.to_moment, validator=v.is_moment)
    vraag: str = field(repr=False, validator=v.text(max_length=300))


@final
@frozen(weakref_slot=False)
class Geescaleerd:
    """The case was escalated to an actietafel or the national intervention team.

    ``tafel`` labels the actietafel, usually by its place ("Tiel"); optional, and only meant for
    an escalation to `Escalatie.ACTIETAFEL`. The annual figures count escalations; the tables of
    the year come from participation (`gedragswerk_core.tafels.Actietafel`, R-TAF-1).
    """

    moment: pendulum.DateTime = field(converter=v.to_moment, validator=v.is_moment)
    naar: Escalatie = field(validator=v.instance_of(Escalatie))
    tafel: str | None = field(default=None, repr=False, validator=v.optional_text(max_length=200))


@final
@frozen(weakref_slot=False)
class Afgerond:
    """The intervention was closed (afronding, R-LC-5), with the reassessment when made.

    ``herbeoordeling`` is the diagnosis made again at the end, compared with the one at the
    start (R-KKW-3; `gedragswerk_core.diagnose.Vergelijking.herbeoordeling`).
    """

    moment: pendulum.DateTime = field(converter=v.to_moment, validator=v.is_moment)
    verklaring: Afrondingsverklaring = field(validator=v.instance_of(Afrondingsverklaring))
    herbeoordeling: Herbeoordeling | None = field(
        default=None, validator=v.optional_instance_of(Herbeoordeling)
    )


@final
@frozen(weakref_slot=False)
class Overgedragen:
    """The hulpvraag was handed over; the sparring partner withdraws (overdracht, R-LC-6)."""

    moment: pendulum.DateTime = field(converter=v.to_moment, validator=v.is_moment)
    voorstel: Overdrachtsvoorstel = field(validator=v.instance_of(Overdrachtsvoorstel))


@final
@frozen(weakref_slot=False)
class Verklaard:
    """A party in a role stated something a decision rests on (R-VKL-1; R-LC-5, R-LC-6, R-LC-7).

    ``door`` is the party that made the statement (its role is part of it), ``uitspraak`` what
    it stated and ``waar`` whether it stated it holds (``False``: it stated it does not, e.g.
    "we do not want to take it on"). A later statement of the same party on the same matter
    replaces an earlier one.
    """

    moment: pendulum.DateTime = field(converter=v.to_moment, validator=v.is_moment)
    door: Partij = field(validator=v.instance_of(Partij))
    uitspraak: Uitspraak = field(validator=v.instance_of(Uitspraak))
    waar: bool = field(default=True, validator=v.instance_of(bool))


@final
@frozen(weakref_slot=False)
class Heropend:
    """A closed, handed-over or referred intervention was explicitly reopened, with a reason.

    ``reden`` is free text and kept out of ``repr``.
    """

    moment: pendulum.DateTime = field(converter=v.to_moment, validator=v.is_moment)
    reden: str = field(repr=False, validator=v.text(max_length=2000))


Feitgebeurtenis = (
    HulpvraagOntvangen
    | Geaccepteerd
    | Doorverwezen
    | GesprekGevoerd
    | WerkagendaAfgesproken
    | ResultaatGeboekt
    | SystemischeVraagOpgepakt
    | Geescaleerd
    | Afgerond
    | Overgedragen
    | Verklaard
    | Heropend
)
"""An event that records a fact of the lifecycle: every event but a correction, so what a
correction can replace (R-GEB-4: a correction is not corrected)."""


def _vervanging(_: Gecorrigeerd, __: attrs.Attribute[Any], value: object) -> None:
    if type(value) not in GEBEURTENISSEN or type(value) is Gecorrigeerd:
        raise InvalidValueError(
            f"expected an event of the lifecycle, got {type(value).__name__}",
            field="Gecorrigeerd.vervanging",
            regel="R-GEB-4",
            hint="a correction replaces an event by one of its own type; it is not corrected",
        )


def _positie(_: Gecorrigeerd, __: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not int or not 0 <= value <= _MAX_POSITIE:
        raise InvalidValueError(
            f"must be a whole number from 0 to {_MAX_POSITIE}", field="Gecorrigeerd.positie"
        )


_MAX_POSITIE: Final = 10_000  # the most events a history read from a dict may hold (grenzen)


@final
@frozen(weakref_slot=False)
class Gecorrigeerd:
    """An earlier event was corrected, without reopening the case (R-GEB-4).

    Recorded at ``moment``: it replaces the event at ``positie`` of the intervention's
    `geldende_gebeurtenissen` (the history with the corrections applied, the corrections
    themselves not counted) by ``vervanging``, an event of the same type. A later correction
    of the same event supersedes an earlier one. The status does not change; the corrected
    history is replayed with every check, so a correction that would break a rule is refused
    with that rule. ``reden`` (why it was corrected) is free text and kept out of ``repr``.
    """

    moment: pendulum.DateTime = field(converter=v.to_moment, validator=v.is_moment)
    positie: int = field(validator=_positie)
    vervanging: Feitgebeurtenis = field(validator=_vervanging)
    reden: str = field(repr=False, validator=v.text(max_length=2000))


Gebeurtenis = Feitgebeurtenis | Gecorrigeerd
"""Any event of an intervention: a fact of its lifecycle, or the correction of one."""

GEBEURTENISSEN: tuple[type[Gebeurtenis], ...] = Gebeurtenis.__args__
"""Every event class, in lifecycle order (used by the converter's tagged union)."""
