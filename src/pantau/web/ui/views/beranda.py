"""Beranda: the stories in my region that need attention, alleged violations first."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db.models import F
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.cache import patch_vary_headers
from django.utils.safestring import mark_safe

from pantau.web.accounts.region_scope import scope_of
from pantau.web.monitoring.models import Article, Story
from pantau.web.ui.capped_paginator import CappedPaginator
from pantau.web.ui.page_cache import cached_for_scope
from pantau.web.ui.story_cards import story_cards_html
from pantau.web.ui.story_filters import StoryFilterForm

STORIES_PER_PAGE = 25


def _first_evidence(user, stories: list[Story]) -> dict[int, str]:
    """For each alleged case on the page, the first evidence sentence of its earliest reporting
    article: why it is on the list, readable without opening it. One query for the page.

    Through ``restrict`` like every read: a visible story's articles are all visible today, but the
    sentence must not depend on that rule staying as it is."""
    case_ids = [story.pk for story in stories if story.is_case]
    rows = (
        Article.objects.restrict(user)
        .filter(story_id__in=case_ids, is_case=True)
        .exclude(evidence=[])
        .order_by("story_id", F("pub_day").asc(nulls_last=True), "pk")
        .values_list("story_id", "evidence")
    )
    first: dict[int, str] = {}
    for story_id, evidence in rows:
        if story_id not in first and evidence:
            first[story_id] = str(evidence[0])
    return first


def _results_html(request, form: StoryFilterForm, has_no_role: bool) -> str:
    stories = form.apply(Story.objects.restrict(request.user)).needing_attention()
    page = CappedPaginator(stories, STORIES_PER_PAGE).get_page(request.GET.get("page"))
    evidence = _first_evidence(request.user, list(page.object_list))
    for story in page.object_list:
        story.first_evidence = evidence.get(story.pk, "")
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    context = {
        "page": page,
        "cards": story_cards_html(page.object_list),
        "has_no_role": has_no_role,
        "filters_active": form.active_count(),
        "query_without_page": query_without_page.urlencode(),
    }
    # Rendered without the request: the list must hold nothing personal (no CSRF token, no user
    # name), because it is shared through the cache by everyone with the same region scope.
    return render_to_string("ui/_story_results.html", context)


def _body_html(request, form: StoryFilterForm, has_no_role: bool) -> str:
    """The filters and the results: nothing personal in them either (a GET form has no CSRF token)."""
    results = mark_safe(_results_html(request, form, has_no_role))
    return render_to_string("ui/_beranda_body.html", {"form": form, "results": results})


@login_required
def beranda(request):
    scope = scope_of(request.user)
    form = StoryFilterForm(request.GET, scope)
    # htmx asks for the result list only; a plain request (no JavaScript) gets the whole page.
    # Both are shared by everyone with the same region scope until the next load (the morning's
    # list); only the frame around them (user name, CSRF tokens) is rendered per request.
    if request.headers.get("HX-Request"):
        results = cached_for_scope(request, "beranda-results", lambda: _results_html(request, form, scope.nothing))
        response = HttpResponse(results)
    else:
        body = cached_for_scope(request, "beranda-body", lambda: _body_html(request, form, scope.nothing))
        response = render(request, "ui/beranda.html", {"body": mark_safe(body)})
    patch_vary_headers(response, ["HX-Request"])
    return response
