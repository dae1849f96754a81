"""The catalogue of the 16 most frequent systemic questions (seed 002 §3.1.1), with stable codes."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import (
    InvalidValueError,
    from_dict,
    pak_systemische_vraag_op,
    to_dict,
    voorbeeld,
)
from gedragswerk_core import strategies as gst
from gedragswerk_core.regio.systeemvragen import (
    SYSTEEMVRAGEN,
    Systeemvraag,
    is_systeemvraagcode,
    systeemvraag,
    tel_systeemvragen,
)

# --- the catalogue -------------------------------------------------------------------------------


def test_de_catalogus_heeft_zestien_vragen_met_vaste_codes_in_volgorde():
    assert len(SYSTEEMVRAGEN) == 16
    assert [v.code for v in SYSTEEMVRAGEN] == [f"SYS-{n:02d}" for n in range(1, 17)]
    assert [v.nummer for v in SYSTEEMVRAGEN] == list(range(1, 17))
    assert all(v.bron == "seed 002 §3.1.1" for v in SYSTEEMVRAGEN)


def test_labels_en_omschrijvingen_zijn_uniek_en_kort():
    assert len({v.label for v in SYSTEEMVRAGEN}) == 16
    assert len({v.omschrijving for v in SYSTEEMVRAGEN}) == 16
    assert all(len(v.label) <= 40 for v in SYSTEEMVRAGEN)


@pytest.mark.parametrize(
    ("code", "label"),
    [
        # spot checks against the report's numbered list (seed 002 §3.1.1)
        ("SYS-04", "zicht op thuiszitters"),
        ("SYS-09", "actietafel inrichten"),
        ("SYS-12", "oplossing voor één leerling"),
        ("SYS-13", "wie heeft welke rol"),
        ("SYS-16", "bemiddeling gevraagd"),
    ],
)
def test_opzoeken_per_code(code, label):
    assert systeemvraag(code).label == label
    assert str(systeemvraag(code)) == f"{code} {label}"


@given(gst.geschreven_systeemvraagcodes())
def test_hoofdletters_en_spaties_om_de_code_doen_er_niet_toe(geschreven):
    assert is_systeemvraagcode(geschreven)
    assert systeemvraag(geschreven).code == geschreven.strip().upper()


@pytest.mark.parametrize(
    "code", ["SYS-00", "SYS-17", "SYS-1", "SYS 01", "", "our own question", 13, None, b"SYS-01"]
)
def test_een_onbekende_code_geeft_een_duidelijke_bibliotheekfout(code):
    assert not is_systeemvraagcode(code)
    with pytest.raises(InvalidValueError) as info:
        systeemvraag(code)
    assert info.value.field == "code"
    assert "SYS-01 … SYS-16" in info.value.hint


# --- counting ------------------------------------------------------------------------------------


def test_tellen_in_catalogusvolgorde_met_nullen():
    telling = tel_systeemvragen(["SYS-13", "sys-13", "SYS-09", " SYS-13 "])
    assert len(telling) == 16
    aantallen = {vraag.code: n for vraag, n in telling}
    assert aantallen["SYS-13"] == 3
    assert aantallen["SYS-09"] == 1
    assert sum(aantallen.values()) == 4
    assert [vraag.code for vraag, _ in telling] == [v.code for v in SYSTEEMVRAGEN]


@given(st.lists(gst.systeemvraagcodes(), max_size=30))
def test_de_telling_klopt_met_de_lijst(lijst):
    telling = dict(tel_systeemvragen(lijst))
    for vraag, n in telling.items():
        assert n == lijst.count(vraag.code)


@pytest.mark.parametrize(
    ("invoer", "veld"),
    [
        (["SYS-01", "our own question"], "codes[1]"),
        ([None], "codes[0]"),
        (12, "codes"),
        ("SYS-01", "codes"),
    ],
)
def test_tellen_weigert_wat_geen_code_is(invoer, veld):
    with pytest.raises(InvalidValueError) as info:
        tel_systeemvragen(invoer)
    assert info.value.field == veld


def test_interventies_taggen_met_een_code_en_rapporten_tellen_ze():
    # R-LC-11: every intervention also asks the systemic question; the code tags which one
    eerste = voorbeeld.interventie_na_intake()
    eerste = pak_systemische_vraag_op(eerste, voorbeeld.moment(2015, 10, 1), "SYS-13")
    eerste = pak_systemische_vraag_op(eerste, voorbeeld.moment(2015, 10, 2), "eigen vraag")
    tweede = pak_systemische_vraag_op(
        voorbeeld.interventie_na_intake(), voorbeeld.moment(2015, 10, 3), "SYS-13"
    )
    getagd = [
        vraag
        for interventie in (eerste, tweede)
        for vraag in interventie.toestand.systemische_vragen
        if is_systeemvraagcode(vraag)
    ]
    assert dict(tel_systeemvragen(getagd))[systeemvraag("SYS-13")] == 2


# --- the value -----------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["SYS-1", "SYS-17", "sys-01", 1])
def test_een_systeemvraag_heeft_een_geldige_code(code):
    with pytest.raises(InvalidValueError) as info:
        Systeemvraag(code, "label", "omschrijving")
    assert info.value.field == "Systeemvraag.code"


@pytest.mark.parametrize("vraag", SYSTEEMVRAGEN, ids=lambda v: v.code)
def test_elke_catalogusvraag_overleeft_de_heen_en_terugweg_als_dict(vraag):
    assert from_dict(Systeemvraag, to_dict(vraag)) == vraag
