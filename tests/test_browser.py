"""The workbench in a real browser: Debian's chromium driven by Selenium through its own
chromedriver (nothing is downloaded), against `fogofwar serve` on 127.0.0.1.

It checks the rendered page, not status codes: the index filters, an event shows its
timeline and map marker, a correction with the token changes the estimate and one
without is refused, and no payload of a hostile article runs. `.ci/run` installs
chromium; where it is absent (a laptop) the test skips, except under CI, where that is
a failure.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import webdb

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
TOKEN = "browser-test-token"

if not (CHROMIUM and CHROMEDRIVER):
    if os.environ.get("CI"):
        pytest.fail("CI must install chromium and chromium-driver (.ci/run does)")
    pytest.skip("chromium and chromedriver are not installed", allow_module_level=True)

from selenium import webdriver  # noqa: E402  (only once the browser is known to exist)
from selenium.common.exceptions import (  # noqa: E402
    NoAlertPresentException,
    StaleElementReferenceException,
)
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from fogofwar.web import make_app

    db = webdb.build(tmp_path_factory.mktemp("browser") / "clashes.db")
    port = free_port()
    config = uvicorn.Config(
        make_app(db, token=TOKEN).app(), host="127.0.0.1", port=port, log_level="warning"
    )
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        options.add_argument(flag)
    options.add_argument("--window-size=1280,2000")
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def until(browser: Any) -> WebDriverWait:
    """A wait that retries while the page is being replaced (stale elements)."""
    return WebDriverWait(browser, 15, ignored_exceptions=(StaleElementReferenceException,))


def wait(browser: Any, css: str, *, count: int = 1) -> list[Any]:
    """The elements matching `css`, once there are at least `count` of them."""
    until(browser).until(lambda b: len(b.find_elements(By.CSS_SELECTOR, css)) >= count)
    return list(browser.find_elements(By.CSS_SELECTOR, css))


def nothing_ran(browser: Any) -> None:
    """No payload of the hostile article executed: none set `window.pwned`, none alerted."""
    assert browser.execute_script("return window.pwned === undefined") is True
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018


def shown_events(browser: Any) -> list[str]:
    rows = browser.find_elements(By.CSS_SELECTOR, "table.events tr.event")
    return [r.get_attribute("data-event") for r in rows]


def estimate_row(browser: Any, group: str) -> list[str]:
    row = browser.find_element(By.CSS_SELECTOR, f'tr.estimate[data-group="{group}"]')
    return [cell.text for cell in row.find_elements(By.TAG_NAME, "td")]


def fill_correction(browser: Any, claim_id: str, *, party: str, token: str | None) -> None:
    hidden = browser.find_element(By.CSS_SELECTOR, f"input[name='claim_ids'][value='{claim_id}']")
    form = hidden.find_element(By.XPATH, "./ancestor::form")
    form.find_element(By.XPATH, "./ancestor::details/summary").click()
    form.find_element(By.NAME, "party").send_keys(party)
    form.find_element(By.NAME, "author").send_keys("Browser Test")
    form.find_element(By.NAME, "reason").send_keys("the militia counted its own dead")
    if token:
        form.find_element(By.NAME, "token").send_keys(token)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()


def test_the_workbench_in_chromium(server: str, browser: Any, tmp_path: Path) -> None:
    # 1. The index lists every event; no payload of the hostile one runs.
    browser.get(f"{server}/fogofwar")
    wait(browser, "table.events tr.event", count=3)
    assert shown_events(browser) == ["ev-oskel", "ev-varnsk", "ev-hostile"]
    assert len(wait(browser, "#map path.fogofwar-marker", count=3)) == 3
    nothing_ran(browser)

    # 2. Filtering by country leaves the Varnsk clash.
    Select(browser.find_element(By.NAME, "country")).select_by_visible_text("Kyrgyzstan")
    browser.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
    until(browser).until(lambda b: shown_events(b) == ["ev-varnsk"])

    # 3. The event page: the timeline's points and the map's marker over the outlines.
    browser.find_element(By.CSS_SELECTOR, "a.event-link").click()
    points = wait(browser, "svg.timeline circle.point", count=3)
    assert len(points) == 3
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg.timeline circle.superseded")) == 1
    assert len(wait(browser, "#map path.fogofwar-marker")) == 1
    until(browser).until(
        ec.text_to_be_present_in_element_attribute((By.ID, "map"), "data-outlines", "loaded")
    )
    assert browser.find_elements(By.CSS_SELECTOR, "#map path.leaflet-interactive")
    assert estimate_row(browser, "Kyrgyzstan|military|killed")[3:6] == ["6", "6", "12"]
    shot = os.environ.get("FOGOFWAR_SCREENSHOT") or str(tmp_path / "event.png")
    browser.save_screenshot(shot)
    event_page = browser.current_url

    # 4. A correction without the token is refused, and changes nothing.
    fill_correction(browser, "k2", party="Red Hill militia", token=None)
    refusal = wait(browser, "p.refused")[0]
    assert "edit token is missing or wrong" in refusal.text
    browser.get(event_page)
    assert estimate_row(browser, "Kyrgyzstan|military|killed")[3:6] == ["6", "6", "12"]

    # 5. With the token, the militia's figure becomes its own party's, and the
    #    Kyrgyz estimate no longer ranges up to the militia's 12.
    fill_correction(browser, "k2", party="Red Hill militia", token=TOKEN)
    wait(browser, 'tr.estimate[data-group="Red Hill militia|military|killed"]')
    assert estimate_row(browser, "Red Hill militia|military|killed")[3:6] == ["12", "12", "12"]
    assert estimate_row(browser, "Kyrgyzstan|military|killed")[3:6] == ["6", "6", "6"]
    entry = browser.find_element(By.ID, "claim-id-k2").find_element(By.XPATH, "./ancestor::li")
    assert "Corrected by Browser Test" in entry.text

    # 6. The hostile event's page: its text is shown as text, and nothing runs.
    browser.get(f"{server}/fogofwar/event/ev-hostile")
    wait(browser, "#map path.fogofwar-marker")
    assert webdb.HOSTILE_PLACE in browser.find_element(By.TAG_NAME, "h1").text
    assert webdb.HOSTILE_TITLE in browser.find_element(By.CSS_SELECTOR, "dl.card").text
    assert "window.pwned=3" in browser.find_element(By.CSS_SELECTOR, "blockquote.context").text
    nothing_ran(browser)
    for link in browser.find_elements(By.CSS_SELECTOR, "a[href]"):
        assert not (link.get_attribute("href") or "").lower().startswith("javascript:")
