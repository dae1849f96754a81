"""Private helpers: tables as Markdown and HTML text, every cell escaped, no I/O.

The werkagenda renders its eight-column table with these; any other grid (a diagnosis, a report)
can use them too. They take plain strings and give plain strings: writing them anywhere is the
caller's business.

Escaping:
    - HTML: every header, cell and caption goes through ``html.escape`` (quotes included), so
      user text such as ``<script>`` comes out as text, never as markup.
    - Markdown: line breaks become spaces (a cell lives on one line) and the characters that
      could close a cell (``|``), start markup (``*``, ``_``, `````, ``[``, ``#``, …) or raw HTML
      (``<``, ``>``, ``&``) get a backslash, which CommonMark reads as "this character, literally".
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from typing import Final, TypeGuard

from gedragswerk_core import _validatie as v
from gedragswerk_core.errors import InvalidValueError

__all__ = ["html_tabel", "html_tekst", "markdown_cel", "markdown_tabel", "periodetekst"]

# Every character Python's str.splitlines() breaks on: none of them may survive inside a cell.
_REGELEINDEN: Final = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_MD_ESCAPE: Final = str.maketrans(
    {**{c: "\\" + c for c in "\\`*_[]<>|#&~!"}, **dict.fromkeys(_REGELEINDEN, " ")}
)


def _tekst(value: object, field: str) -> str:
    return v.require(value, str, field, hint="turn the value into a string before rendering it")


def _is_rij(value: object) -> TypeGuard[Sequence[object]]:
    """A sequence of cells: a list or tuple, say, but not a text."""
    return isinstance(value, Sequence) and not isinstance(value, str)


def _cellen(rij: Sequence[object], field: str) -> tuple[str, ...]:
    return tuple(_tekst(c, f"{field}[{k}]") for k, c in enumerate(rij))


def _controleer(kop: object, rijen: object) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    if not _is_rij(kop) or not kop:
        raise InvalidValueError("a table needs a non-empty sequence of column headers", field="kop")
    koppen = _cellen(kop, "kop")
    if not _is_rij(rijen):
        raise InvalidValueError(
            f"expected a sequence of rows, got {type(rijen).__name__}", field="rijen"
        )
    gelezen = []
    for r, rij in enumerate(rijen):
        if not _is_rij(rij) or len(rij) != len(koppen):
            raise InvalidValueError(
                f"every row needs exactly {len(koppen)} cells, one per column",
                field=f"rijen[{r}]",
                hint="fill a missing cell with an empty string",
            )
        gelezen.append(_cellen(rij, f"rijen[{r}]"))
    return koppen, tuple(gelezen)


def markdown_cel(tekst: str) -> str:
    r"""``tekst`` made safe for one Markdown table cell (or a one-line heading).

    Examples:
        >>> print(markdown_cel("a | b\n<c>"))
        a \| b \<c\>
    """
    return _tekst(tekst, "tekst").translate(_MD_ESCAPE)


def markdown_tabel(kop: Sequence[str], rijen: Sequence[Sequence[str]]) -> str:
    r"""A GitHub-flavoured Markdown table; every header and cell escaped with `markdown_cel`.

    Examples:
        >>> print(markdown_tabel(["wie", "wat"], [["SWV", "tel | volg"]]))
        | wie | wat |
        | --- | --- |
        | SWV | tel \| volg |

    Raises:
        InvalidValueError: no headers, a row of the wrong length, or a cell that is not text.
    """
    koppen, cellen = _controleer(kop, rijen)
    regels = [
        "| " + " | ".join(markdown_cel(k) for k in koppen) + " |",
        "|" + " --- |" * len(koppen),
    ]
    regels.extend("| " + " | ".join(markdown_cel(c) for c in rij) + " |" for rij in cellen)
    return "\n".join(regels)


def html_tekst(tekst: str) -> str:
    """``tekst`` escaped for HTML content and attribute values (``html.escape``, quotes too)."""
    return html.escape(_tekst(tekst, "tekst"), quote=True)


def html_tabel(
    kop: Sequence[str],
    rijen: Sequence[Sequence[str]],
    caption: str | None = None,
    *,
    klasse: str | None = None,
) -> str:
    """An HTML ``<table>``; every header, cell, the caption and the class are escaped.

    Examples:
        >>> print(html_tabel(["wat"], [["<script>"]], "1. Verkennen"))
        <table><caption>1. Verkennen</caption><thead><tr><th scope="col">wat</th></tr></thead><tbody><tr><td>&lt;script&gt;</td></tr></tbody></table>

    Raises:
        InvalidValueError: no headers, a row of the wrong length, or a text that is not a str.
    """  # noqa: E501
    koppen, cellen = _controleer(kop, rijen)
    attribuut = "" if klasse is None else f' class="{html_tekst(klasse)}"'
    titel = "" if caption is None else f"<caption>{html_tekst(caption)}</caption>"
    hoofd = "".join(f'<th scope="col">{html_tekst(k)}</th>' for k in koppen)
    lijf = "".join(
        "<tr>" + "".join(f"<td>{html_tekst(c)}</td>" for c in rij) + "</tr>" for rij in cellen
    )
    return f"<table{attribuut}>{titel}<thead><tr>{hoofd}</tr></thead><tbody>{lijf}</tbody></table>"


def periodetekst(begin: date, einde: date) -> str:
    """A run of days as text: one ISO date for a single day, else ``begin t/m einde``.

    Examples:
        >>> import pendulum
        >>> periodetekst(pendulum.date(2016, 9, 1), pendulum.date(2016, 9, 1))
        '2016-09-01'
        >>> periodetekst(pendulum.date(2016, 9, 1), pendulum.date(2016, 10, 31))
        '2016-09-01 t/m 2016-10-31'
    """
    if einde == begin:
        return begin.isoformat()
    return f"{begin.isoformat()} t/m {einde.isoformat()}"
