"""Analysts' merges and splits of events: applied at once, repeated by every later
grouping, recorded in event_history; from the library, the CLI and the web."""

from __future__ import annotations

import asyncio
import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import webdb
from fogofwar.cli import main
from fogofwar.errors import ConfigError
from fogofwar.eventedits import EventEdit, apply_edits
from fogofwar.eventids import IdChange
from fogofwar.records import Analysis, Event
from fogofwar.review import merge_events, split_event
from fogofwar.store import Store
from fogofwar.web import make_app


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return webdb.build(tmp_path / "clashes.db")


def members(store: Store) -> dict[str, set[str]]:
    return {e.id: set(e.article_ids) for e in store.events()}


# -- pure -----------------------------------------------------------------------------


def analysis(article_id: str) -> Analysis:
    return Analysis(article_id=article_id, outlet=None, wire=None,
                    published=dt.date(2031, 3, 1), title=article_id)  # fmt: skip


def event(event_id: str, *articles: str) -> Event:
    return Event(id=event_id, title=event_id, start=None, end=None, article_ids=articles)


def edit(kind: str, articles: tuple[str, ...], others: tuple[str, ...], minute: int) -> EventEdit:
    return EventEdit(
        id=f"{kind}{minute}", kind=kind, articles=articles, others=others, author="A",
        reason="", created=dt.datetime(2031, 4, 1, 0, minute, tzinfo=dt.UTC),
    )  # fmt: skip


ANALYSES = {a: analysis(a) for a in "abcde"}


def test_a_merge_joins_whichever_events_hold_its_articles_now() -> None:
    # grouped anew, the articles sit in events with other ids (and one more article)
    events = [event("g1", "a", "e"), event("g2", "b"), event("g3", "c", "d")]
    result = apply_edits(events, [edit("merge", ("a",), ("b",), 1)], analyses=ANALYSES)
    assert sorted((e.id, e.article_ids) for e in result) == [
        ("g1", ("a", "b", "e")),
        ("g3", ("c", "d")),
    ]


def test_a_split_takes_its_article_out_and_edits_apply_in_order() -> None:
    events = [event("g1", "a", "b", "c")]
    edits = [edit("merge", ("a",), ("d",), 2), edit("split", ("b",), ("a", "c"), 1)]
    result = apply_edits(events + [event("g2", "d")], edits, analyses=ANALYSES)
    assert sorted(e.article_ids for e in result) == [("a", "c", "d"), ("b",)]


def test_an_edit_whose_articles_are_gone_changes_nothing() -> None:
    events = [event("g1", "a", "b")]
    edits = [edit("merge", ("x",), ("a",), 1), edit("split", ("y",), ("a",), 2)]
    assert apply_edits(events, edits, analyses=ANALYSES) == events


# -- on a store -------------------------------------------------------------------------


def test_merge_keeps_the_named_event_and_recomputes_its_estimates(db: Path) -> None:
    with Store.open(db) as store:
        done, changes = merge_events(store, "ev-varnsk", "ev-oskel", author="A. Analyst")
        assert members(store)["ev-varnsk"] == {"a1", "b2", "c3"}
        assert "ev-oskel" not in members(store)
        assert changes == [IdChange(old_id="ev-oskel", event_id="ev-varnsk", change="merged")]
        assert store.event_history() == changes
        groups = {(e.party, e.category) for e in store.estimates(event_id="ev-varnsk")}
        assert ("Kazakhstan", "wounded") in groups
        assert [e.kind for e in store.event_edits()] == ["merge"] and done.kind == "merge"


def test_split_takes_an_article_into_an_event_of_its_own(db: Path) -> None:
    with Store.open(db) as store:
        _, changes = split_event(store, "ev-varnsk", "b2", author="A. Analyst")
        events = members(store)
        assert events["ev-varnsk"] == {"a1"}
        [new] = [i for i, articles in events.items() if articles == {"b2"}]
        assert changes == [IdChange(old_id="ev-varnsk", event_id=new, change="split")]
        assert {e.event_id for e in store.estimates()} >= {"ev-varnsk", new}


@pytest.mark.parametrize(
    ("call", "problem"),
    [
        (lambda s: merge_events(s, "ev-varnsk", "nope", author="A"), "nope: no such event"),
        (lambda s: merge_events(s, "ev-oskel", "ev-oskel", author="A"), "merged with itself"),
        (lambda s: split_event(s, "ev-oskel", "c3", author="A"), "has one article only"),
        (lambda s: split_event(s, "ev-varnsk", "c3", author="A"), "c3: is not an article"),
        (lambda s: merge_events(s, "ev-varnsk", "ev-oskel", author=" "), "say who edits"),
    ],
)
def test_a_bad_edit_is_refused_and_nothing_changes(db: Path, call: Any, problem: str) -> None:
    with Store.open(db) as store:
        before = members(store)
        with pytest.raises(ConfigError, match=problem):
            call(store)
        assert members(store) == before and store.event_edits() == []


def test_merge_and_split_commands(db: Path) -> None:
    runner = CliRunner()
    merged = runner.invoke(main, ["merge", "--db", str(db), "ev-varnsk", "ev-oskel", "--by", "A"])
    assert merged.exit_code == 0, merged.output
    assert merged.output == "merge: event ev-oskel merged into ev-varnsk\n"
    split = runner.invoke(main, ["split", "--db", str(db), "ev-varnsk", "c3", "--by", "A"])
    assert split.exit_code == 0 and "split from ev-varnsk" in split.output
    bad = runner.invoke(main, ["split", "--db", str(db), "ev-varnsk", "zz", "--by", "A"])
    assert bad.output == "fogofwar: zz: is not an article of event ev-varnsk\n"


def test_web_merge_needs_the_token(db: Path) -> None:
    app = make_app(db, token="s3cret")
    form = {"event_id": "ev-varnsk", "other_id": "ev-oskel", "author": "A"}
    refused = asyncio.run(app.client.post("/fogofwar/merge", data=form))
    assert refused.status_code == 403 and "edit token is missing or wrong" in refused.text
    done = asyncio.run(app.client.post("/fogofwar/merge", data={**form, "token": "s3cret"}))
    assert done.status_code == 303 and done.headers["location"] == "/fogofwar/event/ev-varnsk"
    page = asyncio.run(app.client.get("/fogofwar/event/ev-varnsk")).text
    assert page.count('<tr data-article="') == 3
    assert 'action="/fogofwar/split"' in page and 'action="/fogofwar/merge"' in page
    gone = asyncio.run(app.client.get("/fogofwar/event/ev-oskel"))
    assert gone.status_code == 404
    assert 'merged into\n<a href="/fogofwar/event/ev-varnsk">' in gone.text


@pytest.mark.slow
def test_a_split_holds_through_a_real_rerun_of_process(tmp_path: Path) -> None:
    from fogofwar.pipeline import process

    examples = Path(__file__).resolve().parent.parent / "examples"
    inputs = tmp_path / "in"
    shutil.copytree(examples, inputs)
    db = tmp_path / "demo.db"
    process([inputs], db_path=db)
    with Store.open(db) as store:
        event = max(store.events(), key=lambda e: len(e.article_ids))
        article = event.article_ids[-1]
        split_event(store, event.id, article, author="A. Analyst")
    process([inputs], db_path=db)
    with Store.open(db, readonly=True) as store:
        events = members(store)
    assert events[event.id] == set(event.article_ids) - {article}
    assert {article} in events.values()
