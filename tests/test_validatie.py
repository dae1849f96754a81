"""The private validators and converters: library errors that name the field, never the value."""

import datetime as dt

import pendulum
import pytest
from attrs import field, frozen

from gedragswerk_core import (
    BetrokkenLeerling,
    InvalidValueError,
    LeerlingSituatie,
    RegionaleVraag,
    Vraagstand,
    Vrijstelling,
    Vrijstellingsgrond,
)
from gedragswerk_core import _validatie as v
from gedragswerk_core._tijd import as_moment


@frozen
class Voorbeeld:
    tekst: str = field(default="x", validator=v.text(max_length=5))
    rij: tuple[int, ...] = field(
        default=(1,), converter=v.to_tuple, validator=v.tuple_of(int, min_length=1)
    )
    dag: pendulum.Date = field(
        default=pendulum.date(2016, 1, 1), converter=v.to_date, validator=v.is_date
    )
    moment: pendulum.DateTime = field(
        default=pendulum.datetime(2016, 1, 1), converter=v.to_moment, validator=v.is_moment
    )


@pytest.mark.parametrize(
    ("kwargs", "veld", "melding"),
    [
        ({"tekst": 5}, "Voorbeeld.tekst", "expected text"),
        ({"tekst": "   "}, "Voorbeeld.tekst", "blank"),
        ({"tekst": ""}, "Voorbeeld.tekst", "blank"),
        ({"tekst": "zeswoord"}, "Voorbeeld.tekst", "longer than 5"),
        ({"rij": 5}, "Voorbeeld.rij", "expected a tuple"),
        ({"rij": "12"}, "Voorbeeld.rij", "expected a tuple"),
        ({"rij": []}, "Voorbeeld.rij", "at least 1"),
        ({"rij": [1, "2", 3]}, "Voorbeeld.rij[1]", "expected int, got str"),
        ({"dag": "2016-01-01"}, "Voorbeeld.dag", "expected a date"),
        ({"moment": "2016-01-01T00:00Z"}, "Voorbeeld.moment", "expected a moment"),
        ({"moment": dt.datetime(2016, 1, 1)}, "Voorbeeld.moment", "time zone"),  # noqa: DTZ001
    ],
)
def test_foute_waarden_noemen_het_veld(kwargs, veld, melding):
    with pytest.raises(InvalidValueError) as info:
        Voorbeeld(**kwargs)
    assert info.value.field == veld
    assert melding in str(info.value)


def test_geldige_waarden_worden_omgezet():
    waarde = Voorbeeld(
        tekst="ok",
        rij=[1, 2],
        dag=dt.date(2016, 2, 29),
        moment=dt.datetime(2016, 2, 29, 12, tzinfo=dt.UTC),
    )
    assert waarde.rij == (1, 2)
    assert type(waarde.dag) is pendulum.Date
    assert isinstance(waarde.moment, pendulum.DateTime)
    assert waarde.moment == pendulum.datetime(2016, 2, 29, 12, tz="UTC")


def test_een_datum_als_moment_is_het_begin_van_die_dag_in_amsterdam():
    moment = as_moment(dt.date(2016, 7, 1), "m")
    assert moment == pendulum.datetime(2016, 7, 1, tz="Europe/Amsterdam")
    assert moment.in_timezone("UTC").hour == 22


def test_bool_is_geen_getal():
    check = v.instance_of(int)
    with pytest.raises(InvalidValueError, match="expected int, got bool"):
        check(Voorbeeld(), Voorbeeld.__attrs_attrs__.rij, True)
    v.instance_of(int, bool)(Voorbeeld(), Voorbeeld.__attrs_attrs__.rij, True)


@pytest.mark.parametrize(
    ("maak", "lees"),
    [
        (
            lambda d: BetrokkenLeerling("L-1", LeerlingSituatie.THUISZITTER, d),
            lambda w: w.thuis_sinds,
        ),
        (
            lambda d: Vrijstelling(Vrijstellingsgrond.ZIEKTE, pendulum.date(2016, 1, 1), d),
            lambda w: w.einde,
        ),
        (lambda d: Vraagstand(RegionaleVraag.OORZAKEN, 1, d), lambda w: w.laatst),
    ],
    ids=["BetrokkenLeerling.thuis_sinds", "Vrijstelling.einde", "Vraagstand.laatst"],
)
def test_een_optionele_datum_weigert_een_moment_zonder_zone_en_neemt_de_dag_van_een_met(maak, lees):
    with pytest.raises(InvalidValueError) as info:
        maak(pendulum.naive(2016, 3, 1, 12))  # a pendulum.DateTime is a pendulum.Date too
    assert info.value.regel == "R-LPW-9"
    # 23:30 UTC on 29 February is already 1 March in Amsterdam (R-LPW-9).
    dag = lees(maak(pendulum.datetime(2016, 2, 29, 23, 30, tz="UTC")))
    assert type(dag) is pendulum.Date
    assert dag == pendulum.date(2016, 3, 1)
