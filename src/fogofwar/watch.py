"""`watch`: keep a database up to date with a folder or a feed file as reports arrive.

Every `interval` seconds the folder is listed (or the feed file looked at); each file
that is new or changed since it was last read, and has settled (it did not change
between two looks, or was last written more than `interval` seconds ago, so a file
still being written is not read half-way), is read by `pipeline.process`. That stores
the articles not stored yet (an input is known by its id, so a feed read again adds only
its new items) and regroups and re-estimates only the events they touch (`regrouping`).

Nothing is kept outside the database: a watcher that is killed and started again reads
every file once more, skips what is stored, and regroups what the killed one stored but
had not grouped yet, so nothing is lost or stored twice. One model and one worker pool
serve every run of a watcher.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from .errors import ConfigError, InputError
from .ingest import files_in
from .pipeline import RunSummary, process
from .records import record
from .settings import Settings
from .workers import open_runner

#: (size, modification time in ns) of a file as last seen
Stat = tuple[int, int]


@record
class Watched:
    """What a watcher did before it stopped."""

    polls: int
    runs: int  # polls that found files to read
    articles: int  # new articles stored
    events: int  # events in the database at the last run (0 when none ran)


class _Files:
    """The files of a folder (or one feed file) to read now: new or changed, settled."""

    def __init__(self, target: Path, *, interval: float) -> None:
        self.target = target
        self.interval = interval
        self.read: dict[Path, Stat] = {}  # as they were when read
        self.seen: dict[Path, Stat] = {}  # as they were at the previous look

    def ready(self) -> list[Path]:
        now = time.time_ns()
        paths = files_in(self.target) if self.target.is_dir() else [self.target]
        found: dict[Path, Stat] = {}
        for path in paths:
            try:
                info = path.stat()
            except OSError:
                continue  # gone between the listing and the look: next time
            found[path] = (info.st_size, info.st_mtime_ns)
        settled = [
            path
            for path, stat in found.items()
            if self.read.get(path) != stat
            and (self.seen.get(path) == stat or now - stat[1] > self.interval * 1e9)
        ]
        self.seen = found
        return sorted(settled)

    def done(self, paths: list[Path]) -> None:
        for path in paths:
            if path in self.seen:
                self.read[path] = self.seen[path]


def watch(
    target: str | Path,
    *,
    db_path: str | Path,
    settings: Settings | None = None,
    interval: float = 10.0,
    workers: int = 0,
    polls: int | None = None,
    stop: threading.Event | None = None,
    on_run: Callable[[RunSummary], None] | None = None,
) -> Watched:
    """Read what arrives in `target` (a folder, or a feed file that grows) into the
    database every `interval` seconds, until `stop` is set, `polls` looks were made, or
    the caller is interrupted (Ctrl-C: the run under way stops; what it stored stays,
    and the next watcher or `process` run groups it). `on_run` gets each run's summary.
    """
    target = Path(target)
    if not target.exists():
        raise InputError(str(target), "no such file or folder to watch")
    if interval <= 0 or interval != interval:
        raise ConfigError("interval", f"must be a positive number of seconds, got {interval}")
    settings = settings or Settings()
    stop = stop or threading.Event()
    files = _Files(target, interval=interval)
    runner = open_runner(workers=workers, scheduler=None, settings=settings)
    looked = runs = articles = events = 0
    try:
        while True:
            ready = [path for path in files.ready() if path.exists()]  # not removed since
            looked += 1
            if ready:
                summary = process(ready, db_path=db_path, settings=settings, runner=runner)
                files.done(ready)
                runs += 1
                articles += summary.articles + summary.revised
                events = summary.events
                if on_run is not None:
                    on_run(summary)
            if (polls is not None and looked >= polls) or stop.wait(interval):
                break
    except BaseException:
        runner.stop()
        raise
    runner.close()
    return Watched(polls=looked, runs=runs, articles=articles, events=events)
