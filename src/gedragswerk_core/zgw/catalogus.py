"""The zaaktype catalogue of an intervention, generated from the lifecycle's step table.

ZGW (the Catalogi API) closes a zaak when the statustype with the highest ``volgnummer`` is set,
after a resultaat is given; a zaaktype has one end status. The lifecycle has three closing
statuses (doorverwezen R-LC-7, afgerond R-LC-5, overgedragen R-LC-6), so each closing status is
the end statustype *afgesloten* with a resultaattype of its own name; the open statuses
(ontvangen, lopend) are statustypen of their own. Every step of `STAPPEN` is named in the
``toelichting`` of the statustype (and resultaattype) it leads to, with its rule, and listed under
``stappen``. Reopening (heropen, R-LC-8) sets an open status after the end status, which Open Zaak
allows as *heropenen*.
"""

from __future__ import annotations

from typing import Any, Final

from gedragswerk_core.interventie.gebeurtenissen import Gecorrigeerd
from gedragswerk_core.interventie.stappen import STAPPEN, Status
from gedragswerk_core.partijen import Rol

__all__ = ["AFGESLOTEN", "ROLTYPEN", "ZAAKTYPE", "statustype_van", "zaaktype_catalogus"]

ZAAKTYPE: Final = "gedragswerk-interventie"
"""The identificatie of the zaaktype."""
AFGESLOTEN: Final = "afgesloten"
"""The end statustype: a closing status of the lifecycle, told apart by the resultaat."""
_OPEN: Final = (Status.ONTVANGEN, Status.LOPEND)

ROLTYPEN: Final = {
    "initiator": "the party that asked the hulpvraag (R-LC-1)",
    "behandelaar": "the party a hulpvraag was handed over (R-LC-6) or referred to (R-LC-7)",
    "belanghebbende": "a regional party in a conversation, the werkagenda or the afronding",
}
"""The roltypen, by ZGW's omschrijvingGeneriek, with what they stand for here."""


def statustype_van(status: Status) -> tuple[str, str | None]:
    """The ZGW statustype and resultaattype (``None`` while open) of a lifecycle status.

    Examples:
        >>> statustype_van(Status.LOPEND), statustype_van(Status.AFGEROND)
        (('lopend', None), ('afgesloten', 'afgerond'))
    """
    return (status.value, None) if status.is_open else (AFGESLOTEN, status.value)


def _stappen_naar(status: Status) -> list[str]:
    return sorted(
        {
            f"{stap.commando} ({stap.regel})"
            for stap in STAPPEN.values()
            for naar in stap.overgangen.values()
            if naar is status and stap.gebeurtenis is not Gecorrigeerd  # changes no status
        }
    )


def _statustypen() -> list[dict[str, Any]]:
    open_ = [
        {
            "omschrijving": status.value,
            "volgnummer": nummer,
            "isEindstatus": False,
            "toelichting": "reached by: " + ", ".join(_stappen_naar(status)),
        }
        for nummer, status in enumerate(_OPEN, start=1)
    ]
    sluitend = ", ".join(s.value for s in Status if not s.is_open)
    eind = {
        "omschrijving": AFGESLOTEN,
        "volgnummer": len(open_) + 1,
        "isEindstatus": True,
        "toelichting": f"closed; the resultaat says how: {sluitend}",
    }
    return [*open_, eind]


def _overgang(van: Status | None, naar: Status) -> dict[str, Any]:
    statustype, resultaattype = statustype_van(naar)
    return {
        "van": None if van is None else statustype_van(van)[0],
        "statustype": statustype,
        "resultaattype": resultaattype,
    }


def _stappen() -> list[dict[str, Any]]:
    return [
        {
            "stap": stap.naam,
            "commando": stap.commando,
            "regel": stap.regel,
            "gebeurtenis": soort.__name__,
            "overgangen": [_overgang(van, naar) for van, naar in stap.overgangen.items()],
        }
        for soort, stap in STAPPEN.items()
    ]


def zaaktype_catalogus() -> dict[str, Any]:
    """The zaaktype with its statustypen, resultaattypen, roltypen and the steps, as ZGW dicts.

    Examples:
        >>> c = zaaktype_catalogus()
        >>> [s["omschrijving"] for s in c["statustypen"]]
        ['ontvangen', 'lopend', 'afgesloten']
        >>> [r["omschrijving"] for r in c["resultaattypen"]]
        ['doorverwezen', 'afgerond', 'overgedragen']
    """
    resultaattypen = [
        {"omschrijving": s.value, "toelichting": "reached by: " + ", ".join(_stappen_naar(s))}
        for s in Status
        if not s.is_open
    ]
    return {
        "identificatie": ZAAKTYPE,
        "omschrijving": "Gedragswerk intervention on one hulpvraag",
        "statustypen": _statustypen(),
        "resultaattypen": resultaattypen,
        "roltypen": [
            {"omschrijving": naam, "omschrijvingGeneriek": naam, "toelichting": uitleg}
            for naam, uitleg in ROLTYPEN.items()
        ],
        "stappen": _stappen(),
        "rollen": [r.value for r in Rol],
    }
