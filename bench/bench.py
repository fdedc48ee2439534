"""fogofwar's whole run against spaCy's full parse of the same texts: time and memory.

    python bench/bench.py [--sizes 200 1000] [--repeats 3] [--json] [--check]

For each corpus size it builds a corpus (`bench/realistic.py`: real reports of
`../shared/corpus/dev` rewritten, or `bench/templates.py` when `../shared` is absent),
then times, each in a fresh subprocess so that its peak RSS is its own, and interleaved
(spaCy, fogofwar, spaCy, fogofwar, ...) so that a change in the machine's load hits both:

(a) spaCy: `spacy.load(model)` with every component, then `nlp.pipe(texts, batch_size=32)`
    consumed completely;
(b) fogofwar: `fogofwar.pipeline.process([corpus], db_path=fresh.db, workers=0)`, the
    whole run in one process: reading, cleaning, parsing, extraction, grouping,
    reconciliation, SQLite.

Both load the model before the clock starts (its load time is reported apart). The
figure is the ratio of the medians, fogofwar / spaCy, one core each; the target (issue
15) is at most 0.5: fogofwar cheaper than parsing its input. See bench/README.md.
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
TARGET_RATIO = 0.5  # fogofwar's whole run / spaCy's full pipe, same texts, one core each

sys.path.insert(0, str(HERE))
from setup_path import import_fogofwar  # noqa: E402
from templates import generate_articles, write_jsonl  # noqa: E402


def _peak_rss_mib() -> float:
    """This process's peak resident set size (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build_corpus(n: int, *, seed: int, out: Path) -> tuple[Path, str]:
    """The corpus file and what it was made from."""
    from realistic import generate_realistic

    try:
        records, kind = generate_realistic(n, seed=seed), "rewritten dev reports"
    except (FileNotFoundError, OSError):
        records, kind = generate_articles(n, seed=seed), "templates (../shared absent)"
    return write_jsonl(records, out / f"bench-{n}.jsonl"), kind


def _measure_spacy(corpus: Path, *, batch_size: int) -> dict[str, Any]:
    import spacy

    import_fogofwar()
    from fogofwar.settings import Settings

    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    started = time.perf_counter()
    nlp = spacy.load(Settings().model)
    load_s = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
    return {
        "articles": len(texts),
        "tokens": tokens,
        "seconds": time.perf_counter() - started,
        "cpu_seconds": time.process_time() - cpu,
        "load_seconds": load_s,
        "components": nlp.pipe_names,
    }


def _measure_pipeline(corpus: Path, *, db_path: Path) -> dict[str, Any]:
    import_fogofwar()
    from fogofwar import pipeline
    from fogofwar.extract import nlp
    from fogofwar.settings import Settings

    for suffix in ("", "-wal", "-shm"):  # a re-run would skip every article stored
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    settings = Settings()
    started = time.perf_counter()
    nlp.load_model(settings.model)
    load_s = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    summary = pipeline.process([corpus], db_path=db_path, settings=settings, workers=0)
    return {
        "articles": summary.read,
        "seconds": time.perf_counter() - started,
        "cpu_seconds": time.process_time() - cpu,
        "load_seconds": load_s,
        "summary": summary.line(),
    }


def _child(mode: str, corpus: Path, *, db_path: Path, batch_size: int) -> int:
    """Run one measurement and print it as one JSON line on stdout."""
    if mode == "spacy":
        result = _measure_spacy(corpus, batch_size=batch_size)
    else:
        result = _measure_pipeline(corpus, db_path=db_path)
    result["peak_rss_mib"] = _peak_rss_mib()
    print(json.dumps(result))
    return 0


def _run_child(mode: str, corpus: Path, *, db_path: Path, batch_size: int) -> dict[str, Any]:
    """Run a measurement in a fresh interpreter; a failure is reported, not raised."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", mode]
    command += ["--corpus", str(corpus), "--db", str(db_path), "--batch-size", str(batch_size)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": f"exit {done.returncode}: {last}"}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def measure_size(n: int, *, repeats: int, seed: int, batch_size: int, out: Path) -> dict[str, Any]:
    """Both measurements `repeats` times, interleaved, and their medians."""
    corpus, kind = build_corpus(n, seed=seed, out=out)
    runs: dict[str, list[dict[str, Any]]] = {"spacy": [], "fogofwar": []}
    for rep in range(repeats):
        order = ("spacy", "fogofwar") if rep % 2 == 0 else ("fogofwar", "spacy")
        for mode in order:
            result = _run_child(
                "spacy" if mode == "spacy" else "pipeline",
                corpus,
                db_path=out / f"bench-{n}.db",
                batch_size=batch_size,
            )
            if "error" in result:
                return {"articles": n, "corpus": kind, "error": f"{mode}: {result['error']}"}
            runs[mode].append(result)
    figures: dict[str, Any] = {"articles": n, "corpus": kind}
    for mode, results in runs.items():
        figures[mode] = {
            "seconds": [r["seconds"] for r in results],
            "median_seconds": statistics.median(r["seconds"] for r in results),
            "median_cpu_seconds": statistics.median(r["cpu_seconds"] for r in results),
            "peak_rss_mib": max(r["peak_rss_mib"] for r in results),
            "load_seconds": statistics.median(r["load_seconds"] for r in results),
        }
    figures["fogofwar"]["summary"] = runs["fogofwar"][-1]["summary"]
    figures["spacy"]["components"] = runs["spacy"][-1]["components"]
    ratio = figures["fogofwar"]["median_seconds"] / figures["spacy"]["median_seconds"]
    cpu_ratio = figures["fogofwar"]["median_cpu_seconds"] / figures["spacy"]["median_cpu_seconds"]
    figures["ratio"] = ratio
    figures["cpu_ratio"] = cpu_ratio
    # met only when both say so: on a shared machine either can be flattered by load
    figures["target_met"] = max(ratio, cpu_ratio) <= TARGET_RATIO
    return figures


def print_human(results: list[dict[str, Any]], *, repeats: int) -> None:
    print(
        f"fogofwar whole run / spaCy full nlp.pipe, one core each, median of {repeats} "
        f"interleaved runs (target <= {TARGET_RATIO}); load average now "
        f"{os.getloadavg()[0]:.2f}"
    )
    print(
        "| articles | corpus | fogofwar s | spaCy s | ratio (wall) | ratio (CPU) "
        "| peak RSS fogofwar / spaCy MiB | target |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        if "error" in r:
            print(f"| {r['articles']:,} | {r['corpus']} | failed: {r['error']} |")
            continue
        f, s = r["fogofwar"], r["spacy"]
        print(
            f"| {r['articles']:,} | {r['corpus']} | {f['median_seconds']:.1f} "
            f"| {s['median_seconds']:.1f} | {r['ratio']:.2f} | {r['cpu_ratio']:.2f} "
            f"| {f['peak_rss_mib']:.0f} / {s['peak_rss_mib']:.0f} "
            f"| {'met' if r['target_met'] else 'NOT met'} |"
        )
    for r in results:
        if "error" not in r:
            runs = {
                m: ", ".join(f"{x:.1f}" for x in r[m]["seconds"]) for m in ("fogofwar", "spacy")
            }
            print(
                f"{r['articles']:,} articles: runs (s) fogofwar {runs['fogofwar']}; spaCy "
                f"{runs['spacy']}; fogofwar: {r['fogofwar']['summary']}"
            )
    if results and "error" not in results[0]:
        components = ", ".join(results[0]["spacy"]["components"])
        print(f"spaCy components run: {components}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[200, 1000], help="corpus sizes (200 1000)"
    )
    parser.add_argument("--repeats", type=int, default=3, help="runs of each (default 3)")
    parser.add_argument("--out", type=Path, help="directory for the corpora and databases")
    parser.add_argument("--seed", type=int, default=0, help="corpus RNG seed (default 0)")
    parser.add_argument("--batch-size", type=int, default=32, help="spaCy batch size")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--check", action="store_true", help="exit 1 if the target is missed")
    parser.add_argument("--child", choices=("spacy", "pipeline"), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        return _child(args.child, args.corpus, db_path=args.db, batch_size=args.batch_size)

    with tempfile.TemporaryDirectory(prefix="fogofwar-bench-") as tmp:
        out = args.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        results = [
            measure_size(
                n, repeats=args.repeats, seed=args.seed, batch_size=args.batch_size, out=out
            )
            for n in args.sizes
        ]
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print_human(results, repeats=args.repeats)
    failed = any("error" in r for r in results)
    missed = args.check and not all(r.get("target_met") for r in results)
    return 1 if failed or missed else 0


if __name__ == "__main__":
    sys.exit(main())
