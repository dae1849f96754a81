"""The evaluation survey: respondent types and effect shares with their denominators (R-KKW-3)."""

from decimal import Decimal

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import (
    Dimensie,
    InvalidValueError,
    from_dict,
    jaarverslag2015,
    json_schema,
    to_dict,
)
from gedragswerk_core import strategies as gst
from gedragswerk_core.rapportage.aandeel import Aandeel
from gedragswerk_core.rapportage.enquete import (
    Effectantwoord,
    Effectoordeel,
    Effectvraag,
    EnqueteRespons,
    EnqueteUitkomsten,
    Respondenttype,
    Typeaandeel,
    Vraaguitkomst,
    enquete_uitkomsten,
)

POS, NEE, NVT = (
    Effectoordeel.POSITIEF,
    Effectoordeel.GEEN_POSITIEF,
    Effectoordeel.NIET_VAN_TOEPASSING,
)
SAMEN, KWALITEIT, KENNIS = (
    Effectvraag.SAMENWERKING,
    Effectvraag.KWALITEIT_SAMENWERKING,
    Effectvraag.KENNIS,
)
_ONDERDELEN = (
    Effectvraag.KWALITEIT_SAMENWERKING,
    Effectvraag.RESULTAAT_SAMENWERKING,
    Effectvraag.ACTIEVE_DEELNAME,
)


def _respons(soort=Respondenttype.OUDER, **oordelen):
    return EnqueteRespons(
        soort, tuple(Effectantwoord(Effectvraag[v.upper()], o) for v, o in oordelen.items())
    )


# --- the published survey of 2015–2016 (seed 002 §3.3) ------------------------------------------


@pytest.fixture(scope="module")
def gepubliceerd():
    return enquete_uitkomsten(jaarverslag2015.enquete())


def test_87_responsen_met_de_gepubliceerde_verdeling_over_typen(gepubliceerd):
    assert gepubliceerd.respondenten == 87
    verwacht = {
        Respondenttype.PRIMAIR_ONDERWIJS: (24, "28"),
        Respondenttype.VOORTGEZET_ONDERWIJS: (28, "32"),
        Respondenttype.GEMEENTE: (22, "25"),
        Respondenttype.OUDER: (13, "15"),
        Respondenttype.OVERIG: (0, "0"),
    }
    for soort, (aantal, procent) in verwacht.items():
        aandeel = gepubliceerd.aandeel_van(soort)
        assert (aandeel.teller, aandeel.noemer) == (aantal, 87)
        assert aandeel.percentage(0) == Decimal(procent)


def test_r_kkw_3_kennis_vaardigheden_en_motivatie_zoals_gepubliceerd(gepubliceerd):
    assert (gepubliceerd.kennis.teller, gepubliceerd.kennis.noemer) == (63, 87)
    assert gepubliceerd.kennis.procent == Decimal("72.4")
    for aandeel in (gepubliceerd.vaardigheden, gepubliceerd.motivatie):
        assert (aandeel.teller, aandeel.noemer) == (59, 87)
        assert aandeel.procent == Decimal("67.8")


def test_samenwerking_telt_onder_wie_het_aan_de_orde_was(gepubliceerd):
    samen = gepubliceerd.aandeel(SAMEN)
    assert (samen.teller, samen.noemer) == (65, 81)
    assert samen.percentage(0) == Decimal(80)  # seed 002 §3.3: 80%
    assert samen.noemer_omschrijving == "respondents for whom cooperation was at issue"
    assert gepubliceerd.aandeel(KWALITEIT).procent == Decimal("90.0")  # 72 of 80
    for vraag in (Effectvraag.RESULTAAT_SAMENWERKING, Effectvraag.ACTIEVE_DEELNAME):
        assert gepubliceerd.aandeel(vraag).procent == Decimal("80.2")  # 65 of 81


def test_de_uitkomsten_als_markdown_html_en_dict(gepubliceerd):
    md = gepubliceerd.to_markdown()
    assert "| kennis | 63 | 87 | 72.4% | respondents who answered on knowledge |" in md
    assert "| primair onderwijs | 24 | 87 | 27.6% |" in md
    html = gepubliceerd._repr_html_()
    assert html == gepubliceerd.to_html()
    assert html.startswith('<div class="gedragswerk-enquete">')
    assert "<td>72.4%</td>" in html
    assert from_dict(EnqueteUitkomsten, to_dict(gepubliceerd)) == gepubliceerd
    jsonschema.validate(to_dict(gepubliceerd), json_schema(EnqueteUitkomsten))


# --- the rules of counting -----------------------------------------------------------------------


def test_niet_van_toepassing_en_open_gelaten_tellen_niet_in_de_noemer():
    uit = enquete_uitkomsten(
        [_respons(kennis=POS), _respons(kennis=NEE), _respons(kennis=NVT), _respons()]
    )
    assert (uit.kennis.teller, uit.kennis.noemer) == (1, 2)
    assert uit.respondenten == 4
    assert uit.aandeel_van(Respondenttype.OUDER) == Aandeel(4, 4, "respondents")


def test_zonder_responsen_zijn_er_geen_percentages():
    uit = enquete_uitkomsten([])
    assert uit.respondenten == 0
    assert uit.kennis.procent is None
    assert "| kennis | 0 | 0 | n/a |" in uit.to_markdown()


def test_r_kkw_3_de_effectvragen_meten_de_drie_dimensies():
    assert Effectvraag.KENNIS.dimensie is Dimensie.KENNEN
    assert Effectvraag.VAARDIGHEDEN.dimensie is Dimensie.KUNNEN
    assert Effectvraag.MOTIVATIE.dimensie is Dimensie.WILLEN
    assert Effectvraag.SAMENWERKING.dimensie is None


def test_een_onderdeel_van_de_samenwerking_vraagt_eerst_de_samenwerking():
    with pytest.raises(InvalidValueError) as info:
        _respons(kwaliteit_samenwerking=POS)
    assert info.value.regel == "R-KKW-3"
    assert info.value.field == "EnqueteRespons.antwoorden"
    with pytest.raises(InvalidValueError):
        _respons(samenwerking=NVT, actieve_deelname=NEE)
    # Not applicable is always allowed; with cooperation at issue every answer is.
    assert _respons(kwaliteit_samenwerking=NVT).oordeel(KWALITEIT) is NVT
    assert _respons(samenwerking=NEE, kwaliteit_samenwerking=POS).oordeel(KWALITEIT) is POS


def test_een_vraag_twee_keer_beantwoorden_wordt_geweigerd():
    with pytest.raises(InvalidValueError) as info:
        EnqueteRespons(
            Respondenttype.GEMEENTE,
            (Effectantwoord(KENNIS, POS), Effectantwoord(KENNIS, NEE)),
        )
    assert info.value.field == "EnqueteRespons.antwoorden"


@pytest.mark.parametrize(
    ("maak", "veld"),
    [
        (lambda: EnqueteRespons("ouder"), "EnqueteRespons.respondent"),
        (lambda: EnqueteRespons(Respondenttype.OUDER, ("kennis",)), "EnqueteRespons.antwoorden[0]"),
        (lambda: Effectantwoord("kennis", POS), "Effectantwoord.vraag"),
        (lambda: Effectantwoord(KENNIS, True), "Effectantwoord.oordeel"),
        (lambda: enquete_uitkomsten(None), "responsen"),
        (lambda: enquete_uitkomsten("responsen"), "responsen"),
        (lambda: enquete_uitkomsten([_respons(), 3]), "responsen[1]"),
        (lambda: enquete_uitkomsten([]).aandeel("kennis"), "vraag"),
        (lambda: enquete_uitkomsten([]).aandeel(Respondenttype.OUDER), "vraag"),
        (lambda: enquete_uitkomsten([]).aandeel_van(KENNIS), "respondent"),
        (lambda: _respons().oordeel(None), "vraag"),
    ],
)
def test_verkeerde_invoer_noemt_het_veld(maak, veld):
    with pytest.raises(InvalidValueError) as info:
        maak()
    assert info.value.field == veld


def _uitkomsten():
    return enquete_uitkomsten([_respons(Respondenttype.GEMEENTE, kennis=POS), _respons()])


@pytest.mark.parametrize(
    ("wijziging", "veld"),
    [
        ({"respondenten": 3}, "EnqueteUitkomsten.per_type"),
        ({"respondenten": "2"}, "EnqueteUitkomsten.respondenten"),
        (
            {"per_type": lambda u: (*u.per_type[1:], u.per_type[0])},
            "EnqueteUitkomsten.per_type",
        ),
        (
            {
                "per_type": lambda u: tuple(
                    Typeaandeel(r.respondent, Aandeel(r.aandeel.teller, 2, "people"))
                    for r in u.per_type
                )
            },
            "EnqueteUitkomsten.per_type",
        ),
        (
            {
                "per_vraag": lambda u: tuple(
                    Vraaguitkomst(r.vraag, Aandeel(0, 0, "someone")) for r in u.per_vraag
                )
            },
            "EnqueteUitkomsten.per_vraag",
        ),
        ({"per_vraag": lambda u: u.per_vraag[:-1]}, "EnqueteUitkomsten.per_vraag"),
        (
            {
                "per_type": lambda u: tuple(
                    Typeaandeel(r.respondent, Aandeel(0, 2, "respondents")) for r in u.per_type
                )
            },
            "EnqueteUitkomsten.per_type",
        ),
    ],
)
def test_inconsistente_uitkomsten_worden_geweigerd(wijziging, veld):
    u = _uitkomsten()
    nieuw = {k: w(u) if callable(w) else w for k, w in wijziging.items()}
    with pytest.raises(InvalidValueError) as info:
        attrs.evolve(u, **nieuw)
    assert info.value.field == veld


# --- properties ---------------------------------------------------------------------------------


@given(st.lists(gst.enqueteresponsen(), max_size=30))
def test_elk_aandeel_telt_positief_uit_wie_de_vraag_beantwoordde(lijst):
    uit = enquete_uitkomsten(lijst)
    assert uit.respondenten == len(lijst)
    assert sum(r.aandeel.teller for r in uit.per_type) == len(lijst)
    for soort in Respondenttype:
        assert uit.aandeel_van(soort).teller == sum(r.respondent is soort for r in lijst)
    for vraag in Effectvraag:
        oordelen = [r.oordeel(vraag) for r in lijst]
        aandeel = uit.aandeel(vraag)
        assert aandeel.noemer == sum(o in (POS, NEE) for o in oordelen)
        assert aandeel.teller == sum(o is POS for o in oordelen)
        assert aandeel.noemer_omschrijving == vraag.noemer_omschrijving
    for vraag in _ONDERDELEN:
        assert uit.aandeel(vraag).noemer <= uit.aandeel(SAMEN).noemer


@given(st.lists(gst.enqueteresponsen(), max_size=30), st.data())
def test_de_uitkomsten_hangen_niet_af_van_de_volgorde(lijst, data):
    assert enquete_uitkomsten(data.draw(st.permutations(lijst))) == enquete_uitkomsten(lijst)
