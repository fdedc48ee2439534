"""Reconciliation on an invented two-sided border clash (Arland vs Belmar)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fogofwar.events import digest
from fogofwar.reconcile import claimant_key, conflicts, reconcile
from fogofwar.records import Claim, Estimate, Event, Span

DAY1, DAY2, DAY3 = dt.date(2030, 7, 12), dt.date(2030, 7, 13), dt.date(2030, 7, 14)
ARTICLES = {"a1": DAY1, "a2": DAY2, "a3": DAY2, "a4": DAY3, "a5": DAY3, "a6": DAY3, "a7": None}
OUTLETS = {
    "a1": "Herald",
    "a2": "Gazette",
    "a3": "Post",
    "a4": "Tally",
    "a5": "Daily",
    "a6": "Courier",
    "a7": "Blog",
}
EVENT = Event(
    id="ev1", title="Border clash", start=DAY1, end=DAY3, article_ids=tuple(sorted(ARTICLES))
)


def claim(cid: str, article: str, count: int, **kw) -> Claim:
    kw.setdefault("category", "killed")
    kw.setdefault("status", "military")
    return Claim(id=cid, article_id=article, evidence=Span(start=0, end=10), count=count, **kw)


ARLAND_MOD = dict(party="Arland", claimant="Arland Ministry of Defence", claimant_side="Arland")
SCENARIO = [
    # Arland's ministry first says 15 of its soldiers died, then corrects itself to 1.
    claim("c1", "a1", 15, **ARLAND_MOD),
    claim(
        "c2", "a2", 1, party="Arland", claimant="Arland Defense Ministry", claimant_side="Arland"
    ),
    # Belmar says it lost 7.
    claim(
        "c3", "a2", 7, party="Belmar", claimant="Belmar Ministry of Defence", claimant_side="Belmar"
    ),
    # Arland claims 70 Belmar soldiers killed or wounded.
    claim(
        "c4",
        "a3",
        70,
        category="killed_or_wounded",
        party="Belmar",
        claimant="Arland government",
        claimant_side="Arland",
    ),
    # An aggregator: 8 killed on both sides.
    claim("c5", "a4", 8, status="unknown", party="both", claimant="Tally", claimant_side="media"),
    # Belmar says Arland lost 12: incompatible with Arland's own (latest) 1.
    claim(
        "c6",
        "a3",
        12,
        party="Arland",
        claimant="Belmar Ministry of Defence",
        claimant_side="Belmar",
    ),
    # Background figure from an earlier war: never counted.
    claim("c7", "a4", 6500, party="both", status="unknown", scope="background"),
]


def run(claims, wire_of=None, event=EVENT) -> dict[tuple[str, str, str], Estimate]:
    estimates = reconcile(event, claims, published=ARTICLES, outlets=OUTLETS, wire_of=wire_of)
    return {(e.party, e.status, e.category): e for e in estimates}


def test_scenario():
    got = run(SCENARIO)
    assert set(got) == {
        ("Arland", "military", "killed"),
        ("Belmar", "military", "killed"),
        ("Belmar", "military", "killed_or_wounded"),
        ("both", "unknown", "killed"),
    }
    arland = got[("Arland", "military", "killed")]
    assert arland.claim_ids == ("c1", "c2", "c6")
    assert arland.superseded_ids == ("c1",)
    assert arland.disputed
    assert (arland.low, arland.best, arland.high) == (1, 1, 12)
    assert "latest own-side statement (Arland Defense Ministry, 2030-07-13)" in arland.rule

    belmar = got[("Belmar", "military", "killed")]
    assert (belmar.low, belmar.best, belmar.high, belmar.disputed) == (7, 7, 7, False)
    assert belmar.superseded_ids == ()

    claimed = got[("Belmar", "military", "killed_or_wounded")]
    assert (claimed.low, claimed.best, claimed.high) == (70, 70, 70)
    assert "single claim" in claimed.rule

    total = got[("both", "unknown", "killed")]
    assert total.claim_ids == ("c5",)  # the background 6,500 is left out
    assert total.best == 8
    assert "consistent with per-side sum 1+7" in total.rule
    assert total.id == digest(["ev1", "both", "unknown", "killed"])
    assert total.event_id == "ev1"


def test_estimates_come_in_a_stable_order():
    parties = [
        (e.party, e.category)
        for e in reconcile(EVENT, SCENARIO, published=ARTICLES, outlets=OUTLETS)
    ]
    assert parties == [
        ("Arland", "killed"),
        ("Belmar", "killed"),
        ("Belmar", "killed_or_wounded"),
        ("both", "killed"),
    ]


def test_total_that_differs_from_the_per_side_sum_says_so():
    claims = [*SCENARIO[:3], claim("t", "a4", 10, party="both", status="unknown", claimant="Tally")]
    assert "above per-side sum 1+7=8" in run(claims)[("both", "unknown", "killed")].rule


@pytest.mark.parametrize(
    ("first", "second", "disputed"),
    [
        (("exact", 15), ("exact", 1), True),
        (("at_least", 10), ("exact", 12), False),
        (("at_least", 10), ("exact", 8), True),
        (("at_most", 10), ("exact", 12), True),
        (("at_most", 10), ("at_least", 10), False),
        (("approx", 100), ("exact", 105), False),
        (("approx", 100), ("exact", 120), True),
        (("at_least", 5), ("at_least", 50), False),
    ],
)
def test_disputed_respects_qualifiers(first, second, disputed):
    claims = [
        claim("x", "a2", first[1], qualifier=first[0], party="Arland", claimant="Observer A"),
        claim("y", "a3", second[1], qualifier=second[0], party="Arland", claimant="Observer B"),
    ]
    assert run(claims)[("Arland", "military", "killed")].disputed is disputed


@pytest.mark.parametrize(
    ("first", "second", "disputed"),
    [
        # (article, qualifier, count): a1 is day 1, a2 and a3 day 2, a4 day 3, a7 undated.
        (("a1", "exact", 5), ("a4", "exact", 9), False),  # the toll grew
        (("a1", "exact", 9), ("a4", "exact", 5), True),  # a later lower figure
        (("a1", "at_least", 9), ("a4", "at_most", 9), False),
        (("a1", "approx", 10), ("a4", "exact", 9), False),  # about 10 allows 9
        (("a2", "exact", 5), ("a3", "exact", 9), True),  # one day: they disagree
        (("a7", "exact", 5), ("a4", "exact", 9), False),  # undated: may be the earlier
        (("a7", "exact", 9), ("a4", "exact", 5), False),  # ... or the later
        (("a7", "at_least", 9), ("a4", "at_most", 5), False),
    ],
)
def test_disputed_respects_dates(first, second, disputed):
    claims = [
        claim("x", first[0], first[2], qualifier=first[1], party="Arland", claimant="Observer A"),
        claim("y", second[0], second[2], qualifier=second[1], party="Arland", claimant="B"),
    ]
    assert run(claims)[("Arland", "military", "killed")].disputed is disputed


def test_copies_of_one_wire_story_in_the_outlets_voice_are_no_dispute():
    claims = [
        claim("x", "a2", 5, party="Arland", claimant_side="media"),
        claim("y", "a3", 7, party="Arland", claimant_side="media"),
    ]
    assert run(claims)[("Arland", "military", "killed")].disputed
    assert not run(claims, wire_of={"a3": "a2"})[("Arland", "military", "killed")].disputed


def test_conflicts_name_the_claims_that_disagree():
    later = claim("b", "a4", 12, party="Arland", claimant="Observer", claimant_side="third_party")
    both = [claim("a", "a2", 1, **ARLAND_MOD), SCENARIO[5], later]
    who = {c.id: claimant_key(c, None) for c in both}
    pairs = conflicts(both, who=who, when=lambda c: ARTICLES[c.article_id])
    assert [(a.id, b.id) for a, b in pairs] == [("a", "c6")]


def test_same_claimant_changing_figure_is_not_a_dispute():
    claims = [claim("x", "a1", 15, **ARLAND_MOD), claim("y", "a2", 1, **ARLAND_MOD)]
    est = run(claims)[("Arland", "military", "killed")]
    assert (est.disputed, est.superseded_ids, est.best, est.low, est.high) == (
        False,
        ("x",),
        1,
        1,
        1,
    )


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        ([("exact", 5)], (5, 5, 5)),
        ([("approx", 100)], (90, 100, 110)),
        ([("at_least", 10), ("exact", 12)], (10, 12, 12)),
        ([("at_least", 20), ("exact", 12)], (12, 12, 20)),
        ([("at_most", 10), ("exact", 4)], (4, 4, 10)),
        ([("exact", 5), ("exact", 9), ("exact", 20)], (5, 9, 20)),
        ([("exact", 5), ("exact", 9), ("at_least", 30)], (5, 5, 30)),  # median of 2 points
        ([("at_least", 3), ("at_least", 30)], (3, 3, 30)),  # no point figure: median of bounds
    ],
)
def test_low_best_high(figures, expected):
    claims = [
        claim(f"c{k}", "a2", n, qualifier=q, party="Arland", claimant=f"Observer {k}")
        for k, (q, n) in enumerate(figures)
    ]
    est = run(claims)[("Arland", "military", "killed")]
    assert (est.low, est.best, est.high) == expected
    if len(figures) == 1:
        assert "single claim" in est.rule
    else:
        assert "median of" in est.rule


def test_claims_are_ordered_oldest_first_by_statement_date():
    claims = [
        claim("z-undated", "a7", 3, party="Arland", claimant="A"),
        claim("y-late", "a1", 3, party="Arland", claimant="B", stated_on=DAY3),
        claim("x-early", "a4", 3, party="Arland", claimant="C", stated_on=DAY1),
        claim("b-tie", "a2", 3, party="Arland", claimant="D"),
        claim("a-tie", "a3", 3, party="Arland", claimant="E"),
    ]
    got = run(claims)[("Arland", "military", "killed")]
    assert got.claim_ids == ("x-early", "a-tie", "b-tie", "y-late", "z-undated")


def test_same_day_revision_keeps_the_larger_figure():
    claims = [
        claim("a", "a5", 37, **ARLAND_MOD),
        claim("b", "a5", 24, **ARLAND_MOD),
    ]
    est = run(claims)[("Arland", "military", "killed")]
    assert (est.best, est.superseded_ids) == (37, ("b",))


def test_wire_copies_count_once():
    # Daily and Courier carry one wire story (a5 -> a5, a6 -> a5); the Blog writes its own.
    claims = [
        claim("w1", "a5", 30, party="Arland", claimant="Daily", claimant_side="media"),
        claim("w2", "a6", 30, party="Arland", claimant="Courier", claimant_side="media"),
        claim("b1", "a7", 10, party="Arland", claimant="Blog", claimant_side="media"),
    ]
    wire_of = {"a5": "a5", "a6": "a5"}
    est = run(claims, wire_of)[("Arland", "military", "killed")]
    assert est.claim_ids == ("w1", "w2", "b1")
    assert "median of 2 claimants" in est.rule and est.best == 10
    without = run(claims)[("Arland", "military", "killed")]
    assert "median of 3 claimants" in without.rule and without.best == 30


def test_repeating_a_figure_is_not_superseding_it():
    claims = [claim("x", "a1", 7, **ARLAND_MOD), claim("y", "a4", 7, **ARLAND_MOD)]
    est = run(claims)[("Arland", "military", "killed")]
    assert est.superseded_ids == ()
    assert est.claim_ids == ("x", "y")


def test_claims_outside_the_event_are_ignored():
    other = claim("o", "elsewhere", 99, party="Arland")
    assert run([other]) == {}


@pytest.mark.parametrize(
    ("own", "best"),
    [
        # (article, count, qualifier, claimant) of the party's own authorities
        ([("a1", 2, "exact", "MoD"), ("a4", 4, "exact", "Government")], 4),
        ([("a4", 4, "exact", "MoD"), ("a5", 6, "exact", "Spokesman")], 6),  # same day: larger
        # an undated claim never overrules a dated one: it may be the older
        ([("a4", 4, "exact", "MoD"), ("a7", 11, "exact", "Government")], 4),
        # with no dated own-side claim, the undated ones are all there is
        ([("a7", 11, "exact", "Government")], 11),
        ([("a4", 7, "exact", "MoD"), ("a7", 4, "at_least", "Government")], 7),  # bound loses
    ],
)
def test_best_is_the_latest_own_side_statement(own, best):
    claims = [
        claim(
            f"o{k}",
            art,
            n,
            qualifier=q,
            party="Arland",
            claimant=f"Arland {who}",
            claimant_side="Arland",
        )
        for k, (art, n, q, who) in enumerate(own)
    ]
    claims.append(claim("m", "a4", 50, party="Arland", claimant="Daily", claimant_side="media"))
    est = run(claims)[("Arland", "military", "killed")]
    assert est.best == best
    assert "latest own-side statement" in est.rule


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Arland Ministry of Defence (Col. Ann Vey)", "Arland Ministry of Defense", True),
        ("Arland Ministry of Defence", "Arland Defense Ministry", True),
        ("Arland Ministry of Defence", "the Arland MoD", True),
        ("Arland government", "Arland Ministry of Defence", False),
        ("", "", True),  # both fall back to the outlet
    ],
)
def test_claimant_key(a, b, same):
    x = claim("x", "a1", 1, claimant=a)
    y = claim("y", "a1", 1, claimant=b)
    assert (claimant_key(x, "Herald") == claimant_key(y, "Herald")) is same


claims_strategy = st.lists(
    st.builds(
        lambda k, article, count, qualifier, party, claimant, side, day: claim(
            f"c{k}",
            article,
            count,
            qualifier=qualifier,
            party=party,
            claimant=claimant,
            claimant_side=side,
            stated_on=day,
        ),
        st.integers(0, 10_000),
        st.sampled_from(sorted(ARTICLES)),
        st.integers(0, 5000),
        st.sampled_from(["exact", "at_least", "at_most", "approx"]),
        st.sampled_from(["Arland", "Belmar", "both"]),
        st.sampled_from(["", "Arland MoD", "Belmar MoD", "UN", "Daily"]),
        st.sampled_from(["Arland", "Belmar", "both", "media", "third_party"]),
        st.none() | st.dates(dt.date(2030, 7, 1), dt.date(2030, 7, 20)),
    ),
    max_size=12,
    unique_by=lambda c: c.id,
)


@settings(max_examples=200, deadline=None)
@given(claims_strategy, st.randoms(use_true_random=False))
def test_invariants(claims, rnd):
    estimates = reconcile(EVENT, claims, published=ARTICLES, outlets=OUTLETS, wire_of={"a6": "a5"})
    for e in estimates:
        assert 0 <= e.low <= e.best <= e.high
        assert set(e.superseded_ids) < set(e.claim_ids)
    listed = sorted(i for e in estimates for i in e.claim_ids)
    assert listed == sorted(c.id for c in claims)
    shuffled = list(claims)
    rnd.shuffle(shuffled)
    again = reconcile(EVENT, shuffled, published=ARTICLES, outlets=OUTLETS, wire_of={"a6": "a5"})
    assert again == estimates


def test_an_undated_figure_never_replaces_a_dated_revision():
    # the ministry said 1 on day 2; a story with no date quotes it saying 15
    claims = [claim("dated", "a2", 1, **ARLAND_MOD), claim("undated", "a7", 15, **ARLAND_MOD)]
    est = run(claims)[("Arland", "military", "killed")]
    assert (est.low, est.best, est.high) == (1, 1, 1)
    assert est.superseded_ids == ("undated",)
