"""Measuring fogofwar against gold-annotated articles.

Gold files are JSON, one event cluster each, in the format of the gold annotation guide
(`../shared/corpus/README.md`). `evaluate` runs the whole pipeline on their articles in a
temporary database and scores the claims (matched one-to-one per article on category,
party and count), the attributes of the matched claims, and the grouping of articles
into events (B-cubed). The CLI and the eval gate in the tests both use it.
"""

from __future__ import annotations

import difflib
import json
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .export import claim_fields
from .parties import actor_named
from .pipeline import process
from .settings import Settings
from .store import Store

ATTRIBUTES = ("status", "qualifier", "scope", "claimant_side", "claimant")


@dataclass(frozen=True, slots=True, kw_only=True)
class Scores:
    """Claim precision/recall/F1, per-category F1, matched-claim accuracies, B-cubed."""

    tp: int
    predicted: int
    gold: int
    per_category: dict[str, tuple[int, int, int]]  # category -> (tp, predicted, gold)
    attributes: dict[str, float]
    # claims paired on document, category and count alone: how often their party agrees
    party: tuple[int, int]  # (same party, paired)
    bcubed: tuple[float, float, float] | None
    misses: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    extras: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    # matched claims whose attribute differs: (doc_id, attribute, gold value, predicted, gold claim)
    disagreements: list[tuple[str, str, object, object, dict[str, Any]]] = field(
        default_factory=list
    )

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def party_accuracy(self) -> float:
        same, paired = self.party
        return same / paired if paired else 0.0

    def lines(self, *, verbose: bool = False) -> list[str]:
        """The scores as text: the same figures goldeval prints, then misses and extras."""
        out = [
            f"claims   P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f}  "
            f"(tp={self.tp} pred={self.predicted} gold={self.gold})"
        ]
        for category, (tp, predicted, gold) in sorted(self.per_category.items()):
            p = tp / predicted if predicted else 0.0
            r = tp / gold if gold else 0.0
            out.append(f"  {category:<18} F1={_f1(p, r):.3f} tp={tp} pred={predicted} gold={gold}")
        out.append(
            "  matched-claim accuracy: "
            + ", ".join(f"{k}={v:.3f}" for k, v in self.attributes.items())
        )
        same, paired = self.party
        out.append(
            f"  party accuracy={self.party_accuracy:.3f} "
            f"({same} of {paired} claims paired on category and count)"
        )
        if self.bcubed is not None:
            p, r, f = self.bcubed
            out.append(f"events   B3 P={p:.3f} R={r:.3f} F1={f:.3f}")
        if verbose:
            for doc_id, claim in self.misses:
                out.append(f"MISS  {doc_id}: {_describe(claim)}")
            for doc_id, claim in self.extras:
                out.append(f"EXTRA {doc_id}: {_describe(claim)}")
            for doc_id, attribute, wanted, got, claim in self.disagreements:
                out.append(
                    f"WRONG {doc_id}: {attribute} {got!r}, gold {wanted!r}: {_describe(claim)}"
                )
        return out


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _describe(claim: dict[str, Any]) -> str:
    evidence = " ".join(str(claim.get("evidence", "")).split())[:110]
    return (
        f"{claim.get('category')} {claim.get('party')} {claim.get('count')} "
        f"[{claim.get('claimant')}] | {evidence}"
    )


def normalise_name(name: object) -> str:
    """Lower-case words only, without a leading `the`; demonyms and capitals become the
    party they name (`Azeri` -> `azerbaijan`), so equal parties compare equal."""
    actor = actor_named(str(name or "").strip())
    text = re.sub(r"[^a-z0-9 ]+", " ", (actor.name if actor else str(name or "")).lower())
    return re.sub(r"^the ", "", " ".join(text.split()))


def same_claimant(a: object, b: object) -> bool:
    """Lenient: equal, one inside the other, most words shared, or nearly the same spelling."""
    x, y = normalise_name(a), normalise_name(b)
    if not x or not y:
        return False
    if x == y or x in y or y in x:
        return True
    wx, wy = set(x.split()), set(y.split())
    shared = len(wx & wy) / min(len(wx), len(wy))
    return shared >= 0.6 or difflib.SequenceMatcher(None, x, y).ratio() >= 0.75


def _key(claim: dict[str, Any]) -> tuple[object, str, int | None]:
    try:
        count = int(claim.get("count"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        count = None
    return claim.get("category"), normalise_name(claim.get("party")), count


def _party_pairs(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> tuple[int, int]:
    """Pair gold and predicted claims one-to-one on category and count, ignoring party
    (pairs that also agree on party first), and count the pairs whose party agrees."""
    free = list(range(len(pred)))
    same = paired = 0
    unpaired = list(gold)
    for check_party in (True, False):
        left = []
        for g in unpaired:
            want = _key(g)
            j = next(
                (
                    j
                    for j in free
                    if _key(pred[j])[::2] == want[::2]
                    and (not check_party or _key(pred[j])[1] == want[1])
                ),
                None,
            )
            if j is None:
                left.append(g)
                continue
            free.remove(j)
            paired += 1
            same += check_party
        unpaired = left
    return same, paired


def load_gold(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """Gold event clusters, as parsed JSON; a file that cannot be read is an InputError."""
    events = []
    for path in paths:
        try:
            events.append(json.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(str(path), f"cannot read gold file: {exc}") from exc
    return events


def score(
    gold_events: Sequence[dict[str, Any]],
    predicted: dict[str, list[dict[str, Any]]],
    *,
    event_of: dict[str, str] | None = None,
) -> Scores:
    """Score predicted claims (by doc_id) and event assignments against gold clusters."""
    tp = n_pred = n_gold = 0
    party_same = party_paired = 0
    per_category: defaultdict[str, Counter[str]] = defaultdict(Counter)
    agree: Counter[str] = Counter()
    misses, extras, disagreements = [], [], []
    gold_event_of = {}
    for event in gold_events:
        for article in event.get("articles", []):
            doc_id = article["doc_id"]
            gold_event_of[doc_id] = event.get("event_id", "")
            gold = list(article.get("claims", []))
            pred = list(predicted.get(doc_id, []))
            free = list(range(len(pred)))
            pairs = []
            for g in gold:
                j = next((j for j in free if _key(pred[j]) == _key(g)), None)
                if j is not None:
                    free.remove(j)
                    pairs.append((g, pred[j]))
                else:
                    misses.append((doc_id, g))
            extras += [(doc_id, pred[j]) for j in free]
            same, paired = _party_pairs(gold, pred)
            party_same += same
            party_paired += paired
            tp += len(pairs)
            n_pred += len(pred)
            n_gold += len(gold)
            for g in gold:
                per_category[g["category"]]["gold"] += 1
            for p in pred:
                per_category[str(p.get("category"))]["pred"] += 1
            for g, p in pairs:
                per_category[g["category"]]["tp"] += 1
                for attribute, same in _agreement(g, p).items():
                    agree[attribute] += same
                    if not same:
                        wanted, got = g.get(attribute), p.get(attribute)
                        disagreements.append((doc_id, attribute, wanted, got, g))
    matched = max(tp, 1)
    return Scores(
        tp=tp,
        predicted=n_pred,
        gold=n_gold,
        per_category={k: (v["tp"], v["pred"], v["gold"]) for k, v in per_category.items()},
        attributes={k: agree[k] / matched for k in ATTRIBUTES},
        party=(party_same, party_paired),
        bcubed=_bcubed(gold_event_of, event_of) if event_of else None,
        misses=misses,
        extras=extras,
        disagreements=disagreements,
    )


def _agreement(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, bool]:
    """Whether a matched claim's attributes agree with gold's (claimants leniently)."""
    return {
        "status": pred.get("status") == gold.get("status"),
        "qualifier": pred.get("qualifier", "exact") == gold.get("qualifier", "exact"),
        "scope": pred.get("scope", "event") == gold.get("scope", "event"),
        "claimant_side": normalise_name(pred.get("claimant_side"))
        == normalise_name(gold.get("claimant_side")),
        "claimant": same_claimant(pred.get("claimant"), gold.get("claimant")),
    }


def _bcubed(gold_of: dict[str, str], pred_of: dict[str, str]) -> tuple[float, float, float]:
    docs = [d for d in gold_of if d in pred_of]
    if not docs:
        return 0.0, 0.0, 0.0
    gold_sets: defaultdict[str, set[str]] = defaultdict(set)
    pred_sets: defaultdict[str, set[str]] = defaultdict(set)
    for d in docs:
        gold_sets[gold_of[d]].add(d)
        pred_sets[pred_of[d]].add(d)
    p = sum(
        len(gold_sets[gold_of[d]] & pred_sets[pred_of[d]]) / len(pred_sets[pred_of[d]])
        for d in docs
    ) / len(docs)
    r = sum(
        len(gold_sets[gold_of[d]] & pred_sets[pred_of[d]]) / len(gold_sets[gold_of[d]])
        for d in docs
    ) / len(docs)
    return p, r, _f1(p, r)


def write_gold_input(gold_events: Sequence[dict[str, Any]], path: Path) -> Path:
    """The gold articles as fogofwar input (JSONL: doc_id, text, url, outlet, published,
    title), as goldeval's `input` command writes them."""
    with path.open("w", encoding="utf-8") as f:
        for event in gold_events:
            for article in event.get("articles", []):
                row = {"doc_id": article["doc_id"], "text": article.get("text", "")}
                for key in ("url", "outlet", "published", "title"):
                    if article.get(key):
                        row[key] = article[key]
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def evaluate(paths: Iterable[str | Path], *, settings: Settings | None = None) -> Scores:
    """Run the pipeline on the gold files' articles in a temporary database and score it."""
    gold_events = load_gold(paths)
    with tempfile.TemporaryDirectory(prefix="fogofwar-eval-") as tmp:
        corpus = write_gold_input(gold_events, Path(tmp) / "gold.jsonl")
        db_path = Path(tmp) / "eval.db"
        process([corpus], db_path=db_path, settings=settings)
        with Store.open(db_path) as store:
            articles = {a.id: a for a in store.articles()}
            doc_of = {aid: a.external_id or aid for aid, a in articles.items()}
            predicted: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
            for claim in store.claims():
                text = articles[claim.article_id].text
                predicted[doc_of[claim.article_id]].append(claim_fields(claim, text=text))
            event_of = {doc_of[aid]: e.id for e in store.events() for aid in e.article_ids}
    return score(gold_events, dict(predicted), event_of=event_of)
