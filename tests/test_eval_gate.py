"""The quality gate: fogofwar's scores on the dev gold corpus never fall below the floors.

Floors live in `eval_floors.json`; raise one when a change lifts the score, and never lower
one silently. Skipped when `../shared` (the gold corpus) is not beside the repository.
"""

import json
from pathlib import Path

import pytest

from fogofwar.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
FLOORS = json.loads((Path(__file__).with_name("eval_floors.json")).read_text())

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not DEV.is_dir(), reason="../shared/corpus/dev is not available"),
]


@pytest.fixture(scope="module")
def scores():
    return evaluate(sorted(DEV.glob("*.json")))


def test_claims_f1_floor(scores):
    assert scores.f1 >= FLOORS["claims_f1"], "\n".join(scores.lines())


@pytest.mark.parametrize("attribute", ["status", "qualifier", "scope", "claimant_side", "claimant"])
def test_attribute_floor(scores, attribute):
    assert scores.attributes[attribute] >= FLOORS[attribute], "\n".join(scores.lines())


def test_events_floor(scores):
    assert scores.bcubed is not None
    assert scores.bcubed[2] >= FLOORS["events_bcubed_f1"], "\n".join(scores.lines())
