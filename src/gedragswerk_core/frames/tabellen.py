"""The library's values as polars frames, for notebooks: one row per value (issue 20, item 5).

* `interventies_frame`: one row per `Interventie`, from its `Toestand` (R-LC-*);
* `gebeurtenissen_frame`: one row per event of those interventions, with its kind and moment;
* `statussen_frame`: one row per `Leerplichtstatus` (R-LPW-1..4);
* `jaarcijfers_frame` and `intake_per_maand_frame`: the annual figures of
  `gedragswerk_core.rapportage.jaarcijfers`, one row per school year or per month.

The annual figures are counted by the rapportage API (`jaarcijfers`), not again here: this module
lays out what it returns, so the figures in a notebook are the report's. No pupil's name or BSN
is in any frame: interventions show how many pupils they concern. Moments are UTC
``Datetime`` columns (``.dt.convert_time_zone("Europe/Amsterdam")`` shows the local time), days
``Date`` columns. pandas: ``frame.to_pandas()`` (needs pandas and pyarrow).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import polars as pl

from gedragswerk_core import _validatie as v
from gedragswerk_core.frames.leerplicht import CATEGORIE
from gedragswerk_core.interventie import Interventie, Status
from gedragswerk_core.leerplicht import Leerplichtstatus
from gedragswerk_core.rapportage import Jaarcijfers

__all__ = [
    "gebeurtenissen_frame",
    "intake_per_maand_frame",
    "interventies_frame",
    "jaarcijfers_frame",
    "statussen_frame",
]

STATUS: Final = pl.Enum([s.value for s in Status])
_MOMENT: Final = pl.Datetime("us", "UTC")


def interventies_frame(interventies: Iterable[Interventie]) -> pl.DataFrame:
    """One row per intervention: where it stands and what its history holds (R-LC-*).

    Columns: ``interventie`` (its place in ``interventies``), ``regio``, ``status``, ``kanaal``,
    ``ontvangen`` and ``laatste`` (moments, UTC), ``gebeurtenissen``, ``leerlingen``,
    ``gerealiseerd`` (pupils with passend onderwijs), ``escalaties``, ``systemische_vragen``,
    ``werkagenda_afgesproken``, ``consulenten_betrokken``, ``systemisch_aspect``.

    Examples:
        >>> from gedragswerk_core import voorbeeld
        >>> interventies_frame([voorbeeld.afgeronde_interventie()])["status"].to_list()
        ['afgerond']
    """
    lijst = v.require_items(interventies, Interventie, "interventies")
    rijen = []
    for i, interventie in enumerate(lijst):
        t = interventie.toestand
        h = t.hulpvraag
        rijen.append(
            {
                "interventie": i,
                "regio": h.regio,
                "status": t.status.value,
                "kanaal": h.kanaal.value,
                "ontvangen": t.begin,
                "laatste": t.laatste,
                "gebeurtenissen": len(interventie.geldende_gebeurtenissen),
                "leerlingen": len(h.leerlingen),
                "gerealiseerd": len(t.gerealiseerd),
                "escalaties": len(t.escalaties),
                "systemische_vragen": len(t.systemische_vragen),
                "werkagenda_afgesproken": t.werkagenda_afgesproken,
                "consulenten_betrokken": h.consulenten_betrokken,
                "systemisch_aspect": h.systemisch_aspect,
            }
        )
    return pl.DataFrame(
        rijen,
        schema={
            "interventie": pl.Int64,
            "regio": pl.String,
            "status": STATUS,
            "kanaal": pl.String,
            "ontvangen": _MOMENT,
            "laatste": _MOMENT,
            "gebeurtenissen": pl.Int64,
            "leerlingen": pl.Int64,
            "gerealiseerd": pl.Int64,
            "escalaties": pl.Int64,
            "systemische_vragen": pl.Int64,
            "werkagenda_afgesproken": pl.Boolean,
            "consulenten_betrokken": pl.Boolean,
            "systemisch_aspect": pl.Boolean,
        },
        orient="row",
    )


def gebeurtenissen_frame(interventies: Iterable[Interventie]) -> pl.DataFrame:
    """One row per event: ``interventie``, ``volgnummer`` (0 first), ``soort``, ``moment``.

    ``soort`` is the event's class name (``HulpvraagOntvangen``, ``Geaccepteerd``, …), the tag
    its dict form carries; the events' contents stay in the library's types.

    Examples:
        >>> from gedragswerk_core import voorbeeld
        >>> gebeurtenissen_frame([voorbeeld.afgeronde_interventie()])["soort"][0]
        'HulpvraagOntvangen'
    """
    lijst = v.require_items(interventies, Interventie, "interventies")
    rijen = [
        (i, n, type(g).__name__, g.moment)
        for i, interventie in enumerate(lijst)
        for n, g in enumerate(interventie.geldende_gebeurtenissen)
    ]
    return pl.DataFrame(
        rijen,
        schema={
            "interventie": pl.Int64,
            "volgnummer": pl.Int64,
            "soort": pl.String,
            "moment": _MOMENT,
        },
        orient="row",
    )


def statussen_frame(statussen: Iterable[Leerplichtstatus]) -> pl.DataFrame:
    """One row per `Leerplichtstatus`, with the columns of `leerplicht_statussen` (R-LPW-1..4).

    Columns: ``peildatum``, ``categorie``, ``begin_leerplicht``, ``einde_leerplicht``,
    ``begin_kwalificatieplicht``, ``einde_kwalificatieplicht``, ``begin_rmc``, ``einde_rmc``
    (``null`` when a period does not apply), ``wetsversie``, ``ingeschreven``,
    ``absoluut_verzuim``, ``vrijstellingen`` (how many are in force).

    Examples:
        >>> import pendulum
        >>> from gedragswerk_core.leerplicht import leerplicht_status
        >>> s = leerplicht_status(pendulum.date(2000, 3, 15), pendulum.date(2017, 1, 9))
        >>> statussen_frame([s])["categorie"][0]
        'kwalificatieplichtig'
    """
    lijst = v.require_items(statussen, Leerplichtstatus, "statussen")
    rijen = []
    for s in lijst:
        kp, rmc = s.kwalificatieplicht, s.rmc
        rijen.append(
            (
                s.peildatum,
                s.categorie.value,
                s.leerplicht.begin,
                s.leerplicht.einde,
                None if kp is None else kp.begin,
                None if kp is None else kp.einde,
                None if rmc is None else rmc.begin,
                None if rmc is None else rmc.einde,
                s.wetsversie,
                s.ingeschreven,
                s.absoluut_verzuim,
                len(s.vrijstellingen),
            )
        )
    datum = pl.Date
    return pl.DataFrame(
        rijen,
        schema={
            "peildatum": datum,
            "categorie": CATEGORIE,
            "begin_leerplicht": datum,
            "einde_leerplicht": datum,
            "begin_kwalificatieplicht": datum,
            "einde_kwalificatieplicht": datum,
            "begin_rmc": datum,
            "einde_rmc": datum,
            "wetsversie": pl.String,
            "ingeschreven": pl.Boolean,
            "absoluut_verzuim": pl.Boolean,
            "vrijstellingen": pl.Int64,
        },
        orient="row",
    )


def jaarcijfers_frame(cijfers: Iterable[Jaarcijfers]) -> pl.DataFrame:
    """One row per school year of annual figures (R-RAP), as `jaarcijfers` counted them.

    Columns: ``schooljaar`` (``"2015–2016"``), ``interventies``, ``afgerond``, ``lopend``,
    ``overgedragen``, ``doorverwezen`` (each a count out of ``interventies``),
    ``passend_onderwijs``, ``regios``, ``actietafels``, ``escalaties_actietafel``,
    ``escalaties_interventieteam``, ``contacten``, ``telefonische_contacten``.

    Examples:
        >>> from gedragswerk_core import Schooljaar, jaarcijfers
        >>> from gedragswerk_core.voorbeelden import jaarverslag2015
        >>> c = jaarcijfers(jaarverslag2015.interventies(), Schooljaar(2015))
        >>> jaarcijfers_frame([c])["interventies"][0] == c.interventies
        True
    """
    lijst = v.require_items(cijfers, Jaarcijfers, "cijfers")
    return pl.DataFrame(
        [
            {
                "schooljaar": str(c.schooljaar),
                "interventies": c.interventies,
                "afgerond": c.afgerond.teller,
                "lopend": c.lopend.teller,
                "overgedragen": c.overgedragen.teller,
                "doorverwezen": c.doorverwezen.teller,
                "passend_onderwijs": c.passend_onderwijs,
                "regios": c.aantal_regios,
                "actietafels": c.aantal_actietafels,
                "escalaties_actietafel": c.escalaties_actietafel,
                "escalaties_interventieteam": c.escalaties_interventieteam,
                "contacten": c.aantal_contacten,
                "telefonische_contacten": c.telefonische_contacten,
            }
            for c in lijst
        ],
        schema={"schooljaar": pl.String}
        | dict.fromkeys(
            (
                "interventies",
                "afgerond",
                "lopend",
                "overgedragen",
                "doorverwezen",
                "passend_onderwijs",
                "regios",
                "actietafels",
                "escalaties_actietafel",
                "escalaties_interventieteam",
                "contacten",
                "telefonische_contacten",
            ),
            pl.Int64,
        ),
    )


def intake_per_maand_frame(cijfers: Iterable[Jaarcijfers]) -> pl.DataFrame:
    """One row per month of each school year: ``schooljaar``, ``jaar``, ``maand``, ``aantal``.

    The interventions started per month, August to July (`Jaarcijfers.intake_per_maand`).
    """
    lijst = v.require_items(cijfers, Jaarcijfers, "cijfers")
    return pl.DataFrame(
        [(str(c.schooljaar), m.jaar, m.maand, m.aantal) for c in lijst for m in c.intake_per_maand],
        schema={
            "schooljaar": pl.String,
            "jaar": pl.Int64,
            "maand": pl.Int64,
            "aantal": pl.Int64,
        },
        orient="row",
    )
