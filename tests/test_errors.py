"""The error tree: one root, builtin bases where the error is a value problem, structured fields."""

import pytest

from gedragswerk_core import (
    Besluit,
    GedragswerkError,
    InvalidBsnError,
    InvalidValueError,
    MissingExtraError,
    Reden,
    RefusedError,
    StructureError,
)


@pytest.mark.parametrize(
    ("cls", "builtin"),
    [
        (InvalidValueError, ValueError),
        (InvalidBsnError, ValueError),
        (StructureError, ValueError),
        (MissingExtraError, ImportError),
    ],
)
def test_elke_fout_is_een_gedragswerkerror_en_zijn_builtin(cls, builtin):
    assert issubclass(cls, GedragswerkError)
    assert issubclass(cls, builtin)


def test_een_weigering_is_geen_waardefout():
    assert issubclass(RefusedError, GedragswerkError)
    assert not issubclass(RefusedError, ValueError)


def test_de_melding_noemt_veld_regel_en_oplossing():
    fout = InvalidValueError("is wrong", field="Hulpvraag.regio", regel="R-REG-4", hint="fix it")
    assert (fout.field, fout.regel, fout.hint) == ("Hulpvraag.regio", "R-REG-4", "fix it")
    tekst = str(fout)
    assert tekst.startswith("Hulpvraag.regio:")
    assert "[R-REG-4]" in tekst
    assert tekst.endswith("fix it")


def test_rule_is_een_verouderde_naam_voor_regel():
    with pytest.warns(DeprecationWarning, match="pass regel= instead"):
        fout = InvalidValueError("is wrong", field="Schooljaar.startjaar", rule="R-LPW-9")
    assert fout.regel == "R-LPW-9"
    with pytest.warns(DeprecationWarning, match=r"read \.regel"):
        assert fout.rule == "R-LPW-9"
    with pytest.warns(DeprecationWarning, match="rule is deprecated"):
        assert InvalidValueError("is wrong").rule is None


def test_regel_wint_van_de_oude_naam_als_beide_gegeven_zijn():
    with pytest.warns(DeprecationWarning, match="pass regel= instead"):
        fout = InvalidValueError("is wrong", regel="R-LC-6", rule="R-LC-5")
    assert fout.regel == "R-LC-6"
    assert "[R-LC-6]" in str(fout)


def test_rule_is_alleen_leesbaar():
    fout = InvalidValueError("is wrong", regel="R-LC-6")
    with pytest.raises(AttributeError):
        fout.rule = "R-LC-5"  # type: ignore[misc]


def test_een_weigering_draagt_het_besluit_en_de_eerste_niet_voldane_regel():
    besluit = Besluit.uit_redenen(
        "overdracht",
        (
            Reden("R-LC-2", "open", True),
            Reden("R-LC-6", "receiver does not want to", False),
            Reden("R-LC-5", "other", False),
        ),
    )
    fout = RefusedError(besluit)
    assert fout.besluit is besluit
    assert fout.regel == "R-LC-6"
    assert "overdracht refused" in str(fout)
    assert "R-LC-6: receiver does not want to" in str(fout)
    assert "R-LC-2" not in str(fout)


def test_structuurfout_somt_alle_problemen_op_met_het_pad():
    fout = StructureError("Hulpvraag", ["required field missing @ $.regio", "bad @ $.kanaal"])
    assert fout.errors == ("required field missing @ $.regio", "bad @ $.kanaal")
    assert fout.field == "$.regio"
    assert "Hulpvraag" in str(fout)


def test_ontbrekende_extra_zegt_hoe_te_installeren():
    fout = MissingExtraError("gedragswerk_core.strategies", "strategies", "hypothesis")
    assert "pip install 'gedragswerk-core[strategies]'" in str(fout)
