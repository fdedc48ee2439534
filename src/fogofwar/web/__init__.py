"""fogofwar's Datasette plugin: the events index, event pages and downloads.

This package is the plugin object itself (Datasette finds its `templates/` and `static/`
folders beside this file). `app.make_app` registers it; its routes are only added to a
Datasette instance that `make_app` built, so a plain `datasette` run is left alone.
"""

from __future__ import annotations

from typing import Any

from datasette import hookimpl

from .app import make_app, serve, state_of

__all__ = ["make_app", "serve"]


@hookimpl
def register_routes(datasette: Any) -> list[tuple[str, Any]]:
    if datasette is None or state_of(datasette) is None:
        return []
    from . import editing, pages

    return [
        (r"^/fogofwar/correct$", editing.correct),
        (r"^/fogofwar/merge$", editing.merge),
        (r"^/fogofwar/split$", editing.split),
        (r"^/fogofwar/corrections$", editing.corrections_page),
        (r"^/fogofwar$", pages.index),
        (r"^/fogofwar/events\.(?P<format>csv|geojson|acled\.csv)$", pages.download),
        (r"^/fogofwar/event/(?P<event_id>[A-Za-z0-9_-]{1,64})$", pages.event),
    ]
