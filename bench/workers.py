"""How much faster is a whole run with more worker processes?

    python bench/workers.py [--articles N] [--workers 1 2] [--repeats R] [--json]

Builds the invented corpus (bench/templates.py) once, then times the whole command,
`fogofwar process CORPUS --db FRESH.db --workers W --quiet`, as a fresh subprocess for
each W, the W interleaved (1, 2, 1, 2, ...) so that a change in the machine's load hits
all of them alike; reports the median of `--repeats` runs per W, the throughput
(articles/s) and each W's speed-up over the first. Model loading, reading, storing and
grouping are all inside the figure: it is what a user waits for. The target (issue 15):
2 workers at least 1.6x the throughput of 1 on a 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TARGET_SPEEDUP = 1.6  # --workers 2 against --workers 1

sys.path.insert(0, str(HERE))
from templates import generate_articles, write_jsonl  # noqa: E402


def _fogofwar() -> list[str]:
    """The installed command, else the package run from src/."""
    installed = Path(sys.executable).parent / "fogofwar"
    if installed.exists():
        return [str(installed)]
    return [sys.executable, "-m", "fogofwar"]


def time_run(corpus: Path, *, db: Path, workers: int) -> dict[str, Any]:
    """One whole `process` run into a fresh database: seconds and its summary line."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    command = [*_fogofwar(), "process", str(corpus), "--db", str(db)]
    command += ["--workers", str(workers), "--quiet"]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"fogofwar process failed: {done.stderr.strip()}")
    return {"seconds": seconds, "summary": done.stdout.splitlines()[0]}


def measure(
    corpus: Path, *, articles: int, workers: list[int], repeats: int, out: Path
) -> dict[str, Any]:
    runs: dict[int, list[float]] = {w: [] for w in workers}
    summaries: dict[int, str] = {}
    for _ in range(repeats):
        for w in workers:
            result = time_run(corpus, db=out / f"workers{w}.db", workers=w)
            runs[w].append(result["seconds"])
            summaries[w] = result["summary"]
    base = statistics.median(runs[workers[0]])
    figures: dict[str, Any] = {
        "articles": articles,
        "cores": os.cpu_count(),
        "load_average_after": os.getloadavg()[0],
        "workers": {},
    }
    for w in workers:
        median = statistics.median(runs[w])
        figures["workers"][w] = {
            "seconds": runs[w],
            "median_seconds": median,
            "articles_per_second": articles / median,
            "speedup": base / median,
            "summary": summaries[w],
        }
    if 1 in runs and 2 in runs:
        speedup = statistics.median(runs[1]) / statistics.median(runs[2])
        figures["target"] = {
            "speedup_2_over_1": speedup,
            "target": TARGET_SPEEDUP,
            "met": speedup >= TARGET_SPEEDUP,
        }
    return figures


def print_human(figures: dict[str, Any]) -> None:
    print(
        f"{figures['articles']} articles, {figures['cores']} cores "
        f"(load average after: {figures['load_average_after']:.2f})"
    )
    for w, result in figures["workers"].items():
        runs = ", ".join(f"{s:.1f}" for s in result["seconds"])
        print(
            f"--workers {w}: median {result['median_seconds']:6.1f} s "
            f"({result['articles_per_second']:5.1f} articles/s, x{result['speedup']:.2f}) "
            f"runs {runs}"
        )
    target = figures.get("target")
    if target:
        verdict = "met" if target["met"] else "NOT met"
        print(
            f"--workers 2 / --workers 1 throughput: {target['speedup_2_over_1']:.2f} "
            f"(target >= {target['target']}: {verdict})"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="corpus size (default 1000)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="default 1 2")
    parser.add_argument("--repeats", type=int, default=3, help="runs per setting (default 3)")
    parser.add_argument("--seed", type=int, default=0, help="corpus RNG seed (default 0)")
    parser.add_argument("--out", type=Path, help="keep the corpus and databases here")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--check", action="store_true", help="exit 1 if the target is missed")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="fogofwar-workers-") as tmp:
        out = args.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        corpus = write_jsonl(generate_articles(args.articles, seed=args.seed), out / "bench.jsonl")
        figures = measure(
            corpus, articles=args.articles, workers=args.workers, repeats=args.repeats, out=out
        )
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print_human(figures)
    missed = args.check and not figures.get("target", {}).get("met", True)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
