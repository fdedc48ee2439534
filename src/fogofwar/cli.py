"""The `fogofwar` command: thin wrappers that parse options, call the library, print.

Every fogofwar error becomes one line on stderr, `location: problem`, and exit code 1;
so does a usage error (a missing argument, an unknown option, a bad value), with a
pointer to `--help`, instead of click's three-line message and exit code 2.
"""

from __future__ import annotations

import itertools
import sqlite3
import sys
from pathlib import Path
from typing import Any

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


def _fail(exc: FogofwarError) -> None:
    click.echo(f"fogofwar: {exc}", err=True)
    sys.exit(1)


def _storage_failed(db_path: str, exc: sqlite3.Error | OSError) -> None:
    """A database or disk failure mid-command, as one line naming the file."""
    from .store import storage_problem

    where = getattr(exc, "filename", None) or db_path
    _fail(StoreError(str(where), storage_problem(exc)))


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


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--db",
    "db_path",
    required=True,
    type=click.Path(dir_okay=False),
    help="SQLite database to write (created if missing; re-runs are idempotent).",
)
@click.option(
    "--config",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="TOML file of settings: " + ", ".join(settings_help()) + ".",
)
@click.option("--batch-size", type=int, help=settings_help()["batch_size"])
@click.option("--event-window-days", type=int, help=settings_help()["event_window_days"])
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
    workers: int,
    scheduler: str | None,
    quiet: bool,
) -> None:
    """Read PATHS (files, folders, or - for JSONL on stdin) into the database.

    Reads .txt, .html/.htm, .json, .jsonl and RSS/Atom .xml; folders recursively. Bad
    input is stored as a rejected row with its reason and the run goes on.
    """
    from .pipeline import process as run

    try:
        settings = load_settings(config, batch_size=batch_size, event_window_days=event_window_days)
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
    except FogofwarError as exc:
        _fail(exc)
        return
    except (sqlite3.Error, OSError) as exc:
        _storage_failed(db_path, exc)
        return
    click.echo(summary.line())
    click.echo(f"database: {db_path}")


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

    try:
        with Store.open(db_path, readonly=True) as store:
            write_report(store, out)
    except FogofwarError as exc:
        _fail(exc)
        return
    except (sqlite3.Error, OSError) as exc:
        _storage_failed(db_path, exc)
        return
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

    try:
        with Store.open(db_path, readonly=True) as store:
            written = run(store, format=fmt, out=out)
            left_out = undated_events(store) if fmt in ("acled", "ucdp") else []
    except FogofwarError as exc:
        _fail(exc)
        return
    except (sqlite3.Error, OSError) as exc:
        _storage_failed(db_path, exc)
        return
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
        return
    for line in scores.lines(verbose=verbose):
        click.echo(line)
