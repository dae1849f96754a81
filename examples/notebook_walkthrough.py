# %% [markdown]
# # One case through the methodiek, in a notebook
#
# This walkthrough follows the library's fictional example case: a leerplichtambtenaar in the
# region Rivierenland asks for help with two pupils. We look at the intervention's history, make
# the *diagnosis* — why are the parties stuck: do they not know what would work, are they not
# able to do it, or do they not want to (kennen, kunnen, willen)? — measure its effect, explore
# the region along the six regional questions, and draft the region's *werkagenda*.
#
# It is kept as a plain Python script in the jupytext "percent" format (cells start with `# %%`):
# with `pip install jupytext` Jupyter opens it as a notebook, or convert it with
# `jupytext --to notebook examples/notebook_walkthrough.py`. Or run it as it is with
# `python examples/notebook_walkthrough.py`. In Jupyter, a cell that ends with a diagnosis or a
# werkagenda shows it as an HTML table; as a plain script there is no browser, so the cells print
# the start of that HTML instead.

# %%
"""The notebook walkthrough: a diagnosis and a werkagenda, with their HTML views."""

from collections import Counter

import pendulum

from gedragswerk_core import (
    Antwoord,
    Diagnose,
    Dimensie,
    Oordeel,
    Regio,
    Schaal,
    Uitvoeringsstatus,
    Verkenning,
    aanbeveling,
    beantwoord,
    concept_werkagenda,
    controleer,
    meet_effect,
    signaleer,
    stem_in,
    vergelijk,
    voorbeeld,
    voortgang,
)

# %% [markdown]
# ## The intervention
#
# An intervention is its list of events; its state is derived by replaying them. On a reference
# date (*peildatum*) that we pass in — the library never reads the clock — `signaleer` lists what
# needs attention.

# %%
interventie = voorbeeld.afgeronde_interventie()
for gebeurtenis in interventie.gebeurtenissen:
    print(f"{gebeurtenis.moment:%Y-%m-%d}  {type(gebeurtenis).__name__}")

na_intake = voorbeeld.interventie_na_intake()
for signaal in signaleer(na_intake, pendulum.date(2016, 1, 4)):
    print(signaal)

# %% [markdown]
# ## The diagnosis: kennen, kunnen, willen per party (R-KKW-1, R-KKW-2)
#
# The diagnosis is made for every party involved, not for the case as a whole: a matrix of
# party × dimension. Each cell is a knelpunt (bottleneck), in orde, or onbekend; a later
# assessment of the same cell wins.

# %%
p = voorbeeld.partijen()
school, gemeente, ouders = p["school"], p["wethouder"], p["ouders"]
dag = pendulum.date(2015, 9, 29)

diagnose = Diagnose((school, gemeente, ouders))
diagnose = diagnose.met(school, Dimensie.KENNEN, Oordeel.KNELPUNT, datum=dag)
diagnose = diagnose.met(school, Dimensie.KUNNEN, Oordeel.IN_ORDE, datum=dag)
diagnose = diagnose.met(gemeente, Dimensie.WILLEN, Oordeel.KNELPUNT, datum=dag)
for dimensie in Dimensie:
    diagnose = diagnose.met(ouders, dimensie, Oordeel.IN_ORDE, datum=dag)

print("knelpunten:", [d.value for d in diagnose.knelpuntdimensies])
print("stuck on willen:", [partij.naam for partij in diagnose.partijen_met(Dimensie.WILLEN)])
print("still to assess:", [d.value for d in diagnose.ontbrekende_dimensies(gemeente)])
print(diagnose.to_markdown())

# %% [markdown]
# In Jupyter, ending a cell with `diagnose` shows the matrix as a coloured HTML table (through
# its `_repr_html_` method). Here we print the start of that HTML.

# %%
html = diagnose._repr_html_()  # what Jupyter calls to show it
print(html[:200])

# %% [markdown]
# ## The effect (R-KKW-3)
#
# The same three dimensions measure the effect: when the intervention closes, the parties are
# assessed again. `vergelijk` compares the two diagnoses cell by cell; `meet_effect` counts,
# over many interventions, in how many each dimension improved — always with the denominator.

# %%
voor, na = voorbeeld.diagnose_voor(), voorbeeld.diagnose_na()
vergelijking = vergelijk(voor, na)
for wijziging in vergelijking.wijzigingen:
    print(
        f"{wijziging.partij.naam:18} {wijziging.dimensie.value:7}"
        f" {wijziging.voor.label} -> {wijziging.na.label}: {wijziging.verandering.value}"
    )

nog_vast = vergelijk(voor, voor)  # a second intervention in which nothing changed
for effect in meet_effect([vergelijking, nog_vast]):
    print(effect)

# %% [markdown]
# ## The region and the six questions (R-REG-1 … R-REG-3)
#
# A region works through six questions. The first always comes first: who are the pupils, by
# name (R-REG-2) — answering another question before it is refused. Systemic measures (question
# 5) while a named pupil has no passend onderwijs yet are allowed, and signalled for that pupil
# (R-REG-3).

# %%
verkenning = Verkenning(Regio("Rivierenland", Schaal.REGIO))
verkenning = beantwoord(
    verkenning,
    Antwoord(1, pendulum.date(2015, 9, 29), "actietafel", "Two pupils.", ["L-2015-017"]),
)
verkenning = beantwoord(
    verkenning,
    Antwoord(5, pendulum.date(2015, 11, 16), "SWV en gemeente", "Set up an actietafel."),
)
print("open:", [vraag.label for vraag in verkenning.open_vragen])
for signaal in verkenning.signalen:
    print(signaal)

# %% [markdown]
# ## The werkagenda (R-WA-1 … R-WA-6)
#
# The region drafts its werkagenda from the handreiking's catalogue. `controleer` lists every
# gap at once; the draft cannot be agreed (`stem_in`) until the errors are resolved.

# %%
concept = concept_werkagenda(voorbeeld.REGIO, ["WA-1.3", "WA-4.9", "WA-5.2"])
telling = Counter((b.regel, b.ernst.value) for b in controleer(concept))
print(sorted(telling.items()))

swv, leerplicht, gemeente_tiel = p["swv"], p["leerplicht"], p["wethouder"]
agenda = concept
for code, kolommen in {
    "WA-1.3": {
        "wie": (swv, leerplicht),
        "wanneer": (pendulum.date(2016, 9, 1), pendulum.date(2016, 10, 15)),
        "instrumenten": ("verzuimregistratie",),
        "resultaat": "One list of every pupil concerned, by reference.",
        "doel": "Every thuiszitter known, so each case gets an owner.",
    },
    "WA-4.9": {
        "wie": (swv, gemeente_tiel),
        "wanneer": (pendulum.date(2016, 11, 1), pendulum.date(2017, 3, 31)),
        "instrumenten": ("overstapkalender",),
        "resultaat": "An agreed handover route from vo to mbo.",
        "doel": "No pupil drops out at the move to mbo.",
    },
    "WA-5.2": {
        "wie": (swv, gemeente_tiel),
        "wanneer": pendulum.date(2017, 1, 16),
        "resultaat": "An evaluation meeting with conclusions.",
        "doel": "Learn from the first half year.",
    },
}.items():
    agenda = agenda.vervang(agenda.activiteit(code).met(**kolommen))
agenda = agenda.voeg_toe(
    aanbeveling("WA-2.3").als_activiteit(
        wie=(swv, gemeente_tiel),
        wanneer=(pendulum.date(2016, 10, 1), pendulum.date(2016, 11, 30)),
        resultaat="A talk with each school leader who must act on a case.",
        doel="Information that leads to action.",
    )
)
print([str(b) for b in controleer(agenda)])

agenda = stem_in(agenda, pendulum.date(2016, 8, 29), (swv, leerplicht, gemeente_tiel))
agenda = agenda.meld_status("WA-1.3", Uitvoeringsstatus.GEREALISEERD, "List sent 14 October.")
print(voortgang(agenda, pendulum.date(2016, 12, 5)))

# %% [markdown]
# In Jupyter, ending a cell with `agenda` shows the eight-column table of each phase. Here we
# print the start of that HTML, and how many tables it holds (one per phase).

# %%
html = agenda._repr_html_()  # what Jupyter calls to show it
print(html[:200])
print(html.count("<table"), "tables")

# %% [markdown]
# `agenda.to_markdown()` gives the same tables as Markdown, for a report or for
# `IPython.display.Markdown`. Next: the how-to guides in the documentation, and the API
# reference of `diagnose`, `effect`, `regio` and the `werkagenda` modules.
