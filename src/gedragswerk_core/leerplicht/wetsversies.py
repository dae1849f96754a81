"""The versions of the Leerplichtwet 1969 the library knows, with the dates they hold (R-LPW-13).

A status on a reference date uses the version in force that day (`wetsversie_op`) and names it
(`Leerplichtstatus.wetsversie`). Each version holds from its ``geldt_vanaf`` until the day before
the next version's; so a new version of the law is one dated row in `WETSVERSIES`, and the
version before it ends by itself. A version whose date of entry into force is not known yet (the
Wet terugdringen schoolverzuim) has ``geldt_vanaf=None`` and applies to no day.

Only the kwalificatieplicht changes what `leerplicht_status` computes; the other rows date the
rules of verzuim reporting (where the 16-hour report goes, the register) and art. 13a's wording,
whose thresholds are the same in every version seen (research notes of issue 23).

References:
    - Kwalificatieplicht (art. 4a-4c) since 1 August 2007: the version "geldend van 30-12-2005
      t/m 31-07-2007" has no §2a (https://wetten.overheid.nl/jci1.3:c:BWBR0002628&g=2006-07-01);
      Kamerstuk 33925 nr. 3: "sinds augustus 2007 bestaat er … een kwalificatieplicht"; the bill
      was Kamerstuk 30901.
    - Besluit Verzuimmelding (BWBR0027085), in force from 1 August 2009.
    - Stb. 2016, 487: primary and (v)so schools report relatief verzuim centrally (art. 21b)
      from 1 January 2017.
    - Stb. 2017, 80 (Kamerstuk 34607): art. 13a as in force from 1 July 2017.
    - Stb. 2022, 177: the meldingsregister relatief verzuim becomes part of the register
      onderwijsdeelnemers, intended from 1 January 2023 (secondary source; not confirmed).
    - Wet terugdringen schoolverzuim, Kamerstuk 36663: memorie van toelichting 26 November 2024,
      nota naar aanleiding van het verslag 22 May 2025; no Staatsblad or date of entry into force
      found; entry into force by Royal Decree (wetgevingskalender WGK014222).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Final, final

import pendulum
from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core._tijd import Datum, as_date

__all__ = ["WETSVERSIES", "Wetsversie", "wetsversie_op"]


@final
@frozen
class Wetsversie:
    """A version of the Leerplichtwet 1969 and the rules that hold in it (R-LPW-13).

    Attributes:
        id: a short, stable name, e.g. ``"lpw-2007-kwalificatieplicht"``.
        geldt_vanaf: the first day it holds; ``None`` for the first row (the law before the
            history the library ships) or for a version not yet in force.
        geldt_tot: the last day it holds (included); ``None`` while it is the latest in force.
        wijziging: what changed, in a sentence.
        bron: where the date and the change come from.
        kwalificatieplicht: whether art. 4a-4c (the kwalificatieplicht) hold in this version.

    Examples:
        >>> wetsversie_op(pendulum.date(2006, 1, 1)).kwalificatieplicht
        False
        >>> wetsversie_op(pendulum.date(2007, 8, 1)).id
        'lpw-2007-kwalificatieplicht'
    """

    id: str = field(validator=v.text(max_length=60))
    geldt_vanaf: pendulum.Date | None = field(converter=v.to_date, validator=v.optional_date)
    geldt_tot: pendulum.Date | None = field(converter=v.to_date, validator=v.optional_date)
    wijziging: str = field(validator=v.text(max_length=400))
    bron: str = field(validator=v.text(max_length=400))
    kwalificatieplicht: bool = field(validator=v.instance_of(bool))

    @property
    def in_werking(self) -> bool:
        """Whether the version has held on any day (``False``: announced, no date yet)."""
        return self.geldt_vanaf is not None or self.geldt_tot is not None

    def geldt_op(self, dag: Datum) -> bool:
        """Whether this version holds on ``dag``."""
        d = as_date(dag, "dag")
        return (
            self.in_werking
            and (self.geldt_vanaf is None or self.geldt_vanaf <= d)
            and (self.geldt_tot is None or d <= self.geldt_tot)
        )


_Rij = tuple[str, pendulum.Date | None, str, str, bool]
_D = pendulum.date
_RIJEN: Final[tuple[_Rij, ...]] = (
    # (id, geldt_vanaf, wijziging, bron, kwalificatieplicht); in order, those in force first.
    (
        "lpw-1969-voor-2007",
        None,
        "the Leerplichtwet before the kwalificatieplicht (partiële leerplicht not modelled)",
        "wetten.overheid.nl BWBR0002628, geldend van 30-12-2005 t/m 31-07-2007: no §2a",
        False,
    ),
    (
        "lpw-2007-kwalificatieplicht",
        _D(2007, 8, 1),
        "art. 4a-4c: kwalificatieplicht until 18 or a startkwalificatie",
        "Kamerstuk 30901; Kamerstuk 33925 nr. 3 ('sinds augustus 2007')",
        True,
    ),
    (
        "lpw-2009-besluit-verzuimmelding",
        _D(2009, 8, 1),
        "Besluit Verzuimmelding: the fields of a verzuim report (art. 21a lid 11)",
        "Besluit Verzuimmelding, BWBR0027085",
        True,
    ),
    (
        "lpw-2017-po-vso-centraal",
        _D(2017, 1, 1),
        "art. 21b: primary and (v)so schools report relatief verzuim centrally (DUO)",
        "Stb. 2016, 487",
        True,
    ),
    (
        "lpw-2017-art-13a",
        _D(2017, 7, 1),
        "art. 13a reworded ('op aanvraag'); its limits unchanged",
        "Stb. 2017, 80; Kamerstuk 34607",
        True,
    ),
    (
        "lpw-2023-register-onderwijsdeelnemers",
        _D(2023, 1, 1),
        "the meldingsregister relatief verzuim becomes part of the register onderwijsdeelnemers",
        "Stb. 2022, 177 (intended date, not confirmed)",
        True,
    ),
    (
        "wet-terugdringen-schoolverzuim",
        None,
        "Wet terugdringen schoolverzuim: no rule changed here until its text is final",
        "Kamerstuk 36663; entry into force by Royal Decree, no date known",
        True,
    ),
)


def _dateer(rijen: tuple[_Rij, ...]) -> tuple[Wetsversie, ...]:
    """Each version holds until the day before the next dated one; the undated stay undated."""
    eerste, *rest = rijen
    gedateerd = [eerste, *(r for r in rest if r[1] is not None)]
    versies = []
    for i, (naam, vanaf, wijziging, bron, kp) in enumerate(gedateerd):
        volgende = gedateerd[i + 1][1] if i + 1 < len(gedateerd) else None
        tot = None if volgende is None else volgende.subtract(days=1)
        versies.append(Wetsversie(naam, vanaf, tot, wijziging, bron, kp))
    versies.extend(Wetsversie(r[0], None, None, r[2], r[3], r[4]) for r in rest if r[1] is None)
    return tuple(versies)


WETSVERSIES: Final = _dateer(_RIJEN)
"""The versions, in force ones by date, then those announced without a date (R-LPW-13)."""


def wetsversie_op(dag: Datum) -> Wetsversie:
    """The version of the Leerplichtwet that holds on ``dag`` (R-LPW-13).

    Examples:
        >>> wetsversie_op(pendulum.date(2024, 6, 1)).id
        'lpw-2023-register-onderwijsdeelnemers'
    """
    return versie_op_ord(as_date(dag, "dag").toordinal())


_IN_WERKING: Final = tuple(vr for vr in WETSVERSIES if vr.in_werking)
_VANAF: Final = tuple(
    0 if vr.geldt_vanaf is None else vr.geldt_vanaf.toordinal() for vr in _IN_WERKING
)


def versie_op_ord(o: int) -> Wetsversie:
    """Private: `wetsversie_op` for a proleptic ordinal (the versions in force are contiguous)."""
    return _IN_WERKING[bisect_right(_VANAF, o) - 1]
