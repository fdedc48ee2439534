"""The quality gate: fogofwar's scores on the gold corpora never fall below the floors.

Floors live in `eval_floors.json`, one set per corpus: `dev` (the clusters rules may be
studied on) and `check` (clusters that stand for news never seen: scored, never studied).
Raise a floor when a change lifts the score, and never lower one silently. Skipped when
`../shared` (the gold corpora) is not beside the repository.
"""

import json
from pathlib import Path

import pytest

from fogofwar.evaluate import ATTRIBUTES, evaluate

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpus"
FLOORS = json.loads((Path(__file__).with_name("eval_floors.json")).read_text())
NAMES = sorted(name for name in FLOORS if not name.startswith("_"))

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", params=NAMES)
def corpus(request):
    folder = CORPORA / request.param
    if not folder.is_dir():
        pytest.skip(f"../shared/corpus/{request.param} is not available")
    return request.param, FLOORS[request.param], evaluate(sorted(folder.glob("*.json")))


def test_claims_f1_floor(corpus):
    name, floors, scores = corpus
    assert scores.f1 >= floors["claims_f1"], f"{name}\n" + "\n".join(scores.lines())


def test_attribute_floors(corpus):
    name, floors, scores = corpus
    below = {
        attribute: round(scores.attributes[attribute], 3)
        for attribute in ATTRIBUTES
        if scores.attributes[attribute] < floors[attribute]
    }
    assert not below, f"{name} below floor: {below}\n" + "\n".join(scores.lines())


def test_events_floor(corpus):
    name, floors, scores = corpus
    assert scores.bcubed is not None
    assert scores.bcubed[2] >= floors["events_bcubed_f1"], f"{name}\n" + "\n".join(scores.lines())


def test_party_floor(corpus):
    name, floors, scores = corpus
    assert scores.party_accuracy >= floors["party"], f"{name}\n" + "\n".join(scores.lines())
