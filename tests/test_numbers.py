"""Counts and qualifiers read from words: the pure string layer under claim extraction."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fogofwar.extract.numbers import (
    MAX_COUNT,
    combine,
    is_number_word,
    qualifier_after,
    qualifier_before,
    word_value,
)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("7", 7),
        ("0", 0),
        ("1,200", 1200),
        ("12,500,000", 12_500_000),
        ("2.8", 2.8),
        ("seven", 7),
        ("Seven", 7),
        ("nineteen", 19),
        ("seventy", 70),
        ("seventy-one", 71),
        ("Ninety-Nine", 99),
        ("dozen", 12),
        ("hundred", 100),
        ("thousand", 1000),
        ("million", 1_000_000),
    ],
)
def test_word_value(word: str, expected: float) -> None:
    assert word_value(word) == expected
    assert is_number_word(word)


@pytest.mark.parametrize(
    "word",
    ["", " ", "-", "soldiers", "several", "dozens", "hundreds", "many", "1,2345", "seventy-ten",
     "twenty-thirty", "one-two", "first", "a"],
)  # fmt: skip
def test_word_value_rejects_non_numbers(word: str) -> None:
    assert word_value(word) is None
    assert not is_number_word(word)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("7", 7),
        ("1,200", 1200),
        ("2.8 thousand", 2800),
        ("1.5 million", 1_500_000),
        ("seven", 7),
        ("seventy-one", 71),
        ("seventy - one", 71),
        ("Seventy - one", 71),
        ("twenty one", 21),
        ("a dozen", 12),
        ("an estimated", None),
        ("two hundred", 200),
        ("a hundred", 100),
        ("one hundred and twenty", 120),
        ("two hundred and fifty-six", 256),
        ("three thousand four hundred", 3400),
        ("five thousand and one", 5001),
        ("three million", 3_000_000),
        ("2 3", None),
        ("0.5", None),
        ("several", None),
        ("dozens", None),
        ("soldiers", None),
        ("-", None),
        ("and", None),
    ],
)
def test_combine(words: str, expected: int | None) -> None:
    assert combine(words.split()) == expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("at least", ("at_least", 2)),
        ("more than", ("at_least", 2)),
        ("over", ("at_least", 1)),
        ("not less than", ("at_least", 3)),
        ("no fewer than", ("at_least", 3)),
        ("no less than", ("at_least", 3)),
        ("in excess of", ("at_least", 3)),
        ("up to", ("at_most", 2)),
        ("as many as", ("at_most", 3)),
        ("the toll could be as high as", ("at_most", 3)),
        ("at most", ("at_most", 2)),
        ("under", ("at_most", 1)),
        ("the toll has surpassed", ("at_least", 1)),
        ("the number of injured exceeded", ("at_least", 1)),
        ("below", ("at_most", 1)),
        ("about", ("approx", 1)),
        ("around", ("approx", 1)),
        ("nearly", ("approx", 1)),
        ("almost", ("approx", 1)),
        ("some", ("approx", 1)),
        ("roughly", ("approx", 1)),
        ("close to", ("approx", 2)),
        ("an estimated", ("approx", 2)),
        # only the words right before the count matter
        ("the ministry said that at least", ("at_least", 2)),
        ("killed at least", ("at_least", 2)),
        ("at least killed", ("exact", 0)),
        ("", ("exact", 0)),
        ("killed", ("exact", 0)),
        ("the", ("exact", 0)),
        # a toll moved up to a figure reached it; no ceiling
        ("officials raised the death toll up to", ("exact", 0)),
        ("the toll rose up to", ("exact", 0)),
        ("killing up to", ("at_most", 2)),
    ],
)
def test_qualifier_before(before: str, expected: tuple[str, int]) -> None:
    assert qualifier_before(before.split()) == expected


@pytest.mark.parametrize(
    "words",
    [
        "99999999999999999999",  # 10**20: more than SQLite's integers hold
        str(2**63),
        "1,000,000,000,000,000,000,000,000,000,000",  # ten comma groups
        "9" * 400,  # more digits than a float holds
        "9" * 5000,  # more digits than int() reads
        "9" * 400 + ".5 thousand",  # a float past infinity
        "9" * 400 + " .5 thousand",
        "1,000,000,001",
        "nine hundred hundred hundred hundred hundred hundred hundred hundred",
        " ".join(["million"] * 1001),
    ],
)
def test_counts_beyond_any_casualty_figure_are_no_counts(words: str) -> None:
    assert combine(words.split()) is None


def test_the_largest_count() -> None:
    assert combine(["1,000,000,000"]) == MAX_COUNT
    assert combine(["one", "billion"]) is None  # "billion" is not a number word here


@given(st.lists(st.one_of(st.sampled_from(["million", "thousand", "hundred", "dozen", "and",
       "a", "-", ".5", "9" * 30, "99,999,999"]), st.text(max_size=12)), max_size=30))  # fmt: skip
def test_combine_never_raises_and_stays_in_range(words: list[str]) -> None:
    value = combine(words)
    assert value is None or 0 <= value <= MAX_COUNT


@given(st.integers(min_value=0, max_value=10**7))
def test_digits_round_trip(n: int) -> None:
    assert combine([str(n)]) == n
    assert combine([f"{n:,}"]) == n


_UNITS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _spell_below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [_UNITS[hundreds], "hundred"] + (["and"] if rest else [])
    if rest >= 20:
        tens, units = divmod(rest, 10)
        words.append(f"{_TENS[tens]}-{_UNITS[units]}" if units else _TENS[tens])
    elif rest or not words:
        words.append(_UNITS[rest])
    return words


@given(st.integers(min_value=0, max_value=999_999))
def test_spelled_numbers_round_trip(n: int) -> None:
    thousands, rest = divmod(n, 1000)
    words = (_spell_below_thousand(thousands) + ["thousand"]) if thousands else []
    if rest or not words:
        words += _spell_below_thousand(rest)
    assert combine(words) == n


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["or", "more", "people"], "at_least"),
        (["or", "so", "."], "approx"),
        (["at", "least", "."], "at_least"),
        (["at", "most"], "at_most"),
        # "at least" before another figure qualifies that one, not this
        (["at", "least", "3", "of"], None),
        (["people", "were"], None),
        ([], None),
    ],
)
def test_qualifier_after(words: list[str], expected: str | None) -> None:
    assert qualifier_after(words) == expected
