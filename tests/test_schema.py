"""JSON Schema for every dict form, generated from the classes; generated values validate."""

import datetime as dt
import json
from functools import cache

import jsonschema
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import (
    Escalatie,
    Geescaleerd,
    Interventie,
    InvalidValueError,
    Schooljaar,
    StructureError,
    from_dict,
    to_dict,
    voorbeeld,
)
from gedragswerk_core import strategies as gst
from gedragswerk_core.serialisatie.schema import json_schema

TYPEN = gst.waardetypen()


@cache  # one validator per class: checking a schema costs more than validating a value with it
def validator(cls):
    schema = json_schema(cls)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


@pytest.mark.parametrize("cls", TYPEN, ids=lambda c: c.__name__)
@given(data=st.data())
def test_de_dictvorm_van_elke_waarde_voldoet_aan_zijn_schema(cls, data):
    waarde = data.draw(gst.waarden(cls))
    validator(cls).validate(json.loads(json.dumps(to_dict(waarde))))


@pytest.mark.parametrize("cls", TYPEN, ids=lambda c: c.__name__)
def test_het_schema_weigert_onbekende_velden(cls):
    d = to_dict(voorbeeld.afgeronde_interventie()) if cls is Interventie else {}
    d["geen_veld"] = 1
    assert not validator(cls).is_valid(d)


def test_gebeurtenissen_hebben_een_type_label():
    schema = json_schema(Interventie)
    items = schema["properties"]["gebeurtenissen"]["items"]
    namen = {ref["$ref"].rsplit("/", 1)[1] for ref in items["oneOf"]}
    assert {"HulpvraagOntvangen", "Afgerond", "Overgedragen"} <= namen
    assert schema["$defs"]["Afgerond"]["properties"]["type"] == {"const": "Afgerond"}


def test_een_moment_zonder_zone_voldoet_niet():
    d = to_dict(voorbeeld.interventie_na_intake())
    d["gebeurtenissen"][1]["moment"] = "vandaag"
    assert not validator(Interventie).is_valid(d)


@pytest.mark.parametrize(
    ("moment", "geldig"),
    [
        ("2015-10-25T01:30:00Z", True),
        ("2015-10-25T01:30:00+00:00", True),
        ("2015-10-25T02:30:00+01:00", True),
        ("2015-10-24T21:30:00-03:00", True),
        ("2015-10-25T01:30:00.5Z", True),
        ("2015-10-25T01:30:00.000001Z", True),
        ("2015-10-25T01:30:00.0000001Z", False),  # finer than a moment holds
        ("2015-10-25T01:30:00", False),
        ("2015-10-25T01:30Z", False),
        ("2015-10-25 01:30:00Z", False),
        ("2015-10-25t01:30:00z", False),
        ("1900-06-01T12:00:00+00:19:32", False),  # an offset with seconds is no RFC 3339
        ("2015-10-25T01:30:00+0100", False),
        ("2015-10-25T01:30:00+24:00", False),
        ("2015-10-25T01:30:00+01:60", False),
        ("2015-10-25T01:30:00+00:00[Europe/London]", False),
        ("２０１５-10-25T01:30:00Z", False),
    ],
)
def test_het_schema_neemt_een_moment_precies_als_from_dict(moment, geldig):
    d = to_dict(Geescaleerd(pendulum.datetime(2015, 10, 25, 1, 30), Escalatie.ACTIETAFEL))
    d["moment"] = moment
    assert validator(Geescaleerd).is_valid(d) is geldig
    if geldig:
        from_dict(Geescaleerd, d)
    else:
        with pytest.raises(StructureError):
            from_dict(Geescaleerd, d)


@given(
    seconde=st.integers(-100 * 365 * 86400, 40 * 365 * 86400),
    zone=st.sampled_from(["Europe/Amsterdam", "Europe/London", "America/New_York", "UTC"]),
    microseconde=st.integers(0, 999_999),
)
def test_een_moment_in_elke_zone_voldoet_aan_het_schema(seconde, zone, microseconde):
    moment = pendulum.from_timestamp(946_684_800 + seconde, tz=zone).add(microseconds=microseconde)
    validator(Geescaleerd).validate(to_dict(Geescaleerd(moment, Escalatie.ACTIETAFEL)))


@given(
    offset=st.timedeltas(-dt.timedelta(hours=23, minutes=59), dt.timedelta(hours=23, minutes=59))
)
def test_een_moment_met_elke_vaste_offset_voldoet_aan_het_schema(offset):
    moment = dt.datetime(2015, 10, 25, 2, 30, tzinfo=dt.timezone(offset))
    validator(Geescaleerd).validate(to_dict(Geescaleerd(moment, Escalatie.ACTIETAFEL)))


def test_het_schema_noemt_de_schemaversie():
    assert json_schema(Schooljaar)["properties"]["schema_version"] == {"const": 1}
    assert validator(Schooljaar).is_valid({"startjaar": 2015, "schema_version": 1})
    assert not validator(Schooljaar).is_valid({"startjaar": 2015, "schema_version": 2})


@pytest.mark.parametrize("cls", [int, "Interventie", None, dict])
def test_geen_bibliotheekklasse_geeft_een_bibliotheekfout(cls):
    with pytest.raises(InvalidValueError):
        json_schema(cls)


def test_een_tekst_in_plaats_van_een_klasse_wordt_niet_herhaald():
    # The text passed by mistake may be a person's name: the error names its type only.
    with pytest.raises(InvalidValueError) as info:
        json_schema("Sanne de Vries")  # type: ignore[arg-type]
    assert "Sanne" not in str(info.value)
    assert "got str" in str(info.value)
