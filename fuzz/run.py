"""Run one target of fuzz/targets.py under Atheris (coverage-guided, libFuzzer options).

    python fuzz/run.py TARGET [-max_total_time=S] [-artifact_prefix=DIR/] [CORPUS_DIR...]

`make fuzz` runs every target for FUZZ_SECONDS each (see README.md). Only fogofwar's own
modules are instrumented. An input that breaks a target's promise is written to the
artifact prefix (`crash-<sha1>`); `python fuzz/run.py TARGET FILE` runs it again.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    try:
        import atheris
    except ImportError:
        print("fuzz: atheris is not installed (make fuzz installs it)", file=sys.stderr)
        return 1
    sys.path.insert(0, str(HERE))
    sys.path.insert(1, str(HERE.parent / "src"))
    import targets

    if len(sys.argv) < 2 or sys.argv[1] not in targets.TARGETS:
        names = ", ".join(targets.TARGETS)
        print(f"fuzz: usage: fuzz/run.py TARGET [libFuzzer options] ({names})", file=sys.stderr)
        return 1
    with atheris.instrument_imports(include=["fogofwar"]):
        import fogofwar.clean
        import fogofwar.extract.numbers
        import fogofwar.ingest
        import fogofwar.pipeline
        import fogofwar.store  # noqa: F401
    atheris.Setup([sys.argv[0], *sys.argv[2:]], targets.TARGETS[sys.argv[1]])
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
