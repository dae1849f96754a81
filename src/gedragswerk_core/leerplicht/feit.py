"""Facts (feiten): what a rule of the Leerplichtwet establishes about a pupil on a reference date.

A `Reden` is a condition of a decision (`Besluit`): met or not, it decides whether an action is
allowed. The results of `leerplicht_status` and `beoordeel_verzuim` decide nothing; they explain
which rules apply and why, each as a `Feit`: the rule, what was found, and whether the rule
applies; and, like a `Reden`, the fact's stable code (``R-LPW-5.absoluut``), what it weighed as
data (`Gegeven`) and its text in Dutch, from the catalogue `gedragswerk_core.leerplicht.teksten`.
A plain frozen value, so its dict form is ``{"regel", "uitleg", "geldt", "code", "gegevens",
"nl"}``.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Mapping
from typing import final

from attrs import Factory, field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.besluit import Gegeven, Reden, Taal, Tekst, code_van_regel, gegevens_uit

__all__ = ["Feit", "feit_uit"]


@final
@frozen(cache_hash=True)
class Feit:
    """One fact a rule establishes, with its explanation.

    Attributes:
        regel: the rule id, e.g. ``"R-LPW-3"`` (the same word as `Reden.regel`).
        uitleg: what was found, with the dates and the law's article.
        geldt: whether the rule applies to the pupil on the reference date.
        code: the fact's stable code: the rule id and which fact of it, e.g.
            ``"R-LPW-5.absoluut"``; the rule id alone for a fact made without one.
        gegevens: what the fact weighed, as data (`Gegeven`: a date as ISO text, a yes/no).
        nl: the same fact in Dutch, from `gedragswerk_core.leerplicht.teksten`; ``None`` for a
            fact made without it (`tekst` then gives the English one).

    Examples:
        >>> print(Feit("R-LPW-3", "kwalificatieplicht 2016-08-01 t/m 2018-03-14", True))
        ✓ R-LPW-3: kwalificatieplicht 2016-08-01 t/m 2018-03-14
    """

    regel: str = field(validator=v.text(max_length=40))
    uitleg: str = field(validator=v.text(max_length=1000))
    geldt: bool = field(validator=v.instance_of(bool))
    code: str = field(
        default=Factory(lambda self: self.regel, takes_self=True),
        validator=code_van_regel,
        kw_only=True,
    )
    gegevens: tuple[Gegeven, ...] = field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(Gegeven), kw_only=True
    )
    nl: str | None = field(default=None, validator=v.optional_text(max_length=1000), kw_only=True)

    def tekst(self, taal: Taal = "nl") -> str:
        """What was found, in Dutch (the default) or English."""
        return self.nl if taal == "nl" and self.nl is not None else self.uitleg

    def __str__(self) -> str:
        """``✓ R-LPW-3: …`` when the rule applies, ``✗ R-LPW-3: …`` when not."""
        return f"{'✓' if self.geldt else '✗'} {self.regel}: {self.uitleg}"


def als_redenen(feiten: Iterable[Feit], waarde: str) -> tuple[Reden, ...]:
    """The deprecated ``redenen`` of ``waarde`` (0.1): its facts as `Reden` values; warns."""
    warnings.warn(
        f"{waarde}.redenen is deprecated; read .feiten (Feit values: geldt for voldaan)",
        DeprecationWarning,
        stacklevel=3,
    )
    return tuple(
        Reden(f.regel, f.uitleg, f.geldt, code=f.code, feiten=f.gegevens, nl=f.nl) for f in feiten
    )


def feit_uit(
    tekst: Tekst,
    code: str,
    geldt: bool,
    gegevens: Mapping[str, str | bool] | None = None,
    **invulling: str | Tekst,
) -> Feit:
    """The `Feit` ``code`` with ``tekst`` from the catalogue, its slots filled (see `reden_uit`).

    Examples:
        >>> t = Tekst("langdurig relatief verzuim sinds {sinds}", "langdurig relatief verzuim since {sinds}")
        >>> f = feit_uit(t, "R-LPW-5.langdurig_relatief", True, {"sinds": "2016-02-01"}, sinds="2016-02-01")
        >>> f.code, f.tekst(), f.tekst("en")
        ('R-LPW-5.langdurig_relatief', 'langdurig relatief verzuim sinds 2016-02-01', 'langdurig relatief verzuim since 2016-02-01')
    """  # noqa: E501
    gevuld = tekst.vul(**invulling)
    return Feit(
        code.split(".", 1)[0],
        gevuld.en,
        geldt,
        code=code,
        gegevens=gegevens_uit(gegevens),
        nl=gevuld.nl,
    )
