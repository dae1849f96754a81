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


# --- the argument checks of public functions ---------------------------------------------------


@pytest.mark.parametrize(
    ("check", "veld", "melding"),
    [
        (lambda: v.require("2016", int, "jaar"), "jaar", "expected int, got str"),
        (lambda: v.require(True, int, "jaar"), "jaar", "expected int, got bool"),
        (lambda: v.require(1, (str, bytes), "tekst"), "tekst", "expected str or bytes, got int"),
        (lambda: v.require_whole(1.0, "maand"), "maand", "whole number of at least 0, got float"),
        (lambda: v.require_whole(False, "maand"), "maand", "got bool"),
        (lambda: v.require_whole(-1, "maand"), "maand", "must be a whole number of at least 0"),
        (lambda: v.require_whole(13, "maand", minimum=1, maximum=12), "maand", "from 1 to 12"),
        (lambda: v.require_number("1", "uren", minimum=0, maximum=24), "uren", "expected a number"),
        (lambda: v.require_number(True, "uren", minimum=0, maximum=24), "uren", "got bool"),
        (lambda: v.require_number(25, "uren", minimum=0, maximum=24), "uren", "from 0 to 24"),
        (lambda: v.require_number(float("nan"), "uren", minimum=0, maximum=24), "uren", "0 to 24"),
        (lambda: v.require_number(float("inf"), "uren", minimum=0, maximum=24), "uren", "0 to 24"),
        (lambda: v.require_iterable("ab", "codes", of="codes"), "codes", "iterable of codes"),
        (lambda: v.require_iterable(b"ab", "codes", of="codes"), "codes", "got bytes"),
        (lambda: v.require_iterable(3, "codes", of="codes"), "codes", "got int"),
        (lambda: v.require_items([1, "2"], int, "rij"), "rij[1]", "expected int, got str"),
        (lambda: v.require_items(None, int, "rij"), "rij", "iterable of int, got NoneType"),
    ],
)
def test_een_fout_argument_noemt_het_argument_en_wat_er_verwacht_werd(check, veld, melding):
    with pytest.raises(InvalidValueError) as info:
        check()
    assert info.value.field == veld
    assert melding in str(info.value)


def test_een_goed_argument_komt_ongewijzigd_terug():
    assert v.require(True, bool, "ja") is True
    assert v.require(3, (int, str), "x") == 3
    assert v.require_whole(12, "maand", minimum=1, maximum=12) == 12
    assert v.require_number(0.75, "uren", minimum=0, maximum=24) == 0.75
    assert v.require_items((x for x in (1, 2)), int, "rij") == (1, 2)
    assert v.require_items([True], bool, "rij") == (True,)


def test_een_argumentfout_draagt_regel_en_oplossing():
    with pytest.raises(InvalidValueError) as info:
        v.require(1, str, "code", regel="R-WA-4", hint="use a code")
    assert (info.value.field, info.value.regel, info.value.hint) == ("code", "R-WA-4", "use a code")
    with pytest.raises(InvalidValueError) as info:
        v.require_items([1], str, "codes", regel="R-WA-4")
    assert (info.value.field, info.value.regel) == ("codes[0]", "R-WA-4")


@frozen
class Lijst:
    partijen: tuple[str, ...] = field(
        default=(), converter=v.to_tuple, validator=[v.tuple_of(str), v.unique("party")]
    )
    codes: tuple[str, ...] = field(
        default=(),
        converter=v.to_tuple,
        validator=[v.tuple_of(str), v.unique("activity code", key=str.upper, name_twice=True)],
    )
    teksten: tuple[str, ...] = field(default=(), validator=v.texts(max_length=5))
    maand: int = field(default=1, validator=v.whole(minimum=1, maximum=12, regel="R-LPW-1"))
    soort: int | None = field(
        default=None, validator=v.optional_instance_of(int, regel="R-WA-2", hint="a number")
    )


@pytest.mark.parametrize(
    ("kwargs", "veld", "melding"),
    [
        ({"partijen": ["a", "b", "a"]}, "Lijst.partijen", "a party is listed twice"),
        ({"codes": ["x-1", "X-1", "y"]}, "Lijst.codes", "an activity code is listed twice: X-1"),
        ({"teksten": ("ok", " ")}, "Lijst.teksten[1]", "non-blank text of at most 5"),
        ({"teksten": ("zeswoord",)}, "Lijst.teksten[0]", "at most 5 characters"),
        ({"teksten": ["ok"]}, "Lijst.teksten", "expected a tuple, got list"),
        ({"maand": 0}, "Lijst.maand", "from 1 to 12"),
        ({"soort": "1"}, "Lijst.soort", "expected int, got str"),
    ],
)
def test_een_veldfout_noemt_klasse_en_veld(kwargs, veld, melding):
    with pytest.raises(InvalidValueError) as info:
        Lijst(**kwargs)
    assert info.value.field == veld
    assert melding in str(info.value)


def test_een_dubbele_partij_wordt_niet_bij_naam_genoemd():
    with pytest.raises(InvalidValueError) as info:
        Lijst(partijen=["Jan Jansen", "Jan Jansen"])
    assert "Jan Jansen" not in str(info.value)
    assert info.value.hint == "list each party once"


def test_veldregels_dragen_hun_regel():
    with pytest.raises(InvalidValueError) as info:
        Lijst(maand=13)
    assert info.value.regel == "R-LPW-1"
    with pytest.raises(InvalidValueError) as info:
        Lijst(soort=True)
    assert (info.value.regel, info.value.hint) == ("R-WA-2", "a number")
    assert Lijst(partijen=["a", "b"], codes=["x", "y"], teksten=("ok",), soort=None).maand == 1


def test_een_subklasse_van_het_gevraagde_type_mag():
    class Maandnummer(int):
        pass

    assert Lijst(soort=Maandnummer(3)).soort == 3
