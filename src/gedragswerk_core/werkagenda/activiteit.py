"""A werkagenda's row: the five phases, their themes, the eight columns, and the activity itself.

An `Activiteit` is one row of a werkagenda in the columns of the handreiking (seed 003): phase,
theme, activity, who, when, instruments, concrete result, and the goal the result serves. It
also keeps its status (with the evidence of a realised result), whether it is a prevention
(systemic) item, and, in phase 5, its step in the Plan-Do-Check-Act cycle. A draft row may leave
columns empty; `gedragswerk_core.werkagenda.werkagenda.controleer` names what is missing.

References:
    - R-WA-1: every activity states who, when, with which instruments, its concrete result and
      the goal it serves (seed 003).
    - R-WA-2: five phases, in order: Verkennen, Betrekken, Ontwikkelen, Arrangeren, Activeren
      (seed 003).
    - R-WA-3: the themes of each phase; Activeren works with a Plan-Do-Check-Act cycle (seed 003).
    - R-WA-6: prevention (systemic) items (seed 002 §2 point 7).
"""

from __future__ import annotations

from enum import Enum, unique
from typing import Any, Final, final

import attrs
import pendulum
from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.leerplicht.schoolkalender import Periode
from gedragswerk_core.partijen import Partij

__all__ = [
    "KOLOMMEN",
    "Activiteit",
    "Fase",
    "Kolom",
    "PdcaStap",
    "Thema",
    "Uitvoeringsstatus",
]


# --- phases, themes, columns ---------------------------------------------------------------------


@unique
class Fase(Enum):
    """The five phases of a werkagenda, in their order (R-WA-2, seed 003).

    Examples:
        >>> Fase.ARRANGEREN.label, Fase.van(1) is Fase.VERKENNEN
        ('4. Arrangeren', True)
        >>> [t.label for t in Fase.VERKENNEN.themas]
        ['tellen, volgen en kennen', 'initiatief en regie']
    """

    VERKENNEN = "verkennen"
    BETREKKEN = "betrekken"
    ONTWIKKELEN = "ontwikkelen"
    ARRANGEREN = "arrangeren"
    ACTIVEREN = "activeren"

    @property
    def nummer(self) -> int:
        """The phase's place in the order, 1 to 5 (R-WA-2)."""
        return _FASEN.index(self) + 1

    @property
    def label(self) -> str:
        """``"1. Verkennen"``: number and Dutch name, as the handreiking heads its tables."""
        return f"{self.nummer}. {self.value.capitalize()}"

    @property
    def themas(self) -> tuple[Thema, ...]:
        """The themes of this phase (R-WA-3)."""
        return tuple(t for t in Thema if t.fase is self)

    @classmethod
    def van(cls, waarde: object) -> Fase:
        """The phase for a `Fase`, a number 1–5, or a name (``"verkennen"``, ``"1. Verkennen"``).

        Raises:
            InvalidValueError: not one of the five phases (R-WA-2).
        """
        if isinstance(waarde, Fase):
            return waarde
        sleutel = (
            str(waarde)
            if isinstance(waarde, int) and not isinstance(waarde, bool)
            else waarde.strip().casefold()
            if isinstance(waarde, str)
            else None
        )
        if sleutel is None or sleutel not in _FASE_NAMEN:
            raise InvalidValueError(
                "unknown phase: a werkagenda has five phases",
                field="fase",
                regel="R-WA-2",
                hint="use Fase.VERKENNEN … Fase.ACTIVEREN, or a number 1–5",
            )
        return _FASE_NAMEN[sleutel]


_FASEN: Final = tuple(Fase)
_FASE_NAMEN: Final = {
    sleutel: fase
    for n, fase in enumerate(_FASEN, start=1)
    for sleutel in (str(n), fase.value, f"{n}. {fase.value}", f"{n} {fase.value}")
}


@unique
class Thema(Enum):
    """The themes of the five phases (R-WA-3, seed 003); each belongs to exactly one phase."""

    TELLEN_VOLGEN_EN_KENNEN = "tellen_volgen_en_kennen"
    """Verkennen: count, follow and know the pupils concerned."""
    INITIATIEF_EN_REGIE = "initiatief_en_regie"
    """Verkennen: take the initiative and the direction."""
    COMMUNICEREN = "communiceren"
    """Betrekken: communicate."""
    SAMEN_TEMPO_MAKEN = "samen_tempo_maken"
    """Ontwikkelen: build speed together."""
    OPERATIONELE_AANPAK = "operationele_aanpak"
    """Arrangeren: design an operational approach."""
    SAMENWERKEN_MET_WERKGEVERS = "samenwerken_met_werkgevers"
    """Arrangeren: work together with employers."""
    DOORGAANDE_LIJN = "doorgaande_lijn"
    """Arrangeren: realise a continuous line between schools and sectors."""
    KWALITEIT_BEWAKEN = "kwaliteit_bewaken"
    """Arrangeren: guard the quality."""
    UITVOEREN_EN_LEREN = "uitvoeren_en_leren"
    """Activeren: carry out, monitor, evaluate and learn (a Plan-Do-Check-Act cycle)."""

    @property
    def fase(self) -> Fase:
        """The phase this theme belongs to (R-WA-3)."""
        return _THEMA_FASE[self][0]

    @property
    def label(self) -> str:
        """A short Dutch label."""
        return _THEMA_FASE[self][1]


_THEMA_FASE: Final = {
    Thema.TELLEN_VOLGEN_EN_KENNEN: (Fase.VERKENNEN, "tellen, volgen en kennen"),
    Thema.INITIATIEF_EN_REGIE: (Fase.VERKENNEN, "initiatief en regie"),
    Thema.COMMUNICEREN: (Fase.BETREKKEN, "communiceren"),
    Thema.SAMEN_TEMPO_MAKEN: (Fase.ONTWIKKELEN, "samen tempo maken"),
    Thema.OPERATIONELE_AANPAK: (Fase.ARRANGEREN, "operationele aanpak"),
    Thema.SAMENWERKEN_MET_WERKGEVERS: (Fase.ARRANGEREN, "samenwerken met werkgevers"),
    Thema.DOORGAANDE_LIJN: (Fase.ARRANGEREN, "doorgaande lijn"),
    Thema.KWALITEIT_BEWAKEN: (Fase.ARRANGEREN, "kwaliteit bewaken"),
    Thema.UITVOEREN_EN_LEREN: (Fase.ACTIVEREN, "uitvoeren, monitoren, evalueren en leren"),
}


@unique
class Kolom(Enum):
    """The eight columns of the handreiking (R-WA-1), and the other fields a finding can name."""

    FASE = "fase"
    THEMA = "thema"
    ACTIVITEIT = "activiteit"
    WIE = "wie"
    WANNEER = "wanneer"
    INSTRUMENTEN = "instrumenten"
    RESULTAAT = "resultaat"
    DOEL = "doel"
    BEWIJS = "bewijs"
    """Not a column: the evidence of a realised result."""
    PREVENTIE = "preventie"
    """Not a column: whether an activity is a prevention (systemic) item (R-WA-6)."""
    PDCA = "pdca"
    """Not a column: the activity's step in the Plan-Do-Check-Act cycle of phase 5 (R-WA-3)."""

    @property
    def label(self) -> str:
        """The Dutch header of the column in a rendered table."""
        return _KOP.get(self, self.value)


_KOP: Final = {
    Kolom.FASE: "Fase",
    Kolom.THEMA: "Thema",
    Kolom.ACTIVITEIT: "Activiteit",
    Kolom.WIE: "Wie",
    Kolom.WANNEER: "Wanneer",
    Kolom.INSTRUMENTEN: "Instrumenten",
    Kolom.RESULTAAT: "Concreet resultaat",
    Kolom.DOEL: "Doel",
}
KOLOMMEN: Final[tuple[Kolom, ...]] = tuple(_KOP)
"""The eight columns of a werkagenda, in the handreiking's order (R-WA-1, seed 003)."""


@unique
class Uitvoeringsstatus(Enum):
    """Where an activity stands."""

    GEPLAND = "gepland"
    IN_UITVOERING = "in_uitvoering"
    GEREALISEERD = "gerealiseerd"
    """Done: its concrete result is there (keep the evidence in `Activiteit.bewijs`)."""
    VERVALLEN = "vervallen"
    """Dropped: no longer part of the plan; the checks ignore it."""

    @property
    def is_open(self) -> bool:
        """Whether the activity still has to be done (planned or in progress)."""
        return self in (Uitvoeringsstatus.GEPLAND, Uitvoeringsstatus.IN_UITVOERING)


@unique
class PdcaStap(Enum):
    """A step of the Plan-Do-Check-Act cycle that phase 5 works with (R-WA-3)."""

    PLAN = "plan"
    DO = "do"
    CHECK = "check"
    ACT = "act"


# --- values --------------------------------------------------------------------------------------


def _naar_periode(value: object) -> object:
    if value is None or isinstance(value, Periode):
        return value
    if isinstance(value, tuple | list) and len(value) == 2:  # noqa: PLR2004 - begin and end
        return Periode(value[0], value[1])
    datum = v.to_date(value)
    return Periode(datum, datum) if isinstance(datum, pendulum.Date) else value


def _naar_fase(value: object) -> object:
    try:
        return value if value is None else Fase.van(value)
    except InvalidValueError:
        return value  # the validator explains


def _naar_thema(value: object) -> object:
    if isinstance(value, str):
        return next((t for t in Thema if t.value == value.strip().casefold()), value)
    return value


@final
@frozen
class Activiteit:
    """One row of a werkagenda: the eight columns (R-WA-1), status, prevention flag, PDCA step.

    Only ``code`` is required: a draft may leave columns empty (``None`` or ``()``), and
    `controleer` names what is missing. ``code`` identifies the row within its werkagenda and in
    findings (``"WA-1.1"`` for a row started from the catalogue). Texts are free text and never
    shown in ``repr``.

    Attributes:
        code: a short, stable label, unique within the werkagenda.
        fase: the phase (R-WA-2); a number 1–5 or a name is accepted too.
        thema: a theme of that phase (R-WA-3).
        omschrijving: what is done (the column "activiteit").
        wie: the parties that carry it; at least one regional party (R-WA-5).
        wanneer: a `gedragswerk_core.leerplicht.Periode` (both days included); a single
            date is accepted and becomes a one-day period, a pair of dates a period.
        instrumenten: the instruments or means used.
        resultaat: the concrete result.
        doel: the goal that result serves.
        preventief: a prevention (systemic) item (R-WA-6).
        status: where it stands; ``bewijs`` is only for a realised result.
        bewijs: the evidence that the result was realised.
        pdca: its step in the Plan-Do-Check-Act cycle; only in phase 5 (R-WA-3).
        bron: the catalogue code it was started from, if any (R-WA-4).
    """

    code: str = field(validator=v.text(max_length=40))
    fase: Fase | None = field(
        default=None,
        kw_only=True,
        converter=_naar_fase,
        validator=v.optional_instance_of(
            Fase, regel="R-WA-2", hint="use Fase.VERKENNEN … Fase.ACTIVEREN, or 1–5"
        ),
    )
    thema: Thema | None = field(
        default=None,
        kw_only=True,
        converter=_naar_thema,
        validator=v.optional_instance_of(
            Thema, regel="R-WA-3", hint="use one of the Thema members of its phase"
        ),
    )
    omschrijving: str | None = field(
        default=None, kw_only=True, repr=False, validator=v.optional_text(max_length=2000)
    )
    wie: tuple[Partij, ...] = field(
        default=(),
        kw_only=True,
        converter=v.to_tuple,
        validator=[v.tuple_of(Partij), v.unique("party")],
    )
    wanneer: Periode | None = field(
        default=None,
        kw_only=True,
        converter=_naar_periode,
        validator=v.optional_instance_of(Periode),
    )
    instrumenten: tuple[str, ...] = field(
        default=(),
        kw_only=True,
        repr=False,
        converter=v.to_tuple,
        validator=v.texts(max_length=200),
    )
    resultaat: str | None = field(
        default=None, kw_only=True, repr=False, validator=v.optional_text(max_length=1000)
    )
    doel: str | None = field(
        default=None, kw_only=True, repr=False, validator=v.optional_text(max_length=1000)
    )
    preventief: bool = field(default=False, kw_only=True, validator=v.instance_of(bool))
    status: Uitvoeringsstatus = field(
        default=Uitvoeringsstatus.GEPLAND,
        kw_only=True,
        validator=v.instance_of(Uitvoeringsstatus),
    )
    bewijs: str | None = field(
        default=None, kw_only=True, repr=False, validator=v.optional_text(max_length=2000)
    )
    pdca: PdcaStap | None = field(
        default=None, kw_only=True, validator=v.optional_instance_of(PdcaStap)
    )
    bron: str | None = field(default=None, kw_only=True, validator=v.optional_text(max_length=40))

    def __attrs_post_init__(self) -> None:
        """Evidence belongs to a realised result only."""
        if self.bewijs is not None and self.status is not Uitvoeringsstatus.GEREALISEERD:
            raise InvalidValueError(
                "only a realised activity has evidence of its result",
                field="Activiteit.bewijs",
                regel="R-WA-1",
                hint="set status=Uitvoeringsstatus.GEREALISEERD, or leave bewijs out",
            )

    @property
    def ontbrekende_kolommen(self) -> tuple[Kolom, ...]:
        """The columns of the eight (R-WA-1) that are still empty, in their order."""
        waarden = (
            self.fase,
            self.thema,
            self.omschrijving,
            self.wie or None,
            self.wanneer,
            self.instrumenten or None,
            self.resultaat,
            self.doel,
        )
        return tuple(k for k, w in zip(KOLOMMEN, waarden, strict=True) if w is None)

    def met(self, **wijzigingen: object) -> Activiteit:
        """A copy with the given fields changed (and checked again), e.g. to fill in columns.

        Examples:
            >>> a = Activiteit("A-1", fase=1).met(thema=Thema.INITIATIEF_EN_REGIE)
            >>> a.fase, a.thema.label
            (<Fase.VERKENNEN: 'verkennen'>, 'initiatief en regie')

        Raises:
            InvalidValueError: an unknown field name, or a value its field does not accept.
        """
        namen = attrs.fields_dict(Activiteit)
        onbekend = sorted(set(wijzigingen) - set(namen))
        if onbekend:
            raise InvalidValueError(
                f"unknown field(s): {', '.join(onbekend)}",
                field="Activiteit",
                hint=f"use the fields {', '.join(namen)}",
            )
        veranderd: dict[str, Any] = dict(wijzigingen)
        return attrs.evolve(self, **veranderd)

    def met_status(self, status: Uitvoeringsstatus, bewijs: str | None = None) -> Activiteit:
        """A copy with a new status; give ``bewijs`` (evidence) when it is realised."""
        return self.met(status=status, bewijs=bewijs)
