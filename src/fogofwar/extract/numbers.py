"""Reading counts out of text: digits, `1,200`, `2.8 thousand`, number words, `a dozen`.

Also the qualifier words in front of a count (`at least`, `up to`, `about`), mapped to
the annotation guide's vocabulary. Pure string functions; `claims` applies them to tokens.

Text is untrusted, so reading is bounded: a token longer than any number word, or a
figure above `MAX_COUNT`, is no count at all, and no arithmetic ever leaves that range
(no 400-digit integers, no float overflow to infinity).
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "k": 1_000}
DOZEN = {"dozen": 12, "score": 20}

NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES) | frozenset(DOZEN)

# No casualty figure is larger: above it a "count" is a typo, a hoax or a poison value, and
# SQLite could not even store it (its integers stop at 2**63).
MAX_COUNT = 10**9
_MAX_DIGITS = len(str(MAX_COUNT))
_LONGEST_WORD = 40  # "1,000,000,000" is 13 characters, "seventy-seven" 13

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$|^\d+\.\d+$")

# Words before a count, longest first, and the qualifier they give.
QUALIFIER_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("not", "less", "than"), "at_least"),
    (("no", "fewer", "than"), "at_least"),
    (("no", "less", "than"), "at_least"),
    (("a", "minimum", "of"), "at_least"),
    (("at", "least"), "at_least"),
    (("more", "than"), "at_least"),
    (("upwards", "of"), "at_least"),
    (("in", "excess", "of"), "at_least"),
    (("over",), "at_least"),
    (("exceeding",), "at_least"),
    (("exceed",), "at_least"),
    (("exceeded",), "at_least"),
    (("exceeds",), "at_least"),
    (("surpassed",), "at_least"),
    (("surpasses",), "at_least"),
    (("surpassing",), "at_least"),
    (("topped",), "at_least"),
    (("above",), "at_least"),  # "climbed above 1,000"
    (("passed",), "at_least"),  # "the toll has passed 300"
    (("crossed",), "at_least"),
    (("no", "more", "than"), "at_most"),
    (("not", "more", "than"), "at_most"),
    (("as", "many", "as"), "at_most"),
    (("as", "high", "as"), "at_most"),  # "the toll could be as high as 50"
    (("at", "most"), "at_most"),
    (("up", "to"), "at_most"),
    (("fewer", "than"), "at_most"),
    (("less", "than"), "at_most"),
    (("under",), "at_most"),
    (("below",), "at_most"),
    (("close", "to"), "approx"),
    (("an", "estimated"), "approx"),
    (("approximately",), "approx"),
    (("roughly",), "approx"),
    (("around",), "approx"),
    (("about",), "approx"),
    (("nearly",), "approx"),
    (("almost",), "approx"),
    (("some",), "approx"),
    (("estimated",), "approx"),
    (("circa",), "approx"),
    (("approx",), "approx"),
)


def word_value(word: str) -> int | float | None:
    """The value of one token: `7`, `1,200`, `2.8`, `seven`, `seventy-one`, `dozen`.

    None for anything else, and for figures with more digits than `MAX_COUNT` has."""
    w = word.lower().strip()
    if not w or len(w) > _LONGEST_WORD:
        return None
    if _DIGITS.match(w):
        whole = w.split(".", 1)[0].replace(",", "").lstrip("0")
        if len(whole) > _MAX_DIGITS:
            return None
        return float(w) if "." in w else int(w.replace(",", ""))
    if w in UNITS:
        return UNITS[w]
    if w in TENS:
        return TENS[w]
    if w in DOZEN:
        return DOZEN[w]
    if w in SCALES:
        return SCALES[w]
    if "-" in w:
        parts = w.split("-")
        if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS and UNITS[parts[1]] < 10:
            return TENS[parts[0]] + UNITS[parts[1]]
    return None


def is_number_word(word: str) -> bool:
    """True when `word` can be part of a written count."""
    return word_value(word) is not None


def combine(words: list[str]) -> int | None:
    """The integer a run of number words spells: `two hundred`, `2.8 thousand`,
    `a dozen`, `seventy - one`, `one hundred and twenty`. None if it is not a count, or
    is more than `MAX_COUNT` at any step (so the work is linear and the floats finite)."""
    words = [w for w in words if w.lower() not in ("-", "and", "a", "an")]
    if not words:
        return None
    total = 0.0
    current = 0.0
    seen_any = False
    for w in words:
        value = word_value(w)
        if value is None:
            return None
        key = w.lower()
        if key in SCALES or key in DOZEN:
            current = (current or 1) * value
            if value >= 1000:
                total += current
                current = 0
        else:
            if seen_any and current and value >= current and key not in TENS:
                # two separate numbers side by side ("2 3"): not one count
                return None
            current += value
        seen_any = True
        if total + current > MAX_COUNT:
            return None
    result = round(total + current, 6)
    if result != int(result) or result < 0:
        return None
    return int(result)


def qualifier_before(words: list[str]) -> tuple[str, int]:
    """The qualifier that the words just before a count give, and how many words it used.

    `words` are the lower-cased words in front of the count, nearest last.
    """
    for phrase, qualifier in sorted(QUALIFIER_PHRASES, key=lambda pq: -len(pq[0])):
        n = len(phrase)
        if len(words) >= n and tuple(words[-n:]) == phrase:
            if phrase[0] == "up" and len(words) > n and words[-n - 1] in SUMMING:
                return "exact", 0  # "the statements add up to nine": a sum, no ceiling
            if phrase[0] == "up" and any(
                w in RAISING_TO for w in words[max(0, len(words) - n - 5) : len(words) - n]
            ):
                return "exact", 0  # "raised the death toll up to 14": the level it reached
            return qualifier, n
    return "exact", 0


SUMMING = frozenset({"add", "adds", "added", "adding", "summed", "sum", "sums", "totted"})
# Verbs by which a toll moves up to a figure: "raised the toll up to 14", "rose up to 14".
RAISING_TO = frozenset(
    {"raised", "raises", "raising", "rose", "rises", "rising", "risen", "climbed", "climbs",
     "climbing", "revised", "brought", "bringing", "went", "gone", "jumped", "increased"}
)  # fmt: skip


# Qualifiers that follow what they qualify: "20 or more people", "20 or so"; and, closing
# the clause, "taken prisoner at least."
QUALIFIERS_AFTER = ((("or", "more"), "at_least"), (("or", "so"), "approx"))
QUALIFIERS_CLOSING = ((("at", "least"), "at_least"), (("at", "most"), "at_most"))


def qualifier_after(words: list[str]) -> str | None:
    """The qualifier that the words just after a count or its fate give (`words`
    lower-cased, nearest first, punctuation included); `at least` only where it closes
    the clause, so that "killed 5, at least 3 of them children" qualifies the 3."""
    for phrase, qualifier in QUALIFIERS_AFTER + QUALIFIERS_CLOSING:
        n = len(phrase)
        if tuple(words[:n]) != phrase:
            continue
        if (phrase, qualifier) in QUALIFIERS_AFTER:
            return qualifier
        if len(words) == n or not words[n][:1].isalnum():
            return qualifier
    return None
