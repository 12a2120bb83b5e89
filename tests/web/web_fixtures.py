"""Users in every position relative to the region "71.74" (Kota Kotamobagu, Sulawesi Utara), and
stories placed so that each user sees a different subset."""

from __future__ import annotations

import datetime as dt

import pytest

from pantau.web.accounts.actions import do_create_user, do_grant_region_role
from pantau.web.monitoring.models import Article, Source, Story

PASSWORD = "kata-sandi-uji-123"

# user fixture name -> region codes granted (None: no role at all)
ROLE_CODES = {
    "ri_user": [""],
    "province_user": ["71"],
    "regency_user": ["71.74"],
    "other_region_user": ["73"],
    "no_role_user": [],
}


def make_user(username: str, codes: list[str]):
    user = do_create_user(username, PASSWORD)
    for code in codes:
        do_grant_region_role(user, code)
    return user


@pytest.fixture
def ri_user(db):
    return make_user("ri", ROLE_CODES["ri_user"])


@pytest.fixture
def province_user(db):
    return make_user("sulut", ROLE_CODES["province_user"])


@pytest.fixture
def regency_user(db):
    return make_user("kotamobagu", ROLE_CODES["regency_user"])


@pytest.fixture
def other_region_user(db):
    return make_user("sulsel", ROLE_CODES["other_region_user"])


@pytest.fixture
def no_role_user(db):
    return make_user("tanpaperan", ROLE_CODES["no_role_user"])


def make_story(key: str, region_code: str, region_name: str, *, is_case: bool = True, day: int = 1) -> Story:
    """A story with one article in ``region_code`` ("" = national)."""
    source, _ = Source.objects.get_or_create(name=f"media-{key}.example")
    story = Story.objects.create(
        key=key,
        title=f"Judul {key}",
        region_code=region_code,
        region_name=region_name,
        region_level="" if not region_code else ("province" if "." not in region_code else "regency"),
        province_code=region_code[:2],
        is_case=is_case,
        event_kind="violation_case" if is_case else "coordination_meeting",
        violation_type="attending_campaign" if is_case else None,
        first_date=dt.date(2024, 10, day),
        last_date=dt.date(2024, 10, day),
        n_articles=1,
        n_outlets=1,
        n_independent_outlets=1,
    )
    Article.objects.create(
        key=f"a-{key}",
        title=f"Artikel {key}",
        source=source,
        pub_date=f"2024-10-{day:02d}",
        pub_day=dt.date(2024, 10, day),
        about_asn_neutrality=True,
        is_case=is_case,
        region_code=region_code,
        region_name=region_name,
        province_code=region_code[:2],
        story=story,
        text=f"Teks buatan untuk uji {key}.",
    )
    return story


@pytest.fixture
def placed_stories(db) -> dict[str, Story]:
    """One story per position: in the regency, elsewhere in its province, in another province, national."""
    return {
        "regency": make_story("s-kotamobagu", "71.74", "Kota Kotamobagu", day=5),
        "province_level": make_story("s-sulut", "71", "Sulawesi Utara", day=4),
        "same_province": make_story("s-manado", "71.71", "Kota Manado", day=3),
        "other_province": make_story("s-makassar", "73.71", "Kota Makassar", day=2),
        "national": make_story("s-nasional", "", "", is_case=False, day=1),
    }


# Which of ``placed_stories`` each user may see.
VISIBLE = {
    "ri_user": {"regency", "province_level", "same_province", "other_province", "national"},
    "province_user": {"regency", "province_level", "same_province"},
    "regency_user": {"regency"},
    "other_region_user": {"other_province"},
    "no_role_user": set(),
}
