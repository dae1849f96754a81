"""Dicts and back through the one converter: round trips, and only library errors on bad data."""

import contextlib
import copy
import datetime as dt
import json
import pickle
import zoneinfo

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import (
    SCHEMA_VERSION,
    Escalatie,
    GedragswerkError,
    Geescaleerd,
    Hulpvraag,
    Interventie,
    Leerling,
    LeerlingRef,
    Partij,
    RegionaleVraag,
    Rol,
    Schooljaar,
    StructureError,
    Vraagstand,
    beoordeel,
    from_dict,
    to_dict,
    voorbeeld,
)
from gedragswerk_core import strategies as gst
from gedragswerk_core.interventie.interventie import Toestand

WAARDEN = {cls: gst.waarden(cls) for cls in gst.waardetypen()}


@pytest.mark.parametrize("cls", list(WAARDEN), ids=lambda c: c.__name__)
@given(data=st.data())
def test_elke_publieke_waarde_overleeft_de_rondgang_via_json(cls, data):
    waarde = data.draw(WAARDEN[cls])
    d = to_dict(waarde, persoonsgegevens=True)
    assert d["schema_version"] == SCHEMA_VERSION
    terug = from_dict(cls, json.loads(json.dumps(d)))
    assert terug == waarde
    assert to_dict(terug, persoonsgegevens=True) == d


@given(gst.interventies(), st.data())
def test_een_ingelezen_interventie_neemt_dezelfde_besluiten(interventie, data):
    terug = from_dict(Interventie, json.loads(json.dumps(to_dict(interventie))))
    assert terug.toestand == interventie.toestand
    g = data.draw(gst.gebeurtenissen_na(interventie))
    assert beoordeel(terug, g) == beoordeel(interventie, g)


def test_de_vorm_van_een_gebeurtenis_is_leesbaar():
    d = to_dict(voorbeeld.interventie_na_intake())
    ontvangen, geaccepteerd = d["gebeurtenissen"]
    assert ontvangen["type"] == "HulpvraagOntvangen"
    assert geaccepteerd == {"type": "Geaccepteerd", "moment": "2015-09-15T08:00:00Z"}
    assert ontvangen["hulpvraag"]["leerlingen"][0] == {
        "ref": "L-2015-017",
        "situatie": "thuiszitter",
        "thuis_sinds": "2015-06-01",
    }
    assert to_dict(LeerlingRef("L-1")) == {"waarde": "L-1", "schema_version": 1}


json_waarden = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda kinderen: (
        st.lists(kinderen, max_size=4) | st.dictionaries(st.text(max_size=12), kinderen, max_size=4)
    ),
    max_leaves=20,
)


@pytest.mark.parametrize("cls", list(WAARDEN), ids=lambda c: c.__name__)
@given(data=json_waarden)
def test_willekeurige_json_geeft_alleen_bibliotheekfouten(cls, data):
    with contextlib.suppress(GedragswerkError):
        from_dict(cls, data)


@st.composite
def beschadigd(draw, cls):
    """A valid dict with one field removed, retyped or replaced somewhere inside."""
    d = to_dict(draw(WAARDEN[cls]))
    paden = []

    def loop(node, pad):
        if isinstance(node, dict):
            for k, v in node.items():
                paden.append((*pad, k))
                loop(v, (*pad, k))
        elif isinstance(node, list):
            for k, v in enumerate(node):
                paden.append((*pad, k))
                loop(v, (*pad, k))

    loop(d, ())
    pad = draw(st.sampled_from(paden))
    ouder = d
    for stap in pad[:-1]:
        ouder = ouder[stap]
    if isinstance(ouder, dict) and draw(st.booleans()):
        del ouder[pad[-1]]
    else:
        ouder[pad[-1]] = draw(json_waarden)
    return d


@pytest.mark.parametrize("cls", list(WAARDEN), ids=lambda c: c.__name__)
@given(data=st.data())
def test_beschadigde_data_geeft_alleen_bibliotheekfouten_met_een_pad(cls, data):
    d = data.draw(beschadigd(cls))
    fout = None
    try:
        from_dict(cls, d)
    except GedragswerkError as exc:
        fout = exc
    if isinstance(fout, StructureError):
        assert fout.errors
        assert all(" @ $" in regel for regel in fout.errors)


def test_fouten_noemen_het_veld_en_niet_de_waarde():
    d = to_dict(voorbeeld.hulpvraag())
    d["leerlingen"][0]["ref"] = "Jan de Vries"
    d["regio"] = 17
    d["extra"] = True
    with pytest.raises(StructureError) as info:
        from_dict(Hulpvraag, d)
    tekst = str(info.value)
    assert "Jan de Vries" not in tekst
    assert "$.leerlingen[0].ref" in tekst
    assert "$.regio" in tekst
    assert "1 unknown field(s)" in tekst  # counted, not echoed: a key may be personal data


@pytest.mark.parametrize("versie", [2, 0, "1", None])
def test_onbekende_schemaversie_wordt_geweigerd(versie):
    with pytest.raises(StructureError, match="schema_version"):
        from_dict(Schooljaar, {"startjaar": 2015, "schema_version": versie})


def test_ontbrekende_schemaversie_is_de_huidige():
    assert from_dict(Schooljaar, {"startjaar": 2015}) == Schooljaar(2015)


@pytest.mark.parametrize(
    "data",
    [[], "x", None, {"startjaar": "2015"}, {"startjaar": True}, {"startjaar": 1800}, {}],
)
def test_verkeerde_vormen(data):
    with pytest.raises(StructureError):
        from_dict(Schooljaar, data)


@pytest.mark.parametrize(
    "moment",
    [
        "2015-09-15T10:00:00",
        "2015-09-15",
        5,
        "gisteren",
        "2015-09-15T10:00:00+01:00:30.",
    ],
)
def test_momenten_zonder_zone_of_in_een_andere_vorm_worden_geweigerd(moment):
    d = to_dict(voorbeeld.interventie_na_intake())
    d["gebeurtenissen"][1]["moment"] = moment
    with pytest.raises(StructureError, match=r"gebeurtenissen\[1\]"):
        from_dict(Interventie, d)


@pytest.mark.parametrize(
    "datum",
    ["2015-6-1", "01-06-2015", 20150601, "2015-06-31", "2015-W23-1", "20150601  ", "2015-152  "],
)
def test_datums_in_een_andere_vorm_worden_geweigerd(datum):
    d = to_dict(voorbeeld.hulpvraag())
    d["leerlingen"][0]["thuis_sinds"] = datum
    with pytest.raises(StructureError):
        from_dict(Hulpvraag, d)


def test_scalaire_vorm_vraagt_precies_een_veld():
    with pytest.raises(StructureError):
        from_dict(LeerlingRef, {"waarde": "L-1", "nog": 1})
    with pytest.raises(StructureError):
        from_dict(LeerlingRef, {})


def test_geen_bibliotheekwaarde_geeft_een_bibliotheekfout():
    with pytest.raises(StructureError):
        to_dict(pendulum.date(2015, 1, 1))
    with pytest.raises(StructureError):
        to_dict(5)


@pytest.mark.parametrize(
    "soort", [[1], 5, None, dict, tuple[Partij, ...], Escalatie, "Jan de Vries"], ids=repr
)
def test_wat_geen_waardetype_is_kan_niet_gelezen_worden(soort):
    with pytest.raises(StructureError, match="not a library value type") as info:
        from_dict(soort, {"naam": "x"})
    if isinstance(soort, str):
        assert soort not in str(info.value)  # a text passed by mistake is not echoed


def test_een_lijst_is_geen_tekst():
    d = to_dict(voorbeeld.hulpvraag())
    d["leerlingen"] = "L-1"
    with pytest.raises(StructureError, match="expected a list"):
        from_dict(Hulpvraag, d)
    assert attrs.has(Hulpvraag)


def test_een_verzameling_is_een_lijst():
    d = to_dict(voorbeeld.afgeronde_interventie().toestand)
    assert d["gerealiseerd"] == ["L-2015-017", "L-2015-018"]
    d["gerealiseerd"] = "L-2015-017"
    with pytest.raises(StructureError, match=r"expected a list @ \$.gerealiseerd"):
        from_dict(Toestand, d)


# --- moments: kept and written as their instant in UTC; numbered enums ---------------------------


def _geescaleerd(moment):
    return {"moment": moment, "naar": "actietafel", "tafel": None}


_AMS = "Europe/Amsterdam"


def _tijdstip(moment):
    # The instant, independent of the zone objects: the standard library's UTC fields.
    utc = dt.datetime.astimezone(moment, dt.UTC)
    return (*utc.timetuple()[:6], utc.microsecond)


@pytest.mark.parametrize(
    ("moment", "tekst"),
    [
        (pendulum.datetime(2015, 9, 15, 10, tz=_AMS), "2015-09-15T08:00:00Z"),
        (pendulum.datetime(2016, 1, 4, 9, tz=_AMS), "2016-01-04T08:00:00Z"),
        # 25 October 2015: summer time ended at 03:00, so 02:30 happened twice in Amsterdam.
        (pendulum.datetime(2015, 10, 25, 2, 30, tz=_AMS, fold=0), "2015-10-25T00:30:00Z"),
        (pendulum.datetime(2015, 10, 25, 2, 30, tz=_AMS, fold=1), "2015-10-25T01:30:00Z"),
        (
            pendulum.datetime(2015, 6, 1, 12, 0, 0, 7, tz="Asia/Kathmandu"),
            "2015-06-01T06:15:00.000007Z",
        ),
        (
            dt.datetime(2015, 6, 1, 12, tzinfo=zoneinfo.ZoneInfo("America/New_York")),
            "2015-06-01T16:00:00Z",
        ),
        (
            dt.datetime(
                2015, 9, 15, 10, tzinfo=dt.timezone(dt.timedelta(hours=1, microseconds=500_000))
            ),
            "2015-09-15T08:59:59.500000Z",
        ),
    ],
    ids=str,
)
def test_een_moment_wordt_geschreven_als_zijn_tijdstip_in_utc(moment, tekst):
    g = Geescaleerd(moment, Escalatie.ACTIETAFEL)
    assert g.moment.timezone_name == "UTC"
    # The same instant. (Not ``==``: in the repeated hour a moment in a zone never equals one in
    # another zone, PEP 495.)
    assert _tijdstip(g.moment) == _tijdstip(moment)
    assert to_dict(g)["moment"] == tekst
    assert from_dict(Geescaleerd, to_dict(g)) == g


@pytest.mark.parametrize(
    ("tekst", "utc"),
    [
        ("2015-10-25T02:30:00+02:00", dt.datetime(2015, 10, 25, 0, 30, tzinfo=dt.UTC)),
        ("2015-10-25T02:30:00+01:00", dt.datetime(2015, 10, 25, 1, 30, tzinfo=dt.UTC)),
        ("2016-01-04T03:00:00-05:00", dt.datetime(2016, 1, 4, 8, tzinfo=dt.UTC)),
        ("2016-01-04T08:00:00+00:00", dt.datetime(2016, 1, 4, 8, tzinfo=dt.UTC)),
        ("2016-01-04T08:00:00Z", dt.datetime(2016, 1, 4, 8, tzinfo=dt.UTC)),
        # 27 March 2016, 02:30 did not exist in Amsterdam (clocks went from 02:00 to 03:00)
        ("2016-03-27T02:30:00+01:00", dt.datetime(2016, 3, 27, 1, 30, tzinfo=dt.UTC)),
        ("2015-09-15T10:00:00.5+02:00", dt.datetime(2015, 9, 15, 8, 0, 0, 500_000, tzinfo=dt.UTC)),
        ("0001-01-01T23:00:00+01:00", dt.datetime(1, 1, 1, 22, tzinfo=dt.UTC)),
    ],
)
def test_elke_offset_wordt_gelezen_als_het_tijdstip_dat_hij_noemt(tekst, utc):
    gelezen = from_dict(Geescaleerd, _geescaleerd(tekst)).moment
    assert gelezen == utc
    assert (type(gelezen), gelezen.timezone_name, gelezen.utcoffset()) == (
        pendulum.DateTime,
        "UTC",
        dt.timedelta(0),
    )


@pytest.mark.parametrize(
    "tekst",
    [
        "2015-09-15T10:00:00",
        "2015-09-15",
        "2015-09-15T10:00Z",
        "2015-09-15 10:00:00Z",
        "2015-09-15t10:00:00z",
        "2015-09-15T10:00:00.1234567Z",
        "2015-09-15T10:00:00+01:00:30",
        "2015-09-15T10:00:00+0100",
        "2015-09-15T10:00:00+24:00",
        "2015-02-30T10:00:00Z",
        "2015-09-15T24:00:00Z",
        "2015-10-25T01:30:00+00:00[Europe/London]",
        "２０１５-09-15T10:00:00Z",
        "gisteren",
        5,
        None,
    ],
    ids=repr,
)
def test_een_moment_in_een_andere_vorm_wordt_geweigerd_zonder_de_tekst_te_noemen(tekst):
    with pytest.raises(StructureError, match=r"UTC offset.* @ \$\.moment") as info:
        from_dict(Geescaleerd, _geescaleerd(tekst))
    if isinstance(tekst, str):
        assert tekst not in str(info.value)


@pytest.mark.parametrize(
    "tekst", ["0001-01-01T00:30:00+01:00", "9999-12-31T23:30:00-01:00"], ids=str
)
def test_een_tijdstip_buiten_de_kalender_wordt_geweigerd(tekst):
    with pytest.raises(StructureError, match=r"1-9999.* @ \$\.moment") as info:
        from_dict(Geescaleerd, _geescaleerd(tekst))
    assert tekst not in str(info.value)


def _laatste_zondag(jaar, maand):
    dag = pendulum.date(jaar, maand, 31)
    return dag.subtract(days=(dag.weekday() + 1) % 7)


_ZONES = ("Europe/Amsterdam", "UTC", "Europe/London", "America/New_York", "Asia/Kolkata")


@st.composite
def _momenten_rond_de_omschakeling(draw):
    """Moments near the EU clock changes (01:00 UTC on the last Sunday of March and of October,
    since 1996), repeated hours and gaps included, in several zones: pendulum's, the standard
    library's ``zoneinfo``, and fixed offsets to the microsecond."""
    dag = _laatste_zondag(draw(st.integers(1996, 2037)), draw(st.sampled_from([3, 10])))
    utc = dt.datetime(dag.year, dag.month, dag.day, 1, tzinfo=dt.UTC) + dt.timedelta(
        seconds=draw(st.integers(-3 * 3600, 3 * 3600)),
        microseconds=draw(st.sampled_from([0, 1, 500_000])),
    )
    soort = draw(st.sampled_from(["pendulum", "zoneinfo", "vast"]))
    if soort == "vast":
        offset = draw(st.timedeltas(-dt.timedelta(hours=23), dt.timedelta(hours=23)))
        return utc.astimezone(dt.timezone(offset))
    naam = draw(st.sampled_from(_ZONES))
    zone = pendulum.timezone(naam) if soort == "pendulum" else zoneinfo.ZoneInfo(naam)
    return utc.astimezone(zone)


@given(moment=_momenten_rond_de_omschakeling())
def test_een_waarde_met_een_moment_komt_exact_terug_uit_json_pickle_en_copy(moment):
    # Also in a zone's repeated autumn hour, where two moments in one zone compare by their wall
    # time (PEP 495): the value holds the instant, in UTC.
    g = Geescaleerd(moment, Escalatie.ACTIETAFEL)
    assert _tijdstip(g.moment) == _tijdstip(moment)
    assert (g.moment.timezone_name, g.moment.fold) == ("UTC", 0)
    terug = [
        from_dict(Geescaleerd, json.loads(json.dumps(to_dict(g)))),
        pickle.loads(pickle.dumps(g)),  # noqa: S301 - our own bytes
        copy.copy(g),
        copy.deepcopy(g),
    ]
    for t in terug:
        assert t == g
        assert hash(t) == hash(g)
        assert _tijdstip(t.moment) == _tijdstip(moment)
        assert t.moment.isoformat() == g.moment.isoformat()
        assert to_dict(t) == to_dict(g)


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_een_interventie_komt_gelijk_uit_pickle(protocol):
    i = voorbeeld.afgeronde_interventie()
    terug = pickle.loads(pickle.dumps(i, protocol))  # noqa: S301 - our own bytes
    assert terug == i
    assert to_dict(terug) == to_dict(i)


def test_in_het_dubbele_uur_ordenen_momenten_op_tijdstip_en_niet_op_wandklok():
    # 25 October 2015, Amsterdam: 02:50 in summer time (00:50 UTC) came 20 minutes before 02:10
    # in winter time (01:10 UTC). Within one zone Python compares the wall clocks (PEP 495).
    eerder = pendulum.datetime(2015, 10, 25, 2, 50, tz=_AMS, fold=0)
    later = pendulum.datetime(2015, 10, 25, 2, 10, tz=_AMS, fold=1)
    assert eerder > later  # the wall clocks: why values hold the instant
    a, b = Geescaleerd(eerder, Escalatie.ACTIETAFEL), Geescaleerd(later, Escalatie.ACTIETAFEL)
    assert a.moment < b.moment
    assert b.moment - a.moment == dt.timedelta(minutes=20)
    utc = Geescaleerd(pendulum.datetime(2015, 10, 25, 0, 50), Escalatie.ACTIETAFEL)
    assert utc == a
    assert hash(utc) == hash(a)


def test_een_genummerde_vraag_leest_als_haar_nummer_en_niet_als_waar():
    d = {"vraag": 1, "antwoorden": 2, "laatst": "2015-09-01"}
    assert from_dict(Vraagstand, d).vraag is RegionaleVraag.THUISZITTERS
    for fout in (True, 1.0, "1", 7):
        with pytest.raises(StructureError, match=r"expected one of .* @ \$\.vraag"):
            from_dict(Vraagstand, {**d, "vraag": fout})


# --- a bad party is reported with its path ------------------------------------------------------


@pytest.mark.parametrize(
    ("wijziging", "pad"),
    [
        ({"naam": ""}, "@ $.naam"),  # one path style (issue 20)
        ({"naam": ["lijst"]}, "$.naam"),  # a list is no text
        ({"rol": "koning"}, "$.rol"),
        ({"extra": 1}, "1 unknown field(s)"),
        ({"rol": "overig"}, "[R-ACT-3] @ $.omschrijving"),  # across fields
    ],
)
def test_een_foute_partij_wordt_ook_na_een_goede_gemeld(wijziging, pad):
    goed = to_dict(voorbeeld.partijen()["swv"])
    assert from_dict(Partij, goed) == voorbeeld.partijen()["swv"]
    with pytest.raises(StructureError) as info:
        from_dict(Partij, goed | wijziging)
    assert any(pad in fout for fout in info.value.errors), info.value.errors
    assert from_dict(Partij, goed) == voorbeeld.partijen()["swv"]


class _Tekst(str):
    """A text that is not a plain str (as numpy.str_ is)."""

    __slots__ = ()


def test_een_tekst_die_geen_str_is_wordt_gelezen_als_de_tekst_die_hij_is():
    # As the constructors take it; the value holds a plain str.
    goed = to_dict(voorbeeld.partijen()["swv"])
    assert from_dict(Partij, goed) == voorbeeld.partijen()["swv"]
    for veld in ("naam", "rol", "omschrijving"):
        if goed[veld] is None:
            continue
        gelezen = from_dict(Partij, goed | {veld: _Tekst(goed[veld])})
        assert gelezen == voorbeeld.partijen()["swv"]
        assert type(gelezen.naam) is str
    with pytest.raises(StructureError, match="blank"):
        from_dict(Partij, goed | {"naam": _Tekst(" ")})


def test_diep_geneste_data_met_een_tekst_die_geen_str_is_geeft_een_bibliotheekfout():
    diep = ["x"]
    for _ in range(5000):
        diep = [diep]
    with pytest.raises(StructureError):
        from_dict(Partij, {"naam": diep, "rol": _Tekst("gemeente")})


@given(data=st.data())
def test_een_waarde_met_teksten_die_geen_str_zijn_overleeft_de_rondgang(data):
    # A value made with texts of a str subclass: to_dict keeps them, from_dict reads them back
    # as plain texts, equal.
    partij = data.draw(gst.partijen())
    d = to_dict(partij)
    tekst_partij = Partij(
        _Tekst(partij.naam),
        partij.rol,
        partij.niveau,
        partij.zorgstructuur,
        omschrijving=None if partij.omschrijving is None else _Tekst(partij.omschrijving),
    )
    assert to_dict(tekst_partij) == d
    gelezen = from_dict(Partij, to_dict(tekst_partij))
    assert gelezen == tekst_partij == partij
    assert type(gelezen.naam) is str
    g = Geescaleerd(voorbeeld.moment(2015, 10, 1), Escalatie.ACTIETAFEL, tafel=_Tekst("Tiel"))
    terug = from_dict(Geescaleerd, to_dict(g))
    assert terug == g
    assert type(terug.tafel) is str
    assert from_dict(LeerlingRef, {"waarde": _Tekst("L-1")}) == LeerlingRef("L-1")
    zonder_omschrijving = {k: x for k, x in d.items() if k != "omschrijving"}
    if partij.omschrijving is None:  # left out, it takes its default
        assert from_dict(Partij, zonder_omschrijving | {"naam": _Tekst(partij.naam)}) == partij


@given(kind=gst.leerlingen())
def test_naam_en_bsn_staan_alleen_op_verzoek_in_de_dictvorm(kind):
    # Privacy: a pupil's dict form is its pseudonymous reference, unless personal data is asked.
    d = to_dict(kind)
    assert d == {"ref": kind.ref.waarde, "schema_version": SCHEMA_VERSION}
    assert from_dict(Leerling, d) == Leerling(kind.ref)
    volledig = to_dict(kind, persoonsgegevens=True)
    assert (volledig["naam"], volledig["bsn"]) == (kind.naam, kind.bsn)
    assert from_dict(Leerling, volledig) == kind


def test_persoonsgegevens_vragen_verandert_niets_aan_andere_waarden():
    i = voorbeeld.afgeronde_interventie()
    assert to_dict(i, persoonsgegevens=True) == to_dict(i)


@pytest.mark.parametrize(
    "sleutel",
    ["Sanne de Vries", "111222333", 1, None, (1, 2)],
    ids=["naam", "bsn", "getal", "none", "tuple"],
)
def test_een_onbekende_sleutel_wordt_niet_herhaald_en_geeft_een_bibliotheekfout(sleutel):
    # A key may be a person's name or BSN (or not text at all): named by count, never echoed.
    d = {**to_dict(Partij("SWV Utrecht", Rol.SAMENWERKINGSVERBAND)), sleutel: "111222333"}
    with pytest.raises(StructureError) as info:
        from_dict(Partij, d)
    tekst = str(info.value)
    assert "1 unknown field(s)" in tekst
    assert "naam, rol" in tekst  # the fields the class does have
    assert "Sanne" not in tekst
    assert "111222333" not in tekst


def test_een_eigen_klasse_zonder_typen_wordt_zorgvuldig_gelezen():
    import attr  # noqa: PLC0415 - the classic API: a field without a type

    @attr.s(frozen=True)
    class Eigen:
        x = attr.ib()

    assert from_dict(Eigen, {"x": 1}) == Eigen(1)
