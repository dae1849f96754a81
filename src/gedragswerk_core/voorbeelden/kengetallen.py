"""The figures of the 2015–2016 example, each marked published or illustrative (R-RAP-3).

`kengetallen` computes every figure the example ``examples/jaarverslag_2015_2016.py`` prints
from the case log of `gedragswerk_core.voorbeelden.jaarverslag2015` and marks it: *published*,
with the section of the annual report (seed 002) it comes from, or *illustrative*, invented to
make a complete log. No figure claims what the source does not say: the cases not afgerond are
"longer-running involvement", as the report puts it, and the log hands none of them over.
"""

from __future__ import annotations

from functools import cache
from typing import Final, final

from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.rapportage.contact import Bellertype
from gedragswerk_core.rapportage.enquete import Effectvraag, Respondenttype, enquete_uitkomsten
from gedragswerk_core.rapportage.jaarcijfers import jaarcijfers
from gedragswerk_core.voorbeelden.jaarverslag2015 import (
    SCHOOLJAAR,
    actietafels,
    contacten,
    enquete,
    interventies,
    interventieteam,
)

__all__ = ["Kengetal", "kengetallen"]


@final
@frozen
class Kengetal:
    """One figure of the 2015–2016 log, computed from it and marked (R-RAP-3).

    Attributes:
        naam: what is counted.
        waarde: the figure as the log yields it.
        gepubliceerd: whether the source publishes it (else it is illustrative).
        bron: the seed section, or why the figure is illustrative.
    """

    naam: str = field(validator=v.text(max_length=200))
    waarde: str = field(validator=v.text(max_length=200))
    gepubliceerd: bool = field(validator=v.instance_of(bool))
    bron: str = field(validator=v.text(max_length=300))


_S311: Final = "seed 002 §3.1.1"
_IT: Final = "seed 002 §3.1.2.7"
_S33: Final = "seed 002 §3.3"
_VERZONNEN: Final = "illustrative: invented to make a complete log"


@cache
def kengetallen() -> tuple[Kengetal, ...]:
    """Every figure the example prints, computed from the log, published or illustrative.

    Examples:
        >>> [k.naam for k in kengetallen() if not k.gepubliceerd][:2]
        ['interventions started in the year', 'intake per month']
    """
    c = jaarcijfers(interventies(), SCHOOLJAAR, contacten(), tafels=actietafels())
    e = enquete_uitkomsten(enquete())
    team = interventieteam()
    maanden = ", ".join(f"{m.naam} {m.aantal}" for m in c.intake_per_maand)
    typen = ", ".join(
        f"{t.value} {e.aandeel_van(t).percentage(0)}%"
        for t in Respondenttype
        if e.aandeel_van(t).teller
    )
    rijen = [
        ("interventions carried out in the year (R-RAP-2)", c.interventies, True, _S311),
        ("regions", c.aantal_regios, True, _S311),
        ("afgerond in the year", f"{c.afgerond.teller} ({c.afgerond.percentage(0)}%)", True, _S311),
        (
            "longer-running involvement on 31 July",
            c.lopend.teller,
            True,
            f"{_S311}: the other cases",
        ),
        ("pupils with passend onderwijs", c.passend_onderwijs, True, f"{_S311}: about 90"),
        ("actietafels taken part in (R-TAF-1)", c.aantal_actietafels, True, f"{_S311}: named"),
        ("cases of the interventieteam (R-IT-1)", len(team.stand.ingebracht), True, _IT),
        ("telephone contacts", c.telefonische_contacten, True, _S311),
        *(
            (f"contacts: {b.value}", c.contact(b).aantal, True, _S311)
            for b in (Bellertype.PROFESSIONAL, Bellertype.LEERPLICHTAMBTENAAR, Bellertype.OUDER)
        ),
        ("survey responses", e.respondenten, True, _S33),
        ("survey respondents by type", typen, True, _S33),
        ("knowledge increased", f"{e.kennis.percentage(1)}%", True, _S33),
        ("skills developed", f"{e.vaardigheden.percentage(1)}%", True, _S33),
        ("motivation increased", f"{e.motivatie.percentage(1)}%", True, _S33),
        (
            "cooperation: positive effect",
            f"{e.aandeel(Effectvraag.SAMENWERKING).percentage(1)}%",
            True,
            f"{_S33}: 80%",
        ),
        (
            "cooperation: its quality",
            f"{e.aandeel(Effectvraag.KWALITEIT_SAMENWERKING).percentage(1)}%",
            True,
            _S33,
        ),
        (
            "cooperation: its result",
            f"{e.aandeel(Effectvraag.RESULTAAT_SAMENWERKING).percentage(1)}%",
            True,
            _S33,
        ),
        (
            "cooperation: active participation",
            f"{e.aandeel(Effectvraag.ACTIEVE_DEELNAME).percentage(1)}%",
            True,
            _S33,
        ),
        (
            "interventions started in the year",
            c.gestart,
            False,
            f"{_VERZONNEN}; one of the 178 started in May 2015",
        ),
        (
            "intake per month",
            maanden,
            False,
            f"{_VERZONNEN}; the busiest and quietest months as in {_S311}",
        ),
        (
            "overgedragen",
            c.overgedragen.teller,
            False,
            f"{_S311} reports no handovers: the log has none",
        ),
        ("doorverwezen", c.doorverwezen.teller, False, _VERZONNEN),
        ("escalations to an actietafel", c.escalaties_actietafel, False, _VERZONNEN),
        ("escalations to the interventieteam", c.escalaties_interventieteam, False, _VERZONNEN),
        (
            "systemic questions taken up (per question)",
            sum(s.aantal for s in c.systeemvragen),
            False,
            f"{_VERZONNEN}; {_S311} lists the 16 questions, not how often",
        ),
        (
            "survey respondents by type (counts)",
            ", ".join(str(e.aandeel_van(t).teller) for t in Respondenttype),
            False,
            f"{_VERZONNEN}; {_S33} gives percentages",
        ),
    ]
    return tuple(
        Kengetal(naam, str(waarde), gepubliceerd, bron)
        for naam, waarde, gepubliceerd, bron in rijen
    )
