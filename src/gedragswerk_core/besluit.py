"""Decisions (besluiten) as values: allowed or not, and why, rule by rule.

Every check in the library — may this intervention be closed, handed over, must this caller be
referred — returns a `Besluit`. The commands that change an intervention call the same
check and refuse with `RefusedError` carrying that decision, so
the answer a caller sees and the rule the library enforces cannot differ.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from enum import Enum, unique
from typing import Final, Literal, final

from attrs import Factory, field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.errors import InvalidValueError

__all__ = [
    "Besluit",
    "Gegeven",
    "Reden",
    "Taal",
    "Tekst",
    "Uitkomst",
    "besluit_uit",
    "gegevens_uit",
    "onbesliste_reden",
    "reden_uit",
    "uitkomst_van",
    "verbind",
]

Taal = Literal["nl", "en"]
"""The languages a reason is written in: Dutch (the default: the users are Dutch professionals)
and English."""

_DEEL: Final = re.compile(r"[a-z][a-z0-9_]*", re.ASCII)
"""The part of a condition code after its rule id (``wil`` in ``R-LC-6.wil``)."""


@final
@frozen(cache_hash=True)
class Gegeven:
    """One fact a condition weighed, as data: its name and value, e.g. ``wil``: ``False``.

    A value is a yes/no fact or a label (a role, a status, a channel): never a name.
    """

    naam: str = field(validator=v.text(max_length=40))
    waarde: str | bool = field(validator=v.instance_of(str, bool))


def code_van_regel(inst: object, attribute: object, code: object) -> None:
    """Validator of a ``code`` field beside a ``regel`` field (`Reden`, `Feit`, `Bevinding`).

    The code is the rule id itself, or the rule id, a dot and a part (``R-LC-6.wil``).
    """
    del attribute
    regel = getattr(inst, "regel", None)
    if code == regel:
        return  # a rule with one condition, or one whose conditions have no codes (any rule id)
    deel = code.removeprefix(f"{regel}.") if isinstance(code, str) else None
    if deel is None or deel == code or _DEEL.fullmatch(deel) is None:
        raise InvalidValueError(
            "a condition code is its reason's rule id and a part, e.g. 'R-LC-6.wil'",
            field=f"{type(inst).__name__}.code",
        )


def _ontbreekt(inst: Reden, attribute: object, ontbreekt: tuple[str, ...]) -> None:
    del attribute
    if bool(ontbreekt) != (inst.voldaan is None):
        raise InvalidValueError(
            "a reason is undecided (voldaan None) exactly when it names what is missing",
            field="Reden.ontbreekt",
        )


MERKEN: Final = {True: "✓", False: "✗", None: "?"}
"""The mark of a reason met, not met, or undecided."""


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
        voldaan: whether the rule's condition is met; ``None`` when it cannot be decided
            yet because a statement it rests on is missing (``ontbreekt`` names it).
        code: the condition's stable code: the rule id and which condition of it, e.g.
            ``"R-LC-6.wil"`` (the receiver wants to take it on); the rule id alone when the
            rule has one condition or its conditions have no codes yet.
        feiten: the facts the condition weighed, as data (`Gegeven`).
        nl: the same finding in Dutch, from the rule's text catalogue (every reason the library
            builds has one); ``None`` for a reason made without it (`tekst` then gives the
            English one).
        ontbreekt: for an undecided reason, the codes of the statements it waits for (e.g.
            ``"R-LC-6.wil"``: the receiver has not stated whether it wants to take it on);
            empty for a reason met or not met.

    Examples:
        >>> r = Reden("R-LC-6", "the receiver does not state it wants to take it on", False,
        ...           code="R-LC-6.wil", feiten=(Gegeven("wil", False),),
        ...           nl="de ontvanger verklaart niet dat hij het wil oppakken")
        >>> r.tekst(), r.tekst("en")
        ('de ontvanger verklaart niet dat hij het wil oppakken', 'the receiver does not state it wants to take it on')
    """  # noqa: E501

    regel: str = field(validator=v.text(max_length=40))
    uitleg: str = field(validator=v.text(max_length=1000))
    voldaan: bool | None = field(validator=v.optional_instance_of(bool))
    code: str = field(
        default=Factory(lambda self: self.regel, takes_self=True),
        validator=code_van_regel,
        kw_only=True,
    )
    feiten: tuple[Gegeven, ...] = field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(Gegeven), kw_only=True
    )
    nl: str | None = field(default=None, validator=v.optional_text(max_length=1000), kw_only=True)
    ontbreekt: tuple[str, ...] = field(
        default=(), converter=v.to_tuple, validator=[v.texts(), _ontbreekt], kw_only=True
    )

    def tekst(self, taal: Taal = "nl") -> str:
        """What was found, in Dutch (the default) or English."""
        return self.nl if taal == "nl" and self.nl is not None else self.uitleg

    def __str__(self) -> str:
        """``✓ R-LC-6: …``, ``✗ R-LC-6: …`` or ``? R-LC-6: …`` (undecided), in English."""
        return f"{MERKEN[self.voldaan]} {self.regel}: {self.uitleg}"


@final
@frozen
class Tekst:
    """A condition's text in Dutch and English: one entry of a rule's text catalogue.

    Both may hold ``{slot}`` fields, filled from the condition's facts that are labels.
    """

    nl: str = field(validator=v.instance_of(str))  # empty for an optional part of a text
    en: str = field(validator=v.instance_of(str))

    def vul(self, **invulling: str | Tekst) -> Tekst:
        """This text with its slots filled: a label as it is, a `Tekst` in each language."""
        nl = {k: w.nl if isinstance(w, Tekst) else w for k, w in invulling.items()}
        en = {k: w.en if isinstance(w, Tekst) else w for k, w in invulling.items()}
        return Tekst(self.nl.format(**nl), self.en.format(**en))


def verbind(delen: Iterable[Tekst], scheiding: str = "; ") -> Tekst:
    """The texts ``delen`` joined into one, in both languages."""
    lijst = tuple(delen)
    return Tekst(scheiding.join(t.nl for t in lijst), scheiding.join(t.en for t in lijst))


def reden_uit(
    tekst: Tekst,
    code: str,
    voldaan: bool,
    feiten: Mapping[str, str | bool] | None = None,
    **invulling: str | Tekst,
) -> Reden:
    """The `Reden` for the condition ``code`` with ``tekst`` from its rule's text catalogue.

    ``feiten`` are the facts weighed, kept as data; ``invulling`` fills the text's slots in
    both languages: a label (a role, a status) as it is, a `Tekst` in each language.

    Examples:
        >>> t = Tekst("de ontvanger is een andere partij ({rol})", "the receiver is another party ({rol})")
        >>> r = reden_uit(t, "R-LC-6.ander", True, {"rol": "rmc"}, rol="rmc")
        >>> r.regel, r.code, r.tekst(), r.uitleg
        ('R-LC-6', 'R-LC-6.ander', 'de ontvanger is een andere partij (rmc)', 'the receiver is another party (rmc)')
    """  # noqa: E501
    return _reden(tekst.vul(**invulling), code, voldaan, feiten, ())


def onbesliste_reden(
    tekst: Tekst,
    code: str,
    wacht_op: tuple[str, ...],
    feiten: Mapping[str, str | bool] | None = None,
    **invulling: str | Tekst,
) -> Reden:
    """The undecided `Reden` for the condition ``code``: it waits for the statements ``wacht_op``.

    Like `reden_uit`, with ``voldaan`` ``None`` and the codes of the missing statements.
    """
    return _reden(tekst.vul(**invulling), code, None, feiten, wacht_op)


def gegevens_uit(feiten: Mapping[str, str | bool] | None) -> tuple[Gegeven, ...]:
    """The facts ``feiten`` (name: value) as `Gegeven` values, in order."""
    return tuple(Gegeven(naam, waarde) for naam, waarde in (feiten or {}).items())


def _reden(
    gevuld: Tekst,
    code: str,
    voldaan: bool | None,
    feiten: Mapping[str, str | bool] | None,
    ontbreekt: tuple[str, ...],
) -> Reden:
    return Reden(
        code.split(".", 1)[0],
        gevuld.en,
        voldaan,
        code=code,
        feiten=gegevens_uit(feiten),
        nl=gevuld.nl,
        ontbreekt=ontbreekt,
    )


@unique
class Uitkomst(Enum):
    """What a decision says: allowed, refused, or undecided for want of a statement."""

    TOEGESTAAN = "toegestaan"
    """Every condition is met."""
    GEWEIGERD = "geweigerd"
    """A condition is not met."""
    ONBESLIST = "onbeslist"
    """No condition is against it, but one rests on a statement not (yet) made."""


def uitkomst_van(redenen: Iterable[Reden]) -> Uitkomst:
    """The outcome of these reasons: refused if one is not met, else undecided if one waits."""
    gewogen = {r.voldaan for r in redenen}
    if False in gewogen:
        return Uitkomst.GEWEIGERD
    return Uitkomst.ONBESLIST if None in gewogen else Uitkomst.TOEGESTAAN


@final
@frozen
class Besluit:
    """A decision: whether ``handeling`` is allowed, with every rule weighed.

    ``toegestaan`` is true exactly when every reason is ``voldaan``; the constructor checks it.
    A decision that is not allowed is *refused* when a reason is not met, and *undecided*
    (`Uitkomst.ONBESLIST`) when none is against it but one rests on a statement not yet made:
    `ontbreekt` then lists the statements it waits for.

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
        if self.toegestaan != all(r.voldaan is True for r in self.redenen):
            raise InvalidValueError(
                "toegestaan must be true exactly when every reden is voldaan",
                field="Besluit.toegestaan",
            )

    @classmethod
    def uit_redenen(cls, handeling: str, redenen: tuple[Reden, ...]) -> Besluit:
        """The decision that follows from ``redenen``: allowed when every reason is met."""
        lijst = v.require_items(redenen, Reden, "Besluit.redenen")
        return cls(handeling, all(r.voldaan is True for r in lijst), lijst)

    @property
    def uitkomst(self) -> Uitkomst:
        """Allowed, refused (a reason not met) or undecided (a statement missing)."""
        return uitkomst_van(self.redenen)

    @property
    def onbeslist(self) -> bool:
        """Whether the decision waits for a statement (and no reason is against it)."""
        return self.uitkomst is Uitkomst.ONBESLIST

    @property
    def regels(self) -> tuple[str, ...]:
        """The rule ids weighed, in order."""
        return tuple(r.regel for r in self.redenen)

    @property
    def bezwaren(self) -> tuple[Reden, ...]:
        """The reasons not met or undecided: why it is not allowed (empty when allowed)."""
        return tuple(r for r in self.redenen if r.voldaan is not True)

    @property
    def ontbreekt(self) -> tuple[str, ...]:
        """The codes of the statements the undecided reasons wait for, in order, each once."""
        return tuple(dict.fromkeys(c for r in self.redenen for c in r.ontbreekt))

    def __bool__(self) -> bool:
        """A decision is truthy when the action is allowed."""
        return self.toegestaan

    @property
    def codes(self) -> tuple[str, ...]:
        """The condition codes weighed, in order (e.g. ``"R-LC-6.wil"``)."""
        return tuple(r.code for r in self.redenen)

    def _kop(self, taal: Taal = "nl") -> str:
        return f"{self.handeling}: {uitkomst_tekst(self.uitkomst, taal)}"

    def tekst(self, taal: Taal = "nl") -> str:
        """A readable, multi-line explanation in Dutch (the default) or English."""
        return "\n".join(
            [
                self._kop(taal),
                *(f"  {MERKEN[r.voldaan]} {r.code}: {r.tekst(taal)}" for r in self.redenen),
            ]
        )

    def __str__(self) -> str:
        """A readable, multi-line explanation, in English with the rule ids (see `tekst`)."""
        return "\n".join([self._kop(), *(f"  {r}" for r in self.redenen)])

    def __repr__(self) -> str:
        """Short: ``<Besluit overdracht: geweigerd ✓R-LC-6.meer ✗R-LC-6.wil>``, a mark each."""
        tekens = "".join(f" {MERKEN[r.voldaan]}{r.code}" for r in self.redenen)
        return f"<Besluit {self._kop()}{tekens}>"

    def to_html(self, taal: Taal = "nl") -> str:
        """The decision as an HTML table, ✓, ✗ or ? per condition, in one language.

        Each row shows the condition's code and what was found in ``taal``. Every reason the
        library builds has Dutch text; a reason made by a caller without it (`Reden.nl` is
        ``None``) shows "voldaan: ja/nee" in the Dutch view, with the English explanation as
        its tooltip, so that a view never mixes the two languages.
        """
        taal_van(taal)
        kop = ("", "voorwaarde", "bevinding") if taal == "nl" else ("", "condition", "finding")
        rijen = "".join(
            f'<tr title="{html.escape(r.uitleg)}"><td>{MERKEN[r.voldaan]}</td>'
            f"<td>{html.escape(r.code)}</td><td>{html.escape(_bevinding(r, taal))}</td></tr>"
            for r in self.redenen
        )
        return (
            f'<table class="gw-besluit"><caption>{html.escape(self._kop(taal))}</caption>'
            "<thead><tr>"
            + "".join(f'<th scope="col">{k}</th>' for k in kop)
            + f"</tr></thead><tbody>{rijen}</tbody></table>"
        )

    def _repr_html_(self) -> str:
        """Jupyter's view: `to_html` in Dutch."""
        return self.to_html()


def taal_van(taal: object) -> Taal:
    """``taal`` when it is a language the texts are written in; else a library error."""
    if taal not in UITKOMSTEN:
        raise InvalidValueError("unknown language; choose 'nl' or 'en'", field="taal")
    return taal  # type: ignore[return-value]  # one of the keys of UITKOMSTEN


def uitkomst_tekst(uitkomst: Uitkomst, taal: Taal = "nl") -> str:
    """The outcome in words, in ``taal`` (``"toegestaan"``, ``"undecided"``, ...)."""
    return UITKOMSTEN[taal_van(taal)][uitkomst]


def _bevinding(reden: Reden, taal: Taal) -> str:
    if taal == "en":
        return reden.uitleg
    return reden.nl if reden.nl is not None else f"voldaan: {_JA_NEE[reden.voldaan]}"


_JA_NEE: Final = {True: "ja", False: "nee", None: "onbeslist"}
UITKOMSTEN: Final[Mapping[Taal, Mapping[Uitkomst, str]]] = {
    "nl": {u: u.value for u in Uitkomst},
    "en": {
        Uitkomst.TOEGESTAAN: "allowed",
        Uitkomst.GEWEIGERD: "refused",
        Uitkomst.ONBESLIST: "undecided",
    },
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
