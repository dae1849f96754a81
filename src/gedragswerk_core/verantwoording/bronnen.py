"""Where every rule comes from: the seed document and section, or the law and its article.

A decision cites rule ids (`Reden.regel`); a receipt (`Ontvangstbewijs`) carries, for each, its
`Regelbron`. The methodiek's rules come from the source documents (the seeds: 000 the website,
001 the book, 002 the annual report 2015–2016, 003 the handreiking, 004 the Utrecht afternoon);
the Leerplichtwet's from the law (Leerplichtwet 1969, BWBR0002628), whose version on a date is
`wetsversie_op` (R-LPW-13). One row a rule; a new rule is one row here.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum, unique
from types import MappingProxyType
from typing import Final, final

from attrs import field, frozen

from gedragswerk_core import _validatie as v

__all__ = ["LEERPLICHTWET", "REGELBRONNEN", "Bronsoort", "Regelbron"]

LEERPLICHTWET: Final = "BWBR0002628"
"""The Leerplichtwet 1969 in the national law collection (wetten.overheid.nl)."""


@unique
class Bronsoort(Enum):
    """What kind of source a rule has."""

    METHODIEK = "methodiek"
    """A source document of the Gedragswerk methodiek (a seed)."""
    WET = "wet"
    """The Leerplichtwet 1969 (an article)."""
    BELEID = "beleid"
    """Policy or guidance around the law: an OCW letter, DUO's or the Inspectie's guidance."""
    BIBLIOTHEEK = "bibliotheek"
    """A rule of the library's own model, needed to apply the others (events in time order)."""


@final
@frozen
class Regelbron:
    """A rule's source: what the rule is about and where it is written.

    Attributes:
        regel: the rule id, e.g. ``"R-LC-6"``.
        onderwerp: what the rule is about, in a few Dutch words.
        soort: the kind of source.
        bron: the document and section (``"seed 002 §2"``) or the article
            (``"art. 21a"``).
        wet: the law's id in the national law collection, for a law rule.
    """

    regel: str = field(validator=v.text(max_length=40))
    onderwerp: str = field(validator=v.text(max_length=200))
    soort: Bronsoort = field(validator=v.instance_of(Bronsoort))
    bron: str = field(validator=v.text(max_length=300))
    wet: str | None = field(default=None, validator=v.optional_text(max_length=40))


_M, _W, _B = Bronsoort.METHODIEK, Bronsoort.WET, Bronsoort.BELEID
_E = Bronsoort.BIBLIOTHEEK

_RIJEN: Final = (
    ("R-KKW-1", "kennen, kunnen en willen als oorzaak", _M, "seed 002 §2 punt 1; seed 000"),
    ("R-KKW-2", "diagnose per betrokkene", _M, "seed 000"),
    ("R-KKW-3", "van handelingsverlegen naar handelingsbekwaam", _M, "seed 000; seed 002 §3.3"),
    ("R-REG-1", "de zes vragen per regio", _M, "seed 000; seed 002 §2"),
    ("R-REG-2", "eerst de leerlingen met naam", _M, "seed 002 §2 punt 2; seed 003 fase 1"),
    ("R-REG-3", "eerst de leerling, dan het systeem", _M, "seed 002 §3.1.1"),
    ("R-REG-4", "wat een regio is", _M, "seed 002, voetnoot 2"),
    ("R-LC-1", "een interventie begint bij een hulpvraag", _M, "seed 002 §2 punt 3; seed 000"),
    ("R-LC-2", "heeft Gedragswerk een rol", _M, "seed 002 §2"),
    ("R-LC-3", "gesprekken, werkagenda en resultaten", _M, "seed 000; seed 002 §2"),
    ("R-LC-4", "tijdelijk, nooit de verantwoordelijkheid overnemen", _M, "seed 002 §2 punt 5"),
    ("R-LC-5", "afronding", _M, "seed 002 §3.1.1"),
    ("R-LC-6", "overdracht", _M, "seed 002 §2"),
    ("R-LC-7", "doorverwijzing bij het eerste contact", _M, "seed 002 §2 en §3.1.1"),
    ("R-LC-8", "langer durende betrokkenheid; heropening", _M, "seed 002 §3.1.1"),
    ("R-LC-9", "de rollen van de sparringpartner", _M, "seed 002 §2"),
    ("R-LC-10", "gesprekken onder druk en in conflict", _M, "seed 002 §2"),
    ("R-LC-11", "de preventieve vraag", _M, "seed 002 §2 punt 7"),
    ("R-WA-1", "activiteiten van de werkagenda", _M, "seed 003"),
    ("R-WA-2", "de vijf fasen in volgorde", _M, "seed 003"),
    ("R-WA-3", "de thema's per fase", _M, "seed 003"),
    ("R-WA-4", "de aanbevolen activiteiten", _M, "seed 003"),
    ("R-WA-5", "uitgevoerd in en door de regio", _M, "seed 000; seed 002 §2"),
    ("R-WA-6", "altijd ook preventie", _M, "seed 002 §2 punt 7"),
    ("R-ACT-1", "drie niveaus van handelen", _M, "seed 002 §2"),
    ("R-ACT-2", "interne en externe zorgstructuur", _M, "seed 001"),
    ("R-ACT-3", "de partijen", _M, "seed 002 §2"),
    ("R-ACT-4", "de leerling, de mentor en de ouders", _M, "seed 004; seed 003 fase 4"),
    ("R-TAF-1", "de staande actietafel", _M, "seed 002 §3.1.1 en §3.2"),
    ("R-IT-1", "het interventieteam onderwijs-zorg", _M, "seed 002 §3.1.2.7"),
    ("R-RAP-2", "cijfers over wat in het schooljaar gebeurde", _M, "seed 002 §3.1.1"),
    ("R-RAP-3", "gepubliceerde en illustratieve cijfers", _M, "seed 002 §3.1.1"),
    ("R-LPW-1", "begin van de leerplicht", _W, "art. 3 lid 1"),
    ("R-LPW-2", "einde van de volledige leerplicht", _W, "art. 3 lid 1 onder a en b, lid 2"),
    ("R-LPW-3", "kwalificatieplicht", _W, "art. 1 onder f, art. 4a en 4b"),
    ("R-LPW-4", "RMC tot 23 jaar", _B, "RMC-functie (WVO/WEB); DUO"),
    ("R-LPW-5", "absoluut en (langdurig) relatief verzuim", _W, "art. 2 lid 1, art. 21a"),
    ("R-LPW-6", "16 uur in 4 schoolweken", _W, "art. 21a; Inspectie van het onderwijs (lesuren)"),
    ("R-LPW-7", "vrijstellingen", _W, "art. 3a, 3b, 5, 5a, 11, 15"),
    ("R-LPW-8", "thuiszitter", _B, "brief OCW 3 februari 2016, Kamerstuk 26695-108"),
    ("R-LPW-9", "schooljaar 1 augustus t/m 31 juli", _W, "art. 1 (begripsbepalingen)"),
    ("R-LPW-10", "meldingen aan DUO", _W, "art. 21a, 21b; Kamerstuk 32356 nr. 3"),
    ("R-LPW-11", "vrijstelling en verlof zijn geen verzuim", _W, "art. 11, 13a, 14"),
    ("R-LPW-12", "verlof", _W, "art. 13a en 14 lid 3"),
    ("R-LPW-13", "gedateerde regels", _W, "wetsversies (Stb.); Kamerstuk 36663"),
    ("R-LPW-14", "thuiszittercijfers per regio", _B, "OCW jaarcijfers; Thuiszitterspact"),
    ("R-GEB-1", "gebeurtenissen in tijdsvolgorde", _E, "docs/architecture.md (de gebeurtenissen)"),
    (
        "R-VKL-1",
        "verklaringen van partijen, vastgelegd in de geschiedenis",
        _E,
        "docs/verantwoording.md (verklaringen); zij dienen R-LC-5, R-LC-6 en R-LC-7",
    ),
    ("R-GEB-2", "niet vastgelegd voordat het gebeurde", _E, "docs/verantwoording.md (bekend op)"),
    ("R-GEB-3", "vastleggingen in volgorde: alleen toevoegen", _E, "docs/verantwoording.md"),
    ("R-GEB-4", "correctie zonder heropening", _E, "docs/verantwoording.md (bekend op)"),
)

REGELBRONNEN: Final[Mapping[str, Regelbron]] = MappingProxyType(
    {
        regel: Regelbron(regel, onderwerp, soort, bron, LEERPLICHTWET if soort is _W else None)
        for regel, onderwerp, soort, bron in _RIJEN
    }
)
"""Every rule the library cites, by id, with its source."""
