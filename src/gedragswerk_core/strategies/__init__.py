"""Hypothesis strategies that generate valid values of the library's public types.

For downstream tests: generate pupils, parties, hulpvragen and whole interventions, diagnoses,
explorations of a regio, werkagendas, school calendars, leerplicht statuses and verzuim, and the
reporting values — shares (`aandelen`), contacts and their counts, survey responses and outcomes,
annual figures (`jaarcijfers_waarden`) — and check your own integration against them. The
library's own tests use the same strategies. Needs the ``strategies`` extra
(``pip install 'gedragswerk-core[strategies]'``); without Hypothesis, importing this module raises
`MissingExtraError`.

Every strategy makes values that their constructors accept; strategies without arguments are
built once and shared. `waarden` gives the strategy for any public value class and `waardetypen`
lists the classes covered: every value class the package exports (the attrs classes and
`Interventie`, which holds its events).

Dates are ``pendulum.Date`` values from 2000 to 2040 unless bounds are given (``min_value``,
``max_value``, both included). Moments are drawn in Europe/Amsterdam, except those of
`contacten`, which also come in zones far from it, so that the day in Amsterdam is not always the
local one; the values keep each as its UTC instant.
Texts that may be personal (notes, answers) are drawn from all of Unicode; labels (names of
parties, regions, sources) are short capitalised words.

Examples:
    >>> from hypothesis import given
    >>> from gedragswerk_core import strategies as gst
    >>> @given(gst.interventies())
    ... def test_state_is_the_fold(interventie):
    ...     assert Interventie(interventie.gebeurtenissen) == interventie
    >>> test_state_is_the_fold()
"""

from __future__ import annotations

from functools import cache
from typing import Any

from gedragswerk_core.errors import InvalidValueError, MissingExtraError

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised without the extra installed
    raise MissingExtraError("gedragswerk_core.strategies", "strategies", "hypothesis") from exc

from gedragswerk_core.besluit import Besluit, Gegeven, Reden, Tekst
from gedragswerk_core.diagnose.diagnose import Beoordeling, Diagnose
from gedragswerk_core.diagnose.effect import Celwijziging, Effect, Vergelijking
from gedragswerk_core.errors import ErrorDetail
from gedragswerk_core.interventie.gebeurtenissen import (
    GEBEURTENISSEN,
    Afrondingsverklaring,
    Overdrachtsvoorstel,
    Partijverklaring,
)
from gedragswerk_core.interventie.hulpvraag import BetrokkenLeerling, Hulpvraag
from gedragswerk_core.interventie.interventie import Interventie, Toestand
from gedragswerk_core.koppeling import Herbeoordeling, InterventieRef
from gedragswerk_core.leerling import Leerling, LeerlingRef, Referentiepatroon
from gedragswerk_core.leerplicht.afwezigheid import Verzuimregels
from gedragswerk_core.leerplicht.feit import Feit
from gedragswerk_core.leerplicht.schoolkalender import Periode, Schoolkalender
from gedragswerk_core.leerplicht.status import Leerplichtstatus
from gedragswerk_core.leerplicht.thuiszitters import Leerlingverzuim, Thuiszittertelling
from gedragswerk_core.leerplicht.verzuim import Afwezigheid, Melding, Verzuimbeoordeling
from gedragswerk_core.leerplicht.vrijstelling import Vrijstelling
from gedragswerk_core.leerplicht.wetsversies import Wetsversie
from gedragswerk_core.partijen import Partij
from gedragswerk_core.rapportage.aandeel import Aandeel
from gedragswerk_core.rapportage.contact import Contact, Contacttelling
from gedragswerk_core.rapportage.enquete import (
    Effectantwoord,
    EnqueteRespons,
    EnqueteUitkomsten,
    Typeaandeel,
    Vraaguitkomst,
)
from gedragswerk_core.rapportage.jaarcijfers import (
    Jaarcijfers,
    Labeltelling,
    Maandtelling,
    Systeemvraagtelling,
)
from gedragswerk_core.regio.regio import Antwoord, Regio, Verkenning, Vraagstand
from gedragswerk_core.regio.systeemvragen import Systeemvraag
from gedragswerk_core.schooljaar import Schooljaar
from gedragswerk_core.signaal import Signaal
from gedragswerk_core.strategies._basis import (
    besluiten,
    bsns,
    datums,
    gegevens,
    gevaarlijke_teksten,
    korte_teksten,
    labels,
    leerling_refs,
    leerlingen,
    momenten,
    namen,
    partijen,
    redenen,
    referentiepatronen,
    regionale_partijen,
    schooljaren,
    signalen,
    teksten,
)
from gedragswerk_core.strategies._diagnose import (
    antwoorden,
    antwoordreeksen,
    beoordelingen,
    celwijzigingen,
    diagnoseparen,
    diagnoses,
    effecten,
    geschreven_systeemvraagcodes,
    regios,
    systeemvraagcodes,
    systeemvragen,
    vergelijkingen,
    verkenningen,
    vraagstanden,
)
from gedragswerk_core.strategies._interventie import (
    afrondingsverklaringen,
    betrokken_leerlingen,
    correcties,
    gebeurtenissen,
    gebeurtenissen_na,
    hulpvragen,
    interventies,
    overdrachtsvoorstellen,
    partijverklaringen,
)
from gedragswerk_core.strategies._leerplicht import (
    afwezigheden,
    afwezigheidsreeksen,
    feiten,
    leerlingverzuimen,
    leerplichtstatussen,
    meldingen,
    perioden,
    schoolkalenders,
    schrikkeldatums,
    thuiszittertellingen,
    verzuimbeoordelingen,
    verzuimregels,
    vrijstellingen,
    wetsversies,  # R-LPW-13 (issue 23)
)
from gedragswerk_core.strategies._rapportage import (
    aandelen,
    contacten,
    contacttellingen,
    effectantwoorden,
    enqueteresponsen,
    enqueteuitkomsten,
    jaarcijfers_waarden,
    labeltellingen,
    maandtellingen,
    systeemvraagtellingen,
    typeaandelen,
    vraaguitkomsten,
)
from gedragswerk_core.strategies._tafels import (
    actietafels,
    herbeoordelingen,
    interventie_refs,
    interventieteams,
    tafelgebeurtenissen,
    tafelstanden,
)
from gedragswerk_core.strategies._verantwoording import (
    mogelijkheden,
    ontvangstbewijzen,
    regelbronnen,
)
from gedragswerk_core.strategies._werkagenda import (
    aanbevelingen,
    aanbevelingscodes,
    activiteiten,
    afgesproken_werkagendas,
    afspraken,
    bevindingen,
    evaluatiemomenten,
    fasevoortgangen,
    ingevulde_werkagendas,
    lopende_werkagendas,
    voortgangen,
    werkagendas,
)
from gedragswerk_core.tafels.gebeurtenissen import TAFELGEBEURTENISSEN
from gedragswerk_core.tafels.tafel import Actietafel, Interventieteam, Tafelstand
from gedragswerk_core.verantwoording import Mogelijkheid, Ontvangstbewijs, Regelbron
from gedragswerk_core.werkagenda.activiteit import Activiteit
from gedragswerk_core.werkagenda.catalogus import Aanbeveling
from gedragswerk_core.werkagenda.controle import Bevinding
from gedragswerk_core.werkagenda.voortgang import Evaluatiemoment, FaseVoortgang, Voortgang
from gedragswerk_core.werkagenda.werkagenda import Afspraak, Werkagenda

__all__ = [
    "aanbevelingen",
    "aanbevelingscodes",
    "aandelen",
    "actietafels",
    "activiteiten",
    "afgesproken_werkagendas",
    "afrondingsverklaringen",
    "afspraken",
    "afwezigheden",
    "afwezigheidsreeksen",
    "antwoorden",
    "antwoordreeksen",
    "beoordelingen",
    "besluiten",
    "betrokken_leerlingen",
    "bevindingen",
    "bsns",
    "celwijzigingen",
    "contacten",
    "contacttellingen",
    "correcties",
    "datums",
    "diagnoseparen",
    "diagnoses",
    "effectantwoorden",
    "effecten",
    "enqueteresponsen",
    "enqueteuitkomsten",
    "evaluatiemomenten",
    "fasevoortgangen",
    "feiten",
    "gebeurtenissen",
    "gebeurtenissen_na",
    "gegevens",
    "geschreven_systeemvraagcodes",
    "gevaarlijke_teksten",
    "herbeoordelingen",
    "hulpvragen",
    "ingevulde_werkagendas",
    "interventie_refs",
    "interventies",
    "interventieteams",
    "jaarcijfers_waarden",
    "korte_teksten",
    "labels",
    "labeltellingen",
    "leerling_refs",
    "leerlingen",
    "leerlingverzuimen",
    "leerplichtstatussen",
    "lopende_werkagendas",
    "maandtellingen",
    "meldingen",
    "mogelijkheden",
    "momenten",
    "namen",
    "ontvangstbewijzen",
    "overdrachtsvoorstellen",
    "partijen",
    "partijverklaringen",
    "perioden",
    "redenen",
    "referentiepatronen",
    "regelbronnen",
    "regionale_partijen",
    "regios",
    "schooljaren",
    "schoolkalenders",
    "schrikkeldatums",
    "signalen",
    "systeemvraagcodes",
    "systeemvraagtellingen",
    "systeemvragen",
    "tafelgebeurtenissen",
    "tafelstanden",
    "teksten",
    "thuiszittertellingen",
    "typeaandelen",
    "vergelijkingen",
    "verkenningen",
    "verzuimbeoordelingen",
    "verzuimregels",
    "voortgangen",
    "vraagstanden",
    "vraaguitkomsten",
    "vrijstellingen",
    "waarden",
    "waardetypen",
    "werkagendas",
    "wetsversies",
]


def _waarden() -> dict[type, st.SearchStrategy[Any]]:
    """The strategy per public value class.

    Every attrs class in ``gedragswerk_core.__all__`` is here: built on its own, the derived ones
    (`Leerplichtstatus`, `Verzuimbeoordeling`, `Voortgang`, `Vergelijking`, `EnqueteUitkomsten`)
    through the functions that derive them, and `Jaarcijfers` from counts that agree with each
    other. tests/test_strategies.py keeps this table and the package's exports in step.

    The interventions, werkagendas and explorations here are smaller than the public strategies'
    defaults: every round-trip and schema test draws each class 200 times.
    """
    table: dict[type, st.SearchStrategy[Any]] = {
        Leerling: leerlingen(),
        LeerlingRef: leerling_refs(),
        Referentiepatroon: referentiepatronen(),
        Partij: partijen(),
        Schooljaar: schooljaren(),
        Reden: redenen(),
        Gegeven: gegevens(),
        Tekst: teksten(),
        ErrorDetail: st.builds(
            ErrorDetail,
            st.sampled_from(["$", "$.moment", "$.gebeurtenissen[2].moment"]),
            st.sampled_from(["required field missing", "expected a date as YYYY-MM-DD"]),
            st.sampled_from(["missing", "unknown_field", "invalid", "refused"]),
            st.none() | st.sampled_from(["R-LC-6", "R-GEB-1"]),
        ),
        Besluit: besluiten(),
        Regelbron: regelbronnen(),
        Ontvangstbewijs: ontvangstbewijzen(),
        Mogelijkheid: mogelijkheden(),
        Hulpvraag: hulpvragen(),
        BetrokkenLeerling: betrokken_leerlingen(),
        Afrondingsverklaring: afrondingsverklaringen(),
        Overdrachtsvoorstel: overdrachtsvoorstellen(),
        Partijverklaring: partijverklaringen(),
        Interventie: interventies(max_stappen=6),
        Toestand: interventies(max_stappen=6).map(lambda i: i.toestand),
        Signaal: signalen(),
        InterventieRef: interventie_refs(),
        Herbeoordeling: herbeoordelingen(),
        # --- standing tables and the interventieteam, R-TAF-1, R-IT-1 ---
        Actietafel: actietafels(max_stappen=6),
        Interventieteam: interventieteams(max_stappen=6),
        Tafelstand: tafelstanden(),
        # --- diagnosis and effect, R-KKW ---
        Beoordeling: beoordelingen(),
        Diagnose: diagnoses(max_beoordelingen=6),
        Celwijziging: celwijzigingen(),
        Vergelijking: vergelijkingen(),
        Effect: effecten(),
        # --- the regio, its exploration, the systemic questions, R-REG ---
        Regio: regios(),
        Antwoord: antwoorden(),
        Verkenning: verkenningen(max_antwoorden=4),
        Vraagstand: vraagstanden(),
        Systeemvraag: systeemvragen(),
        # --- the werkagenda, R-WA ---
        Activiteit: activiteiten(),
        Werkagenda: werkagendas(max_activiteiten=2) | afgesproken_werkagendas(),
        Afspraak: afspraken(),
        Bevinding: bevindingen(),
        Aanbeveling: aanbevelingen(),
        Voortgang: voortgangen(),
        FaseVoortgang: fasevoortgangen(),
        Evaluatiemoment: evaluatiemomenten(),
        # --- the Leerplichtwet, R-LPW ---
        Periode: perioden(),
        Schoolkalender: schoolkalenders(),
        Vrijstelling: vrijstellingen(),
        Wetsversie: wetsversies(),
        Leerplichtstatus: leerplichtstatussen(),
        Afwezigheid: afwezigheden(),
        Melding: meldingen(),
        Feit: feiten(),
        Verzuimbeoordeling: verzuimbeoordelingen(),
        Verzuimregels: verzuimregels(),
        Leerlingverzuim: leerlingverzuimen(),
        Thuiszittertelling: thuiszittertellingen(),
        # --- reporting: shares, contacts, the survey, the annual figures, R-RAP ---
        Aandeel: aandelen(),
        Contact: contacten(),
        Contacttelling: contacttellingen(),
        Effectantwoord: effectantwoorden(),
        EnqueteRespons: enqueteresponsen(),
        Typeaandeel: typeaandelen(),
        Vraaguitkomst: vraaguitkomsten(),
        EnqueteUitkomsten: enqueteuitkomsten(),
        Maandtelling: maandtellingen(),
        Systeemvraagtelling: systeemvraagtellingen(),
        Labeltelling: labeltellingen(),
        Jaarcijfers: jaarcijfers_waarden(),
    }
    for cls in GEBEURTENISSEN:
        table[cls] = gebeurtenissen(cls)
    for soort in TAFELGEBEURTENISSEN:
        table[soort] = tafelgebeurtenissen(soort)
    return table


@cache
def _tabel() -> dict[type, st.SearchStrategy[Any]]:
    return _waarden()


def waardetypen() -> tuple[type, ...]:
    """Every public value class that `waarden` can generate (and `to_dict` can write)."""
    return tuple(_tabel())


def waarden(cls: type) -> st.SearchStrategy[Any]:
    """Valid values of the public value class ``cls``.

    Examples:
        >>> from hypothesis import given
        >>> from gedragswerk_core import Periode
        >>> @given(waarden(Periode))
        ... def test_a_period_has_days(periode):
        ...     assert periode.dagen >= 1
        >>> test_a_period_has_days()

    Raises:
        InvalidValueError: ``cls`` is not a class, or not one of `waardetypen`.
    """
    if not isinstance(cls, type):
        raise InvalidValueError(
            f"expected a class, got {type(cls).__name__}",
            field="cls",
            hint="pass a value class such as Interventie; see waardetypen()",
        )
    table = _tabel()
    if cls not in table:
        raise InvalidValueError(
            f"no strategy for {cls.__name__}",
            field="cls",
            hint="see waardetypen() for the classes covered",
        )
    return table[cls]
