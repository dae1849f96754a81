"""Decisions (besluiten) as values: allowed or not, and why, rule by rule.

Every check in the library — may this intervention be closed, handed over, must this caller be
referred — returns a `Besluit`. The commands that change an intervention call the same
check and refuse with `RefusedError` carrying that decision, so
the answer a caller sees and the rule the library enforces cannot differ.
"""

from __future__ import annotations

import html
from typing import Final, final

from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.errors import InvalidValueError

__all__ = ["Besluit", "Reden", "besluit_uit"]


@final
@frozen(cache_hash=True)
class Reden:
    """One rule weighed in a decision: a condition of a `Besluit`, met or not.

    Only decisions have reasons. What a rule establishes without deciding anything — the
    facts behind a `Leerplichtstatus` or a `Verzuimbeoordeling` — is a `Feit`
    (`gedragswerk_core.leerplicht.feit`).

    Attributes:
        regel: the rule id from the methodiek or the law, e.g. ``"R-LC-6"``.
        uitleg: what was found, in plain English.
        voldaan: whether the rule's condition is met.
    """

    regel: str = field(validator=v.text(max_length=40))
    uitleg: str = field(validator=v.text(max_length=1000))
    voldaan: bool = field(validator=v.instance_of(bool))

    def __str__(self) -> str:
        """``✓ R-LC-6: …`` or ``✗ R-LC-6: …``."""
        return f"{'✓' if self.voldaan else '✗'} {self.regel}: {self.uitleg}"


@final
@frozen
class Besluit:
    """A decision: whether ``handeling`` is allowed, with every rule weighed.

    ``toegestaan`` is true exactly when every reason is ``voldaan``; the constructor checks it.

    Examples:
        >>> besluit = Besluit(
        ...     "afronding", True, (Reden("R-LC-5", "a solution was found", True),)
        ... )
        >>> print(besluit)
        afronding: toegestaan
          ✓ R-LC-5: a solution was found
    """

    handeling: str = field(validator=v.text(max_length=80))
    toegestaan: bool = field(validator=v.instance_of(bool))
    redenen: tuple[Reden, ...] = field(converter=v.to_tuple, validator=v.tuple_of(Reden))

    def __attrs_post_init__(self) -> None:
        """Keep ``toegestaan`` equal to "every reason met"."""
        if self.toegestaan != all(r.voldaan for r in self.redenen):
            raise InvalidValueError(
                "toegestaan must be true exactly when every reden is voldaan",
                field="Besluit.toegestaan",
            )

    @classmethod
    def uit_redenen(cls, handeling: str, redenen: tuple[Reden, ...]) -> Besluit:
        """The decision that follows from ``redenen``: allowed when every reason is met."""
        lijst = v.require_items(redenen, Reden, "Besluit.redenen")
        return cls(handeling, all(r.voldaan for r in lijst), lijst)

    @property
    def regels(self) -> tuple[str, ...]:
        """The rule ids weighed, in order."""
        return tuple(r.regel for r in self.redenen)

    @property
    def bezwaren(self) -> tuple[Reden, ...]:
        """The reasons not met: why it is not allowed (empty when allowed)."""
        return tuple(r for r in self.redenen if not r.voldaan)

    def __bool__(self) -> bool:
        """A decision is truthy when the action is allowed."""
        return self.toegestaan

    def __str__(self) -> str:
        """A readable, multi-line explanation."""
        head = f"{self.handeling}: {'toegestaan' if self.toegestaan else 'geweigerd'}"
        return "\n".join([head, *(f"  {r}" for r in self.redenen)])

    def __repr__(self) -> str:
        """Short: ``<Besluit overdracht: geweigerd ✓R-LC-4 ✗R-LC-6>``, a mark per condition."""
        tekens = "".join(f" {'✓' if r.voldaan else '✗'}{r.regel}" for r in self.redenen)
        return f"<Besluit {self.handeling}: {_UITKOMST['nl'][self.toegestaan]}{tekens}>"

    def to_html(self, taal: str = "nl") -> str:
        """The decision as an HTML table, ✓ or ✗ per condition, in one language.

        The reasons' explanations are English text (`Reden.uitleg`): the Dutch view (the
        default) shows whether each rule is met and keeps the explanation as the row's tooltip;
        ``taal="en"`` shows it as a column.
        """
        if taal not in _UITKOMST:
            raise InvalidValueError(f"unknown language {taal!r}; choose nl or en", field="taal")
        kop = ("", "regel", "voldaan") if taal == "nl" else ("", "rule", "explanation")
        rijen = "".join(
            f'<tr title="{html.escape(r.uitleg)}"><td>{"✓" if r.voldaan else "✗"}</td>'
            f"<td>{html.escape(r.regel)}</td><td>"
            + (("ja" if r.voldaan else "nee") if taal == "nl" else html.escape(r.uitleg))
            + "</td></tr>"
            for r in self.redenen
        )
        caption = f"{self.handeling}: {_UITKOMST[taal][self.toegestaan]}"
        return (
            f'<table class="gw-besluit"><caption>{html.escape(caption)}</caption><thead><tr>'
            + "".join(f'<th scope="col">{k}</th>' for k in kop)
            + f"</tr></thead><tbody>{rijen}</tbody></table>"
        )

    def _repr_html_(self) -> str:
        """Jupyter's view: `to_html` in Dutch."""
        return self.to_html()


_UITKOMST: Final = {
    "nl": {True: "toegestaan", False: "geweigerd"},
    "en": {True: "allowed", False: "refused"},
}
_CACHE: dict[tuple[str, tuple[Reden, ...]], Besluit] = {}
_CACHE_MAX = 4096


def besluit_uit(handeling: str, redenen: tuple[Reden, ...]) -> Besluit:
    """`Besluit.uit_redenen`, remembering the decisions the library builds most.

    Decisions are values: the same action and reasons always give an equal decision, so the
    library's own checks reuse them instead of building and validating a new one each time.
    """
    if type(redenen) is not tuple or not all(type(r) is Reden for r in redenen):
        return Besluit.uit_redenen(handeling, redenen)  # validates, and is not cached
    key = (handeling, redenen)
    besluit = _CACHE.get(key)
    if besluit is None:
        besluit = Besluit.uit_redenen(handeling, redenen)
        if len(_CACHE) < _CACHE_MAX:
            _CACHE[key] = besluit
    return besluit
