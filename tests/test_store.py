"""The SQLite store: round trips, idempotent re-runs, atomic article writes, refusals."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from hypothesis import given, settings
from hypothesis import strategies as st

from fogofwar.errors import StoreError
from fogofwar.records import Analysis, Article, Claim, Estimate, Event, Rejected, Span
from fogofwar.store import SCHEMA_VERSION, Store

# An invented incident: a clash at the invented village of Varnsk.
TEXT_A = (
    "VARNSK, March 3 - Four soldiers were killed near Varnsk on Sunday, the army said. "
    "The Red Hill militia said at least 12 soldiers died."
)
TEXT_B = "Seven fighters were wounded in the Varnsk clash, a hospital official said."


def sentence_span(text: str, sentence: str) -> Span:
    start = text.index(sentence)
    return Span(start=start, end=start + len(sentence))


def make_article(
    article_id: str, text: str, *, day: int, outlet: str = "Daily Invented"
) -> Article:
    return Article(
        id=article_id,
        text=text,
        location=f"tests/{article_id}.txt",
        external_id=f"ext-{article_id}",
        title=f"Clash at Varnsk ({article_id})",
        url=f"https://example.org/{article_id}",
        outlet=outlet,
        wire=None,
        published=dt.date(2031, 3, day),
        dateline_place="Varnsk",
    )


def make_claim(article: Article, claim_id: str, sentence: str, **fields: object) -> Claim:
    return Claim(
        id=claim_id,
        article_id=article.id,
        evidence=sentence_span(article.text, sentence),
        stated_on=article.published,
        **fields,  # type: ignore[arg-type]
    )


def make_analysis(article: Article, claims: tuple[Claim, ...]) -> Analysis:
    return Analysis(
        article_id=article.id,
        outlet=article.outlet,
        wire=article.wire,
        published=article.published,
        title=article.title,
        fingerprint=frozenset({"varnsk", "clash", "soldiers"}),
        countries=("XX",),
        places=("Varnsk",),
        actors=("Red Hill militia", "army"),
        claims=claims,
    )


def corpus() -> list[tuple[Article, Analysis]]:
    a = make_article("a1", TEXT_A, day=3)
    b = make_article("b2", TEXT_B, day=4, outlet="Invented Wire")
    claims_a = (
        make_claim(
            a,
            "c1",
            "Four soldiers were killed near Varnsk on Sunday, the army said.",
            category="killed",
            count=4,
            party="army",
            status="military",
            claimant="army",
            claimant_side="army",
        ),
        make_claim(
            a,
            "c2",
            "The Red Hill militia said at least 12 soldiers died.",
            category="killed",
            count=12,
            qualifier="at_least",
            party="army",
            status="military",
            claimant="Red Hill militia",
            claimant_side="Red Hill militia",
        ),
    )
    claims_b = (
        make_claim(
            b,
            "c3",
            TEXT_B,
            category="wounded",
            count=7,
            claimant="hospital official",
            claimant_side="third_party",
        ),
    )
    return [(a, make_analysis(a, claims_a)), (b, make_analysis(b, claims_b))]


def event_and_estimates() -> tuple[list[Event], list[Estimate]]:
    event = Event(
        id="e1",
        title="Clash at Varnsk",
        start=dt.date(2031, 3, 2),
        end=dt.date(2031, 3, 3),
        article_ids=("a1", "b2"),
        countries=("XX",),
        places=("Varnsk",),
        actors=("army", "Red Hill militia"),
    )
    estimate = Estimate(
        id="s1",
        event_id="e1",
        party="army",
        status="military",
        category="killed",
        low=4,
        best=4,
        high=12,
        claim_ids=("c1", "c2"),
        disputed=True,
        rule="low: lowest claim; best: the party's own figure; high: highest claim",
    )
    return [event], [estimate]


def fill(store: Store) -> None:
    for article, analysis in corpus():
        store.save_analysed(article, analysis)
    store.save_rejected(Rejected(location="bad.jsonl:3", problem="no text", external_id="x9"))
    store.replace_events(*event_and_estimates())


def table_rows(store: Store) -> dict[str, list[dict[str, object]]]:
    return {name: list(store.db.table(name).rows) for name in store.counts()}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "nested" / "dir" / "fogofwar.db")
    yield opened
    opened.close()


def test_open_creates_parent_dir_and_tables(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "f.db"
    with Store.open(path) as store:
        assert path.exists()
        assert set(store.counts()) <= set(store.db.table_names())
        assert store.counts() == dict.fromkeys(store.counts(), 0)


def test_wal_mode_and_foreign_keys_are_on(store: Store) -> None:
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert {fk.other_table for fk in store.db.table("claims").foreign_keys} == {"articles"}
    assert {fk.other_table for fk in store.db.table("event_articles").foreign_keys} == {
        "events",
        "articles",
    }


def test_undated_articles_keep_what_their_text_says_of_dates(store: Store) -> None:
    article = make_article("u1", TEXT_A, day=3)
    undated = replace(article, published=None)
    analysis = replace(
        make_analysis(undated, ()), text_date=dt.date(2031, 3, 2), written_after=dt.date(2031, 3, 3)
    )
    store.save_analysed(undated, analysis)
    assert store.analyses() == [analysis]


def test_round_trip_of_every_record(store: Store) -> None:
    fill(store)
    pairs = corpus()
    assert store.analyses() == [analysis for _, analysis in pairs]
    assert store.articles() == [article for article, _ in pairs]
    assert store.article("b2") == pairs[1][0]
    assert store.claims() == [c for _, analysis in pairs for c in analysis.claims]
    assert store.claims(article_id="b2") == list(pairs[1][1].claims)
    events, estimates = event_and_estimates()
    assert store.events() == events
    assert store.estimates() == estimates
    assert store.estimates(event_id="nope") == []
    assert store.rejected() == [
        Rejected(location="bad.jsonl:3", problem="no text", external_id="x9")
    ]
    assert isinstance(store.articles()[0].published, dt.date)
    assert isinstance(store.claims()[0].stated_on, dt.date)


def test_claim_rows_carry_the_verbatim_evidence(store: Store) -> None:
    fill(store)
    for row in store.db.table("claims").rows:
        text = store.article(row["article_id"]).text
        assert row["evidence"] == text[row["evidence_start"] : row["evidence_end"]]
        assert row["evidence"]


def test_same_input_twice_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "f.db"
    with Store.open(path) as store:
        fill(store)
        first = table_rows(store)
    with Store.open(path) as store:
        fill(store)
        assert table_rows(store) == first
        assert store.counts() == {
            "articles": 2,
            "claims": 3,
            "rejected": 1,
            "events": 1,
            "event_articles": 2,
            "estimates": 1,
            "corrections": 0,
            "event_edits": 0,
            "event_history": 0,
            "article_groups": 0,
            "group_keys": 0,
            "grouping_state": 0,
            "runs": 0,
        }


def test_has_article(store: Store) -> None:
    assert not store.has_article("a1")
    fill(store)
    assert store.has_article("a1")
    assert not store.has_article("zz")


def test_missing_article_is_a_key_error(store: Store) -> None:
    with pytest.raises(KeyError):
        store.article("zz")


def test_resaving_an_article_replaces_its_claims(store: Store) -> None:
    (article, analysis), _ = corpus()
    store.save_analysed(article, analysis)
    fewer = make_analysis(article, analysis.claims[:1])
    store.save_analysed(article, fewer)
    assert store.claims() == list(fewer.claims)


def test_exception_inside_the_write_leaves_no_partial_article(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    (article, analysis), _ = corpus()
    real_upsert_all = sqlite_utils.db.Table.upsert_all

    def crash_on_claims(self: sqlite_utils.db.Table, *args: object, **kwargs: object) -> object:
        if self.name == "claims":
            raise RuntimeError("simulated crash between article and claims")
        return real_upsert_all(self, *args, **kwargs)

    monkeypatch.setattr(sqlite_utils.db.Table, "upsert_all", crash_on_claims)
    with pytest.raises(RuntimeError):
        store.save_analysed(article, analysis)
    assert not store.has_article(article.id)
    assert store.counts()["articles"] == 0
    assert store.counts()["claims"] == 0

    monkeypatch.undo()
    store.save_analysed(article, analysis)  # the resumed run re-does it
    assert store.analyses() == [analysis]


CRASHING_WRITER = textwrap.dedent(
    """
    import os, signal, sys
    import sqlite_utils
    sys.path[:0] = {test_dir!r}
    from test_store import corpus
    from fogofwar.store import Store

    store = Store.open(sys.argv[1])
    pairs = corpus()
    store.save_analysed(*pairs[0])
    real = sqlite_utils.db.Table.upsert_all

    def die(self, *args, **kwargs):
        if self.name == "claims":
            os.kill(os.getpid(), signal.SIGKILL)
        return real(self, *args, **kwargs)

    sqlite_utils.db.Table.upsert_all = die
    store.save_analysed(*pairs[1])
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kill_9_mid_write_leaves_no_article_without_claims(tmp_path: Path) -> None:
    path = tmp_path / "f.db"
    script = CRASHING_WRITER.format(test_dir=[str(Path(__file__).parent)])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-c", script, str(path)], env=env, check=False)
    assert done.returncode == -signal.SIGKILL
    with Store.open(path) as store:
        assert store.has_article("a1")
        assert not store.has_article("b2")
        assert [c.id for c in store.claims()] == ["c1", "c2"]


def test_replace_events_swaps_the_whole_set(store: Store) -> None:
    fill(store)
    new_event = Event(id="e2", title="Later shelling", start=None, end=None, article_ids=("b2",))
    store.replace_events([new_event], [])
    assert store.events() == [new_event]
    assert store.estimates() == []
    links = list(store.db.table("event_articles").rows)
    assert links == [{"event_id": "e2", "article_id": "b2", "copy_of": None}]


def test_replace_events_marks_wire_copies(store: Store) -> None:
    fill(store)
    event = Event(id="e3", title="Clash", start=None, end=None, article_ids=("a1", "b2"))
    # b2 repeats a1's wire story; a1 maps to itself and is not marked
    store.replace_events([event], [], copies={"a1": "a1", "b2": "a1"})
    links = {r["article_id"]: r["copy_of"] for r in store.db.table("event_articles").rows}
    assert links == {"a1": None, "b2": "a1"}


def test_record_run(store: Store) -> None:
    started = dt.datetime(2031, 3, 5, 10, 0, tzinfo=dt.UTC)
    run_id = store.record_run(
        started, finished=started + dt.timedelta(minutes=3), read=10, rejected=2, skipped=1
    )
    row = store.db.table("runs").get(run_id)
    assert row["read"] == 10 and row["rejected"] == 2 and row["skipped"] == 1
    assert row["started"] == started.isoformat()


def test_full_text_search(store: Store) -> None:
    fill(store)
    assert [a.id for a in store.search("hospital")] == ["b2"]
    assert store.search('"unbalanced') == []  # quoted, so no FTS syntax error


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"this is not a database at all, just text" * 50, "not a usable SQLite database"),
        (bytes(range(256)) * 8, "not a usable SQLite database"),
    ],
)
def test_non_sqlite_file_is_a_store_error(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "f.db"
    path.write_bytes(content)
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert problem in info.value.problem
    assert "\n" not in str(info.value)
    assert info.value.location == str(path)


def test_foreign_sqlite_db_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a fogofwar database"):
        Store.open(path)


def test_directory_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open"):
        Store.open(tmp_path)


def test_empty_file_becomes_a_store(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with Store.open(path) as store:
        fill(store)
        assert store.counts()["articles"] == 2


# -- a schema changed by another tool, and read-only opening -----------------------------

TAMPERING = {
    "dropped table": ("DROP TABLE estimates", "table 'estimates' is missing"),
    "renamed column": ("ALTER TABLE claims RENAME COLUMN count TO n", "'claims.count' is"),
    "dropped column": (
        "ALTER TABLE articles DROP COLUMN written_after",
        "'articles.written_after'",
    ),
}


def filled(path: Path) -> Path:
    with Store.open(path) as store:
        fill(store)
    return path


@pytest.mark.parametrize("readonly", [False, True], ids=["writable", "readonly"])
@pytest.mark.parametrize("change", sorted(TAMPERING))
def test_a_tampered_schema_is_one_line_with_a_hint_and_left_alone(
    tmp_path: Path, change: str, readonly: bool
) -> None:
    path = filled(tmp_path / "t.db")
    sql, phrase = TAMPERING[change]
    with sqlite3.connect(path) as db:
        db.execute(sql)
    before = path.read_bytes()
    with pytest.raises(StoreError) as info:
        Store.open(path, readonly=readonly)
    assert phrase in info.value.problem
    assert "changed by another tool" in info.value.problem
    assert "restore the file from a backup" in info.value.problem
    assert "\n" not in str(info.value)
    assert path.read_bytes() == before


def test_a_database_killed_while_being_created_is_set_up(tmp_path: Path) -> None:
    """Marked as ours but with only some tables and no rows: a first run killed early."""
    path = tmp_path / "t.db"
    Store.open(path).close()
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE runs")
        db.execute("DROP TABLE estimates")
    with Store.open(path) as store:
        fill(store)
        assert store.estimates()


def test_readonly_reads_everything_and_writes_nothing(tmp_path: Path) -> None:
    path = filled(tmp_path / "t.db")
    before = path.read_bytes()
    with Store.open(path, readonly=True) as store:
        assert store.events() == event_and_estimates()[0]
        assert len(store.claims()) == 3
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.db.execute("DELETE FROM claims")
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("make", "phrase"),
    [
        (lambda p: p.touch(), "not a fogofwar database (it is empty)"),
        (lambda p: Store.open(p).close(), None),
        (lambda p: p.write_text("notes " * 400, encoding="utf-8"), "not a usable SQLite"),
    ],
    ids=["empty file", "fresh store", "text file"],
)
def test_readonly_refuses_what_it_cannot_read(tmp_path: Path, make: object, phrase: str) -> None:
    path = tmp_path / "t.db"
    assert callable(make)
    make(path)
    if phrase is None:  # a store with tables but nothing in them reads as empty
        with Store.open(path, readonly=True) as store:
            assert store.events() == [] and store.claims() == []
        return
    with pytest.raises(StoreError) as info:
        Store.open(path, readonly=True)
    assert phrase in info.value.problem


def test_readonly_never_creates_a_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database file"):
        Store.open(tmp_path / "missing.db", readonly=True)
    assert list(tmp_path.iterdir()) == []


def test_readonly_asks_to_upgrade_an_older_database(tmp_path: Path) -> None:
    path = filled(tmp_path / "old.db")
    with sqlite3.connect(path) as db:
        db.execute("ALTER TABLE articles DROP COLUMN written_after")
        db.execute("PRAGMA user_version = 2")
    with pytest.raises(StoreError, match=r"schema v2 is older .* run `fogofwar process`"):
        Store.open(path, readonly=True)


def test_readonly_opens_a_file_on_read_only_media(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where `mode=ro` cannot open a WAL file (no -shm, nothing writable), `immutable=1`
    is used. Root may write anything, so the media is simulated: os.access says no and
    the first connection fails as SQLite does there."""
    path = filled(tmp_path / "t.db")
    real_connect = sqlite3.connect
    uris: list[str] = []

    def connect(database: str, **kwargs: object) -> sqlite3.Connection:
        uris.append(database)
        if "immutable" not in database:
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(database, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(os, "access", lambda *args: False)
    with Store.open(path, readonly=True) as store:
        assert store.events() == event_and_estimates()[0]
    assert [u.split("?")[1] for u in uris] == ["mode=ro", "mode=ro&immutable=1"]


texts = st.text(alphabet=st.characters(exclude_categories=("Cs",)), min_size=1, max_size=200)


@settings(max_examples=40, deadline=None)
@given(text=texts, title=st.one_of(st.none(), texts), start=st.integers(0, 200))
def test_any_text_round_trips(text: str, title: str | None, start: int) -> None:
    article = Article(id="h1", text=text, location="h", title=title)
    start = min(start, len(text))
    claim = Claim(
        id="hc",
        article_id="h1",
        evidence=Span(start=start, end=len(text)),
        category="killed",
        count=1,
    )
    analysis = Analysis(
        article_id="h1",
        outlet=None,
        wire=None,
        published=None,
        title=title,
        fingerprint=frozenset(text.split()),
        claims=(claim,),
    )
    with Store.open(":memory:") as store:
        store.save_analysed(article, analysis)
        assert store.article("h1") == article
        assert store.analyses() == [analysis]
        assert store.db.table("claims").get("hc")["evidence"] == text[start:]


def test_claims_carry_their_event_id(tmp_path: Path) -> None:
    with Store.open(filled(tmp_path / "t.db"), readonly=True) as store:
        rows = store.db.execute("SELECT article_id, event_id FROM claims ORDER BY id").fetchall()
    assert rows and all(event == "e1" for _, event in rows)


def v3_file(path: Path) -> Path:
    """A database as fogofwar wrote it before claims had an event_id (schema v3)."""
    filled(path)
    with sqlite3.connect(path) as db:
        db.execute("DROP INDEX IF EXISTS idx_claims_event_id")
        db.execute("ALTER TABLE claims DROP COLUMN event_id")
        db.execute("PRAGMA user_version = 3")
    return path


def test_a_v3_database_stays_readable_without_the_claims_event_id(tmp_path: Path) -> None:
    path = v3_file(tmp_path / "old.db")
    before = path.read_bytes()
    with Store.open(path, readonly=True) as store:
        assert store.events() == event_and_estimates()[0]
        assert {row["event_id"] for row in store.claim_table()} == {"e1"}
    assert path.read_bytes() == before


def test_a_v3_database_gains_the_claims_event_id_when_opened_for_writing(tmp_path: Path) -> None:
    path = v3_file(tmp_path / "old.db")
    with Store.open(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        events = {r[0] for r in store.db.execute("SELECT event_id FROM claims")}
    assert events == {"e1"}


def test_a_batch_is_one_transaction_in_which_a_failed_write_is_undone_alone(
    tmp_path: Path,
) -> None:
    (a, analysis_a), (b, analysis_b) = corpus()
    huge = replace(analysis_b, claims=(replace(analysis_b.claims[0], count=10**30),))
    with Store.open(tmp_path / "batch.db") as store:
        with store.batch():
            store.save_analysed(a, analysis_a)
            with pytest.raises(OverflowError):
                store.save_analysed(b, huge)  # too large for SQLite: undone alone
            # nothing is committed before the batch ends: another connection sees none
            other = sqlite3.connect(tmp_path / "batch.db")
            assert other.execute("SELECT count(*) FROM articles").fetchone() == (0,)
            other.close()
        assert store.has_article(a.id) and not store.has_article(b.id)
        assert [c.id for c in store.claims()] == ["c1", "c2"]


# -- a lock refused at once is retried ------------------------------------------------------


class _Refusing:
    """A connection whose first `refusals` statements starting with `verb` are refused as
    SQLite refuses a lock it does not wait for; everything else goes to a real one."""

    def __init__(self, conn: sqlite3.Connection, *, verb: str, refusals: int, error: str) -> None:
        self.conn, self.verb, self.left, self.error = conn, verb, refusals, error
        self.tries = 0

    def execute(self, sql: str, *args: Any) -> Any:
        if sql.startswith(self.verb):
            self.tries += 1
            if self.left:
                self.left -= 1
                raise sqlite3.OperationalError(self.error)
        return self.conn.execute(sql, *args)

    @property
    def in_transaction(self) -> bool:
        return self.conn.in_transaction


def _refusing(tmp_path: Path, **kw: Any) -> tuple[Any, _Refusing, sqlite3.Connection]:
    conn = sqlite3.connect(tmp_path / "r.db", isolation_level=None)
    conn.execute("CREATE TABLE t (x)")
    fake = _Refusing(conn, **kw)
    return type("Db", (), {"conn": fake})(), fake, conn


@pytest.fixture
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    import fogofwar.store

    monkeypatch.setattr(fogofwar.store, "FIRST_RETRY_SECONDS", 0.001)


@pytest.mark.parametrize("verb", ["BEGIN", "COMMIT"])
def test_a_lock_refused_at_once_is_retried(tmp_path: Path, quick_retries: None, verb: str) -> None:
    from fogofwar.store import _write_lock

    db, fake, conn = _refusing(tmp_path, verb=verb, refusals=3, error="database is locked")
    with _write_lock(db):
        fake.execute("INSERT INTO t VALUES (1)")
    assert fake.tries == 4
    assert conn.execute("SELECT count(*) FROM t").fetchone() == (1,)
    assert not conn.in_transaction


def test_retries_are_bounded(tmp_path: Path, quick_retries: None) -> None:
    from fogofwar.store import LOCK_RETRIES, _write_lock

    db, fake, _ = _refusing(tmp_path, verb="BEGIN", refusals=99, error="database is busy")
    with pytest.raises(sqlite3.OperationalError, match="busy"), _write_lock(db):
        pass
    assert fake.tries == LOCK_RETRIES + 1


def test_other_errors_and_a_lock_held_past_the_timeout_are_not_retried(
    tmp_path: Path, quick_retries: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fogofwar.store
    from fogofwar.store import _write_lock

    db, fake, _ = _refusing(tmp_path, verb="BEGIN", refusals=99, error="disk I/O error")
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"), _write_lock(db):
        pass
    assert fake.tries == 1
    # with no busy timeout left to wait, any refusal is another run holding the file
    monkeypatch.setattr(fogofwar.store, "BUSY_TIMEOUT_SECONDS", 0.0)
    (tmp_path / "b").mkdir()
    db, fake, _ = _refusing(tmp_path / "b", verb="BEGIN", refusals=99, error="locked")
    with pytest.raises(sqlite3.OperationalError), _write_lock(db):
        pass
    assert fake.tries == 1


def v4_file(path: Path) -> Path:
    """A database as fogofwar wrote it before claims had a denied_by (schema v4)."""
    filled(path)
    with sqlite3.connect(path) as db:
        db.execute("ALTER TABLE claims DROP COLUMN denied_by")
        db.execute("ALTER TABLE claims DROP COLUMN party_in_text")
        db.execute("ALTER TABLE claims DROP COLUMN side_in_text")
        db.execute("PRAGMA user_version = 4")
    return path


def test_a_v4_database_is_read_without_denials_and_gains_them_when_written(
    tmp_path: Path,
) -> None:
    path = v4_file(tmp_path / "old.db")
    with Store.open(path, readonly=True) as store:
        assert {row["denied_by"] for row in store.claim_table()} == {""}
    with Store.open(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert "denied_by" in store.db.table("claims").columns_dict


def v5_file(path: Path) -> Path:
    """A database as fogofwar wrote it before events could place a claim (schema v5)."""
    filled(path)
    with sqlite3.connect(path) as db:
        db.execute("ALTER TABLE claims DROP COLUMN party_in_text")
        db.execute("ALTER TABLE claims DROP COLUMN side_in_text")
        db.execute("PRAGMA user_version = 5")
    return path


def test_a_v5_database_is_read_as_its_texts_said_and_gains_placing_when_written(
    tmp_path: Path,
) -> None:
    path = v5_file(tmp_path / "old.db")
    with Store.open(path, readonly=True) as store:
        rows = store.claim_table()
        assert rows
        assert {(r["party_in_text"], r["side_in_text"]) for r in rows} == {("", "")}
        assert all(not c.party_in_text for c in store.claims())
    with Store.open(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert "party_in_text" in store.db.table("claims").columns_dict
