from __future__ import annotations

import pytest

from fogofwar.sources import (
    canonical_wire,
    carried_from,
    detect_wire,
    find_dateline,
    outlet_name,
    readable_host,
    source_kind,
)

BODY = " Five soldiers were killed in an overnight clash near Varnok, officials said."


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("AP", "Associated Press"),
        ("The Associated Press", "Associated Press"),
        ("REUTERS", "Reuters"),
        ("Agence France-Presse", "AFP"),
        ("afp", "AFP"),
        ("ITAR-TASS", "TASS"),
        ("RIA Novosti", "RIA Novosti"),
        ("Interfax", "Interfax"),
        ("Agencia EFE", "EFE"),
        ("Anadolu Agency", "Anadolu"),
        ("Xinhua News Agency", "Xinhua"),
        ("dpa", "dpa"),
        ("Press Trust of India", "PTI"),
        ("  Sputnik  ", "Sputnik"),
        ("Armenpress", "Armenpress"),
        ("Daily Meridian", None),
        ("", None),
        ("Newser", None),
    ],
)
def test_canonical_wire(name: str, expected: str | None) -> None:
    assert canonical_wire(name) == expected


@pytest.mark.parametrize(
    ("line", "place", "wire"),
    [
        ("MOSCOW (REUTERS) -", "Moscow", "Reuters"),
        ("YEREVAN, Armenia (AP) —", "Yerevan", "Associated Press"),
        ("MOSCOW, November 17. /TASS/.", "Moscow", "TASS"),
        ("TEL AVIV, July 28. /TASS/.", "Tel Aviv", "TASS"),
        ("BEIRUT:", "Beirut", None),
        ("GOMA, Congo (AP) —", "Goma", "Associated Press"),
        ("Kinshasa/Goma, DRC, Jan. 30 (EFE). –", "Kinshasa/Goma", "EFE"),
        ("Bamako, July 27 (Reuters) –", "Bamako", "Reuters"),
        ("KARVASH, Eastland, Nov. 3 (UPI) --", "Karvash", "UPI"),
        ("BAKU/YEREVAN —", "Baku/Yerevan", None),
        ("YEREVAN—", "Yerevan", None),
        ("ST. PETERSBURG, Russia (AP) —", "St. Petersburg", "Associated Press"),
        ("N'DJAMENA, Chad (AFP) -", "N'Djamena", "AFP"),
        ("MOSCOW (Sputnik) -", "Moscow", "Sputnik"),
        ("(Reuters) -", None, "Reuters"),
    ],
)
def test_datelines(line: str, place: str | None, wire: str | None) -> None:
    text = "A headline about the clash\n\n" + line + BODY
    dateline = find_dateline(text)
    assert dateline is not None
    assert (dateline.place, dateline.wire) == (place, wire)
    assert text[dateline.start :].startswith(line.split()[0])


@pytest.mark.parametrize(
    "line",
    [
        "BREAKING: Oil pipeline reportedly hit by an explosion in the south",
        "UN: At Least 2,900 Killed in the invented city of Mubeza",
        "STORY: At least 12 people have been killed in the capital after an attack.",
        "Eastland: Westmark shelled the town overnight, killing three civilians there.",
        "Armradio – As of 10:00 on November 17, the situation was tense in the zone.",
        "(Newser) – Authorities on Sunday ended a deadly attack in the capital.",
        "Eastland and Westmark on 12 July traded accusations of launching an offensive.",
        "GOMA",
        "The Kestrel Liberation Army (KLA) on Tuesday said it had taken the train.",
        "Eastland Border Guard (EBG) officers said two were wounded at the post.",
    ],
)
def test_not_datelines(line: str) -> None:
    assert find_dateline(line) is None


@pytest.mark.parametrize(
    ("text", "outlet", "expected"),
    [
        ("GOMA, Congo (AP) —" + BODY, None, "Associated Press"),
        ("Some text." + BODY, "Yahoo News (Associated Press)", "Associated Press"),
        ("Some text." + BODY, "KFM (Reuters)", "Reuters"),
        ("Some text." + BODY, "Prothom Alo (AFP)", "AFP"),
        ("Some text." + BODY, "TASS", "TASS"),
        ("Some text." + BODY, "tass.com", "TASS"),
        ("Headline here\n\nBy Reuters\n\n" + BODY, None, "Reuters"),
        ("Headline here\nAssociated Press |\nPublished: today\n" + BODY, None, "Associated Press"),
        (BODY + "\n\n— Reuters", None, "Reuters"),
        (BODY + "\n(Reporting by A. Writer in Varnok; Editing by B. Editor)", None, "Reuters"),
        (
            BODY + " Associated Press writer C. Reporter in Varnok contributed.",
            None,
            "Associated Press",
        ),
        # passing mentions are not attribution
        ("Three soldiers died, a commander told AFP on Sunday." + BODY, None, None),
        ("According to Reuters, the clash began at dawn." + BODY, "Daily Meridian", None),
        ("Some text." + BODY, "Yahoo News NZ (France 24)", None),
    ],
)
def test_detect_wire(text: str, outlet: str | None, expected: str | None) -> None:
    assert detect_wire(text, outlet=outlet) == expected


def test_dateline_wire_wins_over_outlet() -> None:
    text = "VARNOK, Eastland (AFP) —" + BODY
    assert detect_wire(text, outlet="Daily Meridian (Reuters)") == "AFP"


@pytest.mark.parametrize(
    ("outlet", "expected"),
    [
        ("Yahoo News NZ (France 24)", "France 24"),
        ("Yahoo News (Associated Press)", "Associated Press"),
        ("Daily Meridian", None),
        ("(AP)", None),
        (None, None),
    ],
)
def test_carried_from(outlet: str | None, expected: str | None) -> None:
    assert carried_from(outlet) == expected


@pytest.mark.parametrize(
    ("raw", "url", "expected"),
    [
        ("  Daily   Meridian ", None, "Daily Meridian"),
        (None, "https://www.reuters.com/world/story-1", "reuters.com"),
        ("", "https://www.trtworld.com:443/article/1", "trtworld.com"),
        (None, "http://m.lowland-herald.example/a", "lowland-herald.example"),
        (None, "lowland-herald.example/path", "lowland-herald.example"),
        (None, "not a url", None),
        (None, "http://[broken", None),
        (None, None, None),
    ],
)
def test_outlet_name(raw: str | None, url: str | None, expected: str | None) -> None:
    assert outlet_name(raw, url=url) == expected


def test_readable_host_keeps_subdomains_that_matter() -> None:
    assert readable_host("https://news.lowland.example/x") == "news.lowland.example"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Reuters", "wire"),
        ("AP", "wire"),
        ("reuters.com", "wire"),
        ("TASS", "state"),
        ("Xinhua", "state"),
        ("Al Jazeera", "national"),
        ("The Guardian", "national"),
        ("Yahoo News (Associated Press)", "aggregator"),
        ("Yahoo News NZ (France 24)", "aggregator"),
        ("MSN", "aggregator"),
        ("Crisis Group", "analysis"),
        ("Institute for the Study of War", "analysis"),
        ("RT", "state"),
        ("Daily Meridian", "unknown"),
        ("", "unknown"),
        (None, "unknown"),
    ],
)
def test_source_kind(name: str | None, kind: str) -> None:
    assert source_kind(name) == kind
