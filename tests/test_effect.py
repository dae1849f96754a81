"""Before and after: comparing diagnoses, and the effect over many interventions (R-KKW-3)."""

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import InvalidValueError, Partij, Rol, from_dict, to_dict
from gedragswerk_core import strategies as gst
from gedragswerk_core.diagnose.diagnose import Diagnose, Dimensie, Oordeel
from gedragswerk_core.diagnose.effect import (
    Celwijziging,
    Effect,
    Verandering,
    Vergelijking,
    meet_effect,
    vergelijk,
)

KENNEN, KUNNEN, WILLEN = Dimensie.KENNEN, Dimensie.KUNNEN, Dimensie.WILLEN
KNELPUNT, IN_ORDE, ONBEKEND = Oordeel.KNELPUNT, Oordeel.IN_ORDE, Oordeel.ONBEKEND

SCHOOL = Partij("Het Lingecollege", Rol.SCHOOLLEIDER)
GEMEENTE = Partij("Gemeente Tiel", Rol.WETHOUDER)
OUDERS = Partij("ouders L-2015-017", Rol.OUDER)
SWV = Partij("SWV Rivierenland", Rol.SAMENWERKINGSVERBAND)


def d(*cellen, partijen=(SCHOOL, GEMEENTE, OUDERS)):
    diagnose = Diagnose(partijen)
    for partij, dim, oordeel in cellen:
        diagnose = diagnose.met(partij, dim, oordeel)
    return diagnose


# --- the comparison, cell by cell ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("voor", "na", "verandering"),
    [
        (KNELPUNT, IN_ORDE, Verandering.OPGELOST),
        (KNELPUNT, KNELPUNT, Verandering.NOG_OPEN),
        (KNELPUNT, ONBEKEND, Verandering.ONBEKEND),
        (IN_ORDE, KNELPUNT, Verandering.NIEUW),
        (ONBEKEND, KNELPUNT, Verandering.NIEUW),
    ],
)
def test_wat_er_met_een_knelpunt_gebeurde(voor, na, verandering):
    assert Celwijziging(SCHOOL, KENNEN, voor, na).verandering is verandering


@pytest.mark.parametrize(
    ("voor", "na"), [(IN_ORDE, IN_ORDE), (IN_ORDE, ONBEKEND), (ONBEKEND, IN_ORDE)]
)
def test_een_cel_zonder_knelpunt_is_geen_wijziging(voor, na):
    with pytest.raises(InvalidValueError) as info:
        Celwijziging(SCHOOL, KENNEN, voor, na)
    assert info.value.regel == "R-KKW-3"


def test_opgelost_nog_open_nieuw_en_onbekend_in_een_geval():
    voor = d((SCHOOL, KENNEN, KNELPUNT), (GEMEENTE, WILLEN, KNELPUNT), (OUDERS, KUNNEN, KNELPUNT))
    na = voor.met(SCHOOL, KENNEN, IN_ORDE).met(OUDERS, KUNNEN, ONBEKEND)
    na = na.met(OUDERS, WILLEN, KNELPUNT)
    v = vergelijk(voor, na)
    assert [(w.partij, w.dimensie) for w in v.opgelost] == [(SCHOOL, KENNEN)]
    assert [(w.partij, w.dimensie) for w in v.nog_open] == [(GEMEENTE, WILLEN)]
    assert [(w.partij, w.dimensie) for w in v.nieuw] == [(OUDERS, WILLEN)]
    assert [(w.partij, w.dimensie) for w in v.onbekend] == [(OUDERS, KUNNEN)]
    assert not v.is_ongewijzigd
    assert len(v.wijzigingen) == 4  # cells without a knelpunt on either side are left out


def test_een_vertrokken_partij_is_onbekend_en_een_nieuwe_partij_telt_als_nieuw():
    voor = d((SCHOOL, KENNEN, KNELPUNT), partijen=(SCHOOL,))
    na = d((SWV, WILLEN, KNELPUNT), partijen=(SWV,))
    v = vergelijk(voor, na)
    assert [(w.partij, w.verandering) for w in v.wijzigingen] == [
        (SCHOOL, Verandering.ONBEKEND),
        (SWV, Verandering.NIEUW),
    ]


def test_een_verschoven_probleem_is_geen_verbetering():
    voor = d((SCHOOL, WILLEN, KNELPUNT))
    na = voor.met(SCHOOL, WILLEN, IN_ORDE).met(GEMEENTE, WILLEN, KNELPUNT)
    v = vergelijk(voor, na)
    assert v.had_knelpunt(WILLEN)
    assert not v.is_verbeterd(WILLEN)
    assert len(v.opgelost) == 1


@given(gst.diagnoses())
def test_een_diagnose_met_zichzelf_vergeleken_toont_geen_verandering(diagnose):
    v = vergelijk(diagnose, diagnose)
    assert v.is_ongewijzigd
    assert v.opgelost == v.nieuw == v.onbekend == ()
    assert [(w.partij, w.dimensie) for w in v.nog_open] == [
        (b.partij, b.dimensie) for b in diagnose.knelpunten
    ]
    assert not any(v.is_verbeterd(dim) for dim in Dimensie)


@given(gst.diagnoseparen())
def test_elke_cel_met_een_knelpunt_voor_of_na_staat_er_precies_een_keer_in(paar):
    voor, na = paar

    def lees(diagnose, partij, dim):
        return diagnose.oordeel(partij, dim) if partij in diagnose.partijen else ONBEKEND

    verwacht = {
        (p, dim)
        for p in set(voor.partijen) | set(na.partijen)
        for dim in Dimensie
        if KNELPUNT in (lees(voor, p, dim), lees(na, p, dim))
    }
    v = vergelijk(voor, na)
    cellen = [(w.partij, w.dimensie) for w in v.wijzigingen]
    assert sorted(map(repr, cellen)) == sorted(map(repr, verwacht))
    assert len(v.opgelost) + len(v.nog_open) + len(v.nieuw) + len(v.onbekend) == len(cellen)
    for w in v.wijzigingen:
        assert (w.voor, w.na) == (lees(voor, w.partij, w.dimensie), lees(na, w.partij, w.dimensie))


@given(gst.diagnoseparen())
def test_een_vergelijking_overleeft_de_heen_en_terugweg_als_dict(paar):
    v = vergelijk(*paar)
    assert from_dict(Vergelijking, to_dict(v)) == v


# --- R-KKW-3: the effect over many interventions -------------------------------------------------


def test_effect_over_vier_interventies_met_expliciete_noemers():
    # A: kennen resolved, willen still open.  B: kennen still open, kunnen resolved.
    # C: nothing before, a new willen knelpunt.  D: willen moved from school to municipality.
    a_voor = d((SCHOOL, KENNEN, KNELPUNT), (GEMEENTE, WILLEN, KNELPUNT))
    a = vergelijk(a_voor, a_voor.met(SCHOOL, KENNEN, IN_ORDE))
    b_voor = d((SCHOOL, KENNEN, KNELPUNT), (OUDERS, KUNNEN, KNELPUNT))
    b = vergelijk(b_voor, b_voor.met(OUDERS, KUNNEN, IN_ORDE))
    c_voor = d((SCHOOL, WILLEN, IN_ORDE))
    c = vergelijk(c_voor, c_voor.met(GEMEENTE, WILLEN, KNELPUNT))
    d_voor = d((SCHOOL, WILLEN, KNELPUNT))
    d_ = vergelijk(d_voor, d_voor.met(SCHOOL, WILLEN, IN_ORDE).met(GEMEENTE, WILLEN, KNELPUNT))
    kennen, kunnen, willen = meet_effect([a, b, c, d_])
    # kennen: a knelpunt before in A and B; resolved in A only
    assert (kennen.vergelijkingen, kennen.met_knelpunt, kennen.verbeterd) == (4, 2, 1)
    assert kennen.aandeel == Fraction(1, 2)
    # kunnen: only B had one, and it was resolved
    assert (kunnen.vergelijkingen, kunnen.met_knelpunt, kunnen.verbeterd) == (4, 1, 1)
    assert kunnen.aandeel == 1
    # willen: A and D had one (C had none before); A still open, D only moved
    assert (willen.vergelijkingen, willen.met_knelpunt, willen.verbeterd) == (4, 2, 0)
    assert willen.aandeel == 0
    assert str(kennen) == (
        "kennen (knowledge): improved in 1 of 2 with a knelpunt (50.0%); 4 compared"
    )


def test_zonder_knelpunten_is_er_geen_aandeel():
    leeg = meet_effect([])
    assert [e.dimensie for e in leeg] == [KENNEN, KUNNEN, WILLEN]
    assert all(e.aandeel is None for e in leeg)
    assert str(leeg[2]) == (
        "willen (motivation): improved in 0 of 0 with a knelpunt (n/a); 0 compared"
    )


@given(st.lists(gst.diagnoseparen(), max_size=4))
def test_de_noemer_telt_interventies_met_een_knelpunt_vooraf(lijst):
    effecten = meet_effect(vergelijk(voor, na) for voor, na in lijst)
    for effect in effecten:
        dim = effect.dimensie
        assert effect.vergelijkingen == len(lijst)
        assert effect.met_knelpunt == sum(1 for voor, _ in lijst if dim in voor.knelpuntdimensies)
        assert 0 <= effect.verbeterd <= effect.met_knelpunt
        if effect.met_knelpunt:
            assert effect.aandeel == Fraction(effect.verbeterd, effect.met_knelpunt)


@pytest.mark.parametrize(
    ("tellingen", "veld"),
    [
        ((3, 2, 3), "Effect.met_knelpunt"),  # more improved than had a knelpunt
        ((1, 2, 0), "Effect.met_knelpunt"),  # more with a knelpunt than compared
        ((-1, 0, 0), "Effect.vergelijkingen"),
        ((True, 0, 0), "Effect.vergelijkingen"),
        ((1, 1.0, 0), "Effect.met_knelpunt"),
        ((1, 1, "1"), "Effect.verbeterd"),
    ],
)
def test_een_effect_met_onmogelijke_tellingen_wordt_geweigerd(tellingen, veld):
    with pytest.raises(InvalidValueError) as info:
        Effect(KENNEN, *tellingen)
    assert info.value.field == veld


@pytest.mark.parametrize(
    ("maak", "veld"),
    [
        (lambda: vergelijk("voor", d()), "voor"),
        (lambda: vergelijk(d(), None), "na"),
        (lambda: meet_effect(5), "vergelijkingen"),
        (lambda: meet_effect("kennen"), "vergelijkingen"),
        (lambda: meet_effect([vergelijk(d(), d()), d()]), "vergelijkingen[1]"),
        (lambda: vergelijk(d(), d()).had_knelpunt("kennen"), "dimensie"),
        (lambda: vergelijk(d(), d()).is_verbeterd(None), "dimensie"),
        (lambda: Vergelijking(("x",)), "Vergelijking.wijzigingen[0]"),
    ],
)
def test_verkeerde_invoer_geeft_een_bibliotheekfout_met_het_veld(maak, veld):
    with pytest.raises(InvalidValueError) as info:
        maak()
    assert info.value.field == veld
