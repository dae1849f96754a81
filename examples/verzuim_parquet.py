"""A municipality's year of absence records, from Parquet to DUO reports and thuiszitter counts.

Run: python examples/verzuim_parquet.py   (needs the frames extra: pip install '.[frames]')

The example first writes a small school year of absence records and a pupil register as Parquet
files into a temporary directory — in practice these are the exports of the schools' records and
of the leerplicht administration — and then does what a leerplicht department does with them,
without loading the records into memory at once (polars scans the files lazily):

1. The status of every pupil on the peildatum (R-LPW-1 … R-LPW-4, R-LPW-13):
   `leerplicht_statussen`.
2. Every report due to DUO from the absence records (R-LPW-5, R-LPW-6, R-LPW-10):
   `verzuimmeldingen_frame`.
3. The thuiszitters per region (R-LPW-8, R-LPW-14): `thuiszitters_per_regio`.

Pupils are pseudonymous numbers; no names, no BSNs. The library reads no clock and no file: the
reading and writing below is the example's, and the peildatum is a parameter.
"""

import datetime as dt
import tempfile
from pathlib import Path

import polars as pl

from gedragswerk_core import Periode, Schoolkalender
from gedragswerk_core.frames import (
    leerplicht_statussen,
    thuiszitters_per_regio,
    verzuimmeldingen_frame,
)

PEILDATUM = dt.date(2016, 3, 18)
KALENDER = Schoolkalender(  # the region's holidays in 2015-2016 (regio midden)
    (
        Periode(dt.date(2015, 10, 17), dt.date(2015, 10, 25)),
        Periode(dt.date(2015, 12, 19), dt.date(2016, 1, 3)),
        Periode(dt.date(2016, 2, 20), dt.date(2016, 2, 28)),
    )
)


def schooldagen(van: dt.date, tot: dt.date) -> list[dt.date]:
    """The weekdays from ``van`` through ``tot`` outside the holidays."""
    dagen = (van + dt.timedelta(days=n) for n in range((tot - van).days + 1))
    return [d for d in dagen if d.weekday() < 5 and not KALENDER.is_vakantie(d)]  # noqa: PLR2004


def schrijf_voorbeeldbestanden(map_: Path) -> None:
    """A register of six pupils and a year of their absence, as Parquet (the schools' export)."""
    pl.DataFrame(
        {
            "leerling": [101, 102, 103, 104, 105, 106],
            "regio": ["Utrecht", "Utrecht", "Utrecht", "Zeist", "Zeist", "Zeist"],
            "geboortedatum": [
                dt.date(2004, 5, 1),
                dt.date(2003, 2, 28),
                dt.date(2000, 2, 29),  # a 29 February birthday
                dt.date(2005, 7, 31),
                dt.date(2001, 8, 1),
                dt.date(1996, 11, 12),
            ],
            "ingeschreven": [True, True, True, False, True, True],
            "niet_ingeschreven_sinds": [None, None, None, dt.date(2015, 11, 2), None, None],
            "aanbod": [False, False, True, False, False, False],
        }
    ).write_parquet(map_ / "leerlingen.parquet")
    rijen = []
    # 101 skips two lessons a day through January: 16-hour reports, then repeats
    rijen += [(101, d, 50, False, False, True) for d in schooldagen(dt.date(2016, 1, 4),
              dt.date(2016, 1, 29)) for _ in range(2)]  # fmt: skip
    # 102 has been away whole days since 1 February: langdurig relatief verzuim
    rijen += [
        (102, d, 300, False, True, False) for d in schooldagen(dt.date(2016, 2, 1), PEILDATUM)
    ]
    # 103 was ill (authorised) for a week: no report
    rijen += [(103, d, 300, True, True, False) for d in schooldagen(dt.date(2015, 11, 9),
              dt.date(2015, 11, 13))]  # fmt: skip
    # 105 took a week's holiday before the autumn break without leave: luxe verzuim
    luxe = [(105, d, 300, False, True, False) for d in schooldagen(dt.date(2015, 10, 12),
            dt.date(2015, 10, 16))]  # fmt: skip
    # 106 (in the RMC age group) has been away since 8 February: the RMC report
    rijen += [
        (106, d, 300, False, True, False) for d in schooldagen(dt.date(2016, 2, 8), PEILDATUM)
    ]
    schema = ["leerling", "datum", "minuten", "geoorloofd", "hele_dag", "les"]
    records = pl.DataFrame(rijen + luxe, schema=schema, orient="row")
    records = records.with_columns(luxe=pl.col("leerling") == 105)  # noqa: PLR2004
    records.write_parquet(map_ / "afwezigheden.parquet")


def main() -> None:
    """Write the example files, then read them as a leerplicht department would."""
    with tempfile.TemporaryDirectory() as tmp:
        map_ = Path(tmp)
        schrijf_voorbeeldbestanden(map_)

        # 1. the status of every pupil on the peildatum, lazily from the register
        register = pl.scan_parquet(map_ / "leerlingen.parquet")
        leerlingen = leerplicht_statussen(register, PEILDATUM).collect()
        print("Status on", PEILDATUM)
        print(leerlingen.select("leerling", "regio", "categorie", "einde_leerplicht"))

        # 2. every DUO report, from a lazy scan of the year's absence records
        afwezigheden = pl.scan_parquet(map_ / "afwezigheden.parquet")
        meldingen = verzuimmeldingen_frame(afwezigheden, leerlingen, PEILDATUM, KALENDER)
        print("\nReports due to DUO")
        print(meldingen.select("leerling", "soort", "begin", "einde", "minuten", "herhaling"))

        # 3. thuiszitters per region (R-LPW-14)
        telling = thuiszitters_per_regio(leerlingen, meldingen, PEILDATUM)
        print("\nThuiszitters per region")
        print(telling)

        # what the example shows, checked
        soorten = meldingen.group_by("leerling").agg(pl.col("soort").cast(pl.String))
        per_leerling = dict(soorten.iter_rows())
        assert set(per_leerling[101]) == {"16_uur"}
        assert "langdurig_relatief_verzuim" in per_leerling[102]
        assert 103 not in per_leerling  # noqa: PLR2004 — authorised absence is no verzuim
        assert "luxe_verzuim" in per_leerling[105]
        assert "rmc" in per_leerling[106]
        assert telling["thuiszitters"].sum() == 2  # 102 (lrv) and 104 (absoluut verzuim)  # noqa: PLR2004


if __name__ == "__main__":
    main()
