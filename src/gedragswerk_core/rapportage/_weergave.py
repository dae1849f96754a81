"""Private: `gedragswerk_core.rapportage.Jaarcijfers` as Markdown and HTML tables (no I/O).

Every text goes through `gedragswerk_core._weergave`, which escapes it: labels of actietafels and
systemic questions are typed by users and must come out as text, never as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gedragswerk_core._weergave import html_tabel, html_tekst, markdown_cel, markdown_tabel

if TYPE_CHECKING:
    from gedragswerk_core.rapportage.jaarcijfers import Jaarcijfers

__all__ = ["als_html", "als_markdown"]


def _tabellen(c: Jaarcijfers) -> list[tuple[str, list[str], list[list[str]]]]:
    kerncijfers = [
        ["interventions carried out (R-RAP-2)", str(c.interventies)],
        ["started in the year", str(c.gestart)],
        ["regions", str(c.aantal_regios)],
        ["afgerond by 31 July (R-LC-5)", str(c.afgerond)],
        ["open on 31 July (R-LC-8)", str(c.lopend)],
        ["overgedragen (R-LC-6)", str(c.overgedragen)],
        ["doorverwezen (R-LC-7)", str(c.doorverwezen)],
        ["pupils with passend onderwijs", str(c.passend_onderwijs)],
        ["actietafels taken part in (R-TAF-1)", str(c.aantal_actietafels)],
        ["escalations to an actietafel", str(c.escalaties_actietafel)],
        ["escalations to the interventieteam", str(c.escalaties_interventieteam)],
        ["contacts (by telephone)", f"{c.aantal_contacten} ({c.telefonische_contacten})"],
    ]
    return [
        ("Key figures", ["figure", "value"], kerncijfers),
        (
            "Intake per month",
            ["month", "interventions"],
            [[m.naam, str(m.aantal)] for m in c.intake_per_maand],
        ),
        ("Actietafels", ["actietafel"], [[t] for t in c.actietafels]),
        (
            "Systemic questions (catalogue)",
            ["rank", "code", "question", "times"],
            [
                [str(i), s.code, s.systeemvraag.label, str(s.aantal)]
                for i, s in enumerate(c.systeemvragen, start=1)
            ],
        ),
        (
            "Other systemic questions",
            ["label", "times"],
            [[s.label, str(s.aantal)] for s in c.overige_systeemvragen],
        ),
        (
            "Contacts",
            ["caller", "contacts", "by telephone", "taken up", "referred"],
            [
                [
                    c.beller.value,
                    str(c.aantal),
                    str(c.telefonisch),
                    str(c.opgepakt),
                    str(c.doorverwezen),
                ]
                for c in c.contacten
            ],
        ),
    ]


def als_markdown(c: Jaarcijfers) -> str:
    """A heading and one Markdown table per part; "(none)" for an empty part."""
    delen = [f"## Jaarcijfers {markdown_cel(str(c.schooljaar))}"]
    for titel, kop, rijen in _tabellen(c):
        delen.append(f"### {markdown_cel(titel)}")
        delen.append(markdown_tabel(kop, rijen) if rijen else "(none)")
    return "\n\n".join(delen)


def als_html(c: Jaarcijfers) -> str:
    """One HTML table per part, in a ``div``."""
    tabellen = "".join(html_tabel(kop, rijen, titel) for titel, kop, rijen in _tabellen(c))
    return (
        '<div class="gedragswerk-jaarcijfers">'
        f"<h3>Jaarcijfers {html_tekst(str(c.schooljaar))}</h3>{tabellen}</div>"
    )
