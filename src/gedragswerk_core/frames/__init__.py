"""The Leerplicht and verzuim rules over polars frames, for national scale (the ``frames`` extra).

Install with ``pip install 'gedragswerk-core[frames]'`` (polars and pyarrow). Not imported by
``gedragswerk_core`` itself: ``import gedragswerk_core.frames`` when polars is wanted.

* `leerplicht_statussen`: the status of a frame of pupils on a peildatum (R-LPW-1..4, -13);
* `verzuimmeldingen_frame`: the DUO reports over a table of absence records (R-LPW-5, -6, -10);
* `thuiszitters_per_regio`: the thuiszitter columns of R-LPW-14 per region;
* the bridge to notebooks (`interventies_frame`, `gebeurtenissen_frame`, `statussen_frame`,
  `jaarcijfers_frame`, `intake_per_maand_frame`): the library's values as rows.

Every function takes and returns polars frames and does no I/O: reading Parquet
(``pl.scan_parquet``) is the caller's. pandas users convert with ``frame.to_pandas()``, which
needs pandas and pyarrow (not dependencies of this extra's code, only of that conversion).
The vectorised rules equal the scalar ones on every row: see ``tests/test_frames_*.py``.
"""

from gedragswerk_core.frames.leerplicht import CATEGORIE, leerplicht_statussen
from gedragswerk_core.frames.tabellen import (
    gebeurtenissen_frame,
    intake_per_maand_frame,
    interventies_frame,
    jaarcijfers_frame,
    statussen_frame,
)
from gedragswerk_core.frames.thuiszitters import thuiszitters_per_regio
from gedragswerk_core.frames.verzuim import MELDINGSOORT, verzuimmeldingen_frame

__all__ = [
    "CATEGORIE",
    "MELDINGSOORT",
    "gebeurtenissen_frame",
    "intake_per_maand_frame",
    "interventies_frame",
    "jaarcijfers_frame",
    "leerplicht_statussen",
    "statussen_frame",
    "thuiszitters_per_regio",
    "verzuimmeldingen_frame",
]
