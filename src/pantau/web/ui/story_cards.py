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
from django.utils.dates import MONTHS_3
from django.utils.html import escape
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
        name: escape(text)
        for name, text in (
            ("case", gettext("Alleged violation")),
            ("region", gettext("Region")),
            ("national", gettext("National")),
            ("actors", gettext("Actors")),
            ("date", gettext("Date")),
            ("unknown", gettext("unknown")),
            ("updated", gettext("Updated")),
        )
    }
    # The |date:"j M Y" month names, looked up once per list rather than three times per card.
    months = [""] + [escape(str(MONTHS_3[m]).title()) for m in range(1, 13)]
    cards = "".join(_card(story, labels, months) for story in stories)
    return mark_safe(f'<ol class="stories">{cards}</ol>')


def _card(story, labels: dict[str, str], months: list[str]) -> str:
    # Plain f-strings with escape() on every stored or translated string: format_html per field
    # cost as much as the rest of the card.
    tags = []
    if story.is_case:
        tags.append(f'<span class="tag case">{labels["case"]}</span>')
    elif story.event_kind:
        tags.append(f'<span class="tag">{escape(event_kind_label(story.event_kind))}</span>')
    if story.violation_type:
        tags.append(f'<span class="tag">{escape(violation_type_label(story.violation_type))}</span>')
    if story.stage:
        tags.append(f'<span class="tag stage">{escape(stage_label(story.stage))}</span>')
    evidence = getattr(story, "first_evidence", "")
    evidence_html = (
        f'<p class="card-evidence">“{escape(Truncator(evidence).chars(EVIDENCE_CHARS))}”</p>' if evidence else ""
    )
    region = escape(story.region_name) if story.region_name else labels["national"]
    meta = [f"<span>{labels['region']}: <strong>{region}</strong></span>"]
    if story.actors:
        shown = "; ".join(escape(actor_line(actor)) for actor in accused_first(story.actors)[:ACTORS_SHOWN])
        more = " …" if len(story.actors) > ACTORS_SHOWN else ""
        meta.append(f"<span>{labels['actors']}: <strong>{shown}{more}</strong></span>")
    meta.append(f"<span>{labels['date']}: <strong>{_date_range(story, labels, months)}</strong></span>")
    outlets = ngettext("%(counter)s outlet", "%(counter)s outlets", story.n_outlets) % {"counter": story.n_outlets}
    independent = gettext("%(n)s independent") % {"n": story.n_independent_outlets}
    meta.append(f'<span class="nowrap">{escape(outlets)} ({escape(independent)})</span>')
    meta.append(f'<span class="nowrap">{labels["updated"]} {escape(_datetime(story.updated_at))}</span>')
    case_class = " is-case" if story.is_case else ""
    href = escape(reverse("ui:story", args=[story.key]))
    title = escape(story.title or story.key)
    return (
        f'<li class="story-card{case_class}"><div class="tags">{" ".join(tags)}</div>'
        f'<h3><a href="{href}">{title}</a></h3>{evidence_html}<div class="meta">{" ".join(meta)}</div></li>'
    )


def _day(value, months: list[str]) -> str:
    return f"{value.day} {months[value.month]} {value.year}"


def _date_range(story, labels: dict[str, str], months: list[str]) -> str:
    if not story.first_date:
        return labels["unknown"]
    text = _day(story.first_date, months)
    if story.last_date and story.last_date != story.first_date:
        text += " – " + _day(story.last_date, months)
    return text


def _datetime(value) -> str:
    if value is None:
        return ""
    # As the template's |date did: shown in the configured time zone (Asia/Jakarta).
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return date_format(value, "j M Y H:i")
