"""Story: every article of one story across outlets, what was extracted, and why they were grouped."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.db.models import F
from django.shortcuts import get_object_or_404, render

from pantau.web.monitoring.grouping_references import visible_groupings
from pantau.web.monitoring.models import Article, Story
from pantau.web.ui.evidence_highlight import HighlightedText, highlight_evidence
from pantau.web.ui.grouping_explanation import Reason, explain_grouping

MAX_REGIONS_LISTED = 12


@dataclass
class TimelineEntry:
    article: Article
    highlighted: HighlightedText
    reasons: list[Reason]
    # the stored articles the reasons name, by contract id, so the page can link to them
    referenced: dict[str, Article]
    open_text: bool = False  # show the full text unfolded (the story's first original article)


@dataclass
class Development:
    """The articles of one news event (the same day's development) within the story."""

    entries: list[TimelineEntry]

    @property
    def is_case(self) -> bool:
        return any(entry.article.is_case for entry in self.entries)


def _developments(timeline: list[TimelineEntry]) -> list[Development]:
    """Timeline entries grouped by the engine's news event, each group where its first article falls:
    five outlets covering one meeting read as one development, not five near-identical entries."""
    groups: dict[str, Development] = {}
    for entry in timeline:
        key = entry.article.news_event or "article:" + entry.article.key
        groups.setdefault(key, Development([])).entries.append(entry)
    return list(groups.values())


def _regions_mentioned(articles: list[Article]) -> list[str]:
    """Every region named across the story's articles, in order of first mention, without repeats."""
    seen: dict[str, str] = {}
    for article in articles:
        for region in article.regions_mentioned or []:
            if isinstance(region, dict) and region.get("code") and region["code"] not in seen:
                seen[region["code"]] = region.get("name") or region["code"]
    return list(seen.values())[:MAX_REGIONS_LISTED]


def _most_reported_event_date(articles: list[Article]) -> str | None:
    """The event date most articles agree on (outlets sometimes misdate a follow-up)."""
    dates = Counter(a.event_date for a in articles if a.event_date)
    return dates.most_common(1)[0][0] if dates else None


@login_required
def story_detail(request, key: str):
    # Out-of-region and unknown stories both give 404: the page never confirms that a story exists.
    story = get_object_or_404(Story.objects.restrict(request.user), key=key)
    articles = list(
        Article.objects.restrict(request.user)
        .filter(story=story)
        .select_related("source")
        .order_by(F("pub_day").asc(nulls_last=True), "loaded_at", "pk")
    )
    by_key = {a.key: a for a in articles}
    # The explanations name other stories and articles; those outside the user's regions are hidden.
    for article, grouping in zip(articles, visible_groupings(request.user, [a.grouping for a in articles])):
        article.grouping = grouping
    timeline = []
    for article in articles:
        reasons = explain_grouping(article.grouping)
        referenced = {r.article_key: by_key[r.article_key] for r in reasons if r.article_key in by_key}
        timeline.append(TimelineEntry(article, highlight_evidence(article.text, article.evidence or []), reasons, referenced))
    first_original = next((entry for entry in timeline if not entry.article.duplicate_of), None)
    if first_original is not None:
        first_original.open_text = True
    context = {
        "story": story,
        "timeline": timeline,
        "developments": _developments(timeline),
        "regions_mentioned": _regions_mentioned(articles),
        "event_date": _most_reported_event_date(articles),
        "outlets": sorted({a.source.name for a in articles if a.source}),
    }
    return render(request, "ui/story.html", context)
