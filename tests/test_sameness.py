"""Sameness: one claim per figure and speaker, and whose side a speaker is on."""

from __future__ import annotations

import pytest

import fogofwar
from fogofwar.extract.sameness import finish_sides
from fogofwar.extract.sides import ArticleActors
from fogofwar.records import Claim, Span


def claim(party: str, category: str, side: str) -> Claim:
    return Claim(
        id="c",
        article_id="a",
        evidence=Span(start=0, end=1),
        category=category,
        count=3,
        party=party,
        status="military",
        claimant=f"{side} army",
        claimant_side=side,
    )


ARTICLE = (
    "Pagers exploded across Lebanon. Hezbollah blamed the blasts on its enemy. "
    "Lebanon's health ministry counted the wounded in Lebanon."
)


@pytest.mark.parametrize(
    ("party", "category", "side"),
    [
        # a state speaking of an armed group's dead or captured is fighting it
        ("Hezbollah", "killed", "Israel"),
        ("al-Shabaab", "captured", "Israel"),
        ("Hezbollah", "killed_or_wounded", "Israel"),
        # a state speaking of others' wounded, or of a state's people, is an onlooker
        ("Hezbollah", "wounded", "third_party"),
        ("Lebanon", "killed", "third_party"),
    ],
)
def test_a_state_claiming_an_armed_groups_losses_is_a_side(
    party: str, category: str, side: str
) -> None:
    actors = ArticleActors.of(ARTICLE)
    (finished,) = finish_sides([claim(party, category, "Israel")], actors)
    assert finished.claimant_side == side


@pytest.mark.parametrize(
    ("party", "category"), [("Lebanon", "killed"), ("Syria", "killed"), ("Hezbollah", "wounded")]
)
def test_a_state_fighting_a_group_is_a_side_for_all_it_says(party: str, category: str) -> None:
    # the same speaker tells of the group's dead and of others: one side for both
    actors = ArticleActors.of(ARTICLE)
    claims = [claim("Hezbollah", "killed", "Israel"), claim(party, category, "Israel")]
    assert [c.claimant_side for c in finish_sides(claims, actors)] == ["Israel", "Israel"]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # two equal figures of one sentence are two, unless one is read twice
        ("One soldier was killed and another one died in hospital.", [1, 1]),
        ("Officials said three people were confirmed dead and three more were believed killed.",
         [3, 3]),
        ("Officials said three people were killed.", [3]),
    ],
)  # fmt: skip
def test_equal_figures_of_one_sentence(text: str, counts: list[int]) -> None:
    claims = fogofwar.analyse("A\n" + text, outlet="Wire", published="2025-02-03")
    assert [c.count for c in claims] == counts


def test_one_service_under_two_names_is_one_speaker() -> None:
    text = (
        "Arrests\nMOSCOW: Russia's Federal Security Service said 11 people were detained over "
        "the attack. The FSB said later that 11 suspects had been detained."
    )
    claims = fogofwar.analyse(text, outlet="Wire", published="2025-02-03")
    assert [(c.count, c.claimant_side) for c in claims] == [(11, "Russia")]


def test_the_figure_named_with_the_points_back() -> None:
    # "the 40 soldiers killed in the attack", after a speaker gave 40: that figure again
    text = (
        "Attack\nN'DJAMENA: Around 40 soldiers were killed in an attack on a base, the "
        "presidency said. The 40 soldiers killed in the October 27 attack were not included in "
        "the most recent tally, a military source said."
    )
    claims = fogofwar.analyse(text, outlet="Wire", published="2025-03-01")
    assert [(c.count, c.claimant) for c in claims] == [(40, "Chad presidency")]
