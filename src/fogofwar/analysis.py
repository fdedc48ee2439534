"""The map step's output for one article: its claims plus what grouping needs.

Grouping runs across many articles, so the driver keeps only this small, text-free
`Analysis` (countries, places, actors, a bag of content words, claims) for each one:
memory then grows with the number of claims, not with the size of the corpus.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING

from .dates import incident_date as find_incident_date
from .dates import latest_stated_date
from .extract.claims import extract_claims
from .extract.nlp import content_lemmas
from .parties import actor_named, find_actors, groups_named_in, named_how
from .records import Analysis, Article, Claim, IncidentDate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

FINGERPRINT_POS = frozenset({"NOUN", "PROPN", "VERB"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ACTOR_LABELS = frozenset({"ORG", "NORP"})


def describe(article: Article, doc: Doc) -> Analysis:
    """Claims, countries, places, actors and a content fingerprint of a parsed article.

    Of a Doc parsed only where claims can be (`prefilter`), the places and organisations
    are the entities of its parsed parts (the lead and the sentences around figures: no
    NER runs on the rest), and the fingerprint reads every part (the rest is tagged and
    lemmatized for it): measured on the gold corpora, grouping with entities from the
    parsed parts alone scores as well as with all of them, but a fingerprint of the
    parsed parts alone, or of untagged words, groups worse."""
    claims = tuple(extract_claims(article, doc))
    with groups_named_in(article.text):
        mentions = find_actors(article.text)
    countries = Counter(m.actor.country for m in mentions if m.actor.country)
    groups = Counter(m.actor.name for m in mentions if m.actor.kind != "country")
    places: Counter[str] = Counter()
    organisations: Counter[str] = Counter()
    for entity in doc.ents:
        name = " ".join(entity.text.split()).strip(" .,'’\"“”")
        if name.lower().startswith("the "):
            name = name[4:]
        if not name or len(name) < 2:
            continue
        how = named_how(name)
        if entity.label_ in PLACE_LABELS and (
            how is None or (how == "capital" and _locative(entity))
        ):
            # a capital is a place where something happens ("in Mogadishu"), not when it
            # speaks for its government ("Baku said"); a country name is never a place
            places[name] += 1
        elif entity.label_ == "ORG" and actor_named(name) is None:
            organisations[name] += 1
    fingerprint = content_lemmas(doc, FINGERPRINT_POS)
    return _analysis(
        article,
        incident_date=find_incident_date(article.text, published=article.published, doc=doc),
        text_date=_text_date(article, doc=doc),
        fingerprint=fingerprint,
        countries=countries,
        places=tuple(name for name, _ in places.most_common(20)),
        actors=tuple(name for name, _ in (groups + organisations).most_common(20)),
        claims=claims,
    )


LOCATIVE = frozenset(
    ["in", "near", "at", "outside", "around", "into", "across", "inside", "of", "on"]
)


def _locative(entity: Span) -> bool:
    return entity.start > 0 and entity.doc[entity.start - 1].lower_ in LOCATIVE


def describe_unparsed(article: Article) -> Analysis:
    """An article we do not run the English extractor on (another language): stored and
    grouped by its metadata only, with no claims."""
    mentions = find_actors(article.text)
    countries = Counter(m.actor.country for m in mentions if m.actor.country)
    words = frozenset(w.lower() for w in article.text.split() if w.isalpha() and len(w) > 3)
    return _analysis(
        article,
        incident_date=find_incident_date(article.text, published=article.published),
        text_date=_text_date(article),
        fingerprint=words,
        countries=countries,
    )


#: Sentences (headline, lead) whose date an undated article is grouped by: a date further
#: down is as often an earlier incident the report recalls.
LEAD_SENTENCES = 3


def _text_date(article: Article, *, doc: Doc | None = None) -> dt.date | None:
    """For an undated article, the last day of the incident its lead dates, if it does."""
    if article.published is not None:
        return None
    found = find_incident_date(article.text, published=None, doc=doc, lead=LEAD_SENTENCES)
    return found.end if found else None


def _analysis(
    article: Article,
    *,
    fingerprint: frozenset[str],
    countries: Counter[str],
    places: tuple[str, ...] = (),
    actors: tuple[str, ...] = (),
    claims: tuple[Claim, ...] = (),
    incident_date: IncidentDate | None = None,
    text_date: dt.date | None = None,
) -> Analysis:
    return Analysis(
        article_id=article.id,
        outlet=article.outlet,
        wire=article.wire,
        published=article.published,
        title=article.title,
        fingerprint=fingerprint,
        countries=tuple(code for code, _ in countries.most_common() if code),
        places=places,
        actors=actors,
        claims=claims,
        incident_date=incident_date,
        text_date=text_date,
        written_after=None if article.published else latest_stated_date(article.text),
    )
