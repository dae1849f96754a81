"""Values that hold moments pickle as their dict form, so a moment keeps its fold (R-LPW-9)."""

import copy
import datetime as dt
import pickle
import typing

import attrs
import pendulum
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import (
    Bellertype,
    Contact,
    Contactuitkomst,
)
from gedragswerk_core import strategies as gst
from gedragswerk_core._pickling import _reduce

# --- strategies (moments around the clock changes, the repeated autumn hour included) ---------


def _laatste_zondag_van_oktober(jaar):
    dag = pendulum.date(jaar, 10, 31)
    return dag.subtract(days=(dag.weekday() + 1) % 7)


@st.composite
def _momenten_in_het_dubbele_uur(draw):
    """Moments within an hour or two of the end of summer time (01:00 UTC, EU since 1996)."""
    dag = _laatste_zondag_van_oktober(draw(st.integers(1996, 2037)))
    utc = pendulum.datetime(dag.year, dag.month, dag.day, 1).add(
        seconds=draw(st.integers(-2 * 3600, 2 * 3600))
    )
    return utc.in_timezone(draw(st.sampled_from(["Europe/Amsterdam", "Europe/London"])))


def _momenten_van(waarde):
    return [
        getattr(waarde, f.name)
        for f in attrs.fields(type(waarde))
        if isinstance(getattr(waarde, f.name), dt.datetime)
    ]


def _zelfde_moment(a, b):
    # ``==`` does not compare the fold within one zone (PEP 495): compare the instants.
    return (a.fold, a.utcoffset(), a.timezone_name) == (b.fold, b.utcoffset(), b.timezone_name)


@given(moment=_momenten_in_het_dubbele_uur(), protocol=st.integers(0, pickle.HIGHEST_PROTOCOL))
def test_een_waarde_met_een_moment_komt_heel_uit_pickle_en_copy(moment, protocol):
    # The lifecycle's values no longer pickle as their dict form (issue 16: _pickling goes).
    waarden = [Contact(moment, Bellertype.OUDER, Contactuitkomst.DOORVERWEZEN)]
    for waarde in waarden:
        for terug in (
            pickle.loads(pickle.dumps(waarde, protocol)),  # noqa: S301 - our own bytes
            copy.copy(waarde),
            copy.deepcopy(waarde),
        ):
            assert terug == waarde
            assert type(terug) is type(waarde)
            for a, b in zip(_momenten_van(terug), _momenten_van(waarde), strict=True):
                assert _zelfde_moment(a, b)


def test_pendulum_zelf_laat_de_fold_weg_bij_pickle():
    # Why the values above pickle as their dict form. Should pendulum keep the fold one day,
    # this fails, and the dict form is no longer needed for it.
    moment = pendulum.datetime(2015, 10, 25, 1, 30).in_timezone("Europe/Amsterdam")
    assert moment.fold == 1
    assert pickle.loads(pickle.dumps(moment)).fold == 0  # noqa: S301 - our own bytes


def _heeft_een_moment(cls):
    hints = typing.get_type_hints(cls)
    return any(
        pendulum.DateTime in (hints[f.name], *typing.get_args(hints[f.name]))
        for f in attrs.fields(cls)
    )


def test_elke_waarde_met_een_moment_pickelt_als_dictvorm():
    met_moment = [
        cls
        for cls in gst.waardetypen()
        if attrs.has(cls)
        and _heeft_een_moment(cls)
        and not cls.__module__.startswith("gedragswerk_core.interventie")
    ]
    assert {Contact} <= set(met_moment)  # the check finds them
    for cls in met_moment:
        assert cls.__reduce__ is _reduce, cls.__name__
