"""The hulpvraag (request for support) and the intake decision: accept, or refer.

References:
    - R-LC-1: an intervention starts from a concrete hulpvraag from any regional party about one
      or more named pupils who are, or threaten to become, thuiszitters (seed 002 §2 point 3,
      seed 000).
    - R-LC-2: for every hulpvraag it is first established whether Gedragswerk has a role at all
      (seed 002 §2).
    - R-LC-7: a decision at *first contact* (the telephone consultation hour, an intake), not a
      gate on every hulpvraag. At first contact the caller is always referred to the
      onderwijszorgconsulenten when they turn out not yet to be engaged, or when the question has
      no systemic aspect; other questions may be referred to another agency as well (seed 002
      §3.1.1, the paragraph on the telephone contacts). A hulpvraag brought in through an
      actietafel or the interventieteam is not a first-contact call and is accepted on its own
      merits; once the consulenten are engaged Gedragswerk works alongside them (seed 002 §2, the
      paragraph on the onderwijsconsulenten).
"""

from __future__ import annotations

from enum import Enum, unique
from functools import cached_property
from typing import Final, final

import pendulum
from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.besluit import (
    Besluit,
    Reden,
    Tekst,
    besluit_uit,
    onbesliste_reden,
    reden_uit,
    verbind,
)
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.interventie._weergave import hulpvraag_html, hulpvraag_repr
from gedragswerk_core.interventie.teksten import TEKSTEN, ja_nee
from gedragswerk_core.leerling import LeerlingRef, als_ref
from gedragswerk_core.partijen import Partij, Rol

__all__ = [
    "ONDERWIJSZORGCONSULENTEN",
    "BetrokkenLeerling",
    "Hulpvraag",
    "Kanaal",
    "LeerlingSituatie",
    "beoordeel_doorverwijzing",
    "beoordeel_intake",
]


@unique
class Kanaal(Enum):
    """How the hulpvraag reached Gedragswerk."""

    # Identity hashing, as `Rol`: the intake's reasons are looked up by channel at every check.
    __hash__ = object.__hash__

    TELEFOON = "telefoon"
    EMAIL = "email"
    ACTIETAFEL = "actietafel"
    """Raised at an actietafel / thuiszitterstafel."""
    PERSOONLIJK = "persoonlijk"
    """In person, e.g. at a werkbijeenkomst."""
    WEBSITE = "website"
    INTERVENTIETEAM = "interventieteam"
    """Through the national intervention team of OCW and VWS (seed 002 §3.1.2.7)."""

    @property
    def is_eerste_contact(self) -> bool:
        """Whether a hulpvraag by this channel is a first contact, where R-LC-7 decides.

        A call, an e-mail, the website or a word in person is a first contact; a case brought
        in at an actietafel or by the interventieteam is not: the parties there already work
        on it together (seed 002 §3.1.1).
        """
        return self not in _GEEN_EERSTE_CONTACT


_GEEN_EERSTE_CONTACT: Final = frozenset({Kanaal.ACTIETAFEL, Kanaal.INTERVENTIETEAM})

ONDERWIJSZORGCONSULENTEN: Final = Partij("Onderwijszorgconsulenten", Rol.ONDERWIJSCONSULENT)
"""Where a caller is referred to at first contact unless another agency is named (R-LC-7)."""


@unique
class LeerlingSituatie(Enum):
    """Whether a pupil sits at home or threatens to (R-LC-1)."""

    THUISZITTER = "thuiszitter"
    DREIGENDE_THUISZITTER = "dreigende_thuiszitter"


@final
@frozen
class BetrokkenLeerling:
    """A pupil the hulpvraag is about: a reference, the situation, and since when at home.

    ``thuis_sinds`` (the first day without education) feeds the three-months signal of R-LPW-8;
    it is only meaningful for a `THUISZITTER`.
    """

    ref: LeerlingRef = field(converter=als_ref, validator=v.instance_of(LeerlingRef))
    situatie: LeerlingSituatie = field(validator=v.instance_of(LeerlingSituatie))
    thuis_sinds: pendulum.Date | None = field(
        default=None, converter=v.to_date, validator=v.optional_date
    )

    def __attrs_post_init__(self) -> None:
        """A pupil who only threatens to sit at home has no ``thuis_sinds``."""
        if self.thuis_sinds is not None and self.situatie is not LeerlingSituatie.THUISZITTER:
            raise InvalidValueError(
                "only a thuiszitter has a date since when they are at home",
                field="BetrokkenLeerling.thuis_sinds",
                regel="R-LC-1",
                hint="set situatie=LeerlingSituatie.THUISZITTER or leave thuis_sinds out",
            )


def _unique_refs(inst: object, attribute: object, value: tuple[BetrokkenLeerling, ...]) -> None:
    del inst, attribute
    # By the texts of the references: equal exactly when the references are, and their hashes
    # are kept by the strings (a LeerlingRef's is computed on every call).
    if len({b.ref.waarde for b in value}) != len(value):
        raise InvalidValueError(
            "a pupil is listed twice", field="Hulpvraag.leerlingen", hint="list each pupil once"
        )


@final
@frozen
class Hulpvraag:
    """A concrete request for support about one or more named pupils (R-LC-1).

    ``omschrijving`` is free text and may contain personal details: it is kept but never shown
    in ``repr``.

    Attributes:
        vrager: the party that asks (any regional party, R-LC-1).
        leerlingen: the pupils it is about; at least one (R-LC-1, R-REG-2).
        regio: the label of the region it comes from (R-REG-4).
        kanaal: how it came in.
        consulenten_betrokken: whether the onderwijszorgconsulenten are already engaged (R-LC-7).
        systemisch_aspect: whether the question has a systemic aspect (R-LC-7, R-LC-11);
            ``None`` when not yet established: then a party's statement recorded in the
            intervention (`Verklaard` with `Uitspraak.SYSTEMISCH_ASPECT`, R-VKL-1) decides it,
            and without one an intake at first contact is undecided.
        omschrijving: the question in the caller's words (sensitive).
    """

    vrager: Partij = field(validator=v.instance_of(Partij))
    leerlingen: tuple[BetrokkenLeerling, ...] = field(
        converter=v.to_tuple,
        validator=[v.tuple_of(BetrokkenLeerling, min_length=1), _unique_refs],
    )
    regio: str = field(validator=v.text(max_length=200))
    kanaal: Kanaal = field(validator=v.instance_of(Kanaal))
    consulenten_betrokken: bool = field(validator=v.instance_of(bool))
    systemisch_aspect: bool | None = field(validator=v.optional_instance_of(bool))
    omschrijving: str | None = field(
        default=None, repr=False, validator=v.optional_text(max_length=10_000)
    )

    @cached_property
    def refs(self) -> frozenset[LeerlingRef]:
        """The references of the pupils this hulpvraag is about."""
        return frozenset(b.ref for b in self.leerlingen)

    def __repr__(self) -> str:
        """A short summary: region, the caller's role, channel, number of pupils (no names)."""
        return hulpvraag_repr(self)

    def to_html(self, taal: str = "nl") -> str:
        """The facts as an HTML table, in one language (``"nl"`` or ``"en"``)."""
        return hulpvraag_html(self, taal)

    def _repr_html_(self) -> str:
        """Jupyter's view: `to_html` in Dutch."""
        return self.to_html()


def _gronden(consulenten_betrokken: bool, systemisch_aspect: bool | None) -> tuple[Tekst, ...]:
    gronden = []
    if not consulenten_betrokken:
        gronden.append(TEKSTEN["grond/consulenten"])
    if systemisch_aspect is False:  # None: not established yet, no ground
        gronden.append(TEKSTEN["grond/systemisch"])
    return tuple(gronden)


SYSTEMISCH: Final = "R-LC-7.systemisch"
"""The code of the statement "the question has a systemic aspect" (`Uitspraak.SYSTEMISCH_ASPECT`).
"""


def _open_vraag(eerste_contact: bool, consulenten_betrokken: bool, systemisch: bool | None) -> bool:
    """R-LC-7 waits for the systemic aspect: first contact, consulenten engaged, not known."""
    return eerste_contact and consulenten_betrokken and systemisch is None


def intake_reden(
    eerste_contact: bool, consulenten_betrokken: bool, systemisch_aspect: bool | None
) -> Reden:
    """The R-LC-7 reason of the intake decision for these three facts (see `beoordeel_intake`).

    Undecided when the answer turns on the systemic aspect and it is not established
    (``None``): the reason then waits for the statement ``R-LC-7.systemisch``.
    """
    feiten = {
        "eerste_contact": eerste_contact,
        "consulenten_betrokken": consulenten_betrokken,
    } | ({} if systemisch_aspect is None else {"systemisch_aspect": systemisch_aspect})
    naast = TEKSTEN["naast" if consulenten_betrokken else "niet_naast"]
    if _open_vraag(eerste_contact, consulenten_betrokken, systemisch_aspect):
        return onbesliste_reden(
            TEKSTEN["R-LC-7.verwijzing/onbeslist"],
            "R-LC-7.verwijzing",
            (SYSTEMISCH,),
            feiten,
            naast=naast,
        )
    gronden = _gronden(consulenten_betrokken, systemisch_aspect)
    if not eerste_contact:
        sleutel, voldaan = "geen_eerste_contact", True
    elif gronden:
        sleutel, voldaan = "verwijzen", False
    else:
        sleutel, voldaan = "niet_nodig", True
    return reden_uit(
        TEKSTEN[f"R-LC-7.verwijzing/{sleutel}"],
        "R-LC-7.verwijzing",
        voldaan,
        feiten,
        naast=naast,
        gronden=verbind(gronden),
    )


_EERSTE_CONTACT: Final = ja_nee("R-LC-7.eerste_contact", "eerste_contact")


def eerste_contact_reden(eerste_contact: bool) -> Reden:
    """The R-LC-7 reason that a referral happens only at first contact."""
    return _EERSTE_CONTACT[eerste_contact]


def doel_reden(verplicht: tuple[Tekst, ...], rol: Rol) -> Reden:
    """The reason a referral to a party of role ``rol`` is (not) the right one.

    ``verplicht`` holds the grounds of R-LC-7 that apply: then the referral must go to the
    onderwijszorgconsulenten. Without them Gedragswerk may still decide it has no role (R-LC-2)
    and refer to any other agency, never to itself (R-LC-4).
    """
    feiten = {"verwijzing_verplicht": bool(verplicht), "rol": rol.value}
    if verplicht:
        consulent = rol is Rol.ONDERWIJSCONSULENT
        sleutel = "consulenten" if consulent else "andere_instantie"
        return reden_uit(
            TEKSTEN[f"R-LC-7.doel/{sleutel}"],
            "R-LC-7.doel",
            consulent,
            feiten,
            gronden=verbind(verplicht),
        )
    if rol is Rol.SPARRING_PARTNER:
        return reden_uit(TEKSTEN["R-LC-4.doorverwijzing/"], "R-LC-4.doorverwijzing", False, feiten)
    return reden_uit(
        TEKSTEN["R-LC-2.doorverwijzing/"], "R-LC-2.doorverwijzing", True, feiten, rol=rol.value
    )


def verwijzing_reden(
    eerste_contact: bool, consulenten_betrokken: bool, systemisch_aspect: bool | None, rol: Rol
) -> Reden:
    """The R-LC-7 reason for a referral to a party of role ``rol`` (see `doel_reden`).

    While the systemic aspect is not established (first contact, consulenten engaged), a
    referral to the consulenten fits either way; one to another agency waits for the
    statement ``R-LC-7.systemisch``; one to Gedragswerk is refused (R-LC-4).
    """
    if not _open_vraag(eerste_contact, consulenten_betrokken, systemisch_aspect):
        verplicht = verplichte_gronden(eerste_contact, consulenten_betrokken, systemisch_aspect)
        return doel_reden(verplicht, rol)
    feiten = {"rol": rol.value}
    if rol is Rol.ONDERWIJSCONSULENT:
        return reden_uit(TEKSTEN["R-LC-7.doel/consulenten_past"], "R-LC-7.doel", True, feiten)
    if rol is Rol.SPARRING_PARTNER:
        return doel_reden((), rol)
    return onbesliste_reden(
        TEKSTEN["R-LC-7.doel/onbeslist"], "R-LC-7.doel", (SYSTEMISCH,), feiten, rol=rol.value
    )


def verplichte_gronden(
    eerste_contact: bool, consulenten_betrokken: bool, systemisch_aspect: bool | None
) -> tuple[Tekst, ...]:
    """The grounds of R-LC-7 that make a referral to the consulenten required (first contact)."""
    if not eerste_contact:
        return ()
    return _gronden(consulenten_betrokken, systemisch_aspect)


def _vereist_hulpvraag(hulpvraag: object) -> None:
    if not isinstance(hulpvraag, Hulpvraag):
        raise InvalidValueError(
            f"expected a Hulpvraag, got {type(hulpvraag).__name__}", field="hulpvraag"
        )


def beoordeel_intake(hulpvraag: Hulpvraag) -> Besluit:
    """May Gedragswerk take this hulpvraag on (R-LC-2), or must the caller be referred (R-LC-7)?

    At first contact it is allowed when neither arm of R-LC-7 applies: the
    onderwijszorgconsulenten are already engaged *and* the question has a systemic aspect. A
    hulpvraag brought in at an actietafel or by the interventieteam is no first contact and is
    allowed on its own merits.

    Examples:
        >>> from gedragswerk_core import Partij, Rol
        >>> vraag = Hulpvraag(
        ...     vrager=Partij("ouders L-1", Rol.OUDER),
        ...     leerlingen=(BetrokkenLeerling("L-1", LeerlingSituatie.THUISZITTER),),
        ...     regio="Tiel", kanaal=Kanaal.TELEFOON,
        ...     consulenten_betrokken=False, systemisch_aspect=True,
        ... )
        >>> print(beoordeel_intake(vraag))
        acceptatie: geweigerd
          ✗ R-LC-7: refer to the onderwijszorgconsulenten: the onderwijszorgconsulenten are not yet engaged
        >>> import attrs
        >>> beoordeel_intake(attrs.evolve(vraag, kanaal=Kanaal.ACTIETAFEL)).toegestaan
        True
    """  # noqa: E501
    _vereist_hulpvraag(hulpvraag)
    reden = intake_reden(
        hulpvraag.kanaal.is_eerste_contact,
        hulpvraag.consulenten_betrokken,
        hulpvraag.systemisch_aspect,
    )
    return besluit_uit("acceptatie", (reden,))


def beoordeel_doorverwijzing(
    hulpvraag: Hulpvraag, naar: Partij = ONDERWIJSZORGCONSULENTEN
) -> Besluit:
    """May the caller be referred to ``naar`` at first contact (R-LC-7)?

    Only a first contact is referred. When an arm of R-LC-7 applies (the consulenten are not
    yet engaged, or the question has no systemic aspect) the referral is required and goes to
    the onderwijszorgconsulenten; otherwise Gedragswerk may still refer to another agency.

    Examples:
        >>> from gedragswerk_core import voorbeeld
        >>> besluit = beoordeel_doorverwijzing(voorbeeld.ouders_hulpvraag())
        >>> besluit.toegestaan, besluit.regels
        (True, ('R-LC-7', 'R-LC-7'))
    """
    _vereist_hulpvraag(hulpvraag)
    if not isinstance(naar, Partij):
        raise InvalidValueError(f"expected a Partij, got {type(naar).__name__}", field="naar")
    eerste = hulpvraag.kanaal.is_eerste_contact
    doel = verwijzing_reden(
        eerste, hulpvraag.consulenten_betrokken, hulpvraag.systemisch_aspect, naar.rol
    )
    return besluit_uit("doorverwijzing", (eerste_contact_reden(eerste), doel))
