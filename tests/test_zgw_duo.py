"""Issue 21: the ZGW zaak and catalogue, DUO verzuimmeldingen, objecttypes."""

import copy

import jsonschema
import pendulum
import pytest
from hypothesis import given

from gedragswerk_core import (
    Afrondingsverklaring,
    Gecorrigeerd,
    InvalidValueError,
    Melding,
    Meldingsoort,
    Partijverklaring,
    Status,
    StructureError,
    ontvang,
    rond_af,
    to_dict,
    verwijs_door,
    voorbeeld,
)
from gedragswerk_core import strategies as gst
from gedragswerk_core.duo import DUO_SCHEMA, DUO_SOORTEN, DUO_STATUSSEN, verzuimmelding_duo
from gedragswerk_core.interventie.stappen import STAPPEN
from gedragswerk_core.zgw import (
    AFGESLOTEN,
    ZAAK_SCHEMA,
    interventie_als_zaak,
    objecttypen,
    zaak_als_interventie,
    zaaktype_catalogus,
)


@given(gst.interventies())
def test_een_interventie_overleeft_de_rondgang_via_een_zaak(i):
    zaak = interventie_als_zaak(i)
    jsonschema.validate(zaak, ZAAK_SCHEMA)
    assert zaak_als_interventie(copy.deepcopy(zaak)) == i
    catalogus = zaaktype_catalogus()
    statustypen = {s["omschrijving"] for s in catalogus["statustypen"]}
    assert {s["statustype"] for s in zaak["statussen"]} <= statustypen
    assert (zaak["resultaat"] is None) == i.status.is_open
    assert (zaak["einddatum"] is None) == i.status.is_open
    datums = [s["datumStatusGezet"] for s in zaak["statussen"]]
    assert datums == sorted(datums)
    refs = {o["objectIdentificatie"]["overigeData"].get("ref") for o in zaak["zaakobjecten"]}
    assert {b.ref.waarde for b in i.hulpvraag.leerlingen} <= refs


def test_de_catalogus_kent_elke_status_en_elke_stap():
    c = zaaktype_catalogus()
    namen = {s["omschrijving"] for s in c["statustypen"]} | {
        r["omschrijving"] for r in c["resultaattypen"]
    }
    assert {s.value for s in Status} <= namen
    assert [s["commando"] for s in c["stappen"]] == [s.commando for s in STAPPEN.values()]
    toelichting = " ".join(s["toelichting"] for s in [*c["statustypen"], *c["resultaattypen"]])
    for stap in STAPPEN.values():
        if stap.gebeurtenis is Gecorrigeerd:  # R-GEB-4: reaches no status, changes none
            assert stap.commando not in toelichting
            continue
        assert f"{stap.commando} ({stap.regel})" in toelichting
    eind = [s for s in c["statustypen"] if s["isEindstatus"]]
    assert [s["omschrijving"] for s in eind] == [AFGESLOTEN]
    assert eind[0]["volgnummer"] == max(s["volgnummer"] for s in c["statustypen"])


def test_rollen_van_doorverwijzing_en_afronding():
    p = voorbeeld.partijen()
    i = ontvang(voorbeeld.hulpvraag(), voorbeeld.moment(2015, 9, 14))
    verwezen = verwijs_door(i, voorbeeld.moment(2015, 9, 15), p["consulent"])
    rollen = interventie_als_zaak(verwezen)["rollen"]
    assert ("behandelaar", p["consulent"].naam) in {
        (r["omschrijvingGeneriek"], r["betrokkeneIdentificatie"]["naam"]) for r in rollen
    }
    lopend = voorbeeld.interventie_na_intake()
    verklaring = Afrondingsverklaring(False, verklaringen=(Partijverklaring(p["swv"], True, True),))
    af = rond_af(lopend, voorbeeld.moment(2015, 12, 1), verklaring)
    zaak = interventie_als_zaak(af)
    assert zaak["resultaat"]["resultaattype"] == "afgerond"
    assert zaak["status"] == AFGESLOTEN
    assert ("belanghebbende", p["swv"].naam) in {
        (r["omschrijvingGeneriek"], r["betrokkeneIdentificatie"]["naam"]) for r in zaak["rollen"]
    }
    assert zaak_als_interventie(zaak) == af


def test_een_zaak_met_andere_statussen_wordt_geweigerd():
    zaak = interventie_als_zaak(voorbeeld.interventie_na_intake())
    zaak["statussen"] = zaak["statussen"][:1]
    with pytest.raises(InvalidValueError, match=r"zaak\.statussen"):
        zaak_als_interventie(zaak)


@pytest.mark.parametrize("zaak", [{}, {"zaakobjecten": 3}, {"zaakobjecten": []}])
def test_een_zaak_zonder_gebeurtenissen_is_onleesbaar(zaak):
    with pytest.raises(StructureError):
        zaak_als_interventie(zaak)


def test_een_kapotte_gebeurtenis_in_een_zaak_heeft_haar_pad():
    zaak = interventie_als_zaak(voorbeeld.interventie_na_intake())
    zaak["zaakobjecten"][-1]["objectIdentificatie"]["overigeData"]["moment"] = "gisteren"
    with pytest.raises(StructureError, match=r"@ \$\.zaakobjecten\[\d+\]\.objectIdentificatie"):
        zaak_als_interventie(zaak)


def test_interventie_als_zaak_wil_een_interventie():
    with pytest.raises(InvalidValueError):
        interventie_als_zaak(to_dict(voorbeeld.interventie_na_intake()))  # type: ignore[arg-type]


# --- DUO -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("soort", list(Meldingsoort))
def test_elke_melding_heeft_duo_velden(soort):
    einde = (
        None
        if soort in {Meldingsoort.RMC, Meldingsoort.LANGDURIG_RELATIEF_VERZUIM}
        else (pendulum.date(2016, 1, 7))
    )
    m = Melding(pendulum.date(2016, 1, 4), einde, 990, soort, herhaling=1)
    d = verzuimmelding_duo(m)
    jsonschema.validate(d, DUO_SCHEMA)
    assert d["soortVerzuim"] == DUO_SOORTEN[soort]
    assert d["einddatum"] == (None if einde is None else "2016-01-07")
    assert d["uren"] == 16.5
    assert d["herhaalmelding"] is True
    assert d["status"] == "Geregistreerd"
    assert d["regel"] == m.regel


def test_overgedragen_is_nooit_een_duo_status():
    assert not any("overgedragen" in s.lower() for s in DUO_STATUSSEN)
    assert set(DUO_SOORTEN) == set(Meldingsoort)


def test_duo_wil_een_melding():
    with pytest.raises(InvalidValueError):
        verzuimmelding_duo("melding")  # type: ignore[arg-type]


# --- objecttypes ---------------------------------------------------------------------------------


def test_objecttypen_dragen_geldige_schemas():
    for t in objecttypen():
        (versie,) = t["versions"]
        jsonschema.Draft202012Validator.check_schema(versie["jsonSchema"])
        assert t["dataClassification"] == "confidential"
    schema = objecttypen()[0]["versions"][0]["jsonSchema"]
    jsonschema.validate(to_dict(voorbeeld.interventie_na_intake()), schema)
