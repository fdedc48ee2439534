"""Where the map step runs: in this process, in worker processes, or on a Dask cluster.

Parsing and extraction are nine tenths of a run and each article's is independent of the
others', so they are the one step spread out. A runner gets batches of cleaned `Article`s
and gives back, for each article, its `Analysis` or a `Rejected` row; only the driver
(`pipeline.process`) writes SQLite. Results come back in the order the batches went in,
whatever finished first, so a run stores the same rows however many workers it has. At
most a few batches per worker are in flight, so the driver's memory does not grow with
the corpus.

Every batch has a time budget (`budget_seconds`: `Settings.article_seconds` for each
100,000 characters begun, at most `Settings.max_article_seconds`). A batch that overruns
it is done again one article at a time, each with its own budget: the article that
overruns it again (or whose worker dies: out of memory, a crash in C code) becomes a
rejected row. How the budget is enforced depends on where the work runs:

- `InProcess`: the map in this process (the library's default; what a notebook wants).
  A timer signal (SIGALRM) raises `OverBudget` between two steps of Python code; a long
  call into C code ends before it is seen (`time_limit`).
- `ProcessPool`: N worker processes (pebble), each loading the model once. A batch over
  its budget has its worker killed and replaced.
- `DaskCluster`: the map on Dask workers (`distributed`), a `LocalCluster` or a running
  scheduler. Dask cannot stop a running task, so the task keeps its budget itself, as in
  this process (an exception set on its thread instead of a signal); a task that still
  has not come back `DASK_GRACE_SECONDS` after the longest it may take is given up by
  the driver, cancelled, and the worker running it killed by its nanny, which starts a
  new one. If that worker cannot be replaced within `DASK_RESTART_SECONDS` (no nanny,
  or none came back), the rest of the run moves to a `ProcessPool` of one worker on this
  machine, rather than each later task waiting out its budget behind the stuck one: the
  stuck batch's articles are done there again one at a time, each within its own budget,
  so only the one that hung it is rejected (there a stuck worker can be killed; in this
  process it could not).
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import math
import os
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from types import FrameType
from typing import Any, Protocol

from .analysis import describe, describe_unparsed
from .clean import READ_LANGUAGES
from .errors import ConfigError
from .extract import nlp, prefilter
from .ingest import one_line
from .places import find_place
from .records import Analysis, Article, RawDocument, Rejected
from .settings import Settings

Analysed = Analysis | Rejected
#: Batches in flight per worker: one being worked on, one waiting, so no worker idles.
IN_FLIGHT_PER_WORKER = 2


def analyse_articles(articles: list[Article], *, settings: Settings) -> list[Analysis]:
    """The map step: parse English articles in one spaCy batch and extract from each."""
    english = [a for a in articles if a.language in READ_LANGUAGES]
    docs = nlp.parse_many(
        (a.text for a in english),
        model=settings.model,
        batch_size=settings.batch_size,
        regions=prefilter.claim_regions if settings.parse_only_claims else None,
    )
    by_id = {a.id: describe(a, doc) for a, doc in zip(english, docs, strict=True)}
    return [by_id.get(a.id) or describe_unparsed(a) for a in articles]


def analyse_batch(batch: list[Article], *, settings: Settings) -> list[Analysed]:
    """`analyse_articles`, but an article that raises is rejected, not the batch: on an
    error the batch is done again one article at a time to find which one it was. This is
    the function every worker runs."""
    try:
        return list(analyse_articles(batch, settings=settings))
    except Exception as exc:  # one hostile article must never stop a run
        if len(batch) == 1:
            return [rejection(batch[0], "cannot analyse", exc)]
    results: list[Analysed] = []
    for article in batch:
        try:
            results.append(analyse_articles([article], settings=settings)[0])
        except Exception as exc:  # becomes the article's rejected row
            results.append(rejection(article, "cannot analyse", exc))
    return results


def batches(articles: Iterable[Article], *, size: int) -> Iterator[list[Article]]:
    """The articles in batches of at most `size` and, unless one article is longer,
    `nlp.PART_CHARS` characters. A batch's budget is its characters' together, so long
    articles sharing one batch spent its budget on one worker before each was done alone
    (five 990 KB articles: 248 s); alone, each is its own task, and the workers share them."""
    batch: list[Article] = []
    chars = 0
    for article in articles:
        if batch and (len(batch) >= size or chars + len(article.text) > nlp.PART_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(article)
        chars += len(article.text)
    if batch:
        yield batch


def budget_seconds(batch: Sequence[Article], *, settings: Settings) -> float:
    """The seconds a batch may take: `article_seconds` for each `nlp.PART_CHARS`
    characters begun (a long honest text needs time in proportion), at most
    `max_article_seconds` (never below one part's)."""
    parts = max(1, math.ceil(sum(len(a.text) for a in batch) / nlp.PART_CHARS))
    ceiling = max(settings.max_article_seconds, settings.article_seconds)
    return min(ceiling, settings.article_seconds * parts)


def over_budget(batch: Sequence[Article], *, settings: Settings) -> str:
    """Why a batch (or an article) was given up: its budget and the settings behind it."""
    seconds = budget_seconds(batch, settings=settings)
    capped = settings.max_article_seconds > settings.article_seconds
    if capped and seconds >= settings.max_article_seconds:
        return f"took over {seconds:g} s (setting max_article_seconds)"
    if seconds > settings.article_seconds:
        return (
            f"took over {seconds:g} s (setting article_seconds: "
            f"{settings.article_seconds:g} s per 100,000 characters)"
        )
    return f"took over {seconds:g} s (setting article_seconds)"


class OverBudget(BaseException):
    """Raised by `time_limit` when the time is up. A BaseException, so that no
    `except Exception` on the way (ours or a library's) takes it for the article's error."""


def _ignore_unraisable_over_budget() -> None:
    """`OverBudget` can land in code whose exceptions Python ignores and prints (a
    finalizer, a garbage collector callback: `Exception ignored in ...` with a
    traceback). There it is dropped quietly (it is raised again a second later); every
    other unraisable exception is printed as before. Installed once per process."""
    previous = sys.unraisablehook
    if getattr(previous, "fogofwar", False):
        return

    def hook(unraisable: Any) -> None:
        if unraisable.exc_type is not None and issubclass(unraisable.exc_type, OverBudget):
            return
        previous(unraisable)

    hook.fogofwar = True  # type: ignore[attr-defined]
    sys.unraisablehook = hook


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise `OverBudget` in the block after `seconds`, and again each second after (in
    case something swallowed it): in the main thread by a timer signal (SIGALRM), in
    another (a Dask worker's) by an exception a timer thread sets on it. Either is seen
    only between steps of Python code, so a long call into C code ends first. Where
    there is no SIGALRM, the main thread's block runs without a limit."""
    _ignore_unraisable_over_budget()
    if threading.current_thread() is not threading.main_thread():
        with _thread_time_limit(seconds):
            yield
        return
    if not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum: int, frame: FrameType | None) -> None:
        raise OverBudget(seconds)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _thread_time_limit(seconds: float) -> Iterator[None]:
    """`time_limit` for a thread that is not the main one: a timer thread sets
    `OverBudget` as the thread's pending exception (`PyThreadState_SetAsyncExc`); when
    the block ends first, one still pending is cleared, so it never escapes the block."""
    import ctypes

    set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
    target = ctypes.c_ulong(threading.get_ident())
    done = threading.Event()
    lock = threading.Lock()

    def raise_until_done() -> None:
        wait = seconds
        while not done.wait(wait):
            with lock:
                if not done.is_set():
                    set_async_exc(target, ctypes.py_object(OverBudget))
            wait = 1.0

    timer = threading.Thread(target=raise_until_done, name="fogofwar-time-limit", daemon=True)
    timer.start()
    try:
        yield
    finally:
        with lock:
            done.set()
            set_async_exc(target, None)  # clears one set but not yet raised
        timer.join()


def analyse_within_budget(batch: list[Article], *, settings: Settings) -> list[Analysed]:
    """`analyse_batch` within the batch's budget (`time_limit`); a batch over it is done
    again one article at a time, each within its own, and an article over its own is a
    rejected row. What runs in this process (`--workers 0`) and in a Dask task."""
    try:
        with time_limit(budget_seconds(batch, settings=settings)):
            return analyse_batch(batch, settings=settings)
    except OverBudget:  # find which article it was
        if len(batch) == 1:
            return [_over_budget_row(batch[0], settings=settings)]
    results: list[Analysed] = []
    for article in batch:
        try:
            with time_limit(budget_seconds([article], settings=settings)):
                results += analyse_batch([article], settings=settings)
        except OverBudget:
            results.append(_over_budget_row(article, settings=settings))
    return results


def _over_budget_row(article: Article, *, settings: Settings) -> Rejected:
    return Rejected(
        location=article.location,
        problem=f"cannot analyse: {over_budget([article], settings=settings)}",
        external_id=article.external_id,
    )


def task_seconds(batch: Sequence[Article], *, settings: Settings) -> float:
    """The longest `analyse_within_budget` can take: the batch's budget, then (when it
    overruns) each article's own."""
    alone = sum(budget_seconds([a], settings=settings) for a in batch) if len(batch) > 1 else 0
    return budget_seconds(batch, settings=settings) + alone


def rejection(item: RawDocument | Article, stage: str, exc: BaseException) -> Rejected:
    """The rejected row for an input that raised: where, at which stage, and what."""
    return Rejected(
        location=item.location,
        problem=one_line(f"{stage}: {type(exc).__name__}: {exc}"),
        external_id=item.external_id,
    )


class Runner(Protocol):
    """Runs `analyse_batch` over batches; yields each batch with its results, in order."""

    def map(
        self, batches: Iterable[list[Article]]
    ) -> Iterator[tuple[list[Article], list[Analysed]]]: ...

    def close(self) -> None:
        """Wait for the workers to finish and release them."""

    def stop(self) -> None:
        """End the workers now (after an error or Ctrl-C in the driver)."""


class InProcess:
    """The map in the calling process, one batch after the other, each within its budget
    (`analyse_within_budget`: best effort, see the module's docstring)."""

    def __init__(self, *, settings: Settings) -> None:
        self.settings = settings
        self.warm = False

    def map(
        self, batches: Iterable[list[Article]]
    ) -> Iterator[tuple[list[Article], list[Analysed]]]:
        for batch in batches:
            if not self.warm:  # the model's load is no article's time
                _warm_up(self.settings.model)
                self.warm = True
            yield batch, analyse_within_budget(batch, settings=self.settings)

    def close(self) -> None:
        pass

    def stop(self) -> None:
        pass


class _Remote:
    """What the pool and the cluster share: a window of futures, read in order, and the
    article-by-article retry of a batch whose task failed as a whole."""

    settings: Settings
    in_flight: int

    def _submit(self, batch: list[Article]) -> Any:
        raise NotImplementedError

    def _result(self, future: Any, batch: list[Article]) -> list[Analysed]:
        """The future's results (the pool enforces the budget itself)."""
        return list(future.result())

    def _failure(self, exc: BaseException, batch: list[Article]) -> str:
        raise NotImplementedError

    def map(
        self, batches: Iterable[list[Article]]
    ) -> Iterator[tuple[list[Article], list[Analysed]]]:
        pending: collections.deque[tuple[list[Article], Any]] = collections.deque()
        for batch in batches:
            pending.append((batch, self._submit(batch)))
            if len(pending) >= self.in_flight:
                yield self._collect(*pending.popleft())
        while pending:
            yield self._collect(*pending.popleft())

    def _collect(self, batch: list[Article], future: Any) -> tuple[list[Article], list[Analysed]]:
        try:
            return batch, self._result(future, batch)
        except Exception as exc:  # timed out, or the worker died: find which article
            if len(batch) == 1:
                return batch, [self._rejected(article, exc) for article in batch]
        alone = [(article, self._submit([article])) for article in batch]
        results: list[Analysed] = []
        for article, future in alone:
            try:
                results += self._result(future, [article])
            except Exception as exc:  # this article's own task failed: its rejected row
                results.append(self._rejected(article, exc))
        return batch, results

    def _rejected(self, article: Article, exc: BaseException) -> Rejected:
        return Rejected(
            location=article.location,
            problem=one_line(f"cannot analyse: {self._failure(exc, [article])}"),
            external_id=article.external_id,
        )


#: An invented report analysed once by each worker before its first task.
WARM_UP_TEXT = "Two soldiers were killed near the town of Dorn on Monday, the army said."


def _warm_up(model: str) -> None:
    """Worker initializer: load the model and the tables the extraction reads on first
    use (places, parties) before the first task, by analysing an invented report, so
    their load time is not counted against an article's budget. A model that cannot be
    loaded is reported by the tasks (as in a run without workers), not here: a failing
    initializer would only make the pool start worker after worker."""
    warm_up = Article(id="warm-up", text=WARM_UP_TEXT, location="<warm-up>", language="en")
    try:
        analyse_articles([warm_up], settings=Settings(model=model))
        find_place("Dorn")  # the gazetteer, read only when a town is looked up
    except Exception:  # the first task raises it again, and it becomes rejected rows
        return


class ProcessPool(_Remote):
    """`workers` processes on this machine, each loading the model once; a batch or an
    article that overruns its budget has its worker killed and replaced."""

    def __init__(self, workers: int, *, settings: Settings) -> None:
        import pebble

        self.settings = settings
        self.in_flight = IN_FLIGHT_PER_WORKER * workers
        self.pool = pebble.ProcessPool(
            max_workers=workers, initializer=_warm_up, initargs=(settings.model,)
        )

    def _submit(self, batch: list[Article]) -> Any:
        return self.pool.schedule(
            analyse_batch,
            args=(batch,),
            kwargs={"settings": self.settings},
            timeout=budget_seconds(batch, settings=self.settings),
        )

    def _failure(self, exc: BaseException, batch: list[Article]) -> str:
        from pebble import ProcessExpired

        if isinstance(exc, concurrent.futures.TimeoutError):
            return over_budget(batch, settings=self.settings)
        if isinstance(exc, ProcessExpired):
            return f"its worker process died (exit code {exc.exitcode})"
        return f"{type(exc).__name__}: {exc}"

    def close(self) -> None:
        self.pool.close()
        self.pool.join()

    def stop(self) -> None:
        """End the workers now (after an error or Ctrl-C in the driver)."""
        self.pool.stop()
        self.pool.join()


DASK_EXTRA = "pip install 'fogofwar[dask]'"
#: How long to wait for a Dask scheduler named by its address to answer.
DASK_CONNECT_SECONDS = 20.0
#: How long past its longest a Dask task is waited for before it is given up.
DASK_GRACE_SECONDS = 30.0
#: How long to wait for a worker restarted after a task was given up.
DASK_RESTART_SECONDS = 60.0


def _end_worker(dask_worker: Any) -> None:
    """Run on a worker's nanny: kill the worker process (stuck in a task), so that the
    nanny starts a new one."""
    os.kill(dask_worker.pid, getattr(signal, "SIGKILL", signal.SIGTERM))


class GaveUp(Exception):
    """The driver stopped waiting for a Dask task at its budget (the reason is the text)."""


class DaskCluster(_Remote):
    """The map on a Dask cluster: `scheduler` is `local` (a `LocalCluster` of `workers`
    processes, one thread each) or a running scheduler's address (`tcp://HOST:8786`).
    `grace_seconds` and `restart_seconds` are `DASK_GRACE_SECONDS` and
    `DASK_RESTART_SECONDS` unless given (the tests give small ones). After a worker that
    could not be restarted, `lost` says why, and the rest of the run is done in `local`,
    a pool of one worker process on this machine."""

    def __init__(
        self,
        scheduler: str,
        *,
        workers: int,
        settings: Settings,
        grace_seconds: float = DASK_GRACE_SECONDS,
        restart_seconds: float = DASK_RESTART_SECONDS,
    ) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise ConfigError("--scheduler", f"Dask is not installed; run {DASK_EXTRA}") from exc
        self.settings = settings
        self.grace_seconds = grace_seconds
        self.restart_seconds = restart_seconds
        self.lost: str | None = None  # why the run left Dask, once it has
        self.local: ProcessPool | None = None  # where the run goes on once it has
        self.cluster = None
        try:
            if scheduler == "local":
                self.cluster = LocalCluster(
                    n_workers=max(1, workers),
                    threads_per_worker=1,
                    processes=True,
                    # on this machine only, and on any free port: a dashboard or a
                    # cluster already on 8787 must not stop the run
                    host="127.0.0.1",
                    dashboard_address="127.0.0.1:0",
                )
                self.client = Client(self.cluster)
            else:
                self.client = Client(scheduler, timeout=f"{DASK_CONNECT_SECONDS}s")
        except (OSError, TimeoutError, ValueError) as exc:
            if self.cluster is not None:
                self.cluster.close()
            raise ConfigError(scheduler, f"cannot reach the Dask scheduler: {exc}") from exc
        threads = sum(self.client.nthreads().values()) or 1
        self.in_flight = IN_FLIGHT_PER_WORKER * threads
        self.sent: dict[Any, float] = {}  # task key -> when it was submitted
        self.last_result = 0.0  # when the last task's results came back
        # the model's load is no article's time: load it on every worker first
        self.client.run(_warm_up, settings.model)

    def _submit(self, batch: list[Article]) -> Any:
        if self.local is not None:
            return self.local._submit(batch)
        future = self.client.submit(
            analyse_within_budget, batch, settings=self.settings, pure=False
        )
        self.sent[future.key] = time.monotonic()
        return future

    def _result(self, future: Any, batch: list[Article]) -> list[Analysed]:
        """The task's results (the task keeps its budget itself), or `GaveUp` when it has
        not come back `DASK_GRACE_SECONDS` after the longest it may take (a call into C
        code that does not end). The clock starts when the task was sent or when the
        task before it came back, whichever is later: tasks are collected in the order
        they were sent (and Dask runs them in that order), so by then it has started,
        or is about to. Once a worker could not be restarted (`lost`), the batch is
        done in the `local` pool instead (sent there now if it went to Dask before)."""
        if self.local is not None:
            if not isinstance(future, concurrent.futures.Future):  # a Dask future
                future.cancel()
                future = self.local._submit(batch)
            return self.local._result(future, batch)
        started = max(self.sent.pop(future.key, time.monotonic()), self.last_result)
        longest = task_seconds(batch, settings=self.settings) + self.grace_seconds
        try:
            return list(future.result(timeout=max(0.0, started + longest - time.monotonic())))
        except TimeoutError as exc:
            reason = over_budget(batch, settings=self.settings)
            lost = self._abandon(future)
            if lost is not None:
                self._leave_dask(lost)
            raise GaveUp(reason) from exc
        finally:
            self.last_result = time.monotonic()

    def _abandon(self, future: Any) -> str | None:
        """Cancel a task over its budget and replace the worker running it (Dask cannot
        stop a running task): its nanny kills the worker process, which the nanny then
        starts again, as it does any worker that dies. Why the worker could not be
        replaced (no nanny, or no worker back within `restart_seconds`), or None.

        Not `Client.restart_workers`: on a worker stuck in C code it failed the second
        time (its nanny killed the process but never started a new one, and the call
        waited out its timeout), which `docs/robustness.md` records."""
        running_on = {
            worker
            for worker, keys in self.client.processing().items()
            if future.key in keys or str(future.key) in map(str, keys)
        }
        future.cancel()
        if not running_on:
            return None  # it ended (or never started) meanwhile
        before = set(self.client.nthreads())
        try:
            self.client.run(_end_worker, workers=list(running_on), nanny=True)
        except Exception as exc:  # no nanny: nothing can end it
            return one_line(f"its nanny could not end it: {type(exc).__name__}: {exc}")
        deadline = time.monotonic() + self.restart_seconds
        while True:
            now = set(self.client.nthreads())
            if not now & running_on and len(now) >= len(before):
                break  # replaced
            if time.monotonic() >= deadline:
                if now & running_on or not now:
                    return f"no worker back within {self.restart_seconds:g} s"
                break  # gone, and the others go on
            time.sleep(0.1)
        try:
            self.client.run(_warm_up, self.settings.model, workers=list(now - before))
        except Exception as exc:  # it died again at once
            return one_line(f"{type(exc).__name__}: {exc}")
        return None

    def _leave_dask(self, why: str) -> None:
        """Do the rest of the run in a pool of one worker process on this machine: a
        stuck worker would make every task queued behind it wait out its budget, and in
        this process a call into C code that does not return could not be stopped."""
        self.lost = why
        self.local = ProcessPool(1, settings=self.settings)

    def _failure(self, exc: BaseException, batch: list[Article]) -> str:
        if isinstance(exc, GaveUp):
            return str(exc)
        if self.local is not None:  # the task failed in the local pool
            return self.local._failure(exc, batch)
        return f"the Dask task failed: {type(exc).__name__}: {exc}"

    def close(self) -> None:
        if self.local is not None:
            self.local.close()
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def stop(self) -> None:
        if self.local is not None:
            self.local.stop()
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def all_cores() -> int:
    """The cores this process may run on: the default number of workers."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def open_runner(*, workers: int, scheduler: str | None, settings: Settings) -> Runner:
    """The runner a run asked for: Dask if a scheduler is named, else `workers` processes
    (0: this process)."""
    if workers < 0:
        raise ConfigError("--workers", f"must be 0 or more, got {workers}")
    if scheduler:
        return DaskCluster(scheduler, workers=workers, settings=settings)
    if workers == 0:
        return InProcess(settings=settings)
    return ProcessPool(workers, settings=settings)
