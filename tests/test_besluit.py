"""Decisions as values: allowed exactly when every reason is met."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import Besluit, InvalidValueError, Reden

redenen = st.lists(
    st.builds(Reden, st.sampled_from(["R-LC-5", "R-LC-6", "R-LC-7"]), st.just("x"), st.booleans()),
    max_size=5,
).map(tuple)


@given(redenen)
def test_toegestaan_precies_als_elke_reden_voldaan_is(rs):
    besluit = Besluit.uit_redenen("overdracht", rs)
    assert besluit.toegestaan == all(r.voldaan for r in rs)
    assert bool(besluit) == besluit.toegestaan
    assert besluit.regels == tuple(r.regel for r in rs)
    assert besluit.bezwaren == tuple(r for r in rs if not r.voldaan)
    with pytest.raises(InvalidValueError):
        Besluit("overdracht", not besluit.toegestaan, rs)


def test_tekst_toont_elke_regel_met_vink_of_kruis():
    besluit = Besluit.uit_redenen(
        "afronding", (Reden("R-LC-5", "open", True), Reden("R-LC-5", "no solution", False))
    )
    assert str(besluit).splitlines() == [
        "afronding: geweigerd",
        "  ✓ R-LC-5: open",
        "  ✗ R-LC-5: no solution",
    ]


@pytest.mark.parametrize(
    "args", [("", "x", True), ("R-LC-5", "", True), ("R-LC-5", "x", 1), (5, "x", True)]
)
def test_een_reden_vraagt_regel_uitleg_en_een_echte_bool(args):
    with pytest.raises(InvalidValueError):
        Reden(*args)


def test_redenen_moeten_redenen_zijn():
    with pytest.raises(InvalidValueError):
        Besluit("x", True, ("R-LC-5",))  # type: ignore[arg-type]
    assert Besluit("x", True, [Reden("R-LC-5", "x", True)]).redenen[0].regel == "R-LC-5"


def test_de_bibliotheek_hergebruikt_besluiten_maar_niet_onbeperkt(monkeypatch):
    from gedragswerk_core import besluit as module  # noqa: PLC0415

    rs = (Reden("R-LC-5", "cache", True),)
    assert module.besluit_uit("x", rs) is module.besluit_uit("x", rs)
    monkeypatch.setattr(module, "_CACHE_MAX", 0)
    ander = (Reden("R-LC-5", "geen cache", True),)
    assert module.besluit_uit("x", ander) is not module.besluit_uit("x", ander)
    assert module.besluit_uit("x", ander) == Besluit.uit_redenen("x", ander)


@pytest.mark.parametrize("redenen", [None, 5, ["R-LC-5"], [Reden("R-LC-5", "x", True), "x"]])
def test_besluit_uit_foute_redenen_geeft_een_bibliotheekfout(redenen):
    from gedragswerk_core.besluit import besluit_uit  # noqa: PLC0415

    with pytest.raises(InvalidValueError):
        besluit_uit("x", redenen)
    with pytest.raises(InvalidValueError):
        Besluit.uit_redenen("x", redenen)


def test_besluit_uit_een_lijst_redenen_werkt_zonder_cache():
    from gedragswerk_core.besluit import besluit_uit  # noqa: PLC0415

    assert besluit_uit("x", [Reden("R-LC-5", "x", True)]).toegestaan
