"""What a story says, summarised from its articles (pure functions, no database)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pantau.engine.analysis import CASE_STAGES

# Later stages win when articles disagree; "dismissed" and "sanctioned" both end a case.
_STAGE_RANK = {stage: rank for rank, stage in enumerate(CASE_STAGES)}
MAX_STORY_ACTORS = 12


@dataclass
class ArticleFacts:
    """The columns of one stored article that the story summary reads."""

    key: str
    title: str
    source_id: int | None
    pub_day: dt.date | None
    is_case: bool
    about_asn_neutrality: bool
    event_kind: str | None
    violation_type: str | None
    stage: str | None
    region_code: str
    region_name: str
    region_level: str
    region_province: str
    duplicate_of: str
    actors: list[dict[str, Any]] = field(default_factory=list)
    grouping: dict[str, Any] = field(default_factory=dict)  # the engine's explanation; "source" used here

    @property
    def text_source(self) -> str:
        """Whose text this is (the engine's independence group): "wire:<agency>", the id of the
        article first published, or this article's own id."""
        source = self.grouping.get("source") if isinstance(self.grouping, dict) else None
        return source if isinstance(source, str) and source else (self.duplicate_of or self.key)


@dataclass
class StorySummary:
    title: str
    region_code: str
    region_name: str
    region_level: str
    event_kind: str | None
    is_case: bool
    about_asn_neutrality: bool
    violation_type: str | None
    stage: str | None
    first_date: dt.date | None
    last_date: dt.date | None
    n_articles: int
    n_outlets: int
    n_independent_outlets: int
    actors: list[dict[str, Any]]
    search_text: str


MAX_SEARCH_TEXT = 4000


def summarise_story(
    articles: list[ArticleFacts], source_of_key: dict[str, int | None], outlet_names: dict[int, str] | None = None
) -> StorySummary:
    """``source_of_key`` maps article keys (this story's and any an article copies) to their source."""
    ordered = sorted(articles, key=lambda a: (a.pub_day or dt.date.max, a.key))
    originals = [a for a in ordered if not a.duplicate_of] or ordered
    cases = [a for a in originals if a.is_case]
    # Ties go to "case": a supervisor would rather look at one story too many than miss one.
    is_case = len(cases) * 2 >= len(originals) and bool(cases)
    region_code, region_name, region_level = _primary_region(originals, is_case)
    days = [a.pub_day for a in ordered if a.pub_day]
    return StorySummary(
        title=next((a.title for a in originals if a.title), ""),
        region_code=region_code,
        region_name=region_name,
        region_level=region_level,
        event_kind="violation_case" if is_case else _most_common(a.event_kind for a in originals),
        is_case=is_case,
        about_asn_neutrality=any(a.about_asn_neutrality for a in ordered),
        violation_type=_violation_type(cases) if is_case else None,
        stage=_latest_stage(ordered) if is_case else None,
        first_date=min(days) if days else None,
        last_date=max(days) if days else None,
        n_articles=len(ordered),
        n_outlets=len({a.source_id for a in ordered if a.source_id is not None}),
        n_independent_outlets=len(_independent_sources(ordered, source_of_key)),
        actors=_accused_actors(ordered),
        search_text=_search_text(ordered, region_name, outlet_names or {}),
    )


def _search_text(ordered: list[ArticleFacts], region_name: str, outlet_names: dict[int, str]) -> str:
    parts = [region_name]
    parts += [a.title for a in ordered]
    parts += [a.region_name for a in ordered]
    parts += [outlet_names.get(a.source_id, "") for a in ordered if a.source_id is not None]
    parts += [" ".join(filter(None, (x.get("role"), x.get("name")))) for a in ordered for x in a.actors or []
              if isinstance(x, dict)]
    return " ".join(dict.fromkeys(p for p in parts if p)).lower()[:MAX_SEARCH_TEXT]


def _most_common(values) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def _violation_type(cases: list[ArticleFacts]) -> str | None:
    specific = _most_common(a.violation_type for a in cases if a.violation_type != "unspecified")
    return specific or _most_common(a.violation_type for a in cases)


def _latest_stage(ordered: list[ArticleFacts]) -> str | None:
    """The stage the latest article reports; on the same day, the furthest one."""
    staged = [a for a in ordered if a.stage in _STAGE_RANK]
    if not staged:
        return None
    best = max(staged, key=lambda a: (a.pub_day or dt.date.min, _STAGE_RANK[a.stage]))
    return best.stage


def _primary_region(originals: list[ArticleFacts], is_case: bool) -> tuple[str, str, str]:
    """The region most articles name. National articles vote for "national" unless the story is a
    case: an incident always happened somewhere, so an article naming no region just did not say."""
    names = {a.region_code: (a.region_name, a.region_level) for a in originals if a.region_code}
    votes = Counter(a.region_code for a in originals if a.region_code or not is_case)
    if not votes:
        return "", "", ""
    ranked = votes.most_common()
    top_count = ranked[0][1]
    leaders = [code for code, n in ranked if n == top_count]
    if len(leaders) == 1:
        code = leaders[0]
    else:
        # Several regions tie: with one province in common, the story is that province's; else national.
        provinces = {c.split(".")[0] for c in leaders if c}
        if "" not in leaders and len(provinces) == 1:
            code = provinces.pop()
            province_name = next((a.region_province for a in originals if a.region_code in leaders), "")
            return code, province_name, "province"
        code = ""
    if not code:
        return "", "", ""
    name, level = names[code]
    return code, name, level


def _independent_sources(ordered: list[ArticleFacts], source_of_key: dict[str, int | None]) -> set[str]:
    """What counts once (as the engine counts it): a wire agency, else the outlet that first published
    the text. Copies, recycled press releases and wire stories therefore add no independent outlet."""
    units = set()
    for a in ordered:
        source = a.text_source
        if source.startswith("wire:"):
            units.add(source)
            continue
        if source == a.key and a.source_id is None:
            continue  # an article of unknown outlet is not an outlet at all (n_outlets skips it too)
        outlet = source_of_key.get(source, a.source_id if source == a.key else None)
        units.add(f"outlet:{outlet}" if outlet is not None else f"article:{source}")
    return units


def _accused_actors(ordered: list[ArticleFacts]) -> list[dict[str, Any]]:
    seen: dict[tuple, dict[str, Any]] = {}
    for a in ordered:
        for actor in a.actors or []:
            if not isinstance(actor, dict) or not actor.get("accused"):
                continue
            key = ((actor.get("name") or "").lower(), (actor.get("role") or "").lower())
            seen.setdefault(key, actor)
    return list(seen.values())[:MAX_STORY_ACTORS]
