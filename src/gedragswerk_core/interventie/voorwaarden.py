"""The conditions of the lifecycle's steps besides their status: one `Voorwaarde` each.

A condition is a test of the history so far and the new event that returns a `Reden`: met or
not, with its rule and code. The reasons are a small, finite set of values, built once below
from the text catalogue (`teksten.TEKSTEN`); the same fact always reads the same way. The rows
of `stappen.STAPPEN` name which conditions each step checks.

R-LC-4 (support never takes over the region's responsibility) is enforced here on three
conditions: no referral to Gedragswerk itself, no handover to it, and no afronding statement
made by it.

References:
    - R-LC-1 … R-LC-7, R-WA-5 (DOMAIN.md), seed 002 §2.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final, final

from attrs import frozen

from gedragswerk_core.besluit import Reden, onbesliste_reden, reden_uit, verbind
from gedragswerk_core.interventie.gebeurtenissen import (
    Afgerond,
    Doorverwezen,
    Geaccepteerd,
    Gebeurtenis,
    GesprekGevoerd,
    Heropend,
    Overgedragen,
    Partijverklaring,
    ResultaatGeboekt,
    Uitspraak,
    Verklaard,
    WerkagendaAfgesproken,
)
from gedragswerk_core.interventie.hulpvraag import (
    Hulpvraag,
    Kanaal,
    eerste_contact_reden,
    intake_reden,
    verwijzing_reden,
)
from gedragswerk_core.interventie.teksten import TEKSTEN, ja_nee
from gedragswerk_core.partijen import Partij, Rol, heeft_regionale_partij

__all__ = ["Toets", "Voorwaarde"]


Toets = Callable[[tuple[Gebeurtenis, ...], Any], Reden | None]
"""A condition's test: (the history so far, the new event) -> the reason, met or not; or
``None`` when the condition has nothing to weigh (a reassessment not made, R-KKW-3)."""


@final
@frozen
class Voorwaarde:
    """A condition of a step besides its status: one column of a row of `STAPPEN`.

    Attributes:
        code: the condition's code, as its reasons carry it (``"R-LC-6.wil"``); a test may
            also give a reason of another rule (R-LC-4) when the step would break that one.
        toets: the test.
        vraagt: what the test reads from the new event, by field path
            (``"voorstel.ontvanger_wil"``); empty when it reads only the history. Without the
            event these are what is missing (`waarom_niet`).
    """

    code: str
    toets: Toets
    vraagt: tuple[str, ...] = ()


def _hulpvraag(eerdere: tuple[Gebeurtenis, ...]) -> Hulpvraag:
    return eerdere[0].hulpvraag  # type: ignore[union-attr]  # R-LC-1: the first event


def verklaard(
    eerdere: tuple[Gebeurtenis, ...], uitspraak: Uitspraak, door: Partij | None = None
) -> bool | None:
    """What the history holds of ``uitspraak`` (R-VKL-1): ``None`` when nobody stated it.

    Each party's latest statement since the last reopening counts (a receiver that handed the
    question back, or actors who did not go on alone after all, state it again). Of ``door``
    only; of everybody otherwise, and then it holds when every party that stated it says it
    holds (R-LC-5: the actors state it).
    """
    laatste: dict[Partij, bool] = {}
    for g in eerdere:
        if type(g) is Heropend:
            laatste.clear()  # R-LC-8: a reopened case starts its statements anew
        elif type(g) is Verklaard and g.uitspraak is uitspraak and door in (None, g.door):
            laatste[g.door] = g.waar
    return all(laatste.values()) if laatste else None


_ONWAAR_WAAR: Final = (False, True)
_DRIE: Final = (False, True, None)
"""A fact that may also not be stated yet (``None``)."""

# R-LC-7 is decided at first contact only: the channel and the two facts (consulenten engaged,
# systemic aspect) key the reasons, built once.
_INTAKE: Final = {
    (kanaal, consulenten, systemisch): intake_reden(
        kanaal.is_eerste_contact, consulenten, systemisch
    )
    for kanaal in Kanaal
    for consulenten in _ONWAAR_WAAR
    for systemisch in _DRIE
}
_DOEL: Final = {
    (kanaal, consulenten, systemisch, rol): verwijzing_reden(
        kanaal.is_eerste_contact, consulenten, systemisch, rol
    )
    for kanaal in Kanaal
    for consulenten in _ONWAAR_WAAR
    for systemisch in _DRIE
    for rol in Rol
}


def _systemisch(eerdere: tuple[Gebeurtenis, ...]) -> bool | None:
    """R-LC-7: the hulpvraag's systemic aspect, or else what a party stated of it (R-VKL-1)."""
    h = _hulpvraag(eerdere)
    if h.systemisch_aspect is not None:
        return h.systemisch_aspect
    return verklaard(eerdere, Uitspraak.SYSTEMISCH_ASPECT)


def intake(eerdere: tuple[Gebeurtenis, ...], _: Geaccepteerd) -> Reden:
    h = _hulpvraag(eerdere)  # R-LC-2, R-LC-7
    return _INTAKE[h.kanaal, h.consulenten_betrokken, _systemisch(eerdere)]


def eerste_contact(eerdere: tuple[Gebeurtenis, ...], _: Doorverwezen) -> Reden:
    return eerste_contact_reden(_hulpvraag(eerdere).kanaal.is_eerste_contact)  # R-LC-7


def doel(eerdere: tuple[Gebeurtenis, ...], g: Doorverwezen) -> Reden:
    h = _hulpvraag(eerdere)  # R-LC-7 (required: the consulenten); R-LC-2, R-LC-4 otherwise
    return _DOEL[h.kanaal, h.consulenten_betrokken, _systemisch(eerdere), g.naar.rol]


def _regionaal(regel: str, wat: str) -> dict[bool, Reden]:
    return ja_nee(f"{regel}.regionaal", "regionale_partij", "regionaal", wat=TEKSTEN[f"wat/{wat}"])


_GESPREK_REGIONAAL: Final = _regionaal("R-LC-3", "gesprek")
_WERKAGENDA_REGIONAAL: Final = _regionaal("R-WA-5", "werkagenda")


def gesprek_regionaal(_: tuple[Gebeurtenis, ...], g: GesprekGevoerd) -> Reden:
    return _GESPREK_REGIONAAL[heeft_regionale_partij(g.deelnemers)]  # R-LC-3


def werkagenda_regionaal(_: tuple[Gebeurtenis, ...], g: WerkagendaAfgesproken) -> Reden:
    return _WERKAGENDA_REGIONAAL[heeft_regionale_partij(g.partijen)]  # R-WA-5


_RESULTAAT: Final = {
    # (a pupil of the hulpvraag, already booked)
    (False, False): reden_uit(
        TEKSTEN["R-LC-1.leerling/"], "R-LC-1.leerling", False, {"leerling_van_hulpvraag": False}
    ),
    (True, True): reden_uit(
        TEKSTEN["R-LC-3.resultaat/al_geboekt"], "R-LC-3.resultaat", False, {"al_geboekt": True}
    ),
    (True, False): reden_uit(
        TEKSTEN["R-LC-3.resultaat/"], "R-LC-3.resultaat", True, {"al_geboekt": False}
    ),
}


def resultaat(eerdere: tuple[Gebeurtenis, ...], g: ResultaatGeboekt) -> Reden:
    ref = g.leerling  # R-LC-1: a pupil of the hulpvraag; R-LC-3: booked once
    if ref not in _hulpvraag(eerdere).refs:
        return _RESULTAAT[False, False]
    geboekt = any(type(e) is ResultaatGeboekt and e.leerling == ref for e in eerdere)
    return _RESULTAAT[True, geboekt]


_ONTBREEKT: Final = {
    (False, True): "kunnen",
    (True, False): "willen",
    (False, False): "kunnen_willen",
}
"""Which of can / want is not stated, as the key of its words in the catalogue."""

_ZELF_VERDER: Final = {"kunnen": Uitspraak.KAN_ZELF_VERDER, "willen": Uitspraak.WIL_ZELF_VERDER}


def _gesteld(**feiten: bool | None) -> dict[str, bool]:
    """The facts that are stated (a statement not made is no fact)."""
    return {naam: w for naam, w in feiten.items() if w is not None}


def _wacht_op(kunnen: bool | None, willen: bool | None) -> tuple[str, ...]:
    """The codes of the actors' statements not made (R-LC-5.kan, R-LC-5.wil)."""
    return tuple(
        u.code for u, w in zip(_ZELF_VERDER.values(), (kunnen, willen), strict=True) if w is None
    )


def _afronding_reden(oplossing: bool, kunnen: bool | None, willen: bool | None) -> Reden:
    feiten = _gesteld(oplossing_gevonden=oplossing, kunnen=kunnen, willen=willen)
    if oplossing or (kunnen and willen):
        sleutel = "oplossing" if oplossing else "zelf_verder"
        return reden_uit(TEKSTEN[f"R-LC-5.afronding/{sleutel}"], "R-LC-5.afronding", True, feiten)
    ontbreekt = TEKSTEN["ontbreekt/" + _ONTBREEKT[kunnen is True, willen is True]]
    if False in (kunnen, willen):
        return reden_uit(
            TEKSTEN["R-LC-5.afronding/niet_zelf_verder"],
            "R-LC-5.afronding",
            False,
            feiten,
            ontbreekt=ontbreekt,
        )
    # R-VKL-1: no solution, nothing against it, and a statement not made: undecided.
    return onbesliste_reden(
        TEKSTEN["R-LC-5.afronding/onbeslist"],
        "R-LC-5.afronding",
        _wacht_op(kunnen, willen),
        feiten,
        ontbreekt=ontbreekt,
    )


_AFRONDING: Final = {
    (o, k, w): _afronding_reden(o, k, w) for o in _ONWAAR_WAAR for k in _DRIE for w in _DRIE
}


_NIET_VOOR_DE_REGIO: Final = reden_uit(
    TEKSTEN["R-LC-4.verklaring/"], "R-LC-4.verklaring", False, {"verklaard_door_gedragswerk": True}
)


def afronding(eerdere: tuple[Gebeurtenis, ...], g: Afgerond) -> Reden:
    v = g.verklaring  # R-LC-5; R-LC-4: never Gedragswerk stating for the region
    kunnen, willen = v.kunnen_zelf_verder, v.willen_zelf_verder
    if not v.oplossing_gevonden and (kunnen is None or willen is None):
        # R-VKL-1: what the afronding does not state, the parties stated in the history (or not)
        kunnen = verklaard(eerdere, Uitspraak.KAN_ZELF_VERDER) if kunnen is None else kunnen
        willen = verklaard(eerdere, Uitspraak.WIL_ZELF_VERDER) if willen is None else willen
    reden = _AFRONDING[v.oplossing_gevonden, kunnen, willen]
    if v.verklaringen:
        if any(p.partij.rol is Rol.SPARRING_PARTNER for p in v.verklaringen):
            return _NIET_VOOR_DE_REGIO
        if not reden.voldaan:
            return _wie_verklaarde_niet(v.verklaringen)
    return reden


_HERBEOORDELING: Final = {
    eigen: reden_uit(
        TEKSTEN["R-KKW-3.herbeoordeling/" + ("ja" if eigen else "ander")],
        "R-KKW-3.herbeoordeling",
        eigen,
        {"eigen_interventie": eigen},
    )
    for eigen in _ONWAAR_WAAR
}


def herbeoordeling(eerdere: tuple[Gebeurtenis, ...], g: Afgerond) -> Reden | None:
    h = g.herbeoordeling  # R-KKW-3: the afronding carries the reassessment, when made
    if h is None:
        return None  # no reassessment made: nothing to weigh
    eigen = eerdere[0].kenmerk  # type: ignore[union-attr]
    return _HERBEOORDELING[h.interventie is None or eigen is None or h.interventie == eigen]


def _wie_verklaarde_niet(verklaringen: tuple[Partijverklaring, ...]) -> Reden:
    """R-LC-5: which parties (by role, never by name) did not state which part."""
    niet = [p for p in verklaringen if not (p.kan and p.wil)]
    delen = [
        TEKSTEN["partij_verklaart_niet"].vul(
            rol=p.partij.rol.value,
            ontbreekt=TEKSTEN["partij_ontbreekt/" + _ONTBREEKT[p.kan, p.wil]],
        )
        for p in niet
    ]
    feiten = {
        f"{p.partij.rol.value}.{w}": ok for p in niet for w, ok in (("kan", p.kan), ("wil", p.wil))
    }
    return reden_uit(
        TEKSTEN["R-LC-5.afronding/niet_elke_partij"],
        "R-LC-5.afronding",
        False,
        feiten,
        partijen=verbind(delen),
    )


def _ander_reden(rol: Rol) -> Reden:
    feiten = {"rol": rol.value}
    if rol is Rol.SPARRING_PARTNER:
        return reden_uit(TEKSTEN["R-LC-4.overdracht/"], "R-LC-4.overdracht", False, feiten)
    return reden_uit(TEKSTEN["R-LC-6.ander/"], "R-LC-6.ander", True, feiten, rol=rol.value)


_ANDER: Final = {rol: _ander_reden(rol) for rol in Rol}
_MEER: Final = ja_nee("R-LC-6.meer", "meer_aan_ontvanger")


def _overnemen(code: str, feit: str, uitspraak: Uitspraak) -> dict[bool | None, Reden]:
    """The reasons of one of the receiver's statements (R-LC-6 (2)): made or not, or missing."""
    gemaakt = ja_nee(code, feit)
    onbeslist = onbesliste_reden(TEKSTEN[f"{code}/onbeslist"], code, (uitspraak.code,))
    return {True: gemaakt[True], False: gemaakt[False], None: onbeslist}


_KAN: Final = _overnemen("R-LC-6.kan", "ontvanger_kan", Uitspraak.KAN_OVERNEMEN)
_WIL: Final = _overnemen("R-LC-6.wil", "ontvanger_wil", Uitspraak.WIL_OVERNEMEN)


def ontvanger_is_ander(_: tuple[Gebeurtenis, ...], g: Overgedragen) -> Reden:
    return _ANDER[g.voorstel.ontvanger.rol]  # R-LC-6


def meer_aan_ontvanger(_: tuple[Gebeurtenis, ...], g: Overgedragen) -> Reden:
    return _MEER[g.voorstel.meer_aan_ontvanger]  # R-LC-6 (1)


def ontvanger_kan(eerdere: tuple[Gebeurtenis, ...], g: Overgedragen) -> Reden:
    kan = g.voorstel.ontvanger_kan  # R-LC-6 (2); R-VKL-1: else the receiver's own statement
    if kan is None:
        kan = verklaard(eerdere, Uitspraak.KAN_OVERNEMEN, g.voorstel.ontvanger)
    return _KAN[kan]


def ontvanger_wil(eerdere: tuple[Gebeurtenis, ...], g: Overgedragen) -> Reden:
    wil = g.voorstel.ontvanger_wil  # R-LC-6 (2); R-VKL-1: else the receiver's own statement
    if wil is None:
        wil = verklaard(eerdere, Uitspraak.WIL_OVERNEMEN, g.voorstel.ontvanger)
    return _WIL[wil]


# --- a statement (R-VKL-1; R-LC-4) ----------------------------------------------------------------

_VOOR_DE_REGIO: Final = frozenset({Uitspraak.KAN_ZELF_VERDER, Uitspraak.WIL_ZELF_VERDER})
_VERKLAARDER: Final = {
    niet_gw: reden_uit(
        TEKSTEN["R-LC-4.verklaarder/" + ("ja" if niet_gw else "nee")],
        "R-LC-4.verklaarder",
        niet_gw,
        {"gedragswerk_voor_de_regio": not niet_gw},
    )
    for niet_gw in _ONWAAR_WAAR
}


def verklaarder(_: tuple[Gebeurtenis, ...], g: Verklaard) -> Reden:
    """R-LC-4: Gedragswerk never states for the region that it can or wants to go on alone."""
    gw = g.door.rol is Rol.SPARRING_PARTNER and g.uitspraak in _VOOR_DE_REGIO
    return _VERKLAARDER[not gw]
