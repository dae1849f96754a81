"""The quick read (serialisatie.hooks): the input limits checked in the hooks, the same answers.

`from_dict` first reads with hooks that also check issue 18's input limits, and reads anything
they refuse again the careful way (the limit walk, then the plain and detailed readers). These
tests pin that the quick read applies to every public type, that it gives the same value or the
same error as the careful read on valid and damaged data, and that it never stands in for the
careful read where it could not see a limit.
"""

import collections
import copy
import json
import math
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gedragswerk_core import (
    Gebeurtenis,
    GedragswerkError,
    Hulpvraag,
    Interventie,
    Kanaal,
    Partij,
    Schooljaar,
    StructureError,
    from_dict,
    to_dict,
    voorbeeld,
)
from gedragswerk_core import strategies as gst
from gedragswerk_core.interventie.hulpvraag import BetrokkenLeerling, LeerlingSituatie
from gedragswerk_core.leerplicht.afwezigheid import Verzuimregels
from gedragswerk_core.serialisatie import converter, grenzen, hooks

TYPES = gst.waardetypen()
MARK = "ZQXJ"


def _snel(cls: object) -> bool:
    return hooks.snel_leesbaar(cls, converter._vormen())


def test_elk_publiek_type_wordt_snel_gelezen():
    assert [cls.__name__ for cls in TYPES if not _snel(cls)] == []
    assert _snel(Gebeurtenis)


def _klasse(naam: str, tp: object) -> type:
    return attrs.make_class(naam, {"x": attrs.field(type=tp)}, frozen=True)


def test_een_type_zonder_grens_wordt_alleen_zorgvuldig_gelezen():
    vrij = _klasse("Vrij", Any)
    assert not _snel(vrij)
    with pytest.raises(StructureError) as info:
        from_dict(vrij, {"x": {"y": "x" * (grenzen.MAX_TEKST + 1)}})
    assert info.value.errors == ("text longer than 100000 characters @ $.x[<str key>]",)
    assert from_dict(vrij, {"x": [1, "a"]}).x == [1, "a"]

    diep: object = int
    for _ in range(grenzen.MAX_DIEPTE):
        diep = tuple[diep, ...]  # type: ignore[valid-type]
    assert not _snel(_klasse("Diep", diep))  # 33 levels with the top
    assert _snel(_klasse("Ondiep", tuple[tuple[int, ...], ...]))
    # Three lists inside one another: 128**3 values, past MAX_WAARDEN.
    assert not _snel(_klasse("Veel", tuple[tuple[tuple[int, ...], ...], ...]))
    assert not _snel(Boom)  # holds itself: no bound
    assert not _snel(Onbekend)  # a type that cannot be resolved: left to cattrs
    assert not _snel(_klasse("Lijst", list[int]))  # a type whose hook the quick read lacks


@attrs.frozen
class Boom:
    kinderen: tuple["Boom", ...]


@attrs.frozen
class Onbekend:
    x: "GeenType"  # type: ignore[name-defined]  # noqa: F821 - a name no module defines


def _careful(cls: type, data: object) -> tuple[str, object]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(converter, "snel_leesbaar", lambda *_: False)
        return _outcome(cls, data)


def _outcome(cls: type, data: object) -> tuple[str, object]:
    try:
        return "value", from_dict(cls, data)
    except StructureError as exc:
        return "refused", exc.errors
    except GedragswerkError as exc:  # pragma: no cover - from_dict raises StructureError
        return "error", str(exc)


def _other(draw: st.DrawFn) -> object:
    return draw(
        st.sampled_from(
            [
                None,
                True,
                2**53 + 1,
                2**53,
                -(2**53) - 1,
                math.nan,
                math.inf,
                1.5,
                "",
                "x" * (grenzen.MAX_TEKST + 1),
                f"\ud800{MARK}",
                f"Sanne de Vries {MARK}",
                "2015-09-14T08:00:00Z",
                [MARK] * (hooks.KORTE_LIJST + 1),
                (MARK,),
                collections.defaultdict(lambda: MARK),
                {"type": "Geaccepteerd", "moment": "2015-09-14T08:00:00Z"},
            ]
        )
    )


@st.composite
def _damaged(draw: st.DrawFn) -> tuple[type, object]:
    """A valid dict form with one value replaced (or one key added) anywhere inside."""
    cls = draw(st.sampled_from(TYPES))
    data = to_dict(draw(gst.waarden(cls)), persoonsgegevens=True)
    places: list[tuple[Any, object]] = [(data, MARK), (data, 1)]
    todo: list[object] = [data]
    while todo:
        here = todo.pop()
        items = here.items() if isinstance(here, dict) else enumerate(here)  # type: ignore[arg-type]
        for key, value in items:
            places.append((here, key))
            if isinstance(value, dict | list):
                todo.append(value)
    here, key = draw(st.sampled_from(places))
    here[key] = _other(draw)
    return cls, data


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(_damaged())
def test_snel_en_zorgvuldig_geven_hetzelfde_antwoord(geval):
    cls, data = geval
    before = copy.deepcopy(data)
    assert _outcome(cls, data) == _careful(cls, data)
    assert data == before


def _walks(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    walked: list[object] = []
    walk = converter.controleer_grenzen

    def spy(data: object, *args: Any) -> object:
        walked.append(data)
        return walk(data, *args)

    monkeypatch.setattr(converter, "controleer_grenzen", spy)
    return walked


def test_een_geldige_interventie_wordt_zonder_wandeling_gelezen(monkeypatch):
    walked = _walks(monkeypatch)
    interventie = voorbeeld.afgeronde_interventie()
    assert from_dict(Interventie, json.loads(json.dumps(to_dict(interventie)))) == interventie
    assert walked == []
    with pytest.raises(StructureError):
        from_dict(Partij, {"naam": "Tiel", "rol": "geen rol"})
    assert len(walked) == 1  # a refusal is explained the careful way


def _hulpvraag(leerlingen: int) -> Hulpvraag:
    return Hulpvraag(
        voorbeeld.partijen()["school"],
        tuple(
            BetrokkenLeerling(f"L-{i}", LeerlingSituatie.DREIGENDE_THUISZITTER)
            for i in range(leerlingen)
        ),
        "Rivierenland",
        Kanaal.TELEFOON,
        consulenten_betrokken=False,
        systemisch_aspect=False,
    )


def test_een_lange_lijst_of_een_tuple_wordt_zorgvuldig_en_goed_gelezen(monkeypatch):
    walked = _walks(monkeypatch)
    lang = _hulpvraag(hooks.KORTE_LIJST + 1)
    assert from_dict(Hulpvraag, to_dict(lang)) == lang
    assert len(walked) == 1
    kort = _hulpvraag(hooks.KORTE_LIJST)
    assert from_dict(Hulpvraag, to_dict(kort)) == kort
    data = to_dict(kort)
    data["leerlingen"] = tuple(data["leerlingen"])
    assert from_dict(Hulpvraag, data) == kort
    assert len(walked) == 1  # a tuple is read quickly too: reading never writes to it


def test_een_dict_subklasse_binnenin_wordt_niet_beschreven():
    data = to_dict(voorbeeld.interventie_na_intake())
    vrager = data["gebeurtenissen"][0]["hulpvraag"]["vrager"]
    del vrager["naam"]
    data["gebeurtenissen"][0]["hulpvraag"]["vrager"] = collections.defaultdict(
        lambda: "Tiel", vrager
    )
    with pytest.raises(StructureError) as info:
        from_dict(Interventie, data)
    assert "required field missing @ $.gebeurtenissen[0].hulpvraag.vrager.naam" in info.value.errors
    assert "naam" not in data["gebeurtenissen"][0]["hulpvraag"]["vrager"]


@pytest.mark.parametrize(
    ("waarde", "gelezen"),
    [(16, 16.0), (7.5, 7.5), ("16", 16.0)],  # a text: cattrs' own float hook, as before
)
def test_een_kommagetal(waarde, gelezen):
    data = to_dict(Verzuimregels()) | {"drempel_uren": waarde}
    assert from_dict(Verzuimregels, data).drempel_uren == gelezen


@pytest.mark.parametrize(
    ("waarde", "fout"),
    [
        (2**60, "integer beyond 2**53 (9007199254740992) either way @ $.drempel_uren"),
        (math.inf, "number not finite (NaN or infinity) @ $.drempel_uren"),
    ],
)
def test_een_kommagetal_voorbij_de_grenzen(waarde, fout):
    with pytest.raises(StructureError) as info:
        from_dict(Verzuimregels, to_dict(Verzuimregels()) | {"drempel_uren": waarde})
    assert info.value.errors == (fout,)


def test_een_geheel_getal_voorbij_de_grens():
    with pytest.raises(StructureError) as info:
        from_dict(Schooljaar, {"startjaar": 2**53 + 1})
    assert info.value.errors == (
        "integer beyond 2**53 (9007199254740992) either way @ $.startjaar",
    )


class _Tekst(str):
    __slots__ = ()


def test_een_tekst_van_een_subklasse_wordt_gewone_tekst():
    partij = from_dict(Partij, {"naam": _Tekst("Gemeente Tiel"), "rol": "wethouder"})
    assert partij.naam == "Gemeente Tiel"
    assert type(partij.naam) is str


@pytest.mark.parametrize("tag", [[], {}, None, "Onbekend"])
def test_een_gebeurtenis_met_een_onleesbare_tag(tag):
    with pytest.raises(StructureError) as info:
        from_dict(Gebeurtenis, {"type": tag, "moment": "2015-09-14T08:00:00Z"})
    (fout,) = info.value.errors
    assert fout.endswith("@ $.type")
