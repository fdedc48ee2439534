"""Regrouping a store incrementally gives the events a full regroup gives, and touches
only the events new articles change (invented analyses stored directly: no spaCy)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import pytest

from fogofwar.events import cluster
from fogofwar.records import Analysis, Article, Claim, Span
from fogofwar.regrouping import regroup_store
from fogofwar.review import correct, merge_events, split_event
from fogofwar.settings import Settings
from fogofwar.store import Store

SETTINGS = Settings()
COUNTRIES = ("AM", "AZ", "KG", "TJ", "ML", "NE")
COMMON = [f"word{k}" for k in range(150)]
NOW = dt.datetime(2031, 6, 1, tzinfo=dt.UTC)


def corpus(incidents: int = 45, *, seed: int = 3) -> list[tuple[Article, Analysis]]:
    """Invented incidents of 1-4 reports, a few days apart, some undated, some wire copies."""
    rng = random.Random(seed)
    pairs = []
    for k in range(incidents):
        day = dt.date(2031, 1, 1) + dt.timedelta(days=2 * (k // 3))
        country = rng.choice(COUNTRIES)
        places = (f"Vosk{k}", f"Tarn{k % 7}")
        own = [f"incident{k}-{w}" for w in range(10)]
        figures = [(rng.choice(("killed", "wounded")), rng.randint(2, 40)) for _ in range(2)]
        wire = rng.choice(("Wire A", None))
        for r in range(rng.randint(1, 4)):
            article_id = f"n{k:03d}-{r}"
            copy = wire is not None and r > 0 and rng.random() < 0.4
            words = set(own if copy else rng.sample(own, 7)) | set(rng.sample(COMMON, 12))
            undated = rng.random() < 0.15
            published = None if undated else day + dt.timedelta(days=rng.randint(0, 2))
            text = f"Fighting near {places[0]} in {country}: " + " ".join(sorted(words))
            claims = tuple(
                Claim(
                    id=f"{article_id}-c{c}",
                    article_id=article_id,
                    evidence=Span(start=0, end=20),
                    category=fate,
                    count=count + (0 if copy else rng.randint(0, 3)),
                    party=country,
                    status="military",
                    claimant=f"{country} ministry",
                    claimant_side=country,
                )
                for c, (fate, count) in enumerate(figures)
            )
            article = Article(
                id=article_id,
                text=text,
                location=f"invented:{article_id}",
                title=f"Clash near {places[0]}",
                outlet=f"Outlet {rng.randint(1, 9)}",
                wire=wire if copy or r == 0 else None,
                published=published,
            )
            analysis = Analysis(
                article_id=article_id,
                outlet=article.outlet,
                wire=article.wire,
                published=published,
                title=article.title,
                fingerprint=frozenset(words),
                countries=(country,),
                places=places,
                actors=(f"Brigade {k % 5}",),
                claims=claims,
            )
            pairs.append((article, analysis))
    return pairs


def save(db: Path, pairs: list[tuple[Article, Analysis]]) -> None:
    with Store.open(db) as store, store.batch():
        for article, analysis in pairs:
            store.save_analysed(article, analysis)


def regroup(db: Path, *, full: bool = False) -> Any:
    with Store.open(db) as store:
        return regroup_store(store, settings=SETTINGS, full=full)


def snapshot(db: Path) -> dict[str, Any]:
    """Everything the events step writes, ids included."""
    with Store.open(db) as store:
        query = store.db.execute
        return {
            "events": sorted((repr(e),) for e in store.events()),
            "estimates": sorted(repr(e) for e in store.estimates()),
            "links": sorted(query("SELECT * FROM event_articles").fetchall()),
            "claims": sorted(query("SELECT id, event_id FROM claims").fetchall()),
            "history": sorted(query("SELECT old_id, event_id, change FROM event_history")),
        }


def partition(db: Path) -> set[frozenset[str]]:
    with Store.open(db) as store:
        return {frozenset(e.article_ids) for e in store.events()}


def estimates_by_articles(db: Path) -> set[tuple[Any, ...]]:
    """Estimates keyed by their event's articles, not its id (a fresh database's ids are
    hashes, a database regrouped over time keeps older ids)."""
    with Store.open(db) as store:
        members = {e.id: frozenset(e.article_ids) for e in store.events()}
        return {
            (members[e.event_id], e.party, e.status, e.category, e.low, e.best, e.high,
             e.claim_ids, e.disputed)
            for e in store.estimates()
        }  # fmt: skip


@pytest.fixture(scope="module")
def pairs() -> list[tuple[Article, Analysis]]:
    return corpus()


@pytest.fixture(scope="module")
def whole(tmp_path_factory: pytest.TempPathFactory, pairs: list[tuple[Article, Analysis]]) -> Path:
    """Every article stored at once, then grouped."""
    db = tmp_path_factory.mktemp("whole") / "whole.db"
    save(db, pairs)
    regroup(db)
    return db


def batches(pairs: list[tuple[Article, Analysis]]) -> list[list[tuple[Article, Analysis]]]:
    """Three arrivals, the last holding reports of old incidents too (late arrivals)."""
    rng = random.Random(7)
    ordered = sorted(pairs, key=lambda p: (p[0].published or dt.date.max, p[0].id))
    first, second = ordered[: len(ordered) // 2], ordered[len(ordered) // 2 :]
    late = rng.sample(first, 8)
    first = [p for p in first if p not in late]
    return [first, second[: len(second) // 2], second[len(second) // 2 :] + late]


def test_incremental_regroups_give_the_events_of_one_full_regroup(
    tmp_path: Path, pairs: list[tuple[Article, Analysis]], whole: Path
) -> None:
    db = tmp_path / "grown.db"
    rewritten = []
    for batch in batches(pairs):
        save(db, batch)
        done = regroup(db)
        assert not done.full or not rewritten  # only the first regroup is a full one
        rewritten.append(done.rewritten)
    grown = snapshot(db)
    # the same articles grouped at once: the same events and estimates
    assert partition(db) == partition(whole)
    assert estimates_by_articles(db) == estimates_by_articles(whole)
    # a full regroup of this database changes nothing, ids included
    assert regroup(db, full=True).full
    assert snapshot(db) == grown
    # and the in-memory grouping agrees
    assert {frozenset(e.article_ids) for e in cluster([a for _, a in pairs])} == partition(db)
    # a later regroup only rewrote the events its articles touched
    events = len(grown["events"])
    assert 0 < rewritten[1] < events and 0 < rewritten[2] < events


def test_a_regroup_with_nothing_new_rewrites_nothing(tmp_path: Path, pairs: Any) -> None:
    db = tmp_path / "again.db"
    save(db, pairs)
    regroup(db)
    before = snapshot(db)
    assert regroup(db).rewritten == 0
    assert snapshot(db) == before


def test_a_revised_article_regroups_its_neighbourhood_as_a_full_regroup_would(
    tmp_path: Path, pairs: list[tuple[Article, Analysis]]
) -> None:
    db = tmp_path / "revised.db"
    old = [(a.__class__(**{**_fields(a), "external_id": a.id, "url": f"u:{a.id}"}), b)
           for a, b in pairs]  # fmt: skip
    save(db, old)
    regroup(db)
    article, analysis = old[10]
    revised = Article(**{**_fields(article), "id": article.id + "-v2"})
    claims = tuple(
        Claim(**{**_fields(c), "id": c.id + "-v2", "article_id": revised.id})
        for c in analysis.claims
    )
    changed = Analysis(**{**_fields(analysis), "article_id": revised.id, "claims": claims})
    save(db, [(revised, changed)])
    regroup(db)
    grown = snapshot(db)
    grouped = set().union(*partition(db))
    assert article.id not in grouped and revised.id in grouped
    regroup(db, full=True)
    assert snapshot(db) == grown


def test_corrections_and_event_edits_hold_through_incremental_regroups(
    tmp_path: Path, pairs: list[tuple[Article, Analysis]]
) -> None:
    db = tmp_path / "edited.db"
    first, second, third = batches(pairs)
    save(db, first)
    regroup(db)
    with Store.open(db) as store:
        events = store.events()
        a, b = events[0], events[1]
        merge_events(store, a.id, b.id, author="An Analyst", now=NOW)
        split = next(e for e in events[2:] if len(e.article_ids) > 2)
        taken = split.article_ids[0]
        split_event(store, split.id, taken, author="An Analyst", now=NOW + dt.timedelta(1))
        claim = store.claims(article_id=a.article_ids[0])[0]
        correct(store, [claim.id], changes={"count": 999}, author="An Analyst", now=NOW)
    for batch in (second, third):
        save(db, batch)
        regroup(db)
    grown = snapshot(db)
    with Store.open(db) as store:
        merged = next(e for e in store.events() if a.article_ids[0] in e.article_ids)
        assert set(a.article_ids) | set(b.article_ids) <= set(merged.article_ids)
        alone = next(e for e in store.events() if taken in e.article_ids)
        assert alone.article_ids == (taken,)
        assert any(claim.id in e.claim_ids and 999 in (e.low, e.high) for e in store.estimates())
    regroup(db, full=True)
    assert snapshot(db) == grown


def _fields(record: Any) -> dict[str, Any]:
    return {name: getattr(record, name) for name in record.__dataclass_fields__}


def _report(article_id: str, day: dt.date, words: list[str], **kw: Any) -> tuple[Article, Analysis]:
    article = Article(id=article_id, text=" ".join(words), location=article_id, published=day)
    analysis = Analysis(
        article_id=article_id,
        outlet=None,
        wire=None,
        published=day,
        title=None,
        fingerprint=frozenset(words),
        **kw,
    )
    return article, analysis


def test_articles_that_change_a_words_weight_regroup_reports_days_away(tmp_path: Path) -> None:
    """Two reports alike only in three words are one incident while those words are
    rare; sixty later reports that use them make them everyday words, and the two part,
    though the later ones are dated eight days after them and link to neither."""
    day = dt.date(2031, 4, 1)
    shared = ["saltmarsh", "lantern", "quarry"]
    pair = [
        _report(f"r{k}", day, shared + [f"own{k}-{w}" for w in range(10)], countries=("KG",))
        for k in range(2)
    ]
    later = [
        _report(
            f"l{k:02d}", day + dt.timedelta(days=8), shared + [f"late{k}-{w}" for w in range(3)]
        )
        for k in range(60)
    ]
    db = tmp_path / "weights.db"
    save(db, pair)
    regroup(db)
    assert frozenset({"r0", "r1"}) in partition(db)
    save(db, later)
    regroup(db)
    grown = snapshot(db)
    assert {frozenset({"r0"}), frozenset({"r1"})} <= partition(db)
    regroup(db, full=True)
    assert snapshot(db) == grown
