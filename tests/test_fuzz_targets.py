"""fuzz/targets.py, the functions `make fuzz` runs under Atheris, on fixed hostile inputs:
the harness itself is tested here without Atheris, and each issue 12 input that once
broke a run is a regression case."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _targets() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_targets", ROOT / "fuzz/targets.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


TARGETS = _targets()
SEEDS = sorted((ROOT / "fuzz/seeds").glob("*/*"))
HOSTILE = [
    b"99999999999999999999 soldiers were killed near Dorn.",
    b"1,000,000,000,000,000,000,000,000,000,000 were wounded.",
    b"9" * 400 + b".5 thousand people were killed.",
    b'{"text": "\\ud800 two soldiers were killed", "title": "\\udfff"}',
    b"caf\xe9 \xff\xfe two killed",
    b"<p " + b'a="1" ' * 2000 + b">Three were wounded.</p>",
    b"",
]


def test_every_target_has_seeds() -> None:
    assert set(TARGETS.TARGETS) == {p.parent.name for p in SEEDS}


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_targets_hold_on_their_seeds(seed: Path) -> None:
    TARGETS.TARGETS[seed.parent.name](seed.read_bytes())


@pytest.mark.parametrize("target", ["ingest", "clean", "numbers"])
@pytest.mark.parametrize("data", HOSTILE, ids=range(len(HOSTILE)))
def test_fast_targets_hold_on_hostile_input(target: str, data: bytes) -> None:
    for selector in range(len(TARGETS.SUFFIXES)):
        TARGETS.TARGETS[target](bytes([selector]) + data)


@pytest.mark.slow
@pytest.mark.parametrize("data", HOSTILE, ids=range(len(HOSTILE)))
def test_the_whole_pipeline_holds_on_hostile_input(data: bytes) -> None:
    TARGETS.pipeline(data)


def test_a_broken_promise_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    import fogofwar.extract.numbers as numbers

    monkeypatch.setattr(numbers, "combine", lambda words: numbers.MAX_COUNT + 1)
    with pytest.raises(AssertionError):
        TARGETS.numbers(b"two")
