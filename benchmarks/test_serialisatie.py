"""Dict round trip of an intervention, 3 parties and 5 events: ours (cattrs), pydantic v2, msgspec.

Each library gets the same model — the same fields with the same types: parties with their
role, level and care-structure enums, a pupil list with the situation enum, the channel and the
sparring role as enums, five events in a union tagged by ``"type"``, aware moments as RFC 3339
strings — and the same job: value -> JSON-ready dict -> value, with validation on the way in.
The enums are the library's own classes.

Ours builds every value through its constructor, so it runs every field check, the checks of a
value as a whole, issue 18's input limits and the replay of the history with every lifecycle
check. The budget's pydantic model (`_zelfde_model.ZInterventie`) validates the same, as a
pydantic user would write it; the tests below pin that both refuse the same damaged inputs. For
context, pydantic models that check the types only (one with plain strings for the enums) and
msgspec, which checks the types only.

Budget (issue 16): the round trip of ours at most 2x that of pydantic v2 on the same model. A
floor to stay above, not a race. Run by hand::

    python -m pytest benchmarks/test_serialisatie.py --benchmark-enable -s -k budget

With ``--benchmark-disable`` each benchmark runs once as a smoke test and the budget
is not checked (one run would only make it flaky); with ``--benchmark-enable`` the whole module
takes a few seconds.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path
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


# --- pydantic v2, the same types only -----------------------------------------------------------


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


class PInterventieRef(pydantic.BaseModel, frozen=True, extra="forbid"):
    waarde: str


class PHulpvraag(pydantic.BaseModel, frozen=True, extra="forbid"):
    vrager: PPartij
    leerlingen: tuple[PLeerling, ...]
    regio: str
    kanaal: Kanaal
    consulenten_betrokken: bool
    systemisch_aspect: bool | None
    omschrijving: str | None = None


class POntvangen(pydantic.BaseModel, frozen=True, extra="forbid"):
    type: Literal["HulpvraagOntvangen"]
    moment: pydantic.AwareDatetime
    hulpvraag: PHulpvraag
    kenmerk: PInterventieRef | None = None


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
    kunnen_zelf_verder: bool | None = None
    willen_zelf_verder: bool | None = None
    verklaringen: tuple[PPartijverklaring, ...] = ()


class PHerbeoordeling(pydantic.BaseModel, frozen=True, extra="forbid"):
    opgelost: int
    nog_open: int
    nieuw: int
    onbekend: int
    verbeterd: tuple[str, ...] = ()
    interventie: PInterventieRef | None = None


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


# --- pydantic v2, the same model: the same validation (see _zelfde_model) ----------------------

sys.path.insert(0, str(Path(__file__).parent))
from _zelfde_model import ZInterventie  # noqa: E402

PYDANTIC_ZELFDE = ZInterventie.model_validate(DATA)


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


class MInterventieRef(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    waarde: str


class MHulpvraag(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    vrager: MPartij
    leerlingen: tuple[MLeerling, ...]
    regio: str
    kanaal: Kanaal
    consulenten_betrokken: bool
    systemisch_aspect: bool | None
    omschrijving: str | None = None


class MOntvangen(msgspec.Struct, tag="HulpvraagOntvangen", tag_field="type", frozen=True):
    moment: dt.datetime
    hulpvraag: MHulpvraag
    kenmerk: MInterventieRef | None = None


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
    kunnen_zelf_verder: bool | None = None
    willen_zelf_verder: bool | None = None
    verklaringen: tuple[MPartijverklaring, ...] = ()


class MHerbeoordeling(msgspec.Struct, frozen=True):
    opgelost: int
    nog_open: int
    nieuw: int
    onbekend: int
    verbeterd: tuple[str, ...] = ()
    interventie: MInterventieRef | None = None


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


def _round_trip_pydantic_zelfde() -> ZInterventie:
    return ZInterventie.model_validate(PYDANTIC_ZELFDE.model_dump(mode="json"))


def _round_trip_msgspec() -> MInterventie:
    return msgspec.convert(msgspec.to_builtins(MSGSPEC), MInterventie)


IMPLEMENTATIES = {
    "gedragswerk_core (cattrs)": _round_trip_ours,
    "pydantic v2, the same model (the same validation)": _round_trip_pydantic_zelfde,
    "pydantic v2, the same types only": _round_trip_pydantic,
    "pydantic v2, types only, enums as plain strings": _round_trip_pydantic_tekst,
    "msgspec (types only)": _round_trip_msgspec,
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
    assert _round_trip_pydantic_zelfde() == PYDANTIC_ZELFDE
    # The same JSON, key order aside.
    ons = json.loads(json.dumps(to_dict(INTERVENTIE)["gebeurtenissen"]))
    for model in (PYDANTIC, PYDANTIC_TEKST, PYDANTIC_ZELFDE):
        assert json.loads(model.model_dump_json())["gebeurtenissen"] == ons
    assert json.loads(msgspec.json.encode(MSGSPEC))["gebeurtenissen"] == ons
    assert PYDANTIC_ZELFDE.gebeurtenissen[0].moment.tzinfo is dt.UTC
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


def _zet(*pad: object, waarde: object) -> object:
    def zet(data: dict) -> None:
        plek = data
        for stap in pad[:-1]:
            plek = plek[stap]
        plek[pad[-1]] = waarde

    return zet


_H = ("gebeurtenissen", 0, "hulpvraag")
_GEDRAGSWERK = {
    "naam": "Gedragswerk",
    "rol": "sparring_partner",
    "niveau": "uitvoering",
    "zorgstructuur": "extern",
    "omschrijving": None,
}
_SWV = DATA["gebeurtenissen"][2]["deelnemers"][0]


def _verwissel(data: dict) -> None:
    g = data["gebeurtenissen"]
    g[1], g[2] = g[2], g[1]
    g[1]["moment"], g[2]["moment"] = g[2]["moment"], g[1]["moment"]


def _tweede_hulpvraag(data: dict) -> None:
    data["gebeurtenissen"].append(
        copy.deepcopy(data["gebeurtenissen"][0]) | {"moment": "2015-12-01T08:00:00Z"}
    )


WEIGERINGEN = {
    "a blank text": _zet(*_H, "regio", waarde=" "),
    "a lone surrogate": _zet(*_H, "regio", waarde="Tiel\ud800"),
    "a lone surrogate in a reference": _zet(
        "gebeurtenissen", 0, "kenmerk", waarde={"waarde": "GW\udfff"}
    ),
    "a name too long": _zet(*_H, "vrager", "naam", waarde="x" * 201),
    "a description too long": _zet(*_H, "omschrijving", waarde="x" * 10_001),
    "a reference of nine digits": _zet(*_H, "leerlingen", 0, "ref", waarde="123456782"),
    "a reference holding a BSN": _zet(*_H, "leerlingen", 0, "ref", waarde="L-111222333"),
    "a reference not of the pattern": _zet(*_H, "leerlingen", 0, "ref", waarde="L 17"),
    "a home date of a pupil who is not at home": _zet(
        *_H, "leerlingen", 1, "thuis_sinds", waarde="2015-06-01"
    ),
    "no pupils": _zet(*_H, "leerlingen", waarde=[]),
    "a pupil twice": _zet(
        *_H, "leerlingen", waarde=[DATA["gebeurtenissen"][0]["hulpvraag"]["leerlingen"][0]] * 2
    ),
    "yes as a text": _zet(*_H, "consulenten_betrokken", waarde="true"),
    "yes as a number": _zet(*_H, "systemisch_aspect", waarde=1),
    "no as a number": _zet("gebeurtenissen", 2, "conflict", waarde=0),
    "a moment without T": _zet("gebeurtenissen", 1, "moment", waarde="2015-09-15 08:00:00Z"),
    "a moment without offset": _zet("gebeurtenissen", 1, "moment", waarde="2015-09-15T08:00:00"),
    "a moment as a number": _zet("gebeurtenissen", 1, "moment", waarde=1442304000),
    "a date with a time": _zet(*_H, "leerlingen", 0, "thuis_sinds", waarde="2015-06-01T00:00:00"),
    "a date as a number": _zet(*_H, "leerlingen", 0, "thuis_sinds", waarde=20150601),
    "an unknown role": _zet("gebeurtenissen", 2, "rol", waarde="onbekend"),
    "an unknown key": _zet("gebeurtenissen", 1, "extra", waarde=1),
    "OVERIG without a description (R-ACT-3)": _zet(*_H, "vrager", "rol", waarde="overig"),
    "a pupil as a party named by a name (R-ACT-4)": _zet(*_H, "vrager", "rol", waarde="leerling"),
    "a bad intervention reference": _zet(
        "gebeurtenissen", 0, "kenmerk", waarde={"waarde": "GW 17"}
    ),
    "schema version 2": _zet("schema_version", waarde=2),
    "a step in the wrong status (R-LC-2)": _verwissel,
    "a second hulpvraag (R-LC-1)": _tweede_hulpvraag,
    "an event earlier than the one before (R-GEB-1)": _zet(
        "gebeurtenissen", 3, "moment", waarde="2015-09-30T08:00:00Z"
    ),
    "a referral case accepted (R-LC-7)": _zet(*_H, "consulenten_betrokken", waarde=False),
    "a conversation with no regional party (R-LC-3)": _zet(
        "gebeurtenissen", 2, "deelnemers", waarde=[_GEDRAGSWERK]
    ),
    "a werkagenda with no regional party (R-WA-5)": _zet(
        "gebeurtenissen", 3, "partijen", waarde=[_GEDRAGSWERK]
    ),
    "an afronding with no solution (R-LC-5)": _zet(
        "gebeurtenissen", 4, "verklaring", "oplossing_gevonden", waarde=False
    ),
    "Gedragswerk stating for the region (R-LC-4)": _zet(
        "gebeurtenissen",
        4,
        "verklaring",
        waarde={
            "oplossing_gevonden": True,
            "kunnen_zelf_verder": True,
            "willen_zelf_verder": True,
            "verklaringen": [{"partij": _GEDRAGSWERK, "kan": True, "wil": True}],
        },
    ),
    "statements that do not add up (R-LC-5)": _zet(
        "gebeurtenissen",
        4,
        "verklaring",
        waarde={
            "oplossing_gevonden": True,
            "kunnen_zelf_verder": True,
            "willen_zelf_verder": True,
            "verklaringen": [{"partij": _SWV, "kan": True, "wil": False}],
        },
    ),
    "an improvement with nothing resolved (R-KKW-3)": _zet(
        "gebeurtenissen",
        4,
        "herbeoordeling",
        waarde={"opgelost": 0, "nog_open": 1, "nieuw": 0, "onbekend": 0, "verbeterd": ["kennen"]},
    ),
    "a count past 2**53": _zet(
        "gebeurtenissen",
        4,
        "herbeoordeling",
        waarde={"opgelost": 2**53 + 1, "nog_open": 0, "nieuw": 0, "onbekend": 0},
    ),
}


@pytest.mark.parametrize("wijziging", list(WEIGERINGEN))
def test_het_zelfde_model_weigert_wat_wij_weigeren(wijziging):
    data = copy.deepcopy(DATA)
    WEIGERINGEN[wijziging](data)
    with pytest.raises(StructureError):
        from_dict(Interventie, data)
    with pytest.raises(pydantic.ValidationError):
        ZInterventie.model_validate(data)


AANVAARD = {
    "moments with an offset": _zet(
        "gebeurtenissen", 1, "moment", waarde="2015-09-15T10:00:00+02:00"
    ),
    "a reference": _zet("gebeurtenissen", 0, "kenmerk", waarde={"waarde": "GW-2015-017"}),
    "a reassessment": _zet(
        "gebeurtenissen",
        4,
        "herbeoordeling",
        waarde={"opgelost": 1, "nog_open": 0, "nieuw": 0, "onbekend": 0, "verbeterd": ["kennen"]},
    ),
    "no schema version": lambda data: data.pop("schema_version"),
}


@pytest.mark.parametrize("wijziging", list(AANVAARD))
def test_het_zelfde_model_aanvaardt_wat_wij_aanvaarden(wijziging):
    data = copy.deepcopy(DATA)
    AANVAARD[wijziging](data)
    ons = to_dict(from_dict(Interventie, data))["gebeurtenissen"]
    assert json.loads(ZInterventie.model_validate(data).model_dump_json())["gebeurtenissen"] == ons


@pytest.mark.parametrize("naam", list(IMPLEMENTATIES))
def test_dict_rondgang(benchmark, naam):
    benchmark.group = "dict round trip: intervention, 3 parties, 5 events"
    benchmark.pedantic(IMPLEMENTATIES[naam], rounds=200, iterations=10, warmup_rounds=5)
    if not benchmark.disabled:
        benchmark.extra_info["median_us"] = round(benchmark.stats.stats.median * 1e6, 2)


def _side_by_side(*functies, blokken: int, per_blok: int) -> list[list[float]]:
    """The time per call of each function in each block, the functions interleaved.

    Interleaved in short blocks, so that a change in the machine's load falls on all of them
    alike: a ratio is taken within each block, and its median over the blocks.
    """
    tijden: list[list[float]] = [[] for _ in functies]
    for _ in range(blokken):
        for functie, lijst in zip(functies, tijden, strict=True):
            begin = time.perf_counter()
            for _ in range(per_blok):
                functie()
            lijst.append((time.perf_counter() - begin) / per_blok)
    return tijden


BUDGET: Final = 2.0
"""Ours at most this many times pydantic v2 on the same model (issue 16)."""


def test_budget_hoogstens_twee_keer_pydantic(request, results):
    config = request.config
    if config.getoption("benchmark_disable") and not config.getoption("benchmark_enable"):
        pytest.skip("run with --benchmark-enable to check the budget")
    # Measured here, side by side, so the check does not depend on the order the tests ran in.
    kant = (
        _round_trip_ours,
        _round_trip_pydantic_zelfde,
        _round_trip_pydantic,
        _round_trip_msgspec,
    )
    _side_by_side(*kant, blokken=3, per_blok=20)
    ours, zelfde, types, msgspec_s = _side_by_side(*kant, blokken=201, per_blok=20)
    ratio = statistics.median(o / z for o, z in zip(ours, zelfde, strict=True))
    ratio_types = statistics.median(o / t for o, t in zip(ours, types, strict=True))
    ours_m, zelfde_m, types_m, msgspec_m = map(statistics.median, (ours, zelfde, types, msgspec_s))
    results["serialisatie"] = {
        "ours": ours_m,
        "pydantic": zelfde_m,
        "pydantic_types_only": types_m,
        "msgspec": msgspec_m,
        "ratio": ratio,
    }
    print(  # noqa: T201 - shown with -s
        f"dict round trip, median: ours {ours_m * 1e6:.1f} µs, pydantic v2 on the same model "
        f"{zelfde_m * 1e6:.1f} µs (types only {types_m * 1e6:.1f} µs), msgspec (types only) "
        f"{msgspec_m * 1e6:.1f} µs; ours / pydantic same model {ratio:.2f} "
        f"(/ types only {ratio_types:.2f}), medians of ratios in interleaved blocks"
    )
    assert ratio <= BUDGET, f"ours {ours_m * 1e6:.1f} µs, pydantic {zelfde_m * 1e6:.1f} µs"
