"""Strategies for the werkagenda: activities, agendas (draft and agreed), findings, progress.

Private: use them through `gedragswerk_core.strategies`, which checks that Hypothesis is there.
"""

from __future__ import annotations

import datetime as dt
import string
from functools import cache

from hypothesis import strategies as st

from gedragswerk_core.leerplicht.schoolkalender import Periode
from gedragswerk_core.partijen import Partij
from gedragswerk_core.strategies._basis import (
    datums,
    korte_teksten,
    labels,
    partijen,
    regionale_partijen,
)
from gedragswerk_core.strategies._leerplicht import perioden
from gedragswerk_core.strategies._tafels import interventie_refs
from gedragswerk_core.werkagenda.activiteit import (
    Activiteit,
    Fase,
    Kolom,
    PdcaStap,
    Thema,
    Uitvoeringsstatus,
)
from gedragswerk_core.werkagenda.catalogus import AANBEVELINGEN, Aanbeveling
from gedragswerk_core.werkagenda.controle import Bevinding, Ernst
from gedragswerk_core.werkagenda.voortgang import (
    Evaluatiemoment,
    FaseVoortgang,
    Stand,
    Voortgang,
    voortgang,
)
from gedragswerk_core.werkagenda.werkagenda import Afspraak, Werkagenda, stem_in

__all__ = [
    "aanbevelingen",
    "aanbevelingscodes",
    "activiteiten",
    "afgesproken_werkagendas",
    "afspraken",
    "bevindingen",
    "evaluatiemomenten",
    "fasevoortgangen",
    "ingevulde_werkagendas",
    "lopende_werkagendas",
    "voortgangen",
    "werkagendas",
]

_GEREALISEERD = Uitvoeringsstatus.GEREALISEERD
_WANNEER_DAGEN = 200


@cache
def _codes() -> st.SearchStrategy[str]:
    """Activity codes such as ``AB-12``."""
    return st.builds(
        "{}-{}".format,
        st.text(string.ascii_uppercase, min_size=1, max_size=3),
        st.text(string.digits, min_size=1, max_size=3),
    )


@cache
def _wie() -> st.SearchStrategy[tuple[Partij, ...]]:
    return st.just(()) | st.lists(partijen(), min_size=1, max_size=3, unique=True).map(tuple)


@st.composite
def _activiteit(
    draw: st.DrawFn, code: str | None, wanneer: st.SearchStrategy[Periode]
) -> Activiteit:
    status = draw(st.sampled_from(Uitvoeringsstatus))
    bewijs = None
    if status is _GEREALISEERD:
        bewijs = draw(st.none() | korte_teksten())
    return Activiteit(
        draw(_codes()) if code is None else code,
        fase=draw(st.none() | st.sampled_from(Fase)),
        thema=draw(st.none() | st.sampled_from(Thema)),
        omschrijving=draw(st.none() | korte_teksten()),
        wie=draw(_wie()),
        wanneer=draw(st.none() | wanneer),
        instrumenten=draw(st.lists(korte_teksten(), max_size=2).map(tuple)),
        resultaat=draw(st.none() | korte_teksten()),
        doel=draw(st.none() | korte_teksten()),
        preventief=draw(st.booleans()),
        status=status,
        bewijs=bewijs,
        pdca=draw(st.none() | st.sampled_from(PdcaStap)),
    )


def _perioden(
    min_value: dt.date | None, max_value: dt.date | None, max_dagen: int
) -> st.SearchStrategy[Periode]:
    if min_value is None and max_value is None and max_dagen == _WANNEER_DAGEN:
        return _alle_wanneer()
    return perioden(min_value, max_value, max_dagen=max_dagen)


@cache
def _alle_wanneer() -> st.SearchStrategy[Periode]:
    return perioden(max_dagen=_WANNEER_DAGEN)


def activiteiten(
    code: str | None = None,
    *,
    min_value: dt.date | None = None,
    max_value: dt.date | None = None,
    max_dagen: int = _WANNEER_DAGEN,
) -> st.SearchStrategy[Activiteit]:
    """Any activity, columns filled or not, any status: drafts as well as finished rows.

    ``code`` fixes the code; a period, when there is one, begins between the bounds (2000–2040)
    and lasts up to ``max_dagen`` + 1 days.
    """
    return _activiteit(code, _perioden(min_value, max_value, max_dagen))


@st.composite
def _werkagenda(
    draw: st.DrawFn, max_activiteiten: int, wanneer: st.SearchStrategy[Periode]
) -> Werkagenda:
    n = draw(st.integers(0, max_activiteiten))
    codes = dict.fromkeys(draw(st.lists(_codes(), min_size=n, max_size=n)))
    return Werkagenda(
        draw(korte_teksten()),
        tuple(draw(_activiteit(code, wanneer)) for code in codes),
        interventie=draw(st.none() | interventie_refs()),
    )


def werkagendas(
    *,
    max_activiteiten: int = 8,
    min_value: dt.date | None = None,
    max_value: dt.date | None = None,
    max_dagen: int = _WANNEER_DAGEN,
) -> st.SearchStrategy[Werkagenda]:
    """Draft werkagendas of up to ``max_activiteiten`` `activiteiten` with distinct codes.

    Not agreed, and not necessarily passing `controleer`: the checks have something to find.
    """
    return _werkagenda(max_activiteiten, _perioden(min_value, max_value, max_dagen))


def _ingevulde_rij(
    draw: st.DrawFn, aanbeveling: Aanbeveling, status: Uitvoeringsstatus
) -> Activiteit:
    return aanbeveling.als_activiteit(
        wie=draw(st.lists(regionale_partijen(), min_size=1, max_size=2, unique=True)),
        wanneer=draw(_alle_wanneer()),
        instrumenten=aanbeveling.instrumenten or ("eigen instrument",),
        resultaat=draw(korte_teksten()),
        doel=draw(korte_teksten()),
        status=status,
        bewijs="verslag" if status is _GEREALISEERD else None,
    )


@st.composite
def _ingevuld(draw: st.DrawFn) -> Werkagenda:
    gekozen = draw(st.lists(st.sampled_from(AANBEVELINGEN), min_size=1, unique=True))
    rijen = [_ingevulde_rij(draw, a, draw(st.sampled_from(Uitvoeringsstatus))) for a in gekozen]
    return Werkagenda(draw(korte_teksten()), tuple(rijen))


@cache
def ingevulde_werkagendas() -> st.SearchStrategy[Werkagenda]:
    """Draft werkagendas of catalogue entries (R-WA-4) with all eight columns filled (R-WA-1)."""
    return _ingevuld()


_PREVENTIEF = tuple(a for a in AANBEVELINGEN if a.preventief)
_OPEN_OF_KLAAR = tuple(s for s in Uitvoeringsstatus if s is not Uitvoeringsstatus.VERVALLEN)


@st.composite
def _afgesproken(draw: st.DrawFn) -> Werkagenda:
    preventie = draw(st.sampled_from(_PREVENTIEF))  # R-WA-6: one prevention item in the plan
    andere = draw(st.lists(st.sampled_from(AANBEVELINGEN), max_size=2, unique=True))
    rijen = [_ingevulde_rij(draw, preventie, draw(st.sampled_from(_OPEN_OF_KLAAR)))]
    rijen += [
        _ingevulde_rij(draw, a, draw(st.sampled_from(Uitvoeringsstatus)))
        for a in andere
        if a is not preventie
    ]
    concept = Werkagenda(draw(korte_teksten()), tuple(rijen))
    dragers = tuple(dict.fromkeys(p for a in rijen for p in a.wie))  # R-WA-5: all of them agree
    return stem_in(concept, draw(datums()), dragers)


@cache
def afgesproken_werkagendas() -> st.SearchStrategy[Werkagenda]:
    """Agreed werkagendas (R-WA-5), agreed by every party that carries an activity.

    Catalogue entries with every column filled (R-WA-1), a prevention item among them (R-WA-6).
    """
    return _afgesproken()


@cache
def afspraken() -> st.SearchStrategy[Afspraak]:
    """Agreements: a day and one to three distinct parties (R-WA-5)."""
    return st.builds(
        Afspraak, datums(), st.lists(partijen(), min_size=1, max_size=3, unique=True).map(tuple)
    )


@cache
def bevindingen() -> st.SearchStrategy[Bevinding]:
    """Findings of any rule R-WA-1 … R-WA-6 and seriousness, placed or not.

    With or without a code (``R-WA-1.kolommen``) and a Dutch text.
    """
    return st.builds(
        _bevinding,
        st.integers(1, 6).map("R-WA-{}".format),
        st.sampled_from(Ernst),
        korte_teksten(),
        st.tuples(
            st.none() | st.sampled_from(Fase),
            st.none() | _codes(),
            st.none() | st.sampled_from(Kolom),
        ),
        st.tuples(
            st.none() | st.sampled_from(["kolommen", "volgorde", "thema", "drager", "preventie"]),
            st.none() | korte_teksten(),
        ),
    )


def _bevinding(
    regel: str,
    ernst: Ernst,
    uitleg: str,
    plaats: tuple[Fase | None, str | None, Kolom | None],
    tekst: tuple[str | None, str | None],
) -> Bevinding:
    deel, nl = tekst
    code = regel if deel is None else f"{regel}.{deel}"
    return Bevinding(regel, ernst, uitleg, *plaats, code=code, nl=nl)


@cache
def aanbevelingscodes() -> st.SearchStrategy[str]:
    """The codes of the catalogue's entries (R-WA-4), ``WA-1.1`` … ``WA-5.3``."""
    return st.sampled_from([a.code for a in AANBEVELINGEN])


@st.composite
def _aanbeveling(draw: st.DrawFn) -> Aanbeveling:
    thema = draw(st.sampled_from(Thema))
    pdca = draw(st.none() | st.sampled_from(PdcaStap)) if thema.fase is Fase.ACTIVEREN else None
    return Aanbeveling(
        f"WA-{thema.fase.nummer}.{draw(st.integers(1, 99))}",
        thema,
        draw(labels()),
        draw(korte_teksten()),
        draw(st.booleans()),
        draw(st.lists(labels(), max_size=2).map(tuple)),
        pdca,
    )


@cache
def aanbevelingen() -> st.SearchStrategy[Aanbeveling]:
    """Entries of the catalogue, and made-up entries whose code fits their theme (R-WA-3)."""
    return st.sampled_from(AANBEVELINGEN) | _aanbeveling()


@st.composite
def _fasevoortgang(draw: st.DrawFn) -> FaseVoortgang:
    gepland, bezig, klaar, vervallen = (draw(st.integers(0, 20)) for _ in range(4))
    te_laat = draw(st.lists(_codes(), max_size=min(gepland + bezig, 5), unique=True))
    return FaseVoortgang(draw(st.sampled_from(Fase)), gepland, bezig, klaar, vervallen, te_laat)


@cache
def fasevoortgangen() -> st.SearchStrategy[FaseVoortgang]:
    """The progress of a phase: counts per status, and codes of open activities overdue."""
    return _fasevoortgang()


@st.composite
def _evaluatiemoment(draw: st.DrawFn) -> Evaluatiemoment:
    wanneer = draw(st.none() | _alle_wanneer())
    stand = (
        Stand.ONGEPLAND
        if wanneer is None
        else draw(st.sampled_from([Stand.VOORBIJ, Stand.NU, Stand.KOMEND]))
    )
    return Evaluatiemoment(
        draw(_codes()),
        draw(st.sampled_from(PdcaStap)),
        wanneer,
        draw(st.sampled_from(Uitvoeringsstatus)),
        stand,
    )


@cache
def evaluatiemomenten() -> st.SearchStrategy[Evaluatiemoment]:
    """PDCA moments of phase 5 (R-WA-3); unplanned exactly when there is no period."""
    return _evaluatiemoment()


@st.composite
def _lopende_rij(draw: st.DrawFn, code: str, wanneer: st.SearchStrategy[Periode]) -> Activiteit:
    status = draw(st.sampled_from(Uitvoeringsstatus))
    return Activiteit(
        code,
        fase=draw(st.none() | st.sampled_from(Fase)),
        wanneer=draw(st.none() | wanneer),
        status=status,
        bewijs="verslag" if status is _GEREALISEERD else None,
        pdca=draw(st.none() | st.sampled_from(PdcaStap)),
    )


@st.composite
def _lopend(
    draw: st.DrawFn, max_activiteiten: int, wanneer: st.SearchStrategy[Periode]
) -> Werkagenda:
    n = draw(st.integers(0, max_activiteiten))
    return Werkagenda("Tiel", tuple(draw(_lopende_rij(f"R-{i}", wanneer)) for i in range(n)))


def lopende_werkagendas(
    min_value: dt.date | None = None,
    max_value: dt.date | None = None,
    *,
    max_activiteiten: int = 10,
    max_dagen: int = 90,
) -> st.SearchStrategy[Werkagenda]:
    """Werkagendas under way, with just what progress looks at (`voortgang`).

    Up to ``max_activiteiten`` rows with a phase or none, a period or none (beginning between the
    bounds, up to ``max_dagen`` + 1 days), any status (evidence when realised) and a PDCA step or
    none; the other columns are left empty.
    """
    if min_value is None and max_value is None and (max_activiteiten, max_dagen) == (10, 90):
        return _alle_lopende()
    return _lopend(max_activiteiten, perioden(min_value, max_value, max_dagen=max_dagen))


@cache
def _alle_lopende() -> st.SearchStrategy[Werkagenda]:
    return _lopend(10, perioden(max_dagen=90))


_VENSTER = (dt.date(2016, 1, 1), dt.date(2017, 12, 31))


@cache
def voortgangen() -> st.SearchStrategy[Voortgang]:
    """The progress (`voortgang`) of `lopende_werkagendas` of up to four rows on a reference date.

    The periods and the reference date lie in 2016–2017, so rows are overdue, under way or to come.
    """
    agendas = lopende_werkagendas(*_VENSTER, max_activiteiten=4)
    return st.builds(voortgang, agendas, datums(*_VENSTER))
