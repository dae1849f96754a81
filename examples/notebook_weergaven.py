# %% [markdown]
# # Views, a frame and plots in a notebook
#
# The values of the library show themselves in Jupyter: a decision (`Besluit`) as a ✓/✗ per
# condition, an intervention as a timeline of its events, its state (`Toestand`) and its
# hulpvraag as tables. Each view speaks one language, Dutch by default (`to_html(taal="en")` for
# English), and shows pupils only by their pseudonymous reference. The `plots` extra draws the
# hulpvragen per month, an intervention's timeline and the kennen/kunnen/willen grid.
#
# Kept in the jupytext "percent" format. To run it as a notebook:
# `pip install 'gedragswerk-core[notebook]'`, then
# `jupytext --to ipynb --execute examples/notebook_weergaven.py` (CI does this). As a plain script
# it runs too, but shows nothing: a notebook shows the value a cell ends with.

# %%
"""Notebook views of the example case: a decision, an intervention, its state, a plot."""

from gedragswerk_core import Overdrachtsvoorstel, beoordeel_overdracht, plots, voorbeeld
from gedragswerk_core.voorbeelden import jaarverslag2015

# %matplotlib inline

# %% [markdown]
# ## A decision: may the hulpvraag be handed over? (R-LC-6)
#
# The receiver can take it on but does not state it wants to: refused, with ✗ at R-LC-6.

# %%
lopend = voorbeeld.interventie_na_intake()
consulent = voorbeeld.partijen()["consulent"]
besluit = beoordeel_overdracht(lopend, Overdrachtsvoorstel(consulent, True, True, False))
besluit

# %% [markdown]
# The short `repr`, as a terminal shows it:

# %%
print(repr(besluit))

# %% [markdown]
# ## An intervention, its state and its hulpvraag

# %%
interventie = voorbeeld.afgeronde_interventie()
interventie

# %%
interventie.toestand

# %%
interventie.hulpvraag

# %%
print(repr(interventie), repr(interventie.toestand), repr(interventie.hulpvraag), sep="\n")

# %% [markdown]
# ## A frame
#
# The `frames` extra (polars) gives a table per kind of value: here one row per intervention of
# the 2015–2016 annual report. `.to_pandas()` gives pandas (with pyarrow installed).

# %%
from gedragswerk_core.frames import interventies_frame  # noqa: E402 - the frames extra

interventies_frame(jaarverslag2015.interventies()).head()

# %% [markdown]
# ## Plots
#
# The hulpvragen of the 2015–2016 annual report per month (R-LC-1):

# %%
plots.intake_per_maand(jaarverslag2015.interventies())

# %% [markdown]
# The timeline of the example intervention:

# %%
plots.tijdlijn(interventie)

# %% [markdown]
# Why the case was stuck: kennen, kunnen, willen per party (R-KKW-1, R-KKW-2).

# %%
plots.kkw_raster(voorbeeld.diagnose_voor())
