"""A hostile article through the real pipeline, then every output: nothing comes alive.

The article (invented) carries script tags, event-handler attributes, a `javascript:` URL,
Markdown link injection and a spreadsheet formula in its title, outlet, URL and text; a
rejected file's name carries markup too. The HTML must have no live script, handler or
javascript: link; the Markdown must stay inert even when rendered with raw HTML allowed;
the JSONL export must carry the exact text.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from fogofwar.cli import main
from fogofwar.store import Store

pytestmark = pytest.mark.slow

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
MD_LINK = "[x](javascript:alert(1))"
FORMULA = '=HYPERLINK("http://evil.example","click")'
ANCHOR = '<a href="javascript:alert(3)">more</a>'

FIRST = (
    f"Officials said {SCRIPT} three Kyrgyz soldiers were killed near Kordak {IMG} on "
    f"Monday, the Kyrgyzstan Ministry of Defence said {MD_LINK}."
)
SECOND = f"Four soldiers were wounded {FORMULA} in the clash near Kordak, the ministry said."
HOSTILE = {
    "id": "hostile-kordak-1",
    "title": f"{SCRIPT} Clash at Kordak {IMG} {MD_LINK}",
    "url": "javascript:alert(1)",
    "outlet": "<b onmouseover=alert(1)>Evil Wire</b> [y](javascript:alert(2))",
    "published": "2026-05-05",
    "text": f"{FIRST}\n\n{SECOND} {ANCHOR} | cell | *bold* `code` ![i](javascript:alert(4))",
}
HOSTILE_FILE_NAME = "<svg onload=alert(5)>.txt"  # empty, so rejected: its name is shown


class Tags(HTMLParser):
    """Every start tag with its attributes, as a browser's tokenizer would see them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k.lower(): v or "" for k, v in attrs}))

    handle_startendtag = handle_starttag


def start_tags(html: str) -> list[tuple[str, dict[str, str]]]:
    parser = Tags()
    parser.feed(html)
    parser.close()
    return parser.tags


OWN_TIMELINE = {"class": "timeline", "xmlns": "http://www.w3.org/2000/svg"}
TIMELINE_ATTRS = {*OWN_TIMELINE, "viewbox", "role", "aria-label"}


def live_parts(html: str) -> list[str]:
    """Anything in `html` a browser would run or follow to script."""
    found = []
    for tag, attrs in start_tags(html):
        if tag == "svg" and attrs == {**attrs, **OWN_TIMELINE} and set(attrs) <= TIMELINE_ATTRS:
            pass  # fogofwar's own timeline chart (fogofwar.chart), whose labels are escaped
        elif tag in {"script", "iframe", "object", "embed", "svg", "img", "form", "base"}:
            found.append(f"<{tag}>")
        for name, value in attrs.items():
            if name.startswith("on"):
                found.append(f"<{tag} {name}=...>")
            squashed = re.sub(r"[\x00-\x20]", "", value).lower()
            if name in {"href", "src", "action", "formaction", "xlink:href"} and (
                squashed.startswith(("javascript:", "data:", "vbscript:"))
            ):
                found.append(f"<{tag} {name}={value}>")
    return found


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The hostile input processed, reported as HTML and Markdown, exported as goldeval."""
    root = tmp_path_factory.mktemp("hostile")
    inputs = root / "in"
    inputs.mkdir()
    (inputs / "hostile.jsonl").write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    (inputs / HOSTILE_FILE_NAME).write_bytes(b"")
    db = root / "hostile.db"
    runner = CliRunner()
    commands = [
        ["process", str(inputs), "--db", str(db), "--quiet"],
        ["report", "--db", str(db), "--out", str(root / "briefing.html")],
        ["report", "--db", str(db), "--out", str(root / "briefing.md")],
        ["export", "--db", str(db), "--format", "goldeval", "--out", str(root / "goldeval")],
    ]
    for args in commands:
        result = runner.invoke(main, args)
        assert result.exit_code == 0, (args, result.output)
    with Store.open(db) as store:
        (article,) = store.articles()
        claims = store.claims()
        rejected = store.rejected()
    return {
        "article": article,
        "claims": claims,
        "rejected": rejected,
        "html": (root / "briefing.html").read_text(encoding="utf-8"),
        "md": (root / "briefing.md").read_text(encoding="utf-8"),
        "claims_jsonl": (root / "goldeval" / "claims.jsonl").read_text(encoding="utf-8"),
        "articles_jsonl": (root / "goldeval" / "articles.jsonl").read_text(encoding="utf-8"),
    }


@pytest.mark.parametrize(
    "html",
    [
        "<p><script>x()</script></p>",
        "<b onclick='x()'>b</b>",
        '<a href=" JaVa\tScRiPt:x()">a</a>',
        "<img src=x>",
    ],
)
def test_the_checker_sees_live_html(html: str) -> None:
    assert live_parts(html)


def test_the_hostile_article_is_stored_verbatim(outputs: dict[str, Any]) -> None:
    article = outputs["article"]
    assert article.text == HOSTILE["text"]
    assert (article.title, article.url, article.outlet) == (
        HOSTILE["title"],
        HOSTILE["url"],
        HOSTILE["outlet"],
    )
    assert outputs["claims"], "the hostile sentences still state figures"
    assert [r.location.endswith(HOSTILE_FILE_NAME) for r in outputs["rejected"]] == [True]


def test_the_html_briefing_has_nothing_live(outputs: dict[str, Any]) -> None:
    html = outputs["html"]
    assert live_parts(html) == []
    assert "<script" not in html.lower()
    assert re.search(r"<[^>]*\bon[a-z]+\s*=", html, re.IGNORECASE) is None
    assert (
        "javascript:"
        not in " ".join(value for _, attrs in start_tags(html) for value in attrs.values()).lower()
    )


def test_the_html_briefing_shows_the_hostile_text_escaped(outputs: dict[str, Any]) -> None:
    html = outputs["html"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Clash at Kordak" in html  # the title
    assert "&lt;img src=x onerror=alert(1)&gt;" in html  # the evidence
    assert "&lt;b onmouseover=alert(1)&gt;Evil Wire&lt;/b&gt;" in html  # the outlet
    assert "&lt;svg onload=alert(5)&gt;.txt" in html  # the rejected file's name
    assert "javascript:alert(1)" in html  # the URL is shown as text, never linked


def test_the_markdown_briefing_escapes_everything(outputs: dict[str, Any]) -> None:
    md = outputs["md"]
    for raw in (SCRIPT, IMG, MD_LINK, "<b onmouseover", "<svg", "![i](", "](javascript:"):
        assert raw not in md, raw
    assert "&lt;script&gt;alert\\(1\\)&lt;/script&gt;" in md
    assert "\\[x\\]\\(javascript:alert\\(1\\)\\)" in md


def test_the_markdown_briefing_renders_to_nothing_live(outputs: dict[str, Any]) -> None:
    """Rendered as CommonMark with raw HTML allowed and every link scheme accepted."""
    renderer = MarkdownIt("commonmark", {"html": True})
    renderer.validateLink = lambda url: True  # type: ignore[method-assign]
    html = renderer.render(outputs["md"])
    assert live_parts(html) == []
    assert "<a " not in html  # the only URL is javascript:, so there is no link at all
    assert "alert(1)" in html  # the text is still there, as text


def test_the_goldeval_export_round_trips_the_exact_text(outputs: dict[str, Any]) -> None:
    text = HOSTILE["text"]
    claims = [json.loads(line) for line in outputs["claims_jsonl"].splitlines()]
    articles = [json.loads(line) for line in outputs["articles_jsonl"].splitlines()]
    assert claims
    for row in claims:
        assert row["doc_id"] == HOSTILE["id"]
        assert row["evidence"] in text
    evidence = " ".join(row["evidence"] for row in claims)
    assert SCRIPT in evidence or IMG in evidence or FORMULA in evidence
    assert [(a["doc_id"], a["outlet"]) for a in articles] == [(HOSTILE["id"], HOSTILE["outlet"])]
