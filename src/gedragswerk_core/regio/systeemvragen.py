"""The catalogue of the sixteen most frequent systemic questions, each with a stable code.

The 2015–2016 annual report lists the systemic questions that came up most often in the
interventions of that school year (seed 002 §3.1.1, the numbered list 1–16). This catalogue
gives each one a stable code (``SYS-01`` … ``SYS-16``, numbered as in the report), a short Dutch
label and a description in the library's own words, so that interventions can tag the questions
they take up (`SystemischeVraagOpgepakt.vraag` may hold a code) and reports can count them.

Codes never change meaning: a new question gets a new code, a dropped one keeps its number.

References:
    - seed 002 §3.1.1: the list of most frequent systemic questions, and that they concern the
      causes of the problems and the solutions wanted, also with a view to prevention.
    - R-LC-11, R-WA-6: every intervention and werkagenda also asks the preventive, systemic
      question (seed 002 §2 point 7).
    - R-RAP: the report's 16 most frequent systemic questions are among the figures a user must
      be able to reproduce from case data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final, final

from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.errors import InvalidValueError

__all__ = [
    "SYSTEEMVRAGEN",
    "Systeemvraag",
    "is_systeemvraagcode",
    "systeemvraag",
    "tel_systeemvragen",
]

_CODE: Final = re.compile(r"SYS-(0[1-9]|1[0-6])")
_BRON: Final = "seed 002 §3.1.1"


def _check_code(inst: object, attribute: object, value: object) -> None:
    del inst, attribute
    if not isinstance(value, str) or _CODE.fullmatch(value) is None:
        raise InvalidValueError(
            "a systemic question's code is SYS-01 … SYS-16",
            field="Systeemvraag.code",
            hint="use two digits, e.g. 'SYS-04'",
        )


_code_validator: v.Validator = _check_code


@final
@frozen
class Systeemvraag:
    """One systemic question of the catalogue.

    Attributes:
        code: the stable code, ``SYS-01`` … ``SYS-16``; its number is the place in the report.
        label: a short Dutch label.
        omschrijving: what the question is about, in plain English (the library's own words).
        bron: where the question comes from.
    """

    code: str = field(validator=_code_validator)
    label: str = field(validator=v.text(max_length=80))
    omschrijving: str = field(validator=v.text(max_length=300))
    bron: str = field(default=_BRON, validator=v.text(max_length=80))

    @property
    def nummer(self) -> int:
        """The question's number in the report's list (1–16)."""
        return int(self.code.removeprefix("SYS-"))

    def __str__(self) -> str:
        """``SYS-09 actietafel inrichten``."""
        return f"{self.code} {self.label}"


def _vraag(nummer: int, label: str, omschrijving: str) -> Systeemvraag:
    return Systeemvraag(f"SYS-{nummer:02d}", label, omschrijving)


# seed 002 §3.1.1, items 1–16, described in our own words.
SYSTEEMVRAGEN: Final[tuple[Systeemvraag, ...]] = (
    _vraag(
        1,
        "tussentijdse groei stoppen",
        "Halting the region's growth during the school year (tussentijdse groei), such as "
        "pupils moving to special education after the count date.",
    ),
    _vraag(
        2,
        "hoe kon het zo misgaan",
        "Looking back on a case: what went wrong, and how did it get this far?",
    ),
    _vraag(
        3,
        "aanpak per doelgroep",
        "Designing an approach aimed at one particular group of pupils.",
    ),
    _vraag(
        4,
        "zicht op thuiszitters",
        "Getting a reliable picture, in figures, of the pupils who sit at home.",
    ),
    _vraag(
        5,
        "waarom niet eerder opgepakt",
        "Why no party acted on the situation sooner.",
    ),
    _vraag(
        6,
        "creatief met regelgeving",
        "Using the room that laws and regulations leave more inventively to reach a solution.",
    ),
    _vraag(
        7,
        "afstemming versterken",
        "Better coordination between the parties and disciplines around a pupil.",
    ),
    _vraag(
        8,
        "aanpak thuiszitters en vsv",
        "Strengthening the region's approach to thuiszitters and to early school leavers "
        "(voortijdig schoolverlaters).",
    ),
    _vraag(
        9,
        "actietafel inrichten",
        "Setting up a standing actietafel or thuiszitterstafel.",
    ),
    _vraag(
        10,
        "regio-overstijgend werken",
        "Acting when a solution needs effort and cooperation across the borders of the region.",
    ),
    _vraag(
        11,
        "samenwerking versterken",
        "Strengthening cooperation, including with youth care and the justice system.",
    ),
    _vraag(
        12,
        "oplossing voor één leerling",
        "Finding the solution for one particular child, and making it happen.",
    ),
    _vraag(
        13,
        "wie heeft welke rol",
        "Sorting out which party plays which role.",
    ),
    _vraag(
        14,
        "wie is nu verantwoordelijk",
        "Establishing which party is responsible at this moment.",
    ),
    _vraag(
        15,
        "wie neemt verantwoordelijkheid",
        "Finding a party that is able and willing to take responsibility for the pupil or "
        "the situation.",
    ),
    _vraag(
        16,
        "bemiddeling gevraagd",
        "A request for Gedragswerk to mediate in a situation that has escalated.",
    ),
)
"""The sixteen most frequent systemic questions of 2015–2016, in the report's order."""

_PER_CODE: Final = {vraag.code: vraag for vraag in SYSTEEMVRAGEN}


def _normaal(code: object) -> str | None:
    if not isinstance(code, str):
        return None
    tekst = code.strip().upper()
    return tekst if tekst in _PER_CODE else None


def is_systeemvraagcode(code: object) -> bool:
    """Whether ``code`` is a catalogue code (case and surrounding spaces are ignored).

    Examples:
        >>> is_systeemvraagcode("sys-09"), is_systeemvraagcode("our own question")
        (True, False)
    """
    return _normaal(code) is not None


def systeemvraag(code: str) -> Systeemvraag:
    """The catalogue entry for ``code`` (``"SYS-01"`` … ``"SYS-16"``, case-insensitive).

    Examples:
        >>> print(systeemvraag("SYS-13"))
        SYS-13 wie heeft welke rol

    Raises:
        InvalidValueError: ``code`` is not text, or not a code in the catalogue.
    """
    gevonden = _normaal(code)
    if gevonden is None:
        soort = (
            "unknown code" if isinstance(code, str) else f"expected text, got {type(code).__name__}"
        )
        raise InvalidValueError(
            f"{soort}: not a systemic question of the catalogue",
            field="code",
            hint="use one of SYS-01 … SYS-16 (see SYSTEEMVRAGEN)",
        )
    return _PER_CODE[gevonden]


def tel_systeemvragen(codes: Iterable[str]) -> tuple[tuple[Systeemvraag, int], ...]:
    """How often each catalogue question was tagged, in catalogue order, zeros included.

    Pass the codes tagged in interventions, one per time a question was taken up; filter free
    text with `is_systeemvraagcode` first.

    Examples:
        >>> telling = tel_systeemvragen(["SYS-13", "sys-13", "SYS-09"])
        >>> [(str(vraag), n) for vraag, n in telling if n]
        [('SYS-09 actietafel inrichten', 1), ('SYS-13 wie heeft welke rol', 2)]

    Raises:
        InvalidValueError: ``codes`` is not an iterable of catalogue codes; the field names the
            position of the first bad one.
    """
    lijst = v.require_iterable(
        codes, "codes", of="codes", hint="pass a list such as ['SYS-04', 'SYS-13']"
    )
    aantallen = dict.fromkeys(_PER_CODE, 0)
    for i, code in enumerate(lijst):
        gevonden = _normaal(code)
        if gevonden is None:
            raise InvalidValueError(
                "not a systemic question of the catalogue",
                field=f"codes[{i}]",
                hint="use one of SYS-01 … SYS-16; filter free text with is_systeemvraagcode()",
            )
        aantallen[gevonden] += 1
    return tuple((vraag, aantallen[vraag.code]) for vraag in SYSTEEMVRAGEN)
