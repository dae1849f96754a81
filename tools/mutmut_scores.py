"""Mutation score per rule module from ``mutmut results --all true`` (docs/reliability.md).

Run from the repository root after ``mutmut run``:
``.venv/bin/mutmut results --all true | .venv/bin/python tools/mutmut_scores.py``.
A mutant counts as killed when a test failed on it or it timed out; the score is killed out of
all mutants that were tested (not-checked mutants are listed apart).
"""

import collections
import sys

GROUPS = {
    "lifecycle": ("interventie.stappen", "interventie.interventie"),
    "intake": ("interventie.hulpvraag",),
    "leerplicht dates": ("leerplicht._datums", "leerplicht.status"),
    "verzuim": ("leerplicht.verzuim",),
    "meldingen": ("leerplicht.meldingen",),
    "werkagenda checks": ("werkagenda.controle",),
}
KILLED = {"killed", "timeout"}


def main() -> None:
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for line in sys.stdin:
        name, sep, status = line.strip().rpartition(": ")
        if not sep or "__mutmut_" not in name:
            continue
        module = name.removeprefix("gedragswerk_core.").split(".x")[0].split(".x_")[0]
        module = ".".join(p for p in module.split(".") if not p.startswith("x"))
        counts[module][status] += 1
    for group, modules in GROUPS.items():
        total = collections.Counter()
        for module in modules:
            total.update(counts.get(module, {}))
        killed = sum(total[s] for s in KILLED)
        tested = killed + total["survived"]
        score = f"{100 * killed / tested:.1f} %" if tested else "-"
        print(f"{group:20} {score:>8}  killed {killed}, survived {total['survived']}, other {dict(total - collections.Counter({s: total[s] for s in (*KILLED, 'survived')}))}")
    for module, c in sorted(counts.items()):
        print(f"  {module}: {dict(c)}", file=sys.stderr)


if __name__ == "__main__":
    main()
