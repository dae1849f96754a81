"""Issue 19: condition codes and Dutch texts, receipts with rule provenance, the why-not menu."""

import json
import pathlib
import re
import string
import subprocess
import sys

import attrs
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gedragswerk_core import (
    REGELBRONNEN,
    Afgerond,
    Afrondingsverklaring,
    Besluit,
    Geaccepteerd,
    Gegeven,
    InvalidValueError,
    Mogelijkheid,
    Ontvangstbewijs,
    Overdrachtsvoorstel,
    Overgedragen,
    Partij,
    Reden,
    Rol,
    Status,
    Tekst,
    Uitkomst,
    Vrijstellingsgrond,
    beoordeel,
    beoordeel_intake,
    from_dict,
    json_schema,
    ontvang,
    ontvangstbewijs,
    reden_uit,
    regelhash,
    to_dict,
    toets_verlof,
    verantwoord,
    verwijs_door,
    voorbeeld,
    waarom_niet,
)
from gedragswerk_core import strategies as gst
from gedragswerk_core.interventie.stappen import STAPPEN
from gedragswerk_core.interventie.teksten import TEKSTEN

M = voorbeeld.moment

# --- condition codes and the text catalogue (issue 19 point 1) -----------------------------------


def _slots(tekst):
    return {naam for _, naam, _, _ in string.Formatter().parse(tekst) if naam}


@pytest.mark.parametrize("sleutel", sorted(TEKSTEN))
def test_elke_tekst_heeft_dezelfde_velden_in_beide_talen(sleutel):
    tekst = TEKSTEN[sleutel]
    assert _slots(tekst.nl) == _slots(tekst.en)


@given(interventie=gst.interventies(max_stappen=8), data=st.data())
def test_elke_reden_van_de_levensloop_heeft_een_code_en_een_nederlandse_tekst(interventie, data):
    g = data.draw(gst.gebeurtenissen_na(interventie))
    for reden in beoordeel(interventie, g).redenen:
        assert reden.code.startswith(reden.regel + ".")  # a condition, not only the rule
        assert reden.nl is not None
        assert reden.tekst() == reden.nl
        assert reden.tekst("en") == reden.uitleg


def test_de_overdracht_noemt_het_willen_met_een_eigen_code_en_feit():
    # Issue 19: "to find the willen condition of an overdracht a user must search the text".
    consulent = Partij("Onderwijsconsulenten", Rol.ONDERWIJSCONSULENT)
    voorstel = Overdrachtsvoorstel(consulent, True, True, False)
    i = voorbeeld.interventie_na_intake()
    besluit = beoordeel(i, Overgedragen(M(2015, 10, 1), voorstel))
    assert besluit.codes == (
        "R-LC-6.status",
        "R-LC-6.ander",
        "R-LC-6.meer",
        "R-LC-6.kan",
        "R-LC-6.wil",
    )
    (wil,) = besluit.bezwaren
    assert wil.code == "R-LC-6.wil"
    assert wil.feiten == (Gegeven("ontvanger_wil", False),)
    assert "wil" in wil.tekst()
    assert besluit.tekst().splitlines()[0] == "overdracht: geweigerd"
    assert "✗ R-LC-6.wil: de ontvanger verklaart niet" in besluit.tekst()
    assert "✗ R-LC-6.wil: the receiver does not state" in besluit.tekst("en")


@pytest.mark.parametrize(
    ("kunnen", "willen", "nl"),
    [(True, False, "zelf verder willen"), (False, True, "zelf verder kunnen")],
)
def test_de_afronding_zegt_in_het_nederlands_wat_ontbreekt(kunnen, willen, nl):
    verklaring = Afrondingsverklaring(False, kunnen_zelf_verder=kunnen, willen_zelf_verder=willen)
    besluit = beoordeel(voorbeeld.interventie_na_intake(), Afgerond(M(2015, 11, 1), verklaring))
    (bezwaar,) = besluit.bezwaren
    assert bezwaar.code == "R-LC-5.afronding"
    assert bezwaar.tekst().endswith(nl)
    assert {g.naam: g.waarde for g in bezwaar.feiten}["kunnen"] is kunnen


def test_de_intake_heeft_code_en_feiten():
    besluit = beoordeel_intake(voorbeeld.ouders_hulpvraag())
    (reden,) = besluit.redenen
    assert reden.code == "R-LC-7.verwijzing"
    assert {g.naam for g in reden.feiten} == {
        "eerste_contact",
        "consulenten_betrokken",
        "systemisch_aspect",
    }
    assert reden.tekst().startswith("verwijs naar de onderwijszorgconsulenten")


@pytest.mark.parametrize(
    ("code", "regel"),
    [("R-LC-6.wil", "R-LC-5"), ("R-LC-6.Wil", "R-LC-6"), ("wil", "R-LC-6"), (6, "R-LC-6")],
)
def test_een_code_hoort_bij_de_regel_van_de_reden(code, regel):
    with pytest.raises(InvalidValueError) as info:
        Reden(regel, "x", True, code=code)
    assert info.value.field == "Reden.code"


def test_een_reden_zonder_code_draagt_de_regel_als_code_en_de_engelse_tekst():
    reden = Reden("R-LC-6", "the receiver is another party", True)
    assert (reden.code, reden.feiten, reden.tekst()) == ("R-LC-6", (), reden.uitleg)


def test_reden_uit_vult_beide_talen():
    tekst = Tekst("{rol} verklaart niet dat het {wat}", "{rol} does not state it {wat}")
    reden = reden_uit(
        tekst, "R-LC-5.afronding", False, {"kan": False}, rol="rmc", wat=Tekst("kan", "can")
    )
    assert (reden.tekst(), reden.tekst("en")) == (
        "rmc verklaart niet dat het kan",
        "rmc does not state it can",
    )
    assert reden.regel == "R-LC-5"


# --- receipts (issue 19 point 2) -----------------------------------------------------------------


def _overdrachtsbewijs() -> tuple[Besluit, Ontvangstbewijs]:
    consulent = Partij("Onderwijsconsulenten", Rol.ONDERWIJSCONSULENT)
    voorstel = Overdrachtsvoorstel(consulent, True, True, False)
    return verantwoord(voorbeeld.interventie_na_intake(), Overgedragen(M(2015, 10, 1), voorstel))


def test_een_ontvangstbewijs_draagt_regels_bronnen_versie_en_digests():
    besluit, bewijs = _overdrachtsbewijs()
    assert (bewijs.handeling, bewijs.toegestaan) == ("overdracht", False)
    assert bewijs.redenen == besluit.redenen
    assert bewijs.codes == besluit.codes
    assert [b.regel for b in bewijs.bronnen] == ["R-LC-6"]
    assert bewijs.bronnen[0].bron == "seed 002 §2"
    assert bewijs.moment == M(2015, 10, 1)
    assert bewijs.wetsversie is None  # no law rule weighed
    assert len(bewijs.regelhash) == len(bewijs.invoer) == 64
    assert int(bewijs.regelhash, 16) >= 0
    assert bewijs.regelhash == regelhash()


def test_een_ontvangstbewijs_is_gelijk_bij_twee_berekeningen_en_na_een_rondgang():
    _, een = _overdrachtsbewijs()
    _, twee = _overdrachtsbewijs()
    assert een == twee
    assert from_dict(Ontvangstbewijs, to_dict(een)) == een
    assert json.loads(json.dumps(to_dict(een))) == to_dict(een)


def test_een_ontvangstbewijs_is_gelijk_in_twee_processen():
    programma = (
        "import json\n"
        "from gedragswerk_core import *\n"
        "c = Partij('Onderwijsconsulenten', Rol.ONDERWIJSCONSULENT)\n"
        "v = Overdrachtsvoorstel(c, True, True, False)\n"
        "g = Overgedragen(voorbeeld.moment(2015, 10, 1), v)\n"
        "_, b = verantwoord(voorbeeld.interventie_na_intake(), g)\n"
        "print(json.dumps(to_dict(b), sort_keys=True))\n"
    )
    uitvoer = [
        subprocess.run(  # noqa: S603 - our own interpreter and a fixed program
            [sys.executable, "-c", programma], capture_output=True, text=True, check=True
        ).stdout
        for _ in range(2)
    ]
    assert uitvoer[0] == uitvoer[1]
    assert json.loads(uitvoer[0]) == json.loads(json.dumps(to_dict(_overdrachtsbewijs()[1])))


def test_een_andere_regel_in_de_tabel_geeft_een_andere_hash():
    stap = STAPPEN[Overgedragen]
    anders = {**STAPPEN, Overgedragen: attrs.evolve(stap, regel="R-LC-5")}
    assert regelhash(anders) != regelhash()
    minder = {**STAPPEN, Overgedragen: attrs.evolve(stap, voorwaarden=stap.voorwaarden[:-1])}
    assert regelhash(minder) != regelhash()
    tekst = TEKSTEN["R-LC-6.wil/nee"]
    herschreven = {**TEKSTEN, "R-LC-6.wil/nee": attrs.evolve(tekst, nl=tekst.nl + ".")}
    assert regelhash(teksten=herschreven) != regelhash()
    assert regelhash(dict(STAPPEN), dict(TEKSTEN)) == regelhash()  # the same table, the same hash


@given(een=gst.hulpvragen(), twee=gst.hulpvragen())
def test_de_digest_van_de_invoer_volgt_de_invoer(een, twee):
    besluit = beoordeel_intake(een)
    a = ontvangstbewijs(besluit, M(2015, 9, 14), {"hulpvraag": een})
    b = ontvangstbewijs(besluit, M(2015, 9, 14), {"hulpvraag": twee})
    assert (a.invoer == b.invoer) == (to_dict(een) == to_dict(twee))


def test_een_besluit_met_een_wetsregel_noemt_de_wetsversie_van_die_dag():
    besluit = toets_verlof(
        Vrijstellingsgrond.VAKANTIE_BEROEP,
        pendulum.date(2016, 10, 3),
        pendulum.date(2016, 10, 7),
    )
    bewijs = ontvangstbewijs(besluit, pendulum.date(2016, 9, 1), {"besluit": besluit})
    assert bewijs.wetsversie is not None
    assert bewijs.wetsversie.geldt_vanaf <= pendulum.date(2016, 9, 1)
    assert f"Leerplichtwet: {bewijs.wetsversie.id}" in bewijs.tekst()
    assert all(b.wet == "BWBR0002628" for b in bewijs.bronnen if b.regel.startswith("R-LPW"))


def test_elke_geciteerde_regel_heeft_een_bron():
    for stap in STAPPEN.values():
        assert stap.regel in REGELBRONNEN
        for voorwaarde in stap.voorwaarden:
            assert voorwaarde.code.split(".")[0] in REGELBRONNEN


def test_het_schema_van_een_ontvangstbewijs_beschrijft_zijn_dictvorm():
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(to_dict(_overdrachtsbewijs()[1]), json_schema(Ontvangstbewijs))


@given(kind=gst.leerlingen())
def test_een_ontvangstbewijs_bevat_geen_naam_of_bsn(kind):
    bewijs = ontvangstbewijs(
        beoordeel_intake(voorbeeld.hulpvraag()), M(2015, 9, 14), {"leerling": kind}
    )
    tekst = json.dumps(to_dict(bewijs)) + repr(bewijs) + bewijs.tekst()
    for geheim in (kind.naam, kind.bsn):
        assert geheim is None or geheim not in tekst


@pytest.mark.parametrize(
    ("besluit", "moment", "invoer", "veld"),
    [
        ("geen besluit", M(2015, 9, 14), {}, "besluit"),
        (None, M(2015, 9, 14), {}, "besluit"),
        ("besluit", "gisteren", {}, "moment"),
        ("besluit", M(2015, 9, 14), [1], "invoer"),
        ("besluit", M(2015, 9, 14), {1: "x"}, "invoer"),
    ],
)
def test_een_ontvangstbewijs_van_verkeerde_invoer_geeft_een_bibliotheekfout(
    besluit, moment, invoer, veld
):
    echt = beoordeel_intake(voorbeeld.hulpvraag())
    with pytest.raises(InvalidValueError) as info:
        ontvangstbewijs(echt if besluit == "besluit" else besluit, moment, invoer)
    assert info.value.field == veld


# --- the why-not menu (issue 19 point 5) ---------------------------------------------------------


def _in_elke_status():
    i = voorbeeld.interventie_na_intake()
    return {
        Status.ONTVANGEN: ontvang(voorbeeld.hulpvraag(), M(2015, 9, 14)),
        Status.LOPEND: i,
        Status.DOORVERWEZEN: verwijs_door(
            ontvang(voorbeeld.ouders_hulpvraag(), M(2015, 9, 14)), M(2015, 9, 15)
        ),
        Status.AFGEROND: voorbeeld.afgeronde_interventie(),
        Status.OVERGEDRAGEN: voorbeeld.overgedragen_interventie(),
    }


@pytest.mark.parametrize("status", list(Status), ids=lambda s: s.value)
@pytest.mark.parametrize("soort", list(STAPPEN), ids=lambda s: s.__name__)
def test_het_menu_in_elke_status_voor_elke_stap(status, soort):
    interventie = _in_elke_status()[status]
    assert interventie.status is status
    stap = STAPPEN[soort]
    (keuze,) = [m for m in waarom_niet(interventie) if m.stap == stap.naam]
    assert keuze.commando == stap.commando
    assert keuze.redenen[0] == stap.status_redenen[status]
    if status not in stap.overgangen:
        assert keuze.uitkomst is Uitkomst.GEWEIGERD
        assert keuze.bezwaren == (f"{keuze.redenen[0].regel}.status",)
        assert keuze.ontbreekt == ()
    elif any(w.vraagt for w in stap.voorwaarden):
        assert keuze.uitkomst in {Uitkomst.ONBESLIST, Uitkomst.GEWEIGERD}
        open_codes = [w.code for w in stap.voorwaarden if w.vraagt]
        assert list(keuze.onbesliste_codes) == open_codes
        assert len(keuze.ontbreekt) == len(open_codes)
    else:
        voldaan = [r.voldaan for r in keuze.redenen]
        if False in voldaan:
            assert keuze.uitkomst is Uitkomst.GEWEIGERD
        elif None in voldaan:  # a condition of the history waits for a statement (R-VKL-1)
            assert keuze.uitkomst is Uitkomst.ONBESLIST
            wachtend = [r for r in keuze.redenen if r.voldaan is None]
            assert keuze.onbesliste_codes == tuple(r.code for r in wachtend)
            assert keuze.ontbreekt == tuple(", ".join(r.ontbreekt) for r in wachtend)
        else:
            assert keuze.uitkomst is Uitkomst.TOEGESTAAN


@settings(max_examples=100)
@given(interventie=gst.interventies(max_stappen=8), data=st.data())
def test_het_menu_spreekt_beoordeel_nooit_tegen(interventie, data):
    g = data.draw(gst.gebeurtenissen_na(interventie))
    besluit = beoordeel(interventie, g)
    zonder = {m.stap: m for m in waarom_niet(interventie)}[STAPPEN[type(g)].naam]
    met = {m.stap: m for m in waarom_niet(interventie, [g])}[STAPPEN[type(g)].naam]
    # With the event: exactly beoordeel.
    assert met.redenen == besluit.redenen
    assert met.uitkomst is besluit.uitkomst
    assert met.onbesliste_codes == tuple(r.code for r in besluit.redenen if r.voldaan is None)
    # Without it: what it decided holds for every event of the step.
    if zonder.uitkomst is Uitkomst.GEWEIGERD:
        assert not besluit.toegestaan
    if zonder.uitkomst is Uitkomst.TOEGESTAAN:
        assert besluit.toegestaan
    assert set(zonder.redenen) <= set(besluit.redenen)


def test_het_menu_van_het_voorbeeld_in_het_nederlands():
    menu = {m.stap: m for m in waarom_niet(voorbeeld.interventie_na_intake())}
    tekst = menu["overdracht"].tekst()
    assert tekst.splitlines()[0] == "overdracht (draag_over): onbeslist"
    assert "? R-LC-6.wil: ontbreekt voorstel.ontvanger_wil" in tekst
    assert menu["escalatie"].uitkomst is Uitkomst.TOEGESTAAN
    assert menu["heropening"].bezwaren == ("R-LC-8.status",)
    assert "missing voorstel.ontvanger_wil" in menu["overdracht"].tekst("en")


@pytest.mark.parametrize(
    ("interventie", "voorstellen", "veld"),
    [
        ("geen", (), "interventie"),
        ("echt", 5, "voorstellen"),
        ("echt", ["geen event"], "voorstellen[0]"),
        ("echt", [Geaccepteerd(M(2015, 9, 20)), Geaccepteerd(M(2015, 9, 21))], "voorstellen[1]"),
    ],
)
def test_het_menu_weigert_verkeerde_invoer_met_een_bibliotheekfout(interventie, voorstellen, veld):
    echt = voorbeeld.interventie_na_intake()
    with pytest.raises(InvalidValueError) as info:
        waarom_niet(echt if interventie == "echt" else interventie, voorstellen)
    assert info.value.field == veld


@given(mogelijkheid=gst.waarden(Mogelijkheid))
def test_een_mogelijkheid_overleeft_de_rondgang(mogelijkheid):
    assert from_dict(Mogelijkheid, to_dict(mogelijkheid)) == mogelijkheid


def test_elke_regel_die_de_bibliotheek_noemt_heeft_een_bron():
    # Every rule id written in the library's source is in the sources table (a new rule without
    # a source fails here, and so would a receipt that cannot say where its rule is written).
    src = pathlib.Path(__file__).resolve().parent.parent / "src" / "gedragswerk_core"
    genoemd = {
        m.group(1)
        for pad in src.rglob("*.py")
        for m in re.finditer(r"\b(R-[A-Z]+-[0-9]+)\b", pad.read_text(encoding="utf-8"))
    }
    assert genoemd - set(REGELBRONNEN) == set()


def test_een_eigen_regel_van_de_gebruiker_mag_elke_id_hebben():
    # A caller's own rule keeps working: only a code beside the rule id is checked.
    assert Reden("GEM-1", "eigen regel", True).code == "GEM-1"
    assert Reden("GEM-1", "eigen regel", True, code="GEM-1.termijn").code == "GEM-1.termijn"
    with pytest.raises(InvalidValueError):
        Reden("GEM-1", "eigen regel", True, code="GEM-1.")
