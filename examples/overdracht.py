"""Parents call about their child; the question is handed over to the onderwijsconsulent (R-LC-6).

Run: python examples/overdracht.py

Seed 002 §2: when parents approach Gedragswerk, the question is often more for an
onderwijsconsulent. The hulpvraag is handed over when it is more for that party to act and the
party states it can and wants to take it on; then the sparring partner withdraws.
"""

import pendulum

from gedragswerk_core import (
    BetrokkenLeerling,
    Hulpvraag,
    Kanaal,
    LeerlingSituatie,
    Overdrachtsvoorstel,
    Partij,
    RefusedError,
    Rol,
    SparringRol,
    beoordeel_doorverwijzing,
    beoordeel_overdracht,
    draag_over,
    ontvang,
    voer_gesprek,
)

AMS = "Europe/Amsterdam"

ouders = Partij("ouders L-2016-003", Rol.OUDER)
consulent = Partij("Onderwijsconsulenten", Rol.ONDERWIJSCONSULENT)
vraag = Hulpvraag(
    vrager=ouders,
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

interventie = ontvang(vraag, pendulum.datetime(2016, 3, 7, 9, 30, tz=AMS))
print("Would R-LC-7 refer this caller?")
print(beoordeel_doorverwijzing(vraag))

print("\nProposal: hand it over to the onderwijsconsulent, who can but does not yet want to:")
aarzelend = Overdrachtsvoorstel(
    consulent, meer_aan_ontvanger=True, ontvanger_kan=True, ontvanger_wil=False
)
print(beoordeel_overdracht(interventie, aarzelend))

print("\nThe consulent agrees to take it on:")
voorstel = Overdrachtsvoorstel(
    consulent, meer_aan_ontvanger=True, ontvanger_kan=True, ontvanger_wil=True
)
besluit = beoordeel_overdracht(interventie, voorstel)
print(besluit)
assert besluit.toegestaan

overgedragen = draag_over(interventie, pendulum.datetime(2016, 3, 8, tz=AMS), voorstel)
print(f"\nstatus: {overgedragen.status.value}")

try:
    voer_gesprek(
        overgedragen, pendulum.datetime(2016, 3, 9, tz=AMS), (ouders,), SparringRol.ADVISEUR
    )
except RefusedError as fout:
    print(f"a further conversation is refused ({fout.regel}): the sparring partner has withdrawn")
