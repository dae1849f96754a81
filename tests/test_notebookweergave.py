"""Notebook views (issue 20): a short repr and an HTML view for Besluit, Interventie, Toestand
and Hulpvraag; one language per view, Dutch by default; no names, BSNs or free text."""

import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from gedragswerk_core import (
    Besluit,
    Hulpvraag,
    InvalidValueError,
    Overdrachtsvoorstel,
    Overgedragen,
    Partij,
    Reden,
    Rol,
    beoordeel,
    voorbeeld,
)
from gedragswerk_core.strategies import hulpvragen, interventies, namen

RIJ = re.compile(r"<tr[ >]")
redenen = st.builds(
    Reden,
    st.sampled_from(["R-LC-5", "R-LC-6", "R-LC-7", "R-LPW-3"]),
    st.sampled_from(["a solution was found", "the receiver <b>wants</b> & can"]),
    st.booleans(),
)


@given(st.lists(redenen, max_size=6), st.sampled_from(["overdracht", "afronding"]))
def test_besluit_een_teken_per_voorwaarde(lijst, handeling):
    besluit = Besluit.uit_redenen(handeling, tuple(lijst))
    kort = repr(besluit)
    assert kort.count("✓") == sum(r.voldaan for r in lijst)
    assert kort.count("✗") == sum(not r.voldaan for r in lijst)
    assert ("toegestaan" in kort) == besluit.toegestaan
    for taal in ("nl", "en"):
        html = besluit.to_html(taal)
        assert len(RIJ.findall(html)) == len(lijst) + 1  # the head row, one per reason
        assert "<b>" not in html  # every text escaped
    assert besluit._repr_html_() == besluit.to_html("nl")


def test_besluit_in_het_nederlands_toont_de_nederlandse_bevinding():
    besluit = beoordeel(
        voorbeeld.interventie_na_intake(),
        Overgedragen(
            voorbeeld.moment(2015, 10, 1),
            Overdrachtsvoorstel(voorbeeld.partijen()["consulent"], True, True, ontvanger_wil=False),
        ),
    )
    nl, en = besluit.to_html(), besluit.to_html("en")
    assert ">R-LC-6.wil<" in nl
    assert "de ontvanger verklaart niet dat hij de hulpvraag wil oppakken" in nl
    assert "the receiver does not state it wants to take it on<" in en
    assert ">the receiver does not state" not in nl  # English only as the row's tooltip


def test_besluit_nl_toont_geen_engelse_labels_en_en_geen_nederlandse():
    besluit = Besluit.uit_redenen("overdracht", (Reden("R-LC-6", "it wants to", False),))
    nl, en = besluit.to_html(), besluit.to_html("en")
    for woord in ("geweigerd", ">voorwaarde<", ">voldaan: nee<"):
        assert woord in nl
        assert woord not in en
    for woord in ("refused", ">finding<", ">it wants to<"):
        assert woord in en
        assert woord not in nl


@given(interventies())
def test_interventie_een_tijdlijn_en_een_korte_repr(interventie):
    kort = repr(interventie)
    assert kort.startswith(f"<Interventie {interventie.status.value}: ")
    assert f"{len(interventie.gebeurtenissen)} gebeurtenissen" in kort
    assert len(kort) < 100
    html = interventie._repr_html_()
    assert len(RIJ.findall(html)) == len(interventie.gebeurtenissen) + 1
    for g in interventie.gebeurtenissen:
        assert f"<td>{type(g).__name__}</td>" in html
    toestand = interventie.toestand
    assert repr(toestand).startswith(f"<Toestand {toestand.status.value} sinds ")
    assert "werkagenda afgesproken" in toestand._repr_html_()
    assert "werkagenda agreed" in toestand.to_html("en")


def test_de_zesstappencase_is_kort():
    # the issue measured about 1,500 characters for the repr of a six-event intervention
    assert len(repr(voorbeeld.afgeronde_interventie())) < 80


@given(hulpvragen(), namen(), namen())
def test_hulpvraag_zonder_naam_of_vrije_tekst(vraag, naam, in_tekst):
    assume(naam not in vraag.regio and in_tekst not in vraag.regio)  # the region is shown
    vrager = Partij(f"ouders van {naam}", Rol.OUDER)
    vraag = Hulpvraag(
        vrager=vrager,
        leerlingen=vraag.leerlingen,
        regio=vraag.regio,
        kanaal=vraag.kanaal,
        consulenten_betrokken=vraag.consulenten_betrokken,
        systemisch_aspect=vraag.systemisch_aspect,
        omschrijving=f"thuis bij {in_tekst}",
    )
    for tekst in (repr(vraag), vraag._repr_html_(), vraag.to_html("en")):
        assert naam not in tekst
        assert in_tekst not in tekst
    for b in vraag.leerlingen:
        assert str(b.ref) in vraag._repr_html_()


@pytest.mark.parametrize(
    "waarde",
    [
        voorbeeld.hulpvraag(),
        voorbeeld.afgeronde_interventie(),
        voorbeeld.afgeronde_interventie().toestand,
        Besluit("x", True, ()),
    ],
)
def test_een_onbekende_taal_is_een_fout(waarde):
    with pytest.raises(InvalidValueError, match="unknown language"):
        waarde.to_html("de")
