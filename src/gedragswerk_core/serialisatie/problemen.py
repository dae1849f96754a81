"""RFC 9457 problem details for the library's errors: a pure function from an error to a dict.

A web service answers a request that cannot be read, or a step the methodiek refuses, with a
``application/problem+json`` body. `probleem_details` makes that body from any
`GedragswerkError`: the standard members (``type``, ``title``, ``status``, ``detail``) and the
extension ``errors``, one entry per problem with its ``location`` (``$.voorstel.ontvanger_wil``:
one path style, the same as `StructureError.errors`), ``message``, ``type`` and ``regel``. A
refusal (`RefusedError`) also carries its decision, reason by reason. Messages name fields and
rules, never the values sent, so the body is safe to return and to log.

Examples:
    >>> from gedragswerk_core import Overdrachtsvoorstel, StructureError, from_dict
    >>> try:
    ...     from_dict(Overdrachtsvoorstel, {"meer_aan_ontvanger": True})
    ... except StructureError as fout:
    ...     body = probleem_details(fout, veld="voorstel")
    >>> body["status"], body["errors"][0]["location"], body["errors"][0]["type"]
    (422, '$.voorstel.ontvanger', 'missing')
"""

from __future__ import annotations

from typing import Any, Final

from gedragswerk_core.errors import ErrorDetail, GedragswerkError, RefusedError, StructureError

__all__ = ["PROBLEEM_TYPE", "probleem", "probleem_details"]

PROBLEEM_TYPE: Final = "urn:gedragswerk-core:probleem:"
"""The prefix of the ``type`` of every problem this library describes (``…:onleesbaar``)."""

_SOORTEN: Final = (
    # (error class, type suffix, title, HTTP status), the first that matches
    (StructureError, "onleesbaar", "The data cannot be read", 422),
    (RefusedError, "geweigerd", "The methodiek does not allow this step", 409),
    (GedragswerkError, "ongeldig", "A value is not acceptable", 422),
)


def _onder(location: str, veld: str | None) -> str:
    """``location`` (``$…``, relative to the value read) as a path in the request."""
    return location if veld is None else f"$.{veld}{location[1:]}"


def _detail(d: ErrorDetail, veld: str | None) -> dict[str, Any]:
    return {
        "location": _onder(d.location, veld),
        "message": d.message,
        "type": d.type,
        "regel": d.regel,
    }


def probleem(
    status: int, soort: str, title: str, detail: str, errors: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """A problem details body (RFC 9457) for a problem that is not a library error.

    Examples:
        >>> probleem(400, "geen-json", "The body is not JSON", "not valid JSON (line 1)")["type"]
        'urn:gedragswerk-core:probleem:geen-json'
    """
    body: dict[str, Any] = {
        "type": PROBLEEM_TYPE + soort,
        "title": title,
        "status": status,
        "detail": detail,
    }
    body["errors"] = errors if errors is not None else []
    return body


def probleem_details(
    fout: GedragswerkError, *, veld: str | None = None, instance: str | None = None
) -> dict[str, Any]:
    """The RFC 9457 problem details of ``fout``, ready for ``json.dumps``.

    Args:
        fout: the error.
        veld: the request field the value was read from; the locations are given under it
            (``"$.interventie.gebeurtenissen[0].moment"``).
        instance: the ``instance`` member (e.g. the request path), if any.

    Returns:
        ``type``, ``title``, ``status`` (422 for data that cannot be read or is not acceptable,
        409 for a step the methodiek refuses), ``detail``, ``regel``, ``errors`` (one entry per
        problem: ``location``, ``message``, ``type``, ``regel``), and for a refusal ``besluit``.
    """
    soort, title, status = next((s, t, c) for k, s, t, c in _SOORTEN if isinstance(fout, k))
    body = probleem(status, soort, title, fout.message, [_detail(d, veld) for d in fout.details])
    body["regel"] = fout.regel
    if isinstance(fout, RefusedError):
        body["besluit"] = {
            "handeling": fout.besluit.handeling,
            "toegestaan": fout.besluit.toegestaan,
            # undecided (R-VKL-1): which statements to record before trying again
            "uitkomst": fout.besluit.uitkomst.value,
            "ontbreekt": list(fout.besluit.ontbreekt),
            "redenen": [
                {
                    "regel": r.regel,
                    "code": r.code,
                    "uitleg": r.uitleg,
                    "voldaan": r.voldaan,
                    "ontbreekt": list(r.ontbreekt),
                }
                for r in fout.besluit.redenen
            ],
        }
    if instance is not None:
        body["instance"] = instance
    return body
