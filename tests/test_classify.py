"""Sides and event types in ACLED's and UCDP's terms, from hand-built claims and analyses.

Every incident here is invented; the parties are real names only because the codes
(ISO, inter, Gleditsch-Ward) are about real states and groups.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fogofwar.classify import (
    EventType,
    Side,
    actors,
    civilians_only,
    event_country,
    event_type,
    interaction,
    party_sides,
    same_people,
    violence_type,
)
from fogofwar.records import Analysis, Claim, Event, Location, Span

_ids = itertools.count()


def claim(
    party: str,
    status: str = "military",
    *,
    category: str = "killed",
    count: int = 2,
    side: str = "media",
    scope: str = "event",
    article: str = "a0",
) -> Claim:
    return Claim(
        id=f"c{next(_ids)}",
        article_id=article,
        evidence=Span(start=0, end=1),
        category=category,
        count=count,
        party=party,
        status=status,
        claimant=f"{side} officials" if side not in {"media", "third_party"} else "Outlet",
        claimant_side=side,
        scope=scope,
    )


def analysis(
    article: str, words: str = "", *, actors: tuple[str, ...] = (), title: str | None = None
) -> Analysis:
    return Analysis(
        article_id=article,
        outlet="Invented Times",
        wire=None,
        published=dt.date(2030, 5, 2),
        title=title,
        fingerprint=frozenset(words.split()),
        actors=actors,
    )


def event(*countries: str, location: Location | None = None) -> Event:
    return Event(
        id="ev",
        title="Invented clash",
        start=dt.date(2030, 5, 1),
        end=dt.date(2030, 5, 2),
        article_ids=("a0", "a1"),
        countries=countries,
        location=location,
    )


def two_articles(words: str = "clash soldier", **kw: object) -> list[Analysis]:
    return [analysis("a0", words, **kw), analysis("a1", words, **kw)]  # type: ignore[arg-type]


# -- actors -------------------------------------------------------------------------------

CASES = [
    pytest.param(
        ("AM", "AZ"),
        [
            claim("Armenia", side="Armenia"),
            claim("Azerbaijan", side="Azerbaijan"),
            claim("Azerbaijan", side="Armenia", count=20),
        ],
        "clash soldier",
        (),
        ("Military Forces of Armenia", 1, "Military Forces of Azerbaijan", 1, 11),
        id="state-vs-state-is-11-even-across-a-border",
    ),
    pytest.param(
        ("SO",),
        [
            claim("Somalia", side="Somalia"),
            claim("al-Shabaab", side="Somalia", count=9),
            claim("Somalia", side="al-Shabaab", count=30),
        ],
        "police policeman storm hotel",
        ("al-Shabaab",),
        ("al-Shabaab", 2, "Police Forces of Somalia", 1, 12),
        id="police-when-reports-speak-of-police",
    ),
    pytest.param(
        ("SO",),
        [claim("Somalia", "civilian", count=12), claim("Somalia", "civilian", category="wounded")],
        "gunmen village",
        ("al-Shabaab",),
        ("al-Shabaab", 2, "Civilians (Somalia)", 7, 27),
        id="a-group-and-its-civilian-victims",
    ),
    pytest.param(
        ("LB", "IL"),
        [claim("Hezbollah", side="Israel"), claim("Israel", side="Hezbollah")],
        "strike rocket",
        (),
        ("Hezbollah", 2, "Military Forces of Israel", 8, 28),
        id="a-state-fighting-a-group-abroad-is-external-8",
    ),
    pytest.param(
        ("TJ",),
        [claim("Red Ridge militia", side="Tajikistan"), claim("Tajikistan", side="Tajikistan")],
        "clash",
        (),
        ("Military Forces of Tajikistan", 1, "Red Ridge militia", 3, 13),
        id="an-unknown-group-keeps-its-name-as-a-militia",
    ),
    pytest.param(
        ("KG",),
        [claim("unknown", "civilian", count=4)],
        "attack village",
        (),
        ("Unidentified Armed Group (Kyrgyzstan)", 3, "Civilians (Kyrgyzstan)", 7, 37),
        id="nobody-named-attacks-civilians",
    ),
    pytest.param(
        ("KG",),
        [claim("Kyrgyzstan", side="Kyrgyzstan")],
        "ambush soldier",
        (),
        ("Military Forces of Kyrgyzstan", 1, "Unidentified Armed Group (Kyrgyzstan)", 3, 13),
        id="one-side-hit-by-someone-unnamed",
    ),
]


@pytest.mark.parametrize(("countries", "claims", "words", "groups", "expected"), CASES)
def test_actors_names_inter_codes_and_interaction(
    countries: tuple[str, ...],
    claims: list[Claim],
    words: str,
    groups: tuple[str, ...],
    expected: tuple[str, int, str, int, int],
) -> None:
    first, second = actors(
        event(*countries), claims=claims, analyses=two_articles(words, actors=groups)
    )
    assert second is not None
    got = {(first.name, first.inter), (second.name, second.inter)}
    name1, inter1, name2, inter2, code = expected
    assert got == {(name1, inter1), (name2, inter2)}
    assert interaction(first, second) == code


def test_a_pmc_abroad_and_its_home_state_are_one_side_behind_the_host_state() -> None:
    claims = [
        claim("Wagner", side="CSP-DPA", count=40),
        claim("Wagner", side="Russia", count=20),
        claim("Russia", count=7),
        claim("Mali", side="CSP-DPA", count=10),
        claim("Mali", side="Mali", count=2),
        claim("CSP-DPA", side="Mali", count=30),
    ]
    first, second = actors(event("ML"), claims=claims, analyses=two_articles("ambush"))
    assert second is not None
    mali, rebels = (first, second) if first.kind == "state" else (second, first)
    assert mali.name == "Military Forces of Mali"
    assert mali.associates == ("Wagner Group",)
    assert set(mali.parties) == {"Mali", "Wagner", "Russia"}
    assert (rebels.name, rebels.inter) == ("CSP-DPA", 2)
    number = {"Mali": 1 if mali is first else 2, "CSP-DPA": 1 if rebels is first else 2}
    assert party_sides(first, second) == {
        "Mali": number["Mali"],
        "Wagner": number["Mali"],
        "Russia": number["Mali"],
        "CSP-DPA": number["CSP-DPA"],
    }


def test_allies_fighting_one_group_are_not_a_state_vs_state_dyad() -> None:
    # South African and Congolese soldiers fall in one M23 offensive: nobody reports the
    # two states fighting each other, and the reports name M23.
    claims = [
        claim("South Africa", side="South Africa", count=9),
        claim("South Africa", count=13),
        claim("DR Congo", count=4),
        claim("DR Congo", "unknown", category="wounded"),
    ]
    first, second = actors(
        event("CD", "ZA"), claims=claims, analyses=two_articles("fighting", actors=("M23",))
    )
    assert second is not None
    state, group = (first, second) if first.kind == "state" else (second, first)
    assert state.name == "Military Forces of DR Congo"  # the state fighting at home leads
    assert state.associates == ("Military Forces of South Africa",)
    assert (group.name, group.inter) == ("M23", 2)
    assert interaction(first, second) == 12
    assert party_sides(first, second)["South Africa"] == party_sides(first, second)["DR Congo"]


def test_states_reported_fighting_each_other_stay_opponents_with_a_group_named() -> None:
    claims = [claim("Armenia", side="Azerbaijan"), claim("Azerbaijan", side="Armenia")]
    first, second = actors(
        event("AM"), claims=claims, analyses=two_articles("clash", actors=("Hezbollah",))
    )
    assert second is not None
    assert {first.name, second.name} == {
        "Military Forces of Armenia",
        "Military Forces of Azerbaijan",
    }


def test_a_massacre_names_the_perpetrator_and_the_civilians() -> None:
    # The victims' figures are of unknown status or civilians; the group claimed it.
    claims = [
        claim("Burkina Faso", "unknown", count=200, side="JNIM"),
        claim("Burkina Faso", "unknown", count=400, side="third_party"),
        claim("Burkina Faso", "civilian", count=150, side="Burkina Faso"),
    ]
    articles = [
        analysis("a0", "attack fighting trench villager", actors=("JNIM",)),
        analysis("a1", "attack jihadist trench civilian", actors=("JNIM",)),
    ]
    kind = event_type(event("BF"), claims=claims, analyses=articles)
    assert kind == ATTACK
    first, second = actors(event("BF"), claims=claims, analyses=articles, against_civilians=True)
    assert (first.name, first.inter) == ("JNIM", 2)
    assert second is not None and (second.name, second.inter) == ("Civilians (Burkina Faso)", 7)
    assert violence_type(first, second, kind) == 3


def test_an_attack_on_civilians_by_nobody_named_is_an_unidentified_group() -> None:
    claims = [claim("Haiti", "unknown", count=110, side="third_party")]
    first, second = actors(
        event("HT"), claims=claims, analyses=two_articles("massacre"), against_civilians=True
    )
    assert first.name == "Unidentified Armed Group (Haiti)"
    assert second is not None and second.name == "Civilians (Haiti)"


@pytest.mark.parametrize(
    ("parties", "country", "expected"),
    [
        ({"Wagner", "Russia", "Mali"}, "ML", {"Russia": "Wagner"}),
        ({"Wagner", "Russia"}, "RU", {}),
        ({"Russia", "Ukraine"}, "UA", {}),
    ],
)
def test_same_people(parties: set[str], country: str, expected: dict[str, str]) -> None:
    merged = {p: q for p, q in same_people(parties, country=country).items() if p != q}
    assert merged == expected


def test_background_claims_and_unnamed_sides_do_not_make_sides() -> None:
    claims = [
        claim("Azerbaijan", side="Armenia", scope="background", count=3000),
        claim("both", "unknown", side="both"),
        claim("Armenia", side="Armenia"),
    ]
    first, second = actors(event("AM"), claims=claims, analyses=two_articles())
    assert first.name == "Military Forces of Armenia"
    assert second is not None and second.kind == "unidentified"


def test_event_country_prefers_the_location() -> None:
    assert event_country(event("AM", "AZ")) == "AM"
    assert event_country(event("AM", location=Location(name="Tovuz", country="AZ"))) == "AZ"
    assert event_country(event()) is None


def test_interaction_of_a_lone_actor_pairs_with_zero() -> None:
    alone = Side(name="Military Forces of Chad", inter=1, kind="state")
    assert interaction(alone, None) == 10


# -- event types --------------------------------------------------------------------------

BATTLE = EventType("Battles", "Armed clash", "Political violence")
SHELLING = EventType(
    "Explosions/Remote violence", "Shelling/artillery/missile attack", "Political violence"
)
AIR = EventType("Explosions/Remote violence", "Air/drone strike", "Political violence")
IED = EventType("Explosions/Remote violence", "Remote explosive/landmine/IED", "Political violence")
SUICIDE = EventType("Explosions/Remote violence", "Suicide bomb", "Political violence")
ATTACK = EventType("Violence against civilians", "Attack", "Political violence")
ABDUCTION = EventType(
    "Violence against civilians", "Abduction/forced disappearance", "Political violence"
)
AGREEMENT = EventType("Strategic developments", "Agreement", "Strategic developments")
SOLDIERS = [claim("Armenia", side="Azerbaijan"), claim("Azerbaijan", side="Armenia")]
CIVILIANS = [claim("Somalia", "civilian", count=7)]

TYPES = [
    ("clash fighting soldier", SOLDIERS, BATTLE),
    ("rocket missile", SOLDIERS, SHELLING),
    ("artillery clash fighting", SOLDIERS, BATTLE),  # ground fighting reported: a battle
    ("drone village", SOLDIERS, AIR),
    ("air strike target", SOLDIERS, AIR),
    ("strike worker", SOLDIERS, BATTLE),  # a strike alone is not an air strike
    ("roadside bomb convoy", SOLDIERS, IED),
    ("suicide bomb hotel storm", SOLDIERS, SUICIDE),
    ("ceasefire talks", [], AGREEMENT),
    ("ceasefire talks", SOLDIERS, BATTLE),  # talks after deaths: the deaths are the event
    ("village gunmen", CIVILIANS, ATTACK),
    ("village gunmen", [*CIVILIANS, claim("Somalia", "unknown")], ATTACK),
    ("village gunmen", [*CIVILIANS, claim("Somalia", "military")], BATTLE),
    # Fighting reported, but the reports call it a massacre or speak of unarmed people
    # more than of fighting, and no soldier is among the victims.
    ("clash fighting massacre", [*CIVILIANS, claim("Somalia", "unknown")] * 2, ATTACK),
    ("clash fighting villager", [*CIVILIANS, claim("Somalia", "unknown")] * 2, ATTACK),
    ("clash fighting", [*CIVILIANS, *[claim("Somalia", "unknown")] * 2], BATTLE),
    ("clash massacre", [*CIVILIANS, claim("Somalia", "military")], BATTLE),
    ("drone market", CIVILIANS, AIR),  # remote violence against civilians stays remote
    ("kidnap village", [claim("Nigeria", "civilian", category="captured")], ABDUCTION),
    ("", [], BATTLE),
]


@pytest.mark.parametrize(("words", "claims", "expected"), TYPES)
def test_event_type_from_words_and_victims(
    words: str, claims: list[Claim], expected: EventType
) -> None:
    got = event_type(event("AM"), claims=claims, analyses=two_articles(words))
    assert got == expected


def test_one_stray_word_does_not_decide() -> None:
    articles = [analysis("a0", "rocket"), *(analysis(f"a{i}", "soldier") for i in range(1, 5))]
    articles += [analysis(f"b{i}", "clash") for i in range(3)]
    assert event_type(event("AM"), claims=SOLDIERS, analyses=articles) == BATTLE


def test_titles_and_hints_count_as_evidence() -> None:
    titled = [analysis("a0", title="Drone hits convoy"), analysis("a1")]
    assert event_type(event("AM"), claims=SOLDIERS, analyses=titled) == AIR
    plain = [analysis("a0"), analysis("a1")]
    assert event_type(event("AM"), claims=SOLDIERS, analyses=plain, hints=["suicide"]) == SUICIDE


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        (CIVILIANS, True),
        ([*CIVILIANS, claim("Somalia", "unknown")], True),
        ([*CIVILIANS, claim("Somalia", "military")], False),
        ([claim("Somalia", "civilian", scope="background")], False),
        ([claim("Somalia", "civilian", count=0)], False),
        ([], False),
    ],
)
def test_civilians_only(claims: list[Claim], expected: bool) -> None:
    assert civilians_only(claims) is expected


@pytest.mark.parametrize(
    ("kind1", "kind2", "kind", "expected"),
    [
        ("state", "state", BATTLE, 1),
        ("rebel", "state", BATTLE, 1),
        ("rebel", "militia", BATTLE, 2),
        ("rebel", "civilians", ATTACK, 3),
        ("state", "civilians", AIR, 3),
        ("rebel", None, ATTACK, 3),
    ],
)
def test_violence_type(kind1: str, kind2: str | None, kind: EventType, expected: int) -> None:
    first = Side(name="A", inter=1, kind=kind1)
    second = Side(name="B", inter=2, kind=kind2) if kind2 else None
    assert violence_type(first, second, kind) == expected


# -- invariants ---------------------------------------------------------------------------

PARTIES = st.sampled_from(
    ["Armenia", "Azerbaijan", "al-Shabaab", "Wagner", "Russia", "Mali", "unknown", "both"]
    + ["UN", "Somalia", "Red Ridge militia", "", "=1+1", "Civilians"]
)
SIDES = st.one_of(PARTIES, st.sampled_from(["media", "third_party"]))
CLAIMS = st.lists(
    st.builds(
        claim,
        PARTIES,
        st.sampled_from(["military", "civilian", "unknown"]),
        category=st.sampled_from(["killed", "wounded", "captured", "missing", "casualties"]),
        count=st.integers(0, 500),
        side=SIDES,
        scope=st.sampled_from(["event", "background"]),
    ),
    max_size=12,
)
WORDS = st.lists(
    st.sampled_from(["rocket", "clash", "drone", "suicide", "ceasefire", "police", "x"]),
    max_size=5,
)
VALID_TYPES = {BATTLE, SHELLING, AIR, IED, SUICIDE, ATTACK, ABDUCTION, AGREEMENT}


@given(claims=CLAIMS, words=WORDS, countries=st.sampled_from([(), ("ML",), ("AM", "AZ")]))
def test_any_claims_give_named_sides_and_a_known_type(
    claims: list[Claim], words: list[str], countries: tuple[str, ...]
) -> None:
    articles = two_articles(" ".join(words))
    first, second = actors(event(*countries), claims=claims, analyses=articles)
    assert first.name and first.inter in range(1, 9)
    assert second is None or (second.name and second.inter in range(1, 9))
    assert second is None or second.name != first.name
    code = interaction(first, second)
    assert code // 10 <= code % 10 or code % 10 == 0
    kind = event_type(event(*countries), claims=claims, analyses=articles)
    assert kind in VALID_TYPES
    assert violence_type(first, second, kind) in {1, 2, 3}
