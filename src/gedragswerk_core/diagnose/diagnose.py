"""The diagnosis (diagnose): why a situation is stuck, and for whom — kennen, kunnen, willen.

A `Diagnose` records, for every involved party and each of the three dimensions, an assessment
(`Beoordeling`): a knelpunt, in orde, or onbekend, with an optional note and date. The stored
shape is the tuple of involved parties and the tuple of assessments *in the order they were
recorded*; every view (the bottleneck dimensions, the parties per dimension, whether there is
handelingsverlegenheid at all, who has not been assessed) is derived from it.

**The later-recorded assessment wins.** When the same party and dimension are assessed more than
once, the assessment recorded last is the one that holds; the earlier ones stay in the history.
Recording order decides, not ``datum``: the date is what the assessment says about itself, it is
optional, and a reassessment may carry the date of an earlier conversation.

Comparing two diagnoses of one case (before and after) and measuring the effect over many
interventions lives in `gedragswerk_core.diagnose.effect` (R-KKW-3).

References:
    - R-KKW-1: handelingsverlegenheid has its cause in one or more of kennen, kunnen and willen
      (seed 002 §2 point 1, seed 000).
    - R-KKW-2: the diagnosis is made for every involved party, a matrix of party × dimension
      (seed 000).
"""

from __future__ import annotations

import html
from enum import Enum, unique
from typing import Any, Final, final

import attrs
import pendulum
from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core._tijd import Datum
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.koppeling import InterventieRef, als_interventieref
from gedragswerk_core.partijen import Partij

__all__ = ["Beoordeling", "Diagnose", "Dimensie", "Oordeel"]


@unique
class Dimensie(Enum):
    """The three causes of handelingsverlegenheid, in the methodiek's order (R-KKW-1)."""

    KENNEN = "kennen"
    """Knowing: is it known what an effective solution for this pupil would be?"""
    KUNNEN = "kunnen"
    """Being able: can everyone involved actually do what the solution needs?"""
    WILLEN = "willen"
    """Wanting: do the parties the solution needs want to work on it together?"""

    @property
    def vraag(self) -> str:
        """The diagnostic question of this dimension, in plain English (R-KKW-1)."""
        return _VRAAG[self]

    @property
    def effect(self) -> str:
        """What the annual evaluation calls the effect on this dimension (R-KKW-3)."""
        return _EFFECT[self]


_VRAAG: Final = {
    Dimensie.KENNEN: "is it known what would be an effective solution for this pupil?",
    Dimensie.KUNNEN: "can everyone involved actually do what that solution asks of them?",
    Dimensie.WILLEN: "do those whom the solution needs want to work together to carry it out?",
}
# R-KKW-3 (seed 002 §3.3): the evaluation reports knowledge, skills and motivation.
_EFFECT: Final = {
    Dimensie.KENNEN: "knowledge",
    Dimensie.KUNNEN: "skills",
    Dimensie.WILLEN: "motivation",
}


@unique
class Oordeel(Enum):
    """The assessment of one party on one dimension."""

    KNELPUNT = "knelpunt"
    """A bottleneck: this is (part of) why the party is stuck."""
    IN_ORDE = "in_orde"
    """No bottleneck on this dimension."""
    ONBEKEND = "onbekend"
    """Looked at, but not (yet) known; also what an unassessed cell reads as."""

    @property
    def label(self) -> str:
        """The Dutch label shown in the grid views (``"in orde"``)."""
        return self.value.replace("_", " ")


def _optionele_datum(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        v.is_date(inst, attribute, value)


@final
@frozen
class Beoordeling:
    """One assessment: ``partij`` on ``dimensie`` is ``oordeel`` (R-KKW-1, R-KKW-2).

    ``notitie`` is free text and may hold personal details: it is kept, compared, and never shown
    in ``repr`` (nor in the grid views unless asked for). ``datum`` accepts a ``pendulum.Date``, a
    ``datetime.date`` or an aware moment (its day in Europe/Amsterdam).

    Examples:
        >>> from gedragswerk_core import Rol
        >>> b = Beoordeling(
        ...     Partij("SWV Rivierenland", Rol.SAMENWERKINGSVERBAND),
        ...     Dimensie.WILLEN, Oordeel.KNELPUNT, notitie="wacht op de gemeente",
        ... )
        >>> b.oordeel.label, "gemeente" in repr(b)
        ('knelpunt', False)
    """

    partij: Partij = field(validator=v.instance_of(Partij))
    dimensie: Dimensie = field(validator=v.instance_of(Dimensie))
    oordeel: Oordeel = field(validator=v.instance_of(Oordeel))
    notitie: str | None = field(
        default=None, repr=False, validator=v.optional_text(max_length=2000)
    )
    datum: pendulum.Date | None = field(
        default=None, converter=v.to_date, validator=_optionele_datum
    )


def _laatste_per_cel(
    beoordelingen: tuple[Beoordeling, ...],
) -> dict[tuple[Partij, Dimensie], Beoordeling]:
    """The assessment that holds per cell: the later-recorded one wins (see the module doc)."""
    return {(b.partij, b.dimensie): b for b in beoordelingen}


@final
@frozen
class Diagnose:
    """Why a case is stuck, per involved party and dimension (R-KKW-1, R-KKW-2).

    ``partijen`` lists every involved party (betrokkene), in the order the views show them; an
    assessment may only be about a listed party. ``beoordelingen`` is the history of assessments
    in recording order; per party and dimension the later-recorded one holds. Record with `met`,
    which returns a new diagnosis.

    Examples:
        >>> from gedragswerk_core import Rol
        >>> school = Partij("Het Lingecollege", Rol.SCHOOLLEIDER)
        >>> gemeente = Partij("Gemeente Tiel", Rol.WETHOUDER)
        >>> d = Diagnose((school, gemeente))
        >>> d = d.met(school, Dimensie.KENNEN, Oordeel.KNELPUNT)
        >>> d = d.met(gemeente, Dimensie.WILLEN, Oordeel.KNELPUNT)
        >>> [dim.value for dim in d.knelpuntdimensies]
        ['kennen', 'willen']
        >>> [p.naam for p in d.partijen_met(Dimensie.WILLEN)]
        ['Gemeente Tiel']
        >>> print(d.to_markdown())
        | partij | kennen | kunnen | willen |
        | --- | --- | --- | --- |
        | Het Lingecollege (schoolleider) | knelpunt | — | — |
        | Gemeente Tiel (wethouder) | — | — | knelpunt |
    """

    partijen: tuple[Partij, ...] = field(
        converter=v.to_tuple,
        validator=[
            v.tuple_of(Partij, min_length=1),
            v.unique("party", hint="list each involved party once"),
        ],
    )
    beoordelingen: tuple[Beoordeling, ...] = field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(Beoordeling)
    )
    interventie: InterventieRef | None = field(
        default=None,
        kw_only=True,
        converter=als_interventieref,
        validator=v.optional_instance_of(InterventieRef),
    )
    """The intervention this diagnosis belongs to (its ``kenmerk``), when known."""

    def __attrs_post_init__(self) -> None:
        """Every assessment is about a listed party (R-KKW-2)."""
        betrokken = set(self.partijen)
        for i, b in enumerate(self.beoordelingen):
            if b.partij not in betrokken:
                raise InvalidValueError(
                    "the assessment is about a party that is not listed as involved",
                    field=f"Diagnose.beoordelingen[{i}].partij",
                    regel="R-KKW-2",
                    hint="list the party in Diagnose.partijen first, e.g. with met_partij()",
                )

    # --- recording -------------------------------------------------------------------------------

    def met(
        self,
        partij: Partij,
        dimensie: Dimensie,
        oordeel: Oordeel,
        *,
        notitie: str | None = None,
        datum: Datum | None = None,
    ) -> Diagnose:
        """A new diagnosis with one more assessment recorded; it wins over earlier ones.

        Raises:
            InvalidValueError: a value has the wrong type, or ``partij`` is not listed (R-KKW-2).
        """
        nieuw = Beoordeling(partij, dimensie, oordeel, notitie, datum)
        return Diagnose(self.partijen, (*self.beoordelingen, nieuw), interventie=self.interventie)

    def met_partij(self, partij: Partij) -> Diagnose:
        """A new diagnosis with ``partij`` added as involved (R-KKW-2), not yet assessed.

        Raises:
            InvalidValueError: not a `Partij`, or already listed.
        """
        return Diagnose((*self.partijen, partij), self.beoordelingen, interventie=self.interventie)

    # --- derived views ---------------------------------------------------------------------------

    def beoordeling(self, partij: Partij, dimensie: Dimensie) -> Beoordeling | None:
        """The assessment that holds for ``partij`` on ``dimensie``, or ``None`` if none yet.

        Raises:
            InvalidValueError: wrong types, or ``partij`` is not listed as involved (R-KKW-2).
        """
        v.require(partij, Partij, "partij")
        v.require(dimensie, Dimensie, "dimensie")
        if partij not in self.partijen:
            raise InvalidValueError(
                "this party is not listed as involved in the diagnosis",
                field="partij",
                regel="R-KKW-2",
                hint="add it with met_partij() or pick one of Diagnose.partijen",
            )
        return _laatste_per_cel(self.beoordelingen).get((partij, dimensie))

    def oordeel(self, partij: Partij, dimensie: Dimensie) -> Oordeel:
        """The assessment that holds for a cell; `Oordeel.ONBEKEND` when none was recorded.

        Raises:
            InvalidValueError: wrong types, or ``partij`` is not listed as involved (R-KKW-2).
        """
        b = self.beoordeling(partij, dimensie)
        return Oordeel.ONBEKEND if b is None else b.oordeel

    @property
    def geldend(self) -> tuple[Beoordeling, ...]:
        """The assessments that hold, one per assessed cell, by party then dimension order."""
        laatste = _laatste_per_cel(self.beoordelingen)
        return tuple(laatste[(p, d)] for p in self.partijen for d in Dimensie if (p, d) in laatste)

    @property
    def knelpunten(self) -> tuple[Beoordeling, ...]:
        """The holding assessments that are a knelpunt (R-KKW-1)."""
        return tuple(b for b in self.geldend if b.oordeel is Oordeel.KNELPUNT)

    @property
    def knelpuntdimensies(self) -> tuple[Dimensie, ...]:
        """The dimensions with a knelpunt for at least one party, in kennen-kunnen-willen order."""
        gevonden = {b.dimensie for b in self.knelpunten}
        return tuple(d for d in Dimensie if d in gevonden)

    def partijen_met(
        self, dimensie: Dimensie, oordeel: Oordeel = Oordeel.KNELPUNT
    ) -> tuple[Partij, ...]:
        """The parties whose holding assessment on ``dimensie`` is ``oordeel`` (a knelpunt).

        With ``Oordeel.ONBEKEND`` this includes parties not assessed on ``dimensie`` at all.

        Raises:
            InvalidValueError: ``dimensie`` or ``oordeel`` has the wrong type.
        """
        v.require(dimensie, Dimensie, "dimensie")
        v.require(oordeel, Oordeel, "oordeel")
        laatste = _laatste_per_cel(self.beoordelingen)
        return tuple(
            p
            for p in self.partijen
            if (laatste[(p, dimensie)].oordeel if (p, dimensie) in laatste else Oordeel.ONBEKEND)
            is oordeel
        )

    @property
    def is_handelingsverlegen(self) -> bool:
        """Whether any party is stuck on any dimension: at least one knelpunt (R-KKW-1)."""
        return bool(self.knelpunten)

    @property
    def niet_beoordeeld(self) -> tuple[Partij, ...]:
        """The involved parties with no assessment recorded yet, on any dimension (R-KKW-2)."""
        beoordeeld = {b.partij for b in self.beoordelingen}
        return tuple(p for p in self.partijen if p not in beoordeeld)

    def ontbrekende_dimensies(self, partij: Partij) -> tuple[Dimensie, ...]:
        """The dimensions on which ``partij`` has no recorded assessment yet (R-KKW-2).

        Raises:
            InvalidValueError: not a `Partij`, or not listed as involved.
        """
        return tuple(d for d in Dimensie if self.beoordeling(partij, d) is None)

    @property
    def is_volledig(self) -> bool:
        """Whether every involved party has an assessment recorded on all three dimensions."""
        return len(_laatste_per_cel(self.beoordelingen)) == len(self.partijen) * len(Dimensie)

    # --- notebook views ------------------------------------------------------------------------

    def to_markdown(self, *, met_notities: bool = False) -> str:
        """The diagnosis as a Markdown table: a row per party, a column per dimension.

        A cell shows the holding assessment and its date; ``—`` means not assessed. Notes are
        free text and left out unless ``met_notities`` is true. User text is escaped so it cannot
        break the table or inject markup.
        """
        v.require(met_notities, bool, "met_notities")
        laatste = _laatste_per_cel(self.beoordelingen)
        regels = [
            "| partij | " + " | ".join(d.value for d in Dimensie) + " |",
            "| --- |" + " --- |" * len(Dimensie),
        ]
        for p in self.partijen:
            cellen = [
                _md(_celtekst(laatste.get((p, d)), met_notities=met_notities)) for d in Dimensie
            ]
            regels.append(f"| {_md(_partijtekst(p))} | " + " | ".join(cellen) + " |")
        return "\n".join(regels)

    def to_html(self, *, met_notities: bool = False) -> str:
        """The diagnosis as an HTML table (party × dimension); all user text is escaped.

        Notes are free text and left out unless ``met_notities`` is true.
        """
        v.require(met_notities, bool, "met_notities")
        laatste = _laatste_per_cel(self.beoordelingen)
        kop = "".join(f"<th>{d.value}</th>" for d in Dimensie)
        rijen = []
        for p in self.partijen:
            cellen = "".join(
                _html_cel(laatste.get((p, d)), met_notities=met_notities) for d in Dimensie
            )
            rijen.append(f'<tr><th scope="row">{html.escape(_partijtekst(p))}</th>{cellen}</tr>')
        return (
            '<table class="gedragswerk-diagnose">'
            f"<thead><tr><th>partij</th>{kop}</tr></thead>"
            f"<tbody>{''.join(rijen)}</tbody></table>"
        )

    def _repr_html_(self) -> str:
        """Jupyter's rich view: `to_html` without notes."""
        return self.to_html()


# --- rendering helpers ---------------------------------------------------------------------------

_NIET_BEOORDEELD: Final = "—"
_KLEUR: Final = {
    Oordeel.KNELPUNT: "background-color:#f8d7da",
    Oordeel.IN_ORDE: "background-color:#d4edda",
    Oordeel.ONBEKEND: "background-color:#eeeeee",
}
# CommonMark treats a backslash before ASCII punctuation as a literal character; escaping these
# keeps user text from closing a cell, starting emphasis, links or raw HTML.
# Every character str.splitlines() breaks on becomes a space: a row lives on one line.
_REGELEINDEN: Final = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_MD_ESCAPE: Final = str.maketrans(
    {**{c: "\\" + c for c in "\\`*_[]<>|#&~!"}, **dict.fromkeys(_REGELEINDEN, " ")}
)


def _md(tekst: str) -> str:
    return tekst.translate(_MD_ESCAPE)


def _partijtekst(p: Partij) -> str:
    return f"{p.naam} ({p.rol.value})"


def _celtekst(b: Beoordeling | None, *, met_notities: bool) -> str:
    if b is None:
        return _NIET_BEOORDEELD
    tekst = b.oordeel.label
    if b.datum is not None:
        tekst += f" ({b.datum.isoformat()})"
    if met_notities and b.notitie is not None:
        tekst += f": {b.notitie}"
    return tekst


def _html_cel(b: Beoordeling | None, *, met_notities: bool) -> str:
    if b is None:
        return f"<td>{_NIET_BEOORDEELD}</td>"
    inhoud = html.escape(b.oordeel.label)
    if b.datum is not None:
        inhoud += f"<br><small>{b.datum.isoformat()}</small>"
    if met_notities and b.notitie is not None:
        inhoud += f"<br><small>{html.escape(b.notitie)}</small>"
    return f'<td class="{b.oordeel.value}" style="{_KLEUR[b.oordeel]}">{inhoud}</td>'
