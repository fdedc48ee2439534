"""The `fogofwar` command: thin wrappers that parse options, call the library, print.

Every fogofwar error becomes one line on stderr, `location: problem`, and exit code 1;
so does a usage error (a missing argument, an unknown option, a bad value), with a
pointer to `--help`, instead of click's three-line message and exit code 2.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import click

from . import __version__
from .errors import FogofwarError, StoreError
from .ingest import check_paths, count_inputs, one_line
from .settings import load_settings, settings_help
from .workers import all_cores

# The --db option of every command that reads a database `process` wrote.
existing_db = click.option(
    "--db",
    "db_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Database written by `fogofwar process`.",
)


def _fail(exc: FogofwarError) -> NoReturn:
    click.echo(f"fogofwar: {exc}", err=True)
    sys.exit(1)


def _storage_failed(db_path: str, exc: sqlite3.Error | OSError) -> NoReturn:
    """A database or disk failure mid-command, as one line naming the file."""
    from .store import storage_problem

    where = getattr(exc, "filename", None) or db_path
    _fail(StoreError(str(where), storage_problem(exc)))


@contextlib.contextmanager
def _one_line_errors(db_path: str) -> Iterator[None]:
    """fogofwar's own errors, and a database or disk failure on `db_path`, end the
    command as one line and exit status 1."""
    try:
        yield
    except FogofwarError as exc:
        _fail(exc)
    except (sqlite3.Error, OSError) as exc:
        _storage_failed(db_path, exc)


class _Command(click.Group):
    """The `fogofwar` group: click's usage errors as fogofwar's one-line errors."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            return super().main(*args, **kwargs)
        except click.exceptions.Exit as exc:  # --help, --version
            sys.exit(exc.exit_code)
        except click.exceptions.NoArgsIsHelpError as exc:  # a bare `fogofwar`: its help
            click.echo(exc.format_message())
            sys.exit(0)
        except click.UsageError as exc:
            _usage_failed(exc)
        except click.ClickException as exc:  # a click.File that cannot be opened
            click.echo(f"fogofwar: {one_line(exc.format_message())}", err=True)
            sys.exit(1)
        except click.Abort:  # Ctrl-C, or end of input at a prompt
            click.echo("fogofwar: interrupted", err=True)
            sys.exit(1)


def _usage_failed(exc: click.UsageError) -> None:
    """`fogofwar: process: missing argument 'PATHS...' (see fogofwar process --help)`."""
    command = exc.ctx.command_path if exc.ctx is not None else "fogofwar"
    where = command.removeprefix("fogofwar").strip() or "usage"
    problem = one_line(exc.format_message()).rstrip(".")
    problem = problem[:1].lower() + problem[1:]
    click.echo(f"fogofwar: {where}: {problem} (see {command} --help)", err=True)
    sys.exit(1)


@click.group(
    name="fogofwar", cls=_Command, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.version_option(__version__, prog_name="fogofwar")
def main() -> None:
    """Source-attributed, reconciled casualty figures from news reports of armed clashes."""


def _settings_options(command: Any) -> Any:
    """The settings `process` and `watch` take on the command line (and `--config`)."""
    for option in reversed(
        (
            click.option(
                "--config",
                type=click.Path(exists=True, dir_okay=False, path_type=Path),
                help="TOML file of settings: " + ", ".join(settings_help()) + ".",
            ),
            click.option("--batch-size", type=int, help=settings_help()["batch_size"]),
            click.option(
                "--event-window-days", type=int, help=settings_help()["event_window_days"]
            ),
        )
    ):
        command = option(command)
    return command


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--db",
    "db_path",
    required=True,
    type=click.Path(dir_okay=False),
    help="SQLite database to write (created if missing; re-runs are idempotent).",
)
@_settings_options
@click.option(
    "--parse-only-claims/--parse-all",
    default=None,
    help=settings_help()["parse_only_claims"] + " [default: --parse-only-claims]",
)
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=all_cores(),
    show_default="all cores",
    help="Worker processes that parse and extract (0: in this process, with no time "
    "budget); with --scheduler local, the Dask workers started.",
)
@click.option(
    "--scheduler",
    metavar="local|tcp://HOST:PORT",
    help="Parse and extract on Dask: `local` starts a LocalCluster of --workers "
    "processes, an address uses a running scheduler's workers (needs the dask extra).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, only the summary line.")
def process(
    paths: tuple[str, ...],
    db_path: str,
    config: Path | None,
    batch_size: int | None,
    event_window_days: int | None,
    parse_only_claims: bool | None,
    workers: int,
    scheduler: str | None,
    quiet: bool,
) -> None:
    """Read PATHS (files, folders, or - for JSONL on stdin) into the database.

    Reads .txt, .html/.htm, .json, .jsonl and RSS/Atom .xml; folders recursively. Bad
    input is stored as a rejected row with its reason and the run goes on.
    """
    from .pipeline import process as run

    with _one_line_errors(db_path):
        settings = load_settings(
            config,
            batch_size=batch_size,
            event_window_days=event_window_days,
            parse_only_claims=parse_only_claims,
        )
        how: dict[str, Any] = {
            "db_path": db_path,
            "settings": settings,
            "stdin": sys.stdin,
            "workers": workers,
            "scheduler": scheduler,
        }
        if not quiet and _interactive():
            check_paths(paths)  # a typo is one line, not a line under a progress bar
            total = count_inputs(paths)  # None for stdin: a count without a total or ETA
            with click.progressbar(
                iterable=None if total is not None else itertools.count(),
                length=total,
                label="articles",
                file=sys.stderr,
                show_pos=True,
                show_eta=True,
            ) as bar:
                summary = run(paths, progress=bar.update, **how)
        else:
            summary = run(paths, **how)
    click.echo(summary.line())
    click.echo(f"database: {db_path}")


@main.command()
@click.argument("target")
@click.option(
    "--db",
    "db_path",
    required=True,
    type=click.Path(dir_okay=False),
    help="SQLite database to write (created if missing).",
)
@click.option(
    "--interval",
    type=float,
    default=10.0,
    show_default=True,
    help="Seconds between two looks at TARGET.",
)
@_settings_options
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Worker processes that parse and extract (0: in this process); they stay up between runs.",
)
@click.option(
    "--polls",
    type=click.IntRange(min=1),
    help="Stop after this many looks (for scripts and tests); else run until Ctrl-C.",
)
def watch(
    target: str,
    db_path: str,
    interval: float,
    config: Path | None,
    batch_size: int | None,
    event_window_days: int | None,
    workers: int,
    polls: int | None,
) -> None:
    """Read what arrives in TARGET (a folder, or a feed file that grows) into the
    database every --interval seconds, until Ctrl-C.

    New and changed files are read once they stop changing; only new articles are
    stored, and only the events they touch are regrouped and re-estimated. A watcher
    that is stopped or killed resumes where it was when started again.
    """
    import datetime as dt

    from .watch import watch as run

    def show(summary: Any) -> None:
        click.echo(f"{dt.datetime.now().strftime('%H:%M:%S')} {summary.line()}")

    with _one_line_errors(db_path):
        settings = load_settings(config, batch_size=batch_size, event_window_days=event_window_days)
        try:
            done = run(
                target,
                db_path=db_path,
                settings=settings,
                interval=interval,
                workers=workers,
                polls=polls,
                on_run=show,
            )
        except KeyboardInterrupt:
            click.echo("fogofwar: watch stopped; what was stored stays, and the next run groups it")
            return
    click.echo(
        f"watch stopped after {done.polls} looks: {done.articles} new articles; "
        f"{done.events} events"
    )


def _interactive() -> bool:
    """Whether someone watches stderr: only then is there a progress bar."""
    return sys.stderr.isatty()


@main.command()
@existing_db
@click.option(
    "--out",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Briefing to write: .html or .md.",
)
def report(db_path: str, out: Path) -> None:
    """Write a briefing: per event, the reconciled figures, then every claim."""
    from .report import write_report
    from .store import Store

    with _one_line_errors(db_path), Store.open(db_path, readonly=True) as store:
        write_report(store, out)
    click.echo(f"briefing: {out}")


@main.command()
@existing_db
@click.option(
    "--format",
    "fmt",
    required=True,
    type=click.Choice(["goldeval", "acled", "ucdp", "geojson", "claims-csv", "parquet"]),
    help="goldeval: DIR/claims.jsonl and DIR/articles.jsonl for goldeval.py; acled: "
    "ACLED-style CSV (31 columns); ucdp: UCDP GED-style CSV (49 columns, events with "
    "deaths only); geojson: events as a FeatureCollection; claims-csv, parquet: the "
    "claims table with outlet, date, url, event and evidence.",
)
@click.option(
    "--out",
    required=True,
    type=click.Path(path_type=Path),
    help="Output directory, or for one-file formats the file itself (e.g. events.csv; "
    "in a directory: acled.csv, ucdp_ged.csv, events.geojson, claims.csv, claims.parquet).",
)
def export(db_path: str, fmt: str, out: Path) -> None:
    """Export the database for other tools.

    ACLED and UCDP rows need a date: an event with neither an incident nor a report date
    is left out of them and named on stderr.
    """
    from .datasets import undated_events
    from .export import export as run
    from .store import Store

    with _one_line_errors(db_path), Store.open(db_path, readonly=True) as store:
        written = run(store, format=fmt, out=out)
        left_out = undated_events(store) if fmt in ("acled", "ucdp") else []
    for path in written:
        click.echo(f"wrote {path}")
    for event in left_out:
        click.echo(f"left out (no date): {event.title} [{event.id}]", err=True)


@main.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--verbose", "-v", is_flag=True, help="Also list every missed and extra claim.")
def evaluate(gold: tuple[str, ...], verbose: bool) -> None:
    """Score fogofwar on gold-annotated files (GOLD.json...) in a temporary database.

    Prints claim precision/recall/F1, per-category F1, the accuracy of matched claims'
    attributes, and event grouping B-cubed; with -v, the misses and extras.
    """
    from .evaluate import evaluate as run

    try:
        scores = run(gold)
    except FogofwarError as exc:
        _fail(exc)
    for line in scores.lines(verbose=verbose):
        click.echo(line)


@main.command()
@existing_db
@click.argument("claim_ids", nargs=-1, required=True)
@click.option("--party", help="The party whose people the figure counts.")
@click.option("--status", help="military, civilian or unknown.")
@click.option(
    "--category", help="killed, wounded, captured, missing, killed_or_wounded, casualties."
)
@click.option("--count", help="The figure itself (a whole number).")
@click.option("--qualifier", help="exact, at_least, at_most or approx.")
@click.option("--claimant", help="Who says so.")
@click.option("--scope", help="event (this incident) or background (an earlier toll).")
@click.option("--reject", is_flag=True, help="The claim is wrong altogether: leave it out.")
@click.option("--by", "author", required=True, help="Who makes the correction.")
@click.option("--why", "reason", default="", help="Why, for whoever reads it later.")
def correct(
    db_path: str,
    claim_ids: tuple[str, ...],
    party: str | None,
    status: str | None,
    category: str | None,
    count: str | None,
    qualifier: str | None,
    claimant: str | None,
    scope: str | None,
    reject: bool,
    author: str,
    reason: str,
) -> None:
    """Correct (or reject) the claims CLAIM_IDS, keeping the extractor's output.

    The correction is stored with who, when and why, applied to every later read and
    run of `process`, and the events' estimates are recomputed at once.
    """
    from .review import correct as run
    from .store import Store

    changes = {
        "party": party,
        "status": status,
        "category": category,
        "count": count,
        "qualifier": qualifier,
        "claimant": claimant,
        "scope": scope,
    }
    with _one_line_errors(db_path), Store.open(db_path) as store:
        made = run(store, claim_ids, changes=changes, reject=reject, author=author, reason=reason)
    from .corrections import describe

    for correction in made:
        click.echo(f"corrected {correction.id}: {describe(correction)}")


@main.command()
@existing_db
@click.argument("keep_id")
@click.argument("other_id")
@click.option("--by", "author", required=True, help="Who makes the edit.")
@click.option("--why", "reason", default="", help="Why, for whoever reads it later.")
def merge(db_path: str, keep_id: str, other_id: str, author: str, reason: str) -> None:
    """Merge event OTHER_ID into KEEP_ID: one incident, reported as two.

    KEEP_ID keeps its id, OTHER_ID is recorded as merged into it (event_history), and
    every later run of `process` merges their articles again.
    """
    from .review import merge_events

    _edit_events(
        db_path, lambda store: merge_events(store, keep_id, other_id, author=author, reason=reason)
    )


@main.command()
@existing_db
@click.argument("event_id")
@click.argument("article_id")
@click.option("--by", "author", required=True, help="Who makes the edit.")
@click.option("--why", "reason", default="", help="Why, for whoever reads it later.")
def split(db_path: str, event_id: str, article_id: str, author: str, reason: str) -> None:
    """Take article ARTICLE_ID out of event EVENT_ID into an event of its own.

    EVENT_ID keeps its id; the new event is recorded as split from it, and every later
    run of `process` keeps the article apart again.
    """
    from .review import split_event

    _edit_events(
        db_path,
        lambda store: split_event(store, event_id, article_id, author=author, reason=reason),
    )


def _edit_events(db_path: str, edit: Any) -> None:
    from .store import Store

    with _one_line_errors(db_path), Store.open(db_path) as store:
        done, changes = edit(store)
    for change in changes:
        if change.change == "merged":
            click.echo(f"{done.kind}: event {change.old_id} merged into {change.event_id}")
        else:
            click.echo(f"{done.kind}: event {change.event_id} split from {change.old_id}")


@main.command()
@existing_db
def corrections(db_path: str) -> None:
    """List every correction, oldest first, with the claim it applies to or ORPHANED
    (its article no longer yields that claim)."""
    from .corrections import describe
    from .review import review
    from .store import Store

    with _one_line_errors(db_path), Store.open(db_path, readonly=True) as store:
        listed = review(store)
    for item in listed:
        c = item.correction
        where = f"claim {item.claim_id}" if item.claim_id else "ORPHANED"
        why = f" ({c.reason})" if c.reason else ""
        click.echo(
            f"{c.created:%Y-%m-%d %H:%M} {c.author}: {describe(c)}{why} - {where}; "
            f"{c.count} {c.category} in article {c.article_id}: {c.evidence[:80]!r}"
        )
    if not listed:
        click.echo("no corrections")


@main.command()
@existing_db
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8001,
    show_default=True,
    help="Port to listen on.",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; the default is this machine only.",
)
@click.option(
    "--edit",
    is_flag=True,
    help="Allow corrections from the browser; writes need the token printed at start.",
)
@click.option(
    "--tiles",
    metavar="URL",
    help="Web map tiles to draw under the outlines, e.g. an {z}/{x}/{y} URL (needs a "
    "connection; without it the map shows the country outlines shipped with fogofwar).",
)
def serve(db_path: str, port: int, host: str, edit: bool, tiles: str | None) -> None:
    """Browse the database in a web browser: events, maps, timelines, and Datasette.

    Serves http://HOST:PORT/fogofwar (events index and event pages) and Datasette's
    tables, SQL and full-text search for the same file, until Ctrl-C.
    """
    from .web import serve as run

    with _one_line_errors(db_path):
        run(Path(db_path), host=host, port=port, edit=edit, tiles=tiles, announce=click.echo)
