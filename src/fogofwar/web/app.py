"""`fogofwar serve`: Datasette over a fogofwar database, with fogofwar's own pages.

Datasette gives the tables, facets, SQL, full-text search, JSON and CSV; the plugin in
this package (`fogofwar.web`) adds the events index, the event pages and the downloads.
`make_app` builds the Datasette instance (used by tests and the benchmark in-process);
`serve` runs it with uvicorn on 127.0.0.1 by default.

Editing (corrections) is off unless `edit` is set; then a random token, printed at start,
must come with every write, as Jupyter's does (`/fogofwar?token=...` keeps it in a
cookie), and Datasette's CSRF protection covers the forms.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import socket
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import sqlite_utils
from datasette.app import Datasette

from ..errors import ConfigError, StoreError
from ..store import Store
from .catalog import Catalog, load_catalog

T = TypeVar("T")
#: Rendered pages kept per state of the database file (read-only mode only).
PAGE_CACHE_SIZE = 512
#: Event view-models kept per state of the database file.
VIEW_CACHE_SIZE = 256


class State:
    """What the pages of one served database share: where it is, the edit token, and
    what is costly to rebuild (the catalog, views, pages), kept while the file is as it
    was when they were built."""

    def __init__(
        self, path: Path, *, database: str, token: str | None, tiles: str | None = None
    ) -> None:
        self.path = path
        self.database = database
        self.token = token
        self.tiles = tiles
        self._generation: tuple[int, ...] | None = None
        self._catalog: Catalog | None = None
        self._lock = asyncio.Lock()
        self.views: OrderedDict[str, Any] = OrderedDict()
        self.pages: OrderedDict[str, bytes] = OrderedDict()

    @property
    def editing(self) -> bool:
        return self.token is not None

    def generation(self) -> tuple[int, ...]:
        """The state of the database file: changes whenever anything writes to it."""
        stamp: list[int] = []
        for suffix in ("", "-wal"):
            try:
                info = os.stat(f"{self.path}{suffix}")
            except OSError:
                stamp += [0, 0]
            else:
                stamp += [info.st_mtime_ns, info.st_size]
        return tuple(stamp)

    def fresh(self) -> bool:
        """Drop every cached thing if the file changed; True when nothing had to go."""
        now = self.generation()
        if now == self._generation:
            return True
        self._generation = now
        self._catalog = None
        self.views.clear()
        self.pages.clear()
        return False

    async def catalog(
        self, read: Callable[[Callable[[Store], Catalog]], Awaitable[Catalog]]
    ) -> Catalog:
        """The catalog of the file as it is now, built once per state of the file."""
        self.fresh()
        async with self._lock:
            if self._catalog is None or not self.fresh():
                self._catalog = await read(load_catalog)
            return self._catalog

    def remember(self, cache: OrderedDict[str, Any], key: str, value: Any, *, size: int) -> None:
        cache[key] = value
        cache.move_to_end(key)
        while len(cache) > size:
            cache.popitem(last=False)


def metadata(database: str) -> dict[str, Any]:
    """Datasette metadata: what each table holds, and the columns that label its rows."""
    tables = {
        "articles": {
            "label_column": "title",
            "description": "Every article read: cleaned text, outlet, date, language.",
            "facets": ["outlet", "language"],
        },
        "claims": {
            "label_column": "evidence",
            "description": "One casualty claim each, with its claimant and verbatim evidence.",
            "facets": ["category", "party", "status", "claimant_side"],
        },
        "events": {
            "label_column": "title",
            "description": "Articles grouped into incidents, with date and location.",
            "facets": ["location_country"],
        },
        "estimates": {
            "description": "Low / best / high per event, party, status and category.",
            "facets": ["category", "disputed"],
        },
        "event_articles": {"description": "Which articles report which event."},
        "rejected": {
            "label_column": "location",
            "description": "Input that could not be read, with the reason.",
        },
        "runs": {"description": "One row per `fogofwar process` run."},
    }
    return {
        "title": "fogofwar",
        "description_html": (
            'Casualty claims and events. <a href="/fogofwar">Open the events index</a>.'
        ),
        "databases": {database: {"tables": tables}},
    }


def check_database(path: Path, *, edit: bool) -> None:
    """Refuse a file that is not a fogofwar database before serving it. For editing it
    is opened for writing, which also upgrades an older schema; else read-only."""
    if not path.is_file():
        raise StoreError(str(path), "no such database file")
    Store.open(path, readonly=not edit).close()


def make_app(db_path: Path | str, *, token: str | None = None, tiles: str | None = None) -> Any:
    """The Datasette instance serving `db_path` with fogofwar's pages; `token` turns
    editing on (writes must carry it)."""
    from datasette.plugins import pm

    from .. import web

    if pm.get_plugin("fogofwar.web") is None:
        pm.register(web, name="fogofwar.web")
    path = Path(db_path).resolve()
    database = path.stem
    return _Datasette(
        State(path, database=database, token=token, tiles=tiles),
        files=[str(path)],
        metadata=metadata(database),
        settings={"default_page_size": 50, "sql_time_limit_ms": 3000, "num_sql_threads": 3},
    )


class _Datasette(Datasette):  # type: ignore[misc]
    """Datasette with fogofwar's state, set before Datasette builds its routes (its
    in-process client does so in the constructor)."""

    def __init__(self, state: State, **kwargs: Any) -> None:
        self._fogofwar = state
        super().__init__(**kwargs)


def state_of(datasette: Any) -> State | None:
    """The fogofwar state of a Datasette instance, None for one `make_app` did not make."""
    state = getattr(datasette, "_fogofwar", None)
    return state if isinstance(state, State) else None


async def read_store(datasette: Any, state: State, work: Callable[[Store], T]) -> T:
    """Run `work` on the served database in one of Datasette's read-only threads."""

    def run(connection: Any) -> T:
        db = sqlite_utils.Database(connection, execute_plugins=False, recursive_triggers=False)
        return work(Store(db, location=str(state.path)))

    result: T = await datasette.get_database(state.database).execute_fn(run)
    return result


def check_address(host: str, port: int) -> None:
    """Refuse, in one line, an address this machine cannot listen on (a port in use,
    a host that is not its own) before the server starts."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        family, kind, proto, _, address = infos[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ConfigError(
            f"{host}:{port}", f"cannot listen there: {reason} (another server? try --port)"
        ) from exc


def new_token() -> str:
    """A fresh edit token (printed at start, like Jupyter's)."""
    return secrets.token_urlsafe(24)


def serve(
    db_path: Path | str,
    *,
    host: str = "127.0.0.1",
    port: int = 8001,
    edit: bool = False,
    tiles: str | None = None,
    announce: Callable[[str], None] = print,
) -> None:
    """Serve the database until interrupted."""
    import uvicorn

    path = Path(db_path)
    check_database(path, edit=edit)
    check_address(host, port)
    token = new_token() if edit else None
    datasette = make_app(path, token=token, tiles=tiles)
    base = f"http://{host if ':' not in host else f'[{host}]'}:{port}"
    announce(f"serving {path} at {base}/fogofwar (tables at {base}/{path.stem}); Ctrl-C stops")
    if host not in ("127.0.0.1", "localhost", "::1"):
        announce(f"warning: listening on {host}: anyone who can reach it can read the database")
    if token:
        announce(f"editing is on: open {base}/fogofwar?token={token} to make corrections")
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning")
