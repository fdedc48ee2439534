"""The `fogofwar` command: help and docs for every command, outputs, one-line errors.

Report and export run on a store written by hand (no spaCy model); the tests that run
`process` on articles load the real model and are `slow`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from fogofwar import __version__
from fogofwar.cli import main
from fogofwar.records import Analysis, Article, Claim, Estimate, Event, Span
from fogofwar.settings import settings_help
from fogofwar.store import Store

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DATA = Path(__file__).parent / "data" / "pipeline"
COMMANDS = sorted(main.commands)

TEXT = (
    "Two Kyrgyz soldiers were killed near Kordak on Monday, the Kyrgyzstan Ministry of "
    "Defence said. The fighting lasted three hours."
)
SENTENCE = TEXT.split(". ")[0] + "."


def invoke(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input)


def assert_one_line_error(result: Result, *phrases: str) -> None:
    """Exit 1, no traceback, one `fogofwar: location: problem` line on stderr."""
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("fogofwar: ")
    for phrase in phrases:
        assert phrase in lines[0]


def small_db(path: Path) -> Path:
    """One invented article with one claim, in one event with one estimate."""
    start = TEXT.index(SENTENCE)
    claim = Claim(
        id="c1",
        article_id="a1",
        evidence=Span(start=start, end=start + len(SENTENCE)),
        category="killed",
        count=2,
        party="Kyrgyzstan",
        status="military",
        claimant="Kyrgyzstan Ministry of Defence",
        claimant_side="Kyrgyzstan",
    )
    article = Article(
        id="a1",
        text=TEXT,
        location="invented/kordak.json",
        external_id="kordak-1",
        title="Clash at Kordak",
        url="https://valleytimes.example/kordak",
        outlet="Valley Times",
        published=dt.date(2026, 5, 5),
    )
    analysis = Analysis(
        article_id="a1",
        outlet="Valley Times",
        wire=None,
        published=dt.date(2026, 5, 5),
        title="Clash at Kordak",
        claims=(claim,),
    )
    event = Event(
        id="ev1",
        title="Clash at Kordak",
        start=dt.date(2026, 5, 4),
        end=dt.date(2026, 5, 4),
        article_ids=("a1",),
    )
    estimate = Estimate(
        id="e1",
        event_id="ev1",
        party="Kyrgyzstan",
        status="military",
        category="killed",
        low=2,
        best=2,
        high=2,
        claim_ids=("c1",),
    )
    with Store.open(path) as store:
        store.save_analysed(article, analysis)
        store.replace_events([event], [estimate])
    return path


def not_a_database(tmp_path: Path) -> Path:
    path = tmp_path / "notes.db"
    path.write_text("Kordak: notes, not a database\n" * 20, encoding="utf-8")
    return path


def strangers_database(tmp_path: Path) -> Path:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE inventory (id INTEGER PRIMARY KEY, item TEXT)")
    return path


# -- help and documentation ---------------------------------------------------------------


def test_there_are_commands() -> None:
    assert {"process", "report", "export"} <= set(COMMANDS)


@pytest.mark.parametrize("args", [[], *([name] for name in COMMANDS)])
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_every_command_has_help(args: list[str], flag: str) -> None:
    result = invoke(*args, flag)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Usage: ")
    if args:
        help_text = main.commands[args[0]].help or ""
        assert help_text.strip(), f"{args[0]} has no docstring"
        assert help_text.split("\n")[0].strip()[:30] in " ".join(result.stdout.split())


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_has_help(name: str) -> None:
    for param in main.commands[name].params:
        if param.param_type_name == "option":
            assert getattr(param, "help", None), f"{name} {param.opts} has no help"


def test_process_help_names_every_setting() -> None:
    result = invoke("process", "--help")
    flat = " ".join(result.stdout.split())
    for name in settings_help():
        assert name in flat


@pytest.mark.skipif(not README.exists(), reason="README.md is not written yet")
@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_documented_in_the_readme(name: str) -> None:
    assert f"fogofwar {name}" in README.read_text(encoding="utf-8")


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout


# -- process ------------------------------------------------------------------------------


@pytest.mark.slow
def test_process_prints_the_summary_line(tmp_path: Path) -> None:
    db = tmp_path / "kordak.db"
    result = invoke("process", str(DATA), "--db", str(db), "--quiet")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert re.fullmatch(
        r"5 read, 1 rejected, 0 already stored; 4 new articles, \d+ claims; \d+ events"
        r"; 1 file of other types not read \(1 \.md\)",
        lines[0],
    ), lines[0]
    assert lines[1] == f"database: {db}"
    assert result.stderr == ""  # --quiet and no tty: no progress bar


@pytest.mark.slow
def test_process_with_a_scheduler_that_does_not_answer_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed")
    monkeypatch.setattr("fogofwar.workers.DASK_CONNECT_SECONDS", 1.0)
    db = tmp_path / "x.db"
    result = invoke("process", str(DATA), "--db", str(db), "--scheduler", "tcp://127.0.0.1:9")
    assert_one_line_error(result, "fogofwar: tcp://127.0.0.1:9: cannot reach the Dask scheduler")
    assert not db.exists()


def test_process_needs_a_path(tmp_path: Path) -> None:
    result = invoke("process", "--db", str(tmp_path / "x.db"))
    assert_one_line_error(result, "process: missing argument 'PATHS...'", "process --help")
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize(
    ("args", "phrases"),
    [
        (["nosuch"], ["fogofwar: usage: no such command 'nosuch'", "(see fogofwar --help)"]),
        (["--colour"], ["no such option '--colour'"]),
        (["process", "x.txt", "--db", "x.db", "--batch-size", "many"], ["'many' is not"]),
        (["process", "x.txt", "--db", "x.db", "--frobnicate"], ["no such option"]),
        (["process", "x.txt", "--db", "x.db", "--workers", "-1"], ["'--workers'", "-1"]),
        (["report", "--db", "missing.db", "--out", "b.html"], ["'--db'", "does not exist"]),
        (["export", "--db", "missing.db"], ["export: "]),
        (["evaluate"], ["evaluate: missing argument"]),
    ],
)
def test_usage_errors_are_one_line_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], phrases: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert_one_line_error(invoke(*args), *phrases)
    assert list(tmp_path.iterdir()) == []


def test_no_command_prints_the_help() -> None:
    result = invoke()
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: fogofwar")


@pytest.mark.parametrize(
    ("path", "phrase"),
    [
        ("missing.txt", "missing.txt: no such file or directory"),
        ("no/such/folder", "no/such/folder: no such file or directory"),
        ("https://news.example/kordak", "kordak: URLs are not fetched"),
    ],
)
def test_a_path_that_is_not_there_is_a_usage_error_and_nothing_is_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: str, phrase: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.txt").write_text(TEXT, encoding="utf-8")
    result = invoke("process", "in.txt", path, "--db", "run.db", "--quiet")
    assert_one_line_error(result, phrase)
    assert not (tmp_path / "run.db").exists()


def test_the_progress_bar_has_a_total_and_an_eta(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a terminal the bar's length is the number of inputs (files, JSONL lines), so
    it shows `3/5` and an ETA, not `3/0`; the pipeline advances it once per input."""
    import fogofwar.cli
    import fogofwar.pipeline
    from fogofwar.pipeline import RunSummary

    bars: list[dict[str, Any]] = []

    class Bar:
        def __init__(self, **kwargs: Any) -> None:
            self.options, self.done = kwargs, 0
            bars.append(vars(self))

        def __enter__(self) -> Bar:
            return self

        def __exit__(self, *exc: object) -> None:
            pass

        def update(self, n: int) -> None:
            self.done += n

    def run(paths: Any, *, progress: Any, **kwargs: Any) -> RunSummary:
        for _ in range(5):
            progress(1)
        return RunSummary(read=5, rejected=0, skipped=0, articles=5, claims=0, events=1)

    monkeypatch.setattr(fogofwar.cli, "_interactive", lambda: True)
    monkeypatch.setattr(fogofwar.cli.click, "progressbar", Bar)
    monkeypatch.setattr(fogofwar.pipeline, "process", run)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": TEXT}) + "\n", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": TEXT}) + "\n\n" * 3, encoding="utf-8")
    # 1 + 1 + 1 lines, plus the folder's: a.txt, b.jsonl, c.jsonl (+ the bar's own count)
    args = [str(tmp_path / "a.txt"), str(tmp_path / "b.jsonl"), str(tmp_path)]
    result = invoke("process", *args, "--db", str(tmp_path / "x.db"))
    assert result.exit_code == 0, result.output
    (bar,) = bars
    assert bar["options"]["length"] == 5 and bar["options"]["show_eta"]
    assert bar["done"] == 5
    bars.clear()
    result = invoke("process", "-", "--db", str(tmp_path / "x.db"), input="")
    assert result.exit_code == 0, result.output
    (bar,) = bars
    assert bar["options"]["length"] is None  # stdin: a count without a total


@pytest.mark.parametrize(
    ("config", "phrase"),
    [
        ("batch_size = ", "cannot read config"),
        ("colour = 'red'\n", "unknown setting 'colour'"),
        ("batch_size = 'many'\n", "batch_size must be int"),
        ("event_similarity = nan\n", "event_similarity must be a finite number, got nan"),
    ],
)
def test_process_with_a_bad_config_is_one_line(tmp_path: Path, config: str, phrase: str) -> None:
    path = tmp_path / "fogofwar.toml"
    path.write_text(config, encoding="utf-8")
    result = invoke("process", str(DATA), "--db", str(tmp_path / "x.db"), "--config", str(path))
    assert_one_line_error(result, str(path), phrase)


@pytest.mark.parametrize("size", ["0", "-3"])
def test_process_with_a_batch_size_below_one_is_one_line(tmp_path: Path, size: str) -> None:
    result = invoke("process", str(DATA), "--db", str(tmp_path / "x.db"), "--batch-size", size)
    assert_one_line_error(result, "batch_size")


# -- report -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("suffix", "opening"),
    [(".html", "<!DOCTYPE html>"), (".htm", "<!DOCTYPE html>"), (".md", "# fogofwar briefing")],
)
def test_report_writes_the_briefing(tmp_path: Path, suffix: str, opening: str) -> None:
    db = small_db(tmp_path / "kordak.db")
    out = tmp_path / "nested" / f"briefing{suffix}"
    result = invoke("report", "--db", str(db), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"briefing: {out}"
    written = out.read_text(encoding="utf-8")
    assert written.startswith(opening)
    assert "Clash at Kordak" in written
    assert "Kyrgyzstan Ministry of Defence" in written


@pytest.mark.parametrize("name", ["briefing.txt", "briefing.pdf", "briefing", "briefing.md.bak"])
def test_report_with_a_bad_suffix_is_one_line(tmp_path: Path, name: str) -> None:
    db = small_db(tmp_path / "kordak.db")
    out = tmp_path / name
    result = invoke("report", "--db", str(db), "--out", str(out))
    assert_one_line_error(result, str(out), "unknown report format")
    assert not out.exists()


def test_report_to_an_unwritable_place_is_one_line(tmp_path: Path) -> None:
    db = small_db(tmp_path / "kordak.db")
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    out = blocker / "briefing.html"  # a "folder" that is a file
    result = invoke("report", "--db", str(db), "--out", str(out))
    assert_one_line_error(result, "cannot write report")


def test_report_needs_an_existing_database(tmp_path: Path) -> None:
    result = invoke("report", "--db", str(tmp_path / "missing.db"), "--out", "x.html")
    assert_one_line_error(result, "missing.db", "does not exist")
    assert not (tmp_path / "missing.db").exists()


# -- export -------------------------------------------------------------------------------


def test_export_goldeval_writes_doc_and_event_ids(tmp_path: Path) -> None:
    db = small_db(tmp_path / "kordak.db")
    out = tmp_path / "goldeval"
    result = invoke("export", "--db", str(db), "--format", "goldeval", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"wrote {out / 'claims.jsonl'}",
        f"wrote {out / 'articles.jsonl'}",
    ]
    claims = [json.loads(line) for line in (out / "claims.jsonl").read_text().splitlines()]
    articles = [json.loads(line) for line in (out / "articles.jsonl").read_text().splitlines()]
    assert [(c["doc_id"], c["event_id"], c["evidence"]) for c in claims] == [
        ("kordak-1", "ev1", SENTENCE)
    ]
    assert [(a["doc_id"], a["event_id"]) for a in articles] == [("kordak-1", "ev1")]


@pytest.mark.slow
def test_export_after_process_uses_the_inputs_ids(tmp_path: Path) -> None:
    db, out = tmp_path / "kordak.db", tmp_path / "goldeval"
    assert invoke("process", str(DATA), "--db", str(db), "-q").exit_code == 0
    result = invoke("export", "--db", str(db), "--format", "goldeval", "--out", str(out))
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        own_id = {a.location: a.id for a in store.articles()}
        event_ids = {e.id for e in store.events()}
    articles = [json.loads(line) for line in (out / "articles.jsonl").read_text().splitlines()]
    claims = [json.loads(line) for line in (out / "claims.jsonl").read_text().splitlines()]
    # The .txt report has no id of its own, so it keeps fogofwar's.
    txt_id = own_id[str(DATA / "kordak_pamir_wire.txt")]
    assert {a["doc_id"] for a in articles} == {
        "valley-times-kordak-1",
        "steppe-kordak-2",
        "steppe-kordak-3",
        txt_id,
    }
    assert {a["event_id"] for a in articles} <= event_ids
    assert {c["doc_id"] for c in claims} <= {a["doc_id"] for a in articles}
    assert all(c["event_id"] in event_ids for c in claims)


@pytest.mark.parametrize("fmt", ["kml", "csv"])
def test_export_with_an_unknown_format_is_a_usage_error(tmp_path: Path, fmt: str) -> None:
    db = small_db(tmp_path / "kordak.db")
    result = invoke("export", "--db", str(db), "--format", fmt, "--out", str(tmp_path / "o"))
    assert_one_line_error(result, "export: invalid value for '--format'", "goldeval")


def test_export_into_a_file_is_one_line(tmp_path: Path) -> None:
    db = small_db(tmp_path / "kordak.db")
    out = tmp_path / "taken"
    out.write_text("already a file", encoding="utf-8")
    result = invoke("export", "--db", str(db), "--format", "goldeval", "--out", str(out))
    assert_one_line_error(result, str(out))


@pytest.mark.parametrize(
    ("fmt", "name", "phrase"),
    [
        ("goldeval", "g.jsonl", "goldeval writes claims.jsonl and articles.jsonl into a dir"),
        ("goldeval", "claims.csv", "give a directory, not a file name"),
        ("acled", "events.txt", "not a .csv file name"),
        ("parquet", "claims.csv", "not a .parquet file name"),
        ("geojson", "events.csv", "not a .geojson or .json file name"),
    ],
)
def test_export_to_a_file_name_of_the_wrong_kind_says_so(
    tmp_path: Path, fmt: str, name: str, phrase: str
) -> None:
    db = small_db(tmp_path / "kordak.db")
    out = tmp_path / name
    result = invoke("export", "--db", str(db), "--format", fmt, "--out", str(out))
    assert_one_line_error(result, str(out), phrase)
    assert not out.exists()


# -- a --db that is not a fogofwar database -----------------------------------------------

COMMAND_ARGS = {
    "process": lambda tmp: ["process", str(DATA)],
    "report": lambda tmp: ["report", "--out", str(tmp / "briefing.html")],
    "export": lambda tmp: ["export", "--format", "goldeval", "--out", str(tmp / "out")],
}


@pytest.mark.parametrize("command", sorted(COMMAND_ARGS))
@pytest.mark.parametrize(
    ("make_db", "phrase"),
    [
        (not_a_database, "file is not a database"),
        (strangers_database, "not a fogofwar database (it has tables: inventory)"),
    ],
)
def test_a_db_that_is_not_ours_is_one_line_and_left_alone(
    tmp_path: Path, command: str, make_db: object, phrase: str
) -> None:
    assert callable(make_db)
    db = make_db(tmp_path)
    before = db.read_bytes()
    result = invoke(*COMMAND_ARGS[command](tmp_path), "--db", str(db))
    assert_one_line_error(result, str(db), phrase)
    assert db.read_bytes() == before
    assert not (tmp_path / "briefing.html").exists()
    assert not (tmp_path / "out").exists()


def test_a_database_another_process_holds_is_one_line_with_a_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fogofwar.store

    monkeypatch.setattr(fogofwar.store, "BUSY_TIMEOUT_SECONDS", 0.2)
    db = small_db(tmp_path / "held.db")
    (tmp_path / "in.txt").write_text(TEXT, encoding="utf-8")
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        result = invoke("process", str(tmp_path / "in.txt"), "--db", str(db), "--quiet")
    finally:
        holder.close()
    assert_one_line_error(result, str(db), "database is locked", "another process")


def test_a_second_run_waits_for_the_first(tmp_path: Path) -> None:
    """A run that finds the write lock taken waits (busy timeout) instead of failing."""
    import threading

    db = small_db(tmp_path / "shared.db")
    (tmp_path / "in.txt").write_text(TEXT, encoding="utf-8")
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    release = threading.Timer(1.0, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        result = invoke("process", str(tmp_path / "in.txt"), "--db", str(db), "--quiet")
    finally:
        release.join()
        holder.close()
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("error", "phrases"),
    [
        (sqlite3.OperationalError("database or disk is full"), ["disk is full", "free some"]),
        (OSError(28, "No space left on device"), ["disk is full"]),
        (sqlite3.DatabaseError("database disk image is malformed"), ["malformed", "backup"]),
        (
            sqlite3.OperationalError("attempt to write a readonly database"),
            ["readonly", "writable"],
        ),
        (sqlite3.OperationalError("no such table: estimates"), ["database error: no such"]),
    ],
)
def test_storage_failures_mid_run_are_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: Exception, phrases: list[str]
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(Store, "save_analysed", fail)
    (tmp_path / "in.txt").write_text(TEXT, encoding="utf-8")
    db = tmp_path / "run.db"
    result = invoke("process", str(tmp_path / "in.txt"), "--db", str(db), "--quiet")
    assert_one_line_error(result, str(db), *phrases)


# -- read-only databases and tampered schemas ---------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["report", "--out"],
        ["export", "--format", "acled", "--out"],
        ["export", "--format", "goldeval", "--out"],
    ],
)
def test_report_and_export_read_a_read_only_database(tmp_path: Path, args: list[str]) -> None:
    media = tmp_path / "media"
    media.mkdir()
    db = small_db(media / "kordak.db")
    before = db.read_bytes()
    db.chmod(0o444)
    media.chmod(0o555)  # as on a read-only mount (root may still write: see test_store)
    try:
        out = tmp_path / ("briefing.html" if args[0] == "report" else "out")
        result = invoke(*args, str(out), "--db", str(db))
    finally:
        media.chmod(0o755)
    assert result.exit_code == 0, result.output
    assert out.exists()
    assert db.read_bytes() == before


def test_process_on_a_read_only_mount_says_so_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 12, 7e: on a read-only mount SQLite only says `unable to open database file`
    (it cannot create the journal beside the file). Root may write anything, so the mount
    is simulated (as in test_store): the folder's file system says read-only, and SQLite
    fails as it does there; bench/robustness.py case 7 mounts a real one."""
    media = tmp_path / "media"
    media.mkdir()
    db = small_db(media / "kordak.db")
    (tmp_path / "report.txt").write_text(TEXT, encoding="utf-8")
    real_statvfs = os.statvfs

    class ReadOnly:
        f_flag = os.ST_RDONLY

    def statvfs(path: Any) -> Any:
        return ReadOnly() if Path(path) == media else real_statvfs(path)

    def connect(database: str, **kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(os, "statvfs", statvfs)
    monkeypatch.setattr(sqlite3, "connect", connect)
    result = invoke("process", str(tmp_path / "report.txt"), "--db", str(db), "--workers", "0")
    assert_one_line_error(
        result,
        "unable to open database file",
        f"its folder {media} is on a read-only mount",
        "make the file and its folder writable, or write to another file",
        "report and export can read it as it is",
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_process_into_a_read_only_folder_says_so_in_one_line(tmp_path: Path) -> None:
    media = tmp_path / "media"
    media.mkdir()
    (tmp_path / "report.txt").write_text(TEXT, encoding="utf-8")
    media.chmod(0o555)
    try:
        db = media / "new.db"
        result = invoke("process", str(tmp_path / "report.txt"), "--db", str(db))
    finally:
        media.chmod(0o755)
    assert_one_line_error(result, str(db), f"its folder {media} is read-only", "writable")


@pytest.mark.parametrize("command", sorted(COMMAND_ARGS))
@pytest.mark.parametrize(
    ("sql", "phrase"),
    [
        ("DROP TABLE estimates", "table 'estimates' is missing"),
        ("ALTER TABLE claims RENAME COLUMN count TO n", "column 'claims.count' is missing"),
    ],
)
def test_a_tampered_schema_is_one_line_with_a_hint(
    tmp_path: Path, command: str, sql: str, phrase: str
) -> None:
    db = small_db(tmp_path / "kordak.db")
    with sqlite3.connect(db) as conn:
        conn.execute(sql)
    before = db.read_bytes()
    result = invoke(*COMMAND_ARGS[command](tmp_path), "--db", str(db))
    assert_one_line_error(result, str(db), phrase, "changed by another tool", "backup")
    assert db.read_bytes() == before
