"""A fictional case log for 2015–2016 whose figures are the published ones of that year.

The annual report 2015–2016 (seed 002 §3.1.1, §3.1.2.7, §3.3) gives figures without the data
behind them. This module builds, deterministically and without randomness, a consistent log —
interventions, telephone contacts, the standing actietafels, the interventieteam and the survey —
that yields exactly those figures with `gedragswerk_core.rapportage.jaarcijfers.jaarcijfers` and
`gedragswerk_core.rapportage.enquete.enquete_uitkomsten`, so tests, docs and the example
``examples/jaarverslag_2015_2016.py`` share one data set.

Every figure is marked (R-RAP-3): `kengetallen` lists each one, its value computed from the log,
and whether it is *published* (with the seed section) or *illustrative* (invented to make a
complete log). In short — published: 178 interventions carried out in the year in 132 regions;
112 (63%) afgerond in the year, the rest ongoing ("langer durende betrokkenheid": the log hands
nothing over, the source reports no handovers); about 90 pupils with passend onderwijs; 19
actietafels Gedragswerk took part in, by name; the interventieteam from January 2016 with 25
cases discussed every two weeks; 232 telephone contacts (120 professionals, 64
leerplichtambtenaren, 48 parents); the survey's shares. Illustrative: the intake per month (the
busiest and quietest months follow the report), the escalations, how often each systemic
question was taken up, the dates, labels, parties and pupil references.

The 178 are carried out in the year (R-RAP-2): 177 started in it and one started in May 2015 and
closed in October 2015, which counts in both school years. Around the year the log adds a
referral on 31 July 2015 and interventions of 2016–2017, some of them minutes from midnight in
UTC, so a count that ignores the Amsterdam day boundary (R-LPW-9) comes out wrong. Requests that
came through an actietafel or the interventieteam need no engaged consulenten (R-LC-7 decides at
first contact); calls taken on were ones where the consulenten were engaged and Gedragswerk
worked alongside them.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import pendulum

from gedragswerk_core.interventie.gebeurtenissen import (
    Afrondingsverklaring,
    Escalatie,
    Geescaleerd,
)
from gedragswerk_core.interventie.hulpvraag import (
    BetrokkenLeerling,
    Hulpvraag,
    Kanaal,
    LeerlingSituatie,
)
from gedragswerk_core.interventie.interventie import (
    Interventie,
    accepteer,
    boek_resultaat,
    ontvang,
    pak_systemische_vraag_op,
    pas_toe,
    rond_af,
    spreek_werkagenda_af,
    verwijs_door,
    voer_gesprek,
)
from gedragswerk_core.partijen import Partij, Rol, SparringRol
from gedragswerk_core.rapportage.contact import Bellertype, Contact, Contactuitkomst
from gedragswerk_core.rapportage.enquete import EnqueteRespons
from gedragswerk_core.schooljaar import Schooljaar
from gedragswerk_core.tafels.tafel import (
    Actietafel,
    Interventieteam,
    breng_in,
    houd_overleg,
    start_interventieteam,
    stel_actietafel_in,
    treed_toe,
    vertrek,
)
from gedragswerk_core.voorbeelden import _enquete2015

__all__ = [
    "ACTIETAFELS",
    "SCHOOLJAAR",
    "actietafels",
    "contacten",
    "enquete",
    "interventies",
    "interventieteam",
]

SCHOOLJAAR: Final = Schooljaar(2015)
"""2015–2016, the school year of the report."""

ACTIETAFELS: Final = (
    "Alkmaar",
    "Amsterdam",
    "Barendrecht",
    "Albrandswaard",
    "Ridderkerk",
    "Den Haag",
    "Eindhoven",
    "Friesland Noord",
    "Friesland Zuid Oost",
    "Helmond",
    "Maastricht",
    "Nijmegen",
    "Roermond",
    "SWV Ede-Wageningen",
    "SWV Reformatorisch Onderwijs",
    "SWV Zuid-Kennemerland",
    "Tiel",
    "Tynaarlo",
    "Utrecht",
)
"""The 19 actie- and thuiszitterstafels Gedragswerk took part in (seed 002 §3.1.1), by name."""

GEDRAGSWERK: Final = Partij("Gedragswerk", Rol.SPARRING_PARTNER)
_AMS: Final = "Europe/Amsterdam"
# Interventions started per month, August 2015 … July 2016 (177; illustrative, with the busiest
# and quietest months as the report describes them).
_INTAKE: Final = (5, 22, 21, 14, 6, 21, 14, 22, 14, 14, 13, 11)
_PROVINCIES: Final = (
    "Groningen",
    "Friesland",
    "Drenthe",
    "Overijssel",
    "Flevoland",
    "Gelderland",
    "Utrecht",
    "Noord-Holland",
    "Zuid-Holland",
    "Zeeland",
    "Noord-Brabant",
    "Limburg",
)
# Times each catalogued systemic question SYS-01 … SYS-16 is taken up (190 in all; illustrative).
_SYSTEEMVRAGEN: Final = (14, 6, 9, 18, 7, 8, 16, 11, 12, 4, 15, 22, 20, 13, 10, 5)
_VRIJE_VRAGEN: Final = {
    2: "verzuimregistratie benutten",
    40: "verzuimregistratie benutten",
    77: "aansluiting jeugdhulp",
}
# Still open on 31 July ("langer durende betrokkenheid", R-LC-8): 15 from early in the year and
# the latest 51; with the one of May 2015 closed in October, 112 of the 178 are afgerond.
_VROEG: Final = 126  # interventions 0–125 started by the end of March 2016
_LOPEND: Final = frozenset(k for k in range(_VROEG) if k % 17 in (6, 14)) | frozenset(
    range(_VROEG, sum(_INTAKE))
)
_PASSEND_ONDERWIJS: Final = 90
_EINDE_AFRONDING: Final = pendulum.datetime(2016, 7, 15, 16, tz=_AMS)
_NAAR_TEAM: Final = (70, 80, 100)  # escalated to the interventieteam (from January 2016)


def _m(jaar: int, maand: int, dag: int, uur: int = 10, minuut: int = 0) -> pendulum.DateTime:
    return pendulum.datetime(jaar, maand, dag, uur, minuut, tz=_AMS)


def _starts() -> list[pendulum.DateTime]:
    starts: list[pendulum.DateTime] = []
    for index, aantal in enumerate(_INTAKE):
        jaar, maand = (2015, 8 + index) if index < 5 else (2016, index - 4)  # noqa: PLR2004
        starts.extend(_m(jaar, maand, 1 + (n * 7 + 3) % 27, 9 + n % 8) for n in range(aantal))
    # 1 August 2015, 00:15 in Amsterdam, written in UTC: still 31 July there.
    starts[0] = pendulum.datetime(2015, 7, 31, 22, 15, tz="UTC")
    return sorted(starts)


def _regio(k: int) -> str:
    r = k if k < 132 else (k - 132) * 2  # noqa: PLR2004 - 132 regions; 45 of them twice
    return f"{_PROVINCIES[r % 12]} {r // 12 + 1}"


def _kenmerk(k: int) -> str:
    return f"GW-2015-{k + 1:03d}"


def _hulpvraag(k: int) -> Hulpvraag:
    """The hulpvraag of intervention ``k`` (R-LC-7 decides at first contact only).

    Calls and e-mails taken on had the consulenten engaged (Gedragswerk alongside them); a
    request through an actietafel is no first contact and may come without them.
    """
    regio = _regio(k)
    refs = [f"L-2015-{k + 1:03d}"] + ([f"L-2015-{k + 1:03d}-2"] if k % 5 == 0 else [])
    vragers = (Rol.LEERPLICHTAMBTENAAR, Rol.SWV_COORDINATOR, Rol.INTERN_BEGELEIDER, Rol.OUDER)
    kanaal = (Kanaal.TELEFOON, Kanaal.EMAIL, Kanaal.ACTIETAFEL)[k % 3]
    return Hulpvraag(
        vrager=Partij(f"{vragers[k % 4].value.replace('_', ' ')} {regio}", vragers[k % 4]),
        leerlingen=tuple(
            BetrokkenLeerling(
                ref,
                LeerlingSituatie.THUISZITTER if i == 0 else LeerlingSituatie.DREIGENDE_THUISZITTER,
            )
            for i, ref in enumerate(refs)
        ),
        regio=regio,
        kanaal=kanaal,
        consulenten_betrokken=kanaal is not Kanaal.ACTIETAFEL or k % 2 == 0,
        systemisch_aspect=True,
    )


@cache
def _vragen_per_interventie() -> dict[int, list[str]]:
    """The catalogued questions of interventions 0–125: one each, then a second for some."""
    codes = [f"SYS-{n:02d}" for n, keer in enumerate(_SYSTEEMVRAGEN, start=1) for _ in range(keer)]
    per: dict[int, list[str]] = {}
    for plek, code in enumerate(codes):
        per.setdefault(plek % _VROEG, []).append(code)
    return per


def _tafel_van(k: int) -> str | None:
    """The actietafel intervention ``k`` is escalated to, if any (25 of them; illustrative)."""
    if k % 5 == 3 and k <= 123:  # noqa: PLR2004
        return ACTIETAFELS[(k // 5) % len(ACTIETAFELS)]
    return None


def _in_gesprek(k: int, start: pendulum.DateTime) -> Interventie:
    regio = _regio(k)
    lpa = Partij(f"Leerplicht {regio}", Rol.LEERPLICHTAMBTENAAR)
    swv = Partij(f"SWV {regio}", Rol.SAMENWERKINGSVERBAND)
    school = Partij(f"School {regio}", Rol.SCHOOLLEIDER)
    i = accepteer(ontvang(_hulpvraag(k), start, kenmerk=_kenmerk(k)), start.add(days=1))
    deelnemers = (lpa, swv, school, GEDRAGSWERK)
    i = voer_gesprek(
        i, start.add(days=8), deelnemers, tuple(SparringRol)[k % 8], conflict=k % 4 == 0
    )
    return spreek_werkagenda_af(i, start.add(days=15), (swv, school, lpa))


def _interventie(k: int, start: pendulum.DateTime, state: dict[str, int]) -> Interventie:
    i = _in_gesprek(k, start)
    for n, code in enumerate(_vragen_per_interventie().get(k, [])):
        i = pak_systemische_vraag_op(i, start.add(days=20 + 2 * n), code)
    if k in _VRIJE_VRAGEN:
        i = pak_systemische_vraag_op(i, start.add(days=23), _VRIJE_VRAGEN[k])
    tafel = _tafel_van(k)
    if tafel is not None:
        i = pas_toe(i, Geescaleerd(start.add(days=25), Escalatie.ACTIETAFEL, tafel=tafel))
    if k in _NAAR_TEAM:
        i = pas_toe(i, Geescaleerd(start.add(days=26), Escalatie.INTERVENTIETEAM))
    if k in _LOPEND:
        return _na_het_jaar(k, i)
    refs = sorted(i.hulpvraag.refs)
    oplossing = state["passend"] + len(refs) <= _PASSEND_ONDERWIJS
    if oplossing:
        state["passend"] += len(refs)
        for ref in refs:
            i = boek_resultaat(i, start.add(days=28), ref)
    einde = min(start.add(days=30 + (k * 13) % 90), _EINDE_AFRONDING)
    verklaring = Afrondingsverklaring(oplossing, kunnen_zelf_verder=True, willen_zelf_verder=True)
    return rond_af(i, einde, verklaring)


def _na_het_jaar(k: int, i: Interventie) -> Interventie:
    """Some open interventions go on after 31 July: that counts in 2016–2017, not 2015–2016."""
    if k == _VROEG:
        i = boek_resultaat(i, _m(2016, 8, 15), min(i.hulpvraag.refs))
    if k % 3 == 0:
        i = rond_af(i, _m(2016, 9, 20 + k % 10), Afrondingsverklaring(oplossing_gevonden=True))
    return i


def _buiten_het_jaar() -> tuple[Interventie, ...]:
    """Interventions started outside the year; the first is also carried out in it (R-RAP-2)."""
    lpa = Partij("Leerplicht Tiel", Rol.LEERPLICHTAMBTENAAR)
    vorig = accepteer(
        ontvang(_hulpvraag(0), _m(2015, 5, 12), kenmerk="GW-2014-090"), _m(2015, 5, 13)
    )
    vorig = voer_gesprek(vorig, _m(2015, 6, 2), (lpa, GEDRAGSWERK), SparringRol.REGISSEUR)
    vorig = rond_af(vorig, _m(2015, 10, 1), Afrondingsverklaring(oplossing_gevonden=True))
    bel = ontvang(_beller_zonder_consulenten(_hulpvraag(1)), _m(2015, 7, 31, 23, 30))
    return (
        vorig,  # started in 2014–2015, closed in 2015–2016: carried out in both years
        verwijs_door(bel, _m(2015, 7, 31, 23, 45)),  # referred at first contact, before the year
        ontvang(_hulpvraag(2), pendulum.datetime(2016, 7, 31, 22, 30, tz="UTC")),  # 1 Aug 2016
        ontvang(_hulpvraag(3), _m(2016, 9, 5)),
    )


def _beller_zonder_consulenten(h: Hulpvraag) -> Hulpvraag:
    """A parent's call with the consulenten not yet engaged: referred at first contact."""
    return Hulpvraag(
        vrager=Partij("ouders L-2015-000", Rol.OUDER),
        leerlingen=h.leerlingen,
        regio=h.regio,
        kanaal=Kanaal.TELEFOON,
        consulenten_betrokken=False,
        systemisch_aspect=False,
    )


@cache
def _log() -> tuple[Interventie, ...]:
    state = {"passend": 0}
    jaar = [_interventie(k, start, state) for k, start in enumerate(_starts())]
    vorig, verwezen, na, later = _buiten_het_jaar()
    return (vorig, verwezen, *jaar, na, later)


def interventies() -> tuple[Interventie, ...]:
    """The case log: the 178 interventions carried out in 2015–2016 and three outside it."""
    return _log()


@cache
def _contacten() -> tuple[Contact, ...]:
    soorten = (
        (Bellertype.PROFESSIONAL, 120, 90),
        (Bellertype.LEERPLICHTAMBTENAAR, 64, 50),
        (Bellertype.OUDER, 48, 10),  # parents: mostly referred to the onderwijsconsulenten
    )
    begin = _m(2015, 8, 1, 9)
    log = []
    c = 0
    for beller, aantal, opgepakt in soorten:
        for n in range(aantal):
            moment = begin.add(days=(c * 97) % 365, hours=c % 8)
            uitkomst = Contactuitkomst.OPGEPAKT if n < opgepakt else Contactuitkomst.DOORVERWEZEN
            log.append(Contact(moment, beller, uitkomst))
            c += 1
    # 1 August 2015, 00:30 in Amsterdam, written in UTC: in the year.
    log[0] = Contact(
        pendulum.datetime(2015, 7, 31, 22, 30, tz="UTC"), log[0].beller, log[0].uitkomst
    )
    buiten = [
        Contact(
            pendulum.datetime(2015, 7, 31, 21, 30, tz="UTC"),
            Bellertype.OUDER,
            Contactuitkomst.DOORVERWEZEN,
        ),  # 23:30 on 31 July 2015 in Amsterdam
        Contact(
            pendulum.datetime(2016, 7, 31, 22, 30, tz="UTC"),
            Bellertype.PROFESSIONAL,
            Contactuitkomst.OPGEPAKT,
        ),  # 00:30 on 1 August 2016 in Amsterdam
        Contact(_m(2016, 8, 15), Bellertype.LEERPLICHTAMBTENAAR, Contactuitkomst.OPGEPAKT),
    ]
    return (buiten[0], *log, buiten[1], buiten[2])


def contacten() -> tuple[Contact, ...]:
    """The contact log: 232 telephone contacts in 2015–2016 and three just outside it."""
    return _contacten()


# --- the standing tables and the interventieteam (R-TAF-1, R-IT-1) ------------------------------


def _tafel(n: int, naam: str) -> Actietafel:
    """One table: set up before or in the year, Gedragswerk a member (dates illustrative)."""
    regionaal = Partij(f"Leerplicht {naam}", Rol.LEERPLICHTAMBTENAAR)
    swv = Partij(f"SWV {naam}", Rol.SAMENWERKINGSVERBAND)
    begin = _m(2014 + (n % 3 == 0), 9 + n % 3, 1 + n)
    tafel = stel_actietafel_in(naam, naam, begin, ritme_weken=6)
    for partij in (regionaal, swv, GEDRAGSWERK):
        tafel = treed_toe(tafel, begin, partij)
    for k in range(sum(_INTAKE)):
        if _tafel_van(k) == naam:
            moment = max(_starts()[k].add(days=25), begin)
            tafel = breng_in(
                tafel, moment, f"L-2015-{k + 1:03d}", regionaal, interventie=_kenmerk(k)
            )
    return houd_overleg(
        tafel, _m(2016, 6, 1 + n), (regionaal, swv, GEDRAGSWERK), tafel.open_casussen
    )


@cache
def _tafels() -> tuple[Actietafel, ...]:
    tafels = [_tafel(n, naam) for n, naam in enumerate(ACTIETAFELS)]
    # Around the year: one Gedragswerk left on 31 July 2015, one it joined in August 2016.
    lpa = Partij("Leerplicht Zeist", Rol.LEERPLICHTAMBTENAAR)
    oud = stel_actietafel_in("Zeist", "Zeist", _m(2014, 9, 1))
    oud = treed_toe(treed_toe(oud, _m(2014, 9, 1), lpa), _m(2014, 9, 1), GEDRAGSWERK)
    tafels.append(vertrek(oud, _m(2015, 7, 31, 23), GEDRAGSWERK))
    nieuw = stel_actietafel_in("Deventer", "Deventer", _m(2016, 8, 1, 0, 30))
    tafels.append(treed_toe(nieuw, _m(2016, 8, 1, 0, 30), GEDRAGSWERK))
    return tuple(tafels)


def actietafels() -> tuple[Actietafel, ...]:
    """The 19 actietafels of 2015–2016 with Gedragswerk as member, and two just outside it."""
    return _tafels()


_TEAMZAKEN: Final = 25  # seed 002 §3.1.2.7: the team was involved in 25 complex situations


@cache
def _team() -> Interventieteam:
    """The interventieteam from January 2016: 25 cases, discussed every two weeks (R-IT-1)."""
    start = _m(2016, 1, 11)
    ocw = Partij("Ministerie van OCW", Rol.OVERIG, omschrijving="ministerie")
    vws = Partij("Ministerie van VWS", Rol.OVERIG, omschrijving="ministerie")
    team = start_interventieteam(start)
    for partij in (ocw, vws, GEDRAGSWERK):
        team = treed_toe(team, start, partij)
    gekoppeld = {n: _kenmerk(k) for n, k in enumerate(_NAAR_TEAM)}
    zaken = [
        (start.add(days=1 + 7 * n), f"IT-2016-{n + 1:02d}", gekoppeld.get(n))
        for n in range(_TEAMZAKEN)
    ]
    overleg = start.add(days=3)
    for moment, ref, kenmerk in zaken:
        while overleg < moment:
            team = houd_overleg(team, overleg, (ocw, vws, GEDRAGSWERK), team.open_casussen)
            overleg = overleg.add(weeks=2)
        swv = Partij(f"SWV bij {ref}", Rol.SAMENWERKINGSVERBAND)
        team = breng_in(team, moment, ref, swv, interventie=kenmerk)
    while overleg < _m(2016, 7, 15):
        team = houd_overleg(team, overleg, (ocw, vws, GEDRAGSWERK), team.open_casussen)
        overleg = overleg.add(weeks=2)
    return team


def interventieteam() -> Interventieteam:
    """The interventieteam onderwijs-zorg in 2015–2016 (seed 002 §3.1.2.7)."""
    return _team()


def enquete() -> tuple[EnqueteRespons, ...]:
    """The 87 usable responses to the 2015–2016 evaluation survey (seed 002 §3.3)."""
    return _enquete2015.enquete()
