"""The incident's date read from invented reports, and the event's date from its articles."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fogofwar.dates import (
    FALLBACK_REASON,
    SAID_NOTE,
    event_date,
    incident_date,
    latest_stated_date,
)
from fogofwar.records import IncidentDate

D = dt.date
WED = D(2023, 3, 15)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "published", "start", "end", "time_precision", "date_prec"),
    [
        # weekdays: the most recent one on or before publication
        (
            "Two soldiers were killed in clashes on Tuesday.",
            WED,
            D(2023, 3, 14),
            D(2023, 3, 14),
            1,
            1,
        ),
        ("Shelling hit the town on Wednesday, killing one.", WED, WED, WED, 1, 1),
        ("Rebels attacked the base last Wednesday.", WED, D(2023, 3, 8), D(2023, 3, 8), 1, 1),
        (
            "Fighting between Friday and Saturday left 9 dead.",
            WED,
            D(2023, 3, 10),
            D(2023, 3, 11),
            1,
            2,
        ),
        (
            "Militants stormed the village over the weekend.",
            WED,
            D(2023, 3, 11),
            D(2023, 3, 12),
            1,
            2,
        ),
        # days relative to publication
        (
            "Three civilians were wounded in shelling yesterday.",
            WED,
            D(2023, 3, 14),
            D(2023, 3, 14),
            1,
            1,
        ),
        (
            "Gunmen attacked a checkpoint yesterday evening.",
            WED,
            D(2023, 3, 14),
            D(2023, 3, 14),
            1,
            1,
        ),
        (
            "Hostilities broke out the day before near the pass.",
            WED,
            D(2023, 3, 14),
            D(2023, 3, 14),
            1,
            1,
        ),
        (
            "A drone strike killed four people last night.",
            WED,
            D(2023, 3, 14),
            D(2023, 3, 14),
            1,
            1,
        ),
        ("Heavy fighting raged overnight near the border.", WED, D(2023, 3, 14), WED, 1, 2),
        ("An ambush two days ago killed six soldiers.", WED, D(2023, 3, 13), D(2023, 3, 13), 1, 1),
        # weeks and months
        ("Fighting earlier this week left 12 dead.", WED, D(2023, 3, 13), WED, 2, 3),
        ("Clashes last week killed 30 fighters.", WED, D(2023, 3, 6), D(2023, 3, 12), 2, 3),
        ("Clashes this month have killed 40 people.", WED, D(2023, 3, 1), WED, 3, 4),
        (
            "Rebels seized the town in late July.",
            D(2024, 8, 10),
            D(2024, 7, 21),
            D(2024, 7, 31),
            2,
            4,
        ),
        # written dates
        (
            "Two soldiers died in an attack late on 16 November.",
            D(2021, 11, 17),
            D(2021, 11, 16),
            D(2021, 11, 16),
            1,
            1,
        ),
        (
            "Clashes on November 13-14 killed nine fighters.",
            D(2022, 11, 20),
            D(2022, 11, 13),
            D(2022, 11, 14),
            1,
            2,
        ),
        (
            "Seven died in shelling on the night of July 13-14.",
            D(2020, 7, 15),
            D(2020, 7, 13),
            D(2020, 7, 14),
            1,
            2,
        ),
        (
            "Fighting flared between the 12th and 14th of July.",
            D(2020, 7, 15),
            D(2020, 7, 12),
            D(2020, 7, 14),
            2,
            2,
        ),
        (
            "The battle lasted from 30 January to 2 February.",
            D(2025, 2, 5),
            D(2025, 1, 30),
            D(2025, 2, 2),
            2,
            2,
        ),
        ("The ambush on 3 March 2023 killed five.", WED, D(2023, 3, 3), D(2023, 3, 3), 1, 1),
        (
            "Rebels overran the camp on Jan. 28, killing 17.",
            D(2025, 2, 1),
            D(2025, 1, 28),
            D(2025, 1, 28),
            1,
            1,
        ),
        ("An attack on 2023-03-12 killed eight.", WED, D(2023, 3, 12), D(2023, 3, 12), 1, 1),
        # no year: the publication year, or the year before when that would be later
        (
            "The attack on 28 December killed six soldiers.",
            D(2023, 1, 5),
            D(2022, 12, 28),
            D(2022, 12, 28),
            1,
            1,
        ),
        ("The attack on March 12 killed six soldiers.", WED, D(2023, 3, 12), D(2023, 3, 12), 1, 1),
    ],
)
def test_phrases(
    text: str, published: dt.date, start: dt.date, end: dt.date, time_precision: int, date_prec: int
) -> None:
    found = incident_date(text, published=published)
    assert found is not None
    assert (found.start, found.end) == (start, end), found.reason
    assert (found.time_precision, found.date_prec) == (time_precision, date_prec)
    assert found.reason and found.reason != FALLBACK_REASON


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # background dates and years are not the incident
        ("Fighting on Tuesday killed two soldiers. The 2020 war killed thousands.", D(2023, 3, 14)),
        (
            "In 2016, a similar attack killed 30 people. Gunmen struck the village on Monday.",
            D(2023, 3, 13),
        ),
        (
            "The 44-day war ended on 10 November 2020. Clashes on Sunday killed three.",
            D(2023, 3, 12),
        ),
        # the statement's date is not the fighting's
        (
            "The ministry said on Wednesday that clashes on Monday killed two soldiers.",
            D(2023, 3, 13),
        ),
        (
            "As of Wednesday, 20 people had died in the fighting that began on Sunday.",
            D(2023, 3, 12),
        ),
        # a dateline is the publication's, not the incident's
        (
            "MOSCOW, March 15. /TASS/. Two soldiers were killed in shelling on Monday.",
            D(2023, 3, 13),
        ),
        # the sentence about fighting wins over an aside
        (
            "The president visited on Tuesday. Rebels ambushed a convoy on Sunday, killing 9.",
            D(2023, 3, 12),
        ),
    ],
)
def test_incident_not_other_dates(text: str, start: dt.date) -> None:
    found = incident_date(text, published=WED)
    assert found is not None
    assert found.start == start, found.reason


def test_statement_date_alone_means_that_day_or_the_day_before() -> None:
    found = incident_date("On Monday, the army said two soldiers were killed.", published=WED)
    assert found is not None
    assert (found.start, found.end) == (D(2023, 3, 12), D(2023, 3, 13))
    assert SAID_NOTE in found.reason


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed in clashes near the border, officials said.",
        "The 2020 war killed thousands. In 2016 a truce was signed.",
        "The region was devastated by the war that ended on 10 November 2020.",
        "The first clashes were on 2 January, long before the talks.",  # too old: background
        "Talks are planned for 20 March.",  # after publication: a plan
        "Talks will resume next Tuesday.",
        "",
    ],
)
def test_no_incident_date_falls_back_to_publication(text: str) -> None:
    found = incident_date(text, published=WED)
    assert found == IncidentDate(
        start=D(2023, 3, 14), end=WED, time_precision=1, date_prec=2, reason=FALLBACK_REASON
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers were killed on Tuesday.", None),  # a weekday needs a publication date
        ("Nothing here.", None),
        ("Clashes on 14 July 2020 killed four soldiers.", D(2020, 7, 14)),
        ("Report of July 14, 2020. Clashes on July 12 killed two soldiers.", D(2020, 7, 12)),
    ],
)
def test_without_publication_date(text: str, expected: dt.date | None) -> None:
    found = incident_date(text, published=None)
    assert (found.start if found else None) == expected


# An undated article: the dates it writes in full are read, and the rest against them.
_FAR = " The valley has seen little fighting since the accord, residents said." * 6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday next to a written date points back from it (14 March 2031 is a Friday)
        ("On 14 March 2031 officials said gunmen killed nine in Dorn on Tuesday.", D(2031, 3, 11)),
        ("Gunmen killed nine in Dorn on Tuesday, officials said on 14 March 2031.", D(2031, 3, 11)),
        # a date without a year comes after the latest full date, not a year before it
        (
            "Talks broke down on 2 November 2030. Fighting that began on Jan. 16 killed 60.",
            D(2031, 1, 16),
        ),
        ("Report of 14 July 2030. Clashes on 12 July killed two soldiers.", D(2030, 7, 12)),
        # a weekday far from any written date stays unresolved ("yesterday" always does)
        ("Gunmen killed nine in Dorn on Tuesday." + _FAR + " The accord of 3 May 2028.", None),
        # "yesterday" is unread; the statement's date says the day before or that day
        ("Gunmen killed nine in Dorn yesterday, officials said on 14 March 2031.", D(2031, 3, 13)),
    ],
)
def test_undated_text_is_read_against_the_dates_it_writes(
    text: str, expected: dt.date | None
) -> None:
    found = incident_date(text, published=None, lead=2)
    assert (found.start if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine were killed on 3 May 2028; the toll of 14 March 2031 was higher.", D(2031, 3, 14)),
        ("Nine were killed on March 3 and on Tuesday.", None),  # no year written
        ("The clash of 2031-03-14 left nine dead.", D(2031, 3, 14)),
        ("Nothing here.", None),
    ],
)
def test_latest_stated_date(text: str, expected: dt.date | None) -> None:
    assert latest_stated_date(text) == expected


def test_lead_limits_the_sentences_read() -> None:
    text = "Gunmen killed nine in Dorn." + _FAR + " Dorn was shelled on 3 May 2028, killing two."
    assert incident_date(text, published=None, lead=3) is None
    found = incident_date(text, published=None)
    assert found is not None and found.start == D(2028, 5, 3)


def test_doc_without_sentences_uses_own_splitter() -> None:
    import spacy

    text = "The president visited on Tuesday. Rebels ambushed a convoy on Sunday, killing 9."
    doc = spacy.blank("en")(text)  # no parser: no sentence boundaries
    assert incident_date(text, published=WED, doc=doc) == incident_date(text, published=WED)
    other = spacy.blank("en")("A different text.")  # not this text's parse: ignored
    assert incident_date(text, published=WED, doc=other) == incident_date(text, published=WED)


@pytest.mark.slow
def test_with_parsed_doc() -> None:
    from fogofwar.extract.nlp import parse

    text = (
        "YEREVAN — Armenia's defence ministry said on Wednesday that six soldiers were killed. "
        "The soldiers died when Azerbaijani forces attacked positions on Tuesday."
    )
    found = incident_date(text, published=WED, doc=parse(text))
    assert found is not None and found.start == D(2023, 3, 14)


_WORDS = st.sampled_from([
    "on", "Tuesday", "Sunday", "last", "next", "yesterday", "overnight", "night", "the", "of",
    "before", "week", "month", "weekend", "July", "13-14", "16", "November", "2020", "Nov.",
    "12th", "and", "between", "killed", "clashes", "said", "as", "MOSCOW", ",", ".", "-", "–",
    "ago", "two", "days", "early", "late", "mid", "31", "February", "2023-02-30", "today",
    "this", "earlier\n",
])  # fmt: skip


@given(
    text=st.one_of(st.text(max_size=300), st.lists(_WORDS, max_size=40).map(" ".join)),
    published=st.one_of(st.none(), st.dates()),
)
def test_never_raises_and_start_before_end(text: str, published: dt.date | None) -> None:
    found = incident_date(text, published=published)
    if found is not None:
        assert found.start <= found.end
        assert found.time_precision in (1, 2, 3)
        assert found.date_prec in (1, 2, 3, 4, 5)
        if published is not None:
            assert found.end <= published


# The event's date from its articles' --------------------------------------------------


def _day(start: dt.date, end: dt.date | None = None, *, reason: str = "read") -> IncidentDate:
    end = end or start
    days = (end - start).days + 1
    return IncidentDate(
        start=start, end=end, time_precision=1, date_prec=1 if days == 1 else 2, reason=reason
    )


def test_event_date_nothing() -> None:
    assert event_date([], published=[]) is None
    assert event_date([None, None], published=[None, None]) is None


def test_event_date_from_publication_when_no_article_has_a_date() -> None:
    fallback = incident_date("no date", published=D(2023, 3, 16))
    found = event_date([None, fallback], published=[WED, D(2023, 3, 16)])
    assert found is not None
    assert (found.start, found.end, found.date_prec) == (D(2023, 3, 14), WED, 2)


def test_event_date_single_article_keeps_its_precision() -> None:
    only = IncidentDate(start=D(2023, 3, 6), end=D(2023, 3, 12), time_precision=2, date_prec=3)
    found = event_date([only], published=[WED])
    assert found is not None
    assert (found.start, found.end, found.time_precision, found.date_prec) == (
        D(2023, 3, 6),
        D(2023, 3, 12),
        2,
        3,
    )


@pytest.mark.parametrize(
    ("dates", "start", "end", "time_precision", "date_prec"),
    [
        # spans widen: a night, then two later days
        ([_day(D(2023, 3, 12), D(2023, 3, 13)), _day(D(2023, 3, 13)), _day(D(2023, 3, 14))],
         D(2023, 3, 12), D(2023, 3, 14), 2, 2),
        # agreement on one day
        ([_day(D(2023, 3, 13)), _day(D(2023, 3, 13)), None], D(2023, 3, 13), D(2023, 3, 13), 1, 1),
        # a lone early date is an outlier, not the start
        ([_day(D(2023, 3, 2)), _day(D(2023, 3, 13)), _day(D(2023, 3, 13)), _day(D(2023, 3, 14))],
         D(2023, 3, 13), D(2023, 3, 14), 1, 2),
        # a month phrase does not choose the start when a day is known
        ([IncidentDate(start=D(2023, 3, 1), end=WED, time_precision=3, date_prec=4),
          _day(D(2023, 3, 13))], D(2023, 3, 13), D(2023, 3, 13), 1, 1),
        # a statement's date does not stretch the end
        ([_day(D(2023, 3, 13)), _day(D(2023, 3, 14), WED, reason=f"'Wednesday': x; {SAID_NOTE}")],
         D(2023, 3, 13), D(2023, 3, 13), 1, 1),
        # dates far before the reports are ignored
        ([_day(D(2020, 11, 10)), _day(D(2023, 3, 14))], D(2023, 3, 14), D(2023, 3, 14), 1, 1),
    ],
)  # fmt: skip
def test_event_date_combines(
    dates: list[IncidentDate | None],
    start: dt.date,
    end: dt.date,
    time_precision: int,
    date_prec: int,
) -> None:
    found = event_date(dates, published=[WED] * len(dates))
    assert found is not None
    assert (found.start, found.end) == (start, end), found.reason
    assert (found.time_precision, found.date_prec) == (time_precision, date_prec)


@given(
    spans=st.lists(
        st.one_of(
            st.none(),
            st.tuples(st.dates(D(2000, 1, 1), D(2030, 1, 1)), st.integers(0, 40)),
        ),
        max_size=8,
    ),
    published=st.lists(st.one_of(st.none(), st.dates(D(2000, 1, 1), D(2030, 1, 1))), max_size=8),
)
def test_event_date_start_before_end(
    spans: list[tuple[dt.date, int] | None], published: list[dt.date | None]
) -> None:
    dates = [
        None
        if s is None
        else IncidentDate(
            start=s[0], end=s[0] + dt.timedelta(days=s[1]), date_prec=1 + min(s[1], 4)
        )
        for s in spans
    ]
    found = event_date(dates, published=published)
    if found is not None:
        assert found.start <= found.end
