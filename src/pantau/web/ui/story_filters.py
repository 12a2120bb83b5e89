"""The beranda's filters: a form that reads the query string and narrows a story queryset.

The queryset it narrows has already been through ``restrict(user)``; the region choices offered are
only those the user may see, so a filter can narrow what is visible but never widen it.
"""

from __future__ import annotations

from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from pantau.web.accounts.region_scope import RegionScope
from pantau.web.monitoring.finding_filters import FindingFilters, filter_stories
from pantau.web.monitoring.models import Article, Region
from pantau.web.ui.vocabulary_labels import EVENT_KIND_LABELS, STAGE_LABELS, VIOLATION_TYPE_LABELS

MAX_SEARCH_WORDS = 8  # every word must match somewhere; more words add little and cost a scan each


def _with_blank(labels: dict, blank_label) -> list[tuple[str, str]]:
    return [("", blank_label)] + list(labels.items())


def region_choices(scope: RegionScope) -> list[tuple[str, object]]:
    """Provinces and their kabupaten/kota the scope covers, grouped by province for the select."""
    regions = Region.objects.all()
    if not scope.everything:
        regions = regions.filter(scope.q("code")) if not scope.nothing else regions.none()
    choices: list[tuple[str, object]] = [("", _("All my regions"))]
    if scope.everything:
        # National stories have no region; only RI sees them (ARCHITECTURE.md), so only RI may pick them.
        choices.append(("national", _("National (no region)")))
    group: list[tuple[str, str]] = []
    group_name = ""
    for region in regions.order_by("province_code", "code"):
        if region.level == "province" or region.province_name != group_name:
            if group:
                choices.append((group_name, group))
            group_name = region.province_name
            group = []
        label = region.name if region.level == "regency" else _("%(province)s (whole province)") % {
            "province": region.name
        }
        group.append((region.code, label))
    if group:
        choices.append((group_name, group))
    return choices


class StoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    region = forms.ChoiceField(label=_("Region"), required=False)
    violation_type = forms.ChoiceField(
        label=_("Violation type"), required=False, choices=_with_blank(VIOLATION_TYPE_LABELS, _("All types"))
    )
    stage = forms.ChoiceField(label=_("Stage"), required=False, choices=_with_blank(STAGE_LABELS, _("All stages")))
    event_kind = forms.ChoiceField(
        label=_("Event kind"), required=False, choices=_with_blank(EVENT_KIND_LABELS, _("All kinds"))
    )
    date_from = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    cases_only = forms.BooleanField(label=_("Alleged violations only"), required=False)
    include_unrelated = forms.BooleanField(label=_("Include other election news"), required=False)
    in_text = forms.BooleanField(label=_("Also search the article text (slower)"), required=False)

    def __init__(self, data, scope: RegionScope):
        super().__init__(data)
        self.fields["region"].choices = region_choices(scope)

    def apply(self, stories: QuerySet) -> QuerySet:
        """Narrow ``stories`` by every valid filter; an invalid field is ignored, not fatal.

        The shared FindingFilters (also behind the API and exports) do the narrowing, so the page and
        an export of "what I see" agree. Their search reads each story's indexed search text (titles,
        regions, outlets, actors); asked to, the page also reads the articles' full text, which
        means scanning it.
        """
        self.is_valid()
        values = getattr(self, "cleaned_data", {})
        query = (values.get("q") or "").strip()
        in_text = bool(values.get("in_text")) and bool(query)
        shared = FindingFilters(
            region=values.get("region") or "",
            violation_type=values.get("violation_type") or "",
            stage=values.get("stage") or "",
            event_kind=values.get("event_kind") or "",
            cases_only=bool(values.get("cases_only")),
            about_only=not values.get("include_unrelated"),
            date_from=values.get("date_from"),
            date_to=values.get("date_to"),
            q="" if in_text else query,
        )
        stories = filter_stories(stories, shared)
        if in_text:
            for word in query.lower().split()[:MAX_SEARCH_WORDS]:
                in_articles = Article.objects.filter(story=OuterRef("pk"), text__icontains=word)
                stories = stories.filter(Q(search_text__contains=word) | Exists(in_articles))
        return stories

    def active_count(self) -> int:
        """How many filters narrow the list (shown next to the reset link)."""
        values = getattr(self, "cleaned_data", {})
        return sum(1 for name, value in values.items() if value and name not in {"include_unrelated", "in_text"})
