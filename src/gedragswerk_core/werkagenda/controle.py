"""The checks of a werkagenda: every finding at once, and the reasons for agreeing it or not.

`bevindingen` looks at a werkagenda's activities and returns every `Bevinding` (finding) at
once, each naming the phase, the activity (by its code), the column and the rule; errors block
agreeing, warnings do not. `instemmingsredenen` weighs the rules for agreeing. Dropped activities
(`Uitvoeringsstatus.VERVALLEN`) are no longer part of the plan: no check looks at them. Use them
through `gedragswerk_core.werkagenda.werkagenda.controleer` and
`gedragswerk_core.werkagenda.werkagenda.beoordeel_instemming`.

References:
    - R-WA-1: every activity fills the eight columns of the handreiking (seed 003).
    - R-WA-2: five phases, in order (seed 003).
    - R-WA-3: the themes of each phase; the Plan-Do-Check-Act cycle of Activeren (seed 003).
    - R-WA-5: agreed by all involved and carried out by the regional partners; the sparring
      partner supports but never carries an activity alone (seed 000, seed 002 §2).
    - R-WA-6: a werkagenda always also attends to prevention (seed 002 §2 point 7).
    - R-LC-4: support is temporary and never takes over the region's responsibility (seed 002
      §2); cited with R-WA-5 where an activity is carried by the sparring partner alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from enum import Enum, unique
from typing import Any, Final, final

import pendulum
from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.besluit import Reden
from gedragswerk_core.partijen import Partij, heeft_regionale_partij
from gedragswerk_core.werkagenda.activiteit import (
    Activiteit,
    Fase,
    Kolom,
    Uitvoeringsstatus,
)

__all__ = ["Bevinding", "Ernst", "bevindingen", "instemmingsredenen"]

_FASEN_OP_VOLGORDE: Final = tuple(Fase)

# --- findings ------------------------------------------------------------------------------------


@unique
class Ernst(Enum):
    """How serious a finding is: an error blocks agreeing the werkagenda, a warning does not."""

    FOUT = "fout"
    WAARSCHUWING = "waarschuwing"


@final
@frozen
class Bevinding:
    """One thing `controleer` found: which rule, how serious, and where.

    Attributes:
        regel: the rule id, e.g. ``"R-WA-1"``.
        ernst: error or warning.
        uitleg: what is wrong and how to fix it.
        fase: the phase concerned, or ``None`` for the werkagenda as a whole.
        activiteit: the code of the activity concerned, or ``None``.
        kolom: the column (or other field) concerned, or ``None``.
    """

    regel: str = field(validator=v.text(max_length=40))
    ernst: Ernst = field(validator=v.instance_of(Ernst))
    uitleg: str = field(validator=v.text(max_length=1000))
    fase: Fase | None = field(default=None, validator=v.optional_instance_of(Fase))
    activiteit: str | None = field(default=None, validator=v.optional_text(max_length=40))
    kolom: Kolom | None = field(default=None, validator=v.optional_instance_of(Kolom))

    @property
    def is_fout(self) -> bool:
        """Whether it blocks agreeing the werkagenda."""
        return self.ernst is Ernst.FOUT

    @property
    def plaats(self) -> str:
        """Where: ``"1. Verkennen / WA-1.1 / wie"``, or ``"werkagenda / preventie"``."""
        delen = [
            self.fase.label if self.fase else None,
            self.activiteit,
            self.kolom.value if self.kolom else None,
        ]
        if self.fase is None and self.activiteit is None:
            delen[0] = "werkagenda"
        return " / ".join(d for d in delen if d)

    def __str__(self) -> str:
        """``fout R-WA-1 [1. Verkennen / WA-1.1 / wie]: …``."""
        return f"{self.ernst.value} {self.regel} [{self.plaats}]: {self.uitleg}"


_WAT_ONTBREEKT: Final = {
    Kolom.FASE: "no phase: say in which of the five phases (R-WA-2) it falls",
    Kolom.THEMA: "no theme: choose a theme of its phase (R-WA-3)",
    Kolom.ACTIVITEIT: "no description: say what will be done",
    Kolom.WIE: "nobody carries it: name the regional parties that carry it out (R-WA-5)",
    Kolom.WANNEER: "no date or period: say when it is done",
    Kolom.INSTRUMENTEN: "no instruments: name the instruments or means it uses",
    Kolom.RESULTAAT: "no concrete result: say what it delivers, so it can be checked",
    Kolom.DOEL: "no goal: say which goal its result serves",
}


def _ontbreekt(a: Activiteit, kolom: Kolom) -> str:
    uitleg = _WAT_ONTBREEKT[kolom]
    if kolom is Kolom.FASE and a.thema is not None:
        uitleg += f"; its theme belongs to {a.thema.fase.label}"
    return uitleg


def _thema_buiten_fase(a: Activiteit) -> str | None:
    if a.fase is None or a.thema is None or a.thema.fase is a.fase:
        return None
    return (
        f"the theme '{a.thema.label}' belongs to {a.thema.fase.label}, not to this "
        f"phase; choose one of: {', '.join(t.label for t in a.fase.themas)}"
    )


def _pdca_buiten_fase(a: Activiteit) -> str | None:
    if a.pdca is None or a.fase in (None, Fase.ACTIVEREN):
        return None
    return "a Plan-Do-Check-Act step belongs to 5. Activeren"


def _alleen_sparringpartner(a: Activiteit) -> str | None:
    if not a.wie or heeft_regionale_partij(a.wie):
        return None
    return (
        "only the sparring partner carries it: a regional partner must carry it out, "
        "Gedragswerk supports and never takes over (R-LC-4)"
    )


def _zonder_bewijs(a: Activiteit) -> str | None:
    if a.status is not Uitvoeringsstatus.GEREALISEERD or a.bewijs is not None:
        return None
    return "realised without evidence of its concrete result: record the evidence"


_PER_ACTIVITEIT: Final[tuple[tuple[str, Kolom, Ernst, Callable[[Activiteit], str | None]], ...]] = (
    ("R-WA-3", Kolom.THEMA, Ernst.FOUT, _thema_buiten_fase),
    ("R-WA-3", Kolom.PDCA, Ernst.FOUT, _pdca_buiten_fase),
    ("R-WA-5", Kolom.WIE, Ernst.FOUT, _alleen_sparringpartner),
    ("R-WA-1", Kolom.BEWIJS, Ernst.WAARSCHUWING, _zonder_bewijs),
)
"""The checks of one activity besides its missing columns: rule, column, weight, the check.

A check returns what is wrong (and how to fix it), or ``None`` when the activity passes.
"""


def _bij_activiteit(a: Activiteit) -> list[Bevinding]:
    gevonden = [
        Bevinding("R-WA-1", Ernst.FOUT, _ontbreekt(a, kolom), a.fase, a.code, kolom)
        for kolom in a.ontbrekende_kolommen
    ]
    for regel, kolom, ernst, check in _PER_ACTIVITEIT:
        uitleg = check(a)
        if uitleg is not None:
            gevonden.append(Bevinding(regel, ernst, uitleg, a.fase, a.code, kolom))
    return gevonden


def _eerste_begin(actief: list[Activiteit]) -> dict[Fase, pendulum.Date]:
    """The first day on which an activity of each phase starts (phases with a date only)."""
    eerste: dict[Fase, pendulum.Date] = {}
    for a in actief:
        if a.fase is not None and a.wanneer is not None:
            eerste[a.fase] = min(a.wanneer.begin, eerste.get(a.fase, a.wanneer.begin))
    return eerste


def _volgorde(actief: list[Activiteit]) -> list[Bevinding]:
    """R-WA-2: a phase's activity should not start before any activity of an earlier phase."""
    eerste = _eerste_begin(actief)
    gevonden = []
    for a in actief:
        if a.fase is None or a.wanneer is None:
            continue
        eerder = (f for f in _FASEN_OP_VOLGORDE[: a.fase.nummer - 1] if f in eerste)
        te_vroeg = next((f for f in eerder if a.wanneer.begin < eerste[f]), None)
        if te_vroeg is not None:
            uitleg = (
                f"starts on {a.wanneer.begin.isoformat()}, before any activity of "
                f"{te_vroeg.label} has started ({eerste[te_vroeg].isoformat()}); the "
                "phases follow each other in order"
            )
            gevonden.append(
                Bevinding("R-WA-2", Ernst.WAARSCHUWING, uitleg, a.fase, a.code, Kolom.WANNEER)
            )
    return gevonden


def _bij_agenda(actief: list[Activiteit]) -> list[Bevinding]:
    gevonden = []
    if not any(a.preventief for a in actief):  # R-WA-6
        gevonden.append(
            Bevinding(
                "R-WA-6",
                Ernst.FOUT,
                "no prevention item: add a systemic measure that stops new thuiszitters, "
                "and mark it preventief=True",
                kolom=Kolom.PREVENTIE,
            )
        )
    bezet = {a.fase for a in actief}
    gevonden.extend(
        Bevinding(
            "R-WA-2",
            Ernst.WAARSCHUWING,
            "no activity in this phase: all five phases belong to the werkagenda",
            fase,
        )
        for fase in _FASEN_OP_VOLGORDE
        if fase not in bezet
    )
    return gevonden


def _natuurlijk(code: str) -> tuple[str | int, ...]:
    """``WA-1.2`` before ``WA-1.10``: digits compare as numbers."""
    return tuple(int(d) if d.isdigit() else d for d in re.split(r"(\d+)", code))


def _sorteersleutel(b: Bevinding) -> tuple[Any, ...]:
    kolom = list(Kolom).index(b.kolom) if b.kolom else -1
    fase = b.fase.nummer if b.fase else 0
    code = b.activiteit or ""
    # the code itself breaks ties such as, so the order is total
    return (fase, b.activiteit is not None, _natuurlijk(code), code, kolom, b.regel, b.uitleg)


def bevindingen(activiteiten: Iterable[Activiteit]) -> tuple[Bevinding, ...]:
    """Every finding about a werkagenda's activities at once, in a fixed order.

    Errors (they block agreeing): a missing column (R-WA-1); a theme or PDCA step outside its
    phase (R-WA-3); an activity carried only by the sparring partner (R-WA-5); no prevention item
    (R-WA-6). Warnings: a phase's activity starting before any activity of an earlier phase has
    started, or a phase without activities (R-WA-2); a realised activity without evidence
    (R-WA-1). Dropped activities are left out. The result does not depend on the order of the
    activities. Prefer `gedragswerk_core.werkagenda.controleer`, which checks its argument.
    """
    actief = [a for a in activiteiten if a.status is not Uitvoeringsstatus.VERVALLEN]
    gevonden = [b for a in actief for b in _bij_activiteit(a)]
    gevonden += _volgorde(actief) + _bij_agenda(actief)
    return tuple(sorted(gevonden, key=_sorteersleutel))


# --- agreeing ------------------------------------------------------------------------------------

_BLOKKEREND: Final = (
    ("R-WA-1", "every activity fills all eight columns"),
    ("R-WA-3", "every theme and PDCA step lies in its own phase"),
    ("R-WA-5", "every activity is carried by at least one regional partner"),
    ("R-WA-6", "the werkagenda has a prevention item"),
)


def _per_blokkerende_regel(fouten: list[Bevinding]) -> list[Reden]:
    """One unmet reason per error, citing its rule; one met reason per rule without errors."""
    redenen: list[Reden] = []
    for regel, goed in _BLOKKEREND:
        eigen = [b for b in fouten if b.regel == regel]
        redenen += [Reden(regel, f"{b.plaats}: {b.uitleg}", False) for b in eigen]
        if not eigen:
            redenen.append(Reden(regel, goed, True))
    return redenen


def _regionale_instemming(partijen: tuple[Partij, ...]) -> Reden:
    regionaal = heeft_regionale_partij(partijen)
    uitleg = (
        "regional partners agree"
        if regionaal
        else "only the sparring partner agrees: the regional partners must agree"
    )
    return Reden("R-WA-5", uitleg, regionaal)


def _instemming_van_dragers(
    activiteiten: tuple[Activiteit, ...], partijen: tuple[Partij, ...]
) -> Reden:
    dragers = {
        p for a in activiteiten if a.status is not Uitvoeringsstatus.VERVALLEN for p in a.wie
    }
    ontbreekt = dragers - set(partijen)
    if not ontbreekt:
        return Reden("R-WA-5", "every party that carries an activity agrees", True)
    # Roles and a count, not names: a party's name can identify a pupil (a parent's surname),
    # and the reason must stay short whatever the names are.
    rollen = ", ".join(sorted({p.rol.value for p in ontbreekt}))
    een = len(ontbreekt) == 1
    return Reden(
        "R-WA-5",
        f"{len(ontbreekt)} part{'y' if een else 'ies'} carrying an activity "
        f"{'does' if een else 'do'} not agree (roles: {rollen}); every carrying party must agree",
        False,
    )


def instemmingsredenen(
    activiteiten: Iterable[Activiteit], partijen: tuple[Partij, ...]
) -> tuple[Reden, ...]:
    """Every rule weighed when ``partijen`` agree a werkagenda with these activities.

    One unmet reason per error of `bevindingen`, citing its rule (or one met reason per rule
    without errors); then R-WA-5 twice: a regional party agrees, and every party that carries an
    activity agrees (agreed by all involved). Warnings do not count. Prefer
    `gedragswerk_core.werkagenda.werkagenda.beoordeel_instemming`, which checks its arguments.
    """
    lijst = tuple(activiteiten)
    fouten = [b for b in bevindingen(lijst) if b.is_fout]
    return (
        *_per_blokkerende_regel(fouten),
        _regionale_instemming(partijen),
        _instemming_van_dragers(lijst, partijen),
    )
