"""Shared test setup: Hypothesis profiles.

``CI=true`` (as set by CI) selects the ``ci`` profile: derandomized, so a CI run is repeatable,
with more examples and no deadline (shared CI machines have noisy timings). Locally the ``dev``
profile keeps runs quick. ``HYPOTHESIS_PROFILE`` overrides both (``smoke``: a few examples per
property).
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=200,
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=60, deadline=None)
# A smoke run of every property (the lowest-versions and newest-Python CI steps): does each rule
# still hold under other library versions? The thorough runs above search for counterexamples.
settings.register_profile(
    "smoke", max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") == "true" else "dev")
)
