"""The public API: what __all__ lists exists, is documented, and its examples run."""

import doctest
import importlib
import inspect
import pkgutil

import pytest

import gedragswerk_core

MODULES = [
    "gedragswerk_core",
    *sorted(
        m.name
        for m in pkgutil.walk_packages(gedragswerk_core.__path__, "gedragswerk_core.")
        if m.name != "gedragswerk_core.__main__"
    ),
]


def test_alles_in_all_bestaat():
    for naam in gedragswerk_core.__all__:
        assert hasattr(gedragswerk_core, naam), naam


def test_elke_module_met_all_noemt_alleen_wat_ze_heeft():
    for naam in MODULES:
        module = importlib.import_module(naam)
        for publiek in getattr(module, "__all__", ()):
            assert hasattr(module, publiek), f"{naam}.{publiek}"


def _publieke_objecten():
    for naam in gedragswerk_core.__all__:
        obj = getattr(gedragswerk_core, naam)
        if inspect.isclass(obj) or inspect.isfunction(obj) or inspect.ismodule(obj):
            yield naam, obj
            if inspect.isclass(obj):
                for lid, waarde in vars(obj).items():
                    if not lid.startswith("_") and (
                        inspect.isfunction(waarde) or isinstance(waarde, property | classmethod)
                    ):
                        yield f"{naam}.{lid}", waarde


@pytest.mark.parametrize(("naam", "obj"), list(_publieke_objecten()), ids=lambda x: str(x)[:40])
def test_elke_publieke_naam_heeft_een_docstring(naam, obj):
    doc = inspect.getdoc(obj.__func__ if isinstance(obj, classmethod) else obj)
    assert doc, f"{naam} has no docstring"
    assert doc.strip() != "", naam


@pytest.mark.parametrize("naam", MODULES)
def test_de_voorbeelden_in_de_docstrings_kloppen(naam):
    module = importlib.import_module(naam)
    resultaat = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert resultaat.failed == 0


def test_er_zijn_voorbeelden_om_te_draaien():
    flags = doctest.NORMALIZE_WHITESPACE
    totaal = sum(
        doctest.testmod(importlib.import_module(n), optionflags=flags).attempted for n in MODULES
    )
    assert totaal >= 20


def test_versie_is_er_een():
    assert gedragswerk_core.__version__.count(".") == 2


# Every name version 0.1 exported from the top level (issue 16: users' code imports them).
NAMEN_0_1 = (
    "__version__",
    "Aanbeveling",
    "aanbeveling",
    "AANBEVELINGEN",
    "aanbevelingen_voor",
    "Aandeel",
    "accepteer",
    "Activiteit",
    "Afgerond",
    "Afrondingsverklaring",
    "Afspraak",
    "Afwezigheid",
    "Antwoord",
    "beantwoord",
    "begin_leerplicht",
    "Bellertype",
    "beoordeel",
    "beoordeel_afronding",
    "beoordeel_antwoord",
    "beoordeel_doorverwijzing",
    "beoordeel_instemming",
    "beoordeel_intake",
    "beoordeel_overdracht",
    "beoordeel_verzuim",
    "Beoordeling",
    "Beslisser",
    "beslisser_verlof",
    "Besluit",
    "BetrokkenLeerling",
    "Bevinding",
    "boek_resultaat",
    "BulkRij",
    "Categorie",
    "Celwijziging",
    "concept_werkagenda",
    "Contact",
    "Contacttelling",
    "Contactuitkomst",
    "controleer",
    "controleer_bsn",
    "Diagnose",
    "Dimensie",
    "Doorverwezen",
    "draag_over",
    "Effect",
    "Effectantwoord",
    "Effectoordeel",
    "Effectvraag",
    "einde_leerplicht",
    "enquete_uitkomsten",
    "EnqueteRespons",
    "EnqueteUitkomsten",
    "Ernst",
    "Escalatie",
    "escaleer",
    "Evaluatiemoment",
    "Fase",
    "FaseVoortgang",
    "from_dict",
    "Geaccepteerd",
    "Gebeurtenis",
    "GedragswerkError",
    "Geescaleerd",
    "GesprekGevoerd",
    "heropen",
    "Heropend",
    "Hulpvraag",
    "HulpvraagOntvangen",
    "Interventie",
    "InvalidBsnError",
    "InvalidValueError",
    "is_geldig_bsn",
    "is_systeemvraagcode",
    "Jaarcijfers",
    "jaarcijfers",
    "jaarverslag2015",
    "json_schema",
    "Kanaal",
    "Kolom",
    "KOLOMMEN",
    "Labeltelling",
    "langdurig_relatief_verzuim_sinds",
    "Leerling",
    "LeerlingRef",
    "LeerlingSituatie",
    "leerplicht_status",
    "leerplicht_status_bulk",
    "Leerplichtstatus",
    "Maandtelling",
    "meet_effect",
    "Melding",
    "meldingen_16_uur",
    "MissingExtraError",
    "Niveau",
    "ontvang",
    "Oordeel",
    "Overdrachtsvoorstel",
    "Overgedragen",
    "pak_systemische_vraag_op",
    "Partij",
    "pas_toe",
    "PdcaStap",
    "Periode",
    "Reden",
    "RefusedError",
    "Regio",
    "RegionaleVraag",
    "Respondenttype",
    "ResultaatGeboekt",
    "Rol",
    "rond_af",
    "Schaal",
    "SCHEMA_VERSION",
    "Schooljaar",
    "schooljaar_van",
    "Schoolkalender",
    "Schrikkeldag",
    "Signaal",
    "Signaalsoort",
    "signaleer",
    "SparringRol",
    "spreek_werkagenda_af",
    "Stand",
    "Status",
    "stem_in",
    "StructureError",
    "Systeemvraag",
    "systeemvraag",
    "Systeemvraagtelling",
    "SYSTEEMVRAGEN",
    "SystemischeVraagOpgepakt",
    "tel_contacten",
    "tel_systeemvragen",
    "Thema",
    "to_dict",
    "Toestand",
    "Typeaandeel",
    "Uitvoeringsstatus",
    "Verandering",
    "vergelijk",
    "Vergelijking",
    "verjaardag",
    "Verkenning",
    "verwijs_door",
    "Verzuimbeoordeling",
    "voer_gesprek",
    "voorbeeld",
    "Voortgang",
    "voortgang",
    "Vraagstand",
    "Vraaguitkomst",
    "Vrijstelling",
    "Vrijstellingsgrond",
    "Vrijstellingssoort",
    "Werkagenda",
    "WerkagendaAfgesproken",
    "Zorgstructuur",
)


@pytest.mark.parametrize("naam", NAMEN_0_1)
def test_elke_naam_van_versie_0_1_is_nog_te_importeren(naam):
    assert naam in gedragswerk_core.__all__
    assert getattr(gedragswerk_core, naam) is not None


def test_all_noemt_elke_naam_een_keer():
    assert len(gedragswerk_core.__all__) == len(set(gedragswerk_core.__all__))


def test_importeren_laadt_alles_meteen():
    """No lazy loader (PEP 562): ``import gedragswerk_core`` is the first real use."""
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    code = (
        "import sys, gedragswerk_core; "
        "print('gedragswerk_core.interventie.interventie' in sys.modules)"
    )
    uit = subprocess.run(  # noqa: S603 - our own interpreter, our own code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert uit.split() == ["True"]
    with pytest.raises(AttributeError, match="Bestaatniet"):
        gedragswerk_core.Bestaatniet  # noqa: B018


def test_dir_toont_de_publieke_namen():
    assert set(gedragswerk_core.__all__) <= set(dir(gedragswerk_core))
