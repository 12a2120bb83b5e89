"""The API's response shapes. Articles come out in the shape of CONTRACT.md."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ninja import Schema


class RegionOut(Schema):
    level: str
    code: str
    name: str
    province: str


class StoryOut(Schema):
    key: str
    title: str
    region: RegionOut | None
    event_kind: str | None
    is_case: bool
    violation_type: str | None
    stage: str | None
    first_date: dt.date | None
    last_date: dt.date | None
    n_articles: int
    n_outlets: int
    n_independent_outlets: int
    actors: list[dict[str, Any]]
    updated_at: dt.datetime


class ArticleBriefOut(Schema):
    id: str
    title: str
    url: str
    outlet: str | None
    pub_date: str | None
    is_case: bool
    duplicate_of: str | None


class StoryDetailOut(StoryOut):
    articles: list[ArticleBriefOut]


class ViolationOut(Schema):
    is_case: bool
    type: str | None
    stage: str | None
    confidence: float
    evidence: list[str]


class ArticleOut(Schema):
    id: str
    url: str | None
    title: str | None
    outlet: str | None
    pub_date: str | None
    language: str
    about_asn_neutrality: bool
    event_kind: str | None
    violation: ViolationOut
    actors: list[dict[str, Any]]
    region: RegionOut | None
    regions_mentioned: list[dict[str, Any]]
    event_date: str | None
    story: str | None
    news_event: str | None
    duplicate_of: str | None
    warnings: list[Any]


class ArticleWithTextOut(ArticleOut):
    text: str
    grouping: dict[str, Any]


class Page(Schema):
    count: int
    page: int
    page_size: int


class StoryPage(Page):
    items: list[StoryOut]


class ArticlePage(Page):
    items: list[ArticleOut]


class StatisticsOut(Schema):
    stories: int
    cases: int
    regions_with_cases: int
    by_type: dict[str, int]
    by_stage: dict[str, int]
    by_event_kind: dict[str, int]
    by_province: list[dict[str, Any]]
    by_month: list[dict[str, Any]]
    baselines: dict[str, dict[str, int]]
