"""Who may write: the edit token printed when `fogofwar serve --edit` starts.

A write carries the token in a `token` form field or in the `fogofwar_token` cookie that
opening `/fogofwar?token=...` sets; without editing on, nothing may write at all.
Datasette's CSRF middleware checks the forms' `csrftoken` whenever cookies are sent.
"""

from __future__ import annotations

import secrets
from typing import Any

from .app import State

COOKIE = "fogofwar_token"


def token_matches(state: State, given: str | None) -> bool:
    """Whether `given` is this server's edit token (constant-time)."""
    if not state.token or not given:
        return False
    return secrets.compare_digest(state.token.encode("utf-8"), given.encode("utf-8"))


def may_write(state: State, request: Any, form: dict[str, str]) -> bool:
    """Whether this request carries the edit token (form field, else cookie)."""
    return token_matches(state, form.get("token") or request.cookies.get(COOKIE))
