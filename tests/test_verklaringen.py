"""Attested statements and undecided decisions (R-VKL-1; R-LC-5, R-LC-6, R-LC-7; issue 19 point 3).

A statement a decision rests on is made by a party in a role at a moment and kept in the
history (`Verklaard`). A decision that needs a statement nobody made is *undecided*: neither
allowed nor refused, and it names the statement (`Besluit.ontbreekt`).
"""

from __future__ import annotations

import json
import pickle
import subprocess
import sys

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import (
    Afrondingsverklaring,
    Besluit,
    Geaccepteerd,
    Gecorrigeerd,
    InvalidValueError,
    Kanaal,
    Overdrachtsvoorstel,
    Overgedragen,
    Partij,
    Reden,
    RefusedError,
    Rol,
    Status,
    Uitkomst,
    Uitspraak,
    Verklaard,
    accepteer,
    beoordeel,
    beoordeel_afronding,
    beoordeel_intake,
    beoordeel_overdracht,
    draag_over,
    from_dict,
    heropen,
    ontvang,
    rond_af,
    to_dict,
    verklaar,
    voorbeeld,
    waarom_niet,
)
from gedragswerk_core import strategies as gst
from gedragswerk_core.verantwoording import REGELBRONNEN
from gedragswerk_core.zgw import interventie_als_zaak

M = voorbeeld.moment
P = voorbeeld.partijen()
RMC = Partij("RMC Rivierenland", Rol.RMC_COORDINATOR)

ALLE_UITSPRAKEN = {
    Uitspraak.KAN_OVERNEMEN: "R-LC-6.kan",
    Uitspraak.WIL_OVERNEMEN: "R-LC-6.wil",
    Uitspraak.KAN_ZELF_VERDER: "R-LC-5.kan",
    Uitspraak.WIL_ZELF_VERDER: "R-LC-5.wil",
    Uitspraak.SYSTEMISCH_ASPECT: "R-LC-7.systemisch",
}


def test_elke_uitspraak_heeft_de_code_van_de_voorwaarde_die_zij_beantwoordt():
    # written out by hand from DOMAIN.md: R-LC-6 (2) the receiver, R-LC-5 the actors, R-LC-7
    assert {u: u.code for u in Uitspraak} == ALLE_UITSPRAKEN
    assert REGELBRONNEN["R-VKL-1"].soort.value == "bibliotheek"


# --- R-LC-6: the receiver's "can" and "want" --------------------------------------------------


@given(
    kan=st.none() | st.booleans(),
    wil=st.none() | st.booleans(),
    verklaard_kan=st.none() | st.booleans(),
    verklaard_wil=st.none() | st.booleans(),
)
def test_overdracht_leest_de_verklaringen_van_de_ontvanger_r_lc_6(
    kan, wil, verklaard_kan, verklaard_wil
):
    i = voorbeeld.interventie_na_intake()
    for uitspraak, waar in (
        (Uitspraak.KAN_OVERNEMEN, verklaard_kan),
        (Uitspraak.WIL_OVERNEMEN, verklaard_wil),
    ):
        if waar is not None:
            i = verklaar(i, M(2015, 10, 1), RMC, uitspraak, waar=waar)
    besluit = beoordeel_overdracht(i, Overdrachtsvoorstel(RMC, True, kan, wil))
    # the proposal's own statement first, else the receiver's recorded one (R-VKL-1)
    echt_kan = kan if kan is not None else verklaard_kan
    echt_wil = wil if wil is not None else verklaard_wil
    feiten = (echt_kan, echt_wil)
    if False in feiten:
        verwacht = Uitkomst.GEWEIGERD
    elif None in feiten:
        verwacht = Uitkomst.ONBESLIST
    else:
        verwacht = Uitkomst.TOEGESTAAN
    assert besluit.uitkomst is verwacht
    missend = tuple(
        code for code, f in (("R-LC-6.kan", echt_kan), ("R-LC-6.wil", echt_wil)) if f is None
    )
    assert besluit.ontbreekt == missend
    assert besluit.toegestaan is (verwacht is Uitkomst.TOEGESTAAN)


def test_alleen_de_ontvanger_zelf_kan_voor_de_ontvanger_verklaren_r_lc_6():
    i = voorbeeld.interventie_na_intake()
    i = verklaar(i, M(2015, 10, 1), P["swv"], Uitspraak.KAN_OVERNEMEN)
    i = verklaar(i, M(2015, 10, 1), P["swv"], Uitspraak.WIL_OVERNEMEN)
    besluit = beoordeel_overdracht(i, Overdrachtsvoorstel(RMC, meer_aan_ontvanger=True))
    assert besluit.onbeslist
    assert besluit.ontbreekt == ("R-LC-6.kan", "R-LC-6.wil")


def test_een_latere_verklaring_vervangt_een_eerdere_van_dezelfde_partij():
    i = voorbeeld.interventie_na_intake()
    voorstel = Overdrachtsvoorstel(RMC, meer_aan_ontvanger=True, ontvanger_kan=True)
    i = verklaar(i, M(2015, 10, 1), RMC, Uitspraak.WIL_OVERNEMEN)
    assert beoordeel_overdracht(i, voorstel).toegestaan
    i = verklaar(i, M(2015, 10, 8), RMC, Uitspraak.WIL_OVERNEMEN, waar=False)
    besluit = beoordeel_overdracht(i, voorstel)
    assert besluit.uitkomst is Uitkomst.GEWEIGERD
    assert besluit.bezwaren[0].code == "R-LC-6.wil"
    i = draag_over(
        verklaar(i, M(2015, 10, 9), RMC, Uitspraak.WIL_OVERNEMEN), M(2015, 10, 10), voorstel
    )
    assert i.status is Status.OVERGEDRAGEN


def test_een_onbeslist_besluit_wordt_door_het_commando_geweigerd_met_wat_ontbreekt():
    i = voorbeeld.interventie_na_intake()
    with pytest.raises(RefusedError) as info:
        draag_over(i, M(2015, 10, 1), Overdrachtsvoorstel(RMC, True, True))
    assert info.value.besluit.onbeslist
    assert info.value.besluit.ontbreekt == ("R-LC-6.wil",)
    assert str(info.value).startswith("overdracht undecided: R-LC-6")
    assert info.value.regel == "R-LC-6"


# --- R-LC-5: the actors' "can" and "want to go on on their own" ---------------------------------


@given(
    kunnen=st.none() | st.booleans(),
    willen=st.none() | st.booleans(),
    verklaringen=st.lists(
        st.tuples(
            st.sampled_from(["swv", "school", "leerplicht"]),
            st.sampled_from([Uitspraak.KAN_ZELF_VERDER, Uitspraak.WIL_ZELF_VERDER]),
            st.booleans(),
        ),
        max_size=6,
    ),
)
def test_afronding_leest_de_verklaringen_van_de_actoren_r_lc_5(kunnen, willen, verklaringen):
    i = voorbeeld.interventie_na_intake()
    laatste = {}
    for dag, (wie, uitspraak, waar) in enumerate(verklaringen, start=1):
        i = verklaar(i, M(2015, 10, dag), P[wie], uitspraak, waar=waar)
        laatste[wie, uitspraak] = waar

    def van_de_actoren(uitspraak):
        waarden = [w for (_, u), w in laatste.items() if u is uitspraak]
        return all(waarden) if waarden else None

    k = kunnen if kunnen is not None else van_de_actoren(Uitspraak.KAN_ZELF_VERDER)
    w = willen if willen is not None else van_de_actoren(Uitspraak.WIL_ZELF_VERDER)
    besluit = beoordeel_afronding(i, Afrondingsverklaring(False, kunnen, willen))
    if k is True and w is True:
        assert besluit.uitkomst is Uitkomst.TOEGESTAAN
    elif False in (k, w):
        assert besluit.uitkomst is Uitkomst.GEWEIGERD
    else:
        assert besluit.uitkomst is Uitkomst.ONBESLIST
        assert besluit.ontbreekt == tuple(
            c for c, f in (("R-LC-5.kan", k), ("R-LC-5.wil", w)) if f is None
        )
    # a solution found needs no statement at all
    assert beoordeel_afronding(i, Afrondingsverklaring(True)).toegestaan


def test_gedragswerk_verklaart_niet_namens_de_regio_r_lc_4():
    i = voorbeeld.interventie_na_intake()
    for uitspraak in (Uitspraak.KAN_ZELF_VERDER, Uitspraak.WIL_ZELF_VERDER):
        g = Verklaard(M(2015, 10, 1), P["sparring"], uitspraak)
        besluit = beoordeel(i, g)
        assert besluit.uitkomst is Uitkomst.GEWEIGERD
        assert besluit.bezwaren[0].code == "R-LC-4.verklaarder"
        with pytest.raises(RefusedError):
            verklaar(i, M(2015, 10, 1), P["sparring"], uitspraak)
    # what Gedragswerk may state: the systemic aspect it judges at first contact
    assert beoordeel(i, Verklaard(M(2015, 10, 1), P["sparring"], Uitspraak.SYSTEMISCH_ASPECT))


def test_de_actoren_verklaren_en_de_interventie_wordt_afgerond():
    i = voorbeeld.interventie_na_intake()
    open_ = Afrondingsverklaring(oplossing_gevonden=False)
    assert beoordeel_afronding(i, open_).ontbreekt == ("R-LC-5.kan", "R-LC-5.wil")
    for wie in ("swv", "school"):
        i = verklaar(i, M(2016, 1, 4), P[wie], Uitspraak.KAN_ZELF_VERDER)
        i = verklaar(i, M(2016, 1, 4), P[wie], Uitspraak.WIL_ZELF_VERDER)
    assert rond_af(i, M(2016, 1, 11), open_).status is Status.AFGEROND


# --- R-LC-7: the systemic aspect at first contact ----------------------------------------------


def _vraag(systemisch, kanaal=Kanaal.TELEFOON):
    return attrs.evolve(voorbeeld.hulpvraag(), systemisch_aspect=systemisch, kanaal=kanaal)


def test_een_onbekend_systemisch_aspect_laat_de_intake_onbeslist_r_lc_7():
    besluit = beoordeel_intake(_vraag(None))
    assert besluit.uitkomst is Uitkomst.ONBESLIST
    assert besluit.ontbreekt == ("R-LC-7.systemisch",)
    assert "systemisch aspect" in besluit.tekst()
    # no first contact: R-LC-7 asks nothing, so nothing is missing
    assert beoordeel_intake(_vraag(None, Kanaal.ACTIETAFEL)).toegestaan


@pytest.mark.parametrize("waar", [True, False])
def test_een_verklaring_van_het_systemisch_aspect_beslist_de_intake(waar):
    i = ontvang(_vraag(None), M(2015, 9, 14))
    with pytest.raises(RefusedError) as info:
        accepteer(i, M(2015, 9, 15))
    assert info.value.besluit.ontbreekt == ("R-LC-7.systemisch",)
    i = verklaar(i, M(2015, 9, 15), P["sparring"], Uitspraak.SYSTEMISCH_ASPECT, waar=waar)
    besluit = beoordeel(i, Geaccepteerd(M(2015, 9, 16)))
    assert besluit.toegestaan is waar
    assert besluit.ontbreekt == ()


# --- the decision itself: undecided is its own outcome ----------------------------------------


@given(st.lists(st.sampled_from([True, False, None]), min_size=1, max_size=5))
def test_de_uitkomst_volgt_uit_de_redenen(voldaan):
    redenen = tuple(
        Reden("R-LC-6", "x", v, ontbreekt=("R-LC-6.wil",) if v is None else ()) for v in voldaan
    )
    besluit = Besluit.uit_redenen("overdracht", redenen)
    if False in voldaan:
        assert besluit.uitkomst is Uitkomst.GEWEIGERD
    elif None in voldaan:
        assert besluit.uitkomst is Uitkomst.ONBESLIST
        assert besluit.ontbreekt == ("R-LC-6.wil",)
    else:
        assert besluit.uitkomst is Uitkomst.TOEGESTAAN
    assert besluit.toegestaan is all(v is True for v in voldaan)
    assert len(besluit.bezwaren) == sum(v is not True for v in voldaan)
    kop = {Uitkomst.TOEGESTAAN: "allowed", Uitkomst.GEWEIGERD: "refused"}
    assert besluit.tekst("en").splitlines()[0] == (
        f"overdracht: {kop.get(besluit.uitkomst, 'undecided')}"
    )
    assert besluit.tekst().count("\n  ? ") == voldaan.count(None)


def test_onbeslist_alleen_met_wat_ontbreekt():
    with pytest.raises(InvalidValueError) as info:
        Reden("R-LC-6", "x", None)
    assert info.value.field == "Reden.ontbreekt"
    with pytest.raises(InvalidValueError):
        Reden("R-LC-6", "x", True, ontbreekt=("R-LC-6.wil",))
    with pytest.raises(InvalidValueError):
        Besluit("overdracht", True, (Reden("R-LC-6", "x", None, ontbreekt=("R-LC-6.wil",)),))


# --- the menu, the dict form, the command line ------------------------------------------------


def test_het_menu_noemt_wat_ontbreekt_bij_een_voorstel_zonder_verklaringen():
    i = voorbeeld.interventie_na_intake()
    voorstel = Overdrachtsvoorstel(RMC, meer_aan_ontvanger=True)
    (keuze,) = [
        m
        for m in waarom_niet(i, [Overgedragen(M(2015, 10, 1), voorstel)])
        if m.stap == "overdracht"
    ]
    assert keuze.uitkomst is Uitkomst.ONBESLIST
    assert keuze.onbesliste_codes == ("R-LC-6.kan", "R-LC-6.wil")
    assert keuze.bezwaren == ()


@given(gst.gebeurtenissen(Verklaard))
def test_een_verklaring_gaat_heen_en_terug_als_dict_en_pickle(g):
    assert from_dict(Verklaard, to_dict(g)) == g
    assert pickle.loads(pickle.dumps(g)) == g  # noqa: S301 - our own bytes


def test_een_onbeslist_besluit_heen_en_terug():
    besluit = beoordeel_intake(_vraag(None))
    assert from_dict(Besluit, to_dict(besluit)) == besluit
    assert to_dict(besluit)["redenen"][0]["ontbreekt"] == ["R-LC-7.systemisch"]


def test_de_opdrachtregel_geeft_3_bij_een_onbeslist_besluit(tmp_path):
    bestand = tmp_path / "hulpvraag.json"
    bestand.write_text(json.dumps(to_dict(_vraag(None))))
    uit = subprocess.run(  # noqa: S603 - our own command
        [sys.executable, "-m", "gedragswerk_core", "intake", str(bestand)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert uit.returncode == 3, uit.stderr
    assert "onbeslist" in uit.stdout


def test_een_onbekend_systemisch_aspect_staat_zo_in_de_weergave():
    assert "nog niet vastgesteld" in _vraag(None).to_html()
    assert "not yet established" in _vraag(None).to_html("en")
    assert "nog niet vastgesteld" not in _vraag(True).to_html()


def test_wie_verklaarde_is_belanghebbende_van_de_zaak():
    i = verklaar(voorbeeld.interventie_na_intake(), M(2015, 10, 1), RMC, Uitspraak.KAN_OVERNEMEN)
    rollen = interventie_als_zaak(i)["rollen"]
    assert {"naam": "RMC Rivierenland"} in [r["betrokkeneIdentificatie"] for r in rollen]


def test_het_menu_zonder_voorstel_noemt_een_onbeslist_intakebesluit():
    menu = {m.stap: m for m in waarom_niet(ontvang(_vraag(None), M(2015, 9, 14)))}
    acceptatie = menu["acceptatie"]
    assert acceptatie.uitkomst is Uitkomst.ONBESLIST
    assert acceptatie.bezwaren == ()
    assert acceptatie.onbesliste_codes == ("R-LC-7.verwijzing",)
    assert acceptatie.ontbreekt == ("R-LC-7.systemisch",)


def test_na_een_heropening_tellen_de_oude_verklaringen_niet_meer_r_lc_8():
    # the receiver handed the question back: its earlier "can and want" no longer holds
    i = voorbeeld.interventie_na_intake()
    i = verklaar(i, M(2015, 10, 1), RMC, Uitspraak.KAN_OVERNEMEN)
    i = verklaar(i, M(2015, 10, 1), RMC, Uitspraak.WIL_OVERNEMEN)
    voorstel = Overdrachtsvoorstel(RMC, meer_aan_ontvanger=True)
    i = draag_over(i, M(2015, 10, 2), voorstel)
    i = heropen(i, M(2015, 11, 2), "RMC geeft de vraag terug")
    assert beoordeel_overdracht(i, voorstel).ontbreekt == ("R-LC-6.kan", "R-LC-6.wil")


def test_een_correctie_die_een_gezette_stap_onbeslist_maakt_wordt_geweigerd_r_geb_4():
    i = voorbeeld.interventie_na_intake()
    i = verklaar(i, M(2015, 10, 1), RMC, Uitspraak.KAN_OVERNEMEN)
    i = verklaar(i, M(2015, 10, 1), RMC, Uitspraak.WIL_OVERNEMEN)
    i = draag_over(i, M(2015, 10, 2), Overdrachtsvoorstel(RMC, meer_aan_ontvanger=True))
    ander = Verklaard(M(2015, 10, 1), P["swv"], Uitspraak.KAN_OVERNEMEN)
    besluit = beoordeel(i, Gecorrigeerd(M(2015, 10, 3), 2, ander, "verkeerde partij"))
    assert besluit.uitkomst is Uitkomst.GEWEIGERD
    assert besluit.bezwaren[-1].code == "R-GEB-4.onbeslist"


def test_een_onbekende_taal_is_een_bibliotheekfout():
    besluit = beoordeel_intake(_vraag(None))
    for tekst in (besluit.tekst, besluit.to_html):
        with pytest.raises(InvalidValueError) as info:
            tekst("de")
        assert info.value.field == "taal"


def test_een_onbesliste_weigering_als_probleem_noemt_wat_ontbreekt():
    from gedragswerk_core.serialisatie.problemen import probleem_details  # noqa: PLC0415

    with pytest.raises(RefusedError) as info:
        accepteer(ontvang(_vraag(None), M(2015, 9, 14)), M(2015, 9, 15))
    besluit = probleem_details(info.value)["besluit"]
    assert besluit["uitkomst"] == "onbeslist"
    assert besluit["ontbreekt"] == ["R-LC-7.systemisch"]
    assert [r["code"] for r in besluit["redenen"]] == ["R-LC-2.status", "R-LC-7.verwijzing"]
