"""Tests that pin behaviour mutation testing found unpinned (issue 18, docs/reliability.md).

Each test states the rule (DOMAIN.md) and the field an error names. The lifecycle's reason tables
are built once, at import; mutmut's workers import the modules before a mutant is switched on, so
a table holds what the unmutated builder gave. The tests below therefore call each builder at
test time and check what it gives (the rule, whether it is met, what the explanation names), and
that the table holds exactly what its builder gives — so a change to a builder shows.
"""

from itertools import product

import pendulum
import pytest

from gedragswerk_core import (
    BetrokkenLeerling,
    Hulpvraag,
    InvalidValueError,
    LeerlingSituatie,
    Partij,
    Rol,
    SparringRol,
    voorbeeld,
)
from gedragswerk_core.besluit import Tekst
from gedragswerk_core.interventie import stappen, voorwaarden
from gedragswerk_core.interventie.gebeurtenissen import (
    Afrondingsverklaring,
    Geaccepteerd,
    GesprekGevoerd,
    WerkagendaAfgesproken,
)
from gedragswerk_core.interventie.hulpvraag import (
    beoordeel_doorverwijzing,
    beoordeel_intake,
    doel_reden,
    intake_reden,
    verplichte_gronden,
)
from gedragswerk_core.interventie.interventie import (
    Interventie,
    beoordeel,
    beoordeel_afronding,
    ontvang,
    pas_toe,
)
from gedragswerk_core.interventie.stappen import STAPPEN, Status
from gedragswerk_core.interventie.teksten import TEKSTEN, ja_nee

JA_NEE = (False, True)

# --- lifecycle: the reason tables of voorwaarden.py and stappen.py ---------------------------


@pytest.mark.parametrize(("oplossing", "kunnen", "willen"), list(product(JA_NEE, repeat=3)))
def test_afronding_r_lc_5_per_combinatie(oplossing, kunnen, willen):
    reden = voorwaarden._afronding_reden(oplossing, kunnen, willen)
    assert (reden.regel, reden.code) == ("R-LC-5", "R-LC-5.afronding")
    assert reden.voldaan is (oplossing or (kunnen and willen))
    if not reden.voldaan:  # it names what the actors do not state, and only that
        assert ("can " in reden.uitleg) is (not kunnen)
        assert ("want to" in reden.uitleg) is (not willen)
        assert reden.uitleg.startswith("no solution was found")
    assert voorwaarden._AFRONDING[oplossing, kunnen, willen] == reden


@pytest.mark.parametrize("ja", JA_NEE)
def test_de_ontvanger_kan_en_wil_r_lc_6(ja):
    kan, wil = voorwaarden._KAN[ja], voorwaarden._WIL[ja]
    assert (kan.code, kan.voldaan, wil.code, wil.voldaan) == ("R-LC-6.kan", ja, "R-LC-6.wil", ja)
    assert ("can" in kan.uitleg, "wants to" in wil.uitleg) == (True, True)
    assert ("does not state" in kan.uitleg) is (not ja)
    assert ("niet" in wil.tekst()) is (not ja)
    assert ja_nee("R-LC-6.kan", "ontvanger_kan")[ja] == voorwaarden._KAN[ja]
    assert ja_nee("R-LC-6.wil", "ontvanger_wil")[ja] == voorwaarden._WIL[ja]


def test_een_ontbrekende_verklaring_van_de_ontvanger_laat_r_lc_6_onbeslist():
    # R-VKL-1: no statement of the receiver is neither met nor not met; it names what is missing
    kan, wil = voorwaarden._KAN[None], voorwaarden._WIL[None]
    assert (kan.code, kan.voldaan, kan.ontbreekt) == ("R-LC-6.kan", None, ("R-LC-6.kan",))
    assert (wil.code, wil.voldaan, wil.ontbreekt) == ("R-LC-6.wil", None, ("R-LC-6.wil",))
    assert kan.tekst().startswith("onbeslist: de ontvanger heeft (nog) niet verklaard")
    assert "wants to" in wil.uitleg


@pytest.mark.parametrize("rol", list(Rol))
def test_de_ontvanger_is_een_ander_dan_gedragswerk_r_lc_4_r_lc_6(rol):
    reden = voorwaarden._ander_reden(rol)
    if rol is Rol.SPARRING_PARTNER:
        assert (reden.regel, reden.voldaan) == ("R-LC-4", False)
        assert "R-LC-6" in reden.uitleg
    else:
        assert (reden.regel, reden.voldaan) == ("R-LC-6", True)
        assert f"({rol.value})" in reden.uitleg
    assert voorwaarden._ANDER[rol] == reden


@pytest.mark.parametrize(
    ("regel", "wat", "begin"),
    [("R-LC-3", "gesprek", "the conversation"), ("R-WA-5", "werkagenda", "the werkagenda")],
)
def test_regionale_partij_vereist(regel, wat, begin):
    tabel = voorwaarden._regionaal(regel, wat)
    assert set(tabel) == {True, False}
    for met, reden in tabel.items():
        assert (reden.regel, reden.code, reden.voldaan) == (regel, f"{regel}.regionaal", met)
        assert reden.uitleg.startswith(begin)
    assert "regional part" in tabel[True].uitleg
    assert "only the sparring partner" in tabel[False].uitleg
    assert voorwaarden._regionaal("R-LC-3", "gesprek") == voorwaarden._GESPREK_REGIONAAL
    assert voorwaarden._regionaal("R-WA-5", "werkagenda") == voorwaarden._WERKAGENDA_REGIONAAL


@pytest.mark.parametrize("stap", list(STAPPEN.values()), ids=lambda s: s.naam)
def test_de_statusreden_van_elke_stap(stap):
    redenen = stappen._status_redenen(stap)
    assert set(redenen) == set(Status)
    for status, reden in redenen.items():
        assert reden.code == f"{reden.regel}.status"
        if status in stap.overgangen:
            assert (reden.regel, reden.voldaan) == (stap.regel, True)
            assert reden.uitleg.endswith(f"is {status.value}")
        elif stap.elders is not None:
            assert (reden.regel, reden.voldaan) == (stap.elders[0], False)
            assert reden.uitleg == TEKSTEN[stap.elders[1]].en.format(status=status.value)
        else:
            regel, sleutel = stappen._NIET_IN[status]
            assert (reden.regel, reden.uitleg) == (regel, TEKSTEN[sleutel].en)
            assert not reden.voldaan
    assert dict(stap.status_redenen) == dict(redenen)
    with pytest.raises(TypeError):
        redenen[Status.LOPEND] = redenen[Status.ONTVANGEN]  # type: ignore[index]


def test_de_overgangen_zijn_de_kolom_van_de_tabel():
    assert stappen._overgangen() == {soort: s.overgangen for soort, s in STAPPEN.items()}
    assert stappen._overgangen() == stappen.OVERGANGEN


def test_status_na_leest_de_hele_geschiedenis():
    klaar = voorbeeld.afgeronde_interventie()
    assert stappen.status_na(klaar.gebeurtenissen) is Status.AFGEROND
    assert stappen.status_na(klaar.gebeurtenissen[:2]) is Status.LOPEND
    assert stappen.status_na(klaar.gebeurtenissen[:1]) is Status.ONTVANGEN
    for ongeldig in (
        (),
        klaar.gebeurtenissen[1:],
        (*klaar.gebeurtenissen, klaar.gebeurtenissen[1]),
    ):
        with pytest.raises(InvalidValueError) as info:
            stappen.status_na(ongeldig)
        assert info.value.field == "gebeurtenissen"
        assert info.value.hint is not None
        assert "Interventie(gebeurtenissen)" in info.value.hint


# --- lifecycle: the errors of interventie.py name their field and rule ----------------------------


def test_een_interventie_van_iets_anders_dan_gebeurtenissen_noemt_de_index():
    start = voorbeeld.interventie_na_intake()
    with pytest.raises(InvalidValueError) as info:
        Interventie((*start.gebeurtenissen, "geen gebeurtenis"))  # type: ignore[arg-type]
    assert info.value.field == "Interventie.gebeurtenissen[2]"
    with pytest.raises(InvalidValueError) as info:
        Interventie(start.gebeurtenissen[1:])
    assert info.value.field == "Interventie.gebeurtenissen[0]"
    assert info.value.regel == "R-LC-1"
    assert info.value.hint == "start one with ontvang(hulpvraag, moment)"
    with pytest.raises(InvalidValueError) as info:
        Interventie(())
    assert (info.value.field, info.value.regel) == ("Interventie.gebeurtenissen[0]", "R-LC-1")


def test_een_gebeurtenis_voor_de_vorige_noemt_veld_en_hint():
    start = voorbeeld.interventie_na_intake()
    eerder = start.toestand.laatste.subtract(seconds=1)
    with pytest.raises(InvalidValueError) as info:
        pas_toe(start, GesprekGevoerd(eerder, (voorbeeld.partijen()["swv"],), SparringRol.ADVISEUR))
    # Appended on its own (pas_toe), the event is named by its class (issue 20), rule R-GEB-1.
    assert (info.value.field, info.value.regel) == ("GesprekGevoerd.moment", "R-GEB-1")
    assert info.value.hint == "events are appended in the order they happened"


def test_beoordeel_van_iets_anders_dan_een_gebeurtenis_noemt_het_veld():
    with pytest.raises(InvalidValueError) as info:
        beoordeel(voorbeeld.interventie_na_intake(), "geen gebeurtenis")  # type: ignore[arg-type]
    assert info.value.field == "gebeurtenis"
    assert "got str" in str(info.value)


def test_de_toestand_houdt_het_laatste_gesprek_en_de_werkagenda_bij():
    start = voorbeeld.interventie_na_intake()
    t = start.toestand
    assert t.laatste_gesprek is None
    assert t.werkagenda_afgesproken is False
    assert t.hulpvraag == start.gebeurtenissen[0].hulpvraag
    assert t.begin == start.gebeurtenissen[0].moment
    swv = voorbeeld.partijen()["swv"]
    later = t.laatste.add(days=1)
    met_agenda = pas_toe(start, WerkagendaAfgesproken(later, (swv,)))
    assert met_agenda.toestand.werkagenda_afgesproken is True
    assert met_agenda.toestand.laatste_gesprek is None


def test_de_afronding_wordt_beoordeeld_op_het_laatste_moment():
    start = voorbeeld.interventie_na_intake()
    besluit = beoordeel_afronding(start, Afrondingsverklaring(oplossing_gevonden=True))
    assert besluit.toegestaan
    # three events at different moments: the check's moment is the last one, not the second
    swv = voorbeeld.partijen()["swv"]
    langer = pas_toe(
        start, GesprekGevoerd(start.toestand.laatste.add(days=3), (swv,), SparringRol.ADVISEUR)
    )
    assert beoordeel_afronding(langer, Afrondingsverklaring(oplossing_gevonden=True)).toegestaan
    assert ontvang(voorbeeld.hulpvraag(), pendulum.datetime(2015, 9, 14)).status is Status.ONTVANGEN
    assert (
        pas_toe(
            ontvang(voorbeeld.hulpvraag(), langer.toestand.laatste),
            Geaccepteerd(langer.toestand.laatste),
        ).status
        is Status.LOPEND
    )


# --- intake (hulpvraag.py): R-LC-7 and R-LC-2 per combination of facts ----------------------------


@pytest.mark.parametrize(("eerste", "consulenten", "systemisch"), list(product(JA_NEE, repeat=3)))
def test_intake_reden_r_lc_7(eerste, consulenten, systemisch):
    reden = intake_reden(eerste, consulenten, systemisch)
    assert reden.regel == "R-LC-7"
    assert reden.voldaan is (not eerste or (consulenten and systemisch))
    assert ("alongside the engaged consulenten" in reden.uitleg) is (reden.voldaan and consulenten)
    if not eerste:
        assert reden.uitleg.startswith("not a first-contact call")
        assert "(R-LC-2)" in reden.uitleg
    elif reden.voldaan:
        assert reden.uitleg.startswith("no referral needed at first contact")
        assert "(R-LC-2)" in reden.uitleg
    else:
        assert reden.uitleg.startswith("refer to the onderwijszorgconsulenten: ")
        assert ("not yet engaged" in reden.uitleg) is (not consulenten)
        assert ("no systemic aspect" in reden.uitleg) is (not systemisch)
        assert reden.uitleg.count("; ") == (not consulenten) + (not systemisch) - 1


@pytest.mark.parametrize("rol", list(Rol))
@pytest.mark.parametrize(
    "verplicht", [(), (Tekst("grond a", "ground a"),), (Tekst("a", "a"), Tekst("b", "b"))]
)
def test_doel_reden_r_lc_7_r_lc_4_r_lc_2(verplicht, rol):
    reden = doel_reden(verplicht, rol)
    if verplicht:
        assert reden.regel == "R-LC-7"
        assert reden.voldaan is (rol is Rol.ONDERWIJSCONSULENT)
        assert "; ".join(t.en for t in verplicht) in reden.uitleg
        assert "; ".join(t.nl for t in verplicht) in reden.tekst()
        assert reden.uitleg.startswith("referral required")
    elif rol is Rol.SPARRING_PARTNER:
        assert (reden.regel, reden.voldaan) == ("R-LC-4", False)
        assert "not to Gedragswerk" in reden.uitleg
    else:
        assert (reden.regel, reden.voldaan) == ("R-LC-2", True)
        assert reden.uitleg.endswith(f"({rol.value})")


def test_verplichte_gronden_alleen_bij_eerste_contact():
    assert verplichte_gronden(False, False, False) == ()
    assert len(verplichte_gronden(True, False, False)) == 2
    assert verplichte_gronden(True, True, True) == ()


def test_een_leerling_twee_keer_in_de_hulpvraag_noemt_veld_en_hint():
    vraag = voorbeeld.hulpvraag()
    with pytest.raises(InvalidValueError) as info:
        Hulpvraag(
            vrager=vraag.vrager,
            leerlingen=(vraag.leerlingen[0], vraag.leerlingen[0]),
            regio=vraag.regio,
            kanaal=vraag.kanaal,
            consulenten_betrokken=True,
            systemisch_aspect=True,
        )
    assert info.value.field == "Hulpvraag.leerlingen"
    assert info.value.hint == "list each pupil once"


@pytest.mark.parametrize("functie", [beoordeel_intake, beoordeel_doorverwijzing])
def test_beoordelen_zonder_hulpvraag_noemt_het_veld(functie):
    with pytest.raises(InvalidValueError) as info:
        functie("geen hulpvraag")
    assert info.value.field == "hulpvraag"
    assert "got str" in str(info.value)


def test_thuis_sinds_alleen_bij_een_thuiszitter():
    with pytest.raises(InvalidValueError) as info:
        BetrokkenLeerling("L-1", LeerlingSituatie.DREIGENDE_THUISZITTER, pendulum.date(2015, 6, 1))
    assert (info.value.field, info.value.regel) == ("BetrokkenLeerling.thuis_sinds", "R-LC-1")
    assert "thuiszitter" in str(info.value)
    assert info.value.hint is not None
    # the hint names the API a caller types: exactly
    assert "LeerlingSituatie.THUISZITTER" in info.value.hint
    assert "thuis_sinds" in info.value.hint
    assert Partij("L-1", Rol.LEERLING).naam == "L-1"


# --- leerplicht dates (_datums.py): the ends of the supported range, the first school day --------

from gedragswerk_core.leerplicht import _datums  # noqa: E402


@pytest.mark.parametrize(("geboorte", "laatste"), [(True, 2199), (False, 2229 - 12)])
def test_de_grenzen_van_het_datumbereik(geboorte, laatste):
    # 1900 … 2199 for a birth date; other dates up to the end of the tables less 12 school years
    for jaar in (1900, laatste):
        assert _datums.datum(pendulum.date(jaar, 6, 1), "f", geboorte=geboorte).year == jaar
    for jaar in (1899, laatste + 1):
        with pytest.raises(InvalidValueError) as info:
            _datums.datum(pendulum.date(jaar, 6, 1), "mijn_veld", geboorte=geboorte)
        assert (info.value.field, info.value.hint) == ("mijn_veld", "check the year")
        assert f"1900 to {laatste}" in str(info.value)


def test_een_maand_waarvan_de_eerste_schooldag_de_eerste_is():
    eerste = pendulum.date(2016, 2, 1).toordinal()  # a Monday
    assert _datums.eerste_schooldag(eerste, [pendulum.date(2016, 2, 1)]) == eerste
    assert _datums.eerste_schooldag(eerste, lambda _: pendulum.date(2016, 2, 1)) == eerste
    buiten = pendulum.Date.fromordinal(eerste + _datums.ZOEKDAGEN)
    with pytest.raises(InvalidValueError) as info:
        _datums.eerste_schooldag(eerste, [buiten])
    assert (info.value.field, info.value.regel) == ("schoolkalender", "R-LPW-1")
    assert info.value.hint == "give, for that month, its first school day (on or after the 1st)"
    laatste_binnen = pendulum.Date.fromordinal(eerste + _datums.ZOEKDAGEN - 1)
    assert _datums.eerste_schooldag(eerste, [laatste_binnen]) == laatste_binnen.toordinal()


def test_een_kalender_die_geen_datums_geeft_noemt_het_veld():
    eerste = pendulum.date(2016, 2, 1).toordinal()
    with pytest.raises(InvalidValueError) as info:
        _datums.eerste_schooldag(eerste, lambda _: "morgen")
    assert info.value.field == "schoolkalender()"
    with pytest.raises(InvalidValueError) as info:
        _datums.eerste_schooldag(eerste, ["morgen"])
    assert info.value.field == "schoolkalender[]"
    with pytest.raises(InvalidValueError) as info:
        _datums.eerste_schooldag(eerste, 17)  # type: ignore[arg-type]
    assert info.value.field == "schoolkalender"
    assert info.value.hint is not None
    assert "Schoolkalender" in info.value.hint


def test_naar_school_niet_voor_de_vierde_verjaardag_ook_bij_29_februari():
    # born 29 February 2096: 2100 is no leap year, the fourth birthday counts as 1 March (R-LPW-2)
    geboren = pendulum.date(2096, 2, 29)
    _datums.niet_voor_vierde_verjaardag(pendulum.date(2100, 3, 1), geboren, "f")
    with pytest.raises(InvalidValueError) as info:
        _datums.niet_voor_vierde_verjaardag(pendulum.date(2100, 2, 28), geboren, "mijn_veld")
    assert (info.value.field, info.value.regel) == ("mijn_veld", "R-LPW-2")
    assert info.value.hint == "give the date on or after the fourth birthday"


@pytest.mark.parametrize("waarde", [None, (9,), (9, 6, 1), "9-6"])
def test_volledig_tot_is_een_paar_met_veld_en_hint(waarde):
    with pytest.raises(InvalidValueError) as info:
        _datums.volledig_tot(waarde)
    assert info.value.field == "schoolbegin_telt_volledig_tot"
    assert info.value.hint == "a (maand, dag) pair from August to December, e.g. (9, 6)"


def test_volledig_tot_noemt_maand_of_dag():
    for waarde, veld in (((7, 1), "[0]"), ((9, 31), "[1]")):
        with pytest.raises(InvalidValueError) as info:
            _datums.volledig_tot(waarde)
        assert info.value.field == f"schoolbegin_telt_volledig_tot{veld}"
        assert info.value.hint == "a (maand, dag) pair from August to December, e.g. (9, 6)"
    assert _datums.volledig_tot((12, 31)) == (12, 31)
    assert _datums.volledig_tot((8, 1)) == (8, 1)


# --- verzuim (verzuim.py): arguments name their field and rule ------------------------------------

from gedragswerk_core import (  # noqa: E402
    beoordeel_verzuim,
    langdurig_relatief_verzuim_sinds,
    leerplicht_status,
    verzuimmeldingen,
)


def _status():
    return leerplicht_status(
        pendulum.date(2004, 5, 1), pendulum.date(2016, 4, 15), ingeschreven=True
    )


@pytest.mark.parametrize("functie", [beoordeel_verzuim, verzuimmeldingen])
def test_vrijstellingen_van_een_ander_type_noemen_veld_en_regel(functie):
    with pytest.raises(InvalidValueError) as info:
        functie(_status(), (), vrijstellingen=("geen vrijstelling",))
    assert info.value.regel == "R-LPW-11"
    assert info.value.field is not None
    assert info.value.field.startswith("vrijstellingen")


def test_norm_maanden_heeft_een_bovengrens():
    with pytest.raises(InvalidValueError) as info:
        beoordeel_verzuim(_status(), (), norm_maanden=10**6)
    assert info.value.field == "norm_maanden"
    assert beoordeel_verzuim(_status(), (), norm_maanden=1).peildatum == pendulum.date(2016, 4, 15)


def test_de_feiten_van_de_beoordeling_noemen_absoluut_verzuim_ja_of_nee():
    ingeschreven = beoordeel_verzuim(_status(), ())
    absoluut = beoordeel_verzuim(
        leerplicht_status(
            pendulum.date(2004, 5, 1), pendulum.date(2016, 4, 15), ingeschreven=False
        ),
        (),
        niet_ingeschreven_sinds=pendulum.date(2015, 9, 1),
    )
    assert not ingeschreven.absoluut_verzuim
    assert absoluut.absoluut_verzuim
    teksten = {
        b: " | ".join(str(f) for f in x.feiten)
        for b, x in ((False, ingeschreven), (True, absoluut))
    }
    assert "absoluut verzuim: no" in teksten[False]
    assert "absoluut verzuim: yes" in teksten[True]
    assert absoluut.thuiszitter
    assert absoluut.thuis_sinds == pendulum.date(2015, 9, 1)
    assert absoluut.langer_dan_norm


@pytest.mark.parametrize(("waarde", "veld"), [(-1, "lrv_weken"), ("4", "lrv_weken")])
def test_lrv_weken_noemt_het_veld(waarde, veld):
    with pytest.raises(InvalidValueError) as info:
        langdurig_relatief_verzuim_sinds((), pendulum.date(2016, 4, 15), lrv_weken=waarde)
    assert info.value.field == veld
    with pytest.raises(InvalidValueError) as info:
        langdurig_relatief_verzuim_sinds((), pendulum.date(2016, 4, 15), lrv_meer_dan="ja")
    assert info.value.field == "lrv_meer_dan"
    assert langdurig_relatief_verzuim_sinds((), pendulum.date(2016, 4, 15), lrv_weken=0) is None


def test_afronding_en_overdracht_beoordelen_ook_een_geschiedenis_van_een_gebeurtenis():
    from gedragswerk_core import Overdrachtsvoorstel, beoordeel_overdracht  # noqa: PLC0415

    ontvangen = ontvang(voorbeeld.hulpvraag(), pendulum.datetime(2015, 9, 14, 8))
    besluit = beoordeel_afronding(ontvangen, Afrondingsverklaring(oplossing_gevonden=True))
    assert not besluit.toegestaan
    assert "R-LC-2" in besluit.regels
    voorstel = Overdrachtsvoorstel(voorbeeld.partijen()["consulent"], True, True, True)
    assert beoordeel_overdracht(ontvangen, voorstel).toegestaan


def test_beoordeel_verzuim_vraagt_een_leerplichtstatus_en_zegt_hoe():
    with pytest.raises(InvalidValueError) as info:
        beoordeel_verzuim("geen status", ())  # type: ignore[arg-type]
    assert info.value.hint is not None
    assert "leerplicht_status(" in info.value.hint


def test_de_feiten_van_langdurig_relatief_verzuim_en_thuiszitten():
    zonder = beoordeel_verzuim(_status(), ())
    lrv = [f for f in zonder.feiten if "langdurig relatief verzuim" in f.uitleg]
    assert [(f.regel, f.geldt) for f in lrv] == [("R-LPW-5", False)]
    absoluut = beoordeel_verzuim(
        leerplicht_status(
            pendulum.date(2004, 5, 1), pendulum.date(2016, 4, 15), ingeschreven=False
        ),
        (),
        niet_ingeschreven_sinds=pendulum.date(2015, 9, 1),
    )
    thuis = [f for f in absoluut.feiten if f.regel == "R-LPW-8"]
    assert thuis
    assert any("longer than 3 months" in f.uitleg for f in thuis)
    kort = beoordeel_verzuim(
        leerplicht_status(
            pendulum.date(2004, 5, 1), pendulum.date(2016, 4, 15), ingeschreven=False
        ),
        (),
        niet_ingeschreven_sinds=pendulum.date(2016, 4, 1),
    )
    assert not any("longer than" in f.uitleg for f in kort.feiten)
