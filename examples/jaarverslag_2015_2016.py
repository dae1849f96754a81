"""The annual figures of 2015–2016, computed from case data, each marked published or not.

Run: python examples/jaarverslag_2015_2016.py

Seed 002 §3.1.1, §3.1.2.7 and §3.3 publish the figures of the school year 2015–2016, counted by
hand. The library computes them from a case log: here the fictional but consistent log of
`gedragswerk_core.voorbeelden.jaarverslag2015`. It reproduces every published figure — 178
interventions carried out in 132 regions, 112 (63%) afgerond in the year and the rest ongoing,
about 90 pupils placed, 19 actietafels counted from Gedragswerk's participation, the
interventieteam's 25 cases, 232 telephone contacts, the survey's shares — and marks every figure
it prints as published or illustrative (R-RAP-3).
"""

from gedragswerk_core import jaarverslag2015, to_dict
from gedragswerk_core.rapportage.enquete import enquete_uitkomsten
from gedragswerk_core.rapportage.jaarcijfers import jaarcijfers
from gedragswerk_core.voorbeelden.kengetallen import kengetallen

cijfers = jaarcijfers(
    jaarverslag2015.interventies(),
    jaarverslag2015.SCHOOLJAAR,
    jaarverslag2015.contacten(),
    tafels=jaarverslag2015.actietafels(),  # R-TAF-1: the tables from participation
)
enquete = enquete_uitkomsten(jaarverslag2015.enquete())

print(cijfers.to_markdown())
print()
print(enquete.to_markdown())

gepubliceerd = [k for k in kengetallen() if k.gepubliceerd]
illustratief = [k for k in kengetallen() if not k.gepubliceerd]
print("\nPublished figures, reproduced from the log:")
for k in gepubliceerd:
    print(f"  {k.naam}: {k.waarde}  [{k.bron}]")
print("\nIllustrative figures (invented to make a complete log, R-RAP-3):")
for k in illustratief:
    print(f"  {k.naam}: {k.waarde}  [{k.bron}]")

waarden = {k.naam: k.waarde for k in gepubliceerd}
assert waarden["interventions carried out in the year (R-RAP-2)"] == "178"
assert waarden["regions"] == "132"
assert waarden["afgerond in the year"] == "112 (63%)"
assert waarden["actietafels taken part in (R-TAF-1)"] == "19"
assert waarden["cases of the interventieteam (R-IT-1)"] == "25"
assert waarden["telephone contacts"] == "232"
assert cijfers.actietafels == tuple(sorted(jaarverslag2015.ACTIETAFELS))
assert set(to_dict(cijfers)) >= {"interventies", "regios", "afgerond", "schema_version"}
