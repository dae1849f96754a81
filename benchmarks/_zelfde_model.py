"""The benchmark intervention as a pydantic v2 model that validates what the library validates.

The budget of issue 16 compares the library's dict round trip with pydantic v2 "on the same
model": the same fields and types, and the same validation on the way in. The library builds
every value through its constructor, so a dict form passes every field check, every check of a
value as a whole, the input limits of issue 18 and the replay of the history with every
lifecycle check (R-GEB-1, R-LC-*). This module gives pydantic each of those, written the way a
pydantic user would: constraints where pydantic has them (strict booleans and integers, lengths,
patterns, discriminated unions, ``extra="forbid"``), field and model validators where it has
not. The checks that need the library's own rule tables (the lifecycle's transitions, the BSN
elfproef, the intake's channels) call the library's public tables and functions, so both sides
decide by the same rules.

What each side checks, on this model:

- texts: not blank, at most 200 (names, region) or 10,000 (a description) characters; every text
  at most 100,000 characters (MAX_TEKST) and without a lone surrogate;
- yes/no and counts: exactly booleans and integers (no ``"true"``, no ``1`` for ``True``, no
  ``1.0``), counts from 0 to 2**53 (MAX_GETAL);
- dates ``YYYY-MM-DD`` only; moments RFC 3339 with an offset, kept as their instant in UTC;
- enums: their values only;
- a pupil reference: the reference pattern, not nine digits, no run of nine digits passing the
  elfproef; an intervention reference: the pattern;
- a party: a role OVERIG has a description (R-ACT-3), a pupil as a party is named by its
  reference (R-ACT-4); a pupil's home date only for a thuiszitter (R-LC-1); at least one pupil,
  each once; at least one participant in a conversation and a werkagenda;
- the afronding's statement: the booleans follow from the parties' statements (R-LC-5); the
  reassessment's dimensions distinct and in order, improved only when resolved (R-KKW-3);
- at most 10,000 events (MAX_GEBEURTENISSEN); the schema version 1 (or none);
- the history: it starts with the hulpvraag (R-LC-1), no event earlier than the one before it
  (R-GEB-1), each step allowed in the status before it (the step table), and each step's
  conditions: the intake (R-LC-7), a regional party at a conversation and a werkagenda (R-LC-3,
  R-WA-5), the afronding (R-LC-5, R-LC-4) and its reassessment (R-KKW-3).

Not modelled: a caller's own reference pattern (`gebruik_referentiepatroon`, not set in the
benchmark), and the limits of nesting depth and of values in one input, which the model's shape
bounds for pydantic as the type bounds them for the library's quick read.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

import pydantic

from gedragswerk_core import (
    Kanaal,
    LeerlingSituatie,
    Niveau,
    Rol,
    SparringRol,
    Zorgstructuur,
    bevat_bsn,
)
from gedragswerk_core.interventie.stappen import STAPPEN
from gedragswerk_core.serialisatie.converter import MOMENT_PATTERN
from gedragswerk_core.serialisatie.grenzen import MAX_GEBEURTENISSEN, MAX_GETAL, MAX_TEKST

_MOMENT = re.compile(MOMENT_PATTERN, re.ASCII)
_DATUM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_REF = r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$"
_REF_RE = re.compile(_REF)


def _niet_leeg(tekst: str) -> str:
    if tekst.isspace():
        raise ValueError("blank")
    return tekst


def _tekst(lengte: int) -> object:
    # A text with a length constraint is counted as Unicode: pydantic refuses a lone surrogate.
    return Annotated[
        str,
        pydantic.Strict(),
        pydantic.StringConstraints(min_length=1, max_length=lengte),
        pydantic.AfterValidator(_niet_leeg),
    ]


def _rfc3339(waarde: object) -> object:
    if not isinstance(waarde, str) or _MOMENT.fullmatch(waarde) is None:
        raise ValueError("expected a moment with a UTC offset")
    return waarde


def _iso_datum(waarde: object) -> object:
    if not isinstance(waarde, str) or _DATUM.fullmatch(waarde) is None:
        raise ValueError("expected a date as YYYY-MM-DD")
    return waarde


def _in_utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC)


def _geen_bsn(ref: str) -> str:
    if (len(ref) == 9 and ref.isdigit()) or bevat_bsn(ref):
        raise ValueError("could be a BSN")
    return ref


def _pseudoniem(naam: str) -> bool:
    return _REF_RE.fullmatch(naam) is not None and not (
        (len(naam) == 9 and naam.isdigit()) or bevat_bsn(naam)
    )


Tekst200 = _tekst(200)
Tekst10000 = _tekst(10_000)
Ja = pydantic.StrictBool
Aantal = Annotated[int, pydantic.Strict(), pydantic.Field(ge=0, le=MAX_GETAL)]
Moment = Annotated[
    pydantic.AwareDatetime,
    pydantic.BeforeValidator(_rfc3339),
    pydantic.AfterValidator(_in_utc),
]
Datum = Annotated[dt.date, pydantic.BeforeValidator(_iso_datum)]
Ref = Annotated[str, pydantic.Strict(), pydantic.StringConstraints(pattern=_REF)]
LeerlingRef = Annotated[Ref, pydantic.AfterValidator(_geen_bsn)]


class _Model(pydantic.BaseModel, frozen=True, extra="forbid", str_max_length=MAX_TEKST):
    pass


class ZInterventieRef(_Model, frozen=True):
    waarde: Ref  # type: ignore[valid-type]


class ZPartij(_Model, frozen=True):
    naam: Tekst200  # type: ignore[valid-type]
    rol: Rol
    niveau: Niveau
    zorgstructuur: Zorgstructuur
    omschrijving: Tekst200 | None = None  # type: ignore[valid-type]

    @pydantic.model_validator(mode="after")
    def _rol(self) -> ZPartij:
        if self.rol is Rol.OVERIG and self.omschrijving is None:
            raise ValueError("a party with role OVERIG needs an omschrijving")  # R-ACT-3
        if self.rol is Rol.LEERLING and not _pseudoniem(self.naam):
            raise ValueError("a pupil takes part under its reference")  # R-ACT-4
        return self


class ZLeerling(_Model, frozen=True):
    ref: LeerlingRef  # type: ignore[valid-type]
    situatie: LeerlingSituatie
    thuis_sinds: Datum | None = None

    @pydantic.model_validator(mode="after")
    def _alleen_thuiszitter_heeft_datum(self) -> ZLeerling:
        if self.thuis_sinds is not None and self.situatie is not LeerlingSituatie.THUISZITTER:
            raise ValueError("only a thuiszitter")  # R-LC-1
        return self


class ZHulpvraag(_Model, frozen=True):
    vrager: ZPartij
    leerlingen: Annotated[tuple[ZLeerling, ...], pydantic.Field(min_length=1)]
    regio: Tekst200  # type: ignore[valid-type]
    kanaal: Kanaal
    consulenten_betrokken: Ja
    systemisch_aspect: Ja | None  # None: not yet established (R-VKL-1)
    omschrijving: Tekst10000 | None = None  # type: ignore[valid-type]

    @pydantic.field_validator("leerlingen")
    @classmethod
    def _verschillend(cls, leerlingen: tuple[ZLeerling, ...]) -> tuple[ZLeerling, ...]:
        if len({leerling.ref for leerling in leerlingen}) != len(leerlingen):
            raise ValueError("a pupil is listed twice")
        return leerlingen


class ZOntvangen(_Model, frozen=True):
    type: Literal["HulpvraagOntvangen"]
    moment: Moment
    hulpvraag: ZHulpvraag
    kenmerk: ZInterventieRef | None = None


class ZGeaccepteerd(_Model, frozen=True):
    type: Literal["Geaccepteerd"]
    moment: Moment


class ZGesprek(_Model, frozen=True):
    type: Literal["GesprekGevoerd"]
    moment: Moment
    deelnemers: Annotated[tuple[ZPartij, ...], pydantic.Field(min_length=1)]
    rol: SparringRol
    conflict: Ja = False


class ZWerkagenda(_Model, frozen=True):
    type: Literal["WerkagendaAfgesproken"]
    moment: Moment
    partijen: Annotated[tuple[ZPartij, ...], pydantic.Field(min_length=1)]


class ZPartijverklaring(_Model, frozen=True):
    partij: ZPartij
    kan: Ja
    wil: Ja


class ZVerklaring(_Model, frozen=True):
    oplossing_gevonden: Ja
    kunnen_zelf_verder: Ja | None = None  # None: not stated here (R-VKL-1)
    willen_zelf_verder: Ja | None = None
    verklaringen: tuple[ZPartijverklaring, ...] = ()

    @pydantic.model_validator(mode="after")
    def _volgen_uit_de_verklaringen(self) -> ZVerklaring:
        if self.verklaringen and (
            self.kunnen_zelf_verder not in (None, all(p.kan for p in self.verklaringen))
            or self.willen_zelf_verder not in (None, all(p.wil for p in self.verklaringen))
        ):
            raise ValueError("kunnen and willen follow from the parties' statements")  # R-LC-5
        return self


DIMENSIES = ("kennen", "kunnen", "willen")


class ZHerbeoordeling(_Model, frozen=True):
    opgelost: Aantal
    nog_open: Aantal
    nieuw: Aantal
    onbekend: Aantal
    verbeterd: tuple[Literal["kennen", "kunnen", "willen"], ...] = ()
    interventie: ZInterventieRef | None = None

    @pydantic.model_validator(mode="after")
    def _verbeterd(self) -> ZHerbeoordeling:
        if list(self.verbeterd) != sorted(set(self.verbeterd), key=DIMENSIES.index):
            raise ValueError("dimensions each once, in order")  # R-KKW-3
        if self.verbeterd and not self.opgelost:
            raise ValueError("improved only when a knelpunt was resolved")  # R-KKW-3
        return self


class ZAfgerond(_Model, frozen=True):
    type: Literal["Afgerond"]
    moment: Moment
    verklaring: ZVerklaring
    herbeoordeling: ZHerbeoordeling | None = None


ZEvent = Annotated[
    ZOntvangen | ZGeaccepteerd | ZGesprek | ZWerkagenda | ZAfgerond,
    pydantic.Field(discriminator="type"),
]

# --- the history: the library's step table, by event name ---------------------------------------

_OVERGANGEN = {
    soort.__name__: {
        (voor.value if voor is not None else None): na.value for voor, na in stap.overgangen.items()
    }
    for soort, stap in STAPPEN.items()
}


def _regionaal(partijen: tuple[ZPartij, ...]) -> bool:
    return any(p.rol is not Rol.SPARRING_PARTNER for p in partijen)  # R-LC-3, R-WA-5, R-LC-4


def _intake(eerdere: list[ZEvent], _: ZGeaccepteerd) -> bool:
    h = eerdere[0].hulpvraag  # R-LC-7: a first contact needs both facts, else a referral
    # (no statements in this model's events: an unknown systemic aspect stays undecided)
    return not h.kanaal.is_eerste_contact or (
        h.consulenten_betrokken and h.systemisch_aspect is True
    )


def _afronding(eerdere: list[ZEvent], g: ZAfgerond) -> bool:
    v = g.verklaring  # R-LC-5; R-LC-4: never Gedragswerk stating for the region
    if any(p.partij.rol is Rol.SPARRING_PARTNER for p in v.verklaringen):
        return False
    h, eigen = g.herbeoordeling, eerdere[0].kenmerk  # R-KKW-3
    if h is not None and h.interventie is not None and eigen is not None and h.interventie != eigen:
        return False
    return v.oplossing_gevonden or (v.kunnen_zelf_verder is True and v.willen_zelf_verder is True)


_VOORWAARDEN = {
    "Geaccepteerd": _intake,
    "GesprekGevoerd": lambda _, g: _regionaal(g.deelnemers),
    "WerkagendaAfgesproken": lambda _, g: _regionaal(g.partijen),
    "Afgerond": _afronding,
}


class ZInterventie(_Model, frozen=True):
    gebeurtenissen: Annotated[
        tuple[ZEvent, ...], pydantic.Field(min_length=1, max_length=MAX_GEBEURTENISSEN)
    ]
    schema_version: Literal[1] = 1

    @pydantic.model_validator(mode="after")
    def _geschiedenis(self) -> ZInterventie:
        gebeurtenissen = self.gebeurtenissen
        status = None
        for index, g in enumerate(gebeurtenissen):
            if index and g.moment < gebeurtenissen[index - 1].moment:
                raise ValueError("an event earlier than the one before it")  # R-GEB-1
            status = _OVERGANGEN[g.type].get(status)
            if status is None:
                raise ValueError("a step not allowed in this status")  # R-LC-*
            voorwaarde = _VOORWAARDEN.get(g.type)
            if voorwaarde is not None and not voorwaarde(gebeurtenissen[:index], g):
                raise ValueError("a condition of the step is not met")
        return self
