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
from typing import Final, final

from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.errors import InvalidBsnError, InvalidValueError

__all__ = ["Leerling", "LeerlingRef", "controleer_bsn", "is_geldig_bsn"]

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


def _is_pseudoniem(value: str) -> bool:
    """Whether ``value`` is a valid pupil reference (what `_check_ref` lets through)."""
    return _REF_PATTERN.fullmatch(value) is not None and not (
        len(value) == _BSN_LENGTH and value.isdigit()
    )


def _check_ref(inst: object, attribute: object, value: object) -> None:
    del attribute
    if isinstance(value, str) and _is_pseudoniem(value):
        return
    where = f"{type(inst).__name__}.waarde"
    if not isinstance(value, str):
        raise InvalidValueError(
            f"a pupil reference is text, got {type(value).__name__}", field=where
        )
    if _REF_PATTERN.fullmatch(value) is None:
        raise InvalidValueError(
            "a pupil reference is 1–64 characters: letters, digits and . _ : / -, "
            "starting with a letter or digit",
            field=where,
            hint="use your own case number, e.g. 'L-2016-017'",
        )
    if len(value) == _BSN_LENGTH and value.isdigit():
        raise InvalidValueError(
            "a pupil reference of nine digits could be a BSN; references must be pseudonymous",
            field=where,
            hint="prefix it, e.g. 'L-' + number, or use another case number",
        )


_ref_validator: v.Validator = _check_ref


@final
@frozen(order=True)
class LeerlingRef:
    """A pseudonymous reference to one pupil, chosen by the caller (e.g. a case number).

    It must not be a name or a BSN: nine-digit references are refused for that reason.

    Examples:
        >>> ref = LeerlingRef("L-017")
        >>> str(ref)
        'L-017'
    """

    waarde: str = field(validator=_ref_validator)

    def __str__(self) -> str:
        """The reference itself."""
        return self.waarde


def als_ref(value: object) -> object:
    """Converter for fields holding a `LeerlingRef`: a plain string becomes one (not exported)."""
    return LeerlingRef(value) if isinstance(value, str) else value


@final
@frozen
class Leerling:
    """A pupil: a reference, and optionally the name and BSN the caller holds.

    ``naam`` and ``bsn`` take part in equality but are left out of ``repr`` and ``str``; the
    BSN must pass `controleer_bsn`.

    Examples:
        >>> kind = Leerling(LeerlingRef("L-017"), naam="Sanne de Vries", bsn="111222333")
        >>> kind
        Leerling(ref=LeerlingRef(waarde='L-017'))
    """

    ref: LeerlingRef = field(converter=als_ref, validator=v.instance_of(LeerlingRef))
    naam: str | None = field(default=None, repr=False, validator=v.optional_text(max_length=200))
    bsn: str | None = field(default=None, repr=False)

    @bsn.validator
    def _check_bsn(self, attribute: object, value: object) -> None:
        del attribute
        if value is not None:
            controleer_bsn(value, field="Leerling.bsn")
