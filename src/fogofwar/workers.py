"""Where the map step runs: in this process, in worker processes, or on a Dask cluster.

Parsing and extraction are nine tenths of a run and each article's is independent of the
others', so they are the one step spread out. A runner gets batches of cleaned `Article`s
and gives back, for each article, its `Analysis` or a `Rejected` row; only the driver
(`pipeline.process`) writes SQLite. Results come back in the order the batches went in,
whatever finished first, so a run stores the same rows however many workers it has. At
most a few batches per worker are in flight, so the driver's memory does not grow with
the corpus.

- `InProcess`: the map in this process (the library's default; what a notebook wants).
- `ProcessPool`: N worker processes (pebble), each loading the model once. A batch that
  takes longer than `Settings.article_seconds` has its worker killed and replaced, and its
  articles are done again one at a time, each with that budget: the one that overruns it
  again (or whose worker dies: out of memory, a crash in C code) becomes a rejected row.
- `DaskCluster`: the map on Dask workers (`distributed`), a `LocalCluster` or a running
  scheduler. Dask cannot stop a running task, so the time budget is not enforced there;
  a batch whose worker dies is retried article by article as above.
"""

from __future__ import annotations

import collections
import concurrent.futures
import os
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from .analysis import describe, describe_unparsed
from .clean import READ_LANGUAGES
from .errors import ConfigError
from .extract import nlp, prefilter
from .ingest import one_line
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
    """The map in the calling process, one batch after the other."""

    def __init__(self, *, settings: Settings) -> None:
        self.settings = settings

    def map(
        self, batches: Iterable[list[Article]]
    ) -> Iterator[tuple[list[Article], list[Analysed]]]:
        for batch in batches:
            yield batch, analyse_batch(batch, settings=self.settings)

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

    def _failure(self, exc: BaseException) -> str:
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
            return batch, list(future.result())
        except Exception as exc:  # timed out, or the worker died: find which article
            if len(batch) == 1:
                return batch, [self._rejected(batch[0], exc)]
        alone = [(article, self._submit([article])) for article in batch]
        results: list[Analysed] = []
        for article, future in alone:
            try:
                results += future.result()
            except Exception as exc:  # this article's own task failed: its rejected row
                results.append(self._rejected(article, exc))
        return batch, results

    def _rejected(self, article: Article, exc: BaseException) -> Rejected:
        return Rejected(
            location=article.location,
            problem=one_line(f"cannot analyse: {self._failure(exc)}"),
            external_id=article.external_id,
        )


def _warm_up(model: str) -> None:
    """Worker initializer: load the model before the first task, so its load time is not
    counted against an article's budget. A model that cannot be loaded is reported by the
    tasks (as in a run without workers), not here: a failing initializer would only make
    the pool start worker after worker."""
    try:
        nlp.load_model(model)
    except Exception:  # the first task raises it again, and it becomes rejected rows
        return


class ProcessPool(_Remote):
    """`workers` processes on this machine, each loading the model once; a batch or an
    article that overruns `settings.article_seconds` has its worker killed and replaced."""

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
            timeout=self.settings.article_seconds,
        )

    def _failure(self, exc: BaseException) -> str:
        from pebble import ProcessExpired

        if isinstance(exc, concurrent.futures.TimeoutError):
            return f"took over {self.settings.article_seconds:g} s (setting article_seconds)"
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


class DaskCluster(_Remote):
    """The map on a Dask cluster: `scheduler` is `local` (a `LocalCluster` of `workers`
    processes, one thread each) or a running scheduler's address (`tcp://HOST:8786`)."""

    def __init__(self, scheduler: str, *, workers: int, settings: Settings) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise ConfigError("--scheduler", f"Dask is not installed; run {DASK_EXTRA}") from exc
        self.settings = settings
        self.cluster = None
        try:
            if scheduler == "local":
                self.cluster = LocalCluster(
                    n_workers=max(1, workers),
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
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

    def _submit(self, batch: list[Article]) -> Any:
        return self.client.submit(analyse_batch, batch, settings=self.settings, pure=False)

    def _failure(self, exc: BaseException) -> str:
        return f"the Dask task failed: {type(exc).__name__}: {exc}"

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def stop(self) -> None:
        self.close()


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
