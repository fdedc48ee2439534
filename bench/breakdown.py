"""Where a run's CPU time goes, stage by stage, as shares of spaCy's full parse.

    python bench/breakdown.py [--articles 1000] [--seed 0] [--json]

On the corpus `bench.py` uses (`bench/realistic.py`), in one process, after loading the
model and the gazetteer: spaCy's full `nlp.pipe` of the texts (the denominator), then
each stage of `fogofwar process` on its own (CPU seconds, `time.process_time`):
cleaning; the first pass (`prefilter.claim_regions`); the full pipeline on the parts it
keeps; the tagger and lemmatizer on the rest; joining the pieces into one Doc; the
extraction and grouping's per-article analysis (`analysis.describe`); storing in SQLite;
grouping, wire copies and reconciling. It also reports what share of the characters the
filter keeps, and what the full pipeline costs on the candidate sentences alone (no
context, no lead): the least any filter that keeps every claim sentence could parse.
What a 0.5 ratio leaves for parsing is 0.5 minus the stages that are not parsing.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from setup_path import import_fogofwar  # noqa: E402


def _cpu(work: Any) -> tuple[float, Any]:
    started = time.process_time()
    result = work()
    return time.process_time() - started, result


def breakdown(n: int, *, seed: int) -> dict[str, Any]:
    import_fogofwar()
    from realistic import generate_realistic
    from templates import write_jsonl

    from fogofwar.analysis import describe
    from fogofwar.clean import clean
    from fogofwar.extract import nlp, prefilter
    from fogofwar.ingest import read
    from fogofwar.pipeline import regroup
    from fogofwar.records import Article
    from fogofwar.settings import Settings
    from fogofwar.store import Store

    folder = Path(tempfile.mkdtemp(prefix="fogofwar-breakdown-"))
    corpus = write_jsonl(generate_realistic(n, seed=seed), folder / "corpus.jsonl")
    model = nlp.load_model()
    settings = Settings()
    seconds: dict[str, float] = {}

    raw = list(read([corpus]))
    seconds["clean"], articles = _cpu(lambda: [clean(r) for r in raw])
    articles = [a for a in articles if isinstance(a, Article)]
    texts = [a.text for a in articles]
    describe(articles[0], nlp.parse(texts[0]))  # the gazetteer and vocabularies, loaded
    seconds["spacy_full"], _ = _cpu(lambda: [len(d) for d in model.pipe(texts, batch_size=32)])

    seconds["filter"], regions = _cpu(lambda: [prefilter.claim_regions(t) for t in texts])
    pieces = [
        nlp._pieces(t, part_chars=nlp.PART_CHARS, regions=lambda _, r=r: r)
        for t, r in zip(texts, regions, strict=True)
    ]
    kept = [part for parts in pieces for part, whole in parts if whole]
    rest = [part for parts in pieces for part, whole in parts if not whole]
    seconds["parse_kept"], _ = _cpu(lambda: [len(d) for d in model.pipe(kept, batch_size=32)])
    skip = [name for name in model.pipe_names if name not in nlp.SKIM_COMPONENTS]
    seconds["skim_rest"], _ = _cpu(
        lambda: [len(d) for d in model.pipe(rest, batch_size=32, disable=skip)]
    )
    # the whole of it as a run does it: filter, both pipes, rough sentences, joining
    seconds["parse_many"], docs = _cpu(
        lambda: list(nlp.parse_many(texts, regions=prefilter.claim_regions))
    )
    seconds["filter_and_join"] = max(
        0.0, seconds["parse_many"] - seconds["parse_kept"] - seconds["skim_rest"]
    )
    seconds["describe"], analyses = _cpu(
        lambda: [describe(a, d) for a, d in zip(articles, docs, strict=True)]
    )
    db = folder / "run.db"

    def store_all() -> None:
        with Store.open(db) as store:
            for start in range(0, len(articles), 32):
                with store.batch():
                    for article, analysis in zip(
                        articles[start : start + 32], analyses[start : start + 32], strict=True
                    ):
                        store.save_analysed(article, analysis)

    seconds["store"], _ = _cpu(store_all)

    def group() -> None:
        with Store.open(db) as store:
            grouped = regroup(store.analyses(), settings=settings)
            store.replace_events(
                grouped.events, grouped.estimates, copies=grouped.copies, changes=grouped.changes
            )

    seconds["group"], _ = _cpu(group)
    candidates_only = []
    for text in texts:
        sentences = prefilter.rough_sentences(text)
        candidates_only += [
            text[s:e]
            for i, (s, e) in enumerate(sentences)
            if i in prefilter.candidates(text, sentences)
        ]
    seconds["parse_candidates_only"], _ = _cpu(
        lambda: [len(d) for d in model.pipe(candidates_only, batch_size=32)]
    )
    chars = sum(map(len, texts))
    full = seconds["spacy_full"]
    run = ["clean", "parse_many", "describe", "store", "group"]
    return {
        "articles": len(articles),
        "kept_chars": round(sum(map(len, kept)) / chars, 3),
        "candidate_chars": round(sum(map(len, candidates_only)) / chars, 3),
        "seconds": {k: round(v, 2) for k, v in seconds.items()},
        "share_of_spacy_full": {k: round(v / full, 3) for k, v in seconds.items()},
        "run_share": round(sum(seconds[k] for k in run) / full, 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = breakdown(args.articles, seed=args.seed)
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(
        f"{result['articles']} articles; filter keeps {result['kept_chars']:.0%} of the "
        f"characters (candidate sentences alone: {result['candidate_chars']:.0%})"
    )
    print("stage                    CPU s   share of spaCy's full parse")
    for stage, secs in result["seconds"].items():
        print(f"{stage:<24} {secs:6.2f}   {result['share_of_spacy_full'][stage]:.3f}")
    print(f"whole run (sum of its stages): {result['run_share']:.3f} of spaCy's full parse")
    return 0


if __name__ == "__main__":
    sys.exit(main())
