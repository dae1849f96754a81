"""The region (regio) and its exploration (verkenning) along the six regional questions.

A `Verkenning` records dated, sourced answers (`Antwoord`) to the six questions of R-REG-1 for
one `Regio`. Like an intervention it is an append-only value: `beantwoord` checks the answer with
`beoordeel_antwoord` — the same check the constructor replays on stored answers — and returns a
new exploration, or raises `RefusedError` with the refusing `Besluit`.

Decision on R-REG-3 (individual cases before the system, per pupil), the same as the
intervention lifecycle made (see `interventie.stappen`): answering question 5 (systemic measures)
while a pupil named under question 1 has no passend onderwijs yet is *accepted and signalled*,
not refused. The methodiek asks the preventive question in every case (R-LC-11, R-WA-6) and
systemic questions are not always prompted by a pupil's case (seed 002 §3.1.1); refusing would
make the library stricter than the methodiek. The exploration learns for which pupils passend
onderwijs was realised through `boek_plaatsing` (typically from the results booked in their
interventions, ``Interventie.toestand.gerealiseerd``), and `Verkenning.signalen` gives a `Signaal`
of kind `Signaalsoort.SYSTEEM_VOOR_INDIVIDU`, rule R-REG-3, for every named pupil still without it.

References:
    - R-REG-1: the six questions established in each participating region (seed 000, seed 002 §2).
    - R-REG-2: question 1 always comes first — map the pupils concerned, by name (seed 002 §2
      point 2; seed 003 phase 1). Enforced: another question first, or an answer to question 1
      that names no pupil, is refused; a placement is recorded only for a pupil so named.
    - R-REG-3: individual cases before the system, per pupil (seed 002 §3.1.1). Signalled, not
      refused.
    - R-REG-4: a regio is a set of actors aimed at one geographic area, from village and town to
      province (seed 002, footnote 2).
"""

from __future__ import annotations

from enum import Enum, IntEnum, unique
from typing import Final, final

import pendulum
from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.besluit import Besluit
from gedragswerk_core.errors import InvalidValueError, RefusedError
from gedragswerk_core.leerling import LeerlingRef
from gedragswerk_core.partijen import Partij
from gedragswerk_core.regio.teksten import reden
from gedragswerk_core.signaal import Signaal, Signaalsoort

__all__ = [
    "Antwoord",
    "Regio",
    "RegionaleVraag",
    "Schaal",
    "Verkenning",
    "Vraagstand",
    "beantwoord",
    "beoordeel_antwoord",
    "beoordeel_plaatsing",
    "boek_plaatsing",
]


@unique
class Schaal(Enum):
    """The geographic scale of a region, from village to province (R-REG-4)."""

    DORP = "dorp"
    STAD = "stad"
    GEMEENTE = "gemeente"
    REGIO = "regio"
    """Several municipalities, e.g. the area of a samenwerkingsverband or an RMC region."""
    PROVINCIE = "provincie"


@final
@frozen
class Regio:
    """A set of field actors aimed at one geographic area (R-REG-4).

    Examples:
        >>> from gedragswerk_core import Partij, Rol
        >>> regio = Regio("Rivierenland", Schaal.REGIO)
        >>> regio = regio.met_partij(Partij("Leerplicht Tiel", Rol.LEERPLICHTAMBTENAAR))
        >>> regio.schaal.value, len(regio.partijen)
        ('regio', 1)
    """

    naam: str = field(validator=v.text(max_length=200))
    schaal: Schaal = field(validator=v.instance_of(Schaal))
    partijen: tuple[Partij, ...] = field(
        default=(), converter=v.to_tuple, validator=[v.tuple_of(Partij), v.unique("party")]
    )

    def met_partij(self, partij: Partij) -> Regio:
        """A new region with ``partij`` added to its actors.

        Raises:
            InvalidValueError: not a `Partij`, or already listed.
        """
        return Regio(self.naam, self.schaal, (*self.partijen, partij))


@unique
class RegionaleVraag(IntEnum):
    """The six questions established in a participating region, in order (R-REG-1).

    The number is the question's place in the methodiek; question 1 comes first (R-REG-2).
    """

    THUISZITTERS = 1
    """Who are the pupils at home, or at risk of it — by name (R-REG-2)."""
    OORZAKEN = 2
    """Why do these pupils drop out."""
    OPLOSSINGEN = 3
    """How are these particular cases solved."""
    PARTIJEN = 4
    """Which parties does a solution need."""
    SYSTEEMMAATREGELEN = 5
    """Which measures in the system lower the number of thuiszitters (after R-REG-3)."""
    UITVOERING = 6
    """How the agreed activities are carried out, with or without Gedragswerk."""

    @property
    def label(self) -> str:
        """A short Dutch label (``"vraag 5: systeemmaatregelen"``)."""
        return f"vraag {self.value}: {_LABEL[self]}"

    @property
    def omschrijving(self) -> str:
        """The question in plain English (R-REG-1)."""
        return _OMSCHRIJVING[self]


_LABEL: Final = {
    RegionaleVraag.THUISZITTERS: "wie het betreft",
    RegionaleVraag.OORZAKEN: "oorzaken van uitval",
    RegionaleVraag.OPLOSSINGEN: "oplossing per leerling",
    RegionaleVraag.PARTIJEN: "benodigde partijen",
    RegionaleVraag.SYSTEEMMAATREGELEN: "systeemmaatregelen",
    RegionaleVraag.UITVOERING: "uitvoering",
}
_OMSCHRIJVING: Final = {
    RegionaleVraag.THUISZITTERS: "which pupils sit at home, or are about to, known by name",
    RegionaleVraag.OORZAKEN: "what makes these pupils end up without education",
    RegionaleVraag.OPLOSSINGEN: "what solves each of these pupils' own cases",
    RegionaleVraag.PARTIJEN: "which parties those solutions cannot do without",
    RegionaleVraag.SYSTEEMMAATREGELEN: (
        "which measures at the level of the system bring the number of thuiszitters down"
    ),
    RegionaleVraag.UITVOERING: (
        "how the agreed activities get carried out, with or without Gedragswerk's support"
    ),
}


_PER_NUMMER: Final = {vraag.value: vraag for vraag in RegionaleVraag}


def _to_vraag(value: object) -> object:
    """Converter: the plain numbers 1–6 become their `RegionaleVraag`; others are left to fail."""
    return _PER_NUMMER.get(value, value) if type(value) is int else value


def _to_refs(value: object) -> object:
    value = v.to_tuple(value)
    if isinstance(value, tuple):
        return tuple(LeerlingRef(x) if isinstance(x, str) else x for x in value)
    return value


@final
@frozen
class Antwoord:
    """An answer to one regional question, with its date and source (R-REG-1).

    ``tekst`` is free text and may hold personal details: it is kept but not shown in ``repr``.
    ``bron`` labels where the answer comes from (a meeting, a party, a count). ``leerlingen``
    names the pupils the answer is about by their pseudonymous reference — for question 1 the
    pupils mapped "by name" (R-REG-2).

    Examples:
        >>> a = Antwoord(1, pendulum.date(2015, 9, 1), "actietafel", "Twee leerlingen", ["L-1"])
        >>> a
        Antwoord(vraag=<RegionaleVraag.THUISZITTERS: 1>, datum=Date(2015, 9, 1), bron='actietafel', leerlingen=(LeerlingRef(waarde='L-1'),))
    """  # noqa: E501

    vraag: RegionaleVraag = field(converter=_to_vraag, validator=v.instance_of(RegionaleVraag))
    datum: pendulum.Date = field(converter=v.to_date, validator=v.is_date)
    bron: str = field(validator=v.text(max_length=200))
    tekst: str = field(repr=False, validator=v.text(max_length=10_000))
    leerlingen: tuple[LeerlingRef, ...] = field(
        default=(), converter=_to_refs, validator=v.tuple_of(LeerlingRef)
    )


@final
@frozen
class Vraagstand:
    """How far one question is answered: how many answers, and the date of the latest."""

    vraag: RegionaleVraag = field(validator=v.instance_of(RegionaleVraag))
    antwoorden: int = field(validator=v.aantal)
    laatst: pendulum.Date | None = field(converter=v.to_date, validator=v.optional_date)

    def __attrs_post_init__(self) -> None:
        """A latest date exactly when there is at least one answer."""
        if (self.laatst is None) != (self.antwoorden == 0):
            raise InvalidValueError(
                "laatst is set exactly when antwoorden is more than 0",
                field="Vraagstand.laatst",
            )

    @property
    def is_beantwoord(self) -> bool:
        """Whether the question has at least one answer."""
        return self.antwoorden > 0


_VRAAG_1: Final = {
    # (the answer names pupils) for an answer to question 1
    genoemd: reden("R-REG-2.leerlingen", genoemd, "leerlingen_genoemd")
    for genoemd in (False, True)
}
_VOLGORDE: Final = reden("R-REG-2.volgorde", True, "vraag_1_beantwoord")


def _besluit(beantwoord: frozenset[RegionaleVraag], antwoord: Antwoord) -> Besluit:
    handeling = f"antwoord op vraag {antwoord.vraag.value}"
    if antwoord.vraag is RegionaleVraag.THUISZITTERS:
        r = _VRAAG_1[bool(antwoord.leerlingen)]
    elif RegionaleVraag.THUISZITTERS in beantwoord:
        r = _VOLGORDE
    else:
        vraag = str(antwoord.vraag.value)
        r = reden("R-REG-2.volgorde", False, "vraag_1_beantwoord", vraag=vraag)
    return Besluit.uit_redenen(handeling, (r,))


def _plaatsingsbesluit(
    genoemd: tuple[LeerlingRef, ...], geplaatst: tuple[LeerlingRef, ...], leerling: LeerlingRef
) -> Besluit:
    redenen = (
        reden("R-REG-2.genoemd", leerling in genoemd, "genoemd"),
        reden("R-REG-3.plaatsing", leerling not in geplaatst, "nog_niet_geplaatst"),
    )
    return Besluit.uit_redenen("plaatsing", redenen)


def _check_chronologie(vorige: Antwoord | None, antwoord: Antwoord, index: int) -> None:
    if vorige is not None and antwoord.datum < vorige.datum:
        raise InvalidValueError(
            "an answer cannot be dated before the answer recorded before it",
            field=f"Verkenning.antwoorden[{index}].datum",
            hint="answers are recorded in the order they were given",
        )


def _replay(antwoorden: tuple[Antwoord, ...], geplaatst: tuple[LeerlingRef, ...]) -> None:
    beantwoord: frozenset[RegionaleVraag] = frozenset()
    vorige = None
    for i, antwoord in enumerate(antwoorden):
        _check_chronologie(vorige, antwoord, i)
        besluit = _besluit(beantwoord, antwoord)
        if not besluit.toegestaan:
            raise RefusedError(besluit)
        beantwoord |= {antwoord.vraag}
        vorige = antwoord
    genoemd = _genoemd(antwoorden)
    for index, leerling in enumerate(geplaatst):
        besluit = _plaatsingsbesluit(genoemd, geplaatst[:index], leerling)
        if not besluit.toegestaan:
            raise RefusedError(besluit)


def _genoemd(antwoorden: tuple[Antwoord, ...]) -> tuple[LeerlingRef, ...]:
    """The pupils named in the answers to question 1, each once, first mention first."""
    refs = (
        ref for a in antwoorden if a.vraag is RegionaleVraag.THUISZITTERS for ref in a.leerlingen
    )
    return tuple(dict.fromkeys(refs))


@final
@frozen
class Verkenning:
    """A region explored along the six questions of R-REG-1: the answers, in recording order.

    Build one with ``Verkenning(regio)``, add answers with `beantwoord` and record with
    `boek_plaatsing` each named pupil for whom passend onderwijs was realised (``geplaatst``, in
    the order recorded). Constructing one from stored answers replays the checks, so question 1
    is first and names its pupils here too (R-REG-2).

    Examples:
        >>> v = Verkenning(Regio("Rivierenland", Schaal.REGIO))
        >>> v = beantwoord(v, Antwoord(1, pendulum.date(2015, 9, 1), "leerplicht", "twee", ["L-1"]))
        >>> [vraag.value for vraag in v.open_vragen]
        [2, 3, 4, 5, 6]
    """

    regio: Regio = field(validator=v.instance_of(Regio))
    antwoorden: tuple[Antwoord, ...] = field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(Antwoord)
    )
    geplaatst: tuple[LeerlingRef, ...] = field(
        default=(), converter=_to_refs, validator=v.tuple_of(LeerlingRef)
    )

    def __attrs_post_init__(self) -> None:
        """Replay the answers and placements with every check (R-REG-2, R-REG-3, dates)."""
        _replay(self.antwoorden, self.geplaatst)

    def antwoorden_op(self, vraag: RegionaleVraag) -> tuple[Antwoord, ...]:
        """The answers to ``vraag``, in recording order.

        Raises:
            InvalidValueError: ``vraag`` is not a `RegionaleVraag` (or its number 1–6).
        """
        gevraagd = v.require(
            _to_vraag(vraag),
            RegionaleVraag,
            "vraag",
            regel="R-REG-1",
            hint="pass RegionaleVraag.THUISZITTERS … UITVOERING, or their numbers 1–6",
        )
        return tuple(a for a in self.antwoorden if a.vraag is gevraagd)

    def is_beantwoord(self, vraag: RegionaleVraag) -> bool:
        """Whether ``vraag`` has at least one answer."""
        return bool(self.antwoorden_op(vraag))

    @property
    def stand(self) -> tuple[Vraagstand, ...]:
        """Completeness per question, for all six in order (R-REG-1)."""
        stand = []
        for vraag in RegionaleVraag:
            eigen = self.antwoorden_op(vraag)
            # Answers are in date order (checked), so the last one is the latest.
            stand.append(Vraagstand(vraag, len(eigen), eigen[-1].datum if eigen else None))
        return tuple(stand)

    @property
    def open_vragen(self) -> tuple[RegionaleVraag, ...]:
        """The questions without an answer yet, in order."""
        beantwoord = {a.vraag for a in self.antwoorden}
        return tuple(vraag for vraag in RegionaleVraag if vraag not in beantwoord)

    @property
    def is_volledig(self) -> bool:
        """Whether all six questions have at least one answer."""
        return not self.open_vragen

    @property
    def leerlingen(self) -> tuple[LeerlingRef, ...]:
        """The pupils named in the answers to question 1, each once, first mention first."""
        return _genoemd(self.antwoorden)

    @property
    def signalen(self) -> tuple[Signaal, ...]:
        """What needs attention: systemic measures before a named pupil is placed (R-REG-3).

        While question 5 is answered, one signal for each pupil of question 1 for whom no
        passend onderwijs is recorded (`geplaatst`).
        """
        if not self.is_beantwoord(RegionaleVraag.SYSTEEMMAATREGELEN):
            return ()
        genoemd = self.leerlingen
        zonder = [ref for ref in genoemd if ref not in self.geplaatst]
        uitleg = (
            f"vraag 5 (systemic measures) is answered while {len(zonder)} of {len(genoemd)} "
            "pupils of vraag 1 have no passend onderwijs yet; this pupil comes first"
        )
        return tuple(Signaal(Signaalsoort.SYSTEEM_VOOR_INDIVIDU, uitleg, ref) for ref in zonder)


def beoordeel_antwoord(verkenning: Verkenning, antwoord: Antwoord) -> Besluit:
    """May ``antwoord`` be added to ``verkenning``? Question 1 comes first (R-REG-2).

    This is the check `beantwoord` applies; an answer to question 1 must name its pupils.
    Answering question 5 while a named pupil is not placed is allowed here and signalled by
    `Verkenning.signalen` (R-REG-3, see the module doc).

    Examples:
        >>> v = Verkenning(Regio("Tiel", Schaal.GEMEENTE))
        >>> besluit = beoordeel_antwoord(v, Antwoord(5, pendulum.date(2016, 1, 5), "overleg", "x"))
        >>> print(besluit)
        antwoord op vraag 5: geweigerd
          ✗ R-REG-2: vraag 1 must be answered before vraag 5: first map the pupils concerned, by name

    Raises:
        InvalidValueError: the arguments are not a `Verkenning` and an `Antwoord`.
    """  # noqa: E501
    _check_argumenten(verkenning, antwoord)
    return _besluit(frozenset(a.vraag for a in verkenning.antwoorden), antwoord)


def beantwoord(verkenning: Verkenning, antwoord: Antwoord) -> Verkenning:
    """Add ``antwoord`` if `beoordeel_antwoord` allows it; return the new exploration.

    Raises:
        RefusedError: a question other than 1 before question 1 is answered, or an answer to
            question 1 names no pupil (R-REG-2); ``error.besluit`` says why.
        InvalidValueError: wrong argument types, or the answer is dated before the latest one.
    """
    besluit = beoordeel_antwoord(verkenning, antwoord)
    if not besluit.toegestaan:
        raise RefusedError(besluit)
    vorige = verkenning.antwoorden[-1] if verkenning.antwoorden else None
    _check_chronologie(vorige, antwoord, len(verkenning.antwoorden))
    return Verkenning(verkenning.regio, (*verkenning.antwoorden, antwoord), verkenning.geplaatst)


def beoordeel_plaatsing(verkenning: Verkenning, leerling: LeerlingRef | str) -> Besluit:
    """May passend onderwijs be recorded as realised for ``leerling`` (R-REG-2, R-REG-3)?

    Allowed for a pupil named under question 1 whose placement is not recorded yet.

    Examples:
        >>> v = Verkenning(Regio("Tiel", Schaal.GEMEENTE))
        >>> v = beantwoord(v, Antwoord(1, pendulum.date(2016, 1, 5), "tafel", "twee", ["L-1"]))
        >>> print(beoordeel_plaatsing(v, "L-2"))
        plaatsing: geweigerd
          ✗ R-REG-2: the pupil is not named under vraag 1: map the pupils by name there first
          ✓ R-REG-3: passend onderwijs realised for a named pupil

    Raises:
        InvalidValueError: not a `Verkenning`, or ``leerling`` is not a pupil reference.
    """
    v.require(verkenning, Verkenning, "verkenning")
    ref = _to_ref(leerling)
    return _plaatsingsbesluit(verkenning.leerlingen, verkenning.geplaatst, ref)


def boek_plaatsing(verkenning: Verkenning, leerling: LeerlingRef | str) -> Verkenning:
    """Record that passend onderwijs was realised for a pupil of question 1 (R-REG-3).

    The usual source is the intervention about the pupil: a result booked there
    (``Interventie.toestand.gerealiseerd``) is booked here too.

    Raises:
        RefusedError: the pupil is not named under question 1, or already placed.
        InvalidValueError: wrong argument types.
    """
    besluit = beoordeel_plaatsing(verkenning, leerling)
    if not besluit.toegestaan:
        raise RefusedError(besluit)
    return Verkenning(
        verkenning.regio, verkenning.antwoorden, (*verkenning.geplaatst, _to_ref(leerling))
    )


def _to_ref(leerling: object) -> LeerlingRef:
    ref = LeerlingRef(leerling) if isinstance(leerling, str) else leerling
    return v.require(ref, LeerlingRef, "leerling")


def _check_argumenten(verkenning: object, antwoord: object) -> None:
    v.require(verkenning, Verkenning, "verkenning")
    v.require(antwoord, Antwoord, "antwoord")
