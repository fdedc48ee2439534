"""bench/briefing_pages.py: the briefing printed to PDF by headless Chromium, pages counted.

The page-count target itself is the bench script's to print, not a test's; these tests
check that the measurement measures. Skipped where Chromium is not installed (`.ci/run`
installs Debian's).
"""

from __future__ import annotations

import importlib.util
import shutil
import struct
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _bench() -> ModuleType:
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location(
        "briefing_pages", ROOT / "bench/briefing_pages.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PAGES = _bench()
CHROMIUM = PAGES.find_chromium()
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")


def _html(pages: int) -> str:
    breaks = "".join(
        f'<p style="page-break-after: always">Page {n} of an invented report.</p>'
        for n in range(1, pages)
    )
    return f"<!doctype html><html><body>{breaks}<p>Page {pages}.</p></body></html>"


@needs_chromium
@pytest.mark.parametrize("pages", [1, 3])
def test_pages_are_counted_as_chromium_prints_them(tmp_path: Path, pages: int) -> None:
    html = tmp_path / "doc.html"
    html.write_text(_html(pages), encoding="utf-8")
    assert PAGES.printed_pages(html, chromium=CHROMIUM, work=tmp_path) == pages


@needs_chromium
@pytest.mark.slow
def test_the_examples_briefing_prints(tmp_path: Path) -> None:
    from fogofwar.pipeline import process

    process([ROOT / "examples"], db_path=tmp_path / "demo.db")
    html, events = PAGES.build_briefing([], work=tmp_path, db=tmp_path / "demo.db")
    assert events == 1
    pages = PAGES.printed_pages(html, chromium=CHROMIUM, work=tmp_path)
    assert 1 <= pages < 10


def test_a_missing_chromium_is_one_line_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert PAGES.main(["--chromium", "/nonexistent/chromium"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("briefing_pages: Chromium not found") and err.count("\n") == 1


def _shot_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "briefing_screenshot", ROOT / "bench/briefing_screenshot.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(
    CHROMIUM is None or not shutil.which("chromedriver"), reason="no chromium and chromedriver"
)
@pytest.mark.slow
def test_the_screenshot_is_a_png_of_the_viewport_asked_for(tmp_path: Path) -> None:
    from fogofwar.pipeline import process

    process([ROOT / "examples"], db_path=tmp_path / "demo.db")
    html, _ = PAGES.build_briefing([], work=tmp_path, db=tmp_path / "demo.db")
    png = tmp_path / "shot.png"
    assert _shot_module().main([str(png), "--html", str(html), "--width", "800"]) == 0
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])  # IHDR
    assert (width, height) == (800, 900)
