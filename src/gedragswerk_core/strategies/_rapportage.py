"""Strategies for the reporting values: shares, the contact log, the survey, the annual figures.

Private: use them through `gedragswerk_core.strategies`, which checks that Hypothesis is there.
Values stay small — a few interventions, responses and labels per value; only `aandelen` reaches
large denominators, for the rounding of percentages — so that they are cheap to draw, to write
with ``to_dict`` and to read back, and failures shrink to empty years and single rows. The
strategies of the parts are built once, outside the draws: building them inside costs more than
drawing from them.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import cache
from typing import NamedTuple

import pendulum
from hypothesis import strategies as st

from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.interventie.hulpvraag import Kanaal
from gedragswerk_core.rapportage._controle import IN_JAAR, MAANDEN
from gedragswerk_core.rapportage.aandeel import Aandeel
from gedragswerk_core.rapportage.contact import Bellertype, Contact, Contacttelling, Contactuitkomst
from gedragswerk_core.rapportage.enquete import (
    Effectantwoord,
    Effectoordeel,
    Effectvraag,
    EnqueteRespons,
    EnqueteUitkomsten,
    Respondenttype,
    Typeaandeel,
    Vraaguitkomst,
    enquete_uitkomsten,
)
from gedragswerk_core.rapportage.jaarcijfers import (
    Jaarcijfers,
    Labeltelling,
    Maandtelling,
    Systeemvraagtelling,
)
from gedragswerk_core.schooljaar import Schooljaar
from gedragswerk_core.strategies._basis import korte_teksten, labels, schooljaren
from gedragswerk_core.strategies._diagnose import systeemvraagcodes

__all__ = [
    "aandelen",
    "contacten",
    "contacttellingen",
    "effectantwoorden",
    "enqueteresponsen",
    "enqueteuitkomsten",
    "jaarcijfers_waarden",
    "labeltellingen",
    "maandtellingen",
    "systeemvraagtellingen",
    "typeaandelen",
    "vraaguitkomsten",
]

# --- shares (R-RAP, R-KKW-3) ---------------------------------------------------------------------

_RESPONDENTEN = "respondents"  # the whole of every Typeaandeel, as enquete_uitkomsten states it
_OMSCHRIJVINGEN = (IN_JAAR, _RESPONDENTEN, *(vraag.noemer_omschrijving for vraag in Effectvraag))


@st.composite
def _aandeel(draw: st.DrawFn, omschrijving: st.SearchStrategy[str], max_noemer: int) -> Aandeel:
    noemer = draw(st.integers(0, max_noemer))
    return Aandeel(draw(st.integers(0, noemer)), noemer, draw(omschrijving))


def aandelen(
    noemer_omschrijving: str | None = None, *, max_noemer: int = 10_000
) -> st.SearchStrategy[Aandeel]:
    """Shares of 0 to ``max_noemer``, 0 of 0 included, the teller never above the noemer.

    With ``noemer_omschrijving`` every share counts out of that whole (so any two add up with
    ``+``); without, the whole is one the library reports on or any short text.
    """
    if noemer_omschrijving is None and max_noemer == 10_000:  # noqa: PLR2004 - default
        return _alle_aandelen()
    omschrijving = (
        _omschrijvingen() if noemer_omschrijving is None else st.just(noemer_omschrijving)
    )
    return _aandeel(omschrijving, max_noemer)


@cache
def _omschrijvingen() -> st.SearchStrategy[str]:
    return st.sampled_from(_OMSCHRIJVINGEN) | korte_teksten()


@cache
def _alle_aandelen() -> st.SearchStrategy[Aandeel]:
    return _aandeel(_omschrijvingen(), 10_000)


# --- the contact log (R-RAP, R-LPW-9) -----------------------------------------------------------

# Zones without summer time, from far west to far east of Amsterdam (Etc/GMT+12 is UTC-12).
_ZONES = tuple(
    pendulum.timezone(zone)
    for zone in ("Europe/Amsterdam", "UTC", "Etc/GMT+12", "Pacific/Kiritimati")
)
_EERSTE = pendulum.datetime(2000, 1, 1, tz="UTC")
_LAATSTE = pendulum.datetime(2040, 1, 1, tz="UTC")
_DRIE_DAGEN = 3 * 86_400


def _schooljaargrenzen(lo: int, hi: int) -> tuple[int, ...]:
    """Midnight of 1 August in Amsterdam, as a timestamp, for each year within three days."""
    jaren = range(pendulum.from_timestamp(lo).year - 1, pendulum.from_timestamp(hi).year + 2)
    grenzen = (int(pendulum.datetime(j, 8, 1, tz=_ZONES[0]).timestamp()) for j in jaren)
    return tuple(g for g in grenzen if lo - _DRIE_DAGEN <= g <= hi + _DRIE_DAGEN)


@st.composite
def _moment(draw: st.DrawFn, lo: int, hi: int, grenzen: tuple[int, ...]) -> pendulum.DateTime:
    """A moment between ``lo`` and ``hi``; half of them near a school year's start."""
    if len(grenzen) > 0 and draw(st.booleans()):
        # Shrinks to the boundary itself: midnight, 1 August, in Amsterdam.
        grens = draw(st.sampled_from(grenzen))
        seconde = min(hi, max(lo, grens + draw(st.integers(-_DRIE_DAGEN, _DRIE_DAGEN))))
    else:
        seconde = draw(st.integers(lo, hi))
    return pendulum.from_timestamp(seconde, tz=draw(st.sampled_from(_ZONES)))


def contacten(
    min_value: pendulum.DateTime | None = None, max_value: pendulum.DateTime | None = None
) -> st.SearchStrategy[Contact]:
    """Contacts of every caller type, outcome and channel, between the bounds (2000–2040).

    Half of the moments lie within three days of the start of a school year (midnight of 1
    August in Amsterdam), where counting per school year goes wrong first (R-LPW-9). Moments are
    in Europe/Amsterdam, UTC, or a zone twelve hours or more away (UTC-12, UTC+14), so that the
    day in Amsterdam is not always the local one.
    """
    if min_value is None and max_value is None:
        return _alle_contacten()
    return _contacten(min_value or _EERSTE, max_value or _LAATSTE)


def _contacten(
    min_value: pendulum.DateTime, max_value: pendulum.DateTime
) -> st.SearchStrategy[Contact]:
    lo, hi = math.ceil(min_value.timestamp()), int(max_value.timestamp())
    return st.builds(
        Contact,
        _moment(lo, hi, _schooljaargrenzen(lo, hi)),
        st.sampled_from(Bellertype),
        st.sampled_from(Contactuitkomst),
        st.sampled_from(Kanaal),
    )


@cache
def _alle_contacten() -> st.SearchStrategy[Contact]:
    return _contacten(_EERSTE, _LAATSTE)


@cache
def _tot_tien() -> st.SearchStrategy[int]:
    return st.integers(0, 10)


@st.composite
def _contacttelling(draw: st.DrawFn, beller: st.SearchStrategy[Bellertype]) -> Contacttelling:
    # Four counts that cannot disagree: taken up or referred, each by telephone or otherwise.
    op_tel, op_anders, door_tel, door_anders = (draw(_tot_tien()) for _ in range(4))
    return Contacttelling(
        draw(beller),
        op_tel + op_anders + door_tel + door_anders,
        op_tel + door_tel,
        op_tel + op_anders,
        door_tel + door_anders,
    )


@cache
def contacttellingen(beller: Bellertype | None = None) -> st.SearchStrategy[Contacttelling]:
    """Counts of one caller type (``beller``, or any): up to 40 contacts, up to 20 by telephone.

    Each contact is taken up or referred, and those by telephone are some of them (R-RAP).
    """
    return _contacttelling(st.sampled_from(Bellertype) if beller is None else st.just(beller))


# --- the evaluation survey (R-KKW-3) ------------------------------------------------------------

_ONDERDELEN = (
    Effectvraag.KWALITEIT_SAMENWERKING,
    Effectvraag.RESULTAAT_SAMENWERKING,
    Effectvraag.ACTIEVE_DEELNAME,
)
_HOOFDVRAGEN = tuple(vraag for vraag in Effectvraag if vraag not in _ONDERDELEN)


@cache
def effectantwoorden() -> st.SearchStrategy[Effectantwoord]:
    """Any answer to any effect question."""
    return st.builds(Effectantwoord, st.sampled_from(Effectvraag), st.sampled_from(Effectoordeel))


@cache
def _oordelen(*, alleen_nvt: bool) -> st.SearchStrategy[Effectoordeel | None]:
    """An answer or none (left open), in one draw; shrinks to none."""
    if alleen_nvt:
        return st.sampled_from((None, Effectoordeel.NIET_VAN_TOEPASSING))
    return st.sampled_from((None, *Effectoordeel))


@cache
def _volgorden(k: int) -> st.SearchStrategy[list[int]]:
    return st.permutations(range(k))


@st.composite
def _respons(draw: st.DrawFn) -> EnqueteRespons:
    antwoorden = {vraag: draw(_oordelen(alleen_nvt=False)) for vraag in _HOOFDVRAGEN}
    samenwerking = antwoorden[Effectvraag.SAMENWERKING]
    # R-KKW-3: the parts of the cooperation only when the cooperation itself was at issue.
    nvt = samenwerking is None or not samenwerking.telt_mee
    antwoorden.update({vraag: draw(_oordelen(alleen_nvt=nvt)) for vraag in _ONDERDELEN})
    paren = [Effectantwoord(v, o) for v, o in antwoorden.items() if o is not None]
    volgorde = draw(_volgorden(len(paren)))
    return EnqueteRespons(draw(st.sampled_from(Respondenttype)), tuple(paren[i] for i in volgorde))


@cache
def enqueteresponsen() -> st.SearchStrategy[EnqueteRespons]:
    """Responses of any respondent type, each question answered or left open, in any order.

    The parts of the cooperation are answered only when the cooperation was at issue, and are
    otherwise left open or marked not applicable (R-KKW-3).
    """
    return _respons()


@cache
def typeaandelen() -> st.SearchStrategy[Typeaandeel]:
    """Rows of a survey outcome: a respondent type's share among up to 200 respondents."""
    return st.builds(
        Typeaandeel, st.sampled_from(Respondenttype), aandelen(_RESPONDENTEN, max_noemer=200)
    )


@st.composite
def _vraaguitkomst(draw: st.DrawFn) -> Vraaguitkomst:
    vraag = draw(st.sampled_from(Effectvraag))
    noemer = draw(st.integers(0, 200))
    teller = draw(st.integers(0, noemer))
    return Vraaguitkomst(vraag, Aandeel(teller, noemer, vraag.noemer_omschrijving))


@cache
def vraaguitkomsten() -> st.SearchStrategy[Vraaguitkomst]:
    """Rows of a survey outcome: an effect question's positive share, out of its own whole."""
    return _vraaguitkomst()


def enqueteuitkomsten(*, max_responsen: int = 8) -> st.SearchStrategy[EnqueteUitkomsten]:
    """Outcomes from `enquete_uitkomsten` of zero to ``max_responsen`` `enqueteresponsen`."""
    if max_responsen == 8:  # noqa: PLR2004 - default
        return _alle_enqueteuitkomsten()
    return st.lists(enqueteresponsen(), max_size=max_responsen).map(enquete_uitkomsten)


@cache
def _alle_enqueteuitkomsten() -> st.SearchStrategy[EnqueteUitkomsten]:
    return st.lists(enqueteresponsen(), max_size=8).map(enquete_uitkomsten)


# --- the annual figures (R-RAP) -----------------------------------------------------------------


@cache
def maandtellingen() -> st.SearchStrategy[Maandtelling]:
    """Interventions started in one month (1–12) of a year from 2000 to 2040: 0 to 20."""
    return st.builds(Maandtelling, st.integers(2000, 2040), st.integers(1, 12), st.integers(0, 20))


@cache
def systeemvraagtellingen() -> st.SearchStrategy[Systeemvraagtelling]:
    """A catalogue code (``SYS-01`` … ``SYS-16``) taken up 1 to 20 times."""
    return st.builds(Systeemvraagtelling, systeemvraagcodes(), st.integers(1, 20))


@cache
def labeltellingen() -> st.SearchStrategy[Labeltelling]:
    """A systemic question outside the catalogue, by its label, taken up 1 to 20 times."""
    return st.builds(Labeltelling, labels(), st.integers(1, 20))


# Fixed pools keep drawing cheap (one choice per label, not one per letter); the labels of a
# real year are just as arbitrary to the figures.
_REGIOS = ("Betuwe Oost", "Bommelerwaard", "Culemborg", "Rivierenland", "Tiel")
_TAFELS = ("Actietafel Culemborg", "Actietafel Tiel", "Thuiszitterstafel")
_VRAAGLABELS = ("Eigen vraag", "opzet actietafel", "rol van de gemeente")


class _Delen(NamedTuple):
    """The strategies for the parts of a year's figures."""

    interventies: st.SearchStrategy[list[tuple[int, int]]]
    regios: st.SearchStrategy[list[str]]
    tafels: st.SearchStrategy[list[str]]
    codes: st.SearchStrategy[dict[str, int]]
    labels: st.SearchStrategy[dict[str, int]]
    passend: st.SearchStrategy[int]
    klein: st.SearchStrategy[int]


@cache
def _delen() -> _Delen:
    return _Delen(
        # Per intervention: its start month, and its status on 31 July as an index into
        # (afgerond, lopend, overgedragen, doorverwezen).
        interventies=st.lists(st.tuples(st.sampled_from(MAANDEN), st.integers(0, 3)), max_size=8),
        regios=st.lists(st.sampled_from(_REGIOS), max_size=3, unique=True),
        tafels=st.lists(st.sampled_from(_TAFELS), max_size=2, unique=True),
        codes=st.dictionaries(systeemvraagcodes(), st.integers(1, 5), max_size=3),
        labels=st.dictionaries(st.sampled_from(_VRAAGLABELS), st.integers(1, 5), max_size=2),
        passend=st.integers(0, 10),
        klein=st.integers(0, 3),
    )


def _gerangschikt(tellingen: dict[str, int]) -> list[tuple[str, int]]:
    """Most frequent first, then by label: the order `Jaarcijfers` keeps."""
    return sorted(tellingen.items(), key=lambda paar: (-paar[1], paar[0]))


@st.composite
def _jaarcijfers(draw: st.DrawFn, schooljaren: st.SearchStrategy[Schooljaar]) -> Jaarcijfers:
    delen = _delen()
    schooljaar = draw(schooljaren)
    interventies = draw(delen.interventies)
    n = len(interventies)
    maanden = Counter(maand for maand, _ in interventies)
    status = Counter(index for _, index in interventies)
    regios = draw(delen.regios)[:n]  # at most one region per intervention
    tafels = draw(delen.tafels)
    codes, overig = draw(delen.codes), draw(delen.labels)
    jaar = schooljaar.startjaar
    return Jaarcijfers(
        schooljaar,
        n,
        tuple(sorted(regios)),
        Aandeel(status[0], n, IN_JAAR),
        Aandeel(status[1], n, IN_JAAR),
        Aandeel(status[2], n, IN_JAAR),
        Aandeel(status[3], n, IN_JAAR),
        draw(delen.passend),
        tuple(
            Maandtelling(jaar + (m < 8), m, maanden[m])  # noqa: PLR2004 - Jan–Jul: the next year
            for m in MAANDEN
        ),
        tuple(sorted(tafels)),
        len(tafels) + draw(delen.klein),  # at least one escalation per actietafel
        draw(delen.klein),
        tuple(Systeemvraagtelling(c, k) for c, k in _gerangschikt(codes)),
        tuple(Labeltelling(s, k) for s, k in _gerangschikt(overig)),
        tuple(draw(contacttellingen(b)) for b in Bellertype),
    )


def jaarcijfers_waarden(schooljaar: Schooljaar | None = None) -> st.SearchStrategy[Jaarcijfers]:
    """Annual figures of ``schooljaar`` (or of any year 2000–2039) that agree with each other.

    Built from counts rather than from interventions, which is cheaper and reaches figures a few
    generated interventions seldom do: up to eight interventions over the months and the four
    statuses, up to three regions, two actietafels and five systemic questions (labels from
    small fixed sets, trimmed as `jaarcijfers` writes them), one contact row per caller type.
    Two values of one year add up with ``+``. (Named with ``_waarden`` because `jaarcijfers` is
    the function that computes the figures.)

    Raises:
        InvalidValueError: ``schooljaar`` is not a `Schooljaar`.
    """
    if schooljaar is not None and not isinstance(schooljaar, Schooljaar):
        raise InvalidValueError(
            f"expected a Schooljaar, got {type(schooljaar).__name__}",
            field="schooljaar",
            hint="e.g. Schooljaar(2015) for 2015–2016",
        )
    if schooljaar is None:
        return _alle_jaarcijfers()
    return _jaarcijfers(st.just(schooljaar))


@cache
def _alle_jaarcijfers() -> st.SearchStrategy[Jaarcijfers]:
    return _jaarcijfers(schooljaren())
