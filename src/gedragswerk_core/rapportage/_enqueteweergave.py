"""Private: `gedragswerk_core.rapportage.EnqueteUitkomsten` as Markdown and HTML tables (no I/O).

Every text goes through `gedragswerk_core._weergave`, which escapes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gedragswerk_core._weergave import html_tabel, markdown_tabel

if TYPE_CHECKING:
    from gedragswerk_core.rapportage.aandeel import Aandeel
    from gedragswerk_core.rapportage.enquete import EnqueteUitkomsten

__all__ = ["als_html", "als_markdown"]

_KOP_TYPE = ["respondent", "count", "of", "share"]
_KOP_VRAAG = ["question", "positive", "of", "share", "denominator"]


def _cellen(aandeel: Aandeel) -> list[str]:
    procent = aandeel.procent
    return [str(aandeel.teller), str(aandeel.noemer), "n/a" if procent is None else f"{procent}%"]


def _tabellen(u: EnqueteUitkomsten) -> tuple[list[list[str]], list[list[str]]]:
    types = [[r.respondent.value.replace("_", " "), *_cellen(r.aandeel)] for r in u.per_type]
    vragen = [
        [r.vraag.value.replace("_", " "), *_cellen(r.aandeel), r.aandeel.noemer_omschrijving]
        for r in u.per_vraag
    ]
    return types, vragen


def als_markdown(u: EnqueteUitkomsten) -> str:
    """A heading and two Markdown tables: respondent types, and effect per question."""
    types, vragen = _tabellen(u)
    return "\n\n".join(
        [
            f"## Evaluation survey (enquête): {u.respondenten} responses",
            "### Respondents",
            markdown_tabel(_KOP_TYPE, types),
            "### Effect (R-KKW-3)",
            markdown_tabel(_KOP_VRAAG, vragen),
        ]
    )


def als_html(u: EnqueteUitkomsten) -> str:
    """The two tables as HTML, in a ``div``."""
    types, vragen = _tabellen(u)
    return (
        '<div class="gedragswerk-enquete">'
        f"<h3>Evaluation survey (enquête): {u.respondenten} responses</h3>"
        f"{html_tabel(_KOP_TYPE, types, 'Respondents')}"
        f"{html_tabel(_KOP_VRAAG, vragen, 'Effect (R-KKW-3)')}</div>"
    )
