"""A fictional case log for 2015–2016 whose figures are the published ones of that year.

The annual report 2015–2016 (seed 002 §3.1.1, §3.3) gives figures without the data behind them.
This module builds, deterministically and without randomness, a consistent log that yields
exactly those figures with `gedragswerk_core.rapportage.jaarcijfers.jaarcijfers` and
`gedragswerk_core.rapportage.enquete.enquete_uitkomsten`, so tests, docs and the example
``examples/jaarverslag_2015_2016.py`` share one realistic data set:

* 178 interventions started in the school year, in 132 regions (all twelve provinces), 112
  afgerond by 31 July (63%), 8 handed over, 58 still open; intake in every month, September,
  October, January and March the busiest, August and December the quietest;
* 90 pupils with passend onderwijs; escalations to 19 actietafels (the places named in the
  report); all 16 catalogued systemic questions taken up, and two labels outside the catalogue;
* 232 telephone contacts: 120 professionals, 64 leerplichtambtenaren, 48 parents;
* a survey of 87 responses: 24 primary, 28 secondary, 22 municipalities, 13 parents
  (28/32/25/15%); knowledge 63/87 (72.4%), skills and motivation 59/87 (67.8%).

Everything else is invented: region labels, parties, pupil references, dates. Around the year
it adds interventions and contacts of the years before and after, some of them minutes from
midnight on 31 July in UTC, so a count that ignores the Amsterdam day boundary (R-LPW-9) or the
start-moment rule comes out wrong.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import pendulum

from gedragswerk_core.interventie.gebeurtenissen import (
    Afrondingsverklaring,
    Escalatie,
    Geescaleerd,
    Overdrachtsvoorstel,
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
    draag_over,
    ontvang,
    pak_systemische_vraag_op,
    pas_toe,
    rond_af,
    spreek_werkagenda_af,
    voer_gesprek,
)
from gedragswerk_core.partijen import Partij, Rol, SparringRol
from gedragswerk_core.rapportage.contact import Bellertype, Contact, Contactuitkomst
from gedragswerk_core.rapportage.enquete import (
    Effectantwoord,
    Effectoordeel,
    Effectvraag,
    EnqueteRespons,
    Respondenttype,
)
from gedragswerk_core.schooljaar import Schooljaar

__all__ = ["ACTIETAFELS", "SCHOOLJAAR", "contacten", "enquete", "interventies"]

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
"""The 19 actie- and thuiszitterstafels named in the report (seed 002 §3.1.1), as labels."""

_AMS: Final = "Europe/Amsterdam"
# Interventions started per month, August 2015 … July 2016 (178; the busiest and quietest months
# as the report describes them).
_INTAKE: Final = (5, 22, 21, 14, 6, 21, 14, 22, 14, 14, 13, 12)
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
# Times each catalogued systemic question SYS-01 … SYS-16 is taken up (190 in all).
_SYSTEEMVRAGEN: Final = (14, 6, 9, 18, 7, 8, 16, 11, 12, 4, 15, 22, 20, 13, 10, 5)
_VRIJE_VRAGEN: Final = {
    2: "verzuimregistratie benutten",
    40: "verzuimregistratie benutten",
    77: "aansluiting jeugdhulp",
}
_OVERGEDRAGEN: Final = frozenset(range(10, 178, 21))  # 8 interventions
# Still open on 31 July: 8 long-running ones from early in the year, and the latest 50.
_VROEG: Final = 126  # interventions 0–125 started by the end of March 2016
_LOPEND: Final = frozenset(k for k in range(_VROEG) if k % 17 == 6) | frozenset(  # noqa: PLR2004
    k for k in range(_VROEG, 178) if k not in _OVERGEDRAGEN
)
_PASSEND_ONDERWIJS: Final = 90
_EINDE_AFRONDING: Final = pendulum.datetime(2016, 7, 15, 16, tz=_AMS)


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
    r = k if k < 132 else (k - 132) * 2  # noqa: PLR2004 - 132 regions; 46 of them twice
    return f"{_PROVINCIES[r % 12]} {r // 12 + 1}"


def _hulpvraag(k: int) -> Hulpvraag:
    regio = _regio(k)
    refs = [f"L-2015-{k + 1:03d}"] + ([f"L-2015-{k + 1:03d}-2"] if k % 5 == 0 else [])
    vragers = (Rol.LEERPLICHTAMBTENAAR, Rol.SWV_COORDINATOR, Rol.INTERN_BEGELEIDER, Rol.OUDER)
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
        kanaal=(Kanaal.TELEFOON, Kanaal.EMAIL, Kanaal.ACTIETAFEL)[k % 3],
        consulenten_betrokken=True,
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


def _interventie(k: int, start: pendulum.DateTime, state: dict[str, int]) -> Interventie:
    regio = _regio(k)
    lpa = Partij(f"Leerplicht {regio}", Rol.LEERPLICHTAMBTENAAR)
    swv = Partij(f"SWV {regio}", Rol.SAMENWERKINGSVERBAND)
    school = Partij(f"School {regio}", Rol.SCHOOLLEIDER)
    i = ontvang(_hulpvraag(k), start)
    i = accepteer(i, start.add(days=1))
    rol = tuple(SparringRol)[k % 8]
    i = voer_gesprek(
        i,
        start.add(days=8),
        (lpa, swv, school, Partij("Gedragswerk", Rol.SPARRING_PARTNER)),
        rol,
        conflict=k % 4 == 0,
    )
    i = spreek_werkagenda_af(i, start.add(days=15), (swv, school, lpa))
    for n, code in enumerate(_vragen_per_interventie().get(k, [])):
        i = pak_systemische_vraag_op(i, start.add(days=20 + 2 * n), code)
    if k in _VRIJE_VRAGEN:
        i = pak_systemische_vraag_op(i, start.add(days=23), _VRIJE_VRAGEN[k])
    if k % 5 == 3 and k <= 123:  # noqa: PLR2004 - 25 escalations to the 19 tables
        tafel = ACTIETAFELS[(k // 5) % len(ACTIETAFELS)]
        i = pas_toe(i, Geescaleerd(start.add(days=25), Escalatie.ACTIETAFEL, tafel=tafel))
    if k in (70, 80, 100):  # the interventieteam started in January 2016
        i = pas_toe(i, Geescaleerd(start.add(days=26), Escalatie.INTERVENTIETEAM))
    if k in _OVERGEDRAGEN:
        consulent = Partij("Onderwijsconsulenten", Rol.ONDERWIJSCONSULENT)
        return draag_over(i, start.add(days=30), Overdrachtsvoorstel(consulent, True, True, True))
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
    """Some open interventions go on after 31 July: none of that counts in 2015–2016."""
    if k == _VROEG:
        i = boek_resultaat(i, _m(2016, 8, 15), min(i.hulpvraag.refs))
    if k % 3 == 0:
        i = rond_af(i, _m(2016, 9, 20 + k % 10), Afrondingsverklaring(oplossing_gevonden=True))
    return i


def _buiten_het_jaar() -> list[Interventie]:
    """Interventions of 2014–2015 and 2016–2017, two of them minutes from the boundary."""
    lpa = Partij("Leerplicht Tiel", Rol.LEERPLICHTAMBTENAAR)
    vorig = accepteer(ontvang(_hulpvraag(0), _m(2015, 5, 12)), _m(2015, 5, 13))
    vorig = voer_gesprek(vorig, _m(2015, 6, 2), (lpa,), SparringRol.REGISSEUR)
    vorig = rond_af(vorig, _m(2015, 10, 1), Afrondingsverklaring(oplossing_gevonden=True))
    return [
        vorig,  # started in 2014–2015, closed in 2015–2016: counts in neither year's afgerond
        ontvang(_hulpvraag(1), _m(2015, 7, 31, 23, 30)),  # 31 July 2015 in Amsterdam
        ontvang(_hulpvraag(2), pendulum.datetime(2016, 7, 31, 22, 30, tz="UTC")),  # 1 Aug 2016
        ontvang(_hulpvraag(3), _m(2016, 9, 5)),
    ]


@cache
def _log() -> tuple[Interventie, ...]:
    state = {"passend": 0}
    jaar = [_interventie(k, start, state) for k, start in enumerate(_starts())]
    buiten = _buiten_het_jaar()
    return (buiten[0], buiten[1], *jaar, buiten[2], buiten[3])


def interventies() -> tuple[Interventie, ...]:
    """The case log: the 178 interventions of 2015–2016 and four of the years around it."""
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


# The survey (seed 002 §3.3): 87 responses; knowledge 63, skills and motivation 59 positive;
# cooperation at issue for 81, of whom 65 saw a positive effect, on result and on participation
# too; 80 of those 81 answered on quality, 72 positively.
_RESPONDENTEN: Final = 87
_KENNIS: Final = 63
_VAARDIGHEDEN_MOTIVATIE: Final = 59
_AAN_DE_ORDE: Final = 81
_SAMENWERKING: Final = 65
_KWALITEIT_BEANTWOORD: Final = 80
_KWALITEIT: Final = 72


def _oordeel(positief: bool) -> Effectoordeel:
    return Effectoordeel.POSITIEF if positief else Effectoordeel.GEEN_POSITIEF


@cache
def _enquete() -> tuple[EnqueteRespons, ...]:
    typen = (
        [Respondenttype.PRIMAIR_ONDERWIJS] * 24
        + [Respondenttype.VOORTGEZET_ONDERWIJS] * 28
        + [Respondenttype.GEMEENTE] * 22
        + [Respondenttype.OUDER] * 13
    )
    responsen = []
    aan_de_orde = 0  # respondents for whom cooperation was at issue so far
    for j, soort in enumerate(typen):
        # Multiplying by a number coprime to 87 (or 81, 80) permutes the respondents, so each
        # "< n" test below selects exactly n of them, spread over the types.
        antwoorden = [
            Effectantwoord(Effectvraag.KENNIS, _oordeel((j * 5) % _RESPONDENTEN < _KENNIS)),
            Effectantwoord(
                Effectvraag.VAARDIGHEDEN,
                _oordeel((j * 7) % _RESPONDENTEN < _VAARDIGHEDEN_MOTIVATIE),
            ),
            Effectantwoord(
                Effectvraag.MOTIVATIE, _oordeel((j * 11) % _RESPONDENTEN < _VAARDIGHEDEN_MOTIVATIE)
            ),
        ]
        if (j * 13) % _RESPONDENTEN >= _AAN_DE_ORDE:  # not at issue for 6 of the 87
            antwoorden.append(
                Effectantwoord(Effectvraag.SAMENWERKING, Effectoordeel.NIET_VAN_TOEPASSING)
            )
        else:
            i = aan_de_orde
            aan_de_orde += 1
            antwoorden += [
                Effectantwoord(
                    Effectvraag.SAMENWERKING, _oordeel((i * 4) % _AAN_DE_ORDE < _SAMENWERKING)
                ),
                Effectantwoord(
                    Effectvraag.RESULTAAT_SAMENWERKING,
                    _oordeel((i * 7) % _AAN_DE_ORDE < _SAMENWERKING),
                ),
                Effectantwoord(
                    Effectvraag.ACTIEVE_DEELNAME, _oordeel((i * 10) % _AAN_DE_ORDE < _SAMENWERKING)
                ),
            ]
            if i < _KWALITEIT_BEANTWOORD:  # one of the 81 left the quality question open
                antwoorden.append(
                    Effectantwoord(
                        Effectvraag.KWALITEIT_SAMENWERKING,
                        _oordeel((i * 3) % _KWALITEIT_BEANTWOORD < _KWALITEIT),
                    )
                )
        responsen.append(EnqueteRespons(soort, tuple(antwoorden)))
    return tuple(responsen)


def enquete() -> tuple[EnqueteRespons, ...]:
    """The 87 usable responses to the 2015–2016 evaluation survey."""
    return _enquete()
