"""The annual figures of 2015–2016 and the evaluation survey, computed from case data (R-RAP).

Run: python examples/jaarverslag_2015_2016.py

Seed 002 §3.1.1 and §3.3 publish the figures of the school year 2015–2016, counted by hand. The
library computes them from a case log: here the fictional but consistent log of
`gedragswerk_core.voorbeelden.jaarverslag2015`, which yields exactly the published numbers — 178
interventions in 132 regions, 112 (63%) afgerond within the year, 232 telephone contacts, a
survey of 87 responses with knowledge at 72.4% and skills and motivation at 67.8%.
"""

from gedragswerk_core import jaarverslag2015, to_dict
from gedragswerk_core.rapportage.contact import Bellertype
from gedragswerk_core.rapportage.enquete import Respondenttype, enquete_uitkomsten
from gedragswerk_core.rapportage.jaarcijfers import jaarcijfers

cijfers = jaarcijfers(
    jaarverslag2015.interventies(), jaarverslag2015.SCHOOLJAAR, jaarverslag2015.contacten()
)
enquete = enquete_uitkomsten(jaarverslag2015.enquete())

print(cijfers.to_markdown())
print()
print(enquete.to_markdown())

print("\nAs published (seed 002):")
print(f"  {cijfers.interventies} interventions in {cijfers.aantal_regios} regions")
print(
    f"  {cijfers.afgerond.teller} of them ({cijfers.afgerond.percentage(0)}%) afgerond "
    "within the school year"
)
bellers = " + ".join(
    f"{cijfers.contact(b).aantal} {b.value}" for b in Bellertype if cijfers.contact(b).aantal
)
print(f"  {cijfers.telefonische_contacten} telephone contacts = {bellers}")
typen = ", ".join(
    f"{t.value.replace('_', ' ')} {enquete.aandeel_van(t).percentage(0)}%"
    for t in Respondenttype
    if enquete.aandeel_van(t).teller
)
print(f"  {enquete.respondenten} survey responses: {typen}")
print(f"  knowledge {enquete.kennis}")
print(f"  skills {enquete.vaardigheden}")
print(f"  motivation {enquete.motivatie}")

gepubliceerd = (178, 132, 112, 232)
assert (
    cijfers.interventies,
    cijfers.aantal_regios,
    cijfers.afgerond.teller,
    cijfers.telefonische_contacten,
) == gepubliceerd
assert set(to_dict(cijfers)) >= {"interventies", "regios", "afgerond", "schema_version"}
