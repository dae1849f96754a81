"""A FastAPI app that stores each intervention as its events in SQLite, one row per event.

Run the demo: python examples/fastapi_sqlite.py (a real uvicorn server on a free port, a few
real HTTP requests, then it stops). Serve it: GEDRAGSWERK_DB=interventies.db uvicorn
--app-dir examples --factory fastapi_sqlite:maak_app

- The table is append-only: ``(interventie, volgnummer, gebeurtenis)``, the primary key on the
  first two. A client appends one event with the version it last saw (``verwachte_versie``, the
  number of events); the server loads the history from its own store, replays it
  (``Interventie(...)``, every rule checked), reads the new event (``from_dict(Gebeurtenis,
  ...)``), appends it with ``pas_toe`` and inserts row ``verwachte_versie``. Two clients that
  append to the same version: the primary key lets one insert, the other gets 409 (optimistic
  concurrency), and reloads.
- The client never sends the history: the server has it. The client sends the moment of its
  event (the library reads no clock).
- Errors are RFC 9457 problem details (``probleem_details``): 422 for an event that cannot be read
  or a moment before the last one (with ``location`` and ``regel``), 409 for a step the methodiek
  refuses (with the ``besluit``) or a version conflict, 404 for an unknown intervention.
"""

import json
import os
import sqlite3
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import closing, contextmanager
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from gedragswerk_core import (
    Gebeurtenis,
    GedragswerkError,
    Interventie,
    from_dict,
    pas_toe,
    probleem,
    probleem_details,
    to_dict,
)

TABEL = """
CREATE TABLE IF NOT EXISTS gebeurtenis (
    interventie TEXT NOT NULL,
    volgnummer INTEGER NOT NULL,
    gebeurtenis TEXT NOT NULL,
    PRIMARY KEY (interventie, volgnummer)
)
"""
PROBLEEM = "application/problem+json"


def _probleem(body: dict[str, Any], pad: str) -> JSONResponse:
    return JSONResponse({**body, "instance": pad}, status_code=body["status"], media_type=PROBLEEM)


def _geschiedenis(verbinding: sqlite3.Connection, sleutel: str) -> list[Gebeurtenis]:
    """The stored events of one intervention, in order, each read with its type tag."""
    rijen = verbinding.execute(
        "SELECT gebeurtenis FROM gebeurtenis WHERE interventie = ? ORDER BY volgnummer",
        (sleutel,),
    )
    return [from_dict(Gebeurtenis, json.loads(rij[0])) for rij in rijen]


def _conflict(tekst: str, pad: str) -> JSONResponse:
    return _probleem(probleem(409, "versieconflict", "Version conflict", tekst), pad)


def _voeg_toe(
    verbinding: sqlite3.Connection, sleutel: str, versie: object, data: object, pad: str
) -> JSONResponse:
    """Append the event ``data`` to the stored history at ``versie``, in one transaction."""
    eerdere = _geschiedenis(verbinding, sleutel)
    if versie != len(eerdere):
        return _conflict(f"the intervention is at version {len(eerdere)}; reload it", pad)
    try:
        nieuw = from_dict(Gebeurtenis, data)
        # The history is replayed with every check; the first event starts an intervention.
        interventie = (
            pas_toe(Interventie(tuple(eerdere)), nieuw) if eerdere else Interventie((nieuw,))
        )
    except GedragswerkError as fout:
        return _probleem(probleem_details(fout, veld="gebeurtenis"), pad)
    try:
        verbinding.execute(
            "INSERT INTO gebeurtenis VALUES (?, ?, ?)",
            (sleutel, len(eerdere), json.dumps(to_dict(nieuw))),
        )
    except sqlite3.IntegrityError:  # another request appended this version first
        return _conflict("another request appended first; reload it", pad)
    body = {"versie": len(eerdere) + 1, "status": interventie.status.value}
    return JSONResponse(body, status_code=201)


def maak_app(pad: str | None = None) -> FastAPI:
    """The app, storing in the SQLite file ``pad`` (default: $GEDRAGSWERK_DB)."""
    db = pad or os.environ.get("GEDRAGSWERK_DB", "interventies.db")
    with closing(sqlite3.connect(db)) as verbinding, verbinding:
        verbinding.execute(TABEL)
    app = FastAPI(title="Interventies, event by event")

    @contextmanager
    def transactie() -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(db, timeout=10)) as verbinding, verbinding:
            yield verbinding

    @app.get("/interventies/{sleutel}")
    def lees(sleutel: str, request: Request) -> JSONResponse:
        with transactie() as verbinding:
            gebeurtenissen = _geschiedenis(verbinding, sleutel)
        if not gebeurtenissen:
            tekst = "no intervention with this key"
            return _probleem(probleem(404, "onbekend", "Not found", tekst), request.url.path)
        interventie = Interventie(tuple(gebeurtenissen))
        return JSONResponse(
            {
                "versie": len(gebeurtenissen),
                "status": interventie.status.value,
                "gebeurtenissen": to_dict(interventie)["gebeurtenissen"],
            }
        )

    @app.post("/interventies/{sleutel}/gebeurtenissen")
    async def voeg_toe(sleutel: str, request: Request) -> JSONResponse:
        try:
            verzoek = json.loads(await request.body())
            versie, data = verzoek["verwachte_versie"], verzoek["gebeurtenis"]
        except (ValueError, TypeError, KeyError):
            tekst = "expected a JSON object with verwachte_versie and gebeurtenis"
            return _probleem(probleem(400, "verzoek", "Bad request", tekst), request.url.path)
        with transactie() as verbinding:
            return _voeg_toe(verbinding, sleutel, versie, data, request.url.path)

    return app


# --- the demo: a real server, real requests ---------------------------------------------------


def _verstuur(basis: str, methode: str, pad: str, body: object = None) -> tuple[int, Any]:
    data = None if body is None else json.dumps(body).encode()
    verzoek = urllib.request.Request(basis + pad, data=data, method=methode)  # noqa: S310
    verzoek.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(verzoek, timeout=10) as antwoord:  # noqa: S310
            return antwoord.status, json.loads(antwoord.read())
    except urllib.error.HTTPError as fout:
        return fout.code, json.loads(fout.read())


def demo(basis: str) -> list[str]:
    """A client's session against the server at ``basis``; one line per request."""
    from gedragswerk_core import Geaccepteerd, HulpvraagOntvangen, voorbeeld  # noqa: PLC0415

    start = to_dict(HulpvraagOntvangen(voorbeeld.moment(2015, 9, 14), voorbeeld.hulpvraag()))
    acceptatie = to_dict(Geaccepteerd(voorbeeld.moment(2015, 9, 15)))
    te_vroeg = to_dict(Geaccepteerd(voorbeeld.moment(2015, 9, 1)))
    pad = "/interventies/I-2015-017/gebeurtenissen"
    uit = []
    for titel, body in (
        ("the hulpvraag comes in", {"verwachte_versie": 0, "gebeurtenis": start}),
        ("accepted before it came in", {"verwachte_versie": 1, "gebeurtenis": te_vroeg}),
        ("accepted", {"verwachte_versie": 1, "gebeurtenis": acceptatie}),
        ("accepted again, by a stale client", {"verwachte_versie": 1, "gebeurtenis": acceptatie}),
        ("accepted again", {"verwachte_versie": 2, "gebeurtenis": acceptatie}),
    ):
        status, antwoord = _verstuur(basis, "POST", pad, body)
        if status in {200, 201}:
            uit.append(f"{titel}: {status} version {antwoord['versie']}, {antwoord['status']}")
        else:
            waar = [(f["location"], f["regel"]) for f in antwoord["errors"]]
            uit.append(f"{titel}: {status} {antwoord['title']} {waar}")
    status, antwoord = _verstuur(basis, "GET", "/interventies/I-2015-017")
    uit.append(f"read back: {status} {antwoord['status']}, {antwoord['versie']} events")
    return uit


def _vrije_poort() -> int:
    import socket  # noqa: PLC0415

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as map_:
        poort = _vrije_poort()
        config = uvicorn.Config(
            maak_app(os.path.join(map_, "demo.db")),  # noqa: PTH118
            port=poort,
            log_level="warning",
        )
        server = uvicorn.Server(config)
        draad = threading.Thread(target=server.run, daemon=True)
        draad.start()
        while not server.started:
            time.sleep(0.02)
        for regel in demo(f"http://127.0.0.1:{poort}"):
            print(regel)
        server.should_exit = True
        draad.join()
