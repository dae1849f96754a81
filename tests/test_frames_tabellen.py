"""The DataFrame bridge (issue 20, item 5): every value a row, nothing lost, nothing private."""

from __future__ import annotations

import datetime as dt

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

pl = pytest.importorskip("polars")

from gedragswerk_core import Schooljaar, jaarcijfers, voorbeeld  # noqa: E402
from gedragswerk_core.errors import InvalidValueError  # noqa: E402
from gedragswerk_core.frames import (  # noqa: E402
    gebeurtenissen_frame,
    intake_per_maand_frame,
    interventies_frame,
    jaarcijfers_frame,
    leerplicht_statussen,
    statussen_frame,
)
from gedragswerk_core.leerplicht import leerplicht_status  # noqa: E402
from gedragswerk_core.voorbeelden import jaarverslag2015  # noqa: E402


def test_interventions_and_their_events():
    lijst = [voorbeeld.afgeronde_interventie(), voorbeeld.overgedragen_interventie()]
    df = interventies_frame(lijst)
    assert df["status"].cast(pl.String).to_list() == [i.status.value for i in lijst]
    assert df["gebeurtenissen"].to_list() == [len(i.gebeurtenissen) for i in lijst]
    assert df["ontvangen"].to_list() == [i.toestand.begin for i in lijst]
    assert df["regio"].to_list() == [i.hulpvraag.regio for i in lijst]
    ev = gebeurtenissen_frame(lijst)
    assert ev.height == sum(len(i.gebeurtenissen) for i in lijst)
    assert ev.filter(pl.col("interventie") == 1)["soort"].to_list() == [
        type(g).__name__ for g in lijst[1].gebeurtenissen
    ]
    assert ev["moment"].dtype == pl.Datetime("us", "UTC")


def test_no_name_or_bsn_in_any_frame():
    i = voorbeeld.afgeronde_interventie()
    tekst = str(interventies_frame([i]).rows()) + str(gebeurtenissen_frame([i]).rows())
    # a hulpvraag holds pupils by reference only; the frames do not even show those
    for b in i.hulpvraag.leerlingen:
        assert str(b.ref) not in tekst


def test_empty_inputs_give_empty_frames_with_the_columns():
    assert interventies_frame([]).height == 0
    assert gebeurtenissen_frame([]).columns == ["interventie", "volgnummer", "soort", "moment"]
    assert statussen_frame([]).height == 0
    assert jaarcijfers_frame([]).height == 0


@given(
    geboren=st.dates(dt.date(1990, 1, 1), dt.date(2012, 12, 31)),
    peil=st.dates(dt.date(2005, 1, 1), dt.date(2030, 12, 31)),
    ingeschreven=st.none() | st.booleans(),
)
def test_statuses_as_rows_equal_the_vectorised_columns(geboren, peil, ingeschreven):
    s = leerplicht_status(geboren, peil, ingeschreven=ingeschreven)
    rij = statussen_frame([s]).drop("peildatum", "ingeschreven", "vrijstellingen")
    df = pl.DataFrame(
        {"geboortedatum": [geboren], "ingeschreven": [ingeschreven]},
        schema={"geboortedatum": pl.Date, "ingeschreven": pl.Boolean},
    )
    vec = leerplicht_statussen(df, peil).select(rij.columns)
    assert rij.rows() == vec.rows()


def test_annual_figures_are_the_reports():
    c = jaarcijfers(jaarverslag2015.interventies(), Schooljaar(2015), jaarverslag2015.contacten())
    rij = jaarcijfers_frame([c]).row(0, named=True)
    assert rij["schooljaar"] == str(c.schooljaar)
    assert rij["interventies"] == c.interventies
    assert (rij["afgerond"], rij["lopend"]) == (c.afgerond.teller, c.lopend.teller)
    assert rij["contacten"] == c.aantal_contacten
    maanden = intake_per_maand_frame([c])
    assert maanden.height == 12
    assert maanden["aantal"].sum() == sum(m.aantal for m in c.intake_per_maand)
    assert maanden["maand"].to_list()[:2] == [8, 9]


@pytest.mark.parametrize(
    "fn", [interventies_frame, gebeurtenissen_frame, statussen_frame, jaarcijfers_frame]
)
def test_wrong_items_are_refused(fn):
    with pytest.raises(InvalidValueError):
        fn([pendulum.date(2016, 1, 1)])


def test_to_pandas_through_arrow():
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    df = interventies_frame([voorbeeld.afgeronde_interventie()]).to_pandas()
    assert isinstance(df, pd.DataFrame)
    assert len(df) == 1


def test_the_core_does_not_import_polars():
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    code = "import gedragswerk_core, sys; print('polars' in sys.modules)"
    uit = subprocess.run(  # noqa: S603 — our own interpreter
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert uit.stdout.strip() == "False"
