"""Corrections: kept beside the claims, applied on every read, following re-runs,
orphaned (not dropped) when the claim is gone; from the CLI and the web (token, CSRF)."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import webdb
from fogofwar.cli import main
from fogofwar.corrections import Correction, apply, check_changes
from fogofwar.errors import ConfigError
from fogofwar.records import Analysis, Claim, Span
from fogofwar.review import correct, review
from fogofwar.store import Store
from fogofwar.web import make_app


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return webdb.build(tmp_path / "clashes.db")


def estimates_of(store: Store, event_id: str) -> dict[tuple[str, str], tuple[int, int, int, bool]]:
    return {
        (e.party, e.category): (e.low, e.best, e.high, e.disputed)
        for e in store.estimates(event_id=event_id)
    }


# -- applying -----------------------------------------------------------------------------


def claim(claim_id: str, *, start: int = 0, count: int = 4, article: str = "a") -> Claim:
    return Claim(
        id=claim_id, article_id=article, evidence=Span(start=start, end=start + 10),
        category="killed", count=count, party="Kyrgyzstan",
    )  # fmt: skip


def fix(**fields: Any) -> Correction:
    values: dict[str, Any] = {
        "id": "f1", "article_id": "a", "external_id": None, "url": None,
        "evidence": "ten chars.", "evidence_start": 0, "evidence_end": 10,
        "category": "killed", "count": 4, "changes": {"party": "Kazakhstan"},
        "rejected": False, "author": "an analyst", "reason": "",
        "created": dt.datetime(2031, 4, 1, tzinfo=dt.UTC),
    }  # fmt: skip
    values.update(fields)
    return Correction(**values)


def test_a_correction_follows_its_claim_by_evidence_and_figure_not_id() -> None:
    claims = [claim("new-id", start=0), claim("other", start=40, count=7)]
    applied = apply(claims, [fix()], evidence={"new-id": "ten chars.", "other": "ten chars."})
    assert [(c.id, c.party) for c in applied.claims] == [
        ("new-id", "Kazakhstan"),
        ("other", "Kyrgyzstan"),  # same sentence, another figure: untouched
    ]
    assert list(applied.corrected) == ["new-id"] and applied.orphaned == ()


def test_a_correction_without_its_claim_is_orphaned_not_applied_elsewhere() -> None:
    claims = [claim("k", count=5)]  # the figure the correction was made on is gone
    applied = apply(claims, [fix()], evidence={"k": "ten chars."})
    assert applied.claims == tuple(claims)
    assert [f.id for f in applied.orphaned] == ["f1"]


def test_the_latest_correction_wins_and_a_rejection_leaves_the_claim_out() -> None:
    later = dt.datetime(2031, 4, 2, tzinfo=dt.UTC)
    fixes = [fix(id="f2", changes={"party": "Tajikistan"}, created=later), fix()]
    applied = apply([claim("k")], fixes, evidence={"k": "ten chars."})
    assert applied.claims[0].party == "Tajikistan"
    rejected = apply([claim("k")], [fix(rejected=True, changes={})], evidence={"k": "ten chars."})
    assert rejected.claims == ()


def test_a_correction_follows_a_revised_article() -> None:
    moved = [claim("k", article="b")]
    applied = apply(moved, [fix()], evidence={"k": "ten chars."}, successor={"a": "b"})
    assert applied.claims[0].party == "Kazakhstan"


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"status": "soldiers"}, "status: must be one of military, civilian, unknown"),
        ({"count": "twelve"}, "count: must be a whole number"),
        ({"count": "-3"}, "count: must be a whole number"),
        ({"evidence": "x"}, "evidence: cannot be corrected"),
        ({"party": "x" * 201}, "party: is longer than 200 characters"),
    ],
)
def test_bad_changes_are_named(changes: dict[str, str], problem: str) -> None:
    with pytest.raises(ConfigError) as info:
        check_changes(changes)
    assert str(info.value).startswith(problem)


def test_blank_values_change_nothing() -> None:
    assert check_changes({"party": " ", "count": "", "status": "civilian"}) == {
        "status": "civilian"
    }


# -- in a store ---------------------------------------------------------------------------


def test_correcting_a_party_recomputes_the_estimates_and_keeps_the_claim(db: Path) -> None:
    with Store.open(db) as store:
        before = estimates_of(store, "ev-varnsk")
        assert before[("Kyrgyzstan", "killed")] == (6, 6, 12, True)
        correct(store, ["k2"], changes={"party": "Red Hill militia"}, author="A. Analyst",
                reason="the militia spoke of its own men")  # fmt: skip
        after = estimates_of(store, "ev-varnsk")
        raw = {c.id: c.party for c in store.claims()}
        exported = {r["claim_id"]: r["party"] for r in store.claim_table()}
    assert after[("Kyrgyzstan", "killed")] == (6, 6, 6, False)
    assert after[("Red Hill militia", "killed")] == (12, 12, 12, False)
    assert raw["k2"] == "Kyrgyzstan"  # the extractor's output is untouched
    assert exported["k2"] == "Red Hill militia"  # exports read corrected claims


def test_a_rejected_claim_leaves_estimates_and_exports(db: Path) -> None:
    with Store.open(db) as store:
        correct(store, ["k4"], reject=True, author="A. Analyst")
        assert estimates_of(store, "ev-oskel") == {}
        assert "k4" not in {r["claim_id"] for r in store.claim_table()}
        assert "k4" in {c.id for c in store.claims()}


def test_a_correction_survives_a_rerun_and_is_orphaned_when_its_claim_goes(db: Path) -> None:
    with Store.open(db) as store:
        correct(store, ["k2"], changes={"party": "Red Hill militia"}, author="A. Analyst")
        # a re-run that extracts the same claim under another id: still corrected
        article = store.article("a1")
        old = {c.id: c for c in store.claims(article_id="a1")}
        rerun = tuple(replace(c, id=f"run2-{c.id}") for c in old.values())
        store.save_analysed(article, _analysis(article.id, rerun))
        parties = {c.id: c.party for a in store.analyses() for c in a.claims}
        assert parties["run2-k2"] == "Red Hill militia"
        # a re-run whose extractor reads another figure from that sentence: orphaned
        changed = tuple(replace(c, count=13) if c.id == "run2-k2" else c for c in rerun)
        store.save_analysed(article, _analysis(article.id, changed))
        listed = review(store)
        assert [(r.claim_id, r.correction.author) for r in listed] == [(None, "A. Analyst")]
        assert {c.id: c.party for a in store.analyses() for c in a.claims}["run2-k2"] == (
            "Kyrgyzstan"
        )


def _analysis(article_id: str, claims: tuple[Claim, ...]) -> Analysis:
    return Analysis(article_id=article_id, outlet=None, wire=None, published=None, title=None,
                    claims=claims)  # fmt: skip


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"claim_ids": ["nope"], "changes": {"party": "X"}}, "nope: no such claim"),
        ({"claim_ids": ["k2"], "changes": {}}, "nothing to change"),
        ({"claim_ids": ["k2"], "changes": {"party": "X"}, "author": " "}, "say who corrects"),
    ],
)
def test_a_bad_correction_is_refused_and_nothing_stored(
    db: Path, kwargs: dict[str, Any], problem: str
) -> None:
    kwargs.setdefault("author", "A. Analyst")
    ids = kwargs.pop("claim_ids")
    with Store.open(db) as store:
        with pytest.raises(ConfigError, match=problem):
            correct(store, ids, **kwargs)
        assert store.corrections() == []


# -- the commands -------------------------------------------------------------------------


def test_correct_and_corrections_commands(db: Path) -> None:
    runner = CliRunner()
    done = runner.invoke(
        main, ["correct", "--db", str(db), "k2", "--party", "Red Hill militia", "--by", "A. A.",
               "--why", "own men"],
    )  # fmt: skip
    assert done.exit_code == 0, done.output
    assert re.fullmatch(r"corrected \w+: party → Red Hill militia\n", done.output)
    listed = runner.invoke(main, ["corrections", "--db", str(db)])
    assert "A. A.: party → Red Hill militia (own men) - claim k2;" in listed.output
    bad = runner.invoke(main, ["correct", "--db", str(db), "k2", "--status", "x", "--by", "A"])
    assert bad.exit_code == 1
    assert bad.output == ("fogofwar: status: must be one of military, civilian, unknown, got 'x'\n")


# -- the web ------------------------------------------------------------------------------


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def post(app: Any, data: dict[str, str], **kwargs: Any) -> Any:
    return run(app.client.post("/fogofwar/correct", data=data, **kwargs))


FORM = {"claim_ids": "k2", "party": "Red Hill militia", "author": "A. Analyst",
        "back": "/fogofwar/event/ev-varnsk#claim-id-k2"}  # fmt: skip


def test_web_correction_with_the_token_changes_the_estimate(db: Path) -> None:
    app = make_app(db, token="s3cret")
    response = post(app, {**FORM, "token": "s3cret"})
    assert response.status_code == 303
    assert response.headers["location"] == "/fogofwar/event/ev-varnsk#claim-id-k2"
    page = run(app.client.get("/fogofwar/event/ev-varnsk")).text
    row = page.split('data-group="Red Hill militia|military|killed"')[1].split("</tr>")[0]
    assert '<td class="num best">12</td>' in row
    assert "Corrected by A. Analyst" in page


@pytest.mark.parametrize(
    ("token", "served_with", "status", "says"),
    [
        (None, "s3cret", 403, "the edit token is missing or wrong"),
        ("guess", "s3cret", 403, "the edit token is missing or wrong"),
        ("s3cret", None, 403, "editing is off"),
    ],
)
def test_web_correction_without_the_token_is_refused(
    db: Path, token: str | None, served_with: str | None, status: int, says: str
) -> None:
    app = make_app(db, token=served_with)
    response = post(app, {**FORM, **({"token": token} if token else {})})
    assert response.status_code == status and says in response.text
    with Store.open(db, readonly=True) as store:
        assert store.corrections() == []


def test_the_token_link_sets_a_cookie_and_forms_need_the_csrf_token(db: Path) -> None:
    app = make_app(db, token="s3cret")
    login = run(app.client.get("/fogofwar/event/ev-varnsk?token=s3cret"))
    assert login.status_code == 302 and login.headers["location"] == "/fogofwar/event/ev-varnsk"
    assert "fogofwar_token=s3cret" in login.headers["set-cookie"]
    assert "HttpOnly" in login.headers["set-cookie"]
    # with the cookie (as a browser sends it), a form without its CSRF token is refused
    cookies = {"fogofwar_token": "s3cret", "ds_csrftoken": "abc"}
    forged = post(app, FORM, cookies=cookies)
    assert forged.status_code == 403 and "POST field did not match cookie" in forged.text
    page = run(app.client.get("/fogofwar/event/ev-varnsk", cookies=cookies))
    csrf = re.search(r'name="csrftoken" value="([^"]+)"', page.text).group(1)
    fine = post(app, {**FORM, "csrftoken": csrf}, cookies={**cookies, "ds_csrftoken": csrf})
    assert fine.status_code == 303, fine.text
    with Store.open(db, readonly=True) as store:
        assert len(store.corrections()) == 1


def test_a_bad_value_from_the_web_is_named_and_nothing_stored(db: Path) -> None:
    app = make_app(db, token="s3cret")
    response = post(app, {**FORM, "token": "s3cret", "count": "many"})
    assert response.status_code == 400 and "count: must be a whole number" in response.text
    with Store.open(db, readonly=True) as store:
        assert store.corrections() == []


def test_the_corrections_page_lists_orphans(db: Path) -> None:
    with Store.open(db) as store:
        correct(store, ["k2"], changes={"party": "Red Hill militia"}, author="<b>A</b>")
        article = store.article("a1")
        store.save_analysed(article, _analysis(article.id, ()))  # the claims are gone
    page = run(make_app(db).client.get("/fogofwar/corrections")).text
    assert '<tr class="orphaned">' in page and "&lt;b&gt;A&lt;/b&gt;" in page
    assert "1 orphaned" in run(make_app(db).client.get("/fogofwar")).text


@pytest.mark.slow
def test_a_correction_holds_through_a_real_rerun_of_process(tmp_path: Path) -> None:
    from fogofwar.pipeline import process

    examples = Path(__file__).resolve().parent.parent / "examples"
    db = tmp_path / "demo.db"
    process([examples], db_path=db)
    with Store.open(db) as store:
        target = next(c for c in store.claims() if c.scope == "event" and c.category == "killed")
        correct(store, [target.id], changes={"party": "Testland"}, author="A. Analyst")
    process([examples], db_path=db)
    with Store.open(db, readonly=True) as store:
        parties = {e.party for e in store.estimates()}
        assert "Testland" in parties
        assert [r.claim_id for r in review(store)] == [target.id]


def test_exports_and_the_briefing_show_corrected_figures(db: Path, tmp_path: Path) -> None:
    from fogofwar.export import export
    from fogofwar.report import render_markdown

    with Store.open(db) as store:
        correct(store, ["k2"], changes={"party": "Red Hill militia"}, author="A. Analyst")
    with Store.open(db, readonly=True) as store:
        [path] = export(store, format="geojson", out=tmp_path / "events.geojson")
        briefing = render_markdown(store)
    features = {f["id"]: f for f in json.loads(path.read_text())["features"]}
    groups = {
        (e["party"], e["low"], e["high"]) for e in features["ev-varnsk"]["properties"]["estimates"]
    }
    assert groups == {("Kyrgyzstan", 6, 6), ("Red Hill militia", 12, 12)}
    assert "(Red Hill militia, military)" in briefing
