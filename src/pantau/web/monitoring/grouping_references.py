"""The grouping explanation without references the reader may not follow.

The engine's explanation names other stories and articles: the closest and the runner-up story it
compared an article with (``story.best.story``, ``story.runner_up.story``), the article it copies
(``duplicate.of``, ``duplicate.matched``) and the article whose text it shares (``source``). Those can
lie outside the reader's regions, and their keys are made from input ids, which may be telling
(a URL slug naming an official). Every reference the reader could not open is replaced by HIDDEN,
so the explanation reveals no more than ``restrict(user)`` allows.
"""

from __future__ import annotations

from typing import Any

from pantau.web.monitoring.models import Article, Story

HIDDEN = "—"
STORY_KEYS = frozenset({"story"})
ARTICLE_KEYS = frozenset({"of", "matched", "source"})


def _walk(value: Any, found: dict[str, set[str]]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str):
                if key in STORY_KEYS:
                    found["story"].add(item)
                elif key in ARTICLE_KEYS and not item.startswith("wire:"):
                    found["article"].add(item)
            else:
                _walk(item, found)
    elif isinstance(value, list):
        for item in value:
            _walk(item, found)


def _hide(value: Any, visible: dict[str, set[str]]) -> Any:
    if isinstance(value, dict):
        hidden = {}
        for key, item in value.items():
            if isinstance(item, str) and key in STORY_KEYS and item not in visible["story"]:
                item = HIDDEN
            elif isinstance(item, str) and key in ARTICLE_KEYS and not item.startswith("wire:") \
                    and item not in visible["article"]:
                item = HIDDEN
            hidden[key] = _hide(item, visible)
        return hidden
    if isinstance(value, list):
        return [_hide(item, visible) for item in value]
    return value


def visible_groupings(user, groupings: list[Any]) -> list[Any]:
    """``groupings`` (articles' grouping JSON) with every story and article reference the user may
    not see replaced by HIDDEN. Two queries for any number of explanations."""
    found: dict[str, set[str]] = {"story": set(), "article": set()}
    for grouping in groupings:
        _walk(grouping, found)
    visible = {
        "story": set(Story.objects.restrict(user).filter(key__in=found["story"]).values_list("key", flat=True))
        if found["story"] else set(),
        "article": set(Article.objects.restrict(user).filter(key__in=found["article"]).values_list("key", flat=True))
        if found["article"] else set(),
    }
    return [_hide(grouping, visible) for grouping in groupings]
