"""Dict round trip of an intervention, 3 parties and 5 events: ours (cattrs), pydantic v2, msgspec.

Each library gets the same model — the same fields with the same types: parties with their
role, level and care-structure enums, a pupil list with the situation enum, the channel and the
sparring role as enums, five events in a union tagged by ``"type"``, aware moments as RFC 3339
strings — and the same job: value -> JSON-ready dict -> value, with validation on the way in.
The enums are the library's own classes. Ours builds every value through its constructor, so it
also runs every field check and replays the history with every lifecycle check (R-LC-*) while
reading, which the other models do not do: that is part of our cost. For context, two more
pydantic models: one with plain strings where the model has enums, and one that adds most of
the field checks our classes make on this data.

Budget (issue 16): the round trip of ours at most 2x that of pydantic v2 on the same model. A
floor to stay above, not a race. Run by hand::

    python -m pytest benchmarks/test_serialisatie.py --benchmark-enable

With ``--benchmark-disable`` each benchmark runs once as a smoke test and the budget
is not checked (one run would only make it flaky); with ``--benchmark-enable`` the whole module
takes a few seconds.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import statistics
import time
from typing import Annotated, Final, Literal

import msgspec
import pydantic
import pytest

from gedragswerk_core import (
    Afrondingsverklaring,
    Interventie,
    Kanaal,
    LeerlingSituatie,
    Niveau,
    Rol,
    SparringRol,
    StructureError,
    Zorgstructuur,
    from_dict,
    rond_af,
    spreek_werkagenda_af,
    to_dict,
    voer_gesprek,
    voorbeeld,
)


def _ours() -> Interventie:
    p = voorbeeld.partijen()
    drie = (p["swv"], p["school"], p["leerplicht"])
    i = voorbeeld.interventie_na_intake()
    i = voer_gesprek(i, voorbeeld.moment(2015, 10, 1), drie, SparringRol.ADVISEUR)
    i = spreek_werkagenda_af(i, voorbeeld.moment(2015, 10, 2), drie)
    return rond_af(i, voorbeeld.moment(2015, 11, 2), Afrondingsverklaring(oplossing_gevonden=True))


INTERVENTIE = _ours()
DATA = to_dict(INTERVENTIE)


# --- pydantic v2 ---------------------------------------------------------------------------------


class PPartij(pydantic.BaseModel, frozen=True, extra="forbid"):
    naam: Annotated[str, pydantic.StringConstraints(min_length=1, max_length=200)]
    rol: Rol
    niveau: Niveau
    zorgstructuur: Zorgstructuur
    omschrijving: str | None = None


class PLeerling(pydantic.BaseModel, frozen=True, extra="forbid"):
    ref: Annotated[str, pydantic.StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$")]
    situatie: LeerlingSituatie
    thuis_sinds: dt.date | None = None


class PHulpvraag(pydantic.BaseModel, frozen=True, extra="forbid"):
    vrager: PPartij
    leerlingen: tuple[PLeerling, ...]
    regio: str
    kanaal: Kanaal
    consulenten_betrokken: bool
    systemisch_aspect: bool
    omschrijving: str | None = None


class POntvangen(pydantic.BaseModel, frozen=True, extra="forbid"):
    type: Literal["HulpvraagOntvangen"]
    moment: pydantic.AwareDatetime
    hulpvraag: PHulpvraag
    kenmerk: str | None = None


class PGeaccepteerd(pydantic.BaseModel, frozen=True, extra="forbid"):
    type: Literal["Geaccepteerd"]
    moment: pydantic.AwareDatetime


class PGesprek(pydantic.BaseModel, frozen=True, extra="forbid"):
    type: Literal["GesprekGevoerd"]
    moment: pydantic.AwareDatetime
    deelnemers: tuple[PPartij, ...]
    rol: SparringRol
    conflict: bool = False


class PWerkagenda(pydantic.BaseModel, frozen=True, extra="forbid"):
    type: Literal["WerkagendaAfgesproken"]
    moment: pydantic.AwareDatetime
    partijen: tuple[PPartij, ...]


class PPartijverklaring(pydantic.BaseModel, frozen=True, extra="forbid"):
    partij: PPartij
    kan: bool
    wil: bool


class PVerklaring(pydantic.BaseModel, frozen=True, extra="forbid"):
    oplossing_gevonden: bool
    kunnen_zelf_verder: bool = False
    willen_zelf_verder: bool = False
    verklaringen: tuple[PPartijverklaring, ...] = ()


class PHerbeoordeling(pydantic.BaseModel, frozen=True, extra="forbid"):
    opgelost: int
    nog_open: int
    nieuw: int
    onbekend: int
    verbeterd: tuple[str, ...] = ()
    interventie: str | None = None


class PAfgerond(pydantic.BaseModel, frozen=True, extra="forbid"):
    type: Literal["Afgerond"]
    moment: pydantic.AwareDatetime
    verklaring: PVerklaring
    herbeoordeling: PHerbeoordeling | None = None


PEvent = Annotated[
    POntvangen | PGeaccepteerd | PGesprek | PWerkagenda | PAfgerond,
    pydantic.Field(discriminator="type"),
]


class PInterventie(pydantic.BaseModel, frozen=True, extra="forbid"):
    gebeurtenissen: tuple[PEvent, ...]
    schema_version: int


PYDANTIC = PInterventie.model_validate(DATA)


# --- pydantic v2 with plain strings where the model has enums ------------------------------------
# For context only: the model above with the level, care structure, channel and sparring role as
# plain strings and the situation as a Literal, as the comparison model had them until
# 2026-11-24.


class SPartij(PPartij, frozen=True, extra="forbid"):
    niveau: str  # type: ignore[assignment]
    zorgstructuur: str  # type: ignore[assignment]


class SLeerling(PLeerling, frozen=True, extra="forbid"):
    situatie: Literal["thuiszitter", "dreigende_thuiszitter"]  # type: ignore[assignment]


class SHulpvraag(PHulpvraag, frozen=True, extra="forbid"):
    vrager: SPartij
    leerlingen: tuple[SLeerling, ...]
    kanaal: str  # type: ignore[assignment]


class SOntvangen(POntvangen, frozen=True, extra="forbid"):
    hulpvraag: SHulpvraag


class SGesprek(PGesprek, frozen=True, extra="forbid"):
    deelnemers: tuple[SPartij, ...]
    rol: str  # type: ignore[assignment]


class SWerkagenda(PWerkagenda, frozen=True, extra="forbid"):
    partijen: tuple[SPartij, ...]


SEvent = Annotated[
    SOntvangen | PGeaccepteerd | SGesprek | SWerkagenda | PAfgerond,
    pydantic.Field(discriminator="type"),
]


class SInterventie(PInterventie, frozen=True, extra="forbid"):
    gebeurtenissen: tuple[SEvent, ...]  # type: ignore[assignment]


PYDANTIC_TEKST = SInterventie.model_validate(DATA)


# --- pydantic v2 with the same field checks ------------------------------------------------------
# For context only (the goal is against the first pydantic model): most of the checks our classes
# make on this data, written as pydantic validators. Texts non-blank and bounded, a pupil
# reference that is no BSN, distinct pupils and at least one, a home date only for a thuiszitter,
# at least one party, and moments kept as their instant in UTC (R-LPW-9), on the same model
# (the enums too). Not modelled: R-ACT-3, and the lifecycle replay
# (R-LC-*), for which pydantic has no place.


def _niet_leeg(tekst: str) -> str:
    if tekst.isspace():
        raise ValueError("blank")
    return tekst


def _in_utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC)


def _geen_bsn(ref: str) -> str:
    if len(ref) == 9 and ref.isdigit():
        raise ValueError("could be a BSN")
    return ref


def _tekst(lengte: int) -> object:
    return Annotated[
        str,
        pydantic.StringConstraints(min_length=1, max_length=lengte),
        pydantic.AfterValidator(_niet_leeg),
    ]


Moment = Annotated[pydantic.AwareDatetime, pydantic.AfterValidator(_in_utc)]
Tekst200 = _tekst(200)


class CPartij(pydantic.BaseModel, frozen=True, extra="forbid"):
    naam: Tekst200  # type: ignore[valid-type]
    rol: Rol
    niveau: Niveau
    zorgstructuur: Zorgstructuur
    omschrijving: Tekst200 | None = None  # type: ignore[valid-type]


class CLeerling(pydantic.BaseModel, frozen=True, extra="forbid"):
    ref: Annotated[
        str,
        pydantic.StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$"),
        pydantic.AfterValidator(_geen_bsn),
    ]
    situatie: LeerlingSituatie
    thuis_sinds: dt.date | None = None

    @pydantic.model_validator(mode="after")
    def _alleen_thuiszitter_heeft_datum(self) -> CLeerling:
        if self.thuis_sinds is not None and self.situatie is not LeerlingSituatie.THUISZITTER:
            raise ValueError("only a thuiszitter")
        return self


class CHulpvraag(pydantic.BaseModel, frozen=True, extra="forbid"):
    vrager: CPartij
    leerlingen: Annotated[tuple[CLeerling, ...], pydantic.Field(min_length=1)]
    regio: Tekst200  # type: ignore[valid-type]
    kanaal: Kanaal
    consulenten_betrokken: bool
    systemisch_aspect: bool
    omschrijving: _tekst(10_000) | None = None  # type: ignore[valid-type]

    @pydantic.field_validator("leerlingen")
    @classmethod
    def _verschillend(cls, leerlingen: tuple[CLeerling, ...]) -> tuple[CLeerling, ...]:
        if len({leerling.ref for leerling in leerlingen}) != len(leerlingen):
            raise ValueError("a pupil is listed twice")
        return leerlingen


class COntvangen(pydantic.BaseModel, frozen=True, extra="forbid"):
    type: Literal["HulpvraagOntvangen"]
    moment: Moment
    hulpvraag: CHulpvraag
    kenmerk: str | None = None


class CGeaccepteerd(pydantic.BaseModel, frozen=True, extra="forbid"):
    type: Literal["Geaccepteerd"]
    moment: Moment


class CGesprek(pydantic.BaseModel, frozen=True, extra="forbid"):
    type: Literal["GesprekGevoerd"]
    moment: Moment
    deelnemers: Annotated[tuple[CPartij, ...], pydantic.Field(min_length=1)]
    rol: SparringRol
    conflict: bool = False


class CWerkagenda(pydantic.BaseModel, frozen=True, extra="forbid"):
    type: Literal["WerkagendaAfgesproken"]
    moment: Moment
    partijen: Annotated[tuple[CPartij, ...], pydantic.Field(min_length=1)]


class CAfgerond(pydantic.BaseModel, frozen=True, extra="forbid"):
    type: Literal["Afgerond"]
    moment: Moment
    verklaring: PVerklaring
    herbeoordeling: PHerbeoordeling | None = None


CEvent = Annotated[
    COntvangen | CGeaccepteerd | CGesprek | CWerkagenda | CAfgerond,
    pydantic.Field(discriminator="type"),
]


class CInterventie(PInterventie, frozen=True, extra="forbid"):
    gebeurtenissen: tuple[CEvent, ...]  # type: ignore[assignment]


PYDANTIC_CONTROLES = CInterventie.model_validate(DATA)


# --- msgspec ------------------------------------------------------------------------------------


class MPartij(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    naam: str
    rol: Rol
    niveau: Niveau
    zorgstructuur: Zorgstructuur
    omschrijving: str | None = None


class MLeerling(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    ref: str
    situatie: LeerlingSituatie
    thuis_sinds: dt.date | None = None


class MHulpvraag(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    vrager: MPartij
    leerlingen: tuple[MLeerling, ...]
    regio: str
    kanaal: Kanaal
    consulenten_betrokken: bool
    systemisch_aspect: bool
    omschrijving: str | None = None


class MOntvangen(msgspec.Struct, tag="HulpvraagOntvangen", tag_field="type", frozen=True):
    moment: dt.datetime
    hulpvraag: MHulpvraag
    kenmerk: str | None = None


class MGeaccepteerd(msgspec.Struct, tag="Geaccepteerd", tag_field="type", frozen=True):
    moment: dt.datetime


class MGesprek(msgspec.Struct, tag="GesprekGevoerd", tag_field="type", frozen=True):
    moment: dt.datetime
    deelnemers: tuple[MPartij, ...]
    rol: SparringRol
    conflict: bool = False


class MWerkagenda(msgspec.Struct, tag="WerkagendaAfgesproken", tag_field="type", frozen=True):
    moment: dt.datetime
    partijen: tuple[MPartij, ...]


class MPartijverklaring(msgspec.Struct, frozen=True):
    partij: MPartij
    kan: bool
    wil: bool


class MVerklaring(msgspec.Struct, frozen=True):
    oplossing_gevonden: bool
    kunnen_zelf_verder: bool = False
    willen_zelf_verder: bool = False
    verklaringen: tuple[MPartijverklaring, ...] = ()


class MHerbeoordeling(msgspec.Struct, frozen=True):
    opgelost: int
    nog_open: int
    nieuw: int
    onbekend: int
    verbeterd: tuple[str, ...] = ()
    interventie: str | None = None


class MAfgerond(msgspec.Struct, tag="Afgerond", tag_field="type", frozen=True):
    moment: dt.datetime
    verklaring: MVerklaring
    herbeoordeling: MHerbeoordeling | None = None


class MInterventie(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    gebeurtenissen: tuple[MOntvangen | MGeaccepteerd | MGesprek | MWerkagenda | MAfgerond, ...]
    schema_version: int


MSGSPEC = msgspec.convert(DATA, MInterventie)


# --- the benchmarks ------------------------------------------------------------------------------


def _round_trip_ours() -> Interventie:
    return from_dict(Interventie, to_dict(INTERVENTIE))


def _round_trip_pydantic() -> PInterventie:
    return PInterventie.model_validate(PYDANTIC.model_dump(mode="json"))


def _round_trip_pydantic_tekst() -> SInterventie:
    return SInterventie.model_validate(PYDANTIC_TEKST.model_dump(mode="json"))


def _round_trip_pydantic_controles() -> CInterventie:
    return CInterventie.model_validate(PYDANTIC_CONTROLES.model_dump(mode="json"))


def _round_trip_msgspec() -> MInterventie:
    return msgspec.convert(msgspec.to_builtins(MSGSPEC), MInterventie)


IMPLEMENTATIES = {
    "gedragswerk_core (cattrs)": _round_trip_ours,
    "pydantic v2": _round_trip_pydantic,
    "pydantic v2, enums as plain strings": _round_trip_pydantic_tekst,
    "pydantic v2, with field checks": _round_trip_pydantic_controles,
    "msgspec": _round_trip_msgspec,
}


def _partijdicts(data):
    if isinstance(data, dict):
        if "zorgstructuur" in data:
            yield data
        for waarde in data.values():
            yield from _partijdicts(waarde)
    elif isinstance(data, list):
        for waarde in data:
            yield from _partijdicts(waarde)


def test_de_modellen_beschrijven_dezelfde_data():
    assert _round_trip_ours() == INTERVENTIE
    assert _round_trip_pydantic() == PYDANTIC
    assert _round_trip_pydantic_tekst() == PYDANTIC_TEKST
    assert _round_trip_msgspec() == MSGSPEC
    assert _round_trip_pydantic_controles() == PYDANTIC_CONTROLES
    # The same JSON, key order aside.
    ons = json.loads(json.dumps(to_dict(INTERVENTIE)["gebeurtenissen"]))
    for model in (PYDANTIC, PYDANTIC_TEKST, PYDANTIC_CONTROLES):
        assert json.loads(model.model_dump_json())["gebeurtenissen"] == ons
    assert json.loads(msgspec.json.encode(MSGSPEC))["gebeurtenissen"] == ons
    assert PYDANTIC_CONTROLES.gebeurtenissen[0].moment.tzinfo is dt.UTC
    assert len(INTERVENTIE.gebeurtenissen) == 5
    partijen = [json.dumps(p, sort_keys=True) for p in _partijdicts(DATA)]
    assert (len(partijen), len(set(partijen))) == (7, 3)  # 7 party dicts, 3 parties
    assert PYDANTIC.model_dump(mode="json")["gebeurtenissen"][2]["type"] == "GesprekGevoerd"
    assert len(PYDANTIC.gebeurtenissen[2].deelnemers) == 3


@pytest.mark.parametrize(
    "pad",
    [
        ("hulpvraag", "vrager", "niveau"),
        ("hulpvraag", "vrager", "zorgstructuur"),
        ("hulpvraag", "kanaal"),
        ("hulpvraag", "leerlingen", 0, "situatie"),
    ],
)
def test_het_zelfde_model_weigert_een_onbekende_enumwaarde_zoals_wij(pad):
    data = copy.deepcopy(DATA)
    plek = data["gebeurtenissen"][0]
    for stap in pad[:-1]:
        plek = plek[stap]
    plek[pad[-1]] = "onbekend"
    with pytest.raises(StructureError):
        from_dict(Interventie, data)
    with pytest.raises(pydantic.ValidationError):
        PInterventie.model_validate(data)
    with pytest.raises(msgspec.ValidationError):
        msgspec.convert(data, MInterventie)
    if pad[-1] != "situatie":  # the strings model takes any text there
        SInterventie.model_validate(data)


@pytest.mark.parametrize(
    ("pad", "fout"),
    [
        (("hulpvraag", "regio"), " "),
        (("hulpvraag", "leerlingen", 0, "ref"), "123456782"),
        (("hulpvraag", "leerlingen", 1, "thuis_sinds"), "2015-06-01"),
        (("hulpvraag", "leerlingen"), []),
    ],
)
def test_het_model_met_dezelfde_controles_weigert_wat_wij_weigeren(pad, fout):
    data = copy.deepcopy(DATA)
    plek = data["gebeurtenissen"][0]
    for stap in pad[:-1]:
        plek = plek[stap]
    plek[pad[-1]] = fout
    with pytest.raises(pydantic.ValidationError):
        CInterventie.model_validate(data)
    with pytest.raises(StructureError):
        from_dict(Interventie, data)


@pytest.mark.parametrize("naam", list(IMPLEMENTATIES))
def test_dict_rondgang(benchmark, naam):
    benchmark.group = "dict round trip: intervention, 3 parties, 5 events"
    benchmark.pedantic(IMPLEMENTATIES[naam], rounds=200, iterations=10, warmup_rounds=5)
    if not benchmark.disabled:
        benchmark.extra_info["median_us"] = round(benchmark.stats.stats.median * 1e6, 2)


def _medians_side_by_side(*functies, blokken: int = 21, per_blok: int = 50) -> list[float]:
    """The median time per call of each function, measured in interleaved blocks.

    Interleaved, so that a change in the machine's load falls on all of them alike.
    """
    tijden: list[list[float]] = [[] for _ in functies]
    for _ in range(blokken):
        for functie, lijst in zip(functies, tijden, strict=True):
            begin = time.perf_counter()
            for _ in range(per_blok):
                functie()
            lijst.append((time.perf_counter() - begin) / per_blok)
    return [statistics.median(lijst) for lijst in tijden]


BUDGET: Final = 2.0
"""Ours at most this many times pydantic v2 on the same model (issue 16)."""


def test_budget_hoogstens_twee_keer_pydantic(request, results):
    config = request.config
    if config.getoption("benchmark_disable") and not config.getoption("benchmark_enable"):
        pytest.skip("run with --benchmark-enable to check the budget")
    # Measured here, side by side, so the check does not depend on the order the tests ran in.
    _medians_side_by_side(_round_trip_ours, _round_trip_pydantic, _round_trip_msgspec, blokken=3)
    ours, theirs, msgspec_s = _medians_side_by_side(
        _round_trip_ours, _round_trip_pydantic, _round_trip_msgspec
    )
    results["serialisatie"] = {"ours": ours, "pydantic": theirs, "msgspec": msgspec_s}
    ratio = ours / theirs
    print(  # noqa: T201 - shown with -s
        f"dict round trip, median: ours {ours * 1e6:.1f} µs, pydantic (same model) "
        f"{theirs * 1e6:.1f} µs, msgspec {msgspec_s * 1e6:.1f} µs; ours / pydantic {ratio:.2f}"
    )
    assert ratio <= BUDGET, f"ours {ours * 1e6:.1f} µs, pydantic {theirs * 1e6:.1f} µs"
