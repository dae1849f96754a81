"""The fuzz harness (issue 18): damaged dict forms of every public value give library errors only.

Every damage starts from a valid dict form (``to_dict`` of a value drawn by the strategies) and
breaks it: keys dropped, added (of text that may be a name or a BSN, and of other types) or
retyped; values replaced by a value of another type, a huge one (a long text, a big number, a
long list), a deep one, a non-finite number, a text with a lone surrogate, a ``defaultdict``.
Each damaged dict is read with ``from_dict`` and must:

- give a value or a `GedragswerkError`, never another exception;
- not repeat any injected text (each carries the marker `MARK`) in the error's message, field
  path, hint or lines;
- leave the caller's dict exactly as it was (compared with a deep copy taken before).

Two profiles: the quick one runs in CI (Hypothesis draws the values and the damage); the long one
runs by hand, ``FUZZ_AANTAL=1000000 python -m pytest -q -s tests/test_fuzz.py -k lang`` (values
drawn once per type, then damaged by a seeded ``random.Random``), and prints its counts; the
last run's counts are in docs/reliability.md.
"""

from __future__ import annotations

import collections
import contextlib
import copy
import io
import json
import math
import os
import random
import time
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gedragswerk_core import (
    Afrondingsverklaring,
    GedragswerkError,
    Interventie,
    Overdrachtsvoorstel,
    Werkagenda,
    concept_werkagenda,
    from_dict,
    to_dict,
    voorbeeld,
)
from gedragswerk_core import strategies as gst
from gedragswerk_core.__main__ import main
from gedragswerk_core.serialisatie.grenzen import controleer_grenzen

TYPES = gst.waardetypen()
MARK = "ZQXJ"
"""Carried by every injected text, so that an echo of one is found in any message."""

_INJECTED_TEXTS = (
    f"Sanne de Vries {MARK}",
    f"{MARK}111222333",
    f"L-111222333-{MARK}",
    f"\ud800{MARK}",
    f"{MARK}\udfff\u0000",
    f"{MARK}" * 40_000,  # longer than the text limit (MAX_TEKST)
    f"{MARK}\n' OR 1=1 --",
    f"2015-09-14T10:00:00+02:00{MARK}",
)


def _deep(depth: int) -> object:
    value: object = [MARK]
    for _ in range(depth):
        value = [value]
    return value


def _other_value(rnd: random.Random) -> object:
    """A value of any kind: wrong type, huge, deep, non-finite, surrogate, injected text."""
    kind = rnd.randrange(14)
    values: tuple[object, ...] = (
        None,
        rnd.choice([True, False]),
        rnd.randint(-(2**70), 2**70),
        rnd.choice([math.nan, math.inf, -math.inf, 1e308, -0.0, 0.5]),
        rnd.choice(_INJECTED_TEXTS),
        10 ** rnd.randint(15, 400),
        [rnd.choice(_INJECTED_TEXTS)] * rnd.choice([1, 2, 10_001]),
        {f"{MARK} Jansen": 1, "type": "Geaccepteerd"},
        _deep(rnd.choice([5, 33, 200])),
        collections.defaultdict(int),
        (1, MARK),
        "",
        rnd.choice(["2015-09-14", "2015-09-14T08:00:00Z", "L-017", "ouder", "thuiszitter"]),
        {"gebeurtenissen": [{}] * rnd.choice([1, 10_001])},
    )
    return values[kind]


def _other_key(rnd: random.Random) -> object:
    return rnd.choice(
        [f"Sanne de Vries {MARK}", f"{MARK}111222333", 1, None, 2.5, (MARK,), True, f"\ud800{MARK}"]
    )


def _places(node: object) -> list[tuple[object, object]]:
    """Every (container, key or index) in ``node``, the top included as (None, None)."""
    places: list[tuple[object, object]] = [(None, None)]
    todo = [node]
    while todo:
        here = todo.pop()
        items = here.items() if isinstance(here, dict) else enumerate(here)  # type: ignore[attr-defined]
        for key, value in items:
            places.append((here, key))
            if isinstance(value, dict | list):
                todo.append(value)
    return places


def beschadig(data: dict[str, object], rnd: random.Random) -> dict[str, object]:
    """``data`` (a fresh dict form, changed in place) with one to three damages."""
    for _ in range(rnd.choice([1, 1, 1, 2, 3])):
        container, key = rnd.choice(_places(data))
        if container is None:
            container, key = data, None
        action = rnd.randrange(5)
        if isinstance(container, dict):
            if action == 0 and key is not None:
                del container[key]
            elif action == 1:
                container[_other_key(rnd)] = _other_value(rnd)
            elif action == 2 and key is not None:  # the key retyped: same value, another key
                container[_other_key(rnd)] = container.pop(key)
            elif action == 3 and key is not None and isinstance(container[key], dict):
                container[key] = collections.defaultdict(lambda: MARK, container[key])
            elif key is not None:
                container[key] = _other_value(rnd)
        elif isinstance(container, list) and key is not None:
            container[key] = _other_value(rnd)  # type: ignore[index]
    return data


def _texts_of(exc: GedragswerkError) -> list[str]:
    return [str(exc), repr(exc.args), str(exc.field), str(exc.hint), *getattr(exc, "errors", ())]


def lees_beschadigd(cls: type, data: dict[str, object]) -> str:
    """Read ``data``; the outcome ("gelezen" or "fout"), or an AssertionError on a finding."""
    before = copy.deepcopy(data)
    try:
        from_dict(cls, data)
    except GedragswerkError as exc:
        echoed = [t for t in _texts_of(exc) if MARK in t]
        assert not echoed, f"{cls.__name__}: an injected text is repeated: {echoed[0][:200]!r}"
        outcome = "fout"
    else:
        outcome = "gelezen"
    assert data == before, f"{cls.__name__}: from_dict changed the data it was given"
    return outcome


@pytest.mark.parametrize("cls", TYPES, ids=lambda c: c.__name__)
@settings(max_examples=12, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(data=st.data(), rnd=st.randoms(use_true_random=False))
def test_beschadigde_dictvormen_geven_alleen_bibliotheekfouten(cls, data, rnd):
    waarde = data.draw(gst.waarden(cls))
    lees_beschadigd(cls, beschadig(to_dict(waarde, persoonsgegevens=True), rnd))


def test_een_defaultdict_wordt_niet_beschreven_en_mist_een_veld():
    ontvanger: collections.defaultdict[str, int] = collections.defaultdict(int)
    data = {
        "ontvanger": ontvanger,
        "meer_aan_ontvanger": True,
        "ontvanger_kan": True,
        "ontvanger_wil": True,
    }
    with pytest.raises(GedragswerkError) as info:
        from_dict(Overdrachtsvoorstel, data)
    assert dict(ontvanger) == {}
    assert "required field missing @ $.ontvanger.naam" in info.value.errors


def _pools(per_type: int) -> dict[type, list[dict[str, object]]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return {
            cls: [
                to_dict(gst.waarden(cls).example(), persoonsgegevens=True) for _ in range(per_type)
            ]
            for cls in TYPES
        }


@pytest.mark.skipif("FUZZ_AANTAL" not in os.environ, reason="the long profile runs by hand")
def test_lang_fuzzprofiel():
    aantal = int(os.environ["FUZZ_AANTAL"])
    seed = int(os.environ.get("FUZZ_SEED", "18"))
    rnd = random.Random(seed)  # noqa: S311 - damage, not secrets
    pools = _pools(int(os.environ.get("FUZZ_POOL", "8")))
    counts: collections.Counter[str] = collections.Counter()
    start = time.monotonic()
    for i in range(aantal):
        cls = TYPES[i % len(TYPES)]
        data = beschadig(copy.deepcopy(rnd.choice(pools[cls])), rnd)
        counts[lees_beschadigd(cls, data)] += 1
    seconds = time.monotonic() - start
    print(  # noqa: T201 - the counts are the point of the long profile
        f"\nfuzz: {aantal} damaged inputs over {len(TYPES)} types (seed {seed}) "
        f"in {seconds:.0f} s: "
        f"{counts['fout']} library errors, {counts['gelezen']} read as values; "
        "0 other exceptions, 0 echoed injected texts, 0 changed inputs"
    )


# --- the command line: damaged JSON in, exit 2 with a message out, never a traceback --------------


def _cli_bases() -> list[tuple[str, dict[str, object]]]:
    p = voorbeeld.partijen()
    interventie = to_dict(voorbeeld.interventie_na_intake())
    return [
        (
            "overdracht",
            {
                "interventie": interventie,
                "voorstel": to_dict(Overdrachtsvoorstel(p["consulent"], True, True, True)),
            },
        ),
        (
            "afronding",
            {
                "interventie": to_dict(voorbeeld.afgeronde_interventie()),
                "verklaring": to_dict(Afrondingsverklaring(oplossing_gevonden=True)),
            },
        ),
        ("werkagenda", to_dict(concept_werkagenda("Tiel", ["WA-1.1"]))),
    ]


def _text_damage(text: str, rnd: random.Random) -> bytes:
    """The JSON text damaged as text or bytes: cut, flipped, bad UTF-8, odd numbers, deep."""
    at = rnd.randrange(len(text) + 1)
    raw = text.encode()
    kind = rnd.randrange(9)
    damaged: tuple[bytes | str, ...] = (
        text[:at],
        text[:at] + rnd.choice('{}[]",:\\') + text[at:],
        raw[:at] + rnd.choice([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x00"]) + raw[at:],
        text.replace(": true", ": 1" + "0" * 5000, 1).replace(": 1", ": " + "9" * 4301, 1),
        text.replace('"', '"\\ud800' + MARK, 3),
        "[" * 100_000 + "]" * 100_000,
        text.replace("true", rnd.choice(["NaN", "Infinity", "-Infinity", "1e999", "tru"]), 1),
        "\ufeff" + text,
        rnd.choice(["", "null", "[]", '"x"', "17", "{}"]),
    )
    value = damaged[kind]
    return value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass")


def _expected_bad(command: str, raw: bytes) -> bool:
    """Whether ``raw`` is bad input for ``command``, decided without the CLI."""
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=float)
        if not isinstance(data, dict):
            return True
        controleer_grenzen(data, "JSON")  # the documented limits hold for the whole input
        parts = {
            "overdracht": {"interventie": Interventie, "voorstel": Overdrachtsvoorstel},
            "afronding": {"interventie": Interventie, "verklaring": Afrondingsverklaring},
        }.get(command)
        if parts is None:
            from_dict(Werkagenda, data)
        else:
            for name, cls in parts.items():
                from_dict(cls, data[name])
    except (ValueError, KeyError, RecursionError, GedragswerkError):
        return True
    return False


def run_cli(command: str, raw: bytes, fmt: str) -> tuple[int, str, str]:
    """Run ``main`` in this process on ``raw`` as standard input; (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    stdin = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")
    with (
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
        pytest.MonkeyPatch.context() as mp,
    ):
        mp.setattr("sys.stdin", stdin)
        code = main([command, "-", "--format", fmt])
    return code, out.getvalue(), err.getvalue()


def _cli_case(rnd: random.Random, bases: list[tuple[str, dict[str, object]]]) -> tuple[str, bytes]:
    command, base = rnd.choice(bases)
    if rnd.random() < 0.5:
        data = beschadig(copy.deepcopy(base), rnd)
        try:
            return command, json.dumps(data, ensure_ascii=rnd.random() < 0.5).encode(
                "utf-8", "surrogatepass"
            )
        except (TypeError, ValueError, RecursionError):  # not JSON at all (a tuple key, say)
            pass
    return command, _text_damage(json.dumps(base), rnd)


def fuzz_cli(aantal: int, rnd: random.Random) -> collections.Counter[str]:
    """``aantal`` damaged inputs through ``main``: counts of exit codes; asserts on a finding."""
    bases = _cli_bases()
    counts: collections.Counter[str] = collections.Counter()
    for _ in range(aantal):
        command, raw = _cli_case(rnd, bases)
        fmt = rnd.choice(["text", "json"])
        bad = _expected_bad(command, raw)
        code, _, err = run_cli(command, raw, fmt)  # an exception here is a traceback
        assert code in {0, 1, 2}
        if bad:
            assert code == 2, (command, raw[:200], err)
            assert err.startswith("error: ")
            assert MARK not in err, err[:300]
        else:
            assert code in {0, 1}, (command, err)
        counts[f"exit {code}"] += 1
    return counts


def test_de_cli_geeft_op_beschadigde_invoer_exitcode_2_en_nooit_een_traceback():
    counts = fuzz_cli(150, random.Random(18))  # noqa: S311 - damage, not secrets
    assert counts["exit 2"] > 100


@pytest.mark.skipif("FUZZ_CLI_AANTAL" not in os.environ, reason="the long profile runs by hand")
def test_lang_cli_fuzzprofiel():
    aantal = int(os.environ["FUZZ_CLI_AANTAL"])
    start = time.monotonic()
    seed = int(os.environ.get("FUZZ_SEED", "18"))
    counts = fuzz_cli(aantal, random.Random(seed))  # noqa: S311 - damage, not secrets
    print(  # noqa: T201 - the counts are the point of the long profile
        f"\ncli fuzz: {aantal} damaged inputs in {time.monotonic() - start:.0f} s: "
        f"{dict(sorted(counts.items()))}; 0 tracebacks, every bad input exit 2"
    )
