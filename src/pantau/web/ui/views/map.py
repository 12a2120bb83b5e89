"""Map: the 38 provinces as tiles shaded by alleged cases, drilling down to kabupaten/kota."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from pantau.web.accounts.region_scope import scope_of
from pantau.web.monitoring.models import Region, Story
from pantau.web.ui.page_cache import cached_for_scope
from pantau.web.ui.province_tiles import PROVINCE_TILES, TILE_BY_CODE
from pantau.web.ui.tile_map_svg import legend_steps, render_tile_map


def _case_counts(user, field: str, **filters) -> dict[str, int]:
    """Alleged cases the user may see, counted by ``field`` (a region-code column)."""
    rows = (
        Story.objects.restrict(user)
        .filter(is_case=True, **filters)
        .exclude(**{field: ""})
        .values(field)
        .annotate(n=Count("id"))
    )
    return {row[field]: row["n"] for row in rows}


def _beranda_link(region_code: str) -> str:
    return reverse("ui:beranda") + "?" + urlencode({"region": region_code, "cases_only": "on"})


def _covers_part_of(scope, province_code: str) -> bool:
    """Whether any of the user's regions lies in the province (a kabupaten role covers part of it)."""
    return scope.everything or any(code == province_code or code.startswith(province_code + ".") for code in scope.codes)


@login_required
def province_map(request):
    counts = cached_for_scope(request, "map-counts", lambda: _case_counts(request.user, "province_code"))
    scope = scope_of(request.user)

    def describe(code: str, count: int) -> str:
        name = TILE_BY_CODE[code].name
        if not _covers_part_of(scope, code):
            return _("%(name)s: outside your regions") % {"name": name}
        return ngettext("%(name)s: %(count)d alleged case", "%(name)s: %(count)d alleged cases", count) % {
            "name": name,
            "count": count,
        }

    svg = render_tile_map(
        counts,
        href_for=lambda code: reverse("ui:map_province", args=[code]),
        describe=describe,
        aria_label=_("Map of Indonesia's 38 provinces shaded by alleged ASN-neutrality cases"),
        in_scope=lambda code: _covers_part_of(scope, code),
    )
    rows = sorted(
        ({"code": t.code, "name": t.name, "count": counts.get(t.code, 0)} for t in PROVINCE_TILES),
        key=lambda row: (-row["count"], row["name"]),
    )
    # The table lists provinces with cases; the others, a line of links, so the table stays short.
    context = {
        # The SVG is built from our own tile table and escaped numbers/labels only.
        "map_svg": mark_safe(svg),
        "legend": legend_steps(max(counts.values(), default=0)),
        "partial_scope": not scope.everything,
        "provinces_with_cases": [row for row in rows if row["count"]],
        "provinces_without_cases": [
            row for row in rows if not row["count"] and _covers_part_of(scope, row["code"])
        ],
        "total": sum(counts.values()),
    }
    return render(request, "ui/map.html", context)


@login_required
def province_detail(request, code: str):
    if code not in TILE_BY_CODE:
        raise Http404("unknown province")
    regencies = list(Region.objects.filter(province_code=code, level="regency").order_by("name"))
    counts = cached_for_scope(
        request, "province-counts", lambda: _case_counts(request.user, "region_code", province_code=code)
    )
    rows = [
        {"region": region, "count": counts.get(region.code, 0), "href": _beranda_link(region.code)}
        for region in regencies
    ]
    rows.sort(key=lambda row: (-row["count"], row["region"].name))
    context = {
        "province": TILE_BY_CODE[code],
        "rows": rows,
        "province_level_count": counts.get(code, 0),
        "province_href": _beranda_link(code),
        "total": sum(counts.values()),
    }
    return render(request, "ui/map_province.html", context)
