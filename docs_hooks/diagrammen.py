"""mkdocs hook: the docs' Mermaid diagrams become inline SVG at build time (issue 20).

The theme would load mermaid from a CDN in the reader's browser, so offline or intranet docs
showed the diagram's source. Here each ```` ```mermaid ```` fence is replaced, while the site is
built, by an SVG drawn from the library's own tables: the lifecycle from
`gedragswerk_core.interventie.stappen.toestandsdiagram` (itself rendered from `STAPPEN`), the
werkagenda phases from `Fase`, its themes and `PdcaStap`. The fences stay in the Markdown (GitHub
renders them, and a test checks the lifecycle fence against the code); a fence this hook does not
know fails the build, so no page ever asks a CDN for mermaid. No network, no browser, no npm.

The layout is a table of positions per status: a new status without a place fails the build.
"""

from __future__ import annotations

import math
import re
from html import escape

from gedragswerk_core.interventie.stappen import Status, toestandsdiagram
from gedragswerk_core.werkagenda.activiteit import Fase, PdcaStap

FENCE = re.compile(r"^```mermaid\n(.*?)^```$", re.DOTALL | re.MULTILINE)
PIJL = re.compile(r"^\s*(\S+) --> (\S+): (.+)$")

BREEDTE, HOOGTE = 150, 40  # a status box
START = "[*]"
# Where each status stands (its centre); the start dot left of ONTVANGEN.
PLAATS: dict[str, tuple[float, float]] = {
    START: (30, 150),
    Status.ONTVANGEN.name: (170, 150),
    Status.LOPEND.name: (450, 150),
    Status.AFGEROND.name: (730, 150),
    Status.DOORVERWEZEN.name: (170, 330),
    Status.OVERGEDRAGEN.name: (450, 330),
}
TEKST = (
    'font-family="sans-serif" fill="currentColor" '
    'style="paint-order:stroke;stroke:var(--md-default-bg-color, #fff);stroke-width:4px"'
)
DEFS = (
    '<defs><marker id="{id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" '
    'markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
    'fill="currentColor"/></marker></defs>'
)


def _tekst(
    x: float, y: float, regels: list[str], *, kop: bool = False, anker: str = "middle"
) -> str:
    extra = ' font-weight="bold" font-size="12"' if kop else ' font-size="11"'
    extra += f' text-anchor="{anker}"'
    tspans = "".join(
        f'<tspan x="{x:.0f}" dy="{0 if i == 0 else 13}">{escape(regel)}</tspan>'
        for i, regel in enumerate(regels)
    )
    return f'<text x="{x:.0f}" y="{y:.0f}" {TEKST}{extra}>{tspans}</text>'


def _rand(midden: tuple[float, float], richting: tuple[float, float]) -> tuple[float, float]:
    """Where a line from the box's centre in this direction leaves the box."""
    (x, y), (dx, dy) = midden, richting
    t = min(BREEDTE / 2 / abs(dx) if dx else math.inf, HOOGTE / 2 / abs(dy) if dy else math.inf)
    return x + t * dx, y + t * dy


def _pijl(van: str, naar: str, labels: list[str], heen_en_terug: bool) -> str:
    (x1, y1), (x2, y2) = PLAATS[van], PLAATS[naar]
    lengte = math.hypot(x2 - x1, y2 - y1)
    dx, dy = (x2 - x1) / lengte, (y2 - y1) / lengte
    nx, ny = -dy, dx  # to the left of the direction: two arrows between one pair run side by side
    schuif = 12 if heen_en_terug else 0
    if van == START:
        bx, by = x1 + 6 * dx, y1 + 6 * dy
    else:
        bx, by = _rand((x1, y1), (dx, dy))
    ex, ey = _rand((x2, y2), (-dx, -dy))
    bx, by, ex, ey = bx + schuif * nx, by + schuif * ny, ex + schuif * nx, ey + schuif * ny
    # A slanted arrow crosses the others' labels at its middle: its label stands further along.
    t = 0.5 if min(abs(dx), abs(dy)) < 0.1 else 0.75  # noqa: PLR2004
    lx, ly = bx + t * (ex - bx) + (6 + schuif) * nx, by + t * (ey - by) + (6 + schuif) * ny
    # The label stands beside its arrow, on the side the arrow was shifted to.
    anker = "middle" if abs(nx) < 0.5 else ("start" if nx > 0 else "end")  # noqa: PLR2004
    ly += 4 + (10 if ny > 0.5 else 0) * (anker == "middle")  # noqa: PLR2004
    return (
        f'<line x1="{bx:.1f}" y1="{by:.1f}" x2="{ex:.1f}" y2="{ey:.1f}" stroke="currentColor" '
        f'marker-end="url(#pijl-levensloop)"/>' + _tekst(lx, ly, labels, anker=anker)
    )


def _lus(knoop: str, labels: list[str]) -> str:
    x, y = PLAATS[knoop]
    boven = y - HOOGTE / 2
    pad = f"M{x - 30},{boven} C{x - 40},{boven - 50} {x + 40},{boven - 50} {x + 30},{boven}"
    tekst = _tekst(x, boven - 45 - 13 * len(labels), labels)
    return (
        f'<path d="{pad}" fill="none" stroke="currentColor" '
        f'marker-end="url(#pijl-levensloop)"/>{tekst}'
    )


def levensloop_svg(mermaid: str) -> str:
    """The lifecycle's ``stateDiagram-v2`` (`toestandsdiagram`) as an SVG."""
    pijlen = {}
    for regel in mermaid.splitlines()[1:]:
        gevonden = PIJL.match(regel)
        if not gevonden:
            raise ValueError(f"a line of the lifecycle diagram this hook cannot draw: {regel!r}")
        van, naar, label = gevonden.groups()
        pijlen[van, naar] = label.split(", ")
    delen = [DEFS.format(id="pijl-levensloop")]
    delen.append(
        f'<circle cx="{PLAATS[START][0]}" cy="{PLAATS[START][1]}" r="7" fill="currentColor"/>'
    )
    for naam in sorted({k for paar in pijlen for k in paar} - {START}):
        x, y = PLAATS[naam]
        delen.append(
            f'<rect x="{x - BREEDTE / 2}" y="{y - HOOGTE / 2}" width="{BREEDTE}" '
            f'height="{HOOGTE}" rx="10" fill="none" stroke="currentColor" stroke-width="1.5"/>'
        )
        delen.append(_tekst(x, y + 4, [naam], kop=True))
    for (van, naar), labels in pijlen.items():
        if van == naar:
            delen.append(_lus(van, labels))
        else:
            delen.append(_pijl(van, naar, labels, heen_en_terug=(naar, van) in pijlen))
    return _svg(
        "levensloop", "The lifecycle of an intervention: statuses and commands", 860, 390, delen
    )


def fasen_svg() -> str:
    """The five werkagenda phases with their themes, the fifth a Plan-Do-Check-Act cycle."""
    breedte, hoogte, stap = 185, 96, 205
    delen = [DEFS.format(id="pijl-fasen")]
    *eerste, laatste = list(Fase)
    for i, fase in enumerate(eerste):
        x = 10 + i * stap
        delen.append(
            f'<rect x="{x}" y="10" width="{breedte}" height="{hoogte}" rx="8" fill="none" '
            'stroke="currentColor" stroke-width="1.5"/>'
        )
        delen.append(_tekst(x + breedte / 2, 30, [fase.label], kop=True))
        delen.append(_tekst(x + breedte / 2, 48, [t.label for t in fase.themas]))
        if i:
            delen.append(
                f'<line x1="{x - stap + breedte}" y1="58" x2="{x}" y2="58" stroke="currentColor" '
                'marker-end="url(#pijl-fasen)"/>'
            )
    onder_x = 10 + (len(eerste) - 1) * stap + breedte / 2
    delen.append(
        f'<line x1="{onder_x}" y1="{10 + hoogte}" x2="{onder_x}" y2="146" stroke="currentColor" '
        'marker-end="url(#pijl-fasen)"/>'
    )
    titel = f"{laatste.label}: " + ", ".join(t.label for t in laatste.themas)
    delen.append(
        '<rect x="10" y="146" width="800" height="84" rx="8" fill="none" stroke="currentColor" '
        'stroke-width="1.5"/>'
    )
    delen.append(_tekst(410, 166, [titel], kop=True))
    stappen = list(PdcaStap)
    for i, pdca in enumerate(stappen):
        x = 170 + i * 160
        delen.append(
            f'<rect x="{x - 45}" y="180" width="90" height="30" rx="6" fill="none" '
            'stroke="currentColor"/>'
        )
        delen.append(_tekst(x, 199, [pdca.name.title()]))
        if i:
            delen.append(
                f'<line x1="{x - 115}" y1="195" x2="{x - 45}" y2="195" stroke="currentColor" '
                'marker-end="url(#pijl-fasen)"/>'
            )
    terug = 170 + (len(stappen) - 1) * 160
    delen.append(
        f'<path d="M{terug},210 L{terug},222 L170,222 L170,210" fill="none" '
        'stroke="currentColor" marker-end="url(#pijl-fasen)"/>'
    )
    return _svg("werkagenda-fasen", "The five phases of a werkagenda", 820, 240, delen)


def _svg(naam: str, titel: str, breedte: int, hoogte: int, delen: list[str]) -> str:
    return (
        f'<figure class="diagram" data-diagram="{naam}"><svg xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {breedte} {hoogte}" role="img" aria-label="{escape(titel)}" '
        f'style="max-width:100%;height:auto"><title>{escape(titel)}</title>'
        + "".join(delen)
        + "</svg></figure>"
    )


def svg_voor(mermaid: str) -> str:
    """The SVG for one fence's text; a diagram this hook does not know is an error."""
    if mermaid.strip() == toestandsdiagram():
        return levensloop_svg(toestandsdiagram())
    if mermaid.startswith("flowchart LR") and "Verkennen" in mermaid:
        return fasen_svg()
    raise ValueError(
        "a Mermaid diagram the docs cannot draw offline: add it to docs_hooks/diagrammen.py "
        f"(first line {mermaid.splitlines()[0]!r})"
    )


def on_page_markdown(markdown: str, **_: object) -> str:
    """Replace every Mermaid fence of a page by its SVG (an mkdocs hook)."""
    return FENCE.sub(lambda fence: "\n" + svg_voor(fence.group(1)) + "\n", markdown)
