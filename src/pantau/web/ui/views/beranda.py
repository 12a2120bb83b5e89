"""Beranda: the stories in my region that need attention, alleged violations first."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.cache import patch_vary_headers

from pantau.web.accounts.region_scope import scope_of
from pantau.web.monitoring.models import Story
from pantau.web.ui.capped_paginator import CappedPaginator
from pantau.web.ui.story_filters import StoryFilterForm

STORIES_PER_PAGE = 25


@login_required
def beranda(request):
    scope = scope_of(request.user)
    form = StoryFilterForm(request.GET, scope)
    stories = form.apply(Story.objects.restrict(request.user)).needing_attention()
    page = CappedPaginator(stories, STORIES_PER_PAGE).get_page(request.GET.get("page"))
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "has_no_role": scope.nothing,
        "filters_active": form.active_count(),
        "query_without_page": query_without_page.urlencode(),
    }
    # htmx asks for the result list only; a plain request (no JavaScript) gets the whole page.
    template = "ui/_story_results.html" if request.headers.get("HX-Request") else "ui/beranda.html"
    response = render(request, template, context)
    patch_vary_headers(response, ["HX-Request"])
    return response
