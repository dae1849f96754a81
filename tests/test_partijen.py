"""Parties: roles from R-LC-1 and R-ACT-3, levels (R-ACT-1), care structure (R-ACT-2)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import InvalidValueError, Niveau, Partij, Rol, Zorgstructuur
from gedragswerk_core import strategies as gst


@pytest.mark.parametrize(
    "rol",
    [  # R-LC-1: anyone of these may ask for help
        Rol.LEERKRACHT,
        Rol.SCHOOLLEIDER,
        Rol.INTERN_BEGELEIDER,
        Rol.AMBULANT_BEGELEIDER,
        Rol.SWV_COORDINATOR,
        Rol.LEERPLICHTAMBTENAAR,
        Rol.WETHOUDER,
        Rol.OUDER,
    ],
)
def test_elke_vrager_uit_r_lc_1_is_een_rol(rol):
    assert Partij("x", rol).rol is rol


@pytest.mark.parametrize(
    ("rol", "zorgstructuur"),
    [  # R-ACT-2 (seed 001): parents, colleagues, IB and school leaders are internal
        (Rol.OUDER, Zorgstructuur.INTERN),
        (Rol.LEERKRACHT, Zorgstructuur.INTERN),
        (Rol.INTERN_BEGELEIDER, Zorgstructuur.INTERN),
        (Rol.SCHOOLLEIDER, Zorgstructuur.INTERN),
        (Rol.AMBULANT_BEGELEIDER, Zorgstructuur.EXTERN),
        (Rol.MAATSCHAPPELIJK_WERK, Zorgstructuur.EXTERN),
        (Rol.ZORG, Zorgstructuur.EXTERN),
        (Rol.JUSTITIE_EN_VEILIGHEID, Zorgstructuur.EXTERN),
    ],
)
def test_zorgstructuur_volgt_r_act_2(rol, zorgstructuur):
    assert Partij("x", rol).zorgstructuur is zorgstructuur


@pytest.mark.parametrize(
    ("rol", "niveau"),
    [  # R-ACT-1
        (Rol.WETHOUDER, Niveau.BESTUUR_EN_BELEID),
        (Rol.SCHOOLBESTUUR, Niveau.BESTUUR_EN_BELEID),
        (Rol.DIRECTEUR, Niveau.MANAGEMENT_EN_ORGANISATIE),
        (Rol.SWV_COORDINATOR, Niveau.MANAGEMENT_EN_ORGANISATIE),
        (Rol.LEERKRACHT, Niveau.UITVOERING),
        (Rol.LEERPLICHTAMBTENAAR, Niveau.UITVOERING),
    ],
)
def test_niveau_volgt_r_act_1(rol, niveau):
    assert Partij("x", rol).niveau is niveau


@given(st.sampled_from(Rol), st.sampled_from(Niveau), st.sampled_from(Zorgstructuur))
def test_niveau_en_zorgstructuur_zijn_expliciet_te_geven(rol, niveau, zorg):
    partij = Partij("x", rol, niveau, zorg, omschrijving="iets")
    assert (partij.niveau, partij.zorgstructuur) == (niveau, zorg)
    assert partij.is_sparring_partner == (rol is Rol.SPARRING_PARTNER)


def test_een_niet_genoemde_rol_heeft_een_omschrijving_nodig():
    with pytest.raises(InvalidValueError) as info:
        Partij("Sportclub", Rol.OVERIG)
    assert info.value.field == "Partij.omschrijving"
    assert info.value.regel == "R-ACT-3"
    assert Partij("Sportclub", Rol.OVERIG, omschrijving="sportvereniging").rol is Rol.OVERIG


@pytest.mark.parametrize(
    "kwargs",
    [
        {"naam": "", "rol": Rol.OUDER},
        {"naam": "x", "rol": "ouder"},
        {"naam": 5, "rol": Rol.OUDER},
        {"naam": "x", "rol": Rol.OUDER, "niveau": "uitvoering"},
        {"naam": "x", "rol": Rol.OUDER, "zorgstructuur": True},
    ],
)
def test_verkeerde_waarden_geven_een_bibliotheekfout(kwargs):
    with pytest.raises(InvalidValueError):
        Partij(**kwargs)


@pytest.mark.parametrize(
    ("rol", "zorgstructuur"),
    [  # seed 004 ("Werken in kernteams"): the pupil's perspective and the mentor's role, in the
        # school's own structure; the jeugdarts (public sources, M@ZL: the GGD/JGZ youth doctor)
        # from outside it
        (Rol.LEERLING, Zorgstructuur.INTERN),
        (Rol.MENTOR, Zorgstructuur.INTERN),
        (Rol.JEUGDARTS, Zorgstructuur.EXTERN),
    ],
)
def test_leerling_mentor_en_jeugdarts_zijn_rollen_met_niveau_en_zorgstructuur(rol, zorgstructuur):
    partij = Partij("L-2015-017" if rol is Rol.LEERLING else "x", rol)
    assert partij.niveau is Niveau.UITVOERING
    assert partij.zorgstructuur is zorgstructuur
    assert not partij.is_sparring_partner


@given(gst.namen())
def test_een_leerling_als_partij_draagt_een_pseudoniem_geen_naam(naam):
    # seed 004 puts the pupil's perspective in the joint approach; the project keeps pupils'
    # names out of every value (R-ACT-4, privacy): the name is refused and never echoed
    with pytest.raises(InvalidValueError) as info:
        Partij(naam, Rol.LEERLING)
    assert info.value.field == "Partij.naam"
    assert info.value.regel == "R-ACT-4"
    assert naam not in str(info.value)
    assert Partij("L-2015-017", Rol.LEERLING).naam == "L-2015-017"


def test_een_bsn_is_geen_pseudoniem_voor_een_leerling():
    with pytest.raises(InvalidValueError):
        Partij("111222333", Rol.LEERLING)
