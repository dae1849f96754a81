"""A share (aandeel): a count out of a stated whole, kept exact, with a rounded percentage to show.

Reports state shares ("112 of the 178 interventions, 63%"). A share read without its
denominator misleads, so an `Aandeel` always carries the two whole numbers and a description of
what the denominator counts ("interventions carried out in the school year", "respondents for whom
cooperation was at issue"). The exact value is a `fractions.Fraction`; the percentage for display
is rounded half up (0.5 away from zero) to the number of decimals asked, computed from the exact
fraction so it never suffers from binary floating point.

References:
    - R-RAP: the annual figures and the evaluation shares (seed 002 §3.1.1, §3.3).
    - R-KKW-3: the evaluation reports knowledge, skills and motivation as shares (seed 002 §3.3).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import final

from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.errors import InvalidValueError

__all__ = ["Aandeel"]

_MAX_DECIMALEN = 10


@final
@frozen
class Aandeel:
    """``teller`` out of ``noemer``, where ``noemer_omschrijving`` says what the whole is.

    Attributes:
        teller: the count (numerator), at most ``noemer``.
        noemer: the whole it is counted out of (denominator); 0 when there was nothing to count.
        noemer_omschrijving: what the denominator counts, in plain English.

    Examples:
        >>> afgerond = Aandeel(112, 178, "interventions carried out in the school year")
        >>> afgerond.fraction, afgerond.percentage(0), afgerond.procent
        (Fraction(56, 89), Decimal('63'), Decimal('62.9'))
        >>> print(afgerond)
        112 of 178 interventions carried out in the school year (62.9%)
    """

    teller: int = field(validator=v.aantal)
    noemer: int = field(validator=v.aantal)
    noemer_omschrijving: str = field(validator=v.text(max_length=200))

    def __attrs_post_init__(self) -> None:
        """A share cannot count more than its whole."""
        if self.teller > self.noemer:
            raise InvalidValueError(
                "the teller cannot be larger than the noemer",
                field="Aandeel.teller",
                regel="R-RAP",
                hint="count the numerator within the population the denominator counts",
            )

    @property
    def fraction(self) -> Fraction | None:
        """``teller / noemer`` exactly, or ``None`` when the noemer is 0 (nothing to count)."""
        return Fraction(self.teller, self.noemer) if self.noemer else None

    def percentage(self, decimalen: int = 1) -> Decimal | None:
        """The share in percent, rounded half up to ``decimalen`` decimals (``None`` for 0 of 0).

        Raises:
            InvalidValueError: ``decimalen`` is not a whole number from 0 to 10.
        """
        v.require_whole(
            decimalen,
            "decimalen",
            maximum=_MAX_DECIMALEN,
            hint="e.g. percentage(1) for one decimal",
        )
        if not self.noemer:
            return None
        # floor(x + 1/2) on the exact value: half up, no floating point involved.
        geschaald = (2 * self.teller * 100 * 10**decimalen + self.noemer) // (2 * self.noemer)
        return Decimal(geschaald).scaleb(-decimalen)

    @property
    def procent(self) -> Decimal | None:
        """The percentage rounded half up to one decimal, for display (``None`` for 0 of 0)."""
        return self.percentage(1)

    def __add__(self, other: object) -> Aandeel:
        """Two shares of the same kind of whole, counted over two parts: counts add up.

        Raises:
            InvalidValueError: ``other`` is not an `Aandeel` of the same ``noemer_omschrijving``.
        """
        other = v.require(other, Aandeel, "other", hint="add two Aandeel values of the same figure")
        if other.noemer_omschrijving != self.noemer_omschrijving:
            raise InvalidValueError(
                "only shares of the same kind of whole can be added",
                field="Aandeel.noemer_omschrijving",
                hint="add the counts of the same figure for two parts of one population",
            )
        return Aandeel(
            self.teller + other.teller, self.noemer + other.noemer, self.noemer_omschrijving
        )

    def __str__(self) -> str:
        """``63 of 87 respondents who answered (72.4%)``."""
        procent = self.procent
        tekst = "n/a" if procent is None else f"{procent}%"
        return f"{self.teller} of {self.noemer} {self.noemer_omschrijving} ({tekst})"
