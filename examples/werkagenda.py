"""A region drafts its werkagenda from the handreiking's catalogue, fills it in and agrees it.

Run: python examples/werkagenda.py

Seed 003 (the handreiking with Ingrado): a werkagenda plans activities in five phases, each row
saying who does it, when, with which instruments, its concrete result and the goal it serves
(R-WA-1 … R-WA-3). The regional partners agree it and carry it out; Gedragswerk supports but
never carries an activity alone (R-WA-5), and prevention is always on it (R-WA-6).
"""

from collections import Counter

import pendulum

from gedragswerk_core import Partij, Periode, RefusedError, Rol
from gedragswerk_core.werkagenda.activiteit import Activiteit, PdcaStap, Uitvoeringsstatus
from gedragswerk_core.werkagenda.catalogus import aanbeveling, concept_werkagenda
from gedragswerk_core.werkagenda.voortgang import voortgang
from gedragswerk_core.werkagenda.werkagenda import controleer, stem_in

swv = Partij("SWV Rivierenland", Rol.SAMENWERKINGSVERBAND)
leerplicht = Partij("Leerplicht Tiel", Rol.LEERPLICHTAMBTENAAR)
gemeente = Partij("Gemeente Tiel", Rol.GEMEENTELIJK_BELEIDSAMBTENAAR)
mbo = Partij("ROC Rivor", Rol.SCHOOLBESTUUR)
gedragswerk = Partij("Gedragswerk", Rol.SPARRING_PARTNER)


def periode(begin: tuple[int, int, int], einde: tuple[int, int, int]) -> Periode:
    """A period between two (year, month, day) dates."""
    return Periode(pendulum.date(*begin), pendulum.date(*einde))


print("1. A draft from the catalogue, plus one activity of the region's own:")
agenda = concept_werkagenda("Rivierenland", ["WA-1.1", "WA-1.3", "WA-2.3", "WA-4.9", "WA-5.2"])
agenda = agenda.voeg_toe(
    Activiteit(
        "EIGEN-1",
        fase=3,
        omschrijving="Sparring partner drafts the escalation route for stuck cases.",
        wie=(gedragswerk,),
    )
)
for a in agenda.activiteiten:
    print(f"   {a.code:8} {a.fase.label if a.fase else '?':15} {a.bron or 'eigen'}")

print("\n2. What controleer finds (all at once):")
bevindingen = controleer(agenda)
for (regel, ernst), n in sorted(Counter((b.regel, b.ernst.value) for b in bevindingen).items()):
    print(f"   {n:3} x {ernst} {regel}")
for b in bevindingen:
    if b.regel != "R-WA-1":
        print(f"   {b}")

print("\n3. Agreeing the draft is refused:")
try:
    stem_in(agenda, pendulum.date(2016, 8, 29), (swv, leerplicht, gemeente))
except RefusedError as fout:
    bezwaren = fout.besluit.bezwaren
    print(f"   refused on {len(bezwaren)} reasons, rules {sorted({r.regel for r in bezwaren})}")

print("\n4. The region fills in the columns:")
ingevuld = {
    "WA-1.1": {
        "wie": (swv, leerplicht),
        "wanneer": periode((2016, 9, 1), (2016, 9, 30)),
        "instrumenten": ("verzuimregistratie", "leerlingvolgsysteem"),
        "resultaat": "Monthly count of (threatening) thuiszitters per school and municipality.",
        "doel": "Know how many pupils sit at home, and where.",
    },
    "WA-1.3": {
        "wie": (swv, leerplicht),
        "wanneer": periode((2016, 9, 15), (2016, 10, 15)),
        "instrumenten": ("totaallijst met leerlingreferenties",),
        "resultaat": "One list of every pupil concerned, by reference.",
        "doel": "Every thuiszitter known, so each case gets an owner.",
    },
    "WA-2.3": {
        "wie": (swv, gemeente),
        "wanneer": periode((2016, 10, 1), (2016, 11, 30)),
        "resultaat": "A talk with each school leader who must act on a case.",
        "doel": "Information that leads to action.",
    },
    "WA-4.9": {
        "wie": (swv, mbo),
        "wanneer": periode((2016, 11, 1), (2017, 3, 31)),
        "instrumenten": ("overstapkalender", "warme overdracht"),
        "resultaat": "An agreed handover route from vo to mbo.",
        "doel": "No pupil drops out at the transition to mbo.",
    },
    "WA-5.2": {
        "wie": (swv, gemeente, gedragswerk),
        "wanneer": periode((2017, 1, 16), (2017, 1, 16)),
        "resultaat": "A first evaluation meeting with conclusions and next steps.",
        "doel": "Learn from the first half year.",
    },
    "EIGEN-1": {
        "thema": "samen_tempo_maken",
        "wie": (gedragswerk, leerplicht),
        "wanneer": periode((2016, 10, 1), (2016, 12, 1)),
        "instrumenten": ("escalatieladder",),
        "resultaat": "An escalation route agreed by SWV and municipality.",
        "doel": "Stuck cases reach the right table within two weeks.",
    },
}
for code, kolommen in ingevuld.items():
    agenda = agenda.vervang(agenda.activiteit(code).met(**kolommen))
agenda = agenda.voeg_toe(
    aanbeveling("WA-5.2").als_activiteit(
        "WA-5.2-B",
        wie=(swv, gemeente),
        wanneer=pendulum.date(2017, 6, 19),
        resultaat="The werkagenda for the next school year, adjusted.",
        doel="Act on what the evaluation taught.",
        pdca=PdcaStap.ACT,
    )
)
over = controleer(agenda)
print(
    f"   {sum(b.is_fout for b in over)} errors, {len(over) - sum(b.is_fout for b in over)} warnings"
)
for b in over:
    print(f"   {b}")

print("\n5. The parties agree it:")
partijen = (swv, leerplicht, gemeente, mbo, gedragswerk)
agenda = stem_in(agenda, pendulum.date(2016, 8, 29), partijen)
assert agenda.afspraak is not None
print(f"   agreed on {agenda.afspraak.datum} by {len(agenda.afspraak.partijen)} parties")

print("\n6. Progress on 1 December 2016:")
agenda = agenda.meld_status(
    "WA-1.1", Uitvoeringsstatus.GEREALISEERD, "First monthly count sent on 30 September."
)
agenda = agenda.meld_status("WA-1.3", Uitvoeringsstatus.IN_UITVOERING)
agenda = agenda.meld_status("WA-4.9", Uitvoeringsstatus.IN_UITVOERING)
stand = voortgang(agenda, pendulum.date(2016, 12, 1))
print(stand)
print(f"   next evaluation moment: {stand.volgend_evaluatiemoment}")

print("\n7. The table:\n")
print(agenda.to_markdown())
