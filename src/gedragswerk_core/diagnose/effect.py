"""The effect of an intervention: two diagnoses compared, and shares over many interventions.

The aim of an intervention is to turn handelingsverlegenheid into handelingsbekwaamheid, and the
same three dimensions that diagnose the case measure the effect (R-KKW-3). `vergelijk` compares a
diagnosis before with one after, cell by cell (party × dimension, R-KKW-2); `meet_effect` counts,
over the comparisons of many interventions, in how many the knowledge (kennen), skills (kunnen)
and motivation (willen) improved — always with the denominator next to the share.

Only cells with a knelpunt on at least one side are compared: a cell in orde or onbekend on both
sides says nothing about handelingsverlegenheid. A cell is read with the later-recorded-wins rule
of `diagnose.diagnose`; a cell that was never assessed, or whose party does not appear in
one of the two diagnoses, reads as `Oordeel.ONBEKEND`.

References:
    - R-KKW-2: the matrix of party × dimension (seed 000).
    - R-KKW-3: the same dimensions measure the effect; the annual evaluation reports knowledge,
      skills and motivation (seed 000, seed 002 §3.3).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum, unique
from fractions import Fraction
from typing import final

from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.diagnose.diagnose import Diagnose, Dimensie, Oordeel
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.koppeling import Herbeoordeling, InterventieRef, als_interventieref
from gedragswerk_core.partijen import Partij

__all__ = ["Celwijziging", "Effect", "Verandering", "Vergelijking", "meet_effect", "vergelijk"]


@unique
class Verandering(Enum):
    """What happened to a knelpunt between two diagnoses of one case (R-KKW-3)."""

    OPGELOST = "opgelost"
    """A knelpunt before, in orde after: resolved."""
    NOG_OPEN = "nog_open"
    """A knelpunt before and after: still open."""
    NIEUW = "nieuw"
    """A knelpunt after that was not recorded as one before (in orde, onbekend, or absent)."""
    ONBEKEND = "onbekend"
    """A knelpunt before, not known after (not reassessed, or assessed as onbekend)."""


@final
@frozen
class Celwijziging:
    """One cell (party × dimension) with a knelpunt before, after, or both (R-KKW-2, R-KKW-3).

    The `verandering` is derived from ``voor`` and ``na``, so it cannot contradict them.
    """

    partij: Partij = field(validator=v.instance_of(Partij))
    dimensie: Dimensie = field(validator=v.instance_of(Dimensie))
    voor: Oordeel = field(validator=v.instance_of(Oordeel))
    na: Oordeel = field(validator=v.instance_of(Oordeel))

    def __attrs_post_init__(self) -> None:
        """A cell without a knelpunt on either side is not a change in handelingsverlegenheid."""
        if Oordeel.KNELPUNT not in (self.voor, self.na):
            raise InvalidValueError(
                "a compared cell has a knelpunt before, after, or both",
                field="Celwijziging.voor",
                regel="R-KKW-3",
                hint="cells in orde or onbekend on both sides are not listed",
            )

    @property
    def verandering(self) -> Verandering:
        """Resolved, still open, new, or no longer known."""
        if self.voor is not Oordeel.KNELPUNT:
            return Verandering.NIEUW
        if self.na is Oordeel.KNELPUNT:
            return Verandering.NOG_OPEN
        if self.na is Oordeel.IN_ORDE:
            return Verandering.OPGELOST
        return Verandering.ONBEKEND


@final
@frozen
class Vergelijking:
    """Two diagnoses of one case compared, cell by cell (R-KKW-3). Build it with `vergelijk`."""

    wijzigingen: tuple[Celwijziging, ...] = field(
        converter=v.to_tuple, validator=v.tuple_of(Celwijziging)
    )
    interventie: InterventieRef | None = field(
        default=None,
        kw_only=True,
        converter=als_interventieref,
        validator=v.optional_instance_of(InterventieRef),
    )
    """The intervention both diagnoses belong to, when known."""

    def herbeoordeling(self) -> Herbeoordeling:
        """The comparison in short, for the afronding to carry (R-KKW-3).

        Pass it to `gedragswerk_core.interventie.rond_af` as ``herbeoordeling``.

        Examples:
            >>> from gedragswerk_core import Partij, Rol
            >>> school = Partij("Het Lingecollege", Rol.SCHOOLLEIDER)
            >>> voor = Diagnose((school,)).met(school, Dimensie.KENNEN, Oordeel.KNELPUNT)
            >>> h = vergelijk(voor, voor.met(school, Dimensie.KENNEN, Oordeel.IN_ORDE)).herbeoordeling()
            >>> h.opgelost, h.verbeterd, h.is_handelingsbekwaam
            (1, ('kennen',), True)
        """  # noqa: E501
        return Herbeoordeling(
            len(self.opgelost),
            len(self.nog_open),
            len(self.nieuw),
            len(self.onbekend),
            tuple(d.value for d in Dimensie if self.is_verbeterd(d)),
            self.interventie,
        )

    def _met(self, soort: Verandering) -> tuple[Celwijziging, ...]:
        return tuple(w for w in self.wijzigingen if w.verandering is soort)

    @property
    def opgelost(self) -> tuple[Celwijziging, ...]:
        """The knelpunten resolved (knelpunt before, in orde after)."""
        return self._met(Verandering.OPGELOST)

    @property
    def nog_open(self) -> tuple[Celwijziging, ...]:
        """The knelpunten still open (knelpunt before and after)."""
        return self._met(Verandering.NOG_OPEN)

    @property
    def nieuw(self) -> tuple[Celwijziging, ...]:
        """The knelpunten that are new (a knelpunt after, not before)."""
        return self._met(Verandering.NIEUW)

    @property
    def onbekend(self) -> tuple[Celwijziging, ...]:
        """The knelpunten before whose state after is not known."""
        return self._met(Verandering.ONBEKEND)

    @property
    def is_ongewijzigd(self) -> bool:
        """Whether nothing changed: no knelpunt resolved, new, or lost from view."""
        return all(w.verandering is Verandering.NOG_OPEN for w in self.wijzigingen)

    def had_knelpunt(self, dimensie: Dimensie) -> bool:
        """Whether any party had a knelpunt on ``dimensie`` before.

        Raises:
            InvalidValueError: ``dimensie`` is not a `Dimensie`.
        """
        v.require(dimensie, Dimensie, "dimensie")
        return any(w.dimensie is dimensie and w.voor is Oordeel.KNELPUNT for w in self.wijzigingen)

    def is_verbeterd(self, dimensie: Dimensie) -> bool:
        """Whether ``dimensie`` improved: a knelpunt on it resolved and no new one appeared.

        A problem that only moved from one party to another is not an improvement.

        Raises:
            InvalidValueError: ``dimensie`` is not a `Dimensie`.
        """
        v.require(dimensie, Dimensie, "dimensie")
        eigen = [w.verandering for w in self.wijzigingen if w.dimensie is dimensie]
        return Verandering.OPGELOST in eigen and Verandering.NIEUW not in eigen


def _cel(d: Diagnose, partij: Partij, dimensie: Dimensie) -> Oordeel:
    return d.oordeel(partij, dimensie) if partij in d.partijen else Oordeel.ONBEKEND


def vergelijk(voor: Diagnose, na: Diagnose) -> Vergelijking:
    """Compare a diagnosis before with one after, per party and dimension (R-KKW-3).

    Parties are taken in the order of ``voor``, then those only in ``na``. A party that left the
    case reads as onbekend after; a party that joined reads as onbekend before. The comparison
    belongs to the intervention of either diagnosis; two different ones are refused (R-KKW-3).

    Examples:
        >>> from gedragswerk_core import Partij, Rol
        >>> school = Partij("Het Lingecollege", Rol.SCHOOLLEIDER)
        >>> voor = Diagnose((school,)).met(school, Dimensie.KENNEN, Oordeel.KNELPUNT)
        >>> na = voor.met(school, Dimensie.KENNEN, Oordeel.IN_ORDE)
        >>> [(w.dimensie.value, w.verandering.value) for w in vergelijk(voor, na).wijzigingen]
        [('kennen', 'opgelost')]

    Raises:
        InvalidValueError: either argument is not a `Diagnose`, or they belong to two
            different interventions.
    """
    v.require(voor, Diagnose, "voor")
    v.require(na, Diagnose, "na")
    refs = {d.interventie for d in (voor, na)} - {None}
    if len(refs) > 1:
        raise InvalidValueError(
            "the two diagnoses belong to different interventions",
            field="na.interventie",
            regel="R-KKW-3",
            hint="compare the diagnoses of one intervention, before and after",
        )
    eerder = set(voor.partijen)
    partijen = (*voor.partijen, *(p for p in na.partijen if p not in eerder))
    wijzigingen = []
    for p in partijen:
        for d in Dimensie:
            oud, nieuw = _cel(voor, p, d), _cel(na, p, d)
            if Oordeel.KNELPUNT in (oud, nieuw):
                wijzigingen.append(Celwijziging(p, d, oud, nieuw))
    return Vergelijking(tuple(wijzigingen), interventie=next(iter(refs), None))


@final
@frozen
class Effect:
    """How often one dimension improved, over many interventions (R-KKW-3).

    The share is ``verbeterd / met_knelpunt``: only interventions that had a knelpunt on the
    dimension before can improve on it. ``vergelijkingen`` says how many were counted at all.

    Attributes:
        dimensie: the dimension counted.
        vergelijkingen: the number of comparisons (interventions) counted.
        met_knelpunt: of those, how many had a knelpunt on ``dimensie`` before (the denominator).
        verbeterd: of those, how many improved (`Vergelijking.is_verbeterd`; the numerator).
    """

    dimensie: Dimensie = field(validator=v.instance_of(Dimensie))
    vergelijkingen: int = field(validator=v.aantal)
    met_knelpunt: int = field(validator=v.aantal)
    verbeterd: int = field(validator=v.aantal)

    def __attrs_post_init__(self) -> None:
        """Keep ``verbeterd ≤ met_knelpunt ≤ vergelijkingen``."""
        if not self.verbeterd <= self.met_knelpunt <= self.vergelijkingen:
            raise InvalidValueError(
                "the counts must satisfy verbeterd ≤ met_knelpunt ≤ vergelijkingen",
                field="Effect.met_knelpunt",
                regel="R-KKW-3",
            )

    @property
    def aandeel(self) -> Fraction | None:
        """``verbeterd / met_knelpunt`` exactly, or ``None`` when nothing could improve."""
        if self.met_knelpunt == 0:
            return None
        return Fraction(self.verbeterd, self.met_knelpunt)

    def __str__(self) -> str:
        """``kennen (knowledge): improved in 3 of 4 with a knelpunt (75.0%); 5 compared``."""
        aandeel = self.aandeel
        procent = "n/a" if aandeel is None else f"{float(aandeel) * 100:.1f}%"
        return (
            f"{self.dimensie.value} ({self.dimensie.effect}): improved in {self.verbeterd} "
            f"of {self.met_knelpunt} with a knelpunt ({procent}); {self.vergelijkingen} compared"
        )


def meet_effect(vergelijkingen: Iterable[Vergelijking]) -> tuple[Effect, ...]:
    """Per dimension, in how many interventions it improved, with explicit denominators (R-KKW-3).

    Pass one `Vergelijking` per intervention (from `vergelijk`). Returns three `Effect` values,
    for kennen, kunnen and willen.

    Examples:
        >>> from gedragswerk_core import Partij, Rol
        >>> school = Partij("Het Lingecollege", Rol.SCHOOLLEIDER)
        >>> voor = Diagnose((school,)).met(school, Dimensie.KENNEN, Oordeel.KNELPUNT)
        >>> beter = vergelijk(voor, voor.met(school, Dimensie.KENNEN, Oordeel.IN_ORDE))
        >>> print(meet_effect([beter, vergelijk(voor, voor)])[0])
        kennen (knowledge): improved in 1 of 2 with a knelpunt (50.0%); 2 compared

    Raises:
        InvalidValueError: not an iterable of `Vergelijking` values.
    """
    lijst = v.require_items(
        vergelijkingen,
        Vergelijking,
        "vergelijkingen",
        hint="compare two diagnoses with vergelijk(voor, na) first",
    )
    return tuple(
        Effect(
            d,
            len(lijst),
            sum(1 for x in lijst if x.had_knelpunt(d)),
            sum(1 for x in lijst if x.is_verbeterd(d)),  # implies a knelpunt before
        )
        for d in Dimensie
    )
