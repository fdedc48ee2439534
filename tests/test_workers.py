"""`workers`: the map step in worker processes or on Dask gives the same database as in
this process; an article over its time budget, or whose worker dies, is a rejected row.

The corpus is the invented Kordak reports (tests/data/pipeline) plus invented articles
written here. Everything runs the real spaCy model, so it is all `slow`.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from fogofwar.errors import ConfigError
from fogofwar.pipeline import process
from fogofwar.records import Article
from fogofwar.settings import Settings
from fogofwar.store import Store
from fogofwar.workers import InProcess, ProcessPool, analyse_articles, analyse_batch, open_runner

pytestmark = pytest.mark.slow
real_analyse_articles = analyse_articles
real_analyse_batch = analyse_batch

DATA = Path(__file__).parent / "data" / "pipeline"

# Invented reports, so that the runs have several batches (batch_size=2 below).
EXTRA = [
    (
        "ferrin.txt",
        "FERRIN, Ostrava Province (IAP) — Three border guards were killed and five wounded "
        "when gunmen attacked a post near the village of Ferrin on Tuesday, the interior "
        "ministry said. The ministry blamed the Red Hand militia for the attack.",
    ),
    (
        "ferrin_copy.txt",
        "FERRIN, Ostrava Province (IAP) — Three border guards were killed and five wounded "
        "when gunmen attacked a post near the village of Ferrin on Tuesday, the interior "
        "ministry said. The Red Hand militia was blamed for the attack by the ministry.",
    ),
    (
        "selva.txt",
        "Two farmers died and a child was hurt when a shell struck a market in Selva, "
        "local officials said on Friday. The army denied firing on the town.",
    ),
    ("short.txt", "Too short."),
]


def make_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in DATA.iterdir():
        if path.suffix in (".txt", ".json", ".jsonl"):
            shutil.copy(path, folder / path.name)
    for name, text in EXTRA:
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def every_table(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted; the run log without its clock times."""
    connection = sqlite3.connect(db)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts%'"
            )
        ]
        rows = {}
        for table in tables:
            columns = "read, rejected, skipped" if table == "runs" else "*"
            found = connection.execute(f"SELECT {columns} FROM [{table}]").fetchall()
            rows[table] = sorted(found, key=repr)
        return rows
    finally:
        connection.close()


SETTINGS = Settings(batch_size=2)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("workers") / "in")


@pytest.fixture(scope="module")
def in_process(corpus: Path) -> dict[str, list[tuple[Any, ...]]]:
    db = corpus.parent / "in_process.db"
    summary = process([corpus], db_path=db, settings=SETTINGS, workers=0)
    assert summary.articles >= 6 and summary.rejected >= 2
    return every_table(db)


def test_two_worker_processes_write_the_same_database(
    corpus: Path, in_process: dict[str, list[tuple[Any, ...]]]
) -> None:
    db = corpus.parent / "pool.db"
    process([corpus], db_path=db, settings=SETTINGS, workers=2)
    tables = every_table(db)
    assert set(tables) == set(in_process)
    for name, rows in in_process.items():
        assert tables[name] == rows, name
    assert tables["claims"] and tables["events"] and tables["estimates"]


def test_a_dask_local_cluster_writes_the_same_database(
    corpus: Path, in_process: dict[str, list[tuple[Any, ...]]]
) -> None:
    pytest.importorskip("distributed")
    db = corpus.parent / "dask.db"
    process([corpus], db_path=db, settings=SETTINGS, workers=2, scheduler="local")
    tables = every_table(db)
    assert set(tables) == set(in_process)
    for name, rows in in_process.items():
        assert tables[name] == rows, name


def with_endless_article(folder: Path) -> Path:
    """The corpus and an invented report of one part (under 100,000 characters) long
    enough to take many seconds to parse."""
    make_corpus(folder)
    text = " ".join(
        f"{n % 90 + 2} soldiers of the {n}th brigade were killed near Ferrin on day {n}, "
        "the ministry said."
        for n in range(1_100)
    )
    assert len(text) < 100_000  # one part: the budget is article_seconds
    (folder / "endless.txt").write_text(text, encoding="utf-8")
    return folder


def check_endless_rejected(folder: Path, db: Path, *, problem: str) -> None:
    """The endless article is rejected with `problem`; the others are stored."""
    with Store.open(db) as store:
        rejected = {r.location: r.problem for r in store.rejected()}
        stored = {a.location for a in store.articles()}
        events = store.events()
    assert rejected[str(folder / "endless.txt")] == f"cannot analyse: {problem}"
    assert str(folder / "selva.txt") in stored
    assert str(folder / "ferrin.txt") in stored
    assert events


def test_an_article_over_its_time_budget_is_rejected_and_the_run_goes_on(
    tmp_path: Path,
) -> None:
    folder = with_endless_article(tmp_path / "in")
    settings = Settings(batch_size=2, article_seconds=1.0)
    process([folder], db_path=tmp_path / "budget.db", settings=settings, workers=2)
    problem = "took over 1 s (setting article_seconds)"
    check_endless_rejected(folder, tmp_path / "budget.db", problem=problem)


def test_on_dask_an_article_over_its_budget_is_given_up_and_its_worker_restarted(
    tmp_path: Path,
) -> None:
    """One worker: unless the worker running the endless article is restarted, every
    task after it waits behind it and is given up too. Bounded: the driver waits at most
    each task's budget, and the restart at most `DASK_RESTART_SECONDS`."""
    pytest.importorskip("distributed")
    folder = with_endless_article(tmp_path / "in")
    settings = Settings(batch_size=2, article_seconds=1.0)
    db = tmp_path / "dask-budget.db"
    process([folder], db_path=db, settings=settings, workers=1, scheduler="local")
    check_endless_rejected(folder, db, problem="took over 1 s (setting article_seconds)")


def _endless_for_one(articles: list[Article], *, settings: Settings) -> list[Any]:
    """`analyse_articles`, but an article saying ENDLESS loops in Python for ever, and
    swallows every `Exception` on the way (as careless library code might)."""
    import time

    if any("ENDLESS" in article.text for article in articles):
        while True:
            try:
                time.sleep(0.05)
            except Exception:  # noqa: S112 - the point: OverBudget is no Exception
                continue
    return real_analyse_articles(articles, settings=settings)


def test_with_workers_0_an_article_over_its_budget_is_rejected_by_a_timer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("fogofwar.workers.analyse_articles", _endless_for_one)
    folder = make_corpus(tmp_path / "in")
    (folder / "endless.txt").write_text(
        "ENDLESS: four guards were killed at the Ferrin post, officials said on Monday.",
        encoding="utf-8",
    )
    settings = Settings(batch_size=2, article_seconds=0.5)
    summary = process([folder], db_path=tmp_path / "timer.db", settings=settings, workers=0)
    check_endless_rejected(
        folder, tmp_path / "timer.db", problem="took over 0.5 s (setting article_seconds)"
    )
    assert summary.rejected == 3  # the endless article, short.txt, a malformed JSONL line
    assert signal.getsignal(signal.SIGALRM) is signal.SIG_DFL  # the handler put back
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def _dies_on_poison(batch: list[Article], *, settings: Settings) -> list[Any]:
    """`analyse_batch`, but the worker process dies on an article saying POISON."""
    if any("POISON" in article.text for article in batch):
        os._exit(3)
    return analyse_batch(batch, settings=settings)


def test_an_article_whose_worker_dies_is_rejected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # forked workers see the patched module attribute the pool asks for by name
    monkeypatch.setattr("fogofwar.workers.analyse_batch", _dies_on_poison)
    folder = make_corpus(tmp_path / "in")
    (folder / "poison.txt").write_text(
        "POISON: four guards were killed at the Ferrin post, officials said on Monday.",
        encoding="utf-8",
    )
    summary = process([folder], db_path=tmp_path / "dies.db", settings=SETTINGS, workers=1)
    with Store.open(tmp_path / "dies.db") as store:
        rejected = {r.location: r.problem for r in store.rejected()}
        stored = {a.location for a in store.articles()}
    assert rejected[str(folder / "poison.txt")] == (
        "cannot analyse: its worker process died (exit code 3)"
    )
    assert {str(folder / name) for name in ("ferrin.txt", "selva.txt")} <= stored
    assert summary.articles == len(stored)


def test_the_runner_follows_the_options() -> None:
    settings = Settings()
    runner = open_runner(workers=0, scheduler=None, settings=settings)
    assert isinstance(runner, InProcess)
    runner = open_runner(workers=1, scheduler=None, settings=settings)
    try:
        assert isinstance(runner, ProcessPool)
    finally:
        runner.close()
    with pytest.raises(ConfigError, match="--workers"):
        open_runner(workers=-1, scheduler=None, settings=settings)


def test_an_unreachable_scheduler_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    monkeypatch.setattr("fogofwar.workers.DASK_CONNECT_SECONDS", 1.0)
    settings = Settings(batch_size=2)
    with pytest.raises(ConfigError, match="cannot reach the Dask scheduler"):
        open_runner(workers=1, scheduler="tcp://127.0.0.1:9", settings=settings)


@pytest.mark.parametrize(
    ("chars", "article_seconds", "most", "budget", "problem"),
    [
        (500, 60.0, 110.0, 60.0, "took over 60 s (setting article_seconds)"),
        (100_000, 60.0, 110.0, 60.0, "took over 60 s (setting article_seconds)"),
        (100_001, 20.0, 110.0, 40.0, "took over 40 s (setting article_seconds: 20 s per 100,000 characters)"),
        (990_000, 60.0, 110.0, 110.0, "took over 110 s (setting max_article_seconds)"),
        (990_000, 5.0, 1_000.0, 50.0, "took over 50 s (setting article_seconds: 5 s per 100,000 characters)"),
        (990_000, 60.0, 60.0, 60.0, "took over 60 s (setting article_seconds)"),
    ],
)  # fmt: skip
def test_the_budget_grows_with_the_text_up_to_its_ceiling(
    chars: int, article_seconds: float, most: float, budget: float, problem: str
) -> None:
    from fogofwar.workers import budget_seconds, over_budget

    settings = Settings(article_seconds=article_seconds, max_article_seconds=most)
    articles = [
        Article(id="a", text="x" * (chars - 1), location="a"),
        Article(id="b", text="y", location="b"),
    ]
    assert budget_seconds(articles, settings=settings) == budget  # a batch: its characters together
    assert over_budget(articles, settings=settings) == problem


def test_a_time_limit_in_another_thread_stops_python_code_and_never_escapes() -> None:
    """A Dask task runs in a worker's thread, where no signal arrives: the exception set
    on the thread stops a loop that swallows every `Exception`, and a block that ends in
    time leaves nothing pending behind it."""
    import threading
    import time

    from fogofwar.workers import OverBudget, time_limit

    outcome: list[str] = []

    def endless() -> None:
        try:
            with time_limit(0.2):
                while True:
                    try:
                        time.sleep(0.01)
                    except Exception:  # noqa: S112 - the point: OverBudget is no Exception
                        continue
        except OverBudget:
            outcome.append("stopped")
        with time_limit(5.0):
            pass
        time.sleep(0.3)  # nothing pending may surface here
        outcome.append("went on")

    thread = threading.Thread(target=endless)
    thread.start()
    thread.join(timeout=30)
    assert outcome == ["stopped", "went on"]


def test_over_budget_landing_in_a_finalizer_is_dropped_quietly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Raised in a thread between steps of Python code, `OverBudget` may land in a
    finalizer or a garbage collector callback, where Python prints `Exception ignored`
    and a traceback (it did, in a Dask worker): that one is dropped, others still go to
    the hook there was before."""
    import sys
    from types import SimpleNamespace

    from fogofwar.workers import OverBudget, time_limit

    shown: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: shown.append(u.exc_type))
    with time_limit(5.0):
        pass
    with time_limit(5.0):  # installed once
        pass
    sys.unraisablehook(SimpleNamespace(exc_type=OverBudget))
    sys.unraisablehook(SimpleNamespace(exc_type=ValueError))
    assert shown == [ValueError]


#: How long a stalled task sleeps: far past its budget and grace, but bounded.
STALL_SECONDS = 120.0


def stalling(real: Any) -> Any:
    """`analyse_within_budget`, but a batch holding an article saying STALL first sleeps
    in one call into C code, where no time budget is seen: a task that never comes back.
    Made in a function, so that Dask sends it by value to its worker processes."""
    import time

    def analyse(batch: list[Article], *, settings: Settings) -> list[Any]:
        if any("STALL" in article.text for article in batch):
            time.sleep(STALL_SECONDS)
        return real(batch, settings=settings)

    return analyse


def _stalls_in_c(batch: list[Article], *, settings: Settings) -> list[Any]:
    """`analyse_batch` as `stalling` makes it, for a worker process of the pool (which
    pickles its function by name, so it must be a module's)."""
    import time

    if any("STALL" in article.text for article in batch):
        time.sleep(STALL_SECONDS)
    return real_analyse_batch(batch, settings=settings)


def with_stalled_article(folder: Path) -> Path:
    """The corpus and an article that stalls its task; read first (sorted), so it shares
    its batch with ferrin.txt."""
    make_corpus(folder)
    (folder / "a_stall.txt").write_text(
        "STALL: four guards were killed at the Ferrin post, officials said on Monday.",
        encoding="utf-8",
    )
    return folder


def stored_and_rejected(db: Path) -> tuple[set[str], dict[str, str]]:
    with Store.open(db) as store:
        stored = {Path(a.location).name for a in store.articles()}
        rejected = {Path(r.location).name: r.problem for r in store.rejected()}
    return stored, rejected


def test_on_dask_a_task_stuck_in_c_code_is_given_up_and_its_worker_restarted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One worker, a task that never comes back: the driver gives it up at its longest
    plus the grace, restarts the worker (a new process), and the batch is done again
    article by article on it; the stalled article is rejected, its batch-mate and every
    later article stored. Bounded: each wait is a budget plus 2 s, each restart at most
    `DASK_RESTART_SECONDS`. (3 s budgets: 1 s was too tight for an honest article on a
    busy machine, just after its worker was replaced.)"""
    pytest.importorskip("distributed")
    from fogofwar import workers

    monkeypatch.setattr(workers, "analyse_within_budget", stalling(workers.analyse_within_budget))
    folder = with_stalled_article(tmp_path / "in")
    settings = Settings(batch_size=2, article_seconds=3.0)
    runner = workers.DaskCluster("local", workers=1, settings=settings, grace_seconds=2.0)
    try:
        before = set(runner.client.run(os.getpid).values())
        process([folder], db_path=tmp_path / "stuck.db", settings=settings, runner=runner)
        after = set(runner.client.run(os.getpid).values())
    finally:
        runner.close()
    assert runner.lost is None
    assert before and after and not before & after  # the stuck worker was replaced
    stored, rejected = stored_and_rejected(tmp_path / "stuck.db")
    assert rejected["a_stall.txt"] == "cannot analyse: took over 3 s (setting article_seconds)"
    assert {"ferrin.txt", "ferrin_copy.txt", "selva.txt", "kordak_pamir_wire.txt"} <= stored, (
        rejected
    )


def test_on_dask_a_worker_that_cannot_be_restarted_leaves_only_the_stuck_article_rejected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The restart is given no time to finish, as when a worker does not come back: the
    run moves to a pool of one worker process here, the stalled batch's articles are done
    again there one at a time, each within its own budget, and only the one that stalls
    (again, and is killed at its budget) is rejected; its batch-mate and every later
    batch are stored, none left to wait out its budget behind the stuck worker."""
    pytest.importorskip("distributed")
    from fogofwar import workers

    monkeypatch.setattr(workers, "analyse_within_budget", stalling(workers.analyse_within_budget))
    monkeypatch.setattr(workers, "analyse_batch", _stalls_in_c)  # in the local pool
    folder = with_stalled_article(tmp_path / "in")
    settings = Settings(batch_size=2, article_seconds=3.0)
    runner = workers.DaskCluster(
        "local", workers=1, settings=settings, grace_seconds=2.0, restart_seconds=0.0
    )
    try:
        summary = process([folder], db_path=tmp_path / "lost.db", settings=settings, runner=runner)
    finally:
        runner.close()
    stored, rejected = stored_and_rejected(tmp_path / "lost.db")
    assert "ferrin.txt" in stored, rejected  # the innocent batch-mate
    assert rejected["a_stall.txt"] == "cannot analyse: took over 3 s (setting article_seconds)"
    assert runner.lost == "no worker back within 0 s"
    assert runner.local is not None
    assert {"ferrin_copy.txt", "selva.txt", "kordak_pamir_wire.txt"} <= stored
    assert summary.articles == len(stored)


def test_in_the_pool_an_article_beside_one_stuck_in_c_code_is_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch stuck in one call into C code: its worker is killed at the batch's budget
    and replaced, the batch done again one article at a time, and only the stuck one is
    rejected; its batch-mate is stored. Bounded: each wait is a 3 s budget."""
    from fogofwar import workers

    monkeypatch.setattr(workers, "analyse_batch", _stalls_in_c)
    folder = with_stalled_article(tmp_path / "in")
    settings = Settings(batch_size=2, article_seconds=3.0)
    summary = process([folder], db_path=tmp_path / "pool.db", settings=settings, workers=1)
    stored, rejected = stored_and_rejected(tmp_path / "pool.db")
    assert rejected["a_stall.txt"] == "cannot analyse: took over 3 s (setting article_seconds)"
    assert "ferrin.txt" in stored
    assert {"ferrin_copy.txt", "selva.txt", "kordak_pamir_wire.txt"} <= stored
    assert summary.articles == len(stored)


@pytest.mark.parametrize(
    ("lengths", "size", "expected"),
    [
        ([10, 10, 10], 2, [[10, 10], [10]]),
        ([990_000] * 3, 32, [[990_000], [990_000], [990_000]]),
        ([60_000, 30_000, 20_000, 5], 32, [[60_000, 30_000], [20_000, 5]]),
        ([150_000, 10], 32, [[150_000], [10]]),
        ([], 32, []),
    ],
)
def test_batches_hold_at_most_size_articles_and_one_part_of_characters(
    lengths: list[int], size: int, expected: list[list[int]]
) -> None:
    """A long article is a batch of its own: batched with others, it spent their
    batch's budget on one worker before each was done alone."""
    from fogofwar.workers import batches

    articles = [Article(id=str(i), text="x" * n, location=str(i)) for i, n in enumerate(lengths)]
    found = [[len(a.text) for a in batch] for batch in batches(articles, size=size)]
    assert found == expected
