"""Check a built docs site: the diagrams are there as SVG and no page loads a third-party script.

Run after ``mkdocs build``: ``python docs_hooks/controleer_site.py SITE_DIR`` (a CI step). The
lifecycle page must hold the lifecycle diagram as inline SVG with every status and command of
the table; no page may hold a ``mermaid`` element (the theme would fetch mermaid from a CDN for
it) or load a script, stylesheet, image or frame from another host.
"""

from __future__ import annotations

import pathlib
import sys
from html.parser import HTMLParser

from gedragswerk_core.interventie.gebeurtenissen import Gecorrigeerd
from gedragswerk_core.interventie.stappen import STAPPEN, Status

# The attributes through which a page makes the browser fetch something.
LADEN = {("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src")}
LEVENSLOOP = "methodiek/index.html"


class _Pagina(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.verzoeken: list[str] = []
        self.mermaid = False
        self.diagrammen: list[str] = []
        self.in_svg = 0
        self.svg_tekst: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        waarden = {naam: waarde or "" for naam, waarde in attrs}
        self.verzoeken += [waarden[a] for (t, a) in LADEN if t == tag and a in waarden]
        self.mermaid |= "mermaid" in waarden.get("class", "").split()
        if "data-diagram" in waarden:
            self.diagrammen.append(waarden["data-diagram"])
        self.in_svg += tag == "svg"

    def handle_endtag(self, tag: str) -> None:
        self.in_svg -= tag == "svg"

    def handle_data(self, data: str) -> None:
        if self.in_svg:
            self.svg_tekst.append(data)


def _lees(pad: pathlib.Path) -> _Pagina:
    pagina = _Pagina()
    pagina.feed(pad.read_text(encoding="utf-8"))
    return pagina


def problemen(site: pathlib.Path) -> list[str]:
    """Everything wrong with the built site at ``site``; empty when all is well."""
    fouten: list[str] = []
    for pad in sorted(site.rglob("*.html")):
        pagina = _lees(pad)
        naam = pad.relative_to(site).as_posix()
        if pagina.mermaid:
            fouten.append(f"{naam}: a mermaid element (the theme would load mermaid from a CDN)")
        fouten += [
            f"{naam}: loads {url} from another host"
            for url in pagina.verzoeken
            if url.startswith(("http://", "https://", "//"))
        ]
    levensloop = site / LEVENSLOOP
    if not levensloop.is_file():
        return [*fouten, f"{LEVENSLOOP}: missing"]
    pagina = _lees(levensloop)
    if "levensloop" not in pagina.diagrammen:
        fouten.append(f"{LEVENSLOOP}: no rendered lifecycle diagram (data-diagram=levensloop)")
    tekst = " ".join(pagina.svg_tekst)
    # A correction (R-GEB-4) changes no status: it has no arrow in the lifecycle.
    verwacht = [s.name for s in Status] + [
        stap.commando for stap in STAPPEN.values() if stap.gebeurtenis is not Gecorrigeerd
    ]
    fouten += [
        f"{LEVENSLOOP}: the diagram lacks {woord}" for woord in verwacht if woord not in tekst
    ]
    return fouten


def main(argv: list[str]) -> int:
    """Check the site in ``argv[1]``; print the problems and return 1 if there are any."""
    fouten = problemen(pathlib.Path(argv[1]))
    for fout in fouten:
        print(fout)  # noqa: T201
    print(f"{len(fouten)} problems in the built site")  # noqa: T201
    return 1 if fouten else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
