"""restrict(user): the one place that decides who sees which stories and articles."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from pantau.web.accounts.actions import do_grant_region_role
from pantau.web.monitoring.models import Article, Story
from tests.web.web_fixtures import VISIBLE, make_story, make_user


@pytest.mark.parametrize("user_fixture", sorted(VISIBLE))
def test_story_and_article_visibility_follows_region_roles(request, placed_stories, user_fixture):
    user = request.getfixturevalue(user_fixture)
    expected_keys = {placed_stories[name].key for name in VISIBLE[user_fixture]}
    assert set(Story.objects.restrict(user).values_list("key", flat=True)) == expected_keys
    assert set(Article.objects.restrict(user).values_list("story__key", flat=True)) == expected_keys


def test_anonymous_sees_nothing(placed_stories):
    assert not Story.objects.restrict(AnonymousUser()).exists()
    assert not Article.objects.restrict(AnonymousUser()).exists()


def test_province_prefix_does_not_leak_to_a_longer_code(db):
    # "7" must not match "71.74", and "71" must not match a hypothetical "711" code.
    make_story("s-711", "711", "bukan kode")
    user = make_user("tujuh", ["71"])
    assert not Story.objects.restrict(user).exists()


def test_article_in_another_region_is_visible_through_a_story_of_mine(db):
    story = make_story("s-kotamobagu", "71.74", "Kota Kotamobagu")
    article = Article.objects.get(story=story)
    article.region_code, article.province_code = "", ""  # an outlet that named no region
    article.save()
    user = make_user("kotamobagu", ["71.74"])
    assert list(Article.objects.restrict(user)) == [article]


def test_several_roles_add_up(placed_stories):
    user = make_user("dua", ["71.74", "73"])
    keys = set(Story.objects.restrict(user).values_list("key", flat=True))
    assert keys == {"s-kotamobagu", "s-makassar"}


def test_inactive_user_sees_nothing(placed_stories):
    user = make_user("nonaktif", [""])
    user.is_active = False
    user.save()
    assert not Story.objects.restrict(user).exists()


def test_granting_a_role_takes_effect_on_the_same_user_object(placed_stories):
    user = make_user("baru", [])
    assert not Story.objects.restrict(user).exists()
    do_grant_region_role(user, "71.74")
    assert list(Story.objects.restrict(user).values_list("key", flat=True)) == ["s-kotamobagu"]
