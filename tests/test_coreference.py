"""Whose people a figure is when its sentence does not say, read from the rest of the
article; and which repeats of a figure are one claim. All reports here are invented."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import fogofwar
from fogofwar.extract.coreference import settle_open_parties
from fogofwar.records import Claim, Span
from wire import claims_of


def claim(category: str, count: int, party: str, start: int, **kw: object) -> Claim:
    fields = {
        "id": "",
        "article_id": "a",
        "evidence": Span(start=start, end=start + 10),
        "category": category,
        "count": count,
        "qualifier": "exact",
        "party": party,
        "status": "military",
        "claimant": "media",
        "claimant_side": "media",
        "scope": "event",
        "stated_on": None,
    }
    fields.update(kw)
    return Claim(**fields)  # type: ignore[arg-type]


def test_an_open_figure_restating_one_sides_claim_is_that_sides() -> None:
    claims = [claim("captured", 13, "unknown", 0), claim("captured", 13, "Armenia", 50)]
    settled = settle_open_parties(claims, [True, False])
    assert [c.party for c in settled] == ["Armenia", "Armenia"]


def test_an_open_figure_of_other_people_is_not_restated() -> None:
    """12 villagers and 12 fighters are not the same people, whatever their figures."""
    claims = [
        claim("killed", 12, "Mali", 0, status="civilian"),
        claim("killed", 12, "JNIM", 50, status="military"),
    ]
    assert [c.party for c in settle_open_parties(claims, [True, False])] == ["Mali", "JNIM"]


def test_an_open_figure_of_unknown_status_may_be_restated() -> None:
    claims = [
        claim("killed", 12, "unknown", 0, status="unknown"),
        claim("killed", 12, "JNIM", 50, status="military"),
    ]
    assert [c.party for c in settle_open_parties(claims, [True, False])] == ["JNIM", "JNIM"]


def test_an_open_figure_summing_two_sides_is_both() -> None:
    claims = [
        claim("killed", 8, "unknown", 0),
        claim("killed", 1, "Armenia", 50),
        claim("killed", 7, "Azerbaijan", 100),
    ]
    assert settle_open_parties(claims, [True, False, False])[0].party == "both"


@pytest.mark.parametrize(
    ("claims", "open_party", "expected"),
    [
        # a stated party is never changed, even when the figure matches another side's
        ([claim("killed", 5, "Armenia", 0), claim("killed", 5, "Azerbaijan", 50)],
         [False, False], ["Armenia", "Azerbaijan"]),
        # two sides give the same figure: no one reading, the guess stays
        ([claim("killed", 5, "Kyrgyzstan", 0), claim("killed", 5, "Armenia", 50),
          claim("killed", 5, "Azerbaijan", 100)],
         [True, False, False], ["Kyrgyzstan", "Armenia", "Azerbaijan"]),
        # one side's two figures do not make a total over both sides
        ([claim("killed", 8, "unknown", 0), claim("killed", 1, "Armenia", 50),
          claim("killed", 7, "Armenia", 100)],
         [True, False, False], ["unknown", "Armenia", "Armenia"]),
        # another fate's figure is not a restatement
        ([claim("wounded", 13, "unknown", 0), claim("captured", 13, "Armenia", 50)],
         [True, False], ["unknown", "Armenia"]),
        # civilians are not a sum of the sides' soldiers
        ([claim("killed", 8, "unknown", 0, status="civilian"), claim("killed", 1, "Armenia", 50),
          claim("killed", 7, "Azerbaijan", 100)],
         [True, False, False], ["unknown", "Armenia", "Azerbaijan"]),
    ],
)  # fmt: skip
def test_open_parties_left_alone(
    claims: list[Claim], open_party: list[bool], expected: list[str]
) -> None:
    assert [c.party for c in settle_open_parties(claims, open_party)] == expected


def analyse(text: str) -> list[Claim]:
    return fogofwar.analyse(text, outlet="Daily Wire", published="2024-05-03")


def found(claims: list[Claim]) -> set[tuple[str, int, str]]:
    return {(c.category, c.count, c.party) for c in claims}


@pytest.mark.slow
def test_summary_figures_take_the_sides_the_statements_give() -> None:
    text = (
        "Kyrgyz and Tajik troops clashed on the border near Vorukh on Tuesday. "
        "In all, 9 servicemen were killed and 5 were taken prisoner.\n\n"
        "The Kyrgyz Defence Ministry said 4 of its soldiers were killed and 5 were captured.\n\n"
        "The Tajik border service said 5 of its guards were killed."
    )
    claims = analyse(text)
    assert found(claims) >= {
        ("killed", 9, "both"),
        ("captured", 5, "Kyrgyzstan"),
        ("killed", 4, "Kyrgyzstan"),
        ("killed", 5, "Tajikistan"),
    }
    assert "unknown" not in {c.party for c in claims}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "two others" point back to the people the sentence before named
        ("Rebels in the north killed dozens of Wagner mercenaries on Sunday. Two others were "
         "taken prisoner at least.", {("captured", 2, "Wagner", "military", "at_least")}),
        # a bare toll goes on about the people of the figure before it
        ("At least 20 Wagner fighters were killed in the ambush, a Telegram channel said. Other "
         "channels claim that there were about fifty dead.",
         {("killed", 20, "Wagner", "military", "at_least"),
          ("killed", 50, "Wagner", "unknown", "approx")}),
        # the men of a private military company the article names
        ("A convoy of the Wagner group was ambushed near Kidal in Mali. At least 20 PMC "
         "servicemen were killed in the attack.",
         {("killed", 20, "Wagner", "military", "at_least")}),
        # "20 or more"
        ("The Kyrgyz Health Ministry said 20 or more people were killed in the shelling.",
         {("killed", 20, "Kyrgyzstan", "unknown", "at_least")}),
    ],
)  # fmt: skip
def test_parties_from_the_sentence_before(text: str, expected: set[tuple]) -> None:
    assert {(c.category, c.count, c.party, c.status, c.qualifier) for c in analyse(text)} == (
        expected
    )


@pytest.mark.slow
def test_two_sources_of_one_side_wording_a_figure_differently_are_two_claims() -> None:
    text = (
        "At least 40 people were wounded in the attack on the hotel in Osh, police said.\n\n"
        "Aibek Sadykov, director of the city hospital, said 40 people were admitted with "
        "wounds from the attack."
    )
    claims = analyse(text)
    assert sorted((c.category, c.count, c.qualifier) for c in claims) == [
        ("wounded", 40, "at_least"),
        ("wounded", 40, "exact"),
    ]
    assert len({c.claimant for c in claims}) == 2


@pytest.mark.slow
def test_another_soldier_adds_to_the_figure() -> None:
    text = (
        "The Armenian Defence Ministry admitted one dead in the clash near Lorvan.\n\n"
        "The ministry later said that the identity of another soldier killed in the fighting "
        "could not be established."
    )
    assert [(c.category, c.count, c.party) for c in analyse(text)] == [
        ("killed", 1, "Armenia"),
        ("killed", 1, "Armenia"),
    ]


@pytest.mark.slow
def test_an_outlet_passing_a_figure_on_speaks_as_the_media() -> None:
    (claim_,) = analyse(
        "Armenian and Azerbaijani troops clashed near Lorvan. A Telegram channel reported "
        "that 12 Azerbaijani soldiers were killed."
    )
    assert (claim_.party, claim_.claimant_side) == ("Azerbaijan", "media")


@pytest.mark.slow
def test_another_one_in_one_sentence_is_one_claim() -> None:
    claims = analyse(
        "The Tajik Defence Ministry said that two of its soldiers were killed in shelling on "
        "Sunday and another one later died in a hospital."
    )
    assert sorted((c.category, c.count) for c in claims) == [("killed", 1), ("killed", 2)]
    assert len({c.id for c in claims}) == len(claims)


@pytest.mark.slow
def test_a_figure_broken_down_by_side_is_over_both() -> None:
    claims = analyse(
        "At least 16 people were wounded: six Kyrgyz soldiers, three Kyrgyz civilians and seven "
        "Kazakh soldiers, according to the two ministries."
    )
    assert {(c.count, c.party, c.status) for c in claims} == {
        (16, "both", "unknown"),
        (6, "Kyrgyzstan", "military"),
        (3, "Kyrgyzstan", "civilian"),
        (7, "Kazakhstan", "military"),
    }


@pytest.mark.slow
def test_a_phrase_hung_on_the_counted_noun_from_afar_is_not_its_side() -> None:
    (claim,) = analyse(
        "At least nine people were killed on both sides in this week's fighting on the border "
        "between Kazakhstan and Kyrgyzstan, a Continental Monitor tally of official statements "
        "shows, the worst violence along the disputed Kengsu canal in years."
    )
    assert claim.party == "both"


@pytest.mark.slow
def test_two_ministries_of_one_state_are_two_claims() -> None:
    text = (
        "A civilian was killed by shelling in Tovuz, the Azerbaijani Defence Ministry said.\n\n"
        "The Azerbaijani Foreign Ministry condemned the death of a resident of Aghdam village, "
        "born in 1944, in the shelling."
    )
    claims = analyse(text)
    assert [(c.count, c.party, c.claimant) for c in claims] == [
        (1, "Azerbaijan", "Azerbaijan Ministry of Defence"),
        (1, "Azerbaijan", "Azerbaijan Ministry of Foreign Affairs"),
    ]


def _broken_down_as_written(target: Claim, claims: list[Claim]) -> str | None:
    """The reading `_SidesBySentence` gives, as first written: every claim compared with
    all the others (square in the figures of a sentence)."""
    parts = [
        p
        for p in claims
        if p is not target
        and p.category == target.category
        and p.party not in ("both", "unknown")
        and p.evidence == target.evidence
        and p.count < target.count
    ]
    if len({p.party for p in parts}) >= 2 and sum(p.count for p in parts) == target.count:
        return "both"
    return None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["killed", "wounded"]),
            st.integers(min_value=1, max_value=12),
            st.sampled_from(["Armenia", "Azerbaijan", "both", "unknown"]),
            st.sampled_from([0, 20]),
        ),
        max_size=12,
    )
)
def test_sides_by_sentence_reads_as_comparing_every_pair(
    rows: list[tuple[str, int, str, int]],
) -> None:
    """Indexed by sentence and fate, sorted, with running sums (linear for a sentence of
    thousands of figures): the same answer as comparing each figure with all the others."""
    from fogofwar.extract.coreference import _SidesBySentence

    claims = [claim(category, count, party, start) for category, count, party, start in rows]
    index = _SidesBySentence(claims)
    for target in claims:
        assert index.broken_down(target) == _broken_down_as_written(target, claims)


def test_fighters_of_no_named_group_are_settled_only_by_a_groups_figure() -> None:
    import fogofwar

    # "33 terrorists" are the BLA's 33 the article states (one claim), but "the gunman"
    # is no restatement of the soldier killed before him
    text = (
        "Train siege\nQUETTA: The army said 33 BLA fighters were killed in the operation on "
        "Wednesday. Earlier, security forces had managed to eliminate 33 terrorists and "
        "rescue 190 hostages, officials said."
    )
    claims = fogofwar.analyse(text, outlet="Wire", published="2025-03-01")
    assert [(c.count, c.party) for c in claims] == [(33, "BLA"), (190, "Pakistan")]
    text = (
        "Attack\nJERUSALEM: An Israeli soldier was killed in a ramming attack near Hebron on "
        "Monday, the army said. The gunman was shot dead by troops at the scene."
    )
    claims = fogofwar.analyse(text, outlet="Wire", published="2025-03-01")
    assert [(c.count, c.party) for c in claims] == [(1, "Israel"), (1, "unknown")]


def test_a_ranges_top_is_no_sum_of_two_sides() -> None:
    text = "Thailand said 30 to 35 Cambodian soldiers had been killed and five Thai soldiers died."
    claims = claims_of(text)
    assert [(c.count, c.party) for c in claims] == [
        (30, "Cambodia"),
        (35, "Cambodia"),
        (5, "Thailand"),
    ]
