"""Issue 19 point 1: every condition and fact the library weighs has a code and a Dutch text.

The catalogues of the werkagenda, regio, tafels and leerplicht packages (the lifecycle's has its
own tests): every code is ``regel.part`` of a known rule, every text renders in both languages
for any labels in its slots, and every reason or fact the library builds, over generated
inputs, carries its code, its facts and Dutch text.
"""

import re
import string

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from gedragswerk_core import strategies as gst
from gedragswerk_core.besluit import Besluit, Reden, Tekst
from gedragswerk_core.errors import GedragswerkError, InvalidValueError
from gedragswerk_core.leerplicht import teksten as leerplicht_teksten
from gedragswerk_core.leerplicht.feit import Feit, als_redenen
from gedragswerk_core.leerplicht.verlof import toets_verlof
from gedragswerk_core.leerplicht.vrijstelling import Beslisser, Vrijstellingsgrond
from gedragswerk_core.regio import beoordeel_antwoord, beoordeel_plaatsing
from gedragswerk_core.regio import teksten as regio_teksten
from gedragswerk_core.tafels import teksten as tafel_teksten
from gedragswerk_core.tafels.tafel import beoordeel_tafelstap
from gedragswerk_core.verantwoording.bewijs import TEKSTCATALOGI, regelhash
from gedragswerk_core.verantwoording.bronnen import REGELBRONNEN
from gedragswerk_core.werkagenda import teksten as werkagenda_teksten
from gedragswerk_core.werkagenda.controle import Bevinding, Ernst, bevindingen
from gedragswerk_core.werkagenda.werkagenda import beoordeel_instemming

CODE = re.compile(r"(R-[A-Z]+-[0-9]+)\.[a-z][a-z0-9_]*")
"""A condition code as the issue gives it (``R-LC-6.wil``), written here, not read from src."""
SLOT = re.compile(r"\{[a-z_]+\}")
"""A slot of a catalogue text left unfilled."""

CATALOGI = {
    "leerplicht": leerplicht_teksten.TEKSTEN,
    "regio": regio_teksten.TEKSTEN,
    "tafels": tafel_teksten.TEKSTEN,
    "werkagenda": werkagenda_teksten.TEKSTEN,
}
ENTRIES = [(pakket, sleutel) for pakket, c in CATALOGI.items() for sleutel in c]


def _slots(tekst: str) -> set[str]:
    return {naam for _, naam, _, _ in string.Formatter().parse(tekst) if naam}


# --- the catalogues ------------------------------------------------------------------------------


def test_elke_catalogus_zit_in_de_regelhash():
    assert set(TEKSTCATALOGI) == set(CATALOGI)
    assert all(TEKSTCATALOGI[p] is c for p, c in CATALOGI.items())


@pytest.mark.parametrize(("pakket", "sleutel"), ENTRIES)
def test_elke_code_is_regel_punt_deel_van_een_bekende_regel(pakket, sleutel):
    code = sleutel.split("/", 1)[0]
    if pakket == "tafels":  # the part only; the rule is the table's (R-TAF-1 or R-IT-1)
        code = f"R-TAF-1.{code}"
    if not code.startswith("R-"):
        assert "/" in sleutel or pakket == "tafels" or code == "bevinding", sleutel  # a word
        return
    gevonden = CODE.fullmatch(code)
    assert gevonden, sleutel
    assert gevonden.group(1) in REGELBRONNEN  # no new rule ids: codes are parts of rules


@pytest.mark.parametrize(("pakket", "sleutel"), ENTRIES)
def test_elke_tekst_heeft_dezelfde_vakken_in_beide_talen(pakket, sleutel):
    tekst = CATALOGI[pakket][sleutel]
    assert _slots(tekst.nl) == _slots(tekst.en)
    assert bool(tekst.nl) == bool(tekst.en)  # an optional part is empty in both
    assert (
        tekst.nl != tekst.en
        or not tekst.nl
        or _slots(tekst.nl) == {"plaats", "bevinding"}
        or (tekst.nl.startswith(("kwalificatieplicht", "langdurig")))
    )  # Dutch wording, except where the English keeps the law's Dutch terms


@given(st.sampled_from(ENTRIES), st.data())
def test_elke_tekst_vult_voor_elke_combinatie_van_labels(entry, data):
    pakket, sleutel = entry
    tekst = CATALOGI[pakket][sleutel]
    invulling = {
        naam: data.draw(gst.labels() | st.builds(Tekst, gst.labels(), gst.labels()), label=naam)
        for naam in _slots(tekst.nl)
    }
    gevuld = tekst.vul(**invulling)
    for taal in ("nl", "en"):
        rest = getattr(gevuld, taal)
        for naam, waarde in invulling.items():
            woord = getattr(waarde, taal) if isinstance(waarde, Tekst) else waarde
            assert woord in rest, (naam, taal)
        zonder = rest
        for waarde in invulling.values():
            zonder = zonder.replace(getattr(waarde, taal, waarde), "")
        assert SLOT.search(zonder) is None


# --- every reason and fact the library builds ----------------------------------------------------


def _heeft_code_en_nederlands(r: Reden | Feit | Bevinding) -> None:
    assert r.code.startswith(r.regel + "."), r.code
    assert CODE.fullmatch(r.code), r.code
    assert r.nl, r.code
    assert SLOT.search(r.nl) is None
    assert r.tekst() == r.nl
    assert r.tekst("en") == r.uitleg


def _besluit_heeft_codes(besluit: Besluit) -> None:
    for r in besluit.redenen:
        _heeft_code_en_nederlands(r)
    html = besluit.to_html()
    assert "voldaan: ja" not in html
    assert "voldaan: nee" not in html  # the fallback for a reason without Dutch is never needed
    assert len(besluit.codes) == len(besluit.redenen)


@given(gst.werkagendas(), st.lists(gst.partijen(), min_size=1, max_size=4))
def test_de_redenen_van_instemming_hebben_codes_en_nederlands(werkagenda, partijen):
    besluit = beoordeel_instemming(werkagenda, partijen)
    _besluit_heeft_codes(besluit)
    assert {r.code for r in besluit.redenen} >= {"R-WA-5.instemming", "R-WA-5.dragers"}
    for code in ("R-WA-1.kolommen", "R-WA-3.fase", "R-WA-5.drager", "R-WA-6.preventie"):
        assert code in besluit.codes  # one condition per blocking rule, met or not
    for r in besluit.bezwaren:
        feiten = {g.naam: g.waarde for g in r.feiten}
        if "bevinding" in feiten:  # an error of `bevindingen` behind it, by its own code
            assert str(feiten["bevinding"]).split(".")[0] == r.regel


@given(st.lists(gst.activiteiten(), max_size=6))
def test_elke_bevinding_heeft_een_code_en_nederlands(activiteiten):
    for b in bevindingen(activiteiten):
        _heeft_code_en_nederlands(b)
        assert b.code in {
            "R-WA-1.kolommen",
            "R-WA-1.bewijs",
            "R-WA-2.volgorde",
            "R-WA-2.fasen",
            "R-WA-3.thema",
            "R-WA-3.pdca",
            "R-WA-5.drager",
            "R-WA-6.preventie",
        }
        assert (b.ernst is Ernst.WAARSCHUWING) == (
            b.code in {"R-WA-1.bewijs", "R-WA-2.volgorde", "R-WA-2.fasen"}
        )


@given(gst.verkenningen(max_antwoorden=4), gst.antwoorden(), gst.leerling_refs())
def test_de_besluiten_van_een_regio_hebben_codes_en_nederlands(verkenning, antwoord, ref):
    try:
        besluit = beoordeel_antwoord(verkenning, antwoord)
    except GedragswerkError:
        besluit = None  # an answer dated before the last one: no decision to weigh
    if besluit is not None:
        _besluit_heeft_codes(besluit)
        assert besluit.codes[0] in {"R-REG-2.leerlingen", "R-REG-2.volgorde"}
    plaatsing = beoordeel_plaatsing(verkenning, ref)
    _besluit_heeft_codes(plaatsing)
    assert plaatsing.codes == ("R-REG-2.genoemd", "R-REG-3.plaatsing")


@given(
    gst.actietafels(max_stappen=6) | gst.interventieteams(max_stappen=6),
    gst.tafelgebeurtenissen(),
)
def test_de_stappen_van_een_tafel_hebben_codes_en_nederlands(tafel, gebeurtenis):
    try:
        besluit = beoordeel_tafelstap(tafel, gebeurtenis)
    except GedragswerkError:
        assume(False)  # an event before the last one (R-GEB-1): refused before any condition
    _besluit_heeft_codes(besluit)
    regel = "R-TAF-1" if type(tafel).__name__ == "Actietafel" else "R-IT-1"
    assert all(r.regel in {regel, "R-LC-4"} for r in besluit.redenen)


@given(
    st.sampled_from(
        [Vrijstellingsgrond.VAKANTIE_BEROEP, Vrijstellingsgrond.GEWICHTIGE_OMSTANDIGHEDEN]
    ),
    gst.datums(),
    st.integers(0, 20),
    st.sampled_from(Beslisser),
    st.lists(gst.vrijstellingen(), max_size=2),
)
def test_een_verlofbesluit_heeft_codes_en_nederlands(grond, begin, dagen, beslisser, eerder):
    einde = begin.add(days=dagen)
    eerder = [vr for vr in eerder if vr.grond is grond]
    besluit = toets_verlof(grond, begin, einde, eerder=eerder, beslisser=beslisser)
    _besluit_heeft_codes(besluit)
    if grond is Vrijstellingsgrond.VAKANTIE_BEROEP:
        assert besluit.codes == (
            "R-LPW-12.eenmaal",
            "R-LPW-12.dagen",
            "R-LPW-12.eerste_lesweken",
            "R-LPW-12.hoofd",
        )
    else:
        assert besluit.codes == ("R-LPW-12.bevoegd",)


@given(gst.leerplichtstatussen())
def test_de_feiten_van_een_status_hebben_codes_en_nederlands(status):
    for f in status.feiten:
        _heeft_code_en_nederlands(f)
    codes = [f.code for f in status.feiten]
    assert codes[:4] == [
        "R-LPW-1.begin",
        "R-LPW-2.einde",
        "R-LPW-3.kwalificatieplicht",
        "R-LPW-4.rmc",
    ]
    assert set(codes[4:]) <= {"R-LPW-7.vrijstelling"}


@given(gst.verzuimbeoordelingen())
def test_de_feiten_van_een_verzuimbeoordeling_hebben_codes_en_nederlands(beoordeling):
    for f in beoordeling.feiten:
        _heeft_code_en_nederlands(f)
    codes = [f.code for f in beoordeling.feiten]
    assert codes[:4] == [
        "R-LPW-6.melding",
        "R-LPW-5.langdurig_relatief",
        "R-LPW-5.absoluut",
        "R-LPW-8.thuiszitter",
    ]
    assert set(codes[4:]) <= {"R-LPW-10.melding"}
    absoluut = next(f for f in beoordeling.feiten if f.code == "R-LPW-5.absoluut")
    assert absoluut.geldt is beoordeling.absoluut_verzuim
    assert absoluut.nl == (
        "absoluut verzuim: ja" if beoordeling.absoluut_verzuim else "absoluut verzuim: nee"
    )


# --- the values: codes are checked, Dutch is the default -----------------------------------------


def test_een_feit_en_een_bevinding_toetsen_hun_code():
    with pytest.raises(InvalidValueError, match=r"Feit\.code"):
        Feit("R-LPW-5", "x", True, code="R-LPW-8.thuiszitter")
    with pytest.raises(InvalidValueError, match=r"Bevinding\.code"):
        Bevinding("R-WA-1", Ernst.FOUT, "x", code="R-WA-1.Kolommen")
    assert Feit("R-LPW-5", "x", True).code == "R-LPW-5"  # made by hand: the rule id alone
    assert Bevinding("R-WA-1", Ernst.FOUT, "x").tekst() == "x"  # no Dutch: the English text


def test_een_verouderde_reden_van_een_feit_houdt_code_gegevens_en_nederlands():
    f = leerplicht_teksten.feit("R-LPW-5.langdurig_relatief/ja", True, sinds="2016-02-01")
    with pytest.warns(DeprecationWarning, match="deprecated"):
        (r,) = als_redenen([f], "Verzuimbeoordeling")
    assert (r.code, r.nl) == (
        "R-LPW-5.langdurig_relatief",
        "langdurig relatief verzuim sinds 2016-02-01",
    )
    assert [(g.naam, g.waarde) for g in r.feiten] == [("sinds", "2016-02-01")]


def test_een_andere_tekst_in_een_catalogus_geeft_een_andere_regelhash():
    for pakket, catalogus in TEKSTCATALOGI.items():
        sleutel = next(iter(catalogus))
        herschreven = {**catalogus, sleutel: Tekst("anders", "otherwise")}
        assert regelhash(catalogi={**TEKSTCATALOGI, pakket: herschreven}) != regelhash(), pakket
    assert regelhash(catalogi=dict(TEKSTCATALOGI)) == regelhash()
