"""How much does fogofwar's extraction add to spaCy's parsing time?

    python bench/bench.py [--articles N] [--out DIR] [--json]

Builds an invented corpus (bench/templates.py), then runs two measurements, each in its
own subprocess so that its peak RSS is its own: (a) spaCy parsing alone with
`fogofwar.extract.nlp.parse_many`, (b) the whole `fogofwar.pipeline.process` run into a fresh
SQLite file. The model is loaded before the clock starts in both, and its load time is
reported separately. See bench/README.md for the targets.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TARGET_OVERHEAD = 0.50  # extraction may add at most 50% to spaCy's parsing time

sys.path.insert(0, str(HERE))
from setup_path import import_fogofwar  # noqa: E402
from templates import generate_articles, write_jsonl  # noqa: E402


def _peak_rss_mib() -> float:
    """This process's peak resident set size (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _measure_spacy(corpus: Path, *, batch_size: int) -> dict[str, Any]:
    import_fogofwar()
    from fogofwar.extract import nlp
    from fogofwar.settings import Settings

    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    model = Settings().model
    started = time.perf_counter()
    nlp.load_model(model)
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.parse_many(texts, model=model, batch_size=batch_size))
    seconds = time.perf_counter() - started
    return {"articles": len(texts), "tokens": tokens, "seconds": seconds, "load_seconds": load_s}


def _measure_pipeline(corpus: Path, *, db_path: Path) -> dict[str, Any]:
    import_fogofwar()
    from fogofwar import pipeline
    from fogofwar.extract import nlp
    from fogofwar.settings import Settings

    db_path.unlink(missing_ok=True)  # a re-run would skip every article already stored
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    settings = Settings()
    started = time.perf_counter()
    nlp.load_model(settings.model)
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    summary = pipeline.process([corpus], db_path=db_path, settings=settings)
    seconds = time.perf_counter() - started
    fields = ("read", "rejected", "skipped", "articles", "claims", "events")
    result: dict[str, Any] = {
        "seconds": seconds,
        "load_seconds": load_s,
        "summary": {name: getattr(summary, name, None) for name in fields},
    }
    result["articles"] = result["summary"]["articles"]
    return result


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
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        mode,
        "--corpus",
        str(corpus),
        "--db",
        str(db_path),
        "--batch-size",
        str(batch_size),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": f"exit {done.returncode}: {last}"}
    result: dict[str, Any] = json.loads(lines[-1])
    if result.get("seconds") and result.get("articles"):
        result["articles_per_second"] = result["articles"] / result["seconds"]
    return result


def _compare(spacy: dict[str, Any], full: dict[str, Any]) -> dict[str, Any]:
    if "seconds" not in spacy or "seconds" not in full:
        return {}
    ratio = full["seconds"] / spacy["seconds"]
    overhead = ratio - 1
    return {
        "ratio": ratio,
        "overhead_percent": 100 * overhead,
        "target_percent": 100 * TARGET_OVERHEAD,
        "target_met": overhead <= TARGET_OVERHEAD,
    }


def _print_human(figures: dict[str, Any]) -> None:
    print(f"corpus: {figures['corpus']} ({figures['corpus_articles']} articles)")
    for name, label in (("spacy", "spaCy parse only"), ("pipeline", "full pipeline")):
        result = figures[name]
        if "skipped" in result:
            print(f"{label:>17}: skipped (--only)")
            continue
        if "error" in result:
            print(f"{label:>17}: failed ({result['error']})")
            continue
        print(
            f"{label:>17}: {result['seconds']:8.1f} s  "
            f"{result.get('articles_per_second', 0):7.1f} articles/s  "
            f"peak RSS {result['peak_rss_mib']:7.0f} MiB  "
            f"(model load {result['load_seconds']:.1f} s, not timed)"
        )
        if "summary" in result:
            print(" " * 19 + ", ".join(f"{k} {v}" for k, v in result["summary"].items()))
        if "warning" in result:
            print(" " * 19 + "warning: " + result["warning"])
    compare = figures["comparison"]
    if compare:
        verdict = "met" if compare["target_met"] else "NOT met"
        print(
            f"full / spaCy time: {compare['ratio']:.2f}  "
            f"extraction overhead: {compare['overhead_percent']:.0f}%  "
            f"(target <= {compare['target_percent']:.0f}%: {verdict})"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="corpus size (default 2000)")
    parser.add_argument("--out", type=Path, help="directory for the corpus and database")
    parser.add_argument("--seed", type=int, default=0, help="corpus RNG seed (default 0)")
    parser.add_argument("--batch-size", type=int, default=32, help="spaCy batch size")
    parser.add_argument("--only", choices=("spacy", "pipeline"), help="run one measurement")
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
        corpus = write_jsonl(generate_articles(args.articles, seed=args.seed), out / "bench.jsonl")
        skipped = {"skipped": True}
        figures: dict[str, Any] = {"corpus": str(corpus), "corpus_articles": args.articles}
        for mode in ("spacy", "pipeline"):
            figures[mode] = (
                _run_child(mode, corpus, db_path=out / "bench.db", batch_size=args.batch_size)
                if args.only in (None, mode)
                else skipped
            )
        figures["comparison"] = _compare(figures["spacy"], figures["pipeline"])

    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        _print_human(figures)
    failed = any("error" in figures[m] for m in ("spacy", "pipeline") if args.only in (None, m))
    missed = args.check and figures["comparison"].get("target_met") is False
    return 1 if failed or missed else 0


if __name__ == "__main__":
    sys.exit(main())
