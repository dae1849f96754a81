"""Private: the 16-hour reports of many pupils at once, in lockstep over their days (R-LPW-6).

The rule of `gedragswerk_core.leerplicht.meldingen_16_uur` walks a pupil's days of absence in
order and restarts its count the day after each report, so day *k* depends on the reports
before it. It is sequential per pupil but the same for every pupil, so it runs over all pupils
at once: step *k* treats the *k*-th day of every pupil who has one (pupils sorted by their
number of days, so those are a prefix and the state arrays are views). The window of four weeks
is a lookup: the first day still in the window of day *i* (``eerste_in_venster``, a sorted
search) or the day after the last report, whichever is later; its minutes are a difference of
running sums. The cost is that of a few NumPy operations per day of absence.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import numpy.typing as npt

Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]


class Dagen(NamedTuple):
    """The lesdagen with unauthorised absence, sorted by pupil and day."""

    leerling: Ints  # a code per pupil, 0, 1, 2, ... in sorted order
    dag: Ints  # the day number
    minuten: Ints  # the minutes counted that day (Telwijze)
    venster: Ints  # schooldagnr (lesweken) or weeknr (kalenderweken)
    aaneen: Bools  # no lesdag without absence between the pupil's previous day and this one


class Regels(NamedTuple):
    """The readings of `Verzuimregels` that the 16-hour rule uses."""

    venster: int  # 28 days (lesweken) or 4 weeks (kalenderweken)
    drempel: int  # minutes
    meer_dan: bool
    herhaal_min_dagen: int
    max_herhalingen: int


class Meldingen(NamedTuple):
    """The reports: pupil code, first and last day, minutes, repeat number."""

    leerling: Ints
    begin: Ints
    einde: Ints
    minuten: Ints
    herhaling: Ints


def meldingen(d: Dagen, r: Regels) -> Meldingen:
    """Every 16-hour report of every pupil (the rule of ``meldingen_16_uur``)."""
    n = len(d.dag)
    if n == 0:
        leeg = np.zeros(0, dtype=np.int64)
        return Meldingen(leeg, leeg, leeg, leeg, leeg)
    # the first day in the window of each day, pupils kept apart by a large offset
    sleutel = d.leerling * (1 << 32) + d.venster
    eerste_in_venster = np.searchsorted(sleutel, sleutel - r.venster + 1, side="left")
    som = np.concatenate(([0], np.cumsum(d.minuten)))
    start = np.flatnonzero(np.concatenate(([True], d.leerling[1:] != d.leerling[:-1])))
    aantal = np.diff(np.concatenate((start, [n])))
    volgorde = np.argsort(-aantal, kind="stable")
    start, aantal = start[volgorde], aantal[volgorde]
    van = start.copy()  # the first day that may count: after the last report
    vorige_h = np.full(len(start), -1, dtype=np.int64)  # -1: no report while absent
    vorige_e = np.zeros(len(start), dtype=np.int64)
    uit: list[tuple[Ints, ...]] = []
    for k in range(int(aantal[0])):
        a = int(np.searchsorted(-aantal, -k, side="left"))  # pupils with more than k days
        i = start[:a] + k
        vh = vorige_h[:a]
        vh[~d.aaneen[i]] = -1  # the pupil came to school: the next report is a first one
        v = np.maximum(van[:a], eerste_in_venster[i])
        minuten = som[i + 1] - som[v]
        bereikt = (minuten > r.drempel) | ((minuten == r.drempel) & (not r.meer_dan))
        mag = (vh < 0) | (
            (vh < r.max_herhalingen) & (d.dag[i] >= vorige_e[:a] + r.herhaal_min_dagen)
        )
        wie = np.flatnonzero(bereikt & mag)
        if len(wie) == 0:
            continue
        rij = i[wie]
        herhaling = vh[wie] + 1
        uit.append((d.leerling[rij], d.dag[v[wie]], d.dag[rij], minuten[wie], herhaling))
        vorige_h[wie] = herhaling
        vorige_e[wie] = d.dag[rij]
        van[wie] = rij + 1
    if not uit:
        leeg = np.zeros(0, dtype=np.int64)
        return Meldingen(leeg, leeg, leeg, leeg, leeg)
    return Meldingen(*(np.concatenate(kolom) for kolom in zip(*uit, strict=True)))
