"""The beranda's story cards, built in Python rather than by the template engine.

Twenty-five cards through Django's template engine (a variable lookup, a filter call and an
autoescape per field, two ``blocktranslate`` per card) were most of an uncached beranda request's
CPU time; under 20 concurrent clients on 2 cores that time is what the latency multiplies. The
markup and translations are the ones ``ui/_story_results.html`` rendered; every stored string goes
through ``format_html``/``escape``.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext, ngettext

from pantau.web.ui.templatetags.ui_labels import accused_first, actor_line
from pantau.web.ui.vocabulary_labels import event_kind_label, stage_label, violation_type_label

ACTORS_SHOWN = 3
EVIDENCE_CHARS = 240


def story_cards_html(stories) -> SafeString:
    """``<ol class="stories">`` of cards for Story objects (``first_evidence`` set on each)."""
    labels = {
        "case": gettext("Alleged violation"),
        "region": gettext("Region"),
        "national": gettext("National"),
        "actors": gettext("Actors"),
        "date": gettext("Date"),
        "unknown": gettext("unknown"),
        "updated": gettext("Updated"),
    }
    cards = "".join(_card(story, labels) for story in stories)
    return mark_safe(f'<ol class="stories">{cards}</ol>')


def _card(story, labels: dict[str, str]) -> str:
    tags = []
    if story.is_case:
        tags.append(format_html('<span class="tag case">{}</span>', labels["case"]))
    elif story.event_kind:
        tags.append(format_html('<span class="tag">{}</span>', event_kind_label(story.event_kind)))
    if story.violation_type:
        tags.append(format_html('<span class="tag">{}</span>', violation_type_label(story.violation_type)))
    if story.stage:
        tags.append(format_html('<span class="tag stage">{}</span>', stage_label(story.stage)))
    evidence = getattr(story, "first_evidence", "")
    meta = [
        format_html("<span>{}: <strong>{}</strong></span>", labels["region"], story.region_name or labels["national"]),
    ]
    if story.actors:
        shown = "; ".join(escape(actor_line(actor)) for actor in accused_first(story.actors)[:ACTORS_SHOWN])
        more = " …" if len(story.actors) > ACTORS_SHOWN else ""
        meta.append(format_html("<span>{}: <strong>{}{}</strong></span>", labels["actors"], mark_safe(shown), more))
    meta.append(format_html("<span>{}: <strong>{}</strong></span>", labels["date"], _date_range(story, labels)))
    outlets = ngettext("%(counter)s outlet", "%(counter)s outlets", story.n_outlets) % {"counter": story.n_outlets}
    independent = gettext("%(n)s independent") % {"n": story.n_independent_outlets}
    meta.append(format_html('<span class="nowrap">{} ({})</span>', outlets, independent))
    meta.append(format_html('<span class="nowrap">{} {}</span>', labels["updated"], _datetime(story.updated_at)))
    return format_html(
        '<li class="story-card{}"><div class="tags">{}</div><h3><a href="{}">{}</a></h3>{}<div class="meta">{}</div></li>',
        " is-case" if story.is_case else "",
        mark_safe(" ".join(tags)),
        reverse("ui:story", args=[story.key]),
        story.title or story.key,
        format_html('<p class="card-evidence">“{}”</p>', Truncator(evidence).chars(EVIDENCE_CHARS)) if evidence else "",
        mark_safe(" ".join(meta)),
    )


def _date_range(story, labels: dict[str, str]) -> str:
    if not story.first_date:
        return labels["unknown"]
    text = date_format(story.first_date, "j M Y")
    if story.last_date and story.last_date != story.first_date:
        text += " – " + date_format(story.last_date, "j M Y")
    return text


def _datetime(value) -> str:
    if value is None:
        return ""
    # As the template's |date did: shown in the configured time zone (Asia/Jakarta).
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return date_format(value, "j M Y H:i")
