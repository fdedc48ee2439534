"""A figure a speaker denies stays the claim of whoever asserted it (the annotation guide's
rule); the denier is recorded on it, shown in the briefing, and never its claimant.

Every sentence here is invented, about an invented clash near an invented village.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import fogofwar
from fogofwar.export import export
from fogofwar.pipeline import process
from fogofwar.report import write_report
from fogofwar.store import Store

pytestmark = pytest.mark.slow

OUTLET = "Daily Wire"


def claims_of(text: str) -> dict[int, tuple[str, str]]:
    """count -> (claimant, denied_by) for the killed figures of `text`."""
    found = fogofwar.analyse(text, outlet=OUTLET, published="2030-03-11")
    return {c.count: (c.claimant, c.denied_by) for c in found}


@pytest.mark.parametrize(
    ("text", "count", "claimant", "denied_by"),
    [
        # dismissed as fantasy: the statement's source asserted it
        (
            "The Kazakh Ministry of Defence said two of its soldiers were killed near Tolkyn. "
            'It dismissed as "fantasy" a statement from Bishkek that up to 40 Kazakh troops '
            "had been killed or wounded.",
            40,
            "Kyrgyzstan government",
            "Kazakhstan Ministry of Defence",
        ),
        # a possessive names the asserter
        (
            "Azerbaijan's defence ministry dismissed Armenia's claim that 40 Azerbaijani "
            "soldiers were killed near Lorvan.",
            40,
            "Armenia government",
            "Azerbaijan Ministry of Defence",
        ),
        # nobody named as asserting it: the outlet reports it
        ("Russia denied that 50 of its soldiers had been killed near Dorn.", 50, OUTLET, "Russia"),
    ],
)
def test_a_denied_figure_is_its_asserters_with_the_denier_recorded(
    text: str, count: int, claimant: str, denied_by: str
) -> None:
    got_claimant, got_denier = claims_of(text)[count]
    assert got_denier.startswith(denied_by)
    assert got_claimant == claimant
    assert got_claimant != got_denier


@pytest.mark.parametrize(
    "text",
    [
        # a figure of a clause joined on, or of a verb under the denial, is the speaker's own
        "The army rejected the rebels' account, saying five soldiers were killed near Dorn.",
        "The ministry denied the report and said five soldiers were killed near Dorn.",
        # a denial that is negated concedes the figure
        "The Kyrgyz Ministry of Defence did not deny that five soldiers were killed near Dorn.",
        # a plain statement denies nothing
        "Five soldiers were killed near Dorn, the Kyrgyz Ministry of Defence said.",
    ],
)
def test_figures_outside_a_denial_are_not_denied(text: str) -> None:
    assert claims_of(text)[5][1] == ""


ARTICLE = (
    "Clash near Tolkyn\n\n"
    "Two Kazakh soldiers were killed near Tolkyn on Tuesday, the Kazakh Ministry of "
    'Defence said. It dismissed as "fantasy" a statement from Bishkek that up to 40 '
    "Kazakh troops had been killed or wounded.\n"
)


def test_the_denial_is_stored_shown_and_exported(tmp_path: Path) -> None:
    source = tmp_path / "steppe.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "d.db"
    process([source], db_path=db)
    with Store.open(db, readonly=True) as store:
        denied = [c for c in store.claims() if c.denied_by]
        assert [(c.count, c.claimant, c.denied_by) for c in denied] == [
            (40, "Kyrgyzstan government", "Kazakhstan Ministry of Defence")
        ]
        export(store, format="claims-csv", out=tmp_path / "claims.csv")
    for suffix in (".html", ".md"):
        with Store.open(db, readonly=True) as store:
            write_report(store, tmp_path / f"b{suffix}")
        assert "denied by Kazakhstan Ministry of Defence" in (tmp_path / f"b{suffix}").read_text(
            encoding="utf-8"
        )
    with (tmp_path / "claims.csv").open(encoding="utf-8", newline="") as handle:
        rows = {int(r["count"]): r for r in csv.DictReader(handle)}
    assert rows[40]["denied_by"] == "Kazakhstan Ministry of Defence"
    assert rows[2]["denied_by"] == ""
