"""The one error tree of gedragswerk-core.

Every error the library raises on purpose is a `GedragswerkError`. Errors about a bad
value also subclass `ValueError`, so code that already catches ``ValueError`` keeps
working. Each error carries structured attributes — the ``field`` path that was wrong and the
``regel`` id (from the methodiek or the law) where one applies — and a message that says what was
wrong and how to fix it. ``regel`` is the word `Reden.regel` uses too: rule ids are domain terms.

Paths: every error has `details`, its problems structured (`ErrorDetail`), each with a
``location`` in one style — ``$`` for the value read or checked, then ``.field`` and ``[index]``
(``$.gebeurtenissen[3].moment``) — the style of every line of a `StructureError` too, and of the
problem details (`serialisatie.problemen`). The ``field`` attribute keeps its dotted form with the
class name (``Interventie.gebeurtenissen[3].moment``), as the message's prefix; `as_location`
turns it into a location.

Privacy: messages never contain the offending value when that value could be personal data
(a name, a BSN, free text). They name the field instead.
"""

from __future__ import annotations

import re
import warnings
from typing import TYPE_CHECKING, Final, final

from attrs import frozen

if TYPE_CHECKING:
    from collections.abc import Sequence

    from gedragswerk_core.besluit import Besluit

__all__ = [
    "ErrorDetail",
    "GedragswerkError",
    "InvalidBsnError",
    "InvalidValueError",
    "MissingExtraError",
    "PersoonsgegevensError",
    "RefusedError",
    "StructureError",
]


@final
@frozen
class ErrorDetail:
    """One problem of an error, structured: where, what, which kind, and the rule broken.

    Attributes:
        location: the path of the field, in one style everywhere: ``$`` is the value read or
            checked, then ``.field`` and ``[index]`` (``"$.gebeurtenissen[3].moment"``).
        message: what is wrong, never quoting the value.
        type: the kind of problem: ``"missing"``, ``"unknown_field"``, ``"invalid"`` (a wrong
            value or form), ``"refused"`` (a rule of the methodiek or the law does not allow it).
        regel: the rule id, or ``None``.
    """

    location: str
    message: str
    type: str
    regel: str | None = None


_CLASS_PREFIX: Final = re.compile(r"^[A-Z][A-Za-z0-9]*(?=[.\[]|$)")


def as_location(field: str | None) -> str:
    """A field path of an error in the one location style: ``$``, then fields and indexes.

    A leading class name stands for the value itself (``"Interventie.gebeurtenissen[3].moment"``
    is ``"$.gebeurtenissen[3].moment"``); a plain name is a field or parameter of it.

    Examples:
        >>> as_location("Interventie.gebeurtenissen[3].moment")
        '$.gebeurtenissen[3].moment'
        >>> as_location("peildatum"), as_location(None)
        ('$.peildatum', '$')
    """
    if not field:
        return "$"
    rest = _CLASS_PREFIX.sub("", field, count=1)
    if not rest:
        return "$"
    return f"${rest}" if rest[0] in ".[" else f"$.{rest}"


class GedragswerkError(Exception):
    """Root of every error raised by gedragswerk-core.

    Attributes:
        field: dotted path of the field that was wrong (``"hulpvraag.leerlingen[0]"``), or
            ``None`` when the error is not about one field.
        regel: the rule id behind the error (``"R-LC-6"``, ``"Lpw art. 3"``), or ``None``; the
            same word as `Reden.regel`.
        hint: how to fix it, or ``None``.

    Deprecated aliases (0.2): the attribute ``rule`` still reads ``regel``, with a
    ``DeprecationWarning``; so does the keyword ``rule=`` for ``regel=``.
    """

    field: str | None
    regel: str | None
    hint: str | None

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        regel: str | None = None,
        hint: str | None = None,
        rule: str | None = None,
    ) -> None:
        """Build the message from its parts: ``field: message [regel] — hint``."""
        if rule is not None:
            warnings.warn(
                "the keyword rule= is deprecated; pass regel= instead",
                DeprecationWarning,
                stacklevel=2,
            )
            regel = regel if regel is not None else rule
        self.field = field
        self.regel = regel
        self.hint = hint
        self.message = message
        parts = [message]
        if field is not None:
            parts.insert(0, f"{field}:")
        if regel is not None:
            parts.append(f"[{regel}]")
        if hint is not None:
            parts.append(f"— {hint}")
        super().__init__(" ".join(parts))

    @property
    def details(self) -> tuple[ErrorDetail, ...]:
        """The problems, structured (one here; a `StructureError` lists every one it found)."""
        return (ErrorDetail(as_location(self.field), self.message, self._soort, self.regel),)

    _soort = "invalid"

    @property
    def rule(self) -> str | None:
        """Deprecated: read `regel` (the same word as `Reden.regel`)."""
        warnings.warn(
            "GedragswerkError.rule is deprecated; read .regel instead",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.regel


class InvalidValueError(GedragswerkError, ValueError):
    """A value given to the library is not acceptable (wrong type, range, or form)."""


@final
class PersoonsgegevensError(GedragswerkError, TypeError):
    """A pupil's name or BSN would leave the library where nobody asked for them (a pickle).

    The message names the fields and what to do instead, never their values. A ``TypeError``
    too, as ``pickle`` raises for a value it cannot write.
    """


@final
class InvalidBsnError(InvalidValueError):
    """A burgerservicenummer failed its check; the number itself is never in the message."""


@final
class StructureError(InvalidValueError):
    """A dict (for example parsed JSON) could not be turned into a library value.

    Attributes:
        errors: one line per problem, each ending in ``@ $.path.to.field``.
        details: the same problems, structured (`ErrorDetail`); given by the reader, or made
            from the lines.
    """

    errors: tuple[str, ...]

    def __init__(
        self,
        target: str,
        errors: Sequence[str],
        *,
        details: Sequence[ErrorDetail] | None = None,
    ) -> None:
        """List every problem found while reading a ``target`` value."""
        self.errors = tuple(errors)
        self._details = (
            tuple(details) if details is not None else tuple(map(_detail_of, self.errors))
        )
        first_field = _path_of(self.errors[0]) if self.errors else None
        listing = "; ".join(self.errors) if self.errors else "unknown problem"
        super().__init__(
            f"cannot read {target} from this data: {listing}",
            field=first_field,
            hint="compare the data with to_dict() of a valid value",
        )

    @property
    def details(self) -> tuple[ErrorDetail, ...]:
        """Every problem, structured, each with its location."""
        return self._details


def _path_of(line: str) -> str | None:
    _, sep, path = line.rpartition(" @ ")
    return path if sep else None


def _detail_of(line: str) -> ErrorDetail:
    message, sep, path = line.rpartition(" @ ")
    if not sep:
        message, path = line, "$"
    soort = "missing" if message == "required field missing" else "invalid"
    return ErrorDetail(path, message, soort)


@final
class RefusedError(GedragswerkError):
    """A lifecycle step was refused because a rule of the methodiek does not allow it.

    The decision that refused it is attached, so the caller sees the same reasons the
    library used (``error.besluit.redenen``); ``regel`` is the first rule not met. A step
    whose decision is undecided (``error.besluit.onbeslist``: a statement it rests on is not
    made yet, ``error.besluit.ontbreekt`` names it) is refused too, until the statement is made.

    Attributes:
        besluit: the `Besluit` that was not ``toegestaan``.
    """

    besluit: Besluit
    _soort = "refused"

    def __init__(self, besluit: Besluit) -> None:
        """Refuse with the reasons of ``besluit`` that were not met."""
        self.besluit = besluit
        failed = [r for r in besluit.redenen if not r.voldaan]
        regel = failed[0].regel if failed else None
        why = "; ".join(f"{r.regel}: {r.uitleg}" for r in failed) or "no reason given"
        hoe = "undecided" if besluit.onbeslist else "refused"
        super().__init__(
            f"{besluit.handeling} {hoe}: {why}",
            regel=regel,
            hint="check the decision first with the matching beoordeel_* function",
        )

    @property
    def details(self) -> tuple[ErrorDetail, ...]:
        """One problem per reason not met, with its rule."""
        return (
            tuple(
                ErrorDetail("$", r.uitleg, "refused", r.regel)
                for r in self.besluit.redenen
                if not r.voldaan
            )
            or super().details
        )


@final
class MissingExtraError(GedragswerkError, ImportError):
    """An optional part of the library needs a package that is not installed."""

    def __init__(self, module: str, extra: str, package: str) -> None:
        """Say which extra to install for ``module``."""
        super().__init__(
            f"{module} needs the optional package {package!r}",
            hint=f"install it with: pip install 'gedragswerk-core[{extra}]'",
        )
