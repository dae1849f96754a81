"""The werkagenda's text catalogue: every finding and reason of its checks, in Dutch and English.

`controle` decides what is wrong; this module only says how each finding reads. A key is the
condition code (see `Reden.code`) and, after a slash, the variant; a text's ``{slots}`` take
labels (a phase, a theme, a date, a role). The Dutch follows the handreiking (seed 003): its
eight columns (fase, thema, activiteit, wie, wanneer, instrumenten, "wat is het concrete
resultaat", "aan welk doel draagt dit resultaat bij"), its five phases and its themes.

The codes of the findings (`Bevinding.code`):

- ``R-WA-1.kolommen``: a column of the handreiking is empty (the column is the finding's
  ``kolom``); ``R-WA-1.bewijs``: realised without evidence of its result (a warning).
- ``R-WA-2.volgorde``: a phase's activity starts before any of an earlier phase (a warning);
  ``R-WA-2.fasen``: a phase without activities (a warning).
- ``R-WA-3.thema``, ``R-WA-3.pdca``: a theme, or a Plan-Do-Check-Act step, outside its phase.
- ``R-WA-5.drager``: an activity carried only by the sparring partner.
- ``R-WA-6.preventie``: no prevention item.

The codes of the reasons for agreeing (`instemmingsredenen`): ``R-WA-1.kolommen``,
``R-WA-3.fase`` (every theme and step in its phase), ``R-WA-5.drager``, ``R-WA-6.preventie``
(met, or one unmet reason per error, with the finding's own code among its facts), then
``R-WA-5.instemming`` (regional partners agree) and ``R-WA-5.dragers`` (every carrying party
agrees).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from gedragswerk_core.besluit import Tekst

__all__ = ["TEKSTEN", "tekst"]

_T = Tekst

TEKSTEN: Final = MappingProxyType(
    {
        # --- findings: an empty column (R-WA-1) --------------------------------------------------
        "R-WA-1.kolommen/fase": _T(
            "geen fase: geef aan in welke van de vijf fasen (R-WA-2) de activiteit valt",
            "no phase: say in which of the five phases (R-WA-2) it falls",
        ),
        "R-WA-1.kolommen/thema": _T(
            "geen thema: kies een thema van de fase (R-WA-3)",
            "no theme: choose a theme of its phase (R-WA-3)",
        ),
        "R-WA-1.kolommen/activiteit": _T(
            "geen omschrijving: geef aan wat er gedaan wordt",
            "no description: say what will be done",
        ),
        "R-WA-1.kolommen/wie": _T(
            "niemand draagt zorg voor de uitvoering: noem de regionale partijen die het "
            "uitvoeren (R-WA-5)",
            "nobody carries it: name the regional parties that carry it out (R-WA-5)",
        ),
        "R-WA-1.kolommen/wanneer": _T(
            "geen datum of periode: geef aan wanneer het gebeurt",
            "no date or period: say when it is done",
        ),
        "R-WA-1.kolommen/instrumenten": _T(
            "geen instrumenten: noem de instrumenten of middelen die worden ingezet",
            "no instruments: name the instruments or means it uses",
        ),
        "R-WA-1.kolommen/resultaat": _T(
            "geen concreet resultaat: geef aan wat het oplevert, zodat het te controleren is",
            "no concrete result: say what it delivers, so it can be checked",
        ),
        "R-WA-1.kolommen/doel": _T(
            "geen doel: geef aan aan welk doel het resultaat bijdraagt",
            "no goal: say which goal its result serves",
        ),
        "R-WA-1.kolommen/thema_hoort_bij": _T(
            "; het thema hoort bij {fase}", "; its theme belongs to {fase}"
        ),
        "R-WA-1.bewijs/": _T(
            "gerealiseerd zonder bewijs van het concrete resultaat: leg het bewijs vast",
            "realised without evidence of its concrete result: record the evidence",
        ),
        # --- findings: phases and themes (R-WA-2, R-WA-3) ---------------------------------------
        "R-WA-2.volgorde/": _T(
            "begint op {begin}, voordat een activiteit van {fase} is begonnen ({eerste}); de "
            "fasen volgen elkaar op",
            "starts on {begin}, before any activity of {fase} has started ({eerste}); the "
            "phases follow each other in order",
        ),
        "R-WA-2.fasen/": _T(
            "geen activiteit in deze fase: alle vijf fasen horen bij de werkagenda",
            "no activity in this phase: all five phases belong to the werkagenda",
        ),
        "R-WA-3.thema/": _T(
            "het thema '{thema}' hoort bij {fase}, niet bij deze fase; kies uit: {keuze}",
            "the theme '{thema}' belongs to {fase}, not to this phase; choose one of: {keuze}",
        ),
        "R-WA-3.pdca/": _T(
            "een stap van de Plan-Do-Check-Act-cyclus hoort bij 5. Activeren",
            "a Plan-Do-Check-Act step belongs to 5. Activeren",
        ),
        # --- findings: carried by the region, prevention (R-WA-5, R-WA-6) -----------------------
        "R-WA-5.drager/": _T(
            "alleen de sparringpartner voert het uit: een regionale partner moet het uitvoeren, "
            "Gedragswerk ondersteunt en neemt nooit over (R-LC-4)",
            "only the sparring partner carries it: a regional partner must carry it out, "
            "Gedragswerk supports and never takes over (R-LC-4)",
        ),
        "R-WA-6.preventie/": _T(
            "geen preventie-item: voeg een systemische maatregel toe die nieuwe thuiszitters "
            "voorkomt, en markeer die met preventief=True",
            "no prevention item: add a systemic measure that stops new thuiszitters, and mark "
            "it preventief=True",
        ),
        # --- reasons for agreeing the werkagenda (R-WA-1, R-WA-3, R-WA-5, R-WA-6) ----------------
        "bevinding": _T("{plaats}: {bevinding}", "{plaats}: {bevinding}"),
        "R-WA-1.kolommen/ja": _T(
            "elke activiteit vult alle acht kolommen", "every activity fills all eight columns"
        ),
        "R-WA-3.fase/ja": _T(
            "elk thema en elke PDCA-stap ligt in de eigen fase",
            "every theme and PDCA step lies in its own phase",
        ),
        "R-WA-5.drager/ja": _T(
            "elke activiteit wordt uitgevoerd door ten minste één regionale partner",
            "every activity is carried by at least one regional partner",
        ),
        "R-WA-6.preventie/ja": _T(
            "de werkagenda heeft een preventie-item", "the werkagenda has a prevention item"
        ),
        "R-WA-5.instemming/ja": _T("regionale partners stemmen in", "regional partners agree"),
        "R-WA-5.instemming/nee": _T(
            "alleen de sparringpartner stemt in: de regionale partners moeten instemmen",
            "only the sparring partner agrees: the regional partners must agree",
        ),
        "R-WA-5.dragers/ja": _T(
            "elke partij die een activiteit uitvoert, stemt in",
            "every party that carries an activity agrees",
        ),
        "R-WA-5.dragers/nee_een": _T(
            "1 partij die een activiteit uitvoert, stemt niet in (rollen: {rollen}); elke "
            "uitvoerende partij moet instemmen",
            "1 party carrying an activity does not agree (roles: {rollen}); every carrying "
            "party must agree",
        ),
        "R-WA-5.dragers/nee_meer": _T(
            "{aantal} partijen die een activiteit uitvoeren, stemmen niet in (rollen: "
            "{rollen}); elke uitvoerende partij moet instemmen",
            "{aantal} parties carrying an activity do not agree (roles: {rollen}); every "
            "carrying party must agree",
        ),
    }
)
"""Every text of the werkagenda's findings and reasons, by key (see the module doc)."""


def tekst(sleutel: str, **invulling: str | Tekst) -> Tekst:
    """The catalogue's text ``sleutel`` with its slots filled, in both languages."""
    return TEKSTEN[sleutel].vul(**invulling)
