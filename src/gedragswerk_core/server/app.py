"""The ASGI application (Starlette): one route per row of `EINDPUNTEN`, problem details on error.

A request body is read field by field (`from_dict` for library values), every problem collected
with its location in the request (``$.voorstel.ontvanger_wil``); a body that is no JSON object
is a 400, a field that is missing or wrong a 422, both as RFC 9457 problem details with the rule
where one applies. A refusal by the methodiek is an answer (200 with the `Besluit`), not an
error. Nothing is stored and no clock is read: every request carries its moment or peildatum.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Awaitable, Callable
from typing import Any, Final

import pendulum
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from gedragswerk_core import __version__
from gedragswerk_core.errors import GedragswerkError
from gedragswerk_core.serialisatie.converter import from_dict
from gedragswerk_core.serialisatie.problemen import probleem, probleem_details
from gedragswerk_core.server.eindpunten import DATUM, EINDPUNTEN, Eindpunt, Veld
from gedragswerk_core.server.openapi import openapi

__all__ = ["MAX_BODY", "maak_app"]

MAX_BODY: Final = 1_000_000
"""The largest request body read, in bytes (a larger one is refused with 413)."""

_DATUM: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_PROBLEEM: Final = "application/problem+json"


class _JSON(JSONResponse):
    def render(self, content: object) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode()


def _probleem(body: dict[str, Any], pad: str) -> Response:
    body["instance"] = pad
    return _JSON(body, status_code=body["status"], media_type=_PROBLEEM)


def _fout(locatie: str, melding: str, soort: str = "invalid") -> dict[str, Any]:
    return {"location": locatie, "message": melding, "type": soort, "regel": None}


def _datum(waarde: object, locatie: str) -> pendulum.Date | dict[str, Any]:
    if isinstance(waarde, str) and _DATUM.fullmatch(waarde):
        try:
            d = dt.date.fromisoformat(waarde)
        except ValueError:
            pass
        else:
            return pendulum.Date(d.year, d.month, d.day)
    return _fout(locatie, "expected a date as YYYY-MM-DD")


def _een(veld: Veld, waarde: object, naam: str) -> tuple[Any, list[dict[str, Any]]]:
    """One value of ``veld`` read from ``waarde`` (at request field ``naam``), or its problems."""
    if veld.soort == DATUM:
        gelezen = _datum(waarde, f"$.{naam}")
        return (None, [gelezen]) if isinstance(gelezen, dict) else (gelezen, [])
    if veld.soort is bool:
        ok = type(waarde) is bool
        return (waarde, []) if ok else (None, [_fout(f"$.{naam}", "expected true or false")])
    try:
        return from_dict(veld.soort, waarde), []  # type: ignore[call-overload]
    except GedragswerkError as fout:
        return None, probleem_details(fout, veld=naam)["errors"]


def _veld(veld: Veld, waarde: object) -> tuple[Any, list[dict[str, Any]]]:
    if not veld.lijst:
        return _een(veld, waarde, veld.naam)
    if not isinstance(waarde, list):
        return None, [_fout(f"$.{veld.naam}", "expected a list")]
    paren = [_een(veld, w, f"{veld.naam}[{i}]") for i, w in enumerate(waarde)]
    return tuple(w for w, _ in paren), [f for _, fouten in paren for f in fouten]


def lees(e: Eindpunt, data: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The values of a request body for ``e``, by field name, and every problem found."""
    bekend = {v.naam for v in e.velden}
    fouten = []
    onbekend = sum(1 for k in data if k not in bekend)
    if onbekend:  # the keys are not repeated: a key may be personal data
        velden = ", ".join(sorted(bekend))
        fouten.append(
            _fout("$", f"{onbekend} unknown field(s); the fields are: {velden}", "unknown_field")
        )
    waarden: dict[str, Any] = {}
    for veld in e.velden:
        if veld.naam not in data:
            if veld.verplicht:
                fouten.append(_fout(f"$.{veld.naam}", "required field missing", "missing"))
            continue
        waarden[veld.naam], veldfouten = _veld(veld, data[veld.naam])
        fouten += veldfouten
    return waarden, fouten


def _lichaam(ruw: bytes) -> dict[str, Any] | str:
    """The parsed JSON object, or why it is not one."""
    try:
        data = json.loads(ruw)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return "the body is not JSON (UTF-8)"
    if not isinstance(data, dict):
        return f"expected a JSON object, got {type(data).__name__}"
    return data


def _route(e: Eindpunt) -> Callable[[Request], Awaitable[Response]]:
    async def behandel(request: Request) -> Response:
        ruw = await request.body()
        if len(ruw) > MAX_BODY:
            tekst = f"the body is larger than {MAX_BODY} bytes"
            return _probleem(probleem(413, "te-groot", "The body is too large", tekst), e.pad)
        data = _lichaam(ruw)
        if isinstance(data, str):
            return _probleem(probleem(400, "geen-json-object", "Not a JSON object", data), e.pad)
        waarden, fouten = lees(e, data)
        if fouten:
            tekst = f"{len(fouten)} problem(s) in the request; see errors"
            titel = "The data cannot be read"
            return _probleem(probleem(422, "onleesbaar", titel, tekst, fouten), e.pad)
        try:
            return _JSON(e.antwoord(waarden))
        except GedragswerkError as fout:  # e.g. a peildatum before the birth date
            return _probleem(probleem_details(fout), e.pad)

    return behandel


async def _health(_: Request) -> Response:
    return _JSON({"status": "ok", "version": __version__})


def _http_fout(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    titels = {404: "No such endpoint", 405: "Method not allowed"}
    titel = titels.get(status, "Internal error")
    body = probleem(status, f"http-{status}", titel, f"{request.method} {request.url.path}")
    return _probleem(body, request.url.path)


def maak_app() -> Starlette:
    """The service as an ASGI application: run it with uvicorn, or test it in process."""
    document = openapi()

    async def _openapi(_: Request) -> Response:
        return _JSON(document)

    routes = [Route(e.pad, _route(e), methods=["POST"]) for e in EINDPUNTEN]
    routes += [
        Route("/health", _health, methods=["GET"]),
        Route("/openapi.json", _openapi, methods=["GET"]),
    ]
    return Starlette(
        routes=routes,
        exception_handlers={HTTPException: _http_fout, Exception: _http_fout},
    )
