"""Which parts of an article can hold a casualty claim, found without spaCy.

Parsing is most of a run's cost and most sentences of a report hold no figure, so a
cheap first pass (regular expressions, no model) picks the sentences worth a full parse:
every sentence with a fate word (any form of a word in `fate_words.tsv`, or a phrase of
`fate_phrases.tsv`) and something that can count people (digits, a number word, `a`,
`another`, `his`... before a noun, or a capitalised name). Around each it keeps what the
extraction reads there: the sentences just before (the speaker: `The ministry said:`)
and just after (`..., it added.`, a quotation's closing speaker), and the article's
headline and lead (where the incident, its place and its date are told).

The sentences here are rough (a line break or an end mark followed by a capital); the
parser draws the real ones inside the kept parts. A part is cut only where a line ends
or where a rough sentence ends, and widened to whole lines when its lines are short, so
the parser never starts in the middle of one of its own sentences.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from .numbers import NUMBER_WORDS
from .vocabulary import FATE_PHRASES, FATE_WORDS

#: Rough sentences before and after a candidate that are parsed with it.
BEFORE, AFTER = 1, 1
#: Rough sentences at the start of an article (headline, dateline, lead) always parsed.
LEAD = 6


def _forms(word: str) -> set[str]:
    """The word and its regular inflections: kill, kills, killed, killing; die, dying;
    casualty, casualties; kidnap, kidnapped. Over-matching costs a little time, never a
    claim."""
    forms = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing"}
    if word.endswith("e"):
        forms |= {word[:-1] + "ing", word[:-1] + "ed"}
    if word.endswith("ie"):
        forms.add(word[:-2] + "ying")
    if word.endswith("y"):
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if len(word) > 2 and word[-1] not in "aeiouwxy":
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


def _alternation(words: set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_FATE = re.compile(
    r"\b(?:" + _alternation({f for w in FATE_WORDS for f in _forms(w.lower())}) + r")\b",
    re.IGNORECASE,
)
_COUNTER = re.compile(
    r"\d|\b(?:a|an|another|his|her|their|" + _alternation(set(NUMBER_WORDS)) + r")\b"
    # a name after the sentence's first word: a named victim needs no figure
    r"|(?<=[a-z,;:] )[A-Z][a-z]",
    re.IGNORECASE,
)
# The end of a rough sentence: a line break, or an end mark (and closing quotes or
# brackets) followed by white space and a capital, a digit or an opening quote.
_BREAK = re.compile(r"\n+[ \t]*|(?<=[.!?])[\"'”’)\]]*[ \t]+(?=[\"'“‘(]?[A-Z0-9])")
# Words that end with a full stop without ending a sentence: `Gen. Ali`, `U.S. troops`.
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b[A-Za-z]\.[A-Za-z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Capt|Cpt|Sgt|Maj|Brig|Adm|"
    r"Cdr|Pte|Pvt|Cpl|Rep|Sen|Gov|Pres|Prof|Rev|St|Mt|Ft|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|Inc|Corp|Co|Ltd|Jr|Sr|vs|etc|approx|est|al|Fig|Vol))\.$"
)


def rough_sentences(text: str) -> list[tuple[int, int]]:
    """`text` cut into rough sentences, (start, end) offsets that cover it end to end
    (each with the white space after it)."""
    bounds = []
    start = 0
    for brk in _BREAK.finditer(text):
        if brk.end() >= len(text):
            break
        if "\n" not in brk.group() and _ABBREVIATION.search(
            text, max(0, brk.start() - 8), brk.start()
        ):
            continue
        bounds.append((start, brk.end()))
        start = brk.end()
    if start < len(text) or not bounds:
        bounds.append((start, len(text)))
    return bounds


def _hits(pattern: re.Pattern[str], text: str, starts: list[int]) -> set[int]:
    """The indices of the rough sentences that `pattern` matches in."""
    return {bisect.bisect_right(starts, m.start()) - 1 for m in pattern.finditer(text)}


def candidates(text: str, sentences: list[tuple[int, int]]) -> set[int]:
    """The indices of the rough sentences that can hold a casualty figure."""
    starts = [start for start, _ in sentences]
    fates = _hits(_FATE, text, starts)
    for pattern, _ in FATE_PHRASES:
        fates |= _hits(pattern, text, starts)
    return fates & _hits(_COUNTER, text, starts)


def claim_regions(
    text: str, *, before: int = BEFORE, after: int = AFTER, lead: int = LEAD
) -> list[tuple[int, int]]:
    """The (start, end) parts of `text` to parse fully, in order, not overlapping."""
    sentences = rough_sentences(text)
    keep = set(range(min(lead, len(sentences))))
    for i in candidates(text, sentences):
        keep.update(range(max(0, i - before), min(len(sentences), i + after + 1)))
    return list(_runs(sentences, keep))


def _runs(sentences: list[tuple[int, int]], keep: set[int]) -> Iterator[tuple[int, int]]:
    """Consecutive kept sentences joined into one part each."""
    start = end = None
    for i, (s, e) in enumerate(sentences):
        if i in keep:
            if start is None:
                start = s
            end = e
        elif start is not None and end is not None:
            yield start, end
            start = end = None
    if start is not None and end is not None:
        yield start, end
