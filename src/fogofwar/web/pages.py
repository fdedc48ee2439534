"""The plugin's request handlers: the events index, an event page, the downloads.

Everything shown comes from untrusted articles: templates autoescape (Datasette's Jinja
environment), data for the map travels as JSON inside a non-executed script element
(`tojson` escapes `<`), links are only made for http(s) URLs, and every page is sent
with a Content-Security-Policy that allows scripts from this server only.
"""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Mapping
from dataclasses import replace
from typing import Any
from urllib.parse import urlencode

from datasette.database import QueryInterrupted
from datasette.utils import escape_fts
from datasette.utils.asgi import Response

from ..chart import render_charts, timeline
from ..corrections import describe
from ..datasets import ACLED_COLUMNS, acled_row, dated, feature, write_csv_rows
from ..eventview import (
    DISPUTED_MARK,
    SUPERSEDED_MARK,
    EventView,
    card_rows,
    event_view,
    outlet_of,
    plural,
    safe_url,
)
from ..records import CATEGORIES, QUALIFIERS, SCOPES, STATUSES
from ..store import Store
from .app import PAGE_CACHE_SIZE, VIEW_CACHE_SIZE, State, read_store
from .catalog import INDEX_COLUMNS, SORTS, Catalog, EventRow, Filters, parse_filters, select
from .editing import COOKIE, STATIC, headers, require_state, token_matches

#: Rows per index page.
PAGE_SIZE = 100


async def _matching(datasette: Any, state: State, query: str) -> tuple[set[str] | None, str | None]:
    """Event ids whose articles match a full-text query (None when there is none), and
    what went wrong with the search, if anything (said on the page, not raised)."""
    if not query:
        return None, None
    words = escape_fts(query)
    if not words:
        return set(), None
    sql = (
        "SELECT DISTINCT ea.event_id FROM event_articles ea JOIN articles a "
        "ON a.id = ea.article_id WHERE a.rowid IN "
        "(SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q)"
    )
    db = datasette.get_database(state.database)
    try:
        result = await db.execute(sql, {"q": words})
    except (sqlite3.Error, QueryInterrupted) as exc:
        return set(), f"search: cannot search for {query[:60]!r}: {exc}"
    return {row[0] for row in result.rows}, None


async def _selection(
    datasette: Any, request: Any
) -> tuple[State, Catalog, Filters, list[EventRow]]:
    state = require_state(datasette)
    catalog = await state.catalog(lambda work: read_store(datasette, state, work))
    args = {key: request.args.get(key) or "" for key in request.args}
    matching, problem = await _matching(datasette, state, args.get("q", "").strip())
    filters = parse_filters(args, matching=matching)
    if problem:
        filters = replace(filters, problems=(*filters.problems, problem))
    return state, catalog, filters, select(catalog.rows, filters)


def _login(request: Any, state: State) -> Response | None:
    """`?token=...` with the right token: keep it in a cookie and drop it from the URL."""
    given = request.args.get("token")
    if given is None or not state.editing:
        return None
    if not token_matches(state, given):
        return None
    rest = [(k, v) for k in request.args for v in request.args.getlist(k) if k != "token"]
    target = request.path + (f"?{urlencode(rest)}" if rest else "")
    response = Response.redirect(target)
    response.set_cookie(COOKIE, given, httponly=True, samesite="strict")
    return response


async def index(datasette: Any, request: Any) -> Response:
    """The events index: filters, sort, one row per event, downloads of the selection."""
    state = require_state(datasette)
    login = _login(request, state)
    if login is not None:
        return login
    key = f"index?{request.query_string}"
    if state.fresh() and not state.editing and key in state.pages:
        return Response.html(state.pages[key].decode("utf-8"), headers=headers(state))
    state, catalog, filters, rows = await _selection(datasette, request)
    try:
        page = max(1, int(request.args.get("page") or 1))
    except ValueError:
        page = 1
    pages = max(1, -(-len(rows) // PAGE_SIZE))
    page = min(page, pages)
    shown = rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    kept = [(k, v) for k in request.args for v in request.args.getlist(k) if k != "page"]
    query = urlencode(kept)
    html = await datasette.render_template(
        "fogofwar_index.html",
        {
            "rows": shown,
            "total": len(rows),
            "all_events": len(catalog.rows),
            "filters": filters,
            "catalog": catalog,
            "sorts": SORTS,
            "page": page,
            "pages": pages,
            "query": query,
            "page_link": lambda n: "?" + urlencode([*kept, ("page", str(n))]),
            "sort_link": lambda s: (
                "?" + urlencode([(k, v) for k, v in kept if k != "sort"] + [("sort", s)])
            ),
            "database": state.database,
            "disputed_mark": DISPUTED_MARK,
            "editing": state.editing,
            "static": STATIC,
            "map_data": {
                "points": [
                    {
                        "lat": r.latitude,
                        "lon": r.longitude,
                        "label": f"{r.name}: {r.best} killed",
                        "href": f"/fogofwar/event/{r.id}",
                    }
                    for r in shown
                    if r.latitude is not None and r.longitude is not None
                ],
                "outlines": STATIC + "world.geojson",
                "tiles": state.tiles,
            },
        },
        request=request,
    )
    if not state.editing:
        state.remember(state.pages, key, html.encode("utf-8"), size=PAGE_CACHE_SIZE)
    return Response.html(html, headers=headers(state))


async def download(datasette: Any, request: Any) -> Response:
    """The filtered selection as the index's CSV, GeoJSON, or ACLED CSV."""
    state, catalog, filters, rows = await _selection(datasette, request)
    fmt = request.url_vars["format"]
    coded = [catalog.coded[r.id] for r in rows]
    if fmt == "geojson":
        body = json.dumps(
            {"type": "FeatureCollection", "features": [feature(c) for c in coded]},
            ensure_ascii=False,
        )
        return Response(
            body,
            content_type="application/geo+json; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="events.geojson"'},
        )
    out = io.StringIO()
    if fmt == "csv":
        write_csv_rows(out, INDEX_COLUMNS, (r.csv_row() for r in rows))
        name = "events.csv"
    else:
        stamp = int(catalog.updated.timestamp()) if catalog.updated else 0
        acled = (acled_row(c, timestamp=stamp) for c in coded if dated(c))
        write_csv_rows(out, ACLED_COLUMNS, acled)
        name = "acled.csv"
    return Response(
        out.getvalue(),
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


async def event(datasette: Any, request: Any) -> Response:
    """One event: headline card, figures, timeline, map, claims by claimant."""
    state = require_state(datasette)
    login = _login(request, state)
    if login is not None:
        return login
    event_id = request.url_vars["event_id"]
    key = f"event/{event_id}"
    if state.fresh() and not state.editing and key in state.pages:
        return Response.html(state.pages[key].decode("utf-8"), headers=headers(state))
    catalog = await state.catalog(lambda work: read_store(datasette, state, work))
    coded = catalog.coded.get(event_id)
    if coded is None:
        history = await read_store(datasette, state, lambda store: store.event_history())
        merged = [c.event_id for c in history if c.old_id == event_id and c.change == "merged"]
        html = await datasette.render_template(
            "fogofwar_missing.html",
            {"event_id": event_id, "merged_into": merged[-1:], "static": STATIC},
            request=request,
        )
        return Response.html(html, status=404, headers=headers(state))
    cached = state.views.get(event_id)
    if cached is None:
        ids = [a.article_id for a in coded.analyses]

        def articles(store: Store) -> dict[str, Any]:
            return {i: store.article(i) for i in ids}

        found = await read_store(datasette, state, articles)
        view = event_view(coded, articles=found, story=catalog.story, anchor="event")
        listed = sorted(found.values(), key=lambda a: (a.published is None, a.published, a.id))
        cached = (view, [_article_row(a, catalog.story) for a in listed])
        state.remember(state.views, event_id, cached, size=VIEW_CACHE_SIZE)
    view, article_rows = cached
    context = _event_context(view, state)
    context["articles"] = article_rows
    context["corrections"] = {
        entry.number: [f for i in entry.claim_ids for f in catalog.corrections.get(i, ())]
        for group in view.claimants
        for entry in group.entries
    }
    html = await datasette.render_template("fogofwar_event.html", context, request=request)
    if not state.editing:
        state.remember(state.pages, key, html.encode("utf-8"), size=PAGE_CACHE_SIZE)
    return Response.html(html, headers=headers(state))


def _article_row(article: Any, story: Mapping[str, str]) -> dict[str, Any]:
    """An article as the event page lists it (the split form names it by id)."""
    first = story.get(article.id, article.id)
    return {
        "id": article.id,
        "title": article.title or "untitled",
        "outlet": outlet_of(article),
        "published": article.published,
        "url": safe_url(article.url),
        "copy_of": first if first != article.id else None,
    }


def _event_context(view: EventView, state: State) -> dict[str, Any]:
    chart = timeline(view)
    location = view.event.location
    points = []
    if location is not None and location.latitude is not None and location.longitude is not None:
        points.append({"lat": location.latitude, "lon": location.longitude, "label": location.name})
    return {
        "view": view,
        "card": card_rows(view),
        "charts": render_charts(chart),
        "undated": chart.undated,
        "map_data": {
            "points": points,
            "outlines": STATIC + "world.geojson",
            "tiles": state.tiles,
        },
        "database": state.database,
        "disputed_mark": DISPUTED_MARK,
        "superseded_mark": SUPERSEDED_MARK,
        "plural": plural,
        "safe_url": safe_url,
        "editing": state.editing,
        "static": STATIC,
        "choices": {
            "status": STATUSES,
            "category": CATEGORIES,
            "qualifier": QUALIFIERS,
            "scope": SCOPES,
        },
        "describe": describe,
    }
