"""Extraction time of one sentence listing N figures (issue 12's 4a and 4b), after one
parse and a warm-up, so neither the parse nor the gazetteer's load is counted.

    python bench/figures_sentence.py mixed|bare N...

`mixed` is tests/test_robustness.py's `numbers_sentence(N)` (`from 3 to 8`, `12
soldiers`); `bare` is `The army said soldiers numbering 1, 2, 3, ... were killed near
Dorn.` One run per N (the machine's load shows in the figures); prints the parse's and the
extraction's seconds, the claims, and this process's peak RSS so far (so give one N per run
to read one text's peak). The whole text is parsed (no prefilter, the `--parse-all`
shape; a run parses only claim regions, here nearly all of it). docs/robustness.md
quotes runs.
"""

from __future__ import annotations

import resource
import sys
import time

from setup_path import import_fogofwar


def mixed(n: int) -> str:
    items = (f"from {i} to {i + 5}" if i % 2 else f"{i % 90 + 2} soldiers" for i in range(n))
    return "The ministry said " + ", ".join(items) + " were killed."


def bare(n: int) -> str:
    figures = ", ".join(str(i % 997 + 1) for i in range(n))
    return f"Clash\n\nThe army said soldiers numbering {figures} were killed near Dorn."


def peak_mb() -> float:
    """This process's peak resident memory so far (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> int:
    import_fogofwar()
    from fogofwar.analysis import describe
    from fogofwar.extract import nlp
    from fogofwar.places import find_place
    from fogofwar.records import Article

    shape, sizes = argv[0], [int(n) for n in argv[1:]]
    make = {"mixed": mixed, "bare": bare}[shape]
    warm = "Two soldiers were killed near the town of Dorn on Monday, the army said."
    (doc,) = nlp.parse_many([warm])
    describe(Article(id="w", text=warm, location="<warm-up>"), doc)
    find_place("Dorn")
    for n in sizes:
        text = make(n)
        started = time.perf_counter()
        (doc,) = nlp.parse_many([text])
        parsed = time.perf_counter() - started
        started = time.perf_counter()
        analysis = describe(Article(id="n", text=text, location="<bench>"), doc)
        took = time.perf_counter() - started
        print(
            f"{shape} N={n}: parse {parsed:.1f} s, extraction {took:.2f} s, "
            f"{len(analysis.claims)} claims, peak RSS {peak_mb():.0f} MB",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
