"""The generated readers and writers (``_fastpath``) agree with the converter they speed up.

The converter (cattrs, one hook per field, every value through its class's constructor) is the
reference. For every public value class, on valid and on damaged dicts, the generated reader
must give an equal value where the converter does and fail where it fails; the generated writer
must give exactly the converter's dict. Values made without their constructor must behave as
constructed ones: equal, same hash, picklable, evolvable.
"""

import copy
import pickle

import attrs
import pendulum
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from gedragswerk_core import (
    BetrokkenLeerling,
    Hulpvraag,
    Interventie,
    InvalidValueError,
    Partij,
    Reden,
    Rol,
    StructureError,
    from_dict,
    to_dict,
    voorbeeld,
)
from gedragswerk_core import _validatie as v
from gedragswerk_core import strategies as gst
from gedragswerk_core.serialisatie._fastpath import (
    FastPath,
    _inline_check,
    _key_safe,
    _Kind,
    _slot_setters,
)
from gedragswerk_core.serialisatie.converter import _READ_ERRORS, _converter, _fast

WAARDEN = {cls: gst.waarden(cls) for cls in gst.waardetypen()}
KLASSEN = pytest.mark.parametrize("cls", list(WAARDEN), ids=lambda c: c.__name__)


def _vorm(data):
    """A tree that shows what ``==`` hides: list or tuple, bool or int, and key order."""
    if isinstance(data, dict):
        return ("dict", [(k, _vorm(x)) for k, x in data.items()])
    if isinstance(data, list | tuple):
        return (type(data).__name__, [_vorm(x) for x in data])
    return (type(data).__name__, data)


def _referentie(cls, data):
    return _converter().structure(data, cls)


def _snel(cls, data):
    return _fast().reader(cls)(data)


def _uitkomst(lees, cls, data):
    """``("ok", value)`` or ``("fout", None)``: whether it failed counts, not how.

    Only errors that `from_dict` turns into a `StructureError` count as failing; anything else
    would escape from it, and fails the test.
    """
    try:
        return ("ok", lees(cls, copy.deepcopy(data)))
    except _READ_ERRORS:
        return ("fout", None)


# --- writing ------------------------------------------------------------------------------------


@KLASSEN
@given(data=st.data())
def test_de_snelle_schrijver_schrijft_precies_wat_de_converter_schrijft(cls, data):
    waarde = data.draw(WAARDEN[cls])
    snel = _fast().writer(cls)(waarde)
    assert _vorm(snel) == _vorm(_converter().unstructure(waarde))


# --- reading valid dicts ------------------------------------------------------------------------


def _dict_vorm(cls, waarde):
    d = _converter().unstructure(waarde)
    return d if isinstance(d, dict) else {attrs.fields(cls)[0].name: d}


@KLASSEN
@given(data=st.data())
def test_de_snelle_lezer_leest_wat_de_converter_leest(cls, data):
    waarde = data.draw(WAARDEN[cls])
    d = _converter().unstructure(waarde)
    snel, referentie = _snel(cls, d), _referentie(cls, d)
    assert type(snel) is type(referentie) is type(waarde)
    assert snel == referentie == waarde
    assert repr(snel) == repr(referentie)


@KLASSEN
@given(data=st.data())
def test_een_snel_gelezen_waarde_gedraagt_zich_als_een_gemaakte(cls, data):
    waarde = data.draw(WAARDEN[cls])
    snel = _snel(cls, _converter().unstructure(waarde))
    assert hash(snel) == hash(waarde)
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(snel, protocol)) == waarde  # noqa: S301 - our own bytes
    assert copy.deepcopy(snel) == waarde
    if attrs.has(cls):
        assert attrs.evolve(snel) == waarde
        # Slots that are no field (cached properties, left unset by attrs's __init__ too) are
        # computed on first use, as for a constructed value.
        slots = {x for k in cls.__mro__ for x in getattr(k, "__slots__", ())}
        velden = {f.name for f in attrs.fields(cls)}
        for naam in slots - velden - {"__weakref__", "_attrs_cached_hash"}:
            assert getattr(snel, naam) == getattr(waarde, naam)


# --- reading damaged dicts ----------------------------------------------------------------------


class _Tekst(str):
    """A text that is not a plain str (as numpy.str_ is): equal to one, but refused."""

    __slots__ = ()


_VERVANGERS = (
    st.none()
    | st.booleans()
    | st.integers(-2, 2)
    | st.sampled_from([0.0, 1.0, "", " ", "x" * 301, "2015-W23-1", "2015-06-01", []])
    | st.sampled_from(
        [
            "2015-03-29T02:30:00+01:00",  # in the spring gap
            "2015-10-25T02:30:00+02:00",  # the repeated hour, first time
            "2015-10-25T02:30:00+01:00",  # and second time
            "2015-10-01T10:00:00Z",
            "2015-10-01T10:00:00",  # no offset
        ]
    )
    | st.text(max_size=6)
    | st.dictionaries(st.sampled_from(["type", "moment", "naam"]), st.text(max_size=3), max_size=2)
)


@st.composite
def _beschadigd(draw, cls):
    """A valid dict form of ``cls`` with one change: a leaf, a key removed, or a key added."""
    d = _dict_vorm(cls, draw(WAARDEN[cls]))
    plekken = []

    def loop(node):
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for k, x in items:
            plekken.append((node, k))
            if isinstance(x, dict | list):
                loop(x)

    loop(d)
    soort = draw(st.sampled_from(["vervang", "subklasse", "weg", "erbij"]))
    if soort == "erbij" or not plekken:
        d[draw(st.sampled_from(["extra", "type", "schema_version"]))] = draw(_VERVANGERS)
        return d
    ouder, sleutel = draw(st.sampled_from(plekken))
    oud = ouder[sleutel]
    if soort == "weg" and isinstance(ouder, dict):
        del ouder[sleutel]
    elif soort == "subklasse" and isinstance(oud, str):
        ouder[sleutel] = _Tekst(oud)
    elif soort == "subklasse" and isinstance(oud, bool | int):
        ouder[sleutel] = int(oud) if isinstance(oud, bool) else bool(oud)
    else:
        ouder[sleutel] = draw(_VERVANGERS)
    return d


@KLASSEN
@given(data=st.data())
def test_beschadigde_data_wordt_door_beide_gelezen_of_door_beide_geweigerd(cls, data):
    d = data.draw(_beschadigd(cls))
    referentie = _uitkomst(_referentie, cls, d)
    snel = _uitkomst(_snel, cls, d)
    assert snel[0] == referentie[0], (snel, referentie)
    if snel[0] == "ok":
        assert type(snel[1]) is type(referentie[1])
        assert snel[1] == referentie[1]


@given(gst.interventies())
def test_een_interventie_met_een_verkeerde_volgorde_wordt_door_beide_geweigerd(interventie):
    assume(len(interventie.gebeurtenissen) > 1)
    d = _dict_vorm(Interventie, interventie)
    d["gebeurtenissen"].reverse()  # the hulpvraag comes in last: never a valid history
    assert _uitkomst(_snel, Interventie, d)[0] == _uitkomst(_referentie, Interventie, d)[0]
    assert _uitkomst(_snel, Interventie, d)[0] == "fout"


def test_ontbrekende_velden_met_een_standaard_leest_de_converter():
    d = to_dict(voorbeeld.partijen()["swv"])
    del d["schema_version"], d["omschrijving"], d["niveau"]
    assert _snel(Partij, d) == _referentie(Partij, d) == voorbeeld.partijen()["swv"]


def _eigen_pad(memo):
    """A FastPath of its own over the library's converter, remembering the classes in ``memo``."""
    c = _converter()
    return FastPath(c.get_structure_hook, c.get_unstructure_hook, tagged={}, memo=memo, forms={})


# --- parties read once --------------------------------------------------------------------------


@given(partij=gst.partijen())
def test_een_partij_met_tekst_die_geen_str_is_vindt_nooit_een_gelezen_partij(partij):
    d = _dict_vorm(Partij, partij)
    assert _snel(Partij, d) is _snel(Partij, dict(d))
    with pytest.raises(TypeError, match="expected another value"):
        _snel(Partij, d | {"naam": _Tekst(d["naam"])})


def test_de_snelle_lezer_doet_de_controle_na_het_maken_van_een_partij():
    d = _dict_vorm(Partij, voorbeeld.partijen()["swv"]) | {"rol": "overig", "omschrijving": None}
    with pytest.raises(InvalidValueError) as info:  # __attrs_post_init__ runs: R-ACT-3
        _snel(Partij, d)
    assert info.value.rule == "R-ACT-3"


@pytest.mark.parametrize("veld", ["rol", "niveau", "zorgstructuur"])
def test_een_onbekende_enumwaarde_wordt_geweigerd_en_niet_onthouden(veld):
    # Parties are remembered by the texts of their enum fields; the member is looked up when
    # a party is made, so an unknown text fails there, and nothing is remembered.
    goed = _dict_vorm(Partij, voorbeeld.partijen()["swv"])
    assert _snel(Partij, goed) == voorbeeld.partijen()["swv"]
    geheugen = _fast()._memos[Partij]
    voor = geheugen.cache_info().currsize
    with pytest.raises(KeyError):
        _snel(Partij, goed | {veld: "onbekend"})
    assert geheugen.cache_info().currsize == voor
    with pytest.raises(StructureError, match=f"expected one of .* @ \\$.{veld}"):
        from_dict(Partij, goed | {veld: "onbekend"})
    assert _snel(Partij, goed) == voorbeeld.partijen()["swv"]


def test_twee_tegelijk_gebouwde_lezers_delen_de_onthouden_partijen():
    pad = _eigen_pad({Partij: 8})
    # Two threads that find no reader yet each build one; the second is not stored.
    een = pad._reader(Partij, frozenset())
    del pad._readers[Partij]
    twee = pad._reader(Partij, frozenset())
    assert twee is not een
    d = _dict_vorm(Partij, voorbeeld.partijen()["swv"])
    assert een(d) is twee(dict(d))


# --- the inline checks are the validators' checks -----------------------------------------------


def _faalt(check, waarde):
    try:
        check(None, attrs.fields(Partij).naam, waarde)
    except ValueError:
        return True
    return False


def _inline_faalt(check, kind, waarde):
    voorwaarde = _inline_check(v.SPECS[check], kind, "x")
    assert voorwaarde is not None
    return bool(voorwaarde) and eval(voorwaarde, {"x": waarde})  # noqa: S307 - our own source


@given(
    tekst=st.text(max_size=8) | st.sampled_from([" ", "\t\n", "\u3000"]), lengte=st.integers(1, 6)
)
def test_de_inline_tekstcontrole_is_die_van_de_validator(tekst, lengte):
    check = v.text(max_length=lengte)
    assert _inline_faalt(check, _Kind(str), tekst) == _faalt(check, tekst)
    optioneel = v.optional_text(max_length=lengte)
    for waarde in (tekst, None):
        kind = _Kind(str, optional=True)
        assert _inline_faalt(optioneel, kind, waarde) == _faalt(optioneel, waarde)
    assert _inline_faalt(optioneel, _Kind(str), tekst) == _faalt(optioneel, tekst)


@given(aantal=st.integers(-3, 3))
def test_de_inline_telling_is_die_van_de_validator(aantal):
    assert _inline_faalt(v.aantal, _Kind(int), aantal) == _faalt(v.aantal, aantal)


@given(lengte=st.integers(0, 3), minimum=st.integers(0, 2))
def test_de_inline_lengte_van_een_tuple_is_die_van_de_validator(lengte, minimum):
    check = v.tuple_of(Partij, min_length=minimum)
    partijen = (voorbeeld.partijen()["swv"],) * lengte
    kind = _Kind(tuple, item=Partij)
    assert _inline_faalt(check, kind, partijen) == _faalt(check, partijen)


@pytest.mark.parametrize(
    ("check", "kind"),
    [
        (v.instance_of(bool), _Kind(bool)),
        (v.optional_instance_of(pendulum.Date), _Kind(pendulum.Date, optional=True)),
        (v.is_moment, _Kind(pendulum.DateTime)),
        (v.is_date, _Kind(pendulum.Date)),
    ],
)
def test_een_typecontrole_die_de_lezer_al_deed_vervalt(check, kind):
    assert _inline_check(v.SPECS[check], kind, "x") == ""


@pytest.mark.parametrize(
    ("check", "kind"),
    [
        (v.instance_of(int), _Kind(bool)),  # a bool is no int here
        (v.instance_of(bool), _Kind(bool, optional=True)),  # None is no bool
        (v.text(), _Kind(None)),  # not known what the reader made
        (v.tuple_of(Partij), _Kind(tuple, item=None)),
        (v.is_moment, _Kind(pendulum.DateTime, optional=True)),
        (v.aantal, _Kind(bool)),
        (v.labels(), _Kind(tuple, item=str)),  # no spec: always called
    ],
)
def test_een_controle_die_de_lezer_niet_deed_wordt_aangeroepen(check, kind):
    assert _inline_check(v.SPECS.get(check), kind, "x") is None


# --- which classes are made without their constructor --------------------------------------------


def test_klassen_met_slots_en_alleen_velden_worden_zonder_constructor_gemaakt():
    for cls in (Partij, BetrokkenLeerling, Hulpvraag):  # Hulpvraag: a cached property's slot
        assert _slot_setters(cls, attrs.fields(cls)) is not None


def test_een_klasse_met_een_bewaarde_hash_gaat_door_de_constructor():
    assert _slot_setters(Reden, attrs.fields(Reden)) is None


def test_een_klasse_zonder_slots_of_met_eigen_new_gaat_door_de_constructor():
    @attrs.define(slots=False)
    class ZonderSlots:
        a: int

    @attrs.frozen
    class EigenNew:
        a: int

        def __new__(cls, *_, **__):
            return super().__new__(cls)

    assert _slot_setters(ZonderSlots, attrs.fields(ZonderSlots)) is None
    assert _slot_setters(EigenNew, attrs.fields(EigenNew)) is None


@attrs.frozen
class _Verborgen:
    """An attrs class whose init argument is not its field name (``_a`` is set by ``a``)."""

    _a: int
    b: str = attrs.field(init=False, default="b")


def test_een_klasse_waarvan_de_vorm_niet_de_velden_zijn_leest_en_schrijft_de_converter():
    waarde = _Verborgen(1)
    d = _converter().unstructure(waarde)
    assert _vorm(_fast().writer(_Verborgen)(waarde)) == _vorm(d)
    assert _snel(_Verborgen, d) == _referentie(_Verborgen, d) == waarde


# --- what the generated code must leave to the constructor or the converter ---------------------


def test_met_uitgeschakelde_validators_leest_from_dict_zoals_de_converter():
    d = _dict_vorm(Partij, voorbeeld.partijen()["swv"]) | {"naam": " "}
    with attrs.validators.disabled():
        assert from_dict(Partij, d) == _referentie(Partij, d)
    with pytest.raises(StructureError):
        from_dict(Partij, d)


@attrs.frozen
class _EigenInit:
    """A class with its own ``__init__``, which normalises its argument."""

    a: str

    def __init__(self, a: str) -> None:
        self.__attrs_init__(a.strip())


def test_een_klasse_met_een_eigen_init_wordt_door_die_init_gemaakt():
    assert _slot_setters(_EigenInit, attrs.fields(_EigenInit)) is None
    assert (
        _snel(_EigenInit, {"a": " x "}) == _referentie(_EigenInit, {"a": " x "}) == _EigenInit("x")
    )


@attrs.frozen
class _AlleenTrefwoord:
    a: str = attrs.field(validator=v.text(max_length=5))
    b: int = attrs.field(kw_only=True, validator=v.aantal)


def test_een_onthouden_klasse_met_een_trefwoordveld_wordt_gelezen():
    pad = _eigen_pad({_AlleenTrefwoord: 8})
    d = {"a": "x", "b": 1}
    assert pad.reader(_AlleenTrefwoord)(d) is pad.reader(_AlleenTrefwoord)(dict(d))
    assert pad.reader(_AlleenTrefwoord)(d) == _referentie(_AlleenTrefwoord, d)
    with pytest.raises(TypeError, match="expected another value"):
        pad.reader(_AlleenTrefwoord)({"a": "x", "b": -1})


@attrs.frozen
class _MetMoment:
    naam: str = attrs.field(validator=v.text(max_length=5))
    moment: pendulum.DateTime = attrs.field(converter=v.to_moment, validator=v.is_moment)


def test_een_klasse_met_een_moment_wordt_niet_onthouden():
    # One instant in two zones is equal: remembering it would give back the other zone.
    pad = _eigen_pad({_MetMoment: 8, Partij: 8})
    amsterdam = {"naam": "x", "moment": "2016-01-04T09:00:00+01:00"}
    utc = {"naam": "x", "moment": "2016-01-04T08:00:00+00:00"}
    lees = pad.reader(_MetMoment)
    assert lees(amsterdam) == lees(utc)
    assert lees(amsterdam).moment.timezone_name == "Europe/Amsterdam"
    assert lees(utc).moment.timezone_name != "Europe/Amsterdam"
    assert lees(amsterdam) is not lees(dict(amsterdam))
    d = _dict_vorm(Partij, voorbeeld.partijen()["swv"])
    assert pad.reader(Partij)(d) is pad.reader(Partij)(dict(d))


@pytest.mark.parametrize(
    ("kind", "veilig"),
    [
        (_Kind(str), True),
        (_Kind(str, optional=True), True),
        (_Kind(int), True),
        (_Kind(bool), True),
        (_Kind(Reden), False),
        (_Kind(pendulum.Date), True),
        (_Kind(pendulum.DateTime), False),
        (_Kind(None), False),
        (_Kind(Rol), True),
        (_Kind(Rol, optional=True), True),
        (_Kind(tuple, item=Rol), True),
        (_Kind(tuple, item=str), True),
        (_Kind(tuple, item=None), False),
        (_Kind(frozenset, item=pendulum.DateTime), False),
    ],
)
def test_alleen_waarden_die_alleen_zichzelf_gelijk_zijn_zijn_een_sleutel(kind, veilig):
    assert _key_safe(kind) is veilig
