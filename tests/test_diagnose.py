"""The diagnosis: kennen, kunnen, willen per involved party (R-KKW-1, R-KKW-2)."""

import datetime as dt
import html
from collections import defaultdict, deque
from html.parser import HTMLParser

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import InvalidValueError, Partij, Rol, from_dict, to_dict
from gedragswerk_core import strategies as gst
from gedragswerk_core.diagnose.diagnose import Beoordeling, Diagnose, Dimensie, Oordeel
from gedragswerk_core.diagnose.effect import Verandering, vergelijk

KENNEN, KUNNEN, WILLEN = Dimensie.KENNEN, Dimensie.KUNNEN, Dimensie.WILLEN
KNELPUNT, IN_ORDE, ONBEKEND = Oordeel.KNELPUNT, Oordeel.IN_ORDE, Oordeel.ONBEKEND

SCHOOL = Partij("Het Lingecollege", Rol.SCHOOLLEIDER)
GEMEENTE = Partij("Gemeente Tiel", Rol.WETHOUDER)
OUDERS = Partij("ouders L-2015-017", Rol.OUDER)

# --- helpers -------------------------------------------------------------------------------------


def views(d):
    """Every derived view, as plain comparable values."""
    return (
        d.geldend,
        d.knelpunten,
        d.knelpuntdimensies,
        tuple(d.partijen_met(dim, o) for dim in Dimensie for o in Oordeel),
        tuple(d.oordeel(p, dim) for p in d.partijen for dim in Dimensie),
        d.is_handelingsverlegen,
        d.niet_beoordeeld,
        tuple(d.ontbrekende_dimensies(p) for p in d.partijen),
        d.is_volledig,
        d.to_markdown(met_notities=True),
        d.to_html(met_notities=True),
    )


def drie_partijen():
    """The issue's case: the school lacks kennen, the municipality lacks willen, parents fine."""
    d = Diagnose((SCHOOL, GEMEENTE, OUDERS))
    for partij, dim, oordeel in [
        (SCHOOL, KENNEN, KNELPUNT),
        (SCHOOL, KUNNEN, IN_ORDE),
        (SCHOOL, WILLEN, IN_ORDE),
        (GEMEENTE, KENNEN, IN_ORDE),
        (GEMEENTE, KUNNEN, IN_ORDE),
        (GEMEENTE, WILLEN, KNELPUNT),
        (OUDERS, KENNEN, IN_ORDE),
        (OUDERS, KUNNEN, IN_ORDE),
        (OUDERS, WILLEN, IN_ORDE),
    ]:
        d = d.met(partij, dim, oordeel, datum=pendulum.date(2015, 10, 1))
    return d


# --- R-KKW-1 / R-KKW-2: the three-party case -----------------------------------------------------


def test_drie_partijen_school_mist_kennen_gemeente_mist_willen_ouders_in_orde():
    d = drie_partijen()
    assert d.knelpuntdimensies == (KENNEN, WILLEN)
    assert d.partijen_met(KENNEN) == (SCHOOL,)
    assert d.partijen_met(KUNNEN) == ()
    assert d.partijen_met(WILLEN) == (GEMEENTE,)
    assert d.partijen_met(KENNEN, IN_ORDE) == (GEMEENTE, OUDERS)
    assert d.is_handelingsverlegen
    assert d.niet_beoordeeld == ()
    assert d.is_volledig
    assert [(b.partij, b.dimensie) for b in d.knelpunten] == [(SCHOOL, KENNEN), (GEMEENTE, WILLEN)]


def test_herbeoordeling_later_toont_beide_knelpunten_opgelost():
    voor = drie_partijen()
    na = voor.met(SCHOOL, KENNEN, IN_ORDE, datum=pendulum.date(2016, 3, 1)).met(
        GEMEENTE, WILLEN, IN_ORDE, datum=pendulum.date(2016, 3, 1)
    )
    assert na.knelpuntdimensies == ()
    assert not na.is_handelingsverlegen
    vergelijking = vergelijk(voor, na)
    assert [(w.partij, w.dimensie) for w in vergelijking.opgelost] == [
        (SCHOOL, KENNEN),
        (GEMEENTE, WILLEN),
    ]
    assert {w.verandering for w in vergelijking.wijzigingen} == {Verandering.OPGELOST}
    assert vergelijking.nog_open == vergelijking.nieuw == vergelijking.onbekend == ()
    # the history is kept: nine assessments plus the two reassessments
    assert len(na.beoordelingen) == 11


# --- the later-recorded assessment wins ----------------------------------------------------------


@pytest.mark.parametrize(
    ("reeks", "verwacht"),
    [
        ([KNELPUNT], KNELPUNT),
        ([KNELPUNT, IN_ORDE], IN_ORDE),
        ([IN_ORDE, KNELPUNT], KNELPUNT),
        ([KNELPUNT, ONBEKEND], ONBEKEND),
        ([IN_ORDE, ONBEKEND, KNELPUNT], KNELPUNT),
        ([], ONBEKEND),  # never assessed reads as onbekend
    ],
)
def test_de_laatst_vastgelegde_beoordeling_geldt(reeks, verwacht):
    d = Diagnose((SCHOOL,))
    for oordeel in reeks:
        d = d.met(SCHOOL, KUNNEN, oordeel)
    assert d.oordeel(SCHOOL, KUNNEN) is verwacht


def test_de_vastlegvolgorde_beslist_niet_de_datum():
    # recorded second, but dated earlier: it still wins (documented in the module)
    d = (
        Diagnose((SCHOOL,))
        .met(SCHOOL, KENNEN, KNELPUNT, datum=pendulum.date(2016, 2, 1))
        .met(SCHOOL, KENNEN, IN_ORDE, datum=pendulum.date(2016, 1, 1))
    )
    assert d.oordeel(SCHOOL, KENNEN) is IN_ORDE
    assert d.beoordeling(SCHOOL, KENNEN).datum == pendulum.date(2016, 1, 1)


# --- who has not been assessed (R-KKW-2) ---------------------------------------------------------


def test_niet_beoordeelde_en_ontbrekende_dimensies():
    d = Diagnose((SCHOOL, GEMEENTE, OUDERS)).met(SCHOOL, WILLEN, ONBEKEND)
    assert d.niet_beoordeeld == (GEMEENTE, OUDERS)
    assert d.ontbrekende_dimensies(SCHOOL) == (KENNEN, KUNNEN)
    assert d.ontbrekende_dimensies(OUDERS) == (KENNEN, KUNNEN, WILLEN)
    assert not d.is_volledig
    assert not d.is_handelingsverlegen
    # a party not assessed on a dimension counts as onbekend there
    assert d.partijen_met(KENNEN, ONBEKEND) == (SCHOOL, GEMEENTE, OUDERS)
    assert d.beoordeling(GEMEENTE, KENNEN) is None


def test_een_partij_toevoegen_maakt_haar_niet_beoordeeld():
    d = drie_partijen().met_partij(Partij("SWV Rivierenland", Rol.SAMENWERKINGSVERBAND))
    assert [p.naam for p in d.niet_beoordeeld] == ["SWV Rivierenland"]
    assert not d.is_volledig


# --- property tests ------------------------------------------------------------------------------


@given(st.data())
def test_de_volgorde_van_vastleggen_verandert_de_afgeleide_views_niet(data_):
    d = data_.draw(gst.diagnoses())
    n = len(d.beoordelingen)
    volgorde = data_.draw(st.permutations(range(n)))
    # Shuffle, but keep the relative order of assessments of the same cell: between those the
    # later-recorded one wins by design.
    per_cel = defaultdict(deque)
    for b in d.beoordelingen:
        per_cel[(b.partij, b.dimensie)].append(b)
    geschud = [d.beoordelingen[i] for i in volgorde]
    herschikt = tuple(per_cel[(b.partij, b.dimensie)].popleft() for b in geschud)
    assert views(Diagnose(d.partijen, herschikt)) == views(d)


@given(gst.diagnoses())
def test_afgeleide_views_volgen_uit_de_laatste_beoordeling_per_cel(d):
    for p in d.partijen:
        for dim in Dimensie:
            eigen = [b for b in d.beoordelingen if b.partij == p and b.dimensie is dim]
            verwacht = eigen[-1].oordeel if eigen else ONBEKEND
            assert d.oordeel(p, dim) is verwacht
            assert (p in d.partijen_met(dim)) == (verwacht is KNELPUNT)
    heeft_knelpunt = any(d.oordeel(p, dim) is KNELPUNT for p in d.partijen for dim in Dimensie)
    assert d.is_handelingsverlegen == heeft_knelpunt
    assert set(d.niet_beoordeeld) == set(d.partijen) - {b.partij for b in d.beoordelingen}


class _Lezer(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.tekst = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple(name for name, _ in attrs)))

    def handle_data(self, data):
        self.tekst.append(data)


gevaarlijke_tekst = st.text(
    alphabet=st.sampled_from("<>&\"' /=abcscriptonload|\\*_[]`#!~"), min_size=1, max_size=30
).filter(lambda s: s.strip())


@given(gevaarlijke_tekst, gevaarlijke_tekst, st.sampled_from(Dimensie))
def test_gebruikerstekst_in_de_html_view_is_ontsnapt(naam, notitie, dim):
    partij = Partij(naam, Rol.LEERKRACHT)
    d = Diagnose((partij,)).met(partij, dim, KNELPUNT, notitie=notitie)
    uitvoer = d.to_html(met_notities=True)
    assert html.escape(naam) in uitvoer
    assert html.escape(notitie) in uitvoer
    lezer = _Lezer()
    lezer.feed(uitvoer)
    lezer.close()
    # only the library's own markup: user text adds no tags and no attributes
    toegestaan = {"table", "thead", "tbody", "tr", "th", "td", "br", "small"}
    assert {tag for tag, _ in lezer.tags} <= toegestaan
    assert {a for _, attrs in lezer.tags for a in attrs} <= {"class", "scope", "style"}
    tekst = "".join(lezer.tekst)
    assert naam in tekst
    assert notitie in tekst


def _onontsnapt(regel, teken):
    """How often ``teken`` occurs in ``regel`` without a backslash escape before it."""
    aantal, i = 0, 0
    while i < len(regel):
        if regel[i] == "\\":
            i += 2
            continue
        aantal += regel[i] == teken
        i += 1
    return aantal


@given(gevaarlijke_tekst, gevaarlijke_tekst)
def test_gebruikerstekst_breekt_de_markdown_tabel_niet(naam, notitie):
    partij = Partij(naam + "\nregel 2\u2028", Rol.LEERKRACHT)
    notitie += "\r\n|\x85\v"
    d = Diagnose((partij, SCHOOL)).met(partij, KUNNEN, IN_ORDE, notitie=notitie)
    regels = d.to_markdown(met_notities=True).splitlines()
    assert len(regels) == 4  # header, separator, two parties
    assert all(_onontsnapt(r, "|") == 5 for r in regels)  # four columns, five bars
    assert all(_onontsnapt(r, "<") == 0 for r in regels)  # no raw HTML


@given(gst.namen(), st.sampled_from(Dimensie), st.sampled_from(Oordeel))
def test_de_notitie_is_gevoelig_en_staat_niet_in_repr_of_de_standaardviews(naam, dim, oordeel):
    d = Diagnose((SCHOOL,)).met(SCHOOL, dim, oordeel, notitie=f"Zorgen over {naam}")
    for tekst in (repr(d), str(d), d.to_markdown(), d.to_html(), d._repr_html_()):
        assert naam not in tekst
    assert naam in d.to_markdown(met_notities=True)
    assert d.beoordelingen[0].notitie == f"Zorgen over {naam}"


@given(gst.diagnoses())
def test_een_diagnose_overleeft_de_heen_en_terugweg_als_dict(d):
    assert from_dict(Diagnose, to_dict(d)) == d


# --- views ---------------------------------------------------------------------------------------


def test_de_markdown_view_is_een_raster_van_partij_bij_dimensie():
    d = Diagnose((SCHOOL, GEMEENTE)).met(
        SCHOOL, KENNEN, KNELPUNT, notitie="geen plan", datum=dt.date(2015, 10, 1)
    )
    assert d.to_markdown() == (
        "| partij | kennen | kunnen | willen |\n"
        "| --- | --- | --- | --- |\n"
        "| Het Lingecollege (schoolleider) | knelpunt (2015-10-01) | — | — |\n"
        "| Gemeente Tiel (wethouder) | — | — | — |"
    )
    assert "knelpunt (2015-10-01): geen plan" in d.to_markdown(met_notities=True)


def test_de_html_view_kleurt_knelpunten_en_toont_de_datum():
    d = Diagnose((SCHOOL,)).met(SCHOOL, WILLEN, KNELPUNT, datum=pendulum.date(2016, 1, 5))
    uitvoer = d._repr_html_()
    assert uitvoer.startswith('<table class="gedragswerk-diagnose">')
    assert '<td class="knelpunt"' in uitvoer
    assert "knelpunt<br><small>2016-01-05</small>" in uitvoer
    assert uitvoer.count("<td>—</td>") == 2


@pytest.mark.parametrize(
    ("oordeel", "label"),
    [(KNELPUNT, "knelpunt"), (IN_ORDE, "in orde"), (ONBEKEND, "onbekend")],
)
def test_oordelen_hebben_een_nederlands_label(oordeel, label):
    assert oordeel.label == label


@pytest.mark.parametrize(
    ("dim", "effect", "woord"),
    [(KENNEN, "knowledge", "effective"), (KUNNEN, "skills", "do"), (WILLEN, "motivation", "want")],
)
def test_elke_dimensie_heeft_haar_vraag_en_effectmaat(dim, effect, woord):
    # R-KKW-1 (the question) and R-KKW-3 (what the evaluation measures)
    assert dim.effect == effect
    assert woord in dim.vraag
    assert list(Dimensie) == [KENNEN, KUNNEN, WILLEN]


# --- validation ----------------------------------------------------------------------------------


def test_een_beoordeling_over_een_niet_betrokken_partij_wordt_geweigerd():
    with pytest.raises(InvalidValueError) as info:
        Diagnose((SCHOOL,)).met(GEMEENTE, KENNEN, KNELPUNT)
    assert info.value.regel == "R-KKW-2"
    assert info.value.field == "Diagnose.beoordelingen[0].partij"
    assert "met_partij" in info.value.hint


def test_opvragen_voor_een_niet_betrokken_partij_wordt_geweigerd():
    with pytest.raises(InvalidValueError) as info:
        drie_partijen().oordeel(Partij("SWV", Rol.SAMENWERKINGSVERBAND), KENNEN)
    assert info.value.regel == "R-KKW-2"
    assert info.value.field == "partij"


@pytest.mark.parametrize(
    ("maak", "veld"),
    [
        (lambda: Diagnose(()), "Diagnose.partijen"),
        (lambda: Diagnose((SCHOOL, SCHOOL)), "Diagnose.partijen"),
        (lambda: Diagnose(("school",)), "Diagnose.partijen[0]"),
        (lambda: Diagnose((SCHOOL,), ("b",)), "Diagnose.beoordelingen[0]"),
        (lambda: Diagnose((SCHOOL,)).met_partij(SCHOOL), "Diagnose.partijen"),
        (lambda: Beoordeling("school", KENNEN, KNELPUNT), "Beoordeling.partij"),
        (lambda: Beoordeling(SCHOOL, "kennen", KNELPUNT), "Beoordeling.dimensie"),
        (lambda: Beoordeling(SCHOOL, KENNEN, "knelpunt"), "Beoordeling.oordeel"),
        (lambda: Beoordeling(SCHOOL, KENNEN, KNELPUNT, notitie="  "), "Beoordeling.notitie"),
        (lambda: Beoordeling(SCHOOL, KENNEN, KNELPUNT, datum="2016-01-01"), "Beoordeling.datum"),
        (
            lambda: Beoordeling(SCHOOL, KENNEN, KNELPUNT, datum=dt.datetime(2016, 1, 1)),  # noqa: DTZ001
            "Beoordeling.datum",
        ),
        (lambda: drie_partijen().oordeel(SCHOOL, "kennen"), "dimensie"),
        (lambda: drie_partijen().beoordeling("school", KENNEN), "partij"),
        (lambda: drie_partijen().partijen_met("willen"), "dimensie"),
        (lambda: drie_partijen().partijen_met(WILLEN, "knelpunt"), "oordeel"),
        (lambda: drie_partijen().ontbrekende_dimensies(None), "partij"),
        (lambda: drie_partijen().to_markdown(met_notities="ja"), "met_notities"),
        (lambda: drie_partijen().to_html(met_notities=1), "met_notities"),
    ],
)
def test_verkeerde_invoer_geeft_een_bibliotheekfout_met_het_veld(maak, veld):
    with pytest.raises(InvalidValueError) as info:
        maak()
    assert info.value.field == veld


def test_datums_mogen_gewone_datums_of_momenten_zijn():
    gewoon = Beoordeling(SCHOOL, KENNEN, KNELPUNT, datum=dt.date(2016, 1, 1))
    assert type(gewoon.datum) is pendulum.Date
    # 23:30 UTC on 31 Dec is 1 Jan in Amsterdam (R-LPW-9)
    moment = Beoordeling(
        SCHOOL, KENNEN, KNELPUNT, datum=pendulum.datetime(2015, 12, 31, 23, 30, tz="UTC")
    )
    assert moment.datum == pendulum.date(2016, 1, 1)


def test_een_lijst_wordt_een_tuple():
    d = Diagnose([SCHOOL], [Beoordeling(SCHOOL, KENNEN, IN_ORDE)])
    assert isinstance(d.partijen, tuple)
    assert isinstance(d.beoordelingen, tuple)
