"""The one stateful stage: an online index of what came before.

For each article, in stream order and looking only backwards, ``StoryIndex.add`` decides
1. ``duplicate_of``: an earlier near-verbatim copy (same article address, or MinHash LSH on word
   3-grams with estimated Jaccard ≥ DUPLICATE_JACCARD);
2. ``story``: the earlier story it continues, found through an inverted index of distinctive terms
   (so the cost per article does not grow with history), kept to a time window, and scored by
   ``story_scoring.fit``; else a new story "s-<article id>";
3. ``news_event``: the same day's development inside that story; else "e-<article id>".
All state lives in a ``StoryStore`` (see story_store.py for what must be atomic).
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import NamedTuple

from pantau.engine.analysis import Analysis, Grouping
from pantau.engine.grouping import near_duplicates
from pantau.engine.grouping.accused_identity import accused_keys, accused_roles, office_holder_keys
from pantau.engine.grouping.outlet_independence import independence_unit, outlet_name, wire_agency
from pantau.engine.grouping.story_scoring import (
    JOIN_THRESHOLD,
    ONE_DAY_KINDS,
    ArticleFeatures,
    IdfTable,
    cosine,
    day_ordinal,
    fit,
    weighted_vector,
)
from pantau.engine.grouping.story_snapshot import load_store, save_store
from pantau.engine.grouping.story_store import (
    ArticleRecord,
    InMemoryStoryStore,
    NewsEvent,
    StoryProfile,
    StoryStore,
)
from pantau.engine.grouping.text_signals import (
    GENERIC_NAMES,
    STOPWORDS,
    clean_body,
    lead_date,
    read_signals,
    sublinear_tf,
    tokens_of,
)
from pantau.engine.grouping.web_addresses import article_url_key

DUPLICATE_JACCARD = 0.6  # estimated 3-gram Jaccard of a near-verbatim copy
# A recycled press release or wire text: at least half of the shorter text's 3-grams are in the
# longer one (containment, from the MinHash Jaccard and the two shingle counts).
SHARED_SOURCE_CONTAINMENT = 0.5
WINDOW_DAYS = 120  # a story not heard of for this long is closed
WINDOW_ARTICLES = 200_000  # the same window in stream positions, for articles without dates
RETRIEVAL_TERMS = 8  # the article's most distinctive terms used to look up candidate stories
KNOWN_RETRIEVAL_TERMS = 4  # rare names already in some story, added to the lookup
MAX_CANDIDATES = 3  # stories scored per article, those sharing the most retrieval terms
SCORING_TERMS = 60  # the article's heaviest TF-IDF terms compared with a story's
STORY_TERMS = 100  # terms a story profile keeps
STORY_KEY_TERMS = 60
EVENT_TERMS = 30
EVENT_DAY_TOLERANCE = 1
EVENT_JOIN_SIMILARITY = 0.33  # same day, same story: still another development unless this alike
EVENT_JOIN_SIMILARITY_NEXT_DAY = 0.45  # a day later it is more often the next development
EVENT_JOIN_SIMILARITY_UNDATED = 0.4
DECISION_STAGES = frozenset({"recommended", "sanctioned", "dismissed"})
SOURCE_COMPARISONS = 16  # recent story members compared for shared source text


class StoryOutlets(NamedTuple):
    """How many outlets told a story, and how many of them independently."""

    n_outlets: int
    n_independent: int


class StoryIndex:
    """Assigns each article, in stream order, to a story (looking only backwards)."""

    def __init__(self, store: StoryStore | None = None) -> None:
        self.store: StoryStore = store if store is not None else InMemoryStoryStore()

    @classmethod
    def open(cls, path: str | Path) -> StoryIndex:
        """The index saved at ``path`` (see ``save``), or an empty one when the file does not exist."""
        path = Path(path)
        return cls(load_store(path) if path.exists() else InMemoryStoryStore())

    def save(self, path: str | Path) -> None:
        """Write an in-memory index to ``path`` so a later run continues its stories."""
        if not isinstance(self.store, InMemoryStoryStore):
            raise TypeError("save() is for the in-memory store; other stores persist themselves")
        save_store(self.store, path)

    def add(self, analysis: Analysis) -> Grouping:
        """Group one article; an article that cannot be grouped gets a story of its own and the
        reason in ``explanation["error"]`` (a database store rolls back whatever it had written)."""
        try:
            with self.store.transaction():
                known = self.store.get_article(analysis.id)
                if known is not None:  # the same article again (a re-run): same answer
                    return Grouping(
                        story=known.story,
                        news_event=known.news_event,
                        duplicate_of=known.duplicate_of,
                        explanation={"seen_before": True},
                    )
                return self._add_new(analysis)
        except Exception as exc:  # one bad article must not stop the stream
            return Grouping(
                story="s-" + analysis.id,
                news_event="e-" + analysis.id,
                explanation={"error": f"grouping failed: {exc!r}"},
            )

    def story_outlets(self, story_id: str) -> StoryOutlets:
        """(outlets, independent outlets) of a story: copies and wire text count once."""
        story = self.store.get_story(story_id)
        if story is None:
            return StoryOutlets(0, 0)
        outlets: set[str] = set()
        units: set[str] = set()
        for member_id in story.members:
            record = self.store.get_article(member_id)
            if record is None:
                continue
            outlets.add(record.outlet or f"article:{record.id}")
            source = self.store.get_article(record.source) if not record.source.startswith("wire:") else None
            source_outlet = source.outlet if source is not None else None
            if source is not None and source_outlet is None:
                source_outlet = f"article:{source.id}"
            units.add(independence_unit(record.source, source_outlet))
        return StoryOutlets(len(outlets), len(units))

    # -- one article --

    def _add_new(self, analysis: Analysis) -> Grouping:
        store = self.store
        seq = store.next_sequence()
        outlet = outlet_name(analysis.outlet, analysis.url)
        explanation: dict = {}
        address = article_url_key(analysis.url)
        original = self._same_address(address, explanation)
        if original is not None:  # another rendering of a page we have: its text adds nothing
            return self._add_copy(analysis, original, seq, outlet, None, 0, [], address, explanation)
        body = clean_body(analysis.text)
        # Copies are found on the whole body's words as written (headlines change in syndication).
        words = body.lower().split()
        signature = near_duplicates.signature(words)
        buckets = near_duplicates.band_keys(signature) if signature is not None else []
        original = self._near_copy(signature, buckets, explanation)
        shingles = max(0, len(words) - near_duplicates.SHINGLE + 1)
        if original is not None:
            return self._add_copy(analysis, original, seq, outlet, signature, shingles, buckets, address, explanation)

        outlet_words = {w for label in outlet.split(".") for w in (label, *label.split("-"))} if outlet else set()
        text_signals = read_signals(analysis.title, body, exclude=outlet_words)
        features = self._features(analysis, text_signals, body)
        idf = IdfTable(
            store.document_count(),
            store.document_frequencies(features.terms),
            store.story_count(),
            store.story_frequencies(features.key_terms),
        )
        full_vector, _ = weighted_vector(features.terms, idf)
        # Scoring uses the article's heaviest terms only: the tail adds cost, not evidence.
        ranked_terms = sorted(full_vector, key=full_vector.__getitem__, reverse=True)
        vector = {t: full_vector[t] for t in ranked_terms[:SCORING_TERMS]}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        retrieval_terms = self._retrieval_terms(features, ranked_terms, idf)

        story = self._best_story(features, vector, norm, idf, retrieval_terms, seq, explanation)
        if story is None:
            story = StoryProfile(id="s-" + analysis.id, members=[], key_terms={})
            explanation["story"].update(decision="new", story=story.id)

        event = self._news_event(analysis.id, story, features, vector, norm, idf, explanation)
        source = self._source(analysis, outlet, story, signature, shingles, explanation)
        record = ArticleRecord(
            id=analysis.id,
            seq=seq,
            story=story.id,
            news_event=event.id,
            duplicate_of=None,
            outlet=outlet,
            source=source,
            day=features.day,
            signature=near_duplicates.to_bytes(signature),
            shingles=shingles,
        )
        self._update_story(story, features, vector, idf, record)
        store.put_article(record)
        store.put_story(story)
        store.index_story_terms(story.id, retrieval_terms)
        store.count_document(features.terms)
        self._remember_copies_of(record.id, buckets, address)
        return Grouping(story=story.id, news_event=event.id, duplicate_of=None, explanation=explanation)

    def _features(self, analysis: Analysis, text_signals, body: str) -> ArticleFeatures:
        # Place names are the region signal's evidence; as key terms they would count it twice.
        place_words = {
            word
            for region in [analysis.region, *analysis.regions_mentioned]
            if region is not None
            for name in (region.name, region.province)
            for word in (name or "").lower().split()
        }
        key_runs = tuple(r - place_words for r in text_signals.key_runs) if place_words else text_signals.key_runs
        run_of: dict[str, frozenset[str]] = {}
        for run in key_runs:
            for term in run:
                run_of.setdefault(term, run)
        # The date stage's event date; failing that, the lead's "(17/09/2024)" convention.
        event_day = day_ordinal(analysis.event_date or lead_date(analysis.text or ""))
        pub_day = day_ordinal(analysis.pub_date)
        key_terms = text_signals.key_terms - place_words
        return ArticleFeatures(
            terms=sublinear_tf(text_signals.term_counts),
            key_terms=key_terms,
            key_runs=key_runs,
            run_of=run_of,
            actor_names=frozenset(filter(None, (_person_name(a.name) for a in analysis.actors))),
            region_codes=frozenset({analysis.region.code}) if analysis.region else frozenset(),
            event_kind=analysis.event_kind,
            event_day=event_day,
            day=pub_day if pub_day is not None else event_day,
            accused=accused_keys(analysis.actors),
            violation_type=analysis.violation.type if analysis.event_kind == "violation_case" else None,
            stage=analysis.violation.stage if analysis.event_kind == "violation_case" else None,
            office_holders=office_holder_keys(analysis.title, body),
            accused_roles=accused_roles(analysis.actors),
            title_terms=frozenset(tokens_of(analysis.title, "")) & key_terms if analysis.title else frozenset(),
        )

    def _add_copy(self, analysis, original, seq, outlet, signature, shingles, buckets, address, explanation) -> Grouping:
        """A near-verbatim copy joins its original's story and news event and adds no evidence:
        it does not count as a document for IDF nor change the story's terms (a syndicated text
        told ten times is still one telling), which also makes copies cheap."""
        store = self.store
        story = store.get_story(original.story)
        explanation["story"] = {"decision": "joined", "via": "duplicate", "story": original.story}
        event = next((e for e in story.events if e.id == original.news_event), None)
        if event is None:  # the store lost it: fall back to the story's latest development
            event = story.events[-1]
        event.n_articles += 1
        explanation["news_event"] = {"decision": "joined", "via": "duplicate", "news_event": event.id}
        pub_day = day_ordinal(analysis.pub_date)
        record = ArticleRecord(
            id=analysis.id,
            seq=seq,
            story=story.id,
            news_event=event.id,
            duplicate_of=original.id,
            outlet=outlet,
            source=original.source,
            day=pub_day if pub_day is not None else original.day,
            signature=near_duplicates.to_bytes(signature),
            shingles=shingles,
        )
        if original.source != analysis.id:
            explanation["source"] = original.source
        story.members.append(record.id)
        story.last_seq = seq
        if record.day is not None:
            story.first_day = record.day if story.first_day is None else min(story.first_day, record.day)
            story.last_day = record.day if story.last_day is None else max(story.last_day, record.day)
        store.put_article(record)
        store.put_story(story)
        # Copies get no LSH buckets of their own: a later copy finds the original's.
        self._remember_copies_of(record.id, [], address)
        return Grouping(story=story.id, news_event=event.id, duplicate_of=original.id, explanation=explanation)

    def _remember_copies_of(self, article_id: str, buckets: list[int], address: str | None) -> None:
        if buckets:
            self.store.add_to_buckets(article_id, buckets)
        if address:
            self.store.add_address(address, article_id)

    def _same_address(self, address: str | None, explanation: dict) -> ArticleRecord | None:
        if not address:
            return None
        earlier = self.store.article_at_address(address)
        record = self.store.get_article(earlier) if earlier else None
        if record is None:
            return None
        root = self._root(record)
        explanation["duplicate"] = {"of": root.id, "via": "same article address", "address": address}
        return root

    def _near_copy(self, signature, buckets: list[int], explanation: dict) -> ArticleRecord | None:
        if signature is None:
            return None
        best: tuple[float, ArticleRecord] | None = None
        for candidate_id in self.store.articles_in_buckets(buckets):
            record = self.store.get_article(candidate_id)
            other = near_duplicates.from_bytes(record.signature) if record else None
            if other is None:
                continue
            similarity = near_duplicates.estimated_jaccard(signature, other)
            if similarity >= DUPLICATE_JACCARD and (best is None or similarity > best[0]):
                best = (similarity, record)
        if best is None:
            return None
        root = self._root(best[1])
        explanation["duplicate"] = {"of": root.id, "via": "minhash", "matched": best[1].id, "jaccard": round(best[0], 3)}
        return root

    def _root(self, record: ArticleRecord) -> ArticleRecord:
        """The first copy: duplicate_of always names an original, never a copy of a copy."""
        if record.duplicate_of:
            root = self.store.get_article(record.duplicate_of)
            if root is not None:
                return root
        return record

    @staticmethod
    def _retrieval_terms(features: ArticleFeatures, ranked_terms: list[str], idf: IdfTable) -> list[str]:
        by_weight = ranked_terms[:RETRIEVAL_TERMS]
        # Ties (every unseen name is equally rare) break on the term itself: string hashes, and so
        # set order, change between runs, and the grouping must not.
        by_rarity = sorted(features.key_terms, key=lambda t: (-idf.surprise(t), t))
        keys = by_rarity[: RETRIEVAL_TERMS // 2]
        # The rarest names some story already has are the ones that can find it: an accused named
        # in one earlier article would otherwise lose the lookup to this article's fresh names.
        known = [t for t in by_rarity if idf.story_frequencies.get(t, 0)][:KNOWN_RETRIEVAL_TERMS]
        return list(dict.fromkeys([*by_weight, *keys, *known]))

    def _best_story(self, features, vector, norm, idf, retrieval_terms, seq, explanation) -> StoryProfile | None:
        hits = self.store.stories_with_terms(retrieval_terms)
        # A story sharing one retrieval term is a candidate only when none shares two or more.
        strong = [story_id for story_id, n in hits.items() if n >= 2] or list(hits)
        ranked = sorted(strong, key=hits.__getitem__, reverse=True)[:MAX_CANDIDATES]
        scored = []
        for story_id in ranked:
            story = self.store.get_story(story_id)
            if story is None or not self._in_window(story, features.day, seq):
                continue
            scored.append((fit(features, vector, norm, story, idf), story))
        scored.sort(key=lambda pair: (pair[0].joinable, pair[0].score), reverse=True)
        decision: dict = {"candidates": len(scored), "threshold": JOIN_THRESHOLD}
        explanation["story"] = decision
        if scored:
            best_fit, best_story = scored[0]
            decision["best"] = {"story": best_story.id, "score": best_fit.score, "signals": best_fit.signals}
            if len(scored) > 1:
                decision["runner_up"] = {"story": scored[1][1].id, "score": scored[1][0].score}
            if best_fit.joinable:
                decision.update(decision="joined", story=best_story.id, score=best_fit.score)
                return best_story
        return None

    @staticmethod
    def _in_window(story: StoryProfile, day: int | None, seq: int) -> bool:
        if day is not None and story.last_day is not None:
            return abs(day - story.last_day) <= WINDOW_DAYS
        return seq - story.last_seq <= WINDOW_ARTICLES

    def _news_event(self, article_id, story, features, vector, norm, idf, explanation) -> NewsEvent:
        # A meeting's or a pledge's coverage is one development: its day is the event's date,
        # and every report of that date joins it whatever its angle. Otherwise the day is the
        # publication day and the text must be alike.
        one_day = features.event_kind in ONE_DAY_KINDS and features.event_day is not None
        day = features.event_day if one_day else features.day
        if features.event_kind in ONE_DAY_KINDS and features.event_day is None and len(story.events) == 1:
            # An undated report of a meeting or pledge that joined a story of one dated gathering
            # (a local write-up that says only "kemarin" or gives the next agenda's date) is
            # coverage of that gathering: it joins it and takes its date.
            event = story.events[0]
            if event.day is not None:
                event.n_articles += 1
                _accumulate(event, vector, EVENT_TERMS)
                explanation["news_event"] = {
                    "decision": "joined", "news_event": event.id, "via": "the story's one dated gathering",
                    "event_date": date.fromordinal(event.day).isoformat(),
                }
                return event
        best: tuple[float, NewsEvent] | None = None
        closest: tuple[float, float, NewsEvent] | None = None  # (similarity, needed, event)
        for event in story.events[-20:]:
            both_dated = day is not None and event.day is not None
            if both_dated and abs(day - event.day) > EVENT_DAY_TOLERANCE:
                continue
            similarity = cosine(vector, norm, event.vector, event.norm)
            if not both_dated:
                needed = EVENT_JOIN_SIMILARITY_UNDATED
            elif one_day or (features.stage in DECISION_STAGES and features.stage == event.stage):
                # A recommendation or a sanction is an act of one day: two outlets' reports of it a
                # day apart are one development however differently they tell it. (An examination
                # or a report is a state that lasts; the day's denial shares it.)
                needed = 0.0
            elif day == event.day:
                needed = EVENT_JOIN_SIMILARITY
            else:
                needed = EVENT_JOIN_SIMILARITY_NEXT_DAY
            if similarity >= needed and (best is None or similarity > best[0]):
                best = (similarity, event)
            if closest is None or similarity - needed > closest[0] - closest[1]:
                closest = (similarity, needed, event)
        if best is not None:
            event = best[1]
            explanation["news_event"] = {"decision": "joined", "news_event": event.id, "similarity": round(best[0], 3)}
            event.n_articles += 1
            event.stage = event.stage or features.stage
            _accumulate(event, vector, EVENT_TERMS)
            return event
        event = NewsEvent(id="e-" + article_id, day=day, stage=features.stage)
        _accumulate(event, vector, EVENT_TERMS)
        story.events.append(event)
        explanation["news_event"] = {"decision": "new", "news_event": event.id}
        if closest is not None:
            explanation["news_event"]["closest"] = {
                "news_event": closest[2].id,
                "similarity": round(closest[0], 3),
                "needed": closest[1],
            }
        return event

    def _source(self, analysis, outlet, story, signature, shingles, explanation) -> str:
        if (agency := wire_agency(outlet, analysis.text or "")) is not None:
            source = f"wire:{agency}"
        else:
            source = analysis.id
            if signature is not None:
                # Copies carry their original's source: compare with recent originals only.
                members = [self.store.get_article(m) for m in story.members[-SOURCE_COMPARISONS:]]
                members = [m for m in members if m is not None and m.signature and m.duplicate_of is None]
                jaccards = near_duplicates.estimated_jaccards(signature, [m.signature for m in members])
                for member, jaccard in zip(members, jaccards):
                    if near_duplicates.containment(jaccard, shingles, member.shingles) >= SHARED_SOURCE_CONTAINMENT:
                        source = member.source
                        break
        if source != analysis.id:
            explanation["source"] = source
        return source

    def _update_story(
        self, story: StoryProfile, features: ArticleFeatures, vector: dict[str, float], idf: IdfTable, record: ArticleRecord
    ) -> None:
        store = self.store
        new_story = not story.members
        story.members.append(record.id)
        story.originals += 1
        _accumulate(story, vector, STORY_TERMS)
        gained = [t for t in features.key_terms if t not in story.key_terms]
        for term in features.key_terms:
            story.key_terms[term] = story.key_terms.get(term, 0) + 1
        store.count_story_terms(gained, new_story)
        if len(story.key_terms) > STORY_KEY_TERMS * 2:
            kept = sorted(story.key_terms, key=lambda t: (-story.key_terms[t], -idf.surprise(t), t))
            story.key_terms = {t: story.key_terms[t] for t in kept[:STORY_KEY_TERMS]}
        story.actor_names.update(features.actor_names)
        story.accused.update(features.accused)
        story.office_holders.update(features.office_holders)
        story.accused_roles.update(features.accused_roles)
        if features.violation_type:
            story.violation_types[features.violation_type] = story.violation_types.get(features.violation_type, 0) + 1
        for code in features.region_codes:
            story.region_codes[code] = story.region_codes.get(code, 0) + 1
        if features.event_kind:
            story.event_kinds[features.event_kind] = story.event_kinds.get(features.event_kind, 0) + 1
        if features.event_day is not None:
            story.event_days.add(features.event_day)
        if features.day is not None:
            story.first_day = features.day if story.first_day is None else min(story.first_day, features.day)
            story.last_day = features.day if story.last_day is None else max(story.last_day, features.day)
        story.last_seq = record.seq


def _person_name(name: str | None) -> str | None:
    """The actor's name as a comparable key, or None when it is an office, not a person."""
    if not name:
        return None
    words = name.lower().split()
    if not any(len(w) >= 3 and w not in GENERIC_NAMES and w not in STOPWORDS for w in words):
        return None
    if len(words) == 1 and name.isupper():  # an acronym ("UPTD"), not a person
        return None
    return " ".join(words)


def _accumulate(profile: StoryProfile | NewsEvent, vector: dict[str, float], limit: int) -> None:
    """Add an article's TF-IDF vector to a profile's, keeping the heaviest ``limit`` terms.

    Each member's weights are those of its arrival: document frequencies drift slowly, and
    re-weighing whole profiles per article would cost more than scoring them. The norm is kept
    up to date term by term and recomputed when the profile is pruned.
    """
    into = profile.vector
    squared = profile.norm * profile.norm if into else 0.0
    for term, weight in vector.items():
        old = into.get(term, 0.0)
        new = into[term] = old + weight
        squared += new * new - old * old
    if len(into) > limit + limit // 4:  # prune in batches: sorting on every add would cost more
        kept = sorted(into, key=into.__getitem__, reverse=True)[:limit]
        profile.vector = into = {t: into[t] for t in kept}
        squared = sum(w * w for w in into.values())
    profile.norm = math.sqrt(squared) if squared > 1e-12 else 1.0
