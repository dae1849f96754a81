"""Input limits (issue 18): checked before reading, each a StructureError naming limit and path."""

import collections
import math

import pytest

from gedragswerk_core import Interventie, Partij, StructureError, from_dict, to_dict, voorbeeld
from gedragswerk_core.serialisatie import grenzen as g


def _fout(data, cls=Partij):
    with pytest.raises(StructureError) as info:
        from_dict(cls, data)
    (regel,) = info.value.errors
    return regel


GOED = {"naam": "Gemeente Tiel", "rol": "wethouder"}


@pytest.mark.parametrize(
    ("extra", "verwacht"),
    [
        ({"naam": "x" * (g.MAX_TEKST + 1)}, "text longer than 100000 characters @ $.naam"),
        ({"naam": "Tiel\ud800"}, "text with a lone surrogate (not Unicode text) @ $.naam"),
        ({"rol": 2**53 + 1}, "integer beyond 2**53 (9007199254740992) either way @ $.rol"),
        ({"rol": -(2**53) - 1}, "either way @ $.rol"),
        ({"rol": math.nan}, "number not finite (NaN or infinity) @ $.rol"),
        ({"rol": [[-math.inf]]}, "number not finite (NaN or infinity) @ $.rol[0][0]"),
        ({"k" * (g.MAX_TEKST + 1): 1}, "key longer than 100000 characters @ $"),
        ({"Sanne\udfff": 1}, "key with a lone surrogate (not Unicode text) @ $"),
    ],
)
def test_een_grens_geeft_een_structuurfout_met_het_pad(extra, verwacht):
    assert verwacht in _fout(GOED | extra)


def test_de_grenzen_zelf_worden_gelezen():
    assert from_dict(Partij, GOED | {"naam": "x" * 200}).naam == "x" * 200
    assert g.controleer_grenzen(2**53, "x") == 2**53
    assert g.controleer_grenzen([True, 1.5, None], "x") == [True, 1.5, None]


def test_te_diep_genest():
    diep: object = "x"
    for _ in range(g.MAX_DIEPTE):
        diep = [diep]
    assert "nested deeper than 32 levels @ $.naam" in _fout(GOED | {"naam": diep})
    with pytest.raises(StructureError, match="nested deeper"):
        g.controleer_grenzen({"a": {"b": diep}}, "x")


def test_te_veel_gebeurtenissen():
    data = to_dict(voorbeeld.interventie_na_intake())
    data["gebeurtenissen"] = data["gebeurtenissen"] * (g.MAX_GEBEURTENISSEN // 2 + 1)
    assert _fout(data, Interventie) == "more than 10000 events @ $.gebeurtenissen"


def test_te_veel_waarden(monkeypatch):
    monkeypatch.setattr(g, "MAX_WAARDEN", 10)
    assert _fout(GOED | {"omschrijving": list(range(10))}) == "more than 10 values @ $"


def test_een_onbekende_sleutel_staat_alleen_met_zijn_type_in_het_pad():
    regel = _fout(GOED | {"Sanne de Vries": {"111222333": "x" * (g.MAX_TEKST + 1)}})
    assert regel.endswith("@ $[<str key>][<str key>]")
    assert "Sanne" not in regel
    assert "111222333" not in regel
    assert _fout(GOED | {7: math.inf}).endswith("@ $[<int key>]")


def test_de_gegevens_van_de_aanroeper_blijven_zoals_ze_waren():
    ontvanger = collections.defaultdict(int)
    data = {"vrager": ontvanger, "leerlingen": ({"ref": "L-1", "situatie": "thuiszitter"},)}
    kopie = g.controleer_grenzen(data, "x")
    assert kopie == {"vrager": {}, "leerlingen": [{"ref": "L-1", "situatie": "thuiszitter"}]}
    assert type(kopie["vrager"]) is dict
    assert kopie["vrager"] is not ontvanger
    assert dict(ontvanger) == {}


def test_veldnamen_van_een_dictvorm():
    namen = g.veldnamen(Interventie, {Interventie: type(None)})
    assert {"type", "schema_version"} <= namen
    assert {"naam", "rol", "gebeurtenissen"} <= g.veldnamen(Interventie, _vormen())
    assert {"naam", "rol", "omschrijving"} <= g.veldnamen(Partij)


def _vormen():
    from gedragswerk_core.serialisatie.converter import _vormen as vormen  # noqa: PLC0415

    return vormen()


def test_een_dict_subklasse_of_tuple_bovenaan_wordt_als_gewone_kopie_gelezen():
    # Issue 18 point 5: not a plain dict or list at the top, so the careful walk makes a copy.
    bron = collections.defaultdict(list, {"startjaar": 2015})
    kopie = g.controleer_grenzen(bron, "Schooljaar")
    assert type(kopie) is dict
    assert kopie == {"startjaar": 2015}
    assert kopie is not bron
    assert g.controleer_grenzen((1, [2]), "x") == [1, [2]]
    gewoon = {"a": [{"b": 1}]}
    gelezen = g.controleer_grenzen(gewoon, "x")
    assert gelezen == gewoon
    assert gelezen is not gewoon  # the top is a copy: from_dict takes the version out of it
