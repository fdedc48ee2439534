"""Where one 990 KB honest article's time and memory go: the parse (only its claim
regions, as a run does) and the extraction, in this process, after a warm-up.

    python bench/long_article.py [--chars N] [--seed S] [--profile FILE]

The article is `robustness.long_report(seed, chars)` (invented reports from bench's
templates one after the other: issue 12's 990 KB article). Prints the seconds of each
step, the CPU seconds, the claims and this process's peak RSS; `--profile` also writes a
cProfile of both steps (profiling slows Python code, not spaCy's, so read its shares,
not its seconds). docs/robustness.md quotes runs.
"""

from __future__ import annotations

import argparse
import cProfile
import resource
import sys
import time

from robustness import long_report
from setup_path import import_fogofwar


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chars", type=int, default=990_000)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--profile", help="write a cProfile of parse and extraction here")
    args = parser.parse_args(argv)
    import_fogofwar()
    from fogofwar.analysis import describe
    from fogofwar.extract import nlp, prefilter
    from fogofwar.records import Article
    from fogofwar.settings import Settings
    from fogofwar.workers import _warm_up

    settings = Settings()
    _warm_up(settings.model)  # the model's and tables' load is not the article's
    text = long_report(args.seed, args.chars)
    article = Article(id="long", text=text, location="<bench>")
    profile = cProfile.Profile() if args.profile else None
    cpu = time.process_time()
    started = time.perf_counter()
    if profile:
        profile.enable()
    (doc,) = nlp.parse_many([text], model=settings.model, regions=prefilter.claim_regions)
    parsed = time.perf_counter()
    analysis = describe(article, doc)
    done = time.perf_counter()
    if profile:
        profile.disable()
        profile.dump_stats(args.profile)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{len(text):,} characters: parse {parsed - started:.1f} s, extraction "
        f"{done - parsed:.1f} s, CPU {time.process_time() - cpu:.1f} s, "
        f"{len(analysis.claims)} claims, peak RSS {peak:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
