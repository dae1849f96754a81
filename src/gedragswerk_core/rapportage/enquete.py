"""The annual evaluation survey (enquête): who answered, and which effect they saw, as shares.

Every year Gedragswerk asks the people it worked with, in an online survey, whether its work had
an effect (seed 002 §3.3). An `EnqueteRespons` holds one respondent's type and answers to the
effect questions; `enquete_uitkomsten` turns the responses into shares — per respondent type, and
per effect question, with knowledge, skills and motivation measuring the three dimensions of
kennen, kunnen and willen (R-KKW-3). Each share is an `Aandeel` that states its denominator.

Denominators, decided here (the seed gives the percentages, not the counts):
    - a respondent type: out of all respondents;
    - an effect question: out of the respondents who answered it with a positive effect or no
      positive effect; "not applicable" and a question left open do not count. For the three
      questions about the cooperation's quality, result and active participation that means the
      respondents for whom cooperation was at issue and who answered that question, because a
      response may only answer them when the cooperation question was answered (R-KKW-3).

References:
    - R-KKW-3: the same dimensions measure the effect; the annual evaluation reports knowledge,
      skills and motivation (seed 000, seed 002 §3.3).
    - R-RAP: the 87 responses, the respondent types and the effect shares (seed 002 §3.3).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum, unique
from typing import Final, final

from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.diagnose.diagnose import Dimensie
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.rapportage._enqueteweergave import als_html, als_markdown
from gedragswerk_core.rapportage.aandeel import Aandeel

__all__ = [
    "Effectantwoord",
    "Effectoordeel",
    "Effectvraag",
    "EnqueteRespons",
    "EnqueteUitkomsten",
    "Respondenttype",
    "Typeaandeel",
    "Vraaguitkomst",
    "enquete_uitkomsten",
]


@unique
class Respondenttype(Enum):
    """Where a respondent comes from (seed 002 §3.3 names the first four)."""

    PRIMAIR_ONDERWIJS = "primair_onderwijs"
    """A professional in primary education."""
    VOORTGEZET_ONDERWIJS = "voortgezet_onderwijs"
    """A professional in secondary education."""
    GEMEENTE = "gemeente"
    """A municipality (leerplicht, policy, youth)."""
    OUDER = "ouder"
    """A parent or carer."""
    OVERIG = "overig"
    """Anyone else."""


@unique
class Effectvraag(Enum):
    """The survey's questions on effect (seed 002 §3.3), each measured as a share."""

    SAMENWERKING = "samenwerking"
    """Did Gedragswerk have a positive effect on the cooperation (when cooperation was at issue)?"""
    KWALITEIT_SAMENWERKING = "kwaliteit_samenwerking"
    """… on the quality of the cooperation?"""
    RESULTAAT_SAMENWERKING = "resultaat_samenwerking"
    """… on the result of the cooperation?"""
    ACTIEVE_DEELNAME = "actieve_deelname"
    """… on the active participation of those who are needed?"""
    KENNIS = "kennis"
    """Did the knowledge needed increase? Measures kennen (R-KKW-3)."""
    VAARDIGHEDEN = "vaardigheden"
    """Were the skills needed developed? Measures kunnen (R-KKW-3)."""
    MOTIVATIE = "motivatie"
    """Did the motivation increase? Measures willen (R-KKW-3)."""

    @property
    def dimensie(self) -> Dimensie | None:
        """The dimension of handelingsverlegenheid this question measures (R-KKW-3), if any."""
        return _DIMENSIE.get(self)

    @property
    def noemer_omschrijving(self) -> str:
        """Who the share of this question is counted out of."""
        return _NOEMER[self]


_DIMENSIE: Final = {
    Effectvraag.KENNIS: Dimensie.KENNEN,
    Effectvraag.VAARDIGHEDEN: Dimensie.KUNNEN,
    Effectvraag.MOTIVATIE: Dimensie.WILLEN,
}
_ONDERDELEN: Final = frozenset(
    {
        Effectvraag.KWALITEIT_SAMENWERKING,
        Effectvraag.RESULTAAT_SAMENWERKING,
        Effectvraag.ACTIEVE_DEELNAME,
    }
)
_OVER_SAMENWERKING: Final = "respondents for whom cooperation was at issue"
_NOEMER: Final = {
    Effectvraag.SAMENWERKING: _OVER_SAMENWERKING,
    Effectvraag.KWALITEIT_SAMENWERKING: f"{_OVER_SAMENWERKING} who answered on its quality",
    Effectvraag.RESULTAAT_SAMENWERKING: f"{_OVER_SAMENWERKING} who answered on its result",
    Effectvraag.ACTIEVE_DEELNAME: f"{_OVER_SAMENWERKING} who answered on active participation",
    Effectvraag.KENNIS: "respondents who answered on knowledge",
    Effectvraag.VAARDIGHEDEN: "respondents who answered on skills",
    Effectvraag.MOTIVATIE: "respondents who answered on motivation",
}
_ALLE_RESPONDENTEN: Final = "respondents"


@unique
class Effectoordeel(Enum):
    """One answer to an effect question."""

    POSITIEF = "positief"
    """A positive effect."""
    GEEN_POSITIEF = "geen_positief"
    """No positive effect."""
    NIET_VAN_TOEPASSING = "niet_van_toepassing"
    """Not at issue for this respondent: left out of the question's denominator."""

    @property
    def telt_mee(self) -> bool:
        """Whether the answer counts in the denominator (positive or not, but applicable)."""
        return self is not Effectoordeel.NIET_VAN_TOEPASSING


@final
@frozen
class Effectantwoord:
    """The answer of one respondent to one effect question."""

    vraag: Effectvraag = field(validator=v.instance_of(Effectvraag))
    oordeel: Effectoordeel = field(validator=v.instance_of(Effectoordeel))


_uniek = v.unique("question", key=lambda a: a.vraag, hint="give one Effectantwoord per Effectvraag")


@final
@frozen
class EnqueteRespons:
    """One usable survey response: the respondent's type and their answers.

    A question left out was not answered. The three questions on the cooperation's quality,
    result and participation may only be answered (other than not applicable) when the
    cooperation question itself was answered, so their shares count "of the respondents for whom
    cooperation was at issue" (R-KKW-3).

    Examples:
        >>> r = EnqueteRespons(Respondenttype.OUDER,
        ...                    (Effectantwoord(Effectvraag.KENNIS, Effectoordeel.POSITIEF),))
        >>> r.oordeel(Effectvraag.KENNIS).value, r.oordeel(Effectvraag.MOTIVATIE)
        ('positief', None)
    """

    respondent: Respondenttype = field(validator=v.instance_of(Respondenttype))
    antwoorden: tuple[Effectantwoord, ...] = field(
        default=(), converter=v.to_tuple, validator=[v.tuple_of(Effectantwoord), _uniek]
    )

    def __attrs_post_init__(self) -> None:
        """Answers on parts of the cooperation need an answer on the cooperation itself."""
        samenwerking = self.oordeel(Effectvraag.SAMENWERKING)
        if samenwerking is not None and samenwerking.telt_mee:
            return
        for antwoord in self.antwoorden:
            if antwoord.vraag in _ONDERDELEN and antwoord.oordeel.telt_mee:
                raise InvalidValueError(
                    f"{antwoord.vraag.value} is answered, but cooperation was not at issue",
                    field="EnqueteRespons.antwoorden",
                    regel="R-KKW-3",
                    hint="answer Effectvraag.SAMENWERKING first, or mark this one "
                    "NIET_VAN_TOEPASSING",
                )

    def oordeel(self, vraag: Effectvraag) -> Effectoordeel | None:
        """The answer to ``vraag``, or ``None`` when it was left open.

        Raises:
            InvalidValueError: ``vraag`` is not an `Effectvraag`.
        """
        _index(_VRAAG_INDEX, vraag, "vraag")
        for antwoord in self.antwoorden:
            if antwoord.vraag is vraag:
                return antwoord.oordeel
        return None


@final
@frozen
class Typeaandeel:
    """The share of one respondent type among all respondents."""

    respondent: Respondenttype = field(validator=v.instance_of(Respondenttype))
    aandeel: Aandeel = field(validator=v.instance_of(Aandeel))


@final
@frozen
class Vraaguitkomst:
    """The share of respondents who saw a positive effect, for one question (R-KKW-3)."""

    vraag: Effectvraag = field(validator=v.instance_of(Effectvraag))
    aandeel: Aandeel = field(validator=v.instance_of(Aandeel))


def _per_type_klopt(
    inst: EnqueteUitkomsten, attribute: object, rijen: tuple[Typeaandeel, ...]
) -> None:
    del attribute
    if tuple(r.respondent for r in rijen) != tuple(Respondenttype) or any(
        r.aandeel.noemer != inst.respondenten or r.aandeel.noemer_omschrijving != _ALLE_RESPONDENTEN
        for r in rijen
    ):
        raise InvalidValueError(
            "one row per Respondenttype, in order, each out of all respondents",
            field="EnqueteUitkomsten.per_type",
            hint="build it with enquete_uitkomsten(responsen)",
        )
    if sum(r.aandeel.teller for r in rijen) != inst.respondenten:
        raise InvalidValueError(
            "every respondent has exactly one type: the rows add up to respondenten",
            field="EnqueteUitkomsten.per_type",
            regel="R-RAP",
        )


def _per_vraag_klopt(
    inst: EnqueteUitkomsten, attribute: object, rijen: tuple[Vraaguitkomst, ...]
) -> None:
    del attribute
    if tuple(r.vraag for r in rijen) != tuple(Effectvraag) or any(
        r.aandeel.noemer > inst.respondenten
        or r.aandeel.noemer_omschrijving != r.vraag.noemer_omschrijving
        for r in rijen
    ):
        raise InvalidValueError(
            "one row per Effectvraag, in order, each out of at most all respondents",
            field="EnqueteUitkomsten.per_vraag",
            regel="R-KKW-3",
            hint="build it with enquete_uitkomsten(responsen)",
        )


@final
@frozen
class EnqueteUitkomsten:
    """The outcome of the evaluation survey: respondent types and effect shares (R-KKW-3).

    Build it with `enquete_uitkomsten`. Render it with `to_markdown` or `to_html` (Jupyter shows
    the HTML); `gedragswerk_core.serialisatie.converter.to_dict` gives the JSON-ready form.

    Attributes:
        respondenten: the number of usable responses.
        per_type: one share per `Respondenttype`, out of all respondents.
        per_vraag: one share per `Effectvraag`, out of those who answered it.
    """

    respondenten: int = field(validator=v.aantal)
    per_type: tuple[Typeaandeel, ...] = field(
        converter=v.to_tuple, validator=[v.tuple_of(Typeaandeel), _per_type_klopt]
    )
    per_vraag: tuple[Vraaguitkomst, ...] = field(
        converter=v.to_tuple, validator=[v.tuple_of(Vraaguitkomst), _per_vraag_klopt]
    )

    def aandeel(self, vraag: Effectvraag) -> Aandeel:
        """The share with a positive effect on ``vraag``.

        Raises:
            InvalidValueError: ``vraag`` is not an `Effectvraag`.
        """
        return self.per_vraag[_index(_VRAAG_INDEX, vraag, "vraag")].aandeel

    def aandeel_van(self, respondent: Respondenttype) -> Aandeel:
        """The share of ``respondent`` among all respondents.

        Raises:
            InvalidValueError: ``respondent`` is not a `Respondenttype`.
        """
        return self.per_type[_index(_TYPE_INDEX, respondent, "respondent")].aandeel

    @property
    def kennis(self) -> Aandeel:
        """Knowledge increased: the effect on kennen (R-KKW-3)."""
        return self.aandeel(Effectvraag.KENNIS)

    @property
    def vaardigheden(self) -> Aandeel:
        """Skills developed: the effect on kunnen (R-KKW-3)."""
        return self.aandeel(Effectvraag.VAARDIGHEDEN)

    @property
    def motivatie(self) -> Aandeel:
        """Motivation increased: the effect on willen (R-KKW-3)."""
        return self.aandeel(Effectvraag.MOTIVATIE)

    def to_markdown(self) -> str:
        """The survey outcome as Markdown tables; every text escaped."""
        return als_markdown(self)

    def to_html(self) -> str:
        """The survey outcome as HTML tables; every text escaped."""
        return als_html(self)

    def _repr_html_(self) -> str:
        """Jupyter's rich view: `to_html`."""
        return self.to_html()


_VRAAG_INDEX: Final[dict[object, int]] = {vraag: i for i, vraag in enumerate(Effectvraag)}
_TYPE_INDEX: Final[dict[object, int]] = {soort: i for i, soort in enumerate(Respondenttype)}


def _index(tabel: dict[object, int], waarde: object, veld: str) -> int:
    index = tabel.get(waarde) if isinstance(waarde, Enum) else None
    if index is None:
        soort = type(next(iter(tabel))).__name__
        raise InvalidValueError(
            f"expected a {soort}, got {type(waarde).__name__}",
            field=veld,
            hint=f"use a member of {soort}",
        )
    return index


def _responsen(responsen: object) -> Iterable[object]:
    return v.require_iterable(
        responsen,
        "responsen",
        of="EnqueteRespons",
        hint="pass a list or tuple of EnqueteRespons values",
    )


def enquete_uitkomsten(responsen: Iterable[EnqueteRespons]) -> EnqueteUitkomsten:
    """Count the responses: shares per respondent type and per effect question (R-KKW-3).

    Examples:
        >>> ja = Effectantwoord(Effectvraag.KENNIS, Effectoordeel.POSITIEF)
        >>> nee = Effectantwoord(Effectvraag.KENNIS, Effectoordeel.GEEN_POSITIEF)
        >>> uit = enquete_uitkomsten([
        ...     EnqueteRespons(Respondenttype.GEMEENTE, (ja,)),
        ...     EnqueteRespons(Respondenttype.OUDER, (nee,)),
        ...     EnqueteRespons(Respondenttype.OUDER),
        ... ])
        >>> print(uit.kennis)
        1 of 2 respondents who answered on knowledge (50.0%)
        >>> print(uit.aandeel_van(Respondenttype.OUDER))
        2 of 3 respondents (66.7%)

    Raises:
        InvalidValueError: ``responsen`` is not an iterable of `EnqueteRespons`; the field names
            the position of the first bad one.
    """
    per_type = dict.fromkeys(Respondenttype, 0)
    positief = dict.fromkeys(Effectvraag, 0)
    beantwoord = dict.fromkeys(Effectvraag, 0)
    totaal = 0
    for index, gegeven in enumerate(_responsen(responsen)):
        respons = v.require(
            gegeven,
            EnqueteRespons,
            f"responsen[{index}]",
            hint="record each response as EnqueteRespons(respondent, antwoorden)",
        )
        totaal += 1
        per_type[respons.respondent] += 1
        for antwoord in respons.antwoorden:
            beantwoord[antwoord.vraag] += antwoord.oordeel.telt_mee
            positief[antwoord.vraag] += antwoord.oordeel is Effectoordeel.POSITIEF
    return EnqueteUitkomsten(
        totaal,
        tuple(Typeaandeel(t, Aandeel(n, totaal, _ALLE_RESPONDENTEN)) for t, n in per_type.items()),
        tuple(
            Vraaguitkomst(q, Aandeel(positief[q], beantwoord[q], q.noemer_omschrijving))
            for q in Effectvraag
        ),
    )
