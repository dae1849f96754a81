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
from attrs import Factory, field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.besluit import Reden, Taal, Tekst, code_van_regel, reden_uit, verbind
from gedragswerk_core.partijen import Partij, heeft_regionale_partij
from gedragswerk_core.werkagenda.activiteit import (
    Activiteit,
    Fase,
    Kolom,
    Uitvoeringsstatus,
)
from gedragswerk_core.werkagenda.teksten import TEKSTEN, tekst

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
        code: the finding's stable code, e.g. ``"R-WA-1.kolommen"`` (see
            `gedragswerk_core.werkagenda.teksten`); the rule id alone for a finding made by
            hand without one.
        nl: the same finding in Dutch, from the werkagenda's text catalogue; ``None`` for a
            finding made by hand without it (`tekst` then gives the English one).
    """

    regel: str = field(validator=v.text(max_length=40))
    ernst: Ernst = field(validator=v.instance_of(Ernst))
    uitleg: str = field(validator=v.text(max_length=1000))
    fase: Fase | None = field(default=None, validator=v.optional_instance_of(Fase))
    activiteit: str | None = field(default=None, validator=v.optional_text(max_length=40))
    kolom: Kolom | None = field(default=None, validator=v.optional_instance_of(Kolom))
    code: str = field(
        default=Factory(lambda self: self.regel, takes_self=True),
        validator=code_van_regel,
        kw_only=True,
    )
    nl: str | None = field(default=None, validator=v.optional_text(max_length=1000), kw_only=True)

    @classmethod
    def uit(
        cls,
        code: str,
        ernst: Ernst,
        gevonden: Tekst,
        *,
        fase: Fase | None = None,
        activiteit: str | None = None,
        kolom: Kolom | None = None,
    ) -> Bevinding:
        """The finding ``code`` with its text ``gevonden`` from the catalogue, in both languages."""
        regel = code.split(".", 1)[0]
        return cls(regel, ernst, gevonden.en, fase, activiteit, kolom, code=code, nl=gevonden.nl)

    def tekst(self, taal: Taal = "nl") -> str:
        """What was found, in Dutch (the default) or English."""
        return self.nl if taal == "nl" and self.nl is not None else self.uitleg

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


def _ontbreekt(a: Activiteit, kolom: Kolom) -> Tekst:
    gevonden = tekst(f"R-WA-1.kolommen/{kolom.value}")
    if kolom is Kolom.FASE and a.thema is not None:
        fase = tekst("R-WA-1.kolommen/thema_hoort_bij", fase=a.thema.fase.label)
        gevonden = verbind((gevonden, fase), "")
    return gevonden


def _thema_buiten_fase(a: Activiteit) -> Tekst | None:
    if a.fase is None or a.thema is None or a.thema.fase is a.fase:
        return None
    keuze = ", ".join(t.label for t in a.fase.themas)
    return tekst("R-WA-3.thema/", thema=a.thema.label, fase=a.thema.fase.label, keuze=keuze)


def _pdca_buiten_fase(a: Activiteit) -> Tekst | None:
    if a.pdca is None or a.fase in (None, Fase.ACTIVEREN):
        return None
    return tekst("R-WA-3.pdca/")


def _alleen_sparringpartner(a: Activiteit) -> Tekst | None:
    if not a.wie or heeft_regionale_partij(a.wie):
        return None
    return tekst("R-WA-5.drager/")


def _zonder_bewijs(a: Activiteit) -> Tekst | None:
    if a.status is not Uitvoeringsstatus.GEREALISEERD or a.bewijs is not None:
        return None
    return tekst("R-WA-1.bewijs/")


_PER_ACTIVITEIT: Final[
    tuple[tuple[str, Kolom, Ernst, Callable[[Activiteit], Tekst | None]], ...]
] = (
    ("R-WA-3.thema", Kolom.THEMA, Ernst.FOUT, _thema_buiten_fase),
    ("R-WA-3.pdca", Kolom.PDCA, Ernst.FOUT, _pdca_buiten_fase),
    ("R-WA-5.drager", Kolom.WIE, Ernst.FOUT, _alleen_sparringpartner),
    ("R-WA-1.bewijs", Kolom.BEWIJS, Ernst.WAARSCHUWING, _zonder_bewijs),
)
"""The checks of one activity besides its missing columns: code, column, weight, the check.

A check returns what is wrong (and how to fix it), or ``None`` when the activity passes.
"""


def _bij_activiteit(a: Activiteit) -> list[Bevinding]:
    gevonden = [
        Bevinding.uit(
            "R-WA-1.kolommen",
            Ernst.FOUT,
            _ontbreekt(a, kolom),
            fase=a.fase,
            activiteit=a.code,
            kolom=kolom,
        )
        for kolom in a.ontbrekende_kolommen
    ]
    for code, kolom, ernst, check in _PER_ACTIVITEIT:
        wat = check(a)
        if wat is not None:
            gevonden.append(
                Bevinding.uit(code, ernst, wat, fase=a.fase, activiteit=a.code, kolom=kolom)
            )
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
            wat = tekst(
                "R-WA-2.volgorde/",
                begin=a.wanneer.begin.isoformat(),
                fase=te_vroeg.label,
                eerste=eerste[te_vroeg].isoformat(),
            )
            gevonden.append(
                Bevinding.uit(
                    "R-WA-2.volgorde",
                    Ernst.WAARSCHUWING,
                    wat,
                    fase=a.fase,
                    activiteit=a.code,
                    kolom=Kolom.WANNEER,
                )
            )
    return gevonden


def _bij_agenda(actief: list[Activiteit]) -> list[Bevinding]:
    gevonden = []
    if not any(a.preventief for a in actief):  # R-WA-6
        gevonden.append(
            Bevinding.uit(
                "R-WA-6.preventie",
                Ernst.FOUT,
                tekst("R-WA-6.preventie/"),
                kolom=Kolom.PREVENTIE,
            )
        )
    bezet = {a.fase for a in actief}
    gevonden.extend(
        Bevinding.uit("R-WA-2.fasen", Ernst.WAARSCHUWING, tekst("R-WA-2.fasen/"), fase=fase)
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

_BLOKKEREND: Final = ("R-WA-1.kolommen", "R-WA-3.fase", "R-WA-5.drager", "R-WA-6.preventie")
"""The conditions of agreeing that errors block: one per rule, in the order of the rules."""


def _onvoldaan(code: str, b: Bevinding) -> Reden:
    wat = Tekst(b.tekst("nl"), b.uitleg)
    plaats = {"activiteit": b.activiteit, "kolom": b.kolom.value if b.kolom else None}
    feiten: dict[str, str | bool] = {"bevinding": b.code}
    feiten.update((naam, w) for naam, w in plaats.items() if w is not None)
    return reden_uit(TEKSTEN["bevinding"], code, False, feiten, plaats=b.plaats, bevinding=wat)


def _per_blokkerende_regel(fouten: list[Bevinding]) -> list[Reden]:
    """One unmet reason per error, citing its rule; one met reason per rule without errors."""
    redenen: list[Reden] = []
    for code in _BLOKKEREND:
        regel = code.split(".", 1)[0]
        eigen = [_onvoldaan(code, b) for b in fouten if b.regel == regel]
        redenen += eigen or [_VOLDAAN[code]]
    return redenen


_VOLDAAN: Final = {code: reden_uit(TEKSTEN[f"{code}/ja"], code, True) for code in _BLOKKEREND}
_REGIONAAL: Final = {
    ja: reden_uit(
        TEKSTEN["R-WA-5.instemming/" + ("ja" if ja else "nee")],
        "R-WA-5.instemming",
        ja,
        {"regionaal": ja},
    )
    for ja in (False, True)
}


def _regionale_instemming(partijen: tuple[Partij, ...]) -> Reden:
    return _REGIONAAL[heeft_regionale_partij(partijen)]


def _instemming_van_dragers(
    activiteiten: tuple[Activiteit, ...], partijen: tuple[Partij, ...]
) -> Reden:
    dragers = {
        p for a in activiteiten if a.status is not Uitvoeringsstatus.VERVALLEN for p in a.wie
    }
    ontbreekt = dragers - set(partijen)
    if not ontbreekt:
        return _DRAGERS_AKKOORD
    # Roles and a count, not names: a party's name can identify a pupil (a parent's surname),
    # and the reason must stay short whatever the names are.
    rollen = ", ".join(sorted({p.rol.value for p in ontbreekt}))
    aantal = str(len(ontbreekt))
    sleutel = "R-WA-5.dragers/nee_" + ("een" if aantal == "1" else "meer")
    feiten: dict[str, str | bool] = {"aantal": aantal, "rollen": rollen}
    return reden_uit(
        TEKSTEN[sleutel], "R-WA-5.dragers", False, feiten, aantal=aantal, rollen=rollen
    )


_DRAGERS_AKKOORD: Final = reden_uit(
    TEKSTEN["R-WA-5.dragers/ja"], "R-WA-5.dragers", True, {"dragers": True}
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
