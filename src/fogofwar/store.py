"""The SQLite store: every article, claim, rejected input, event and estimate of a run.

Plain tables with `id` primary keys and foreign keys, FTS on article title and text, WAL
mode, so `datasette fogofwar.db` just works on it. Ids are content hashes and every write
is an upsert, so running the same input twice changes nothing. An article and its claims
are written in one transaction (a batch of articles shares one, `Store.batch`): a run
killed mid-way never leaves an article without its claims, and on resume the articles
not committed are simply done again.

Only the driver writes here; workers return records. Readers (`report`, `export`) open
the file read-only (`Store.open(path, readonly=True)`). Opening checks the file is ours,
not newer than this code, and has every table and column (another tool may have dropped
or renamed one); an older file gains the columns later versions added.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import random
import re
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import sqlite_utils

from .corrections import Applied, Correction, apply
from .errors import StoreError
from .eventedits import EventEdit
from .eventids import IdChange
from .records import (
    Analysis,
    Article,
    Claim,
    Estimate,
    Event,
    IncidentDate,
    Location,
    Rejected,
    Span,
)

# `PRAGMA application_id` marks a database as ours ("FoWr"), so a stranger's SQLite file
# is refused instead of being written into. `user_version` is the schema version:
# v2 added the events' location and date columns and the articles' incident-date columns
# (added to a v1 file on open); v3 the articles' text_date and written_after; v4 the
# claims' event_id (filled from event_articles when added to an older file), the
# analysts' corrections and event edits, and the event ids merged or split
# (event_history); v5 the claims' denied_by; v6 the grouping state (article_groups,
# group_keys, grouping_state), which lets a run regroup only what its articles change, and
# the claims' party_in_text, side_in_text (what the text said when the event placed the
# figure) and party_guessed.
APPLICATION_ID = 0x466F5772
SCHEMA_VERSION = 6
#: Columns a later version added that no reader needs: a file older than the version
#: that added one is still read without it (read-only it cannot gain it).
_NOT_READ: dict[tuple[str, str], int] = {
    ("claims", "event_id"): 4,
    ("corrections", ""): 4,
    ("event_history", ""): 4,
    ("event_edits", ""): 4,
    ("claims", "denied_by"): 5,
    ("claims", "party_in_text"): 6,
    ("claims", "side_in_text"): 6,
    ("claims", "party_guessed"): 6,
    ("article_groups", ""): 6,
    ("group_keys", ""): 6,
    ("grouping_state", ""): 6,
}
# Another connection holding the write lock (a second run on the same file) is waited for
# this long before a write gives up with "database is locked".
BUSY_TIMEOUT_SECONDS = 60.0
# SQLite may also refuse the lock as busy at once, without waiting (its busy handler is
# not called while a WAL file is recovered or the journal mode is changed by another
# connection). Such a refusal is retried this many times, after 0.1 s, 0.2 s, 0.4 s, ...
# (doubled each time, with jitter, about 6 s in all); one that already waited out the busy
# timeout is not retried: another run truly holds the file.
LOCK_RETRIES = 6
FIRST_RETRY_SECONDS = 0.1

_SCHEMA: dict[str, dict[str, Any]] = {
    "articles": {
        "columns": {
            "id": str,
            "external_id": str,
            "location": str,
            "outlet": str,
            "wire": str,
            "url": str,
            "title": str,
            "published": str,
            "language": str,
            "dateline_place": str,
            "text": str,
            "countries": str,
            "places": str,
            "actors": str,
            "fingerprint": str,
            # Analysis.incident_date: when the article says the incident happened
            "incident_start": str,
            "incident_end": str,
            "incident_time_precision": int,
            "incident_date_prec": int,
            "incident_reason": str,
            # Analysis.text_date and .written_after: what an undated article's text says
            "text_date": str,
            "written_after": str,
        },
        "foreign_keys": [],
    },
    "claims": {
        "columns": {
            "id": str,
            "article_id": str,
            "position": int,
            "evidence_start": int,
            "evidence_end": int,
            "evidence": str,
            "category": str,
            "count": int,
            "qualifier": str,
            "party": str,
            "status": str,
            "claimant": str,
            "claimant_side": str,
            "scope": str,
            "stated_on": str,
            # the event of the claim's article (set when events are regrouped), so a
            # per-event query needs no join; not a foreign key, as events are replaced
            "event_id": str,
            # Claim.denied_by: who denied or ridiculed the figure (empty: nobody)
            "denied_by": str,
            # Claim.party_in_text/side_in_text: the text's own reading, when the event's
            # country placed the figure (`placing`); empty otherwise
            "party_in_text": str,
            "side_in_text": str,
            # Claim.party_guessed: 1 when only the article's context gave the party
            "party_guessed": int,
        },
        "foreign_keys": [("article_id", "articles", "id")],
    },
    "rejected": {
        "columns": {"id": str, "location": str, "problem": str, "external_id": str},
        "foreign_keys": [],
    },
    "events": {
        "columns": {
            "id": str,
            "title": str,
            "start": str,
            "end": str,
            "countries": str,
            "places": str,
            "actors": str,
            "article_ids": str,
            # Event.location: where, as the gazetteer read it (empty when unknown)
            "location": str,
            "latitude": float,
            "longitude": float,
            "admin1": str,
            "location_country": str,
            "geo_precision": int,
            "where_prec": int,
            "location_reason": str,
            # Event.date: when the incident happened (not when it was reported)
            "date_start": str,
            "date_end": str,
            "time_precision": int,
            "date_prec": int,
            "date_reason": str,
        },
        "foreign_keys": [],
    },
    "event_articles": {
        # copy_of: the first article carrying the same wire story, when this one repeats it
        "columns": {"event_id": str, "article_id": str, "copy_of": str},
        "pk": ("event_id", "article_id"),
        "foreign_keys": [("event_id", "events", "id"), ("article_id", "articles", "id")],
    },
    "estimates": {
        "columns": {
            "id": str,
            "event_id": str,
            "party": str,
            "status": str,
            "category": str,
            "low": int,
            "best": int,
            "high": int,
            "claim_ids": str,
            "superseded_ids": str,
            "disputed": int,
            "rule": str,
        },
        "foreign_keys": [("event_id", "events", "id")],
    },
    "corrections": {
        # An analyst's change to a claim, keyed to survive re-runs (see `corrections`):
        # not a foreign key, as the claim and even the article may be replaced.
        "columns": {
            "id": str,
            "article_id": str,
            "external_id": str,
            "url": str,
            "evidence": str,
            "evidence_start": int,
            "evidence_end": int,
            "category": str,
            "count": int,
            "changes": str,
            "rejected": int,
            "author": str,
            "reason": str,
            "created": str,
        },
        "foreign_keys": [],
    },
    "event_edits": {
        # An analyst's merge of two events or split of an article out of one, keyed to
        # articles so that every later grouping repeats it (`eventedits`).
        "columns": {
            "id": str,
            "kind": str,
            "articles": str,
            "others": str,
            "author": str,
            "reason": str,
            "created": str,
        },
        "foreign_keys": [],
    },
    "event_history": {
        # An event id that a later grouping merged into another event, or an event cut
        # from an earlier one (`eventids`): kept across runs.
        "columns": {
            "id": str,
            "old_id": str,
            "event_id": str,
            "change": str,
            "recorded": str,
        },
        "foreign_keys": [],
    },
    "article_groups": {
        # How each article was last grouped (`regrouping`): the day it is grouped by
        # (empty when undated), its component and group; an undated article's group is
        # the dated one it joined (`attached` 1) or one of undated articles (0).
        # `dirty` 1: regroup it on the next run (a correction changed its claims).
        "columns": {
            "article_id": str,
            "day": str,
            "component": str,
            "group_id": str,
            "attached": int,
            "dirty": int,
            # an undated article's: the size of its first key too common to use
            # (`grouping.candidates_of`); changes to commoner keys cannot move it
            "cut": int,
        },
        "pk": "article_id",
        "foreign_keys": [],
    },
    "group_keys": {
        # The blocking keys of each grouped article (`grouping`): a dated article's
        # (`dated` 1) are what undated articles look up; an undated one's (0) say which
        # undated articles a change in the dated ones may move.
        "columns": {"key": str, "article_id": str, "dated": int},
        "pk": ("key", "article_id"),
        "foreign_keys": [],
    },
    "grouping_state": {
        # what the stored grouping was computed with (settings), so a change regroups all
        "columns": {"id": str, "value": str},
        "foreign_keys": [],
    },
    "runs": {
        "columns": {
            "id": str,
            "started": str,
            "finished": str,
            "read": int,
            "rejected": int,
            "skipped": int,
        },
        "foreign_keys": [],
    },
}

_INDEXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("claims", ("article_id",)),
    ("claims", ("event_id",)),
    ("event_articles", ("article_id",)),
    ("estimates", ("event_id",)),
    ("article_groups", ("day",)),
    ("article_groups", ("component",)),
    ("article_groups", ("group_id",)),
    ("group_keys", ("article_id",)),
)
#: The day an article is grouped by (`grouping.day_of`), as SQL; indexed.
GROUPING_DAY = "COALESCE(published, text_date)"


_ITEM_NUMBER = re.compile(r"[:#]\d+$")


def input_of(location: str) -> str:
    """The file (or `<stdin>`) a location is in: `a.jsonl:3` and `feed.xml#2` are in
    `a.jsonl` and `feed.xml`; a whole file is its own."""
    return _ITEM_NUMBER.sub("", location)


def content_id(*parts: object) -> str:
    """A short stable hash of `parts`, used as the id of rows that have no id of their own."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:16]


class Store:
    """A fogofwar SQLite database. Open with `Store.open(path)`."""

    def __init__(self, db: sqlite_utils.Database, *, location: str) -> None:
        self.db = db
        self.location = location
        self._batched = False

    # -- opening --------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, readonly: bool = False) -> Store:
        """Open (or create) the database at `path`, refusing files that are not ours.

        `readonly` opens an existing database for reading only (SQLite's `mode=ro`), as
        `report` and `export` do: it works on read-only media, never creates or upgrades
        anything, and refuses a file whose schema lacks a table or column it reads.
        """
        if readonly:
            return cls._open_readonly(path)
        location = str(path)
        try:
            if location != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(location, timeout=BUSY_TIMEOUT_SECONDS)
            db = sqlite_utils.Database(connection, execute_plugins=False)
        except (OSError, sqlite3.Error) as exc:
            problem = _read_only_problem(location, exc) or f"cannot open database: {_reason(exc)}"
            raise StoreError(location, problem) from exc
        try:
            # Each step under the write lock, so two runs creating one file take turns.
            with _write_lock(db):
                _check_is_ours(db, location)
            if location != ":memory:":
                _retrying(db.enable_wal)
            db.execute("PRAGMA foreign_keys = ON")
            with _write_lock(db):
                _create_schema(db)
        except sqlite3.Error as exc:
            db.close()
            problem = (
                _known_problem(exc)
                or _read_only_problem(location, exc)
                or f"not a usable SQLite database: {_reason(exc)}"
            )
            raise StoreError(location, problem) from exc
        except StoreError:
            db.close()
            raise
        return cls(db, location=location)

    @classmethod
    def _open_readonly(cls, path: Path | str) -> Store:
        location = str(path)
        db: sqlite_utils.Database | None = None
        try:
            db = _connect_readonly(Path(path))
            _check_is_ours(db, location, readonly=True)
        except sqlite3.Error as exc:
            if db is not None:
                db.close()
            problem = _known_problem(exc) or f"not a usable SQLite database: {_reason(exc)}"
            raise StoreError(location, problem) from exc
        except StoreError:
            if db is not None:
                db.close()
            raise
        return cls(db, location=location)

    def _writing(self) -> contextlib.AbstractContextManager[Any]:
        """One write transaction (see `_write_lock`); inside `batch`, a savepoint of it."""
        return self.db.atomic() if self._batched else _write_lock(self.db)

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Many writes in one transaction: one commit (one sync to disk) for a batch of
        articles instead of one each. Each write inside is a savepoint, so one that fails
        is undone alone; a run killed mid-batch loses the batch whole, and redoes it."""
        if self._batched:
            yield
            return
        with _write_lock(self.db):
            self._batched = True
            try:
                yield
            finally:
                self._batched = False

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writes ---------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        """Whether this article (and so its claims) is already stored: a resumed run skips it."""
        row = self.db.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
        return row is not None

    def save_analysed(self, article: Article, analysis: Analysis) -> int:
        """Write an article and its claims in one transaction, replacing any earlier copy.

        An input that names itself by both an id and a url is the same article whatever
        its text: a revised version (same id and url, another text, so another row id)
        replaces the stored one with its claims. Returns how many it replaced (0 or 1).
        """
        row = _article_row(article, analysis)
        claim_rows = [
            _claim_row(claim, article.text, position=i) for i, claim in enumerate(analysis.claims)
        ]
        with self._writing():
            stale = self._earlier_versions(article)
            for old_id in stale:
                self.db.table("claims").delete_where("article_id = ?", [old_id])
                self.db.table("event_articles").delete_where("article_id = ?", [old_id])
                self.db.table("articles").delete_where("id = ?", [old_id])
            self.db.table("articles").upsert(row, pk="id")
            self.db.table("claims").delete_where("article_id = ?", [article.id])
            if claim_rows:
                self.db.table("claims").upsert_all(claim_rows, pk="id")
        return len(stale)

    def _earlier_versions(self, article: Article) -> list[str]:
        """Ids of stored articles with the same input id and url as `article` (not it)."""
        if not (article.external_id and article.url):
            return []
        sql = "SELECT id FROM articles WHERE external_id = ? AND url = ? AND id != ?"
        return [r[0] for r in self.db.execute(sql, [article.external_id, article.url, article.id])]

    def save_rejected(self, rejected: Rejected) -> None:
        """Keep a bad input with its reason; the same problem at the same place is one row."""
        row = {
            "id": content_id(rejected.location, rejected.problem),
            "location": rejected.location,
            "problem": rejected.problem,
            "external_id": rejected.external_id,
        }
        with self._writing():
            self.db.table("rejected").upsert(row, pk="id")

    def forget_rejected(self, *, inputs: Iterable[str], keep: Iterable[str]) -> int:
        """Delete the rejected rows of `inputs` (files, `<stdin>`) read again by a run,
        except those at the locations in `keep` (rejected again): an input that was fixed
        leaves no row behind. Returns how many rows were deleted."""
        inputs, keep = set(inputs), set(keep)
        stale = [
            row_id
            for row_id, location in self.db.execute("SELECT id, location FROM rejected")
            if input_of(location) in inputs and location not in keep
        ]
        if stale:
            with self._writing():
                for row_id in stale:
                    self.db.table("rejected").delete_where("id = ?", [row_id])
        return len(stale)

    def replace_events(
        self,
        events: list[Event],
        estimates: list[Estimate],
        *,
        copies: Mapping[str, str] | None = None,
        changes: Iterable[IdChange] = (),
        replacing: Iterable[str] | None = None,
        placed: Iterable[Claim] | None = None,
    ) -> None:
        """Swap in the events and estimates recomputed from all analyses, in one transaction;
        or, given `replacing` (event ids), swap those events for these.

        `placed` are the claims whose party their event decided (`placing`): every claim
        placed before (of these events' articles, given `replacing`) goes back to what its
        text said, then these are set. None leaves the claims as they are.

        `copies` maps an article to the first article of the wire story it repeats; the
        link rows mark each repeat with it (`event_articles.copy_of`). `changes` (event
        ids merged or split, `eventids`) are added to `event_history`.
        """
        recorded = dt.datetime.now(dt.UTC).isoformat()
        history = [
            {
                "id": content_id(c.old_id, c.event_id, c.change, recorded),
                "old_id": c.old_id,
                "event_id": c.event_id,
                "change": c.change,
                "recorded": recorded,
            }
            for c in changes
        ]
        copies = copies or {}
        event_rows = [_event_row(e) for e in events]
        links = [
            {
                "event_id": e.id,
                "article_id": a,
                "copy_of": copies[a] if copies.get(a, a) != a else None,
            }
            for e in events
            for a in dict.fromkeys(e.article_ids)
        ]
        estimate_rows = [_estimate_row(e) for e in estimates]
        with self._writing():
            if replacing is None:
                self.db.table("estimates").delete_where()
                self.db.table("event_articles").delete_where()
                self.db.table("events").delete_where()
            else:
                gone = [_json(sorted(set(replacing) | {e.id for e in events}))]
                for table, column in (
                    ("estimates", "event_id"),
                    ("event_articles", "event_id"),
                    ("events", "id"),
                ):
                    self.db.execute(
                        f"DELETE FROM {table} WHERE {column} IN (SELECT value FROM json_each(?))",
                        gone,
                    )
            if event_rows:
                self.db.table("events").upsert_all(event_rows, pk="id")
            if links:
                self.db.table("event_articles").upsert_all(links, pk=("event_id", "article_id"))
            if estimate_rows:
                self.db.table("estimates").upsert_all(estimate_rows, pk="id")
            articles = None if replacing is None else [a for e in events for a in e.article_ids]
            if articles is None:
                _fill_claim_events(self.db)
            else:
                _fill_claim_events(self.db, articles=articles)
            if placed is not None:
                self._replace_placed(placed, articles=articles)
            if history:
                self.db.table("event_history").upsert_all(history, pk="id")

    def _replace_placed(self, placed: Iterable[Claim], *, articles: list[str] | None) -> None:
        reset = (
            "UPDATE claims SET party = party_in_text, claimant_side = side_in_text, "
            "party_in_text = '', side_in_text = '' WHERE party_in_text != ''"
        )
        if articles is None:
            self.db.execute(reset)
        else:
            self.db.execute(
                reset + " AND article_id IN (SELECT value FROM json_each(?))",
                [_json(sorted(set(articles)))],
            )
        self.db.conn.executemany(
            "UPDATE claims SET party = ?, claimant_side = ?, party_in_text = ?, "
            "side_in_text = ? WHERE id = ?",
            [(c.party, c.claimant_side, c.party_in_text, c.side_in_text, c.id) for c in placed],
        )

    def save_correction(self, correction: Correction) -> None:
        """Keep one analyst's correction (never touching the claim it corrects)."""
        with self._writing():
            self.db.table("corrections").upsert(_correction_row(correction), pk="id")

    def save_event_edit(self, edit: EventEdit) -> None:
        """Keep one analyst's merge or split of events."""
        row = {
            "id": edit.id,
            "kind": edit.kind,
            "articles": _json(edit.articles),
            "others": _json(edit.others),
            "author": edit.author,
            "reason": edit.reason,
            "created": edit.created.isoformat(),
        }
        with self._writing():
            self.db.table("event_edits").upsert(row, pk="id")

    def replace_estimates(self, event_ids: Iterable[str], estimates: list[Estimate]) -> None:
        """Swap the estimates of some events (recomputed after a correction)."""
        rows = [_estimate_row(e) for e in estimates]
        with self._writing():
            for event_id in event_ids:
                self.db.table("estimates").delete_where("event_id = ?", [event_id])
            if rows:
                self.db.table("estimates").upsert_all(rows, pk="id")

    def record_run(
        self,
        started: dt.datetime,
        *,
        finished: dt.datetime,
        read: int,
        rejected: int,
        skipped: int,
    ) -> str:
        """Log one run's summary and return its id."""
        row = {
            "started": started.isoformat(),
            "finished": finished.isoformat(),
            "read": read,
            "rejected": rejected,
            "skipped": skipped,
        }
        row["id"] = content_id(*row.values())
        with self._writing():
            self.db.table("runs").upsert(row, pk="id")
        return str(row["id"])

    # -- reads ----------------------------------------------------------------------------

    def analyses(self, *, corrected: bool = True) -> list[Analysis]:
        """Every stored article's Analysis, rebuilt from rows, so grouping needs no re-parse.

        Its claims are the analysts' corrected ones (`corrections`) unless `corrected`
        is False: estimates, exports and pages start from here. A run's regrouping reads
        a few days at a time instead (`analyses_on`, `analyses_of`)."""
        claims = self.corrected_claims().claims if corrected else self.claims()
        return self._analyses("", [], claims)

    def analyses_on(self, day: dt.date) -> list[Analysis]:
        """The analyses (claims corrected) of the articles grouped by `day`
        (`grouping.day_of`)."""
        where = f"WHERE {GROUPING_DAY} = ?"
        return self._analyses(where, [day.isoformat()], self._claims_where(where, [day]))

    def analyses_of(self, article_ids: Iterable[str]) -> list[Analysis]:
        """The analyses (claims corrected) of these articles, those that are stored."""
        where = "WHERE id IN (SELECT value FROM json_each(?))"
        ids = [_json(sorted(set(article_ids)))]
        return self._analyses(where, ids, self._claims_where(where, ids))

    def grouping_days(self, first: dt.date, last: dt.date) -> list[dt.date]:
        """The days from `first` to `last` on which articles are grouped, in order."""
        sql = (
            f"SELECT DISTINCT {GROUPING_DAY} FROM articles WHERE {GROUPING_DAY} "
            f"BETWEEN ? AND ? ORDER BY 1"
        )
        rows = self.db.execute(sql, [first.isoformat(), last.isoformat()]).fetchall()
        return [dt.date.fromisoformat(r[0]) for r in rows]

    def _claims_where(self, where: str, args: list[Any]) -> tuple[Claim, ...]:
        """The corrected claims of the articles selected by `where` (on `articles`)."""
        args = [a.isoformat() if isinstance(a, dt.date) else a for a in args]
        sql = (
            f"SELECT * FROM claims WHERE article_id IN (SELECT id FROM articles {where}) "
            "ORDER BY article_id, position, id"
        )
        rows = list(self.db.query(sql, args))
        claims = [_claim(r) for r in rows]
        fixes = self.corrections()
        if not fixes:
            return tuple(claims)
        evidence = {r["id"]: r["evidence"] for r in rows}
        return apply(claims, fixes, evidence=evidence, successor=self._successors(fixes)).claims

    def _analyses(self, where: str, args: list[Any], claims: Iterable[Claim]) -> list[Analysis]:
        claims_by_article: dict[str, list[Claim]] = {}
        for claim in claims:
            claims_by_article.setdefault(claim.article_id, []).append(claim)
        columns = (
            "id, outlet, wire, published, title, fingerprint, countries, places, actors, "
            "incident_start, incident_end, incident_time_precision, incident_date_prec, "
            "incident_reason, text_date, written_after"
        )
        sql = f"SELECT {columns} FROM articles {where} ORDER BY published, id"
        return [
            Analysis(
                article_id=row["id"],
                outlet=row["outlet"],
                wire=row["wire"],
                published=_date(row["published"]),
                title=row["title"],
                # one string object per word, not per article that has it
                fingerprint=frozenset(map(sys.intern, _list(row["fingerprint"]))),
                countries=tuple(_list(row["countries"])),
                places=tuple(_list(row["places"])),
                actors=tuple(_list(row["actors"])),
                claims=tuple(claims_by_article.get(row["id"], ())),
                incident_date=_incident_date(row, prefix="incident_"),
                text_date=_date(row["text_date"]),
                written_after=_date(row["written_after"]),
            )
            for row in self.db.query(sql, args)
        ]

    def articles(self) -> list[Article]:
        """Every stored article, oldest first."""
        return [_article(r) for r in self.db.query("SELECT * FROM articles ORDER BY published, id")]

    def article(self, article_id: str) -> Article:
        """One article by id; KeyError if it is not stored."""
        rows = list(self.db.query("SELECT * FROM articles WHERE id = ?", [article_id]))
        if not rows:
            raise KeyError(article_id)
        return _article(rows[0])

    def search(self, query: str, *, limit: int = 50) -> list[Article]:
        """Articles whose title or text match `query` (full-text search, best first)."""
        rows = self.db.table("articles").search(query, limit=limit, quote=True)
        return [_article(r) for r in rows]

    def claims(self, *, article_id: str | None = None) -> list[Claim]:
        """Stored claims (of one article if given), in article then text order."""
        where, args = ("WHERE article_id = ?", [article_id]) if article_id is not None else ("", [])
        sql = f"SELECT * FROM claims {where} ORDER BY article_id, position, id"
        return [_claim(r) for r in self.db.query(sql, args)]

    def corrections(self) -> list[Correction]:
        """Every stored correction, oldest first (none in a file older than v4)."""
        if "corrections" not in self.db.table_names():
            return []
        sql = "SELECT * FROM corrections ORDER BY created, id"
        return [_correction(r) for r in self.db.query(sql)]

    def event_edits(self) -> list[EventEdit]:
        """Every stored merge and split of events, oldest first (none before v4)."""
        if "event_edits" not in self.db.table_names():
            return []
        return [
            EventEdit(
                id=r["id"],
                kind=r["kind"],
                articles=tuple(_list(r["articles"])),
                others=tuple(_list(r["others"])),
                author=r["author"] or "",
                reason=r["reason"] or "",
                created=dt.datetime.fromisoformat(r["created"]),
            )
            for r in self.db.query("SELECT * FROM event_edits ORDER BY created, id")
        ]

    def event_history(self) -> list[IdChange]:
        """Event ids merged into or split from others, oldest first (none before v4)."""
        if "event_history" not in self.db.table_names():
            return []
        sql = "SELECT * FROM event_history ORDER BY recorded, id"
        return [
            IdChange(old_id=r["old_id"], event_id=r["event_id"], change=r["change"])
            for r in self.db.query(sql)
        ]

    def corrected_claims(self) -> Applied:
        """The stored claims with every correction applied, and the orphaned corrections."""
        claims = self.claims()
        fixes = self.corrections()
        if not fixes:
            return Applied(claims=tuple(claims), corrected={}, orphaned=())
        evidence = dict(self.db.execute("SELECT id, evidence FROM claims").fetchall())
        return apply(claims, fixes, evidence=evidence, successor=self._successors(fixes))

    def _successors(self, fixes: Iterable[Correction]) -> dict[str, str]:
        """Corrected article id -> the stored article with its input id and url."""
        successor = {}
        for fix in fixes:
            if fix.external_id and fix.url:
                row = self.db.execute(
                    "SELECT id FROM articles WHERE external_id = ? AND url = ? LIMIT 1",
                    [fix.external_id, fix.url],
                ).fetchone()
                if row is not None:
                    successor[fix.article_id] = row[0]
        return successor

    def claim_row(self, claim_id: str) -> dict[str, Any]:
        """One stored claim as extracted, with its article's input id and url; KeyError
        if there is no such claim."""
        sql = (
            "SELECT c.*, a.external_id, a.url FROM claims c JOIN articles a "
            "ON a.id = c.article_id WHERE c.id = ?"
        )
        rows = list(self.db.query(sql, [claim_id]))
        if not rows:
            raise KeyError(claim_id)
        return rows[0]

    def events(self) -> list[Event]:
        """Stored events, in date order (undated last)."""
        sql = 'SELECT * FROM events ORDER BY start IS NULL, start, "end", id'
        return [_event(r) for r in self.db.query(sql)]

    def events_of(self, event_ids: Iterable[str]) -> list[Event]:
        """These stored events (those that exist), in date order."""
        sql = (
            "SELECT * FROM events WHERE id IN (SELECT value FROM json_each(?)) "
            'ORDER BY start IS NULL, start, "end", id'
        )
        return [_event(r) for r in self.db.query(sql, [_json(sorted(set(event_ids)))])]

    def estimates(self, *, event_id: str | None = None) -> list[Estimate]:
        """Stored estimates (of one event if given)."""
        where, args = ("WHERE event_id = ?", [event_id]) if event_id is not None else ("", [])
        sql = f"SELECT * FROM estimates {where} ORDER BY event_id, party, status, category, id"
        return [_estimate(r) for r in self.db.query(sql, args)]

    def claim_table(self) -> list[dict[str, Any]]:
        """Every claim as one flat row with its verbatim evidence, its article's outlet,
        url, title and date, and its event: the claims table exports write out."""
        # a file older than v5 (read-only, not upgraded) has no denied_by: nobody denied
        claims_columns = self.db.table("claims").columns_dict
        denied = "c.denied_by" if "denied_by" in claims_columns else "'' AS denied_by"
        # ... and a file older than v6 no party_in_text: its texts decided every party
        in_text = (
            "c.party_in_text, c.side_in_text, c.party_guessed"
            if "party_in_text" in claims_columns
            else "'' AS party_in_text, '' AS side_in_text, 0 AS party_guessed"
        )
        sql = f"""
            SELECT c.id AS claim_id, ea.event_id, COALESCE(a.external_id, a.id) AS doc_id,
                   c.article_id, a.outlet, a.wire, a.published, a.url, a.title,
                   c.category, c.count, c.qualifier, c.party, c.status, c.claimant,
                   c.claimant_side, {denied}, c.scope, c.stated_on, c.evidence_start,
                   c.evidence_end, c.evidence, {in_text}
            FROM claims c
            JOIN articles a ON a.id = c.article_id
            LEFT JOIN event_articles ea ON ea.article_id = c.article_id
            ORDER BY a.published IS NULL, a.published, c.article_id, c.position, c.id
        """
        rows = list(self.db.query(sql))
        applied = self.corrected_claims()
        if not applied.corrected:
            return rows
        kept = {c.id: c for c in applied.claims}
        fields = (
            "category", "count", "qualifier", "party", "status", "claimant", "claimant_side",
            "scope", "party_in_text", "side_in_text",
        )  # fmt: skip
        return [
            {**row, **{f: getattr(kept[row["claim_id"]], f) for f in fields}}
            for row in rows
            if row["claim_id"] in kept
        ]

    def last_updated(self) -> dt.datetime | None:
        """When the last run finished (UTC), or None if no run was recorded."""
        row = self.db.execute("SELECT MAX(finished) FROM runs").fetchone()
        return dt.datetime.fromisoformat(row[0]) if row and row[0] else None

    def rejected(self) -> list[Rejected]:
        """Stored rejected inputs, by location."""
        return [
            Rejected(location=r["location"], problem=r["problem"], external_id=r["external_id"])
            for r in self.db.query("SELECT * FROM rejected ORDER BY location, problem")
        ]

    def counts(self) -> dict[str, int]:
        """Row count of each table: what a run summary or a test compares."""
        present = set(self.db.table_names())
        return {name: self.db.table(name).count for name in _SCHEMA if name in present}


# -- schema -------------------------------------------------------------------------------


@contextlib.contextmanager
def _write_lock(db: sqlite_utils.Database) -> Iterator[None]:
    """One write transaction that takes the write lock first (`BEGIN IMMEDIATE`), so a
    second run waits for it at the start (busy timeout); a transaction that read first
    could only fail at once, half-way, when another run had written meanwhile. Taking the
    lock and committing are retried when SQLite refuses them as busy without waiting
    (`_retrying`): a COMMIT refused as busy leaves the transaction open to commit again."""
    conn = db.conn
    _retrying(lambda: conn.execute("BEGIN IMMEDIATE"))
    try:
        yield
        if conn.in_transaction:  # a script (the FTS set-up) commits on its own
            _retrying(lambda: conn.execute("COMMIT"))
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _retrying(action: Callable[[], object]) -> None:
    """Do `action`; when SQLite refuses it as locked or busy before the busy timeout has
    passed, wait (bounded, doubling backoff with jitter) and try again, `LOCK_RETRIES`
    times at most."""
    for attempt in range(LOCK_RETRIES + 1):
        started = time.monotonic()
        try:
            action()
            return
        except sqlite3.OperationalError as exc:
            waited = time.monotonic() - started
            if not _is_busy(exc) or attempt == LOCK_RETRIES or waited >= BUSY_TIMEOUT_SECONDS / 2:
                raise
        time.sleep(FIRST_RETRY_SECONDS * 2**attempt * random.uniform(1.0, 1.5))


def _is_busy(exc: sqlite3.Error) -> bool:
    reason = _reason(exc).lower()
    return "locked" in reason or "busy" in reason


def _reason(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def storage_problem(exc: sqlite3.Error | OSError) -> str:
    """What a database or disk failure means, with what to do about it, in one line.
    Nothing stored is lost in any of them: every batch of articles is written in one
    transaction, whole or not at all."""
    return _known_problem(exc) or f"database error: {_reason(exc)}"


def _known_problem(exc: sqlite3.Error | OSError) -> str | None:
    reason = _reason(exc)
    lower = reason.lower()
    if (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or "is full" in lower:
        return f"disk is full ({reason}); free some space and run again, nothing stored is lost"
    if "locked" in lower or "busy" in lower:
        return (
            f"{reason}: another process (a second run?) held it for over "
            f"{BUSY_TIMEOUT_SECONDS:g} s; run again when it has finished"
        )
    if "malformed" in lower or "corrupt" in lower:
        return f"{reason}: restore the file from a backup, or run into a new database file"
    if "readonly" in lower or "read-only" in lower:
        return f"{reason}: make the file and its folder writable, or write to another file"
    return None


def _read_only_problem(location: str, exc: sqlite3.Error | OSError) -> str | None:
    """The read-only hint for a database SQLite `is unable to open` for writing because
    the file, or the folder its journal (`-wal`, `-shm`) goes in, is read-only: on a
    read-only mount SQLite says nothing else."""
    if location == ":memory:" or "unable to open" not in _reason(exc).lower():
        return None
    path = Path(location).absolute()
    if _read_only_mount(path.parent):
        where = f"its folder {path.parent} is on a read-only mount"
    elif path.exists() and not os.access(path, os.W_OK):
        where = "the file is read-only"
    elif not os.access(path.parent, os.W_OK):
        where = f"its folder {path.parent} is read-only"
    else:
        return None
    readable = " (report and export can read it as it is)" if path.is_file() else ""
    return (
        f"{_reason(exc)}: {where}; make the file and its folder writable, or write to "
        f"another file{readable}"
    )


def _read_only_mount(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:  # a folder that is not there: not a mount we can ask about
        return False


def _connect_readonly(path: Path) -> sqlite_utils.Database:
    """A read-only connection (`mode=ro`). On read-only media a WAL database whose `-shm`
    file is absent cannot be opened so; there nobody can write it either, so it is opened
    as immutable instead."""

    def connect(params: str) -> sqlite_utils.Database:
        uri = f"{path.absolute().as_uri()}?{params}"
        connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return sqlite_utils.Database(connection, execute_plugins=False)

    if not path.is_file():
        raise StoreError(str(path), "no such database file")
    try:
        return connect("mode=ro")
    except sqlite3.OperationalError:
        if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
            raise
        return connect("mode=ro&immutable=1")


def _check_is_ours(db: sqlite_utils.Database, location: str, *, readonly: bool = False) -> None:
    """Mark a fresh database as ours; refuse one that belongs to something else, one made
    by a newer fogofwar, and one whose tables or columns were changed by another tool.
    Read-only, a fresh or older database is refused too: it cannot be set up or upgraded."""
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    tables = db.table_names()
    if app_id == APPLICATION_ID:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                location,
                f"database schema v{version} is newer than this fogofwar (v{SCHEMA_VERSION})",
            )
        ours = set(tables) & set(_SCHEMA)
        # Writable, an older file gains what later versions added, and one that holds no
        # rows yet (a run killed while creating it) is simply set up; anything else
        # missing was removed by someone, and filling it in would hide the loss.
        holds_rows = any(db.table(name).count for name in ours)
        gaps = _schema_gaps(db, version=version) if readonly or holds_rows else []
        if gaps and (version == SCHEMA_VERSION or readonly):
            shown = ", ".join(gaps[:3]) + (f" and {len(gaps) - 3} more" if len(gaps) > 3 else "")
            if not ours:
                problem = "has no fogofwar tables yet: run `fogofwar process` into it first"
            elif version < SCHEMA_VERSION:
                problem = (
                    f"database schema v{version} is older than this fogofwar "
                    f"(v{SCHEMA_VERSION}; {shown}): run `fogofwar process` on it once to "
                    "upgrade it, or export with the fogofwar that wrote it"
                )
            else:
                problem = (
                    f"the database's schema was changed by another tool ({shown}): restore "
                    "the file from a backup, or run into a new database file"
                )
            raise StoreError(location, problem)
        if version < SCHEMA_VERSION and not readonly:
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        return
    if tables:
        shown = ", ".join(tables[:5])
        raise StoreError(location, f"not a fogofwar database (it has tables: {shown})")
    if readonly:
        raise StoreError(location, "not a fogofwar database (it is empty)")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _schema_gaps(db: sqlite_utils.Database, *, version: int) -> list[str]:
    """What fogofwar's schema has and the file lacks: `table 'estimates' is missing`,
    `column 'claims.count' is missing` (renamed or dropped). A column no reader needs is
    no gap in a file older than the version that added it (`_NOT_READ`)."""
    present = set(db.table_names())
    gaps: list[str] = []
    for name, spec in _SCHEMA.items():
        if name not in present:
            if version >= _NOT_READ.get((name, ""), 0):
                gaps.append(f"table {name!r} is missing")
            continue
        columns = set(db.table(name).columns_dict)
        gaps += [
            f"column '{name}.{c}' is missing"
            for c in spec["columns"]
            if c not in columns and version >= _NOT_READ.get((name, c), 0)
        ]
    return gaps


def _create_schema(db: sqlite_utils.Database) -> None:
    """Create missing tables, columns, indexes and the article FTS index.

    A no-op when all exist; columns a newer schema added are added to an older file.
    """
    for name, spec in _SCHEMA.items():
        created = db.table(name)
        created.create(
            spec["columns"],
            pk=spec.get("pk", "id"),
            foreign_keys=spec["foreign_keys"],
            if_not_exists=True,
        )
        present = set(created.columns_dict)
        for column, kind in spec["columns"].items():
            if column not in present:
                created.add_column(column, kind)
                if (name, column) == ("claims", "event_id"):
                    _fill_claim_events(db)
    for table, columns in _INDEXES:
        db.table(table).create_index(columns, if_not_exists=True)
    db.execute(f"CREATE INDEX IF NOT EXISTS idx_articles_grouping_day ON articles({GROUPING_DAY})")
    if db.table("articles").detect_fts() is None:
        db.table("articles").enable_fts(["title", "text"], create_triggers=True)


def _fill_claim_events(db: sqlite_utils.Database, *, articles: Iterable[str] | None = None) -> None:
    """Set every claim's event_id (or those of `articles`' claims) from its article's
    event (`event_articles`)."""
    sql = (
        "UPDATE claims SET event_id = (SELECT ea.event_id FROM event_articles ea "
        "WHERE ea.article_id = claims.article_id ORDER BY ea.event_id LIMIT 1)"
    )
    if articles is None:
        db.execute(sql)
    else:
        where = " WHERE article_id IN (SELECT value FROM json_each(?))"
        db.execute(sql + where, [_json(sorted(set(articles)))])


# -- rows <-> records ---------------------------------------------------------------------


def _json(values: Iterable[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _list(value: str | None) -> list[str]:
    if not value:
        return []
    loaded = json.loads(value)
    return [str(v) for v in loaded] if isinstance(loaded, list) else []


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _article_row(article: Article, analysis: Analysis) -> dict[str, Any]:
    return {
        "id": article.id,
        "external_id": article.external_id,
        "location": article.location,
        "outlet": article.outlet,
        "wire": article.wire,
        "url": article.url,
        "title": article.title,
        "published": _iso(article.published),
        "language": article.language,
        "dateline_place": article.dateline_place,
        "text": article.text,
        "countries": _json(analysis.countries),
        "places": _json(analysis.places),
        "actors": _json(analysis.actors),
        "fingerprint": _json(sorted(analysis.fingerprint)),
        **_date_columns(analysis.incident_date, prefix="incident_"),
        "text_date": _iso(analysis.text_date),
        "written_after": _iso(analysis.written_after),
    }


def _article(row: dict[str, Any]) -> Article:
    return Article(
        id=row["id"],
        text=row["text"],
        location=row["location"],
        external_id=row["external_id"],
        title=row["title"],
        url=row["url"],
        outlet=row["outlet"],
        wire=row["wire"],
        published=_date(row["published"]),
        language=row["language"],
        dateline_place=row["dateline_place"],
    )


def _claim_row(claim: Claim, text: str, *, position: int) -> dict[str, Any]:
    return {
        "id": claim.id,
        "article_id": claim.article_id,
        "position": position,
        "evidence_start": claim.evidence.start,
        "evidence_end": claim.evidence.end,
        "evidence": claim.evidence.of(text),
        "category": claim.category,
        "count": claim.count,
        "qualifier": claim.qualifier,
        "party": claim.party,
        "status": claim.status,
        "claimant": claim.claimant,
        "claimant_side": claim.claimant_side,
        "scope": claim.scope,
        "stated_on": _iso(claim.stated_on),
        "denied_by": claim.denied_by,
        "party_in_text": claim.party_in_text,
        "side_in_text": claim.side_in_text,
        "party_guessed": int(claim.party_guessed),
    }


def _claim(row: dict[str, Any]) -> Claim:
    return Claim(
        id=row["id"],
        article_id=row["article_id"],
        evidence=Span(start=row["evidence_start"], end=row["evidence_end"]),
        category=row["category"],
        count=row["count"],
        qualifier=row["qualifier"],
        party=row["party"],
        status=row["status"],
        claimant=row["claimant"],
        claimant_side=row["claimant_side"],
        scope=row["scope"],
        stated_on=_date(row["stated_on"]),
        denied_by=row.get("denied_by") or "",
        party_in_text=row.get("party_in_text") or "",
        side_in_text=row.get("side_in_text") or "",
        party_guessed=bool(row.get("party_guessed")),
    )


def _event_row(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "title": event.title,
        "start": _iso(event.start),
        "end": _iso(event.end),
        "countries": _json(event.countries),
        "places": _json(event.places),
        "actors": _json(event.actors),
        "article_ids": _json(event.article_ids),
        **_location_columns(event.location),
        **_date_columns(event.date),
    }


def _location_columns(location: Location | None) -> dict[str, Any]:
    if location is None:
        return dict.fromkeys(_LOCATION_COLUMNS)
    return {
        "location": location.name,
        "latitude": location.latitude,
        "longitude": location.longitude,
        "admin1": location.admin1,
        "location_country": location.country,
        "geo_precision": location.geo_precision,
        "where_prec": location.where_prec,
        "location_reason": location.reason,
    }


def _date_columns(date: IncidentDate | None, *, prefix: str = "") -> dict[str, Any]:
    """An IncidentDate as columns: `date_start`... on events, `incident_start`... on articles."""
    names = _date_names(prefix)
    if date is None:
        return dict.fromkeys(names.values())
    return {
        names["start"]: date.start.isoformat(),
        names["end"]: date.end.isoformat(),
        names["time_precision"]: date.time_precision,
        names["date_prec"]: date.date_prec,
        names["reason"]: date.reason,
    }


def _date_names(prefix: str) -> dict[str, str]:
    stem = prefix or "date_"
    return {
        "start": f"{stem}start",
        "end": f"{stem}end",
        "time_precision": f"{prefix}time_precision",
        "date_prec": f"{prefix}date_prec",
        "reason": f"{stem}reason",
    }


_LOCATION_COLUMNS = (
    "location",
    "latitude",
    "longitude",
    "admin1",
    "location_country",
    "geo_precision",
    "where_prec",
    "location_reason",
)


def _location(row: dict[str, Any]) -> Location | None:
    if not row.get("location"):
        return None
    return Location(
        name=row["location"],
        latitude=row["latitude"],
        longitude=row["longitude"],
        admin1=row["admin1"],
        country=row["location_country"],
        geo_precision=row["geo_precision"] if row["geo_precision"] is not None else 3,
        where_prec=row["where_prec"] if row["where_prec"] is not None else 6,
        reason=row["location_reason"] or "",
    )


def _incident_date(row: dict[str, Any], *, prefix: str = "") -> IncidentDate | None:
    names = _date_names(prefix)
    start, end = _date(row.get(names["start"])), _date(row.get(names["end"]))
    if start is None:
        return None
    time_precision, date_prec = row[names["time_precision"]], row[names["date_prec"]]
    return IncidentDate(
        start=start,
        end=end or start,
        time_precision=time_precision if time_precision is not None else 1,
        date_prec=date_prec if date_prec is not None else 1,
        reason=row[names["reason"]] or "",
    )


def _event(row: dict[str, Any]) -> Event:
    return Event(
        id=row["id"],
        title=row["title"],
        start=_date(row["start"]),
        end=_date(row["end"]),
        article_ids=tuple(_list(row["article_ids"])),
        countries=tuple(_list(row["countries"])),
        places=tuple(_list(row["places"])),
        actors=tuple(_list(row["actors"])),
        location=_location(row),
        date=_incident_date(row),
    )


def _estimate_row(estimate: Estimate) -> dict[str, Any]:
    return {
        "id": estimate.id,
        "event_id": estimate.event_id,
        "party": estimate.party,
        "status": estimate.status,
        "category": estimate.category,
        "low": estimate.low,
        "best": estimate.best,
        "high": estimate.high,
        "claim_ids": _json(estimate.claim_ids),
        "superseded_ids": _json(estimate.superseded_ids),
        "disputed": int(estimate.disputed),
        "rule": estimate.rule,
    }


def _correction_row(c: Correction) -> dict[str, Any]:
    return {
        "id": c.id,
        "article_id": c.article_id,
        "external_id": c.external_id,
        "url": c.url,
        "evidence": c.evidence,
        "evidence_start": c.evidence_start,
        "evidence_end": c.evidence_end,
        "category": c.category,
        "count": c.count,
        "changes": json.dumps(dict(c.changes), ensure_ascii=False, sort_keys=True),
        "rejected": int(c.rejected),
        "author": c.author,
        "reason": c.reason,
        "created": c.created.isoformat(),
    }


def _correction(row: dict[str, Any]) -> Correction:
    changes = json.loads(row["changes"] or "{}")
    return Correction(
        id=row["id"],
        article_id=row["article_id"],
        external_id=row["external_id"],
        url=row["url"],
        evidence=row["evidence"] or "",
        evidence_start=row["evidence_start"],
        evidence_end=row["evidence_end"],
        category=row["category"],
        count=row["count"],
        changes=changes if isinstance(changes, dict) else {},
        rejected=bool(row["rejected"]),
        author=row["author"] or "",
        reason=row["reason"] or "",
        created=dt.datetime.fromisoformat(row["created"]),
    )


def _estimate(row: dict[str, Any]) -> Estimate:
    return Estimate(
        id=row["id"],
        event_id=row["event_id"],
        party=row["party"],
        status=row["status"],
        category=row["category"],
        low=row["low"],
        best=row["best"],
        high=row["high"],
        claim_ids=tuple(_list(row["claim_ids"])),
        superseded_ids=tuple(_list(row["superseded_ids"])),
        disputed=bool(row["disputed"]),
        rule=row["rule"],
    )
