"""A built-in, fictional example case, used by the demo, the docs and the examples.

Everything here is invented: the region, the parties and the pupil references. It follows the
methodiek step by step so a newcomer can see the library at work without any data of their own.
"""

from __future__ import annotations

import pendulum

from gedragswerk_core.diagnose.diagnose import Diagnose, Dimensie, Oordeel
from gedragswerk_core.interventie.gebeurtenissen import Afrondingsverklaring, Overdrachtsvoorstel
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
    rond_af,
    spreek_werkagenda_af,
    voer_gesprek,
)
from gedragswerk_core.partijen import Partij, Rol, SparringRol

__all__ = [
    "REGIO",
    "afgeronde_interventie",
    "diagnose_na",
    "diagnose_voor",
    "hulpvraag",
    "interventie_na_intake",
    "moment",
    "ouders_hulpvraag",
    "overgedragen_interventie",
    "partijen",
]

REGIO = "Rivierenland"
"""The example's region (R-REG-4): a set of parties around one area."""


def moment(year: int, month: int, day: int, hour: int = 10) -> pendulum.DateTime:
    """A moment in Europe/Amsterdam, for readable examples."""
    return pendulum.datetime(year, month, day, hour, tz="Europe/Amsterdam")


def partijen() -> dict[str, Partij]:
    """The parties of the example, by a short key."""
    return {
        "leerplicht": Partij("Leerplicht Tiel", Rol.LEERPLICHTAMBTENAAR),
        "swv": Partij("SWV Rivierenland", Rol.SAMENWERKINGSVERBAND),
        "school": Partij("Het Lingecollege", Rol.SCHOOLLEIDER),
        "ouders": Partij("ouders L-2015-017", Rol.OUDER),
        "wethouder": Partij("Gemeente Tiel", Rol.WETHOUDER),
        "sparring": Partij("Gedragswerk", Rol.SPARRING_PARTNER),
        "consulent": Partij("Onderwijsconsulenten", Rol.ONDERWIJSCONSULENT),
    }


def hulpvraag() -> Hulpvraag:
    """A leerplichtambtenaar asks for help with one thuiszitter and one pupil at risk."""
    return Hulpvraag(
        vrager=partijen()["leerplicht"],
        leerlingen=(
            BetrokkenLeerling(
                "L-2015-017", LeerlingSituatie.THUISZITTER, thuis_sinds=pendulum.date(2015, 6, 1)
            ),
            BetrokkenLeerling("L-2015-018", LeerlingSituatie.DREIGENDE_THUISZITTER),
        ),
        regio=REGIO,
        kanaal=Kanaal.TELEFOON,
        consulenten_betrokken=True,
        systemisch_aspect=True,
        omschrijving="Two pupils of the same school; school and municipality disagree.",
    )


def interventie_na_intake() -> Interventie:
    """The example hulpvraag, received on 14 and accepted on 15 September 2015."""
    return accepteer(ontvang(hulpvraag(), moment(2015, 9, 14)), moment(2015, 9, 15))


def afgeronde_interventie() -> Interventie:
    """The example walked to its afronding: conversations, werkagenda, results, closing."""
    p = partijen()
    i = interventie_na_intake()
    i = voer_gesprek(
        i,
        moment(2015, 9, 29),
        (p["leerplicht"], p["swv"], p["school"], p["sparring"]),
        SparringRol.MEDIATOR,
        conflict=True,
    )
    i = voer_gesprek(
        i, moment(2015, 10, 13), (p["swv"], p["school"], p["ouders"]), SparringRol.REGISSEUR
    )
    i = spreek_werkagenda_af(i, moment(2015, 10, 13, 12), (p["swv"], p["school"], p["leerplicht"]))
    i = boek_resultaat(i, moment(2015, 11, 2), "L-2015-017")
    i = pak_systemische_vraag_op(i, moment(2015, 11, 16), "opzet actietafel")
    i = boek_resultaat(i, moment(2016, 1, 11), "L-2015-018")
    return rond_af(i, moment(2016, 3, 1), Afrondingsverklaring(oplossing_gevonden=True))


def ouders_hulpvraag() -> Hulpvraag:
    """Parents call about their child; the onderwijsconsulenten are not yet engaged."""
    return Hulpvraag(
        vrager=Partij("ouders L-2016-003", Rol.OUDER),
        leerlingen=(
            BetrokkenLeerling(
                "L-2016-003", LeerlingSituatie.THUISZITTER, thuis_sinds=pendulum.date(2016, 2, 1)
            ),
        ),
        regio="Zuid-Kennemerland",
        kanaal=Kanaal.TELEFOON,
        consulenten_betrokken=False,
        systemisch_aspect=False,
    )


def overgedragen_interventie() -> Interventie:
    """The parents' question, handed to the onderwijsconsulent who can and wants to (R-LC-6)."""
    i = ontvang(ouders_hulpvraag(), moment(2016, 3, 7))
    voorstel = Overdrachtsvoorstel(
        partijen()["consulent"], meer_aan_ontvanger=True, ontvanger_kan=True, ontvanger_wil=True
    )
    return draag_over(i, moment(2016, 3, 8), voorstel)


def diagnose_voor() -> Diagnose:
    """Why the example case is stuck (R-KKW-1, R-KKW-2).

    The school does not know an effective solution (kennen), the municipality does not want to
    act (willen); the parents are fine on all three.
    """
    p = partijen()
    school, gemeente, ouders = p["school"], p["wethouder"], p["ouders"]
    d = Diagnose((school, gemeente, ouders))
    dag = pendulum.date(2015, 9, 29)
    for partij, knelpunt in ((school, Dimensie.KENNEN), (gemeente, Dimensie.WILLEN)):
        for dimensie in Dimensie:
            oordeel = Oordeel.KNELPUNT if dimensie is knelpunt else Oordeel.IN_ORDE
            d = d.met(partij, dimensie, oordeel, datum=dag)
    for dimensie in Dimensie:
        d = d.met(ouders, dimensie, Oordeel.IN_ORDE, datum=dag)
    return d


def diagnose_na() -> Diagnose:
    """The same parties reassessed when the intervention closed: both knelpunten resolved."""
    p = partijen()
    dag = pendulum.date(2016, 3, 1)
    d = diagnose_voor()
    d = d.met(p["school"], Dimensie.KENNEN, Oordeel.IN_ORDE, datum=dag)
    return d.met(p["wethouder"], Dimensie.WILLEN, Oordeel.IN_ORDE, datum=dag)
