"""DUO's verzuimregister: each report (`Melding`) as the fields of a DUO verzuimmelding (pure).

A school reports unauthorised absence to DUO (the verzuimregister, now part of the Register
Onderwijsdeelnemers, ROD); the leerplichtambtenaar of the pupil's municipality takes it from
there. `verzuimmelding_duo` gives the fields of one report as DUO names them: the kind of absence
(*soort verzuim*), the begin and end date, the hours, whether it is a repeat, and the status a
new report gets (*Geregistreerd*, by the school).

Sources (read December 2026; the machine interface's own code values were not found in a public
source and are not invented here — the kinds are given by DUO's names):

- The kinds a school must report: "zestien uur in vier weken", "langdurig relatief verzuim
  (LRV)", "luxe verzuim", "doorstroompunt 18-plus verzuim" (pupils no longer under the
  Leerplichtwet and under 23); illness and suspension are authorised absence and not reported,
  unless suspected otherwise ("overig verzuim"). DUO, *Verzuim* (duo.nl/zakelijk/verzuim), as
  summarised by RBL Holland Rijnland, *Verzuim melden (DUO)*.
- The statuses of a report since 12 August 2020: Geregistreerd (school), In behandeling,
  Afgesloten, Ter kennisgeving aangenomen (municipality), Ingetrokken (school). The status
  "Overgedragen aan derden" was removed: a report may not have it by law. DUO, *Wijzigingen in
  verzuimregister … vanaf 3 augustus 2020*. So a handover of a hulpvraag (`Overgedragen`, R-LC-6)
  is never a DUO report status: it stays in the intervention (and its ZGW zaak).

Examples:
    >>> import pendulum
    >>> from gedragswerk_core import Melding
    >>> m = Melding(pendulum.date(2016, 1, 4), pendulum.date(2016, 1, 7), 960)
    >>> d = verzuimmelding_duo(m)
    >>> d["soortVerzuim"], d["begindatum"], d["einddatum"], d["status"]
    ('zestien uur in vier weken', '2016-01-04', '2016-01-07', 'Geregistreerd')
"""

from __future__ import annotations

from typing import Any, Final

from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.leerplicht.meldingen import Melding, Meldingsoort

__all__ = ["DUO_SCHEMA", "DUO_SOORTEN", "DUO_STATUSSEN", "verzuimmelding_duo"]

DUO_SOORTEN: Final = {
    Meldingsoort.ZESTIEN_UUR: "zestien uur in vier weken",
    Meldingsoort.LANGDURIG_RELATIEF_VERZUIM: "langdurig relatief verzuim",
    Meldingsoort.LUXE_VERZUIM: "luxe verzuim",
    Meldingsoort.RMC: "doorstroompunt 18-plus verzuim",
}
"""DUO's name of each kind of report (soort verzuim), as DUO lists them."""

DUO_STATUSSEN: Final = (
    "Geregistreerd",
    "In behandeling",
    "Afgesloten",
    "Ingetrokken",
    "Ter kennisgeving aangenomen",
)
"""The statuses a DUO report can have since 12 August 2020 ("Overgedragen aan derden" is gone)."""


_DATUM: Final = {"type": "string", "format": "date"}
DUO_SCHEMA: Final[dict[str, Any]] = {
    "title": "DuoVerzuimmelding",
    "description": "A report as the fields of DUO's verzuimregister (verzuimmelding_duo).",
    "type": "object",
    "properties": {
        "soortVerzuim": {"enum": list(DUO_SOORTEN.values())},
        "begindatum": _DATUM,
        "einddatum": {"anyOf": [_DATUM, {"type": "null"}]},
        "uren": {"type": "number", "minimum": 0},
        "herhaalmelding": {"type": "boolean"},
        "verplicht": {"type": "boolean"},
        "status": {"enum": list(DUO_STATUSSEN)},
        "regel": {"type": "string"},
        "artikel": {"type": "string"},
    },
    "required": [
        "soortVerzuim",
        "begindatum",
        "einddatum",
        "uren",
        "herhaalmelding",
        "verplicht",
        "status",
        "regel",
        "artikel",
    ],
    "additionalProperties": False,
}
"""The JSON Schema (draft 2020-12) of `verzuimmelding_duo`'s dict."""


def verzuimmelding_duo(melding: Melding) -> dict[str, Any]:
    """The fields of ``melding`` as a DUO verzuimmelding, as a new report gets them.

    ``einddatum`` is ``None`` while the absence goes on (langdurig relatief verzuim, 18-plus);
    ``uren`` are the unauthorised clock hours counted; ``herhaalmelding`` marks a repeat during
    continuous absence; ``verplicht`` whether the school must report (else it may); ``regel``
    and ``artikel`` cite the rule. No pupil data: the caller adds its own pupil key.

    Raises:
        InvalidValueError: ``melding`` is not a `Melding`.
    """
    if type(melding) is not Melding:
        raise InvalidValueError(
            f"expected a Melding, got {type(melding).__name__}", field="melding", regel="R-LPW-10"
        )
    return {
        "soortVerzuim": DUO_SOORTEN[melding.soort],
        "begindatum": melding.begin.isoformat(),
        "einddatum": None if melding.einde is None else melding.einde.isoformat(),
        "uren": round(melding.minuten / 60, 2),
        "herhaalmelding": melding.herhaling > 0,
        "verplicht": melding.verplicht,
        "status": DUO_STATUSSEN[0],
        "regel": melding.regel,
        "artikel": melding.artikel,
    }
