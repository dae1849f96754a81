"""Links to an intervention and the reassessment at afronding (issue 17 point 6; R-KKW-3).

Seed 000 (the same three dimensions diagnose the case and measure the effect) and seed 002 §3.3
(the annual evaluation reports knowledge, skills and motivation): the afronding carries the
reassessment, and a diagnosis and a werkagenda know the intervention they belong to.
"""

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import (
    Afrondingsverklaring,
    Diagnose,
    Dimensie,
    Herbeoordeling,
    InterventieRef,
    InvalidValueError,
    Oordeel,
    Partij,
    RefusedError,
    Rol,
    Werkagenda,
    accepteer,
    beoordeel_afronding,
    from_dict,
    ontvang,
    rond_af,
    stem_in,
    to_dict,
    vergelijk,
    voorbeeld,
)
from gedragswerk_core import strategies as gst
from gedragswerk_core.werkagenda import activiteit as wa

SCHOOL = Partij("Het Lingecollege", Rol.SCHOOLLEIDER)
GEMEENTE = Partij("Gemeente Tiel", Rol.WETHOUDER)
OPGELOST = Afrondingsverklaring(oplossing_gevonden=True)


def _lopend(kenmerk="GW-2015-017"):
    i = ontvang(voorbeeld.hulpvraag(), voorbeeld.moment(2015, 9, 14), kenmerk=kenmerk)
    return accepteer(i, voorbeeld.moment(2015, 9, 15))


def _diagnoses(ref="GW-2015-017"):
    voor = Diagnose((SCHOOL, GEMEENTE), interventie=ref)
    voor = voor.met(SCHOOL, Dimensie.KENNEN, Oordeel.KNELPUNT)
    voor = voor.met(GEMEENTE, Dimensie.WILLEN, Oordeel.KNELPUNT)
    na = voor.met(SCHOOL, Dimensie.KENNEN, Oordeel.IN_ORDE)
    return voor, na


def test_een_interventie_kent_haar_kenmerk():
    assert _lopend().kenmerk == InterventieRef("GW-2015-017")
    assert (
        accepteer(
            ontvang(voorbeeld.hulpvraag(), voorbeeld.moment(2015, 9, 14)),
            voorbeeld.moment(2015, 9, 15),
        ).kenmerk
        is None
    )
    with pytest.raises(InvalidValueError) as info:
        InterventieRef("geen spaties")
    assert info.value.field == "InterventieRef.waarde"


def test_een_diagnose_en_haar_herbeoordeling_horen_bij_de_interventie():
    voor, na = _diagnoses()
    assert na.interventie == InterventieRef("GW-2015-017")  # kept by met() and met_partij()
    assert na.met_partij(Partij("SWV", Rol.SAMENWERKINGSVERBAND)).interventie == na.interventie
    h = vergelijk(voor, na).herbeoordeling()
    assert (h.opgelost, h.nog_open, h.nieuw, h.onbekend) == (1, 1, 0, 0)
    assert h.verbeterd == ("kennen",)
    assert h.interventie == InterventieRef("GW-2015-017")
    assert not h.is_handelingsbekwaam  # the gemeente's willen is still a knelpunt


def test_de_afronding_draagt_de_herbeoordeling_en_het_besluit_noemt_r_kkw_3():
    voor, na = _diagnoses()
    h = vergelijk(voor, na).herbeoordeling()
    besluit = beoordeel_afronding(_lopend(), OPGELOST, h)
    assert besluit.toegestaan
    assert "R-KKW-3" in besluit.regels
    af = rond_af(_lopend(), voorbeeld.moment(2016, 3, 1), OPGELOST, herbeoordeling=h)
    assert af.gebeurtenissen[-1].herbeoordeling == h
    assert from_dict(type(af), to_dict(af)) == af


def test_zonder_herbeoordeling_blijft_het_besluit_zoals_het_was():
    besluit = beoordeel_afronding(_lopend(), OPGELOST)
    assert besluit.toegestaan
    assert "R-KKW-3" not in besluit.regels


def test_een_herbeoordeling_van_een_andere_interventie_wordt_geweigerd():
    voor, na = _diagnoses("GW-2015-099")
    h = vergelijk(voor, na).herbeoordeling()
    with pytest.raises(RefusedError) as info:
        rond_af(_lopend(), voorbeeld.moment(2016, 3, 1), OPGELOST, herbeoordeling=h)
    assert [r.regel for r in info.value.besluit.bezwaren] == ["R-KKW-3"]
    # without a kenmerk on either side there is nothing to compare
    anoniem = rond_af(_lopend(None), voorbeeld.moment(2016, 3, 1), OPGELOST, herbeoordeling=h)
    assert anoniem.gebeurtenissen[-1].herbeoordeling == h


def test_twee_diagnoses_van_verschillende_interventies_worden_niet_vergeleken():
    voor, _ = _diagnoses("GW-1")
    _, na = _diagnoses("GW-2")
    with pytest.raises(InvalidValueError) as info:
        vergelijk(voor, na)
    assert info.value.regel == "R-KKW-3"
    assert vergelijk(voor, Diagnose((SCHOOL,))).interventie == InterventieRef("GW-1")


@pytest.mark.parametrize(
    ("velden", "veld"),
    [
        ({"opgelost": 0, "verbeterd": ("kennen",)}, "Herbeoordeling.verbeterd"),
        ({"opgelost": 1, "verbeterd": ("willen", "kennen")}, "Herbeoordeling.verbeterd"),
        ({"opgelost": 1, "verbeterd": ("kennis",)}, "Herbeoordeling.verbeterd"),
        ({"opgelost": 1, "verbeterd": ("kennen", "kennen")}, "Herbeoordeling.verbeterd"),
        ({"opgelost": -1}, "Herbeoordeling.opgelost"),
    ],
)
def test_een_onmogelijke_herbeoordeling_wordt_geweigerd(velden, veld):
    kwargs = {"opgelost": 1, "nog_open": 0, "nieuw": 0, "onbekend": 0, **velden}
    with pytest.raises(InvalidValueError) as info:
        Herbeoordeling(**kwargs)
    assert info.value.field == veld


@given(gst.diagnoseparen(), st.none() | gst.interventie_refs())
def test_de_herbeoordeling_telt_wat_de_vergelijking_telt(paar, ref):
    voor, na = paar
    v = vergelijk(
        Diagnose(voor.partijen, voor.beoordelingen, interventie=ref),
        Diagnose(na.partijen, na.beoordelingen, interventie=ref),
    )
    h = v.herbeoordeling()
    assert h.opgelost + h.nog_open + h.nieuw + h.onbekend == len(v.wijzigingen)
    assert h.verbeterd == tuple(d.value for d in Dimensie if v.is_verbeterd(d))
    assert h.interventie == ref
    assert h.is_handelingsbekwaam == all(w.verandering.value == "opgelost" for w in v.wijzigingen)


def test_een_werkagenda_houdt_haar_interventie_bij_elke_wijziging():
    swv = Partij("SWV Rivierenland", Rol.SAMENWERKINGSVERBAND)
    a = wa.Activiteit("A-1", fase=1, wie=(swv,))
    agenda = Werkagenda("Rivierenland", (a,), interventie="GW-2015-017")
    ref = InterventieRef("GW-2015-017")
    assert agenda.voeg_toe(wa.Activiteit("A-2", fase=2, wie=(swv,))).interventie == ref
    assert agenda.vervang(wa.Activiteit("A-1", fase=2, wie=(swv,))).interventie == ref
    assert agenda.verwijder("A-1").interventie == ref
    assert Werkagenda("Rivierenland").interventie is None


@given(gst.afgesproken_werkagendas())
def test_instemmen_en_status_melden_houden_de_interventie(agenda):
    gekoppeld = Werkagenda(agenda.regio, agenda.activiteiten, interventie="GW-1")
    afgesproken = stem_in(gekoppeld, pendulum.date(2016, 1, 1), agenda.afspraak.partijen)
    assert afgesproken.interventie == InterventieRef("GW-1")
    code = afgesproken.activiteiten[0].code
    gemeld = afgesproken.meld_status(code, wa.Uitvoeringsstatus.IN_UITVOERING)
    assert gemeld.interventie == InterventieRef("GW-1")
    assert from_dict(Werkagenda, to_dict(gemeld)) == gemeld
