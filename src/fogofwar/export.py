"""Writing the database out in formats other tools read.

`goldeval`: `claims.jsonl` and `articles.jsonl` as `../shared/eval/goldeval.py` scores
them; `doc_id` is the input's own id (or fogofwar's article id when it had none) and
`event_id` is fogofwar's event. The event datasets (`acled`, `ucdp`, `geojson`) and the
claims table (`claims-csv`, `parquet`) are written by `datasets`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from . import datasets
from .errors import ConfigError
from .records import Claim
from .store import Store


def claim_fields(claim: Claim, *, text: str) -> dict[str, object]:
    """A claim as the goldeval format names its fields, with its verbatim evidence."""
    return {
        "category": claim.category,
        "count": claim.count,
        "party": claim.party,
        "qualifier": claim.qualifier,
        "status": claim.status,
        "claimant": claim.claimant,
        "claimant_side": claim.claimant_side,
        "scope": claim.scope,
        "evidence": claim.evidence.of(text),
    }


def export_goldeval(store: Store, out: Path) -> list[Path]:
    """Write `out/claims.jsonl` and `out/articles.jsonl`; return the paths written."""
    datasets.output_directory(out, writes="goldeval writes claims.jsonl and articles.jsonl")
    articles = {a.id: a for a in store.articles()}
    event_of = {aid: e.id for e in store.events() for aid in e.article_ids}

    def doc_id(article_id: str) -> str:
        article = articles[article_id]
        return article.external_id or article.id

    claims_path = out / "claims.jsonl"
    with claims_path.open("w", encoding="utf-8") as f:
        for claim in store.claims():
            row = {
                "doc_id": doc_id(claim.article_id),
                **claim_fields(claim, text=articles[claim.article_id].text),
                "event_id": event_of.get(claim.article_id),
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    articles_path = out / "articles.jsonl"
    with articles_path.open("w", encoding="utf-8") as f:
        for article in articles.values():
            row = {
                "doc_id": doc_id(article.id),
                "event_id": event_of.get(article.id),
                "published": article.published.isoformat() if article.published else None,
                "outlet": article.outlet,
                "language": article.language,
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return [claims_path, articles_path]


EXPORTERS: dict[str, Callable[[Store, Path], list[Path]]] = {
    "goldeval": export_goldeval,
    "acled": datasets.write_acled,
    "ucdp": datasets.write_ucdp,
    "geojson": datasets.write_geojson,
    "claims-csv": datasets.write_claims_csv,
    "parquet": datasets.write_claims_parquet,
}


def export(store: Store, *, format: str, out: Path) -> list[Path]:
    """Write the store in `format` to `out`; the formats are the keys of `EXPORTERS`."""
    try:
        exporter = EXPORTERS[format]
    except KeyError:
        raise ConfigError(
            format, f"unknown export format; choose from {', '.join(EXPORTERS)}"
        ) from None
    return exporter(store, out)
