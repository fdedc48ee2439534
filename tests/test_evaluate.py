"""Scoring against gold: claims matched on (category, party, count), party accuracy over
claims paired on category and count alone."""

from fogofwar.evaluate import score


def _claim(category: str, party: str, count: int, **extra: str) -> dict[str, object]:
    return {"category": category, "party": party, "count": count, **extra}


def _gold(*claims: dict[str, object]) -> list[dict[str, object]]:
    return [{"event_id": "e", "articles": [{"doc_id": "d1", "claims": list(claims)}]}]


def test_claims_match_on_category_party_and_count() -> None:
    gold = _gold(_claim("killed", "Ethiopia", 5), _claim("wounded", "Ethiopia", 7))
    predicted = {"d1": [_claim("killed", "Ethiopian", 5), _claim("wounded", "both", 7)]}
    scores = score(gold, predicted)
    assert (scores.tp, scores.predicted, scores.gold) == (1, 2, 2)


def test_party_accuracy_pairs_on_category_and_count_ignoring_party() -> None:
    gold = _gold(
        _claim("killed", "Ethiopia", 11),
        _claim("killed", "Eritrea", 4),
        _claim("wounded", "Ethiopia", 3),
    )
    predicted = {
        "d1": [
            _claim("killed", "Eritrea", 11),  # paired with the 11, wrong party
            _claim("killed", "Eritrea", 4),  # right
            _claim("captured", "Ethiopia", 3),  # another category: not paired
        ]
    }
    scores = score(gold, predicted)
    assert scores.party == (1, 2)
    assert scores.party_accuracy == 0.5
    assert any(line.startswith("  party accuracy=0.500") for line in scores.lines())


def test_party_accuracy_prefers_the_pair_that_agrees() -> None:
    gold = _gold(_claim("killed", "Ethiopia", 2), _claim("killed", "Eritrea", 2))
    predicted = {"d1": [_claim("killed", "Eritrea", 2), _claim("killed", "Ethiopia", 2)]}
    assert score(gold, predicted).party == (2, 2)
