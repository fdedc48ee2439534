"""Outlets and the wire agencies whose copy they carry.

One agency story reprinted by ten outlets is one source, not ten. So every article
records the canonical name of the wire it carries (from its dateline, its byline, a
sign-off, or an outlet name like "Yahoo News (Associated Press)"), and later stages count
a wire story once. The tables here are small and hand-made: a name not in them is simply
"unknown", never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

# Canonical agency name -> the names it appears under (compared lowercased, whole name).
_WIRE_ALIASES: dict[str, tuple[str, ...]] = {
    "Associated Press": ("ap", "the associated press", "associated press", "ap news", "apnews"),
    "Reuters": ("reuters", "thomson reuters", "reuters news"),
    "AFP": ("afp", "agence france-presse", "agence france presse", "france-presse", "afp news"),
    "TASS": ("tass", "itar-tass", "tass news agency", "tass russian news agency"),
    "RIA Novosti": ("ria novosti", "ria", "ria-novosti"),
    "Interfax": ("interfax",),
    "Interfax-Ukraine": ("interfax-ukraine", "interfax ukraine"),
    "Sputnik": ("sputnik", "sputnik news", "sputniknews"),
    "EFE": ("efe", "agencia efe"),
    "Anadolu": ("anadolu", "anadolu agency", "aa", "anadolu ajansi"),
    "Xinhua": ("xinhua", "xinhua news agency", "xinhuanet"),
    "dpa": ("dpa", "deutsche presse-agentur", "deutsche presse agentur"),
    "ANSA": ("ansa",),
    "UPI": ("upi", "united press international"),
    "PTI": ("pti", "press trust of india"),
    "IANS": ("ians", "indo-asian news service"),
    "ANI": ("ani", "asian news international"),
    "APA": ("apa", "azeri-press agency", "azeri press agency"),
    "Trend": ("trend", "trend news agency"),
    "Azertac": ("azertac", "azertag"),
    "Armenpress": ("armenpress",),
    "Bloomberg": ("bloomberg", "bloomberg news"),
    "Kyodo": ("kyodo", "kyodo news"),
    "Yonhap": ("yonhap", "yonhap news agency"),
    "IRNA": ("irna", "islamic republic news agency"),
    "SANA": ("sana", "syrian arab news agency"),
    "Ukrinform": ("ukrinform",),
    "UNIAN": ("unian",),
    "TT": ("tt", "tt nyhetsbyrån"),
    "NTB": ("ntb",),
    "PAP": ("pap", "polish press agency"),
    "Europa Press": ("europa press",),
    "Antara": ("antara", "antara news"),
    "Bernama": ("bernama",),
    "AAP": ("aap", "australian associated press"),
    "Canadian Press": ("cp", "the canadian press", "canadian press"),
    "PA Media": ("pa", "pa media", "press association"),
}
_WIRE_BY_ALIAS: dict[str, str] = {
    alias: name for name, aliases in _WIRE_ALIASES.items() for alias in aliases
}
_WIRE_BY_ALIAS.update({name.lower(): name for name in _WIRE_ALIASES})

# Agencies owned and run by a state, as opposed to commercial or cooperative wires.
_STATE_WIRES = frozenset(
    {"TASS", "RIA Novosti", "Sputnik", "Xinhua", "Anadolu", "Azertac", "Armenpress", "IRNA"}
    | {"SANA", "Ukrinform", "Antara", "Bernama"}
)

# A small table of outlets by kind (lowercased names or hosts). Unknown means unknown.
_KINDS: dict[str, frozenset[str]] = {
    "state": frozenset(
        {"rt", "russia today", "cgtn", "cctv", "press tv", "presstv", "trt world", "trt"}
        | {"global times", "china daily", "kcna", "al-manar", "al manar", "tehran times"}
        | {"rossiyskaya gazeta", "channel one", "azatutyun", "rfe/rl", "voice of america"}
        | {"voa", "radio free europe/radio liberty", "public radio of armenia", "armradio"}
    ),
    "national": frozenset(
        {"bbc", "bbc news", "cnn", "the new york times", "new york times", "nyt"}
        | {"the washington post", "washington post", "the guardian", "guardian"}
        | {"al jazeera", "al jazeera english", "france 24", "dw", "deutsche welle"}
        | {"le monde", "the times of israel", "times of israel", "haaretz", "the hindu"}
        | {"times of india", "the times of india", "dawn", "hürriyet daily news"}
        | {"los angeles times", "the straits times", "meduza", "kyiv independent"}
        | {"the kyiv independent", "daily sabah", "the national", "gulf news", "npr"}
        | {"the wall street journal", "wall street journal", "financial times", "ft"}
        | {"the telegraph", "the independent", "sky news", "abc news", "cbs news"}
        | {"nbc news", "fox news", "euronews", "kommersant", "izvestia", "novaya gazeta"}
        | {"naharnet", "l'orient today", "the east african", "daily nation", "the citizen"}
    ),
    "aggregator": frozenset(
        {"yahoo", "yahoo news", "msn", "google news", "newsnow", "flipboard", "newser"}
        | {"marketscreener", "head topics", "ground news", "big news network"}
        | {"devdiscourse", "newsbreak", "news break", "breaking latest news", "pledge times"}
        | {"latestly", "world news", "the america one news", "newsbytes", "inkl"}
    ),
    "analysis": frozenset(
        {"acled", "crisis group", "international crisis group", "isw"}
        | {"institute for the study of war", "critical threats", "long war journal"}
        | {"fdd's long war journal", "bellingcat", "ooda loop", "jamestown foundation"}
        | {"carnegie endowment", "csis", "rusi", "chatham house", "human rights watch"}
        | {"hrw", "amnesty international", "insamer", "evn report", "war on the rocks"}
        | {"the conversation", "brookings", "reliefweb", "ocha", "crisisgroup"}
    ),
}
# Hosts of well-known outlets, so a URL alone still gives a kind.
_HOST_NAMES: dict[str, str] = {
    "reuters.com": "Reuters",
    "apnews.com": "Associated Press",
    "afp.com": "AFP",
    "tass.com": "TASS",
    "tass.ru": "TASS",
    "ria.ru": "RIA Novosti",
    "interfax.ru": "Interfax",
    "sputniknews.com": "Sputnik",
    "efe.com": "EFE",
    "aa.com.tr": "Anadolu",
    "xinhuanet.com": "Xinhua",
    "news.cn": "Xinhua",
    "armenpress.am": "Armenpress",
    "azertag.az": "Azertac",
    "apa.az": "APA",
    "trend.az": "Trend",
    "ukrinform.net": "Ukrinform",
    "unian.info": "UNIAN",
    "bloomberg.com": "Bloomberg",
}

_PARENS = re.compile(r"^(?P<outlet>.*?)\s*\((?P<inner>[^()]{1,60})\)\s*$")
# Words bylines put around an agency name: "By Reuters", "Associated Press |", "— AFP".
_BYLINE = re.compile(
    r"^(?:by\s+|from\s+|source:\s*|©\s*|copyright\s+(?:\d{4}\s+)?)?"
    r"(?:the\s+)?(?P<name>[A-Za-z][\w.\- ]{0,40}?)\s*(?:\||·|,?\s*\d{4}|$)",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(r"(?:^|\n)\s*[-–—]+\s*(?P<name>[A-Za-z][\w.\- ]{0,40}?)\s*\.?\s*$")
_REPORTING_BY = re.compile(r"\(\s*Reporting by [^()]{3,300}?;\s*Editing by [^()]{3,200}\)")
_AP_CONTRIBUTED = re.compile(r"Associated Press writers?\b[^\n]{0,200}?\bcontributed")


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOW = "a-zß-öø-ÿā-ž"
_CAPS_WORD = rf"[{_UP}][{_UP}'’.\-]*(?![{_LOW}])"
_TITLE_WORD = rf"[{_UP}][{_LOW}'’\-]+(?![{_UP}])"
_DATELINE = re.compile(
    rf"""^(?P<place>{_CAPS_WORD}(?:[ /]{_CAPS_WORD}){{0,4}}
          |{_TITLE_WORD}(?:[ /-]{_TITLE_WORD}){{0,3}})
        (?P<region>(?:,\s*(?!{_MONTH}\b)[{_UP}][\w.'’\-]*
              (?:\s+(?:(?:of|the|and)\s+)?[{_UP}][\w.'’\-]*){{0,4}}){{0,2}})
        (?P<date>,?\s*(?:{_MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?\.?)?
        (?:\s*\((?P<paren>[A-Za-z][A-Za-z .&\-]{{0,40}})\)\.?
          |\s*/(?P<slash>[A-Za-z][A-Za-z .\-]{{0,30}})/\.?)?
        (?P<sep>\s*(?:[-–—]{{1,2}}|:))?
        (?=\s*[\w"“‘'(])""",
    re.VERBOSE,
)
_WIRE_ONLY = re.compile(r"^\((?P<paren>[A-Za-z][A-Za-z .&\-]{0,40})\)\s*[-–—]{1,2}\s*\w")
# All-caps words that open a line like a dateline but are not places.
_NOT_PLACES = frozenset(
    {"BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "VIDEO", "PHOTO"}
    | {"PHOTOS", "LIVE", "WORLD", "NEWS", "OPINION", "ANALYSIS", "EDITORIAL", "STORY"}
    | {"URGENT", "FLASH", "ALERT", "NOTE", "READ", "READ MORE", "ALSO READ", "RELATED"}
    | {"EDITOR'S NOTE", "EDITOR’S NOTE", "FILE", "UN", "US", "EU", "NATO", "IDF", "UK"}
    | {"USA", "ISIS", "IS", "CLOSE", "SHARE", "ADVERTISEMENT", "FACT CHECK", "MORE", "SEE"}
    | {"LISTEN", "DEVELOPING", "LATEST", "TOP", "SUMMARY", "WARNING", "GRAPHIC", "AP", "AFP"}
    | {"REUTERS", "TASS", "EFE", "UPDATE 1", "CORRECTION", "CLARIFICATION", "WHAT", "WHY"}
    | {"HOW", "WHO", "Q", "A", "I", "OK", "TV", "GMT", "UTC", "AM", "PM", "BBC", "CNN"}
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Dateline:
    """A dateline at the start of a paragraph: where the story was filed, and by which wire.

    `start`/`end` are offsets of the dateline in the text it was found in; the text keeps
    it. Several places ("BAKU/YEREVAN") stay joined by "/".
    """

    place: str | None
    wire: str | None
    start: int
    end: int


def find_dateline(text: str, *, max_lines: int = 15) -> Dateline | None:
    """The first dateline in the opening paragraphs ("YEREVAN, Armenia (AP) —"), if any."""
    offset = 0
    for index, line in enumerate(text[:3000].split("\n")):
        if index >= max_lines:
            break
        start = offset + len(line) - len(line.lstrip())
        offset += len(line) + 1
        found = _match_dateline(line.strip())
        if found is not None:
            place, wire, length = found
            return Dateline(place=place, wire=wire, start=start, end=start + length)
    return None


def _match_dateline(line: str) -> tuple[str | None, str | None, int] | None:
    if len(line) < 20:
        return None
    only = _WIRE_ONLY.match(line)
    if only:
        wire = canonical_wire(only["paren"])
        return (None, wire, only.end() - 1) if wire else None
    match = _DATELINE.match(line)
    if not match or len(line) - match.end() < 10:
        return None
    place = match["place"]
    tag = match["paren"] or match["slash"]
    wire = (canonical_wire(tag) or _agency_code(tag)) if tag else None
    sep = (match["sep"] or "").strip()
    if place.isupper() or not any(c.islower() for c in place):
        letters = sum(c.isalpha() for c in place)
        if letters < 3 or place.strip(" .") in _NOT_PLACES or not (tag or sep):
            return None
        if not sep and not match["slash"] and not match["paren"]:
            return None
    elif not (tag or (match["date"] and sep in {"-", "–", "—", "--"})):
        return None
    if not tag and not sep:
        return None
    if not sep and line[match.end() :].lstrip()[:1].islower():
        # "The Baloch Liberation Army (BLA) on Tuesday said": a name and its acronym
        # running on into the sentence, not a place and a wire opening it
        return None
    return _readable_place(place), wire, match.end()


def _agency_code(tag: str) -> str | None:
    """An agency missing from our table, named in a dateline by its code: `ALMATY (IAP) —`,
    `ISLAMABAD (APP) -`. Only short all-capital codes count, so that `(Newser)` does not."""
    tag = tag.strip()
    return tag if 2 <= len(tag) <= 6 and tag.isalpha() and tag.isupper() else None


def _readable_place(place: str) -> str:
    place = " ".join(place.split())
    if place.isupper():
        place = "/".join(part.title() for part in place.split("/"))
    return place


def _key(name: str) -> str:
    return " ".join(name.strip().strip(".:/").split()).lower()


def canonical_wire(name: str) -> str | None:
    """The canonical agency name for `name` ("AP" -> "Associated Press"), or None."""
    return _WIRE_BY_ALIAS.get(_key(name))


def carried_from(raw_outlet: str | None) -> str | None:
    """The originating outlet named in parentheses: "Yahoo News NZ (France 24)" -> "France 24".

    Agencies come back canonical; other names as written, so a reprint of a newspaper's
    story can be grouped with the original even when the original is not a wire.
    """
    if not raw_outlet:
        return None
    match = _PARENS.match(raw_outlet.strip())
    if not match or not match["outlet"]:
        return None
    inner = " ".join(match["inner"].split())
    return canonical_wire(inner) or inner


def detect_wire(text: str, *, outlet: str | None = None) -> str | None:
    """The agency whose copy this is, from dateline, byline, sign-off or outlet name.

    Only attributions that mark the text as agency copy count: "(AP) —", "/TASS/.",
    "By Reuters", "— AFP" at the end. A mention in passing ("told AFP") does not.
    """
    dateline = find_dateline(text)
    if dateline is not None and dateline.wire:
        return dateline.wire
    if outlet:
        carried = carried_from(outlet)
        if carried and canonical_wire(carried):
            return carried
        own = canonical_wire(outlet) or _HOST_NAMES.get(_key(outlet))
        if own:
            return own
    return _byline_wire(text) or _sign_off_wire(text)


def _byline_wire(text: str) -> str | None:
    """A line near the top that is only an agency name, or "By <agency>"."""
    for line in text[:1500].split("\n")[:12]:
        line = line.strip()
        if not line or len(line) > 60:
            continue
        match = _BYLINE.match(line)
        wire = canonical_wire(match["name"]) if match else None
        # a bare short line ("AP") is too weak unless it says "By"
        if wire and match and (len(match["name"]) > 3 or line.lower().startswith("by ")):
            return wire
    return None


def _sign_off_wire(text: str) -> str | None:
    """An agency sign-off at the end: "— Reuters", "(Reporting by ...; Editing by ...)"."""
    tail = text[-600:]
    match = _SIGN_OFF.search(tail.rstrip())
    if match and (wire := canonical_wire(match["name"])):
        return wire
    if _REPORTING_BY.search(tail):
        return "Reuters"
    if _AP_CONTRIBUTED.search(text[-1500:]):
        return "Associated Press"
    return None


def outlet_name(raw_outlet: str | None, *, url: str | None = None) -> str | None:
    """The outlet as given (whitespace tidied), else the URL's host ("reuters.com")."""
    if raw_outlet and raw_outlet.strip():
        return " ".join(raw_outlet.split())
    return readable_host(url)


def readable_host(url: str | None) -> str | None:
    """A URL's host without scheme, port, "www." or "m.": "https://www.x.com:443/a" -> "x.com"."""
    if not url or not url.strip():
        return None
    candidate = url.strip()
    if "//" not in candidate:
        candidate = "//" + candidate
    try:
        host = urlsplit(candidate).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    for prefix in ("www.", "m.", "amp.", "mobile."):
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix) :]
    return host


def source_kind(name: str | None) -> str:
    """wire | national | state | aggregator | analysis | unknown, from a small table."""
    if not name or not name.strip():
        return "unknown"
    match = _PARENS.match(name.strip())
    base = match["outlet"] if match and match["outlet"] else name
    key = _key(base)
    wire = canonical_wire(key) or _HOST_NAMES.get(key) or _HOST_NAMES.get(_key(key))
    if wire:
        return "state" if wire in _STATE_WIRES else "wire"
    for kind, names in _KINDS.items():
        if key in names:
            return kind
    host = readable_host(key) if "." in key else None
    if host:
        stem = host.rsplit(".", 1)[0].replace("-", " ")
        for kind, names in _KINDS.items():
            if stem in names or stem.replace(" ", "") in names:
                return kind
    first = key.split(" ")[0]
    if first in {"yahoo", "msn"}:
        return "aggregator"
    return "unknown"
