"""Turn a RawDocument into an Article: the one cleaned text every later span points into.

Cleaning is conservative on purpose. Evidence sentences are quoted verbatim from
`Article.text`, so we only repair what is plainly broken (mojibake, HTML entities, stray
whitespace) and drop lines that are plainly not the article (share prompts, photo
credits, cookie notices). A line that states a casualty figure is never dropped.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import hashlib
import html
import itertools
import re
from dataclasses import dataclass
from typing import Any

import ftfy

from .records import Article, RawDocument, Rejected
from .sources import detect_wire, find_dateline, outlet_name

# 1. Text repair ----------------------------------------------------------------------

# "&nbsp;", "&amp;nbsp;", "& nbsp;", "&#8217;": an entity, maybe escaped again or split.
_ENTITY = re.compile(r"&(?:amp;)*\s?(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# The common ones also turn up without their semicolon ("&nbsp Moscow").
_BARE_ENTITY = re.compile(
    r"&(?:amp;)*\s?(nbsp|ndash|mdash|quot|apos|rsquo|lsquo|rdquo|ldquo|hellip|laquo|raquo)"
    r"(?![A-Za-z0-9;])"
)
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]")
_HSPACE = re.compile(r"[^\S\n]+")
_BLANK_RUNS = re.compile(r"\n{3,}")
_METADATA_PREFIX = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})\b[ \t]*")


def _unescape(match: re.Match[str]) -> str:
    entity = f"&{match[1]};"
    decoded = html.unescape(entity)
    return match[0] if decoded == entity else decoded


# ftfy repairs mojibake (UTF-8 read as Windows-1252: "Azerbaijanâ€™s" is "Azerbaijan’s")
# and nothing else: quotes stay curly (attribution reads them), widths, ligatures, line
# breaks and entities are left to the steps below, and no Unicode normalisation is applied.
_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    fix_line_breaks=False,
    normalization=None,
    explain=False,
)


def repair_mojibake(text: str) -> str:
    """Text that was decoded with the wrong encoding, read back as it was written."""
    return ftfy.fix_text(text, _FTFY)


def normalise_text(text: str) -> str:
    """Repair mojibake, decode entities (also mangled ones), drop invisible characters,
    tidy whitespace.

    Runs of spaces become one space, each line is stripped, and paragraph breaks are kept
    as one or two newlines.
    """
    text = repair_mojibake(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    for _ in range(3):  # "&amp;amp;nbsp;" needs more than one pass
        repaired = _BARE_ENTITY.sub(_unescape, _ENTITY.sub(_unescape, text))
        if repaired == text:
            break
        text = repaired
    text = _INVISIBLE.sub("", text)
    text = _HSPACE.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", text).strip()


# 2. Boilerplate ----------------------------------------------------------------------

_NUMBER = (
    r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
    r"hundreds?|thousands?|scores?"
)
_CASUALTY = r"kill|dead|death|died|dies|wound|injur|casualt|missing|captur|hostage|prisoner"
_FIGURE = re.compile(rf"\b(?:{_NUMBER})\b(?=.*(?:{_CASUALTY}))|(?:{_CASUALTY}).*\b(?:{_NUMBER})\b")

# Lines that are one of these, ignoring case and trailing punctuation.
_EXACT = frozenset(
    {"advertisement", "advertising", "sponsored", "sponsored content", "article content"}
    | {"share", "share this", "share this article", "share on facebook", "share on twitter"}
    | {"tweet", "email", "print", "copy link", "facebook", "twitter", "whatsapp", "telegram"}
    | {"linkedin", "comments", "show comments", "close", "menu", "home", "x", "listen"}
    | {"world", "news", "politics", "africa", "europe", "asia", "middle east", "americas"}
    | {"international", "latest news", "breaking news", "top stories", "world news"}
    | {"skip to content", "skip to main content", "story continues below advertisement"}
    | {"story continues below", "continue reading", "scroll to continue with content"}
    | {"hide caption", "toggle caption", "image", "photo", "video", "read more", "more"}
)
# Lines introducing links to other stories: dropped even with figures (they are not ours).
_LINK_PREFIX = re.compile(
    r"^(?:read more|read also|also read|read next|see also|related(?: \w+)?|recommended"
    r"|more from [\w ]+|more on this|watch|listen|don'?t miss|you may also like)\s*[:|»>\-–—]",
    re.IGNORECASE,
)
# (pattern, longest line it may drop, whether a casualty figure protects the line)
_BOILERPLATE: tuple[tuple[re.Pattern[str], int, bool], ...] = (
    (
        re.compile(
            r"^(?:subscribe|sign up|sign in|log in|register now|follow us|follow\b.{0,60}\bon "
            r"(?:twitter|x|facebook|instagram|telegram|tiktok|youtube|linkedin|whatsapp|google"
            r" news)|share (?:this|on|via)|click here|download (?:our|the) app|join (?:us|our)"
            r"|like us on|get (?:the latest|our newsletter)|newsletter|stay (?:informed|updated)"
            r"|support (?:our|independent) journalism)\b",
            re.IGNORECASE,
        ),
        160,
        True,
    ),
    (
        re.compile(
            r"^(?:categor(?:y|ies)|tags?|topics?|filed under|posted in|keywords?)\s*:",
            re.IGNORECASE,
        ),
        300,
        False,
    ),
    (
        re.compile(
            r"^[(\[]?(?:file )?(?:photo(?:graph)?|image|picture|pic|credit|illustration)s?"
            r"(?:\s+by\s+|\s*[:/|]\s*)",
            re.IGNORECASE,
        ),
        200,
        True,
    ),
    (
        re.compile(
            r"(?:photo(?:graph)?|image|picture|credit)s?(?:\s+by\s+|\s*[:/]\s*)[^.:\n]{1,60}"
            r"[)\]]?\s*$",
            re.IGNORECASE,
        ),
        300,
        True,
    ),
    (
        re.compile(
            r"getty images|shutterstock|\bap photo\b|\bafp photo\b|\breuters photo\b|epa-efe"
            r"|\bafp via getty|\bvia getty\b|\bphoto credit\b",
            re.IGNORECASE,
        ),
        200,
        True,
    ),
    (
        re.compile(
            r"we use cookies|(?:this|our) (?:web)?site uses cookies|uses cookies to"
            r"|cookie (?:policy|settings|preferences|consent)|accept (?:all )?cookies"
            r"|by continuing to (?:use|browse)",
            re.IGNORECASE,
        ),
        400,
        False,
    ),
    (re.compile(r"^(?:©|\(c\)\s|copyright\b|all rights reserved)", re.IGNORECASE), 200, False),
)
_INLINE_CREDIT = re.compile(
    r"\s*[(\[](?:file )?(?:photo(?:graph)?|image|picture|credit)s?(?:\s+by\s+|\s*[:/]\s*)"
    r"[^()\[\]\n]{1,60}[)\]]",
    re.IGNORECASE,
)


def is_boilerplate(line: str) -> bool:
    """True for a short line that is site furniture, not article text."""
    line = line.strip()
    if not line:
        return False
    if not any(c.isalnum() for c in line):
        return True
    if line.lower().rstrip(" .:!»>|") in _EXACT:
        return True
    if len(line) <= 200 and _LINK_PREFIX.match(line):
        return True
    for pattern, longest, figures_protect in _BOILERPLATE:
        if len(line) <= longest and pattern.search(line):
            return not (figures_protect and _FIGURE.search(line))
    return False


def strip_boilerplate(text: str) -> str:
    """Drop boilerplate lines and inline photo credits; keep everything else as it is."""
    kept = []
    for line in text.split("\n"):
        if is_boilerplate(line):
            continue
        kept.append(_INLINE_CREDIT.sub("", line) if "(" in line or "[" in line else line)
    return _BLANK_RUNS.sub("\n\n", "\n".join(kept)).strip()


# 3. Hard-wrapped lines ---------------------------------------------------------------

# Text pasted from a PDF or an email is cut every ~70 characters; `sentences()` ends a
# sentence at every line break, so a figure on one line and its fate on the next would be
# lost. A break is joined only when the sentence plainly goes on; a headline, a dateline,
# a byline, a list item or a date keeps its line.

#: Lines of a hard-wrapped block are at most this long, and at least the shorter width.
_WRAP_WIDTHS = (40, 130)
_ENDS_SENTENCE = re.compile(r"[.!?:;…|]['\"”’)\]]*$")
_ENDS_DASH = re.compile(r"(?:^|\s)[-–—]+$|[–—]$")
#: Titles that never end a sentence, so a line ending in one goes on ("Gen.", "Mr.").
_TITLE_ABBREVIATION = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Cpt|Sgt|Cpl|Pvt|Brig|Adm|Prof|Rev|Gov|Sen|Rep|St|No)\.$"
)
_LIST_ITEM = re.compile(r"^(?:[-–—•*▪·>]|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)")
_BYLINE = re.compile(r"^by\s+\S", re.IGNORECASE)
#: Words a sentence cannot end with: the line they close goes on below.
_OPEN_WORDS = frozenset(
    {
        "the", "a", "an", "of", "and", "or", "nor", "but", "to", "in", "on", "at", "by", "for",
        "with", "from", "into", "onto", "near", "as", "than", "that", "who", "whom", "whose",
        "which", "were", "was", "had", "have", "has", "are", "been", "its", "their", "his",
        "her", "our", "including", "while", "after", "before", "during", "against", "between",
        "among",
    }
)  # fmt: skip


def join_wrapped_lines(text: str) -> str:
    """Join the line breaks that cut a sentence in two; keep every other break.

    A break is joined when the next line starts in lower case, when the line ends with a
    comma or a word no sentence ends with, or, in a block of at least three lines no
    longer than a wrapping width, when the next line's first word would not have fitted.
    """
    if "\n" not in text:
        return text
    out: list[str] = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        width = max(len(line) for line in lines)
        wrapped = len(lines) >= 3 and _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1]
        joined = lines[0]
        for before, after in itertools.pairwise(lines):
            if not _goes_on(before, after, width=width if wrapped else None):
                joined += "\n" + after
            elif re.search(r"[A-Za-z]-$", before) and after[:1].islower():
                joined += after  # "twenty-" | "five": the hyphen stays, no space
            else:
                joined += " " + after
        out.append(joined)
    return "\n\n".join(out)


def _goes_on(before: str, after: str, *, width: int | None) -> bool:
    """Whether the sentence on line `before` continues on line `after`."""
    if not before.strip() or not after.strip():
        return False
    if _ENDS_SENTENCE.search(before) and not _TITLE_ABBREVIATION.search(before):
        return False
    if _ENDS_DASH.search(before) or _LIST_ITEM.match(after) or _BYLINE.match(after):
        return False
    if _mostly_date(before) or _mostly_date(after):
        return False
    if after[0].islower() or before.endswith(","):
        return True
    last = before.rsplit(None, 1)[-1].lower()
    if last in _OPEN_WORDS or _TITLE_ABBREVIATION.search(before):
        return True
    if width is None or _title_case(before):
        return False
    return len(before) + 1 + len(after.split(None, 1)[0]) > width


def _mostly_date(line: str) -> bool:
    match = _TEXT_DATE.search(line)
    return match is not None and len(match[0]) * 2 > len(line)


def _title_case(line: str) -> bool:
    """A headline in Title Case: nearly every longer word capitalised."""
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def clean_text(text: str) -> str:
    """Normalised text without boilerplate, wrapped lines joined: what `Article.text` holds."""
    return join_wrapped_lines(strip_boilerplate(normalise_text(text)))


# 4. Dates and titles -----------------------------------------------------------------

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_TEXT_DATE = re.compile(
    rf"\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+\d{{4}}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b\d{1,2}\.\d{1,2}\.\d{4}\b"
    r"|\b\d{1,2}/\d{1,2}/\d{4}\b",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_DATEPARSER_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def parse_date(value: str | None) -> dt.date | None:
    """A calendar date from ISO, RFC 822 or a written date ("Nov 17, 2021"); else None.

    The date is the one written (no timezone shift): it is the publisher's day.
    """
    if not value or not value.strip() or len(value) > 120:
        return None
    value = value.strip()
    found: dt.date | None = None
    if _ISO_DATE.match(value):
        try:
            found = dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    if found is None and "," in value:
        try:
            found = email.utils.parsedate_to_datetime(value).date()
        except (TypeError, ValueError, IndexError, OverflowError):
            found = None
    if found is None:
        found = _dateparser(value)
    if found is None or not 1900 <= found.year <= 2100:
        return None
    return found


@functools.lru_cache(maxsize=4096)
def _dateparser(value: str) -> dt.date | None:
    import dateparser  # slow to import; only needed for the unusual formats

    try:
        parsed = dateparser.parse(value, settings=_DATEPARSER_SETTINGS)  # type: ignore[arg-type]
    except Exception:  # third-party parser on untrusted text: a bad date is no date
        return None
    return parsed.date() if parsed else None


def find_published(text: str, *, max_lines: int = 10) -> dt.date | None:
    """A date on a short line near the top ("July 12, 2020", "Published: 17.11.2021")."""
    lines = [line for line in text[:1500].split("\n") if line.strip()][:max_lines]
    for line in lines:
        if len(line) > 100:
            continue
        match = _TEXT_DATE.search(line)
        if match and (found := _written_date(match[0])):
            return found
    return None


def _written_date(value: str) -> dt.date | None:
    """A date found in the text; "08/20/2022" only when day and month cannot be swapped."""
    if "/" not in value:
        return parse_date(value)
    first, second, year = (int(part) for part in value.split("/"))
    if first > 12 >= second:
        first, second = second, first
    elif not second > 12 >= first:
        return None  # 03/04/2022: March 4 or 3 April? Better no date than a wrong one.
    try:
        return dt.date(year, first, second)
    except ValueError:
        return None


def find_title(text: str) -> str | None:
    """The headline a plain text starts with, if its first lines look like one."""
    for line in [line for line in text.split("\n") if line.strip()][:3]:
        if len(line) > 200:
            return None  # the body started: no headline above it
        words = line.split()
        if line.rstrip().endswith(".") and len(words) >= 8:
            return None  # a sentence: the body started
        if len(words) < 3 or line.lower().startswith(("by ", "breaking:")):
            continue
        date = _TEXT_DATE.search(line)
        if date and len(date[0]) * 2 > len(line):
            continue
        if line.rstrip().endswith(".") or find_dateline(line) is not None:
            continue
        return line.strip()
    return None


# 5. Language and identity ------------------------------------------------------------


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, offline (py3langid)."""
    import py3langid  # loads its model on import

    lang, _score = py3langid.classify(text[:4000])
    if lang != "en" and _english_share(text[:4000]) >= 0.15:
        # short texts fool the classifier ("The Azerbaijani side lost six soldiers." reads
        # as Nigerian Pidgin); plenty of English function words settles it
        return "en"
    if lang == "pcm" and _pidgin_share(text[:4000]) < PIDGIN_SHARE:
        # a short English brief dense with names ("ABUJA - Troops killed 14 insurgents near
        # Damboa in Borno state, army spokesman X said") reads as Pidgin too; Pidgin is
        # told by its own words ("dey", "wey", "sey"), which English never uses
        return "en"
    return str(lang)


# Nigerian Pidgin's own function words, none of them English; a text in Pidgin has some
# in nearly every sentence.
PIDGIN_WORDS = frozenset(
    {"dey", "wey", "sey", "una", "wetin", "pikin", "abeg", "dem", "dia", "im", "dis", "dat",
     "wen", "comot", "sabi", "oga", "wahala", "don", "na", "go", "make", "fit", "di", "no"}
)  # fmt: skip
# Those that are no word of English or of names ("go", "make", "no" are English words
# too: alone they tell nothing).
PIDGIN_ONLY_WORDS = PIDGIN_WORDS - {"go", "make", "fit", "no", "don", "na", "di"}
# The share of them below which a text the classifier calls Pidgin is English.
PIDGIN_SHARE = 0.05


def _pidgin_share(text: str) -> float:
    words = re.findall(r"[a-z]+", text.lower())
    if not any(w in PIDGIN_ONLY_WORDS for w in words):
        return 0.0
    return sum(w in PIDGIN_WORDS for w in words) / len(words)


#: Languages the extractor reads; an article in any other is stored and reported unread.
READ_LANGUAGES = frozenset({"en"})


def language_name(code: str) -> str:
    """The English name of an ISO 639 language code ("es" -> "Spanish"), else the code."""
    import pycountry

    field = "alpha_2" if len(code) == 2 else "alpha_3"
    try:
        found = pycountry.languages.get(**{field: code.lower()})
    except (KeyError, LookupError):
        found = None
    name = getattr(found, "name", None)
    return str(name) if name else code


ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "was",
        "were",
        "is",
        "are",
        "said",
        "that",
        "on",
        "by",
        "with",
        "for",
        "at",
        "from",
        "has",
        "have",
        "had",
        "it",
    ]
)


def _english_share(text: str) -> float:
    words = re.findall(r"[a-z]+", text.lower())
    return sum(w in ENGLISH_FUNCTION_WORDS for w in words) / len(words) if words else 0.0


def article_id(*, external_id: str | None, outlet: str | None, url: str | None, text: str) -> str:
    """A content hash: the same input always gets the same id, so re-runs upsert.

    The id is of a version, text included; which versions are one article is the store's
    rule (`Store.save_analysed`): the same input id and url.
    """
    parts = (external_id or "", outlet or "", url or "", text)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


# 6. HTML -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class _Page:
    text: str
    title: str | None = None
    date: str | None = None
    sitename: str | None = None


_SCRIPT = re.compile(r"<(script|style|noscript)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCK_END = re.compile(r"<br\s*/?>|</(?:p|div|li|h[1-6]|tr|blockquote|section|article)\s*>", re.I)
_TAG = re.compile(r"<[^>]{0,2000}>")


def _strip_tags(markup: str) -> str:
    """A plain fallback for fragments trafilatura declines (short RSS descriptions)."""
    markup = _SCRIPT.sub(" ", markup)
    markup = _BLOCK_END.sub("\n", markup)
    return _TAG.sub(" ", markup)


# A tag with this much attribute text (200,000 attributes, a megabyte data: URI) loses its
# attributes before parsing: lxml checks each attribute against the others, so one tag of
# N attributes costs N² (20,000 took 1.2 s, 200,000 about two minutes). Real pages' tags
# stay well under it, and a tag's text is kept.
LONGEST_TAG_ATTRIBUTES = 2000
_HUGE_TAG = re.compile(rf"<([A-Za-z][\w:.-]*)\s[^<>]{{{LONGEST_TAG_ATTRIBUTES},}}>")


def tame_markup(markup: str) -> str:
    """Markup whose tags with over LONGEST_TAG_ATTRIBUTES characters of attributes are
    written bare (`<p a0="1" a1="1" ...>` is `<p>`), in one linear pass."""
    return _HUGE_TAG.sub(r"<\1>", markup)


def extract_html(markup: str, *, url: str | None = None) -> _Page:
    """Main text and metadata of a page via trafilatura, or the tag-stripped text."""
    doc: Any = None
    markup = tame_markup(markup)
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(
            markup, url=url, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception:  # trafilatura/lxml on untrusted markup: fall back to stripping tags
        doc = None
    text = getattr(doc, "text", None) or ""
    if not text.strip():
        text = _strip_tags(markup)
    return _Page(
        text=text,
        title=getattr(doc, "title", None) or None,
        date=getattr(doc, "date", None) or None,
        sitename=getattr(doc, "sitename", None) or None,
    )


# 7. The stage ------------------------------------------------------------------------


# Markup may be this many times longer than the longest text before it is refused unparsed.
MARKUP_PER_TEXT = 5


def clean(
    raw: RawDocument, *, min_chars: int = 40, max_chars: int | None = None
) -> Article | Rejected:
    """Cleaned Article from a RawDocument, or Rejected saying why there is no article.

    With `max_chars`, a longer text, or markup over `MARKUP_PER_TEXT` times as long, is
    rejected before any work is done on it (the HTML parser's included)."""

    def reject(problem: str) -> Rejected:
        return Rejected(location=raw.location, problem=problem, external_id=raw.external_id)

    # 0. Bounded work: input too long for any article is refused unread.
    if max_chars is not None and (problem := _too_long(raw, max_chars=max_chars)):
        return reject(problem)

    # 1. Take the text, from HTML through trafilatura when that is all there is.
    page = _Page(text=raw.text or "")
    if not raw.text and raw.html:
        page = extract_html(raw.html, url=raw.url)
        if not page.text.strip():
            return reject("no text in HTML")
    if not page.text.strip():
        return reject("document has no text")

    # 2. The search tool's " date YYYY-MM-DD " prefix is metadata, not text.
    text = page.text
    prefix_date = None
    if prefix := _METADATA_PREFIX.match(text):
        prefix_date = prefix[1]
        text = text[prefix.end() :]

    # 3. Repair entities and whitespace, drop boilerplate lines.
    text = clean_text(text)
    if len(text) < min_chars:
        return reject("no article text after cleaning")

    # 4. Who, where and when: outlet, wire, dateline, publication date, title, language.
    outlet = outlet_name(raw.outlet or page.sitename, url=raw.url)
    dateline = find_dateline(text)
    published = (
        parse_date(raw.published)
        or parse_date(page.date)
        or parse_date(prefix_date)
        or find_published(text)
    )
    title = raw.title.strip() if raw.title and raw.title.strip() else None
    title = normalise_text(title or page.title or "") or find_title(text)
    return Article(
        id=article_id(external_id=raw.external_id, outlet=outlet, url=raw.url, text=text),
        text=text,
        location=raw.location,
        external_id=raw.external_id,
        title=title,
        url=raw.url,
        outlet=outlet,
        wire=detect_wire(text, outlet=outlet),
        published=published,
        language=detect_language(text),
        dateline_place=dateline.place if dateline else None,
    )


def _too_long(raw: RawDocument, *, max_chars: int) -> str | None:
    if raw.text and len(raw.text) > max_chars:
        return f"text of {len(raw.text):,} characters is over max_text_chars ({max_chars:,})"
    markup_chars = MARKUP_PER_TEXT * max_chars
    if not raw.text and raw.html and len(raw.html) > markup_chars:
        return (
            f"HTML of {len(raw.html):,} characters is over {MARKUP_PER_TEXT} times "
            f"max_text_chars ({markup_chars:,})"
        )
    return None
