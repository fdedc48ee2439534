from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fogofwar.ingest import SUFFIXES, read
from fogofwar.records import RawDocument, Rejected

DATA = Path(__file__).parent / "data" / "ingest"
BODY = "Five soldiers were killed in an overnight clash near the invented village of Varnok."


def _one(path: Path) -> RawDocument | Rejected:
    items = list(read([path]))
    assert len(items) == 1, items
    return items[0]


def _rejected(items: list[RawDocument | Rejected]) -> list[Rejected]:
    return [item for item in items if isinstance(item, Rejected)]


def test_txt(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Five killed\n\n" + BODY, encoding="utf-8")
    doc = _one(path)
    assert doc == RawDocument(location=str(path), text="Five killed\n\n" + BODY)


def test_txt_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + BODY.encode())
    doc = _one(path)
    assert isinstance(doc, RawDocument) and doc.text == BODY


def test_html_keeps_markup_for_clean() -> None:
    doc = _one(DATA / "page.html")
    assert isinstance(doc, RawDocument)
    assert doc.text is None and doc.html is not None and "<article>" in doc.html


def test_html_in_declared_charset(tmp_path: Path) -> None:
    path = tmp_path / "old.htm"
    markup = '<html><head><meta charset="windows-1252"></head><body><p>Café – five killed</p>'
    path.write_bytes(markup.encode("cp1252"))
    doc = _one(path)
    assert isinstance(doc, RawDocument) and doc.html is not None and "Café – five" in doc.html


def test_json_collection_with_articles_list() -> None:
    path = DATA / "cluster.json"
    first, second, third = read([path])
    assert isinstance(first, RawDocument)
    assert first.location == f"{path}#1"
    assert first.external_id == "varnok_01"
    assert first.outlet == "Daily Meridian (Reuters)"
    assert first.published == "2023-03-04"
    assert first.title == "Five killed in Varnok clash"
    assert first.url == "https://www.daily-meridian.example/world/varnok"
    assert first.text is not None and first.text.startswith(" date 2023-03-04")
    # "id" (a number), "body" that is HTML, "source" and "date" as aliases
    assert isinstance(second, RawDocument)
    assert second.external_id == "2"
    assert second.text is None and second.html is not None and "<p>" in second.html
    assert (second.outlet, second.published) == ("Westmark Today", "March 5, 2023")
    assert isinstance(third, Rejected)
    assert third.location == f"{path}#3" and third.external_id == "varnok_03"
    assert "no text" in third.problem


def test_json_single_object_and_plain_list(tmp_path: Path) -> None:
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"id": "s1", "text": BODY}), encoding="utf-8")
    assert _one(single) == RawDocument(location=str(single), external_id="s1", text=BODY)
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": BODY}, {"body": BODY}, 7]), encoding="utf-8")
    items = list(read([many]))
    assert [item.location for item in items] == [f"{many}#1", f"{many}#2", f"{many}#3"]
    assert isinstance(items[1], RawDocument) and items[1].text == BODY
    assert isinstance(items[2], Rejected) and "expected a JSON object" in items[2].problem


def test_json_text_field_is_text_even_with_a_tag() -> None:
    obj = {"text": "Five <b>were</b> killed near Varnok <i>overnight</i> on Monday."}
    items = list(read(["-"], stdin=io.StringIO(json.dumps(obj))))
    assert isinstance(items[0], RawDocument) and items[0].text == obj["text"]


def test_jsonl_reports_bad_lines_and_goes_on() -> None:
    path = DATA / "articles.jsonl"
    items = list(read([path]))
    assert [item.location for item in items] == [f"{path}:1", f"{path}:3", f"{path}:4"]
    first, bad, last = items
    assert isinstance(first, RawDocument) and first.external_id == "j1"
    assert first.outlet == "Levant Ledger" and first.published == "2023-04-11"
    assert isinstance(bad, Rejected)
    assert bad.problem.startswith("malformed JSON on line 3: ")
    assert "column" in bad.problem
    assert isinstance(last, RawDocument) and last.external_id == "j3"


def test_stdin_jsonl() -> None:
    stream = io.StringIO(
        json.dumps({"doc_id": "a", "text": BODY}) + "\n\n" + "{not json}\n" + "[1, 2]\n"
    )
    items = list(read(["-"], stdin=stream))
    assert items[0] == RawDocument(location="<stdin>:1", external_id="a", text=BODY)
    assert isinstance(items[1], Rejected) and items[1].location == "<stdin>:3"
    assert "line 3" in items[1].problem
    assert isinstance(items[2], Rejected) and "got a list" in items[2].problem


def test_rss() -> None:
    path = DATA / "feed.rss.xml"
    first, second, third = read([path])
    assert isinstance(first, RawDocument)
    assert first.location == f"{path}#1"
    assert first.outlet == "Lowland Herald"
    assert first.title == "Five soldiers killed in Varnok border clash"
    assert first.url == "https://lowland-herald.example/varnok-clash"
    assert first.external_id == "lh-0001"
    assert first.published == "Sat, 04 Mar 2023 09:30:00 +0000"
    assert first.text is not None and first.text.startswith("VARNOK, Eastland (AP)")
    # content:encoded is longer than the description and is HTML
    assert isinstance(second, RawDocument)
    assert second.html is not None and "two of its guards were missing" in second.html
    assert isinstance(third, Rejected) and "no description or content" in third.problem


def test_atom() -> None:
    path = DATA / "feed.atom.xml"
    (entry,) = read([path])
    assert isinstance(entry, RawDocument)
    assert entry.outlet == "Frontier Monitor"
    assert entry.url == "https://frontier-monitor.example/varnok-ceasefire"
    assert entry.external_id == "urn:example:fm-17"
    assert entry.published == "2023-03-06T08:00:00Z"
    assert entry.html is not None and entry.html.startswith("<p>A ceasefire")


# What strict XML rejects and feedparser recovers: an unescaped `&`, a wrong encoding
# declaration, a feed cut off after its last complete item.
RECOVERABLE = (
    b'<?xml version="1.0" encoding="utf-8"?>'
    b'<rss version="2.0"><channel><title>Ridge & Valley Post</title>'
    b"<item><title>Guards & villagers hurt</title><guid>rv-1</guid>"
    b"<link>https://ridge.example/1</link>"
    b"<description>Four border guards & two villagers were wounded near Varnok, the "
    b"Eastland interior ministry said.</description></item>"
    b"<item><title>Second</title><description>Cut off"
)
RDF = (
    '<?xml version="1.0"?>'
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
    ' xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
    '<channel rdf:about="https://steppe.example/"><title>Steppe Bulletin</title></channel>'
    '<item rdf:about="https://steppe.example/7"><title>Three wounded at Dorn</title>'
    "<link>https://steppe.example/7</link><dc:date>2031-04-02</dc:date>"
    "<description>Three Westmark soldiers were wounded at Dorn on Tuesday, the army "
    "said.</description></item></rdf:RDF>"
)


def test_a_feed_strict_xml_rejects_is_recovered(tmp_path: Path) -> None:
    path = tmp_path / "ridge.xml"
    path.write_bytes(RECOVERABLE)
    first, *rest = read([path])
    assert isinstance(first, RawDocument)
    assert first.outlet == "Ridge & Valley Post"
    assert first.title == "Guards & villagers hurt"
    assert first.external_id == "rv-1" and first.url == "https://ridge.example/1"
    assert "Four border guards" in (first.text or first.html or "")
    assert all(isinstance(item, RawDocument | Rejected) for item in rest)


def test_rss_1_rdf(tmp_path: Path) -> None:
    path = tmp_path / "steppe.rss"
    path.write_text(RDF, encoding="utf-8")
    (item,) = read([path])
    assert isinstance(item, RawDocument)
    assert (item.outlet, item.title, item.url) == (
        "Steppe Bulletin",
        "Three wounded at Dorn",
        "https://steppe.example/7",
    )
    assert item.published == "2031-04-02"
    assert item.text is not None and item.text.startswith("Three Westmark soldiers")


def test_feed_html_is_sanitised_and_nothing_is_fetched(tmp_path: Path) -> None:
    path = tmp_path / "odd.xml"
    path.write_bytes(
        b'<rss version="2.0"><channel><title>T</title><item>'
        b"<description>&lt;p&gt;Two soldiers were killed near Dorn.&lt;/p&gt;"
        b"&lt;script&gt;alert(1)&lt;/script&gt;&lt;p&gt;The army said so.&lt;/p&gt;"
        b"</description><link>file:///etc/passwd</link></item></channel></rss>"
    )
    (item,) = read([path])
    assert isinstance(item, RawDocument) and item.html is not None
    assert "<script" not in item.html and "Two soldiers" in item.html
    assert "root:" not in repr(item)


def test_folder_is_walked_sorted_and_skips_other_types(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "c.TXT").write_text(BODY, encoding="utf-8")
    (tmp_path / "notes.md").write_text(BODY, encoding="utf-8")
    locations = [item.location for item in read([tmp_path])]
    assert locations == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "z.txt"),
                         str(tmp_path / "c.TXT")]  # fmt: skip
    assert locations == [item.location for item in read([tmp_path])]


def test_whole_fixture_folder_reads_without_surprises() -> None:
    items = list(read([DATA]))
    assert len(items) == 3 + 3 + 1 + 3 + 1  # jsonl, cluster, atom, rss, html
    assert all(isinstance(item, RawDocument | Rejected) for item in items)


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.html", b"  \n\t\n", "empty file"),
        ("bin.txt", b"GIF89a\x00\x01\x02", "binary file (NUL byte at offset 6)"),
        ("utf16.json", "{}".encode("utf-16"), "binary file"),
        ("latin.txt", b"caf\xe9 five killed", "invalid UTF-8 at byte 3"),
        ("bad.json", b'{"text": "x",}', "malformed JSON: "),
        ("deep.json", b"[" * 100000, "malformed JSON"),
        ("scalar.json", b"42", "expected a JSON object or a list of objects, got a number"),
        ("notext.json", b'{"title": "t", "url": "u"}', "JSON object has no text"),
        ("numtext.json", b'{"text": 5}', "field 'text' is a number, not a string"),
        ("emptylist.json", b"[]", "JSON list has no articles"),
        ("empty.jsonl", b"\n\n", "empty file"),
        ("badline.jsonl", b'{"text": "ok ok"}\n{"text": \n', "malformed JSON on line 2"),
        ("nul.jsonl", b'{"text": "a\x00"}\n', "binary data"),
        ("latin.jsonl", b'{"text": "caf\xe9"}\n', "invalid UTF-8 at byte 13 of the line"),
        ("broken.xml", b"<rss><channel><title>T</title", "malformed XML: "),
        ("cut.xml", b"<rss><channel><item>", "feed item has no description or content"),
        ("big.xml", b"<rss>" + b" " * 20_000_000, "feed of 20,000,005 bytes is over the limit"),
        ("sitemap.xml", b"<urlset><url/></urlset>", "XML is not an RSS or Atom feed (<urlset>)"),
        ("none.xml", b"<rss><channel><title>T</title></channel></rss>", "feed has no items"),
        ("notes.pdf", b"%PDF-1.4", "unsupported file type '.pdf'"),
        ("README", b"text", "unsupported file type '(none)'"),
    ],
)
def test_bad_input_is_rejected_with_reason(
    tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    rejected = _rejected(list(read([path])))
    assert rejected, f"{name} was not rejected"
    assert problem in rejected[0].problem
    assert rejected[0].location.startswith(str(path))
    assert "\n" not in rejected[0].problem


def test_xml_entities_are_not_expanded(tmp_path: Path) -> None:
    path = tmp_path / "evil.xml"
    path.write_bytes(
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<rss><channel><item><title>t</title><description>a &x; b</description>"
        b"</item></channel></rss>"
    )
    for item in read([path]):
        assert "root:" not in repr(item)


def test_missing_path() -> None:
    (item,) = read(["/nonexistent/fogofwar/article.txt"])
    assert item == Rejected(
        location="/nonexistent/fogofwar/article.txt", problem="no such file or directory"
    )


@pytest.mark.parametrize("name", ["locked.txt", "locked.jsonl"])
def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    path = tmp_path / name
    path.write_text(json.dumps({"text": BODY}), encoding="utf-8")

    def denied(file: object, *args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied", str(file))

    monkeypatch.setattr(os, "open", denied)  # as root, chmod 000 would not stop a read
    assert _one(path) == Rejected(location=str(path), problem="permission denied")


def test_a_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(BODY, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00")
    items = list(read([bad, "/nonexistent.txt", good]))
    assert [type(item).__name__ for item in items] == ["Rejected", "Rejected", "RawDocument"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=600), suffix=st.sampled_from(sorted(SUFFIXES)))
def test_read_never_raises_on_arbitrary_bytes(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    try:
        items = list(read([path]))
        items += list(read([folder]))
    finally:
        shutil.rmtree(folder)
    assert items
    assert all(isinstance(item, RawDocument | Rejected) for item in items)
    for item in items:
        if isinstance(item, Rejected):
            assert item.problem and "\n" not in item.problem


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(
        st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=300
    ),
    suffix=st.sampled_from([".json", ".jsonl", ".xml", ".html"]),
)
def test_read_never_raises_on_text_shaped_input(
    tmp_path_factory: pytest.TempPathFactory, text: str, suffix: str
) -> None:
    folder = tmp_path_factory.mktemp("fuzztext")
    path = folder / f"input{suffix}"
    path.write_text('{"text": ' + json.dumps(text) + "}\n" + text, encoding="utf-8")
    try:
        items = list(read([path]))
    finally:
        shutil.rmtree(folder)
    assert all(isinstance(item, RawDocument | Rejected) for item in items)


def test_an_unforeseen_error_rejects_only_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "a.json"
    bad.write_text('{"text": "x"}', encoding="utf-8")
    good = tmp_path / "b.txt"
    good.write_text(BODY, encoding="utf-8")

    def explode(*args: object, **kwargs: object) -> object:
        raise RuntimeError("parser\nexploded")

    monkeypatch.setattr(json, "loads", explode)
    first, second = read([bad, good])
    assert first == Rejected(
        location=str(bad), problem="cannot read: RuntimeError: parser exploded"
    )
    assert isinstance(second, RawDocument)


def test_dash_reads_sys_stdin_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps({"text": BODY}) + "\n"))
    assert list(read(["-"])) == [RawDocument(location="<stdin>:1", text=BODY)]


def test_undecodable_stdin_is_rejected() -> None:
    stream = io.TextIOWrapper(io.BytesIO(b'{"text": "caf\xe9"}\n'), encoding="utf-8")
    (item,) = read(["-"], stdin=stream)
    # read as bytes line by line, so only the bad line is rejected and it is named
    assert isinstance(item, Rejected) and item.location == "<stdin>:1"
    assert item.problem.startswith("invalid UTF-8")


def _encodable(item: RawDocument | Rejected) -> bool:
    """Every string of the record can be encoded, so stored and parsed (no lone surrogate)."""
    values = [getattr(item, name) for name in item.__slots__]
    return all(v.encode("utf-8") is not None for v in values if isinstance(v, str))


def test_lone_surrogates_are_repaired_per_field_and_later_lines_still_read(
    tmp_path: Path,
) -> None:
    path = tmp_path / "surrogates.jsonl"
    lines = [
        '{"id": "s1", "title": "\\udfff", "text": "\\ud800 ' + BODY + '"}',
        '{"id": "s2\\ud83d", "outlet": "\\udc80", "text": "\\ud83d\\ude00 ' + BODY + '"}',
        json.dumps({"id": "after", "text": BODY}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, second, after = read([path])
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert (first.title, first.text) == ("\ufffd", "\ufffd " + BODY)
    assert (second.external_id, second.outlet) == ("s2\ufffd", "\ufffd")
    assert second.text == "\U0001f600 " + BODY  # a valid pair is one character, kept
    assert isinstance(after, RawDocument) and after.external_id == "after"
    assert all(_encodable(item) for item in (first, second, after))


def test_a_5000_digit_id_rejects_its_line_only(tmp_path: Path) -> None:
    path = tmp_path / "long-id.jsonl"
    lines = ['{"id": ' + "9" * 5000 + ', "text": "' + BODY + '"}', json.dumps({"text": BODY})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    bad, good = read([path])
    assert isinstance(bad, Rejected) and bad.location == f"{path}:1"
    assert bad.problem.startswith("unreadable JSON on line 1: ")
    assert isinstance(good, RawDocument) and good.location == f"{path}:2"
    (whole,) = read(["-"], stdin=io.StringIO(lines[0]))
    assert isinstance(whole, Rejected) and whole.location == "<stdin>:1"
    json_file = tmp_path / "long-id.json"
    json_file.write_text(lines[0], encoding="utf-8")
    (one,) = read([json_file])
    assert isinstance(one, Rejected) and one.problem.startswith("unreadable JSON: ")


def test_an_unforeseen_error_in_a_line_rejects_only_that_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fogofwar.ingest

    real = fogofwar.ingest._from_object

    def explode_on_first(obj: object, *, location: str) -> RawDocument | Rejected:
        if location.endswith(":1"):
            raise RuntimeError("surprise")
        return real(obj, location=location)

    monkeypatch.setattr(fogofwar.ingest, "_from_object", explode_on_first)
    path = tmp_path / "two.jsonl"
    path.write_text(json.dumps({"text": BODY}) + "\n" + json.dumps({"text": BODY}) + "\n")
    first, second = read([path])
    assert first == Rejected(location=f"{path}:1", problem="cannot read: RuntimeError: surprise")
    assert isinstance(second, RawDocument)


_STRINGS = st.text(st.characters() | st.sampled_from(["\ud800", "\udbff", "\udc80"]), max_size=40)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | _STRINGS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
_FIELDS = st.sampled_from(["id", "doc_id", "text", "body", "html", "title", "url", "outlet"])


@settings(max_examples=150, deadline=None)
@given(
    objects=st.lists(st.dictionaries(_FIELDS, _JSON | _STRINGS), max_size=4),
    big=st.integers(min_value=0, max_value=3),
)
def test_jsonl_of_arbitrary_values_is_read_line_by_line_never_raising(
    objects: list[dict[str, object]], big: int
) -> None:
    """Any JSON values, lone surrogates and numbers too long for int() included: one
    stored-or-rejected item per line, every string storable."""
    lines = [json.dumps(o) for o in objects] + ['{"id": ' + "7" * (4300 + big * 1000) + "}"]
    items = list(read(["-"], stdin=io.StringIO("\n".join(lines) + "\n")))
    assert [item.location for item in items] == [f"<stdin>:{n + 1}" for n in range(len(lines))]
    assert all(_encodable(item) for item in items)


def test_fifos_devices_and_sockets_are_skipped_never_read(tmp_path: Path) -> None:
    """A FIFO named `pipe.txt` blocked the run forever; a device never ends."""
    import socket

    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(folder / "pipe.jsonl")
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(folder / "socket.json"))
        (folder / "good.txt").write_text(BODY, encoding="utf-8")
        items = list(read([folder, "/dev/zero", "/dev/null"]))
    problems = {Path(i.location).name: i.problem for i in items if isinstance(i, Rejected)}
    assert problems == {
        "pipe.jsonl": "skipped: a FIFO is not a regular file",
        "pipe.txt": "skipped: a FIFO is not a regular file",
        "socket.json": "skipped: a socket is not a regular file",
        "zero": "unsupported file type '(none)' (expected " + ", ".join(sorted(SUFFIXES)) + ")",
        "null": "unsupported file type '(none)' (expected " + ", ".join(sorted(SUFFIXES)) + ")",
    }
    assert [i.location for i in items if isinstance(i, RawDocument)] == [str(folder / "good.txt")]


def test_a_device_with_a_known_suffix_is_skipped(tmp_path: Path) -> None:
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    assert _one(link) == Rejected(
        location=str(link), problem="skipped: a character device is not a regular file"
    )


def test_file_names_in_any_bytes_are_read_and_shown_escaped(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    os.write(fd := os.open(folder + b"/caf\xe9.txt", os.O_WRONLY | os.O_CREAT), BODY.encode())
    os.close(fd)
    open(folder + b"/empty\xff.txt", "wb").close()
    first, second = read([tmp_path])
    assert isinstance(first, RawDocument) and first.text == BODY
    assert first.location == f"{tmp_path}/caf\\xe9.txt"
    assert second == Rejected(location=f"{tmp_path}/empty\\xff.txt", problem="empty file")
    assert all(_encodable(item) for item in (first, second))


def test_files_of_other_types_in_a_folder_are_counted_by_suffix(tmp_path: Path) -> None:
    from collections import Counter

    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    for name in ("b.pdf", "sub/c.PDF", "d.docx", "README"):
        (tmp_path / name).write_bytes(b"not read")
    unsupported: Counter[str] = Counter()
    items = list(read([tmp_path], unsupported=unsupported))
    assert [item.location for item in items] == [str(tmp_path / "a.txt")]
    assert unsupported == {".pdf": 2, ".docx": 1, "": 1}


@pytest.mark.parametrize(
    ("name", "phrase"),
    [
        ("missing.txt", "no such file or directory"),
        ("a.txt/below.txt", "no such file or directory"),
        ("http://news.example/a", "URLs are not fetched"),
        ("file:///tmp/a.txt", "URLs are not fetched"),
    ],
)
def test_check_paths_refuses_what_is_not_there(tmp_path: Path, name: str, phrase: str) -> None:
    from fogofwar.errors import InputError
    from fogofwar.ingest import check_paths

    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    path = name if "://" in name else str(tmp_path / name)
    with pytest.raises(InputError) as error:
        check_paths(["-", tmp_path / "a.txt", tmp_path, path])
    assert error.value.location == path and phrase in error.value.problem


FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Times</title>'
    + "".join(f"<item><title>t{n}</title><description>{BODY}</description></item>" for n in (1, 2))
    + "</channel></rss>"
)


def test_count_inputs_is_what_read_yields(tmp_path: Path) -> None:
    from fogofwar.ingest import count_inputs

    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    line = json.dumps({"id": "x", "text": BODY})
    files = {
        "a.txt": BODY,
        "b.jsonl": f"{line}\n\n{line}\n{{broken\n   \n{line}",  # 4 lines, 2 blank
        "sub/c.json": json.dumps([{"text": BODY}] * 3),
        "sub/d.json": json.dumps({"articles": []}),
        "e.xml": FEED,
        "f.html": f"<html><body><p>{BODY}</p></body></html>",
        "g.jsonl": "",
        "h.txt": "",
        "i.pdf": "not read",
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "j.txt").write_bytes(b"\x00binary")
    named = tmp_path / "notes.docx"  # named explicitly: rejected, so counted
    named.write_text("x", encoding="utf-8")
    paths = [folder, named, folder / "a.txt"]
    assert count_inputs(paths) == len(list(read(paths))) == 17


def test_count_inputs_of_stdin_is_unknown(tmp_path: Path) -> None:
    from fogofwar.ingest import count_inputs

    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    assert count_inputs([tmp_path / "a.txt", "-"]) is None
    assert count_inputs([]) == 0
