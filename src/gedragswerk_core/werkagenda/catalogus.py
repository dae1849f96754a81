"""The catalogue of recommended werkagenda activities per phase, to start a draft from (R-WA-4).

The handreiking "Onze gezamenlijke werkagenda thuiszitters" (seed 003, Gedragswerk with Ingrado)
recommends activities for each of the five phases. This catalogue gives each one a stable code
(``WA-<phase>.<n>``, numbered in the handreiking's order within its phase), a short Dutch label and
a description in the library's own words, with its theme (R-WA-3) and whether it is a prevention
(systemic) item (R-WA-6). `concept_werkagenda` turns entries into a draft `Werkagenda` whose
columns "who", "when", "result" and "goal" the region still fills in: `controleer` lists them.

Codes never change meaning: a new entry gets a new code, a dropped one keeps its number.

Interpretation (recorded here, not in the seed): the handreiking lists the themes of phase 4
(Arrangeren) and its activities side by side without linking them; the theme of each phase-4
entry below is this library's reading. Which entries count as prevention is also ours: the
systemic measures that stop new thuiszitters (infrastructure, protocols, transitions between
schools, learn-work provision, quality assurance), in the sense of R-REG-1 question 5.

References:
    - R-WA-4: the handreiking's recommended activities per phase, shipped as a catalogue in the
      library's own words (seed 003).
    - R-WA-2, R-WA-3: the phases and their themes (seed 003).
    - R-WA-6: prevention (seed 002 §2 point 7).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final, final

from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.werkagenda.activiteit import Activiteit, Fase, PdcaStap, Thema
from gedragswerk_core.werkagenda.werkagenda import Werkagenda

__all__ = [
    "AANBEVELINGEN",
    "Aanbeveling",
    "aanbeveling",
    "aanbevelingen_voor",
    "concept_werkagenda",
]

_CODE: Final = re.compile(r"WA-([1-5])\.([1-9][0-9]?)")


def _check_code(inst: object, attribute: object, value: object) -> None:
    del inst, attribute
    if not isinstance(value, str) or _CODE.fullmatch(value) is None:
        raise InvalidValueError(
            "a catalogue code is WA-<phase>.<number>",
            field="Aanbeveling.code",
            regel="R-WA-4",
            hint="e.g. 'WA-1.1' for the first entry of phase 1",
        )


_code_validator: v.Validator = _check_code


@final
@frozen
class Aanbeveling:
    """One recommended activity of the handreiking (R-WA-4).

    Attributes:
        code: stable code ``WA-<phase>.<n>``; its first number is the phase.
        thema: the theme it serves; its phase follows from it (R-WA-3).
        label: a short Dutch label.
        omschrijving: what to do, in the library's own words.
        preventief: a prevention (systemic) item (R-WA-6).
        instrumenten: instruments the handreiking names for it, if any.
        pdca: its step in the Plan-Do-Check-Act cycle (phase 5 only).
        bron: the source it paraphrases.
    """

    code: str = field(validator=_code_validator)
    thema: Thema = field(validator=v.instance_of(Thema))
    label: str = field(validator=v.text(max_length=80))
    omschrijving: str = field(validator=v.text(max_length=600))
    preventief: bool = field(default=False, validator=v.instance_of(bool))
    instrumenten: tuple[str, ...] = field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(str)
    )
    pdca: PdcaStap | None = field(default=None, validator=v.optional_instance_of(PdcaStap))
    bron: str = field(validator=v.text(max_length=80))

    @bron.default
    def _bron(self) -> str:
        fase = self.thema.fase if isinstance(self.thema, Thema) else None
        return f"seed 003, {fase.label}" if fase else "seed 003"

    def __attrs_post_init__(self) -> None:
        """The code's phase number is the theme's phase (R-WA-2, R-WA-3)."""
        if int(self.code[3]) != self.thema.fase.nummer:
            raise InvalidValueError(
                "the code's phase number differs from the phase of the theme",
                field="Aanbeveling.code",
                regel="R-WA-3",
                hint=f"a {self.thema.fase.label} entry has a code WA-{self.thema.fase.nummer}.n",
            )

    @property
    def fase(self) -> Fase:
        """The phase of the entry (R-WA-2)."""
        return self.thema.fase

    def als_activiteit(self, code: str | None = None, **kolommen: object) -> Activiteit:
        """A werkagenda activity started from this entry, with any columns filled in.

        The activity gets this entry's code (or ``code``), phase, theme, description,
        instruments, prevention flag and PDCA step, and ``bron`` set to this entry's code.

        Examples:
            >>> a = aanbeveling("WA-1.3").als_activiteit()
            >>> a.code, a.fase.label, a.bron, [k.value for k in a.ontbrekende_kolommen]
            ('WA-1.3', '1. Verkennen', 'WA-1.3', ['wie', 'wanneer', 'instrumenten', 'resultaat', 'doel'])

        Raises:
            InvalidValueError: a column name or value that `Activiteit` does not accept.
        """  # noqa: E501
        basis = Activiteit(
            self.code if code is None else code,
            fase=self.fase,
            thema=self.thema,
            omschrijving=self.omschrijving,
            instrumenten=self.instrumenten,
            preventief=self.preventief,
            pdca=self.pdca,
            bron=self.code,
        )
        return basis.met(**kolommen) if kolommen else basis

    def __str__(self) -> str:
        """``WA-1.3 totaallijst met namen``."""
        return f"{self.code} {self.label}"


_A = Aanbeveling
_T = Thema

# seed 003, the five phase tables, each activity described in our own words.
AANBEVELINGEN: Final[tuple[Aanbeveling, ...]] = (
    # 1. Verkennen
    _A(
        "WA-1.1",
        _T.TELLEN_VOLGEN_EN_KENNEN,
        "dataverzameling voorop",
        "Put collecting figures first: make one staff member of the samenwerkingsverband "
        "responsible for gathering, from schools and municipalities, the data on pupils who sit "
        "at home or may soon.",
    ),
    _A(
        "WA-1.2",
        _T.INITIATIEF_EN_REGIE,
        "initiatief en regie bij het SWV",
        "Where the parties have not yet agreed who leads, the samenwerkingsverband takes the "
        "first step and directs the approach to thuiszitters.",
    ),
    _A(
        "WA-1.3",
        _T.TELLEN_VOLGEN_EN_KENNEN,
        "totaallijst met namen",
        "Begin from one complete list of the pupils concerned, each known by name (R-REG-2); "
        "concrete children make the problem urgent and easy to put on the agenda.",
    ),
    _A(
        "WA-1.4",
        _T.INITIATIEF_EN_REGIE,
        "routekaart gebruiken",
        "Map the present situation and draft the werkagenda with the route map for passend "
        "onderwijs without thuiszitters made by Ingrado and Gedragswerk.",
        instrumenten=("routekaart passend onderwijs zonder thuiszitters",),
    ),
    # 2. Betrekken
    _A(
        "WA-2.1",
        _T.COMMUNICEREN,
        "informatie over thuiszitters",
        "The samenwerkingsverband keeps information about thuiszitters that is easy to find and "
        "read, up to date and complete.",
    ),
    _A(
        "WA-2.2",
        _T.COMMUNICEREN,
        "informatie op maat",
        "Package the information differently for each group of field actors, from those who "
        "need a broad overview at a distance to those working on one child.",
    ),
    _A(
        "WA-2.3",
        _T.COMMUNICEREN,
        "informeren of aanzetten tot actie",
        "Tell apart information that is only for knowing, for which mail, a letter or a flyer "
        "will do, from information meant to make someone act, which calls for a personal "
        "conversation unless it is certain the receiver will act straight away.",
        instrumenten=("e-mail, brief of flyer", "persoonlijk gesprek"),
    ),
    # 3. Ontwikkelen
    _A(
        "WA-3.1",
        _T.SAMEN_TEMPO_MAKEN,
        "werkende infrastructuur",
        "Build a structure that works, in which every party that matters has a place and a role.",
        preventief=True,
    ),
    _A(
        "WA-3.2",
        _T.SAMEN_TEMPO_MAKEN,
        "drie niveaus in de infrastructuur",
        "Make that structure span the three levels: policy and governance, management and "
        "organisation, and execution (R-ACT-1).",
        preventief=True,
    ),
    _A(
        "WA-3.3",
        _T.SAMEN_TEMPO_MAKEN,
        "protocollen verzuim en thuiszitten",
        "Write simple protocols for absence (verzuim) and for sitting at home that leave no gaps.",
        preventief=True,
    ),
    _A(
        "WA-3.4",
        _T.SAMEN_TEMPO_MAKEN,
        "loopvermogen regelen",
        "Arrange the capacity to act at once, for instance as soon as a thuiszitter is reported "
        "or a question needs an answer.",
    ),
    # 4. Arrangeren
    _A(
        "WA-4.1",
        _T.OPERATIONELE_AANPAK,
        "arrangementen vooraf",
        "Prepare a few arrangements for thuiszitters before they are needed.",
    ),
    _A(
        "WA-4.2",
        _T.OPERATIONELE_AANPAK,
        "snel maatwerk",
        "Keep enough capacity to act to offer a tailor-made solution quickly.",
    ),
    _A(
        "WA-4.3",
        _T.OPERATIONELE_AANPAK,
        "droogzwemsessies",
        "Rehearse the approach with the partners on real cases in one or more dry-run sessions, "
        "to be sure what was designed works in practice.",
        instrumenten=("droogzwemsessie met echte casuïstiek",),
    ),
    _A(
        "WA-4.4",
        _T.OPERATIONELE_AANPAK,
        "dwang en drang oefenen",
        "In those dry runs, work explicitly through cases where pressure or compulsion "
        "(dwang en drang) is needed.",
    ),
    _A(
        "WA-4.5",
        _T.OPERATIONELE_AANPAK,
        "zorgplicht, gemeente en ouders",
        "Look at three things together: how school boards carry out their zorgplicht, the "
        "support the municipality offers, and the cooperation with parents or carers.",
    ),
    _A(
        "WA-4.6",
        _T.DOORGAANDE_LIJN,
        "samenwerking pro, vso en mbo",
        "As samenwerkingsverband, invest in working well with praktijkonderwijs, voortgezet "
        "speciaal onderwijs and mbo.",
        preventief=True,
    ),
    _A(
        "WA-4.7",
        _T.SAMENWERKEN_MET_WERKGEVERS,
        "leer-werkarrangementen",
        "Build, with the partners, an offer of arrangements that combine learning and working.",
        preventief=True,
    ),
    _A(
        "WA-4.8",
        _T.OPERATIONELE_AANPAK,
        "morgen kunnen beginnen",
        "Give priority to a few arrangements in a safe setting that a pupil can start the next "
        "day.",
    ),
    _A(
        "WA-4.9",
        _T.DOORGAANDE_LIJN,
        "overstap en overdracht",
        "Agree in advance with praktijkonderwijs, vso and mbo how pupils move over and how "
        "they are handed over, so that no pupil drops out and becomes a thuiszitter.",
        preventief=True,
    ),
    _A(
        "WA-4.10",
        _T.OPERATIONELE_AANPAK,
        "ouders vroeg betrekken",
        "Involve parents and carers closely, and as early as possible, in the activities.",
    ),
    _A(
        "WA-4.11",
        _T.KWALITEIT_BEWAKEN,
        "thuiszitters in de kwaliteitszorg",
        "Give thuiszitters a visible place in the quality assurance of the samenwerkingsverband.",
        preventief=True,
        instrumenten=("externe audit", "zelfevaluatie", "visitatie"),
    ),
    # 5. Activeren
    _A(
        "WA-5.1",
        _T.UITVOEREN_EN_LEREN,
        "vinger aan de pols",
        "Organise feedback on the work as a standing habit, for instance by inviting critical "
        "friends.",
        instrumenten=("kritische vrienden",),
    ),
    _A(
        "WA-5.2",
        _T.UITVOEREN_EN_LEREN,
        "PDCA en leerbijeenkomsten",
        "Set up a Plan-Do-Check-Act quality cycle and meet to learn from the experience so far; "
        "the results of the project Kwaliteit Speciaal may help.",
        instrumenten=("Plan-Do-Check-Act-cyclus",),
        pdca=PdcaStap.CHECK,
    ),
    _A(
        "WA-5.3",
        _T.UITVOEREN_EN_LEREN,
        "motivatie en betrokkenheid",
        "Keep the partners' and your own motivation and commitment high, above all through "
        "regular personal contact in which good and bad experiences and their lessons are "
        "shared.",
    ),
)
"""The handreiking's recommended activities, phase by phase, in its order (seed 003)."""

_PER_CODE: Final = {a.code: a for a in AANBEVELINGEN}


def aanbeveling(code: str) -> Aanbeveling:
    """The catalogue entry for ``code`` (``"WA-1.1"``; case and surrounding spaces ignored).

    Examples:
        >>> print(aanbeveling("wa-4.9"))
        WA-4.9 overstap en overdracht

    Raises:
        InvalidValueError: not a code in the catalogue.
    """
    sleutel = code.strip().upper() if isinstance(code, str) else None
    if sleutel not in _PER_CODE:
        raise InvalidValueError(
            "not an activity of the werkagenda catalogue",
            field="code",
            regel="R-WA-4",
            hint="use a code such as 'WA-1.1' (see AANBEVELINGEN)",
        )
    return _PER_CODE[sleutel]


def aanbevelingen_voor(fase: Fase) -> tuple[Aanbeveling, ...]:
    """The catalogue entries of one phase, in the handreiking's order.

    Examples:
        >>> [a.code for a in aanbevelingen_voor(Fase.BETREKKEN)]
        ['WA-2.1', 'WA-2.2', 'WA-2.3']
    """
    gevonden = Fase.van(fase)
    return tuple(a for a in AANBEVELINGEN if a.fase is gevonden)


def concept_werkagenda(regio: str, codes: Iterable[str] | None = None) -> Werkagenda:
    """A draft werkagenda for ``regio`` from the catalogue: every entry, or those of ``codes``.

    The draft fills phase, theme, activity, prevention flag and the instruments the handreiking
    names; who, when, result and goal are the region's to fill in (`controleer` lists them).

    Examples:
        >>> from gedragswerk_core.werkagenda.werkagenda import controleer
        >>> concept = concept_werkagenda("Tiel", ["WA-1.3", "WA-3.3"])
        >>> [a.code for a in concept.activiteiten]
        ['WA-1.3', 'WA-3.3']
        >>> sum(b.regel == "R-WA-1" for b in controleer(concept))
        10

    Raises:
        InvalidValueError: an unknown or repeated code.
    """
    if codes is None:
        gekozen = AANBEVELINGEN
    else:
        lijst = v.require_iterable(
            codes, "codes", of="codes", hint="pass a list such as ['WA-1.1', 'WA-1.3']"
        )
        gekozen = tuple(aanbeveling(c) for c in lijst)
    return Werkagenda(regio, tuple(a.als_activiteit() for a in gekozen))
