"""`process`: counts, rejected rows, idempotent re-runs, verbatim evidence, kill -9 resume.

The corpus is invented (tests/data/pipeline: a clash at the invented village of Kordak)
plus bad files written here. Everything runs the real spaCy model, so it is all `slow`.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from fogofwar.cli import main
from fogofwar.pipeline import RunSummary, process
from fogofwar.settings import Settings
from fogofwar.store import Store

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data" / "pipeline"
GOOD = ("kordak_pamir_wire.txt", "kordak_valley_times.json", "kordak_more.jsonl")

# (file name, bytes written, the phrase its rejection reason must contain)
BAD_FILES = [
    ("binary.txt", b"Two soldiers\x00\x01\x02 were killed", "binary"),
    ("empty.txt", b"", "empty"),
    (
        "latin1.txt",
        "Zwei Soldaten wurden getötet, sagte das Ministerium.".encode("latin-1"),
        "UTF-8",
    ),
    ("blank.html", b"<html><body><script>var x = 1;</script><div></div></body></html>", "no text"),
]
# The third line of kordak_more.jsonl is cut off in the middle of a string.
MALFORMED_LINE = ("kordak_more.jsonl:3", "malformed JSON")
ARTICLES = 4  # one .txt, one .json, two good .jsonl lines
INPUT_IDS = {"valley-times-kordak-1", "steppe-kordak-2", "steppe-kordak-3"}


def make_corpus(folder: Path) -> Path:
    """The invented reports plus one file of each kind of bad input."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in GOOD:
        shutil.copy(DATA / name, folder / name)
    for name, data, _ in BAD_FILES:
        (folder / name).write_bytes(data)
    return folder


def snapshot(db: Path) -> dict[str, Any]:
    """Every table's rows as comparable values (the run log aside, which grows by design)."""
    with Store.open(db) as store:
        counts = store.counts()
        return {
            "counts": {k: v for k, v in counts.items() if k != "runs"},
            "runs": counts["runs"],
            "articles": sorted((a.id, a.external_id, a.text) for a in store.articles()),
            "claims": sorted(repr(c) for c in store.claims()),
            "rejected": sorted(repr(r) for r in store.rejected()),
            "events": sorted(repr(e) for e in store.events()),
            "estimates": sorted(repr(e) for e in store.estimates()),
        }


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The corpus processed twice into one database, with a snapshot after each run."""
    root = tmp_path_factory.mktemp("pipeline")
    corpus = make_corpus(root / "in")
    db = root / "kordak.db"
    first = process([corpus], db_path=db)
    after_first = snapshot(db)
    second = process([corpus], db_path=db)
    return {
        "db": db,
        "corpus": corpus,
        "first": first,
        "second": second,
        "after_first": after_first,
        "after_second": snapshot(db),
    }


# -- one run ------------------------------------------------------------------------------


def test_summary_counts(runs: dict[str, Any]) -> None:
    first: RunSummary = runs["first"]
    read = ARTICLES + len(BAD_FILES) + 1  # + the malformed JSONL line
    assert (first.read, first.rejected, first.skipped) == (read, len(BAD_FILES) + 1, 0)
    assert first.articles == ARTICLES
    assert first.claims == runs["after_first"]["counts"]["claims"] > 0
    assert first.events == runs["after_first"]["counts"]["events"] > 0
    assert first.line().startswith(f"{read} read, {len(BAD_FILES) + 1} rejected")


@pytest.mark.parametrize(
    ("name", "phrase"),
    [(name, phrase) for name, _, phrase in BAD_FILES] + [MALFORMED_LINE],
)
def test_rejected_rows_keep_their_reason(runs: dict[str, Any], name: str, phrase: str) -> None:
    with Store.open(runs["db"]) as store:
        rejected = store.rejected()
    location = str(runs["corpus"] / name)
    problems = [r.problem for r in rejected if r.location == location]
    assert len(problems) == 1, f"{location}: {rejected}"
    assert phrase in problems[0]
    assert "\n" not in problems[0]


def test_every_input_is_accounted_for(runs: dict[str, Any]) -> None:
    """Nothing is dropped silently: each input is an article or a rejected row."""
    with Store.open(runs["db"]) as store:
        articles = store.articles()
        rejected = store.rejected()
    assert len(articles) == ARTICLES
    assert len(rejected) == len(BAD_FILES) + 1
    assert {a.external_id for a in articles} >= INPUT_IDS


def test_evidence_spans_are_verbatim_slices_of_the_stored_text(runs: dict[str, Any]) -> None:
    with Store.open(runs["db"]) as store:
        texts = {a.id: a.text for a in store.articles()}
        claims = store.claims()
        stored = {
            row["id"]: row["evidence"] for row in store.db.query("SELECT id, evidence FROM claims")
        }
    assert claims
    for claim in claims:
        text = texts[claim.article_id]
        assert 0 <= claim.evidence.start < claim.evidence.end <= len(text)
        assert claim.evidence.of(text).strip()
        assert stored[claim.id] == claim.evidence.of(text)


def test_a_plain_statement_is_extracted(runs: dict[str, Any]) -> None:
    """The .txt report's lead: two Kyrgyz soldiers killed, four wounded, per the ministry."""
    with Store.open(runs["db"]) as store:
        found = {(c.category, c.count, c.party) for c in store.claims()}
    assert {("killed", 2, "Kyrgyzstan"), ("wounded", 4, "Kyrgyzstan")} <= found


def test_events_cover_every_article_and_estimates_cite_stored_claims(
    runs: dict[str, Any],
) -> None:
    with Store.open(runs["db"]) as store:
        article_ids = {a.id for a in store.articles()}
        claim_ids = {c.id for c in store.claims()}
        events = store.events()
        estimates = store.estimates()
    grouped = [a for e in events for a in e.article_ids]
    assert sorted(grouped) == sorted(article_ids)  # each article in exactly one event
    assert estimates
    event_ids = {e.id for e in events}
    for estimate in estimates:
        assert estimate.event_id in event_ids
        assert estimate.low <= estimate.best <= estimate.high
        assert set(estimate.claim_ids) <= claim_ids


# -- a second run -------------------------------------------------------------------------


def test_a_second_run_changes_nothing(runs: dict[str, Any]) -> None:
    before, after = runs["after_first"], runs["after_second"]
    assert after["counts"] == before["counts"]
    for table in ("articles", "claims", "rejected", "events", "estimates"):
        assert after[table] == before[table], table
    assert after["runs"] == before["runs"] + 1  # the run log is the one thing that grows


def test_a_second_run_says_everything_was_skipped(runs: dict[str, Any]) -> None:
    second: RunSummary = runs["second"]
    assert second.skipped == ARTICLES
    assert (second.articles, second.claims) == (0, 0)
    assert second.events == runs["first"].events
    assert f"{ARTICLES} already stored; 0 new articles" in second.line()


# -- stdin --------------------------------------------------------------------------------


def test_process_dash_reads_jsonl_from_stdin(tmp_path: Path) -> None:
    lines = (DATA / "kordak_more.jsonl").read_text(encoding="utf-8")
    db = tmp_path / "stdin.db"
    result = CliRunner().invoke(main, ["process", "-", "--db", str(db), "-q"], input=lines)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("3 read, 1 rejected, 0 already stored; 2 new articles")
    with Store.open(db) as store:
        articles = store.articles()
        rejected = store.rejected()
    assert {(a.external_id, a.location) for a in articles} == {
        ("steppe-kordak-2", "<stdin>:1"),
        ("steppe-kordak-3", "<stdin>:2"),
    }
    assert [(r.location, "malformed JSON" in r.problem) for r in rejected] == [("<stdin>:3", True)]


GOOD_LINES = (DATA / "kordak_more.jsonl").read_bytes().splitlines()[:2]
LATIN1_LINE = b'{"id": "latin", "text": "Zwei Soldaten wurden get\xf6tet, sagte das Ministerium."}'
MIXED_STDIN = b"\n".join([GOOD_LINES[0], LATIN1_LINE, GOOD_LINES[1]]) + b"\n"


def test_one_bad_stdin_line_rejects_only_that_line(tmp_path: Path) -> None:
    stream = io.TextIOWrapper(io.BytesIO(MIXED_STDIN), encoding="utf-8")
    summary = process(["-"], db_path=tmp_path / "s.db", stdin=stream)
    assert (summary.read, summary.rejected, summary.articles) == (3, 1, 2)
    with Store.open(tmp_path / "s.db") as store:
        (rejected,) = store.rejected()
    assert rejected.location == "<stdin>:2"
    assert "invalid UTF-8" in rejected.problem


def test_the_cli_reads_stdin_line_by_line_too(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    result = CliRunner().invoke(main, ["process", "-", "--db", str(db), "-q"], input=MIXED_STDIN)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("3 read, 1 rejected, 0 already stored; 2 new articles")


# An invented report in Spanish: stored, not read, and said so.
SPANISH = {
    "id": "varnok-es",
    "text": (
        "Cinco soldados murieron y nueve resultaron heridos en un intercambio de disparos "
        "cerca de Varnok, según informó el sábado el ministerio de defensa de Eastland."
    ),
}


def test_articles_in_other_languages_are_counted_in_the_summary(tmp_path: Path) -> None:
    lines = [GOOD_LINES[0].decode("utf-8"), json.dumps(SPANISH, ensure_ascii=False)]
    stream = io.StringIO("\n".join(lines) + "\n")
    summary = process(["-"], db_path=tmp_path / "es.db", stdin=stream)
    assert summary.articles == 2
    assert summary.unread == (("es", 1),)
    assert summary.line().endswith("; 1 article in Spanish not read")


@pytest.mark.parametrize(
    ("unread", "tail"),
    [
        ((), " 1 event"),
        ((("es", 1),), "; 1 article in Spanish not read"),
        ((("fr", 2), ("es", 1)), "; 2 articles in French, 1 article in Spanish not read"),
    ],
)
def test_summary_line_names_unread_languages(
    unread: tuple[tuple[str, int], ...], tail: str
) -> None:
    summary = RunSummary(
        read=3, rejected=0, skipped=0, articles=3, claims=0, events=1, unread=unread
    )
    assert summary.line().endswith(tail)


@pytest.mark.parametrize(
    ("unsupported", "tail"),
    [
        ((), " 1 event"),
        (((".pdf", 1),), "; 1 file of other types not read (1 .pdf)"),
        (
            ((".pdf", 2), ("", 1)),
            "; 3 files of other types not read (2 .pdf, 1 with no suffix)",
        ),
    ],
)
def test_summary_line_names_the_files_of_other_types(
    unsupported: tuple[tuple[str, int], ...], tail: str
) -> None:
    summary = RunSummary(
        read=3, rejected=0, skipped=0, articles=3, claims=0, events=1, unsupported=unsupported
    )
    assert summary.line().endswith(tail)


def test_a_run_counts_the_files_of_other_types_in_its_folders(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "in" / "scan.PDF").write_bytes(b"%PDF-1.4")
    summary = process([tmp_path / "in"], db_path=tmp_path / "t.db")
    assert (summary.read, summary.unsupported) == (0, ((".pdf", 2),))
    assert summary.line().endswith("; 2 files of other types not read (2 .pdf)")


# -- what a run counts and keeps ----------------------------------------------------------


def kordak_line(**fields: str) -> str:
    """One invented JSONL report (a clash at the invented village of Kordak)."""
    text = (
        "Two Kyrgyz soldiers were killed near Kordak on Monday, the Kyrgyzstan Ministry of "
        "Defence said. The fighting lasted three hours."
    )
    return json.dumps({"text": text, "published": "2026-05-05", **fields}) + "\n"


def test_two_identical_lines_are_one_new_article(tmp_path: Path) -> None:
    path = tmp_path / "twice.jsonl"
    path.write_text(kordak_line(id="k1") * 2, encoding="utf-8")
    summary = process([path], db_path=tmp_path / "t.db")
    assert (summary.read, summary.skipped, summary.articles) == (2, 1, 1)
    assert "1 already stored; 1 new article, " in summary.line()
    with Store.open(tmp_path / "t.db") as store:
        assert store.counts()["articles"] == 1


def test_a_rejected_input_that_is_fixed_leaves_no_rejected_row(tmp_path: Path) -> None:
    lines, empty, other = tmp_path / "in.jsonl", tmp_path / "late.txt", tmp_path / "other.txt"
    lines.write_text(kordak_line(id="k1") + '{"id": "k2", "text": "cut off\n', encoding="utf-8")
    empty.write_bytes(b"")
    other.write_bytes(b"\x00binary")
    db = tmp_path / "t.db"
    first = process([lines, empty, other], db_path=db)
    assert first.rejected == 3
    # The line and the empty file are fixed; the binary file is not read again.
    lines.write_text(kordak_line(id="k1") + kordak_line(id="k2", url="u2"), encoding="utf-8")
    empty.write_text(kordak_line().replace('"', "")[:300], encoding="utf-8")
    second = process([lines, empty], db_path=db)
    assert second.rejected == 0
    with Store.open(db) as store:
        assert [r.location for r in store.rejected()] == [str(other)]
        assert store.counts()["articles"] == 3


def test_a_revised_article_replaces_the_stored_one(tmp_path: Path) -> None:
    """Same input id and url, a corrected text: one article, the new claims only."""
    path, db = tmp_path / "in.jsonl", tmp_path / "t.db"
    same = {"id": "k1", "url": "https://valley.example/kordak"}
    path.write_text(kordak_line(**same), encoding="utf-8")
    process([path], db_path=db)
    revised = kordak_line(**same).replace("Two Kyrgyz", "Three Kyrgyz")
    path.write_text(revised, encoding="utf-8")
    summary = process([path], db_path=db)
    assert (summary.articles, summary.revised) == (0, 1)
    assert "; 0 new articles, 1 revised, " in summary.line()
    with Store.open(db) as store:
        (article,) = store.articles()
        assert article.text.startswith("Three Kyrgyz")
        assert {c.count for c in store.claims()} == {3}
        assert {c.article_id for c in store.claims()} == {article.id}
        assert store.counts()["event_articles"] == 1
    again = process([path], db_path=db)
    assert (again.skipped, again.articles, again.revised) == (1, 0, 0)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ({"id": "k1"}, {"id": "k1"}),  # no url: numbered ids of two files may collide
        ({"id": "k1", "url": "https://a.example/1"}, {"id": "k1", "url": "https://a.example/2"}),
        ({"url": "https://a.example/1"}, {"url": "https://a.example/1"}),
    ],
)
def test_without_the_same_id_and_url_another_text_is_another_article(
    tmp_path: Path, first: dict[str, str], second: dict[str, str]
) -> None:
    path = tmp_path / "in.jsonl"
    other = kordak_line(**second).replace("Two Kyrgyz", "Three Kyrgyz")
    path.write_text(kordak_line(**first) + other, encoding="utf-8")
    summary = process([path], db_path=tmp_path / "t.db")
    assert (summary.articles, summary.revised) == (2, 0)


def test_progress_advances_once_per_input_up_to_the_counted_total(tmp_path: Path) -> None:
    from fogofwar.ingest import count_inputs

    corpus = make_corpus(tmp_path / "in")
    (corpus / "twice.jsonl").write_text(kordak_line(id="k9") * 2, encoding="utf-8")
    steps: list[int] = []
    summary = process([corpus], db_path=tmp_path / "t.db", progress=steps.append)
    assert sum(steps) == summary.read == count_inputs([corpus])


# -- kill -9 and resume -------------------------------------------------------------------

KILL_ARTICLES = 300
VILLAGES = ("Kordak", "Tashbel", "Uzunsai", "Karabura", "Jolbors", "Sarykol", "Ak-Tash")
OUTLETS = ("Pamir Wire", "Valley Times", "Steppe Courier", "Border Herald", "Highland Post")
WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven")


def invented_report(number: int) -> dict[str, str]:
    """One short invented report; every one differs, so every one is its own article."""
    village = VILLAGES[number % len(VILLAGES)]
    return {
        "id": f"gen-{number:03d}",
        "outlet": OUTLETS[number % len(OUTLETS)],
        "published": f"2026-06-{1 + number % 27:02d}",
        "title": f"Clash near {village}, report {number}",
        "text": (
            f"{WORDS[number % len(WORDS)].capitalize()} Kyrgyz soldiers were killed and "
            f"{number % 9 + 1} were wounded in a clash near {village} in report {number}, "
            "the Kyrgyzstan Ministry of Defence said. "
            f"The ministry said the fighting near {village} lasted {number % 5 + 2} hours. "
            f"Tajikistan said {number % 4 + 1} of its border guards died."
        ),
    }


def write_big_corpus(path: Path) -> int:
    """KILL_ARTICLES reports in one JSONL file, with a malformed line every 100; returns
    the number of malformed lines."""
    bad = 0
    with path.open("w", encoding="utf-8") as f:
        for number in range(KILL_ARTICLES):
            f.write(json.dumps(invented_report(number)) + "\n")
            if number % 100 == 50:
                f.write(f'{{"id": "cut-{number}", "text": "never closed\n')
                bad += 1
    return bad


def stored_articles(db: Path) -> int:
    """Articles committed so far, read without writing (0 while the schema is missing)."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def claims_by_article(db: Path) -> dict[str, set[str]]:
    with Store.open(db) as store:
        found: dict[str, set[str]] = {a.id: set() for a in store.articles()}
        for claim in store.claims():
            found[claim.article_id].add(claim.id)
    return found


def fogofwar_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "fogofwar", *args]


def test_a_run_killed_with_sigkill_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    corpus = tmp_path / "big.jsonl"
    malformed = write_big_corpus(corpus)
    killed_db, clean_db = tmp_path / "killed.db", tmp_path / "clean.db"
    args = ("process", str(corpus), "--db", str(killed_db), "--batch-size", "2", "--quiet")

    # 1. Start a run, wait until it has committed a few articles, and kill it hard.
    log = tmp_path / "killed.stderr"
    with log.open("wb") as stderr:
        run = subprocess.Popen(fogofwar_command(*args), stdout=subprocess.DEVNULL, stderr=stderr)
        try:
            deadline = time.monotonic() + 120
            while stored_articles(killed_db) < 5:
                assert run.poll() is None, f"run ended before it was killed: {log.read_text()}"
                assert time.monotonic() < deadline, "no article was stored within 120 s"
                time.sleep(0.01)
            os.kill(run.pid, signal.SIGKILL)
        finally:
            if run.poll() is None:
                run.kill()
            run.wait(timeout=60)
    assert run.returncode == -signal.SIGKILL
    partial = claims_by_article(killed_db)
    assert 5 <= len(partial) < KILL_ARTICLES, "the run finished before it could be killed"

    # 2. The reference: one uninterrupted run on a fresh database.
    process([corpus], db_path=clean_db, settings=Settings())
    clean = claims_by_article(clean_db)
    assert len(clean) == KILL_ARTICLES

    # 3. What the killed run committed is whole: every article with all of its claims.
    for article_id, claim_ids in partial.items():
        assert claim_ids == clean[article_id], article_id

    # 4. Resume to completion: what was stored is skipped, the rest is done once.
    resumed = subprocess.run(fogofwar_command(*args), capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    summary = resumed.stdout.splitlines()[0]
    read = KILL_ARTICLES + malformed
    # The transaction being committed when the kill landed may have reached the log without
    # the first reader seeing it: SQLite keeps it whole or drops it whole, and the resumed
    # run may find that batch (--batch-size 2: one transaction) stored too. Nothing is ever
    # half there (step 3, above).
    stored = re.match(rf"{read} read, {malformed} rejected, (\d+) already stored", summary)
    assert stored is not None, summary
    already = int(stored[1])
    assert len(partial) <= already <= len(partial) + 2, summary
    assert f"{KILL_ARTICLES - already} new articles" in summary

    assert claims_by_article(killed_db) == clean
    after, reference = snapshot(killed_db), snapshot(clean_db)
    assert after["counts"] == reference["counts"]
    for table in ("articles", "claims", "rejected", "events", "estimates"):
        assert after[table] == reference[table], table
    with Store.open(killed_db) as store:
        external = [a.external_id for a in store.articles()]
    assert sorted(external) == sorted(f"gen-{n:03d}" for n in range(KILL_ARTICLES))
