"""The beranda's filters: a form that reads the query string and narrows a story queryset.

The queryset it narrows has already been through ``restrict(user)``; the region choices offered are
only those the user may see, so a filter can narrow what is visible but never widen it.
"""

from __future__ import annotations

from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from pantau.web.accounts.region_scope import RegionScope
from pantau.web.monitoring.finding_filters import FindingFilters, filter_stories
from pantau.web.monitoring.models import Article, Region
from pantau.web.ui.plain_select import OptionListSelect, PlainSelect
from pantau.web.ui.vocabulary_labels import EVENT_KIND_LABELS, STAGE_LABELS, VIOLATION_TYPE_LABELS

MAX_SEARCH_WORDS = 8  # every word must match somewhere; more words add little and cost a scan each


def _with_blank(labels: dict, blank_label) -> list[tuple[str, str]]:
    return [("", blank_label)] + list(labels.items())


_REGION_CHOICES: dict[tuple[bool, tuple[str, ...], str], list[tuple[str, object]]] = {}


def region_choices(scope: RegionScope) -> list[tuple[str, object]]:
    """Provinces and their kabupaten/kota the scope covers, grouped by province for the select.

    Built once per scope and language and then reused as the same object (the select widget caches
    its markup per options object): the region table is reference data that only changes at migrate
    time, and building 552 options on every beranda request was most of its cost for RI users.
    """
    key = (scope.everything, tuple(sorted(scope.codes)), get_language())
    cached = _REGION_CHOICES.get(key)
    if cached is not None:
        return cached
    choices: list[tuple[str, object]] = [("", str(_("All my regions")))]
    if scope.everything:
        # National stories have no region; only RI sees them (ARCHITECTURE.md), so only RI may pick them.
        choices.append(("national", str(_("National (no region)"))))
    regions = Region.objects.order_by("province_code", "code").values_list("code", "name", "level", "province_name")
    if scope.nothing:
        regions = regions.none()
    elif not scope.everything:
        regions = regions.filter(scope.q("code"))
    groups: list[tuple[str, list]] = []
    for code, name, level, province_name in regions:
        if not groups or groups[-1][0] != province_name:
            groups.append((province_name, []))
        label = name if level == "regency" else _("%(province)s (whole province)") % {"province": name}
        groups[-1][1].append((code, str(label)))
    choices += groups
    # An empty region table (before migrate) must not stick; the bound keeps odd role mixes finite.
    if (groups or scope.nothing) and len(_REGION_CHOICES) < 1024:
        _REGION_CHOICES[key] = choices
    return choices


class StoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    region = forms.CharField(label=_("Region"), required=False, widget=OptionListSelect)
    violation_type = forms.ChoiceField(
        label=_("Violation type"),
        required=False,
        choices=_with_blank(VIOLATION_TYPE_LABELS, _("All types")),
        widget=PlainSelect,
    )
    stage = forms.ChoiceField(
        label=_("Stage"), required=False, choices=_with_blank(STAGE_LABELS, _("All stages")), widget=PlainSelect
    )
    event_kind = forms.ChoiceField(
        label=_("Event kind"), required=False, choices=_with_blank(EVENT_KIND_LABELS, _("All kinds")), widget=PlainSelect
    )
    date_from = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    cases_only = forms.BooleanField(label=_("Alleged violations only"), required=False)
    include_unrelated = forms.BooleanField(label=_("Include other election news"), required=False)
    in_text = forms.BooleanField(label=_("Also search the article text (slower)"), required=False)

    def __init__(self, data, scope: RegionScope):
        super().__init__(data)
        self.scope = scope
        self.fields["region"].widget.options = region_choices(scope)

    def clean_region(self) -> str:
        """A region the user may see, or "national" for RI; anything else is dropped, never widened."""
        code = (self.cleaned_data.get("region") or "").strip()
        if code == "national":
            return code if self.scope.everything else ""
        return code if code and self.scope.covers(code) else ""

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
