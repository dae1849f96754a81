"""Pupils: pseudonymous references, hidden names and BSNs, the elfproef."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import (
    GedragswerkError,
    InvalidBsnError,
    InvalidValueError,
    Leerling,
    LeerlingRef,
    controleer_bsn,
    is_geldig_bsn,
)
from gedragswerk_core import strategies as gst

# Weighted sums worked out by hand: 9,8,…,2 and -1 for the last digit.
# 111222333: 9+8+7+12+10+8+9+6-3 = 66 = 6·11            -> valid
# 123456782: 9+16+21+24+25+24+21+16-2 = 154 = 14·11     -> valid
# 010000008: 8-8 = 0 = 0·11                           -> valid
# 123456789: 9+16+21+24+25+24+21+16-9 = 147 (147 % 11 = 4) -> invalid
GELDIG = ["111222333", "123456782", "010000008"]
ONGELDIG = [
    "123456789",
    "111222334",
    "000000000",
    "12345678",
    "1234567890",
    "12345678a",
    "１２３４５６７８２",
]


@pytest.mark.parametrize("bsn", GELDIG)
def test_elfproef_accepteert_geldige_nummers(bsn):
    assert is_geldig_bsn(bsn)
    assert controleer_bsn(bsn) == bsn


@pytest.mark.parametrize("bsn", ONGELDIG)
def test_elfproef_weigert_ongeldige_nummers_met_een_bibliotheekfout(bsn):
    assert not is_geldig_bsn(bsn)
    with pytest.raises(InvalidBsnError) as info:
        controleer_bsn(bsn)
    assert bsn not in str(info.value)
    assert info.value.field == "bsn"


def test_een_bsn_als_getal_wordt_geweigerd_omdat_de_voorloopnul_verloren_gaat():
    with pytest.raises(InvalidBsnError, match="as text"):
        controleer_bsn(111222333)
    assert not is_geldig_bsn(111222333)  # type: ignore[arg-type]


@given(gst.bsns())
def test_gegenereerde_bsns_halen_de_elfproef(bsn):
    digits = [int(d) for d in bsn]
    total = sum(d * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True))
    assert total % 11 == 0
    assert is_geldig_bsn(bsn)


@given(gst.bsns(), st.integers(0, 8), st.integers(1, 9))
def test_elke_enkele_cijferfout_wordt_gevonden(bsn, positie, delta):
    cijfer = (int(bsn[positie]) + delta) % 10
    fout = bsn[:positie] + str(cijfer) + bsn[positie + 1 :]
    assert not is_geldig_bsn(fout)
    with pytest.raises(InvalidBsnError):
        Leerling("L-1", bsn=fout)


@given(gst.leerling_refs(), gst.namen(), gst.bsns())
def test_naam_en_bsn_komen_nooit_in_repr_of_str(ref, naam, bsn):
    kind = Leerling(ref, naam=naam, bsn=bsn)
    for tekst in (repr(kind), str(kind)):
        assert naam not in tekst
        assert bsn not in tekst
    assert kind.naam == naam
    assert kind.bsn == bsn


@given(gst.namen(), gst.bsns(), st.integers(0, 8))
def test_naam_en_bsn_komen_nooit_in_een_foutmelding(naam, bsn, positie):
    kapot = bsn[:positie] + str((int(bsn[positie]) + 1) % 10) + bsn[positie + 1 :]
    pogingen = [
        lambda: Leerling("L-1", naam=naam, bsn=kapot),
        lambda: Leerling("", naam=naam, bsn=bsn),
        lambda: Leerling(bsn, naam=naam),  # a BSN used as reference
        lambda: Leerling("L-1", naam=naam, bsn=int(bsn)),
        lambda: Leerling("L-1", naam=naam + " " * 300, bsn=bsn),
    ]
    for poging in pogingen:
        with pytest.raises(GedragswerkError) as info:
            poging()
        assert naam not in str(info.value)
        assert bsn not in str(info.value)
        assert kapot not in str(info.value)


@pytest.mark.parametrize(
    "waarde", ["", " ", "-L1", "L 1", "a" * 65, "Jan de Vries", "111222333", "L\n1"]
)
def test_ongeldige_referenties_worden_geweigerd(waarde):
    with pytest.raises(InvalidValueError) as info:
        LeerlingRef(waarde)
    assert info.value.field == "LeerlingRef.waarde"


def test_een_referentie_is_tekst():
    with pytest.raises(InvalidValueError, match="text"):
        LeerlingRef(17)  # type: ignore[arg-type]


def test_referentie_van_negen_cijfers_kan_een_bsn_zijn_en_wordt_geweigerd():
    with pytest.raises(InvalidValueError, match="could be a BSN"):
        LeerlingRef("123456789")


@given(gst.leerling_refs())
def test_een_referentie_leest_als_zichzelf(ref):
    assert str(ref) == ref.waarde
    assert LeerlingRef(ref.waarde) == ref
    assert Leerling(ref.waarde).ref == ref


# --- issue 18: a BSN inside a reference; the caller's own form of reference ----------------------

from gedragswerk_core import (  # noqa: E402
    Partij,
    Referentiepatroon,
    Rol,
    bevat_bsn,
    gebruik_referentiepatroon,
    referentiepatroon,
)


@pytest.mark.parametrize("waarde", ["L-111222333", "BSN111222333", "111222333-L", "a.123456782.b"])
def test_een_referentie_met_een_geldig_bsn_erin_wordt_geweigerd(waarde):
    assert bevat_bsn(waarde)
    with pytest.raises(InvalidValueError) as info:
        LeerlingRef(waarde)
    assert info.value.field == "LeerlingRef.waarde"
    assert "elfproef" in str(info.value)
    assert waarde not in str(info.value)
    with pytest.raises(InvalidValueError):
        Partij(waarde, Rol.LEERLING)


@pytest.mark.parametrize(
    "waarde", ["L-123456789", "L-1112223334", "L-0111222333", "L-111.222.333", "L-2015-017"]
)
def test_andere_cijferreeksen_zijn_geen_bsn(waarde):
    # 123456789 fails the elfproef; ten digits are another number; split digits are not one run
    assert not bevat_bsn(waarde)
    assert LeerlingRef(waarde).waarde == waarde


@given(gst.bsns(), st.sampled_from(["L-", "BSN", "x/"]), st.sampled_from(["", "-1", "/a"]))
def test_elk_geldig_bsn_in_een_referentie_wordt_geweigerd(bsn, voor, na):
    with pytest.raises(InvalidValueError):
        LeerlingRef(voor + bsn + na)


ZAAK = Referentiepatroon(r"ZAAK-[0-9]{6}", voorbeeld="ZAAK-000017")


def test_een_eigen_referentiepatroon_geldt_binnen_het_blok():
    assert referentiepatroon() is None
    with gebruik_referentiepatroon(ZAAK) as patroon:
        assert patroon is ZAAK
        assert referentiepatroon() is ZAAK
        assert LeerlingRef("ZAAK-201617").waarde == "ZAAK-201617"
        with pytest.raises(InvalidValueError) as info:
            LeerlingRef("Sanne")
        assert info.value.field == "LeerlingRef.waarde"
        assert info.value.hint is not None
        assert "ZAAK-000017" in info.value.hint
        assert "Sanne" not in str(info.value)
        with pytest.raises(InvalidValueError):
            Partij("L-017", Rol.LEERLING)
    assert referentiepatroon() is None
    assert LeerlingRef("Sanne").waarde == "Sanne"


def test_het_blok_wordt_ook_bij_een_fout_afgesloten():
    with pytest.raises(RuntimeError), gebruik_referentiepatroon(ZAAK):
        raise RuntimeError
    assert referentiepatroon() is None


def test_een_eigen_patroon_verruimt_de_eigen_controles_niet():
    ruim = Referentiepatroon(r".*", voorbeeld="L-1")
    with gebruik_referentiepatroon(ruim):
        for waarde in ("L 1", "111222333", "L-111222333"):
            with pytest.raises(InvalidValueError):
                LeerlingRef(waarde)


@pytest.mark.parametrize(
    ("patroon", "voorbeeld", "veld"),
    [
        ("ZAAK-[", "ZAAK-1", "Referentiepatroon.patroon"),
        (r"ZAAK-[0-9]{6}", "ZAAK-1", "Referentiepatroon.voorbeeld"),
        (r"[0-9]{9}", "111222333", "Referentiepatroon.voorbeeld"),
    ],
)
def test_een_ongeldig_referentiepatroon_wordt_geweigerd(patroon, voorbeeld, veld):
    with pytest.raises(InvalidValueError) as info:
        Referentiepatroon(patroon, voorbeeld=voorbeeld)
    assert info.value.field == veld


def test_gebruik_vraagt_een_referentiepatroon():
    with pytest.raises(InvalidValueError) as info, gebruik_referentiepatroon("ZAAK-.*"):  # type: ignore[arg-type]
        pass
    assert info.value.field == "patroon"
    assert referentiepatroon() is None


# --- privacy by construction: pickle and copy (issue 19 point 6) ---------------------------------

import copy  # noqa: E402
import json  # noqa: E402
import pickle  # noqa: E402

from gedragswerk_core import PersoonsgegevensError, to_dict  # noqa: E402


def _sporen(naam, bsn):
    """The forms a name or BSN could take in a text or a pickle."""
    sporen = [naam, bsn]
    return [s for s in sporen if s is not None]


@given(gst.leerling_refs(), st.none() | gst.namen(), st.none() | gst.bsns())
def test_geen_naam_of_bsn_in_dictvorm_repr_str_fout_of_pickle(ref, naam, bsn):
    kind = Leerling(ref, naam=naam, bsn=bsn)
    teksten = [json.dumps(to_dict(kind), ensure_ascii=False), repr(kind), str(kind)]
    try:
        teksten.append(pickle.dumps(kind).decode("utf-8", "replace"))
        gepickled = True
    except PersoonsgegevensError as fout:
        teksten += [str(fout), repr(fout), fout.message, str(fout.details)]
        gepickled = False
    for spoor in _sporen(naam, bsn):
        for tekst in teksten:
            assert spoor not in tekst
    # refused exactly when there is something to leave out: nothing is lost silently
    assert gepickled == (naam is None and bsn is None)


@given(gst.leerling_refs(), gst.namen(), gst.bsns())
def test_alleen_op_verzoek_staan_naam_en_bsn_in_de_dictvorm(ref, naam, bsn):
    kind = Leerling(ref, naam=naam, bsn=bsn)
    expliciet = to_dict(kind, persoonsgegevens=True)
    assert (expliciet["naam"], expliciet["bsn"]) == (naam, bsn)  # the test can fail


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
@pytest.mark.parametrize(
    ("naam", "bsn", "veld"),
    [
        ("Sanne de Vries", None, "Leerling.naam"),
        (None, "111222333", "Leerling.bsn"),
        ("Sanne de Vries", "111222333", "Leerling"),
    ],
)
def test_pickle_weigert_naam_en_bsn_met_een_bibliotheekfout(naam, bsn, veld, protocol):
    kind = Leerling("L-017", naam=naam, bsn=bsn)
    for waarde in (kind, [kind], {"leerling": kind}):
        with pytest.raises(PersoonsgegevensError) as fout:
            pickle.dumps(waarde, protocol)
        assert isinstance(fout.value, GedragswerkError)
        assert isinstance(fout.value, TypeError)  # as pickle's own refusal of a value
        assert fout.value.field == veld
        assert "leerling.ref" in str(fout.value)
        assert "persoonsgegevens=True" in str(fout.value)


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_een_leerling_zonder_naam_of_bsn_gaat_als_referentie_door_pickle(protocol):
    kind = Leerling("L-017")
    terug = pickle.loads(pickle.dumps(kind, protocol))  # noqa: S301 - our own bytes
    assert terug == kind
    assert type(terug.ref) is LeerlingRef
    # through the constructor: the reference is checked again on the way in
    data = pickle.dumps(kind, protocol).replace(b"L-017", b"L;017")
    with pytest.raises(InvalidValueError, match=r"LeerlingRef\.waarde"):
        pickle.loads(data)  # noqa: S301 - our own bytes, made invalid


@given(gst.leerlingen())
def test_kopieren_geeft_de_waarde_zelf(kind):
    assert copy.copy(kind) is kind
    assert copy.deepcopy(kind) is kind
    assert copy.deepcopy([kind, kind])[0] is kind
    assert (kind.naam, kind.bsn) == (copy.deepcopy(kind).naam, copy.deepcopy(kind).bsn)
