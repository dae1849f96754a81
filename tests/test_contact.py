"""The contact log: who got in touch, how, what became of it, counted per school year (R-RAP)."""

import datetime as dt

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import (
    InvalidValueError,
    Kanaal,
    Schooljaar,
    from_dict,
    schooljaar_van,
    to_dict,
)
from gedragswerk_core import strategies as gst
from gedragswerk_core.rapportage.contact import (
    Bellertype,
    Contact,
    Contacttelling,
    Contactuitkomst,
    tel_contacten,
)

# Contacts from mid-2014 to mid-2017, half of them around 1 August 2014, 2015 and 2016.
contacten_st = gst.contacten(
    pendulum.datetime(2014, 6, 1, tz="UTC"), pendulum.datetime(2017, 6, 1, tz="UTC")
)

# --- the value ----------------------------------------------------------------------------------

M = pendulum.datetime(2016, 3, 1, 10, tz="Europe/Amsterdam")


def test_een_contact_is_standaard_telefonisch():
    c = Contact(M, Bellertype.OUDER, Contactuitkomst.DOORVERWEZEN)
    assert c.kanaal is Kanaal.TELEFOON


def test_een_datum_wordt_het_begin_van_die_dag_in_amsterdam():
    c = Contact(dt.date(2016, 3, 1), Bellertype.OUDER, Contactuitkomst.OPGEPAKT)
    assert c.moment == pendulum.datetime(2016, 3, 1, tz="Europe/Amsterdam")


@pytest.mark.parametrize(
    ("argumenten", "veld"),
    [
        (
            (dt.datetime(2016, 3, 1, 10), Bellertype.OUDER, Contactuitkomst.OPGEPAKT),  # noqa: DTZ001 - naive on purpose
            "Contact.moment",
        ),
        (("2016-03-01", Bellertype.OUDER, Contactuitkomst.OPGEPAKT), "Contact.moment"),
        ((M, "ouder", Contactuitkomst.OPGEPAKT), "Contact.beller"),
        ((M, Bellertype.OUDER, "opgepakt"), "Contact.uitkomst"),
        ((M, Bellertype.OUDER, Contactuitkomst.OPGEPAKT, "telefoon"), "Contact.kanaal"),
    ],
)
def test_een_onjuist_contact_wordt_geweigerd(argumenten, veld):
    with pytest.raises(InvalidValueError) as info:
        Contact(*argumenten)
    assert info.value.field == veld


def test_een_contact_gaat_heen_en_terug_als_dict():
    c = Contact(M, Bellertype.LEERPLICHTAMBTENAAR, Contactuitkomst.OPGEPAKT, Kanaal.EMAIL)
    data = to_dict(c)
    assert data["beller"] == "leerplichtambtenaar"
    assert data["kanaal"] == "email"
    assert from_dict(Contact, data) == c


# --- counting per school year --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "startjaar"),
    [
        (pendulum.datetime(2015, 7, 31, 21, 59, 59, tz="UTC"), 2014),  # 23:59:59 in Amsterdam
        (pendulum.datetime(2015, 7, 31, 22, 0, tz="UTC"), 2015),  # midnight in Amsterdam
        (pendulum.datetime(2016, 7, 31, 23, 59, tz="Europe/Amsterdam"), 2015),
        (pendulum.datetime(2016, 7, 31, 22, 30, tz="UTC"), 2016),  # 00:30 on 1 August
        (pendulum.datetime(2015, 7, 31, 14, 30, tz="Etc/GMT+10"), 2015),  # 02:30 on 1 Aug
        (pendulum.datetime(2015, 8, 1, 8, 0, tz="Pacific/Kiritimati"), 2014),  # 20:00 on 31 Jul
        (pendulum.date(2015, 8, 1), 2015),
    ],
)
def test_een_contact_telt_in_het_schooljaar_van_zijn_dag_in_amsterdam(moment, startjaar):
    contact = Contact(moment, Bellertype.PROFESSIONAL, Contactuitkomst.OPGEPAKT)
    for jaar in (startjaar - 1, startjaar, startjaar + 1):
        telling = tel_contacten([contact], Schooljaar(jaar))
        assert telling[0].aantal == (jaar == startjaar)


def test_elke_bellersoort_krijgt_een_rij_ook_zonder_contacten():
    log = [
        Contact(M, Bellertype.OUDER, Contactuitkomst.DOORVERWEZEN),
        Contact(M, Bellertype.OUDER, Contactuitkomst.OPGEPAKT, Kanaal.EMAIL),
        Contact(M, Bellertype.LEERPLICHTAMBTENAAR, Contactuitkomst.OPGEPAKT),
    ]
    telling = tel_contacten(log, Schooljaar(2015))
    assert [t.beller for t in telling] == list(Bellertype)
    assert telling[2] == Contacttelling(Bellertype.OUDER, 2, 1, 1, 1)
    assert telling[1] == Contacttelling(Bellertype.LEERPLICHTAMBTENAAR, 1, 1, 1, 0)
    assert telling[0] == Contacttelling(Bellertype.PROFESSIONAL, 0, 0, 0, 0)


def test_de_telling_leest_een_generator_een_keer():
    log = (Contact(M, b, Contactuitkomst.OPGEPAKT) for b in Bellertype)
    assert sum(t.aantal for t in tel_contacten(log, Schooljaar(2015))) == 4


@pytest.mark.parametrize(
    ("contacten", "schooljaar", "veld"),
    [
        (None, Schooljaar(2015), "contacten"),
        ("contacten", Schooljaar(2015), "contacten"),
        (
            [Contact(M, Bellertype.OUDER, Contactuitkomst.OPGEPAKT), "x"],
            Schooljaar(2015),
            "contacten[1]",
        ),
        ([], 2015, "schooljaar"),
    ],
)
def test_verkeerde_invoer_noemt_het_veld(contacten, schooljaar, veld):
    with pytest.raises(InvalidValueError) as info:
        tel_contacten(contacten, schooljaar)
    assert info.value.field == veld


# --- the row of counts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("aantal", "telefonisch", "opgepakt", "doorverwezen", "veld"),
    [
        (3, 3, 1, 1, "Contacttelling.aantal"),  # 1 + 1 is not 3
        (2, 3, 1, 1, "Contacttelling.telefonisch"),
        (-1, 0, 0, -1, "Contacttelling.aantal"),
        (1, 1, True, 0, "Contacttelling.opgepakt"),
    ],
)
def test_een_inconsistente_telling_wordt_geweigerd(
    aantal, telefonisch, opgepakt, doorverwezen, veld
):
    with pytest.raises(InvalidValueError) as info:
        Contacttelling(Bellertype.OUDER, aantal, telefonisch, opgepakt, doorverwezen)
    assert info.value.field == veld


def test_tellingen_van_dezelfde_beller_tellen_op():
    a = Contacttelling(Bellertype.OUDER, 3, 2, 1, 2)
    b = Contacttelling(Bellertype.OUDER, 1, 1, 1, 0)
    assert a + b == Contacttelling(Bellertype.OUDER, 4, 3, 2, 2)


@pytest.mark.parametrize(
    "ander", [Contacttelling(Bellertype.PROFESSIONAL, 0, 0, 0, 0), 0, Bellertype.OUDER]
)
def test_tellingen_van_een_andere_soort_tellen_niet_op(ander):
    with pytest.raises(InvalidValueError):
        Contacttelling(Bellertype.OUDER, 0, 0, 0, 0) + ander


# --- properties ---------------------------------------------------------------------------------


@given(st.lists(contacten_st, max_size=20), st.sampled_from([2014, 2015, 2016]))
def test_een_contact_telt_precies_in_het_schooljaar_van_zijn_moment(log, startjaar):
    sj = Schooljaar(startjaar)
    telling = tel_contacten(log, sj)
    for rij in telling:
        eigen = [c for c in log if c.beller is rij.beller and schooljaar_van(c.moment) == sj]
        assert rij.aantal == len(eigen)
        assert rij.telefonisch == sum(c.kanaal is Kanaal.TELEFOON for c in eigen)
        assert rij.opgepakt == sum(c.uitkomst is Contactuitkomst.OPGEPAKT for c in eigen)


@given(st.lists(contacten_st, max_size=20), st.data())
def test_de_telling_hangt_niet_af_van_de_volgorde_en_telt_op_over_delen(log, data):
    sj = Schooljaar(2015)
    geschud = data.draw(st.permutations(log))
    assert tel_contacten(geschud, sj) == tel_contacten(log, sj)
    knip = data.draw(st.integers(0, len(log)))
    delen = zip(tel_contacten(log[:knip], sj), tel_contacten(log[knip:], sj), strict=True)
    assert tuple(a + b for a, b in delen) == tel_contacten(log, sj)
