"""The lifecycle's text catalogue: every finding of the intake and the steps, in Dutch and English.

The conditions in `stappen` and `hulpvraag` decide; this module only says how each finding
reads. A key names the condition code (``"R-LC-6.wil"``, see `Reden.code`) and, after a slash,
the outcome or variant; a text's ``{slots}`` take labels (a role, a status) or, where the words
differ per language, another entry of this catalogue. A new language is one more field of
`Tekst`; a reworded finding is one entry here.

The codes (one per condition a decision weighs):

- ``R-LC-*.status`` and ``R-LC-1.status``/``R-LC-8.status``: the step in the intervention's
  status (every step's first reason).
- ``R-LC-7.verwijzing``: the intake's referral question at first contact (R-LC-7, R-LC-2).
- ``R-LC-7.eerste_contact``, ``R-LC-7.doel``, ``R-LC-2.doorverwijzing``,
  ``R-LC-4.doorverwijzing``: a referral and its target.
- ``R-LC-3.regionaal``, ``R-WA-5.regionaal``: a regional party in the conversation, the
  werkagenda.
- ``R-LC-1.leerling``, ``R-LC-3.resultaat``: a result for a pupil of the hulpvraag, once.
- ``R-LC-5.afronding``, ``R-LC-4.verklaring``: the afronding statement and who made it;
  ``R-KKW-3.herbeoordeling``: the reassessment it carries, when made.
- ``R-LC-6.ander``, ``R-LC-4.overdracht``, ``R-LC-6.meer``, ``R-LC-6.kan``, ``R-LC-6.wil``:
  the three conditions of an overdracht, the last one per verb.
- ``R-LC-4.verklaarder``: who makes a statement (`Verklaard`): never Gedragswerk for the region.
- ``R-GEB-4.geldig``: a correction of an earlier event, with the findings it may give instead:
  ``R-GEB-4.positie`` (no event there), ``R-GEB-4.soort`` (another kind), ``R-GEB-2.vervanging``
  (the replacement happened after the correction), ``R-GEB-1.volgorde`` (the corrected events
  out of order), ``R-GEB-4.onbeslist`` (a later step would wait for a statement), or the reason
  of the step the corrected history would break.

An ``/onbeslist`` text is the finding of a condition that waits for a party's statement
(R-VKL-1): ``R-LC-6.kan/onbeslist`` and ``R-LC-6.wil/onbeslist`` (the receiver's),
``R-LC-5.afronding/onbeslist`` (the actors'), ``R-LC-7.verwijzing/onbeslist`` and
``R-LC-7.doel/onbeslist`` (the systemic aspect at first contact). The statements they wait for
have the codes ``R-LC-6.kan``, ``R-LC-6.wil``, ``R-LC-5.kan``, ``R-LC-5.wil`` and
``R-LC-7.systemisch`` (`Uitspraak.code`).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from gedragswerk_core.besluit import Reden, Tekst, reden_uit

__all__ = ["TEKSTEN", "ja_nee"]

_T = Tekst

TEKSTEN: Final = MappingProxyType(
    {
        # --- the status: is the step possible at all now -------------------------------------
        "status/toegestaan": _T("de interventie is {status}", "the intervention is {status}"),
        "status/ontvangen": _T(
            "de hulpvraag is nog niet geaccepteerd: stel eerst vast of Gedragswerk een rol heeft",
            "the hulpvraag has not been accepted yet: first establish whether Gedragswerk has "
            "a role",
        ),
        "status/lopend": _T(
            "het intakebesluit is al genomen", "the intake decision has already been made"
        ),
        "status/doorverwezen": _T(
            "de vrager is bij het eerste contact naar een andere instantie verwezen; alleen een "
            "uitdrukkelijke heropening wordt aanvaard",
            "the caller was referred to another agency at first contact; only an explicit "
            "reopen is accepted",
        ),
        "status/afgerond": _T(
            "de interventie is afgerond; alleen een uitdrukkelijke heropening wordt aanvaard",
            "the intervention is afgerond; only an explicit reopen is accepted",
        ),
        "status/overgedragen": _T(
            "de hulpvraag is overgedragen en de sparringpartner heeft zich teruggetrokken; alleen "
            "een uitdrukkelijke heropening wordt aanvaard",
            "the hulpvraag was handed over and the sparring partner has withdrawn; only an "
            "explicit reopen is accepted",
        ),
        "status/tweede_hulpvraag": _T(
            "een interventie begint bij precies één hulpvraag; begin een nieuwe interventie voor "
            "een nieuwe hulpvraag",
            "an intervention starts from exactly one hulpvraag; start a new intervention for a "
            "new hulpvraag",
        ),
        "status/niets_te_heropenen": _T(
            "de interventie is {status}, niet gesloten: een open interventie is een lopende "
            "betrokkenheid en er valt niets te heropenen",
            "the intervention is {status}, not closed: an open intervention is ongoing "
            "involvement and there is nothing to reopen",
        ),
        # --- the intake and the referral at first contact (R-LC-7, R-LC-2, R-LC-4) ------------
        "R-LC-7.verwijzing/geen_eerste_contact": _T(
            "geen eerste contact (ingebracht aan een tafel of door het interventieteam): geen "
            "verwijsvraag, de hulpvraag wordt op zichzelf beoordeeld (R-LC-2){naast}",
            "not a first-contact call (brought in at a table or by the interventieteam): no "
            "referral question, the hulpvraag is taken on its own merits (R-LC-2){naast}",
        ),
        "R-LC-7.verwijzing/verwijzen": _T(
            "verwijs naar de onderwijszorgconsulenten: {gronden}",
            "refer to the onderwijszorgconsulenten: {gronden}",
        ),
        "R-LC-7.verwijzing/niet_nodig": _T(
            "bij het eerste contact is geen verwijzing nodig: de vraag heeft een systemisch "
            "aspect, dus Gedragswerk heeft een rol (R-LC-2){naast}",
            "no referral needed at first contact: the question has a systemic aspect, so "
            "Gedragswerk has a role (R-LC-2){naast}",
        ),
        "R-LC-7.verwijzing/onbeslist": _T(
            "onbeslist: de onderwijszorgconsulenten zijn betrokken, maar of de vraag een "
            "systemisch aspect heeft is nog niet vastgesteld of verklaard (R-LC-7.systemisch)"
            "{naast}",
            "undecided: the onderwijszorgconsulenten are engaged, but whether the question has a "
            "systemic aspect is not yet established or stated (R-LC-7.systemisch){naast}",
        ),
        "naast": _T(
            "; Gedragswerk werkt naast de betrokken consulenten",
            "; Gedragswerk works alongside the engaged consulenten",
        ),
        "niet_naast": _T("", ""),
        "grond/consulenten": _T(
            "de onderwijszorgconsulenten zijn nog niet betrokken",
            "the onderwijszorgconsulenten are not yet engaged",
        ),
        "grond/systemisch": _T(
            "de vraag heeft geen systemisch aspect", "the question has no systemic aspect"
        ),
        "R-LC-7.eerste_contact/ja": _T(
            "een verwijzing gebeurt bij het eerste contact", "a referral is made at first contact"
        ),
        "R-LC-7.eerste_contact/nee": _T(
            "geen eerste contact (ingebracht aan een tafel of door het interventieteam), dus geen "
            "verwijzing; is het meer aan een andere partij om te handelen, draag het dan over "
            "(draag_over, R-LC-6)",
            "not a first-contact call (brought in at a table or by the interventieteam), so "
            "there is no referral; if it is more for another party to act, hand it over "
            "(draag_over, R-LC-6)",
        ),
        "R-LC-7.doel/consulenten": _T(
            "verwijzing verplicht: {gronden}", "referral required: {gronden}"
        ),
        "R-LC-7.doel/andere_instantie": _T(
            "verwijzing verplicht naar de onderwijszorgconsulenten, niet naar een andere "
            "instantie: {gronden}",
            "referral required to the onderwijszorgconsulenten, not to another agency: {gronden}",
        ),
        "R-LC-7.doel/consulenten_past": _T(
            "een verwijzing naar de onderwijszorgconsulenten past, of de vraag nu een systemisch "
            "aspect heeft of niet",
            "a referral to the onderwijszorgconsulenten fits whether or not the question has a "
            "systemic aspect",
        ),
        "R-LC-7.doel/onbeslist": _T(
            "onbeslist: of de verwijzing naar de onderwijszorgconsulenten moet (en niet naar "
            "{rol}), hangt af van het systemisch aspect, dat nog niet is verklaard "
            "(R-LC-7.systemisch)",
            "undecided: whether the referral must go to the onderwijszorgconsulenten (not to "
            "{rol}) depends on the systemic aspect, which is not yet stated (R-LC-7.systemisch)",
        ),
        "R-LC-4.doorverwijzing/": _T(
            "een verwijzing gaat naar een andere instantie, niet naar Gedragswerk",
            "a referral goes to another agency, not to Gedragswerk",
        ),
        "R-LC-2.doorverwijzing/": _T(
            "geen verwijzing verplicht; Gedragswerk heeft hier geen rol en verwijst naar een "
            "andere instantie ({rol})",
            "no referral required; Gedragswerk has no role here and refers to another agency "
            "({rol})",
        ),
        # --- the work: conversations, werkagenda, results (R-LC-3, R-WA-5, R-LC-1) ------------
        "regionaal/ja": _T(
            "{wat} heeft ten minste één regionale partij",
            "{wat} includes at least one regional party",
        ),
        "regionaal/nee": _T(
            "{wat} heeft alleen de sparringpartner; het werk doen regionale partijen, "
            "Gedragswerk ondersteunt",
            "{wat} has only the sparring partner; the work is done by regional parties, "
            "Gedragswerk supports",
        ),
        "wat/gesprek": _T("het gesprek", "the conversation"),
        "wat/werkagenda": _T("de werkagenda", "the werkagenda"),
        "R-LC-1.leerling/": _T(
            "de leerling is niet een van de leerlingen van de hulpvraag",
            "the pupil is not one the hulpvraag is about",
        ),
        "R-LC-3.resultaat/al_geboekt": _T(
            "passend onderwijs was voor deze leerling al geboekt",
            "passend onderwijs was already booked for this pupil",
        ),
        "R-LC-3.resultaat/": _T(
            "een concreet resultaat voor een leerling van de hulpvraag",
            "a concrete result for a pupil of the hulpvraag",
        ),
        # --- afronding (R-LC-5, R-LC-4) --------------------------------------------------------
        "R-LC-5.afronding/oplossing": _T(
            "er is een oplossing gevonden voor het probleem op tafel",
            "a solution was found for the problem on the table",
        ),
        "R-LC-5.afronding/zelf_verder": _T(
            "de actoren verklaren dat zij zelf verder kunnen en willen",
            "the actors state they can and want to go on on their own",
        ),
        "R-LC-5.afronding/niet_zelf_verder": _T(
            "er is geen oplossing gevonden en de actoren verklaren niet dat zij zelf verder "
            "{ontbreekt}",
            "no solution was found and the actors do not state they {ontbreekt} go on on their own",
        ),
        "R-LC-5.afronding/onbeslist": _T(
            "onbeslist: er is geen oplossing gevonden en de actoren hebben (nog) niet verklaard "
            "of zij zelf verder {ontbreekt}",
            "undecided: no solution was found and the actors have not (yet) stated whether they "
            "{ontbreekt} go on on their own",
        ),
        "R-LC-5.afronding/niet_elke_partij": _T(
            "er is geen oplossing gevonden en niet elke partij verklaart zelf verder te kunnen "
            "en willen: {partijen}",
            "no solution was found and not every party states it can and wants to go on on its "
            "own: {partijen}",
        ),
        "partij_verklaart_niet": _T(
            "{rol} verklaart niet dat het zelf verder {ontbreekt}",
            "{rol} does not state it {ontbreekt}",
        ),
        "ontbreekt/kunnen": _T("kunnen", "can"),
        "ontbreekt/willen": _T("willen", "want to"),
        "ontbreekt/kunnen_willen": _T("kunnen en willen", "can and want to"),
        "partij_ontbreekt/kunnen": _T("kan", "can"),
        "partij_ontbreekt/willen": _T("wil", "wants to"),
        "partij_ontbreekt/kunnen_willen": _T("kan en wil", "can and wants to"),
        "R-KKW-3.herbeoordeling/ja": _T(
            "de herbeoordeling van kennen, kunnen en willen bij de afronding is vastgelegd",
            "the reassessment of kennen, kunnen and willen at afronding is recorded",
        ),
        "R-KKW-3.herbeoordeling/ander": _T(
            "de herbeoordeling hoort bij een andere interventie (een ander kenmerk)",
            "the reassessment belongs to another intervention (another kenmerk)",
        ),
        "R-LC-4.verklaring/": _T(
            "Gedragswerk kan niet namens de regio verklaren dat die zelf verder kan en wil: "
            "alleen de regionale partijen leggen die verklaring af",
            "Gedragswerk cannot state for the region that it can and wants to go on: only the "
            "regional parties make that statement",
        ),
        # --- overdracht (R-LC-6, R-LC-4) ---------------------------------------------------------
        "R-LC-4.overdracht/": _T(
            "een overdracht aan Gedragswerk zou Gedragswerk verantwoordelijk laten: de ontvanger "
            "moet een andere partij zijn dan Gedragswerk (R-LC-6)",
            "a handover to Gedragswerk would leave it responsible: the receiver must be a party "
            "other than Gedragswerk (R-LC-6)",
        ),
        "R-LC-6.ander/": _T(
            "de ontvanger is een andere partij ({rol})", "the receiver is another party ({rol})"
        ),
        "R-LC-6.meer/ja": _T(
            "het is meer aan de ontvanger om te handelen", "it is more for the receiver to act"
        ),
        "R-LC-6.meer/nee": _T(
            "het is niet meer aan de ontvanger dan aan de huidige partijen om te handelen",
            "it is not more for the receiver than for the current parties to act",
        ),
        "R-LC-6.kan/ja": _T(
            "de ontvanger verklaart dat hij de hulpvraag kan oppakken",
            "the receiver states it can take the hulpvraag on",
        ),
        "R-LC-6.kan/nee": _T(
            "de ontvanger verklaart niet dat hij de hulpvraag kan oppakken",
            "the receiver does not state it can take it on",
        ),
        "R-LC-6.kan/onbeslist": _T(
            "onbeslist: de ontvanger heeft (nog) niet verklaard of hij de hulpvraag kan oppakken",
            "undecided: the receiver has not (yet) stated whether it can take the hulpvraag on",
        ),
        "R-LC-6.wil/onbeslist": _T(
            "onbeslist: de ontvanger heeft (nog) niet verklaard of hij de hulpvraag wil oppakken",
            "undecided: the receiver has not (yet) stated whether it wants to take the "
            "hulpvraag on",
        ),
        "R-LC-6.wil/ja": _T(
            "de ontvanger verklaart dat hij de hulpvraag wil oppakken",
            "the receiver states it wants to take the hulpvraag on",
        ),
        "R-LC-6.wil/nee": _T(
            "de ontvanger verklaart niet dat hij de hulpvraag wil oppakken",
            "the receiver does not state it wants to take it on",
        ),
        # --- a statement (R-VKL-1, R-LC-4) ------------------------------------------------------
        "R-LC-4.verklaarder/ja": _T(
            "de verklaring is van de partij die het aangaat",
            "the statement is made by the party concerned",
        ),
        "R-LC-4.verklaarder/nee": _T(
            "Gedragswerk kan niet namens de regio verklaren dat die zelf verder kan of wil: "
            "alleen de regionale partijen leggen die verklaring af",
            "Gedragswerk cannot state for the region that it can or wants to go on: only the "
            "regional parties make that statement",
        ),
        # --- a correction of an earlier event (R-GEB-4, R-GEB-2, R-GEB-1) ----------------------
        "R-GEB-4.positie": _T(
            "er staat geen gebeurtenis op die plek in de geldende geschiedenis",
            "there is no event at that position of the history in force",
        ),
        "R-GEB-4.soort": _T(
            "de vervanging is een andere soort gebeurtenis dan de gebeurtenis die zij corrigeert",
            "the replacement is another kind of event than the event it corrects",
        ),
        "R-GEB-2.vervanging": _T(
            "de vervanging wordt met de correctie vastgelegd en kan niet later gebeurd zijn",
            "the replacement is recorded by the correction and cannot have happened after it",
        ),
        "R-GEB-1.volgorde": _T(
            "na de correctie staan de gebeurtenissen niet meer in de volgorde waarin ze gebeurden",
            "after the correction the events are no longer in the order they happened",
        ),
        "R-GEB-4.onbeslist": _T(
            "na de correctie zou een latere stap wachten op een verklaring die niet is afgelegd: "
            "een stap die al is gezet kan niet onbeslist worden",
            "after the correction a later step would wait for a statement not made: a step "
            "already taken cannot become undecided",
        ),
        "R-GEB-4.geldig": _T(
            "de gecorrigeerde geschiedenis voldoet aan elke regel; de status verandert niet",
            "the corrected history meets every rule; the status does not change",
        ),
    }
)
"""Every text of the lifecycle's findings, by key (see the module doc)."""


def ja_nee(
    code: str, feit: str, sleutel: str | None = None, **invulling: str | Tekst
) -> dict[bool, Reden]:
    """The two reasons of a yes/no condition ``code`` weighing the fact ``feit``, built once.

    Their texts are the entries ``{sleutel}/ja`` and ``{sleutel}/nee`` (``sleutel``: the code).
    """
    return {
        ja: reden_uit(
            TEKSTEN[f"{sleutel or code}/" + ("ja" if ja else "nee")],
            code,
            ja,
            {feit: ja},
            **invulling,
        )
        for ja in (False, True)
    }
