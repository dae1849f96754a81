"""Tables as Markdown and HTML text: every cell escaped, rows checked, no I/O."""

import re
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gedragswerk_core import InvalidValueError
from gedragswerk_core import strategies as gst
from gedragswerk_core._weergave import html_tabel, html_tekst, markdown_cel, markdown_tabel

# --- Markdown ------------------------------------------------------------------------------------


def onontsnapte_pijpen(regel):
    """Positions of | not preceded by an odd number of backslashes (GFM cell borders)."""
    return [m.start() for m in re.finditer(r"(?<!\\)(?:\\\\)*\|", regel)]


def test_een_pijp_in_een_cel_breekt_de_tabel_niet():
    assert markdown_cel("a | b") == "a \\| b"


@pytest.mark.parametrize(
    ("einde", "verwacht"),
    [
        ("\n", "een twee"),
        ("\r\n", "een  twee"),  # two characters, two spaces
        ("\r", "een twee"),
        ("\u2028", "een twee"),
        ("\x85", "een twee"),
        ("\v", "een twee"),
        ("\f", "een twee"),
    ],
)
def test_een_regeleinde_in_een_cel_wordt_een_spatie(einde, verwacht):
    assert markdown_cel(f"een{einde}twee") == verwacht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("<script>", "\\<script\\>"),
        ("*vet*", "\\*vet\\*"),
        ("[a](b)", "\\[a\\](b)"),
        ("a & b", "a \\& b"),
        ("# kop", "\\# kop"),
        ("al \\ schuin", "al \\\\ schuin"),
        ("gewone tekst, met komma's en punten.", "gewone tekst, met komma's en punten."),
    ],
)
def test_markdown_tekens_worden_letterlijk(tekst, verwacht):
    assert markdown_cel(tekst) == verwacht


def test_een_markdown_tabel_met_kop_scheiding_en_rijen():
    tabel = markdown_tabel(["wie", "wat"], [["SWV", "tellen"], ["gemeente", ""]])
    assert tabel.splitlines() == [
        "| wie | wat |",
        "| --- | --- |",
        "| SWV | tellen |",
        "| gemeente |  |",
    ]


def test_een_markdown_tabel_zonder_rijen_is_alleen_de_kop():
    assert markdown_tabel(["a"], []) == "| a |\n| --- |"


@given(st.lists(gst.gevaarlijke_teksten(), min_size=1, max_size=4), st.data())
def test_elke_rij_houdt_precies_zijn_cellen_wat_de_tekst_ook_is(kop, data):
    rijen = data.draw(
        st.lists(
            st.lists(gst.gevaarlijke_teksten(), min_size=len(kop), max_size=len(kop)), max_size=4
        )
    )
    regels = markdown_tabel(kop, rijen).split("\n")
    assert len(regels) == 2 + len(rijen)
    for regel in regels:
        # a leading and a trailing border, and one between each pair of cells
        assert len(onontsnapte_pijpen(regel)) == len(kop) + 1


@given(gst.gevaarlijke_teksten())
def test_een_markdown_cel_bevat_geen_ruwe_html_of_regeleinden(tekst):
    cel = markdown_cel(tekst)
    assert len(cel.splitlines()) <= 1
    assert re.search(r"(?<!\\)(?:\\\\)*<", cel) is None


# --- HTML ----------------------------------------------------------------------------------------


class Lezer(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.cellen = []
        self._in = None

    def handle_starttag(self, tag, attrs):  # noqa: ARG002 - the attributes do not matter here
        self.tags.append(tag)
        if tag in {"td", "th", "caption"}:
            self._in = []

    def handle_endtag(self, tag):
        if tag in {"td", "th", "caption"} and self._in is not None:
            self.cellen.append("".join(self._in))
            self._in = None

    def handle_data(self, data):
        if self._in is not None:
            self._in.append(data)


def lees(html):
    lezer = Lezer()
    lezer.feed(html)
    lezer.close()
    return lezer


def test_een_html_tabel_ontsnapt_script():
    uit = html_tabel(["wat"], [["<script>alert(1)</script>"]], "<b>titel</b>", klasse='x" y')
    assert "<script>" not in uit
    assert "&lt;script&gt;" in uit
    assert 'class="x&quot; y"' in uit
    assert lees(uit).tags == ["table", "caption", "thead", "tr", "th", "tbody", "tr", "td"]


def test_een_html_tabel_zonder_caption_en_klasse():
    assert html_tabel(["a"], []) == (
        '<table><thead><tr><th scope="col">a</th></tr></thead><tbody></tbody></table>'
    )


@given(
    st.lists(gst.gevaarlijke_teksten(), min_size=1, max_size=3),
    gst.gevaarlijke_teksten(),
    st.data(),
)
def test_elke_tekst_komt_ontsnapt_en_ongeschonden_uit_de_html(kop, caption, data):
    rijen = data.draw(
        st.lists(
            st.lists(gst.gevaarlijke_teksten(), min_size=len(kop), max_size=len(kop)), max_size=3
        )
    )
    uit = html_tabel(kop, rijen, caption)
    gelezen = lees(uit)
    # only the table's own tags; the user text is data, character for character
    assert set(gelezen.tags) <= {"table", "caption", "thead", "tbody", "tr", "th", "td"}
    verwacht = [caption, *kop, *(c for rij in rijen for c in rij)]
    assert gelezen.cellen == verwacht


def test_html_tekst_ontsnapt_ook_aanhalingstekens():
    assert html_tekst('<a href="x">\'') == "&lt;a href=&quot;x&quot;&gt;&#x27;"


# --- checked input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kop", "rijen", "veld"),
    [
        ([], [], "kop"),
        ("ab", [], "kop"),
        (None, [], "kop"),
        (["a", 1], [], "kop[1]"),
        (["a"], None, "rijen"),
        (["a"], "x", "rijen"),
        (["a", "b"], [["x"]], "rijen[0]"),
        (["a"], ["x"], "rijen[0]"),
        (["a"], [["x"], [None]], "rijen[1][0]"),
    ],
)
def test_een_slechte_tabel_wordt_geweigerd_met_het_veld(kop, rijen, veld):
    for maak in (markdown_tabel, html_tabel):
        with pytest.raises(InvalidValueError) as info:
            maak(kop, rijen)
        assert info.value.field == veld


@pytest.mark.parametrize("functie", [markdown_cel, html_tekst])
def test_alleen_tekst_wordt_weergegeven(functie):
    with pytest.raises(InvalidValueError) as info:
        functie(3)
    assert info.value.field == "tekst"
