"""Read input files into RawDocuments: the edge where untrusted bytes come in.

`read()` never raises. Anything that cannot be read as an article (a missing file, binary
data, broken UTF-8, a malformed JSON line, a feed without items) becomes a `Rejected`
naming the place and the problem, and reading goes on with the next file or line.
`check_paths()` comes first: a path that does not exist, or a URL, is the user's typo
to fix (an InputError) before anything is stored, not a rejected row.

Formats: plain text (.txt), HTML (.html, .htm), JSON (.json: one article object, a list
of them, or an object with an "articles" list), JSON Lines (.jsonl, .ndjson; `-` reads
them from stdin) and RSS/RDF/Atom feeds (.xml, .rss, .atom, read by feedparser).
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import stat
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from .errors import InputError
from .records import RawDocument, Rejected

Item = RawDocument | Rejected

_TEXT = frozenset({".txt"})
_HTML = frozenset({".html", ".htm", ".xhtml"})
_JSON = frozenset({".json"})
_JSONL = frozenset({".jsonl", ".ndjson"})
_FEED = frozenset({".xml", ".rss", ".atom"})
SUFFIXES = _TEXT | _HTML | _JSON | _JSONL | _FEED

_LOOKS_HTML = re.compile(
    r"<\s*(?:html|body|p|div|br|span|a\s|img|article|section|h[1-6]|ul|ol|li|table"
    r"|strong|em|figure|blockquote)\b[^>]*>",
    re.IGNORECASE,
)
_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_\-:.]{1,40})""")


def read(
    paths: Iterable[str | Path],
    *,
    stdin: TextIO | None = None,
    unsupported: Counter[str] | None = None,
) -> Iterator[Item]:
    """RawDocuments (or Rejected) from files, folders (recursively, sorted) and `-` (stdin).

    Inside a folder, files of other types are not read; they are counted by suffix in
    `unsupported` (if given), so a run can say what it left. A file named explicitly with
    an unknown type is rejected, so a typo never passes silently.
    """
    for path in paths:
        if str(path) == "-":
            yield from _guard("<stdin>", _read_stdin(stdin if stdin is not None else sys.stdin))
        else:
            yield from _guard(where(path), _read_path(Path(path), unsupported=unsupported))


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """How many items `read(paths)` yields, for a progress bar's total and ETA; None when
    standard input is among the paths (its length is known only when it ends).

    JSONL lines are counted without being parsed; other files are read once more (JSON
    lists and feeds must be parsed to count their articles), so this is for runs someone
    is watching. Never raises: what cannot be looked at counts as its one rejected row.
    """
    total = 0
    for path in paths:
        if str(path) == "-":
            return None
        total += _count_path(Path(path))
    return total


def _count_path(path: Path) -> int:
    try:
        if path.is_dir():
            files, errors, _ = _list_folder(path)
            return len(errors) + sum(_count_file(file) for file in files)
    except Exception:  # counting must never stop a run
        return 1
    return _count_file(path)


def _count_file(path: Path) -> int:
    try:
        if path.suffix.lower() in _JSONL:
            with _open_regular(path) as handle:
                return max(1, sum(1 for line in handle if line.strip()))
        return sum(1 for _ in _guard(where(path), _read_file(path)))
    except Exception:  # counting must never stop a run
        return 1


_URL = re.compile(r"[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def check_paths(paths: Iterable[str | Path]) -> None:
    """Raise InputError for a path that does not exist or is a URL: a mistyped argument
    is the user's to fix before anything is stored, not a rejected row of the database."""
    for path in paths:
        if str(path) == "-":
            continue
        try:
            os.stat(path)
        except (FileNotFoundError, NotADirectoryError):
            if _URL.match(str(path)):
                raise InputError(
                    where(path), "URLs are not fetched; save the page and give its file"
                ) from None
            raise InputError(where(path), "no such file or directory") from None
        except (OSError, ValueError):
            continue  # exists but cannot be looked at: the reader rejects it with the reason


def _read_path(path: Path, *, unsupported: Counter[str] | None = None) -> Iterator[Item]:
    if path.is_dir():
        yield from _read_folder(path, unsupported=unsupported)
    elif not path.exists():
        yield Rejected(location=where(path), problem="no such file or directory")
    else:
        yield from _read_file(path)


def _guard(location: str, items: Iterator[Item]) -> Iterator[Item]:
    """The last line of defence: an unforeseen error in one file rejects that file only."""
    try:
        yield from items
    except Exception as exc:  # untrusted input must never stop a run
        problem = one_line(f"cannot read: {type(exc).__name__}: {exc}")
        yield Rejected(location=location, problem=problem)


def one_line(problem: str) -> str:
    """Rejected reasons are one line of storable text; library messages sometimes are not."""
    return repair_text(" ".join(problem.split())[:300])


_SURROGATE = re.compile("[\ud800-\udfff]")


def repair_text(text: str) -> str:
    """`text` with every lone surrogate (JSON's `"\\ud800"`, a file name's undecodable
    byte) replaced by U+FFFD: such a string cannot be encoded, so not stored or parsed."""
    return _SURROGATE.sub("\ufffd", text)


def _read_folder(folder: Path, *, unsupported: Counter[str] | None = None) -> Iterator[Item]:
    files, errors, others = _list_folder(folder)
    if unsupported is not None:
        unsupported.update(others)
    for error in errors:
        yield Rejected(location=where(error.filename or folder), problem=_os_problem(error))
    for file in files:
        yield from _guard(where(file), _read_file(file))


def files_in(folder: Path) -> list[Path]:
    """The files of `folder` (recursively) that `read` reads, in order."""
    return _list_folder(folder)[0]


def _list_folder(folder: Path) -> tuple[list[Path], list[OSError], Counter[str]]:
    """The files of `folder` (recursively) that are read, in order; the errors met while
    walking it; and the other files, counted by suffix."""
    errors: list[OSError] = []
    files: list[Path] = []
    others: Counter[str] = Counter()
    for root, dirs, names in os.walk(folder, onerror=errors.append):
        dirs.sort()
        for name in names:
            suffix = Path(name).suffix.lower()
            if suffix in SUFFIXES:
                files.append(Path(root, name))
            else:
                others[where(suffix)] += 1  # "" for a file with no suffix
    return sorted(files), errors, others


def _read_file(path: Path) -> Iterator[Item]:
    location = where(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        expected = ", ".join(sorted(SUFFIXES))
        yield Rejected(
            location=location,
            problem=f"unsupported file type {suffix or '(none)'!r} (expected {expected})",
        )
        return
    try:
        handle = _open_regular(path)
    except (OSError, _NotRegular) as exc:
        yield Rejected(location=location, problem=_os_problem(exc))
        return
    if suffix in _JSONL:
        yield from _read_jsonl_file(handle, location=location)
        return
    try:
        with handle:
            data = handle.read()
    except OSError as exc:
        yield Rejected(location=location, problem=_os_problem(exc))
        return
    if problem := _binary_problem(data):
        yield Rejected(location=location, problem=problem)
        return
    if suffix in _FEED:
        yield from _read_feed(data, location=location)
        return
    text, problem = _decode(data, markup=suffix in _HTML)
    if text is None:
        yield Rejected(location=location, problem=problem or "cannot decode")
    elif suffix in _TEXT:
        yield RawDocument(location=location, text=text)
    elif suffix in _HTML:
        yield RawDocument(location=location, html=text)
    else:
        yield from _read_json(text, location=location)


def where(path: str | os.PathLike[str]) -> str:
    """A path as a location that can be shown and stored: bytes of a file name that are not
    UTF-8 (decoded by Python as lone surrogates) are written as `\\xe9` escapes."""
    return os.fspath(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


class _NotRegular(Exception):
    """A path that is not a regular file: reading it could block or never end."""


_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _open_regular(path: Path) -> BinaryIO:
    """`path` opened for reading if it is a regular file; a FIFO, a device or a socket
    raises `_NotRegular` without blocking (opened non-blocking, checked on the open file)."""
    mode = path.stat().st_mode  # a socket cannot be opened at all: say what it is first
    if not stat.S_ISREG(mode):
        raise _NotRegular(_kind(mode))
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode  # the file itself, should it have changed since
        if not stat.S_ISREG(mode):
            raise _NotRegular(_kind(mode))
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _os_problem(exc: OSError | _NotRegular) -> str:
    if isinstance(exc, _NotRegular):
        return f"skipped: {exc} is not a regular file"
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"cannot read file: {exc.strerror or exc}"


def _binary_problem(data: bytes) -> str | None:
    if not data.strip():
        return "empty file"
    if (nul := data.find(b"\x00")) >= 0:
        return f"binary file (NUL byte at offset {nul})"
    return None


def _decode(data: bytes, *, markup: bool = False) -> tuple[str | None, str | None]:
    """(text, None) from UTF-8 (BOM allowed; markup may declare another charset), or
    (None, problem) saying at which byte the UTF-8 breaks."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        declared = _CHARSET.search(data[:4096]) if markup else None
        if declared:
            try:
                codecs.lookup(declared[1].decode("ascii"))
                return data.decode(declared[1].decode("ascii")), None
            except (LookupError, UnicodeDecodeError, ValueError):
                pass
        return None, f"invalid UTF-8 at byte {exc.start}"


# JSON and JSON Lines -------------------------------------------------------------------


def _read_json(text: str, *, location: str) -> Iterator[Item]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Rejected(
            location=location,
            problem=f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
        )
        return
    except RecursionError:
        yield Rejected(location=location, problem="malformed JSON: nested too deeply")
        return
    except ValueError as exc:  # a number longer than int() reads (4,300 digits)
        yield Rejected(location=location, problem=one_line(f"unreadable JSON: {exc}"))
        return
    if isinstance(value, dict) and isinstance(value.get("articles"), list):
        value = value["articles"]  # a collection: {"articles": [...], ...}
    if isinstance(value, dict):
        yield _from_object(value, location=location)
    elif isinstance(value, list):
        if not value:
            yield Rejected(location=location, problem="JSON list has no articles")
        for number, item in enumerate(value, start=1):
            yield _from_object(item, location=f"{location}#{number}")
    else:
        yield Rejected(
            location=location,
            problem=f"expected a JSON object or a list of objects, got {_json_type(value)}",
        )


def _read_jsonl_file(handle: BinaryIO, *, location: str) -> Iterator[Item]:
    with handle:
        seen = False
        try:
            for number, raw_line in enumerate(handle, start=1):
                if not raw_line.strip():
                    continue
                seen = True
                line_at = f"{location}:{number}"
                if (nul := raw_line.find(b"\x00")) >= 0:
                    yield Rejected(location=line_at, problem=f"binary data (NUL byte at {nul})")
                    continue
                try:
                    line = raw_line.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    yield Rejected(
                        location=line_at, problem=f"invalid UTF-8 at byte {exc.start} of the line"
                    )
                    continue
                yield _from_json_line(line, location=line_at, number=number)
        except OSError as exc:
            yield Rejected(location=location, problem=_os_problem(exc))
            return
    if not seen:
        yield Rejected(location=location, problem="empty file")


def _read_stdin(stream: TextIO) -> Iterator[Item]:
    """JSONL from standard input. Read as bytes where the stream has them, so one line of
    invalid UTF-8 rejects that line only, not the rest of the input."""
    raw = getattr(stream, "buffer", None)
    try:
        for number, line in enumerate(raw if raw is not None else stream, start=1):
            location = f"<stdin>:{number}"
            if isinstance(line, bytes):
                try:
                    line = line.decode("utf-8")
                except UnicodeDecodeError as exc:
                    yield Rejected(
                        location=location, problem=f"invalid UTF-8 at byte {exc.start} of the line"
                    )
                    continue
            if line.strip():
                yield _from_json_line(line, location=location, number=number)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        yield Rejected(location="<stdin>", problem=one_line(f"cannot read stdin: {exc}"))


def _from_json_line(line: str, *, location: str, number: int) -> Item:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        return Rejected(
            location=location,
            problem=f"malformed JSON on line {number}: {exc.msg} (column {exc.colno})",
        )
    except RecursionError:
        return Rejected(location=location, problem=f"malformed JSON on line {number}")
    except ValueError as exc:  # a number longer than int() reads (4,300 digits)
        return Rejected(
            location=location, problem=one_line(f"unreadable JSON on line {number}: {exc}")
        )
    try:
        return _from_object(value, location=location)
    except Exception as exc:  # one line's surprise must not end the file
        return Rejected(
            location=location, problem=one_line(f"cannot read: {type(exc).__name__}: {exc}")
        )


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}
    return names.get(type(value), "null" if value is None else "a number")


def _field(obj: dict[str, Any], *names: str) -> str | None:
    """The first of `names` holding a usable scalar, as a stripped, storable string."""
    for name in names:
        value = obj.get(name)
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, int | float | str):
            text = repair_text(str(value).strip())
            if text:
                return text
    return None


def _from_object(obj: Any, *, location: str) -> Item:
    if not isinstance(obj, dict):
        return Rejected(location=location, problem=f"expected a JSON object, got {_json_type(obj)}")
    external_id = _field(obj, "id", "doc_id")
    body = None
    for name in ("text", "body", "html", "content"):
        value = obj.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            return Rejected(
                location=location,
                problem=f"field {name!r} is {_json_type(value)}, not a string",
                external_id=external_id,
            )
        if value.strip():
            body = (name, value)
            break
    if body is None:
        return Rejected(
            location=location,
            problem="JSON object has no text (expected a 'text' or 'body' field)",
            external_id=external_id,
        )
    name, value = body[0], repair_text(body[1])
    # "body" is often markup; "text" only counts as markup if it opens with a tag
    as_html = name == "html" or (
        _looks_html(value) and (name != "text" or value.lstrip().startswith("<"))
    )
    return RawDocument(
        location=location,
        external_id=external_id,
        text=None if as_html else value,
        html=value if as_html else None,
        title=_field(obj, "title", "headline"),
        url=_field(obj, "url", "link"),
        outlet=_field(obj, "outlet", "source"),
        published=_field(obj, "published", "date"),
    )


def _looks_html(value: str) -> bool:
    """Markup, not prose that happens to mention a tag: two tags, or starts with one."""
    tags = _LOOKS_HTML.findall(value[:20000])
    return len(tags) >= 2 or (bool(tags) and value.lstrip().startswith("<"))


# RSS, RDF and Atom ----------------------------------------------------------------------

#: A feed larger than this is refused unparsed, to bound the work one file costs:
#: feedparser read a 14.6 MB feed that needed its loose parser in 4.8 s here.
MAX_FEED_BYTES = 20_000_000
_ROOT_TAG = re.compile(rb"<([A-Za-z_][\w.:-]*)")


def _read_feed(data: bytes, *, location: str) -> Iterator[Item]:
    """One RawDocument per item or entry of an RSS (0.9x, 1.0/RDF, 2.0) or Atom feed.

    Read by feedparser, which recovers feeds that strict XML rejects (an unescaped `&`, a
    wrong encoding declaration, a truncated file) and sanitises the HTML it returns. It is
    handed the bytes, never a URL or a path, so it fetches nothing, and it resolves no
    external entity.
    """
    import feedparser

    if len(data) > MAX_FEED_BYTES:
        yield Rejected(
            location=location,
            problem=f"feed of {len(data):,} bytes is over the limit ({MAX_FEED_BYTES:,})",
        )
        return
    root = _root_tag(data)
    if root not in {"rss", "feed", "rdf"}:
        yield Rejected(location=location, problem=f"XML is not an RSS or Atom feed (<{root}>)")
        return
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.entries:
        broken = parsed.get("bozo_exception") if parsed.get("bozo") else None
        problem = f"malformed XML: {broken}" if broken else "feed has no items"
        yield Rejected(location=location, problem=one_line(problem))
        return
    outlet = _text(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, start=1):
        yield _from_feed_entry(entry, location=f"{location}#{number}", outlet=outlet)


def _root_tag(data: bytes) -> str:
    """The local name of the first element (past the XML declaration, comments and the
    DOCTYPE), lower-cased: `rss`, `feed` (Atom), `rdf` (RSS 1.0)."""
    body = re.sub(
        rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>", b"", data[:65536], flags=re.S
    )
    match = _ROOT_TAG.search(body)
    return match[1].decode("ascii", "replace").rsplit(":", 1)[-1].lower() if match else "none"


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _from_feed_entry(entry: Any, *, location: str, outlet: str | None) -> Item:
    external_id = _text(entry.get("id"))
    bodies = [_text(c.get("value")) for c in entry.get("content", [])]
    bodies.append(_text(entry.get("summary")))
    body = max((b for b in bodies if b), key=len, default=None)
    if body is None:
        return Rejected(
            location=location,
            problem="feed item has no description or content",
            external_id=external_id,
        )
    as_html = _looks_html(body)
    return RawDocument(
        location=location,
        external_id=external_id,
        text=None if as_html else body,
        html=body if as_html else None,
        title=_text(entry.get("title")),
        url=_text(entry.get("link")),
        outlet=outlet,
        published=_text(entry.get("published")) or _text(entry.get("updated")),
    )
