"""Data for benchmarks/test_frames.py: birth dates and absence records, generated with NumPy.

Also run as a script by the memory check (``python _frames_data.py reports PATH``): it scans the
Parquet file at PATH, computes the DUO reports, and prints the seconds and the peak RSS as JSON,
so the peak belongs to that work alone.
"""

from __future__ import annotations

import datetime as dt
import json
import resource
import sys
import time

import numpy as np
import polars as pl

PEILDATUM = dt.date(2016, 1, 15)
VERZUIM_PEIL = dt.date(2016, 7, 8)
EPOCH = dt.date(1970, 1, 1).toordinal()
SCHOOLJAAR = (dt.date(2015, 8, 17).toordinal() - EPOCH, VERZUIM_PEIL.toordinal() - EPOCH)
SEED = 20160115


def geboortedagen(n: int) -> np.ndarray:
    """Birth dates 1990-2013 (every category on PEILDATUM) as datetime64[D]; 29 Feb included."""
    rng = np.random.default_rng(SEED)
    lo = dt.date(1990, 1, 1).toordinal() - EPOCH
    hi = dt.date(2013, 12, 31).toordinal() - EPOCH
    return rng.integers(lo, hi + 1, n).astype("datetime64[D]")


def leerlingen(n: int) -> pl.DataFrame:
    return pl.DataFrame({"geboortedatum": geboortedagen(n)})


def afwezigheden(n: int, per_leerling: int = 100) -> tuple[pl.DataFrame, pl.DataFrame]:
    """``n`` lesson records of ``n // per_leerling`` pupils over a school year, and the pupils.

    Per pupil a run of consecutive weekdays (so that 16-hour reports and their repeats occur),
    six 50-minute lessons a day, a fifth authorised; the categories of pupils on VERZUIM_PEIL.
    """
    rng = np.random.default_rng(SEED)
    p = max(n // per_leerling, 1)
    leerling = np.repeat(np.arange(p, dtype=np.int32), per_leerling)[:n]
    if len(leerling) < n:
        leerling = np.concatenate((leerling, rng.integers(0, p, n - len(leerling), dtype=np.int32)))
    rang = np.arange(n) % per_leerling  # the record's place in its pupil's records
    start = rng.integers(SCHOOLJAAR[0], SCHOOLJAAR[1] - 60, p)
    werkdag = rang // 6  # six lessons a day
    dag = start[leerling] + werkdag + 2 * (werkdag // 5)  # weekdays only, roughly
    categorie = rng.choice(
        ["volledig_leerplichtig", "kwalificatieplichtig", "rmc_doelgroep", "niet_gedekt"],
        p,
        p=[0.8, 0.12, 0.06, 0.02],
    )
    records = pl.DataFrame(
        {
            "leerling": leerling,
            "datum": dag.astype(np.int32),
            "minuten": np.full(n, 50, dtype=np.int16),
            "geoorloofd": rng.random(n) < 0.2,
            "les": np.ones(n, dtype=bool),
            "hele_dag": np.zeros(n, dtype=bool),
            "luxe": rng.random(n) < 0.01,
        }
    ).with_columns(pl.col("datum").cast(pl.Date))
    pupils = pl.DataFrame(
        {
            "leerling": np.arange(p, dtype=np.int32),
            "categorie": categorie,
            "ingeschreven": np.ones(p, dtype=bool),
        }
    )
    return records, pupils


def _cpu() -> float:
    """The process's CPU time, user and system, summed over its threads."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _reports(path: str) -> None:
    from gedragswerk_core.frames import verzuimmeldingen_frame  # noqa: PLC0415

    start, cpu = time.perf_counter(), _cpu()
    records = pl.scan_parquet(f"{path}/afwezigheden.parquet")
    pupils = pl.scan_parquet(f"{path}/leerlingen.parquet")
    meldingen = verzuimmeldingen_frame(records, pupils, VERZUIM_PEIL)
    seconds, cpu = time.perf_counter() - start, _cpu() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: kilobytes
    uit = {"seconds": seconds, "cpu_seconds": cpu, "peak_bytes": peak, "reports": meldingen.height}
    print(json.dumps(uit))  # noqa: T201


if __name__ == "__main__":
    if sys.argv[1] == "reports":
        _reports(sys.argv[2])
