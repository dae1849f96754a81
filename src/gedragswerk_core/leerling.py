"""Pupils (leerlingen), known by name but stored by a pseudonymous reference.

The methodiek always works with pupils known "met naam en toenaam" (seed 002 §2 point 2,
R-REG-2). Those are real children, so the library refers to a pupil by a
`LeerlingRef` — a pseudonymous label chosen by the caller, such as a case number — and
never puts a name or BSN into a ``repr``, ``str`` or error message. A `Leerling` may hold
the name and BSN for the caller's convenience; both are hidden from every text the library makes.

References:
    - DOMAIN.md "Words": *leerling*.
    - BSN elfproef: Wet algemene bepalingen burgerservicenummer (BWBR0022428); the check is
      the weighted modulus-11 test used by the Dutch government for the BSN.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Final, final

from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.errors import InvalidBsnError, InvalidValueError, PersoonsgegevensError

__all__ = [
    "Leerling",
    "LeerlingRef",
    "Referentiepatroon",
    "bevat_bsn",
    "controleer_bsn",
    "gebruik_referentiepatroon",
    "is_geldig_bsn",
    "referentiepatroon",
]

_REF_PATTERN: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}")
_BSN_WEIGHTS: Final = (9, 8, 7, 6, 5, 4, 3, 2, -1)
_BSN_LENGTH: Final = 9


def is_geldig_bsn(bsn: str) -> bool:
    """Whether ``bsn`` is nine digits that pass the elfproef (weighted modulus-11 check).

    The digits are weighted 9, 8, …, 2 and the last one -1; the sum must be a multiple of 11
    (zero included), and ``000000000`` is not a BSN. Only strings are accepted: a number as
    an ``int`` would lose its leading zero.

    Examples:
        >>> is_geldig_bsn("111222333")
        True
        >>> is_geldig_bsn("123456789")
        False
    """
    if (
        not isinstance(bsn, str)
        or len(bsn) != _BSN_LENGTH
        or not bsn.isascii()
        or not bsn.isdigit()
    ):
        return False
    total = sum(int(d) * w for d, w in zip(bsn, _BSN_WEIGHTS, strict=True))
    return total % 11 == 0 and bsn != "000000000"


def controleer_bsn(bsn: object, field: str = "bsn") -> str:
    """Return ``bsn`` if it is a valid BSN, else raise `InvalidBsnError`.

    The error message names the field and the check, never the number.

    Raises:
        InvalidBsnError: not a string of nine digits, or it fails the elfproef.
    """
    if not isinstance(bsn, str):
        raise InvalidBsnError(
            f"a BSN must be given as text, got {type(bsn).__name__}",
            field=field,
            hint="pass the nine digits as a string, keeping any leading zero",
        )
    if len(bsn) != _BSN_LENGTH or not bsn.isascii() or not bsn.isdigit():
        raise InvalidBsnError(
            "a BSN is exactly nine digits",
            field=field,
            hint="remove spaces and dots; keep a leading zero",
        )
    if not is_geldig_bsn(bsn):
        raise InvalidBsnError(
            "the number fails the elfproef (11-check) for a BSN",
            field=field,
            hint="check the number for a typing error",
        )
    return bsn


_BSN_RUN: Final = re.compile(r"(?<![0-9])[0-9]{9}(?![0-9])", re.ASCII)
"""Nine digits with no digit either side: where a BSN written in a reference would be."""


def bevat_bsn(value: str) -> bool:
    """Whether ``value`` holds a run of exactly nine digits that passes the elfproef.

    A BSN has nine digits; a run of more digits is another number, and digits separated by
    other characters are not read as one. Names cannot be detected at all: a caller that knows
    the form of its own references sets it with `gebruik_referentiepatroon`.

    Examples:
        >>> bevat_bsn("L-111222333"), bevat_bsn("BSN111222333"), bevat_bsn("L-2015-017")
        (True, True, False)
    """
    return any(is_geldig_bsn(run) for run in _BSN_RUN.findall(value))


def _geen_patroon(value: str) -> bool:
    return _REF_PATTERN.fullmatch(value) is None


def _negen_cijfers(value: str) -> bool:
    return len(value) == _BSN_LENGTH and value.isdigit()


def _niet_het_eigen_patroon(value: str) -> bool:
    eigen = _EIGEN_PATROON.get()
    return eigen is not None and not eigen.past(value)


_REF_CHECKS: Final = (
    (
        _geen_patroon,
        (
            "a pupil reference is 1–64 characters: letters, digits and . _ : / -, "
            "starting with a letter or digit"
        ),
        "use your own case number, e.g. 'L-2016-017'",
    ),
    (
        _negen_cijfers,
        "a pupil reference of nine digits could be a BSN; references must be pseudonymous",
        "prefix it, e.g. 'L-' + number, or use another case number",
    ),
    (
        bevat_bsn,
        (
            "a pupil reference holds nine digits that pass the BSN elfproef; references must be "
            "pseudonymous"
        ),
        "use a case number of your own system, not the BSN",
    ),
    (
        _niet_het_eigen_patroon,
        "a pupil reference does not have the form this system set (Referentiepatroon)",
        None,
    ),
)
"""The checks of a reference, in order: (refused if, message, hint). The first that refuses
is the error; a hint of ``None`` is the example of the caller's own `Referentiepatroon`."""


def _eigen_hint() -> str:
    eigen = _EIGEN_PATROON.get()
    return f"use a reference of this system's form, e.g. {eigen.voorbeeld!r}" if eigen else ""


def _weigering(value: str) -> tuple[str, str] | None:
    """The message and hint of the first check refusing ``value``, or ``None``."""
    for weigert, message, hint in _REF_CHECKS:
        if weigert(value):
            return message, hint if hint is not None else _eigen_hint()
    return None


def _is_pseudoniem(value: str) -> bool:
    """Whether ``value`` is a valid pupil reference (what `_check_ref` lets through)."""
    return _weigering(value) is None


def _check_ref(inst: object, attribute: object, value: object) -> None:
    del attribute
    where = f"{type(inst).__name__}.waarde"
    if not isinstance(value, str):
        raise InvalidValueError(
            f"a pupil reference is text, got {type(value).__name__}", field=where
        )
    weigering = _weigering(value)
    if weigering is not None:
        message, hint = weigering
        raise InvalidValueError(message, field=where, hint=hint)


_ref_validator: v.Validator = _check_ref


@final
@frozen(order=True)
class LeerlingRef:
    """A pseudonymous reference to one pupil, chosen by the caller (e.g. a case number).

    It must not be a name or a BSN: a reference of nine digits is refused, and so is any
    reference holding nine digits in a row that pass the elfproef (`bevat_bsn`:
    ``"L-111222333"``, ``"BSN111222333"``). A name cannot be recognised; a caller sets the form
    of its own references with `gebruik_referentiepatroon`, and every other form is refused.

    Examples:
        >>> ref = LeerlingRef("L-017")
        >>> str(ref)
        'L-017'
    """

    waarde: str = field(validator=_ref_validator)

    def __str__(self) -> str:
        """The reference itself."""
        return self.waarde

    def __reduce__(self) -> tuple[type[LeerlingRef], tuple[str]]:
        """Unpickle through the constructor, so a reference is checked on the way in too."""
        return (LeerlingRef, (self.waarde,))


def als_ref(value: object) -> object:
    """Converter for fields holding a `LeerlingRef`: a plain string becomes one (not exported)."""
    return LeerlingRef(value) if isinstance(value, str) else value


@final
@frozen
class Leerling:
    """A pupil: a reference, and optionally the name and BSN the caller holds.

    ``naam`` and ``bsn`` take part in equality but are left out of ``repr`` and ``str``; the
    BSN must pass `controleer_bsn`. They leave the library only when the caller asks for them
    (`to_dict` with ``persoonsgegevens=True``): pickling a pupil with a name or BSN raises
    `PersoonsgegevensError` (pickle ``leerling.ref`` instead, or that dict form, explicitly),
    so neither is written nor silently dropped; a pupil with neither pickles as its reference.
    ``copy.copy`` and ``copy.deepcopy`` give the value itself: it is immutable.

    Examples:
        >>> kind = Leerling(LeerlingRef("L-017"), naam="Sanne de Vries", bsn="111222333")
        >>> kind
        Leerling(ref=LeerlingRef(waarde='L-017'))
        >>> import pickle
        >>> pickle.dumps(kind)
        Traceback (most recent call last):
        ...
        gedragswerk_core.errors.PersoonsgegevensError: Leerling: a pupil's personal data (naam and \
bsn) is not pickled — pickle leerling.ref, or write to_dict(leerling, persoonsgegevens=True) to \
your own protected pupil administration
        >>> pickle.loads(pickle.dumps(kind.ref)) == kind.ref
        True
    """

    ref: LeerlingRef = field(converter=als_ref, validator=v.instance_of(LeerlingRef))
    naam: str | None = field(default=None, repr=False, validator=v.optional_text(max_length=200))
    bsn: str | None = field(default=None, repr=False)

    @bsn.validator
    def _check_bsn(self, attribute: object, value: object) -> None:
        del attribute
        if value is not None:
            controleer_bsn(value, field="Leerling.bsn")

    def __reduce__(self) -> tuple[type[Leerling], tuple[LeerlingRef]]:
        """Pickle as the reference alone, through the constructor; refuse a name or BSN."""
        bij = [veld for veld in ("naam", "bsn") if getattr(self, veld) is not None]
        if bij:
            raise PersoonsgegevensError(
                f"a pupil's personal data ({' and '.join(bij)}) is not pickled",
                field="Leerling" if len(bij) > 1 else f"Leerling.{bij[0]}",
                hint="pickle leerling.ref, or write to_dict(leerling, persoonsgegevens=True) to "
                "your own protected pupil administration",
            )
        return (Leerling, (self.ref,))

    def __copy__(self) -> Leerling:
        """The value itself: it is immutable."""
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> Leerling:
        """The value itself: it is immutable."""
        return self


# --- the caller's own form of reference ----------------------------------------------------------


@final
@frozen
class Referentiepatroon:
    """The form of the pupil references in the caller's own system (issue 18).

    The library cannot recognise a name, and only recognises a BSN written as nine digits in a
    row; a caller that knows the form of its own case numbers says so, and every `LeerlingRef`
    made while it is in use (see `gebruik_referentiepatroon`) must have that form too, on top of
    the library's own checks (1–64 characters, letters, digits and ``. _ : / -``, no BSN).

    Attributes:
        patroon: a regular expression the whole reference must match.
        voorbeeld: a reference of that form, shown in the hint when one is refused (never the
            refused value itself); it must pass every check itself.

    Examples:
        >>> zaaknummer = Referentiepatroon(r"ZAAK-[0-9]{6}", voorbeeld="ZAAK-000017")
        >>> zaaknummer.past("ZAAK-201617"), zaaknummer.past("Sanne")
        (True, False)
    """

    patroon: str = field(validator=v.text(max_length=1000))
    voorbeeld: str = field(validator=v.text(max_length=64))

    @patroon.validator
    def _check_patroon(self, attribute: object, value: str) -> None:
        del attribute
        try:
            re.compile(value)
        except re.error:
            raise InvalidValueError(
                "not a regular expression", field="Referentiepatroon.patroon"
            ) from None

    def __attrs_post_init__(self) -> None:
        """The example has the form, and is a valid reference by the library's own checks."""
        if not self.past(self.voorbeeld) or _weigering(self.voorbeeld) is not None:
            raise InvalidValueError(
                "the example does not match the pattern, or is no valid reference itself",
                field="Referentiepatroon.voorbeeld",
            )

    def past(self, waarde: str) -> bool:
        """Whether ``waarde`` has this form (the whole text matches `patroon`)."""
        # The re module keeps the compiled pattern (its own cache): no field needed for it.
        return re.fullmatch(self.patroon, waarde) is not None


_EIGEN_PATROON: Final[ContextVar[Referentiepatroon | None]] = ContextVar(
    "gedragswerk_core.leerling.referentiepatroon", default=None
)


@contextmanager
def gebruik_referentiepatroon(patroon: Referentiepatroon) -> Iterator[Referentiepatroon]:
    """Check every `LeerlingRef` made inside the ``with`` block against ``patroon`` too.

    The setting is a context variable: it holds for this thread (or asyncio task) inside the
    block, and is undone when the block ends, even by an error. A new thread starts without it;
    run work in another thread inside ``contextvars.copy_context().run`` to take it along.
    Values made before keep their references.

    Examples:
        >>> zaaknummer = Referentiepatroon(r"ZAAK-[0-9]{6}", voorbeeld="ZAAK-000017")
        >>> with gebruik_referentiepatroon(zaaknummer):
        ...     LeerlingRef("L-017")
        Traceback (most recent call last):
        ...
        gedragswerk_core.errors.InvalidValueError: LeerlingRef.waarde: a pupil reference does \
not have the form this system set (Referentiepatroon) — use a reference of this system's form, \
e.g. 'ZAAK-000017'
        >>> LeerlingRef("L-017")
        LeerlingRef(waarde='L-017')
    """
    if not isinstance(patroon, Referentiepatroon):
        raise InvalidValueError(
            f"expected a Referentiepatroon, got {type(patroon).__name__}", field="patroon"
        )
    token = _EIGEN_PATROON.set(patroon)
    try:
        yield patroon
    finally:
        _EIGEN_PATROON.reset(token)


def referentiepatroon() -> Referentiepatroon | None:
    """The `Referentiepatroon` in use here (`gebruik_referentiepatroon`), or ``None``."""
    return _EIGEN_PATROON.get()
