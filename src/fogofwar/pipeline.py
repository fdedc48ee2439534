"""`process`: the one function that joins fogofwar's pure stages to its I/O.

It reads top to bottom in the order the work happens. Every batch of articles is written
with their claims in one transaction as soon as it is analysed, and articles already in the
database are skipped, so a run that is killed resumes where it stopped on the next run,
without losing or duplicating anything. At the end the events the new articles touch are
regrouped and re-estimated (`regrouping`), so they always reflect the whole database.

Every article is untrusted: whatever one raises while it is cleaned, parsed, extracted or
written becomes a `rejected` row with a one-line reason, and the run goes on. Only the
database's own failures (locked, full, corrupt) stop a run.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from .clean import READ_LANGUAGES, article_id, clean, find_title, language_name, parse_date
from .eventedits import EventEdit, apply_edits, placed
from .eventids import IdChange, keep_ids
from .events import cluster, event_copies
from .ingest import check_paths, read
from .placing import place_claims
from .reconcile import estimate_events
from .records import Analysis, Article, Claim, Estimate, Event, RawDocument, Rejected
from .regrouping import regroup_store
from .settings import Settings
from .sources import detect_wire, find_dateline
from .store import Store, input_of
from .workers import Runner, analyse_articles, batches, open_runner, rejection

Progress = Callable[[int], None]


@dataclass(frozen=True, slots=True, kw_only=True)
class RunSummary:
    """What a run did, for the summary line: `N read, K rejected`.

    Every input read is counted once: `read == rejected + skipped + articles + revised`.
    `articles` counts the rows the run added, so two copies of one input are one new
    article and one already stored.
    """

    read: int
    rejected: int
    skipped: int
    articles: int
    claims: int
    events: int
    #: stored articles replaced by a revised version (same input id and url, new text)
    revised: int = 0
    #: (language code, new articles) in languages the extractor does not read
    unread: tuple[tuple[str, int], ...] = ()
    #: (suffix, files) in the folders read that are of a type fogofwar does not read
    unsupported: tuple[tuple[str, int], ...] = ()

    def line(self) -> str:
        new = f"{_counted(self.articles, 'new article')}"
        if self.revised:
            new += f", {self.revised} revised"
        text = (
            f"{self.read} read, {self.rejected} rejected, {self.skipped} already stored; "
            f"{new}, {_counted(self.claims, 'claim')}; {_counted(self.events, 'event')}"
        )
        if self.unread:
            # stored but yielding nothing: say so, or a user takes silence for "no claims"
            parts = [
                f"{_counted(n, 'article')} in {language_name(code)}" for code, n in self.unread
            ]
            text += f"; {', '.join(parts)} not read"
        if self.unsupported:
            # files in a folder that were not read at all: name their types
            files = sum(n for _, n in self.unsupported)
            kinds = ", ".join(
                f"{n} {suffix}" if suffix else f"{n} with no suffix"
                for suffix, n in self.unsupported
            )
            text += f"; {_counted(files, 'file')} of other types not read ({kinds})"
        return text


def _counted(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _clean_guarded(item: RawDocument | Rejected, *, settings: Settings) -> Article | Rejected:
    """`clean`, but an input that raises is rejected with the reason."""
    if isinstance(item, Rejected):
        return item
    try:
        return clean(item, min_chars=settings.min_text_chars, max_chars=settings.max_text_chars)
    except Exception as exc:  # one hostile article must never stop a run
        return rejection(item, "cannot clean", exc)


def _save_guarded(
    store: Store, article: Article, analysis: Analysis
) -> tuple[Analysis | Rejected, int]:
    """`store.save_analysed` (and how many earlier versions it replaced), but an article
    whose values cannot be stored is rejected. The database's own failures (locked,
    full, corrupt, read-only) still stop the run."""
    try:
        replaced = store.save_analysed(article, analysis)
    except (sqlite3.DatabaseError, OSError):
        raise
    except Exception as exc:  # one hostile article must never stop a run
        return rejection(article, "cannot store", exc), 0
    return analysis, replaced


def process(
    paths: Iterable[str | Path],
    *,
    db_path: str | Path,
    settings: Settings | None = None,
    stdin: TextIO | None = None,
    progress: Progress | None = None,
    workers: int = 0,
    scheduler: str | None = None,
    runner: Runner | None = None,
) -> RunSummary:
    """Read, clean, analyse and store every input, then regroup and reconcile events.

    The parsing and extraction run in this process (`workers=0`), in `workers` worker
    processes, or on a Dask cluster (`scheduler`: "local" or "tcp://HOST:PORT"); the
    database is the same whichever does it (see `workers`). A caller that runs many
    times (`watch`) may pass its own open `runner` instead, which it closes itself.
    """
    settings = settings or Settings()
    paths = list(paths)
    check_paths(paths)  # a typo or a URL stops here, before the database is touched
    if runner is not None:
        return _process(
            paths, db_path=db_path, settings=settings, stdin=stdin, progress=progress, runner=runner
        )
    runner = open_runner(workers=workers, scheduler=scheduler, settings=settings)
    try:
        summary = _process(
            paths, db_path=db_path, settings=settings, stdin=stdin, progress=progress, runner=runner
        )
    except BaseException:
        runner.stop()  # workers end now, not after the tasks still queued
        raise
    runner.close()
    return summary


def _process(
    paths: list[str | Path],
    *,
    db_path: str | Path,
    settings: Settings,
    stdin: TextIO | None,
    progress: Progress | None,
    runner: Runner,
) -> RunSummary:
    started = dt.datetime.now(dt.UTC)
    tally = {"read": 0, "rejected": 0, "skipped": 0, "articles": 0, "revised": 0, "claims": 0}
    unread: Counter[str] = Counter()
    unsupported: Counter[str] = Counter()
    with Store.open(db_path) as store:
        inputs: set[str] = set()  # the files (and <stdin>) read: their old rejections go
        rejected_at: set[str] = set()
        queued: set[str] = set()  # ids to be analysed in this run

        def advance() -> None:
            # one input done (rejected, skipped or stored): `progress` adds up to `read`
            if progress is not None:
                progress(1)

        def reject(item: Rejected) -> None:
            tally["rejected"] += 1
            rejected_at.add(item.location)
            store.save_rejected(item)

        def new_articles() -> Iterator[Article]:
            # 1. Read and clean; bad input is stored with its reason, never raised.
            for item in read(paths, stdin=stdin, unsupported=unsupported):
                tally["read"] += 1
                inputs.add(input_of(item.location))
                result = _clean_guarded(item, settings=settings)
                if isinstance(result, Rejected):
                    reject(result)
                    advance()
                # 2. Skip what an earlier (perhaps interrupted) run already stored, and
                #    a second copy of an input in this one: the summary counts rows.
                elif result.id in queued or store.has_article(result.id):
                    tally["skipped"] += 1
                    advance()
                else:
                    queued.add(result.id)
                    yield result

        # 3. Analyse in batches (here, in worker processes or on Dask: the runner) and
        #    store each article with its claims at once; an article that raises on the way
        #    (or, in a worker, overruns its time budget) is stored as rejected instead. A
        #    revised version of a stored article (same input id and url) replaces it.
        #    A batch is stored in one transaction (one commit for many articles).
        for batch, analysed in runner.map(batches(new_articles(), size=settings.batch_size)):
            with store.batch():
                for article, result in zip(batch, analysed, strict=True):
                    replaced = 0
                    if isinstance(result, Analysis):
                        result, replaced = _save_guarded(store, article, result)
                    if isinstance(result, Rejected):
                        reject(result)
                    else:
                        tally["revised" if replaced else "articles"] += 1
                        tally["claims"] += len(result.claims)
                        if article.language not in READ_LANGUAGES:
                            unread[article.language] += 1
                    advance()
        # An input read again that is no longer rejected leaves no rejected row behind.
        store.forget_rejected(inputs=inputs, keep=rejected_at)

        # 4. Regroup into events what the new articles change, and reconcile those
        # events (`regrouping`: a few days of stored analyses at a time, never all).
        # Events keep the ids they had (`eventids`), so exported rows can be maintained.
        grouped = regroup_store(store, settings=settings)
        store.record_run(
            started,
            finished=dt.datetime.now(dt.UTC),
            read=tally["read"],
            rejected=tally["rejected"],
            skipped=tally["skipped"],
        )
    return RunSummary(
        events=grouped.events,
        unread=_by_count(unread),
        unsupported=_by_count(unsupported),
        **tally,
    )


def _by_count(counts: Counter[str]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


@dataclass(frozen=True, slots=True, kw_only=True)
class Regrouped:
    """The reduce step's result: events, their estimates, and which articles are copies."""

    events: list[Event]
    estimates: list[Estimate]
    copies: dict[str, str]  # article id -> first article of the same wire story
    #: previous event ids merged into or split from these events
    changes: list[IdChange] = field(default_factory=list)
    #: claims whose party their event's country decided (`placing`)
    placed: tuple[Claim, ...] = ()


def regroup(
    analyses: list[Analysis],
    *,
    settings: Settings,
    previous: Sequence[Event] = (),
    edits: Sequence[EventEdit] = (),
) -> Regrouped:
    """The reduce step, all in memory: events from all analyses (the analysts' merges and
    splits `edits` applied, with date and place, and the ids of the `previous` events they
    continue), wire copies, then estimates for each event that count a wire story once.
    `process` computes the same a few days at a time from its store (`regrouping`)."""
    by_id = {a.article_id: a for a in analyses}
    grouped = cluster(
        analyses, window_days=settings.event_window_days, threshold=settings.event_similarity
    )
    # The analysts' merges and splits are repeated on every grouping (`eventedits`).
    events = [placed(e, by_id) for e in apply_edits(grouped, edits, analyses=by_id)]
    events, changes = keep_ids(events, previous)
    # an article that names no country counts the people of its event's country
    analyses = place_claims(events, analyses)
    by_event = tuple(c for a in analyses for c in a.claims if c.party_in_text)
    wire_of = event_copies(events, by_id)
    estimates = estimate_events(events, analyses, wire_of=wire_of)
    return Regrouped(
        events=events, estimates=estimates, copies=wire_of, changes=changes, placed=by_event
    )


def analyse(
    text: str,
    *,
    title: str | None = None,
    published: str | dt.date | None = None,
    outlet: str | None = None,
    settings: Settings | None = None,
) -> list[Claim]:
    """The claims in one article's text, without a database: for notebooks and scripts.

    The text is taken as it is (English, already clean), so every claim's evidence span
    indexes the string the caller passed in; its dateline is read as a run reads it.
    """
    settings = settings or Settings()
    when = published if isinstance(published, dt.date) else parse_date(published)
    dateline = find_dateline(text)
    article = Article(
        id=article_id(external_id=None, outlet=outlet, url=None, text=text),
        text=text,
        location="<text>",
        title=title or find_title(text),
        outlet=outlet,
        wire=detect_wire(text, outlet=outlet),
        published=when,
        language="en",
        dateline_place=dateline.place if dateline else None,
    )
    return list(analyse_articles([article], settings=settings)[0].claims)
