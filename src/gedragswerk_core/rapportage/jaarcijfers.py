"""Annual figures (jaarcijfers): the numbers Gedragswerk reports to the Ministry, from case data.

Gedragswerk accounts for each school year with figures that used to be counted by hand (seed
002 §3.1.1). `jaarcijfers` computes them from the interventions and the contact log, in one pass
and exactly, for any school year, as a `Jaarcijfers` value: JSON-ready through
`gedragswerk_core.serialisatie.converter.to_dict`, and rendered by `Jaarcijfers.to_markdown` and
`Jaarcijfers.to_html`. Figures of two parts of one year's log add up with ``+``.

How an intervention is counted (R-RAP-2: the figures count what happened in the school year;
seed 002 §3.1.1 reports 178 interventions *carried out*, "uitgevoerd", in the year):
    - Days are taken in Europe/Amsterdam (R-LPW-9); the year runs 1 August – 31 July.
    - ``interventies``: the interventions carried out in the year — every one with an event in
      the year (started, or any later step), or open on 1 August (started earlier and still
      running). One that spans two school years counts in both; one closed before the year and
      not reopened in it does not count.
    - ``gestart``: of those, the ones started in the year (``intake_per_maand`` per month).
    - Status on 31 July, of ``interventies`` (the four add up): afgerond (R-LC-5), open —
      received or lopend, ongoing involvement (R-LC-8), overgedragen (R-LC-6), doorverwezen
      (R-LC-7). Afgerond therefore means closed in the year and still closed on 31 July; closed,
      reopened and open on 31 July counts as open. A closing after 31 July counts in the year it
      happens.
    - Every event counts in the year it happens: pupils booked with passend onderwijs
      (`ResultaatGeboekt`, per intervention: a pupil booked in two counts twice; pupil
      references stay out of reports), systemic questions taken up, escalations.
    - Actietafels (R-TAF-1): the names of the standing tables Gedragswerk took part in during
      the year, from participation (`gedragswerk_core.tafels.Actietafel.deelname_in`), not from
      the labels of escalations.
    - Systemic questions: how often each was taken up in the year; catalogue codes
      (`gedragswerk_core.regio.systeemvragen`, any case) per code, ranked; other labels separately.
    - Labels (regions, tables, questions) are compared as written, trimmed: "Tiel" ≠ "tiel".
    - Contacts: per caller type, by the Amsterdam day of their moment (`tel_contacten`).

References:
    - R-RAP-2 (seed 002 §3.1.1); R-TAF-1; R-LC-5, R-LC-6, R-LC-7, R-LC-8; R-LPW-9.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any, final

import attrs
from attrs import Factory, field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core._tijd import Moment, as_moment
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.interventie.interventie import Interventie
from gedragswerk_core.rapportage._controle import IN_JAAR, MAANDEN, MAANDNAMEN, controleer
from gedragswerk_core.rapportage._indeling import Jaarindeling
from gedragswerk_core.rapportage._telling import tel
from gedragswerk_core.rapportage._weergave import als_html, als_markdown
from gedragswerk_core.rapportage.aandeel import Aandeel
from gedragswerk_core.rapportage.contact import Bellertype, Contact, Contacttelling, tel_contacten
from gedragswerk_core.regio.systeemvragen import Systeemvraag, is_systeemvraagcode, systeemvraag
from gedragswerk_core.schooljaar import Schooljaar
from gedragswerk_core.tafels.tafel import Actietafel

__all__ = [
    "Jaarcijfers",
    "Labeltelling",
    "Maandtelling",
    "Systeemvraagtelling",
    "jaarcijfers",
]


def _maand(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    v.aantal(inst, attribute, value)
    if not 1 <= value <= 12:  # type: ignore[operator]  # noqa: PLR2004 - months of a year
        raise InvalidValueError("a month is 1 to 12", field="Maandtelling.maand")


@final
@frozen
class Maandtelling:
    """How many interventions started in one calendar month (``maand`` 1–12 of ``jaar``)."""

    jaar: int = field(validator=v.aantal)
    maand: int = field(validator=_maand)
    aantal: int = field(validator=v.aantal)

    @property
    def naam(self) -> str:
        """``september 2015``."""
        return f"{MAANDNAMEN[self.maand - 1]} {self.jaar}"


def _code(inst: object, attribute: object, value: object) -> None:
    del inst, attribute
    if not is_systeemvraagcode(value) or systeemvraag(value).code != value:  # type: ignore[arg-type]
        raise InvalidValueError(
            "not a catalogue code", field="Systeemvraagtelling.code", hint="use SYS-01 … SYS-16"
        )


_code_validator: v.Validator = _code


@final
@frozen
class Systeemvraagtelling:
    """How often one catalogued systemic question was taken up in the year (R-LC-11)."""

    code: str = field(validator=_code_validator)
    aantal: int = field(validator=v.aantal)

    @property
    def systeemvraag(self) -> Systeemvraag:
        """The catalogue entry (`gedragswerk_core.regio.systeemvragen`)."""
        return systeemvraag(self.code)


@final
@frozen
class Labeltelling:
    """How often a systemic question outside the catalogue was taken up, by its label."""

    label: str = field(validator=v.text(max_length=300))
    aantal: int = field(validator=v.aantal)


@final
@frozen
class Jaarcijfers:
    """The annual figures of one school year (R-RAP). Build them with `jaarcijfers`.

    The constructor checks that the figures agree with each other (the four statuses add up to
    ``interventies``, twelve months in order, sorted labels, …), so a value read back with
    ``from_dict`` is as consistent as a computed one.

    Attributes:
        schooljaar: the school year reported on.
        interventies: interventions carried out in the year (R-RAP-2): started in it, or
            started earlier and still running or closed in it.
        regios: the distinct region labels of those interventions, sorted.
        afgerond: afgerond on 31 July (R-LC-5), of ``interventies``.
        lopend: still open on 31 July (R-LC-8), of ``interventies``.
        overgedragen: handed over (R-LC-6), of ``interventies``.
        doorverwezen: referred (R-LC-7), of ``interventies``.
        passend_onderwijs: pupils booked with passend onderwijs in the year (R-LC-3).
        intake_per_maand: interventions started per month, August … July.
        actietafels: the names of the standing tables Gedragswerk took part in during the
            year (R-TAF-1), sorted.
        escalaties_actietafel: escalations to an actietafel in the year.
        escalaties_interventieteam: escalations to the national interventieteam in the year.
        systeemvragen: catalogued systemic questions taken up, most frequent first.
        overige_systeemvragen: other systemic question labels, most frequent first.
        contacten: the contacts of the year, one row per caller type.
        gestart: of ``interventies``, those started in the year (the sum of
            ``intake_per_maand``; derived when not given, as in figures stored before it).
    """

    schooljaar: Schooljaar = field(validator=v.instance_of(Schooljaar))
    interventies: int = field(validator=v.aantal)
    regios: tuple[str, ...] = field(
        converter=v.to_tuple, validator=[v.tuple_of(str), v.labels(max_length=200)]
    )
    afgerond: Aandeel = field(validator=v.instance_of(Aandeel))
    lopend: Aandeel = field(validator=v.instance_of(Aandeel))
    overgedragen: Aandeel = field(validator=v.instance_of(Aandeel))
    doorverwezen: Aandeel = field(validator=v.instance_of(Aandeel))
    passend_onderwijs: int = field(validator=v.aantal)
    intake_per_maand: tuple[Maandtelling, ...] = field(
        converter=v.to_tuple, validator=v.tuple_of(Maandtelling)
    )
    actietafels: tuple[str, ...] = field(
        converter=v.to_tuple, validator=[v.tuple_of(str), v.labels(max_length=200)]
    )
    escalaties_actietafel: int = field(validator=v.aantal)
    escalaties_interventieteam: int = field(validator=v.aantal)
    systeemvragen: tuple[Systeemvraagtelling, ...] = field(
        converter=v.to_tuple, validator=v.tuple_of(Systeemvraagtelling)
    )
    overige_systeemvragen: tuple[Labeltelling, ...] = field(
        converter=v.to_tuple, validator=v.tuple_of(Labeltelling)
    )
    contacten: tuple[Contacttelling, ...] = field(
        converter=v.to_tuple, validator=v.tuple_of(Contacttelling)
    )
    gestart: int = field(
        default=Factory(lambda s: sum(m.aantal for m in s.intake_per_maand), takes_self=True),
        kw_only=True,
        validator=v.aantal,
    )

    def __attrs_post_init__(self) -> None:
        """Check that the figures agree with each other (R-RAP)."""
        controleer(self)

    # --- derived figures -------------------------------------------------------------------------

    @property
    def aantal_regios(self) -> int:
        """The number of distinct regions."""
        return len(self.regios)

    @property
    def aantal_actietafels(self) -> int:
        """The number of standing tables Gedragswerk took part in (R-TAF-1)."""
        return len(self.actietafels)

    @property
    def aantal_contacten(self) -> int:
        """All contacts of the year, every caller type and channel."""
        return sum(c.aantal for c in self.contacten)

    @property
    def telefonische_contacten(self) -> int:
        """The contacts of the year by telephone."""
        return sum(c.telefonisch for c in self.contacten)

    def contact(self, beller: Bellertype) -> Contacttelling:
        """The contacts of one caller type.

        Raises:
            InvalidValueError: ``beller`` is not a `Bellertype`.
        """
        v.require(beller, Bellertype, "beller", hint="e.g. Bellertype.OUDER")
        return self.contacten[tuple(Bellertype).index(beller)]

    def __add__(self, other: object) -> Jaarcijfers:
        """The figures of two parts of one year's log, combined as if counted together.

        Counts add up; distinct regions and tables are united, so a region in both parts counts
        once.

        Raises:
            InvalidValueError: ``other`` is not a `Jaarcijfers`, or is of another school year.
        """
        other = v.require(
            other, Jaarcijfers, "other", hint="add the figures of two parts of one year's log"
        )
        if other.schooljaar != self.schooljaar:
            raise InvalidValueError(
                "only figures of the same school year can be added",
                field="Jaarcijfers.schooljaar",
                hint="count both parts with the same Schooljaar",
            )
        vragen: dict[str, int] = {}
        for rij in (*self.systeemvragen, *other.systeemvragen):
            vragen[rij.code] = vragen.get(rij.code, 0) + rij.aantal
        for label in (*self.overige_systeemvragen, *other.overige_systeemvragen):
            vragen[label.label] = vragen.get(label.label, 0) + label.aantal
        delen = zip(
            (self.lopend, self.afgerond, self.overgedragen, self.doorverwezen),
            (other.lopend, other.afgerond, other.overgedragen, other.doorverwezen),
            strict=True,
        )
        return _bouw(
            self.schooljaar,
            status=[a.teller + b.teller for a, b in delen],
            regios={*self.regios, *other.regios},
            passend_onderwijs=self.passend_onderwijs + other.passend_onderwijs,
            per_maand=[
                a.aantal + b.aantal
                for a, b in zip(self.intake_per_maand, other.intake_per_maand, strict=True)
            ],
            tafels={*self.actietafels, *other.actietafels},
            escalaties=[
                self.escalaties_actietafel + other.escalaties_actietafel,
                self.escalaties_interventieteam + other.escalaties_interventieteam,
            ],
            vragen=vragen,
            contacten=tuple(a + b for a, b in zip(self.contacten, other.contacten, strict=True)),
        )

    # --- rendering (no I/O) ----------------------------------------------------------------------

    def to_markdown(self) -> str:
        """The figures as Markdown: a heading and one table per part; every text escaped."""
        return als_markdown(self)

    def to_html(self) -> str:
        """The figures as HTML: one table per part; every text escaped."""
        return als_html(self)

    def _repr_html_(self) -> str:
        """Jupyter's rich view: `to_html`."""
        return self.to_html()


def _bouw(
    schooljaar: Schooljaar,
    *,
    status: list[int],
    regios: set[str],
    passend_onderwijs: int,
    per_maand: list[int],
    tafels: set[str],
    escalaties: list[int],
    vragen: dict[str, int],
    contacten: tuple[Contacttelling, ...],
) -> Jaarcijfers:
    """The value from the raw counts of a pass (or of two values added)."""
    codes: dict[str, int] = {}
    overig: dict[str, int] = {}
    for label, aantal in vragen.items():
        if is_systeemvraagcode(label):
            code = systeemvraag(label).code
            codes[code] = codes.get(code, 0) + aantal
        else:
            schoon = label.strip()
            overig[schoon] = overig.get(schoon, 0) + aantal
    n = sum(status)
    open_, afgerond, overgedragen, doorverwezen = status
    jaar = schooljaar.startjaar
    return Jaarcijfers(
        schooljaar,
        n,
        tuple(sorted({r.strip() for r in regios})),
        Aandeel(afgerond, n, IN_JAAR),
        Aandeel(open_, n, IN_JAAR),
        Aandeel(overgedragen, n, IN_JAAR),
        Aandeel(doorverwezen, n, IN_JAAR),
        passend_onderwijs,
        tuple(
            Maandtelling(jaar + (m < 8), m, k)  # noqa: PLR2004 - August
            for m, k in zip(MAANDEN, per_maand, strict=True)
        ),
        tuple(sorted({t.strip() for t in tafels})),
        escalaties[0],
        escalaties[1],
        tuple(Systeemvraagtelling(c, k) for c, k in sorted(codes.items(), key=_rang)),
        tuple(Labeltelling(s, k) for s, k in sorted(overig.items(), key=_rang)),
        contacten,
        gestart=sum(per_maand),
    )


def _rang(paar: tuple[str, int]) -> tuple[int, str]:
    return (-paar[1], paar[0])


def _interventies(interventies: object) -> Iterable[Any]:
    if isinstance(interventies, Interventie):  # a tuple of events, but one intervention
        raise InvalidValueError(
            "expected an iterable of Interventie, got one Interventie",
            field="interventies",
            hint="pass a list of interventions, e.g. [interventie]",
        )
    return v.require_iterable(
        interventies,
        "interventies",
        of="Interventie",
        hint="pass a list, tuple or generator of Interventie values",
    )


def _zoals_bekend_op(interventies: Iterable[Any], moment: Moment) -> Iterator[Any]:
    """Each intervention as known at ``moment`` (`Interventie.bekend_op`); unknown ones left out.

    Anything else is passed on, for `tel` to refuse with its position.
    """
    op = as_moment(moment, "bekend_op")
    for interventie in interventies:
        bekend = interventie.bekend_op(op) if type(interventie) is Interventie else interventie
        if bekend is not None:
            yield bekend


def _tafelnamen(tafels: object, schooljaar: Schooljaar) -> set[str]:
    """The names of the tables Gedragswerk took part in during ``schooljaar`` (R-TAF-1)."""
    namen = set()
    lijst = v.require_items(
        tafels, Actietafel, "tafels", hint="pass Actietafel values, e.g. stel_actietafel_in(...)"
    )
    for tafel in lijst:
        if tafel.deelname_in(schooljaar):
            namen.add(tafel.naam)
    return namen


def jaarcijfers(
    interventies: Iterable[Interventie],
    schooljaar: Schooljaar,
    contacten: Iterable[Contact] = (),
    *,
    tafels: Iterable[Actietafel] = (),
    bekend_op: Moment | None = None,
) -> Jaarcijfers:
    """The annual figures of ``schooljaar`` from the interventions, contacts and tables (R-RAP-2).

    ``interventies`` may hold interventions of any year, in any order, and may be a generator:
    it is read once. The module documentation says how each figure is counted.

    Args:
        interventies: the interventions; those carried out in ``schooljaar`` are counted.
        schooljaar: the school year to report on.
        contacten: the contact log; the contacts of ``schooljaar`` are counted per caller type.
        tafels: the standing actietafels; those Gedragswerk took part in during ``schooljaar``
            are listed (R-TAF-1).
        bekend_op: count the interventions as they were known at this moment (a date: the
            start of that day in Amsterdam): only the events recorded by then, with only the
            corrections recorded by then (`Interventie.bekend_op`, R-GEB-3, R-GEB-4), to
            reproduce the figures reported then. ``None``: as known now. The contacts and
            tables are counted as given.

    Examples:
        >>> from gedragswerk_core import voorbeeld
        >>> cijfers = jaarcijfers([voorbeeld.afgeronde_interventie()], Schooljaar(2015))
        >>> cijfers.interventies, cijfers.gestart, cijfers.regios, str(cijfers.afgerond)
        (1, 1, ('Rivierenland',), '1 of 1 interventions carried out in the school year (100.0%)')
        >>> [(s.label, s.aantal) for s in cijfers.overige_systeemvragen]
        [('opzet actietafel', 1)]
        >>> jaarcijfers([voorbeeld.afgeronde_interventie()], Schooljaar(2016)).interventies
        0

    Raises:
        InvalidValueError: ``schooljaar`` is not a `Schooljaar`, or ``interventies``,
            ``contacten`` or ``tafels`` is not an iterable of the right values; the field names
            the position of the first bad one.
    """
    v.require(schooljaar, Schooljaar, "schooljaar", hint="e.g. Schooljaar(2015) for 2015–2016")
    lijst = _interventies(interventies)
    if bekend_op is not None:
        lijst = _zoals_bekend_op(lijst, bekend_op)
    telling = tel(lijst, Jaarindeling(schooljaar))
    return _bouw(
        schooljaar,
        status=telling.status,
        regios=telling.regios,
        passend_onderwijs=telling.passend,
        per_maand=telling.per_maand[:12],
        tafels=_tafelnamen(tafels, schooljaar),
        escalaties=telling.escalaties,
        vragen=Counter(telling.vragen),
        contacten=tel_contacten(contacten, schooljaar),
    )
