"""Dict round trip of an intervention, 3 parties and 5 events: ours (cattrs), pydantic v2, msgspec.

Each library gets the same model — parties with role enums, a pupil list, five events in a union
tagged by ``"type"``, aware moments as ISO strings — and the same job: value -> JSON-ready dict ->
value, with validation on the way in. Ours also replays the history with every lifecycle check
(R-LC-*) while reading, which the other two models do not do: that is part of our cost.

Goal (issue 8): no slower than pydantic v2. Run by hand::

    python -m pytest benchmarks/test_serialisatie.py --benchmark-enable

With the default ``--benchmark-disable`` each benchmark runs once as a smoke test.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Annotated, Literal

import msgspec
import pydantic
import pytest

from gedragswerk_core import (
    Afrondingsverklaring,
    Interventie,
    SparringRol,
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


class Rol(enum.Enum):
    leerplichtambtenaar = "leerplichtambtenaar"
    samenwerkingsverband = "samenwerkingsverband"
    schoolleider = "schoolleider"


class PPartij(pydantic.BaseModel, frozen=True, extra="forbid"):
    naam: Annotated[str, pydantic.StringConstraints(min_length=1, max_length=200)]
    rol: Rol
    niveau: str
    zorgstructuur: str
    omschrijving: str | None = None


class PLeerling(pydantic.BaseModel, frozen=True, extra="forbid"):
    ref: Annotated[str, pydantic.StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$")]
    situatie: Literal["thuiszitter", "dreigende_thuiszitter"]
    thuis_sinds: dt.date | None = None


class PHulpvraag(pydantic.BaseModel, frozen=True, extra="forbid"):
    vrager: PPartij
    leerlingen: tuple[PLeerling, ...]
    regio: str
    kanaal: str
    consulenten_betrokken: bool
    systemisch_aspect: bool
    omschrijving: str | None = None


class POntvangen(pydantic.BaseModel, frozen=True, extra="forbid"):
    type: Literal["HulpvraagOntvangen"]
    moment: pydantic.AwareDatetime
    hulpvraag: PHulpvraag


class PGeaccepteerd(pydantic.BaseModel, frozen=True, extra="forbid"):
    type: Literal["Geaccepteerd"]
    moment: pydantic.AwareDatetime


class PGesprek(pydantic.BaseModel, frozen=True, extra="forbid"):
    type: Literal["GesprekGevoerd"]
    moment: pydantic.AwareDatetime
    deelnemers: tuple[PPartij, ...]
    rol: str
    conflict: bool = False


class PWerkagenda(pydantic.BaseModel, frozen=True, extra="forbid"):
    type: Literal["WerkagendaAfgesproken"]
    moment: pydantic.AwareDatetime
    partijen: tuple[PPartij, ...]


class PVerklaring(pydantic.BaseModel, frozen=True, extra="forbid"):
    oplossing_gevonden: bool
    kunnen_zelf_verder: bool = False
    willen_zelf_verder: bool = False


class PAfgerond(pydantic.BaseModel, frozen=True, extra="forbid"):
    type: Literal["Afgerond"]
    moment: pydantic.AwareDatetime
    verklaring: PVerklaring


PEvent = Annotated[
    POntvangen | PGeaccepteerd | PGesprek | PWerkagenda | PAfgerond,
    pydantic.Field(discriminator="type"),
]


class PInterventie(pydantic.BaseModel, frozen=True, extra="forbid"):
    gebeurtenissen: tuple[PEvent, ...]
    schema_version: int


PYDANTIC = PInterventie.model_validate(DATA)


# --- msgspec ------------------------------------------------------------------------------------


class MPartij(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    naam: str
    rol: Rol
    niveau: str
    zorgstructuur: str
    omschrijving: str | None = None


class MLeerling(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    ref: str
    situatie: str
    thuis_sinds: dt.date | None = None


class MHulpvraag(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    vrager: MPartij
    leerlingen: tuple[MLeerling, ...]
    regio: str
    kanaal: str
    consulenten_betrokken: bool
    systemisch_aspect: bool
    omschrijving: str | None = None


class MOntvangen(msgspec.Struct, tag="HulpvraagOntvangen", tag_field="type", frozen=True):
    moment: dt.datetime
    hulpvraag: MHulpvraag


class MGeaccepteerd(msgspec.Struct, tag="Geaccepteerd", tag_field="type", frozen=True):
    moment: dt.datetime


class MGesprek(msgspec.Struct, tag="GesprekGevoerd", tag_field="type", frozen=True):
    moment: dt.datetime
    deelnemers: tuple[MPartij, ...]
    rol: str
    conflict: bool = False


class MWerkagenda(msgspec.Struct, tag="WerkagendaAfgesproken", tag_field="type", frozen=True):
    moment: dt.datetime
    partijen: tuple[MPartij, ...]


class MVerklaring(msgspec.Struct, frozen=True):
    oplossing_gevonden: bool
    kunnen_zelf_verder: bool = False
    willen_zelf_verder: bool = False


class MAfgerond(msgspec.Struct, tag="Afgerond", tag_field="type", frozen=True):
    moment: dt.datetime
    verklaring: MVerklaring


class MInterventie(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    gebeurtenissen: tuple[MOntvangen | MGeaccepteerd | MGesprek | MWerkagenda | MAfgerond, ...]
    schema_version: int


MSGSPEC = msgspec.convert(DATA, MInterventie)


# --- the benchmarks ------------------------------------------------------------------------------


def _round_trip_ours() -> Interventie:
    return from_dict(Interventie, to_dict(INTERVENTIE))


def _round_trip_pydantic() -> PInterventie:
    return PInterventie.model_validate(PYDANTIC.model_dump(mode="json"))


def _round_trip_msgspec() -> MInterventie:
    return msgspec.convert(msgspec.to_builtins(MSGSPEC), MInterventie)


IMPLEMENTATIES = {
    "gedragswerk_core (cattrs)": _round_trip_ours,
    "pydantic v2": _round_trip_pydantic,
    "msgspec": _round_trip_msgspec,
}
MEDIAAN: dict[str, float] = {}


def test_de_modellen_beschrijven_dezelfde_data():
    assert _round_trip_ours() == INTERVENTIE
    assert _round_trip_pydantic() == PYDANTIC
    assert _round_trip_msgspec() == MSGSPEC
    assert len(INTERVENTIE.gebeurtenissen) == 5
    assert PYDANTIC.model_dump(mode="json")["gebeurtenissen"][2]["type"] == "GesprekGevoerd"
    assert len(PYDANTIC.gebeurtenissen[2].deelnemers) == 3


@pytest.mark.parametrize("naam", list(IMPLEMENTATIES))
def test_dict_rondgang(benchmark, naam):
    benchmark.group = "dict round trip: intervention, 3 parties, 5 events"
    benchmark.pedantic(IMPLEMENTATIES[naam], rounds=200, iterations=10, warmup_rounds=5)
    if not benchmark.disabled:
        MEDIAAN[naam] = benchmark.stats.stats.median
        benchmark.extra_info["median_us"] = round(benchmark.stats.stats.median * 1e6, 2)


def test_doel_niet_trager_dan_pydantic():
    if len(MEDIAAN) < len(IMPLEMENTATIES):
        pytest.skip("run the whole module with --benchmark-enable to measure")
    ours, theirs = MEDIAAN["gedragswerk_core (cattrs)"], MEDIAAN["pydantic v2"]
    assert ours <= theirs, f"ours {ours * 1e6:.1f} µs, pydantic {theirs * 1e6:.1f} µs"
