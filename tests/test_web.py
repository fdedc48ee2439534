"""`fogofwar serve`: the Datasette plugin's pages, called in-process (no server, no browser).

The browser test (`test_browser.py`) drives the same pages in chromium; these check the
content, filters, downloads and escaping quickly on an invented database (`webdb.py`).
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import webdb
from fogofwar.chart import Point, render_svg
from fogofwar.cli import main
from fogofwar.datasets import ACLED_COLUMNS
from fogofwar.store import Store
from fogofwar.web import make_app
from fogofwar.web.catalog import INDEX_COLUMNS, EventRow, parse_filters, select


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return webdb.build(tmp_path / "clashes.db")


def get(app: Any, url: str, **kwargs: Any) -> Any:
    return asyncio.run(app.client.get(url, **kwargs))


@pytest.fixture
def app(db: Path) -> Any:
    return make_app(db)


def event_ids(html: str) -> list[str]:
    return re.findall(r'data-event="([^"]+)"', html)


# -- the index ----------------------------------------------------------------------------


def test_index_lists_every_event_newest_first(app: Any) -> None:
    response = get(app, "/fogofwar")
    assert response.status_code == 200
    assert event_ids(response.text) == ["ev-oskel", "ev-varnsk", "ev-hostile"]
    assert "3 of 3 events" in response.text
    # the name, fatalities and the disputed mark of the Varnsk clash
    assert "armed clash in Varnsk, 2 Mar 2031" in response.text
    row = response.text.split('data-event="ev-varnsk"')[1].split("</tr>")[0]
    assert '<strong class="best">6</strong>' in row and "(6–12)" in row and "disputed" in row
    # the map of the page's events, each marker linking to its event
    data = json.loads(re.search(r'id="fogofwar-map-data">(.*?)</script>', response.text).group(1))
    assert {p["href"] for p in data["points"]} == {
        f"/fogofwar/event/{e}" for e in ("ev-oskel", "ev-varnsk", "ev-hostile")
    }
    assert "<" not in re.search(r'id="fogofwar-map-data">(.*?)</script>', response.text).group(1)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=KG", ["ev-varnsk"]),
        ("country=Kazakhstan", ["ev-oskel"]),
        ("from=2031-03-10", ["ev-oskel"]),
        ("to=2031-03-02", ["ev-varnsk", "ev-hostile"]),
        ("from=2031-03-01&to=2031-03-31", ["ev-oskel", "ev-varnsk"]),
        ("actor=red+hill", ["ev-varnsk"]),
        ("disputed=1", ["ev-varnsk"]),
        ("q=shelling", ["ev-oskel"]),
        ("q=ministry+revises", ["ev-varnsk"]),
        ("q=%22unbalanced", []),
        ("q=%22%22", []),
        ("q=NEAR%28", ["ev-varnsk"]),  # FTS syntax is searched as words
        ("sort=date", ["ev-hostile", "ev-varnsk", "ev-oskel"]),
        ("sort=-fatalities", ["ev-varnsk", "ev-hostile", "ev-oskel"]),
    ],
)
def test_index_filters_and_sorts(app: Any, query: str, expected: list[str]) -> None:
    response = get(app, f"/fogofwar?{query}")
    assert response.status_code == 200
    assert event_ids(response.text) == expected


def test_index_filters_by_event_type(app: Any) -> None:
    types = re.findall(r"<option>([^<]+)</option>", get(app, "/fogofwar").text)
    assert types, "the event type menu lists the types present"
    for kind in types:
        shown = event_ids(get(app, f"/fogofwar?event_type={kind.replace(' ', '+')}").text)
        assert shown and len(shown) < 3 or len(types) == 1


def test_a_malformed_date_is_named_not_a_failure(app: Any) -> None:
    response = get(app, "/fogofwar?from=last+week")
    assert response.status_code == 200
    assert "from: not a date (YYYY-MM-DD): &#39;last week&#39;" in response.text
    assert len(event_ids(response.text)) == 3


def test_downloads_hold_the_filtered_selection(app: Any) -> None:
    index = list(csv.DictReader(io.StringIO(get(app, "/fogofwar/events.csv?country=KG").text)))
    assert [r["event_id"] for r in index] == ["ev-varnsk"]
    assert list(index[0]) == list(INDEX_COLUMNS)
    assert (index[0]["fatalities_best"], index[0]["disputed"]) == ("6", "1")
    response = get(app, "/fogofwar/events.geojson?disputed=1")
    assert response.headers["content-type"].startswith("application/geo+json")
    features = json.loads(response.text)["features"]
    assert [f["id"] for f in features] == ["ev-varnsk"]
    assert features[0]["geometry"]["coordinates"] == [72.3, 40.1]
    acled = list(csv.reader(io.StringIO(get(app, "/fogofwar/events.acled.csv?sort=date").text)))
    assert tuple(acled[0]) == ACLED_COLUMNS and len(acled) == 4
    assert "attachment" in get(app, "/fogofwar/events.csv").headers["content-disposition"]


def test_index_csv_cells_are_guarded_against_formulas(tmp_path: Path) -> None:
    path = webdb.build(tmp_path / "f.db")
    with Store.open(path) as store:
        store.db.execute("UPDATE events SET location = '=HYPERLINK(1)' WHERE id = 'ev-oskel'")
        store.db.conn.commit()
    rows = list(csv.DictReader(io.StringIO(get(make_app(path), "/fogofwar/events.csv").text)))
    assert {r["event_id"]: r["location"] for r in rows}["ev-oskel"] == "'=HYPERLINK(1)"


# -- the event page -----------------------------------------------------------------------


def test_event_page_shows_card_figures_claims_chart_and_map(app: Any) -> None:
    response = get(app, "/fogofwar/event/ev-varnsk")
    assert response.status_code == 200
    page = response.text
    assert "<h1>Kyrgyzstan" in page and "armed clash in Varnsk" in page
    assert "Incident dates" in page and "2 Mar 2031 (day known)" in page
    # the reconciled figure, its rule and links to the claims behind it
    row = page.split('data-group="Kyrgyzstan|military|killed"')[1].split("</tr>")[0]
    assert '<td class="num best">6</td>' in row
    assert "latest own-side statement" in row
    links = re.findall(r'href="#claim-(\d+)"', row)
    assert links and all(f'id="claim-{n}"' in page for n in links)
    # claims per claimant, the sentence highlighted in its paragraph
    assert "Red Hill militia" in page and "Kyrgyzstan Ministry of Defence" in page
    assert (
        "Four soldiers were killed near Varnsk on Sunday, the Kyrgyz defence ministry said.</mark>"
        " The Red Hill militia said at least 12 soldiers died." in page
    )
    assert "Residents fled" not in page  # the next paragraph is not the context
    # the timeline: three figures, the first statement superseded
    assert page.count('<circle class="point') == 3
    assert page.count('<circle class="point superseded"') == 1
    # the map: the place's coordinates as data, Leaflet and the outlines from this server
    data = json.loads(re.search(r'id="fogofwar-map-data">(.*?)</script>', page).group(1))
    assert data["points"] == [{"lat": 40.1, "lon": 72.3, "label": "Varnsk"}]
    assert get(app, data["outlines"]).status_code == 200
    for src in re.findall(r'<script[^>]* src="([^"]+)"', page):
        assert src.startswith("/-/static-plugins/") and get(app, src).status_code == 200


def test_wire_copies_collapse_into_one_entry(tmp_path: Path) -> None:
    app = make_app(webdb.build(tmp_path / "wire.db", wire_copy=True))
    page = get(app, "/fogofwar/event/ev-oskel").text
    assert page.count('<li id="claim-') == 1
    assert "<summary>IAP, carried by 2 outlets</summary>" in page
    assert "Oskel Post" in page and "Steppe Daily" in page


def test_outlines_are_country_polygons(app: Any) -> None:
    world = json.loads(get(app, "/-/static-plugins/fogofwar.web/world.geojson").text)
    names = {f["properties"]["name"] for f in world["features"]}
    assert len(world["features"]) > 150 and {"Kyrgyzstan", "Kazakhstan"} <= names


def test_an_unknown_event_is_a_404_page(app: Any) -> None:
    response = get(app, "/fogofwar/event/nothing-here")
    assert response.status_code == 404 and "No such event" in response.text


def test_pages_follow_the_database_when_it_changes(db: Path, app: Any) -> None:
    assert "armed clash in Varnsk" in get(app, "/fogofwar/event/ev-varnsk").text
    with Store.open(db) as store:
        store.db.execute("UPDATE events SET location = 'Tamdy' WHERE id = 'ev-varnsk'")
        store.db.conn.commit()
    assert "armed clash in Tamdy" in get(app, "/fogofwar/event/ev-varnsk").text
    assert "armed clash in Tamdy" in get(app, "/fogofwar").text


# -- escaping -----------------------------------------------------------------------------


class _LiveParts(HTMLParser):
    """What a browser would run or follow in a page: event-handler attributes,
    javascript: URLs, and scripts whose code came from an article (the payloads all
    mention `pwned`)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=...>")
            if name in ("href", "src", "action") and "javascript:" in (value or "").lower():
                self.found.append(f"<{tag} {name}={value}>")
        if tag in ("img", "iframe", "object", "embed"):
            self.found.append(f"<{tag}>")
        self._in_script = tag == "script" and dict(attrs).get("type") != "application/json"

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and "pwned" in data:
            self.found.append(f"<script>{data[:40]}")


def live_markup(page: str) -> list[str]:
    parser = _LiveParts()
    parser.feed(page)
    return parser.found


@pytest.mark.parametrize(
    "url",
    ["/fogofwar", "/fogofwar/event/ev-hostile", "/fogofwar?q=officials", "/fogofwar?actor=<b>"],
)
def test_hostile_article_content_is_inert(app: Any, url: str) -> None:
    response = get(app, url)
    assert response.status_code == 200
    assert live_markup(response.text) == []
    assert "script-src 'self'" in response.headers["content-security-policy"]


def test_hostile_map_label_cannot_close_its_script_element(app: Any) -> None:
    page = get(app, "/fogofwar/event/ev-hostile").text
    data = re.search(r'id="fogofwar-map-data">(.*?)</script>', page, re.DOTALL).group(1)
    assert "<" not in data
    assert json.loads(data)["points"][0]["label"] == webdb.HOSTILE_PLACE


def test_a_javascript_url_is_never_a_link(app: Any) -> None:
    page = get(app, "/fogofwar/event/ev-hostile").text
    assert "javascript:window.pwned=8" not in page  # the article's url: shown nowhere
    assert '<span class="source">&lt;b onmouseover=' in page  # its outlet, as text


# -- Datasette underneath -----------------------------------------------------------------


def test_datasette_serves_the_tables_with_labels(app: Any) -> None:
    rows = get(app, "/clashes/claims.json?_shape=array&event_id=ev-varnsk").json()
    assert sorted(r["id"] for r in rows) == ["k1", "k2", "k3"]
    expanded = get(app, "/clashes/claims.json?_shape=array&_labels=on&id=k4").json()
    assert expanded[0]["article_id"] == {"value": "c3", "label": "Shelling in Oskel"}
    assert "Open the events index" in get(app, "/").text


# -- pure parts ---------------------------------------------------------------------------


def row(event_id: str, **fields: Any) -> EventRow:
    values: dict[str, Any] = {
        "id": event_id, "name": event_id, "start": None, "end": None, "place": "",
        "country": "", "country_name": "", "sides": "", "actors": (), "event_type": "Battles",
        "sub_event_type": "Armed clash", "best": 0, "low": 0, "high": 0, "disputed": False,
        "articles": 1, "sources": 1,
    }  # fmt: skip
    values.update(fields)
    return EventRow(**values)


def test_undated_events_sort_last_both_ways() -> None:
    rows = [row("u"), row("a", start=dt.date(2030, 1, 1)), row("b", start=dt.date(2031, 1, 1))]
    for sort, expected in (("date", ["a", "b", "u"]), ("-date", ["b", "a", "u"])):
        assert [r.id for r in select(rows, parse_filters({"sort": sort}))] == expected


def test_an_unknown_sort_falls_back_to_newest_first() -> None:
    assert parse_filters({"sort": "drop table"}).sort == "-date"


def test_chart_escapes_labels_and_marks_superseded_points() -> None:
    points = [
        Point(day=dt.date(2031, 3, d), count=n, category="killed", series="<b>x</b>",
              label=f"<script>{n}</script>", superseded=s, number=k)
        for k, (d, n, s) in enumerate([(1, 4, True), (3, 6, False)], 1)
    ]  # fmt: skip
    svg = str(render_svg(points))
    assert "<script>" not in svg and "&lt;script&gt;4&lt;/script&gt;" in svg
    assert svg.count('class="point superseded"') == 1 and svg.count('class="point"') == 1
    assert "&lt;b&gt;x&lt;/b&gt;" in svg


# -- the command --------------------------------------------------------------------------


def test_serve_refuses_a_file_that_is_not_a_fogofwar_database(tmp_path: Path) -> None:
    other = tmp_path / "notes.db"
    other.write_text("not sqlite " * 100, encoding="utf-8")
    result = CliRunner().invoke(main, ["serve", "--db", str(other)])
    assert result.exit_code == 1
    assert result.output.startswith(f"fogofwar: {other}: not a usable SQLite database")
    assert result.output.count("\n") == 1


def test_an_older_database_is_served_as_it_is(db: Path) -> None:
    import sqlite3

    with sqlite3.connect(db) as old:
        old.execute("DROP TABLE corrections")
        old.execute("DROP TABLE event_history")
        old.execute("DROP INDEX IF EXISTS idx_claims_event_id")
        old.execute("ALTER TABLE claims DROP COLUMN event_id")
        old.execute("PRAGMA user_version = 3")
    before = db.read_bytes()
    result = CliRunner().invoke(main, ["corrections", "--db", str(db)])
    assert result.output == "no corrections\n"
    app = make_app(db)
    assert event_ids(get(app, "/fogofwar").text) == ["ev-oskel", "ev-varnsk", "ev-hostile"]
    assert "armed clash in Varnsk" in get(app, "/fogofwar/event/ev-varnsk").text
    assert db.read_bytes() == before


def test_web_tiles_are_an_option_allowed_by_the_policy(db: Path) -> None:
    app = make_app(db, tiles="https://tiles.example.org/{z}/{x}/{y}.png")
    response = get(app, "/fogofwar/event/ev-varnsk")
    data = json.loads(re.search(r'id="fogofwar-map-data">(.*?)</script>', response.text).group(1))
    assert data["tiles"] == "https://tiles.example.org/{z}/{x}/{y}.png"
    policy = response.headers["content-security-policy"]
    assert "img-src 'self' data: https://tiles.example.org;" in policy
    assert "script-src 'self';" in policy


def test_serve_refuses_a_port_in_use_in_one_line(db: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--db", str(db), "--port", str(port)])
    assert result.exit_code == 1
    assert result.output.startswith(f"fogofwar: 127.0.0.1:{port}: cannot listen there: ")
    assert result.output.count("\n") == 1
