"""Who may write: the edit token printed when `fogofwar serve --edit` starts.

A write carries the token in a `token` form field or in the `fogofwar_token` cookie that
opening `/fogofwar?token=...` sets; without editing on, nothing may write at all.
Datasette's CSRF middleware checks the forms' `csrftoken` whenever cookies are sent.
"""

from __future__ import annotations

import asyncio
import re
import secrets
from typing import Any

from datasette.utils.asgi import Response

from .. import review
from ..corrections import FIELDS, describe
from ..errors import FogofwarError
from ..store import Store
from .app import State, read_store, state_of

COOKIE = "fogofwar_token"


STATIC = "/-/static-plugins/fogofwar.web/"
#: Scripts and styles from this server only; article text can never run.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)


def headers(state: State) -> dict[str, str]:
    """Security headers of every fogofwar page (tiles, when given, may be images)."""
    csp = CSP
    if state.tiles:
        origin = "/".join(state.tiles.split("/")[:3])
        csp = csp.replace("img-src 'self' data:", f"img-src 'self' data: {origin}")
    return {
        "Content-Security-Policy": csp,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
    }


def require_state(datasette: Any) -> State:
    state = state_of(datasette)
    if state is None:  # routes are only registered for make_app's instances
        raise RuntimeError("not a fogofwar app")
    return state


def token_matches(state: State, given: str | None) -> bool:
    """Whether `given` is this server's edit token (constant-time)."""
    if not state.token or not given:
        return False
    return secrets.compare_digest(state.token.encode("utf-8"), given.encode("utf-8"))


def may_write(state: State, request: Any, form: dict[str, str]) -> bool:
    """Whether this request carries the edit token (form field, else cookie)."""
    return token_matches(state, form.get("token") or request.cookies.get(COOKIE))


async def correct(datasette: Any, request: Any) -> Response:
    """POST /fogofwar/correct: record a correction of the claims of one claim entry."""
    state = require_state(datasette)
    if request.method != "POST":
        return await refused(datasette, request, state, "corrections are sent by POST", 405)
    form = dict(await request.post_vars())
    if not state.editing:
        problem = "editing is off: start `fogofwar serve` with --edit to correct claims"
        return await refused(datasette, request, state, problem, 403)
    if not may_write(state, request, form):
        problem = "the edit token is missing or wrong: use the one printed when serve started"
        return await refused(datasette, request, state, problem, 403)
    claim_ids = [i for i in form.get("claim_ids", "").split(",") if i]
    changes = {name: form.get(name, "") for name in FIELDS}
    path = state.path

    def write() -> None:
        with Store.open(path) as store:
            review.correct(
                store,
                claim_ids,
                changes=changes,
                reject=form.get("reject") == "1",
                author=form.get("author", ""),
                reason=form.get("reason", ""),
            )

    try:
        await asyncio.to_thread(write)
    except FogofwarError as exc:
        return await refused(datasette, request, state, str(exc), 400)
    state.fresh()
    back = form.get("back", "")
    if not re.fullmatch(r"/fogofwar/event/[A-Za-z0-9_-]{1,64}(#claim-id-[\w-]{1,64})?", back):
        back = "/fogofwar"
    return Response.redirect(back, status=303)


async def merge(datasette: Any, request: Any) -> Response:
    """POST /fogofwar/merge: merge event `other_id` into `event_id`."""

    def run(store: Store, form: dict[str, str]) -> str:
        review.merge_events(
            store,
            form.get("event_id", ""),
            form.get("other_id", "").strip(),
            author=form.get("author", ""),
            reason=form.get("reason", ""),
        )
        return form.get("event_id", "")

    return await _write(datasette, request, run)


async def split(datasette: Any, request: Any) -> Response:
    """POST /fogofwar/split: take `article_id` out of `event_id`."""

    def run(store: Store, form: dict[str, str]) -> str:
        review.split_event(
            store,
            form.get("event_id", ""),
            form.get("article_id", ""),
            author=form.get("author", ""),
            reason=form.get("reason", ""),
        )
        return form.get("event_id", "")

    return await _write(datasette, request, run)


async def _write(datasette: Any, request: Any, run: Any) -> Response:
    """Check editing, the token and the form, run `run(store, form)` in a thread and go
    back to the event page it returns."""
    state = require_state(datasette)
    if request.method != "POST":
        return await refused(datasette, request, state, "edits are sent by POST", 405)
    form = dict(await request.post_vars())
    if not state.editing:
        problem = "editing is off: start `fogofwar serve` with --edit to edit events"
        return await refused(datasette, request, state, problem, 403)
    if not may_write(state, request, form):
        problem = "the edit token is missing or wrong: use the one printed when serve started"
        return await refused(datasette, request, state, problem, 403)
    path = state.path

    def write() -> str:
        with Store.open(path) as store:
            return str(run(store, form))

    try:
        event_id = await asyncio.to_thread(write)
    except FogofwarError as exc:
        return await refused(datasette, request, state, str(exc), 400)
    state.fresh()
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", event_id):
        return Response.redirect("/fogofwar", status=303)
    return Response.redirect(f"/fogofwar/event/{event_id}", status=303)


async def refused(
    datasette: Any, request: Any, state: State, problem: str, status: int
) -> Response:
    """The page that says why a write was refused (nothing was written)."""
    html = await datasette.render_template(
        "fogofwar_refused.html", {"problem": problem, "static": STATIC}, request=request
    )
    return Response.html(html, status=status, headers=headers(state))


async def corrections_page(datasette: Any, request: Any) -> Response:
    """Every correction with the claim it applies to, or orphaned."""
    state = require_state(datasette)
    listed = await read_store(datasette, state, review.review)
    html = await datasette.render_template(
        "fogofwar_corrections.html",
        {"listed": listed, "describe": describe, "static": STATIC, "editing": state.editing},
        request=request,
    )
    return Response.html(html, headers=headers(state))
