"""The leerplicht package's text catalogue: every fact and every reason of a leave decision.

`status`, `verzuim` and `verlof` decide what holds; this module only says how each fact or
reason reads, in Dutch (the default) and English. A key is the code (see `Reden.code`,
`Feit.code`) and, after a slash, the variant; a text's ``{slots}`` take labels (a date, a
number, a ground, an article). The Dutch uses the words of the Leerplichtwet 1969
(BWBR0002628): *leerplicht*, *volledige leerplicht*, *kwalificatieplicht*, *startkwalificatie*,
*vrijstelling*, *verlof*, *schooldagen*, *lesweken*, *het hoofd*, *de leerplichtambtenaar*,
*absoluut* and *(langdurig) relatief verzuim*; and DUO's for the reports (*melding*).

The codes of the facts (`Feit.code`, `Leerplichtstatus.feiten`, `Verzuimbeoordeling.feiten`):

- ``R-LPW-1.begin``, ``R-LPW-2.einde``: the start of leerplicht, the end of volledige
  leerplicht.
- ``R-LPW-3.kwalificatieplicht``, ``R-LPW-4.rmc``: kwalificatieplicht, the RMC target group.
- ``R-LPW-7.vrijstelling``: a vrijstelling in force (one fact each).
- ``R-LPW-6.melding``: the report of 16 hours in four lesweken; ``R-LPW-10.melding``: any
  other report to DUO (one fact each).
- ``R-LPW-5.langdurig_relatief``, ``R-LPW-5.absoluut``: the two kinds of verzuim.
- ``R-LPW-8.thuiszitter``: whether the pupil is a thuiszitter, and since when.

The codes of a decision on leave (`beoordeel_verlof`, R-LPW-12): for art. 13a
``R-LPW-12.eenmaal`` (once a school year), ``R-LPW-12.dagen`` (at most ten school days),
``R-LPW-12.eerste_lesweken`` (not in the first two lesweken), ``R-LPW-12.hoofd`` (the head
decides); for art. 14 ``R-LPW-12.bevoegd`` (the head up to ten days, above that the
leerplichtambtenaar).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from gedragswerk_core.besluit import Reden, Tekst, reden_uit
from gedragswerk_core.leerplicht.feit import Feit, feit_uit

__all__ = ["TEKSTEN", "feit", "reden"]

_T = Tekst

TEKSTEN: Final = MappingProxyType(
    {
        # --- the facts of a Leerplichtstatus (R-LPW-1 … R-LPW-4, R-LPW-7) ---------------------
        "R-LPW-1.begin": _T(
            "de leerplicht begint op {begin}, de eerste schooldag van de maand na de vijfde "
            "verjaardag (BWBR0002628 art. 3 lid 1)",
            "leerplicht starts on {begin}, the first school day of the month after the fifth "
            "birthday (BWBR0002628 art. 3 lid 1)",
        ),
        "R-LPW-2.einde": _T(
            "de volledige leerplicht eindigt na {einde}, het einde van het schooljaar waarin de "
            "jongere 16 jaar wordt of twaalf volledige schooljaren heeft gevolgd (art. 3 lid 1, 2)",
            "volledige leerplicht ends after {einde}, the end of the school year of the 16th "
            "birthday or of twelve full school years (art. 3 lid 1, 2)",
        ),
        "R-LPW-3.kwalificatieplicht/periode": _T(
            "kwalificatieplicht {periode} (art. 4a, 4b)",
            "kwalificatieplicht {periode} (art. 4a, 4b)",
        ),
        "R-LPW-3.kwalificatieplicht/niet_in_de_wet": _T(
            "geen kwalificatieplicht in de wet op die dag ({wetsversie}; R-LPW-13)",
            "no kwalificatieplicht in the law on that day ({wetsversie}; R-LPW-13)",
        ),
        "R-LPW-3.kwalificatieplicht/geen": _T(
            "geen kwalificatieplicht: een startkwalificatie, of art. 4a lid 2 voordat die begint",
            "no kwalificatieplicht: a startkwalificatie or art. 4a lid 2 before it starts",
        ),
        "R-LPW-4.rmc/periode": _T(
            "RMC-doelgroep {periode}: jonger dan 23 jaar zonder startkwalificatie",
            "RMC target group {periode}: under 23 without a startkwalificatie",
        ),
        "R-LPW-4.rmc/geen": _T(
            "niet in de RMC-doelgroep: een startkwalificatie",
            "not in the RMC target group: a startkwalificatie",
        ),
        "R-LPW-7.vrijstelling": _T(
            "vrijstelling {grond} van kracht ({artikel})",
            "vrijstelling {grond} in force ({artikel})",
        ),
        # --- the facts of a Verzuimbeoordeling (R-LPW-5, R-LPW-6, R-LPW-8, R-LPW-10) -----------
        "R-LPW-6.melding/plicht": _T(
            "{aantal} melding(en) van {uren} uur in vier lesweken te doen",
            "{aantal} report(s) of {uren} hours in four lesweken due",
        ),
        "R-LPW-6.melding/geen_plicht": _T(
            "{aantal} melding(en) van {uren} uur in vier lesweken te doen; mag worden gedaan, "
            "geen plicht: de leerling valt niet meer onder de Leerplichtwet",
            "{aantal} report(s) of {uren} hours in four lesweken due; may be made, not a duty: "
            "the pupil is no longer under the Leerplichtwet",
        ),
        "R-LPW-10.melding/open": _T(
            "melding {soort} te doen vanaf {begin} ({artikel})",
            "{soort} report due from {begin} ({artikel})",
        ),
        "R-LPW-10.melding/tot": _T(
            "melding {soort} te doen vanaf {begin} tot {einde} ({artikel})",
            "{soort} report due from {begin} to {einde} ({artikel})",
        ),
        "R-LPW-5.langdurig_relatief/ja": _T(
            "langdurig relatief verzuim sinds {sinds}", "langdurig relatief verzuim since {sinds}"
        ),
        "R-LPW-5.langdurig_relatief/nee": _T(
            "geen langdurig relatief verzuim", "no langdurig relatief verzuim"
        ),
        "R-LPW-5.absoluut/ja": _T("absoluut verzuim: ja", "absoluut verzuim: yes"),
        "R-LPW-5.absoluut/nee": _T("absoluut verzuim: nee", "absoluut verzuim: no"),
        "R-LPW-8.thuiszitter/nee": _T("geen thuiszitter", "not a thuiszitter"),
        "R-LPW-8.thuiszitter/onbekend": _T(
            "thuiszitter, sinds een onbekende dag", "thuiszitter, since an unknown day"
        ),
        "R-LPW-8.thuiszitter/sinds": _T("thuiszitter sinds {sinds}", "thuiszitter since {sinds}"),
        "R-LPW-8.thuiszitter/langer": _T(
            "thuiszitter sinds {sinds}, langer dan {maanden} maanden",
            "thuiszitter since {sinds}, longer than {maanden} months",
        ),
        # --- a decision on leave (R-LPW-12: art. 13a, art. 14) ---------------------------------
        "R-LPW-12.eenmaal/ja": _T(
            "vakantieverlof in schooljaar {schooljaar} voor de eerste keer (art. 13a lid 2: "
            "eenmaal per schooljaar)",
            "holiday leave in school year {schooljaar} for the first time (art. 13a lid 2: "
            "once a school year)",
        ),
        "R-LPW-12.eenmaal/nee": _T(
            "vakantieverlof in schooljaar {schooljaar} voor de tweede keer (art. 13a lid 2: "
            "eenmaal per schooljaar)",
            "holiday leave in school year {schooljaar} for the second time (art. 13a lid 2: "
            "once a school year)",
        ),
        "R-LPW-12.dagen": _T(
            "{dagen} schooldag(en) gevraagd (art. 13a lid 2: ten hoogste {max})",
            "{dagen} school day(s) asked (art. 13a lid 2: at most {max})",
        ),
        "R-LPW-12.eerste_lesweken/ja": _T(
            "verlof vanaf {datum} ligt na de eerste twee lesweken van het schooljaar "
            "(art. 13a lid 2)",
            "leave from {datum} is after the first two lesweken of the school year "
            "(art. 13a lid 2)",
        ),
        "R-LPW-12.eerste_lesweken/nee": _T(
            "verlof vanaf {datum} valt in de eerste twee lesweken van het schooljaar "
            "(art. 13a lid 2)",
            "leave from {datum} falls in the first two lesweken of the school year "
            "(art. 13a lid 2)",
        ),
        "R-LPW-12.hoofd": _T(
            "besloten door de {beslisser} (art. 13a lid 1: het hoofd)",
            "decided by the {beslisser} (art. 13a lid 1: the head)",
        ),
        "R-LPW-12.bevoegd": _T(
            "{totaal} schooldag(en) verlof in het schooljaar: de {bevoegd} beslist (art. 14 "
            "lid 3: het hoofd tot en met {max}, daarboven de leerplichtambtenaar); gevraagd aan "
            "de {beslisser}",
            "{totaal} school day(s) of leave in the school year: the {bevoegd} decides (art. 14 "
            "lid 3: the head up to {max}, above that the leerplichtambtenaar); asked of the "
            "{beslisser}",
        ),
    }
)
"""Every text of the leerplicht facts and the leave reasons, by key (see the module doc)."""


def feit(sleutel: str, geldt: bool, **labels: str) -> Feit:
    """The `Feit` of the catalogue's text ``sleutel`` (its code before the slash).

    ``labels`` (a date, a number, a ground) fill the text's slots and are kept as its data.
    """
    return feit_uit(TEKSTEN[sleutel], sleutel.split("/", 1)[0], geldt, labels, **labels)


def reden(sleutel: str, voldaan: bool, **labels: str) -> Reden:
    """The `Reden` of the catalogue's text ``sleutel`` (its code before the slash), as `feit`."""
    return reden_uit(TEKSTEN[sleutel], sleutel.split("/", 1)[0], voldaan, labels, **labels)
