"""Mutation score per rule module from ``mutmut results --all true`` (docs/reliability.md).

Run from the repository root after ``mutmut run``::

    .venv/bin/mutmut results --all true | .venv/bin/python tools/mutmut_scores.py

A mutant counts as killed when a test failed on it or it timed out; the score is killed out of
killed and survived (mutants no test reaches are counted apart, as "not checked").
"""

import collections
import sys

GROUPS = {
    "lifecycle": (
        "interventie.stappen",
        "interventie.voorwaarden",
        "interventie.interventie",
        "interventie.toestand",
    ),
    "intake": ("interventie.hulpvraag",),
    "leerplicht dates": ("leerplicht._datums", "leerplicht.status"),
    "verzuim": ("leerplicht.verzuim",),
    "meldingen": ("leerplicht.meldingen",),
    "werkagenda checks": ("werkagenda.controle",),
}
KILLED = ("killed", "timeout")


def _module(name: str) -> str:
    """``gedragswerk_core.a.b.x_f__mutmut_3`` (or ``.xǁClassǁf__…``) -> ``a.b``."""
    parts = name.removeprefix("gedragswerk_core.").split(".")
    return ".".join(p for p in parts if not p.startswith("x"))


def _line(label: str, total: collections.Counter[str]) -> str:
    killed = sum(total[s] for s in KILLED)
    tested = killed + total["survived"]
    score = f"{100 * killed / tested:.1f} %" if tested else "-"
    rest = sum(total.values()) - tested
    return f"{label:26} {score:>8}  killed {killed:4}, survived {total['survived']:3}, other {rest}"


def main() -> None:
    """Print the score of each group of rule modules, then of each module."""
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for line in sys.stdin:
        name, sep, status = line.strip().rpartition(": ")
        if sep and "__mutmut_" in name:
            counts[_module(name)][status] += 1
    for group, modules in GROUPS.items():
        total: collections.Counter[str] = collections.Counter()
        for module in modules:
            total.update(counts.get(module, collections.Counter()))
        sys.stdout.write(_line(group, total) + "\n")
    for module, total in sorted(counts.items()):
        sys.stdout.write(_line(f"  {module}", total) + "\n")


if __name__ == "__main__":
    main()
