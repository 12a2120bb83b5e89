"""Map: 38 province tiles shaded by the alleged cases the user may see; kabupaten/kota lists."""

from __future__ import annotations

import re

from django.urls import reverse


def tile_count(html: str, code: str) -> int | None:
    """The count on a province's tile; None for a tile outside the user's regions (drawn with a dash)."""
    match = re.search(rf'data-code="{code}">.*?tile-count"[^>]*>(\d+|–)</text>', html)
    assert match, code
    return None if match.group(1) == "–" else int(match.group(1))


def test_map_has_38_linked_tiles(client, ui_stories, ri_user):
    client.force_login(ri_user)
    html = client.get(reverse("ui:map")).content.decode()
    assert html.count('class="tile"') == 38
    assert f'href="{reverse("ui:map_province", args=["71"])}"' in html


def test_tiles_count_only_visible_cases(client, ui_stories, ri_user, regency_user, other_region_user):
    client.force_login(ri_user)
    html = client.get(reverse("ui:map")).content.decode()
    assert tile_count(html, "71") == 3 and tile_count(html, "73") == 1 and tile_count(html, "11") == 0
    client.force_login(regency_user)
    html = client.get(reverse("ui:map")).content.decode()
    assert tile_count(html, "71") == 1 and tile_count(html, "73") is None
    assert 'class="tile out" data-code="73"' in html and "di luar wilayah Anda" in html
    client.force_login(other_region_user)
    html = client.get(reverse("ui:map")).content.decode()
    assert tile_count(html, "71") is None and tile_count(html, "73") == 1


def test_busiest_province_gets_the_darkest_shade(client, ui_stories, ri_user):
    client.force_login(ri_user)
    html = client.get(reverse("ui:map")).content.decode()
    fills = dict(re.findall(r'data-code="(\d+)">.*?fill="(#[0-9a-f]{6})"', html))
    assert fills["71"] == "#9c3208"
    assert fills["11"] == "#eceff3"
    assert fills["73"] not in {fills["71"], fills["11"]}


def test_province_page_lists_its_kabupaten_kota_with_counts(client, ui_stories, province_user):
    client.force_login(province_user)
    response = client.get(reverse("ui:map_province", args=["71"]))
    rows = {row["region"].code: row["count"] for row in response.context["rows"]}
    assert len(rows) == 15  # Sulawesi Utara's kabupaten and kota
    assert rows["71.74"] == 1 and rows["71.71"] == 1 and rows["71.01"] == 0
    assert response.context["province_level_count"] == 1
    html = response.content.decode()
    assert "Kota Kotamobagu" in html
    assert "region=71.74&amp;cases_only=on" in html


def test_unknown_province_is_404(client, ri_user):
    client.force_login(ri_user)
    assert client.get(reverse("ui:map_province", args=["99"])).status_code == 404


def test_province_list_names_only_the_users_provinces(client, ui_stories, other_region_user):
    client.force_login(other_region_user)
    context = client.get(reverse("ui:map")).context
    assert [row["code"] for row in context["provinces_with_cases"]] == ["73"]
    assert context["provinces_without_cases"] == []
