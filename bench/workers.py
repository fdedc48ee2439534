"""How much faster is a whole run with more worker processes?

    python bench/workers.py [--articles N] [--workers 1 2] [--repeats R] [--json]

Builds the corpus once (bench/realistic.py: rewritten dev reports; bench/templates.py when
../shared is absent), then times a whole run, `fogofwar.pipeline.process(CORPUS,
db_path=FRESH.db, workers=W)` in a fresh interpreter for each W, the W interleaved (1, 2,
1, 2, ...) so that a change in the machine's load hits all of them alike; reports the
median of `--repeats` runs per W, the throughput (articles/s) and each W's speed-up over
the first. Model loading (in the workers), reading, storing and grouping are all inside
the figure: it is what a user waits for. The target (issue 15): 2 workers at least 1.6x
the throughput of 1 on a 2-core machine.

On a machine shared with other work the wall-clock speed-up says as much about the
others' load as about fogofwar, so each run also reports its CPU time (the driver's, and
the workers' together) and, from it, what the run would take on an otherwise idle
machine: the larger of the workers' CPU time spread over the workers and all CPU time
spread over the cores. That estimate is labelled as one.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
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
from realistic import generate_realistic  # noqa: E402
from setup_path import import_fogofwar  # noqa: E402
from templates import generate_articles, write_jsonl  # noqa: E402


def _child(corpus: Path, *, db: Path, workers: int) -> dict[str, Any]:
    """One whole run in this process: wall time, the driver's CPU and the workers'."""
    import_fogofwar()
    from fogofwar.pipeline import process

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    summary = process([corpus], db_path=db, workers=workers)
    seconds = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # the workers, reaped
    return {
        "seconds": seconds,
        "driver_cpu": own.ru_utime + own.ru_stime,
        "workers_cpu": children.ru_utime + children.ru_stime,
        "summary": summary.line(),
    }


def time_run(corpus: Path, *, db: Path, workers: int) -> dict[str, Any]:
    """One whole run, model loading included, in a fresh interpreter."""
    command = [sys.executable, __file__, "--child", str(workers), "--corpus", str(corpus)]
    command += ["--db", str(db)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"run with --workers {workers} failed: {done.stderr.strip()}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _idle_estimate(result: dict[str, Any], *, workers: int, cores: int) -> float:
    """Seconds the run would take on an otherwise idle machine, from its CPU time: the
    workers' work spread over them, and all of it (driver too) over the cores."""
    return max(
        result["workers_cpu"] / workers, (result["driver_cpu"] + result["workers_cpu"]) / cores
    )


def measure(
    corpus: Path, *, articles: int, workers: list[int], repeats: int, out: Path
) -> dict[str, Any]:
    cores = os.cpu_count() or 1
    runs: dict[int, list[dict[str, Any]]] = {w: [] for w in workers}
    for _ in range(repeats):
        for w in workers:
            runs[w].append(time_run(corpus, db=out / f"workers{w}.db", workers=w))
    figures: dict[str, Any] = {
        "articles": articles,
        "cores": cores,
        "load_average_after": os.getloadavg()[0],
        "workers": {},
    }
    medians = {w: statistics.median(r["seconds"] for r in runs[w]) for w in workers}
    idle = {
        w: statistics.median(_idle_estimate(r, workers=w, cores=cores) for r in runs[w])
        for w in workers
    }
    for w in workers:
        figures["workers"][w] = {
            "seconds": [r["seconds"] for r in runs[w]],
            "median_seconds": medians[w],
            "articles_per_second": articles / medians[w],
            "speedup": medians[workers[0]] / medians[w],
            "driver_cpu": statistics.median(r["driver_cpu"] for r in runs[w]),
            "workers_cpu": statistics.median(r["workers_cpu"] for r in runs[w]),
            "idle_estimate_seconds": idle[w],
            "summary": runs[w][-1]["summary"],
        }
    if 1 in runs and 2 in runs:
        speedup = medians[1] / medians[2]
        figures["target"] = {
            "speedup_2_over_1": speedup,
            "idle_estimate_2_over_1": idle[1] / idle[2],
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
            f"runs {runs}; CPU s: driver {result['driver_cpu']:.1f}, workers "
            f"{result['workers_cpu']:.1f}; on an idle machine about "
            f"{result['idle_estimate_seconds']:.1f} s"
        )
    target = figures.get("target")
    if target:
        verdict = "met" if target["met"] else "NOT met"
        print(
            f"--workers 2 / --workers 1 throughput: {target['speedup_2_over_1']:.2f} "
            f"(target >= {target['target']}: {verdict}); estimated from CPU time for an "
            f"idle machine: {target['idle_estimate_2_over_1']:.2f}"
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
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        print(json.dumps(_child(args.corpus, db=args.db, workers=args.child)))
        return 0
    with tempfile.TemporaryDirectory(prefix="fogofwar-workers-") as tmp:
        out = args.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        try:
            records = generate_realistic(args.articles, seed=args.seed)
        except (FileNotFoundError, OSError):  # ../shared absent: the invented templates
            records = generate_articles(args.articles, seed=args.seed)
        corpus = write_jsonl(records, out / "bench.jsonl")
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
