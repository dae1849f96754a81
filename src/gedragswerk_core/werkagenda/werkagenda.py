"""The werkagenda: the plan the region agrees and carries out (R-WA-1 … R-WA-6).

A `Werkagenda` is a region's tuple of `Activiteit` rows in the
eight columns of the handreiking (seed 003). A draft may leave columns empty: `controleer` names
every gap and every broken rule at once, as `Bevinding` values.
`stem_in` records which parties agreed the werkagenda and refuses while errors remain, with a
`RefusedError` whose `Besluit` cites the findings' rules. A werkagenda renders itself, without
I/O, as Markdown (`Werkagenda.to_markdown`) and HTML (`Werkagenda.to_html`, Jupyter's
``_repr_html_``): the eight-column table per phase, every user text escaped.

Start a draft from the handreiking's catalogue with
`gedragswerk_core.werkagenda.catalogus.concept_werkagenda`; follow it on a reference date with
`gedragswerk_core.werkagenda.voortgang.voortgang`.

References:
    - R-WA-1, R-WA-2, R-WA-3: the columns, the five phases and their themes (seed 003).
    - R-WA-5: agreed by all involved and carried out in and by the region (seed 000, seed 002 §2).
    - R-WA-6: a werkagenda always also attends to prevention (seed 002 §2 point 7).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, final

import pendulum
from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core._tijd import Datum, as_date
from gedragswerk_core._weergave import (
    html_tabel,
    html_tekst,
    markdown_cel,
    markdown_tabel,
    periodetekst,
)
from gedragswerk_core.besluit import Besluit
from gedragswerk_core.errors import InvalidValueError, RefusedError
from gedragswerk_core.koppeling import InterventieRef, als_interventieref
from gedragswerk_core.partijen import Partij
from gedragswerk_core.werkagenda.activiteit import KOLOMMEN, Activiteit, Fase, Uitvoeringsstatus
from gedragswerk_core.werkagenda.controle import Bevinding, bevindingen, instemmingsredenen

__all__ = [
    "Afspraak",
    "Werkagenda",
    "beoordeel_instemming",
    "controleer",
    "stem_in",
]


@final
@frozen
class Afspraak:
    """The agreement of a werkagenda: on which day, by which parties (R-WA-5)."""

    datum: pendulum.Date = field(converter=v.to_date, validator=v.is_date)
    partijen: tuple[Partij, ...] = field(
        converter=v.to_tuple, validator=[v.tuple_of(Partij, min_length=1), v.unique("party")]
    )


_unieke_codes = v.unique(
    "activity code",
    key=lambda a: a.code,
    hint="give each activity its own code",
    name_twice=True,  # codes are no personal data, and help find the row
)


@final
@frozen
class Werkagenda:
    """The plan of approach a region agrees and carries out (R-WA-1 … R-WA-6).

    Changes return new values. Adding, replacing or removing an activity changes the plan, so it
    drops the agreement (it must be agreed again, R-WA-5); reporting a status keeps it. A
    werkagenda that records an agreement must pass the same check as `stem_in`.

    Examples:
        >>> from gedragswerk_core import Partij, Rol
        >>> from gedragswerk_core.werkagenda import activiteit as wa
        >>> swv = Partij("SWV Rivierenland", Rol.SAMENWERKINGSVERBAND)
        >>> agenda = Werkagenda("Rivierenland", (wa.Activiteit("A-1", fase=1, wie=(swv,)),))
        >>> sorted({b.regel for b in controleer(agenda)})
        ['R-WA-1', 'R-WA-2', 'R-WA-6']
    """

    regio: str = field(validator=v.text(max_length=200))
    activiteiten: tuple[Activiteit, ...] = field(
        default=(), converter=v.to_tuple, validator=[v.tuple_of(Activiteit), _unieke_codes]
    )
    afspraak: Afspraak | None = field(default=None, validator=v.optional_instance_of(Afspraak))
    interventie: InterventieRef | None = field(
        default=None,
        kw_only=True,
        converter=als_interventieref,
        validator=v.optional_instance_of(InterventieRef),
    )
    """The intervention whose conversations produced this werkagenda (R-LC-3), when known."""

    def __attrs_post_init__(self) -> None:
        """A recorded agreement must be one `stem_in` would accept (R-WA-5)."""
        if self.afspraak is not None:
            besluit = beoordeel_instemming(self, self.afspraak.partijen)
            if not besluit.toegestaan:
                raise RefusedError(besluit)

    @property
    def is_afgesproken(self) -> bool:
        """Whether the parties have agreed this werkagenda."""
        return self.afspraak is not None

    def activiteit(self, code: str) -> Activiteit:
        """The activity with ``code``.

        Raises:
            InvalidValueError: no activity has that code.
        """
        for a in self.activiteiten:
            if a.code == code:
                return a
        raise InvalidValueError(
            "no activity with this code", field="code", hint="see the codes in activiteiten"
        )

    def voeg_toe(self, *activiteiten: Activiteit) -> Werkagenda:
        """A new werkagenda with these activities added; the agreement lapses."""
        return Werkagenda(
            self.regio, (*self.activiteiten, *activiteiten), interventie=self.interventie
        )

    def vervang(self, activiteit: Activiteit) -> Werkagenda:
        """A new werkagenda with the activity of the same code replaced; the agreement lapses."""
        v.require(activiteit, Activiteit, "activiteit")
        self.activiteit(activiteit.code)
        return Werkagenda(
            self.regio,
            tuple(activiteit if a.code == activiteit.code else a for a in self.activiteiten),
            interventie=self.interventie,
        )

    def verwijder(self, code: str) -> Werkagenda:
        """A new werkagenda without the activity ``code``; the agreement lapses."""
        self.activiteit(code)
        return Werkagenda(
            self.regio,
            tuple(a for a in self.activiteiten if a.code != code),
            interventie=self.interventie,
        )

    def meld_status(
        self, code: str, status: Uitvoeringsstatus, bewijs: str | None = None
    ) -> Werkagenda:
        """A new werkagenda with the status of activity ``code`` updated; the agreement stays.

        Raises:
            InvalidValueError: unknown code, or evidence for a result that is not realised.
            RefusedError: the werkagenda is agreed and the change would break a rule it was
                agreed under (e.g. dropping its only prevention item, R-WA-6).
        """
        nieuw = self.activiteit(code).met_status(status, bewijs)
        return Werkagenda(
            self.regio,
            tuple(nieuw if a.code == code else a for a in self.activiteiten),
            self.afspraak,
            interventie=self.interventie,
        )

    # --- rendering (no I/O) ---------------------------------------------------------------------

    def to_markdown(self) -> str:
        """The werkagenda as Markdown: per phase the eight-column table; user text escaped."""
        delen = [f"## Werkagenda {markdown_cel(self.regio)}", markdown_cel(_afspraaktekst(self))]
        for titel, rijen in _groepen(self):
            delen.append(f"### {markdown_cel(titel)}")
            delen.append(markdown_tabel([k.label for k in KOLOMMEN], rijen))
        return "\n\n".join(delen)

    def to_html(self) -> str:
        """The werkagenda as HTML: per phase the eight-column table; every text escaped."""
        tabellen = "".join(
            html_tabel([k.label for k in KOLOMMEN], rijen, titel) for titel, rijen in _groepen(self)
        )
        return (
            '<div class="gedragswerk-werkagenda">'
            f"<h3>Werkagenda {html_tekst(self.regio)}</h3>"
            f"<p>{html_tekst(_afspraaktekst(self))}</p>{tabellen}</div>"
        )

    def _repr_html_(self) -> str:
        """Jupyter's rich view: `to_html`."""
        return self.to_html()


_ONTBREEKT: Final = "ontbreekt"


def _partijtekst(p: Partij) -> str:
    return f"{p.naam} ({p.rol.value.replace('_', ' ')})"


def _afspraaktekst(w: Werkagenda) -> str:
    if w.afspraak is None:
        return "Concept: nog niet afgesproken."
    door = "; ".join(_partijtekst(p) for p in w.afspraak.partijen)
    return f"Afgesproken op {w.afspraak.datum.isoformat()} door {door}."


def _activiteittekst(a: Activiteit) -> str:
    """``WA-1.1: omschrijving (in uitvoering, preventie, CHECK)``: the marks that are set."""
    kenmerken = [
        a.status.value.replace("_", " ") if a.status is not Uitvoeringsstatus.GEPLAND else "",
        "preventie" if a.preventief else "",
        a.pdca.name if a.pdca is not None else "",
    ]
    tekst = f"{a.code}: {a.omschrijving or _ONTBREEKT}"
    gezet = ", ".join(k for k in kenmerken if k)
    return f"{tekst} ({gezet})" if gezet else tekst


def _rij(a: Activiteit) -> list[str]:
    """The eight columns of one activity; an empty one says so (R-WA-1)."""
    cellen = (
        a.fase.label if a.fase else "",
        a.thema.label if a.thema else "",
        _activiteittekst(a),
        "; ".join(_partijtekst(p) for p in a.wie),
        periodetekst(a.wanneer.begin, a.wanneer.einde) if a.wanneer else "",
        "; ".join(a.instrumenten),
        a.resultaat,
        a.doel,
    )
    return [c or _ONTBREEKT for c in cellen]


def _groepen(w: Werkagenda) -> list[tuple[str, list[list[str]]]]:
    """Per phase in order (empty phases too, so the gap shows), then rows without a phase."""
    groepen = [(f.label, [_rij(a) for a in w.activiteiten if a.fase is f]) for f in Fase]
    zonder = [_rij(a) for a in w.activiteiten if a.fase is None]
    if zonder:
        groepen.append(("zonder fase", zonder))
    return groepen


# --- checks and agreeing -------------------------------------------------------------------------

_HANDELING: Final = "werkagenda afspreken"


def _partijen_tuple(partijen: object) -> tuple[Partij, ...]:
    waarde = v.to_tuple(partijen)
    if not isinstance(waarde, tuple) or not waarde:
        raise InvalidValueError(
            "expected a non-empty tuple of the parties that agree",
            field="partijen",
            regel="R-WA-5",
            hint="pass the regional parties, e.g. (swv, gemeente, school)",
        )
    return v.require_items(waarde, Partij, "partijen")


def controleer(werkagenda: Werkagenda) -> tuple[Bevinding, ...]:
    """Every finding about ``werkagenda`` at once, errors and warnings, in a fixed order.

    Errors (they block `stem_in`): a missing column (R-WA-1); a theme or PDCA step outside its
    phase (R-WA-3); an activity carried only by the sparring partner (R-WA-5); no prevention item
    (R-WA-6). Warnings: a phase's activity starting before any activity of an earlier phase has
    started, or a phase without activities (R-WA-2); a realised activity without evidence
    (R-WA-1). Dropped activities are left out. The result does not depend on the order of the
    activities. An unknown phase cannot get this far: `Activiteit` refuses it (R-WA-2).

    Examples:
        >>> from gedragswerk_core import Partij, Rol
        >>> from gedragswerk_core.werkagenda.activiteit import Activiteit
        >>> gw = Partij("Gedragswerk", Rol.SPARRING_PARTNER)
        >>> agenda = Werkagenda("Tiel", (Activiteit("A-1", fase=2, wie=(gw,), preventief=True),))
        >>> for b in controleer(agenda):
        ...     if b.regel == "R-WA-5":
        ...         print(b)
        fout R-WA-5 [2. Betrekken / A-1 / wie]: only the sparring partner carries it: a regional partner must carry it out, Gedragswerk supports and never takes over (R-LC-4)

    Raises:
        InvalidValueError: ``werkagenda`` is not a `Werkagenda`.
    """  # noqa: E501
    v.require(werkagenda, Werkagenda, "werkagenda")
    return bevindingen(werkagenda.activiteiten)


def beoordeel_instemming(werkagenda: Werkagenda, partijen: Iterable[Partij]) -> Besluit:
    """May ``partijen`` agree ``werkagenda`` now? Every rule weighed; nothing changes.

    Refused while `controleer` reports errors (one reason per error, citing its rule), when no
    regional party is among ``partijen``, or when a party that carries an activity is not among
    them (R-WA-5: agreed by all involved). Warnings do not block.

    Examples:
        >>> from gedragswerk_core import Partij, Rol
        >>> from gedragswerk_core.werkagenda import catalogus as cat
        >>> swv = Partij("SWV Tiel", Rol.SAMENWERKINGSVERBAND)
        >>> besluit = beoordeel_instemming(cat.concept_werkagenda("Tiel"), (swv,))
        >>> besluit.toegestaan, sorted({r.regel for r in besluit.bezwaren})
        (False, ['R-WA-1'])

    Raises:
        InvalidValueError: not a `Werkagenda`, or ``partijen`` is empty or not all parties.
    """
    v.require(werkagenda, Werkagenda, "werkagenda")
    wie = _partijen_tuple(partijen)
    return Besluit.uit_redenen(_HANDELING, instemmingsredenen(werkagenda.activiteiten, wie))


def stem_in(werkagenda: Werkagenda, datum: Datum, partijen: Iterable[Partij]) -> Werkagenda:
    """Record that ``partijen`` agreed ``werkagenda`` on ``datum`` (R-WA-5).

    Examples:
        >>> import pendulum
        >>> from gedragswerk_core import RefusedError, Rol, concept_werkagenda
        >>> concept = concept_werkagenda("Tiel", ["WA-1.1"])
        >>> swv = Partij("SWV Rivierenland", Rol.SAMENWERKINGSVERBAND)
        >>> try:
        ...     stem_in(concept, pendulum.date(2016, 9, 1), [swv])
        ... except RefusedError as fout:
        ...     print(fout.regel)
        R-WA-1

    Raises:
        RefusedError: `beoordeel_instemming` does not allow it; ``error.besluit`` cites the
            rules of every error found.
        InvalidValueError: a wrong argument type, or ``datum`` is not a date.
    """
    wie = _partijen_tuple(partijen)
    dag = as_date(datum, "datum")
    besluit = beoordeel_instemming(werkagenda, wie)
    if not besluit.toegestaan:
        raise RefusedError(besluit)
    return Werkagenda(
        werkagenda.regio,
        werkagenda.activiteiten,
        Afspraak(dag, wie),
        interventie=werkagenda.interventie,
    )
