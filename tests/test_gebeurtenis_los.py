"""Issue 20: every event read and written on its own with its type tag; structured errors in one
path style; RFC 9457 problem details."""

import jsonschema
import pytest
from hypothesis import given

from gedragswerk_core import (
    ErrorDetail,
    Escalatie,
    Geaccepteerd,
    Gebeurtenis,
    Geescaleerd,
    GesprekGevoerd,
    Interventie,
    InvalidValueError,
    Overdrachtsvoorstel,
    RefusedError,
    SparringRol,
    StructureError,
    beoordeel_intake,
    draag_over,
    from_dict,
    json_schema,
    pas_toe,
    probleem,
    probleem_details,
    to_dict,
    voorbeeld,
)
from gedragswerk_core import strategies as gst
from gedragswerk_core.errors import as_location
from gedragswerk_core.interventie.gebeurtenissen import GEBEURTENISSEN

SCHEMA = json_schema(Gebeurtenis)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)  # built once: the schema is large


@given(gst.gebeurtenissen())
def test_elke_gebeurtenis_leest_terug_als_gebeurtenis_en_voldoet_aan_het_schema(e):
    d = to_dict(e)
    assert d["type"] == type(e).__name__
    assert from_dict(Gebeurtenis, d) == e
    assert from_dict(type(e), d) == e
    VALIDATOR.validate(d)


def test_de_tag_is_die_van_een_gebeurtenis_in_een_interventie():
    i = voorbeeld.interventie_na_intake()
    binnen = to_dict(i)["gebeurtenissen"]
    for e, d in zip(i.gebeurtenissen, binnen, strict=True):
        los = to_dict(e)
        del los["schema_version"]
        assert los == d


def test_het_schema_van_de_unie_kent_elke_soort_precies_eenmaal():
    tags = [k["properties"]["type"]["const"] for k in SCHEMA["oneOf"]]
    assert tags == [t.__name__ for t in GEBEURTENISSEN]
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"type": "Geaccepteerd"}, SCHEMA)


@pytest.mark.parametrize("tag", [None, "Onbekend", 3])
def test_zonder_bekende_tag_geen_gebeurtenis(tag):
    d = to_dict(Geescaleerd(voorbeeld.moment(2015, 10, 1), Escalatie.ACTIETAFEL))
    d["type"] = tag
    with pytest.raises(StructureError) as info:
        from_dict(Gebeurtenis, d)
    assert info.value.details[0].location == "$.type"


def test_een_klasse_leest_geen_andere_tag():
    d = to_dict(Geescaleerd(voorbeeld.moment(2015, 10, 1), Escalatie.ACTIETAFEL))
    with pytest.raises(StructureError, match=r"expected 'Geaccepteerd' @ \$\.type"):
        from_dict(Geaccepteerd, d)


def test_pas_toe_met_een_gelezen_gebeurtenis():
    i = voorbeeld.interventie_na_intake()
    los = to_dict(
        GesprekGevoerd(
            voorbeeld.moment(2015, 10, 1), (voorbeeld.partijen()["swv"],), SparringRol.ADVISEUR
        )
    )
    nieuw = pas_toe(i, from_dict(Gebeurtenis, los))
    assert len(nieuw.gebeurtenissen) == len(i.gebeurtenissen) + 1


# --- structured errors ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("veld", "locatie"),
    [
        (None, "$"),
        ("Interventie", "$"),
        ("Interventie.gebeurtenissen[3].moment", "$.gebeurtenissen[3].moment"),
        ("Partij.naam", "$.naam"),
        ("peildatum", "$.peildatum"),
        ("hulpvraag.leerlingen[0]", "$.hulpvraag.leerlingen[0]"),
        ("Melding[2]", "$[2]"),
    ],
)
def test_een_veld_als_locatie(veld, locatie):
    assert as_location(veld) == locatie


def test_een_fout_uit_een_constructor_heeft_een_pad_in_de_ene_stijl_en_haar_regel():
    d = to_dict(voorbeeld.interventie_na_intake())
    d["gebeurtenissen"][1]["moment"] = "2000-01-01T00:00:00Z"
    with pytest.raises(StructureError) as info:
        from_dict(Interventie, d)
    (detail,) = info.value.details
    assert detail == ErrorDetail(
        "$.gebeurtenissen[1].moment",
        "an event cannot be earlier than the event before it (gebeurtenissen[0])",
        "invalid",
        "R-GEB-1",
    )
    assert info.value.errors == (f"{detail.message} [R-GEB-1] @ {detail.location}",)
    assert "Interventie." not in str(info.value)


def test_ontbrekend_en_onbekend_zijn_soorten():
    with pytest.raises(StructureError) as info:
        from_dict(Overdrachtsvoorstel, {"x": 1})
    soorten = {d.type for d in info.value.details}
    assert soorten == {"missing", "unknown_field"}


# --- problem details -----------------------------------------------------------------------------


def test_probleemdetails_van_een_leesfout_onder_een_veld():
    with pytest.raises(StructureError) as info:
        from_dict(Overdrachtsvoorstel, {"meer_aan_ontvanger": "ja"})
    body = probleem_details(info.value, veld="voorstel", instance="/overdracht")
    assert body["status"] == 422
    assert body["type"].endswith(":onleesbaar")
    assert body["instance"] == "/overdracht"
    locaties = {f["location"] for f in body["errors"]}
    assert "$.voorstel.meer_aan_ontvanger" in locaties
    assert "$.voorstel.ontvanger" in locaties


def test_probleemdetails_van_een_weigering_dragen_het_besluit():
    i = voorbeeld.interventie_na_intake()
    nee = Overdrachtsvoorstel(voorbeeld.partijen()["consulent"], True, True, ontvanger_wil=False)
    with pytest.raises(RefusedError) as info:
        draag_over(i, voorbeeld.moment(2015, 10, 1), nee)
    body = probleem_details(info.value)
    assert body["status"] == 409
    assert body["regel"] == "R-LC-6"
    assert [f["regel"] for f in body["errors"]] == ["R-LC-6"]
    assert body["besluit"]["toegestaan"] is False
    assert "instance" not in body


def test_probleemdetails_van_een_ongeldige_waarde():
    body = probleem_details(
        InvalidValueError("must be positive", field="Melding.minuten", regel="R-LPW-6")
    )
    assert body["status"] == 422
    assert body["errors"] == [
        {
            "location": "$.minuten",
            "message": "must be positive",
            "type": "invalid",
            "regel": "R-LPW-6",
        }
    ]


def test_probleem_zonder_bibliotheekfout():
    body = probleem(400, "x", "t", "d")
    assert body == {
        "type": "urn:gedragswerk-core:probleem:x",
        "title": "t",
        "status": 400,
        "detail": "d",
        "errors": [],
    }


def test_een_weigering_zonder_bezwaren_valt_terug_op_haar_eigen_detail():
    besluit = beoordeel_intake(voorbeeld.hulpvraag())
    assert besluit.toegestaan
    fout = RefusedError(besluit)
    assert len(fout.details) == 1
    assert fout.details[0].type == "refused"


def test_een_regel_zonder_pad_staat_op_de_waarde_zelf():
    (detail,) = StructureError("Partij", ["geen pad"]).details
    assert (detail.location, detail.message) == ("$", "geen pad")
