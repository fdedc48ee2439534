"""`fogofwar watch`: files dropped into a folder are read as they arrive, their events
update, Ctrl-C stops cleanly, and a killed watcher resumes without loss or duplicates.

Invented reports of an invented border (Kordak, Tashbel, Ulmar); every wait is bounded.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from fogofwar.errors import ConfigError, InputError
from fogofwar.pipeline import RunSummary, process
from fogofwar.store import Store
from fogofwar.watch import watch

pytestmark = pytest.mark.slow

TIMEOUT = 120  # seconds any one wait may take before the test fails


def report(name: str, *, village: str, day: str, dead: int, outlet: str) -> dict[str, str]:
    return {
        "id": name,
        "outlet": outlet,
        "published": day,
        "title": f"Clash near {village} on the Kordak border",
        "text": (
            f"{dead} Kyrgyz soldiers were killed in a clash with Tajik border guards near "
            f"{village}, the Kyrgyzstan Ministry of Defence said. The fighting near {village} "
            "began at a disputed water point and lasted several hours."
        ),
    }


def drop(folder: Path, name: str, content: dict[str, str]) -> None:
    """Write a file beside the folder and move it in: it arrives whole."""
    staging = folder.parent / f".{name}"
    staging.write_text(json.dumps(content), encoding="utf-8")
    staging.rename(folder / name)


def events(db: Path) -> dict[str, tuple[str, ...]]:
    with Store.open(db, readonly=True) as store:
        return {e.id: tuple(sorted(e.article_ids)) for e in store.events()}


def test_files_dropped_into_a_folder_update_the_events(tmp_path: Path) -> None:
    inbox, db = tmp_path / "inbox", tmp_path / "watched.db"
    inbox.mkdir()
    runs: list[RunSummary] = []
    ran = threading.Semaphore(0)
    stop = threading.Event()

    def on_run(summary: RunSummary) -> None:
        runs.append(summary)
        ran.release()

    result: dict[str, Any] = {}
    thread = threading.Thread(
        target=lambda: result.update(
            done=watch(inbox, db_path=db, interval=0.1, stop=stop, on_run=on_run)
        )
    )
    thread.start()
    try:
        drop(inbox, "a.json", report("a", village="Ulmar", day="2031-05-04", dead=2, outlet="One"))
        assert ran.acquire(timeout=TIMEOUT), "the first file was not read"
        first = events(db)
        assert list(first.values()) == [tuple(sorted(a.id for a in _articles(db)))]
        # a second report of the same clash joins its event, which keeps its id
        drop(inbox, "b.json", report("b", village="Ulmar", day="2031-05-05", dead=3, outlet="Two"))
        assert ran.acquire(timeout=TIMEOUT), "the second file was not read"
        second = events(db)
        (event_id,) = first
        assert set(second) == {event_id} and len(second[event_id]) == 2
        with Store.open(db, readonly=True) as store:
            estimates = store.estimates(event_id=event_id)
        assert any(e.category == "killed" and e.high == 3 for e in estimates)
        # a report of another clash, a year later, is an event of its own
        drop(
            inbox, "c.json", report("c", village="Tashbel", day="2032-05-04", dead=7, outlet="One")
        )
        assert ran.acquire(timeout=TIMEOUT), "the third file was not read"
        third = events(db)
        assert len(third) == 2 and third[event_id] == second[event_id]
    finally:
        stop.set()
        thread.join(timeout=TIMEOUT)
    assert not thread.is_alive()
    assert [r.articles for r in runs] == [1, 1, 1]  # each file read once, when it arrived
    assert result["done"].articles == 3 and result["done"].runs == 3


def test_a_file_still_being_written_is_read_once_it_settles(tmp_path: Path) -> None:
    inbox, db = tmp_path / "inbox", tmp_path / "w.db"
    inbox.mkdir()
    growing = inbox / "feed.jsonl"
    line = json.dumps(report("x", village="Ulmar", day="2031-05-04", dead=2, outlet="One"))
    growing.write_text(line + "\n", encoding="utf-8")
    now = time.time()
    os.utime(growing, (now + 3600, now + 3600))  # written "now": not settled at first look
    done = watch(inbox, db_path=db, interval=0.05, polls=1)
    assert done.articles == 0  # changed since nothing: wait for the next look
    done = watch(inbox, db_path=db, interval=0.05, polls=2)
    assert done.articles == 1  # unchanged between two looks: read


def test_a_bad_target_or_interval_is_one_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        watch(tmp_path / "missing", db_path=tmp_path / "x.db", polls=1)
    with pytest.raises(ConfigError, match="positive"):
        watch(tmp_path, db_path=tmp_path / "x.db", interval=0, polls=1)


def _articles(db: Path) -> list[Any]:
    with Store.open(db, readonly=True) as store:
        return store.articles()


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "fogofwar", "watch", *args]


ARTICLES = 40


def test_a_killed_watcher_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    inbox, db, clean = tmp_path / "inbox", tmp_path / "killed.db", tmp_path / "clean.db"
    inbox.mkdir()
    for n in range(ARTICLES):
        content = report(
            f"r{n:02d}", village=f"Ulmar-{n % 7}", day=f"2031-05-{1 + n % 20:02d}",
            dead=n % 9 + 1, outlet=f"Outlet {n % 3}",
        )  # fmt: skip
        drop(inbox, f"r{n:02d}.json", content)
    args = (str(inbox), "--db", str(db), "--interval", "0.1", "--batch-size", "2")
    log = tmp_path / "killed.stderr"
    with log.open("wb") as stderr:
        run = subprocess.Popen(_command(*args), stdout=subprocess.DEVNULL, stderr=stderr)
        try:
            deadline = time.monotonic() + TIMEOUT
            while _stored(db) < 3:
                assert run.poll() is None, f"the watcher ended: {log.read_text()}"
                assert time.monotonic() < deadline, "nothing was stored in time"
                time.sleep(0.01)
            os.kill(run.pid, signal.SIGKILL)
        finally:
            if run.poll() is None:
                run.kill()
            run.wait(timeout=TIMEOUT)
    assert run.returncode == -signal.SIGKILL
    assert _stored(db) < ARTICLES, "the watcher read everything before it was killed"
    # started again, it reads what is left and groups what the killed one stored
    resumed = subprocess.run(
        _command(*args, "--polls", "1"), capture_output=True, text=True, timeout=300
    )
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stdout.splitlines()[-1].startswith("watch stopped after 1 looks")
    process([inbox], db_path=clean)
    with Store.open(db) as store, Store.open(clean) as reference:
        assert sorted(a.external_id for a in store.articles()) == [
            f"r{n:02d}" for n in range(ARTICLES)
        ]
        assert sorted(repr(c) for c in store.claims()) == sorted(
            repr(c) for c in reference.claims()
        )
        assert sorted(repr(e) for e in store.events()) == sorted(
            repr(e) for e in reference.events()
        )
        assert sorted(repr(e) for e in store.estimates()) == sorted(
            repr(e) for e in reference.estimates()
        )


def test_ctrl_c_stops_the_watcher_with_one_line(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    args = (str(inbox), "--db", str(tmp_path / "w.db"), "--interval", "0.1")
    run = subprocess.Popen(
        _command(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + TIMEOUT
        drop(inbox, "a.json", report("a", village="Ulmar", day="2031-05-04", dead=2, outlet="A"))
        while _stored(tmp_path / "w.db") < 1:
            assert run.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        run.send_signal(signal.SIGINT)
        out, err = run.communicate(timeout=TIMEOUT)
    finally:
        if run.poll() is None:
            run.kill()
    assert run.returncode == 0, err
    assert err == ""
    assert out.splitlines()[-1].startswith("fogofwar: watch stopped")


def _feed(items: list[dict[str, str]]) -> str:
    entries = "".join(
        f"<item><guid>{i['id']}</guid><title>{i['title']}</title>"
        f"<pubDate>{i['pubdate']}</pubDate><description>{i['text']}</description></item>"
        for i in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Border Monitor</title>{entries}</channel></rss>"
    )


def test_a_feed_file_that_grows_adds_only_its_new_items(tmp_path: Path) -> None:
    feed, db = tmp_path / "border.xml", tmp_path / "feed.db"
    items = []
    for n, (village, dead) in enumerate((("Ulmar", 2), ("Tashbel", 5))):
        item = report(f"item-{n}", village=village, day="2031-05-04", dead=dead, outlet="")
        items.append({**item, "pubdate": f"Sun, 0{4 + n} May 2031 10:00:00 GMT"})
    feed.write_text(_feed(items[:1]), encoding="utf-8")
    time.sleep(0.1)  # older than the interval: settled
    assert watch(feed, db_path=db, interval=0.05, polls=1).articles == 1
    feed.write_text(_feed(items), encoding="utf-8")
    time.sleep(0.1)
    assert watch(feed, db_path=db, interval=0.05, polls=1).articles == 1
    assert watch(feed, db_path=db, interval=0.05, polls=1).articles == 0  # nothing new
    assert len(_articles(db)) == 2
