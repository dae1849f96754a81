"""Dicts and back through the one converter: round trips, and only library errors on bad data."""

import contextlib
import datetime as dt
import importlib.resources
import json
import os
import subprocess
import sys
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
    LeerlingRef,
    Partij,
    RegionaleVraag,
    Schooljaar,
    StructureError,
    Vraagstand,
    beoordeel,
    from_dict,
    ontvang,
    to_dict,
    voorbeeld,
)
from gedragswerk_core import strategies as gst
from gedragswerk_core.interventie.interventie import Toestand
from gedragswerk_core.serialisatie.converter import _structure_moment, _unstructure_moment

WAARDEN = {cls: gst.waarden(cls) for cls in gst.waardetypen()}


@pytest.mark.parametrize("cls", list(WAARDEN), ids=lambda c: c.__name__)
@given(data=st.data())
def test_elke_publieke_waarde_overleeft_de_rondgang_via_json(cls, data):
    waarde = data.draw(WAARDEN[cls])
    d = to_dict(waarde)
    assert d["schema_version"] == SCHEMA_VERSION
    terug = from_dict(cls, json.loads(json.dumps(d)))
    assert terug == waarde
    assert to_dict(terug) == d


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
    assert geaccepteerd == {"type": "Geaccepteerd", "moment": "2015-09-15T10:00:00+02:00"}
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
    assert "extra" in tekst


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


# --- moments read back in Amsterdam time, and numbered enums -------------------------------------


def _geescaleerd(moment):
    return {"moment": moment, "naar": "actietafel", "tafel": None}


@pytest.mark.parametrize(
    ("tekst", "utc"),
    [
        # 25 October 2015: summer time ended at 03:00, so 02:30 happened twice in Amsterdam.
        ("2015-10-25T02:30:00+02:00", pendulum.datetime(2015, 10, 25, 0, 30)),
        ("2015-10-25T02:30:00+01:00", pendulum.datetime(2015, 10, 25, 1, 30)),
        ("2016-01-04T09:00:00+01:00", pendulum.datetime(2016, 1, 4, 8)),
    ],
)
def test_een_amsterdams_moment_komt_terug_in_amsterdam_ook_in_het_dubbele_uur(tekst, utc):
    gelezen = from_dict(Geescaleerd, _geescaleerd(tekst))
    assert gelezen.moment.timezone_name == "Europe/Amsterdam"
    assert gelezen.moment.in_timezone("UTC") == utc
    assert to_dict(gelezen)["moment"] == tekst
    gemaakt = Geescaleerd(utc.in_timezone("Europe/Amsterdam"), Escalatie.ACTIETAFEL)
    assert from_dict(Geescaleerd, json.loads(json.dumps(to_dict(gemaakt)))) == gemaakt


@pytest.mark.parametrize(
    ("tekst", "utc"),
    [
        ("2016-01-04T08:00:00+00:00", pendulum.datetime(2016, 1, 4, 8)),
        ("2016-01-04T03:00:00-05:00", pendulum.datetime(2016, 1, 4, 8)),
        # 27 March 2016, 02:30 did not exist in Amsterdam (clocks went from 02:00 to 03:00)
        ("2016-03-27T02:30:00+01:00", pendulum.datetime(2016, 3, 27, 1, 30)),
    ],
)
def test_een_moment_met_een_andere_offset_houdt_die_offset(tekst, utc):
    gelezen = from_dict(Geescaleerd, _geescaleerd(tekst))
    assert gelezen.moment == utc
    assert gelezen.moment.timezone_name != "Europe/Amsterdam"
    assert to_dict(gelezen)["moment"] == tekst


_ZONES = ("Europe/Amsterdam", "UTC", "Europe/London", "America/New_York", "Asia/Kolkata")


def _laatste_zondag(jaar, maand):
    dag = pendulum.date(jaar, maand, 31)
    return dag.subtract(days=(dag.weekday() + 1) % 7)


def _utc_rond_de_omschakeling(draw):
    """An instant near an EU clock change (1996–2037), and that change (01:00 UTC)."""
    jaar = draw(st.integers(1996, 2037))
    dag = _laatste_zondag(jaar, draw(st.sampled_from([3, 10])))
    omschakeling = pendulum.datetime(dag.year, dag.month, dag.day, 1)
    utc = omschakeling.add(
        seconds=draw(st.integers(-3 * 3600, 3 * 3600) | st.integers(-7 * 86400, 7 * 86400)),
        microseconds=draw(st.sampled_from([0, 1, 500_000])),
    )
    return utc, omschakeling


@st.composite
def _momenten_rond_de_omschakeling(draw, *, gewone_zoneinfo=False):
    """Moments near the clock changes, in several zones: repeated hours and gaps included.

    In the EU (since 1996) summer time starts and ends at 01:00 UTC on the last Sunday of March
    and of October; around those instants, or anywhere in those weeks. With ``gewone_zoneinfo``
    some are in the standard library's ``zoneinfo.ZoneInfo`` instead of pendulum's zone.
    """
    utc, _ = _utc_rond_de_omschakeling(draw)
    moment = utc.in_timezone(draw(st.sampled_from(_ZONES)))
    if gewone_zoneinfo and draw(st.booleans()):
        zone = zoneinfo.ZoneInfo(moment.timezone_name)
        return pendulum.DateTime(
            *moment.timetuple()[:6], moment.microsecond, zone, fold=moment.fold
        )
    return moment


# What follows the offset, by zone: RFC 9557's bracketed name, for a zone other than
# Europe/Amsterdam (read back by its offset) and UTC (equal with a fixed offset).
_ACHTERVOEGSEL = {
    "Europe/Amsterdam": "",
    "UTC": "",
    "Europe/London": "[Europe/London]",
    "America/New_York": "[America/New_York]",
    "Asia/Kolkata": "[Asia/Kolkata]",
}


@given(moment=_momenten_rond_de_omschakeling())
def test_een_moment_wordt_geschreven_als_zijn_isoformat_met_zijn_zone(moment):
    # The writer's shortcut through a plain datetime gives datetime's own text.
    verwacht = dt.datetime.isoformat(moment) + _ACHTERVOEGSEL[moment.timezone_name]
    assert _unstructure_moment(moment) == verwacht


@pytest.mark.parametrize(
    ("moment", "achter"),
    [
        (pendulum.datetime(1900, 6, 1, 12, tz="Europe/Amsterdam"), ""),  # local mean time
        (pendulum.datetime(1935, 6, 1, 12, tz="Europe/Amsterdam"), ""),  # summer time +01:19:32
        (pendulum.datetime(1900, 6, 1, 12, tz="America/New_York"), "[America/New_York]"),
        (pendulum.datetime(2015, 6, 1, 12, 0, 0, 7, tz="Asia/Kathmandu"), "[Asia/Kathmandu]"),
        (pendulum.datetime(2015, 6, 1, 12, tz="Pacific/Chatham"), "[Pacific/Chatham]"),  # +12:45
        (
            pendulum.instance(
                dt.datetime(2015, 6, 1, tzinfo=dt.timezone(-dt.timedelta(seconds=61)))
            ),
            "",
        ),
    ],
    ids=str,
)
def test_ongewone_offsets_worden_geschreven_als_door_isoformat_en_teruggelezen(moment, achter):
    tekst = _unstructure_moment(moment)
    assert tekst == dt.datetime.isoformat(moment) + achter
    gelezen = _structure_moment(tekst, pendulum.DateTime)
    assert gelezen == moment
    assert _unstructure_moment(gelezen) == tekst


_VASTE_OFFSETS = st.timedeltas(
    -dt.timedelta(hours=23, minutes=59, seconds=59, microseconds=999_999),
    dt.timedelta(hours=23, minutes=59, seconds=59, microseconds=999_999),
)
"""Every offset ``datetime.timezone`` takes: under a day either way, to the microsecond."""


_WANDKLOKKEN = st.datetimes(
    dt.datetime(1900, 1, 2),  # noqa: DTZ001 - naive bounds: the wall times get an offset below
    dt.datetime(2099, 12, 30),  # noqa: DTZ001
)


@given(wandklok=_WANDKLOKKEN, offset=_VASTE_OFFSETS)
def test_een_moment_met_een_vaste_offset_houdt_die_offset_tot_op_de_microseconde(wandklok, offset):
    # Python allows an offset with a fraction of a second; pendulum.instance would cut it to
    # whole seconds (moving the instant), and the reader used to refuse what the writer wrote.
    moment = wandklok.replace(tzinfo=dt.timezone(offset))
    g = Geescaleerd(moment, Escalatie.ACTIETAFEL)
    assert g.moment.utcoffset() == offset
    assert g.moment == moment
    assert dt.datetime.isoformat(g.moment) == moment.isoformat()
    terug = from_dict(Geescaleerd, json.loads(json.dumps(to_dict(g))))
    assert terug == g
    assert terug.moment.utcoffset() == offset
    assert dt.datetime.isoformat(terug.moment) == moment.isoformat()


_US = dt.timedelta(microseconds=1)


@pytest.mark.parametrize(
    ("offset", "tekst"),
    [
        (dt.timedelta(hours=1, seconds=30, microseconds=500_000), "+01:00:30.500000"),
        # Under a second: Python 3.11's fromisoformat reads these as +00:00 (gh-152079).
        (_US, "+00:00:00.000001"),
        (-_US, "-00:00:00.000001"),
        (dt.timedelta(microseconds=500_000), "+00:00:00.500000"),
        (-dt.timedelta(microseconds=999_999), "-00:00:00.999999"),
    ],
)
def test_een_offset_met_een_deel_van_een_seconde_wordt_gelezen(offset, tekst):
    utc = pendulum.datetime(2015, 9, 15, 10) - offset  # 10:00 at that offset
    gelezen = _structure_moment("2015-09-15T10:00:00" + tekst, pendulum.DateTime)
    assert (gelezen.utcoffset(), gelezen.hour) == (offset, 10)
    assert gelezen == utc
    # as the zone after the offset too: the instant by the first offset, shown in the second
    gelezen = _structure_moment(f"2015-09-15T10:00:00+00:00[{tekst}]", pendulum.DateTime)
    assert (gelezen.utcoffset(), gelezen) == (offset, pendulum.datetime(2015, 9, 15, 10))
    moment = dt.datetime(2015, 9, 15, 10, tzinfo=dt.timezone(offset))
    g = Geescaleerd(moment, Escalatie.ACTIETAFEL)
    assert to_dict(g)["moment"] == "2015-09-15T10:00:00" + tekst
    assert from_dict(Geescaleerd, to_dict(g)) == g


@pytest.mark.parametrize(
    "offset",
    ["+01:00:00.5", "+01:00:00,500000", "+01:00:00.5000000", "+00:00:00.5", "+000000.500000"],
)
def test_een_offset_met_een_deel_van_een_seconde_in_een_andere_vorm_wordt_geweigerd(offset):
    with pytest.raises(StructureError, match="UTC offset as"):
        from_dict(Geescaleerd, _geescaleerd("2015-09-15T10:00:00" + offset))


@pytest.mark.parametrize(
    "moment",
    [
        dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        dt.datetime(9999, 12, 31, 23, 59, tzinfo=dt.timezone(-dt.timedelta(hours=1))),
    ],
)
def test_een_moment_met_een_vaste_offset_aan_het_eind_van_de_kalender_wordt_geschreven(moment):
    # Amsterdam's offset there is out of the calendar's reach: no suffix, and no OverflowError.
    g = Geescaleerd(moment, Escalatie.ACTIETAFEL)
    assert to_dict(g)["moment"] == moment.isoformat()


@given(moment=_momenten_rond_de_omschakeling())
def test_een_moment_leest_terug_als_hetzelfde_tijdstip(moment):
    tekst = _unstructure_moment(moment)
    gelezen = _structure_moment(tekst, pendulum.DateTime)
    assert type(gelezen) is pendulum.DateTime
    assert gelezen.in_timezone("UTC") == moment.in_timezone("UTC")
    assert _unstructure_moment(gelezen) == tekst
    if moment.timezone_name != "UTC":
        # R-LPW-9: back in its own zone with the same fields and fold, so equal also in the
        # repeated hour: an Amsterdam moment by its offset, another by its zone's name.
        assert gelezen.timezone_name == moment.timezone_name
        assert (gelezen.fold, gelezen.isoformat()) == (moment.fold, moment.isoformat())
    assert gelezen == moment


@given(moment=_momenten_rond_de_omschakeling(gewone_zoneinfo=True))
def test_een_gebeurtenis_in_elke_zone_overleeft_de_rondgang_via_json(moment):
    # Also in a zone's repeated autumn hour, where a fixed offset would not compare equal, and
    # for a moment in a plain zoneinfo zone (the event holds pendulum's zone of that name).
    g = Geescaleerd(moment, Escalatie.ACTIETAFEL)
    terug = from_dict(Geescaleerd, json.loads(json.dumps(to_dict(g))))
    assert terug == g
    assert terug.moment.fold == moment.fold
    # (pendulum's in_timezone misreads a plain zoneinfo zone in the repeated hour: stdlib here)
    utc = dt.UTC
    assert dt.datetime.astimezone(terug.moment, utc) == dt.datetime.astimezone(moment, utc)


@given(moment=_momenten_rond_de_omschakeling(gewone_zoneinfo=True))
def test_een_moment_in_een_gewone_zoneinfo_zone_krijgt_de_zone_van_pendulum(moment):
    g = Geescaleerd(moment, Escalatie.ACTIETAFEL)
    assert type(g.moment.tzinfo) is not zoneinfo.ZoneInfo
    assert g.moment.timezone_name == moment.tzinfo.key
    assert (g.moment.isoformat(), g.moment.fold) == (moment.isoformat(), moment.fold)
    i = ontvang(voorbeeld.hulpvraag(), moment)
    assert i.gebeurtenissen[0].moment.tzinfo is g.moment.tzinfo
    assert i.gebeurtenissen[0].moment.isoformat() == moment.isoformat()


@given(data=st.data(), uren=st.sampled_from([1, 2]), gewoon=st.booleans())
def test_een_moment_met_de_vaste_offset_van_amsterdam_komt_terug_met_die_offset(data, uren, gewoon):
    # A fixed +01:00 or +02:00, Amsterdam's own offsets. In Amsterdam's repeated autumn hour
    # (clocks back at 01:00 UTC: its first pass was +02:00, the second +01:00) such a moment read
    # back in Amsterdam would not equal it (PEP 495): there the offset is written as its zone,
    # as RFC 9557 allows, and read back as that fixed offset. Elsewhere it reads back in
    # Amsterdam when Amsterdam has that offset then, as before.
    utc, omschakeling = _utc_rond_de_omschakeling(data.draw)
    offset = dt.timedelta(hours=uren)
    zone = dt.timezone(offset) if gewoon else pendulum.FixedTimezone(uren * 3600)
    moment = dt.datetime.astimezone(utc, zone)
    g = Geescaleerd(moment, Escalatie.ACTIETAFEL)
    tekst = to_dict(g)["moment"]
    eerste_keer = omschakeling.subtract(hours=1) <= utc < omschakeling and uren == 2
    tweede_keer = omschakeling <= utc < omschakeling.add(hours=1) and uren == 1
    dubbel = omschakeling.month == 10 and (eerste_keer or tweede_keer)
    assert tekst == moment.isoformat() + (f"[+0{uren}:00]" if dubbel else "")
    terug = from_dict(Geescaleerd, json.loads(json.dumps(to_dict(g))))
    assert terug == g
    assert terug.moment.utcoffset() == offset
    assert terug.moment.isoformat() == moment.isoformat()
    if dubbel:
        assert type(terug.moment.tzinfo) is pendulum.FixedTimezone


def _terugschakelingen():
    """Every instant (UTC) Amsterdam's clocks went back, 1900–2040, with the offsets before and
    after: found by scanning the time zone database in use (each day at noon UTC, then halving
    the day whose offset fell, to the second), not from any rule."""
    amsterdam = zoneinfo.ZoneInfo("Europe/Amsterdam")

    def offset(moment):
        return moment.astimezone(amsterdam).utcoffset()

    dag = dt.datetime(1900, 1, 1, 12, tzinfo=dt.UTC)
    while dag.year < 2040:
        volgende = dag + dt.timedelta(days=1)
        if offset(volgende) < offset(dag):
            # The offset changes after second laag, at or before second hoog.
            laag, hoog = int(dag.timestamp()), int(volgende.timestamp())
            while hoog - laag > 1:
                midden = (laag + hoog) // 2
                if offset(dt.datetime.fromtimestamp(midden, dt.UTC)) == offset(dag):
                    laag = midden
                else:
                    hoog = midden
            yield dt.datetime.fromtimestamp(hoog, dt.UTC), offset(dag), offset(volgende)
        dag = volgende


def test_een_vast_moment_in_elk_dubbel_uur_van_amsterdam_komt_gelijk_terug():
    # In each hour Amsterdam repeated since 1900 (the transitions of its first DST years, the
    # war, 1977–1995 and since), a moment with the offset Amsterdam had then, fixed or in UTC,
    # reads back equal: with its offset as its zone. Just outside that hour, no zone is written.
    gevonden = 0
    for omschakeling, voor, na in _terugschakelingen():
        duur = voor - na  # how long the repeated stretch lasted
        for utc, offset, dubbel in [
            (omschakeling - duur / 2, voor, True),  # its first pass
            (omschakeling + duur / 2, na, True),  # its second pass
            (omschakeling - duur - dt.timedelta(seconds=1), voor, False),
            (omschakeling + duur, na, False),
        ]:
            zones = [dt.timezone(offset), pendulum.FixedTimezone(int(offset.total_seconds()))]
            if not offset:
                zones.append(pendulum.UTC)
            for zone in zones:
                moment = dt.datetime.astimezone(utc, zone)
                g = Geescaleerd(moment, Escalatie.ACTIETAFEL)
                tekst = to_dict(g)["moment"]
                achter = f"[{moment.isoformat()[19:]}]" if dubbel else ""
                assert tekst == moment.isoformat() + achter, (utc, zone)
                assert from_dict(Geescaleerd, json.loads(json.dumps(to_dict(g)))) == g
        gevonden += 1
    assert gevonden > 50  # every autumn since 1977, and earlier ones


def test_ook_met_de_zonedata_van_het_pakket_tzdata(tmp_path):
    # Without the system's time zone data Python uses the tzdata package, whose Amsterdam (a
    # link to Brussels since 2025) had +00:00 as its winter offset until 1940: there a moment
    # in UTC needs its zone written too. The test above, run on that data.
    omgeving = {**os.environ, "PYTHONTZPATH": ""}
    klaar = subprocess.run(  # noqa: S603 - our own interpreter and test
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:randomly",
            "-p",
            "no:cacheprovider",
            f"{__file__}::test_een_vast_moment_in_elk_dubbel_uur_van_amsterdam_komt_gelijk_terug",
        ],
        env=omgeving,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert klaar.returncode == 0, klaar.stdout[-3000:]


def test_een_moment_in_londen_in_het_dubbele_uur_komt_terug_in_londen():
    # 25 October 2015: 01:30 happened twice in London, at 00:30 and at 01:30 UTC.
    for utc in (pendulum.datetime(2015, 10, 25, 0, 30), pendulum.datetime(2015, 10, 25, 1, 30)):
        moment = utc.in_timezone("Europe/London")
        d = to_dict(Geescaleerd(moment, Escalatie.ACTIETAFEL))
        assert d["moment"] == f"2015-10-25T01:30:00{moment.strftime('%z')[:3]}:00[Europe/London]"
        gelezen = from_dict(Geescaleerd, d).moment
        assert gelezen == moment
        assert gelezen.in_timezone("UTC") == utc
        assert (gelezen.timezone_name, gelezen.fold) == ("Europe/London", moment.fold)


@pytest.mark.parametrize(
    "sleutel",
    [None, "Londen en omstreken", "Europe/" + "L" * 80, "localtime", "right/Europe/London"],
)
def test_een_zone_zonder_bruikbare_naam_wordt_met_haar_offset_geschreven(sleutel):
    bestand = importlib.resources.files("tzdata.zoneinfo.Europe").joinpath("London")
    with bestand.open("rb") as f:
        zone = zoneinfo.ZoneInfo.from_file(f, key=sleutel)
    moment = pendulum.DateTime(2015, 7, 1, 12, tzinfo=zone)
    tekst = _unstructure_moment(moment)
    assert tekst == "2015-07-01T12:00:00+01:00"
    assert _structure_moment(tekst, pendulum.DateTime) == moment


def test_alleen_de_eigen_zone_van_een_naam_wordt_die_van_pendulum():
    # London's rules under Amsterdam's name (from a file), and a zone made outside the cache:
    # kept as they are, not swapped for the zone the name would give.
    bestand = importlib.resources.files("tzdata.zoneinfo.Europe").joinpath("London")
    with bestand.open("rb") as f:
        vermomd = zoneinfo.ZoneInfo.from_file(f, key="Europe/Amsterdam")
    for zone in (vermomd, zoneinfo.ZoneInfo.no_cache("Europe/London")):
        moment = pendulum.DateTime(2015, 7, 1, 12, tzinfo=zone)
        assert Geescaleerd(moment, Escalatie.ACTIETAFEL).moment.tzinfo is zone
    gewoon = pendulum.DateTime(2015, 7, 1, 12, tzinfo=zoneinfo.ZoneInfo("Europe/London"))
    assert Geescaleerd(gewoon, Escalatie.ACTIETAFEL).moment.tzinfo is pendulum.timezone(
        "Europe/London"
    )


def test_een_zone_waarvan_de_offset_niet_klopt_houdt_het_tijdstip():
    # London is at +01:00 in July: the offset fixes the instant, the name where it is shown.
    gelezen = from_dict(Geescaleerd, _geescaleerd("2015-07-01T12:00:00+00:00[Europe/London]"))
    assert gelezen.moment == pendulum.datetime(2015, 7, 1, 12)
    assert gelezen.moment.timezone_name == "Europe/London"
    assert gelezen.moment.hour == 13


@pytest.mark.parametrize(
    ("tekst", "uur", "offset"),
    [
        ("2016-01-04T09:00:00+01:00[+01:00]", 9, dt.timedelta(hours=1)),  # not read as Amsterdam
        ("2016-01-04T09:00:00+01:00[+02:00]", 10, dt.timedelta(hours=2)),  # shown at +02:00
        ("2016-01-04T09:00:00+01:00[-00:30:15]", 7, -dt.timedelta(minutes=30, seconds=15)),
    ],
)
def test_een_vaste_offset_als_zone_geeft_die_offset(tekst, uur, offset):
    gelezen = from_dict(Geescaleerd, _geescaleerd(tekst)).moment
    assert gelezen == pendulum.datetime(2016, 1, 4, 8)  # the instant, by the first offset
    assert type(gelezen.tzinfo) is pendulum.FixedTimezone
    assert (gelezen.hour, gelezen.utcoffset()) == (uur, offset)


@pytest.mark.parametrize(
    ("tekst", "melding"),
    [
        ("2015-10-25T01:30:00+00:00[Nowhere/City]", "known time zone"),
        ("2015-10-25T01:30:00+00:00[Europe]", "known time zone"),
        ("2015-10-25T01:30:00+00:00[" + "A" * 300 + "]", "time zone name"),
        ("2015-10-25T01:30:00+00:00[localtime]", "time zone name"),
        ("2015-10-25T01:30:00+00:00[posixrules]", "time zone name"),
        ("2015-10-25T01:30:00+00:00[Factory]", "time zone name"),
        ("2015-10-25T01:30:00+00:00[right/Europe/London]", "time zone name"),
        ("2015-10-25T01:30:00+00:00[posix/Europe/London]", "time zone name"),
        ("2015-10-25T01:30:00+00:00[../../etc/passwd]", "time zone name"),
        ("2015-10-25T01:30:00+00:00[!Europe/London]", "time zone name"),
        ("2015-10-25T01:30:00+00:00[Europe/London][u-ca=iso8601]", "time zone name"),
        ("2015-10-25T01:30:00+00:00[+1:00]", "UTC offset in brackets"),
        ("2015-10-25T01:30:00+00:00[+24:00]", "UTC offset in brackets"),
        ("2015-10-25T01:30:00+00:00[+01:00:00.5000000]", "UTC offset in brackets"),
        ("2015-10-25T01:30:00+00:00[-01:00junk]", "UTC offset in brackets"),
        ("2015-10-25T01:30:00+00:00[Europe/London", "ISO 8601"),
        ("2015-10-25T01:30:00[Europe/London]", "UTC offset"),
        ("gisteren[Europe/London]", "ISO 8601"),
        ("gisteren", "ISO 8601"),
    ],
)
def test_een_verkeerde_zonenaam_wordt_geweigerd_zonder_de_waarde_te_noemen(tekst, melding):
    with pytest.raises(StructureError, match=melding) as info:
        from_dict(Geescaleerd, _geescaleerd(tekst))
    assert "moment" in str(info.value)
    for deel in ("Nowhere", "passwd", "gisteren", "AAAA", "u-ca", "!Europe", "junk", "24:00"):
        assert deel not in str(info.value)


def test_een_genummerde_vraag_leest_als_haar_nummer_en_niet_als_waar():
    d = {"vraag": 1, "antwoorden": 2, "laatst": "2015-09-01"}
    assert from_dict(Vraagstand, d).vraag is RegionaleVraag.THUISZITTERS
    for fout in (True, 1.0, "1", 7):
        with pytest.raises(StructureError, match=r"expected one of .* @ \$\.vraag"):
            from_dict(Vraagstand, {**d, "vraag": fout})


# --- parties read once: equal dicts give the very same Partij ------------------------------------


@given(partij=gst.partijen())
def test_gelijke_partijen_worden_een_keer_gelezen(partij):
    d = to_dict(partij)
    eerste, tweede = from_dict(Partij, d), from_dict(Partij, dict(d))
    assert eerste == partij
    assert tweede is eerste


def test_een_partij_in_een_interventie_is_een_waarde_die_gedeeld_wordt():
    i = from_dict(Interventie, to_dict(voorbeeld.afgeronde_interventie()))
    partijen = [p for g in i.gebeurtenissen for p in getattr(g, "deelnemers", ())]
    assert len(partijen) > len({id(p) for p in partijen})  # shared, not copied


@pytest.mark.parametrize(
    ("wijziging", "pad"),
    [
        ({"naam": ""}, "Partij.naam"),
        ({"naam": ["lijst"]}, "$.naam"),  # a list is no text
        ({"rol": "koning"}, "$.rol"),
        ({"extra": 1}, "extra"),
        ({"rol": "overig"}, "Partij.omschrijving"),  # R-ACT-3, across fields
    ],
)
def test_een_foute_partij_wordt_ook_na_een_goede_gemeld(wijziging, pad):
    goed = to_dict(voorbeeld.partijen()["swv"])
    assert from_dict(Partij, goed) == voorbeeld.partijen()["swv"]
    with pytest.raises(StructureError) as info:
        from_dict(Partij, goed | wijziging)
    assert any(pad in fout for fout in info.value.errors), info.value.errors
    assert from_dict(Partij, goed) == voorbeeld.partijen()["swv"]  # the cache is intact


class _Tekst(str):
    """A text that is not a plain str (as numpy.str_ is)."""

    __slots__ = ()


def test_een_tekst_die_geen_str_is_wordt_gelezen_als_de_tekst_die_hij_is():
    # As the constructors take it; the value holds a plain str (also a remembered party).
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
