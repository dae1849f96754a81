"""Notebook views of an intervention, its state and its hulpvraag: short reprs and HTML (issue 20).

Jupyter shows a value by its ``_repr_html_``; a terminal by its ``__repr__``. Each view speaks
one language, Dutch by default (``taal="en"`` for English), and shows no pupil name, BSN or free
text (a hulpvraag's ``omschrijving`` may hold either): pupils appear by their pseudonymous
reference, the caller by role. Moments are shown as their day and time in Europe/Amsterdam.
The classes call these functions; nothing here imports them (no cycle).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from gedragswerk_core._tijd import AMSTERDAM
from gedragswerk_core._weergave import html_tabel
from gedragswerk_core.errors import InvalidValueError

if TYPE_CHECKING:
    import pendulum

    from gedragswerk_core.interventie.hulpvraag import Hulpvraag
    from gedragswerk_core.interventie.interventie import Interventie, Toestand

__all__ = [
    "hulpvraag_html",
    "hulpvraag_repr",
    "interventie_html",
    "interventie_repr",
    "toestand_html",
    "toestand_repr",
]

# Every label of the views, per language: a view never mixes the two.
_LABELS: Final[dict[str, dict[str, str]]] = {
    "nl": {
        "moment": "moment",
        "gebeurtenis": "gebeurtenis",
        "gegeven": "gegeven",
        "waarde": "waarde",
        "status": "status",
        "begin": "begin",
        "laatste": "laatste gebeurtenis",
        "gesprek": "laatste gesprek",
        "gerealiseerd": "passend onderwijs gerealiseerd voor",
        "escalaties": "escalaties",
        "werkagenda": "werkagenda afgesproken",
        "regio": "regio",
        "vrager": "vrager (rol)",
        "kanaal": "kanaal",
        "leerlingen": "leerlingen",
        "consulenten": "consulenten betrokken",
        "systemisch": "systemisch aspect",
        "ja": "ja",
        "nee": "nee",
        "onbekend": "nog niet vastgesteld",
        "geen": "—",
        "gebeurtenissen": "gebeurtenissen",
    },
    "en": {
        "moment": "moment",
        "gebeurtenis": "event",
        "gegeven": "item",
        "waarde": "value",
        "status": "status",
        "begin": "started",
        "laatste": "latest event",
        "gesprek": "latest conversation",
        "gerealiseerd": "passend onderwijs realised for",
        "escalaties": "escalations",
        "werkagenda": "werkagenda agreed",
        "regio": "region",
        "vrager": "caller (role)",
        "kanaal": "channel",
        "leerlingen": "pupils",
        "consulenten": "consulenten engaged",
        "systemisch": "systemic aspect",
        "ja": "yes",
        "nee": "no",
        "onbekend": "not yet established",
        "geen": "—",
        "gebeurtenissen": "events",
    },
}


def labels(taal: str) -> dict[str, str]:
    """The labels of one language (``"nl"`` or ``"en"``)."""
    gevonden = _LABELS.get(taal)
    if gevonden is None:
        raise InvalidValueError(f"unknown language {taal!r}; choose nl or en", field="taal")
    return gevonden


def _tijd(moment: pendulum.DateTime | None, geen: str = "—") -> str:
    return geen if moment is None else f"{moment.in_timezone(AMSTERDAM):%Y-%m-%d %H:%M}"


def _dag(moment: pendulum.DateTime) -> str:
    return f"{moment.in_timezone(AMSTERDAM):%Y-%m-%d}"


def interventie_repr(interventie: Interventie) -> str:
    """``<Interventie lopend: 4 gebeurtenissen, 2015-09-14 … 2015-11-02>``."""
    g = interventie.gebeurtenissen
    return (
        f"<Interventie {interventie.status.value}: {len(g)} gebeurtenissen, "
        f"{_dag(g[0].moment)} … {_dag(g[-1].moment)}>"
    )


def interventie_html(interventie: Interventie, taal: str = "nl") -> str:
    """The intervention as a timeline: one row per event, with its status as the caption."""
    t = labels(taal)
    rijen = [(_tijd(g.moment), type(g).__name__) for g in interventie.gebeurtenissen]
    caption = f"Interventie — {t['status']}: {interventie.status.value}"
    return html_tabel((t["moment"], t["gebeurtenis"]), rijen, caption, klasse="gw-interventie")


def toestand_repr(toestand: Toestand) -> str:
    """``<Toestand lopend sinds 2015-09-14, laatste 2015-11-02, 1 gerealiseerd>``."""
    return (
        f"<Toestand {toestand.status.value} sinds {_dag(toestand.begin)}, "
        f"laatste {_dag(toestand.laatste)}, {len(toestand.gerealiseerd)} gerealiseerd>"
    )


def toestand_html(toestand: Toestand, taal: str = "nl") -> str:
    """The state as a two-column table of its facts."""
    t = labels(taal)
    jn = t["ja"] if toestand.werkagenda_afgesproken else t["nee"]
    rijen = [
        (t["status"], toestand.status.value),
        (t["begin"], _tijd(toestand.begin)),
        (t["laatste"], _tijd(toestand.laatste)),
        (t["gesprek"], _tijd(toestand.laatste_gesprek, t["geen"])),
        (t["gerealiseerd"], ", ".join(sorted(map(str, toestand.gerealiseerd))) or t["geen"]),
        (t["escalaties"], ", ".join(e.value for e in toestand.escalaties) or t["geen"]),
        (t["werkagenda"], jn),
    ]
    return html_tabel((t["gegeven"], t["waarde"]), rijen, "Toestand", klasse="gw-toestand")


def hulpvraag_repr(hulpvraag: Hulpvraag) -> str:
    """``<Hulpvraag Rivierenland: leerplichtambtenaar via telefoon, 2 leerlingen>``."""
    return (
        f"<Hulpvraag {hulpvraag.regio}: {hulpvraag.vrager.rol.value} via "
        f"{hulpvraag.kanaal.value}, {len(hulpvraag.leerlingen)} leerlingen>"
    )


_JA_NEE_ONBEKEND: Final = {True: "ja", False: "nee", None: "onbekend"}


def hulpvraag_html(hulpvraag: Hulpvraag, taal: str = "nl") -> str:
    """The hulpvraag's facts; pupils by reference and situation, no name and no free text."""
    t = labels(taal)
    leerlingen = "; ".join(f"{b.ref} ({b.situatie.value})" for b in hulpvraag.leerlingen)
    rijen = [
        (t["regio"], hulpvraag.regio),
        (t["vrager"], hulpvraag.vrager.rol.value),
        (t["kanaal"], hulpvraag.kanaal.value),
        (t["leerlingen"], leerlingen),
        (t["consulenten"], t["ja"] if hulpvraag.consulenten_betrokken else t["nee"]),
        (t["systemisch"], t[_JA_NEE_ONBEKEND[hulpvraag.systemisch_aspect]]),
    ]
    return html_tabel((t["gegeven"], t["waarde"]), rijen, "Hulpvraag", klasse="gw-hulpvraag")
