"""The contact log (contacten): who called Gedragswerk, how, and what became of the question.

Next to the interventions, the annual report counts the times someone got in touch — in
2015–2016 by telephone: professionals, leerplichtambtenaren and parents with concrete questions
about individual pupils (seed 002 §3.1.1). Each question was either taken up by a sparring
partner or referred elsewhere, to the onderwijszorgconsulenten among others (R-LC-7). A `Contact`
records one such contact without any personal detail; `tel_contacten` counts them per caller
type for one school year, the day taken in Europe/Amsterdam (R-LPW-9).

References:
    - R-RAP: the telephone contacts and their callers are among the annual figures
      (seed 002 §3.1.1).
    - R-LC-7: a caller is referred to the onderwijszorgconsulenten when they are not yet engaged,
      or when the question has no systemic aspect (seed 002 §3.1.1).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum, unique
from typing import Any, Final, final

import pendulum
from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.interventie.hulpvraag import Kanaal
from gedragswerk_core.rapportage._indeling import BUITEN, Jaarindeling
from gedragswerk_core.schooljaar import Schooljaar

__all__ = ["Bellertype", "Contact", "Contacttelling", "Contactuitkomst", "tel_contacten"]


@unique
class Bellertype(Enum):
    """Who got in touch (seed 002 §3.1.1 names the first three)."""

    PROFESSIONAL = "professional"
    """An education or care professional (teacher, intern begeleider, SWV, youth care, …)."""
    LEERPLICHTAMBTENAAR = "leerplichtambtenaar"
    """A leerplichtambtenaar (school attendance officer)."""
    OUDER = "ouder"
    """A parent or carer."""
    OVERIG = "overig"
    """Anyone else."""


@unique
class Contactuitkomst(Enum):
    """What became of the question raised in a contact."""

    OPGEPAKT = "opgepakt"
    """Taken up by a sparring partner of Gedragswerk."""
    DOORVERWEZEN = "doorverwezen"
    """Referred elsewhere, e.g. to the onderwijszorgconsulenten (R-LC-7)."""


@final
@frozen
class Contact:
    """One contact with Gedragswerk: when, who, through which channel, and the outcome.

    No names, no case notes: a contact is counted, not described. An aware moment or a plain
    date (the start of that day in Amsterdam) is accepted.

    Examples:
        >>> import pendulum
        >>> c = Contact(pendulum.datetime(2015, 9, 14, 10, tz="Europe/Amsterdam"),
        ...             Bellertype.OUDER, Contactuitkomst.DOORVERWEZEN)
        >>> c.kanaal.value, c.uitkomst.value
        ('telefoon', 'doorverwezen')
    """

    moment: pendulum.DateTime = field(converter=v.to_moment, validator=v.is_moment)
    beller: Bellertype = field(validator=v.instance_of(Bellertype))
    uitkomst: Contactuitkomst = field(validator=v.instance_of(Contactuitkomst))
    kanaal: Kanaal = field(default=Kanaal.TELEFOON, validator=v.instance_of(Kanaal))


@final
@frozen
class Contacttelling:
    """The contacts of one caller type in one school year (R-RAP).

    ``aantal`` counts every channel; ``telefonisch`` those by telephone. Every contact was either
    taken up or referred, so ``opgepakt + doorverwezen == aantal``.
    """

    beller: Bellertype = field(validator=v.instance_of(Bellertype))
    aantal: int = field(validator=v.aantal)
    telefonisch: int = field(validator=v.aantal)
    opgepakt: int = field(validator=v.aantal)
    doorverwezen: int = field(validator=v.aantal)

    def __attrs_post_init__(self) -> None:
        """Keep the counts consistent with each other."""
        if self.opgepakt + self.doorverwezen != self.aantal:
            raise InvalidValueError(
                "every contact is either taken up or referred: opgepakt + doorverwezen = aantal",
                field="Contacttelling.aantal",
                regel="R-RAP",
            )
        if self.telefonisch > self.aantal:
            raise InvalidValueError(
                "telefonisch counts part of the contacts, so it is at most aantal",
                field="Contacttelling.telefonisch",
                regel="R-RAP",
            )

    def __add__(self, other: object) -> Contacttelling:
        """The counts of the same caller type over two parts of a log, added.

        Raises:
            InvalidValueError: ``other`` is not a `Contacttelling`, or counts another caller type.
        """
        other = v.require(
            other, Contacttelling, "other", hint="add the rows of the same caller type"
        )
        if other.beller is not self.beller:
            raise InvalidValueError(
                "only counts of the same caller type can be added",
                field="Contacttelling.beller",
                hint="add the rows of the same caller type",
            )
        return Contacttelling(
            self.beller,
            self.aantal + other.aantal,
            self.telefonisch + other.telefonisch,
            self.opgepakt + other.opgepakt,
            self.doorverwezen + other.doorverwezen,
        )


_TELEFOON: Final = Kanaal.TELEFOON
_OPGEPAKT: Final = Contactuitkomst.OPGEPAKT


def _contacten(contacten: object) -> Iterable[Any]:
    return v.require_iterable(
        contacten, "contacten", of="Contact", hint="pass a list or tuple of Contact values"
    )


def tel_contacten(
    contacten: Iterable[Contact], schooljaar: Schooljaar
) -> tuple[Contacttelling, ...]:
    """The contacts of ``schooljaar`` per caller type, one row per `Bellertype`, zeros included.

    A contact counts in the school year of its moment, the day taken in Europe/Amsterdam
    (R-LPW-9); contacts of other years are left out.

    Examples:
        >>> import pendulum
        >>> from gedragswerk_core.schooljaar import Schooljaar
        >>> m = pendulum.datetime(2016, 3, 1, 10, tz="Europe/Amsterdam")
        >>> log = [Contact(m, Bellertype.OUDER, Contactuitkomst.DOORVERWEZEN),
        ...        Contact(m, Bellertype.OUDER, Contactuitkomst.OPGEPAKT)]
        >>> [(t.beller.value, t.aantal, t.doorverwezen) for t in tel_contacten(log, Schooljaar(2015))]
        [('professional', 0, 0), ('leerplichtambtenaar', 0, 0), ('ouder', 2, 1), ('overig', 0, 0)]

    Raises:
        InvalidValueError: ``contacten`` is not an iterable of `Contact`, or ``schooljaar`` is
            not a `Schooljaar`.
    """  # noqa: E501
    v.require(schooljaar, Schooljaar, "schooljaar", hint="e.g. Schooljaar(2015) for 2015–2016")
    indeling = Jaarindeling(schooljaar)
    tellers = {b: [0, 0, 0] for b in Bellertype}  # aantal, telefonisch, opgepakt
    for index, contact in enumerate(_contacten(contacten)):
        if type(contact) is not Contact:
            raise InvalidValueError(
                f"expected a Contact, got {type(contact).__name__}",
                field=f"contacten[{index}]",
                hint="log each contact as Contact(moment, beller, uitkomst)",
            )
        if indeling.maand(contact.moment) == BUITEN:
            continue
        rij = tellers[contact.beller]
        rij[0] += 1
        rij[1] += contact.kanaal is _TELEFOON
        rij[2] += contact.uitkomst is _OPGEPAKT
    return tuple(
        Contacttelling(b, aantal, telefonisch, opgepakt, aantal - opgepakt)
        for b, (aantal, telefonisch, opgepakt) in tellers.items()
    )
