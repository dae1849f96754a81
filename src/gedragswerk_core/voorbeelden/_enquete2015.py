"""Private: the 87 survey responses of the 2015–2016 case log (seed 002 §3.3).

The published shares (28/32/25/15%, knowledge 72.4%, skills and motivation 67.8%, cooperation
80%, its quality 90.0%, its result and participation 80.2%) are reproduced; the counts behind
them are illustrative (R-RAP-3): the source publishes percentages only.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from gedragswerk_core.rapportage.enquete import (
    Effectantwoord,
    Effectoordeel,
    Effectvraag,
    EnqueteRespons,
    Respondenttype,
)

__all__ = ["enquete"]

# The survey (seed 002 §3.3): 87 responses; knowledge 63, skills and motivation 59 positive;
# cooperation at issue for 81, of whom 65 saw a positive effect, on result and on participation
# too; 80 of those 81 answered on quality, 72 positively.
_RESPONDENTEN: Final = 87
_KENNIS: Final = 63
_VAARDIGHEDEN_MOTIVATIE: Final = 59
_AAN_DE_ORDE: Final = 81
_SAMENWERKING: Final = 65
_KWALITEIT_BEANTWOORD: Final = 80
_KWALITEIT: Final = 72


def _oordeel(positief: bool) -> Effectoordeel:
    return Effectoordeel.POSITIEF if positief else Effectoordeel.GEEN_POSITIEF


@cache
def _enquete() -> tuple[EnqueteRespons, ...]:
    typen = (
        [Respondenttype.PRIMAIR_ONDERWIJS] * 24
        + [Respondenttype.VOORTGEZET_ONDERWIJS] * 28
        + [Respondenttype.GEMEENTE] * 22
        + [Respondenttype.OUDER] * 13
    )
    responsen = []
    aan_de_orde = 0  # respondents for whom cooperation was at issue so far
    for j, soort in enumerate(typen):
        # Multiplying by a number coprime to 87 (or 81, 80) permutes the respondents, so each
        # "< n" test below selects exactly n of them, spread over the types.
        antwoorden = [
            Effectantwoord(Effectvraag.KENNIS, _oordeel((j * 5) % _RESPONDENTEN < _KENNIS)),
            Effectantwoord(
                Effectvraag.VAARDIGHEDEN,
                _oordeel((j * 7) % _RESPONDENTEN < _VAARDIGHEDEN_MOTIVATIE),
            ),
            Effectantwoord(
                Effectvraag.MOTIVATIE, _oordeel((j * 11) % _RESPONDENTEN < _VAARDIGHEDEN_MOTIVATIE)
            ),
        ]
        if (j * 13) % _RESPONDENTEN >= _AAN_DE_ORDE:  # not at issue for 6 of the 87
            antwoorden.append(
                Effectantwoord(Effectvraag.SAMENWERKING, Effectoordeel.NIET_VAN_TOEPASSING)
            )
        else:
            i = aan_de_orde
            aan_de_orde += 1
            antwoorden += [
                Effectantwoord(
                    Effectvraag.SAMENWERKING, _oordeel((i * 4) % _AAN_DE_ORDE < _SAMENWERKING)
                ),
                Effectantwoord(
                    Effectvraag.RESULTAAT_SAMENWERKING,
                    _oordeel((i * 7) % _AAN_DE_ORDE < _SAMENWERKING),
                ),
                Effectantwoord(
                    Effectvraag.ACTIEVE_DEELNAME, _oordeel((i * 10) % _AAN_DE_ORDE < _SAMENWERKING)
                ),
            ]
            if i < _KWALITEIT_BEANTWOORD:  # one of the 81 left the quality question open
                antwoorden.append(
                    Effectantwoord(
                        Effectvraag.KWALITEIT_SAMENWERKING,
                        _oordeel((i * 3) % _KWALITEIT_BEANTWOORD < _KWALITEIT),
                    )
                )
        responsen.append(EnqueteRespons(soort, tuple(antwoorden)))
    return tuple(responsen)


def enquete() -> tuple[EnqueteRespons, ...]:
    """The 87 usable responses to the 2015–2016 evaluation survey."""
    return _enquete()
