"""A leerplicht department checks its register: who is covered, who must be reported, who sits home.

Run: python examples/leerplicht_batch.py

The register below is inline CSV so the example needs no files; in practice it is an export of
the pupil administration. Pupils are pseudonymous references — no names, no BSNs. The reference
date (peildatum) is a parameter: the library never reads the clock.

1. The status of every pupil at once with `leerplicht_status_bulk` (R-LPW-1 … R-LPW-4).
2. The full status, with reasons, for pupils whose facts change it: enrolment, a
   startkwalificatie, a vrijstelling (R-LPW-3, R-LPW-5, R-LPW-7).
3. Verzuim from absence records: the 16-hour report, langdurig relatief verzuim, thuiszitters
   and the three-month norm (R-LPW-5, R-LPW-6, R-LPW-8).
"""

import csv
import io
from collections import Counter

import pendulum

from gedragswerk_core import (
    Afwezigheid,
    Categorie,
    Periode,
    Schoolkalender,
    Vrijstelling,
    Vrijstellingsgrond,
    beoordeel_verzuim,
    leerplicht_status,
    leerplicht_status_bulk,
)

PEILDATUM = pendulum.date(2016, 11, 14)

REGISTER = """\
ref,geboortedatum,ingeschreven,niet_ingeschreven_sinds,startkwalificatie,vrijstelling
L-001,2011-09-02,ja,,,
L-002,2004-07-31,ja,,,
L-003,2004-08-01,ja,,,
L-004,2003-03-12,ja,,,
L-005,2000-02-29,ja,,,
L-006,1999-02-28,nee,,2016-07-08,
L-007,2003-06-20,nee,2016-06-01,,
L-008,2001-01-17,nee,,,lichamelijk_of_psychisch
L-009,1998-10-05,nee,,,
L-010,2012-01-09,nee,,,
"""

# the school's holidays in the school year 2016-2017 (an example region)
KALENDER = Schoolkalender(
    (
        Periode(pendulum.date(2016, 7, 9), pendulum.date(2016, 8, 21)),
        Periode(pendulum.date(2016, 10, 15), pendulum.date(2016, 10, 23)),
        Periode(pendulum.date(2016, 12, 24), pendulum.date(2017, 1, 8)),
    )
)


def datum(tekst: str) -> pendulum.Date | None:
    """An ISO date from the register, or None for an empty cell."""
    return pendulum.Date.fromisoformat(tekst) if tekst else None


rijen = list(csv.DictReader(io.StringIO(REGISTER)))
geboren = {r["ref"]: datum(r["geboortedatum"]) for r in rijen}

print(f"1. Everyone at once, on {PEILDATUM} (leerplicht_status_bulk)")
bulk = dict(zip(geboren, leerplicht_status_bulk(geboren.values(), PEILDATUM), strict=True))
for ref, (categorie, begin, einde_lp, einde_kp, einde_rmc) in bulk.items():
    print(
        f"   {ref}  {categorie.value:22}  leerplicht {pendulum.Date.fromordinal(begin)}"
        f" … {pendulum.Date.fromordinal(einde_lp)},"
        f" kwalificatieplicht … {pendulum.Date.fromordinal(einde_kp)},"
        f" RMC … {pendulum.Date.fromordinal(einde_rmc)}"
    )
telling = Counter(categorie for categorie, *_ in bulk.values())
print("   " + ", ".join(f"{c.value}: {telling[c]}" for c in Categorie))
einde_schooljaar = pendulum.date(2017, 7, 31).toordinal()
klaar = [ref for ref, (c, _, lp, *_) in bulk.items() if c is Categorie.VOLLEDIG_LEERPLICHTIG]
klaar = [ref for ref in klaar if bulk[ref][2] == einde_schooljaar]
print(f"   volledige leerplicht ends on 31 July 2017 for: {', '.join(klaar) or 'nobody'}")

print("\n2. With the facts of the register (leerplicht_status)")
statussen = {}
for r in rijen:
    vrijstellingen = (
        (Vrijstelling(Vrijstellingsgrond(r["vrijstelling"]), pendulum.date(2015, 9, 1)),)
        if r["vrijstelling"]
        else ()
    )
    status = leerplicht_status(
        geboren[r["ref"]],
        PEILDATUM,
        ingeschreven=r["ingeschreven"] == "ja",
        startkwalificatie=datum(r["startkwalificatie"]),
        vrijstellingen=vrijstellingen,
    )
    statussen[r["ref"]] = status
    if status.categorie is not bulk[r["ref"]][0]:
        print(f"   {r['ref']}  {status}: not {bulk[r['ref']][0].value}, a startkwalificatie")
    for vrijstelling in status.vrijstellingen:
        print(
            f"   {r['ref']}  vrijstelling {vrijstelling.grond.value} ({vrijstelling.artikel}):"
            f" must be enrolled: {status.inschrijfplicht}"
        )
    if status.absoluut_verzuim:
        print(
            f"   {r['ref']}  absoluut verzuim: under the Leerplichtwet and not enrolled (R-LPW-5)"
        )

print("\n3. Verzuim on the same day (beoordeel_verzuim)")
maandag = pendulum.date(2016, 9, 5)
dagen = [maandag.add(days=n) for n in range((PEILDATUM - maandag).days + 1)]
lesdagen = [d for d in dagen if KALENDER.is_lesdag(d)]  # up to and including the peildatum
afwezig = {
    # misses the first two lessons every Monday, Wednesday and Friday
    "L-002": [
        Afwezigheid.van_uren(d, 1.5, geoorloofd=False) for d in lesdagen if d.weekday() in {0, 2, 4}
    ],
    # at home on every school day since 19 September
    "L-004": [
        Afwezigheid(d, 330, geoorloofd=False, hele_dag=True)
        for d in lesdagen
        if d >= pendulum.date(2016, 9, 19)
    ],
    # ill for a week: authorised, so not verzuim
    "L-003": [Afwezigheid(d, 330, geoorloofd=True, hele_dag=True) for d in lesdagen[10:15]],
}
for r in rijen:
    ref = r["ref"]
    if not statussen[ref].categorie.onder_leerplichtwet:
        continue
    oordeel = beoordeel_verzuim(
        statussen[ref],
        afwezig.get(ref, ()),
        KALENDER,
        niet_ingeschreven_sinds=datum(r["niet_ingeschreven_sinds"]),
    )
    bevindingen = [str(m) for m in oordeel.meldingen[:1]]
    if len(oordeel.meldingen) > 1:
        bevindingen.append(f"and {len(oordeel.meldingen) - 1} later 16-hour report(s)")
    if oordeel.langdurig_relatief_verzuim_sinds:
        bevindingen.append(
            f"R-LPW-5: langdurig relatief verzuim since {oordeel.langdurig_relatief_verzuim_sinds}"
        )
    if oordeel.thuiszitter:
        sinds = oordeel.thuis_sinds or "an unknown day"
        norm = ", longer than the three-month norm" if oordeel.langer_dan_norm else ""
        bevindingen.append(f"R-LPW-8: thuiszitter since {sinds}{norm}")
    print(f"   {ref}  " + ("; ".join(bevindingen) or "nothing to report"))
