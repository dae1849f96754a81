"""Parties (partijen): who asks, who talks, who acts, at which level and in which care structure.

References:
    - R-LC-1: a hulpvraag may come from any regional party (seed 002 §2 point 3, seed 000).
    - R-ACT-1: parties act at three levels — governance and policy, management and organisation,
      execution (seed 002 §2).
    - R-ACT-2: internal care structure (in and around the school: parents, colleagues, intern
      begeleiders, school leaders) and external care structure (ambulant support, school social
      work, youth care, police, …) (seed 001).
    - R-ACT-3: the list of parties that take part in the conversations (seed 002 §2).
    - R-ACT-4: the pupil's own perspective and the mentor's role are part of the joint approach
      (seed 004, "Werken in kernteams"). The pupil and the mentor are roles here; the pupil takes
      part under a pseudonymous reference, never a name. The youth doctor (jeugdarts) is a role
      too, but rests on public sources, not on the seeds: in the M@ZL approach to sickness
      absence the school signals, the GGD/JGZ jeugdarts advises and leerplicht enforces.
    - R-LC-9: the roles of Gedragswerk's sparring partner during an intervention (seed 002 §2).
    - R-LC-4: Gedragswerk supports and never takes over the region's responsibility (seed 002
      §2). `Partij.is_sparring_partner` marks its own adviser; the lifecycle refuses a handover
      to it and a referral to it, and the werkagenda an activity carried by it alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum, unique
from typing import Final, final

from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.leerling import _is_pseudoniem

__all__ = ["Niveau", "Partij", "Rol", "SparringRol", "Zorgstructuur", "heeft_regionale_partij"]


@unique
class Niveau(Enum):
    """The level a party acts at (R-ACT-1)."""

    BESTUUR_EN_BELEID = "bestuur_en_beleid"
    """Governance and policy: boards, aldermen, policy officers."""
    MANAGEMENT_EN_ORGANISATIE = "management_en_organisatie"
    """Management and organisation: directors, coordinators."""
    UITVOERING = "uitvoering"
    """Execution: teachers, intern begeleiders, leerplichtambtenaren, parents."""

    # Identity hashing, as `Rol`: a party's fields are the key of the parties read once.
    __hash__ = object.__hash__


@unique
class Zorgstructuur(Enum):
    """Whether a party belongs to the school's internal or the external care structure (R-ACT-2)."""

    INTERN = "intern"
    """In and around the school: parents, colleagues, intern begeleiders, school leaders."""
    EXTERN = "extern"
    """Outside the school: ambulant support, social work, youth care, police, municipality, …"""

    # Identity hashing, as `Rol`: a party's fields are the key of the parties read once.
    __hash__ = object.__hash__


@unique
class Rol(Enum):
    """The role of a party, as named in R-LC-1 and R-ACT-3.

    A role that is not listed is named with `OVERIG` plus a description in
    `omschrijving` (required for ``OVERIG``).
    """

    # Members are singletons and compare by identity, so identity hashing agrees with ``==``;
    # it makes a role a C-speed dict key in the lifecycle's checks (Enum's own hash is Python
    # code hashing the name).
    __hash__ = object.__hash__

    # R-LC-1 (who may ask) and R-ACT-3 (who takes part), in the source's order.
    LEERKRACHT = "leerkracht"
    SCHOOLLEIDER = "schoolleider"
    INTERN_BEGELEIDER = "intern_begeleider"
    AMBULANT_BEGELEIDER = "ambulant_begeleider"
    SWV_COORDINATOR = "swv_coordinator"
    LEERPLICHTAMBTENAAR = "leerplichtambtenaar"
    WETHOUDER = "wethouder"
    OUDER = "ouder"
    SCHOOLBESTUUR = "schoolbestuur"
    SAMENWERKINGSVERBAND = "samenwerkingsverband"
    REGIONAAL_EXPERTISECENTRUM = "regionaal_expertisecentrum"
    DIRECTEUR = "directeur"
    ZORGCOORDINATOR = "zorgcoordinator"
    GEMEENTELIJK_BELEIDSAMBTENAAR = "gemeentelijk_beleidsambtenaar"
    RMC_COORDINATOR = "rmc_coordinator"
    MAATSCHAPPELIJK_WERK = "maatschappelijk_werk"
    WELZIJN = "welzijn"
    ZORG = "zorg"
    JUSTITIE_EN_VEILIGHEID = "justitie_en_veiligheid"
    OUDERVERTEGENWOORDIGER = "oudervertegenwoordiger"
    ONDERWIJSCONSULENT = "onderwijsconsulent"
    # R-ACT-4 (seed 004): the pupil (by pseudonymous reference) and the mentor; the jeugdarts
    # (GGD/JGZ youth doctor) from public sources on sickness absence (M@ZL), not from the seeds.
    LEERLING = "leerling"
    MENTOR = "mentor"
    JEUGDARTS = "jeugdarts"
    # Gedragswerk's own adviser on a case (R-LC-9).
    SPARRING_PARTNER = "sparring_partner"
    # Anything not listed; Partij.omschrijving then says what it is.
    OVERIG = "overig"

    @property
    def niveau(self) -> Niveau:
        """The level this role usually acts at (R-ACT-1); a `Partij` may override it."""
        return _NIVEAU[self]

    @property
    def zorgstructuur(self) -> Zorgstructuur:
        """The care structure this role usually belongs to (R-ACT-2)."""
        return _ZORGSTRUCTUUR[self]


_BESTUUR: Final = frozenset({Rol.SCHOOLBESTUUR, Rol.WETHOUDER, Rol.GEMEENTELIJK_BELEIDSAMBTENAAR})
_MANAGEMENT: Final = frozenset(
    {
        Rol.SCHOOLLEIDER,
        Rol.SWV_COORDINATOR,
        Rol.SAMENWERKINGSVERBAND,
        Rol.REGIONAAL_EXPERTISECENTRUM,
        Rol.DIRECTEUR,
        Rol.ZORGCOORDINATOR,
        Rol.RMC_COORDINATOR,
    }
)
_NIVEAU: Final = {
    rol: Niveau.BESTUUR_EN_BELEID
    if rol in _BESTUUR
    else Niveau.MANAGEMENT_EN_ORGANISATIE
    if rol in _MANAGEMENT
    else Niveau.UITVOERING
    for rol in Rol
}
# R-ACT-2 (seed 001): the internal care structure is the school, the parents and the pupil.
_INTERN: Final = frozenset(
    {
        Rol.LEERLING,
        Rol.MENTOR,
        Rol.LEERKRACHT,
        Rol.SCHOOLLEIDER,
        Rol.INTERN_BEGELEIDER,
        Rol.OUDER,
        Rol.SCHOOLBESTUUR,
        Rol.DIRECTEUR,
        Rol.ZORGCOORDINATOR,
    }
)
_ZORGSTRUCTUUR: Final = {
    rol: Zorgstructuur.INTERN if rol in _INTERN else Zorgstructuur.EXTERN for rol in Rol
}


@unique
class SparringRol(Enum):
    """The roles the sparring partner takes during an intervention (R-LC-9, seed 002 §2)."""

    ADVISEUR = "adviseur"
    INITIATIEFNEMER = "initiatiefnemer"
    REGISSEUR = "regisseur"
    GESPREKSLEIDER = "gespreksleider"
    KATALYSATOR = "katalysator"
    MEDIATOR = "mediator"
    PARTNER_IN_UITVOERING = "partner_in_uitvoering"
    BUITENBEENTJE = "buitenbeentje"
    """The outsider who provokes when that is what gets a stuck situation moving."""


@final
@frozen
class Partij:
    """A party involved in a case: an organisation or a function, with its role.

    ``naam`` labels the party ("SWV Utrecht", "leerplicht Tiel"). For private persons such as
    parents use a pseudonymous label ("ouders L-017"): the library treats it as a label and shows
    it, unlike a pupil's name. The pupil as a party (`Rol.LEERLING`, R-ACT-4) is named by the
    pupil's reference ("L-2015-017"); anything else is refused. Level and care structure default from the role (R-ACT-1,
    R-ACT-2) and may be given explicitly.

    Examples:
        >>> swv = Partij("SWV Utrecht", Rol.SAMENWERKINGSVERBAND)
        >>> swv.niveau, swv.zorgstructuur
        (<Niveau.MANAGEMENT_EN_ORGANISATIE: 'management_en_organisatie'>, <Zorgstructuur.EXTERN: 'extern'>)
        >>> Partij("Stichting Sport", Rol.OVERIG, omschrijving="sportvereniging").omschrijving
        'sportvereniging'
    """  # noqa: E501

    naam: str = field(validator=v.text(max_length=200))
    rol: Rol = field(validator=v.instance_of(Rol))
    niveau: Niveau = field(validator=v.instance_of(Niveau))
    zorgstructuur: Zorgstructuur = field(validator=v.instance_of(Zorgstructuur))
    omschrijving: str | None = field(default=None, validator=v.optional_text(max_length=200))

    @niveau.default
    def _niveau_default(self) -> Niveau:
        # The validator of ``rol`` runs after defaults, so ``rol`` may still be anything here.
        return self.rol.niveau if isinstance(self.rol, Rol) else Niveau.UITVOERING

    @zorgstructuur.default
    def _zorgstructuur_default(self) -> Zorgstructuur:
        return self.rol.zorgstructuur if isinstance(self.rol, Rol) else Zorgstructuur.EXTERN

    def __attrs_post_init__(self) -> None:
        """A description for a role not listed (`OVERIG`); a pupil's pseudonym (`LEERLING`)."""
        if self.rol is Rol.LEERLING and not _is_pseudoniem(self.naam):
            raise InvalidValueError(
                "a pupil takes part under a pseudonymous reference, not a name",
                field="Partij.naam",
                regel="R-ACT-4",
                hint="use the text of the pupil's LeerlingRef, e.g. Partij('L-2015-017', "
                "Rol.LEERLING)",
            )
        if self.rol is Rol.OVERIG and self.omschrijving is None:
            raise InvalidValueError(
                "a party with role OVERIG needs an omschrijving saying what it is",
                field="Partij.omschrijving",
                regel="R-ACT-3",
                hint="e.g. Partij('Stichting X', Rol.OVERIG, omschrijving='sportvereniging')",
            )

    @property
    def is_sparring_partner(self) -> bool:
        """Whether this is Gedragswerk's own sparring partner rather than a regional party.

        R-LC-4 is enforced on it: no handover or referral to it, no activity carried by it alone.
        """
        return self.rol is Rol.SPARRING_PARTNER


def heeft_regionale_partij(partijen: Iterable[Partij]) -> bool:
    """Whether at least one of ``partijen`` is a regional party, not the sparring partner.

    The region carries the work, Gedragswerk supports (R-LC-4): a conversation (R-LC-3), a
    werkagenda (R-WA-5) and each of its activities need a regional party.

    Examples:
        >>> sparring = Partij("Gedragswerk", Rol.SPARRING_PARTNER)
        >>> heeft_regionale_partij([sparring]), heeft_regionale_partij([])
        (False, False)
        >>> heeft_regionale_partij([sparring, Partij("SWV Utrecht", Rol.SAMENWERKINGSVERBAND)])
        True
    """
    return any(not p.is_sparring_partner for p in partijen)
