"""Event grouping on invented analyses: what belongs together and what must stay apart."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fogofwar.events import cluster, digest, wire_copies
from fogofwar.records import Analysis, Claim, Span

COMMON = ["clash", "soldier", "kill", "border", "say", "ministry", "fire", "wound", "army"]
# Invented incidents: words each report of that incident tends to share.
VALLEY = ["valley", "outpost", "mortar", "shepherd", "ridge", "drone", "ceasefire", "village"]
HARBOUR = ["harbour", "ferry", "militia", "market", "checkpoint", "grenade", "convoy", "curfew"]
PASS = ["pass", "tunnel", "sniper", "artillery", "garrison", "trench", "helicopter", "ambush"]


def art(
    article_id: str,
    day: dt.date | None,
    words: list[str],
    *,
    countries: tuple[str, ...] = (),
    places: tuple[str, ...] = (),
    actors: tuple[str, ...] = (),
    title: str | None = "A headline",
    outlet: str | None = None,
    wire: str | None = None,
    claims: tuple[Claim, ...] = (),
    text_date: dt.date | None = None,
) -> Analysis:
    return Analysis(
        article_id=article_id,
        outlet=outlet or f"outlet-{article_id}",
        wire=wire,
        published=day,
        title=title,
        fingerprint=frozenset(words),
        countries=countries,
        places=places,
        actors=actors,
        claims=claims,
        text_date=text_date,
    )


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def incident(prefix: str, start: str, words: list[str], **kw) -> list[Analysis]:
    """Four reports of one invented incident by different outlets, each with its own angle."""
    day = d(start)
    return [
        art(
            f"{prefix}{k}",
            day + dt.timedelta(days=k % 3),
            COMMON + words[k : k + 6] + [f"{prefix}-angle{k}", f"{prefix}-quote{k}"],
            **kw,
        )
        for k in range(4)
    ]


def groups(events) -> set[frozenset[str]]:
    return {frozenset(e.article_ids) for e in events}


VALLEY_KW = dict(countries=("AM", "AZ"), places=("Karmir Dzor", "Vardenis"))
HARBOUR_KW = dict(countries=("SO",), places=("Port Hadan",), actors=("Harbour Brigade",))
PASS_KW = dict(countries=("KG", "TJ"), places=("Kok-Tash",))


def test_same_week_in_different_countries_stay_apart():
    a = incident("v", "2030-03-01", VALLEY, **VALLEY_KW)
    b = incident("h", "2030-03-02", HARBOUR, **HARBOUR_KW)
    c = incident("p", "2030-03-01", PASS, **PASS_KW)
    assert groups(cluster(a + b + c)) == {
        frozenset(x.article_id for x in a),
        frozenset(x.article_id for x in b),
        frozenset(x.article_id for x in c),
    }


def test_same_border_a_year_later_stays_apart():
    first = incident("v", "2030-03-01", VALLEY, **VALLEY_KW)
    again = incident("w", "2031-03-01", VALLEY, **VALLEY_KW)
    events = cluster(first + again)
    assert groups(events) == {
        frozenset(x.article_id for x in first),
        frozenset(x.article_id for x in again),
    }
    assert [e.start for e in events] == [d("2030-03-01"), d("2031-03-01")]


@pytest.mark.parametrize("window_days", [3, 10])
def test_articles_further_apart_than_the_window_never_group(window_days):
    words = COMMON + VALLEY
    near = [art("n1", d("2030-03-01"), words, **VALLEY_KW)]
    far = [art("n2", d("2030-03-01") + dt.timedelta(days=window_days + 1), words, **VALLEY_KW)]
    assert len(cluster(near + far, window_days=window_days)) == 2
    inside = [art("n3", d("2030-03-01") + dt.timedelta(days=window_days), words, **VALLEY_KW)]
    assert len(cluster(near + inside, window_days=window_days)) == 1


def test_headline_less_and_undated_articles_join_their_incident():
    valley = incident("v", "2030-03-01", VALLEY, **VALLEY_KW)
    harbour = incident("h", "2030-03-02", HARBOUR, **HARBOUR_KW)
    no_title = art("v-notitle", d("2030-03-02"), COMMON + VALLEY[:6], title=None, **VALLEY_KW)
    undated = art("h-undated", None, COMMON + HARBOUR[1:7], title=None, **HARBOUR_KW)
    events = cluster(valley + harbour + [no_title, undated])
    assert groups(events) == {
        frozenset(x.article_id for x in valley) | {"v-notitle"},
        frozenset(x.article_id for x in harbour) | {"h-undated"},
    }


def test_undated_article_prefers_the_incident_it_resembles():
    # Same border in two years; the undated report names the later year's places and words.
    first = incident("v", "2030-03-01", VALLEY, **VALLEY_KW)
    later = incident("w", "2031-03-01", PASS, countries=("AM", "AZ"), places=("Sotk",))
    undated = art("x", None, COMMON + PASS[:6], countries=("AM", "AZ"), places=("Sotk",))
    events = cluster(first + later + [undated])
    (home,) = [e for e in events if "x" in e.article_ids]
    assert set(home.article_ids) == {"w0", "w1", "w2", "w3", "x"}


def test_undated_article_never_joins_an_event_before_a_date_it_states():
    # The undated report resembles the 2030 clash most, but its text states a day in
    # 2031: it was written after that day, so it cannot be a report of the 2030 clash.
    first = incident("v", "2030-03-01", VALLEY, **VALLEY_KW)
    later = incident("w", "2031-03-01", PASS, countries=("AM", "AZ"), places=("Sotk",))
    words = COMMON + VALLEY[:6]
    undated = art("x", None, words, **VALLEY_KW)
    home = next(e for e in cluster([*first, *later, undated]) if "x" in e.article_ids)
    assert set(home.article_ids) == {"v0", "v1", "v2", "v3", "x"}
    stated = replace(undated, written_after=d("2031-02-27"))
    events = cluster([*first, *later, stated])
    (home,) = [e for e in events if "x" in e.article_ids]
    assert "v0" not in home.article_ids


@pytest.mark.parametrize(
    ("text_date", "joins"),
    [(d("2031-03-02"), {"w0", "w1", "w2", "w3"}), (d("2030-03-02"), {"v0", "v1", "v2", "v3"})],
)
def test_undated_article_with_a_date_in_its_lead_groups_by_that_date(text_date, joins):
    # The same wording at the same border in two years: the date its lead gives decides.
    first = incident("v", "2030-03-01", VALLEY, **VALLEY_KW)
    again = incident("w", "2031-03-01", VALLEY, **VALLEY_KW)
    undated = art("x", None, COMMON + VALLEY[:6], text_date=text_date, **VALLEY_KW)
    (home,) = [e for e in cluster([*first, *again, undated]) if "x" in e.article_ids]
    assert set(home.article_ids) == joins | {"x"}


def test_unrelated_undated_articles_group_among_themselves():
    a = [art(f"u{k}", None, COMMON + HARBOUR[k : k + 6], **HARBOUR_KW) for k in range(3)]
    b = [art("v0", d("2030-03-01"), COMMON + VALLEY, **VALLEY_KW)]
    events = cluster(a + b)
    assert groups(events) == {frozenset({"u0", "u1", "u2"}), frozenset({"v0"})}
    assert events[-1].start is None  # undated events sort last


def test_shared_figures_are_weak_evidence_only():
    def claim(aid: str) -> Claim:
        return Claim(
            id=f"c-{aid}",
            article_id=aid,
            evidence=Span(start=0, end=1),
            category="killed",
            count=12,
        )

    a = art("a", d("2030-03-01"), COMMON + VALLEY, claims=(claim("a"),), **VALLEY_KW)
    b = art("b", d("2030-03-01"), COMMON + HARBOUR, claims=(claim("b"),), **HARBOUR_KW)
    assert len(cluster([a, b])) == 2


def test_event_fields():
    reports = [
        art(
            "r2",
            d("2030-03-03"),
            COMMON + VALLEY,
            title="Later headline",
            countries=("AZ", "AM"),
            places=("Vardenis",),
        ),
        art(
            "r1",
            d("2030-03-01"),
            COMMON + VALLEY,
            title="First headline",
            countries=("AM", "AZ"),
            places=("Karmir Dzor", "Vardenis"),
        ),
        art(
            "r3",
            None,
            COMMON + VALLEY,
            title=None,
            countries=("AM",),
            places=("Vardenis",),
            actors=("Border Guard",),
        ),
    ]
    (event,) = cluster(reports)
    assert event.id == digest(["r1", "r2", "r3"])
    assert len(event.id) == 16 and int(event.id, 16) >= 0
    assert event.title == "First headline"
    assert (event.start, event.end) == (d("2030-03-01"), d("2030-03-03"))
    assert event.countries == ("AM", "AZ")
    assert event.places == ("Vardenis", "Karmir Dzor")
    assert event.actors == ("Border Guard",)
    assert event.article_ids == ("r1", "r2", "r3")


def test_title_falls_back_to_places_and_countries():
    (event,) = cluster(
        [art("r", None, COMMON, title=None, countries=("AM",), places=("Vardenis",))]
    )
    assert event.title == "Vardenis, AM"


def test_empty_and_duplicate_input():
    assert cluster([]) == []
    a = art("a", d("2030-03-01"), COMMON + VALLEY, **VALLEY_KW)
    (event,) = cluster([a, a])
    assert event.article_ids == ("a",)


FIXTURE = (
    incident("v", "2030-03-01", VALLEY, **VALLEY_KW)
    + incident("h", "2030-03-02", HARBOUR, **HARBOUR_KW)
    + incident("w", "2031-03-01", VALLEY, **VALLEY_KW)
    + [art("x", None, COMMON + HARBOUR[2:8], title=None, **HARBOUR_KW)]
    + [art("y", None, COMMON + ["lone", "story"], countries=("FR",))]
)


@settings(max_examples=40, deadline=None)
@given(st.permutations(FIXTURE))
def test_order_does_not_change_events(shuffled):
    expected = cluster(FIXTURE)
    assert cluster(shuffled) == expected
    assert len(expected) == 4  # valley 2030, harbour (+x), valley 2031, lone story


def test_wire_copies():
    base = COMMON + VALLEY + [f"detail{k}" for k in range(20)]
    reports = [
        art("late", d("2030-03-02"), base + ["extra"], wire="AP", outlet="Daily"),
        art("early", d("2030-03-01"), base, wire="AP", outlet="Herald"),
        art("rewrite", d("2030-03-01"), COMMON + VALLEY, outlet="Gazette"),
        art("other-wire", d("2030-03-01"), base + list("vwxyz"), wire="Reuters", outlet="Post"),
        art("unmarked", None, base, outlet="Blog"),
    ]
    copies = wire_copies(reports)
    assert copies == {
        "early": "early",
        "late": "early",
        "rewrite": "rewrite",
        "other-wire": "other-wire",
        "unmarked": "early",
    }
    assert wire_copies(list(reversed(reports))) == copies


@pytest.mark.parametrize(
    ("extra_words", "wire_b", "copy"),
    [
        (3, "AP", True),  # same wire, Jaccard 40/43 >= 0.8
        (12, "AP", False),  # same wire, Jaccard 40/52 < 0.8
        (3, None, True),  # no wire named, near-identical text (>= 0.9)
        (6, None, False),  # no wire named, Jaccard 40/46 < 0.9
    ],
)
def test_wire_copy_thresholds(extra_words, wire_b, copy):
    words = [f"w{k}" for k in range(40)]
    a = art("a", d("2030-03-01"), words, wire="AP")
    b = art("b", d("2030-03-02"), words + [f"x{k}" for k in range(extra_words)], wire=wire_b)
    assert (wire_copies([a, b])["b"] == "a") is copy


def test_wire_copies_are_looked_for_within_days_of_each_other():
    """A dated report is a copy only of one published at most `window_days` before it."""
    words = [f"w{k}" for k in range(40)]
    a = art("a", d("2030-03-01"), words, wire="AP")
    near = art("near", d("2030-03-08"), words, wire="AP")
    far = art("far", d("2030-04-20"), words, wire="AP")
    copies = wire_copies([a, near, far])
    assert copies == {"a": "a", "near": "a", "far": "far"}
    assert wire_copies([a, near, far], window_days=60)["far"] == "a"


def test_an_undated_copy_is_found_among_many_dated_reports():
    """An undated article looks at a bounded number of candidates, its rarest words'."""
    story = [f"s{k}" for k in range(30)]
    filler = [art(f"f{k:04d}", d("2030-03-01"), COMMON + [f"u{k}", f"v{k}"]) for k in range(400)]
    original = art("orig", d("2030-03-02"), COMMON + story, wire="AP")
    undated = art("undated", None, COMMON + story, wire="AP")
    assert wire_copies([*filler, original, undated])["undated"] == "orig"
