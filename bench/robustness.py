"""Re-run issue 12's adversarial reproductions against the `fogofwar` command and print
what each does now, as a Markdown table (docs/robustness.md quotes a run).

    python bench/robustness.py [--only N...] [--out DIR] [--corpus DIR]

Each case builds its input from the issue's description (invented text; case 1 inserts
poison lines into the first 7 dev clusters, read through `goldeval.py input`, when
`../shared` is there), runs `python -m fogofwar` in a subprocess with a time limit, and
reports the exit status, whether a traceback was printed, how many lines stderr had,
seconds, the subprocess's peak RSS (wait4), and what the database holds. Cases that need
root (a tmpfs for the full disk, a read-only bind mount) say so when they cannot mount.
Bounded: no case runs longer than its limit (at most 600 s, five 990 KB articles); nothing
listens on a port.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from setup_path import GOLD  # noqa: E402
from templates import generate_articles  # noqa: E402

GOLDEVAL = HERE.parent.parent / "shared" / "eval" / "goldeval.py"
SENTENCE = "Two Westmark soldiers were killed near Dorn on Tuesday, the Westmark army said."


@dataclass
class Run:
    code: int | None  # None: killed at the time limit
    seconds: float
    rss_mb: float
    stdout: str
    stderr: str

    @property
    def traceback(self) -> bool:
        return "Traceback" in self.stderr

    def brief(self) -> str:
        code = "killed at the limit" if self.code is None else f"exit {self.code}"
        lines = len(self.stderr.strip().splitlines())
        bits = [code, f"{self.seconds:.1f} s", f"{self.rss_mb:.0f} MB"]
        bits.append("traceback" if self.traceback else f"{lines} stderr line(s)")
        return ", ".join(bits)


def fogofwar(*args: str, limit: float = 300, cwd: Path | None = None) -> Run:
    """`python -m fogofwar ARGS`, killed after `limit` seconds; peak RSS from wait4."""
    started = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "fogofwar", *args],
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            cwd=cwd,
        )
        timer = threading.Timer(limit, lambda: proc.send_signal(signal.SIGKILL))
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        return Run(
            code=None if killed else proc.returncode,
            seconds=time.monotonic() - started,
            rss_mb=usage.ru_maxrss / 1024,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
        )


def count(db: Path, sql: str) -> int | str:
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
            return conn.execute(sql).fetchone()[0]
    except sqlite3.Error as exc:
        return f"({exc})"


def stored(db: Path) -> str:
    parts = [
        f"{count(db, 'SELECT count(*) FROM articles')} articles",
        f"{count(db, 'SELECT count(*) FROM rejected')} rejected",
        f"{count(db, 'SELECT count(*) FROM events')} events",
        f"{count(db, 'SELECT count(*) FROM runs')} runs rows",
    ]
    return ", ".join(parts)


def jsonl(path: Path, objects: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(o) + "\n" for o in objects), encoding="utf-8")
    return path


def article(n: int, text: str = SENTENCE, **more: object) -> dict[str, object]:
    return {"id": f"case-{n}", "text": f"Clash at Dorn\n\n{text}", **more}


@dataclass
class Case:
    number: str
    what: str
    run: Callable[[Path], str]
    needs_root: bool = False
    notes: list[str] = field(default_factory=list)


# -- the cases ------------------------------------------------------------------------------

POISONS = [
    "99999999999999999999 soldiers were killed",
    f"{2**63} soldiers were killed",
    "1,000,000,000,000,000,000,000,000,000,000 soldiers were killed",
    "9" * 400 + " soldiers were killed",
    "9" * 400 + ".5 thousand soldiers were killed",
]


def case_poison(work: Path) -> str:
    base: list[str] = []
    if GOLDEVAL.is_file() and GOLD.is_dir():
        files = sorted(map(str, GOLD.glob("*.json")))[:7]
        out = subprocess.run(
            [sys.executable, str(GOLDEVAL), "input", *files],
            check=True,
            capture_output=True,
            text=True,
        )
        base = out.stdout.splitlines()
    poison = [
        json.dumps(article(90 + i, f"{p} near Dorn, the army said.")) for i, p in enumerate(POISONS)
    ]
    lines = base[:29] + poison + base[29:]
    (work / "dev.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    first = fogofwar("process", str(work / "dev.jsonl"), "--db", str(work / "p.db"), "--quiet")
    again = fogofwar("process", str(work / "dev.jsonl"), "--db", str(work / "p.db"), "--quiet")
    big = count(work / "p.db", "SELECT count(*) FROM claims WHERE count > 1000000000")
    return (
        f"{len(base)} dev lines + 5 poison lines at line 30: {first.brief()}; "
        f"{stored(work / 'p.db')}; claims over 10^9: {big}; re-run {again.brief()}, "
        f"`{again.stdout.strip().splitlines()[-2] if again.stdout.strip() else ''}`"
    )


def case_surrogates(work: Path) -> str:
    (work / "s.json").write_text(
        '{"id": "s1", "title": "Dorn \\ud800", "text": "Clash\\n\\n\\udfff ' + SENTENCE + '"}',
        encoding="utf-8",
    )
    (work / "s.jsonl").write_text(
        '{"id": "s2", "text": "\\ud800 '
        + SENTENCE
        + '"}\n'
        + json.dumps(article(3, SENTENCE.replace("Two", "Three")))
        + "\n"
        + json.dumps(article(4, SENTENCE.replace("Two", "Four")))
        + "\n",
        encoding="utf-8",
    )
    run = fogofwar(
        "process", str(work / "s.json"), str(work / "s.jsonl"), "--db", str(work / "s.db")
    )
    return f"{run.brief()}; {stored(work / 's.db')} (4 inputs)"


def case_long(work: Path) -> str:
    results = []
    (work / "big.txt").write_text(("x" * 79 + "\n") * 15_000, encoding="utf-8")  # 1.2 MB
    run = fogofwar("process", str(work / "big.txt"), "--db", str(work / "l1.db"), "--quiet")
    results.append(f"1.2 MB .txt: {run.brief()}, {stored(work / 'l1.db')}")
    with (work / "huge.txt").open("w", encoding="utf-8") as handle:
        for _ in range(1250):
            handle.write((SENTENCE + "\n") * 1000)  # 100 MB
    run = fogofwar("process", str(work / "huge.txt"), "--db", str(work / "l2.db"), "--quiet")
    results.append(f"100 MB .txt: {run.brief()}, {stored(work / 'l2.db')}")
    (work / "huge.txt").unlink()
    line = json.dumps(article(5, (SENTENCE + " ") * 620_000))  # 50 MB
    (work / "line.jsonl").write_text(line + "\n" + json.dumps(article(6)) + "\n", encoding="utf-8")
    run = fogofwar("process", str(work / "line.jsonl"), "--db", str(work / "l3.db"), "--quiet")
    results.append(f"50 MB JSONL line + 1 valid: {run.brief()}, {stored(work / 'l3.db')}")
    (work / "line.jsonl").unlink()
    (work / "990k.txt").write_text(long_report(12), encoding="utf-8")
    run = fogofwar("process", str(work / "990k.txt"), "--db", str(work / "l4.db"), limit=400)
    results.append(f"one 990 KB article: {run.brief()}, {stored(work / 'l4.db')}")
    db = work / "l5.db"
    run = fogofwar("process", str(work / "990k.txt"), "--db", str(db), "--workers", "0", limit=400)
    results.append(f"the same with --workers 0: {run.brief()}, {stored(db)}")
    return "; ".join(results)


def long_report(seed: int, size: int = 990_000) -> str:
    """An honest report of `size` characters: invented reports of many clashes (bench's
    templates) one after the other, as the issue's 990 KB article."""
    texts, total = [], 0
    for item in generate_articles(4000, seed=seed):
        texts.append(str(item["text"]))
        total += len(texts[-1]) + 2
        if total > size:
            break
    return "Clash\n\n" + "\n\n".join(texts)[:size]


def case_five_long(work: Path) -> str:
    """Issue 12: five 990 KB articles in one run took 15 GB and over 10 minutes."""
    folder = work / "five"
    folder.mkdir(exist_ok=True)
    for seed in range(12, 17):
        (folder / f"990k-{seed}.txt").write_text(long_report(seed), encoding="utf-8")
    db = work / "five.db"
    run = fogofwar("process", str(folder), "--db", str(db), "--quiet", limit=600)
    claims = count(db, "SELECT count(*) FROM claims")
    return f"five 990 KB articles (2 workers): {run.brief()}, {stored(db)}, {claims} claims"


def case_quadratic(work: Path) -> str:
    results = []
    shapes = {
        # the shapes of tests/test_robustness.py: dates the tagger reads and counts of people
        "mixed": lambda i: f"from {i} to {i + 5}" if i % 2 else f"{i % 90 + 2} soldiers",
        "bare": lambda i: str(i % 997 + 1),  # "numbering 1, 2, 3, ..."
    }
    for shape, item in shapes.items():
        for n in (40_000, 100_000):
            listed = ", ".join(item(i) for i in range(n))
            path = work / f"{shape}{n}.txt"
            lead = "The ministry said " if shape == "mixed" else "The army said soldiers numbering "
            path.write_text(f"Clash\n\n{lead}{listed} were killed near Dorn.", encoding="utf-8")
            db = work / f"q{shape}{n}.db"
            run = fogofwar("process", str(path), "--db", str(db), "--quiet")
            claims = count(db, "SELECT count(*) FROM claims")
            results.append(
                f"{n:,} numbers in a sentence ({shape}): {run.brief()}, {stored(db)}, {claims} claims"
            )
            if run.code is None:
                break  # the larger one would only be killed too
    # a text still over its budget: 100,000 bare figures under a budget made small (10 s
    # a part, at most 20 s), stopped in each place the work can run
    (work / "small-budget.toml").write_text(
        "article_seconds = 10\nmax_article_seconds = 20\n", encoding="utf-8"
    )
    hostile = str(work / "bare100000.txt")
    for where in (
        ["--workers", "1"],
        ["--workers", "0"],
        ["--scheduler", "local", "--workers", "1"],
    ):
        db = work / f"stop{len(results)}.db"
        config = ["--config", str(work / "small-budget.toml")]
        run = fogofwar("process", hostile, "--db", str(db), *config, *where, "--quiet")
        problem = count(db, "SELECT problem FROM rejected")
        results.append(
            f"100,000 bare figures, budget 20 s, {' '.join(where)}: {run.brief()}, {problem}"
        )
    attrs = " ".join(f'a{i}="1"' for i in range(200_000))
    (work / "attrs.html").write_text(
        f"<html><body><article><p {attrs}>{SENTENCE}</p></article></body></html>",
        encoding="utf-8",
    )
    run = fogofwar("process", str(work / "attrs.html"), "--db", str(work / "qa.db"), "--quiet")
    results.append(
        f"HTML with 200,000 attributes on one tag: {run.brief()}, {stored(work / 'qa.db')}"
    )
    return "; ".join(results)


def case_folders(work: Path) -> str:
    folder = work / "folder"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "valid.txt").write_text("Clash\n\n" + SENTENCE, encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as handle:
        handle.write(("Clash\n\n" + SENTENCE.replace("Two", "Three")).encode())
    run = fogofwar("process", str(folder), "--db", str(work / "f.db"), "--quiet", limit=120)
    return f"FIFO + non-UTF-8 name + valid file: {run.brief()}; {stored(work / 'f.db')}"


def case_long_id(work: Path) -> str:
    path = work / "id.jsonl"
    path.write_text(
        '{"id": ' + "7" * 5000 + ', "text": "' + SENTENCE + '"}\n' + json.dumps(article(7)) + "\n",
        encoding="utf-8",
    )
    run = fogofwar("process", str(path), "--db", str(work / "i.db"), "--quiet")
    return f"{run.brief()}; {stored(work / 'i.db')} (2 lines)"


def _run_into(runs: list[Run], *args: str) -> None:
    runs.append(fogofwar(*args, "--quiet"))


@contextlib.contextmanager
def mounted(where: Path, *options: str, source: str = "tmpfs") -> Iterator[bool]:
    where.mkdir(parents=True, exist_ok=True)
    kind = ["-t", "tmpfs"] if source == "tmpfs" else ["--bind"]
    ok = (
        subprocess.run(
            ["mount", *kind, *options, source, str(where)], capture_output=True
        ).returncode
        == 0
    )
    try:
        yield ok
    finally:
        if ok:
            subprocess.run(["umount", str(where)], capture_output=True)


def case_storage(work: Path) -> str:
    results = []
    examples = str(HERE.parent / "examples")
    # two runs at once, three trials
    outcomes = []
    for trial in range(3):
        db = work / f"two{trial}.db"
        runs: list[Run] = []
        threads = [
            threading.Thread(target=_run_into, args=(runs, "process", examples, "--db", str(db)))
            for _ in range(2)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        outcomes.append(
            "/".join(str(r.code) for r in runs)
            + (" traceback" if any(r.traceback for r in runs) else "")
        )
    results.append(
        f"two runs at once, 3 trials: exits {', '.join(outcomes)}; last db {stored(work / 'two2.db')}"
    )
    # another connection holding an exclusive lock past the 60 s busy timeout
    db = work / "held.db"
    fogofwar("process", examples, "--db", str(db), "--quiet")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    run = fogofwar("process", examples, "--db", str(db), "--quiet", limit=200)
    holder.close()
    results.append(
        f"exclusive lock held by another connection: {run.brief()}: `{run.stderr.strip()[:110]}`"
    )
    # disk full at several fill levels, then export to a full disk
    with mounted(work / "full", "-o", "size=4m") as ok:
        if not ok:
            results.append("disk full: not run (mount -t tmpfs needs root)")
        else:
            levels = []
            for free_kb in (16, 64, 256, 1024):
                for leftover in (work / "full").iterdir():
                    leftover.unlink()
                filler = work / "full" / "filler"
                filler.write_bytes(b"\0" * (4096 - free_kb) * 1024)
                run = fogofwar("process", examples, "--db", str(work / "full" / "d.db"), "--quiet")
                levels.append(f"{free_kb} KB free: {run.brief()}")
            results.append("disk full: " + "; ".join(levels))
            for leftover in (work / "full").iterdir():
                leftover.unlink()
            fogofwar("process", examples, "--db", str(work / "e.db"), "--quiet")
            (work / "full" / "filler").write_bytes(b"\0" * (4096 - 8) * 1024)
            run = fogofwar(
                "export",
                "--db",
                str(work / "e.db"),
                "--format",
                "goldeval",
                "--out",
                str(work / "full" / "g"),
            )
            results.append(
                f"export goldeval to a full disk: {run.brief()}: `{run.stderr.strip()[:100]}`"
            )
    # corrupted pages
    good = work / "e.db"
    if not good.exists():
        fogofwar("process", examples, "--db", str(good), "--quiet")
    bad = work / "bad.db"
    data = bytearray(good.read_bytes())
    for offset in range(8192, min(len(data), 8192 * 6), 512):
        data[offset : offset + 64] = b"\xa5" * 64
    bad.write_bytes(bytes(data))
    run = fogofwar("process", examples, "--db", str(bad), "--quiet")
    rep = fogofwar("report", "--db", str(bad), "--out", str(work / "bad.html"))
    results.append(
        f"corrupted pages: process {run.brief()}, report {rep.brief()}: `{(run.stderr or rep.stderr).strip()[:100]}`"
    )
    # a read-only database (root ignores file modes: a read-only bind mount)
    ro_src = work / "ro_src"
    ro_src.mkdir()
    (ro_src / "r.db").write_bytes(good.read_bytes())
    with mounted(work / "ro", "-o", "ro", source=str(ro_src)) as ok:
        if ok:
            subprocess.run(
                ["mount", "-o", "remount,ro,bind", str(work / "ro")], capture_output=True
            )
        if not ok:
            results.append("read-only database: not run (mount --bind needs root)")
        else:
            run = fogofwar("process", examples, "--db", str(work / "ro" / "r.db"), "--quiet")
            rep = fogofwar(
                "report", "--db", str(work / "ro" / "r.db"), "--out", str(work / "ro.html")
            )
            exp = fogofwar(
                "export",
                "--db",
                str(work / "ro" / "r.db"),
                "--format",
                "acled",
                "--out",
                str(work / "ro.csv"),
            )
            results.append(
                f"read-only mount: process {run.brief()} `{run.stderr.strip()[:90]}`; "
                f"report {rep.brief()}; export {exp.brief()}"
            )
    # a tampered schema
    for name, sql in (
        ("dropped", "DROP TABLE estimates"),
        ("renamed", "ALTER TABLE claims RENAME COLUMN count TO n"),
    ):
        db = work / f"{name}.db"
        db.write_bytes(good.read_bytes())
        with contextlib.closing(sqlite3.connect(db)) as conn:
            conn.execute(sql)
            conn.commit()
        run = fogofwar("report", "--db", str(db), "--out", str(work / f"{name}.html"))
        results.append(
            f"tampered schema ({sql}): report {run.brief()}: `{run.stderr.strip()[:100]}`"
        )
    return "; ".join(results)


def case_smaller(work: Path) -> str:
    results = []
    run = fogofwar("process")
    results.append(f"usage error: {run.brief()}: `{run.stderr.strip()}`")
    (work / "nan.toml").write_text("event_similarity = nan\n", encoding="utf-8")
    (work / "a.txt").write_text("Clash\n\n" + SENTENCE, encoding="utf-8")
    run = fogofwar(
        "process",
        str(work / "a.txt"),
        "--db",
        str(work / "n.db"),
        "--config",
        str(work / "nan.toml"),
    )
    results.append(f"event_similarity = nan: {run.brief()}: `{run.stderr.strip()}`")
    line = json.dumps(article(8))
    (work / "twice.jsonl").write_text(line + "\n" + line + "\n", encoding="utf-8")
    run = fogofwar("process", str(work / "twice.jsonl"), "--db", str(work / "t.db"))
    results.append(
        f"two identical JSONL lines: `{run.stdout.strip().splitlines()[-2]}`; {stored(work / 't.db')}"
    )
    (work / "fix.json").write_text('{"text": ', encoding="utf-8")
    fogofwar("process", str(work / "fix.json"), "--db", str(work / "fx.db"), "--quiet")
    before = count(work / "fx.db", "SELECT count(*) FROM rejected")
    (work / "fix.json").write_text(json.dumps(article(9)), encoding="utf-8")
    fogofwar("process", str(work / "fix.json"), "--db", str(work / "fx.db"), "--quiet")
    after = count(work / "fx.db", "SELECT count(*) FROM rejected")
    results.append(f"input fixed after a rejection: rejected rows {before} -> {after}")
    first = article(10, url="https://dorn.example/1")
    revised = article(10, SENTENCE.replace("Two", "Three"), url="https://dorn.example/1")
    jsonl(work / "v1.jsonl", [first])
    jsonl(work / "v2.jsonl", [revised])
    fogofwar("process", str(work / "v1.jsonl"), "--db", str(work / "v.db"), "--quiet")
    run = fogofwar("process", str(work / "v2.jsonl"), "--db", str(work / "v.db"))
    results.append(
        f"revised article (same id and url): `{run.stdout.strip().splitlines()[-2]}`; {count(work / 'v.db', 'SELECT count(*) FROM articles')} stored"
    )
    jsonl(work / "w.jsonl", [article(11, title='＝HYPERLINK("http://x.example")')])
    fogofwar("process", str(work / "w.jsonl"), "--db", str(work / "w.db"), "--quiet")
    fogofwar(
        "export", "--db", str(work / "w.db"), "--format", "claims-csv", "--out", str(work / "w.csv")
    )
    cell = next(
        (c for c in (work / "w.csv").read_text(encoding="utf-8").split(",") if "HYPERLINK" in c), ""
    )
    results.append(f"fullwidth ＝ title in claims CSV: cell `{cell.strip()[:12]}...`")
    return "; ".join(results)


CASES = [
    Case("1", "a poison figure in the dev JSONL", case_poison),
    Case("2", "lone surrogates in JSON and JSONL", case_surrogates),
    Case("3", "articles over 1,000,000 characters", case_long),
    Case("3b", "five 990 KB articles in one run", case_five_long),
    Case("4", "quadratic work", case_quadratic),
    Case("5", "folders: a FIFO, a non-UTF-8 file name", case_folders),
    Case("6", "a JSONL line whose id has 5,000 digits", case_long_id),
    Case("7", "database and OS errors", case_storage, needs_root=True),
    Case("8", "smaller", case_smaller),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", help="case numbers to run (default: all)")
    parser.add_argument("--out", type=Path, help="keep the inputs and databases here")
    args = parser.parse_args(argv)
    print("| # | case | what happens now (measured) |")
    print("| --- | --- | --- |")
    with tempfile.TemporaryDirectory(prefix="fogofwar-robust-") as scratch:
        root = args.out or Path(scratch)
        for case in CASES:
            if args.only and case.number not in args.only:
                continue
            work = root / f"case{case.number}"
            work.mkdir(parents=True, exist_ok=True)
            try:
                outcome = case.run(work)
            except Exception as exc:  # a case that cannot be built is reported, not hidden
                outcome = f"could not run: {type(exc).__name__}: {exc}"
            print(f"| {case.number} | {case.what} | {outcome.replace('|', '/')} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
