"""The decision service (``gedragswerk serve``): an edge of the library, like the CLI.

Stateless HTTP endpoints for the intake and doorverwijzing, afronding, overdracht, the
signals, the leerplicht status and the verzuim reports, with their DUO and ZGW forms; the
OpenAPI 3.1 description at ``/openapi.json``; errors as RFC 9457 problem details; ``/health``.
It needs the optional extra: ``pip install 'gedragswerk-core[server]'`` (Starlette, uvicorn).
The core never imports this package; it may do I/O (it serves HTTP).
"""

from __future__ import annotations

from gedragswerk_core.errors import MissingExtraError

try:
    import starlette  # noqa: F401
    import uvicorn
except ImportError as _fout:  # pragma: no cover - the tests run with the extra installed
    raise MissingExtraError("gedragswerk_core.server", "server", "starlette, uvicorn") from _fout

from gedragswerk_core.server.app import maak_app
from gedragswerk_core.server.openapi import openapi

__all__ = ["maak_app", "openapi", "serve"]


def serve(host: str = "127.0.0.1", port: int = 8000) -> None:  # pragma: no cover - a process
    """Run the service with uvicorn until it is stopped (Ctrl-C)."""
    uvicorn.run(maak_app(), host=host, port=port, log_level="warning", access_log=False)
