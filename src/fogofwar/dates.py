"""When the incident happened, read from the article's text.

A report's publication date is not the incident's: "clashes on Tuesday", "late on 16
November", "overnight" all point back from it, and "the 2020 war" points at another war.
Every date phrase is found with small regular expressions (dateparser is slow and too
eager on untrusted text, so it is not used), resolved against the publication date, and
scored: a phrase in a sentence about fighting, near the start, counts for more; a
statement's date ("said on Monday"), a dateline ("MOSCOW, July 28.") and a date months
before publication count for less or not at all. Precision codes are ACLED's
(`time_precision`) and UCDP's (`date_prec`), as in `IncidentDate`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .extract.nlp import sentence_spans, text_of
from .records import IncidentDate

if TYPE_CHECKING:
    from spacy.tokens import Doc

FALLBACK_REASON = "no incident date in text; the day before publication or that day"
#: Ends a reason whose date is when a statement was made, not when the fighting was.
SAID_NOTE = "when it was said, so that day or the day before"

#: Dates further back than this before publication are background (an earlier war).
BACKGROUND_DAYS = 62
#: Dates further back than this are unlikely to be the reported incident.
STALE_DAYS = 14

_DAY = dt.timedelta(days=1)

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}

_M = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_NAME = re.compile(_M)


def is_month_name(word: str) -> bool:
    """`august`, `aug`, `sept`: a month's name or abbreviation (lower case, no dot)."""
    return _MONTH_NAME.fullmatch(word) is not None


# A month's full name, as a pattern ("since January").
FULL_MONTH_NAMES = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_ORD = r"(?:st|nd|rd|th)?"
_TO = r"\s*(?:-|–|—|to|and|until|till|through)\s*(?:the\s+)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d)(?!\d))?"


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Each pattern's kind names the resolver below; order matters (earlier patterns claim
# their characters first, so "July 13-14" is a span and not the single day "July 13").
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", _rx(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")),
    (
        "cross_range",
        _rx(
            rf"\b(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m>{_M})\.?{_TO}"
            rf"(?P<d2>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m2>{_M})\b\.?{_YEAR}"
        ),
    ),
    (
        "cross_range",
        _rx(
            rf"\b(?P<m>{_M})\.?\s+(?P<d>\d{{1,2}}){_ORD}{_TO}"
            rf"(?P<m2>{_M})\.?\s+(?P<d2>\d{{1,2}})(?!\d){_ORD}{_YEAR}"
        ),
    ),
    (
        "range",
        _rx(
            rf"\b(?P<d>\d{{1,2}}){_ORD}{_TO}(?P<d2>\d{{1,2}}){_ORD}\s+(?:of\s+)?"
            rf"(?P<m>{_M})\b\.?{_YEAR}"
        ),
    ),
    (
        "range",
        _rx(rf"\b(?P<m>{_M})\.?\s+(?P<d>\d{{1,2}}){_ORD}{_TO}(?P<d2>\d{{1,2}})(?!\d){_ORD}{_YEAR}"),
    ),
    ("day", _rx(rf"\b(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m>{_M})\b\.?{_YEAR}")),
    ("day", _rx(rf"\b(?P<m>{_M})\.?\s+(?P<d>\d{{1,2}})(?![\d,.]\d){_ORD}\b{_YEAR}")),
    (
        "month",
        _rx(
            r"\b(?P<part>early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of"
            r"|beginning\s+of|the\s+start\s+of|start\s+of)?[\s-]*"
            rf"(?P<m>{FULL_MONTH_NAMES})\b{_YEAR}"
        ),
    ),
    (
        "weekday_range",
        _rx(rf"\b(?:between|from)\s+(?P<w>{_WD})\s+(?:and|to|until|through)\s+(?P<w2>{_WD})\b"),
    ),
    ("weekday", _rx(rf"\b(?:(?P<rel>last|this|this\s+past|past|previous|next)\s+)?(?P<w>{_WD})\b")),
    ("days_ago", _rx(r"\b(?P<n>[2-7]|two|three|four|five|six|seven)\s+days\s+ago\b")),
    ("before_yesterday", _rx(r"\bthe\s+day\s+before\s+yesterday\b")),
    (
        "yesterday",
        _rx(
            r"\b(?:late\s+|early\s+)?yesterday\b(?:\s+(?:morning|afternoon|evening|night))?"
            r"|\b(?:late\s+|early\s+)?last\s+night\b"
            r"|\b(?:on\s+)?the\s+(?:day|night|evening)\s+before\b(?!\s+(?:the|a|an|his|her|their|its)\b)"
            r"|\bthe\s+previous\s+(?:day|night|evening)\b"
        ),
    ),
    ("overnight", _rx(r"\bovernight\b")),
    (
        "today",
        _rx(
            r"\b(?:earlier\s+|early\s+|late\s+)?today\b|\bthis\s+(?:morning|afternoon|evening)\b"
            r"|\btonight\b|\bearlier\s+in\s+the\s+day\b"
        ),
    ),
    ("this_week", _rx(r"\b(?:earlier\s+)?this\s+week\b|\bearlier\s+in\s+the\s+week\b")),
    ("last_week", _rx(r"\b(?:last|the\s+previous)\s+week\b")),
    ("past_week", _rx(r"\b(?:the\s+|over\s+the\s+)?past\s+week\b")),
    (
        "weekend",
        _rx(r"\b(?:last|this\s+past|over\s+the|at\s+the|on\s+the|during\s+the)\s+weekend\b"),
    ),
    ("this_month", _rx(r"\b(?:earlier\s+)?this\s+month\b|\bearlier\s+in\s+the\s+month\b")),
    ("last_month", _rx(r"\b(?:last|the\s+previous)\s+month\b")),
    (
        "recent_days",
        _rx(r"\bin\s+recent\s+days\b|\b(?:over\s+)?the\s+(?:past|last)\s+(?:few|several)\s+days\b"),
    ),
)

#: How much each kind of phrase is worth before context: exact forms over vague ones.
_KIND_WEIGHT = {
    "iso": 1.0, "cross_range": 1.0, "range": 1.0, "day": 1.0, "month": -1.0,
    "weekday_range": 0.9, "weekday": 0.8, "days_ago": 0.6, "before_yesterday": 0.6,
    "yesterday": 0.8, "overnight": 0.8, "today": 0.3, "this_week": -0.5, "last_week": -0.5,
    "past_week": -0.7, "weekend": 0.2, "this_month": -1.0, "last_month": -1.0,
    "recent_days": -0.8,
}  # fmt: skip

_CONFLICT = _rx(
    r"\b(?:kill|clash|attack|fight|shell|strike|struck|wound|dead|death|died|dying|ambush"
    r"|battle|raid|bomb|rocket|missile|drone|gunm[ae]n|gunfire|storm|fire[ds]?\b|firing"
    r"|hostilit|skirmish|offensive|assault|massacre|siege|provocation|casualt|injur|shot"
    r"|shoot|explo|airstrike|incursion|violence|militant|insurgent|combat|hostage|captur"
    r"|seiz|slain|murder|behead|mortar|artillery|sniper|landmine|ied\b|grenade|bodies"
    r"|rebel|jihadi|took\s+(?:over|control)|overr[au]n|toll|victim)"
)
_SPEECH_BEFORE = _rx(
    r"\b(?:said|says|say|told|tells|announced|reported|confirmed|stated|added|urged|warned"
    r"|vowed|claimed|declared|tweeted|wrote|noted|condemned|denied|accused|blamed|insisted"
    r"|statement|statements|briefing|press\s+conference|interview|spokesman|spokeswoman)"
    r"(?:\s+(?!on\b|late\b|early\b)[\w.'’-]+){0,2}\s+(?:late\s+|early\s+)?(?:on\s+)?$"
)
_SPEECH_AFTER = _rx(
    r"^[\s,]*(?:(?:night|morning|evening|afternoon)\b[\s,]*)?(?P<between>(?:[\w'’.-]+[\s,]+){0,5}?)"
    r"(?:said|says|confirmed|announced|reported|stated|told|claimed|declared)\b"
)
_CLAUSE_START = _rx(
    r"(?:^|[,;:(—–]|\b(?:and|but|while|then)\b)\W*(?:(?:late|early)\s+)?(?:on\s+)?$"
)
_STAMP_BEFORE = _rx(
    r"(?:\b(?:published|updated|posted|modified|last\s+update)\s*[:\-–—|]?\s*(?:on\s+)?|\|\s*)$"
)
_STATUS_BEFORE = _rx(
    r"(?:\bas\s+(?:of|at)\b[^;!?]{0,30}"
    r"|\b(?:since|until|till|before)\s+(?:late\s+|early\s+)?(?:on\s+)?)$"
)
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[\W\d]*[A-Z][A-Z .'’-]{2,},\s*$|\b[A-Z][a-z]+,\s*$")
_DATELINE_AFTER = re.compile(r"^\s*(?:\.\s*/|/|\((?:AP|AFP|Reuters|Xinhua|IANS|PTI|ANI|UNI)\))")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n+")


@dataclass(frozen=True, slots=True)
class _Candidate:
    """One resolved date phrase and what its context says about it."""

    start: dt.date
    end: dt.date
    offset: int
    phrase: str
    how: str
    kind: str
    precision: tuple[int, int] | None = None  # fixed by the phrase (weeks, months)
    score: float = 0.0
    conflict: bool = False
    said: bool = False  # the date a statement was made: the incident is that day or before
    sentence: int = 0  # index of the sentence holding the phrase


def incident_date(
    text: str, *, published: dt.date | None, doc: Doc | None = None, lead: int | None = None
) -> IncidentDate | None:
    """The date of the incident `text` reports, or None when the text and `published`
    together say nothing about it.

    With no date phrase in the text the report is taken to be about the day before
    publication or that day. `doc`, when it is the parse of `text`, gives better sentence
    boundaries than the fallback splitter. With `lead`, only phrases in the first `lead`
    sentences count.

    Without `published`, the latest date the text states with its year stands in for it:
    the article was written on or after that day, so a date without a year is the first
    such day from a couple of months before it on, and a weekday the last such day on or
    before the date written nearest it, if one is near ("on 12 March 2031 ... on Tuesday").
    """
    text = text or ""
    reference = published or latest_stated_date(text)
    candidates = [
        c
        for c in _candidates(text, doc=doc, published=published, reference=reference)
        if lead is None or c.sentence < lead
    ]
    if candidates:
        best = max(_with_support(candidates), key=lambda c: (c.score, -c.offset))
        if best.score >= 0.0:  # below: only statement dates and stale asides
            return _as_incident(best)
    if published is None:
        return None
    start = _shift(published, -1) or published
    return IncidentDate(
        start=start, end=published, time_precision=1, date_prec=2, reason=FALLBACK_REASON
    )


def event_date(
    dates: Sequence[IncidentDate | None], *, published: Sequence[dt.date | None]
) -> IncidentDate | None:
    """The event's date from its articles' dates: the earliest start that is not an
    outlier (half the articles' starts fall in the week from it, or as many as in any
    week), widened to the latest end reported, with precision from the span's length.

    Precise dates (a day or a few) choose the start and end; weeks and months count only
    when there is nothing finer, and a statement's date never stretches the end. Dates
    far outside the articles' publication window are ignored.
    """
    pubs = [p for p in published if p is not None]
    read = [d for d in dates if d is not None and d.reason != FALLBACK_REASON]
    if pubs:
        lowest = _shift(min(pubs), -STALE_DAYS) or min(pubs)
        read = [d for d in read if d.start <= max(pubs) and d.end >= lowest]
    if not read:
        if not pubs:
            return None
        first = min(pubs)
        return IncidentDate(
            start=_shift(first, -1) or first,
            end=first,
            time_precision=1,
            date_prec=2,
            reason="no incident date in any article; the day before the first report or that day",
        )
    precise = [d for d in read if d.date_prec <= 2] or read
    starts = sorted(d.start for d in precise)
    counts = [_within_week(s, starts) for s in starts]
    enough = min(max(counts), (len(starts) + 1) // 2)  # half, or the best any week does
    chosen, support = next((s, n) for s, n in zip(starts, counts, strict=True) if n >= enough)
    horizon = _shift(chosen, 31) or chosen
    ends = [d.end for d in precise if SAID_NOTE not in d.reason and chosen <= d.end <= horizon]
    end = max(ends, default=chosen)
    same = [d for d in read if d.start == chosen and d.end == end]
    time_precision, date_prec = (
        (same[0].time_precision, same[0].date_prec) if same else _precision(chosen, end)
    )
    return IncidentDate(
        start=chosen,
        end=end,
        time_precision=time_precision,
        date_prec=date_prec,
        reason=(
            f"earliest start with {support} of {len(starts)} article dates in the week from it; "
            "end the latest reported"
        ),
    )


def _within_week(start: dt.date, starts: list[dt.date]) -> int:
    """How many of `starts` fall in the week that begins on `start`."""
    return sum(0 <= (s - start).days < 7 for s in starts)


# Finding and scoring phrases -------------------------------------------------------------


def _candidates(
    text: str, *, doc: Doc | None, published: dt.date | None, reference: dt.date | None
) -> Iterator[_Candidate]:
    if reference is None:
        return
    sentences = _sentences(text, doc=doc)
    taken = bytearray(len(text))  # characters an earlier, more specific pattern claimed
    found: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if start == end or any(taken[start:end]):
                continue
            taken[start:end] = b"\1" * (end - start)
            found.append((start, end, kind, match))
    anchors = _anchors(found) if published is None else []
    for start, end, kind, match in sorted(found, key=lambda f: f[0]):
        try:
            if published is None and kind == "weekday":
                # "on 12 March 2031 ... on Tuesday": the weekday points back from the date
                # written nearby; with none nearby it points back from an unknown day
                near = [(abs(at - start), day) for at, day in anchors]
                anchor = min(near)[1] if near and min(near)[0] <= _ANCHOR_CHARS else None
                resolved = _weekday_undated(match, None, anchor) if anchor else None
            elif published is None:
                resolved = _UNDATED_RESOLVERS.get(kind, _unresolved)(match, None, reference)
            else:
                resolved = _RESOLVERS[kind](match, published, reference)
        except (ValueError, OverflowError, KeyError):
            continue  # "31 February", a date beyond the calendar: no date
        if resolved is None:
            continue
        first, last, how, precision = resolved
        if first > last or (published is not None and last > reference):
            continue  # a date after publication is a dateline slip or a plan, not the incident
        if (reference - last).days > BACKGROUND_DAYS:
            continue  # an earlier war or incident, not this one
        index, (s_start, s_end) = _sentence_of(sentences, start)
        candidate = _Candidate(
            start=first,
            end=last,
            offset=start,
            phrase=match[0],
            how=how,
            kind=kind,
            precision=precision,
        )
        scored = _score(candidate, text=text, span=(start, end), sentence=(s_start, s_end))
        if scored is None:
            continue
        score, conflict, said = scored
        score += max(0.0, 1.5 - 0.25 * index)
        if (reference - last).days > STALE_DAYS:
            score -= 3.0
        yield replace(candidate, score=score, conflict=conflict, said=said, sentence=index)


#: How far (characters) a weekday in an undated text may be from the written date it is
#: read against: the same sentence or the next one.
_ANCHOR_CHARS = 300


def _anchors(found: list[tuple[int, int, str, re.Match[str]]]) -> list[tuple[int, dt.date]]:
    """(offset, day) of every date the text writes in full, with its year."""
    anchors = []
    for start, _end, kind, match in found:
        if kind not in {"iso", "day", "range", "cross_range"} or not match["year"]:
            continue
        try:
            resolved = _absolute(match, None, dt.date.max)
        except (ValueError, OverflowError, KeyError):
            continue
        if resolved is not None:
            anchors.append((start, resolved[1]))
    return anchors


def _score(
    candidate: _Candidate, *, text: str, span: tuple[int, int], sentence: tuple[int, int]
) -> tuple[float, bool, bool] | None:
    """(score, in a sentence about fighting, a statement's date), or None when the phrase
    is a publication stamp."""
    start, end = span
    before = text[max(sentence[0], start - 60) : start]
    after = text[end : min(sentence[1], end + 60)]
    if _STAMP_BEFORE.search(before):
        return None
    score = _KIND_WEIGHT[candidate.kind]
    conflict = bool(_CONFLICT.search(text[sentence[0] : sentence[1]]))
    if conflict:
        score += 3.0
        if _CONFLICT.search(before[-40:]) or _CONFLICT.search(after[:40]):
            score += 1.0
    # "said on Monday", or "On Monday, the ministry said": the date of a statement.
    speech_after = _SPEECH_AFTER.match(after)
    said = bool(_SPEECH_BEFORE.search(before)) or bool(
        speech_after
        and not _CONFLICT.search(speech_after["between"])
        and _CLAUSE_START.search(text[sentence[0] : start])
    )
    if said or _STATUS_BEFORE.search(before):
        score -= 2.0  # when it was said or counted, not when it happened
    if _DATELINE_BEFORE.search(before) and (
        start - sentence[0] < 40 or _DATELINE_AFTER.match(after)
    ):
        score -= 2.0
    return score, conflict, said


def _with_support(candidates: list[_Candidate]) -> list[_Candidate]:
    """Phrases that agree with other phrases gain a little: a date said twice is likelier."""
    spans = Counter((c.start, c.end) for c in candidates if c.conflict)
    out = []
    for c in candidates:
        agree = sum(n for (s, e), n in spans.items() if s <= c.start <= e) - (
            1 if c.conflict else 0
        )
        out.append(replace(c, score=c.score + 0.5 * min(agree, 2)))
    return out


def _as_incident(best: _Candidate) -> IncidentDate:
    start, how = best.start, best.how
    if best.said and best.start == best.end and (before := _shift(best.start, -1)):
        start, how = before, f"{how}; {SAID_NOTE}"
    time_precision, date_prec = best.precision or _precision(start, best.end)
    where = ", in a sentence about fighting" if best.conflict else ""
    return IncidentDate(
        start=start,
        end=best.end,
        time_precision=time_precision,
        date_prec=date_prec,
        reason=f"{' '.join(best.phrase.split()).rstrip('.,')!r}: {how}{where}",
    )


def _precision(start: dt.date, end: dt.date) -> tuple[int, int]:
    """(ACLED time_precision, UCDP date_prec) for a span: a night across midnight is still
    ACLED's day; up to six days is UCDP's 2, a week 3, a month 4, longer 5."""
    days = (end - start).days + 1
    if days <= 1:
        return 1, 1
    if days == 2:
        return 1, 2
    if days <= 6:
        return 2, 2
    if days <= 7:
        return 2, 3
    if days <= 14:
        return 2, 4
    if days <= 31:
        return 3, 4
    return 3, 5


# Sentences ---------------------------------------------------------------------------


def _sentences(text: str, *, doc: Doc | None) -> list[tuple[int, int]]:
    if doc is not None and text_of(doc) == text:
        try:
            spans = [(s.start_char, s.end_char) for s in sentence_spans(doc)]
        except ValueError:  # a Doc without sentence boundaries
            spans = []
        if spans:
            return spans
    spans, start = [], 0
    for brk in _SENTENCE_BREAK.finditer(text):
        spans.append((start, brk.start()))
        start = brk.end()
    spans.append((start, len(text)))
    return spans


def _sentence_of(sentences: list[tuple[int, int]], offset: int) -> tuple[int, tuple[int, int]]:
    """The index and bounds of the sentence holding `offset` (sentences are in order)."""
    index = max(bisect.bisect_right(sentences, (offset, float("inf"))) - 1, 0)
    start, end = sentences[index]
    if start <= offset < end:
        return index, (start, end)
    return index, (max(0, offset - 200), offset + 200)  # between sentences: nearby text


# Resolving phrases against the publication date ---------------------------------------

_Resolved = tuple[dt.date, dt.date, str, tuple[int, int] | None] | None


def month_number(name: str) -> int:
    """`January` is 1, `sept` 9: a month's number by its name or abbreviation."""
    return _MONTHS[name[:3].lower()]


def _is_month_word(name: str) -> bool:
    """'may' and 'march' in lower case are a verb more often than a month."""
    return not (name.lower() in {"may", "mar", "march"} and not name[0].isupper())


def _dated(year: str | None, month: int, day: int, reference: dt.date) -> tuple[dt.date, str]:
    """A day, in the year given or else the reference's (the year before if that is later)."""
    if year:
        return dt.date(int(year), month, day), "date in the text"
    candidate = dt.date(reference.year, month, day)
    if candidate > reference + _DAY:  # a day's slack for datelines across time zones
        return dt.date(reference.year - 1, month, day), "date without a year, the year before"
    return candidate, "date without a year, the publication year"


def _absolute(match: re.Match[str], _published: dt.date | None, reference: dt.date) -> _Resolved:
    groups = match.groupdict()
    month_text = groups["m"]
    if not month_text.isdigit() and not _is_month_word(month_text):
        return None
    month = int(month_text) if month_text.isdigit() else month_number(month_text)
    start, how = _dated(groups.get("year"), month, int(groups["d"]), reference)
    if groups.get("d2") is None:
        return start, start, how, None
    month2 = month_number(groups["m2"]) if groups.get("m2") else month
    end = dt.date(start.year, month2, int(groups["d2"]))
    if end < start and groups.get("m2"):
        end = dt.date(start.year + 1, month2, int(groups["d2"]))
    if end <= start or (end - start).days > 31:
        return None  # "July 13 and 2 soldiers": not a span
    return start, end, how.replace("date", "span"), None


def _month_span(match: re.Match[str], _published: dt.date | None, reference: dt.date) -> _Resolved:
    name, year, part = match["m"], match["year"], (match["part"] or "").lower()
    if not _is_month_word(name):
        return None
    month = month_number(name)
    first, how = _dated(year, month, 1, reference)
    last = _month_end(first)
    if part == "early" or "beginning" in part or "start" in part:
        first, last = first, first.replace(day=10)
    elif part == "mid":
        first, last = first.replace(day=11), first.replace(day=20)
    elif part == "late" or "end" in part:
        first = first.replace(day=21)
    last = min(last, reference)
    time_precision, date_prec = _precision(first, last)
    return first, last, how.replace("date", "month"), (time_precision, max(date_prec, 4))


def _weekday(match: re.Match[str], published: dt.date | None, _reference: dt.date) -> _Resolved:
    if published is None:
        return None
    rel = (match["rel"] or "").lower()
    if rel == "next":
        return None
    back = (published.weekday() - _WEEKDAYS.index(match["w"].lower())) % 7
    if back == 0 and rel in {"last", "past", "previous", "this past"}:
        back = 7
    day = published - dt.timedelta(days=back)
    return day, day, f"the last {match['w'].title()} on or before publication", None


def _weekday_range(
    match: re.Match[str], published: dt.date | None, _reference: dt.date
) -> _Resolved:
    if published is None:
        return None
    first = _weekday_before(published, _WEEKDAYS.index(match["w"].lower()))
    last = _weekday_before(published, _WEEKDAYS.index(match["w2"].lower()))
    if last < first:
        first -= dt.timedelta(days=7)
    return first, last, "the last such days on or before publication", None


def _weekday_before(published: dt.date, weekday: int) -> dt.date:
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def _relative(days_back: int, last: int, how: str) -> Callable[..., _Resolved]:
    """A resolver for a phrase `days_back`..`last` days before publication."""

    def resolve(_match: re.Match[str], published: dt.date | None, _ref: dt.date) -> _Resolved:
        if published is None:
            return None
        first = published - dt.timedelta(days=days_back)
        return first, published - dt.timedelta(days=last), how, None

    return resolve


def _days_ago(match: re.Match[str], published: dt.date | None, _reference: dt.date) -> _Resolved:
    if published is None:
        return None
    n = _NUMBER_WORDS.get(match["n"].lower()) or int(match["n"])
    day = published - dt.timedelta(days=n)
    return day, day, f"{n} days before publication", None


def _this_week(match: re.Match[str], published: dt.date | None, _reference: dt.date) -> _Resolved:
    if published is None:
        return None
    return _weekday_before(published, 0), published, "the publication week", (2, 3)


def _last_week(match: re.Match[str], published: dt.date | None, _reference: dt.date) -> _Resolved:
    if published is None:
        return None
    monday = _weekday_before(published, 0) - dt.timedelta(days=7)
    return monday, monday + dt.timedelta(days=6), "the week before publication", (2, 3)


def _weekend(match: re.Match[str], published: dt.date | None, _reference: dt.date) -> _Resolved:
    if published is None:
        return None
    saturday = _weekday_before(published, 5)
    return saturday, min(saturday + _DAY, published), "the last weekend", None


def _this_month(match: re.Match[str], published: dt.date | None, _reference: dt.date) -> _Resolved:
    if published is None:
        return None
    return published.replace(day=1), published, "the publication month", (3, 4)


def _last_month(match: re.Match[str], published: dt.date | None, _reference: dt.date) -> _Resolved:
    if published is None:
        return None
    last = published.replace(day=1) - _DAY
    return last.replace(day=1), last, "the month before publication", (3, 4)


def _unresolved(_match: re.Match[str], _published: dt.date | None, _ref: dt.date) -> _Resolved:
    return None


def _absolute_undated(
    match: re.Match[str], _published: dt.date | None, reference: dt.date
) -> _Resolved:
    """A written date in an undated text: one without a year is the first such day from
    `BACKGROUND_DAYS` before the latest stated date on (the text was written after it)."""
    if match.groupdict().get("year"):
        return _absolute(match, None, reference)
    earliest = _shift(reference, -BACKGROUND_DAYS) or reference
    resolved = _absolute(match, None, dt.date(earliest.year, 12, 31))
    if resolved is None:
        return None
    first, last, how, precision = resolved
    if first < earliest:
        first, last = first.replace(year=first.year + 1), last.replace(year=last.year + 1)
    return first, last, "date without a year, after the latest date the text states", precision


def _weekday_undated(
    match: re.Match[str], _published: dt.date | None, anchor: dt.date
) -> _Resolved:
    """A weekday in an undated text: the last such day on or before the date written
    near it."""
    resolved = _weekday(match, anchor, anchor)
    if resolved is None:
        return None
    first, last, _how, precision = resolved
    how = f"the last {match['w'].title()} on or before {anchor}, a date written near it"
    return first, last, how, precision


#: Without a publication date only written dates resolve here (weekdays against a written
#: date near them, in `_candidates`); "yesterday" and "this week" point back from a day
#: the text does not give.
_UNDATED_RESOLVERS: dict[str, Callable[[re.Match[str], dt.date | None, dt.date], _Resolved]] = {
    "iso": _absolute,
    "cross_range": _absolute_undated,
    "range": _absolute_undated,
    "day": _absolute_undated,
    "month": _month_span,
}


_RESOLVERS: dict[str, Callable[[re.Match[str], dt.date | None, dt.date], _Resolved]] = {
    "iso": _absolute,
    "cross_range": _absolute,
    "range": _absolute,
    "day": _absolute,
    "month": _month_span,
    "weekday": _weekday,
    "weekday_range": _weekday_range,
    "days_ago": _days_ago,
    "before_yesterday": _relative(2, 2, "two days before publication"),
    "yesterday": _relative(1, 1, "the day before publication"),
    "overnight": _relative(1, 0, "the night before publication"),
    "today": _relative(0, 0, "the publication day"),
    "this_week": _this_week,
    "last_week": _last_week,
    "past_week": _relative(7, 0, "the week before publication"),
    "weekend": _weekend,
    "this_month": _this_month,
    "last_month": _last_month,
    "recent_days": _relative(6, 0, "the days before publication"),
}


# Small date helpers -------------------------------------------------------------------


def _month_end(day: dt.date) -> dt.date:
    following = day.replace(day=28) + dt.timedelta(days=4)
    return following - dt.timedelta(days=following.day)


def _shift(day: dt.date, days: int) -> dt.date | None:
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def latest_stated_date(text: str) -> dt.date | None:
    """The latest date `text` writes with its year: the text was written on or after it.

    With no publication date it stands in for one, to place dates written without a year
    and weekdays, and it bounds which events an undated article may join."""
    latest = None
    for kind, pattern in _PATTERNS[:7]:
        for match in pattern.finditer(text):
            if not match.groupdict().get("year"):
                continue
            try:
                resolved = _RESOLVERS[kind](match, None, dt.date.max)
            except (ValueError, OverflowError, KeyError):
                continue
            if resolved and (latest is None or resolved[1] > latest):
                latest = resolved[1]
    return latest


def written_dates(text: str, *, reference: dt.date) -> list[tuple[int, dt.date]]:
    """Each date or month `text` writes out ("on 12 March", "in December 2024", "June
    3-5"), as its offset and the last day it may mean, a date without a year placed on or
    before `reference`. A date that opens a span of time ("since 12 March", "until June",
    "as of May") is not when anything happened, and is left out."""
    found: list[tuple[int, dt.date]] = []
    taken = bytearray(len(text))
    for kind, pattern in _PATTERNS[:8]:  # the written ones, day to month
        for match in pattern.finditer(text):
            start, end = match.span()
            if start == end or any(taken[start:end]):
                continue
            taken[start:end] = b"\1" * (end - start)
            before = text[max(0, start - 40) : start]
            if _STATUS_BEFORE.search(before) or re.search(r"\bsince\b[^,.;]*$", before):
                continue  # "since the October 7 raid", "since the war began on 7 May"
            if re.search(r"\b(?:from|between)\s+$", text[max(0, start - 10) : start]):
                continue
            try:
                resolved = _RESOLVERS[kind](match, None, reference)
            except (ValueError, OverflowError, KeyError):
                continue
            if resolved is not None:
                found.append((start, resolved[1]))
    return sorted(found)
