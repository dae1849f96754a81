"""A web app checks a proposed overdracht: request JSON in, the decision as JSON out (R-LC-6).

Run: python examples/webapp_overdracht.py

No web framework: the two handlers below are plain functions from the request body (a JSON
string) to an HTTP status and a JSON-ready answer. A route in Flask, FastAPI or Django calls one
with the raw body and returns the answer with that status. The library reads no clock, so the
handler that carries the handover out takes "now" as a parameter: the web app passes its clock.

Seed 002 §2: a hulpvraag is handed over when it is more for another party to act and that party
states it can and wants to take it on; then the sparring partner withdraws.
"""

import json
from typing import Any

import pendulum

from gedragswerk_core import (
    GedragswerkError,
    Interventie,
    Overdrachtsvoorstel,
    RefusedError,
    StructureError,
    beoordeel_overdracht,
    draag_over,
    from_dict,
    to_dict,
    voorbeeld,
)

Antwoord = tuple[int, dict[str, Any]]


class OngeldigVerzoekError(Exception):
    """A request that cannot be read: the HTTP status and the problems, one per field."""

    def __init__(self, status: int, fouten: list[str]) -> None:
        """Keep the answer to send."""
        super().__init__(status, fouten)
        self.antwoord: Antwoord = (status, {"fouten": fouten})


def _lees_verzoek(body: str) -> tuple[Interventie, Overdrachtsvoorstel]:
    """The intervention and the proposal of the request.

    Raises:
        OngeldigVerzoekError: 400 for a body that is no JSON object, 422 for bad fields.
    """
    try:
        verzoek = json.loads(body)
    except json.JSONDecodeError as fout:
        melding = f"not valid JSON (line {fout.lineno}, column {fout.colno})"
        raise OngeldigVerzoekError(400, [melding]) from None
    if not isinstance(verzoek, dict):
        raise OngeldigVerzoekError(400, ["expected a JSON object with interventie and voorstel"])
    fouten: list[str] = []
    gelezen: dict[str, Any] = {}
    for veld, soort in (("interventie", Interventie), ("voorstel", Overdrachtsvoorstel)):
        if veld not in verzoek:
            fouten.append(f"required field missing @ $.{veld}")
            continue
        try:
            gelezen[veld] = from_dict(soort, verzoek[veld])
        except StructureError as fout:
            # the library's paths start at the value read; prefix the request's field
            fouten += [regel.replace(" @ $", f" @ $.{veld}", 1) for regel in fout.errors]
    if fouten:
        raise OngeldigVerzoekError(422, fouten)
    return gelezen["interventie"], gelezen["voorstel"]


def behandel_beoordeling(body: str) -> Antwoord:
    """POST /overdracht/beoordeling: may this hulpvraag be handed over? Nothing is saved.

    200 with the `Besluit` as a dict, allowed or not (the question was answered); 400 or 422
    with the problems when the request cannot be read. Error texts name fields, never values,
    so they are safe to send back.
    """
    try:
        interventie, voorstel = _lees_verzoek(body)
    except OngeldigVerzoekError as fout:
        return fout.antwoord
    return 200, to_dict(beoordeel_overdracht(interventie, voorstel))


def behandel_overdracht(body: str, nu: pendulum.DateTime) -> Antwoord:
    """POST /overdracht: hand the hulpvraag over, or refuse with the very same decision.

    201 with the new intervention (to store); 409 with the refusing `Besluit`; 400 or 422 for
    a request that cannot be read or a moment before the last event.
    """
    try:
        interventie, voorstel = _lees_verzoek(body)
    except OngeldigVerzoekError as fout:
        return fout.antwoord
    try:
        nieuw = draag_over(interventie, nu, voorstel)
    except RefusedError as fout:
        return 409, to_dict(fout.besluit)
    except GedragswerkError as fout:
        return 422, {"fouten": [str(fout)]}
    return 201, to_dict(nieuw)


def verzoek(*, wil: bool) -> str:
    """A request body as a client would send it: the stored intervention and the proposal."""
    voorstel = Overdrachtsvoorstel(
        voorbeeld.partijen()["consulent"],
        meer_aan_ontvanger=True,
        ontvanger_kan=True,
        ontvanger_wil=wil,
    )
    interventie = to_dict(voorbeeld.interventie_na_intake())
    return json.dumps({"interventie": interventie, "voorstel": to_dict(voorstel)})


def toon(titel: str, antwoord: Antwoord) -> None:
    """Print a status and the gist of an answer, as a client would show it."""
    status, data = antwoord
    print(f"{titel}\n  HTTP {status}")
    if "fouten" in data:
        for fout in data["fouten"]:
            print(f"  - {fout}")
    elif "toegestaan" in data:
        print(f"  {data['handeling']}: {'allowed' if data['toegestaan'] else 'refused'}")
        for reden in data["redenen"]:
            print(f"  {'✓' if reden['voldaan'] else '✗'} {reden['regel']}: {reden['uitleg']}")
    else:
        laatste = data["gebeurtenissen"][-1]
        print(f"  stored: {len(data['gebeurtenissen'])} events, the last {laatste['type']}")


nu = pendulum.datetime(2015, 10, 1, 14, tz="Europe/Amsterdam")

toon("1. The receiver can but does not want to:", behandel_beoordeling(verzoek(wil=False)))
toon("2. The receiver can and wants to:", behandel_beoordeling(verzoek(wil=True)))
toon("3. Not JSON:", behandel_beoordeling("{'interventie': …"))

kapot = json.loads(verzoek(wil=True))
del kapot["voorstel"]["ontvanger_wil"]
kapot["interventie"]["gebeurtenissen"][0]["moment"] = "2015-09-14T10:00:00"
toon("4. A field missing, a moment without UTC offset:", behandel_beoordeling(json.dumps(kapot)))

toon("5. Carry it out, refused:", behandel_overdracht(verzoek(wil=False), nu))
toon("6. Carry it out:", behandel_overdracht(verzoek(wil=True), nu))
toon(
    "7. Carry it out, dated before the last event:",
    behandel_overdracht(verzoek(wil=True), nu.subtract(months=1)),
)
