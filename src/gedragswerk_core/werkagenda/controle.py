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
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import Enum, unique
from typing import Any, Final, final

import pendulum
from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.besluit import Reden
from gedragswerk_core.partijen import Partij, Rol
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


def _regionaal(partijen: Iterable[Partij]) -> bool:
    return any(p.rol is not Rol.SPARRING_PARTNER for p in partijen)


def _bij_activiteit(a: Activiteit) -> list[Bevinding]:
    def fout(regel: str, uitleg: str, kolom: Kolom, ernst: Ernst = Ernst.FOUT) -> Bevinding:
        return Bevinding(regel, ernst, uitleg, a.fase, a.code, kolom)

    gevonden = []
    for kolom in a.ontbrekende_kolommen:  # R-WA-1
        uitleg = _WAT_ONTBREEKT[kolom]
        if kolom is Kolom.FASE and a.thema is not None:
            uitleg += f"; its theme belongs to {a.thema.fase.label}"
        gevonden.append(fout("R-WA-1", uitleg, kolom))
    if a.fase is not None and a.thema is not None and a.thema.fase is not a.fase:  # R-WA-3
        gevonden.append(
            fout(
                "R-WA-3",
                f"the theme '{a.thema.label}' belongs to {a.thema.fase.label}, not to this "
                f"phase; choose one of: {', '.join(t.label for t in a.fase.themas)}",
                Kolom.THEMA,
            )
        )
    if a.pdca is not None and a.fase is not None and a.fase is not Fase.ACTIVEREN:  # R-WA-3
        gevonden.append(
            fout("R-WA-3", "a Plan-Do-Check-Act step belongs to 5. Activeren", Kolom.PDCA)
        )
    if a.wie and not _regionaal(a.wie):  # R-WA-5
        gevonden.append(
            fout(
                "R-WA-5",
                "only the sparring partner carries it: a regional partner must carry it out, "
                "Gedragswerk supports",
                Kolom.WIE,
            )
        )
    if a.status is Uitvoeringsstatus.GEREALISEERD and a.bewijs is None:  # R-WA-1
        gevonden.append(
            fout(
                "R-WA-1",
                "realised without evidence of its concrete result: record the evidence",
                Kolom.BEWIJS,
                Ernst.WAARSCHUWING,
            )
        )
    return gevonden


def _volgorde(actief: list[Activiteit]) -> list[Bevinding]:
    """R-WA-2: a phase's activity should not start before any activity of an earlier phase."""
    eerste: dict[Fase, pendulum.Date] = {}
    for a in actief:
        if a.fase is not None and a.wanneer is not None:
            eerste[a.fase] = min(a.wanneer.begin, eerste.get(a.fase, a.wanneer.begin))
    gevonden = []
    for a in actief:
        if a.fase is None or a.wanneer is None:
            continue
        eerder = [f for f in _FASEN_OP_VOLGORDE[: a.fase.nummer - 1] if f in eerste]
        te_vroeg = next((f for f in eerder if a.wanneer.begin < eerste[f]), None)
        if te_vroeg is not None:
            gevonden.append(
                Bevinding(
                    "R-WA-2",
                    Ernst.WAARSCHUWING,
                    f"starts on {a.wanneer.begin.isoformat()}, before any activity of "
                    f"{te_vroeg.label} has started ({eerste[te_vroeg].isoformat()}); the "
                    "phases follow each other in order",
                    a.fase,
                    a.code,
                    Kolom.WANNEER,
                )
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

_TOON: Final = 5  # parties named in a reason; the rest are counted
_BLOKKEREND: Final = (
    ("R-WA-1", "every activity fills all eight columns"),
    ("R-WA-3", "every theme and PDCA step lies in its own phase"),
    ("R-WA-5", "every activity is carried by at least one regional partner"),
    ("R-WA-6", "the werkagenda has a prevention item"),
)


def _partijtekst(p: Partij) -> str:
    return f"{p.naam} ({p.rol.value.replace('_', ' ')})"


def instemmingsredenen(
    activiteiten: Iterable[Activiteit], partijen: tuple[Partij, ...]
) -> tuple[Reden, ...]:
    """Every rule weighed when ``partijen`` agree a werkagenda with these activities.

    One unmet reason per error of `bevindingen`, citing its rule (or one met reason per rule
    without errors); then R-WA-5 twice: a regional party agrees, and every party that carries an
    activity agrees (agreed by all involved). Warnings do not count. Prefer
    `gedragswerk_core.werkagenda.werkagenda.beoordeel_instemming`, which checks its arguments.
    """
    lijst_activiteiten = tuple(activiteiten)
    fouten = [b for b in bevindingen(lijst_activiteiten) if b.is_fout]
    redenen: list[Reden] = []
    for regel, goed in _BLOKKEREND:
        eigen = [b for b in fouten if b.regel == regel]
        redenen += [Reden(regel, f"{b.plaats}: {b.uitleg}", False) for b in eigen]
        if not eigen:
            redenen.append(Reden(regel, goed, True))
    regionaal = _regionaal(partijen)
    redenen.append(
        Reden(
            "R-WA-5",
            "regional partners agree"
            if regionaal
            else "only the sparring partner agrees: the regional partners must agree",
            regionaal,
        )
    )
    dragers = {
        p for a in lijst_activiteiten if a.status is not Uitvoeringsstatus.VERVALLEN for p in a.wie
    }
    # Roles and a count, not names: a party's name can identify a pupil (a parent's surname),
    # and the reason must stay short whatever the names are.
    ontbreekt = dragers - set(partijen)
    rollen = sorted({p.rol.value for p in ontbreekt})
    redenen.append(
        Reden(
            "R-WA-5",
            f"{len(ontbreekt)} part{'y' if len(ontbreekt) == 1 else 'ies'} carrying an activity "
            f"{'does' if len(ontbreekt) == 1 else 'do'} not agree (roles: {', '.join(rollen)}); "
            "every carrying party must agree"
            if ontbreekt
            else "every party that carries an activity agrees",
            not ontbreekt,
        )
    )
    return tuple(redenen)
