"""Plots (the plots extra, issue 20): what each figure draws follows from the values given."""

import io
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gedragswerk_core import Dimensie, InvalidValueError, MissingExtraError, voorbeeld
from gedragswerk_core.strategies import diagnoses, interventies

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

from gedragswerk_core import plots  # noqa: E402 - after the Agg backend is chosen


def _png(fig) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=40)
    return buffer.getvalue()


@settings(max_examples=15, deadline=None)
@given(st.lists(interventies(max_stappen=2), min_size=1, max_size=6))
def test_intake_een_staaf_per_maand_die_optelt_tot_het_aantal(lijst):
    fig = plots.intake_per_maand(lijst)
    ax = fig.axes[0]
    hoogtes = [p.get_height() for p in ax.patches]
    assert sum(hoogtes) == len(lijst)
    eerste = min(i.toestand.begin.in_timezone("Europe/Amsterdam") for i in lijst)
    assert ax.get_xticklabels()[0].get_text() == f"{eerste.year}-{eerste.month:02d}"
    assert _png(fig).startswith(b"\x89PNG")


def test_intake_zonder_interventies_is_leeg():
    assert len(plots.intake_per_maand([]).axes[0].patches) == 0


@settings(max_examples=15, deadline=None)
@given(interventies())
def test_tijdlijn_een_punt_per_gebeurtenis(interventie):
    fig = plots.tijdlijn(interventie)
    ax = fig.axes[0]
    assert len(ax.collections[0].get_offsets()) == len(interventie.geldende_gebeurtenissen)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == [type(g).__name__ for g in interventie.geldende_gebeurtenissen]
    assert interventie.status.value in ax.get_title()


@settings(max_examples=15, deadline=None)
@given(diagnoses())
def test_raster_een_cel_per_partij_en_dimensie(diagnose):
    ax = plots.kkw_raster(diagnose).axes[0]
    teksten = [t.get_text() for t in ax.texts]
    verwacht = [diagnose.oordeel(p, d).value for p in diagnose.partijen for d in Dimensie]
    assert teksten == verwacht
    assert len(ax.patches) == len(verwacht)


def test_een_taal_per_figuur():
    i = voorbeeld.afgeronde_interventie()
    assert plots.tijdlijn(i).axes[0].get_xlabel() == "datum"
    assert plots.tijdlijn(i, taal="en").axes[0].get_xlabel() == "date"
    assert plots.kkw_raster(voorbeeld.diagnose_voor(), taal="en").axes[0].get_ylabel() == "party"
    with pytest.raises(InvalidValueError, match="unknown language"):
        plots.intake_per_maand([i], taal="fr")


@pytest.mark.parametrize(
    ("maak", "veld"),
    [
        (lambda: plots.intake_per_maand([voorbeeld.hulpvraag()]), "interventies[0]"),
        (lambda: plots.tijdlijn("i"), "interventie"),
        (lambda: plots.kkw_raster(None), "diagnose"),
    ],
)
def test_verkeerde_waarden(maak, veld):
    with pytest.raises(InvalidValueError) as info:
        maak()
    assert info.value.field == veld


def test_zonder_matplotlib_zegt_de_fout_welke_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    with pytest.raises(MissingExtraError) as info:
        plots.tijdlijn(voorbeeld.afgeronde_interventie())
    assert "gedragswerk-core[plots]" in str(info.value)
