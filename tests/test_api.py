"""The public surface: `fogofwar.__all__`, keyword-only parameters, and `analyse`."""

from __future__ import annotations

import importlib.metadata
import inspect
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fogofwar
from fogofwar import errors

TEXT = (
    "Two Kyrgyz soldiers were killed near the village of Kordak on Monday, the Kyrgyzstan "
    "Ministry of Defence said. The ministry said the fighting lasted three hours."
)


def test_all_is_sorted_and_unique() -> None:
    assert fogofwar.__all__ == sorted(fogofwar.__all__)
    assert len(set(fogofwar.__all__)) == len(fogofwar.__all__)


@pytest.mark.parametrize("name", fogofwar.__all__)
def test_every_exported_name_exists(name: str) -> None:
    assert getattr(fogofwar, name, None) is not None
    assert (getattr(fogofwar, name).__doc__ or "").strip(), f"{name} has no docstring"


def test_the_main_entry_points_are_exported() -> None:
    assert {"analyse", "process", "Store", "Settings", "FogofwarError"} <= set(fogofwar.__all__)


def test_the_version_is_the_installed_one() -> None:
    assert fogofwar.__version__ == importlib.metadata.version("fogofwar")


@pytest.mark.parametrize(
    "name", [n for n in fogofwar.__all__ if inspect.isfunction(getattr(fogofwar, n))]
)
def test_parameters_after_the_first_are_keyword_only(name: str) -> None:
    parameters = list(inspect.signature(getattr(fogofwar, name)).parameters.values())[1:]
    positional = [
        p.name for p in parameters if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]
    assert positional == [], f"{name}({', '.join(positional)}) can be passed by position"


@pytest.mark.parametrize("name", [n for n in fogofwar.__all__ if n.endswith("Error")])
def test_every_error_is_a_fogofwar_error_drawn_in_the_errors_docstring(name: str) -> None:
    error = getattr(fogofwar, name)
    assert issubclass(error, fogofwar.FogofwarError)
    assert name in (errors.__doc__ or "")
    raised = error("some/place.json", "a problem")
    assert str(raised) == "some/place.json: a problem"


def test_importing_fogofwar_is_light_and_configures_no_logging() -> None:
    """No model, no heavy parser and no log handler just for importing the package."""
    code = (
        "import logging, sys, fogofwar\n"
        "heavy = [m for m in ('spacy', 'trafilatura', 'dateparser') if m in sys.modules]\n"
        "print(heavy, logging.getLogger().handlers)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[] []"


# -- analyse (real model) -----------------------------------------------------------------


@pytest.mark.slow
def test_analyse_returns_claims_with_evidence_in_the_text() -> None:
    claims = fogofwar.analyse(TEXT, title="Clash at Kordak", published="2026-05-05")
    assert claims
    assert all(isinstance(c, fogofwar.Claim) for c in claims)
    for claim in claims:
        evidence = claim.evidence.of(TEXT)
        assert evidence.strip()
        assert evidence in TEXT
    killed = [c for c in claims if c.category == "killed"]
    assert [(c.count, c.party) for c in killed] == [(2, "Kyrgyzstan")]
    assert "Two Kyrgyz soldiers were killed" in killed[0].evidence.of(TEXT)


@pytest.mark.slow
@pytest.mark.parametrize("text", ["", "   \n\t ", "No one was hurt."])
def test_analyse_of_text_without_figures_is_empty(text: str) -> None:
    assert fogofwar.analyse(text) == []


@pytest.mark.slow
def test_analyse_spans_point_into_the_text_given() -> None:
    messy = "  KORDAK,\u00a0May 5.  Two  Kyrgyz soldiers were killed on Monday, officials said."
    claims = fogofwar.analyse(messy)
    assert claims
    for claim in claims:
        evidence = claim.evidence.of(messy).strip()
        assert evidence.startswith("Two") and evidence.endswith("officials said."), evidence


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_analyse_never_raises_on_any_text(text: str) -> None:
    for claim in fogofwar.analyse(text):
        assert 0 <= claim.evidence.start <= claim.evidence.end
        assert claim.count >= 0
