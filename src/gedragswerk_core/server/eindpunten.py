"""The endpoints of the decision service as one table: path, request fields, the call, answer.

Every endpoint is stateless: the request carries everything the decision needs, including its
moment or peildatum (the core reads no clock). A request field is a library value read with
`from_dict` (its JSON Schema is the library's own), a list of them, or a date. The table is read
by the application (`server.app`) and by the OpenAPI description (`server.openapi`), so the two
cannot disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final, final

from attrs import frozen

from gedragswerk_core.besluit import Besluit
from gedragswerk_core.duo import DUO_SCHEMA, verzuimmelding_duo
from gedragswerk_core.interventie.gebeurtenissen import (
    Afrondingsverklaring,
    Gebeurtenis,
    Overdrachtsvoorstel,
)
from gedragswerk_core.interventie.hulpvraag import (
    ONDERWIJSZORGCONSULENTEN,
    Hulpvraag,
    beoordeel_doorverwijzing,
    beoordeel_intake,
)
from gedragswerk_core.interventie.interventie import (
    Interventie,
    beoordeel_afronding,
    beoordeel_overdracht,
)
from gedragswerk_core.interventie.signalen import signaleer
from gedragswerk_core.leerplicht.afwezigheid import Afwezigheid
from gedragswerk_core.leerplicht.meldingen import Melding
from gedragswerk_core.leerplicht.status import Leerplichtstatus, leerplicht_status
from gedragswerk_core.leerplicht.verzuim import verzuimmeldingen
from gedragswerk_core.partijen import Partij
from gedragswerk_core.serialisatie.converter import to_dict
from gedragswerk_core.signaal import Signaal
from gedragswerk_core.verantwoording import (
    Mogelijkheid,
    Ontvangstbewijs,
    verantwoord,
    waarom_niet,
)
from gedragswerk_core.zgw import ZAAK_SCHEMA, interventie_als_zaak

__all__ = ["DATUM", "EINDPUNTEN", "Eindpunt", "Veld"]

DATUM: Final = "datum"
"""The kind of a request field that is a date, ``YYYY-MM-DD`` (a peildatum, a birth date)."""


@final
@frozen
class Veld:
    """A field of a request body: its name, its kind (a library class, or `DATUM`), and more.

    Attributes:
        naam: the field's name in the JSON object.
        soort: the library class read with `from_dict` (or the event union `Gebeurtenis`), or
            `DATUM`.
        lijst: a JSON array of such values.
        verplicht: whether the request must carry it.
        uitleg: one line for the OpenAPI description.
    """

    naam: str
    soort: object
    uitleg: str
    lijst: bool = False
    verplicht: bool = True


@final
@frozen
class Eindpunt:
    """One endpoint: ``POST pad`` with the ``velden``, answered by ``antwoord(values)``.

    Attributes:
        pad: the URL path.
        samenvatting: the OpenAPI summary.
        regels: the rules it decides by (for the description).
        velden: the request body's fields.
        antwoord: from the values read (by field name) to the JSON-ready answer.
        antwoordsoort: the library class of the answer (its schema), or ``None`` for the
            OpenAPI schema given in ``antwoordschema``.
        lijst: the answer is a list of ``antwoordsoort``.
        antwoordschema: the answer's schema (its ``title`` names it among the components) when
            it is not a library class.
    """

    pad: str
    samenvatting: str
    regels: str
    velden: tuple[Veld, ...]
    antwoord: Callable[[Mapping[str, Any]], Any]
    antwoordsoort: type | None
    lijst: bool = False
    antwoordschema: Mapping[str, Any] | None = None


def _besluit(besluit: Besluit) -> dict[str, Any]:
    return to_dict(besluit)


def _doorverwijzing(w: Mapping[str, Any]) -> dict[str, Any]:
    return _besluit(
        beoordeel_doorverwijzing(w["hulpvraag"], w.get("naar", ONDERWIJSZORGCONSULENTEN))
    )


def _status(w: Mapping[str, Any]) -> Leerplichtstatus:
    return leerplicht_status(
        w["geboortedatum"],
        w["peildatum"],
        ingeschreven=w.get("ingeschreven"),
        startkwalificatie=w.get("startkwalificatie"),
    )


def _meldingen(w: Mapping[str, Any]) -> tuple[Melding, ...]:
    return verzuimmeldingen(_status(w), w["afwezigheden"])


_HULPVRAAG: Final = Veld("hulpvraag", Hulpvraag, "the hulpvraag as it came in")
_INTERVENTIE: Final = Veld("interventie", Interventie, "the intervention: its whole history")
_PEILDATUM: Final = Veld("peildatum", DATUM, "the reference date (never read from a clock)")
_GEBOORTEDATUM: Final = Veld("geboortedatum", DATUM, "the pupil's date of birth")
_PUPIL: Final = (
    _GEBOORTEDATUM,
    _PEILDATUM,
    Veld("startkwalificatie", DATUM, "the date a startkwalificatie was obtained", verplicht=False),
)
_INGESCHREVEN: Final = Veld(
    "ingeschreven", bool, "whether the pupil is enrolled at a school", verplicht=False
)

EINDPUNTEN: Final[tuple[Eindpunt, ...]] = (
    Eindpunt(
        "/intake",
        "May Gedragswerk take this hulpvraag on?",
        "R-LC-2, R-LC-7",
        (_HULPVRAAG,),
        lambda w: _besluit(beoordeel_intake(w["hulpvraag"])),
        Besluit,
    ),
    Eindpunt(
        "/doorverwijzing",
        "May (or must) the caller be referred at first contact?",
        "R-LC-7",
        (
            _HULPVRAAG,
            Veld("naar", Partij, "where to; the consulenten when left out", verplicht=False),
        ),
        _doorverwijzing,
        Besluit,
    ),
    Eindpunt(
        "/afronding",
        "May the intervention be closed?",
        "R-LC-5",
        (_INTERVENTIE, Veld("verklaring", Afrondingsverklaring, "what the actors state")),
        lambda w: _besluit(beoordeel_afronding(w["interventie"], w["verklaring"])),
        Besluit,
    ),
    Eindpunt(
        "/overdracht",
        "May the hulpvraag be handed over?",
        "R-LC-6",
        (_INTERVENTIE, Veld("voorstel", Overdrachtsvoorstel, "the proposed handover")),
        lambda w: _besluit(beoordeel_overdracht(w["interventie"], w["voorstel"])),
        Besluit,
    ),
    Eindpunt(
        "/signalen",
        "The signals of an intervention on a reference date",
        "R-LPW-8, R-LC-3, R-REG-3",
        (_INTERVENTIE, _PEILDATUM),
        lambda w: [to_dict(s) for s in signaleer(w["interventie"], w["peildatum"])],
        Signaal,
        lijst=True,
    ),
    Eindpunt(
        "/leerplicht/status",
        "A pupil's place under the Leerplichtwet on a reference date",
        "R-LPW-1 … R-LPW-4",
        (*_PUPIL, _INGESCHREVEN),
        lambda w: to_dict(_status(w)),
        Leerplichtstatus,
    ),
    Eindpunt(
        "/verzuim/meldingen",
        "The absence reports (DUO) due on a reference date",
        "R-LPW-5, R-LPW-6, R-LPW-10",
        (
            *_PUPIL,
            _INGESCHREVEN,
            Veld("afwezigheden", Afwezigheid, "the absence records", lijst=True),
        ),
        lambda w: [to_dict(m) for m in _meldingen(w)],
        Melding,
        lijst=True,
    ),
    Eindpunt(
        "/duo/verzuimmeldingen",
        "The absence reports due, as the fields of DUO's verzuimregister",
        "R-LPW-10",
        (
            *_PUPIL,
            _INGESCHREVEN,
            Veld("afwezigheden", Afwezigheid, "the absence records", lijst=True),
        ),
        lambda w: [verzuimmelding_duo(m) for m in _meldingen(w)],
        None,
        antwoordschema=DUO_SCHEMA,
        lijst=True,
    ),
    Eindpunt(
        "/waarom-niet",
        "Every step of the lifecycle now: allowed, refused or undecided, and what is missing",
        "R-LC-1 … R-LC-8, R-KKW-3",
        (
            _INTERVENTIE,
            Veld(
                "voorstellen",
                Gebeurtenis,
                "proposed events, at most one per step, to decide those steps in full",
                lijst=True,
                verplicht=False,
            ),
        ),
        lambda w: [to_dict(m) for m in waarom_niet(w["interventie"], w.get("voorstellen", ()))],
        Mogelijkheid,
        lijst=True,
    ),
    Eindpunt(
        "/verantwoord",
        "A step's decision with its receipt: rules, sources, versions and digests",
        "R-LC-1 … R-LC-8, R-KKW-3",
        (_INTERVENTIE, Veld("gebeurtenis", Gebeurtenis, "the proposed step, as its event")),
        lambda w: to_dict(verantwoord(w["interventie"], w["gebeurtenis"])[1]),
        Ontvangstbewijs,
    ),
    Eindpunt(
        "/zgw/zaak",
        "The intervention as a ZGW zaak (statussen, resultaat, rollen, zaakobjecten)",
        "R-LC-1 … R-LC-8",
        (_INTERVENTIE,),
        lambda w: interventie_als_zaak(w["interventie"]),
        None,
        antwoordschema=ZAAK_SCHEMA,
    ),
)
"""Every endpoint of the service, in the order of the OpenAPI description."""
