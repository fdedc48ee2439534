"""Stable event ids: events keep their ids when articles join them; merges and splits
are recorded."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from fogofwar.eventids import IdChange, keep_ids
from fogofwar.records import Event


def event(event_id: str, *articles: str) -> Event:
    return Event(id=event_id, title=event_id, start=dt.date(2031, 3, 1), end=None,
                 article_ids=articles)  # fmt: skip


def ids(events: list[Event]) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.id, e.article_ids) for e in events]


def test_an_event_keeps_its_id_when_an_article_joins() -> None:
    kept, changes = keep_ids([event("hash-new", "a", "b", "c")], [event("SOM1", "a", "b")])
    assert ids(kept) == [("SOM1", ("a", "b", "c"))] and changes == []


def test_a_new_event_keeps_its_own_id() -> None:
    kept, changes = keep_ids([event("hash-x", "x")], [event("SOM1", "a")])
    assert ids(kept) == [("hash-x", ("x",))] and changes == []


def test_a_merge_keeps_the_larger_events_id_and_records_the_other() -> None:
    kept, changes = keep_ids(
        [event("hash-m", "a", "b", "c")], [event("E1", "a"), event("E2", "b", "c")]
    )
    assert ids(kept) == [("E2", ("a", "b", "c"))]
    assert changes == [IdChange(old_id="E1", event_id="E2", change="merged")]


def test_a_split_keeps_the_id_for_the_larger_part_and_records_the_other() -> None:
    kept, changes = keep_ids(
        [event("hash-1", "a"), event("hash-2", "b", "c")], [event("E1", "a", "b", "c")]
    )
    assert ids(kept) == [("hash-1", ("a",)), ("E1", ("b", "c"))]
    assert changes == [IdChange(old_id="E1", event_id="hash-1", change="split")]


def test_input_order_does_not_change_the_result() -> None:
    new = [event("h1", "a", "b"), event("h2", "c", "d")]
    old = [event("E2", "c"), event("E1", "a", "d")]
    one, _ = keep_ids(new, old)
    two, _ = keep_ids(list(reversed(new)), list(reversed(old)))
    assert sorted(ids(one)) == sorted(ids(two))


@pytest.mark.slow
def test_an_event_keeps_its_id_across_runs_of_process(tmp_path: Path) -> None:
    from fogofwar.pipeline import process
    from fogofwar.store import Store

    examples = Path(__file__).resolve().parent.parent / "examples"
    first = tmp_path / "first"
    first.mkdir()
    for name in sorted(p.name for p in examples.glob("0[1-4]_*")):
        shutil.copy(examples / name, first / name)
    db = tmp_path / "demo.db"
    process([first], db_path=db)
    with Store.open(db, readonly=True) as store:
        before = {e.id: set(e.article_ids) for e in store.events()}
    process([examples], db_path=db)
    with Store.open(db, readonly=True) as store:
        after = {e.id: set(e.article_ids) for e in store.events()}
    grown = [i for i in before if i in after and after[i] > before[i]]
    assert grown, f"no event kept its id while growing: {before} -> {after}"


def test_an_event_that_carries_a_previous_id_keeps_it() -> None:
    # an analyst merged E2 (two articles) into E1 (one): E1 stays, E2 is merged into it
    kept, changes = keep_ids(
        [event("E1", "a", "b", "c")], [event("E1", "a"), event("E2", "b", "c")]
    )
    assert ids(kept) == [("E1", ("a", "b", "c"))]
    assert changes == [IdChange(old_id="E2", event_id="E1", change="merged")]
