"""The one visibility choke point: ``restrict(user)`` on every queryset of stored findings.

Rules (see ARCHITECTURE.md): RI sees everything; a province role sees rows whose region code is the
province or starts with it and a dot; a kabupaten/kota role sees its own code; anonymous users and
users without a role see nothing. National rows (region code "") are visible to RI only, because a
national story has no region a local office is responsible for.
"""

from __future__ import annotations

from django.db import models

from pantau.web.accounts.region_scope import scope_of


class RegionRestrictedQuerySet(models.QuerySet):
    """A queryset whose ``restrict(user)`` keeps only what the user's region roles cover.

    ``region_fields`` names the region-code columns; a row is visible when any of them is covered."""

    region_fields: tuple[str, ...] = ("region_code",)

    def restrict(self, user):
        scope = scope_of(user)
        if scope.everything:
            return self
        if scope.nothing:
            return self.none()
        condition = None
        for field in self.region_fields:
            q = scope.q(field)
            condition = q if condition is None else condition | q
        return self.filter(condition)


class StoryQuerySet(RegionRestrictedQuerySet):
    region_fields = ("region_code",)

    def cases(self):
        return self.filter(is_case=True)

    def needing_attention(self):
        """Alleged violations first, then the most recently updated."""
        return self.order_by("-is_case", models.F("last_date").desc(nulls_last=True), "-id")


class ArticleQuerySet(RegionRestrictedQuerySet):
    # An article is visible when its own region is, or when the story it belongs to is: a local
    # office sees the whole coverage of its story, including outlets that named no region.
    region_fields = ("region_code", "story__region_code")
