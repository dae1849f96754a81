"""The "why not" menu: every step of the lifecycle, now, with allowed, refused or undecided.

A user interface greys out a button with its reason; a caseworker asks what is still missing
before a case can be closed or handed over. `waarom_niet` answers both from the lifecycle's one
table (`STAPPEN`): per step, its status reason and every condition that can be decided from the
history alone; a condition that reads the new event (the receiver's statement of a handover, the
afronding statement) is *undecided* until that event is given, and names the fields it needs
(`Voorwaarde.vraagt`). Give a proposed event per step (``voorstellen``) to have those decided too:
then the answer is the same `beoordeel` every command uses.

References:
    - Issue 19 (a "why not" menu); the steps and rules of `stappen.STAPPEN` (R-LC-*).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, final

from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.besluit import MERKEN, Reden, Taal, Uitkomst, uitkomst_van
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.interventie import Gebeurtenis, Interventie, beoordeel
from gedragswerk_core.interventie.stappen import STAPPEN, Stap

__all__ = ["Mogelijkheid", "waarom_niet"]


@final
@frozen
class Mogelijkheid:
    """One step of the menu: its outcome now, the reasons decided and what is missing.

    Attributes:
        stap: the step's name (``"overdracht"``).
        commando: the command that takes it (``"draag_over"``).
        uitkomst: allowed, refused or undecided.
        redenen: the conditions weighed, with their codes (the status reason first); with a
            proposed event, exactly those of `beoordeel` (an undecided one among them).
        ontbreekt: what the undecided conditions need: from the step, by field path; with a
            proposed event, the codes of the statements not made (`Besluit.ontbreekt`).
        onbesliste_codes: the codes of the conditions not decided.
    """

    stap: str = field(validator=v.text(max_length=80))
    commando: str = field(validator=v.text(max_length=80))
    uitkomst: Uitkomst = field(validator=v.instance_of(Uitkomst))
    redenen: tuple[Reden, ...] = field(converter=v.to_tuple, validator=v.tuple_of(Reden))
    ontbreekt: tuple[str, ...] = field(default=(), converter=v.to_tuple, validator=v.texts())
    onbesliste_codes: tuple[str, ...] = field(default=(), converter=v.to_tuple, validator=v.texts())

    @property
    def bezwaren(self) -> tuple[str, ...]:
        """The codes of the conditions decided and not met: why it is refused."""
        return tuple(r.code for r in self.redenen if r.voldaan is False)

    def tekst(self, taal: Taal = "nl") -> str:
        """One line, then the reasons: ``overdracht (draag_over): onbeslist``."""
        regels = [f"{self.stap} ({self.commando}): {self.uitkomst.value}"]
        regels += [f"  {MERKEN[r.voldaan]} {r.code}: {r.tekst(taal)}" for r in self.redenen]
        wat = "ontbreekt" if taal == "nl" else "missing"
        regels += [f"  ? {code}: {wat} {pad}" for code, pad in self._open()]
        return "\n".join(regels)

    def _open(self) -> Iterable[tuple[str, str]]:
        return zip(self.onbesliste_codes, self.ontbreekt, strict=False)


def _zonder_gebeurtenis(interventie: Interventie, stap: Stap) -> Mogelijkheid:
    status = stap.status_redenen[interventie.status]
    eerdere = interventie.geldende_gebeurtenissen
    # In a status it is allowed in, a condition that reads only the history is decided now (its
    # event argument is unused); one that reads the step's event stays open. A condition of the
    # history may itself wait for a statement (R-VKL-1): undecided too, naming it.
    toegestaan = status.voldaan is True
    gewogen = [w.toets(eerdere, None) for w in stap.voorwaarden if toegestaan and not w.vraagt]
    beslist = [r for r in gewogen if r is not None]
    open_ = [w for w in stap.voorwaarden if toegestaan and w.vraagt]
    wachtend = [r for r in beslist if r.voldaan is None]
    redenen = (status, *beslist)
    uitkomst = _UITKOMST[uitkomst_van(redenen), bool(open_)]
    return Mogelijkheid(
        stap.naam,
        stap.commando,
        uitkomst,
        redenen,
        ontbreekt=(
            *(", ".join(r.ontbreekt) for r in wachtend),
            *(", ".join(w.vraagt) for w in open_),
        ),
        onbesliste_codes=(*(r.code for r in wachtend), *(w.code for w in open_)),
    )


_UITKOMST: Final = {
    # (the outcome of the conditions decided, some condition still open)
    (Uitkomst.TOEGESTAAN, False): Uitkomst.TOEGESTAAN,
    (Uitkomst.TOEGESTAAN, True): Uitkomst.ONBESLIST,
    (Uitkomst.ONBESLIST, False): Uitkomst.ONBESLIST,
    (Uitkomst.ONBESLIST, True): Uitkomst.ONBESLIST,
    (Uitkomst.GEWEIGERD, False): Uitkomst.GEWEIGERD,
    (Uitkomst.GEWEIGERD, True): Uitkomst.GEWEIGERD,
}


def _met_gebeurtenis(interventie: Interventie, stap: Stap, g: Gebeurtenis) -> Mogelijkheid:
    besluit = beoordeel(interventie, g)  # undecided when a statement it rests on is missing
    open_ = [r for r in besluit.redenen if r.voldaan is None]
    return Mogelijkheid(
        stap.naam,
        stap.commando,
        besluit.uitkomst,
        besluit.redenen,
        ontbreekt=tuple(", ".join(r.ontbreekt) for r in open_),
        onbesliste_codes=tuple(r.code for r in open_),
    )


def waarom_niet(
    interventie: Interventie, voorstellen: Iterable[Gebeurtenis] = ()
) -> tuple[Mogelijkheid, ...]:
    """Every step of the lifecycle for ``interventie`` now: allowed, refused or undecided.

    ``voorstellen`` are proposed events, at most one per step: a step with one is decided in
    full (as `beoordeel` decides it); a step without one is decided as far as the history
    allows, and is undecided when a condition needs the step itself.

    Examples:
        >>> from gedragswerk_core import voorbeeld
        >>> menu = {m.stap: m for m in waarom_niet(voorbeeld.interventie_na_intake())}
        >>> menu["acceptatie"].uitkomst, menu["acceptatie"].bezwaren
        (<Uitkomst.GEWEIGERD: 'geweigerd'>, ('R-LC-2.status',))
        >>> menu["overdracht"].uitkomst, menu["overdracht"].onbesliste_codes[-1]
        (<Uitkomst.ONBESLIST: 'onbeslist'>, 'R-LC-6.wil')

    Raises:
        InvalidValueError: ``interventie`` is no `Interventie`, a proposal no event, or two
            proposals are for the same step.
    """
    if not isinstance(interventie, Interventie):
        raise InvalidValueError(
            f"expected an Interventie, got {type(interventie).__name__}", field="interventie"
        )
    per_stap: dict[type, Gebeurtenis] = {}
    for i, g in enumerate(v.require_iterable(voorstellen, "voorstellen", of="events")):
        if type(g) not in STAPPEN:
            raise InvalidValueError(
                f"expected an event, got {type(g).__name__}", field=f"voorstellen[{i}]"
            )
        if type(g) in per_stap:
            raise InvalidValueError(
                f"a second proposal for the step {STAPPEN[type(g)].naam}",
                field=f"voorstellen[{i}]",
                hint="give at most one proposed event per step",
            )
        per_stap[type(g)] = g
    return tuple(
        _met_gebeurtenis(interventie, stap, per_stap[soort])
        if soort in per_stap
        else _zonder_gebeurtenis(interventie, stap)
        for soort, stap in STAPPEN.items()
    )
