"""Regroup a store's events after a run, recomputing only what its new articles change.

`grouping` is local in time: the groups of a stretch of days depend only on the articles
dated within `DF_DAYS + window` days of it. So a run keeps the grouping state in the
store (each article's day, component and group; every article's words, places and
actors, by which undated articles find dated candidates) and recomputes, a few days of
articles at a time:

1. the dated articles within `DF_DAYS + window` days of one that is new, was removed (a
   revised article replaces it) or corrected, widened to whole components of the
   stored grouping (a component reaches further only through links that did not change);
2. the undated articles that are new or corrected, or use a key (no commoner than their
   first unused one) that a dated article gained, lost, or holds while its group changed
   (only those can join another group);
3. the undated articles that joined no dated group, among themselves (all of them);

and rewrites only the events holding an article whose group changed, with the analysts'
merges and splits applied again (all the events they name, whenever one of them is
rewritten), the ids they continue (`eventids`), dates, places, wire copies within each
event and estimates. `full=True` (or other grouping settings than the stored state's)
recomputes every article the same way, a stretch at a time; it gives the same events as
the incremental path on the same articles. Everything is one transaction: a run killed
while regrouping leaves the previous events, and its articles are regrouped next time.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

import sqlite_utils

from .eventedits import apply_edits, placed
from .eventids import keep_ids
from .events import event_copies, event_from
from .grouping import (
    BUDGET,
    CANDIDATES,
    DF_DAYS,
    FLOOR,
    GroupInfo,
    Profile,
    attach,
    candidates_of,
    digest,
    group_leftovers,
    lookup_keys,
    sweep,
)
from .placing import place_claims
from .reconcile import estimate_events
from .records import Analysis, record
from .settings import Settings
from .store import GROUPING_DAY, Store

#: Groups rebuilt into events at a time in a full regroup; undated articles read at a time.
_CHUNK = 256


@record
class Regrouped:
    """What a regroup did: the events stored now, how many it wrote, whether it was full."""

    events: int
    rewritten: int
    full: bool


def regroup_store(store: Store, *, settings: Settings, full: bool = False) -> Regrouped:
    """Bring the store's events up to date with its articles (see the module docstring)."""
    window, threshold = settings.event_window_days, settings.event_similarity
    signature = (
        f"window={window} similarity={threshold!r} df={DF_DAYS} floor={FLOOR} "
        f"budget={BUDGET} candidates={CANDIDATES}"
    )
    db = store.db
    with store.batch():
        stored = db.execute("SELECT value FROM grouping_state WHERE id = 'settings'").fetchone()
        full = full or stored is None or stored[0] != signature
        _stage(db)
        try:
            if full:
                spans, scope = _all_days(db), None
            else:
                spans, scope = _scope(db, _dirty_days(db), window=window)
            _regroup_dated(store, spans, scope, window=window, threshold=threshold)
            _reattach_undated(store, full=full, window=window, threshold=threshold)
            _regroup_leftovers(store, window=window, threshold=threshold)
            if full:
                rows = db.execute(
                    "SELECT group_id FROM article_groups WHERE group_id IS NOT NULL "
                    "GROUP BY group_id ORDER BY MIN(day) IS NULL, MIN(day), group_id"
                )
                seeds = [r[0] for r in rows]
            else:
                rows = db.execute(
                    "SELECT group_id FROM article_groups WHERE article_id IN "
                    "(SELECT article_id FROM temp.g_seed) AND group_id IS NOT NULL "
                    "UNION SELECT group_id FROM temp.g_oldgroup"
                )
                seeds = sorted(r[0] for r in rows)
            rewritten = _rebuild_events(store, seeds)
            # events none of whose articles are stored any more (all revised away)
            for table, column in (("estimates", "event_id"), ("events", "id")):
                db.execute(
                    f"DELETE FROM {table} WHERE {column} NOT IN "
                    "(SELECT event_id FROM event_articles)"
                )
            db.execute("UPDATE article_groups SET dirty = 0 WHERE dirty = 1")
            db.execute(
                "INSERT OR REPLACE INTO grouping_state (id, value) VALUES ('settings', ?)",
                [signature],
            )
        finally:
            _unstage(db)
    events = db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    return Regrouped(events=events, rewritten=rewritten, full=full)


def mark_for_regrouping(store: Store, article_ids: Iterable[str]) -> None:
    """Have the next regroup recompute these articles' neighbourhood (their claims were
    corrected, which changes how alike they are to others)."""
    with store.batch():
        store.db.execute(
            "UPDATE article_groups SET dirty = 1 WHERE article_id IN "
            "(SELECT value FROM json_each(?))",
            [json.dumps(sorted(set(article_ids)))],
        )


# -- what changed -------------------------------------------------------------------------


def _stage(db: sqlite_utils.Database) -> None:
    """Scratch tables of this regroup (temp: never in the file)."""
    for sql in (
        "CREATE TEMP TABLE g_spans (lo TEXT, hi TEXT)",
        "CREATE TEMP TABLE g_new (article_id TEXT PRIMARY KEY, day TEXT, component TEXT, "
        "group_id TEXT)",
        "CREATE TEMP TABLE g_newkeys (key TEXT, article_id TEXT, PRIMARY KEY (key, article_id))",
        "CREATE TEMP TABLE g_seed (article_id TEXT PRIMARY KEY)",  # articles whose group moved
        "CREATE TEMP TABLE g_oldgroup (group_id TEXT PRIMARY KEY)",  # the groups they left
        # keys whose articles changed, with the fewer articles they had before or after
        "CREATE TEMP TABLE g_touched (key TEXT PRIMARY KEY, size INT)",
        "CREATE TEMP TABLE g_scope (article_id TEXT PRIMARY KEY)",  # stored rows recomputed
    ):
        db.execute(sql)


def _unstage(db: sqlite_utils.Database) -> None:
    for name in ("g_spans", "g_new", "g_newkeys", "g_seed", "g_oldgroup", "g_touched", "g_scope"):
        db.execute(f"DROP TABLE IF EXISTS temp.{name}")


def _all_days(db: sqlite_utils.Database) -> list[tuple[dt.date, dt.date]]:
    first, last = db.execute(
        f"SELECT MIN({GROUPING_DAY}), MAX({GROUPING_DAY}) FROM articles"
    ).fetchone()
    old_first, old_last = db.execute("SELECT MIN(day), MAX(day) FROM article_groups").fetchone()
    days = [dt.date.fromisoformat(d) for d in (first, last, old_first, old_last) if d]
    return [(min(days), max(days))] if days else []


def _dirty_days(db: sqlite_utils.Database) -> list[dt.date]:
    """Days of the dated articles not grouped yet or to regroup, and of those removed."""
    sql = f"""
        SELECT DISTINCT {GROUPING_DAY} FROM articles a
        LEFT JOIN article_groups g ON g.article_id = a.id
        WHERE {GROUPING_DAY} IS NOT NULL AND (g.article_id IS NULL OR g.dirty = 1
              OR g.day IS NOT {GROUPING_DAY})
        UNION
        SELECT DISTINCT day FROM article_groups g
        WHERE day IS NOT NULL AND (dirty = 1 OR NOT EXISTS
              (SELECT 1 FROM articles a WHERE a.id = g.article_id))
    """
    return sorted(dt.date.fromisoformat(r[0]) for r in db.execute(sql))


def _scope(
    db: sqlite_utils.Database, days: Sequence[dt.date], *, window: int
) -> tuple[list[tuple[dt.date, dt.date]], set[str]]:
    """The dated articles to regroup, and the stretches of days they lie in: those within
    `DF_DAYS + window` days of a changed day (whose links can change), with every
    article of their stored components (which they reach only through links that did
    not change, so nothing beyond them can join)."""
    reach = dt.timedelta(days=DF_DAYS + window)
    region = _merged([(d - reach, d + reach) for d in days])
    db.conn.executemany("INSERT INTO temp.g_spans VALUES (?, ?)", _iso_spans(region))
    rows = db.execute(
        f"SELECT id, {GROUPING_DAY} FROM articles WHERE {_IN_SPANS.format(day=GROUPING_DAY)} "
        "UNION SELECT article_id, day FROM article_groups WHERE component IN "
        "(SELECT component FROM article_groups WHERE day IS NOT NULL AND "
        f"{_IN_SPANS.format(day='day')}) AND article_id IN (SELECT id FROM articles)"
    ).fetchall()
    scope = {article_id for article_id, _ in rows}
    spans = _merged(region + [(dt.date.fromisoformat(d),) * 2 for _, d in rows if d])
    return spans, scope


def _merged(spans: Iterable[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    merged: list[tuple[dt.date, dt.date]] = []
    for lo, hi in sorted(spans):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def _iso_spans(spans: Iterable[tuple[dt.date, dt.date]]) -> list[tuple[str, str]]:
    return [(lo.isoformat(), hi.isoformat()) for lo, hi in spans]


_IN_SPANS = "EXISTS (SELECT 1 FROM temp.g_spans s WHERE {day} BETWEEN s.lo AND s.hi)"


# -- 1. dated articles ---------------------------------------------------------------------


def _regroup_dated(
    store: Store,
    spans: list[tuple[dt.date, dt.date]],
    scope: set[str] | None,
    *,
    window: int,
    threshold: float,
) -> None:
    """Sweep the stretches (only the `scope` articles, if given), then swap their rows
    (and keys) for the new ones, noting the articles whose group changed and the keys
    whose articles did."""
    db = store.db
    if spans:
        margin = dt.timedelta(days=DF_DAYS)
        days = store.grouping_days(spans[0][0] - margin, spans[-1][1] + margin)
        for component in sweep(
            days,
            store.analyses_on,
            spans=spans,
            scope=scope,
            window=window,
            threshold=threshold,
        ):
            first = min(component.days)
            db.conn.executemany(
                "INSERT INTO temp.g_new VALUES (?, ?, ?, ?)",
                [
                    (m, component.days[m].isoformat(), first, digest(group))
                    for group in component.groups
                    for m in group
                ],
            )
            db.conn.executemany(
                "INSERT INTO temp.g_newkeys VALUES (?, ?)",
                [(key, m) for m, keys in component.keys.items() for key in keys],
            )
    # The stored rows recomputed: dated ones in scope, and articles removed.
    if scope is None:
        db.execute(
            "INSERT OR IGNORE INTO temp.g_scope SELECT article_id FROM article_groups "
            "WHERE day IS NOT NULL"
        )
    else:
        db.execute(
            "INSERT OR IGNORE INTO temp.g_scope SELECT article_id FROM article_groups "
            "WHERE day IS NOT NULL AND article_id IN (SELECT value FROM json_each(?))",
            [json.dumps(sorted(scope))],
        )
    db.execute(
        "INSERT OR IGNORE INTO temp.g_scope SELECT article_id FROM article_groups g "
        "WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = g.article_id)"
    )
    # Articles whose group changed (new ones included), and those gone.
    db.execute(
        "INSERT OR IGNORE INTO temp.g_seed SELECT n.article_id FROM temp.g_new n "
        "LEFT JOIN article_groups g ON g.article_id = n.article_id "
        "WHERE g.article_id IS NULL OR g.group_id IS NOT n.group_id OR g.dirty = 1"
    )
    db.execute(
        "INSERT OR IGNORE INTO temp.g_seed SELECT article_id FROM temp.g_scope "
        "WHERE article_id NOT IN (SELECT article_id FROM temp.g_new)"
    )
    db.execute(
        "INSERT OR IGNORE INTO temp.g_oldgroup SELECT group_id FROM article_groups "
        "WHERE article_id IN (SELECT article_id FROM temp.g_seed) AND group_id IS NOT NULL"
    )
    # Keys gained or lost by an article, and every key of an article whose group changed:
    # the undated articles holding one of them may now join another group (all of them
    # are looked at again in a full regroup).
    for sql in (
        ()
        if scope is None
        else (
            "SELECT key FROM group_keys k WHERE dated = 1 AND article_id IN "
            "(SELECT article_id FROM temp.g_scope) AND NOT EXISTS (SELECT 1 FROM temp.g_newkeys n "
            "WHERE n.key = k.key AND n.article_id = k.article_id)",
            "SELECT key FROM temp.g_newkeys n WHERE NOT EXISTS (SELECT 1 FROM group_keys k "
            "WHERE k.key = n.key AND k.article_id = n.article_id AND k.dated = 1)",
            "SELECT key FROM group_keys WHERE dated = 1 AND article_id IN "
            "(SELECT article_id FROM temp.g_seed)",
            "SELECT key FROM temp.g_newkeys WHERE article_id IN (SELECT article_id FROM temp.g_seed)",
        )
    ):
        db.execute(f"INSERT OR IGNORE INTO temp.g_touched (key) {sql}")
    # A key more than CANDIDATES dated articles have (before and after) is never used to
    # find an undated article's candidates: its changes move none of them.
    if scope is not None:
        before = _key_sizes(db, _touched(db))
    db.execute(
        "DELETE FROM group_keys WHERE article_id IN (SELECT article_id FROM temp.g_scope) "
        "AND (dated = 1 OR article_id NOT IN (SELECT id FROM articles))"
    )
    db.execute(
        "DELETE FROM article_groups WHERE article_id IN (SELECT article_id FROM temp.g_scope)"
    )
    db.execute(
        "INSERT OR REPLACE INTO article_groups (article_id, day, component, group_id, "
        "attached, dirty) SELECT article_id, day, component, group_id, NULL, 0 FROM temp.g_new"
    )
    db.execute("INSERT OR REPLACE INTO group_keys SELECT key, article_id, 1 FROM temp.g_newkeys")
    if scope is not None:
        after = _key_sizes(db, list(before))
        db.conn.executemany(
            "UPDATE temp.g_touched SET size = ? WHERE key = ?",
            [(min(n, after[key]), key) for key, n in before.items()],
        )


def _touched(db: sqlite_utils.Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT key FROM temp.g_touched")]


# -- 2. undated articles ------------------------------------------------------------------


def _reattach_undated(store: Store, *, full: bool, window: int, threshold: float) -> None:
    """Attach each undated article that may have moved to its best dated group."""
    db = store.db
    if full:
        sql = f"SELECT id FROM articles WHERE {GROUPING_DAY} IS NULL ORDER BY id"
    else:
        sql = f"""
            SELECT a.id FROM articles a LEFT JOIN article_groups g ON g.article_id = a.id
            WHERE {GROUPING_DAY} IS NULL AND (g.article_id IS NULL OR g.dirty = 1)
            UNION SELECT k.article_id FROM group_keys k
                  JOIN temp.g_touched t ON t.key = k.key
                  JOIN article_groups g ON g.article_id = k.article_id
                  WHERE k.dated = 0 AND t.size <= g.cut
            ORDER BY 1
        """
    for batch in _chunks((r[0] for r in db.execute(sql).fetchall()), _CHUNK):
        for item in store.analyses_of(batch):
            keys = lookup_keys(Profile(item))
            found, cut = candidates_of(
                keys, sizes=lambda ks: _key_sizes(db, ks), postings=lambda ks: _postings(db, ks)
            )
            pairs = _with_groups(store, found)
            group = attach(item, pairs, threshold=threshold, window=window)
            old = db.execute(
                "SELECT attached, dirty FROM article_groups WHERE article_id = ?",
                [item.article_id],
            ).fetchone()
            if group is not None:
                _set_group(db, item.article_id, group, attached=True)
            elif old is None or old != (0, 0):  # it was attached (or is new, or corrected):
                _set_group(db, item.article_id, None, attached=False)  # step 3 groups it
            db.execute(
                "UPDATE article_groups SET cut = ? WHERE article_id = ?", [cut, item.article_id]
            )
            db.execute("DELETE FROM group_keys WHERE article_id = ?", [item.article_id])
            db.conn.executemany(
                "INSERT OR IGNORE INTO group_keys VALUES (?, ?, 0)",
                [(key, item.article_id) for key in keys],
            )


def _key_sizes(db: sqlite_utils.Database, keys: Sequence[str]) -> dict[str, int]:
    """How many dated articles have each of these keys, counted up to one more than
    `CANDIDATES` (a commoner key is never used, and counting it all would cost as
    much as the database is large)."""
    wanted = sorted(set(keys))
    sizes: dict[str, int] = {}
    for start in range(0, len(wanted), 200):  # one statement for 200 keys
        part = wanted[start : start + 200]
        sql = " UNION ALL ".join(
            f"SELECT {k}, COUNT(*) FROM (SELECT 1 FROM group_keys WHERE key = ? AND dated = 1 "
            f"LIMIT {CANDIDATES + 1})"
            for k in range(len(part))
        )
        for k, n in db.execute(sql, part).fetchall():
            sizes[part[k]] = n
    return sizes


def _postings(db: sqlite_utils.Database, keys: Sequence[str]) -> dict[str, list[str]]:
    """The dated articles of each key."""
    postings: dict[str, list[str]] = {key: [] for key in keys}
    rows = db.execute(
        "SELECT key, article_id FROM group_keys WHERE dated = 1 AND key IN "
        "(SELECT value FROM json_each(?))",
        [json.dumps(sorted(set(keys)))],
    )
    for key, article_id in rows:
        postings[key].append(article_id)
    return postings


def _with_groups(store: Store, article_ids: set[str]) -> list[tuple[Analysis, GroupInfo]]:
    """Candidate dated articles with what their groups look like now."""
    if not article_ids:
        return []
    db = store.db
    ids = json.dumps(sorted(article_ids))
    group_of = dict(
        db.execute(
            "SELECT article_id, group_id FROM article_groups WHERE article_id IN "
            "(SELECT value FROM json_each(?))",
            [ids],
        ).fetchall()
    )
    infos = {
        gid: GroupInfo(id=gid, size=size, last=dt.date.fromisoformat(last), first=first)
        for gid, size, last, first in db.execute(
            "SELECT group_id, COUNT(*), MAX(day), MIN(article_id) FROM article_groups "
            "WHERE day IS NOT NULL AND group_id IN (SELECT value FROM json_each(?)) "
            "GROUP BY group_id",
            [json.dumps(sorted(set(group_of.values())))],
        )
    }
    return [
        (a, infos[group_of[a.article_id]])
        for a in store.analyses_of(article_ids)
        if group_of.get(a.article_id) in infos
    ]


def _set_group(
    db: sqlite_utils.Database, article_id: str, group: str | None, *, attached: bool
) -> None:
    """Store an undated article's group; note it (and the group it left) if it moved."""
    old = db.execute(
        "SELECT group_id, dirty FROM article_groups WHERE article_id = ?", [article_id]
    ).fetchone()
    if old is None or old[0] != group or old[1]:
        db.execute("INSERT OR IGNORE INTO temp.g_seed VALUES (?)", [article_id])
        if old is not None and old[0] is not None:
            db.execute("INSERT OR IGNORE INTO temp.g_oldgroup VALUES (?)", [old[0]])
    db.execute(
        "INSERT INTO article_groups (article_id, day, component, group_id, attached, dirty) "
        "VALUES (?, NULL, NULL, ?, ?, 0) ON CONFLICT (article_id) DO UPDATE SET "
        "day = NULL, component = NULL, group_id = excluded.group_id, "
        "attached = excluded.attached, dirty = 0",
        [article_id, group, int(attached)],
    )


# -- 3. undated articles that joined nothing ----------------------------------------------


def _regroup_leftovers(store: Store, *, window: int, threshold: float) -> None:
    """Group the undated articles that joined no dated group among themselves."""
    db = store.db
    ids = [
        r[0]
        for r in db.execute(
            "SELECT article_id FROM article_groups WHERE day IS NULL AND attached = 0"
        )
    ]
    if not ids:
        return
    groups = group_leftovers(store.analyses_of(ids), threshold=threshold, window=window)
    for group in groups:
        gid = digest(group)
        for article_id in group:
            _set_group(db, article_id, gid, attached=False)


# -- 4. events ----------------------------------------------------------------------------


def _rebuild_events(store: Store, seeds: Sequence[str]) -> int:
    """Rebuild the events of the `seeds` groups (and of every group their stored events
    or the analysts' edits tie them to), a bounded set of groups at a time. Returns
    how many events were written."""
    db = store.db
    edits = store.event_edits()
    edited = sorted({a for e in edits for a in (*e.articles, *e.others)})
    edit_groups = set(_groups_of(db, edited))
    done: set[str] = set()
    written = 0
    for chunk in _chunks(seeds, _CHUNK):
        todo = {g for g in chunk if g not in done}
        if not todo:
            continue
        groups, members, previous_ids = _closure(db, todo, edit_groups)
        done |= groups
        written += _write_events(store, groups, members, previous_ids, edits)
    return written


def _closure(
    db: sqlite_utils.Database, todo: set[str], edit_groups: set[str]
) -> tuple[set[str], dict[str, list[str]], set[str]]:
    """The groups to rebuild with `todo`: those a stored event holding one of their
    articles also holds, and all that the analysts' edits name once one of them is in.
    Returns the groups, their members, and the stored events they replace."""
    groups: set[str] = set()
    previous: set[str] = set()
    members: dict[str, list[str]] = {}
    while todo:
        if todo & edit_groups:
            todo |= edit_groups - groups
        groups |= todo
        for gid, article_id in db.execute(
            "SELECT group_id, article_id FROM article_groups WHERE group_id IN "
            "(SELECT value FROM json_each(?)) ORDER BY article_id",
            [json.dumps(sorted(todo))],
        ):
            members.setdefault(gid, []).append(article_id)
        articles = [a for g in todo for a in members.get(g, ())]
        found = {
            r[0]
            for r in db.execute(
                "SELECT DISTINCT event_id FROM event_articles WHERE article_id IN "
                "(SELECT value FROM json_each(?))",
                [json.dumps(sorted(articles))],
            )
        } - previous
        previous |= found
        held = [
            r[0]
            for r in db.execute(
                "SELECT article_id FROM event_articles WHERE event_id IN "
                "(SELECT value FROM json_each(?))",
                [json.dumps(sorted(found))],
            )
        ]
        todo = set(_groups_of(db, held)) - groups
    return groups, members, previous


def _groups_of(db: sqlite_utils.Database, article_ids: Sequence[str]) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT group_id FROM article_groups WHERE group_id IS NOT NULL AND "
            "article_id IN (SELECT value FROM json_each(?))",
            [json.dumps(sorted(set(article_ids)))],
        )
    ]


def _write_events(
    store: Store,
    groups: set[str],
    members: dict[str, list[str]],
    previous_ids: set[str],
    edits: Sequence[Any],
) -> int:
    """Events of these groups, edited, placed, with continued ids and estimates,
    swapped in for the stored events they replace."""
    analyses = {a.article_id: a for a in store.analyses_of(a for m in members.values() for a in m)}
    base = [
        event_from([analyses[a] for a in members[g] if a in analyses])
        for g in sorted(groups)
        if any(a in analyses for a in members.get(g, ()))
    ]
    events = [placed(e, analyses) for e in apply_edits(base, edits, analyses=analyses)]
    previous = store.events_of(previous_ids)
    events, changes = keep_ids(events, previous)
    copies = event_copies(events, analyses)
    # an article's figures its event places (`placing`), redone from the text's reading
    read = place_claims(events, list(analyses.values()))
    by_event = [c for a in read for c in a.claims if c.party_in_text]
    estimates = estimate_events(events, read, wire_of=copies)
    store.replace_events(
        events,
        estimates,
        copies=copies,
        changes=changes,
        replacing=previous_ids,
        placed=by_event,
    )
    return len(events)


def _chunks(items: Iterable[str], size: int) -> Iterator[list[str]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
