"""The one error tree of gedragswerk-core.

Every error the library raises on purpose is a `GedragswerkError`. Errors about a bad
value also subclass `ValueError`, so code that already catches ``ValueError`` keeps
working. Each error carries structured attributes — the ``field`` path that was wrong and the
``regel`` id (from the methodiek or the law) where one applies — and a message that says what was
wrong and how to fix it. ``regel`` is the word `Reden.regel` uses too: rule ids are domain terms.

Privacy: messages never contain the offending value when that value could be personal data
(a name, a BSN, free text). They name the field instead.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, final

if TYPE_CHECKING:
    from collections.abc import Sequence

    from gedragswerk_core.besluit import Besluit

__all__ = [
    "GedragswerkError",
    "InvalidBsnError",
    "InvalidValueError",
    "MissingExtraError",
    "RefusedError",
    "StructureError",
]


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
        parts = [message]
        if field is not None:
            parts.insert(0, f"{field}:")
        if regel is not None:
            parts.append(f"[{regel}]")
        if hint is not None:
            parts.append(f"— {hint}")
        super().__init__(" ".join(parts))

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
class InvalidBsnError(InvalidValueError):
    """A burgerservicenummer failed its check; the number itself is never in the message."""


@final
class StructureError(InvalidValueError):
    """A dict (for example parsed JSON) could not be turned into a library value.

    Attributes:
        errors: one line per problem, each ending in ``@ $.path.to.field``.
    """

    errors: tuple[str, ...]

    def __init__(self, target: str, errors: Sequence[str]) -> None:
        """List every problem found while reading a ``target`` value."""
        self.errors = tuple(errors)
        first_field = _path_of(self.errors[0]) if self.errors else None
        listing = "; ".join(self.errors) if self.errors else "unknown problem"
        super().__init__(
            f"cannot read {target} from this data: {listing}",
            field=first_field,
            hint="compare the data with to_dict() of a valid value",
        )


def _path_of(line: str) -> str | None:
    _, sep, path = line.rpartition(" @ ")
    return path if sep else None


@final
class RefusedError(GedragswerkError):
    """A lifecycle step was refused because a rule of the methodiek does not allow it.

    The decision that refused it is attached, so the caller sees the same reasons the
    library used (``error.besluit.redenen``); ``regel`` is the first rule not met.

    Attributes:
        besluit: the `Besluit` that was not ``toegestaan``.
    """

    besluit: Besluit

    def __init__(self, besluit: Besluit) -> None:
        """Refuse with the reasons of ``besluit`` that were not met."""
        self.besluit = besluit
        failed = [r for r in besluit.redenen if not r.voldaan]
        regel = failed[0].regel if failed else None
        why = "; ".join(f"{r.regel}: {r.uitleg}" for r in failed) or "no reason given"
        super().__init__(
            f"{besluit.handeling} refused: {why}",
            regel=regel,
            hint="check the decision first with the matching beoordeel_* function",
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
