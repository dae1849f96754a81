"""Issue 19 point 6: one pupil forgotten, with the same decisions and counts (privacy)."""

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from gedragswerk_core import (
    VERWIJDERD,
    InvalidValueError,
    Leerling,
    LeerlingRef,
    Schooljaar,
    beoordeel,
    jaarcijfers,
    schooljaar_van,
    signaleer,
    to_dict,
    vergeet,
    voorbeeld,
)
from gedragswerk_core import strategies as gst

NIEUW = "V-9999"


def _komt_voor(data, tekst):
    return tekst in repr(data)


@given(interventie=gst.interventies(max_stappen=8, laat=True), data=st.data())
def test_een_vergeten_leerling_geeft_dezelfde_besluiten_en_cijfers(interventie, data):
    refs = sorted(interventie.hulpvraag.refs, key=lambda r: r.waarde)
    oud = data.draw(st.sampled_from(refs))
    assume(NIEUW not in repr(to_dict(interventie)))
    vergeten = vergeet(interventie, oud, NIEUW)
    # The reference is gone, and so is the hulpvraag's free text about the pupil.
    assert not _komt_voor(to_dict(vergeten), f"'{oud.waarde}'")
    assert vergeten.hulpvraag.omschrijving is None
    assert LeerlingRef(NIEUW) in vergeten.hulpvraag.refs
    # The same lifecycle: every status, and the same decision for the next step.
    assert vergeten.status is interventie.status
    assert len(vergeten.gebeurtenissen) == len(interventie.gebeurtenissen)
    assert vergeten.vastgelegd == interventie.vastgelegd  # recorded as it was (R-GEB-3)
    g = data.draw(gst.gebeurtenissen_na(interventie))
    # An event about the forgotten pupil names the old reference, which the forgotten history
    # no longer knows (a result for that pupil is refused there): not the same question.
    assume(getattr(g, "leerling", None) != oud)
    assert beoordeel(vergeten, g).toegestaan == beoordeel(interventie, g).toegestaan
    # The same counts, in every school year the intervention ran.
    jaar = schooljaar_van(interventie.gebeurtenissen[0].moment)
    for sj in (jaar, Schooljaar(jaar.startjaar + 1)):
        een, twee = jaarcijfers([interventie], sj), jaarcijfers([vergeten], sj)
        assert to_dict(een) == to_dict(twee)
    peildatum = interventie.gebeurtenissen[-1].moment.add(days=100)
    assert [s.soort for s in signaleer(vergeten, peildatum)] == [
        s.soort for s in signaleer(interventie, peildatum)
    ]


def test_een_label_met_de_referentie_krijgt_de_nieuwe_en_een_naam_verdwijnt():
    i = voorbeeld.afgeronde_interventie()
    kind = Leerling(LeerlingRef("L-2015-017"), naam="Lingecollege", bsn="111222333")
    vergeten = vergeet(i, kind, NIEUW)
    tekst = repr(to_dict(vergeten))
    assert "ouders V-9999" in tekst  # the parents' label names the pupil by reference
    assert "L-2015-017" not in tekst
    assert "Lingecollege" not in tekst  # a "name" in any text is removed
    assert VERWIJDERD in tekst
    assert "L-2015-018" in tekst  # the other pupil stays
    assert vergeten.status is i.status


def test_een_referentie_als_deel_van_een_andere_blijft_staan():
    i = voorbeeld.afgeronde_interventie()
    vergeten = vergeet(i, "L-2015-01", NIEUW)  # not a pupil of this history, and part of two
    assert to_dict(vergeten) == to_dict(i)


@pytest.mark.parametrize(
    ("interventie", "leerling", "vervanging", "veld"),
    [
        ("geen", "L-2015-017", NIEUW, "interventie"),
        ("echt", "L-2015-017", "L-2015-018", "vervanging"),  # already in the history
        ("echt", 17, NIEUW, "leerling"),
        ("echt", "L-2015-017", 5, "vervanging"),
    ],
)
def test_verkeerde_invoer_geeft_een_bibliotheekfout(interventie, leerling, vervanging, veld):
    echt = voorbeeld.afgeronde_interventie()
    with pytest.raises(InvalidValueError) as info:
        vergeet(echt if interventie == "echt" else interventie, leerling, vervanging)
    assert info.value.field == veld
