from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fogofwar.clean import (
    article_id,
    clean,
    clean_text,
    detect_language,
    find_published,
    find_title,
    is_boilerplate,
    join_wrapped_lines,
    language_name,
    normalise_text,
    parse_date,
    repair_mojibake,
    tame_markup,
)
from fogofwar.records import Article, RawDocument, Rejected

DATA = Path(__file__).parent / "data" / "ingest"

BODY = (
    "Five Eastland soldiers were killed and nine wounded in an overnight exchange of fire "
    "with Westmark border guards near Varnok, the Eastland defence ministry said on Saturday."
)


def _article(raw: RawDocument, **kwargs: int) -> Article:
    result = clean(raw, **kwargs)
    assert isinstance(result, Article), result
    return result


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("five&nbsp;soldiers", "five soldiers"),
        ("five& nbsp;soldiers", "five soldiers"),
        ("five&amp;nbsp;soldiers", "five soldiers"),
        ("five&amp;amp;nbsp;soldiers", "five soldiers"),
        ("five&nbsp soldiers", "five soldiers"),
        ("2020&ndash;2021", "2020–2021"),
        ("2020& ndash;2021", "2020–2021"),
        ("ceasefire &mdash; broken", "ceasefire — broken"),
        ("the army&#8217;s losses", "the army’s losses"),
        ("the army&rsquo;s losses", "the army’s losses"),
        ("AT&amp;T and R&D", "AT&T and R&D"),
        ("Tom & Jerry; a&b", "Tom & Jerry; a&b"),  # not entities: left alone
        ("&unknownentity; stays", "&unknownentity; stays"),
        ("&notit and &para are prose", "&notit and &para are prose"),
        ("a  \t b", "a b"),
        ("a\u00a0\u00a0b", "a b"),
        ("zero\u200bwidth soft\u00adhyphen", "zerowidth softhyphen"),
        ("line one   \r\nline two", "line one\nline two"),
        ("para one\n\n\n\n\npara two", "para one\n\npara two"),
        ("  \n\n lead \n", "lead"),
    ],
)
def test_normalise_text(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to our newsletter",
        "Follow us on Twitter",
        "Follow Lowland Herald on Telegram",
        "Share this article",
        "SHARE",
        "Advertisement",
        "ADVERTISEMENT",
        "Article content",
        "Read more: Westmark recalls ambassador",
        "READ MORE: 12 killed in earlier clash",  # a link to another story
        "Also read: What we know about the border",
        "Related: Border talks stall",
        "Categories: 2021",
        "Tags: Eastland, Westmark, border",
        "Photo: Reuters",
        "PHOTO: AFP",
        "(Photo: Reuters)",
        "Photo by A. Photographer/Lowland Herald",
        "Getty Images",
        "AFP via Getty Images",
        "Soldiers patrol near the border on Monday. (AP Photo/A. Photographer)",
        "A view shows the damaged post near Varnok, on July 30, 2024. | Photo Credit: Reuters",
        "We use cookies to improve your experience on our site.",
        "This website uses cookies. By continuing to browse you agree.",
        "© 2023 Lowland Herald. All rights reserved.",
        "Copyright 2023 Daily Meridian",
        "X",
        "|",
        "• • •",
        "World",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        BODY,
        "Follow-up talks were held on Monday.",
        "Share prices fell in Westmark after the clash.",
        "Photo: soldiers carry the bodies of 3 comrades killed near Varnok",  # a figure
        "Relatives mourn the 12 killed in the attack. (Photo: Reuters)",
        "The ministry published a photo of the captured post.",
        "Subscribers were told that two guards were missing.",
        "He said the cookies were handed out to troops.",
        "Read the full statement, the ministry told reporters, as seven were wounded.",
        "World leaders called for restraint after 20 people died.",
        "",
    ],
)
def test_content_lines_are_kept(line: str) -> None:
    assert not is_boilerplate(line)


def test_clean_text_drops_only_boilerplate_and_inline_credits() -> None:
    text = (
        "Five killed in Varnok clash\n\n"
        "Advertisement\n\n"
        f"{BODY}\n"
        "Follow us on Twitter\n"
        "Westmark said two guards were missing (Photo: Reuters) after the fighting.\n\n\n"
        "Tags: border, Eastland"
    )
    assert clean_text(text) == (
        f"Five killed in Varnok clash\n\n{BODY}\n"
        "Westmark said two guards were missing after the fighting."
    )


# An invented report, hard-wrapped at 60 columns as an email client would.
WRAPPED = (
    "Eastland says Westmark shelling killed four in Varnok\n"
    "By A. Writer\n"
    "VARNOK, Eastland (Lowland Wire) - Westmark artillery struck\n"
    "the market of Varnok on Tuesday, killing four civilians and\n"
    "wounding 17 others, the Eastland interior ministry said. A\n"
    "Westmark spokesman, Col. Dray, denied that its guns had fired\n"
    "on the town.\n"
    "\n"
    "- Twelve soldiers were also reported\n"
    "  missing near the pass\n"
    "- Talks are due on Friday\n"
    "March 12, 2024"
)
UNWRAPPED = (
    "Eastland says Westmark shelling killed four in Varnok\n"
    "By A. Writer\n"
    "VARNOK, Eastland (Lowland Wire) - Westmark artillery struck the market of Varnok on "
    "Tuesday, killing four civilians and wounding 17 others, the Eastland interior ministry "
    "said. A Westmark spokesman, Col. Dray, denied that its guns had fired on the town.\n"
    "\n"
    "- Twelve soldiers were also reported missing near the pass\n"
    "- Talks are due on Friday\n"
    "March 12, 2024"
)


def test_wrapped_report_is_joined_and_its_structure_kept() -> None:
    assert join_wrapped_lines(normalise_text(WRAPPED)) == UNWRAPPED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next line starts in lower case: the sentence goes on
        ("Nine guards were\nkilled at the post.", "Nine guards were killed at the post."),
        # a line ending with a comma or a word no sentence ends with
        ("In Dorn, nine were killed,\nWestmark said.", "In Dorn, nine were killed, Westmark said."),
        ("Shelling hit the\nDorn clinic.", "Shelling hit the Dorn clinic."),
        (
            "The attack was led by Gen.\nKorr, officials said.",
            "The attack was led by Gen. Korr, officials said.",
        ),
        # a word cut at its hyphen keeps the hyphen: "twenty-five"
        ("Some twenty-\nfive died in Dorn.", "Some twenty-five died in Dorn."),
        # breaks that stay: a headline above the body, a sentence end, a list, a date
        ("Nine killed in Dorn\nNine guards died on Monday.", None),
        ("Nine killed in Dorn, officials say\nNine guards died on Monday.", None),
        ("Nine guards died.\nThe ministry confirmed it.", None),
        ("Casualties in Dorn:\n- nine guards killed", None),
        ("Casualties in Dorn\n1. nine guards killed", None),
        ("Nine Killed As Westmark Shells Dorn Market\nBy A. Writer", None),
        ("DORN (Lowland Wire) -\nNine guards died on Monday.", None),
        ("Nine killed in Dorn\nMarch 12, 2024", None),
        ("Killed\n12\nWounded\n40", None),  # a short table, not wrapped prose
        ("Nine guards were\n\nkilled.", None),  # a paragraph break is never joined
    ],
)
def test_join_wrapped_lines(text: str, expected: str | None) -> None:
    assert join_wrapped_lines(text) == (text if expected is None else expected)


def test_wrapped_block_joins_where_the_next_word_would_not_fit() -> None:
    lines = [
        "Westmark said its border guards repelled an Eastland raid near",
        "Dorn overnight and that Eastland lost 14 soldiers in the attack",
        "Officials in Dorn could not be reached for comment on Monday.",
    ]
    assert join_wrapped_lines("\n".join(lines)) == " ".join(lines)
    # the same lines with the first one short: a headline, not a wrapped line
    assert join_wrapped_lines("\n".join(["Raid repelled", *lines[1:]])).startswith(
        "Raid repelled\n"
    )


def test_clean_joins_a_wrapped_figure_into_its_sentence() -> None:
    text = (
        "Westmark artillery shelled Eastland positions near Dorn overnight\n"
        "and, according to the Eastland army, killed fourteen soldiers. It\n"
        "said 30 others were wounded.\n"
    )
    article = _article(RawDocument(location="x.txt", text=text))
    assert article.text == " ".join(text.split())


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-11-17", dt.date(2021, 11, 17)),
        ("2021-11-17T23:30:00-05:00", dt.date(2021, 11, 17)),
        ("2021-11-17T10:00:00Z", dt.date(2021, 11, 17)),
        ("Nov 17, 2021", dt.date(2021, 11, 17)),
        ("17 November 2021", dt.date(2021, 11, 17)),
        ("Wed, 17 Nov 2021 10:00:00 GMT", dt.date(2021, 11, 17)),
        ("Sat, 04 Mar 2023 09:30:00 +0000", dt.date(2023, 3, 4)),
        ("17.11.2021", dt.date(2021, 11, 17)),
        ("2021-13-45", None),
        ("yesterday", None),
        ("not a date", None),
        ("2021", None),
        ("", None),
        (None, None),
        ("1066-10-14", None),
    ],
)
def test_parse_date(value: str | None, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("July 12, 2020\n\n" + BODY, dt.date(2020, 7, 12)),
        ("Five killed in clash - July 12, 2020\n\n" + BODY, dt.date(2020, 7, 12)),
        ("Headline\n\n11:47, 19 November 2021\n" + BODY, dt.date(2021, 11, 19)),
        ("Headline\nPublished: 17.11.2021\n" + BODY, dt.date(2021, 11, 17)),
        ("Headline\nadmin | February 4, 2025\n" + BODY, dt.date(2025, 2, 4)),
        ("Headline\n08/20/2022 | 10:09am EDT\n" + BODY, dt.date(2022, 8, 20)),
        ("Headline\n20/08/2022\n" + BODY, dt.date(2022, 8, 20)),
        ("Headline\n03/04/2022\n" + BODY, None),  # day and month could be swapped
        ("Headline\n31/31/2022\n" + BODY, None),
        (BODY + " The talks of 12 July 2020 failed.", None),  # a long body line
        ("On July 12, soldiers crossed the border.\n" + BODY, None),  # no year
    ],
)
def test_find_published(text: str, expected: dt.date | None) -> None:
    assert find_published(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five killed in Varnok clash\n\n" + BODY, "Five killed in Varnok clash"),
        ("July 12, 2020\nFive killed in Varnok clash\n" + BODY, "Five killed in Varnok clash"),
        ("By A. Writer\nFive killed in Varnok clash\n" + BODY, "Five killed in Varnok clash"),
        (BODY + "\nA later short line here", None),
        ("VARNOK, Eastland (AP) — " + BODY, None),
    ],
)
def test_find_title(text: str, expected: str | None) -> None:
    assert find_title(text) == expected


def test_metadata_prefix_gives_published_and_is_stripped() -> None:
    raw = RawDocument(
        location="x.txt", text=" date 2021-11-17 Five killed in Varnok clash\n\n" + BODY
    )
    article = _article(raw)
    assert article.published == dt.date(2021, 11, 17)
    assert article.text.startswith("Five killed in Varnok clash\n\n")
    assert article.title == "Five killed in Varnok clash"


def test_given_published_wins_over_prefix() -> None:
    raw = RawDocument(location="x", text=" date 2021-11-17 " + BODY, published="Nov 18, 2021")
    assert _article(raw).published == dt.date(2021, 11, 18)


def test_unparseable_published_is_ignored_not_rejected() -> None:
    raw = RawDocument(location="x", text=BODY, published="sometime last week")
    article = _article(raw)
    assert article.published is None


@pytest.mark.parametrize(
    ("lead", "place", "wire"),
    [
        ("YEREVAN, Armenia (AP) — ", "Yerevan", "Associated Press"),
        ("MOSCOW, November 17. /TASS/. ", "Moscow", "TASS"),
        ("BEIRUT: ", "Beirut", None),
        ("Kinshasa/Goma, DRC, Jan. 30 (EFE). – ", "Kinshasa/Goma", "EFE"),
        ("", None, None),
    ],
)
def test_dateline_recorded_and_kept(lead: str, place: str | None, wire: str | None) -> None:
    article = _article(RawDocument(location="x", text="Five killed\n\n" + lead + BODY))
    assert (article.dateline_place, article.wire) == (place, wire)
    assert lead.strip() in article.text
    assert BODY in article.text


def test_casualty_sentences_survive() -> None:
    text = (
        "Photo: Reuters\n"
        "At least 17 people were killed and 40 injured, the health ministry said.\n"
        "Share this article\n"
        "Westmark said 3 of its soldiers were captured and 24 are missing."
    )
    article = _article(RawDocument(location="x", text=text))
    assert "At least 17 people were killed and 40 injured" in article.text
    assert "3 of its soldiers were captured and 24 are missing" in article.text
    assert "Photo" not in article.text and "Share" not in article.text


def test_outlet_and_wire_from_raw() -> None:
    raw = RawDocument(
        location="x", text=BODY, outlet="KFM (Reuters)", url="https://www.kfm.example/a"
    )
    article = _article(raw)
    assert article.outlet == "KFM (Reuters)"
    assert article.wire == "Reuters"


def test_outlet_falls_back_to_url_host() -> None:
    article = _article(RawDocument(location="x", text=BODY, url="https://www.reuters.com/a"))
    assert article.outlet == "reuters.com"
    assert article.wire == "Reuters"


def test_id_is_a_stable_content_hash() -> None:
    raw = RawDocument(location="a.txt", external_id="d1", text=BODY, outlet="Daily Meridian")
    first, second = _article(raw), _article(raw)
    assert first.id == second.id
    assert len(first.id) == 16 and all(c in "0123456789abcdef" for c in first.id)
    moved = RawDocument(location="b.txt", external_id="d1", text=BODY, outlet="Daily Meridian")
    assert _article(moved).id == first.id  # where it was read from is not content
    other = RawDocument(location="a.txt", external_id="d2", text=BODY, outlet="Daily Meridian")
    assert _article(other).id != first.id
    assert first.id == article_id(external_id="d1", outlet="Daily Meridian", url=None, text=BODY)


def test_id_ignores_whitespace_noise() -> None:
    noisy = RawDocument(location="x", text="  " + BODY.replace(" ", "  ") + "\n\n\n")
    assert _article(noisy).id == _article(RawDocument(location="x", text=BODY)).id


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (RawDocument(location="x", text="Too short."), "no article text after cleaning"),
        (RawDocument(location="x", text="Advertisement\nShare\nPhoto: AFP"), "no article text"),
        (RawDocument(location="x", text="   "), "document has no text"),
        (RawDocument(location="x"), "document has no text"),
        (RawDocument(location="x", html="<html><body>  </body></html>"), "no text in HTML"),
        (RawDocument(location="x", html="<script>var a = 1;</script>"), "no text in HTML"),
    ],
)
def test_rejections(raw: RawDocument, problem: str) -> None:
    result = clean(raw)
    assert isinstance(result, Rejected)
    assert result.location == "x"
    assert result.problem.startswith(problem)


def test_min_chars_is_a_parameter() -> None:
    raw = RawDocument(location="x", text="Three were killed near Varnok.")
    assert isinstance(clean(raw), Rejected)
    assert isinstance(clean(raw, min_chars=10), Article)


def test_non_english_is_flagged_not_rejected() -> None:
    text = (
        "Cinq soldats ont été tués et neuf blessés lors d'un échange de tirs nocturne avec "
        "les gardes-frontières, a déclaré samedi le ministère de la Défense."
    )
    article = _article(RawDocument(location="x", text=text))
    assert article.language == "fr"
    assert _article(RawDocument(location="x", text=BODY)).language == "en"


@pytest.mark.parametrize(
    ("code", "name"),
    [("es", "Spanish"), ("fr", "French"), ("ES", "Spanish"), ("deu", "German"), ("zz", "zz")],
)
def test_language_name(code: str, name: str) -> None:
    assert language_name(code) == name


def test_html_page_gives_text_and_metadata() -> None:
    raw = RawDocument(location="page.html", html=(DATA / "page.html").read_text("utf-8"))
    article = _article(raw)
    assert "Five soldiers were killed and nine wounded" in article.text
    assert "We use cookies" not in article.text and "Subscribe" not in article.text
    assert article.title == "Clash kills five near Varnok"
    assert article.outlet == "Daily Meridian"
    assert article.published == dt.date(2023, 3, 4)
    assert article.dateline_place == "Varnok"
    assert article.wire == "Associated Press"


def test_html_fragment_falls_back_to_tag_stripping() -> None:
    raw = RawDocument(
        location="feed#1",
        html="<p>Westmark&rsquo;s border service said two guards were missing.</p><p>Share</p>",
        outlet="Lowland Herald",
    )
    article = _article(raw)
    assert article.text == "Westmark’s border service said two guards were missing."


def test_given_title_wins_and_is_normalised() -> None:
    raw = RawDocument(location="x", text=BODY, title="  Five&nbsp;killed   at Varnok ")
    assert _article(raw).title == "Five killed at Varnok"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=400), as_html=st.booleans())
def test_clean_never_raises(text: str, as_html: bool) -> None:
    raw = RawDocument(location="x", html=text) if as_html else RawDocument(location="x", text=text)
    result = clean(raw)
    assert isinstance(result, Article | Rejected)
    if isinstance(result, Article):
        assert len(result.text) >= 40
        assert result.text == result.text.strip()
        assert "\n\n\n" not in result.text and "  " not in result.text


@settings(max_examples=40, deadline=None)
@given(noise=st.lists(st.sampled_from(["Share", "Advertisement", "Photo: AFP", "", "  "])))
def test_content_survives_any_boilerplate(noise: list[str]) -> None:
    text = "\n".join([*noise, BODY, *noise])
    assert _article(RawDocument(location="x", text=text)).text == BODY


@settings(max_examples=80, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("ab A.,-\n2:"), max_size=300))
def test_joining_only_ever_removes_line_breaks(text: str) -> None:
    joined = join_wrapped_lines(text)
    assert joined.replace("\n", " ").split() == text.replace("\n", " ").split() or (
        "".join(joined.split()) == "".join(text.split())
    )
    assert joined.count("\n") <= text.count("\n")


@pytest.mark.parametrize(
    ("raw", "phrase"),
    [
        (
            RawDocument(location="a.txt", text="Two soldiers died. " * 60),
            "text of 1,140 characters is over max_text_chars (1,000)",
        ),
        (
            RawDocument(location="a.html", html="<p>" + "Two died. " * 600 + "</p>"),
            "HTML of 6,007 characters is over 5 times max_text_chars (5,000)",
        ),
    ],
)
def test_input_over_the_longest_text_is_rejected_unread(raw: RawDocument, phrase: str) -> None:
    assert clean(raw, max_chars=1_000) == Rejected(location=raw.location, problem=phrase)
    assert isinstance(clean(raw, max_chars=10_000), Article)


def test_markup_over_the_cap_never_reaches_the_html_parser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("the HTML parser was called")

    monkeypatch.setattr("fogofwar.clean.extract_html", fail)
    raw = RawDocument(location="a.html", html="<p " + 'a="b" ' * 10_000 + ">x</p>")
    result = clean(raw, max_chars=1_000)
    assert isinstance(result, Rejected) and result.problem.startswith("HTML of 60,")


# Mojibake (ftfy) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # UTF-8 read as Windows-1252, once: apostrophes, quotes, dashes, letters
        ("Azerbaijanâ€™s army", "Azerbaijan’s army"),
        (
            "â€œTwelve were killed,â€\x9d the ministry said",
            "“Twelve were killed,” the ministry said",
        ),
        ("Kyzyl-TÃ¼msuk â€” ChÃ¼y Region", "Kyzyl-Tümsuk — Chüy Region"),
        # text that is fine is left as it is, curly quotes and fullwidth signs included
        ("“Two killed,” he said — at Dorn.", "“Two killed,” he said — at Dorn."),
        ("Café ＝ ﬁne", "Café ＝ ﬁne"),
    ],
)
def test_repair_mojibake(raw: str, expected: str) -> None:
    assert repair_mojibake(raw) == expected
    assert normalise_text(raw) == expected


def test_mojibake_is_repaired_before_extraction() -> None:
    raw = RawDocument(
        location="mojibake.txt",
        text="Clash at Dorn\n\nAzerbaijanâ€™s defence ministry said two of its soldiers "
        "were killed near Dorn on Tuesday.",
    )
    article = clean(raw)
    assert isinstance(article, Article)
    assert "Azerbaijan’s defence ministry" in article.text and "â€" not in article.text


# Markup that would cost lxml a square ------------------------------------------------------


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a tag of 200,000 attributes (issue 12: over 125 s in lxml) is written bare
        ("<p " + " ".join(f'a{i}="1"' for i in range(200_000)) + ">Two were killed.</p>",
         "<p>Two were killed.</p>"),
        ('<img src="data:image/png;base64,' + "A" * 5000 + '">', "<img>"),
        # ordinary tags keep their attributes, and stray brackets are left alone
        ('<div class="story" id="s1"><p>Two were killed.</p></div>',
         '<div class="story" id="s1"><p>Two were killed.</p></div>'),
        ("<" * 5000 + "a " + "x" * 3000, "<" * 5000 + "a " + "x" * 3000),
    ],
)  # fmt: skip
def test_tame_markup(markup: str, expected: str) -> None:
    assert tame_markup(markup) == expected


def test_a_tag_with_200000_attributes_still_gives_its_text() -> None:
    attributes = " ".join(f'a{i}="1"' for i in range(200_000))
    raw = RawDocument(
        location="attrs.html",
        html=f"<html><body><article><p {attributes}>Two Westmark soldiers were killed "
        "near Dorn on Tuesday, the Westmark army said.</p></article></body></html>",
    )
    article = clean(raw)
    assert isinstance(article, Article)
    assert "Two Westmark soldiers were killed near Dorn" in article.text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # short English briefs dense with names, which the classifier calls Pidgin
        ("Troops kill 14 insurgents\nABUJA, Feb 3 (Probe) - Nigerian troops killed 14 "
         "insurgents near Damboa in Borno state, army spokesman Onyema Nwachukwu said. Two "
         "soldiers were wounded.", "en"),
        ("Gunmen kill 19 farmers in Borno\nMAIDUGURI, Nigeria, March 2 (Probe) - Boko Haram "
         "fighters killed 19 farmers near Damboa, police said.", "en"),
        # Pidgin told by its own words stays Pidgin
        ("Police don arrest di men wey kill di farmers for Borno. Dem say na bandits dey "
         "behind di attack wey happun for di village.", "pcm"),
    ],
)  # fmt: skip
def test_pidgin_is_told_by_its_own_words(text: str, language: str) -> None:
    assert detect_language(text) == language
