"""Save an InMemoryStoryStore to a file and load it back, so the CLI's grouping survives restarts.

One gzip-compressed JSON document, written to a temporary file and renamed into place so a crash
mid-write leaves the previous snapshot intact. JSON rather than pickle: a snapshot is data that
may be shared, and loading it must not run code.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
from pathlib import Path

from pantau.engine.grouping.story_store import ArticleRecord, InMemoryStoryStore, NewsEvent, StoryProfile

FORMAT = "pantau-story-index/1"


def save_store(store: InMemoryStoryStore, path: str | Path) -> None:
    path = Path(path)
    document = {
        "format": FORMAT,
        "sequence": store.sequence,
        "documents": store.documents,
        "frequencies": store.frequencies,
        "story_total": store.story_total,
        "story_frequency": store.story_frequency,
        "articles": [_article_out(r) for r in store.articles.values()],
        "buckets": [[k, a] for k, a in store.buckets.items()],
        "addresses": store.addresses,
        "stories": [story_to_data(s) for s in store.stories.values()],
        "postings": store.postings,
    }
    temporary = path.with_name(path.name + ".tmp")
    with gzip.open(temporary, "wt", encoding="utf-8") as fh:
        json.dump(document, fh, ensure_ascii=False, separators=(",", ":"))
    os.replace(temporary, path)


def load_store(path: str | Path) -> InMemoryStoryStore:
    """The store saved at ``path``; ValueError when the file is not a pantau story index."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            document = json.load(fh)
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: not a readable story index snapshot ({exc})") from exc
    if document.get("format") != FORMAT:
        raise ValueError(f"{path}: unknown snapshot format {document.get('format')!r}, expected {FORMAT}")
    store = InMemoryStoryStore()
    store.sequence = document["sequence"]
    store.documents = document["documents"]
    store.frequencies = document["frequencies"]
    store.story_total = document["story_total"]
    store.story_frequency = document["story_frequency"]
    store.articles = {r["id"]: _article_in(r) for r in document["articles"]}
    store.buckets = {int(k): a for k, a in document["buckets"]}
    store.addresses = document["addresses"]
    store.stories = {s["id"]: story_from_data(s) for s in document["stories"]}
    store.postings = document["postings"]
    return store


def _article_out(record: ArticleRecord) -> dict:
    return {
        "id": record.id,
        "seq": record.seq,
        "story": record.story,
        "news_event": record.news_event,
        "duplicate_of": record.duplicate_of,
        "outlet": record.outlet,
        "source": record.source,
        "day": record.day,
        "shingles": record.shingles,
        "signature": base64.b64encode(record.signature).decode("ascii") if record.signature else None,
    }


def _article_in(data: dict) -> ArticleRecord:
    signature = data.pop("signature")
    return ArticleRecord(**data, signature=base64.b64decode(signature) if signature else None)


def story_to_data(story: StoryProfile) -> dict:
    return {
        "id": story.id,
        "members": story.members,
        "key_terms": story.key_terms,
        "actor_names": sorted(story.actor_names),
        "accused": sorted(story.accused),
        "violation_types": story.violation_types,
        "office_holders": sorted(story.office_holders),
        "accused_roles": sorted(story.accused_roles),
        "region_codes": story.region_codes,
        "event_kinds": story.event_kinds,
        "event_days": sorted(story.event_days),
        "first_day": story.first_day,
        "last_day": story.last_day,
        "last_seq": story.last_seq,
        "events": [
            {"id": e.id, "day": e.day, "n_articles": e.n_articles, "vector": e.vector, "norm": e.norm, "stage": e.stage}
            for e in story.events
        ],
        "vector": story.vector,
        "norm": story.norm,
        "originals": story.originals,
    }


def story_from_data(data: dict) -> StoryProfile:
    return StoryProfile(
        id=data["id"],
        members=data["members"],
        key_terms=data["key_terms"],
        actor_names=set(data["actor_names"]),
        accused=set(data.get("accused", ())),  # snapshots written before these were kept
        violation_types=data.get("violation_types", {}),
        office_holders=set(data.get("office_holders", ())),
        accused_roles=set(data.get("accused_roles", ())),
        region_codes=data["region_codes"],
        event_kinds=data["event_kinds"],
        event_days=set(data["event_days"]),
        first_day=data["first_day"],
        last_day=data["last_day"],
        last_seq=data["last_seq"],
        events=[NewsEvent(**e) for e in data["events"]],
        vector=data["vector"],
        norm=data["norm"],
        originals=data["originals"],
    )
