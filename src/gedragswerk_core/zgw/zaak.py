"""An `Interventie` as a ZGW zaak (plain dicts, no HTTP), and back.

The zaak carries the statussen (one per change of status, with the moment and the step),
the resultaat once closed, the rollen (the parties, by ZGW's generic role), and zaakobjecten:
the pupils as pseudonymous references (``objectTypeOverige: "leerling"``) and every event in its
dict form (``objectTypeOverige: "gebeurtenis"``), so that `zaak_als_interventie` reads the whole
history back and replays it with every check. The statussen and resultaat read back must be
those the events give, else the zaak is refused.
"""

from __future__ import annotations

from typing import Any, Final

from gedragswerk_core.errors import InvalidValueError, StructureError
from gedragswerk_core.interventie.gebeurtenissen import (
    Afgerond,
    Doorverwezen,
    Gebeurtenis,
    GesprekGevoerd,
    Overgedragen,
    Verklaard,
    WerkagendaAfgesproken,
)
from gedragswerk_core.interventie.interventie import Interventie
from gedragswerk_core.interventie.stappen import OVERGANGEN, STAPPEN, Status
from gedragswerk_core.partijen import Partij
from gedragswerk_core.serialisatie.converter import from_dict, to_dict
from gedragswerk_core.zgw.catalogus import ZAAKTYPE, statustype_van

__all__ = ["ZAAK_SCHEMA", "interventie_als_zaak", "zaak_als_interventie"]

_GEBEURTENIS: Final = "gebeurtenis"
_LEERLING: Final = "leerling"
_AMSTERDAM: Final = "Europe/Amsterdam"


_TEKST: Final = {"type": "string"}
_DATUM: Final = {"type": "string", "format": "date"}
_OF_NULL: Final = {"type": "null"}
ZAAK_SCHEMA: Final[dict[str, Any]] = {
    "title": "Zaak",
    "description": "An intervention as a ZGW zaak (interventie_als_zaak).",
    "type": "object",
    "properties": {
        "zaaktype": {"const": ZAAKTYPE},
        "omschrijving": _TEKST,
        "registratiedatum": _DATUM,
        "startdatum": _DATUM,
        "einddatum": {"anyOf": [_DATUM, _OF_NULL]},
        "status": _TEKST,
        "statussen": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "statustype": _TEKST,
                    "datumStatusGezet": {"type": "string", "format": "date-time"},
                    "statustoelichting": _TEKST,
                },
                "required": ["statustype", "datumStatusGezet", "statustoelichting"],
            },
        },
        "resultaat": {
            "anyOf": [
                {
                    "type": "object",
                    "properties": {"resultaattype": _TEKST, "toelichting": _TEKST},
                    "required": ["resultaattype", "toelichting"],
                },
                _OF_NULL,
            ]
        },
        "rollen": {"type": "array", "items": {"type": "object"}},
        "zaakobjecten": {"type": "array", "items": {"type": "object"}},
    },
    "required": [
        "zaaktype",
        "registratiedatum",
        "startdatum",
        "einddatum",
        "status",
        "statussen",
        "resultaat",
        "rollen",
        "zaakobjecten",
    ],
}
"""The JSON Schema (draft 2020-12) of `interventie_als_zaak`'s dict."""


def _statussen(i: Interventie) -> list[dict[str, Any]]:
    uit: list[dict[str, Any]] = []
    status: Status | None = None
    for g in i.geldende_gebeurtenissen:
        na = OVERGANGEN[type(g)][status]
        if na is not status:
            uit.append(
                {
                    "statustype": statustype_van(na)[0],
                    "datumStatusGezet": to_dict(g)["moment"],
                    "statustoelichting": STAPPEN[type(g)].naam,
                }
            )
        status = na
    return uit


def _partijen(g: Gebeurtenis) -> list[tuple[str, Partij]]:
    match g:
        case Overgedragen(voorstel=voorstel):
            return [("behandelaar", voorstel.ontvanger)]
        case Doorverwezen(naar=naar):
            return [("behandelaar", naar)]
        case GesprekGevoerd(deelnemers=ps) | WerkagendaAfgesproken(partijen=ps):
            return [("belanghebbende", p) for p in ps]
        case Afgerond(verklaring=verklaring):
            return [("belanghebbende", v.partij) for v in verklaring.verklaringen]
        case Verklaard(door=door):
            return [("belanghebbende", door)]
    return []


def _rollen(i: Interventie) -> list[dict[str, Any]]:
    paren = [("initiator", i.hulpvraag.vrager)]
    paren += [paar for g in i.geldende_gebeurtenissen for paar in _partijen(g)]
    uniek = list(dict.fromkeys((rol, p.naam, p.rol.value) for rol, p in paren))
    return [
        {
            "omschrijvingGeneriek": rol,
            "betrokkeneType": "organisatorische_eenheid",
            "roltoelichting": soort,
            "betrokkeneIdentificatie": {"naam": naam},
        }
        for rol, naam, soort in uniek
    ]


def _object(soort: str, relatie: str, data: dict[str, Any]) -> dict[str, Any]:
    return {
        "objectType": "overige",
        "objectTypeOverige": soort,
        "relatieomschrijving": relatie,
        "objectIdentificatie": {"overigeData": data},
    }


def interventie_als_zaak(interventie: Interventie) -> dict[str, Any]:
    """The ZGW zaak of ``interventie``: statussen, resultaat, rollen and zaakobjecten.

    Dates are the Amsterdam calendar days of the moments; moments are RFC 3339 in UTC.

    Examples:
        >>> from gedragswerk_core import voorbeeld
        >>> zaak = interventie_als_zaak(voorbeeld.interventie_na_intake())
        >>> zaak["status"], [s["statustype"] for s in zaak["statussen"]], zaak["resultaat"]
        ('lopend', ['ontvangen', 'lopend'], None)

    Raises:
        InvalidValueError: ``interventie`` is not an `Interventie`.
    """
    if type(interventie) is not Interventie:
        raise InvalidValueError(
            f"expected an Interventie, got {type(interventie).__name__}", field="interventie"
        )
    eerste, laatste = (
        interventie.geldende_gebeurtenissen[0],
        interventie.geldende_gebeurtenissen[-1],
    )
    statustype, resultaattype = statustype_van(interventie.status)
    begin = eerste.moment.in_timezone(_AMSTERDAM).date().isoformat()
    leerlingen = [
        _object(_LEERLING, "betrokken leerling", {"ref": b.ref.waarde})
        for b in interventie.hulpvraag.leerlingen
    ]
    gebeurtenissen = []
    for nummer, g in enumerate(interventie.gebeurtenissen):  # the log: read back as it is
        data = to_dict(g)
        del data["schema_version"]
        gebeurtenissen.append(_object(_GEBEURTENIS, f"gebeurtenis {nummer}", data))
    return {
        "zaaktype": ZAAKTYPE,
        "omschrijving": f"hulpvraag in regio {interventie.hulpvraag.regio}",
        "registratiedatum": begin,
        "startdatum": begin,
        "einddatum": None
        if resultaattype is None
        else laatste.moment.in_timezone(_AMSTERDAM).date().isoformat(),
        "status": statustype,
        "statussen": _statussen(interventie),
        "resultaat": None
        if resultaattype is None
        else {"resultaattype": resultaattype, "toelichting": STAPPEN[type(laatste)].naam},
        "rollen": _rollen(interventie),
        "zaakobjecten": leerlingen + gebeurtenissen,
    }


def _gebeurtenis(nummer: int, zaakobject: dict[str, Any]) -> Gebeurtenis:
    try:
        return from_dict(Gebeurtenis, zaakobject["objectIdentificatie"]["overigeData"])
    except StructureError as fout:
        pad = f"$.zaakobjecten[{nummer}].objectIdentificatie.overigeData"
        regels = [r.replace(" @ $", f" @ {pad}", 1) for r in fout.errors]
        raise StructureError("zaak", regels) from None


def zaak_als_interventie(zaak: dict[str, Any]) -> Interventie:
    """Read an `Interventie` back from its zaak: its events, replayed with every check.

    Raises:
        StructureError: a zaakobject of an event cannot be read, or the zaak has no events.
        InvalidValueError: the statussen or resultaat are not those the events give.
        RefusedError: the events are not a possible history.
    """
    try:
        objecten = list(zaak["zaakobjecten"])
        gebeurtenissen = [
            _gebeurtenis(n, o)
            for n, o in enumerate(objecten)
            if o.get("objectTypeOverige") == _GEBEURTENIS
        ]
    except (KeyError, TypeError, AttributeError):
        raise StructureError(
            "zaak", ["expected zaakobjecten as made by interventie_als_zaak @ $"]
        ) from None
    if not gebeurtenissen:
        raise StructureError("zaak", ["no zaakobject of an event @ $.zaakobjecten"])
    interventie = Interventie(tuple(gebeurtenissen))
    opnieuw = interventie_als_zaak(interventie)
    for veld in ("status", "statussen", "resultaat"):
        if zaak.get(veld) != opnieuw[veld]:
            raise InvalidValueError(
                "is not what the events give",
                field=f"zaak.{veld}",
                hint="the statussen and resultaat follow from the events (STAPPEN)",
            )
    return interventie
