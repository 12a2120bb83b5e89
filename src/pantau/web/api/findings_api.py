"""Read endpoints: stories, articles, statistics. Every query starts from ``restrict(user)``."""

from __future__ import annotations

from django.http import Http404
from ninja import Router

from pantau.web.api.paging import page_and_size
from pantau.web.api.schemas import ArticlePage, ArticleWithTextOut, StatisticsOut, StoryDetailOut, StoryPage
from pantau.web.api.token_auth import API_AUTH, api_user
from pantau.web.monitoring.finding_filters import FindingFilters, filter_articles, filter_stories
from pantau.web.monitoring.finding_shapes import (
    ARTICLE_CONTRACT_COLUMNS,
    STORY_COLUMNS,
    article_contract,
    story_dict,
)
from pantau.web.monitoring.finding_statistics import story_statistics
from pantau.web.monitoring.findings_cache import cached_for_scope
from pantau.web.monitoring.grouping_references import visible_groupings
from pantau.web.monitoring.models import Article, Story
from pantau.web.monitoring.region_table import province_names

router = Router(auth=API_AUTH, tags=["findings"])
FILTER_HELP = (
    "Filters (query string): region (\"71\", \"71.74\" or \"national\"), type, stage, event_kind, "
    "cases_only, about_only, date_from, date_to (YYYY-MM-DD), q (words in the title); page, page_size (≤ 200)."
)


@router.get("/stories", response=StoryPage, summary="Stories I may see, cases and newest first", description=FILTER_HELP)
@cached_for_scope(api_user, StoryPage, "api")
def list_stories(request):
    stories = filter_stories(Story.objects.restrict(api_user(request)), FindingFilters.from_params(request.GET))
    page, size = page_and_size(request.GET)
    rows = stories.needing_attention().values(*STORY_COLUMNS)[(page - 1) * size : page * size]
    names = province_names()
    return {"count": stories.count(), "page": page, "page_size": size, "items": [story_dict(r, names) for r in rows]}


@router.get("/stories/{path:key}", response=StoryDetailOut, summary="One story and its articles")
def get_story(request, key: str):
    row = Story.objects.restrict(api_user(request)).filter(key=key).values(*STORY_COLUMNS).first()
    if row is None:
        raise Http404  # not there, or not yours: the same answer
    articles = (
        Article.objects.restrict(api_user(request))
        .filter(story__key=key)
        .order_by("pub_day", "key")
        .values("key", "title", "url", "source__name", "pub_date", "is_case", "duplicate_of")
    )
    story = story_dict(row, province_names())
    story["articles"] = [
        {"id": a["key"], "title": a["title"], "url": a["url"], "outlet": a["source__name"],
         "pub_date": a["pub_date"] or None, "is_case": a["is_case"], "duplicate_of": a["duplicate_of"] or None}
        for a in articles
    ]
    return story


@router.get("/articles", response=ArticlePage, summary="Articles I may see, newest first",
            description=FILTER_HELP + " story (a story key).")
@cached_for_scope(api_user, ArticlePage, "api")
def list_articles(request):
    articles = filter_articles(Article.objects.restrict(api_user(request)), FindingFilters.from_params(request.GET))
    if request.GET.get("story"):
        articles = articles.filter(story__key=request.GET["story"])
    page, size = page_and_size(request.GET)
    rows = articles.order_by("-pub_day", "-id").values(*ARTICLE_CONTRACT_COLUMNS)[(page - 1) * size : page * size]
    return {"count": articles.count(), "page": page, "page_size": size, "items": [article_contract(r) for r in rows]}


@router.get("/articles/{path:key}", response=ArticleWithTextOut, summary="One article: its analysis and text")
def get_article(request, key: str):
    row = (
        Article.objects.restrict(api_user(request))
        .filter(key=key)
        .values(*ARTICLE_CONTRACT_COLUMNS, "text", "grouping")
        .first()
    )
    if row is None:
        raise Http404
    # The explanation names other stories and articles; those the caller may not see are hidden.
    grouping = visible_groupings(api_user(request), [row["grouping"]])[0]
    return {**article_contract(row), "text": row["text"], "grouping": grouping}


@router.get("/statistics", response=StatisticsOut, summary="Counts by type, stage, province and month",
            description=FILTER_HELP)
@cached_for_scope(api_user, StatisticsOut, "api")
def statistics(request):
    stories = filter_stories(Story.objects.restrict(api_user(request)), FindingFilters.from_params(request.GET))
    return story_statistics(stories)
