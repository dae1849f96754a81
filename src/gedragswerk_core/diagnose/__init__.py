"""The diagnosis: kennen, kunnen, willen per party and its effect (R-KKW-1 … R-KKW-3)."""

from gedragswerk_core.diagnose.diagnose import (
    Beoordeling,
    Diagnose,
    Dimensie,
    Oordeel,
)
from gedragswerk_core.diagnose.effect import (
    Celwijziging,
    Effect,
    Verandering,
    Vergelijking,
    meet_effect,
    vergelijk,
)

__all__ = [
    "Beoordeling",
    "Celwijziging",
    "Diagnose",
    "Dimensie",
    "Effect",
    "Oordeel",
    "Verandering",
    "Vergelijking",
    "meet_effect",
    "vergelijk",
]
