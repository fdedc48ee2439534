"""A PNG screenshot of the top of the HTML briefing, as a reader's browser shows it.

    python bench/briefing_screenshot.py OUT.png [--html FILE | --corpus DIR [--first N]]
                                        [--width W] [--height H] [--scroll-to CSS]

Issue 13 asks for a screenshot of the dev corpus's briefing in its closing note. With no
`--html`, the gold corpus (`../shared/corpus/dev` by default) is processed into a scratch
database and its briefing written there, as `bench/briefing_pages.py` does, so nothing
built from `../shared` is kept; only the PNG is written. The page is opened from a file
in Debian's headless chromium through its own chromedriver (Selenium, as
`tests/test_browser.py` drives it; nothing is downloaded), in a W x H viewport (default
1280 x 900: the PNG stays under 300 KB), and the viewport is saved: `--scroll-to CSS` scrolls the first element
matching CSS to the top first (e.g. `section.event` for the first event's card).
Exit status 1 when chromium, chromedriver or the corpus is missing.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from briefing_pages import GOLDEVAL, build_briefing  # noqa: E402
from setup_path import GOLD  # noqa: E402


def screenshot(html: Path, png: Path, *, width: int, height: int, scroll_to: str | None) -> None:
    """Open `html` in headless chromium and save the viewport to `png`."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    chromedriver = shutil.which("chromedriver")
    if not (chromium and chromedriver):
        raise RuntimeError("chromium and chromedriver are needed (apt-get install chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    # grey-scale text (no LCD colour fringes): the PNG compresses to well under half
    flags = ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu")
    for flag in (*flags, "--disable-lcd-text"):
        options.add_argument(flag)
    options.add_argument(f"--window-size={width},{height}")
    driver = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    try:
        driver.set_page_load_timeout(60)
        # the viewport itself W x H (the window size would include the browser's frame)
        metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
        driver.get(html.resolve().as_uri())
        if scroll_to:
            element = driver.find_element(By.CSS_SELECTOR, scroll_to)
            driver.execute_script("arguments[0].scrollIntoView(true);", element)
        png.parent.mkdir(parents=True, exist_ok=True)
        if not driver.save_screenshot(str(png)):
            raise RuntimeError(f"chromium saved no screenshot of {html}")
    finally:
        driver.quit()


def size(args: argparse.Namespace) -> dict[str, Any]:
    return {"width": args.width, "height": args.height, "scroll_to": args.scroll_to}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("png", type=Path, help="the PNG file to write")
    parser.add_argument("--html", type=Path, help="an HTML briefing already written")
    parser.add_argument("--corpus", type=Path, default=GOLD, help="folder of gold JSON files")
    parser.add_argument("--first", type=int, help="only the first N cluster files, by name")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--scroll-to", help="CSS selector of an element to scroll to the top")
    args = parser.parse_args(argv)
    try:
        if args.html is not None:
            screenshot(args.html, args.png, **size(args))
        else:
            corpus = sorted(args.corpus.glob("*.json"))[: args.first]
            if not corpus or not GOLDEVAL.is_file():
                print(f"briefing_screenshot: no gold corpus at {args.corpus}", file=sys.stderr)
                return 1
            with tempfile.TemporaryDirectory(prefix="fogofwar-shot-") as scratch:
                html, _ = build_briefing(corpus, work=Path(scratch), db=None)
                screenshot(html, args.png, **size(args))
    except RuntimeError as error:
        print(f"briefing_screenshot: {error}", file=sys.stderr)
        return 1
    print(f"briefing_screenshot: wrote {args.png} ({args.png.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
