"""Who fought whom, and what kind of event it was, in the terms ACLED and UCDP use.

Pure functions of an event's claims and analyses. The sides come from the claims
themselves: whose people were hit (the claim's party) and who said so about whom (a side
reporting the other side's losses is fighting it). The event type comes from word
evidence across the event's articles (the share of articles whose lemmas name shelling,
air strikes, bombs, ground fighting, talks) and from who the victims were. Both are
readings an analyst should check, and say so only through the codes they choose: nothing
here is fitted to one incident.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from .parties import actor_named, country_actor
from .records import Analysis, Claim, Event, record

#: Party and side values that name nobody in particular.
UNNAMED = frozenset({"", "unknown", "both", "media", "third_party"})
#: Party names that are a kind of people, not an armed actor.
_PEOPLE = frozenset({"civilian", "civilians", "people", "residents", "villagers"})
#: ACLED inter codes by kind of actor.
INTER = {"state": 1, "rebel": 2, "militia": 3, "pmc": 8, "ugo": 8, "civilians": 7}
#: How a group from data/groups.tsv is named in an export, when not by its party name.
DISPLAY = {"Wagner": "Wagner Group", "UN": "UN peacekeepers", "AU": "African Union forces"}
#: Casualty categories that say people were hit (any of them makes an event violent).
HARM = frozenset({"killed", "wounded", "captured", "missing", "killed_or_wounded", "casualties"})

# Lemma sets read from the articles' fingerprints (and titles). An article "names" a
# kind of violence when it has any lemma of the set; a kind's score is the share of
# the event's articles that name it, so one stray mention does not decide.
# ("gunmen" is not here: gunmen also kill the unarmed.)
GROUND = frozenset(
    {"clash", "clashes", "fight", "fighting", "battle", "skirmish", "firefight", "gunfight"}
    | {"ambush", "storm", "assault", "gunfire", "combat", "offensive"}
)
SHELLING = frozenset(
    {"shelling", "shell", "artillery", "mortar", "rocket", "missile", "howitzer", "barrage"}
)
AIR = frozenset({"drone", "airstrike", "airstrikes", "warplane", "jet", "bombardment"})
EXPLOSIVE = frozenset({"ied", "landmine", "roadside", "explosive", "bomb", "blast"})
SUICIDE = frozenset({"suicide"})
TALKS = frozenset({"ceasefire", "truce", "talks", "agreement", "negotiation", "accord"})
ABDUCTION = frozenset({"abduct", "abduction", "kidnap", "kidnapping", "hostage"})
POLICE = frozenset({"police", "policeman", "policemen", "policewoman"})
MILITARY = frozenset({"soldier", "army", "troop", "troops", "military", "serviceman"})
#: Words that call the killing a massacre: with no soldiers among the victims, these make
#: violence against civilians even where reports also speak of fighting or an attack.
MASSACRE = frozenset({"massacre", "massacred", "massacres", "slaughter", "slaughtered"})
#: Words for unarmed people: reports that name them more often than fighting describe an
#: attack on them, not a battle.
UNARMED = frozenset(
    {"civilian", "civilians", "villager", "villagers", "resident", "residents", "unarmed"}
    | {"worshipper", "worshippers", "pilgrim", "pilgrims", "displaced", "passenger"}
)

#: Share of articles that must name ground fighting before remote violence is ruled out,
#: and the shares that make a suicide attack or a talks-only event.
GROUND_DECIDES = 0.5
SUICIDE_DECIDES = 0.3
TALKS_DECIDE = 0.5
MASSACRE_DECIDES = 0.25
#: Figures of its own soldiers hit that a state needs to join an ally's side when nobody
#: reports it fighting anyone.
ALLY_SOLDIERS = 1


@record
class Side:
    """One side of an event as ACLED and UCDP name it.

    `party` is the claim party the side is led by ("Armenia", "al-Shabaab"; "" for
    civilians or an unidentified group); `parties` every claim party on the side, lead
    first; `associates` the display names of the others (ACLED's assoc_actor).
    """

    name: str
    inter: int
    kind: str  # state | rebel | militia | pmc | ugo | civilians | unidentified
    party: str = ""
    country: str | None = None  # ISO alpha-2: the state, the group's home, the victims'
    associates: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()


class EventType(NamedTuple):
    """ACLED's three-level event classification."""

    event_type: str
    sub_event_type: str
    disorder_type: str


# -- sides --------------------------------------------------------------------------------


def event_country(event: Event) -> str | None:
    """The country (ISO alpha-2) the event happened in: its location's, else the most named."""
    if event.location is not None and event.location.country:
        return event.location.country
    return event.countries[0] if event.countries else None


def same_people(parties: Iterable[str], *, country: str | None) -> dict[str, str]:
    """Map each party to the party whose people they are (itself, mostly).

    A private military company fighting abroad and its home state are one party: reports
    call Wagner's fighters "Russians", and counting both would count them twice.
    """
    names = set(parties)
    mapping = {p: p for p in names}
    for name in names:
        actor = actor_named(name)
        if actor is None or actor.kind != "pmc" or not actor.country:
            continue
        home = country_actor(actor.country)
        if home is not None and home.name in names and actor.country != country:
            mapping[home.name] = name
    return mapping


def _named(party: str) -> bool:
    return party not in UNNAMED and party.strip().casefold() not in _PEOPLE


class _Tally:
    """Votes for who is an armed side, who were victims, and who fought whom."""

    def __init__(self, claims: Sequence[Claim], analyses: Sequence[Analysis], country: str | None):
        event_claims = [c for c in claims if c.scope == "event" and c.category in HARM]
        named = {c.party for c in event_claims} | {c.claimant_side for c in event_claims}
        named = {p for p in named if _named(p)}
        groups = [
            actor.name
            for a in analyses
            for name in dict.fromkeys(a.actors)
            if (actor := actor_named(name)) is not None and actor.kind != "country"
        ]
        self.alias = same_people(named | set(groups), country=country)
        self.armed: dict[str, float] = defaultdict(float)
        #: The part of `armed` that only says a party's people of unknown status were hit:
        #: they may be the victims of a massacre rather than fighters.
        self.hit_unknown: dict[str, float] = defaultdict(float)
        self.civilian: Counter[str] = Counter()
        #: Figures of a party's own soldiers hit (military status).
        self.soldiers: Counter[str] = Counter()
        self.opposed: Counter[frozenset[str]] = Counter()
        for c in event_claims:
            party = self.alias.get(c.party)
            side = self.alias.get(c.claimant_side)
            if party is not None:
                if c.status == "civilian":
                    self.civilian[party] += 1
                else:
                    self.armed[party] += 1.0 if c.status == "military" else 0.5
                    if c.status != "military":
                        self.hit_unknown[party] += 0.5
                    else:
                        self.soldiers[party] += 1
            if side is not None and side != party and c.status != "civilian":
                # A side that reports the other side's losses is fighting it; the dead of
                # unknown status may be civilians, so only fighters pair the two sides.
                self.armed[side] += 1.0 if c.status == "military" else 0.5
                if party is not None and c.status == "military":
                    self.opposed[frozenset({side, party})] += 1
        for name in groups:
            # A group named in the reports is a candidate even when no figure is its own.
            self.armed[self.alias[name]] += 0.25
        self.unnamed_civilians = sum(
            1 for c in event_claims if c.status == "civilian" and not _named(c.party)
        )

    def opposition(self, a: str, b: str) -> float:
        return self.opposed[frozenset({a, b})]

    def perpetrators(self) -> list[str]:
        """Armed parties with evidence beyond their own people being hit, strongest first."""
        score = {p: w - self.hit_unknown.get(p, 0.0) for p, w in self.armed.items()}
        return sorted((p for p in score if score[p] > 0), key=lambda p: (-score[p], p))


def actors(
    event: Event,
    *,
    claims: Sequence[Claim],
    analyses: Sequence[Analysis],
    against_civilians: bool = False,
) -> tuple[Side, Side | None]:
    """ACLED's actor1 and actor2 (not ordered by who attacked), with their associates.

    Sides come from who fought whom, not from which countries are named. The lead side
    is the party with most armed votes; the other is the party it is most often reported
    fighting. When nobody is reported fighting the lead, a state's opponent is the armed
    group the reports name rather than another state: two states whose soldiers fell
    beside each other, with a group named, fought that group together. Other armed
    parties join the side of whoever they are not reported fighting. When nobody is
    reported fighting anybody, a state whose soldiers were hit joins the other states
    against the group (allies, not opponents).
    With one armed side and civilian victims, actor2 is "Civilians (Country)"; with no
    armed side at all, actor1 is an unidentified armed group.

    `against_civilians` (the event is violence against civilians) names the perpetrator
    and the civilians instead: a party whose only evidence is its own people of unknown
    status being hit is among the victims, not an armed side.
    """
    country = event_country(event)
    tally = _Tally(claims, analyses, country)
    words = _article_words(analyses)
    if against_civilians:
        return _perpetrator(tally, country=country, words=words), _civilians(
            tally, country, always=True
        )
    ranked = sorted(tally.armed, key=lambda p: (-tally.armed[p], p))
    if not ranked:
        return _unidentified(country), _civilians(tally, country)
    first = ranked[0]
    rest = ranked[1:]
    fighting = [p for p in rest if tally.opposition(first, p) > 0]
    if fighting:
        second: str | None = max(
            fighting, key=lambda p: (tally.opposition(first, p), tally.armed[p], p)
        )
    else:
        second = _likely_opponent(first, rest)
    members: dict[int, list[str]] = {1: [first], 2: [second] if second else []}
    for party in rest:
        if party == second:
            continue
        against_first = tally.opposition(party, first)
        against_second = tally.opposition(party, second) if second else 0
        if against_second > against_first:
            members[1].append(party)
        elif against_first > against_second and second:
            members[2].append(party)
        elif not fighting and _is_state(party) and tally.soldiers[party] >= ALLY_SOLDIERS:
            # Fighting nobody named, its soldiers hit: it stood with the states against
            # the group.
            states = [k for k in (1, 2) if _is_state(members[k][0])]
            if len(states) == 1:
                members[states[0]].append(party)
    sides = [
        _side(members[k], tally=tally, country=country, words=words) for k in (1, 2) if members[k]
    ]
    if len(sides) == 2 and sides[0].kind == "state" and sides[1].kind == "state":
        sides = [_as_inter(s, 1) for s in sides]
    if len(sides) == 1:
        # One armed side: its victims were civilians, or someone unnamed hit it.
        return sides[0], _civilians(tally, country) or _unidentified(country)
    return sides[0], sides[1]


def _is_state(party: str) -> bool:
    actor = actor_named(party)
    return actor is not None and actor.kind == "country"


def _likely_opponent(first: str, rest: Sequence[str]) -> str | None:
    """With nobody reported fighting `first`: a party of the other kind, else the next one.

    A state and an armed group named in one report are far likelier to be fighting each
    other than two states that no report sets against each other.
    """
    other_kind = [p for p in rest if _is_state(p) != _is_state(first)]
    if other_kind:
        return other_kind[0]
    return rest[0] if rest else None


def _perpetrator(tally: _Tally, *, country: str | None, words: list[frozenset[str]]) -> Side:
    """Who attacked the civilians: the strongest armed party that is not only a victim."""
    found = tally.perpetrators()
    if not found:
        return _unidentified(country)
    return _describe(found[0], country=country, words=words)


def _side(
    members: list[str], *, tally: _Tally, country: str | None, words: list[frozenset[str]]
) -> Side:
    """Name a side after its lead: a state fighting at home before its allies."""

    def rank(party: str) -> tuple[int, float, str]:
        actor = actor_named(party)
        home_state = actor is not None and actor.kind == "country" and actor.country == country
        return (0 if home_state else 1, -tally.armed[party], party)

    ordered = sorted(members, key=rank)
    lead = _describe(ordered[0], country=country, words=words)
    associates = tuple(_describe(p, country=country, words=words).name for p in ordered[1:])
    parties = tuple(ordered) + tuple(
        p for p, canonical in sorted(tally.alias.items()) if canonical in ordered and p != canonical
    )
    return Side(
        name=lead.name,
        inter=lead.inter,
        kind=lead.kind,
        party=ordered[0],
        country=lead.country,
        associates=associates,
        parties=parties,
    )


def _describe(party: str, *, country: str | None, words: list[frozenset[str]]) -> Side:
    """One party as a named actor with its inter code."""
    actor = actor_named(party)
    if actor is not None and actor.kind == "country":
        police = _share(words, POLICE) > _share(words, MILITARY) and actor.country == country
        forces = "Police Forces" if police else "Military Forces"
        # State forces fighting abroad are ACLED's external forces (8), unless the other
        # side is a state too (state against state is 11): see `actors`.
        abroad = country is not None and actor.country != country
        return Side(
            name=f"{forces} of {actor.name}",
            inter=8 if abroad else 1,
            kind="state",
            party=party,
            country=actor.country,
        )
    if actor is not None:
        return Side(
            name=DISPLAY.get(actor.name, actor.name),
            inter=INTER.get(actor.kind, 3),
            kind=actor.kind,
            party=party,
            country=actor.country,
        )
    lowered = party.casefold()
    inter = 2 if any(w in lowered for w in ("rebel", "insurgen", "liberation")) else 3
    return Side(name=party, inter=inter, kind="rebel" if inter == 2 else "militia", party=party)


def _as_inter(side: Side, inter: int) -> Side:
    return Side(
        name=side.name,
        inter=inter,
        kind=side.kind,
        party=side.party,
        country=side.country,
        associates=side.associates,
        parties=side.parties,
    )


def _country_name(code: str | None) -> str | None:
    actor = country_actor(code) if code else None
    return actor.name if actor is not None else None


def _unidentified(country: str | None) -> Side:
    where = _country_name(country)
    name = f"Unidentified Armed Group ({where})" if where else "Unidentified Armed Group"
    return Side(name=name, inter=3, kind="unidentified", country=country)


def _civilians(tally: _Tally, country: str | None, *, always: bool = False) -> Side | None:
    """Civilians as the other side, named after the country most of them belong to.

    None when no figure is of civilians, unless `always` (the event is an attack on them).
    """
    if not tally.civilian and not tally.unnamed_civilians and not always:
        return None
    victims = [p for p, _ in tally.civilian.most_common()]
    code = next(
        (a.country for p in victims if (a := actor_named(p)) is not None and a.kind == "country"),
        country,
    )
    where = _country_name(code)
    return Side(
        name=f"Civilians ({where})" if where else "Civilians",
        inter=7,
        kind="civilians",
        party=victims[0] if victims else "",
        country=code,
        parties=tuple(victims),
    )


def interaction(actor1: Side, actor2: Side | None) -> int:
    """ACLED's interaction: the two inter codes, lowest first (a lone actor pairs with 0)."""
    if actor2 is None:
        return actor1.inter * 10
    low, high = sorted((actor1.inter, actor2.inter))
    return low * 10 + high


# -- event type ---------------------------------------------------------------------------


def event_type(
    event: Event,
    *,
    claims: Sequence[Claim],
    analyses: Sequence[Analysis],
    hints: Iterable[str] = (),
) -> EventType:
    """ACLED's event type, sub-event type and disorder type for one event.

    `hints` are extra lemmas known about the event as a whole (counted as one more
    article). The order of the rules is ACLED's precedence: talks without casualties are
    a strategic development; a suicide attack and remote violence (shelling, air or drone
    strikes, bombs) come before ground fighting when few reports describe fighting;
    violence whose only named victims are civilians is violence against civilians, unless
    most reports describe fighting, most figures are of people of unknown status, and the
    reports neither call it a massacre nor speak of unarmed people more than of fighting;
    everything else is an armed clash.
    """
    del event  # the evidence is in the claims and the articles
    words = _article_words(analyses)
    extra = frozenset(w.casefold() for w in hints)
    if extra:
        words.append(extra)
    harmed = [c for c in claims if c.scope == "event" and c.category in HARM and c.count > 0]
    if not harmed and _share(words, TALKS) >= TALKS_DECIDE:
        return EventType("Strategic developments", "Agreement", "Strategic developments")
    if _share(words, SUICIDE) >= SUICIDE_DECIDES:
        return EventType("Explosions/Remote violence", "Suicide bomb", "Political violence")
    ground = _share(words, GROUND)
    remote = {
        "Shelling/artillery/missile attack": _share(words, SHELLING),
        "Air/drone strike": _air_share(words),
        "Remote explosive/landmine/IED": _share(words, EXPLOSIVE),
    }
    kind, score = max(remote.items(), key=lambda item: item[1])  # first wins a tie
    if score > ground and ground < GROUND_DECIDES:
        return EventType("Explosions/Remote violence", kind, "Political violence")
    civilian = sum(1 for c in harmed if c.status == "civilian")
    targeted = (
        ground < GROUND_DECIDES
        or 2 * civilian >= len(harmed)
        or _share(words, MASSACRE) >= MASSACRE_DECIDES
        or _share(words, UNARMED) > ground
    )
    if civilians_only(harmed) and targeted:
        taken = all(c.category in {"captured", "missing"} for c in harmed if c.status == "civilian")
        if taken and _share(words, ABDUCTION) > 0:
            sub = "Abduction/forced disappearance"
        else:
            sub = "Attack"
        return EventType("Violence against civilians", sub, "Political violence")
    return EventType("Battles", "Armed clash", "Political violence")


def civilians_only(claims: Iterable[Claim]) -> bool:
    """Whether the event's named victims are all civilians (people of unknown status aside)."""
    statuses = {
        c.status
        for c in claims
        if c.scope == "event" and c.category in HARM and c.count > 0 and c.status != "unknown"
    }
    return statuses == {"civilian"}


def violence_type(actor1: Side, actor2: Side | None, kind: EventType) -> int:
    """UCDP's type_of_violence: 1 state-based, 2 non-state, 3 one-sided (civilians)."""
    if kind.event_type == "Violence against civilians" or (
        actor2 is not None and actor2.kind == "civilians"
    ):
        return 3
    if actor1.kind == "state" or (actor2 is not None and actor2.kind == "state"):
        return 1
    return 2


# -- word evidence ------------------------------------------------------------------------


def _article_words(analyses: Sequence[Analysis]) -> list[frozenset[str]]:
    """Each article's lemmas plus its title's words, lowercased."""
    return [
        a.fingerprint | frozenset((a.title or "").casefold().replace("-", " ").split())
        for a in analyses
    ]


def _share(words: Sequence[frozenset[str]], lemmas: frozenset[str]) -> float:
    """Share of articles that name any of `lemmas`."""
    if not words:
        return 0.0
    return sum(1 for w in words if w & lemmas) / len(words)


def _air_share(words: Sequence[frozenset[str]]) -> float:
    """Share of articles naming an air or drone strike ("air" and "strike" together count)."""
    if not words:
        return 0.0
    hits = sum(1 for w in words if w & AIR or {"air", "strike"} <= w)
    return hits / len(words)


def party_sides(actor1: Side, actor2: Side | None) -> Mapping[str, int]:
    """Which side (1 or 2) each claim party is on; parties on neither are absent."""
    sides: dict[str, int] = defaultdict(int)
    for number, side in ((1, actor1), (2, actor2)):
        if side is None or side.kind == "civilians":
            continue
        for party in side.parties or ((side.party,) if side.party else ()):
            sides.setdefault(party, number)
    return dict(sides)
