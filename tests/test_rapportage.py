"""Annual figures from case data (R-RAP): the published 2015–2016 figures, rules, properties."""

import json
from collections import Counter
from decimal import Decimal

import attrs
import jsonschema
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import (
    Afgerond,
    Afrondingsverklaring,
    BetrokkenLeerling,
    Doorverwezen,
    Escalatie,
    Geaccepteerd,
    Geescaleerd,
    GesprekGevoerd,
    Heropend,
    Hulpvraag,
    Interventie,
    InvalidValueError,
    Kanaal,
    LeerlingSituatie,
    Overdrachtsvoorstel,
    Overgedragen,
    Partij,
    RefusedError,
    ResultaatGeboekt,
    Rol,
    Schooljaar,
    SparringRol,
    Status,
    StructureError,
    SystemischeVraagOpgepakt,
    accepteer,
    boek_resultaat,
    draag_over,
    from_dict,
    heropen,
    is_systeemvraagcode,
    jaarverslag2015,
    json_schema,
    ontvang,
    pak_systemische_vraag_op,
    pas_toe,
    rond_af,
    schooljaar_van,
    systeemvraag,
    to_dict,
    verwijs_door,
    voorbeeld,
)
from gedragswerk_core import strategies as gst
from gedragswerk_core.rapportage.contact import Bellertype
from gedragswerk_core.rapportage.jaarcijfers import (
    Jaarcijfers,
    Labeltelling,
    Maandtelling,
    Systeemvraagtelling,
    jaarcijfers,
)
from gedragswerk_core.tafels import stel_actietafel_in, treed_toe, vertrek

AMS = "Europe/Amsterdam"
SJ = Schooljaar(2015)

# --- strategies (to move into gedragswerk_core.strategies) ---

_ZONES = [AMS, "UTC", "America/New_York", "Pacific/Kiritimati", "Etc/GMT+12"]
# Midnight in Amsterdam on the 1st of every month from June 2015 to October 2016.
_GRENZEN = [pendulum.datetime(2015 + (m > 12), (m - 1) % 12 + 1, 1, tz=AMS) for m in range(6, 23)]
_REGIOS = ["Tiel", " Tiel", "tiel", "Utrecht", "Zeeland 1"]
_VRAGEN = ["SYS-01", "sys-13", " SYS-13", "SYS-16", "eigen vraag", "eigen vraag ", "<b>x</b>"]
_TAFELS = [None, "Tiel", "Tiel ", "Utrecht", "a | b"]
_PARTIJEN = (Partij("SWV", Rol.SAMENWERKINGSVERBAND),)
_VOORSTEL = Overdrachtsvoorstel(Partij("OC", Rol.ONDERWIJSCONSULENT), True, True, True)


@st.composite
def momenten(draw):
    """Moments within three days of a month boundary, or anywhere mid-2014 to 2017."""
    if draw(st.booleans()):
        grens = draw(st.sampled_from(_GRENZEN))
        moment = grens.add(seconds=draw(st.integers(-3 * 86_400, 3 * 86_400)))
    else:
        moment = pendulum.datetime(2014, 6, 1, tz="UTC").add(
            seconds=draw(st.integers(0, 3 * 366 * 86_400))
        )
    return moment.in_timezone(draw(st.sampled_from(_ZONES)))


@st.composite
def hulpvragen(draw):
    refs = draw(
        st.lists(st.sampled_from(["L-1", "L-2", "L-3"]), min_size=1, max_size=3, unique=True)
    )
    return Hulpvraag(
        vrager=Partij("Leerplicht", Rol.LEERPLICHTAMBTENAAR),
        leerlingen=tuple(BetrokkenLeerling(r, LeerlingSituatie.THUISZITTER) for r in refs),
        regio=draw(st.sampled_from(_REGIOS)),
        kanaal=Kanaal.TELEFOON,
        # Mostly accepted at intake (R-LC-7), so the lifecycle gets going.
        consulenten_betrokken=draw(st.sampled_from([True, True, True, False])),
        systemisch_aspect=draw(st.sampled_from([True, True, True, False])),
    )


_VELDEN = {
    GesprekGevoerd: lambda _draw, _i: (_PARTIJEN, SparringRol.ADVISEUR),
    ResultaatGeboekt: lambda draw, i: (draw(st.sampled_from(sorted(i.hulpvraag.refs))),),
    SystemischeVraagOpgepakt: lambda draw, _i: (draw(st.sampled_from(_VRAGEN)),),
    Geescaleerd: lambda draw, _i: (
        draw(st.sampled_from(Escalatie)),
        draw(st.sampled_from(_TAFELS)),
    ),
    Afgerond: lambda _draw, _i: (Afrondingsverklaring(oplossing_gevonden=True),),
    Overgedragen: lambda _draw, _i: (_VOORSTEL,),
    Heropend: lambda _draw, _i: ("nieuwe vraag",),
}


def _gebeurtenis(draw, soort, moment, interventie):
    velden = _VELDEN.get(soort, lambda _draw, _i: ())(draw, interventie)
    return soort(moment, *velden)


_SOORTEN = [
    Geaccepteerd,
    Geaccepteerd,
    Doorverwezen,
    GesprekGevoerd,
    ResultaatGeboekt,
    SystemischeVraagOpgepakt,
    Geescaleerd,
    Afgerond,
    Overgedragen,
    Heropend,
]


@st.composite
def interventies(draw):
    """Interventions near month and year boundaries, moments in several time zones."""
    i = ontvang(draw(hulpvragen()), draw(momenten()))
    for _ in range(draw(st.integers(0, 8))):
        laatste = i.toestand.laatste
        if draw(st.booleans()):
            # Jump to around the end of the school year: events on both sides of 31 July.
            grens = pendulum.datetime(schooljaar_van(laatste).startjaar + 1, 8, 1, tz=AMS)
            moment = max(laatste, grens.add(seconds=draw(st.integers(-2 * 86_400, 2 * 86_400))))
        else:
            moment = laatste.add(seconds=draw(st.integers(0, 2 * 86_400) | st.integers(0, 10**7)))
        moment = moment.in_timezone(draw(st.sampled_from(_ZONES)))
        g = _gebeurtenis(draw, draw(st.sampled_from(_SOORTEN)), moment, i)
        try:
            i = pas_toe(i, g)
        except RefusedError:
            continue
    return i


logs = st.lists(interventies(), max_size=8)

# --- an independent reference: the library's own fold on the events up to 31 July ---------------


def _dag(moment):
    return moment.in_timezone(AMS).date()


def referentie(log, sj):
    """The figures worked out the slow, obvious way (R-RAP-2, seed 002 §3.1.1): per intervention
    its events split by the Amsterdam day into before, in and after the year; carried out when it
    has an event in the year or was open on 1 August; the status is `Interventie`'s own fold."""
    status, maanden, esc = Counter(), Counter(), Counter()
    vragen, overig, codes = Counter(), Counter(), Counter()
    regios, passend, n, gestart = set(), 0, 0, 0
    for i in log:
        voor = tuple(g for g in i.gebeurtenissen if _dag(g.moment) < sj.begin)
        binnen = [g for g in i.gebeurtenissen if sj.begin <= _dag(g.moment) <= sj.einde]
        if not binnen and not (voor and Interventie(voor).is_open):
            continue
        n += 1
        begin = _dag(i.toestand.begin)
        if sj.begin <= begin:
            gestart += 1
            maanden[begin.year, begin.month] += 1
        prefix = tuple(g for g in i.gebeurtenissen if _dag(g.moment) <= sj.einde)
        t = Interventie(prefix).toestand
        status[Status.LOPEND if t.status is Status.ONTVANGEN else t.status] += 1
        regios.add(t.hulpvraag.regio.strip())
        for g in binnen:
            if isinstance(g, Geescaleerd):
                esc[g.naar] += 1
            elif isinstance(g, ResultaatGeboekt):
                passend += 1
            elif isinstance(g, SystemischeVraagOpgepakt):
                vragen[g.vraag] += 1
    for label, k in vragen.items():
        if is_systeemvraagcode(label):
            codes[systeemvraag(label).code] += k
        else:
            overig[label.strip()] += k
    return {
        "interventies": n,
        "gestart": gestart,
        "regios": sorted(regios),
        "status": {s: status[s] for s in Status if s is not Status.ONTVANGEN},
        "maanden": dict(maanden),
        "passend": passend,
        "escalaties": (esc[Escalatie.ACTIETAFEL], esc[Escalatie.INTERVENTIETEAM]),
        "codes": dict(codes),
        "overig": dict(overig),
    }


def _als_dict(c):
    return {
        "interventies": c.interventies,
        "gestart": c.gestart,
        "regios": list(c.regios),
        "status": {
            Status.LOPEND: c.lopend.teller,
            Status.AFGEROND: c.afgerond.teller,
            Status.OVERGEDRAGEN: c.overgedragen.teller,
            Status.DOORVERWEZEN: c.doorverwezen.teller,
        },
        "maanden": {(m.jaar, m.maand): m.aantal for m in c.intake_per_maand if m.aantal},
        "passend": c.passend_onderwijs,
        "escalaties": (c.escalaties_actietafel, c.escalaties_interventieteam),
        "codes": {s.code: s.aantal for s in c.systeemvragen},
        "overig": {s.label: s.aantal for s in c.overige_systeemvragen},
    }


# --- must show 1: the published figures of 2015–2016 (seed 002 §3.1.1) -------------------------


@pytest.fixture(scope="module")
def cijfers_2015():
    return jaarcijfers(
        jaarverslag2015.interventies(),
        SJ,
        jaarverslag2015.contacten(),
        tafels=jaarverslag2015.actietafels(),
    )


def test_de_gepubliceerde_cijfers_van_2015_2016(cijfers_2015):
    c = cijfers_2015
    assert c.interventies == 178
    assert c.aantal_regios == 132
    assert (c.afgerond.teller, c.afgerond.noemer) == (112, 178)
    assert c.afgerond.percentage(0) == Decimal(63)
    assert c.aantal_contacten == c.telefonische_contacten == 232
    per_beller = {b: c.contact(b).aantal for b in Bellertype}
    assert per_beller == {
        Bellertype.PROFESSIONAL: 120,
        Bellertype.LEERPLICHTAMBTENAAR: 64,
        Bellertype.OUDER: 48,
        Bellertype.OVERIG: 0,
    }
    assert 120 + 64 + 48 == 232


def test_de_overige_cijfers_van_2015_2016(cijfers_2015):
    c = cijfers_2015
    assert c.passend_onderwijs == 90  # "circa 90 kinderen"
    # seed 002 §3.1.1: 19 tables, named by place.
    assert c.aantal_actietafels == 19
    assert {"Alkmaar", "Tiel", "Tynaarlo", "Utrecht", "Friesland Zuid Oost"} <= set(c.actietafels)
    assert len(c.systeemvragen) == 16  # every catalogued question was taken up
    # seed 002 §3.1.1: "in de overige gevallen ... langer durende betrokkenheid": all 66 open.
    assert c.lopend.teller == 178 - 112
    assert c.overgedragen.teller == c.doorverwezen.teller == 0
    assert c.gestart == 177  # one of the 178 started in May 2015 (R-RAP-2)


def test_de_intake_per_maand_zoals_het_verslag_beschrijft(cijfers_2015):
    maanden = {m.maand: m.aantal for m in cijfers_2015.intake_per_maand}
    assert min(maanden.values()) >= 1  # requests came in every month
    op_drukte = sorted(maanden, key=maanden.get)
    assert set(op_drukte[-4:]) == {9, 10, 1, 3}  # September, October, January, March
    assert set(op_drukte[:2]) == {8, 12}  # August and December the quietest


def test_het_verslag_als_markdown_html_en_json(cijfers_2015):
    md = cijfers_2015.to_markdown()
    assert md.startswith("## Jaarcijfers 2015–2016")
    assert "| interventions carried out (R-RAP-2) | 178 |" in md
    assert "| regions | 132 |" in md
    assert "| september 2015 | 22 |" in md
    assert "a \\| b" not in md  # no such label in the case log
    html = cijfers_2015._repr_html_()
    assert html == cijfers_2015.to_html()
    assert "<td>178</td>" in html
    data = to_dict(cijfers_2015)
    assert json.loads(json.dumps(data)) == data
    assert data["afgerond"] == {
        "teller": 112,
        "noemer": 178,
        "noemer_omschrijving": "interventions carried out in the school year",
    }
    assert from_dict(Jaarcijfers, data) == cijfers_2015
    jsonschema.validate(data, json_schema(Jaarcijfers))


def test_de_gebeurtenissen_na_31_juli_tellen_niet_mee(cijfers_2015):
    # The case log closes some open interventions in September 2016 and books one pupil in
    # August 2016; 2015–2016 still sees them open and without that pupil.
    # R-RAP-2 (seed 002 §3.1.1): the 66 still open carry over into 2016–2017, and the
    # closings of September 2016 count there.
    na = jaarcijfers(jaarverslag2015.interventies(), Schooljaar(2016))
    assert na.gestart == 2  # started in 2016–2017
    assert na.interventies == 66 + 2
    # 15 early and the latest 51 stay open; those with k % 3 == 0 close in September 2016.
    lopend = [k for k in range(126) if k % 17 in (6, 14)] + list(range(126, 177))
    assert len(lopend) == 66
    assert na.afgerond.teller == sum(1 for k in lopend if k % 3 == 0)
    assert na.passend_onderwijs == 1  # the pupil booked in August 2016
    assert cijfers_2015.lopend.teller == 66


# --- must show 3: an intervention counts in one school year, by its start in Amsterdam ----------


def _hulpvraag(regio="Tiel"):
    return attrs.evolve(voorbeeld.hulpvraag(), regio=regio)


@pytest.mark.parametrize(
    ("start", "startjaar", "maand"),
    [
        (pendulum.datetime(2015, 7, 31, 21, 59, 59, tz="UTC"), 2014, 7),  # 23:59:59 Amsterdam
        (pendulum.datetime(2015, 7, 31, 22, 0, tz="UTC"), 2015, 8),  # 00:00 on 1 August
        (pendulum.datetime(2015, 7, 31, 14, 30, tz="Etc/GMT+10"), 2015, 8),  # 02:30 on 1 Aug
        (pendulum.datetime(2015, 8, 1, 8, 0, tz="Pacific/Kiritimati"), 2014, 7),  # 20:00, 31 Jul
        (pendulum.datetime(2015, 9, 30, 22, 30, tz="UTC"), 2015, 10),  # 00:30 on 1 October
        (pendulum.datetime(2015, 12, 31, 23, 30, tz="UTC"), 2015, 1),  # winter time: 1 January
        (pendulum.datetime(2016, 2, 29, 23, 0, tz="UTC"), 2015, 3),  # 00:00 on 1 March
        (pendulum.datetime(2016, 7, 31, 23, 59, tz=AMS), 2015, 7),
        (pendulum.datetime(2016, 7, 31, 22, 0, tz="UTC"), 2016, 8),
        (pendulum.datetime(2016, 5, 10, 12, tz="America/New_York"), 2015, 5),
    ],
)
def test_een_interventie_telt_in_het_schooljaar_en_de_maand_van_haar_start(start, startjaar, maand):
    i = verwijs_door(ontvang(voorbeeld.ouders_hulpvraag(), start), start)  # closed at once
    for jaar in (startjaar - 1, startjaar, startjaar + 1):
        c = jaarcijfers([i], Schooljaar(jaar))
        assert c.interventies == c.gestart == (jaar == startjaar)
        if jaar == startjaar:
            assert [m.maand for m in c.intake_per_maand if m.aantal] == [maand]


@given(logs)
def test_elke_interventie_start_in_precies_een_schooljaar(log):
    # R-RAP-2 (seed 002 §3.1.1): started in one year; carried out in every year it ran.
    for i in log:
        gestart = {j: jaarcijfers([i], Schooljaar(j)).gestart for j in range(2013, 2019)}
        assert sum(gestart.values()) == 1
        assert gestart[schooljaar_van(i.toestand.begin).startjaar] == 1


def test_een_interventie_over_twee_schooljaren_telt_in_beide_met_haar_gebeurtenissen():
    # Must show (issue 17 point 7), R-RAP-2, seed 002 §3.1.1 ("178 interventies uitgevoerd";
    # "van de 178 ... 112 gedurende het schooljaar afgerond"): started May 2015, result in
    # September 2015, afgerond in October 2015.
    i = _lopend(_m(2015, 5, 12))
    i = pak_systemische_vraag_op(i, _m(2015, 6, 1), "SYS-04")
    i = boek_resultaat(i, _m(2015, 9, 14), i.hulpvraag.leerlingen[0].ref)
    i = _af(i, _m(2015, 10, 5))
    vorig, dit, volgend = (jaarcijfers([i], Schooljaar(j)) for j in (2014, 2015, 2016))
    assert (vorig.interventies, vorig.gestart, vorig.lopend.teller) == (1, 1, 1)
    assert (vorig.afgerond.teller, vorig.passend_onderwijs) == (0, 0)
    assert [s.code for s in vorig.systeemvragen] == ["SYS-04"]
    assert (dit.interventies, dit.gestart, dit.afgerond.teller, dit.passend_onderwijs) == (
        1,
        0,
        1,
        1,
    )
    assert dit.systeemvragen == ()
    assert volgend.interventies == 0  # closed before 2016–2017


def test_een_lopende_interventie_zonder_gebeurtenissen_in_het_jaar_telt_als_uitgevoerd():
    # R-RAP-2 (seed 002 §3.1.1): still running counts as carried out; closed before does not.
    lopend = _lopend(_m(2014, 10, 1))
    af = _af(_lopend(_m(2014, 10, 1)), _m(2015, 7, 31, 21, 30, tz="UTC"))  # 23:30 on 31 July
    c = jaarcijfers([lopend, af], SJ)
    assert (c.interventies, c.gestart, c.lopend.teller) == (1, 0, 1)


# --- the status on 31 July (R-LC-5, R-LC-6, R-LC-7, R-LC-8) -------------------------------------


def _m(*args, tz=AMS):
    return pendulum.datetime(*args, tz=tz)


def _lopend(start=None):
    start = start or _m(2015, 9, 1, 10)
    return accepteer(ontvang(_hulpvraag(), start), start.add(days=1))


def _af(i, moment):
    return rond_af(i, moment, Afrondingsverklaring(oplossing_gevonden=True))


_ONTVANGEN_ALLEEN = ontvang(_hulpvraag(), _m(2016, 7, 1))
_DOORVERWEZEN = verwijs_door(
    ontvang(voorbeeld.ouders_hulpvraag(), _m(2015, 10, 1)), _m(2015, 10, 2)
)


@pytest.mark.parametrize(
    ("interventie", "verwacht"),
    [
        (_af(_lopend(), _m(2016, 7, 31, 23, 30)), "afgerond"),
        (_af(_lopend(), _m(2016, 7, 31, 22, 30, tz="UTC")), "lopend"),  # 1 Aug in Amsterdam
        (heropen(_af(_lopend(), _m(2016, 3, 1)), _m(2016, 5, 1), "terug"), "lopend"),
        (heropen(_af(_lopend(), _m(2016, 3, 1)), _m(2016, 8, 2), "terug"), "afgerond"),
        (
            _af(heropen(_af(_lopend(), _m(2016, 3, 1)), _m(2016, 4, 1), "x"), _m(2016, 6, 1)),
            "afgerond",
        ),
        (_DOORVERWEZEN, "doorverwezen"),
        (heropen(_DOORVERWEZEN, _m(2015, 11, 1), "toch"), "lopend"),  # received again: open
        (heropen(_DOORVERWEZEN, _m(2016, 8, 1), "toch"), "doorverwezen"),
        (
            _af(heropen(_af(_lopend(), _m(2016, 3, 1)), _m(2016, 5, 1), "x"), _m(2016, 9, 1)),
            "lopend",
        ),
        (
            draag_over(heropen(_DOORVERWEZEN, _m(2015, 11, 1), "toch"), _m(2016, 8, 5), _VOORSTEL),
            "lopend",
        ),
        (draag_over(_lopend(), _m(2016, 2, 1), _VOORSTEL), "overgedragen"),
        (draag_over(_lopend(), _m(2016, 8, 1, 0, 5), _VOORSTEL), "lopend"),
        (_ONTVANGEN_ALLEEN, "lopend"),
        (accepteer(_ONTVANGEN_ALLEEN, _m(2016, 8, 3)), "lopend"),
        (_lopend(), "lopend"),
    ],
)
def test_de_status_op_31_juli_verdeelt_de_interventies(interventie, verwacht):
    c = jaarcijfers([interventie], SJ)
    delen = {
        "afgerond": c.afgerond,
        "lopend": c.lopend,
        "overgedragen": c.overgedragen,
        "doorverwezen": c.doorverwezen,
    }
    assert {naam: d.teller for naam, d in delen.items()} == {
        naam: int(naam == verwacht) for naam in delen
    }


def test_alleen_leerlingen_geboekt_voor_1_augustus_tellen():
    i = _lopend()
    i = boek_resultaat(i, _m(2016, 7, 31, 21, tz="UTC"), "L-2015-017")  # 23:00 in Amsterdam
    i = boek_resultaat(i, _m(2016, 7, 31, 22, 30, tz="UTC"), "L-2015-018")  # 00:30, 1 August
    assert jaarcijfers([i], SJ).passend_onderwijs == 1
    assert jaarcijfers([i, i], SJ).passend_onderwijs == 2  # per intervention, not per pupil


# --- systemic questions, actietafels, regions ---------------------------------------------------


def test_systeemvragen_tellen_per_catalogus_code_de_rest_apart():
    i = _lopend()
    for n, vraag in enumerate(["SYS-13", "sys-13", " SYS-09", "Wie doet wat?", "Wie doet wat? "]):
        i = pak_systemische_vraag_op(i, _m(2015, 10, 1 + n), vraag)
    i = pak_systemische_vraag_op(i, _m(2016, 8, 1, 1), "SYS-09")  # after the year: not counted
    c = jaarcijfers([i], SJ)
    assert c.systeemvragen == (Systeemvraagtelling("SYS-13", 2), Systeemvraagtelling("SYS-09", 1))
    assert c.systeemvragen[0].systeemvraag.label == "wie heeft welke rol"
    assert c.overige_systeemvragen == (Labeltelling("Wie doet wat?", 2),)


def test_gelijk_gerangschikte_systeemvragen_staan_op_code():
    i = _lopend()
    for n, vraag in enumerate(["SYS-16", "SYS-02", "zeta", "alfa"]):
        i = pak_systemische_vraag_op(i, _m(2015, 10, 1 + n), vraag)
    c = jaarcijfers([i], SJ)
    assert [s.code for s in c.systeemvragen] == ["SYS-02", "SYS-16"]
    assert [s.label for s in c.overige_systeemvragen] == ["alfa", "zeta"]


def _escaleer(i, moment, naar, tafel=None):
    return pas_toe(i, Geescaleerd(moment, naar, tafel=tafel))


def test_escalaties_tellen_in_het_jaar_maar_zijn_geen_tafels():
    i = _lopend()
    i = _escaleer(i, _m(2015, 10, 1), Escalatie.ACTIETAFEL, "Tiel")
    i = _escaleer(i, _m(2015, 10, 3), Escalatie.ACTIETAFEL)  # no label
    i = _escaleer(i, _m(2015, 10, 4), Escalatie.INTERVENTIETEAM, "Den Haag")
    i = _escaleer(i, _m(2016, 8, 4), Escalatie.ACTIETAFEL, "Utrecht")  # after the year
    c = jaarcijfers([i], SJ)
    assert (c.escalaties_actietafel, c.escalaties_interventieteam) == (2, 1)
    assert c.actietafels == ()  # R-TAF-1: tables come from participation, not escalations


def _tafel(naam, lid_van, tot=None):
    gw = Partij("Gedragswerk", Rol.SPARRING_PARTNER)
    t = stel_actietafel_in(naam, naam, _m(2014, 1, 1))
    t = treed_toe(t, lid_van, gw)
    return t if tot is None else vertrek(t, tot, gw)


def test_de_tafels_van_het_jaar_komen_uit_deelname():
    # R-TAF-1, seed 002 §3.1.1 ("structureel deelgenomen aan 19 actie- of thuiszitterstafels").
    tafels = [
        _tafel("Tiel", _m(2014, 9, 1)),  # member since before the year
        _tafel("Ede", _m(2016, 7, 31, 23)),  # joined on the last day
        _tafel("Zeist", _m(2014, 9, 1), _m(2015, 7, 31, 23)),  # left before the year
        _tafel("Utrecht", _m(2014, 9, 1), _m(2015, 8, 1, 0, 30)),  # left on the first day
        _tafel("Gouda", _m(2016, 7, 31, 22, 30, tz="UTC")),  # 1 August 2016 in Amsterdam
        stel_actietafel_in("Breda", "Breda", _m(2015, 9, 1)),  # Gedragswerk not a member
    ]
    c = jaarcijfers([], SJ, tafels=tafels)
    assert c.actietafels == ("Ede", "Tiel", "Utrecht")
    with pytest.raises(InvalidValueError) as info:
        jaarcijfers([], SJ, tafels=["Tiel"])
    assert info.value.field == "tafels[0]"


def test_regios_tellen_zoals_geschreven_zonder_spaties_eromheen():
    log = [ontvang(_hulpvraag(r), _m(2015, 9, 1)) for r in ["Tiel", " Tiel", "tiel", "Tiel"]]
    assert jaarcijfers(log, SJ).regios == ("Tiel", "tiel")


def test_een_actietafel_label_wordt_gecontroleerd():
    with pytest.raises(InvalidValueError) as info:
        Geescaleerd(_m(2016, 1, 1), Escalatie.ACTIETAFEL, tafel=" ")
    assert info.value.field == "Geescaleerd.tafel"
    with pytest.raises(InvalidValueError):
        Geescaleerd(_m(2016, 1, 1), Escalatie.ACTIETAFEL, tafel="x" * 201)


# --- must show 2: properties ---------------------------------------------------------------------


@given(logs, st.sampled_from([2014, 2015, 2016]))
def test_de_cijfers_zijn_die_van_de_eigen_vouw_tot_31_juli(log, startjaar):
    sj = Schooljaar(startjaar)
    assert _als_dict(jaarcijfers(log, sj)) == referentie(log, sj)


@given(logs, st.data())
def test_de_cijfers_hangen_niet_af_van_de_volgorde(log, data):
    geschud = data.draw(st.permutations(log))
    assert jaarcijfers(geschud, SJ) == jaarcijfers(log, SJ)


@given(logs, st.data())
def test_de_delen_van_een_log_tellen_op_tot_het_geheel(log, data):
    knip = data.draw(st.integers(0, len(log)))
    assert jaarcijfers(log[:knip], SJ) + jaarcijfers(log[knip:], SJ) == jaarcijfers(log, SJ)


# --- empty, generators, wrong input --------------------------------------------------------------


def test_een_leeg_jaar_heeft_nullen_en_geen_percentages():
    c = jaarcijfers([], SJ)
    assert c.interventies == 0
    assert c.afgerond.procent is None
    assert [m.aantal for m in c.intake_per_maand] == [0] * 12
    md = c.to_markdown()
    assert "(n/a)" in md
    assert "### Actietafels\n\n(none)" in md


def test_een_generator_wordt_een_keer_gelezen():
    log = (ontvang(_hulpvraag(), _m(2015, 9, d)) for d in range(1, 4))
    assert jaarcijfers(log, SJ).interventies == 3


@pytest.mark.parametrize(
    ("interventies", "schooljaar", "contacten", "veld"),
    [
        ([], 2015, (), "schooljaar"),
        (None, SJ, (), "interventies"),
        ("log", SJ, (), "interventies"),
        ([_lopend(), "x"], SJ, (), "interventies[1]"),
        ([], SJ, None, "contacten"),
        ([], SJ, [1], "contacten[0]"),
    ],
)
def test_verkeerde_invoer_noemt_het_veld(interventies, schooljaar, contacten, veld):
    with pytest.raises(InvalidValueError) as info:
        jaarcijfers(interventies, schooljaar, contacten)
    assert info.value.field == veld


# --- the value: consistency, addition, rendering -------------------------------------------------


def _klein():
    i = _escaleer(_lopend(), _m(2015, 10, 1), Escalatie.ACTIETAFEL, "Tiel")
    i = pak_systemische_vraag_op(i, _m(2015, 10, 2), "SYS-04")
    i = pak_systemische_vraag_op(i, _m(2015, 10, 3), "eigen")
    tafel = _tafel("Tiel", _m(2015, 9, 1))
    return jaarcijfers([i, _af(_lopend(), _m(2016, 1, 1))], SJ, tafels=[tafel])


def _aandeel(c, teller, noemer=None, omschrijving=None):
    return attrs.evolve(
        c.afgerond,
        teller=teller,
        noemer=c.interventies if noemer is None else noemer,
        noemer_omschrijving=omschrijving or c.afgerond.noemer_omschrijving,
    )


@pytest.mark.parametrize(
    ("wijzig", "veld"),
    [
        (lambda c: {"afgerond": _aandeel(c, 1, 3)}, "Jaarcijfers.afgerond"),
        (lambda c: {"afgerond": _aandeel(c, 1, None, "iets")}, "Jaarcijfers.afgerond"),
        (lambda c: {"afgerond": _aandeel(c, 2)}, "Jaarcijfers.lopend"),
        ({"regios": ("b", "a")}, "Jaarcijfers.regios"),
        ({"regios": ("a", "b", "c")}, "Jaarcijfers.regios"),
        (lambda c: {"intake_per_maand": c.intake_per_maand[1:]}, "Jaarcijfers.intake_per_maand"),
        (
            {"schooljaar": Schooljaar(2016)},
            "Jaarcijfers.intake_per_maand",
        ),
        ({"actietafels": ("Tiel", "Tiel")}, "Jaarcijfers.actietafels"),
        ({"gestart": 3}, "Jaarcijfers.intake_per_maand"),
        (
            lambda c: {"systeemvragen": (*c.systeemvragen, Systeemvraagtelling("SYS-01", 2))},
            "Jaarcijfers.systeemvragen",
        ),
        (
            {"systeemvragen": (Systeemvraagtelling("SYS-01", 0),)},
            "Jaarcijfers.systeemvragen",
        ),
        (
            {"overige_systeemvragen": (Labeltelling("SYS-01", 1),)},
            "Jaarcijfers.overige_systeemvragen",
        ),
        (lambda c: {"contacten": c.contacten[::-1]}, "Jaarcijfers.contacten"),
        ({"interventies": -1}, "Jaarcijfers.interventies"),
        ({"regios": ["a", 1]}, "Jaarcijfers.regios[1]"),
    ],
)
def test_tegenstrijdige_cijfers_worden_geweigerd(wijzig, veld):
    c = _klein()
    with pytest.raises(InvalidValueError) as info:
        attrs.evolve(c, **(wijzig(c) if callable(wijzig) else wijzig))
    assert info.value.field == veld


def test_cijfers_van_twee_delen_tellen_op():
    som = _klein() + _klein()
    assert som.interventies == 4
    assert som.regios == ("Tiel",) == _klein().regios
    assert som.actietafels == ("Tiel",)
    assert som.escalaties_actietafel == 2
    assert som.systeemvragen == (Systeemvraagtelling("SYS-04", 2),)
    assert som.overige_systeemvragen == (Labeltelling("eigen", 2),)
    assert (som.afgerond.teller, som.lopend.teller) == (2, 2)


@given(gst.jaarcijfers_waarden(SJ), gst.jaarcijfers_waarden(SJ), gst.jaarcijfers_waarden(SJ))
def test_optellen_hangt_niet_af_van_volgorde_of_groepering(a, b, c):
    assert a + b == b + a
    assert (a + b) + c == a + (b + c)
    som = a + b
    assert som.interventies == a.interventies + b.interventies
    assert som.aantal_contacten == a.aantal_contacten + b.aantal_contacten
    assert set(som.regios) == set(a.regios) | set(b.regios)


def test_cijfers_van_verschillende_jaren_tellen_niet_op():
    with pytest.raises(InvalidValueError) as info:
        _klein() + jaarcijfers([], Schooljaar(2016))
    assert info.value.field == "Jaarcijfers.schooljaar"
    with pytest.raises(InvalidValueError):
        _klein() + 1


@pytest.mark.parametrize(
    ("maak", "veld"),
    [
        (lambda: Systeemvraagtelling("sys-04", 1), "Systeemvraagtelling.code"),
        (lambda: Systeemvraagtelling("SYS-17", 1), "Systeemvraagtelling.code"),
        (lambda: Systeemvraagtelling(4, 1), "Systeemvraagtelling.code"),
        (lambda: Labeltelling("", 1), "Labeltelling.label"),
        (lambda: Maandtelling(2015, 8, -1), "Maandtelling.aantal"),
        (lambda: Maandtelling(2015, 13, 1), "Maandtelling.maand"),
        (lambda: Maandtelling(2015, 0, 1), "Maandtelling.maand"),
        (lambda: Maandtelling(2015, "8", 1), "Maandtelling.maand"),
    ],
)
def test_onjuiste_rijen_worden_geweigerd(maak, veld):
    with pytest.raises(InvalidValueError) as info:
        maak()
    assert info.value.field == veld


@pytest.mark.parametrize("beller", ["ouder", None, Escalatie.ACTIETAFEL])
def test_contacten_per_beller_vragen_een_bellertype(beller):
    with pytest.raises(InvalidValueError) as info:
        _klein().contact(beller)
    assert info.value.field == "beller"


def test_een_maand_heeft_een_nederlandse_naam():
    assert Maandtelling(2016, 3, 22).naam == "maart 2016"
    assert Maandtelling(2015, 12, 6).naam == "december 2015"


def test_elke_tekst_wordt_ontsnapt_in_markdown_en_html():
    i = pak_systemische_vraag_op(_lopend(), _m(2015, 10, 2), "<b>*vet*</b>")
    c = jaarcijfers([i], SJ, tafels=[_tafel("<script>|x", _m(2015, 9, 1))])
    html = c.to_html()
    assert "<script>" not in html
    assert "&lt;script&gt;|x" in html
    assert "&lt;b&gt;*vet*&lt;/b&gt;" in html
    md = c.to_markdown()
    assert "\\<script\\>\\|x" in md
    assert "\\<b\\>\\*vet\\*\\</b\\>" in md


@pytest.mark.parametrize("veld", ["regios", "actietafels"])
@pytest.mark.parametrize(
    "labels", [("",), ("  ",), ("Tiel", "Tiel"), ("Tiel", "Culemborg"), ("x" * 201,)]
)
def test_labels_van_jaarcijfers_zijn_verschillend_gesorteerd_en_niet_leeg(veld, labels):
    cijfers = jaarcijfers(jaarverslag2015.interventies()[:3], jaarverslag2015.SCHOOLJAAR)
    with pytest.raises(InvalidValueError) as info:
        attrs.evolve(cijfers, **{veld: labels})
    assert info.value.field.startswith(f"Jaarcijfers.{veld}")
    data = to_dict(cijfers) | {veld: list(labels)}
    with pytest.raises(StructureError):
        from_dict(Jaarcijfers, data)


def test_een_losse_interventie_is_geen_lijst_van_interventies():
    with pytest.raises(InvalidValueError) as info:
        jaarcijfers(voorbeeld.afgeronde_interventie(), jaarverslag2015.SCHOOLJAAR)
    assert info.value.field == "interventies"
    assert "[interventie]" in info.value.hint


@pytest.mark.parametrize("labels", [(" Tiel",), ("Tiel ",), ("Culemborg", "Tiel ")])
def test_labels_van_jaarcijfers_hebben_geen_spaties_aan_de_randen(labels):
    cijfers = jaarcijfers(jaarverslag2015.interventies()[:3], jaarverslag2015.SCHOOLJAAR)
    with pytest.raises(InvalidValueError):
        attrs.evolve(cijfers, regios=labels)


def test_cijfers_opgeslagen_voor_r_rap_2_worden_nog_gelezen():
    # Figures stored before R-RAP-2 (seed 002 §3.1.1) had no `gestart` and named their
    # denominator "interventions started in the school year"; they still read.
    data = to_dict(_klein())
    del data["gestart"]
    for deel in ("afgerond", "lopend", "overgedragen", "doorverwezen"):
        data[deel]["noemer_omschrijving"] = "interventions started in the school year"
    oud = from_dict(Jaarcijfers, data)
    assert oud.gestart == sum(m.aantal for m in oud.intake_per_maand) == 2
