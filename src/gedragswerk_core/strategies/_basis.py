"""Strategies for the basic values: pupils, parties, dates, moments, texts, decisions, signals.

Private: use them through `gedragswerk_core.strategies`, which checks that Hypothesis is there.
Texts and labels are built from small alphabets rather than from regular expressions: the values
are the same kind, and drawing them is several times cheaper.
"""

from __future__ import annotations

import datetime as dt
import math
import string
from functools import cache
from typing import Any

import pendulum
from hypothesis import strategies as st

from gedragswerk_core.besluit import Besluit, Gegeven, Reden, Tekst
from gedragswerk_core.leerling import Leerling, LeerlingRef
from gedragswerk_core.partijen import Partij, Rol
from gedragswerk_core.schooljaar import Schooljaar
from gedragswerk_core.signaal import Signaal, Signaalsoort

__all__ = [
    "besluiten",
    "bsns",
    "datums",
    "gegevens",
    "gevaarlijke_teksten",
    "korte_teksten",
    "labels",
    "leerling_refs",
    "leerlingen",
    "momenten",
    "namen",
    "partijen",
    "redenen",
    "regionale_partijen",
    "schooljaren",
    "signalen",
    "teksten",
]

_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2)
_AMS = "Europe/Amsterdam"
_START = 946_684_800  # 2000-01-01T00:00:00Z
_END = 2_208_988_800  # 2040-01-01T00:00:00Z
_EERSTE_DAG = dt.date(2000, 1, 1)
_LAATSTE_DAG = dt.date(2040, 12, 31)
_HOOFD = string.ascii_uppercase
_KLEIN = string.ascii_lowercase
_ACCENT_HOOFD = _HOOFD + "ÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜÝ"
_ACCENT_KLEIN = _KLEIN + "àáâäèéêëìíîïòóôöùúûüýÿ"


def _woord(hoofd: str, klein: str, min_size: int, max_size: int) -> st.SearchStrategy[str]:
    """A capital from ``hoofd`` followed by ``min_size``–``max_size`` letters from ``klein``."""
    return st.builds(
        str.__add__, st.sampled_from(hoofd), st.text(klein, min_size=min_size, max_size=max_size)
    )


def _cijfers(min_size: int, max_size: int) -> st.SearchStrategy[str]:
    return st.text(string.digits, min_size=min_size, max_size=max_size)


def _ref(letters: str, nummer: str, volg: str | None) -> LeerlingRef:
    return LeerlingRef(f"{letters}-{nummer}" + ("" if volg is None else f"-{volg}"))


@cache
def leerling_refs() -> st.SearchStrategy[LeerlingRef]:
    """Pseudonymous pupil references such as ``L-2015-017``."""
    return st.builds(
        _ref,
        st.text(_HOOFD, min_size=1, max_size=3),
        _cijfers(1, 6),
        st.none() | _cijfers(1, 4),
    )


def _bsn_from(digits: list[int]) -> str | None:
    check = sum(d * w for d, w in zip(digits, _WEIGHTS, strict=True)) % 11
    if check == 10 or (check == 0 and not any(digits)):  # noqa: PLR2004 - no valid 9th digit
        return None
    return "".join(map(str, digits)) + str(check)


@cache
def bsns() -> st.SearchStrategy[str]:
    """Nine-digit numbers that pass the BSN elfproef (fictional, but valid in form)."""
    return (
        st.lists(st.integers(0, 9), min_size=8, max_size=8)
        .map(_bsn_from)
        .filter(lambda b: b is not None)
        .map(str)
    )


def _naam(voornaam: str, tussen: str | None, achternaam: str) -> str:
    return f"{voornaam} {tussen} {achternaam}" if tussen else f"{voornaam} {achternaam}"


@cache
def namen() -> st.SearchStrategy[str]:
    """Personal names with a first and a last name (always with a space)."""
    return st.builds(
        _naam,
        _woord(_ACCENT_HOOFD, _ACCENT_KLEIN, 2, 12),
        st.none() | st.sampled_from(["van", "de", "van der"]),
        _woord(_HOOFD, _ACCENT_KLEIN, 2, 15),
    )


@cache
def leerlingen() -> st.SearchStrategy[Leerling]:
    """Pupils with a reference and, sometimes, a name and BSN."""
    return st.builds(
        Leerling,
        leerling_refs(),
        naam=st.none() | namen(),
        bsn=st.none() | bsns(),
    )


def momenten(
    min_value: pendulum.DateTime | None = None, max_value: pendulum.DateTime | None = None
) -> st.SearchStrategy[pendulum.DateTime]:
    """Moments in Europe/Amsterdam between 2000 and 2040 (or the bounds given)."""
    lo = math.ceil(min_value.timestamp()) if min_value is not None else _START
    hi = int(max_value.timestamp()) if max_value is not None else _END
    return st.integers(lo, hi).map(lambda s: pendulum.from_timestamp(s, tz=_AMS))


def _als_datum(d: dt.date) -> pendulum.Date:
    return pendulum.Date(d.year, d.month, d.day)


def datums(
    min_value: dt.date | None = None, max_value: dt.date | None = None
) -> st.SearchStrategy[pendulum.Date]:
    """Calendar days as ``pendulum.Date``, from 2000-01-01 to 2040-12-31 or between the bounds.

    Both bounds are included; a plain ``datetime.date`` works as a bound too.
    """
    if min_value is None and max_value is None:
        return _alle_datums()
    return st.dates(_gewoon(min_value or _EERSTE_DAG), _gewoon(max_value or _LAATSTE_DAG)).map(
        _als_datum
    )


def _gewoon(d: dt.date) -> dt.date:
    """A plain date: Hypothesis wants both bounds of one type, and pendulum's is a subclass."""
    return dt.date(d.year, d.month, d.day)


@cache
def _alle_datums() -> st.SearchStrategy[pendulum.Date]:
    return st.dates(_EERSTE_DAG, _LAATSTE_DAG).map(_als_datum)


@cache
def schooljaren() -> st.SearchStrategy[Schooljaar]:
    """School years from 2000–2001 to 2039–2040."""
    return st.integers(2000, 2039).map(Schooljaar)


def _label(eerste: str, tweede: str | None) -> str:
    return eerste if tweede is None else f"{eerste} {tweede}"


@cache
def labels() -> st.SearchStrategy[str]:
    """Short labels of one or two capitalised words (``"Tiel"``, ``"Actietafel Rivierenland"``).

    For names of parties and regions, sources, codes of tables: texts that are never personal.
    """
    woord = _woord(_HOOFD, _KLEIN, 2, 10)
    return st.builds(_label, woord, st.none() | woord)


@cache
def korte_teksten() -> st.SearchStrategy[str]:
    """Free texts of 1 to 20 characters, any Unicode, never blank: notes, results, goals."""
    return st.text(min_size=1, max_size=20).filter(str.strip)


def partijen(rollen: st.SearchStrategy[Rol] | None = None) -> st.SearchStrategy[Partij]:
    """Parties of any role (``OVERIG`` with a description)."""
    if rollen is None:
        return _alle_partijen()
    return _partijen(rollen)


@cache
def _alle_partijen() -> st.SearchStrategy[Partij]:
    return _partijen(st.sampled_from(Rol))


def _partij(naam: str, rol: Rol, omschrijving: str, ref: LeerlingRef) -> Partij:
    # R-ACT-4: the pupil as a party is named by its pseudonymous reference.
    return Partij(
        ref.waarde if rol is Rol.LEERLING else naam,
        rol,
        omschrijving=omschrijving if rol is Rol.OVERIG else None,
    )


def _partijen(rol_st: st.SearchStrategy[Rol]) -> st.SearchStrategy[Partij]:
    return st.builds(_partij, labels(), rol_st, labels(), leerling_refs())


@cache
def regionale_partijen() -> st.SearchStrategy[Partij]:
    """Parties other than Gedragswerk's sparring partner."""
    return partijen(st.sampled_from([r for r in Rol if r is not Rol.SPARRING_PARTNER]))


@cache
def gegevens() -> st.SearchStrategy[Gegeven]:
    """Facts a condition weighed: a yes/no fact or a label."""
    return st.builds(
        Gegeven,
        st.sampled_from(["wil", "kan", "rol", "status", "eerste_contact"]),
        st.booleans() | labels(),
    )


@cache
def teksten() -> st.SearchStrategy[Tekst]:
    """Catalogue texts in Dutch and English (possibly empty: an optional part of a text)."""
    return st.builds(Tekst, st.just("") | labels(), st.just("") | labels())


def _reden(
    regel: str, uitleg: str, voldaan: bool, deel: str | None, extra: tuple[Any, ...]
) -> Reden:
    feiten, nl = extra
    code = regel if deel is None else f"{regel}.{deel}"
    return Reden(regel, uitleg, voldaan, code=code, feiten=feiten, nl=nl)


@cache
def redenen() -> st.SearchStrategy[Reden]:
    """Reasons citing a rule, met or not, with or without a condition code, facts and Dutch."""
    return st.builds(
        _reden,
        st.sampled_from(["R-LC-5", "R-LC-6", "R-LC-7", "R-WA-5"]),
        labels(),
        st.booleans(),
        st.none() | st.sampled_from(["wil", "kan", "status", "afronding"]),
        st.tuples(st.lists(gegevens(), max_size=3).map(tuple), st.none() | labels()),
    )


@cache
def besluiten() -> st.SearchStrategy[Besluit]:
    """Decisions with zero to three `redenen`, allowed or not."""
    return st.builds(
        Besluit.uit_redenen,
        st.sampled_from(["afronding", "overdracht", "acceptatie"]),
        st.lists(redenen(), max_size=3).map(tuple),
    )


@cache
def signalen() -> st.SearchStrategy[Signaal]:
    """Signals of every kind, with or without a pupil."""
    return st.builds(Signaal, st.sampled_from(Signaalsoort), labels(), st.none() | leerling_refs())


@cache
def gevaarlijke_teksten() -> st.SearchStrategy[str]:
    """Any text, with markup and table-breaking characters mixed in on purpose.

    For renderers (Markdown and HTML views): user text must come out escaped, one cell per cell.
    """
    return st.one_of(
        st.text(max_size=40),
        st.sampled_from(
            [
                "<script>alert(1)</script>",
                "a | b",
                "regel 1\nregel 2\r\nregel 3",
                "**vet** _schuin_ `code` [link](http://x)",
                "&amp; &lt; \"quotes\" 'single'",
                "\\| al ontsnapt",
                "<img src=x onerror=alert(1)>",
                "# kop",
                "\u2028scheiding\x85",
            ]
        ),
        st.lists(
            st.sampled_from(["<", ">", "&", "|", "\n", "\r", '"', "'", "\\", "x", " ", "script"]),
            max_size=20,
        ).map("".join),
    )
