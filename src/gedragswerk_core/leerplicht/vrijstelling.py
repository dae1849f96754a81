"""Vrijstellingen: the grounds on which the Leerplichtwet frees a pupil, each with its article.

Four kinds, because they act on different duties:

* *inschrijving* — free from the duty to be enrolled at all (art. 5, 5a, 15): a pupil with such
  a vrijstelling who is not enrolled is not in absoluut verzuim;
* *schoolbezoek* — free from regular attendance on given days (art. 11, 11a): authorised absence,
  which does not count as verzuim;
* *vervangende leerplicht* — the duty is met in another way (art. 3a, 3b);
* *uitzondering* — deprecated (0.2): art. 4a lid 2 is an exception to the kwalificatieplicht
  itself, not a vrijstelling; pass it to `leerplicht_status` as ``praktijkonderwijs_of_vso``.

An art. 11a vrijstelling (under six) has hours: at most five a week on the parents' notice
(lid 1), at most five more with the head's leave (lid 2), so at most ten; it holds only until
the day before the sixth birthday, whatever its ``einde`` (`leerplicht_status` applies that).

References:
    - R-LPW-7, verified in the text of the Leerplichtwet 1969 (BWBR0002628) as mirrored from
      wetten.overheid.nl (repository statengeneraal/laws-markdown, version of about 2015):
      art. 5 onder a, b, c; art. 5a; art. 15; art. 11 onder a-g; art. 11a; art. 13a lid 2
      (holiday leave: once, at most ten days a school year, not in the first two lesweken);
      art. 14 lid 3 (other important circumstances: the head decides up to ten days a school
      year, above that the leerplichtambtenaar); art. 3a, 3b; art. 4a lid 2 ("geldt niet").
    - Art. 11a lid 1 ("de jongere die nog niet de leeftijd van zes jaar heeft bereikt", at most
      five hours a week) and lid 2 (the head: at most five hours a week more); the same on
      school sites (https://www.taaltuinschiedam.nl/onze-ouders/leerplicht/).
"""

from __future__ import annotations

import warnings
from enum import Enum, unique
from typing import Final, final

import pendulum
from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core._tijd import Datum, as_date
from gedragswerk_core.errors import InvalidValueError

__all__ = [
    "Beslisser",
    "Vrijstelling",
    "Vrijstellingsgrond",
    "Vrijstellingssoort",
    "beslisser_verlof",
]

_WET: Final = "BWBR0002628"
_MAX_DAGEN_HOOFD: Final = 10  # art. 13a lid 2 and art. 14 lid 3
UREN_11A_LID_1: Final = 5  # art. 11a lid 1: at most five hours a week on the parents' notice
UREN_11A_MAX: Final = 10  # art. 11a lid 2: at most five more with the head's leave


@unique
class Vrijstellingssoort(Enum):
    """Which duty a vrijstelling acts on (R-LPW-7)."""

    INSCHRIJVING = "inschrijving"
    """Free from the duty to be enrolled (art. 5, 5a, 15)."""
    SCHOOLBEZOEK = "schoolbezoek"
    """Free from regular attendance: authorised absence (art. 11, 11a)."""
    VERVANGENDE_LEERPLICHT = "vervangende_leerplicht"
    """The duty is met by another programme (art. 3a, 3b)."""
    UITZONDERING = "uitzondering"
    """Deprecated (0.2): art. 4a lid 2 is no vrijstelling (see `Vrijstellingsgrond`)."""


@unique
class Vrijstellingsgrond(Enum):
    """A ground for vrijstelling in the Leerplichtwet, with its article (R-LPW-7)."""

    LICHAMELIJK_OF_PSYCHISCH = "lichamelijk_of_psychisch"
    """Not fit, on physical or psychological grounds, to be admitted to a school (art. 5 a)."""
    RICHTINGBEZWAAR = "richtingbezwaar"
    """Objection to the direction of every school within reasonable distance (art. 5 b)."""
    SCHOOL_BUITENLAND = "school_buitenland"
    """Enrolled at, and attending, a school outside the Netherlands (art. 5 c)."""
    TREKKEND_BESTAAN = "trekkend_bestaan"
    """Travelling with parents who lead a travelling life (art. 5a)."""
    ANDER_ONDERWIJS = "ander_onderwijs"
    """Kwalificatieplicht met by enough other education, granted by the municipality (art. 15)."""
    SCHOOL_GESLOTEN = "school_gesloten"
    """The school is closed or teaching is suspended (art. 11 a)."""
    BEZOEK_VERBODEN = "bezoek_verboden"
    """Attending is forbidden by generally binding rules (art. 11 b)."""
    TUCHTMAATREGEL = "tuchtmaatregel"
    """Temporarily refused access as a disciplinary measure, e.g. a schorsing (art. 11 c)."""
    ZIEKTE = "ziekte"
    """Illness (art. 11 d; reported within two days, art. 12)."""
    GODSDIENST = "godsdienst"
    """Duties of religion or belief (art. 11 e; notified two days ahead, art. 13)."""
    VAKANTIE_BEROEP = "vakantie_beroep"
    """Holiday outside the school holidays because of a parent's job (art. 11 f, art. 13a)."""
    GEWICHTIGE_OMSTANDIGHEDEN = "gewichtige_omstandigheden"
    """Other important circumstances, with leave granted (art. 11 g, art. 14)."""
    JONGER_DAN_ZES = "jonger_dan_zes"
    """Under six: up to five hours a week, plus five more with the head's leave (art. 11a)."""
    VERVANGENDE_LEERPLICHT = "vervangende_leerplicht"
    """From 14, a programme with practical work at the school (art. 3a)."""
    VERVANGENDE_LEERPLICHT_LAATSTE_JAAR = "vervangende_leerplicht_laatste_jaar"
    """The last school year of leerplicht at an instelling instead of a school (art. 3b)."""
    PRAKTIJKONDERWIJS_OF_VSO = "praktijkonderwijs_of_vso"
    """Deprecated (0.2; kept so that old data reads): art. 4a lid 2 says the kwalificatieplicht
    "geldt niet", an exception to the duty, not a vrijstelling. Pass the day of the certificate
    to `leerplicht_status` as ``praktijkonderwijs_of_vso``; a `Vrijstelling` on this ground
    warns and is read as that."""

    @property
    def artikel(self) -> str:
        """The article, e.g. ``"BWBR0002628 art. 5 onder a"``."""
        return f"{_WET} art. {_ARTIKEL[self]}"

    @property
    def soort(self) -> Vrijstellingssoort:
        """Which duty this ground acts on."""
        return _SOORT[self]

    @property
    def voor_leerplicht(self) -> bool:
        """Whether the ground applies during volledige leerplicht."""
        return self not in _ALLEEN_KWALIFICATIEPLICHT

    @property
    def voor_kwalificatieplicht(self) -> bool:
        """Whether the ground applies during kwalificatieplicht."""
        return self not in _ALLEEN_LEERPLICHT


_G = Vrijstellingsgrond
_ARTIKEL: Final = {
    _G.LICHAMELIJK_OF_PSYCHISCH: "5 onder a",
    _G.RICHTINGBEZWAAR: "5 onder b",
    _G.SCHOOL_BUITENLAND: "5 onder c",
    _G.TREKKEND_BESTAAN: "5a",
    _G.ANDER_ONDERWIJS: "15",
    _G.SCHOOL_GESLOTEN: "11 onder a",
    _G.BEZOEK_VERBODEN: "11 onder b",
    _G.TUCHTMAATREGEL: "11 onder c",
    _G.ZIEKTE: "11 onder d",
    _G.GODSDIENST: "11 onder e",
    _G.VAKANTIE_BEROEP: "11 onder f en 13a",
    _G.GEWICHTIGE_OMSTANDIGHEDEN: "11 onder g en 14",
    _G.JONGER_DAN_ZES: "11a",
    _G.VERVANGENDE_LEERPLICHT: "3a",
    _G.VERVANGENDE_LEERPLICHT_LAATSTE_JAAR: "3b",
    _G.PRAKTIJKONDERWIJS_OF_VSO: "4a lid 2",
}
_SOORT: Final = {
    **dict.fromkeys(
        (
            _G.LICHAMELIJK_OF_PSYCHISCH,
            _G.RICHTINGBEZWAAR,
            _G.SCHOOL_BUITENLAND,
            _G.TREKKEND_BESTAAN,
            _G.ANDER_ONDERWIJS,
        ),
        Vrijstellingssoort.INSCHRIJVING,
    ),
    **dict.fromkeys(
        (
            _G.SCHOOL_GESLOTEN,
            _G.BEZOEK_VERBODEN,
            _G.TUCHTMAATREGEL,
            _G.ZIEKTE,
            _G.GODSDIENST,
            _G.VAKANTIE_BEROEP,
            _G.GEWICHTIGE_OMSTANDIGHEDEN,
            _G.JONGER_DAN_ZES,
        ),
        Vrijstellingssoort.SCHOOLBEZOEK,
    ),
    _G.VERVANGENDE_LEERPLICHT: Vrijstellingssoort.VERVANGENDE_LEERPLICHT,
    _G.VERVANGENDE_LEERPLICHT_LAATSTE_JAAR: Vrijstellingssoort.VERVANGENDE_LEERPLICHT,
    _G.PRAKTIJKONDERWIJS_OF_VSO: Vrijstellingssoort.UITZONDERING,
}
# art. 5a and 11a speak of a school and of young children; art. 3a/3b replace leerplicht.
_ALLEEN_LEERPLICHT: Final = frozenset(
    {
        _G.TREKKEND_BESTAAN,
        _G.JONGER_DAN_ZES,
        _G.VERVANGENDE_LEERPLICHT,
        _G.VERVANGENDE_LEERPLICHT_LAATSTE_JAAR,
    }
)
# art. 15 and art. 4a lid 2 act on the duties of art. 4a, the kwalificatieplicht.
_ALLEEN_KWALIFICATIEPLICHT: Final = frozenset({_G.ANDER_ONDERWIJS, _G.PRAKTIJKONDERWIJS_OF_VSO})


@final
@frozen
class Vrijstelling:
    """A vrijstelling on ``grond`` from ``begin``, until ``einde`` (included) or open-ended.

    ``uren_per_week`` is for art. 11a only (under six): 1 to 5 hours under lid 1, up to 10 with
    the head's extension under lid 2; left out, lid 1's five hours. `geldt_op` knows no birth
    date: `leerplicht_status` ends an art. 11a vrijstelling the day before the sixth birthday.

    Examples:
        >>> vr = Vrijstelling(Vrijstellingsgrond.TREKKEND_BESTAAN, pendulum.date(2015, 8, 1))
        >>> vr.artikel, vr.geldt_op(pendulum.date(2016, 1, 4))
        ('BWBR0002628 art. 5a', True)
        >>> Vrijstelling(Vrijstellingsgrond.JONGER_DAN_ZES, pendulum.date(2015, 10, 1), uren_per_week=8).uren
        8
    """  # noqa: E501

    grond: Vrijstellingsgrond = field(validator=v.instance_of(Vrijstellingsgrond))
    begin: pendulum.Date = field(converter=v.to_date, validator=v.is_date)
    einde: pendulum.Date | None = field(
        default=None, converter=v.to_date, validator=v.optional_date
    )
    uren_per_week: int | None = field(
        default=None, validator=v.optional_instance_of(int, regel="R-LPW-7")
    )

    def __attrs_post_init__(self) -> None:
        """A vrijstelling does not end before it begins; hours only for art. 11a, at most 10."""
        if self.einde is not None and self.einde < self.begin:
            raise InvalidValueError(
                "a vrijstelling cannot end before it begins",
                field="Vrijstelling.einde",
                regel="R-LPW-7",
                hint="give einde on or after begin, or leave it out for an open-ended one",
            )
        if self.uren_per_week is not None:
            self._check_uren(self.uren_per_week)
        if self.grond is Vrijstellingsgrond.PRAKTIJKONDERWIJS_OF_VSO:
            warnings.warn(
                "Vrijstellingsgrond.PRAKTIJKONDERWIJS_OF_VSO is deprecated: art. 4a lid 2 is no "
                "vrijstelling; pass leerplicht_status(..., praktijkonderwijs_of_vso=day)",
                DeprecationWarning,
                stacklevel=3,
            )

    def _check_uren(self, uren: int) -> None:
        if self.grond is not Vrijstellingsgrond.JONGER_DAN_ZES:
            raise InvalidValueError(
                "hours a week belong to an art. 11a vrijstelling only",
                field="Vrijstelling.uren_per_week",
                regel="R-LPW-7",
                hint="leave uren_per_week out, or use Vrijstellingsgrond.JONGER_DAN_ZES",
            )
        v.require_whole(
            uren,
            "Vrijstelling.uren_per_week",
            minimum=1,
            maximum=UREN_11A_MAX,
            regel="R-LPW-7",
            hint="BWBR0002628 art. 11a: at most 5 hours a week (lid 1), 5 more by the head (lid 2)",
        )

    @property
    def uren(self) -> int | None:
        """Hours a week of an art. 11a vrijstelling (lid 1's five when not given), else None."""
        if self.grond is not Vrijstellingsgrond.JONGER_DAN_ZES:
            return None
        return UREN_11A_LID_1 if self.uren_per_week is None else self.uren_per_week

    @property
    def verlengd(self) -> bool:
        """Whether an art. 11a vrijstelling uses the head's extension (lid 2: over five hours)."""
        return (self.uren or 0) > UREN_11A_LID_1

    @property
    def artikel(self) -> str:
        """The article of the ground (R-LPW-7)."""
        return self.grond.artikel

    @property
    def soort(self) -> Vrijstellingssoort:
        """Which duty it acts on."""
        return self.grond.soort

    def geldt_op(self, dag: Datum) -> bool:
        """Whether the vrijstelling is in force on ``dag``."""
        d = as_date(dag, "dag")
        return self.begin <= d and (self.einde is None or d <= self.einde)


def vrijstellingen_in_kracht(
    alle: tuple[Vrijstelling, ...], peil: pendulum.Date, *, volledig: bool, onder_zes: bool
) -> tuple[Vrijstelling, ...]:
    """Private (for `leerplicht_status`): those in force on ``peil`` for the duty (R-LPW-7).

    ``volledig``: under volledige leerplicht, else the kwalificatieplicht. ``onder_zes``: before
    the sixth birthday, when art. 11a holds ("nog niet de leeftijd van zes jaar").
    """
    return tuple(
        vr
        for vr in alle
        if vr.geldt_op(peil)
        and (vr.grond.voor_leerplicht if volledig else vr.grond.voor_kwalificatieplicht)
        and (onder_zes or vr.grond is not Vrijstellingsgrond.JONGER_DAN_ZES)
    )


@unique
class Beslisser(Enum):
    """Who decides on a request for leave (verlof)."""

    HOOFD = "hoofd"
    """The head of the school (directeur)."""
    LEERPLICHTAMBTENAAR = "leerplichtambtenaar"
    """The leerplichtambtenaar of the pupil's municipality, after hearing the head."""


def beslisser_verlof(grond: Vrijstellingsgrond, schooldagen: int) -> Beslisser:
    """Who decides on leave of ``schooldagen`` days in a school year on ``grond`` (R-LPW-7).

    ``schooldagen`` is the total for this pupil and ground in the school year, this request
    included. Other important circumstances (art. 14 lid 3): the head up to ten days, the
    leerplichtambtenaar above. Holiday leave (art. 13a lid 2): only the head, once, at most ten
    days, and never in the first two lesweken of the school year (that last condition is the
    caller's to check: it needs the calendar).

    Examples:
        >>> beslisser_verlof(Vrijstellingsgrond.GEWICHTIGE_OMSTANDIGHEDEN, 12)
        <Beslisser.LEERPLICHTAMBTENAAR: 'leerplichtambtenaar'>

    Raises:
        InvalidValueError: no leave is granted on this ground, ``schooldagen`` is not a
            positive int, or holiday leave of more than ten days is asked.
    """
    v.require(grond, Vrijstellingsgrond, "grond")
    v.require_whole(schooldagen, "schooldagen", minimum=1)
    if grond is Vrijstellingsgrond.GEWICHTIGE_OMSTANDIGHEDEN:
        if schooldagen <= _MAX_DAGEN_HOOFD:
            return Beslisser.HOOFD
        return Beslisser.LEERPLICHTAMBTENAAR
    if grond is Vrijstellingsgrond.VAKANTIE_BEROEP:
        if schooldagen <= _MAX_DAGEN_HOOFD:
            return Beslisser.HOOFD
        raise InvalidValueError(
            "holiday leave is granted at most once and for at most ten days a school year",
            field="schooldagen",
            regel="R-LPW-7",
            hint="BWBR0002628 art. 13a lid 2: ask for ten days or fewer",
        )
    raise InvalidValueError(
        f"no leave is asked for on the ground {grond.value} ({grond.artikel})",
        field="grond",
        regel="R-LPW-7",
        hint="leave is decided for VAKANTIE_BEROEP (art. 13a) and GEWICHTIGE_OMSTANDIGHEDEN "
        "(art. 14)",
    )
